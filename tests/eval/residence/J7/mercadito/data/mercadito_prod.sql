--
-- PostgreSQL database dump
--

-- Dumped from database version 15.6 (Debian 15.6-1.pgdg120+2)
-- Dumped by pg_dump version 15.6 (Debian 15.6-1.pgdg120+2)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: categorias; Type: TABLE; Schema: public; Owner: mercadito
--

CREATE TABLE public.categorias (
    id integer NOT NULL,
    nombre character varying(80) NOT NULL,
    slug character varying(80) NOT NULL
);


ALTER TABLE public.categorias OWNER TO mercadito;

--
-- Name: categorias_id_seq; Type: SEQUENCE; Schema: public; Owner: mercadito
--

CREATE SEQUENCE public.categorias_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.categorias_id_seq OWNER TO mercadito;

--
-- Name: categorias_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: mercadito
--

ALTER SEQUENCE public.categorias_id_seq OWNED BY public.categorias.id;


--
-- Name: cuentas; Type: TABLE; Schema: public; Owner: mercadito
--

CREATE TABLE public.cuentas (
    id integer NOT NULL,
    usuario character varying(40) NOT NULL,
    nombre character varying(80) NOT NULL,
    apellidos character varying(120),
    correo character varying(160) NOT NULL,
    telefono character varying(32),
    password_hash character varying(72),
    proveedor_login character varying(16) DEFAULT 'correo'::character varying NOT NULL,
    fecha_nacimiento date,
    tipo_cuenta character varying(12) DEFAULT 'comprador'::character varying NOT NULL,
    plan character varying(20) DEFAULT 'gratis'::character varying NOT NULL,
    estatus character varying(24) DEFAULT 'activa'::character varying NOT NULL,
    direccion character varying(200),
    ciudad character varying(80),
    estado character varying(80),
    pais character varying(60),
    codigo_postal character varying(12),
    ip_registro inet,
    acepta_marketing boolean DEFAULT false NOT NULL,
    creado_en timestamp with time zone DEFAULT now() NOT NULL,
    ultimo_acceso timestamp with time zone,
    password_actualizado_en timestamp with time zone
);


ALTER TABLE public.cuentas OWNER TO mercadito;

--
-- Name: cuentas_id_seq; Type: SEQUENCE; Schema: public; Owner: mercadito
--

CREATE SEQUENCE public.cuentas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.cuentas_id_seq OWNER TO mercadito;

--
-- Name: cuentas_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: mercadito
--

ALTER SEQUENCE public.cuentas_id_seq OWNED BY public.cuentas.id;


--
-- Name: direcciones_envio; Type: TABLE; Schema: public; Owner: mercadito
--

CREATE TABLE public.direcciones_envio (
    id integer NOT NULL,
    cuenta_id integer NOT NULL,
    destinatario character varying(120) NOT NULL,
    calle character varying(160) NOT NULL,
    colonia character varying(100),
    ciudad character varying(80) NOT NULL,
    estado character varying(80),
    codigo_postal character varying(12),
    pais_iso character(2) DEFAULT 'MX'::bpchar NOT NULL,
    telefono_contacto character varying(32),
    referencias text,
    es_regalo boolean DEFAULT false NOT NULL,
    predeterminada boolean DEFAULT false NOT NULL
);


ALTER TABLE public.direcciones_envio OWNER TO mercadito;

--
-- Name: direcciones_envio_id_seq; Type: SEQUENCE; Schema: public; Owner: mercadito
--

CREATE SEQUENCE public.direcciones_envio_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.direcciones_envio_id_seq OWNER TO mercadito;

--
-- Name: direcciones_envio_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: mercadito
--

ALTER SEQUENCE public.direcciones_envio_id_seq OWNED BY public.direcciones_envio.id;


--
-- Name: pedido_items; Type: TABLE; Schema: public; Owner: mercadito
--

CREATE TABLE public.pedido_items (
    id bigint NOT NULL,
    pedido_id bigint NOT NULL,
    producto_id integer NOT NULL,
    cantidad integer DEFAULT 1 NOT NULL,
    precio_unitario numeric(10,2) NOT NULL
);


ALTER TABLE public.pedido_items OWNER TO mercadito;

--
-- Name: pedido_items_id_seq; Type: SEQUENCE; Schema: public; Owner: mercadito
--

CREATE SEQUENCE public.pedido_items_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.pedido_items_id_seq OWNER TO mercadito;

--
-- Name: pedido_items_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: mercadito
--

ALTER SEQUENCE public.pedido_items_id_seq OWNED BY public.pedido_items.id;


--
-- Name: pedidos; Type: TABLE; Schema: public; Owner: mercadito
--

CREATE TABLE public.pedidos (
    id bigint NOT NULL,
    folio character varying(24) NOT NULL,
    comprador_id integer NOT NULL,
    vendedor_id integer NOT NULL,
    direccion_envio_id integer,
    es_regalo boolean DEFAULT false NOT NULL,
    nota_regalo text,
    subtotal numeric(10,2) NOT NULL,
    costo_envio numeric(10,2) DEFAULT 0 NOT NULL,
    total numeric(10,2) NOT NULL,
    moneda character(3) DEFAULT 'MXN'::bpchar NOT NULL,
    metodo_pago character varying(16) NOT NULL,
    tarjeta_marca character varying(16),
    tarjeta_ultimos4 character(4),
    estatus character varying(16) NOT NULL,
    paqueteria character varying(24),
    numero_guia character varying(32),
    creado_en timestamp with time zone NOT NULL,
    pagado_en timestamp with time zone,
    entregado_en timestamp with time zone
);


ALTER TABLE public.pedidos OWNER TO mercadito;

--
-- Name: pedidos_id_seq; Type: SEQUENCE; Schema: public; Owner: mercadito
--

CREATE SEQUENCE public.pedidos_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.pedidos_id_seq OWNER TO mercadito;

--
-- Name: pedidos_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: mercadito
--

ALTER SEQUENCE public.pedidos_id_seq OWNED BY public.pedidos.id;


--
-- Name: productos; Type: TABLE; Schema: public; Owner: mercadito
--

CREATE TABLE public.productos (
    id integer NOT NULL,
    vendedor_id integer NOT NULL,
    titulo character varying(160) NOT NULL,
    slug character varying(180) NOT NULL,
    categoria_id integer,
    precio numeric(10,2) NOT NULL,
    moneda character(3) DEFAULT 'MXN'::bpchar NOT NULL,
    sku character varying(32),
    ean13 character(13),
    existencias integer DEFAULT 0 NOT NULL,
    activo boolean DEFAULT true NOT NULL
);


ALTER TABLE public.productos OWNER TO mercadito;

--
-- Name: productos_id_seq; Type: SEQUENCE; Schema: public; Owner: mercadito
--

CREATE SEQUENCE public.productos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.productos_id_seq OWNER TO mercadito;

--
-- Name: productos_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: mercadito
--

ALTER SEQUENCE public.productos_id_seq OWNED BY public.productos.id;


--
-- Name: categorias id; Type: DEFAULT; Schema: public; Owner: mercadito
--

ALTER TABLE ONLY public.categorias ALTER COLUMN id SET DEFAULT nextval('public.categorias_id_seq'::regclass);


--
-- Name: cuentas id; Type: DEFAULT; Schema: public; Owner: mercadito
--

ALTER TABLE ONLY public.cuentas ALTER COLUMN id SET DEFAULT nextval('public.cuentas_id_seq'::regclass);


--
-- Name: direcciones_envio id; Type: DEFAULT; Schema: public; Owner: mercadito
--

ALTER TABLE ONLY public.direcciones_envio ALTER COLUMN id SET DEFAULT nextval('public.direcciones_envio_id_seq'::regclass);


--
-- Name: pedido_items id; Type: DEFAULT; Schema: public; Owner: mercadito
--

ALTER TABLE ONLY public.pedido_items ALTER COLUMN id SET DEFAULT nextval('public.pedido_items_id_seq'::regclass);


--
-- Name: pedidos id; Type: DEFAULT; Schema: public; Owner: mercadito
--

ALTER TABLE ONLY public.pedidos ALTER COLUMN id SET DEFAULT nextval('public.pedidos_id_seq'::regclass);


--
-- Name: productos id; Type: DEFAULT; Schema: public; Owner: mercadito
--

ALTER TABLE ONLY public.productos ALTER COLUMN id SET DEFAULT nextval('public.productos_id_seq'::regclass);


--
-- Data for Name: categorias; Type: TABLE DATA; Schema: public; Owner: mercadito
--

INSERT INTO public.categorias VALUES (1, 'Textiles y bordados', 'textiles');
INSERT INTO public.categorias VALUES (2, 'Barro y cerámica', 'barro-ceramica');
INSERT INTO public.categorias VALUES (3, 'Talavera', 'talavera');
INSERT INTO public.categorias VALUES (4, 'Alebrijes y madera', 'alebrijes-madera');
INSERT INTO public.categorias VALUES (5, 'Joyería artesanal', 'joyeria');
INSERT INTO public.categorias VALUES (6, 'Piel y cuero', 'piel');
INSERT INTO public.categorias VALUES (7, 'Vidrio soplado', 'vidrio');
INSERT INTO public.categorias VALUES (8, 'Decoración y fiesta', 'decoracion');
INSERT INTO public.categorias VALUES (9, 'Hecho en Sudamérica', 'sudamerica');
INSERT INTO public.categorias VALUES (10, 'Hecho en España', 'espana');


--
-- Data for Name: cuentas; Type: TABLE DATA; Schema: public; Owner: mercadito
--

INSERT INTO public.cuentas VALUES (1007, 'rebozos_juana', 'Juana', 'Pérez Orozco', 'jperez87@yahoo.com.mx', '+523391645061', '$2b$12$8A/oAcrqf9NO/Ye5noCvY4jfUdopak8MH4KotGIFiRM/xO57LHIU3', 'correo', '1994-08-14', 'ambos', 'artesano', 'activa', 'Calle Zaragoza 3277, Col. Las Águilas', 'Zapopan', 'Jalisco', 'México', '45080', NULL, true, '2022-04-24 16:11:48-06', '2024-06-22 16:11:48-06', NULL);
INSERT INTO public.cuentas VALUES (1015, 'acardenas', 'Arturo', 'Cárdenas Chávez', 'arturo_cardenas@outlook.com', '+522225479303', '$2b$12$irCdDfBV7Ddc9djZzkrh0gJPIRwFU.Vn5dG2LDW7C5XTWsFnFnVh2', 'correo', '1971-09-13', 'ambos', 'artesano_pro', 'activa', 'Calle Abasolo 2808, Col. Huexotitla', 'Puebla', 'Puebla', 'México', '72534', '189.133.83.71', true, '2021-01-25 13:59:11-06', '2024-10-02 13:59:11-06', NULL);
INSERT INTO public.cuentas VALUES (1022, 'ivan1757', 'Iván', 'Guzmán Gutiérrez', 'iguzman91@hotmail.com', '+52 477 608 1272', NULL, 'facebook', '1980-10-06', 'comprador', 'gratis', 'cerrada', NULL, NULL, NULL, NULL, NULL, NULL, true, '2021-05-09 20:46:22-06', '2022-07-11 20:46:22-06', NULL);
INSERT INTO public.cuentas VALUES (1031, 'hpadilla', 'Héctor', 'Padilla Hernández', 'hectorpadilla69@gmail.com', '33-4169-5033', '$2b$12$Wyooluov/xwxKeibMpR2k6yJ6WygP4GX8eYBDxqG6KHwKy5BP6rZ.', 'correo', '1969-07-14', 'comprador', 'plus', 'cerrada', NULL, NULL, NULL, 'México', '44520', '201.124.97.6', true, '2020-05-28 19:21:22-06', '2020-08-26 19:21:22-06', '2022-01-02 19:21:22-06');
INSERT INTO public.cuentas VALUES (1039, 'pau1600', 'Pau', 'Lozano Vidal', 'lozano.pau4@yahoo.com', NULL, NULL, 'google', '2004-05-08', 'comprador', 'gratis', 'cerrada', NULL, NULL, NULL, NULL, NULL, NULL, true, '2021-06-01 22:02:08-06', '2023-10-21 22:02:08-06', NULL);
INSERT INTO public.cuentas VALUES (1043, 'adriana_alebrijes', 'Adriana', 'Morales Díaz', 'amorales98@gmail.com', '+527227478078', '$2b$12$Ku0f9Xffu3yftyF8XVsuS62Vj2slVoyElu0K423Ku0mdHnmmXhcH0', 'correo', '1959-10-30', 'ambos', 'artesano', 'suspendida', 'Calle Pedro Moreno 3690 Int. A, Col. Centro', 'Toluca', 'Méx.', 'México', '50000', '187.201.53.90', false, '2022-11-17 11:13:56-06', '2024-05-04 11:13:56-06', '2023-04-05 11:13:56-06');
INSERT INTO public.cuentas VALUES (1046, 'ramon.baut', 'Ramón', 'Bautista Rivera', 'ramonbautista74@hotmail.com', '+4915120382766', '$2b$12$SMzKytV9f2U.GOkR6KOL2D256Brv756LIn2XpTyUP3PFAwlnLMwMs', 'correo', NULL, 'comprador', 'gratis', 'activa', 'Venloer Str. 1530', 'Köln', 'Nordrhein-Westfalen', 'Alemania', '50823', NULL, true, '2022-05-08 07:35:43-06', '2024-08-21 07:35:43-06', NULL);
INSERT INTO public.cuentas VALUES (1047, 'palmagomez', 'Marisol', 'Gómez Salazar', 'marisolgom52@hotmail.com', '(55) 3529-6647', NULL, 'google', '1952-12-25', 'ambos', 'artesano_pro', 'suspendida', 'Av. Constitución 1022, Col. Roma Norte', 'Ciudad de México', 'Ciudad de México', 'Mexico', '06700', '187.201.243.242', false, '2021-02-03 23:45:22-06', '2022-09-16 23:45:22-06', NULL);
INSERT INTO public.cuentas VALUES (1052, 'gerardo_bautista', 'Gerardo', 'Bautista Ramírez', 'gerardobau80@gmail.com', NULL, NULL, 'google', NULL, 'comprador', 'gratis', 'activa', NULL, NULL, 'Guanajuato', 'MÉXICO', NULL, '189.133.168.227', true, '2020-12-24 12:28:34-06', '2023-07-15 12:28:34-06', NULL);
INSERT INTO public.cuentas VALUES (1058, 'juliana.souz', 'Juliana', 'Souza', 'souza.juliana9@yahoo.com', '+5521992769279', '$2b$12$yLlLXpuj5Z.Lc763bY4ITewuI6meXjD1BvVQDr.ooFwRopXl3qbRq', 'correo', NULL, 'comprador', 'plus', 'activa', 'Rua Barata Ribeiro 2203, apto 104', 'Rio de Janeiro', 'RJ', 'Brasil', '22041-001', NULL, false, '2021-03-28 18:42:19-06', '2021-07-28 18:42:19-06', NULL);
INSERT INTO public.cuentas VALUES (1063, 'tallerchavez', 'Gerardo', 'Chávez Cruz', 'gerardocha52@gmail.com', '714.202.3577', '$2b$12$y1xDyUJ3DXPQLDDmMcuAHjAuTD.RW3pgvGQGMnVxRmb9aD4QlfBzF', 'correo', '1952-07-09', 'ambos', 'artesano', 'activa', '6345 S Bristol St', 'Santa Ana', 'California', 'Estados Unidos', '92701', '73.218.62.34', false, '2021-08-26 16:42:22-06', '2023-07-21 16:42:22-06', NULL);
INSERT INTO public.cuentas VALUES (1065, 'tcosta', 'Thiago', 'Costa', 'thiagocosta73@gmail.com', '+55 21 99440-4753', NULL, 'apple', NULL, 'comprador', 'gratis', 'pendiente_verificacion', NULL, NULL, NULL, NULL, NULL, NULL, true, '2022-07-12 23:00:51-06', '2022-10-31 23:00:51-06', NULL);
INSERT INTO public.cuentas VALUES (1071, 'paola_ibarra', 'Paola', 'Ibarra Hernández', 'pibarra73@yahoo.com', NULL, '$2b$12$bKFX99jL8s.CYHiXUdpo8ahQwSao4c1bz8Xl9vfYX3n4eQWMEpMl0', 'correo', NULL, 'comprador', 'gratis', 'activa', NULL, 'Santiago', NULL, NULL, NULL, NULL, true, '2021-11-13 18:10:56-06', '2023-11-10 18:10:56-06', '2022-11-21 18:10:56-06');
INSERT INTO public.cuentas VALUES (1075, 'lucia587', 'Lucía', 'Sánchez Sánchez', 'lsanchez69@icloud.com', '610475487', '$2b$12$M6ewoNBGO/iIcFGF5UPADv4V1xZPlNFYg0IxHum0.L0Oz6cGxDqOD', 'correo', NULL, 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, '83.37.180.227', false, '2021-05-14 08:38:08-06', '2022-07-08 08:38:08-06', NULL);
INSERT INTO public.cuentas VALUES (1081, 'david1189', 'David', 'Anderson', 'david.anderson@icloud.com', '+15596596727', '$2b$12$erspqGGBpxqg9ERaGShC4ataJfkxe2I51YEbQpJxqenIyThIisfYe', 'correo', '1967-09-13', 'ambos', 'artesano', 'activa', '7161 N Blackstone Ave', NULL, 'California', 'EE. UU.', '93701', '73.193.224.98', true, '2021-09-01 09:37:31-06', '2024-07-24 09:37:31-06', NULL);
INSERT INTO public.cuentas VALUES (1084, 'itzel.gonz', 'Itzel', 'González Xolalpa', 'igonzalez6@gmail.com', '2229046232', NULL, 'google', '1977-04-23', 'ambos', 'artesano', 'activa', 'Av. Revolución 2534, Col. La Paz', 'Puebla', 'Puebla', 'Mexico', '72160', '189.133.194.5', true, '2020-11-03 11:31:00-06', '2020-12-14 11:31:00-06', NULL);
INSERT INTO public.cuentas VALUES (1092, 'armando1700', 'Armando', 'Martínez', 'amartinez68@yahoo.com', '+1 (602) 494-5331', '$2b$12$3EGiUXDCAbsLJYuyT66ozt.vgL0xjZxKqn6rfTZnTHLSMwiLw8T4/', 'correo', '1971-03-27', 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, NULL, true, '2020-04-10 16:10:32-06', '2024-06-17 16:10:32-06', '2022-02-04 16:10:32-06');
INSERT INTO public.cuentas VALUES (1100, 'gabrielasandoval56', 'Gabriela', 'Sandoval Rojas', 'gabrielasan02@hotmail.com', '9996040304', '$2b$12$O3aqUAZ3GjVVbFJjxxpSPpxNdyz2iJ5CJVCHn4D2TWQULxcpnHvkp', 'correo', '2002-07-17', 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, '187.201.47.174', true, '2023-08-21 11:44:47-06', '2024-07-22 11:44:47-06', NULL);
INSERT INTO public.cuentas VALUES (1106, 'telaribarra', 'Alfonso', 'Ibarra Quintero', 'ibarra.alfonso4@gmail.com', '+52 33 9305 2886', '$2b$12$FQBUUkK.bI5SJknJLuhyaqIFOY6pG9CErTKN3PBZJgbW19riI491u', 'correo', '1989-12-03', 'ambos', 'artesano', 'activa', 'Calle Matamoros 176, Col. Mezquitán Country', 'Guadalajara', 'Jal.', 'MÉXICO', '44260', '187.212.110.154', true, '2020-06-10 14:16:38-06', '2022-03-27 14:16:38-06', '2022-04-06 14:16:38-06');
INSERT INTO public.cuentas VALUES (1108, 'lukasbecker68', 'Lukas', 'Becker', 'lbecker92@yahoo.com', '0151 87121392', '$2b$12$XZsBpgTowAM7ptbxQ64pwpWPiiTGGW1D1Zn7iaEBz1HxU7//acJll', 'correo', NULL, 'comprador', 'plus', 'activa', NULL, NULL, NULL, NULL, NULL, '91.27.99.177', true, '2022-05-09 23:09:00-06', '2024-01-22 23:09:00-06', '2023-08-10 23:09:00-06');
INSERT INTO public.cuentas VALUES (1116, 'leticia_orozco', 'Leticia', 'Orozco Salazar', 'leticiaoro00@hotmail.com', '33 3964 0973', NULL, 'apple', NULL, 'comprador', 'plus', 'activa', NULL, NULL, NULL, NULL, NULL, '189.133.144.54', false, '2020-11-20 09:48:39-06', '2022-03-20 09:48:39-06', NULL);
INSERT INTO public.cuentas VALUES (1121, 'tallertapia', 'Sergio', 'Tapia Ramos', 'sergiotap94@prodigy.net.mx', '+52 434 634 8115', NULL, 'google', '1994-02-17', 'vendedor', 'artesano_pro', 'activa', 'Av. Independencia 543, Col. Centro', 'Pátzcuaro', 'Michoacán', 'México', '61600', '189.151.134.174', true, '2021-07-22 16:27:57-06', '2024-11-27 16:27:57-06', NULL);
INSERT INTO public.cuentas VALUES (1129, 'christopher1717', 'Christopher', 'Ibarra Herrera', 'cibarra5@outlook.com', '+12149190332', '$2b$12$B530pI.7s4iCL41VZO1eKg/CCvrHjrnI3imRhRKiQbM3JD027y5k3', 'correo', NULL, 'comprador', 'gratis', 'activa', '513 W Jefferson Blvd Apt 104', 'Dallas', 'Texas', 'EE. UU.', '75211', '98.255.235.47', true, '2021-02-06 09:32:37-06', '2022-07-16 09:32:37-06', NULL);
INSERT INTO public.cuentas VALUES (1132, 'milagros.cond', 'Milagros', 'Condori Chávez', 'mcondori50@icloud.com', '+51 990 777 507', NULL, 'facebook', '2000-07-27', 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, NULL, true, '2020-11-04 23:11:30-06', '2022-06-27 23:11:30-06', NULL);
INSERT INTO public.cuentas VALUES (1134, 'luisacardona60', 'Luisa Fernanda', 'Cardona Arango', 'cardona.luisa5@yahoo.com', '+573103255020', NULL, 'google', '1974-12-29', 'ambos', 'artesano_pro', 'activa', 'Calle 5 # 41-32', 'Cali', 'Valle del Cauca', 'Colombia', '760042', NULL, true, '2021-06-15 22:27:05-06', '2023-10-07 22:27:05-06', NULL);
INSERT INTO public.cuentas VALUES (1143, 'fernanda.nava', 'Fernanda', 'Nava', 'fnava92@hotmail.com', '210.424.3012', NULL, 'facebook', NULL, 'comprador', 'gratis', 'activa', NULL, NULL, 'Texas', 'Estados Unidos de América', NULL, '98.232.255.19', true, '2021-11-24 12:32:13-06', '2021-11-24 12:32:13-06', NULL);
INSERT INTO public.cuentas VALUES (1149, 'vidriozuniga', 'Marisol', 'Zúñiga Ramos', 'mzuniga63@alumnos.unam.mx', '9997636272', '$2b$12$Zlf7BJDVSpiAUScHDg7yxcLS./Yy9iuBL6KFM0.HlicPpp19HYnSG', 'correo', '1986-03-06', 'ambos', 'artesano', 'activa', 'Av. Chapultepec 2494, Col. García Ginerés', 'Mérida', 'Yuc.', 'MÉXICO', '97070', '187.212.57.118', true, '2019-05-12 22:12:31-06', '2024-02-29 22:12:31-06', NULL);
INSERT INTO public.cuentas VALUES (1152, 'rebozosgarcia', 'Irene', 'García Pascual', 'irenegarcia96@live.com', '+34659189670', '$2b$12$KLBCs7CE7ruJoEGNxG3c7SFJWQ8nRFoIwpVl99ASOhE9d0Jpp5l/J', 'correo', '1996-09-09', 'ambos', 'artesano', 'activa', 'Calle Betis 1532', 'Sevilla', 'Sevilla', 'España', '41010', '83.36.230.6', false, '2022-03-13 10:26:38-06', '2022-11-09 10:26:38-06', NULL);
INSERT INTO public.cuentas VALUES (1154, 'alfonso.inig', 'Alfonso', 'Íñiguez Cervantes', 'alfonso_iniguez@gmail.com', '434 838 4513', NULL, 'apple', '1991-03-21', 'comprador', 'plus', 'activa', NULL, NULL, NULL, NULL, NULL, '189.155.136.208', true, '2022-05-03 09:54:49-06', '2024-06-18 09:54:49-06', NULL);
INSERT INTO public.cuentas VALUES (1160, 'fernando_mendez', 'Fernando', 'Méndez Luna', 'fernandomendez91@gmail.com', '(449) 713-2257', NULL, 'facebook', '1991-10-15', 'vendedor', 'artesano_pro', 'activa', 'Calle Pino Suárez 523, Col. Centro', 'Aguascalientes', 'Ags.', 'México', '20000', '189.133.81.34', false, '2020-04-06 12:12:43-06', '2022-07-02 12:12:43-06', NULL);
INSERT INTO public.cuentas VALUES (1168, 'gibarra', 'Gabriela', 'Ibarra Vargas', 'gabrielaibarra65@outlook.com', '(443) 795-7214', '$2b$12$Ab0sSP1yjdleqh5kQHBdWGtWms6DP0rm.ILeVCyjCPG/TGt5E1bSB', 'correo', NULL, 'comprador', 'gratis', 'activa', NULL, 'Guadalajara', NULL, NULL, NULL, NULL, false, '2021-06-09 14:33:52-06', '2024-07-05 14:33:52-06', '2021-12-25 14:33:52-06');
INSERT INTO public.cuentas VALUES (1170, 'sebastian1772', 'Sebastián', 'Montoya Quintero', 'sebastianmon94@gmail.com', '+573154892565', '$2b$12$Z2q/RSv0TktoLdojkXWJW0ot08YfM1nqP7e5wpALSl97teUWFkvXv', 'correo', NULL, 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, NULL, false, '2024-01-12 17:33:51-06', '2024-08-09 17:33:51-06', NULL);
INSERT INTO public.cuentas VALUES (1172, 'tallerferrari', 'Lautaro', 'Ferrari', 'lautaro_ferrari@icloud.com', '+54 9 11 6980-0383', '$2b$12$Tir.EZArRklWSvcqV4IqxdXbpEGynAKl05uBOfMdHwhww4.ER4jHi', 'correo', '1971-01-24', 'ambos', 'artesano', 'activa', 'Gorriti 1266', 'Buenos Aires', 'CABA', 'Argentina', 'C1414DBA', NULL, true, '2019-08-02 19:02:42-06', '2023-06-01 19:02:42-06', '2021-01-08 19:02:42-06');
INSERT INTO public.cuentas VALUES (1181, 'vidrioibarra', 'Juan', 'Ibarra Sandoval', 'ibarra.juan3@hotmail.com', '(222) 977-6095', NULL, 'facebook', '2003-03-30', 'ambos', 'artesano_pro', 'suspendida', 'Calle Jacarandas 1501, Col. La Paz', 'Puebla', 'Puebla', 'México', '72160', '201.124.128.244', true, '2022-05-28 11:37:43-06', '2022-09-27 11:37:43-06', NULL);
INSERT INTO public.cuentas VALUES (1185, 'jose.lope', 'José', 'López Díaz', 'joselop79@gmail.com', NULL, '$2b$12$aKBdwK1Lr/3aXiX./QwZho6D9y2HLG5I/yHeS2FLBU/wKYOjC8ags', 'facebook', NULL, 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, '201.124.60.237', true, '2022-11-06 15:30:29-06', '2023-02-20 15:30:29-06', NULL);
INSERT INTO public.cuentas VALUES (1192, 'barroflores', 'Renata', 'Flores Rodríguez', 'flores.renata3@yahoo.com.mx', '+52 81 9262 4533', NULL, 'facebook', '1999-12-28', 'vendedor', 'artesano', 'activa', 'Calle Emiliano Zapata 140, Col. Contry', 'Monterrey', 'Nuevo Leon', 'México', '64860', '201.124.19.16', false, '2021-07-20 13:24:45-06', '2024-07-18 13:24:45-06', NULL);
INSERT INTO public.cuentas VALUES (1195, 'marcandre.gagn', 'Marc-André', 'Gagnon', 'marcandregagnon52@videotron.ca', '+52 477 220 4418', '$2b$12$JyJ4QnGk.5.8GGVLFr2/ealyQSkJfOXhcDUR/Q7UY4JNi0wqsMmLa', 'google', '1952-03-14', 'comprador', 'gratis', 'activa', '1800 Commercial Dr', 'Vancouver', 'BC', 'Canadá', 'V5L 3X2', NULL, true, '2020-03-05 23:45:32-06', '2024-08-02 23:45:32-06', NULL);
INSERT INTO public.cuentas VALUES (1202, 'alfonso_ochoa', 'Alfonso', 'Ochoa Xolalpa', 'alfonsooch00@yahoo.com', '(81) 6205-2415', '$2b$12$dmV/H5w4s8sNZDu1lCMIUIf4XIo71nQVyV2CqnGYUbf0yvwFr60jB', 'correo', '2000-08-08', 'vendedor', 'artesano_pro', 'activa', 'Calle Pedro Moreno 2992, Col. Mitras Centro', 'Monterrey', 'Nuevo León', 'Mexico', '64460', '189.155.122.150', true, '2019-12-11 13:16:14-06', '2024-11-23 13:16:14-06', '2020-02-03 13:16:14-06');
INSERT INTO public.cuentas VALUES (1203, 'tallermedina', 'Mariana', 'Medina Salazar', 'marianamedina83@yahoo.com.mx', '+529514962302', NULL, 'google', '1983-12-20', 'ambos', 'artesano_pro', 'activa', 'Calle Colibrí 2557, Col. Centro', 'Oaxaca de Juárez', 'Oax.', 'México', '68000', '189.133.132.248', true, '2019-06-08 21:21:17-06', '2021-12-04 21:21:17-06', NULL);
INSERT INTO public.cuentas VALUES (1212, 'eduardoortiz62', 'Eduardo', 'Ortiz Méndez', 'eduardoort81@prodigy.net.mx', '(477) 206-9554', '$2b$12$o6/9EHNQYxaTaUBa26Y90/8cytqN0t2b5.N8IsMyohY82A7Wli6MB', 'correo', '1981-06-23', 'vendedor', 'artesano_pro', 'suspendida', 'Av. Chapultepec 2967, Col. Jardines del Moral', 'León', 'Guanajuato', 'Mexico', '37160', '201.124.246.31', true, '2022-02-03 19:34:31-06', '2023-03-30 19:34:31-06', NULL);
INSERT INTO public.cuentas VALUES (1221, 'rrivera', 'Roberto', 'Rivera Cuautle', 'rrivera68@outlook.com', '33 6038 3706', '$2b$12$nzlT3FpHC7NzIFJ1Zc3qZ5WHQVU8lIjogjZ9ZYU50dsmmHJZmM4/7', 'correo', NULL, 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, NULL, true, '2022-08-20 08:28:27-06', '2023-02-25 08:28:27-06', NULL);
INSERT INTO public.cuentas VALUES (1230, 'palma_jose', 'José', 'Cruz Íñiguez', 'josecru75@hotmail.com', '+529518212682', '$2b$12$4M1AcuG9Es86hWN6FlD52PgXiuiMzUAP5sMfylrtGxNBWF9SwLPng', 'correo', '1975-10-20', 'vendedor', 'artesano_pro', 'activa', 'Calle Libertad 2022 Int. 4, Col. Centro', 'Oaxaca de Juárez', 'Oaxaca', 'México', '68000', '189.155.58.99', true, '2021-05-16 21:19:30-06', '2024-01-06 21:19:30-06', NULL);
INSERT INTO public.cuentas VALUES (1238, 'javiera.soto', 'Javiera', 'Soto Fuentes', 'javiera.soto@terra.cl', NULL, NULL, 'google', '1983-11-07', 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, NULL, true, '2024-05-02 16:45:59-06', '2024-09-05 16:45:59-06', NULL);
INSERT INTO public.cuentas VALUES (1244, 'nortiz', 'Natalia', 'Ortiz Díaz', 'ortiz.natalia9@live.com', NULL, '$2b$12$IJjJ/ZRWmMZu2HiZkUateV5VGPx6CBNwDoFy5h2aN8yoXzgLJ.kq/', 'correo', '2005-05-02', 'comprador', 'gratis', 'activa', NULL, NULL, NULL, 'Estados Unidos', '75216', '73.192.183.143', false, '2024-03-04 14:03:24-06', '2024-06-19 14:03:24-06', NULL);
INSERT INTO public.cuentas VALUES (1246, 'telarmamani', 'Jhon', 'Mamani Flores', 'jhonmam57@pucp.edu.pe', '+51966981256', '$2b$12$GwInGrfM6/Iw8dVuaP7rS9KsCoko3dowLnlztJPiP7iJFq2m9Wl8l', 'correo', '1957-12-31', 'ambos', 'artesano_pro', 'activa', 'Av. Larco 51, Miraflores', 'Lima', 'Lima', 'Peru', '15074', NULL, true, '2023-02-13 20:57:36-06', '2024-08-23 20:57:36-06', NULL);
INSERT INTO public.cuentas VALUES (1255, 'armandocardenas94', 'Armando', 'Cárdenas Gómez', 'armandocardenas98@gmail.com', '+52 477 991 1564', '$2b$12$s59qTrzWg3.bttVDRVOFsGzAjwjdf8jszM50861cUjbh/Q3egwomj', 'correo', NULL, 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, NULL, false, '2022-04-20 15:27:05-06', '2023-05-14 15:27:05-06', NULL);
INSERT INTO public.cuentas VALUES (1256, 'gortega', 'Guadalupe', 'Ortega Guzmán', 'guadalupeort60@yahoo.com.mx', '+523389718191', '$2b$12$xElVh3W9wVeVfi6vYxZW6XEejIV8heTiAgHOrYro3MsC6gMDuOrlV', 'correo', '1960-07-25', 'ambos', 'artesano', 'suspendida', 'Calle Emiliano Zapata 1629 Int. A, Col. Santa Teresita', 'Guadalajara', 'Jalisco', 'México', '44600', '187.212.79.242', true, '2022-10-19 17:35:50-06', '2023-10-25 17:35:50-06', '2023-11-23 17:35:50-06');
INSERT INTO public.cuentas VALUES (1263, 'carlos1906', 'Carlos', 'Padilla Bautista', 'padilla.carlos9@gmail.com', '55-3833-8237', NULL, 'google', '1970-09-24', 'comprador', 'gratis', 'activa', NULL, NULL, NULL, 'Mexico', '03300', '201.124.12.224', true, '2023-08-07 14:56:34-06', '2024-03-03 14:56:34-06', NULL);
INSERT INTO public.cuentas VALUES (1264, 'bbrown', 'Brian', 'Brown', 'brian.brown@gmail.com', '+17133993062', '$2b$12$ZAy2LjIPRXxS2PRCPSCbzauWuTLJaCNGtjZB2zrT87JXNIUXVwSLN', 'correo', NULL, 'comprador', 'gratis', 'activa', '4978 Telephone Rd', 'Houston', 'Texas', 'Estados Unidos', '77011', '98.196.184.6', true, '2022-05-15 17:38:34-06', '2024-05-27 17:38:34-06', NULL);
INSERT INTO public.cuentas VALUES (1267, 'nayeli1488', 'Nayeli', 'Contreras', 'ncontreras22@gmail.com', '+16025268116', '$2b$12$JIXsDEv4aEHxW5n0aTsAmsrY/9w10SSkWhThHrK9eiAvf3n3oDShh', 'facebook', '1994-03-18', 'comprador', 'gratis', 'activa', '5977 S Central Ave', 'Phoenix', 'Arizona', 'Estados Unidos de América', '85009', '73.108.129.97', true, '2023-05-12 12:31:55-06', '2024-10-03 12:31:55-06', '2024-03-05 12:31:55-06');
INSERT INTO public.cuentas VALUES (1268, 'palma_mateo', 'Mateo', 'Reyes Herrera', 'mateo_reyes@live.com.mx', '3391461779', '$2b$12$YoGvLKN7wz85kMzr/A1loieBRH8CcjHaTYw58QBAoXu.Vj8HFPPuK', 'correo', '1996-12-06', 'vendedor', 'artesano', 'activa', 'Calle Nicolás Bravo 2233, Col. Las Águilas', 'Zapopan', 'Jalisco', 'MÉXICO', '45080', '189.133.63.15', true, '2021-06-18 16:32:37-06', '2021-11-07 16:32:37-06', NULL);
INSERT INTO public.cuentas VALUES (1276, 'cobrejimenez', 'Itzel', 'Jiménez Medina', 'itzeljim83@prodigy.net.mx', '+529983169243', NULL, 'facebook', '1983-04-23', 'vendedor', 'artesano_pro', 'activa', 'Calle Libertad 2768 Int. 3, Col. Supermanzana 15', 'Cancún', 'Quintana Roo', 'México', '77505', '201.124.65.49', false, '2019-03-09 16:00:31-06', '2022-01-30 16:00:31-06', NULL);
INSERT INTO public.cuentas VALUES (1283, 'sofia.cerv', 'Sofía', 'Cervantes Villaseñor', 'cervantes.sofia1@gmail.com', '469.200.9602', '$2b$12$PKJdhtB..XFvfycc/d13NezJpJKONCn5wGzNY/TY6rLSAU.6Ymtep', 'correo', '1993-03-23', 'comprador', 'gratis', 'activa', '2260 W Jefferson Blvd Apt 104', 'Dallas', 'Texas', 'USA', '75228', '73.151.93.43', true, '2022-08-07 12:24:43-06', '2023-06-07 12:24:43-06', NULL);
INSERT INTO public.cuentas VALUES (1288, 'anthony_bautista', 'Anthony', 'Bautista', 'anthony.bautista@gmail.com', '602.919.7365', '$2b$12$yNnnrlJdahBqCkI7ev0t0aciAS0.WJ1rSeSQ9I8i4J6QAeCDw4dMb', 'correo', '1984-10-21', 'comprador', 'plus', 'activa', NULL, NULL, NULL, NULL, NULL, '73.100.196.116', true, '2022-08-26 08:30:42-06', '2023-01-26 08:30:42-06', '2022-11-16 08:30:42-06');
INSERT INTO public.cuentas VALUES (1297, 'claudiajuarez97', 'Claudia', 'Juárez Tecuapetla', 'juarez.claudia4@gmail.com', '(33) 3645-4383', '$2b$12$WNubKqlwBE0Rc0waMkG9atlfZlLX.ExrnF0OeBN5Gq2q2iq71Yw8F', 'correo', '1972-03-09', 'comprador', 'plus', 'activa', NULL, NULL, NULL, NULL, NULL, '189.158.165.163', false, '2022-10-11 09:43:19-06', '2024-10-28 09:43:19-06', NULL);
INSERT INTO public.cuentas VALUES (1300, 'sarahlopez67', 'Sarah', 'López Xolalpa', 'slopez17@gmail.com', '407.378.0121', '$2b$12$w8w3nOaqXBmdzSjfCxBc3kgkOTe9NaaxJQlRPsOFnd1FvHL5xc9UY', 'correo', '1991-05-14', 'comprador', 'gratis', 'activa', '314 Oak Ridge Rd', 'Orlando', 'Florida', 'EE. UU.', '32822', '98.203.248.40', true, '2020-09-08 23:45:42-06', '2022-09-11 23:45:42-06', NULL);
INSERT INTO public.cuentas VALUES (1302, 'mmartin', 'Marta', 'Martín Puig', 'marta_martin@hotmail.com', '+54 9 341 588-3017', '$2b$12$ZS9fkXpWRwuK9Bdu94YgJcjCKs5Ut2Rg5o4iQ/Rdn99cKamiF65kn', 'correo', NULL, 'comprador', 'gratis', 'activa', 'Calle Ledesma 1151, 2º B', 'Bilbao', 'Bizkaia', 'España', '48003', '83.44.161.212', true, '2020-01-23 09:47:46-06', '2022-08-21 09:47:46-06', NULL);
INSERT INTO public.cuentas VALUES (1310, 'ivan.domi', 'Iván', 'Domínguez Rivera', 'idominguez8@gmail.com', NULL, '$2b$12$yydVxsEyODl0wyyNzsCQ5A4qvHeZlaYKPWqmLg9W7h4QBfPDj.PaZ', 'correo', NULL, 'comprador', 'gratis', 'cerrada', NULL, NULL, NULL, 'Estados Unidos de América', NULL, '98.204.91.215', true, '2024-09-11 18:01:32-06', '2024-11-20 18:01:32-06', NULL);
INSERT INTO public.cuentas VALUES (1317, 'patricia1411', 'Patricia', 'Magaña Flores', 'pmagana23@alumnos.unam.mx', '5549211948', '$2b$12$.Aa2xmg95Ave/0/Q.sNKWqYZUtg.h2uC3yyYLEOfRZamCm5FhSM4a', 'correo', '1990-07-15', 'ambos', 'artesano', 'activa', 'Av. Independencia 719, Col. Condesa', 'Ciudad de México', 'Ciudad de México', 'Mexico', '06140', '189.155.83.22', false, '2021-07-24 14:55:56-06', '2024-08-22 14:55:56-06', '2023-03-25 14:55:56-06');
INSERT INTO public.cuentas VALUES (1319, 'marisol_alvarez', 'Marisol', 'Álvarez Castro', 'alvarez.marisol1@live.com.mx', NULL, '$2b$12$jotYfBmGW.Oz6ha8aqwY6meW4MM9UwfexWq8foOwlrfdijNXFOHj/', 'correo', '1952-02-08', 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, NULL, true, '2021-12-03 09:21:21-06', '2024-10-18 09:21:21-06', '2023-09-02 09:21:21-06');
INSERT INTO public.cuentas VALUES (1323, 'natalia936', 'Natalia', 'Tapia Estrada', 'natalia.tapia@live.com.mx', NULL, '$2b$12$gE24lYijh9etu3msOm/uVDttqNUbLBDsefsjTHYJnYQniV1Nxw/AA', 'correo', '1985-08-28', 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, NULL, false, '2020-08-12 07:09:15-06', '2021-10-15 07:09:15-06', '2022-02-24 07:09:15-06');
INSERT INTO public.cuentas VALUES (1325, 'alebrijesmendez', 'Eduardo', 'Méndez Cárdenas', 'mendez.eduardo9@gmail.com', '443 627 1321', '$2b$12$6W.lPQJs.GIAxEK/H1sXnfKJezopTi2.2Rw6fpOUSOs7w8H0GBjTX', 'correo', '1969-02-12', 'ambos', 'artesano', 'activa', 'Calle Allende 1176, Col. Centro', 'Morelia', 'Michoacán', 'México', '58000', NULL, true, '2022-12-23 14:45:41-06', '2024-07-06 14:45:41-06', NULL);
INSERT INTO public.cuentas VALUES (1329, 'nicolas238', 'Nicolás', 'Acosta', 'acosta.nicolas1@hotmail.com.ar', NULL, '$2b$12$cEij5dMKklYVlfeWvYeuy/LOxKoSdG6Vauks.9nI3e2LLnKckPxWk', 'correo', '1975-12-02', 'comprador', 'gratis', 'activa', NULL, 'Córdoba', NULL, NULL, NULL, NULL, false, '2024-01-14 12:22:58-06', '2024-03-15 12:22:58-06', NULL);
INSERT INTO public.cuentas VALUES (1335, 'fernanda.sand', 'Fernanda', 'Sandoval Aguilar', 'fernanda.sandoval@gmail.com', NULL, NULL, 'facebook', '2000-04-29', 'comprador', 'gratis', 'pendiente_verificacion', NULL, 'Monterrey', NULL, NULL, NULL, NULL, false, '2022-03-09 11:36:10-06', '2024-07-19 11:36:10-06', NULL);
INSERT INTO public.cuentas VALUES (1337, 'bordadosguzman', 'Ricardo', 'Guzmán Orozco', 'ricardo_guzman@yahoo.com', '5550378820', '$2b$12$xiUcG.RiJ8wnx1gQ7y1RglFPwNVcMi.bUNVsGLmW8v23Xt82WutGW', 'correo', '1975-09-20', 'ambos', 'artesano', 'suspendida', 'Calle Matamoros 3164, Col. Narvarte Poniente', 'Ciudad de México', 'CDMX', 'México', '03020', '187.201.92.192', true, '2022-08-03 17:36:44-06', '2024-11-24 17:36:44-06', NULL);
INSERT INTO public.cuentas VALUES (1344, 'cuero_guadalupe', 'Guadalupe', 'Ortega Álvarez', 'guadalupeortega85@outlook.com', '33-6122-0950', '$2b$12$k/vApBZPURHUv0iIFyhlC40shHdNLgJEYpmdQJkeoE/nxo9FfEuDU', 'correo', '1985-06-09', 'ambos', 'artesano_pro', 'activa', 'Av. Revolución 1868, Col. Chapalita', 'Guadalajara', 'JALISCO', 'MÉXICO', '44500', '189.151.206.230', true, '2022-06-13 10:40:31-06', '2022-10-08 10:40:31-06', NULL);
INSERT INTO public.cuentas VALUES (1348, 'kpadilla', 'Kevin', 'Padilla', 'kevinpadilla75@live.com', '917.326.0801', NULL, 'apple', '1975-11-06', 'comprador', 'gratis', 'activa', '2857 W 181st St', 'New York', 'NY', 'EE. UU.', '10032', NULL, true, '2023-04-18 22:10:10-06', '2024-02-21 22:10:10-06', NULL);
INSERT INTO public.cuentas VALUES (1355, 'juan548', 'Juan', 'Padilla Rivera', 'juanpadilla75@gmail.com', NULL, NULL, 'google', '1975-03-04', 'comprador', 'gratis', 'activa', NULL, 'Valencia', NULL, NULL, NULL, NULL, false, '2020-06-24 13:08:19-06', '2024-08-05 13:08:19-06', NULL);
INSERT INTO public.cuentas VALUES (1361, 'armandocontreras80', 'Armando', 'Contreras Moreno', 'contreras.armando4@icloud.com', NULL, '$2b$12$i1QitwRutmRMJhGVxlQcau9LRsTM6KgAY6MxWMtMj7P6rPxBkaZGA', 'correo', NULL, 'comprador', 'gratis', 'activa', NULL, 'Zapopan', NULL, NULL, NULL, NULL, false, '2021-08-28 09:16:50-06', '2024-05-11 09:16:50-06', '2021-11-25 09:16:50-06');
INSERT INTO public.cuentas VALUES (1368, 'claudia.sala', 'Claudia', 'Salazar Medina', 'csalazar11@yahoo.com.mx', NULL, NULL, 'google', NULL, 'comprador', 'gratis', 'pendiente_verificacion', NULL, 'Mérida', NULL, NULL, NULL, NULL, true, '2024-10-11 19:31:34-06', '2024-10-15 19:31:34-06', NULL);
INSERT INTO public.cuentas VALUES (1370, 'alebrijesgomez', 'Lucía', 'Gómez Ferrer', 'luciagomez61@yahoo.com', '+34675531613', '$2b$12$/BgfYCGf8EIXoQUaeFidZAiA/gXRPFFLZ.42O0p230OXfmj5mMXZI', 'apple', '1961-02-26', 'ambos', 'artesano_pro', 'activa', 'Carrer de Verdi 1122, 9r 3a', 'Barcelona', 'Barcelona', 'España', '08025', '83.50.8.187', true, '2020-05-04 15:47:01-06', '2023-08-31 15:47:01-06', '2020-11-05 15:47:01-06');
INSERT INTO public.cuentas VALUES (1376, 'claudia.ramo', 'Claudia', 'Ramos Villaseñor', 'claudiaram77@gmail.com', '+1-312-818-3730', '$2b$12$y3fR/iauqDo5p2DMS.y7.2aHzdzdIlcPMkLbMuUCOthY7fvpmdWRR', 'correo', NULL, 'comprador', 'gratis', 'activa', '5656 S Ashland Ave Apt 3B', 'Chicago', 'Illinois', 'USA', '60608', '73.100.25.213', true, '2020-08-18 22:56:27-06', '2020-08-31 22:56:27-06', NULL);
INSERT INTO public.cuentas VALUES (1377, 'papel_picadomedina', 'Francisco', 'Medina Ochoa', 'franciscomed52@gmail.com', '+523332599661', '$2b$12$YUvItmcPmBxOeGDL.Dokx/ZqaoNKochYY8axgCpOWS0p2PXyCeZfQ', 'correo', '1952-07-10', 'ambos', 'artesano', 'activa', 'Av. Constitución 1402, Col. Ladrón de Guevara', 'Guadalajara', 'JALISCO', 'MÉXICO', '44600', '187.201.178.183', true, '2022-02-10 19:26:04-06', '2022-07-30 19:26:04-06', NULL);
INSERT INTO public.cuentas VALUES (1384, 'abrilsalazar28', 'Abril', 'Salazar Guzmán', 'abrilsalazar81@gmail.com', '+1 (305) 313-9897', '$2b$12$SfSXwv2lFwvxzF.TdeOh.T3nx5x1/zqS80iXrExF/s7OS0ZnWAXKk', 'google', NULL, 'comprador', 'gratis', 'activa', 'Calle Guerrero 1713, Col. Centro', 'Tonalá', 'Jalisco', 'MÉXICO', '45400', '189.151.210.151', true, '2020-03-28 22:08:13-06', '2024-08-09 22:08:13-06', NULL);
INSERT INTO public.cuentas VALUES (1389, 'brenda_xolalpa', 'Brenda', 'Xolalpa Mendoza', 'brenda_xolalpa@gmail.com', '+52 477 241 7044', '$2b$12$/3.rndkwlmc3NUpIYFwStlLZnxqPMhLTutpQioUJCjg0U/zK2.9nt', 'correo', NULL, 'comprador', 'gratis', 'activa', '3296 Buford Hwy Apt 12', 'Doraville', 'Georgia', 'Estados Unidos', '30340', NULL, true, '2023-02-21 15:05:29-06', '2023-04-27 15:05:29-06', NULL);
INSERT INTO public.cuentas VALUES (1390, 'itzelquintero27', 'Itzel', 'Quintero Ortiz', 'itzelquintero03@live.com', '+52 442 495 1388', '$2b$12$n0b7fEwOGjjvcu5zjbriudkjfjfEXrY.ZBMbuDWOAXF5AuuQtJOqk', 'correo', '2003-01-04', 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, NULL, true, '2023-03-29 09:26:22-06', '2023-04-06 09:26:22-06', NULL);
INSERT INTO public.cuentas VALUES (1398, 'leticia_luna', 'Leticia', 'Luna Contreras', 'lluna37@yahoo.com.mx', '(520) 266-2114', '$2b$12$ukDPQRoW.Wxc/kTH9crRaARCnYLUUVEP3VHcb4q5Oweg/ySQhzY/m', 'correo', '1978-06-13', 'comprador', 'plus', 'activa', '3458 W Ajo Way', 'Tucson', 'Arizona', 'Estados Unidos de América', '85705', '73.127.209.106', false, '2023-04-20 18:20:31-06', '2023-06-02 18:20:31-06', '2023-08-25 18:20:31-06');
INSERT INTO public.cuentas VALUES (1402, 'ryanvillasenor68', 'Ryan', 'Villaseñor Salazar', 'ryan.villasenor@gmail.com', '210-458-0766', '$2b$12$w564ArgYFh7hrKID3gt8SiSgB278EuqzHwtkcFNEW0AW8gZJXqfjx', 'correo', '1966-10-05', 'comprador', 'gratis', 'activa', '9836 Zarzamora St Apt 2', NULL, 'TX', 'Estados Unidos', '78237', '73.111.14.13', false, '2024-09-12 07:56:15-06', '2024-10-09 07:56:15-06', NULL);
INSERT INTO public.cuentas VALUES (1405, 'mlombardi', 'Micaela', 'Lombardi', 'micaela.lombardi@gmail.com', '+54 9 351 459-8425', '$2b$12$44s3BCW/pnyACyih93Hs057ELUWCweybZUSvxmihI1k8n7keEw.pl', 'correo', NULL, 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, NULL, true, '2021-01-06 18:47:07-06', '2022-06-19 18:47:07-06', '2021-03-19 18:47:07-06');
INSERT INTO public.cuentas VALUES (1411, 'palma_armando', 'Armando', 'Barragán Rivera', 'armando.barragan@gmail.com', '33 2051 0925', '$2b$12$rTb830BiSOgqM30wwQ.j9hqnjKlsgCAqv9WeESjKSs/QHlrNZK5.K', 'correo', '1984-05-11', 'ambos', 'artesano_pro', 'suspendida', 'Av. Independencia 2193 Int. 2, Col. Oblatos', 'Guadalajara', 'Jal.', 'México', '44700', '187.201.235.159', true, '2020-08-02 14:00:26-06', '2022-07-17 14:00:26-06', NULL);
INSERT INTO public.cuentas VALUES (1414, 'sofia_bordados', 'Sofía', 'Quintero Cuautle', 'squintero13@prodigy.net.mx', '+52 33 8928 1631', '$2b$12$cdpUcHV.jYNVKzRyfYOAZDAghz1mUa05zwJjDk6uKxYbiHTupO.Rm', 'correo', '1954-02-07', 'ambos', 'artesano', 'activa', 'Calle Allende 3709, Col. Oblatos', 'Guadalajara', 'JALISCO', 'México', '44700', '189.151.229.44', false, '2022-07-30 21:34:53-06', '2023-11-18 21:34:53-06', NULL);
INSERT INTO public.cuentas VALUES (1415, 'chaquiraguzman', 'Leticia', 'Guzmán Romero', 'leticiaguzman68@live.com', '+524435893587', '$2b$12$ffN/bc6lAuX.o9xw4H7rJVKQlTM3AQ4p6/oAHdd1trlT3wvgLwe/M', 'correo', '1968-12-15', 'vendedor', 'artesano_pro', 'activa', 'Calle Pedro Moreno 688, Col. Centro', 'Morelia', 'Mich.', 'MÉXICO', '58000', '189.155.176.227', true, '2020-09-14 18:57:02-06', '2024-08-24 18:57:02-06', NULL);
INSERT INTO public.cuentas VALUES (1421, 'steven.mend', 'Steven', 'Méndez Estrada', 'mendez.steven2@hotmail.com', '+14076025057', NULL, 'google', NULL, 'comprador', 'gratis', 'activa', '3630 S Semoran Blvd', 'Orlando', 'Florida', 'Estados Unidos de América', '32839', '73.86.117.210', true, '2022-05-02 08:48:44-06', '2024-03-28 08:48:44-06', NULL);
INSERT INTO public.cuentas VALUES (1428, 'alejandra.guzm', 'Alejandra', 'Guzmán Ramos', 'alejandraguz80@gmail.com', '(449) 935-6753', '$2b$12$GBL6Lj9nE75s8bP4aOUHiWTergv5IxpgCzGhWIFZIKzztKj5wTG9V', 'correo', '1980-04-11', 'ambos', 'artesano', 'suspendida', 'Calle Guerrero 503, Col. Centro', 'Aguascalientes', 'Ags.', 'México', '20000', '189.151.122.105', true, '2022-07-08 07:27:19-06', '2022-09-17 07:27:19-06', NULL);
INSERT INTO public.cuentas VALUES (1435, 'laiamartin87', 'Laia', 'Martín Ferrer', 'laiamar94@gmail.com', '(33) 5698-4742', '$2b$12$o.y9ckJEBJevGfiCquZJvV0SfkYJES3M7Ajo4rA6.95LqsPlsfn93', 'correo', '1994-04-11', 'comprador', 'plus', 'activa', NULL, NULL, NULL, NULL, NULL, NULL, true, '2022-06-02 11:38:39-06', '2024-02-19 11:38:39-06', NULL);
INSERT INTO public.cuentas VALUES (1441, 'psanchez', 'Pablo', 'Sánchez Navarro', 'sanchez.pablo3@hotmail.com', '(443) 843-8157', '$2b$12$8BUrWV/6hi0KEIAMQ7qRJZugWlUEuohXRBb7lf2TKsnoUiP2coPCZ', 'correo', NULL, 'comprador', 'gratis', 'suspendida', NULL, NULL, NULL, NULL, NULL, NULL, true, '2023-08-08 21:54:46-06', '2024-08-28 21:54:46-06', NULL);
INSERT INTO public.cuentas VALUES (1445, 'papel_picadoxolalpa', 'Sergio', 'Xolalpa Jiménez', 'sergio_xolalpa@gmail.com', NULL, '$2b$12$JI6CzH9WvnCJitPGA6oRPizdXyIyGXeMeO9itULUK859gpQDssC4A', 'correo', '1955-08-11', 'ambos', 'artesano', 'activa', 'Calle Matamoros 1571, Col. Barrio de Mexicanos', 'San Cristóbal de las Casas', 'Chiapas', 'Mexico', '29240', NULL, true, '2021-02-13 22:26:45-06', '2021-10-15 22:26:45-06', NULL);
INSERT INTO public.cuentas VALUES (1449, 'mcruz', 'Mateo', 'Cruz Reyes', 'mcruz47@live.com', '951 253 4657', '$2b$12$1f5v5HpEAdWfwr7xPfkApDas1hiL9UCE8zaxvvv3jlntfnieVOB8K', 'correo', NULL, 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, '189.158.154.4', false, '2020-07-31 15:46:14-06', '2022-05-02 15:46:14-06', NULL);
INSERT INTO public.cuentas VALUES (1451, 'tallercuautle', 'Rodrigo', 'Cuautle Rivera', 'cuautle.rodrigo1@hotmail.com', '442 430 9982', '$2b$12$xiYgWlxvJI81yE3vN/wsulU8vO0WUzz2X4NePIPQeu6jvksyvcU2Q', 'correo', '1977-11-10', 'ambos', 'artesano_pro', 'activa', 'Calle Colibrí 287, Col. Jurica', 'Querétaro', 'Qro.', 'MÉXICO', '76100', '189.133.42.205', true, '2022-03-04 07:07:05-06', '2023-07-14 07:07:05-06', NULL);
INSERT INTO public.cuentas VALUES (1454, 'carolinarossi50', 'Carolina', 'Rossi', 'carolinaros84@hotmail.com', NULL, '$2b$12$Zy7ZbuQCJ6eL725lE2XdJI./9eDcPt9FDFD6RFitJXVc6.i9gH/zO', 'correo', '1984-03-14', 'comprador', 'gratis', 'pendiente_verificacion', NULL, 'Rosario', NULL, NULL, NULL, NULL, true, '2021-09-10 10:19:05-06', '2024-05-02 10:19:05-06', NULL);
INSERT INTO public.cuentas VALUES (1457, 'claudia.torr', 'Claudia', 'Torres Romero', 'claudiatorres90@yahoo.com.mx', NULL, '$2b$12$IIFMUwk.B2QoqCBqUddqEptvnwLokHfxcZ/n935csx.Kn/WOT7tOV', 'facebook', '1990-09-29', 'ambos', 'artesano', 'activa', 'Av. Constitución 3097, Col. Centro', 'Oaxaca de Juárez', 'Oaxaca', 'México', '68000', '189.151.231.88', true, '2021-04-16 23:47:47-06', '2021-09-05 23:47:47-06', '2022-01-13 23:47:47-06');
INSERT INTO public.cuentas VALUES (1460, 'renata_rivera', 'Renata', 'Rivera Romero', 'renatarivera78@hotmail.com', '222 482 2450', '$2b$12$m0ucUfat1XAVT6kW1x5IVoVskuxa1CayqQvJIk9ZRJMG1ILZuhbfG', 'correo', '1978-05-10', 'comprador', 'gratis', 'activa', 'Av. Revolución 2809, Col. Huexotitla', 'Puebla', 'Puebla', 'México', '72534', '189.151.119.207', true, '2023-01-10 11:41:37-06', '2024-11-25 11:41:37-06', NULL);
INSERT INTO public.cuentas VALUES (1465, 'bespinoza', 'Benjamín', 'Espinoza Silva', 'benjamin_espinoza@gmail.com', '4435128846', '$2b$12$j/bWB6hvmyS7nUDTFhBSAhhZQNhJ2GRoRwzGrULb7abfPaBq8IE9r', 'correo', '1990-11-30', 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, NULL, false, '2023-08-08 23:11:53-06', '2024-03-24 23:11:53-06', NULL);
INSERT INTO public.cuentas VALUES (1468, 'joaquin1978', 'Joaquín', 'Ramírez Tecuapetla', 'joaquin.ramirez@hotmail.com', '33 8742 4745', '$2b$12$Ybq1MwizseBYfzj8X5I143ZC1Arm7iv59OLaVqGf2VULzup8Gn2A.', 'correo', NULL, 'comprador', 'gratis', 'activa', NULL, NULL, 'Jalisco', 'México', NULL, '187.212.5.29', true, '2021-07-14 20:55:32-06', '2023-11-15 20:55:32-06', '2022-01-01 20:55:32-06');
INSERT INTO public.cuentas VALUES (1476, 'michelle_rodriguez', 'Michelle', 'Rodríguez Domínguez', 'michelle.rodriguez@gmail.com', '(214) 654-5557', '$2b$12$YB5xVNVWJOobQzyJoLUwjaFEYOmMj9u6H5MqdfWEF4ZdteETQHai7', 'correo', NULL, 'comprador', 'gratis', 'activa', NULL, NULL, NULL, 'Estados Unidos', '75211', '73.7.122.165', false, '2023-10-26 10:19:45-06', '2024-05-05 10:19:45-06', NULL);
INSERT INTO public.cuentas VALUES (1484, 'gonzalo186', 'Gonzalo', 'Bianchi', 'gonzalobianchi66@fibertel.com.ar', '+5492614740315', '$2b$12$jcq7KybtyABXJYJ9a/Xgz4m3hfyoE/SPULglsv/CJ9ROZyyuqw8ne', 'correo', '1966-01-14', 'comprador', 'gratis', 'activa', 'Av. San Martín 1294', 'Mendoza', 'Mendoza', 'Argentina', '5500', NULL, false, '2021-05-12 15:00:16-06', '2022-03-06 15:00:16-06', NULL);
INSERT INTO public.cuentas VALUES (1486, 'alejandraherrera77', 'Alejandra', 'Herrera Martínez', 'alejandraher77@yahoo.com.mx', NULL, '$2b$12$XZD86p2eP8PZ0BWMveG53meq5ZR/rVFnnSXUfcie8zeU6PaFnFZeU', 'correo', '1977-07-28', 'comprador', 'gratis', 'activa', NULL, 'Mérida', NULL, NULL, NULL, NULL, true, '2021-06-03 19:27:23-06', '2022-12-11 19:27:23-06', NULL);
INSERT INTO public.cuentas VALUES (1488, 'alebrijessilva', 'Francisca', 'Silva Muñoz', 'silva.francisca8@uc.cl', '+56952334084', NULL, 'apple', '1987-04-03', 'ambos', 'artesano_pro', 'activa', 'Barros Arana 971', 'Concepción', 'Región del Biobío', 'Chile', '4030000', NULL, true, '2019-03-07 13:05:26-06', '2022-04-09 13:05:26-06', NULL);
INSERT INTO public.cuentas VALUES (1497, 'acervantes', 'Alejandro', 'Cervantes', 'cervantes.alejandro3@live.com', '213.401.4965', NULL, 'facebook', NULL, 'comprador', 'plus', 'activa', NULL, NULL, 'California', 'EE. UU.', NULL, '98.198.113.47', true, '2021-07-03 07:46:32-06', '2024-06-18 07:46:32-06', NULL);
INSERT INTO public.cuentas VALUES (1505, 'xochitl.gonz', 'Xóchitl', 'González Chávez', 'xochitl_gonzalez@gmail.com', NULL, '$2b$12$j7FwardM8BX5L3KB0U5YZyZPA3HoYVebsxSqHx8WE7ptyoIipN2aa', 'correo', NULL, 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, NULL, true, '2022-10-04 13:27:25-06', '2024-09-23 13:27:25-06', NULL);
INSERT INTO public.cuentas VALUES (1511, 'abelvillasenor73', 'Abel', 'Villaseñor Zúñiga', 'avillasenor88@yahoo.com.mx', '33 5203 3258', NULL, 'google', NULL, 'comprador', 'gratis', 'suspendida', 'Calle Libertad 850, Col. Arcos Vallarta', 'Guadalajara', 'Jalisco', 'México', '44130', '189.158.156.108', true, '2024-09-06 09:54:00-06', '2024-11-14 09:54:00-06', NULL);
INSERT INTO public.cuentas VALUES (1517, 'marisolpadilla77', 'Marisol', 'Padilla Tapia', 'marisolpad97@gmail.com', '+52 477 363 2259', '$2b$12$ZbJyTeI2XhohhD4ZNsMTcwYzlHCMQBfdfC/v0dL09iKanFPbCliS7', 'correo', '1997-09-14', 'comprador', 'gratis', 'activa', '4063 W Thomas Rd Apt 12', 'Phoenix', 'Arizona', 'Estados Unidos de América', '85009', '73.226.31.227', false, '2024-04-04 13:16:20-06', '2024-11-13 13:16:20-06', NULL);
INSERT INTO public.cuentas VALUES (1523, 'andrea_vargas', 'Andrea', 'Vargas Nava', 'andreavar97@outlook.com', '+1 602 357 5066', '$2b$12$.m6ZHyzK3LqZC8nkvRk/QLlSoulDwKmKpfSvMCZ0LWcO4ryFYOWNs', 'correo', NULL, 'comprador', 'gratis', 'activa', 'Calle Abasolo 696, Col. Ciudad Granja', 'Zapopan', 'Jalisco', 'MÉXICO', '45010', NULL, false, '2023-06-16 15:33:55-06', '2024-07-12 15:33:55-06', '2024-02-07 15:33:55-06');
INSERT INTO public.cuentas VALUES (1531, 'lsandoval', 'Leticia', 'Sandoval Martínez', 'leticia.sandoval@outlook.com', '+52 55 4254 6487', '$2b$12$.5A8A5H3OemNWKKX53vJssXCLr1om60CO5Y99VXciF3OBDk9HJ0q1', 'correo', NULL, 'comprador', 'gratis', 'suspendida', 'Av. Revolución 1010, Col. Escandón', 'Ciudad de México', 'CDMX', 'México', '11800', '189.158.168.63', true, '2020-07-11 23:18:54-06', '2024-07-13 23:18:54-06', '2021-09-29 23:18:54-06');
INSERT INTO public.cuentas VALUES (1540, 'andrea753', 'Andrea', 'Guzmán Rojas', 'guzman.andrea2@yahoo.com.mx', '(56) 7328-8897', '$2b$12$4eV9RZS.Wz0Fx0g1wZow7V.rR.Shgt8X45fYuDxUjxm111.adFVhb', 'correo', '2001-04-25', 'comprador', 'gratis', 'activa', 'Calle Pedro Moreno 1152, Col. Coyoacán Centro', 'Ciudad de México', 'CDMX', 'México', '04000', '189.158.44.226', true, '2022-12-18 12:13:48-06', '2024-02-01 12:13:48-06', NULL);
INSERT INTO public.cuentas VALUES (1548, 'rflores', 'Rocío', 'Flores Íñiguez', 'flores.rocio9@alumnos.unam.mx', '+529516053620', '$2b$12$M5tNL2Lq0NyV4rxSkcaPhCC.gJiJqtBq389SL4MvdvwhkHzSVDXw0', 'correo', NULL, 'comprador', 'gratis', 'activa', 'Calle Pedro Moreno 1451, Col. Centro', 'Oaxaca de Juárez', 'Oaxaca', 'México', '68000', '187.212.184.161', true, '2021-12-25 18:36:31-06', '2022-01-07 18:36:31-06', '2023-02-05 18:36:31-06');
INSERT INTO public.cuentas VALUES (1554, 'yolandagarcia97', 'Yolanda', 'García Vázquez', 'garcia.yolanda6@gmail.com', '+523349326810', '$2b$12$Cw4gYoFEHo66zF1PYLfzW27ol.ANoDdjVSNDs4AyJLzYsFPWDXjPG', 'correo', NULL, 'comprador', 'gratis', 'activa', 'Av. de las Américas 1351 Int. 3, Col. Ciudad Granja', 'Zapopan', 'Jal.', 'Mexico', '45010', '189.155.175.61', true, '2024-03-19 20:25:04-06', '2024-08-31 20:25:04-06', NULL);
INSERT INTO public.cuentas VALUES (1561, 'beatriz1510', 'Beatriz', 'Vargas Orozco', 'beatrizvargas96@gmail.com', '480-761-3593', NULL, 'google', '1996-04-28', 'comprador', 'gratis', 'activa', '985 W McDowell Rd', 'Phoenix', 'AZ', 'USA', '85009', '73.233.218.179', false, '2020-08-08 11:59:05-06', '2022-06-17 11:59:05-06', NULL);
INSERT INTO public.cuentas VALUES (1568, 'salvador1744', 'Salvador', 'Juárez Moreno', 'salvadorjua70@gmail.com', NULL, '$2b$12$xZhrIqAZn0GLTeRkiQvDNJaq9.6V8JjQZfb0ombt3pgecKmGKASbw', 'correo', '1970-12-05', 'comprador', 'gratis', 'suspendida', NULL, NULL, 'Chiapas', 'México', NULL, '189.158.225.135', true, '2021-10-21 10:02:58-06', '2021-12-05 10:02:58-06', '2022-01-16 10:02:58-06');
INSERT INTO public.cuentas VALUES (1574, 'andres_restrepo', 'Andrés', 'Restrepo Arango', 'andresrestrepo53@une.net.co', '315 5465025', NULL, 'google', '1953-03-09', 'comprador', 'gratis', 'suspendida', NULL, NULL, NULL, NULL, NULL, NULL, true, '2021-03-18 09:52:25-06', '2022-02-06 09:52:25-06', NULL);
INSERT INTO public.cuentas VALUES (1578, 'aruiz', 'Abel', 'Ruiz Tecuapetla', 'abelrui90@hotmail.com', '915.828.5213', '$2b$12$uYyLibxh3SQPaslFIp3KbFM5zbLW3p7R4tOm3kiDDXqTW4PMUDX2x', 'correo', NULL, 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, '73.157.80.205', true, '2023-09-23 19:26:46-06', '2023-11-10 19:26:46-06', NULL);
INSERT INTO public.cuentas VALUES (1587, 'arturo_rojas', 'Arturo', 'Rojas Xolalpa', 'arojas6@yahoo.com.mx', '33 6594 9007', '$2b$12$ywgCbS5kKI15ESrGtDKdI2wXgc98uRDJvwoHbYUf3Q2UbtprhyUOb', 'correo', NULL, 'comprador', 'gratis', 'activa', 'Calle Abasolo 2292, Col. Jardines del Bosque', 'Guadalajara', 'JALISCO', 'Mexico', '44520', '187.201.154.120', true, '2022-10-19 10:36:58-06', '2024-05-15 10:36:58-06', NULL);
INSERT INTO public.cuentas VALUES (1590, 'danielaortega52', 'Daniela', 'Ortega López', 'ortega.daniela1@outlook.com', '(222) 651-5642', '$2b$12$BmJP.5US.adW0Dx22xXEOtaKAQP.rwhAkbOVSQs27VHQeLapo7er/', 'correo', '1993-05-08', 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, '189.151.225.170', true, '2023-03-05 17:50:29-06', '2023-10-28 17:50:29-06', NULL);
INSERT INTO public.cuentas VALUES (1597, 'irene1500', 'Irene', 'Pascual Iglesias', 'ipascual92@yahoo.es', NULL, '$2b$12$XOvRbQNhE6LqFGBIr3y.62AbG.9RLjW3rda4hCEqpqo8FFCh.VKHn', 'correo', '1964-07-04', 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, NULL, false, '2020-02-10 19:53:09-06', '2024-02-14 19:53:09-06', '2021-05-11 19:53:09-06');
INSERT INTO public.cuentas VALUES (1601, 'natalia.ruiz', 'Natalia', 'Ruiz', 'natalia_ruiz@icloud.com', '+52 443 328 7287', NULL, 'google', NULL, 'comprador', 'gratis', 'activa', '7717 Alameda Ave', 'El Paso', 'Texas', 'Estados Unidos', '79901', '73.223.248.193', true, '2021-10-07 19:15:18-06', '2023-12-10 19:15:18-06', NULL);
INSERT INTO public.cuentas VALUES (1606, 'citlali.reye', 'Citlali', 'Reyes Castro', 'creyes65@gmail.com', NULL, NULL, 'apple', NULL, 'comprador', 'gratis', 'activa', 'Av. de las Américas 1231, Col. Jardines del Moral', 'León', 'Guanajuato', 'México', '37160', NULL, false, '2023-01-26 15:23:05-06', '2024-03-02 15:23:05-06', NULL);
INSERT INTO public.cuentas VALUES (1614, 'amartinez', 'Araceli', 'Martínez Pérez', 'martinez.araceli7@hotmail.com', '(664) 975-3936', '$2b$12$hLy4jdVvLFjCLbTFZCf0kWRF2k5PjgBqhIDpaCIoX3bnM2w9saZcg', 'correo', NULL, 'comprador', 'gratis', 'activa', NULL, 'Puebla', NULL, NULL, NULL, NULL, true, '2023-08-09 15:56:27-06', '2024-07-23 15:56:27-06', NULL);
INSERT INTO public.cuentas VALUES (1616, 'paola.mora', 'Paola', 'Morales Estrada', 'morales.paola7@live.com', NULL, NULL, 'google', NULL, 'comprador', 'gratis', 'cerrada', NULL, NULL, 'CDMX', 'México', NULL, '189.133.15.115', false, '2024-02-20 18:15:16-06', '2024-07-19 18:15:16-06', NULL);
INSERT INTO public.cuentas VALUES (1621, 'mateoaguilar59', 'Mateo', 'Aguilar Rivera', 'mateoaguilar80@yahoo.com.mx', '+523358170854', '$2b$12$gQ/r8K8wbKGr9Koqi9csVUFon0VrsNX.p0iIFBbqE7mmjZh8iLqLr', 'correo', NULL, 'comprador', 'gratis', 'activa', 'Privada Los Pinos 2514, Col. Jardines Universidad', 'Zapopan', 'Jalisco', 'Mexico', '45110', NULL, false, '2024-04-10 07:13:44-06', '2024-08-13 07:13:44-06', NULL);
INSERT INTO public.cuentas VALUES (1623, 'sdominguez', 'Sergio', 'Domínguez Morales', 'sergio_dominguez@gmail.com', NULL, '$2b$12$q8FFYMyP1RiIAuxTJkettTlMMhioUn.RT2.pAbtPiG4RJhumSUux/', 'correo', '1952-11-28', 'comprador', 'gratis', 'suspendida', 'Calle Pino Suárez 254, Col. Doctores', 'Ciudad de México', 'CDMX', 'Mexico', '06720', '189.133.72.51', true, '2020-07-09 19:25:59-06', '2023-05-11 19:25:59-06', '2021-11-16 19:25:59-06');
INSERT INTO public.cuentas VALUES (1627, 'vicente.silv', 'Vicente', 'Silva Muñoz', 'vicentesilva01@gmail.com', '+56 9 8969 8750', NULL, 'apple', '2001-06-08', 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, NULL, true, '2020-12-29 20:09:37-06', '2021-06-13 20:09:37-06', NULL);
INSERT INTO public.cuentas VALUES (1629, 'roberto1335', 'Roberto', 'Guerrero Vargas', 'robertogue99@live.com', '9512956676', '$2b$12$yNVhZ/6isiSyRqSnHmIUCvavRQybcYfJo1FRnfNG0Klo7b1TaY14n', 'correo', '1999-08-12', 'comprador', 'gratis', 'activa', NULL, NULL, 'Oax.', 'MÉXICO', NULL, '189.158.149.9', true, '2024-01-20 17:16:39-06', '2024-06-19 17:16:39-06', NULL);
INSERT INTO public.cuentas VALUES (1632, 'vicente219', 'Vicente', 'Araya Araya', 'varaya21@terra.cl', '+56998965609', '$2b$12$6SGb8Ho9glAAiPUC1QZMj4L7LDROYdXipCXjRzvDXzs1raaSc2yFU', 'correo', NULL, 'comprador', 'gratis', 'activa', 'Barros Arana 397', 'Concepción', 'Región del Biobío', 'Chile', '4030000', NULL, true, '2023-02-21 14:35:55-06', '2023-03-31 14:35:55-06', NULL);
INSERT INTO public.cuentas VALUES (1639, 'elena1755', 'Elena', 'Pascual Ferrer', 'elena_pascual@gmail.com', '692907322', '$2b$12$TeNbK5uM3ZiWpWk3aLf.BG2gPKyqq68HIgy.ec69Xav.TbOtTzgrv', 'correo', '1974-08-30', 'comprador', 'gratis', 'activa', 'Calle Betis 236', 'Sevilla', 'Sevilla', 'España', '41010', '83.58.127.143', false, '2020-06-27 13:41:43-06', '2024-05-02 13:41:43-06', '2021-04-23 13:41:43-06');
INSERT INTO public.cuentas VALUES (1644, 'fernandolopez96', 'Fernando', 'López Estrada', 'fernando.lopez@alumnos.unam.mx', '81 3192 1919', '$2b$12$YId9u38wtP9RAqmaqLC2wDneRhrkGzixmCwsqBN3t4AZU3g3O42Xd', 'correo', '1999-01-29', 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, NULL, true, '2022-09-09 20:25:22-06', '2022-11-04 20:25:22-06', NULL);
INSERT INTO public.cuentas VALUES (1651, 'renata537', 'Renata', 'Cruz González', 'renata.cruz@live.com.mx', '967 469 9502', '$2b$12$h7gXFB4Od5RVaW6AjIe5r7zZ1mL6p4E0G0v6c4Z9v06ooXZ07Tfwv', 'correo', NULL, 'comprador', 'gratis', 'activa', 'Calle Libertad 906, Col. Barrio de Mexicanos', 'San Cristóbal de las Casas', 'Chiapas', 'México', '29240', '189.133.91.142', false, '2021-01-28 14:12:30-06', '2024-02-07 14:12:30-06', NULL);
INSERT INTO public.cuentas VALUES (1656, 'adriana802', 'Adriana', 'Castillo Quintero', 'acastillo62@yahoo.com', NULL, NULL, 'apple', NULL, 'comprador', 'gratis', 'activa', NULL, 'Guadalajara', NULL, NULL, NULL, NULL, false, '2020-07-28 20:30:04-06', '2021-01-28 20:30:04-06', NULL);
INSERT INTO public.cuentas VALUES (1658, 'jenniferclark53', 'Jennifer', 'Clark', 'clark.jennifer7@outlook.com', NULL, '$2b$12$Q3Ju1aVMWhHlhTE6W41zQBSsL80.jaj2GH.Ym7BmCzlWQGwN.KLK4', 'correo', NULL, 'comprador', 'gratis', 'activa', NULL, NULL, NULL, 'EEUU', '75228', '73.1.85.79', true, '2023-04-13 09:08:44-06', '2024-10-05 09:08:44-06', NULL);
INSERT INTO public.cuentas VALUES (1663, 'adriana_villasenor', 'Adriana', 'Villaseñor Jiménez', 'adrianavillasenor87@hotmail.com', '+523398586953', '$2b$12$wknbcaaNOp6aUNRMyXvVosy9ne6uZQcop3Ab/lj6gDPKX53ELvwaL', 'correo', '1987-08-28', 'comprador', 'gratis', 'activa', 'Calle Libertad 1942, Col. Puerta de Hierro', 'Zapopan', 'Jal.', 'México', '45116', '187.212.63.200', true, '2023-06-14 16:11:33-06', '2024-07-18 16:11:33-06', '2024-04-23 16:11:33-06');
INSERT INTO public.cuentas VALUES (1668, 'emiliano1733', 'Emiliano', 'Sánchez', 'esanchez47@gmail.com', '+1 713 819 3496', '$2b$12$YWW3L7SrQt6LFp/Ptwdx9j0CBhaKE8tGvVZxtLs3I1IrZhfdtiKPS', 'correo', '1967-08-30', 'comprador', 'plus', 'activa', '6587 Navigation Blvd Apt 12', 'Houston', 'Texas', 'EEUU', '77036', '73.171.90.13', false, '2022-02-17 13:00:48-06', '2023-09-25 13:00:48-06', '2022-11-26 13:00:48-06');
INSERT INTO public.cuentas VALUES (1675, 'alejandra.orti', 'Alejandra', 'Ortiz Magaña', 'alejandra_ortiz@yahoo.com.mx', '(664) 894-7711', '$2b$12$esDBRzpze6M9ewO1dhpCmgzMM2GyZuXDmXklH31sz65kuIXZyGCD6', 'correo', '1956-12-06', 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, NULL, true, '2022-01-25 15:22:55-06', '2023-09-29 15:22:55-06', '2023-05-05 15:22:55-06');
INSERT INTO public.cuentas VALUES (1682, 'beatriz_rojas', 'Beatriz', 'Rojas Guzmán', 'beatrizroj67@yahoo.com.mx', '+52 999 500 7511', '$2b$12$ikCjkagFL8W3XgNsmOHeXydYpdjaybo09xn3J.hH6yWWRAMf3fjDD', 'correo', '1967-10-19', 'comprador', 'gratis', 'activa', 'Calle Hidalgo 3538, Col. Centro', 'Mérida', 'Yucatán', 'Mexico', '97000', '187.212.189.111', true, '2022-10-10 21:05:54-06', '2023-05-20 21:05:54-06', '2023-05-26 21:05:54-06');
INSERT INTO public.cuentas VALUES (1684, 'itzel209', 'Itzel', 'Tecuapetla Rivera', 'itzel.tecuapetla@gmail.com', '+525676951807', '$2b$12$pajkrWlEb9rWjdfwQrDIxuhZSo4GAB6FPo/XlVvhOD5X6yibbKqFL', 'correo', '1964-01-08', 'comprador', 'gratis', 'activa', 'Av. de las Américas 2103 Int. 3, Col. Doctores', 'Ciudad de México', 'D.F.', 'México', '06720', '189.151.159.145', true, '2022-06-12 07:37:54-06', '2024-04-13 07:37:54-06', '2024-02-14 07:37:54-06');
INSERT INTO public.cuentas VALUES (1686, 'rosa.cerv', 'Rosa', 'Cervantes Velázquez', 'rosacervantes00@hotmail.com', '(951) 517-4861', '$2b$12$hpL8smDCTVJ2e.AkuhW2BFryuZQyvMLVd1Dho1u1Ecc2UzuMr4Nqh', 'correo', NULL, 'comprador', 'gratis', 'suspendida', 'Calle Hidalgo 3255, Col. Jalatlaco', 'Oaxaca de Juárez', 'Oaxaca', 'México', '68080', '189.151.203.242', true, '2020-05-07 09:51:28-06', '2022-09-23 09:51:28-06', NULL);
INSERT INTO public.cuentas VALUES (1695, 'rocio_aguilar', 'Rocío', 'Aguilar López', 'aguilar.rocio3@gmail.com', '33 3928 4701', '$2b$12$pwEbz8PTbCqsDHEtGicVAoYQtPIv8IHePepKPJpJueyhGSocavexk', 'correo', '1983-11-15', 'comprador', 'gratis', 'activa', 'Calle Pedro Moreno 2722, Col. Mezquitán Country', 'Guadalajara', 'JALISCO', 'México', '44260', '189.155.38.64', false, '2021-08-17 22:20:17-06', '2024-09-27 22:20:17-06', '2023-03-09 22:20:17-06');
INSERT INTO public.cuentas VALUES (1699, 'mariana1498', 'Mariana', 'Rodríguez Ibarra', 'rodriguez.mariana7@hotmail.com', '442 575 0704', '$2b$12$ADqwaSCS5kAQdvT0Lyo1h3B5ppSfyAPDyFfsFIproBtjhC85v18sm', 'correo', NULL, 'comprador', 'gratis', 'activa', NULL, NULL, 'Qro.', 'MÉXICO', NULL, '189.151.156.200', false, '2021-07-30 14:21:34-06', '2024-06-17 14:21:34-06', '2021-11-28 14:21:34-06');
INSERT INTO public.cuentas VALUES (1701, 'jorge.cast', 'Jorge', 'Castro Nava', 'jcastro62@live.com.mx', '9993637804', NULL, 'google', '1996-06-24', 'comprador', 'gratis', 'activa', 'Calle Colibrí 2182 Int. A, Col. Centro', 'Mérida', 'Yucatán', 'México', '97000', '189.158.50.82', true, '2024-02-25 15:42:40-06', '2024-05-20 15:42:40-06', NULL);
INSERT INTO public.cuentas VALUES (1704, 'kevin263', 'Kevin', 'Magaña Guzmán', 'kevinmagana83@gmail.com', NULL, '$2b$12$ow3ZDZS9Bef0Uj5fZY0EWb5zsX5MDWxJC4vpPX1b67ZPvz8SNpmgQ', 'correo', NULL, 'comprador', 'gratis', 'suspendida', '8180 Cesar E Chavez Ave', 'Los Angeles', 'California', 'Estados Unidos', '90063', '98.238.156.30', true, '2020-01-16 20:51:18-06', '2024-07-15 20:51:18-06', '2021-09-01 20:51:18-06');
INSERT INTO public.cuentas VALUES (1711, 'guadalupe1139', 'Guadalupe', 'Bautista Díaz', 'guadalupe_bautista@prodigy.net.mx', '(229) 970-4150', '$2b$12$3TmUpkAfc53gLzZ8dO2zj.EduLyLJ3cdIqUqlqlfpeHpASoQjF7bM', 'correo', '1958-09-18', 'comprador', 'gratis', 'activa', 'Calle Colibrí 1413, Col. Centro', 'Veracruz', 'Veracruz', 'México', '91700', '189.133.230.183', false, '2021-07-25 14:33:10-06', '2024-06-13 14:33:10-06', '2021-09-11 14:33:10-06');
INSERT INTO public.cuentas VALUES (1713, 'mariana539', 'Mariana', 'Ortiz Íñiguez', 'ortiz.mariana9@gmail.com', '33 9099 3852', '$2b$12$/VDU8Q0MsD2zwYzKAOP52LqN7E8Dwe09HCjIxdGrqW53mrGItlT20', 'correo', '1977-01-29', 'comprador', 'gratis', 'activa', 'Calle Libertad 3789, Col. Tabachines', 'Zapopan', 'Jalisco', 'México', '45188', '201.124.1.59', true, '2022-11-30 09:18:34-06', '2023-12-05 09:18:34-06', '2024-07-05 09:18:34-06');
INSERT INTO public.cuentas VALUES (1715, 'marisol950', 'Marisol', 'Ortiz Vázquez', 'marisol_ortiz@gmail.com', '+52 55 5722 5458', '$2b$12$jAscbrkxZyZSD0XEH9Y/LrguPANyyrxbCX.O7rj6Lb5jO/A22JdTl', 'correo', NULL, 'comprador', 'gratis', 'activa', 'Privada Los Pinos 1758 Int. 12, Col. Narvarte Poniente', 'Ciudad de México', 'Ciudad de México', 'México', '03020', '187.201.225.92', true, '2020-07-17 18:21:27-06', '2024-02-17 18:21:27-06', '2022-02-27 18:21:27-06');
INSERT INTO public.cuentas VALUES (1721, 'emilie.cote', 'Émilie', 'Côté', 'cote.emilie4@gmail.com', '+15142716724', '$2b$12$SFoYRf0wj.C0nfu8RLwtuUqobv90ga92Mim0Mm3ObfiU.SgSlEq01', 'correo', NULL, 'comprador', 'gratis', 'activa', '2110 Rue Saint-Hubert', 'Montréal', 'QC', 'Canadá', 'H2S 2M5', NULL, true, '2024-08-24 09:51:17-06', '2024-10-05 09:51:17-06', NULL);
INSERT INTO public.cuentas VALUES (1722, 'mreyes', 'Miguel', 'Reyes Medina', 'miguelrey88@hotmail.com', '33-3234-7729', '$2b$12$/hIT/qXHtudSzGbWVcvqqb8tF8jxU5ggwIqn.2qheae23qL/yBzkM', 'correo', NULL, 'comprador', 'gratis', 'activa', 'Av. Vallarta 3746, Col. Americana', 'Guadalajara', 'Jalisco', 'MÉXICO', '44160', '189.158.12.157', true, '2023-04-16 12:50:15-06', '2024-11-20 12:50:15-06', NULL);
INSERT INTO public.cuentas VALUES (1731, 'brendaperez95', 'Brenda', 'Pérez Villaseñor', 'brendaper96@prodigy.net.mx', '(722) 570-8096', '$2b$12$2UsU9jTSqhEGIZdhiutTCLcB9Fg0ny3PmzFFyxZvbXL5Jaqgdx.ZU', 'correo', NULL, 'comprador', 'gratis', 'activa', 'Calle Pino Suárez 466 Int. 5-B, Col. Centro', 'Metepec', 'Estado de México', 'México', '52140', '187.201.40.125', false, '2020-08-03 21:38:33-06', '2020-12-05 21:38:33-06', '2020-10-26 21:38:33-06');
INSERT INTO public.cuentas VALUES (1737, 'maderauribe', 'Camila', 'Uribe Montoya', 'camila_uribe@gmail.com', '+57 304 456 0383', NULL, 'google', '1997-09-04', 'ambos', 'artesano', 'activa', 'Av. Calle 26 # 61-80', 'Bogotá', 'Bogotá D.C.', 'Colombia', '111311', NULL, true, '2020-08-06 13:07:07-06', '2024-09-23 13:07:07-06', NULL);
INSERT INTO public.cuentas VALUES (1745, 'jvargas', 'Jorge', 'Vargas Moreno', 'jorge_vargas@gmail.com', '33 4768 8035', '$2b$12$4qCZadjF7C7KTiKK4xbxfCf4/5dWsQjy3Jb/dQpOLZ1/HcTmlBG4T', 'correo', '2004-07-11', 'comprador', 'gratis', 'activa', 'Calle Abasolo 393, Col. Jauja', 'Tonalá', 'Jalisco', 'Mexico', '45425', '189.155.193.146', true, '2024-02-21 21:56:57-06', '2024-07-31 21:56:57-06', NULL);
INSERT INTO public.cuentas VALUES (1750, 'ximena.mart', 'Ximena', 'Martínez Romero', 'ximenamar87@gmail.com', '+524342822173', '$2b$12$pbDG7K8gcoi.2R6Gyd0HsQOOEdDE1zbAB5dluEcciU4FO8fmzYE3m', 'correo', '1987-09-05', 'comprador', 'gratis', 'activa', 'Calle Matamoros 1432, Col. Centro', 'Pátzcuaro', 'Michoacán', 'Mexico', '61600', '189.158.116.36', true, '2021-03-04 20:40:10-06', '2021-07-23 20:40:10-06', '2021-12-13 20:40:10-06');
INSERT INTO public.cuentas VALUES (1752, 'ruben1417', 'Rubén', 'Vázquez Aguilar', 'rubenvaz74@gmail.com', NULL, '$2b$12$8ljNYqlkamxlPiOewDQducE9nxqYtwLPp3r38z5D3JXNPLF9YqeT7', 'correo', '1974-05-12', 'comprador', 'gratis', 'activa', NULL, NULL, NULL, 'EE. UU.', NULL, '98.252.242.175', true, '2023-10-31 07:40:49-06', '2023-11-15 07:40:49-06', NULL);
INSERT INTO public.cuentas VALUES (1760, 'jessica.inig', 'Jessica', 'Íñiguez Pérez', 'jessica.iniguez@gmail.com', '303-267-2916', '$2b$12$4MzUkM49kdfSkLSqoh3clYe2IeMKVyu3slqE7tPglsLHTNvTFxLqI', 'google', '1960-08-05', 'comprador', 'gratis', 'activa', '375 W Alameda Ave', 'Denver', 'Colorado', 'EEUU', '80219', '98.228.202.93', true, '2021-11-07 12:40:59-06', '2022-06-29 12:40:59-06', NULL);
INSERT INTO public.cuentas VALUES (1767, 'elena_rojas', 'Elena', 'Rojas', 'elena_rojas@outlook.com', '+52 477 603 7872', '$2b$12$WYOOxoLD7HL6jFRFu/H7scHB2soVCBDI3H4owSVVDUUvJTXNKsw2S', 'correo', '1954-10-11', 'comprador', 'plus', 'activa', '4419 SE 82nd Ave Apt 3B', 'Portland', 'Oregón', 'Estados Unidos de América', '97266', '73.132.84.191', true, '2024-03-10 19:11:55-06', '2024-06-09 19:11:55-06', NULL);
INSERT INTO public.cuentas VALUES (1770, 'rociocardenas69', 'Rocío', 'Cárdenas Herrera', 'rcardenas80@live.com', '+1 (915) 833-9777', '$2b$12$Ano5XJYQizMGg.a1Kz4nsvPZ.an.1ARxmQtpEk1cFayr/Pd4xPdrm', 'correo', '1994-02-22', 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, NULL, true, '2022-04-05 21:48:24-06', '2023-08-18 21:48:24-06', NULL);
INSERT INTO public.cuentas VALUES (1772, 'salvador.lope', 'Salvador', 'López Estrada', 'lopez.salvador9@outlook.com', NULL, '$2b$12$z0WJHIGVTnHTO9ap9NZloHJ8ye8wEdaoBlwH1hLsk.KWKlzBMfzr2', 'correo', NULL, 'comprador', 'plus', 'activa', NULL, 'Córdoba', NULL, NULL, NULL, NULL, true, '2023-08-15 12:18:16-06', '2024-01-06 12:18:16-06', NULL);
INSERT INTO public.cuentas VALUES (1776, 'sergio928', 'Sergio', 'Puig Vidal', 'sergio_puig@gmail.com', '+34686427611', '$2b$12$1p7.WfADi4WisbXXN/GO8S4WNm2RBUFnor7XTBao9DuyfFn1iFLDd', 'correo', NULL, 'comprador', 'plus', 'activa', 'Calle de Bravo Murillo 2095, 4º A', 'Madrid', 'Madrid', 'España', '28039', '83.54.163.102', true, '2021-09-17 14:17:03-06', '2024-04-13 14:17:03-06', '2022-11-28 14:17:03-06');
INSERT INTO public.cuentas VALUES (1785, 'alfonso.rive', 'Alfonso', 'Rivera Ochoa', 'arivera8@gmail.com', NULL, '$2b$12$XKoun/Z59apB70SfzNNhGzMCUJjc0SfaRWGNXlyw.CHbP/tukeqrk', 'correo', NULL, 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, NULL, true, '2023-03-08 17:10:56-06', '2024-09-12 17:10:56-06', NULL);
INSERT INTO public.cuentas VALUES (1789, 'catalinafuentes86', 'Catalina', 'Fuentes Araya', 'fuentes.catalina1@gmail.com', NULL, '$2b$12$Ef2B7yf6X3qIBzYSgiHCjXfTicsJkdn5E76JQSj6zRkeD.bt759q0', 'correo', '1990-12-09', 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, NULL, true, '2020-07-06 13:11:04-06', '2024-05-29 13:11:04-06', NULL);
INSERT INTO public.cuentas VALUES (1797, 'ernestomagana99', 'Ernesto', 'Magaña Díaz', 'ernesto.magana@outlook.com', '(33) 9714-5066', '$2b$12$e64r5LwM8LT6i1us7TzC9w0oZW1Ia.yrkjibklGwRkfmvYScz8kw0', 'correo', '1975-03-29', 'comprador', 'gratis', 'activa', NULL, NULL, NULL, 'MÉXICO', '45500', '187.212.111.82', true, '2021-07-19 16:40:53-06', '2024-07-06 16:40:53-06', '2021-08-18 16:40:53-06');
INSERT INTO public.cuentas VALUES (1799, 'sgonzalez', 'Santiago', 'González Sandoval', 'santiago.gonzalez@gmail.com', NULL, '$2b$12$bUU6B/6Lrdy4PPq7rUq5CF1sKZLVFAVFbrNF19QRYAk7bd1JO.O1G', 'correo', '1961-11-02', 'comprador', 'gratis', 'activa', NULL, 'Oaxaca de Juárez', NULL, NULL, NULL, NULL, true, '2022-06-16 10:53:57-06', '2024-07-08 10:53:57-06', NULL);
INSERT INTO public.cuentas VALUES (1806, 'jorgemorales66', 'Jorge', 'Morales Guzmán', 'jorgemorales78@hotmail.com', '+52 81 5529 4913', NULL, 'google', '1978-09-14', 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, NULL, true, '2021-11-21 08:29:16-06', '2023-04-15 08:29:16-06', NULL);
INSERT INTO public.cuentas VALUES (1813, 'mariana.tecu', 'Mariana', 'Tecuapetla González', 'marianatec52@gmail.com', '+522227142975', '$2b$12$o.7p6WsDCNfCYg3mo5G/h4onoys211AS9UVb8LHRrqtkbaPmwcXcZ', 'google', NULL, 'comprador', 'gratis', 'activa', 'Calle Guerrero 2330, Col. La Paz', 'Puebla', 'Pue.', 'México', '72160', '187.201.63.168', true, '2020-10-28 19:33:46-06', '2024-02-08 19:33:46-06', '2022-04-16 19:33:46-06');
INSERT INTO public.cuentas VALUES (1816, 'juanzapata58', 'Juan Camilo', 'Zapata Londoño', 'juanzap61@unal.edu.co', '+573012847817', '$2b$12$tS1D6pytxak0yQdaLpfLCgqcRZV.kVxcMrE5x5Mh2/uWhcG4XKWMh', 'correo', NULL, 'comprador', 'gratis', 'activa', 'Cra. 7 # 61-68', 'Bogotá', 'Bogotá D.C.', 'Colombia', '110221', NULL, true, '2024-08-06 09:56:22-06', '2024-11-23 09:56:22-06', NULL);
INSERT INTO public.cuentas VALUES (1825, 'renzo_chavez', 'Renzo', 'Chávez Ccahuana', 'rchavez90@yahoo.com', '+51 971 114 232', NULL, 'google', '1990-03-15', 'comprador', 'gratis', 'activa', 'Calle Mercaderes 1883', 'Arequipa', 'Arequipa', 'Perú', '04001', NULL, true, '2024-05-28 18:38:10-06', '2024-08-14 18:38:10-06', NULL);
INSERT INTO public.cuentas VALUES (1831, 'emiliano_vargas', 'Emiliano', 'Vargas Rivera', 'emiliano.vargas@outlook.com', '+529515127461', '$2b$12$tsGP1MYQOVg.CxcKzxrfB46PVIlSPJ6nnFa.lQUqDYlJ0DtxRjBMA', 'correo', NULL, 'comprador', 'gratis', 'activa', 'Calle Ocampo 2880, Col. Centro', 'Teotitlán del Valle', 'Oaxaca', 'MÉXICO', '70420', '187.201.183.53', false, '2020-02-19 12:17:11-06', '2021-01-03 12:17:11-06', NULL);
INSERT INTO public.cuentas VALUES (1839, 'cgonzalez', 'Claudia', 'González Barragán', 'claudiagonzalez66@hotmail.com', '+52 999 702 5122', '$2b$12$trm2Pjw6jLRoqPIRz1jC6WgZpvejaPVyxr4MuaJaovnZS3Y801aF6', 'correo', NULL, 'comprador', 'gratis', 'activa', 'Calle Jacarandas 2222, Col. García Ginerés', 'Mérida', 'Yucatán', 'México', '97070', '189.133.17.172', false, '2021-12-21 14:50:35-06', '2023-11-27 14:50:35-06', '2022-11-11 14:50:35-06');
INSERT INTO public.cuentas VALUES (1844, 'ashley_clark', 'Ashley', 'Clark', 'ashleyclark68@gmail.com', '+1 (210) 286-6926', '$2b$12$0hkRz0cgqEsSnjfmXNn3bh8hIXY/FTzmnYsv6dBqWr5t8k1ke.2xT', 'correo', NULL, 'comprador', 'gratis', 'activa', '1159 Zarzamora St Apt 2', 'San Antonio', 'Texas', 'EE. UU.', '78237', '73.228.175.155', true, '2022-08-09 22:26:06-06', '2023-09-14 22:26:06-06', NULL);
INSERT INTO public.cuentas VALUES (1845, 'karla1741', 'Karla', 'Ortega Quintero', 'karla_ortega@outlook.com', NULL, '$2b$12$VIF8.H5CxDF3/CLmkhAv/LRGBRkh.YtH408EsR.Ov/F2ABYI2zRTr', 'correo', '1981-04-02', 'comprador', 'plus', 'suspendida', 'Calle Guerrero 1548 Int. 2, Col. Tabachines', 'Zapopan', 'Jalisco', 'México', '45188', '201.124.147.92', true, '2023-09-20 21:07:58-06', '2023-11-02 21:07:58-06', NULL);
INSERT INTO public.cuentas VALUES (1849, 'juan_uribe', 'Juan Camilo', 'Uribe Restrepo', 'juribe57@live.com', NULL, '$2b$12$dXaogUjS2r4RhIBxLSwReJqDRBL7WR5MvJSjOUzmMVLFpvdMvADo5', 'correo', '1954-11-27', 'comprador', 'gratis', 'activa', NULL, 'Bogotá', NULL, NULL, NULL, NULL, false, '2021-12-15 16:46:50-06', '2024-07-13 16:46:50-06', NULL);
INSERT INTO public.cuentas VALUES (1855, 'danielclark59', 'Daniel', 'Clark', 'dclark75@gmail.com', NULL, '$2b$12$gGqvGtfdLuMzLEaCUXdmF0jbQQmiNEh/qzZ8Y4BTVgXA/eo8AaGhR', 'correo', NULL, 'comprador', 'gratis', 'activa', NULL, NULL, 'Illinois', 'Estados Unidos', NULL, '73.88.49.76', true, '2022-08-17 11:01:30-06', '2023-02-21 11:01:30-06', NULL);
INSERT INTO public.cuentas VALUES (1858, 'lautaro_fernandez', 'Lautaro', 'Fernández', 'lfernandez40@yahoo.com.ar', NULL, '$2b$12$rcZ3GRwMezsPgEaBSFKb2pIwuq.AR4NHpNQun8Ug8vRuf2byb3Nxg', 'correo', NULL, 'comprador', 'gratis', 'activa', NULL, NULL, NULL, NULL, NULL, NULL, true, '2023-09-24 10:25:30-06', '2024-04-01 10:25:30-06', NULL);
INSERT INTO public.cuentas VALUES (1862, 'cuauhtemoc.ibar', 'Cuauhtémoc', 'Ibarra Ochoa', 'cuauhtemoc_ibarra@alumnos.unam.mx', '9675096501', '$2b$12$x6gfQ52EPIEinHbnNbq1jjCQ6jV4DLI7wuFXjFckzVc7nc7.ACaaf', 'correo', NULL, 'comprador', 'gratis', 'activa', 'Av. de las Américas 3236, Col. Centro', 'San Cristóbal de las Casas', 'Chiapas', 'Mexico', '29200', '189.133.3.129', true, '2023-07-31 13:29:49-06', '2024-03-13 13:29:49-06', '2023-11-21 13:29:49-06');
INSERT INTO public.cuentas VALUES (1865, 'eduardoramos88', 'Eduardo', 'Ramos Castillo', 'eduardoramos67@hotmail.com', '(81) 7557-2196', NULL, 'facebook', '1967-04-24', 'comprador', 'gratis', 'activa', 'Calle Morelos 2010, Col. Centro', 'Monterrey', 'Nuevo León', 'México', '64000', '187.201.235.42', true, '2023-02-01 17:20:48-06', '2023-07-18 17:20:48-06', NULL);


--
-- Data for Name: direcciones_envio; Type: TABLE DATA; Schema: public; Owner: mercadito
--

INSERT INTO public.direcciones_envio VALUES (303, 1007, 'Juana Pérez Orozco', 'Calle Zaragoza 3277', 'Las Águilas', 'Zapopan', 'Jalisco', '45080', 'MX', '+523391645061', 'Casa de dos pisos, barda blanca', false, true);
INSERT INTO public.direcciones_envio VALUES (306, 1015, 'Arturo Cárdenas Chávez', 'Calle Abasolo 2808', 'Huexotitla', 'Puebla', 'Puebla', '72534', 'MX', '+522225479303', 'Casa de dos pisos, barda blanca', false, true);
INSERT INTO public.direcciones_envio VALUES (309, 1043, 'Adriana Morales', 'Calle Pedro Moreno 3690 Int. A', 'Centro', 'Toluca', 'Méx.', '50000', 'MX', '+527227478078', 'Edificio con reja verde, 3er piso', false, true);
INSERT INTO public.direcciones_envio VALUES (312, 1046, 'Ramón Bautista Rivera', 'Venloer Str. 1530', NULL, 'Köln', 'Nordrhein-Westfalen', '50823', 'DE', '+4915120382766', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (315, 1047, 'Marisol Gómez Salazar', 'Av. Constitución 1022', 'Roma Norte', 'Ciudad de México', 'Ciudad de México', '06700', 'MX', '55 3529 6647', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (318, 1047, 'Marisol Gómez Salazar', 'Av. Juárez 648', 'Roma Norte', 'Ciudad de México', 'CDMX', '06700', 'MX', '(55) 3529-6647', NULL, false, false);
INSERT INTO public.direcciones_envio VALUES (321, 1058, 'Juliana Souza', 'Rua Barata Ribeiro 2203, apto 104', NULL, 'Rio de Janeiro', 'RJ', '22041-001', 'BR', '+5521992769279', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (323, 1063, 'Gerardo Chávez Cruz', '6345 S Bristol St', NULL, 'Santa Ana', 'CA', '92701', 'US', '714-202-3577', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (326, 1063, 'Gerardo Chávez Cruz', '1330 W 4th St Apt 210', NULL, 'Santa Ana', 'California', '92703', 'US', '714-202-3577', NULL, false, false);
INSERT INTO public.direcciones_envio VALUES (329, 1081, 'David Anderson', '7161 N Blackstone Ave', NULL, 'Fresno', 'CA', '93701', 'US', '+15596596727', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (330, 1084, 'Itzel González Xolalpa', 'Av. Revolución 2534', 'La Paz', 'Puebla', 'Puebla', '72160', 'MX', '(222) 904-6232', 'Edificio con reja verde, 3er piso', false, true);
INSERT INTO public.direcciones_envio VALUES (331, 1106, 'Alfonso Ibarra', 'Calle Matamoros 176', 'Mezquitán Country', 'Guadalajara', 'Jal.', '44260', 'MX', '+52 33 9305 2886', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (332, 1116, 'Leticia Orozco Salazar', 'Av. Juárez 3574', 'Providencia', 'Guadalajara', 'Jalisco', '44630', 'MX', '33 3964 0973', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (333, 1129, 'Christopher Ibarra', '513 W Jefferson Blvd Apt 104', NULL, 'Dallas', 'Texas', '75211', 'US', '+12149190332', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (334, 1134, 'Luisa Fernanda Cardona Arango', 'Calle 5 # 41-32', NULL, 'Cali', 'Valle del Cauca', '760042', 'CO', '+573103255020', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (337, 1149, 'Marisol Zúñiga Ramos', 'Av. Chapultepec 2494', 'García Ginerés', 'Mérida', 'Yuc.', '97070', 'MX', '9997636272', 'Entre calle Morelos y calle Hidalgo', false, true);
INSERT INTO public.direcciones_envio VALUES (339, 1152, 'Irene García', 'Calle Betis 1532', NULL, 'Sevilla', 'Sevilla', '41010', 'ES', '+34659189670', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (340, 1154, 'Alfonso Íñiguez Cervantes', 'Calle Aldama 1534 Int. 3', 'Centro', 'Pátzcuaro', 'Michoacán', '61600', 'MX', '434 838 4513', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (341, 1154, 'Alfonso Íñiguez Cervantes', 'Calle Ocampo 2005', 'Centro', 'Pátzcuaro', 'Michoacán', '61600', 'MX', '(434) 838-4513', 'Casa de dos pisos, barda blanca', false, false);
INSERT INTO public.direcciones_envio VALUES (343, 1172, 'Lautaro Ferrari', 'Gorriti 1266', NULL, 'Buenos Aires', 'CABA', 'C1414DBA', 'AR', '+54 9 11 6980-0383', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (346, 1181, 'Juan Ibarra Sandoval', 'Calle Jacarandas 1501', 'La Paz', 'Puebla', 'Puebla', '72160', 'MX', '(222) 977-6095', 'Edificio con reja verde, 3er piso', false, true);
INSERT INTO public.direcciones_envio VALUES (349, 1195, 'Marc-André Gagnon', '1800 Commercial Dr', NULL, 'Vancouver', 'BC', 'V5L 3X2', 'CA', NULL, NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (352, 1203, 'Mariana Medina', 'Calle Colibrí 2557', 'Centro', 'Oaxaca de Juárez', 'Oax.', '68000', 'MX', '+529514962302', 'Tocar el timbre del departamento', false, true);
INSERT INTO public.direcciones_envio VALUES (354, 1246, 'Jhon Mamani Flores', 'Av. Larco 51, Miraflores', NULL, 'Lima', 'Lima', '15074', 'PE', '+51966981256', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (355, 1256, 'Guadalupe Ortega Guzmán', 'Calle Emiliano Zapata 1629 Int. A', 'Santa Teresita', 'Guadalajara', 'Jalisco', '44600', 'MX', '+523389718191', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (358, 1256, 'Guadalupe Ortega Guzmán', 'Calle Ocampo 3558', 'Ladrón de Guevara', 'Guadalajara', 'JALISCO', '44600', 'MX', '+523389718191', NULL, false, false);
INSERT INTO public.direcciones_envio VALUES (361, 1264, 'Brian Brown', '4978 Telephone Rd', NULL, 'Houston', 'TX', '77011', 'US', '+17133993062', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (364, 1267, 'Nayeli Contreras', '5977 S Central Ave', NULL, 'Phoenix', 'AZ', '85009', 'US', '+16025268116', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (367, 1283, 'Sofía Cervantes Villaseñor', '2260 W Jefferson Blvd Apt 104', NULL, 'Dallas', 'TX', '75228', 'US', '(469) 200-9602', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (369, 1297, 'Claudia Juárez Tecuapetla', 'Calle Colibrí 2593', 'Lafayette', 'Guadalajara', 'JALISCO', '44150', 'MX', '33 3645 4383', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (372, 1300, 'Sarah López Xolalpa', '314 Oak Ridge Rd', NULL, 'Orlando', 'Florida', '32822', 'US', '407.378.0121', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (375, 1302, 'Marta Martín Puig', 'Calle Ledesma 1151, 2º B', NULL, 'Bilbao', 'Bizkaia', '48003', 'ES', NULL, NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (377, 1317, 'Patricia Magaña Flores', 'Av. Independencia 719', 'Condesa', 'Ciudad de México', 'Ciudad de México', '06140', 'MX', '55 4921 1948', 'Segunda casa después del tope', false, true);
INSERT INTO public.direcciones_envio VALUES (379, 1325, 'Eduardo Méndez Cárdenas', 'Calle Allende 1176', 'Centro', 'Morelia', 'Michoacán', '58000', 'MX', '(443) 627-1321', 'Dejar en caseta de vigilancia', false, true);
INSERT INTO public.direcciones_envio VALUES (381, 1337, 'Ricardo Guzmán Orozco', 'Calle Matamoros 3164', 'Narvarte Poniente', 'Ciudad de México', 'CDMX', '03020', 'MX', '55 5037 8820', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (382, 1344, 'Guadalupe Ortega Álvarez', 'Av. Revolución 1868', 'Chapalita', 'Guadalajara', 'JALISCO', '44500', 'MX', '33 6122 0950', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (383, 1344, 'Guadalupe Ortega Álvarez', 'Calle Ocampo 1204 Int. 5-B', 'Oblatos', 'Guadalajara', 'Jal.', '44700', 'MX', '3361220950', NULL, false, false);
INSERT INTO public.direcciones_envio VALUES (386, 1348, 'Kevin Padilla', '2857 W 181st St', NULL, 'New York', 'New York', '10032', 'US', '(917) 326-0801', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (388, 1370, 'Lucía Gómez Ferrer', 'Carrer de Verdi 1122, 9r 3a', NULL, 'Barcelona', 'Barcelona', '08025', 'ES', '+34675531613', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (389, 1376, 'Claudia Ramos Villaseñor', '5656 S Ashland Ave Apt 3B', NULL, 'Chicago', 'IL', '60608', 'US', '+1 (312) 818-3730', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (390, 1377, 'Francisco Medina Ochoa', 'Av. Constitución 1402', 'Ladrón de Guevara', 'Guadalajara', 'JALISCO', '44600', 'MX', '+523332599661', 'A un costado de la farmacia', false, true);
INSERT INTO public.direcciones_envio VALUES (392, 1384, 'Abril Salazar', 'Calle Guerrero 1713', 'Centro', 'Tonalá', 'Jalisco', '45400', 'MX', NULL, 'Casa azul con portón negro', false, true);
INSERT INTO public.direcciones_envio VALUES (393, 1389, 'Brenda Xolalpa Mendoza', '3296 Buford Hwy Apt 12', NULL, 'Doraville', 'Georgia', '30340', 'US', NULL, NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (396, 1398, 'Leticia Luna Contreras', '3458 W Ajo Way', NULL, 'Tucson', 'Arizona', '85705', 'US', '520-266-2114', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (397, 1402, 'Ryan Villaseñor Salazar', '9836 Zarzamora St Apt 2', NULL, 'San Antonio', 'TX', '78237', 'US', '(210) 458-0766', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (400, 1411, 'Armando Barragán Rivera', 'Av. Independencia 2193 Int. 2', 'Oblatos', 'Guadalajara', 'Jal.', '44700', 'MX', '33-2051-0925', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (401, 1414, 'Sofía Quintero Cuautle', 'Calle Allende 3709', 'Oblatos', 'Guadalajara', 'JALISCO', '44700', 'MX', '+52 33 8928 1631', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (402, 1421, 'Steven Méndez Estrada', '3630 S Semoran Blvd', NULL, 'Orlando', 'Florida', '32839', 'US', '+14076025057', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (403, 1428, 'Alejandra Guzmán', 'Calle Guerrero 503', 'Centro', 'Aguascalientes', 'Ags.', '20000', 'MX', '4499356753', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (404, 1428, 'Alejandra Guzmán Ramos', 'Av. Independencia 1237', 'Centro', 'Aguascalientes', 'Ags.', '20000', 'MX', '449 935 6753', NULL, false, false);
INSERT INTO public.direcciones_envio VALUES (406, 1445, 'Sergio Xolalpa Jiménez', 'Calle Matamoros 1571', 'Barrio de Mexicanos', 'San Cristóbal de las Casas', 'Chiapas', '29240', 'MX', NULL, NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (409, 1451, 'Rodrigo Cuautle Rivera', 'Calle Colibrí 287', 'Jurica', 'Querétaro', 'Qro.', '76100', 'MX', '(442) 430-9982', 'Casa de dos pisos, barda blanca', false, true);
INSERT INTO public.direcciones_envio VALUES (410, 1457, 'Claudia Torres Romero', 'Av. Constitución 3097', 'Centro', 'Oaxaca de Juárez', 'Oaxaca', '68000', 'MX', NULL, NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (411, 1460, 'Renata Rivera Romero', 'Av. Revolución 2809', 'Huexotitla', 'Puebla', 'Puebla', '72534', 'MX', '222 482 2450', 'Dejar en caseta de vigilancia', false, true);
INSERT INTO public.direcciones_envio VALUES (413, 1484, 'Gonzalo Bianchi', 'Av. San Martín 1294', NULL, 'Mendoza', 'Mendoza', '5500', 'AR', '+5492614740315', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (414, 1488, 'Francisca Silva Muñoz', 'Barros Arana 971', NULL, 'Concepción', 'Región del Biobío', '4030000', 'CL', '+56952334084', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (415, 1511, 'Abel Villaseñor Zúñiga', 'Calle Libertad 850', 'Arcos Vallarta', 'Guadalajara', 'Jalisco', '44130', 'MX', '3352033258', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (417, 1517, 'Marisol Padilla Tapia', '4063 W Thomas Rd Apt 12', NULL, 'Phoenix', 'Arizona', '85009', 'US', NULL, NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (418, 1523, 'Andrea Vargas Nava', 'Calle Abasolo 696', 'Ciudad Granja', 'Zapopan', 'Jalisco', '45010', 'MX', NULL, 'Edificio con reja verde, 3er piso', false, true);
INSERT INTO public.direcciones_envio VALUES (421, 1531, 'Leticia Sandoval Martínez', 'Av. Revolución 1010', 'Escandón', 'Ciudad de México', 'CDMX', '11800', 'MX', '+52 55 4254 6487', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (424, 1540, 'Andrea Guzmán', 'Calle Pedro Moreno 1152', 'Coyoacán Centro', 'Ciudad de México', 'CDMX', '04000', 'MX', '5673288897', 'A un costado de la farmacia', false, true);
INSERT INTO public.direcciones_envio VALUES (425, 1548, 'Rocío Flores Íñiguez', 'Calle Pedro Moreno 1451', 'Centro', 'Oaxaca de Juárez', 'Oaxaca', '68000', 'MX', '+529516053620', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (426, 1554, 'Yolanda García Vázquez', 'Av. de las Américas 1351 Int. 3', 'Ciudad Granja', 'Zapopan', 'Jal.', '45010', 'MX', '+523349326810', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (427, 1561, 'Beatriz Vargas Orozco', '985 W McDowell Rd', NULL, 'Phoenix', 'AZ', '85009', 'US', '(480) 761-3593', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (428, 1587, 'Arturo Rojas Xolalpa', 'Calle Abasolo 2292', 'Jardines del Bosque', 'Guadalajara', 'JALISCO', '44520', 'MX', '33-6594-9007', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (430, 1587, 'Arturo Rojas Xolalpa', 'Av. Revolución 1553', 'Jardines del Bosque', 'Guadalajara', 'Jal.', '44520', 'MX', '3365949007', 'Edificio con reja verde, 3er piso', false, false);
INSERT INTO public.direcciones_envio VALUES (432, 1601, 'Natalia Ruiz', '7717 Alameda Ave', NULL, 'El Paso', 'Texas', '79901', 'US', NULL, NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (433, 1606, 'Citlali Reyes', 'Av. de las Américas 1231', 'Jardines del Moral', 'León', 'Guanajuato', '37160', 'MX', NULL, NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (434, 1621, 'Mateo Aguilar', 'Privada Los Pinos 2514', 'Jardines Universidad', 'Zapopan', 'Jalisco', '45110', 'MX', '+523358170854', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (437, 1623, 'Sergio Domínguez Morales', 'Calle Pino Suárez 254', 'Doctores', 'Ciudad de México', 'CDMX', '06720', 'MX', NULL, 'A un costado de la farmacia', false, true);
INSERT INTO public.direcciones_envio VALUES (439, 1632, 'Vicente Araya', 'Barros Arana 397', NULL, 'Concepción', 'Región del Biobío', '4030000', 'CL', '+56998965609', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (442, 1639, 'Elena Pascual Ferrer', 'Calle Betis 236', NULL, 'Sevilla', 'Sevilla', '41010', 'ES', '692 90 73 22', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (444, 1651, 'Renata Cruz', 'Calle Libertad 906', 'Barrio de Mexicanos', 'San Cristóbal de las Casas', 'Chiapas', '29240', 'MX', '967 469 9502', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (447, 1663, 'Adriana Villaseñor Jiménez', 'Calle Libertad 1942', 'Puerta de Hierro', 'Zapopan', 'Jal.', '45116', 'MX', '+523398586953', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (449, 1668, 'Emiliano Sánchez', '6587 Navigation Blvd Apt 12', NULL, 'Houston', 'TX', '77036', 'US', '+1 (713) 819-3496', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (451, 1668, 'Emiliano Sánchez', '928 Hillcroft Ave', NULL, 'Houston', 'Texas', '77011', 'US', '+1 713 819 3496', NULL, false, false);
INSERT INTO public.direcciones_envio VALUES (454, 1682, 'Beatriz Rojas', 'Calle Hidalgo 3538', 'Centro', 'Mérida', 'Yucatán', '97000', 'MX', '+52 999 500 7511', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (456, 1684, 'Itzel Tecuapetla Rivera', 'Av. de las Américas 2103 Int. 3', 'Doctores', 'Ciudad de México', 'D.F.', '06720', 'MX', '+525676951807', 'Frente a la tienda de abarrotes', false, true);
INSERT INTO public.direcciones_envio VALUES (457, 1684, 'Itzel Tecuapetla Rivera', 'Av. de las Américas 1002 Int. B', 'Polanco V Sección', 'Ciudad de México', 'Ciudad de México', '11560', 'MX', '+525676951807', NULL, false, false);
INSERT INTO public.direcciones_envio VALUES (460, 1686, 'Rosa Cervantes Velázquez', 'Calle Hidalgo 3255', 'Jalatlaco', 'Oaxaca de Juárez', 'Oaxaca', '68080', 'MX', '9515174861', 'Segunda casa después del tope', false, true);
INSERT INTO public.direcciones_envio VALUES (462, 1686, 'Rosa Cervantes Velázquez', 'Calle Emiliano Zapata 857', 'Reforma', 'Oaxaca de Juárez', 'Oax.', '68050', 'MX', '(951) 517-4861', NULL, false, false);
INSERT INTO public.direcciones_envio VALUES (465, 1695, 'Rocío Aguilar López', 'Calle Pedro Moreno 2722', 'Mezquitán Country', 'Guadalajara', 'JALISCO', '44260', 'MX', '33-3928-4701', 'Dejar en caseta de vigilancia', false, true);
INSERT INTO public.direcciones_envio VALUES (467, 1695, 'Rocío Aguilar López', 'Calle Libertad 3557', 'Americana', 'Guadalajara', 'JALISCO', '44160', 'MX', '33 3928 4701', 'Dejar en caseta de vigilancia', false, false);
INSERT INTO public.direcciones_envio VALUES (468, 1701, 'Jorge Castro Nava', 'Calle Colibrí 2182 Int. A', 'Centro', 'Mérida', 'Yucatán', '97000', 'MX', '999 363 7804', 'Frente a la tienda de abarrotes', false, true);
INSERT INTO public.direcciones_envio VALUES (471, 1701, 'Jorge Castro', 'Av. Chapultepec 663', 'García Ginerés', 'Mérida', 'Yuc.', '97070', 'MX', '999 363 7804', NULL, false, false);
INSERT INTO public.direcciones_envio VALUES (472, 1704, 'Kevin Magaña Guzmán', '8180 Cesar E Chavez Ave', NULL, 'Los Angeles', 'CA', '90063', 'US', NULL, NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (475, 1711, 'Guadalupe Bautista Díaz', 'Calle Colibrí 1413', 'Centro', 'Veracruz', 'Veracruz', '91700', 'MX', '(229) 970-4150', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (477, 1713, 'Mariana Ortiz Íñiguez', 'Calle Libertad 3789', 'Tabachines', 'Zapopan', 'Jalisco', '45188', 'MX', '33 9099 3852', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (479, 1715, 'Marisol Ortiz Vázquez', 'Privada Los Pinos 1758 Int. 12', 'Narvarte Poniente', 'Ciudad de México', 'Ciudad de México', '03020', 'MX', '+52 55 5722 5458', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (482, 1715, 'Marisol Ortiz Vázquez', 'Calle Abasolo 3695', 'Narvarte Poniente', 'Ciudad de México', 'D.F.', '03020', 'MX', '+52 55 5722 5458', NULL, false, false);
INSERT INTO public.direcciones_envio VALUES (484, 1721, 'Émilie Côté', '2110 Rue Saint-Hubert', NULL, 'Montréal', 'QC', 'H2S 2M5', 'CA', '+15142716724', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (487, 1722, 'Miguel Reyes', 'Av. Vallarta 3746', 'Americana', 'Guadalajara', 'Jalisco', '44160', 'MX', '3332347729', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (490, 1722, 'Miguel Reyes Medina', 'Calle Matamoros 833 Int. 12', 'Providencia', 'Guadalajara', 'Jalisco', '44630', 'MX', '3332347729', 'A un costado de la farmacia', false, false);
INSERT INTO public.direcciones_envio VALUES (491, 1731, 'Brenda Pérez Villaseñor', 'Calle Pino Suárez 466 Int. 5-B', 'Centro', 'Metepec', 'Estado de México', '52140', 'MX', '7225708096', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (494, 1737, 'Camila Uribe Montoya', 'Av. Calle 26 # 61-80', NULL, 'Bogotá', 'Bogotá D.C.', '111311', 'CO', '+57 304 456 0383', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (496, 1745, 'Jorge Vargas', 'Calle Abasolo 393', 'Jauja', 'Tonalá', 'Jalisco', '45425', 'MX', '33-4768-8035', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (499, 1750, 'Ximena Martínez Romero', 'Calle Matamoros 1432', 'Centro', 'Pátzcuaro', 'Michoacán', '61600', 'MX', '+524342822173', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (501, 1760, 'Jessica Íñiguez Pérez', '375 W Alameda Ave', NULL, 'Denver', 'CO', '80219', 'US', '303.267.2916', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (503, 1767, 'Elena Rojas', '4419 SE 82nd Ave Apt 3B', NULL, 'Portland', 'Oregon', '97266', 'US', NULL, NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (505, 1776, 'Sergio Puig Vidal', 'Calle de Bravo Murillo 2095, 4º A', NULL, 'Madrid', 'Madrid', '28039', 'ES', '+34686427611', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (508, 1813, 'Mariana Tecuapetla González', 'Calle Guerrero 2330', 'La Paz', 'Puebla', 'Pue.', '72160', 'MX', '+522227142975', 'Frente a la tienda de abarrotes', false, true);
INSERT INTO public.direcciones_envio VALUES (509, 1816, 'Juan Camilo Zapata Londoño', 'Cra. 7 # 61-68', NULL, 'Bogotá', 'Bogotá D.C.', '110221', 'CO', '+573012847817', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (511, 1825, 'Renzo Chávez', 'Calle Mercaderes 1883', NULL, 'Arequipa', 'Arequipa', '04001', 'PE', '+51 971 114 232', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (512, 1831, 'Emiliano Vargas Rivera', 'Calle Ocampo 2880', 'Centro', 'Teotitlán del Valle', 'Oaxaca', '70420', 'MX', '+529515127461', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (513, 1831, 'Emiliano Vargas Rivera', 'Calle Allende 2233', 'Centro', 'Teotitlán del Valle', 'Oaxaca', '70420', 'MX', '+529515127461', NULL, false, false);
INSERT INTO public.direcciones_envio VALUES (516, 1839, 'Claudia González Barragán', 'Calle Jacarandas 2222', 'García Ginerés', 'Mérida', 'Yucatán', '97070', 'MX', '+52 999 702 5122', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (518, 1839, 'Claudia González Barragán', 'Av. de las Américas 935', 'Itzimná', 'Mérida', 'Yuc.', '97100', 'MX', '+52 999 702 5122', 'Frente a la tienda de abarrotes', false, false);
INSERT INTO public.direcciones_envio VALUES (521, 1844, 'Ashley Clark', '1159 Zarzamora St Apt 2', NULL, 'San Antonio', 'TX', '78237', 'US', '+1-210-286-6926', NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (523, 1845, 'Karla Ortega Quintero', 'Calle Guerrero 1548 Int. 2', 'Tabachines', 'Zapopan', 'Jalisco', '45188', 'MX', NULL, NULL, false, true);
INSERT INTO public.direcciones_envio VALUES (526, 1845, 'Karla Ortega Quintero', 'Av. Vallarta 280 Int. 3', 'Jardines Universidad', 'Zapopan', 'Jalisco', '45110', 'MX', NULL, NULL, false, false);
INSERT INTO public.direcciones_envio VALUES (528, 1862, 'Cuauhtémoc Ibarra Ochoa', 'Av. de las Américas 3236', 'Centro', 'San Cristóbal de las Casas', 'Chiapas', '29200', 'MX', '(967) 509-6501', 'A un costado de la farmacia', false, true);
INSERT INTO public.direcciones_envio VALUES (529, 1865, 'Eduardo Ramos Castillo', 'Calle Morelos 2010', 'Centro', 'Monterrey', 'Nuevo León', '64000', 'MX', '81 7557 2196', 'Casa de dos pisos, barda blanca', false, true);
INSERT INTO public.direcciones_envio VALUES (530, 1063, 'Rocío Chávez González', 'Calle Morelos 233', 'Centro', 'Taxco de Alarcón', 'Gro.', '40200', 'MX', NULL, NULL, true, false);
INSERT INTO public.direcciones_envio VALUES (533, 1081, 'Roberto Vargas', 'Calle Colibrí 2239', 'Jalatlaco', 'Oaxaca de Juárez', 'Oaxaca', '68080', 'MX', '951 974 5350', 'Edificio con reja verde, 3er piso', true, false);
INSERT INTO public.direcciones_envio VALUES (535, 1129, 'Mariana Ibarra Juárez', 'Calle 5 de Mayo 1191 Int. A', 'Supermanzana 22', 'Cancún', 'Q. Roo', '77500', 'MX', NULL, NULL, true, false);
INSERT INTO public.direcciones_envio VALUES (538, 1264, 'Yolanda Brown', 'Calle Pedro Moreno 1404', 'Centro', 'Mérida', 'Yucatán', '97000', 'MX', '+52 999 514 4418', NULL, true, false);
INSERT INTO public.direcciones_envio VALUES (541, 1267, 'Alfonso Contreras', 'Calle Allende 2334 Int. 12', 'Obispado', 'Monterrey', 'N.L.', '64060', 'MX', NULL, NULL, true, false);
INSERT INTO public.direcciones_envio VALUES (544, 1283, 'Xóchitl Anguiano', 'Av. Vallarta 1883', 'Jardines del Bosque', 'Guadalajara', 'Jalisco', '44520', 'MX', NULL, NULL, true, false);
INSERT INTO public.direcciones_envio VALUES (547, 1300, 'Raúl López Ortiz', 'Calle Guerrero 1372', 'Arcos Vallarta', 'Guadalajara', 'Jalisco', '44130', 'MX', '+52 33 9465 5712', NULL, true, false);
INSERT INTO public.direcciones_envio VALUES (548, 1348, 'Leticia Padilla', 'Calle Abasolo 2036', 'Polanco V Sección', 'Ciudad de México', 'Ciudad de México', '11560', 'MX', '+52 56 5179 7910', NULL, true, false);
INSERT INTO public.direcciones_envio VALUES (550, 1116, 'Claudia Orozco', 'Calle Guerrero 1001', 'Providencia', 'Guadalajara', 'Jalisco', '44630', 'MX', NULL, 'Frente a la tienda de abarrotes', true, false);
INSERT INTO public.direcciones_envio VALUES (553, 1154, 'Rubén Íñiguez', 'Calle Emiliano Zapata 1541 Int. A', 'Huexotitla', 'Puebla', 'Pue.', '72534', 'MX', '(222) 804-1201', NULL, true, false);
INSERT INTO public.direcciones_envio VALUES (554, 1297, 'Araceli Tapia', 'Calle Zaragoza 1408', 'Jardines del Moral', 'León', 'Guanajuato', '37160', 'MX', NULL, NULL, true, false);
INSERT INTO public.direcciones_envio VALUES (556, 1384, 'Alejandra Salazar Domínguez', 'Av. Chapultepec 1046', 'Narvarte Poniente', 'Ciudad de México', 'CDMX', '03020', 'MX', '+52 56 7235 4717', 'A un costado de la farmacia', true, false);
INSERT INTO public.direcciones_envio VALUES (558, 1460, 'Araceli Jiménez Gutiérrez', 'Calle Abasolo 3702', 'Jardines del Bosque', 'Guadalajara', 'Jalisco', '44520', 'MX', NULL, NULL, true, false);
INSERT INTO public.direcciones_envio VALUES (559, 1511, 'Mariana Villaseñor Villaseñor', 'Av. Juárez 2898', 'Jalatlaco', 'Oaxaca de Juárez', 'Oax.', '68080', 'MX', '9515791699', 'Tocar el timbre del departamento', true, false);
INSERT INTO public.direcciones_envio VALUES (562, 1523, 'Dulce Vargas Morales', '7033 Pecan Blvd', NULL, 'McAllen', 'TX', '78504', 'US', NULL, NULL, true, false);
INSERT INTO public.direcciones_envio VALUES (564, 1531, 'Mateo Nava Chávez', '7523 W Jefferson Blvd', NULL, 'Dallas', 'TX', '75228', 'US', NULL, NULL, true, false);
INSERT INTO public.direcciones_envio VALUES (567, 1540, 'Carlos Cuautle Rodríguez', '8238 Cesar E Chavez Ave', NULL, 'Los Angeles', 'CA', '90022', 'US', '323-666-3946', NULL, true, false);
INSERT INTO public.direcciones_envio VALUES (570, 1152, 'Carlos Díaz Salazar', 'Calle Abasolo 1136', 'Jardines Universidad', 'Zapopan', 'Jal.', '45110', 'MX', NULL, 'Tocar el timbre del departamento', true, false);
INSERT INTO public.direcciones_envio VALUES (572, 1172, 'Laia García Navarro', 'Carrer de Verdi 1192, 5r 3a', NULL, 'Barcelona', 'Barcelona', '08014', 'ES', '+34 687 423 255', NULL, true, false);
INSERT INTO public.direcciones_envio VALUES (575, 1039, 'Joaquín Lozano Medina', 'Av. Vallarta 1760', 'Oblatos', 'Guadalajara', 'JALISCO', '44700', 'MX', '33 6597 1501', 'Entre calle Morelos y calle Hidalgo', true, false);
INSERT INTO public.direcciones_envio VALUES (577, 1221, 'Héctor Estrada Reyes', 'Calle Hidalgo 149 Int. 3', 'Centro', 'Mérida', 'Yucatán', '97000', 'MX', '+52 999 574 5377', 'Tocar el timbre del departamento', true, false);
INSERT INTO public.direcciones_envio VALUES (579, 1435, 'Efraín Cárdenas Moreno', 'Av. Chapultepec 444', 'Ladrón de Guevara', 'Guadalajara', 'Jalisco', '44600', 'MX', '33 3318 2602', 'Tocar el timbre del departamento', true, false);
INSERT INTO public.direcciones_envio VALUES (582, 1022, 'Claudia Guzmán Aguilar', 'Calle Hidalgo 3727 Int. A', 'Jardines del Bosque', 'Guadalajara', 'Jalisco', '44520', 'MX', '+52 33 2573 3694', 'Segunda casa después del tope', true, false);
INSERT INTO public.direcciones_envio VALUES (584, 1319, 'Juan Luna Magaña', 'Calle Pedro Moreno 3588', 'Portales Norte', 'Ciudad de México', 'D.F.', '03300', 'MX', '56-8255-2445', 'A un costado de la farmacia', true, false);
INSERT INTO public.direcciones_envio VALUES (585, 1071, 'Salvador Cervantes', 'Calle Pino Suárez 2170', 'Supermanzana 15', 'Cancún', 'Q. Roo', '77505', 'MX', '(998) 426-9971', NULL, true, false);


--
-- Data for Name: pedido_items; Type: TABLE DATA; Schema: public; Owner: mercadito
--

INSERT INTO public.pedido_items VALUES (90001, 48012, 5077, 1, 250.00);
INSERT INTO public.pedido_items VALUES (90002, 48019, 5137, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90003, 48026, 5131, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90004, 48029, 5147, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90005, 48044, 5231, 1, 250.00);
INSERT INTO public.pedido_items VALUES (90006, 48046, 5035, 3, 450.00);
INSERT INTO public.pedido_items VALUES (90007, 48053, 5053, 3, 180.00);
INSERT INTO public.pedido_items VALUES (90008, 48067, 5269, 1, 1250.00);
INSERT INTO public.pedido_items VALUES (90009, 48069, 5060, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90010, 48080, 5274, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90011, 48090, 5260, 3, 2400.00);
INSERT INTO public.pedido_items VALUES (90012, 48099, 5186, 2, 590.00);
INSERT INTO public.pedido_items VALUES (90013, 48100, 5159, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90014, 48109, 5257, 1, 250.00);
INSERT INTO public.pedido_items VALUES (90015, 48125, 5210, 2, 1800.00);
INSERT INTO public.pedido_items VALUES (90016, 48126, 5074, 2, 950.00);
INSERT INTO public.pedido_items VALUES (90017, 48130, 5128, 2, 180.00);
INSERT INTO public.pedido_items VALUES (90018, 48131, 5282, 1, 1250.00);
INSERT INTO public.pedido_items VALUES (90019, 48146, 5023, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90020, 48152, 5245, 3, 780.00);
INSERT INTO public.pedido_items VALUES (90021, 48165, 5294, 3, 320.00);
INSERT INTO public.pedido_items VALUES (90022, 48177, 5121, 1, 450.00);
INSERT INTO public.pedido_items VALUES (90023, 48188, 5092, 2, 780.00);
INSERT INTO public.pedido_items VALUES (90024, 48189, 5146, 1, 180.00);
INSERT INTO public.pedido_items VALUES (90025, 48190, 5171, 2, 1250.00);
INSERT INTO public.pedido_items VALUES (90026, 48197, 5144, 1, 450.00);
INSERT INTO public.pedido_items VALUES (90027, 48208, 5157, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90028, 48211, 5182, 1, 250.00);
INSERT INTO public.pedido_items VALUES (90029, 48225, 5079, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90030, 48233, 5013, 1, 590.00);
INSERT INTO public.pedido_items VALUES (90031, 48234, 5088, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90032, 48238, 5271, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90033, 48250, 5226, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90034, 48267, 5285, 1, 3600.00);
INSERT INTO public.pedido_items VALUES (90035, 48271, 5226, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90036, 48276, 5030, 1, 2400.00);
INSERT INTO public.pedido_items VALUES (90037, 48279, 5174, 1, 2400.00);
INSERT INTO public.pedido_items VALUES (90038, 48296, 5002, 3, 590.00);
INSERT INTO public.pedido_items VALUES (90039, 48309, 5174, 3, 2400.00);
INSERT INTO public.pedido_items VALUES (90040, 48318, 5215, 2, 780.00);
INSERT INTO public.pedido_items VALUES (90041, 48325, 5026, 2, 320.00);
INSERT INTO public.pedido_items VALUES (90042, 48329, 5079, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90043, 48345, 5254, 3, 780.00);
INSERT INTO public.pedido_items VALUES (90044, 48350, 5206, 2, 1250.00);
INSERT INTO public.pedido_items VALUES (90045, 48351, 5260, 1, 2400.00);
INSERT INTO public.pedido_items VALUES (90046, 48368, 5064, 3, 1250.00);
INSERT INTO public.pedido_items VALUES (90047, 48368, 5071, 2, 250.00);
INSERT INTO public.pedido_items VALUES (90048, 48369, 5087, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90049, 48380, 5305, 1, 3600.00);
INSERT INTO public.pedido_items VALUES (90050, 48388, 5009, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90051, 48390, 5192, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90052, 48401, 5157, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90053, 48408, 5168, 3, 950.00);
INSERT INTO public.pedido_items VALUES (90054, 48416, 5064, 2, 1250.00);
INSERT INTO public.pedido_items VALUES (90055, 48424, 5030, 2, 2400.00);
INSERT INTO public.pedido_items VALUES (90056, 48440, 5305, 3, 3600.00);
INSERT INTO public.pedido_items VALUES (90057, 48447, 5032, 1, 590.00);
INSERT INTO public.pedido_items VALUES (90058, 48460, 5030, 1, 2400.00);
INSERT INTO public.pedido_items VALUES (90059, 48463, 5035, 2, 450.00);
INSERT INTO public.pedido_items VALUES (90060, 48476, 5264, 3, 1800.00);
INSERT INTO public.pedido_items VALUES (90061, 48488, 5174, 1, 2400.00);
INSERT INTO public.pedido_items VALUES (90062, 48493, 5269, 3, 1250.00);
INSERT INTO public.pedido_items VALUES (90063, 48499, 5029, 3, 950.00);
INSERT INTO public.pedido_items VALUES (90064, 48506, 5292, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90065, 48509, 5210, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90066, 48519, 5215, 2, 780.00);
INSERT INTO public.pedido_items VALUES (90067, 48531, 5159, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90068, 48534, 5301, 1, 250.00);
INSERT INTO public.pedido_items VALUES (90069, 48545, 5032, 1, 590.00);
INSERT INTO public.pedido_items VALUES (90070, 48554, 5011, 3, 320.00);
INSERT INTO public.pedido_items VALUES (90071, 48555, 5110, 1, 590.00);
INSERT INTO public.pedido_items VALUES (90072, 48564, 5166, 1, 450.00);
INSERT INTO public.pedido_items VALUES (90073, 48569, 5235, 1, 590.00);
INSERT INTO public.pedido_items VALUES (90074, 48585, 5087, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90075, 48595, 5247, 3, 1250.00);
INSERT INTO public.pedido_items VALUES (90076, 48607, 5131, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90077, 48609, 5092, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90078, 48625, 5204, 3, 2400.00);
INSERT INTO public.pedido_items VALUES (90079, 48632, 5212, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90080, 48638, 5226, 2, 950.00);
INSERT INTO public.pedido_items VALUES (90081, 48655, 5112, 2, 3600.00);
INSERT INTO public.pedido_items VALUES (90082, 48658, 5106, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90083, 48665, 5125, 1, 180.00);
INSERT INTO public.pedido_items VALUES (90084, 48675, 5198, 1, 180.00);
INSERT INTO public.pedido_items VALUES (90085, 48690, 5078, 3, 950.00);
INSERT INTO public.pedido_items VALUES (90086, 48705, 5221, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90087, 48718, 5116, 3, 3600.00);
INSERT INTO public.pedido_items VALUES (90088, 48719, 5030, 2, 2400.00);
INSERT INTO public.pedido_items VALUES (90089, 48721, 5231, 2, 250.00);
INSERT INTO public.pedido_items VALUES (90090, 48726, 5240, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90091, 48739, 5305, 3, 3600.00);
INSERT INTO public.pedido_items VALUES (90092, 48743, 5137, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90093, 48745, 5161, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90094, 48760, 5159, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90095, 48765, 5224, 2, 3600.00);
INSERT INTO public.pedido_items VALUES (90096, 48779, 5260, 1, 2400.00);
INSERT INTO public.pedido_items VALUES (90097, 48784, 5297, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90098, 48796, 5204, 2, 2400.00);
INSERT INTO public.pedido_items VALUES (90099, 48810, 5064, 1, 1250.00);
INSERT INTO public.pedido_items VALUES (90100, 48822, 5218, 2, 1800.00);
INSERT INTO public.pedido_items VALUES (90101, 48831, 5285, 2, 3600.00);
INSERT INTO public.pedido_items VALUES (90102, 48845, 5192, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90103, 48857, 5125, 1, 180.00);
INSERT INTO public.pedido_items VALUES (90104, 48872, 5112, 2, 3600.00);
INSERT INTO public.pedido_items VALUES (90105, 48880, 5314, 3, 780.00);
INSERT INTO public.pedido_items VALUES (90106, 48884, 5064, 2, 1250.00);
INSERT INTO public.pedido_items VALUES (90107, 48899, 5147, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90108, 48909, 5231, 1, 250.00);
INSERT INTO public.pedido_items VALUES (90109, 48914, 5136, 1, 2400.00);
INSERT INTO public.pedido_items VALUES (90110, 48928, 5132, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90111, 48944, 5015, 1, 180.00);
INSERT INTO public.pedido_items VALUES (90112, 48945, 5174, 1, 2400.00);
INSERT INTO public.pedido_items VALUES (90113, 48960, 5151, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90114, 48965, 5189, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90115, 48971, 5188, 1, 250.00);
INSERT INTO public.pedido_items VALUES (90116, 48974, 5038, 3, 320.00);
INSERT INTO public.pedido_items VALUES (90117, 48991, 5269, 1, 1250.00);
INSERT INTO public.pedido_items VALUES (90118, 49001, 5235, 1, 590.00);
INSERT INTO public.pedido_items VALUES (90119, 49016, 5224, 3, 3600.00);
INSERT INTO public.pedido_items VALUES (90120, 49030, 5056, 3, 950.00);
INSERT INTO public.pedido_items VALUES (90121, 49043, 5079, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90122, 49044, 5224, 1, 3600.00);
INSERT INTO public.pedido_items VALUES (90123, 49046, 5292, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90124, 49054, 5314, 2, 780.00);
INSERT INTO public.pedido_items VALUES (90125, 49055, 5092, 2, 780.00);
INSERT INTO public.pedido_items VALUES (90126, 49059, 5192, 2, 320.00);
INSERT INTO public.pedido_items VALUES (90127, 49075, 5274, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90128, 49084, 5256, 2, 1800.00);
INSERT INTO public.pedido_items VALUES (90129, 49100, 5174, 1, 2400.00);
INSERT INTO public.pedido_items VALUES (90130, 49101, 5060, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90131, 49106, 5274, 2, 950.00);
INSERT INTO public.pedido_items VALUES (90132, 49111, 5308, 1, 450.00);
INSERT INTO public.pedido_items VALUES (90133, 49114, 5240, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90134, 49118, 5168, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90135, 49135, 5301, 3, 250.00);
INSERT INTO public.pedido_items VALUES (90136, 49144, 5106, 2, 950.00);
INSERT INTO public.pedido_items VALUES (90137, 49146, 5231, 1, 250.00);
INSERT INTO public.pedido_items VALUES (90138, 49155, 5166, 1, 450.00);
INSERT INTO public.pedido_items VALUES (90139, 49172, 5210, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90140, 49178, 5183, 3, 1250.00);
INSERT INTO public.pedido_items VALUES (90141, 49190, 5035, 1, 450.00);
INSERT INTO public.pedido_items VALUES (90142, 49205, 5147, 2, 1800.00);
INSERT INTO public.pedido_items VALUES (90143, 49210, 5035, 1, 450.00);
INSERT INTO public.pedido_items VALUES (90144, 49211, 5254, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90145, 49217, 5158, 1, 450.00);
INSERT INTO public.pedido_items VALUES (90146, 49230, 5157, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90147, 49233, 5303, 2, 780.00);
INSERT INTO public.pedido_items VALUES (90148, 49240, 5035, 1, 450.00);
INSERT INTO public.pedido_items VALUES (90149, 49250, 5232, 1, 180.00);
INSERT INTO public.pedido_items VALUES (90150, 49260, 5178, 3, 590.00);
INSERT INTO public.pedido_items VALUES (90151, 49276, 5235, 1, 590.00);
INSERT INTO public.pedido_items VALUES (90152, 49287, 5125, 1, 180.00);
INSERT INTO public.pedido_items VALUES (90153, 49291, 5313, 2, 590.00);
INSERT INTO public.pedido_items VALUES (90154, 49307, 5250, 1, 180.00);
INSERT INTO public.pedido_items VALUES (90155, 49314, 5198, 1, 180.00);
INSERT INTO public.pedido_items VALUES (90156, 49318, 5189, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90157, 49323, 5030, 1, 2400.00);
INSERT INTO public.pedido_items VALUES (90158, 49335, 5096, 1, 1250.00);
INSERT INTO public.pedido_items VALUES (90159, 49345, 5125, 2, 180.00);
INSERT INTO public.pedido_items VALUES (90160, 49346, 5074, 3, 950.00);
INSERT INTO public.pedido_items VALUES (90161, 49346, 5077, 2, 250.00);
INSERT INTO public.pedido_items VALUES (90162, 49347, 5137, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90163, 49350, 5053, 2, 180.00);
INSERT INTO public.pedido_items VALUES (90164, 49362, 5182, 1, 250.00);
INSERT INTO public.pedido_items VALUES (90165, 49365, 5092, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90166, 49370, 5183, 1, 1250.00);
INSERT INTO public.pedido_items VALUES (90167, 49377, 5015, 1, 180.00);
INSERT INTO public.pedido_items VALUES (90168, 49382, 5074, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90169, 49395, 5013, 1, 590.00);
INSERT INTO public.pedido_items VALUES (90170, 49408, 5271, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90171, 49418, 5030, 1, 2400.00);
INSERT INTO public.pedido_items VALUES (90172, 49430, 5247, 1, 1250.00);
INSERT INTO public.pedido_items VALUES (90173, 49445, 5092, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90174, 49462, 5009, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90175, 49474, 5092, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90176, 49475, 5247, 1, 1250.00);
INSERT INTO public.pedido_items VALUES (90177, 49481, 5112, 3, 3600.00);
INSERT INTO public.pedido_items VALUES (90178, 49485, 5015, 3, 180.00);
INSERT INTO public.pedido_items VALUES (90179, 49492, 5039, 3, 780.00);
INSERT INTO public.pedido_items VALUES (90180, 49493, 5009, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90181, 49503, 5231, 3, 250.00);
INSERT INTO public.pedido_items VALUES (90182, 49513, 5044, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90183, 49526, 5038, 3, 320.00);
INSERT INTO public.pedido_items VALUES (90184, 49532, 5226, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90185, 49534, 5171, 1, 1250.00);
INSERT INTO public.pedido_items VALUES (90186, 49537, 5158, 3, 450.00);
INSERT INTO public.pedido_items VALUES (90187, 49553, 5088, 2, 1800.00);
INSERT INTO public.pedido_items VALUES (90188, 49558, 5121, 3, 450.00);
INSERT INTO public.pedido_items VALUES (90189, 49564, 5245, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90190, 49569, 5249, 1, 250.00);
INSERT INTO public.pedido_items VALUES (90191, 49582, 5266, 2, 780.00);
INSERT INTO public.pedido_items VALUES (90192, 49594, 5033, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90193, 49608, 5231, 1, 250.00);
INSERT INTO public.pedido_items VALUES (90194, 49610, 5120, 3, 250.00);
INSERT INTO public.pedido_items VALUES (90195, 49622, 5136, 3, 2400.00);
INSERT INTO public.pedido_items VALUES (90196, 49636, 5221, 2, 1800.00);
INSERT INTO public.pedido_items VALUES (90197, 49651, 5015, 1, 180.00);
INSERT INTO public.pedido_items VALUES (90198, 49667, 5064, 1, 1250.00);
INSERT INTO public.pedido_items VALUES (90199, 49676, 5192, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90200, 49689, 5092, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90201, 49699, 5136, 1, 2400.00);
INSERT INTO public.pedido_items VALUES (90202, 49705, 5096, 2, 1250.00);
INSERT INTO public.pedido_items VALUES (90203, 49716, 5226, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90204, 49732, 5206, 1, 1250.00);
INSERT INTO public.pedido_items VALUES (90205, 49733, 5053, 2, 180.00);
INSERT INTO public.pedido_items VALUES (90206, 49734, 5218, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90207, 49748, 5297, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90208, 49748, 5292, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90209, 49760, 5111, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90210, 49769, 5064, 1, 1250.00);
INSERT INTO public.pedido_items VALUES (90211, 49786, 5299, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90212, 49802, 5006, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90213, 49807, 5029, 3, 950.00);
INSERT INTO public.pedido_items VALUES (90214, 49817, 5137, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90215, 49824, 5053, 3, 180.00);
INSERT INTO public.pedido_items VALUES (90216, 49839, 5171, 1, 1250.00);
INSERT INTO public.pedido_items VALUES (90217, 49849, 5157, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90218, 49861, 5243, 1, 450.00);
INSERT INTO public.pedido_items VALUES (90219, 49876, 5029, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90220, 49878, 5224, 2, 3600.00);
INSERT INTO public.pedido_items VALUES (90221, 49886, 5128, 1, 180.00);
INSERT INTO public.pedido_items VALUES (90222, 49893, 5095, 1, 1250.00);
INSERT INTO public.pedido_items VALUES (90223, 49897, 5292, 3, 320.00);
INSERT INTO public.pedido_items VALUES (90224, 49914, 5098, 3, 1250.00);
INSERT INTO public.pedido_items VALUES (90225, 49923, 5250, 1, 180.00);
INSERT INTO public.pedido_items VALUES (90226, 49924, 5032, 1, 590.00);
INSERT INTO public.pedido_items VALUES (90227, 49928, 5159, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90228, 49931, 5264, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90229, 49948, 5245, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90230, 49948, 5249, 1, 250.00);
INSERT INTO public.pedido_items VALUES (90231, 49950, 5166, 1, 450.00);
INSERT INTO public.pedido_items VALUES (90232, 49963, 5235, 1, 590.00);
INSERT INTO public.pedido_items VALUES (90233, 49978, 5294, 3, 320.00);
INSERT INTO public.pedido_items VALUES (90234, 49983, 5183, 2, 1250.00);
INSERT INTO public.pedido_items VALUES (90235, 49995, 5269, 1, 1250.00);
INSERT INTO public.pedido_items VALUES (90236, 50007, 5206, 1, 1250.00);
INSERT INTO public.pedido_items VALUES (90237, 50010, 5257, 3, 250.00);
INSERT INTO public.pedido_items VALUES (90238, 50021, 5163, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90239, 50027, 5305, 1, 3600.00);
INSERT INTO public.pedido_items VALUES (90240, 50038, 5006, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90241, 50052, 5035, 1, 450.00);
INSERT INTO public.pedido_items VALUES (90242, 50067, 5116, 1, 3600.00);
INSERT INTO public.pedido_items VALUES (90243, 50074, 5166, 1, 450.00);
INSERT INTO public.pedido_items VALUES (90244, 50082, 5159, 3, 1800.00);
INSERT INTO public.pedido_items VALUES (90245, 50094, 5098, 2, 1250.00);
INSERT INTO public.pedido_items VALUES (90246, 50105, 5071, 3, 250.00);
INSERT INTO public.pedido_items VALUES (90247, 50115, 5019, 3, 320.00);
INSERT INTO public.pedido_items VALUES (90248, 50127, 5079, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90249, 50143, 5131, 2, 320.00);
INSERT INTO public.pedido_items VALUES (90250, 50150, 5215, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90251, 50163, 5026, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90252, 50165, 5006, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90253, 50179, 5266, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90254, 50188, 5121, 3, 450.00);
INSERT INTO public.pedido_items VALUES (90255, 50199, 5011, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90256, 50204, 5269, 3, 1250.00);
INSERT INTO public.pedido_items VALUES (90257, 50210, 5140, 2, 250.00);
INSERT INTO public.pedido_items VALUES (90258, 50215, 5250, 1, 180.00);
INSERT INTO public.pedido_items VALUES (90259, 50217, 5128, 3, 180.00);
INSERT INTO public.pedido_items VALUES (90260, 50234, 5140, 2, 250.00);
INSERT INTO public.pedido_items VALUES (90261, 50235, 5151, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90262, 50243, 5257, 1, 250.00);
INSERT INTO public.pedido_items VALUES (90263, 50251, 5006, 3, 950.00);
INSERT INTO public.pedido_items VALUES (90264, 50263, 5274, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90265, 50277, 5294, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90266, 50293, 5013, 1, 590.00);
INSERT INTO public.pedido_items VALUES (90267, 50308, 5106, 3, 950.00);
INSERT INTO public.pedido_items VALUES (90268, 50318, 5189, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90269, 50333, 5106, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90270, 50344, 5210, 3, 1800.00);
INSERT INTO public.pedido_items VALUES (90271, 50344, 5212, 3, 1800.00);
INSERT INTO public.pedido_items VALUES (90272, 50355, 5189, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90273, 50355, 5186, 2, 590.00);
INSERT INTO public.pedido_items VALUES (90274, 50360, 5053, 2, 180.00);
INSERT INTO public.pedido_items VALUES (90275, 50364, 5212, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90276, 50367, 5092, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90277, 50380, 5188, 1, 250.00);
INSERT INTO public.pedido_items VALUES (90278, 50382, 5125, 2, 180.00);
INSERT INTO public.pedido_items VALUES (90279, 50390, 5182, 1, 250.00);
INSERT INTO public.pedido_items VALUES (90280, 50407, 5056, 2, 950.00);
INSERT INTO public.pedido_items VALUES (90281, 50417, 5212, 2, 1800.00);
INSERT INTO public.pedido_items VALUES (90282, 50430, 5168, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90283, 50438, 5088, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90284, 50455, 5164, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90285, 50466, 5157, 2, 780.00);
INSERT INTO public.pedido_items VALUES (90286, 50473, 5278, 2, 450.00);
INSERT INTO public.pedido_items VALUES (90287, 50482, 5305, 3, 3600.00);
INSERT INTO public.pedido_items VALUES (90288, 50482, 5303, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90289, 50493, 5235, 1, 590.00);
INSERT INTO public.pedido_items VALUES (90290, 50505, 5168, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90291, 50522, 5257, 1, 250.00);
INSERT INTO public.pedido_items VALUES (90292, 50538, 5315, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90293, 50542, 5157, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90294, 50543, 5155, 3, 250.00);
INSERT INTO public.pedido_items VALUES (90295, 50546, 5174, 3, 2400.00);
INSERT INTO public.pedido_items VALUES (90296, 50552, 5071, 1, 250.00);
INSERT INTO public.pedido_items VALUES (90297, 50557, 5083, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90298, 50558, 5039, 2, 780.00);
INSERT INTO public.pedido_items VALUES (90299, 50575, 5269, 1, 1250.00);
INSERT INTO public.pedido_items VALUES (90300, 50588, 5294, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90301, 50596, 5266, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90302, 50600, 5299, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90303, 50604, 5011, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90304, 50612, 5250, 2, 180.00);
INSERT INTO public.pedido_items VALUES (90305, 50622, 5168, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90306, 50631, 5002, 2, 590.00);
INSERT INTO public.pedido_items VALUES (90307, 50638, 5215, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90308, 50654, 5301, 2, 250.00);
INSERT INTO public.pedido_items VALUES (90309, 50655, 5206, 1, 1250.00);
INSERT INTO public.pedido_items VALUES (90310, 50669, 5087, 3, 320.00);
INSERT INTO public.pedido_items VALUES (90311, 50683, 5224, 3, 3600.00);
INSERT INTO public.pedido_items VALUES (90312, 50689, 5243, 3, 450.00);
INSERT INTO public.pedido_items VALUES (90313, 50696, 5078, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90314, 50708, 5305, 1, 3600.00);
INSERT INTO public.pedido_items VALUES (90315, 50713, 5271, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90316, 50718, 5312, 2, 450.00);
INSERT INTO public.pedido_items VALUES (90317, 50719, 5200, 1, 3600.00);
INSERT INTO public.pedido_items VALUES (90318, 50728, 5264, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90319, 50739, 5098, 1, 1250.00);
INSERT INTO public.pedido_items VALUES (90320, 50755, 5315, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90321, 50761, 5271, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90322, 50763, 5151, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90323, 50777, 5132, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90324, 50778, 5198, 3, 180.00);
INSERT INTO public.pedido_items VALUES (90325, 50786, 5264, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90326, 50789, 5088, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90327, 50791, 5071, 3, 250.00);
INSERT INTO public.pedido_items VALUES (90328, 50796, 5006, 3, 950.00);
INSERT INTO public.pedido_items VALUES (90329, 50801, 5260, 1, 2400.00);
INSERT INTO public.pedido_items VALUES (90330, 50817, 5178, 1, 590.00);
INSERT INTO public.pedido_items VALUES (90331, 50830, 5164, 2, 1800.00);
INSERT INTO public.pedido_items VALUES (90332, 50844, 5044, 3, 780.00);
INSERT INTO public.pedido_items VALUES (90333, 50851, 5146, 3, 180.00);
INSERT INTO public.pedido_items VALUES (90334, 50851, 5147, 3, 1800.00);
INSERT INTO public.pedido_items VALUES (90335, 50863, 5155, 3, 250.00);
INSERT INTO public.pedido_items VALUES (90336, 50865, 5214, 1, 590.00);
INSERT INTO public.pedido_items VALUES (90337, 50869, 5132, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90338, 50886, 5312, 1, 450.00);
INSERT INTO public.pedido_items VALUES (90339, 50887, 5120, 1, 250.00);
INSERT INTO public.pedido_items VALUES (90340, 50889, 5039, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90341, 50892, 5186, 1, 590.00);
INSERT INTO public.pedido_items VALUES (90342, 50895, 5112, 1, 3600.00);
INSERT INTO public.pedido_items VALUES (90343, 50902, 5297, 3, 320.00);
INSERT INTO public.pedido_items VALUES (90344, 50907, 5002, 1, 590.00);
INSERT INTO public.pedido_items VALUES (90345, 50911, 5204, 2, 2400.00);
INSERT INTO public.pedido_items VALUES (90346, 50922, 5264, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90347, 50926, 5245, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90348, 50927, 5289, 2, 1800.00);
INSERT INTO public.pedido_items VALUES (90349, 50927, 5299, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90350, 50942, 5151, 2, 1800.00);
INSERT INTO public.pedido_items VALUES (90351, 50954, 5257, 1, 250.00);
INSERT INTO public.pedido_items VALUES (90352, 50959, 5171, 1, 1250.00);
INSERT INTO public.pedido_items VALUES (90353, 50976, 5053, 3, 180.00);
INSERT INTO public.pedido_items VALUES (90354, 50990, 5128, 1, 180.00);
INSERT INTO public.pedido_items VALUES (90355, 50998, 5189, 3, 320.00);
INSERT INTO public.pedido_items VALUES (90356, 51008, 5243, 3, 450.00);
INSERT INTO public.pedido_items VALUES (90357, 51024, 5314, 1, 780.00);
INSERT INTO public.pedido_items VALUES (90358, 51025, 5151, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90359, 51029, 5249, 2, 250.00);
INSERT INTO public.pedido_items VALUES (90360, 51032, 5195, 2, 320.00);
INSERT INTO public.pedido_items VALUES (90361, 51041, 5009, 3, 1800.00);
INSERT INTO public.pedido_items VALUES (90362, 51052, 5009, 2, 1800.00);
INSERT INTO public.pedido_items VALUES (90363, 51063, 5128, 2, 180.00);
INSERT INTO public.pedido_items VALUES (90364, 51071, 5079, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90365, 51078, 5289, 1, 1800.00);
INSERT INTO public.pedido_items VALUES (90366, 51089, 5183, 1, 1250.00);
INSERT INTO public.pedido_items VALUES (90367, 51098, 5231, 2, 250.00);
INSERT INTO public.pedido_items VALUES (90368, 51105, 5098, 1, 1250.00);
INSERT INTO public.pedido_items VALUES (90369, 51121, 5140, 2, 250.00);
INSERT INTO public.pedido_items VALUES (90370, 51128, 5039, 3, 780.00);
INSERT INTO public.pedido_items VALUES (90371, 51130, 5239, 1, 3600.00);
INSERT INTO public.pedido_items VALUES (90372, 51139, 5033, 2, 320.00);
INSERT INTO public.pedido_items VALUES (90373, 51149, 5147, 3, 1800.00);
INSERT INTO public.pedido_items VALUES (90374, 51152, 5192, 1, 320.00);
INSERT INTO public.pedido_items VALUES (90375, 51161, 5264, 2, 1800.00);
INSERT INTO public.pedido_items VALUES (90376, 51176, 5260, 2, 2400.00);
INSERT INTO public.pedido_items VALUES (90377, 51181, 5166, 2, 450.00);
INSERT INTO public.pedido_items VALUES (90378, 51187, 5206, 1, 1250.00);
INSERT INTO public.pedido_items VALUES (90379, 51198, 5079, 1, 950.00);
INSERT INTO public.pedido_items VALUES (90380, 51214, 5045, 1, 590.00);
INSERT INTO public.pedido_items VALUES (90381, 51223, 5188, 2, 250.00);


--
-- Data for Name: pedidos; Type: TABLE DATA; Schema: public; Owner: mercadito
--

INSERT INTO public.pedidos VALUES (48012, 'MCD-2308-0048012', 1007, 1121, 303, false, NULL, 250.00, 129.00, 379.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'FedEx', '135038633423', '2023-08-07 17:34:21-06', '2023-08-07 17:34:21-06', '2023-08-18 17:34:21-06');
INSERT INTO public.pedidos VALUES (48019, 'MCD-2409-0048019', 1007, 1203, 303, false, NULL, 950.00, 129.00, 1079.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'Redpack', '409813755', '2024-09-16 09:18:39-06', '2024-09-17 18:23:39-06', '2024-09-26 09:18:39-06');
INSERT INTO public.pedidos VALUES (48026, 'MCD-2409-0048026', 1007, 1202, 303, false, NULL, 320.00, 99.00, 419.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'DHL', '4722002198', '2024-09-12 23:29:20-06', '2024-09-13 09:52:20-06', '2024-09-15 23:29:20-06');
INSERT INTO public.pedidos VALUES (48029, 'MCD-2410-0048029', 1015, 1212, 306, false, NULL, 1800.00, 0.00, 1800.00, 'MXN', 'paypal', NULL, NULL, 'devuelto', 'Redpack', '934266840', '2024-10-14 15:59:09-06', '2024-10-14 15:59:09-06', '2024-10-18 15:59:09-06');
INSERT INTO public.pedidos VALUES (48044, 'MCD-2408-0048044', 1043, 1377, 309, false, NULL, 250.00, 99.00, 349.00, 'MXN', 'tarjeta', 'visa', '2336', 'entregado', '99minutos', '75568034730400', '2024-08-20 15:24:34-06', '2024-08-20 15:24:34-06', '2024-08-25 15:24:34-06');
INSERT INTO public.pedidos VALUES (48046, 'MCD-2311-0048046', 1043, 1047, 309, false, NULL, 450.00, 129.00, 579.00, 'MXN', 'tarjeta', 'visa', '4180', 'entregado', 'DHL', '0587998550', '2023-11-09 12:35:21-06', '2023-11-09 12:35:21-06', '2023-11-15 12:35:21-06');
INSERT INTO public.pedidos VALUES (48053, 'MCD-2401-0048053', 1043, 1084, 309, false, NULL, 180.00, 99.00, 279.00, 'MXN', 'spei', NULL, NULL, 'entregado', '99minutos', '85671551350442', '2024-01-16 12:57:26-06', '2024-01-17 09:22:26-06', '2024-01-20 12:57:26-06');
INSERT INTO public.pedidos VALUES (48067, 'MCD-2407-0048067', 1046, 1428, 312, false, NULL, 1250.00, 890.00, 2140.00, 'MXN', 'tarjeta', 'visa', '7054', 'enviado', 'FedEx', '303156726619', '2024-07-08 13:57:54-06', '2024-07-08 13:57:54-06', NULL);
INSERT INTO public.pedidos VALUES (48069, 'MCD-2401-0048069', 1047, 1106, 315, false, NULL, 1800.00, 0.00, 1800.00, 'MXN', 'tarjeta', 'visa', '6261', 'entregado', '99minutos', '41239345191050', '2024-01-28 22:52:08-06', '2024-01-28 22:52:08-06', '2024-02-01 22:52:08-06');
INSERT INTO public.pedidos VALUES (48080, 'MCD-2304-0048080', 1047, 1428, 315, false, NULL, 950.00, 99.00, 1049.00, 'MXN', 'tarjeta', 'amex', '7708', 'enviado', 'Estafeta', '6652834128189919422307', '2023-04-05 16:10:31-06', '2023-04-05 16:10:31-06', NULL);
INSERT INTO public.pedidos VALUES (48090, 'MCD-2405-0048090', 1047, 1415, 318, false, NULL, 2400.00, 0.00, 2400.00, 'MXN', 'tarjeta', 'mastercard', '3254', 'entregado', 'Redpack', '412953112', '2024-05-24 13:53:06-06', '2024-05-24 13:53:06-06', '2024-05-28 13:53:06-06');
INSERT INTO public.pedidos VALUES (48099, 'MCD-2410-0048099', 1047, 1317, 318, false, NULL, 590.00, 99.00, 689.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'Redpack', '658561986', '2024-10-23 21:35:23-06', '2024-10-23 22:38:23-06', '2024-10-30 21:35:23-06');
INSERT INTO public.pedidos VALUES (48100, 'MCD-2304-0048100', 1047, 1246, 318, false, NULL, 1800.00, 0.00, 1800.00, 'MXN', 'tarjeta', 'mastercard', '9747', 'entregado', 'Redpack', '291189179', '2023-04-06 19:03:18-06', '2023-04-06 19:03:18-06', '2023-04-18 19:03:18-06');
INSERT INTO public.pedidos VALUES (48109, 'MCD-2403-0048109', 1058, 1415, 321, false, NULL, 250.00, 450.00, 700.00, 'MXN', 'tarjeta', 'visa', '2700', 'enviado', 'FedEx', '276394831040', '2024-03-24 15:59:43-06', '2024-03-24 15:59:43-06', NULL);
INSERT INTO public.pedidos VALUES (48125, 'MCD-2302-0048125', 1058, 1344, 321, false, NULL, 1800.00, 890.00, 2690.00, 'MXN', 'tarjeta', 'amex', '7954', 'cancelado', NULL, NULL, '2023-02-26 22:03:56-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (48126, 'MCD-2303-0048126', 1063, 1121, 323, false, NULL, 950.00, 890.00, 1840.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'FedEx', '794208261444', '2023-03-29 23:14:43-06', '2023-03-31 06:52:43-06', '2023-04-03 23:14:43-06');
INSERT INTO public.pedidos VALUES (48130, 'MCD-2405-0048130', 1063, 1192, 326, false, NULL, 180.00, 890.00, 1070.00, 'MXN', 'tarjeta', 'mastercard', '8390', 'entregado', 'FedEx', '763116692500', '2024-05-17 08:43:29-06', '2024-05-17 08:43:29-06', '2024-05-25 08:43:29-06');
INSERT INTO public.pedidos VALUES (48131, 'MCD-2311-0048131', 1063, 1445, 326, false, NULL, 1250.00, 450.00, 1700.00, 'MXN', 'tarjeta', 'mastercard', '6656', 'entregado', 'DHL Express', '0536229975', '2023-11-07 22:03:43-06', '2023-11-07 22:03:43-06', '2023-11-11 22:03:43-06');
INSERT INTO public.pedidos VALUES (48146, 'MCD-2402-0048146', 1063, 1015, 326, false, NULL, 780.00, 890.00, 1670.00, 'MXN', 'oxxo', NULL, NULL, 'enviado', 'DHL Express', '2945309488', '2024-02-18 19:14:10-06', '2024-02-19 01:12:10-06', NULL);
INSERT INTO public.pedidos VALUES (48152, 'MCD-2303-0048152', 1081, 1414, 329, false, NULL, 780.00, 890.00, 1670.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'DHL Express', '7252237231', '2023-03-18 11:03:08-06', '2023-03-19 13:17:08-06', '2023-03-30 11:03:08-06');
INSERT INTO public.pedidos VALUES (48165, 'MCD-2311-0048165', 1081, 1451, 329, false, NULL, 320.00, 890.00, 1210.00, 'MXN', 'tarjeta', 'visa', '9966', 'entregado', 'DHL Express', '0149537707', '2023-11-22 11:48:11-06', '2023-11-22 11:48:11-06', '2023-11-25 11:48:11-06');
INSERT INTO public.pedidos VALUES (48177, 'MCD-2407-0048177', 1081, 1192, 329, false, NULL, 450.00, 450.00, 900.00, 'MXN', 'tarjeta', 'mastercard', '0098', 'entregado', 'DHL Express', '3993880598', '2024-07-06 08:16:04-06', '2024-07-06 08:16:04-06', '2024-07-18 08:16:04-06');
INSERT INTO public.pedidos VALUES (48188, 'MCD-2406-0048188', 1081, 1152, 329, false, NULL, 780.00, 890.00, 1670.00, 'MXN', 'tarjeta', 'amex', '5479', 'entregado', 'DHL Express', '9017178307', '2024-06-29 23:01:22-06', '2024-06-29 23:01:22-06', '2024-07-04 23:01:22-06');
INSERT INTO public.pedidos VALUES (48189, 'MCD-2308-0048189', 1081, 1212, 329, false, NULL, 180.00, 450.00, 630.00, 'MXN', 'oxxo', NULL, NULL, 'enviado', 'DHL Express', '1763100845', '2023-08-20 08:14:04-06', '2023-08-21 11:29:04-06', NULL);
INSERT INTO public.pedidos VALUES (48190, 'MCD-2408-0048190', 1081, 1268, 329, false, NULL, 1250.00, 450.00, 1700.00, 'MXN', 'tarjeta', 'mastercard', '3684', 'entregado', 'FedEx', '493500825758', '2024-08-02 17:55:31-06', '2024-08-02 17:55:31-06', '2024-08-07 17:55:31-06');
INSERT INTO public.pedidos VALUES (48197, 'MCD-2306-0048197', 1084, 1203, 330, false, NULL, 450.00, 149.00, 599.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'DHL', '8803858959', '2023-06-04 19:15:33-06', '2023-06-04 19:15:33-06', '2023-06-15 19:15:33-06');
INSERT INTO public.pedidos VALUES (48208, 'MCD-2309-0048208', 1084, 1230, 330, false, NULL, 780.00, 99.00, 879.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'FedEx', '145550661499', '2023-09-15 20:11:14-06', '2023-09-15 20:11:14-06', '2023-09-26 20:11:14-06');
INSERT INTO public.pedidos VALUES (48211, 'MCD-2311-0048211', 1084, 1276, 330, false, NULL, 250.00, 129.00, 379.00, 'MXN', 'tarjeta', 'amex', '4564', 'devuelto', 'FedEx', '683481318860', '2023-11-06 19:49:37-06', '2023-11-06 19:49:37-06', '2023-11-15 19:49:37-06');
INSERT INTO public.pedidos VALUES (48225, 'MCD-2409-0048225', 1084, 1134, 330, false, NULL, 950.00, 99.00, 1049.00, 'MXN', 'tarjeta', 'amex', '0194', 'entregado', '99minutos', '87586920458218', '2024-09-18 14:06:34-06', '2024-09-18 14:06:34-06', '2024-09-29 14:06:34-06');
INSERT INTO public.pedidos VALUES (48233, 'MCD-2309-0048233', 1084, 1007, 330, false, NULL, 590.00, 99.00, 689.00, 'MXN', 'tarjeta', 'visa', '6636', 'entregado', '99minutos', '50891995673813', '2023-09-10 20:30:30-06', '2023-09-10 20:30:30-06', '2023-09-22 20:30:30-06');
INSERT INTO public.pedidos VALUES (48234, 'MCD-2406-0048234', 1106, 1149, 331, false, NULL, 1800.00, 0.00, 1800.00, 'MXN', 'tarjeta', 'mastercard', '2833', 'entregado', 'Estafeta', '4094634202448396264650', '2024-06-16 21:28:15-06', '2024-06-16 21:28:15-06', '2024-06-24 21:28:15-06');
INSERT INTO public.pedidos VALUES (48238, 'MCD-2407-0048238', 1106, 1428, 331, false, NULL, 320.00, 149.00, 469.00, 'MXN', 'tarjeta', 'visa', '9472', 'entregado', 'DHL', '8780318695', '2024-07-29 16:25:52-06', '2024-07-29 16:25:52-06', '2024-08-09 16:25:52-06');
INSERT INTO public.pedidos VALUES (48250, 'MCD-2308-0048250', 1106, 1377, 331, false, NULL, 950.00, 129.00, 1079.00, 'MXN', 'tarjeta', 'visa', '0471', 'entregado', '99minutos', '05711602897120', '2023-08-15 12:46:38-06', '2023-08-15 12:46:38-06', '2023-08-24 12:46:38-06');
INSERT INTO public.pedidos VALUES (48267, 'MCD-2308-0048267', 1106, 1445, 331, false, NULL, 3600.00, 0.00, 3600.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'Estafeta', '4047295357073203699049', '2023-08-06 11:40:42-06', '2023-08-07 11:42:42-06', '2023-08-15 11:40:42-06');
INSERT INTO public.pedidos VALUES (48271, 'MCD-2307-0048271', 1106, 1377, 331, false, NULL, 950.00, 149.00, 1099.00, 'MXN', 'tarjeta', 'mastercard', '2720', 'pagado', NULL, NULL, '2023-07-29 15:58:43-06', '2023-07-29 15:58:43-06', NULL);
INSERT INTO public.pedidos VALUES (48276, 'MCD-2410-0048276', 1116, 1043, 332, false, NULL, 2400.00, 0.00, 2400.00, 'MXN', 'paypal', NULL, NULL, 'cancelado', NULL, NULL, '2024-10-20 16:56:25-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (48279, 'MCD-2408-0048279', 1116, 1268, 332, false, NULL, 2400.00, 0.00, 2400.00, 'MXN', 'paypal', NULL, NULL, 'enviado', 'DHL', '8116593824', '2024-08-27 21:10:15-06', '2024-08-27 21:10:15-06', NULL);
INSERT INTO public.pedidos VALUES (48296, 'MCD-2407-0048296', 1116, 1007, 332, false, NULL, 590.00, 149.00, 739.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', '99minutos', '05343309867236', '2024-07-02 20:40:19-06', '2024-07-03 00:27:19-06', '2024-07-14 20:40:19-06');
INSERT INTO public.pedidos VALUES (48309, 'MCD-2403-0048309', 1116, 1268, 332, false, NULL, 2400.00, 0.00, 2400.00, 'MXN', 'tarjeta', 'visa', '8068', 'cancelado', NULL, NULL, '2024-03-06 08:04:09-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (48318, 'MCD-2306-0048318', 1116, 1344, 332, false, NULL, 780.00, 99.00, 879.00, 'MXN', 'tarjeta', 'visa', '1676', 'pagado', NULL, NULL, '2023-06-23 15:35:46-06', '2023-06-23 15:35:46-06', NULL);
INSERT INTO public.pedidos VALUES (48325, 'MCD-2402-0048325', 1116, 1015, 332, false, NULL, 320.00, 99.00, 419.00, 'MXN', 'tarjeta', 'amex', '5668', 'entregado', 'Redpack', '768840824', '2024-02-23 08:39:44-06', '2024-02-23 08:39:44-06', '2024-02-27 08:39:44-06');
INSERT INTO public.pedidos VALUES (48329, 'MCD-2408-0048329', 1116, 1134, 332, false, NULL, 950.00, 129.00, 1079.00, 'MXN', 'tarjeta', 'amex', '9399', 'entregado', 'DHL', '2410965801', '2024-08-09 12:28:45-06', '2024-08-09 12:28:45-06', '2024-08-20 12:28:45-06');
INSERT INTO public.pedidos VALUES (48345, 'MCD-2309-0048345', 1116, 1415, 332, false, NULL, 780.00, 149.00, 929.00, 'MXN', 'oxxo', NULL, NULL, 'cancelado', NULL, NULL, '2023-09-02 10:20:35-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (48350, 'MCD-2410-0048350', 1129, 1337, 333, false, NULL, 1250.00, 690.00, 1940.00, 'MXN', 'tarjeta', 'visa', '7554', 'entregado', 'DHL Express', '9636888461', '2024-10-28 09:39:57-06', '2024-10-28 09:39:57-06', '2024-11-03 09:39:57-06');
INSERT INTO public.pedidos VALUES (48351, 'MCD-2308-0048351', 1129, 1415, 333, false, NULL, 2400.00, 450.00, 2850.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'DHL Express', '6530680174', '2023-08-26 18:42:09-06', '2023-08-26 19:33:09-06', '2023-09-07 18:42:09-06');
INSERT INTO public.pedidos VALUES (48368, 'MCD-2310-0048368', 1129, 1106, 333, false, NULL, 1500.00, 890.00, 2390.00, 'MXN', 'tarjeta', 'mastercard', '3919', 'enviado', 'FedEx', '287252704708', '2023-10-17 13:44:01-06', '2023-10-17 13:44:01-06', NULL);
INSERT INTO public.pedidos VALUES (48369, 'MCD-2302-0048369', 1134, 1149, 334, false, NULL, 320.00, 690.00, 1010.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'DHL Express', '5878860096', '2023-02-08 18:26:04-06', '2023-02-08 21:50:04-06', '2023-02-11 18:26:04-06');
INSERT INTO public.pedidos VALUES (48380, 'MCD-2308-0048380', 1134, 1457, 334, false, NULL, 3600.00, 890.00, 4490.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'FedEx', '250174867206', '2023-08-15 07:10:19-06', '2023-08-15 14:58:19-06', '2023-08-25 07:10:19-06');
INSERT INTO public.pedidos VALUES (48388, 'MCD-2308-0048388', 1134, 1007, 334, false, NULL, 1800.00, 690.00, 2490.00, 'MXN', 'tarjeta', 'mastercard', '2483', 'entregado', 'FedEx', '968404650546', '2023-08-10 22:35:32-06', '2023-08-10 22:35:32-06', '2023-08-14 22:35:32-06');
INSERT INTO public.pedidos VALUES (48390, 'MCD-2310-0048390', 1134, 1325, 334, false, NULL, 320.00, 690.00, 1010.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'DHL Express', '1172100875', '2023-10-30 19:51:30-06', '2023-10-30 22:18:30-06', '2023-11-01 19:51:30-06');
INSERT INTO public.pedidos VALUES (48401, 'MCD-2405-0048401', 1134, 1230, 334, false, NULL, 780.00, 890.00, 1670.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'DHL Express', '1320527485', '2024-05-28 21:13:17-06', '2024-05-29 23:58:17-06', '2024-06-02 21:13:17-06');
INSERT INTO public.pedidos VALUES (48408, 'MCD-2303-0048408', 1149, 1268, 337, false, NULL, 950.00, 99.00, 1049.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'DHL', '1631280330', '2023-03-20 16:12:13-06', '2023-03-21 06:04:13-06', '2023-04-01 16:12:13-06');
INSERT INTO public.pedidos VALUES (48416, 'MCD-2411-0048416', 1149, 1106, 337, false, NULL, 1250.00, 0.00, 1250.00, 'MXN', 'mercadopago', NULL, NULL, 'cancelado', NULL, NULL, '2024-11-22 14:34:09-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (48424, 'MCD-2409-0048424', 1149, 1043, 337, false, NULL, 2400.00, 0.00, 2400.00, 'MXN', 'tarjeta', 'visa', '4288', 'entregado', 'DHL', '4554805011', '2024-09-12 22:32:41-06', '2024-09-12 22:32:41-06', '2024-09-17 22:32:41-06');
INSERT INTO public.pedidos VALUES (48440, 'MCD-2411-0048440', 1152, 1457, 339, false, NULL, 3600.00, 890.00, 4490.00, 'MXN', 'tarjeta', 'visa', '2736', 'entregado', 'DHL Express', '7642573770', '2024-11-01 12:26:17-06', '2024-11-01 12:26:17-06', '2024-11-05 12:26:17-06');
INSERT INTO public.pedidos VALUES (48447, 'MCD-2302-0048447', 1152, 1047, 339, false, NULL, 590.00, 450.00, 1040.00, 'MXN', 'tarjeta', 'amex', '4995', 'entregado', 'DHL Express', '6522347958', '2023-02-07 14:42:59-06', '2023-02-07 14:42:59-06', '2023-02-17 14:42:59-06');
INSERT INTO public.pedidos VALUES (48460, 'MCD-2406-0048460', 1154, 1043, 341, false, NULL, 2400.00, 0.00, 2400.00, 'MXN', 'tarjeta', 'amex', '2247', 'entregado', 'FedEx', '092764732974', '2024-06-20 22:17:33-06', '2024-06-20 22:17:33-06', '2024-06-24 22:17:33-06');
INSERT INTO public.pedidos VALUES (48463, 'MCD-2306-0048463', 1154, 1047, 340, false, NULL, 450.00, 149.00, 599.00, 'MXN', 'tarjeta', 'mastercard', '8604', 'entregado', '99minutos', '55549068035326', '2023-06-10 09:06:29-06', '2023-06-10 09:06:29-06', '2023-06-13 09:06:29-06');
INSERT INTO public.pedidos VALUES (48476, 'MCD-2306-0048476', 1154, 1415, 341, false, NULL, 1800.00, 0.00, 1800.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'Redpack', '587796438', '2023-06-14 08:29:00-06', '2023-06-14 08:29:00-06', '2023-06-21 08:29:00-06');
INSERT INTO public.pedidos VALUES (48488, 'MCD-2305-0048488', 1154, 1268, 341, false, NULL, 2400.00, 0.00, 2400.00, 'MXN', 'tarjeta', 'mastercard', '0621', 'entregado', 'Redpack', '857114905', '2023-05-18 12:28:03-06', '2023-05-18 12:28:03-06', '2023-05-26 12:28:03-06');
INSERT INTO public.pedidos VALUES (48493, 'MCD-2407-0048493', 1154, 1428, 341, false, NULL, 1250.00, 0.00, 1250.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'Estafeta', '4757776473784209630529', '2024-07-11 21:51:33-06', '2024-07-11 21:51:33-06', '2024-07-20 21:51:33-06');
INSERT INTO public.pedidos VALUES (48499, 'MCD-2404-0048499', 1172, 1043, 343, false, NULL, 950.00, 890.00, 1840.00, 'MXN', 'mercadopago', NULL, NULL, 'pagado', NULL, NULL, '2024-04-21 18:54:44-06', '2024-04-21 18:54:44-06', NULL);
INSERT INTO public.pedidos VALUES (48506, 'MCD-2307-0048506', 1172, 1451, 343, false, NULL, 320.00, 690.00, 1010.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'DHL Express', '8323423670', '2023-07-02 21:41:29-06', '2023-07-02 21:41:29-06', '2023-07-10 21:41:29-06');
INSERT INTO public.pedidos VALUES (48509, 'MCD-2310-0048509', 1172, 1344, 343, false, NULL, 1800.00, 890.00, 2690.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'DHL Express', '3368342273', '2023-10-07 10:33:35-06', '2023-10-07 10:33:35-06', '2023-10-14 10:33:35-06');
INSERT INTO public.pedidos VALUES (48519, 'MCD-2303-0048519', 1181, 1344, 346, false, NULL, 780.00, 99.00, 879.00, 'MXN', 'paypal', NULL, NULL, 'cancelado', NULL, NULL, '2023-03-07 08:21:22-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (48531, 'MCD-2405-0048531', 1181, 1246, 346, false, NULL, 1800.00, 0.00, 1800.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'Redpack', '485138810', '2024-05-08 15:35:22-06', '2024-05-08 15:35:22-06', '2024-05-19 15:35:22-06');
INSERT INTO public.pedidos VALUES (48534, 'MCD-2309-0048534', 1181, 1457, 346, false, NULL, 250.00, 149.00, 399.00, 'MXN', 'mercadopago', NULL, NULL, 'enviado', 'DHL', '3405325984', '2023-09-30 17:15:15-06', '2023-09-30 17:15:15-06', NULL);
INSERT INTO public.pedidos VALUES (48545, 'MCD-2411-0048545', 1181, 1047, 346, false, NULL, 590.00, 149.00, 739.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'Redpack', '435309120', '2024-11-13 14:09:57-06', '2024-11-13 14:09:57-06', '2024-11-18 14:09:57-06');
INSERT INTO public.pedidos VALUES (48554, 'MCD-2401-0048554', 1181, 1007, 346, false, NULL, 320.00, 99.00, 419.00, 'MXN', 'tarjeta', 'amex', '4191', 'enviado', 'FedEx', '129347186553', '2024-01-04 18:43:19-06', '2024-01-04 18:43:19-06', NULL);
INSERT INTO public.pedidos VALUES (48555, 'MCD-2308-0048555', 1195, 1172, 349, false, NULL, 590.00, 450.00, 1040.00, 'MXN', 'tarjeta', 'visa', '4595', 'pagado', NULL, NULL, '2023-08-30 23:38:47-06', '2023-08-30 23:38:47-06', NULL);
INSERT INTO public.pedidos VALUES (48564, 'MCD-2307-0048564', 1195, 1268, 349, false, NULL, 450.00, 890.00, 1340.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'FedEx', '663700559613', '2023-07-17 21:27:53-06', '2023-07-17 21:27:53-06', '2023-07-25 21:27:53-06');
INSERT INTO public.pedidos VALUES (48569, 'MCD-2311-0048569', 1195, 1411, 349, false, NULL, 590.00, 890.00, 1480.00, 'MXN', 'tarjeta', 'mastercard', '9454', 'entregado', 'DHL Express', '5928697603', '2023-11-07 10:45:19-06', '2023-11-07 10:45:19-06', '2023-11-09 10:45:19-06');
INSERT INTO public.pedidos VALUES (48585, 'MCD-2303-0048585', 1195, 1149, 349, false, NULL, 320.00, 890.00, 1210.00, 'MXN', 'tarjeta', 'amex', '1845', 'entregado', 'DHL Express', '3651535415', '2023-03-10 23:05:13-06', '2023-03-10 23:05:13-06', '2023-03-16 23:05:13-06');
INSERT INTO public.pedidos VALUES (48595, 'MCD-2409-0048595', 1195, 1414, 349, false, NULL, 1250.00, 450.00, 1700.00, 'MXN', 'tarjeta', 'visa', '3041', 'entregado', 'DHL Express', '3904610249', '2024-09-05 23:47:13-06', '2024-09-05 23:47:13-06', '2024-09-07 23:47:13-06');
INSERT INTO public.pedidos VALUES (48607, 'MCD-2305-0048607', 1203, 1202, 352, false, NULL, 320.00, 99.00, 419.00, 'MXN', 'tarjeta', 'visa', '4798', 'entregado', 'FedEx', '454271760069', '2023-05-31 22:46:14-06', '2023-05-31 22:46:14-06', '2023-06-06 22:46:14-06');
INSERT INTO public.pedidos VALUES (48609, 'MCD-2307-0048609', 1246, 1152, 354, false, NULL, 780.00, 450.00, 1230.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'DHL Express', '7915125353', '2023-07-01 19:18:27-06', '2023-07-01 19:18:27-06', '2023-07-07 19:18:27-06');
INSERT INTO public.pedidos VALUES (48625, 'MCD-2303-0048625', 1246, 1337, 354, false, NULL, 2400.00, 450.00, 2850.00, 'MXN', 'tarjeta', 'mastercard', '1999', 'entregado', 'FedEx', '220501862414', '2023-03-30 21:15:22-06', '2023-03-30 21:15:22-06', '2023-04-11 21:15:22-06');
INSERT INTO public.pedidos VALUES (48632, 'MCD-2305-0048632', 1256, 1344, 358, false, NULL, 1800.00, 0.00, 1800.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'Redpack', '108892378', '2023-05-10 22:32:58-06', '2023-05-10 22:32:58-06', '2023-05-19 22:32:58-06');
INSERT INTO public.pedidos VALUES (48638, 'MCD-2410-0048638', 1256, 1377, 358, false, NULL, 950.00, 99.00, 1049.00, 'MXN', 'paypal', NULL, NULL, 'entregado', '99minutos', '77100507539120', '2024-10-03 12:09:35-06', '2024-10-03 12:09:35-06', '2024-10-11 12:09:35-06');
INSERT INTO public.pedidos VALUES (48655, 'MCD-2410-0048655', 1256, 1181, 355, false, NULL, 3600.00, 0.00, 3600.00, 'MXN', 'tarjeta', 'mastercard', '5253', 'pagado', NULL, NULL, '2024-10-30 17:00:56-06', '2024-10-30 17:00:56-06', NULL);
INSERT INTO public.pedidos VALUES (48658, 'MCD-2407-0048658', 1264, 1160, 361, false, NULL, 950.00, 450.00, 1400.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'FedEx', '835219565131', '2024-07-08 11:40:45-06', '2024-07-08 11:40:45-06', '2024-07-18 11:40:45-06');
INSERT INTO public.pedidos VALUES (48665, 'MCD-2406-0048665', 1264, 1192, 361, false, NULL, 180.00, 450.00, 630.00, 'MXN', 'tarjeta', 'visa', '4916', 'entregado', 'FedEx', '673483957822', '2024-06-15 09:38:49-06', '2024-06-15 09:38:49-06', '2024-06-18 09:38:49-06');
INSERT INTO public.pedidos VALUES (48675, 'MCD-2302-0048675', 1264, 1325, 361, false, NULL, 180.00, 890.00, 1070.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'DHL Express', '3021165944', '2023-02-20 14:50:43-06', '2023-02-21 03:55:43-06', '2023-03-01 14:50:43-06');
INSERT INTO public.pedidos VALUES (48690, 'MCD-2304-0048690', 1264, 1121, 361, false, NULL, 950.00, 450.00, 1400.00, 'MXN', 'tarjeta', 'mastercard', '6001', 'entregado', 'FedEx', '233060526107', '2023-04-10 22:01:08-06', '2023-04-10 22:01:08-06', '2023-04-13 22:01:08-06');
INSERT INTO public.pedidos VALUES (48705, 'MCD-2409-0048705', 1264, 1370, 361, false, NULL, 1800.00, 690.00, 2490.00, 'MXN', 'tarjeta', 'amex', '8782', 'cancelado', NULL, NULL, '2024-09-01 20:46:29-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (48718, 'MCD-2404-0048718', 1264, 1181, 361, false, NULL, 3600.00, 450.00, 4050.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'FedEx', '295209488623', '2024-04-21 20:26:45-06', '2024-04-21 20:26:45-06', '2024-04-25 20:26:45-06');
INSERT INTO public.pedidos VALUES (48719, 'MCD-2401-0048719', 1264, 1043, 361, false, NULL, 2400.00, 690.00, 3090.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'DHL Express', '8946541468', '2024-01-07 20:06:00-06', '2024-01-08 13:01:00-06', '2024-01-14 20:06:00-06');
INSERT INTO public.pedidos VALUES (48721, 'MCD-2404-0048721', 1264, 1377, 361, false, NULL, 250.00, 890.00, 1140.00, 'MXN', 'spei', NULL, NULL, 'enviado', 'FedEx', '810910000294', '2024-04-07 13:13:24-06', '2024-04-08 14:51:24-06', NULL);
INSERT INTO public.pedidos VALUES (48726, 'MCD-2411-0048726', 1267, 1411, 364, false, NULL, 320.00, 450.00, 770.00, 'MXN', 'paypal', NULL, NULL, 'enviado', 'FedEx', '121427396542', '2024-11-04 07:46:07-06', '2024-11-04 07:46:07-06', NULL);
INSERT INTO public.pedidos VALUES (48739, 'MCD-2306-0048739', 1267, 1457, 364, false, NULL, 3600.00, 690.00, 4290.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'DHL Express', '1047238577', '2023-06-05 10:22:25-06', '2023-06-06 15:33:25-06', '2023-06-12 10:22:25-06');
INSERT INTO public.pedidos VALUES (48743, 'MCD-2404-0048743', 1267, 1203, 364, false, NULL, 950.00, 450.00, 1400.00, 'MXN', 'spei', NULL, NULL, 'cancelado', NULL, NULL, '2024-04-16 11:48:06-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (48745, 'MCD-2311-0048745', 1283, 1256, 367, false, NULL, 320.00, 690.00, 1010.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'DHL Express', '5593081856', '2023-11-13 17:17:16-06', '2023-11-14 04:10:16-06', '2023-11-24 17:17:16-06');
INSERT INTO public.pedidos VALUES (48760, 'MCD-2305-0048760', 1283, 1246, 367, false, NULL, 1800.00, 890.00, 2690.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'FedEx', '868853541309', '2023-05-27 10:29:15-06', '2023-05-27 10:29:15-06', '2023-06-06 10:29:15-06');
INSERT INTO public.pedidos VALUES (48765, 'MCD-2405-0048765', 1283, 1370, 367, false, NULL, 3600.00, 890.00, 4490.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'DHL Express', '5005831375', '2024-05-14 07:49:11-06', '2024-05-14 07:49:11-06', '2024-05-17 07:49:11-06');
INSERT INTO public.pedidos VALUES (48779, 'MCD-2302-0048779', 1283, 1415, 367, false, NULL, 2400.00, 890.00, 3290.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'DHL Express', '9019614172', '2023-02-06 17:59:00-06', '2023-02-06 17:59:00-06', '2023-02-12 17:59:00-06');
INSERT INTO public.pedidos VALUES (48784, 'MCD-2405-0048784', 1297, 1451, 369, false, NULL, 320.00, 149.00, 469.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'DHL', '6764291778', '2024-05-21 12:37:26-06', '2024-05-21 12:37:26-06', '2024-05-23 12:37:26-06');
INSERT INTO public.pedidos VALUES (48796, 'MCD-2304-0048796', 1300, 1337, 372, false, NULL, 2400.00, 690.00, 3090.00, 'MXN', 'tarjeta', 'visa', '0233', 'entregado', 'FedEx', '364401113252', '2023-04-18 17:48:54-06', '2023-04-18 17:48:54-06', '2023-04-20 17:48:54-06');
INSERT INTO public.pedidos VALUES (48810, 'MCD-2405-0048810', 1300, 1106, 372, false, NULL, 1250.00, 450.00, 1700.00, 'MXN', 'tarjeta', 'mastercard', '4544', 'entregado', 'DHL Express', '8422574672', '2024-05-18 10:23:52-06', '2024-05-18 10:23:52-06', '2024-05-26 10:23:52-06');
INSERT INTO public.pedidos VALUES (48822, 'MCD-2306-0048822', 1302, 1344, 375, false, NULL, 1800.00, 690.00, 2490.00, 'MXN', 'tarjeta', 'amex', '8733', 'cancelado', NULL, NULL, '2023-06-17 23:53:06-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (48831, 'MCD-2406-0048831', 1302, 1445, 375, false, NULL, 3600.00, 450.00, 4050.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'FedEx', '314666631148', '2024-06-28 22:01:03-06', '2024-06-28 22:01:03-06', '2024-07-09 22:01:03-06');
INSERT INTO public.pedidos VALUES (48845, 'MCD-2409-0048845', 1302, 1325, 375, false, NULL, 320.00, 450.00, 770.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'DHL Express', '4520013772', '2024-09-09 14:18:46-06', '2024-09-10 20:52:46-06', '2024-09-14 14:18:46-06');
INSERT INTO public.pedidos VALUES (48857, 'MCD-2405-0048857', 1317, 1192, 377, false, NULL, 180.00, 129.00, 309.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'DHL', '8127611083', '2024-05-13 14:12:47-06', '2024-05-13 21:08:47-06', '2024-05-18 14:12:47-06');
INSERT INTO public.pedidos VALUES (48872, 'MCD-2411-0048872', 1317, 1181, 377, false, NULL, 3600.00, 0.00, 3600.00, 'MXN', 'tarjeta', 'visa', '6401', 'pagado', NULL, NULL, '2024-11-22 21:15:39-06', '2024-11-22 21:15:39-06', NULL);
INSERT INTO public.pedidos VALUES (48880, 'MCD-2407-0048880', 1317, 1737, 377, false, NULL, 780.00, 149.00, 929.00, 'MXN', 'mercadopago', NULL, NULL, 'cancelado', NULL, NULL, '2024-07-28 20:05:58-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (48884, 'MCD-2402-0048884', 1317, 1106, 377, false, NULL, 1250.00, 0.00, 1250.00, 'MXN', 'tarjeta', 'visa', '0856', 'entregado', 'FedEx', '532136158126', '2024-02-20 14:27:36-06', '2024-02-20 14:27:36-06', '2024-02-27 14:27:36-06');
INSERT INTO public.pedidos VALUES (48899, 'MCD-2311-0048899', 1325, 1212, 379, false, NULL, 1800.00, 0.00, 1800.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'Estafeta', '9225449983194736984718', '2023-11-10 12:07:18-06', '2023-11-10 12:07:18-06', '2023-11-22 12:07:18-06');
INSERT INTO public.pedidos VALUES (48909, 'MCD-2408-0048909', 1325, 1377, 379, false, NULL, 250.00, 149.00, 399.00, 'MXN', 'tarjeta', 'visa', '1416', 'entregado', 'Estafeta', '2511089070055833123140', '2024-08-30 11:24:54-06', '2024-08-30 11:24:54-06', '2024-09-05 11:24:54-06');
INSERT INTO public.pedidos VALUES (48914, 'MCD-2310-0048914', 1325, 1202, 379, false, NULL, 2400.00, 0.00, 2400.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'DHL', '6277172469', '2023-10-12 20:35:41-06', '2023-10-12 20:35:41-06', '2023-10-16 20:35:41-06');
INSERT INTO public.pedidos VALUES (48928, 'MCD-2402-0048928', 1325, 1202, 379, false, NULL, 1800.00, 0.00, 1800.00, 'MXN', 'tarjeta', 'visa', '8404', 'entregado', 'Redpack', '336227132', '2024-02-11 19:40:33-06', '2024-02-11 19:40:33-06', '2024-02-14 19:40:33-06');
INSERT INTO public.pedidos VALUES (48944, 'MCD-2407-0048944', 1337, 1015, 381, false, NULL, 180.00, 149.00, 329.00, 'MXN', 'paypal', NULL, NULL, 'entregado', '99minutos', '69728974990367', '2024-07-21 23:31:25-06', '2024-07-21 23:31:25-06', '2024-07-23 23:31:25-06');
INSERT INTO public.pedidos VALUES (48945, 'MCD-2308-0048945', 1337, 1268, 381, false, NULL, 2400.00, 0.00, 2400.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'Redpack', '494157861', '2023-08-15 22:31:20-06', '2023-08-15 22:31:20-06', '2023-08-25 22:31:20-06');
INSERT INTO public.pedidos VALUES (48960, 'MCD-2406-0048960', 1337, 1212, 381, false, NULL, 1800.00, 0.00, 1800.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'FedEx', '440599259310', '2024-06-11 08:16:04-06', '2024-06-12 00:07:04-06', '2024-06-19 08:16:04-06');
INSERT INTO public.pedidos VALUES (48965, 'MCD-2403-0048965', 1337, 1317, 381, false, NULL, 320.00, 129.00, 449.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'Estafeta', '9517717580962424192693', '2024-03-26 22:55:53-06', '2024-03-28 08:09:53-06', '2024-03-28 22:55:53-06');
INSERT INTO public.pedidos VALUES (48971, 'MCD-2302-0048971', 1337, 1317, 381, false, NULL, 250.00, 149.00, 399.00, 'MXN', 'paypal', NULL, NULL, 'cancelado', NULL, NULL, '2023-02-16 13:11:08-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (48974, 'MCD-2407-0048974', 1337, 1047, 381, false, NULL, 320.00, 99.00, 419.00, 'MXN', 'tarjeta', 'visa', '3554', 'entregado', 'DHL', '8461379908', '2024-07-18 10:36:41-06', '2024-07-18 10:36:41-06', '2024-07-27 10:36:41-06');
INSERT INTO public.pedidos VALUES (48991, 'MCD-2304-0048991', 1344, 1428, 383, false, NULL, 1250.00, 0.00, 1250.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'Estafeta', '7695489278022510093557', '2023-04-29 19:53:29-06', '2023-04-30 15:16:29-06', '2023-05-08 19:53:29-06');
INSERT INTO public.pedidos VALUES (49001, 'MCD-2406-0049001', 1344, 1411, 383, false, NULL, 590.00, 129.00, 719.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'DHL', '5089100562', '2024-06-17 09:38:19-06', '2024-06-17 09:38:19-06', '2024-06-22 09:38:19-06');
INSERT INTO public.pedidos VALUES (49016, 'MCD-2401-0049016', 1344, 1370, 382, false, NULL, 3600.00, 0.00, 3600.00, 'MXN', 'tarjeta', 'visa', '9667', 'entregado', 'DHL', '4689615117', '2024-01-19 19:48:35-06', '2024-01-19 19:48:35-06', '2024-01-23 19:48:35-06');
INSERT INTO public.pedidos VALUES (49030, 'MCD-2303-0049030', 1344, 1106, 382, false, NULL, 950.00, 129.00, 1079.00, 'MXN', 'tarjeta', 'mastercard', '2589', 'entregado', 'DHL', '0756033320', '2023-03-01 19:35:46-06', '2023-03-01 19:35:46-06', '2023-03-03 19:35:46-06');
INSERT INTO public.pedidos VALUES (49043, 'MCD-2404-0049043', 1348, 1134, 386, false, NULL, 950.00, 450.00, 1400.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'FedEx', '621958867955', '2024-04-30 07:57:36-06', '2024-04-30 07:57:36-06', '2024-05-03 07:57:36-06');
INSERT INTO public.pedidos VALUES (49044, 'MCD-2405-0049044', 1348, 1370, 386, false, NULL, 3600.00, 450.00, 4050.00, 'MXN', 'tarjeta', 'visa', '1928', 'entregado', 'DHL Express', '9938557742', '2024-05-05 23:56:28-06', '2024-05-05 23:56:28-06', '2024-05-16 23:56:28-06');
INSERT INTO public.pedidos VALUES (49046, 'MCD-2402-0049046', 1348, 1451, 386, false, NULL, 320.00, 690.00, 1010.00, 'MXN', 'paypal', NULL, NULL, 'enviado', 'DHL Express', '8066424830', '2024-02-13 12:51:55-06', '2024-02-13 12:51:55-06', NULL);
INSERT INTO public.pedidos VALUES (49054, 'MCD-2308-0049054', 1348, 1737, 386, false, NULL, 780.00, 450.00, 1230.00, 'MXN', 'tarjeta', 'mastercard', '6437', 'entregado', 'FedEx', '672248814097', '2023-08-03 17:57:05-06', '2023-08-03 17:57:05-06', '2023-08-07 17:57:05-06');
INSERT INTO public.pedidos VALUES (49055, 'MCD-2410-0049055', 1348, 1152, 386, false, NULL, 780.00, 690.00, 1470.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'FedEx', '976853421927', '2024-10-21 21:00:15-06', '2024-10-21 21:00:15-06', '2024-10-30 21:00:15-06');
INSERT INTO public.pedidos VALUES (49059, 'MCD-2312-0049059', 1348, 1325, 386, false, NULL, 320.00, 450.00, 770.00, 'MXN', 'oxxo', NULL, NULL, 'pagado', NULL, NULL, '2023-12-05 15:34:20-06', '2023-12-06 09:25:20-06', NULL);
INSERT INTO public.pedidos VALUES (49075, 'MCD-2408-0049075', 1348, 1428, 386, false, NULL, 950.00, 890.00, 1840.00, 'MXN', 'tarjeta', 'visa', '6508', 'entregado', 'DHL Express', '9034593208', '2024-08-12 14:39:26-06', '2024-08-12 14:39:26-06', '2024-08-15 14:39:26-06');
INSERT INTO public.pedidos VALUES (49084, 'MCD-2308-0049084', 1348, 1415, 386, false, NULL, 1800.00, 450.00, 2250.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'DHL Express', '0018319879', '2023-08-20 16:58:39-06', '2023-08-20 20:56:39-06', '2023-08-29 16:58:39-06');
INSERT INTO public.pedidos VALUES (49100, 'MCD-2411-0049100', 1370, 1268, 388, false, NULL, 2400.00, 690.00, 3090.00, 'MXN', 'tarjeta', 'mastercard', '8851', 'entregado', 'FedEx', '320348001192', '2024-11-05 11:33:36-06', '2024-11-05 11:33:36-06', '2024-11-09 11:33:36-06');
INSERT INTO public.pedidos VALUES (49101, 'MCD-2304-0049101', 1370, 1106, 388, false, NULL, 1800.00, 890.00, 2690.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'DHL Express', '0417341616', '2023-04-03 12:41:52-06', '2023-04-03 12:41:52-06', '2023-04-08 12:41:52-06');
INSERT INTO public.pedidos VALUES (49106, 'MCD-2408-0049106', 1370, 1428, 388, false, NULL, 950.00, 450.00, 1400.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'DHL Express', '2251582474', '2024-08-15 21:22:58-06', '2024-08-15 21:22:58-06', '2024-08-22 21:22:58-06');
INSERT INTO public.pedidos VALUES (49111, 'MCD-2408-0049111', 1370, 1457, 388, false, NULL, 450.00, 450.00, 900.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'FedEx', '389159484330', '2024-08-28 11:31:37-06', '2024-08-29 18:10:37-06', '2024-09-04 11:31:37-06');
INSERT INTO public.pedidos VALUES (49114, 'MCD-2304-0049114', 1370, 1411, 388, false, NULL, 320.00, 890.00, 1210.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'FedEx', '160067400709', '2023-04-11 10:40:25-06', '2023-04-12 15:00:25-06', '2023-04-22 10:40:25-06');
INSERT INTO public.pedidos VALUES (49118, 'MCD-2308-0049118', 1370, 1268, 388, false, NULL, 950.00, 690.00, 1640.00, 'MXN', 'tarjeta', 'mastercard', '0038', 'entregado', 'DHL Express', '0925557884', '2023-08-04 10:14:44-06', '2023-08-04 10:14:44-06', '2023-08-16 10:14:44-06');
INSERT INTO public.pedidos VALUES (49135, 'MCD-2408-0049135', 1376, 1457, 389, false, NULL, 250.00, 890.00, 1140.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'DHL Express', '3188641952', '2024-08-15 18:08:53-06', '2024-08-16 11:47:53-06', '2024-08-23 18:08:53-06');
INSERT INTO public.pedidos VALUES (49144, 'MCD-2307-0049144', 1376, 1160, 389, false, NULL, 950.00, 890.00, 1840.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'DHL Express', '6473411864', '2023-07-05 22:18:26-06', '2023-07-05 22:18:26-06', '2023-07-17 22:18:26-06');
INSERT INTO public.pedidos VALUES (49146, 'MCD-2301-0049146', 1376, 1377, 389, false, NULL, 250.00, 890.00, 1140.00, 'MXN', 'tarjeta', 'mastercard', '0603', 'entregado', 'FedEx', '312685885966', '2023-01-20 18:00:34-06', '2023-01-20 18:00:34-06', '2023-01-28 18:00:34-06');
INSERT INTO public.pedidos VALUES (49155, 'MCD-2406-0049155', 1377, 1268, 390, false, NULL, 450.00, 99.00, 549.00, 'MXN', 'paypal', NULL, NULL, 'entregado', '99minutos', '59943557446315', '2024-06-11 15:13:01-06', '2024-06-11 15:13:01-06', '2024-06-18 15:13:01-06');
INSERT INTO public.pedidos VALUES (49172, 'MCD-2301-0049172', 1377, 1344, 390, false, NULL, 1800.00, 0.00, 1800.00, 'MXN', 'tarjeta', 'amex', '8635', 'entregado', '99minutos', '06595146174710', '2023-01-25 09:43:08-06', '2023-01-25 09:43:08-06', '2023-02-02 09:43:08-06');
INSERT INTO public.pedidos VALUES (49178, 'MCD-2411-0049178', 1377, 1317, 390, false, NULL, 1250.00, 0.00, 1250.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'FedEx', '854779266305', '2024-11-10 17:51:44-06', '2024-11-10 17:51:44-06', '2024-11-19 17:51:44-06');
INSERT INTO public.pedidos VALUES (49190, 'MCD-2411-0049190', 1384, 1047, 392, false, NULL, 450.00, 129.00, 579.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'DHL', '4637739486', '2024-11-16 12:19:58-06', '2024-11-16 12:19:58-06', '2024-11-18 12:19:58-06');
INSERT INTO public.pedidos VALUES (49205, 'MCD-2309-0049205', 1384, 1212, 392, false, NULL, 1800.00, 0.00, 1800.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', '99minutos', '48270674151049', '2023-09-27 13:04:11-06', '2023-09-27 13:04:11-06', '2023-10-03 13:04:11-06');
INSERT INTO public.pedidos VALUES (49210, 'MCD-2311-0049210', 1389, 1047, 393, false, NULL, 450.00, 890.00, 1340.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'FedEx', '364490996701', '2023-11-21 07:21:04-06', '2023-11-22 12:17:04-06', '2023-11-29 07:21:04-06');
INSERT INTO public.pedidos VALUES (49211, 'MCD-2308-0049211', 1389, 1415, 393, false, NULL, 780.00, 690.00, 1470.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'DHL Express', '8376636896', '2023-08-17 16:39:41-06', '2023-08-17 16:39:41-06', '2023-08-21 16:39:41-06');
INSERT INTO public.pedidos VALUES (49217, 'MCD-2409-0049217', 1389, 1246, 393, false, NULL, 450.00, 690.00, 1140.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'FedEx', '338061008712', '2024-09-22 17:58:47-06', '2024-09-23 10:42:47-06', '2024-10-04 17:58:47-06');
INSERT INTO public.pedidos VALUES (49230, 'MCD-2411-0049230', 1389, 1230, 393, false, NULL, 780.00, 450.00, 1230.00, 'MXN', 'tarjeta', 'mastercard', '1268', 'cancelado', NULL, NULL, '2024-11-06 13:50:39-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (49233, 'MCD-2409-0049233', 1389, 1457, 393, false, NULL, 780.00, 890.00, 1670.00, 'MXN', 'paypal', NULL, NULL, 'enviado', 'DHL Express', '3044960864', '2024-09-08 15:20:34-06', '2024-09-08 15:20:34-06', NULL);
INSERT INTO public.pedidos VALUES (49240, 'MCD-2305-0049240', 1389, 1047, 393, false, NULL, 450.00, 690.00, 1140.00, 'MXN', 'paypal', NULL, NULL, 'enviado', 'DHL Express', '0959335014', '2023-05-13 13:57:38-06', '2023-05-13 13:57:38-06', NULL);
INSERT INTO public.pedidos VALUES (49250, 'MCD-2406-0049250', 1398, 1377, 396, false, NULL, 180.00, 890.00, 1070.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'DHL Express', '0894722589', '2024-06-07 09:25:43-06', '2024-06-07 09:25:43-06', '2024-06-14 09:25:43-06');
INSERT INTO public.pedidos VALUES (49260, 'MCD-2305-0049260', 1398, 1268, 396, false, NULL, 590.00, 690.00, 1280.00, 'MXN', 'tarjeta', 'mastercard', '3183', 'entregado', 'DHL Express', '8335838689', '2023-05-22 18:33:41-06', '2023-05-22 18:33:41-06', '2023-05-29 18:33:41-06');
INSERT INTO public.pedidos VALUES (49276, 'MCD-2407-0049276', 1398, 1411, 396, false, NULL, 590.00, 690.00, 1280.00, 'MXN', 'tarjeta', 'mastercard', '2264', 'entregado', 'DHL Express', '8859118629', '2024-07-01 14:46:09-06', '2024-07-01 14:46:09-06', '2024-07-07 14:46:09-06');
INSERT INTO public.pedidos VALUES (49287, 'MCD-2309-0049287', 1398, 1192, 396, false, NULL, 180.00, 690.00, 870.00, 'MXN', 'tarjeta', 'mastercard', '6521', 'devuelto', 'DHL Express', '9306722317', '2023-09-21 22:02:24-06', '2023-09-21 22:02:24-06', '2023-10-01 22:02:24-06');
INSERT INTO public.pedidos VALUES (49291, 'MCD-2310-0049291', 1402, 1488, 397, false, NULL, 590.00, 690.00, 1280.00, 'MXN', 'tarjeta', 'visa', '4144', 'entregado', 'FedEx', '727299494737', '2023-10-31 23:35:16-06', '2023-10-31 23:35:16-06', '2023-11-11 23:35:16-06');
INSERT INTO public.pedidos VALUES (49307, 'MCD-2308-0049307', 1402, 1414, 397, false, NULL, 180.00, 450.00, 630.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'DHL Express', '2459800749', '2023-08-16 23:26:26-06', '2023-08-17 19:08:26-06', '2023-08-22 23:26:26-06');
INSERT INTO public.pedidos VALUES (49314, 'MCD-2308-0049314', 1402, 1325, 397, false, NULL, 180.00, 890.00, 1070.00, 'MXN', 'tarjeta', 'visa', '8878', 'entregado', 'FedEx', '686417250355', '2023-08-28 23:35:50-06', '2023-08-28 23:35:50-06', '2023-09-07 23:35:50-06');
INSERT INTO public.pedidos VALUES (49318, 'MCD-2405-0049318', 1402, 1317, 397, false, NULL, 320.00, 890.00, 1210.00, 'MXN', 'oxxo', NULL, NULL, 'cancelado', NULL, NULL, '2024-05-22 23:17:12-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (49323, 'MCD-2411-0049323', 1402, 1043, 397, false, NULL, 2400.00, 890.00, 3290.00, 'MXN', 'tarjeta', 'amex', '0258', 'entregado', 'DHL Express', '1916550001', '2024-11-04 10:24:31-06', '2024-11-04 10:24:31-06', '2024-11-07 10:24:31-06');
INSERT INTO public.pedidos VALUES (49335, 'MCD-2311-0049335', 1402, 1160, 397, false, NULL, 1250.00, 890.00, 2140.00, 'MXN', 'tarjeta', 'visa', '7588', 'entregado', 'DHL Express', '3373560565', '2023-11-12 15:01:17-06', '2023-11-12 15:01:17-06', '2023-11-21 15:01:17-06');
INSERT INTO public.pedidos VALUES (49345, 'MCD-2411-0049345', 1402, 1192, 397, false, NULL, 180.00, 690.00, 870.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'FedEx', '657342049097', '2024-11-10 22:40:24-06', '2024-11-10 22:40:24-06', '2024-11-14 22:40:24-06');
INSERT INTO public.pedidos VALUES (49346, 'MCD-2405-0049346', 1402, 1121, 397, false, NULL, 1200.00, 450.00, 1650.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'DHL Express', '8990403301', '2024-05-25 15:20:06-06', '2024-05-26 14:59:06-06', '2024-05-31 15:20:06-06');
INSERT INTO public.pedidos VALUES (49347, 'MCD-2311-0049347', 1411, 1203, 400, false, NULL, 950.00, 149.00, 1099.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'FedEx', '159915369241', '2023-11-15 11:22:29-06', '2023-11-16 12:53:29-06', '2023-11-25 11:22:29-06');
INSERT INTO public.pedidos VALUES (49350, 'MCD-2408-0049350', 1411, 1084, 400, false, NULL, 180.00, 149.00, 329.00, 'MXN', 'tarjeta', 'amex', '2059', 'cancelado', NULL, NULL, '2024-08-15 23:10:55-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (49362, 'MCD-2301-0049362', 1414, 1276, 401, false, NULL, 250.00, 99.00, 349.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'Redpack', '937414316', '2023-01-10 14:31:42-06', '2023-01-11 23:36:42-06', '2023-01-13 14:31:42-06');
INSERT INTO public.pedidos VALUES (49365, 'MCD-2311-0049365', 1414, 1152, 401, false, NULL, 780.00, 129.00, 909.00, 'MXN', 'tarjeta', 'visa', '9611', 'entregado', '99minutos', '17224059969475', '2023-11-20 22:20:15-06', '2023-11-20 22:20:15-06', '2023-11-25 22:20:15-06');
INSERT INTO public.pedidos VALUES (49370, 'MCD-2311-0049370', 1414, 1317, 401, false, NULL, 1250.00, 0.00, 1250.00, 'MXN', 'tarjeta', 'mastercard', '6149', 'entregado', 'FedEx', '633354667016', '2023-11-16 10:00:58-06', '2023-11-16 10:00:58-06', '2023-11-28 10:00:58-06');
INSERT INTO public.pedidos VALUES (49377, 'MCD-2408-0049377', 1421, 1015, 402, false, NULL, 180.00, 450.00, 630.00, 'MXN', 'tarjeta', 'visa', '5756', 'entregado', 'FedEx', '744977657931', '2024-08-20 09:20:50-06', '2024-08-20 09:20:50-06', '2024-08-25 09:20:50-06');
INSERT INTO public.pedidos VALUES (49382, 'MCD-2409-0049382', 1421, 1121, 402, false, NULL, 950.00, 450.00, 1400.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'FedEx', '497736729607', '2024-09-03 19:03:34-06', '2024-09-03 19:03:34-06', '2024-09-07 19:03:34-06');
INSERT INTO public.pedidos VALUES (49395, 'MCD-2403-0049395', 1421, 1007, 402, false, NULL, 590.00, 890.00, 1480.00, 'MXN', 'tarjeta', 'visa', '4101', 'entregado', 'FedEx', '335994908259', '2024-03-17 17:53:05-06', '2024-03-17 17:53:05-06', '2024-03-20 17:53:05-06');
INSERT INTO public.pedidos VALUES (49408, 'MCD-2310-0049408', 1421, 1428, 402, false, NULL, 320.00, 690.00, 1010.00, 'MXN', 'tarjeta', 'mastercard', '3009', 'enviado', 'DHL Express', '9792576689', '2023-10-17 10:07:57-06', '2023-10-17 10:07:57-06', NULL);
INSERT INTO public.pedidos VALUES (49418, 'MCD-2310-0049418', 1421, 1043, 402, false, NULL, 2400.00, 690.00, 3090.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'FedEx', '134223317380', '2023-10-02 16:56:33-06', '2023-10-03 11:32:33-06', '2023-10-11 16:56:33-06');
INSERT INTO public.pedidos VALUES (49430, 'MCD-2409-0049430', 1428, 1414, 403, false, NULL, 1250.00, 0.00, 1250.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'DHL', '0721211869', '2024-09-01 14:44:43-06', '2024-09-01 23:04:43-06', '2024-09-08 14:44:43-06');
INSERT INTO public.pedidos VALUES (49445, 'MCD-2401-0049445', 1445, 1152, 406, false, NULL, 780.00, 129.00, 909.00, 'MXN', 'tarjeta', 'mastercard', '3351', 'enviado', 'Estafeta', '8935737847268760615129', '2024-01-06 07:22:10-06', '2024-01-06 07:22:10-06', NULL);
INSERT INTO public.pedidos VALUES (49462, 'MCD-2406-0049462', 1445, 1007, 406, false, NULL, 1800.00, 0.00, 1800.00, 'MXN', 'tarjeta', 'mastercard', '5608', 'entregado', '99minutos', '10315086156488', '2024-06-10 10:29:23-06', '2024-06-10 10:29:23-06', '2024-06-18 10:29:23-06');
INSERT INTO public.pedidos VALUES (49474, 'MCD-2304-0049474', 1445, 1152, 406, false, NULL, 780.00, 129.00, 909.00, 'MXN', 'mercadopago', NULL, NULL, 'devuelto', 'FedEx', '260413522053', '2023-04-26 08:11:06-06', '2023-04-26 08:11:06-06', '2023-04-29 08:11:06-06');
INSERT INTO public.pedidos VALUES (49475, 'MCD-2409-0049475', 1445, 1414, 406, false, NULL, 1250.00, 0.00, 1250.00, 'MXN', 'mercadopago', NULL, NULL, 'enviado', 'Estafeta', '4594549595116292603727', '2024-09-19 08:41:31-06', '2024-09-19 08:41:31-06', NULL);
INSERT INTO public.pedidos VALUES (49481, 'MCD-2406-0049481', 1445, 1181, 406, false, NULL, 3600.00, 0.00, 3600.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'Redpack', '308218978', '2024-06-27 20:10:54-06', '2024-06-27 20:10:54-06', '2024-06-30 20:10:54-06');
INSERT INTO public.pedidos VALUES (49485, 'MCD-2403-0049485', 1451, 1015, 409, false, NULL, 180.00, 129.00, 309.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'Estafeta', '9881682749002851096344', '2024-03-30 07:23:42-06', '2024-03-30 11:06:42-06', '2024-04-05 07:23:42-06');
INSERT INTO public.pedidos VALUES (49492, 'MCD-2309-0049492', 1451, 1063, 409, false, NULL, 780.00, 99.00, 879.00, 'MXN', 'mercadopago', NULL, NULL, 'cancelado', NULL, NULL, '2023-09-04 19:37:30-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (49493, 'MCD-2406-0049493', 1451, 1007, 409, false, NULL, 1800.00, 0.00, 1800.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'DHL', '1363260043', '2024-06-08 17:13:25-06', '2024-06-08 17:13:25-06', '2024-06-10 17:13:25-06');
INSERT INTO public.pedidos VALUES (49503, 'MCD-2308-0049503', 1451, 1377, 409, false, NULL, 250.00, 99.00, 349.00, 'MXN', 'tarjeta', 'mastercard', '1688', 'entregado', '99minutos', '58832292951127', '2023-08-01 15:12:50-06', '2023-08-01 15:12:50-06', '2023-08-05 15:12:50-06');
INSERT INTO public.pedidos VALUES (49513, 'MCD-2302-0049513', 1451, 1081, 409, false, NULL, 780.00, 129.00, 909.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', '99minutos', '22360709394194', '2023-02-14 17:17:42-06', '2023-02-14 17:17:42-06', '2023-02-16 17:17:42-06');
INSERT INTO public.pedidos VALUES (49526, 'MCD-2306-0049526', 1451, 1047, 409, false, NULL, 320.00, 129.00, 449.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', '99minutos', '15522670293157', '2023-06-18 19:22:44-06', '2023-06-18 21:47:44-06', '2023-06-27 19:22:44-06');
INSERT INTO public.pedidos VALUES (49532, 'MCD-2406-0049532', 1457, 1377, 410, false, NULL, 950.00, 129.00, 1079.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'DHL', '6243734300', '2024-06-29 13:40:01-06', '2024-06-30 03:32:01-06', '2024-07-10 13:40:01-06');
INSERT INTO public.pedidos VALUES (49534, 'MCD-2301-0049534', 1457, 1268, 410, false, NULL, 1250.00, 0.00, 1250.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'Estafeta', '3492296078702800726476', '2023-01-14 17:49:54-06', '2023-01-15 16:01:54-06', '2023-01-20 17:49:54-06');
INSERT INTO public.pedidos VALUES (49537, 'MCD-2404-0049537', 1457, 1246, 410, false, NULL, 450.00, 129.00, 579.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'Estafeta', '0119046296070832257290', '2024-04-08 20:52:13-06', '2024-04-08 20:52:13-06', '2024-04-12 20:52:13-06');
INSERT INTO public.pedidos VALUES (49553, 'MCD-2403-0049553', 1457, 1149, 410, false, NULL, 1800.00, 0.00, 1800.00, 'MXN', 'tarjeta', 'mastercard', '3378', 'entregado', 'DHL', '0214942602', '2024-03-07 18:54:25-06', '2024-03-07 18:54:25-06', '2024-03-17 18:54:25-06');
INSERT INTO public.pedidos VALUES (49558, 'MCD-2402-0049558', 1457, 1192, 410, false, NULL, 450.00, 149.00, 599.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', '99minutos', '23080086753138', '2024-02-13 15:03:16-06', '2024-02-14 20:54:16-06', '2024-02-22 15:03:16-06');
INSERT INTO public.pedidos VALUES (49564, 'MCD-2401-0049564', 1457, 1414, 410, false, NULL, 780.00, 129.00, 909.00, 'MXN', 'tarjeta', 'visa', '6310', 'entregado', 'DHL', '6028661178', '2024-01-15 07:47:31-06', '2024-01-15 07:47:31-06', '2024-01-26 07:47:31-06');
INSERT INTO public.pedidos VALUES (49569, 'MCD-2407-0049569', 1460, 1414, 411, false, NULL, 250.00, 129.00, 379.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'DHL', '8504350274', '2024-07-24 07:53:03-06', '2024-07-24 16:28:03-06', '2024-07-29 07:53:03-06');
INSERT INTO public.pedidos VALUES (49582, 'MCD-2307-0049582', 1484, 1428, 413, false, NULL, 780.00, 450.00, 1230.00, 'MXN', 'spei', NULL, NULL, 'pagado', NULL, NULL, '2023-07-16 19:12:33-06', '2023-07-16 20:11:33-06', NULL);
INSERT INTO public.pedidos VALUES (49594, 'MCD-2302-0049594', 1484, 1047, 413, false, NULL, 320.00, 690.00, 1010.00, 'MXN', 'tarjeta', 'amex', '6086', 'cancelado', NULL, NULL, '2023-02-18 19:37:04-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (49608, 'MCD-2408-0049608', 1484, 1377, 413, false, NULL, 250.00, 890.00, 1140.00, 'MXN', 'tarjeta', 'amex', '6637', 'entregado', 'DHL Express', '1177494168', '2024-08-29 17:13:23-06', '2024-08-29 17:13:23-06', '2024-09-08 17:13:23-06');
INSERT INTO public.pedidos VALUES (49610, 'MCD-2303-0049610', 1488, 1192, 414, false, NULL, 250.00, 690.00, 940.00, 'MXN', 'tarjeta', 'mastercard', '3008', 'pagado', NULL, NULL, '2023-03-24 23:50:49-06', '2023-03-24 23:50:49-06', NULL);
INSERT INTO public.pedidos VALUES (49622, 'MCD-2409-0049622', 1488, 1202, 414, false, NULL, 2400.00, 450.00, 2850.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'FedEx', '606380680012', '2024-09-17 23:54:44-06', '2024-09-18 09:15:44-06', '2024-09-27 23:54:44-06');
INSERT INTO public.pedidos VALUES (49636, 'MCD-2302-0049636', 1488, 1370, 414, false, NULL, 1800.00, 450.00, 2250.00, 'MXN', 'tarjeta', 'visa', '1094', 'enviado', 'FedEx', '971209846594', '2023-02-25 12:31:43-06', '2023-02-25 12:31:43-06', NULL);
INSERT INTO public.pedidos VALUES (49651, 'MCD-2402-0049651', 1488, 1015, 414, false, NULL, 180.00, 890.00, 1070.00, 'MXN', 'tarjeta', 'visa', '4314', 'entregado', 'FedEx', '562418123761', '2024-02-25 17:30:33-06', '2024-02-25 17:30:33-06', '2024-03-08 17:30:33-06');
INSERT INTO public.pedidos VALUES (49667, 'MCD-2309-0049667', 1488, 1106, 414, false, NULL, 1250.00, 450.00, 1700.00, 'MXN', 'tarjeta', 'amex', '7538', 'entregado', 'DHL Express', '6826066226', '2023-09-03 21:48:37-06', '2023-09-03 21:48:37-06', '2023-09-10 21:48:37-06');
INSERT INTO public.pedidos VALUES (49676, 'MCD-2411-0049676', 1488, 1325, 414, false, NULL, 320.00, 450.00, 770.00, 'MXN', 'tarjeta', 'mastercard', '0993', 'entregado', 'FedEx', '383875055498', '2024-11-08 18:08:44-06', '2024-11-08 18:08:44-06', '2024-11-11 18:08:44-06');
INSERT INTO public.pedidos VALUES (49689, 'MCD-2406-0049689', 1511, 1152, 415, false, NULL, 780.00, 99.00, 879.00, 'MXN', 'tarjeta', 'mastercard', '4796', 'enviado', '99minutos', '20251080699301', '2024-06-28 08:48:32-06', '2024-06-28 08:48:32-06', NULL);
INSERT INTO public.pedidos VALUES (49699, 'MCD-2401-0049699', 1511, 1202, 415, false, NULL, 2400.00, 0.00, 2400.00, 'MXN', 'tarjeta', 'mastercard', '1514', 'entregado', 'FedEx', '213988615550', '2024-01-23 08:18:02-06', '2024-01-23 08:18:02-06', '2024-01-28 08:18:02-06');
INSERT INTO public.pedidos VALUES (49705, 'MCD-2402-0049705', 1511, 1160, 415, false, NULL, 1250.00, 0.00, 1250.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'Estafeta', '1854392184139334927899', '2024-02-15 10:47:17-06', '2024-02-15 10:47:17-06', '2024-02-18 10:47:17-06');
INSERT INTO public.pedidos VALUES (49716, 'MCD-2401-0049716', 1511, 1377, 415, false, NULL, 950.00, 129.00, 1079.00, 'MXN', 'tarjeta', 'mastercard', '4413', 'entregado', 'DHL', '1206185248', '2024-01-03 18:27:01-06', '2024-01-03 18:27:01-06', '2024-01-08 18:27:01-06');
INSERT INTO public.pedidos VALUES (49732, 'MCD-2312-0049732', 1511, 1337, 415, false, NULL, 1250.00, 0.00, 1250.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'FedEx', '038748674264', '2023-12-07 09:07:25-06', '2023-12-07 09:07:25-06', '2023-12-13 09:07:25-06');
INSERT INTO public.pedidos VALUES (49733, 'MCD-2404-0049733', 1517, 1084, 417, false, NULL, 180.00, 690.00, 870.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'DHL Express', '1931541768', '2024-04-15 19:10:05-06', '2024-04-15 19:10:05-06', '2024-04-23 19:10:05-06');
INSERT INTO public.pedidos VALUES (49734, 'MCD-2304-0049734', 1517, 1344, 417, false, NULL, 1800.00, 450.00, 2250.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'DHL Express', '7187544167', '2023-04-23 20:38:51-06', '2023-04-24 02:08:51-06', '2023-04-30 20:38:51-06');
INSERT INTO public.pedidos VALUES (49748, 'MCD-2312-0049748', 1517, 1451, 417, false, NULL, 640.00, 890.00, 1530.00, 'MXN', 'tarjeta', 'mastercard', '0509', 'entregado', 'FedEx', '698743202806', '2023-12-03 21:34:43-06', '2023-12-03 21:34:43-06', '2023-12-11 21:34:43-06');
INSERT INTO public.pedidos VALUES (49760, 'MCD-2402-0049760', 1517, 1172, 417, false, NULL, 780.00, 890.00, 1670.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'DHL Express', '8281797525', '2024-02-05 15:09:35-06', '2024-02-06 10:09:35-06', '2024-02-08 15:09:35-06');
INSERT INTO public.pedidos VALUES (49769, 'MCD-2410-0049769', 1523, 1106, 418, false, NULL, 1250.00, 0.00, 1250.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'Estafeta', '2893633529862769606487', '2024-10-30 14:33:51-06', '2024-10-31 04:06:51-06', '2024-11-11 14:33:51-06');
INSERT INTO public.pedidos VALUES (49786, 'MCD-2409-0049786', 1523, 1451, 418, false, NULL, 950.00, 149.00, 1099.00, 'MXN', 'oxxo', NULL, NULL, 'enviado', 'Estafeta', '7104406367316990964286', '2024-09-23 07:06:30-06', '2024-09-23 22:08:30-06', NULL);
INSERT INTO public.pedidos VALUES (49802, 'MCD-2310-0049802', 1523, 1007, 418, false, NULL, 950.00, 149.00, 1099.00, 'MXN', 'tarjeta', 'mastercard', '0419', 'entregado', 'FedEx', '266665990144', '2023-10-24 16:10:14-06', '2023-10-24 16:10:14-06', '2023-10-28 16:10:14-06');
INSERT INTO public.pedidos VALUES (49807, 'MCD-2401-0049807', 1523, 1043, 418, false, NULL, 950.00, 149.00, 1099.00, 'MXN', 'tarjeta', 'mastercard', '9750', 'cancelado', NULL, NULL, '2024-01-20 14:17:05-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (49817, 'MCD-2408-0049817', 1531, 1203, 421, false, NULL, 950.00, 149.00, 1099.00, 'MXN', 'tarjeta', 'visa', '1086', 'entregado', 'Redpack', '554732310', '2024-08-16 20:42:05-06', '2024-08-16 20:42:05-06', '2024-08-25 20:42:05-06');
INSERT INTO public.pedidos VALUES (49824, 'MCD-2404-0049824', 1531, 1084, 421, false, NULL, 180.00, 129.00, 309.00, 'MXN', 'tarjeta', 'visa', '8867', 'cancelado', NULL, NULL, '2024-04-10 17:52:35-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (49839, 'MCD-2302-0049839', 1531, 1268, 421, false, NULL, 1250.00, 0.00, 1250.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'DHL', '1745140474', '2023-02-24 22:27:16-06', '2023-02-24 22:27:16-06', '2023-03-07 22:27:16-06');
INSERT INTO public.pedidos VALUES (49849, 'MCD-2312-0049849', 1531, 1230, 421, false, NULL, 780.00, 129.00, 909.00, 'MXN', 'paypal', NULL, NULL, 'entregado', '99minutos', '30226836067405', '2023-12-09 07:18:58-06', '2023-12-09 07:18:58-06', '2023-12-13 07:18:58-06');
INSERT INTO public.pedidos VALUES (49861, 'MCD-2301-0049861', 1540, 1414, 424, false, NULL, 450.00, 99.00, 549.00, 'MXN', 'tarjeta', 'visa', '0143', 'entregado', 'Redpack', '867583707', '2023-01-18 17:02:51-06', '2023-01-18 17:02:51-06', '2023-01-23 17:02:51-06');
INSERT INTO public.pedidos VALUES (49876, 'MCD-2401-0049876', 1540, 1043, 424, false, NULL, 950.00, 149.00, 1099.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'Estafeta', '1293470828383562253237', '2024-01-30 14:09:38-06', '2024-01-30 14:09:38-06', '2024-02-09 14:09:38-06');
INSERT INTO public.pedidos VALUES (49878, 'MCD-2406-0049878', 1540, 1370, 424, false, NULL, 3600.00, 0.00, 3600.00, 'MXN', 'tarjeta', 'visa', '8765', 'entregado', '99minutos', '14874213514234', '2024-06-04 11:00:32-06', '2024-06-04 11:00:32-06', '2024-06-14 11:00:32-06');
INSERT INTO public.pedidos VALUES (49886, 'MCD-2304-0049886', 1548, 1192, 425, false, NULL, 180.00, 129.00, 309.00, 'MXN', 'tarjeta', 'visa', '3706', 'entregado', '99minutos', '45775795476800', '2023-04-28 18:22:31-06', '2023-04-28 18:22:31-06', '2023-05-02 18:22:31-06');
INSERT INTO public.pedidos VALUES (49893, 'MCD-2403-0049893', 1548, 1152, 425, false, NULL, 1250.00, 0.00, 1250.00, 'MXN', 'tarjeta', 'mastercard', '0252', 'entregado', 'DHL', '7581859256', '2024-03-05 07:04:11-06', '2024-03-05 07:04:11-06', '2024-03-15 07:04:11-06');
INSERT INTO public.pedidos VALUES (49897, 'MCD-2404-0049897', 1548, 1451, 425, false, NULL, 320.00, 99.00, 419.00, 'MXN', 'tarjeta', 'mastercard', '1109', 'entregado', '99minutos', '77112091492358', '2024-04-25 12:16:02-06', '2024-04-25 12:16:02-06', '2024-05-07 12:16:02-06');
INSERT INTO public.pedidos VALUES (49914, 'MCD-2408-0049914', 1548, 1160, 425, false, NULL, 1250.00, 0.00, 1250.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', '99minutos', '06660298445192', '2024-08-01 17:04:45-06', '2024-08-01 17:04:45-06', '2024-08-12 17:04:45-06');
INSERT INTO public.pedidos VALUES (49923, 'MCD-2311-0049923', 1548, 1414, 425, false, NULL, 180.00, 129.00, 309.00, 'MXN', 'tarjeta', 'visa', '9909', 'entregado', 'Redpack', '551437676', '2023-11-10 14:48:06-06', '2023-11-10 14:48:06-06', '2023-11-17 14:48:06-06');
INSERT INTO public.pedidos VALUES (49924, 'MCD-2411-0049924', 1554, 1047, 426, false, NULL, 590.00, 149.00, 739.00, 'MXN', 'oxxo', NULL, NULL, 'cancelado', NULL, NULL, '2024-11-23 21:18:06-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (49928, 'MCD-2311-0049928', 1554, 1246, 426, false, NULL, 1800.00, 0.00, 1800.00, 'MXN', 'tarjeta', 'mastercard', '5230', 'entregado', '99minutos', '57636220264323', '2023-11-29 15:54:32-06', '2023-11-29 15:54:32-06', '2023-12-08 15:54:32-06');
INSERT INTO public.pedidos VALUES (49931, 'MCD-2310-0049931', 1561, 1415, 427, false, NULL, 1800.00, 450.00, 2250.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'DHL Express', '5834357671', '2023-10-09 13:42:27-06', '2023-10-10 18:24:27-06', '2023-10-11 13:42:27-06');
INSERT INTO public.pedidos VALUES (49948, 'MCD-2301-0049948', 1587, 1414, 430, false, NULL, 1030.00, 0.00, 1030.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'DHL', '0200480460', '2023-01-31 12:19:06-06', '2023-01-31 12:19:06-06', '2023-02-02 12:19:06-06');
INSERT INTO public.pedidos VALUES (49950, 'MCD-2305-0049950', 1587, 1268, 428, false, NULL, 450.00, 99.00, 549.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'Redpack', '812538529', '2023-05-24 16:50:22-06', '2023-05-25 16:10:22-06', '2023-06-03 16:50:22-06');
INSERT INTO public.pedidos VALUES (49963, 'MCD-2409-0049963', 1601, 1411, 432, false, NULL, 590.00, 450.00, 1040.00, 'MXN', 'tarjeta', 'mastercard', '1432', 'entregado', 'DHL Express', '5039801853', '2024-09-23 10:13:37-06', '2024-09-23 10:13:37-06', '2024-10-01 10:13:37-06');
INSERT INTO public.pedidos VALUES (49978, 'MCD-2409-0049978', 1601, 1451, 432, false, NULL, 320.00, 890.00, 1210.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'DHL Express', '7571824291', '2024-09-06 11:53:53-06', '2024-09-06 14:53:53-06', '2024-09-17 11:53:53-06');
INSERT INTO public.pedidos VALUES (49983, 'MCD-2312-0049983', 1601, 1317, 432, false, NULL, 1250.00, 450.00, 1700.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'DHL Express', '2374013545', '2023-12-30 13:36:09-06', '2023-12-30 13:36:09-06', '2024-01-04 13:36:09-06');
INSERT INTO public.pedidos VALUES (49995, 'MCD-2406-0049995', 1606, 1428, 433, false, NULL, 1250.00, 0.00, 1250.00, 'MXN', 'tarjeta', 'visa', '5687', 'entregado', 'FedEx', '208567761623', '2024-06-19 19:30:10-06', '2024-06-19 19:30:10-06', '2024-06-25 19:30:10-06');
INSERT INTO public.pedidos VALUES (50007, 'MCD-2406-0050007', 1606, 1337, 433, false, NULL, 1250.00, 0.00, 1250.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'Redpack', '138089242', '2024-06-10 08:29:20-06', '2024-06-11 14:44:20-06', '2024-06-12 08:29:20-06');
INSERT INTO public.pedidos VALUES (50010, 'MCD-2307-0050010', 1606, 1415, 433, false, NULL, 250.00, 99.00, 349.00, 'MXN', 'tarjeta', 'visa', '1724', 'entregado', 'Redpack', '849913293', '2023-07-06 07:24:03-06', '2023-07-06 07:24:03-06', '2023-07-16 07:24:03-06');
INSERT INTO public.pedidos VALUES (50021, 'MCD-2312-0050021', 1621, 1256, 434, false, NULL, 950.00, 149.00, 1099.00, 'MXN', 'tarjeta', 'visa', '7376', 'entregado', 'DHL', '9133855222', '2023-12-09 10:22:04-06', '2023-12-09 10:22:04-06', '2023-12-14 10:22:04-06');
INSERT INTO public.pedidos VALUES (50027, 'MCD-2308-0050027', 1621, 1457, 434, false, NULL, 3600.00, 0.00, 3600.00, 'MXN', 'paypal', NULL, NULL, 'entregado', '99minutos', '20515626732947', '2023-08-18 17:54:58-06', '2023-08-18 17:54:58-06', '2023-08-24 17:54:58-06');
INSERT INTO public.pedidos VALUES (50038, 'MCD-2402-0050038', 1623, 1007, 437, false, NULL, 950.00, 129.00, 1079.00, 'MXN', 'mercadopago', NULL, NULL, 'cancelado', NULL, NULL, '2024-02-29 16:51:51-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (50052, 'MCD-2411-0050052', 1623, 1047, 437, false, NULL, 450.00, 99.00, 549.00, 'MXN', 'tarjeta', 'mastercard', '9604', 'entregado', 'DHL', '0446227303', '2024-11-14 10:03:25-06', '2024-11-14 10:03:25-06', '2024-11-22 10:03:25-06');
INSERT INTO public.pedidos VALUES (50067, 'MCD-2302-0050067', 1623, 1181, 437, false, NULL, 3600.00, 0.00, 3600.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'FedEx', '455080068111', '2023-02-20 12:40:34-06', '2023-02-20 22:45:34-06', '2023-02-26 12:40:34-06');
INSERT INTO public.pedidos VALUES (50074, 'MCD-2410-0050074', 1623, 1268, 437, false, NULL, 450.00, 149.00, 599.00, 'MXN', 'oxxo', NULL, NULL, 'enviado', '99minutos', '82405965719419', '2024-10-23 13:06:07-06', '2024-10-23 15:18:07-06', NULL);
INSERT INTO public.pedidos VALUES (50082, 'MCD-2402-0050082', 1632, 1246, 439, false, NULL, 1800.00, 690.00, 2490.00, 'MXN', 'tarjeta', 'visa', '8311', 'entregado', 'DHL Express', '1135931571', '2024-02-09 08:55:28-06', '2024-02-09 08:55:28-06', '2024-02-18 08:55:28-06');
INSERT INTO public.pedidos VALUES (50094, 'MCD-2411-0050094', 1639, 1160, 442, false, NULL, 1250.00, 690.00, 1940.00, 'MXN', 'tarjeta', 'visa', '2999', 'entregado', 'DHL Express', '1120753060', '2024-11-09 16:52:30-06', '2024-11-09 16:52:30-06', '2024-11-16 16:52:30-06');
INSERT INTO public.pedidos VALUES (50105, 'MCD-2405-0050105', 1639, 1106, 442, false, NULL, 250.00, 890.00, 1140.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'FedEx', '444408368215', '2024-05-08 07:38:15-06', '2024-05-09 16:18:15-06', '2024-05-16 07:38:15-06');
INSERT INTO public.pedidos VALUES (50115, 'MCD-2401-0050115', 1651, 1015, 444, false, NULL, 320.00, 149.00, 469.00, 'MXN', 'paypal', NULL, NULL, 'entregado', '99minutos', '34080256308343', '2024-01-01 10:50:01-06', '2024-01-01 10:50:01-06', '2024-01-07 10:50:01-06');
INSERT INTO public.pedidos VALUES (50127, 'MCD-2304-0050127', 1651, 1134, 444, false, NULL, 950.00, 99.00, 1049.00, 'MXN', 'paypal', NULL, NULL, 'enviado', 'DHL', '9170661573', '2023-04-23 08:26:53-06', '2023-04-23 08:26:53-06', NULL);
INSERT INTO public.pedidos VALUES (50143, 'MCD-2301-0050143', 1651, 1202, 444, false, NULL, 320.00, 99.00, 419.00, 'MXN', 'mercadopago', NULL, NULL, 'pagado', NULL, NULL, '2023-01-19 08:53:46-06', '2023-01-19 08:53:46-06', NULL);
INSERT INTO public.pedidos VALUES (50150, 'MCD-2307-0050150', 1651, 1344, 444, false, NULL, 780.00, 149.00, 929.00, 'MXN', 'tarjeta', 'visa', '0495', 'entregado', 'FedEx', '396098854440', '2023-07-02 16:45:25-06', '2023-07-02 16:45:25-06', '2023-07-06 16:45:25-06');
INSERT INTO public.pedidos VALUES (50163, 'MCD-2409-0050163', 1651, 1015, 444, false, NULL, 320.00, 149.00, 469.00, 'MXN', 'paypal', NULL, NULL, 'cancelado', NULL, NULL, '2024-09-14 11:28:59-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (50165, 'MCD-2406-0050165', 1663, 1007, 447, false, NULL, 950.00, 99.00, 1049.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'DHL', '4470869818', '2024-06-07 09:32:26-06', '2024-06-08 09:01:26-06', '2024-06-15 09:32:26-06');
INSERT INTO public.pedidos VALUES (50179, 'MCD-2402-0050179', 1663, 1428, 447, false, NULL, 780.00, 129.00, 909.00, 'MXN', 'spei', NULL, NULL, 'enviado', 'Redpack', '627128657', '2024-02-10 21:26:08-06', '2024-02-12 00:39:08-06', NULL);
INSERT INTO public.pedidos VALUES (50188, 'MCD-2306-0050188', 1668, 1192, 449, false, NULL, 450.00, 690.00, 1140.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'DHL Express', '5287598408', '2023-06-18 18:43:41-06', '2023-06-19 02:55:41-06', '2023-06-25 18:43:41-06');
INSERT INTO public.pedidos VALUES (50199, 'MCD-2303-0050199', 1668, 1007, 449, false, NULL, 320.00, 690.00, 1010.00, 'MXN', 'tarjeta', 'visa', '9335', 'enviado', 'FedEx', '764861180584', '2023-03-15 07:36:36-06', '2023-03-15 07:36:36-06', NULL);
INSERT INTO public.pedidos VALUES (50204, 'MCD-2310-0050204', 1682, 1428, 454, false, NULL, 1250.00, 0.00, 1250.00, 'MXN', 'tarjeta', 'mastercard', '8219', 'entregado', '99minutos', '19000646661340', '2023-10-10 10:38:30-06', '2023-10-10 10:38:30-06', '2023-10-22 10:38:30-06');
INSERT INTO public.pedidos VALUES (50210, 'MCD-2406-0050210', 1684, 1203, 456, false, NULL, 250.00, 129.00, 379.00, 'MXN', 'tarjeta', 'visa', '1204', 'entregado', 'Redpack', '382422064', '2024-06-05 17:17:03-06', '2024-06-05 17:17:03-06', '2024-06-07 17:17:03-06');
INSERT INTO public.pedidos VALUES (50215, 'MCD-2403-0050215', 1684, 1414, 456, false, NULL, 180.00, 149.00, 329.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'Redpack', '945726894', '2024-03-13 18:21:20-06', '2024-03-14 17:06:20-06', '2024-03-25 18:21:20-06');
INSERT INTO public.pedidos VALUES (50217, 'MCD-2403-0050217', 1684, 1192, 456, false, NULL, 180.00, 99.00, 279.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'Redpack', '574487820', '2024-03-17 20:37:25-06', '2024-03-17 22:25:25-06', '2024-03-27 20:37:25-06');
INSERT INTO public.pedidos VALUES (50234, 'MCD-2411-0050234', 1684, 1203, 456, false, NULL, 250.00, 129.00, 379.00, 'MXN', 'tarjeta', 'mastercard', '5312', 'devuelto', 'FedEx', '219484188301', '2024-11-26 08:20:49-06', '2024-11-26 08:20:49-06', '2024-12-08 08:20:49-06');
INSERT INTO public.pedidos VALUES (50235, 'MCD-2312-0050235', 1684, 1212, 456, false, NULL, 1800.00, 0.00, 1800.00, 'MXN', 'tarjeta', 'visa', '1332', 'entregado', 'DHL', '7631748895', '2023-12-08 23:42:49-06', '2023-12-08 23:42:49-06', '2023-12-17 23:42:49-06');
INSERT INTO public.pedidos VALUES (50243, 'MCD-2405-0050243', 1686, 1415, 462, false, NULL, 250.00, 99.00, 349.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'Estafeta', '1293907707720851120814', '2024-05-05 19:54:19-06', '2024-05-05 20:20:19-06', '2024-05-15 19:54:19-06');
INSERT INTO public.pedidos VALUES (50251, 'MCD-2408-0050251', 1686, 1007, 462, false, NULL, 950.00, 99.00, 1049.00, 'MXN', 'tarjeta', 'mastercard', '8050', 'entregado', 'DHL', '8220654981', '2024-08-27 13:59:36-06', '2024-08-27 13:59:36-06', '2024-09-03 13:59:36-06');
INSERT INTO public.pedidos VALUES (50263, 'MCD-2312-0050263', 1686, 1428, 460, false, NULL, 950.00, 149.00, 1099.00, 'MXN', 'tarjeta', 'mastercard', '0860', 'entregado', 'DHL', '0396984154', '2023-12-11 17:32:58-06', '2023-12-11 17:32:58-06', '2023-12-16 17:32:58-06');
INSERT INTO public.pedidos VALUES (50277, 'MCD-2304-0050277', 1695, 1451, 465, false, NULL, 320.00, 129.00, 449.00, 'MXN', 'spei', NULL, NULL, 'enviado', 'Redpack', '601283052', '2023-04-14 23:09:12-06', '2023-04-15 05:18:12-06', NULL);
INSERT INTO public.pedidos VALUES (50293, 'MCD-2402-0050293', 1695, 1007, 467, false, NULL, 590.00, 129.00, 719.00, 'MXN', 'tarjeta', 'amex', '9349', 'entregado', 'FedEx', '117088872655', '2024-02-27 15:51:54-06', '2024-02-27 15:51:54-06', '2024-03-02 15:51:54-06');
INSERT INTO public.pedidos VALUES (50308, 'MCD-2306-0050308', 1701, 1160, 468, false, NULL, 950.00, 99.00, 1049.00, 'MXN', 'tarjeta', 'visa', '4517', 'entregado', 'Redpack', '734313896', '2023-06-17 16:39:53-06', '2023-06-17 16:39:53-06', '2023-06-19 16:39:53-06');
INSERT INTO public.pedidos VALUES (50318, 'MCD-2311-0050318', 1701, 1317, 468, false, NULL, 320.00, 129.00, 449.00, 'MXN', 'tarjeta', 'mastercard', '7372', 'pagado', NULL, NULL, '2023-11-11 22:10:28-06', '2023-11-11 22:10:28-06', NULL);
INSERT INTO public.pedidos VALUES (50333, 'MCD-2303-0050333', 1701, 1160, 468, false, NULL, 950.00, 149.00, 1099.00, 'MXN', 'tarjeta', 'mastercard', '8407', 'entregado', 'Estafeta', '0925178928706648653505', '2023-03-26 07:26:46-06', '2023-03-26 07:26:46-06', '2023-03-31 07:26:46-06');
INSERT INTO public.pedidos VALUES (50344, 'MCD-2306-0050344', 1701, 1344, 468, false, NULL, 3600.00, 0.00, 3600.00, 'MXN', 'tarjeta', 'amex', '8716', 'enviado', 'FedEx', '862495485370', '2023-06-03 07:04:35-06', '2023-06-03 07:04:35-06', NULL);
INSERT INTO public.pedidos VALUES (50355, 'MCD-2410-0050355', 1704, 1317, 472, false, NULL, 910.00, 890.00, 1800.00, 'MXN', 'spei', NULL, NULL, 'pagado', NULL, NULL, '2024-10-04 20:34:47-06', '2024-10-06 04:10:47-06', NULL);
INSERT INTO public.pedidos VALUES (50360, 'MCD-2410-0050360', 1704, 1084, 472, false, NULL, 180.00, 690.00, 870.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'DHL Express', '8787185923', '2024-10-27 16:50:42-06', '2024-10-27 16:50:42-06', '2024-11-03 16:50:42-06');
INSERT INTO public.pedidos VALUES (50364, 'MCD-2312-0050364', 1704, 1344, 472, false, NULL, 1800.00, 690.00, 2490.00, 'MXN', 'paypal', NULL, NULL, 'enviado', 'DHL Express', '8268224649', '2023-12-25 16:50:47-06', '2023-12-25 16:50:47-06', NULL);
INSERT INTO public.pedidos VALUES (50367, 'MCD-2306-0050367', 1704, 1152, 472, false, NULL, 780.00, 890.00, 1670.00, 'MXN', 'tarjeta', 'visa', '5691', 'entregado', 'DHL Express', '5650688653', '2023-06-14 09:15:46-06', '2023-06-14 09:15:46-06', '2023-06-16 09:15:46-06');
INSERT INTO public.pedidos VALUES (50380, 'MCD-2403-0050380', 1704, 1317, 472, false, NULL, 250.00, 890.00, 1140.00, 'MXN', 'tarjeta', 'amex', '7614', 'enviado', 'FedEx', '633781458172', '2024-03-11 11:05:16-06', '2024-03-11 11:05:16-06', NULL);
INSERT INTO public.pedidos VALUES (50382, 'MCD-2401-0050382', 1704, 1192, 472, false, NULL, 180.00, 690.00, 870.00, 'MXN', 'tarjeta', 'visa', '5066', 'enviado', 'DHL Express', '8196230108', '2024-01-09 21:31:52-06', '2024-01-09 21:31:52-06', NULL);
INSERT INTO public.pedidos VALUES (50390, 'MCD-2305-0050390', 1711, 1276, 475, false, NULL, 250.00, 149.00, 399.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'DHL', '1243474755', '2023-05-31 13:23:38-06', '2023-05-31 13:23:38-06', '2023-06-05 13:23:38-06');
INSERT INTO public.pedidos VALUES (50407, 'MCD-2311-0050407', 1711, 1106, 475, false, NULL, 950.00, 99.00, 1049.00, 'MXN', 'tarjeta', 'mastercard', '8601', 'entregado', 'DHL', '5669522092', '2023-11-20 13:09:54-06', '2023-11-20 13:09:54-06', '2023-11-26 13:09:54-06');
INSERT INTO public.pedidos VALUES (50417, 'MCD-2402-0050417', 1711, 1344, 475, false, NULL, 1800.00, 0.00, 1800.00, 'MXN', 'tarjeta', 'visa', '5441', 'entregado', 'Estafeta', '3225956559597055384724', '2024-02-04 11:55:54-06', '2024-02-04 11:55:54-06', '2024-02-08 11:55:54-06');
INSERT INTO public.pedidos VALUES (50430, 'MCD-2408-0050430', 1711, 1268, 475, false, NULL, 950.00, 129.00, 1079.00, 'MXN', 'paypal', NULL, NULL, 'entregado', '99minutos', '95032345379023', '2024-08-23 23:33:22-06', '2024-08-23 23:33:22-06', '2024-08-27 23:33:22-06');
INSERT INTO public.pedidos VALUES (50438, 'MCD-2304-0050438', 1711, 1149, 475, false, NULL, 1800.00, 0.00, 1800.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'FedEx', '702745912725', '2023-04-25 23:26:11-06', '2023-04-26 16:23:11-06', '2023-04-27 23:26:11-06');
INSERT INTO public.pedidos VALUES (50455, 'MCD-2306-0050455', 1711, 1256, 475, false, NULL, 1800.00, 0.00, 1800.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'FedEx', '436314753518', '2023-06-03 15:18:40-06', '2023-06-04 15:26:40-06', '2023-06-13 15:18:40-06');
INSERT INTO public.pedidos VALUES (50466, 'MCD-2309-0050466', 1711, 1230, 475, false, NULL, 780.00, 129.00, 909.00, 'MXN', 'tarjeta', 'mastercard', '7640', 'entregado', 'FedEx', '469168267465', '2023-09-25 09:25:37-06', '2023-09-25 09:25:37-06', '2023-10-03 09:25:37-06');
INSERT INTO public.pedidos VALUES (50473, 'MCD-2306-0050473', 1711, 1445, 475, false, NULL, 450.00, 149.00, 599.00, 'MXN', 'tarjeta', 'visa', '3253', 'entregado', 'FedEx', '322717799658', '2023-06-18 21:21:17-06', '2023-06-18 21:21:17-06', '2023-06-25 21:21:17-06');
INSERT INTO public.pedidos VALUES (50482, 'MCD-2405-0050482', 1713, 1457, 477, false, NULL, 4380.00, 0.00, 4380.00, 'MXN', 'oxxo', NULL, NULL, 'cancelado', NULL, NULL, '2024-05-28 08:04:03-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (50493, 'MCD-2311-0050493', 1715, 1411, 479, false, NULL, 590.00, 99.00, 689.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', '99minutos', '81741918170645', '2023-11-05 21:27:54-06', '2023-11-05 21:27:54-06', '2023-11-15 21:27:54-06');
INSERT INTO public.pedidos VALUES (50505, 'MCD-2309-0050505', 1715, 1268, 479, false, NULL, 950.00, 99.00, 1049.00, 'MXN', 'tarjeta', 'amex', '8250', 'entregado', '99minutos', '49393970160574', '2023-09-20 22:22:52-06', '2023-09-20 22:22:52-06', '2023-09-28 22:22:52-06');
INSERT INTO public.pedidos VALUES (50522, 'MCD-2307-0050522', 1721, 1415, 484, false, NULL, 250.00, 890.00, 1140.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'FedEx', '202177039642', '2023-07-16 15:57:06-06', '2023-07-17 11:16:06-06', '2023-07-27 15:57:06-06');
INSERT INTO public.pedidos VALUES (50538, 'MCD-2405-0050538', 1721, 1737, 484, false, NULL, 950.00, 450.00, 1400.00, 'MXN', 'tarjeta', 'visa', '2363', 'entregado', 'DHL Express', '1788477321', '2024-05-03 14:35:53-06', '2024-05-03 14:35:53-06', '2024-05-13 14:35:53-06');
INSERT INTO public.pedidos VALUES (50542, 'MCD-2305-0050542', 1721, 1230, 484, false, NULL, 780.00, 890.00, 1670.00, 'MXN', 'oxxo', NULL, NULL, 'pagado', NULL, NULL, '2023-05-19 13:08:44-06', '2023-05-20 06:05:44-06', NULL);
INSERT INTO public.pedidos VALUES (50543, 'MCD-2306-0050543', 1721, 1230, 484, false, NULL, 250.00, 890.00, 1140.00, 'MXN', 'tarjeta', 'visa', '9089', 'entregado', 'FedEx', '759664148235', '2023-06-18 18:42:12-06', '2023-06-18 18:42:12-06', '2023-06-23 18:42:12-06');
INSERT INTO public.pedidos VALUES (50546, 'MCD-2310-0050546', 1722, 1268, 490, false, NULL, 2400.00, 0.00, 2400.00, 'MXN', 'paypal', NULL, NULL, 'cancelado', NULL, NULL, '2023-10-20 18:46:21-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (50552, 'MCD-2305-0050552', 1722, 1106, 487, false, NULL, 250.00, 149.00, 399.00, 'MXN', 'tarjeta', 'mastercard', '9796', 'entregado', 'Redpack', '274642584', '2023-05-01 22:42:35-06', '2023-05-01 22:42:35-06', '2023-05-09 22:42:35-06');
INSERT INTO public.pedidos VALUES (50557, 'MCD-2311-0050557', 1722, 1134, 490, false, NULL, 780.00, 99.00, 879.00, 'MXN', 'tarjeta', 'mastercard', '2175', 'pagado', NULL, NULL, '2023-11-07 13:48:04-06', '2023-11-07 13:48:04-06', NULL);
INSERT INTO public.pedidos VALUES (50558, 'MCD-2411-0050558', 1731, 1063, 491, false, NULL, 780.00, 149.00, 929.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'DHL', '7407724053', '2024-11-23 16:53:52-06', '2024-11-24 21:00:52-06', '2024-11-26 16:53:52-06');
INSERT INTO public.pedidos VALUES (50575, 'MCD-2308-0050575', 1731, 1428, 491, false, NULL, 1250.00, 0.00, 1250.00, 'MXN', 'tarjeta', 'mastercard', '3672', 'enviado', 'Redpack', '024912868', '2023-08-20 10:43:30-06', '2023-08-20 10:43:30-06', NULL);
INSERT INTO public.pedidos VALUES (50588, 'MCD-2312-0050588', 1737, 1451, 494, false, NULL, 320.00, 690.00, 1010.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'DHL Express', '1687205418', '2023-12-11 17:18:05-06', '2023-12-11 17:18:05-06', '2023-12-20 17:18:05-06');
INSERT INTO public.pedidos VALUES (50596, 'MCD-2406-0050596', 1737, 1428, 494, false, NULL, 780.00, 890.00, 1670.00, 'MXN', 'tarjeta', 'mastercard', '5939', 'enviado', 'DHL Express', '6496863063', '2024-06-17 17:43:15-06', '2024-06-17 17:43:15-06', NULL);
INSERT INTO public.pedidos VALUES (50600, 'MCD-2312-0050600', 1737, 1451, 494, false, NULL, 950.00, 890.00, 1840.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'FedEx', '687141722382', '2023-12-25 11:08:37-06', '2023-12-26 06:29:37-06', '2024-01-05 11:08:37-06');
INSERT INTO public.pedidos VALUES (50604, 'MCD-2310-0050604', 1737, 1007, 494, false, NULL, 320.00, 890.00, 1210.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'FedEx', '417532169896', '2023-10-24 17:21:07-06', '2023-10-24 17:21:07-06', '2023-11-03 17:21:07-06');
INSERT INTO public.pedidos VALUES (50612, 'MCD-2407-0050612', 1737, 1414, 494, false, NULL, 180.00, 450.00, 630.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'DHL Express', '7141621783', '2024-07-16 11:56:46-06', '2024-07-17 01:37:46-06', '2024-07-18 11:56:46-06');
INSERT INTO public.pedidos VALUES (50622, 'MCD-2308-0050622', 1745, 1268, 496, false, NULL, 950.00, 99.00, 1049.00, 'MXN', 'tarjeta', 'mastercard', '1600', 'entregado', 'Redpack', '640307572', '2023-08-29 16:40:39-06', '2023-08-29 16:40:39-06', '2023-09-09 16:40:39-06');
INSERT INTO public.pedidos VALUES (50631, 'MCD-2306-0050631', 1745, 1007, 496, false, NULL, 590.00, 99.00, 689.00, 'MXN', 'tarjeta', 'mastercard', '1798', 'entregado', 'DHL', '0284049961', '2023-06-02 20:03:27-06', '2023-06-02 20:03:27-06', '2023-06-07 20:03:27-06');
INSERT INTO public.pedidos VALUES (50638, 'MCD-2309-0050638', 1745, 1344, 496, false, NULL, 780.00, 99.00, 879.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'DHL', '8943385544', '2023-09-25 19:32:45-06', '2023-09-25 19:32:45-06', '2023-10-05 19:32:45-06');
INSERT INTO public.pedidos VALUES (50654, 'MCD-2307-0050654', 1750, 1457, 499, false, NULL, 250.00, 149.00, 399.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'FedEx', '045762435978', '2023-07-24 21:11:15-06', '2023-07-24 21:11:15-06', '2023-07-26 21:11:15-06');
INSERT INTO public.pedidos VALUES (50655, 'MCD-2407-0050655', 1750, 1337, 499, false, NULL, 1250.00, 0.00, 1250.00, 'MXN', 'tarjeta', 'amex', '7065', 'entregado', 'Redpack', '246651216', '2024-07-19 21:41:42-06', '2024-07-19 21:41:42-06', '2024-07-22 21:41:42-06');
INSERT INTO public.pedidos VALUES (50669, 'MCD-2306-0050669', 1760, 1149, 501, false, NULL, 320.00, 890.00, 1210.00, 'MXN', 'oxxo', NULL, NULL, 'enviado', 'DHL Express', '6306170640', '2023-06-20 07:16:28-06', '2023-06-21 04:00:28-06', NULL);
INSERT INTO public.pedidos VALUES (50683, 'MCD-2408-0050683', 1760, 1370, 501, false, NULL, 3600.00, 690.00, 4290.00, 'MXN', 'tarjeta', 'amex', '4523', 'devuelto', 'FedEx', '710071701942', '2024-08-07 16:27:49-06', '2024-08-07 16:27:49-06', '2024-08-19 16:27:49-06');
INSERT INTO public.pedidos VALUES (50689, 'MCD-2308-0050689', 1760, 1414, 501, false, NULL, 450.00, 450.00, 900.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'FedEx', '650454537867', '2023-08-08 17:50:32-06', '2023-08-08 17:50:32-06', '2023-08-15 17:50:32-06');
INSERT INTO public.pedidos VALUES (50696, 'MCD-2405-0050696', 1760, 1121, 501, false, NULL, 950.00, 690.00, 1640.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'DHL Express', '4457772484', '2024-05-12 11:42:42-06', '2024-05-12 12:15:42-06', '2024-05-22 11:42:42-06');
INSERT INTO public.pedidos VALUES (50708, 'MCD-2407-0050708', 1760, 1457, 501, false, NULL, 3600.00, 690.00, 4290.00, 'MXN', 'tarjeta', 'mastercard', '7953', 'enviado', 'DHL Express', '0192265236', '2024-07-13 23:50:57-06', '2024-07-13 23:50:57-06', NULL);
INSERT INTO public.pedidos VALUES (50713, 'MCD-2304-0050713', 1760, 1428, 501, false, NULL, 320.00, 890.00, 1210.00, 'MXN', 'spei', NULL, NULL, 'enviado', 'FedEx', '371071219242', '2023-04-07 10:12:46-06', '2023-04-08 15:14:46-06', NULL);
INSERT INTO public.pedidos VALUES (50718, 'MCD-2309-0050718', 1767, 1488, 503, false, NULL, 450.00, 690.00, 1140.00, 'MXN', 'tarjeta', 'mastercard', '1023', 'entregado', 'FedEx', '330525162073', '2023-09-13 20:37:32-06', '2023-09-13 20:37:32-06', '2023-09-15 20:37:32-06');
INSERT INTO public.pedidos VALUES (50719, 'MCD-2302-0050719', 1776, 1325, 505, false, NULL, 3600.00, 890.00, 4490.00, 'MXN', 'mercadopago', NULL, NULL, 'cancelado', NULL, NULL, '2023-02-10 15:20:08-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (50728, 'MCD-2306-0050728', 1813, 1415, 508, false, NULL, 1800.00, 0.00, 1800.00, 'MXN', 'tarjeta', 'visa', '7432', 'devuelto', 'Redpack', '941322301', '2023-06-07 15:49:12-06', '2023-06-07 15:49:12-06', '2023-06-16 15:49:12-06');
INSERT INTO public.pedidos VALUES (50739, 'MCD-2406-0050739', 1813, 1160, 508, false, NULL, 1250.00, 0.00, 1250.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'DHL', '6619094402', '2024-06-29 07:59:48-06', '2024-06-29 07:59:48-06', '2024-07-09 07:59:48-06');
INSERT INTO public.pedidos VALUES (50755, 'MCD-2305-0050755', 1813, 1737, 508, false, NULL, 950.00, 129.00, 1079.00, 'MXN', 'tarjeta', 'mastercard', '2722', 'entregado', '99minutos', '22722642293097', '2023-05-05 21:19:27-06', '2023-05-05 21:19:27-06', '2023-05-16 21:19:27-06');
INSERT INTO public.pedidos VALUES (50761, 'MCD-2406-0050761', 1813, 1428, 508, false, NULL, 320.00, 129.00, 449.00, 'MXN', 'tarjeta', 'mastercard', '5302', 'entregado', 'FedEx', '837522956123', '2024-06-26 20:49:33-06', '2024-06-26 20:49:33-06', '2024-07-08 20:49:33-06');
INSERT INTO public.pedidos VALUES (50763, 'MCD-2311-0050763', 1816, 1212, 509, false, NULL, 1800.00, 890.00, 2690.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'DHL Express', '6306577407', '2023-11-04 23:32:47-06', '2023-11-04 23:32:47-06', '2023-11-15 23:32:47-06');
INSERT INTO public.pedidos VALUES (50777, 'MCD-2404-0050777', 1816, 1202, 509, false, NULL, 1800.00, 450.00, 2250.00, 'MXN', 'spei', NULL, NULL, 'devuelto', 'DHL Express', '6723061524', '2024-04-09 10:36:01-06', '2024-04-10 07:32:01-06', '2024-04-14 10:36:01-06');
INSERT INTO public.pedidos VALUES (50778, 'MCD-2303-0050778', 1825, 1325, 511, false, NULL, 180.00, 690.00, 870.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'DHL Express', '9258192395', '2023-03-03 20:31:13-06', '2023-03-04 05:45:13-06', '2023-03-08 20:31:13-06');
INSERT INTO public.pedidos VALUES (50786, 'MCD-2406-0050786', 1825, 1415, 511, false, NULL, 1800.00, 690.00, 2490.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'DHL Express', '6525820484', '2024-06-07 16:53:49-06', '2024-06-07 16:53:49-06', '2024-06-19 16:53:49-06');
INSERT INTO public.pedidos VALUES (50789, 'MCD-2406-0050789', 1825, 1149, 511, false, NULL, 1800.00, 690.00, 2490.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'DHL Express', '2235251903', '2024-06-12 20:33:16-06', '2024-06-13 20:27:16-06', '2024-06-21 20:33:16-06');
INSERT INTO public.pedidos VALUES (50791, 'MCD-2404-0050791', 1825, 1106, 511, false, NULL, 250.00, 890.00, 1140.00, 'MXN', 'tarjeta', 'visa', '7464', 'enviado', 'FedEx', '221622875514', '2024-04-29 19:11:28-06', '2024-04-29 19:11:28-06', NULL);
INSERT INTO public.pedidos VALUES (50796, 'MCD-2305-0050796', 1831, 1007, 513, false, NULL, 950.00, 99.00, 1049.00, 'MXN', 'paypal', NULL, NULL, 'enviado', '99minutos', '28149631790761', '2023-05-11 10:03:11-06', '2023-05-11 10:03:11-06', NULL);
INSERT INTO public.pedidos VALUES (50801, 'MCD-2307-0050801', 1831, 1415, 512, false, NULL, 2400.00, 0.00, 2400.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'FedEx', '785087465812', '2023-07-08 19:53:10-06', '2023-07-09 09:19:10-06', '2023-07-14 19:53:10-06');
INSERT INTO public.pedidos VALUES (50817, 'MCD-2411-0050817', 1831, 1268, 513, false, NULL, 590.00, 149.00, 739.00, 'MXN', 'tarjeta', 'mastercard', '5415', 'entregado', '99minutos', '91390578153511', '2024-11-19 12:53:48-06', '2024-11-19 12:53:48-06', '2024-11-25 12:53:48-06');
INSERT INTO public.pedidos VALUES (50830, 'MCD-2304-0050830', 1839, 1256, 516, false, NULL, 1800.00, 0.00, 1800.00, 'MXN', 'tarjeta', 'amex', '6216', 'entregado', 'Estafeta', '2921947820440198403111', '2023-04-10 09:43:50-06', '2023-04-10 09:43:50-06', '2023-04-17 09:43:50-06');
INSERT INTO public.pedidos VALUES (50844, 'MCD-2402-0050844', 1844, 1081, 521, false, NULL, 780.00, 450.00, 1230.00, 'MXN', 'tarjeta', 'visa', '3533', 'entregado', 'DHL Express', '9904331513', '2024-02-06 07:58:47-06', '2024-02-06 07:58:47-06', '2024-02-10 07:58:47-06');
INSERT INTO public.pedidos VALUES (50851, 'MCD-2305-0050851', 1844, 1212, 521, false, NULL, 1980.00, 690.00, 2670.00, 'MXN', 'mercadopago', NULL, NULL, 'enviado', 'FedEx', '645157730401', '2023-05-05 10:30:33-06', '2023-05-05 10:30:33-06', NULL);
INSERT INTO public.pedidos VALUES (50863, 'MCD-2403-0050863', 1844, 1230, 521, false, NULL, 250.00, 890.00, 1140.00, 'MXN', 'tarjeta', 'mastercard', '3630', 'entregado', 'DHL Express', '5392621829', '2024-03-16 13:30:41-06', '2024-03-16 13:30:41-06', '2024-03-26 13:30:41-06');
INSERT INTO public.pedidos VALUES (50865, 'MCD-2404-0050865', 1845, 1344, 526, false, NULL, 590.00, 129.00, 719.00, 'MXN', 'tarjeta', 'mastercard', '6181', 'entregado', 'DHL', '9426611333', '2024-04-16 19:09:49-06', '2024-04-16 19:09:49-06', '2024-04-28 19:09:49-06');
INSERT INTO public.pedidos VALUES (50869, 'MCD-2406-0050869', 1845, 1202, 526, false, NULL, 1800.00, 0.00, 1800.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'FedEx', '188805814004', '2024-06-14 13:47:03-06', '2024-06-14 13:47:03-06', '2024-06-24 13:47:03-06');
INSERT INTO public.pedidos VALUES (50886, 'MCD-2411-0050886', 1845, 1488, 526, false, NULL, 450.00, 99.00, 549.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'FedEx', '266729711674', '2024-11-19 13:45:12-06', '2024-11-19 13:45:12-06', '2024-11-23 13:45:12-06');
INSERT INTO public.pedidos VALUES (50887, 'MCD-2408-0050887', 1845, 1192, 526, false, NULL, 250.00, 129.00, 379.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'Estafeta', '7183687828006931380159', '2024-08-21 13:29:08-06', '2024-08-21 13:29:08-06', '2024-08-24 13:29:08-06');
INSERT INTO public.pedidos VALUES (50889, 'MCD-2405-0050889', 1845, 1063, 526, false, NULL, 780.00, 129.00, 909.00, 'MXN', 'paypal', NULL, NULL, 'cancelado', NULL, NULL, '2024-05-06 11:23:18-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (50892, 'MCD-2410-0050892', 1845, 1317, 523, false, NULL, 590.00, 149.00, 739.00, 'MXN', 'mercadopago', NULL, NULL, 'enviado', 'DHL', '0711194937', '2024-10-02 12:36:11-06', '2024-10-02 12:36:11-06', NULL);
INSERT INTO public.pedidos VALUES (50895, 'MCD-2305-0050895', 1845, 1181, 526, false, NULL, 3600.00, 0.00, 3600.00, 'MXN', 'paypal', NULL, NULL, 'entregado', '99minutos', '47069310066485', '2023-05-26 21:43:46-06', '2023-05-26 21:43:46-06', '2023-05-31 21:43:46-06');
INSERT INTO public.pedidos VALUES (50902, 'MCD-2310-0050902', 1845, 1451, 526, false, NULL, 320.00, 129.00, 449.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'DHL', '5734297684', '2023-10-12 11:16:09-06', '2023-10-12 18:03:09-06', '2023-10-17 11:16:09-06');
INSERT INTO public.pedidos VALUES (50907, 'MCD-2403-0050907', 1862, 1007, 528, false, NULL, 590.00, 129.00, 719.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'FedEx', '944664714353', '2024-03-23 17:06:27-06', '2024-03-23 17:06:27-06', '2024-04-04 17:06:27-06');
INSERT INTO public.pedidos VALUES (50911, 'MCD-2407-0050911', 1862, 1337, 528, false, NULL, 2400.00, 0.00, 2400.00, 'MXN', 'oxxo', NULL, NULL, 'enviado', 'FedEx', '413980521291', '2024-07-13 08:53:20-06', '2024-07-14 06:11:20-06', NULL);
INSERT INTO public.pedidos VALUES (50922, 'MCD-2312-0050922', 1862, 1415, 528, false, NULL, 1800.00, 0.00, 1800.00, 'MXN', 'tarjeta', 'visa', '2026', 'pagado', NULL, NULL, '2023-12-04 18:39:04-06', '2023-12-04 18:39:04-06', NULL);
INSERT INTO public.pedidos VALUES (50926, 'MCD-2410-0050926', 1862, 1414, 528, false, NULL, 780.00, 129.00, 909.00, 'MXN', 'oxxo', NULL, NULL, 'pagado', NULL, NULL, '2024-10-13 21:52:22-06', '2024-10-14 16:56:22-06', NULL);
INSERT INTO public.pedidos VALUES (50927, 'MCD-2310-0050927', 1865, 1451, 529, false, NULL, 2750.00, 0.00, 2750.00, 'MXN', 'mercadopago', NULL, NULL, 'enviado', 'FedEx', '407248572926', '2023-10-25 12:43:57-06', '2023-10-25 12:43:57-06', NULL);
INSERT INTO public.pedidos VALUES (50942, 'MCD-2402-0050942', 1063, 1212, 530, true, 'Con amor para Rocío. Te extrañamos, Gerardo', 1800.00, 0.00, 1800.00, 'MXN', 'tarjeta', 'mastercard', '8605', 'entregado', 'Redpack', '791311305', '2024-02-09 18:32:46-06', '2024-02-09 18:32:46-06', '2024-02-13 18:32:46-06');
INSERT INTO public.pedidos VALUES (50954, 'MCD-2309-0050954', 1081, 1415, 533, true, 'Roberto: felices fiestas. David', 250.00, 149.00, 399.00, 'MXN', 'spei', NULL, NULL, 'cancelado', NULL, NULL, '2023-09-14 13:46:53-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (50959, 'MCD-2311-0050959', 1129, 1268, 535, true, NULL, 1250.00, 0.00, 1250.00, 'MXN', 'spei', NULL, NULL, 'enviado', 'Estafeta', '9958214800852780560887', '2023-11-30 12:26:09-06', '2023-12-01 15:55:09-06', NULL);
INSERT INTO public.pedidos VALUES (50976, 'MCD-2407-0050976', 1129, 1084, 535, true, '¡Feliz cumpleaños, Mariana! Con mucho cariño, Christopher', 180.00, 149.00, 329.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'DHL', '1708677006', '2024-07-23 14:20:41-06', '2024-07-24 03:20:41-06', '2024-08-01 14:20:41-06');
INSERT INTO public.pedidos VALUES (50990, 'MCD-2312-0050990', 1264, 1192, 538, true, NULL, 180.00, 129.00, 309.00, 'MXN', 'tarjeta', 'visa', '6571', 'entregado', '99minutos', '17142846145797', '2023-12-07 13:35:52-06', '2023-12-07 13:35:52-06', '2023-12-15 13:35:52-06');
INSERT INTO public.pedidos VALUES (50998, 'MCD-2311-0050998', 1267, 1317, 541, true, 'Para Alfonso, para que adornes tu casa. Te quiero, Nayeli', 320.00, 99.00, 419.00, 'MXN', 'tarjeta', 'visa', '8104', 'entregado', 'Estafeta', '3522111464471292568950', '2023-11-01 09:53:00-06', '2023-11-01 09:53:00-06', '2023-11-08 09:53:00-06');
INSERT INTO public.pedidos VALUES (51008, 'MCD-2410-0051008', 1267, 1414, 541, true, 'Para Alfonso, para que adornes tu casa. Te quiero, Nayeli', 450.00, 129.00, 579.00, 'MXN', 'tarjeta', 'mastercard', '9144', 'entregado', 'Estafeta', '4006958852144480385687', '2024-10-31 15:19:38-06', '2024-10-31 15:19:38-06', '2024-11-07 15:19:38-06');
INSERT INTO public.pedidos VALUES (51024, 'MCD-2406-0051024', 1283, 1737, 544, true, 'Para Xóchitl, para que adornes tu casa. Te quiero, Sofía', 780.00, 129.00, 909.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'Estafeta', '1900552531701440431174', '2024-06-08 19:34:10-06', '2024-06-08 19:34:10-06', '2024-06-18 19:34:10-06');
INSERT INTO public.pedidos VALUES (51025, 'MCD-2406-0051025', 1283, 1212, 544, true, 'Para Xóchitl, para que adornes tu casa. Te quiero, Sofía', 1800.00, 0.00, 1800.00, 'MXN', 'mercadopago', NULL, NULL, 'cancelado', NULL, NULL, '2024-06-19 15:26:09-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (51029, 'MCD-2408-0051029', 1300, 1414, 547, true, '¡Feliz cumpleaños, Raúl! Con mucho cariño, Sarah', 250.00, 129.00, 379.00, 'MXN', 'tarjeta', 'mastercard', '6742', 'entregado', 'Estafeta', '4906180684162321032560', '2024-08-04 07:59:52-06', '2024-08-04 07:59:52-06', '2024-08-13 07:59:52-06');
INSERT INTO public.pedidos VALUES (51032, 'MCD-2311-0051032', 1348, 1325, 548, true, 'Con amor para Leticia. Te extrañamos, Kevin', 320.00, 99.00, 419.00, 'MXN', 'tarjeta', 'visa', '3372', 'cancelado', NULL, NULL, '2023-11-10 08:26:58-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (51041, 'MCD-2407-0051041', 1348, 1007, 548, true, 'Feliz Día de las Madres, Leticia. Un abrazo enorme desde lejos, Kevin', 1800.00, 0.00, 1800.00, 'MXN', 'tarjeta', 'mastercard', '4599', 'entregado', 'Redpack', '269828615', '2024-07-08 13:49:21-06', '2024-07-08 13:49:21-06', '2024-07-14 13:49:21-06');
INSERT INTO public.pedidos VALUES (51052, 'MCD-2403-0051052', 1116, 1007, 550, true, 'Feliz Día de las Madres, Claudia. Un abrazo enorme desde lejos, Leticia', 1800.00, 0.00, 1800.00, 'MXN', 'spei', NULL, NULL, 'pagado', NULL, NULL, '2024-03-15 16:58:08-06', '2024-03-15 23:08:08-06', NULL);
INSERT INTO public.pedidos VALUES (51063, 'MCD-2307-0051063', 1116, 1192, 550, true, NULL, 180.00, 129.00, 309.00, 'MXN', 'tarjeta', 'amex', '7364', 'entregado', '99minutos', '91898512631615', '2023-07-17 12:03:10-06', '2023-07-17 12:03:10-06', '2023-07-28 12:03:10-06');
INSERT INTO public.pedidos VALUES (51071, 'MCD-2408-0051071', 1154, 1134, 553, true, '¡Feliz cumpleaños, Rubén! Con mucho cariño, Alfonso', 950.00, 99.00, 1049.00, 'MXN', 'tarjeta', 'mastercard', '2539', 'pagado', NULL, NULL, '2024-08-10 22:14:55-06', '2024-08-10 22:14:55-06', NULL);
INSERT INTO public.pedidos VALUES (51078, 'MCD-2310-0051078', 1297, 1451, 554, true, 'Araceli: felices fiestas. Claudia', 1800.00, 0.00, 1800.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'Redpack', '865567351', '2023-10-10 19:28:09-06', '2023-10-11 18:24:09-06', '2023-10-16 19:28:09-06');
INSERT INTO public.pedidos VALUES (51089, 'MCD-2307-0051089', 1384, 1317, 556, true, 'Para Alejandra, para que adornes tu casa. Te quiero, Abril', 1250.00, 0.00, 1250.00, 'MXN', 'tarjeta', 'mastercard', '9788', 'enviado', 'Estafeta', '3128090642705763858331', '2023-07-26 22:52:10-06', '2023-07-26 22:52:10-06', NULL);
INSERT INTO public.pedidos VALUES (51098, 'MCD-2304-0051098', 1460, 1377, 558, true, 'Para Araceli, para que adornes tu casa. Te quiero, Renata', 250.00, 149.00, 399.00, 'MXN', 'oxxo', NULL, NULL, 'devuelto', 'DHL', '9199471580', '2023-04-05 14:10:32-06', '2023-04-05 14:16:32-06', '2023-04-08 14:10:32-06');
INSERT INTO public.pedidos VALUES (51105, 'MCD-2307-0051105', 1511, 1160, 559, true, 'Para Mariana, para que adornes tu casa. Te quiero, Abel', 1250.00, 0.00, 1250.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'Estafeta', '2227142995818470508474', '2023-07-22 17:04:06-06', '2023-07-22 21:08:06-06', '2023-07-28 17:04:06-06');
INSERT INTO public.pedidos VALUES (51121, 'MCD-2404-0051121', 1523, 1203, 562, true, '¡Feliz cumpleaños, Dulce! Con mucho cariño, Andrea', 250.00, 450.00, 700.00, 'MXN', 'tarjeta', 'amex', '6327', 'entregado', 'DHL Express', '8133826293', '2024-04-09 19:20:54-06', '2024-04-09 19:20:54-06', '2024-04-15 19:20:54-06');
INSERT INTO public.pedidos VALUES (51128, 'MCD-2302-0051128', 1523, 1063, 562, true, NULL, 780.00, 690.00, 1470.00, 'MXN', 'mercadopago', NULL, NULL, 'cancelado', NULL, NULL, '2023-02-20 19:10:31-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (51130, 'MCD-2309-0051130', 1531, 1411, 564, true, NULL, 3600.00, 450.00, 4050.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'FedEx', '252330486283', '2023-09-15 11:59:20-06', '2023-09-16 00:23:20-06', '2023-09-27 11:59:20-06');
INSERT INTO public.pedidos VALUES (51139, 'MCD-2308-0051139', 1540, 1047, 567, true, 'Carlos: felices fiestas. Andrea', 320.00, 690.00, 1010.00, 'MXN', 'tarjeta', 'mastercard', '0712', 'cancelado', NULL, NULL, '2023-08-12 17:46:07-06', NULL, NULL);
INSERT INTO public.pedidos VALUES (51149, 'MCD-2307-0051149', 1152, 1212, 570, true, 'Carlos: felices fiestas. Irene', 1800.00, 0.00, 1800.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'DHL', '8686264216', '2023-07-19 13:08:08-06', '2023-07-19 14:40:08-06', '2023-07-23 13:08:08-06');
INSERT INTO public.pedidos VALUES (51152, 'MCD-2308-0051152', 1172, 1325, 572, true, '¡Feliz cumpleaños, Laia! Con mucho cariño, Lautaro', 320.00, 890.00, 1210.00, 'MXN', 'oxxo', NULL, NULL, 'entregado', 'DHL Express', '5489711956', '2023-08-04 09:08:37-06', '2023-08-04 23:05:37-06', '2023-08-10 09:08:37-06');
INSERT INTO public.pedidos VALUES (51161, 'MCD-2307-0051161', 1039, 1415, 575, true, 'Feliz Día de las Madres, Joaquín. Un abrazo enorme desde lejos, Pau', 1800.00, 0.00, 1800.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'FedEx', '136896768295', '2023-07-01 15:09:29-06', '2023-07-01 15:09:29-06', '2023-07-03 15:09:29-06');
INSERT INTO public.pedidos VALUES (51176, 'MCD-2312-0051176', 1039, 1415, 575, true, 'Para Joaquín, para que adornes tu casa. Te quiero, Pau', 2400.00, 0.00, 2400.00, 'MXN', 'mercadopago', NULL, NULL, 'entregado', 'Estafeta', '7530435834208857320844', '2023-12-17 21:03:02-06', '2023-12-17 21:03:02-06', '2023-12-29 21:03:02-06');
INSERT INTO public.pedidos VALUES (51181, 'MCD-2310-0051181', 1221, 1268, 577, true, NULL, 450.00, 129.00, 579.00, 'MXN', 'tarjeta', 'mastercard', '0766', 'pagado', NULL, NULL, '2023-10-19 12:05:56-06', '2023-10-19 12:05:56-06', NULL);
INSERT INTO public.pedidos VALUES (51187, 'MCD-2409-0051187', 1435, 1337, 579, true, 'Para Efraín, para que adornes tu casa. Te quiero, Laia', 1250.00, 0.00, 1250.00, 'MXN', 'spei', NULL, NULL, 'entregado', 'Estafeta', '4149864480029893705259', '2024-09-13 21:15:27-06', '2024-09-13 21:25:27-06', '2024-09-25 21:15:27-06');
INSERT INTO public.pedidos VALUES (51198, 'MCD-2304-0051198', 1022, 1134, 582, true, '¡Feliz cumpleaños, Claudia! Con mucho cariño, Iván', 950.00, 99.00, 1049.00, 'MXN', 'paypal', NULL, NULL, 'entregado', 'FedEx', '322298805286', '2023-04-17 22:43:24-06', '2023-04-17 22:43:24-06', '2023-04-22 22:43:24-06');
INSERT INTO public.pedidos VALUES (51214, 'MCD-2307-0051214', 1319, 1081, 584, true, 'Juan: felices fiestas. Marisol', 590.00, 129.00, 719.00, 'MXN', 'tarjeta', 'mastercard', '6778', 'entregado', 'DHL', '3251106048', '2023-07-25 21:30:10-06', '2023-07-25 21:30:10-06', '2023-08-05 21:30:10-06');
INSERT INTO public.pedidos VALUES (51223, 'MCD-2305-0051223', 1071, 1317, 585, true, 'Con amor para Salvador. Te extrañamos, Paola', 250.00, 149.00, 399.00, 'MXN', 'spei', NULL, NULL, 'enviado', 'DHL', '4681660175', '2023-05-28 18:50:05-06', '2023-05-29 16:57:05-06', NULL);


--
-- Data for Name: productos; Type: TABLE DATA; Schema: public; Owner: mercadito
--

INSERT INTO public.productos VALUES (5002, 1007, 'Catrina de barro', 'catrina-de-barro-5002', 8, 590.00, 'MXN', 'MC-PER-783', '7502789223890', 0, true);
INSERT INTO public.productos VALUES (5006, 1007, 'Plato de talavera poblana 30 cm', 'plato-de-talavera-poblana-30-cm-5006', 3, 950.00, 'MXN', 'MC-PER-341', '7501809408279', 7, true);
INSERT INTO public.productos VALUES (5009, 1007, 'Jarra de vidrio soplado', 'jarra-de-vidrio-soplado-5009', 7, 1800.00, 'MXN', 'MC-PER-515', '7508532086675', 0, true);
INSERT INTO public.productos VALUES (5011, 1007, 'Maceta de talavera', 'maceta-de-talavera-5011', 3, 320.00, 'MXN', 'MC-PER-783', '7507728977063', 9, true);
INSERT INTO public.productos VALUES (5013, 1007, 'Bolsa de piel labrada', 'bolsa-de-piel-labrada-5013', 6, 590.00, 'MXN', 'MC-PER-113', '7501980823595', 38, true);
INSERT INTO public.productos VALUES (5015, 1015, 'Collar de chaquira huichol', 'collar-de-chaquira-huichol-5015', 5, 180.00, 'MXN', 'MC-CAR-767', '7509965845341', 34, false);
INSERT INTO public.productos VALUES (5019, 1015, 'Vaso de vidrio soplado (juego de 6)', 'vaso-de-vidrio-soplado-juego-de-6-5019', 7, 320.00, 'MXN', 'MC-CAR-145', '7506277497244', 16, true);
INSERT INTO public.productos VALUES (5023, 1015, 'Huipil bordado a mano', 'huipil-bordado-a-mano-5023', 1, 780.00, 'MXN', 'MC-CAR-126', '7504748817720', 17, false);
INSERT INTO public.productos VALUES (5026, 1015, 'Pulsera de plata de Taxco', 'pulsera-de-plata-de-taxco-5026', 5, 320.00, 'MXN', 'MC-CAR-458', '7507931241098', 28, true);
INSERT INTO public.productos VALUES (5029, 1043, 'Vaso de vidrio soplado (juego de 6)', 'vaso-de-vidrio-soplado-juego-de-6-5029', 7, 950.00, 'MXN', 'MC-MOR-356', '7506971683394', 15, true);
INSERT INTO public.productos VALUES (5030, 1043, 'Collar de chaquira huichol', 'collar-de-chaquira-huichol-5030', 5, 2400.00, 'MXN', 'MC-MOR-862', '7505882491401', 22, true);
INSERT INTO public.productos VALUES (5032, 1047, 'Alebrije jaguar tallado en copal', 'alebrije-jaguar-tallado-en-copal-5032', 4, 590.00, 'MXN', 'MC-GOM-393', '7507068331525', 0, true);
INSERT INTO public.productos VALUES (5033, 1047, 'Cántaro de barro negro', 'cantaro-de-barro-negro-5033', 2, 320.00, 'MXN', 'MC-GOM-738', '7501255478642', 5, true);
INSERT INTO public.productos VALUES (5035, 1047, 'Árbol de la vida de Metepec', 'arbol-de-la-vida-de-metepec-5035', 8, 450.00, 'MXN', 'MC-GOM-260', '7507275469301', 18, true);
INSERT INTO public.productos VALUES (5038, 1047, 'Blusa de manta con bordado de Tenango', 'blusa-de-manta-con-bordado-de-tenango-5038', 1, 320.00, 'MXN', 'MC-GOM-472', '7505676751643', 38, true);
INSERT INTO public.productos VALUES (5039, 1063, 'Vela de soya con aroma a copal', 'vela-de-soya-con-aroma-a-copal-5039', 8, 780.00, 'MXN', 'MC-CHA-161', '7501570998191', 11, true);
INSERT INTO public.productos VALUES (5041, 1063, 'Cobija tejida a gancho', 'cobija-tejida-a-gancho-5041', 8, 3600.00, 'MXN', 'MC-CHA-857', '7504277313090', 31, true);
INSERT INTO public.productos VALUES (5044, 1081, 'Cobija tejida a gancho', 'cobija-tejida-a-gancho-5044', 8, 780.00, 'MXN', 'MC-AND-727', '7507611185933', 39, true);
INSERT INTO public.productos VALUES (5045, 1081, 'Vela de soya con aroma a copal', 'vela-de-soya-con-aroma-a-copal-5045', 8, 590.00, 'MXN', 'MC-AND-937', '7508626944133', 25, true);
INSERT INTO public.productos VALUES (5049, 1084, 'Alebrije colibrí', 'alebrije-colibri-5049', 4, 590.00, 'MXN', 'MC-GON-889', '7501467017141', 18, true);
INSERT INTO public.productos VALUES (5052, 1084, 'Vaso de vidrio soplado (juego de 6)', 'vaso-de-vidrio-soplado-juego-de-6-5052', 7, 780.00, 'MXN', 'MC-GON-439', '7500048250168', 38, true);
INSERT INTO public.productos VALUES (5053, 1084, 'Cántaro de barro negro', 'cantaro-de-barro-negro-5053', 2, 180.00, 'MXN', 'MC-GON-514', '7502990698579', 30, true);
INSERT INTO public.productos VALUES (5056, 1106, 'Cántaro de barro negro', 'cantaro-de-barro-negro-5056', 2, 950.00, 'MXN', 'MC-IBA-262', '7501615274402', 3, true);
INSERT INTO public.productos VALUES (5060, 1106, 'Huaraches de piel', 'huaraches-de-piel-5060', 6, 1800.00, 'MXN', 'MC-IBA-148', '7508494393743', 13, false);
INSERT INTO public.productos VALUES (5064, 1106, 'Cazuela de barro vidriado', 'cazuela-de-barro-vidriado-5064', 2, 1250.00, 'MXN', 'MC-IBA-591', '7508949751647', 27, true);
INSERT INTO public.productos VALUES (5067, 1106, 'Aretes de filigrana de plata', 'aretes-de-filigrana-de-plata-5067', 5, 450.00, 'MXN', 'MC-IBA-721', '7504158052049', 9, true);
INSERT INTO public.productos VALUES (5071, 1106, 'Jarra de vidrio soplado', 'jarra-de-vidrio-soplado-5071', 7, 250.00, 'MXN', 'MC-IBA-289', '7505003331586', 0, false);
INSERT INTO public.productos VALUES (5074, 1121, 'Jarrón de barro negro', 'jarron-de-barro-negro-5074', 2, 950.00, 'MXN', 'MC-TAP-791', '7508583922069', 8, true);
INSERT INTO public.productos VALUES (5077, 1121, 'Huipil bordado a mano', 'huipil-bordado-a-mano-5077', 1, 250.00, 'MXN', 'MC-TAP-378', '7507875501029', 20, true);
INSERT INTO public.productos VALUES (5078, 1121, 'Maceta de talavera', 'maceta-de-talavera-5078', 3, 950.00, 'MXN', 'MC-TAP-731', '7504834325153', 2, true);
INSERT INTO public.productos VALUES (5079, 1134, 'Sombrero vueltiao', 'sombrero-vueltiao-5079', 9, 950.00, 'MXN', 'MC-CAR-346', '7509041650883', 19, true);
INSERT INTO public.productos VALUES (5083, 1134, 'Mochila wayuu', 'mochila-wayuu-5083', 9, 780.00, 'MXN', 'MC-CAR-664', '7508800399575', 14, true);
INSERT INTO public.productos VALUES (5087, 1149, 'Vela artesanal de cera de abeja', 'vela-artesanal-de-cera-de-abeja-5087', 8, 320.00, 'MXN', 'MC-ZUN-504', '7502206231149', 21, true);
INSERT INTO public.productos VALUES (5088, 1149, 'Catrina de barro', 'catrina-de-barro-5088', 8, 1800.00, 'MXN', 'MC-ZUN-904', '7508556959191', 39, true);
INSERT INTO public.productos VALUES (5092, 1152, 'Cerámica de Talavera de la Reina', 'ceramica-de-talavera-de-la-reina-5092', 10, 780.00, 'MXN', 'MC-GAR-144', '7506229862601', 13, true);
INSERT INTO public.productos VALUES (5095, 1152, 'Espardeñas de yute', 'espardenas-de-yute-5095', 10, 1250.00, 'MXN', 'MC-GAR-672', '7501373627403', 1, true);
INSERT INTO public.productos VALUES (5096, 1160, 'Aretes de filigrana de plata', 'aretes-de-filigrana-de-plata-5096', 5, 1250.00, 'MXN', 'MC-MEN-126', '7507834775775', 1, true);
INSERT INTO public.productos VALUES (5098, 1160, 'Jarra de vidrio soplado', 'jarra-de-vidrio-soplado-5098', 7, 1250.00, 'MXN', 'MC-MEN-966', '7507832574813', 29, true);
INSERT INTO public.productos VALUES (5102, 1160, 'Huaraches de piel', 'huaraches-de-piel-5102', 6, 780.00, 'MXN', 'MC-MEN-363', '7509794304231', 14, true);
INSERT INTO public.productos VALUES (5106, 1160, 'Jarrón de barro negro', 'jarron-de-barro-negro-5106', 2, 950.00, 'MXN', 'MC-MEN-417', '7508094032264', 6, true);
INSERT INTO public.productos VALUES (5110, 1172, 'Poncho de lana', 'poncho-de-lana-5110', 9, 590.00, 'MXN', 'MC-FER-834', '7503986044073', 39, true);
INSERT INTO public.productos VALUES (5111, 1172, 'Mate de calabaza con virola', 'mate-de-calabaza-con-virola-5111', 9, 780.00, 'MXN', 'MC-FER-438', '7501949501977', 39, true);
INSERT INTO public.productos VALUES (5112, 1181, 'Huipil bordado a mano', 'huipil-bordado-a-mano-5112', 1, 3600.00, 'MXN', 'MC-IBA-210', '7501132926143', 25, true);
INSERT INTO public.productos VALUES (5116, 1181, 'Alebrije colibrí', 'alebrije-colibri-5116', 4, 3600.00, 'MXN', 'MC-IBA-318', '7508746522631', 35, true);
INSERT INTO public.productos VALUES (5120, 1192, 'Bolsa de piel labrada', 'bolsa-de-piel-labrada-5120', 6, 250.00, 'MXN', 'MC-FLO-474', '7509474386717', 25, true);
INSERT INTO public.productos VALUES (5121, 1192, 'Árbol de la vida de Metepec', 'arbol-de-la-vida-de-metepec-5121', 8, 450.00, 'MXN', 'MC-FLO-439', '7509995892667', 26, true);
INSERT INTO public.productos VALUES (5125, 1192, 'Collar de chaquira huichol', 'collar-de-chaquira-huichol-5125', 5, 180.00, 'MXN', 'MC-FLO-397', '7503780306988', 35, true);
INSERT INTO public.productos VALUES (5128, 1192, 'Aretes de filigrana de plata', 'aretes-de-filigrana-de-plata-5128', 5, 180.00, 'MXN', 'MC-FLO-387', '7500404853033', 4, true);
INSERT INTO public.productos VALUES (5131, 1202, 'Papel picado Día de Muertos (10 tiras)', 'papel-picado-dia-de-muertos-10-tiras-5131', 8, 320.00, 'MXN', 'MC-OCH-964', '7504934931957', 15, false);
INSERT INTO public.productos VALUES (5132, 1202, 'Cántaro de barro negro', 'cantaro-de-barro-negro-5132', 2, 1800.00, 'MXN', 'MC-OCH-191', '7507752881527', 28, true);
INSERT INTO public.productos VALUES (5136, 1202, 'Vela artesanal de cera de abeja', 'vela-artesanal-de-cera-de-abeja-5136', 8, 2400.00, 'MXN', 'MC-OCH-928', '7504332681829', 37, true);
INSERT INTO public.productos VALUES (5137, 1203, 'Blusa de manta con bordado de Tenango', 'blusa-de-manta-con-bordado-de-tenango-5137', 1, 950.00, 'MXN', 'MC-MED-486', '7503744955450', 37, false);
INSERT INTO public.productos VALUES (5138, 1203, 'Catrina de barro', 'catrina-de-barro-5138', 8, 3600.00, 'MXN', 'MC-MED-111', '7508752254151', 23, true);
INSERT INTO public.productos VALUES (5140, 1203, 'Maceta de talavera', 'maceta-de-talavera-5140', 3, 250.00, 'MXN', 'MC-MED-116', '7503946020024', 28, true);
INSERT INTO public.productos VALUES (5144, 1203, 'Jarrón de barro negro', 'jarron-de-barro-negro-5144', 2, 450.00, 'MXN', 'MC-MED-211', '7505730543924', 26, false);
INSERT INTO public.productos VALUES (5145, 1203, 'Árbol de la vida de Metepec', 'arbol-de-la-vida-de-metepec-5145', 8, 450.00, 'MXN', 'MC-MED-889', '7506860634223', 32, true);
INSERT INTO public.productos VALUES (5146, 1212, 'Huipil bordado a mano', 'huipil-bordado-a-mano-5146', 1, 180.00, 'MXN', 'MC-ORT-525', '7507614393496', 23, true);
INSERT INTO public.productos VALUES (5147, 1212, 'Rebozo de seda de Santa María del Río', 'rebozo-de-seda-de-santa-maria-del-rio-5147', 1, 1800.00, 'MXN', 'MC-ORT-146', '7500379436033', 39, true);
INSERT INTO public.productos VALUES (5151, 1212, 'Camino de mesa de telar de cintura', 'camino-de-mesa-de-telar-de-cintura-5151', 1, 1800.00, 'MXN', 'MC-ORT-445', '7500038115026', 35, true);
INSERT INTO public.productos VALUES (5155, 1230, 'Máscara tallada de jaguar', 'mascara-tallada-de-jaguar-5155', 4, 250.00, 'MXN', 'MC-CRU-202', '7507561116452', 27, true);
INSERT INTO public.productos VALUES (5157, 1230, 'Catrina de barro', 'catrina-de-barro-5157', 8, 780.00, 'MXN', 'MC-CRU-425', '7502924953996', 36, true);
INSERT INTO public.productos VALUES (5158, 1246, 'Chullo de alpaca', 'chullo-de-alpaca-5158', 9, 450.00, 'MXN', 'MC-MAM-231', '7509426563388', 29, true);
INSERT INTO public.productos VALUES (5159, 1246, 'Retablo ayacuchano', 'retablo-ayacuchano-5159', 9, 1800.00, 'MXN', 'MC-MAM-574', '7506223480955', 38, false);
INSERT INTO public.productos VALUES (5161, 1256, 'Rebozo de seda de Santa María del Río', 'rebozo-de-seda-de-santa-maria-del-rio-5161', 1, 320.00, 'MXN', 'MC-ORT-882', '7502137528363', 3, true);
INSERT INTO public.productos VALUES (5163, 1256, 'Árbol de la vida de Metepec', 'arbol-de-la-vida-de-metepec-5163', 8, 950.00, 'MXN', 'MC-ORT-727', '7506731408007', 36, true);
INSERT INTO public.productos VALUES (5164, 1256, 'Vela artesanal de cera de abeja', 'vela-artesanal-de-cera-de-abeja-5164', 8, 1800.00, 'MXN', 'MC-ORT-406', '7503338413601', 34, true);
INSERT INTO public.productos VALUES (5166, 1268, 'Camino de mesa de telar de cintura', 'camino-de-mesa-de-telar-de-cintura-5166', 1, 450.00, 'MXN', 'MC-REY-738', '7509395761518', 24, true);
INSERT INTO public.productos VALUES (5168, 1268, 'Aretes de filigrana de plata', 'aretes-de-filigrana-de-plata-5168', 5, 950.00, 'MXN', 'MC-REY-497', '7503171425977', 35, true);
INSERT INTO public.productos VALUES (5171, 1268, 'Rebozo de seda de Santa María del Río', 'rebozo-de-seda-de-santa-maria-del-rio-5171', 1, 1250.00, 'MXN', 'MC-REY-320', '7509023687869', 38, true);
INSERT INTO public.productos VALUES (5174, 1268, 'Maceta de talavera', 'maceta-de-talavera-5174', 3, 2400.00, 'MXN', 'MC-REY-741', '7509432988441', 27, true);
INSERT INTO public.productos VALUES (5178, 1268, 'Huipil bordado a mano', 'huipil-bordado-a-mano-5178', 1, 590.00, 'MXN', 'MC-REY-797', '7505408005341', 37, true);
INSERT INTO public.productos VALUES (5180, 1276, 'Blusa de manta con bordado de Tenango', 'blusa-de-manta-con-bordado-de-tenango-5180', 1, 2400.00, 'MXN', 'MC-JIM-796', '7502954566845', 19, true);
INSERT INTO public.productos VALUES (5182, 1276, 'Azulejo de talavera 10x10', 'azulejo-de-talavera-10x10-5182', 3, 250.00, 'MXN', 'MC-JIM-185', '7501822694543', 4, true);
INSERT INTO public.productos VALUES (5183, 1317, 'Pulsera de plata de Taxco', 'pulsera-de-plata-de-taxco-5183', 5, 1250.00, 'MXN', 'MC-MAG-582', '7509300149158', 37, true);
INSERT INTO public.productos VALUES (5186, 1317, 'Cántaro de barro negro', 'cantaro-de-barro-negro-5186', 2, 590.00, 'MXN', 'MC-MAG-961', '7505391014344', 33, true);
INSERT INTO public.productos VALUES (5188, 1317, 'Molinillo de madera', 'molinillo-de-madera-5188', 4, 250.00, 'MXN', 'MC-MAG-381', '7507677899515', 20, true);
INSERT INTO public.productos VALUES (5189, 1317, 'Maceta de talavera', 'maceta-de-talavera-5189', 3, 320.00, 'MXN', 'MC-MAG-243', '7508409762152', 40, true);
INSERT INTO public.productos VALUES (5192, 1325, 'Rebozo de seda de Santa María del Río', 'rebozo-de-seda-de-santa-maria-del-rio-5192', 1, 320.00, 'MXN', 'MC-MEN-232', '7505111008264', 23, true);
INSERT INTO public.productos VALUES (5195, 1325, 'Alebrije colibrí', 'alebrije-colibri-5195', 4, 320.00, 'MXN', 'MC-MEN-865', '7506783919247', 36, true);
INSERT INTO public.productos VALUES (5198, 1325, 'Aretes de filigrana de plata', 'aretes-de-filigrana-de-plata-5198', 5, 180.00, 'MXN', 'MC-MEN-644', '7500148246788', 14, true);
INSERT INTO public.productos VALUES (5200, 1325, 'Maceta de talavera', 'maceta-de-talavera-5200', 3, 3600.00, 'MXN', 'MC-MEN-595', '7500581774633', 6, true);
INSERT INTO public.productos VALUES (5204, 1337, 'Alebrije colibrí', 'alebrije-colibri-5204', 4, 2400.00, 'MXN', 'MC-GUZ-711', '7507697315330', 13, true);
INSERT INTO public.productos VALUES (5206, 1337, 'Alebrije jaguar tallado en copal', 'alebrije-jaguar-tallado-en-copal-5206', 4, 1250.00, 'MXN', 'MC-GUZ-341', '7500458356627', 14, true);
INSERT INTO public.productos VALUES (5210, 1344, 'Vela artesanal de cera de abeja', 'vela-artesanal-de-cera-de-abeja-5210', 8, 1800.00, 'MXN', 'MC-ORT-536', '7504329008806', 2, true);
INSERT INTO public.productos VALUES (5212, 1344, 'Azulejo de talavera 10x10', 'azulejo-de-talavera-10x10-5212', 3, 1800.00, 'MXN', 'MC-ORT-812', '7505399331771', 1, true);
INSERT INTO public.productos VALUES (5214, 1344, 'Blusa de manta con bordado de Tenango', 'blusa-de-manta-con-bordado-de-tenango-5214', 1, 590.00, 'MXN', 'MC-ORT-415', '7506541910110', 12, true);
INSERT INTO public.productos VALUES (5215, 1344, 'Jarrón de barro negro', 'jarron-de-barro-negro-5215', 2, 780.00, 'MXN', 'MC-ORT-930', '7501478062024', 23, true);
INSERT INTO public.productos VALUES (5218, 1344, 'Plato de talavera poblana 30 cm', 'plato-de-talavera-poblana-30-cm-5218', 3, 1800.00, 'MXN', 'MC-ORT-661', '7503616742836', 14, true);
INSERT INTO public.productos VALUES (5221, 1370, 'Espardeñas de yute', 'espardenas-de-yute-5221', 10, 1800.00, 'MXN', 'MC-GOM-702', '7506938561352', 26, true);
INSERT INTO public.productos VALUES (5224, 1370, 'Cerámica de Talavera de la Reina', 'ceramica-de-talavera-de-la-reina-5224', 10, 3600.00, 'MXN', 'MC-GOM-663', '7501485210913', 39, false);
INSERT INTO public.productos VALUES (5226, 1377, 'Vela artesanal de cera de abeja', 'vela-artesanal-de-cera-de-abeja-5226', 8, 950.00, 'MXN', 'MC-MED-340', '7501103929258', 18, true);
INSERT INTO public.productos VALUES (5230, 1377, 'Máscara tallada de jaguar', 'mascara-tallada-de-jaguar-5230', 4, 450.00, 'MXN', 'MC-MED-642', '7501298093932', 6, true);
INSERT INTO public.productos VALUES (5231, 1377, 'Alebrije colibrí', 'alebrije-colibri-5231', 4, 250.00, 'MXN', 'MC-MED-617', '7508460030887', 29, true);
INSERT INTO public.productos VALUES (5232, 1377, 'Vaso de vidrio soplado (juego de 6)', 'vaso-de-vidrio-soplado-juego-de-6-5232', 7, 180.00, 'MXN', 'MC-MED-268', '7507964699484', 20, true);
INSERT INTO public.productos VALUES (5235, 1411, 'Cántaro de barro negro', 'cantaro-de-barro-negro-5235', 2, 590.00, 'MXN', 'MC-BAR-975', '7509789692411', 7, true);
INSERT INTO public.productos VALUES (5239, 1411, 'Azulejo de talavera 10x10', 'azulejo-de-talavera-10x10-5239', 3, 3600.00, 'MXN', 'MC-BAR-852', '7505171090148', 4, true);
INSERT INTO public.productos VALUES (5240, 1411, 'Molinillo de madera', 'molinillo-de-madera-5240', 4, 320.00, 'MXN', 'MC-BAR-123', '7500775004300', 22, true);
INSERT INTO public.productos VALUES (5243, 1414, 'Cántaro de barro negro', 'cantaro-de-barro-negro-5243', 2, 450.00, 'MXN', 'MC-QUI-421', '7501118731884', 20, true);
INSERT INTO public.productos VALUES (5245, 1414, 'Jarrón de barro negro', 'jarron-de-barro-negro-5245', 2, 780.00, 'MXN', 'MC-QUI-747', '7503262806708', 24, true);
INSERT INTO public.productos VALUES (5247, 1414, 'Azulejo de talavera 10x10', 'azulejo-de-talavera-10x10-5247', 3, 1250.00, 'MXN', 'MC-QUI-705', '7504808437332', 12, true);
INSERT INTO public.productos VALUES (5249, 1414, 'Alebrije colibrí', 'alebrije-colibri-5249', 4, 250.00, 'MXN', 'MC-QUI-761', '7505168304135', 23, true);
INSERT INTO public.productos VALUES (5250, 1414, 'Huaraches de piel', 'huaraches-de-piel-5250', 6, 180.00, 'MXN', 'MC-QUI-586', '7503347456637', 34, true);
INSERT INTO public.productos VALUES (5254, 1415, 'Camino de mesa de telar de cintura', 'camino-de-mesa-de-telar-de-cintura-5254', 1, 780.00, 'MXN', 'MC-GUZ-658', '7501126412249', 7, true);
INSERT INTO public.productos VALUES (5256, 1415, 'Cazuela de barro vidriado', 'cazuela-de-barro-vidriado-5256', 2, 1800.00, 'MXN', 'MC-GUZ-531', '7507322318842', 28, true);
INSERT INTO public.productos VALUES (5257, 1415, 'Maceta de talavera', 'maceta-de-talavera-5257', 3, 250.00, 'MXN', 'MC-GUZ-926', '7500175001251', 4, true);
INSERT INTO public.productos VALUES (5260, 1415, 'Papel picado Día de Muertos (10 tiras)', 'papel-picado-dia-de-muertos-10-tiras-5260', 8, 2400.00, 'MXN', 'MC-GUZ-463', '7504427768886', 1, false);
INSERT INTO public.productos VALUES (5264, 1415, 'Jarra de vidrio soplado', 'jarra-de-vidrio-soplado-5264', 7, 1800.00, 'MXN', 'MC-GUZ-589', '7507643147206', 12, true);
INSERT INTO public.productos VALUES (5266, 1428, 'Plato de talavera poblana 30 cm', 'plato-de-talavera-poblana-30-cm-5266', 3, 780.00, 'MXN', 'MC-GUZ-107', '7509075057689', 19, true);
INSERT INTO public.productos VALUES (5269, 1428, 'Cántaro de barro negro', 'cantaro-de-barro-negro-5269', 2, 1250.00, 'MXN', 'MC-GUZ-161', '7503100150772', 28, true);
INSERT INTO public.productos VALUES (5271, 1428, 'Collar de chaquira huichol', 'collar-de-chaquira-huichol-5271', 5, 320.00, 'MXN', 'MC-GUZ-537', '7505352824593', 29, true);
INSERT INTO public.productos VALUES (5274, 1428, 'Catrina de barro', 'catrina-de-barro-5274', 8, 950.00, 'MXN', 'MC-GUZ-621', '7505546803960', 13, true);
INSERT INTO public.productos VALUES (5278, 1445, 'Molinillo de madera', 'molinillo-de-madera-5278', 4, 450.00, 'MXN', 'MC-XOL-837', '7503276361392', 36, true);
INSERT INTO public.productos VALUES (5282, 1445, 'Vaso de vidrio soplado (juego de 6)', 'vaso-de-vidrio-soplado-juego-de-6-5282', 7, 1250.00, 'MXN', 'MC-XOL-728', '7502634691324', 13, true);
INSERT INTO public.productos VALUES (5285, 1445, 'Azulejo de talavera 10x10', 'azulejo-de-talavera-10x10-5285', 3, 3600.00, 'MXN', 'MC-XOL-759', '7508479861328', 36, true);
INSERT INTO public.productos VALUES (5289, 1451, 'Jarrón de barro negro', 'jarron-de-barro-negro-5289', 2, 1800.00, 'MXN', 'MC-CUA-211', '7502436346088', 1, true);
INSERT INTO public.productos VALUES (5292, 1451, 'Papel picado Día de Muertos (10 tiras)', 'papel-picado-dia-de-muertos-10-tiras-5292', 8, 320.00, 'MXN', 'MC-CUA-174', '7503711750859', 39, true);
INSERT INTO public.productos VALUES (5294, 1451, 'Huipil bordado a mano', 'huipil-bordado-a-mano-5294', 1, 320.00, 'MXN', 'MC-CUA-898', '7501712405518', 2, true);
INSERT INTO public.productos VALUES (5297, 1451, 'Huaraches de piel', 'huaraches-de-piel-5297', 6, 320.00, 'MXN', 'MC-CUA-693', '7507424293306', 8, true);
INSERT INTO public.productos VALUES (5299, 1451, 'Azulejo de talavera 10x10', 'azulejo-de-talavera-10x10-5299', 3, 950.00, 'MXN', 'MC-CUA-656', '7500389363916', 21, true);
INSERT INTO public.productos VALUES (5301, 1457, 'Papel picado Día de Muertos (10 tiras)', 'papel-picado-dia-de-muertos-10-tiras-5301', 8, 250.00, 'MXN', 'MC-TOR-753', '7503817456709', 22, true);
INSERT INTO public.productos VALUES (5303, 1457, 'Camino de mesa de telar de cintura', 'camino-de-mesa-de-telar-de-cintura-5303', 1, 780.00, 'MXN', 'MC-TOR-411', '7500663005716', 4, true);
INSERT INTO public.productos VALUES (5305, 1457, 'Árbol de la vida de Metepec', 'arbol-de-la-vida-de-metepec-5305', 8, 3600.00, 'MXN', 'MC-TOR-708', '7506264105763', 29, true);
INSERT INTO public.productos VALUES (5308, 1457, 'Plato de talavera poblana 30 cm', 'plato-de-talavera-poblana-30-cm-5308', 3, 450.00, 'MXN', 'MC-TOR-209', '7503249489801', 2, true);
INSERT INTO public.productos VALUES (5312, 1488, 'Cerámica de Pomaire', 'ceramica-de-pomaire-5312', 9, 450.00, 'MXN', 'MC-SIL-163', '7501511474593', 7, true);
INSERT INTO public.productos VALUES (5313, 1488, 'Aros de lapislázuli', 'aros-de-lapislazuli-5313', 9, 590.00, 'MXN', 'MC-SIL-163', '7500387266974', 20, true);
INSERT INTO public.productos VALUES (5314, 1737, 'Sombrero vueltiao', 'sombrero-vueltiao-5314', 9, 780.00, 'MXN', 'MC-URI-286', '7504307157373', 3, false);
INSERT INTO public.productos VALUES (5315, 1737, 'Mochila wayuu', 'mochila-wayuu-5315', 9, 950.00, 'MXN', 'MC-URI-573', '7506328335907', 7, true);


--
-- Name: categorias_id_seq; Type: SEQUENCE SET; Schema: public; Owner: mercadito
--

SELECT pg_catalog.setval('public.categorias_id_seq', 10, true);


--
-- Name: cuentas_id_seq; Type: SEQUENCE SET; Schema: public; Owner: mercadito
--

SELECT pg_catalog.setval('public.cuentas_id_seq', 1865, true);


--
-- Name: direcciones_envio_id_seq; Type: SEQUENCE SET; Schema: public; Owner: mercadito
--

SELECT pg_catalog.setval('public.direcciones_envio_id_seq', 585, true);


--
-- Name: pedido_items_id_seq; Type: SEQUENCE SET; Schema: public; Owner: mercadito
--

SELECT pg_catalog.setval('public.pedido_items_id_seq', 90381, true);


--
-- Name: pedidos_id_seq; Type: SEQUENCE SET; Schema: public; Owner: mercadito
--

SELECT pg_catalog.setval('public.pedidos_id_seq', 51223, true);


--
-- Name: productos_id_seq; Type: SEQUENCE SET; Schema: public; Owner: mercadito
--

SELECT pg_catalog.setval('public.productos_id_seq', 5315, true);


--
-- Name: categorias categorias_pkey; Type: CONSTRAINT; Schema: public; Owner: mercadito
--

ALTER TABLE ONLY public.categorias
    ADD CONSTRAINT categorias_pkey PRIMARY KEY (id);


--
-- Name: cuentas cuentas_pkey; Type: CONSTRAINT; Schema: public; Owner: mercadito
--

ALTER TABLE ONLY public.cuentas
    ADD CONSTRAINT cuentas_pkey PRIMARY KEY (id);


--
-- Name: direcciones_envio direcciones_envio_pkey; Type: CONSTRAINT; Schema: public; Owner: mercadito
--

ALTER TABLE ONLY public.direcciones_envio
    ADD CONSTRAINT direcciones_envio_pkey PRIMARY KEY (id);


--
-- Name: pedido_items pedido_items_pkey; Type: CONSTRAINT; Schema: public; Owner: mercadito
--

ALTER TABLE ONLY public.pedido_items
    ADD CONSTRAINT pedido_items_pkey PRIMARY KEY (id);


--
-- Name: pedidos pedidos_pkey; Type: CONSTRAINT; Schema: public; Owner: mercadito
--

ALTER TABLE ONLY public.pedidos
    ADD CONSTRAINT pedidos_pkey PRIMARY KEY (id);


--
-- Name: productos productos_pkey; Type: CONSTRAINT; Schema: public; Owner: mercadito
--

ALTER TABLE ONLY public.productos
    ADD CONSTRAINT productos_pkey PRIMARY KEY (id);


--
-- Name: cuentas cuentas_usuario_key; Type: CONSTRAINT; Schema: public; Owner: mercadito
--

ALTER TABLE ONLY public.cuentas
    ADD CONSTRAINT cuentas_usuario_key UNIQUE (usuario);


--
-- Name: idx_pedidos_comprador; Type: INDEX; Schema: public; Owner: mercadito
--

CREATE INDEX idx_pedidos_comprador ON public.pedidos USING btree (comprador_id);


--
-- Name: direcciones_envio direcciones_envio_cuenta_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: mercadito
--

ALTER TABLE ONLY public.direcciones_envio
    ADD CONSTRAINT direcciones_envio_cuenta_id_fkey FOREIGN KEY (cuenta_id) REFERENCES public.cuentas(id);


--
-- Name: pedido_items pedido_items_pedido_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: mercadito
--

ALTER TABLE ONLY public.pedido_items
    ADD CONSTRAINT pedido_items_pedido_id_fkey FOREIGN KEY (pedido_id) REFERENCES public.pedidos(id);


--
-- Name: pedido_items pedido_items_producto_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: mercadito
--

ALTER TABLE ONLY public.pedido_items
    ADD CONSTRAINT pedido_items_producto_id_fkey FOREIGN KEY (producto_id) REFERENCES public.productos(id);


--
-- Name: pedidos pedidos_comprador_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: mercadito
--

ALTER TABLE ONLY public.pedidos
    ADD CONSTRAINT pedidos_comprador_id_fkey FOREIGN KEY (comprador_id) REFERENCES public.cuentas(id);


--
-- Name: pedidos pedidos_direccion_envio_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: mercadito
--

ALTER TABLE ONLY public.pedidos
    ADD CONSTRAINT pedidos_direccion_envio_id_fkey FOREIGN KEY (direccion_envio_id) REFERENCES public.direcciones_envio(id);


--
-- Name: pedidos pedidos_vendedor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: mercadito
--

ALTER TABLE ONLY public.pedidos
    ADD CONSTRAINT pedidos_vendedor_id_fkey FOREIGN KEY (vendedor_id) REFERENCES public.cuentas(id);


--
-- Name: productos productos_categoria_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: mercadito
--

ALTER TABLE ONLY public.productos
    ADD CONSTRAINT productos_categoria_id_fkey FOREIGN KEY (categoria_id) REFERENCES public.categorias(id);


--
-- Name: productos productos_vendedor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: mercadito
--

ALTER TABLE ONLY public.productos
    ADD CONSTRAINT productos_vendedor_id_fkey FOREIGN KEY (vendedor_id) REFERENCES public.cuentas(id);


--
-- PostgreSQL database dump complete
--

