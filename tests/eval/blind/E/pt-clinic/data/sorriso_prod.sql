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
-- Name: clinicas; Type: TABLE; Schema: public; Owner: sorriso
--

CREATE TABLE public.clinicas (
    id integer NOT NULL,
    nome character varying(80) NOT NULL,
    morada character varying(160),
    codigo_postal character varying(8),
    localidade character varying(60),
    telefone character varying(20),
    nif_entidade character(9),
    ativa boolean DEFAULT true NOT NULL
);


ALTER TABLE public.clinicas OWNER TO sorriso;

--
-- Name: clinicas_id_seq; Type: SEQUENCE; Schema: public; Owner: sorriso
--

CREATE SEQUENCE public.clinicas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.clinicas_id_seq OWNER TO sorriso;

ALTER SEQUENCE public.clinicas_id_seq OWNED BY public.clinicas.id;


--
-- Name: pacientes; Type: TABLE; Schema: public; Owner: sorriso
--

CREATE TABLE public.pacientes (
    id integer NOT NULL,
    numero_processo character varying(16) NOT NULL,
    nome character varying(80) NOT NULL,
    apelidos character varying(120) NOT NULL,
    data_nascimento date,
    sexo character(1),
    nif character(9),
    numero_utente character(9),
    email character varying(160),
    telemovel character varying(20),
    telefone character varying(20),
    morada character varying(200),
    codigo_postal character varying(8),
    localidade character varying(80),
    clinica_id integer NOT NULL,
    seguradora character varying(40),
    numero_beneficiario character varying(20),
    responsavel_nome character varying(160),
    responsavel_nif character(9),
    responsavel_telemovel character varying(20),
    alergias text,
    consentimento_rgpd boolean DEFAULT false NOT NULL,
    consentimento_em timestamp without time zone,
    criado_em timestamp without time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.pacientes OWNER TO sorriso;

--
-- Name: pacientes_id_seq; Type: SEQUENCE; Schema: public; Owner: sorriso
--

CREATE SEQUENCE public.pacientes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.pacientes_id_seq OWNER TO sorriso;

ALTER SEQUENCE public.pacientes_id_seq OWNED BY public.pacientes.id;


--
-- Name: medicos; Type: TABLE; Schema: public; Owner: sorriso
--

CREATE TABLE public.medicos (
    id integer NOT NULL,
    nome character varying(160) NOT NULL,
    titulo character varying(8),
    especialidade character varying(60),
    cedula_omd character varying(8),
    clinica_id integer,
    email character varying(160),
    telemovel character varying(20),
    utilizador character varying(40) NOT NULL,
    password_hash character varying(128) NOT NULL,
    ultimo_login timestamp without time zone,
    perfil character varying(20) NOT NULL,
    ativo boolean DEFAULT true NOT NULL
);


ALTER TABLE public.medicos OWNER TO sorriso;

--
-- Name: medicos_id_seq; Type: SEQUENCE; Schema: public; Owner: sorriso
--

CREATE SEQUENCE public.medicos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.medicos_id_seq OWNER TO sorriso;

ALTER SEQUENCE public.medicos_id_seq OWNED BY public.medicos.id;


--
-- Name: consultas; Type: TABLE; Schema: public; Owner: sorriso
--

CREATE TABLE public.consultas (
    id integer NOT NULL,
    paciente_id integer NOT NULL,
    medico_id integer NOT NULL,
    clinica_id integer NOT NULL,
    inicio timestamp without time zone NOT NULL,
    fim timestamp without time zone NOT NULL,
    tipo character varying(60) NOT NULL,
    estado character varying(16) NOT NULL,
    gabinete character varying(4),
    observacoes text
);


ALTER TABLE public.consultas OWNER TO sorriso;

--
-- Name: consultas_id_seq; Type: SEQUENCE; Schema: public; Owner: sorriso
--

CREATE SEQUENCE public.consultas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.consultas_id_seq OWNER TO sorriso;

ALTER SEQUENCE public.consultas_id_seq OWNED BY public.consultas.id;


--
-- Name: faturas; Type: TABLE; Schema: public; Owner: sorriso
--

CREATE TABLE public.faturas (
    id integer NOT NULL,
    numero character varying(24) NOT NULL,
    atcud character varying(24) NOT NULL,
    consulta_id integer,
    paciente_id integer NOT NULL,
    nif_adquirente character(9) NOT NULL,
    nome_adquirente character varying(160),
    nif_emitente character(9) NOT NULL,
    emitida_em timestamp without time zone NOT NULL,
    total numeric(10,2) NOT NULL,
    iva numeric(10,2) DEFAULT 0 NOT NULL,
    metodo_pagamento character varying(20),
    entidade_mb character(5),
    referencia_mb character(9),
    estado character varying(12) NOT NULL
);


ALTER TABLE public.faturas OWNER TO sorriso;

--
-- Name: faturas_id_seq; Type: SEQUENCE; Schema: public; Owner: sorriso
--

CREATE SEQUENCE public.faturas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.faturas_id_seq OWNER TO sorriso;

ALTER SEQUENCE public.faturas_id_seq OWNED BY public.faturas.id;


--
-- Name: clinicas id; Type: DEFAULT; Schema: public; Owner: sorriso
--

ALTER TABLE ONLY public.clinicas ALTER COLUMN id SET DEFAULT nextval('public.clinicas_id_seq'::regclass);


--
-- Name: pacientes id; Type: DEFAULT; Schema: public; Owner: sorriso
--

ALTER TABLE ONLY public.pacientes ALTER COLUMN id SET DEFAULT nextval('public.pacientes_id_seq'::regclass);


--
-- Name: medicos id; Type: DEFAULT; Schema: public; Owner: sorriso
--

ALTER TABLE ONLY public.medicos ALTER COLUMN id SET DEFAULT nextval('public.medicos_id_seq'::regclass);


--
-- Name: consultas id; Type: DEFAULT; Schema: public; Owner: sorriso
--

ALTER TABLE ONLY public.consultas ALTER COLUMN id SET DEFAULT nextval('public.consultas_id_seq'::regclass);


--
-- Name: faturas id; Type: DEFAULT; Schema: public; Owner: sorriso
--

ALTER TABLE ONLY public.faturas ALTER COLUMN id SET DEFAULT nextval('public.faturas_id_seq'::regclass);


--
-- Data for Name: clinicas; Type: TABLE DATA; Schema: public; Owner: sorriso
--

COPY public.clinicas (id, nome, morada, codigo_postal, localidade, telefone, nif_entidade, ativa) FROM stdin;
1	Sorriso Atlântico Avenidas Novas	Avenida da República, 41, 1.º	1050-187	Lisboa	21 227 7987	598652094	t
2	Sorriso Atlântico Boavista	Avenida da Boavista, 1203, 3.º	4100-130	Porto	22 353 6623	598652094	t
3	Sorriso Atlântico Braga	Avenida da Liberdade, 780	4710-251	Braga	253 406 237	598652094	t
4	Sorriso Atlântico Coimbra	Rua Lourenço de Almeida Azevedo, 21	3000-250	Coimbra	239 164 572	598652094	t
5	Sorriso Atlântico Setúbal	Avenida Luísa Todi, 302	2900-459	Setúbal	265 504 504	598652094	t
6	Sorriso Atlântico Faro	Rua de Santo António, 54	8000-283	Faro	289 431 252	598652094	t
\.


--
-- Data for Name: consultas; Type: TABLE DATA; Schema: public; Owner: sorriso
--

COPY public.consultas (id, paciente_id, medico_id, clinica_id, inicio, fim, tipo, estado, gabinete, observacoes) FROM stdin;
1	36	8	2	2021-01-03 12:15:00	2021-01-03 12:45:00	Consulta de avaliação	realizada	G2	
2	19	14	2	2021-01-09 09:15:00	2021-01-09 09:45:00	Consulta de avaliação	realizada	G2	
3	119	7	1	2021-01-09 09:45:00	2021-01-09 10:30:00	Destartarização	realizada	G3	Sem intercorrências.
4	117	5	5	2021-01-10 14:45:00	2021-01-10 15:30:00	Restauração	realizada	G2	Paciente refere sensibilidade ao frio.
5	145	14	2	2021-01-10 15:45:00	2021-01-10 16:15:00	Consulta de avaliação	falta	G2	Faltou sem aviso.
6	16	9	3	2021-01-11 17:00:00	2021-01-11 17:30:00	Odontopediatria	realizada	G2	Orçamento entregue para reabilitação.
7	18	1	1	2021-01-12 14:15:00	2021-01-12 14:35:00	Ortodontia - manutenção	falta	G4	Faltou sem aviso.
8	157	12	6	2021-01-12 18:00:00	2021-01-12 18:45:00	Restauração	desmarcada	G3	Desmarcou por SMS.
9	81	5	5	2021-01-12 18:15:00	2021-01-12 19:15:00	Endodontia	realizada	G3	
10	124	14	2	2021-01-14 09:30:00	2021-01-14 10:00:00	Odontopediatria	realizada	G3	Paciente refere sensibilidade ao frio.
11	91	11	5	2021-01-16 10:30:00	2021-01-16 11:30:00	Branqueamento	realizada	G1	Remoção de pontos.
12	119	13	1	2021-01-17 09:15:00	2021-01-17 09:35:00	Ortodontia - manutenção	realizada	G4	
13	8	9	3	2021-01-19 16:15:00	2021-01-19 17:15:00	Branqueamento	realizada	G1	Higiene oral deficiente, reforçar escovagem.
14	47	7	1	2021-01-23 14:30:00	2021-01-23 15:00:00	Odontopediatria	realizada	G4	Restauração classe II em compósito no 25.
15	53	13	1	2021-01-24 09:00:00	2021-01-24 09:30:00	Odontopediatria	realizada	G4	Higiene oral deficiente, reforçar escovagem.
16	15	7	1	2021-01-24 11:30:00	2021-01-24 12:00:00	Consulta de avaliação	desmarcada	G2	Desmarcou por SMS.
17	119	7	1	2021-01-26 18:15:00	2021-01-26 19:00:00	Destartarização	realizada	G2	Restauração classe II em compósito no 25.
18	132	13	1	2021-01-28 10:00:00	2021-01-28 11:00:00	Branqueamento	realizada	G4	
19	49	12	6	2021-01-28 11:15:00	2021-01-28 11:45:00	Consulta de avaliação	realizada	G4	Remoção de pontos.
20	104	10	4	2021-02-02 09:45:00	2021-02-02 10:30:00	Destartarização	falta	G4	Faltou sem aviso.
21	94	5	5	2021-02-04 19:15:00	2021-02-04 20:00:00	Destartarização	realizada	G4	
22	112	10	4	2021-02-06 09:30:00	2021-02-06 10:00:00	Odontopediatria	realizada	G2	Anestesia local articaína 4%.
23	119	13	1	2021-02-06 14:00:00	2021-02-06 14:45:00	Destartarização	realizada	G4	
24	104	10	4	2021-02-07 09:45:00	2021-02-07 10:45:00	Endodontia	falta	G4	Faltou sem aviso.
25	51	11	5	2021-02-08 14:45:00	2021-02-08 15:45:00	Branqueamento	realizada	G1	
26	25	14	2	2021-02-09 18:30:00	2021-02-09 18:50:00	Ortodontia - manutenção	realizada	G1	Anestesia local articaína 4%.
27	49	12	6	2021-02-10 18:45:00	2021-02-10 19:30:00	Restauração	realizada	G1	Ajuste de arco superior.
28	109	1	1	2021-02-14 19:45:00	2021-02-14 20:15:00	Consulta de urgência	realizada	G3	Ajuste de arco superior.
29	18	1	1	2021-02-16 15:45:00	2021-02-16 16:15:00	Odontopediatria	realizada	G3	Paciente refere sensibilidade ao frio.
30	33	8	2	2021-02-17 11:45:00	2021-02-17 12:05:00	Ortodontia - manutenção	realizada	G4	Anestesia local articaína 4%.
31	52	6	6	2021-02-18 09:15:00	2021-02-18 09:45:00	Consulta de avaliação	realizada	G2	Paciente refere sensibilidade ao frio.
32	45	12	6	2021-02-18 16:15:00	2021-02-18 16:35:00	Ortodontia - manutenção	realizada	G3	Sem intercorrências.
33	147	2	2	2021-02-19 15:00:00	2021-02-19 15:30:00	Consulta de avaliação	realizada	G1	
34	43	14	2	2021-02-25 15:00:00	2021-02-25 16:00:00	Endodontia	realizada	G2	Faltou sem aviso.
35	146	3	3	2021-03-02 14:15:00	2021-03-02 15:15:00	Branqueamento	realizada	G4	Agendar controlo a 6 meses.
36	30	10	4	2021-03-03 09:45:00	2021-03-03 10:15:00	Odontopediatria	realizada	G4	Dor à percussão no 36. Rx periapical.
37	140	2	2	2021-03-03 19:00:00	2021-03-03 20:00:00	Endodontia	falta	G4	Faltou sem aviso.
38	95	13	1	2021-03-06 18:30:00	2021-03-06 19:30:00	Endodontia	falta	G3	Faltou sem aviso.
39	119	13	1	2021-03-10 15:00:00	2021-03-10 15:30:00	Odontopediatria	realizada	G4	Sem intercorrências.
40	30	10	4	2021-03-10 16:15:00	2021-03-10 17:15:00	Branqueamento	realizada	G3	Agendar controlo a 6 meses.
41	7	14	2	2021-03-13 09:00:00	2021-03-13 09:30:00	Consulta de avaliação	realizada	G3	Paciente refere sensibilidade ao frio.
42	157	12	6	2021-03-15 09:15:00	2021-03-15 10:15:00	Endodontia	realizada	G4	Sem intercorrências.
43	111	1	1	2021-03-18 09:15:00	2021-03-18 10:15:00	Endodontia	realizada	G3	Higiene oral deficiente, reforçar escovagem.
44	104	4	4	2021-03-18 09:45:00	2021-03-18 10:45:00	Endodontia	realizada	G2	Sem intercorrências.
45	85	2	2	2021-03-18 17:00:00	2021-03-18 17:30:00	Consulta de avaliação	realizada	G1	Dor à percussão no 36. Rx periapical.
46	7	2	2	2021-03-23 14:45:00	2021-03-23 15:05:00	Ortodontia - manutenção	realizada	G1	Dor à percussão no 36. Rx periapical.
47	30	4	4	2021-03-23 15:00:00	2021-03-23 16:00:00	Branqueamento	falta	G4	Faltou sem aviso.
48	82	7	1	2021-03-23 19:00:00	2021-03-23 20:30:00	Implante - cirurgia	realizada	G3	Faltou sem aviso.
49	95	13	1	2021-03-24 15:45:00	2021-03-24 16:05:00	Ortodontia - manutenção	realizada	G2	
50	28	2	2	2021-03-24 19:15:00	2021-03-24 19:45:00	Odontopediatria	desmarcada	G1	Desmarcou por SMS.
51	102	4	4	2021-03-27 16:15:00	2021-03-27 17:45:00	Implante - cirurgia	realizada	G1	Agendar controlo a 6 meses.
52	74	11	5	2021-03-30 19:30:00	2021-03-30 20:30:00	Branqueamento	realizada	G4	Dor à percussão no 36. Rx periapical.
53	47	13	1	2021-03-31 17:45:00	2021-03-31 18:15:00	Extração	realizada	G4	Restauração classe II em compósito no 25.
54	8	9	3	2021-04-02 09:30:00	2021-04-02 10:00:00	Consulta de urgência	desmarcada	G3	Desmarcou por SMS.
55	150	5	5	2021-04-02 10:15:00	2021-04-02 10:45:00	Odontopediatria	realizada	G2	Anestesia local articaína 4%.
56	33	2	2	2021-04-03 09:15:00	2021-04-03 10:00:00	Destartarização	realizada	G3	Sem intercorrências.
57	18	13	1	2021-04-03 10:00:00	2021-04-03 10:30:00	Odontopediatria	realizada	G1	Restauração classe II em compósito no 25.
58	163	2	2	2021-04-04 18:15:00	2021-04-04 19:15:00	Endodontia	realizada	G4	Higiene oral deficiente, reforçar escovagem.
59	132	7	1	2021-04-06 09:15:00	2021-04-06 09:45:00	Extração	realizada	G3	Remoção de pontos.
60	24	7	1	2021-04-09 09:45:00	2021-04-09 10:45:00	Branqueamento	realizada	G3	
61	124	14	2	2021-04-11 10:45:00	2021-04-11 11:15:00	Consulta de avaliação	realizada	G4	
62	140	14	2	2021-04-11 19:45:00	2021-04-11 20:15:00	Consulta de avaliação	desmarcada	G3	Desmarcou por SMS.
63	151	14	2	2021-04-14 18:45:00	2021-04-14 20:15:00	Implante - cirurgia	realizada	G2	Agendar controlo a 6 meses.
64	82	13	1	2021-04-16 09:30:00	2021-04-16 10:15:00	Destartarização	realizada	G1	Paciente refere sensibilidade ao frio.
65	134	8	2	2021-04-16 11:30:00	2021-04-16 12:30:00	Endodontia	realizada	G3	Restauração classe II em compósito no 25.
66	165	6	6	2021-04-20 09:00:00	2021-04-20 09:30:00	Extração	desmarcada	G3	Desmarcou por SMS.
67	164	1	1	2021-04-21 17:15:00	2021-04-21 18:15:00	Branqueamento	realizada	G2	Higiene oral deficiente, reforçar escovagem.
68	47	13	1	2021-04-23 09:30:00	2021-04-23 10:30:00	Branqueamento	realizada	G4	Dor à percussão no 36. Rx periapical.
69	74	11	5	2021-04-23 11:45:00	2021-04-23 12:30:00	Destartarização	realizada	G3	Orçamento entregue para reabilitação.
70	151	2	2	2021-04-23 14:15:00	2021-04-23 14:45:00	Odontopediatria	desmarcada	G4	Desmarcou por SMS.
71	85	8	2	2021-04-27 11:15:00	2021-04-27 11:45:00	Consulta de urgência	realizada	G1	Higiene oral deficiente, reforçar escovagem.
72	113	4	4	2021-04-27 16:15:00	2021-04-27 17:15:00	Endodontia	realizada	G3	Restauração classe II em compósito no 25.
73	164	13	1	2021-04-27 19:30:00	2021-04-27 20:30:00	Endodontia	desmarcada	G4	Desmarcou por SMS.
74	103	9	3	2021-04-28 09:15:00	2021-04-28 09:45:00	Extração	realizada	G4	Agendar controlo a 6 meses.
75	150	5	5	2021-04-30 09:45:00	2021-04-30 10:30:00	Destartarização	realizada	G4	Orçamento entregue para reabilitação.
76	81	5	5	2021-04-30 10:30:00	2021-04-30 11:30:00	Endodontia	desmarcada	G2	Desmarcou por SMS.
77	161	14	2	2021-05-02 14:30:00	2021-05-02 15:00:00	Odontopediatria	realizada	G4	Faltou sem aviso.
78	134	8	2	2021-05-05 16:15:00	2021-05-05 16:45:00	Consulta de urgência	desmarcada	G1	Desmarcou por SMS.
79	128	13	1	2021-05-06 12:30:00	2021-05-06 13:00:00	Odontopediatria	falta	G4	Faltou sem aviso.
80	140	14	2	2021-05-08 11:00:00	2021-05-08 11:30:00	Consulta de avaliação	realizada	G2	Restauração classe II em compósito no 25.
81	41	14	2	2021-05-09 17:15:00	2021-05-09 17:45:00	Consulta de urgência	realizada	G4	Remoção de pontos.
82	111	13	1	2021-05-10 16:15:00	2021-05-10 17:00:00	Restauração	realizada	G2	Orçamento entregue para reabilitação.
83	7	14	2	2021-05-12 09:00:00	2021-05-12 09:30:00	Odontopediatria	falta	G2	Faltou sem aviso.
84	74	11	5	2021-05-12 09:15:00	2021-05-12 09:45:00	Consulta de urgência	realizada	G3	Restauração classe II em compósito no 25.
85	86	4	4	2021-05-13 18:30:00	2021-05-13 20:00:00	Implante - cirurgia	realizada	G2	Sem intercorrências.
86	28	14	2	2021-05-14 17:15:00	2021-05-14 17:45:00	Odontopediatria	realizada	G3	Remoção de pontos.
87	103	9	3	2021-05-15 16:45:00	2021-05-15 17:05:00	Ortodontia - manutenção	realizada	G4	Paciente refere sensibilidade ao frio.
88	119	1	1	2021-05-16 19:15:00	2021-05-16 19:45:00	Consulta de avaliação	realizada	G4	Ajuste de arco superior.
89	86	4	4	2021-05-17 12:45:00	2021-05-17 13:30:00	Destartarização	realizada	G4	Dor à percussão no 36. Rx periapical.
90	31	7	1	2021-05-19 17:30:00	2021-05-19 18:30:00	Branqueamento	realizada	G4	Faltou sem aviso.
91	48	1	1	2021-05-20 11:00:00	2021-05-20 11:45:00	Destartarização	realizada	G4	Paciente refere sensibilidade ao frio.
92	78	7	1	2021-05-21 09:15:00	2021-05-21 09:45:00	Consulta de urgência	falta	G3	Faltou sem aviso.
93	16	9	3	2021-05-21 10:15:00	2021-05-21 10:35:00	Ortodontia - manutenção	falta	G4	Faltou sem aviso.
94	132	1	1	2021-05-22 09:00:00	2021-05-22 09:30:00	Extração	desmarcada	G1	Desmarcou por SMS.
95	78	7	1	2021-05-24 15:15:00	2021-05-24 15:45:00	Consulta de urgência	realizada	G1	Higiene oral deficiente, reforçar escovagem.
96	140	2	2	2021-05-24 17:30:00	2021-05-24 18:00:00	Consulta de urgência	desmarcada	G1	Desmarcou por SMS.
97	85	2	2	2021-05-27 10:15:00	2021-05-27 11:45:00	Implante - cirurgia	realizada	G2	Sem intercorrências.
98	94	11	5	2021-05-28 09:15:00	2021-05-28 09:45:00	Consulta de avaliação	realizada	G4	Paciente refere sensibilidade ao frio.
99	92	5	5	2021-06-01 16:30:00	2021-06-01 18:00:00	Implante - cirurgia	realizada	G4	Paciente refere sensibilidade ao frio.
100	82	1	1	2021-06-03 17:15:00	2021-06-03 17:45:00	Odontopediatria	realizada	G2	Agendar controlo a 6 meses.
101	6	2	2	2021-06-09 14:45:00	2021-06-09 15:30:00	Restauração	realizada	G4	Agendar controlo a 6 meses.
102	141	4	4	2021-06-10 09:00:00	2021-06-10 09:30:00	Extração	realizada	G1	Sem intercorrências.
103	85	8	2	2021-06-10 09:15:00	2021-06-10 09:45:00	Extração	realizada	G2	
104	53	1	1	2021-06-11 16:15:00	2021-06-11 16:45:00	Consulta de urgência	realizada	G4	
105	8	3	3	2021-06-12 15:00:00	2021-06-12 15:30:00	Odontopediatria	desmarcada	G1	Desmarcou por SMS.
106	50	2	2	2021-06-16 09:00:00	2021-06-16 09:20:00	Ortodontia - manutenção	realizada	G3	Dor à percussão no 36. Rx periapical.
107	104	4	4	2021-06-25 12:30:00	2021-06-25 13:15:00	Destartarização	realizada	G2	Remoção de pontos.
108	42	7	1	2021-06-25 17:30:00	2021-06-25 18:30:00	Branqueamento	realizada	G3	Anestesia local articaína 4%.
109	36	14	2	2021-06-27 09:15:00	2021-06-27 09:45:00	Consulta de urgência	realizada	G2	Remoção de pontos.
110	89	8	2	2021-06-28 11:30:00	2021-06-28 12:15:00	Destartarização	desmarcada	G1	Desmarcou por SMS.
111	111	13	1	2021-07-01 10:45:00	2021-07-01 11:05:00	Ortodontia - manutenção	realizada	G4	Anestesia local articaína 4%.
112	1	8	2	2021-07-02 09:30:00	2021-07-02 10:30:00	Branqueamento	realizada	G2	Remoção de pontos.
113	43	2	2	2021-07-06 14:00:00	2021-07-06 14:30:00	Consulta de urgência	realizada	G2	
114	124	8	2	2021-07-06 17:45:00	2021-07-06 18:05:00	Ortodontia - manutenção	realizada	G2	Restauração classe II em compósito no 25.
115	94	5	5	2021-07-07 10:30:00	2021-07-07 11:15:00	Destartarização	realizada	G2	
116	49	6	6	2021-07-11 18:00:00	2021-07-11 19:30:00	Implante - cirurgia	realizada	G3	
117	52	12	6	2021-07-16 19:00:00	2021-07-16 19:30:00	Consulta de avaliação	realizada	G4	Agendar controlo a 6 meses.
118	47	7	1	2021-07-17 18:15:00	2021-07-17 19:00:00	Restauração	desmarcada	G1	Desmarcou por SMS.
119	102	10	4	2021-07-18 09:15:00	2021-07-18 09:45:00	Odontopediatria	realizada	G1	
120	118	7	1	2021-07-18 18:15:00	2021-07-18 18:45:00	Extração	realizada	G3	Sem intercorrências.
121	95	7	1	2021-07-19 16:15:00	2021-07-19 16:45:00	Consulta de urgência	realizada	G4	Orçamento entregue para reabilitação.
122	16	3	3	2021-07-20 09:45:00	2021-07-20 10:05:00	Ortodontia - manutenção	realizada	G1	Orçamento entregue para reabilitação.
123	83	1	1	2021-07-21 12:15:00	2021-07-21 12:45:00	Consulta de avaliação	realizada	G3	Sem intercorrências.
124	117	5	5	2021-07-22 10:30:00	2021-07-22 11:00:00	Odontopediatria	realizada	G1	Restauração classe II em compósito no 25.
125	141	10	4	2021-07-24 14:15:00	2021-07-24 14:45:00	Consulta de urgência	realizada	G3	Restauração classe II em compósito no 25.
126	44	2	2	2021-07-24 16:15:00	2021-07-24 17:15:00	Branqueamento	realizada	G4	Remoção de pontos.
127	81	11	5	2021-07-28 09:15:00	2021-07-28 10:15:00	Endodontia	realizada	G3	
128	50	8	2	2021-07-28 11:45:00	2021-07-28 12:05:00	Ortodontia - manutenção	realizada	G2	
129	113	10	4	2021-07-30 09:30:00	2021-07-30 11:00:00	Implante - cirurgia	realizada	G3	Agendar controlo a 6 meses.
130	112	4	4	2021-07-30 10:45:00	2021-07-30 11:15:00	Odontopediatria	realizada	G2	Dor à percussão no 36. Rx periapical.
131	161	14	2	2021-08-02 18:00:00	2021-08-02 19:00:00	Endodontia	desmarcada	G1	Desmarcou por SMS.
132	86	4	4	2021-08-03 15:15:00	2021-08-03 15:35:00	Ortodontia - manutenção	realizada	G1	
133	76	13	1	2021-08-04 09:45:00	2021-08-04 10:30:00	Destartarização	realizada	G1	
134	136	7	1	2021-08-05 09:45:00	2021-08-05 10:45:00	Branqueamento	desmarcada	G3	Desmarcou por SMS.
135	3	6	6	2021-08-06 16:30:00	2021-08-06 17:00:00	Consulta de avaliação	realizada	G4	Orçamento entregue para reabilitação.
136	111	7	1	2021-08-10 09:00:00	2021-08-10 10:00:00	Endodontia	realizada	G3	Paciente refere sensibilidade ao frio.
137	130	1	1	2021-08-11 15:15:00	2021-08-11 16:15:00	Branqueamento	realizada	G2	Remoção de pontos.
138	74	11	5	2021-08-14 19:00:00	2021-08-14 19:45:00	Destartarização	realizada	G3	Orçamento entregue para reabilitação.
139	145	2	2	2021-08-18 15:15:00	2021-08-18 16:45:00	Implante - cirurgia	realizada	G1	Sem intercorrências.
140	92	11	5	2021-08-20 10:00:00	2021-08-20 11:30:00	Implante - cirurgia	falta	G1	Faltou sem aviso.
141	114	7	1	2021-08-22 12:15:00	2021-08-22 13:45:00	Implante - cirurgia	realizada	G1	
142	3	6	6	2021-08-23 12:45:00	2021-08-23 13:15:00	Odontopediatria	realizada	G2	Dor à percussão no 36. Rx periapical.
143	133	12	6	2021-08-24 19:15:00	2021-08-24 19:45:00	Extração	realizada	G4	
144	2	8	2	2021-08-25 09:30:00	2021-08-25 10:15:00	Restauração	realizada	G3	Dor à percussão no 36. Rx periapical.
145	150	5	5	2021-08-25 09:30:00	2021-08-25 11:00:00	Implante - cirurgia	realizada	G3	Anestesia local articaína 4%.
146	45	6	6	2021-08-25 11:00:00	2021-08-25 12:00:00	Branqueamento	realizada	G1	Orçamento entregue para reabilitação.
147	133	6	6	2021-08-28 14:45:00	2021-08-28 15:15:00	Odontopediatria	realizada	G4	Anestesia local articaína 4%.
148	33	2	2	2021-08-29 09:00:00	2021-08-29 09:30:00	Consulta de avaliação	realizada	G2	
149	147	2	2	2021-08-29 10:15:00	2021-08-29 10:35:00	Ortodontia - manutenção	realizada	G3	Faltou sem aviso.
150	86	4	4	2021-09-01 12:30:00	2021-09-01 13:15:00	Destartarização	realizada	G3	Ajuste de arco superior.
151	83	13	1	2021-09-06 14:30:00	2021-09-06 15:00:00	Odontopediatria	realizada	G3	Sem intercorrências.
152	84	13	1	2021-09-08 14:45:00	2021-09-08 15:45:00	Branqueamento	realizada	G3	
153	84	1	1	2021-09-10 12:00:00	2021-09-10 12:30:00	Odontopediatria	realizada	G4	Orçamento entregue para reabilitação.
154	151	8	2	2021-09-13 14:00:00	2021-09-13 14:30:00	Extração	realizada	G3	Dor à percussão no 36. Rx periapical.
155	53	7	1	2021-09-13 17:45:00	2021-09-13 18:15:00	Consulta de urgência	realizada	G1	Orçamento entregue para reabilitação.
156	139	4	4	2021-09-14 12:00:00	2021-09-14 12:45:00	Destartarização	realizada	G4	Faltou sem aviso.
157	15	7	1	2021-09-14 16:45:00	2021-09-14 17:30:00	Destartarização	realizada	G1	Orçamento entregue para reabilitação.
158	18	7	1	2021-09-17 16:00:00	2021-09-17 16:20:00	Ortodontia - manutenção	realizada	G2	Remoção de pontos.
159	95	7	1	2021-09-17 18:15:00	2021-09-17 18:45:00	Extração	falta	G2	Faltou sem aviso.
160	151	14	2	2021-09-19 09:45:00	2021-09-19 10:30:00	Destartarização	realizada	G3	Higiene oral deficiente, reforçar escovagem.
161	40	9	3	2021-09-21 15:00:00	2021-09-21 15:45:00	Destartarização	realizada	G4	Orçamento entregue para reabilitação.
162	4	13	1	2021-09-24 11:30:00	2021-09-24 12:00:00	Consulta de avaliação	realizada	G1	
163	7	8	2	2021-09-25 14:15:00	2021-09-25 14:45:00	Consulta de avaliação	realizada	G3	Orçamento entregue para reabilitação.
164	141	4	4	2021-09-29 10:00:00	2021-09-29 10:20:00	Ortodontia - manutenção	realizada	G2	Higiene oral deficiente, reforçar escovagem.
165	119	7	1	2021-10-01 17:15:00	2021-10-01 18:15:00	Branqueamento	realizada	G1	
166	25	2	2	2021-10-02 12:00:00	2021-10-02 12:30:00	Odontopediatria	realizada	G2	Dor à percussão no 36. Rx periapical.
167	47	13	1	2021-10-02 12:45:00	2021-10-02 14:15:00	Implante - cirurgia	realizada	G2	Sem intercorrências.
168	139	10	4	2021-10-05 11:15:00	2021-10-05 11:35:00	Ortodontia - manutenção	realizada	G3	
169	18	7	1	2021-10-08 10:00:00	2021-10-08 10:30:00	Consulta de avaliação	realizada	G4	Ajuste de arco superior.
170	157	12	6	2021-10-09 14:45:00	2021-10-09 15:30:00	Destartarização	realizada	G1	Orçamento entregue para reabilitação.
171	28	2	2	2021-10-12 16:00:00	2021-10-12 17:30:00	Implante - cirurgia	realizada	G3	Faltou sem aviso.
172	76	1	1	2021-10-12 17:45:00	2021-10-12 19:15:00	Implante - cirurgia	realizada	G4	Restauração classe II em compósito no 25.
173	110	6	6	2021-10-14 19:30:00	2021-10-14 21:00:00	Implante - cirurgia	falta	G1	Faltou sem aviso.
174	103	9	3	2021-10-16 17:30:00	2021-10-16 19:00:00	Implante - cirurgia	realizada	G4	Anestesia local articaína 4%.
175	163	8	2	2021-10-17 14:00:00	2021-10-17 14:45:00	Restauração	realizada	G2	Orçamento entregue para reabilitação.
176	158	13	1	2021-10-18 15:30:00	2021-10-18 16:30:00	Endodontia	realizada	G1	Paciente refere sensibilidade ao frio.
177	113	10	4	2021-10-22 17:30:00	2021-10-22 18:00:00	Extração	realizada	G2	Higiene oral deficiente, reforçar escovagem.
178	19	2	2	2021-10-22 18:30:00	2021-10-22 20:00:00	Implante - cirurgia	desmarcada	G3	Desmarcou por SMS.
179	42	13	1	2021-10-24 12:00:00	2021-10-24 12:30:00	Consulta de avaliação	realizada	G2	Dor à percussão no 36. Rx periapical.
180	43	8	2	2021-10-30 14:45:00	2021-10-30 15:15:00	Consulta de urgência	realizada	G3	Agendar controlo a 6 meses.
181	141	4	4	2021-11-04 15:00:00	2021-11-04 15:45:00	Restauração	realizada	G3	Remoção de pontos.
182	111	7	1	2021-11-05 15:00:00	2021-11-05 15:45:00	Destartarização	desmarcada	G4	Desmarcou por SMS.
183	27	2	2	2021-11-06 16:00:00	2021-11-06 17:00:00	Endodontia	realizada	G1	Sem intercorrências.
184	74	5	5	2021-11-08 14:30:00	2021-11-08 15:15:00	Destartarização	realizada	G1	Paciente refere sensibilidade ao frio.
185	112	4	4	2021-11-11 12:00:00	2021-11-11 13:00:00	Branqueamento	realizada	G3	Anestesia local articaína 4%.
186	4	13	1	2021-11-12 15:30:00	2021-11-12 16:00:00	Consulta de avaliação	realizada	G4	Ajuste de arco superior.
187	18	1	1	2021-11-16 10:15:00	2021-11-16 10:45:00	Odontopediatria	realizada	G2	Orçamento entregue para reabilitação.
188	80	14	2	2021-11-16 11:45:00	2021-11-16 12:15:00	Consulta de avaliação	realizada	G2	Sem intercorrências.
189	25	2	2	2021-11-18 19:15:00	2021-11-18 19:35:00	Ortodontia - manutenção	realizada	G3	
190	26	9	3	2021-11-21 09:00:00	2021-11-21 09:20:00	Ortodontia - manutenção	realizada	G1	Restauração classe II em compósito no 25.
191	7	2	2	2021-11-28 16:30:00	2021-11-28 17:00:00	Odontopediatria	realizada	G4	Orçamento entregue para reabilitação.
192	90	7	1	2021-12-07 09:00:00	2021-12-07 09:20:00	Ortodontia - manutenção	realizada	G3	Restauração classe II em compósito no 25.
193	165	12	6	2021-12-07 09:00:00	2021-12-07 09:30:00	Odontopediatria	realizada	G1	Restauração classe II em compósito no 25.
194	31	13	1	2021-12-08 09:45:00	2021-12-08 10:15:00	Consulta de urgência	realizada	G1	Restauração classe II em compósito no 25.
195	114	7	1	2021-12-08 11:45:00	2021-12-08 12:30:00	Restauração	desmarcada	G1	Desmarcou por SMS.
196	103	9	3	2021-12-11 14:15:00	2021-12-11 15:15:00	Endodontia	realizada	G4	Paciente refere sensibilidade ao frio.
197	46	1	1	2021-12-12 19:15:00	2021-12-12 19:45:00	Extração	realizada	G4	Agendar controlo a 6 meses.
198	40	3	3	2021-12-13 09:30:00	2021-12-13 10:00:00	Consulta de avaliação	realizada	G3	Faltou sem aviso.
199	50	14	2	2021-12-14 19:00:00	2021-12-14 19:30:00	Extração	realizada	G4	Faltou sem aviso.
200	45	12	6	2021-12-16 12:30:00	2021-12-16 13:15:00	Restauração	realizada	G3	Restauração classe II em compósito no 25.
201	161	8	2	2021-12-16 16:00:00	2021-12-16 17:00:00	Endodontia	realizada	G4	
202	46	13	1	2021-12-18 11:30:00	2021-12-18 12:30:00	Branqueamento	realizada	G3	Anestesia local articaína 4%.
203	74	11	5	2021-12-19 14:15:00	2021-12-19 14:45:00	Odontopediatria	realizada	G1	Anestesia local articaína 4%.
204	16	3	3	2021-12-19 17:45:00	2021-12-19 18:15:00	Consulta de avaliação	realizada	G4	Sem intercorrências.
205	164	1	1	2021-12-20 16:30:00	2021-12-20 17:00:00	Consulta de avaliação	realizada	G1	Restauração classe II em compósito no 25.
206	49	6	6	2021-12-21 09:15:00	2021-12-21 09:45:00	Consulta de avaliação	realizada	G3	Sem intercorrências.
207	95	1	1	2021-12-21 19:00:00	2021-12-21 20:00:00	Endodontia	realizada	G1	Restauração classe II em compósito no 25.
208	30	10	4	2021-12-22 09:45:00	2021-12-22 10:45:00	Endodontia	realizada	G3	Remoção de pontos.
209	112	10	4	2021-12-24 11:30:00	2021-12-24 12:30:00	Branqueamento	realizada	G2	Remoção de pontos.
210	134	8	2	2021-12-24 15:15:00	2021-12-24 16:00:00	Restauração	realizada	G1	Orçamento entregue para reabilitação.
211	131	8	2	2021-12-25 11:30:00	2021-12-25 12:15:00	Restauração	realizada	G4	
212	10	3	3	2021-12-26 11:30:00	2021-12-26 11:50:00	Ortodontia - manutenção	realizada	G1	Agendar controlo a 6 meses.
213	158	1	1	2021-12-26 11:30:00	2021-12-26 12:30:00	Branqueamento	realizada	G4	Anestesia local articaína 4%.
214	85	8	2	2021-12-26 16:00:00	2021-12-26 16:30:00	Extração	realizada	G3	Agendar controlo a 6 meses.
215	53	1	1	2021-12-27 16:45:00	2021-12-27 17:15:00	Odontopediatria	realizada	G2	Orçamento entregue para reabilitação.
216	119	13	1	2021-12-28 10:15:00	2021-12-28 10:35:00	Ortodontia - manutenção	realizada	G3	
217	69	9	3	2021-12-29 14:30:00	2021-12-29 15:00:00	Consulta de urgência	realizada	G3	Anestesia local articaína 4%.
218	90	1	1	2021-12-30 10:00:00	2021-12-30 10:30:00	Consulta de avaliação	realizada	G2	Paciente refere sensibilidade ao frio.
219	31	7	1	2022-01-01 09:30:00	2022-01-01 10:00:00	Extração	realizada	G3	
220	158	13	1	2022-01-03 10:15:00	2022-01-03 11:15:00	Branqueamento	desmarcada	G1	Desmarcou por SMS.
221	48	7	1	2022-01-03 14:15:00	2022-01-03 15:15:00	Branqueamento	realizada	G4	Paciente refere sensibilidade ao frio.
222	82	13	1	2022-01-04 10:30:00	2022-01-04 11:30:00	Endodontia	realizada	G2	Dor à percussão no 36. Rx periapical.
223	19	14	2	2022-01-04 14:45:00	2022-01-04 15:15:00	Consulta de urgência	realizada	G4	Anestesia local articaína 4%.
224	147	8	2	2022-01-04 18:00:00	2022-01-04 18:30:00	Odontopediatria	falta	G3	Faltou sem aviso.
225	44	14	2	2022-01-10 11:30:00	2022-01-10 11:50:00	Ortodontia - manutenção	realizada	G3	Sem intercorrências.
226	140	2	2	2022-01-10 18:30:00	2022-01-10 19:30:00	Branqueamento	realizada	G4	Sem intercorrências.
227	50	2	2	2022-01-11 16:30:00	2022-01-11 16:50:00	Ortodontia - manutenção	realizada	G4	Faltou sem aviso.
228	118	13	1	2022-01-11 19:30:00	2022-01-11 19:50:00	Ortodontia - manutenção	realizada	G1	Ajuste de arco superior.
229	66	14	2	2022-01-15 12:00:00	2022-01-15 12:45:00	Restauração	realizada	G1	Faltou sem aviso.
230	75	11	5	2022-01-15 17:45:00	2022-01-15 18:45:00	Branqueamento	realizada	G3	Remoção de pontos.
231	118	1	1	2022-01-19 09:15:00	2022-01-19 10:00:00	Destartarização	realizada	G3	Dor à percussão no 36. Rx periapical.
232	27	8	2	2022-01-19 09:45:00	2022-01-19 10:15:00	Consulta de urgência	realizada	G3	Dor à percussão no 36. Rx periapical.
233	82	1	1	2022-01-19 18:00:00	2022-01-19 18:45:00	Destartarização	realizada	G1	
234	103	3	3	2022-01-20 14:00:00	2022-01-20 14:20:00	Ortodontia - manutenção	realizada	G1	
235	11	8	2	2022-01-22 17:00:00	2022-01-22 17:30:00	Consulta de avaliação	realizada	G1	Agendar controlo a 6 meses.
236	114	7	1	2022-01-23 09:45:00	2022-01-23 10:15:00	Odontopediatria	realizada	G3	Anestesia local articaína 4%.
237	142	6	6	2022-01-23 19:45:00	2022-01-23 20:15:00	Extração	realizada	G4	Dor à percussão no 36. Rx periapical.
238	112	10	4	2022-01-26 14:30:00	2022-01-26 15:00:00	Consulta de urgência	realizada	G4	Orçamento entregue para reabilitação.
239	136	1	1	2022-01-26 18:15:00	2022-01-26 19:00:00	Destartarização	realizada	G2	Dor à percussão no 36. Rx periapical.
240	140	14	2	2022-01-27 09:30:00	2022-01-27 10:30:00	Branqueamento	desmarcada	G2	Desmarcou por SMS.
241	116	14	2	2022-01-29 16:15:00	2022-01-29 16:45:00	Consulta de avaliação	realizada	G2	
242	52	12	6	2022-01-31 10:45:00	2022-01-31 11:45:00	Branqueamento	realizada	G1	Restauração classe II em compósito no 25.
243	158	7	1	2022-02-06 12:45:00	2022-02-06 13:30:00	Restauração	realizada	G2	Higiene oral deficiente, reforçar escovagem.
244	52	12	6	2022-02-14 11:15:00	2022-02-14 11:45:00	Odontopediatria	realizada	G4	
245	82	1	1	2022-02-15 17:45:00	2022-02-15 18:05:00	Ortodontia - manutenção	realizada	G4	Paciente refere sensibilidade ao frio.
246	126	7	1	2022-02-17 09:00:00	2022-02-17 09:30:00	Consulta de avaliação	realizada	G2	Faltou sem aviso.
247	78	13	1	2022-02-17 12:15:00	2022-02-17 12:35:00	Ortodontia - manutenção	desmarcada	G3	Desmarcou por SMS.
248	23	1	1	2022-02-18 11:00:00	2022-02-18 11:20:00	Ortodontia - manutenção	realizada	G2	Remoção de pontos.
249	50	14	2	2022-02-22 16:30:00	2022-02-22 17:00:00	Consulta de avaliação	realizada	G2	Remoção de pontos.
250	112	4	4	2022-02-25 18:45:00	2022-02-25 19:45:00	Endodontia	realizada	G1	
251	101	7	1	2022-02-28 11:30:00	2022-02-28 12:30:00	Branqueamento	realizada	G4	Paciente refere sensibilidade ao frio.
252	114	13	1	2022-03-01 15:45:00	2022-03-01 16:45:00	Branqueamento	realizada	G3	Higiene oral deficiente, reforçar escovagem.
253	54	1	1	2022-03-02 15:15:00	2022-03-02 15:45:00	Odontopediatria	realizada	G3	Sem intercorrências.
254	63	10	4	2022-03-05 09:15:00	2022-03-05 09:45:00	Consulta de avaliação	realizada	G3	Orçamento entregue para reabilitação.
255	78	7	1	2022-03-05 16:45:00	2022-03-05 17:30:00	Restauração	realizada	G3	Restauração classe II em compósito no 25.
256	141	4	4	2022-03-06 09:15:00	2022-03-06 10:45:00	Implante - cirurgia	falta	G3	Faltou sem aviso.
257	53	7	1	2022-03-07 15:30:00	2022-03-07 17:00:00	Implante - cirurgia	realizada	G2	Paciente refere sensibilidade ao frio.
258	32	7	1	2022-03-08 12:00:00	2022-03-08 13:30:00	Implante - cirurgia	realizada	G1	
259	131	2	2	2022-03-09 19:45:00	2022-03-09 20:30:00	Destartarização	realizada	G2	Remoção de pontos.
260	9	6	6	2022-03-10 18:00:00	2022-03-10 18:30:00	Consulta de urgência	realizada	G4	Orçamento entregue para reabilitação.
261	66	2	2	2022-03-15 17:30:00	2022-03-15 18:00:00	Odontopediatria	realizada	G4	Sem intercorrências.
262	56	7	1	2022-03-15 18:00:00	2022-03-15 18:30:00	Consulta de urgência	realizada	G2	Anestesia local articaína 4%.
263	76	13	1	2022-03-16 12:00:00	2022-03-16 12:20:00	Ortodontia - manutenção	realizada	G1	Agendar controlo a 6 meses.
264	118	7	1	2022-03-17 14:45:00	2022-03-17 15:45:00	Endodontia	realizada	G2	Agendar controlo a 6 meses.
265	89	14	2	2022-03-17 15:30:00	2022-03-17 16:15:00	Destartarização	falta	G4	Faltou sem aviso.
266	72	11	5	2022-03-20 12:00:00	2022-03-20 12:30:00	Extração	realizada	G2	Dor à percussão no 36. Rx periapical.
267	152	10	4	2022-03-21 10:30:00	2022-03-21 11:00:00	Consulta de avaliação	desmarcada	G3	Desmarcou por SMS.
268	141	4	4	2022-03-21 16:45:00	2022-03-21 17:05:00	Ortodontia - manutenção	realizada	G4	Faltou sem aviso.
269	70	11	5	2022-03-23 19:30:00	2022-03-23 20:15:00	Destartarização	realizada	G3	Higiene oral deficiente, reforçar escovagem.
270	14	1	1	2022-03-26 15:00:00	2022-03-26 16:00:00	Endodontia	realizada	G1	
271	36	2	2	2022-03-27 12:15:00	2022-03-27 12:35:00	Ortodontia - manutenção	realizada	G2	Higiene oral deficiente, reforçar escovagem.
272	28	8	2	2022-03-28 10:00:00	2022-03-28 10:45:00	Restauração	realizada	G2	Dor à percussão no 36. Rx periapical.
273	151	14	2	2022-03-28 18:45:00	2022-03-28 19:15:00	Extração	realizada	G4	Sem intercorrências.
274	69	3	3	2022-03-29 18:30:00	2022-03-29 20:00:00	Implante - cirurgia	realizada	G2	Restauração classe II em compósito no 25.
275	11	8	2	2022-03-31 18:30:00	2022-03-31 19:30:00	Endodontia	realizada	G1	
276	69	3	3	2022-03-31 19:00:00	2022-03-31 19:30:00	Consulta de avaliação	realizada	G1	Paciente refere sensibilidade ao frio.
277	76	1	1	2022-04-01 09:30:00	2022-04-01 10:00:00	Consulta de avaliação	realizada	G3	Ajuste de arco superior.
278	156	9	3	2022-04-01 14:45:00	2022-04-01 15:45:00	Branqueamento	realizada	G4	Ajuste de arco superior.
279	107	6	6	2022-04-01 19:30:00	2022-04-01 20:30:00	Endodontia	realizada	G2	Anestesia local articaína 4%.
280	101	1	1	2022-04-03 10:00:00	2022-04-03 10:30:00	Consulta de urgência	realizada	G2	Sem intercorrências.
281	42	1	1	2022-04-04 15:45:00	2022-04-04 16:05:00	Ortodontia - manutenção	realizada	G1	Paciente refere sensibilidade ao frio.
282	77	11	5	2022-04-05 11:00:00	2022-04-05 11:30:00	Consulta de avaliação	realizada	G3	Ajuste de arco superior.
283	77	5	5	2022-04-05 16:45:00	2022-04-05 17:30:00	Destartarização	realizada	G3	Orçamento entregue para reabilitação.
284	130	13	1	2022-04-06 14:45:00	2022-04-06 15:15:00	Consulta de urgência	realizada	G1	
285	89	8	2	2022-04-07 12:30:00	2022-04-07 13:00:00	Consulta de urgência	realizada	G4	Remoção de pontos.
286	36	14	2	2022-04-08 09:00:00	2022-04-08 09:30:00	Consulta de avaliação	realizada	G3	Paciente refere sensibilidade ao frio.
287	150	5	5	2022-04-09 09:15:00	2022-04-09 09:45:00	Extração	realizada	G4	Paciente refere sensibilidade ao frio.
288	149	9	3	2022-04-09 09:45:00	2022-04-09 10:30:00	Destartarização	realizada	G2	Restauração classe II em compósito no 25.
289	116	2	2	2022-04-09 16:45:00	2022-04-09 17:05:00	Ortodontia - manutenção	realizada	G4	Ajuste de arco superior.
290	136	1	1	2022-04-10 10:00:00	2022-04-10 10:30:00	Consulta de urgência	realizada	G1	
291	14	13	1	2022-04-10 17:00:00	2022-04-10 17:30:00	Extração	realizada	G3	Ajuste de arco superior.
292	76	1	1	2022-04-11 16:00:00	2022-04-11 17:30:00	Implante - cirurgia	realizada	G1	Higiene oral deficiente, reforçar escovagem.
293	46	13	1	2022-04-12 14:30:00	2022-04-12 14:50:00	Ortodontia - manutenção	realizada	G3	Restauração classe II em compósito no 25.
294	25	2	2	2022-04-13 11:45:00	2022-04-13 12:05:00	Ortodontia - manutenção	realizada	G1	Ajuste de arco superior.
295	130	13	1	2022-04-13 14:45:00	2022-04-13 15:15:00	Extração	realizada	G3	Paciente refere sensibilidade ao frio.
296	114	1	1	2022-04-13 17:15:00	2022-04-13 17:45:00	Extração	desmarcada	G3	Desmarcou por SMS.
297	113	10	4	2022-04-14 11:30:00	2022-04-14 12:30:00	Endodontia	realizada	G1	Anestesia local articaína 4%.
298	16	9	3	2022-04-15 09:00:00	2022-04-15 09:45:00	Restauração	realizada	G2	Remoção de pontos.
299	86	10	4	2022-04-15 10:45:00	2022-04-15 11:45:00	Endodontia	realizada	G4	
300	24	7	1	2022-04-19 16:45:00	2022-04-19 17:30:00	Destartarização	realizada	G1	Restauração classe II em compósito no 25.
301	48	7	1	2022-04-21 10:45:00	2022-04-21 11:15:00	Consulta de urgência	desmarcada	G2	Desmarcou por SMS.
302	9	6	6	2022-04-21 19:45:00	2022-04-21 20:15:00	Consulta de urgência	realizada	G4	Restauração classe II em compósito no 25.
303	44	2	2	2022-04-22 11:45:00	2022-04-22 13:15:00	Implante - cirurgia	realizada	G3	Remoção de pontos.
304	30	10	4	2022-04-23 11:45:00	2022-04-23 12:15:00	Extração	realizada	G4	
305	44	14	2	2022-04-25 16:45:00	2022-04-25 17:05:00	Ortodontia - manutenção	realizada	G3	Agendar controlo a 6 meses.
306	76	1	1	2022-04-27 16:30:00	2022-04-27 17:00:00	Extração	realizada	G1	Orçamento entregue para reabilitação.
307	140	14	2	2022-04-28 15:45:00	2022-04-28 16:45:00	Branqueamento	realizada	G1	Anestesia local articaína 4%.
308	150	5	5	2022-04-29 16:45:00	2022-04-29 17:30:00	Destartarização	realizada	G3	Agendar controlo a 6 meses.
309	116	14	2	2022-05-02 15:45:00	2022-05-02 16:15:00	Odontopediatria	realizada	G3	Restauração classe II em compósito no 25.
310	31	7	1	2022-05-04 15:30:00	2022-05-04 16:00:00	Consulta de urgência	realizada	G3	
311	50	8	2	2022-05-07 18:30:00	2022-05-07 19:00:00	Consulta de avaliação	realizada	G4	Orçamento entregue para reabilitação.
312	10	9	3	2022-05-08 14:30:00	2022-05-08 16:00:00	Implante - cirurgia	realizada	G4	Anestesia local articaína 4%.
313	43	8	2	2022-05-09 15:00:00	2022-05-09 15:45:00	Restauração	realizada	G4	Orçamento entregue para reabilitação.
314	94	11	5	2022-05-09 15:30:00	2022-05-09 16:15:00	Destartarização	realizada	G3	Ajuste de arco superior.
315	50	14	2	2022-05-09 17:00:00	2022-05-09 18:00:00	Endodontia	desmarcada	G2	Desmarcou por SMS.
316	70	5	5	2022-05-10 18:30:00	2022-05-10 19:15:00	Destartarização	realizada	G4	Higiene oral deficiente, reforçar escovagem.
317	165	6	6	2022-05-11 10:30:00	2022-05-11 11:00:00	Consulta de urgência	realizada	G2	
318	153	11	5	2022-05-11 11:15:00	2022-05-11 12:00:00	Destartarização	realizada	G3	Paciente refere sensibilidade ao frio.
319	27	14	2	2022-05-11 12:15:00	2022-05-11 12:45:00	Consulta de avaliação	realizada	G3	Agendar controlo a 6 meses.
320	130	7	1	2022-05-12 12:30:00	2022-05-12 12:50:00	Ortodontia - manutenção	realizada	G2	Restauração classe II em compósito no 25.
321	161	14	2	2022-05-16 12:30:00	2022-05-16 14:00:00	Implante - cirurgia	desmarcada	G4	Desmarcou por SMS.
322	8	3	3	2022-05-17 11:15:00	2022-05-17 11:45:00	Consulta de avaliação	realizada	G3	Remoção de pontos.
323	48	7	1	2022-05-18 17:45:00	2022-05-18 18:15:00	Consulta de urgência	desmarcada	G2	Desmarcou por SMS.
324	150	5	5	2022-05-19 11:00:00	2022-05-19 11:45:00	Restauração	realizada	G2	Sem intercorrências.
325	114	13	1	2022-05-27 18:30:00	2022-05-27 19:15:00	Restauração	realizada	G1	Dor à percussão no 36. Rx periapical.
326	36	14	2	2022-05-27 19:45:00	2022-05-27 20:05:00	Ortodontia - manutenção	realizada	G4	Orçamento entregue para reabilitação.
327	158	7	1	2022-05-29 12:45:00	2022-05-29 13:15:00	Consulta de avaliação	desmarcada	G4	Desmarcou por SMS.
328	31	13	1	2022-05-29 17:15:00	2022-05-29 18:45:00	Implante - cirurgia	realizada	G2	Orçamento entregue para reabilitação.
329	113	4	4	2022-05-30 12:45:00	2022-05-30 13:45:00	Endodontia	realizada	G3	Agendar controlo a 6 meses.
330	165	12	6	2022-06-01 12:15:00	2022-06-01 13:00:00	Restauração	realizada	G2	Paciente refere sensibilidade ao frio.
331	66	14	2	2022-06-05 11:00:00	2022-06-05 11:45:00	Restauração	desmarcada	G1	Desmarcou por SMS.
332	7	14	2	2022-06-07 11:45:00	2022-06-07 12:15:00	Consulta de avaliação	realizada	G1	Higiene oral deficiente, reforçar escovagem.
333	162	1	1	2022-06-09 19:45:00	2022-06-09 20:30:00	Destartarização	realizada	G2	
334	139	10	4	2022-06-11 17:00:00	2022-06-11 18:30:00	Implante - cirurgia	falta	G2	Faltou sem aviso.
335	66	2	2	2022-06-11 18:30:00	2022-06-11 19:00:00	Extração	realizada	G1	Remoção de pontos.
336	88	2	2	2022-06-11 19:00:00	2022-06-11 20:00:00	Endodontia	realizada	G1	Faltou sem aviso.
337	48	1	1	2022-06-14 09:15:00	2022-06-14 09:45:00	Odontopediatria	realizada	G4	Agendar controlo a 6 meses.
338	3	12	6	2022-06-14 12:00:00	2022-06-14 12:45:00	Destartarização	realizada	G4	Restauração classe II em compósito no 25.
339	145	8	2	2022-06-15 09:30:00	2022-06-15 10:30:00	Branqueamento	realizada	G2	Higiene oral deficiente, reforçar escovagem.
340	77	11	5	2022-06-15 14:15:00	2022-06-15 14:45:00	Extração	realizada	G1	Dor à percussão no 36. Rx periapical.
341	53	1	1	2022-06-16 12:00:00	2022-06-16 12:45:00	Restauração	realizada	G1	Anestesia local articaína 4%.
342	81	11	5	2022-06-22 09:15:00	2022-06-22 09:45:00	Consulta de urgência	falta	G3	Faltou sem aviso.
343	42	13	1	2022-06-23 14:30:00	2022-06-23 15:00:00	Odontopediatria	realizada	G4	Restauração classe II em compósito no 25.
344	148	13	1	2022-06-23 15:30:00	2022-06-23 17:00:00	Implante - cirurgia	realizada	G4	Sem intercorrências.
345	89	8	2	2022-06-23 17:45:00	2022-06-23 18:15:00	Consulta de urgência	realizada	G2	Higiene oral deficiente, reforçar escovagem.
346	140	2	2	2022-06-23 18:15:00	2022-06-23 18:45:00	Extração	realizada	G2	
347	99	1	1	2022-06-24 11:00:00	2022-06-24 11:45:00	Destartarização	realizada	G2	Dor à percussão no 36. Rx periapical.
348	97	14	2	2022-06-25 15:45:00	2022-06-25 16:15:00	Extração	desmarcada	G2	Desmarcou por SMS.
349	95	1	1	2022-06-26 16:30:00	2022-06-26 17:30:00	Endodontia	realizada	G3	Ajuste de arco superior.
350	21	14	2	2022-06-26 16:45:00	2022-06-26 17:45:00	Branqueamento	realizada	G2	Orçamento entregue para reabilitação.
351	112	10	4	2022-07-03 12:30:00	2022-07-03 13:00:00	Extração	realizada	G3	Remoção de pontos.
352	155	8	2	2022-07-04 14:45:00	2022-07-04 15:15:00	Odontopediatria	realizada	G2	Paciente refere sensibilidade ao frio.
353	58	12	6	2022-07-06 10:45:00	2022-07-06 12:15:00	Implante - cirurgia	realizada	G4	Dor à percussão no 36. Rx periapical.
354	150	11	5	2022-07-07 14:00:00	2022-07-07 15:00:00	Branqueamento	realizada	G2	Ajuste de arco superior.
355	14	7	1	2022-07-08 09:30:00	2022-07-08 11:00:00	Implante - cirurgia	realizada	G3	Restauração classe II em compósito no 25.
356	7	14	2	2022-07-08 12:45:00	2022-07-08 13:05:00	Ortodontia - manutenção	realizada	G1	Restauração classe II em compósito no 25.
357	129	9	3	2022-07-11 10:45:00	2022-07-11 11:15:00	Consulta de urgência	realizada	G1	Faltou sem aviso.
358	117	5	5	2022-07-13 09:00:00	2022-07-13 09:30:00	Extração	realizada	G3	Orçamento entregue para reabilitação.
359	85	8	2	2022-07-14 11:30:00	2022-07-14 12:30:00	Endodontia	realizada	G4	
360	155	14	2	2022-07-14 18:15:00	2022-07-14 18:45:00	Odontopediatria	realizada	G4	Remoção de pontos.
361	122	14	2	2022-07-15 09:45:00	2022-07-15 11:15:00	Implante - cirurgia	desmarcada	G2	Desmarcou por SMS.
362	44	2	2	2022-07-15 14:15:00	2022-07-15 14:45:00	Odontopediatria	realizada	G4	
363	103	3	3	2022-07-15 18:30:00	2022-07-15 20:00:00	Implante - cirurgia	realizada	G3	Ajuste de arco superior.
364	17	13	1	2022-07-16 09:15:00	2022-07-16 09:45:00	Extração	realizada	G4	
365	117	11	5	2022-07-16 14:00:00	2022-07-16 14:30:00	Odontopediatria	desmarcada	G2	Desmarcou por SMS.
366	111	13	1	2022-07-17 09:30:00	2022-07-17 10:30:00	Branqueamento	realizada	G4	Paciente refere sensibilidade ao frio.
367	102	4	4	2022-07-18 09:30:00	2022-07-18 10:30:00	Branqueamento	realizada	G3	Orçamento entregue para reabilitação.
368	117	11	5	2022-07-19 16:00:00	2022-07-19 16:45:00	Destartarização	realizada	G2	
369	40	9	3	2022-07-19 18:00:00	2022-07-19 18:30:00	Extração	realizada	G3	Agendar controlo a 6 meses.
370	101	1	1	2022-07-19 18:30:00	2022-07-19 19:30:00	Endodontia	realizada	G2	Anestesia local articaína 4%.
371	158	1	1	2022-07-20 09:30:00	2022-07-20 10:30:00	Endodontia	realizada	G1	Agendar controlo a 6 meses.
372	15	1	1	2022-07-20 17:00:00	2022-07-20 17:30:00	Consulta de avaliação	realizada	G4	Agendar controlo a 6 meses.
373	92	5	5	2022-07-21 11:00:00	2022-07-21 11:30:00	Extração	realizada	G1	Anestesia local articaína 4%.
374	130	13	1	2022-07-21 19:15:00	2022-07-21 20:00:00	Destartarização	realizada	G4	Agendar controlo a 6 meses.
375	31	1	1	2022-07-22 09:15:00	2022-07-22 09:45:00	Odontopediatria	realizada	G1	Restauração classe II em compósito no 25.
376	116	8	2	2022-07-22 18:15:00	2022-07-22 18:45:00	Consulta de avaliação	realizada	G4	Faltou sem aviso.
377	140	14	2	2022-07-23 09:15:00	2022-07-23 10:00:00	Restauração	desmarcada	G1	Desmarcou por SMS.
378	128	7	1	2022-07-25 11:00:00	2022-07-25 11:45:00	Restauração	realizada	G1	Ajuste de arco superior.
379	164	13	1	2022-07-25 14:00:00	2022-07-25 14:45:00	Destartarização	realizada	G4	Sem intercorrências.
380	45	12	6	2022-07-25 16:30:00	2022-07-25 17:15:00	Destartarização	desmarcada	G3	Desmarcou por SMS.
381	30	10	4	2022-07-28 09:00:00	2022-07-28 09:45:00	Destartarização	realizada	G4	Restauração classe II em compósito no 25.
382	124	2	2	2022-07-28 15:00:00	2022-07-28 15:20:00	Ortodontia - manutenção	realizada	G3	
383	145	8	2	2022-07-30 11:45:00	2022-07-30 12:15:00	Consulta de urgência	realizada	G3	Higiene oral deficiente, reforçar escovagem.
384	33	2	2	2022-07-31 18:15:00	2022-07-31 18:35:00	Ortodontia - manutenção	realizada	G2	Ajuste de arco superior.
385	142	6	6	2022-08-01 09:00:00	2022-08-01 09:30:00	Extração	realizada	G4	Higiene oral deficiente, reforçar escovagem.
386	18	13	1	2022-08-02 17:45:00	2022-08-02 18:15:00	Odontopediatria	realizada	G1	Ajuste de arco superior.
387	153	5	5	2022-08-04 19:30:00	2022-08-04 20:00:00	Extração	realizada	G4	Dor à percussão no 36. Rx periapical.
388	50	14	2	2022-08-10 09:30:00	2022-08-10 10:30:00	Branqueamento	realizada	G3	
389	31	13	1	2022-08-11 15:30:00	2022-08-11 16:00:00	Odontopediatria	realizada	G4	Higiene oral deficiente, reforçar escovagem.
390	133	6	6	2022-08-11 16:00:00	2022-08-11 16:30:00	Consulta de urgência	realizada	G3	Restauração classe II em compósito no 25.
391	159	9	3	2022-08-14 19:30:00	2022-08-14 19:50:00	Ortodontia - manutenção	realizada	G1	Orçamento entregue para reabilitação.
392	33	14	2	2022-08-15 14:45:00	2022-08-15 15:30:00	Destartarização	realizada	G4	Higiene oral deficiente, reforçar escovagem.
393	27	14	2	2022-08-15 17:30:00	2022-08-15 19:00:00	Implante - cirurgia	realizada	G2	Higiene oral deficiente, reforçar escovagem.
394	82	13	1	2022-08-16 17:00:00	2022-08-16 17:30:00	Consulta de urgência	falta	G3	Faltou sem aviso.
395	111	1	1	2022-08-19 16:45:00	2022-08-19 17:30:00	Destartarização	realizada	G2	Higiene oral deficiente, reforçar escovagem.
396	136	13	1	2022-08-21 16:45:00	2022-08-21 17:45:00	Endodontia	realizada	G4	Restauração classe II em compósito no 25.
397	145	14	2	2022-08-25 11:45:00	2022-08-25 12:15:00	Odontopediatria	realizada	G1	Restauração classe II em compósito no 25.
398	22	3	3	2022-08-25 12:15:00	2022-08-25 12:45:00	Consulta de avaliação	realizada	G2	Paciente refere sensibilidade ao frio.
399	163	14	2	2022-08-26 15:15:00	2022-08-26 16:00:00	Restauração	realizada	G2	Anestesia local articaína 4%.
400	94	11	5	2022-08-30 18:00:00	2022-08-30 18:30:00	Extração	realizada	G2	Sem intercorrências.
401	86	10	4	2022-09-01 12:00:00	2022-09-01 12:30:00	Consulta de urgência	realizada	G3	Remoção de pontos.
402	52	12	6	2022-09-03 19:30:00	2022-09-03 20:00:00	Consulta de avaliação	realizada	G4	Ajuste de arco superior.
403	11	8	2	2022-09-04 11:30:00	2022-09-04 13:00:00	Implante - cirurgia	falta	G2	Faltou sem aviso.
404	10	9	3	2022-09-07 16:00:00	2022-09-07 17:00:00	Endodontia	realizada	G2	Higiene oral deficiente, reforçar escovagem.
405	129	3	3	2022-09-08 09:15:00	2022-09-08 09:35:00	Ortodontia - manutenção	falta	G3	Faltou sem aviso.
406	164	13	1	2022-09-09 09:15:00	2022-09-09 10:00:00	Restauração	realizada	G2	Sem intercorrências.
407	29	14	2	2022-09-10 14:45:00	2022-09-10 15:30:00	Restauração	realizada	G1	Dor à percussão no 36. Rx periapical.
408	159	9	3	2022-09-12 19:45:00	2022-09-12 20:30:00	Restauração	realizada	G1	Faltou sem aviso.
409	76	7	1	2022-09-13 10:45:00	2022-09-13 11:15:00	Extração	realizada	G2	Dor à percussão no 36. Rx periapical.
410	32	7	1	2022-09-13 12:15:00	2022-09-13 12:45:00	Odontopediatria	falta	G1	Faltou sem aviso.
411	94	5	5	2022-09-13 18:15:00	2022-09-13 18:45:00	Extração	realizada	G1	Restauração classe II em compósito no 25.
412	150	11	5	2022-09-15 12:45:00	2022-09-15 13:05:00	Ortodontia - manutenção	realizada	G1	Ajuste de arco superior.
413	3	6	6	2022-09-15 17:15:00	2022-09-15 18:15:00	Branqueamento	realizada	G3	Orçamento entregue para reabilitação.
414	111	1	1	2022-09-17 16:30:00	2022-09-17 17:00:00	Extração	realizada	G1	Agendar controlo a 6 meses.
415	161	8	2	2022-09-17 19:45:00	2022-09-17 20:15:00	Odontopediatria	realizada	G4	Restauração classe II em compósito no 25.
416	16	3	3	2022-09-19 14:00:00	2022-09-19 15:00:00	Branqueamento	realizada	G4	Sem intercorrências.
417	164	13	1	2022-09-19 18:30:00	2022-09-19 19:15:00	Destartarização	realizada	G1	Faltou sem aviso.
418	87	2	2	2022-09-20 16:15:00	2022-09-20 16:45:00	Consulta de avaliação	realizada	G3	Agendar controlo a 6 meses.
419	10	9	3	2022-09-20 19:30:00	2022-09-20 20:15:00	Restauração	realizada	G2	
420	26	9	3	2022-09-20 19:30:00	2022-09-20 20:00:00	Consulta de urgência	realizada	G2	Agendar controlo a 6 meses.
421	45	12	6	2022-09-22 09:00:00	2022-09-22 09:30:00	Odontopediatria	realizada	G3	Faltou sem aviso.
422	94	5	5	2022-09-23 16:30:00	2022-09-23 17:15:00	Destartarização	realizada	G3	Sem intercorrências.
423	46	1	1	2022-09-24 17:00:00	2022-09-24 17:45:00	Destartarização	realizada	G2	Orçamento entregue para reabilitação.
424	150	5	5	2022-09-25 15:15:00	2022-09-25 16:00:00	Restauração	realizada	G4	Orçamento entregue para reabilitação.
425	22	3	3	2022-09-26 09:00:00	2022-09-26 09:30:00	Extração	realizada	G4	Sem intercorrências.
426	16	9	3	2022-09-26 09:30:00	2022-09-26 10:15:00	Restauração	realizada	G3	Anestesia local articaína 4%.
427	88	2	2	2022-09-28 09:00:00	2022-09-28 10:00:00	Branqueamento	realizada	G1	Ajuste de arco superior.
428	101	13	1	2022-09-30 14:15:00	2022-09-30 15:00:00	Destartarização	realizada	G2	Paciente refere sensibilidade ao frio.
429	82	13	1	2022-09-30 19:15:00	2022-09-30 19:45:00	Extração	desmarcada	G4	Desmarcou por SMS.
430	129	3	3	2022-10-01 09:30:00	2022-10-01 09:50:00	Ortodontia - manutenção	realizada	G3	Higiene oral deficiente, reforçar escovagem.
431	158	13	1	2022-10-06 17:15:00	2022-10-06 17:45:00	Extração	realizada	G4	Remoção de pontos.
432	50	14	2	2022-10-07 12:45:00	2022-10-07 13:15:00	Extração	realizada	G2	
433	11	2	2	2022-10-08 16:45:00	2022-10-08 17:30:00	Destartarização	realizada	G1	Anestesia local articaína 4%.
434	104	10	4	2022-10-11 09:45:00	2022-10-11 10:30:00	Destartarização	realizada	G2	
435	14	13	1	2022-10-12 12:30:00	2022-10-12 13:30:00	Branqueamento	realizada	G2	Sem intercorrências.
436	84	1	1	2022-10-13 14:30:00	2022-10-13 15:00:00	Extração	realizada	G1	Orçamento entregue para reabilitação.
437	27	14	2	2022-10-13 15:15:00	2022-10-13 15:45:00	Extração	desmarcada	G3	Desmarcou por SMS.
438	139	10	4	2022-10-15 09:00:00	2022-10-15 10:00:00	Endodontia	realizada	G4	Faltou sem aviso.
439	11	8	2	2022-10-15 19:45:00	2022-10-15 20:30:00	Restauração	realizada	G1	Orçamento entregue para reabilitação.
440	38	4	4	2022-10-18 19:00:00	2022-10-18 19:30:00	Odontopediatria	realizada	G3	Remoção de pontos.
441	63	4	4	2022-10-19 09:30:00	2022-10-19 10:30:00	Branqueamento	realizada	G3	Paciente refere sensibilidade ao frio.
442	53	7	1	2022-10-19 12:15:00	2022-10-19 13:15:00	Branqueamento	realizada	G2	
443	162	1	1	2022-10-21 14:15:00	2022-10-21 15:15:00	Endodontia	realizada	G3	Higiene oral deficiente, reforçar escovagem.
444	104	10	4	2022-10-23 11:30:00	2022-10-23 12:15:00	Restauração	realizada	G2	Remoção de pontos.
445	81	11	5	2022-10-24 09:00:00	2022-10-24 09:30:00	Extração	realizada	G2	Faltou sem aviso.
446	150	11	5	2022-10-24 17:00:00	2022-10-24 17:20:00	Ortodontia - manutenção	realizada	G3	
447	34	13	1	2022-10-24 17:30:00	2022-10-24 18:00:00	Consulta de urgência	realizada	G3	Faltou sem aviso.
448	28	2	2	2022-10-26 09:30:00	2022-10-26 10:00:00	Extração	realizada	G2	Dor à percussão no 36. Rx periapical.
449	76	7	1	2022-10-27 12:00:00	2022-10-27 13:00:00	Branqueamento	realizada	G3	Anestesia local articaína 4%.
450	129	3	3	2022-10-27 14:45:00	2022-10-27 16:15:00	Implante - cirurgia	realizada	G2	Sem intercorrências.
451	101	1	1	2022-10-27 15:45:00	2022-10-27 16:15:00	Consulta de urgência	realizada	G1	Higiene oral deficiente, reforçar escovagem.
452	27	14	2	2022-10-28 17:30:00	2022-10-28 18:30:00	Endodontia	realizada	G4	Faltou sem aviso.
453	27	8	2	2022-10-29 09:00:00	2022-10-29 09:45:00	Restauração	realizada	G1	Anestesia local articaína 4%.
454	113	10	4	2022-10-29 15:00:00	2022-10-29 15:30:00	Extração	realizada	G1	Ajuste de arco superior.
455	48	7	1	2022-10-31 11:45:00	2022-10-31 12:45:00	Branqueamento	realizada	G1	Sem intercorrências.
456	141	4	4	2022-10-31 16:30:00	2022-10-31 17:30:00	Endodontia	realizada	G4	Paciente refere sensibilidade ao frio.
457	5	13	1	2022-10-31 18:30:00	2022-10-31 19:15:00	Destartarização	realizada	G3	Restauração classe II em compósito no 25.
458	102	10	4	2022-11-02 14:00:00	2022-11-02 15:00:00	Endodontia	realizada	G1	Orçamento entregue para reabilitação.
459	31	13	1	2022-11-02 17:00:00	2022-11-02 18:30:00	Implante - cirurgia	realizada	G3	Restauração classe II em compósito no 25.
460	158	1	1	2022-11-03 09:45:00	2022-11-03 10:05:00	Ortodontia - manutenção	realizada	G2	Ajuste de arco superior.
461	31	7	1	2022-11-05 10:00:00	2022-11-05 11:30:00	Implante - cirurgia	realizada	G1	Paciente refere sensibilidade ao frio.
462	84	1	1	2022-11-07 11:45:00	2022-11-07 12:15:00	Consulta de avaliação	realizada	G2	Sem intercorrências.
463	36	2	2	2022-11-07 14:45:00	2022-11-07 15:30:00	Destartarização	realizada	G2	Dor à percussão no 36. Rx periapical.
464	30	10	4	2022-11-08 15:00:00	2022-11-08 15:30:00	Consulta de urgência	realizada	G4	Ajuste de arco superior.
465	129	3	3	2022-11-09 15:00:00	2022-11-09 15:30:00	Extração	realizada	G2	
466	132	7	1	2022-11-11 18:30:00	2022-11-11 19:00:00	Extração	realizada	G4	Higiene oral deficiente, reforçar escovagem.
467	143	5	5	2022-11-12 11:45:00	2022-11-12 12:45:00	Branqueamento	realizada	G3	Restauração classe II em compósito no 25.
468	88	2	2	2022-11-14 17:30:00	2022-11-14 17:50:00	Ortodontia - manutenção	realizada	G4	Paciente refere sensibilidade ao frio.
469	81	11	5	2022-11-14 17:45:00	2022-11-14 18:15:00	Consulta de urgência	realizada	G1	
470	150	11	5	2022-11-15 15:45:00	2022-11-15 16:05:00	Ortodontia - manutenção	realizada	G1	Ajuste de arco superior.
471	81	5	5	2022-11-16 19:00:00	2022-11-16 19:30:00	Consulta de avaliação	realizada	G4	Restauração classe II em compósito no 25.
472	25	14	2	2022-11-17 17:00:00	2022-11-17 17:20:00	Ortodontia - manutenção	desmarcada	G2	Desmarcou por SMS.
473	87	14	2	2022-11-22 15:00:00	2022-11-22 15:30:00	Odontopediatria	desmarcada	G4	Desmarcou por SMS.
474	103	3	3	2022-11-22 18:00:00	2022-11-22 18:30:00	Odontopediatria	realizada	G2	Remoção de pontos.
475	16	3	3	2022-11-25 15:30:00	2022-11-25 17:00:00	Implante - cirurgia	desmarcada	G3	Desmarcou por SMS.
476	111	13	1	2022-11-26 10:45:00	2022-11-26 11:45:00	Branqueamento	realizada	G1	Ajuste de arco superior.
477	104	4	4	2022-11-26 11:00:00	2022-11-26 11:30:00	Extração	realizada	G1	Sem intercorrências.
478	43	14	2	2022-11-26 11:15:00	2022-11-26 11:45:00	Odontopediatria	desmarcada	G3	Desmarcou por SMS.
479	29	14	2	2022-11-26 12:30:00	2022-11-26 12:50:00	Ortodontia - manutenção	realizada	G1	Remoção de pontos.
480	114	13	1	2022-11-26 14:15:00	2022-11-26 14:45:00	Consulta de urgência	realizada	G4	Dor à percussão no 36. Rx periapical.
481	29	8	2	2022-11-26 16:30:00	2022-11-26 18:00:00	Implante - cirurgia	falta	G2	Faltou sem aviso.
482	53	7	1	2022-11-27 14:00:00	2022-11-27 14:45:00	Restauração	realizada	G2	Orçamento entregue para reabilitação.
483	27	8	2	2022-12-02 19:00:00	2022-12-02 19:30:00	Odontopediatria	realizada	G2	Remoção de pontos.
484	121	13	1	2022-12-04 09:30:00	2022-12-04 11:00:00	Implante - cirurgia	realizada	G1	Sem intercorrências.
485	102	10	4	2022-12-07 09:00:00	2022-12-07 09:30:00	Consulta de avaliação	realizada	G3	Ajuste de arco superior.
486	134	8	2	2022-12-07 15:15:00	2022-12-07 15:45:00	Extração	realizada	G3	Ajuste de arco superior.
487	16	3	3	2022-12-07 16:00:00	2022-12-07 16:45:00	Restauração	realizada	G3	Higiene oral deficiente, reforçar escovagem.
488	13	4	4	2022-12-08 14:15:00	2022-12-08 14:35:00	Ortodontia - manutenção	realizada	G4	Ajuste de arco superior.
489	121	7	1	2022-12-14 10:15:00	2022-12-14 11:15:00	Branqueamento	falta	G4	Faltou sem aviso.
490	101	7	1	2022-12-15 16:00:00	2022-12-15 16:30:00	Extração	falta	G1	Faltou sem aviso.
491	7	2	2	2022-12-17 09:45:00	2022-12-17 10:05:00	Ortodontia - manutenção	realizada	G4	
492	132	7	1	2022-12-17 12:15:00	2022-12-17 13:00:00	Restauração	realizada	G4	Paciente refere sensibilidade ao frio.
493	81	11	5	2022-12-18 10:30:00	2022-12-18 11:00:00	Consulta de avaliação	realizada	G2	Restauração classe II em compósito no 25.
494	9	12	6	2022-12-19 12:45:00	2022-12-19 14:15:00	Implante - cirurgia	realizada	G1	Higiene oral deficiente, reforçar escovagem.
495	95	1	1	2022-12-21 10:15:00	2022-12-21 11:15:00	Endodontia	realizada	G3	Remoção de pontos.
496	7	8	2	2022-12-22 16:30:00	2022-12-22 16:50:00	Ortodontia - manutenção	realizada	G4	
497	60	4	4	2022-12-23 15:30:00	2022-12-23 16:15:00	Destartarização	realizada	G1	Higiene oral deficiente, reforçar escovagem.
498	51	11	5	2022-12-24 19:30:00	2022-12-24 21:00:00	Implante - cirurgia	realizada	G2	Paciente refere sensibilidade ao frio.
499	34	1	1	2022-12-26 12:45:00	2022-12-26 13:45:00	Endodontia	realizada	G1	Higiene oral deficiente, reforçar escovagem.
500	121	13	1	2022-12-26 19:30:00	2022-12-26 20:30:00	Branqueamento	falta	G4	Faltou sem aviso.
501	81	11	5	2022-12-27 17:45:00	2022-12-27 18:30:00	Destartarização	realizada	G4	
502	104	10	4	2022-12-29 14:30:00	2022-12-29 15:30:00	Endodontia	realizada	G4	Paciente refere sensibilidade ao frio.
503	1	2	2	2022-12-30 16:00:00	2022-12-30 16:30:00	Consulta de urgência	realizada	G3	Remoção de pontos.
504	158	13	1	2022-12-30 17:15:00	2022-12-30 17:45:00	Consulta de urgência	desmarcada	G4	Desmarcou por SMS.
505	119	1	1	2022-12-31 09:00:00	2022-12-31 10:30:00	Implante - cirurgia	realizada	G4	Agendar controlo a 6 meses.
506	3	12	6	2022-12-31 12:45:00	2022-12-31 13:15:00	Consulta de avaliação	realizada	G1	Anestesia local articaína 4%.
507	82	7	1	2023-01-02 16:45:00	2023-01-02 17:15:00	Consulta de urgência	realizada	G4	Remoção de pontos.
508	150	5	5	2023-01-03 18:00:00	2023-01-03 18:30:00	Odontopediatria	realizada	G3	Dor à percussão no 36. Rx periapical.
509	29	14	2	2023-01-04 11:00:00	2023-01-04 11:20:00	Ortodontia - manutenção	realizada	G4	Sem intercorrências.
510	56	1	1	2023-01-05 11:45:00	2023-01-05 12:15:00	Consulta de urgência	falta	G2	Faltou sem aviso.
511	49	6	6	2023-01-06 10:15:00	2023-01-06 11:15:00	Endodontia	realizada	G2	Dor à percussão no 36. Rx periapical.
512	34	7	1	2023-01-06 14:30:00	2023-01-06 15:00:00	Odontopediatria	realizada	G3	Restauração classe II em compósito no 25.
513	96	7	1	2023-01-07 09:00:00	2023-01-07 10:00:00	Endodontia	realizada	G4	Faltou sem aviso.
514	159	9	3	2023-01-07 11:45:00	2023-01-07 12:15:00	Extração	realizada	G1	Faltou sem aviso.
515	138	12	6	2023-01-07 19:45:00	2023-01-07 20:05:00	Ortodontia - manutenção	realizada	G1	Higiene oral deficiente, reforçar escovagem.
516	29	8	2	2023-01-09 15:15:00	2023-01-09 15:45:00	Extração	falta	G2	Faltou sem aviso.
517	40	3	3	2023-01-11 16:30:00	2023-01-11 16:50:00	Ortodontia - manutenção	realizada	G1	Faltou sem aviso.
518	40	3	3	2023-01-14 09:00:00	2023-01-14 09:20:00	Ortodontia - manutenção	realizada	G2	Orçamento entregue para reabilitação.
519	10	3	3	2023-01-14 18:45:00	2023-01-14 19:15:00	Odontopediatria	realizada	G1	Dor à percussão no 36. Rx periapical.
520	131	2	2	2023-01-14 18:45:00	2023-01-14 20:15:00	Implante - cirurgia	desmarcada	G4	Desmarcou por SMS.
521	16	3	3	2023-01-15 15:30:00	2023-01-15 16:15:00	Destartarização	realizada	G4	Restauração classe II em compósito no 25.
522	121	1	1	2023-01-15 18:30:00	2023-01-15 20:00:00	Implante - cirurgia	desmarcada	G1	Desmarcou por SMS.
523	104	4	4	2023-01-18 19:30:00	2023-01-18 20:00:00	Consulta de avaliação	realizada	G4	Restauração classe II em compósito no 25.
524	140	2	2	2023-01-18 19:45:00	2023-01-18 20:30:00	Restauração	realizada	G3	Paciente refere sensibilidade ao frio.
525	18	1	1	2023-01-20 11:30:00	2023-01-20 12:00:00	Odontopediatria	realizada	G4	Ajuste de arco superior.
526	141	4	4	2023-01-21 19:00:00	2023-01-21 20:00:00	Endodontia	desmarcada	G3	Desmarcou por SMS.
527	36	8	2	2023-01-28 14:15:00	2023-01-28 14:45:00	Extração	realizada	G1	Anestesia local articaína 4%.
528	57	5	5	2023-01-28 15:00:00	2023-01-28 16:00:00	Endodontia	realizada	G3	Higiene oral deficiente, reforçar escovagem.
529	33	8	2	2023-01-29 18:45:00	2023-01-29 19:05:00	Ortodontia - manutenção	realizada	G3	Remoção de pontos.
530	148	1	1	2023-01-30 14:45:00	2023-01-30 15:45:00	Branqueamento	realizada	G2	Restauração classe II em compósito no 25.
531	162	13	1	2023-01-31 09:30:00	2023-01-31 10:00:00	Consulta de urgência	realizada	G2	
532	163	14	2	2023-02-01 10:30:00	2023-02-01 11:00:00	Consulta de urgência	realizada	G2	Sem intercorrências.
533	63	4	4	2023-02-03 14:30:00	2023-02-03 15:00:00	Consulta de urgência	realizada	G1	Faltou sem aviso.
534	27	8	2	2023-02-03 17:00:00	2023-02-03 17:30:00	Extração	realizada	G2	Paciente refere sensibilidade ao frio.
535	122	2	2	2023-02-04 15:00:00	2023-02-04 15:30:00	Extração	realizada	G2	Faltou sem aviso.
536	151	14	2	2023-02-04 15:00:00	2023-02-04 15:30:00	Consulta de avaliação	realizada	G4	Restauração classe II em compósito no 25.
537	121	7	1	2023-02-04 17:00:00	2023-02-04 18:30:00	Implante - cirurgia	realizada	G3	Faltou sem aviso.
538	53	7	1	2023-02-05 11:30:00	2023-02-05 11:50:00	Ortodontia - manutenção	realizada	G4	Remoção de pontos.
539	129	3	3	2023-02-05 18:15:00	2023-02-05 18:35:00	Ortodontia - manutenção	realizada	G2	
540	11	14	2	2023-02-06 09:15:00	2023-02-06 10:15:00	Endodontia	realizada	G2	Orçamento entregue para reabilitação.
541	30	4	4	2023-02-07 17:15:00	2023-02-07 18:00:00	Restauração	realizada	G4	
542	124	14	2	2023-02-08 12:45:00	2023-02-08 13:15:00	Consulta de avaliação	realizada	G1	Dor à percussão no 36. Rx periapical.
543	140	2	2	2023-02-08 17:30:00	2023-02-08 17:50:00	Ortodontia - manutenção	realizada	G1	Anestesia local articaína 4%.
544	50	8	2	2023-02-09 17:15:00	2023-02-09 17:45:00	Odontopediatria	realizada	G3	Ajuste de arco superior.
545	9	6	6	2023-02-10 09:45:00	2023-02-10 10:45:00	Endodontia	realizada	G4	
546	102	4	4	2023-02-10 17:30:00	2023-02-10 19:00:00	Implante - cirurgia	desmarcada	G2	Desmarcou por SMS.
547	40	3	3	2023-02-11 09:30:00	2023-02-11 10:00:00	Extração	realizada	G4	Orçamento entregue para reabilitação.
548	140	14	2	2023-02-14 19:00:00	2023-02-14 19:30:00	Extração	realizada	G3	Paciente refere sensibilidade ao frio.
549	57	11	5	2023-02-15 11:30:00	2023-02-15 13:00:00	Implante - cirurgia	desmarcada	G2	Desmarcou por SMS.
550	77	11	5	2023-02-15 18:45:00	2023-02-15 19:15:00	Consulta de urgência	realizada	G2	Higiene oral deficiente, reforçar escovagem.
551	119	1	1	2023-02-15 19:00:00	2023-02-15 19:30:00	Consulta de urgência	realizada	G1	Anestesia local articaína 4%.
552	2	2	2	2023-02-16 15:45:00	2023-02-16 17:15:00	Implante - cirurgia	realizada	G1	
553	14	13	1	2023-02-17 18:00:00	2023-02-17 18:30:00	Extração	realizada	G3	Higiene oral deficiente, reforçar escovagem.
554	51	5	5	2023-02-18 18:00:00	2023-02-18 18:30:00	Consulta de urgência	realizada	G4	
555	3	12	6	2023-02-19 10:30:00	2023-02-19 11:30:00	Endodontia	realizada	G1	Orçamento entregue para reabilitação.
556	151	8	2	2023-02-19 19:15:00	2023-02-19 20:45:00	Implante - cirurgia	realizada	G1	Orçamento entregue para reabilitação.
557	139	4	4	2023-02-20 15:30:00	2023-02-20 16:00:00	Extração	realizada	G4	Paciente refere sensibilidade ao frio.
558	29	2	2	2023-02-23 17:00:00	2023-02-23 17:30:00	Extração	desmarcada	G3	Desmarcou por SMS.
559	45	6	6	2023-02-25 09:15:00	2023-02-25 09:45:00	Consulta de urgência	realizada	G3	Ajuste de arco superior.
560	126	13	1	2023-02-26 09:45:00	2023-02-26 11:15:00	Implante - cirurgia	realizada	G4	Dor à percussão no 36. Rx periapical.
561	1	8	2	2023-02-26 16:15:00	2023-02-26 16:45:00	Odontopediatria	realizada	G1	
562	142	12	6	2023-02-26 19:30:00	2023-02-26 20:15:00	Restauração	realizada	G2	Anestesia local articaína 4%.
563	88	2	2	2023-02-27 12:00:00	2023-02-27 12:30:00	Consulta de avaliação	realizada	G3	
564	132	7	1	2023-02-28 09:30:00	2023-02-28 10:30:00	Branqueamento	realizada	G3	
565	10	3	3	2023-03-01 11:00:00	2023-03-01 11:30:00	Extração	realizada	G3	Orçamento entregue para reabilitação.
566	122	2	2	2023-03-01 15:30:00	2023-03-01 16:15:00	Restauração	realizada	G2	
567	17	7	1	2023-03-03 09:45:00	2023-03-03 10:15:00	Consulta de urgência	realizada	G1	Agendar controlo a 6 meses.
568	96	1	1	2023-03-03 11:45:00	2023-03-03 12:05:00	Ortodontia - manutenção	realizada	G1	Anestesia local articaína 4%.
569	138	6	6	2023-03-04 18:15:00	2023-03-04 18:35:00	Ortodontia - manutenção	realizada	G3	Sem intercorrências.
570	131	2	2	2023-03-05 17:45:00	2023-03-05 18:30:00	Destartarização	realizada	G4	Restauração classe II em compósito no 25.
571	31	13	1	2023-03-07 14:30:00	2023-03-07 15:00:00	Consulta de avaliação	falta	G1	Faltou sem aviso.
572	36	2	2	2023-03-11 18:45:00	2023-03-11 19:15:00	Extração	realizada	G1	Dor à percussão no 36. Rx periapical.
573	165	6	6	2023-03-14 12:00:00	2023-03-14 12:45:00	Restauração	realizada	G1	Paciente refere sensibilidade ao frio.
574	18	13	1	2023-03-15 15:45:00	2023-03-15 16:15:00	Odontopediatria	realizada	G4	Agendar controlo a 6 meses.
575	126	13	1	2023-03-17 11:30:00	2023-03-17 13:00:00	Implante - cirurgia	realizada	G4	
576	157	12	6	2023-03-17 17:45:00	2023-03-17 19:15:00	Implante - cirurgia	realizada	G1	
577	157	12	6	2023-03-18 19:30:00	2023-03-18 20:00:00	Consulta de avaliação	falta	G1	Faltou sem aviso.
578	118	1	1	2023-03-19 11:30:00	2023-03-19 12:15:00	Destartarização	realizada	G4	Restauração classe II em compósito no 25.
579	60	4	4	2023-03-20 15:45:00	2023-03-20 16:15:00	Odontopediatria	realizada	G3	
580	34	13	1	2023-03-24 14:15:00	2023-03-24 15:00:00	Destartarização	realizada	G1	Agendar controlo a 6 meses.
581	28	8	2	2023-03-24 15:00:00	2023-03-24 16:00:00	Endodontia	realizada	G2	Ajuste de arco superior.
582	10	3	3	2023-03-25 19:30:00	2023-03-25 20:00:00	Consulta de urgência	realizada	G1	Ajuste de arco superior.
583	46	7	1	2023-03-27 12:30:00	2023-03-27 14:00:00	Implante - cirurgia	desmarcada	G1	Desmarcou por SMS.
584	29	14	2	2023-03-28 09:00:00	2023-03-28 09:30:00	Extração	realizada	G2	Ajuste de arco superior.
585	106	13	1	2023-03-31 12:15:00	2023-03-31 12:45:00	Consulta de avaliação	realizada	G2	Remoção de pontos.
586	45	6	6	2023-03-31 14:00:00	2023-03-31 14:30:00	Odontopediatria	desmarcada	G4	Desmarcou por SMS.
587	29	2	2	2023-04-01 11:00:00	2023-04-01 12:00:00	Branqueamento	realizada	G4	Ajuste de arco superior.
588	64	4	4	2023-04-01 19:45:00	2023-04-01 20:05:00	Ortodontia - manutenção	desmarcada	G4	Desmarcou por SMS.
589	161	2	2	2023-04-02 09:15:00	2023-04-02 10:00:00	Restauração	realizada	G4	Remoção de pontos.
590	119	13	1	2023-04-02 09:45:00	2023-04-02 10:30:00	Destartarização	realizada	G3	Paciente refere sensibilidade ao frio.
591	17	1	1	2023-04-02 17:15:00	2023-04-02 17:45:00	Consulta de urgência	realizada	G1	
592	55	11	5	2023-04-02 18:30:00	2023-04-02 19:15:00	Destartarização	realizada	G3	Restauração classe II em compósito no 25.
593	37	5	5	2023-04-03 19:30:00	2023-04-03 20:30:00	Endodontia	realizada	G4	Remoção de pontos.
594	17	7	1	2023-04-05 11:00:00	2023-04-05 12:30:00	Implante - cirurgia	falta	G2	Faltou sem aviso.
595	121	13	1	2023-04-05 19:15:00	2023-04-05 20:45:00	Implante - cirurgia	realizada	G3	Restauração classe II em compósito no 25.
596	76	7	1	2023-04-06 15:00:00	2023-04-06 15:30:00	Consulta de urgência	realizada	G3	
597	55	5	5	2023-04-07 09:30:00	2023-04-07 10:30:00	Branqueamento	realizada	G1	Agendar controlo a 6 meses.
598	76	1	1	2023-04-07 16:15:00	2023-04-07 16:45:00	Extração	realizada	G2	
599	164	13	1	2023-04-08 11:45:00	2023-04-08 13:15:00	Implante - cirurgia	realizada	G2	Higiene oral deficiente, reforçar escovagem.
600	85	8	2	2023-04-09 17:45:00	2023-04-09 18:15:00	Odontopediatria	realizada	G4	Dor à percussão no 36. Rx periapical.
601	136	13	1	2023-04-11 09:00:00	2023-04-11 10:00:00	Branqueamento	desmarcada	G1	Desmarcou por SMS.
602	54	7	1	2023-04-12 17:15:00	2023-04-12 18:00:00	Restauração	realizada	G3	Dor à percussão no 36. Rx periapical.
603	92	5	5	2023-04-14 11:45:00	2023-04-14 12:30:00	Destartarização	realizada	G1	Ajuste de arco superior.
604	138	12	6	2023-04-14 14:00:00	2023-04-14 14:45:00	Restauração	realizada	G1	Sem intercorrências.
605	53	13	1	2023-04-14 18:15:00	2023-04-14 18:45:00	Odontopediatria	realizada	G4	Ajuste de arco superior.
606	28	14	2	2023-04-17 09:15:00	2023-04-17 09:45:00	Consulta de urgência	realizada	G2	Restauração classe II em compósito no 25.
607	34	1	1	2023-04-19 18:00:00	2023-04-19 18:20:00	Ortodontia - manutenção	realizada	G4	Anestesia local articaína 4%.
608	151	2	2	2023-04-19 18:00:00	2023-04-19 19:00:00	Endodontia	realizada	G3	
609	10	3	3	2023-04-20 14:45:00	2023-04-20 15:15:00	Extração	realizada	G4	Orçamento entregue para reabilitação.
610	138	12	6	2023-04-20 18:30:00	2023-04-20 19:30:00	Endodontia	realizada	G2	Restauração classe II em compósito no 25.
611	75	5	5	2023-04-22 09:45:00	2023-04-22 10:15:00	Odontopediatria	realizada	G4	Restauração classe II em compósito no 25.
612	99	7	1	2023-04-22 15:45:00	2023-04-22 16:45:00	Branqueamento	realizada	G4	Remoção de pontos.
613	14	7	1	2023-04-22 17:00:00	2023-04-22 17:45:00	Restauração	realizada	G4	Orçamento entregue para reabilitação.
614	44	14	2	2023-04-23 10:45:00	2023-04-23 11:05:00	Ortodontia - manutenção	realizada	G2	
615	3	12	6	2023-04-23 12:00:00	2023-04-23 12:45:00	Destartarização	realizada	G4	Paciente refere sensibilidade ao frio.
616	133	6	6	2023-04-23 12:45:00	2023-04-23 13:45:00	Branqueamento	realizada	G1	Remoção de pontos.
617	152	4	4	2023-04-25 10:30:00	2023-04-25 11:00:00	Odontopediatria	realizada	G4	Restauração classe II em compósito no 25.
618	43	2	2	2023-05-01 16:15:00	2023-05-01 17:15:00	Endodontia	realizada	G3	Dor à percussão no 36. Rx periapical.
619	9	12	6	2023-05-04 12:30:00	2023-05-04 13:30:00	Endodontia	realizada	G2	Ajuste de arco superior.
620	164	1	1	2023-05-05 12:45:00	2023-05-05 13:30:00	Destartarização	realizada	G3	
621	2	8	2	2023-05-09 17:00:00	2023-05-09 17:30:00	Consulta de urgência	desmarcada	G4	Desmarcou por SMS.
622	90	7	1	2023-05-10 10:15:00	2023-05-10 10:35:00	Ortodontia - manutenção	realizada	G4	Sem intercorrências.
623	30	10	4	2023-05-12 09:00:00	2023-05-12 09:30:00	Consulta de avaliação	realizada	G4	Orçamento entregue para reabilitação.
624	161	2	2	2023-05-12 10:15:00	2023-05-12 10:45:00	Consulta de avaliação	realizada	G1	Orçamento entregue para reabilitação.
625	14	13	1	2023-05-13 11:00:00	2023-05-13 11:30:00	Extração	realizada	G3	Remoção de pontos.
626	66	8	2	2023-05-15 11:00:00	2023-05-15 11:20:00	Ortodontia - manutenção	realizada	G3	Dor à percussão no 36. Rx periapical.
627	85	14	2	2023-05-15 11:00:00	2023-05-15 11:30:00	Consulta de urgência	realizada	G3	Dor à percussão no 36. Rx periapical.
628	33	8	2	2023-05-18 11:15:00	2023-05-18 12:00:00	Destartarização	realizada	G2	Dor à percussão no 36. Rx periapical.
629	53	13	1	2023-05-18 18:30:00	2023-05-18 18:50:00	Ortodontia - manutenção	realizada	G2	
630	165	12	6	2023-05-19 09:30:00	2023-05-19 10:00:00	Consulta de avaliação	realizada	G3	Orçamento entregue para reabilitação.
631	104	4	4	2023-05-20 11:00:00	2023-05-20 11:45:00	Restauração	desmarcada	G2	Desmarcou por SMS.
632	36	14	2	2023-05-20 12:30:00	2023-05-20 13:00:00	Consulta de avaliação	realizada	G3	Paciente refere sensibilidade ao frio.
633	138	6	6	2023-05-20 19:30:00	2023-05-20 20:15:00	Destartarização	realizada	G4	
634	56	1	1	2023-05-21 11:30:00	2023-05-21 12:00:00	Odontopediatria	realizada	G3	Dor à percussão no 36. Rx periapical.
635	107	6	6	2023-05-24 09:45:00	2023-05-24 10:15:00	Consulta de avaliação	realizada	G1	Ajuste de arco superior.
636	140	14	2	2023-05-24 10:15:00	2023-05-24 11:15:00	Branqueamento	realizada	G2	Sem intercorrências.
637	139	4	4	2023-05-24 12:30:00	2023-05-24 14:00:00	Implante - cirurgia	desmarcada	G2	Desmarcou por SMS.
638	49	12	6	2023-05-24 19:00:00	2023-05-24 19:30:00	Consulta de avaliação	realizada	G2	Paciente refere sensibilidade ao frio.
639	162	1	1	2023-05-28 10:15:00	2023-05-28 11:00:00	Restauração	realizada	G4	Anestesia local articaína 4%.
640	87	2	2	2023-05-29 17:30:00	2023-05-29 17:50:00	Ortodontia - manutenção	desmarcada	G1	Desmarcou por SMS.
641	158	13	1	2023-05-29 19:15:00	2023-05-29 20:15:00	Branqueamento	realizada	G3	Faltou sem aviso.
642	10	3	3	2023-05-30 10:00:00	2023-05-30 10:30:00	Consulta de urgência	realizada	G4	Orçamento entregue para reabilitação.
643	164	13	1	2023-05-30 19:45:00	2023-05-30 20:45:00	Branqueamento	realizada	G3	Paciente refere sensibilidade ao frio.
644	138	12	6	2023-05-31 16:30:00	2023-05-31 17:15:00	Destartarização	desmarcada	G3	Desmarcou por SMS.
645	73	8	2	2023-06-02 11:30:00	2023-06-02 11:50:00	Ortodontia - manutenção	realizada	G2	Restauração classe II em compósito no 25.
646	39	2	2	2023-06-03 09:30:00	2023-06-03 10:00:00	Extração	realizada	G2	Restauração classe II em compósito no 25.
647	30	10	4	2023-06-03 14:00:00	2023-06-03 14:30:00	Odontopediatria	realizada	G2	Sem intercorrências.
648	39	14	2	2023-06-04 18:45:00	2023-06-04 19:15:00	Consulta de urgência	realizada	G2	Ajuste de arco superior.
649	32	7	1	2023-06-06 09:00:00	2023-06-06 09:20:00	Ortodontia - manutenção	realizada	G3	Sem intercorrências.
650	73	2	2	2023-06-06 17:00:00	2023-06-06 17:45:00	Destartarização	realizada	G1	Dor à percussão no 36. Rx periapical.
651	27	14	2	2023-06-06 19:00:00	2023-06-06 19:45:00	Destartarização	falta	G1	Faltou sem aviso.
652	117	5	5	2023-06-09 17:15:00	2023-06-09 17:35:00	Ortodontia - manutenção	desmarcada	G1	Desmarcou por SMS.
653	106	1	1	2023-06-10 11:15:00	2023-06-10 11:35:00	Ortodontia - manutenção	realizada	G3	
654	80	2	2	2023-06-11 15:45:00	2023-06-11 17:15:00	Implante - cirurgia	realizada	G1	Dor à percussão no 36. Rx periapical.
655	81	11	5	2023-06-12 17:45:00	2023-06-12 18:30:00	Destartarização	falta	G4	Faltou sem aviso.
656	44	8	2	2023-06-13 09:30:00	2023-06-13 10:15:00	Destartarização	realizada	G3	Anestesia local articaína 4%.
657	18	13	1	2023-06-13 19:15:00	2023-06-13 19:35:00	Ortodontia - manutenção	realizada	G1	Anestesia local articaína 4%.
658	131	8	2	2023-06-15 09:15:00	2023-06-15 09:45:00	Odontopediatria	realizada	G2	Agendar controlo a 6 meses.
659	84	1	1	2023-06-15 11:45:00	2023-06-15 12:05:00	Ortodontia - manutenção	realizada	G3	Paciente refere sensibilidade ao frio.
660	9	6	6	2023-06-16 10:00:00	2023-06-16 11:30:00	Implante - cirurgia	desmarcada	G1	Desmarcou por SMS.
661	55	5	5	2023-06-16 12:00:00	2023-06-16 13:30:00	Implante - cirurgia	falta	G4	Faltou sem aviso.
662	74	5	5	2023-06-18 14:45:00	2023-06-18 15:15:00	Odontopediatria	realizada	G1	Orçamento entregue para reabilitação.
663	7	8	2	2023-06-19 09:00:00	2023-06-19 09:20:00	Ortodontia - manutenção	desmarcada	G2	Desmarcou por SMS.
664	129	9	3	2023-06-19 09:00:00	2023-06-19 09:20:00	Ortodontia - manutenção	realizada	G3	Restauração classe II em compósito no 25.
665	114	7	1	2023-06-20 12:15:00	2023-06-20 13:15:00	Endodontia	realizada	G4	Faltou sem aviso.
666	144	2	2	2023-06-21 09:45:00	2023-06-21 10:45:00	Endodontia	desmarcada	G2	Desmarcou por SMS.
667	31	1	1	2023-06-22 10:15:00	2023-06-22 10:45:00	Consulta de avaliação	realizada	G3	Ajuste de arco superior.
668	50	14	2	2023-06-22 11:30:00	2023-06-22 12:30:00	Branqueamento	realizada	G3	Higiene oral deficiente, reforçar escovagem.
669	106	1	1	2023-06-25 09:15:00	2023-06-25 09:35:00	Ortodontia - manutenção	realizada	G2	Sem intercorrências.
670	76	13	1	2023-06-25 10:30:00	2023-06-25 10:50:00	Ortodontia - manutenção	desmarcada	G4	Desmarcou por SMS.
671	158	7	1	2023-06-25 15:45:00	2023-06-25 16:15:00	Odontopediatria	realizada	G1	Agendar controlo a 6 meses.
672	121	7	1	2023-06-28 09:15:00	2023-06-28 09:35:00	Ortodontia - manutenção	realizada	G4	Agendar controlo a 6 meses.
673	161	2	2	2023-06-28 10:15:00	2023-06-28 10:45:00	Extração	realizada	G3	Sem intercorrências.
674	158	13	1	2023-06-30 16:00:00	2023-06-30 17:00:00	Branqueamento	desmarcada	G4	Desmarcou por SMS.
675	87	2	2	2023-07-04 09:30:00	2023-07-04 10:00:00	Odontopediatria	realizada	G2	Anestesia local articaína 4%.
676	145	14	2	2023-07-05 19:45:00	2023-07-05 20:15:00	Consulta de urgência	realizada	G3	Anestesia local articaína 4%.
677	46	13	1	2023-07-06 09:15:00	2023-07-06 09:45:00	Extração	realizada	G4	Orçamento entregue para reabilitação.
678	161	2	2	2023-07-06 19:15:00	2023-07-06 19:45:00	Odontopediatria	realizada	G4	Remoção de pontos.
679	33	14	2	2023-07-07 09:30:00	2023-07-07 10:15:00	Destartarização	realizada	G3	
680	76	1	1	2023-07-07 09:30:00	2023-07-07 10:00:00	Consulta de urgência	realizada	G2	Orçamento entregue para reabilitação.
681	74	5	5	2023-07-07 11:00:00	2023-07-07 12:00:00	Endodontia	falta	G1	Faltou sem aviso.
682	86	10	4	2023-07-07 11:45:00	2023-07-07 12:15:00	Odontopediatria	realizada	G4	
683	87	14	2	2023-07-07 15:00:00	2023-07-07 15:30:00	Odontopediatria	desmarcada	G1	Desmarcou por SMS.
684	43	8	2	2023-07-07 15:45:00	2023-07-07 16:30:00	Destartarização	realizada	G3	
685	1	8	2	2023-07-08 14:00:00	2023-07-08 14:30:00	Odontopediatria	realizada	G2	Higiene oral deficiente, reforçar escovagem.
686	47	13	1	2023-07-08 19:00:00	2023-07-08 19:45:00	Restauração	desmarcada	G4	Desmarcou por SMS.
687	63	4	4	2023-07-10 09:00:00	2023-07-10 09:45:00	Destartarização	realizada	G1	Restauração classe II em compósito no 25.
688	124	8	2	2023-07-10 09:45:00	2023-07-10 10:15:00	Consulta de avaliação	realizada	G1	Dor à percussão no 36. Rx periapical.
689	151	14	2	2023-07-10 17:15:00	2023-07-10 18:00:00	Destartarização	realizada	G1	
690	44	14	2	2023-07-12 09:00:00	2023-07-12 09:30:00	Odontopediatria	desmarcada	G1	Desmarcou por SMS.
691	34	1	1	2023-07-13 09:15:00	2023-07-13 10:45:00	Implante - cirurgia	realizada	G2	Agendar controlo a 6 meses.
692	154	7	1	2023-07-13 10:45:00	2023-07-13 11:15:00	Consulta de urgência	realizada	G1	Orçamento entregue para reabilitação.
693	155	8	2	2023-07-13 16:15:00	2023-07-13 16:35:00	Ortodontia - manutenção	realizada	G2	Agendar controlo a 6 meses.
694	15	13	1	2023-07-16 18:15:00	2023-07-16 19:45:00	Implante - cirurgia	realizada	G3	Higiene oral deficiente, reforçar escovagem.
695	1	2	2	2023-07-17 12:00:00	2023-07-17 12:45:00	Restauração	realizada	G1	Anestesia local articaína 4%.
696	91	11	5	2023-07-20 10:30:00	2023-07-20 11:15:00	Restauração	realizada	G4	Ajuste de arco superior.
697	4	13	1	2023-07-20 16:30:00	2023-07-20 16:50:00	Ortodontia - manutenção	realizada	G1	Remoção de pontos.
698	101	13	1	2023-07-21 17:30:00	2023-07-21 18:30:00	Endodontia	realizada	G3	Higiene oral deficiente, reforçar escovagem.
699	138	12	6	2023-07-23 11:30:00	2023-07-23 12:30:00	Endodontia	realizada	G2	Higiene oral deficiente, reforçar escovagem.
700	77	5	5	2023-07-25 09:45:00	2023-07-25 10:15:00	Extração	falta	G3	Faltou sem aviso.
701	155	8	2	2023-07-27 12:30:00	2023-07-27 13:00:00	Consulta de avaliação	desmarcada	G2	Desmarcou por SMS.
702	55	5	5	2023-07-27 17:45:00	2023-07-27 18:45:00	Branqueamento	realizada	G4	Sem intercorrências.
703	161	14	2	2023-07-29 10:45:00	2023-07-29 11:15:00	Extração	realizada	G1	Agendar controlo a 6 meses.
704	100	7	1	2023-07-30 12:00:00	2023-07-30 12:30:00	Odontopediatria	realizada	G1	Higiene oral deficiente, reforçar escovagem.
705	157	12	6	2023-07-30 18:00:00	2023-07-30 18:30:00	Consulta de avaliação	realizada	G2	Sem intercorrências.
706	117	11	5	2023-07-31 10:45:00	2023-07-31 11:30:00	Restauração	realizada	G1	Remoção de pontos.
707	66	14	2	2023-08-01 12:00:00	2023-08-01 13:30:00	Implante - cirurgia	falta	G2	Faltou sem aviso.
708	32	7	1	2023-08-01 15:45:00	2023-08-01 16:30:00	Destartarização	realizada	G4	Orçamento entregue para reabilitação.
709	100	7	1	2023-08-02 14:15:00	2023-08-02 15:15:00	Branqueamento	realizada	G2	Dor à percussão no 36. Rx periapical.
710	1	2	2	2023-08-06 09:15:00	2023-08-06 09:35:00	Ortodontia - manutenção	desmarcada	G1	Desmarcou por SMS.
711	106	13	1	2023-08-06 11:15:00	2023-08-06 11:35:00	Ortodontia - manutenção	realizada	G2	Orçamento entregue para reabilitação.
712	138	12	6	2023-08-06 18:00:00	2023-08-06 19:30:00	Implante - cirurgia	realizada	G4	Orçamento entregue para reabilitação.
713	10	3	3	2023-08-08 15:15:00	2023-08-08 15:45:00	Consulta de urgência	realizada	G3	Higiene oral deficiente, reforçar escovagem.
714	124	14	2	2023-08-08 16:30:00	2023-08-08 17:00:00	Consulta de avaliação	realizada	G2	Higiene oral deficiente, reforçar escovagem.
715	99	1	1	2023-08-09 18:45:00	2023-08-09 19:30:00	Restauração	desmarcada	G4	Desmarcou por SMS.
716	28	2	2	2023-08-10 10:00:00	2023-08-10 10:20:00	Ortodontia - manutenção	realizada	G4	Faltou sem aviso.
717	5	7	1	2023-08-10 11:45:00	2023-08-10 12:15:00	Extração	realizada	G1	Remoção de pontos.
718	24	13	1	2023-08-10 16:15:00	2023-08-10 17:15:00	Branqueamento	realizada	G3	Faltou sem aviso.
719	85	8	2	2023-08-11 14:00:00	2023-08-11 14:30:00	Extração	desmarcada	G4	Desmarcou por SMS.
720	69	3	3	2023-08-13 17:45:00	2023-08-13 18:45:00	Branqueamento	realizada	G1	Anestesia local articaína 4%.
721	106	7	1	2023-08-14 14:30:00	2023-08-14 15:00:00	Odontopediatria	realizada	G4	Restauração classe II em compósito no 25.
722	97	14	2	2023-08-14 18:30:00	2023-08-14 19:15:00	Restauração	realizada	G3	Dor à percussão no 36. Rx periapical.
723	121	13	1	2023-08-15 11:45:00	2023-08-15 12:15:00	Consulta de urgência	realizada	G1	
724	74	11	5	2023-08-16 18:45:00	2023-08-16 19:30:00	Restauração	realizada	G2	Agendar controlo a 6 meses.
725	101	7	1	2023-08-17 12:00:00	2023-08-17 13:00:00	Branqueamento	realizada	G2	Sem intercorrências.
726	126	13	1	2023-08-19 11:00:00	2023-08-19 11:30:00	Consulta de urgência	realizada	G4	Sem intercorrências.
727	46	7	1	2023-08-20 11:15:00	2023-08-20 12:00:00	Destartarização	desmarcada	G3	Desmarcou por SMS.
728	162	1	1	2023-08-20 18:30:00	2023-08-20 19:00:00	Consulta de urgência	realizada	G2	Ajuste de arco superior.
729	139	4	4	2023-08-22 11:15:00	2023-08-22 11:45:00	Consulta de urgência	realizada	G2	Agendar controlo a 6 meses.
730	133	6	6	2023-08-22 15:30:00	2023-08-22 16:30:00	Branqueamento	realizada	G3	Orçamento entregue para reabilitação.
731	113	10	4	2023-08-24 14:45:00	2023-08-24 15:15:00	Extração	realizada	G3	Anestesia local articaína 4%.
732	85	2	2	2023-08-24 18:30:00	2023-08-24 19:00:00	Consulta de urgência	desmarcada	G4	Desmarcou por SMS.
733	57	11	5	2023-08-25 11:00:00	2023-08-25 11:45:00	Restauração	realizada	G4	Sem intercorrências.
734	72	5	5	2023-08-25 12:45:00	2023-08-25 13:45:00	Branqueamento	desmarcada	G1	Desmarcou por SMS.
735	99	7	1	2023-08-25 17:00:00	2023-08-25 17:30:00	Extração	realizada	G3	Dor à percussão no 36. Rx periapical.
736	140	8	2	2023-08-27 09:30:00	2023-08-27 10:00:00	Consulta de avaliação	realizada	G2	Higiene oral deficiente, reforçar escovagem.
737	106	7	1	2023-08-28 17:30:00	2023-08-28 18:00:00	Consulta de avaliação	realizada	G4	Dor à percussão no 36. Rx periapical.
738	49	6	6	2023-08-30 09:00:00	2023-08-30 09:45:00	Destartarização	realizada	G3	Higiene oral deficiente, reforçar escovagem.
739	160	13	1	2023-08-31 09:30:00	2023-08-31 10:30:00	Endodontia	realizada	G2	Restauração classe II em compósito no 25.
740	35	3	3	2023-08-31 19:45:00	2023-08-31 20:15:00	Odontopediatria	desmarcada	G4	Desmarcou por SMS.
741	96	1	1	2023-09-01 12:15:00	2023-09-01 13:15:00	Endodontia	realizada	G4	Higiene oral deficiente, reforçar escovagem.
742	18	7	1	2023-09-01 12:30:00	2023-09-01 13:00:00	Consulta de avaliação	realizada	G1	Sem intercorrências.
743	58	6	6	2023-09-01 17:45:00	2023-09-01 19:15:00	Implante - cirurgia	realizada	G2	Remoção de pontos.
744	160	13	1	2023-09-03 09:00:00	2023-09-03 09:45:00	Destartarização	realizada	G4	Dor à percussão no 36. Rx periapical.
745	46	13	1	2023-09-03 09:15:00	2023-09-03 10:15:00	Endodontia	realizada	G2	
746	28	2	2	2023-09-04 19:00:00	2023-09-04 20:30:00	Implante - cirurgia	realizada	G2	
747	29	14	2	2023-09-05 18:00:00	2023-09-05 18:30:00	Consulta de avaliação	realizada	G2	Ajuste de arco superior.
748	34	1	1	2023-09-07 09:45:00	2023-09-07 10:05:00	Ortodontia - manutenção	realizada	G3	Agendar controlo a 6 meses.
749	87	8	2	2023-09-07 11:00:00	2023-09-07 11:30:00	Consulta de avaliação	desmarcada	G3	Desmarcou por SMS.
750	46	13	1	2023-09-07 11:15:00	2023-09-07 11:45:00	Consulta de urgência	realizada	G4	
751	106	1	1	2023-09-08 09:15:00	2023-09-08 09:35:00	Ortodontia - manutenção	realizada	G3	
752	63	4	4	2023-09-08 17:30:00	2023-09-08 19:00:00	Implante - cirurgia	realizada	G1	Higiene oral deficiente, reforçar escovagem.
753	153	11	5	2023-09-09 14:15:00	2023-09-09 15:15:00	Endodontia	realizada	G2	Ajuste de arco superior.
754	68	7	1	2023-09-10 14:30:00	2023-09-10 15:00:00	Consulta de avaliação	realizada	G3	Orçamento entregue para reabilitação.
755	77	11	5	2023-09-12 10:15:00	2023-09-12 11:00:00	Restauração	falta	G2	Faltou sem aviso.
756	132	7	1	2023-09-14 11:30:00	2023-09-14 12:15:00	Restauração	realizada	G3	Paciente refere sensibilidade ao frio.
757	55	5	5	2023-09-15 09:45:00	2023-09-15 10:30:00	Restauração	realizada	G3	Restauração classe II em compósito no 25.
758	160	13	1	2023-09-15 15:00:00	2023-09-15 16:30:00	Implante - cirurgia	realizada	G1	Dor à percussão no 36. Rx periapical.
759	121	7	1	2023-09-17 14:15:00	2023-09-17 15:00:00	Restauração	realizada	G4	Dor à percussão no 36. Rx periapical.
760	15	13	1	2023-09-19 10:30:00	2023-09-19 12:00:00	Implante - cirurgia	realizada	G4	Higiene oral deficiente, reforçar escovagem.
761	154	7	1	2023-09-19 14:15:00	2023-09-19 15:15:00	Branqueamento	desmarcada	G2	Desmarcou por SMS.
762	153	11	5	2023-09-19 15:00:00	2023-09-19 15:45:00	Destartarização	realizada	G3	Orçamento entregue para reabilitação.
763	161	14	2	2023-09-19 15:30:00	2023-09-19 17:00:00	Implante - cirurgia	realizada	G4	Agendar controlo a 6 meses.
764	30	4	4	2023-09-19 18:30:00	2023-09-19 19:30:00	Branqueamento	realizada	G2	
765	39	2	2	2023-09-20 12:30:00	2023-09-20 13:15:00	Restauração	realizada	G1	Higiene oral deficiente, reforçar escovagem.
766	33	14	2	2023-09-21 09:15:00	2023-09-21 09:35:00	Ortodontia - manutenção	realizada	G4	Faltou sem aviso.
767	30	4	4	2023-09-21 11:15:00	2023-09-21 11:45:00	Odontopediatria	realizada	G3	
768	99	1	1	2023-09-21 14:30:00	2023-09-21 15:00:00	Consulta de urgência	desmarcada	G1	Desmarcou por SMS.
769	162	1	1	2023-09-22 10:15:00	2023-09-22 11:15:00	Endodontia	falta	G3	Faltou sem aviso.
770	20	7	1	2023-09-23 16:30:00	2023-09-23 17:30:00	Endodontia	realizada	G4	Agendar controlo a 6 meses.
771	51	5	5	2023-09-25 16:15:00	2023-09-25 16:45:00	Odontopediatria	realizada	G4	Remoção de pontos.
772	96	7	1	2023-09-26 14:00:00	2023-09-26 14:30:00	Consulta de urgência	realizada	G4	Dor à percussão no 36. Rx periapical.
773	20	1	1	2023-09-27 16:45:00	2023-09-27 17:30:00	Restauração	realizada	G4	Restauração classe II em compósito no 25.
774	148	1	1	2023-09-27 17:45:00	2023-09-27 18:30:00	Destartarização	realizada	G2	Orçamento entregue para reabilitação.
775	26	3	3	2023-09-28 09:00:00	2023-09-28 09:30:00	Consulta de urgência	desmarcada	G3	Desmarcou por SMS.
776	121	7	1	2023-09-29 10:00:00	2023-09-29 11:00:00	Branqueamento	realizada	G3	Remoção de pontos.
777	9	12	6	2023-09-29 18:15:00	2023-09-29 19:15:00	Endodontia	realizada	G3	
778	117	11	5	2023-10-01 09:45:00	2023-10-01 10:30:00	Restauração	realizada	G1	Orçamento entregue para reabilitação.
779	98	14	2	2023-10-02 15:00:00	2023-10-02 15:30:00	Consulta de avaliação	realizada	G4	Orçamento entregue para reabilitação.
780	27	14	2	2023-10-03 09:45:00	2023-10-03 10:15:00	Consulta de urgência	realizada	G2	Paciente refere sensibilidade ao frio.
781	126	7	1	2023-10-04 14:00:00	2023-10-04 15:00:00	Branqueamento	realizada	G4	Ajuste de arco superior.
782	48	13	1	2023-10-04 15:45:00	2023-10-04 16:05:00	Ortodontia - manutenção	realizada	G4	Restauração classe II em compósito no 25.
783	95	13	1	2023-10-05 09:00:00	2023-10-05 09:20:00	Ortodontia - manutenção	realizada	G4	Sem intercorrências.
784	132	13	1	2023-10-06 12:15:00	2023-10-06 12:45:00	Consulta de urgência	realizada	G3	Paciente refere sensibilidade ao frio.
785	35	3	3	2023-10-07 09:30:00	2023-10-07 09:50:00	Ortodontia - manutenção	realizada	G2	Restauração classe II em compósito no 25.
786	65	6	6	2023-10-07 10:45:00	2023-10-07 11:30:00	Destartarização	falta	G1	Faltou sem aviso.
787	160	13	1	2023-10-08 10:30:00	2023-10-08 11:00:00	Odontopediatria	realizada	G2	Restauração classe II em compósito no 25.
788	124	8	2	2023-10-09 16:00:00	2023-10-09 16:30:00	Consulta de avaliação	realizada	G4	Sem intercorrências.
789	26	9	3	2023-10-10 19:30:00	2023-10-10 20:00:00	Odontopediatria	realizada	G2	Paciente refere sensibilidade ao frio.
790	86	4	4	2023-10-10 19:45:00	2023-10-10 20:15:00	Extração	realizada	G2	
791	96	1	1	2023-10-12 10:00:00	2023-10-12 10:45:00	Restauração	realizada	G2	Restauração classe II em compósito no 25.
792	129	9	3	2023-10-12 10:15:00	2023-10-12 11:15:00	Branqueamento	realizada	G3	Remoção de pontos.
793	101	13	1	2023-10-13 09:45:00	2023-10-13 10:15:00	Extração	falta	G4	Faltou sem aviso.
794	158	7	1	2023-10-13 15:30:00	2023-10-13 16:00:00	Consulta de urgência	realizada	G4	Remoção de pontos.
795	57	11	5	2023-10-14 11:30:00	2023-10-14 12:00:00	Consulta de urgência	realizada	G3	
796	132	1	1	2023-10-14 19:45:00	2023-10-14 20:45:00	Branqueamento	realizada	G3	Higiene oral deficiente, reforçar escovagem.
797	160	7	1	2023-10-17 15:00:00	2023-10-17 15:30:00	Consulta de urgência	realizada	G1	Faltou sem aviso.
798	141	4	4	2023-10-17 15:45:00	2023-10-17 17:15:00	Implante - cirurgia	realizada	G1	Restauração classe II em compósito no 25.
799	17	1	1	2023-10-17 19:00:00	2023-10-17 19:20:00	Ortodontia - manutenção	realizada	G4	Restauração classe II em compósito no 25.
800	46	1	1	2023-10-18 10:00:00	2023-10-18 10:30:00	Consulta de urgência	realizada	G1	Ajuste de arco superior.
801	36	2	2	2023-10-18 19:15:00	2023-10-18 19:45:00	Extração	realizada	G1	
802	143	5	5	2023-10-19 10:45:00	2023-10-19 11:45:00	Endodontia	realizada	G4	Orçamento entregue para reabilitação.
803	160	7	1	2023-10-19 11:15:00	2023-10-19 11:45:00	Extração	desmarcada	G3	Desmarcou por SMS.
804	154	7	1	2023-10-20 09:45:00	2023-10-20 10:05:00	Ortodontia - manutenção	realizada	G2	Higiene oral deficiente, reforçar escovagem.
805	162	13	1	2023-10-20 16:00:00	2023-10-20 16:45:00	Destartarização	realizada	G4	Restauração classe II em compósito no 25.
806	35	3	3	2023-10-20 18:00:00	2023-10-20 19:00:00	Branqueamento	realizada	G2	Dor à percussão no 36. Rx periapical.
807	125	4	4	2023-10-20 19:00:00	2023-10-20 19:45:00	Restauração	realizada	G3	Agendar controlo a 6 meses.
808	112	4	4	2023-10-22 09:15:00	2023-10-22 09:45:00	Odontopediatria	realizada	G3	Higiene oral deficiente, reforçar escovagem.
809	34	7	1	2023-10-22 11:00:00	2023-10-22 12:30:00	Implante - cirurgia	realizada	G3	
810	152	4	4	2023-10-23 10:30:00	2023-10-23 11:00:00	Consulta de avaliação	realizada	G3	Restauração classe II em compósito no 25.
811	92	5	5	2023-10-23 15:00:00	2023-10-23 16:00:00	Branqueamento	realizada	G2	Agendar controlo a 6 meses.
812	112	10	4	2023-10-23 15:00:00	2023-10-23 16:30:00	Implante - cirurgia	realizada	G3	Dor à percussão no 36. Rx periapical.
813	102	4	4	2023-10-26 19:00:00	2023-10-26 20:30:00	Implante - cirurgia	realizada	G2	
814	63	10	4	2023-10-27 09:00:00	2023-10-27 09:45:00	Restauração	realizada	G4	
815	144	14	2	2023-10-28 10:15:00	2023-10-28 11:45:00	Implante - cirurgia	realizada	G4	Paciente refere sensibilidade ao frio.
816	41	8	2	2023-10-29 15:30:00	2023-10-29 17:00:00	Implante - cirurgia	realizada	G4	
817	148	1	1	2023-10-30 17:00:00	2023-10-30 17:30:00	Consulta de urgência	realizada	G1	Orçamento entregue para reabilitação.
818	35	9	3	2023-10-31 15:45:00	2023-10-31 16:15:00	Consulta de urgência	realizada	G4	Orçamento entregue para reabilitação.
819	101	7	1	2023-10-31 17:00:00	2023-10-31 17:45:00	Restauração	realizada	G1	Restauração classe II em compósito no 25.
820	111	1	1	2023-11-01 11:00:00	2023-11-01 11:20:00	Ortodontia - manutenção	realizada	G3	Higiene oral deficiente, reforçar escovagem.
821	120	13	1	2023-11-02 09:45:00	2023-11-02 10:05:00	Ortodontia - manutenção	realizada	G2	
822	141	4	4	2023-11-04 12:00:00	2023-11-04 12:30:00	Consulta de avaliação	realizada	G1	Orçamento entregue para reabilitação.
823	81	5	5	2023-11-04 17:00:00	2023-11-04 17:45:00	Destartarização	desmarcada	G2	Desmarcou por SMS.
824	56	7	1	2023-11-05 12:30:00	2023-11-05 13:15:00	Restauração	realizada	G1	Higiene oral deficiente, reforçar escovagem.
825	114	1	1	2023-11-06 12:45:00	2023-11-06 13:45:00	Endodontia	realizada	G1	
826	73	2	2	2023-11-06 15:45:00	2023-11-06 16:15:00	Consulta de avaliação	realizada	G4	Anestesia local articaína 4%.
827	36	2	2	2023-11-06 18:15:00	2023-11-06 18:45:00	Extração	falta	G4	Faltou sem aviso.
828	81	11	5	2023-11-06 18:15:00	2023-11-06 19:00:00	Restauração	realizada	G3	Orçamento entregue para reabilitação.
829	34	7	1	2023-11-07 09:00:00	2023-11-07 09:45:00	Restauração	realizada	G2	Ajuste de arco superior.
830	32	1	1	2023-11-10 12:15:00	2023-11-10 12:35:00	Ortodontia - manutenção	realizada	G3	Agendar controlo a 6 meses.
831	119	1	1	2023-11-13 09:00:00	2023-11-13 10:30:00	Implante - cirurgia	realizada	G4	Ajuste de arco superior.
832	103	9	3	2023-11-13 10:15:00	2023-11-13 11:15:00	Endodontia	realizada	G4	Paciente refere sensibilidade ao frio.
833	153	11	5	2023-11-14 12:00:00	2023-11-14 12:30:00	Odontopediatria	realizada	G3	Remoção de pontos.
834	18	1	1	2023-11-14 17:30:00	2023-11-14 18:00:00	Odontopediatria	realizada	G4	Agendar controlo a 6 meses.
835	114	7	1	2023-11-15 12:00:00	2023-11-15 13:30:00	Implante - cirurgia	desmarcada	G3	Desmarcou por SMS.
836	46	13	1	2023-11-15 15:45:00	2023-11-15 16:15:00	Extração	realizada	G4	Orçamento entregue para reabilitação.
837	96	13	1	2023-11-15 16:45:00	2023-11-15 18:15:00	Implante - cirurgia	realizada	G1	Ajuste de arco superior.
838	151	2	2	2023-11-15 16:45:00	2023-11-15 17:15:00	Extração	realizada	G3	Ajuste de arco superior.
839	154	1	1	2023-11-15 18:30:00	2023-11-15 19:00:00	Extração	desmarcada	G1	Desmarcou por SMS.
840	20	13	1	2023-11-15 19:30:00	2023-11-15 20:00:00	Extração	realizada	G2	Dor à percussão no 36. Rx periapical.
841	154	13	1	2023-11-17 09:30:00	2023-11-17 10:30:00	Endodontia	realizada	G2	Restauração classe II em compósito no 25.
842	111	1	1	2023-11-17 10:00:00	2023-11-17 11:30:00	Implante - cirurgia	realizada	G3	
843	30	4	4	2023-11-17 18:15:00	2023-11-17 19:00:00	Destartarização	realizada	G3	Dor à percussão no 36. Rx periapical.
844	160	13	1	2023-11-18 11:15:00	2023-11-18 12:15:00	Endodontia	realizada	G2	Remoção de pontos.
845	112	4	4	2023-11-21 09:15:00	2023-11-21 09:45:00	Consulta de avaliação	realizada	G3	
846	132	13	1	2023-11-21 10:15:00	2023-11-21 10:45:00	Odontopediatria	realizada	G2	
847	55	5	5	2023-11-21 19:00:00	2023-11-21 19:45:00	Restauração	realizada	G3	Faltou sem aviso.
848	134	14	2	2023-11-22 17:45:00	2023-11-22 18:30:00	Restauração	realizada	G4	
849	98	2	2	2023-11-23 15:15:00	2023-11-23 16:00:00	Restauração	realizada	G3	Orçamento entregue para reabilitação.
850	20	1	1	2023-11-24 15:15:00	2023-11-24 16:45:00	Implante - cirurgia	realizada	G4	Remoção de pontos.
851	154	1	1	2023-11-24 16:45:00	2023-11-24 17:30:00	Restauração	realizada	G3	Orçamento entregue para reabilitação.
852	96	7	1	2023-11-24 18:00:00	2023-11-24 19:30:00	Implante - cirurgia	realizada	G3	Paciente refere sensibilidade ao frio.
853	71	11	5	2023-11-26 10:30:00	2023-11-26 11:00:00	Odontopediatria	realizada	G3	
854	106	1	1	2023-11-26 12:00:00	2023-11-26 12:20:00	Ortodontia - manutenção	realizada	G4	Remoção de pontos.
855	7	14	2	2023-11-27 09:30:00	2023-11-27 09:50:00	Ortodontia - manutenção	realizada	G3	Orçamento entregue para reabilitação.
856	132	7	1	2023-11-27 11:15:00	2023-11-27 11:45:00	Consulta de avaliação	realizada	G2	Restauração classe II em compósito no 25.
857	20	1	1	2023-11-28 14:00:00	2023-11-28 14:20:00	Ortodontia - manutenção	realizada	G1	Sem intercorrências.
858	55	5	5	2023-11-28 16:30:00	2023-11-28 18:00:00	Implante - cirurgia	realizada	G3	Dor à percussão no 36. Rx periapical.
859	71	11	5	2023-11-29 16:45:00	2023-11-29 17:05:00	Ortodontia - manutenção	realizada	G4	Paciente refere sensibilidade ao frio.
860	98	14	2	2023-11-30 09:00:00	2023-11-30 10:00:00	Branqueamento	realizada	G4	Faltou sem aviso.
861	33	8	2	2023-11-30 11:00:00	2023-11-30 12:00:00	Branqueamento	falta	G2	Faltou sem aviso.
862	134	14	2	2023-11-30 16:45:00	2023-11-30 17:30:00	Restauração	realizada	G3	Orçamento entregue para reabilitação.
863	69	9	3	2023-12-01 10:45:00	2023-12-01 11:45:00	Endodontia	realizada	G2	Remoção de pontos.
864	27	14	2	2023-12-01 14:15:00	2023-12-01 15:15:00	Endodontia	realizada	G4	Sem intercorrências.
865	161	2	2	2023-12-02 14:45:00	2023-12-02 15:05:00	Ortodontia - manutenção	realizada	G2	Remoção de pontos.
866	164	7	1	2023-12-02 15:30:00	2023-12-02 16:15:00	Restauração	realizada	G3	Orçamento entregue para reabilitação.
867	91	11	5	2023-12-03 17:15:00	2023-12-03 18:15:00	Branqueamento	desmarcada	G3	Desmarcou por SMS.
868	115	5	5	2023-12-04 14:15:00	2023-12-04 15:15:00	Endodontia	falta	G4	Faltou sem aviso.
869	112	10	4	2023-12-05 09:00:00	2023-12-05 09:30:00	Extração	realizada	G3	Higiene oral deficiente, reforçar escovagem.
870	115	11	5	2023-12-05 12:15:00	2023-12-05 12:45:00	Consulta de avaliação	realizada	G4	Dor à percussão no 36. Rx periapical.
871	162	13	1	2023-12-06 10:30:00	2023-12-06 12:00:00	Implante - cirurgia	realizada	G2	Dor à percussão no 36. Rx periapical.
872	47	13	1	2023-12-06 11:15:00	2023-12-06 12:15:00	Endodontia	realizada	G2	
873	130	13	1	2023-12-06 18:00:00	2023-12-06 18:30:00	Extração	realizada	G2	Orçamento entregue para reabilitação.
874	67	9	3	2023-12-09 10:00:00	2023-12-09 10:30:00	Consulta de urgência	realizada	G3	
875	108	14	2	2023-12-09 10:15:00	2023-12-09 11:15:00	Endodontia	falta	G2	Faltou sem aviso.
876	37	5	5	2023-12-09 14:45:00	2023-12-09 15:45:00	Branqueamento	realizada	G2	Faltou sem aviso.
877	53	7	1	2023-12-10 11:45:00	2023-12-10 12:15:00	Consulta de urgência	realizada	G3	Paciente refere sensibilidade ao frio.
878	49	12	6	2023-12-10 19:15:00	2023-12-10 19:45:00	Consulta de urgência	realizada	G4	Remoção de pontos.
879	46	7	1	2023-12-13 09:45:00	2023-12-13 10:15:00	Extração	realizada	G2	
880	6	8	2	2023-12-13 17:15:00	2023-12-13 18:15:00	Branqueamento	desmarcada	G3	Desmarcou por SMS.
881	1	2	2	2023-12-14 18:30:00	2023-12-14 19:15:00	Restauração	desmarcada	G1	Desmarcou por SMS.
882	120	7	1	2023-12-14 18:45:00	2023-12-14 19:45:00	Branqueamento	realizada	G1	Agendar controlo a 6 meses.
883	53	1	1	2023-12-16 12:30:00	2023-12-16 13:30:00	Branqueamento	realizada	G3	Agendar controlo a 6 meses.
884	115	5	5	2023-12-17 12:15:00	2023-12-17 12:45:00	Extração	realizada	G4	Orçamento entregue para reabilitação.
885	29	8	2	2023-12-17 14:30:00	2023-12-17 15:15:00	Destartarização	realizada	G2	Orçamento entregue para reabilitação.
886	81	11	5	2023-12-17 14:30:00	2023-12-17 15:00:00	Extração	realizada	G2	Sem intercorrências.
887	73	8	2	2023-12-17 18:15:00	2023-12-17 18:45:00	Odontopediatria	desmarcada	G2	Desmarcou por SMS.
888	153	5	5	2023-12-19 12:30:00	2023-12-19 12:50:00	Ortodontia - manutenção	realizada	G2	Faltou sem aviso.
889	106	13	1	2023-12-19 16:45:00	2023-12-19 17:15:00	Consulta de avaliação	realizada	G3	Higiene oral deficiente, reforçar escovagem.
890	115	11	5	2023-12-25 09:00:00	2023-12-25 10:00:00	Branqueamento	realizada	G4	
891	71	5	5	2023-12-25 18:15:00	2023-12-25 18:45:00	Consulta de avaliação	realizada	G2	Restauração classe II em compósito no 25.
892	1	8	2	2023-12-26 11:30:00	2023-12-26 12:15:00	Destartarização	realizada	G3	Ajuste de arco superior.
893	96	13	1	2023-12-26 18:15:00	2023-12-26 19:15:00	Endodontia	realizada	G1	Remoção de pontos.
894	159	3	3	2023-12-28 10:45:00	2023-12-28 12:15:00	Implante - cirurgia	realizada	G3	Ajuste de arco superior.
895	48	1	1	2023-12-29 19:30:00	2023-12-29 21:00:00	Implante - cirurgia	realizada	G2	
896	128	7	1	2023-12-30 09:45:00	2023-12-30 10:45:00	Branqueamento	desmarcada	G2	Desmarcou por SMS.
897	50	14	2	2023-12-30 10:45:00	2023-12-30 11:30:00	Restauração	desmarcada	G1	Desmarcou por SMS.
898	46	1	1	2023-12-30 16:30:00	2023-12-30 17:30:00	Branqueamento	realizada	G2	
899	59	13	1	2023-12-31 09:30:00	2023-12-31 10:00:00	Odontopediatria	realizada	G2	Remoção de pontos.
900	104	10	4	2023-12-31 15:15:00	2023-12-31 15:35:00	Ortodontia - manutenção	realizada	G1	Orçamento entregue para reabilitação.
901	98	8	2	2024-01-01 17:00:00	2024-01-01 18:00:00	Endodontia	realizada	G2	Restauração classe II em compósito no 25.
902	139	10	4	2024-01-02 09:30:00	2024-01-02 10:15:00	Restauração	falta	G1	Faltou sem aviso.
903	147	2	2	2024-01-02 10:00:00	2024-01-02 10:45:00	Restauração	realizada	G3	Dor à percussão no 36. Rx periapical.
904	77	11	5	2024-01-03 11:00:00	2024-01-03 11:30:00	Odontopediatria	realizada	G1	
905	67	9	3	2024-01-03 16:30:00	2024-01-03 17:30:00	Endodontia	realizada	G1	Sem intercorrências.
906	127	6	6	2024-01-03 18:00:00	2024-01-03 19:30:00	Implante - cirurgia	realizada	G2	Agendar controlo a 6 meses.
907	138	6	6	2024-01-05 09:15:00	2024-01-05 09:35:00	Ortodontia - manutenção	desmarcada	G4	Desmarcou por SMS.
908	61	13	1	2024-01-05 18:15:00	2024-01-05 19:00:00	Destartarização	realizada	G1	Paciente refere sensibilidade ao frio.
909	10	3	3	2024-01-06 09:00:00	2024-01-06 10:30:00	Implante - cirurgia	realizada	G2	Dor à percussão no 36. Rx periapical.
910	132	1	1	2024-01-07 14:30:00	2024-01-07 15:00:00	Odontopediatria	realizada	G2	Faltou sem aviso.
911	115	11	5	2024-01-08 19:45:00	2024-01-08 20:15:00	Consulta de urgência	falta	G3	Faltou sem aviso.
912	71	11	5	2024-01-10 14:15:00	2024-01-10 14:45:00	Consulta de avaliação	realizada	G3	Remoção de pontos.
913	154	7	1	2024-01-10 15:45:00	2024-01-10 17:15:00	Implante - cirurgia	realizada	G1	Dor à percussão no 36. Rx periapical.
914	96	13	1	2024-01-13 09:45:00	2024-01-13 10:30:00	Restauração	realizada	G4	Restauração classe II em compósito no 25.
915	127	6	6	2024-01-13 15:30:00	2024-01-13 16:15:00	Destartarização	realizada	G1	Agendar controlo a 6 meses.
916	47	13	1	2024-01-14 10:00:00	2024-01-14 11:00:00	Endodontia	desmarcada	G3	Desmarcou por SMS.
917	48	7	1	2024-01-14 12:15:00	2024-01-14 13:00:00	Restauração	realizada	G1	Ajuste de arco superior.
918	27	8	2	2024-01-15 09:00:00	2024-01-15 10:30:00	Implante - cirurgia	realizada	G2	
919	160	7	1	2024-01-15 09:00:00	2024-01-15 09:45:00	Destartarização	realizada	G2	Paciente refere sensibilidade ao frio.
920	164	13	1	2024-01-15 11:45:00	2024-01-15 12:15:00	Consulta de avaliação	realizada	G1	Faltou sem aviso.
921	164	13	1	2024-01-15 15:15:00	2024-01-15 15:45:00	Odontopediatria	desmarcada	G3	Desmarcou por SMS.
922	101	7	1	2024-01-15 16:30:00	2024-01-15 17:15:00	Destartarização	falta	G4	Faltou sem aviso.
923	84	7	1	2024-01-16 14:30:00	2024-01-16 15:30:00	Branqueamento	realizada	G1	Agendar controlo a 6 meses.
924	25	14	2	2024-01-16 19:00:00	2024-01-16 19:20:00	Ortodontia - manutenção	realizada	G4	Higiene oral deficiente, reforçar escovagem.
925	87	14	2	2024-01-17 16:45:00	2024-01-17 17:15:00	Odontopediatria	realizada	G3	Remoção de pontos.
926	94	5	5	2024-01-19 11:45:00	2024-01-19 12:30:00	Destartarização	realizada	G1	Agendar controlo a 6 meses.
927	108	2	2	2024-01-19 17:45:00	2024-01-19 18:30:00	Destartarização	realizada	G3	Restauração classe II em compósito no 25.
928	133	6	6	2024-01-20 09:00:00	2024-01-20 09:30:00	Consulta de avaliação	realizada	G3	Remoção de pontos.
929	133	6	6	2024-01-20 11:30:00	2024-01-20 12:00:00	Extração	realizada	G4	
930	156	9	3	2024-01-21 18:45:00	2024-01-21 19:45:00	Endodontia	realizada	G2	Dor à percussão no 36. Rx periapical.
931	133	12	6	2024-01-22 11:00:00	2024-01-22 11:20:00	Ortodontia - manutenção	realizada	G3	Orçamento entregue para reabilitação.
932	98	8	2	2024-01-22 12:30:00	2024-01-22 13:30:00	Branqueamento	realizada	G3	Paciente refere sensibilidade ao frio.
933	156	9	3	2024-01-22 16:45:00	2024-01-22 18:15:00	Implante - cirurgia	falta	G4	Faltou sem aviso.
934	14	7	1	2024-01-22 17:45:00	2024-01-22 18:15:00	Odontopediatria	realizada	G2	Orçamento entregue para reabilitação.
935	127	6	6	2024-01-22 18:00:00	2024-01-22 19:00:00	Endodontia	realizada	G1	Remoção de pontos.
936	29	8	2	2024-01-23 14:15:00	2024-01-23 14:35:00	Ortodontia - manutenção	realizada	G3	Ajuste de arco superior.
937	71	11	5	2024-01-23 19:15:00	2024-01-23 19:45:00	Odontopediatria	realizada	G3	Sem intercorrências.
938	100	1	1	2024-01-24 09:15:00	2024-01-24 10:15:00	Endodontia	falta	G1	Faltou sem aviso.
939	28	8	2	2024-01-24 11:15:00	2024-01-24 11:35:00	Ortodontia - manutenção	desmarcada	G4	Desmarcou por SMS.
940	33	14	2	2024-01-24 17:45:00	2024-01-24 19:15:00	Implante - cirurgia	realizada	G4	Faltou sem aviso.
941	49	6	6	2024-01-26 09:45:00	2024-01-26 10:15:00	Consulta de urgência	realizada	G4	Sem intercorrências.
942	24	7	1	2024-01-26 16:30:00	2024-01-26 16:50:00	Ortodontia - manutenção	realizada	G2	Agendar controlo a 6 meses.
943	136	1	1	2024-01-26 17:00:00	2024-01-26 17:45:00	Restauração	desmarcada	G4	Desmarcou por SMS.
944	61	13	1	2024-01-26 17:30:00	2024-01-26 17:50:00	Ortodontia - manutenção	realizada	G2	Sem intercorrências.
945	106	13	1	2024-01-27 16:45:00	2024-01-27 17:05:00	Ortodontia - manutenção	desmarcada	G1	Desmarcou por SMS.
946	154	1	1	2024-01-28 09:30:00	2024-01-28 10:15:00	Destartarização	falta	G1	Faltou sem aviso.
947	127	6	6	2024-01-29 09:00:00	2024-01-29 09:20:00	Ortodontia - manutenção	realizada	G2	Higiene oral deficiente, reforçar escovagem.
948	35	9	3	2024-01-29 09:30:00	2024-01-29 10:00:00	Consulta de avaliação	realizada	G3	Ajuste de arco superior.
949	93	10	4	2024-01-29 09:30:00	2024-01-29 10:00:00	Consulta de urgência	realizada	G4	Faltou sem aviso.
950	112	10	4	2024-01-31 10:15:00	2024-01-31 10:45:00	Extração	realizada	G2	Restauração classe II em compósito no 25.
951	108	2	2	2024-01-31 17:45:00	2024-01-31 18:05:00	Ortodontia - manutenção	realizada	G2	Higiene oral deficiente, reforçar escovagem.
952	127	6	6	2024-02-01 18:00:00	2024-02-01 18:30:00	Odontopediatria	realizada	G2	Sem intercorrências.
953	110	6	6	2024-02-01 19:00:00	2024-02-01 19:45:00	Restauração	realizada	G1	
954	99	1	1	2024-02-03 19:30:00	2024-02-03 20:15:00	Restauração	realizada	G2	
955	131	8	2	2024-02-04 14:00:00	2024-02-04 15:00:00	Endodontia	realizada	G3	Anestesia local articaína 4%.
956	114	7	1	2024-02-05 11:30:00	2024-02-05 12:30:00	Endodontia	realizada	G1	Sem intercorrências.
957	27	2	2	2024-02-05 12:15:00	2024-02-05 12:45:00	Consulta de avaliação	realizada	G3	Dor à percussão no 36. Rx periapical.
958	73	14	2	2024-02-07 09:45:00	2024-02-07 10:15:00	Consulta de avaliação	desmarcada	G1	Desmarcou por SMS.
959	87	2	2	2024-02-08 09:15:00	2024-02-08 09:45:00	Consulta de avaliação	realizada	G1	
960	77	11	5	2024-02-08 16:15:00	2024-02-08 16:45:00	Consulta de avaliação	realizada	G2	
961	48	1	1	2024-02-09 10:30:00	2024-02-09 11:00:00	Consulta de avaliação	realizada	G4	Dor à percussão no 36. Rx periapical.
962	50	14	2	2024-02-09 12:30:00	2024-02-09 13:30:00	Endodontia	desmarcada	G2	Desmarcou por SMS.
963	1	8	2	2024-02-09 17:00:00	2024-02-09 18:30:00	Implante - cirurgia	realizada	G1	
964	12	14	2	2024-02-10 09:30:00	2024-02-10 10:15:00	Destartarização	realizada	G4	
965	74	5	5	2024-02-11 10:15:00	2024-02-11 10:45:00	Odontopediatria	realizada	G4	
966	77	11	5	2024-02-12 09:00:00	2024-02-12 09:30:00	Odontopediatria	realizada	G4	Anestesia local articaína 4%.
967	137	11	5	2024-02-12 09:45:00	2024-02-12 10:30:00	Destartarização	realizada	G1	Faltou sem aviso.
968	77	11	5	2024-02-12 15:15:00	2024-02-12 15:45:00	Consulta de avaliação	realizada	G3	
969	82	13	1	2024-02-13 12:15:00	2024-02-13 13:45:00	Implante - cirurgia	realizada	G2	Higiene oral deficiente, reforçar escovagem.
970	55	5	5	2024-02-14 15:00:00	2024-02-14 16:30:00	Implante - cirurgia	realizada	G2	Ajuste de arco superior.
971	127	6	6	2024-02-14 16:00:00	2024-02-14 17:30:00	Implante - cirurgia	realizada	G4	
972	125	10	4	2024-02-16 19:30:00	2024-02-16 20:00:00	Consulta de avaliação	realizada	G4	Orçamento entregue para reabilitação.
973	24	1	1	2024-02-17 10:45:00	2024-02-17 11:15:00	Consulta de urgência	realizada	G2	Restauração classe II em compósito no 25.
974	98	2	2	2024-02-17 18:00:00	2024-02-17 19:30:00	Implante - cirurgia	realizada	G2	Ajuste de arco superior.
975	28	2	2	2024-02-18 15:30:00	2024-02-18 17:00:00	Implante - cirurgia	realizada	G1	Orçamento entregue para reabilitação.
976	135	3	3	2024-02-20 14:45:00	2024-02-20 15:45:00	Endodontia	realizada	G3	Orçamento entregue para reabilitação.
977	26	9	3	2024-02-21 09:30:00	2024-02-21 10:15:00	Restauração	realizada	G2	Dor à percussão no 36. Rx periapical.
978	74	5	5	2024-02-21 11:15:00	2024-02-21 12:00:00	Restauração	realizada	G4	Dor à percussão no 36. Rx periapical.
979	92	11	5	2024-02-21 16:00:00	2024-02-21 16:30:00	Extração	realizada	G2	Sem intercorrências.
980	2	14	2	2024-02-21 17:15:00	2024-02-21 18:15:00	Branqueamento	desmarcada	G1	Desmarcou por SMS.
981	55	11	5	2024-02-23 09:15:00	2024-02-23 10:00:00	Restauração	realizada	G4	Agendar controlo a 6 meses.
982	29	14	2	2024-02-23 09:45:00	2024-02-23 10:30:00	Destartarização	falta	G1	Faltou sem aviso.
983	55	5	5	2024-02-24 10:00:00	2024-02-24 10:30:00	Odontopediatria	realizada	G3	Restauração classe II em compósito no 25.
984	3	12	6	2024-02-24 12:45:00	2024-02-24 13:15:00	Odontopediatria	desmarcada	G4	Desmarcou por SMS.
985	137	11	5	2024-02-25 09:15:00	2024-02-25 09:35:00	Ortodontia - manutenção	realizada	G1	Orçamento entregue para reabilitação.
986	108	8	2	2024-02-25 10:15:00	2024-02-25 11:15:00	Branqueamento	realizada	G3	Faltou sem aviso.
987	74	5	5	2024-02-25 11:15:00	2024-02-25 11:45:00	Extração	realizada	G2	Orçamento entregue para reabilitação.
988	78	1	1	2024-02-25 16:15:00	2024-02-25 17:15:00	Branqueamento	realizada	G3	Faltou sem aviso.
989	151	2	2	2024-02-26 12:00:00	2024-02-26 13:00:00	Branqueamento	realizada	G1	Higiene oral deficiente, reforçar escovagem.
990	98	14	2	2024-02-27 19:30:00	2024-02-27 19:50:00	Ortodontia - manutenção	realizada	G3	Anestesia local articaína 4%.
991	139	10	4	2024-02-28 14:15:00	2024-02-28 14:45:00	Extração	desmarcada	G2	Desmarcou por SMS.
992	112	4	4	2024-02-29 17:45:00	2024-02-29 18:15:00	Extração	realizada	G3	Higiene oral deficiente, reforçar escovagem.
993	160	1	1	2024-02-29 18:30:00	2024-02-29 19:00:00	Consulta de urgência	realizada	G2	Anestesia local articaína 4%.
994	20	7	1	2024-03-03 15:45:00	2024-03-03 16:30:00	Destartarização	realizada	G3	Sem intercorrências.
995	39	2	2	2024-03-04 09:00:00	2024-03-04 10:00:00	Branqueamento	realizada	G2	
996	87	14	2	2024-03-04 18:45:00	2024-03-04 19:15:00	Odontopediatria	realizada	G2	Dor à percussão no 36. Rx periapical.
997	93	10	4	2024-03-05 15:15:00	2024-03-05 16:00:00	Destartarização	realizada	G1	Anestesia local articaína 4%.
998	80	2	2	2024-03-05 17:15:00	2024-03-05 17:35:00	Ortodontia - manutenção	realizada	G4	Agendar controlo a 6 meses.
999	160	7	1	2024-03-06 16:00:00	2024-03-06 16:30:00	Odontopediatria	falta	G4	Faltou sem aviso.
1000	137	5	5	2024-03-07 12:30:00	2024-03-07 13:30:00	Branqueamento	realizada	G4	Anestesia local articaína 4%.
1001	55	5	5	2024-03-07 15:30:00	2024-03-07 16:30:00	Endodontia	realizada	G3	Dor à percussão no 36. Rx periapical.
1002	137	5	5	2024-03-08 10:45:00	2024-03-08 11:30:00	Restauração	desmarcada	G1	Desmarcou por SMS.
1003	65	6	6	2024-03-08 11:45:00	2024-03-08 12:15:00	Consulta de avaliação	realizada	G2	Faltou sem aviso.
1004	123	9	3	2024-03-09 09:15:00	2024-03-09 10:00:00	Destartarização	realizada	G3	Faltou sem aviso.
1005	11	8	2	2024-03-09 12:45:00	2024-03-09 13:15:00	Extração	realizada	G1	Dor à percussão no 36. Rx periapical.
1006	74	11	5	2024-03-10 10:45:00	2024-03-10 11:45:00	Endodontia	realizada	G4	
1007	39	14	2	2024-03-10 15:00:00	2024-03-10 15:45:00	Restauração	realizada	G1	Higiene oral deficiente, reforçar escovagem.
1008	115	11	5	2024-03-11 11:45:00	2024-03-11 12:15:00	Extração	realizada	G2	Paciente refere sensibilidade ao frio.
1009	101	7	1	2024-03-11 12:15:00	2024-03-11 13:15:00	Branqueamento	desmarcada	G4	Desmarcou por SMS.
1010	71	5	5	2024-03-11 15:00:00	2024-03-11 15:30:00	Odontopediatria	realizada	G1	
1011	96	7	1	2024-03-11 15:15:00	2024-03-11 15:35:00	Ortodontia - manutenção	realizada	G2	
1012	162	1	1	2024-03-11 16:15:00	2024-03-11 16:45:00	Odontopediatria	realizada	G1	Paciente refere sensibilidade ao frio.
1013	141	10	4	2024-03-12 11:15:00	2024-03-12 12:15:00	Endodontia	realizada	G3	Ajuste de arco superior.
1014	17	7	1	2024-03-13 09:30:00	2024-03-13 09:50:00	Ortodontia - manutenção	realizada	G4	Restauração classe II em compósito no 25.
1015	116	14	2	2024-03-14 14:30:00	2024-03-14 14:50:00	Ortodontia - manutenção	realizada	G3	Ajuste de arco superior.
1016	43	8	2	2024-03-15 19:00:00	2024-03-15 19:30:00	Extração	realizada	G1	Faltou sem aviso.
1017	71	11	5	2024-03-17 15:30:00	2024-03-17 15:50:00	Ortodontia - manutenção	realizada	G2	Dor à percussão no 36. Rx periapical.
1018	121	1	1	2024-03-17 16:15:00	2024-03-17 16:45:00	Odontopediatria	realizada	G3	Agendar controlo a 6 meses.
1019	62	13	1	2024-03-17 19:30:00	2024-03-17 20:00:00	Consulta de urgência	realizada	G3	Restauração classe II em compósito no 25.
1020	121	1	1	2024-03-18 18:15:00	2024-03-18 18:45:00	Odontopediatria	realizada	G1	Paciente refere sensibilidade ao frio.
1021	99	13	1	2024-03-19 10:45:00	2024-03-19 11:45:00	Endodontia	realizada	G1	Restauração classe II em compósito no 25.
1022	77	11	5	2024-03-19 12:45:00	2024-03-19 13:30:00	Destartarização	realizada	G3	Orçamento entregue para reabilitação.
1023	127	12	6	2024-03-20 16:45:00	2024-03-20 17:15:00	Consulta de avaliação	realizada	G2	
1024	115	11	5	2024-03-20 18:15:00	2024-03-20 19:45:00	Implante - cirurgia	realizada	G3	Agendar controlo a 6 meses.
1025	126	13	1	2024-03-21 10:00:00	2024-03-21 10:30:00	Extração	realizada	G3	Orçamento entregue para reabilitação.
1026	79	8	2	2024-03-21 18:00:00	2024-03-21 19:00:00	Branqueamento	realizada	G2	Agendar controlo a 6 meses.
1027	106	13	1	2024-03-22 09:00:00	2024-03-22 09:30:00	Odontopediatria	realizada	G2	Anestesia local articaína 4%.
1028	71	11	5	2024-03-22 09:30:00	2024-03-22 10:00:00	Odontopediatria	realizada	G4	Anestesia local articaína 4%.
1029	9	12	6	2024-03-22 18:30:00	2024-03-22 19:00:00	Odontopediatria	realizada	G2	Orçamento entregue para reabilitação.
1030	33	2	2	2024-03-24 19:45:00	2024-03-24 20:15:00	Extração	realizada	G3	Dor à percussão no 36. Rx periapical.
1031	123	9	3	2024-03-25 18:15:00	2024-03-25 18:45:00	Consulta de urgência	realizada	G1	Dor à percussão no 36. Rx periapical.
1032	31	7	1	2024-03-26 19:30:00	2024-03-26 20:00:00	Consulta de avaliação	desmarcada	G4	Desmarcou por SMS.
1033	90	13	1	2024-03-27 09:30:00	2024-03-27 11:00:00	Implante - cirurgia	realizada	G2	Sem intercorrências.
1034	105	7	1	2024-03-27 12:45:00	2024-03-27 13:45:00	Endodontia	realizada	G2	Agendar controlo a 6 meses.
1035	79	2	2	2024-03-30 19:00:00	2024-03-30 20:30:00	Implante - cirurgia	realizada	G1	
1036	123	3	3	2024-03-31 18:45:00	2024-03-31 19:05:00	Ortodontia - manutenção	realizada	G3	Anestesia local articaína 4%.
1037	88	8	2	2024-04-01 12:45:00	2024-04-01 13:15:00	Extração	realizada	G2	Orçamento entregue para reabilitação.
1038	79	2	2	2024-04-02 10:30:00	2024-04-02 11:15:00	Restauração	falta	G1	Faltou sem aviso.
1039	137	5	5	2024-04-02 14:00:00	2024-04-02 15:00:00	Branqueamento	realizada	G2	
1040	84	7	1	2024-04-02 14:45:00	2024-04-02 15:15:00	Consulta de urgência	falta	G3	Faltou sem aviso.
1041	62	13	1	2024-04-03 11:30:00	2024-04-03 12:15:00	Restauração	desmarcada	G1	Desmarcou por SMS.
1042	137	11	5	2024-04-03 15:00:00	2024-04-03 16:30:00	Implante - cirurgia	realizada	G1	Sem intercorrências.
1043	71	5	5	2024-04-04 17:15:00	2024-04-04 17:45:00	Consulta de avaliação	realizada	G4	Faltou sem aviso.
1044	141	4	4	2024-04-05 09:30:00	2024-04-05 10:15:00	Restauração	realizada	G2	Dor à percussão no 36. Rx periapical.
1045	124	2	2	2024-04-06 09:45:00	2024-04-06 10:05:00	Ortodontia - manutenção	realizada	G2	Dor à percussão no 36. Rx periapical.
1046	123	9	3	2024-04-06 10:00:00	2024-04-06 11:00:00	Branqueamento	realizada	G3	Ajuste de arco superior.
1047	77	5	5	2024-04-06 14:30:00	2024-04-06 15:15:00	Destartarização	realizada	G3	
1048	30	10	4	2024-04-06 17:15:00	2024-04-06 18:15:00	Branqueamento	realizada	G2	
1049	98	8	2	2024-04-07 10:15:00	2024-04-07 10:45:00	Consulta de avaliação	realizada	G1	Remoção de pontos.
1050	121	13	1	2024-04-07 12:00:00	2024-04-07 12:30:00	Odontopediatria	realizada	G1	Dor à percussão no 36. Rx periapical.
1051	123	3	3	2024-04-09 11:15:00	2024-04-09 11:45:00	Odontopediatria	falta	G2	Faltou sem aviso.
1052	71	11	5	2024-04-09 16:00:00	2024-04-09 16:30:00	Consulta de avaliação	realizada	G4	
1053	94	11	5	2024-04-10 14:45:00	2024-04-10 15:45:00	Branqueamento	realizada	G1	Orçamento entregue para reabilitação.
1054	105	7	1	2024-04-11 16:15:00	2024-04-11 17:00:00	Restauração	realizada	G1	Remoção de pontos.
1055	55	5	5	2024-04-11 17:15:00	2024-04-11 17:45:00	Consulta de avaliação	falta	G2	Faltou sem aviso.
1056	160	1	1	2024-04-12 17:30:00	2024-04-12 19:00:00	Implante - cirurgia	realizada	G1	Ajuste de arco superior.
1057	39	8	2	2024-04-14 14:30:00	2024-04-14 15:30:00	Endodontia	realizada	G1	Dor à percussão no 36. Rx periapical.
1058	106	13	1	2024-04-15 16:30:00	2024-04-15 17:00:00	Consulta de avaliação	realizada	G2	Remoção de pontos.
1059	40	3	3	2024-04-15 19:30:00	2024-04-15 20:00:00	Extração	realizada	G3	Dor à percussão no 36. Rx periapical.
1060	158	1	1	2024-04-16 09:00:00	2024-04-16 09:30:00	Consulta de urgência	realizada	G4	Higiene oral deficiente, reforçar escovagem.
1061	137	11	5	2024-04-16 10:30:00	2024-04-16 11:00:00	Consulta de urgência	realizada	G3	Sem intercorrências.
1062	55	11	5	2024-04-16 11:30:00	2024-04-16 12:30:00	Branqueamento	realizada	G2	Anestesia local articaína 4%.
1063	3	6	6	2024-04-16 11:45:00	2024-04-16 12:15:00	Extração	realizada	G4	Agendar controlo a 6 meses.
1064	137	11	5	2024-04-16 15:30:00	2024-04-16 16:15:00	Destartarização	realizada	G4	Sem intercorrências.
1065	108	8	2	2024-04-16 17:45:00	2024-04-16 18:15:00	Consulta de avaliação	realizada	G1	Higiene oral deficiente, reforçar escovagem.
1066	49	12	6	2024-04-16 19:15:00	2024-04-16 19:45:00	Consulta de avaliação	realizada	G1	Orçamento entregue para reabilitação.
1067	69	3	3	2024-04-17 11:00:00	2024-04-17 11:20:00	Ortodontia - manutenção	realizada	G1	Anestesia local articaína 4%.
1068	51	5	5	2024-04-17 15:45:00	2024-04-17 16:45:00	Branqueamento	realizada	G2	
1069	20	7	1	2024-04-17 19:00:00	2024-04-17 20:30:00	Implante - cirurgia	realizada	G1	Sem intercorrências.
1070	144	14	2	2024-04-18 09:45:00	2024-04-18 10:15:00	Consulta de avaliação	realizada	G1	Ajuste de arco superior.
1071	79	14	2	2024-04-18 10:00:00	2024-04-18 10:30:00	Consulta de urgência	realizada	G4	Sem intercorrências.
1072	108	2	2	2024-04-18 10:15:00	2024-04-18 11:00:00	Destartarização	realizada	G3	Sem intercorrências.
1073	110	12	6	2024-04-18 11:15:00	2024-04-18 11:45:00	Extração	realizada	G3	Agendar controlo a 6 meses.
1074	23	13	1	2024-04-18 18:00:00	2024-04-18 18:45:00	Restauração	realizada	G4	
1075	85	8	2	2024-04-19 16:00:00	2024-04-19 16:20:00	Ortodontia - manutenção	realizada	G3	Paciente refere sensibilidade ao frio.
1076	113	10	4	2024-04-20 19:30:00	2024-04-20 19:50:00	Ortodontia - manutenção	realizada	G1	Remoção de pontos.
1077	137	5	5	2024-04-21 11:45:00	2024-04-21 12:15:00	Odontopediatria	realizada	G1	Agendar controlo a 6 meses.
1078	141	4	4	2024-04-21 12:45:00	2024-04-21 13:45:00	Endodontia	realizada	G1	Higiene oral deficiente, reforçar escovagem.
1079	88	2	2	2024-04-21 15:00:00	2024-04-21 16:00:00	Branqueamento	realizada	G2	Ajuste de arco superior.
1080	67	3	3	2024-04-22 14:15:00	2024-04-22 14:35:00	Ortodontia - manutenção	realizada	G2	Faltou sem aviso.
1081	132	7	1	2024-04-22 16:15:00	2024-04-22 17:15:00	Branqueamento	realizada	G1	Faltou sem aviso.
1082	3	6	6	2024-04-22 17:00:00	2024-04-22 17:30:00	Consulta de urgência	realizada	G2	Anestesia local articaína 4%.
1083	46	7	1	2024-04-23 16:30:00	2024-04-23 17:30:00	Endodontia	realizada	G2	Sem intercorrências.
1084	164	1	1	2024-04-23 16:30:00	2024-04-23 17:00:00	Consulta de urgência	realizada	G2	Faltou sem aviso.
1085	62	7	1	2024-04-24 09:45:00	2024-04-24 10:15:00	Extração	realizada	G3	Orçamento entregue para reabilitação.
1086	79	8	2	2024-04-24 10:00:00	2024-04-24 10:45:00	Restauração	realizada	G3	
1087	123	3	3	2024-04-24 15:30:00	2024-04-24 16:15:00	Destartarização	realizada	G1	Higiene oral deficiente, reforçar escovagem.
1088	62	13	1	2024-04-25 11:15:00	2024-04-25 11:45:00	Odontopediatria	desmarcada	G2	Desmarcou por SMS.
1089	14	13	1	2024-04-26 17:30:00	2024-04-26 19:00:00	Implante - cirurgia	realizada	G2	Orçamento entregue para reabilitação.
1090	22	3	3	2024-04-26 19:15:00	2024-04-26 19:35:00	Ortodontia - manutenção	desmarcada	G3	Desmarcou por SMS.
1091	12	14	2	2024-04-26 19:30:00	2024-04-26 20:00:00	Odontopediatria	realizada	G3	Anestesia local articaína 4%.
1092	123	9	3	2024-04-27 11:45:00	2024-04-27 12:45:00	Branqueamento	realizada	G4	Anestesia local articaína 4%.
1093	156	9	3	2024-04-27 12:15:00	2024-04-27 12:35:00	Ortodontia - manutenção	realizada	G3	Remoção de pontos.
1094	73	2	2	2024-04-28 12:30:00	2024-04-28 13:15:00	Destartarização	realizada	G3	
1095	105	1	1	2024-04-28 14:15:00	2024-04-28 15:45:00	Implante - cirurgia	realizada	G2	Higiene oral deficiente, reforçar escovagem.
1096	101	7	1	2024-04-29 09:30:00	2024-04-29 10:15:00	Destartarização	realizada	G1	Dor à percussão no 36. Rx periapical.
1097	62	7	1	2024-04-29 09:45:00	2024-04-29 10:45:00	Branqueamento	realizada	G4	Agendar controlo a 6 meses.
1098	96	13	1	2024-04-29 11:45:00	2024-04-29 12:15:00	Consulta de avaliação	realizada	G2	Dor à percussão no 36. Rx periapical.
1099	120	13	1	2024-04-30 12:00:00	2024-04-30 12:20:00	Ortodontia - manutenção	realizada	G3	Ajuste de arco superior.
1100	138	12	6	2024-04-30 16:15:00	2024-04-30 16:45:00	Consulta de avaliação	realizada	G2	Orçamento entregue para reabilitação.
1101	81	5	5	2024-04-30 17:00:00	2024-04-30 18:00:00	Branqueamento	realizada	G1	Remoção de pontos.
1102	127	6	6	2024-05-01 11:15:00	2024-05-01 12:00:00	Restauração	realizada	G3	Orçamento entregue para reabilitação.
1103	108	14	2	2024-05-03 11:15:00	2024-05-03 12:15:00	Endodontia	realizada	G4	Dor à percussão no 36. Rx periapical.
1104	115	5	5	2024-05-06 09:30:00	2024-05-06 10:00:00	Consulta de urgência	realizada	G4	Paciente refere sensibilidade ao frio.
1105	127	12	6	2024-05-06 14:45:00	2024-05-06 15:45:00	Branqueamento	realizada	G3	Higiene oral deficiente, reforçar escovagem.
1106	61	1	1	2024-05-06 16:15:00	2024-05-06 17:00:00	Destartarização	realizada	G2	Agendar controlo a 6 meses.
1107	120	1	1	2024-05-06 16:30:00	2024-05-06 17:15:00	Destartarização	realizada	G1	Anestesia local articaína 4%.
1108	94	5	5	2024-05-06 17:00:00	2024-05-06 18:00:00	Branqueamento	realizada	G2	Ajuste de arco superior.
1109	21	8	2	2024-05-06 19:15:00	2024-05-06 19:45:00	Consulta de urgência	realizada	G1	Paciente refere sensibilidade ao frio.
1110	1	8	2	2024-05-07 11:45:00	2024-05-07 13:15:00	Implante - cirurgia	realizada	G4	Ajuste de arco superior.
1111	71	11	5	2024-05-07 12:00:00	2024-05-07 12:30:00	Consulta de avaliação	realizada	G4	Orçamento entregue para reabilitação.
1112	33	8	2	2024-05-07 14:30:00	2024-05-07 15:15:00	Destartarização	realizada	G1	Sem intercorrências.
1113	87	14	2	2024-05-07 15:45:00	2024-05-07 16:15:00	Consulta de avaliação	realizada	G4	Higiene oral deficiente, reforçar escovagem.
1114	85	14	2	2024-05-08 17:45:00	2024-05-08 18:15:00	Odontopediatria	realizada	G1	Agendar controlo a 6 meses.
1115	98	8	2	2024-05-09 15:00:00	2024-05-09 15:30:00	Consulta de avaliação	realizada	G4	Sem intercorrências.
1116	20	7	1	2024-05-10 11:45:00	2024-05-10 12:15:00	Consulta de urgência	desmarcada	G4	Desmarcou por SMS.
1117	123	3	3	2024-05-11 09:30:00	2024-05-11 09:50:00	Ortodontia - manutenção	realizada	G3	Faltou sem aviso.
1118	131	8	2	2024-05-12 09:15:00	2024-05-12 10:15:00	Branqueamento	realizada	G4	Paciente refere sensibilidade ao frio.
1119	3	6	6	2024-05-12 12:00:00	2024-05-12 12:45:00	Destartarização	realizada	G4	
1120	79	2	2	2024-05-12 14:15:00	2024-05-12 15:45:00	Implante - cirurgia	realizada	G3	Ajuste de arco superior.
1121	66	14	2	2024-05-12 16:45:00	2024-05-12 17:15:00	Extração	realizada	G4	Restauração classe II em compósito no 25.
1122	28	8	2	2024-05-13 14:45:00	2024-05-13 15:30:00	Destartarização	realizada	G3	Anestesia local articaína 4%.
1123	79	8	2	2024-05-14 10:30:00	2024-05-14 11:15:00	Restauração	realizada	G4	Dor à percussão no 36. Rx periapical.
1124	67	9	3	2024-05-14 15:30:00	2024-05-14 16:00:00	Consulta de urgência	realizada	G3	Sem intercorrências.
1125	98	8	2	2024-05-16 10:30:00	2024-05-16 10:50:00	Ortodontia - manutenção	agendada	G4	
1126	138	12	6	2024-05-17 09:30:00	2024-05-17 10:00:00	Consulta de avaliação	agendada	G1	
1127	53	7	1	2024-05-17 18:00:00	2024-05-17 18:30:00	Extração	agendada	G2	
1128	73	8	2	2024-05-17 19:00:00	2024-05-17 20:00:00	Endodontia	agendada	G1	
1129	129	9	3	2024-05-18 17:30:00	2024-05-18 18:00:00	Odontopediatria	agendada	G1	
1130	115	5	5	2024-05-19 16:30:00	2024-05-19 17:30:00	Endodontia	agendada	G1	
1131	127	6	6	2024-05-20 11:45:00	2024-05-20 12:15:00	Extração	agendada	G4	
1132	132	13	1	2024-05-20 14:15:00	2024-05-20 15:15:00	Branqueamento	agendada	G4	
1133	60	10	4	2024-05-20 14:45:00	2024-05-20 15:30:00	Destartarização	agendada	G2	
1134	121	13	1	2024-05-20 16:30:00	2024-05-20 17:30:00	Endodontia	agendada	G4	
1135	137	11	5	2024-05-20 17:15:00	2024-05-20 17:35:00	Ortodontia - manutenção	agendada	G2	
1136	62	13	1	2024-05-20 19:15:00	2024-05-20 20:15:00	Endodontia	agendada	G2	
1137	123	9	3	2024-05-21 15:00:00	2024-05-21 15:45:00	Restauração	agendada	G3	
1138	100	7	1	2024-05-23 12:15:00	2024-05-23 13:15:00	Branqueamento	agendada	G4	
1139	108	2	2	2024-05-23 15:30:00	2024-05-23 16:00:00	Consulta de urgência	agendada	G1	
1140	61	7	1	2024-05-23 17:45:00	2024-05-23 18:15:00	Extração	agendada	G2	
1141	47	7	1	2024-05-24 14:45:00	2024-05-24 15:30:00	Destartarização	agendada	G4	
1142	115	5	5	2024-05-24 15:15:00	2024-05-24 16:15:00	Branqueamento	agendada	G4	
1143	55	11	5	2024-05-25 12:30:00	2024-05-25 13:00:00	Extração	agendada	G4	
1144	104	4	4	2024-05-26 09:30:00	2024-05-26 10:00:00	Odontopediatria	agendada	G1	
1145	159	3	3	2024-05-26 09:30:00	2024-05-26 10:00:00	Consulta de avaliação	agendada	G1	
1146	129	9	3	2024-05-26 11:30:00	2024-05-26 12:00:00	Extração	agendada	G3	
1147	1	2	2	2024-05-26 15:00:00	2024-05-26 15:45:00	Restauração	agendada	G1	
1148	105	13	1	2024-05-27 11:30:00	2024-05-27 12:00:00	Extração	agendada	G4	
1149	160	1	1	2024-05-27 14:15:00	2024-05-27 14:45:00	Consulta de avaliação	agendada	G3	
1150	71	5	5	2024-05-27 14:30:00	2024-05-27 15:00:00	Odontopediatria	agendada	G1	
1151	111	13	1	2024-05-28 18:00:00	2024-05-28 18:30:00	Consulta de avaliação	agendada	G4	
1152	105	13	1	2024-05-29 09:30:00	2024-05-29 10:30:00	Endodontia	agendada	G3	
1153	131	8	2	2024-05-29 19:45:00	2024-05-29 20:45:00	Endodontia	agendada	G1	
1154	82	1	1	2024-05-30 10:30:00	2024-05-30 11:15:00	Restauração	agendada	G4	
1155	164	13	1	2024-05-30 16:30:00	2024-05-30 17:15:00	Restauração	agendada	G1	
1156	62	1	1	2024-05-31 18:00:00	2024-05-31 18:30:00	Odontopediatria	agendada	G3	
1157	127	12	6	2024-06-01 12:15:00	2024-06-01 12:35:00	Ortodontia - manutenção	agendada	G2	
1158	35	3	3	2024-06-02 09:15:00	2024-06-02 10:00:00	Restauração	agendada	G1	
1159	82	7	1	2024-06-02 14:15:00	2024-06-02 14:45:00	Extração	agendada	G1	
1160	14	13	1	2024-06-02 19:30:00	2024-06-02 20:30:00	Endodontia	agendada	G1	
1161	88	14	2	2024-06-03 09:00:00	2024-06-03 09:30:00	Extração	agendada	G2	
1162	71	5	5	2024-06-03 16:15:00	2024-06-03 16:45:00	Consulta de avaliação	agendada	G3	
1163	14	1	1	2024-06-04 16:15:00	2024-06-04 17:00:00	Restauração	agendada	G3	
1164	109	1	1	2024-06-05 12:00:00	2024-06-05 12:30:00	Consulta de avaliação	agendada	G4	
1165	155	2	2	2024-06-06 15:00:00	2024-06-06 15:30:00	Consulta de avaliação	agendada	G2	
1166	154	1	1	2024-06-06 15:30:00	2024-06-06 16:00:00	Consulta de urgência	agendada	G1	
1167	57	5	5	2024-06-07 09:30:00	2024-06-07 10:30:00	Endodontia	agendada	G1	
1168	138	6	6	2024-06-07 09:30:00	2024-06-07 10:00:00	Consulta de urgência	agendada	G2	
1169	87	2	2	2024-06-07 11:45:00	2024-06-07 12:05:00	Ortodontia - manutenção	agendada	G2	
1170	154	13	1	2024-06-08 14:00:00	2024-06-08 14:30:00	Consulta de urgência	agendada	G1	
1171	61	1	1	2024-06-09 14:15:00	2024-06-09 15:00:00	Destartarização	agendada	G4	
1172	20	13	1	2024-06-09 16:45:00	2024-06-09 17:15:00	Extração	agendada	G4	
1173	108	8	2	2024-06-10 19:00:00	2024-06-10 19:30:00	Consulta de urgência	agendada	G1	
1174	139	10	4	2024-06-11 17:15:00	2024-06-11 17:45:00	Consulta de urgência	agendada	G3	
1175	111	7	1	2024-06-12 09:30:00	2024-06-12 10:00:00	Consulta de avaliação	agendada	G2	
1176	62	13	1	2024-06-13 09:15:00	2024-06-13 09:45:00	Odontopediatria	agendada	G3	
1177	147	8	2	2024-06-14 09:15:00	2024-06-14 10:00:00	Restauração	agendada	G1	
1178	20	1	1	2024-06-14 12:00:00	2024-06-14 13:30:00	Implante - cirurgia	agendada	G3	
1179	139	10	4	2024-06-14 12:15:00	2024-06-14 13:15:00	Endodontia	agendada	G3	
1180	74	11	5	2024-06-15 12:15:00	2024-06-15 12:35:00	Ortodontia - manutenção	agendada	G3	
1181	142	6	6	2024-06-16 09:45:00	2024-06-16 10:45:00	Endodontia	agendada	G3	
1182	20	13	1	2024-06-16 17:30:00	2024-06-16 18:30:00	Branqueamento	agendada	G4	
1183	39	2	2	2024-06-18 09:30:00	2024-06-18 11:00:00	Implante - cirurgia	agendada	G1	
1184	71	11	5	2024-06-18 09:30:00	2024-06-18 10:00:00	Odontopediatria	agendada	G3	
1185	9	6	6	2024-06-18 10:00:00	2024-06-18 11:00:00	Endodontia	agendada	G4	
1186	115	11	5	2024-06-18 16:15:00	2024-06-18 16:45:00	Extração	agendada	G3	
1187	44	2	2	2024-06-19 09:15:00	2024-06-19 09:35:00	Ortodontia - manutenção	agendada	G3	
1188	138	12	6	2024-06-19 15:45:00	2024-06-19 16:45:00	Endodontia	agendada	G1	
1189	115	11	5	2024-06-19 18:15:00	2024-06-19 19:45:00	Implante - cirurgia	agendada	G4	
1190	79	2	2	2024-06-20 09:30:00	2024-06-20 10:00:00	Consulta de avaliação	agendada	G2	
1191	20	13	1	2024-06-20 14:00:00	2024-06-20 14:30:00	Consulta de avaliação	agendada	G1	
1192	154	7	1	2024-06-20 17:45:00	2024-06-20 18:15:00	Consulta de avaliação	agendada	G1	
1193	100	1	1	2024-06-21 09:45:00	2024-06-21 10:05:00	Ortodontia - manutenção	agendada	G3	
1194	153	5	5	2024-06-21 14:15:00	2024-06-21 15:15:00	Branqueamento	agendada	G1	
1195	139	4	4	2024-06-21 15:30:00	2024-06-21 16:30:00	Endodontia	agendada	G4	
1196	127	12	6	2024-06-21 19:30:00	2024-06-21 20:15:00	Destartarização	agendada	G4	
1197	62	7	1	2024-06-21 19:45:00	2024-06-21 20:15:00	Extração	agendada	G2	
1198	96	13	1	2024-06-22 19:30:00	2024-06-22 19:50:00	Ortodontia - manutenção	agendada	G3	
1199	115	11	5	2024-06-23 11:00:00	2024-06-23 12:30:00	Implante - cirurgia	agendada	G3	
1200	44	14	2	2024-06-23 12:15:00	2024-06-23 13:45:00	Implante - cirurgia	agendada	G4	
1201	123	9	3	2024-06-24 15:30:00	2024-06-24 16:00:00	Consulta de urgência	agendada	G2	
1202	75	5	5	2024-06-26 09:45:00	2024-06-26 10:30:00	Restauração	agendada	G2	
1203	24	7	1	2024-06-27 10:00:00	2024-06-27 11:00:00	Endodontia	agendada	G2	
1204	151	14	2	2024-06-27 18:15:00	2024-06-27 19:00:00	Destartarização	agendada	G3	
1205	115	11	5	2024-06-27 18:30:00	2024-06-27 20:00:00	Implante - cirurgia	agendada	G4	
1206	101	7	1	2024-06-28 14:00:00	2024-06-28 14:30:00	Odontopediatria	agendada	G1	
\.


--
-- Data for Name: faturas; Type: TABLE DATA; Schema: public; Owner: sorriso
--

COPY public.faturas (id, numero, atcud, consulta_id, paciente_id, nif_adquirente, nome_adquirente, nif_emitente, emitida_em, total, iva, metodo_pagamento, entidade_mb, referencia_mb, estado) FROM stdin;
1	FR SA2021/1	JJ3B7K2M-1	1	36	262265150	Adelaide Filipa Lopes Tavares	598652094	2021-01-03 12:49:00	40.00	0.00	Multibanco	\N	\N	paga
2	FR SA2021/2	JJ3B7K2M-2	2	19	218474970	Raquel Leonor Castro Reis	598652094	2021-01-09 09:47:00	40.00	0.00	Cartão	\N	\N	paga
3	FR SA2021/3	JJ3B7K2M-3	3	119	233162240	Helena Adelaide Jesus Tavares	598652094	2021-01-09 10:31:00	55.00	0.00	Referência MB	21575	995869869	paga
4	FR SA2021/4	JJ3B7K2M-4	4	117	200986740	Inês Almeida Monteiro	598652094	2021-01-10 15:43:00	70.00	0.00	Transferência	\N	\N	paga
5	FR SA2021/5	JJ3B7K2M-5	6	16	362307695	Henrique Francisco Vieira Reis	598652094	2021-01-11 17:34:00	35.00	0.00	MB WAY	\N	\N	paga
6	FR SA2021/6	JJ3B7K2M-6	9	81	270651837	Rodrigo Cardoso Jesus	598652094	2021-01-12 19:24:00	180.00	0.00	Cartão	\N	\N	pendente
7	FR SA2021/7	JJ3B7K2M-7	10	124	111350417	André Marques Reis	598652094	2021-01-14 10:04:00	35.00	0.00	Numerário	\N	\N	paga
8	FR SA2021/8	JJ3B7K2M-8	11	91	250220873	Helena Freitas Cardoso	598652094	2021-01-16 11:34:00	250.00	0.00	Multibanco	\N	\N	paga
9	FR SA2021/9	JJ3B7K2M-9	12	119	233162240	Helena Adelaide Jesus Tavares	598652094	2021-01-17 09:41:00	60.00	0.00	Multibanco	\N	\N	paga
10	FR SA2021/10	JJ3B7K2M-10	13	8	367073366	Vera Beatriz Ferreira Azevedo	598652094	2021-01-19 17:20:00	250.00	0.00	Multibanco	\N	\N	paga
11	FR SA2021/11	JJ3B7K2M-11	14	47	276068963	Joana Rosa Mendes Ribeiro	598652094	2021-01-23 15:11:00	35.00	0.00	Multibanco	\N	\N	paga
12	FR SA2021/12	JJ3B7K2M-12	15	53	999999990	Consumidor final	598652094	2021-01-24 09:43:00	35.00	0.00	MB WAY	\N	\N	paga
13	FR SA2021/13	JJ3B7K2M-13	17	119	233162240	Helena Adelaide Jesus Tavares	598652094	2021-01-26 19:10:00	55.00	0.00	Multibanco	\N	\N	paga
14	FR SA2021/14	JJ3B7K2M-14	18	132	204415772	Margarida Sofia Soares Alves	598652094	2021-01-28 11:08:00	250.00	0.00	Numerário	\N	\N	paga
15	FR SA2021/15	JJ3B7K2M-15	19	49	226683133	Francisco Reis Monteiro	598652094	2021-01-28 11:57:00	40.00	0.00	Multibanco	\N	\N	paga
16	FR SA2021/16	JJ3B7K2M-16	21	94	219033110	Margarida Rita Jesus Azevedo	598652094	2021-02-04 20:04:00	55.00	0.00	MB WAY	\N	\N	paga
17	FR SA2021/17	JJ3B7K2M-17	22	112	312271212	José Tavares Marques	598652094	2021-02-06 10:12:00	35.00	0.00	MB WAY	\N	\N	paga
18	FR SA2021/18	JJ3B7K2M-18	23	119	233162240	Helena Adelaide Jesus Tavares	598652094	2021-02-06 14:56:00	55.00	0.00	Multibanco	\N	\N	paga
19	FR SA2021/19	JJ3B7K2M-19	25	51	220177120	Duarte Gonçalves Carvalho	598652094	2021-02-08 15:54:00	250.00	0.00	MB WAY	\N	\N	paga
20	FR SA2021/20	JJ3B7K2M-20	26	25	139528423	Henrique Lourenço Soares	598652094	2021-02-09 18:53:00	60.00	0.00	Referência MB	21740	518642842	paga
21	FR SA2021/21	JJ3B7K2M-21	27	49	226683133	Francisco Reis Monteiro	598652094	2021-02-10 19:41:00	70.00	0.00	Transferência	\N	\N	paga
22	FR SA2021/22	JJ3B7K2M-22	28	109	301790833	José Rodrigues Coelho	598652094	2021-02-14 20:23:00	50.00	0.00	Numerário	\N	\N	pendente
23	FR SA2021/23	JJ3B7K2M-23	29	18	290539048	Artur Rocha Gonçalves	598652094	2021-02-16 16:19:00	35.00	0.00	MB WAY	\N	\N	paga
24	FR SA2021/24	JJ3B7K2M-24	30	33	158582004	Vera Antunes Araújo	598652094	2021-02-17 12:08:00	60.00	0.00	Multibanco	\N	\N	paga
25	FR SA2021/25	JJ3B7K2M-25	31	52	317868551	Afonso Costa Ribeiro	598652094	2021-02-18 10:00:00	40.00	0.00	Numerário	\N	\N	paga
26	FR SA2021/26	JJ3B7K2M-26	32	45	277225078	Inês Machado Barbosa	598652094	2021-02-18 16:50:00	60.00	0.00	Multibanco	\N	\N	paga
27	FR SA2021/27	JJ3B7K2M-27	33	147	393168484	Francisca Simões Neves	598652094	2021-02-19 15:35:00	40.00	0.00	Cartão	\N	\N	paga
28	FR SA2021/28	JJ3B7K2M-28	34	43	303926040	Susana Cruz Freitas	598652094	2021-02-25 16:09:00	180.00	0.00	Cartão	\N	\N	paga
29	FR SA2021/29	JJ3B7K2M-29	35	146	269218777	Catarina Lourenço Ramos	598652094	2021-03-02 15:21:00	250.00	0.00	MB WAY	\N	\N	paga
30	FR SA2021/30	JJ3B7K2M-30	36	30	251063151	Afonso António Santos Teixeira	598652094	2021-03-03 10:19:00	35.00	0.00	Multibanco	\N	\N	paga
31	FR SA2021/31	JJ3B7K2M-31	39	119	233162240	Helena Adelaide Jesus Tavares	598652094	2021-03-10 15:36:00	35.00	0.00	MB WAY	\N	\N	paga
32	FR SA2021/32	JJ3B7K2M-32	40	30	251063151	Afonso António Santos Teixeira	598652094	2021-03-10 17:21:00	250.00	0.00	Cartão	\N	\N	paga
33	FR SA2021/33	JJ3B7K2M-33	41	7	149078374	Adelaide Rocha Tavares	598652094	2021-03-13 09:32:00	40.00	0.00	Numerário	\N	\N	paga
34	FR SA2021/34	JJ3B7K2M-34	42	157	214015130	Beatriz Raquel Almeida Alves	598652094	2021-03-15 10:29:00	180.00	0.00	Multibanco	\N	\N	paga
35	FR SA2021/35	JJ3B7K2M-35	43	111	296357910	Rodrigo Rui Rodrigues Silva	598652094	2021-03-18 10:18:00	180.00	0.00	MB WAY	\N	\N	paga
36	FR SA2021/36	JJ3B7K2M-36	44	104	999999990	Consumidor final	598652094	2021-03-18 10:47:00	180.00	0.00	Cartão	\N	\N	paga
37	FR SA2021/37	JJ3B7K2M-37	45	85	160204976	Sandra Sousa Silva	598652094	2021-03-18 17:37:00	40.00	0.00	Transferência	\N	\N	paga
38	FR SA2021/38	JJ3B7K2M-38	46	7	149078374	Adelaide Rocha Tavares	598652094	2021-03-23 15:10:00	60.00	0.00	Cartão	\N	\N	paga
39	FR SA2021/39	JJ3B7K2M-39	48	82	373122640	Bruno Mendes Cruz	598652094	2021-03-23 20:43:00	950.00	0.00	Numerário	\N	\N	paga
40	FR SA2021/40	JJ3B7K2M-40	49	95	999999990	Consumidor final	598652094	2021-03-24 16:18:00	60.00	0.00	Numerário	\N	\N	paga
41	FR SA2021/41	JJ3B7K2M-41	51	102	165579587	Paulo Cruz Almeida	598652094	2021-03-27 17:50:00	950.00	0.00	Multibanco	\N	\N	pendente
42	FR SA2021/42	JJ3B7K2M-42	52	74	213433559	Matilde Francisca Azevedo Oliveira	598652094	2021-03-30 20:37:00	250.00	0.00	Transferência	\N	\N	paga
43	FR SA2021/43	JJ3B7K2M-43	53	47	276068963	Joana Rosa Mendes Ribeiro	598652094	2021-03-31 18:24:00	65.00	0.00	Transferência	\N	\N	anulada
44	FR SA2021/44	JJ3B7K2M-44	55	150	269658440	Henrique Matos Lourenço	598652094	2021-04-02 10:57:00	35.00	0.00	Multibanco	\N	\N	anulada
45	FR SA2021/45	JJ3B7K2M-45	56	33	158582004	Vera Antunes Araújo	598652094	2021-04-03 10:14:00	55.00	0.00	MB WAY	\N	\N	paga
46	FR SA2021/46	JJ3B7K2M-46	57	18	290539048	Artur Rocha Gonçalves	598652094	2021-04-03 10:32:00	35.00	0.00	Cartão	\N	\N	paga
47	FR SA2021/47	JJ3B7K2M-47	58	163	393053580	Matilde Mendes Teixeira	598652094	2021-04-04 19:23:00	180.00	0.00	Multibanco	\N	\N	anulada
48	FR SA2021/48	JJ3B7K2M-48	59	132	204415772	Margarida Sofia Soares Alves	598652094	2021-04-06 09:50:00	65.00	0.00	Referência MB	21583	763825765	paga
49	FR SA2021/49	JJ3B7K2M-49	60	24	204415772	Margarida Sofia Soares Alves	598652094	2021-04-09 10:53:00	250.00	0.00	MB WAY	\N	\N	paga
50	FR SA2021/50	JJ3B7K2M-50	61	124	111350417	André Marques Reis	598652094	2021-04-11 11:23:00	40.00	0.00	Multibanco	\N	\N	paga
51	FR SA2021/51	JJ3B7K2M-51	63	151	200765981	Francisco Duarte Cunha Lourenço	598652094	2021-04-14 20:28:00	950.00	0.00	MB WAY	\N	\N	paga
52	FR SA2021/52	JJ3B7K2M-52	64	82	373122640	Bruno Mendes Cruz	598652094	2021-04-16 10:20:00	55.00	0.00	Transferência	\N	\N	paga
53	FR SA2021/53	JJ3B7K2M-53	65	134	999999990	Consumidor final	598652094	2021-04-16 12:35:00	180.00	0.00	Numerário	\N	\N	paga
54	FR SA2021/54	JJ3B7K2M-54	67	164	362927138	Matilde Helena Sousa Lourenço	598652094	2021-04-21 18:30:00	250.00	0.00	Cartão	\N	\N	paga
55	FR SA2021/55	JJ3B7K2M-55	68	47	276068963	Joana Rosa Mendes Ribeiro	598652094	2021-04-23 10:37:00	250.00	0.00	Cartão	\N	\N	paga
56	FR SA2021/56	JJ3B7K2M-56	69	74	213433559	Matilde Francisca Azevedo Oliveira	598652094	2021-04-23 12:32:00	55.00	0.00	MB WAY	\N	\N	paga
57	FR SA2021/57	JJ3B7K2M-57	71	85	160204976	Sandra Sousa Silva	598652094	2021-04-27 11:58:00	50.00	0.00	Multibanco	\N	\N	paga
58	FR SA2021/58	JJ3B7K2M-58	72	113	146425723	Rui Araújo Pereira	598652094	2021-04-27 17:19:00	180.00	0.00	Cartão	\N	\N	paga
59	FR SA2021/59	JJ3B7K2M-59	74	103	300773595	Paulo Pedro Lopes Pinto	598652094	2021-04-28 09:51:00	65.00	0.00	Referência MB	21508	770208014	paga
60	FR SA2021/60	JJ3B7K2M-60	75	150	999999990	Consumidor final	598652094	2021-04-30 10:35:00	55.00	0.00	MB WAY	\N	\N	paga
61	FR SA2021/61	JJ3B7K2M-61	77	161	107083337	Susana Beatriz Carvalho Pires	598652094	2021-05-02 15:07:00	35.00	0.00	Multibanco	\N	\N	paga
62	FR SA2021/62	JJ3B7K2M-62	80	140	147289734	Susana Rocha Correia	598652094	2021-05-08 11:38:00	40.00	0.00	MB WAY	\N	\N	paga
63	FR SA2021/63	JJ3B7K2M-63	81	41	342229419	Diogo Cunha Mendes	598652094	2021-05-09 18:00:00	50.00	0.00	Referência MB	21923	017627898	paga
64	FR SA2021/64	JJ3B7K2M-64	82	111	296357910	Rodrigo Rui Rodrigues Silva	598652094	2021-05-10 17:01:00	70.00	0.00	MB WAY	\N	\N	paga
65	FR SA2021/65	JJ3B7K2M-65	84	74	213433559	Matilde Francisca Azevedo Oliveira	598652094	2021-05-12 09:52:00	50.00	0.00	Referência MB	21697	396043385	paga
66	FR SA2021/66	JJ3B7K2M-66	85	86	187902623	Vasco Soares Correia	598652094	2021-05-13 20:03:00	950.00	0.00	Multibanco	\N	\N	paga
67	FR SA2021/67	JJ3B7K2M-67	86	28	150392524	Raquel Catarina Soares Ramos	598652094	2021-05-14 17:46:00	35.00	0.00	MB WAY	\N	\N	paga
68	FR SA2021/68	JJ3B7K2M-68	87	103	300773595	Paulo Pedro Lopes Pinto	598652094	2021-05-15 17:20:00	60.00	0.00	Cartão	\N	\N	paga
69	FR SA2021/69	JJ3B7K2M-69	88	119	233162240	Helena Adelaide Jesus Tavares	598652094	2021-05-16 19:49:00	40.00	0.00	Multibanco	\N	\N	paga
70	FR SA2021/70	JJ3B7K2M-70	89	86	187902623	Vasco Soares Correia	598652094	2021-05-17 13:34:00	55.00	0.00	MB WAY	\N	\N	paga
71	FR SA2021/71	JJ3B7K2M-71	90	31	197697810	Sara Rosa Jesus Carvalho	598652094	2021-05-19 18:45:00	250.00	0.00	Cartão	\N	\N	paga
72	FR SA2021/72	JJ3B7K2M-72	91	48	272081876	Ana Carla Pinto Correia	598652094	2021-05-20 11:58:00	55.00	0.00	Cartão	\N	\N	paga
73	FR SA2021/73	JJ3B7K2M-73	95	78	339885475	Tomás Francisco Teixeira Antunes	598652094	2021-05-24 15:47:00	50.00	0.00	MB WAY	\N	\N	paga
74	FR SA2021/74	JJ3B7K2M-74	97	85	160204976	Sandra Sousa Silva	598652094	2021-05-27 11:57:00	950.00	0.00	Multibanco	\N	\N	paga
75	FR SA2021/75	JJ3B7K2M-75	98	94	219033110	Margarida Rita Jesus Azevedo	598652094	2021-05-28 09:57:00	40.00	0.00	Cartão	\N	\N	paga
76	FR SA2021/76	JJ3B7K2M-76	99	92	999999990	Consumidor final	598652094	2021-06-01 18:05:00	950.00	0.00	Multibanco	\N	\N	paga
77	FR SA2021/77	JJ3B7K2M-77	100	82	373122640	Bruno Mendes Cruz	598652094	2021-06-03 17:51:00	35.00	0.00	Referência MB	21415	787464417	paga
78	FR SA2021/78	JJ3B7K2M-78	101	6	241804248	Margarida Leonor Reis Matos	598652094	2021-06-09 15:35:00	70.00	0.00	Numerário	\N	\N	paga
79	FR SA2021/79	JJ3B7K2M-79	102	141	225355388	Cláudia Raquel Rocha Cunha	598652094	2021-06-10 09:40:00	65.00	0.00	MB WAY	\N	\N	paga
80	FR SA2021/80	JJ3B7K2M-80	103	85	999999990	Consumidor final	598652094	2021-06-10 09:58:00	65.00	0.00	Numerário	\N	\N	pendente
81	FR SA2021/81	JJ3B7K2M-81	104	53	231027400	Cláudia Teresa Cruz Coelho	598652094	2021-06-11 16:47:00	50.00	0.00	Cartão	\N	\N	paga
82	FR SA2021/82	JJ3B7K2M-82	106	50	343513692	Carla Tavares Silva	598652094	2021-06-16 09:34:00	60.00	0.00	Cartão	\N	\N	paga
83	FR SA2021/83	JJ3B7K2M-83	107	104	342087126	Rui Simões Gomes	598652094	2021-06-25 13:18:00	55.00	0.00	MB WAY	\N	\N	paga
84	FR SA2021/84	JJ3B7K2M-84	108	42	999999990	Consumidor final	598652094	2021-06-25 18:33:00	250.00	0.00	Cartão	\N	\N	paga
85	FR SA2021/85	JJ3B7K2M-85	109	36	262265150	Adelaide Filipa Lopes Tavares	598652094	2021-06-27 09:46:00	50.00	0.00	Multibanco	\N	\N	paga
86	FR SA2021/86	JJ3B7K2M-86	111	111	999999990	Consumidor final	598652094	2021-07-01 11:08:00	60.00	0.00	Multibanco	\N	\N	paga
87	FR SA2021/87	JJ3B7K2M-87	112	1	260506893	Patrícia Sofia Ribeiro Antunes	598652094	2021-07-02 10:35:00	250.00	0.00	Multibanco	\N	\N	paga
88	FR SA2021/88	JJ3B7K2M-88	113	43	303926040	Susana Cruz Freitas	598652094	2021-07-06 14:35:00	50.00	0.00	Numerário	\N	\N	paga
89	FR SA2021/89	JJ3B7K2M-89	114	124	111350417	André Marques Reis	598652094	2021-07-06 18:08:00	60.00	0.00	Cartão	\N	\N	paga
90	FR SA2021/90	JJ3B7K2M-90	115	94	219033110	Margarida Rita Jesus Azevedo	598652094	2021-07-07 11:17:00	55.00	0.00	Multibanco	\N	\N	paga
91	FR SA2021/91	JJ3B7K2M-91	116	49	226683133	Francisco Reis Monteiro	598652094	2021-07-11 19:33:00	950.00	0.00	Numerário	\N	\N	paga
92	FR SA2021/92	JJ3B7K2M-92	117	52	317868551	Afonso Costa Ribeiro	598652094	2021-07-16 19:38:00	40.00	0.00	MB WAY	\N	\N	paga
93	FR SA2021/93	JJ3B7K2M-93	119	102	165579587	Paulo Cruz Almeida	598652094	2021-07-18 09:58:00	35.00	0.00	Cartão	\N	\N	paga
94	FR SA2021/94	JJ3B7K2M-94	120	118	265606802	Tomás Vieira Jesus	598652094	2021-07-18 18:55:00	65.00	0.00	Numerário	\N	\N	paga
95	FR SA2021/95	JJ3B7K2M-95	121	95	277262283	Duarte Vasco Pereira Oliveira	598652094	2021-07-19 16:46:00	50.00	0.00	MB WAY	\N	\N	paga
96	FR SA2021/96	JJ3B7K2M-96	122	16	362307695	Henrique Francisco Vieira Reis	598652094	2021-07-20 10:13:00	60.00	0.00	Multibanco	\N	\N	paga
97	FR SA2021/97	JJ3B7K2M-97	123	83	123232333	Afonso Carvalho Pinto	598652094	2021-07-21 12:57:00	40.00	0.00	Cartão	\N	\N	paga
98	FR SA2021/98	JJ3B7K2M-98	124	117	200986740	Inês Almeida Monteiro	598652094	2021-07-22 11:03:00	35.00	0.00	Numerário	\N	\N	paga
99	FR SA2021/99	JJ3B7K2M-99	125	141	225355388	Cláudia Raquel Rocha Cunha	598652094	2021-07-24 14:47:00	50.00	0.00	Cartão	\N	\N	paga
100	FR SA2021/100	JJ3B7K2M-100	126	44	999999990	Consumidor final	598652094	2021-07-24 17:29:00	250.00	0.00	Multibanco	\N	\N	paga
101	FR SA2021/101	JJ3B7K2M-101	127	81	270651837	Rodrigo Cardoso Jesus	598652094	2021-07-28 10:25:00	180.00	0.00	MB WAY	\N	\N	paga
102	FR SA2021/102	JJ3B7K2M-102	128	50	343513692	Carla Tavares Silva	598652094	2021-07-28 12:06:00	60.00	0.00	Numerário	\N	\N	anulada
103	FR SA2021/103	JJ3B7K2M-103	129	113	146425723	Rui Araújo Pereira	598652094	2021-07-30 11:11:00	950.00	0.00	MB WAY	\N	\N	paga
104	FR SA2021/104	JJ3B7K2M-104	130	112	312271212	José Tavares Marques	598652094	2021-07-30 11:21:00	35.00	0.00	Numerário	\N	\N	paga
105	FR SA2021/105	JJ3B7K2M-105	132	86	187902623	Vasco Soares Correia	598652094	2021-08-03 15:36:00	60.00	0.00	Referência MB	21440	973606989	paga
106	FR SA2021/106	JJ3B7K2M-106	133	76	189093943	Nuno Monteiro Jesus	598652094	2021-08-04 10:35:00	55.00	0.00	Cartão	\N	\N	paga
107	FR SA2021/107	JJ3B7K2M-107	135	3	145886891	Paulo Silva Fonseca	598652094	2021-08-06 17:01:00	40.00	0.00	Cartão	\N	\N	paga
108	FR SA2021/108	JJ3B7K2M-108	136	111	296357910	Rodrigo Rui Rodrigues Silva	598652094	2021-08-10 10:14:00	180.00	0.00	Referência MB	21680	443154041	paga
109	FR SA2021/109	JJ3B7K2M-109	137	130	999999990	Consumidor final	598652094	2021-08-11 16:25:00	250.00	0.00	Multibanco	\N	\N	paga
110	FR SA2021/110	JJ3B7K2M-110	138	74	213433559	Matilde Francisca Azevedo Oliveira	598652094	2021-08-14 19:55:00	55.00	0.00	Multibanco	\N	\N	paga
111	FR SA2021/111	JJ3B7K2M-111	139	145	154814229	Rita Vieira Neves	598652094	2021-08-18 17:00:00	950.00	0.00	Cartão	\N	\N	paga
112	FR SA2021/112	JJ3B7K2M-112	141	114	111860644	Rui Vieira Martins	598652094	2021-08-22 13:53:00	950.00	0.00	Cartão	\N	\N	paga
113	FR SA2021/113	JJ3B7K2M-113	142	3	145886891	Paulo Silva Fonseca	598652094	2021-08-23 13:19:00	35.00	0.00	MB WAY	\N	\N	paga
114	FR SA2021/114	JJ3B7K2M-114	143	133	245397302	Hugo José Fonseca Castro	598652094	2021-08-24 19:52:00	65.00	0.00	Transferência	\N	\N	paga
115	FR SA2021/115	JJ3B7K2M-115	144	2	168330903	Lúcia Marta Coelho Neves	598652094	2021-08-25 10:29:00	70.00	0.00	Multibanco	\N	\N	paga
116	FR SA2021/116	JJ3B7K2M-116	145	150	269658440	Henrique Matos Lourenço	598652094	2021-08-25 11:02:00	950.00	0.00	Cartão	\N	\N	paga
117	FR SA2021/117	JJ3B7K2M-117	146	45	277225078	Inês Machado Barbosa	598652094	2021-08-25 12:05:00	250.00	0.00	Multibanco	\N	\N	paga
118	FR SA2021/118	JJ3B7K2M-118	147	133	245397302	Hugo José Fonseca Castro	598652094	2021-08-28 15:20:00	35.00	0.00	Referência MB	21231	470224856	paga
119	FR SA2021/119	JJ3B7K2M-119	148	33	158582004	Vera Antunes Araújo	598652094	2021-08-29 09:42:00	40.00	0.00	Multibanco	\N	\N	paga
120	FR SA2021/120	JJ3B7K2M-120	149	147	393168484	Francisca Simões Neves	598652094	2021-08-29 10:49:00	60.00	0.00	Cartão	\N	\N	paga
121	FR SA2021/121	JJ3B7K2M-121	150	86	187902623	Vasco Soares Correia	598652094	2021-09-01 13:20:00	55.00	0.00	Numerário	\N	\N	paga
122	FR SA2021/122	JJ3B7K2M-122	151	83	123232333	Afonso Carvalho Pinto	598652094	2021-09-06 15:02:00	35.00	0.00	Multibanco	\N	\N	paga
123	FR SA2021/123	JJ3B7K2M-123	152	84	271201371	Isabel Neves Vieira	598652094	2021-09-08 15:47:00	250.00	0.00	Multibanco	\N	\N	paga
124	FR SA2021/124	JJ3B7K2M-124	153	84	271201371	Isabel Neves Vieira	598652094	2021-09-10 12:37:00	35.00	0.00	Referência MB	21736	279469587	paga
125	FR SA2021/125	JJ3B7K2M-125	154	151	200765981	Francisco Duarte Cunha Lourenço	598652094	2021-09-13 14:38:00	65.00	0.00	MB WAY	\N	\N	pendente
126	FR SA2021/126	JJ3B7K2M-126	155	53	231027400	Cláudia Teresa Cruz Coelho	598652094	2021-09-13 18:25:00	50.00	0.00	Referência MB	21252	646484553	paga
127	FR SA2021/127	JJ3B7K2M-127	156	139	205425720	Ricardo Tavares Simões	598652094	2021-09-14 12:51:00	55.00	0.00	Multibanco	\N	\N	paga
128	FR SA2021/128	JJ3B7K2M-128	157	15	137670303	Francisco Pinto Azevedo	598652094	2021-09-14 17:36:00	55.00	0.00	Multibanco	\N	\N	anulada
129	FR SA2021/129	JJ3B7K2M-129	158	18	290539048	Artur Rocha Gonçalves	598652094	2021-09-17 16:22:00	60.00	0.00	Transferência	\N	\N	paga
130	FR SA2021/130	JJ3B7K2M-130	160	151	200765981	Francisco Duarte Cunha Lourenço	598652094	2021-09-19 10:33:00	55.00	0.00	MB WAY	\N	\N	paga
131	FR SA2021/131	JJ3B7K2M-131	161	40	308117824	Hugo Machado Correia	598652094	2021-09-21 15:58:00	55.00	0.00	MB WAY	\N	\N	paga
132	FR SA2021/132	JJ3B7K2M-132	162	4	999999990	Consumidor final	598652094	2021-09-24 12:13:00	40.00	0.00	Multibanco	\N	\N	paga
133	FR SA2021/133	JJ3B7K2M-133	163	7	149078374	Adelaide Rocha Tavares	598652094	2021-09-25 14:57:00	40.00	0.00	Cartão	\N	\N	paga
134	FR SA2021/134	JJ3B7K2M-134	164	141	225355388	Cláudia Raquel Rocha Cunha	598652094	2021-09-29 10:34:00	60.00	0.00	MB WAY	\N	\N	paga
135	FR SA2021/135	JJ3B7K2M-135	165	119	233162240	Helena Adelaide Jesus Tavares	598652094	2021-10-01 18:23:00	250.00	0.00	Cartão	\N	\N	paga
136	FR SA2021/136	JJ3B7K2M-136	166	25	139528423	Henrique Lourenço Soares	598652094	2021-10-02 12:34:00	35.00	0.00	Cartão	\N	\N	pendente
137	FR SA2021/137	JJ3B7K2M-137	167	47	276068963	Joana Rosa Mendes Ribeiro	598652094	2021-10-02 14:21:00	950.00	0.00	MB WAY	\N	\N	paga
138	FR SA2021/138	JJ3B7K2M-138	168	139	205425720	Ricardo Tavares Simões	598652094	2021-10-05 11:38:00	60.00	0.00	Cartão	\N	\N	pendente
139	FR SA2021/139	JJ3B7K2M-139	169	18	290539048	Artur Rocha Gonçalves	598652094	2021-10-08 10:31:00	40.00	0.00	MB WAY	\N	\N	paga
140	FR SA2021/140	JJ3B7K2M-140	170	157	214015130	Beatriz Raquel Almeida Alves	598652094	2021-10-09 15:41:00	55.00	0.00	MB WAY	\N	\N	paga
141	FR SA2021/141	JJ3B7K2M-141	171	28	150392524	Raquel Catarina Soares Ramos	598652094	2021-10-12 17:34:00	950.00	0.00	Cartão	\N	\N	paga
142	FR SA2021/142	JJ3B7K2M-142	172	76	999999990	Consumidor final	598652094	2021-10-12 19:29:00	950.00	0.00	Numerário	\N	\N	paga
143	FR SA2021/143	JJ3B7K2M-143	174	103	300773595	Paulo Pedro Lopes Pinto	598652094	2021-10-16 19:01:00	950.00	0.00	Multibanco	\N	\N	paga
144	FR SA2021/144	JJ3B7K2M-144	175	163	393053580	Matilde Mendes Teixeira	598652094	2021-10-17 15:00:00	70.00	0.00	Multibanco	\N	\N	paga
145	FR SA2021/145	JJ3B7K2M-145	176	158	268040770	Maria Sara Nunes Oliveira	598652094	2021-10-18 16:41:00	180.00	0.00	Cartão	\N	\N	paga
146	FR SA2021/146	JJ3B7K2M-146	177	113	146425723	Rui Araújo Pereira	598652094	2021-10-22 18:14:00	65.00	0.00	Cartão	\N	\N	pendente
147	FR SA2021/147	JJ3B7K2M-147	179	42	172356326	João Mendes Carvalho	598652094	2021-10-24 12:44:00	40.00	0.00	MB WAY	\N	\N	paga
148	FR SA2021/148	JJ3B7K2M-148	180	43	303926040	Susana Cruz Freitas	598652094	2021-10-30 15:30:00	50.00	0.00	MB WAY	\N	\N	paga
149	FR SA2021/149	JJ3B7K2M-149	181	141	225355388	Cláudia Raquel Rocha Cunha	598652094	2021-11-04 15:51:00	70.00	0.00	MB WAY	\N	\N	pendente
150	FR SA2021/150	JJ3B7K2M-150	183	27	244247820	Adelaide Vieira Ferreira	598652094	2021-11-06 17:02:00	180.00	0.00	Referência MB	21613	886643299	paga
151	FR SA2021/151	JJ3B7K2M-151	184	74	213433559	Matilde Francisca Azevedo Oliveira	598652094	2021-11-08 15:27:00	55.00	0.00	Numerário	\N	\N	pendente
152	FR SA2021/152	JJ3B7K2M-152	185	112	312271212	José Tavares Marques	598652094	2021-11-11 13:12:00	250.00	0.00	Multibanco	\N	\N	anulada
153	FR SA2021/153	JJ3B7K2M-153	186	4	204415772	Margarida Sofia Soares Alves	598652094	2021-11-12 16:13:00	40.00	0.00	Multibanco	\N	\N	paga
154	FR SA2021/154	JJ3B7K2M-154	187	18	290539048	Artur Rocha Gonçalves	598652094	2021-11-16 11:00:00	35.00	0.00	Referência MB	21853	868554038	paga
155	FR SA2021/155	JJ3B7K2M-155	188	80	244462305	Jorge Duarte Vieira Silva	598652094	2021-11-16 12:21:00	40.00	0.00	Multibanco	\N	\N	paga
156	FR SA2021/156	JJ3B7K2M-156	189	25	139528423	Henrique Lourenço Soares	598652094	2021-11-18 19:44:00	60.00	0.00	Referência MB	21532	626668532	paga
157	FR SA2021/157	JJ3B7K2M-157	190	26	114619093	Vasco Santos Mendes	598652094	2021-11-21 09:34:00	60.00	0.00	Multibanco	\N	\N	paga
158	FR SA2021/158	JJ3B7K2M-158	191	7	149078374	Adelaide Rocha Tavares	598652094	2021-11-28 17:02:00	35.00	0.00	Multibanco	\N	\N	paga
159	FR SA2021/159	JJ3B7K2M-159	192	90	152974970	Sofia Vera Cardoso Figueiredo	598652094	2021-12-07 09:32:00	60.00	0.00	Transferência	\N	\N	paga
160	FR SA2021/160	JJ3B7K2M-160	193	165	210989700	Isabel Vera Marques Barbosa	598652094	2021-12-07 09:39:00	35.00	0.00	Multibanco	\N	\N	paga
161	FR SA2021/161	JJ3B7K2M-161	194	31	197697810	Sara Rosa Jesus Carvalho	598652094	2021-12-08 10:23:00	50.00	0.00	Referência MB	21505	453884921	paga
162	FR SA2021/162	JJ3B7K2M-162	196	103	300773595	Paulo Pedro Lopes Pinto	598652094	2021-12-11 15:25:00	180.00	0.00	Referência MB	21586	495830228	paga
163	FR SA2021/163	JJ3B7K2M-163	197	46	291334180	Gonçalo Neves Martins	598652094	2021-12-12 19:52:00	65.00	0.00	Transferência	\N	\N	paga
164	FR SA2021/164	JJ3B7K2M-164	198	40	999999990	Consumidor final	598652094	2021-12-13 10:05:00	40.00	0.00	Numerário	\N	\N	paga
165	FR SA2021/165	JJ3B7K2M-165	199	50	343513692	Carla Tavares Silva	598652094	2021-12-14 19:34:00	65.00	0.00	MB WAY	\N	\N	paga
166	FR SA2021/166	JJ3B7K2M-166	200	45	277225078	Inês Machado Barbosa	598652094	2021-12-16 13:23:00	70.00	0.00	Multibanco	\N	\N	paga
167	FR SA2021/167	JJ3B7K2M-167	201	161	107083337	Susana Beatriz Carvalho Pires	598652094	2021-12-16 17:04:00	180.00	0.00	Multibanco	\N	\N	paga
168	FR SA2021/168	JJ3B7K2M-168	202	46	291334180	Gonçalo Neves Martins	598652094	2021-12-18 12:35:00	250.00	0.00	Multibanco	\N	\N	anulada
169	FR SA2021/169	JJ3B7K2M-169	203	74	213433559	Matilde Francisca Azevedo Oliveira	598652094	2021-12-19 14:50:00	35.00	0.00	Cartão	\N	\N	paga
170	FR SA2021/170	JJ3B7K2M-170	204	16	999999990	Consumidor final	598652094	2021-12-19 18:26:00	40.00	0.00	Referência MB	21604	226448181	paga
171	FR SA2021/171	JJ3B7K2M-171	205	164	999999990	Consumidor final	598652094	2021-12-20 17:07:00	40.00	0.00	MB WAY	\N	\N	paga
172	FR SA2021/172	JJ3B7K2M-172	206	49	226683133	Francisco Reis Monteiro	598652094	2021-12-21 09:54:00	40.00	0.00	Multibanco	\N	\N	paga
173	FR SA2021/173	JJ3B7K2M-173	207	95	277262283	Duarte Vasco Pereira Oliveira	598652094	2021-12-21 20:04:00	180.00	0.00	Multibanco	\N	\N	paga
174	FR SA2021/174	JJ3B7K2M-174	208	30	251063151	Afonso António Santos Teixeira	598652094	2021-12-22 10:51:00	180.00	0.00	Multibanco	\N	\N	paga
175	FR SA2021/175	JJ3B7K2M-175	209	112	312271212	José Tavares Marques	598652094	2021-12-24 12:36:00	250.00	0.00	Numerário	\N	\N	paga
176	FR SA2021/176	JJ3B7K2M-176	210	134	340973056	Nuno Machado Cruz	598652094	2021-12-24 16:04:00	70.00	0.00	MB WAY	\N	\N	paga
177	FR SA2021/177	JJ3B7K2M-177	211	131	117745421	Rosa Adelaide Rocha Machado	598652094	2021-12-25 12:22:00	70.00	0.00	Cartão	\N	\N	paga
178	FR SA2021/178	JJ3B7K2M-178	212	10	299590976	Luís Fonseca Rocha	598652094	2021-12-26 11:56:00	60.00	0.00	Referência MB	21346	557073886	paga
179	FR SA2021/179	JJ3B7K2M-179	213	158	268040770	Maria Sara Nunes Oliveira	598652094	2021-12-26 12:34:00	250.00	0.00	Multibanco	\N	\N	paga
180	FR SA2021/180	JJ3B7K2M-180	214	85	160204976	Sandra Sousa Silva	598652094	2021-12-26 16:35:00	65.00	0.00	Multibanco	\N	\N	paga
181	FR SA2021/181	JJ3B7K2M-181	215	53	231027400	Cláudia Teresa Cruz Coelho	598652094	2021-12-27 17:16:00	35.00	0.00	Cartão	\N	\N	pendente
182	FR SA2021/182	JJ3B7K2M-182	216	119	233162240	Helena Adelaide Jesus Tavares	598652094	2021-12-28 10:47:00	60.00	0.00	MB WAY	\N	\N	paga
183	FR SA2021/183	JJ3B7K2M-183	217	69	200132636	Duarte Alves Rocha	598652094	2021-12-29 15:13:00	50.00	0.00	Multibanco	\N	\N	paga
184	FR SA2021/184	JJ3B7K2M-184	218	90	999999990	Consumidor final	598652094	2021-12-30 10:44:00	40.00	0.00	MB WAY	\N	\N	paga
185	FR SA2022/185	JJ3B7K2M-185	219	31	197697810	Sara Rosa Jesus Carvalho	598652094	2022-01-01 10:04:00	65.00	0.00	Cartão	\N	\N	paga
186	FR SA2022/186	JJ3B7K2M-186	221	48	272081876	Ana Carla Pinto Correia	598652094	2022-01-03 15:19:00	250.00	0.00	Multibanco	\N	\N	paga
187	FR SA2022/187	JJ3B7K2M-187	222	82	373122640	Bruno Mendes Cruz	598652094	2022-01-04 11:44:00	180.00	0.00	Numerário	\N	\N	anulada
188	FR SA2022/188	JJ3B7K2M-188	223	19	218474970	Raquel Leonor Castro Reis	598652094	2022-01-04 15:21:00	50.00	0.00	Cartão	\N	\N	paga
189	FR SA2022/189	JJ3B7K2M-189	225	44	314884297	José Martins Ribeiro	598652094	2022-01-10 11:59:00	60.00	0.00	Numerário	\N	\N	paga
190	FR SA2022/190	JJ3B7K2M-190	226	140	147289734	Susana Rocha Correia	598652094	2022-01-10 19:41:00	250.00	0.00	Multibanco	\N	\N	paga
191	FR SA2022/191	JJ3B7K2M-191	227	50	343513692	Carla Tavares Silva	598652094	2022-01-11 17:03:00	60.00	0.00	Multibanco	\N	\N	paga
192	FR SA2022/192	JJ3B7K2M-192	228	118	265606802	Tomás Vieira Jesus	598652094	2022-01-11 19:56:00	60.00	0.00	Multibanco	\N	\N	paga
193	FR SA2022/193	JJ3B7K2M-193	229	66	999999990	Consumidor final	598652094	2022-01-15 12:53:00	70.00	0.00	MB WAY	\N	\N	paga
194	FR SA2022/194	JJ3B7K2M-194	230	75	999999990	Consumidor final	598652094	2022-01-15 18:47:00	250.00	0.00	Cartão	\N	\N	paga
195	FR SA2022/195	JJ3B7K2M-195	231	118	265606802	Tomás Vieira Jesus	598652094	2022-01-19 10:11:00	55.00	0.00	Multibanco	\N	\N	paga
196	FR SA2022/196	JJ3B7K2M-196	232	27	244247820	Adelaide Vieira Ferreira	598652094	2022-01-19 10:17:00	50.00	0.00	Cartão	\N	\N	paga
197	FR SA2022/197	JJ3B7K2M-197	233	82	373122640	Bruno Mendes Cruz	598652094	2022-01-19 18:48:00	55.00	0.00	Multibanco	\N	\N	paga
198	FR SA2022/198	JJ3B7K2M-198	234	103	300773595	Paulo Pedro Lopes Pinto	598652094	2022-01-20 14:24:00	60.00	0.00	Multibanco	\N	\N	paga
199	FR SA2022/199	JJ3B7K2M-199	235	11	188695800	Raquel Sandra Costa Nunes	598652094	2022-01-22 17:36:00	40.00	0.00	Referência MB	21510	995908531	paga
200	FR SA2022/200	JJ3B7K2M-200	236	114	111860644	Rui Vieira Martins	598652094	2022-01-23 10:30:00	35.00	0.00	Multibanco	\N	\N	paga
201	FR SA2022/201	JJ3B7K2M-201	237	142	999999990	Consumidor final	598652094	2022-01-23 20:30:00	65.00	0.00	MB WAY	\N	\N	paga
202	FR SA2022/202	JJ3B7K2M-202	238	112	312271212	José Tavares Marques	598652094	2022-01-26 15:04:00	50.00	0.00	MB WAY	\N	\N	paga
203	FR SA2022/203	JJ3B7K2M-203	239	136	999999990	Consumidor final	598652094	2022-01-26 19:10:00	55.00	0.00	Referência MB	21448	561880306	paga
204	FR SA2022/204	JJ3B7K2M-204	241	116	152456767	Artur Fonseca Vieira	598652094	2022-01-29 16:59:00	40.00	0.00	MB WAY	\N	\N	paga
205	FR SA2022/205	JJ3B7K2M-205	242	52	999999990	Consumidor final	598652094	2022-01-31 11:48:00	250.00	0.00	Multibanco	\N	\N	paga
206	FR SA2022/206	JJ3B7K2M-206	243	158	268040770	Maria Sara Nunes Oliveira	598652094	2022-02-06 13:45:00	70.00	0.00	MB WAY	\N	\N	paga
207	FR SA2022/207	JJ3B7K2M-207	244	52	317868551	Afonso Costa Ribeiro	598652094	2022-02-14 11:55:00	35.00	0.00	MB WAY	\N	\N	paga
208	FR SA2022/208	JJ3B7K2M-208	245	82	373122640	Bruno Mendes Cruz	598652094	2022-02-15 18:08:00	60.00	0.00	Multibanco	\N	\N	paga
209	FR SA2022/209	JJ3B7K2M-209	246	126	192687972	Jorge Francisco Silva Cruz	598652094	2022-02-17 09:31:00	40.00	0.00	Numerário	\N	\N	paga
210	FR SA2022/210	JJ3B7K2M-210	248	23	220978140	Sofia Lúcia Cardoso Azevedo	598652094	2022-02-18 11:23:00	60.00	0.00	Multibanco	\N	\N	paga
211	FR SA2022/211	JJ3B7K2M-211	249	50	343513692	Carla Tavares Silva	598652094	2022-02-22 17:08:00	40.00	0.00	Multibanco	\N	\N	paga
212	FR SA2022/212	JJ3B7K2M-212	250	112	999999990	Consumidor final	598652094	2022-02-25 19:48:00	180.00	0.00	Multibanco	\N	\N	paga
213	FR SA2022/213	JJ3B7K2M-213	251	101	239365712	Lúcia Fernanda Pinto Pinto	598652094	2022-02-28 12:34:00	250.00	0.00	MB WAY	\N	\N	paga
214	FR SA2022/214	JJ3B7K2M-214	252	114	111860644	Rui Vieira Martins	598652094	2022-03-01 16:53:00	250.00	0.00	Multibanco	\N	\N	paga
215	FR SA2022/215	JJ3B7K2M-215	253	54	286985179	Tiago Sérgio Simões Martins	598652094	2022-03-02 15:50:00	35.00	0.00	Multibanco	\N	\N	paga
216	FR SA2022/216	JJ3B7K2M-216	254	63	172518938	Vera Barbosa Vieira	598652094	2022-03-05 09:46:00	40.00	0.00	Cartão	\N	\N	paga
217	FR SA2022/217	JJ3B7K2M-217	255	78	339885475	Tomás Francisco Teixeira Antunes	598652094	2022-03-05 17:39:00	70.00	0.00	Multibanco	\N	\N	paga
218	FR SA2022/218	JJ3B7K2M-218	257	53	231027400	Cláudia Teresa Cruz Coelho	598652094	2022-03-07 17:06:00	950.00	0.00	MB WAY	\N	\N	paga
219	FR SA2022/219	JJ3B7K2M-219	258	32	185268820	Vasco Rui Moreira Machado	598652094	2022-03-08 13:43:00	950.00	0.00	Multibanco	\N	\N	paga
220	FR SA2022/220	JJ3B7K2M-220	259	131	117745421	Rosa Adelaide Rocha Machado	598652094	2022-03-09 20:43:00	55.00	0.00	Cartão	\N	\N	paga
221	FR SA2022/221	JJ3B7K2M-221	260	9	275410382	Matilde Marta Neves Moreira	598652094	2022-03-10 18:40:00	50.00	0.00	MB WAY	\N	\N	paga
222	FR SA2022/222	JJ3B7K2M-222	261	66	176623698	Raquel Catarina Cruz Ramos	598652094	2022-03-15 18:06:00	35.00	0.00	Multibanco	\N	\N	paga
223	FR SA2022/223	JJ3B7K2M-223	262	56	238467988	Bruno Diogo Neves Coelho	598652094	2022-03-15 18:40:00	50.00	0.00	Multibanco	\N	\N	paga
224	FR SA2022/224	JJ3B7K2M-224	263	76	189093943	Nuno Monteiro Jesus	598652094	2022-03-16 12:27:00	60.00	0.00	Referência MB	21321	354510637	paga
225	FR SA2022/225	JJ3B7K2M-225	264	118	265606802	Tomás Vieira Jesus	598652094	2022-03-17 15:57:00	180.00	0.00	Multibanco	\N	\N	paga
226	FR SA2022/226	JJ3B7K2M-226	266	72	244844810	Rodrigo Duarte Mendes Cruz	598652094	2022-03-20 12:34:00	65.00	0.00	Multibanco	\N	\N	paga
227	FR SA2022/227	JJ3B7K2M-227	268	141	225355388	Cláudia Raquel Rocha Cunha	598652094	2022-03-21 17:17:00	60.00	0.00	Numerário	\N	\N	paga
228	FR SA2022/228	JJ3B7K2M-228	269	70	237834138	Francisca Sara Moreira Gomes	598652094	2022-03-23 20:20:00	55.00	0.00	MB WAY	\N	\N	paga
229	FR SA2022/229	JJ3B7K2M-229	270	14	141389710	Sofia Ferreira Araújo	598652094	2022-03-26 16:06:00	180.00	0.00	Multibanco	\N	\N	paga
230	FR SA2022/230	JJ3B7K2M-230	271	36	999999990	Consumidor final	598652094	2022-03-27 12:39:00	60.00	0.00	Numerário	\N	\N	paga
231	FR SA2022/231	JJ3B7K2M-231	272	28	150392524	Raquel Catarina Soares Ramos	598652094	2022-03-28 10:53:00	70.00	0.00	MB WAY	\N	\N	paga
232	FR SA2022/232	JJ3B7K2M-232	273	151	200765981	Francisco Duarte Cunha Lourenço	598652094	2022-03-28 19:26:00	65.00	0.00	MB WAY	\N	\N	paga
233	FR SA2022/233	JJ3B7K2M-233	274	69	200132636	Duarte Alves Rocha	598652094	2022-03-29 20:12:00	950.00	0.00	MB WAY	\N	\N	paga
234	FR SA2022/234	JJ3B7K2M-234	275	11	188695800	Raquel Sandra Costa Nunes	598652094	2022-03-31 19:34:00	180.00	0.00	Multibanco	\N	\N	paga
235	FR SA2022/235	JJ3B7K2M-235	276	69	200132636	Duarte Alves Rocha	598652094	2022-03-31 19:34:00	40.00	0.00	Multibanco	\N	\N	paga
236	FR SA2022/236	JJ3B7K2M-236	277	76	999999990	Consumidor final	598652094	2022-04-01 10:06:00	40.00	0.00	Cartão	\N	\N	paga
237	FR SA2022/237	JJ3B7K2M-237	278	156	139715380	Carlos Costa Machado	598652094	2022-04-01 15:49:00	250.00	0.00	Multibanco	\N	\N	paga
238	FR SA2022/238	JJ3B7K2M-238	279	107	270509291	Tiago Bruno Silva Neves	598652094	2022-04-01 20:37:00	180.00	0.00	Numerário	\N	\N	paga
239	FR SA2022/239	JJ3B7K2M-239	280	101	239365712	Lúcia Fernanda Pinto Pinto	598652094	2022-04-03 10:33:00	50.00	0.00	Multibanco	\N	\N	paga
240	FR SA2022/240	JJ3B7K2M-240	281	42	172356326	João Mendes Carvalho	598652094	2022-04-04 16:19:00	60.00	0.00	Referência MB	21555	178633751	paga
241	FR SA2022/241	JJ3B7K2M-241	282	77	220873194	Vera Helena Gomes Antunes	598652094	2022-04-05 11:38:00	40.00	0.00	Numerário	\N	\N	paga
242	FR SA2022/242	JJ3B7K2M-242	283	77	220873194	Vera Helena Gomes Antunes	598652094	2022-04-05 17:40:00	55.00	0.00	Multibanco	\N	\N	paga
243	FR SA2022/243	JJ3B7K2M-243	284	130	245182713	Miguel Hugo Cruz Neves	598652094	2022-04-06 15:29:00	50.00	0.00	MB WAY	\N	\N	paga
244	FR SA2022/244	JJ3B7K2M-244	285	89	106289454	Gonçalo Almeida Ribeiro	598652094	2022-04-07 13:01:00	50.00	0.00	Referência MB	21186	862832769	paga
245	FR SA2022/245	JJ3B7K2M-245	286	36	262265150	Adelaide Filipa Lopes Tavares	598652094	2022-04-08 09:43:00	40.00	0.00	Multibanco	\N	\N	paga
246	FR SA2022/246	JJ3B7K2M-246	287	150	269658440	Henrique Matos Lourenço	598652094	2022-04-09 09:48:00	65.00	0.00	MB WAY	\N	\N	paga
247	FR SA2022/247	JJ3B7K2M-247	288	149	316682926	Teresa Moreira Teixeira	598652094	2022-04-09 10:45:00	55.00	0.00	Transferência	\N	\N	paga
248	FR SA2022/248	JJ3B7K2M-248	289	116	152456767	Artur Fonseca Vieira	598652094	2022-04-09 17:15:00	60.00	0.00	MB WAY	\N	\N	paga
249	FR SA2022/249	JJ3B7K2M-249	290	136	280491123	Artur Tomás Tavares Nunes	598652094	2022-04-10 10:41:00	50.00	0.00	Referência MB	21463	976908477	paga
250	FR SA2022/250	JJ3B7K2M-250	291	14	141389710	Sofia Ferreira Araújo	598652094	2022-04-10 17:32:00	65.00	0.00	Multibanco	\N	\N	paga
251	FR SA2022/251	JJ3B7K2M-251	292	76	189093943	Nuno Monteiro Jesus	598652094	2022-04-11 17:40:00	950.00	0.00	Cartão	\N	\N	paga
252	FR SA2022/252	JJ3B7K2M-252	293	46	291334180	Gonçalo Neves Martins	598652094	2022-04-12 14:55:00	60.00	0.00	Multibanco	\N	\N	paga
253	FR SA2022/253	JJ3B7K2M-253	294	25	139528423	Henrique Lourenço Soares	598652094	2022-04-13 12:10:00	60.00	0.00	Cartão	\N	\N	paga
254	FR SA2022/254	JJ3B7K2M-254	295	130	245182713	Miguel Hugo Cruz Neves	598652094	2022-04-13 15:28:00	65.00	0.00	Cartão	\N	\N	paga
255	FR SA2022/255	JJ3B7K2M-255	297	113	146425723	Rui Araújo Pereira	598652094	2022-04-14 12:35:00	180.00	0.00	Referência MB	21358	882402590	paga
256	FR SA2022/256	JJ3B7K2M-256	298	16	999999990	Consumidor final	598652094	2022-04-15 10:00:00	70.00	0.00	Cartão	\N	\N	paga
257	FR SA2022/257	JJ3B7K2M-257	299	86	187902623	Vasco Soares Correia	598652094	2022-04-15 11:59:00	180.00	0.00	Referência MB	21244	617008867	paga
258	FR SA2022/258	JJ3B7K2M-258	300	24	204415772	Margarida Sofia Soares Alves	598652094	2022-04-19 17:37:00	55.00	0.00	MB WAY	\N	\N	pendente
259	FR SA2022/259	JJ3B7K2M-259	302	9	275410382	Matilde Marta Neves Moreira	598652094	2022-04-21 20:19:00	50.00	0.00	Numerário	\N	\N	paga
260	FR SA2022/260	JJ3B7K2M-260	303	44	314884297	José Martins Ribeiro	598652094	2022-04-22 13:29:00	950.00	0.00	MB WAY	\N	\N	paga
261	FR SA2022/261	JJ3B7K2M-261	304	30	251063151	Afonso António Santos Teixeira	598652094	2022-04-23 12:22:00	65.00	0.00	Numerário	\N	\N	paga
262	FR SA2022/262	JJ3B7K2M-262	305	44	314884297	José Martins Ribeiro	598652094	2022-04-25 17:08:00	60.00	0.00	Multibanco	\N	\N	pendente
263	FR SA2022/263	JJ3B7K2M-263	306	76	999999990	Consumidor final	598652094	2022-04-27 17:03:00	65.00	0.00	Multibanco	\N	\N	paga
264	FR SA2022/264	JJ3B7K2M-264	307	140	147289734	Susana Rocha Correia	598652094	2022-04-28 16:46:00	250.00	0.00	Multibanco	\N	\N	paga
265	FR SA2022/265	JJ3B7K2M-265	308	150	269658440	Henrique Matos Lourenço	598652094	2022-04-29 17:42:00	55.00	0.00	MB WAY	\N	\N	paga
266	FR SA2022/266	JJ3B7K2M-266	309	116	152456767	Artur Fonseca Vieira	598652094	2022-05-02 16:28:00	35.00	0.00	Numerário	\N	\N	paga
267	FR SA2022/267	JJ3B7K2M-267	310	31	197697810	Sara Rosa Jesus Carvalho	598652094	2022-05-04 16:14:00	50.00	0.00	Multibanco	\N	\N	paga
268	FR SA2022/268	JJ3B7K2M-268	311	50	343513692	Carla Tavares Silva	598652094	2022-05-07 19:05:00	40.00	0.00	Multibanco	\N	\N	pendente
269	FR SA2022/269	JJ3B7K2M-269	312	10	299590976	Luís Fonseca Rocha	598652094	2022-05-08 16:02:00	950.00	0.00	Numerário	\N	\N	anulada
270	FR SA2022/270	JJ3B7K2M-270	313	43	303926040	Susana Cruz Freitas	598652094	2022-05-09 15:54:00	70.00	0.00	Cartão	\N	\N	pendente
271	FR SA2022/271	JJ3B7K2M-271	314	94	219033110	Margarida Rita Jesus Azevedo	598652094	2022-05-09 16:24:00	55.00	0.00	MB WAY	\N	\N	paga
272	FR SA2022/272	JJ3B7K2M-272	316	70	237834138	Francisca Sara Moreira Gomes	598652094	2022-05-10 19:27:00	55.00	0.00	Cartão	\N	\N	paga
273	FR SA2022/273	JJ3B7K2M-273	317	165	210989700	Isabel Vera Marques Barbosa	598652094	2022-05-11 11:03:00	50.00	0.00	MB WAY	\N	\N	paga
274	FR SA2022/274	JJ3B7K2M-274	318	153	260080489	Lúcia Catarina Azevedo Moreira	598652094	2022-05-11 12:06:00	55.00	0.00	Referência MB	21622	727417996	paga
275	FR SA2022/275	JJ3B7K2M-275	319	27	244247820	Adelaide Vieira Ferreira	598652094	2022-05-11 12:48:00	40.00	0.00	MB WAY	\N	\N	paga
276	FR SA2022/276	JJ3B7K2M-276	320	130	245182713	Miguel Hugo Cruz Neves	598652094	2022-05-12 12:52:00	60.00	0.00	Cartão	\N	\N	pendente
277	FR SA2022/277	JJ3B7K2M-277	322	8	367073366	Vera Beatriz Ferreira Azevedo	598652094	2022-05-17 11:59:00	40.00	0.00	Multibanco	\N	\N	paga
278	FR SA2022/278	JJ3B7K2M-278	324	150	269658440	Henrique Matos Lourenço	598652094	2022-05-19 11:59:00	70.00	0.00	Referência MB	21678	498321301	paga
279	FR SA2022/279	JJ3B7K2M-279	325	114	111860644	Rui Vieira Martins	598652094	2022-05-27 19:21:00	70.00	0.00	Cartão	\N	\N	paga
280	FR SA2022/280	JJ3B7K2M-280	326	36	262265150	Adelaide Filipa Lopes Tavares	598652094	2022-05-27 20:06:00	60.00	0.00	MB WAY	\N	\N	paga
281	FR SA2022/281	JJ3B7K2M-281	328	31	197697810	Sara Rosa Jesus Carvalho	598652094	2022-05-29 18:48:00	950.00	0.00	Numerário	\N	\N	paga
282	FR SA2022/282	JJ3B7K2M-282	329	113	146425723	Rui Araújo Pereira	598652094	2022-05-30 14:00:00	180.00	0.00	Referência MB	21491	376661200	paga
283	FR SA2022/283	JJ3B7K2M-283	330	165	210989700	Isabel Vera Marques Barbosa	598652094	2022-06-01 13:02:00	70.00	0.00	Cartão	\N	\N	paga
284	FR SA2022/284	JJ3B7K2M-284	332	7	149078374	Adelaide Rocha Tavares	598652094	2022-06-07 12:17:00	40.00	0.00	Referência MB	21396	696493966	paga
285	FR SA2022/285	JJ3B7K2M-285	333	162	301790833	José Rodrigues Coelho	598652094	2022-06-09 20:36:00	55.00	0.00	Multibanco	\N	\N	paga
286	FR SA2022/286	JJ3B7K2M-286	335	66	176623698	Raquel Catarina Cruz Ramos	598652094	2022-06-11 19:07:00	65.00	0.00	Multibanco	\N	\N	paga
287	FR SA2022/287	JJ3B7K2M-287	336	88	267142463	Pedro Coelho Cunha	598652094	2022-06-11 20:09:00	180.00	0.00	Multibanco	\N	\N	paga
288	FR SA2022/288	JJ3B7K2M-288	337	48	272081876	Ana Carla Pinto Correia	598652094	2022-06-14 09:58:00	35.00	0.00	Multibanco	\N	\N	paga
289	FR SA2022/289	JJ3B7K2M-289	338	3	145886891	Paulo Silva Fonseca	598652094	2022-06-14 12:59:00	55.00	0.00	MB WAY	\N	\N	paga
290	FR SA2022/290	JJ3B7K2M-290	339	145	999999990	Consumidor final	598652094	2022-06-15 10:38:00	250.00	0.00	Cartão	\N	\N	paga
291	FR SA2022/291	JJ3B7K2M-291	340	77	220873194	Vera Helena Gomes Antunes	598652094	2022-06-15 14:54:00	65.00	0.00	MB WAY	\N	\N	paga
292	FR SA2022/292	JJ3B7K2M-292	341	53	231027400	Cláudia Teresa Cruz Coelho	598652094	2022-06-16 12:51:00	70.00	0.00	Referência MB	21699	155217335	paga
293	FR SA2022/293	JJ3B7K2M-293	343	42	172356326	João Mendes Carvalho	598652094	2022-06-23 15:13:00	35.00	0.00	Cartão	\N	\N	paga
294	FR SA2022/294	JJ3B7K2M-294	344	148	999999990	Consumidor final	598652094	2022-06-23 17:05:00	950.00	0.00	MB WAY	\N	\N	paga
295	FR SA2022/295	JJ3B7K2M-295	345	89	106289454	Gonçalo Almeida Ribeiro	598652094	2022-06-23 18:18:00	50.00	0.00	Multibanco	\N	\N	paga
296	FR SA2022/296	JJ3B7K2M-296	346	140	147289734	Susana Rocha Correia	598652094	2022-06-23 18:47:00	65.00	0.00	MB WAY	\N	\N	paga
297	FR SA2022/297	JJ3B7K2M-297	347	99	286786575	Matilde Araújo Azevedo	598652094	2022-06-24 11:56:00	55.00	0.00	Multibanco	\N	\N	paga
298	FR SA2022/298	JJ3B7K2M-298	349	95	277262283	Duarte Vasco Pereira Oliveira	598652094	2022-06-26 17:39:00	180.00	0.00	Referência MB	21268	697579055	paga
299	FR SA2022/299	JJ3B7K2M-299	350	21	354081870	Helena Sandra Nunes Moreira	598652094	2022-06-26 17:50:00	250.00	0.00	Numerário	\N	\N	paga
300	FR SA2022/300	JJ3B7K2M-300	351	112	312271212	José Tavares Marques	598652094	2022-07-03 13:04:00	65.00	0.00	Multibanco	\N	\N	paga
301	FR SA2022/301	JJ3B7K2M-301	352	155	264844092	Duarte Lopes Lourenço	598652094	2022-07-04 15:30:00	35.00	0.00	Multibanco	\N	\N	paga
302	FR SA2022/302	JJ3B7K2M-302	353	58	209318953	Vasco Luís Marques Pinto	598652094	2022-07-06 12:27:00	950.00	0.00	Multibanco	\N	\N	paga
303	FR SA2022/303	JJ3B7K2M-303	354	150	269658440	Henrique Matos Lourenço	598652094	2022-07-07 15:07:00	250.00	0.00	Numerário	\N	\N	paga
304	FR SA2022/304	JJ3B7K2M-304	355	14	141389710	Sofia Ferreira Araújo	598652094	2022-07-08 11:07:00	950.00	0.00	Multibanco	\N	\N	paga
305	FR SA2022/305	JJ3B7K2M-305	356	7	149078374	Adelaide Rocha Tavares	598652094	2022-07-08 13:14:00	60.00	0.00	MB WAY	\N	\N	paga
306	FR SA2022/306	JJ3B7K2M-306	357	129	381765725	Sara Rodrigues Reis	598652094	2022-07-11 11:23:00	50.00	0.00	Numerário	\N	\N	paga
307	FR SA2022/307	JJ3B7K2M-307	358	117	200986740	Inês Almeida Monteiro	598652094	2022-07-13 09:37:00	65.00	0.00	Referência MB	21389	445278913	paga
308	FR SA2022/308	JJ3B7K2M-308	359	85	160204976	Sandra Sousa Silva	598652094	2022-07-14 12:33:00	180.00	0.00	Multibanco	\N	\N	paga
309	FR SA2022/309	JJ3B7K2M-309	360	155	264844092	Duarte Lopes Lourenço	598652094	2022-07-14 18:56:00	35.00	0.00	Multibanco	\N	\N	paga
310	FR SA2022/310	JJ3B7K2M-310	362	44	314884297	José Martins Ribeiro	598652094	2022-07-15 14:58:00	35.00	0.00	Multibanco	\N	\N	paga
311	FR SA2022/311	JJ3B7K2M-311	363	103	300773595	Paulo Pedro Lopes Pinto	598652094	2022-07-15 20:08:00	950.00	0.00	Numerário	\N	\N	paga
312	FR SA2022/312	JJ3B7K2M-312	364	17	999999990	Consumidor final	598652094	2022-07-16 09:52:00	65.00	0.00	MB WAY	\N	\N	paga
313	FR SA2022/313	JJ3B7K2M-313	366	111	296357910	Rodrigo Rui Rodrigues Silva	598652094	2022-07-17 10:42:00	250.00	0.00	Cartão	\N	\N	paga
314	FR SA2022/314	JJ3B7K2M-314	367	102	165579587	Paulo Cruz Almeida	598652094	2022-07-18 10:31:00	250.00	0.00	Cartão	\N	\N	paga
315	FR SA2022/315	JJ3B7K2M-315	368	117	200986740	Inês Almeida Monteiro	598652094	2022-07-19 16:57:00	55.00	0.00	Multibanco	\N	\N	paga
316	FR SA2022/316	JJ3B7K2M-316	369	40	308117824	Hugo Machado Correia	598652094	2022-07-19 18:34:00	65.00	0.00	Multibanco	\N	\N	paga
317	FR SA2022/317	JJ3B7K2M-317	370	101	239365712	Lúcia Fernanda Pinto Pinto	598652094	2022-07-19 19:37:00	180.00	0.00	Referência MB	21467	523021696	paga
318	FR SA2022/318	JJ3B7K2M-318	371	158	268040770	Maria Sara Nunes Oliveira	598652094	2022-07-20 10:37:00	180.00	0.00	MB WAY	\N	\N	paga
319	FR SA2022/319	JJ3B7K2M-319	372	15	137670303	Francisco Pinto Azevedo	598652094	2022-07-20 17:31:00	40.00	0.00	MB WAY	\N	\N	paga
320	FR SA2022/320	JJ3B7K2M-320	373	92	999999990	Consumidor final	598652094	2022-07-21 11:35:00	65.00	0.00	Multibanco	\N	\N	paga
321	FR SA2022/321	JJ3B7K2M-321	374	130	245182713	Miguel Hugo Cruz Neves	598652094	2022-07-21 20:06:00	55.00	0.00	Cartão	\N	\N	paga
322	FR SA2022/322	JJ3B7K2M-322	375	31	197697810	Sara Rosa Jesus Carvalho	598652094	2022-07-22 09:51:00	35.00	0.00	Cartão	\N	\N	paga
323	FR SA2022/323	JJ3B7K2M-323	376	116	152456767	Artur Fonseca Vieira	598652094	2022-07-22 18:56:00	40.00	0.00	Transferência	\N	\N	paga
324	FR SA2022/324	JJ3B7K2M-324	378	128	106605763	Filipa Correia Martins	598652094	2022-07-25 11:49:00	70.00	0.00	Numerário	\N	\N	paga
325	FR SA2022/325	JJ3B7K2M-325	379	164	362927138	Matilde Helena Sousa Lourenço	598652094	2022-07-25 14:49:00	55.00	0.00	Multibanco	\N	\N	paga
326	FR SA2022/326	JJ3B7K2M-326	381	30	999999990	Consumidor final	598652094	2022-07-28 09:50:00	55.00	0.00	Transferência	\N	\N	paga
327	FR SA2022/327	JJ3B7K2M-327	382	124	111350417	André Marques Reis	598652094	2022-07-28 15:33:00	60.00	0.00	Multibanco	\N	\N	paga
328	FR SA2022/328	JJ3B7K2M-328	383	145	154814229	Rita Vieira Neves	598652094	2022-07-30 12:19:00	50.00	0.00	Multibanco	\N	\N	paga
329	FR SA2022/329	JJ3B7K2M-329	384	33	158582004	Vera Antunes Araújo	598652094	2022-07-31 18:45:00	60.00	0.00	Multibanco	\N	\N	paga
330	FR SA2022/330	JJ3B7K2M-330	385	142	121055850	José Gonçalves Tavares	598652094	2022-08-01 09:31:00	65.00	0.00	MB WAY	\N	\N	paga
331	FR SA2022/331	JJ3B7K2M-331	386	18	290539048	Artur Rocha Gonçalves	598652094	2022-08-02 18:20:00	35.00	0.00	MB WAY	\N	\N	paga
332	FR SA2022/332	JJ3B7K2M-332	387	153	260080489	Lúcia Catarina Azevedo Moreira	598652094	2022-08-04 20:03:00	65.00	0.00	MB WAY	\N	\N	pendente
333	FR SA2022/333	JJ3B7K2M-333	388	50	343513692	Carla Tavares Silva	598652094	2022-08-10 10:41:00	250.00	0.00	Multibanco	\N	\N	paga
334	FR SA2022/334	JJ3B7K2M-334	389	31	197697810	Sara Rosa Jesus Carvalho	598652094	2022-08-11 16:14:00	35.00	0.00	Cartão	\N	\N	paga
335	FR SA2022/335	JJ3B7K2M-335	390	133	245397302	Hugo José Fonseca Castro	598652094	2022-08-11 16:37:00	50.00	0.00	Numerário	\N	\N	paga
336	FR SA2022/336	JJ3B7K2M-336	391	159	182569608	Vasco João Gonçalves Jesus	598652094	2022-08-14 20:04:00	60.00	0.00	Multibanco	\N	\N	paga
337	FR SA2022/337	JJ3B7K2M-337	392	33	158582004	Vera Antunes Araújo	598652094	2022-08-15 15:36:00	55.00	0.00	Cartão	\N	\N	paga
338	FR SA2022/338	JJ3B7K2M-338	393	27	244247820	Adelaide Vieira Ferreira	598652094	2022-08-15 19:13:00	950.00	0.00	Numerário	\N	\N	paga
339	FR SA2022/339	JJ3B7K2M-339	395	111	296357910	Rodrigo Rui Rodrigues Silva	598652094	2022-08-19 17:34:00	55.00	0.00	MB WAY	\N	\N	paga
340	FR SA2022/340	JJ3B7K2M-340	396	136	280491123	Artur Tomás Tavares Nunes	598652094	2022-08-21 17:55:00	180.00	0.00	Referência MB	21878	664855455	paga
341	FR SA2022/341	JJ3B7K2M-341	397	145	154814229	Rita Vieira Neves	598652094	2022-08-25 12:28:00	35.00	0.00	Cartão	\N	\N	paga
342	FR SA2022/342	JJ3B7K2M-342	398	22	266603653	Tomás Silva Gomes	598652094	2022-08-25 12:46:00	40.00	0.00	Multibanco	\N	\N	paga
343	FR SA2022/343	JJ3B7K2M-343	399	163	393053580	Matilde Mendes Teixeira	598652094	2022-08-26 16:14:00	70.00	0.00	MB WAY	\N	\N	paga
344	FR SA2022/344	JJ3B7K2M-344	400	94	219033110	Margarida Rita Jesus Azevedo	598652094	2022-08-30 18:31:00	65.00	0.00	Multibanco	\N	\N	paga
345	FR SA2022/345	JJ3B7K2M-345	401	86	187902623	Vasco Soares Correia	598652094	2022-09-01 12:39:00	50.00	0.00	Cartão	\N	\N	paga
346	FR SA2022/346	JJ3B7K2M-346	402	52	317868551	Afonso Costa Ribeiro	598652094	2022-09-03 20:06:00	40.00	0.00	Cartão	\N	\N	paga
347	FR SA2022/347	JJ3B7K2M-347	404	10	299590976	Luís Fonseca Rocha	598652094	2022-09-07 17:11:00	180.00	0.00	Multibanco	\N	\N	paga
348	FR SA2022/348	JJ3B7K2M-348	406	164	362927138	Matilde Helena Sousa Lourenço	598652094	2022-09-09 10:07:00	70.00	0.00	Referência MB	21738	656766437	paga
349	FR SA2022/349	JJ3B7K2M-349	407	29	242312691	Raquel Cunha Cardoso	598652094	2022-09-10 15:40:00	70.00	0.00	MB WAY	\N	\N	paga
350	FR SA2022/350	JJ3B7K2M-350	408	159	182569608	Vasco João Gonçalves Jesus	598652094	2022-09-12 20:42:00	70.00	0.00	Multibanco	\N	\N	paga
351	FR SA2022/351	JJ3B7K2M-351	409	76	189093943	Nuno Monteiro Jesus	598652094	2022-09-13 11:23:00	65.00	0.00	MB WAY	\N	\N	pendente
352	FR SA2022/352	JJ3B7K2M-352	411	94	219033110	Margarida Rita Jesus Azevedo	598652094	2022-09-13 18:59:00	65.00	0.00	Cartão	\N	\N	paga
353	FR SA2022/353	JJ3B7K2M-353	412	150	269658440	Henrique Matos Lourenço	598652094	2022-09-15 13:06:00	60.00	0.00	Cartão	\N	\N	paga
354	FR SA2022/354	JJ3B7K2M-354	413	3	145886891	Paulo Silva Fonseca	598652094	2022-09-15 18:24:00	250.00	0.00	Numerário	\N	\N	paga
355	FR SA2022/355	JJ3B7K2M-355	414	111	296357910	Rodrigo Rui Rodrigues Silva	598652094	2022-09-17 17:15:00	65.00	0.00	MB WAY	\N	\N	paga
356	FR SA2022/356	JJ3B7K2M-356	415	161	107083337	Susana Beatriz Carvalho Pires	598652094	2022-09-17 20:27:00	35.00	0.00	MB WAY	\N	\N	paga
357	FR SA2022/357	JJ3B7K2M-357	416	16	362307695	Henrique Francisco Vieira Reis	598652094	2022-09-19 15:09:00	250.00	0.00	Cartão	\N	\N	paga
358	FR SA2022/358	JJ3B7K2M-358	417	164	362927138	Matilde Helena Sousa Lourenço	598652094	2022-09-19 19:30:00	55.00	0.00	Multibanco	\N	\N	paga
359	FR SA2022/359	JJ3B7K2M-359	418	87	106289454	Gonçalo Almeida Ribeiro	598652094	2022-09-20 16:52:00	40.00	0.00	Numerário	\N	\N	paga
360	FR SA2022/360	JJ3B7K2M-360	419	10	299590976	Luís Fonseca Rocha	598652094	2022-09-20 20:24:00	70.00	0.00	MB WAY	\N	\N	paga
361	FR SA2022/361	JJ3B7K2M-361	420	26	114619093	Vasco Santos Mendes	598652094	2022-09-20 20:06:00	50.00	0.00	MB WAY	\N	\N	paga
362	FR SA2022/362	JJ3B7K2M-362	421	45	999999990	Consumidor final	598652094	2022-09-22 09:42:00	35.00	0.00	Cartão	\N	\N	paga
363	FR SA2022/363	JJ3B7K2M-363	422	94	219033110	Margarida Rita Jesus Azevedo	598652094	2022-09-23 17:30:00	55.00	0.00	Cartão	\N	\N	paga
364	FR SA2022/364	JJ3B7K2M-364	423	46	291334180	Gonçalo Neves Martins	598652094	2022-09-24 17:56:00	55.00	0.00	MB WAY	\N	\N	paga
365	FR SA2022/365	JJ3B7K2M-365	424	150	269658440	Henrique Matos Lourenço	598652094	2022-09-25 16:10:00	70.00	0.00	Multibanco	\N	\N	paga
366	FR SA2022/366	JJ3B7K2M-366	425	22	266603653	Tomás Silva Gomes	598652094	2022-09-26 09:39:00	65.00	0.00	Cartão	\N	\N	paga
367	FR SA2022/367	JJ3B7K2M-367	426	16	362307695	Henrique Francisco Vieira Reis	598652094	2022-09-26 10:20:00	70.00	0.00	Transferência	\N	\N	paga
368	FR SA2022/368	JJ3B7K2M-368	427	88	267142463	Pedro Coelho Cunha	598652094	2022-09-28 10:01:00	250.00	0.00	Numerário	\N	\N	pendente
369	FR SA2022/369	JJ3B7K2M-369	428	101	239365712	Lúcia Fernanda Pinto Pinto	598652094	2022-09-30 15:06:00	55.00	0.00	Multibanco	\N	\N	paga
370	FR SA2022/370	JJ3B7K2M-370	430	129	381765725	Sara Rodrigues Reis	598652094	2022-10-01 09:55:00	60.00	0.00	Multibanco	\N	\N	paga
371	FR SA2022/371	JJ3B7K2M-371	431	158	268040770	Maria Sara Nunes Oliveira	598652094	2022-10-06 17:51:00	65.00	0.00	Numerário	\N	\N	paga
372	FR SA2022/372	JJ3B7K2M-372	432	50	343513692	Carla Tavares Silva	598652094	2022-10-07 13:29:00	65.00	0.00	Numerário	\N	\N	paga
373	FR SA2022/373	JJ3B7K2M-373	433	11	999999990	Consumidor final	598652094	2022-10-08 17:37:00	55.00	0.00	Multibanco	\N	\N	paga
374	FR SA2022/374	JJ3B7K2M-374	434	104	342087126	Rui Simões Gomes	598652094	2022-10-11 10:40:00	55.00	0.00	Cartão	\N	\N	paga
375	FR SA2022/375	JJ3B7K2M-375	435	14	141389710	Sofia Ferreira Araújo	598652094	2022-10-12 13:36:00	250.00	0.00	Multibanco	\N	\N	paga
376	FR SA2022/376	JJ3B7K2M-376	436	84	271201371	Isabel Neves Vieira	598652094	2022-10-13 15:01:00	65.00	0.00	Multibanco	\N	\N	paga
377	FR SA2022/377	JJ3B7K2M-377	438	139	205425720	Ricardo Tavares Simões	598652094	2022-10-15 10:03:00	180.00	0.00	Cartão	\N	\N	paga
378	FR SA2022/378	JJ3B7K2M-378	439	11	188695800	Raquel Sandra Costa Nunes	598652094	2022-10-15 20:45:00	70.00	0.00	Multibanco	\N	\N	paga
379	FR SA2022/379	JJ3B7K2M-379	440	38	299770702	Fernando Rocha Rodrigues	598652094	2022-10-18 19:41:00	35.00	0.00	Multibanco	\N	\N	paga
380	FR SA2022/380	JJ3B7K2M-380	441	63	172518938	Vera Barbosa Vieira	598652094	2022-10-19 10:38:00	250.00	0.00	Multibanco	\N	\N	paga
381	FR SA2022/381	JJ3B7K2M-381	442	53	231027400	Cláudia Teresa Cruz Coelho	598652094	2022-10-19 13:23:00	250.00	0.00	MB WAY	\N	\N	paga
382	FR SA2022/382	JJ3B7K2M-382	443	162	301790833	José Rodrigues Coelho	598652094	2022-10-21 15:23:00	180.00	0.00	Multibanco	\N	\N	paga
383	FR SA2022/383	JJ3B7K2M-383	444	104	342087126	Rui Simões Gomes	598652094	2022-10-23 12:30:00	70.00	0.00	Multibanco	\N	\N	paga
384	FR SA2022/384	JJ3B7K2M-384	445	81	270651837	Rodrigo Cardoso Jesus	598652094	2022-10-24 09:44:00	65.00	0.00	Cartão	\N	\N	paga
385	FR SA2022/385	JJ3B7K2M-385	446	150	269658440	Henrique Matos Lourenço	598652094	2022-10-24 17:32:00	60.00	0.00	Numerário	\N	\N	paga
386	FR SA2022/386	JJ3B7K2M-386	447	34	108497690	Rodrigo Gomes Freitas	598652094	2022-10-24 18:06:00	50.00	0.00	Numerário	\N	\N	paga
387	FR SA2022/387	JJ3B7K2M-387	448	28	150392524	Raquel Catarina Soares Ramos	598652094	2022-10-26 10:01:00	65.00	0.00	Multibanco	\N	\N	paga
388	FR SA2022/388	JJ3B7K2M-388	449	76	189093943	Nuno Monteiro Jesus	598652094	2022-10-27 13:01:00	250.00	0.00	Referência MB	21970	619465024	paga
389	FR SA2022/389	JJ3B7K2M-389	450	129	381765725	Sara Rodrigues Reis	598652094	2022-10-27 16:23:00	950.00	0.00	Numerário	\N	\N	paga
390	FR SA2022/390	JJ3B7K2M-390	451	101	239365712	Lúcia Fernanda Pinto Pinto	598652094	2022-10-27 16:30:00	50.00	0.00	Cartão	\N	\N	paga
391	FR SA2022/391	JJ3B7K2M-391	452	27	244247820	Adelaide Vieira Ferreira	598652094	2022-10-28 18:38:00	180.00	0.00	MB WAY	\N	\N	paga
392	FR SA2022/392	JJ3B7K2M-392	453	27	244247820	Adelaide Vieira Ferreira	598652094	2022-10-29 09:59:00	70.00	0.00	MB WAY	\N	\N	paga
393	FR SA2022/393	JJ3B7K2M-393	454	113	146425723	Rui Araújo Pereira	598652094	2022-10-29 15:33:00	65.00	0.00	MB WAY	\N	\N	paga
394	FR SA2022/394	JJ3B7K2M-394	455	48	272081876	Ana Carla Pinto Correia	598652094	2022-10-31 12:55:00	250.00	0.00	Multibanco	\N	\N	paga
395	FR SA2022/395	JJ3B7K2M-395	456	141	225355388	Cláudia Raquel Rocha Cunha	598652094	2022-10-31 17:31:00	180.00	0.00	MB WAY	\N	\N	pendente
396	FR SA2022/396	JJ3B7K2M-396	457	5	143108379	Teresa Marques Neves	598652094	2022-10-31 19:17:00	55.00	0.00	MB WAY	\N	\N	paga
397	FR SA2022/397	JJ3B7K2M-397	458	102	165579587	Paulo Cruz Almeida	598652094	2022-11-02 15:10:00	180.00	0.00	Numerário	\N	\N	paga
398	FR SA2022/398	JJ3B7K2M-398	459	31	197697810	Sara Rosa Jesus Carvalho	598652094	2022-11-02 18:42:00	950.00	0.00	MB WAY	\N	\N	paga
399	FR SA2022/399	JJ3B7K2M-399	460	158	268040770	Maria Sara Nunes Oliveira	598652094	2022-11-03 10:19:00	60.00	0.00	Cartão	\N	\N	paga
400	FR SA2022/400	JJ3B7K2M-400	461	31	999999990	Consumidor final	598652094	2022-11-05 11:39:00	950.00	0.00	Transferência	\N	\N	paga
401	FR SA2022/401	JJ3B7K2M-401	462	84	999999990	Consumidor final	598652094	2022-11-07 12:29:00	40.00	0.00	Cartão	\N	\N	paga
402	FR SA2022/402	JJ3B7K2M-402	463	36	262265150	Adelaide Filipa Lopes Tavares	598652094	2022-11-07 15:33:00	55.00	0.00	Numerário	\N	\N	paga
403	FR SA2022/403	JJ3B7K2M-403	464	30	251063151	Afonso António Santos Teixeira	598652094	2022-11-08 15:38:00	50.00	0.00	MB WAY	\N	\N	paga
404	FR SA2022/404	JJ3B7K2M-404	465	129	381765725	Sara Rodrigues Reis	598652094	2022-11-09 15:37:00	65.00	0.00	Multibanco	\N	\N	paga
405	FR SA2022/405	JJ3B7K2M-405	466	132	999999990	Consumidor final	598652094	2022-11-11 19:07:00	65.00	0.00	MB WAY	\N	\N	paga
406	FR SA2022/406	JJ3B7K2M-406	467	143	165073373	Ricardo Teixeira Rodrigues	598652094	2022-11-12 12:59:00	250.00	0.00	Cartão	\N	\N	paga
407	FR SA2022/407	JJ3B7K2M-407	468	88	267142463	Pedro Coelho Cunha	598652094	2022-11-14 17:52:00	60.00	0.00	Multibanco	\N	\N	paga
408	FR SA2022/408	JJ3B7K2M-408	469	81	270651837	Rodrigo Cardoso Jesus	598652094	2022-11-14 18:20:00	50.00	0.00	MB WAY	\N	\N	paga
409	FR SA2022/409	JJ3B7K2M-409	470	150	269658440	Henrique Matos Lourenço	598652094	2022-11-15 16:10:00	60.00	0.00	Multibanco	\N	\N	paga
410	FR SA2022/410	JJ3B7K2M-410	471	81	270651837	Rodrigo Cardoso Jesus	598652094	2022-11-16 19:43:00	40.00	0.00	Multibanco	\N	\N	paga
411	FR SA2022/411	JJ3B7K2M-411	474	103	300773595	Paulo Pedro Lopes Pinto	598652094	2022-11-22 18:43:00	35.00	0.00	Multibanco	\N	\N	paga
412	FR SA2022/412	JJ3B7K2M-412	476	111	296357910	Rodrigo Rui Rodrigues Silva	598652094	2022-11-26 11:57:00	250.00	0.00	Numerário	\N	\N	paga
413	FR SA2022/413	JJ3B7K2M-413	477	104	342087126	Rui Simões Gomes	598652094	2022-11-26 11:41:00	65.00	0.00	Cartão	\N	\N	paga
414	FR SA2022/414	JJ3B7K2M-414	479	29	242312691	Raquel Cunha Cardoso	598652094	2022-11-26 13:02:00	60.00	0.00	Cartão	\N	\N	paga
415	FR SA2022/415	JJ3B7K2M-415	480	114	111860644	Rui Vieira Martins	598652094	2022-11-26 14:48:00	50.00	0.00	Cartão	\N	\N	paga
416	FR SA2022/416	JJ3B7K2M-416	482	53	999999990	Consumidor final	598652094	2022-11-27 14:52:00	70.00	0.00	Cartão	\N	\N	paga
417	FR SA2022/417	JJ3B7K2M-417	483	27	244247820	Adelaide Vieira Ferreira	598652094	2022-12-02 19:35:00	35.00	0.00	Referência MB	21680	612860301	paga
418	FR SA2022/418	JJ3B7K2M-418	484	121	113182082	Sara Sofia Matos Cruz	598652094	2022-12-04 11:02:00	950.00	0.00	Cartão	\N	\N	paga
419	FR SA2022/419	JJ3B7K2M-419	485	102	165579587	Paulo Cruz Almeida	598652094	2022-12-07 09:42:00	40.00	0.00	Numerário	\N	\N	paga
420	FR SA2022/420	JJ3B7K2M-420	486	134	340973056	Nuno Machado Cruz	598652094	2022-12-07 15:48:00	65.00	0.00	Numerário	\N	\N	paga
421	FR SA2022/421	JJ3B7K2M-421	487	16	362307695	Henrique Francisco Vieira Reis	598652094	2022-12-07 16:59:00	70.00	0.00	MB WAY	\N	\N	paga
422	FR SA2022/422	JJ3B7K2M-422	488	13	287441059	Maria Lopes Araújo	598652094	2022-12-08 14:43:00	60.00	0.00	Cartão	\N	\N	paga
423	FR SA2022/423	JJ3B7K2M-423	491	7	149078374	Adelaide Rocha Tavares	598652094	2022-12-17 10:11:00	60.00	0.00	MB WAY	\N	\N	paga
424	FR SA2022/424	JJ3B7K2M-424	492	132	204415772	Margarida Sofia Soares Alves	598652094	2022-12-17 13:02:00	70.00	0.00	Numerário	\N	\N	paga
425	FR SA2022/425	JJ3B7K2M-425	493	81	999999990	Consumidor final	598652094	2022-12-18 11:05:00	40.00	0.00	Multibanco	\N	\N	paga
426	FR SA2022/426	JJ3B7K2M-426	494	9	275410382	Matilde Marta Neves Moreira	598652094	2022-12-19 14:19:00	950.00	0.00	Multibanco	\N	\N	paga
427	FR SA2022/427	JJ3B7K2M-427	495	95	277262283	Duarte Vasco Pereira Oliveira	598652094	2022-12-21 11:20:00	180.00	0.00	MB WAY	\N	\N	paga
428	FR SA2022/428	JJ3B7K2M-428	496	7	149078374	Adelaide Rocha Tavares	598652094	2022-12-22 16:55:00	60.00	0.00	Referência MB	21631	173451555	paga
429	FR SA2022/429	JJ3B7K2M-429	497	60	292618557	Isabel Ramos Vieira	598652094	2022-12-23 16:20:00	55.00	0.00	Cartão	\N	\N	paga
430	FR SA2022/430	JJ3B7K2M-430	498	51	220177120	Duarte Gonçalves Carvalho	598652094	2022-12-24 21:08:00	950.00	0.00	Multibanco	\N	\N	paga
431	FR SA2022/431	JJ3B7K2M-431	499	34	108497690	Rodrigo Gomes Freitas	598652094	2022-12-26 13:59:00	180.00	0.00	Multibanco	\N	\N	paga
432	FR SA2022/432	JJ3B7K2M-432	501	81	270651837	Rodrigo Cardoso Jesus	598652094	2022-12-27 18:41:00	55.00	0.00	Numerário	\N	\N	pendente
433	FR SA2022/433	JJ3B7K2M-433	502	104	342087126	Rui Simões Gomes	598652094	2022-12-29 15:35:00	180.00	0.00	Referência MB	21912	652420550	paga
434	FR SA2022/434	JJ3B7K2M-434	503	1	260506893	Patrícia Sofia Ribeiro Antunes	598652094	2022-12-30 16:33:00	50.00	0.00	Multibanco	\N	\N	paga
435	FR SA2022/435	JJ3B7K2M-435	505	119	233162240	Helena Adelaide Jesus Tavares	598652094	2022-12-31 10:43:00	950.00	0.00	Multibanco	\N	\N	paga
436	FR SA2022/436	JJ3B7K2M-436	506	3	145886891	Paulo Silva Fonseca	598652094	2022-12-31 13:22:00	40.00	0.00	MB WAY	\N	\N	paga
437	FR SA2023/437	JJ3B7K2M-437	507	82	373122640	Bruno Mendes Cruz	598652094	2023-01-02 17:24:00	50.00	0.00	Numerário	\N	\N	paga
438	FR SA2023/438	JJ3B7K2M-438	508	150	269658440	Henrique Matos Lourenço	598652094	2023-01-03 18:32:00	35.00	0.00	Cartão	\N	\N	paga
439	FR SA2023/439	JJ3B7K2M-439	509	29	242312691	Raquel Cunha Cardoso	598652094	2023-01-04 11:25:00	60.00	0.00	Numerário	\N	\N	paga
440	FR SA2023/440	JJ3B7K2M-440	511	49	226683133	Francisco Reis Monteiro	598652094	2023-01-06 11:18:00	180.00	0.00	Numerário	\N	\N	paga
441	FR SA2023/441	JJ3B7K2M-441	512	34	999999990	Consumidor final	598652094	2023-01-06 15:02:00	35.00	0.00	Multibanco	\N	\N	paga
442	FR SA2023/442	JJ3B7K2M-442	513	96	129446572	Carlos André Martins Moreira	598652094	2023-01-07 10:07:00	180.00	0.00	Transferência	\N	\N	paga
443	FR SA2023/443	JJ3B7K2M-443	514	159	182569608	Vasco João Gonçalves Jesus	598652094	2023-01-07 12:25:00	65.00	0.00	MB WAY	\N	\N	paga
444	FR SA2023/444	JJ3B7K2M-444	515	138	257267247	Francisco Santos Gomes	598652094	2023-01-07 20:08:00	60.00	0.00	Cartão	\N	\N	paga
445	FR SA2023/445	JJ3B7K2M-445	517	40	308117824	Hugo Machado Correia	598652094	2023-01-11 16:54:00	60.00	0.00	MB WAY	\N	\N	paga
446	FR SA2023/446	JJ3B7K2M-446	518	40	308117824	Hugo Machado Correia	598652094	2023-01-14 09:31:00	60.00	0.00	Referência MB	21596	429758787	paga
447	FR SA2023/447	JJ3B7K2M-447	519	10	299590976	Luís Fonseca Rocha	598652094	2023-01-14 19:17:00	35.00	0.00	Multibanco	\N	\N	paga
448	FR SA2023/448	JJ3B7K2M-448	521	16	362307695	Henrique Francisco Vieira Reis	598652094	2023-01-15 16:17:00	55.00	0.00	Numerário	\N	\N	paga
449	FR SA2023/449	JJ3B7K2M-449	523	104	342087126	Rui Simões Gomes	598652094	2023-01-18 20:15:00	40.00	0.00	Cartão	\N	\N	paga
450	FR SA2023/450	JJ3B7K2M-450	524	140	999999990	Consumidor final	598652094	2023-01-18 20:41:00	70.00	0.00	MB WAY	\N	\N	pendente
451	FR SA2023/451	JJ3B7K2M-451	525	18	290539048	Artur Rocha Gonçalves	598652094	2023-01-20 12:06:00	35.00	0.00	Numerário	\N	\N	paga
452	FR SA2023/452	JJ3B7K2M-452	527	36	262265150	Adelaide Filipa Lopes Tavares	598652094	2023-01-28 14:51:00	65.00	0.00	MB WAY	\N	\N	paga
453	FR SA2023/453	JJ3B7K2M-453	528	57	267648227	Leonor Castro Correia	598652094	2023-01-28 16:12:00	180.00	0.00	Cartão	\N	\N	paga
454	FR SA2023/454	JJ3B7K2M-454	529	33	158582004	Vera Antunes Araújo	598652094	2023-01-29 19:09:00	60.00	0.00	Referência MB	21513	926714809	paga
455	FR SA2023/455	JJ3B7K2M-455	530	148	130651699	Artur Manuel Castro Antunes	598652094	2023-01-30 15:50:00	250.00	0.00	Cartão	\N	\N	paga
456	FR SA2023/456	JJ3B7K2M-456	531	162	999999990	Consumidor final	598652094	2023-01-31 10:14:00	50.00	0.00	Numerário	\N	\N	paga
457	FR SA2023/457	JJ3B7K2M-457	532	163	393053580	Matilde Mendes Teixeira	598652094	2023-02-01 11:11:00	50.00	0.00	Multibanco	\N	\N	paga
458	FR SA2023/458	JJ3B7K2M-458	533	63	172518938	Vera Barbosa Vieira	598652094	2023-02-03 15:07:00	50.00	0.00	Referência MB	21728	056334054	paga
459	FR SA2023/459	JJ3B7K2M-459	534	27	244247820	Adelaide Vieira Ferreira	598652094	2023-02-03 17:38:00	65.00	0.00	Multibanco	\N	\N	paga
460	FR SA2023/460	JJ3B7K2M-460	535	122	238575969	Jorge José Castro Alves	598652094	2023-02-04 15:39:00	65.00	0.00	Multibanco	\N	\N	pendente
461	FR SA2023/461	JJ3B7K2M-461	536	151	200765981	Francisco Duarte Cunha Lourenço	598652094	2023-02-04 15:31:00	40.00	0.00	Referência MB	21104	455586278	paga
462	FR SA2023/462	JJ3B7K2M-462	537	121	113182082	Sara Sofia Matos Cruz	598652094	2023-02-04 18:38:00	950.00	0.00	MB WAY	\N	\N	paga
463	FR SA2023/463	JJ3B7K2M-463	538	53	231027400	Cláudia Teresa Cruz Coelho	598652094	2023-02-05 11:52:00	60.00	0.00	Multibanco	\N	\N	paga
464	FR SA2023/464	JJ3B7K2M-464	539	129	381765725	Sara Rodrigues Reis	598652094	2023-02-05 18:37:00	60.00	0.00	Multibanco	\N	\N	paga
465	FR SA2023/465	JJ3B7K2M-465	540	11	188695800	Raquel Sandra Costa Nunes	598652094	2023-02-06 10:23:00	180.00	0.00	Cartão	\N	\N	paga
466	FR SA2023/466	JJ3B7K2M-466	541	30	251063151	Afonso António Santos Teixeira	598652094	2023-02-07 18:07:00	70.00	0.00	Transferência	\N	\N	paga
467	FR SA2023/467	JJ3B7K2M-467	542	124	999999990	Consumidor final	598652094	2023-02-08 13:25:00	40.00	0.00	Multibanco	\N	\N	paga
468	FR SA2023/468	JJ3B7K2M-468	543	140	147289734	Susana Rocha Correia	598652094	2023-02-08 17:57:00	60.00	0.00	MB WAY	\N	\N	paga
469	FR SA2023/469	JJ3B7K2M-469	544	50	343513692	Carla Tavares Silva	598652094	2023-02-09 17:47:00	35.00	0.00	Multibanco	\N	\N	paga
470	FR SA2023/470	JJ3B7K2M-470	545	9	275410382	Matilde Marta Neves Moreira	598652094	2023-02-10 10:56:00	180.00	0.00	MB WAY	\N	\N	paga
471	FR SA2023/471	JJ3B7K2M-471	547	40	999999990	Consumidor final	598652094	2023-02-11 10:08:00	65.00	0.00	Multibanco	\N	\N	paga
472	FR SA2023/472	JJ3B7K2M-472	548	140	999999990	Consumidor final	598652094	2023-02-14 19:45:00	65.00	0.00	Multibanco	\N	\N	paga
473	FR SA2023/473	JJ3B7K2M-473	550	77	220873194	Vera Helena Gomes Antunes	598652094	2023-02-15 19:18:00	50.00	0.00	Numerário	\N	\N	paga
474	FR SA2023/474	JJ3B7K2M-474	551	119	233162240	Helena Adelaide Jesus Tavares	598652094	2023-02-15 19:39:00	50.00	0.00	Cartão	\N	\N	paga
475	FR SA2023/475	JJ3B7K2M-475	552	2	168330903	Lúcia Marta Coelho Neves	598652094	2023-02-16 17:22:00	950.00	0.00	Multibanco	\N	\N	paga
476	FR SA2023/476	JJ3B7K2M-476	553	14	141389710	Sofia Ferreira Araújo	598652094	2023-02-17 18:37:00	65.00	0.00	MB WAY	\N	\N	pendente
477	FR SA2023/477	JJ3B7K2M-477	554	51	220177120	Duarte Gonçalves Carvalho	598652094	2023-02-18 18:44:00	50.00	0.00	Multibanco	\N	\N	pendente
478	FR SA2023/478	JJ3B7K2M-478	555	3	145886891	Paulo Silva Fonseca	598652094	2023-02-19 11:40:00	180.00	0.00	MB WAY	\N	\N	paga
479	FR SA2023/479	JJ3B7K2M-479	556	151	200765981	Francisco Duarte Cunha Lourenço	598652094	2023-02-19 20:55:00	950.00	0.00	MB WAY	\N	\N	paga
480	FR SA2023/480	JJ3B7K2M-480	557	139	205425720	Ricardo Tavares Simões	598652094	2023-02-20 16:02:00	65.00	0.00	Referência MB	21490	681845151	paga
481	FR SA2023/481	JJ3B7K2M-481	559	45	277225078	Inês Machado Barbosa	598652094	2023-02-25 09:51:00	50.00	0.00	Numerário	\N	\N	paga
482	FR SA2023/482	JJ3B7K2M-482	560	126	192687972	Jorge Francisco Silva Cruz	598652094	2023-02-26 11:30:00	950.00	0.00	Cartão	\N	\N	paga
483	FR SA2023/483	JJ3B7K2M-483	561	1	260506893	Patrícia Sofia Ribeiro Antunes	598652094	2023-02-26 16:50:00	35.00	0.00	Multibanco	\N	\N	paga
484	FR SA2023/484	JJ3B7K2M-484	562	142	121055850	José Gonçalves Tavares	598652094	2023-02-26 20:24:00	70.00	0.00	Multibanco	\N	\N	paga
485	FR SA2023/485	JJ3B7K2M-485	563	88	267142463	Pedro Coelho Cunha	598652094	2023-02-27 12:35:00	40.00	0.00	Multibanco	\N	\N	paga
486	FR SA2023/486	JJ3B7K2M-486	564	132	204415772	Margarida Sofia Soares Alves	598652094	2023-02-28 10:32:00	250.00	0.00	Cartão	\N	\N	paga
487	FR SA2023/487	JJ3B7K2M-487	565	10	299590976	Luís Fonseca Rocha	598652094	2023-03-01 11:43:00	65.00	0.00	MB WAY	\N	\N	paga
488	FR SA2023/488	JJ3B7K2M-488	566	122	999999990	Consumidor final	598652094	2023-03-01 16:25:00	70.00	0.00	MB WAY	\N	\N	paga
489	FR SA2023/489	JJ3B7K2M-489	567	17	260017728	Lúcia Francisca Alves Ramos	598652094	2023-03-03 10:25:00	50.00	0.00	Multibanco	\N	\N	paga
490	FR SA2023/490	JJ3B7K2M-490	568	96	129446572	Carlos André Martins Moreira	598652094	2023-03-03 12:13:00	60.00	0.00	Transferência	\N	\N	paga
491	FR SA2023/491	JJ3B7K2M-491	569	138	999999990	Consumidor final	598652094	2023-03-04 18:42:00	60.00	0.00	Multibanco	\N	\N	paga
492	FR SA2023/492	JJ3B7K2M-492	570	131	117745421	Rosa Adelaide Rocha Machado	598652094	2023-03-05 18:35:00	55.00	0.00	MB WAY	\N	\N	paga
493	FR SA2023/493	JJ3B7K2M-493	572	36	262265150	Adelaide Filipa Lopes Tavares	598652094	2023-03-11 19:25:00	65.00	0.00	Referência MB	21484	246578949	paga
494	FR SA2023/494	JJ3B7K2M-494	573	165	210989700	Isabel Vera Marques Barbosa	598652094	2023-03-14 12:46:00	70.00	0.00	MB WAY	\N	\N	paga
495	FR SA2023/495	JJ3B7K2M-495	574	18	290539048	Artur Rocha Gonçalves	598652094	2023-03-15 16:21:00	35.00	0.00	MB WAY	\N	\N	paga
496	FR SA2023/496	JJ3B7K2M-496	575	126	192687972	Jorge Francisco Silva Cruz	598652094	2023-03-17 13:08:00	950.00	0.00	Multibanco	\N	\N	paga
497	FR SA2023/497	JJ3B7K2M-497	576	157	214015130	Beatriz Raquel Almeida Alves	598652094	2023-03-17 19:25:00	950.00	0.00	Referência MB	21236	161424550	paga
498	FR SA2023/498	JJ3B7K2M-498	578	118	265606802	Tomás Vieira Jesus	598652094	2023-03-19 12:29:00	55.00	0.00	Cartão	\N	\N	paga
499	FR SA2023/499	JJ3B7K2M-499	579	60	292618557	Isabel Ramos Vieira	598652094	2023-03-20 16:17:00	35.00	0.00	Multibanco	\N	\N	paga
500	FR SA2023/500	JJ3B7K2M-500	580	34	108497690	Rodrigo Gomes Freitas	598652094	2023-03-24 15:13:00	55.00	0.00	Cartão	\N	\N	paga
501	FR SA2023/501	JJ3B7K2M-501	581	28	150392524	Raquel Catarina Soares Ramos	598652094	2023-03-24 16:14:00	180.00	0.00	Cartão	\N	\N	paga
502	FR SA2023/502	JJ3B7K2M-502	582	10	299590976	Luís Fonseca Rocha	598652094	2023-03-25 20:01:00	50.00	0.00	MB WAY	\N	\N	paga
503	FR SA2023/503	JJ3B7K2M-503	584	29	242312691	Raquel Cunha Cardoso	598652094	2023-03-28 09:40:00	65.00	0.00	Cartão	\N	\N	paga
504	FR SA2023/504	JJ3B7K2M-504	585	106	119477777	Mariana Carvalho Alves	598652094	2023-03-31 12:57:00	40.00	0.00	Cartão	\N	\N	paga
505	FR SA2023/505	JJ3B7K2M-505	587	29	242312691	Raquel Cunha Cardoso	598652094	2023-04-01 12:03:00	250.00	0.00	Multibanco	\N	\N	paga
506	FR SA2023/506	JJ3B7K2M-506	589	161	107083337	Susana Beatriz Carvalho Pires	598652094	2023-04-02 10:15:00	70.00	0.00	Multibanco	\N	\N	paga
507	FR SA2023/507	JJ3B7K2M-507	590	119	233162240	Helena Adelaide Jesus Tavares	598652094	2023-04-02 10:42:00	55.00	0.00	Multibanco	\N	\N	paga
508	FR SA2023/508	JJ3B7K2M-508	591	17	260017728	Lúcia Francisca Alves Ramos	598652094	2023-04-02 17:48:00	50.00	0.00	Multibanco	\N	\N	paga
509	FR SA2023/509	JJ3B7K2M-509	592	55	999999990	Consumidor final	598652094	2023-04-02 19:23:00	55.00	0.00	MB WAY	\N	\N	paga
510	FR SA2023/510	JJ3B7K2M-510	593	37	267648227	Leonor Castro Correia	598652094	2023-04-03 20:35:00	180.00	0.00	Multibanco	\N	\N	paga
511	FR SA2023/511	JJ3B7K2M-511	595	121	113182082	Sara Sofia Matos Cruz	598652094	2023-04-05 20:49:00	950.00	0.00	Cartão	\N	\N	paga
512	FR SA2023/512	JJ3B7K2M-512	596	76	189093943	Nuno Monteiro Jesus	598652094	2023-04-06 15:35:00	50.00	0.00	Cartão	\N	\N	paga
513	FR SA2023/513	JJ3B7K2M-513	597	55	170635848	Bruno Marques Alves	598652094	2023-04-07 10:41:00	250.00	0.00	MB WAY	\N	\N	paga
514	FR SA2023/514	JJ3B7K2M-514	598	76	189093943	Nuno Monteiro Jesus	598652094	2023-04-07 16:49:00	65.00	0.00	Referência MB	21470	561781987	paga
515	FR SA2023/515	JJ3B7K2M-515	599	164	362927138	Matilde Helena Sousa Lourenço	598652094	2023-04-08 13:26:00	950.00	0.00	Cartão	\N	\N	paga
516	FR SA2023/516	JJ3B7K2M-516	600	85	160204976	Sandra Sousa Silva	598652094	2023-04-09 18:27:00	35.00	0.00	Multibanco	\N	\N	paga
517	FR SA2023/517	JJ3B7K2M-517	602	54	286985179	Tiago Sérgio Simões Martins	598652094	2023-04-12 18:06:00	70.00	0.00	MB WAY	\N	\N	paga
518	FR SA2023/518	JJ3B7K2M-518	603	92	262821389	Patrícia Rodrigues Lopes	598652094	2023-04-14 12:31:00	55.00	0.00	Transferência	\N	\N	paga
519	FR SA2023/519	JJ3B7K2M-519	604	138	257267247	Francisco Santos Gomes	598652094	2023-04-14 14:46:00	70.00	0.00	Multibanco	\N	\N	paga
520	FR SA2023/520	JJ3B7K2M-520	605	53	999999990	Consumidor final	598652094	2023-04-14 18:58:00	35.00	0.00	Cartão	\N	\N	paga
521	FR SA2023/521	JJ3B7K2M-521	606	28	999999990	Consumidor final	598652094	2023-04-17 09:55:00	50.00	0.00	Referência MB	21669	167914629	paga
522	FR SA2023/522	JJ3B7K2M-522	607	34	108497690	Rodrigo Gomes Freitas	598652094	2023-04-19 18:28:00	60.00	0.00	Transferência	\N	\N	paga
523	FR SA2023/523	JJ3B7K2M-523	608	151	200765981	Francisco Duarte Cunha Lourenço	598652094	2023-04-19 19:02:00	180.00	0.00	MB WAY	\N	\N	paga
524	FR SA2023/524	JJ3B7K2M-524	609	10	299590976	Luís Fonseca Rocha	598652094	2023-04-20 15:19:00	65.00	0.00	MB WAY	\N	\N	paga
525	FR SA2023/525	JJ3B7K2M-525	610	138	257267247	Francisco Santos Gomes	598652094	2023-04-20 19:35:00	180.00	0.00	MB WAY	\N	\N	paga
526	FR SA2023/526	JJ3B7K2M-526	611	75	207956014	Sérgio António Lourenço Coelho	598652094	2023-04-22 10:29:00	35.00	0.00	Cartão	\N	\N	paga
527	FR SA2023/527	JJ3B7K2M-527	612	99	286786575	Matilde Araújo Azevedo	598652094	2023-04-22 16:58:00	250.00	0.00	Cartão	\N	\N	paga
528	FR SA2023/528	JJ3B7K2M-528	613	14	141389710	Sofia Ferreira Araújo	598652094	2023-04-22 17:57:00	70.00	0.00	Cartão	\N	\N	paga
529	FR SA2023/529	JJ3B7K2M-529	614	44	314884297	José Martins Ribeiro	598652094	2023-04-23 11:17:00	60.00	0.00	Cartão	\N	\N	paga
530	FR SA2023/530	JJ3B7K2M-530	615	3	145886891	Paulo Silva Fonseca	598652094	2023-04-23 12:48:00	55.00	0.00	Cartão	\N	\N	paga
531	FR SA2023/531	JJ3B7K2M-531	616	133	245397302	Hugo José Fonseca Castro	598652094	2023-04-23 13:57:00	250.00	0.00	Multibanco	\N	\N	paga
532	FR SA2023/532	JJ3B7K2M-532	617	152	292618557	Isabel Ramos Vieira	598652094	2023-04-25 11:05:00	35.00	0.00	MB WAY	\N	\N	paga
533	FR SA2023/533	JJ3B7K2M-533	618	43	303926040	Susana Cruz Freitas	598652094	2023-05-01 17:28:00	180.00	0.00	Referência MB	21867	227291761	pendente
534	FR SA2023/534	JJ3B7K2M-534	619	9	275410382	Matilde Marta Neves Moreira	598652094	2023-05-04 13:32:00	180.00	0.00	MB WAY	\N	\N	paga
535	FR SA2023/535	JJ3B7K2M-535	620	164	999999990	Consumidor final	598652094	2023-05-05 13:45:00	55.00	0.00	Numerário	\N	\N	paga
536	FR SA2023/536	JJ3B7K2M-536	622	90	152974970	Sofia Vera Cardoso Figueiredo	598652094	2023-05-10 10:43:00	60.00	0.00	Multibanco	\N	\N	paga
537	FR SA2023/537	JJ3B7K2M-537	623	30	251063151	Afonso António Santos Teixeira	598652094	2023-05-12 09:34:00	40.00	0.00	Cartão	\N	\N	paga
538	FR SA2023/538	JJ3B7K2M-538	624	161	999999990	Consumidor final	598652094	2023-05-12 10:55:00	40.00	0.00	Referência MB	21716	818953362	paga
539	FR SA2023/539	JJ3B7K2M-539	625	14	141389710	Sofia Ferreira Araújo	598652094	2023-05-13 11:38:00	65.00	0.00	Multibanco	\N	\N	paga
540	FR SA2023/540	JJ3B7K2M-540	626	66	176623698	Raquel Catarina Cruz Ramos	598652094	2023-05-15 11:24:00	60.00	0.00	Referência MB	21211	268546789	pendente
541	FR SA2023/541	JJ3B7K2M-541	627	85	160204976	Sandra Sousa Silva	598652094	2023-05-15 11:39:00	50.00	0.00	Numerário	\N	\N	pendente
542	FR SA2023/542	JJ3B7K2M-542	628	33	158582004	Vera Antunes Araújo	598652094	2023-05-18 12:02:00	55.00	0.00	MB WAY	\N	\N	paga
543	FR SA2023/543	JJ3B7K2M-543	629	53	231027400	Cláudia Teresa Cruz Coelho	598652094	2023-05-18 18:55:00	60.00	0.00	Multibanco	\N	\N	paga
544	FR SA2023/544	JJ3B7K2M-544	630	165	210989700	Isabel Vera Marques Barbosa	598652094	2023-05-19 10:02:00	40.00	0.00	Cartão	\N	\N	paga
545	FR SA2023/545	JJ3B7K2M-545	632	36	262265150	Adelaide Filipa Lopes Tavares	598652094	2023-05-20 13:05:00	40.00	0.00	Multibanco	\N	\N	paga
546	FR SA2023/546	JJ3B7K2M-546	633	138	257267247	Francisco Santos Gomes	598652094	2023-05-20 20:20:00	55.00	0.00	Cartão	\N	\N	paga
547	FR SA2023/547	JJ3B7K2M-547	634	56	238467988	Bruno Diogo Neves Coelho	598652094	2023-05-21 12:14:00	35.00	0.00	Numerário	\N	\N	paga
548	FR SA2023/548	JJ3B7K2M-548	635	107	270509291	Tiago Bruno Silva Neves	598652094	2023-05-24 10:27:00	40.00	0.00	MB WAY	\N	\N	paga
549	FR SA2023/549	JJ3B7K2M-549	636	140	147289734	Susana Rocha Correia	598652094	2023-05-24 11:21:00	250.00	0.00	Transferência	\N	\N	pendente
550	FR SA2023/550	JJ3B7K2M-550	638	49	226683133	Francisco Reis Monteiro	598652094	2023-05-24 19:39:00	40.00	0.00	Multibanco	\N	\N	paga
551	FR SA2023/551	JJ3B7K2M-551	639	162	301790833	José Rodrigues Coelho	598652094	2023-05-28 11:03:00	70.00	0.00	Transferência	\N	\N	paga
552	FR SA2023/552	JJ3B7K2M-552	641	158	999999990	Consumidor final	598652094	2023-05-29 20:20:00	250.00	0.00	MB WAY	\N	\N	paga
553	FR SA2023/553	JJ3B7K2M-553	642	10	299590976	Luís Fonseca Rocha	598652094	2023-05-30 10:42:00	50.00	0.00	Cartão	\N	\N	paga
554	FR SA2023/554	JJ3B7K2M-554	643	164	999999990	Consumidor final	598652094	2023-05-30 20:52:00	250.00	0.00	Multibanco	\N	\N	paga
555	FR SA2023/555	JJ3B7K2M-555	645	73	390794996	Fernando Moreira Azevedo	598652094	2023-06-02 12:01:00	60.00	0.00	Transferência	\N	\N	paga
556	FR SA2023/556	JJ3B7K2M-556	646	39	999999990	Consumidor final	598652094	2023-06-03 10:05:00	65.00	0.00	MB WAY	\N	\N	pendente
557	FR SA2023/557	JJ3B7K2M-557	647	30	251063151	Afonso António Santos Teixeira	598652094	2023-06-03 14:31:00	35.00	0.00	Multibanco	\N	\N	paga
558	FR SA2023/558	JJ3B7K2M-558	648	39	264844092	Duarte Lopes Lourenço	598652094	2023-06-04 19:23:00	50.00	0.00	MB WAY	\N	\N	paga
559	FR SA2023/559	JJ3B7K2M-559	649	32	185268820	Vasco Rui Moreira Machado	598652094	2023-06-06 09:27:00	60.00	0.00	Numerário	\N	\N	paga
560	FR SA2023/560	JJ3B7K2M-560	650	73	390794996	Fernando Moreira Azevedo	598652094	2023-06-06 17:48:00	55.00	0.00	Referência MB	21539	270491287	paga
561	FR SA2023/561	JJ3B7K2M-561	653	106	119477777	Mariana Carvalho Alves	598652094	2023-06-10 11:45:00	60.00	0.00	Cartão	\N	\N	paga
562	FR SA2023/562	JJ3B7K2M-562	654	80	244462305	Jorge Duarte Vieira Silva	598652094	2023-06-11 17:30:00	950.00	0.00	Multibanco	\N	\N	paga
563	FR SA2023/563	JJ3B7K2M-563	656	44	314884297	José Martins Ribeiro	598652094	2023-06-13 10:28:00	55.00	0.00	Cartão	\N	\N	paga
564	FR SA2023/564	JJ3B7K2M-564	657	18	290539048	Artur Rocha Gonçalves	598652094	2023-06-13 19:44:00	60.00	0.00	MB WAY	\N	\N	paga
565	FR SA2023/565	JJ3B7K2M-565	658	131	117745421	Rosa Adelaide Rocha Machado	598652094	2023-06-15 09:56:00	35.00	0.00	Cartão	\N	\N	paga
566	FR SA2023/566	JJ3B7K2M-566	659	84	271201371	Isabel Neves Vieira	598652094	2023-06-15 12:16:00	60.00	0.00	MB WAY	\N	\N	paga
567	FR SA2023/567	JJ3B7K2M-567	662	74	213433559	Matilde Francisca Azevedo Oliveira	598652094	2023-06-18 15:19:00	35.00	0.00	Cartão	\N	\N	paga
568	FR SA2023/568	JJ3B7K2M-568	664	129	381765725	Sara Rodrigues Reis	598652094	2023-06-19 09:33:00	60.00	0.00	Cartão	\N	\N	paga
569	FR SA2023/569	JJ3B7K2M-569	665	114	111860644	Rui Vieira Martins	598652094	2023-06-20 13:27:00	180.00	0.00	Multibanco	\N	\N	paga
570	FR SA2023/570	JJ3B7K2M-570	667	31	197697810	Sara Rosa Jesus Carvalho	598652094	2023-06-22 10:55:00	40.00	0.00	Multibanco	\N	\N	paga
571	FR SA2023/571	JJ3B7K2M-571	668	50	343513692	Carla Tavares Silva	598652094	2023-06-22 12:32:00	250.00	0.00	Multibanco	\N	\N	paga
572	FR SA2023/572	JJ3B7K2M-572	669	106	999999990	Consumidor final	598652094	2023-06-25 09:47:00	60.00	0.00	Multibanco	\N	\N	paga
573	FR SA2023/573	JJ3B7K2M-573	671	158	268040770	Maria Sara Nunes Oliveira	598652094	2023-06-25 16:25:00	35.00	0.00	Numerário	\N	\N	paga
574	FR SA2023/574	JJ3B7K2M-574	672	121	113182082	Sara Sofia Matos Cruz	598652094	2023-06-28 09:46:00	60.00	0.00	Referência MB	21259	344105059	paga
575	FR SA2023/575	JJ3B7K2M-575	673	161	107083337	Susana Beatriz Carvalho Pires	598652094	2023-06-28 10:59:00	65.00	0.00	Cartão	\N	\N	paga
576	FR SA2023/576	JJ3B7K2M-576	675	87	106289454	Gonçalo Almeida Ribeiro	598652094	2023-07-04 10:14:00	35.00	0.00	MB WAY	\N	\N	paga
577	FR SA2023/577	JJ3B7K2M-577	676	145	154814229	Rita Vieira Neves	598652094	2023-07-05 20:24:00	50.00	0.00	Multibanco	\N	\N	paga
578	FR SA2023/578	JJ3B7K2M-578	677	46	291334180	Gonçalo Neves Martins	598652094	2023-07-06 09:46:00	65.00	0.00	MB WAY	\N	\N	paga
579	FR SA2023/579	JJ3B7K2M-579	678	161	107083337	Susana Beatriz Carvalho Pires	598652094	2023-07-06 19:53:00	35.00	0.00	Cartão	\N	\N	paga
580	FR SA2023/580	JJ3B7K2M-580	679	33	158582004	Vera Antunes Araújo	598652094	2023-07-07 10:19:00	55.00	0.00	Multibanco	\N	\N	pendente
581	FR SA2023/581	JJ3B7K2M-581	680	76	189093943	Nuno Monteiro Jesus	598652094	2023-07-07 10:05:00	50.00	0.00	MB WAY	\N	\N	paga
582	FR SA2023/582	JJ3B7K2M-582	682	86	187902623	Vasco Soares Correia	598652094	2023-07-07 12:16:00	35.00	0.00	Referência MB	21164	965232084	paga
583	FR SA2023/583	JJ3B7K2M-583	684	43	303926040	Susana Cruz Freitas	598652094	2023-07-07 16:41:00	55.00	0.00	Multibanco	\N	\N	paga
584	FR SA2023/584	JJ3B7K2M-584	685	1	260506893	Patrícia Sofia Ribeiro Antunes	598652094	2023-07-08 14:33:00	35.00	0.00	Multibanco	\N	\N	paga
585	FR SA2023/585	JJ3B7K2M-585	687	63	172518938	Vera Barbosa Vieira	598652094	2023-07-10 10:00:00	55.00	0.00	Transferência	\N	\N	paga
586	FR SA2023/586	JJ3B7K2M-586	688	124	111350417	André Marques Reis	598652094	2023-07-10 10:16:00	40.00	0.00	Cartão	\N	\N	paga
587	FR SA2023/587	JJ3B7K2M-587	689	151	200765981	Francisco Duarte Cunha Lourenço	598652094	2023-07-10 18:09:00	55.00	0.00	Multibanco	\N	\N	paga
588	FR SA2023/588	JJ3B7K2M-588	691	34	108497690	Rodrigo Gomes Freitas	598652094	2023-07-13 10:51:00	950.00	0.00	Cartão	\N	\N	paga
589	FR SA2023/589	JJ3B7K2M-589	692	154	210913746	Ricardo Sérgio Cardoso Sousa	598652094	2023-07-13 11:27:00	50.00	0.00	Multibanco	\N	\N	paga
590	FR SA2023/590	JJ3B7K2M-590	693	155	264844092	Duarte Lopes Lourenço	598652094	2023-07-13 16:43:00	60.00	0.00	Multibanco	\N	\N	paga
591	FR SA2023/591	JJ3B7K2M-591	694	15	137670303	Francisco Pinto Azevedo	598652094	2023-07-16 19:59:00	950.00	0.00	Multibanco	\N	\N	paga
592	FR SA2023/592	JJ3B7K2M-592	695	1	260506893	Patrícia Sofia Ribeiro Antunes	598652094	2023-07-17 12:56:00	70.00	0.00	Multibanco	\N	\N	paga
593	FR SA2023/593	JJ3B7K2M-593	696	91	250220873	Helena Freitas Cardoso	598652094	2023-07-20 11:17:00	70.00	0.00	Cartão	\N	\N	paga
594	FR SA2023/594	JJ3B7K2M-594	697	4	204415772	Margarida Sofia Soares Alves	598652094	2023-07-20 17:03:00	60.00	0.00	Cartão	\N	\N	paga
595	FR SA2023/595	JJ3B7K2M-595	698	101	239365712	Lúcia Fernanda Pinto Pinto	598652094	2023-07-21 18:39:00	180.00	0.00	MB WAY	\N	\N	paga
596	FR SA2023/596	JJ3B7K2M-596	699	138	257267247	Francisco Santos Gomes	598652094	2023-07-23 12:42:00	180.00	0.00	MB WAY	\N	\N	paga
597	FR SA2023/597	JJ3B7K2M-597	702	55	170635848	Bruno Marques Alves	598652094	2023-07-27 18:52:00	250.00	0.00	Multibanco	\N	\N	paga
598	FR SA2023/598	JJ3B7K2M-598	703	161	107083337	Susana Beatriz Carvalho Pires	598652094	2023-07-29 11:19:00	65.00	0.00	Multibanco	\N	\N	paga
599	FR SA2023/599	JJ3B7K2M-599	704	100	999999990	Consumidor final	598652094	2023-07-30 12:41:00	35.00	0.00	MB WAY	\N	\N	paga
600	FR SA2023/600	JJ3B7K2M-600	705	157	214015130	Beatriz Raquel Almeida Alves	598652094	2023-07-30 18:37:00	40.00	0.00	Numerário	\N	\N	paga
601	FR SA2023/601	JJ3B7K2M-601	706	117	200986740	Inês Almeida Monteiro	598652094	2023-07-31 11:39:00	70.00	0.00	Multibanco	\N	\N	paga
602	FR SA2023/602	JJ3B7K2M-602	708	32	185268820	Vasco Rui Moreira Machado	598652094	2023-08-01 16:43:00	55.00	0.00	Cartão	\N	\N	paga
603	FR SA2023/603	JJ3B7K2M-603	709	100	159202515	Inês Matilde Tavares Simões	598652094	2023-08-02 15:23:00	250.00	0.00	Cartão	\N	\N	paga
604	FR SA2023/604	JJ3B7K2M-604	711	106	119477777	Mariana Carvalho Alves	598652094	2023-08-06 11:39:00	60.00	0.00	Multibanco	\N	\N	paga
605	FR SA2023/605	JJ3B7K2M-605	712	138	257267247	Francisco Santos Gomes	598652094	2023-08-06 19:42:00	950.00	0.00	Cartão	\N	\N	paga
606	FR SA2023/606	JJ3B7K2M-606	713	10	299590976	Luís Fonseca Rocha	598652094	2023-08-08 15:51:00	50.00	0.00	Referência MB	21721	578854085	paga
607	FR SA2023/607	JJ3B7K2M-607	714	124	111350417	André Marques Reis	598652094	2023-08-08 17:01:00	40.00	0.00	MB WAY	\N	\N	paga
608	FR SA2023/608	JJ3B7K2M-608	716	28	150392524	Raquel Catarina Soares Ramos	598652094	2023-08-10 10:28:00	60.00	0.00	Numerário	\N	\N	paga
609	FR SA2023/609	JJ3B7K2M-609	717	5	143108379	Teresa Marques Neves	598652094	2023-08-10 12:26:00	65.00	0.00	Cartão	\N	\N	paga
610	FR SA2023/610	JJ3B7K2M-610	718	24	204415772	Margarida Sofia Soares Alves	598652094	2023-08-10 17:18:00	250.00	0.00	MB WAY	\N	\N	paga
611	FR SA2023/611	JJ3B7K2M-611	720	69	200132636	Duarte Alves Rocha	598652094	2023-08-13 18:57:00	250.00	0.00	Cartão	\N	\N	paga
612	FR SA2023/612	JJ3B7K2M-612	721	106	999999990	Consumidor final	598652094	2023-08-14 15:11:00	35.00	0.00	Numerário	\N	\N	paga
613	FR SA2023/613	JJ3B7K2M-613	722	97	226224910	Artur Ribeiro Cruz	598652094	2023-08-14 19:22:00	70.00	0.00	Multibanco	\N	\N	paga
614	FR SA2023/614	JJ3B7K2M-614	723	121	113182082	Sara Sofia Matos Cruz	598652094	2023-08-15 12:16:00	50.00	0.00	Cartão	\N	\N	paga
615	FR SA2023/615	JJ3B7K2M-615	724	74	213433559	Matilde Francisca Azevedo Oliveira	598652094	2023-08-16 19:33:00	70.00	0.00	MB WAY	\N	\N	paga
616	FR SA2023/616	JJ3B7K2M-616	725	101	239365712	Lúcia Fernanda Pinto Pinto	598652094	2023-08-17 13:13:00	250.00	0.00	Multibanco	\N	\N	paga
617	FR SA2023/617	JJ3B7K2M-617	726	126	192687972	Jorge Francisco Silva Cruz	598652094	2023-08-19 11:34:00	50.00	0.00	Transferência	\N	\N	paga
618	FR SA2023/618	JJ3B7K2M-618	728	162	301790833	José Rodrigues Coelho	598652094	2023-08-20 19:14:00	50.00	0.00	Multibanco	\N	\N	paga
619	FR SA2023/619	JJ3B7K2M-619	729	139	205425720	Ricardo Tavares Simões	598652094	2023-08-22 11:56:00	50.00	0.00	Multibanco	\N	\N	paga
620	FR SA2023/620	JJ3B7K2M-620	730	133	245397302	Hugo José Fonseca Castro	598652094	2023-08-22 16:41:00	250.00	0.00	Multibanco	\N	\N	paga
621	FR SA2023/621	JJ3B7K2M-621	731	113	146425723	Rui Araújo Pereira	598652094	2023-08-24 15:29:00	65.00	0.00	MB WAY	\N	\N	paga
622	FR SA2023/622	JJ3B7K2M-622	733	57	267648227	Leonor Castro Correia	598652094	2023-08-25 11:47:00	70.00	0.00	Multibanco	\N	\N	paga
623	FR SA2023/623	JJ3B7K2M-623	735	99	286786575	Matilde Araújo Azevedo	598652094	2023-08-25 17:32:00	65.00	0.00	MB WAY	\N	\N	paga
624	FR SA2023/624	JJ3B7K2M-624	736	140	147289734	Susana Rocha Correia	598652094	2023-08-27 10:12:00	40.00	0.00	Numerário	\N	\N	paga
625	FR SA2023/625	JJ3B7K2M-625	737	106	119477777	Mariana Carvalho Alves	598652094	2023-08-28 18:07:00	40.00	0.00	Cartão	\N	\N	paga
626	FR SA2023/626	JJ3B7K2M-626	738	49	226683133	Francisco Reis Monteiro	598652094	2023-08-30 09:57:00	55.00	0.00	Numerário	\N	\N	paga
627	FR SA2023/627	JJ3B7K2M-627	739	160	125758197	Joana Gomes Santos	598652094	2023-08-31 10:37:00	180.00	0.00	Multibanco	\N	\N	paga
628	FR SA2023/628	JJ3B7K2M-628	741	96	129446572	Carlos André Martins Moreira	598652094	2023-09-01 13:23:00	180.00	0.00	MB WAY	\N	\N	paga
629	FR SA2023/629	JJ3B7K2M-629	742	18	290539048	Artur Rocha Gonçalves	598652094	2023-09-01 13:04:00	40.00	0.00	Multibanco	\N	\N	paga
630	FR SA2023/630	JJ3B7K2M-630	743	58	999999990	Consumidor final	598652094	2023-09-01 19:16:00	950.00	0.00	Numerário	\N	\N	paga
631	FR SA2023/631	JJ3B7K2M-631	744	160	125758197	Joana Gomes Santos	598652094	2023-09-03 09:46:00	55.00	0.00	Multibanco	\N	\N	paga
632	FR SA2023/632	JJ3B7K2M-632	745	46	291334180	Gonçalo Neves Martins	598652094	2023-09-03 10:28:00	180.00	0.00	Transferência	\N	\N	paga
633	FR SA2023/633	JJ3B7K2M-633	746	28	150392524	Raquel Catarina Soares Ramos	598652094	2023-09-04 20:33:00	950.00	0.00	Cartão	\N	\N	paga
634	FR SA2023/634	JJ3B7K2M-634	747	29	242312691	Raquel Cunha Cardoso	598652094	2023-09-05 18:39:00	40.00	0.00	Multibanco	\N	\N	paga
635	FR SA2023/635	JJ3B7K2M-635	748	34	108497690	Rodrigo Gomes Freitas	598652094	2023-09-07 10:07:00	60.00	0.00	Multibanco	\N	\N	paga
636	FR SA2023/636	JJ3B7K2M-636	750	46	291334180	Gonçalo Neves Martins	598652094	2023-09-07 11:48:00	50.00	0.00	Multibanco	\N	\N	paga
637	FR SA2023/637	JJ3B7K2M-637	751	106	119477777	Mariana Carvalho Alves	598652094	2023-09-08 09:40:00	60.00	0.00	MB WAY	\N	\N	paga
638	FR SA2023/638	JJ3B7K2M-638	752	63	172518938	Vera Barbosa Vieira	598652094	2023-09-08 19:09:00	950.00	0.00	Numerário	\N	\N	paga
639	FR SA2023/639	JJ3B7K2M-639	753	153	260080489	Lúcia Catarina Azevedo Moreira	598652094	2023-09-09 15:29:00	180.00	0.00	Multibanco	\N	\N	paga
640	FR SA2023/640	JJ3B7K2M-640	754	68	290539048	Artur Rocha Gonçalves	598652094	2023-09-10 15:14:00	40.00	0.00	Multibanco	\N	\N	paga
641	FR SA2023/641	JJ3B7K2M-641	756	132	204415772	Margarida Sofia Soares Alves	598652094	2023-09-14 12:21:00	70.00	0.00	Multibanco	\N	\N	paga
642	FR SA2023/642	JJ3B7K2M-642	757	55	170635848	Bruno Marques Alves	598652094	2023-09-15 10:37:00	70.00	0.00	Cartão	\N	\N	paga
643	FR SA2023/643	JJ3B7K2M-643	758	160	125758197	Joana Gomes Santos	598652094	2023-09-15 16:36:00	950.00	0.00	MB WAY	\N	\N	paga
644	FR SA2023/644	JJ3B7K2M-644	759	121	113182082	Sara Sofia Matos Cruz	598652094	2023-09-17 15:04:00	70.00	0.00	MB WAY	\N	\N	paga
645	FR SA2023/645	JJ3B7K2M-645	760	15	137670303	Francisco Pinto Azevedo	598652094	2023-09-19 12:10:00	950.00	0.00	MB WAY	\N	\N	paga
646	FR SA2023/646	JJ3B7K2M-646	762	153	260080489	Lúcia Catarina Azevedo Moreira	598652094	2023-09-19 15:56:00	55.00	0.00	MB WAY	\N	\N	paga
647	FR SA2023/647	JJ3B7K2M-647	763	161	107083337	Susana Beatriz Carvalho Pires	598652094	2023-09-19 17:10:00	950.00	0.00	Multibanco	\N	\N	paga
648	FR SA2023/648	JJ3B7K2M-648	764	30	251063151	Afonso António Santos Teixeira	598652094	2023-09-19 19:33:00	250.00	0.00	MB WAY	\N	\N	paga
649	FR SA2023/649	JJ3B7K2M-649	765	39	264844092	Duarte Lopes Lourenço	598652094	2023-09-20 13:24:00	70.00	0.00	MB WAY	\N	\N	paga
650	FR SA2023/650	JJ3B7K2M-650	766	33	158582004	Vera Antunes Araújo	598652094	2023-09-21 09:43:00	60.00	0.00	Numerário	\N	\N	paga
651	FR SA2023/651	JJ3B7K2M-651	767	30	999999990	Consumidor final	598652094	2023-09-21 11:58:00	35.00	0.00	MB WAY	\N	\N	paga
652	FR SA2023/652	JJ3B7K2M-652	770	20	999999990	Consumidor final	598652094	2023-09-23 17:34:00	180.00	0.00	Transferência	\N	\N	paga
653	FR SA2023/653	JJ3B7K2M-653	771	51	999999990	Consumidor final	598652094	2023-09-25 16:54:00	35.00	0.00	Multibanco	\N	\N	paga
654	FR SA2023/654	JJ3B7K2M-654	772	96	129446572	Carlos André Martins Moreira	598652094	2023-09-26 14:38:00	50.00	0.00	Referência MB	21416	542289824	paga
655	FR SA2023/655	JJ3B7K2M-655	773	20	206729103	Rodrigo Rui Pires Vieira	598652094	2023-09-27 17:35:00	70.00	0.00	MB WAY	\N	\N	paga
656	FR SA2023/656	JJ3B7K2M-656	774	148	130651699	Artur Manuel Castro Antunes	598652094	2023-09-27 18:36:00	55.00	0.00	MB WAY	\N	\N	paga
657	FR SA2023/657	JJ3B7K2M-657	776	121	113182082	Sara Sofia Matos Cruz	598652094	2023-09-29 11:11:00	250.00	0.00	MB WAY	\N	\N	paga
658	FR SA2023/658	JJ3B7K2M-658	777	9	275410382	Matilde Marta Neves Moreira	598652094	2023-09-29 19:20:00	180.00	0.00	Multibanco	\N	\N	anulada
659	FR SA2023/659	JJ3B7K2M-659	778	117	200986740	Inês Almeida Monteiro	598652094	2023-10-01 10:33:00	70.00	0.00	Numerário	\N	\N	paga
660	FR SA2023/660	JJ3B7K2M-660	779	98	212461486	Inês Lourenço Santos	598652094	2023-10-02 15:37:00	40.00	0.00	Cartão	\N	\N	paga
661	FR SA2023/661	JJ3B7K2M-661	780	27	244247820	Adelaide Vieira Ferreira	598652094	2023-10-03 10:30:00	50.00	0.00	Cartão	\N	\N	paga
662	FR SA2023/662	JJ3B7K2M-662	781	126	192687972	Jorge Francisco Silva Cruz	598652094	2023-10-04 15:14:00	250.00	0.00	Multibanco	\N	\N	paga
663	FR SA2023/663	JJ3B7K2M-663	782	48	272081876	Ana Carla Pinto Correia	598652094	2023-10-04 16:11:00	60.00	0.00	Multibanco	\N	\N	paga
664	FR SA2023/664	JJ3B7K2M-664	783	95	999999990	Consumidor final	598652094	2023-10-05 09:22:00	60.00	0.00	Referência MB	21382	091199333	paga
665	FR SA2023/665	JJ3B7K2M-665	784	132	204415772	Margarida Sofia Soares Alves	598652094	2023-10-06 12:49:00	50.00	0.00	Multibanco	\N	\N	paga
666	FR SA2023/666	JJ3B7K2M-666	785	35	385547293	Artur Paulo Cruz Reis	598652094	2023-10-07 10:04:00	60.00	0.00	Numerário	\N	\N	paga
667	FR SA2023/667	JJ3B7K2M-667	787	160	125758197	Joana Gomes Santos	598652094	2023-10-08 11:11:00	35.00	0.00	Multibanco	\N	\N	paga
668	FR SA2023/668	JJ3B7K2M-668	788	124	111350417	André Marques Reis	598652094	2023-10-09 16:42:00	40.00	0.00	Multibanco	\N	\N	paga
669	FR SA2023/669	JJ3B7K2M-669	789	26	114619093	Vasco Santos Mendes	598652094	2023-10-10 20:05:00	35.00	0.00	Referência MB	21905	190924263	paga
670	FR SA2023/670	JJ3B7K2M-670	790	86	187902623	Vasco Soares Correia	598652094	2023-10-10 20:20:00	65.00	0.00	Referência MB	21363	842164338	paga
671	FR SA2023/671	JJ3B7K2M-671	791	96	129446572	Carlos André Martins Moreira	598652094	2023-10-12 10:55:00	70.00	0.00	Cartão	\N	\N	pendente
672	FR SA2023/672	JJ3B7K2M-672	792	129	381765725	Sara Rodrigues Reis	598652094	2023-10-12 11:27:00	250.00	0.00	Transferência	\N	\N	pendente
673	FR SA2023/673	JJ3B7K2M-673	794	158	268040770	Maria Sara Nunes Oliveira	598652094	2023-10-13 16:02:00	50.00	0.00	Multibanco	\N	\N	paga
674	FR SA2023/674	JJ3B7K2M-674	795	57	267648227	Leonor Castro Correia	598652094	2023-10-14 12:10:00	50.00	0.00	Cartão	\N	\N	paga
675	FR SA2023/675	JJ3B7K2M-675	796	132	204415772	Margarida Sofia Soares Alves	598652094	2023-10-14 20:58:00	250.00	0.00	Referência MB	21749	732544842	paga
676	FR SA2023/676	JJ3B7K2M-676	797	160	125758197	Joana Gomes Santos	598652094	2023-10-17 15:43:00	50.00	0.00	Referência MB	21282	464808379	paga
677	FR SA2023/677	JJ3B7K2M-677	798	141	999999990	Consumidor final	598652094	2023-10-17 17:26:00	950.00	0.00	Multibanco	\N	\N	paga
678	FR SA2023/678	JJ3B7K2M-678	799	17	999999990	Consumidor final	598652094	2023-10-17 19:24:00	60.00	0.00	Numerário	\N	\N	pendente
679	FR SA2023/679	JJ3B7K2M-679	800	46	291334180	Gonçalo Neves Martins	598652094	2023-10-18 10:42:00	50.00	0.00	Numerário	\N	\N	paga
680	FR SA2023/680	JJ3B7K2M-680	801	36	262265150	Adelaide Filipa Lopes Tavares	598652094	2023-10-18 19:59:00	65.00	0.00	Transferência	\N	\N	paga
681	FR SA2023/681	JJ3B7K2M-681	802	143	165073373	Ricardo Teixeira Rodrigues	598652094	2023-10-19 11:48:00	180.00	0.00	MB WAY	\N	\N	pendente
682	FR SA2023/682	JJ3B7K2M-682	804	154	210913746	Ricardo Sérgio Cardoso Sousa	598652094	2023-10-20 10:08:00	60.00	0.00	Multibanco	\N	\N	paga
683	FR SA2023/683	JJ3B7K2M-683	805	162	301790833	José Rodrigues Coelho	598652094	2023-10-20 16:54:00	55.00	0.00	Transferência	\N	\N	paga
684	FR SA2023/684	JJ3B7K2M-684	806	35	385547293	Artur Paulo Cruz Reis	598652094	2023-10-20 19:13:00	250.00	0.00	Multibanco	\N	\N	anulada
685	FR SA2023/685	JJ3B7K2M-685	807	125	254269796	Rodrigo Ricardo Rodrigues Vieira	598652094	2023-10-20 19:46:00	70.00	0.00	MB WAY	\N	\N	paga
686	FR SA2023/686	JJ3B7K2M-686	808	112	312271212	José Tavares Marques	598652094	2023-10-22 09:56:00	35.00	0.00	MB WAY	\N	\N	paga
687	FR SA2023/687	JJ3B7K2M-687	809	34	108497690	Rodrigo Gomes Freitas	598652094	2023-10-22 12:31:00	950.00	0.00	Multibanco	\N	\N	paga
688	FR SA2023/688	JJ3B7K2M-688	810	152	292618557	Isabel Ramos Vieira	598652094	2023-10-23 11:12:00	40.00	0.00	MB WAY	\N	\N	paga
689	FR SA2023/689	JJ3B7K2M-689	811	92	999999990	Consumidor final	598652094	2023-10-23 16:05:00	250.00	0.00	MB WAY	\N	\N	paga
690	FR SA2023/690	JJ3B7K2M-690	812	112	312271212	José Tavares Marques	598652094	2023-10-23 16:39:00	950.00	0.00	Multibanco	\N	\N	paga
691	FR SA2023/691	JJ3B7K2M-691	813	102	165579587	Paulo Cruz Almeida	598652094	2023-10-26 20:31:00	950.00	0.00	MB WAY	\N	\N	paga
692	FR SA2023/692	JJ3B7K2M-692	814	63	172518938	Vera Barbosa Vieira	598652094	2023-10-27 09:56:00	70.00	0.00	MB WAY	\N	\N	paga
693	FR SA2023/693	JJ3B7K2M-693	815	144	240947916	Sandra Marta Simões Coelho	598652094	2023-10-28 11:50:00	950.00	0.00	Cartão	\N	\N	paga
694	FR SA2023/694	JJ3B7K2M-694	816	41	342229419	Diogo Cunha Mendes	598652094	2023-10-29 17:15:00	950.00	0.00	MB WAY	\N	\N	paga
695	FR SA2023/695	JJ3B7K2M-695	817	148	130651699	Artur Manuel Castro Antunes	598652094	2023-10-30 17:43:00	50.00	0.00	Multibanco	\N	\N	paga
696	FR SA2023/696	JJ3B7K2M-696	818	35	999999990	Consumidor final	598652094	2023-10-31 16:25:00	50.00	0.00	Cartão	\N	\N	paga
697	FR SA2023/697	JJ3B7K2M-697	819	101	239365712	Lúcia Fernanda Pinto Pinto	598652094	2023-10-31 17:58:00	70.00	0.00	MB WAY	\N	\N	paga
698	FR SA2023/698	JJ3B7K2M-698	820	111	999999990	Consumidor final	598652094	2023-11-01 11:21:00	60.00	0.00	Multibanco	\N	\N	paga
699	FR SA2023/699	JJ3B7K2M-699	821	120	266233031	Isabel Almeida Rodrigues	598652094	2023-11-02 10:12:00	60.00	0.00	Numerário	\N	\N	paga
700	FR SA2023/700	JJ3B7K2M-700	822	141	225355388	Cláudia Raquel Rocha Cunha	598652094	2023-11-04 12:45:00	40.00	0.00	Transferência	\N	\N	paga
701	FR SA2023/701	JJ3B7K2M-701	824	56	238467988	Bruno Diogo Neves Coelho	598652094	2023-11-05 13:22:00	70.00	0.00	Transferência	\N	\N	paga
702	FR SA2023/702	JJ3B7K2M-702	825	114	111860644	Rui Vieira Martins	598652094	2023-11-06 13:54:00	180.00	0.00	MB WAY	\N	\N	paga
703	FR SA2023/703	JJ3B7K2M-703	826	73	390794996	Fernando Moreira Azevedo	598652094	2023-11-06 16:28:00	40.00	0.00	Multibanco	\N	\N	paga
704	FR SA2023/704	JJ3B7K2M-704	828	81	270651837	Rodrigo Cardoso Jesus	598652094	2023-11-06 19:06:00	70.00	0.00	Cartão	\N	\N	paga
705	FR SA2023/705	JJ3B7K2M-705	829	34	108497690	Rodrigo Gomes Freitas	598652094	2023-11-07 09:47:00	70.00	0.00	MB WAY	\N	\N	paga
706	FR SA2023/706	JJ3B7K2M-706	830	32	185268820	Vasco Rui Moreira Machado	598652094	2023-11-10 12:50:00	60.00	0.00	Cartão	\N	\N	paga
707	FR SA2023/707	JJ3B7K2M-707	831	119	233162240	Helena Adelaide Jesus Tavares	598652094	2023-11-13 10:38:00	950.00	0.00	Multibanco	\N	\N	pendente
708	FR SA2023/708	JJ3B7K2M-708	832	103	300773595	Paulo Pedro Lopes Pinto	598652094	2023-11-13 11:19:00	180.00	0.00	MB WAY	\N	\N	paga
709	FR SA2023/709	JJ3B7K2M-709	833	153	260080489	Lúcia Catarina Azevedo Moreira	598652094	2023-11-14 12:36:00	35.00	0.00	Referência MB	21211	474905184	paga
710	FR SA2023/710	JJ3B7K2M-710	834	18	290539048	Artur Rocha Gonçalves	598652094	2023-11-14 18:04:00	35.00	0.00	Referência MB	21915	495577655	paga
711	FR SA2023/711	JJ3B7K2M-711	836	46	291334180	Gonçalo Neves Martins	598652094	2023-11-15 16:26:00	65.00	0.00	Multibanco	\N	\N	paga
712	FR SA2023/712	JJ3B7K2M-712	837	96	129446572	Carlos André Martins Moreira	598652094	2023-11-15 18:30:00	950.00	0.00	Referência MB	21250	570590731	paga
713	FR SA2023/713	JJ3B7K2M-713	838	151	200765981	Francisco Duarte Cunha Lourenço	598652094	2023-11-15 17:19:00	65.00	0.00	Multibanco	\N	\N	paga
714	FR SA2023/714	JJ3B7K2M-714	840	20	206729103	Rodrigo Rui Pires Vieira	598652094	2023-11-15 20:09:00	65.00	0.00	Cartão	\N	\N	paga
715	FR SA2023/715	JJ3B7K2M-715	841	154	210913746	Ricardo Sérgio Cardoso Sousa	598652094	2023-11-17 10:33:00	180.00	0.00	Multibanco	\N	\N	paga
716	FR SA2023/716	JJ3B7K2M-716	842	111	296357910	Rodrigo Rui Rodrigues Silva	598652094	2023-11-17 11:43:00	950.00	0.00	Transferência	\N	\N	anulada
717	FR SA2023/717	JJ3B7K2M-717	843	30	251063151	Afonso António Santos Teixeira	598652094	2023-11-17 19:10:00	55.00	0.00	Cartão	\N	\N	paga
718	FR SA2023/718	JJ3B7K2M-718	844	160	125758197	Joana Gomes Santos	598652094	2023-11-18 12:22:00	180.00	0.00	Multibanco	\N	\N	paga
719	FR SA2023/719	JJ3B7K2M-719	845	112	312271212	José Tavares Marques	598652094	2023-11-21 10:00:00	40.00	0.00	Multibanco	\N	\N	paga
720	FR SA2023/720	JJ3B7K2M-720	846	132	204415772	Margarida Sofia Soares Alves	598652094	2023-11-21 11:00:00	35.00	0.00	Cartão	\N	\N	paga
721	FR SA2023/721	JJ3B7K2M-721	847	55	170635848	Bruno Marques Alves	598652094	2023-11-21 19:57:00	70.00	0.00	MB WAY	\N	\N	paga
722	FR SA2023/722	JJ3B7K2M-722	848	134	340973056	Nuno Machado Cruz	598652094	2023-11-22 18:37:00	70.00	0.00	Multibanco	\N	\N	paga
723	FR SA2023/723	JJ3B7K2M-723	849	98	212461486	Inês Lourenço Santos	598652094	2023-11-23 16:04:00	70.00	0.00	Cartão	\N	\N	paga
724	FR SA2023/724	JJ3B7K2M-724	850	20	206729103	Rodrigo Rui Pires Vieira	598652094	2023-11-24 16:48:00	950.00	0.00	Cartão	\N	\N	paga
725	FR SA2023/725	JJ3B7K2M-725	851	154	210913746	Ricardo Sérgio Cardoso Sousa	598652094	2023-11-24 17:31:00	70.00	0.00	Cartão	\N	\N	paga
726	FR SA2023/726	JJ3B7K2M-726	852	96	129446572	Carlos André Martins Moreira	598652094	2023-11-24 19:42:00	950.00	0.00	MB WAY	\N	\N	paga
727	FR SA2023/727	JJ3B7K2M-727	853	71	230041558	Henrique Cruz Cardoso	598652094	2023-11-26 11:14:00	35.00	0.00	MB WAY	\N	\N	paga
728	FR SA2023/728	JJ3B7K2M-728	854	106	119477777	Mariana Carvalho Alves	598652094	2023-11-26 12:24:00	60.00	0.00	MB WAY	\N	\N	paga
729	FR SA2023/729	JJ3B7K2M-729	855	7	149078374	Adelaide Rocha Tavares	598652094	2023-11-27 09:59:00	60.00	0.00	Multibanco	\N	\N	paga
730	FR SA2023/730	JJ3B7K2M-730	856	132	204415772	Margarida Sofia Soares Alves	598652094	2023-11-27 11:51:00	40.00	0.00	Multibanco	\N	\N	paga
731	FR SA2023/731	JJ3B7K2M-731	857	20	206729103	Rodrigo Rui Pires Vieira	598652094	2023-11-28 14:34:00	60.00	0.00	Multibanco	\N	\N	paga
732	FR SA2023/732	JJ3B7K2M-732	858	55	170635848	Bruno Marques Alves	598652094	2023-11-28 18:06:00	950.00	0.00	Multibanco	\N	\N	paga
733	FR SA2023/733	JJ3B7K2M-733	859	71	230041558	Henrique Cruz Cardoso	598652094	2023-11-29 17:14:00	60.00	0.00	MB WAY	\N	\N	paga
734	FR SA2023/734	JJ3B7K2M-734	860	98	212461486	Inês Lourenço Santos	598652094	2023-11-30 10:02:00	250.00	0.00	Multibanco	\N	\N	paga
735	FR SA2023/735	JJ3B7K2M-735	862	134	340973056	Nuno Machado Cruz	598652094	2023-11-30 17:33:00	70.00	0.00	Multibanco	\N	\N	paga
736	FR SA2023/736	JJ3B7K2M-736	863	69	200132636	Duarte Alves Rocha	598652094	2023-12-01 11:56:00	180.00	0.00	Cartão	\N	\N	paga
737	FR SA2023/737	JJ3B7K2M-737	864	27	244247820	Adelaide Vieira Ferreira	598652094	2023-12-01 15:30:00	180.00	0.00	Multibanco	\N	\N	paga
738	FR SA2023/738	JJ3B7K2M-738	865	161	107083337	Susana Beatriz Carvalho Pires	598652094	2023-12-02 15:18:00	60.00	0.00	Multibanco	\N	\N	paga
739	FR SA2023/739	JJ3B7K2M-739	866	164	362927138	Matilde Helena Sousa Lourenço	598652094	2023-12-02 16:19:00	70.00	0.00	Numerário	\N	\N	paga
740	FR SA2023/740	JJ3B7K2M-740	869	112	999999990	Consumidor final	598652094	2023-12-05 09:35:00	65.00	0.00	Cartão	\N	\N	paga
741	FR SA2023/741	JJ3B7K2M-741	870	115	105703338	Henrique Silva Martins	598652094	2023-12-05 12:53:00	40.00	0.00	Numerário	\N	\N	paga
742	FR SA2023/742	JJ3B7K2M-742	871	162	301790833	José Rodrigues Coelho	598652094	2023-12-06 12:15:00	950.00	0.00	Multibanco	\N	\N	paga
743	FR SA2023/743	JJ3B7K2M-743	872	47	276068963	Joana Rosa Mendes Ribeiro	598652094	2023-12-06 12:23:00	180.00	0.00	MB WAY	\N	\N	paga
744	FR SA2023/744	JJ3B7K2M-744	873	130	245182713	Miguel Hugo Cruz Neves	598652094	2023-12-06 18:45:00	65.00	0.00	Cartão	\N	\N	pendente
745	FR SA2023/745	JJ3B7K2M-745	874	67	296294721	Filipa Lopes Araújo	598652094	2023-12-09 10:31:00	50.00	0.00	Cartão	\N	\N	paga
746	FR SA2023/746	JJ3B7K2M-746	876	37	267648227	Leonor Castro Correia	598652094	2023-12-09 15:51:00	250.00	0.00	Multibanco	\N	\N	paga
747	FR SA2023/747	JJ3B7K2M-747	877	53	231027400	Cláudia Teresa Cruz Coelho	598652094	2023-12-10 12:24:00	50.00	0.00	Referência MB	21532	079293359	paga
748	FR SA2023/748	JJ3B7K2M-748	878	49	226683133	Francisco Reis Monteiro	598652094	2023-12-10 19:55:00	50.00	0.00	Multibanco	\N	\N	paga
749	FR SA2023/749	JJ3B7K2M-749	879	46	291334180	Gonçalo Neves Martins	598652094	2023-12-13 10:19:00	65.00	0.00	Multibanco	\N	\N	paga
750	FR SA2023/750	JJ3B7K2M-750	882	120	266233031	Isabel Almeida Rodrigues	598652094	2023-12-14 20:00:00	250.00	0.00	Multibanco	\N	\N	pendente
751	FR SA2023/751	JJ3B7K2M-751	883	53	231027400	Cláudia Teresa Cruz Coelho	598652094	2023-12-16 13:42:00	250.00	0.00	MB WAY	\N	\N	paga
752	FR SA2023/752	JJ3B7K2M-752	884	115	105703338	Henrique Silva Martins	598652094	2023-12-17 12:46:00	65.00	0.00	MB WAY	\N	\N	paga
753	FR SA2023/753	JJ3B7K2M-753	885	29	242312691	Raquel Cunha Cardoso	598652094	2023-12-17 15:27:00	55.00	0.00	MB WAY	\N	\N	paga
754	FR SA2023/754	JJ3B7K2M-754	886	81	270651837	Rodrigo Cardoso Jesus	598652094	2023-12-17 15:05:00	65.00	0.00	Numerário	\N	\N	anulada
755	FR SA2023/755	JJ3B7K2M-755	888	153	260080489	Lúcia Catarina Azevedo Moreira	598652094	2023-12-19 12:58:00	60.00	0.00	MB WAY	\N	\N	paga
756	FR SA2023/756	JJ3B7K2M-756	889	106	119477777	Mariana Carvalho Alves	598652094	2023-12-19 17:29:00	40.00	0.00	MB WAY	\N	\N	paga
757	FR SA2023/757	JJ3B7K2M-757	890	115	105703338	Henrique Silva Martins	598652094	2023-12-25 10:04:00	250.00	0.00	Referência MB	21558	069290267	paga
758	FR SA2023/758	JJ3B7K2M-758	891	71	230041558	Henrique Cruz Cardoso	598652094	2023-12-25 18:58:00	40.00	0.00	Multibanco	\N	\N	paga
759	FR SA2023/759	JJ3B7K2M-759	892	1	260506893	Patrícia Sofia Ribeiro Antunes	598652094	2023-12-26 12:20:00	55.00	0.00	Transferência	\N	\N	paga
760	FR SA2023/760	JJ3B7K2M-760	893	96	129446572	Carlos André Martins Moreira	598652094	2023-12-26 19:23:00	180.00	0.00	Multibanco	\N	\N	paga
761	FR SA2023/761	JJ3B7K2M-761	894	159	182569608	Vasco João Gonçalves Jesus	598652094	2023-12-28 12:19:00	950.00	0.00	Cartão	\N	\N	paga
762	FR SA2023/762	JJ3B7K2M-762	895	48	272081876	Ana Carla Pinto Correia	598652094	2023-12-29 21:01:00	950.00	0.00	Numerário	\N	\N	paga
763	FR SA2023/763	JJ3B7K2M-763	898	46	291334180	Gonçalo Neves Martins	598652094	2023-12-30 17:31:00	250.00	0.00	Multibanco	\N	\N	paga
764	FR SA2023/764	JJ3B7K2M-764	899	59	204415772	Margarida Sofia Soares Alves	598652094	2023-12-31 10:09:00	35.00	0.00	Cartão	\N	\N	paga
765	FR SA2023/765	JJ3B7K2M-765	900	104	342087126	Rui Simões Gomes	598652094	2023-12-31 15:39:00	60.00	0.00	MB WAY	\N	\N	paga
766	FR SA2024/766	JJ3B7K2M-766	901	98	212461486	Inês Lourenço Santos	598652094	2024-01-01 18:08:00	180.00	0.00	Cartão	\N	\N	paga
767	FR SA2024/767	JJ3B7K2M-767	903	147	393168484	Francisca Simões Neves	598652094	2024-01-02 10:48:00	70.00	0.00	Numerário	\N	\N	paga
768	FR SA2024/768	JJ3B7K2M-768	904	77	220873194	Vera Helena Gomes Antunes	598652094	2024-01-03 11:33:00	35.00	0.00	Referência MB	21242	351326326	paga
769	FR SA2024/769	JJ3B7K2M-769	905	67	296294721	Filipa Lopes Araújo	598652094	2024-01-03 17:38:00	180.00	0.00	Cartão	\N	\N	paga
770	FR SA2024/770	JJ3B7K2M-770	906	127	230905552	Tiago Ferreira Soares	598652094	2024-01-03 19:33:00	950.00	0.00	Cartão	\N	\N	paga
771	FR SA2024/771	JJ3B7K2M-771	908	61	343170078	Hugo Bruno Lourenço Silva	598652094	2024-01-05 19:03:00	55.00	0.00	MB WAY	\N	\N	paga
772	FR SA2024/772	JJ3B7K2M-772	909	10	299590976	Luís Fonseca Rocha	598652094	2024-01-06 10:40:00	950.00	0.00	Transferência	\N	\N	paga
773	FR SA2024/773	JJ3B7K2M-773	910	132	204415772	Margarida Sofia Soares Alves	598652094	2024-01-07 15:10:00	35.00	0.00	MB WAY	\N	\N	paga
774	FR SA2024/774	JJ3B7K2M-774	912	71	230041558	Henrique Cruz Cardoso	598652094	2024-01-10 14:54:00	40.00	0.00	Numerário	\N	\N	paga
775	FR SA2024/775	JJ3B7K2M-775	913	154	210913746	Ricardo Sérgio Cardoso Sousa	598652094	2024-01-10 17:20:00	950.00	0.00	MB WAY	\N	\N	paga
776	FR SA2024/776	JJ3B7K2M-776	914	96	129446572	Carlos André Martins Moreira	598652094	2024-01-13 10:38:00	70.00	0.00	Multibanco	\N	\N	paga
777	FR SA2024/777	JJ3B7K2M-777	915	127	230905552	Tiago Ferreira Soares	598652094	2024-01-13 16:17:00	55.00	0.00	Referência MB	21450	065087006	paga
778	FR SA2024/778	JJ3B7K2M-778	917	48	272081876	Ana Carla Pinto Correia	598652094	2024-01-14 13:05:00	70.00	0.00	Cartão	\N	\N	paga
779	FR SA2024/779	JJ3B7K2M-779	918	27	244247820	Adelaide Vieira Ferreira	598652094	2024-01-15 10:36:00	950.00	0.00	MB WAY	\N	\N	paga
780	FR SA2024/780	JJ3B7K2M-780	919	160	125758197	Joana Gomes Santos	598652094	2024-01-15 09:59:00	55.00	0.00	Multibanco	\N	\N	paga
781	FR SA2024/781	JJ3B7K2M-781	920	164	362927138	Matilde Helena Sousa Lourenço	598652094	2024-01-15 12:24:00	40.00	0.00	Multibanco	\N	\N	paga
782	FR SA2024/782	JJ3B7K2M-782	923	84	271201371	Isabel Neves Vieira	598652094	2024-01-16 15:44:00	250.00	0.00	Multibanco	\N	\N	paga
783	FR SA2024/783	JJ3B7K2M-783	924	25	139528423	Henrique Lourenço Soares	598652094	2024-01-16 19:26:00	60.00	0.00	Multibanco	\N	\N	paga
784	FR SA2024/784	JJ3B7K2M-784	925	87	999999990	Consumidor final	598652094	2024-01-17 17:17:00	35.00	0.00	MB WAY	\N	\N	paga
785	FR SA2024/785	JJ3B7K2M-785	926	94	219033110	Margarida Rita Jesus Azevedo	598652094	2024-01-19 12:35:00	55.00	0.00	Numerário	\N	\N	paga
786	FR SA2024/786	JJ3B7K2M-786	927	108	154371238	André Hugo Pereira Sousa	598652094	2024-01-19 18:42:00	55.00	0.00	Cartão	\N	\N	paga
787	FR SA2024/787	JJ3B7K2M-787	928	133	245397302	Hugo José Fonseca Castro	598652094	2024-01-20 09:40:00	40.00	0.00	Numerário	\N	\N	paga
788	FR SA2024/788	JJ3B7K2M-788	929	133	245397302	Hugo José Fonseca Castro	598652094	2024-01-20 12:05:00	65.00	0.00	Multibanco	\N	\N	paga
789	FR SA2024/789	JJ3B7K2M-789	930	156	139715380	Carlos Costa Machado	598652094	2024-01-21 19:47:00	180.00	0.00	Referência MB	21547	677480021	paga
790	FR SA2024/790	JJ3B7K2M-790	931	133	245397302	Hugo José Fonseca Castro	598652094	2024-01-22 11:24:00	60.00	0.00	Cartão	\N	\N	paga
791	FR SA2024/791	JJ3B7K2M-791	932	98	212461486	Inês Lourenço Santos	598652094	2024-01-22 13:36:00	250.00	0.00	Multibanco	\N	\N	paga
792	FR SA2024/792	JJ3B7K2M-792	934	14	141389710	Sofia Ferreira Araújo	598652094	2024-01-22 18:21:00	35.00	0.00	Numerário	\N	\N	paga
793	FR SA2024/793	JJ3B7K2M-793	935	127	230905552	Tiago Ferreira Soares	598652094	2024-01-22 19:15:00	180.00	0.00	Multibanco	\N	\N	paga
794	FR SA2024/794	JJ3B7K2M-794	936	29	242312691	Raquel Cunha Cardoso	598652094	2024-01-23 14:44:00	60.00	0.00	Cartão	\N	\N	paga
795	FR SA2024/795	JJ3B7K2M-795	937	71	230041558	Henrique Cruz Cardoso	598652094	2024-01-23 19:54:00	35.00	0.00	Referência MB	21381	614875573	paga
796	FR SA2024/796	JJ3B7K2M-796	940	33	158582004	Vera Antunes Araújo	598652094	2024-01-24 19:30:00	950.00	0.00	Numerário	\N	\N	paga
797	FR SA2024/797	JJ3B7K2M-797	941	49	226683133	Francisco Reis Monteiro	598652094	2024-01-26 10:21:00	50.00	0.00	Referência MB	21541	652488924	anulada
798	FR SA2024/798	JJ3B7K2M-798	942	24	204415772	Margarida Sofia Soares Alves	598652094	2024-01-26 17:01:00	60.00	0.00	Multibanco	\N	\N	paga
799	FR SA2024/799	JJ3B7K2M-799	944	61	343170078	Hugo Bruno Lourenço Silva	598652094	2024-01-26 17:53:00	60.00	0.00	Multibanco	\N	\N	paga
800	FR SA2024/800	JJ3B7K2M-800	947	127	230905552	Tiago Ferreira Soares	598652094	2024-01-29 09:25:00	60.00	0.00	Multibanco	\N	\N	paga
801	FR SA2024/801	JJ3B7K2M-801	948	35	385547293	Artur Paulo Cruz Reis	598652094	2024-01-29 10:15:00	40.00	0.00	Cartão	\N	\N	paga
802	FR SA2024/802	JJ3B7K2M-802	949	93	292618557	Isabel Ramos Vieira	598652094	2024-01-29 10:08:00	50.00	0.00	Numerário	\N	\N	paga
803	FR SA2024/803	JJ3B7K2M-803	950	112	312271212	José Tavares Marques	598652094	2024-01-31 10:57:00	65.00	0.00	Multibanco	\N	\N	paga
804	FR SA2024/804	JJ3B7K2M-804	951	108	154371238	André Hugo Pereira Sousa	598652094	2024-01-31 18:06:00	60.00	0.00	Referência MB	21142	815235635	paga
805	FR SA2024/805	JJ3B7K2M-805	952	127	230905552	Tiago Ferreira Soares	598652094	2024-02-01 18:44:00	35.00	0.00	MB WAY	\N	\N	paga
806	FR SA2024/806	JJ3B7K2M-806	953	110	288841123	Mariana Lopes Rocha	598652094	2024-02-01 20:00:00	70.00	0.00	MB WAY	\N	\N	paga
807	FR SA2024/807	JJ3B7K2M-807	954	99	286786575	Matilde Araújo Azevedo	598652094	2024-02-03 20:29:00	70.00	0.00	Numerário	\N	\N	paga
808	FR SA2024/808	JJ3B7K2M-808	955	131	999999990	Consumidor final	598652094	2024-02-04 15:14:00	180.00	0.00	Referência MB	21443	345844950	paga
809	FR SA2024/809	JJ3B7K2M-809	956	114	111860644	Rui Vieira Martins	598652094	2024-02-05 12:33:00	180.00	0.00	Multibanco	\N	\N	paga
810	FR SA2024/810	JJ3B7K2M-810	957	27	244247820	Adelaide Vieira Ferreira	598652094	2024-02-05 12:59:00	40.00	0.00	MB WAY	\N	\N	paga
811	FR SA2024/811	JJ3B7K2M-811	959	87	106289454	Gonçalo Almeida Ribeiro	598652094	2024-02-08 09:56:00	40.00	0.00	Cartão	\N	\N	paga
812	FR SA2024/812	JJ3B7K2M-812	960	77	220873194	Vera Helena Gomes Antunes	598652094	2024-02-08 16:56:00	40.00	0.00	MB WAY	\N	\N	paga
813	FR SA2024/813	JJ3B7K2M-813	961	48	272081876	Ana Carla Pinto Correia	598652094	2024-02-09 11:12:00	40.00	0.00	MB WAY	\N	\N	paga
814	FR SA2024/814	JJ3B7K2M-814	963	1	260506893	Patrícia Sofia Ribeiro Antunes	598652094	2024-02-09 18:40:00	950.00	0.00	Cartão	\N	\N	anulada
815	FR SA2024/815	JJ3B7K2M-815	964	12	292878036	Beatriz Teixeira Jesus	598652094	2024-02-10 10:27:00	55.00	0.00	MB WAY	\N	\N	paga
816	FR SA2024/816	JJ3B7K2M-816	965	74	213433559	Matilde Francisca Azevedo Oliveira	598652094	2024-02-11 10:46:00	35.00	0.00	Multibanco	\N	\N	paga
817	FR SA2024/817	JJ3B7K2M-817	966	77	220873194	Vera Helena Gomes Antunes	598652094	2024-02-12 09:31:00	35.00	0.00	Multibanco	\N	\N	paga
818	FR SA2024/818	JJ3B7K2M-818	967	137	260080489	Lúcia Catarina Azevedo Moreira	598652094	2024-02-12 10:33:00	55.00	0.00	Multibanco	\N	\N	paga
819	FR SA2024/819	JJ3B7K2M-819	968	77	220873194	Vera Helena Gomes Antunes	598652094	2024-02-12 15:59:00	40.00	0.00	Referência MB	21797	723896824	paga
820	FR SA2024/820	JJ3B7K2M-820	969	82	373122640	Bruno Mendes Cruz	598652094	2024-02-13 14:00:00	950.00	0.00	Multibanco	\N	\N	paga
821	FR SA2024/821	JJ3B7K2M-821	970	55	170635848	Bruno Marques Alves	598652094	2024-02-14 16:35:00	950.00	0.00	Cartão	\N	\N	pendente
822	FR SA2024/822	JJ3B7K2M-822	971	127	230905552	Tiago Ferreira Soares	598652094	2024-02-14 17:45:00	950.00	0.00	Multibanco	\N	\N	paga
823	FR SA2024/823	JJ3B7K2M-823	972	125	254269796	Rodrigo Ricardo Rodrigues Vieira	598652094	2024-02-16 20:02:00	40.00	0.00	Multibanco	\N	\N	paga
824	FR SA2024/824	JJ3B7K2M-824	973	24	999999990	Consumidor final	598652094	2024-02-17 11:20:00	50.00	0.00	Cartão	\N	\N	paga
825	FR SA2024/825	JJ3B7K2M-825	974	98	212461486	Inês Lourenço Santos	598652094	2024-02-17 19:37:00	950.00	0.00	Multibanco	\N	\N	paga
826	FR SA2024/826	JJ3B7K2M-826	975	28	150392524	Raquel Catarina Soares Ramos	598652094	2024-02-18 17:11:00	950.00	0.00	Multibanco	\N	\N	paga
827	FR SA2024/827	JJ3B7K2M-827	976	135	269292594	Leonor Cruz Lourenço	598652094	2024-02-20 15:58:00	180.00	0.00	Multibanco	\N	\N	paga
828	FR SA2024/828	JJ3B7K2M-828	977	26	114619093	Vasco Santos Mendes	598652094	2024-02-21 10:16:00	70.00	0.00	Multibanco	\N	\N	paga
829	FR SA2024/829	JJ3B7K2M-829	978	74	213433559	Matilde Francisca Azevedo Oliveira	598652094	2024-02-21 12:15:00	70.00	0.00	Multibanco	\N	\N	paga
830	FR SA2024/830	JJ3B7K2M-830	979	92	262821389	Patrícia Rodrigues Lopes	598652094	2024-02-21 16:42:00	65.00	0.00	Numerário	\N	\N	paga
831	FR SA2024/831	JJ3B7K2M-831	981	55	170635848	Bruno Marques Alves	598652094	2024-02-23 10:15:00	70.00	0.00	MB WAY	\N	\N	paga
832	FR SA2024/832	JJ3B7K2M-832	983	55	170635848	Bruno Marques Alves	598652094	2024-02-24 10:39:00	35.00	0.00	MB WAY	\N	\N	paga
833	FR SA2024/833	JJ3B7K2M-833	985	137	260080489	Lúcia Catarina Azevedo Moreira	598652094	2024-02-25 09:42:00	60.00	0.00	Cartão	\N	\N	paga
834	FR SA2024/834	JJ3B7K2M-834	986	108	154371238	André Hugo Pereira Sousa	598652094	2024-02-25 11:23:00	250.00	0.00	Transferência	\N	\N	paga
835	FR SA2024/835	JJ3B7K2M-835	987	74	213433559	Matilde Francisca Azevedo Oliveira	598652094	2024-02-25 11:57:00	65.00	0.00	Transferência	\N	\N	paga
836	FR SA2024/836	JJ3B7K2M-836	988	78	339885475	Tomás Francisco Teixeira Antunes	598652094	2024-02-25 17:27:00	250.00	0.00	Multibanco	\N	\N	paga
837	FR SA2024/837	JJ3B7K2M-837	989	151	200765981	Francisco Duarte Cunha Lourenço	598652094	2024-02-26 13:15:00	250.00	0.00	Transferência	\N	\N	paga
838	FR SA2024/838	JJ3B7K2M-838	990	98	212461486	Inês Lourenço Santos	598652094	2024-02-27 19:59:00	60.00	0.00	MB WAY	\N	\N	pendente
839	FR SA2024/839	JJ3B7K2M-839	992	112	312271212	José Tavares Marques	598652094	2024-02-29 18:24:00	65.00	0.00	Multibanco	\N	\N	paga
840	FR SA2024/840	JJ3B7K2M-840	993	160	125758197	Joana Gomes Santos	598652094	2024-02-29 19:02:00	50.00	0.00	Multibanco	\N	\N	paga
841	FR SA2024/841	JJ3B7K2M-841	994	20	206729103	Rodrigo Rui Pires Vieira	598652094	2024-03-03 16:44:00	55.00	0.00	Multibanco	\N	\N	paga
842	FR SA2024/842	JJ3B7K2M-842	995	39	999999990	Consumidor final	598652094	2024-03-04 10:08:00	250.00	0.00	Referência MB	21971	164895380	paga
843	FR SA2024/843	JJ3B7K2M-843	996	87	106289454	Gonçalo Almeida Ribeiro	598652094	2024-03-04 19:30:00	35.00	0.00	Multibanco	\N	\N	paga
844	FR SA2024/844	JJ3B7K2M-844	997	93	292618557	Isabel Ramos Vieira	598652094	2024-03-05 16:06:00	55.00	0.00	Cartão	\N	\N	paga
845	FR SA2024/845	JJ3B7K2M-845	998	80	244462305	Jorge Duarte Vieira Silva	598652094	2024-03-05 17:43:00	60.00	0.00	Multibanco	\N	\N	paga
846	FR SA2024/846	JJ3B7K2M-846	1000	137	260080489	Lúcia Catarina Azevedo Moreira	598652094	2024-03-07 13:31:00	250.00	0.00	Multibanco	\N	\N	paga
847	FR SA2024/847	JJ3B7K2M-847	1001	55	999999990	Consumidor final	598652094	2024-03-07 16:31:00	180.00	0.00	Numerário	\N	\N	pendente
848	FR SA2024/848	JJ3B7K2M-848	1003	65	229988210	Sandra Marta Ferreira Rocha	598652094	2024-03-08 12:30:00	40.00	0.00	Numerário	\N	\N	paga
849	FR SA2024/849	JJ3B7K2M-849	1004	123	294202510	Tomás Manuel Jesus Simões	598652094	2024-03-09 10:08:00	55.00	0.00	Transferência	\N	\N	paga
850	FR SA2024/850	JJ3B7K2M-850	1005	11	188695800	Raquel Sandra Costa Nunes	598652094	2024-03-09 13:17:00	65.00	0.00	Multibanco	\N	\N	paga
851	FR SA2024/851	JJ3B7K2M-851	1006	74	213433559	Matilde Francisca Azevedo Oliveira	598652094	2024-03-10 11:56:00	180.00	0.00	Multibanco	\N	\N	paga
852	FR SA2024/852	JJ3B7K2M-852	1007	39	264844092	Duarte Lopes Lourenço	598652094	2024-03-10 15:59:00	70.00	0.00	Numerário	\N	\N	paga
853	FR SA2024/853	JJ3B7K2M-853	1008	115	105703338	Henrique Silva Martins	598652094	2024-03-11 12:21:00	65.00	0.00	MB WAY	\N	\N	anulada
854	FR SA2024/854	JJ3B7K2M-854	1010	71	230041558	Henrique Cruz Cardoso	598652094	2024-03-11 15:40:00	35.00	0.00	Cartão	\N	\N	paga
855	FR SA2024/855	JJ3B7K2M-855	1011	96	129446572	Carlos André Martins Moreira	598652094	2024-03-11 15:43:00	60.00	0.00	Transferência	\N	\N	paga
856	FR SA2024/856	JJ3B7K2M-856	1012	162	301790833	José Rodrigues Coelho	598652094	2024-03-11 16:47:00	35.00	0.00	Multibanco	\N	\N	paga
857	FR SA2024/857	JJ3B7K2M-857	1013	141	225355388	Cláudia Raquel Rocha Cunha	598652094	2024-03-12 12:25:00	180.00	0.00	Multibanco	\N	\N	paga
858	FR SA2024/858	JJ3B7K2M-858	1014	17	260017728	Lúcia Francisca Alves Ramos	598652094	2024-03-13 09:58:00	60.00	0.00	Multibanco	\N	\N	paga
859	FR SA2024/859	JJ3B7K2M-859	1015	116	999999990	Consumidor final	598652094	2024-03-14 14:55:00	60.00	0.00	Referência MB	21465	150583738	paga
860	FR SA2024/860	JJ3B7K2M-860	1016	43	303926040	Susana Cruz Freitas	598652094	2024-03-15 19:42:00	65.00	0.00	Multibanco	\N	\N	paga
861	FR SA2024/861	JJ3B7K2M-861	1017	71	230041558	Henrique Cruz Cardoso	598652094	2024-03-17 15:52:00	60.00	0.00	MB WAY	\N	\N	paga
862	FR SA2024/862	JJ3B7K2M-862	1018	121	113182082	Sara Sofia Matos Cruz	598652094	2024-03-17 16:57:00	35.00	0.00	MB WAY	\N	\N	paga
863	FR SA2024/863	JJ3B7K2M-863	1019	62	260437557	Artur Monteiro Barbosa	598652094	2024-03-17 20:15:00	50.00	0.00	MB WAY	\N	\N	paga
864	FR SA2024/864	JJ3B7K2M-864	1020	121	999999990	Consumidor final	598652094	2024-03-18 18:48:00	35.00	0.00	Cartão	\N	\N	paga
865	FR SA2024/865	JJ3B7K2M-865	1021	99	286786575	Matilde Araújo Azevedo	598652094	2024-03-19 11:47:00	180.00	0.00	Cartão	\N	\N	paga
866	FR SA2024/866	JJ3B7K2M-866	1022	77	220873194	Vera Helena Gomes Antunes	598652094	2024-03-19 13:34:00	55.00	0.00	Transferência	\N	\N	paga
867	FR SA2024/867	JJ3B7K2M-867	1023	127	230905552	Tiago Ferreira Soares	598652094	2024-03-20 17:21:00	40.00	0.00	MB WAY	\N	\N	paga
868	FR SA2024/868	JJ3B7K2M-868	1024	115	105703338	Henrique Silva Martins	598652094	2024-03-20 19:58:00	950.00	0.00	MB WAY	\N	\N	paga
869	FR SA2024/869	JJ3B7K2M-869	1025	126	192687972	Jorge Francisco Silva Cruz	598652094	2024-03-21 10:42:00	65.00	0.00	Transferência	\N	\N	paga
870	FR SA2024/870	JJ3B7K2M-870	1026	79	249656914	Cláudia Cardoso Gomes	598652094	2024-03-21 19:04:00	250.00	0.00	Cartão	\N	\N	paga
871	FR SA2024/871	JJ3B7K2M-871	1027	106	119477777	Mariana Carvalho Alves	598652094	2024-03-22 09:41:00	35.00	0.00	Multibanco	\N	\N	paga
872	FR SA2024/872	JJ3B7K2M-872	1028	71	230041558	Henrique Cruz Cardoso	598652094	2024-03-22 10:11:00	35.00	0.00	Cartão	\N	\N	paga
873	FR SA2024/873	JJ3B7K2M-873	1029	9	275410382	Matilde Marta Neves Moreira	598652094	2024-03-22 19:01:00	35.00	0.00	Multibanco	\N	\N	paga
874	FR SA2024/874	JJ3B7K2M-874	1030	33	158582004	Vera Antunes Araújo	598652094	2024-03-24 20:28:00	65.00	0.00	Transferência	\N	\N	paga
875	FR SA2024/875	JJ3B7K2M-875	1031	123	294202510	Tomás Manuel Jesus Simões	598652094	2024-03-25 18:46:00	50.00	0.00	Multibanco	\N	\N	paga
876	FR SA2024/876	JJ3B7K2M-876	1033	90	152974970	Sofia Vera Cardoso Figueiredo	598652094	2024-03-27 11:15:00	950.00	0.00	MB WAY	\N	\N	paga
877	FR SA2024/877	JJ3B7K2M-877	1034	105	237830493	Fernando Nunes Ferreira	598652094	2024-03-27 13:58:00	180.00	0.00	MB WAY	\N	\N	paga
878	FR SA2024/878	JJ3B7K2M-878	1035	79	249656914	Cláudia Cardoso Gomes	598652094	2024-03-30 20:37:00	950.00	0.00	Numerário	\N	\N	paga
879	FR SA2024/879	JJ3B7K2M-879	1036	123	999999990	Consumidor final	598652094	2024-03-31 19:16:00	60.00	0.00	Multibanco	\N	\N	paga
880	FR SA2024/880	JJ3B7K2M-880	1037	88	267142463	Pedro Coelho Cunha	598652094	2024-04-01 13:19:00	65.00	0.00	Referência MB	21705	581536351	paga
881	FR SA2024/881	JJ3B7K2M-881	1039	137	260080489	Lúcia Catarina Azevedo Moreira	598652094	2024-04-02 15:11:00	250.00	0.00	Referência MB	21481	642878744	paga
882	FR SA2024/882	JJ3B7K2M-882	1042	137	260080489	Lúcia Catarina Azevedo Moreira	598652094	2024-04-03 16:37:00	950.00	0.00	Numerário	\N	\N	paga
883	FR SA2024/883	JJ3B7K2M-883	1043	71	230041558	Henrique Cruz Cardoso	598652094	2024-04-04 17:58:00	40.00	0.00	Referência MB	21906	404362083	paga
884	FR SA2024/884	JJ3B7K2M-884	1044	141	225355388	Cláudia Raquel Rocha Cunha	598652094	2024-04-05 10:19:00	70.00	0.00	MB WAY	\N	\N	paga
885	FR SA2024/885	JJ3B7K2M-885	1045	124	111350417	André Marques Reis	598652094	2024-04-06 10:12:00	60.00	0.00	Cartão	\N	\N	paga
886	FR SA2024/886	JJ3B7K2M-886	1046	123	294202510	Tomás Manuel Jesus Simões	598652094	2024-04-06 11:02:00	250.00	0.00	Multibanco	\N	\N	paga
887	FR SA2024/887	JJ3B7K2M-887	1047	77	220873194	Vera Helena Gomes Antunes	598652094	2024-04-06 15:26:00	55.00	0.00	Transferência	\N	\N	paga
888	FR SA2024/888	JJ3B7K2M-888	1048	30	251063151	Afonso António Santos Teixeira	598652094	2024-04-06 18:30:00	250.00	0.00	Multibanco	\N	\N	paga
889	FR SA2024/889	JJ3B7K2M-889	1049	98	212461486	Inês Lourenço Santos	598652094	2024-04-07 10:57:00	40.00	0.00	Transferência	\N	\N	paga
890	FR SA2024/890	JJ3B7K2M-890	1050	121	113182082	Sara Sofia Matos Cruz	598652094	2024-04-07 12:37:00	35.00	0.00	Cartão	\N	\N	paga
891	FR SA2024/891	JJ3B7K2M-891	1052	71	230041558	Henrique Cruz Cardoso	598652094	2024-04-09 16:36:00	40.00	0.00	MB WAY	\N	\N	pendente
892	FR SA2024/892	JJ3B7K2M-892	1053	94	219033110	Margarida Rita Jesus Azevedo	598652094	2024-04-10 15:49:00	250.00	0.00	Numerário	\N	\N	paga
893	FR SA2024/893	JJ3B7K2M-893	1054	105	237830493	Fernando Nunes Ferreira	598652094	2024-04-11 17:11:00	70.00	0.00	Multibanco	\N	\N	paga
894	FR SA2024/894	JJ3B7K2M-894	1056	160	125758197	Joana Gomes Santos	598652094	2024-04-12 19:03:00	950.00	0.00	Numerário	\N	\N	paga
895	FR SA2024/895	JJ3B7K2M-895	1057	39	264844092	Duarte Lopes Lourenço	598652094	2024-04-14 15:41:00	180.00	0.00	Transferência	\N	\N	paga
896	FR SA2024/896	JJ3B7K2M-896	1058	106	119477777	Mariana Carvalho Alves	598652094	2024-04-15 17:12:00	40.00	0.00	MB WAY	\N	\N	paga
897	FR SA2024/897	JJ3B7K2M-897	1059	40	308117824	Hugo Machado Correia	598652094	2024-04-15 20:02:00	65.00	0.00	Cartão	\N	\N	paga
898	FR SA2024/898	JJ3B7K2M-898	1060	158	268040770	Maria Sara Nunes Oliveira	598652094	2024-04-16 09:39:00	50.00	0.00	Referência MB	21515	951415046	paga
899	FR SA2024/899	JJ3B7K2M-899	1061	137	260080489	Lúcia Catarina Azevedo Moreira	598652094	2024-04-16 11:12:00	50.00	0.00	Multibanco	\N	\N	paga
900	FR SA2024/900	JJ3B7K2M-900	1062	55	170635848	Bruno Marques Alves	598652094	2024-04-16 12:37:00	250.00	0.00	Cartão	\N	\N	paga
901	FR SA2024/901	JJ3B7K2M-901	1063	3	145886891	Paulo Silva Fonseca	598652094	2024-04-16 12:24:00	65.00	0.00	Multibanco	\N	\N	paga
902	FR SA2024/902	JJ3B7K2M-902	1064	137	260080489	Lúcia Catarina Azevedo Moreira	598652094	2024-04-16 16:22:00	55.00	0.00	Multibanco	\N	\N	paga
903	FR SA2024/903	JJ3B7K2M-903	1065	108	154371238	André Hugo Pereira Sousa	598652094	2024-04-16 18:24:00	40.00	0.00	Cartão	\N	\N	paga
904	FR SA2024/904	JJ3B7K2M-904	1066	49	226683133	Francisco Reis Monteiro	598652094	2024-04-16 19:56:00	40.00	0.00	Cartão	\N	\N	paga
905	FR SA2024/905	JJ3B7K2M-905	1067	69	200132636	Duarte Alves Rocha	598652094	2024-04-17 11:31:00	60.00	0.00	MB WAY	\N	\N	paga
906	FR SA2024/906	JJ3B7K2M-906	1068	51	220177120	Duarte Gonçalves Carvalho	598652094	2024-04-17 16:55:00	250.00	0.00	Cartão	\N	\N	paga
907	FR SA2024/907	JJ3B7K2M-907	1069	20	206729103	Rodrigo Rui Pires Vieira	598652094	2024-04-17 20:41:00	950.00	0.00	Referência MB	21620	223460329	paga
908	FR SA2024/908	JJ3B7K2M-908	1070	144	240947916	Sandra Marta Simões Coelho	598652094	2024-04-18 10:25:00	40.00	0.00	Multibanco	\N	\N	paga
909	FR SA2024/909	JJ3B7K2M-909	1071	79	249656914	Cláudia Cardoso Gomes	598652094	2024-04-18 10:42:00	50.00	0.00	MB WAY	\N	\N	paga
910	FR SA2024/910	JJ3B7K2M-910	1072	108	154371238	André Hugo Pereira Sousa	598652094	2024-04-18 11:05:00	55.00	0.00	Cartão	\N	\N	paga
911	FR SA2024/911	JJ3B7K2M-911	1073	110	288841123	Mariana Lopes Rocha	598652094	2024-04-18 11:46:00	65.00	0.00	Cartão	\N	\N	paga
912	FR SA2024/912	JJ3B7K2M-912	1074	23	220978140	Sofia Lúcia Cardoso Azevedo	598652094	2024-04-18 18:57:00	70.00	0.00	Referência MB	21590	141889888	paga
913	FR SA2024/913	JJ3B7K2M-913	1075	85	160204976	Sandra Sousa Silva	598652094	2024-04-19 16:26:00	60.00	0.00	Cartão	\N	\N	paga
914	FR SA2024/914	JJ3B7K2M-914	1076	113	999999990	Consumidor final	598652094	2024-04-20 20:00:00	60.00	0.00	Cartão	\N	\N	paga
915	FR SA2024/915	JJ3B7K2M-915	1077	137	260080489	Lúcia Catarina Azevedo Moreira	598652094	2024-04-21 12:30:00	35.00	0.00	Transferência	\N	\N	paga
916	FR SA2024/916	JJ3B7K2M-916	1078	141	225355388	Cláudia Raquel Rocha Cunha	598652094	2024-04-21 14:00:00	180.00	0.00	Cartão	\N	\N	paga
917	FR SA2024/917	JJ3B7K2M-917	1079	88	267142463	Pedro Coelho Cunha	598652094	2024-04-21 16:11:00	250.00	0.00	Multibanco	\N	\N	paga
918	FR SA2024/918	JJ3B7K2M-918	1080	67	296294721	Filipa Lopes Araújo	598652094	2024-04-22 14:46:00	60.00	0.00	Numerário	\N	\N	paga
919	FR SA2024/919	JJ3B7K2M-919	1081	132	204415772	Margarida Sofia Soares Alves	598652094	2024-04-22 17:30:00	250.00	0.00	Referência MB	21328	937629903	paga
920	FR SA2024/920	JJ3B7K2M-920	1082	3	145886891	Paulo Silva Fonseca	598652094	2024-04-22 17:43:00	50.00	0.00	MB WAY	\N	\N	paga
921	FR SA2024/921	JJ3B7K2M-921	1083	46	291334180	Gonçalo Neves Martins	598652094	2024-04-23 17:38:00	180.00	0.00	Multibanco	\N	\N	paga
922	FR SA2024/922	JJ3B7K2M-922	1084	164	362927138	Matilde Helena Sousa Lourenço	598652094	2024-04-23 17:13:00	50.00	0.00	Numerário	\N	\N	paga
923	FR SA2024/923	JJ3B7K2M-923	1085	62	260437557	Artur Monteiro Barbosa	598652094	2024-04-24 10:21:00	65.00	0.00	MB WAY	\N	\N	paga
924	FR SA2024/924	JJ3B7K2M-924	1086	79	249656914	Cláudia Cardoso Gomes	598652094	2024-04-24 10:51:00	70.00	0.00	Cartão	\N	\N	paga
925	FR SA2024/925	JJ3B7K2M-925	1087	123	999999990	Consumidor final	598652094	2024-04-24 16:17:00	55.00	0.00	Transferência	\N	\N	paga
926	FR SA2024/926	JJ3B7K2M-926	1089	14	141389710	Sofia Ferreira Araújo	598652094	2024-04-26 19:05:00	950.00	0.00	Multibanco	\N	\N	paga
927	FR SA2024/927	JJ3B7K2M-927	1091	12	292878036	Beatriz Teixeira Jesus	598652094	2024-04-26 20:13:00	35.00	0.00	Multibanco	\N	\N	paga
928	FR SA2024/928	JJ3B7K2M-928	1092	123	294202510	Tomás Manuel Jesus Simões	598652094	2024-04-27 12:50:00	250.00	0.00	MB WAY	\N	\N	pendente
929	FR SA2024/929	JJ3B7K2M-929	1093	156	139715380	Carlos Costa Machado	598652094	2024-04-27 12:49:00	60.00	0.00	Cartão	\N	\N	paga
930	FR SA2024/930	JJ3B7K2M-930	1094	73	390794996	Fernando Moreira Azevedo	598652094	2024-04-28 13:25:00	55.00	0.00	MB WAY	\N	\N	paga
931	FR SA2024/931	JJ3B7K2M-931	1095	105	237830493	Fernando Nunes Ferreira	598652094	2024-04-28 15:53:00	950.00	0.00	Cartão	\N	\N	paga
932	FR SA2024/932	JJ3B7K2M-932	1096	101	239365712	Lúcia Fernanda Pinto Pinto	598652094	2024-04-29 10:19:00	55.00	0.00	MB WAY	\N	\N	paga
933	FR SA2024/933	JJ3B7K2M-933	1097	62	260437557	Artur Monteiro Barbosa	598652094	2024-04-29 10:47:00	250.00	0.00	Numerário	\N	\N	paga
934	FR SA2024/934	JJ3B7K2M-934	1098	96	129446572	Carlos André Martins Moreira	598652094	2024-04-29 12:20:00	40.00	0.00	Referência MB	21223	925088854	paga
935	FR SA2024/935	JJ3B7K2M-935	1099	120	266233031	Isabel Almeida Rodrigues	598652094	2024-04-30 12:29:00	60.00	0.00	MB WAY	\N	\N	paga
936	FR SA2024/936	JJ3B7K2M-936	1100	138	999999990	Consumidor final	598652094	2024-04-30 16:52:00	40.00	0.00	MB WAY	\N	\N	paga
937	FR SA2024/937	JJ3B7K2M-937	1101	81	270651837	Rodrigo Cardoso Jesus	598652094	2024-04-30 18:08:00	250.00	0.00	Cartão	\N	\N	paga
938	FR SA2024/938	JJ3B7K2M-938	1102	127	230905552	Tiago Ferreira Soares	598652094	2024-05-01 12:08:00	70.00	0.00	Cartão	\N	\N	paga
939	FR SA2024/939	JJ3B7K2M-939	1103	108	154371238	André Hugo Pereira Sousa	598652094	2024-05-03 12:24:00	180.00	0.00	Multibanco	\N	\N	paga
940	FR SA2024/940	JJ3B7K2M-940	1104	115	105703338	Henrique Silva Martins	598652094	2024-05-06 10:14:00	50.00	0.00	Cartão	\N	\N	paga
941	FR SA2024/941	JJ3B7K2M-941	1105	127	230905552	Tiago Ferreira Soares	598652094	2024-05-06 15:57:00	250.00	0.00	Numerário	\N	\N	paga
942	FR SA2024/942	JJ3B7K2M-942	1106	61	343170078	Hugo Bruno Lourenço Silva	598652094	2024-05-06 17:15:00	55.00	0.00	MB WAY	\N	\N	paga
943	FR SA2024/943	JJ3B7K2M-943	1107	120	266233031	Isabel Almeida Rodrigues	598652094	2024-05-06 17:23:00	55.00	0.00	Multibanco	\N	\N	paga
944	FR SA2024/944	JJ3B7K2M-944	1108	94	219033110	Margarida Rita Jesus Azevedo	598652094	2024-05-06 18:15:00	250.00	0.00	Multibanco	\N	\N	paga
945	FR SA2024/945	JJ3B7K2M-945	1109	21	354081870	Helena Sandra Nunes Moreira	598652094	2024-05-06 19:57:00	50.00	0.00	Cartão	\N	\N	paga
946	FR SA2024/946	JJ3B7K2M-946	1110	1	260506893	Patrícia Sofia Ribeiro Antunes	598652094	2024-05-07 13:21:00	950.00	0.00	MB WAY	\N	\N	paga
947	FR SA2024/947	JJ3B7K2M-947	1111	71	999999990	Consumidor final	598652094	2024-05-07 12:41:00	40.00	0.00	Cartão	\N	\N	paga
948	FR SA2024/948	JJ3B7K2M-948	1112	33	158582004	Vera Antunes Araújo	598652094	2024-05-07 15:20:00	55.00	0.00	MB WAY	\N	\N	paga
949	FR SA2024/949	JJ3B7K2M-949	1113	87	106289454	Gonçalo Almeida Ribeiro	598652094	2024-05-07 16:16:00	40.00	0.00	Numerário	\N	\N	paga
950	FR SA2024/950	JJ3B7K2M-950	1114	85	160204976	Sandra Sousa Silva	598652094	2024-05-08 18:17:00	35.00	0.00	Numerário	\N	\N	paga
951	FR SA2024/951	JJ3B7K2M-951	1115	98	212461486	Inês Lourenço Santos	598652094	2024-05-09 15:37:00	40.00	0.00	Transferência	\N	\N	pendente
952	FR SA2024/952	JJ3B7K2M-952	1117	123	294202510	Tomás Manuel Jesus Simões	598652094	2024-05-11 09:55:00	60.00	0.00	Cartão	\N	\N	paga
953	FR SA2024/953	JJ3B7K2M-953	1118	131	117745421	Rosa Adelaide Rocha Machado	598652094	2024-05-12 10:27:00	250.00	0.00	MB WAY	\N	\N	paga
954	FR SA2024/954	JJ3B7K2M-954	1119	3	145886891	Paulo Silva Fonseca	598652094	2024-05-12 12:52:00	55.00	0.00	Multibanco	\N	\N	paga
955	FR SA2024/955	JJ3B7K2M-955	1120	79	249656914	Cláudia Cardoso Gomes	598652094	2024-05-12 15:50:00	950.00	0.00	Cartão	\N	\N	paga
956	FR SA2024/956	JJ3B7K2M-956	1121	66	176623698	Raquel Catarina Cruz Ramos	598652094	2024-05-12 17:23:00	65.00	0.00	Transferência	\N	\N	paga
957	FR SA2024/957	JJ3B7K2M-957	1122	28	150392524	Raquel Catarina Soares Ramos	598652094	2024-05-13 15:38:00	55.00	0.00	Multibanco	\N	\N	paga
958	FR SA2024/958	JJ3B7K2M-958	1123	79	249656914	Cláudia Cardoso Gomes	598652094	2024-05-14 11:30:00	70.00	0.00	Multibanco	\N	\N	paga
959	FR SA2024/959	JJ3B7K2M-959	1124	67	296294721	Filipa Lopes Araújo	598652094	2024-05-14 16:13:00	50.00	0.00	Numerário	\N	\N	paga
\.


--
-- Data for Name: medicos; Type: TABLE DATA; Schema: public; Owner: sorriso
--

COPY public.medicos (id, nome, titulo, especialidade, cedula_omd, clinica_id, email, telemovel, utilizador, password_hash, ultimo_login, perfil, ativo) FROM stdin;
1	Paulo Jesus Correia	\N	Higienista Oral	\N	1	paulo.correia@sorrisoatlantico.pt	910 897 937	paulo.correia	pbkdf2_sha256$600000$mFbJyvUkmmoQfvPPq8LvVd$MS/mhnLkHhqhUIowCY2g1wvuyl0JLV9gjVCC06vMqXs=	2024-05-06 19:13:27	diretor_clinico	t
2	Diogo Almeida Coelho	Dr.	Endodontista	01608	2	diogo.coelho@sorrisoatlantico.pt	930 818 828	diogo.coelho	pbkdf2_sha256$600000$BM0tmziWa9fVElgXuusxIg$m+CRDUyMAgBNcSyEWituKoxgC/twJdAy84jTi9rv3NI=	2024-05-05 08:34:22	diretor_clinico	t
3	Tiago Vieira Gonçalves	Dr.	Ortodontista	03621	3	tiago.goncalves@sorrisoatlantico.pt	938 680 174	tiago.goncalves	pbkdf2_sha256$600000$bG8fBgQWpmdf3dJbUhtagi$OSjBXyAQFbL4tP1kCBnrVRRDUOaG7c0WelPtWjg08/k=	2024-05-02 05:51:59	clinico	t
4	Rita Coelho Azevedo	Dra.	Odontopediatra	03827	4	rita.azevedo@sorrisoatlantico.pt	929 413 477	rita.azevedo	pbkdf2_sha256$600000$UTtsqxyVW63hIXBO523MuG$swybgGPUGLBMBUY7rJV6FFtCxm4oS1oZBUp3b6+Z/pc=	2024-05-10 14:57:36	clinico	t
5	Rosa Cruz Tavares	Dra.	Ortodontista	02541	5	rosa.tavares@sorrisoatlantico.pt	915 653 844	rosa.tavares	pbkdf2_sha256$600000$iPLJN0qsJRWU7MLMKEE7KN$Yi4w4+ltLKGor7hXWSFBQnxyIEtoKBYI94L2fXhJRzU=	2024-04-27 21:32:24	clinico	t
6	Teresa Lopes Figueiredo	Dra.	Médica Dentista	01294	6	teresa.figueiredo@sorrisoatlantico.pt	968 256 987	teresa.figueiredo	pbkdf2_sha256$600000$FcpqA4IQMPhWLN70DC4azS$ojzMIz1nyiCMSfVAfbgccPE3CnDs680JUcj7oeRsJ7Y=	2024-05-13 04:27:42	clinico	t
7	Hugo Fernandes Almeida	Dr.	Ortodontista	10567	1	hugo.almeida@sorrisoatlantico.pt	912 219 749	hugo.almeida	pbkdf2_sha256$600000$w1eTnL6ghSxD3YAZQNR3Pw$y44G9ByrEgfIYh2v5yDcVg8mSFm4Y1j5jYs114fqVOE=	2024-05-06 09:16:33	clinico	t
8	Henrique Reis Reis	Dr.	Ortodontista	10802	2	henrique.reis@sorrisoatlantico.pt	938 974 108	henrique.reis	pbkdf2_sha256$600000$AEz7QKEo75931gZl3acZOe$SJ+F81iowdb6oVzHLV+nCJapW0xGJI2Gi3y+8ZlJUTY=	2024-05-04 02:59:48	clinico	t
9	Paulo Gonçalves Carvalho	Dr.	Implantologista	04144	3	paulo.carvalho@sorrisoatlantico.pt	912 984 219	paulo.carvalho	pbkdf2_sha256$600000$dvD7RuVczXj3RbJPJnzkx1$2CoFuGb/O8H0zaQVkMTjc92ccZqibghXplT4GGo4Ff8=	2024-04-26 16:35:41	clinico	t
10	Fernando Silva Figueiredo	Dr.	Ortodontista	08019	4	fernando.figueiredo@sorrisoatlantico.pt	917 755 584	fernando.figueiredo	pbkdf2_sha256$600000$a5eZioEbflshENYZcrcuuU$66ziB2CpTSlpjKadjNqZLvseXZF7xRqx07OpNVdum7w=	2024-04-28 04:40:42	clinico	t
11	Afonso Mendes Fonseca	Dr.	Médico Dentista	03541	5	afonso.fonseca@sorrisoatlantico.pt	931 871 836	afonso.fonseca	pbkdf2_sha256$600000$1lCEUtKqBQKUAdB80adq0S$zxZV0RHXvpUTzUl118OK3ziwlhQso0unO4NpLWQgePs=	2024-04-28 05:11:13	clinico	t
12	Catarina Gonçalves Fernandes	Dra.	Ortodontista	11119	6	catarina.fernandes@sorrisoatlantico.pt	935 807 288	catarina.fernandes	pbkdf2_sha256$600000$vJuHdLXQTh0r2vTNhSajdB$8CfXZbLiGx6SWI+zr+7gYeY289IELlC/2FN/0F/FFRg=	2024-04-28 13:03:47	clinico	t
13	João Alves Araújo	Dr.	Implantologista	05045	1	joao.araujo@sorrisoatlantico.pt	965 469 218	joao.araujo	pbkdf2_sha256$600000$jW2SVfORdbrlQYZxuVJNJU$qvjIK9CaRH5MMf96koW+OIU+UfuPJh4Zo3ts38XgdOw=	2024-05-11 09:29:43	clinico	t
14	Sofia Santos Azevedo	Dra.	Ortodontista	11017	2	sofia.azevedo@sorrisoatlantico.pt	915 625 167	sofia.azevedo	pbkdf2_sha256$600000$bTQjCdXKrmGZr6E5Hh5yIQ$cmCxBOC5iy+2Rk975YHRbCgNoeqQc4weI/WI57uqzFM=	2024-04-29 09:29:18	clinico	t
\.


--
-- Data for Name: pacientes; Type: TABLE DATA; Schema: public; Owner: sorriso
--

COPY public.pacientes (id, numero_processo, nome, apelidos, data_nascimento, sexo, nif, numero_utente, email, telemovel, telefone, morada, codigo_postal, localidade, clinica_id, seguradora, numero_beneficiario, responsavel_nome, responsavel_nif, responsavel_telemovel, alergias, consentimento_rgpd, consentimento_em, criado_em) FROM stdin;
1	SA2020/00004	Patrícia Sofia	Ribeiro Antunes	1987-03-11	F	260506893	372116681	patricia.antunes87@live.com.pt	961 718 522	\N	Rua de Pedro Hispano, 266	4150-480	Porto	2	\N	\N	\N	\N	\N	\N	t	2020-01-17 10:44:59	2020-01-17 10:36:59
2	SA2018/00007	Lúcia Marta	Coelho Neves	1989-09-26	F	168330903	144467872	lucia.neves89@live.com.pt	925 794 208	\N	Rua Faria Guimarães, 226, 1.º B	4250-392	Porto	2	\N	\N	\N	\N	\N	\N	t	2018-02-13 11:28:25	2018-02-13 11:03:25
3	SA2020/00011	Paulo	Silva Fonseca	2000-10-30	M	145886891	258013178	paulo105@outlook.pt	932 074 456	\N	Avenida 5 de Outubro, 414	8005-301	Faro	6	Future Healthcare	316865790225	\N	\N	\N	\N	f	\N	2020-01-26 09:55:32
4	SA2016/00012	Sara	Ferreira Alves	2017-06-26	F	206114966	282817919	\N	\N	\N	Rua Filipe Folque, 264	1170-413	Lisboa	1	\N	\N	Margarida Sofia Soares Alves	204415772	924 516 208	\N	t	2016-09-18 10:43:16	2016-09-18 10:41:16
5	SA2017/00016	Teresa	Marques Neves	1961-04-27	F	143108379	392304172	t_neves@netcabo.pt	934 741 691	\N	Rua Filipe Folque, 371, 7.º Esq.	1000-205	Lisboa	1	\N	\N	\N	\N	\N	\N	t	2017-07-10 17:23:33	2017-07-10 17:10:33
6	SA2016/00020	Margarida Leonor	Reis Matos	1948-11-25	F	241804248	126563357	margarida888@iol.pt	916 536 234	\N	Avenida Fernão de Magalhães, 28, 5.º Frente	4200-145	Porto	2	Multicare	864688285540	\N	\N	\N	\N	t	2016-11-05 17:38:46	2016-11-05 17:31:46
7	SA2020/00023	Filipa	Sousa Tavares	2014-11-08	F	226534596	124236084	\N	\N	22 763 6493	Rua Faria Guimarães, 209, R/C	4250-340	Porto	2	Multicare	785349692969	Adelaide Rocha Tavares	149078374	969 758 264	\N	t	2020-11-18 10:31:23	2020-11-18 10:28:23
8	SA2016/00026	Vera Beatriz	Ferreira Azevedo	2005-10-09	F	367073366	122340740	vera.azevedo5@hotmail.com	915 272 573	\N	Rua Dom Pedro V, 1, 9.º Esq.	4700-552	Braga	3	\N	\N	\N	\N	\N	\N	t	2016-02-12 12:00:24	2016-02-12 11:37:24
9	SA2016/00028	Matilde Marta	Neves Moreira	1953-06-30	F	275410382	129795908	matilde774@live.com.pt	914 890 265	289 496 717	Rua Conselheiro Bívar, 150, 1.º A	8005-085	Faro	6	\N	\N	\N	\N	\N	\N	t	2016-07-31 10:42:55	2016-07-31 10:20:55
10	SA2016/00031	Luís	Fonseca Rocha	1972-02-28	M	299590976	136129715	luis.rocha72@hotmail.com	933 578 881	\N	Rua Nova de Santa Cruz, 70	4710-222	Braga	3	Médis	265558564293	\N	\N	\N	Penicilina	t	2016-09-17 10:15:00	2016-09-17 09:55:00
11	SA2021/00035	Raquel Sandra	Costa Nunes	1973-06-25	F	188695800	226519000	r_nunes@gmail.com	918 117 043	\N	Rua do Campo Alegre, 242	4000-283	Porto	2	\N	\N	\N	\N	\N	Látex	t	2021-03-08 09:08:15	2021-03-08 09:05:15
12	SA2024/00036	Beatriz	Teixeira Jesus	1971-09-05	F	292878036	364140491	beatrizjesus@gmail.com	926 775 261	\N	Rua de Cedofeita, 435, 4.º B	4150-215	Porto	2	Future Healthcare	831845032535	\N	\N	\N	\N	t	2024-01-29 11:10:53	2024-01-29 11:01:53
13	SA2016/00039	Maria	Lopes Araújo	1948-02-18	F	287441059	131367921	maria.araujo48@netcabo.pt	961 294 051	\N	Rua de Aveiro, 359, R/C	3000-161	Coimbra	4	\N	\N	\N	\N	\N	\N	t	2016-04-30 09:51:24	2016-04-30 09:50:24
14	SA2022/00042	Sofia	Ferreira Araújo	1981-09-29	F	141389710	141481553	sofia39@netcabo.pt	925 690 497	\N	Rua Filipe Folque, 41, 5.º B	1050-399	Lisboa	1	Médis	702705188580	\N	\N	\N	Penicilina	t	2022-03-24 11:53:09	2022-03-24 11:32:09
15	SA2019/00045	Francisco	Pinto Azevedo	1963-06-02	M	137670303	369696336	f_azevedo@sapo.pt	929 490 634	\N	Avenida Almirante Reis, 364, 3.º Esq.	1050-115	Lisboa	1	\N	\N	\N	\N	\N	Ibuprofeno	t	2019-10-28 18:54:24	2019-10-28 18:26:24
16	SA2019/00050	Henrique Francisco	Vieira Reis	1999-05-23	M	362307695	159816765	henriquereis@gmail.com	914 487 840	\N	Rua do Souto, 214	4700-346	Braga	3	\N	\N	\N	\N	\N	Látex	t	2019-03-25 18:50:15	2019-03-25 18:29:15
17	SA2022/00051	Lúcia Francisca	Alves Ramos	1976-03-21	F	260017728	315558466	lucia.ramos76@outlook.pt	965 486 712	\N	Rua Morais Soares, 9, 1.º A	1600-218	Lisboa	1	\N	\N	\N	\N	\N	Anestésicos com epinefrina - precaução	f	\N	2022-07-04 14:05:34
18	SA2020/00056	Adelaide	Castro Gonçalves	2015-09-29	F	200120000	239682278	\N	\N	21 528 9793	Avenida de Roma, 272	1150-484	Lisboa	1	Allianz Saúde	924389100879	Artur Rocha Gonçalves	290539048	925 223 107	Anestésicos com epinefrina - precaução	t	2020-05-06 10:59:47	2020-05-06 10:32:47
19	SA2018/00058	Raquel Leonor	Castro Reis	1939-02-03	F	218474970	337762206	raquel.reis39@gmail.com	925 336 984	\N	Rua Costa Cabral, 216, 7.º Esq.	4150-467	Porto	2	\N	\N	\N	\N	\N	\N	t	2018-12-10 14:54:32	2018-12-10 14:52:32
20	SA2023/00062	Rodrigo Rui	Pires Vieira	1950-10-29	M	206729103	134370447	r_vieira@outlook.pt	923 848 485	21 726 8151	Rua Filipe Folque, 326	1050-178	Lisboa	1	ADSE	55629016	\N	\N	\N	Látex	t	2023-09-16 16:28:10	2023-09-16 16:16:10
21	SA2021/00064	Helena Sandra	Nunes Moreira	2006-03-24	F	354081870	191867548	helena.moreira@netcabo.pt	917 339 779	22 378 4946	Rua Faria Guimarães, 10	4050-484	Porto	2	\N	\N	\N	\N	\N	Anestésicos com epinefrina - precaução	t	2021-08-02 17:15:05	2021-08-02 17:11:05
22	SA2022/00067	Tomás	Silva Gomes	1945-12-08	M	266603653	323527678	t_gomes@sapo.pt	926 508 418	\N	Rua Dom Pedro V, 277, R/C	4700-182	Braga	3	\N	\N	\N	\N	\N	\N	t	2022-08-16 12:35:04	2022-08-16 12:09:04
23	SA2021/00071	Sofia Lúcia	Cardoso Azevedo	1967-06-19	F	220978140	128287143	sofia.azevedo@hotmail.com	915 354 410	\N	Rua Dona Estefânia, 377, R/C	1170-423	Lisboa	1	Médis	812804303047	\N	\N	\N	\N	f	\N	2021-08-20 18:21:38
24	SA2018/00072	Margarida Sofia	Soares Alves	1979-10-25	F	204415772	259793592	margarida.alves@netcabo.pt	924 516 208	\N	Rua Filipe Folque, 264	1170-413	Lisboa	1	ADSE	94777595	\N	\N	\N	Penicilina	t	2018-02-08 13:34:30	2018-02-08 13:16:30
25	SA2020/00077	Vasco Bruno	Matos Soares	2019-02-19	M	173009140	345478133	\N	\N	\N	Rua Faria Guimarães, 152, 8.º Dto.	4150-573	Porto	2	\N	\N	Henrique Lourenço Soares	139528423	914 748 245	Látex	t	2020-09-25 18:11:28	2020-09-25 17:43:28
26	SA2021/00079	Vasco	Santos Mendes	1979-04-28	M	114619093	394774100	v_mendes@live.com.pt	933 813 971	\N	Rua Dom Pedro V, 222, 1.º Dto.	4705-198	Braga	3	SAMS	626930996082	\N	\N	\N	\N	f	\N	2021-09-04 11:11:14
27	SA2021/00081	Adelaide	Vieira Ferreira	1939-07-20	F	244247820	189158550	a_ferreira@gmail.com	969 530 743	\N	Rua de Cedofeita, 180, 5.º Dto.	4150-220	Porto	2	ADSE	45008163	\N	\N	\N	\N	t	2021-10-30 10:56:02	2021-10-30 10:30:02
28	SA2017/00084	Raquel Catarina	Soares Ramos	1962-12-13	F	150392524	233889406	raquelramos@iol.pt	937 286 577	\N	Rua do Campo Alegre, 431, 5.º Frente	4150-334	Porto	2	ADSE	94960846	\N	\N	\N	\N	t	2017-05-15 15:38:53	2017-05-15 15:20:53
29	SA2022/00087	Jorge	Rocha Cardoso	2008-02-02	M	241239397	230015220	\N	\N	22 297 2014	Rua Costa Cabral, 303, 8.º Esq.	4150-372	Porto	2	\N	\N	Raquel Cunha Cardoso	242312691	935 708 849	Látex	t	2022-08-20 11:20:59	2022-08-20 11:11:59
30	SA2019/00091	Afonso António	Santos Teixeira	2001-01-07	M	251063151	114151064	afonsoteixeira@netcabo.pt	934 985 663	239 599 834	Rua do Brasil, 254, 5.º A	3000-005	Coimbra	4	\N	\N	\N	\N	\N	Látex	t	2019-11-02 09:28:57	2019-11-02 09:26:57
31	SA2019/00093	Sara Rosa	Jesus Carvalho	1944-11-21	F	197697810	353869940	saracarvalho@netcabo.pt	910 275 843	21 447 1108	Avenida de Berna, 97	1700-045	Lisboa	1	Allianz Saúde	422135611692	\N	\N	\N	Nenhuma conhecida	t	2019-02-08 18:58:23	2019-02-08 18:45:23
32	SA2021/00098	Vasco Rui	Moreira Machado	1946-12-14	M	185268820	133579368	\N	937 342 873	\N	Rua Dona Estefânia, 373, 6.º Esq.	1700-511	Lisboa	1	ADSE	81581521	\N	\N	\N	\N	t	2021-01-10 10:50:00	2021-01-10 10:41:00
33	SA2017/00101	Vera	Antunes Araújo	1947-09-05	F	158582004	179174124	\N	967 089 216	\N	Rua de Santa Catarina, 231	4000-156	Porto	2	SAMS	799907290707	\N	\N	\N	\N	t	2017-01-17 16:20:07	2017-01-17 15:53:07
34	SA2022/00103	Sérgio	Soares Freitas	2007-11-18	M	293037957	171676922	\N	\N	\N	Rua de Campolide, 30, 5.º Dto.	1150-040	Lisboa	1	AdvanceCare	227354624782	Rodrigo Gomes Freitas	108497690	919 643 565	Látex	t	2022-09-23 15:48:23	2022-09-23 15:26:23
35	SA2023/00107	Artur Paulo	Cruz Reis	1939-10-26	M	385547293	158001886	artur.reis39@gmail.com	910 995 050	\N	Rua de São Vicente, 255	4700-307	Braga	3	\N	\N	\N	\N	\N	\N	t	2023-06-17 15:22:31	2023-06-17 15:15:31
36	SA2019/00109	Adelaide Filipa	Lopes Tavares	1954-04-09	F	262265150	127370505	adelaidetavares@gmail.com	919 953 871	\N	Rua Costa Cabral, 193, 8.º Frente	4000-398	Porto	2	\N	\N	\N	\N	\N	\N	t	2019-02-27 16:31:23	2019-02-27 16:08:23
37	SA2021/00111	Leonor	Castro Correia	1985-02-23	F	267648227	196731435	l_correia@gmail.com	937 164 539	\N	Rua de São João, 310, 6.º Dto.	2900-058	Setúbal	5	\N	\N	\N	\N	\N	\N	f	\N	2021-05-21 09:28:41
38	SA2016/00116	Joana	Carvalho Rodrigues	2013-10-21	F	104698934	307400659	\N	\N	\N	Rua General Humberto Delgado, 398, 9.º D	3030-364	Coimbra	4	\N	\N	Fernando Rocha Rodrigues	299770702	917 421 142	\N	t	2016-08-21 18:44:04	2016-08-21 18:28:04
39	SA2023/00117	Duarte	Lopes Lourenço	1970-05-22	M	264844092	294606843	duarte801@sapo.pt	916 218 393	\N	Rua do Campo Alegre, 374, 3.º Frente	4100-239	Porto	2	ADSE	17041676	\N	\N	\N	Nenhuma conhecida	t	2023-02-08 11:10:27	2023-02-08 11:06:27
40	SA2017/00122	Hugo	Machado Correia	1976-06-19	M	308117824	301828180	hugo.correia76@hotmail.com	915 399 446	253 866 812	Rua de São Vicente, 262, R/C	4700-487	Braga	3	ADSE	82357445	\N	\N	\N	\N	t	2017-08-10 16:32:30	2017-08-10 16:10:30
41	SA2017/00123	Diogo	Cunha Mendes	1978-05-23	M	342229419	222926438	diogo.mendes78@outlook.pt	964 638 926	\N	Rua de Cedofeita, 37	4300-351	Porto	2	Future Healthcare	334731981767	\N	\N	\N	\N	t	2017-06-23 11:47:27	2017-06-23 11:36:27
42	SA2019/00126	João	Mendes Carvalho	1965-03-08	M	172356326	202300786	joao.carvalho@hotmail.com	915 857 763	\N	Avenida de Berna, 384	1170-474	Lisboa	1	AdvanceCare	993617555295	\N	\N	\N	\N	t	2019-09-20 17:44:35	2019-09-20 17:43:35
43	SA2017/00130	Susana	Cruz Freitas	1994-10-08	F	303926040	237166550	susana.freitas@sapo.pt	964 386 964	22 733 9208	Rua de Pedro Hispano, 70, 7.º A	4100-103	Porto	2	\N	\N	\N	\N	\N	Penicilina	t	2017-08-29 15:59:58	2017-08-29 15:53:58
44	SA2018/00132	Ana	Martins Ribeiro	2008-09-25	F	128843209	279208962	\N	\N	\N	Rua de Santa Catarina, 333, 8.º A	4250-284	Porto	2	\N	\N	José Martins Ribeiro	314884297	911 179 541	\N	t	2018-04-01 18:50:17	2018-04-01 18:26:17
45	SA2020/00137	Inês	Machado Barbosa	2005-09-20	F	277225078	341108846	i_barbosa@gmail.com	966 535 455	\N	Avenida 5 de Outubro, 273, 3.º B	8005-513	Faro	6	\N	\N	\N	\N	\N	\N	t	2020-04-03 15:00:27	2020-04-03 14:53:27
46	SA2020/00139	Gonçalo	Neves Martins	1957-01-18	M	291334180	174583473	goncalomartins@iol.pt	912 344 772	21 996 6028	Avenida de Berna, 210, R/C	1000-319	Lisboa	1	AdvanceCare	731952593257	\N	\N	\N	Penicilina	t	2020-09-11 15:55:29	2020-09-11 15:48:29
47	SA2020/00143	Joana Rosa	Mendes Ribeiro	2001-10-22	F	276068963	242095141	\N	915 805 877	21 943 9851	Avenida Almirante Reis, 359, 1.º B	1170-282	Lisboa	1	\N	\N	\N	\N	\N	\N	t	2020-11-15 13:36:47	2020-11-15 13:19:47
48	SA2017/00144	Ana Carla	Pinto Correia	1993-10-04	F	272081876	127317922	ana.correia93@gmail.com	924 477 237	\N	Rua Filipe Folque, 311	1170-537	Lisboa	1	Multicare	491968734591	\N	\N	\N	Penicilina	t	2017-08-27 14:05:25	2017-08-27 13:50:25
49	SA2019/00147	Francisco	Reis Monteiro	1961-02-11	M	226683133	359927955	francisco709@live.com.pt	911 654 566	\N	Estrada da Penha, 341, R/C	8000-065	Faro	6	\N	\N	\N	\N	\N	\N	t	2019-12-01 20:04:22	2019-12-01 19:44:22
50	SA2021/00150	Carla	Tavares Silva	1999-07-10	F	343513692	199688608	\N	912 140 882	22 859 7068	Rua do Campo Alegre, 53, 4.º B	4100-557	Porto	2	AdvanceCare	395755767697	\N	\N	\N	\N	t	2021-01-20 12:58:48	2021-01-20 12:47:48
51	SA2016/00153	Duarte	Gonçalves Carvalho	1970-01-20	M	220177120	136135096	d_carvalho@iol.pt	919 919 598	\N	Rua Dr. António José Baptista, 162, 6.º D	2900-431	Setúbal	5	Future Healthcare	200961485580	\N	\N	\N	\N	f	\N	2016-06-14 14:34:50
52	SA2018/00157	Afonso	Costa Ribeiro	1954-08-08	M	317868551	312864010	afonso6@outlook.pt	965 354 507	\N	Avenida 5 de Outubro, 379, 1.º Dto.	8005-183	Faro	6	Médis	615505115622	\N	\N	\N	\N	t	2018-02-21 18:24:18	2018-02-21 18:01:18
53	SA2019/00160	Cláudia Teresa	Cruz Coelho	1959-05-23	F	231027400	384258911	\N	912 575 849	21 254 1274	Rua Morais Soares, 65, 3.º Frente	1070-220	Lisboa	1	Future Healthcare	508154802931	\N	\N	\N	Ibuprofeno	t	2019-07-21 10:21:52	2019-07-21 10:01:52
54	SA2018/00163	Tiago Sérgio	Simões Martins	1981-08-08	M	286985179	320032416	tiago.martins@sapo.pt	967 222 859	21 238 5760	Rua Actor Taborda, 272	1170-194	Lisboa	1	Médis	799703501929	\N	\N	\N	\N	f	\N	2018-01-25 10:29:21
55	SA2023/00165	Bruno	Marques Alves	1938-12-14	M	170635848	330891754	bruno.alves38@gmail.com	920 880 231	\N	Rua Dr. António José Baptista, 119, 7.º B	2910-103	Setúbal	5	AdvanceCare	936187891644	\N	\N	\N	Nenhuma conhecida	t	2023-03-30 16:25:05	2023-03-30 16:17:05
56	SA2021/00168	Bruno Diogo	Neves Coelho	2000-08-26	M	238467988	192484596	b_coelho@outlook.pt	910 494 101	\N	Rua Actor Taborda, 255	1600-420	Lisboa	1	\N	\N	\N	\N	\N	\N	t	2021-03-22 14:44:04	2021-03-22 14:21:04
57	SA2022/00171	Rui Manuel	Ramos Correia	2011-05-23	M	381665062	327978908	\N	\N	\N	Rua de São João, 310, 6.º Dto.	2900-058	Setúbal	5	SAMS	678743256114	Leonor Castro Correia	267648227	937 164 539	\N	t	2022-11-27 15:29:39	2022-11-27 15:14:39
58	SA2021/00174	Vasco Luís	Marques Pinto	1964-02-26	M	209318953	391690051	vasco731@sapo.pt	910 641 020	\N	Estrada da Penha, 97, 4.º A	8000-331	Faro	6	Médis	741951863109	\N	\N	\N	Nenhuma conhecida	t	2021-11-26 10:24:01	2021-11-26 10:15:01
59	SA2020/00177	Vera Lúcia	Soares Alves	2007-11-29	F	265760194	221238506	\N	\N	\N	Rua Filipe Folque, 264	1170-413	Lisboa	1	ADSE	10787212	Margarida Sofia Soares Alves	204415772	924 516 208	\N	t	2020-07-18 10:48:15	2020-07-18 10:40:15
60	SA2022/00182	Isabel	Ramos Vieira	1975-09-09	F	292618557	176767805	i_vieira@gmail.com	910 645 960	\N	Rua General Humberto Delgado, 128	3030-482	Coimbra	4	\N	\N	\N	\N	\N	\N	t	2022-11-22 19:46:47	2022-11-22 19:45:47
61	SA2023/00185	Hugo Bruno	Lourenço Silva	1990-12-24	M	343170078	239124912	\N	912 263 111	\N	Rua Filipe Folque, 100	1050-560	Lisboa	1	\N	\N	\N	\N	\N	\N	f	\N	2023-09-18 13:02:51
62	SA2024/00187	Artur	Monteiro Barbosa	1983-12-29	M	260437557	390656614	arturbarbosa@gmail.com	928 282 372	\N	Avenida Almirante Reis, 118	1050-161	Lisboa	1	SAMS	648781629453	\N	\N	\N	\N	t	2024-03-03 18:52:51	2024-03-03 18:23:51
63	SA2016/00191	Vera	Barbosa Vieira	1958-09-15	F	172518938	375850790	v_vieira@gmail.com	925 178 923	239 167 863	Rua Ferreira Borges, 360, 5.º Frente	3040-456	Coimbra	4	Future Healthcare	349999479694	\N	\N	\N	\N	t	2016-01-10 10:54:00	2016-01-10 10:28:00
64	SA2016/00193	Cláudia Isabel	Moreira Rocha	1999-11-17	F	374585890	183718351	c_rocha@outlook.pt	914 859 990	239 829 359	Avenida Sá da Bandeira, 106, 3.º A	3000-231	Coimbra	4	Multicare	778339879083	\N	\N	\N	Ibuprofeno	t	2016-09-30 15:28:36	2016-09-30 15:24:36
65	SA2022/00195	Sandra Marta	Ferreira Rocha	1946-05-25	F	229988210	233321820	sandra1@sapo.pt	933 057 501	\N	Rua Conselheiro Bívar, 3, 7.º A	8005-074	Faro	6	Multicare	496209829206	\N	\N	\N	Anestésicos com epinefrina - precaução	t	2022-07-02 18:23:44	2022-07-02 17:53:44
66	SA2021/00200	Raquel Catarina	Cruz Ramos	1951-12-30	F	176623698	394124444	\N	961 652 712	\N	Rua Costa Cabral, 58, 9.º D	4150-315	Porto	2	Médis	256967064653	\N	\N	\N	\N	t	2021-07-21 16:51:25	2021-07-21 16:29:25
67	SA2023/00202	Filipa	Lopes Araújo	1946-07-29	F	296294721	185042708	filipa129@hotmail.com	928 916 959	253 604 100	Rua de São Vicente, 385, 9.º A	4705-189	Braga	3	ADSE	98798503	\N	\N	\N	Anestésicos com epinefrina - precaução	t	2023-09-18 19:34:12	2023-09-18 19:17:12
68	SA2020/00205	Artur	Rocha Gonçalves	1985-03-15	M	290539048	181613348	arturgoncalves@gmail.com	925 223 107	21 771 3039	Avenida de Roma, 272	1150-484	Lisboa	1	\N	\N	\N	\N	\N	\N	t	2020-10-31 09:44:33	2020-10-31 09:14:33
69	SA2016/00208	Duarte	Alves Rocha	1999-08-29	M	200132636	288962156	d_rocha@gmail.com	927 127 034	\N	Rua Dom Pedro V, 378, 4.º Dto.	4710-167	Braga	3	ADSE	89791913	\N	\N	\N	Penicilina	t	2016-08-21 17:35:16	2016-08-21 17:20:16
70	SA2020/00212	Francisca Sara	Moreira Gomes	1941-03-17	F	237834138	386575112	francisca996@hotmail.com	924 567 791	\N	Rua de São João, 36, 5.º D	2910-008	Setúbal	5	Médis	362652080000	\N	\N	\N	Ibuprofeno	t	2020-01-17 16:08:27	2020-01-17 15:42:27
71	SA2023/00214	Jorge Paulo	Neves Cardoso	2016-01-03	M	196718414	350441326	\N	\N	\N	Rua Almirante Reis, 248	2910-039	Setúbal	5	Multicare	655009552830	Henrique Cruz Cardoso	230041558	921 670 779	\N	f	\N	2023-11-17 15:15:18
72	SA2018/00218	Rodrigo Duarte	Mendes Cruz	2000-11-10	M	244844810	212375554	rodrigo.cruz0@netcabo.pt	938 825 440	\N	Rua de São João, 158	2910-151	Setúbal	5	\N	\N	\N	\N	\N	Ibuprofeno	t	2018-02-02 10:25:29	2018-02-02 10:18:29
73	SA2023/00220	Fernando	Moreira Azevedo	1958-01-07	M	390794996	299871042	f_azevedo@netcabo.pt	937 823 714	\N	Rua Costa Cabral, 391	4150-120	Porto	2	ADSE	12167754	\N	\N	\N	\N	t	2023-04-13 15:27:35	2023-04-13 15:23:35
74	SA2019/00224	Matilde Francisca	Azevedo Oliveira	1995-02-18	F	213433559	291501621	m_oliveira@sapo.pt	912 693 734	\N	Rua Almirante Reis, 165, 2.º Frente	2910-156	Setúbal	5	Médis	981900818827	\N	\N	\N	\N	t	2019-04-24 13:10:28	2019-04-24 12:56:28
75	SA2019/00226	Sérgio António	Lourenço Coelho	1995-04-03	M	207956014	288865420	sergio362@outlook.pt	911 582 512	\N	Rua Dr. António José Baptista, 18	2910-545	Setúbal	5	Future Healthcare	211163745428	\N	\N	\N	\N	f	\N	2019-05-12 10:40:34
76	SA2021/00228	Nuno	Monteiro Jesus	1975-05-14	M	189093943	153083645	nuno.jesus@gmail.com	928 756 666	21 705 2353	Rua Morais Soares, 240	1070-350	Lisboa	1	Allianz Saúde	358588822107	\N	\N	\N	Anestésicos com epinefrina - precaução	t	2021-08-02 15:44:03	2021-08-02 15:19:03
77	SA2021/00232	Vera Helena	Gomes Antunes	1977-08-19	F	220873194	212608091	veraantunes@hotmail.com	915 721 078	\N	Rua Dr. António José Baptista, 334, 1.º Frente	2900-582	Setúbal	5	\N	\N	\N	\N	\N	Anestésicos com epinefrina - precaução	t	2021-09-14 15:44:29	2021-09-14 15:21:29
78	SA2020/00234	Tomás Francisco	Teixeira Antunes	1976-05-24	M	339885475	348550886	\N	928 807 174	\N	Rua Dona Estefânia, 301	1050-080	Lisboa	1	ADSE	52898988	\N	\N	\N	\N	t	2020-11-22 15:04:30	2020-11-22 14:40:30
79	SA2024/00239	Cláudia	Cardoso Gomes	1991-02-20	F	249656914	159974726	\N	939 115 081	\N	Rua de Cedofeita, 13, 9.º D	4000-476	Porto	2	Multicare	104455821535	\N	\N	\N	\N	t	2024-02-23 13:08:52	2024-02-23 12:58:52
80	SA2018/00242	Jorge Duarte	Vieira Silva	1994-03-17	M	244462305	125671439	jorge.silva94@sapo.pt	917 070 438	\N	Rua Faria Guimarães, 296, R/C	4200-476	Porto	2	\N	\N	\N	\N	\N	\N	t	2018-08-12 17:29:37	2018-08-12 17:06:37
81	SA2017/00244	Rodrigo	Cardoso Jesus	2001-05-02	M	270651837	337148582	rodrigo.jesus1@gmail.com	913 913 851	\N	Rua Almirante Reis, 44, 7.º Dto.	2900-200	Setúbal	5	\N	\N	\N	\N	\N	Ibuprofeno	t	2017-12-24 18:28:13	2017-12-24 18:03:13
82	SA2020/00248	Bruno	Mendes Cruz	1995-05-15	M	373122640	157318625	bruno.cruz@netcabo.pt	921 845 151	\N	Rua de Campolide, 342, 4.º A	1050-029	Lisboa	1	ADSE	68540414	\N	\N	\N	\N	t	2020-04-02 18:41:54	2020-04-02 18:18:54
83	SA2020/00249	Catarina Rita	Ramos Pinto	2013-01-16	F	212618660	209747107	\N	\N	\N	Avenida de Berna, 19, 1.º B	1600-253	Lisboa	1	Multicare	819007377091	Afonso Carvalho Pinto	123232333	929 471 930	Ibuprofeno	t	2020-06-10 09:27:44	2020-06-10 09:08:44
84	SA2016/00253	Isabel	Neves Vieira	1987-01-04	F	271201371	241465236	isabel.vieira87@live.com.pt	915 820 004	\N	Avenida Almirante Reis, 197	1700-342	Lisboa	1	\N	\N	\N	\N	\N	Penicilina	t	2016-01-28 18:32:09	2016-01-28 18:03:09
85	SA2017/00257	Sandra	Sousa Silva	1956-06-12	F	160204976	278394341	sandra.silva56@outlook.pt	921 603 262	\N	Rua de Cedofeita, 169	4250-531	Porto	2	\N	\N	\N	\N	\N	\N	f	\N	2017-12-29 17:18:48
86	SA2017/00260	Vasco	Soares Correia	1967-06-07	M	187902623	111248919	vasco.correia67@gmail.com	913 508 783	\N	Rua do Brasil, 407, 3.º A	3030-578	Coimbra	4	ADSE	10518444	\N	\N	\N	Ibuprofeno	t	2017-06-13 11:43:30	2017-06-13 11:22:30
87	SA2022/00263	Sandra Rita	Machado Ribeiro	2018-04-05	F	279366590	288216182	\N	\N	21 965 4718	Avenida Fernão de Magalhães, 44	4250-454	Porto	2	\N	\N	Gonçalo Almeida Ribeiro	106289454	961 315 644	Penicilina	t	2022-08-28 09:31:18	2022-08-28 09:16:18
88	SA2022/00265	Rui	Teixeira Cunha	2006-06-13	M	307493466	348764426	\N	\N	\N	Rua de Cedofeita, 303, R/C	4250-013	Porto	2	Multicare	610727210307	Pedro Coelho Cunha	267142463	915 279 461	Nenhuma conhecida	t	2022-01-29 09:48:22	2022-01-29 09:27:22
89	SA2019/00268	Gonçalo	Almeida Ribeiro	1993-03-01	M	106289454	202149727	goncalo.ribeiro93@hotmail.com	961 315 644	\N	Avenida Fernão de Magalhães, 44	4250-454	Porto	2	SAMS	225270474208	\N	\N	\N	Nenhuma conhecida	t	2019-10-11 09:38:09	2019-10-11 09:11:09
90	SA2021/00272	Sofia Vera	Cardoso Figueiredo	1997-09-01	F	152974970	204136771	s_figueiredo@netcabo.pt	916 460 048	\N	Avenida de Berna, 323, 5.º Dto.	1000-009	Lisboa	1	\N	\N	\N	\N	\N	\N	t	2021-10-23 16:43:26	2021-10-23 16:13:26
91	SA2018/00275	Helena	Freitas Cardoso	1940-03-10	F	250220873	279809324	helena.cardoso40@iol.pt	967 744 293	\N	Rua Dr. António José Baptista, 32	2900-523	Setúbal	5	Médis	551895388129	\N	\N	\N	Anestésicos com epinefrina - precaução	t	2018-06-20 18:00:01	2018-06-20 17:39:01
92	SA2018/00276	Patrícia	Rodrigues Lopes	1967-07-11	F	262821389	255381107	p_lopes@live.com.pt	918 335 270	\N	Avenida 5 de Outubro, 29	2900-319	Setúbal	5	\N	\N	\N	\N	\N	\N	t	2018-03-23 11:39:31	2018-03-23 11:09:31
93	SA2024/00280	Susana	Pinto Vieira	2006-07-21	F	290123240	200136899	\N	\N	\N	Rua General Humberto Delgado, 128	3030-482	Coimbra	4	\N	\N	Isabel Ramos Vieira	292618557	910 645 960	\N	t	2024-01-13 10:30:56	2024-01-13 10:24:56
94	SA2020/00283	Margarida Rita	Jesus Azevedo	1955-11-19	F	219033110	201562599	m_azevedo@gmail.com	923 106 369	\N	Rua Dr. António José Baptista, 113	2910-102	Setúbal	5	Multicare	108798315497	\N	\N	\N	\N	t	2020-03-27 17:02:51	2020-03-27 16:56:51
95	SA2019/00285	Duarte Vasco	Pereira Oliveira	2003-10-12	M	277262283	187282119	duarte.oliveira@iol.pt	933 196 071	\N	Rua de Campolide, 366, 8.º B	1600-024	Lisboa	1	Multicare	876697995460	\N	\N	\N	Penicilina	t	2019-06-12 13:52:34	2019-06-12 13:27:34
96	SA2023/00289	Carlos André	Martins Moreira	1952-08-10	M	129446572	165873170	carlos.moreira@iol.pt	926 551 327	\N	Avenida de Berna, 337, 1.º Dto.	1070-245	Lisboa	1	ADSE	17074902	\N	\N	\N	\N	f	\N	2023-01-01 15:21:06
97	SA2021/00291	Artur	Ribeiro Cruz	1967-04-18	M	226224910	251247615	arturcruz@iol.pt	917 790 516	22 434 4255	Rua de Pedro Hispano, 428, 3.º Dto.	4000-353	Porto	2	Médis	799226384415	\N	\N	\N	\N	t	2021-08-01 14:26:17	2021-08-01 14:11:17
98	SA2023/00295	Inês	Lourenço Santos	1986-08-07	F	212461486	104635095	ines.santos@netcabo.pt	910 586 100	22 276 6541	Rua de Pedro Hispano, 86, 1.º D	4000-153	Porto	2	\N	\N	\N	\N	\N	Nenhuma conhecida	t	2023-08-13 15:49:18	2023-08-13 15:22:18
99	SA2018/00299	Fernando	Reis Azevedo	2010-09-24	M	376899018	242358879	\N	\N	21 783 8671	Avenida de Roma, 32, 1.º A	1070-490	Lisboa	1	Multicare	956063484143	Matilde Araújo Azevedo	286786575	938 673 614	\N	t	2018-03-16 13:04:38	2018-03-16 12:47:38
100	SA2022/00300	Inês Matilde	Tavares Simões	1944-03-17	F	159202515	373812725	ines.simoes@sapo.pt	913 413 340	\N	Rua Actor Taborda, 343, R/C	1170-028	Lisboa	1	Future Healthcare	580811601476	\N	\N	\N	\N	t	2022-07-16 12:31:48	2022-07-16 12:13:48
101	SA2022/00305	Lúcia Fernanda	Pinto Pinto	1948-04-29	F	239365712	325882562	\N	968 294 183	\N	Rua de Campolide, 341, 7.º B	1050-076	Lisboa	1	\N	\N	\N	\N	\N	Nenhuma conhecida	t	2022-01-12 17:39:08	2022-01-12 17:26:08
102	SA2016/00307	Lúcia Catarina	Fernandes Almeida	2008-11-25	F	108502686	286061422	\N	\N	\N	Rua de Aveiro, 318, R/C	3030-428	Coimbra	4	\N	\N	Paulo Cruz Almeida	165579587	937 438 700	\N	t	2016-08-01 19:17:06	2016-08-01 18:49:06
103	SA2019/00310	Paulo Pedro	Lopes Pinto	1939-06-10	M	300773595	389385615	paulopinto@sapo.pt	968 671 724	\N	Avenida João XXI, 251, 6.º Frente	4710-204	Braga	3	\N	\N	\N	\N	\N	\N	f	\N	2019-01-31 10:30:01
104	SA2016/00314	Diogo	Ferreira Gomes	2006-12-05	M	352970510	230535923	\N	\N	\N	Rua de Aveiro, 190, 7.º Dto.	3030-284	Coimbra	4	\N	\N	Rui Simões Gomes	342087126	935 558 392	\N	t	2016-11-18 10:38:12	2016-11-18 10:16:12
105	SA2024/00316	Fernando	Nunes Ferreira	1982-10-05	M	237830493	229766385	fernandoferreira@sapo.pt	967 768 123	21 490 6982	Rua de Campolide, 127, 2.º Dto.	1700-337	Lisboa	1	ADSE	85887670	\N	\N	\N	\N	t	2024-03-10 11:03:13	2024-03-10 10:34:13
106	SA2023/00320	Patrícia	Lopes Alves	2012-10-17	F	378995049	305027524	\N	\N	\N	Avenida de Berna, 195, 6.º Esq.	1070-595	Lisboa	1	\N	\N	Mariana Carvalho Alves	119477777	966 767 690	\N	t	2023-03-20 14:55:15	2023-03-20 14:46:15
107	SA2021/00321	Tiago Bruno	Silva Neves	1939-03-01	M	270509291	252159725	tiagoneves@live.com.pt	967 188 820	\N	Avenida 5 de Outubro, 14	8000-003	Faro	6	AdvanceCare	443676366151	\N	\N	\N	\N	t	2021-08-17 15:47:29	2021-08-17 15:39:29
108	SA2023/00324	André Hugo	Pereira Sousa	1995-02-11	M	154371238	254107160	andre.sousa95@gmail.com	911 809 435	\N	Rua do Campo Alegre, 412, R/C	4000-342	Porto	2	\N	\N	\N	\N	\N	\N	t	2023-12-05 19:59:04	2023-12-05 19:42:04
109	SA2020/00327	José	Rodrigues Coelho	1972-01-28	M	301790833	312482784	\N	964 331 504	\N	Rua Filipe Folque, 85	1000-256	Lisboa	1	\N	\N	\N	\N	\N	\N	t	2020-04-06 19:51:17	2020-04-06 19:26:17
110	SA2021/00332	Mariana	Lopes Rocha	1986-05-06	F	288841123	345193535	\N	965 918 895	\N	Rua Serpa Pinto, 164	8000-107	Faro	6	\N	\N	\N	\N	\N	\N	t	2021-07-02 13:30:03	2021-07-02 13:17:03
111	SA2016/00335	Rodrigo Rui	Rodrigues Silva	1991-08-09	M	296357910	225589583	rodrigo.silva91@hotmail.com	914 275 972	\N	Avenida de Roma, 301	1170-220	Lisboa	1	ADSE	79561499	\N	\N	\N	\N	t	2016-06-18 18:45:24	2016-06-18 18:43:24
112	SA2018/00338	José	Tavares Marques	1968-01-31	M	312271212	144140604	\N	924 900 556	239 259 552	Avenida Sá da Bandeira, 163, R/C	3040-401	Coimbra	4	Médis	510636060241	\N	\N	\N	Penicilina	t	2018-02-19 16:47:36	2018-02-19 16:23:36
113	SA2019/00341	Rui	Araújo Pereira	1954-05-27	M	146425723	339095172	rui.pereira@hotmail.com	932 856 831	\N	Rua de Aveiro, 256	3030-165	Coimbra	4	AdvanceCare	506731372365	\N	\N	\N	\N	t	2019-05-16 17:33:04	2019-05-16 17:26:04
114	SA2021/00343	Rui	Vieira Martins	1991-07-21	M	111860644	272318191	r_martins@netcabo.pt	911 182 775	\N	Rua Filipe Folque, 184, 7.º Dto.	1050-494	Lisboa	1	\N	\N	\N	\N	\N	\N	t	2021-08-21 18:04:06	2021-08-21 17:46:06
115	SA2023/00345	Henrique	Silva Martins	1995-06-14	M	105703338	220292140	henriquemartins@sapo.pt	915 985 503	265 440 244	Rua Dr. António José Baptista, 295, R/C	2910-501	Setúbal	5	\N	\N	\N	\N	\N	Ibuprofeno	t	2023-11-24 15:33:04	2023-11-24 15:25:04
116	SA2020/00348	Mariana Ana	Soares Vieira	2012-06-24	F	213529912	258054630	\N	\N	\N	Rua Faria Guimarães, 439, 5.º Dto.	4100-353	Porto	2	ADSE	53034271	Artur Fonseca Vieira	152456767	935 631 252	\N	t	2020-10-17 13:28:26	2020-10-17 13:16:26
117	SA2017/00353	Inês	Almeida Monteiro	1945-10-27	F	200986740	256452538	ines.monteiro45@gmail.com	937 304 937	265 230 085	Rua de São João, 238, 6.º D	2900-269	Setúbal	5	Médis	753942664904	\N	\N	\N	\N	t	2017-01-10 12:00:37	2017-01-10 11:49:37
118	SA2019/00354	Tomás	Vieira Jesus	1978-04-06	M	265606802	133262394	tomas.jesus@iol.pt	913 479 679	\N	Rua Dona Estefânia, 270, 8.º D	1600-444	Lisboa	1	\N	\N	\N	\N	\N	\N	t	2019-07-08 17:28:33	2019-07-08 17:26:33
119	SA2019/00357	Helena Adelaide	Jesus Tavares	2000-09-27	F	233162240	375704939	helenatavares@live.com.pt	965 788 174	\N	Rua Actor Taborda, 29	1000-325	Lisboa	1	\N	\N	\N	\N	\N	Penicilina	t	2019-10-25 17:58:30	2019-10-25 17:32:30
120	SA2023/00362	Isabel	Almeida Rodrigues	1961-02-12	F	266233031	286129350	isabel.rodrigues@iol.pt	962 695 908	\N	Avenida de Roma, 390	1070-432	Lisboa	1	\N	\N	\N	\N	\N	Anestésicos com epinefrina - precaução	t	2023-09-19 12:05:52	2023-09-19 11:36:52
121	SA2022/00363	Sara Sofia	Matos Cruz	1965-08-25	F	113182082	199294157	s_cruz@iol.pt	963 634 236	\N	Avenida de Roma, 198, 9.º B	1070-268	Lisboa	1	\N	\N	\N	\N	\N	\N	t	2022-07-05 11:05:57	2022-07-05 10:40:57
122	SA2021/00366	Jorge José	Castro Alves	1979-12-03	M	238575969	219522749	jorge.alves@iol.pt	918 787 931	22 113 5018	Rua de Cedofeita, 225, 3.º B	4100-175	Porto	2	\N	\N	\N	\N	\N	\N	t	2021-06-15 12:27:52	2021-06-15 12:02:52
123	SA2024/00371	Tomás Manuel	Jesus Simões	1969-02-11	M	294202510	268909509	tomas670@sapo.pt	964 960 934	\N	Rua Dom Pedro V, 92	4705-323	Braga	3	Allianz Saúde	122850104798	\N	\N	\N	\N	t	2024-02-03 12:13:28	2024-02-03 11:58:28
124	SA2018/00373	Vera	Moreira Reis	2015-02-12	F	143397362	108851959	\N	\N	\N	Rua Costa Cabral, 370, 6.º Esq.	4300-036	Porto	2	\N	\N	André Marques Reis	111350417	924 269 468	\N	t	2018-09-11 18:42:52	2018-09-11 18:38:52
125	SA2023/00376	Rodrigo Ricardo	Rodrigues Vieira	1993-03-29	M	254269796	207771164	r_vieira@iol.pt	918 554 781	\N	Avenida Sá da Bandeira, 197	3000-196	Coimbra	4	Multicare	369032014455	\N	\N	\N	Látex	t	2023-05-01 12:03:52	2023-05-01 11:48:52
126	SA2021/00379	Jorge Francisco	Silva Cruz	1954-12-25	M	192687972	136184840	jorge77@live.com.pt	936 828 286	\N	Avenida de Roma, 437, 7.º B	1050-347	Lisboa	1	ADSE	70763283	\N	\N	\N	\N	t	2021-09-27 13:58:54	2021-09-27 13:41:54
127	SA2023/00381	Jorge Sérgio	Fernandes Soares	2009-11-01	M	196501083	219583352	\N	\N	289 435 643	Rua Conselheiro Bívar, 442, 8.º Dto.	8000-321	Faro	6	\N	\N	Tiago Ferreira Soares	230905552	935 134 862	\N	f	\N	2023-12-13 09:55:31
128	SA2018/00386	Filipa	Correia Martins	1972-04-16	F	106605763	329747799	f_martins@sapo.pt	961 353 275	21 264 6766	Rua Filipe Folque, 164	1000-349	Lisboa	1	ADSE	29323124	\N	\N	\N	\N	t	2018-12-07 18:51:13	2018-12-07 18:42:13
129	SA2022/00388	Sara	Rodrigues Reis	1982-03-28	F	381765725	156066660	sara.reis@netcabo.pt	967 855 440	\N	Avenida João XXI, 1, 3.º D	4715-390	Braga	3	AdvanceCare	388843088474	\N	\N	\N	Látex	t	2022-04-21 14:09:26	2022-04-21 14:05:26
130	SA2020/00392	Miguel Hugo	Cruz Neves	1942-02-24	M	245182713	297144579	miguel584@netcabo.pt	931 088 719	\N	Rua Actor Taborda, 442	1150-268	Lisboa	1	Médis	506458300509	\N	\N	\N	\N	t	2020-12-26 15:10:54	2020-12-26 14:42:54
131	SA2020/00393	Rosa Adelaide	Rocha Machado	1993-08-03	F	117745421	336500894	rosa.machado@gmail.com	916 812 790	22 266 2486	Rua de Santa Catarina, 40, 3.º Frente	4100-054	Porto	2	ADSE	59997742	\N	\N	\N	\N	t	2020-03-23 14:46:36	2020-03-23 14:41:36
132	SA2016/00396	Artur Sérgio	Figueiredo Alves	2008-06-19	M	352335505	320034624	\N	\N	\N	Rua Filipe Folque, 264	1170-413	Lisboa	1	Médis	172899744202	Margarida Sofia Soares Alves	204415772	924 516 208	\N	t	2016-09-01 16:30:08	2016-09-01 16:27:08
133	SA2018/00400	Hugo José	Fonseca Castro	1972-01-05	M	245397302	168583632	\N	937 593 396	\N	Estrada da Penha, 250	8005-250	Faro	6	Multicare	421357815620	\N	\N	\N	\N	t	2018-04-05 14:27:48	2018-04-05 14:23:48
134	SA2019/00403	Nuno	Machado Cruz	2000-07-31	M	340973056	319441930	nuno.cruz0@sapo.pt	968 185 916	\N	Avenida Fernão de Magalhães, 242, 1.º B	4200-101	Porto	2	Médis	443184261490	\N	\N	\N	Anestésicos com epinefrina - precaução	t	2019-01-31 11:20:29	2019-01-31 11:15:29
135	SA2019/00407	Leonor	Cruz Lourenço	1984-04-26	F	269292594	268626038	l_lourenco@sapo.pt	963 189 451	\N	Rua Nova de Santa Cruz, 426	4710-366	Braga	3	Médis	267592208252	\N	\N	\N	\N	t	2019-02-11 10:49:09	2019-02-11 10:19:09
136	SA2020/00409	Artur Tomás	Tavares Nunes	1949-08-01	M	280491123	260778125	artur130@netcabo.pt	918 291 707	\N	Avenida de Berna, 420	1050-041	Lisboa	1	ADSE	77376509	\N	\N	\N	Penicilina	t	2020-04-09 09:20:37	2020-04-09 09:03:37
137	SA2024/00411	Mariana	Simões Moreira	2010-09-22	F	255537956	253258118	\N	\N	\N	Avenida 5 de Outubro, 47	2910-280	Setúbal	5	\N	\N	Lúcia Catarina Azevedo Moreira	260080489	926 579 555	\N	t	2024-01-25 12:08:56	2024-01-25 11:57:56
138	SA2022/00416	Francisco	Santos Gomes	1957-04-23	M	257267247	287865640	francisco.gomes@iol.pt	919 694 802	\N	Estrada da Penha, 83, 6.º Frente	8005-432	Faro	6	\N	\N	\N	\N	\N	\N	t	2022-10-03 11:44:35	2022-10-03 11:31:35
139	SA2017/00418	Ricardo	Tavares Simões	1979-09-20	M	205425720	125439238	ricardo.simoes@live.com.pt	927 800 409	239 258 857	Rua de Aveiro, 188	3030-109	Coimbra	4	AdvanceCare	390033372802	\N	\N	\N	Látex	f	\N	2017-11-22 17:56:48
140	SA2016/00422	Susana	Rocha Correia	1965-12-18	F	147289734	161229220	s_correia@netcabo.pt	911 640 185	\N	Avenida Fernão de Magalhães, 443, 3.º Esq.	4150-583	Porto	2	AdvanceCare	805065635264	\N	\N	\N	Nenhuma conhecida	t	2016-04-22 15:48:14	2016-04-22 15:32:14
141	SA2021/00424	Cláudia Raquel	Rocha Cunha	1969-01-02	F	225355388	343628518	claudiacunha@sapo.pt	934 601 903	\N	Rua de Aveiro, 266, R/C	3020-366	Coimbra	4	\N	\N	\N	\N	\N	\N	t	2021-01-28 17:53:45	2021-01-28 17:30:45
142	SA2021/00426	José	Gonçalves Tavares	1939-12-09	M	121055850	137440302	\N	936 658 414	\N	Rua Serpa Pinto, 46, 5.º D	8000-498	Faro	6	SAMS	120890908846	\N	\N	\N	\N	t	2021-11-27 11:32:10	2021-11-27 11:24:10
143	SA2022/00429	Ricardo	Teixeira Rodrigues	1953-03-02	M	165073373	273460739	ricardo.rodrigues@iol.pt	961 539 671	\N	Rua Almirante Reis, 325, 6.º B	2900-178	Setúbal	5	Médis	591594347870	\N	\N	\N	Nenhuma conhecida	t	2022-10-26 19:28:04	2022-10-26 19:08:04
144	SA2016/00434	Sandra Marta	Simões Coelho	1949-01-05	F	240947916	185663161	\N	910 839 397	22 759 9107	Rua do Campo Alegre, 398, 8.º Frente	4200-455	Porto	2	\N	\N	\N	\N	\N	\N	t	2016-01-24 10:21:19	2016-01-24 09:56:19
145	SA2018/00437	Rita	Vieira Neves	1985-03-20	F	154814229	342564384	ritaneves@netcabo.pt	968 550 495	\N	Rua de Santa Catarina, 216	4200-316	Porto	2	\N	\N	\N	\N	\N	Látex	t	2018-01-29 13:32:54	2018-01-29 13:14:54
146	SA2017/00440	Catarina	Lourenço Ramos	1948-07-31	F	269218777	118466786	catarina260@gmail.com	924 068 524	\N	Rua Dom Pedro V, 143, 8.º Dto.	4700-370	Braga	3	Multicare	655878531072	\N	\N	\N	\N	t	2017-07-31 20:06:14	2017-07-31 19:36:14
147	SA2016/00441	Rita Catarina	Barbosa Neves	2009-03-05	F	251801942	268358124	\N	\N	\N	Rua de Pedro Hispano, 282, 1.º A	4050-211	Porto	2	\N	\N	Francisca Simões Neves	393168484	937 484 846	\N	t	2016-07-31 11:18:07	2016-07-31 10:54:07
148	SA2020/00445	Artur Manuel	Castro Antunes	1986-05-27	M	130651699	270026858	\N	926 182 898	\N	Rua Morais Soares, 440	1050-310	Lisboa	1	Médis	154788614575	\N	\N	\N	Nenhuma conhecida	t	2020-11-18 12:09:32	2020-11-18 11:43:32
149	SA2018/00447	Teresa	Moreira Teixeira	1970-12-17	F	316682926	234789131	teresa.teixeira@iol.pt	939 581 539	253 492 280	Rua de São Vicente, 156	4700-573	Braga	3	Allianz Saúde	211327136507	\N	\N	\N	\N	t	2018-08-15 17:01:19	2018-08-15 16:51:19
150	SA2020/00451	Henrique	Matos Lourenço	1968-11-25	M	269658440	267739072	h_lourenco@iol.pt	928 052 422	\N	Avenida 5 de Outubro, 165, 1.º D	2910-329	Setúbal	5	ADSE	68532265	\N	\N	\N	\N	t	2020-09-28 15:36:32	2020-09-28 15:32:32
151	SA2018/00453	Francisco Duarte	Cunha Lourenço	1968-07-15	M	200765981	228886286	francisco.lourenco68@gmail.com	921 077 668	\N	Avenida Fernão de Magalhães, 248	4200-315	Porto	2	Médis	558081665451	\N	\N	\N	\N	t	2018-07-21 11:22:21	2018-07-21 11:21:21
152	SA2021/00456	Rui	Neves Vieira	2012-10-01	M	230042937	328791407	\N	\N	21 786 1799	Rua General Humberto Delgado, 128	3030-482	Coimbra	4	Multicare	698260730025	Isabel Ramos Vieira	292618557	910 645 960	\N	t	2021-03-13 14:09:27	2021-03-13 13:59:27
153	SA2022/00459	Lúcia Catarina	Azevedo Moreira	1973-05-10	F	260080489	313090425	luciamoreira@live.com.pt	926 579 555	\N	Avenida 5 de Outubro, 47	2910-280	Setúbal	5	Médis	889314143672	\N	\N	\N	Penicilina	f	\N	2022-02-08 11:56:28
154	SA2023/00464	Ricardo Sérgio	Cardoso Sousa	1976-01-11	M	210913746	192766373	ricardosousa@sapo.pt	960 251 288	21 307 8128	Rua Marquês de Fronteira, 344, 6.º D	1000-028	Lisboa	1	ADSE	62054114	\N	\N	\N	\N	t	2023-06-03 14:11:06	2023-06-03 14:03:06
155	SA2021/00465	Rodrigo Luís	Rocha Lourenço	2015-04-15	M	154591149	169848075	\N	\N	\N	Rua do Campo Alegre, 374, 3.º Frente	4100-239	Porto	2	ADSE	17354580	Duarte Lopes Lourenço	264844092	916 218 393	\N	t	2021-11-22 13:28:27	2021-11-22 13:04:27
156	SA2021/00468	Carlos	Costa Machado	2005-06-30	M	139715380	119647009	carlosmachado@netcabo.pt	922 294 796	\N	Rua Nova de Santa Cruz, 211	4715-138	Braga	3	ADSE	19344451	\N	\N	\N	Ibuprofeno	t	2021-06-14 15:50:55	2021-06-14 15:30:55
157	SA2016/00473	Beatriz Raquel	Almeida Alves	1963-06-10	F	214015130	368588517	beatriz.alves63@live.com.pt	914 944 705	\N	Avenida 5 de Outubro, 109, 3.º B	8000-204	Faro	6	AdvanceCare	776284899073	\N	\N	\N	Penicilina	t	2016-03-18 10:06:20	2016-03-18 10:00:20
158	SA2021/00474	Maria Sara	Nunes Oliveira	1971-10-02	F	268040770	314970643	maria.oliveira@live.com.pt	934 862 746	\N	Avenida Almirante Reis, 204, 1.º A	1170-058	Lisboa	1	Médis	285751537603	\N	\N	\N	Anestésicos com epinefrina - precaução	t	2021-08-25 14:35:21	2021-08-25 14:25:21
159	SA2020/00479	Vasco João	Gonçalves Jesus	1950-12-02	M	182569608	374466187	vascojesus@sapo.pt	931 550 689	\N	Avenida João XXI, 348, 2.º D	4710-519	Braga	3	\N	\N	\N	\N	\N	Anestésicos com epinefrina - precaução	t	2020-07-22 19:19:22	2020-07-22 19:10:22
160	SA2023/00482	Joana	Gomes Santos	1954-09-20	F	125758197	307429325	joana388@live.com.pt	927 835 101	21 996 6752	Avenida de Roma, 430	1150-168	Lisboa	1	\N	\N	\N	\N	\N	\N	f	\N	2023-06-29 13:48:07
161	SA2016/00484	Susana Beatriz	Carvalho Pires	1994-09-14	F	107083337	141805586	s_pires@sapo.pt	923 955 266	\N	Rua de Pedro Hispano, 365, 1.º Dto.	4150-170	Porto	2	\N	\N	\N	\N	\N	\N	t	2016-07-17 12:58:49	2016-07-17 12:32:49
162	SA2022/00488	Mariana Raquel	Almeida Coelho	2006-09-12	F	108613690	229979643	\N	\N	\N	Rua Filipe Folque, 85	1000-256	Lisboa	1	Multicare	636398818117	José Rodrigues Coelho	301790833	964 331 504	\N	t	2022-05-03 09:28:25	2022-05-03 09:16:25
163	SA2021/00489	Matilde	Mendes Teixeira	1955-01-13	F	393053580	311117394	matilde556@netcabo.pt	912 782 733	\N	Rua Costa Cabral, 220, 1.º Frente	4250-379	Porto	2	ADSE	13682009	\N	\N	\N	Penicilina	t	2021-03-21 14:24:55	2021-03-21 14:17:55
164	SA2016/00494	Matilde Helena	Sousa Lourenço	1984-03-30	F	362927138	330142214	matildelourenco@netcabo.pt	917 712 388	\N	Rua Filipe Folque, 308	1170-264	Lisboa	1	Future Healthcare	548337045877	\N	\N	\N	\N	t	2016-05-14 12:36:38	2016-05-14 12:12:38
165	SA2017/00496	Isabel Vera	Marques Barbosa	1955-12-08	F	210989700	176390050	i_barbosa@gmail.com	923 374 176	\N	Rua Serpa Pinto, 184, 4.º A	8000-086	Faro	6	Médis	527822816585	\N	\N	\N	\N	t	2017-05-29 14:14:50	2017-05-29 14:10:50
\.


--
-- Name: clinicas_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.clinicas_id_seq', 6, true);


--
-- Name: consultas_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.consultas_id_seq', 1206, true);


--
-- Name: faturas_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.faturas_id_seq', 959, true);


--
-- Name: medicos_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.medicos_id_seq', 14, true);


--
-- Name: pacientes_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.pacientes_id_seq', 165, true);


--
-- Name: clinicas clinicas_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.clinicas
    ADD CONSTRAINT clinicas_pkey PRIMARY KEY (id);


--
-- Name: consultas consultas_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.consultas
    ADD CONSTRAINT consultas_pkey PRIMARY KEY (id);


--
-- Name: faturas faturas_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.faturas
    ADD CONSTRAINT faturas_pkey PRIMARY KEY (id);


--
-- Name: medicos medicos_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.medicos
    ADD CONSTRAINT medicos_pkey PRIMARY KEY (id);


--
-- Name: pacientes pacientes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pacientes
    ADD CONSTRAINT pacientes_pkey PRIMARY KEY (id);


--
-- Name: idx_consultas_paciente; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_consultas_paciente ON public.consultas USING btree (paciente_id);


--
-- Name: idx_consultas_inicio; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_consultas_inicio ON public.consultas USING btree (inicio);


--
-- Name: idx_pacientes_nif; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_pacientes_nif ON public.pacientes USING btree (nif);


--
-- Name: idx_faturas_paciente; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_faturas_paciente ON public.faturas USING btree (paciente_id);


--
-- Name: consultas consultas_paciente_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.consultas
    ADD CONSTRAINT consultas_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES public.pacientes(id);


--
-- Name: consultas consultas_medico_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.consultas
    ADD CONSTRAINT consultas_medico_id_fkey FOREIGN KEY (medico_id) REFERENCES public.medicos(id);


--
-- Name: faturas faturas_paciente_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.faturas
    ADD CONSTRAINT faturas_paciente_id_fkey FOREIGN KEY (paciente_id) REFERENCES public.pacientes(id);


--
-- Name: faturas faturas_consulta_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.faturas
    ADD CONSTRAINT faturas_consulta_id_fkey FOREIGN KEY (consulta_id) REFERENCES public.consultas(id);


--
-- Name: pacientes pacientes_clinica_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pacientes
    ADD CONSTRAINT pacientes_clinica_id_fkey FOREIGN KEY (clinica_id) REFERENCES public.clinicas(id);


--
-- PostgreSQL database dump complete
--

