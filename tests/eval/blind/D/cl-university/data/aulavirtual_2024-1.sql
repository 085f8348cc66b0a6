--
-- PostgreSQL database dump
--

-- Dumped from database version 13.14 (Debian 13.14-1.pgdg110+1)
-- Dumped by pg_dump version 13.14 (Debian 13.14-1.pgdg110+1)

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

CREATE SCHEMA academico;


ALTER SCHEMA academico OWNER TO aula;

--
-- Name: estudiantes; Type: TABLE; Schema: academico; Owner: aula
--

CREATE TABLE academico.estudiantes (
    id integer NOT NULL,
    rut character varying(12) NOT NULL,
    nombres character varying(80) NOT NULL,
    apellido_paterno character varying(60) NOT NULL,
    apellido_materno character varying(60),
    email_institucional character varying(120) NOT NULL,
    email_personal character varying(120),
    telefono character varying(20),
    fecha_nacimiento date,
    direccion character varying(160),
    comuna character varying(60),
    region character varying(60),
    carrera_codigo character varying(5) NOT NULL,
    anio_ingreso smallint NOT NULL,
    estado character varying(12) DEFAULT 'regular'::character varying NOT NULL,
    username character varying(40) NOT NULL,
    password_hash character varying(255) NOT NULL,
    ultimo_acceso timestamp with time zone,
    creado_en timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE academico.estudiantes OWNER TO aula;

--
-- Name: docentes; Type: TABLE; Schema: academico; Owner: aula
--

CREATE TABLE academico.docentes (
    id integer NOT NULL,
    rut character varying(12) NOT NULL,
    nombre_completo character varying(160) NOT NULL,
    email character varying(120) NOT NULL,
    rol character varying(12) NOT NULL,
    departamento character varying(60),
    fecha_contratacion date
);


ALTER TABLE academico.docentes OWNER TO aula;

--
-- Name: cursos; Type: TABLE; Schema: academico; Owner: aula
--

CREATE TABLE academico.cursos (
    id integer NOT NULL,
    codigo character varying(10) NOT NULL,
    nombre character varying(120) NOT NULL,
    semestre character varying(6) NOT NULL,
    seccion smallint DEFAULT 1 NOT NULL,
    docente_id integer,
    creditos smallint,
    moodle_id integer
);


ALTER TABLE academico.cursos OWNER TO aula;

--
-- Name: inscripciones; Type: TABLE; Schema: academico; Owner: aula
--

CREATE TABLE academico.inscripciones (
    id integer NOT NULL,
    estudiante_id integer NOT NULL,
    curso_id integer NOT NULL,
    fecha_inscripcion timestamp with time zone NOT NULL,
    nota_final numeric(2,1),
    estado character varying(10) NOT NULL
);


ALTER TABLE academico.inscripciones OWNER TO aula;

--
-- Name: entregas; Type: TABLE; Schema: academico; Owner: aula
--

CREATE TABLE academico.entregas (
    id integer NOT NULL,
    estudiante_id integer NOT NULL,
    curso_id integer NOT NULL,
    tarea character varying(60) NOT NULL,
    enviado_en timestamp with time zone NOT NULL,
    archivo character varying(120),
    sha1 character(40),
    ip_envio inet,
    calificacion numeric(2,1),
    comentario_docente text,
    calificado_por integer,
    calificado_en timestamp with time zone
);


ALTER TABLE academico.entregas OWNER TO aula;

--
-- Data for Name: estudiantes; Type: TABLE DATA; Schema: academico; Owner: aula
--

COPY academico.estudiantes (id, rut, nombres, apellido_paterno, apellido_materno, email_institucional, email_personal, telefono, fecha_nacimiento, direccion, comuna, region, carrera_codigo, anio_ingreso, estado, username, password_hash, ultimo_acceso, creado_en) FROM stdin;
5001	22145966-0	Cristóbal Ignacio	Valenzuela	Vásquez	cristobal.valenzuela7@alumnos.uandinap.cl	\N	+56 9 4775 4123	2005-01-12	Av. Kennedy 303	Rancagua	Región de O'Higgins	ICO	2024	eliminado	cvalenzuelav	$2y$10$zmYyteqTdq9JpaEAsvhE8UBgyGJLnW8Hi7nF74Kz50OsmuHTqJ5NG	2024-03-18 22:01:02-04	2024-02-26 15:53:19-04
5002	22353566-6	Nicolás José	Silva	Jara	nicolas.silva@alumnos.uandinap.cl	\N	+56 9 4907 4966	2005-08-07	Av. Pajaritos 1528	Maipú	Región Metropolitana	ICO	2024	regular	nsilvaj	$2y$10$ssrvqpDQMYE4vZrKbDs6VhrXNH.4GavhTVQvGVd3wd0URd9539/uT	2024-06-28 14:42:55-04	2024-02-21 00:29:57-04
5003	22156481-2	Lucas José	Sepúlveda	Flores	lucas.sepulveda@alumnos.uandinap.cl	lucassepulveda05@hotmail.com	09-1260 8356	2005-12-12	Buenos Aires 1920, block 3 depto 30	Villa Alemana	Región de Valparaíso	ICO	2024	regular	lsepulvedaf	$2y$10$pKlB3gPeX43FqzJETOiZaJS7veIhLQ17q5V4GnfwFmThsGRyh9PdV	2024-06-28 19:49:38-04	2024-03-06 10:00:27-04
5004	20702035-4	Constanza Antonia	Muñoz	Figueroa	constanza.munoz@alumnos.uandinap.cl	constanzamunoz00@gmail.com	9 7483 4452	2000-05-13	Pasaje Las Acacias 1400, block 4 depto 38	Quilpué	Región de Valparaíso	ICO	2020	regular	cmunozf	$2y$10$q7xDN2fSKROmvjVOW0yPWskp8XpxO4lZS4aOqisZ9WndhQeSoE.W6	2024-06-20 22:29:33-04	2020-02-29 16:39:18-04
5005	21982872-1	Josefa	Castro	Olivares	josefa.castro@alumnos.uandinap.cl	\N	+5699265 1250	2004-04-17	Calle Blanco 2769, block 13 depto 34	Valparaíso	Región de Valparaíso	DER	2024	regular	jcastroo	$2y$10$43TTEi4fONE/B2a.rkheXA5G0mGW/8YpCErY9WgcDehTL.klFdz/g	2024-06-26 09:20:50-04	2024-03-10 00:32:55-04
5006	22355935-2	Fernanda Isabel	Valenzuela	Fuentes	fernanda.valenzuela@alumnos.uandinap.cl	fvalenzuela287@yahoo.es	+5693384 8769	2005-03-14	Pasaje Las Acacias 315, depto. 1186	Quilpué	Región de Valparaíso	DER	2024	eliminado	fvalenzuelaf	$2y$10$ttzlQwF9ZjWZlsJP/Gs.6liCxtJMlWiT/WsNKkvVxRx23tiI9eeMq	2024-04-26 03:19:07-04	2024-03-10 16:57:05-04
5007	21226316-8	Vicente Alonso	Contreras	Sánchez	vicente.contreras@alumnos.uandinap.cl	\N	09-5213 0712	2002-09-23	Av. Matta 2170	Santiago	Región Metropolitana	PED	2022	regular	vcontrerass	8f963c34cb1ad856dbc6b42aaab21e7b	2024-06-29 03:04:44-04	2022-03-07 17:00:31-04
5008	21003140-5	Ignacio Alonso	Araya	Hernández	ignacio.araya@alumnos.uandinap.cl	\N	09-6434 1328	2001-06-16	Av. Valparaíso 2220, depto. 1143	Villa Alemana	Región de Valparaíso	ENF	2021	regular	iarayah	$2y$10$P.7BusI7Wboa1stN4B7Eh65.x4kfHwBwYY755STRDgIhZyHfX2aWz	2024-06-27 01:39:15-04	2021-03-04 01:29:09-04
5009	20978843-8	Sebastián	Aguilera	Tapia	sebastian.aguilera@alumnos.uandinap.cl	aguilera.sebastian@yahoo.es	9 6684 0186	2001-02-18	Buenos Aires 686, depto. 450	Villa Alemana	Región de Valparaíso	DER	2020	regular	saguilerat	$2y$10$/AYCWNT.w7CX/fwh.031jy3s7qlBIMhNqIxXnbzzBAocZRWEsuOBo	2024-06-27 14:10:19-04	2020-02-24 02:09:29-04
5010	21479977-4	Nicolás Eduardo	López	Jara	nicolas.lopez@alumnos.uandinap.cl	\N	09-2208 9233	2003-04-18	5 de Abril 152, depto. 888	Maipú	Región Metropolitana	ENF	2022	regular	nlopezj	$2y$10$/xMm/FX7CRgBARK.zj6hzb82KLzjsr4MHV47oh6ppBe3OmgyaYu2O	2024-06-24 14:08:41-04	2022-02-28 14:07:44-04
5011	22386763-4	Camila Belén	Núñez	Torres	camila.nunez@alumnos.uandinap.cl	\N	+5697984 5616	2005-09-11	Pasaje Las Acacias 72, block 10 depto 14	Quilpué	Región de Valparaíso	PED	2024	regular	cnunezt	$2y$10$eVSsh3PM47xoxAPKIhvOjTf.JBYQ4gDtMWVaedfklOlcj1WEofwFC	2024-06-30 08:36:13-04	2024-03-05 13:23:33-04
5012	22014625-1	Isidora Antonia	Aguilera	Vergara	isidora.aguilera@alumnos.uandinap.cl	isidora.aguilera@yahoo.es	+5697079 2720	2004-08-22	Av. San Martín 2488, block 5 depto 13	Viña del Mar	Región de Valparaíso	PED	2023	regular	iaguilerav	$2y$10$YmFWRpFkY/QWhBSz0d4TyUsvA3nuyPqoPf8EWMEia29BUbiXiPe2g	2024-06-21 09:18:49-04	2023-03-02 07:10:10-04
5013	21796040-1	Lucas	Flores	Carrasco	lucas.flores@alumnos.uandinap.cl	lucas.flores@gmail.com	+56 9 6565 2712	2004-06-25	Av. Borgoño 1596, block 30 depto 18	Concón	Región de Valparaíso	PED	2024	regular	lfloresc	$2y$10$Y3f8FJYlrGSCQIVsXFCMqEwtdPpbybaxX2Et.U8F5e.U1vdkXNBn7	2024-06-29 09:51:53-04	2024-02-23 23:46:55-04
5014	22396555-5	Trinidad Paz	Castro	Araya	trinidad.castro4@alumnos.uandinap.cl	trinidadcastro05@gmail.com	9 6281 2923	2005-09-11	Av. Brasil 2863, depto. 661	Rancagua	Región de O'Higgins	PSI	2024	regular	tcastroa	649129e694696c154757f4c751b19b91	2024-06-29 11:55:42-04	2024-02-24 23:28:16-04
5015	22102017-0	Gaspar Alonso	Valenzuela	Vergara	gaspar.valenzuela@alumnos.uandinap.cl	gasparvalenzuela05@gmail.com	09-4599 4339	2005-07-13	Av. Kennedy 177, depto. 1201	Rancagua	Región de O'Higgins	PED	2024	regular	gvalenzuelav	$2y$10$iJvW/acm9Wb/tNp/cHNfuL3pGF4iN7hmcdpY52kigidbN6SSA9Ccm	2024-06-25 21:19:33-04	2024-02-20 12:21:41-04
5016	21834255-8	Antonia Sofía	Fernández	Pizarro	antonia.fernandez@alumnos.uandinap.cl	\N	+5691144 5841	2004-06-30	Irarrázaval 2169, depto. 1728	Ñuñoa	Región Metropolitana	PED	2024	regular	afernandezp	$2y$10$HunzpMUkF7dRml2k0DUKa5TDp7Az5AN26HduEQb276k/ZWLmrdEBa	2024-06-25 22:16:17-04	2024-02-20 20:04:58-04
5017	21688242-3	Tomás Eduardo	Valenzuela	Olivares	tomas.valenzuela@alumnos.uandinap.cl	tomas.valenzuela@gmail.com	+56 9 4266 7685	2003-11-14	Av. Valparaíso 1438	Villa Alemana	Región de Valparaíso	INF	2022	regular	tvalenzuelao	$2y$10$/h1aqnvrOVX2/GkPHt6XGJpViPMIhhtVwRflQZRWwvGIriucvHUhE	2024-06-25 21:01:52-04	2022-02-23 07:19:40-04
5018	21507438-2	Gaspar Eduardo	Sepúlveda	Cortés	gaspar.sepulveda@alumnos.uandinap.cl	gsepulveda504@outlook.com	+56 9 1510 2841	2003-05-05	Av. Borgoño 385, block 20 depto 21	Concón	Región de Valparaíso	PED	2023	regular	gsepulvedac	$2y$10$/vs4xbF0Wr89Du0.m3j1.pvdtlslBL.9PAd/yJT00D/uJMOl.Rm9h	2024-06-27 09:23:28-04	2023-02-26 08:16:57-04
5019	22000547-K	Trinidad Carolina	Torres	Muñoz	trinidad.torres@alumnos.uandinap.cl	\N	+56 9 4380 8730	2004-07-27	Av. Kennedy 2529, block 21 depto 18	Rancagua	Región de O'Higgins	ICO	2024	eliminado	ttorresm	$2y$10$Qxvm3O0NSmRE3M4vCTJzlpAeiP3vaB9mbavcSoE4qIs/sdfCr8qUq	2024-04-08 04:50:57-04	2024-02-27 02:01:46-04
5020	21106133-2	Josefa Carolina	Aguilera	Soto	josefa.aguilera@alumnos.uandinap.cl	josefaaguilera02@gmail.com	09-1562 9651	2002-07-25	Av. Libertad 2593, block 24 depto 14	Viña del Mar	Región de Valparaíso	ENF	2021	regular	jaguileras	$2y$10$O.uIOVff2nErIZBIfMPVCCdvu.dPaEbpacms.GwlHJuALCIjap3OG	2024-06-26 13:48:37-04	2021-03-05 17:25:20-04
5021	22231481-K	Ignacia	Sánchez	Rojas	ignacia.sanchez@alumnos.uandinap.cl	\N	+56 9 7917 8950	2005-04-10	Av. Brasil 2852	Valparaíso	Región de Valparaíso	ENF	2024	regular	isanchezr	$2y$10$hLzcyj.RQcH8uYK6IdE.CXtgtFoDdZxA4fLCMyM8v99ZzM6i6TvMl	2024-06-20 19:35:23-04	2024-03-06 03:32:49-04
5022	20265609-9	Ignacio	Muñoz	Cortés	ignacio.munoz@alumnos.uandinap.cl	ignacio.munoz@hotmail.com	09-9587 7199	1999-12-23	Pasaje Las Acacias 586	Quilpué	Región de Valparaíso	DER	2019	regular	imunozc	$2y$10$jQtckAWSGUOpq6CeC3Ls.Mv4zYLIFSOkgra5cv/PDa7o5mkYM64qh	2024-06-27 19:47:20-04	2019-02-25 03:40:00-04
5023	22038435-7	Lucas	Sánchez	Torres	lucas.sanchez9@alumnos.uandinap.cl	\N	+56 9 6575 1052	2004-01-24	Irarrázaval 2756, depto. 1470	Ñuñoa	Región Metropolitana	DER	2023	regular	lsanchezt	$2y$10$edAIgBuTMJfdpu.1fEhSPiBkzlCASKkM.mUblBSvMpXOKdUySH2tm	2024-06-29 20:00:19-04	2023-02-28 22:01:35-04
5024	22353847-9	Vicente	Vásquez	Silva	vicente.vasquez@alumnos.uandinap.cl	vicente.vasquez@gmail.com	09-5107 2463	2005-06-01	Av. Alemania 187, block 11 depto 27	Valparaíso	Región de Valparaíso	PSI	2024	regular	vvasquezs	$2y$10$Xr4nvJTvPEuwT9SF7LPwvjDsj5s52HP2byPgEWVG.ziDHsqacGvpV	2024-06-25 12:14:01-04	2024-03-03 18:12:34-04
5025	20743024-2	Constanza	Silva	Fuentes	constanza.silva@alumnos.uandinap.cl	constanza.silva@gmail.com	+56 9 4993 0427	2000-07-13	Santiago 1190, block 11 depto 18	Villa Alemana	Región de Valparaíso	PSI	2019	regular	csilvaf	$2y$10$T39vFqa5Al92n4YQ.7bxgz28tALB9QHbOUmTiX3OqgTem8GNjptZB	2024-06-23 07:13:06-04	2019-02-25 18:03:30-04
5026	22124976-3	Francisca	Zúñiga	Valenzuela	francisca.zuniga4@alumnos.uandinap.cl	fzuniga957@gmail.com	09-5053 7676	2005-02-17	Irarrázaval 1768	Ñuñoa	Región Metropolitana	INF	2024	regular	fzunigav	$2y$10$Oe8KbqS5d1REeWFh/c.UKzwXig7usUQk23lY3Clhvqs73oSaT4knG	2024-06-28 10:01:33-04	2024-02-25 00:57:09-04
5027	20703379-0	Matías	Gutiérrez	Carrasco	matias.gutierrez@alumnos.uandinap.cl	gutierrez.matias@outlook.com	09-6287 2306	2000-11-21	Av. Los Carrera 2210, depto. 1420	Quilpué	Región de Valparaíso	ENF	2020	regular	mgutierrezc	8d80c6ee248172cca41d1361b18dda89	2024-06-22 02:05:29-04	2020-02-25 10:16:01-04
5028	20699241-7	Isidora Isabel	Castillo	Zúñiga	isidora.castillo@alumnos.uandinap.cl	\N	9 5436 3822	2000-10-04	Av. Borgoño 2047, depto. 1601	Concón	Región de Valparaíso	ICO	2019	regular	icastilloz	577e93cd19420fdf535d5d81791ec24b	2024-06-22 01:02:06-04	2019-02-27 19:21:30-04
5029	22340054-K	Josefa	Torres	Sánchez	josefa.torres@alumnos.uandinap.cl	josefa.torres@gmail.com	9 7368 1068	2005-01-05	Av. Pajaritos 1863	Maipú	Región Metropolitana	PSI	2023	regular	jtorress	$2y$10$jKshbR5zsjqx8.XnZVAjgbDLYQ5TxHHzLweav5mZJF.25TngFn6/N	2024-06-24 07:47:58-04	2023-02-20 18:21:32-04
5030	21672435-6	Agustín Antonio	Martínez	Díaz	agustin.martinez@alumnos.uandinap.cl	agustin.martinez@outlook.com	09-9278 5085	2003-09-26	Quillota 1335	Viña del Mar	Región de Valparaíso	DER	2023	regular	amartinezd	$2y$10$TTJtYai1JKdCFRjITQmCtmqgXr5Lu/PqRCD64c07zUFKWSTr/OxeK	2024-06-22 03:41:34-04	2023-03-03 06:04:36-04
5031	21229299-0	Martina	Jara	Zúñiga	martina.jara@alumnos.uandinap.cl	martinajara02@outlook.com	9 9424 1262	2002-04-14	Av. Los Carrera 797, depto. 1536	Quilpué	Región de Valparaíso	PED	2022	regular	mjaraz	$2y$10$LaRRyH.Tsa5iG8mEcDKeiz1iuNcIsd/cE8E7Os3EHCDHFwO./YgZ7	2024-06-30 04:27:22-04	2022-03-05 06:32:25-04
5032	21011785-7	Agustín Eduardo	Rodríguez	Vergara	agustin.rodriguez9@alumnos.uandinap.cl	agustinrodriguez01@hotmail.com	+56 9 8427 1801	2001-07-25	Av. Pajaritos 21, block 4 depto 26	Maipú	Región Metropolitana	PED	2020	regular	arodriguezv	$2y$10$qolXCV8a7zxC5XZ2iSZtRILPKB/dKLfXJY4pEYldEwTzQJPNejnsl	2024-06-29 17:43:41-04	2020-02-22 14:47:50-04
5033	21399947-8	Gaspar	Cortés	Sepúlveda	gaspar.cortes@alumnos.uandinap.cl	gasparcortes02@yahoo.es	9 4440 9721	2002-08-19	Walker Martínez 1215, block 7 depto 42	La Florida	Región Metropolitana	INF	2022	regular	gcortess	$2y$10$jzvluoOlRuY2dW2kF9iioeJS0Oj0qP37.pQYXPHxeJ4l6u9.4uLiD	2024-06-25 14:35:54-04	2022-02-27 05:12:40-04
5034	20463025-9	Martina	Tapia	Rodríguez	martina.tapia@alumnos.uandinap.cl	\N	+5690971 1414	2000-07-15	Quillota 2629, block 27 depto 32	Viña del Mar	Región de Valparaíso	DER	2019	regular	mtapiar	$2y$10$5BAco6Dva.fAilP1ToMQP95/ceodR/m4hC73HOlVSHEZmH9BQNCy5	2024-06-29 22:11:50-04	2019-02-25 13:59:00-04
5035	21756911-7	Antonia Andrea	Hernández	Pizarro	antonia.hernandez@alumnos.uandinap.cl	antoniahernandez04@gmail.com	09-6078 5951	2004-07-17	Estado 1996	Rancagua	Región de O'Higgins	PSI	2024	regular	ahernandezp	$2y$10$h34HtmmjMcQKB.BvNU91Nbo2CpyBVdKm3LWMPwLQpXTAmO1bytTBW	2024-06-29 14:21:22-04	2024-03-04 17:14:03-04
5036	22213264-9	Matías Javier	Morales	Espinoza	matias.morales@alumnos.uandinap.cl	\N	+5699454 4904	2005-04-07	Pasaje Las Acacias 2675	Quilpué	Región de Valparaíso	INF	2024	eliminado	mmoralese	$2y$10$l/X9Lg7gX.vKmXG5MkJNAFvoMHCZGGfTt4N8v.5.kcn.WaORDZ9yF	2024-04-06 09:19:37-04	2024-02-28 04:35:32-04
5037	22003400-3	Valentina	Contreras	Vásquez	valentina.contreras@alumnos.uandinap.cl	valentina.contreras@hotmail.com	+5699700 5274	2004-09-11	Estado 855, depto. 403	Rancagua	Región de O'Higgins	ICO	2023	regular	vcontrerasv	$2y$10$fgHr7BFuv9lurGV8cIFyRTjqMfrIFkp8cBpf0x1vzvPFoXlIc1uQU	2024-06-20 09:44:45-04	2023-03-06 18:23:49-04
5038	20963497-K	Camila Belén	Díaz	Aguilera	camila.diaz@alumnos.uandinap.cl	\N	+5691404 1460	2001-12-30	Av. Borgoño 916, depto. 1433	Concón	Región de Valparaíso	INF	2021	regular	cdiaza	$2y$10$sUn6UICvHoVPSCUkqbDcTsgUQo.LRhCVP0HXABg6A3P9eEVpIVj09	2024-06-29 14:40:20-04	2021-03-05 15:17:17-04
5039	21293490-9	Agustín	Tapia	Torres	agustin.tapia1@alumnos.uandinap.cl	agustin.tapia@gmail.com	09-6336 1603	2002-07-24	Santiago 957	Villa Alemana	Región de Valparaíso	PED	2022	regular	atapiat	8d011877f29c7644f71fd38c4ca7354e	2024-06-20 11:46:38-04	2022-02-28 21:13:07-04
5040	20870455-9	Florencia	Espinoza	Reyes	florencia.espinoza@alumnos.uandinap.cl	florenciaespinoza01@yahoo.es	09-1708 5880	2001-02-23	Av. Pedro Montt 1317, block 3 depto 36	Valparaíso	Región de Valparaíso	PSI	2020	regular	fespinozar	$2y$10$boTlC/ChnxgweCzJxf0uBPDi1NtXJH9DJk2mCugnIIADF8ZWdVk4U	2024-06-21 06:21:04-04	2020-03-06 00:09:25-04
5041	21816427-7	Camila	Flores	Torres	camila.flores@alumnos.uandinap.cl	cflores323@hotmail.com	9 9272 0856	2004-08-07	Los Pinos 2025, block 28 depto 42	Concón	Región de Valparaíso	ENF	2024	regular	cflorest	$2y$10$MRKDzgalTc0F3eas1q/fyCr7EKCrJUMAh.pFGLRfURNv.5BpsHcd8	2024-06-29 22:31:31-04	2024-03-10 07:49:04-04
5042	21146810-6	Maximiliano Andrés	Aguilera	Carrasco	maximiliano.aguilera@alumnos.uandinap.cl	maguilera859@outlook.com	+5695544 4445	2002-02-10	Los Pinos 1118, block 22 depto 15	Concón	Región de Valparaíso	ICO	2020	regular	maguilerac	$2y$10$lQnbV0hsexa.zn27YGpm8wj64/0C9A/ZT3j2jaTX1/XVFmCjHpBQZ	2024-06-20 11:05:05-04	2020-02-27 04:49:05-04
5043	20902957-K	Gaspar Esteban	Figueroa	Núñez	gaspar.figueroa8@alumnos.uandinap.cl	figueroa.gaspar@gmail.com	+56 9 9153 4541	2001-02-08	Av. Vicuña Mackenna 2481	La Florida	Región Metropolitana	ENF	2019	regular	gfigueroan	$2y$10$wtiIZ0aMo6G/TvC6fn5L115wHL.8Dlk9ft/qHbQki.m4jHuiooWUA	2024-06-21 04:54:18-04	2019-03-08 05:59:31-04
5044	21824562-5	Nicolás	Gutiérrez	Fernández	nicolas.gutierrez@alumnos.uandinap.cl	nicolasgutierrez04@gmail.com	+56 9 0815 2717	2004-05-18	Av. Matta 2326	Santiago	Región Metropolitana	ENF	2024	regular	ngutierrezf	c8fc5a748489e6be456ed9f0fbf4abb5	2024-06-22 07:00:47-04	2024-03-09 23:07:40-04
5045	18267443-5	Joaquín	Sepúlveda	Olivares	joaquin.sepulveda@alumnos.uandinap.cl	joaquin.sepulveda@yahoo.es	9 4515 8681	1993-05-31	5 Oriente 677	Viña del Mar	Región de Valparaíso	ENF	2022	regular	jsepulvedao	$2y$10$XuIh2BzQKXbM6sIA08n76rTLZLC4ZxO/XrCm3.ODqgHFF7c.WtyeX	2024-06-29 17:38:48-04	2022-02-27 04:10:39-04
5046	21728708-1	Maximiliano	Vásquez	Vergara	maximiliano.vasquez@alumnos.uandinap.cl	maximilianovasquez03@outlook.com	09-0162 3437	2003-12-07	Av. Valparaíso 2801	Villa Alemana	Región de Valparaíso	PSI	2023	regular	mvasquezv	$2y$10$K2WQk.VxIi2/HUFrEgx6cT1F0ygcqqAEG9GLyHZNISKGvAug/a.GA	2024-06-30 05:17:50-04	2023-03-01 22:06:50-04
5047	21013771-8	Sebastián Eduardo	Flores	Tapia	sebastian.flores@alumnos.uandinap.cl	\N	09-2421 0679	2001-08-28	Los Jardines 2385, depto. 765	Ñuñoa	Región Metropolitana	PSI	2020	regular	sflorest	$2y$10$/4Tojnerri3nWVK6UnHaPEvyP4NYI0ggOa/dZhlWZN5GBSoHDG8vd	2024-06-23 20:45:01-04	2020-02-22 09:22:16-04
5048	21864504-6	Cristóbal Javier	Soto	Cortés	cristobal.soto@alumnos.uandinap.cl	soto.cristobal@outlook.com	9 4790 1639	2004-04-27	Av. Los Carrera 2558	Quilpué	Región de Valparaíso	INF	2023	regular	csotoc	edadd95207a50ab37fa58ad7faed9f34	2024-06-22 17:29:16-04	2023-03-06 01:54:02-04
5049	21610414-5	Nicolás Esteban	Martínez	Valenzuela	nicolas.martinez@alumnos.uandinap.cl	nicolasmartinez03@hotmail.com	+56 9 0781 4156	2003-08-14	Av. Libertad 1592	Viña del Mar	Región de Valparaíso	PSI	2023	regular	nmartinezv	$2y$10$dnWzLJBl.YWQsrterbqOtFU78Dn8VXItkKH66NhJyivjDOFOcrYAx	2024-06-25 04:32:06-04	2023-03-07 08:25:44-04
5050	21996027-1	Agustín Andrés	Morales	Olivares	agustin.morales2@alumnos.uandinap.cl	morales.agustin@outlook.com	09-3860 9702	2004-05-15	Av. Pajaritos 930	Maipú	Región Metropolitana	PED	2024	congelado	amoraleso	c811a42e35cb75293afec2889cacf4e7	2024-06-24 01:57:14-04	2024-03-07 05:52:52-04
5051	22617670-5	Cristóbal	Carrasco	Contreras	cristobal.carrasco@alumnos.uandinap.cl	carrasco.cristobal@gmail.com	09-7385 0617	2006-02-28	Av. Matta 2813	Santiago	Región Metropolitana	PSI	2024	regular	ccarrascoc	$2y$10$LDNp49iYgR75AjLh7hsda0MNZNr8GwqM6WIdhNvalr/iOp9pHl8IK	2024-06-20 17:13:40-04	2024-02-27 10:14:14-04
5052	18030645-5	Antonia Andrea	Sánchez	Zúñiga	antonia.sanchez@alumnos.uandinap.cl	sanchez.antonia@hotmail.com	9 6414 7824	1992-03-14	Pasaje Las Acacias 1841	Quilpué	Región de Valparaíso	PSI	2020	regular	asanchezz	$2y$10$DgHYNbGZ/6.2mxMbiDYQPVbr8l.TpSfm6Nn5VXaemme04LdpwUCAc	2024-06-25 07:08:08-04	2020-02-21 18:22:32-04
5053	17701505-9	Ignacia Sofía	Jara	Morales	ignacia.jara@alumnos.uandinap.cl	ijara727@gmail.com	+5692692 8654	1991-04-06	Irarrázaval 1408	Ñuñoa	Región Metropolitana	INF	2020	regular	ijaram	$2y$10$vUNoqv19AGRqafjIMQGbG.drepaLlq.vuLK0LeePOU.3ZaV05vIeO	2024-06-20 09:50:11-04	2020-03-07 04:14:01-04
5054	21073451-1	Maximiliano Eduardo	Hernández	Gutiérrez	maximiliano.hernandez@alumnos.uandinap.cl	mhernandez638@outlook.com	9 4989 1458	2001-09-15	5 de Abril 175	Maipú	Región Metropolitana	PSI	2020	regular	mhernandezg	f034c04673ebd86c9f134ea4d1ead0b7	2024-06-29 21:46:14-04	2020-03-02 01:21:06-04
5055	20887393-8	Agustín Antonio	Vergara	Vásquez	agustin.vergara@alumnos.uandinap.cl	agustin.vergara@gmail.com	+5690235 2110	2001-11-22	Pasaje Las Acacias 847, depto. 157	Quilpué	Región de Valparaíso	INF	2020	regular	avergarav	$2y$10$bLNgT8cvpM7sQ5475egu5XCVMIKEjq2gcpUNz183XFlcuPhecrG/U	2024-06-21 01:02:41-04	2020-02-25 12:40:32-04
5056	21451741-8	Florencia Paz	Álvarez	González	florencia.alvarez@alumnos.uandinap.cl	\N	09-0786 0370	2003-02-11	San Diego 1606, block 14 depto 18	Santiago	Región Metropolitana	DER	2022	eliminado	falvarezg	4188bb6de8ce0cd796e42c06c9944243	2022-04-10 17:48:40-04	2022-03-01 12:06:13-04
5057	22503053-7	Trinidad Andrea	Aguilera	Martínez	trinidad.aguilera@alumnos.uandinap.cl	trinidad.aguilera@gmail.com	09-0988 7033	2006-01-03	Av. Los Carrera 665	Quilpué	Región de Valparaíso	DER	2024	regular	taguileram	$2y$10$TmeUkFMYTImyOXJiDB8uZjXQ2g9iRXZdmqnq3yUmLNFxQ.fnucitp	2024-06-21 15:15:01-04	2024-02-27 06:19:55-04
5058	22331422-8	Sebastián Ignacio	Zúñiga	Gutiérrez	sebastian.zuniga@alumnos.uandinap.cl	zuniga.sebastian@outlook.com	9 8908 7237	2005-03-06	Av. Borgoño 2362, depto. 1568	Concón	Región de Valparaíso	PSI	2024	regular	szunigag	$2y$10$.gAikg7a8FuTQXNPGnJ72W06uVOVBHosvlj.UGCs8zH3XhfbXDNlf	2024-06-30 06:47:20-04	2024-02-21 01:21:34-04
5059	21641870-0	Trinidad Alejandra	Valenzuela	Sánchez	trinidad.valenzuela4@alumnos.uandinap.cl	\N	+56 9 7575 5125	2003-11-28	Av. Alemania 1603	Valparaíso	Región de Valparaíso	PSI	2023	regular	tvalenzuelas	$2y$10$Wi0KwAhNw9bPHXt9XGrbsL/tPddKaWH.EilKnBv4TBj9qnppoITI5	2024-06-25 12:04:29-04	2023-03-07 06:32:51-04
5060	21425756-4	Isidora Paz	Araya	Pérez	isidora.araya9@alumnos.uandinap.cl	isidoraaraya03@yahoo.es	+56 9 2037 7487	2003-10-22	Av. Brasil 1328	Valparaíso	Región de Valparaíso	PSI	2023	eliminado	iarayap	$2y$10$cp0Kv.xv1gbUt83CTYthYQWUlBw0GjBghmXvXiJy30BtGpGY.HkVE	2023-04-08 05:14:52-04	2023-02-24 15:46:42-04
5061	20738996-K	Trinidad	Carrasco	Figueroa	trinidad.carrasco6@alumnos.uandinap.cl	tcarrasco544@yahoo.es	+56 9 4342 1846	2000-08-19	Av. Los Carrera 223	Quilpué	Región de Valparaíso	PSI	2020	regular	tcarrascof	$2y$10$hWO2iccZVrM5NJC35.IggMeMqZcU7.eDuwIwIVmtyEIsUOreL5N7R	2024-06-23 07:58:55-04	2020-03-02 17:06:56-04
5062	21534840-7	Josefa Antonia	González	Tapia	josefa.gonzalez4@alumnos.uandinap.cl	gonzalez.josefa@gmail.com	9 5685 8596	2003-02-28	Pasaje Las Acacias 840	Quilpué	Región de Valparaíso	INF	2022	regular	jgonzalezt	$2y$10$OHgptoY4WPZ2HUhJ2zleMx5MHEoe/qrzWib.P85FKVZ4HlUx9yLky	2024-06-26 03:11:16-04	2022-03-01 13:11:55-04
5063	21175483-4	Constanza Sofía	Jara	Hernández	constanza.jara@alumnos.uandinap.cl	\N	9 7232 7444	2002-11-13	Av. Valparaíso 2744	Viña del Mar	Región de Valparaíso	ENF	2021	regular	cjarah	$2y$10$ehkHzo7e9w85Rw.YqSpYtDt9uaLIV3h20IthFLkcqtbeyZiWmbNp7	2024-06-24 04:15:52-04	2021-02-28 22:05:24-04
5064	21742950-1	Catalina Carolina	Álvarez	Carrasco	catalina.alvarez2@alumnos.uandinap.cl	alvarez.catalina@gmail.com	+5690135 0060	2003-09-08	San Diego 702, block 18 depto 38	Santiago	Región Metropolitana	INF	2023	regular	calvarezc	6bb57dd1847284e71739c823fba677b5	2024-06-27 19:10:19-04	2023-03-06 04:07:18-04
5065	21117153-7	Vicente	Álvarez	Pizarro	vicente.alvarez2@alumnos.uandinap.cl	\N	+56 9 2197 4893	2002-08-23	Walker Martínez 2839, block 27 depto 24	La Florida	Región Metropolitana	INF	2022	regular	valvarezp	$2y$10$NVzfcLutYtAoX5Eoixyt74w1jx09ng4cscRpT9HrJetf/2FusY0rN	2024-06-23 13:30:57-04	2022-03-02 09:16:14-04
5066	21043138-1	Francisca Andrea	Fuentes	Araya	francisca.fuentes@alumnos.uandinap.cl	\N	+5693142 7310	2001-04-19	Av. Matta 1044, block 18 depto 21	Santiago	Región Metropolitana	ENF	2021	congelado	ffuentesa	$2y$10$PfGchZ9uI1CV7BB.TJkAmJmUh99LpMiQYq196zXojadcOBS/T4nPM	2024-06-24 21:13:10-04	2021-03-06 17:27:34-04
5067	21414458-1	Fernanda	Rojas	Hernández	fernanda.rojas@alumnos.uandinap.cl	\N	09-3814 9185	2002-11-01	Av. Borgoño 1559, block 12 depto 28	Concón	Región de Valparaíso	ENF	2021	regular	frojash	$2y$10$7l5I9wQAyvVC.riC971Z9kHlzyBSgSALEAelH5WdrGSP3DkFz4QIG	2024-06-23 06:53:40-04	2021-03-06 10:48:53-04
5068	20718078-5	Agustín Javier	Valenzuela	Hernández	agustin.valenzuela@alumnos.uandinap.cl	agustinvalenzuela00@yahoo.es	+5692683 7700	2000-10-22	Av. Borgoño 2348	Concón	Región de Valparaíso	INF	2020	regular	avalenzuelah	$2y$10$886aoRnKrezWK1pFaNjCcbN0yyp8dE4T3GbOLP1zIAzXnDyTNM0iR	2024-06-25 04:36:14-04	2020-03-02 12:45:50-04
5069	19860665-0	Benjamín Ignacio	Reyes	Pizarro	benjamin.reyes@alumnos.uandinap.cl	reyes.benjamin@gmail.com	9 6148 6575	1998-09-06	5 Oriente 2081	Viña del Mar	Región de Valparaíso	PED	2023	regular	breyesp	$2y$10$8af/l.cyALFCqp2JeXM4yPxJig4Rocd1PN6tHQ0YM3sZ5qTrXjwl1	2024-06-25 18:49:26-04	2023-02-22 05:02:17-04
5070	21852200-9	Martín José	Olivares	Núñez	martin.olivares@alumnos.uandinap.cl	martin.olivares@gmail.com	+5694452 9787	2004-11-04	Av. San Martín 1623, depto. 1263	Viña del Mar	Región de Valparaíso	INF	2023	regular	molivaresn	$2y$10$vyfkzVehf8x6CE67TkB3jDvy/N/Pb4.NOkBy36pzOBB9yGy3Z5SgE	2024-06-27 12:32:28-04	2023-03-02 18:30:58-04
5071	20733650-5	Paula Carolina	Díaz	Aguilera	paula.diaz1@alumnos.uandinap.cl	diaz.paula@gmail.com	9 5375 9186	2000-11-17	Av. Borgoño 2286, block 9 depto 15	Concón	Región de Valparaíso	ENF	2019	regular	pdiaza	$2y$10$NUeWjp1UY/k0thROlaWLWy0Xcpbf5mO.qxFemwepWILg9bOFgcXfD	2024-06-22 18:31:20-04	2019-02-22 02:16:55-04
5072	20628183-9	Isidora	Aguilera	Martínez	isidora.aguilera@alumnos.uandinap.cl	isidoraaguilera00@gmail.com	+56 9 2910 6150	2000-11-23	Buenos Aires 922	Villa Alemana	Región de Valparaíso	ICO	2024	congelado	iaguileram	$2y$10$fqBdRKc77d3mm5uPtKxKr0.orG4uk7F5mpbzT7raWw7zUf7bb.Gyz	2024-06-27 21:04:15-04	2024-02-23 17:39:30-04
5073	21307484-9	Florencia Isabel	Jara	Soto	florencia.jara@alumnos.uandinap.cl	jara.florencia@hotmail.com	09-4159 6443	2002-05-25	Av. Grecia 323	Ñuñoa	Región Metropolitana	PED	2021	regular	fjaras	$2y$10$jbkABrU9lP2YvCACIv.eX8yVGxg3O1fjXnD4Vr7gyH9aSqyMPZ1YX	2024-06-22 23:22:24-04	2021-03-08 03:39:18-04
5074	20479025-6	Tomás	Fuentes	Aguilera	tomas.fuentes3@alumnos.uandinap.cl	fuentes.tomas@outlook.com	09-5475 0523	2000-09-29	Walker Martínez 422	La Florida	Región Metropolitana	PSI	2020	regular	tfuentesa	$2y$10$oiVdC8qJCgrDsYDNCgGXvWDLzYb0BS.qWKRErzRuVLpK9yzhtSBI2	2024-06-27 17:44:50-04	2020-02-25 06:15:27-04
5075	22059594-3	Florencia Alejandra	Olivares	Silva	florencia.olivares@alumnos.uandinap.cl	florencia.olivares@gmail.com	9 7856 3349	2004-04-30	Av. Pedro Montt 2656, block 26 depto 20	Valparaíso	Región de Valparaíso	PSI	2023	regular	folivaress	$2y$10$DnRpHVjjZZz4jYAhMNY3KhB0naOxkMA28zDW21jzpbZJ4kEl782dv	2024-06-26 12:44:59-04	2023-02-24 12:30:26-04
5076	21141578-9	Lucas Ignacio	Castro	Flores	lucas.castro@alumnos.uandinap.cl	lucascastro02@gmail.com	9 3636 8518	2002-06-26	Estado 1706, depto. 554	Rancagua	Región de O'Higgins	INF	2022	regular	lcastrof	$2y$10$mtjnnZDWTDoEuy9w2F52snIH/pgPo0m6u3wP.mnnGxlbc1Ayq86bN	2024-06-22 17:37:13-04	2022-03-10 12:20:16-04
5077	20254399-5	Francisca Sofía	Carrasco	Cortés	francisca.carrasco7@alumnos.uandinap.cl	fcarrasco869@gmail.com	+56 9 0414 7183	1999-10-04	Av. Pedro Montt 1018	Valparaíso	Región de Valparaíso	DER	2019	regular	fcarrascoc	$2y$10$1KOpVpsTHIn855xyf5s9S20AtesB8TqzC9hHqXcrL3w0oRO.5kGlM	2024-06-28 19:14:56-04	2019-03-10 02:23:54-04
5078	19397481-3	Tomás	Espinoza	Carrasco	tomas.espinoza@alumnos.uandinap.cl	tomas.espinoza@hotmail.com	+5694225 8039	1996-07-12	Cumming 2148	Valparaíso	Región de Valparaíso	DER	2024	regular	tespinozac	$2y$10$fWuBNq7NzNLSZZjeJu91GNLbAUjh.J6BOeYSV..KjUctMGRumaSFL	2024-06-29 03:13:42-04	2024-02-28 10:27:55-04
5079	20284011-6	Paula	Sánchez	Morales	paula.sanchez@alumnos.uandinap.cl	psanchez939@gmail.com	+56 9 9451 9493	1999-10-18	Santa Rosa 165, block 19 depto 38	Santiago	Región Metropolitana	INF	2019	regular	psanchezm	$2y$10$WdfxuaaCA8UxImdB5IaL./PHGI.MDQps0YYN6VHoMswtwi5I5YzrH	2024-06-28 05:28:31-04	2019-02-26 07:51:58-04
5080	22256724-6	Martina Paz	Pizarro	Silva	martina.pizarro@alumnos.uandinap.cl	\N	09-9363 3053	2005-03-20	5 de Abril 2851, depto. 1143	Maipú	Región Metropolitana	INF	2024	regular	mpizarros	$2y$10$w4mtO8r/D9MWMVatcxTaIqgo.YSXNIfAyMZyLcgfygFRrTmVqPnOA	2024-06-27 02:06:46-04	2024-02-24 03:56:57-04
5081	20891357-3	Matías Esteban	Zúñiga	Espinoza	matias.zuniga8@alumnos.uandinap.cl	\N	9 2435 4307	2001-08-25	5 de Abril 1357, depto. 663	Maipú	Región Metropolitana	ENF	2020	regular	mzunigae	$2y$10$wDhco8JuKPl3k.zIUdwBnlgM1UPw2nWWmfyhwOhASD1l1nm8DvHZp	2024-06-30 04:35:03-04	2020-03-02 00:04:10-04
5082	21640483-1	Gaspar	Muñoz	Martínez	gaspar.munoz@alumnos.uandinap.cl	gmunoz105@gmail.com	+56 9 0894 4664	2003-10-20	5 Oriente 1653	Viña del Mar	Región de Valparaíso	INF	2023	regular	gmunozm	$2y$10$zkhGYgtldOZq.Q/5cF/hWkPZdNQBMZtSBDqk7LlxTsEWEbs.7Mavr	2024-06-23 07:19:24-04	2023-02-23 07:23:14-04
5083	18540181-2	Martina Sofía	Pizarro	Bravo	martina.pizarro1@alumnos.uandinap.cl	mpizarro700@hotmail.com	09-4213 2501	1994-08-21	Cumming 804, block 14 depto 43	Valparaíso	Región de Valparaíso	ICO	2022	regular	mpizarrob	b8033d31a4349b08f82f47c5a99021ff	2024-06-29 10:42:33-04	2022-03-07 12:40:19-04
5084	22110342-4	Sebastián Andrés	Valenzuela	Díaz	sebastian.valenzuela@alumnos.uandinap.cl	sebastian.valenzuela@yahoo.es	+5698856 7440	2005-08-30	Pasaje Templeman 2684	Valparaíso	Región de Valparaíso	INF	2024	regular	svalenzuelad	$2y$10$ojq2w.OhKNjxVbTni9yRM.HhW6kDzK6VNop7GuPL8jteTGMEoT6Bu	2024-06-22 21:08:07-04	2024-03-06 14:19:03-04
5085	21826655-K	Valentina Antonia	Carrasco	Aguilera	valentina.carrasco@alumnos.uandinap.cl	vcarrasco299@gmail.com	+5693328 4639	2004-04-17	Av. Brasil 1107	Rancagua	Región de O'Higgins	INF	2023	regular	vcarrascoa	$2y$10$iXBvkHZ02SEV7P43tkB7fUIc83EtFO.XUPV7ZJXhu.iLLtuqF0iWK	2024-06-28 13:54:16-04	2023-03-03 10:10:01-04
5086	21966509-1	Catalina Isabel	Muñoz	Morales	catalina.munoz@alumnos.uandinap.cl	cmunoz999@gmail.com	+5690123 4439	2004-10-30	Av. Brasil 1269, depto. 1598	Rancagua	Región de O'Higgins	ICO	2024	regular	cmunozm	$2y$10$VkzVWr4kvxVC8pdEc1n3Yhx30LJu/GAqjmNjXyhofzdW2bQ/c0ubc	2024-06-29 08:03:09-04	2024-02-25 19:02:40-04
5087	22093833-6	Florencia Ignacia	Pérez	González	florencia.perez@alumnos.uandinap.cl	fperez648@yahoo.es	+56 9 8956 1506	2005-07-05	Av. Valparaíso 1637	Villa Alemana	Región de Valparaíso	PSI	2024	regular	fperezg	$2y$10$zhX1nUupGzeHWTzqY2dUfJiu2NeFKSWXMopWHJ/EVlS1TicXslf3s	2024-06-23 01:43:51-04	2024-03-03 07:07:34-04
5088	22708961-K	Gaspar Andrés	Flores	Rodríguez	gaspar.flores@alumnos.uandinap.cl	flores.gaspar@yahoo.es	9 0402 3254	2006-03-02	Estado 1828, depto. 971	Rancagua	Región de O'Higgins	ICO	2024	regular	gfloresr	$2y$10$7kw2iol5T.q8ox59r/QqEL2IJx3uyVvwmgcCd4lrwjRGOvdlfpXSh	2024-06-24 07:28:44-04	2024-02-27 00:57:15-04
5089	20159872-9	Valentina	Castro	Rojas	valentina.castro@alumnos.uandinap.cl	valentina.castro@gmail.com	+56 9 1427 6871	1999-04-29	Av. Valparaíso 1414, depto. 166	Villa Alemana	Región de Valparaíso	PSI	2019	regular	vcastror	369861596742148ecb2a4c31c2b5988b	2024-06-30 15:38:23-04	2019-02-28 10:15:44-04
5090	22609162-9	Fernanda Carolina	Sánchez	López	fernanda.sanchez@alumnos.uandinap.cl	\N	+5698133 1227	2006-02-24	Claudio Vicuña 1633	Quilpué	Región de Valparaíso	PED	2024	regular	fsanchezl	$2y$10$jkd7Pi3kJc1QaOPBPm5YK.t2wjsj17BJ.l5yeo9d845ycuJK/Ezk9	2024-06-25 12:24:02-04	2024-03-06 14:26:33-04
5091	21871068-9	Felipe José	Rojas	Rodríguez	felipe.rojas@alumnos.uandinap.cl	felipe.rojas@gmail.com	+56 9 5996 6247	2004-01-25	Estado 2383	Rancagua	Región de O'Higgins	ENF	2022	regular	frojasr	$2y$10$ckDczwFyTBNB8JJmKnrfKlXwvAR6JUpcgZAIBYQmFRTqwaAt40R6I	2024-06-21 01:03:34-04	2022-03-09 07:39:24-04
5092	22089810-5	Valentina Belén	López	Valenzuela	valentina.lopez@alumnos.uandinap.cl	valentinalopez05@gmail.com	09-6622 4408	2005-09-21	Av. Grecia 1860	Ñuñoa	Región Metropolitana	DER	2024	regular	vlopezv	$2y$10$hsrk4m5DyXOmqtucSJlcuZme3z.rJ/cA3IglLecNMMXGSJw2gCvHm	2024-06-28 09:27:44-04	2024-02-25 23:24:51-04
5093	21493637-2	Antonia	López	Carrasco	antonia.lopez@alumnos.uandinap.cl	antonialopez03@yahoo.es	09-6355 7266	2003-06-22	Av. Grecia 2780	Ñuñoa	Región Metropolitana	DER	2023	regular	alopezc	$2y$10$f.TU5qZt3zLiFgKfbOC0dxGNai2htQxWaB.02Sh3oROsUFZOuj1iW	2024-06-29 19:38:07-04	2023-02-21 07:36:51-04
5094	15634504-0	Antonia	Castillo	Silva	antonia.castillo@alumnos.uandinap.cl	antoniacastillo85@gmail.com	9 0034 2270	1985-07-04	Los Pinos 2611, block 12 depto 35	Concón	Región de Valparaíso	ENF	2020	regular	acastillos	$2y$10$LRqqzbk0zLMvTKzFxY9NJCZAAtnK/jDORffTK8YSXeJamhs1MkDki	2024-06-26 06:49:32-04	2020-02-25 09:29:42-04
5095	21484677-2	Isidora	Torres	Rojas	isidora.torres@alumnos.uandinap.cl	itorres469@hotmail.com	+56 9 8139 8646	2003-09-20	Av. San Martín 861	Viña del Mar	Región de Valparaíso	DER	2022	regular	itorresr	$2y$10$scIXslb0meu3TFKvAnEiGEJm/ADE3WvCiWnRwiHTk99iUjXQm4i4Q	2024-06-24 12:37:34-04	2022-03-03 23:35:20-04
5096	20186756-8	Daniela Carolina	Sepúlveda	Sepúlveda	daniela.sepulveda@alumnos.uandinap.cl	danielasepulveda99@outlook.com	+5693677 6033	1999-12-10	Calle Blanco 1725	Valparaíso	Región de Valparaíso	PSI	2019	regular	dsepulvedas	$2y$10$3YnK/sHyg6J3RCGnlk9Y7ZakM2YFzyGPVRojkYvbplG1VXvkEbgZf	2024-06-30 03:37:00-04	2019-02-25 03:48:38-04
5097	20925399-2	Antonia	Rojas	Álvarez	antonia.rojas6@alumnos.uandinap.cl	arojas429@gmail.com	+56 9 8703 7255	2001-10-23	Los Pinos 1191	Concón	Región de Valparaíso	ENF	2020	regular	arojasa	$2y$10$CBSiBj8FLnXGzLLo3FMX50FeKfXOYmLMtpER5YoCL/1tks6KKR.6b	2024-06-23 16:11:03-04	2020-03-01 05:17:59-04
5098	21692351-0	Tomás	Gutiérrez	Espinoza	tomas.gutierrez1@alumnos.uandinap.cl	\N	9 8552 7711	2003-11-23	Av. Pedro Montt 1904	Valparaíso	Región de Valparaíso	PED	2023	regular	tgutierreze	$2y$10$.nvL78.gz8VpMqg9Ih0fSI7InX2NldN.levmr6G9xYoPqQOyWmZD7	2024-06-22 00:33:39-04	2023-03-09 22:58:13-04
5099	21424939-1	Isidora Antonia	Bravo	Fernández	isidora.bravo@alumnos.uandinap.cl	\N	+5697867 6178	2003-11-19	Av. Brasil 1221	Rancagua	Región de O'Higgins	ENF	2022	regular	ibravof	9e06c6ba127ef9e9950dfade206efbda	2024-06-30 02:35:30-04	2022-02-27 13:01:38-04
5100	21254509-0	Joaquín Ignacio	Araya	Hernández	joaquin.araya@alumnos.uandinap.cl	joaquinaraya02@gmail.com	+56 9 7261 5690	2002-05-24	Walker Martínez 144, depto. 1550	La Florida	Región Metropolitana	INF	2021	regular	jarayah	$2y$10$tLqflPuLgaxVgx8p0U2OMZwEG7VMiHUQgOfoc2gA5oK534d9fFDIV	2024-06-28 13:56:37-04	2021-03-01 05:58:15-04
5101	16588287-3	Constanza Sofía	Gutiérrez	Olivares	constanza.gutierrez@alumnos.uandinap.cl	gutierrez.constanza@yahoo.es	9 5527 8327	1988-01-24	Buenos Aires 1366, depto. 658	Villa Alemana	Región de Valparaíso	DER	2022	congelado	cgutierrezo	d0fb7c0a8cd93f8dd45aa0c31561481c	2024-06-27 16:42:44-04	2022-03-09 23:06:36-04
5102	17373880-3	Catalina Sofía	Valenzuela	González	catalina.valenzuela3@alumnos.uandinap.cl	\N	+5690688 0193	1990-03-16	Santiago 1980, depto. 1598	Villa Alemana	Región de Valparaíso	INF	2024	regular	cvalenzuelag	$2y$10$oWec.MnTbUBhAM939j0lKZpXaov.JzvVW1y8Y3jzu32Un4NLqSYPz	2024-06-29 03:34:34-04	2024-02-25 23:46:17-04
5103	21236780-K	Francisca Paz	Flores	Pizarro	francisca.flores@alumnos.uandinap.cl	\N	9 4098 0473	2002-10-15	Av. Brasil 31, depto. 1007	Rancagua	Región de O'Higgins	ENF	2022	regular	ffloresp	$2y$10$es4xrRggKoBqt2OFNEXwMnX1Eo6e7YamBiXtajiOjMLRpb8DdJ5wU	2024-06-25 02:35:57-04	2022-03-04 17:35:52-04
5104	22029363-7	Joaquín Andrés	Pizarro	Aguilera	joaquin.pizarro6@alumnos.uandinap.cl	joaquinpizarro04@yahoo.es	+5696362 5117	2004-07-26	Av. Brasil 1488, depto. 944	Rancagua	Región de O'Higgins	PED	2024	regular	jpizarroa	$2y$10$UT.gLDDPlCfLnGkIPKxovS.kkgaufO61AjNVhirkxQ4SYj1/AMd41	2024-06-30 12:21:27-04	2024-02-22 17:34:46-04
5105	20471503-3	Camila Antonia	Fernández	Pizarro	camila.fernandez@alumnos.uandinap.cl	\N	09-2667 5134	2000-06-17	Pasaje Las Acacias 703, depto. 839	Quilpué	Región de Valparaíso	DER	2019	regular	cfernandezp	$2y$10$gG4cgWRHLqNiUCIglVB9vUxw9OTM0kWei4lFzeXPXjXkt7bs3LTDf	2024-06-25 20:56:39-04	2019-03-09 20:27:50-04
5106	18258768-0	Agustín Javier	Gutiérrez	Reyes	agustin.gutierrez@alumnos.uandinap.cl	agustin.gutierrez@gmail.com	9 7121 7860	1993-06-10	San Diego 396, depto. 460	Santiago	Región Metropolitana	PSI	2023	regular	agutierrezr	$2y$10$ZtvtWzGeZlBQgYnpuW/pxKA9/6.pKblgyTr43BbbE8N8sMeOpTqpD	2024-06-29 03:21:26-04	2023-03-04 08:52:13-04
5107	21820903-3	Benjamín Andrés	Pizarro	Castro	benjamin.pizarro@alumnos.uandinap.cl	bpizarro193@gmail.com	+5692792 4394	2004-02-28	Calle Blanco 2365, block 18 depto 18	Valparaíso	Región de Valparaíso	ICO	2023	congelado	bpizarroc	$2y$10$v1tPo23TKwUDTAFG46mbX5mkQR1QQeLND/oEpSCTAfil5OUcayx4O	2024-06-21 04:31:49-04	2023-03-01 23:47:18-04
5108	19697712-0	Ignacia Paz	Díaz	Rojas	ignacia.diaz@alumnos.uandinap.cl	ignaciadiaz97@outlook.com	09-1507 0437	1997-02-13	Av. San Martín 594	Viña del Mar	Región de Valparaíso	INF	2024	regular	idiazr	$2y$10$Tw.aF6WKiSOfNJewVaakDOD8tbm1gkXgYly6F92Me7tIgfCGehykI	2024-06-26 00:53:53-04	2024-03-09 06:28:52-04
5109	21782536-9	Joaquín	Zúñiga	Gutiérrez	joaquin.zuniga@alumnos.uandinap.cl	zuniga.joaquin@outlook.com	+5693628 9622	2004-07-13	Buenos Aires 1639	Villa Alemana	Región de Valparaíso	ENF	2023	regular	jzunigag	$2y$10$.IGA33.FAEPpijJ00IqHyQPcrEPfnZC3i19iofeFtVtlxPdSTdScy	2024-06-21 13:30:37-04	2023-02-27 14:32:40-04
5110	21893656-3	Javiera Paz	Díaz	Contreras	javiera.diaz@alumnos.uandinap.cl	javieradiaz04@gmail.com	+5695863 7386	2004-01-04	Buenos Aires 2511	Villa Alemana	Región de Valparaíso	INF	2022	regular	jdiazc	$2y$10$CMdGQULh5IwtpCjObZcarJNd0/DCihP5XoN3VtHOufipvbrBqLCv2	2024-06-28 08:27:29-04	2022-03-10 05:28:01-04
5111	20965379-6	Tomás Antonio	Álvarez	Figueroa	tomas.alvarez@alumnos.uandinap.cl	\N	+5695468 1292	2001-03-24	5 Oriente 1522	Viña del Mar	Región de Valparaíso	DER	2019	regular	talvarezf	$2y$10$lYrFY.YmmrTaG1a3LcomjSfZSybhc67VfKRhSg6tnFF3VXwrlx5jj	2024-06-28 23:52:04-04	2019-03-02 14:36:54-04
5112	21857438-6	Josefa Carolina	Vergara	González	josefa.vergara@alumnos.uandinap.cl	\N	+5694846 0485	2004-03-27	Buenos Aires 1768, block 26 depto 11	Villa Alemana	Región de Valparaíso	ENF	2023	regular	jvergarag	$2y$10$The/g0/90PW.IoOr6QaOf7lQr7EVdGYRn.Dq6z/dXx/PN3dkX.iCF	2024-06-22 09:02:37-04	2023-02-22 15:19:18-04
5113	20819115-2	Daniela	Carrasco	Olivares	daniela.carrasco@alumnos.uandinap.cl	daniela.carrasco@yahoo.es	+56 9 8921 2154	2001-08-31	Av. Grecia 1950	Ñuñoa	Región Metropolitana	INF	2020	congelado	dcarrascoo	$2y$10$sIfmmRnkbGzO7rv2DqfN8XU6vuc3XMQ64hbyBgaOa4MKZ9Y9c2TKb	2024-06-24 10:42:43-04	2020-03-06 19:59:19-04
5114	21810117-8	Antonia Ignacia	Valenzuela	González	antonia.valenzuela1@alumnos.uandinap.cl	\N	9 1858 8423	2004-09-11	Av. Alemania 518	Valparaíso	Región de Valparaíso	DER	2023	regular	avalenzuelag	$2y$10$Ytj3kum84FZ7.Ytt52SSKfA3ziRZI13ZQB1bwene5ZODKo06CaVwA	2024-06-25 16:35:22-04	2023-03-05 18:47:45-04
5115	21444847-5	Isidora Carolina	Castro	Sánchez	isidora.castro@alumnos.uandinap.cl	isidoracastro03@outlook.com	+5697928 1709	2003-11-01	Cumming 1759, block 14 depto 29	Valparaíso	Región de Valparaíso	DER	2022	regular	icastros	$2y$10$HomNHlvlszmKxUyZjPa33SZ4jgb6romcxzRlnL11yIXn7KerHRHiK	2024-06-29 22:45:19-04	2022-03-05 10:46:10-04
5116	20280868-9	Javiera Ignacia	Pérez	Cortés	javiera.perez@alumnos.uandinap.cl	\N	9 5829 8295	1999-05-08	Av. Los Carrera 564	Quilpué	Región de Valparaíso	DER	2019	regular	jperezc	$2y$10$0QCzYvreO0BtPTXEd3XsgAWdtI9MSIskLLLs4mynVV88jlnMxKHgu	2024-06-22 15:10:18-04	2019-03-02 17:38:56-04
5117	21798476-9	Camila Carolina	Sánchez	Carrasco	camila.sanchez9@alumnos.uandinap.cl	\N	+56 9 1594 5700	2004-10-13	Los Pinos 2790, block 19 depto 17	Concón	Región de Valparaíso	PED	2023	regular	csanchezc	$2y$10$j.FGCzyTisakVdQ03rhjV34pA4oOCD6lnBhiUeQeL4VjH6ouPCR5K	2024-06-28 18:10:46-04	2023-02-28 18:00:47-04
5118	21891993-6	Cristóbal	Fernández	Núñez	cristobal.fernandez@alumnos.uandinap.cl	\N	9 5589 0941	2004-05-26	Av. Valparaíso 2846	Viña del Mar	Región de Valparaíso	PED	2023	regular	cfernandezn	$2y$10$PD9PZthMahn9fkfjwSv0wFBxPNXIHNuxe6p1NEVlDMNHadNYv1RLL	2024-06-23 12:47:51-04	2023-02-24 13:21:19-04
5119	20424329-8	Francisca	Torres	Silva	francisca.torres4@alumnos.uandinap.cl	torres.francisca@gmail.com	+56 9 8355 2848	1999-07-23	Santiago 1778	Villa Alemana	Región de Valparaíso	DER	2024	regular	ftorress	$2y$10$/GOuQNZPGnRTgmE7qZHoecwSGReAlMZZc0sS3AKT.11yHbE2wE9p3	2024-06-25 22:57:36-04	2024-03-03 05:57:16-04
5120	22009022-1	Constanza Alejandra	Castro	Jara	constanza.castro8@alumnos.uandinap.cl	\N	+5698370 6415	2004-01-14	Claudio Vicuña 1787	Quilpué	Región de Valparaíso	PSI	2023	regular	ccastroj	143543f5ec5d3844d378d692c6adfdf0	2024-06-28 07:02:18-04	2023-02-25 10:00:04-04
5121	22691030-1	Sebastián Ignacio	Soto	Sánchez	sebastian.soto@alumnos.uandinap.cl	\N	+5694614 2687	2006-02-11	Av. Pajaritos 560	Maipú	Región Metropolitana	INF	2024	regular	ssotos	fee963b63aa80ffc10e721630b05a887	2024-06-21 15:05:56-04	2024-02-24 03:39:44-04
5122	20896277-9	Martina Belén	Rodríguez	Pérez	martina.rodriguez@alumnos.uandinap.cl	\N	09-2860 3370	2001-09-30	Av. Pedro Montt 387, depto. 1624	Valparaíso	Región de Valparaíso	ICO	2021	regular	mrodriguezp	$2y$10$ly8rictedIXKgzZEIeJAsvliXqNagvPIQfCGv2wtCixG/ngosdkx1	2024-06-21 07:37:00-04	2021-02-28 18:28:45-04
5123	22022457-0	Trinidad Isabel	Silva	Sánchez	trinidad.silva@alumnos.uandinap.cl	trinidad.silva@outlook.com	+5696537 4793	2004-11-19	Pasaje Las Acacias 1259, block 29 depto 42	Quilpué	Región de Valparaíso	ENF	2024	regular	tsilvas	$2y$10$dj7SiA3Jd0mYrjQPfmL3VsJbgueVKLJ2h/4n.iLfrEL15PclNP28f	2024-06-21 14:17:10-04	2024-02-24 19:57:43-04
5124	20186559-K	Ignacia Andrea	Castillo	Silva	ignacia.castillo@alumnos.uandinap.cl	ignacia.castillo@yahoo.es	+5694802 4108	1999-06-03	Av. Matta 953	Santiago	Región Metropolitana	DER	2019	regular	icastillos	$2y$10$XoLqhGhGamOJ2SJmFY2Zvl5IRNKryDmXIJ1AJbVzYFTVM55rrQIKd	2024-06-24 03:50:06-04	2019-03-07 05:49:44-04
5125	20677123-2	Javiera Isabel	Carrasco	Castro	javiera.carrasco@alumnos.uandinap.cl	jcarrasco24@gmail.com	9 4412 4462	2000-08-13	Av. Pedro Montt 1262, depto. 813	Valparaíso	Región de Valparaíso	DER	2020	regular	jcarrascoc	$2y$10$r7zCpop5W/xQzpM8cWSfD4.PTst0datO08b54UiRJ4TwIYX1xnUyE	2024-06-28 03:03:37-04	2020-03-08 08:41:05-04
5126	22308939-9	Valentina Isabel	Bravo	Fuentes	valentina.bravo@alumnos.uandinap.cl	vbravo268@gmail.com	+5696245 6614	2005-01-12	Av. Brasil 627, depto. 754	Valparaíso	Región de Valparaíso	PED	2024	congelado	vbravof	$2y$10$bARh8fiFWs3GoHWxKV54ghORuFV2rWQ0lhA/4TyK1plcugybb4P8B	2024-06-24 13:41:07-04	2024-02-23 06:30:08-04
5127	22173645-1	Ignacio	Tapia	Contreras	ignacio.tapia@alumnos.uandinap.cl	itapia558@yahoo.es	+5699079 4506	2005-07-07	Av. Los Carrera 915	Quilpué	Región de Valparaíso	INF	2024	regular	itapiac	$2y$10$7oHw0frXrUi7CtmiaxqLZgXkYoEvQUqjhdcCPsXY4hC67u91UgrWC	2024-06-26 18:28:13-04	2024-03-06 00:18:12-04
5128	21198620-4	Trinidad Isabel	Vásquez	Aguilera	trinidad.vasquez@alumnos.uandinap.cl	vasquez.trinidad@outlook.com	+5696294 9223	2002-05-01	Av. Vicuña Mackenna 1506, depto. 1393	La Florida	Región Metropolitana	ICO	2021	regular	tvasqueza	$2y$10$3bvdXcoePmcQJrrrNtSKYyJU8tncb2CHaM5vdCrCS2CG2ciJMC63w	2024-06-25 12:29:28-04	2021-02-21 12:08:06-04
5129	21171204-K	Nicolás Eduardo	Carrasco	Sepúlveda	nicolas.carrasco@alumnos.uandinap.cl	carrasco.nicolas@hotmail.com	+5693447 8963	2002-09-19	Pasaje Las Acacias 500, depto. 1394	Quilpué	Región de Valparaíso	PED	2022	regular	ncarrascos	$2y$10$dsyBSbbAVVDfaFNVBHsWE0LLRf6PT2knetm.uHaNd5bQVdKDewwwH	2024-06-24 20:37:06-04	2022-03-07 18:45:59-04
5130	21539343-7	Vicente Alejandro	Gutiérrez	Tapia	vicente.gutierrez@alumnos.uandinap.cl	vicente.gutierrez@outlook.com	9 2557 5377	2003-04-24	Av. Vicuña Mackenna 714	La Florida	Región Metropolitana	ICO	2023	regular	vgutierrezt	$2y$10$HZrt7cRUI2C4PdYFyYr36q3N31Jjbc9K3fePsE8.89wcsmEFw3Mlf	2024-06-26 23:12:57-04	2023-02-28 22:27:07-04
\.


--
-- Data for Name: docentes; Type: TABLE DATA; Schema: academico; Owner: aula
--

COPY academico.docentes (id, rut, nombre_completo, email, rol, departamento, fecha_contratacion) FROM stdin;
1	10339360-4	Paula Vásquez Contreras	paula.vasquez@uandinap.cl	profesor	Economía	2021-12-30
2	8085333-5	Camila Gutiérrez Núñez	camila.gutierrez@uandinap.cl	profesor	Salud	2016-03-02
3	8242032-0	Gaspar López Rodríguez	gaspar.lopez@uandinap.cl	profesor	Derecho	2019-08-26
4	17151446-0	Florencia Soto Contreras	florencia.soto@uandinap.cl	profesor	Salud	2023-07-08
5	13505331-7	Constanza Núñez Vergara	constanza.nunez@uandinap.cl	profesor	Idiomas	2008-01-10
6	12439668-9	Martín Núñez Morales	martin.nunez@uandinap.cl	profesor	Economía	2010-10-14
7	15482354-9	Martín Núñez Pizarro	martin.nunez@uandinap.cl	profesor	Matemática	2011-08-19
8	8353319-6	Joaquín Reyes Sepúlveda	joaquin.reyes@uandinap.cl	profesor	Idiomas	2005-12-24
9	16384926-7	Sebastián Martínez Gutiérrez	sebastian.martinez@uandinap.cl	profesor	Psicología	2021-06-23
10	16242598-6	Constanza Espinoza Torres	constanza.espinoza@uandinap.cl	profesor	Matemática	2011-01-04
11	7834190-4	Cristóbal Valenzuela Flores	cristobal.valenzuela@uandinap.cl	profesor	Educación	2010-12-31
12	6710362-9	Ignacio Fuentes Álvarez	ignacio.fuentes@uandinap.cl	ayudante	Informática	2012-01-23
13	11246849-8	Gaspar Sepúlveda Cortés	gaspar.sepulveda@uandinap.cl	ayudante	Matemática	2019-07-27
14	12589564-6	Trinidad Martínez Sepúlveda	trinidad.martinez@uandinap.cl	ayudante	Educación	2009-02-28
\.


--
-- Data for Name: cursos; Type: TABLE DATA; Schema: academico; Owner: aula
--

COPY academico.cursos (id, codigo, nombre, semestre, seccion, docente_id, creditos, moodle_id) FROM stdin;
100	INF-1110	Introducción a la Programación	2024-1	1	1	5	1200
101	INF-2241	Estructuras de Datos	2024-1	1	2	5	1207
102	INF-3320	Bases de Datos	2024-1	1	3	5	1214
103	ICO-1201	Contabilidad I	2024-1	1	4	5	1221
104	ICO-2305	Microeconomía	2024-1	1	5	4	1228
105	PSI-1102	Psicología del Desarrollo	2024-1	1	6	4	1235
106	ENF-1150	Anatomía	2024-1	1	7	4	1242
107	DER-1101	Derecho Romano	2024-1	1	8	5	1249
108	PED-1203	Didáctica de la Matemática	2024-1	1	9	6	1256
109	FIS-1001	Cálculo I	2024-1	1	10	5	1263
110	FIS-1001	Cálculo I	2024-1	2	11	5	1270
111	CEG-1000	Comunicación Oral y Escrita	2024-1	1	12	6	1277
112	ING-1001	Inglés I	2024-1	1	13	4	1284
\.


--
-- Data for Name: inscripciones; Type: TABLE DATA; Schema: academico; Owner: aula
--

COPY academico.inscripciones (id, estudiante_id, curso_id, fecha_inscripcion, nota_final, estado) FROM stdin;
1	5001	103	2024-03-14 00:34:05-04	\N	inscrito
2	5001	111	2024-03-10 13:30:18-04	\N	inscrito
3	5001	112	2024-03-09 00:46:07-04	\N	inscrito
4	5002	104	2024-03-07 10:25:55-04	\N	inscrito
5	5002	110	2024-03-06 12:07:22-04	\N	inscrito
6	5002	103	2024-03-09 16:07:45-04	\N	inscrito
7	5002	112	2024-03-08 18:41:54-04	5.0	inscrito
8	5002	111	2024-03-09 17:12:19-04	3.4	inscrito
9	5003	110	2024-03-05 09:24:00-04	\N	inscrito
10	5003	111	2024-03-09 21:46:15-04	5.0	inscrito
11	5003	112	2024-03-06 22:55:57-04	5.3	inscrito
12	5003	104	2024-03-04 23:56:00-04	3.8	inscrito
13	5003	103	2024-03-07 13:48:45-04	4.0	inscrito
14	5004	112	2024-03-08 05:12:14-04	\N	inscrito
15	5004	103	2024-03-15 09:14:28-04	5.9	inscrito
16	5004	104	2024-03-07 11:01:16-04	5.5	inscrito
17	5005	111	2024-03-13 01:57:56-04	4.9	inscrito
18	5005	107	2024-03-14 03:43:54-04	6.3	inscrito
19	5005	112	2024-03-04 13:10:24-04	\N	inscrito
20	5006	107	2024-03-07 13:14:24-04	2.9	inscrito
21	5006	112	2024-03-06 17:02:37-04	\N	inscrito
22	5006	111	2024-03-06 17:35:12-04	\N	inscrito
23	5007	112	2024-03-14 03:24:56-04	\N	inscrito
24	5007	111	2024-03-11 03:04:26-04	\N	inscrito
25	5007	108	2024-03-06 01:56:27-04	4.8	inscrito
26	5008	106	2024-03-07 12:05:11-04	\N	inscrito
27	5008	111	2024-03-14 10:10:28-04	\N	inscrito
28	5008	112	2024-03-06 19:08:04-04	\N	inscrito
29	5009	107	2024-03-05 08:02:30-04	\N	inscrito
30	5009	112	2024-03-10 13:04:09-04	5.5	inscrito
31	5009	111	2024-03-09 11:43:28-04	\N	inscrito
32	5010	106	2024-03-04 18:26:18-04	\N	inscrito
33	5010	112	2024-03-04 10:26:59-04	\N	inscrito
34	5010	111	2024-03-04 19:36:42-04	\N	inscrito
35	5011	112	2024-03-09 20:20:33-04	6.6	inscrito
36	5011	108	2024-03-06 00:57:45-04	\N	inscrito
37	5011	111	2024-03-09 04:58:45-04	4.9	inscrito
38	5012	111	2024-03-08 03:34:31-04	6.0	inscrito
39	5012	108	2024-03-07 05:06:38-04	\N	inscrito
40	5012	112	2024-03-06 22:23:38-04	\N	inscrito
41	5013	112	2024-03-11 01:42:48-04	4.6	inscrito
42	5013	108	2024-03-08 01:46:30-04	\N	inscrito
43	5013	111	2024-03-04 14:28:21-04	5.9	inscrito
44	5014	111	2024-03-06 02:34:35-04	\N	inscrito
45	5014	105	2024-03-15 09:12:56-04	\N	inscrito
46	5014	112	2024-03-08 01:48:01-04	5.3	inscrito
47	5015	112	2024-03-07 12:07:09-04	3.4	inscrito
48	5015	108	2024-03-08 01:30:19-04	3.5	inscrito
49	5015	111	2024-03-04 13:43:32-04	\N	inscrito
50	5016	112	2024-03-12 06:23:16-04	\N	inscrito
51	5016	111	2024-03-12 15:03:33-04	\N	inscrito
52	5016	108	2024-03-12 09:31:23-04	\N	inscrito
53	5017	109	2024-03-08 20:04:39-04	4.5	inscrito
54	5017	111	2024-03-06 03:22:27-04	3.6	inscrito
55	5017	100	2024-03-15 07:39:08-04	\N	inscrito
56	5018	108	2024-03-08 09:37:18-04	\N	inscrito
57	5018	111	2024-03-08 11:38:19-04	\N	inscrito
58	5018	112	2024-03-13 03:17:10-04	5.3	inscrito
59	5019	112	2024-03-05 09:03:29-04	6.3	inscrito
60	5019	110	2024-03-04 12:46:39-04	\N	retirado
61	5019	111	2024-03-11 11:10:02-04	5.6	inscrito
62	5019	104	2024-03-04 13:00:44-04	\N	inscrito
63	5019	103	2024-03-06 15:36:20-04	\N	inscrito
64	5020	106	2024-03-14 04:26:22-04	\N	inscrito
65	5020	111	2024-03-05 07:09:13-04	\N	inscrito
66	5020	112	2024-03-12 11:26:06-04	\N	inscrito
67	5021	106	2024-03-12 03:08:17-04	3.7	inscrito
68	5021	111	2024-03-10 09:15:55-04	6.7	inscrito
69	5021	112	2024-03-08 05:05:03-04	\N	inscrito
70	5022	107	2024-03-14 01:49:51-04	\N	inscrito
71	5022	112	2024-03-08 13:32:41-04	3.7	inscrito
72	5022	111	2024-03-06 17:21:29-04	\N	inscrito
73	5023	107	2024-03-10 15:48:47-04	5.2	inscrito
74	5023	111	2024-03-06 23:25:44-04	\N	inscrito
75	5023	112	2024-03-10 23:42:06-04	5.4	inscrito
76	5024	111	2024-03-12 03:43:21-04	\N	inscrito
77	5024	105	2024-03-12 01:14:37-04	\N	inscrito
78	5024	112	2024-03-07 03:41:10-04	5.7	inscrito
79	5025	111	2024-03-11 18:57:31-04	3.1	inscrito
80	5025	112	2024-03-13 02:47:25-04	5.3	inscrito
81	5025	105	2024-03-05 04:47:25-04	2.7	inscrito
82	5026	100	2024-03-13 18:01:53-04	3.9	inscrito
83	5026	111	2024-03-11 18:24:38-04	5.1	inscrito
84	5026	102	2024-03-05 23:23:21-04	\N	inscrito
85	5026	109	2024-03-13 02:28:45-04	\N	inscrito
86	5026	112	2024-03-12 02:10:17-04	\N	inscrito
87	5027	106	2024-03-08 09:06:50-04	\N	inscrito
88	5027	112	2024-03-07 22:18:45-04	\N	inscrito
89	5027	111	2024-03-10 06:43:45-04	6.0	inscrito
90	5028	103	2024-03-11 01:42:12-04	\N	inscrito
91	5028	104	2024-03-11 23:01:33-04	3.9	inscrito
92	5028	110	2024-03-13 18:07:53-04	\N	inscrito
93	5029	112	2024-03-05 21:37:18-04	\N	inscrito
94	5029	111	2024-03-10 21:07:29-04	\N	inscrito
95	5029	105	2024-03-15 05:18:35-04	\N	retirado
96	5030	107	2024-03-14 01:20:15-04	4.5	inscrito
97	5030	111	2024-03-12 07:47:02-04	6.1	inscrito
98	5030	112	2024-03-07 11:35:22-04	\N	inscrito
99	5031	111	2024-03-06 06:59:26-04	4.0	inscrito
100	5031	112	2024-03-10 08:21:23-04	\N	inscrito
101	5031	108	2024-03-13 15:54:31-04	\N	inscrito
102	5032	108	2024-03-14 10:00:51-04	\N	inscrito
103	5032	112	2024-03-04 09:47:01-04	\N	inscrito
104	5032	111	2024-03-04 08:01:24-04	\N	inscrito
105	5033	101	2024-03-08 23:54:52-04	\N	inscrito
106	5033	111	2024-03-07 19:58:39-04	3.0	inscrito
107	5033	100	2024-03-06 06:06:45-04	2.8	inscrito
108	5034	107	2024-03-10 20:48:06-04	\N	inscrito
109	5034	111	2024-03-08 17:37:28-04	3.0	inscrito
110	5034	112	2024-03-10 05:55:27-04	\N	inscrito
111	5035	111	2024-03-14 05:25:47-04	\N	inscrito
112	5035	112	2024-03-06 01:42:27-04	\N	inscrito
113	5035	105	2024-03-07 06:54:10-04	5.9	inscrito
114	5036	101	2024-03-08 22:00:32-04	\N	inscrito
115	5036	109	2024-03-10 12:38:11-04	\N	inscrito
116	5036	100	2024-03-07 10:30:47-04	4.2	inscrito
117	5036	102	2024-03-09 15:44:15-04	\N	inscrito
118	5036	111	2024-03-08 06:35:06-04	5.8	inscrito
119	5037	112	2024-03-14 18:19:03-04	\N	retirado
120	5037	104	2024-03-11 07:08:40-04	\N	inscrito
121	5037	111	2024-03-10 19:13:27-04	\N	inscrito
122	5037	103	2024-03-14 02:27:11-04	\N	retirado
123	5037	110	2024-03-15 06:01:54-04	\N	inscrito
124	5038	112	2024-03-10 03:32:54-04	4.7	inscrito
125	5038	102	2024-03-10 23:30:58-04	\N	inscrito
126	5038	109	2024-03-05 21:58:11-04	6.4	inscrito
127	5038	100	2024-03-14 13:57:52-04	3.3	inscrito
128	5039	108	2024-03-10 09:19:12-04	6.4	inscrito
129	5039	111	2024-03-08 01:07:26-04	\N	inscrito
130	5039	112	2024-03-11 00:27:17-04	\N	inscrito
131	5040	105	2024-03-13 14:22:03-04	\N	inscrito
132	5040	112	2024-03-15 17:16:42-04	\N	inscrito
133	5040	111	2024-03-15 02:57:43-04	3.5	inscrito
134	5041	106	2024-03-08 11:34:52-04	\N	inscrito
135	5041	112	2024-03-11 15:40:11-04	\N	inscrito
136	5041	111	2024-03-10 05:23:28-04	\N	inscrito
137	5042	110	2024-03-10 10:27:04-04	\N	inscrito
138	5042	104	2024-03-05 05:27:21-04	\N	retirado
139	5042	111	2024-03-12 20:53:50-04	\N	inscrito
140	5042	112	2024-03-11 08:34:44-04	\N	inscrito
141	5042	103	2024-03-09 04:07:29-04	4.0	inscrito
142	5043	106	2024-03-10 03:17:36-04	4.4	inscrito
143	5043	111	2024-03-05 23:20:33-04	4.9	inscrito
144	5043	112	2024-03-07 12:31:25-04	\N	inscrito
145	5044	106	2024-03-06 22:47:56-04	3.3	inscrito
146	5044	111	2024-03-13 16:46:13-04	\N	inscrito
147	5044	112	2024-03-06 04:55:17-04	\N	inscrito
148	5045	112	2024-03-15 03:27:17-04	\N	inscrito
149	5045	106	2024-03-06 18:14:14-04	\N	inscrito
150	5045	111	2024-03-14 06:48:17-04	\N	inscrito
151	5046	112	2024-03-08 10:35:57-04	\N	inscrito
152	5046	105	2024-03-12 22:37:51-04	\N	inscrito
153	5046	111	2024-03-12 00:02:37-04	\N	inscrito
154	5047	105	2024-03-13 00:22:13-04	\N	inscrito
155	5047	112	2024-03-09 18:36:24-04	\N	inscrito
156	5047	111	2024-03-11 12:05:18-04	\N	inscrito
157	5048	111	2024-03-09 16:44:50-04	\N	inscrito
158	5048	100	2024-03-12 23:36:58-04	3.7	inscrito
159	5048	102	2024-03-05 08:55:39-04	6.2	inscrito
160	5048	101	2024-03-15 07:44:42-04	\N	inscrito
161	5048	109	2024-03-10 16:38:11-04	\N	inscrito
162	5049	112	2024-03-04 19:37:25-04	\N	inscrito
163	5049	105	2024-03-14 02:40:37-04	\N	inscrito
164	5049	111	2024-03-04 22:33:46-04	\N	inscrito
165	5050	112	2024-03-11 10:06:43-04	\N	inscrito
166	5050	108	2024-03-04 20:37:29-04	\N	inscrito
167	5050	111	2024-03-04 12:34:17-04	\N	inscrito
168	5051	111	2024-03-04 14:05:36-04	\N	inscrito
169	5051	112	2024-03-08 22:42:36-04	6.2	inscrito
170	5051	105	2024-03-11 11:06:41-04	6.0	retirado
171	5052	105	2024-03-08 17:27:21-04	4.2	inscrito
172	5052	112	2024-03-05 04:30:00-04	\N	inscrito
173	5052	111	2024-03-10 08:43:32-04	5.3	retirado
174	5053	100	2024-03-11 20:07:21-04	6.1	inscrito
175	5053	101	2024-03-15 12:58:37-04	\N	inscrito
176	5053	112	2024-03-09 09:26:21-04	2.5	inscrito
177	5053	111	2024-03-14 04:15:14-04	4.3	inscrito
178	5054	112	2024-03-11 08:36:41-04	\N	inscrito
179	5054	111	2024-03-14 16:21:16-04	5.0	inscrito
180	5054	105	2024-03-11 11:30:31-04	\N	inscrito
181	5055	100	2024-03-12 13:00:30-04	\N	inscrito
182	5055	111	2024-03-14 22:50:27-04	\N	inscrito
183	5055	112	2024-03-04 23:51:11-04	\N	retirado
184	5055	109	2024-03-13 14:13:35-04	6.4	inscrito
185	5055	102	2024-03-07 13:19:01-04	\N	inscrito
186	5056	111	2024-03-07 16:30:31-04	\N	inscrito
187	5056	112	2024-03-07 19:07:42-04	6.8	inscrito
188	5056	107	2024-03-04 21:04:15-04	\N	inscrito
189	5057	112	2024-03-14 23:25:31-04	\N	inscrito
190	5057	107	2024-03-06 04:17:06-04	\N	inscrito
191	5057	111	2024-03-05 23:02:19-04	2.6	inscrito
192	5058	105	2024-03-04 21:52:54-04	\N	inscrito
193	5058	112	2024-03-10 05:51:50-04	\N	inscrito
194	5058	111	2024-03-10 10:03:52-04	\N	inscrito
195	5059	111	2024-03-13 23:32:12-04	4.3	inscrito
196	5059	112	2024-03-15 18:34:50-04	4.9	inscrito
197	5059	105	2024-03-09 06:06:46-04	\N	inscrito
198	5060	111	2024-03-15 04:52:26-04	\N	inscrito
199	5060	105	2024-03-14 03:28:19-04	\N	inscrito
200	5060	112	2024-03-13 08:19:32-04	\N	inscrito
201	5061	112	2024-03-08 18:21:26-04	\N	inscrito
202	5061	111	2024-03-14 07:39:10-04	4.6	inscrito
203	5061	105	2024-03-08 11:13:35-04	\N	inscrito
204	5062	100	2024-03-12 18:25:47-04	\N	inscrito
205	5062	102	2024-03-14 02:35:48-04	4.2	inscrito
206	5062	112	2024-03-07 15:51:19-04	5.4	inscrito
207	5063	111	2024-03-06 10:40:41-04	5.8	inscrito
208	5063	112	2024-03-09 03:46:25-04	\N	inscrito
209	5063	106	2024-03-12 16:40:34-04	3.6	inscrito
210	5064	102	2024-03-12 10:14:02-04	\N	inscrito
211	5064	111	2024-03-06 10:48:08-04	\N	inscrito
212	5064	112	2024-03-12 02:37:58-04	\N	inscrito
213	5064	109	2024-03-13 15:51:07-04	\N	inscrito
214	5065	112	2024-03-14 15:35:13-04	\N	inscrito
215	5065	102	2024-03-15 10:36:06-04	\N	inscrito
216	5065	111	2024-03-07 16:26:31-04	\N	inscrito
217	5066	112	2024-03-09 22:36:26-04	\N	inscrito
218	5066	111	2024-03-15 03:30:24-04	4.9	inscrito
219	5066	106	2024-03-12 03:05:30-04	\N	retirado
220	5067	112	2024-03-07 01:12:14-04	3.3	inscrito
221	5067	106	2024-03-07 01:14:27-04	\N	inscrito
222	5067	111	2024-03-05 07:18:44-04	\N	inscrito
223	5068	100	2024-03-11 20:33:58-04	\N	inscrito
224	5068	101	2024-03-06 01:50:43-04	\N	inscrito
225	5068	109	2024-03-11 00:38:02-04	2.8	inscrito
226	5069	112	2024-03-06 10:04:50-04	\N	inscrito
227	5069	108	2024-03-11 09:16:47-04	\N	inscrito
228	5069	111	2024-03-10 22:18:00-04	3.2	inscrito
229	5070	100	2024-03-04 09:14:42-04	\N	inscrito
230	5070	111	2024-03-11 03:01:32-04	\N	inscrito
231	5070	109	2024-03-08 17:53:52-04	2.8	inscrito
232	5071	111	2024-03-05 01:41:23-04	3.6	inscrito
233	5071	112	2024-03-13 05:39:41-04	\N	inscrito
234	5071	106	2024-03-14 14:51:06-04	5.6	inscrito
235	5072	111	2024-03-10 02:09:51-04	\N	inscrito
236	5072	110	2024-03-05 10:29:51-04	3.5	inscrito
237	5072	103	2024-03-11 04:20:11-04	\N	inscrito
238	5073	108	2024-03-10 07:37:34-04	\N	inscrito
239	5073	112	2024-03-05 01:07:13-04	\N	inscrito
240	5073	111	2024-03-08 07:34:46-04	\N	inscrito
241	5074	105	2024-03-15 03:33:27-04	\N	inscrito
242	5074	111	2024-03-05 08:43:14-04	\N	inscrito
243	5074	112	2024-03-08 21:20:09-04	\N	inscrito
244	5075	105	2024-03-15 06:38:09-04	\N	inscrito
245	5075	112	2024-03-11 00:48:44-04	\N	inscrito
246	5075	111	2024-03-06 19:42:32-04	\N	inscrito
247	5076	101	2024-03-15 17:18:38-04	\N	inscrito
248	5076	112	2024-03-11 06:31:00-04	\N	inscrito
249	5076	111	2024-03-13 14:06:34-04	\N	inscrito
250	5076	109	2024-03-09 16:08:39-04	\N	retirado
251	5076	100	2024-03-08 17:15:26-04	2.9	inscrito
252	5077	111	2024-03-05 06:26:33-04	\N	inscrito
253	5077	107	2024-03-09 07:17:53-04	\N	inscrito
254	5077	112	2024-03-13 23:39:45-04	\N	inscrito
255	5078	107	2024-03-07 04:00:47-04	\N	inscrito
256	5078	111	2024-03-12 18:34:28-04	2.8	inscrito
257	5078	112	2024-03-07 06:09:45-04	\N	inscrito
258	5079	111	2024-03-07 22:26:59-04	\N	inscrito
259	5079	112	2024-03-06 15:52:49-04	5.0	inscrito
260	5079	109	2024-03-07 02:57:29-04	5.3	inscrito
261	5079	102	2024-03-04 08:04:54-04	\N	inscrito
262	5079	100	2024-03-07 18:01:22-04	\N	inscrito
263	5080	109	2024-03-11 00:43:16-04	\N	inscrito
264	5080	100	2024-03-15 12:45:15-04	\N	inscrito
265	5080	101	2024-03-11 07:19:56-04	\N	inscrito
266	5080	111	2024-03-11 06:45:26-04	\N	retirado
267	5080	102	2024-03-07 05:02:31-04	\N	inscrito
268	5081	112	2024-03-05 14:12:45-04	3.0	inscrito
269	5081	111	2024-03-11 12:25:42-04	\N	inscrito
270	5081	106	2024-03-08 03:34:18-04	\N	inscrito
271	5082	102	2024-03-13 17:57:57-04	4.4	retirado
272	5082	109	2024-03-12 06:27:13-04	5.7	inscrito
273	5082	112	2024-03-10 19:18:29-04	2.5	retirado
274	5083	104	2024-03-09 20:40:36-04	\N	inscrito
275	5083	112	2024-03-09 04:23:43-04	\N	inscrito
276	5083	111	2024-03-13 02:46:16-04	\N	inscrito
277	5083	110	2024-03-11 04:20:52-04	\N	inscrito
278	5084	102	2024-03-10 05:11:52-04	\N	inscrito
279	5084	111	2024-03-09 08:39:42-04	\N	inscrito
280	5084	109	2024-03-06 08:56:50-04	3.4	inscrito
281	5084	101	2024-03-12 16:02:44-04	\N	inscrito
282	5084	112	2024-03-04 19:35:47-04	\N	inscrito
283	5085	109	2024-03-09 19:21:06-04	\N	inscrito
284	5085	100	2024-03-10 07:43:13-04	\N	inscrito
285	5085	112	2024-03-10 06:03:13-04	\N	inscrito
286	5085	111	2024-03-09 15:51:52-04	\N	inscrito
287	5085	102	2024-03-04 10:50:21-04	\N	inscrito
288	5086	104	2024-03-08 23:55:20-04	5.1	inscrito
289	5086	103	2024-03-04 08:59:28-04	3.6	inscrito
290	5086	111	2024-03-05 03:13:58-04	3.1	inscrito
291	5086	110	2024-03-11 19:41:23-04	\N	inscrito
292	5087	105	2024-03-07 12:52:50-04	\N	inscrito
293	5087	112	2024-03-11 23:22:52-04	5.3	inscrito
294	5087	111	2024-03-14 02:16:46-04	3.8	inscrito
295	5088	110	2024-03-12 23:51:32-04	3.5	inscrito
296	5088	111	2024-03-10 05:04:50-04	\N	inscrito
297	5088	112	2024-03-13 00:37:46-04	\N	inscrito
298	5088	103	2024-03-09 14:06:12-04	\N	inscrito
299	5088	104	2024-03-09 09:21:15-04	\N	inscrito
300	5089	112	2024-03-05 23:06:51-04	\N	retirado
301	5089	111	2024-03-15 11:00:05-04	\N	inscrito
302	5089	105	2024-03-10 01:56:33-04	4.2	inscrito
303	5090	112	2024-03-10 12:45:52-04	\N	inscrito
304	5090	108	2024-03-07 23:43:15-04	\N	inscrito
305	5090	111	2024-03-07 14:17:46-04	\N	inscrito
306	5091	111	2024-03-14 08:53:38-04	6.0	inscrito
307	5091	112	2024-03-13 20:28:14-04	\N	inscrito
308	5091	106	2024-03-08 10:28:47-04	\N	inscrito
309	5092	111	2024-03-06 23:01:08-04	\N	inscrito
310	5092	107	2024-03-12 09:45:00-04	\N	inscrito
311	5092	112	2024-03-04 09:26:34-04	\N	inscrito
312	5093	111	2024-03-12 18:41:18-04	\N	inscrito
313	5093	107	2024-03-10 14:37:08-04	\N	inscrito
314	5093	112	2024-03-12 07:47:58-04	\N	inscrito
315	5094	106	2024-03-11 11:03:43-04	4.2	inscrito
316	5094	111	2024-03-09 23:20:23-04	6.8	inscrito
317	5094	112	2024-03-10 16:05:02-04	\N	inscrito
318	5095	112	2024-03-05 03:25:04-04	\N	inscrito
319	5095	107	2024-03-07 03:46:54-04	\N	inscrito
320	5095	111	2024-03-09 08:31:59-04	6.1	inscrito
321	5096	112	2024-03-11 06:58:38-04	\N	inscrito
322	5096	111	2024-03-13 18:54:33-04	4.4	inscrito
323	5096	105	2024-03-12 17:01:22-04	4.0	inscrito
324	5097	112	2024-03-14 19:49:02-04	\N	inscrito
325	5097	106	2024-03-09 04:39:51-04	\N	inscrito
326	5097	111	2024-03-13 03:09:29-04	\N	inscrito
327	5098	112	2024-03-15 15:13:47-04	\N	inscrito
328	5098	111	2024-03-06 18:05:55-04	\N	inscrito
329	5098	108	2024-03-10 12:29:43-04	2.6	inscrito
330	5099	106	2024-03-05 16:31:24-04	\N	inscrito
331	5099	111	2024-03-05 12:06:16-04	\N	inscrito
332	5099	112	2024-03-08 18:00:28-04	\N	inscrito
333	5100	102	2024-03-13 20:32:06-04	3.9	inscrito
334	5100	100	2024-03-12 15:10:51-04	5.1	retirado
335	5100	112	2024-03-08 23:38:02-04	6.3	inscrito
336	5101	111	2024-03-14 03:33:56-04	4.0	inscrito
337	5101	112	2024-03-08 12:30:46-04	\N	retirado
338	5101	107	2024-03-07 07:33:12-04	3.8	inscrito
339	5102	102	2024-03-15 06:19:29-04	\N	inscrito
340	5102	109	2024-03-09 08:10:02-04	\N	inscrito
341	5102	100	2024-03-08 09:57:57-04	\N	inscrito
342	5102	111	2024-03-14 17:03:59-04	6.5	inscrito
343	5102	112	2024-03-05 21:42:43-04	\N	inscrito
344	5103	112	2024-03-05 05:50:39-04	3.4	inscrito
345	5103	106	2024-03-07 09:30:52-04	5.6	inscrito
346	5103	111	2024-03-15 06:06:42-04	\N	inscrito
347	5104	112	2024-03-12 22:46:53-04	3.6	inscrito
348	5104	111	2024-03-11 18:41:54-04	\N	retirado
349	5104	108	2024-03-14 04:14:55-04	\N	inscrito
350	5105	112	2024-03-14 03:41:04-04	\N	inscrito
351	5105	107	2024-03-08 03:31:05-04	\N	inscrito
352	5105	111	2024-03-09 03:07:46-04	\N	inscrito
353	5106	112	2024-03-13 05:25:49-04	4.4	inscrito
354	5106	111	2024-03-08 04:10:47-04	2.8	inscrito
355	5106	105	2024-03-14 02:35:38-04	\N	inscrito
356	5107	111	2024-03-07 13:41:33-04	\N	inscrito
357	5107	104	2024-03-06 01:54:53-04	5.0	inscrito
358	5107	110	2024-03-07 00:36:25-04	\N	inscrito
359	5107	103	2024-03-14 09:36:27-04	\N	inscrito
360	5108	101	2024-03-14 13:00:21-04	2.9	inscrito
361	5108	111	2024-03-05 07:04:13-04	4.4	inscrito
362	5108	102	2024-03-04 09:29:12-04	\N	inscrito
363	5108	100	2024-03-06 19:26:47-04	6.4	inscrito
364	5108	112	2024-03-11 00:04:32-04	\N	inscrito
365	5109	111	2024-03-15 16:56:02-04	\N	inscrito
366	5109	112	2024-03-05 15:56:48-04	3.3	inscrito
367	5109	106	2024-03-07 14:35:08-04	\N	inscrito
368	5110	100	2024-03-11 09:43:16-04	\N	inscrito
369	5110	102	2024-03-05 18:58:27-04	2.6	inscrito
370	5110	112	2024-03-09 22:28:31-04	3.3	inscrito
371	5111	111	2024-03-09 23:40:06-04	\N	inscrito
372	5111	112	2024-03-10 22:48:34-04	\N	retirado
373	5111	107	2024-03-08 22:30:35-04	3.0	inscrito
374	5112	111	2024-03-14 20:13:18-04	\N	inscrito
375	5112	106	2024-03-06 19:49:55-04	\N	inscrito
376	5112	112	2024-03-07 22:11:25-04	\N	inscrito
377	5113	100	2024-03-07 03:59:34-04	\N	inscrito
378	5113	111	2024-03-13 19:16:47-04	\N	inscrito
379	5113	109	2024-03-15 00:14:56-04	6.5	inscrito
380	5113	101	2024-03-05 15:08:40-04	3.7	inscrito
381	5114	112	2024-03-04 14:36:00-04	\N	inscrito
382	5114	107	2024-03-07 01:55:13-04	\N	inscrito
383	5114	111	2024-03-05 03:46:50-04	\N	inscrito
384	5115	107	2024-03-11 21:45:56-04	3.9	inscrito
385	5115	111	2024-03-06 09:54:37-04	\N	inscrito
386	5115	112	2024-03-15 09:01:53-04	\N	inscrito
387	5116	111	2024-03-06 12:09:10-04	\N	inscrito
388	5116	107	2024-03-09 10:42:30-04	\N	inscrito
389	5116	112	2024-03-12 15:42:34-04	\N	inscrito
390	5117	108	2024-03-08 20:41:25-04	\N	inscrito
391	5117	112	2024-03-11 08:31:19-04	\N	retirado
392	5117	111	2024-03-15 19:51:32-04	6.6	inscrito
393	5118	111	2024-03-05 13:22:58-04	\N	inscrito
394	5118	108	2024-03-11 00:47:27-04	\N	inscrito
395	5118	112	2024-03-13 21:03:57-04	\N	inscrito
396	5119	107	2024-03-11 13:04:14-04	\N	inscrito
397	5119	112	2024-03-09 15:59:48-04	5.2	inscrito
398	5119	111	2024-03-12 00:33:06-04	\N	inscrito
399	5120	111	2024-03-10 22:50:28-04	\N	inscrito
400	5120	112	2024-03-10 03:11:50-04	\N	inscrito
401	5120	105	2024-03-15 14:04:03-04	5.2	inscrito
402	5121	100	2024-03-14 08:12:50-04	\N	inscrito
403	5121	101	2024-03-05 04:22:41-04	\N	inscrito
404	5121	102	2024-03-05 12:23:55-04	\N	inscrito
405	5121	112	2024-03-10 04:22:59-04	\N	inscrito
406	5122	103	2024-03-09 04:50:20-04	5.8	inscrito
407	5122	111	2024-03-07 16:20:38-04	6.8	inscrito
408	5122	112	2024-03-13 19:09:12-04	\N	inscrito
409	5123	112	2024-03-06 23:35:24-04	5.3	retirado
410	5123	111	2024-03-06 20:19:46-04	\N	inscrito
411	5123	106	2024-03-13 09:10:35-04	\N	inscrito
412	5124	111	2024-03-14 22:11:37-04	6.5	inscrito
413	5124	112	2024-03-15 15:40:34-04	\N	inscrito
414	5124	107	2024-03-10 00:21:55-04	\N	inscrito
415	5125	111	2024-03-05 21:46:29-04	6.5	inscrito
416	5125	112	2024-03-09 18:48:20-04	3.7	inscrito
417	5125	107	2024-03-14 13:26:58-04	\N	inscrito
418	5126	112	2024-03-10 03:16:12-04	4.7	inscrito
419	5126	111	2024-03-05 08:32:30-04	\N	inscrito
420	5126	108	2024-03-09 06:58:11-04	\N	inscrito
421	5127	100	2024-03-13 09:45:25-04	\N	inscrito
422	5127	112	2024-03-13 17:02:19-04	6.1	inscrito
423	5127	111	2024-03-07 02:41:56-04	\N	inscrito
424	5127	102	2024-03-08 20:50:47-04	3.5	inscrito
425	5128	103	2024-03-06 05:20:35-04	\N	inscrito
426	5128	112	2024-03-08 08:24:28-04	\N	inscrito
427	5128	110	2024-03-13 00:14:35-04	\N	inscrito
428	5129	108	2024-03-13 09:14:31-04	\N	inscrito
429	5129	112	2024-03-05 10:19:58-04	\N	inscrito
430	5129	111	2024-03-13 19:45:07-04	\N	inscrito
431	5130	103	2024-03-14 02:15:18-04	\N	inscrito
432	5130	110	2024-03-13 20:05:28-04	6.4	inscrito
433	5130	111	2024-03-10 17:01:48-04	\N	inscrito
434	5130	112	2024-03-05 16:54:07-04	\N	inscrito
435	5130	104	2024-03-12 03:16:36-04	\N	inscrito
\.


--
-- Data for Name: entregas; Type: TABLE DATA; Schema: academico; Owner: aula
--

COPY academico.entregas (id, estudiante_id, curso_id, tarea, enviado_en, archivo, sha1, ip_envio, calificacion, comentario_docente, calificado_por, calificado_en) FROM stdin;
1	5001	103	Tarea 1	2024-04-09 11:55:28-04	entrega_401212.pdf	392e2fa2e71bb4217a00b4914e13b32dfde0820c	146.83.196.20	\N	\N	\N	\N
2	5001	103	Proyecto semestral	2024-04-10 01:59:34-04	entrega_422838.docx	5b604883c10b2e5fcffb609cefcefaec97074dba	186.11.101.222	\N	\N	\N	\N
3	5001	103	Tarea 2	2024-05-04 16:10:57-04	entrega_536585.pdf	c42703e188125cb5cd210bc33c6fe66228f38af5	146.83.196.3	1.5	Buen trabajo, Cristóbal.	4	2024-05-12 01:10:57-04
4	5001	103	Ensayo final	2024-05-05 01:41:19-04	entrega_232570.docx	695046c01c92c5a8b49c1b4a1039c298eb7f4d16	146.83.196.26	5.6	\N	4	2024-05-17 05:41:19-04
5	5001	111	Control 1	2024-06-07 18:03:10-04	entrega_860644.pdf	1fc6672ab11158799e28fec9af93193268bf8cca	200.104.136.241	2.0	Revisar formato APA.	12	2024-06-13 22:03:10-04
6	5001	111	Tarea 1	2024-06-07 15:58:37-04	entrega_725305.pdf	d4a091aa70d310d19138e2dfb76c097a6ce5986e	186.11.101.222	5.1	\N	12	2024-06-21 20:58:37-04
7	5001	111	Tarea 2	2024-05-01 01:48:01-04	entrega_949720.docx	920bd8476b32a3ae51f51cf015a22670b113d125	186.11.101.222	3.9	Entrega fuera de plazo, se descuenta 1 punto.	12	2024-05-09 04:48:01-04
8	5001	112	Tarea 2	2024-04-18 12:43:59-04	entrega_301002.pdf	333133ba70338a7369b0ccc59d389cd10a21aae8	200.104.136.241	2.0	Revisar formato APA.	13	2024-04-23 19:43:59-04
9	5001	112	Control 1	2024-05-15 18:36:53-04	entrega_881536.zip	97a09ced89c2d64821881d35db7f2f506b35d288	200.104.136.241	6.0	\N	13	2024-05-29 23:36:53-04
10	5001	112	Proyecto semestral	2024-06-17 22:59:26-04	entrega_330683.pdf	cc6dbeef172c85bbd32750c9a0d8b6d55936c056	146.83.196.17	3.4	Bien estructurado. Falta conclusión.	13	2024-06-23 00:59:26-04
11	5001	112	Tarea 1	2024-05-25 01:34:52-04	entrega_245623.pdf	e0ebdc0e3e42e796ebd4117d3825c470d56cd9ea	146.83.196.5	6.8	Buen trabajo, Cristóbal.	13	2024-06-02 08:34:52-04
12	5002	104	Proyecto semestral	2024-06-14 23:15:45-04	entrega_556357.pdf	b1e31cc39e5a83130701d9cd8f33a14abe60efcf	146.83.196.7	\N	\N	\N	\N
13	5002	104	Ensayo final	2024-04-05 06:28:42-04	entrega_793430.zip	9c704acd019a7301d3ca5abd76965eaacb505f26	181.43.160.125	6.1	Excelente análisis Nicolás!	5	2024-04-13 16:28:42-04
14	5002	110	Control 1	2024-05-07 05:14:07-04	entrega_626946.zip	eb10630bf5f0ce044d02d2f37556f20219fb04a3	181.43.160.125	6.3	\N	11	2024-05-13 05:14:07-04
15	5002	110	Ensayo final	2024-06-04 14:00:33-04	entrega_855350.zip	860eab3d72f997b401f45e14af36a1bb513d52c2	146.83.196.29	5.9	Bien estructurado. Falta conclusión.	11	2024-06-14 22:00:33-04
16	5002	103	Tarea 2	2024-04-11 23:58:25-04	entrega_126791.pdf	cfd1ce1a91f69c89b9125ad4e6848680e280feac	181.43.160.125	5.7	\N	4	2024-04-19 03:58:25-04
17	5002	103	Tarea 1	2024-05-09 14:26:30-04	entrega_961811.zip	48784e4e41e5c4d46c92c6cee2430d8e18bf33f5	146.83.196.6	6.0	Bien estructurado. Falta conclusión.	4	2024-05-19 20:26:30-04
18	5002	103	Informe de laboratorio	2024-06-22 07:09:37-04	entrega_632958.pdf	828ba116a80cd5726b0ff78216750230adaeeb9e	181.43.160.125	6.2	Bien estructurado. Falta conclusión.	4	2024-07-01 14:09:37-04
19	5002	103	Control 1	2024-04-19 08:59:27-04	entrega_831569.pdf	f807d4e5dfbd46100b5263bdaada1d989d449de6	181.43.160.125	\N	\N	\N	\N
20	5002	112	Informe de laboratorio	2024-06-23 04:44:25-04	entrega_682438.pdf	cff6c83d604a243cd5e5843ced18f625cc39ad60	146.83.196.23	3.8	Entrega fuera de plazo, se descuenta 1 punto.	13	2024-07-07 07:44:25-04
21	5002	112	Proyecto semestral	2024-04-24 14:30:40-04	entrega_295481.zip	1fe36931333e09b7fc3f2b6de22895be217d87e0	146.83.196.27	4.5	Revisar formato APA.	13	2024-04-28 23:30:40-04
22	5002	112	Tarea 1	2024-06-18 09:07:28-04	entrega_866415.pdf	3ce688f95fe8edf237466a046f4226da174f7322	146.83.196.20	6.7	\N	13	2024-06-27 16:07:28-04
23	5002	111	Proyecto semestral	2024-04-09 12:00:18-04	entrega_531958.pdf	a0088ade3cb4549bc02907c7cb1ddb4182c2e321	181.43.160.125	\N	\N	\N	\N
24	5002	111	Ensayo final	2024-05-12 15:17:06-04	entrega_181224.zip	b47a9c3e4e0f38bde66f24a46669abb909285080	181.43.160.125	6.2	\N	12	2024-05-22 21:17:06-04
25	5002	111	Tarea 2	2024-05-11 12:08:18-04	entrega_597416.zip	fe49c12e209f5eda4e2cd81e431faa369e06d05a	146.83.196.11	4.6	\N	12	2024-05-19 14:08:18-04
26	5003	110	Tarea 2	2024-05-23 19:36:45-04	entrega_787096.docx	f1361955acff9a2bbcb18470661b6d6bc24fb650	200.104.249.238	\N	\N	\N	\N
27	5003	110	Control 1	2024-05-01 09:43:48-04	entrega_420498.docx	d4be57afcf3fd187a6a947717ab8b1cd9cf75db3	200.104.249.238	3.9	\N	11	2024-05-04 09:43:48-04
28	5003	110	Proyecto semestral	2024-05-03 10:54:41-04	entrega_384181.pdf	e3ef6202f35a74063dac155828e877ace554a4e8	146.83.196.18	6.2	\N	11	2024-05-13 10:54:41-04
29	5003	111	Proyecto semestral	2024-05-31 16:05:17-04	entrega_705858.zip	55115d20bdcf4daeaf70ca2f1cd924fe15d71ef5	190.161.106.143	5.0	\N	12	2024-06-12 19:05:17-04
30	5003	111	Tarea 1	2024-04-26 01:58:12-04	entrega_738164.pdf	01c89ffc6bf791233343eb1762228067f6a8ff41	146.83.196.6	2.9	Excelente análisis Lucas!	12	2024-04-28 04:58:12-04
31	5003	111	Ensayo final	2024-04-16 04:17:11-04	entrega_861216.docx	a946aed83e767712a9648d3cf014ff62e6cef083	146.83.196.13	5.0	\N	12	2024-04-28 12:17:11-04
32	5003	111	Informe de laboratorio	2024-06-22 01:29:23-04	entrega_144524.zip	e503c8b5c80588a0fead944818f27a60296a4af8	190.161.106.143	5.1	Bien estructurado. Falta conclusión.	12	2024-06-29 04:29:23-04
33	5003	112	Informe de laboratorio	2024-05-09 04:55:12-04	entrega_477309.pdf	e8d7466d8cd74e6d1f0277987f3b4ea21ca2ac77	200.104.249.238	3.2	\N	13	2024-05-19 11:55:12-04
34	5003	112	Proyecto semestral	2024-06-03 01:11:19-04	entrega_679301.zip	93caaad1a8b923b0e0accbe42090e4ff7b631cd8	146.83.196.18	1.7	\N	13	2024-06-13 08:11:19-04
35	5003	112	Tarea 2	2024-06-12 00:42:21-04	entrega_588767.pdf	7980ae73e075a96f5a29417d0cc7c3db07bb46c9	200.104.249.238	\N	\N	\N	\N
36	5003	112	Ensayo final	2024-06-04 14:45:24-04	entrega_975416.pdf	5872e3534b60a88e065e26fa70e86bc42767e370	190.161.106.143	4.2	\N	13	2024-06-15 20:45:24-04
37	5003	104	Proyecto semestral	2024-04-03 10:01:47-04	entrega_938567.pdf	2d94fa034a13b8fab674b2a7b7891df6dedfb4c8	200.104.249.238	\N	\N	\N	\N
38	5003	104	Ensayo final	2024-04-28 14:58:20-04	entrega_685697.pdf	2083dcbb6a1f965e16dec9644060ed7a10e3d135	146.83.196.23	\N	\N	\N	\N
39	5003	104	Informe de laboratorio	2024-05-15 22:52:35-04	entrega_169663.zip	d2996c67c35aa09af88b4da704b1d50fba14d7b2	200.104.249.238	3.4	Excelente análisis Lucas!	5	2024-05-19 01:52:35-04
40	5003	103	Proyecto semestral	2024-05-09 08:08:37-04	entrega_832229.docx	655ba2eb93d3d06372fe2d71f4f2ab3d0bb1a521	200.104.249.238	6.7	\N	4	2024-05-17 08:08:37-04
41	5003	103	Tarea 2	2024-06-26 19:50:28-04	entrega_866014.docx	c0bbc03638d576fc8e28ed99c919859f81d4362e	146.83.196.20	\N	\N	\N	\N
42	5003	103	Tarea 1	2024-05-20 10:13:51-04	entrega_953845.docx	e2226d22d47d247e496ea553a2a502ef73f702db	190.161.106.143	\N	\N	\N	\N
43	5004	112	Tarea 2	2024-06-21 17:25:55-04	entrega_126481.docx	176344afbae05f4b9c506ae6c7d04ccb3a02a64d	152.172.25.44	4.8	Bien estructurado. Falta conclusión.	13	2024-06-25 02:25:55-04
44	5004	112	Proyecto semestral	2024-05-19 21:03:01-04	entrega_626225.zip	43fa6b06b6f6f22cba789a7961507ceeb2818b39	146.83.196.20	2.9	\N	13	2024-05-25 00:03:01-04
45	5004	112	Ensayo final	2024-06-22 19:36:46-04	entrega_688191.docx	419ac2e2187c91b330e53bfdec26c65ffcef9e67	146.83.196.3	1.7	Revisar formato APA.	13	2024-06-26 01:36:46-04
46	5004	103	Tarea 2	2024-05-03 08:41:38-04	entrega_751215.pdf	d7e9eac8a18a996f8cbdcf1dff32716cf7194ac0	152.172.25.44	4.3	\N	4	2024-05-14 18:41:38-04
47	5004	103	Control 1	2024-05-20 11:33:18-04	entrega_875881.pdf	9eda95b0b30743f980676780365d6819b28113d4	146.83.196.25	1.1	\N	4	2024-05-31 18:33:18-04
48	5004	104	Ensayo final	2024-04-23 16:39:31-04	entrega_267991.docx	806cca29fbea4406d39f41677a0b84be3d782611	152.172.25.44	3.1	Revisar formato APA.	5	2024-05-07 00:39:31-04
49	5004	104	Tarea 2	2024-05-21 04:28:15-04	entrega_590504.pdf	e1e96ff1b8a78e4d961f9dcbda3f371b1b262a3d	146.83.196.27	2.8	\N	5	2024-06-02 10:28:15-04
50	5005	111	Control 1	2024-05-16 21:51:16-04	entrega_565617.pdf	2cf125c1e7e7542e6ff36fdb5a87f3940b7f692d	181.43.179.32	\N	\N	\N	\N
51	5005	111	Ensayo final	2024-05-12 06:17:36-04	entrega_230845.docx	2c9b093770cbd8c1fc2c5c76824dd76918a0b529	181.43.179.32	5.6	Buen trabajo, Josefa.	12	2024-05-14 16:17:36-04
52	5005	107	Informe de laboratorio	2024-05-01 17:51:29-04	entrega_414773.pdf	fd1e01925642159cb10a07518aec2247fba7ca04	181.43.179.32	6.6	Revisar formato APA.	8	2024-05-07 17:51:29-04
53	5005	107	Ensayo final	2024-06-18 01:44:09-04	entrega_462059.pdf	5a2ab24d23e0d8c2cd5df5139b61ea4a7c1d1c89	191.125.100.68	\N	\N	\N	\N
54	5005	112	Ensayo final	2024-06-20 08:53:00-04	entrega_502845.docx	4036a07d7441649918f56ae719071434bc87220a	146.83.196.3	\N	\N	\N	\N
55	5005	112	Informe de laboratorio	2024-05-28 20:57:01-04	entrega_172460.pdf	c9a44c726531a112a1bc784b8cd340f0488437e9	181.43.179.32	4.0	\N	13	2024-06-06 21:57:01-04
56	5005	112	Proyecto semestral	2024-06-01 01:42:12-04	entrega_738253.pdf	6c43171a87552facd0c498caf5652ce82ea40b4c	146.83.196.20	\N	\N	\N	\N
57	5005	112	Tarea 1	2024-04-17 10:47:50-04	entrega_345574.docx	100fc12108323ae591ba813b4e4b8569a2f848e8	191.125.100.68	3.8	\N	13	2024-04-27 13:47:50-04
58	5006	107	Ensayo final	2024-06-22 20:24:55-04	entrega_224176.docx	baa0abce98bc72b8304133e0bcf29da6fe13657f	146.83.196.9	5.8	\N	8	2024-06-28 21:24:55-04
59	5006	107	Tarea 2	2024-05-12 13:18:25-04	entrega_407917.docx	66052f4add2e339dfd7797ce8fc3ad49d9792167	146.83.196.8	6.1	\N	8	2024-05-21 20:18:25-04
60	5006	112	Ensayo final	2024-04-19 20:21:30-04	entrega_887505.docx	5d9f7aafcdcd1185fe5f20bb9d56ae9dac44c629	179.57.82.122	5.3	\N	13	2024-04-25 21:21:30-04
61	5006	112	Informe de laboratorio	2024-05-19 15:28:14-04	entrega_536327.zip	4009cd0dcf9cf9cb33e4787ea0fabad73a3350fc	179.57.82.122	6.9	Buen trabajo, Fernanda.	13	2024-05-25 21:28:14-04
62	5006	111	Informe de laboratorio	2024-05-07 12:41:25-04	entrega_196853.pdf	5cdb61b9f1ad00c22d1346011e72a1fa859168f0	181.43.253.158	\N	\N	\N	\N
63	5006	111	Tarea 1	2024-04-07 02:17:49-04	entrega_239504.pdf	db0820b0c76a03396615bcc73425318a9081f510	146.83.196.9	2.0	Entrega fuera de plazo, se descuenta 1 punto.	12	2024-04-10 06:17:49-04
64	5007	112	Proyecto semestral	2024-05-31 05:53:20-04	entrega_126395.docx	1dd65ba95719e2474a851b6691ad850e89056445	146.83.196.3	3.2	Bien estructurado. Falta conclusión.	13	2024-06-03 11:53:20-04
65	5007	112	Tarea 2	2024-04-02 19:41:48-04	entrega_460911.docx	3cd475570c625e328514ccf546acc41486a54ec4	146.83.196.25	6.7	\N	13	2024-04-05 05:41:48-04
66	5007	112	Tarea 1	2024-05-30 03:46:16-04	entrega_449556.docx	741f668678b601592e9e70f2d74efc7b0bcff9cd	191.125.93.240	6.9	Excelente análisis Vicente!	13	2024-06-07 07:46:16-04
67	5007	112	Informe de laboratorio	2024-06-06 10:40:18-04	entrega_956249.pdf	d5312dc8535386347513506e30deb4c1530d3026	146.83.196.12	\N	\N	\N	\N
68	5007	111	Ensayo final	2024-06-02 22:04:48-04	entrega_272108.docx	feebc62f358b12d21a7e60cd560ca8fd74078208	146.83.196.4	4.5	\N	12	2024-06-15 02:04:48-04
69	5007	111	Control 1	2024-05-07 23:31:06-04	entrega_324260.pdf	70ee08426b7659742cc9da926c173904e72fdd94	191.125.93.240	1.1	\N	12	2024-05-12 23:31:06-04
70	5007	111	Tarea 1	2024-04-12 02:48:26-04	entrega_890149.docx	b6ffde5bae8112903047f6bf5c92a020f23b5c62	146.83.196.8	\N	\N	\N	\N
71	5007	111	Tarea 2	2024-06-22 19:36:54-04	entrega_208860.docx	0939e111a1f16f6a235540dee8cc67cc211349a2	191.125.93.240	5.4	Bien estructurado. Falta conclusión.	12	2024-06-28 22:36:54-04
72	5007	108	Ensayo final	2024-04-07 19:14:11-04	entrega_406182.docx	e959519304db52fe268eabce079e667fac136877	181.43.235.57	3.1	\N	9	2024-04-12 02:14:11-04
73	5007	108	Tarea 2	2024-06-08 21:21:44-04	entrega_922071.zip	f1403a89bbc0e61e2cbbbec9b95658cfd8287b36	146.83.196.24	2.8	\N	9	2024-06-19 00:21:44-04
74	5007	108	Informe de laboratorio	2024-06-20 16:40:12-04	entrega_763222.pdf	45c150d348c52c35db8a3f2d4cdbc158ad0eb47c	191.125.93.240	2.8	\N	9	2024-07-02 21:40:12-04
75	5008	106	Tarea 1	2024-05-29 01:01:28-04	entrega_966927.pdf	a08c5d8b88e960a9df986b21101b95ac27a9a48c	146.83.196.20	4.3	Excelente análisis Ignacio!	7	2024-06-11 01:01:28-04
76	5008	106	Control 1	2024-06-14 02:59:14-04	entrega_397304.pdf	bbd1929dc86820fefb88bc953ced242cb9b7ce57	146.83.196.7	2.7	Bien estructurado. Falta conclusión.	7	2024-06-26 02:59:14-04
77	5008	106	Tarea 2	2024-05-20 17:17:13-04	entrega_166890.docx	fdb681f4bbb0a1f0ab5401a636d7f09d37cbbc85	146.83.196.26	4.5	Ignacio, revisa la sección 3: faltan referencias.	7	2024-05-24 01:17:13-04
78	5008	111	Tarea 2	2024-05-04 23:06:50-04	entrega_724399.zip	f7e62219ac6722952b8e8e0e73b8849f17fb7df6	191.125.146.235	2.1	Excelente análisis Ignacio!	12	2024-05-17 07:06:50-04
79	5008	111	Tarea 1	2024-05-15 15:09:42-04	entrega_383713.zip	0b9f8b5a240ba210654f1b64ba5e111e7b5dd559	152.172.173.175	3.9	\N	12	2024-05-18 23:09:42-04
80	5008	111	Proyecto semestral	2024-04-24 05:27:19-04	entrega_813477.pdf	d642f12f0b07082e18ad1affe2c13cb8738e3b39	152.172.173.175	4.6	\N	12	2024-05-02 14:27:19-04
81	5008	111	Ensayo final	2024-05-25 02:59:24-04	entrega_296871.pdf	0bfc57db68978113e9c4e85fe4dae56928dbdef1	146.83.196.24	6.3	\N	12	2024-06-02 09:59:24-04
82	5008	112	Ensayo final	2024-06-15 03:00:04-04	entrega_105356.pdf	54268b60df30d39541e0b3790efd591a0edca8ec	152.172.173.175	3.3	\N	13	2024-06-28 10:00:04-04
83	5008	112	Tarea 2	2024-04-03 22:08:55-04	entrega_165816.docx	da8a1e3b261f85d4c47c422675edac02871f80fa	152.172.173.175	2.8	\N	13	2024-04-10 00:08:55-04
84	5009	107	Control 1	2024-06-01 10:15:04-04	entrega_520613.docx	e731d2cb7b1c8f63d7e894fb72d347a39380ca9e	181.43.150.200	\N	\N	\N	\N
85	5009	107	Tarea 1	2024-05-20 21:10:19-04	entrega_338320.pdf	1cf7690ecad9b4f30e20c8261c17b754571b840c	190.160.95.55	1.2	\N	8	2024-05-28 03:10:19-04
86	5009	107	Tarea 2	2024-06-17 04:03:32-04	entrega_210528.docx	a10dca7182451cd064b11d56927aa05da26f10cc	190.160.95.55	5.3	\N	8	2024-06-28 12:03:32-04
87	5009	107	Informe de laboratorio	2024-04-12 11:35:37-04	entrega_772869.pdf	2c658fae8ae4ee2890aa57480867f22f8ae770ac	181.43.150.200	2.2	\N	8	2024-04-21 16:35:37-04
88	5009	112	Tarea 1	2024-06-18 06:52:29-04	entrega_657740.pdf	21304d9f7add1fc0a385f184e61e42a45bb7febf	190.160.95.55	4.4	\N	13	2024-07-02 09:52:29-04
89	5009	112	Ensayo final	2024-05-07 13:04:45-04	entrega_721273.zip	012cb4855a7d156387c2156f025a13825c06072f	190.160.95.55	\N	\N	\N	\N
90	5009	111	Proyecto semestral	2024-04-10 12:36:35-04	entrega_858319.zip	d8ca5e96b9a6c094f9bbada0c6d4d8f2b5389bcc	190.160.95.55	2.8	\N	12	2024-04-18 13:36:35-04
91	5009	111	Control 1	2024-04-11 17:58:53-04	entrega_214589.zip	cb86633c2fbb87add89d56c4f7e6b928fba8ee33	181.43.150.200	\N	\N	\N	\N
92	5010	106	Informe de laboratorio	2024-05-28 02:00:08-04	entrega_127828.zip	0bad40ae7e4d19ef4fa4db7bc363b8a94864aaad	146.83.196.15	4.0	\N	7	2024-06-03 11:00:08-04
93	5010	106	Proyecto semestral	2024-05-24 11:35:27-04	entrega_232227.docx	8707a24f9930d30a5f56a5a6dfd59d6a4fbf887f	179.57.63.217	2.3	\N	7	2024-05-28 21:35:27-04
94	5010	112	Proyecto semestral	2024-04-26 20:54:21-04	entrega_332353.zip	b2f84a289ed28c3f5bed52e1bd9abb23c1899b69	179.57.63.217	3.2	Buen trabajo, Nicolás.	13	2024-04-29 04:54:21-04
95	5010	112	Tarea 1	2024-04-04 13:47:01-04	entrega_487961.zip	480a489c84e16aab2780809c5e271d6157f27048	179.57.63.217	\N	\N	\N	\N
96	5010	111	Proyecto semestral	2024-04-10 03:45:16-04	entrega_259091.pdf	e29360c43efc5a5e166d4b7dcb6091f91b63fbe4	179.57.63.217	3.2	\N	12	2024-04-21 07:45:16-04
97	5010	111	Tarea 1	2024-06-23 01:44:59-04	entrega_815523.zip	19659391a9a7e7dd0d18d90caa9bd4232ae4729a	146.83.196.3	3.2	Excelente análisis Nicolás!	12	2024-07-06 05:44:59-04
98	5010	111	Tarea 2	2024-04-28 11:27:25-04	entrega_448190.docx	341433f509e8101e29968f3e708ac1739b51deec	146.83.196.2	2.5	\N	12	2024-05-06 18:27:25-04
99	5010	111	Ensayo final	2024-05-01 08:17:09-04	entrega_449985.pdf	4393463e0d5acf42420009019cf78f5599f4881f	146.83.196.20	2.6	\N	12	2024-05-03 18:17:09-04
100	5011	112	Tarea 1	2024-05-18 15:57:48-04	entrega_681021.docx	fdd3e5a9c0aded33a0a2d0c193228335e7bfaadd	152.172.163.51	5.2	\N	13	2024-05-25 22:57:48-04
101	5011	112	Tarea 2	2024-05-17 04:28:53-04	entrega_817541.pdf	bebd02d01a612b020d8cb2061c0a8aee9085de7d	146.83.196.21	\N	\N	\N	\N
102	5011	112	Control 1	2024-04-08 02:02:52-04	entrega_337284.docx	4066f0eaade7d5cb0cb223b5e81845c65eb2ed85	152.172.163.51	1.7	Buen trabajo, Camila.	13	2024-04-20 12:02:52-04
103	5011	108	Ensayo final	2024-05-01 19:52:47-04	entrega_568651.zip	13dbbcb56c2d6c82b315ab1e84079a4dc2972b41	146.83.196.16	2.1	\N	9	2024-05-16 00:52:47-04
104	5011	108	Informe de laboratorio	2024-04-10 16:08:41-04	entrega_777454.pdf	ea44753ee4b34f0049fb73a54919793f75e34c49	152.172.163.51	\N	\N	\N	\N
105	5011	108	Proyecto semestral	2024-06-11 13:25:25-04	entrega_751633.zip	e096620502b6236b4c3e5ea3b0bee7d7ac712287	152.172.163.51	2.8	Bien estructurado. Falta conclusión.	9	2024-06-17 17:25:25-04
106	5011	108	Control 1	2024-05-12 04:34:44-04	entrega_815027.pdf	75c64124f7b34143c95b533917fcf58fb2f6ef8e	146.83.196.13	2.8	Camila, revisa la sección 3: faltan referencias.	9	2024-05-21 10:34:44-04
107	5011	111	Ensayo final	2024-05-21 11:53:24-04	entrega_291893.zip	e2f53aaa08276771acd3c01423684a7a874fea5f	146.83.196.10	6.5	\N	12	2024-06-04 15:53:24-04
108	5011	111	Informe de laboratorio	2024-06-13 13:37:09-04	entrega_272047.docx	99e3a1f2023c7542cf5ad7835babf139994fc992	146.83.196.29	5.7	\N	12	2024-06-21 14:37:09-04
109	5011	111	Proyecto semestral	2024-04-09 03:35:34-04	entrega_490851.zip	9ee10eff86560ee237de7481daafa291a2213d88	152.172.163.51	5.3	Camila, revisa la sección 3: faltan referencias.	12	2024-04-23 11:35:34-04
110	5011	111	Tarea 2	2024-06-26 17:43:23-04	entrega_969845.pdf	51cfb1714d09129e2d4eb148b7489f36900949e8	146.83.196.26	4.5	Entrega fuera de plazo, se descuenta 1 punto.	12	2024-07-05 03:43:23-04
111	5012	111	Tarea 2	2024-04-29 18:45:33-04	entrega_745863.docx	c17e84e1b95718d824746157042fa7a67d533978	191.125.237.248	5.3	Buen trabajo, Isidora.	12	2024-05-13 18:45:33-04
112	5012	111	Control 1	2024-05-09 20:15:00-04	entrega_869278.docx	e4b4585c1a56eff634c184602fbf44eccccbef45	146.83.196.20	6.3	\N	12	2024-05-22 05:15:00-04
113	5012	108	Ensayo final	2024-06-17 13:11:52-04	entrega_430052.docx	fc56f0caedc8df4655b272a2ab8a1999f92b2a34	146.83.196.7	3.9	\N	9	2024-06-20 22:11:52-04
114	5012	108	Proyecto semestral	2024-06-20 20:06:11-04	entrega_690492.docx	534185a0162ddd5ea16fe0554bd52f7bbde6bc61	191.125.237.248	5.0	Buen trabajo, Isidora.	9	2024-07-02 04:06:11-04
115	5012	108	Tarea 2	2024-04-14 05:06:04-04	entrega_949690.pdf	51fedf03b3a7d771722d0a76eb14343bcb0b784e	191.125.237.248	\N	\N	\N	\N
116	5012	108	Tarea 1	2024-05-18 11:51:01-04	entrega_740829.pdf	44c9fd3f0d3c997805cfe09380aafc67d5617fef	191.125.237.248	2.4	\N	9	2024-05-30 11:51:01-04
117	5012	112	Proyecto semestral	2024-05-01 12:18:49-04	entrega_278571.zip	f39cf074a4da0261111836097e36f46b18f80ab9	191.125.237.248	5.6	Buen trabajo, Isidora.	13	2024-05-03 16:18:49-04
118	5012	112	Informe de laboratorio	2024-05-23 07:04:56-04	entrega_708202.zip	f6e2fbed285028e0a6959a91c06f41fbf8e42cb5	146.83.196.25	5.1	\N	13	2024-06-04 15:04:56-04
119	5012	112	Tarea 1	2024-04-05 18:53:22-04	entrega_725390.docx	aa5d0eaeb24286a882ec97e247ef5f9e47f985b5	146.83.196.22	\N	\N	\N	\N
120	5013	112	Ensayo final	2024-05-23 15:39:57-04	entrega_464575.zip	5bf7ff3b2dc1467d86a9003bf3013e981c0f2e31	146.83.196.9	3.0	\N	13	2024-05-31 18:39:57-04
121	5013	112	Informe de laboratorio	2024-06-17 22:33:13-04	entrega_436805.docx	67f23778128bace9efdf1b2718f0bd24e0c77a74	186.11.180.161	2.3	\N	13	2024-06-22 03:33:13-04
122	5013	108	Tarea 2	2024-05-11 10:08:24-04	entrega_337462.pdf	b0b807adf54f388d47573157808b8a4d634a684f	146.83.196.15	5.0	\N	9	2024-05-18 14:08:24-04
123	5013	108	Proyecto semestral	2024-04-26 11:10:03-04	entrega_552307.pdf	e749fbabb4a8f7baed951c7aba2235af4234a98c	181.43.234.20	4.2	\N	9	2024-04-30 15:10:03-04
124	5013	111	Tarea 2	2024-04-02 23:00:06-04	entrega_406437.docx	6e47f243d6cb6b9fc19af164ad38906b33f8caa0	186.11.180.161	6.2	\N	12	2024-04-10 07:00:06-04
125	5013	111	Control 1	2024-05-27 02:47:42-04	entrega_458029.docx	83d9e3d4c2c56c3616a41b04057e19399247ff20	146.83.196.5	3.5	Bien estructurado. Falta conclusión.	12	2024-05-30 11:47:42-04
126	5013	111	Proyecto semestral	2024-05-27 12:27:03-04	entrega_570169.zip	3659eaea8639e303ed6f09e07015ed4023f96b58	186.11.180.161	6.7	Entrega fuera de plazo, se descuenta 1 punto.	12	2024-06-01 21:27:03-04
127	5013	111	Informe de laboratorio	2024-06-04 14:25:41-04	entrega_393380.pdf	f8888f8beee7d7a69e200c5dc870b9e3d75ac2cd	186.11.180.161	4.3	Lucas, revisa la sección 3: faltan referencias.	12	2024-06-15 16:25:41-04
128	5014	111	Control 1	2024-05-13 12:21:07-04	entrega_538318.docx	ce2ff011e428d26cd0ebc4c987fac4048bb62f6c	152.172.193.178	5.8	\N	12	2024-05-20 14:21:07-04
129	5014	111	Informe de laboratorio	2024-05-02 21:55:13-04	entrega_755973.pdf	1bd399ae986f6dfb4a5c2a797f746e5e473b3e00	152.172.193.178	\N	\N	\N	\N
130	5014	111	Tarea 1	2024-05-20 00:31:31-04	entrega_367701.zip	039675e1b677e2bd6c086fdcb6695e83dce0deb3	152.172.193.178	5.2	\N	12	2024-05-31 04:31:31-04
131	5014	111	Tarea 2	2024-06-15 09:49:12-04	entrega_396570.docx	430dd0f7365a9c0dfbb9336bf7c55499e20791ba	146.83.196.17	\N	\N	\N	\N
132	5014	105	Tarea 2	2024-04-27 12:37:55-04	entrega_667142.zip	bf3746961b346d6cbb2e34e87a5f7927bfde3b3b	146.83.196.27	5.0	Buen trabajo, Trinidad.	6	2024-05-11 18:37:55-04
133	5014	105	Control 1	2024-05-16 03:43:49-04	entrega_804829.pdf	f334e2c09c2e3c613d35fd656954ff09ebdbb999	152.172.193.178	2.6	\N	6	2024-05-19 09:43:49-04
134	5014	112	Ensayo final	2024-06-09 18:12:45-04	entrega_744094.pdf	b0924193720275091142aa983a84a29a4005033b	146.83.196.3	5.0	\N	13	2024-06-18 21:12:45-04
135	5014	112	Tarea 2	2024-04-30 16:38:37-04	entrega_520241.zip	66d454b15326a6a659c1878ee6956dbf4896d759	146.83.196.6	3.6	\N	13	2024-05-07 22:38:37-04
136	5014	112	Tarea 1	2024-04-04 16:59:42-04	entrega_974250.zip	ef5b6420f82859545a8075364f284dcbdf439345	152.172.193.178	5.1	\N	13	2024-04-18 02:59:42-04
137	5015	112	Tarea 2	2024-05-24 12:37:27-04	entrega_411576.docx	fc8fe76866b9e5eaf1beda8634b62b4d4fe89a70	200.104.183.132	3.1	\N	13	2024-05-27 18:37:27-04
138	5015	112	Tarea 1	2024-05-09 15:01:43-04	entrega_422352.pdf	2919b1ed934d27caf49e975f88da1b1f2dd2ffca	200.104.183.132	5.5	\N	13	2024-05-12 01:01:43-04
139	5015	112	Ensayo final	2024-04-22 05:54:43-04	entrega_330658.zip	1493010c854352ec571f6b43a5649318278c8e66	146.83.196.4	2.6	Excelente análisis Gaspar!	13	2024-05-04 15:54:43-04
140	5015	108	Tarea 2	2024-05-15 09:21:32-04	entrega_554664.pdf	bb6e492fc8246273752e396e90285a0c4435283c	200.104.183.132	5.9	Entrega fuera de plazo, se descuenta 1 punto.	9	2024-05-19 15:21:32-04
141	5015	108	Control 1	2024-04-22 08:48:50-04	entrega_502970.docx	8fd44d2e941ec9cc5e44cf8300389acb24a86946	146.83.196.6	5.0	Gaspar, revisa la sección 3: faltan referencias.	9	2024-04-25 12:48:50-04
142	5015	108	Ensayo final	2024-06-10 05:08:31-04	entrega_913028.zip	1de8ea0e0d7fd61d0941a57ec36bc2679155cd6d	146.83.196.26	1.8	\N	9	2024-06-17 06:08:31-04
143	5015	111	Ensayo final	2024-06-13 11:35:27-04	entrega_490802.pdf	88264951329451a750010e57da3a05d022e5ad21	146.83.196.18	6.4	\N	12	2024-06-22 18:35:27-04
144	5015	111	Informe de laboratorio	2024-04-10 19:56:45-04	entrega_509971.zip	43a5461da6e879cd30fbd4ccc7f9addb72752dda	200.104.183.132	5.3	Entrega fuera de plazo, se descuenta 1 punto.	12	2024-04-14 19:56:45-04
145	5015	111	Control 1	2024-04-20 17:43:16-04	entrega_115349.pdf	4723bac097789f2da5e83a77ceda375c4e916322	146.83.196.28	1.9	\N	12	2024-05-01 02:43:16-04
146	5015	111	Proyecto semestral	2024-04-12 03:05:29-04	entrega_518417.pdf	a0971b343cfe67e3f6920a19515e8a0151799ff0	146.83.196.15	4.1	\N	12	2024-04-19 06:05:29-04
147	5016	112	Ensayo final	2024-05-26 22:54:24-04	entrega_498783.pdf	16b362a21195b4430006fcc9e9468e03271ec413	152.172.165.174	1.7	Antonia, revisa la sección 3: faltan referencias.	13	2024-05-29 23:54:24-04
148	5016	112	Proyecto semestral	2024-04-16 21:13:13-04	entrega_676140.docx	26d749e368627223348560203b444bca10daa955	152.172.165.174	3.3	\N	13	2024-04-20 04:13:13-04
149	5016	111	Tarea 2	2024-04-18 13:56:13-04	entrega_132364.zip	6a884ec68bd01ceec240e6ba0a1e7b52f9e600ae	179.57.189.254	4.7	\N	12	2024-04-26 13:56:13-04
150	5016	111	Proyecto semestral	2024-04-18 11:50:39-04	entrega_279164.pdf	40e17bc4a17d064b85527a50cc3a1ff37cfc14c7	152.172.165.174	2.9	\N	12	2024-04-26 17:50:39-04
151	5016	111	Ensayo final	2024-06-10 16:18:38-04	entrega_737611.zip	79d82c6290796a73d3bdbe6444e553d967988494	152.172.165.174	3.7	\N	12	2024-06-18 01:18:38-04
152	5016	111	Control 1	2024-04-28 22:20:06-04	entrega_430424.pdf	4b84652af94b39b1d689efbdc852efd0edb175f7	179.57.189.254	\N	\N	\N	\N
153	5016	108	Control 1	2024-04-13 00:14:37-04	entrega_276713.pdf	89f7dc2a0f16cb8cb96af6e9830c3c86c2408263	152.172.165.174	\N	\N	\N	\N
154	5016	108	Tarea 1	2024-05-23 18:21:34-04	entrega_887456.zip	43986633f3da5dd994ae7cb40a8cac4ded0f2e54	179.57.189.254	2.4	Bien estructurado. Falta conclusión.	9	2024-05-25 21:21:34-04
155	5016	108	Informe de laboratorio	2024-05-06 22:03:31-04	entrega_865664.docx	048baa0928b27b9c8a2b616839bdded6a3cf2d84	179.57.189.254	\N	\N	\N	\N
156	5016	108	Ensayo final	2024-04-11 21:29:48-04	entrega_640315.docx	1ea7342fc190f03e32cf6518e73548ea610f4b89	152.172.165.174	5.6	\N	9	2024-04-25 04:29:48-04
157	5017	109	Tarea 1	2024-04-18 23:28:43-04	entrega_451037.docx	727eeb873ee3df4fb262ad5bb0b09d45edc91256	186.11.9.8	\N	\N	\N	\N
158	5017	109	Ensayo final	2024-05-15 23:45:44-04	entrega_414739.docx	beb91f7dea456e441b598774f38a015876b24883	186.11.9.8	\N	\N	\N	\N
159	5017	109	Control 1	2024-04-05 22:50:46-04	entrega_518554.docx	c09a595762d8d2bcab0fa59e1b50a3b387382d9b	146.83.196.2	\N	\N	\N	\N
160	5017	111	Informe de laboratorio	2024-04-29 04:45:40-04	entrega_244606.pdf	e507ca8478d2e6dd17d272bd12bd74e5f4e95f61	146.83.196.3	1.0	\N	12	2024-05-04 13:45:40-04
161	5017	111	Tarea 1	2024-05-28 13:52:52-04	entrega_153871.pdf	0b15f18f1f2920769d30d4603f658f89950d5943	186.11.9.8	6.3	Excelente análisis Tomás!	12	2024-06-06 21:52:52-04
162	5017	111	Control 1	2024-05-29 19:46:27-04	entrega_659635.pdf	d05042a625c31d1e997b1f31389afcc5f0e0329a	186.11.9.8	2.1	\N	12	2024-06-01 04:46:27-04
163	5017	111	Ensayo final	2024-05-25 02:21:06-04	entrega_867316.pdf	e4fd5929415847af912eb671b777599b9fecbfc8	186.11.9.8	4.0	\N	12	2024-05-30 12:21:06-04
164	5017	100	Proyecto semestral	2024-04-30 07:04:06-04	entrega_642172.pdf	95f0fc09fac9c5094bcbb5108d71dc886d67a13f	146.83.196.21	\N	\N	\N	\N
165	5017	100	Tarea 2	2024-06-14 08:12:44-04	entrega_982492.zip	56c4cb5f0c884a542aa7953c9ca8b82a34e77fa0	146.83.196.28	6.6	\N	1	2024-06-28 15:12:44-04
166	5017	100	Informe de laboratorio	2024-04-10 23:32:43-04	entrega_593196.pdf	c5e3714ffae0f2a5831fee586cf5e3bf84693ea3	186.11.9.8	1.3	\N	1	2024-04-24 08:32:43-04
167	5017	100	Ensayo final	2024-04-04 22:03:13-04	entrega_628951.pdf	197a3720f44971eb8b974fd6a6b1710f73233e0d	146.83.196.21	4.6	\N	1	2024-04-08 22:03:13-04
168	5018	108	Informe de laboratorio	2024-06-22 01:03:02-04	entrega_767157.pdf	5195b30389178fc8c6310c970283b47e0e8a46cb	152.172.65.126	5.9	\N	9	2024-06-28 01:03:02-04
169	5018	108	Proyecto semestral	2024-05-05 20:44:19-04	entrega_956232.docx	da53341605907c318a739a54201e5e2d8ee8a607	191.125.71.156	6.1	Entrega fuera de plazo, se descuenta 1 punto.	9	2024-05-17 03:44:19-04
170	5018	108	Tarea 1	2024-04-08 03:20:20-04	entrega_564468.docx	300079881ada0dc9f99ae215830d50ba8e340dd8	152.172.65.126	1.5	Bien estructurado. Falta conclusión.	9	2024-04-15 04:20:20-04
171	5018	108	Tarea 2	2024-05-03 19:11:47-04	entrega_728434.pdf	fe76189cf4a7c5af37657e0cb954fa06ec450908	191.125.71.156	\N	\N	\N	\N
172	5018	111	Tarea 2	2024-04-12 13:25:51-04	entrega_605161.zip	dad7a1d9af15aee2a70c2ca07f242142bfb4af3e	152.172.65.126	2.3	\N	12	2024-04-26 22:25:51-04
173	5018	111	Tarea 1	2024-06-11 17:39:53-04	entrega_872100.zip	69664cabfd7e9113678af06c879d30ee554eff43	152.172.65.126	1.5	Buen trabajo, Gaspar.	12	2024-06-25 22:39:53-04
174	5018	112	Control 1	2024-05-20 22:30:59-04	entrega_606743.zip	f20d6e721359591e5528850f496341fe86dc7bb5	152.172.65.126	5.2	\N	13	2024-05-24 06:30:59-04
175	5018	112	Proyecto semestral	2024-06-27 10:16:17-04	entrega_999762.zip	3e631dac3f9d1ddffd505f2e14914b9048989767	191.125.71.156	1.8	Excelente análisis Gaspar!	13	2024-07-09 11:16:17-04
176	5018	112	Informe de laboratorio	2024-05-13 20:09:05-04	entrega_666350.docx	ba2a18fb14303e9f5275fb881292181339c4316a	146.83.196.25	5.5	\N	13	2024-05-15 20:09:05-04
177	5019	112	Informe de laboratorio	2024-04-11 10:47:49-04	entrega_971229.docx	6de738f324d24c03c0a699a0337cd89c87ca5aeb	146.83.196.2	1.6	Bien estructurado. Falta conclusión.	13	2024-04-19 15:47:49-04
178	5019	112	Tarea 1	2024-04-09 17:41:41-04	entrega_810197.pdf	53f59a684ea0bbf374bff42a6e00c42c4cf69200	146.83.196.30	\N	\N	\N	\N
179	5019	111	Ensayo final	2024-04-18 02:35:26-04	entrega_203265.zip	9e6ac24664b5ed4763d659d1853bc73133062e9b	146.83.196.4	3.3	\N	12	2024-04-21 05:35:26-04
180	5019	111	Proyecto semestral	2024-05-21 05:27:50-04	entrega_101987.pdf	e866baa9654a8d97b7ed97318731a0cf61de3828	146.83.196.22	\N	\N	\N	\N
181	5019	111	Informe de laboratorio	2024-05-29 04:30:24-04	entrega_860169.zip	42d096552da741808a6127e4c269556c7bc23ece	146.83.196.10	3.6	Excelente análisis Trinidad!	12	2024-06-12 04:30:24-04
182	5019	104	Proyecto semestral	2024-04-19 12:47:14-04	entrega_998597.zip	9b5998efc49b6f8213a620e760d18eb95438acbc	146.83.196.7	2.1	\N	5	2024-04-21 13:47:14-04
183	5019	104	Control 1	2024-06-27 12:23:23-04	entrega_732239.docx	20bd198ae0c5d3c08fb51bd38b29be52372a0931	186.11.210.245	3.3	Trinidad, revisa la sección 3: faltan referencias.	5	2024-07-07 20:23:23-04
184	5019	103	Proyecto semestral	2024-06-26 01:22:35-04	entrega_301460.pdf	60397e531ecad22e05304f06a313c9cf27b06287	186.11.210.245	6.0	\N	4	2024-06-29 10:22:35-04
185	5019	103	Tarea 1	2024-05-16 22:31:53-04	entrega_731335.pdf	4999ac0e9b85e2e2f2f1cb6a42049bdcf384ab04	186.11.210.245	\N	\N	\N	\N
186	5019	103	Tarea 2	2024-05-06 19:47:43-04	entrega_300844.pdf	6921e7f41289db3e1f0bb664f5b28ff30200cf9d	186.11.210.245	2.9	\N	4	2024-05-14 02:47:43-04
187	5020	106	Proyecto semestral	2024-06-03 07:58:04-04	entrega_695885.zip	59a516861a2f59947c97324729b07eb38a3e7d0e	146.83.196.26	4.6	Entrega fuera de plazo, se descuenta 1 punto.	7	2024-06-11 16:58:04-04
188	5020	106	Tarea 2	2024-06-23 04:26:34-04	entrega_933437.pdf	54366802ddccda6dddc36a3951b272db73c81ebd	181.43.109.233	2.0	Entrega fuera de plazo, se descuenta 1 punto.	7	2024-07-06 12:26:34-04
189	5020	106	Tarea 1	2024-05-12 05:57:59-04	entrega_595182.pdf	542b47ee4c54fcd5b2589e34e39039826b33ac67	146.83.196.18	4.3	Bien estructurado. Falta conclusión.	7	2024-05-14 10:57:59-04
190	5020	106	Informe de laboratorio	2024-06-05 16:32:55-04	entrega_436340.zip	3043110737a6995e90c4fd6533078335d81a69ef	181.43.109.233	\N	\N	\N	\N
191	5020	111	Tarea 2	2024-04-22 11:37:00-04	entrega_574838.docx	e9d5cf3e7490cbd39a71387c4669f2523f0ad23c	152.172.17.221	4.9	\N	12	2024-04-29 18:37:00-04
192	5020	111	Tarea 1	2024-04-07 16:23:18-04	entrega_215321.zip	44775d569abc2570fcc8a0a7ab8ef8fc4057e175	146.83.196.26	5.3	\N	12	2024-04-10 21:23:18-04
193	5020	111	Informe de laboratorio	2024-06-08 09:59:20-04	entrega_899226.zip	08427edb5037254622b450a13eb8f63d9b7255eb	181.43.109.233	3.8	\N	12	2024-06-11 10:59:20-04
194	5020	111	Proyecto semestral	2024-05-04 20:27:23-04	entrega_901926.pdf	7029aab40a16195d8592010e73917981605e71e4	146.83.196.16	2.5	\N	12	2024-05-16 05:27:23-04
195	5020	112	Tarea 2	2024-05-21 10:20:53-04	entrega_625265.pdf	4ccadd4258e772d39e58533d4156f1336e4c8548	152.172.17.221	2.0	\N	13	2024-06-03 10:20:53-04
196	5020	112	Control 1	2024-06-14 05:54:38-04	entrega_138685.pdf	e2509c74ef28f7961a47984827e341e0eda28d69	146.83.196.17	5.4	\N	13	2024-06-23 14:54:38-04
197	5020	112	Ensayo final	2024-05-02 20:30:13-04	entrega_204241.pdf	5524bd5186f17bc280347c969cb15fb38c913a82	181.43.109.233	5.7	\N	13	2024-05-15 20:30:13-04
198	5021	106	Tarea 2	2024-06-18 15:08:42-04	entrega_522701.zip	af9c96548651fd7d115c32102331865255e471e6	200.104.214.167	\N	\N	\N	\N
199	5021	106	Ensayo final	2024-05-25 15:56:56-04	entrega_371435.zip	81583382428dd42a1bff7f7b4da79c6bb384b0b2	200.104.3.237	2.0	Buen trabajo, Ignacia.	7	2024-06-07 00:56:56-04
200	5021	106	Informe de laboratorio	2024-06-10 02:13:18-04	entrega_987674.docx	d5d6a6733b5878beedb929a8bcca00134b8a4677	146.83.196.7	3.8	\N	7	2024-06-17 06:13:18-04
201	5021	106	Proyecto semestral	2024-06-03 08:37:05-04	entrega_638816.pdf	02b7435cddc63f52440525af7c06433200a8842e	200.104.3.237	5.1	\N	7	2024-06-12 12:37:05-04
202	5021	111	Control 1	2024-06-07 14:25:08-04	entrega_659102.docx	aaefaa85fd72e586634bfdc5d15aa89d255dba9b	146.83.196.10	\N	\N	\N	\N
203	5021	111	Tarea 1	2024-04-28 10:50:37-04	entrega_294740.pdf	cb99c3fd63ec3ae40664cb4c0b00866c0ed140c5	200.104.3.237	3.2	\N	12	2024-05-01 10:50:37-04
204	5021	111	Informe de laboratorio	2024-04-15 09:55:58-04	entrega_415691.pdf	ae46fae5151c4d906609318538b7fb166da31c28	146.83.196.23	\N	\N	\N	\N
205	5021	111	Tarea 2	2024-04-05 06:38:50-04	entrega_829079.zip	992c2300f48a58fef909ada34e4eaf2554e533bd	146.83.196.15	\N	\N	\N	\N
206	5021	112	Tarea 2	2024-05-05 17:38:21-04	entrega_436398.zip	3f2d47d8d230d3458c4a812dbd1a18d08640a15e	200.104.3.237	1.6	\N	13	2024-05-16 18:38:21-04
207	5021	112	Informe de laboratorio	2024-05-03 01:10:40-04	entrega_303772.pdf	d720a81505887e8b0c55533bd43637152e71e990	146.83.196.19	1.2	\N	13	2024-05-09 10:10:40-04
208	5021	112	Ensayo final	2024-06-04 10:12:08-04	entrega_287273.pdf	c7f92dfedb0da7b7ff18519e9ddeb7e4d73854bb	146.83.196.9	1.5	\N	13	2024-06-13 20:12:08-04
209	5022	107	Control 1	2024-05-30 23:55:23-04	entrega_402973.pdf	17ce9e62b1086c500929036f5fc2b1084fd653c4	190.160.66.110	\N	\N	\N	\N
210	5022	107	Informe de laboratorio	2024-05-19 07:01:21-04	entrega_575202.docx	61021c70769aec2e2c3590cd26981cfa596393ee	191.125.165.80	5.8	Buen trabajo, Ignacio.	8	2024-06-02 09:01:21-04
211	5022	112	Control 1	2024-05-25 01:47:57-04	entrega_762574.zip	a746646d99219f605e3b3a9a5a44837f1ee291b4	190.160.66.110	\N	\N	\N	\N
212	5022	112	Tarea 2	2024-05-02 17:36:25-04	entrega_375002.pdf	1c51f35096122847234d7b0784f81f72267f7c6d	191.125.165.80	2.0	\N	13	2024-05-11 02:36:25-04
213	5022	112	Tarea 1	2024-05-25 20:57:07-04	entrega_588157.zip	8e054e90912b1cde461e8405206f18c2410f9133	191.125.165.80	4.6	\N	13	2024-05-30 00:57:07-04
214	5022	112	Informe de laboratorio	2024-04-13 04:16:15-04	entrega_227661.pdf	c64e78c5087feb9d843a395f51f95d611c685c33	146.83.196.14	\N	\N	\N	\N
215	5022	111	Informe de laboratorio	2024-04-05 11:16:52-04	entrega_345932.zip	1ec58327fe8b93fcbdd4e7e6dcdc625e619dce60	146.83.196.13	3.4	Bien estructurado. Falta conclusión.	12	2024-04-09 19:16:52-04
216	5022	111	Tarea 2	2024-05-08 23:30:07-04	entrega_231260.docx	981245a7c3b9884d40390a9e168490ec8514f365	191.125.165.80	4.7	\N	12	2024-05-23 08:30:07-04
217	5022	111	Proyecto semestral	2024-06-07 08:56:29-04	entrega_710826.pdf	c288a8935da4573ce62ac48442c124a039183da4	146.83.196.10	5.8	\N	12	2024-06-17 14:56:29-04
218	5023	107	Ensayo final	2024-06-05 02:44:31-04	entrega_181750.docx	81870f95eb3e156984d2c1b7a09befed8f826d7c	146.83.196.13	6.4	Excelente análisis Lucas!	8	2024-06-08 06:44:31-04
219	5023	107	Control 1	2024-04-03 17:11:09-04	entrega_721189.pdf	86185cefefe5ff9e43222831e213e558df305583	181.43.234.167	6.3	\N	8	2024-04-16 20:11:09-04
220	5023	107	Informe de laboratorio	2024-05-23 14:51:58-04	entrega_203984.pdf	fbadef458fd6267534e9905651ff38d524903ab2	146.83.196.21	4.9	Lucas, revisa la sección 3: faltan referencias.	8	2024-06-05 14:51:58-04
221	5023	107	Tarea 2	2024-06-24 05:20:50-04	entrega_401329.pdf	5b55d2095e11e4e3cdcd9ebcf3a7792e9cee45dc	146.83.196.5	5.1	\N	8	2024-06-26 09:20:50-04
222	5023	111	Ensayo final	2024-04-18 07:38:06-04	entrega_222123.zip	7d16248c04ef50142405df536eff0a6deaa786d8	181.43.234.167	\N	\N	\N	\N
223	5023	111	Tarea 2	2024-06-14 15:13:48-04	entrega_391952.pdf	bf5c66b8bf5b131304e990ff39618fab85151a82	179.57.44.91	1.2	\N	12	2024-06-24 22:13:48-04
224	5023	112	Proyecto semestral	2024-05-23 10:27:20-04	entrega_846553.pdf	a65f09b3788c051f90aad66429c9529f288a7fe1	179.57.44.91	\N	\N	\N	\N
225	5023	112	Ensayo final	2024-06-27 16:31:18-04	entrega_576528.pdf	6e111a0572b7c7945557c5896b9fba75a7466a0e	181.43.234.167	\N	\N	\N	\N
226	5023	112	Informe de laboratorio	2024-05-20 09:28:38-04	entrega_369784.pdf	7fcc4411d5c38e2ddeabd91834287873120ea772	181.43.234.167	2.1	\N	13	2024-06-03 14:28:38-04
227	5024	111	Ensayo final	2024-04-22 15:31:31-04	entrega_166322.pdf	f29522b83806cc94bd7b3f80ea3f37edfaaf7bad	146.83.196.24	3.4	Buen trabajo, Vicente.	12	2024-05-07 01:31:31-04
228	5024	111	Informe de laboratorio	2024-04-15 20:11:09-04	entrega_553660.pdf	4d2b4e11ceb2b16177ca9878449808379604bd3a	181.43.190.188	5.2	Buen trabajo, Vicente.	12	2024-04-23 22:11:09-04
229	5024	111	Tarea 2	2024-06-06 01:14:51-04	entrega_284398.pdf	37c8cd64533f1591ac93411a07b65e45bf067c34	146.83.196.24	5.9	Excelente análisis Vicente!	12	2024-06-15 09:14:51-04
230	5024	111	Tarea 1	2024-05-20 14:43:00-04	entrega_824098.zip	cae6212cf06d3e68cb465ae935cdf2848871811d	146.83.196.19	\N	\N	\N	\N
231	5024	105	Tarea 2	2024-06-15 04:20:39-04	entrega_382908.zip	9b24998ffed06def2558690f7c5ab88262178c19	181.43.190.188	\N	\N	\N	\N
232	5024	105	Tarea 1	2024-04-15 00:07:04-04	entrega_453735.pdf	05d1904399e7d4aa6eb1cb5264d49a3ea0d09df6	181.43.190.188	3.6	\N	6	2024-04-19 09:07:04-04
233	5024	112	Control 1	2024-06-02 19:29:57-04	entrega_911632.pdf	86269d31f3d19a7fafa93fd1c5ecff954319d62f	146.83.196.14	4.7	\N	13	2024-06-06 00:29:57-04
234	5024	112	Ensayo final	2024-05-11 04:56:47-04	entrega_900927.zip	5ba7a4c24fec7b4bce6a5c92a34a8d1cb290e127	181.43.190.188	2.8	\N	13	2024-05-17 06:56:47-04
235	5024	112	Informe de laboratorio	2024-06-18 00:49:19-04	entrega_726430.zip	c4f8dec5d3f11007071e9dd40236d99db8ce1984	146.83.196.21	3.5	Revisar formato APA.	13	2024-06-23 07:49:19-04
236	5025	111	Proyecto semestral	2024-06-15 01:32:32-04	entrega_561010.zip	2266a67fad04b7106f1d788deb5357278d3178c6	152.172.245.60	4.8	Revisar formato APA.	12	2024-06-22 11:32:32-04
237	5025	111	Tarea 2	2024-04-19 16:56:03-04	entrega_379155.docx	05a5f11bbb31fc32aa60e2f37532233121e7f023	152.172.245.60	3.9	\N	12	2024-04-30 18:56:03-04
238	5025	112	Proyecto semestral	2024-05-26 21:10:49-04	entrega_523701.docx	680b1302ae037889827a8114bb07d0072151cbd8	146.83.196.17	3.4	\N	13	2024-06-05 02:10:49-04
239	5025	112	Tarea 1	2024-04-11 06:35:27-04	entrega_186890.pdf	9b9e65604cbef8af3cb556b623ca03fe5b39d247	179.57.209.85	4.8	Buen trabajo, Constanza.	13	2024-04-25 13:35:27-04
240	5025	105	Ensayo final	2024-05-07 15:43:59-04	entrega_199760.docx	345f2f5b6685ba4721c8b887e822c30cf187afbf	146.83.196.23	1.7	Entrega fuera de plazo, se descuenta 1 punto.	6	2024-05-16 22:43:59-04
241	5025	105	Tarea 2	2024-04-22 01:09:57-04	entrega_293080.docx	dd87bc48a3010d32599f4800e6c03b9c912e44a0	152.172.245.60	1.9	Excelente análisis Constanza!	6	2024-04-24 06:09:57-04
242	5025	105	Informe de laboratorio	2024-06-17 12:45:45-04	entrega_852496.pdf	560cdaa65aa48d1cc799f4a72afacecf3eef516a	152.172.245.60	1.7	Entrega fuera de plazo, se descuenta 1 punto.	6	2024-06-29 19:45:45-04
243	5025	105	Proyecto semestral	2024-04-06 18:03:45-04	entrega_388895.docx	9c24b5967fc3f6646b78793530642f5574f5b39b	146.83.196.8	4.2	Excelente análisis Constanza!	6	2024-04-16 21:03:45-04
244	5026	100	Informe de laboratorio	2024-04-24 05:24:33-04	entrega_501268.pdf	52e4502835daac70dea92e9cd05042581a49e98d	152.172.115.195	\N	\N	\N	\N
245	5026	100	Tarea 2	2024-04-10 18:12:53-04	entrega_834894.docx	74232fffdc27d33d7793d3a171e64a2a25d88ad0	146.83.196.17	2.4	Bien estructurado. Falta conclusión.	1	2024-04-13 22:12:53-04
246	5026	100	Tarea 1	2024-05-30 11:45:44-04	entrega_543189.docx	d42b8ad2dd6d05038124de5ecc02ee55f60903d5	179.57.128.10	5.8	\N	1	2024-06-11 12:45:44-04
247	5026	111	Ensayo final	2024-06-11 03:20:49-04	entrega_280502.pdf	2da7e9d3c3c50d77a48b65475fd40d3d83f728f2	146.83.196.17	3.7	\N	12	2024-06-14 13:20:49-04
248	5026	111	Proyecto semestral	2024-06-01 15:40:02-04	entrega_636962.pdf	1bff609cd769b5c7b8ae23e3c4278e12f149f6bb	152.172.115.195	1.2	Francisca, revisa la sección 3: faltan referencias.	12	2024-06-11 15:40:02-04
249	5026	102	Informe de laboratorio	2024-04-26 15:25:20-04	entrega_785199.docx	3972ac8ad98fcab28347b188c53063634a393288	179.57.128.10	5.8	Entrega fuera de plazo, se descuenta 1 punto.	3	2024-05-10 22:25:20-04
250	5026	102	Ensayo final	2024-05-27 08:18:27-04	entrega_304229.zip	2780256854ea3103a0c2792d79599732f21577ab	146.83.196.23	\N	\N	\N	\N
251	5026	109	Control 1	2024-06-15 16:18:15-04	entrega_112860.docx	8809cabcdc9299320dbd536bdd35cf881f9d69cc	179.57.128.10	5.9	\N	10	2024-06-17 18:18:15-04
252	5026	109	Proyecto semestral	2024-05-14 07:27:27-04	entrega_931125.zip	a03a7b2d67a7e8a60954b72692dcc024f004bc65	146.83.196.11	\N	\N	\N	\N
253	5026	109	Tarea 1	2024-04-18 17:59:48-04	entrega_997528.docx	e15b78916e31ab45d09a1881e826d58099126964	146.83.196.2	4.6	\N	10	2024-05-02 19:59:48-04
254	5026	112	Proyecto semestral	2024-06-25 10:45:26-04	entrega_861019.zip	d9056e2e2f3ecee7cf08b0ecbfac2d2146c42e15	152.172.115.195	6.9	Entrega fuera de plazo, se descuenta 1 punto.	13	2024-07-07 17:45:26-04
255	5026	112	Tarea 1	2024-06-22 01:15:54-04	entrega_497695.zip	903cb4d486c96fb6ef5eddae3a773b06f12575ad	179.57.128.10	5.0	Entrega fuera de plazo, se descuenta 1 punto.	13	2024-06-29 02:15:54-04
256	5026	112	Tarea 2	2024-05-05 06:50:59-04	entrega_151681.zip	befaa953bca453b73e8ed5c482f3d42e7cf578b5	179.57.128.10	1.8	Francisca, revisa la sección 3: faltan referencias.	13	2024-05-12 06:50:59-04
257	5026	112	Control 1	2024-05-23 19:32:57-04	entrega_180102.zip	21d9ac773052a12e9939815a71c74afff420f6c2	179.57.128.10	6.2	\N	13	2024-05-27 02:32:57-04
258	5027	106	Informe de laboratorio	2024-06-11 21:59:05-04	entrega_925737.pdf	c33b456592ac8b22c5991ed2f28240097da52302	146.83.196.29	3.9	Revisar formato APA.	7	2024-06-21 21:59:05-04
259	5027	106	Tarea 1	2024-06-13 02:00:36-04	entrega_417510.zip	dceb4aa8f6b9214beb5ef40139aa3f775d573661	146.83.196.12	5.7	\N	7	2024-06-21 05:00:36-04
260	5027	112	Ensayo final	2024-05-16 12:11:47-04	entrega_368865.docx	80272f341dffcd13eee5e74171d928ac479965b3	146.83.196.14	2.1	\N	13	2024-05-29 21:11:47-04
261	5027	112	Proyecto semestral	2024-04-03 14:05:11-04	entrega_408670.pdf	5c4c1b1e3eb722991f1722b5b20727e0d53672ed	191.125.189.211	6.1	Entrega fuera de plazo, se descuenta 1 punto.	13	2024-04-05 20:05:11-04
262	5027	111	Ensayo final	2024-06-17 23:47:24-04	entrega_918495.docx	77261e6a99b67dac8def2fe9c7856bc5e2d0d07b	146.83.196.26	3.5	Excelente análisis Matías!	12	2024-06-25 03:47:24-04
263	5027	111	Informe de laboratorio	2024-05-21 07:28:06-04	entrega_336761.pdf	8a28cfd25577342ac4d0b89785d3264a72d8db67	191.125.189.211	\N	\N	\N	\N
264	5028	103	Informe de laboratorio	2024-04-06 20:40:06-04	entrega_223935.pdf	c89704ba03c5c765dd80e5701d107031c128ceda	179.57.195.231	5.9	Bien estructurado. Falta conclusión.	4	2024-04-18 20:40:06-04
265	5028	103	Control 1	2024-05-17 07:57:07-04	entrega_562005.docx	738a11b8e558d18793378dfabd6a2d096f63496f	146.83.196.16	2.1	Buen trabajo, Isidora.	4	2024-05-23 13:57:07-04
266	5028	103	Ensayo final	2024-06-09 15:38:52-04	entrega_789071.zip	ee29f237ac5777ea523227420b298becce7ea97b	146.83.196.2	1.8	Isidora, revisa la sección 3: faltan referencias.	4	2024-06-21 15:38:52-04
267	5028	103	Tarea 1	2024-06-12 05:39:32-04	entrega_666127.pdf	7c9bec86e9eb5cabb37a6bb2eb284a751961d1c7	146.83.196.6	\N	\N	\N	\N
268	5028	104	Control 1	2024-05-19 11:02:48-04	entrega_557853.docx	8e6f12d50da93b0de3fb91379e1bb6cf1bb518ed	179.57.195.231	6.3	Bien estructurado. Falta conclusión.	5	2024-05-22 20:02:48-04
269	5028	104	Proyecto semestral	2024-04-17 15:30:47-04	entrega_928652.zip	847df17fa28e0f1d5567401b22bcd03a94ce8e64	146.83.196.10	\N	\N	\N	\N
270	5028	110	Control 1	2024-04-10 20:08:00-04	entrega_470564.zip	76382e0c7b608a84c40d92f9e61a7aa79232141e	186.11.80.62	1.5	\N	11	2024-04-19 21:08:00-04
271	5028	110	Proyecto semestral	2024-04-20 19:45:46-04	entrega_769061.pdf	32fc4cf69640b9f65a580e769ed15c4cae4355d9	186.11.80.62	4.4	Excelente análisis Isidora!	11	2024-04-27 22:45:46-04
272	5029	112	Informe de laboratorio	2024-04-28 14:34:38-04	entrega_597482.zip	0da7a16cdff1923d0416f8f4650997e4bed51b40	200.104.20.25	3.2	\N	13	2024-05-12 17:34:38-04
273	5029	112	Control 1	2024-05-01 16:17:21-04	entrega_683168.pdf	1b03909e7b18d1d323e27f57e6ec07c1553da5f9	200.104.20.25	\N	\N	\N	\N
274	5029	112	Ensayo final	2024-04-11 17:23:54-04	entrega_855302.zip	ba4ce7a93f4d4053fcf444d177db8ace3b4a60ed	200.104.20.25	2.9	\N	13	2024-04-26 03:23:54-04
275	5029	112	Tarea 1	2024-06-05 21:45:35-04	entrega_691852.pdf	857aa58dd78363832f7e18524db0dcd22107a81c	200.104.20.25	\N	\N	\N	\N
276	5029	111	Tarea 1	2024-06-26 01:35:24-04	entrega_290824.zip	5a5940d6d573ef34879c525451e8cf0d618d4244	146.83.196.13	5.2	\N	12	2024-07-04 07:35:24-04
277	5029	111	Control 1	2024-06-27 16:40:30-04	entrega_266859.pdf	f20e1099e0874d800493e170642a64e23f9d4980	200.104.20.25	4.1	Revisar formato APA.	12	2024-07-06 02:40:30-04
278	5029	111	Proyecto semestral	2024-06-14 18:26:18-04	entrega_666145.docx	8f9a1ae15f653c426759fafe27304c99d15a1929	200.104.20.25	\N	\N	\N	\N
279	5029	111	Tarea 2	2024-06-27 10:14:35-04	entrega_808318.pdf	d87950d357b5cafb937da2959f4fffd0fd5835b6	146.83.196.22	1.6	\N	12	2024-07-06 14:14:35-04
280	5030	107	Tarea 2	2024-04-17 07:09:07-04	entrega_508925.pdf	fea18ff4bc8b62f18832130b6e634889579c9da2	179.57.25.248	5.2	\N	8	2024-04-30 10:09:07-04
281	5030	107	Control 1	2024-05-28 23:13:12-04	entrega_969574.pdf	6a8834bdaed0df022a89257119e5a690c85ec293	179.57.25.248	4.1	Entrega fuera de plazo, se descuenta 1 punto.	8	2024-06-02 01:13:12-04
282	5030	111	Tarea 2	2024-05-14 16:58:57-04	entrega_736521.pdf	2f7876f0ad40d94841c0ad0e0ecfe67bb233356b	146.83.196.23	6.3	\N	12	2024-05-17 01:58:57-04
283	5030	111	Ensayo final	2024-06-21 15:26:58-04	entrega_306045.pdf	b6b06df1139dcf219a21c57ffb27196fb97e546a	146.83.196.28	5.7	Bien estructurado. Falta conclusión.	12	2024-07-01 01:26:58-04
284	5030	111	Proyecto semestral	2024-04-15 17:40:02-04	entrega_556106.pdf	4bbbd9c1b879160f24d7f787bd71e8dd0adff1bd	146.83.196.29	6.6	Entrega fuera de plazo, se descuenta 1 punto.	12	2024-04-17 20:40:02-04
285	5030	112	Control 1	2024-04-04 05:39:30-04	entrega_451597.pdf	fc7c81ce16b5c284bc0c69fcbed1ce8030da940d	179.57.25.248	4.6	Revisar formato APA.	13	2024-04-17 06:39:30-04
286	5030	112	Tarea 1	2024-05-23 16:27:40-04	entrega_605715.docx	8575239ba390eacd934ad0813e0d1541bea27d42	146.83.196.19	\N	\N	\N	\N
287	5031	111	Ensayo final	2024-06-26 04:20:00-04	entrega_667232.pdf	4bfc871b940c917738a9671f1ea05d5bcd8e681c	146.83.196.8	3.2	\N	12	2024-07-04 14:20:00-04
288	5031	111	Control 1	2024-05-30 19:11:54-04	entrega_905367.zip	e6217cd03b9aac947a3742dace136b9e83342921	146.83.196.5	6.9	Excelente análisis Martina!	12	2024-06-01 19:11:54-04
289	5031	112	Tarea 1	2024-06-06 06:12:21-04	entrega_620901.zip	d11bd8b470de3dde89879f4a049e2d5501965796	191.125.168.5	5.9	Entrega fuera de plazo, se descuenta 1 punto.	13	2024-06-18 11:12:21-04
290	5031	112	Proyecto semestral	2024-06-19 07:02:01-04	entrega_239750.pdf	14674aa9419044c03ff61a62ea6f498dfb5e8756	152.172.238.213	4.0	\N	13	2024-06-21 16:02:01-04
291	5031	108	Control 1	2024-04-11 22:21:09-04	entrega_489679.docx	455b8d9933adb1678cc3ca25bc2590dfabe96559	152.172.238.213	3.4	\N	9	2024-04-18 05:21:09-04
292	5031	108	Ensayo final	2024-04-05 05:48:08-04	entrega_109329.zip	6ae90b9023571c2bb92640a2ac9cc46638c1ec5b	152.172.238.213	6.8	\N	9	2024-04-12 10:48:08-04
293	5031	108	Tarea 1	2024-06-14 13:22:23-04	entrega_597445.zip	3477177feff3571cbcb2a3f80210b0f302f415e9	191.125.168.5	5.4	Revisar formato APA.	9	2024-06-19 19:22:23-04
294	5032	108	Proyecto semestral	2024-05-21 21:48:41-04	entrega_518412.docx	9fb4f1021a0561b74769e826e51d531504faee53	200.104.179.220	5.7	\N	9	2024-05-24 04:48:41-04
295	5032	108	Informe de laboratorio	2024-04-15 01:17:18-04	entrega_780977.zip	5faf6497ae2176cc397370918afe66897025fded	200.104.179.220	1.6	Bien estructurado. Falta conclusión.	9	2024-04-18 05:17:18-04
296	5032	108	Tarea 1	2024-05-22 12:44:50-04	entrega_569288.docx	38bacd524e46e4b547d1a85220cf497592933490	146.83.196.9	3.4	\N	9	2024-05-29 17:44:50-04
297	5032	112	Informe de laboratorio	2024-04-20 22:31:33-04	entrega_599978.docx	926c23a4005a2d1a4899855c927c645d3e07e82b	200.104.144.49	4.5	\N	13	2024-04-27 22:31:33-04
298	5032	112	Control 1	2024-05-31 19:16:26-04	entrega_610496.pdf	2c267a840af61f013ba0bf5b90cfe91a73b1c6f9	200.104.179.220	1.8	\N	13	2024-06-08 05:16:26-04
299	5032	112	Proyecto semestral	2024-05-29 07:42:44-04	entrega_135735.zip	9456409118a604f67d19bc02c70fd39681f2141d	200.104.144.49	5.4	Buen trabajo, Agustín.	13	2024-06-10 07:42:44-04
300	5032	111	Proyecto semestral	2024-04-23 06:07:10-04	entrega_718871.docx	760286e8974db2188e0537fbf8fd0867a3ed6502	200.104.179.220	6.2	\N	12	2024-04-28 09:07:10-04
301	5032	111	Control 1	2024-06-11 14:23:03-04	entrega_349970.pdf	4dfd8a9f74de3ff9d25557aad22690981428f646	200.104.179.220	6.5	\N	12	2024-06-22 17:23:03-04
302	5033	101	Tarea 1	2024-06-18 11:10:53-04	entrega_350617.pdf	483d8205ff5f7b72c289e3964dbc76429deb5d71	146.83.196.14	2.8	\N	2	2024-06-23 14:10:53-04
303	5033	101	Informe de laboratorio	2024-06-21 16:52:59-04	entrega_654267.zip	1849fb2110e24baac894a82ece3071adb4848a78	146.83.196.27	6.6	\N	2	2024-07-05 23:52:59-04
304	5033	101	Tarea 2	2024-06-03 18:16:05-04	entrega_347913.pdf	a0fc6ce8e5dc91c666dd3904f5ce03a604ce53ac	152.172.99.21	6.1	\N	2	2024-06-10 03:16:05-04
305	5033	101	Ensayo final	2024-06-13 15:40:43-04	entrega_792797.docx	185252f264082bb3f156b0fdc1c552a585d2773a	146.83.196.7	3.9	\N	2	2024-06-20 20:40:43-04
306	5033	111	Proyecto semestral	2024-05-24 09:39:35-04	entrega_759571.zip	cf9ccacbc2ce882becca8c69584874cae6b6880e	146.83.196.28	2.0	\N	12	2024-06-05 17:39:35-04
307	5033	111	Tarea 1	2024-06-26 02:00:28-04	entrega_233549.zip	26219d86c218a1de528e6a1e8cd15e0b53f7ec1d	152.172.99.21	2.5	\N	12	2024-06-30 10:00:28-04
308	5033	111	Control 1	2024-06-12 12:56:09-04	entrega_377883.zip	b345fee15f0d488a54ea109bb66e7f2045f79d2d	152.172.99.21	5.8	\N	12	2024-06-18 19:56:09-04
309	5033	111	Tarea 2	2024-05-02 11:37:04-04	entrega_574372.pdf	7b8241b1a09b933501801f4f9830ef76e2a7951f	152.172.99.21	4.5	\N	12	2024-05-08 11:37:04-04
310	5033	100	Informe de laboratorio	2024-06-09 12:54:17-04	entrega_717809.zip	1cc9426d41ff3b8da641a30768d6baf225edf3e0	146.83.196.11	4.1	\N	1	2024-06-21 15:54:17-04
311	5033	100	Tarea 2	2024-05-19 07:25:57-04	entrega_815720.docx	f65fd8d96be4207660218e81045d6ab40a76521a	200.104.35.51	3.2	Revisar formato APA.	1	2024-05-31 10:25:57-04
312	5034	107	Tarea 2	2024-04-01 08:16:47-04	entrega_125720.pdf	e98c43fbdcb0931e44ea3fd95511913b7c51f7ff	146.83.196.3	\N	\N	\N	\N
313	5034	107	Ensayo final	2024-05-28 03:37:08-04	entrega_100851.pdf	2b127397d50eb832a38173975ca1c08f018909bf	190.160.62.106	4.1	\N	8	2024-06-11 05:37:08-04
314	5034	111	Control 1	2024-05-26 16:34:45-04	entrega_570546.docx	c22ee7e1bde11e00f2f9f34dfb69fc3d911f3215	146.83.196.21	6.6	Bien estructurado. Falta conclusión.	12	2024-05-31 01:34:45-04
315	5034	111	Ensayo final	2024-06-09 14:46:38-04	entrega_921993.pdf	31764c2cfda0da359ad842a53cc4945c3f7d735c	190.160.62.106	6.3	\N	12	2024-06-11 14:46:38-04
316	5034	112	Proyecto semestral	2024-05-22 08:44:04-04	entrega_895925.zip	20d97baab13957f492f7668609895df20723cbae	146.83.196.14	1.0	\N	13	2024-05-29 16:44:04-04
317	5034	112	Informe de laboratorio	2024-05-01 22:57:13-04	entrega_586697.docx	ff9c598b6fb0a830ae8bb606be8808d8de0a40a8	146.83.196.29	2.2	\N	13	2024-05-08 03:57:13-04
318	5034	112	Ensayo final	2024-05-24 14:15:05-04	entrega_227746.zip	9f5e956a4ea74971f830d871d7283f7a9a481e76	190.160.62.106	\N	\N	\N	\N
319	5034	112	Tarea 2	2024-04-27 12:37:37-04	entrega_473506.docx	c3fc6c6873b23f6ba67c5fd89ec896cc005abe83	190.160.62.106	1.9	\N	13	2024-05-11 22:37:37-04
320	5035	111	Tarea 2	2024-04-07 18:58:25-04	entrega_385998.zip	58e883d5ca725837f0a0d9f70a499c9b02159908	200.104.26.242	\N	\N	\N	\N
321	5035	111	Control 1	2024-05-16 12:34:31-04	entrega_688916.docx	099e7b9ca49551eae746e54ab1ffcbad4c19416c	146.83.196.25	1.8	\N	12	2024-05-25 20:34:31-04
322	5035	111	Proyecto semestral	2024-04-02 12:18:29-04	entrega_489059.docx	43c346ad26411c9a718cd957189be82cf3784ef8	146.83.196.29	6.8	\N	12	2024-04-05 17:18:29-04
323	5035	112	Informe de laboratorio	2024-05-19 15:32:27-04	entrega_690675.zip	9b53db32617c62110395671d355c7f9feaa4bd6c	146.83.196.17	6.6	\N	13	2024-05-25 22:32:27-04
324	5035	112	Proyecto semestral	2024-04-07 11:32:35-04	entrega_364712.docx	30ca08b7ebc85498f1d7af85dc6bb84f2a6199ab	146.83.196.29	\N	\N	\N	\N
325	5035	105	Proyecto semestral	2024-04-02 00:00:03-04	entrega_997860.docx	9eb47e4f0e8ca7fb2c9963efb946665389d3361b	146.83.196.10	\N	\N	\N	\N
326	5035	105	Informe de laboratorio	2024-04-12 05:43:58-04	entrega_472997.docx	2412aa57454816e10faada42e38e7cc314340b04	200.104.26.242	2.6	Entrega fuera de plazo, se descuenta 1 punto.	6	2024-04-19 15:43:58-04
327	5035	105	Tarea 1	2024-06-27 20:54:51-04	entrega_733405.zip	a8e3317bbfed9350cababb95c48995cba6181ab1	200.104.26.242	5.0	\N	6	2024-07-09 00:54:51-04
328	5035	105	Control 1	2024-05-03 18:27:40-04	entrega_906257.docx	1dafb2eb09a672bf443db038f7f0fc147cef3b3d	200.104.150.139	4.0	Bien estructurado. Falta conclusión.	6	2024-05-09 23:27:40-04
329	5036	101	Proyecto semestral	2024-05-05 11:26:28-04	entrega_433662.zip	cf0f69e41674ceec6c05a81073aa38a7955dc3a4	181.43.25.10	4.2	\N	2	2024-05-15 19:26:28-04
330	5036	101	Ensayo final	2024-04-16 06:43:55-04	entrega_794889.zip	5eda4c08fb206b574319f109f648c4fc578c8e43	181.43.25.10	6.5	\N	2	2024-04-20 12:43:55-04
331	5036	101	Tarea 1	2024-04-21 21:48:52-04	entrega_804746.pdf	f8a22724c33c0b3f377635c20bd319cec6e84a83	146.83.196.25	\N	\N	\N	\N
332	5036	109	Proyecto semestral	2024-06-12 04:43:04-04	entrega_346562.docx	0b9dddbccb4bab439574f913807f4d1a576a22e3	181.43.25.10	1.2	Revisar formato APA.	10	2024-06-15 04:43:04-04
333	5036	109	Tarea 2	2024-04-24 22:02:46-04	entrega_639715.docx	223daa275266df1778c0a9c16bd519e481c7c860	200.104.59.111	4.4	Entrega fuera de plazo, se descuenta 1 punto.	10	2024-05-02 08:02:46-04
334	5036	100	Tarea 2	2024-04-18 18:04:16-04	entrega_109520.pdf	9b61357cd96072986c4b617ef50f585e15317a37	181.43.25.10	4.9	\N	1	2024-05-03 01:04:16-04
335	5036	100	Informe de laboratorio	2024-05-06 08:15:53-04	entrega_830837.zip	f93a743e16acb41cb4127d4c5d67527ae0fa835d	200.104.59.111	4.6	\N	1	2024-05-19 16:15:53-04
336	5036	100	Tarea 1	2024-06-07 01:55:04-04	entrega_284899.zip	36181f5780f2edb1009bdbe2f15f338e11c1086c	200.104.59.111	5.7	\N	1	2024-06-10 08:55:04-04
337	5036	100	Proyecto semestral	2024-06-06 22:46:37-04	entrega_912007.zip	b87839d6cb346c5dbf5c825d4efc2e99b221d5fc	181.43.25.10	\N	\N	\N	\N
338	5036	102	Tarea 2	2024-05-07 05:52:39-04	entrega_951455.pdf	741a7947c2c5417e019b078f096812852a592c18	200.104.59.111	4.6	\N	3	2024-05-16 06:52:39-04
339	5036	102	Ensayo final	2024-04-26 12:03:10-04	entrega_611237.zip	f7f2e3bbb58cbeb34ecc89ca0488a39dcb12373b	200.104.59.111	3.7	\N	3	2024-04-30 18:03:10-04
340	5036	102	Proyecto semestral	2024-06-04 16:47:55-04	entrega_619708.zip	e0a8704e3f0f434c13208f6e7a4879f38a7581e8	146.83.196.6	1.6	Buen trabajo, Matías.	3	2024-06-07 22:47:55-04
341	5036	102	Tarea 1	2024-04-07 22:11:05-04	entrega_608970.pdf	9c779b81945109a1c5f490a810f22306168ab94f	200.104.59.111	2.8	Buen trabajo, Matías.	3	2024-04-13 03:11:05-04
342	5036	111	Tarea 1	2024-06-06 10:05:03-04	entrega_917886.docx	86e5cfbc373208334ca8c10fb0d8092e1964fae3	181.43.25.10	2.7	\N	12	2024-06-17 10:05:03-04
343	5036	111	Informe de laboratorio	2024-04-09 10:38:42-04	entrega_436571.zip	1a6bb9e4a8ca3046cb498bb08bbe351a3ba5b05f	146.83.196.5	5.8	Bien estructurado. Falta conclusión.	12	2024-04-20 15:38:42-04
344	5036	111	Tarea 2	2024-04-09 18:25:38-04	entrega_112467.pdf	1c3184917524aa415af9ec2677e3b98a22c5a703	146.83.196.10	\N	\N	\N	\N
345	5036	111	Proyecto semestral	2024-04-05 04:23:21-04	entrega_436206.pdf	11e14d99645a57705aa70ab42b99dfbdb381b48c	200.104.59.111	\N	\N	\N	\N
346	5037	104	Control 1	2024-04-24 07:50:05-04	entrega_818511.zip	9e421d67a0980d4e21180446a98f39d30d12c1bc	146.83.196.7	4.6	Excelente análisis Valentina!	5	2024-05-07 11:50:05-04
347	5037	104	Tarea 1	2024-05-07 21:17:40-04	entrega_560345.zip	2bc6ef35c7988cdcd1271b77b75ec7cf2498396c	190.160.197.119	5.3	Buen trabajo, Valentina.	5	2024-05-13 22:17:40-04
348	5037	111	Proyecto semestral	2024-04-07 22:52:08-04	entrega_879115.pdf	52c887581b13dac79fa032f1e86eea827a68ada7	146.83.196.20	2.2	\N	12	2024-04-22 01:52:08-04
349	5037	111	Tarea 1	2024-04-29 17:53:02-04	entrega_381257.pdf	3a13bf5fd246e8ea0eea7f11381ad1ec53b9c31c	146.83.196.29	3.1	\N	12	2024-05-07 03:53:02-04
350	5037	111	Ensayo final	2024-06-09 02:57:17-04	entrega_460069.pdf	adf405f0e048a42196a700116bb6ea3ea2dd98db	190.160.197.119	\N	\N	\N	\N
351	5037	111	Informe de laboratorio	2024-04-14 03:43:45-04	entrega_239488.docx	7d14cdf47f1ffd9e34e71b1e3751955b6765aa01	146.83.196.30	1.2	\N	12	2024-04-27 11:43:45-04
352	5037	110	Proyecto semestral	2024-05-25 05:24:00-04	entrega_809184.pdf	deffad4649671a15de206cd6203bf21a9a529b68	152.172.111.247	3.3	Excelente análisis Valentina!	11	2024-06-04 08:24:00-04
353	5037	110	Tarea 2	2024-05-13 08:55:03-04	entrega_792296.zip	f06e6191491439620805b232d92749c39e1567ca	152.172.111.247	3.8	\N	11	2024-05-21 14:55:03-04
354	5037	110	Tarea 1	2024-06-02 00:59:29-04	entrega_409936.zip	fc65dceea2f7621ac728cf02a8e86834b537e246	146.83.196.10	\N	\N	\N	\N
355	5037	110	Control 1	2024-04-03 08:30:37-04	entrega_937553.zip	8ebde18a888a1022402d5113a546e62278e0fb76	146.83.196.17	4.6	Revisar formato APA.	11	2024-04-14 15:30:37-04
356	5038	112	Informe de laboratorio	2024-05-03 15:15:46-04	entrega_201547.docx	46702db1e0eda35621ddf9b6c313a0eee373a58b	146.83.196.9	2.3	Camila, revisa la sección 3: faltan referencias.	13	2024-05-11 00:15:46-04
357	5038	112	Control 1	2024-06-04 10:05:19-04	entrega_280600.pdf	c9395394df7a89ce39e7d67e1286a5c5aa080dba	179.57.73.215	4.9	\N	13	2024-06-15 15:05:19-04
358	5038	112	Proyecto semestral	2024-04-21 20:01:05-04	entrega_765922.docx	c6e2a6b3bcb4d2b396c1c2b572bd0e91e61906ed	179.57.73.215	6.4	\N	13	2024-04-25 02:01:05-04
359	5038	112	Ensayo final	2024-06-10 10:57:33-04	entrega_449930.pdf	be01a416c1959dff23c94f35f0bbf807b8f77424	179.57.73.215	\N	\N	\N	\N
360	5038	102	Informe de laboratorio	2024-04-25 13:12:25-04	entrega_921942.zip	ced62ffe95888c9901b9b1320f1da3ee5b39f278	146.83.196.26	3.1	\N	3	2024-05-05 14:12:25-04
361	5038	102	Tarea 1	2024-05-03 13:34:38-04	entrega_698123.zip	773dc762dae4915a85585cdd002b367646d54fb5	146.83.196.10	5.1	\N	3	2024-05-05 13:34:38-04
362	5038	109	Tarea 2	2024-05-08 13:41:14-04	entrega_507918.pdf	cb40496a4b8e82e5b69162f7dd1ac5598dab7a3a	146.83.196.20	1.9	\N	10	2024-05-12 16:41:14-04
363	5038	109	Proyecto semestral	2024-05-11 13:46:50-04	entrega_307966.docx	97a3c63a1b0b3fb8e0fc673e3f2f943420f7eed6	146.83.196.23	3.0	\N	10	2024-05-13 13:46:50-04
364	5038	109	Informe de laboratorio	2024-05-10 18:02:40-04	entrega_791481.zip	bc33a9a9ce623e8d84e86afe6dd88f6101517b2c	179.57.73.215	4.7	\N	10	2024-05-20 03:02:40-04
365	5038	109	Tarea 1	2024-06-03 12:19:16-04	entrega_145921.docx	1ffecdc3a32ddbfbd2ba73e5885486b9ff0110ba	146.83.196.7	\N	\N	\N	\N
366	5038	100	Proyecto semestral	2024-04-07 20:50:33-04	entrega_918994.pdf	cac7d9bb9bc854540b2aa3b6496a748c0b9b938f	146.83.196.6	\N	\N	\N	\N
367	5038	100	Tarea 2	2024-06-01 19:19:02-04	entrega_797680.pdf	3d3218c77ca9ae71882d59f1d38a540a848c1e1f	179.57.73.215	\N	\N	\N	\N
368	5039	108	Proyecto semestral	2024-05-02 02:26:31-04	entrega_928998.docx	6b06f4a64f80a287961d3fde91a042987638e25c	179.57.0.137	5.3	\N	9	2024-05-08 10:26:31-04
369	5039	108	Informe de laboratorio	2024-04-06 13:17:56-04	entrega_128707.pdf	05896acb3d135518913dc999ad0a6507e7084e60	146.83.196.29	2.5	\N	9	2024-04-20 22:17:56-04
370	5039	108	Control 1	2024-05-10 07:58:30-04	entrega_900778.docx	095d13b6c1795e8d6b8a06481bb9eea11b7163e4	179.57.0.137	\N	\N	\N	\N
371	5039	111	Tarea 1	2024-06-12 10:47:09-04	entrega_204843.pdf	c4927a498d72164df972e49b048044548aa31eca	186.11.91.14	\N	\N	\N	\N
372	5039	111	Control 1	2024-06-04 09:51:05-04	entrega_659272.docx	31111733072bc397ebb7de50891db4ee91f15b7d	186.11.91.14	4.7	\N	12	2024-06-12 16:51:05-04
373	5039	112	Tarea 1	2024-05-28 07:20:53-04	entrega_168544.pdf	a9c240573099625edeb357d893f8a33208a3e15f	146.83.196.23	4.4	\N	13	2024-06-09 07:20:53-04
374	5039	112	Proyecto semestral	2024-05-07 17:20:57-04	entrega_759950.pdf	aaa5b97cf3dbd5355e232bcd0e187957f49a4b3b	146.83.196.10	6.4	\N	13	2024-05-09 22:20:57-04
375	5039	112	Tarea 2	2024-04-03 17:20:30-04	entrega_606727.pdf	5918e1935c8d6e9a9ee71196155abdfad703cf42	186.11.91.14	3.7	\N	13	2024-04-13 01:20:30-04
376	5039	112	Informe de laboratorio	2024-04-04 17:39:23-04	entrega_709107.docx	76c96e3b17c6efc9ca41fcf37c3d4d9d99a3f2e1	179.57.0.137	\N	\N	\N	\N
377	5040	105	Tarea 1	2024-04-23 03:47:10-04	entrega_827249.pdf	90fff1163f5b9adc7f1d839cddaf34dd9da5f423	152.172.115.110	2.6	Entrega fuera de plazo, se descuenta 1 punto.	6	2024-05-02 07:47:10-04
378	5040	105	Tarea 2	2024-05-01 19:04:33-04	entrega_202829.zip	160f95bd2afc6a42356e60df115d6397c68a6f0f	152.172.115.110	4.9	\N	6	2024-05-09 22:04:33-04
379	5040	112	Proyecto semestral	2024-05-26 01:23:16-04	entrega_823137.docx	bff23b6acefc3645adc060faa84f67025a4b1f3e	152.172.115.110	5.4	Excelente análisis Florencia!	13	2024-06-09 03:23:16-04
380	5040	112	Control 1	2024-06-09 16:16:40-04	entrega_226990.pdf	aac55b4daeb2869f42e27bd8bf387297f6ccec74	146.83.196.8	2.0	\N	13	2024-06-13 18:16:40-04
381	5040	112	Tarea 1	2024-05-10 03:34:09-04	entrega_790080.pdf	afd96607410537a70c51ffec99cde052f83b6e01	190.160.59.155	4.6	\N	13	2024-05-19 09:34:09-04
382	5040	111	Tarea 1	2024-05-02 18:42:32-04	entrega_286515.pdf	8a4a7eaa41501489eae458177e1a36b85ead641a	190.160.59.155	5.4	\N	12	2024-05-09 21:42:32-04
383	5040	111	Informe de laboratorio	2024-05-26 07:08:09-04	entrega_991722.zip	49f4e48421897a86f2a9323369902e9a6a487fc6	190.160.59.155	\N	\N	\N	\N
384	5041	106	Proyecto semestral	2024-04-08 03:53:32-04	entrega_465654.zip	f31486b421b05f895d5a2e7d0b3f642217bc0bf8	146.83.196.17	6.8	Revisar formato APA.	7	2024-04-13 06:53:32-04
385	5041	106	Control 1	2024-04-21 21:20:07-04	entrega_491707.zip	0cf59a849313f3fae00780c407ffecf4b6f1e0f2	152.172.146.25	\N	\N	\N	\N
386	5041	106	Ensayo final	2024-05-02 04:48:08-04	entrega_120575.pdf	9228f3dfb1e21a59905e9f2c4c3d37bcde9d44d8	146.83.196.14	3.4	\N	7	2024-05-06 06:48:08-04
387	5041	112	Informe de laboratorio	2024-04-13 06:24:41-04	entrega_763770.pdf	ee51c9aec4a9bb96f5a922aa8fae528b7823d736	152.172.146.25	3.7	\N	13	2024-04-16 16:24:41-04
388	5041	112	Ensayo final	2024-06-02 16:37:01-04	entrega_484068.zip	e0d323494ae3750a84c8b8f3b28f76e9f5f51110	146.83.196.28	\N	\N	\N	\N
389	5041	111	Tarea 2	2024-04-25 19:57:31-04	entrega_169267.pdf	de0aa8d9c8cd616511ef5f987152b7702cf2d73e	146.83.196.22	2.0	\N	12	2024-04-28 05:57:31-04
390	5041	111	Proyecto semestral	2024-06-19 04:33:46-04	entrega_908785.zip	ef4264b8acad301e55b56abd1627c91cb7e88650	152.172.146.25	2.2	\N	12	2024-06-28 09:33:46-04
391	5041	111	Control 1	2024-05-03 23:16:14-04	entrega_862133.zip	44a3704725410a22c20b99060cc48d6889c3fe4a	181.43.43.18	5.7	\N	12	2024-05-06 06:16:14-04
392	5042	110	Proyecto semestral	2024-06-24 16:01:18-04	entrega_136975.docx	5f598ad89c2e87573c8a38feb8284376f1cc8852	190.160.71.222	6.5	\N	11	2024-07-08 16:01:18-04
393	5042	110	Tarea 1	2024-04-21 11:21:14-04	entrega_842728.pdf	b2b11ca8b9520976df42fdaa7aed219cf052b529	200.104.95.122	4.9	\N	11	2024-05-04 11:21:14-04
394	5042	110	Control 1	2024-04-23 02:36:16-04	entrega_638235.zip	9d572ed5dbf0cc606d39d17212390bc86d9e0bfe	146.83.196.19	3.3	\N	11	2024-04-26 08:36:16-04
395	5042	110	Ensayo final	2024-04-09 03:46:31-04	entrega_793126.docx	bf1640b6b8b56fa91f3f6bffe885f0d47833b4b8	200.104.95.122	3.9	\N	11	2024-04-15 04:46:31-04
396	5042	111	Tarea 2	2024-05-08 14:56:48-04	entrega_345031.docx	ddd180bf3d03ef41799eb4638a7155265312f8de	190.160.71.222	3.4	\N	12	2024-05-12 23:56:48-04
397	5042	111	Proyecto semestral	2024-06-16 19:57:53-04	entrega_902178.pdf	365d72bfefcbe166b583e2b9b91f1f80b9b0d2b9	146.83.196.8	\N	\N	\N	\N
398	5042	112	Control 1	2024-04-03 02:56:42-04	entrega_333224.docx	e825819b98f7ab7fb305b75d803e443b66115863	146.83.196.3	2.5	\N	13	2024-04-09 02:56:42-04
399	5042	112	Proyecto semestral	2024-04-09 20:21:12-04	entrega_949156.pdf	0c4788bb24ae2f9bcdad09faa4d8d7a3e9e31c6b	200.104.95.122	6.8	\N	13	2024-04-17 22:21:12-04
400	5042	112	Ensayo final	2024-06-08 09:46:54-04	entrega_235700.pdf	9caa5023ceb08b12cd211d2372e141f17b830231	190.160.71.222	1.6	Bien estructurado. Falta conclusión.	13	2024-06-22 18:46:54-04
401	5042	103	Tarea 2	2024-04-27 22:47:46-04	entrega_761313.pdf	ec68537d761f180e5238035ad9764e45358eb95d	146.83.196.25	5.4	Excelente análisis Maximiliano!	4	2024-05-08 22:47:46-04
402	5042	103	Informe de laboratorio	2024-06-23 07:31:12-04	entrega_199764.zip	c8395f9f80e459bba2fdc4fe5682f84c26dda53e	200.104.95.122	3.2	Revisar formato APA.	4	2024-07-04 14:31:12-04
403	5042	103	Proyecto semestral	2024-05-27 05:57:18-04	entrega_127601.pdf	f5520f4a92649e15935871dedc44c54cb3988831	146.83.196.28	3.1	Maximiliano, revisa la sección 3: faltan referencias.	4	2024-06-08 11:57:18-04
404	5042	103	Control 1	2024-05-14 16:06:51-04	entrega_556775.pdf	7fac72d643fabcb760fdc22e43ab47d8203973ea	190.160.71.222	3.6	\N	4	2024-05-27 02:06:51-04
405	5043	106	Proyecto semestral	2024-06-13 06:20:56-04	entrega_735999.zip	4efa9544cb41a6bfc5807272c06c551b6db4b05a	146.83.196.17	1.7	Revisar formato APA.	7	2024-06-23 09:20:56-04
406	5043	106	Tarea 2	2024-04-01 19:52:21-04	entrega_103995.pdf	9f314d6abe6b7cab69e084f6ba28838596231e8e	152.172.20.131	7.0	\N	7	2024-04-13 23:52:21-04
407	5043	106	Tarea 1	2024-06-21 07:28:04-04	entrega_731205.docx	697df178ed44af0b28c949cd84f88e04602349b3	152.172.20.131	3.0	\N	7	2024-07-03 08:28:04-04
408	5043	106	Control 1	2024-05-30 13:52:34-04	entrega_661530.pdf	ef56aa4215e626c5c6c363f342ea312837476fc0	152.172.141.8	6.3	Bien estructurado. Falta conclusión.	7	2024-06-10 18:52:34-04
409	5043	111	Tarea 1	2024-04-29 13:27:54-04	entrega_792461.zip	e275c647dc63c2ca85161646390695f76acccd29	146.83.196.2	2.6	\N	12	2024-05-11 19:27:54-04
410	5043	111	Tarea 2	2024-04-19 21:12:20-04	entrega_442349.docx	d6d3a32a4a2488f2ff81b204a58c81d702703511	146.83.196.12	7.0	\N	12	2024-05-03 07:12:20-04
411	5043	112	Tarea 1	2024-05-17 09:57:15-04	entrega_465064.pdf	c28fe8b95641e6677b762523398baf1ebd407409	152.172.141.8	\N	\N	\N	\N
412	5043	112	Tarea 2	2024-04-17 11:36:02-04	entrega_719036.pdf	b7ddee8b59c2d0af31ad365c018316fc2803b528	152.172.20.131	2.1	Entrega fuera de plazo, se descuenta 1 punto.	13	2024-04-27 12:36:02-04
413	5043	112	Control 1	2024-04-17 21:34:45-04	entrega_420070.pdf	c562f699b072c1b8d0f29aa7d45969916de5370a	146.83.196.12	4.8	Bien estructurado. Falta conclusión.	13	2024-04-26 22:34:45-04
414	5044	106	Proyecto semestral	2024-04-01 19:40:37-04	entrega_395846.pdf	b22362cd0ab7d5bb9c5af7eebda326b65df3def0	190.160.146.241	5.6	Excelente análisis Nicolás!	7	2024-04-04 03:40:37-04
415	5044	106	Informe de laboratorio	2024-06-09 15:57:23-04	entrega_271797.pdf	ddf60d00ceb3aeba6201d9ef9502867588c33a1d	146.83.196.29	2.3	\N	7	2024-06-13 21:57:23-04
416	5044	106	Tarea 1	2024-05-02 14:43:55-04	entrega_275380.docx	042e8255d955e0b9e29f825bb163c6665e4468c1	190.161.63.180	4.2	\N	7	2024-05-09 22:43:55-04
417	5044	111	Tarea 1	2024-04-29 00:34:03-04	entrega_354883.zip	fc2bceea2e3c0aa4f81b8f66fcdc9d2a41bc513b	146.83.196.20	\N	\N	\N	\N
418	5044	111	Ensayo final	2024-04-03 20:10:06-04	entrega_404738.pdf	9a839a218c69b00207892fe31873bf16d3fe1aed	190.160.146.241	2.1	Revisar formato APA.	12	2024-04-14 20:10:06-04
419	5044	112	Control 1	2024-05-27 18:07:36-04	entrega_218315.zip	2b74c3e3eafc173ae22e62f1bff2b6eece714277	190.160.146.241	4.1	\N	13	2024-05-29 21:07:36-04
420	5044	112	Tarea 2	2024-05-02 20:22:19-04	entrega_576581.pdf	d2a6f5e45128e1a64b6ddee4a27a41b4c2b49c27	146.83.196.24	4.7	\N	13	2024-05-17 03:22:19-04
421	5045	112	Control 1	2024-05-31 08:34:14-04	entrega_678511.docx	070fb10ea9044208eeb46ebd0643b5b06bbba07e	146.83.196.27	1.9	Buen trabajo, Joaquín.	13	2024-06-07 12:34:14-04
422	5045	112	Proyecto semestral	2024-04-12 10:11:44-04	entrega_741747.pdf	eda5a65abb63045aa5f05c8e3a3205ab8c5ec46a	190.160.232.154	1.3	Excelente análisis Joaquín!	13	2024-04-14 12:11:44-04
423	5045	112	Tarea 1	2024-04-15 17:43:27-04	entrega_603787.pdf	0b4fefbd9d159c5f8ffeeefe72f7aaa77915a9ad	146.83.196.30	5.2	\N	13	2024-04-20 23:43:27-04
424	5045	106	Ensayo final	2024-05-13 14:53:04-04	entrega_345583.pdf	4568a30ef3ea9ee71ee5387e31c14ebb493878f2	146.83.196.28	\N	\N	\N	\N
425	5045	106	Tarea 2	2024-05-09 06:27:19-04	entrega_227730.docx	367f1c2f3fcf6bce9a19eed2aaeba6e18d77f189	190.160.113.128	2.8	\N	7	2024-05-18 15:27:19-04
426	5045	111	Control 1	2024-05-26 19:30:01-04	entrega_166677.docx	8cb7ecad450f43be5400c497fa3b0a3e85887f9b	190.160.113.128	4.6	\N	12	2024-05-30 19:30:01-04
427	5045	111	Tarea 2	2024-05-21 08:22:49-04	entrega_227102.docx	595fe0bdf3a1a26ea412bfb9b1611c9fa25a2640	190.160.113.128	\N	\N	\N	\N
428	5046	112	Tarea 2	2024-06-06 09:48:08-04	entrega_464498.pdf	2005e52c5273bfeeb58858acda69552dcf042d4b	146.83.196.3	\N	\N	\N	\N
429	5046	112	Informe de laboratorio	2024-06-16 14:51:13-04	entrega_445271.pdf	84aee227f5539d7f8496e17dc3745b7e0a63e5e0	146.83.196.2	1.0	\N	13	2024-06-22 18:51:13-04
430	5046	105	Proyecto semestral	2024-06-26 22:11:53-04	entrega_174473.docx	a93fb8ab0f99896526c90ccbbb071058e1200298	186.11.42.125	4.9	\N	6	2024-07-01 08:11:53-04
431	5046	105	Ensayo final	2024-05-19 03:44:30-04	entrega_282476.docx	e35697348f10903569d8ca1c350f14992d6a1206	186.11.42.125	6.3	\N	6	2024-06-02 11:44:30-04
432	5046	105	Tarea 2	2024-05-12 05:31:42-04	entrega_377915.zip	a56b154fb6bd8b55163949574c3c14558759d532	186.11.42.125	6.0	\N	6	2024-05-17 13:31:42-04
433	5046	111	Ensayo final	2024-06-25 20:29:41-04	entrega_355011.zip	440030289f7f6118d42960013de098cd90d96bf6	186.11.42.125	\N	\N	\N	\N
434	5046	111	Proyecto semestral	2024-05-27 22:38:48-04	entrega_700241.zip	efd274f411c03c06a7e7dc162f5fdb4e1da9023e	186.11.42.125	3.9	\N	12	2024-06-05 08:38:48-04
435	5046	111	Informe de laboratorio	2024-05-30 12:05:28-04	entrega_339701.docx	0aa5366c5e3238a82dd5aac54f5905ec5f121724	146.83.196.21	3.3	\N	12	2024-06-12 15:05:28-04
436	5046	111	Tarea 1	2024-06-10 14:35:34-04	entrega_577903.docx	eb6819a1496ea93e6f018be33ff3a8704f674ec8	186.11.42.125	4.6	\N	12	2024-06-19 23:35:34-04
437	5047	105	Ensayo final	2024-04-06 06:34:17-04	entrega_722560.zip	bdc69f3eb2d197743bfd50b7b522fe15acf97c4e	191.125.193.59	\N	\N	\N	\N
438	5047	105	Tarea 1	2024-05-19 01:34:20-04	entrega_354278.zip	95c00d94b2dcad4ffda4400b206b0085175d5783	146.83.196.2	4.1	Sebastián, revisa la sección 3: faltan referencias.	6	2024-06-01 06:34:20-04
439	5047	105	Informe de laboratorio	2024-04-08 15:40:55-04	entrega_596846.pdf	4b7ddf2dfa97732903f4302baa17c99a4fb8b8bd	191.125.193.59	\N	\N	\N	\N
440	5047	112	Proyecto semestral	2024-05-25 05:59:58-04	entrega_333282.zip	0ded0591cc22a340ad6463c6f8aac7de37cbfe36	191.125.193.59	5.1	\N	13	2024-06-06 14:59:58-04
441	5047	112	Ensayo final	2024-04-03 11:19:57-04	entrega_661212.pdf	a28c12f4a399b9ddf9afec7ae9a9abdf9b41c8d4	191.125.193.59	7.0	\N	13	2024-04-05 15:19:57-04
442	5047	112	Tarea 1	2024-04-16 22:50:21-04	entrega_821822.pdf	ca09e9141a475a7a9224709ab5fdd94e43796d4c	191.125.193.59	5.2	\N	13	2024-04-27 07:50:21-04
443	5047	112	Informe de laboratorio	2024-06-21 22:41:02-04	entrega_560220.pdf	7a3eb9fb824f18791f2b6cc87a513d93e6945e11	191.125.193.59	4.4	\N	13	2024-07-01 22:41:02-04
444	5047	111	Tarea 2	2024-05-25 20:26:45-04	entrega_553016.pdf	1a8549c10ed90493be3f27d8827ede22ba1f019d	191.125.193.59	3.5	\N	12	2024-06-02 20:26:45-04
445	5047	111	Informe de laboratorio	2024-05-16 00:13:59-04	entrega_795937.docx	499cbb681a004967fb488549d555b8ed4fe30bbb	146.83.196.19	3.9	\N	12	2024-05-25 08:13:59-04
446	5047	111	Ensayo final	2024-04-23 20:39:03-04	entrega_534073.pdf	58549612f6ed12303fb6ec5c3ae937045e9b5f36	146.83.196.17	\N	\N	\N	\N
447	5047	111	Control 1	2024-06-20 07:42:35-04	entrega_787795.pdf	951f5d2d32c196df61dce804bd3766ce8a8e16ce	146.83.196.16	2.1	\N	12	2024-07-03 07:42:35-04
448	5048	111	Tarea 2	2024-04-17 02:06:52-04	entrega_115548.pdf	79755a40b07f5d7f1ee7f1894264465822a93dd6	190.161.162.5	1.5	Entrega fuera de plazo, se descuenta 1 punto.	12	2024-04-28 11:06:52-04
449	5048	111	Ensayo final	2024-05-07 19:32:43-04	entrega_514400.pdf	4b430346621efddcfe6d1ead273ee0121d39e720	146.83.196.6	1.6	\N	12	2024-05-15 20:32:43-04
450	5048	111	Control 1	2024-06-15 23:00:53-04	entrega_717991.zip	adfb8c1b6b3267f21aa4a9c01ccf9a28363050f4	190.161.162.5	4.1	Revisar formato APA.	12	2024-06-19 01:00:53-04
451	5048	100	Informe de laboratorio	2024-05-06 09:16:52-04	entrega_494039.pdf	8d4733fe9f16be291b7464a1ee8e746732043e47	146.83.196.15	4.2	Revisar formato APA.	1	2024-05-14 19:16:52-04
452	5048	100	Control 1	2024-04-04 10:33:18-04	entrega_807212.pdf	d35d98660181871347c8edec61f01ffab3b81643	190.161.162.5	2.4	\N	1	2024-04-12 15:33:18-04
453	5048	100	Tarea 2	2024-06-28 14:23:40-04	entrega_703236.pdf	35dcb3f213cce1c88f7112bdb980c159f5cff6d1	190.161.162.5	1.6	\N	1	2024-07-07 22:23:40-04
454	5048	102	Tarea 1	2024-04-26 10:26:56-04	entrega_877895.zip	85849c3e908c7889eaa20ea7970761e0a5c7e4b4	190.161.162.5	4.3	Excelente análisis Cristóbal!	3	2024-05-06 16:26:56-04
455	5048	102	Proyecto semestral	2024-06-03 12:18:00-04	entrega_364400.pdf	c9722454e2b311708864ef3b62f966b3868fb74c	146.83.196.21	\N	\N	\N	\N
456	5048	102	Ensayo final	2024-05-28 07:57:11-04	entrega_789481.docx	f0c06eb6337dc40fa37497de4bae0f40f31b2d9f	146.83.196.7	2.0	Cristóbal, revisa la sección 3: faltan referencias.	3	2024-06-04 17:57:11-04
457	5048	102	Informe de laboratorio	2024-06-06 10:35:39-04	entrega_278286.zip	45e34b772e16cc80af3495acfbf784082b8a19e4	146.83.196.25	\N	\N	\N	\N
458	5048	101	Proyecto semestral	2024-05-01 16:40:20-04	entrega_813431.zip	7d0ff486b0a9a1da7338ed95c204930bf057c91e	190.161.162.5	4.8	Bien estructurado. Falta conclusión.	2	2024-05-14 16:40:20-04
459	5048	101	Informe de laboratorio	2024-06-28 02:29:46-04	entrega_920648.docx	0d3e1754ab07da63255ba8e22934ed450722461f	190.161.162.5	4.9	Entrega fuera de plazo, se descuenta 1 punto.	2	2024-06-30 03:29:46-04
460	5048	101	Tarea 2	2024-05-17 03:57:51-04	entrega_115548.pdf	16134c1741572b8fcb9cb2e55058abd19bc1ef19	146.83.196.26	5.8	Revisar formato APA.	2	2024-05-22 09:57:51-04
461	5048	101	Control 1	2024-06-25 17:42:23-04	entrega_247350.docx	69040956d9dcc5671aff754b36ca8c7b7769ac96	146.83.196.2	6.0	Buen trabajo, Cristóbal.	2	2024-07-05 18:42:23-04
462	5048	109	Tarea 1	2024-06-13 23:59:59-04	entrega_430408.pdf	5e3da37b1f18e07ef499d69700e0654b55988e8d	146.83.196.16	\N	\N	\N	\N
463	5048	109	Tarea 2	2024-05-05 15:08:10-04	entrega_566859.pdf	1f46c675701a7bdcd870d70b69117a2250a61c65	146.83.196.12	1.7	\N	10	2024-05-12 18:08:10-04
464	5049	112	Proyecto semestral	2024-04-25 20:54:58-04	entrega_660082.zip	456147ffe62dcb128652b37064cbc3f5f7a58336	146.83.196.4	3.3	Nicolás, revisa la sección 3: faltan referencias.	13	2024-04-27 23:54:58-04
465	5049	112	Tarea 1	2024-04-03 03:32:19-04	entrega_760419.docx	d1ef10555fc78f87429daa768fd9ebf69e4ed41e	179.57.48.114	1.3	\N	13	2024-04-10 13:32:19-04
466	5049	105	Tarea 2	2024-05-13 06:38:34-04	entrega_631887.pdf	ec77ff34d3a1f2badcf4af0bffe3a6f6ab385e6c	179.57.48.114	1.8	Excelente análisis Nicolás!	6	2024-05-17 12:38:34-04
467	5049	105	Ensayo final	2024-04-27 10:22:51-04	entrega_323601.zip	73ff6b9f2b3ed82a7220a302a75139d840e420a9	179.57.48.114	\N	\N	\N	\N
468	5049	105	Tarea 1	2024-04-26 00:10:10-04	entrega_102089.zip	1c3e6b9466be54c939bfb5c05eeb8d8d28a3cf54	146.83.196.18	\N	\N	\N	\N
469	5049	111	Informe de laboratorio	2024-04-11 00:00:19-04	entrega_956978.zip	76c1eef7ebb156c2ba722f4358eed7afc83605b4	191.125.171.201	\N	\N	\N	\N
470	5049	111	Proyecto semestral	2024-05-02 19:11:53-04	entrega_734264.pdf	144948e68b3b5f89f1dea62213573925f674a63a	179.57.48.114	4.8	Buen trabajo, Nicolás.	12	2024-05-06 00:11:53-04
471	5050	112	Proyecto semestral	2024-05-22 06:10:03-04	entrega_566338.zip	dd49852c86876c585e5f98faf8917e3a2bde5868	146.83.196.27	3.0	Excelente análisis Agustín!	13	2024-06-05 14:10:03-04
472	5050	112	Informe de laboratorio	2024-05-16 19:33:20-04	entrega_511374.pdf	12ca73c8cb9235c9992f6de063b99fac46156e25	179.57.120.84	2.7	\N	13	2024-05-23 20:33:20-04
473	5050	108	Tarea 1	2024-04-14 19:05:36-04	entrega_556754.pdf	ea96ca4c2c13d8b523ec93d4eb6f94149b61bb87	146.83.196.7	3.5	\N	9	2024-04-18 22:05:36-04
474	5050	108	Proyecto semestral	2024-05-08 08:16:40-04	entrega_128992.docx	f0987353ca71114912f851daacbecc2e1b9cff2c	146.83.196.28	5.9	Entrega fuera de plazo, se descuenta 1 punto.	9	2024-05-13 11:16:40-04
475	5050	108	Informe de laboratorio	2024-05-17 15:43:54-04	entrega_102384.zip	ec0004ffc422522edae0d9a40919136562888448	190.160.155.169	4.9	\N	9	2024-05-22 20:43:54-04
476	5050	108	Control 1	2024-04-27 19:40:59-04	entrega_443234.docx	2d68538946ae2c7861f842044ce0a471e05e5a89	179.57.120.84	4.2	\N	9	2024-04-30 22:40:59-04
477	5050	111	Tarea 2	2024-04-11 18:22:06-04	entrega_207925.docx	b63292b4cb63fb3d2384ea6b9dc746d291bc5e75	190.160.155.169	6.6	\N	12	2024-04-15 01:22:06-04
478	5050	111	Control 1	2024-05-23 03:25:56-04	entrega_761141.docx	7a516a9f593f4dd33029091acc258e3c71c09a47	179.57.120.84	1.5	Agustín, revisa la sección 3: faltan referencias.	12	2024-05-25 04:25:56-04
479	5050	111	Proyecto semestral	2024-06-14 16:42:59-04	entrega_184794.docx	eec27c6723e33cf8c91dc562dcd53cb46fc2c7e8	190.160.155.169	2.7	\N	12	2024-06-21 01:42:59-04
480	5051	111	Informe de laboratorio	2024-06-27 23:46:25-04	entrega_933958.docx	e45df8679cbacc822feee323ba824d25200c9ae9	146.83.196.20	\N	\N	\N	\N
481	5051	111	Tarea 1	2024-05-15 16:16:25-04	entrega_892678.pdf	7587b60b75802bc8573b683750a91e9b21e5cb7d	181.43.254.188	5.9	Bien estructurado. Falta conclusión.	12	2024-05-24 02:16:25-04
482	5051	111	Ensayo final	2024-05-08 21:25:39-04	entrega_125095.pdf	f70912020d3fcda69ad4d9bceb8d82d7bc768d4e	181.43.254.188	\N	\N	\N	\N
483	5051	112	Control 1	2024-04-06 03:16:43-04	entrega_273655.docx	25cad04fbe9e34f0f50f0ebe64af7866865be661	146.83.196.11	3.2	Excelente análisis Cristóbal!	13	2024-04-14 08:16:43-04
484	5051	112	Tarea 1	2024-04-15 02:52:02-04	entrega_164388.docx	11a61fded67e1ccc7820ba033190de17bd6bced3	146.83.196.16	5.0	\N	13	2024-04-23 07:52:02-04
485	5051	112	Proyecto semestral	2024-04-24 22:17:17-04	entrega_246094.docx	e70b05108d072b32889827c1014f7034dcfdba4e	181.43.254.188	\N	\N	\N	\N
486	5052	105	Ensayo final	2024-05-30 17:39:20-04	entrega_755771.pdf	09d0e653e56648f6eab253c3556869243158ce9c	146.83.196.15	4.7	Antonia, revisa la sección 3: faltan referencias.	6	2024-06-14 01:39:20-04
487	5052	105	Proyecto semestral	2024-05-19 09:25:25-04	entrega_176399.docx	1e0abaaa7e06c4431404b81f2c4b871bd6164655	191.125.96.70	\N	\N	\N	\N
488	5052	112	Informe de laboratorio	2024-06-05 22:51:36-04	entrega_787388.zip	52da7ede1e2ed28e83b4a80182d8c2dc7e650c23	191.125.96.70	\N	\N	\N	\N
489	5052	112	Ensayo final	2024-04-30 15:41:46-04	entrega_370564.pdf	704ac0a3d37dba907240d13beeb74b571c3525e4	146.83.196.21	1.7	Revisar formato APA.	13	2024-05-09 21:41:46-04
490	5052	112	Proyecto semestral	2024-06-25 11:46:12-04	entrega_814284.docx	d41cc53501010df2fbe36a91148b45a83f3045c5	146.83.196.14	4.0	\N	13	2024-07-05 14:46:12-04
491	5052	112	Control 1	2024-06-09 12:24:15-04	entrega_351212.pdf	76fa3918f0e10693257a2b4dcb7dbe05c0d3fed1	146.83.196.12	6.5	Revisar formato APA.	13	2024-06-14 17:24:15-04
492	5053	100	Informe de laboratorio	2024-04-30 11:56:29-04	entrega_877074.docx	47e93dce2bf6977f019ab5a0949c8ce2aaa35fb9	146.83.196.24	3.0	Bien estructurado. Falta conclusión.	1	2024-05-11 15:56:29-04
493	5053	100	Tarea 1	2024-06-20 12:41:29-04	entrega_355364.docx	0ea878ff1302e2b76e0c15647d616b334fe8f543	179.57.79.76	5.8	Ignacia, revisa la sección 3: faltan referencias.	1	2024-06-27 19:41:29-04
494	5053	101	Tarea 2	2024-04-16 03:57:49-04	entrega_246185.pdf	69e2bf5dc9ae608fe0d59a776234eb5a40ac6f89	146.83.196.13	1.7	Ignacia, revisa la sección 3: faltan referencias.	2	2024-04-24 10:57:49-04
495	5053	101	Tarea 1	2024-04-16 19:31:20-04	entrega_518587.docx	472a8c1e997e8faefd9486dad63c38320e7d7601	146.83.196.13	3.7	\N	2	2024-04-20 01:31:20-04
496	5053	112	Tarea 2	2024-04-01 09:39:28-04	entrega_410811.pdf	bc312820db03be1522982fee2d46f50fb624871b	146.83.196.22	\N	\N	\N	\N
497	5053	112	Tarea 1	2024-05-14 10:30:17-04	entrega_722187.pdf	65f3704d64e1532bb41c70cd5782819144ad8725	179.57.79.76	5.7	Entrega fuera de plazo, se descuenta 1 punto.	13	2024-05-18 16:30:17-04
498	5053	112	Informe de laboratorio	2024-05-04 14:06:15-04	entrega_386495.pdf	817fabc8011e113e5d2e7ba1bfc0eaf323215762	179.57.79.76	2.5	Buen trabajo, Ignacia.	13	2024-05-15 22:06:15-04
499	5053	112	Proyecto semestral	2024-04-10 11:43:00-04	entrega_226679.pdf	ed358bd5f4248929f35fa8e2303fc34ef250a247	179.57.79.76	3.3	\N	13	2024-04-20 19:43:00-04
500	5053	111	Control 1	2024-05-02 17:39:06-04	entrega_735866.zip	30a37376d327149d0890b0e3a3a0495a088fa315	179.57.79.76	6.8	\N	12	2024-05-05 02:39:06-04
501	5053	111	Informe de laboratorio	2024-06-15 15:34:23-04	entrega_456674.pdf	5e36730aba0864497e1274393f7d88fb46d89f0a	179.57.79.76	1.5	Bien estructurado. Falta conclusión.	12	2024-06-19 23:34:23-04
502	5053	111	Tarea 2	2024-04-30 00:07:57-04	entrega_877695.docx	c40846469b8f82d7bbc15090b1c844ea22955262	146.83.196.30	3.0	\N	12	2024-05-08 07:07:57-04
503	5053	111	Ensayo final	2024-04-29 07:45:23-04	entrega_868194.zip	a2936f4aa290744e36c6645f9b26cb6a4d7c4974	146.83.196.13	6.5	\N	12	2024-05-03 10:45:23-04
504	5054	112	Control 1	2024-06-17 04:55:40-04	entrega_707290.zip	c33e58b3083617287f4c7da40ca96526aa6a4e3b	190.160.210.33	\N	\N	\N	\N
505	5054	112	Ensayo final	2024-04-17 00:45:27-04	entrega_451643.zip	8a75c23895cec1587fe076bbcc72d78901bc6ecf	181.43.122.111	\N	\N	\N	\N
506	5054	111	Tarea 2	2024-06-19 16:15:51-04	entrega_174148.docx	547bb295ac1de74e9aeb0580c5d9959177a9c822	190.160.210.33	5.3	Bien estructurado. Falta conclusión.	12	2024-07-04 00:15:51-04
507	5054	111	Proyecto semestral	2024-04-23 05:23:54-04	entrega_238054.pdf	c1e223519fac538eefdf34d097716fd31041e079	146.83.196.23	3.4	\N	12	2024-05-02 15:23:54-04
508	5054	105	Tarea 1	2024-04-15 04:44:04-04	entrega_589916.docx	864d0a5878c4b3fd2ebffd3db8a7ff6424a3ae50	181.43.122.111	5.5	Revisar formato APA.	6	2024-04-20 11:44:04-04
509	5054	105	Control 1	2024-06-02 04:56:46-04	entrega_700836.docx	1267e6a5ad2a04237564c26a68f41ce0b8218ada	181.43.122.111	1.2	\N	6	2024-06-08 06:56:46-04
510	5054	105	Informe de laboratorio	2024-06-04 15:44:41-04	entrega_499469.pdf	50537000f2664bcec91c86bf150134084d210578	181.43.122.111	6.2	\N	6	2024-06-10 18:44:41-04
511	5054	105	Proyecto semestral	2024-05-31 08:13:57-04	entrega_174506.docx	40c4d848014982bd483361ee62ede27c309ad9a9	190.160.210.33	4.4	\N	6	2024-06-09 10:13:57-04
512	5055	100	Ensayo final	2024-05-03 16:23:27-04	entrega_179918.pdf	ec6a3e79f97087e8bf9b0dd31928e0484a917465	191.125.111.41	6.0	\N	1	2024-05-11 23:23:27-04
513	5055	100	Tarea 2	2024-04-13 06:18:33-04	entrega_168855.zip	fdcf6d67c53066dfe62522caab502e75f192d785	146.83.196.19	5.4	Agustín, revisa la sección 3: faltan referencias.	1	2024-04-26 11:18:33-04
514	5055	111	Proyecto semestral	2024-06-28 01:00:29-04	entrega_572316.docx	f72ebb7b3aad130baed39455bfbfbed37bc1cc4f	191.125.111.41	\N	\N	\N	\N
515	5055	111	Tarea 1	2024-04-12 06:40:35-04	entrega_153357.docx	594d1326fff5ac8a98f4275bbc61dd1b8b713fba	191.125.111.41	3.0	\N	12	2024-04-24 15:40:35-04
516	5055	111	Ensayo final	2024-05-18 06:40:27-04	entrega_794901.docx	d64db8ce3024fb4839f8ff8d1c80af6d907eb6bc	191.125.111.41	3.0	Revisar formato APA.	12	2024-05-26 09:40:27-04
517	5055	111	Tarea 2	2024-04-09 07:22:55-04	entrega_979691.docx	349091e683be93dcefd05bea1e5cb3b5fbd63e19	146.83.196.8	3.8	\N	12	2024-04-12 17:22:55-04
518	5055	109	Proyecto semestral	2024-06-04 06:37:26-04	entrega_950571.zip	1f172953a6390003d86c19c6d00609f58ab05f5f	191.125.111.41	1.8	Revisar formato APA.	10	2024-06-06 08:37:26-04
519	5055	109	Tarea 2	2024-05-23 02:21:24-04	entrega_900364.pdf	f5a11ad0767a4fb1167869fe8681c9113a432ce6	191.125.111.41	1.8	\N	10	2024-05-30 05:21:24-04
520	5055	109	Ensayo final	2024-04-25 20:33:53-04	entrega_871507.pdf	1344d687e7e9627c8cd4eb991fbde61883650ace	146.83.196.21	\N	\N	\N	\N
521	5055	109	Informe de laboratorio	2024-05-02 10:39:24-04	entrega_193896.pdf	cdda7a5a43fe8306a990218571bc2230c6dd61cd	191.125.111.41	5.4	Revisar formato APA.	10	2024-05-08 15:39:24-04
522	5055	102	Informe de laboratorio	2024-06-20 02:21:22-04	entrega_198682.pdf	15386bb83560fa3ffbf6ede3cd88b97d08e03185	146.83.196.13	6.0	\N	3	2024-06-30 11:21:22-04
523	5055	102	Tarea 2	2024-04-06 07:05:49-04	entrega_994667.pdf	4a5f7cd98c01836640b41647befb10648c1548cc	191.125.111.41	1.6	\N	3	2024-04-20 08:05:49-04
524	5055	102	Proyecto semestral	2024-04-21 15:08:07-04	entrega_482348.docx	3c5025dc0ee7f122976928bb93eacc87c6d763ba	146.83.196.13	1.4	Bien estructurado. Falta conclusión.	3	2024-04-30 20:08:07-04
525	5055	102	Ensayo final	2024-05-20 20:01:12-04	entrega_537300.docx	5a307098eedf871d4d02fa74003faef86b0aa132	146.83.196.27	4.1	Bien estructurado. Falta conclusión.	3	2024-05-27 05:01:12-04
526	5056	111	Tarea 1	2024-06-10 00:06:11-04	entrega_550721.pdf	bdad413658665c92abcd5799927759f3034aa910	146.83.196.11	\N	\N	\N	\N
527	5056	111	Informe de laboratorio	2024-05-30 15:24:29-04	entrega_455853.pdf	c1a686af048dee12164780321114ab671138fc18	190.160.24.105	5.3	Florencia, revisa la sección 3: faltan referencias.	12	2024-06-11 00:24:29-04
528	5056	111	Ensayo final	2024-04-18 10:54:58-04	entrega_330686.docx	8b576de86c1683bfaf405bd6b0e07be3daddcc02	146.83.196.3	5.6	Revisar formato APA.	12	2024-05-01 11:54:58-04
529	5056	112	Tarea 2	2024-05-17 15:58:16-04	entrega_489221.zip	56f0111e4a7c04aae1e15714491d93e048ad028f	146.83.196.23	6.7	\N	13	2024-05-25 01:58:16-04
530	5056	112	Tarea 1	2024-04-03 04:38:49-04	entrega_906749.zip	8684cc93c1688523ef7d4da398368e30dd0cfcd0	190.160.24.105	\N	\N	\N	\N
531	5056	112	Control 1	2024-04-12 00:37:57-04	entrega_819845.pdf	c8dbba4a2f5f4f08a4d2aa1edb086553519dc9d1	190.160.24.105	4.9	\N	13	2024-04-14 00:37:57-04
532	5056	107	Informe de laboratorio	2024-04-20 14:42:29-04	entrega_634566.pdf	3efa17a4889329a8844dc6e3e0795db15e5ec8ff	146.83.196.5	2.5	\N	8	2024-04-23 00:42:29-04
533	5056	107	Ensayo final	2024-06-19 05:04:01-04	entrega_724048.zip	75ea70d63538d707da78c7f960dc85c4639242ba	146.83.196.30	\N	\N	\N	\N
534	5056	107	Control 1	2024-05-08 23:57:59-04	entrega_800585.pdf	c5b8375e05ff2a16d4e0dd00faa0e47331a18eb9	146.83.196.19	5.1	Entrega fuera de plazo, se descuenta 1 punto.	8	2024-05-20 23:57:59-04
535	5056	107	Tarea 2	2024-04-23 17:10:19-04	entrega_459582.pdf	8ed4a5947a09099dde92652a2d10e76b72c0c026	190.160.24.105	4.0	Revisar formato APA.	8	2024-05-06 19:10:19-04
536	5057	112	Ensayo final	2024-04-30 15:14:04-04	entrega_122342.pdf	9c2a2f8133c0ca23828bee91c3d0fa8bc7ee7505	186.11.249.125	3.1	\N	13	2024-05-14 19:14:04-04
537	5057	112	Proyecto semestral	2024-05-20 00:17:06-04	entrega_547052.zip	ab0d930453fc078e82ee282f8e07356ef7065802	186.11.249.125	4.0	Excelente análisis Trinidad!	13	2024-06-01 00:17:06-04
538	5057	112	Tarea 2	2024-04-13 01:41:12-04	entrega_943520.pdf	fb1e86972d795f0434b614660f9a16fc6e9b9359	179.57.53.47	4.0	\N	13	2024-04-18 02:41:12-04
539	5057	107	Control 1	2024-05-24 23:11:56-04	entrega_701676.pdf	4f838ddffaa68bee74b94c6b07638822bcb91a49	146.83.196.24	4.3	\N	8	2024-06-03 23:11:56-04
540	5057	107	Proyecto semestral	2024-06-07 02:15:54-04	entrega_207927.pdf	9b94c4c8b6a98810e6c59102d896cfb0a58999f6	186.11.249.125	3.1	Revisar formato APA.	8	2024-06-09 08:15:54-04
541	5057	107	Ensayo final	2024-04-23 18:10:19-04	entrega_179041.docx	f7a30f815a93e298a8f3215a6830fd7fc6aca104	186.11.249.125	6.4	\N	8	2024-04-27 22:10:19-04
542	5057	111	Tarea 1	2024-04-17 07:57:10-04	entrega_393785.pdf	4a70acde088e70c8fd3e8885e4b2cbbd267450f7	179.57.53.47	4.3	\N	12	2024-05-01 13:57:10-04
543	5057	111	Informe de laboratorio	2024-05-08 01:42:30-04	entrega_760595.docx	c3db721d94ccba0b9a848c5cd5c9fb46e22833df	179.57.53.47	3.0	\N	12	2024-05-15 06:42:30-04
544	5057	111	Ensayo final	2024-05-06 18:16:46-04	entrega_510962.zip	8ca567fbe94af81b1853262c5b81e6b316feb7da	179.57.53.47	1.7	Buen trabajo, Trinidad.	12	2024-05-18 19:16:46-04
545	5058	105	Tarea 2	2024-04-12 00:27:48-04	entrega_675086.pdf	e7861721c859a993a3b855a4fe35d8afd757ae17	146.83.196.11	4.2	\N	6	2024-04-16 00:27:48-04
546	5058	105	Control 1	2024-05-05 01:19:50-04	entrega_361994.pdf	ae1d1fe4ad6c64c6efccc307f5ee032172396391	179.57.23.226	\N	\N	\N	\N
547	5058	105	Proyecto semestral	2024-04-28 03:41:07-04	entrega_378494.zip	ab95b8e7d70d8facf0cba5f2b66d26f2fe15b15b	179.57.23.226	1.5	Sebastián, revisa la sección 3: faltan referencias.	6	2024-05-11 13:41:07-04
548	5058	112	Proyecto semestral	2024-05-05 11:16:15-04	entrega_414902.docx	a0fe1cbcecb981612a3ca63c327a8e4711234ecc	179.57.23.226	\N	\N	\N	\N
549	5058	112	Tarea 1	2024-06-13 11:41:48-04	entrega_256390.pdf	87b4b9c067b7a75d13d1bd92aea6be1219eb74f3	152.172.13.23	6.2	\N	13	2024-06-19 15:41:48-04
550	5058	112	Tarea 2	2024-05-14 15:08:26-04	entrega_221416.pdf	e7eb6a539eaa0da4578c29f22ef912bae0b594fa	146.83.196.7	4.6	\N	13	2024-05-24 15:08:26-04
551	5058	111	Tarea 1	2024-06-28 13:40:32-04	entrega_274190.pdf	5801bfdc8e255c3706d78ce44e09474361a3d27f	152.172.13.23	6.3	Sebastián, revisa la sección 3: faltan referencias.	12	2024-07-05 17:40:32-04
552	5058	111	Informe de laboratorio	2024-04-04 02:21:25-04	entrega_895194.pdf	9902846c51dcfd7b159a6b5ad9391f80aa257ff8	179.57.23.226	5.3	Sebastián, revisa la sección 3: faltan referencias.	12	2024-04-09 02:21:25-04
553	5058	111	Tarea 2	2024-05-14 11:29:48-04	entrega_729602.zip	d89f04f037a88306a72aa23f24991a838062aefa	179.57.23.226	1.2	\N	12	2024-05-20 15:29:48-04
554	5059	111	Tarea 1	2024-04-25 15:47:25-04	entrega_850949.zip	a69a0d8faa0b027c7ace79a6d840faacfb2beb3a	146.83.196.2	2.7	\N	12	2024-05-04 23:47:25-04
555	5059	111	Informe de laboratorio	2024-05-02 20:37:34-04	entrega_458465.docx	f7b8086b36a2909d3488137bab9afebcf14b9079	146.83.196.28	4.2	\N	12	2024-05-15 21:37:34-04
556	5059	111	Ensayo final	2024-04-10 17:37:23-04	entrega_218714.pdf	7db529c39713d01a34370baa2c2277ca3f11c47e	146.83.196.21	5.2	Revisar formato APA.	12	2024-04-14 02:37:23-04
557	5059	111	Control 1	2024-06-04 23:47:36-04	entrega_713545.pdf	30dedc2876d0cc168482273204b32534fe58d09d	179.57.97.240	2.4	\N	12	2024-06-16 03:47:36-04
558	5059	112	Tarea 2	2024-06-15 16:08:53-04	entrega_810064.pdf	9114e389312ec5fb5c221b4ac34e831de1edcce4	179.57.97.240	\N	\N	\N	\N
559	5059	112	Tarea 1	2024-06-09 13:49:38-04	entrega_719652.docx	e9b75cbb9d70d2f700a2fafcfae3947f963de601	146.83.196.12	4.5	\N	13	2024-06-13 22:49:38-04
560	5059	105	Tarea 2	2024-06-19 14:51:29-04	entrega_759254.docx	0c80264357623fe181e966aa954b3ba1c18a1501	146.83.196.15	5.5	\N	6	2024-06-21 14:51:29-04
561	5059	105	Proyecto semestral	2024-04-14 19:12:34-04	entrega_912163.pdf	43b69dcf5b9a40f240b77b08c9caaf3775529869	146.83.196.23	\N	\N	\N	\N
562	5060	111	Informe de laboratorio	2024-04-13 08:29:05-04	entrega_905050.pdf	6d8393ade82333789a4a17c93ddfd02d51b01f91	146.83.196.9	5.7	\N	12	2024-04-26 18:29:05-04
563	5060	111	Proyecto semestral	2024-05-04 18:52:02-04	entrega_193540.docx	c0bf8b0d0e8d826f28e67241d67ec24fd094fb67	152.172.200.176	4.2	\N	12	2024-05-06 20:52:02-04
564	5060	105	Tarea 2	2024-05-12 08:13:48-04	entrega_495078.docx	e10c47f6d4579635b1f391ed2e1c0fa0f662d2d1	190.161.147.177	5.0	\N	6	2024-05-16 12:13:48-04
565	5060	105	Tarea 1	2024-04-19 04:27:35-04	entrega_644674.pdf	5ee773c31e85904c749dd124680810bf92d1d288	190.161.147.177	4.9	Bien estructurado. Falta conclusión.	6	2024-04-29 13:27:35-04
566	5060	105	Informe de laboratorio	2024-06-12 06:13:55-04	entrega_211259.docx	1a37e9d3dfbcf28c4c426f7d960a8c8e7feb26d2	190.161.147.177	6.0	\N	6	2024-06-17 15:13:55-04
567	5060	112	Ensayo final	2024-04-16 23:30:37-04	entrega_185983.zip	d836fcb0029eabbd6794aa3b43d350b47beb471b	146.83.196.23	2.6	\N	13	2024-04-27 06:30:37-04
568	5060	112	Informe de laboratorio	2024-06-28 22:23:26-04	entrega_520393.pdf	b324857d976f6e7860fbc411359c465796d6f857	190.161.147.177	5.4	\N	13	2024-07-07 22:23:26-04
569	5061	112	Informe de laboratorio	2024-05-14 05:07:15-04	entrega_956139.pdf	503b662f6473c467159da0cc6df3af80c2f4a42e	146.83.196.22	3.7	Excelente análisis Trinidad!	13	2024-05-16 06:07:15-04
570	5061	112	Control 1	2024-06-18 00:10:15-04	entrega_956131.zip	0cfd87778ae910aa8c8655d391ae67b852531094	179.57.208.123	\N	\N	\N	\N
571	5061	111	Control 1	2024-04-09 08:58:19-04	entrega_724512.pdf	246edc78b609585fb9f69119badafa7e7ee51f55	179.57.208.123	6.6	\N	12	2024-04-13 16:58:19-04
572	5061	111	Tarea 2	2024-06-10 18:56:36-04	entrega_126180.zip	f912530adbbbfa5546ef33984b6f442911a8e550	179.57.208.123	3.5	\N	12	2024-06-14 01:56:36-04
573	5061	111	Informe de laboratorio	2024-05-20 22:54:13-04	entrega_156231.pdf	294a4b316a12deab5711eccc60c3520a2179b4ee	179.57.208.123	1.9	\N	12	2024-05-24 05:54:13-04
574	5061	111	Proyecto semestral	2024-04-21 03:51:20-04	entrega_183908.zip	79b5d1fa27c86f9d1e5a472880bc30de848fd8dc	146.83.196.15	\N	\N	\N	\N
575	5061	105	Tarea 1	2024-06-13 23:53:09-04	entrega_793082.zip	b455ebfc5cde74870f7e1c624678f7d4e03278ce	179.57.208.123	1.1	Buen trabajo, Trinidad.	6	2024-06-25 01:53:09-04
576	5061	105	Informe de laboratorio	2024-06-02 10:00:25-04	entrega_351530.zip	27a06fdb7e0eb21872849f8d250bf1119c9f990d	146.83.196.21	\N	\N	\N	\N
577	5062	100	Proyecto semestral	2024-04-04 18:02:49-04	entrega_588473.zip	05a2ba7f67ae656a7e76e8575df8a814e8ef5175	191.125.107.109	4.1	\N	1	2024-04-11 01:02:49-04
578	5062	100	Control 1	2024-04-18 05:41:06-04	entrega_105794.docx	08afe56f1fa4c43b89655036c5b20547aa077885	191.125.107.109	1.9	\N	1	2024-04-27 12:41:06-04
579	5062	102	Tarea 1	2024-05-18 21:09:12-04	entrega_385230.pdf	c410c26c6631f8d00140eae40daa6e439fe45353	146.83.196.3	\N	\N	\N	\N
580	5062	102	Control 1	2024-06-24 01:25:40-04	entrega_820326.pdf	ad3e4ad876a655b82790c6009957785a640712bc	146.83.196.19	2.1	\N	3	2024-07-02 09:25:40-04
581	5062	112	Tarea 2	2024-04-23 11:04:57-04	entrega_841527.pdf	95e869c7ccda7a68605d152181e548f368b5047f	191.125.107.109	\N	\N	\N	\N
582	5062	112	Informe de laboratorio	2024-05-19 10:39:41-04	entrega_460257.zip	c400891a34faaab185d0efdc0daf6735dafdc78a	191.125.107.109	\N	\N	\N	\N
583	5063	111	Informe de laboratorio	2024-05-06 22:37:16-04	entrega_288543.pdf	99870be5341024d516b0eb323f253202fe8bd019	200.104.211.238	6.3	\N	12	2024-05-18 02:37:16-04
584	5063	111	Tarea 2	2024-04-08 19:47:55-04	entrega_863942.pdf	b6354fa4cb0742e8293fa96232b535c098a00b2c	181.43.195.83	5.2	\N	12	2024-04-18 20:47:55-04
585	5063	112	Informe de laboratorio	2024-06-20 04:52:47-04	entrega_407011.pdf	deb3763b2b08bf4b6d2b3bf639edf7e62519a27d	181.43.195.83	4.2	\N	13	2024-06-28 06:52:47-04
586	5063	112	Tarea 1	2024-05-01 00:49:31-04	entrega_132105.pdf	55e5089753c400ca424212465b2627fed6c2489e	146.83.196.6	4.8	\N	13	2024-05-14 00:49:31-04
587	5063	106	Tarea 2	2024-04-14 07:13:09-04	entrega_283172.pdf	90fe0c478a25789575f2aca1708c4bbbcba96d07	200.104.211.238	\N	\N	\N	\N
588	5063	106	Proyecto semestral	2024-04-12 10:01:48-04	entrega_825984.docx	792e2ace4cf1c6b61f325edfd9d37e8aa9a2df01	200.104.211.238	\N	\N	\N	\N
589	5063	106	Control 1	2024-04-04 19:22:05-04	entrega_755872.pdf	d8dfd66fec0721d418bbc600c56a2be22886dcc4	181.43.195.83	5.7	\N	7	2024-04-17 23:22:05-04
590	5064	102	Ensayo final	2024-04-18 14:49:05-04	entrega_776709.zip	f044d2878569bb0e0c835814a5a1e814418d0e73	146.83.196.22	4.4	\N	3	2024-05-01 23:49:05-04
591	5064	102	Informe de laboratorio	2024-05-31 08:15:06-04	entrega_569633.zip	a5bbeb6fd61206fbfb6d418376743c6fd10e717a	152.172.88.113	2.3	Entrega fuera de plazo, se descuenta 1 punto.	3	2024-06-02 15:15:06-04
592	5064	102	Proyecto semestral	2024-05-27 12:11:05-04	entrega_194980.pdf	d4b8689d052dddcc06f3200e60dac1b0dface83e	152.172.88.113	\N	\N	\N	\N
593	5064	111	Tarea 1	2024-06-19 00:55:52-04	entrega_937540.zip	18c7311db9d23b4e0a48f4491b8c2d129fc9d2cc	152.172.88.113	4.3	\N	12	2024-06-21 01:55:52-04
594	5064	111	Informe de laboratorio	2024-06-25 11:38:07-04	entrega_884265.pdf	d586aee08b0f1f039a200dd489628c7200fbb2b1	146.83.196.3	2.1	\N	12	2024-06-30 21:38:07-04
595	5064	111	Tarea 2	2024-05-03 07:29:17-04	entrega_577512.pdf	50151019d4366223ecb0c4dc54c8d2c0ed9210e7	152.172.113.149	1.7	Excelente análisis Catalina!	12	2024-05-11 12:29:17-04
596	5064	112	Ensayo final	2024-05-22 11:52:36-04	entrega_844485.zip	0807852cba741b8c1db8716e2ef649cb12dc023f	146.83.196.23	7.0	Buen trabajo, Catalina.	13	2024-06-02 11:52:36-04
597	5064	112	Informe de laboratorio	2024-04-26 05:25:31-04	entrega_295825.pdf	4b5e7e6d2ee1a28227a863f2013d6f4d8bea90fa	152.172.88.113	6.0	\N	13	2024-05-07 14:25:31-04
598	5064	112	Proyecto semestral	2024-05-01 10:45:41-04	entrega_157350.pdf	e98bdb9a34e9e6efa1505b4c2c3a0f89dc4316c9	152.172.113.149	1.8	\N	13	2024-05-15 19:45:41-04
599	5064	109	Ensayo final	2024-05-23 01:03:25-04	entrega_902987.pdf	496617b32f5f15ce91b67d7687165ab872a6c2d8	152.172.88.113	5.2	\N	10	2024-05-29 01:03:25-04
600	5064	109	Control 1	2024-06-27 20:03:58-04	entrega_822825.pdf	1581d6b0514c3c43aadbadd18a1648c3bca946da	152.172.88.113	6.9	\N	10	2024-07-06 01:03:58-04
601	5064	109	Tarea 2	2024-05-07 15:12:04-04	entrega_830787.zip	255fbec0fedeb734346ab6581bf3b6588448c027	152.172.113.149	\N	\N	\N	\N
602	5065	112	Control 1	2024-05-04 08:47:48-04	entrega_356230.docx	6f21bf52d1683fe9421e05974e347a385694658b	190.160.205.8	5.9	Vicente, revisa la sección 3: faltan referencias.	13	2024-05-06 09:47:48-04
603	5065	112	Informe de laboratorio	2024-06-03 17:13:35-04	entrega_609344.pdf	702f8875d18269ffd9a5bd0124bfa34db5bebe2b	190.160.205.8	\N	\N	\N	\N
604	5065	112	Tarea 2	2024-06-19 21:04:46-04	entrega_520623.zip	e1e11023b446fdbeb6ccca578109f8216a006c19	146.83.196.18	5.9	\N	13	2024-06-28 00:04:46-04
605	5065	112	Proyecto semestral	2024-04-16 05:22:35-04	entrega_596930.docx	2f904e59e6aca913ec0bd66d86fb932f77a6814e	146.83.196.19	6.7	\N	13	2024-04-18 14:22:35-04
606	5065	102	Informe de laboratorio	2024-05-26 07:36:46-04	entrega_581781.pdf	ad2256224dd890065f186db2317dad9cccb077c4	146.83.196.22	2.6	Buen trabajo, Vicente.	3	2024-06-03 07:36:46-04
607	5065	102	Control 1	2024-06-18 00:09:21-04	entrega_874510.docx	04bdf3197402d26a4760e5e30cee1c7e1b764fc5	146.83.196.8	4.6	\N	3	2024-06-30 07:09:21-04
608	5065	102	Proyecto semestral	2024-05-23 05:55:47-04	entrega_773781.pdf	b18ea633c1b25ed27930dca1a77bffb541620021	190.160.205.8	6.3	\N	3	2024-05-26 06:55:47-04
609	5065	111	Ensayo final	2024-04-15 02:54:16-04	entrega_902908.docx	bcec8c566ea4bb53fcbe60ef27faa580bd80e7b8	190.160.205.8	5.6	Entrega fuera de plazo, se descuenta 1 punto.	12	2024-04-18 07:54:16-04
610	5065	111	Tarea 1	2024-06-16 12:50:40-04	entrega_679143.pdf	72f8a3d1c063d3f4ad870e7788cb2f16535d2305	190.160.205.8	6.4	Entrega fuera de plazo, se descuenta 1 punto.	12	2024-06-30 17:50:40-04
611	5065	111	Tarea 2	2024-06-09 15:51:20-04	entrega_781026.docx	772f37e3e8f7d4f67e2fe11c6d162ef53da05d7f	190.160.205.8	5.0	\N	12	2024-06-22 19:51:20-04
612	5065	111	Control 1	2024-06-23 06:18:00-04	entrega_297364.zip	8097a0cf28fb7f4e833f1455708c5e933de5819f	146.83.196.24	4.1	\N	12	2024-06-28 16:18:00-04
613	5066	112	Control 1	2024-04-15 19:44:18-04	entrega_297923.docx	414e064d1673978e2f86d16fd995dec82ae43440	152.172.18.47	\N	\N	\N	\N
614	5066	112	Tarea 1	2024-04-13 18:38:37-04	entrega_764301.pdf	eb3b4d53d7be806525762c08c2bb1ea74c9512d5	152.172.18.47	3.7	\N	13	2024-04-17 20:38:37-04
615	5066	112	Proyecto semestral	2024-06-15 12:38:38-04	entrega_343035.zip	73101581237c952df29f89ff98d075d8ba1fb944	146.83.196.7	1.4	Entrega fuera de plazo, se descuenta 1 punto.	13	2024-06-23 20:38:38-04
616	5066	111	Proyecto semestral	2024-04-24 01:28:25-04	entrega_365068.pdf	6745d3918d26ea20eda9c068965a0b0d23af715c	146.83.196.20	4.0	\N	12	2024-05-06 09:28:25-04
617	5066	111	Control 1	2024-04-17 04:25:45-04	entrega_389495.docx	babe5844ed086240d31038b1cd002179d3235143	152.172.18.47	4.1	\N	12	2024-05-01 13:25:45-04
618	5067	112	Ensayo final	2024-06-10 18:30:29-04	entrega_676214.pdf	57f894925ccf666376e2f49113d9c065d7e3e15a	146.83.196.29	\N	\N	\N	\N
619	5067	112	Informe de laboratorio	2024-04-14 14:44:29-04	entrega_527691.docx	bb1744113826ee3e807e3b014f8b011646d7ab8d	191.125.251.103	1.2	Entrega fuera de plazo, se descuenta 1 punto.	13	2024-04-20 19:44:29-04
620	5067	112	Proyecto semestral	2024-04-16 06:49:15-04	entrega_225544.pdf	8944dd05025a85b0ef4a3124b1d1584b925dfe4f	146.83.196.10	5.3	\N	13	2024-04-19 14:49:15-04
621	5067	112	Tarea 1	2024-05-10 08:22:06-04	entrega_898464.pdf	cbe519506fa37b898c52f7422ac8a5df17432c19	191.125.251.103	6.7	\N	13	2024-05-21 14:22:06-04
622	5067	106	Tarea 2	2024-06-12 13:26:08-04	entrega_997410.zip	0165f0502453a0b886a1cc086732a2c856c1665e	146.83.196.3	4.9	\N	7	2024-06-23 13:26:08-04
623	5067	106	Informe de laboratorio	2024-06-18 18:22:18-04	entrega_726983.docx	c786e8faff09ada8db22dcafab3b4a0708eeae64	146.83.196.18	7.0	\N	7	2024-06-30 20:22:18-04
624	5067	106	Ensayo final	2024-06-10 17:42:59-04	entrega_325461.zip	c11c351522d915e6cf47d48f24f085f3269fb5c1	146.83.196.16	5.2	\N	7	2024-06-21 18:42:59-04
625	5067	106	Tarea 1	2024-05-23 14:29:24-04	entrega_524487.docx	ed0b258b987d349743f5feb8033eefe2e98662ac	146.83.196.24	4.1	\N	7	2024-05-31 17:29:24-04
626	5067	111	Tarea 1	2024-04-12 18:06:58-04	entrega_810075.zip	402539f8e71cce159f5d67bc752ec8e979b501a8	146.83.196.17	4.0	\N	12	2024-04-18 02:06:58-04
627	5067	111	Informe de laboratorio	2024-06-21 03:36:39-04	entrega_429053.pdf	343342867b5e5ce430f1c0053ca36b3b4a536b5d	191.125.251.103	3.6	Excelente análisis Fernanda!	12	2024-07-01 12:36:39-04
628	5067	111	Tarea 2	2024-05-16 19:56:17-04	entrega_206953.pdf	2ae9f1c4a67ae168c2d889a4e6453d5062406f2e	191.125.251.103	5.2	Entrega fuera de plazo, se descuenta 1 punto.	12	2024-05-25 04:56:17-04
629	5067	111	Ensayo final	2024-04-06 08:47:21-04	entrega_263932.zip	b57c81cf1a97f1d2d68e368598a02b588e88fd51	146.83.196.22	\N	\N	\N	\N
630	5068	100	Control 1	2024-04-24 17:28:04-04	entrega_771354.docx	cdd4938bce599e49e8b7700c3faa5de1016ac55b	146.83.196.21	5.4	\N	1	2024-05-05 19:28:04-04
631	5068	100	Informe de laboratorio	2024-06-20 18:13:06-04	entrega_950266.zip	897d4db9649aaa46c683761d28eb447a16733d63	152.172.36.141	5.0	\N	1	2024-07-04 04:13:06-04
632	5068	100	Ensayo final	2024-04-04 04:02:22-04	entrega_245386.docx	4dbfc8cc56ac7fda3a05fc90767648847e490678	190.160.204.17	1.0	\N	1	2024-04-16 13:02:22-04
633	5068	100	Proyecto semestral	2024-05-17 05:56:39-04	entrega_303127.pdf	14399152eda009f7f595e59c87174ed5fdfa0228	152.172.36.141	3.2	\N	1	2024-05-22 14:56:39-04
634	5068	101	Tarea 2	2024-04-13 20:57:55-04	entrega_684017.pdf	50451dcabcd81270519bf333a4e71dd14f271082	146.83.196.24	6.3	\N	2	2024-04-26 02:57:55-04
635	5068	101	Proyecto semestral	2024-04-17 01:51:14-04	entrega_654144.pdf	566ba89ce612f23eac9f00b030c6deb730061945	152.172.36.141	3.1	\N	2	2024-04-19 08:51:14-04
636	5068	101	Control 1	2024-05-14 13:25:04-04	entrega_755178.pdf	887970b1b5cc5cc24c4ce0a0e49f7bc66d7dee5c	190.160.204.17	6.5	\N	2	2024-05-23 14:25:04-04
637	5068	109	Control 1	2024-04-07 03:23:24-04	entrega_403337.pdf	3f420d6c9b5c006a623a09501b2312a7527a5c36	146.83.196.5	1.7	\N	10	2024-04-10 07:23:24-04
638	5068	109	Ensayo final	2024-06-25 11:24:07-04	entrega_111821.pdf	c25f6e612039368a9b4f0de06c7f9f452ab4fb1c	190.160.204.17	3.0	Buen trabajo, Agustín.	10	2024-07-01 17:24:07-04
639	5068	109	Tarea 2	2024-06-21 16:59:25-04	entrega_591545.docx	4cec6c876172d70b8a3544a7fba468473d223d1c	152.172.36.141	3.2	\N	10	2024-06-24 22:59:25-04
640	5069	112	Proyecto semestral	2024-06-16 12:56:13-04	entrega_796399.zip	27af319549ae638b6721c4f77e7e14e002e3b437	152.172.187.128	5.8	\N	13	2024-06-18 16:56:13-04
641	5069	112	Control 1	2024-05-18 20:32:54-04	entrega_168789.pdf	11c3b472a1640d88b0da723a48c763274caa6e2d	146.83.196.4	3.7	\N	13	2024-05-21 06:32:54-04
642	5069	112	Ensayo final	2024-04-07 15:48:49-04	entrega_194544.pdf	ee92c9b3054c00fc3989cc1011203a1dad5bd1e6	146.83.196.13	5.7	Excelente análisis Benjamín!	13	2024-04-21 21:48:49-04
643	5069	112	Informe de laboratorio	2024-05-19 21:40:02-04	entrega_543583.zip	957b0a74071b981dff76929fdc1f39577d4182e8	146.83.196.9	3.3	Revisar formato APA.	13	2024-05-25 05:40:02-04
644	5069	108	Proyecto semestral	2024-06-08 01:55:35-04	entrega_766884.pdf	646f9bf82b65598235e8aafc7805506c99e02efa	152.172.187.128	3.5	\N	9	2024-06-16 01:55:35-04
645	5069	108	Tarea 2	2024-06-02 01:05:07-04	entrega_932252.zip	dc8813e9dafb73e315601fda8a734aa82a91d521	152.172.187.128	1.1	\N	9	2024-06-08 02:05:07-04
646	5069	108	Tarea 1	2024-04-27 07:27:48-04	entrega_815794.pdf	48d0cb5a9de02edbca66a39cbfbc89417e33e6fd	152.172.187.128	4.3	Revisar formato APA.	9	2024-05-09 11:27:48-04
647	5069	108	Informe de laboratorio	2024-05-22 14:01:41-04	entrega_108341.pdf	bc68d7c610400e8b1bdc0467c7d40cb93a5cce6c	152.172.187.128	\N	\N	\N	\N
648	5069	111	Tarea 1	2024-04-26 23:29:53-04	entrega_389485.pdf	724288285ac9ceed8da0ff83ef8096dac2899ee8	152.172.187.128	4.4	\N	12	2024-05-03 08:29:53-04
649	5069	111	Control 1	2024-06-13 14:37:12-04	entrega_490893.docx	ac1d1bec5d6112cf24fece42b7889955b408339a	152.172.187.128	2.4	Bien estructurado. Falta conclusión.	12	2024-06-25 14:37:12-04
650	5069	111	Informe de laboratorio	2024-04-08 03:49:15-04	entrega_805528.pdf	92b2ce01d2401ae65ec0e77ff96865a664c3f410	152.172.187.128	6.6	Bien estructurado. Falta conclusión.	12	2024-04-15 11:49:15-04
651	5069	111	Ensayo final	2024-06-02 08:17:33-04	entrega_629032.docx	dbb19b5c870d3594278088b03d25bd2fd89f7b4f	152.172.187.128	2.9	\N	12	2024-06-10 17:17:33-04
652	5070	100	Informe de laboratorio	2024-05-19 16:52:50-04	entrega_152892.pdf	8fae29088a5554c1c9f832e6f2d2a60abc0df325	200.104.72.185	4.1	\N	1	2024-06-02 19:52:50-04
653	5070	100	Proyecto semestral	2024-04-15 22:28:08-04	entrega_596698.zip	9a9bdf92f9927bd229d5463f19388f3bc6cde733	146.83.196.25	1.8	Martín, revisa la sección 3: faltan referencias.	1	2024-04-18 01:28:08-04
654	5070	100	Ensayo final	2024-06-19 22:48:30-04	entrega_541087.pdf	f67465115a039695bf7cd325f9d1cf383e91b895	146.83.196.27	\N	\N	\N	\N
655	5070	100	Control 1	2024-04-13 03:15:13-04	entrega_563269.pdf	3a91c76e53de96f2b4ac4ce80ad1260ecee13259	146.83.196.14	\N	\N	\N	\N
656	5070	111	Tarea 1	2024-06-07 14:31:20-04	entrega_515276.pdf	94172dd60c1c95f68bcc0b18385597fd97d7b8ea	200.104.72.185	3.0	\N	12	2024-06-17 14:31:20-04
657	5070	111	Control 1	2024-04-29 03:00:15-04	entrega_587034.pdf	6ae205a77c98d95c839b515c7c722e0e7a349f7d	146.83.196.17	5.4	\N	12	2024-05-01 12:00:15-04
658	5070	111	Informe de laboratorio	2024-06-20 21:52:19-04	entrega_351417.pdf	ea9afdc8f44143ef1a3141ac830e116dee87e019	200.104.72.185	6.2	\N	12	2024-06-27 02:52:19-04
659	5070	109	Control 1	2024-06-04 22:31:43-04	entrega_845061.pdf	497b75e7657010dac3436117f4d05584d99cecc3	200.104.72.185	\N	\N	\N	\N
660	5070	109	Tarea 2	2024-04-03 21:51:06-04	entrega_314912.pdf	36fb59124e211c2961283b7fd1c0d0330e4082ff	146.83.196.28	2.2	\N	10	2024-04-13 00:51:06-04
661	5071	111	Ensayo final	2024-05-01 13:06:27-04	entrega_115468.pdf	ddbe9b06fabc7d4b582a9bc33f202df62dac4c9d	200.104.167.225	6.9	\N	12	2024-05-13 14:06:27-04
662	5071	111	Informe de laboratorio	2024-06-17 23:37:21-04	entrega_645968.pdf	d228cfa167914e889d79611fbab1bc72d1bcdcf6	200.104.167.225	1.5	\N	12	2024-06-24 07:37:21-04
663	5071	112	Ensayo final	2024-06-05 08:06:49-04	entrega_448552.docx	fc7a543f58b30f582c5224c77b2605422b5de919	146.83.196.24	4.6	\N	13	2024-06-12 08:06:49-04
664	5071	112	Tarea 2	2024-05-03 02:10:11-04	entrega_763863.pdf	98d4a4a43ff301c2d38d6d686c71e000f3975dc4	200.104.167.225	\N	\N	\N	\N
665	5071	112	Informe de laboratorio	2024-04-14 20:15:10-04	entrega_280657.docx	504e51846a6b46b45f9d70f20dbdb6253e150530	191.125.151.103	\N	\N	\N	\N
666	5071	106	Control 1	2024-04-06 01:57:33-04	entrega_993436.docx	cdfd091f40e4c62797f8db1f3f3680fdaea637d7	200.104.167.225	\N	\N	\N	\N
667	5071	106	Informe de laboratorio	2024-05-02 04:42:30-04	entrega_922329.docx	b923c66dac5077c4e6f26c50f4eb2c469b4ca76c	191.125.151.103	4.8	\N	7	2024-05-04 06:42:30-04
668	5072	111	Ensayo final	2024-05-16 17:53:08-04	entrega_987040.zip	1fb8496c008fbb5f8706bafa461f0d701825dc3b	186.11.248.186	2.7	Buen trabajo, Isidora.	12	2024-05-22 03:53:08-04
669	5072	111	Tarea 1	2024-04-27 06:07:06-04	entrega_448518.docx	e5dedffcb06fc0b5a33b4fa3dcbcf9047debb563	186.11.248.186	6.0	\N	12	2024-05-07 13:07:06-04
670	5072	111	Proyecto semestral	2024-05-06 13:31:23-04	entrega_187262.zip	f875d7d6e63d8cfca10feac9199677a8a4ea8a3f	186.11.248.186	3.5	\N	12	2024-05-18 18:31:23-04
671	5072	111	Tarea 2	2024-05-07 18:37:05-04	entrega_842612.docx	cd27f007aac60e001b852ca0c3c52e1620d1f8a3	200.104.134.89	5.6	\N	12	2024-05-10 03:37:05-04
672	5072	110	Ensayo final	2024-04-24 15:51:07-04	entrega_908412.pdf	3fb4e2da8cc11861f6ba0ad57a45b375eae3b2e6	146.83.196.19	4.0	Bien estructurado. Falta conclusión.	11	2024-05-07 21:51:07-04
673	5072	110	Proyecto semestral	2024-04-10 05:55:01-04	entrega_122833.zip	e18fdec927575cad1d0de84184189d90d88b3708	186.11.248.186	\N	\N	\N	\N
674	5072	110	Tarea 1	2024-05-13 15:50:32-04	entrega_701882.pdf	0ce9f4e0ce158f501cb177a29cc802b1652f12c6	146.83.196.12	1.7	\N	11	2024-05-22 00:50:32-04
675	5072	103	Tarea 1	2024-05-12 18:00:36-04	entrega_557894.pdf	f1aae883b5e348f02f7f3e50f04f57ea108838e7	200.104.134.89	5.3	\N	4	2024-05-19 19:00:36-04
676	5072	103	Informe de laboratorio	2024-06-28 22:33:17-04	entrega_949349.zip	458ac79762584ce09d5b6d337925d6ebb8cea10d	146.83.196.17	5.5	\N	4	2024-07-04 02:33:17-04
677	5072	103	Ensayo final	2024-06-27 17:39:25-04	entrega_382318.zip	380459cfbfab1d0d8714da9301c8dde1214caf85	186.11.248.186	2.1	\N	4	2024-07-05 22:39:25-04
678	5072	103	Tarea 2	2024-04-10 08:47:07-04	entrega_431595.zip	7b54738d42e850e34e272f6e946c16d28a997209	186.11.248.186	2.9	\N	4	2024-04-14 08:47:07-04
679	5073	108	Informe de laboratorio	2024-04-23 02:19:58-04	entrega_645872.pdf	90c20b897fc2b6cb3bf47d8b153cb27bbf29789c	191.125.145.137	6.1	\N	9	2024-05-07 05:19:58-04
680	5073	108	Ensayo final	2024-04-06 02:17:49-04	entrega_991044.docx	3c4dd92660c2777fcb418d0680e2fb6992a33895	146.83.196.8	2.7	\N	9	2024-04-13 05:17:49-04
681	5073	108	Control 1	2024-05-23 20:31:51-04	entrega_205633.pdf	c685987b7d25834e2e7d4ec05bb05b3c017ce11d	191.125.145.137	2.4	\N	9	2024-05-28 02:31:51-04
682	5073	112	Ensayo final	2024-04-21 13:03:27-04	entrega_912476.pdf	70e7a6441a066c13baf896ddd9cfc64ad9b91a40	191.125.145.137	4.4	\N	13	2024-04-23 18:03:27-04
683	5073	112	Proyecto semestral	2024-04-18 20:07:50-04	entrega_722076.docx	8444fe70f1c1d6926c901cea9dea056d75c79962	146.83.196.23	1.0	Bien estructurado. Falta conclusión.	13	2024-04-24 04:07:50-04
684	5073	111	Informe de laboratorio	2024-06-07 07:56:35-04	entrega_962266.pdf	5d93d5f4acd96b0549c137088175fdf476df6ab1	191.125.145.137	3.5	\N	12	2024-06-12 08:56:35-04
685	5073	111	Proyecto semestral	2024-04-02 10:04:04-04	entrega_424102.docx	afa8127d083d2de76a8dc4462a6b3f5be9112f08	191.125.145.137	1.3	Florencia, revisa la sección 3: faltan referencias.	12	2024-04-08 18:04:04-04
686	5073	111	Tarea 2	2024-04-29 03:30:17-04	entrega_143785.zip	c1e0b346c4b953528e0d1dd18116ec30527222ed	191.125.145.137	\N	\N	\N	\N
687	5073	111	Ensayo final	2024-05-12 08:41:16-04	entrega_545493.zip	e7dc4e1bcc89ed1992760d109fb3eb993098ee1d	191.125.145.137	2.1	\N	12	2024-05-18 13:41:16-04
688	5074	105	Proyecto semestral	2024-04-24 21:04:00-04	entrega_885917.docx	752f8c40d856ec9cc19155588d8625524c4dc473	152.172.187.68	\N	\N	\N	\N
689	5074	105	Informe de laboratorio	2024-04-01 14:19:37-04	entrega_368010.pdf	5b4b7d6b0bb18865c258bdecb78ac139c48b976d	152.172.187.68	7.0	\N	6	2024-04-03 15:19:37-04
690	5074	105	Tarea 1	2024-05-14 02:35:36-04	entrega_398915.zip	cacd68c3852a2ac360c8b68312c2f7e322f32268	146.83.196.17	2.1	Bien estructurado. Falta conclusión.	6	2024-05-24 10:35:36-04
691	5074	105	Tarea 2	2024-05-14 21:06:47-04	entrega_370085.zip	451c65b651366d2e4084db781a3794771fd7b607	152.172.187.68	5.6	\N	6	2024-05-17 06:06:47-04
692	5074	111	Ensayo final	2024-06-08 07:13:17-04	entrega_669262.pdf	4ad55fd68293074c56a11bd2ff65c5792ffbc419	146.83.196.6	2.6	\N	12	2024-06-15 08:13:17-04
693	5074	111	Tarea 1	2024-05-06 17:26:43-04	entrega_924160.pdf	7013ac19b3e7aa3076d42e1b6c22ddd95f858943	200.104.197.112	6.0	Revisar formato APA.	12	2024-05-18 00:26:43-04
694	5074	111	Tarea 2	2024-04-21 10:54:56-04	entrega_644577.pdf	1c9def8ef3764657699ca14d6314195f862a43f1	146.83.196.27	2.0	Bien estructurado. Falta conclusión.	12	2024-05-01 10:54:56-04
695	5074	112	Informe de laboratorio	2024-05-27 00:29:58-04	entrega_665831.zip	9f3c60e6255b0f0114ec8ebdf83338f139af554e	152.172.187.68	4.2	\N	13	2024-05-30 07:29:58-04
696	5074	112	Tarea 2	2024-04-24 18:31:25-04	entrega_666112.pdf	bb5ffa0fb5163e912149b2a70f45fb89add0457e	152.172.187.68	2.8	\N	13	2024-05-04 00:31:25-04
697	5074	112	Ensayo final	2024-06-23 13:55:20-04	entrega_233859.pdf	def63cf190b2afb4ebd18aedc8eb625b3c0968c3	152.172.187.68	4.8	Tomás, revisa la sección 3: faltan referencias.	13	2024-07-02 22:55:20-04
698	5075	105	Ensayo final	2024-05-14 03:43:19-04	entrega_933590.pdf	ade2005aad0a20eaac58035e6262f0ecf6f61179	152.172.142.210	6.5	\N	6	2024-05-26 03:43:19-04
699	5075	105	Control 1	2024-06-16 18:25:09-04	entrega_492937.zip	541803cf37b300130d856d035b6e5a5b2cf1356d	146.83.196.3	\N	\N	\N	\N
700	5075	112	Tarea 2	2024-05-15 20:06:12-04	entrega_918642.pdf	e97c7371a3fb5c16ebc6cec90166f82384a62928	146.83.196.28	2.7	\N	13	2024-05-23 06:06:12-04
701	5075	112	Control 1	2024-06-26 05:46:10-04	entrega_351807.pdf	be94c3618c98fa9cd2585c7747758cdbfe499dcb	181.43.10.54	4.4	\N	13	2024-07-05 14:46:10-04
702	5075	112	Ensayo final	2024-04-30 01:44:50-04	entrega_538446.pdf	dff76c9a9bc80d9dc4aa5fb040e472bb74bd6bf6	146.83.196.23	4.6	Florencia, revisa la sección 3: faltan referencias.	13	2024-05-05 09:44:50-04
703	5075	112	Proyecto semestral	2024-05-11 08:21:39-04	entrega_265517.pdf	21670a9b5f263ff862a4c4976d7913214d4cd427	152.172.142.210	6.3	\N	13	2024-05-21 14:21:39-04
704	5075	111	Proyecto semestral	2024-04-05 19:38:41-04	entrega_873644.pdf	327abc6fd35fe0b31bdcc0a5ac1a5084944ee5f8	146.83.196.9	4.7	Entrega fuera de plazo, se descuenta 1 punto.	12	2024-04-11 04:38:41-04
705	5075	111	Tarea 2	2024-04-21 03:32:51-04	entrega_404546.pdf	b75086e952e84191ad3f419cb79f2f1088735f1b	146.83.196.7	6.7	Revisar formato APA.	12	2024-04-29 03:32:51-04
706	5075	111	Tarea 1	2024-05-31 05:51:12-04	entrega_314852.docx	10ca9ff2cb9a43bd4d01052d2acbcb1084c7a684	181.43.10.54	3.3	\N	12	2024-06-12 05:51:12-04
707	5075	111	Ensayo final	2024-04-04 19:31:53-04	entrega_811158.pdf	7d2025d65ab0b1532cd73a0ebdadc883d9bfb239	181.43.10.54	\N	\N	\N	\N
708	5076	101	Control 1	2024-04-19 17:17:21-04	entrega_112519.docx	1f2e1c62cb2a0573fc59dff943d4f3dcca2faddc	200.104.38.88	5.1	Bien estructurado. Falta conclusión.	2	2024-04-30 03:17:21-04
709	5076	101	Ensayo final	2024-04-16 11:37:25-04	entrega_201702.docx	0154e752a0fcce3f3109932f20e9c288aaf6cc13	146.83.196.11	6.0	\N	2	2024-04-24 11:37:25-04
710	5076	101	Informe de laboratorio	2024-06-02 19:16:03-04	entrega_200703.zip	d25146fe7aeebc461fec0cd88db25dc4dc0f2b68	146.83.196.24	5.8	\N	2	2024-06-15 23:16:03-04
711	5076	112	Control 1	2024-04-18 12:33:47-04	entrega_205962.pdf	ca4530f9be867330f82d335d8e27571bcdcc8c8f	200.104.38.88	3.6	\N	13	2024-04-28 20:33:47-04
712	5076	112	Tarea 1	2024-04-30 22:13:31-04	entrega_604255.docx	2e0abaf9ce1310d23007fa26a3b6d893c36c5288	191.125.128.119	4.7	\N	13	2024-05-13 03:13:31-04
713	5076	112	Tarea 2	2024-04-09 15:14:23-04	entrega_445562.docx	cf574b93ec8c761adc37f755761188d2fd9603bd	191.125.128.119	4.5	Revisar formato APA.	13	2024-04-20 17:14:23-04
714	5076	112	Ensayo final	2024-05-26 18:26:12-04	entrega_341065.zip	6570457ccfb60d8a46bdef619a7ca52c2bd97c52	200.104.38.88	1.3	\N	13	2024-06-05 02:26:12-04
715	5076	111	Ensayo final	2024-06-07 08:05:16-04	entrega_681105.docx	3b9ac7a87ca0c08a18540c3f6372d6caa90ddc18	146.83.196.6	4.5	Bien estructurado. Falta conclusión.	12	2024-06-20 14:05:16-04
716	5076	111	Informe de laboratorio	2024-06-17 09:35:45-04	entrega_367257.pdf	3e99edf196df0d575c1f2095ca0c6b801cc463cc	146.83.196.29	1.3	Lucas, revisa la sección 3: faltan referencias.	12	2024-06-24 18:35:45-04
717	5076	111	Control 1	2024-05-26 08:21:13-04	entrega_645824.pdf	2bf6325f7a95b40c28383eae346305d490df1218	146.83.196.14	2.2	\N	12	2024-06-05 09:21:13-04
718	5076	111	Tarea 2	2024-05-08 14:46:33-04	entrega_848309.pdf	00239b44bb26d6fe529235ffd04ad69559312156	191.125.128.119	1.3	\N	12	2024-05-13 16:46:33-04
719	5076	100	Control 1	2024-05-08 20:37:06-04	entrega_679794.pdf	9f1e4f6834e91eb21244dd84cc94df466d1a544f	146.83.196.11	\N	\N	\N	\N
720	5076	100	Tarea 2	2024-05-06 15:38:48-04	entrega_205298.pdf	a82fe2910a0ed04a92e1011a97885194b893deeb	200.104.38.88	3.0	\N	1	2024-05-11 18:38:48-04
721	5077	111	Control 1	2024-06-21 07:41:18-04	entrega_647438.pdf	26d45211496e53971ab96cf00aec5b183ed15066	146.83.196.17	6.0	\N	12	2024-06-29 10:41:18-04
722	5077	111	Ensayo final	2024-06-16 21:00:57-04	entrega_911518.zip	fb593a19fcb93698f7e64f5a3160e1a01c61350f	146.83.196.7	3.7	Buen trabajo, Francisca.	12	2024-06-28 02:00:57-04
723	5077	111	Tarea 2	2024-06-14 23:13:34-04	entrega_179209.pdf	aeec65e625555a4c2177dec0b9ad4eed6e72e2e8	146.83.196.22	6.2	\N	12	2024-06-20 00:13:34-04
724	5077	107	Informe de laboratorio	2024-06-21 22:06:27-04	entrega_510268.pdf	63a78c2c1687c1554fcc1ad51b8ef86051a6e1f7	186.11.105.200	4.5	Entrega fuera de plazo, se descuenta 1 punto.	8	2024-07-01 04:06:27-04
725	5077	107	Tarea 1	2024-05-03 14:06:41-04	entrega_798517.pdf	8998867aaf70cfb55506aeb487e60b1af22010a3	146.83.196.25	5.3	\N	8	2024-05-05 17:06:41-04
726	5077	107	Control 1	2024-06-23 12:40:52-04	entrega_789747.pdf	d9eed4fa39df69c98c16de08988dcd87cb342e2a	186.11.105.200	1.3	\N	8	2024-07-06 19:40:52-04
727	5077	112	Proyecto semestral	2024-04-09 13:21:38-04	entrega_963551.pdf	b0c63ffa767f3e93b9f8518b196a65286ab62c9e	186.11.105.200	\N	\N	\N	\N
728	5077	112	Informe de laboratorio	2024-06-11 12:24:50-04	entrega_797676.zip	6b808c2b6886aa19a030d2db9c3c786df863f831	186.11.105.200	\N	\N	\N	\N
729	5077	112	Control 1	2024-05-12 08:05:01-04	entrega_505050.zip	9a5865faafe0b479092b6957dfeb2178d23d0218	146.83.196.10	\N	\N	\N	\N
730	5078	107	Ensayo final	2024-05-01 15:27:47-04	entrega_439899.pdf	b2ed42b828fc53feca35445a361058e2f2ccfd83	190.160.64.17	\N	\N	\N	\N
731	5078	107	Proyecto semestral	2024-04-19 00:33:25-04	entrega_300271.pdf	d67032dffe6742c8fb32d061451b27594e62856e	186.11.134.75	6.3	\N	8	2024-05-02 07:33:25-04
732	5078	107	Informe de laboratorio	2024-05-02 17:49:30-04	entrega_566019.pdf	5685d517c3d79d6a5407a292bafcdbe8dcc7cf3e	190.160.64.17	2.9	\N	8	2024-05-12 23:49:30-04
733	5078	111	Tarea 2	2024-06-09 00:12:20-04	entrega_671950.pdf	388cd095087b7c4660b868cc1f2f6212103a3a41	146.83.196.22	6.1	\N	12	2024-06-20 09:12:20-04
734	5078	111	Control 1	2024-04-01 18:25:14-04	entrega_170963.pdf	3129222fc34490ab4766ab6d0d6b5431bf1e9def	146.83.196.18	6.0	Tomás, revisa la sección 3: faltan referencias.	12	2024-04-16 04:25:14-04
735	5078	111	Ensayo final	2024-04-18 09:36:30-04	entrega_804256.pdf	a64e10dc70a0b9779ef80a90b7a6f9d7e4162768	146.83.196.16	4.9	Revisar formato APA.	12	2024-04-29 15:36:30-04
736	5078	112	Tarea 2	2024-05-26 09:36:58-04	entrega_475147.pdf	0495b4dc785b654e9b38dea179e0ea16996963fb	186.11.134.75	5.4	\N	13	2024-06-03 18:36:58-04
737	5078	112	Informe de laboratorio	2024-06-22 08:48:23-04	entrega_384226.zip	9d14169ff805ea8b3ef78a8728279cd498609e84	190.160.64.17	4.0	\N	13	2024-06-24 09:48:23-04
738	5079	111	Tarea 1	2024-04-20 05:01:45-04	entrega_728990.pdf	968afcccc7264b70925b9c9f8729b933c4aa1104	190.161.79.49	\N	\N	\N	\N
739	5079	111	Proyecto semestral	2024-05-03 08:55:34-04	entrega_736774.pdf	4982d7f9c61bca42da18107ae330f97aa9eb800f	146.83.196.6	4.6	\N	12	2024-05-10 08:55:34-04
740	5079	111	Control 1	2024-06-03 01:21:01-04	entrega_892320.zip	c7b3298adc70f3201d52e5d3a7f65f198894e7c8	146.83.196.8	\N	\N	\N	\N
741	5079	112	Informe de laboratorio	2024-06-06 13:29:03-04	entrega_154195.pdf	53cfa66b7e8f9cb1df87835573343b40dd37d84f	146.83.196.6	2.3	\N	13	2024-06-20 23:29:03-04
742	5079	112	Control 1	2024-06-25 00:41:52-04	entrega_689874.zip	d93e5ec15b5d46cb1def6743faac09af3ad33ad1	190.161.79.49	2.1	Bien estructurado. Falta conclusión.	13	2024-07-05 00:41:52-04
743	5079	112	Ensayo final	2024-04-17 10:15:36-04	entrega_904702.zip	12570bdc995044609304b661f1064b3de869ccb5	190.161.79.49	4.0	Excelente análisis Paula!	13	2024-04-29 14:15:36-04
744	5079	109	Tarea 2	2024-06-13 16:23:58-04	entrega_964280.pdf	435f6b534e63ab6c45b7f2b3b1f185ccf14d22f3	146.83.196.15	2.1	\N	10	2024-06-25 19:23:58-04
745	5079	109	Control 1	2024-05-21 22:27:14-04	entrega_333837.pdf	1725c9e124ed6b6b0b0a948e05b8359397b78657	190.161.79.49	3.6	\N	10	2024-06-02 05:27:14-04
746	5079	109	Proyecto semestral	2024-04-10 15:50:57-04	entrega_426617.pdf	85ea56506c58dd671bee27005344d2920f2fa18c	146.83.196.3	2.7	\N	10	2024-04-22 00:50:57-04
747	5079	102	Control 1	2024-05-10 00:47:46-04	entrega_507373.zip	4d3cb2cbcb51bc27f66840d8589dda7161339fb4	190.161.79.49	5.6	\N	3	2024-05-24 10:47:46-04
748	5079	102	Tarea 2	2024-06-01 23:08:31-04	entrega_789196.pdf	385e87bfb60f1573261d811f90c87e79fb717d4a	179.57.152.210	3.2	Entrega fuera de plazo, se descuenta 1 punto.	3	2024-06-15 01:08:31-04
749	5079	102	Proyecto semestral	2024-05-02 14:58:34-04	entrega_516911.pdf	e8f9b54cf85445a568bb789b49715bc4a2bc587d	146.83.196.20	3.9	\N	3	2024-05-09 14:58:34-04
750	5079	100	Proyecto semestral	2024-06-17 00:24:38-04	entrega_532485.docx	1b22c9815af7ef7e1884fe4aadc26a90646a3cd6	190.161.79.49	1.8	Entrega fuera de plazo, se descuenta 1 punto.	1	2024-06-21 06:24:38-04
751	5079	100	Ensayo final	2024-04-12 01:42:20-04	entrega_474454.pdf	3f3fedff6dd67fc6b4251b8fc4007382588dfa50	146.83.196.4	4.3	Excelente análisis Paula!	1	2024-04-19 08:42:20-04
752	5079	100	Control 1	2024-04-23 11:16:14-04	entrega_475751.docx	66c749f8ae9e7b8805010eafdf75e17479120f12	179.57.152.210	2.2	Entrega fuera de plazo, se descuenta 1 punto.	1	2024-04-28 14:16:14-04
753	5080	109	Proyecto semestral	2024-05-01 02:04:09-04	entrega_446050.docx	2fa05efbac0574fd807282cb859364c3ee6968c1	181.43.250.49	4.2	Buen trabajo, Martina.	10	2024-05-12 02:04:09-04
754	5080	109	Informe de laboratorio	2024-06-21 06:54:41-04	entrega_589560.zip	a7084a186d3cae9aa01c305c8699f32f953e1cf4	146.83.196.4	4.3	\N	10	2024-06-27 14:54:41-04
755	5080	109	Ensayo final	2024-05-10 08:20:21-04	entrega_454258.pdf	35230517b2d45c7bec3a325f90f5dc8f5a842270	146.83.196.21	5.7	Excelente análisis Martina!	10	2024-05-23 08:20:21-04
756	5080	100	Informe de laboratorio	2024-06-04 12:59:13-04	entrega_249360.pdf	3039fcd8aab156712d2b27b2491fca0abc71299d	181.43.250.49	5.1	\N	1	2024-06-15 15:59:13-04
757	5080	100	Ensayo final	2024-04-04 15:35:56-04	entrega_221051.pdf	32ca033e2fa9dc05b4f2da2878176427e0797253	181.43.250.49	\N	\N	\N	\N
758	5080	101	Proyecto semestral	2024-05-02 08:31:32-04	entrega_863716.pdf	8e8bcf6f18bbfb2ea4559aecbb536167fc1837aa	181.43.250.49	6.6	\N	2	2024-05-12 09:31:32-04
759	5080	101	Tarea 2	2024-06-16 13:18:12-04	entrega_285057.pdf	9c215f6394753032e64e5cdca12bdafc4e8ab33d	181.43.250.49	1.0	\N	2	2024-06-22 21:18:12-04
760	5080	101	Control 1	2024-06-07 20:35:37-04	entrega_760063.pdf	061fe4abd90ffcf074d5a01e046267bc431bafcc	146.83.196.4	4.9	\N	2	2024-06-18 00:35:37-04
761	5080	102	Tarea 2	2024-05-19 16:24:14-04	entrega_572692.zip	0c2226ddaf549ebeb8f56d36c5781aa8293a7f99	146.83.196.7	4.0	\N	3	2024-05-22 22:24:14-04
762	5080	102	Control 1	2024-06-24 15:09:27-04	entrega_806032.docx	874f7108a7d3652317ad0c596214655adf44ffb1	146.83.196.16	6.2	Bien estructurado. Falta conclusión.	3	2024-07-02 23:09:27-04
763	5080	102	Informe de laboratorio	2024-04-07 07:47:52-04	entrega_591636.zip	36fa791ed4fe0a33efd6d8b685e26a7f62050533	181.43.250.49	2.1	Bien estructurado. Falta conclusión.	3	2024-04-11 08:47:52-04
764	5080	102	Proyecto semestral	2024-04-29 12:15:43-04	entrega_969577.pdf	c32eafc716365dc3e9d9ccee4b130e71c967221f	181.43.250.49	\N	\N	\N	\N
765	5081	112	Control 1	2024-04-13 12:14:01-04	entrega_304102.pdf	80f1bf1494fb85ba4716a11e0c4e274c8b91798d	191.125.138.241	2.7	\N	13	2024-04-21 21:14:01-04
766	5081	112	Informe de laboratorio	2024-06-27 00:44:24-04	entrega_185693.docx	75e6246ee1d853a09855689981e030b4213b7822	146.83.196.15	2.5	Buen trabajo, Matías.	13	2024-06-30 10:44:24-04
767	5081	112	Proyecto semestral	2024-04-27 04:35:40-04	entrega_523182.docx	27c2a4445f84e8631eac13ec1d3e6a3cb41ee3f5	191.125.138.241	\N	\N	\N	\N
768	5081	112	Ensayo final	2024-04-04 04:14:14-04	entrega_663372.pdf	6f3038e5997017293187e1e66cca63b5c78f34e4	191.125.138.241	\N	\N	\N	\N
769	5081	111	Informe de laboratorio	2024-06-07 11:13:34-04	entrega_543849.pdf	4a350b404a466decce95b5043c60723918561ab2	146.83.196.16	4.5	\N	12	2024-06-21 16:13:34-04
770	5081	111	Proyecto semestral	2024-05-30 04:15:43-04	entrega_853243.zip	812a62acd600df2c89465bd452124390cec89c3b	146.83.196.7	2.0	\N	12	2024-06-03 09:15:43-04
771	5081	106	Ensayo final	2024-04-28 03:16:54-04	entrega_682445.docx	cc6e096ea6cff3900b3470dc54c0fb7b61141e34	191.125.138.241	6.5	\N	7	2024-05-06 10:16:54-04
772	5081	106	Control 1	2024-06-11 00:36:59-04	entrega_193771.zip	a780b9581c59e3f1b2eec51d527a204b2faf714f	191.125.138.241	2.7	\N	7	2024-06-16 09:36:59-04
773	5081	106	Tarea 1	2024-06-28 02:26:59-04	entrega_569157.zip	0e61714ee5d0c9fe9f7cb568ab3794472c6bc436	191.125.138.241	\N	\N	\N	\N
774	5081	106	Proyecto semestral	2024-05-12 12:31:32-04	entrega_641977.zip	8214aa7d82ed82e312a0a903ec12bd005caa9724	190.160.72.159	6.0	Revisar formato APA.	7	2024-05-19 13:31:32-04
775	5082	109	Proyecto semestral	2024-05-26 08:45:47-04	entrega_252087.pdf	ea0e1cf78d1d454428f64f7ed362da3ff131c2f6	186.11.15.115	6.0	Excelente análisis Gaspar!	10	2024-06-04 15:45:47-04
776	5082	109	Tarea 2	2024-06-01 17:02:49-04	entrega_745105.zip	3cab0a1f4f4aa2c9cd79c741b5ba43f763dc8773	186.11.15.115	\N	\N	\N	\N
777	5083	104	Ensayo final	2024-05-14 22:48:05-04	entrega_671651.zip	9d445d9ab418a349a2b5663a3c7c278afccbdab0	190.161.164.31	\N	\N	\N	\N
778	5083	104	Tarea 2	2024-04-07 11:01:34-04	entrega_153173.docx	051ac55f9fbe7b65729aa511ad80a60a471c2f25	191.125.141.121	2.0	\N	5	2024-04-19 19:01:34-04
779	5083	104	Proyecto semestral	2024-04-30 02:28:58-04	entrega_205144.pdf	a0ec3cffbcb52fc3c4659d52221ef9e136dc1560	146.83.196.5	3.9	Revisar formato APA.	5	2024-05-08 08:28:58-04
780	5083	112	Tarea 2	2024-04-11 05:17:19-04	entrega_644016.pdf	89c1412f61c675207380c393d9c434905c25215a	191.125.141.121	5.5	\N	13	2024-04-16 15:17:19-04
781	5083	112	Ensayo final	2024-06-21 16:41:40-04	entrega_726359.zip	949dc4ed8819554efc91f87e7ef655bdec4bc4dc	146.83.196.14	3.6	Buen trabajo, Martina.	13	2024-07-01 17:41:40-04
782	5083	112	Control 1	2024-05-30 03:22:00-04	entrega_365051.pdf	72f33aa3b711c386d866cebce7b015dd8b0f3429	190.161.164.31	\N	\N	\N	\N
783	5083	111	Informe de laboratorio	2024-04-28 05:01:02-04	entrega_290520.pdf	2402b3b8ffce0e898d34ee648b99f0ee0484bf89	146.83.196.22	5.6	Entrega fuera de plazo, se descuenta 1 punto.	12	2024-05-01 12:01:02-04
784	5083	111	Proyecto semestral	2024-05-18 05:14:29-04	entrega_691014.pdf	4209e1c461f6b2c121b7110ac1571922cdc7df86	191.125.141.121	5.6	\N	12	2024-05-27 05:14:29-04
785	5083	111	Control 1	2024-06-14 13:36:14-04	entrega_953789.zip	bbcef98f52056ec586cca1513b7d5fac2603eecd	190.161.164.31	1.2	Martina, revisa la sección 3: faltan referencias.	12	2024-06-16 18:36:14-04
786	5083	111	Tarea 2	2024-04-22 15:24:14-04	entrega_159521.zip	5543e5fba79009740b7c9009d7c7262167cddeb1	146.83.196.2	3.2	\N	12	2024-05-03 01:24:14-04
787	5083	110	Tarea 2	2024-06-25 08:27:09-04	entrega_678632.zip	c47f064fe1e4b5757b136a989625892a86acb92f	146.83.196.2	6.7	\N	11	2024-07-01 15:27:09-04
788	5083	110	Tarea 1	2024-06-11 20:52:20-04	entrega_920160.pdf	09ede9455b773812cfb5fdd9fcfe87a6ef3de49f	191.125.141.121	2.2	\N	11	2024-06-18 20:52:20-04
789	5084	102	Tarea 2	2024-04-04 16:41:49-04	entrega_244547.docx	288ff02b5dae94835278a557534910306c6e36cd	146.83.196.20	4.7	Excelente análisis Sebastián!	3	2024-04-15 19:41:49-04
790	5084	102	Informe de laboratorio	2024-06-14 03:17:12-04	entrega_612326.zip	94eb1fe611e12a6341f240c9e09c8112241ba819	146.83.196.7	3.3	\N	3	2024-06-25 11:17:12-04
791	5084	102	Tarea 1	2024-04-28 08:54:35-04	entrega_953420.pdf	7de2ad044741735e71f71532505a9b156ae88d16	186.11.155.54	6.2	\N	3	2024-05-10 09:54:35-04
792	5084	102	Control 1	2024-05-06 13:10:26-04	entrega_750272.pdf	d8fd1ef6b886e9ef3236b8cb8afb59378c3a8dc4	186.11.205.240	\N	\N	\N	\N
793	5084	111	Proyecto semestral	2024-06-01 07:22:00-04	entrega_991946.pdf	acb5d9e6ddad4f247986e6b87ad08ba54d82acad	186.11.205.240	1.2	\N	12	2024-06-09 12:22:00-04
794	5084	111	Tarea 2	2024-04-08 21:04:55-04	entrega_319678.docx	4b244650dcb44deafdc9fdd75d00321e0459d9b3	186.11.205.240	6.4	\N	12	2024-04-15 06:04:55-04
795	5084	111	Ensayo final	2024-05-23 21:38:09-04	entrega_871403.docx	0f8c84f410ae58664dfe9889afaa15eb4be9bf4c	186.11.205.240	2.7	\N	12	2024-05-27 06:38:09-04
796	5084	109	Tarea 1	2024-04-11 00:55:29-04	entrega_235293.pdf	29d81e0341c6871cd4d64de99c66d3c2f6016d0f	146.83.196.20	1.5	\N	10	2024-04-17 10:55:29-04
797	5084	109	Proyecto semestral	2024-06-15 06:15:08-04	entrega_507230.pdf	d1bdaa21f56bd56f1cec552134d9938a26817406	146.83.196.2	\N	\N	\N	\N
798	5084	109	Tarea 2	2024-06-21 12:27:55-04	entrega_692364.docx	26f259d78ed2528f78ddaa558403338e88572c99	186.11.205.240	\N	\N	\N	\N
799	5084	101	Tarea 2	2024-06-01 01:42:17-04	entrega_908885.zip	d8f49aeaf796b06e65637f71c7df488c441473cb	186.11.155.54	\N	\N	\N	\N
800	5084	101	Proyecto semestral	2024-06-22 11:44:03-04	entrega_857559.pdf	e38a67c4c406754963dd42f018b666049c9cb7eb	186.11.205.240	6.2	Revisar formato APA.	2	2024-06-29 21:44:03-04
801	5084	101	Informe de laboratorio	2024-04-05 09:13:03-04	entrega_359823.docx	30e7414de245669c5da3fa7b5b03852a6ff9a936	186.11.155.54	\N	\N	\N	\N
802	5084	112	Control 1	2024-05-30 22:28:18-04	entrega_478299.docx	4a1ce037431185a23b8bb0368b9b3a0cd7aef08e	186.11.205.240	\N	\N	\N	\N
803	5084	112	Tarea 1	2024-04-21 09:35:24-04	entrega_754669.pdf	05d73f152e34b963eeaef7c2ce5e4de86111a42b	146.83.196.24	4.0	Excelente análisis Sebastián!	13	2024-04-26 17:35:24-04
804	5085	109	Proyecto semestral	2024-05-19 09:16:37-04	entrega_342354.zip	0bdaf4b75d42932dff735f3aa78fd585c4f0cf64	181.43.31.226	3.5	\N	10	2024-05-27 11:16:37-04
805	5085	109	Tarea 1	2024-06-13 02:04:20-04	entrega_435983.zip	8bf09071d7330d2a80a12742a1345abc892b2890	152.172.166.157	6.1	Valentina, revisa la sección 3: faltan referencias.	10	2024-06-19 10:04:20-04
806	5085	109	Ensayo final	2024-06-12 20:16:33-04	entrega_918061.pdf	72c0433eff201a3be0b359998be331abeb055624	152.172.166.157	2.8	\N	10	2024-06-15 05:16:33-04
807	5085	109	Tarea 2	2024-05-18 04:56:44-04	entrega_334795.pdf	5805c4abfbfc90aab9aee4de0c52950a94dd8391	146.83.196.13	6.4	\N	10	2024-05-31 05:56:44-04
808	5085	100	Tarea 1	2024-06-09 06:46:20-04	entrega_488497.zip	a3c09d230f2d1dfe5d60993312ab871e03d0ec85	152.172.166.157	4.2	\N	1	2024-06-17 11:46:20-04
809	5085	100	Proyecto semestral	2024-05-18 05:32:13-04	entrega_559872.zip	f5419614bf5bfe78afb3ac41671be341945fba83	146.83.196.11	5.0	Revisar formato APA.	1	2024-06-01 12:32:13-04
810	5085	112	Tarea 1	2024-05-28 08:17:14-04	entrega_405482.docx	89835790143d2a9c8b6edbc868219f5f84fdee85	152.172.166.157	4.2	\N	13	2024-06-10 13:17:14-04
811	5085	112	Informe de laboratorio	2024-04-28 19:03:02-04	entrega_442059.zip	8407b31cec94955e670efbcd26c652337b981bec	146.83.196.14	6.0	\N	13	2024-05-03 19:03:02-04
812	5085	112	Control 1	2024-05-11 11:30:52-04	entrega_537361.pdf	3f9d65cad70b45d97cc9544d72fbf1fb0cf4bb16	181.43.31.226	1.3	\N	13	2024-05-23 19:30:52-04
813	5085	111	Ensayo final	2024-06-19 05:03:28-04	entrega_894510.pdf	bcc3b9e0afe2c0bf11b5b0dc1cd5923865e77fed	181.43.31.226	\N	\N	\N	\N
814	5085	111	Informe de laboratorio	2024-06-27 01:20:53-04	entrega_873952.zip	b1f7012fbfc391bf73b9f969418332d4ab6290bd	146.83.196.25	1.6	\N	12	2024-06-29 03:20:53-04
815	5085	111	Proyecto semestral	2024-05-02 21:54:04-04	entrega_153656.pdf	d570be35c4b7153d23ef2f2bb092f4074aabbec4	152.172.166.157	\N	\N	\N	\N
816	5085	102	Informe de laboratorio	2024-06-26 20:49:56-04	entrega_758904.pdf	3667a0941dd8e965d1f713a405c7cec8877eb608	181.43.31.226	6.9	\N	3	2024-06-30 01:49:56-04
817	5085	102	Ensayo final	2024-04-02 15:25:22-04	entrega_105492.pdf	a7958dd9d92150c8145a10fd907d429bcc993080	146.83.196.18	3.8	\N	3	2024-04-08 15:25:22-04
818	5085	102	Control 1	2024-06-26 20:18:35-04	entrega_469850.pdf	639e1afb691b40812d379dc17710f754753c1382	181.43.31.226	5.8	Revisar formato APA.	3	2024-07-03 00:18:35-04
819	5085	102	Tarea 1	2024-05-27 22:48:49-04	entrega_506479.pdf	51f3b03bb7cd81efa8ae4b1bb2032fd2aea10ad3	146.83.196.29	1.0	Excelente análisis Valentina!	3	2024-06-01 06:48:49-04
820	5086	104	Proyecto semestral	2024-06-28 00:41:06-04	entrega_817005.zip	5f18e02b7f9e1e9c9a9b4d00a0d54ce335ee55f2	146.83.196.27	1.7	\N	5	2024-06-30 10:41:06-04
821	5086	104	Control 1	2024-06-23 03:54:52-04	entrega_334604.pdf	3cdada2bc73aa97c6ea2abbf50349930442a49d4	190.161.195.51	6.6	Catalina, revisa la sección 3: faltan referencias.	5	2024-06-27 11:54:52-04
822	5086	104	Tarea 2	2024-05-02 20:37:11-04	entrega_509080.pdf	99004d1af19cfcf4306699053f82ea2378447d36	146.83.196.19	6.7	\N	5	2024-05-06 02:37:11-04
823	5086	104	Informe de laboratorio	2024-04-12 11:47:38-04	entrega_304162.pdf	e5f10c1722c370d8096fd0369624e4e5419ae8ad	191.125.19.131	\N	\N	\N	\N
824	5086	103	Tarea 1	2024-05-23 18:36:24-04	entrega_186917.pdf	0608d5f9de28d2b2b281d5eaefe1b9c5bbeeab39	191.125.19.131	2.8	\N	4	2024-06-02 01:36:24-04
825	5086	103	Control 1	2024-06-25 19:37:01-04	entrega_562160.docx	94da00dd3a71220d13990e87ebde518f0a98619c	190.161.195.51	4.3	\N	4	2024-07-09 05:37:01-04
826	5086	103	Ensayo final	2024-06-09 03:54:34-04	entrega_848722.docx	3890951bda7d9c03f9c0767c7951193a47c89187	190.161.195.51	1.2	\N	4	2024-06-16 10:54:34-04
827	5086	103	Informe de laboratorio	2024-04-17 21:11:40-04	entrega_656526.pdf	c2458e44edb168d0c526d7f17e211ec6aab83fa5	191.125.19.131	5.9	\N	4	2024-04-25 07:11:40-04
828	5086	111	Tarea 1	2024-05-10 10:36:29-04	entrega_237020.docx	963d7006bd0b0e68197460d5c8ae3e5a0254d080	191.125.19.131	3.2	\N	12	2024-05-17 16:36:29-04
829	5086	111	Control 1	2024-04-02 20:04:53-04	entrega_344168.zip	d3f05341df8a2ba500cea66bbc203ed574b33c9d	190.161.195.51	\N	\N	\N	\N
830	5086	111	Tarea 2	2024-04-11 04:41:05-04	entrega_175392.zip	b8f561821fd8f92aab83a86f88ebd69fb3922bae	191.125.19.131	4.9	\N	12	2024-04-22 12:41:05-04
831	5086	111	Proyecto semestral	2024-06-03 08:29:24-04	entrega_867256.pdf	cd588d480980173602f579a4649a3fd047afd33e	191.125.19.131	2.4	\N	12	2024-06-08 08:29:24-04
832	5086	110	Control 1	2024-04-20 06:44:18-04	entrega_750237.pdf	3765d923d90fd5452b7ff38511ecd201fe9549f9	191.125.19.131	3.5	Bien estructurado. Falta conclusión.	11	2024-05-03 14:44:18-04
833	5086	110	Tarea 1	2024-06-25 20:44:45-04	entrega_535023.pdf	3c6194be7813d9e794f9f3878dc9986c1301339c	146.83.196.23	1.5	\N	11	2024-07-03 04:44:45-04
834	5086	110	Proyecto semestral	2024-05-14 02:27:40-04	entrega_378571.pdf	7bdfa8230e88a065ef048d921cb6b515c4f6b943	191.125.19.131	5.6	Excelente análisis Catalina!	11	2024-05-22 03:27:40-04
835	5087	105	Control 1	2024-04-16 03:46:05-04	entrega_901090.docx	0cfec0aa842a8e0d569f58aecc864d6ff75c1fbb	152.172.236.206	1.5	\N	6	2024-04-20 05:46:05-04
836	5087	105	Informe de laboratorio	2024-06-08 00:03:32-04	entrega_204432.docx	89baa8ddd8e101d0bedf362f310963d96942cb50	186.11.241.249	2.0	\N	6	2024-06-16 03:03:32-04
837	5087	105	Tarea 1	2024-06-18 01:41:16-04	entrega_699606.zip	f1686b95d029550d49bb954e8bb43244341f688f	152.172.236.206	1.9	\N	6	2024-06-28 02:41:16-04
838	5087	105	Tarea 2	2024-06-04 00:50:34-04	entrega_926643.zip	f563dd035eda67786af797e5105f542dbde54092	186.11.241.249	2.9	\N	6	2024-06-06 05:50:34-04
839	5087	112	Proyecto semestral	2024-06-06 03:13:50-04	entrega_832397.zip	8ea2ffdf565f5aea955df3c677fd35b3deed1e6f	146.83.196.29	6.8	\N	13	2024-06-11 05:13:50-04
840	5087	112	Tarea 2	2024-05-07 00:40:22-04	entrega_600133.zip	070074d844bb704d77fac414207c89d90b157bdc	146.83.196.11	1.8	\N	13	2024-05-16 04:40:22-04
841	5087	112	Control 1	2024-04-12 20:06:59-04	entrega_351575.pdf	0685797ec36cb184e956835aa0f7dd7eb0fc3be2	186.11.241.249	4.6	\N	13	2024-04-24 21:06:59-04
842	5087	112	Tarea 1	2024-04-02 20:40:03-04	entrega_114948.zip	bab5db0fc06c30a5737e2052eeefa9faa5854b98	146.83.196.10	2.4	\N	13	2024-04-12 00:40:03-04
843	5087	111	Tarea 1	2024-04-06 06:27:01-04	entrega_280172.pdf	c626e84cea6f8b8a6df8d4b32267fda012771930	146.83.196.30	1.3	\N	12	2024-04-09 16:27:01-04
844	5087	111	Control 1	2024-05-31 21:59:59-04	entrega_959754.pdf	88827594c2b77ac62d502cd4a97ab2df6a7a2df8	146.83.196.7	\N	\N	\N	\N
845	5088	110	Proyecto semestral	2024-06-16 09:31:49-04	entrega_610814.zip	e9df0edda3969bfaa52c62b320a7a84c70996b28	152.172.106.134	4.3	\N	11	2024-06-25 17:31:49-04
846	5088	110	Tarea 1	2024-04-05 03:13:46-04	entrega_372874.pdf	489e742527228190594cbef39c83e9c98531f993	191.125.101.94	3.7	Gaspar, revisa la sección 3: faltan referencias.	11	2024-04-07 11:13:46-04
847	5088	110	Tarea 2	2024-04-23 03:06:00-04	entrega_441216.pdf	7637a394c0c1b0e9bfcbf9e5576a978abb4248ae	191.125.101.94	\N	\N	\N	\N
848	5088	111	Tarea 1	2024-04-15 00:10:21-04	entrega_421453.pdf	24d3bb44f67724b718684a1ea09e7513529ecbe9	146.83.196.4	2.4	\N	12	2024-04-18 05:10:21-04
849	5088	111	Tarea 2	2024-04-05 22:43:08-04	entrega_954315.pdf	23907d48cb57ce7b9dcc4485fd8eafae09bdedd4	152.172.106.134	\N	\N	\N	\N
850	5088	111	Informe de laboratorio	2024-04-09 02:58:03-04	entrega_789763.pdf	c2b01cf53949a4b97b6e6277e6cea24d87b4a5be	191.125.101.94	6.8	\N	12	2024-04-12 07:58:03-04
851	5088	112	Tarea 2	2024-06-04 15:58:53-04	entrega_912375.zip	ae5dcb7ccf2247520072c6ceec393c16053ed40b	146.83.196.3	1.1	\N	13	2024-06-11 00:58:53-04
852	5088	112	Informe de laboratorio	2024-04-05 08:55:09-04	entrega_629651.pdf	5e1c02b6ca1a6cb2057331f06374f59fcf036f07	152.172.106.134	1.6	\N	13	2024-04-07 13:55:09-04
853	5088	112	Proyecto semestral	2024-06-18 06:49:48-04	entrega_742890.pdf	30ec6053a78d6d35744f46bf1588a74497b47339	152.172.106.134	\N	\N	\N	\N
854	5088	103	Control 1	2024-05-23 02:50:00-04	entrega_578888.docx	ae01df3bf0530f0a98be6df59c7c6858e6ac1d8c	191.125.101.94	3.3	Entrega fuera de plazo, se descuenta 1 punto.	4	2024-06-01 12:50:00-04
855	5088	103	Ensayo final	2024-04-17 19:34:43-04	entrega_901748.pdf	95eb6741f7d7b06795733200edca1ed7acad866d	146.83.196.28	\N	\N	\N	\N
856	5088	103	Tarea 2	2024-04-28 18:27:13-04	entrega_274634.docx	5590e4d834e4bd633c7a7377ad5fc0d3f76c84e8	146.83.196.21	4.2	Bien estructurado. Falta conclusión.	4	2024-05-04 22:27:13-04
857	5088	104	Control 1	2024-06-04 03:53:27-04	entrega_903652.docx	744868666e1a43f3b34dad050d2ccca39bcbbebb	152.172.106.134	3.0	\N	5	2024-06-15 03:53:27-04
858	5088	104	Informe de laboratorio	2024-06-08 07:58:45-04	entrega_250512.docx	0b2b7d8ee05fe124fa4154292f91c307691868ff	152.172.106.134	1.8	Entrega fuera de plazo, se descuenta 1 punto.	5	2024-06-10 07:58:45-04
859	5089	111	Control 1	2024-06-04 11:07:09-04	entrega_487898.pdf	9e862c571b1523f4df42602bb5bd7b152c28e30d	186.11.153.79	1.5	Revisar formato APA.	12	2024-06-17 19:07:09-04
860	5089	111	Ensayo final	2024-06-05 23:26:22-04	entrega_485296.zip	b8b8a87c7d320082443c3a78fa1e90b050bcd15e	146.83.196.30	6.0	\N	12	2024-06-20 03:26:22-04
861	5089	111	Tarea 1	2024-04-16 14:35:29-04	entrega_145894.zip	a7e96c930e2dfb3543a279bd0d5ea9a3281c794f	186.11.153.79	2.5	Valentina, revisa la sección 3: faltan referencias.	12	2024-04-26 16:35:29-04
862	5089	105	Proyecto semestral	2024-04-13 16:56:33-04	entrega_627403.pdf	96f1e9aa7bb4be16a1174766c34fc09714eb9e76	146.83.196.21	5.1	\N	6	2024-04-22 22:56:33-04
863	5089	105	Informe de laboratorio	2024-05-10 22:53:17-04	entrega_867568.pdf	e964a16931fc89a08f370ceda49ad099786b4663	152.172.169.228	1.4	Entrega fuera de plazo, se descuenta 1 punto.	6	2024-05-20 01:53:17-04
864	5089	105	Tarea 2	2024-04-03 14:12:27-04	entrega_875348.pdf	ae02d2a7c2892aeec19c709a14f2dfcdcfacd950	152.172.169.228	5.9	\N	6	2024-04-08 00:12:27-04
865	5089	105	Control 1	2024-05-04 08:30:10-04	entrega_746291.docx	4c5b351fbd77dd6c6687bf582cb74d6ba9e65015	186.11.153.79	\N	\N	\N	\N
866	5090	112	Proyecto semestral	2024-05-04 19:07:45-04	entrega_155678.zip	20df788178afbe9b2c3767baed0ae0872bcb2b33	146.83.196.14	2.0	\N	13	2024-05-10 01:07:45-04
867	5090	112	Informe de laboratorio	2024-05-25 22:04:01-04	entrega_945113.docx	c0433f612fc1ea4b8fbd7024ce18e0c87d580b02	179.57.158.231	3.9	\N	13	2024-06-01 22:04:01-04
868	5090	108	Tarea 1	2024-06-01 17:41:09-04	entrega_538451.pdf	6c8856241a185b69f74f0a5f34cd73bf7c7ee32f	181.43.121.146	2.9	\N	9	2024-06-12 03:41:09-04
869	5090	108	Informe de laboratorio	2024-05-11 12:26:31-04	entrega_573762.docx	1f85f00f19fb39bc653289dd77d4ffe1ac6dc856	179.57.158.231	\N	\N	\N	\N
870	5090	108	Control 1	2024-05-20 10:46:29-04	entrega_814404.zip	3991ed1169494bcf86ffec16e8918911608c5a49	179.57.158.231	4.9	\N	9	2024-05-24 20:46:29-04
871	5090	111	Control 1	2024-04-27 23:18:43-04	entrega_129854.zip	415da4984d6a977781bcee25ed75cf3f0e7eb244	179.57.158.231	6.8	\N	12	2024-05-06 00:18:43-04
872	5090	111	Proyecto semestral	2024-05-15 23:56:32-04	entrega_664771.pdf	25e9b5a588a6753bc9a4ade319ee36fd96c85d77	179.57.158.231	4.9	\N	12	2024-05-18 23:56:32-04
873	5090	111	Tarea 2	2024-05-26 18:34:41-04	entrega_525225.docx	5e02bab6645d7bdec9b0bb963a7195a9abe3950f	146.83.196.11	3.9	Entrega fuera de plazo, se descuenta 1 punto.	12	2024-06-01 22:34:41-04
874	5090	111	Ensayo final	2024-04-13 01:20:25-04	entrega_640931.pdf	b1ab13e2aa106311c80c0609d7d62cb2a3a5d9fc	146.83.196.15	1.7	\N	12	2024-04-20 11:20:25-04
875	5091	111	Control 1	2024-04-02 23:10:05-04	entrega_365593.pdf	68a86e79cee0c71560a992529d6300329c8f52fd	146.83.196.24	\N	\N	\N	\N
876	5091	111	Ensayo final	2024-04-27 03:56:49-04	entrega_925284.pdf	142b40742b73e6ff23d7972318ea3700eb775518	146.83.196.16	2.8	Excelente análisis Felipe!	12	2024-05-02 04:56:49-04
877	5091	112	Tarea 2	2024-06-02 11:12:15-04	entrega_134695.docx	c02de097a64fdc0ca9e202ffcc6d70bf7e2d9c14	146.83.196.25	1.2	\N	13	2024-06-08 16:12:15-04
878	5091	112	Tarea 1	2024-04-03 16:44:54-04	entrega_634792.docx	dbf6da19dc9f0422d12a306c92d2a5e9f0375d4f	191.125.166.4	2.0	Excelente análisis Felipe!	13	2024-04-05 21:44:54-04
879	5091	106	Informe de laboratorio	2024-05-09 01:26:56-04	entrega_622922.zip	5ece1fb7c19d05bdaacb9292b33271d457c55de1	146.83.196.21	5.3	\N	7	2024-05-13 09:26:56-04
880	5091	106	Ensayo final	2024-06-12 08:07:43-04	entrega_771070.docx	5931b8f957765e660c3ce66146ccd5a4a7ebc20a	146.83.196.10	\N	\N	\N	\N
881	5091	106	Tarea 2	2024-05-19 19:24:19-04	entrega_151231.docx	a02d3360b7a31d0043dc7168485d8b8ca1420f6e	146.83.196.3	3.7	\N	7	2024-05-26 00:24:19-04
882	5092	111	Tarea 1	2024-06-13 08:16:05-04	entrega_497392.pdf	2816eae8c0cbb43508d3e5657c9e7c177e77bc58	181.43.27.200	3.4	Valentina, revisa la sección 3: faltan referencias.	12	2024-06-15 10:16:05-04
883	5092	111	Tarea 2	2024-05-20 15:03:09-04	entrega_699532.pdf	0a766b6a7c61527ec5a7f80f8c38fd73b5340870	190.161.53.100	\N	\N	\N	\N
884	5092	111	Proyecto semestral	2024-05-10 17:12:42-04	entrega_411884.docx	902bd2b4ebcd06cba9f4b05060970e05f5b2f761	190.161.53.100	3.4	Bien estructurado. Falta conclusión.	12	2024-05-19 03:12:42-04
885	5092	111	Informe de laboratorio	2024-06-17 15:21:09-04	entrega_641319.zip	973fc7038acbf5f8efdc1fbeb59c42cb69b1f4eb	146.83.196.4	\N	\N	\N	\N
886	5092	107	Informe de laboratorio	2024-06-24 19:12:57-04	entrega_578784.pdf	e27ecb764ffc5b839dc1528184550313e41f2c60	190.161.53.100	1.9	Bien estructurado. Falta conclusión.	8	2024-06-30 22:12:57-04
887	5092	107	Tarea 2	2024-05-28 22:54:51-04	entrega_812069.pdf	9cf03444216f414c2b67b192df0377426b4f1a7b	146.83.196.28	6.5	Entrega fuera de plazo, se descuenta 1 punto.	8	2024-06-11 22:54:51-04
888	5092	112	Tarea 2	2024-05-16 04:04:22-04	entrega_394263.pdf	335ce0b7962c6533ec57e37b539753c4a9773466	181.43.27.200	1.5	\N	13	2024-05-22 06:04:22-04
889	5092	112	Proyecto semestral	2024-04-28 16:01:15-04	entrega_626176.docx	9eacb0c947d9c70961fe57ea97065f40a9f665f3	181.43.27.200	6.2	\N	13	2024-05-10 00:01:15-04
890	5092	112	Control 1	2024-04-23 18:11:08-04	entrega_724926.pdf	77237af20109ecceb8310aac177383970d74c8fa	190.161.53.100	\N	\N	\N	\N
891	5092	112	Ensayo final	2024-06-18 04:20:07-04	entrega_341578.pdf	08584920fc7e0255abd917cc0350e81d9eb84ffa	181.43.27.200	5.9	\N	13	2024-07-02 14:20:07-04
892	5093	111	Informe de laboratorio	2024-06-10 06:31:08-04	entrega_986176.docx	1b7c96d90b2fde0924f24573e145f2cf083f3981	146.83.196.26	2.8	\N	12	2024-06-18 07:31:08-04
893	5093	111	Control 1	2024-05-10 14:35:03-04	entrega_824959.pdf	0d69ca8474bf0160f5e67dbefc3995ebb176b4fb	146.83.196.17	5.9	Antonia, revisa la sección 3: faltan referencias.	12	2024-05-16 15:35:03-04
894	5093	107	Proyecto semestral	2024-05-29 00:32:25-04	entrega_938877.zip	383e1c8a26e5ff8f046e7a8486b9d607b32b05ef	146.83.196.17	\N	\N	\N	\N
895	5093	107	Tarea 2	2024-04-30 07:40:00-04	entrega_749592.docx	0211faa69b81faddc88e15c5360447da5b22a5b7	181.43.254.211	6.8	\N	8	2024-05-10 07:40:00-04
896	5093	107	Tarea 1	2024-04-15 02:45:45-04	entrega_255410.docx	09b0a75702ef22243c9d8b3cddfb8b7160501b9c	190.160.224.140	2.7	\N	8	2024-04-17 06:45:45-04
897	5093	112	Informe de laboratorio	2024-05-08 23:58:37-04	entrega_662300.docx	eec00450fbbef2921d4941a1f6ab26c33ce5f267	146.83.196.27	4.0	\N	13	2024-05-20 23:58:37-04
898	5093	112	Tarea 1	2024-06-12 19:06:12-04	entrega_952530.zip	2b416c40e705e4f000ee77b99e92dd2bfdccf191	181.43.254.211	6.9	\N	13	2024-06-25 03:06:12-04
899	5093	112	Tarea 2	2024-06-12 09:58:31-04	entrega_721261.pdf	27ae94fc1835d7fd7250a182a60c4ff82ce6f228	181.43.254.211	\N	\N	\N	\N
900	5093	112	Ensayo final	2024-05-08 12:28:21-04	entrega_175456.zip	1e44b704728be26e79a8841195dd7f85f6f6aaa9	146.83.196.11	1.5	Entrega fuera de plazo, se descuenta 1 punto.	13	2024-05-13 17:28:21-04
901	5094	106	Informe de laboratorio	2024-06-14 23:28:37-04	entrega_332507.pdf	87ae024ca55b3e96774ac7b54c8e22a99980248f	146.83.196.13	4.2	Antonia, revisa la sección 3: faltan referencias.	7	2024-06-17 07:28:37-04
902	5094	106	Tarea 1	2024-05-01 20:32:56-04	entrega_127737.zip	c675aaa4ab0b9fc3b72c64e10dedf646061eeea8	146.83.196.28	6.3	\N	7	2024-05-07 03:32:56-04
903	5094	106	Tarea 2	2024-05-03 08:20:57-04	entrega_647986.pdf	92c567c6bc4ed677a63c8abd13b4180d20e60299	200.104.230.142	3.9	\N	7	2024-05-06 18:20:57-04
904	5094	106	Control 1	2024-05-24 21:42:41-04	entrega_402003.pdf	d487e27faf6f5bca68ee0e3a7af28c89517170a6	200.104.230.142	5.1	\N	7	2024-06-03 00:42:41-04
905	5094	111	Informe de laboratorio	2024-05-09 15:37:18-04	entrega_347026.pdf	b5616633cf79516b22da4d03a59dd889326fe5a2	200.104.230.142	2.0	Entrega fuera de plazo, se descuenta 1 punto.	12	2024-05-18 01:37:18-04
906	5094	111	Proyecto semestral	2024-06-06 18:16:05-04	entrega_247239.docx	fa1779eded29145d836c27a238cc78dfa98ca9e1	146.83.196.22	3.3	\N	12	2024-06-18 04:16:05-04
907	5094	111	Ensayo final	2024-06-19 07:01:02-04	entrega_820135.zip	7048a4ad5637aebbc02b20af7df1fb4c1d89035e	179.57.26.214	6.7	\N	12	2024-06-30 16:01:02-04
908	5094	111	Tarea 2	2024-04-10 15:24:56-04	entrega_723181.pdf	b42ad19e91131d2cbbfeae965bd5a1fa44f197ee	179.57.26.214	\N	\N	\N	\N
909	5094	112	Tarea 2	2024-04-17 08:42:53-04	entrega_371806.pdf	c368e766b654458c78c8720d952d1077eaa1b6d9	200.104.230.142	5.4	Bien estructurado. Falta conclusión.	13	2024-04-19 11:42:53-04
910	5094	112	Proyecto semestral	2024-06-02 21:17:49-04	entrega_266425.pdf	767533cd2aa4bba999e03a3adfd7262bca3b844a	179.57.26.214	3.4	\N	13	2024-06-09 22:17:49-04
911	5094	112	Informe de laboratorio	2024-06-21 16:43:28-04	entrega_770969.pdf	44dfa739ef9fbe926feb3823b991d10bbc53830a	179.57.26.214	2.1	\N	13	2024-07-03 19:43:28-04
912	5094	112	Ensayo final	2024-06-04 18:12:33-04	entrega_446786.pdf	5b09c9c4629555394fc9ee367e1d21b05ef161eb	146.83.196.19	5.7	\N	13	2024-06-07 21:12:33-04
913	5095	112	Ensayo final	2024-06-07 09:37:18-04	entrega_902610.zip	5141b2ca964778ac054870eb3779bee89ad64303	179.57.171.38	3.0	\N	13	2024-06-21 11:37:18-04
914	5095	112	Tarea 1	2024-04-26 15:59:03-04	entrega_344513.docx	3738b3b590ddee70aef6cfec962a6ebfd6270108	191.125.242.7	\N	\N	\N	\N
915	5095	112	Informe de laboratorio	2024-06-17 06:21:13-04	entrega_346352.pdf	719044a2f3a6a9133540fb58d09ac53d71c450d4	179.57.171.38	3.1	\N	13	2024-06-29 10:21:13-04
916	5095	112	Control 1	2024-05-08 14:38:51-04	entrega_733722.pdf	95bf5e122809df31e13cb731a957cf4c236dd543	146.83.196.4	4.8	Isidora, revisa la sección 3: faltan referencias.	13	2024-05-16 19:38:51-04
917	5095	107	Control 1	2024-06-20 10:54:25-04	entrega_650260.pdf	dfd9ae980d97ab465c75c5b4adf10a83e8039269	146.83.196.7	1.5	\N	8	2024-06-30 13:54:25-04
918	5095	107	Ensayo final	2024-06-25 04:14:17-04	entrega_161092.pdf	649c9f54841915b33e1aa8593bc263a00fb0dae5	146.83.196.28	5.1	\N	8	2024-07-07 09:14:17-04
919	5095	111	Tarea 2	2024-05-03 21:02:23-04	entrega_322061.pdf	2299620f37866f8ff029792c3480908ede3a9a6b	191.125.242.7	2.9	Entrega fuera de plazo, se descuenta 1 punto.	12	2024-05-07 02:02:23-04
920	5095	111	Ensayo final	2024-04-25 03:16:28-04	entrega_840178.pdf	bb3b0b86bea97253310fe152ef3c33eeb7e28166	179.57.171.38	6.9	\N	12	2024-04-27 03:16:28-04
921	5095	111	Informe de laboratorio	2024-05-24 20:26:30-04	entrega_482122.pdf	625d2b24ac27f61f6385cf4515898bc6d12d8d19	179.57.171.38	\N	\N	\N	\N
922	5095	111	Proyecto semestral	2024-06-07 21:44:59-04	entrega_116058.docx	733468c41fcc259d555a20f5c3a3d9ffd2c2d000	146.83.196.20	2.2	Revisar formato APA.	12	2024-06-18 06:44:59-04
923	5096	112	Ensayo final	2024-04-03 13:28:09-04	entrega_197398.docx	27f9e39b3b7afdf2f549ad039070bad557c52234	146.83.196.24	5.9	\N	13	2024-04-07 20:28:09-04
924	5096	112	Tarea 1	2024-04-04 02:14:44-04	entrega_940257.zip	188c118a893fd4f89b4b0c91a0f29f7de99ce1a1	190.160.223.109	4.1	\N	13	2024-04-12 07:14:44-04
925	5096	111	Control 1	2024-06-26 22:59:49-04	entrega_642908.zip	2656e8823a69b819481e3da0c90862a7b37b1fe7	190.160.223.109	5.7	Revisar formato APA.	12	2024-06-30 23:59:49-04
926	5096	111	Informe de laboratorio	2024-05-13 19:07:22-04	entrega_204894.pdf	b06a191cff4ba358fb8f5638792396cab222d86e	186.11.33.103	4.0	Buen trabajo, Daniela.	12	2024-05-18 05:07:22-04
927	5096	111	Tarea 1	2024-05-24 21:01:53-04	entrega_500922.pdf	2b84ef1c90e5dec90fbb7fce453dea588abe1008	146.83.196.13	6.6	Revisar formato APA.	12	2024-06-05 01:01:53-04
928	5096	111	Proyecto semestral	2024-06-22 07:14:17-04	entrega_617199.pdf	4677e16ea5aed1b1492e88ee19b8409515e79cfe	186.11.33.103	3.5	\N	12	2024-07-05 07:14:17-04
929	5096	105	Tarea 1	2024-05-10 17:44:49-04	entrega_327519.pdf	b7bf65a6eaa9dea1a7f535044013efba205ac0f2	190.160.223.109	6.4	\N	6	2024-05-24 17:44:49-04
930	5096	105	Proyecto semestral	2024-06-05 11:54:52-04	entrega_167025.pdf	1b36c28837ba113e0ae64493042299789998c167	190.160.223.109	1.7	\N	6	2024-06-13 13:54:52-04
931	5096	105	Ensayo final	2024-06-18 10:07:27-04	entrega_987864.docx	45468cf4d1594edbc3f8be284d7b6e2aac154bcd	190.160.223.109	2.4	\N	6	2024-06-28 10:07:27-04
932	5096	105	Control 1	2024-06-22 05:50:40-04	entrega_321769.pdf	1531ecd864a2dbea732d5429e05fa1b63aa2b8d4	190.160.223.109	4.6	Buen trabajo, Daniela.	6	2024-06-27 12:50:40-04
933	5097	112	Ensayo final	2024-04-23 16:48:30-04	entrega_791984.docx	e5c9be63116aaf78b5dbb7fb0311141098c5f4c3	190.160.156.94	3.6	\N	13	2024-05-07 23:48:30-04
934	5097	112	Tarea 2	2024-04-18 00:01:42-04	entrega_797810.pdf	5c16409f3d8c9c6ed64b3c465ac201d7740f3591	190.160.156.94	5.1	\N	13	2024-05-02 08:01:42-04
935	5097	112	Informe de laboratorio	2024-05-26 18:48:45-04	entrega_503677.pdf	1b72e3f52c6ca667ab9e2c14a238611cae9d1c76	190.161.195.148	6.7	\N	13	2024-05-28 21:48:45-04
936	5097	112	Control 1	2024-05-19 19:33:09-04	entrega_786572.docx	1c2ad30c18eec9b29eb8301df883c9e9c1f3799d	190.161.195.148	4.8	\N	13	2024-05-22 00:33:09-04
937	5097	106	Tarea 1	2024-05-20 11:18:11-04	entrega_323256.docx	9c8a5527c2a17b5c3748c40292538b0e01dea76d	190.161.195.148	5.5	\N	7	2024-05-26 20:18:11-04
938	5097	106	Ensayo final	2024-05-17 10:51:07-04	entrega_988255.docx	f088278afa30dfd96fa597bb2234e9af8796a14d	190.160.156.94	5.3	Entrega fuera de plazo, se descuenta 1 punto.	7	2024-05-19 15:51:07-04
939	5097	111	Ensayo final	2024-06-13 22:51:27-04	entrega_227823.pdf	4da34772e444bc8a4dfe183d5f983e9a80479043	190.161.195.148	6.3	\N	12	2024-06-17 23:51:27-04
940	5097	111	Tarea 1	2024-06-02 15:46:19-04	entrega_199938.zip	7be5c2071ad11c9f128d6179fddf0bbecd758e33	190.161.195.148	6.3	\N	12	2024-06-16 18:46:19-04
941	5098	112	Tarea 1	2024-04-28 12:06:10-04	entrega_908109.docx	01ab1035e0f027d957099b2e02a726b5cfde236f	186.11.61.73	1.7	\N	13	2024-05-06 19:06:10-04
942	5098	112	Tarea 2	2024-04-20 07:31:30-04	entrega_576679.pdf	ef915424565ee9b9e827f73df0486d5498405be1	186.11.61.73	4.0	\N	13	2024-04-25 11:31:30-04
943	5098	112	Proyecto semestral	2024-04-09 01:28:14-04	entrega_571219.pdf	13f6fc5de70442afc1afb749f97f93346d51c263	146.83.196.26	1.4	\N	13	2024-04-23 07:28:14-04
944	5098	111	Control 1	2024-04-03 04:26:10-04	entrega_950205.pdf	95d4e32a798e0852b7fed1006732f1c802b0e6bd	152.172.132.30	5.5	Bien estructurado. Falta conclusión.	12	2024-04-10 08:26:10-04
945	5098	111	Ensayo final	2024-05-07 01:24:53-04	entrega_931907.docx	2672ea883502986b56c850fb6a23a09d6ad8d3ca	146.83.196.16	\N	\N	\N	\N
946	5098	111	Informe de laboratorio	2024-04-20 07:18:34-04	entrega_375078.zip	acfa8bb5222de5f598597afb450f69fd01417a49	146.83.196.17	4.8	\N	12	2024-04-30 09:18:34-04
947	5098	111	Tarea 1	2024-06-15 11:48:36-04	entrega_300385.docx	d35adff0041a39f1c0e5a8d4aa70ba810b22ea29	152.172.132.30	1.2	\N	12	2024-06-22 15:48:36-04
948	5098	108	Proyecto semestral	2024-06-05 12:00:01-04	entrega_108877.pdf	e730452115fc3d5d8c48cb9d58b2f0a103d2ec24	152.172.132.30	2.2	Excelente análisis Tomás!	9	2024-06-08 22:00:01-04
949	5098	108	Tarea 1	2024-04-07 06:04:43-04	entrega_677201.docx	54bf7b4f9c405fd01a3896b931f384439147b27f	146.83.196.10	1.4	\N	9	2024-04-16 07:04:43-04
950	5098	108	Informe de laboratorio	2024-06-05 12:56:54-04	entrega_585562.pdf	9879b5d78401d7e0f1fb3f3ba12a2cb566314304	146.83.196.14	\N	\N	\N	\N
951	5098	108	Ensayo final	2024-06-04 08:30:09-04	entrega_358225.pdf	fee8623bbfa13f5feb596f89c875d53c5dc21bfb	152.172.132.30	5.8	Tomás, revisa la sección 3: faltan referencias.	9	2024-06-16 14:30:09-04
952	5099	106	Tarea 1	2024-05-15 13:07:50-04	entrega_739899.docx	ee2831752263ef449082ca622c6d217ade1e7808	146.83.196.20	1.2	\N	7	2024-05-26 16:07:50-04
953	5099	106	Informe de laboratorio	2024-06-26 01:21:59-04	entrega_666885.pdf	f934ccccbabef61ffd7d4e1b52ecb1bad0e4555a	146.83.196.9	4.8	\N	7	2024-07-07 07:21:59-04
954	5099	111	Informe de laboratorio	2024-05-16 13:46:30-04	entrega_434922.pdf	261400c58715c1c7284df74b42154a2350fbe5a5	146.83.196.17	\N	\N	\N	\N
955	5099	111	Control 1	2024-05-12 07:41:19-04	entrega_632117.pdf	fc20c28741151d52a8ccce4074a8b8ea397b501d	190.161.60.9	5.6	Revisar formato APA.	12	2024-05-19 08:41:19-04
956	5099	112	Ensayo final	2024-05-17 20:19:27-04	entrega_746051.docx	293c602dc923a5e6e0487305067a74f953411bc7	190.161.60.9	4.1	Excelente análisis Isidora!	13	2024-05-25 20:19:27-04
957	5099	112	Tarea 1	2024-04-06 19:41:42-04	entrega_980093.zip	0185b425eafa79920a2d48fcf5ba83e081715f93	146.83.196.5	3.4	\N	13	2024-04-15 20:41:42-04
958	5099	112	Control 1	2024-04-09 11:41:04-04	entrega_212866.zip	629ebd38e691aaf26b46523a979b50d9d179950e	191.125.71.244	1.7	\N	13	2024-04-23 16:41:04-04
959	5100	102	Tarea 2	2024-04-15 14:34:50-04	entrega_844014.zip	2ea6bfb56dc33c6a24d7d03a5563ca746a18f71e	146.83.196.30	2.7	\N	3	2024-04-27 17:34:50-04
960	5100	102	Tarea 1	2024-05-28 13:28:38-04	entrega_434076.pdf	8d74cf34d0da1c50e6c683a70c7ae866d9f40e71	190.161.165.26	2.5	\N	3	2024-06-11 18:28:38-04
961	5100	102	Proyecto semestral	2024-04-27 06:12:45-04	entrega_495818.pdf	e97f1a8ca3b2fe5eb48cd62995d2449453e473b8	190.161.165.26	6.6	\N	3	2024-05-06 14:12:45-04
962	5100	102	Informe de laboratorio	2024-04-25 21:01:57-04	entrega_514219.pdf	1d4d794f1951d7b68b5f90b1e0c059ae94964653	190.161.165.26	\N	\N	\N	\N
963	5100	112	Proyecto semestral	2024-05-15 00:48:22-04	entrega_779048.docx	8e332006e4030aaab31c8b6766b5ca0686926c27	190.161.165.26	7.0	Bien estructurado. Falta conclusión.	13	2024-05-20 07:48:22-04
964	5100	112	Tarea 2	2024-06-07 18:52:06-04	entrega_259798.zip	6aa311f748f09a291c74809390573603722757bb	190.161.165.26	5.3	\N	13	2024-06-10 02:52:06-04
965	5100	112	Ensayo final	2024-05-28 09:32:45-04	entrega_108938.docx	a66f2a09c44f094d806b06cda98997f4e8b10a9f	146.83.196.17	1.5	\N	13	2024-06-06 15:32:45-04
966	5100	112	Tarea 1	2024-04-23 00:09:04-04	entrega_531599.docx	044172ba135339fb080003b102e565eca600b7f6	146.83.196.2	6.4	\N	13	2024-05-01 04:09:04-04
967	5101	111	Tarea 1	2024-06-27 17:42:33-04	entrega_783466.pdf	f7db60601894bd801e1ee429a021f56fc67aff10	191.125.25.220	3.8	\N	12	2024-07-08 21:42:33-04
968	5101	111	Tarea 2	2024-04-14 21:34:19-04	entrega_860669.docx	c6b9c5ec87c7e33e23d00d1543dc3b171e97ebc5	146.83.196.7	7.0	Buen trabajo, Constanza.	12	2024-04-23 02:34:19-04
969	5101	111	Control 1	2024-06-16 21:37:15-04	entrega_333732.zip	e64d8bedc94ed9376d7d3e7d05f73cdebc714b93	191.125.25.220	1.8	\N	12	2024-06-22 02:37:15-04
970	5101	107	Informe de laboratorio	2024-06-16 19:00:51-04	entrega_502280.pdf	4ecf49033089a76c619c9eddb06e326ce2302c0a	146.83.196.26	6.9	Excelente análisis Constanza!	8	2024-06-19 20:00:51-04
971	5101	107	Ensayo final	2024-05-16 01:37:57-04	entrega_721431.pdf	72c0783988e1e0fa75c9e3dd5df1e9fd54efc0d2	190.160.121.124	6.9	\N	8	2024-05-23 08:37:57-04
972	5102	102	Tarea 1	2024-05-02 00:22:17-04	entrega_595590.docx	7d7a18d579b7973717f11a9f33bb04cd0e121b56	146.83.196.9	6.4	\N	3	2024-05-05 05:22:17-04
973	5102	102	Tarea 2	2024-06-21 14:10:51-04	entrega_378647.zip	3e221dfee21da4cb64f983f4dcc35e666eb93ffe	152.172.12.225	6.5	\N	3	2024-06-27 23:10:51-04
974	5102	102	Control 1	2024-04-25 00:46:40-04	entrega_165176.docx	c23ce828bf6e9fdcc7be071540f97d3e7fb5b720	152.172.12.225	5.1	Buen trabajo, Catalina.	3	2024-05-08 09:46:40-04
975	5102	102	Ensayo final	2024-06-23 07:17:51-04	entrega_593244.pdf	3bb98c5a9f9f470fe9044bfd3d7147b28c4b87b7	200.104.59.198	3.6	\N	3	2024-06-30 15:17:51-04
976	5102	109	Control 1	2024-06-13 19:11:54-04	entrega_414381.zip	35a3a081153b7dc08f4741bd1a6a8593aaa6c6b5	146.83.196.6	4.9	Catalina, revisa la sección 3: faltan referencias.	10	2024-06-24 21:11:54-04
977	5102	109	Tarea 2	2024-05-06 03:42:22-04	entrega_588193.pdf	85da51df10c100273e2a61b5974cbf109691cb1d	152.172.12.225	\N	\N	\N	\N
978	5102	100	Tarea 2	2024-04-02 16:38:54-04	entrega_358831.pdf	01da1e038803671acd124c46a8cb33fe743c0052	146.83.196.26	3.5	Bien estructurado. Falta conclusión.	1	2024-04-13 16:38:54-04
979	5102	100	Proyecto semestral	2024-04-08 21:10:50-04	entrega_740767.pdf	eb09ca3376d1134258d3d325d583c1f540628768	146.83.196.17	4.0	Bien estructurado. Falta conclusión.	1	2024-04-18 06:10:50-04
980	5102	111	Proyecto semestral	2024-06-03 04:33:11-04	entrega_240460.zip	45263dbd37ec2fe505275d01ff38dad160f73905	146.83.196.25	2.4	\N	12	2024-06-10 13:33:11-04
981	5102	111	Ensayo final	2024-06-13 15:59:18-04	entrega_732923.docx	5b9c90d6b28ce33344c60de85bd46a49098a1808	152.172.12.225	6.3	\N	12	2024-06-16 20:59:18-04
982	5102	112	Tarea 1	2024-04-21 07:28:36-04	entrega_669036.zip	eaef935a05342589fc59e891822838e951410a5c	146.83.196.19	\N	\N	\N	\N
983	5102	112	Informe de laboratorio	2024-04-17 14:29:03-04	entrega_727107.pdf	eaf3128d9091b5342ae58e2694f5661b1d73df58	146.83.196.10	\N	\N	\N	\N
984	5102	112	Control 1	2024-05-03 12:01:25-04	entrega_316623.docx	24523fc1adb90f473d1eb66e54ad3431f0676a67	152.172.12.225	\N	\N	\N	\N
985	5102	112	Proyecto semestral	2024-04-05 05:31:02-04	entrega_114392.zip	013e74b8762e5ef760004199a5ef2d87b5d9ea29	152.172.12.225	4.1	\N	13	2024-04-13 09:31:02-04
986	5103	112	Proyecto semestral	2024-04-11 03:20:55-04	entrega_987583.docx	a8d8fd08c52c318ece082926eea80a1f3809cbcc	146.83.196.26	4.6	\N	13	2024-04-21 10:20:55-04
987	5103	112	Tarea 1	2024-06-06 11:48:40-04	entrega_104608.pdf	4acb88ed185d84ac4430c41163a95a724bcf53c4	146.83.196.10	5.1	Excelente análisis Francisca!	13	2024-06-19 19:48:40-04
988	5103	112	Tarea 2	2024-04-04 00:09:44-04	entrega_638357.pdf	570651532464d79abe66bb2f1916325a5ec82b08	181.43.12.242	2.5	Excelente análisis Francisca!	13	2024-04-13 03:09:44-04
989	5103	106	Informe de laboratorio	2024-04-08 06:57:51-04	entrega_804997.pdf	002f4bd854ff72db23043a474293c202fa7381a6	146.83.196.29	1.6	\N	7	2024-04-16 09:57:51-04
990	5103	106	Tarea 1	2024-05-14 09:22:38-04	entrega_459561.docx	77b64d58f4f636416e47454cc020eb39ddb64537	181.43.12.242	\N	\N	\N	\N
991	5103	106	Control 1	2024-04-09 20:12:26-04	entrega_777645.docx	a3186ad54236b5a71be9249440c3900b085dbf2a	146.83.196.18	5.5	Excelente análisis Francisca!	7	2024-04-24 05:12:26-04
992	5103	106	Ensayo final	2024-06-12 10:14:11-04	entrega_460295.pdf	6e0cdcab68d40bd72a405df34609f10e8669b17f	181.43.12.242	\N	\N	\N	\N
993	5103	111	Proyecto semestral	2024-06-19 11:18:39-04	entrega_376128.docx	0502d04b955b17a81cd304316dd2fdba8da44374	181.43.12.242	2.1	Revisar formato APA.	12	2024-07-01 20:18:39-04
994	5103	111	Tarea 1	2024-05-04 10:23:19-04	entrega_552612.docx	ebfdc3b8cda940c4085b9b6e649dce643fe026d4	146.83.196.28	1.7	\N	12	2024-05-13 16:23:19-04
995	5104	112	Tarea 1	2024-06-07 19:36:15-04	entrega_560328.docx	e6e9e87352f6912d4616773ad797d4829a35e084	179.57.85.132	1.6	\N	13	2024-06-21 19:36:15-04
996	5104	112	Control 1	2024-04-17 13:23:53-04	entrega_862972.docx	72edfdf833ffa1d7a8f8f00799256578717ada7b	146.83.196.23	2.2	Buen trabajo, Joaquín.	13	2024-04-25 17:23:53-04
997	5104	112	Tarea 2	2024-04-07 03:07:46-04	entrega_907673.pdf	7a6e81f1525a545bd497a3213a9aff95abc3c2be	146.83.196.8	6.8	\N	13	2024-04-11 07:07:46-04
998	5104	108	Control 1	2024-06-28 03:32:07-04	entrega_549791.docx	b14c99ff74482ee496335ee12fc25ad7d01e44a8	179.57.85.132	6.6	\N	9	2024-07-09 07:32:07-04
999	5104	108	Ensayo final	2024-05-09 11:04:19-04	entrega_756803.pdf	1063b0e11e171559e704d004cb7d20353f00bd4c	179.57.85.132	2.3	Revisar formato APA.	9	2024-05-23 15:04:19-04
1000	5104	108	Proyecto semestral	2024-05-25 01:38:11-04	entrega_769568.docx	80177d1ee18a7a8f88d05db8334a684d622a1f9f	179.57.85.132	6.3	\N	9	2024-06-03 05:38:11-04
1001	5104	108	Tarea 1	2024-04-21 14:19:07-04	entrega_461470.zip	624af7d6b1f0faf263b85a927ab1587c32b8c948	146.83.196.4	\N	\N	\N	\N
1002	5105	112	Control 1	2024-05-05 22:48:03-04	entrega_233888.docx	9e28f61607ab2f3a9e97493b304dc360cfa47168	146.83.196.13	1.8	\N	13	2024-05-14 08:48:03-04
1003	5105	112	Tarea 1	2024-04-18 23:19:01-04	entrega_493670.zip	75a78509137c1e3e559faa5571035e46f12b5917	190.160.14.223	6.6	\N	13	2024-04-25 00:19:01-04
1004	5105	112	Tarea 2	2024-05-03 10:57:18-04	entrega_571364.pdf	2cbed632c3f114082103d7be1396a4be8a9ee27e	146.83.196.13	2.0	\N	13	2024-05-08 15:57:18-04
1005	5105	112	Proyecto semestral	2024-04-28 14:31:37-04	entrega_783793.pdf	9ddb8b0b623246e622c56c53fe076193c4120774	190.160.14.223	7.0	\N	13	2024-05-12 15:31:37-04
1006	5105	107	Tarea 1	2024-06-22 17:16:27-04	entrega_261822.zip	b7e527ee128909c9b21a7faa980002d455f59296	190.160.14.223	2.4	Camila, revisa la sección 3: faltan referencias.	8	2024-07-02 17:16:27-04
1007	5105	107	Proyecto semestral	2024-06-05 06:29:48-04	entrega_115168.docx	26ba3cc2a0bdf1fc7d28b8619064be88b8ffacc7	146.83.196.8	6.0	\N	8	2024-06-07 07:29:48-04
1008	5105	111	Tarea 1	2024-05-12 21:56:03-04	entrega_308788.docx	b2d66b60562e680490bfed54af7315e892ceaa7e	190.160.14.223	3.0	Excelente análisis Camila!	12	2024-05-16 04:56:03-04
1009	5105	111	Ensayo final	2024-06-14 20:35:57-04	entrega_902711.pdf	150f247266d1dac68c1ade861630546aba17eda3	146.83.196.9	1.8	Revisar formato APA.	12	2024-06-20 00:35:57-04
1010	5105	111	Informe de laboratorio	2024-06-12 09:46:16-04	entrega_701814.pdf	410b71e856bab8a1c6d42c65a6ac60c18e7adcd8	190.160.14.223	4.0	\N	12	2024-06-26 11:46:16-04
1011	5106	112	Tarea 2	2024-05-31 10:14:54-04	entrega_162060.pdf	995263a7500b3d91421dacbbdd7d8d449782b041	146.83.196.25	4.6	\N	13	2024-06-03 17:14:54-04
1012	5106	112	Tarea 1	2024-04-19 02:04:46-04	entrega_986163.pdf	a9418fac5cdc0d5e9b0a5c096aed9ff7d27eefd6	146.83.196.20	2.5	\N	13	2024-04-30 09:04:46-04
1013	5106	111	Tarea 2	2024-05-06 20:20:24-04	entrega_917768.pdf	bbe5acd04c1746e4862ac46a604e5627979a61b4	146.83.196.5	2.7	\N	12	2024-05-21 05:20:24-04
1014	5106	111	Informe de laboratorio	2024-06-12 18:51:09-04	entrega_869145.pdf	4e669a7f93831830841bd8c75611f2d24eb8d62a	146.83.196.30	5.1	Revisar formato APA.	12	2024-06-24 20:51:09-04
1015	5106	111	Tarea 1	2024-05-04 06:32:44-04	entrega_879500.docx	e68a3ccde704743314171a64a79185039dc02f5b	146.83.196.29	6.3	\N	12	2024-05-07 07:32:44-04
1016	5106	111	Control 1	2024-04-28 09:18:09-04	entrega_334866.docx	01d039cc6adc6a80cfad54928a9de4766ec901d4	146.83.196.2	4.7	Entrega fuera de plazo, se descuenta 1 punto.	12	2024-05-04 10:18:09-04
1017	5106	105	Control 1	2024-04-14 21:36:00-04	entrega_169046.pdf	12d3193d36442e75cb69c881cc2798dc688464a0	190.161.132.196	3.4	\N	6	2024-04-20 02:36:00-04
1018	5106	105	Proyecto semestral	2024-04-06 11:23:35-04	entrega_931451.pdf	9682d4a5a3b97414ee3ee1d24db99f86072674e7	146.83.196.29	1.0	\N	6	2024-04-12 13:23:35-04
1019	5106	105	Ensayo final	2024-04-19 23:24:31-04	entrega_213388.zip	792881ed0b681fbb9cbbb96c97ae3482190ab82b	191.125.167.3	\N	\N	\N	\N
1020	5107	111	Tarea 1	2024-04-07 18:26:41-04	entrega_971012.zip	6504ba8d310f3b37fff54f6480005a361fb45b34	146.83.196.26	2.5	\N	12	2024-04-22 03:26:41-04
1021	5107	111	Ensayo final	2024-05-20 23:46:42-04	entrega_223954.docx	cf54a952f8f1bfa6940423feda8f0ee9eed67b7f	191.125.151.45	5.0	Bien estructurado. Falta conclusión.	12	2024-05-23 05:46:42-04
1022	5107	111	Informe de laboratorio	2024-04-06 16:02:27-04	entrega_372973.zip	0b9cadd6f9a8206caa63793403d88bd23b7d84c3	146.83.196.14	4.4	Excelente análisis Benjamín!	12	2024-04-20 02:02:27-04
1023	5107	104	Tarea 2	2024-06-02 22:23:27-04	entrega_220646.pdf	f6313b87cb57d81f0079a3ae5bf9174e5f97c56c	191.125.151.45	2.1	\N	5	2024-06-11 00:23:27-04
1024	5107	104	Ensayo final	2024-04-28 20:19:43-04	entrega_889897.zip	5cf0853595a199065e20476f05810df2e39568f4	191.125.151.45	3.4	\N	5	2024-05-05 06:19:43-04
1025	5107	104	Informe de laboratorio	2024-04-02 22:58:43-04	entrega_986640.docx	ad97d6770cd122ff90deae3df73b0ce1e3959c6b	191.125.151.45	\N	\N	\N	\N
1026	5107	104	Proyecto semestral	2024-05-17 16:23:25-04	entrega_328200.pdf	2b782691d00cefdfbd24e4f48abfe9405c236ae2	146.83.196.11	2.1	\N	5	2024-05-28 20:23:25-04
1027	5107	110	Ensayo final	2024-06-11 00:07:27-04	entrega_630544.pdf	ae63fe184fa1c79545fd1482220978d762c66733	146.83.196.22	\N	\N	\N	\N
1028	5107	110	Tarea 1	2024-04-21 08:35:12-04	entrega_359565.docx	4bb5d1ad22e137f787df295c87f3bfd1a38ca4c9	146.83.196.23	6.0	\N	11	2024-04-23 14:35:12-04
1029	5107	103	Informe de laboratorio	2024-04-19 10:45:46-04	entrega_225659.zip	ec2acf04a3f313a11f2b209492a9ed7c1af546c9	146.83.196.6	\N	\N	\N	\N
1030	5107	103	Proyecto semestral	2024-06-27 10:42:45-04	entrega_115959.pdf	e66264c05067a4d939c6176c1eddb2f8f43ecded	191.125.151.45	1.1	\N	4	2024-07-10 15:42:45-04
1031	5107	103	Ensayo final	2024-04-02 22:46:13-04	entrega_308741.pdf	8b43012576c0d7900a8631e93b96283ebfa6bebc	191.125.151.45	\N	\N	\N	\N
1032	5107	103	Control 1	2024-04-12 13:22:58-04	entrega_122967.pdf	a9a2d013beef52ba328ea543a2dfe878f856bdbf	191.125.151.45	\N	\N	\N	\N
1033	5108	101	Proyecto semestral	2024-04-12 12:52:21-04	entrega_655601.pdf	20632cbe4b6a7194446972693ba38bbf55d63e86	179.57.186.65	3.1	\N	2	2024-04-26 18:52:21-04
1034	5108	101	Ensayo final	2024-06-03 22:55:32-04	entrega_629374.pdf	d854a85a2b88bfcc7e5a42e058c46043273bfd62	200.104.173.59	6.3	\N	2	2024-06-14 00:55:32-04
1035	5108	101	Control 1	2024-06-21 12:18:49-04	entrega_661738.pdf	cedfd4ee37b0da5fe410e4871ed43b3f38f6c95b	200.104.173.59	3.4	Buen trabajo, Ignacia.	2	2024-06-27 20:18:49-04
1036	5108	111	Tarea 2	2024-06-08 21:55:40-04	entrega_848412.pdf	37e4d4a03a41a8652abe6d0e94303fc0bb2167ee	200.104.173.59	5.7	Revisar formato APA.	12	2024-06-20 06:55:40-04
1037	5108	111	Ensayo final	2024-04-06 22:04:26-04	entrega_206564.zip	056613da697f97cc69c4fe3cb87974730f1fc600	200.104.173.59	4.7	\N	12	2024-04-13 05:04:26-04
1038	5108	102	Proyecto semestral	2024-04-03 11:22:30-04	entrega_480038.docx	ee4cab6d6d58794896202d1ac0b1558487ab528a	200.104.173.59	2.5	\N	3	2024-04-17 19:22:30-04
1039	5108	102	Ensayo final	2024-05-29 08:19:29-04	entrega_986899.pdf	224bde15edd43d1faa3254b1bcc70ee8caa6e076	179.57.186.65	2.4	Ignacia, revisa la sección 3: faltan referencias.	3	2024-06-08 16:19:29-04
1040	5108	100	Tarea 1	2024-04-03 20:09:36-04	entrega_926949.pdf	ef49679b6ee7d12eb6aee4750f92349f08ce3f48	200.104.173.59	\N	\N	\N	\N
1041	5108	100	Ensayo final	2024-04-12 12:39:56-04	entrega_119628.docx	81138a47e6ac4f0b45dd20babafdbd2b202f4870	200.104.173.59	1.6	\N	1	2024-04-21 18:39:56-04
1042	5108	100	Proyecto semestral	2024-05-15 01:18:08-04	entrega_330503.pdf	1847f01540fc15867192186253d9f8b3fad4f676	146.83.196.30	4.0	Entrega fuera de plazo, se descuenta 1 punto.	1	2024-05-28 06:18:08-04
1043	5108	112	Proyecto semestral	2024-06-05 06:01:46-04	entrega_577640.pdf	e2c02e9205c2e27515fdf73f2bc8755df07d46c8	200.104.173.59	3.3	\N	13	2024-06-19 10:01:46-04
1044	5108	112	Tarea 2	2024-06-18 22:33:29-04	entrega_824616.pdf	bc3e4d0a03fb16e6a83560aa40f46a76389bf4e9	179.57.186.65	\N	\N	\N	\N
1045	5108	112	Informe de laboratorio	2024-05-29 20:10:24-04	entrega_842472.pdf	bd0015cf3ad5e4e4735621bc88e45f2da01473e7	200.104.173.59	6.8	Excelente análisis Ignacia!	13	2024-06-12 04:10:24-04
1046	5109	111	Informe de laboratorio	2024-06-23 18:13:07-04	entrega_609898.pdf	2bb066900ffdd1cd76b1a15660cb44d14533a612	200.104.139.159	4.8	Bien estructurado. Falta conclusión.	12	2024-06-25 18:13:07-04
1047	5109	111	Control 1	2024-04-03 06:36:22-04	entrega_368575.docx	4af882a8172edae4d7d93370008edb737118bac8	186.11.131.24	\N	\N	\N	\N
1048	5109	111	Proyecto semestral	2024-04-24 08:21:53-04	entrega_220424.docx	21b71a554c7ca78a75ed762d4dc8c0d54e8fc823	200.104.139.159	5.1	Bien estructurado. Falta conclusión.	12	2024-05-05 11:21:53-04
1049	5109	111	Tarea 1	2024-04-27 07:27:42-04	entrega_485102.pdf	9c790f68b975ff9eace822cf34b02462599db5df	186.11.131.24	5.7	Buen trabajo, Joaquín.	12	2024-05-06 14:27:42-04
1050	5109	112	Control 1	2024-05-15 09:01:29-04	entrega_858431.docx	c4c0f105d1cfdf6260b9daeca941fefb6f6cc4b9	186.11.131.24	2.3	Buen trabajo, Joaquín.	13	2024-05-18 10:01:29-04
1051	5109	112	Ensayo final	2024-05-30 08:50:29-04	entrega_745082.pdf	bf8973b5a07524f37f6ad21def0facb90da3e50d	200.104.139.159	1.1	\N	13	2024-06-06 15:50:29-04
1052	5109	106	Tarea 1	2024-04-14 23:56:49-04	entrega_627628.pdf	ab6dc5b08bee71d5ad8267f3d8a77e3da58bd975	186.11.131.24	\N	\N	\N	\N
1053	5109	106	Ensayo final	2024-06-11 15:46:43-04	entrega_863078.pdf	3d6c2f0b2c548ced6429b622ee01db3bb95b4e22	200.104.139.159	3.8	Entrega fuera de plazo, se descuenta 1 punto.	7	2024-06-17 23:46:43-04
1054	5109	106	Proyecto semestral	2024-06-17 00:39:33-04	entrega_565768.docx	b740a16986cbdc6d26a0779591dd7ae4791b4425	146.83.196.9	4.8	Revisar formato APA.	7	2024-06-27 07:39:33-04
1055	5109	106	Control 1	2024-06-12 10:17:36-04	entrega_710386.zip	24ecefa7590c1bcfb48e01eba3134c3acafe5c56	146.83.196.22	3.7	Excelente análisis Joaquín!	7	2024-06-14 18:17:36-04
1056	5110	100	Informe de laboratorio	2024-06-12 07:19:25-04	entrega_352346.pdf	4de30ac9a89024a3d324356cabaf46bb32b700bc	190.160.59.116	6.0	\N	1	2024-06-22 11:19:25-04
1057	5110	100	Tarea 2	2024-04-14 02:00:54-04	entrega_733963.zip	396dee963949c095894e70175f95c98a408bf4a1	190.160.59.116	6.5	Buen trabajo, Javiera.	1	2024-04-25 08:00:54-04
1058	5110	102	Proyecto semestral	2024-05-07 10:07:35-04	entrega_986985.docx	9cbc5c6af7efff3d45602c647ed8dce8647d7c49	190.160.59.116	3.0	Entrega fuera de plazo, se descuenta 1 punto.	3	2024-05-20 20:07:35-04
1059	5110	102	Control 1	2024-05-30 20:38:50-04	entrega_829413.docx	0930b2000cac1714250baae3a877cb847f76644c	190.160.59.116	3.1	\N	3	2024-06-11 01:38:50-04
1060	5110	102	Tarea 1	2024-04-15 12:23:51-04	entrega_452835.docx	efcf45487ee5bc4823067346a6581e3022073c72	191.125.144.4	4.9	\N	3	2024-04-19 22:23:51-04
1061	5110	112	Proyecto semestral	2024-06-01 11:04:32-04	entrega_446543.zip	c336677c1d81de2363700a48bc35a1a4e6b70d16	146.83.196.18	2.6	\N	13	2024-06-15 17:04:32-04
1062	5110	112	Tarea 1	2024-05-26 20:20:37-04	entrega_175714.zip	e01b4415d0d97e76af0c674d30b16ee09ca028db	191.125.144.4	4.3	\N	13	2024-06-07 06:20:37-04
1063	5110	112	Informe de laboratorio	2024-05-03 20:27:34-04	entrega_291306.pdf	86ee18a0acae8f1d1295282c87a80e680757eff7	146.83.196.4	6.9	\N	13	2024-05-14 22:27:34-04
1064	5111	111	Proyecto semestral	2024-06-20 08:27:08-04	entrega_658114.docx	a16031a17467316cf95473983679f5ff8f3eded3	146.83.196.17	6.3	Revisar formato APA.	12	2024-07-02 13:27:08-04
1065	5111	111	Ensayo final	2024-06-14 15:42:02-04	entrega_345863.pdf	9bc8862c365ce528d68e6a0e4d80d6c6fd6373c0	200.104.253.221	5.1	Excelente análisis Tomás!	12	2024-06-16 21:42:02-04
1066	5111	111	Tarea 1	2024-04-04 15:36:18-04	entrega_460658.pdf	d3ac982323489ca51f2cfee678865055cf76682f	190.160.186.226	1.4	\N	12	2024-04-17 22:36:18-04
1067	5111	111	Informe de laboratorio	2024-05-31 04:59:15-04	entrega_915043.zip	f24cabf01079a55115ee6a4c88510531c080133e	190.160.186.226	3.6	\N	12	2024-06-06 11:59:15-04
1068	5111	107	Control 1	2024-05-09 22:39:13-04	entrega_301679.pdf	1ffdefa653d91785226e077a83e9a80dac0fbd84	190.160.186.226	4.9	Revisar formato APA.	8	2024-05-18 00:39:13-04
1069	5111	107	Tarea 2	2024-04-26 07:39:18-04	entrega_726612.pdf	d2fd06a798d5ceb80cee67c86aca749769e693ad	190.160.186.226	6.9	\N	8	2024-05-07 10:39:18-04
1070	5111	107	Informe de laboratorio	2024-05-22 11:51:52-04	entrega_340826.pdf	fe0481dcf293813b7b50ce471a542717866579bd	146.83.196.16	3.4	\N	8	2024-05-24 15:51:52-04
1071	5111	107	Tarea 1	2024-06-27 23:09:09-04	entrega_466344.pdf	823253d9cc348ec90ea768f782187815562e7f33	200.104.253.221	1.4	\N	8	2024-06-29 23:09:09-04
1072	5112	111	Control 1	2024-04-22 06:19:26-04	entrega_868858.zip	7c51a6e075145e8c07a3f6a6191b4cd63c2c89f3	181.43.176.93	3.2	\N	12	2024-04-30 06:19:26-04
1073	5112	111	Informe de laboratorio	2024-06-19 04:02:27-04	entrega_463555.pdf	1906d554fc20bea42f77f486cd29dae823d1142e	181.43.176.93	5.3	Excelente análisis Josefa!	12	2024-06-21 08:02:27-04
1074	5112	111	Tarea 1	2024-06-02 21:50:10-04	entrega_664950.pdf	10ed0b72b5a0918ddfbe2b01452f241bd170d78c	181.43.176.93	6.8	\N	12	2024-06-17 03:50:10-04
1075	5112	111	Ensayo final	2024-06-13 10:40:46-04	entrega_405791.zip	dc9bc5ebc53aabd2f105b0e70e971e639fb6156f	181.43.176.93	\N	\N	\N	\N
1076	5112	106	Ensayo final	2024-04-28 10:32:02-04	entrega_602074.pdf	995d029fe4b35a911c9624ed61265896613a4ccf	146.83.196.3	6.4	\N	7	2024-05-05 10:32:02-04
1077	5112	106	Tarea 1	2024-06-27 10:20:09-04	entrega_692522.zip	34337b022013f8854a1defa7c54f1e63daeff149	181.43.176.93	3.2	\N	7	2024-07-04 14:20:09-04
1078	5112	106	Tarea 2	2024-06-09 13:12:38-04	entrega_378116.pdf	b72358aa3ef192aabfb943c8b8f0c049eac112c0	181.43.176.93	6.7	Bien estructurado. Falta conclusión.	7	2024-06-13 18:12:38-04
1079	5112	112	Informe de laboratorio	2024-06-19 03:29:42-04	entrega_881140.pdf	1797f6dbef41ec3bd9d5a9aee88167e4133b82d9	181.43.176.93	4.8	Josefa, revisa la sección 3: faltan referencias.	13	2024-07-02 09:29:42-04
1080	5112	112	Ensayo final	2024-06-27 04:12:46-04	entrega_717684.zip	74e757451b9c37e1c88fd96dc4058c3ff90ecb59	181.43.176.93	\N	\N	\N	\N
1081	5112	112	Proyecto semestral	2024-05-07 11:26:27-04	entrega_867543.docx	0e5fc210b3064472765fdd99556bf9f57b0b53ef	181.43.176.93	2.2	\N	13	2024-05-20 13:26:27-04
1082	5112	112	Control 1	2024-06-12 03:22:17-04	entrega_320646.docx	9c6983f964103806cd6421aadd312342e66ba479	146.83.196.19	1.3	\N	13	2024-06-20 09:22:17-04
1083	5113	100	Control 1	2024-05-03 07:58:58-04	entrega_258213.pdf	36a5b539b6d676d00534a3ddaa12f3c7672db586	181.43.139.89	\N	\N	\N	\N
1084	5113	100	Tarea 1	2024-04-15 18:10:41-04	entrega_174845.pdf	fc4a5d88789413f86cb8bea606b65b18f9b1a3db	181.43.139.89	1.7	\N	1	2024-04-23 00:10:41-04
1085	5113	100	Proyecto semestral	2024-04-14 18:50:19-04	entrega_894989.docx	04a94db8038f8a6cbb41e498e5c03bc9d4b281e5	146.83.196.30	1.1	Excelente análisis Daniela!	1	2024-04-16 18:50:19-04
1086	5113	100	Informe de laboratorio	2024-05-21 07:06:01-04	entrega_421637.zip	ffd89d18d8b4dace8fd260c660a21b92957dc2d5	146.83.196.12	\N	\N	\N	\N
1087	5113	111	Tarea 1	2024-04-16 23:53:15-04	entrega_126674.zip	7a48222814e03d9fcd413a18ea424fb0b05d8937	146.83.196.20	5.1	\N	12	2024-04-21 09:53:15-04
1088	5113	111	Ensayo final	2024-05-10 03:48:51-04	entrega_800235.pdf	8d63bb7468f6a99627065fd6330b13ac9de663ee	181.43.139.89	1.7	\N	12	2024-05-18 03:48:51-04
1089	5113	111	Proyecto semestral	2024-06-09 20:07:55-04	entrega_443434.pdf	b900688e75c546ca9afa12054f18c1dab7f617ba	181.43.139.89	4.0	Revisar formato APA.	12	2024-06-12 20:07:55-04
1090	5113	111	Informe de laboratorio	2024-05-28 05:06:31-04	entrega_118552.pdf	37ac1931d99af0da67d4c84e62784a7d1c5843b7	179.57.213.135	4.9	\N	12	2024-06-02 15:06:31-04
1091	5113	109	Tarea 2	2024-04-15 22:42:53-04	entrega_702594.pdf	7880c32bf0dfd0c1f5d43d4627fd014a6e7f322c	146.83.196.2	6.5	\N	10	2024-04-26 04:42:53-04
1092	5113	109	Ensayo final	2024-05-07 08:19:29-04	entrega_184033.zip	5f8112c0083aec110303ff777f401059fd01bfc5	179.57.213.135	1.4	Daniela, revisa la sección 3: faltan referencias.	10	2024-05-09 08:19:29-04
1093	5113	109	Tarea 1	2024-04-09 15:43:29-04	entrega_209910.pdf	b64e99afc4d0312135af4670974f4c0e627c7a2e	181.43.139.89	4.6	\N	10	2024-04-14 18:43:29-04
1094	5113	101	Tarea 2	2024-04-15 07:43:24-04	entrega_870947.pdf	67575b3581feded170336d2c026c5c72e972a0ed	181.43.139.89	6.0	\N	2	2024-04-25 12:43:24-04
1095	5113	101	Proyecto semestral	2024-06-10 02:54:37-04	entrega_510674.pdf	b73d41041fee6298743158e3dc7d1a9a91aa6b09	146.83.196.27	\N	\N	\N	\N
1096	5113	101	Ensayo final	2024-06-26 15:36:57-04	entrega_748524.pdf	5d3eb3992d191c4e7c735b52fe960bb6221364cd	146.83.196.23	\N	\N	\N	\N
1097	5113	101	Tarea 1	2024-05-22 00:53:07-04	entrega_121704.zip	405f4afcde5a44edebc8f13de36725a19642bae2	146.83.196.27	\N	\N	\N	\N
1098	5114	112	Ensayo final	2024-05-17 17:07:24-04	entrega_422742.zip	9529cff57f8e353bb4ed25eb7c74eff87072f32e	179.57.249.59	1.7	\N	13	2024-05-30 18:07:24-04
1099	5114	112	Informe de laboratorio	2024-06-20 19:17:26-04	entrega_515378.pdf	0be3ea13f6583103524cc6f5cd2a174ec65c182f	146.83.196.4	4.4	Entrega fuera de plazo, se descuenta 1 punto.	13	2024-06-30 21:17:26-04
1100	5114	112	Control 1	2024-05-08 21:49:03-04	entrega_928405.pdf	41dc382eb6906d826c09c272e481fbda136ea4d4	146.83.196.4	\N	\N	\N	\N
1101	5114	112	Proyecto semestral	2024-05-10 23:30:29-04	entrega_859474.pdf	7f8a2ae2d986853b25c4c26c8d131333087bb1a0	146.83.196.7	1.4	\N	13	2024-05-18 08:30:29-04
1102	5114	107	Tarea 2	2024-05-31 05:31:02-04	entrega_377103.pdf	8fedbe7742e7b8d2b405a53325a589d88f022a35	179.57.249.59	\N	\N	\N	\N
1103	5114	107	Tarea 1	2024-05-12 10:56:49-04	entrega_238584.pdf	b40e1776379800d587da644aceb544521f063d95	190.160.169.135	\N	\N	\N	\N
1104	5114	111	Tarea 2	2024-04-11 13:38:53-04	entrega_812586.pdf	bc67a998c478eed68108ca505eadb4add0ab87c3	146.83.196.23	1.2	\N	12	2024-04-20 14:38:53-04
1105	5114	111	Control 1	2024-04-22 17:47:59-04	entrega_823355.docx	5c0e64d291e45ffe5c6cb8afcf6b4a4ab2258e41	146.83.196.19	6.9	\N	12	2024-04-26 18:47:59-04
1106	5115	107	Tarea 2	2024-05-09 07:05:08-04	entrega_782462.zip	65caae558da5a241ee73b3fac4802d6060544e55	146.83.196.9	1.6	Revisar formato APA.	8	2024-05-12 13:05:08-04
1107	5115	107	Tarea 1	2024-06-22 15:56:37-04	entrega_351779.pdf	f6f63a2308f3cfa8ef1dd41e9c8784f78dbf38a7	146.83.196.11	\N	\N	\N	\N
1108	5115	107	Informe de laboratorio	2024-04-28 15:04:16-04	entrega_340034.pdf	1b679ddc8f3069b012c35f8467451a1d3595371a	190.160.114.121	\N	\N	\N	\N
1109	5115	107	Control 1	2024-06-08 04:36:48-04	entrega_259700.pdf	20f13e5702fecba15576253fff86efa1a95d1013	179.57.197.74	2.1	\N	8	2024-06-14 14:36:48-04
1110	5115	111	Ensayo final	2024-05-27 23:30:27-04	entrega_454851.zip	c2da48b61587f71ca9d7c9f72e196e4b687bf000	179.57.197.74	7.0	Revisar formato APA.	12	2024-06-08 04:30:27-04
1111	5115	111	Informe de laboratorio	2024-05-16 14:30:29-04	entrega_723472.pdf	4485eb3f95e9653bf2b0c8dfc19d595991d15d1b	179.57.197.74	4.7	\N	12	2024-05-25 22:30:29-04
1112	5115	111	Tarea 1	2024-04-23 17:12:21-04	entrega_550195.pdf	8123da9d74c3810424b8811bf33523fe2cafa76e	146.83.196.17	3.1	Entrega fuera de plazo, se descuenta 1 punto.	12	2024-05-07 23:12:21-04
1113	5115	111	Tarea 2	2024-04-21 12:16:47-04	entrega_866506.docx	30b27a9b5c83753548aefce65fa22badff11d6b7	146.83.196.28	\N	\N	\N	\N
1114	5115	112	Tarea 2	2024-05-21 14:41:00-04	entrega_890766.pdf	032825c8864e03f6715dc5fa35377515fc260a71	179.57.197.74	6.9	\N	13	2024-05-29 14:41:00-04
1115	5115	112	Tarea 1	2024-04-11 16:14:39-04	entrega_261675.zip	33fc0de82c1c06caff15e56c906607f26e06922c	190.160.114.121	4.7	\N	13	2024-04-23 19:14:39-04
1116	5115	112	Control 1	2024-05-10 05:36:43-04	entrega_376466.zip	545ad2eb1115346e2024987ac8ab22751522ab13	179.57.197.74	2.8	\N	13	2024-05-12 05:36:43-04
1117	5115	112	Proyecto semestral	2024-05-06 16:54:24-04	entrega_819602.docx	78ba3f324bf5f1067ecbeb1cb6f7986232bafeb1	179.57.197.74	4.7	\N	13	2024-05-17 23:54:24-04
1118	5116	111	Informe de laboratorio	2024-04-10 00:50:14-04	entrega_595057.pdf	bf570988e353ad6f6b96d2b3d98528d2cfe2c4f6	200.104.8.11	4.9	\N	12	2024-04-14 01:50:14-04
1119	5116	111	Control 1	2024-04-24 13:00:28-04	entrega_750884.pdf	06069e3694c95d61c449318d2ce653eb96ed91df	190.161.100.121	4.4	Entrega fuera de plazo, se descuenta 1 punto.	12	2024-05-05 13:00:28-04
1120	5116	107	Control 1	2024-06-02 04:46:27-04	entrega_189389.pdf	c1e64add33d36dd031034a2720e03226519e3d11	200.104.8.11	3.9	\N	8	2024-06-04 05:46:27-04
1121	5116	107	Ensayo final	2024-05-24 08:36:29-04	entrega_572697.pdf	596fff768971f1e457febca47033793971d462fc	200.104.8.11	1.8	Excelente análisis Javiera!	8	2024-05-28 13:36:29-04
1122	5116	107	Proyecto semestral	2024-05-19 17:57:45-04	entrega_299109.zip	e21855078632ecc3f50d29036685989fee79ebd6	200.104.8.11	4.9	\N	8	2024-06-02 18:57:45-04
1123	5116	107	Tarea 1	2024-05-28 11:43:26-04	entrega_700019.docx	d50689fd14c2f0c5c37d247a8f201bc52c667a94	200.104.8.11	5.5	\N	8	2024-06-09 15:43:26-04
1124	5116	112	Tarea 1	2024-06-07 22:44:59-04	entrega_244713.pdf	423f6edfcf22a70dc0361e63bd82ce75ba955d41	190.161.100.121	6.5	\N	13	2024-06-12 06:44:59-04
1125	5116	112	Tarea 2	2024-04-01 17:18:08-04	entrega_472358.pdf	e824818b1b7cc3410c069d1b88013063686a21c6	190.161.100.121	\N	\N	\N	\N
1126	5116	112	Proyecto semestral	2024-06-19 21:45:05-04	entrega_625289.pdf	af57d03b9f041406c3cc3d5129db67a712f66bd0	190.161.100.121	3.0	\N	13	2024-06-25 07:45:05-04
1127	5116	112	Control 1	2024-05-31 04:56:38-04	entrega_461052.zip	1fe478622eb653e723739966e87ce51a4d88ca28	146.83.196.11	5.9	Excelente análisis Javiera!	13	2024-06-14 11:56:38-04
1128	5117	108	Tarea 1	2024-04-30 12:00:29-04	entrega_340270.pdf	258bcc3f2daeacb4fcc37b649291cc7d520423d7	191.125.63.243	2.8	Revisar formato APA.	9	2024-05-02 18:00:29-04
1129	5117	108	Informe de laboratorio	2024-05-27 13:22:18-04	entrega_129066.docx	8f9d2034498a0f1c7a0fef6b3f1379e3cc4e9e27	146.83.196.17	1.1	Buen trabajo, Camila.	9	2024-06-03 23:22:18-04
1130	5117	111	Control 1	2024-06-03 22:44:43-04	entrega_845847.docx	e32e930738b15a13bfb079ad96ca65bbe863f3a6	146.83.196.7	2.8	\N	12	2024-06-08 22:44:43-04
1131	5117	111	Tarea 2	2024-04-25 10:51:51-04	entrega_440422.zip	31ba89bc7019bdaf5097d60a86296d97ca26feed	146.83.196.22	5.6	Bien estructurado. Falta conclusión.	12	2024-04-30 10:51:51-04
1132	5117	111	Ensayo final	2024-04-23 02:12:13-04	entrega_178566.docx	d935fcfc4683b558ed57778fbc54ee3fec775aa3	191.125.63.243	\N	\N	\N	\N
1133	5117	111	Proyecto semestral	2024-06-09 01:27:56-04	entrega_865259.docx	27991e2b4cdeac9ebeded6ab348568681aa43afd	146.83.196.13	\N	\N	\N	\N
1134	5118	111	Control 1	2024-04-10 08:28:19-04	entrega_801829.docx	31fc98bed673143a4f957f17afecaef8368dd082	179.57.105.81	1.4	\N	12	2024-04-20 18:28:19-04
1135	5118	111	Ensayo final	2024-04-09 00:31:06-04	entrega_847898.zip	210e379029c8fef9383034604c53dee9a6a46c27	179.57.105.81	5.7	Bien estructurado. Falta conclusión.	12	2024-04-14 03:31:06-04
1136	5118	108	Informe de laboratorio	2024-05-05 10:16:30-04	entrega_362678.pdf	d51b3af98b44a7f2e43c12eb5a8c25b367feaf53	146.83.196.30	1.9	\N	9	2024-05-14 19:16:30-04
1137	5118	108	Control 1	2024-06-25 05:47:52-04	entrega_384781.pdf	1b235f5c6b96446273909ce330a6ca572e9f4065	146.83.196.15	\N	\N	\N	\N
1138	5118	108	Tarea 2	2024-05-15 06:11:15-04	entrega_431573.pdf	bde6c561fd3c6cc8022729722872ecb691a9c228	146.83.196.17	4.3	\N	9	2024-05-17 08:11:15-04
1139	5118	112	Informe de laboratorio	2024-05-10 11:27:45-04	entrega_926327.zip	4d99cedd2b44f3fb77a0a7270f262482d6a37b1d	146.83.196.19	\N	\N	\N	\N
1140	5118	112	Proyecto semestral	2024-06-21 02:27:31-04	entrega_576508.pdf	e4bf1405cdce30232c4a244d653ff4f59be20ef2	179.57.105.81	\N	\N	\N	\N
1141	5118	112	Tarea 2	2024-05-28 20:04:36-04	entrega_817697.pdf	06bc7abfc41d7c54451acc3fcfeb0d13450b2410	152.172.180.186	3.7	\N	13	2024-06-01 22:04:36-04
1142	5119	107	Control 1	2024-04-29 22:44:55-04	entrega_334937.pdf	596e84737ad54f17dcf9e3d51227dfde1c71d721	146.83.196.21	4.7	\N	8	2024-05-09 08:44:55-04
1143	5119	107	Tarea 2	2024-06-06 11:15:42-04	entrega_947242.docx	8308ce4c4192d56d44746894d46306133f946425	190.161.15.159	2.8	\N	8	2024-06-11 20:15:42-04
1144	5119	107	Proyecto semestral	2024-04-26 21:58:54-04	entrega_347523.pdf	0fcf77b3bf62d82da04d0dd74d095879f2ef42fd	190.161.15.159	3.6	Entrega fuera de plazo, se descuenta 1 punto.	8	2024-05-07 02:58:54-04
1145	5119	107	Ensayo final	2024-06-07 03:37:39-04	entrega_837370.docx	2fd14dd63ae736103468ef350279f6123d5cd5a4	146.83.196.23	\N	\N	\N	\N
1146	5119	112	Control 1	2024-04-08 20:39:53-04	entrega_591921.pdf	93d01a8acbbc7aa2f3555e507f952768e39d22a4	146.83.196.19	2.3	Bien estructurado. Falta conclusión.	13	2024-04-20 04:39:53-04
1147	5119	112	Ensayo final	2024-04-27 14:59:51-04	entrega_271450.zip	14877cafcc73c10ea2b61771dc10825d7f9b18b3	146.83.196.19	1.5	\N	13	2024-05-07 16:59:51-04
1148	5119	112	Tarea 1	2024-06-01 17:15:50-04	entrega_622080.pdf	9fdab2dd89daa5e28c6236d8f52c9ba088e38fa7	146.83.196.14	\N	\N	\N	\N
1149	5119	111	Proyecto semestral	2024-05-13 05:46:22-04	entrega_618392.docx	409fc7c056d432bbce31e1a57413783ea54392ac	146.83.196.24	3.2	\N	12	2024-05-21 10:46:22-04
1150	5119	111	Tarea 1	2024-04-27 07:36:18-04	entrega_762512.pdf	dd984deaa74c5090356594d3f6221bfb2475e5f1	146.83.196.9	4.7	\N	12	2024-04-30 08:36:18-04
1151	5119	111	Control 1	2024-06-09 21:36:45-04	entrega_408567.pdf	f12f6152dc5822867b1c5c8630b97ea2342150ac	181.43.12.117	5.8	Revisar formato APA.	12	2024-06-12 06:36:45-04
1152	5120	111	Tarea 2	2024-06-21 05:39:43-04	entrega_424033.pdf	fedde60bf0aaa6ad15e52077b62e3629c7a6060c	181.43.218.84	6.6	\N	12	2024-07-03 13:39:43-04
1153	5120	111	Proyecto semestral	2024-04-28 17:42:37-04	entrega_671022.zip	ed11257bb353d97b8dfa6a036594a558ef2f268a	146.83.196.6	4.6	\N	12	2024-05-11 17:42:37-04
1154	5120	112	Control 1	2024-06-18 11:17:47-04	entrega_764376.pdf	f964a9404c69abfb69dfcd7c0f804253e2fffe34	146.83.196.17	\N	\N	\N	\N
1155	5120	112	Informe de laboratorio	2024-06-07 21:02:04-04	entrega_153863.pdf	9afb0fa12ad259d1c5e7c70908ead26757028b8a	181.43.218.84	\N	\N	\N	\N
1156	5120	112	Ensayo final	2024-06-11 16:08:20-04	entrega_925771.pdf	c5a329e6ce682faea67584b2c44e65698dff15d4	181.43.149.134	5.8	\N	13	2024-06-16 22:08:20-04
1157	5120	105	Ensayo final	2024-04-19 20:25:59-04	entrega_811250.pdf	018223393150def678258240d383d3fcff3d14fc	181.43.218.84	6.6	\N	6	2024-04-24 04:25:59-04
1158	5120	105	Tarea 2	2024-06-15 09:28:35-04	entrega_442994.docx	4d12e2095e792c82978cbcf798f97af127ed1924	181.43.149.134	5.5	Revisar formato APA.	6	2024-06-24 16:28:35-04
1159	5120	105	Tarea 1	2024-06-21 06:17:24-04	entrega_273219.zip	331d4ef9b2ab172b34cd42693a5ed99231180746	181.43.218.84	\N	\N	\N	\N
1160	5121	100	Proyecto semestral	2024-06-15 04:45:07-04	entrega_549710.pdf	27a5d66839ba182bab689abb5757a4440accdf7e	179.57.166.92	3.7	\N	1	2024-06-20 09:45:07-04
1161	5121	100	Tarea 1	2024-04-27 22:50:27-04	entrega_406976.pdf	5b7aff18a5439027b330ac663a254dad2df7f30a	179.57.166.92	\N	\N	\N	\N
1162	5121	100	Ensayo final	2024-06-04 04:59:09-04	entrega_506456.docx	4101204a84c1795e3556c1aaccb7868bf93df066	190.160.2.169	\N	\N	\N	\N
1163	5121	101	Control 1	2024-06-16 03:19:33-04	entrega_812551.docx	7cc1c7a6dea87b71d790125a6cd20a321f91cfc3	190.160.2.169	4.7	\N	2	2024-06-23 10:19:33-04
1164	5121	101	Tarea 1	2024-04-09 16:33:23-04	entrega_812741.docx	035d00c949fb90eb222b32dad933e59587a91429	146.83.196.12	4.1	\N	2	2024-04-13 00:33:23-04
1165	5121	101	Proyecto semestral	2024-04-10 07:04:09-04	entrega_103506.pdf	5a57ed962a424e0dccb380ecd8b215a63917b7d8	190.160.2.169	6.1	\N	2	2024-04-14 11:04:09-04
1166	5121	101	Informe de laboratorio	2024-06-03 16:50:10-04	entrega_771210.zip	f6b45a75a950c3d2aa2bd07f92a8b0836fcbadc5	179.57.166.92	\N	\N	\N	\N
1167	5121	102	Informe de laboratorio	2024-05-20 05:52:53-04	entrega_791330.pdf	bb38332924c075a84c416a358f3ddbe0247c53bc	179.57.166.92	2.6	\N	3	2024-06-03 11:52:53-04
1168	5121	102	Tarea 2	2024-06-23 21:43:36-04	entrega_453201.pdf	1be0d16d71d8d515d5ba14454a940c7d7605e2a7	190.160.2.169	2.7	\N	3	2024-07-07 03:43:36-04
1169	5121	102	Control 1	2024-05-08 12:47:32-04	entrega_465186.docx	9cacbc986a42b89092204c902bb998ed95d2ae51	179.57.166.92	4.8	Entrega fuera de plazo, se descuenta 1 punto.	3	2024-05-14 12:47:32-04
1170	5121	112	Tarea 2	2024-05-13 08:00:35-04	entrega_576066.docx	d4b8f50fc8005415568ef7ddf9d14324360d7b0d	146.83.196.7	\N	\N	\N	\N
1171	5121	112	Control 1	2024-05-07 02:13:39-04	entrega_549824.pdf	abb3a73bac0da054eacb4b5f12a3f1ea23380b82	190.160.2.169	6.6	\N	13	2024-05-11 06:13:39-04
1172	5121	112	Informe de laboratorio	2024-04-12 15:11:50-04	entrega_959263.zip	ed2c2241dde689afd2ae48211f9e6c336129b5f4	179.57.166.92	4.4	Excelente análisis Sebastián!	13	2024-04-21 18:11:50-04
1173	5121	112	Tarea 1	2024-06-28 23:14:27-04	entrega_629266.pdf	8e042f3e50560c2636371fb13ac2d35a09f64bbf	179.57.166.92	4.1	\N	13	2024-07-13 00:14:27-04
1174	5122	103	Proyecto semestral	2024-05-29 00:47:04-04	entrega_285687.docx	6ed72d999547bda814aea399998a8625b342c227	146.83.196.19	1.1	\N	4	2024-06-11 05:47:04-04
1175	5122	103	Ensayo final	2024-05-10 02:26:04-04	entrega_145242.pdf	f5b3338fd767b48da7d358be2f71563b1dc9861e	179.57.23.146	6.9	Excelente análisis Martina!	4	2024-05-21 09:26:04-04
1176	5122	111	Tarea 1	2024-05-23 19:55:24-04	entrega_997650.docx	64a4d9266cb39fe94e254e2dab8ffb03e9883697	146.83.196.3	2.8	Buen trabajo, Martina.	12	2024-05-26 22:55:24-04
1177	5122	111	Ensayo final	2024-04-12 09:29:40-04	entrega_619995.zip	1104c55af6beb260844333f3bf1cea4e2af24b9d	190.160.73.85	\N	\N	\N	\N
1178	5122	111	Proyecto semestral	2024-04-27 03:51:28-04	entrega_990265.pdf	03fb57bb0a8db85f31248177cea6e527b0162bef	146.83.196.27	6.1	Excelente análisis Martina!	12	2024-05-05 04:51:28-04
1179	5122	112	Proyecto semestral	2024-04-03 01:23:55-04	entrega_167678.pdf	d3a6f4b3baba53b76a1a6823fac9417f04e8a179	179.57.23.146	1.2	\N	13	2024-04-17 04:23:55-04
1180	5122	112	Tarea 1	2024-04-05 04:34:11-04	entrega_786591.pdf	8351ef40e8aab1839bb5d656c38b828b4d0898d9	190.160.73.85	3.3	Excelente análisis Martina!	13	2024-04-10 10:34:11-04
1181	5122	112	Control 1	2024-05-16 01:45:56-04	entrega_308525.pdf	b0821697adbd64139206419cc603f1afdbd11153	146.83.196.18	2.8	\N	13	2024-05-18 01:45:56-04
1182	5123	111	Informe de laboratorio	2024-05-08 10:20:12-04	entrega_299369.docx	0d365ddf24d7e5d4ee319f3b4203c816a7d614e0	152.172.230.201	4.1	\N	12	2024-05-20 15:20:12-04
1183	5123	111	Ensayo final	2024-04-08 02:10:17-04	entrega_632377.docx	97f597d65a569bd0b2ea187dad5157dccc746c1e	146.83.196.3	1.1	\N	12	2024-04-21 02:10:17-04
1184	5123	111	Proyecto semestral	2024-05-20 17:29:12-04	entrega_486331.docx	e4ce7ee68be08f7ceb4c6e4e642456e79ef8f103	152.172.230.201	1.6	Trinidad, revisa la sección 3: faltan referencias.	12	2024-05-23 01:29:12-04
1185	5123	106	Proyecto semestral	2024-04-17 20:22:00-04	entrega_831254.pdf	863ffe4b3603b63b1136c6d4b121c04665a1173a	152.172.230.201	1.8	\N	7	2024-04-24 22:22:00-04
1186	5123	106	Ensayo final	2024-05-18 04:55:34-04	entrega_298879.zip	06382b2a4b6ea462bbe5ee0277257edc9582e383	152.172.230.201	2.9	\N	7	2024-05-25 12:55:34-04
1187	5123	106	Control 1	2024-06-02 17:47:11-04	entrega_664899.pdf	03ee4c156ee546caae2b9b0f6524589490ae0540	146.83.196.7	\N	\N	\N	\N
1188	5123	106	Informe de laboratorio	2024-05-17 02:15:08-04	entrega_698714.docx	5222ef9f08b2e5fb07039f173417a0c1c44658bc	152.172.230.201	4.8	\N	7	2024-05-28 12:15:08-04
1189	5124	111	Ensayo final	2024-05-01 09:20:19-04	entrega_800168.pdf	f8dc917fbb203648a4e412858617e42c0083e18e	146.83.196.3	6.9	\N	12	2024-05-14 10:20:19-04
1190	5124	111	Control 1	2024-06-12 15:16:38-04	entrega_340852.zip	7cf2971ed1d326e556f904f6784f0696a40d037c	190.160.13.178	2.4	\N	12	2024-06-14 19:16:38-04
1191	5124	111	Tarea 1	2024-04-27 13:29:02-04	entrega_373716.docx	f4efa2a030d57a43a46a95da75649d1e20024e13	146.83.196.20	4.4	\N	12	2024-05-03 22:29:02-04
1192	5124	111	Informe de laboratorio	2024-06-10 18:59:06-04	entrega_271095.pdf	5dc7d95380a268cb903aa549075214d667ac2e73	146.83.196.6	3.1	Ignacia, revisa la sección 3: faltan referencias.	12	2024-06-24 03:59:06-04
1193	5124	112	Tarea 2	2024-05-08 06:58:17-04	entrega_843929.pdf	569944251bf326d72f2974d5601e6e8415cfec45	146.83.196.23	\N	\N	\N	\N
1194	5124	112	Informe de laboratorio	2024-04-03 23:31:19-04	entrega_780804.pdf	c97ea8944f54cf350e82221918524957d8512318	146.83.196.13	6.8	\N	13	2024-04-07 08:31:19-04
1195	5124	107	Tarea 1	2024-06-19 19:32:37-04	entrega_315393.docx	4c06863c9dc455382ce75bc8c49b8b07160413fa	190.160.13.178	2.0	Bien estructurado. Falta conclusión.	8	2024-06-25 20:32:37-04
1196	5124	107	Tarea 2	2024-05-18 04:46:59-04	entrega_599108.docx	9692b56264de81c7c9e03f35af56d699fd368220	146.83.196.30	4.5	\N	8	2024-05-29 08:46:59-04
1197	5124	107	Proyecto semestral	2024-06-11 23:12:02-04	entrega_720562.pdf	75fe5959e6eff77748af7b59d5efaec43c08d2bc	146.83.196.13	2.2	\N	8	2024-06-17 07:12:02-04
1198	5125	111	Tarea 1	2024-04-16 09:05:47-04	entrega_886707.zip	f166af19b31baa0be16e10b77ee694f55e386f54	186.11.232.35	4.9	\N	12	2024-04-18 16:05:47-04
1199	5125	111	Tarea 2	2024-04-01 13:40:14-04	entrega_819365.zip	c1b35c38183dc0822c01d3758fb22fb43af43747	146.83.196.15	1.3	Revisar formato APA.	12	2024-04-07 13:40:14-04
1200	5125	112	Tarea 2	2024-04-28 06:35:30-04	entrega_357337.pdf	15d8999af2cab7d2644dcd90d95b7057221e5a47	181.43.64.201	\N	\N	\N	\N
1201	5125	112	Control 1	2024-04-03 13:19:05-04	entrega_684364.docx	60564640c452d8846b5dd6c5fdb244bbf9319472	181.43.64.201	3.9	Entrega fuera de plazo, se descuenta 1 punto.	13	2024-04-07 15:19:05-04
1202	5125	107	Ensayo final	2024-06-01 19:37:13-04	entrega_333367.zip	572df24b5f8ad9230e95058ac34d8dbfcfb9a084	146.83.196.8	5.3	Revisar formato APA.	8	2024-06-15 04:37:13-04
1203	5125	107	Informe de laboratorio	2024-05-07 01:07:19-04	entrega_675718.pdf	c294c544f32a1fbfcb0af83cb99f5f1d95bf30f0	181.43.64.201	4.1	Excelente análisis Javiera!	8	2024-05-20 10:07:19-04
1204	5126	112	Tarea 2	2024-05-17 15:47:18-04	entrega_814237.pdf	8b3ab7086f1b0775fe86cc3975092f5ba1f4ae38	146.83.196.10	4.7	\N	13	2024-05-30 00:47:18-04
1205	5126	112	Ensayo final	2024-04-04 05:37:12-04	entrega_681134.pdf	dfca7486442ac98306e1c77ed2c268adfa28af6c	146.83.196.17	6.7	\N	13	2024-04-09 15:37:12-04
1206	5126	112	Proyecto semestral	2024-04-29 14:24:24-04	entrega_790212.zip	3d5f066b30577163bafad6503e457c423a83e237	146.83.196.19	5.3	Bien estructurado. Falta conclusión.	13	2024-05-10 14:24:24-04
1207	5126	111	Tarea 1	2024-06-05 06:53:39-04	entrega_978376.pdf	645cbdffd89991f9364ca2daec82b93537f49da2	186.11.148.247	\N	\N	\N	\N
1208	5126	111	Informe de laboratorio	2024-04-06 18:35:08-04	entrega_854705.pdf	33d4534648ce0ea82c3b51027843236c988270ce	186.11.148.247	4.5	Excelente análisis Valentina!	12	2024-04-13 22:35:08-04
1209	5126	108	Control 1	2024-04-24 06:07:33-04	entrega_205980.pdf	9392886d021d54adb8d0652a39445126426e5904	186.11.148.247	3.3	Valentina, revisa la sección 3: faltan referencias.	9	2024-04-29 10:07:33-04
1210	5126	108	Tarea 1	2024-04-01 12:38:08-04	entrega_344415.docx	3763d8ab154dc6d192ad8c5c8e4d32e0f6549033	186.11.148.247	1.3	\N	9	2024-04-08 19:38:08-04
1211	5126	108	Proyecto semestral	2024-06-24 14:17:41-04	entrega_618433.zip	f551f82ee195d3c0dc2eaf4e9d561738cc98a917	186.11.148.247	\N	\N	\N	\N
1212	5127	100	Control 1	2024-06-17 11:14:57-04	entrega_213420.docx	257c8234565cb97dc4154230c2a59fbb8a344a21	146.83.196.19	5.8	\N	1	2024-06-25 21:14:57-04
1213	5127	100	Informe de laboratorio	2024-06-12 19:12:29-04	entrega_990811.pdf	faf3dc236fed653b73690d4785057179d3a19f65	190.161.198.152	6.5	\N	1	2024-06-20 05:12:29-04
1214	5127	100	Proyecto semestral	2024-05-17 03:46:53-04	entrega_905680.zip	6999a231f300f34d2a71d872bda9d6f8161fac62	190.161.198.152	4.8	\N	1	2024-05-26 09:46:53-04
1215	5127	100	Ensayo final	2024-04-02 18:03:43-04	entrega_141051.pdf	147ad3fe849b14cbece804505569f52ebdb44d4e	190.161.198.152	6.4	\N	1	2024-04-07 00:03:43-04
1216	5127	112	Control 1	2024-06-10 03:11:03-04	entrega_451647.zip	2d0112e69ae0487306d1e3ebe3f08ec7c480fb7a	152.172.156.246	2.5	\N	13	2024-06-17 04:11:03-04
1217	5127	112	Tarea 2	2024-04-20 08:15:59-04	entrega_415006.zip	2a223e443d6a9376e65a5d19381116b7b2faf49d	146.83.196.27	2.1	Excelente análisis Ignacio!	13	2024-05-04 17:15:59-04
1218	5127	111	Informe de laboratorio	2024-05-10 09:03:39-04	entrega_680189.docx	4a1e6bf70a02971cb2e484f78a6fa24cba718379	152.172.156.246	5.9	Revisar formato APA.	12	2024-05-21 17:03:39-04
1219	5127	111	Ensayo final	2024-06-26 06:08:05-04	entrega_795115.zip	c2dcca01ccf9d3c54a734c25677507a12791967a	146.83.196.3	4.1	\N	12	2024-07-05 15:08:05-04
1220	5127	111	Tarea 2	2024-06-11 20:42:59-04	entrega_781811.zip	efa27a7d9a5abaa23f93655d3cde93e2ac9bb00a	146.83.196.16	4.1	\N	12	2024-06-26 02:42:59-04
1221	5127	102	Informe de laboratorio	2024-06-06 20:18:22-04	entrega_235256.docx	74b16982ca3c41510755e4c59e4921b716ed2e3e	190.161.198.152	5.6	Excelente análisis Ignacio!	3	2024-06-14 03:18:22-04
1222	5127	102	Tarea 1	2024-05-05 11:02:52-04	entrega_415909.zip	ca8c8adb35d5df7a138f3ab7e0e34dbc5a7c74a8	152.172.156.246	2.0	\N	3	2024-05-14 16:02:52-04
1223	5127	102	Control 1	2024-05-18 18:33:03-04	entrega_319411.pdf	876bb3176ce39bbb20f8f97dd6ae9fb24ce58a18	146.83.196.30	1.2	\N	3	2024-05-22 19:33:03-04
1224	5128	103	Tarea 2	2024-05-28 11:35:08-04	entrega_210326.pdf	7c739911e7a263d89e2f216673df3231acd16545	181.43.185.167	3.4	Buen trabajo, Trinidad.	4	2024-05-31 14:35:08-04
1225	5128	103	Control 1	2024-04-27 05:09:54-04	entrega_149546.pdf	42d2ba004ad14ca752c70856a27edf0811dbf28b	146.83.196.6	4.0	\N	4	2024-05-10 09:09:54-04
1226	5128	103	Proyecto semestral	2024-05-28 08:36:48-04	entrega_301857.zip	623214ef966e89b79882e2cb6a85d496fc539978	181.43.185.167	6.3	\N	4	2024-06-05 11:36:48-04
1227	5128	112	Informe de laboratorio	2024-04-07 08:47:54-04	entrega_965785.pdf	8f8e0c9109b53f04ee114d4f0882a3ce89e2066f	181.43.185.167	1.6	\N	13	2024-04-13 13:47:54-04
1228	5128	112	Tarea 1	2024-05-11 02:40:04-04	entrega_268712.pdf	73757b21007c336aa3d05c383b304cbdc0975189	181.43.185.167	1.4	Excelente análisis Trinidad!	13	2024-05-21 06:40:04-04
1229	5128	110	Proyecto semestral	2024-04-11 00:34:30-04	entrega_904878.zip	1dd94572db3077f4441e98ec9ef10125c0c39692	146.83.196.11	2.9	\N	11	2024-04-13 05:34:30-04
1230	5128	110	Tarea 1	2024-04-02 08:05:12-04	entrega_203934.zip	23d0728a2c9abd13fe0565671bc656fafb385e6d	181.43.185.167	4.6	\N	11	2024-04-09 08:05:12-04
1231	5129	108	Ensayo final	2024-04-16 05:23:32-04	entrega_671832.pdf	b50a6db825174e0a73db5542f4f6c54180d4f7c3	190.160.118.215	6.0	\N	9	2024-04-29 09:23:32-04
1232	5129	108	Tarea 2	2024-05-31 16:40:52-04	entrega_349033.docx	5257a86622d5bed4d335e82bc1f2b8d08ba4e0ce	146.83.196.9	6.7	\N	9	2024-06-08 01:40:52-04
1233	5129	108	Control 1	2024-05-29 02:46:55-04	entrega_879439.docx	e4c7ae6e9b1c93e8adaddb199361fa8ad27cc969	146.83.196.23	1.4	\N	9	2024-05-31 02:46:55-04
1234	5129	112	Tarea 1	2024-04-05 19:47:23-04	entrega_862602.zip	30f96f68bad3c956dbeb805d89036bf3f03a7e99	190.160.118.215	4.2	\N	13	2024-04-14 19:47:23-04
1235	5129	112	Tarea 2	2024-04-29 07:34:16-04	entrega_114880.pdf	fa65624f3c46124d5afb0393e7c47175e4294163	146.83.196.30	4.2	Buen trabajo, Nicolás.	13	2024-05-10 17:34:16-04
1236	5129	112	Control 1	2024-05-16 22:24:54-04	entrega_957908.docx	ff3fcefa1c790f3c469ca426d326ad5ad97776d7	191.125.5.249	3.8	\N	13	2024-05-22 03:24:54-04
1237	5129	112	Informe de laboratorio	2024-06-02 21:24:46-04	entrega_612383.pdf	933aa3893b6c138c8669f1ae137fd485050c628e	146.83.196.24	3.8	\N	13	2024-06-05 06:24:46-04
1238	5129	111	Informe de laboratorio	2024-06-11 13:03:01-04	entrega_921108.docx	6b20065992a03baf5b5b24614d338088e7d3d4ba	191.125.5.249	\N	\N	\N	\N
1239	5129	111	Control 1	2024-04-30 11:16:56-04	entrega_195028.docx	e5860015d458f90f6e913569f57ce9795f5b1fcd	146.83.196.25	3.2	Entrega fuera de plazo, se descuenta 1 punto.	12	2024-05-04 20:16:56-04
1240	5130	103	Control 1	2024-06-16 11:45:08-04	entrega_529438.pdf	16fab2c20dcfa5b50351e686b61a87511912fe28	191.125.211.91	6.3	Bien estructurado. Falta conclusión.	4	2024-06-29 20:45:08-04
1241	5130	103	Proyecto semestral	2024-05-13 12:43:13-04	entrega_484356.zip	658c2e8d93d447d665dd4653c25f07397151bc7a	146.83.196.2	5.2	\N	4	2024-05-16 19:43:13-04
1242	5130	110	Tarea 1	2024-04-06 03:10:19-04	entrega_505798.docx	1b3b17c5e9e7ec30b9f4bcad6c0bfcde71edc56a	181.43.143.181	5.1	\N	11	2024-04-13 09:10:19-04
1243	5130	110	Informe de laboratorio	2024-06-24 21:35:33-04	entrega_178040.pdf	133dbb6afd06e4836f2bb800564355cff97fc67c	181.43.143.181	1.9	Bien estructurado. Falta conclusión.	11	2024-07-06 05:35:33-04
1244	5130	110	Proyecto semestral	2024-05-10 07:43:59-04	entrega_553480.pdf	b764d413a42c5276c41a05baee9e1bc9a10fb1f4	181.43.143.181	\N	\N	\N	\N
1245	5130	110	Tarea 2	2024-06-28 05:14:54-04	entrega_408610.zip	e2fe934b5b97d4481b4c1aa8d9c080d5aa00df4a	191.125.211.91	4.7	\N	11	2024-07-08 15:14:54-04
1246	5130	111	Informe de laboratorio	2024-06-21 11:09:56-04	entrega_489026.pdf	487b65949aa6a3e2c1381ecd702ecabd276673e5	191.125.211.91	2.0	\N	12	2024-06-29 16:09:56-04
1247	5130	111	Proyecto semestral	2024-04-03 02:25:18-04	entrega_543677.zip	ec50437773125e34a8be400aae7c675d347c96dd	181.43.143.181	1.9	Bien estructurado. Falta conclusión.	12	2024-04-17 05:25:18-04
1248	5130	111	Control 1	2024-05-28 16:35:14-04	entrega_784393.zip	e059ffdd397f32e5b5564bc4d9a781ec8483e45f	191.125.211.91	3.2	\N	12	2024-06-02 23:35:14-04
1249	5130	112	Proyecto semestral	2024-05-20 07:19:20-04	entrega_738459.pdf	122063ed4f8704df4aede9e7478981f0462e23da	191.125.211.91	6.5	\N	13	2024-05-22 12:19:20-04
1250	5130	112	Tarea 1	2024-05-28 13:52:48-04	entrega_326954.pdf	5228b29392d7ce81fd7dd6705ce6d5423a7e9de3	146.83.196.30	5.7	\N	13	2024-06-01 18:52:48-04
1251	5130	112	Control 1	2024-04-04 07:47:51-04	entrega_403788.pdf	d6c9086affa882dd41e373331104bc80de9f4c3c	146.83.196.11	5.1	\N	13	2024-04-11 09:47:51-04
1252	5130	104	Tarea 1	2024-06-22 03:29:46-04	entrega_419106.docx	a88eeeee63f4a554ba955799f9f4188a82db3a24	146.83.196.26	6.7	\N	5	2024-07-03 04:29:46-04
1253	5130	104	Proyecto semestral	2024-06-18 00:22:38-04	entrega_266256.zip	acad435c05b2b8f08f4402299f8be1905d3e7432	146.83.196.14	\N	\N	\N	\N
\.


--
-- Name: estudiantes estudiantes_pkey; Type: CONSTRAINT; Schema: academico; Owner: aula
--

ALTER TABLE ONLY academico.estudiantes
    ADD CONSTRAINT estudiantes_pkey PRIMARY KEY (id);

--
-- Name: docentes docentes_pkey; Type: CONSTRAINT; Schema: academico; Owner: aula
--

ALTER TABLE ONLY academico.docentes
    ADD CONSTRAINT docentes_pkey PRIMARY KEY (id);

--
-- Name: cursos cursos_pkey; Type: CONSTRAINT; Schema: academico; Owner: aula
--

ALTER TABLE ONLY academico.cursos
    ADD CONSTRAINT cursos_pkey PRIMARY KEY (id);

--
-- Name: inscripciones inscripciones_pkey; Type: CONSTRAINT; Schema: academico; Owner: aula
--

ALTER TABLE ONLY academico.inscripciones
    ADD CONSTRAINT inscripciones_pkey PRIMARY KEY (id);

--
-- Name: entregas entregas_pkey; Type: CONSTRAINT; Schema: academico; Owner: aula
--

ALTER TABLE ONLY academico.entregas
    ADD CONSTRAINT entregas_pkey PRIMARY KEY (id);

CREATE UNIQUE INDEX estudiantes_rut_key ON academico.estudiantes USING btree (rut);

CREATE UNIQUE INDEX estudiantes_username_key ON academico.estudiantes USING btree (username);

--
-- Name: cursos cursos_docente_id_fkey; Type: FK CONSTRAINT; Schema: academico; Owner: aula
--

ALTER TABLE ONLY academico.cursos
    ADD CONSTRAINT cursos_docente_id_fkey FOREIGN KEY (docente_id) REFERENCES academico.docentes(id);

--
-- Name: inscripciones inscripciones_estudiante_id_fkey; Type: FK CONSTRAINT; Schema: academico; Owner: aula
--

ALTER TABLE ONLY academico.inscripciones
    ADD CONSTRAINT inscripciones_estudiante_id_fkey FOREIGN KEY (estudiante_id) REFERENCES academico.estudiantes(id);

--
-- Name: inscripciones inscripciones_curso_id_fkey; Type: FK CONSTRAINT; Schema: academico; Owner: aula
--

ALTER TABLE ONLY academico.inscripciones
    ADD CONSTRAINT inscripciones_curso_id_fkey FOREIGN KEY (curso_id) REFERENCES academico.cursos(id);

--
-- Name: entregas entregas_estudiante_id_fkey; Type: FK CONSTRAINT; Schema: academico; Owner: aula
--

ALTER TABLE ONLY academico.entregas
    ADD CONSTRAINT entregas_estudiante_id_fkey FOREIGN KEY (estudiante_id) REFERENCES academico.estudiantes(id);

--
-- Name: entregas entregas_curso_id_fkey; Type: FK CONSTRAINT; Schema: academico; Owner: aula
--

ALTER TABLE ONLY academico.entregas
    ADD CONSTRAINT entregas_curso_id_fkey FOREIGN KEY (curso_id) REFERENCES academico.cursos(id);

--
-- Name: entregas entregas_calificado_por_fkey; Type: FK CONSTRAINT; Schema: academico; Owner: aula
--

ALTER TABLE ONLY academico.entregas
    ADD CONSTRAINT entregas_calificado_por_fkey FOREIGN KEY (calificado_por) REFERENCES academico.docentes(id);

--
-- PostgreSQL database dump complete
--
