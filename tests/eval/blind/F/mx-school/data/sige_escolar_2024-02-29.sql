--
-- PostgreSQL database dump
--

-- Dumped from database version 14.11 (Ubuntu 14.11-0ubuntu0.22.04.1)
-- Dumped by pg_dump version 14.11 (Ubuntu 14.11-0ubuntu0.22.04.1)

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

--
-- Name: escolar; Type: SCHEMA; Schema: -; Owner: sige
--

CREATE SCHEMA escolar;


ALTER SCHEMA escolar OWNER TO sige;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: planteles; Type: TABLE; Schema: escolar; Owner: sige
--

CREATE TABLE escolar.planteles (
    id integer NOT NULL,
    clave_ct character varying(10) NOT NULL,
    nombre character varying(120) NOT NULL,
    ciudad character varying(60),
    estado character varying(40)
);


ALTER TABLE escolar.planteles OWNER TO sige;

--
-- Name: alumnos; Type: TABLE; Schema: escolar; Owner: sige
--

CREATE TABLE escolar.alumnos (
    id integer NOT NULL,
    matricula character varying(10) NOT NULL,
    curp character(18),
    nombre character varying(80) NOT NULL,
    apellido_paterno character varying(60) NOT NULL,
    apellido_materno character varying(60),
    fecha_nacimiento date NOT NULL,
    sexo character(1),
    plantel_id integer NOT NULL,
    nivel character varying(20) NOT NULL,
    grado smallint NOT NULL,
    grupo character(1),
    estatus character varying(20) DEFAULT 'ACTIVO'::character varying NOT NULL,
    fecha_ingreso date,
    beca_porcentaje smallint DEFAULT 0 NOT NULL,
    email_institucional character varying(120)
);


ALTER TABLE escolar.alumnos OWNER TO sige;

--
-- Name: tutores; Type: TABLE; Schema: escolar; Owner: sige
--

CREATE TABLE escolar.tutores (
    id integer NOT NULL,
    nombre character varying(80) NOT NULL,
    apellido_paterno character varying(60) NOT NULL,
    apellido_materno character varying(60),
    fecha_nacimiento date,
    curp character(18),
    rfc character varying(13),
    email character varying(120),
    telefono_celular character varying(20),
    telefono_casa character varying(20),
    calle character varying(120),
    num_ext character varying(10),
    num_int character varying(20),
    colonia character varying(80),
    codigo_postal character(5),
    municipio character varying(60),
    estado character varying(40),
    ocupacion character varying(60),
    empresa character varying(80),
    creado_en timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE escolar.tutores OWNER TO sige;

--
-- Name: alumno_tutor; Type: TABLE; Schema: escolar; Owner: sige
--

CREATE TABLE escolar.alumno_tutor (
    alumno_id integer NOT NULL,
    tutor_id integer NOT NULL,
    parentesco character varying(20) NOT NULL,
    responsable_pago boolean DEFAULT false NOT NULL,
    autorizado_recoger boolean DEFAULT true NOT NULL
);


ALTER TABLE escolar.alumno_tutor OWNER TO sige;

--
-- Name: colegiaturas; Type: TABLE; Schema: escolar; Owner: sige
--

CREATE TABLE escolar.colegiaturas (
    id integer NOT NULL,
    folio character varying(16) NOT NULL,
    alumno_id integer NOT NULL,
    tutor_pagador_id integer,
    concepto character varying(80) NOT NULL,
    periodo character(7) NOT NULL,
    monto numeric(10,2) NOT NULL,
    recargo numeric(10,2) DEFAULT 0 NOT NULL,
    fecha_limite date NOT NULL,
    fecha_pago timestamp with time zone,
    metodo_pago character varying(20),
    referencia_bancaria character varying(20),
    clabe_origen character(18),
    tarjeta_ultimos4 character(4),
    uuid_cfdi uuid,
    estatus character varying(12) NOT NULL
);


ALTER TABLE escolar.colegiaturas OWNER TO sige;

--
-- Name: usuarios_portal; Type: TABLE; Schema: escolar; Owner: sige
--

CREATE TABLE escolar.usuarios_portal (
    id integer NOT NULL,
    tutor_id integer NOT NULL,
    usuario character varying(60) NOT NULL,
    password_hash character varying(60) NOT NULL,
    rol character varying(20) NOT NULL,
    activo boolean DEFAULT true NOT NULL,
    creado_en timestamp with time zone NOT NULL,
    ultimo_acceso timestamp with time zone,
    ultima_ip inet,
    token_recuperacion character varying(64)
);


ALTER TABLE escolar.usuarios_portal OWNER TO sige;

--
-- Data for Name: planteles; Type: TABLE DATA; Schema: escolar; Owner: sige
--

COPY escolar.planteles (id, clave_ct, nombre, ciudad, estado) FROM stdin;
1	09PPR0417K	Colegio Ateneo del Valle – Plantel Del Valle	Ciudad de México	Ciudad de México
2	14PPR0932B	Colegio Ateneo del Valle – Plantel Providencia	Guadalajara	Jalisco
3	19PPR0228S	Colegio Ateneo del Valle – Plantel Cumbres	Monterrey	Nuevo León
4	21PPR0610M	Colegio Ateneo del Valle – Plantel Angelópolis	Puebla	Puebla
\.


--
-- Data for Name: alumnos; Type: TABLE DATA; Schema: escolar; Owner: sige
--

COPY escolar.alumnos (id, matricula, curp, nombre, apellido_paterno, apellido_materno, fecha_nacimiento, sexo, plantel_id, nivel, grado, grupo, estatus, fecha_ingreso, beca_porcentaje, email_institucional) FROM stdin;
1	A3233392	DORS110910MNLMMFA6	Sofía	Domínguez	Ramírez	2011-09-10	M	3	Secundaria	1	B	ACTIVO	2023-08-23	0	sofia.dominguez73@alumnos.ateneodelvalle.edu.mx
2	A3221845	DORE070816HNLMMMG1	Emiliano	Domínguez	Ramírez	2007-08-16	H	3	Preparatoria	2	A	ACTIVO	2022-08-24	15	emiliano.dominguez08@alumnos.ateneodelvalle.edu.mx
3	A3219123	MAVX181024MNLRZMC9	Ximena	Martínez	Vázquez	2018-10-24	M	3	Preescolar	3	A	ACTIVO	2021-08-22	15	\N
4	A3223517	MAVA080223HNLRZNH9	Andrés	Martínez	Vázquez	2008-02-23	H	3	Preparatoria	1	A	ACTIVO	2022-08-27	25	andres.martinez20@alumnos.ateneodelvalle.edu.mx
5	A4223802	VAVE070404HPLZZMD1	Emilio	Vázquez	Vázquez	2007-04-04	H	4	Preparatoria	2	B	ACTIVO	2022-08-28	50	emilio.vazquez34@alumnos.ateneodelvalle.edu.mx
6	A4220233	VAVP141003HPLZZBH2	José Pablo	Vázquez	Vázquez	2014-10-03	H	4	Primaria	4	C	ACTIVO	2022-08-19	0	\N
7	A4226360	VAVL070311HPLZZNA7	Leonardo	Vázquez	Vázquez	2007-03-11	H	4	Preparatoria	2	A	ACTIVO	2022-08-27	50	leonardo.vazquez93@alumnos.ateneodelvalle.edu.mx
8	A1237421	COCS080522HDFNSNG6	Santiago	Contreras	Castro	2008-05-22	H	1	Preparatoria	1	A	ACTIVO	2023-08-24	50	santiago.contreras39@alumnos.ateneodelvalle.edu.mx
9	A1223460	COCV160918MDFNSCC6	Victoria	Contreras	Castro	2016-09-18	M	1	Primaria	2	B	ACTIVO	2022-08-23	25	\N
10	A1234665	COCR201127MDFNSMI3	Romina	Contreras	Castro	2020-11-27	M	1	Preescolar	1	A	ACTIVO	2023-08-26	25	\N
11	A2232632	REIV080505MJCYBCA0	Victoria	Reyes	Ibarra	2008-05-05	M	2	Preparatoria	1	C	ACTIVO	2023-08-27	10	victoria.reyes16@alumnos.ateneodelvalle.edu.mx
12	A2231526	REII080222HJCYBKA6	Iker	Reyes	Ibarra	2008-02-22	H	2	Preparatoria	1	A	ACTIVO	2023-08-20	0	iker.reyes48@alumnos.ateneodelvalle.edu.mx
13	A4237914	VACE160604HPLZHMG8	Emilio	Vázquez	Chávez	2016-06-04	H	4	Primaria	2	B	ACTIVO	2023-08-21	50	\N
14	A2232379	CURE160726HJCRMMI5	Emilio	Cruz	Ramírez	2016-07-26	H	2	Primaria	2	B	ACTIVO	2023-08-22	0	\N
15	A2230576	CURJ161216MJCRMSC4	María José	Cruz	Ramírez	2016-12-16	M	2	Primaria	2	A	ACTIVO	2023-08-20	25	\N
16	A4233403	SACA090212HPLLRNC5	Ángel	Salazar	Cruz	2009-02-12	H	4	Secundaria	3	B	ACTIVO	2023-08-26	50	angel.salazar89@alumnos.ateneodelvalle.edu.mx
17	A1235723	MANS070314MDFRXFA3	Sofía	Martínez	Núñez	2007-03-14	M	1	Preparatoria	2	B	ACTIVO	2023-08-22	0	sofia.martinez30@alumnos.ateneodelvalle.edu.mx
18	A1230118	MANP200318HDFRXBA7	José Pablo	Martínez	Núñez	2020-03-18	H	1	Preescolar	1	C	ACTIVO	2023-08-22	15	\N
19	A3217080	CUVR090121MNLRZMD9	Romina	Cruz	Vázquez	2009-01-21	M	3	Secundaria	3	A	ACTIVO	2021-08-21	15	romina.cruz63@alumnos.ateneodelvalle.edu.mx
20	A3227735	CUVS061013HNLRZNA7	Santiago	Cruz	Vázquez	2006-10-13	H	3	Preparatoria	3	C	BAJA_TEMPORAL	2022-08-19	0	santiago.cruz94@alumnos.ateneodelvalle.edu.mx
21	A1234828	AALN080915HDFLPCC5	Nicolás	Álvarez	López	2008-09-15	H	1	Preparatoria	1	B	ACTIVO	2023-08-25	0	nicolas.alvarez70@alumnos.ateneodelvalle.edu.mx
22	A1233418	BASP110416MDFTNLB9	Paulina	Bautista	Sánchez	2011-04-16	M	1	Secundaria	1	C	ACTIVO	2023-08-26	25	paulina.bautista94@alumnos.ateneodelvalle.edu.mx
23	A1231377	BASA080713MDFTNNE4	Ana Sofía	Bautista	Sánchez	2008-07-13	M	1	Preparatoria	1	C	ACTIVO	2023-08-23	0	ana.bautista79@alumnos.ateneodelvalle.edu.mx
24	A1226529	OISP181213MDFRNLA9	Paulina	Ortiz	Sánchez	2018-12-13	M	1	Preescolar	3	B	ACTIVO	2022-08-27	0	\N
25	A1222078	OISD081219HDFRNMA1	Damián	Ortiz	Sánchez	2008-12-19	H	1	Preparatoria	1	B	ACTIVO	2022-08-21	50	damian.ortiz61@alumnos.ateneodelvalle.edu.mx
26	A1237029	OISD170213HDFRNND7	Daniel	Ortiz	Sánchez	2017-02-13	H	1	Primaria	1	A	ACTIVO	2023-08-25	10	\N
27	A4183404	MOSV120806MPLRNLD8	Valeria	Moreno	Sánchez	2012-08-06	M	4	Primaria	6	B	ACTIVO	2018-08-27	50	\N
28	A4222725	MOSF100208MPLRNRI6	Fernanda	Moreno	Sánchez	2010-02-08	M	4	Secundaria	2	B	ACTIVO	2022-08-22	0	fernanda.moreno49@alumnos.ateneodelvalle.edu.mx
29	A4238133	CARD200608HPLSMMA2	Damián	Castillo	Romero	2020-06-08	H	4	Preescolar	1	C	ACTIVO	2023-08-22	0	\N
30	A2238445	GOVR071216MJCMLGG1	Regina	Gómez	Velázquez	2007-12-16	M	2	Preparatoria	2	B	ACTIVO	2023-08-19	0	regina.gomez40@alumnos.ateneodelvalle.edu.mx
31	A2213206	GOVD070118HJCMLMJ7	Damián	Gómez	Velázquez	2007-01-18	H	2	Preparatoria	2	C	ACTIVO	2021-08-25	10	damian.gomez82@alumnos.ateneodelvalle.edu.mx
32	A3230817	MOCJ170815MNLRNSG0	María José	Morales	Contreras	2017-08-15	M	3	Primaria	1	C	ACTIVO	2023-08-21	0	\N
33	A3229721	MOCL060526HNLRNNF1	Leonardo	Morales	Contreras	2006-05-26	H	3	Preparatoria	3	B	ACTIVO	2022-08-24	0	leonardo.morales66@alumnos.ateneodelvalle.edu.mx
34	A2183263	CUGD120201HJCRZME6	Damián	Cruz	Guzmán	2012-02-01	H	2	Primaria	6	A	ACTIVO	2018-08-19	0	\N
35	A2196588	SARA131217HJCLJNE1	Ángel	Salazar	Rojas	2013-12-17	H	2	Primaria	5	C	ACTIVO	2019-08-19	50	\N
36	A1235438	RACN151113HDFMSCG9	Nicolás	Ramírez	Castillo	2015-11-13	H	1	Primaria	3	A	ACTIVO	2023-08-27	0	\N
37	A1212770	RACX150612MDFMSMG0	Ximena	Ramírez	Castillo	2015-06-12	M	1	Primaria	3	A	ACTIVO	2021-08-24	10	\N
38	A3225273	REEG060312HNLYSLD2	Gael	Reyes	Estrada	2006-03-12	H	3	Preparatoria	3	B	BAJA_TEMPORAL	2022-08-19	10	gael.reyes02@alumnos.ateneodelvalle.edu.mx
39	A3235194	REEM110126HNLYSXH2	Maximiliano	Reyes	Estrada	2011-01-26	H	3	Secundaria	1	A	ACTIVO	2023-08-25	0	maximiliano.reyes40@alumnos.ateneodelvalle.edu.mx
40	A3201122	REEN130211HNLYSCI9	Nicolás	Reyes	Estrada	2013-02-11	H	3	Primaria	5	B	ACTIVO	2020-08-21	15	\N
41	A4224077	GOVE090309HPLMLMC6	Emiliano	Gómez	Velázquez	2009-03-09	H	4	Secundaria	3	C	ACTIVO	2022-08-24	15	emiliano.gomez65@alumnos.ateneodelvalle.edu.mx
42	A4202617	GOVA181118HPLMLNB3	Andrés	Gómez	Velázquez	2018-11-18	H	4	Preescolar	3	A	ACTIVO	2020-08-19	0	\N
43	A3226558	MXAR190608MNLNGNI0	Renata	Mendoza	Aguilar	2019-06-08	M	3	Preescolar	2	B	ACTIVO	2022-08-22	15	\N
44	A1204084	DIRV141107MDFZMLA2	Valentina	Díaz	Ramírez	2014-11-07	M	1	Primaria	4	B	ACTIVO	2020-08-19	15	\N
45	A4206963	DIRS060525MPLZVFF2	Sofía	Díaz	Rivera	2006-05-25	M	4	Preparatoria	3	B	ACTIVO	2020-08-24	50	sofia.diaz37@alumnos.ateneodelvalle.edu.mx
46	A4211486	DIRN180506HPLZVCE4	Nicolás	Díaz	Rivera	2018-05-06	H	4	Preescolar	3	C	ACTIVO	2021-08-25	15	\N
47	A1238600	PERM200112MDFXVRI4	Mariana	Peña	Rivera	2020-01-12	M	1	Preescolar	1	B	ACTIVO	2023-08-23	15	\N
48	A1237647	PERR110426MDFXVGD2	Regina	Peña	Rivera	2011-04-26	M	1	Secundaria	1	B	ACTIVO	2023-08-19	50	regina.pena23@alumnos.ateneodelvalle.edu.mx
49	A2216265	CUIX061012MJCRBME2	Ximena	Cruz	Ibarra	2006-10-12	M	2	Preparatoria	3	B	ACTIVO	2021-08-27	15	ximena.cruz27@alumnos.ateneodelvalle.edu.mx
50	A2233255	CUID201011HJCRBNG9	Daniel	Cruz	Ibarra	2020-10-11	H	2	Preescolar	1	C	ACTIVO	2023-08-19	0	\N
51	A2230470	TOCR200324MJCRNNF4	Renata	Torres	Contreras	2020-03-24	M	2	Preescolar	1	B	ACTIVO	2023-08-23	50	\N
52	A1235970	VACM080409MDFZRRG8	Mariana	Vázquez	Cruz	2008-04-09	M	1	Preparatoria	1	A	ACTIVO	2023-08-24	25	mariana.vazquez88@alumnos.ateneodelvalle.edu.mx
53	A1236087	VACM160213HDFZRTG0	Matías	Vázquez	Cruz	2016-02-13	H	1	Primaria	2	C	ACTIVO	2023-08-23	15	\N
54	A4235695	REBD081015HPLYTNC4	Daniel	Reyes	Bautista	2008-10-15	H	4	Preparatoria	1	B	ACTIVO	2023-08-23	50	daniel.reyes66@alumnos.ateneodelvalle.edu.mx
55	A4231465	REBJ110702MPLYTSD3	María José	Reyes	Bautista	2011-07-02	M	4	Secundaria	1	A	ACTIVO	2023-08-21	0	maria.reyes32@alumnos.ateneodelvalle.edu.mx
56	A4209122	REBM090513HPLYTTF4	Mateo	Reyes	Bautista	2009-05-13	H	4	Secundaria	3	B	ACTIVO	2020-08-19	15	mateo.reyes68@alumnos.ateneodelvalle.edu.mx
57	A4220381	RIMS080801HPLVRBH9	Sebastián	Rivera	Moreno	2008-08-01	H	4	Preparatoria	1	A	BAJA_TEMPORAL	2022-08-20	10	sebastian.rivera31@alumnos.ateneodelvalle.edu.mx
58	A3239861	VARR070813MNLZMMJ5	Romina	Vázquez	Ramírez	2007-08-13	M	3	Preparatoria	2	C	ACTIVO	2023-08-28	50	romina.vazquez89@alumnos.ateneodelvalle.edu.mx
59	A3235854	VARG070715HNLZMLF9	Gael	Vázquez	Ramírez	2007-07-15	H	3	Preparatoria	2	C	ACTIVO	2023-08-22	0	gael.vazquez86@alumnos.ateneodelvalle.edu.mx
60	A2238977	LURR070909MJCNYMC0	Romina	Luna	Reyes	2007-09-09	M	2	Preparatoria	2	A	ACTIVO	2023-08-23	10	romina.luna35@alumnos.ateneodelvalle.edu.mx
61	A2223898	LURS080528HJCNYNG4	Santiago	Luna	Reyes	2008-05-28	H	2	Preparatoria	1	B	ACTIVO	2022-08-23	10	santiago.luna95@alumnos.ateneodelvalle.edu.mx
62	A4210763	MERV090724MPLNZLH8	Valeria	Mendoza	Ruiz	2009-07-24	M	4	Secundaria	3	B	ACTIVO	2021-08-28	0	valeria.mendoza35@alumnos.ateneodelvalle.edu.mx
63	A2214680	BXCA191005HJCTRNG0	Andrés	Bautista	Cruz	2019-10-05	H	2	Preescolar	2	B	ACTIVO	2021-08-21	10	\N
64	A2226654	BACJ161209MJCTRSI2	María José	Bautista	Cruz	2016-12-09	M	2	Primaria	2	C	ACTIVO	2022-08-24	0	\N
65	A2237716	PEGL190119HJCXTND4	Leonardo	Peña	Gutiérrez	2019-01-19	H	2	Preescolar	2	B	ACTIVO	2023-08-23	50	\N
66	A2234127	PEGF190122MJCXTRF8	Fernanda	Peña	Gutiérrez	2019-01-22	M	2	Preescolar	2	C	ACTIVO	2023-08-19	15	\N
67	A4223711	RIHF060605MPLVRRI8	Fernanda	Rivera	Herrera	2006-06-05	M	4	Preparatoria	3	A	ACTIVO	2022-08-25	50	fernanda.rivera06@alumnos.ateneodelvalle.edu.mx
68	A1221619	CARI180119MDFHYSG5	Isabella	Chávez	Reyes	2018-01-19	M	1	Preescolar	3	B	ACTIVO	2022-08-20	25	\N
69	A1237536	CARX200916MDFHYME9	Ximena	Chávez	Reyes	2020-09-16	M	1	Preescolar	1	C	ACTIVO	2023-08-26	0	\N
70	A3210061	VARJ140601MNLZMSF2	María José	Vázquez	Ramos	2014-06-01	M	3	Primaria	4	C	ACTIVO	2021-08-19	0	\N
71	A3238061	VARA200719MNLZMNG8	Ana Sofía	Vázquez	Ramos	2020-07-19	M	3	Preescolar	1	B	ACTIVO	2023-08-25	0	\N
72	A2226990	DICR140815MJCZRGI2	Regina	Díaz	Cruz	2014-08-15	M	2	Primaria	4	A	ACTIVO	2022-08-20	15	\N
73	A2211263	DICX090918MJCZRMJ3	Ximena	Díaz	Cruz	2009-09-18	M	2	Secundaria	3	B	ACTIVO	2021-08-20	15	ximena.diaz10@alumnos.ateneodelvalle.edu.mx
74	A1211471	IARA180905MDFBYNI9	Ana Sofía	Ibarra	Reyes	2018-09-05	M	1	Preescolar	3	B	BAJA_TEMPORAL	2021-08-26	0	\N
75	A1238922	IARD110421HDFBYNG0	Daniel	Ibarra	Reyes	2011-04-21	H	1	Secundaria	1	A	ACTIVO	2023-08-23	10	daniel.ibarra88@alumnos.ateneodelvalle.edu.mx
76	A1236203	IARR111209MDFBYMH4	Romina	Ibarra	Reyes	2011-12-09	M	1	Secundaria	1	C	ACTIVO	2023-08-22	15	romina.ibarra10@alumnos.ateneodelvalle.edu.mx
77	A2177616	MERI121105MJCDDSA5	Isabella	Medina	Rodríguez	2012-11-05	M	2	Primaria	6	B	ACTIVO	2017-08-19	0	\N
78	A3214855	JUPM060701HNLRRXA4	Maximiliano	Juárez	Pérez	2006-07-01	H	3	Preparatoria	3	A	ACTIVO	2021-08-22	50	maximiliano.juarez40@alumnos.ateneodelvalle.edu.mx
79	A3220389	RANX071227MNLMXMB3	Ximena	Ramírez	Núñez	2007-12-27	M	3	Preparatoria	2	A	ACTIVO	2022-08-22	0	ximena.ramirez18@alumnos.ateneodelvalle.edu.mx
80	A3227707	RANV160307MNLMXLE0	Valeria	Ramírez	Núñez	2016-03-07	M	3	Primaria	2	A	ACTIVO	2022-08-19	0	\N
81	A2231464	AARJ110208MJCLVSA5	María José	Álvarez	Rivera	2011-02-08	M	2	Secundaria	1	A	ACTIVO	2023-08-21	0	maria.alvarez22@alumnos.ateneodelvalle.edu.mx
82	A2226257	AARR190127MJCLVGA5	Regina	Álvarez	Rivera	2019-01-27	M	2	Preescolar	2	C	ACTIVO	2022-08-27	15	\N
83	A3238904	VEOV200428MNLLRLJ1	Valentina	Velázquez	Ortega	2020-04-28	M	3	Preescolar	1	A	ACTIVO	2023-08-23	0	\N
84	A3226306	VEOP061228HNLLRBB7	José Pablo	Velázquez	Ortega	2006-12-28	H	3	Preparatoria	3	C	ACTIVO	2022-08-24	0	jose.velazquez01@alumnos.ateneodelvalle.edu.mx
85	A3228381	AUVM060508HNLGZXH3	Maximiliano	Aguilar	Vázquez	2006-05-08	H	3	Preparatoria	3	A	ACTIVO	2022-08-22	50	maximiliano.aguilar50@alumnos.ateneodelvalle.edu.mx
86	A3230758	AUVX161103MNLGZMG4	Ximena	Aguilar	Vázquez	2016-11-03	M	3	Primaria	2	C	ACTIVO	2023-08-28	25	\N
87	A2203921	RASA150618HJCMNNA3	Ángel	Ramírez	Sánchez	2015-06-18	H	2	Primaria	3	B	ACTIVO	2020-08-24	50	\N
88	A2212768	RASN150215MJCMNTB6	Natalia	Ramírez	Sánchez	2015-02-15	M	2	Primaria	3	B	ACTIVO	2021-08-22	0	\N
89	A2237380	RASN100901MJCMNTC8	Natalia	Ramírez	Sánchez	2010-09-01	M	2	Secundaria	2	C	ACTIVO	2023-08-19	50	natalia.ramirez85@alumnos.ateneodelvalle.edu.mx
90	A4223780	ROPF160311MPLMRRF6	Fernanda	Romero	Pérez	2016-03-11	M	4	Primaria	2	C	BAJA_TEMPORAL	2022-08-27	15	\N
91	A4228689	ROPD110803HPLMRNI7	Daniel	Romero	Pérez	2011-08-03	H	4	Secundaria	1	B	ACTIVO	2022-08-28	10	daniel.romero34@alumnos.ateneodelvalle.edu.mx
92	A3227431	MOCA100223MNLRSNE8	Andrea	Morales	Castro	2010-02-23	M	3	Secundaria	2	A	ACTIVO	2022-08-28	50	andrea.morales92@alumnos.ateneodelvalle.edu.mx
93	A3232867	MOCC200724MNLRSMJ3	Camila	Morales	Castro	2020-07-24	M	3	Preescolar	1	C	ACTIVO	2023-08-23	50	\N
94	A3197420	ROJV130713MNLMRLA2	Valentina	Romero	Juárez	2013-07-13	M	3	Primaria	5	C	ACTIVO	2019-08-24	0	\N
95	A3224775	JUCI151021HNLRNKD8	Iker	Juárez	Contreras	2015-10-21	H	3	Primaria	3	C	ACTIVO	2022-08-21	15	\N
96	A1227879	SAOP091207MDFLRLC3	Paulina	Salazar	Ortiz	2009-12-07	M	1	Secundaria	3	C	ACTIVO	2022-08-28	0	paulina.salazar53@alumnos.ateneodelvalle.edu.mx
97	A1238458	OIAP110518MDFRGLD0	Paulina	Ortiz	Aguilar	2011-05-18	M	1	Secundaria	1	B	ACTIVO	2023-08-26	25	paulina.ortiz48@alumnos.ateneodelvalle.edu.mx
98	A3228755	MECA060409HNLNRNI6	Andrés	Mendoza	Cruz	2006-04-09	H	3	Preparatoria	3	A	ACTIVO	2022-08-28	25	andres.mendoza48@alumnos.ateneodelvalle.edu.mx
99	A3239414	MECI190803MNLNRSD5	Isabella	Mendoza	Cruz	2019-08-03	M	3	Preescolar	2	C	ACTIVO	2023-08-20	15	\N
100	A1236036	HEGI201018MDFRRSF2	Isabella	Herrera	García	2020-10-18	M	1	Preescolar	1	A	ACTIVO	2023-08-28	0	\N
101	A3228512	SACI060606HNLLHKJ4	Iker	Salazar	Chávez	2006-06-06	H	3	Preparatoria	3	C	ACTIVO	2022-08-28	0	iker.salazar31@alumnos.ateneodelvalle.edu.mx
102	A3235361	SACM100817HNLLHXG1	Maximiliano	Salazar	Chávez	2010-08-17	H	3	Secundaria	2	C	ACTIVO	2023-08-27	0	maximiliano.salazar61@alumnos.ateneodelvalle.edu.mx
103	A3239188	SACD080113HNLLHNI8	Daniel	Salazar	Chávez	2008-01-13	H	3	Preparatoria	1	A	ACTIVO	2023-08-21	0	daniel.salazar66@alumnos.ateneodelvalle.edu.mx
104	A3238957	MAED080320HNLRSNC6	Daniel	Martínez	Estrada	2008-03-20	H	3	Preparatoria	1	A	ACTIVO	2023-08-26	15	daniel.martinez46@alumnos.ateneodelvalle.edu.mx
105	A3208898	MAES150721MNLRSFF6	Sofía	Martínez	Estrada	2015-07-21	M	3	Primaria	3	A	ACTIVO	2020-08-21	15	\N
106	A2237988	LUVV180315MJCNZLA4	Valeria	Luna	Vázquez	2018-03-15	M	2	Preescolar	3	A	ACTIVO	2023-08-25	0	\N
107	A2204274	LUVE120211HJCNZMH2	Emiliano	Luna	Vázquez	2012-02-11	H	2	Primaria	6	C	ACTIVO	2020-08-19	0	\N
108	A2215248	LUVR060921MJCNZGH5	Regina	Luna	Vázquez	2006-09-21	M	2	Preparatoria	3	C	ACTIVO	2021-08-21	0	regina.luna07@alumnos.ateneodelvalle.edu.mx
109	A1220564	LUFD100608HDFNLMB4	Damián	Luna	Flores	2010-06-08	H	1	Secundaria	2	C	ACTIVO	2022-08-28	15	damian.luna57@alumnos.ateneodelvalle.edu.mx
110	A3238848	RORD200226HNLJDGI0	Diego	Rojas	Rodríguez	2020-02-26	H	3	Preescolar	1	C	ACTIVO	2023-08-24	0	\N
111	A3234478	RORG150214HNLJDLJ5	Gael	Rojas	Rodríguez	2015-02-14	H	3	Primaria	3	B	ACTIVO	2023-08-20	0	\N
112	A3194057	PERR140503MNLXMNF8	Renata	Peña	Ramos	2014-05-03	M	3	Primaria	4	C	ACTIVO	2019-08-28	0	\N
113	A3231878	PERE111218HNLXMMB4	Emilio	Peña	Ramos	2011-12-18	H	3	Secundaria	1	A	ACTIVO	2023-08-19	25	emilio.pena38@alumnos.ateneodelvalle.edu.mx
114	A1225107	MENA090602MDFNXNH6	Ana Sofía	Mendoza	Núñez	2009-06-02	M	1	Secundaria	3	C	ACTIVO	2022-08-20	0	ana.mendoza33@alumnos.ateneodelvalle.edu.mx
115	A1235528	MENE071014HDFNXMH1	Emilio	Mendoza	Núñez	2007-10-14	H	1	Preparatoria	2	C	BAJA_TEMPORAL	2023-08-25	50	emilio.mendoza05@alumnos.ateneodelvalle.edu.mx
116	A1239857	DORM200222HDFMMTD4	Mateo	Domínguez	Ramos	2020-02-22	H	1	Preescolar	1	A	ACTIVO	2023-08-19	50	\N
117	A3222819	OEGD161115HNLRTGC6	Diego	Ortega	Gutiérrez	2016-11-15	H	3	Primaria	2	C	ACTIVO	2022-08-21	10	\N
118	A2222432	DOHD061116HJCMRGA8	Diego	Domínguez	Herrera	2006-11-16	H	2	Preparatoria	3	B	ACTIVO	2022-08-27	0	diego.dominguez70@alumnos.ateneodelvalle.edu.mx
119	A2221373	VALL181224HJCZPNC7	Leonardo	Vázquez	López	2018-12-24	H	2	Preescolar	3	A	ACTIVO	2022-08-26	15	\N
120	A2203745	VALE181223HJCZPMD2	Emiliano	Vázquez	López	2018-12-23	H	2	Preescolar	3	C	ACTIVO	2020-08-24	0	\N
121	A1219603	RAPF181112MDFMXRG7	Fernanda	Ramírez	Peña	2018-11-12	M	1	Preescolar	3	B	ACTIVO	2021-08-22	0	\N
122	A3223773	GAVE070119HNLRRMC2	Emiliano	García	Vargas	2007-01-19	H	3	Preparatoria	2	B	ACTIVO	2022-08-21	0	emiliano.garcia77@alumnos.ateneodelvalle.edu.mx
123	A3236017	GAVA070416HNLRRND1	Ángel	García	Vargas	2007-04-16	H	3	Preparatoria	2	C	ACTIVO	2023-08-19	0	angel.garcia42@alumnos.ateneodelvalle.edu.mx
124	A4235456	LOME170504HPLPRMG5	Emiliano	López	Morales	2017-05-04	H	4	Primaria	1	C	ACTIVO	2023-08-26	15	\N
125	A4220128	JINR081110MPLMXMG9	Romina	Jiménez	Núñez	2008-11-10	M	4	Preparatoria	1	C	ACTIVO	2022-08-19	10	romina.jimenez96@alumnos.ateneodelvalle.edu.mx
126	A4223814	JIND101215HPLMXGF8	Diego	Jiménez	Núñez	2010-12-15	H	4	Secundaria	2	C	ACTIVO	2022-08-25	50	diego.jimenez01@alumnos.ateneodelvalle.edu.mx
127	A3232467	PERS170816MNLXMFD2	Sofía	Peña	Ramírez	2017-08-16	M	3	Primaria	1	B	ACTIVO	2023-08-20	10	\N
\.


--
-- Data for Name: tutores; Type: TABLE DATA; Schema: escolar; Owner: sige
--

COPY escolar.tutores (id, nombre, apellido_paterno, apellido_materno, fecha_nacimiento, curp, rfc, email, telefono_celular, telefono_casa, calle, num_ext, num_int, colonia, codigo_postal, municipio, estado, ocupacion, empresa, creado_en) FROM stdin;
1	Gerardo	Domínguez	Aguilar	1982-11-18	DOAG821118HHGMGR17	DOAG821118259	gdominguez82@hotmail.com	8170031970	\N	Calle Alfonso Reyes	2389	3	Contry	64860	Monterrey	Nuevo León	Comerciante	\N	2023-04-12 02:25:32-06
2	Araceli	Ramírez	Ruiz	1982-08-19	RARA820819MDFMZR98	RARA820819A52	\N	8187569226	\N	Calle Alfonso Reyes	2389	3	Contry	64860	Monterrey	Nuevo León	Programador	Liverpool	2019-11-08 02:46:31-06
3	Mónica	Vázquez	García	1973-03-28	VAGM730328MCHZRN03	VAGM730328LH1	mvazquez73@outlook.com	8165748999	\N	Calle Cerro de la Silla	2869	Depto. 402	Mitras Centro	64460	Monterrey	Nuevo León	Funcionario público	Independiente	2022-04-11 20:37:31-06
4	Alejandro	Vázquez	Vargas	1981-08-12	VAVA810812HVZZRL42	VAVA810812EP9	\N	2221620686	\N	Av. Zeta del Cochero	1667	3	Zavaleta	72176	San Andrés Cholula	Puebla	Funcionario público	Pemex	2019-01-01 13:34:10-06
5	Diana	Vázquez	Vázquez	1987-10-10	VAVD871010MSPZZN54	VAVD871010P31	dvazquez87@live.com.mx	+52 222 381 8246	+52 222 143 9506	Av. Zeta del Cochero	1667	3	Zavaleta	72176	San Andrés Cholula	Puebla	Arquitecto	Hospital Ángeles	2019-09-19 06:08:32-06
6	Juan Carlos	Contreras	Moreno	1979-08-09	COMJ790809HDFNRN97	COMJ790809ZB6	juan_moreno@prodigy.net.mx	(55) 1398-4446	55 4360 7042	Gabriel Mancera	1604	\N	Narvarte Poniente	03020	Benito Juárez	Ciudad de México	Hogar	Liverpool	2023-07-06 21:19:52-06
7	Diana	Castro	Ibarra	1987-08-21	CAID870821MDFSBN64	CAID870821WK2	dcastro87@gmail.com	5570256936	\N	Gabriel Mancera	1604	\N	Narvarte Poniente	03020	Benito Juárez	Ciudad de México	Contador público	Volkswagen de México	2019-04-21 13:14:22-06
8	Alejandro	Reyes	Rodríguez	1980-09-24	RERA800924HJCYDL10	RERA800924Z34	alejandro.reyes@yahoo.com.mx	(33) 7485-3622	\N	Av. Guadalupe	1657	A	Chapalita	44500	Guadalajara	Jalisco	Administradora	Independiente	2019-12-28 19:18:03-06
9	Verónica	Ibarra	Cruz	1976-11-17	IACV761117MOCBRR58	IACV761117KW0	vibarra76@prodigy.net.mx	33 6339 7503	33 4322 4347	Av. Guadalupe	1657	A	Chapalita	44500	Guadalajara	Jalisco	Docente	Pemex	2018-02-23 03:34:40-06
10	Miguel Ángel	Vázquez	González	1977-07-17	VAGM770717HMCZNG07	VAGM770717546	mvazquez77@icloud.com	2228975170	\N	Calle Nogal	1900	3	Zavaleta	72176	San Andrés Cholula	Puebla	Hogar	Liverpool	2018-10-08 10:59:49-06
11	Mónica	Chávez	Jiménez	1991-11-21	CAJM911121MCHHMN05	CAJM9111216N6	mchavez91@hotmail.com	+52 222 807 5583	2223996674	Calle Nogal	1900	3	Zavaleta	72176	San Andrés Cholula	Puebla	Contador público	Pemex	2017-08-08 12:33:24-06
12	Francisco	Cruz	Herrera	1974-05-02	CUHF740502HDFRRR12	CUHF7405025Y6	fcruz74@hotmail.com	3397066071	3317409821	Calle Colomos	2529	Depto. 402	Chapalita	44500	Guadalajara	Jalisco	Funcionario público	\N	2022-01-07 19:45:31-06
13	Paola	Cruz	Guzmán	1954-03-15	CUGP540315MCHRZL60	\N	paola_guzman@live.com.mx	222 522 7724	\N	Av. Zeta del Cochero	2872	3	Zavaleta	72176	San Andrés Cholula	Puebla	Psicóloga	Pemex	2023-01-06 03:58:32-06
14	María Guadalupe	Núñez	García	1976-01-06	NUGG760106MYNXRD02	NUGG760106LQ0	maria.nunez@live.com.mx	55 4108 5041	\N	Av. Universidad	1336	\N	Narvarte Poniente	03020	Benito Juárez	Ciudad de México	Arquitecto	\N	2023-06-01 09:04:09-06
15	Alejandro	Cruz	Herrera	1990-11-02	CUHA901102HSPRRL66	CUHA9011026Q1	acruz90@prodigy.net.mx	8164775088	\N	Calle Alfonso Reyes	580	Casa 7	Contry	64860	Monterrey	Nuevo León	Abogado	BBVA México	2021-06-21 08:14:54-06
16	María Guadalupe	Vázquez	Velázquez	1990-01-11	VAVG900111MQTZLD08	VAVG900111EX0	maria_velazquez@icloud.com	81 6387 5194	\N	Calle Alfonso Reyes	580	Casa 7	Contry	64860	Monterrey	Nuevo León	Comerciante	CEMEX	2022-10-17 02:54:25-06
17	Rocío	López	Rojas	1952-02-04	LORR520204MOCPJC84	LORR5202043UA	rocio.lopez@hotmail.com	+52 55 6957 0563	\N	Amores	683	\N	Portales Norte	03300	Benito Juárez	Ciudad de México	Hogar	BBVA México	2017-07-14 10:07:08-06
18	Miguel Ángel	Juárez	Bautista	1981-04-20	JUBM810420HDFRTG27	JUBM810420QM0	miguel.juarez@outlook.com	+52 55 1647 3416	\N	Amores	978	\N	Letrán Valle	03650	Benito Juárez	Ciudad de México	Comerciante	Hospital Ángeles	2020-04-05 11:49:46-06
19	Héctor	Ortiz	Vázquez	1982-05-24	OIVH820524HSPRZC61	OIVH8205242I5	hector.ortiz@outlook.com	5590404218	\N	Pestalozzi	758	Casa 7	Xoco	03330	Benito Juárez	Ciudad de México	Arquitecto	Grupo Bimbo	2019-02-24 07:25:57-06
20	Alejandra	Sánchez	Guzmán	1974-12-26	SAGA741226MCHNZL18	SAGA741226Q77	alejandra_guzman@outlook.com	5513541126	5521446988	Pestalozzi	758	Casa 7	Xoco	03330	Benito Juárez	Ciudad de México	Ingeniero civil	Grupo Bimbo	2018-04-11 10:32:34-06
21	Diana	Sánchez	Juárez	1975-08-13	SAJD750813MNLNRN78	SAJD750813563	dsanchez75@gmail.com	222 978 0599	\N	Blvd. Atlixcáyotl	2547	\N	Zavaleta	72176	San Andrés Cholula	Puebla	Arquitecto	CEMEX	2017-12-31 01:22:17-06
22	Alejandra	Romero	Morales	1958-10-22	ROMA581022MMNMRL60	ROMA581022ZQ7	alejandra.romero@icloud.com	+52 222 103 0646	\N	Calle Vía Atlixcáyotl	500	3	La Vista Country Club	72810	San Andrés Cholula	Puebla	Gerente de ventas	Liverpool	2021-10-17 17:15:55-06
23	Elizabeth	Velázquez	Ruiz	1955-09-15	VERE550915MOCLZL88	VERE550915EZA	elizabeth.velazquez@live.com.mx	+52 33 9048 3610	\N	Calle Colomos	2607	Casa 7	Chapalita	44500	Guadalajara	Jalisco	Hogar	BBVA México	2020-02-11 09:31:44-06
24	Norma	Contreras	Velázquez	1979-10-01	COVN791001MOCNLR34	COVN791001YH8	norma_velazquez@gmail.com	(81) 4712-2885	81 3191 2365	Av. Lincoln	1508	Casa 7	Contry	64860	Monterrey	Nuevo León	Psicóloga	IMSS	2017-03-01 15:03:01-06
25	Francisco	Cruz	Contreras	1974-06-09	CUCF740609HPLRNR95	CUCF740609AP8	francisco_contreras@hotmail.com	3382372100	\N	Av. Guadalupe	2195	3	Chapalita	44500	Guadalajara	Jalisco	Arquitecto	Liverpool	2022-07-14 10:15:50-06
26	Karla	Guzmán	Martínez	1991-01-10	GUMK910110MNLZRR12	GUMK9101102S2	kguzman91@live.com.mx	(33) 1218-0362	(33) 8340-0943	Av. Guadalupe	2195	3	Chapalita	44500	Guadalajara	Jalisco	Comerciante	\N	2022-05-15 13:00:33-06
27	Carlos	Salazar	Castillo	1974-02-10	SACC740210HMNLSR43	SACC740210F4A	csalazar74@gmail.com	3371731109	\N	Av. Terranova	1728	\N	Chapalita	44500	Guadalajara	Jalisco	Empresaria	Volkswagen de México	2020-07-14 02:29:37-06
28	Silvia	Rojas	Sánchez	1973-06-09	ROSS730609MYNJNL25	ROSS730609157	srojas73@prodigy.net.mx	+52 33 8118 7631	\N	Av. Terranova	1728	\N	Chapalita	44500	Guadalajara	Jalisco	Gerente de ventas	FEMSA	2019-04-11 12:12:54-06
29	Carlos	Cruz	Ramírez	1985-12-13	CURC851213HNLRMR56	CURC851213UD9	carlos.cruz@yahoo.com.mx	55 9992 2923	\N	Xochicalco	314	Depto. 402	Portales Norte	03300	Benito Juárez	Ciudad de México	Psicóloga	IMSS	2022-07-10 16:24:35-06
30	Mónica	Estrada	Romero	1980-01-08	EARM800108MHGSMN44	EARM800108YA2	monica_romero@outlook.com	+52 81 5116 3182	\N	Calle Cerro de la Silla	2194	Depto. 402	Cumbres 2o Sector	64610	Monterrey	Nuevo León	Psicóloga	Independiente	2017-02-05 01:25:18-06
31	Óscar	Gómez	Vázquez	1990-02-04	GOVO900204HSPMZS18	GOVO900204A72	oscar_vazquez@hotmail.com	+52 222 979 5082	222 872 2029	Calle Nogal	2725	Depto. 402	La Vista Country Club	72810	San Andrés Cholula	Puebla	Psicóloga	BBVA México	2019-01-26 15:34:33-06
32	Claudia	Velázquez	Juárez	1975-03-22	VEJC750322MVZLRL86	VEJC750322BJA	\N	+52 222 256 4374	2225257201	Calle Nogal	2725	Depto. 402	La Vista Country Club	72810	San Andrés Cholula	Puebla	Odontóloga	Hospital Ángeles	2021-08-23 13:15:29-06
33	Arturo	Mendoza	Ortega	1990-04-13	MEOA900413HHGNRR99	MEOA900413294	arturo.mendoza@yahoo.com.mx	8191314056	\N	Av. Paseo de los Leones	1295	A	Contry	64860	Monterrey	Nuevo León	Ingeniero civil	Volkswagen de México	2020-12-27 20:34:43-06
34	Mónica	Aguilar	Castro	1973-01-13	AUCM730113MMCGSN67	AUCM730113144	maguilar73@hotmail.com	8180373347	8188751480	Av. Paseo de los Leones	1295	A	Contry	64860	Monterrey	Nuevo León	Comerciante	Hospital Ángeles	2018-03-30 14:36:15-06
35	Gerardo	Díaz	Gómez	1984-05-22	DIGG840522HPLZMR93	\N	gerardo_gomez@live.com.mx	55 9832 1930	\N	Gabriel Mancera	905	\N	Portales Norte	03300	Benito Juárez	Ciudad de México	Programador	\N	2022-08-10 19:57:58-06
36	María Fernanda	Ramírez	Estrada	1987-04-19	RAEF870419MYNMSR76	RAEF8704198G8	maria.ramirez@hotmail.com	55 9958 4710	\N	Gabriel Mancera	905	\N	Portales Norte	03300	Benito Juárez	Ciudad de México	Ingeniero civil	FEMSA	2020-11-08 05:36:33-06
37	Javier	Díaz	Chávez	1989-02-27	DICJ890227HGTZHV99	\N	jdiaz89@prodigy.net.mx	(222) 396-9255	+52 222 186 7358	Calle Nogal	2160	\N	La Vista Country Club	72810	San Andrés Cholula	Puebla	Empresaria	Volkswagen de México	2016-08-25 04:46:21-06
38	Diana	Rivera	Cruz	1980-12-17	RICD801217MGTVRN21	RICD8012174I9	diana_cruz@gmail.com	222 543 4158	\N	Calle Nogal	2160	\N	La Vista Country Club	72810	San Andrés Cholula	Puebla	Odontóloga	Pemex	2018-09-06 03:26:48-06
39	Elizabeth	Rivera	Gutiérrez	1989-01-19	RIGE890119MYNVTL85	\N	elizabeth.rivera@icloud.com	5580019983	\N	Amores	1602	3	Narvarte Poniente	03020	Benito Juárez	Ciudad de México	Empresaria	\N	2019-07-02 14:20:49-06
40	Miguel Ángel	Cruz	Domínguez	1974-02-11	CUDM740211HQTRMG15	CUDM740211SZ0	mcruz74@gmail.com	33 5083 9223	\N	Av. Guadalupe	1663	Depto. 402	Providencia	44630	Guadalajara	Jalisco	Programador	Hospital Ángeles	2019-11-18 20:11:44-06
41	Leticia	Ibarra	Herrera	1988-09-23	IAHL880923MQTBRT71	IAHL880923XX0	libarra88@yahoo.com.mx	3386559308	\N	Av. Guadalupe	1663	Depto. 402	Providencia	44630	Guadalajara	Jalisco	Contador público	Hospital Ángeles	2019-04-23 12:58:04-06
42	Miguel Ángel	Torres	Ibarra	1973-02-26	TOIM730226HMCRBG92	TOIM730226XT5	miguel.torres@icloud.com	+52 33 4243 6388	\N	Calle Lope de Vega	2386	Depto. 402	Jardines del Bosque	44520	Guadalajara	Jalisco	Docente	Independiente	2018-09-02 10:50:39-06
43	Leticia	Contreras	Martínez	1986-06-10	COML860610MHGNRT58	COML860610UP7	leticia.contreras@yahoo.com.mx	(33) 3999-6409	\N	Calle Lope de Vega	2386	Depto. 402	Jardines del Bosque	44520	Guadalajara	Jalisco	Odontóloga	\N	2018-01-08 16:55:12-06
44	Sergio	Vázquez	Torres	1980-06-16	VATS800616HHGZRR42	VATS8006169K4	sergio_torres@outlook.com	5526082701	\N	Gabriel Mancera	707	\N	Portales Norte	03300	Benito Juárez	Ciudad de México	Contador público	\N	2019-05-07 13:24:17-06
45	Patricia	Cruz	Gutiérrez	1989-08-12	CUGP890812MCHRTT12	CUGP890812FFA	patricia.cruz@live.com.mx	55 3524 1525	+52 55 2458 5895	Gabriel Mancera	707	\N	Portales Norte	03300	Benito Juárez	Ciudad de México	Funcionario público	Independiente	2020-01-25 12:22:45-06
46	José Luis	Reyes	Romero	1974-10-10	RERL741010HNLYMS84	RERL741010YI0	jose.reyes@outlook.com	222 634 5261	\N	Blvd. Atlixcáyotl	62	\N	La Vista Country Club	72810	San Andrés Cholula	Puebla	Gerente de ventas	Pemex	2022-12-28 02:38:32-06
47	Elizabeth	Bautista	Velázquez	1986-01-22	BAVE860122MDFTLL31	\N	ebautista86@outlook.com	2225817849	\N	Blvd. Atlixcáyotl	62	\N	La Vista Country Club	72810	San Andrés Cholula	Puebla	Abogado	\N	2022-12-07 09:47:53-06
48	Javier	Rivera	García	1977-06-19	RIGJ770619HSPVRV68	\N	jrivera77@gmail.com	2221733000	2226023229	Calle Nogal	378	3	Lomas de Angelópolis	72830	San Andrés Cholula	Puebla	Hogar	CEMEX	2020-07-29 06:00:16-06
49	Diana	Moreno	Ibarra	1977-02-02	MOID770202MJCRBN03	MOID7702023W5	dmoreno77@gmail.com	2229276781	222 617 3805	Calle Nogal	378	3	Lomas de Angelópolis	72830	San Andrés Cholula	Puebla	Ingeniero civil	FEMSA	2022-11-23 18:59:27-06
50	Gerardo	Vázquez	Ruiz	1974-01-26	VARG740126HCHZZR93	VARG740126PD0	gvazquez74@yahoo.com.mx	81 9415 7838	(81) 9892-2052	Calle Cerro de la Silla	978	Depto. 402	Cumbres 2o Sector	64610	Monterrey	Nuevo León	Gerente de ventas	Liverpool	2018-03-22 13:20:28-06
51	Lorena	Ramírez	Gómez	1988-07-06	RAGL880706MMNMMR74	\N	lramirez88@hotmail.com	(81) 1503-3467	\N	Calle Cerro de la Silla	978	Depto. 402	Cumbres 2o Sector	64610	Monterrey	Nuevo León	Odontóloga	Liverpool	2018-11-13 00:24:51-06
52	Raúl	Luna	Estrada	1979-06-19	LUER790619HYNNSL22	\N	rluna79@live.com.mx	33 3107 4855	\N	Calle Colomos	481	A	Jardines del Bosque	44520	Guadalajara	Jalisco	Administradora	Grupo Bimbo	2022-08-28 18:25:42-06
53	Gabriela	Reyes	Castro	1976-11-13	RECG761113MNLYSB79	RECG761113941	greyes76@yahoo.com.mx	3379905105	\N	Calle Colomos	481	A	Jardines del Bosque	44520	Guadalajara	Jalisco	Odontóloga	IMSS	2020-06-01 04:42:47-06
54	José Luis	Mendoza	Juárez	1988-08-05	MEJL880805HGTNRS80	MEJL880805GM8	jose.mendoza@outlook.com	+52 222 634 7970	2229339311	Calle Nogal	1329	Depto. 402	Lomas de Angelópolis	72830	San Andrés Cholula	Puebla	Contador público	Hospital Ángeles	2022-08-09 13:21:37-06
55	Silvia	Ruiz	Pérez	1987-03-05	RUPS870305MMNZRL12	RUPS870305LX8	\N	+52 222 643 0278	\N	Calle Nogal	1329	Depto. 402	Lomas de Angelópolis	72830	San Andrés Cholula	Puebla	Abogado	\N	2020-07-12 02:03:27-06
56	Héctor	Bautista	Guzmán	1985-07-20	BAGH850720HOCTZC54	BAGH850720KT9	hector.bautista@gmail.com	3340920497	\N	Av. Rubén Darío	827	\N	Ladrón de Guevara	44600	Guadalajara	Jalisco	Programador	Telmex	2019-02-09 13:29:32-06
57	Araceli	Cruz	Sánchez	1973-10-24	CUSA731024MGTRNR88	CUSA731024ZP5	araceli.cruz@yahoo.com.mx	(33) 4218-3637	\N	Av. Rubén Darío	827	\N	Ladrón de Guevara	44600	Guadalajara	Jalisco	Psicóloga	IMSS	2021-07-14 00:53:50-06
58	Sergio	Peña	Rivera	1975-08-21	PERS750821HPLXVR89	PERS750821KL4	sergio_rivera@hotmail.com	(33) 6268-6001	\N	Av. Guadalupe	1120	Casa 7	Providencia	44630	Guadalajara	Jalisco	Programador	Liverpool	2021-11-22 21:30:47-06
59	Alejandra	Gutiérrez	Rivera	1984-09-02	GURA840902MQTTVL26	GURA8409027J8	alejandra_rivera@gmail.com	33 5524 3140	3370930440	Av. Guadalupe	1120	Casa 7	Providencia	44630	Guadalajara	Jalisco	Contador público	\N	2017-06-11 15:49:07-06
60	Gabriela	Herrera	Méndez	1953-06-15	HEMG530615MHGRNB82	HEMG530615AB6	gherrera53@outlook.com	2225271882	\N	Av. Zeta del Cochero	1184	A	Zavaleta	72176	San Andrés Cholula	Puebla	Comerciante	\N	2023-07-22 09:08:49-06
61	Carlos	Chávez	Estrada	1974-09-15	CAEC740915HGTHSR95	CAEC740915QZ3	carlos.chavez@outlook.com	55 3928 1056	\N	Av. Universidad	1054	Casa 7	Del Valle Centro	03100	Benito Juárez	Ciudad de México	Empresaria	IMSS	2018-05-29 03:09:55-06
62	Raúl	Vázquez	Chávez	1979-01-09	VACR790109HGTZHL22	VACR790109Y37	raul.vazquez@yahoo.com.mx	8169088544	\N	Calle Cerro de la Silla	781	\N	Cumbres Elite	64349	Monterrey	Nuevo León	Docente	\N	2018-07-25 21:28:16-06
63	Gabriela	Ramos	Vargas	1987-02-05	RAVG870205MGTMRB43	RAVG8702052Y0	gabriela.ramos@prodigy.net.mx	8142738131	\N	Calle Cerro de la Silla	781	\N	Cumbres Elite	64349	Monterrey	Nuevo León	Ingeniera industrial	Gobierno del Estado	2020-12-19 11:27:23-06
64	Raúl	Díaz	Romero	1987-08-03	DIRR870803HHGZML86	DIRR870803986	raul.diaz@hotmail.com	3381126114	\N	Av. Guadalupe	704	3	Jardines del Bosque	44520	Guadalajara	Jalisco	Comerciante	\N	2016-08-07 04:21:51-06
65	María Fernanda	Cruz	Ortiz	1986-11-25	CUOF861125MMNRRR00	CUOF861125HD6	maria_ortiz@icloud.com	33 8462 4155	\N	Av. Guadalupe	704	3	Jardines del Bosque	44520	Guadalajara	Jalisco	Ingeniero civil	Hospital Ángeles	2020-02-29 18:11:07-06
66	Raúl	Ibarra	Cruz	1985-07-14	IACR850714HNLBRL43	IACR8507141C0	raul_cruz@icloud.com	5589135622	5522935958	Adolfo Prieto	259	Depto. 402	Portales Norte	03300	Benito Juárez	Ciudad de México	Ingeniero civil	Independiente	2019-12-17 17:18:04-06
67	Héctor	Medina	Ortiz	1992-05-02	MEOH920502HDFDRC48	MEOH920502UB6	hector_ortiz@gmail.com	(33) 7052-7865	\N	Av. Guadalupe	1451	\N	Ladrón de Guevara	44600	Guadalajara	Jalisco	Médico general	Pemex	2023-08-03 02:54:53-06
68	Alejandra	Rodríguez	Méndez	1979-06-08	ROMA790608MSPDNL69	ROMA790608BV3	\N	+52 33 4771 8031	\N	Av. Guadalupe	1451	\N	Ladrón de Guevara	44600	Guadalajara	Jalisco	Arquitecto	BBVA México	2022-03-11 17:43:14-06
69	Héctor	Juárez	Martínez	1987-01-10	JUMH870110HDFRRC05	JUMH870110MC5	hector_martinez@icloud.com	(81) 4778-7175	(81) 3229-5877	Av. Lincoln	692	3	Cumbres 2o Sector	64610	Monterrey	Nuevo León	Funcionario público	\N	2019-11-30 03:25:49-06
70	Diana	Pérez	Castro	1976-08-28	PECD760828MCHRSN38	PECD760828DX2	dperez76@prodigy.net.mx	81 1820 8019	\N	Av. Lincoln	692	3	Cumbres 2o Sector	64610	Monterrey	Nuevo León	Odontóloga	Grupo Bimbo	2022-05-27 15:55:21-06
71	Arturo	Ramírez	Guerrero	1984-03-23	RAGA840323HNLMRR15	\N	arturo_guerrero@hotmail.com	(81) 9500-0881	\N	Calle Alfonso Reyes	721	Casa 7	Cumbres 2o Sector	64610	Monterrey	Nuevo León	Contador público	CEMEX	2017-01-15 07:28:49-06
72	Araceli	Núñez	Ramos	1989-01-17	NURA890117MMNXMR24	NURA890117ZR4	araceli.nunez@prodigy.net.mx	(81) 4012-4306	\N	Calle Alfonso Reyes	721	Casa 7	Cumbres 2o Sector	64610	Monterrey	Nuevo León	Odontóloga	Grupo Bimbo	2016-07-01 00:43:14-06
73	Gerardo	Álvarez	Hernández	1974-05-03	AAHG740503HHGLRR12	\N	\N	33 1576 1970	\N	Av. Guadalupe	1778	3	Ladrón de Guevara	44600	Guadalajara	Jalisco	Hogar	Independiente	2022-04-05 19:00:48-06
74	Elizabeth	Rivera	Martínez	1985-07-10	RIME850710MVZVRL61	\N	erivera85@hotmail.com	3350230579	\N	Av. Guadalupe	1778	3	Ladrón de Guevara	44600	Guadalajara	Jalisco	Contador público	Pemex	2023-05-27 21:33:46-06
75	José Luis	Velázquez	Chávez	1978-03-24	VECL780324HSPLHS95	\N	jose.velazquez@gmail.com	8143054602	\N	Calle Alfonso Reyes	2667	3	Cumbres 2o Sector	64610	Monterrey	Nuevo León	Empresaria	\N	2019-01-19 04:22:20-06
76	Verónica	Ortega	Moreno	1979-11-18	OEMV791118MMNRRR30	OEMV7911189H8	vortega79@hotmail.com	8178213943	\N	Calle Alfonso Reyes	2667	3	Cumbres 2o Sector	64610	Monterrey	Nuevo León	Programador	BBVA México	2018-01-09 23:40:45-06
77	Eduardo	Aguilar	Juárez	1980-06-02	AUJE800602HVZGRD64	AUJE800602E97	\N	8146556840	\N	Av. Lincoln	2083	Depto. 402	Mitras Centro	64460	Monterrey	Nuevo León	Docente	CEMEX	2016-10-28 09:46:02-06
78	María Guadalupe	Vázquez	Domínguez	1972-03-22	VADG720322MGTZMD64	VADG720322P45	maria.vazquez@gmail.com	81 8516 9489	+52 81 5427 2523	Av. Lincoln	2083	Depto. 402	Mitras Centro	64460	Monterrey	Nuevo León	Contador público	Gobierno del Estado	2018-09-03 17:21:09-06
79	Óscar	Ramírez	Mendoza	1991-05-13	RAMO910513HHGMNS16	RAMO9105137V2	oscar.ramirez@gmail.com	3386025266	\N	Av. Rubén Darío	2179	\N	Providencia	44630	Guadalajara	Jalisco	Médico general	Pemex	2019-02-11 16:48:22-06
80	Araceli	Sánchez	García	1978-01-10	SAGA780110MSPNRR53	SAGA7801102R6	araceli_garcia@live.com.mx	(33) 7733-9105	\N	Av. Rubén Darío	2179	\N	Providencia	44630	Guadalajara	Jalisco	Arquitecto	Gobierno del Estado	2016-08-02 03:40:27-06
81	Gabriela	Pérez	Rojas	1988-09-04	PERG880904MGTRJB32	PERG880904I68	gabriela.perez@gmail.com	2222327935	\N	Calle Vía Atlixcáyotl	697	\N	Zavaleta	72176	San Andrés Cholula	Puebla	Médico general	\N	2017-12-18 03:44:13-06
82	Eduardo	Salazar	Jiménez	1977-04-24	SAJE770424HDFLMD72	SAJE770424LHA	eduardo_jimenez@prodigy.net.mx	+52 81 4582 1432	\N	Av. Paseo de los Leones	2177	Casa 7	Cumbres 2o Sector	64610	Monterrey	Nuevo León	Hogar	Independiente	2017-11-20 19:27:38-06
83	Fernando	Romero	Domínguez	1990-04-27	RODF900427HYNMMR04	RODF900427UD2	fernando.romero@hotmail.com	(81) 7893-9536	8175174158	Calle Cerro de la Silla	1672	\N	Contry	64860	Monterrey	Nuevo León	Contador público	Gobierno del Estado	2017-06-30 06:04:23-06
84	Diana	Juárez	Ruiz	1974-04-13	JURD740413MPLRZN34	\N	djuarez74@hotmail.com	81 7730 4866	\N	Calle Cerro de la Silla	1672	\N	Contry	64860	Monterrey	Nuevo León	Docente	Telmex	2016-07-12 14:40:29-06
85	Gabriela	Contreras	Juárez	1977-10-19	COJG771019MCHNRB85	COJG771019QN3	gabriela.contreras@outlook.com	8172957475	\N	Calle Alfonso Reyes	2727	\N	Cumbres 2o Sector	64610	Monterrey	Nuevo León	Docente	CEMEX	2018-12-10 13:34:20-06
86	María Fernanda	Ortiz	Cruz	1952-03-21	OICF520321MVZRRR57	OICF5203215TA	mortiz52@icloud.com	55 1309 5026	\N	Av. Universidad	1585	\N	Xoco	03330	Benito Juárez	Ciudad de México	Contador público	CEMEX	2023-02-14 20:06:15-06
87	Sergio	Ortiz	Ortega	1977-09-05	OIOS770905HDFRRR95	\N	sergio.ortiz@gmail.com	55 1429 8153	55 7730 3162	Xochicalco	1791	Depto. 402	Portales Norte	03300	Benito Juárez	Ciudad de México	Gerente de ventas	\N	2019-07-11 02:21:32-06
88	Claudia	Aguilar	Reyes	1992-11-10	AURC921110MYNGYL40	AURC9211108A0	\N	(55) 6751-6434	5558016483	Xochicalco	1791	Depto. 402	Portales Norte	03300	Benito Juárez	Ciudad de México	Psicóloga	Hospital Ángeles	2019-07-17 00:06:17-06
89	Ricardo	Mendoza	Castro	1985-02-20	MECR850220HPLNSC88	MECR850220PX9	rmendoza85@outlook.com	(81) 5880-4941	\N	Calle Cerro de la Silla	1270	3	Contry	64860	Monterrey	Nuevo León	Comerciante	Independiente	2020-10-12 14:05:38-06
90	Elizabeth	Cruz	Romero	1973-05-13	CURE730513MPLRML55	CURE730513E97	ecruz73@prodigy.net.mx	(81) 8880-5864	\N	Calle Cerro de la Silla	1270	3	Contry	64860	Monterrey	Nuevo León	Comerciante	Hospital Ángeles	2017-07-23 21:18:20-06
91	Miguel Ángel	Herrera	Jiménez	1972-04-24	HEJM720424HHGRMG77	HEJM7204246M3	\N	55 1501 5139	5563964538	Pestalozzi	2423	Casa 7	Del Valle Centro	03100	Benito Juárez	Ciudad de México	Programador	\N	2021-06-23 21:00:24-06
92	Paola	García	Díaz	1978-07-23	GADP780723MNLRZL16	GADP780723R57	paola_diaz@hotmail.com	55 5153 0943	\N	Pestalozzi	2423	Casa 7	Del Valle Centro	03100	Benito Juárez	Ciudad de México	Ingeniera industrial	\N	2019-07-18 01:14:28-06
93	Leticia	Chávez	Medina	1960-03-25	CAML600325MOCHDT13	CAML600325332	leticia.chavez@icloud.com	81 9242 6914	\N	Calle Cerro de la Silla	1497	Depto. 402	Cumbres Elite	64349	Monterrey	Nuevo León	Arquitecto	IMSS	2021-04-09 16:57:06-06
94	Óscar	Martínez	Reyes	1991-04-15	MARO910415HQTRYS85	MARO910415VCA	oscar.martinez@gmail.com	+52 81 9601 9256	\N	Calle Alfonso Reyes	679	\N	Mitras Centro	64460	Monterrey	Nuevo León	Gerente de ventas	Hospital Ángeles	2021-01-12 22:46:59-06
95	María Guadalupe	Estrada	Reyes	1984-02-06	EARG840206MSPSYD35	EARG8402069X7	mestrada84@outlook.com	81 5288 5766	81 4591 4809	Calle Alfonso Reyes	679	\N	Mitras Centro	64460	Monterrey	Nuevo León	Arquitecto	Liverpool	2020-03-08 01:30:20-06
96	Javier	Luna	Reyes	1988-03-06	LURJ880306HHGNYV07	LURJ880306TF0	jluna88@icloud.com	+52 33 6231 1866	\N	Calle Colomos	879	3	Jardines del Bosque	44520	Guadalajara	Jalisco	Ingeniero civil	Gobierno del Estado	2016-10-12 09:41:32-06
97	Silvia	Vázquez	Flores	1990-02-11	VAFS900211MOCZLL10	VAFS90021149A	silvia_flores@yahoo.com.mx	(33) 3337-7116	\N	Calle Colomos	879	3	Jardines del Bosque	44520	Guadalajara	Jalisco	Docente	Liverpool	2018-05-26 21:19:41-06
98	Paola	Flores	Rojas	1982-07-19	FORP820719MMNLJL33	FORP820719PK1	paola.flores@yahoo.com.mx	+52 55 5738 1137	\N	Adolfo Prieto	2446	\N	Letrán Valle	03650	Benito Juárez	Ciudad de México	Ingeniera industrial	Liverpool	2022-06-24 18:11:45-06
99	Javier	Rojas	Ortega	1986-06-23	ROOJ860623HSPJRV89	\N	jrojas86@icloud.com	81 6456 4530	\N	Calle Cerro de la Silla	2600	Depto. 402	Mitras Centro	64460	Monterrey	Nuevo León	Ingeniero civil	Hospital Ángeles	2018-06-22 22:39:12-06
100	Carlos	Peña	Cruz	1981-07-28	PECC810728HMNXRR46	\N	cpena81@hotmail.com	81 6938 7592	8164071900	Calle Cerro de la Silla	738	\N	Contry	64860	Monterrey	Nuevo León	Odontóloga	FEMSA	2020-11-03 08:54:40-06
101	Karla	Ramos	Castillo	1976-02-09	RACK760209MGTMSR73	\N	karla_castillo@gmail.com	81 3606 4384	+52 81 5031 9821	Calle Cerro de la Silla	738	\N	Contry	64860	Monterrey	Nuevo León	Administradora	Liverpool	2021-09-22 10:05:53-06
102	Arturo	Mendoza	Rodríguez	1982-05-20	MERA820520HNLNDR51	\N	arturo_rodriguez@gmail.com	+52 55 8674 9265	(55) 9102-1828	Av. Universidad	1706	3	Narvarte Poniente	03020	Benito Juárez	Ciudad de México	Ingeniero civil	Hospital Ángeles	2019-02-08 22:29:05-06
103	María Fernanda	Núñez	Núñez	1981-09-24	NUNF810924MMNXXR24	NUNF8109249P7	mnunez81@icloud.com	55 5644 0101	\N	Av. Universidad	1706	3	Narvarte Poniente	03020	Benito Juárez	Ciudad de México	Docente	CEMEX	2020-07-10 23:52:36-06
104	Óscar	Domínguez	Estrada	1990-09-27	DOEO900927HDFMSS88	DOEO900927HL5	odominguez90@prodigy.net.mx	+52 55 8653 9881	\N	Amores	369	A	Narvarte Poniente	03020	Benito Juárez	Ciudad de México	Odontóloga	Pemex	2017-07-26 03:20:43-06
105	Diana	Ramos	Rivera	1984-10-03	RARD841003MJCMVN02	RARD841003728	diana.ramos@yahoo.com.mx	5531576180	\N	Amores	369	A	Narvarte Poniente	03020	Benito Juárez	Ciudad de México	Administradora	BBVA México	2021-02-28 23:25:33-06
106	Jorge	Ortega	Salazar	1987-05-13	OESJ870513HMCRLR32	OESJ870513V89	jorge_salazar@gmail.com	81 1210 5942	\N	Calle Cerro de la Silla	2768	3	Cumbres 2o Sector	64610	Monterrey	Nuevo León	Programador	Liverpool	2016-06-12 03:05:02-06
107	Verónica	Gutiérrez	Díaz	1982-02-15	GUDV820215MHGTZR79	GUDV820215VR0	veronica_diaz@gmail.com	81 5804 9333	81 2878 5925	Calle Cerro de la Silla	2768	3	Cumbres 2o Sector	64610	Monterrey	Nuevo León	Ingeniera industrial	\N	2018-04-17 03:27:21-06
108	Gerardo	Domínguez	Cruz	1989-10-27	DOCG891027HJCMRR24	DOCG891027PT1	gdominguez89@gmail.com	3337505574	\N	Av. Terranova	403	Depto. 402	Jardines del Bosque	44520	Guadalajara	Jalisco	Programador	\N	2018-01-03 05:33:44-06
109	Leticia	Herrera	Domínguez	1980-02-07	HEDL800207MOCRMT39	HEDL800207RK1	leticia_dominguez@outlook.com	33 2195 8202	3384134740	Av. Terranova	403	Depto. 402	Jardines del Bosque	44520	Guadalajara	Jalisco	Comerciante	CEMEX	2019-03-05 07:32:40-06
110	Juan Carlos	Vázquez	Salazar	1985-07-19	VASJ850719HQTZLN78	VASJ8507199I6	juan_salazar@outlook.com	3349139335	(33) 8531-8308	Calle Lope de Vega	1279	A	Jardines del Bosque	44520	Guadalajara	Jalisco	Empresaria	Grupo Bimbo	2017-07-17 22:33:22-06
111	Rocío	López	Moreno	1975-08-01	LOMR750801MVZPRC77	LOMR750801M71	rocio.lopez@gmail.com	3328243673	+52 33 7102 9135	Calle Lope de Vega	1279	A	Jardines del Bosque	44520	Guadalajara	Jalisco	Gerente de ventas	IMSS	2020-11-29 02:45:11-06
112	María Fernanda	Peña	Velázquez	1962-12-17	PEVF621217MYNXLR11	\N	maria.pena@hotmail.com	5590624364	\N	Pestalozzi	256	3	Portales Norte	03300	Benito Juárez	Ciudad de México	Contador público	Independiente	2021-11-25 06:58:57-06
113	Fernando	García	Pérez	1988-04-18	GAPF880418HHGRRR52	GAPF880418EZ3	fernando_perez@icloud.com	8131160714	81 5370 7560	Calle Cerro de la Silla	1016	Depto. 402	Cumbres Elite	64349	Monterrey	Nuevo León	Programador	Hospital Ángeles	2018-08-27 12:10:42-06
114	María Guadalupe	Vargas	Castro	1983-03-21	VACG830321MPLRSD00	VACG8303215AA	maria.vargas@gmail.com	(81) 2431-3633	\N	Calle Cerro de la Silla	1016	Depto. 402	Cumbres Elite	64349	Monterrey	Nuevo León	Gerente de ventas	IMSS	2016-09-11 19:47:21-06
115	Miguel Ángel	López	Martínez	1981-11-08	LOMM811108HNLPRG10	LOMM8111087M7	mlopez81@hotmail.com	+52 222 758 2839	\N	Blvd. Atlixcáyotl	841	\N	Lomas de Angelópolis	72830	San Andrés Cholula	Puebla	Comerciante	\N	2018-02-20 04:42:20-06
116	María Fernanda	Morales	García	1976-05-16	MOGF760516MMCRRR05	MOGF7605162H0	maria.morales@gmail.com	222 845 6876	\N	Blvd. Atlixcáyotl	841	\N	Lomas de Angelópolis	72830	San Andrés Cholula	Puebla	Comerciante	Liverpool	2022-06-27 11:16:15-06
117	Miguel Ángel	Jiménez	Bautista	1992-07-16	JIBM920716HCHMTG95	JIBM920716FP9	miguel.jimenez@live.com.mx	2228904192	\N	Av. Zeta del Cochero	2847	\N	Lomas de Angelópolis	72830	San Andrés Cholula	Puebla	Empresaria	\N	2023-07-24 21:55:54-06
118	Araceli	Núñez	Castro	1986-07-11	NUCA860711MSPXSR30	NUCA860711160	araceli.nunez@live.com.mx	2224085200	\N	Av. Zeta del Cochero	2847	\N	Lomas de Angelópolis	72830	San Andrés Cholula	Puebla	Empresaria	Grupo Bimbo	2018-11-20 17:57:49-06
119	José Luis	Vargas	Torres	1984-10-05	VATL841005HVZRRS79	VATL841005XJ6	\N	(81) 1826-0356	8188268880	Calle Alfonso Reyes	1970	\N	Contry	64860	Monterrey	Nuevo León	Empresaria	FEMSA	2019-01-09 05:08:11-06
\.


--
-- Data for Name: alumno_tutor; Type: TABLE DATA; Schema: escolar; Owner: sige
--

COPY escolar.alumno_tutor (alumno_id, tutor_id, parentesco, responsable_pago, autorizado_recoger) FROM stdin;
1	1	PADRE	t	t
1	2	MADRE	f	t
2	1	PADRE	t	t
2	2	MADRE	f	t
3	3	MADRE	t	t
4	3	MADRE	t	t
5	4	PADRE	t	t
5	5	MADRE	f	t
6	4	PADRE	t	t
6	5	MADRE	f	t
7	4	PADRE	t	t
7	5	MADRE	f	t
8	6	PADRE	t	t
8	7	MADRE	f	t
9	6	PADRE	t	t
9	7	MADRE	f	t
10	6	PADRE	t	f
10	7	MADRE	f	f
11	8	PADRE	t	t
11	9	MADRE	f	t
12	8	PADRE	t	t
12	9	MADRE	f	t
13	10	PADRE	t	f
13	11	MADRE	f	t
14	12	PADRE	t	t
15	12	PADRE	t	t
16	13	ABUELA	t	t
17	14	MADRE	t	t
18	14	MADRE	t	t
19	15	PADRE	t	t
19	16	MADRE	f	t
20	15	PADRE	t	t
20	16	MADRE	f	t
21	17	ABUELA	t	t
22	18	TUTOR	t	t
23	18	TUTOR	t	t
24	19	PADRE	t	t
24	20	MADRE	f	t
25	19	PADRE	t	t
25	20	MADRE	f	t
26	19	PADRE	t	f
26	20	MADRE	f	t
27	21	MADRE	t	f
28	21	MADRE	t	t
29	22	ABUELA	t	t
30	23	ABUELA	t	t
31	23	ABUELA	t	t
32	24	MADRE	t	f
33	24	MADRE	t	t
34	25	PADRE	t	t
34	26	MADRE	f	t
35	27	PADRE	t	t
35	28	MADRE	f	t
36	29	TUTOR	t	t
37	29	TUTOR	t	t
38	30	MADRE	t	t
39	30	MADRE	t	f
40	30	MADRE	t	t
41	31	PADRE	t	t
41	32	MADRE	f	t
42	31	PADRE	t	t
42	32	MADRE	f	t
43	33	PADRE	t	t
43	34	MADRE	f	t
44	35	PADRE	t	f
44	36	MADRE	f	t
45	37	PADRE	t	t
45	38	MADRE	f	t
46	37	PADRE	t	t
46	38	MADRE	f	t
47	39	MADRE	t	t
48	39	MADRE	t	t
49	40	PADRE	t	t
49	41	MADRE	f	t
50	40	PADRE	t	t
50	41	MADRE	f	t
51	42	PADRE	t	f
51	43	MADRE	f	t
52	44	PADRE	t	t
52	45	MADRE	f	t
53	44	PADRE	t	t
53	45	MADRE	f	t
54	46	PADRE	t	t
54	47	MADRE	f	t
55	46	PADRE	t	t
55	47	MADRE	f	t
56	46	PADRE	t	t
56	47	MADRE	f	t
57	48	PADRE	t	t
57	49	MADRE	f	t
58	50	PADRE	t	t
58	51	MADRE	f	t
59	50	PADRE	t	t
59	51	MADRE	f	t
60	52	PADRE	t	t
60	53	MADRE	f	t
61	52	PADRE	t	t
61	53	MADRE	f	t
62	54	PADRE	t	t
62	55	MADRE	f	t
63	56	PADRE	t	t
63	57	MADRE	f	f
64	56	PADRE	t	t
64	57	MADRE	f	f
65	58	PADRE	t	f
65	59	MADRE	f	t
66	58	PADRE	t	t
66	59	MADRE	f	t
67	60	ABUELA	t	t
68	61	PADRE	t	t
69	61	PADRE	t	t
70	62	PADRE	t	t
70	63	MADRE	f	f
71	62	PADRE	t	t
71	63	MADRE	f	t
72	64	PADRE	t	t
72	65	MADRE	f	t
73	64	PADRE	t	t
73	65	MADRE	f	t
74	66	PADRE	t	t
75	66	PADRE	t	t
76	66	PADRE	t	t
77	67	PADRE	t	t
77	68	MADRE	f	t
78	69	PADRE	t	t
78	70	MADRE	f	t
79	71	PADRE	t	t
79	72	MADRE	f	t
80	71	PADRE	t	f
80	72	MADRE	f	t
81	73	PADRE	t	t
81	74	MADRE	f	t
82	73	PADRE	t	t
82	74	MADRE	f	t
83	75	PADRE	t	t
83	76	MADRE	f	t
84	75	PADRE	t	t
84	76	MADRE	f	f
85	77	PADRE	t	t
85	78	MADRE	f	t
86	77	PADRE	t	t
86	78	MADRE	f	t
87	79	PADRE	t	t
87	80	MADRE	f	t
88	79	PADRE	t	t
88	80	MADRE	f	t
89	79	PADRE	t	t
89	80	MADRE	f	t
90	81	MADRE	t	f
91	81	MADRE	t	t
92	82	TUTOR	t	t
93	82	TUTOR	t	t
94	83	PADRE	t	t
94	84	MADRE	f	f
95	85	MADRE	t	t
96	86	ABUELA	t	t
97	87	PADRE	t	t
97	88	MADRE	f	t
98	89	PADRE	t	t
98	90	MADRE	f	t
99	89	PADRE	t	t
99	90	MADRE	f	t
100	91	PADRE	t	t
100	92	MADRE	f	t
101	93	ABUELA	t	t
102	93	ABUELA	t	t
103	93	ABUELA	t	f
104	94	PADRE	t	t
104	95	MADRE	f	f
105	94	PADRE	t	t
105	95	MADRE	f	t
106	96	PADRE	t	t
106	97	MADRE	f	t
107	96	PADRE	t	t
107	97	MADRE	f	t
108	96	PADRE	t	t
108	97	MADRE	f	t
109	98	MADRE	t	t
110	99	PADRE	t	t
111	99	PADRE	t	t
112	100	PADRE	t	t
112	101	MADRE	f	t
113	100	PADRE	t	t
113	101	MADRE	f	t
114	102	PADRE	t	t
114	103	MADRE	f	t
115	102	PADRE	t	t
115	103	MADRE	f	t
116	104	PADRE	t	t
116	105	MADRE	f	t
117	106	PADRE	t	t
117	107	MADRE	f	t
118	108	PADRE	t	t
118	109	MADRE	f	t
119	110	PADRE	t	t
119	111	MADRE	f	t
120	110	PADRE	t	t
120	111	MADRE	f	t
121	112	ABUELA	t	t
122	113	PADRE	t	t
122	114	MADRE	f	t
123	113	PADRE	t	t
123	114	MADRE	f	f
124	115	PADRE	t	t
124	116	MADRE	f	t
125	117	PADRE	t	t
125	118	MADRE	f	t
126	117	PADRE	t	t
126	118	MADRE	f	t
127	119	TUTOR	t	t
\.


--
-- Data for Name: colegiaturas; Type: TABLE DATA; Schema: escolar; Owner: sige
--

COPY escolar.colegiaturas (id, folio, alumno_id, tutor_pagador_id, concepto, periodo, monto, recargo, fecha_limite, fecha_pago, metodo_pago, referencia_bancaria, clabe_origen, tarjeta_ultimos4, uuid_cfdi, estatus) FROM stdin;
1	COL-2023-795327	1	1	Inscripción ciclo 2023-2024	2023-08	8360.00	418.00	2023-08-10	2023-08-16 16:53:39-06	TARJETA	60493624510081971856	\N	4122	065e6256-ee72-6c4b-c8c4-d53cd3763157	PAGADO
2	COL-2023-077108	1	1	Colegiatura septiembre 2023	2023-09	7600.00	380.00	2023-09-10	2023-09-22 21:55:21-06	SPEI	15110299024175651629	058320416640651397	\N	1da8c549-ec1f-1ed0-b462-2b7581a2fb6e	PAGADO
3	COL-2023-971261	1	1	Colegiatura octubre 2023	2023-10	7600.00	380.00	2023-10-10	2023-10-15 21:56:42-06	TARJETA	46880596377367298332	\N	5696	e6e12012-8365-7c46-2f12-8cd50e0f7e8d	PAGADO
4	COL-2023-395780	1	1	Colegiatura noviembre 2023	2023-11	7600.00	380.00	2023-11-10	2023-11-12 20:54:38-06	TARJETA	23134985496428272284	\N	5073	9400378f-62aa-7772-9fd3-088ae3262c7b	PAGADO
5	COL-2023-028459	1	1	Colegiatura diciembre 2023	2023-12	7600.00	380.00	2023-12-10	2023-12-18 20:27:52-06	SPEI	03830475975748729678	058320416640651397	\N	634b9476-fbf4-df18-d918-ed1ba6a7879c	PAGADO
6	COL-2024-970435	1	1	Colegiatura enero 2024	2024-01	7600.00	380.00	2024-01-10	2024-01-19 17:50:18-06	TARJETA	69840947591116160840	\N	2127	bbf6f67f-921c-f486-55bc-e6fbd64c861f	PAGADO
7	COL-2024-571888	1	1	Colegiatura febrero 2024	2024-02	7600.00	0.00	2024-02-10	2024-02-01 07:24:41-06	OXXO	62977612710088782772	\N	\N	e7a099a7-496b-b09f-1afc-39fef958032e	PAGADO
8	COL-2023-705233	2	1	Inscripción ciclo 2023-2024	2023-08	9240.00	462.00	2023-08-10	2023-08-13 20:03:20-06	OXXO	48597754769930983909	\N	\N	2fa3c4ba-ef5c-4ebb-4963-eb7bde80b67c	PAGADO
9	COL-2023-194818	2	1	Colegiatura septiembre 2023	2023-09	7140.00	357.00	2023-09-10	2023-09-14 09:29:04-06	OXXO	64361032335665181518	\N	\N	80def8f2-c810-789b-39bf-ff88563b8ec5	PAGADO
10	COL-2023-821396	2	1	Colegiatura octubre 2023	2023-10	7140.00	0.00	2023-10-10	2023-10-07 15:09:01-06	TARJETA	44719173774830380117	\N	5770	4c563050-bbb8-b30b-9f5e-b874d9ae609b	PAGADO
11	COL-2023-989161	2	1	Colegiatura noviembre 2023	2023-11	7140.00	357.00	2023-11-10	2023-11-15 13:00:52-06	SPEI	89111453703297529344	014650090069335191	\N	9e07cf12-a326-cc69-9cf7-5d4110734835	PAGADO
12	COL-2023-275295	2	1	Colegiatura diciembre 2023	2023-12	7140.00	357.00	2023-12-10	2023-12-13 21:11:13-06	OXXO	69556042627385969469	\N	\N	3674d302-5184-d896-d8b8-58316da0f95d	PAGADO
13	COL-2024-054053	2	1	Colegiatura enero 2024	2024-01	7140.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
14	COL-2024-315693	2	1	Colegiatura febrero 2024	2024-02	7140.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
15	COL-2023-312310	3	3	Inscripción ciclo 2023-2024	2023-08	5720.00	0.00	2023-08-10	2023-08-10 13:01:54-06	DOMICILIACION	49314186533438519435	137580115831199015	\N	84604167-f91c-86a3-e46d-7e92e101067a	PAGADO
16	COL-2023-359332	3	3	Colegiatura septiembre 2023	2023-09	4420.00	0.00	2023-09-10	2023-09-04 09:50:51-06	DOMICILIACION	98497363015898649685	137580115831199015	\N	e97df008-3e1b-edb6-8c80-df0661c152f9	PAGADO
17	COL-2023-108898	3	3	Colegiatura octubre 2023	2023-10	4420.00	0.00	2023-10-10	2023-10-03 20:01:21-06	SPEI	25553237407755322610	137580115831199015	\N	66c7fec6-b486-8b12-3bfd-b2cb6e236dc5	PAGADO
18	COL-2023-899468	3	3	Colegiatura noviembre 2023	2023-11	4420.00	221.00	2023-11-10	2023-11-20 08:20:52-06	DOMICILIACION	97093948781432028467	137580115831199015	\N	d153964a-1bdd-ce18-9978-3f65ed0418d6	PAGADO
19	COL-2023-012925	3	3	Colegiatura diciembre 2023	2023-12	4420.00	0.00	2023-12-10	2023-12-03 15:16:11-06	TARJETA	45808945576473426043	\N	9528	2877cfd1-f01d-e092-42dc-68dd521bcef7	PAGADO
20	COL-2024-454931	3	3	Colegiatura enero 2024	2024-01	4420.00	0.00	2024-01-10	2024-01-05 09:44:23-06	TARJETA	61798399254968346999	\N	7302	deeb2ae8-b145-a430-bb1b-87038ee09ff1	PAGADO
21	COL-2024-279779	3	3	Colegiatura febrero 2024	2024-02	4420.00	0.00	2024-02-10	2024-02-09 21:10:10-06	OXXO	08632253090499800368	\N	\N	dc1c0d21-c307-db42-77e7-352d5a4cf7cc	PAGADO
22	COL-2023-788647	4	3	Inscripción ciclo 2023-2024	2023-08	9240.00	0.00	2023-08-10	2023-08-06 11:42:48-06	SPEI	09999142974452925957	044580582894227828	\N	b6d5e2cf-37c7-85f5-a92a-95360876aed2	PAGADO
23	COL-2023-892685	4	3	Colegiatura septiembre 2023	2023-09	6300.00	315.00	2023-09-10	2023-09-16 07:21:12-06	SPEI	37678161171772273594	044580582894227828	\N	56d415ef-6800-da62-3150-a571a985dd4c	PAGADO
24	COL-2023-821008	4	3	Colegiatura octubre 2023	2023-10	6300.00	0.00	2023-10-10	2023-10-09 21:05:34-06	DOMICILIACION	57816436283877670255	044580582894227828	\N	b3ef8baa-5cc9-6079-9a5f-a54183d12440	PAGADO
25	COL-2023-847418	4	3	Colegiatura noviembre 2023	2023-11	6300.00	315.00	2023-11-10	2023-11-20 20:15:53-06	OXXO	04027962566036355238	\N	\N	e6b43ac5-9312-5be7-32a7-d6e1f73bd341	PAGADO
26	COL-2023-786666	4	3	Colegiatura diciembre 2023	2023-12	6300.00	315.00	2023-12-10	2023-12-22 13:50:54-06	SPEI	59609773707861170540	044580582894227828	\N	f452c3b0-1d1b-b10c-a4ed-3e4228864ab7	PAGADO
27	COL-2024-055769	4	3	Colegiatura enero 2024	2024-01	6300.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
28	COL-2024-970753	4	3	Colegiatura febrero 2024	2024-02	6300.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
29	COL-2023-598771	5	4	Inscripción ciclo 2023-2024	2023-08	9240.00	462.00	2023-08-10	2023-08-20 09:34:36-06	TARJETA	81196076426626128711	\N	3066	1aed9737-eaac-45b2-1f44-5280ceba4577	PAGADO
30	COL-2023-231361	5	4	Colegiatura septiembre 2023	2023-09	4200.00	0.00	2023-09-10	2023-09-02 13:38:28-06	SPEI	79541975932162503188	012650993412940164	\N	d57fffb7-2cdf-b838-0fdf-b7972cabdacb	PAGADO
31	COL-2023-876224	5	4	Colegiatura octubre 2023	2023-10	4200.00	0.00	2023-10-10	2023-10-02 12:47:31-06	EFECTIVO_CAJA	91841290739559399103	\N	\N	b4cb5518-4bf6-3a53-0eae-babfabf96711	PAGADO
32	COL-2023-443360	5	4	Colegiatura noviembre 2023	2023-11	4200.00	0.00	2023-11-10	2023-11-03 14:29:25-06	SPEI	75108396468583412662	012650993412940164	\N	841ae3e9-df70-4224-1b07-7224ddaf25e8	PAGADO
33	COL-2023-119817	5	4	Colegiatura diciembre 2023	2023-12	4200.00	210.00	2023-12-10	2023-12-18 08:51:16-06	SPEI	74426428047679635356	012650993412940164	\N	27359abb-9051-dc48-9a09-388cb0834488	PAGADO
34	COL-2024-397547	5	4	Colegiatura enero 2024	2024-01	4200.00	210.00	2024-01-10	2024-01-15 12:06:11-06	TARJETA	46360168232752799659	\N	0131	f38afe45-4aef-5ab2-c8c0-eb115dec7d6c	PAGADO
35	COL-2024-893492	5	4	Colegiatura febrero 2024	2024-02	4200.00	0.00	2024-02-10	2024-02-06 09:55:35-06	EFECTIVO_CAJA	28369678884303092412	\N	\N	45da92ec-2b6c-d598-2676-8a5fccb36399	PAGADO
36	COL-2023-313161	6	4	Inscripción ciclo 2023-2024	2023-08	7535.00	376.75	2023-08-10	2023-08-12 10:57:16-06	DOMICILIACION	23590287181721282541	014650627032421447	\N	1d6eb6c9-94b4-9f02-5e51-b0bb7a5993d9	PAGADO
37	COL-2023-324773	6	4	Colegiatura septiembre 2023	2023-09	6850.00	342.50	2023-09-10	2023-09-18 20:03:51-06	SPEI	12678052841916295466	014650627032421447	\N	afc4da2f-a66e-aca8-9763-6021716479ed	PAGADO
38	COL-2023-696998	6	4	Colegiatura octubre 2023	2023-10	6850.00	342.50	2023-10-10	2023-10-15 08:49:09-06	SPEI	44581598071070490437	014650627032421447	\N	3b82ee80-c3cb-5040-572c-ba78e4547180	PAGADO
39	COL-2023-544368	6	4	Colegiatura noviembre 2023	2023-11	6850.00	0.00	2023-11-10	2023-11-09 22:08:50-06	TARJETA	58124889951541821358	\N	1341	77dd2719-0bb9-5685-5219-ccce8bdc1930	PAGADO
40	COL-2023-672578	6	4	Colegiatura diciembre 2023	2023-12	6850.00	0.00	2023-12-10	2023-12-07 11:25:32-06	OXXO	39751683883018765143	\N	\N	569e448b-54c4-ce8b-d513-2e42edc8552f	PAGADO
41	COL-2024-967625	6	4	Colegiatura enero 2024	2024-01	6850.00	342.50	2024-01-10	2024-01-11 17:03:36-06	SPEI	17496763628513932445	014650627032421447	\N	0c7ba935-afe0-17c4-e6fd-72c7a48b6b25	PAGADO
42	COL-2024-986309	6	4	Colegiatura febrero 2024	2024-02	6850.00	0.00	2024-02-10	2024-02-03 09:21:59-06	TARJETA	37627254087827183811	\N	1560	37069189-be0c-aff9-91ee-d6c36d8f020a	PAGADO
43	COL-2023-329674	7	4	Inscripción ciclo 2023-2024	2023-08	9240.00	462.00	2023-08-10	2023-08-16 07:06:45-06	SPEI	59682583030434985646	021010908763568057	\N	d9fb9577-1906-91ea-cc87-dc7fcb4d5cda	PAGADO
44	COL-2023-909363	7	4	Colegiatura septiembre 2023	2023-09	4200.00	0.00	2023-09-10	2023-09-04 22:17:32-06	SPEI	49910944810346413196	021010908763568057	\N	b386119f-eca5-b948-06ad-080e5aa7add3	PAGADO
45	COL-2023-475286	7	4	Colegiatura octubre 2023	2023-10	4200.00	210.00	2023-10-10	2023-10-16 21:25:28-06	SPEI	41817461951374876159	021010908763568057	\N	9eed8457-63ca-e570-31eb-88644286ee82	PAGADO
46	COL-2023-843296	7	4	Colegiatura noviembre 2023	2023-11	4200.00	0.00	2023-11-10	2023-11-09 17:38:50-06	TARJETA	80408785704031243460	\N	4820	9f6f8a7a-a478-45bd-ab22-c0cb21965ca3	PAGADO
47	COL-2023-089772	7	4	Colegiatura diciembre 2023	2023-12	4200.00	0.00	2023-12-10	\N	\N	\N	\N	\N	\N	VENCIDO
48	COL-2024-720565	7	4	Colegiatura enero 2024	2024-01	4200.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
49	COL-2024-977358	7	4	Colegiatura febrero 2024	2024-02	4200.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
50	COL-2023-684020	8	6	Inscripción ciclo 2023-2024	2023-08	9240.00	462.00	2023-08-10	2023-08-19 21:26:47-06	SPEI	07984478326341604336	021320975593794015	\N	0079bd7e-5777-e2f3-0261-360b0d681df2	PAGADO
51	COL-2023-186952	8	6	Colegiatura septiembre 2023	2023-09	4200.00	210.00	2023-09-10	2023-09-11 14:58:03-06	DOMICILIACION	58515832155298081940	021320975593794015	\N	b091e631-fc09-2c9d-ff60-8c43f09ad7b1	PAGADO
52	COL-2023-478872	8	6	Colegiatura octubre 2023	2023-10	4200.00	0.00	2023-10-10	2023-10-02 11:24:40-06	SPEI	61511236519256965988	021320975593794015	\N	2766a1f8-3a4e-0273-9a0c-6f3a1255f6ea	PAGADO
53	COL-2023-837252	8	6	Colegiatura noviembre 2023	2023-11	4200.00	0.00	2023-11-10	2023-11-05 10:39:44-06	SPEI	77198876471615146089	021320975593794015	\N	a6398db8-43c3-9ce1-de5b-8e94f4c34c02	PAGADO
54	COL-2023-229234	8	6	Colegiatura diciembre 2023	2023-12	4200.00	210.00	2023-12-10	2023-12-15 07:13:50-06	TARJETA	47566634028007464623	\N	2065	87b72ff2-e014-55de-d9e7-4676a80a2abd	PAGADO
55	COL-2024-247395	8	6	Colegiatura enero 2024	2024-01	4200.00	210.00	2024-01-10	2024-01-16 10:51:10-06	TARJETA	31420260371708398458	\N	2690	126b2d8c-1a17-fcaa-1d91-f4a3c3af7965	PAGADO
56	COL-2024-724519	8	6	Colegiatura febrero 2024	2024-02	4200.00	210.00	2024-02-10	2024-02-16 09:36:18-06	SPEI	45536574011547755220	021320975593794015	\N	4438240d-ce30-d9ba-3c3c-a3b76b8e11c4	PAGADO
57	COL-2023-019719	9	6	Inscripción ciclo 2023-2024	2023-08	7535.00	0.00	2023-08-10	2023-08-08 07:44:06-06	TARJETA	47844189361734014604	\N	5714	a32852be-dae5-b4f3-3572-23892c6a09fc	PAGADO
58	COL-2023-138371	9	6	Colegiatura septiembre 2023	2023-09	5137.50	256.88	2023-09-10	2023-09-17 18:11:14-06	DOMICILIACION	53054347385444592608	014650541988630455	\N	93cdddc5-7194-9456-a0d1-60d945190992	PAGADO
59	COL-2023-730899	9	6	Colegiatura octubre 2023	2023-10	5137.50	256.88	2023-10-10	2023-10-14 17:09:58-06	TARJETA	88837872325896553994	\N	0590	37814654-0d66-989a-deac-75128a1341d4	PAGADO
60	COL-2023-419523	9	6	Colegiatura noviembre 2023	2023-11	5137.50	0.00	2023-11-10	2023-11-09 10:51:42-06	SPEI	42168932247176621746	014650541988630455	\N	dadd25ec-2aed-d727-b486-f81f7d911ce7	PAGADO
61	COL-2023-642339	9	6	Colegiatura diciembre 2023	2023-12	5137.50	0.00	2023-12-10	2023-12-05 18:18:58-06	DOMICILIACION	24788504962863546298	014650541988630455	\N	994bca25-db56-c995-5b1d-8fb55946ebb0	PAGADO
62	COL-2024-447104	9	6	Colegiatura enero 2024	2024-01	5137.50	256.88	2024-01-10	2024-01-21 07:43:18-06	DOMICILIACION	63501813641342859500	014650541988630455	\N	522f8a2f-4b03-9f54-72df-f02662bafbf2	PAGADO
63	COL-2024-721527	9	6	Colegiatura febrero 2024	2024-02	5137.50	0.00	2024-02-10	2024-02-04 12:24:56-06	SPEI	18891988430936437410	014650541988630455	\N	eb3926b5-9c85-15d9-fae4-f02d6eb8a5f5	PAGADO
64	COL-2023-095976	10	6	Inscripción ciclo 2023-2024	2023-08	5720.00	0.00	2023-08-10	2023-08-09 16:54:05-06	EFECTIVO_CAJA	56494714887962482064	\N	\N	210a0ce1-42c4-6b72-2921-8eba4f74805e	PAGADO
65	COL-2023-851733	10	6	Colegiatura septiembre 2023	2023-09	3900.00	195.00	2023-09-10	2023-09-21 07:22:44-06	SPEI	71224609385641714483	014010974465161968	\N	fae45e66-7f6f-7ab3-f822-17b388ded1e7	PAGADO
66	COL-2023-265103	10	6	Colegiatura octubre 2023	2023-10	3900.00	0.00	2023-10-10	2023-10-07 14:35:04-06	TARJETA	40017164379960660561	\N	9642	790652ac-6aef-1a83-b452-4d5029d1db72	PAGADO
67	COL-2023-489271	10	6	Colegiatura noviembre 2023	2023-11	3900.00	195.00	2023-11-10	2023-11-14 08:00:50-06	SPEI	68236129597900528558	014010974465161968	\N	1ab21b40-a003-17eb-2497-5462168062a0	PAGADO
68	COL-2023-572660	10	6	Colegiatura diciembre 2023	2023-12	3900.00	195.00	2023-12-10	2023-12-14 11:01:51-06	SPEI	53913040181990899680	014010974465161968	\N	2e657466-4e75-956c-03e5-9c506c8f75ca	PAGADO
69	COL-2024-733371	10	6	Colegiatura enero 2024	2024-01	3900.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
70	COL-2024-803865	10	6	Colegiatura febrero 2024	2024-02	3900.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
71	COL-2023-757893	11	8	Inscripción ciclo 2023-2024	2023-08	9240.00	462.00	2023-08-10	2023-08-15 10:39:47-06	DOMICILIACION	67882568758528943683	036180578467286663	\N	7bf1f810-52fa-0e60-7010-79a5b23e0163	PAGADO
72	COL-2023-268929	11	8	Colegiatura septiembre 2023	2023-09	7560.00	0.00	2023-09-10	2023-09-10 09:12:00-06	TARJETA	76252202140786099155	\N	3802	e3e67223-a500-6455-ddcf-1569dff01b0f	PAGADO
73	COL-2023-940802	11	8	Colegiatura octubre 2023	2023-10	7560.00	378.00	2023-10-10	2023-10-14 17:44:30-06	SPEI	29657622727332503721	036180578467286663	\N	2a238945-486e-6617-c61e-31837defe265	PAGADO
74	COL-2023-239737	11	8	Colegiatura noviembre 2023	2023-11	7560.00	378.00	2023-11-10	2023-11-17 12:26:55-06	SPEI	37785246787326476966	036180578467286663	\N	ab746d2b-4f23-19e4-3fb3-075831425d45	PAGADO
75	COL-2023-436854	11	8	Colegiatura diciembre 2023	2023-12	7560.00	0.00	2023-12-10	2023-12-10 14:21:04-06	SPEI	28813717400620346021	036180578467286663	\N	b3729972-d8a1-d38b-4268-4419ba7dd307	PAGADO
76	COL-2024-708268	11	8	Colegiatura enero 2024	2024-01	7560.00	378.00	2024-01-10	2024-01-13 22:32:50-06	TARJETA	51043794239465858397	\N	0334	b082be68-8cfd-745f-5872-80c0253ee99a	PAGADO
77	COL-2024-698035	11	8	Colegiatura febrero 2024	2024-02	7560.00	0.00	2024-02-10	2024-02-07 18:20:14-06	TARJETA	47685033355832785450	\N	8872	82deddb3-694f-503d-8740-f1f915d26b7d	PAGADO
78	COL-2023-366320	12	8	Inscripción ciclo 2023-2024	2023-08	9240.00	462.00	2023-08-10	2023-08-11 17:06:18-06	SPEI	15586460490199983147	058650802875139971	\N	624b8d5d-bdf6-7b75-5919-d906b4e9488b	PAGADO
79	COL-2023-008260	12	8	Colegiatura septiembre 2023	2023-09	8400.00	0.00	2023-09-10	2023-09-01 12:28:35-06	SPEI	75676100828742502165	058650802875139971	\N	cd6b0cba-2b02-11fe-c00c-4c1f6ba8fd4f	PAGADO
80	COL-2023-008227	12	8	Colegiatura octubre 2023	2023-10	8400.00	0.00	2023-10-10	2023-10-07 21:00:00-06	OXXO	18244682786081280255	\N	\N	a9ad3667-519e-9f6e-364a-574c849b37bd	PAGADO
81	COL-2023-302293	12	8	Colegiatura noviembre 2023	2023-11	8400.00	420.00	2023-11-10	2023-11-14 10:05:04-06	SPEI	17353031038421829809	058650802875139971	\N	a7cb13d1-9d3f-57d9-f418-798b3f99830e	PAGADO
82	COL-2023-751681	12	8	Colegiatura diciembre 2023	2023-12	8400.00	420.00	2023-12-10	2023-12-15 18:05:49-06	SPEI	53326270352374390176	058650802875139971	\N	55543377-f857-b648-dc5b-dbb5625af6a6	PAGADO
83	COL-2024-387948	12	8	Colegiatura enero 2024	2024-01	8400.00	420.00	2024-01-10	2024-01-15 09:47:55-06	TARJETA	18192985510219925900	\N	3926	8eb194ca-840f-e19b-fe0b-7eaed3214d94	PAGADO
84	COL-2024-043812	12	8	Colegiatura febrero 2024	2024-02	8400.00	0.00	2024-02-10	2024-02-06 12:35:26-06	DOMICILIACION	95266217526237331770	058650802875139971	\N	7bbfdf39-9f2d-19d7-1ba7-74ceef248908	PAGADO
85	COL-2023-707487	13	10	Inscripción ciclo 2023-2024	2023-08	7535.00	0.00	2023-08-10	2023-08-04 17:34:09-06	DOMICILIACION	99570578630513498354	044580816355416608	\N	7f2b75e4-40b8-9e7e-411a-a0d4c149be95	PAGADO
86	COL-2023-155308	13	10	Colegiatura septiembre 2023	2023-09	3425.00	171.25	2023-09-10	2023-09-11 17:22:00-06	SPEI	27667421846360445761	044580816355416608	\N	64243639-d303-f37e-928f-a913c1913675	PAGADO
87	COL-2023-628465	13	10	Colegiatura octubre 2023	2023-10	3425.00	171.25	2023-10-10	2023-10-15 22:41:31-06	SPEI	45821825310443948061	044580816355416608	\N	ddc9f441-3e70-0951-0f97-94b02c020688	PAGADO
88	COL-2023-420046	13	10	Colegiatura noviembre 2023	2023-11	3425.00	0.00	2023-11-10	2023-11-04 20:18:31-06	TARJETA	71733261570044738179	\N	6750	1d6f7f29-6a02-090b-062d-ba2804767f0e	PAGADO
89	COL-2023-882289	13	10	Colegiatura diciembre 2023	2023-12	3425.00	0.00	2023-12-10	\N	\N	\N	\N	\N	\N	VENCIDO
90	COL-2024-738363	13	10	Colegiatura enero 2024	2024-01	3425.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
91	COL-2024-931449	13	10	Colegiatura febrero 2024	2024-02	3425.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
92	COL-2023-134720	14	12	Inscripción ciclo 2023-2024	2023-08	7535.00	0.00	2023-08-10	2023-08-02 21:26:01-06	SPEI	61415208149406830960	127650674229170056	\N	408d911e-084b-be44-aabe-c4c672af3953	PAGADO
93	COL-2023-065671	14	12	Colegiatura septiembre 2023	2023-09	6850.00	342.50	2023-09-10	2023-09-19 10:20:08-06	TARJETA	69052495699331530727	\N	0552	2b971486-0eac-7696-bbaa-ba53546031fd	PAGADO
94	COL-2023-153504	14	12	Colegiatura octubre 2023	2023-10	6850.00	342.50	2023-10-10	2023-10-20 07:50:25-06	SPEI	40951179322343411696	127650674229170056	\N	aab83982-e3a1-48b0-1d02-f8554b309645	PAGADO
95	COL-2023-525645	14	12	Colegiatura noviembre 2023	2023-11	6850.00	342.50	2023-11-10	2023-11-16 10:55:55-06	SPEI	24669142667750105894	127650674229170056	\N	f31dcfff-c4c2-9d89-f449-017ce1221a42	PAGADO
96	COL-2023-734630	14	12	Colegiatura diciembre 2023	2023-12	6850.00	342.50	2023-12-10	2023-12-18 16:34:43-06	TARJETA	19718526889277912086	\N	4580	35d17b7d-fc38-1233-a1a3-fd7539856a3f	PAGADO
97	COL-2024-919052	14	12	Colegiatura enero 2024	2024-01	6850.00	0.00	2024-01-10	2024-01-05 17:51:33-06	SPEI	11393900244869578861	127650674229170056	\N	53e23647-2fbe-1fd2-8a31-0756f00ca9e8	PAGADO
98	COL-2024-302718	14	12	Colegiatura febrero 2024	2024-02	6850.00	0.00	2024-02-10	2024-02-05 18:16:13-06	SPEI	80308986599862588309	127650674229170056	\N	5a66c68f-def2-87ee-c473-d4e8e52d3231	PAGADO
99	COL-2023-619856	15	12	Inscripción ciclo 2023-2024	2023-08	7535.00	0.00	2023-08-10	2023-08-01 11:10:30-06	OXXO	95352608056436861063	\N	\N	df3f9552-013c-0fb6-7d98-bd24a1f40ada	PAGADO
100	COL-2023-455925	15	12	Colegiatura septiembre 2023	2023-09	5137.50	256.88	2023-09-10	2023-09-22 19:12:47-06	SPEI	84588067747098898998	072180484276203024	\N	fcede38a-eb9d-ba2f-58b5-fc2cef3505e9	PAGADO
101	COL-2023-189314	15	12	Colegiatura octubre 2023	2023-10	5137.50	256.88	2023-10-10	2023-10-16 08:49:39-06	SPEI	32971850191134470343	072180484276203024	\N	2e214f73-f975-6148-80b9-3e14cdd2a08d	PAGADO
102	COL-2023-456900	15	12	Colegiatura noviembre 2023	2023-11	5137.50	256.88	2023-11-10	2023-11-14 21:17:26-06	DOMICILIACION	86728400557597940687	072180484276203024	\N	5993818d-278a-255f-74c1-50e022de52a5	PAGADO
103	COL-2023-465021	15	12	Colegiatura diciembre 2023	2023-12	5137.50	256.88	2023-12-10	2023-12-20 12:56:21-06	EFECTIVO_CAJA	89078914255619535488	\N	\N	ddba8d4e-46c5-e343-efe2-1b86cc295260	PAGADO
104	COL-2024-074911	15	12	Colegiatura enero 2024	2024-01	5137.50	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
105	COL-2024-921960	15	12	Colegiatura febrero 2024	2024-02	5137.50	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
106	COL-2023-518072	16	13	Inscripción ciclo 2023-2024	2023-08	8360.00	0.00	2023-08-10	2023-08-05 18:23:21-06	SPEI	03462260411314731242	012580830453435926	\N	ca02fa11-c7e3-623c-1c9c-1db9b1829dec	PAGADO
107	COL-2023-351253	16	13	Colegiatura septiembre 2023	2023-09	3800.00	190.00	2023-09-10	2023-09-11 11:54:06-06	SPEI	99836871939256068851	012580830453435926	\N	0be10c3f-912e-cd13-0f55-31e87efc09bd	PAGADO
108	COL-2023-139917	16	13	Colegiatura octubre 2023	2023-10	3800.00	190.00	2023-10-10	2023-10-11 17:39:11-06	DOMICILIACION	61666980916928900666	012580830453435926	\N	ebdba5ca-2ed1-e767-87b6-8e1e78094a01	PAGADO
109	COL-2023-485342	16	13	Colegiatura noviembre 2023	2023-11	3800.00	0.00	2023-11-10	2023-11-10 18:59:38-06	EFECTIVO_CAJA	89397381089071991355	\N	\N	05d45718-8f07-7d4f-4803-5be11364b9b4	PAGADO
110	COL-2023-533609	16	13	Colegiatura diciembre 2023	2023-12	3800.00	190.00	2023-12-10	2023-12-20 13:29:54-06	TARJETA	86145503112837567157	\N	8389	3ebff0b9-c7e3-5fd6-9d48-b501c1309933	PAGADO
111	COL-2024-838385	16	13	Colegiatura enero 2024	2024-01	3800.00	0.00	2024-01-10	2024-01-05 07:26:56-06	TARJETA	74843368674513570383	\N	9371	e09760ae-d841-5a7c-d5bf-960243017c2c	PAGADO
112	COL-2024-288486	16	13	Colegiatura febrero 2024	2024-02	3800.00	190.00	2024-02-10	2024-02-17 07:06:56-06	DOMICILIACION	08139254387878510570	012580830453435926	\N	4b759537-fb27-cf1c-7058-a3bb2654562d	PAGADO
113	COL-2023-079837	17	14	Inscripción ciclo 2023-2024	2023-08	9240.00	462.00	2023-08-10	2023-08-13 07:54:06-06	OXXO	39758117624302955801	\N	\N	bc6b2f88-de9b-049b-b48a-5c3e0af010bd	PAGADO
114	COL-2023-491714	17	14	Colegiatura septiembre 2023	2023-09	8400.00	0.00	2023-09-10	2023-09-07 11:38:11-06	TARJETA	26833716309888070256	\N	2760	be5a2cce-a84b-d37e-693f-d493db95fd1f	PAGADO
115	COL-2023-392452	17	14	Colegiatura octubre 2023	2023-10	8400.00	420.00	2023-10-10	2023-10-21 17:30:55-06	TARJETA	79687026766833756508	\N	0133	4fb40f5f-6d57-5de6-fb63-367ab0a5c7cb	PAGADO
116	COL-2023-483741	17	14	Colegiatura noviembre 2023	2023-11	8400.00	420.00	2023-11-10	2023-11-22 19:49:25-06	OXXO	61752493623129225794	\N	\N	30b9812b-6426-d49d-b4d6-9c0deca889a2	PAGADO
117	COL-2023-363608	17	14	Colegiatura diciembre 2023	2023-12	8400.00	420.00	2023-12-10	2023-12-15 07:25:55-06	SPEI	99299639201465468670	044180240087743932	\N	e3563dbf-e981-9d45-5235-2e392a87ffaa	PAGADO
118	COL-2024-669968	17	14	Colegiatura enero 2024	2024-01	8400.00	0.00	2024-01-10	2024-01-10 11:38:41-06	TARJETA	52582401472052083877	\N	2264	08e2ed54-bdbd-3d78-0ca3-d5d129dc4ed7	PAGADO
119	COL-2024-005581	17	14	Colegiatura febrero 2024	2024-02	8400.00	420.00	2024-02-10	2024-02-22 17:56:14-06	TARJETA	58980604127364237595	\N	6626	ec45ab16-20fc-33ad-a03b-b2d644a53902	PAGADO
120	COL-2023-720883	18	14	Inscripción ciclo 2023-2024	2023-08	5720.00	0.00	2023-08-10	2023-08-05 07:39:59-06	SPEI	76281687361982171029	036580984267142421	\N	5f14692b-c56e-9f77-9f92-3ed6f245d614	PAGADO
121	COL-2023-482871	18	14	Colegiatura septiembre 2023	2023-09	4420.00	221.00	2023-09-10	2023-09-19 16:16:48-06	SPEI	37650886524473073787	036580984267142421	\N	1d8fbc4a-ce9b-c58c-b8ea-da19724a8387	PAGADO
122	COL-2023-487144	18	14	Colegiatura octubre 2023	2023-10	4420.00	0.00	2023-10-10	2023-10-01 15:47:09-06	SPEI	86349100772587427088	036580984267142421	\N	49e6227e-91fb-7e2c-e87b-7ec64e491782	PAGADO
123	COL-2023-732516	18	14	Colegiatura noviembre 2023	2023-11	4420.00	221.00	2023-11-10	2023-11-16 15:38:20-06	SPEI	94897033791837436591	036580984267142421	\N	47ccaf1b-d4bb-b5a0-f689-3c41b527acc2	PAGADO
124	COL-2023-720893	18	14	Colegiatura diciembre 2023	2023-12	4420.00	0.00	2023-12-10	2023-12-02 12:06:31-06	DOMICILIACION	24272581461413062732	036580984267142421	\N	8ddd84b9-1ab5-4373-0eb2-fdcf97977802	PAGADO
125	COL-2024-348851	18	14	Colegiatura enero 2024	2024-01	4420.00	0.00	2024-01-10	2024-01-02 07:23:48-06	OXXO	38644206201079933671	\N	\N	86be5a60-bf19-e181-003f-fe19eae9caf5	PAGADO
126	COL-2024-009163	18	14	Colegiatura febrero 2024	2024-02	4420.00	0.00	2024-02-10	2024-02-01 09:10:07-06	OXXO	10897033607031633906	\N	\N	b46efbb5-0af6-09ca-8a42-69bc006f8e45	PAGADO
127	COL-2023-683013	19	15	Inscripción ciclo 2023-2024	2023-08	8360.00	418.00	2023-08-10	2023-08-20 17:03:31-06	SPEI	71152096747548136256	012650901432198519	\N	98f38d70-67c3-f3cf-6bae-82dcf4c9fac5	PAGADO
128	COL-2023-645488	19	15	Colegiatura septiembre 2023	2023-09	6460.00	0.00	2023-09-10	2023-09-03 12:39:35-06	DOMICILIACION	49105131090887804928	012650901432198519	\N	1861f370-4196-3786-fa65-144842caec2a	PAGADO
129	COL-2023-074665	19	15	Colegiatura octubre 2023	2023-10	6460.00	0.00	2023-10-10	2023-10-07 13:00:00-06	SPEI	01901608983005368278	012650901432198519	\N	8a20e832-f92e-0f9e-d50c-daae7904bf9c	PAGADO
130	COL-2023-536113	19	15	Colegiatura noviembre 2023	2023-11	6460.00	0.00	2023-11-10	2023-11-08 22:44:22-06	SPEI	50589394271564416512	012650901432198519	\N	a2faacf1-5bc9-b0d0-1f09-785eb7507b64	PAGADO
131	COL-2023-394919	19	15	Colegiatura diciembre 2023	2023-12	6460.00	323.00	2023-12-10	2023-12-15 12:39:09-06	OXXO	43558398436633515525	\N	\N	f46dae90-02ea-5a66-309e-cd349202d07d	PAGADO
132	COL-2024-446304	19	15	Colegiatura enero 2024	2024-01	6460.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
133	COL-2024-730763	19	15	Colegiatura febrero 2024	2024-02	6460.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
134	COL-2023-199119	20	15	Inscripción ciclo 2023-2024	2023-08	9240.00	462.00	2023-08-10	2023-08-20 19:09:47-06	SPEI	29866357457698512444	072180998946248805	\N	a1fe8ae7-fd23-cc57-ffde-2f3996a9e2b8	PAGADO
135	COL-2023-898809	20	15	Colegiatura septiembre 2023	2023-09	8400.00	0.00	2023-09-10	2023-09-09 22:17:31-06	DOMICILIACION	95955293530417549645	072180998946248805	\N	e3fee3de-2a50-489b-92f2-f3e0f32a9b8d	PAGADO
136	COL-2023-304472	20	15	Colegiatura octubre 2023	2023-10	8400.00	420.00	2023-10-10	2023-10-19 07:15:17-06	TARJETA	78672454505201049827	\N	5128	4456ec60-3b60-977c-7a3b-f46a99e337f1	PAGADO
137	COL-2023-657259	20	15	Colegiatura noviembre 2023	2023-11	8400.00	420.00	2023-11-10	2023-11-13 13:05:12-06	TARJETA	16624597248121096365	\N	6041	91bdd5bc-b3af-dfe5-5cf4-33198a030e71	PAGADO
138	COL-2023-538114	20	15	Colegiatura diciembre 2023	2023-12	8400.00	0.00	2023-12-10	2023-12-01 12:32:27-06	SPEI	90163589556102847001	072180998946248805	\N	e4faf625-011f-98ab-a965-45af6f3ede0c	PAGADO
139	COL-2024-504934	20	15	Colegiatura enero 2024	2024-01	8400.00	420.00	2024-01-10	2024-01-21 19:37:45-06	SPEI	84291704105115088162	072180998946248805	\N	e487c6c9-014a-fde0-885e-5d217319b9f1	PAGADO
140	COL-2024-728125	20	15	Colegiatura febrero 2024	2024-02	8400.00	420.00	2024-02-10	2024-02-18 18:55:27-06	TARJETA	79497547544369666668	\N	9433	cc71814c-7334-c0ed-62ee-166d91a3884c	PAGADO
141	COL-2023-985185	21	17	Inscripción ciclo 2023-2024	2023-08	9240.00	462.00	2023-08-10	2023-08-12 17:41:29-06	SPEI	22143173097502483058	137010378679082895	\N	0027c73d-3520-be1d-7013-327deaee38af	PAGADO
142	COL-2023-964972	21	17	Colegiatura septiembre 2023	2023-09	8400.00	420.00	2023-09-10	2023-09-12 13:29:30-06	SPEI	34841670124749058686	137010378679082895	\N	aa959674-0912-b595-2449-608da4a930c4	PAGADO
143	COL-2023-688525	21	17	Colegiatura octubre 2023	2023-10	8400.00	0.00	2023-10-10	2023-10-02 17:35:10-06	SPEI	90014641896875387687	137010378679082895	\N	819b7435-0e9e-97fc-d3c5-cf68f8c31403	PAGADO
144	COL-2023-620332	21	17	Colegiatura noviembre 2023	2023-11	8400.00	420.00	2023-11-10	2023-11-21 21:10:23-06	TARJETA	08869898866641243172	\N	6599	827f84de-6e6d-5e3a-6cfb-160f7a679bf2	PAGADO
145	COL-2023-647764	21	17	Colegiatura diciembre 2023	2023-12	8400.00	0.00	2023-12-10	\N	\N	\N	\N	\N	\N	VENCIDO
146	COL-2024-802124	21	17	Colegiatura enero 2024	2024-01	8400.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
147	COL-2024-374697	21	17	Colegiatura febrero 2024	2024-02	8400.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
148	COL-2023-150074	22	18	Inscripción ciclo 2023-2024	2023-08	8360.00	0.00	2023-08-10	2023-08-08 16:27:59-06	TARJETA	38171284258651702082	\N	7400	2f9320db-7fd0-3e01-4bec-a0f83fc85436	PAGADO
149	COL-2023-904777	22	18	Colegiatura septiembre 2023	2023-09	5700.00	285.00	2023-09-10	2023-09-15 13:57:14-06	SPEI	73689442964059091867	014180154240196073	\N	ff475872-cf14-e4ac-3aff-8f8d0bd8361f	PAGADO
150	COL-2023-752230	22	18	Colegiatura octubre 2023	2023-10	5700.00	0.00	2023-10-10	2023-10-02 11:54:29-06	TARJETA	80962958108805754044	\N	7920	4183a21e-78b3-7c05-4a36-053b9cf1ab1c	PAGADO
151	COL-2023-925682	22	18	Colegiatura noviembre 2023	2023-11	5700.00	0.00	2023-11-10	2023-11-07 17:22:14-06	DOMICILIACION	97927758522336222280	014180154240196073	\N	f94b65ab-6294-e728-19a7-547a79360152	PAGADO
152	COL-2023-195563	22	18	Colegiatura diciembre 2023	2023-12	5700.00	0.00	2023-12-10	2023-12-01 13:40:01-06	DOMICILIACION	81773611179502113743	014180154240196073	\N	ae2e8ab8-55e5-140e-ff61-c7ad0423be10	PAGADO
153	COL-2024-903673	22	18	Colegiatura enero 2024	2024-01	5700.00	0.00	2024-01-10	2024-01-02 10:17:53-06	SPEI	47621049664502423772	014180154240196073	\N	00289855-4bff-1233-5098-566ee8d3cebd	PAGADO
154	COL-2024-101968	22	18	Colegiatura febrero 2024	2024-02	5700.00	285.00	2024-02-10	2024-02-20 09:49:22-06	SPEI	64973229255608887248	014180154240196073	\N	ad85554f-89be-a477-b97b-3190b1e8a3ac	PAGADO
155	COL-2023-105933	23	18	Inscripción ciclo 2023-2024	2023-08	9240.00	0.00	2023-08-10	2023-08-02 10:19:19-06	DOMICILIACION	19114099384443267673	002580974136613193	\N	bb4dd89f-4132-0ad9-1f56-13837187ac39	PAGADO
156	COL-2023-762542	23	18	Colegiatura septiembre 2023	2023-09	8400.00	0.00	2023-09-10	2023-09-02 16:15:16-06	TARJETA	91393720454664308695	\N	3810	044ea24d-cfda-ddfe-c830-6dbc0b9b8925	PAGADO
157	COL-2023-926068	23	18	Colegiatura octubre 2023	2023-10	8400.00	0.00	2023-10-10	2023-10-09 07:24:16-06	SPEI	76925657125450134229	002580974136613193	\N	34bce3e1-b3df-09d9-a8ab-b4b04ae8c74e	PAGADO
158	COL-2023-276334	23	18	Colegiatura noviembre 2023	2023-11	8400.00	0.00	2023-11-10	2023-11-08 11:31:51-06	TARJETA	82447552138534897376	\N	1187	8dee2442-877c-c328-f3de-d36c418c627b	PAGADO
159	COL-2023-538125	23	18	Colegiatura diciembre 2023	2023-12	8400.00	0.00	2023-12-10	2023-12-05 11:45:57-06	SPEI	84762180037262716736	002580974136613193	\N	addaf380-a696-7b0d-4a86-c9d94992c1a9	PAGADO
160	COL-2024-497574	23	18	Colegiatura enero 2024	2024-01	8400.00	420.00	2024-01-10	2024-01-18 21:42:21-06	SPEI	03311487912740410606	002580974136613193	\N	2a5cd485-5b95-0cba-0090-56bb0bd5088d	PAGADO
161	COL-2024-589856	23	18	Colegiatura febrero 2024	2024-02	8400.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
162	COL-2023-364433	24	19	Inscripción ciclo 2023-2024	2023-08	5720.00	286.00	2023-08-10	2023-08-16 12:01:02-06	SPEI	80118598047692163427	002320344925294157	\N	75ed6eba-de24-d9e0-47ef-a158e3144ad9	PAGADO
163	COL-2023-379202	24	19	Colegiatura septiembre 2023	2023-09	5200.00	260.00	2023-09-10	2023-09-12 07:09:28-06	TARJETA	51802446810022411338	\N	0526	f746eac3-57a5-9f05-c521-769c06d989db	PAGADO
164	COL-2023-946804	24	19	Colegiatura octubre 2023	2023-10	5200.00	260.00	2023-10-10	2023-10-17 13:34:53-06	DOMICILIACION	53673995865279890201	002320344925294157	\N	a87acfd9-873f-1578-32aa-5fd507cad339	PAGADO
165	COL-2023-867789	24	19	Colegiatura noviembre 2023	2023-11	5200.00	260.00	2023-11-10	2023-11-13 15:13:06-06	OXXO	51075576358423183268	\N	\N	779897c4-8b51-1161-981e-54746121786e	PAGADO
166	COL-2023-636260	24	19	Colegiatura diciembre 2023	2023-12	5200.00	260.00	2023-12-10	2023-12-18 09:55:13-06	DOMICILIACION	52469257504533616611	002320344925294157	\N	f28602b7-92ed-3aa8-195c-b441525f7aa4	PAGADO
167	COL-2024-181214	24	19	Colegiatura enero 2024	2024-01	5200.00	260.00	2024-01-10	2024-01-13 21:48:17-06	SPEI	82443451234629460378	002320344925294157	\N	1f277397-d252-7855-7c99-5eb6cfe646ed	PAGADO
168	COL-2024-223176	24	19	Colegiatura febrero 2024	2024-02	5200.00	0.00	2024-02-10	2024-02-07 15:50:17-06	DOMICILIACION	30094183949593580174	002320344925294157	\N	2b4ff117-1327-8553-545e-bfd1fa9c3b5f	PAGADO
169	COL-2023-652864	25	19	Inscripción ciclo 2023-2024	2023-08	9240.00	0.00	2023-08-10	2023-08-05 07:27:16-06	SPEI	55804597790031705595	127180233338195901	\N	7fb3f8d5-a02c-7f54-e442-fc704fd5b907	PAGADO
170	COL-2023-806005	25	19	Colegiatura septiembre 2023	2023-09	4200.00	210.00	2023-09-10	2023-09-11 08:25:14-06	SPEI	57681716938703132678	127180233338195901	\N	b5a9e350-1c41-c643-783d-48255d021abe	PAGADO
171	COL-2023-634675	25	19	Colegiatura octubre 2023	2023-10	4200.00	210.00	2023-10-10	2023-10-17 11:03:58-06	SPEI	62623017204046220706	127180233338195901	\N	259210d9-6c65-130b-8f79-0cb4ce582712	PAGADO
172	COL-2023-767074	25	19	Colegiatura noviembre 2023	2023-11	4200.00	210.00	2023-11-10	2023-11-22 22:12:28-06	SPEI	00170506611907183829	127180233338195901	\N	8c648b25-bb1d-e8d1-4cb0-4aa442b61068	PAGADO
173	COL-2023-807921	25	19	Colegiatura diciembre 2023	2023-12	4200.00	0.00	2023-12-10	2023-12-01 10:18:32-06	SPEI	90631673162808824068	127180233338195901	\N	fdf5611d-5748-e115-4b0e-8f047df0f6fd	PAGADO
174	COL-2024-171760	25	19	Colegiatura enero 2024	2024-01	4200.00	0.00	2024-01-10	2024-01-07 20:58:16-06	SPEI	93521249674822050274	127180233338195901	\N	1799003a-7efc-a7c0-3748-032ed71826e8	PAGADO
175	COL-2024-255373	25	19	Colegiatura febrero 2024	2024-02	4200.00	0.00	2024-02-10	2024-02-10 10:10:17-06	TARJETA	54164306658101228706	\N	8444	d00fc31f-05de-77bb-94e7-288ecb02b814	PAGADO
176	COL-2023-381421	26	19	Inscripción ciclo 2023-2024	2023-08	7535.00	376.75	2023-08-10	2023-08-21 09:42:18-06	SPEI	26176337209157056364	014010956042953164	\N	d737fba9-56d8-94c3-8304-9cec3f6dfede	PAGADO
177	COL-2023-774569	26	19	Colegiatura septiembre 2023	2023-09	6165.00	0.00	2023-09-10	2023-09-06 16:43:23-06	SPEI	33368823821136804262	014010956042953164	\N	139a75a4-8dfd-51e5-ec2b-faf86742e5e2	PAGADO
178	COL-2023-554975	26	19	Colegiatura octubre 2023	2023-10	6165.00	308.25	2023-10-10	2023-10-16 13:05:40-06	DOMICILIACION	44524396888730851483	014010956042953164	\N	2e9e4d8a-c9ec-3566-373a-0e63b2cc2822	PAGADO
179	COL-2023-026652	26	19	Colegiatura noviembre 2023	2023-11	6165.00	0.00	2023-11-10	2023-11-05 11:03:36-06	OXXO	26682873919611073672	\N	\N	18822fd2-5157-3058-448e-018841700346	PAGADO
180	COL-2023-831648	26	19	Colegiatura diciembre 2023	2023-12	6165.00	0.00	2023-12-10	\N	\N	\N	\N	\N	\N	VENCIDO
181	COL-2024-990284	26	19	Colegiatura enero 2024	2024-01	6165.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
182	COL-2024-442391	26	19	Colegiatura febrero 2024	2024-02	6165.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
183	COL-2023-689326	27	21	Inscripción ciclo 2023-2024	2023-08	7535.00	376.75	2023-08-10	2023-08-20 13:54:05-06	EFECTIVO_CAJA	82685593870804050177	\N	\N	824a70c7-5822-f3b0-b9cd-36d9b3bdef08	PAGADO
184	COL-2023-028781	27	21	Colegiatura septiembre 2023	2023-09	3425.00	171.25	2023-09-10	2023-09-15 12:54:28-06	SPEI	98723717669890883392	021650595951014856	\N	4b88e69c-6ecf-8066-d3ee-496b6dece114	PAGADO
185	COL-2023-004744	27	21	Colegiatura octubre 2023	2023-10	3425.00	171.25	2023-10-10	2023-10-20 13:34:42-06	TARJETA	91231998431734822563	\N	6599	a855bc13-66d9-cf79-a78d-8a7e1c1a42df	PAGADO
186	COL-2023-169801	27	21	Colegiatura noviembre 2023	2023-11	3425.00	171.25	2023-11-10	2023-11-22 07:23:25-06	SPEI	97164940247058156755	021650595951014856	\N	0fac66e5-8ebf-6c3e-2062-874f5007676b	PAGADO
187	COL-2023-784904	27	21	Colegiatura diciembre 2023	2023-12	3425.00	171.25	2023-12-10	2023-12-12 12:07:52-06	OXXO	11658592949026701670	\N	\N	ec5ad9bd-ef65-0d70-b589-d7329b4605d5	PAGADO
188	COL-2024-949981	27	21	Colegiatura enero 2024	2024-01	3425.00	171.25	2024-01-10	2024-01-19 11:54:02-06	EFECTIVO_CAJA	14911190915746122859	\N	\N	034fc36a-7e59-1d7b-1601-20633acf1fba	PAGADO
189	COL-2024-795864	27	21	Colegiatura febrero 2024	2024-02	3425.00	0.00	2024-02-10	2024-02-01 09:13:41-06	SPEI	99975055307862303287	021650595951014856	\N	b08ff9b2-1882-2f7b-781f-d53d3beaca33	PAGADO
190	COL-2023-280486	28	21	Inscripción ciclo 2023-2024	2023-08	8360.00	0.00	2023-08-10	2023-08-03 18:35:09-06	DOMICILIACION	34890078041461595948	072320726162861085	\N	97735d14-40a5-31b4-7eec-6db25faeae28	PAGADO
191	COL-2023-039620	28	21	Colegiatura septiembre 2023	2023-09	7600.00	0.00	2023-09-10	2023-09-06 22:26:27-06	TARJETA	00906395706030218612	\N	2202	49f0fd04-1a1d-df65-3393-3144bc4b8838	PAGADO
192	COL-2023-473710	28	21	Colegiatura octubre 2023	2023-10	7600.00	0.00	2023-10-10	2023-10-04 17:36:39-06	TARJETA	41416968751232607442	\N	4279	ef304fca-4c66-20ab-bb2e-25e3449111a1	PAGADO
193	COL-2023-285179	28	21	Colegiatura noviembre 2023	2023-11	7600.00	0.00	2023-11-10	2023-11-03 21:05:33-06	SPEI	19928302347028111307	072320726162861085	\N	cb28189c-7f52-bea3-b329-fa13e633cf09	PAGADO
194	COL-2023-840294	28	21	Colegiatura diciembre 2023	2023-12	7600.00	0.00	2023-12-10	2023-12-08 17:49:03-06	TARJETA	28854614109214834484	\N	4154	1754150d-e978-551b-1874-e8754cbcbcd1	PAGADO
195	COL-2024-483956	28	21	Colegiatura enero 2024	2024-01	7600.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
196	COL-2024-937561	28	21	Colegiatura febrero 2024	2024-02	7600.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
197	COL-2023-385610	29	22	Inscripción ciclo 2023-2024	2023-08	5720.00	0.00	2023-08-10	2023-08-08 13:40:15-06	TARJETA	01977668020194976739	\N	4033	cf1dec4f-bb60-9272-76b9-8825f3623896	PAGADO
198	COL-2023-261079	29	22	Colegiatura septiembre 2023	2023-09	5200.00	0.00	2023-09-10	2023-09-03 07:05:29-06	TARJETA	53053998002276039050	\N	9339	1b7e1293-2b35-ad9f-8916-2f77ec9e7cae	PAGADO
199	COL-2023-713758	29	22	Colegiatura octubre 2023	2023-10	5200.00	0.00	2023-10-10	2023-10-06 17:03:21-06	DOMICILIACION	51825108644876754962	036580727238063589	\N	5f8ce19e-4bc7-b193-f6eb-6691bafd9479	PAGADO
200	COL-2023-087633	29	22	Colegiatura noviembre 2023	2023-11	5200.00	260.00	2023-11-10	2023-11-18 19:09:18-06	OXXO	57455767770776988588	\N	\N	e847e5de-03f9-5619-c3fb-5f440c15333c	PAGADO
201	COL-2023-276271	29	22	Colegiatura diciembre 2023	2023-12	5200.00	0.00	2023-12-10	2023-12-02 22:59:29-06	SPEI	56432047210064130717	036580727238063589	\N	8c2b3449-1293-7c9d-2238-0a60b6fb3d08	PAGADO
202	COL-2024-746980	29	22	Colegiatura enero 2024	2024-01	5200.00	0.00	2024-01-10	2024-01-10 13:30:10-06	SPEI	04517081874686451773	036580727238063589	\N	c05255c1-6a36-fe8f-f567-679fd39707d7	PAGADO
203	COL-2024-337513	29	22	Colegiatura febrero 2024	2024-02	5200.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
204	COL-2023-627749	30	23	Inscripción ciclo 2023-2024	2023-08	9240.00	0.00	2023-08-10	2023-08-07 17:59:03-06	TARJETA	83702874037998607099	\N	6852	9b7b2adb-80a9-c990-841e-cf262c30133c	PAGADO
205	COL-2023-041478	30	23	Colegiatura septiembre 2023	2023-09	8400.00	0.00	2023-09-10	2023-09-02 08:36:00-06	SPEI	23752810292278298326	036320157167332483	\N	be3c4b28-7d9f-e723-9f05-327dd2f23f3b	PAGADO
206	COL-2023-670449	30	23	Colegiatura octubre 2023	2023-10	8400.00	420.00	2023-10-10	2023-10-22 11:49:35-06	SPEI	63143132283778732497	036320157167332483	\N	0a703096-98e3-51d1-ff39-db3ecd7bb91a	PAGADO
207	COL-2023-520884	30	23	Colegiatura noviembre 2023	2023-11	8400.00	420.00	2023-11-10	2023-11-13 19:38:46-06	SPEI	75674718220730486940	036320157167332483	\N	9587480e-0e0a-67b7-f446-8025db10a360	PAGADO
208	COL-2023-329347	30	23	Colegiatura diciembre 2023	2023-12	8400.00	420.00	2023-12-10	2023-12-17 09:30:01-06	OXXO	80149896395458212995	\N	\N	a283a5db-66e1-9da4-9dcb-5791b610d61c	PAGADO
209	COL-2024-094134	30	23	Colegiatura enero 2024	2024-01	8400.00	420.00	2024-01-10	2024-01-12 19:36:19-06	DOMICILIACION	06859283909398460474	036320157167332483	\N	66a37a0e-230d-77c1-7c37-616ad98aaa1d	PAGADO
210	COL-2024-993253	30	23	Colegiatura febrero 2024	2024-02	8400.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
211	COL-2023-712782	31	23	Inscripción ciclo 2023-2024	2023-08	9240.00	462.00	2023-08-10	2023-08-14 08:28:49-06	DOMICILIACION	60249537138374579809	036580791922226956	\N	148b275e-4aef-cca0-f44c-81d3f850b884	PAGADO
212	COL-2023-394350	31	23	Colegiatura septiembre 2023	2023-09	7560.00	378.00	2023-09-10	2023-09-19 22:58:29-06	SPEI	96850706358691901264	036580791922226956	\N	9bc7f759-b6a5-7f16-eb8d-7b3ae7927e73	PAGADO
213	COL-2023-539904	31	23	Colegiatura octubre 2023	2023-10	7560.00	0.00	2023-10-10	2023-10-07 12:42:01-06	TARJETA	14786190915576834386	\N	4638	ffa69866-1f88-01e9-6950-29bc5be67283	PAGADO
214	COL-2023-515069	31	23	Colegiatura noviembre 2023	2023-11	7560.00	0.00	2023-11-10	2023-11-09 10:14:56-06	TARJETA	99725472974604368055	\N	0881	3d80d4bd-9981-da8f-0059-f0bd032ec4ed	PAGADO
215	COL-2023-945535	31	23	Colegiatura diciembre 2023	2023-12	7560.00	378.00	2023-12-10	2023-12-21 12:33:06-06	SPEI	90046454588057928437	036580791922226956	\N	da077ebd-08da-1cf6-237f-cb8e64240667	PAGADO
216	COL-2024-936758	31	23	Colegiatura enero 2024	2024-01	7560.00	378.00	2024-01-10	2024-01-16 07:19:28-06	OXXO	76684626466125755407	\N	\N	6ee13556-ed00-7832-7427-75e5819684ae	PAGADO
217	COL-2024-076993	31	23	Colegiatura febrero 2024	2024-02	7560.00	0.00	2024-02-10	2024-02-08 22:45:56-06	SPEI	95198457970216091219	036580791922226956	\N	7ffa62b4-82d0-6961-8e97-29c9eb20863b	PAGADO
218	COL-2023-192583	32	24	Inscripción ciclo 2023-2024	2023-08	7535.00	376.75	2023-08-10	2023-08-12 16:39:11-06	TARJETA	53471138601054909533	\N	6328	8e7f4982-5e40-4d8f-4248-038da76ad53f	PAGADO
219	COL-2023-763324	32	24	Colegiatura septiembre 2023	2023-09	6850.00	342.50	2023-09-10	2023-09-15 16:50:15-06	EFECTIVO_CAJA	98839914498066660023	\N	\N	49c9dfa9-5962-98ce-6549-6b6a714a6f8e	PAGADO
220	COL-2023-760354	32	24	Colegiatura octubre 2023	2023-10	6850.00	342.50	2023-10-10	2023-10-16 18:27:59-06	EFECTIVO_CAJA	07322357384655524435	\N	\N	f1701f1b-8935-5f27-10ca-f494f1805641	PAGADO
221	COL-2023-340456	32	24	Colegiatura noviembre 2023	2023-11	6850.00	0.00	2023-11-10	2023-11-01 16:49:07-06	OXXO	75304211686069546023	\N	\N	077d730e-bd88-583f-666b-b2f99fe4faa9	PAGADO
222	COL-2023-868040	32	24	Colegiatura diciembre 2023	2023-12	6850.00	0.00	2023-12-10	2023-12-07 21:37:15-06	OXXO	84538116613024914263	\N	\N	38695efb-4a21-1b4e-acbc-05bd4cb75378	PAGADO
223	COL-2024-536619	32	24	Colegiatura enero 2024	2024-01	6850.00	342.50	2024-01-10	2024-01-15 19:23:32-06	SPEI	47749583387349682363	137320029888560299	\N	d542f0e2-6333-7664-125d-2056fe10ece5	PAGADO
224	COL-2024-128532	32	24	Colegiatura febrero 2024	2024-02	6850.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
225	COL-2023-595748	33	24	Inscripción ciclo 2023-2024	2023-08	9240.00	462.00	2023-08-10	2023-08-13 17:37:01-06	SPEI	13473511775992428531	072320171145511512	\N	87c48322-0b56-6cf7-07e2-bca1a78c0b4e	PAGADO
226	COL-2023-567255	33	24	Colegiatura septiembre 2023	2023-09	8400.00	420.00	2023-09-10	2023-09-18 19:12:58-06	SPEI	53975468390086425801	072320171145511512	\N	6ce82f56-2c37-1a00-1b35-7483e39058e5	PAGADO
227	COL-2023-199135	33	24	Colegiatura octubre 2023	2023-10	8400.00	420.00	2023-10-10	2023-10-19 09:17:20-06	TARJETA	15174349408797951143	\N	1394	7c1801e2-12f0-b5ba-af4a-ea5b1718a9f9	PAGADO
228	COL-2023-979855	33	24	Colegiatura noviembre 2023	2023-11	8400.00	0.00	2023-11-10	2023-11-09 19:26:12-06	SPEI	68770652033662736241	072320171145511512	\N	08ba2c03-bab6-ce85-9207-c9d08c08df46	PAGADO
229	COL-2023-914492	33	24	Colegiatura diciembre 2023	2023-12	8400.00	0.00	2023-12-10	2023-12-04 15:11:35-06	SPEI	02343846447256345420	072320171145511512	\N	7a93faca-1c8a-f740-9e0f-125913f5d19a	PAGADO
230	COL-2024-876521	33	24	Colegiatura enero 2024	2024-01	8400.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
231	COL-2024-183531	33	24	Colegiatura febrero 2024	2024-02	8400.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
232	COL-2023-839098	34	25	Inscripción ciclo 2023-2024	2023-08	7535.00	376.75	2023-08-10	2023-08-13 17:54:37-06	SPEI	71936146667465148240	127010252108335974	\N	55fa3ef4-e4dd-e7d8-3777-eb3c1d36a912	PAGADO
233	COL-2023-828076	34	25	Colegiatura septiembre 2023	2023-09	6850.00	0.00	2023-09-10	2023-09-06 17:17:12-06	SPEI	02118384692515272346	127010252108335974	\N	cfac33ce-ba96-b639-8a9b-8c7b2a3dddf2	PAGADO
234	COL-2023-333711	34	25	Colegiatura octubre 2023	2023-10	6850.00	342.50	2023-10-10	2023-10-13 10:44:13-06	SPEI	11168593201894926667	127010252108335974	\N	47a974c9-3597-eab6-d90c-39e9c6a06458	PAGADO
235	COL-2023-015643	34	25	Colegiatura noviembre 2023	2023-11	6850.00	342.50	2023-11-10	2023-11-14 17:22:00-06	EFECTIVO_CAJA	50613459665354918676	\N	\N	9fbc0069-46fb-bd3b-dad0-2d4dd1a159f0	PAGADO
236	COL-2023-196226	34	25	Colegiatura diciembre 2023	2023-12	6850.00	0.00	2023-12-10	2023-12-09 15:44:04-06	DOMICILIACION	55388455812007306646	127010252108335974	\N	575caa11-07ef-d4a7-22c8-7d5c78717450	PAGADO
237	COL-2024-321471	34	25	Colegiatura enero 2024	2024-01	6850.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
238	COL-2024-697369	34	25	Colegiatura febrero 2024	2024-02	6850.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
239	COL-2023-694971	35	27	Inscripción ciclo 2023-2024	2023-08	7535.00	0.00	2023-08-10	2023-08-05 07:43:24-06	SPEI	69086829098622119015	044010564912709208	\N	a9f602b5-5758-3211-12ec-b080ac631eef	PAGADO
240	COL-2023-819636	35	27	Colegiatura septiembre 2023	2023-09	3425.00	0.00	2023-09-10	2023-09-07 14:12:32-06	DOMICILIACION	13862518658686887311	044010564912709208	\N	04bd5dcc-963c-9b77-6513-2e92a07a5871	PAGADO
241	COL-2023-401871	35	27	Colegiatura octubre 2023	2023-10	3425.00	171.25	2023-10-10	2023-10-22 16:27:48-06	DOMICILIACION	87565009832507035128	044010564912709208	\N	df0ff1b0-21b8-5eae-dda4-f58168439ebc	PAGADO
242	COL-2023-237179	35	27	Colegiatura noviembre 2023	2023-11	3425.00	0.00	2023-11-10	2023-11-03 22:29:19-06	OXXO	05922257949048595493	\N	\N	b27df987-65c7-6bbc-9391-d9cb99e4be42	PAGADO
243	COL-2023-918424	35	27	Colegiatura diciembre 2023	2023-12	3425.00	0.00	2023-12-10	2023-12-04 20:57:32-06	TARJETA	79367233499373504115	\N	2457	3b0bf3b4-af8c-1285-a761-a7dbfa67b1fa	PAGADO
244	COL-2024-308135	35	27	Colegiatura enero 2024	2024-01	3425.00	0.00	2024-01-10	2024-01-07 11:36:38-06	SPEI	42187297638398444043	044010564912709208	\N	060d32ab-c5c6-857f-df2d-8e0846aa7564	PAGADO
245	COL-2024-882508	35	27	Colegiatura febrero 2024	2024-02	3425.00	171.25	2024-02-10	2024-02-20 19:18:49-06	TARJETA	06219315004697311840	\N	2860	9a39c534-c931-2986-8eca-206b0f57a315	PAGADO
246	COL-2023-366573	36	29	Inscripción ciclo 2023-2024	2023-08	7535.00	0.00	2023-08-10	2023-08-09 17:36:16-06	SPEI	76810918637062194068	012320811540839177	\N	7f9bebf8-50bb-15c7-0f0e-a0a36ba9ce51	PAGADO
247	COL-2023-998761	36	29	Colegiatura septiembre 2023	2023-09	6850.00	342.50	2023-09-10	2023-09-20 17:29:42-06	DOMICILIACION	35174152562460923307	012320811540839177	\N	359bf50c-17d7-0ee3-7320-b16aa6e39c7f	PAGADO
248	COL-2023-431734	36	29	Colegiatura octubre 2023	2023-10	6850.00	342.50	2023-10-10	2023-10-15 15:02:50-06	SPEI	15604912986530626008	012320811540839177	\N	27c2d052-351d-f8e1-f19c-0ad3e9c404cc	PAGADO
249	COL-2023-425000	36	29	Colegiatura noviembre 2023	2023-11	6850.00	342.50	2023-11-10	2023-11-19 18:57:18-06	SPEI	40280625381932684892	012320811540839177	\N	e9b5b16e-a7be-acbf-6a10-99f19650183a	PAGADO
250	COL-2023-059867	36	29	Colegiatura diciembre 2023	2023-12	6850.00	342.50	2023-12-10	2023-12-22 12:20:20-06	SPEI	25189883492927777669	012320811540839177	\N	42aa4e3c-5133-56b3-c477-28e0d16685e7	PAGADO
251	COL-2024-630992	36	29	Colegiatura enero 2024	2024-01	6850.00	0.00	2024-01-10	2024-01-05 11:16:17-06	SPEI	86637652550683049265	012320811540839177	\N	de385d6f-e541-dc7d-4613-88c044711f79	PAGADO
252	COL-2024-368382	36	29	Colegiatura febrero 2024	2024-02	6850.00	342.50	2024-02-10	2024-02-14 08:16:00-06	TARJETA	79147958379361917128	\N	8192	6d4e103d-3096-9d82-d157-9f0827c8044a	PAGADO
253	COL-2023-617656	37	29	Inscripción ciclo 2023-2024	2023-08	7535.00	376.75	2023-08-10	2023-08-17 16:30:24-06	EFECTIVO_CAJA	40425932255379804348	\N	\N	40a48c0e-397c-2740-ac52-e24b6b88083c	PAGADO
254	COL-2023-558551	37	29	Colegiatura septiembre 2023	2023-09	6165.00	0.00	2023-09-10	2023-09-08 08:19:43-06	SPEI	58268967267268640770	014180482352329934	\N	6f11907d-fde6-9bbb-eb6a-ac1cafb89f87	PAGADO
255	COL-2023-422962	37	29	Colegiatura octubre 2023	2023-10	6165.00	308.25	2023-10-10	2023-10-19 16:01:24-06	SPEI	40176770900458822396	014180482352329934	\N	0416c91f-a9e8-7e43-d884-d023fe280dbb	PAGADO
256	COL-2023-954655	37	29	Colegiatura noviembre 2023	2023-11	6165.00	0.00	2023-11-10	2023-11-10 08:11:51-06	SPEI	03482013460696538595	014180482352329934	\N	82f19957-4882-8b50-a32d-8f1fcd95d0aa	PAGADO
257	COL-2023-790776	37	29	Colegiatura diciembre 2023	2023-12	6165.00	0.00	2023-12-10	2023-12-09 10:35:48-06	SPEI	97383769465222195939	014180482352329934	\N	0cb39fa9-c97d-2fef-b6f3-1cee6b9f2c73	PAGADO
258	COL-2024-695831	37	29	Colegiatura enero 2024	2024-01	6165.00	0.00	2024-01-10	2024-01-02 14:06:31-06	OXXO	01044289925479892127	\N	\N	442f1626-5306-1d51-efa7-dd55560da398	PAGADO
259	COL-2024-521255	37	29	Colegiatura febrero 2024	2024-02	6165.00	308.25	2024-02-10	2024-02-13 20:32:15-06	DOMICILIACION	34362400206651045945	014180482352329934	\N	0aeb595f-d61e-9696-46da-145a624a5c7a	PAGADO
260	COL-2023-746152	38	30	Inscripción ciclo 2023-2024	2023-08	9240.00	0.00	2023-08-10	2023-08-04 20:22:56-06	SPEI	11097402233928479451	072010509557319899	\N	c289a27a-df31-a60f-db6b-4ffc580a9efb	PAGADO
261	COL-2023-300034	38	30	Colegiatura septiembre 2023	2023-09	7560.00	0.00	2023-09-10	2023-09-01 15:58:58-06	SPEI	96459542806897992843	072010509557319899	\N	b89b6c06-3397-6d26-4508-44450f7938cd	PAGADO
262	COL-2023-522199	38	30	Colegiatura octubre 2023	2023-10	7560.00	0.00	2023-10-10	2023-10-10 16:13:51-06	DOMICILIACION	32012056999375832618	072010509557319899	\N	008d7d58-c627-9a35-3efd-757bc3fd633b	PAGADO
263	COL-2023-493623	38	30	Colegiatura noviembre 2023	2023-11	7560.00	0.00	2023-11-10	2023-11-05 15:56:50-06	DOMICILIACION	42931875448440898196	072010509557319899	\N	d84d59cd-a219-a675-f4ae-fabac063a28c	PAGADO
264	COL-2023-306917	38	30	Colegiatura diciembre 2023	2023-12	7560.00	378.00	2023-12-10	2023-12-22 14:31:49-06	OXXO	56921693255034845719	\N	\N	53449aa1-ae25-41db-9ef9-192aa3fe55b9	PAGADO
265	COL-2024-814761	38	30	Colegiatura enero 2024	2024-01	7560.00	378.00	2024-01-10	2024-01-15 13:54:21-06	SPEI	73721797742127996646	072010509557319899	\N	049d9b4b-cd31-7110-d1c8-821ba04fc869	PAGADO
266	COL-2024-270782	38	30	Colegiatura febrero 2024	2024-02	7560.00	0.00	2024-02-10	2024-02-10 10:34:15-06	TARJETA	56720069826377195286	\N	2436	abddd7bd-0e69-cd8c-dd7c-3f3b9801d820	PAGADO
267	COL-2023-233130	39	30	Inscripción ciclo 2023-2024	2023-08	8360.00	418.00	2023-08-10	2023-08-19 13:27:41-06	DOMICILIACION	82640620807735549843	044180785577568289	\N	7eb64b13-94a8-39a7-7dc5-cd2dc7a9d201	PAGADO
268	COL-2023-612126	39	30	Colegiatura septiembre 2023	2023-09	7600.00	380.00	2023-09-10	2023-09-19 13:05:10-06	SPEI	84639454465965617683	044180785577568289	\N	70304649-1fe2-d306-9c09-ab35de48e835	PAGADO
269	COL-2023-412693	39	30	Colegiatura octubre 2023	2023-10	7600.00	0.00	2023-10-10	2023-10-04 09:53:44-06	SPEI	11214990619137206223	044180785577568289	\N	48027786-cc34-6441-7b8d-8237393db6bc	PAGADO
270	COL-2023-829120	39	30	Colegiatura noviembre 2023	2023-11	7600.00	0.00	2023-11-10	2023-11-02 08:56:19-06	TARJETA	93233152749584196830	\N	4200	d602aadf-0df9-11c9-cb86-19170827f4f7	PAGADO
271	COL-2023-429656	39	30	Colegiatura diciembre 2023	2023-12	7600.00	0.00	2023-12-10	2023-12-03 20:49:38-06	SPEI	55527096085063868497	044180785577568289	\N	4e312bc3-f100-7bd3-5579-68e9c8b3ddbf	PAGADO
272	COL-2024-634774	39	30	Colegiatura enero 2024	2024-01	7600.00	0.00	2024-01-10	2024-01-02 12:17:33-06	SPEI	82666773643382049045	044180785577568289	\N	c49b997f-363c-18cc-0f04-acfe6b76b178	PAGADO
273	COL-2024-552865	39	30	Colegiatura febrero 2024	2024-02	7600.00	0.00	2024-02-10	2024-02-09 15:38:45-06	TARJETA	57686273360600728626	\N	7965	5d19e04f-1ae0-50af-1283-7c357250e25f	PAGADO
274	COL-2023-594308	40	30	Inscripción ciclo 2023-2024	2023-08	7535.00	376.75	2023-08-10	2023-08-17 08:28:50-06	SPEI	55695604651325514266	012010043979250188	\N	c20c3b26-61f2-84e8-3127-8de78e5481dc	PAGADO
275	COL-2023-414893	40	30	Colegiatura septiembre 2023	2023-09	5822.50	291.12	2023-09-10	2023-09-20 20:12:33-06	TARJETA	91710699395286302458	\N	7711	ea2f9091-deef-ad78-2310-80c4f9d42a15	PAGADO
276	COL-2023-934884	40	30	Colegiatura octubre 2023	2023-10	5822.50	291.12	2023-10-10	2023-10-18 16:26:59-06	TARJETA	36230386333712109913	\N	7279	ec0008e5-77e9-7e1e-7e99-6ab101d2d9bd	PAGADO
277	COL-2023-909471	40	30	Colegiatura noviembre 2023	2023-11	5822.50	291.12	2023-11-10	2023-11-12 16:21:56-06	DOMICILIACION	24225415754091655446	012010043979250188	\N	52170419-6680-c5f9-db5d-252a06310220	PAGADO
278	COL-2023-970198	40	30	Colegiatura diciembre 2023	2023-12	5822.50	291.12	2023-12-10	2023-12-20 09:02:16-06	DOMICILIACION	54529119560655495227	012010043979250188	\N	3310351c-dcba-4f25-c90d-39506ad9f6c6	PAGADO
279	COL-2024-893584	40	30	Colegiatura enero 2024	2024-01	5822.50	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
280	COL-2024-441384	40	30	Colegiatura febrero 2024	2024-02	5822.50	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
281	COL-2023-648115	41	31	Inscripción ciclo 2023-2024	2023-08	8360.00	418.00	2023-08-10	2023-08-21 17:24:24-06	SPEI	42397412666980664747	072320997470626013	\N	e06dbd61-05c8-443f-f195-8fcd1429f012	PAGADO
282	COL-2023-249633	41	31	Colegiatura septiembre 2023	2023-09	6460.00	0.00	2023-09-10	2023-09-07 16:38:11-06	SPEI	32214787549791003017	072320997470626013	\N	8c44e5e6-7edf-34e9-7ee2-5747d470e435	PAGADO
283	COL-2023-655224	41	31	Colegiatura octubre 2023	2023-10	6460.00	323.00	2023-10-10	2023-10-16 16:01:29-06	SPEI	26526175513651367490	072320997470626013	\N	a222e13e-e44b-2890-ab41-52f596b7872c	PAGADO
284	COL-2023-168283	41	31	Colegiatura noviembre 2023	2023-11	6460.00	0.00	2023-11-10	2023-11-07 07:40:08-06	TARJETA	12131993940821726510	\N	7277	092c02cb-e747-5b98-7dd7-6e387fe836b9	PAGADO
285	COL-2023-158398	41	31	Colegiatura diciembre 2023	2023-12	6460.00	0.00	2023-12-10	2023-12-08 11:59:53-06	SPEI	74092537947300644138	072320997470626013	\N	c7a0e812-ccc4-25db-be21-67481e159dbb	PAGADO
286	COL-2024-619101	41	31	Colegiatura enero 2024	2024-01	6460.00	0.00	2024-01-10	2024-01-07 07:16:04-06	DOMICILIACION	69072304962967389279	072320997470626013	\N	b9e8177a-29a4-e864-84a2-8c6e048ba1c2	PAGADO
287	COL-2024-357571	41	31	Colegiatura febrero 2024	2024-02	6460.00	0.00	2024-02-10	2024-02-03 15:54:00-06	TARJETA	27742291655854695458	\N	7085	8a1b7355-295c-dfa7-8dcd-3429e647ff64	PAGADO
288	COL-2023-123312	42	31	Inscripción ciclo 2023-2024	2023-08	5720.00	286.00	2023-08-10	2023-08-11 18:46:23-06	SPEI	67925420789673158388	044180213928780078	\N	2c43edd4-d7d7-a27b-78dd-d77886fb062b	PAGADO
289	COL-2023-214397	42	31	Colegiatura septiembre 2023	2023-09	5200.00	260.00	2023-09-10	2023-09-17 17:04:51-06	DOMICILIACION	16139708227892813939	044180213928780078	\N	d1f01558-a1d9-04a5-fcac-0932bf510486	PAGADO
290	COL-2023-650155	42	31	Colegiatura octubre 2023	2023-10	5200.00	260.00	2023-10-10	2023-10-22 09:15:00-06	TARJETA	14331076220419172386	\N	7471	52b1123c-1fff-9ce0-0f79-8be8097e134d	PAGADO
291	COL-2023-423960	42	31	Colegiatura noviembre 2023	2023-11	5200.00	260.00	2023-11-10	2023-11-12 17:51:34-06	SPEI	79097656101389457104	044180213928780078	\N	1c16ec1b-1eab-dc09-43da-db76adf4ed14	PAGADO
292	COL-2023-346707	42	31	Colegiatura diciembre 2023	2023-12	5200.00	260.00	2023-12-10	2023-12-11 12:09:22-06	OXXO	91038874417629984689	\N	\N	5cbfe18e-ef32-6631-a119-3014b26e7215	PAGADO
293	COL-2024-710969	42	31	Colegiatura enero 2024	2024-01	5200.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
294	COL-2024-084805	42	31	Colegiatura febrero 2024	2024-02	5200.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
295	COL-2023-680384	43	33	Inscripción ciclo 2023-2024	2023-08	5720.00	286.00	2023-08-10	2023-08-19 08:04:13-06	TARJETA	66920976742483110910	\N	4107	0b6eed12-3627-c6e8-f293-fec8f11072a1	PAGADO
296	COL-2023-713026	43	33	Colegiatura septiembre 2023	2023-09	4420.00	221.00	2023-09-10	2023-09-17 13:46:32-06	OXXO	71989317522912894341	\N	\N	612ebc31-6ece-d443-ffef-b1e0bb8b99a2	PAGADO
297	COL-2023-790965	43	33	Colegiatura octubre 2023	2023-10	4420.00	221.00	2023-10-10	2023-10-17 08:25:39-06	SPEI	92204464411957331358	021650065698319399	\N	d2b28dbb-2eb1-18b7-e895-55139a0308b0	PAGADO
298	COL-2023-518036	43	33	Colegiatura noviembre 2023	2023-11	4420.00	221.00	2023-11-10	2023-11-19 10:49:13-06	SPEI	49879609013667528924	021650065698319399	\N	7a0406a6-4a64-4534-964f-1d6dab36b68e	PAGADO
299	COL-2023-025752	43	33	Colegiatura diciembre 2023	2023-12	4420.00	221.00	2023-12-10	2023-12-16 19:26:22-06	SPEI	97931354043090130883	021650065698319399	\N	9e02708c-410b-f0e0-0ff1-be59bfa91ddb	PAGADO
300	COL-2024-470262	43	33	Colegiatura enero 2024	2024-01	4420.00	221.00	2024-01-10	2024-01-22 21:28:25-06	SPEI	99652278236913066866	021650065698319399	\N	e94c48a1-b3e0-16d9-7ad0-09a4c55f03d9	PAGADO
301	COL-2024-726506	43	33	Colegiatura febrero 2024	2024-02	4420.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
302	COL-2023-159997	44	35	Inscripción ciclo 2023-2024	2023-08	7535.00	0.00	2023-08-10	2023-08-08 11:33:36-06	SPEI	92162191675918092034	014180837922049312	\N	2d77156f-340d-0bed-bb1e-dee2b8b37ef2	PAGADO
303	COL-2023-391299	44	35	Colegiatura septiembre 2023	2023-09	5822.50	291.12	2023-09-10	2023-09-13 22:37:40-06	SPEI	32720856919200574846	014180837922049312	\N	84dd9d89-541c-cde2-aee6-e4877e4d4d40	PAGADO
304	COL-2023-995952	44	35	Colegiatura octubre 2023	2023-10	5822.50	0.00	2023-10-10	2023-10-02 14:36:46-06	SPEI	15702901335186954671	014180837922049312	\N	173eff99-6dbe-1780-5bce-f20f7a7df89b	PAGADO
305	COL-2023-084823	44	35	Colegiatura noviembre 2023	2023-11	5822.50	0.00	2023-11-10	2023-11-07 10:07:44-06	OXXO	14870681686107043008	\N	\N	e9cfe53c-8fa1-962d-538b-ba87a671ba46	PAGADO
306	COL-2023-777454	44	35	Colegiatura diciembre 2023	2023-12	5822.50	0.00	2023-12-10	2023-12-07 10:33:25-06	OXXO	58702196732021373430	\N	\N	56aa4277-c29f-f0b5-8ba7-ac95277a5f11	PAGADO
307	COL-2024-822155	44	35	Colegiatura enero 2024	2024-01	5822.50	291.12	2024-01-10	2024-01-18 13:18:47-06	SPEI	15608353477525930654	014180837922049312	\N	120995ef-6bf4-6521-5c58-6811b0adae56	PAGADO
308	COL-2024-009293	44	35	Colegiatura febrero 2024	2024-02	5822.50	291.12	2024-02-10	2024-02-11 12:49:44-06	SPEI	55053662782327938384	014180837922049312	\N	ad173c17-23e3-58a0-3f55-98fcc7b677f0	PAGADO
309	COL-2023-855966	45	37	Inscripción ciclo 2023-2024	2023-08	9240.00	462.00	2023-08-10	2023-08-22 16:51:16-06	TARJETA	14471019910861864292	\N	8425	e93a0b6a-d10c-9a40-0e48-d035e55699cc	PAGADO
310	COL-2023-555902	45	37	Colegiatura septiembre 2023	2023-09	4200.00	0.00	2023-09-10	2023-09-07 17:05:00-06	SPEI	38437201699567218956	014580983500195640	\N	48308e2f-90a8-50a1-347f-065990a390fe	PAGADO
311	COL-2023-103692	45	37	Colegiatura octubre 2023	2023-10	4200.00	0.00	2023-10-10	2023-10-02 18:18:02-06	SPEI	19373601959100595578	014580983500195640	\N	f7f0330c-61de-2c3c-173a-e0151fdebad0	PAGADO
312	COL-2023-569247	45	37	Colegiatura noviembre 2023	2023-11	4200.00	0.00	2023-11-10	2023-11-02 17:33:15-06	TARJETA	98716421377365093044	\N	9153	6030cde1-d21d-8277-0cf0-c23b4e65d69c	PAGADO
313	COL-2023-016795	45	37	Colegiatura diciembre 2023	2023-12	4200.00	210.00	2023-12-10	2023-12-12 12:02:42-06	DOMICILIACION	02866424452938347598	014580983500195640	\N	3d6810a8-5dc4-dd97-a20b-599a6152eac2	PAGADO
314	COL-2024-036182	45	37	Colegiatura enero 2024	2024-01	4200.00	210.00	2024-01-10	2024-01-22 19:13:06-06	SPEI	56496087988462584197	014580983500195640	\N	af6f6511-8154-fbb4-b048-1bbf4a04746c	PAGADO
315	COL-2024-133909	45	37	Colegiatura febrero 2024	2024-02	4200.00	210.00	2024-02-10	2024-02-19 21:17:21-06	TARJETA	09976566836407376590	\N	3103	8112ee7b-6fdc-5b51-0970-93797c656cab	PAGADO
316	COL-2023-197681	46	37	Inscripción ciclo 2023-2024	2023-08	5720.00	286.00	2023-08-10	2023-08-17 07:33:16-06	TARJETA	68417733390521354958	\N	0710	74ed403b-52a7-0f45-e042-e45fa423a256	PAGADO
317	COL-2023-226334	46	37	Colegiatura septiembre 2023	2023-09	4420.00	221.00	2023-09-10	2023-09-21 18:30:34-06	DOMICILIACION	20041026539121425132	014650843219505546	\N	60c92eef-877b-0636-50f7-880d08f205ef	PAGADO
318	COL-2023-574273	46	37	Colegiatura octubre 2023	2023-10	4420.00	221.00	2023-10-10	2023-10-14 18:06:35-06	DOMICILIACION	76566919506009387928	014650843219505546	\N	cdb0fab6-9a3e-c64f-7a59-82bfc72dbf9c	PAGADO
319	COL-2023-354391	46	37	Colegiatura noviembre 2023	2023-11	4420.00	0.00	2023-11-10	2023-11-08 19:23:48-06	SPEI	72224980404536482825	014650843219505546	\N	27a1ba68-5ea2-897c-0d97-51aef54adde8	PAGADO
320	COL-2023-561497	46	37	Colegiatura diciembre 2023	2023-12	4420.00	221.00	2023-12-10	2023-12-17 10:23:45-06	SPEI	76796097083203765126	014650843219505546	\N	00eb1a49-f77d-d51e-d504-f4d99fba2894	PAGADO
321	COL-2024-411567	46	37	Colegiatura enero 2024	2024-01	4420.00	221.00	2024-01-10	2024-01-21 07:42:49-06	EFECTIVO_CAJA	36068922512990224099	\N	\N	eef6b617-9600-d2f6-4ff4-c944a6f11c55	PAGADO
322	COL-2024-837500	46	37	Colegiatura febrero 2024	2024-02	4420.00	0.00	2024-02-10	2024-02-08 15:39:48-06	SPEI	60761656899624052819	014650843219505546	\N	72561b35-081f-3629-f231-8fe882d4a31d	PAGADO
323	COL-2023-073139	47	39	Inscripción ciclo 2023-2024	2023-08	5720.00	286.00	2023-08-10	2023-08-11 20:07:37-06	SPEI	05055548966818931540	044650909577581705	\N	b300fa10-51b7-9791-06b6-fef108bcd6b1	PAGADO
324	COL-2023-622478	47	39	Colegiatura septiembre 2023	2023-09	4420.00	0.00	2023-09-10	2023-09-01 12:31:47-06	TARJETA	77285299662251760266	\N	9039	a518b2d0-1772-a873-c0c4-ccceda74be1b	PAGADO
325	COL-2023-977661	47	39	Colegiatura octubre 2023	2023-10	4420.00	0.00	2023-10-10	2023-10-09 08:22:09-06	SPEI	99950784040575185905	044650909577581705	\N	6892a0c6-340c-c3cf-9a98-75c79f386e43	PAGADO
326	COL-2023-645853	47	39	Colegiatura noviembre 2023	2023-11	4420.00	221.00	2023-11-10	2023-11-18 18:27:26-06	TARJETA	25025965820359626980	\N	9058	53b4dfcc-5b84-9a22-80e7-fdad4cd77610	PAGADO
327	COL-2023-732525	47	39	Colegiatura diciembre 2023	2023-12	4420.00	0.00	2023-12-10	2023-12-03 15:05:58-06	DOMICILIACION	95539828500855031714	044650909577581705	\N	eff3029b-a7a8-9434-a22f-6348d14b2dfd	PAGADO
328	COL-2024-413134	47	39	Colegiatura enero 2024	2024-01	4420.00	221.00	2024-01-10	2024-01-19 19:43:00-06	TARJETA	98666853241020398732	\N	4967	f49669e5-3833-a71f-17a0-400b2bc790fb	PAGADO
329	COL-2024-854362	47	39	Colegiatura febrero 2024	2024-02	4420.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
330	COL-2023-988998	48	39	Inscripción ciclo 2023-2024	2023-08	8360.00	418.00	2023-08-10	2023-08-16 09:57:29-06	SPEI	11276799401872570558	072320728038012160	\N	f0a8762a-d619-64cb-4862-b8869bd6f7df	PAGADO
331	COL-2023-006074	48	39	Colegiatura septiembre 2023	2023-09	3800.00	0.00	2023-09-10	2023-09-07 16:43:51-06	SPEI	06646012218330167041	072320728038012160	\N	e70fa1f4-3bf4-2a90-2ca7-2a611a0acc2d	PAGADO
332	COL-2023-734420	48	39	Colegiatura octubre 2023	2023-10	3800.00	190.00	2023-10-10	2023-10-14 19:08:52-06	SPEI	89715823290644305180	072320728038012160	\N	3fe323d6-148f-b4ce-4862-dcb4656bc194	PAGADO
333	COL-2023-272627	48	39	Colegiatura noviembre 2023	2023-11	3800.00	190.00	2023-11-10	2023-11-16 14:23:31-06	DOMICILIACION	59473420272527312505	072320728038012160	\N	4565fd5f-db09-f3b0-ad48-9f1c42cfb042	PAGADO
334	COL-2023-992975	48	39	Colegiatura diciembre 2023	2023-12	3800.00	190.00	2023-12-10	2023-12-21 20:50:06-06	EFECTIVO_CAJA	99430338536436339370	\N	\N	22023bae-3e97-e5d2-197b-633f4a19922d	PAGADO
335	COL-2024-566627	48	39	Colegiatura enero 2024	2024-01	3800.00	0.00	2024-01-10	2024-01-07 20:23:59-06	OXXO	82990389860614984627	\N	\N	9277a34f-f2c5-b67b-028f-b5dc85b64c3b	PAGADO
336	COL-2024-656515	48	39	Colegiatura febrero 2024	2024-02	3800.00	190.00	2024-02-10	2024-02-21 11:39:58-06	SPEI	70495216171674078578	072320728038012160	\N	87b690a0-a2b6-63de-d5c5-3295d4ac2e6c	PAGADO
337	COL-2023-586273	49	40	Inscripción ciclo 2023-2024	2023-08	9240.00	0.00	2023-08-10	2023-08-08 14:02:20-06	SPEI	68861158882722565270	021320693951245666	\N	c543e1f1-acdf-2fb6-63c7-3c8ddd4db97b	PAGADO
338	COL-2023-713721	49	40	Colegiatura septiembre 2023	2023-09	7140.00	0.00	2023-09-10	2023-09-02 08:30:20-06	TARJETA	57819555361155664610	\N	0757	2ddbc361-c23f-0280-5cce-c90059f57b4f	PAGADO
339	COL-2023-424444	49	40	Colegiatura octubre 2023	2023-10	7140.00	357.00	2023-10-10	2023-10-11 22:03:28-06	OXXO	77147204560083808998	\N	\N	39143ca5-5a9b-12ae-b7cc-e491310c910d	PAGADO
340	COL-2023-743507	49	40	Colegiatura noviembre 2023	2023-11	7140.00	357.00	2023-11-10	2023-11-19 10:30:58-06	SPEI	25725724160681860616	021320693951245666	\N	ceadd7e6-345c-f8cf-53b1-43f977d6ced3	PAGADO
341	COL-2023-171179	49	40	Colegiatura diciembre 2023	2023-12	7140.00	357.00	2023-12-10	2023-12-21 18:24:21-06	SPEI	94951766505942903976	021320693951245666	\N	fec6aa2b-ee1a-c485-058d-9518b315e457	PAGADO
342	COL-2024-725139	49	40	Colegiatura enero 2024	2024-01	7140.00	0.00	2024-01-10	2024-01-04 10:53:40-06	DOMICILIACION	60388476483721478263	021320693951245666	\N	8969664a-73ea-d8e6-4faa-80d05e639df3	PAGADO
343	COL-2024-946515	49	40	Colegiatura febrero 2024	2024-02	7140.00	0.00	2024-02-10	2024-02-05 20:11:57-06	OXXO	45729133538747768061	\N	\N	5ccdbc17-b3b0-11f2-1eec-db3ea12a8d6d	PAGADO
344	COL-2023-702776	50	40	Inscripción ciclo 2023-2024	2023-08	5720.00	0.00	2023-08-10	2023-08-06 20:43:08-06	TARJETA	90783687504104086833	\N	3960	dc970915-faed-b0de-925b-91ed2b024f1a	PAGADO
345	COL-2023-229515	50	40	Colegiatura septiembre 2023	2023-09	5200.00	260.00	2023-09-10	2023-09-16 11:44:18-06	TARJETA	09270084744204776173	\N	8960	5c3c5fdb-0c34-8cff-87be-482111fabaa7	PAGADO
346	COL-2023-106622	50	40	Colegiatura octubre 2023	2023-10	5200.00	260.00	2023-10-10	2023-10-21 10:48:40-06	TARJETA	10195371671147570762	\N	7775	af99fd90-e0f9-5fc1-0e72-dce1814cac77	PAGADO
347	COL-2023-514691	50	40	Colegiatura noviembre 2023	2023-11	5200.00	0.00	2023-11-10	2023-11-07 09:41:59-06	SPEI	06972880662857400956	058580609707503375	\N	7e435434-086d-2bb6-990c-a53f3228f2ec	PAGADO
348	COL-2023-386836	50	40	Colegiatura diciembre 2023	2023-12	5200.00	260.00	2023-12-10	2023-12-22 09:11:10-06	SPEI	75467155690121393083	058580609707503375	\N	78635475-bf6a-04c8-dddc-186e90c21281	PAGADO
349	COL-2024-473259	50	40	Colegiatura enero 2024	2024-01	5200.00	0.00	2024-01-10	2024-01-02 17:59:17-06	SPEI	43462869500207333014	058580609707503375	\N	c34aa1af-beb8-7160-68d5-84ded53b0e4c	PAGADO
350	COL-2024-303471	50	40	Colegiatura febrero 2024	2024-02	5200.00	260.00	2024-02-10	2024-02-20 12:08:37-06	SPEI	11337665612882434232	058580609707503375	\N	233c2f35-fe91-0208-13a1-d20129bb7ea1	PAGADO
351	COL-2023-346212	51	42	Inscripción ciclo 2023-2024	2023-08	5720.00	0.00	2023-08-10	2023-08-01 16:11:39-06	SPEI	92261448487493939974	012320813659510741	\N	56198838-1023-4007-2b59-2b5d8b63875f	PAGADO
352	COL-2023-627366	51	42	Colegiatura septiembre 2023	2023-09	2600.00	0.00	2023-09-10	2023-09-01 21:23:10-06	SPEI	68492683752369582114	012320813659510741	\N	86843e56-5060-04cf-91fd-f2bad4ba3ff4	PAGADO
353	COL-2023-218710	51	42	Colegiatura octubre 2023	2023-10	2600.00	130.00	2023-10-10	2023-10-11 17:26:22-06	DOMICILIACION	18359785122188173531	012320813659510741	\N	dc590c3b-c4d6-55d6-9531-3002bce3289a	PAGADO
354	COL-2023-744539	51	42	Colegiatura noviembre 2023	2023-11	2600.00	130.00	2023-11-10	2023-11-16 20:18:17-06	SPEI	96671046968754414197	012320813659510741	\N	dc4c49f9-7847-b4ad-6105-6dd7485a0ff3	PAGADO
355	COL-2023-620858	51	42	Colegiatura diciembre 2023	2023-12	2600.00	0.00	2023-12-10	2023-12-07 11:21:37-06	SPEI	64480712274610398264	012320813659510741	\N	fd5fb815-2a91-c7b9-c799-5024f10c16d0	PAGADO
356	COL-2024-856716	51	42	Colegiatura enero 2024	2024-01	2600.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
357	COL-2024-623270	51	42	Colegiatura febrero 2024	2024-02	2600.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
358	COL-2023-323293	52	44	Inscripción ciclo 2023-2024	2023-08	9240.00	462.00	2023-08-10	2023-08-15 21:12:18-06	TARJETA	95749605592634478403	\N	2443	f8196923-b378-d954-d206-add2b35fb1db	PAGADO
359	COL-2023-462426	52	44	Colegiatura septiembre 2023	2023-09	6300.00	315.00	2023-09-10	2023-09-11 20:23:55-06	SPEI	38539349459450814909	137010232750432060	\N	24f96a25-2fad-1f47-a443-070357bab85c	PAGADO
360	COL-2023-739638	52	44	Colegiatura octubre 2023	2023-10	6300.00	315.00	2023-10-10	2023-10-18 22:31:52-06	SPEI	18743919185389546763	137010232750432060	\N	e08c625d-c7eb-dbd1-1efa-f0fa99bbe7fa	PAGADO
361	COL-2023-907797	52	44	Colegiatura noviembre 2023	2023-11	6300.00	315.00	2023-11-10	2023-11-20 17:21:45-06	TARJETA	21005464725585223708	\N	6878	c8329377-c427-cc49-13d1-c27be32d5d5d	PAGADO
362	COL-2023-421236	52	44	Colegiatura diciembre 2023	2023-12	6300.00	0.00	2023-12-10	2023-12-04 11:51:16-06	TARJETA	45954973595548707983	\N	8243	db3418dd-543a-0db2-dbb9-c143c6ee3beb	PAGADO
363	COL-2024-371036	52	44	Colegiatura enero 2024	2024-01	6300.00	0.00	2024-01-10	2024-01-05 08:15:59-06	SPEI	93138573296219503701	137010232750432060	\N	291c1c21-07f7-9584-03c4-5198321d657c	PAGADO
364	COL-2024-186647	52	44	Colegiatura febrero 2024	2024-02	6300.00	0.00	2024-02-10	2024-02-08 07:06:29-06	SPEI	76826990053386252383	137010232750432060	\N	93e93f56-8f6f-3723-5427-c9520cd2030f	PAGADO
365	COL-2023-749628	53	44	Inscripción ciclo 2023-2024	2023-08	7535.00	376.75	2023-08-10	2023-08-18 09:57:43-06	TARJETA	38195033573233723761	\N	5098	6d5bf080-41ff-7411-b705-dc71caceebd1	PAGADO
366	COL-2023-200543	53	44	Colegiatura septiembre 2023	2023-09	5822.50	291.12	2023-09-10	2023-09-14 09:19:58-06	TARJETA	75433692300789362948	\N	2690	a82d0ea8-b50f-5480-6292-45280590ff13	PAGADO
367	COL-2023-703325	53	44	Colegiatura octubre 2023	2023-10	5822.50	291.12	2023-10-10	2023-10-22 15:33:51-06	OXXO	64847974443141990188	\N	\N	47c23869-4c63-6642-09ce-6759cb19406d	PAGADO
368	COL-2023-727436	53	44	Colegiatura noviembre 2023	2023-11	5822.50	291.12	2023-11-10	2023-11-16 08:49:00-06	SPEI	86540878521426222103	021010901483621242	\N	e17895f5-ab0c-5629-6f9e-93d0e168a15d	PAGADO
369	COL-2023-859228	53	44	Colegiatura diciembre 2023	2023-12	5822.50	291.12	2023-12-10	2023-12-16 10:40:12-06	SPEI	13674491090008500438	021010901483621242	\N	d1ff6e74-6417-cc28-caf7-0bf9639f3e9e	PAGADO
370	COL-2024-845914	53	44	Colegiatura enero 2024	2024-01	5822.50	0.00	2024-01-10	2024-01-02 10:33:31-06	SPEI	20474033274931986395	021010901483621242	\N	3763ee7e-303f-48e7-cc7c-0fd3dcaf67ac	PAGADO
371	COL-2024-830043	53	44	Colegiatura febrero 2024	2024-02	5822.50	291.12	2024-02-10	2024-02-18 07:25:59-06	TARJETA	68055370759295646930	\N	3262	73d087f5-8826-d402-e72a-e8f339b23508	PAGADO
372	COL-2023-667286	54	46	Inscripción ciclo 2023-2024	2023-08	9240.00	462.00	2023-08-10	2023-08-22 22:51:13-06	SPEI	48122361062357717863	058010596033232252	\N	bb7b87a8-d60d-f87f-6c5b-d610163acb94	PAGADO
373	COL-2023-106181	54	46	Colegiatura septiembre 2023	2023-09	4200.00	210.00	2023-09-10	2023-09-19 16:37:58-06	OXXO	86639137830490355690	\N	\N	7ac69ae6-881b-50fd-3c15-97bbb0225887	PAGADO
374	COL-2023-430355	54	46	Colegiatura octubre 2023	2023-10	4200.00	0.00	2023-10-10	2023-10-09 11:28:38-06	TARJETA	74456056764866460227	\N	3618	0623943f-eee2-61a2-a97a-35fce61b7167	PAGADO
375	COL-2023-481262	54	46	Colegiatura noviembre 2023	2023-11	4200.00	0.00	2023-11-10	2023-11-07 20:38:44-06	SPEI	75575760425639898164	058010596033232252	\N	3dc4c2c8-340f-1587-c9f6-16f68d329cdd	PAGADO
376	COL-2023-585518	54	46	Colegiatura diciembre 2023	2023-12	4200.00	210.00	2023-12-10	2023-12-18 21:37:28-06	OXXO	62091494919962105205	\N	\N	7ca578c0-b4ce-1637-f983-e7fcf0946219	PAGADO
377	COL-2024-286520	54	46	Colegiatura enero 2024	2024-01	4200.00	0.00	2024-01-10	2024-01-05 08:08:43-06	TARJETA	37753803646663205197	\N	8808	1235f711-94ea-b1bf-2955-61fdc7ac5841	PAGADO
378	COL-2024-174576	54	46	Colegiatura febrero 2024	2024-02	4200.00	0.00	2024-02-10	2024-02-09 16:17:11-06	SPEI	20859218224606298749	058010596033232252	\N	fc87617f-7ccd-a3ad-5f1e-59ca95504d70	PAGADO
379	COL-2023-209310	55	46	Inscripción ciclo 2023-2024	2023-08	8360.00	418.00	2023-08-10	2023-08-19 20:52:03-06	TARJETA	03358865905708844211	\N	2226	806bd2ea-73a6-0fe6-b67a-14eae8ecfe08	PAGADO
380	COL-2023-253209	55	46	Colegiatura septiembre 2023	2023-09	7600.00	0.00	2023-09-10	2023-09-07 16:27:49-06	SPEI	05278614770454573896	127580773510489579	\N	aa2613f2-453d-6e78-97c5-78b4e7fa8374	PAGADO
381	COL-2023-881383	55	46	Colegiatura octubre 2023	2023-10	7600.00	380.00	2023-10-10	2023-10-16 07:36:14-06	DOMICILIACION	73847738887484642385	127580773510489579	\N	0ead7338-5e04-c0f8-e375-bdb00d860623	PAGADO
382	COL-2023-118685	55	46	Colegiatura noviembre 2023	2023-11	7600.00	380.00	2023-11-10	2023-11-12 21:24:00-06	SPEI	82079511779645839483	127580773510489579	\N	b92f2ab8-3e5c-831b-db14-66b41b7f26c0	PAGADO
383	COL-2023-421427	55	46	Colegiatura diciembre 2023	2023-12	7600.00	0.00	2023-12-10	\N	\N	\N	\N	\N	\N	VENCIDO
384	COL-2024-224772	55	46	Colegiatura enero 2024	2024-01	7600.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
385	COL-2024-358516	55	46	Colegiatura febrero 2024	2024-02	7600.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
386	COL-2023-474111	56	46	Inscripción ciclo 2023-2024	2023-08	8360.00	0.00	2023-08-10	2023-08-08 09:55:49-06	SPEI	22920099943853843033	002650632150311339	\N	6b71f3c0-778b-7d83-3517-0b20832b22b5	PAGADO
387	COL-2023-454874	56	46	Colegiatura septiembre 2023	2023-09	6460.00	0.00	2023-09-10	2023-09-10 16:15:44-06	OXXO	81349224008239246111	\N	\N	d519c5e8-96d8-f0b0-5014-b2016ac2e765	PAGADO
388	COL-2023-422056	56	46	Colegiatura octubre 2023	2023-10	6460.00	323.00	2023-10-10	2023-10-18 22:48:17-06	DOMICILIACION	23627460794315836877	002650632150311339	\N	ff7e0f3b-e238-ccaa-9048-6e87ed9a9ef0	PAGADO
389	COL-2023-617831	56	46	Colegiatura noviembre 2023	2023-11	6460.00	0.00	2023-11-10	2023-11-10 11:11:52-06	EFECTIVO_CAJA	40456227931248611027	\N	\N	0c558ebd-0504-1bbd-a2ae-fb438f936cd0	PAGADO
390	COL-2023-167358	56	46	Colegiatura diciembre 2023	2023-12	6460.00	323.00	2023-12-10	2023-12-12 13:15:02-06	SPEI	55312254481386996281	002650632150311339	\N	a6cadcd3-2872-03cf-8bf8-1ac209e3ece9	PAGADO
391	COL-2024-332879	56	46	Colegiatura enero 2024	2024-01	6460.00	323.00	2024-01-10	2024-01-19 22:51:33-06	OXXO	06352335443322657711	\N	\N	ab46514a-fa94-f264-88ea-936b2094a94e	PAGADO
392	COL-2024-196899	56	46	Colegiatura febrero 2024	2024-02	6460.00	323.00	2024-02-10	2024-02-11 14:07:44-06	TARJETA	76187257712467763392	\N	7329	81a8bc5b-6621-c6ec-4c0f-ff9110a53710	PAGADO
393	COL-2023-069856	57	48	Inscripción ciclo 2023-2024	2023-08	9240.00	0.00	2023-08-10	2023-08-03 09:50:20-06	SPEI	48681391249659185862	044320920188319523	\N	da0af2fd-b363-9163-746c-9f1bf1527fff	PAGADO
394	COL-2023-170667	57	48	Colegiatura septiembre 2023	2023-09	7560.00	0.00	2023-09-10	2023-09-08 22:38:30-06	EFECTIVO_CAJA	52091571975091671846	\N	\N	2d01702a-1b01-9962-31c2-25a36cc5cab2	PAGADO
395	COL-2023-195049	57	48	Colegiatura octubre 2023	2023-10	7560.00	0.00	2023-10-10	2023-10-04 09:51:57-06	SPEI	33458850030502783194	044320920188319523	\N	54e73d9d-fe69-236c-0f25-5c590fa390e5	PAGADO
396	COL-2023-104984	57	48	Colegiatura noviembre 2023	2023-11	7560.00	378.00	2023-11-10	2023-11-14 22:24:36-06	SPEI	63976551390106429415	044320920188319523	\N	6c299c38-1525-bd1e-abea-6335e20ac7e6	PAGADO
397	COL-2023-877943	57	48	Colegiatura diciembre 2023	2023-12	7560.00	378.00	2023-12-10	2023-12-17 18:31:46-06	TARJETA	42408849444775440523	\N	9173	85424fb5-a36e-482d-5052-9e493fdfff5b	PAGADO
398	COL-2024-713903	57	48	Colegiatura enero 2024	2024-01	7560.00	0.00	2024-01-10	2024-01-01 16:53:52-06	SPEI	63966669657962657759	044320920188319523	\N	13b2c887-1cfd-ee15-2d50-dc6521c2a684	PAGADO
399	COL-2024-153415	57	48	Colegiatura febrero 2024	2024-02	7560.00	378.00	2024-02-10	2024-02-21 18:58:27-06	EFECTIVO_CAJA	83489224898344075970	\N	\N	5de1e255-963e-367f-7c85-462512a77481	PAGADO
400	COL-2023-461233	58	50	Inscripción ciclo 2023-2024	2023-08	9240.00	462.00	2023-08-10	2023-08-12 21:34:32-06	DOMICILIACION	64509974038511394223	072320067588875767	\N	185c545c-6f10-5c3b-4aa4-883c9740697b	PAGADO
401	COL-2023-336276	58	50	Colegiatura septiembre 2023	2023-09	4200.00	0.00	2023-09-10	2023-09-04 20:49:02-06	EFECTIVO_CAJA	34249756264058176188	\N	\N	1f46c155-f953-3a5a-a25e-858612bea562	PAGADO
402	COL-2023-794176	58	50	Colegiatura octubre 2023	2023-10	4200.00	0.00	2023-10-10	2023-10-04 17:06:38-06	SPEI	85337333541680941984	072320067588875767	\N	fb220939-cca3-8235-f8ff-5b0d1588bcf1	PAGADO
403	COL-2023-739708	58	50	Colegiatura noviembre 2023	2023-11	4200.00	210.00	2023-11-10	2023-11-20 14:57:47-06	OXXO	98982393999239144511	\N	\N	bcfaf300-4d42-9dd9-12e4-99af0129bc50	PAGADO
404	COL-2023-918803	58	50	Colegiatura diciembre 2023	2023-12	4200.00	0.00	2023-12-10	2023-12-05 14:14:25-06	EFECTIVO_CAJA	79419115077418824935	\N	\N	3f98518e-429d-f0ea-f867-fc161ae1d1eb	PAGADO
405	COL-2024-686058	58	50	Colegiatura enero 2024	2024-01	4200.00	0.00	2024-01-10	2024-01-02 13:00:35-06	SPEI	96458736036349599701	072320067588875767	\N	5457675f-48df-ede8-d69c-f5c97391d503	PAGADO
406	COL-2024-700684	58	50	Colegiatura febrero 2024	2024-02	4200.00	0.00	2024-02-10	2024-02-04 14:12:16-06	DOMICILIACION	47943194171794108067	072320067588875767	\N	11d92b9b-95aa-24d0-4e42-5329edcceac6	PAGADO
407	COL-2023-954360	59	50	Inscripción ciclo 2023-2024	2023-08	9240.00	462.00	2023-08-10	2023-08-18 09:32:25-06	SPEI	32699716584434965771	044580509567144936	\N	eaa3c169-f3f6-50ee-3ee7-a79a22be3f67	PAGADO
408	COL-2023-195275	59	50	Colegiatura septiembre 2023	2023-09	8400.00	420.00	2023-09-10	2023-09-22 17:21:19-06	SPEI	32647599380736484453	044580509567144936	\N	1ad23d87-a991-efc0-8f25-fe8e2caed3a1	PAGADO
409	COL-2023-853087	59	50	Colegiatura octubre 2023	2023-10	8400.00	420.00	2023-10-10	2023-10-20 11:58:19-06	SPEI	94478415012614560247	044580509567144936	\N	970a9b48-896d-576f-f8d2-2254b1323d34	PAGADO
410	COL-2023-116554	59	50	Colegiatura noviembre 2023	2023-11	8400.00	420.00	2023-11-10	2023-11-20 19:21:12-06	SPEI	78414387338296797926	044580509567144936	\N	251f7a98-36c9-5248-d4dd-f931aefb2b66	PAGADO
411	COL-2023-299676	59	50	Colegiatura diciembre 2023	2023-12	8400.00	420.00	2023-12-10	2023-12-18 20:08:08-06	SPEI	04889171292289024320	044580509567144936	\N	a13f698c-83e6-7d02-379e-3b76065fd9e7	PAGADO
412	COL-2024-693479	59	50	Colegiatura enero 2024	2024-01	8400.00	0.00	2024-01-10	2024-01-07 07:25:00-06	SPEI	41490922360575071630	044580509567144936	\N	dcc4a896-312e-1f65-cbf6-a1b9984db5fd	PAGADO
413	COL-2024-223797	59	50	Colegiatura febrero 2024	2024-02	8400.00	0.00	2024-02-10	2024-02-07 22:12:31-06	SPEI	34341473505196504373	044580509567144936	\N	ccd8393f-3665-d7c2-b3e1-7d5f8afdb5e9	PAGADO
414	COL-2023-029679	60	52	Inscripción ciclo 2023-2024	2023-08	9240.00	0.00	2023-08-10	2023-08-07 21:26:41-06	TARJETA	23212736098589184209	\N	0822	47eb9a31-fc6f-1668-a33b-f471c852ee4b	PAGADO
415	COL-2023-735339	60	52	Colegiatura septiembre 2023	2023-09	7560.00	0.00	2023-09-10	2023-09-05 15:16:04-06	SPEI	71044575628231336109	044320440671308505	\N	7102fcf1-2f18-5757-0272-2f02c73c9740	PAGADO
416	COL-2023-106178	60	52	Colegiatura octubre 2023	2023-10	7560.00	0.00	2023-10-10	2023-10-02 13:50:27-06	TARJETA	58180827719907629085	\N	7976	c4d14224-71bf-a357-b2a0-4b342c511326	PAGADO
417	COL-2023-517915	60	52	Colegiatura noviembre 2023	2023-11	7560.00	0.00	2023-11-10	2023-11-09 12:00:21-06	TARJETA	59213903063610547969	\N	1837	99333b6c-b3d5-a19e-8a3d-eea12795d4ff	PAGADO
418	COL-2023-925996	60	52	Colegiatura diciembre 2023	2023-12	7560.00	378.00	2023-12-10	2023-12-15 09:21:29-06	DOMICILIACION	61878215985789346711	044320440671308505	\N	29228c72-7345-0103-725e-00ade281bc9e	PAGADO
419	COL-2024-430308	60	52	Colegiatura enero 2024	2024-01	7560.00	378.00	2024-01-10	2024-01-20 16:57:38-06	TARJETA	21741347584018066317	\N	4414	8c100ccc-7757-93a5-ad7e-6d75844050bd	PAGADO
420	COL-2024-797476	60	52	Colegiatura febrero 2024	2024-02	7560.00	378.00	2024-02-10	2024-02-11 12:39:08-06	OXXO	65745174046189120814	\N	\N	80f6fc43-bf19-6fa2-50d9-a4d9a50c21a6	PAGADO
421	COL-2023-563697	61	52	Inscripción ciclo 2023-2024	2023-08	9240.00	0.00	2023-08-10	2023-08-06 15:08:44-06	DOMICILIACION	88258720537600769472	044580516316659746	\N	4bb0ba25-719d-4b1a-2ce4-09332f8e123f	PAGADO
422	COL-2023-385081	61	52	Colegiatura septiembre 2023	2023-09	7560.00	378.00	2023-09-10	2023-09-13 18:31:00-06	OXXO	53780280229944188801	\N	\N	fbe17534-a441-70ad-c5e7-fdafc786d0cc	PAGADO
423	COL-2023-040531	61	52	Colegiatura octubre 2023	2023-10	7560.00	378.00	2023-10-10	2023-10-15 18:12:23-06	SPEI	59510845400850734599	044580516316659746	\N	b609c949-0d4a-9724-50b9-0a151596b310	PAGADO
424	COL-2023-681753	61	52	Colegiatura noviembre 2023	2023-11	7560.00	378.00	2023-11-10	2023-11-22 16:34:26-06	DOMICILIACION	27075964526355316765	044580516316659746	\N	91244e14-c5aa-5393-27e2-19592b3f92ac	PAGADO
425	COL-2023-808544	61	52	Colegiatura diciembre 2023	2023-12	7560.00	0.00	2023-12-10	\N	\N	\N	\N	\N	\N	VENCIDO
426	COL-2024-209623	61	52	Colegiatura enero 2024	2024-01	7560.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
427	COL-2024-010049	61	52	Colegiatura febrero 2024	2024-02	7560.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
428	COL-2023-976870	62	54	Inscripción ciclo 2023-2024	2023-08	8360.00	0.00	2023-08-10	2023-08-10 13:20:58-06	SPEI	53693142126071220546	044010474583496072	\N	ecf612a1-4237-8409-e7dd-d5b3ec4fb392	PAGADO
429	COL-2023-921988	62	54	Colegiatura septiembre 2023	2023-09	7600.00	0.00	2023-09-10	2023-09-01 11:33:05-06	SPEI	08067905112813321639	044010474583496072	\N	8e14716c-b159-ed14-cd2e-303fa9e59eb7	PAGADO
430	COL-2023-360434	62	54	Colegiatura octubre 2023	2023-10	7600.00	380.00	2023-10-10	2023-10-11 07:52:14-06	OXXO	73455980708315770675	\N	\N	0b91d632-50e1-64f3-7c88-85b3fa22b46d	PAGADO
431	COL-2023-180932	62	54	Colegiatura noviembre 2023	2023-11	7600.00	380.00	2023-11-10	2023-11-11 10:05:44-06	EFECTIVO_CAJA	56167209577324012227	\N	\N	42cc6fff-6f8c-55d4-0415-45b245868e3b	PAGADO
432	COL-2023-081312	62	54	Colegiatura diciembre 2023	2023-12	7600.00	0.00	2023-12-10	2023-12-02 08:33:34-06	TARJETA	36569738045821324486	\N	2735	7dcc1f60-966e-1b8b-97c8-51d8cbc40be9	PAGADO
433	COL-2024-043321	62	54	Colegiatura enero 2024	2024-01	7600.00	0.00	2024-01-10	2024-01-08 22:54:44-06	SPEI	23132678545264544215	044010474583496072	\N	c95719cf-e8f4-f3cc-e577-5d891ba836da	PAGADO
434	COL-2024-004082	62	54	Colegiatura febrero 2024	2024-02	7600.00	380.00	2024-02-10	2024-02-12 13:15:16-06	SPEI	35670882695605595046	044010474583496072	\N	cf075c22-1d91-bfe2-5df3-459d5da90e89	PAGADO
435	COL-2023-475446	63	56	Inscripción ciclo 2023-2024	2023-08	5720.00	286.00	2023-08-10	2023-08-18 10:05:13-06	SPEI	05799438125000017252	002180279104199715	\N	099c6cdc-f225-d625-0338-51ab151772d0	PAGADO
436	COL-2023-410948	63	56	Colegiatura septiembre 2023	2023-09	4680.00	0.00	2023-09-10	2023-09-10 12:43:59-06	SPEI	34494262982416496374	002180279104199715	\N	cffdb758-8b0a-f100-ec6d-16fee9a5b861	PAGADO
437	COL-2023-754674	63	56	Colegiatura octubre 2023	2023-10	4680.00	234.00	2023-10-10	2023-10-13 13:06:28-06	SPEI	45890434056127805375	002180279104199715	\N	2e9a0ba3-e9d0-92a0-343a-46c8b98328cd	PAGADO
438	COL-2023-398530	63	56	Colegiatura noviembre 2023	2023-11	4680.00	0.00	2023-11-10	2023-11-04 20:11:45-06	TARJETA	00002982477307044768	\N	6882	0a02b551-3f77-37dc-b5b2-e9b01d753a3c	PAGADO
439	COL-2023-341966	63	56	Colegiatura diciembre 2023	2023-12	4680.00	0.00	2023-12-10	2023-12-03 14:17:06-06	TARJETA	52111704909588439570	\N	1251	4e1d789b-8b36-04e2-352c-4df1febf738f	PAGADO
440	COL-2024-583718	63	56	Colegiatura enero 2024	2024-01	4680.00	234.00	2024-01-10	2024-01-12 18:17:02-06	SPEI	34865490421843608908	002180279104199715	\N	db14ec9a-8809-2134-7c5b-c3cebd6bd9bd	PAGADO
441	COL-2024-042073	63	56	Colegiatura febrero 2024	2024-02	4680.00	234.00	2024-02-10	2024-02-20 16:32:18-06	SPEI	07660283023891268505	002180279104199715	\N	8b95f5c9-4f90-6358-727d-7a699f2270e6	PAGADO
442	COL-2023-388430	64	56	Inscripción ciclo 2023-2024	2023-08	7535.00	0.00	2023-08-10	2023-08-02 16:06:26-06	DOMICILIACION	67498959348282392627	044580523228208252	\N	711f908d-e433-2b98-8863-425286376890	PAGADO
443	COL-2023-123050	64	56	Colegiatura septiembre 2023	2023-09	6850.00	0.00	2023-09-10	2023-09-03 16:45:39-06	SPEI	98260386613271674979	044580523228208252	\N	723a3c44-6ed7-f215-8329-a1369293b1ac	PAGADO
444	COL-2023-685042	64	56	Colegiatura octubre 2023	2023-10	6850.00	0.00	2023-10-10	2023-10-04 21:46:03-06	SPEI	52902810148114234750	044580523228208252	\N	a2f43673-f4d9-b5c9-81d8-8c0efd225e0a	PAGADO
445	COL-2023-503733	64	56	Colegiatura noviembre 2023	2023-11	6850.00	342.50	2023-11-10	2023-11-12 17:25:37-06	EFECTIVO_CAJA	38620831582335753482	\N	\N	49bb9ed8-9965-e3f1-51ad-35b93cf63d25	PAGADO
446	COL-2023-077920	64	56	Colegiatura diciembre 2023	2023-12	6850.00	0.00	2023-12-10	\N	\N	\N	\N	\N	\N	VENCIDO
447	COL-2024-464815	64	56	Colegiatura enero 2024	2024-01	6850.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
448	COL-2024-241838	64	56	Colegiatura febrero 2024	2024-02	6850.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
449	COL-2023-688250	65	58	Inscripción ciclo 2023-2024	2023-08	5720.00	286.00	2023-08-10	2023-08-14 11:52:57-06	TARJETA	71618914550740584140	\N	7011	6d135a89-ecea-7d6e-8aa7-a4ac9db647e6	PAGADO
450	COL-2023-657547	65	58	Colegiatura septiembre 2023	2023-09	2600.00	130.00	2023-09-10	2023-09-15 20:10:47-06	SPEI	50002354447679155076	137180187287323083	\N	e23fb794-5b07-74d2-5b02-b3360ec0f4f0	PAGADO
451	COL-2023-778899	65	58	Colegiatura octubre 2023	2023-10	2600.00	130.00	2023-10-10	2023-10-15 22:05:49-06	EFECTIVO_CAJA	40446401423278820355	\N	\N	b232dfb2-bb4e-4887-28bb-8044e94cbbcd	PAGADO
452	COL-2023-587095	65	58	Colegiatura noviembre 2023	2023-11	2600.00	130.00	2023-11-10	2023-11-13 19:15:51-06	SPEI	37877722330389506509	137180187287323083	\N	70df9737-ff32-dccc-7c94-ceeb8244ac43	PAGADO
453	COL-2023-312062	65	58	Colegiatura diciembre 2023	2023-12	2600.00	130.00	2023-12-10	2023-12-18 14:05:38-06	OXXO	89627468169945365801	\N	\N	4d05178b-3743-e516-d032-2147a6b08a7d	PAGADO
454	COL-2024-323669	65	58	Colegiatura enero 2024	2024-01	2600.00	130.00	2024-01-10	2024-01-13 17:57:58-06	EFECTIVO_CAJA	56467770992959732835	\N	\N	57d7ad70-051d-ed91-695e-6c1c1f47d8ab	PAGADO
455	COL-2024-449418	65	58	Colegiatura febrero 2024	2024-02	2600.00	130.00	2024-02-10	2024-02-13 20:08:46-06	SPEI	83830041133874259237	137180187287323083	\N	0bed0a4c-30dc-8ba3-8964-3aa66b9ed34b	PAGADO
456	COL-2023-827561	66	58	Inscripción ciclo 2023-2024	2023-08	5720.00	0.00	2023-08-10	2023-08-08 19:33:27-06	OXXO	49477426518400784889	\N	\N	97fd49d1-0547-f8df-1b3c-fd0c2e6f347d	PAGADO
457	COL-2023-849872	66	58	Colegiatura septiembre 2023	2023-09	4420.00	0.00	2023-09-10	2023-09-07 16:47:35-06	SPEI	47192587436076809176	058180051092311783	\N	549aaeea-3f5b-d288-22fc-32c66a321ab8	PAGADO
458	COL-2023-130086	66	58	Colegiatura octubre 2023	2023-10	4420.00	0.00	2023-10-10	2023-10-04 09:28:41-06	DOMICILIACION	56360210839437664189	058180051092311783	\N	b2f8461a-8d7e-bc0b-a697-a4eb1b6fdcaf	PAGADO
459	COL-2023-655036	66	58	Colegiatura noviembre 2023	2023-11	4420.00	221.00	2023-11-10	2023-11-22 10:08:40-06	SPEI	70940789360856337398	058180051092311783	\N	6f011d44-0e77-3eba-c853-2b331a33cd76	PAGADO
460	COL-2023-143173	66	58	Colegiatura diciembre 2023	2023-12	4420.00	0.00	2023-12-10	2023-12-05 22:05:58-06	TARJETA	12113623759201656255	\N	0846	1af5592f-415e-59db-f167-69988ca74cd0	PAGADO
461	COL-2024-653387	66	58	Colegiatura enero 2024	2024-01	4420.00	221.00	2024-01-10	2024-01-17 13:56:48-06	SPEI	98447002205151847118	058180051092311783	\N	895dbaed-8dde-0f8f-9b7d-142d4f6e6dbd	PAGADO
462	COL-2024-573569	66	58	Colegiatura febrero 2024	2024-02	4420.00	0.00	2024-02-10	2024-02-05 13:53:53-06	TARJETA	91495400659498559652	\N	2260	603b6d68-20a9-0dd1-e86c-7d90e376f557	PAGADO
463	COL-2023-235091	67	60	Inscripción ciclo 2023-2024	2023-08	9240.00	462.00	2023-08-10	2023-08-11 07:07:34-06	SPEI	37245345130955404421	058650110026728865	\N	4cd3f58d-8f53-7fdd-6514-d3d76aff408e	PAGADO
464	COL-2023-243533	67	60	Colegiatura septiembre 2023	2023-09	4200.00	0.00	2023-09-10	2023-09-06 15:47:55-06	TARJETA	71961918397489412380	\N	7558	43746cbd-e4a8-cc13-d213-652aaa0662c7	PAGADO
465	COL-2023-647647	67	60	Colegiatura octubre 2023	2023-10	4200.00	210.00	2023-10-10	2023-10-22 21:16:50-06	TARJETA	24617810702302573021	\N	9038	fe93a641-c664-a7ea-6b19-34f5ce729472	PAGADO
466	COL-2023-684386	67	60	Colegiatura noviembre 2023	2023-11	4200.00	0.00	2023-11-10	2023-11-08 15:21:11-06	OXXO	87632256478278570404	\N	\N	a57a97ad-5d6c-e961-810b-c8e4c3efe6cf	PAGADO
467	COL-2023-086793	67	60	Colegiatura diciembre 2023	2023-12	4200.00	0.00	2023-12-10	2023-12-05 09:43:25-06	SPEI	76053714860982271309	058650110026728865	\N	af87ab22-f32e-8c86-f8b9-ef6b47e9ea96	PAGADO
468	COL-2024-981528	67	60	Colegiatura enero 2024	2024-01	4200.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
469	COL-2024-531632	67	60	Colegiatura febrero 2024	2024-02	4200.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
470	COL-2023-343399	68	61	Inscripción ciclo 2023-2024	2023-08	5720.00	0.00	2023-08-10	2023-08-09 15:54:38-06	EFECTIVO_CAJA	18797028370665544826	\N	\N	0961c528-8d1f-a743-4ede-704c8f03ce2f	PAGADO
471	COL-2023-215358	68	61	Colegiatura septiembre 2023	2023-09	3900.00	0.00	2023-09-10	2023-09-03 19:54:08-06	DOMICILIACION	49088808857071456380	072010824514470825	\N	0470f0f7-1830-f4d6-7e0f-18bf9909b430	PAGADO
472	COL-2023-606657	68	61	Colegiatura octubre 2023	2023-10	3900.00	195.00	2023-10-10	2023-10-20 08:26:48-06	DOMICILIACION	94390211903704450434	072010824514470825	\N	8e036c96-a85e-508b-666c-5eddebd1fac6	PAGADO
473	COL-2023-953020	68	61	Colegiatura noviembre 2023	2023-11	3900.00	0.00	2023-11-10	2023-11-10 08:46:21-06	OXXO	26074618136995193393	\N	\N	41042c41-f02b-5e3c-14c7-8b8c21a4069f	PAGADO
474	COL-2023-977046	68	61	Colegiatura diciembre 2023	2023-12	3900.00	0.00	2023-12-10	2023-12-08 10:04:28-06	DOMICILIACION	20955283600423282593	072010824514470825	\N	56d30488-2c28-b0d7-6fd1-2b682f25dbf3	PAGADO
475	COL-2024-496975	68	61	Colegiatura enero 2024	2024-01	3900.00	0.00	2024-01-10	2024-01-10 14:47:29-06	SPEI	69954373592913255831	072010824514470825	\N	f32803bc-3bd5-1f52-5ba0-15e39a981f6d	PAGADO
476	COL-2024-709741	68	61	Colegiatura febrero 2024	2024-02	3900.00	0.00	2024-02-10	2024-02-08 07:25:11-06	DOMICILIACION	01241726620454318034	072010824514470825	\N	113eee55-a49b-e9b8-1909-dcae160a5b98	PAGADO
477	COL-2023-806805	69	61	Inscripción ciclo 2023-2024	2023-08	5720.00	0.00	2023-08-10	2023-08-04 13:19:51-06	SPEI	35700230402412118124	021650298047479848	\N	b1f13930-e8cf-9a25-b7de-215008192b75	PAGADO
478	COL-2023-652855	69	61	Colegiatura septiembre 2023	2023-09	5200.00	260.00	2023-09-10	2023-09-12 15:40:14-06	SPEI	73407550987768057254	021650298047479848	\N	5dba4721-e3d3-3b8d-36ff-12e4f81348e1	PAGADO
479	COL-2023-329885	69	61	Colegiatura octubre 2023	2023-10	5200.00	260.00	2023-10-10	2023-10-16 13:55:40-06	SPEI	57515176743335359275	021650298047479848	\N	cf5036a7-3a9b-4d1f-33f9-7156cfbd80ba	PAGADO
480	COL-2023-749690	69	61	Colegiatura noviembre 2023	2023-11	5200.00	0.00	2023-11-10	2023-11-02 07:30:08-06	DOMICILIACION	29066045159157227728	021650298047479848	\N	31c9ad3e-2923-ee8e-b2be-8c3ec55dda40	PAGADO
481	COL-2023-917093	69	61	Colegiatura diciembre 2023	2023-12	5200.00	260.00	2023-12-10	2023-12-12 09:57:47-06	EFECTIVO_CAJA	43627286179276456757	\N	\N	644d18d0-a8ce-bec9-9c3b-2aae477d06b1	PAGADO
482	COL-2024-392869	69	61	Colegiatura enero 2024	2024-01	5200.00	0.00	2024-01-10	2024-01-05 18:30:55-06	EFECTIVO_CAJA	55372114996347267704	\N	\N	00e3bbb7-887c-e140-2797-14dfd95b12e1	PAGADO
483	COL-2024-794552	69	61	Colegiatura febrero 2024	2024-02	5200.00	260.00	2024-02-10	2024-02-13 18:38:11-06	OXXO	57938875640310886074	\N	\N	9306a8f8-40ef-c543-7b8f-79b5716ba93e	PAGADO
484	COL-2023-698682	70	62	Inscripción ciclo 2023-2024	2023-08	7535.00	376.75	2023-08-10	2023-08-13 21:42:11-06	EFECTIVO_CAJA	07179184908062552761	\N	\N	fe260b14-6a29-0a0c-7bc0-651424bc27c7	PAGADO
485	COL-2023-821213	70	62	Colegiatura septiembre 2023	2023-09	6850.00	0.00	2023-09-10	2023-09-02 16:23:35-06	SPEI	97447251028451795430	036580125629114597	\N	16cf0dd8-2209-60d6-725f-738ecd26c244	PAGADO
486	COL-2023-441330	70	62	Colegiatura octubre 2023	2023-10	6850.00	0.00	2023-10-10	2023-10-04 20:06:31-06	TARJETA	63837553754701714495	\N	4277	2a902adf-3f26-dd9e-4cfd-1d18dd018710	PAGADO
487	COL-2023-382217	70	62	Colegiatura noviembre 2023	2023-11	6850.00	0.00	2023-11-10	2023-11-08 11:35:55-06	TARJETA	27295855908748730559	\N	1549	95649511-c072-f68f-20a1-5d3d75cac27d	PAGADO
488	COL-2023-635566	70	62	Colegiatura diciembre 2023	2023-12	6850.00	342.50	2023-12-10	2023-12-21 21:22:37-06	SPEI	37638453418874279640	036580125629114597	\N	7d49e2fb-f136-94ce-50ca-21d9d7c9fa27	PAGADO
489	COL-2024-389428	70	62	Colegiatura enero 2024	2024-01	6850.00	342.50	2024-01-10	2024-01-13 17:21:34-06	TARJETA	16194446521558233619	\N	9280	c545db7d-e1ca-5e61-52cf-cb8cc923a793	PAGADO
490	COL-2024-221326	70	62	Colegiatura febrero 2024	2024-02	6850.00	342.50	2024-02-10	2024-02-14 09:27:12-06	TARJETA	35748431613793425627	\N	3097	97edb0b4-182d-6064-1226-5efa9a03ba6c	PAGADO
491	COL-2023-235961	71	62	Inscripción ciclo 2023-2024	2023-08	5720.00	286.00	2023-08-10	2023-08-12 19:25:05-06	EFECTIVO_CAJA	62751267335047464190	\N	\N	4fa70ff2-235d-0cc4-a6ca-f350190c83b4	PAGADO
492	COL-2023-255996	71	62	Colegiatura septiembre 2023	2023-09	5200.00	0.00	2023-09-10	2023-09-02 17:19:01-06	SPEI	61684348272403120426	058180247211443505	\N	860b04f2-a342-701c-3962-d58569deed08	PAGADO
493	COL-2023-638212	71	62	Colegiatura octubre 2023	2023-10	5200.00	260.00	2023-10-10	2023-10-13 07:07:34-06	SPEI	49925578477751166370	058180247211443505	\N	041e9ab5-ffd8-82b8-0276-989d88865ed8	PAGADO
494	COL-2023-520385	71	62	Colegiatura noviembre 2023	2023-11	5200.00	260.00	2023-11-10	2023-11-12 08:20:56-06	DOMICILIACION	02006730885812013671	058180247211443505	\N	ef8bf8b6-6078-2e87-c705-b587bfc39f35	PAGADO
495	COL-2023-804349	71	62	Colegiatura diciembre 2023	2023-12	5200.00	0.00	2023-12-10	2023-12-07 07:27:53-06	SPEI	97424975332688480605	058180247211443505	\N	ce2da4c8-67a0-8d7b-6166-f6f51658852b	PAGADO
496	COL-2024-814306	71	62	Colegiatura enero 2024	2024-01	5200.00	260.00	2024-01-10	2024-01-22 09:36:52-06	SPEI	37934784518969349913	058180247211443505	\N	899a6703-da2d-f0ae-4135-3aae8031535e	PAGADO
497	COL-2024-337205	71	62	Colegiatura febrero 2024	2024-02	5200.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
498	COL-2023-555687	72	64	Inscripción ciclo 2023-2024	2023-08	7535.00	0.00	2023-08-10	2023-08-09 16:31:32-06	SPEI	20299268957726307016	014650952149535195	\N	675ee991-6dbd-272d-2595-72247c77f61d	PAGADO
499	COL-2023-399207	72	64	Colegiatura septiembre 2023	2023-09	5822.50	291.12	2023-09-10	2023-09-19 07:18:12-06	DOMICILIACION	86180688906316117393	014650952149535195	\N	7b098ba9-00d4-6153-e38e-4f9995988b79	PAGADO
500	COL-2023-876315	72	64	Colegiatura octubre 2023	2023-10	5822.50	291.12	2023-10-10	2023-10-20 08:15:39-06	SPEI	03955063906116687386	014650952149535195	\N	4001b820-5186-025f-cc54-cd6c29a36f01	PAGADO
501	COL-2023-414042	72	64	Colegiatura noviembre 2023	2023-11	5822.50	291.12	2023-11-10	2023-11-14 20:22:48-06	TARJETA	16127429544957029605	\N	8038	bf9fe05f-f2a4-3918-370e-d997947a0234	PAGADO
502	COL-2023-945338	72	64	Colegiatura diciembre 2023	2023-12	5822.50	291.12	2023-12-10	2023-12-12 16:44:55-06	DOMICILIACION	80716327397489037561	014650952149535195	\N	8122c92e-8ecc-5483-1a46-17fc32dfae51	PAGADO
503	COL-2024-488836	72	64	Colegiatura enero 2024	2024-01	5822.50	291.12	2024-01-10	2024-01-15 21:32:20-06	SPEI	55282317423375302658	014650952149535195	\N	fb6d937f-9a66-0c9d-6fc7-df6abee206ad	PAGADO
504	COL-2024-832147	72	64	Colegiatura febrero 2024	2024-02	5822.50	291.12	2024-02-10	2024-02-19 14:49:29-06	TARJETA	20773256948170903980	\N	4681	41b7d262-2e89-f669-86d7-f206b94fb3f7	PAGADO
505	COL-2023-205738	73	64	Inscripción ciclo 2023-2024	2023-08	8360.00	418.00	2023-08-10	2023-08-17 13:30:03-06	SPEI	08963207089711053272	021580792253971337	\N	37b3f7bc-1bc7-0301-445a-8a0287983bd6	PAGADO
506	COL-2023-929070	73	64	Colegiatura septiembre 2023	2023-09	6460.00	0.00	2023-09-10	2023-09-05 12:19:56-06	SPEI	56771861695416377634	021580792253971337	\N	01405963-c9cf-6048-8bf4-bc7225806d0f	PAGADO
507	COL-2023-177201	73	64	Colegiatura octubre 2023	2023-10	6460.00	323.00	2023-10-10	2023-10-21 16:08:36-06	TARJETA	48224499156602561843	\N	2888	6b47fcf5-8793-b156-612f-148f8d53365c	PAGADO
508	COL-2023-587934	73	64	Colegiatura noviembre 2023	2023-11	6460.00	323.00	2023-11-10	2023-11-22 17:51:27-06	SPEI	52668594570040636520	021580792253971337	\N	5c5c1df6-a43f-d985-92e1-959314f44eb7	PAGADO
509	COL-2023-087248	73	64	Colegiatura diciembre 2023	2023-12	6460.00	0.00	2023-12-10	2023-12-04 20:46:51-06	DOMICILIACION	20468046869238416692	021580792253971337	\N	58e2495c-3118-ee78-fd05-72254180600d	PAGADO
510	COL-2024-258313	73	64	Colegiatura enero 2024	2024-01	6460.00	0.00	2024-01-10	2024-01-08 17:33:30-06	SPEI	40608112397734037435	021580792253971337	\N	2072cd49-6202-6ed9-cd14-5665aea71598	PAGADO
511	COL-2024-093081	73	64	Colegiatura febrero 2024	2024-02	6460.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
512	COL-2023-605980	74	66	Inscripción ciclo 2023-2024	2023-08	5720.00	0.00	2023-08-10	2023-08-05 10:34:52-06	TARJETA	93471692886651044194	\N	8159	412185d0-2b03-61d8-2548-8410fc03d8e2	PAGADO
513	COL-2023-825932	74	66	Colegiatura septiembre 2023	2023-09	5200.00	0.00	2023-09-10	2023-09-08 13:57:19-06	EFECTIVO_CAJA	11310772854343358254	\N	\N	9854af91-3195-2741-f38c-5f92d5c5cb67	PAGADO
514	COL-2023-930653	74	66	Colegiatura octubre 2023	2023-10	5200.00	0.00	2023-10-10	2023-10-05 18:30:28-06	DOMICILIACION	76670489713947631209	014320004818270590	\N	4d8395ea-e1ec-8910-b35c-4deca11ed939	PAGADO
515	COL-2023-076962	74	66	Colegiatura noviembre 2023	2023-11	5200.00	0.00	2023-11-10	2023-11-04 21:17:04-06	TARJETA	34460782569465358979	\N	9056	720d6a0c-ca61-6223-024c-04491c8879f8	PAGADO
516	COL-2023-653457	74	66	Colegiatura diciembre 2023	2023-12	5200.00	0.00	2023-12-10	2023-12-09 14:24:15-06	SPEI	80671861966807810094	014320004818270590	\N	3c1d3aed-1807-91d7-f761-5ceb7631b09d	PAGADO
517	COL-2024-693790	74	66	Colegiatura enero 2024	2024-01	5200.00	260.00	2024-01-10	2024-01-20 08:58:18-06	EFECTIVO_CAJA	84357491199674800870	\N	\N	bc7d2b43-c21b-f77c-7383-37decce2a0e1	PAGADO
518	COL-2024-726365	74	66	Colegiatura febrero 2024	2024-02	5200.00	0.00	2024-02-10	2024-02-05 21:56:19-06	SPEI	27618409560926602287	014320004818270590	\N	f3ef2617-6506-a7a2-0199-5d5beb869754	PAGADO
519	COL-2023-883795	75	66	Inscripción ciclo 2023-2024	2023-08	8360.00	0.00	2023-08-10	2023-08-07 19:52:02-06	SPEI	04107764620422155782	036180866737022117	\N	7e475c85-602f-5fdf-c7c7-8d4a4a679f7f	PAGADO
520	COL-2023-623848	75	66	Colegiatura septiembre 2023	2023-09	6840.00	0.00	2023-09-10	2023-09-07 15:29:53-06	SPEI	39270480780113527301	036180866737022117	\N	a0d84bf5-44a6-28e0-2089-25a4d08b3e91	PAGADO
521	COL-2023-661812	75	66	Colegiatura octubre 2023	2023-10	6840.00	342.00	2023-10-10	2023-10-17 15:13:04-06	SPEI	08262153328285260750	036180866737022117	\N	7f107d42-cfbc-7855-5725-1f405b600dc1	PAGADO
522	COL-2023-508587	75	66	Colegiatura noviembre 2023	2023-11	6840.00	342.00	2023-11-10	2023-11-18 07:47:06-06	DOMICILIACION	24199414663664635918	036180866737022117	\N	00701aae-7257-cc8a-2838-0a2371d325f4	PAGADO
523	COL-2023-818190	75	66	Colegiatura diciembre 2023	2023-12	6840.00	342.00	2023-12-10	2023-12-22 15:17:17-06	DOMICILIACION	69160178608675661007	036180866737022117	\N	cbb27acc-d01e-977c-3820-8e5b55b921f1	PAGADO
524	COL-2024-404696	75	66	Colegiatura enero 2024	2024-01	6840.00	342.00	2024-01-10	2024-01-19 07:55:59-06	TARJETA	79555023697813957587	\N	2387	871c3ddd-0385-5bb8-c6f6-5e46587624e0	PAGADO
525	COL-2024-749681	75	66	Colegiatura febrero 2024	2024-02	6840.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
526	COL-2023-428774	76	66	Inscripción ciclo 2023-2024	2023-08	8360.00	0.00	2023-08-10	2023-08-04 14:26:17-06	DOMICILIACION	17312002145648989499	012650774437604109	\N	a011cda5-f670-9ef8-e363-f07be428368a	PAGADO
527	COL-2023-019184	76	66	Colegiatura septiembre 2023	2023-09	6460.00	0.00	2023-09-10	2023-09-09 09:10:25-06	DOMICILIACION	69811936314492319605	012650774437604109	\N	fef3fde1-c7e7-919f-518f-e72f9688331b	PAGADO
528	COL-2023-849365	76	66	Colegiatura octubre 2023	2023-10	6460.00	0.00	2023-10-10	2023-10-02 11:46:55-06	SPEI	46822072258688893051	012650774437604109	\N	00999d67-eb38-e232-9e73-8d04cb4c6b74	PAGADO
529	COL-2023-513373	76	66	Colegiatura noviembre 2023	2023-11	6460.00	323.00	2023-11-10	2023-11-15 09:15:41-06	TARJETA	60093588023687305007	\N	5443	e839c9f3-aec6-ef51-6745-bbe98d80b9cd	PAGADO
530	COL-2023-842693	76	66	Colegiatura diciembre 2023	2023-12	6460.00	323.00	2023-12-10	2023-12-21 09:42:43-06	SPEI	32056151065654513839	012650774437604109	\N	0dddd12f-be76-7c87-1392-86bf607d34a1	PAGADO
531	COL-2024-359470	76	66	Colegiatura enero 2024	2024-01	6460.00	323.00	2024-01-10	2024-01-12 08:21:02-06	DOMICILIACION	79886119734389142389	012650774437604109	\N	85da9efe-48ad-4eec-3c30-71c8178c47d0	PAGADO
532	COL-2024-473542	76	66	Colegiatura febrero 2024	2024-02	6460.00	323.00	2024-02-10	2024-02-16 13:51:39-06	TARJETA	59544281481719951471	\N	7355	28116756-6e74-7025-0662-dec37cf20889	PAGADO
533	COL-2023-758811	77	67	Inscripción ciclo 2023-2024	2023-08	7535.00	376.75	2023-08-10	2023-08-16 09:10:13-06	DOMICILIACION	79195179359123939316	127650848851816132	\N	fa94b38e-05f4-9804-a8ad-a26eaf526c80	PAGADO
534	COL-2023-374620	77	67	Colegiatura septiembre 2023	2023-09	6850.00	0.00	2023-09-10	2023-09-07 08:01:14-06	SPEI	72519023658488066940	127650848851816132	\N	f7343306-274b-fa99-2b55-7de9ace91968	PAGADO
535	COL-2023-054758	77	67	Colegiatura octubre 2023	2023-10	6850.00	0.00	2023-10-10	2023-10-03 20:04:03-06	SPEI	38043025872356412564	127650848851816132	\N	c5cfed6b-b505-0675-872d-c865f6df4394	PAGADO
536	COL-2023-012036	77	67	Colegiatura noviembre 2023	2023-11	6850.00	0.00	2023-11-10	2023-11-09 13:39:06-06	SPEI	46080528899098100697	127650848851816132	\N	bbf23512-8e25-3b37-f9db-0870f7d6a9ed	PAGADO
537	COL-2023-798879	77	67	Colegiatura diciembre 2023	2023-12	6850.00	0.00	2023-12-10	\N	\N	\N	\N	\N	\N	VENCIDO
538	COL-2024-034233	77	67	Colegiatura enero 2024	2024-01	6850.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
539	COL-2024-550712	77	67	Colegiatura febrero 2024	2024-02	6850.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
540	COL-2023-243961	78	69	Inscripción ciclo 2023-2024	2023-08	9240.00	0.00	2023-08-10	2023-08-04 13:25:38-06	OXXO	87443320776213097548	\N	\N	7b977340-8104-7539-2e3f-e28f89c7c06f	PAGADO
541	COL-2023-073873	78	69	Colegiatura septiembre 2023	2023-09	4200.00	0.00	2023-09-10	2023-09-06 07:20:00-06	TARJETA	22839722076398560023	\N	1647	3eb24773-fafb-39cf-365c-a6b5a8f96b16	PAGADO
542	COL-2023-700618	78	69	Colegiatura octubre 2023	2023-10	4200.00	0.00	2023-10-10	2023-10-07 15:10:24-06	SPEI	69376707155226214687	072650164817414912	\N	fbd5c9a0-a435-be94-ea14-33d51be851c1	PAGADO
543	COL-2023-267125	78	69	Colegiatura noviembre 2023	2023-11	4200.00	210.00	2023-11-10	2023-11-16 15:45:45-06	EFECTIVO_CAJA	53058735430369072808	\N	\N	55f98783-e3fb-f8c8-f0fb-7508c25d8f5b	PAGADO
544	COL-2023-598040	78	69	Colegiatura diciembre 2023	2023-12	4200.00	0.00	2023-12-10	2023-12-07 16:18:07-06	SPEI	01169036626610484850	072650164817414912	\N	fd40f8ac-4774-75f4-0e5d-669e44b115a8	PAGADO
545	COL-2024-386474	78	69	Colegiatura enero 2024	2024-01	4200.00	210.00	2024-01-10	2024-01-22 10:33:01-06	SPEI	40488034819935180093	072650164817414912	\N	f747b8b3-55ea-3b5e-35bf-366a0899d27a	PAGADO
546	COL-2024-935365	78	69	Colegiatura febrero 2024	2024-02	4200.00	210.00	2024-02-10	2024-02-16 09:58:42-06	TARJETA	64059838697821316566	\N	5275	afc4c2c2-e97c-32d0-c754-03ccfda5cdbe	PAGADO
547	COL-2023-690893	79	71	Inscripción ciclo 2023-2024	2023-08	9240.00	0.00	2023-08-10	2023-08-10 10:23:47-06	SPEI	01142319755237064041	127320413084239717	\N	57a2e5de-0041-03d6-fae0-ebcba7420202	PAGADO
548	COL-2023-916410	79	71	Colegiatura septiembre 2023	2023-09	8400.00	420.00	2023-09-10	2023-09-12 09:02:39-06	SPEI	95200538278729258751	127320413084239717	\N	0310fe86-952d-3370-bfdc-6037866288db	PAGADO
549	COL-2023-780548	79	71	Colegiatura octubre 2023	2023-10	8400.00	0.00	2023-10-10	2023-10-01 07:06:36-06	OXXO	97950374088460500561	\N	\N	5a270bca-97d6-2ca5-b955-eb0296c88204	PAGADO
550	COL-2023-794725	79	71	Colegiatura noviembre 2023	2023-11	8400.00	420.00	2023-11-10	2023-11-17 11:08:06-06	DOMICILIACION	62524679832223314585	127320413084239717	\N	06844d8e-66d8-bd6b-b57b-77463c324b8c	PAGADO
551	COL-2023-428485	79	71	Colegiatura diciembre 2023	2023-12	8400.00	420.00	2023-12-10	2023-12-15 16:30:28-06	DOMICILIACION	04354055719256263625	127320413084239717	\N	5b551c1a-feea-e573-ead9-4bb63afaba25	PAGADO
552	COL-2024-313178	79	71	Colegiatura enero 2024	2024-01	8400.00	0.00	2024-01-10	2024-01-10 11:22:19-06	DOMICILIACION	83375141456771624615	127320413084239717	\N	decf076e-992e-e916-7341-bf36724b7264	PAGADO
553	COL-2024-642702	79	71	Colegiatura febrero 2024	2024-02	8400.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
554	COL-2023-607713	80	71	Inscripción ciclo 2023-2024	2023-08	7535.00	0.00	2023-08-10	2023-08-06 09:08:56-06	SPEI	05615599949286796602	021320774678964343	\N	bfb429b4-ce70-39e8-6870-96e76ec4f9ac	PAGADO
555	COL-2023-370906	80	71	Colegiatura septiembre 2023	2023-09	6850.00	342.50	2023-09-10	2023-09-17 14:30:35-06	TARJETA	19090631144581990064	\N	8746	b052685c-7e5a-abe0-f991-6b296e970c16	PAGADO
556	COL-2023-121446	80	71	Colegiatura octubre 2023	2023-10	6850.00	342.50	2023-10-10	2023-10-18 16:39:06-06	DOMICILIACION	68702181761198537518	021320774678964343	\N	fd36c5a8-1dd9-7123-72b8-d1ce03993fb0	PAGADO
557	COL-2023-549179	80	71	Colegiatura noviembre 2023	2023-11	6850.00	0.00	2023-11-10	2023-11-05 11:23:49-06	TARJETA	33590519908812667986	\N	2386	e667f474-2998-2d30-1f05-0109226cbf14	PAGADO
558	COL-2023-045455	80	71	Colegiatura diciembre 2023	2023-12	6850.00	342.50	2023-12-10	2023-12-17 14:18:08-06	SPEI	46694741469085617733	021320774678964343	\N	45f0262b-ebf0-8f78-4a3d-aae7eed1c2b4	PAGADO
559	COL-2024-214879	80	71	Colegiatura enero 2024	2024-01	6850.00	342.50	2024-01-10	2024-01-17 16:32:52-06	SPEI	60797964402901160053	021320774678964343	\N	4de7b8cd-f5fa-1761-33f8-f7897a6714c2	PAGADO
560	COL-2024-040553	80	71	Colegiatura febrero 2024	2024-02	6850.00	342.50	2024-02-10	2024-02-14 09:50:45-06	SPEI	69433430801511219523	021320774678964343	\N	9334d53d-baf3-3d99-030c-e426f65ef9a4	PAGADO
561	COL-2023-204080	81	73	Inscripción ciclo 2023-2024	2023-08	8360.00	418.00	2023-08-10	2023-08-14 17:20:51-06	DOMICILIACION	63183119058429226190	002010953920083682	\N	0b9a2362-219a-bb83-efeb-1b0654f1d87f	PAGADO
562	COL-2023-208204	81	73	Colegiatura septiembre 2023	2023-09	7600.00	0.00	2023-09-10	2023-09-04 10:43:00-06	SPEI	81256369525021688405	002010953920083682	\N	0ff20d76-12e2-f2e4-642f-c72725ce54f4	PAGADO
563	COL-2023-092829	81	73	Colegiatura octubre 2023	2023-10	7600.00	380.00	2023-10-10	2023-10-18 11:23:35-06	TARJETA	58898417666611978184	\N	2146	9752e3e9-654f-93bb-a2a8-c38d3aa0492e	PAGADO
564	COL-2023-527328	81	73	Colegiatura noviembre 2023	2023-11	7600.00	380.00	2023-11-10	2023-11-11 10:07:21-06	TARJETA	39184691741053404135	\N	2781	3e1ef688-1601-0819-ab62-a629b3a49a6b	PAGADO
565	COL-2023-585799	81	73	Colegiatura diciembre 2023	2023-12	7600.00	380.00	2023-12-10	2023-12-12 12:44:49-06	TARJETA	86197169710969149469	\N	7608	13f29769-e83b-7188-125f-e29a859d13f3	PAGADO
566	COL-2024-609404	81	73	Colegiatura enero 2024	2024-01	7600.00	380.00	2024-01-10	2024-01-20 12:13:11-06	EFECTIVO_CAJA	22890510136196228051	\N	\N	70a725cf-b0fb-ff31-bb72-f3b3c9491dfd	PAGADO
567	COL-2024-078801	81	73	Colegiatura febrero 2024	2024-02	7600.00	0.00	2024-02-10	2024-02-09 13:36:52-06	DOMICILIACION	19667061286915838562	002010953920083682	\N	2bffdf2d-99b5-74f5-373f-5b9fe69bb249	PAGADO
568	COL-2023-320316	82	73	Inscripción ciclo 2023-2024	2023-08	5720.00	0.00	2023-08-10	2023-08-07 08:47:42-06	SPEI	93127899945667022641	058010801751304924	\N	57d9a7c6-f8ed-e4f5-ea51-c66c4adb09c7	PAGADO
569	COL-2023-114386	82	73	Colegiatura septiembre 2023	2023-09	4420.00	0.00	2023-09-10	2023-09-06 16:27:20-06	SPEI	55583725505877747307	058010801751304924	\N	c105fde8-7ab5-e21b-8e1c-05ee6a661f91	PAGADO
570	COL-2023-764307	82	73	Colegiatura octubre 2023	2023-10	4420.00	221.00	2023-10-10	2023-10-20 18:37:10-06	DOMICILIACION	78056460256561923055	058010801751304924	\N	cb8d8d8b-77e7-1d7c-e676-31cdba484c9e	PAGADO
571	COL-2023-871730	82	73	Colegiatura noviembre 2023	2023-11	4420.00	221.00	2023-11-10	2023-11-18 18:29:10-06	DOMICILIACION	99904654173814270265	058010801751304924	\N	6315fe63-ea25-f08c-094f-24effd721151	PAGADO
572	COL-2023-051009	82	73	Colegiatura diciembre 2023	2023-12	4420.00	0.00	2023-12-10	\N	\N	\N	\N	\N	\N	VENCIDO
573	COL-2024-247196	82	73	Colegiatura enero 2024	2024-01	4420.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
574	COL-2024-916964	82	73	Colegiatura febrero 2024	2024-02	4420.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
575	COL-2023-610634	83	75	Inscripción ciclo 2023-2024	2023-08	5720.00	286.00	2023-08-10	2023-08-22 16:09:12-06	OXXO	71944904698359969072	\N	\N	8c8b0a60-7f3c-3663-effa-69398f254546	PAGADO
576	COL-2023-369451	83	75	Colegiatura septiembre 2023	2023-09	5200.00	0.00	2023-09-10	2023-09-05 20:32:18-06	SPEI	31744751209055554428	072320776613269487	\N	7c98f052-0558-1b03-014e-a8959334995f	PAGADO
577	COL-2023-710511	83	75	Colegiatura octubre 2023	2023-10	5200.00	0.00	2023-10-10	2023-10-07 21:41:22-06	TARJETA	20851716359801230624	\N	1208	7d493c98-4f73-779f-8fd4-06b7f70fbba7	PAGADO
578	COL-2023-952988	83	75	Colegiatura noviembre 2023	2023-11	5200.00	0.00	2023-11-10	2023-11-10 19:01:16-06	EFECTIVO_CAJA	14500765290961699777	\N	\N	4b57c7ae-bb49-11e2-3fb8-555d4aa1358e	PAGADO
579	COL-2023-942527	83	75	Colegiatura diciembre 2023	2023-12	5200.00	0.00	2023-12-10	2023-12-10 13:36:35-06	TARJETA	09959419724248240670	\N	2301	92897c92-0a83-254a-2f62-d7ca8a0f3af3	PAGADO
580	COL-2024-013011	83	75	Colegiatura enero 2024	2024-01	5200.00	0.00	2024-01-10	2024-01-02 07:26:39-06	TARJETA	81797241652920566606	\N	4112	b385ec07-0abc-69f6-51f1-5acf5e10c9c7	PAGADO
581	COL-2024-818143	83	75	Colegiatura febrero 2024	2024-02	5200.00	0.00	2024-02-10	2024-02-08 13:15:13-06	TARJETA	00565799811195580971	\N	3939	77a4319e-c9a8-3d01-83dc-b0bf905e4e36	PAGADO
582	COL-2023-938510	84	75	Inscripción ciclo 2023-2024	2023-08	9240.00	462.00	2023-08-10	2023-08-21 22:09:35-06	DOMICILIACION	59554141196926007047	072010295909155805	\N	4b13f714-bfe6-7394-7ec4-7c2f70d322d9	PAGADO
583	COL-2023-785031	84	75	Colegiatura septiembre 2023	2023-09	8400.00	0.00	2023-09-10	2023-09-01 16:18:53-06	DOMICILIACION	86810817365985761649	072010295909155805	\N	4fc360b6-b99c-ff15-2581-4d393bc4bb92	PAGADO
584	COL-2023-001650	84	75	Colegiatura octubre 2023	2023-10	8400.00	420.00	2023-10-10	2023-10-16 18:44:54-06	EFECTIVO_CAJA	95569635000905967847	\N	\N	dde517ed-a272-62ed-3a53-8283bafec992	PAGADO
585	COL-2023-494296	84	75	Colegiatura noviembre 2023	2023-11	8400.00	0.00	2023-11-10	2023-11-02 15:41:03-06	SPEI	79205791459352593179	072010295909155805	\N	b80a181b-0495-f8f5-8802-876b1ac9c305	PAGADO
586	COL-2023-838193	84	75	Colegiatura diciembre 2023	2023-12	8400.00	420.00	2023-12-10	2023-12-19 21:04:08-06	TARJETA	14942662382297495416	\N	5515	38f6d7f6-e4c0-658a-a967-8e4c7655693d	PAGADO
587	COL-2024-152588	84	75	Colegiatura enero 2024	2024-01	8400.00	0.00	2024-01-10	2024-01-03 12:29:28-06	EFECTIVO_CAJA	40727446849316782326	\N	\N	237890ba-e5e6-e4ee-1195-15d7d7219075	PAGADO
588	COL-2024-402504	84	75	Colegiatura febrero 2024	2024-02	8400.00	0.00	2024-02-10	2024-02-06 21:42:04-06	SPEI	00766598380480067976	072010295909155805	\N	682dbaff-ba19-6e85-b27b-aa5735e976bd	PAGADO
589	COL-2023-887606	85	77	Inscripción ciclo 2023-2024	2023-08	9240.00	462.00	2023-08-10	2023-08-17 13:04:29-06	TARJETA	48156194105815747218	\N	8833	67a49a78-1435-698a-7278-eb939999bcbe	PAGADO
590	COL-2023-749106	85	77	Colegiatura septiembre 2023	2023-09	4200.00	0.00	2023-09-10	2023-09-03 12:56:32-06	TARJETA	68958168392663420083	\N	2413	baae5d69-d7e6-3e4e-ad05-318ce94dd883	PAGADO
591	COL-2023-108217	85	77	Colegiatura octubre 2023	2023-10	4200.00	210.00	2023-10-10	2023-10-18 21:10:26-06	TARJETA	55644646873693659327	\N	2600	23442d96-a74b-88f2-ac2d-10e02ca7621b	PAGADO
592	COL-2023-902473	85	77	Colegiatura noviembre 2023	2023-11	4200.00	0.00	2023-11-10	2023-11-05 21:11:03-06	TARJETA	88010744977083896840	\N	1445	a28fef1a-0542-6530-ee51-69c4877770b3	PAGADO
593	COL-2023-745208	85	77	Colegiatura diciembre 2023	2023-12	4200.00	210.00	2023-12-10	2023-12-13 08:30:09-06	OXXO	17390429658015880026	\N	\N	92b6e908-c45f-ccd4-df50-ea470fa7edce	PAGADO
594	COL-2024-388418	85	77	Colegiatura enero 2024	2024-01	4200.00	210.00	2024-01-10	2024-01-17 21:34:42-06	EFECTIVO_CAJA	48369481946636429892	\N	\N	14d552a8-30ad-be8e-2ef9-bb9a0c422197	PAGADO
595	COL-2024-992708	85	77	Colegiatura febrero 2024	2024-02	4200.00	210.00	2024-02-10	2024-02-12 12:40:32-06	SPEI	91885654338168852246	137010525704645947	\N	1e009fb9-1ad8-2738-8e2c-062bdbd2b8ad	PAGADO
596	COL-2023-606298	86	77	Inscripción ciclo 2023-2024	2023-08	7535.00	376.75	2023-08-10	2023-08-11 09:47:24-06	SPEI	41998045260983951956	072180877464735979	\N	267d5791-2250-613a-9cfd-84f4365a0c60	PAGADO
597	COL-2023-099761	86	77	Colegiatura septiembre 2023	2023-09	5137.50	256.88	2023-09-10	2023-09-20 17:41:21-06	SPEI	88988982612638312726	072180877464735979	\N	e5d2c4eb-2a72-f23c-fbc7-1b0527b84430	PAGADO
598	COL-2023-558982	86	77	Colegiatura octubre 2023	2023-10	5137.50	256.88	2023-10-10	2023-10-16 07:33:13-06	SPEI	01099389826135780729	072180877464735979	\N	ed9869ee-4935-df3b-4128-a6e9b65e3cef	PAGADO
599	COL-2023-737241	86	77	Colegiatura noviembre 2023	2023-11	5137.50	256.88	2023-11-10	2023-11-12 19:38:18-06	SPEI	83222054302792279668	072180877464735979	\N	f58c1961-a0da-a743-6a0d-772e429e4be7	PAGADO
600	COL-2023-997838	86	77	Colegiatura diciembre 2023	2023-12	5137.50	0.00	2023-12-10	2023-12-03 07:45:43-06	TARJETA	63371332470315443777	\N	2365	aeba6aeb-9ce2-43e6-d52b-d3d9eb9aca26	PAGADO
601	COL-2024-037777	86	77	Colegiatura enero 2024	2024-01	5137.50	256.88	2024-01-10	2024-01-18 18:12:49-06	SPEI	41535995708880835810	072180877464735979	\N	55587c05-ffad-7a7d-e4b9-89400ede8e05	PAGADO
602	COL-2024-651965	86	77	Colegiatura febrero 2024	2024-02	5137.50	0.00	2024-02-10	2024-02-02 08:48:03-06	SPEI	27116933003061077704	072180877464735979	\N	4b9040dd-99b9-b3ea-00a1-3f79844bf1ec	PAGADO
603	COL-2023-621537	87	79	Inscripción ciclo 2023-2024	2023-08	7535.00	0.00	2023-08-10	2023-08-01 09:10:34-06	EFECTIVO_CAJA	76797109443890927567	\N	\N	1de4f591-9418-ea96-5aff-8c95ddcf946f	PAGADO
604	COL-2023-955687	87	79	Colegiatura septiembre 2023	2023-09	3425.00	171.25	2023-09-10	2023-09-13 13:45:24-06	DOMICILIACION	61609343919991621556	021180273201657768	\N	cd5f37b6-b030-1369-be84-615de4fcf321	PAGADO
605	COL-2023-097597	87	79	Colegiatura octubre 2023	2023-10	3425.00	171.25	2023-10-10	2023-10-17 18:31:26-06	SPEI	71675073228777755318	021180273201657768	\N	a1fb8868-37f6-e655-156f-8bf12bfb2800	PAGADO
606	COL-2023-673037	87	79	Colegiatura noviembre 2023	2023-11	3425.00	171.25	2023-11-10	2023-11-20 07:45:45-06	TARJETA	88173766009908868863	\N	7369	317aa33b-e8d9-ad65-69f5-2e76d6247248	PAGADO
607	COL-2023-833088	87	79	Colegiatura diciembre 2023	2023-12	3425.00	171.25	2023-12-10	2023-12-12 13:56:12-06	SPEI	11448634006419085305	021180273201657768	\N	b387cebe-5bf5-45d7-76cb-fbc4612d6dec	PAGADO
608	COL-2024-252801	87	79	Colegiatura enero 2024	2024-01	3425.00	171.25	2024-01-10	2024-01-12 20:00:32-06	DOMICILIACION	83259918724339882234	021180273201657768	\N	00ab7436-455e-78cb-4a1d-8f0535f26ec2	PAGADO
609	COL-2024-477709	87	79	Colegiatura febrero 2024	2024-02	3425.00	0.00	2024-02-10	2024-02-08 13:02:42-06	SPEI	62736163312473013351	021180273201657768	\N	fa2848ef-8362-d7c3-e759-2900ed35660f	PAGADO
610	COL-2023-052185	88	79	Inscripción ciclo 2023-2024	2023-08	7535.00	0.00	2023-08-10	2023-08-05 18:12:11-06	TARJETA	99741170137060618312	\N	3314	780ddb76-d4b0-5a48-ce02-129546271bb4	PAGADO
611	COL-2023-065927	88	79	Colegiatura septiembre 2023	2023-09	6850.00	0.00	2023-09-10	2023-09-07 18:30:13-06	SPEI	78711411560106932125	058320815065410785	\N	69627ae8-6aa6-b2dc-5c9b-39d18bb5c9da	PAGADO
612	COL-2023-716475	88	79	Colegiatura octubre 2023	2023-10	6850.00	0.00	2023-10-10	2023-10-08 10:19:51-06	SPEI	98572263450527244678	058320815065410785	\N	7143a39e-afe8-6fbf-21c1-a3c84163cfb1	PAGADO
613	COL-2023-283340	88	79	Colegiatura noviembre 2023	2023-11	6850.00	0.00	2023-11-10	2023-11-03 17:07:55-06	DOMICILIACION	25081705704789602756	058320815065410785	\N	b6d46ada-44f3-42d5-2bfb-8c4db04eb5c8	PAGADO
614	COL-2023-380361	88	79	Colegiatura diciembre 2023	2023-12	6850.00	0.00	2023-12-10	2023-12-03 17:06:24-06	SPEI	15228100472927565574	058320815065410785	\N	933e9b30-cd32-32cc-02ec-3c14285e7edf	PAGADO
615	COL-2024-752306	88	79	Colegiatura enero 2024	2024-01	6850.00	342.50	2024-01-10	2024-01-22 09:47:15-06	SPEI	95188975163331347052	058320815065410785	\N	e4de0532-e376-f986-d678-9fe9d24be998	PAGADO
616	COL-2024-124365	88	79	Colegiatura febrero 2024	2024-02	6850.00	342.50	2024-02-10	2024-02-13 08:36:05-06	OXXO	17755470789432533827	\N	\N	58aa067a-7731-ebe8-4ea5-7273264247e1	PAGADO
617	COL-2023-534636	89	79	Inscripción ciclo 2023-2024	2023-08	8360.00	0.00	2023-08-10	2023-08-05 08:45:07-06	DOMICILIACION	09037018903492272367	021010868255636126	\N	ae66c237-2941-354c-030b-ed6d8a931fac	PAGADO
618	COL-2023-155607	89	79	Colegiatura septiembre 2023	2023-09	3800.00	0.00	2023-09-10	2023-09-04 20:12:30-06	SPEI	47527870318453107813	021010868255636126	\N	854fdf96-f69e-8062-bdcd-e43c613e5504	PAGADO
619	COL-2023-043355	89	79	Colegiatura octubre 2023	2023-10	3800.00	190.00	2023-10-10	2023-10-17 16:16:34-06	DOMICILIACION	83888629448100611918	021010868255636126	\N	29ceeeba-f4f5-c05b-6a6f-a6419ad2fe70	PAGADO
620	COL-2023-753695	89	79	Colegiatura noviembre 2023	2023-11	3800.00	0.00	2023-11-10	2023-11-03 07:17:09-06	TARJETA	49611338505583526521	\N	7337	3c0210bd-20d1-e1ba-676b-7c0cded49c30	PAGADO
621	COL-2023-525355	89	79	Colegiatura diciembre 2023	2023-12	3800.00	0.00	2023-12-10	2023-12-03 11:32:26-06	SPEI	22480251443532604120	021010868255636126	\N	654db200-88af-faa5-e6a8-32b3b28961b3	PAGADO
622	COL-2024-788613	89	79	Colegiatura enero 2024	2024-01	3800.00	0.00	2024-01-10	2024-01-03 13:38:19-06	SPEI	87178675409127431653	021010868255636126	\N	6c8c6310-9210-fbce-ac0a-82957366bcfd	PAGADO
623	COL-2024-797518	89	79	Colegiatura febrero 2024	2024-02	3800.00	0.00	2024-02-10	2024-02-08 11:38:05-06	DOMICILIACION	05526441772409675194	021010868255636126	\N	a5e4d810-506d-4664-1c39-49dadc9d223d	PAGADO
624	COL-2023-307081	90	81	Inscripción ciclo 2023-2024	2023-08	7535.00	0.00	2023-08-10	2023-08-05 13:17:37-06	TARJETA	26520090221736942283	\N	8891	4902d3b4-46dd-53e1-62d7-35b487bcfdb7	PAGADO
625	COL-2023-547253	90	81	Colegiatura septiembre 2023	2023-09	5822.50	291.12	2023-09-10	2023-09-12 15:46:36-06	EFECTIVO_CAJA	63254924432415166739	\N	\N	2a3a86b6-18e2-510a-5cc0-ca963218c635	PAGADO
626	COL-2023-086151	90	81	Colegiatura octubre 2023	2023-10	5822.50	0.00	2023-10-10	2023-10-01 09:37:13-06	DOMICILIACION	81664536569696202755	036180376627688928	\N	970e96ec-e97f-ea15-35b9-cb213d8dd98f	PAGADO
627	COL-2023-306389	90	81	Colegiatura noviembre 2023	2023-11	5822.50	291.12	2023-11-10	2023-11-16 17:44:48-06	OXXO	06324750236633156311	\N	\N	8fa7dfa1-9039-626a-4edd-3eef219e3cc6	PAGADO
628	COL-2023-589321	90	81	Colegiatura diciembre 2023	2023-12	5822.50	291.12	2023-12-10	2023-12-16 07:50:27-06	TARJETA	22106540523656041631	\N	7928	ef296b78-a00f-1a03-275e-34f3506a9d4c	PAGADO
629	COL-2024-771459	90	81	Colegiatura enero 2024	2024-01	5822.50	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
630	COL-2024-218566	90	81	Colegiatura febrero 2024	2024-02	5822.50	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
631	COL-2023-047683	91	81	Inscripción ciclo 2023-2024	2023-08	8360.00	418.00	2023-08-10	2023-08-15 14:18:42-06	SPEI	86921274332240902511	012580789537853203	\N	fe05cf5d-747e-1fe9-adc2-f70b4f5dd29c	PAGADO
632	COL-2023-174303	91	81	Colegiatura septiembre 2023	2023-09	6840.00	342.00	2023-09-10	2023-09-18 18:37:01-06	TARJETA	13655193996170951436	\N	6935	65263d37-0e81-dc91-7db0-3b570c86b9a5	PAGADO
633	COL-2023-748803	91	81	Colegiatura octubre 2023	2023-10	6840.00	342.00	2023-10-10	2023-10-22 13:52:15-06	DOMICILIACION	12834763430136438562	012580789537853203	\N	8e307dbc-e98e-98d4-213d-c07f9eddf841	PAGADO
634	COL-2023-149036	91	81	Colegiatura noviembre 2023	2023-11	6840.00	0.00	2023-11-10	2023-11-03 18:26:38-06	DOMICILIACION	15793974345562978202	012580789537853203	\N	65921f06-4518-7b60-8cd0-1c58853395d2	PAGADO
635	COL-2023-762657	91	81	Colegiatura diciembre 2023	2023-12	6840.00	0.00	2023-12-10	\N	\N	\N	\N	\N	\N	VENCIDO
636	COL-2024-792862	91	81	Colegiatura enero 2024	2024-01	6840.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
637	COL-2024-498948	91	81	Colegiatura febrero 2024	2024-02	6840.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
638	COL-2023-047758	92	82	Inscripción ciclo 2023-2024	2023-08	8360.00	418.00	2023-08-10	2023-08-16 19:44:05-06	SPEI	65487499526391512086	072320052792369786	\N	cfa2af26-d81a-0038-33a8-f3edfdd8e0e8	PAGADO
639	COL-2023-291936	92	82	Colegiatura septiembre 2023	2023-09	3800.00	190.00	2023-09-10	2023-09-21 15:46:33-06	SPEI	46723238368531523980	072320052792369786	\N	b5b70c09-a8d5-7b54-94c4-33264c097416	PAGADO
640	COL-2023-840154	92	82	Colegiatura octubre 2023	2023-10	3800.00	190.00	2023-10-10	2023-10-16 15:27:16-06	SPEI	70277248493596483671	072320052792369786	\N	624de01e-745e-e47d-da5e-4fb37e6d57b8	PAGADO
641	COL-2023-321210	92	82	Colegiatura noviembre 2023	2023-11	3800.00	190.00	2023-11-10	2023-11-21 20:37:43-06	SPEI	91204718424957944504	072320052792369786	\N	5bb61b46-f58b-c1aa-70b2-48c587b58228	PAGADO
642	COL-2023-317325	92	82	Colegiatura diciembre 2023	2023-12	3800.00	0.00	2023-12-10	\N	\N	\N	\N	\N	\N	VENCIDO
643	COL-2024-248135	92	82	Colegiatura enero 2024	2024-01	3800.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
644	COL-2024-308713	92	82	Colegiatura febrero 2024	2024-02	3800.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
645	COL-2023-794585	93	82	Inscripción ciclo 2023-2024	2023-08	5720.00	286.00	2023-08-10	2023-08-15 11:39:40-06	DOMICILIACION	11891857776127587554	127180060245402484	\N	a81f317f-13b6-376f-87fa-fdbf23067f90	PAGADO
646	COL-2023-477406	93	82	Colegiatura septiembre 2023	2023-09	2600.00	0.00	2023-09-10	2023-09-02 15:06:02-06	SPEI	96719353023467484586	127180060245402484	\N	bfd0950c-5f3a-324d-e696-7374984f6823	PAGADO
647	COL-2023-023165	93	82	Colegiatura octubre 2023	2023-10	2600.00	0.00	2023-10-10	2023-10-01 13:49:28-06	EFECTIVO_CAJA	41966893251875560118	\N	\N	b883d4e6-4f53-5913-6f34-412d35efa571	PAGADO
648	COL-2023-212448	93	82	Colegiatura noviembre 2023	2023-11	2600.00	130.00	2023-11-10	2023-11-19 07:16:45-06	SPEI	31002480277768288282	127180060245402484	\N	b58569a8-d0b0-db4b-b3f6-0570fdb12e4d	PAGADO
649	COL-2023-856410	93	82	Colegiatura diciembre 2023	2023-12	2600.00	0.00	2023-12-10	2023-12-03 18:34:51-06	DOMICILIACION	18058272715870648190	127180060245402484	\N	069f5cb0-14c0-8c65-4998-1ed55507521c	PAGADO
650	COL-2024-660073	93	82	Colegiatura enero 2024	2024-01	2600.00	130.00	2024-01-10	2024-01-17 15:41:00-06	SPEI	99737567343937409426	127180060245402484	\N	89947465-0a8e-402e-a197-75786c621a3a	PAGADO
651	COL-2024-502563	93	82	Colegiatura febrero 2024	2024-02	2600.00	130.00	2024-02-10	2024-02-21 08:56:34-06	TARJETA	84924801918001479616	\N	7347	42769241-5e87-30ac-2f63-012fa91b4bc9	PAGADO
652	COL-2023-534017	94	83	Inscripción ciclo 2023-2024	2023-08	7535.00	0.00	2023-08-10	2023-08-01 13:14:24-06	DOMICILIACION	56312639099552843260	021320790434653649	\N	05fc735c-2de2-e746-31c7-ab83c984eada	PAGADO
653	COL-2023-129014	94	83	Colegiatura septiembre 2023	2023-09	6850.00	0.00	2023-09-10	2023-09-09 07:41:29-06	SPEI	11712322755513792378	021320790434653649	\N	0a22c5d2-dbd7-a228-4129-dc796e4d4df5	PAGADO
654	COL-2023-266769	94	83	Colegiatura octubre 2023	2023-10	6850.00	0.00	2023-10-10	2023-10-09 13:22:35-06	TARJETA	28253969822928828913	\N	7298	a1138c1f-dd6c-8506-944c-4c5381d403c7	PAGADO
655	COL-2023-831349	94	83	Colegiatura noviembre 2023	2023-11	6850.00	342.50	2023-11-10	2023-11-18 11:56:55-06	TARJETA	83555243511341610395	\N	9311	48fbe588-a88b-f3a2-2132-e704f7061e1e	PAGADO
656	COL-2023-769093	94	83	Colegiatura diciembre 2023	2023-12	6850.00	0.00	2023-12-10	2023-12-03 10:25:22-06	DOMICILIACION	51340733630478446040	021320790434653649	\N	4e7565f0-5dca-e5e0-e468-6c8ea67a8e61	PAGADO
657	COL-2024-936042	94	83	Colegiatura enero 2024	2024-01	6850.00	342.50	2024-01-10	2024-01-16 16:37:59-06	DOMICILIACION	12091021931063693395	021320790434653649	\N	d32305a6-0ee6-1184-faf3-4971c20f6011	PAGADO
658	COL-2024-848519	94	83	Colegiatura febrero 2024	2024-02	6850.00	342.50	2024-02-10	2024-02-14 18:58:26-06	SPEI	96933969590313143724	021320790434653649	\N	34c001f7-a65d-7551-08b6-95003e55ef32	PAGADO
659	COL-2023-596895	95	85	Inscripción ciclo 2023-2024	2023-08	7535.00	376.75	2023-08-10	2023-08-13 12:00:16-06	OXXO	51128502578601039621	\N	\N	d2187801-178e-b18b-5519-de157bcafb88	PAGADO
660	COL-2023-836740	95	85	Colegiatura septiembre 2023	2023-09	5822.50	291.12	2023-09-10	2023-09-14 13:58:43-06	SPEI	81910711568579873369	137650218675301252	\N	4f4f5185-115d-df84-4aae-14e39d41c45a	PAGADO
661	COL-2023-824098	95	85	Colegiatura octubre 2023	2023-10	5822.50	291.12	2023-10-10	2023-10-18 10:22:00-06	TARJETA	56916006860388730352	\N	3867	775d6fbf-826c-825d-d48e-09d30a775b10	PAGADO
662	COL-2023-139436	95	85	Colegiatura noviembre 2023	2023-11	5822.50	291.12	2023-11-10	2023-11-12 08:17:31-06	SPEI	96552367375376407714	137650218675301252	\N	e29572e4-4049-0a18-64f5-fc2587d8070d	PAGADO
663	COL-2023-998224	95	85	Colegiatura diciembre 2023	2023-12	5822.50	0.00	2023-12-10	\N	\N	\N	\N	\N	\N	VENCIDO
664	COL-2024-507557	95	85	Colegiatura enero 2024	2024-01	5822.50	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
665	COL-2024-167838	95	85	Colegiatura febrero 2024	2024-02	5822.50	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
666	COL-2023-061850	96	86	Inscripción ciclo 2023-2024	2023-08	8360.00	0.00	2023-08-10	2023-08-09 08:31:56-06	SPEI	20759888513510682799	014580318204116150	\N	458fc086-6ade-cb4d-3412-1b9298f2288d	PAGADO
667	COL-2023-375422	96	86	Colegiatura septiembre 2023	2023-09	7600.00	0.00	2023-09-10	2023-09-09 17:33:08-06	SPEI	90530170614657840070	014580318204116150	\N	9a99b711-b222-8a16-30df-3b155963ff8d	PAGADO
668	COL-2023-710149	96	86	Colegiatura octubre 2023	2023-10	7600.00	380.00	2023-10-10	2023-10-21 11:34:15-06	DOMICILIACION	13244499601184944190	014580318204116150	\N	cbc6dac4-b2a9-d56b-3ed5-3dcf0073d181	PAGADO
669	COL-2023-609611	96	86	Colegiatura noviembre 2023	2023-11	7600.00	380.00	2023-11-10	2023-11-22 07:31:48-06	TARJETA	78685130679897593379	\N	9246	8045ffa8-0332-aace-4932-e5e3f4a1d07f	PAGADO
670	COL-2023-441330	96	86	Colegiatura diciembre 2023	2023-12	7600.00	0.00	2023-12-10	2023-12-06 14:28:25-06	EFECTIVO_CAJA	37562024279505441797	\N	\N	9b7d1230-fd72-e733-314d-b6162b091081	PAGADO
671	COL-2024-976641	96	86	Colegiatura enero 2024	2024-01	7600.00	0.00	2024-01-10	2024-01-10 19:46:47-06	OXXO	28691131719108535224	\N	\N	fe145851-bc42-7a74-336f-a228582749f7	PAGADO
672	COL-2024-771362	96	86	Colegiatura febrero 2024	2024-02	7600.00	380.00	2024-02-10	2024-02-17 17:16:54-06	DOMICILIACION	93246739831446046954	014580318204116150	\N	1c353e77-6cee-f170-2739-77d1fb46496f	PAGADO
673	COL-2023-130515	97	87	Inscripción ciclo 2023-2024	2023-08	8360.00	0.00	2023-08-10	2023-08-09 08:16:40-06	OXXO	56414717240620184698	\N	\N	21024d75-4714-0699-4a57-6ed59baf6646	PAGADO
674	COL-2023-225140	97	87	Colegiatura septiembre 2023	2023-09	5700.00	0.00	2023-09-10	2023-09-07 08:21:15-06	SPEI	11556199014942429168	036010930317821734	\N	5321e8c1-5119-347f-49b0-fa92dfe236f1	PAGADO
675	COL-2023-314929	97	87	Colegiatura octubre 2023	2023-10	5700.00	0.00	2023-10-10	2023-10-06 18:44:50-06	DOMICILIACION	96503640754252713153	036010930317821734	\N	e3587949-5883-5387-26a8-a8989166f6b0	PAGADO
676	COL-2023-132581	97	87	Colegiatura noviembre 2023	2023-11	5700.00	0.00	2023-11-10	2023-11-08 14:20:08-06	DOMICILIACION	81844132411991871830	036010930317821734	\N	672982bc-8958-a1d8-1c10-a208b0fdd36a	PAGADO
677	COL-2023-094878	97	87	Colegiatura diciembre 2023	2023-12	5700.00	285.00	2023-12-10	2023-12-14 12:40:29-06	OXXO	93518639594831546293	\N	\N	1439feca-9532-ab4d-a6d4-35cb4a4e0115	PAGADO
678	COL-2024-015293	97	87	Colegiatura enero 2024	2024-01	5700.00	0.00	2024-01-10	2024-01-04 16:17:52-06	TARJETA	91863644809723865946	\N	8762	44b772eb-b971-7454-4b84-6c9bbd96410e	PAGADO
679	COL-2024-070228	97	87	Colegiatura febrero 2024	2024-02	5700.00	285.00	2024-02-10	2024-02-22 13:26:34-06	SPEI	27420588540577688640	036010930317821734	\N	aa5e46a4-f00b-db72-3cea-775d76d89823	PAGADO
680	COL-2023-734777	98	89	Inscripción ciclo 2023-2024	2023-08	9240.00	0.00	2023-08-10	2023-08-01 11:25:03-06	SPEI	55055407280553853209	021580941220569840	\N	87434405-eec7-069e-20a0-f5d5283f25c3	PAGADO
681	COL-2023-204379	98	89	Colegiatura septiembre 2023	2023-09	6300.00	0.00	2023-09-10	2023-09-07 15:36:55-06	SPEI	46449640868395799076	021580941220569840	\N	48c739d7-5710-655f-c929-340899671059	PAGADO
682	COL-2023-868912	98	89	Colegiatura octubre 2023	2023-10	6300.00	0.00	2023-10-10	2023-10-08 14:53:36-06	SPEI	57643432423984256927	021580941220569840	\N	8f746ee7-2a02-4264-196e-a81c61d12371	PAGADO
683	COL-2023-330974	98	89	Colegiatura noviembre 2023	2023-11	6300.00	0.00	2023-11-10	2023-11-06 22:27:57-06	EFECTIVO_CAJA	72068515027135441475	\N	\N	27989f84-bc90-bbc2-7525-d4a6b6f5d2d3	PAGADO
684	COL-2023-585838	98	89	Colegiatura diciembre 2023	2023-12	6300.00	0.00	2023-12-10	2023-12-06 21:49:52-06	SPEI	78075747396501285949	021580941220569840	\N	114f6452-0b91-75bc-13d3-c3f923271e46	PAGADO
685	COL-2024-349407	98	89	Colegiatura enero 2024	2024-01	6300.00	0.00	2024-01-10	2024-01-09 08:51:21-06	OXXO	83521425135063999728	\N	\N	8639c578-5e16-feb3-d4e2-cbb683cd4d1b	PAGADO
686	COL-2024-283951	98	89	Colegiatura febrero 2024	2024-02	6300.00	315.00	2024-02-10	2024-02-21 11:49:12-06	SPEI	15906596584356985060	021580941220569840	\N	8ca0a88b-5ee8-7f2e-fe19-a7660f5c8663	PAGADO
687	COL-2023-304989	99	89	Inscripción ciclo 2023-2024	2023-08	5720.00	286.00	2023-08-10	2023-08-17 18:20:43-06	TARJETA	08398832230879458018	\N	4211	86fe5619-e907-bdae-d6c0-9fdbe3c25724	PAGADO
688	COL-2023-469672	99	89	Colegiatura septiembre 2023	2023-09	4420.00	0.00	2023-09-10	2023-09-05 08:09:58-06	SPEI	81726188677741977480	021180692293326138	\N	118ad3ef-e8f3-80e2-2935-e12ea9cb4ff6	PAGADO
689	COL-2023-366972	99	89	Colegiatura octubre 2023	2023-10	4420.00	221.00	2023-10-10	2023-10-16 21:16:44-06	TARJETA	95257234098657812786	\N	0048	d45d5aef-096d-74a7-f97e-bcbf0e415082	PAGADO
690	COL-2023-936618	99	89	Colegiatura noviembre 2023	2023-11	4420.00	0.00	2023-11-10	2023-11-10 20:08:27-06	DOMICILIACION	72881055235036506213	021180692293326138	\N	78bc01fb-23d0-92e3-0fe4-a5322d97e991	PAGADO
691	COL-2023-710322	99	89	Colegiatura diciembre 2023	2023-12	4420.00	221.00	2023-12-10	2023-12-19 15:20:07-06	OXXO	62446633283763650781	\N	\N	12e7e58e-ea23-e9e4-31a1-127cb7a34b88	PAGADO
692	COL-2024-800588	99	89	Colegiatura enero 2024	2024-01	4420.00	221.00	2024-01-10	2024-01-12 20:35:00-06	SPEI	48023094398122438475	021180692293326138	\N	933fb797-7e19-4136-b476-a5a41971793e	PAGADO
693	COL-2024-525653	99	89	Colegiatura febrero 2024	2024-02	4420.00	221.00	2024-02-10	2024-02-19 18:43:56-06	TARJETA	45076462787690653638	\N	4881	8b09025b-0a38-544c-9c5d-adec6e150a73	PAGADO
694	COL-2023-700538	100	91	Inscripción ciclo 2023-2024	2023-08	5720.00	0.00	2023-08-10	2023-08-06 15:15:23-06	TARJETA	76992033202053959862	\N	4688	aae942be-b041-a913-193d-2677ff8a3a3e	PAGADO
695	COL-2023-465863	100	91	Colegiatura septiembre 2023	2023-09	5200.00	0.00	2023-09-10	2023-09-07 16:50:30-06	SPEI	97637906545933006999	021180105588516111	\N	47ae5dd1-5a8a-d3c3-2cd2-e4f355215c5a	PAGADO
696	COL-2023-894399	100	91	Colegiatura octubre 2023	2023-10	5200.00	260.00	2023-10-10	2023-10-22 15:05:12-06	TARJETA	27402468795343834886	\N	6862	c716f083-e50c-b2fa-8a14-0380d5037b80	PAGADO
697	COL-2023-234220	100	91	Colegiatura noviembre 2023	2023-11	5200.00	260.00	2023-11-10	2023-11-16 07:47:00-06	SPEI	43039439703565620944	021180105588516111	\N	29cc68b5-86cb-09e0-fb98-430a186ce37a	PAGADO
698	COL-2023-932246	100	91	Colegiatura diciembre 2023	2023-12	5200.00	260.00	2023-12-10	2023-12-16 09:05:49-06	SPEI	37895625264222182822	021180105588516111	\N	c5135a1a-f079-338f-1620-6b72211b6e39	PAGADO
699	COL-2024-458438	100	91	Colegiatura enero 2024	2024-01	5200.00	0.00	2024-01-10	2024-01-02 22:29:26-06	DOMICILIACION	89593750381666893008	021180105588516111	\N	73959dce-5fc7-3b44-23a9-e8116eca5792	PAGADO
700	COL-2024-693040	100	91	Colegiatura febrero 2024	2024-02	5200.00	0.00	2024-02-10	2024-02-10 17:23:00-06	TARJETA	50301504219506234772	\N	5387	a6ee9c9b-8571-401f-b523-1fe1aeeb8d38	PAGADO
701	COL-2023-198813	101	93	Inscripción ciclo 2023-2024	2023-08	9240.00	462.00	2023-08-10	2023-08-13 14:40:46-06	TARJETA	98146828059443943210	\N	4637	6151321e-ea65-b1c8-b362-89c71f919f69	PAGADO
702	COL-2023-512899	101	93	Colegiatura septiembre 2023	2023-09	8400.00	0.00	2023-09-10	2023-09-02 14:39:01-06	TARJETA	72805448598744071418	\N	5508	271e4cca-7b22-a3dd-7a09-d2ec86a7c9e6	PAGADO
703	COL-2023-467468	101	93	Colegiatura octubre 2023	2023-10	8400.00	420.00	2023-10-10	2023-10-17 19:14:45-06	TARJETA	39115325860600465071	\N	1221	2b8183bf-4294-163f-8d53-5875b059c5f1	PAGADO
704	COL-2023-335329	101	93	Colegiatura noviembre 2023	2023-11	8400.00	0.00	2023-11-10	2023-11-05 11:28:16-06	SPEI	69030940756412751708	127650964770611321	\N	c775fa71-9370-b19d-91af-6ceed1fc993a	PAGADO
705	COL-2023-100096	101	93	Colegiatura diciembre 2023	2023-12	8400.00	420.00	2023-12-10	2023-12-19 19:51:47-06	TARJETA	16524460413664447931	\N	4110	861301f2-1af3-6ec8-ff40-c599c899fd6e	PAGADO
706	COL-2024-599046	101	93	Colegiatura enero 2024	2024-01	8400.00	0.00	2024-01-10	2024-01-01 21:49:00-06	SPEI	85631549242779488986	127650964770611321	\N	7d85e342-f0b9-7302-3bbd-c5fde6382b6c	PAGADO
707	COL-2024-843343	101	93	Colegiatura febrero 2024	2024-02	8400.00	0.00	2024-02-10	2024-02-04 15:32:53-06	TARJETA	96539956267320292439	\N	4380	9308c5fa-a880-b715-5a0e-99b08afe3326	PAGADO
708	COL-2023-757482	102	93	Inscripción ciclo 2023-2024	2023-08	8360.00	0.00	2023-08-10	2023-08-05 18:02:09-06	EFECTIVO_CAJA	11381354619721861736	\N	\N	e9e6474b-13dd-73b1-d4b1-d70537135f61	PAGADO
709	COL-2023-668300	102	93	Colegiatura septiembre 2023	2023-09	7600.00	380.00	2023-09-10	2023-09-19 21:53:06-06	SPEI	37970069604624803977	021580740836926447	\N	7ba84457-5925-b6d0-31ec-300a87ac72a3	PAGADO
710	COL-2023-678964	102	93	Colegiatura octubre 2023	2023-10	7600.00	0.00	2023-10-10	2023-10-01 15:11:28-06	DOMICILIACION	42214350697384006697	021580740836926447	\N	e6f0dbc3-b368-a6ae-91ae-5ee90ffdc7f7	PAGADO
711	COL-2023-583485	102	93	Colegiatura noviembre 2023	2023-11	7600.00	380.00	2023-11-10	2023-11-21 07:15:35-06	DOMICILIACION	12527513882732848007	021580740836926447	\N	9be71c53-e79c-99f1-8084-cac1819a9399	PAGADO
712	COL-2023-643066	102	93	Colegiatura diciembre 2023	2023-12	7600.00	0.00	2023-12-10	2023-12-08 08:32:42-06	SPEI	57990212643439791520	021580740836926447	\N	f2a421c3-d72c-e158-054d-fb8145c69e9e	PAGADO
713	COL-2024-612869	102	93	Colegiatura enero 2024	2024-01	7600.00	380.00	2024-01-10	2024-01-19 22:29:39-06	DOMICILIACION	62352303670761554099	021580740836926447	\N	1684b9d6-1fdb-785c-00f3-f4e2c03f94bd	PAGADO
714	COL-2024-413959	102	93	Colegiatura febrero 2024	2024-02	7600.00	0.00	2024-02-10	2024-02-10 22:30:15-06	SPEI	07059617035744580530	021580740836926447	\N	503875c0-4110-9ac1-a6a5-7036f0fb412d	PAGADO
715	COL-2023-792392	103	93	Inscripción ciclo 2023-2024	2023-08	9240.00	0.00	2023-08-10	2023-08-04 14:19:48-06	TARJETA	90624617020601478732	\N	4926	ea90f405-e0ac-8187-7147-29dcefb94848	PAGADO
716	COL-2023-928154	103	93	Colegiatura septiembre 2023	2023-09	8400.00	0.00	2023-09-10	2023-09-09 08:42:24-06	SPEI	76984978878948385224	127320710141748433	\N	c11e3436-fca4-ca8b-9a25-2cf43b7a7e92	PAGADO
717	COL-2023-190505	103	93	Colegiatura octubre 2023	2023-10	8400.00	0.00	2023-10-10	2023-10-07 13:41:31-06	DOMICILIACION	65321506017875461715	127320710141748433	\N	6d727044-86be-3036-d105-5a7ec053bbbe	PAGADO
718	COL-2023-977973	103	93	Colegiatura noviembre 2023	2023-11	8400.00	420.00	2023-11-10	2023-11-15 11:02:19-06	SPEI	03564123571696532693	127320710141748433	\N	6ac476a2-2afa-970c-a4cd-636b7c8de55e	PAGADO
719	COL-2023-132289	103	93	Colegiatura diciembre 2023	2023-12	8400.00	420.00	2023-12-10	2023-12-18 10:23:53-06	DOMICILIACION	41708321624946240054	127320710141748433	\N	4d2369b9-3d87-2c83-5e11-caf082199c4f	PAGADO
720	COL-2024-196676	103	93	Colegiatura enero 2024	2024-01	8400.00	420.00	2024-01-10	2024-01-15 18:04:10-06	TARJETA	18871531585141055607	\N	6263	cd63d37a-b134-6114-6de9-cb3477f6afbc	PAGADO
721	COL-2024-898880	103	93	Colegiatura febrero 2024	2024-02	8400.00	0.00	2024-02-10	2024-02-07 20:25:55-06	DOMICILIACION	29815757824081479544	127320710141748433	\N	0a1ef5c9-53a1-7b06-87d0-ecafa22deb32	PAGADO
722	COL-2023-680056	104	94	Inscripción ciclo 2023-2024	2023-08	9240.00	0.00	2023-08-10	2023-08-05 19:52:41-06	SPEI	25876422857301441404	014010993287530185	\N	ff0f31f3-543a-74f1-445f-eff604d170e9	PAGADO
723	COL-2023-129123	104	94	Colegiatura septiembre 2023	2023-09	7140.00	0.00	2023-09-10	2023-09-07 19:35:16-06	SPEI	43045077476268679162	014010993287530185	\N	4b3c7836-6fb7-5cc5-7796-fca284e70f82	PAGADO
724	COL-2023-212324	104	94	Colegiatura octubre 2023	2023-10	7140.00	357.00	2023-10-10	2023-10-20 13:11:06-06	DOMICILIACION	30489938041333385218	014010993287530185	\N	92f61a95-32bc-e1d4-67fa-90b7b2559fdf	PAGADO
725	COL-2023-763610	104	94	Colegiatura noviembre 2023	2023-11	7140.00	0.00	2023-11-10	2023-11-04 09:25:28-06	TARJETA	37061041699183471129	\N	9823	5418b4f2-6cff-3d00-9928-8130d925e7e6	PAGADO
726	COL-2023-832887	104	94	Colegiatura diciembre 2023	2023-12	7140.00	357.00	2023-12-10	2023-12-11 08:53:17-06	SPEI	13955992420618765092	014010993287530185	\N	79070895-adee-1d69-2ad6-148c946c86b7	PAGADO
727	COL-2024-770920	104	94	Colegiatura enero 2024	2024-01	7140.00	0.00	2024-01-10	2024-01-05 17:08:20-06	SPEI	27716081868881041039	014010993287530185	\N	006f1d66-d0f8-298e-c631-8fe28a1a403c	PAGADO
728	COL-2024-724266	104	94	Colegiatura febrero 2024	2024-02	7140.00	357.00	2024-02-10	2024-02-12 12:44:04-06	OXXO	59854928272887588379	\N	\N	38dc7a23-b5e0-44e7-6bb3-39fd9abed4df	PAGADO
729	COL-2023-877822	105	94	Inscripción ciclo 2023-2024	2023-08	7535.00	376.75	2023-08-10	2023-08-22 15:57:45-06	DOMICILIACION	97520575784625772618	021580049371132730	\N	528b6906-3012-29db-5a7b-7e6cb2479123	PAGADO
730	COL-2023-540562	105	94	Colegiatura septiembre 2023	2023-09	5822.50	0.00	2023-09-10	2023-09-07 16:31:44-06	SPEI	47584784673425520349	021580049371132730	\N	bd86ea1a-8b02-2d80-4807-55a5248df7a3	PAGADO
731	COL-2023-569186	105	94	Colegiatura octubre 2023	2023-10	5822.50	291.12	2023-10-10	2023-10-11 17:16:09-06	SPEI	91439871248608361218	021580049371132730	\N	d20bcb3f-35d7-e6b9-b3ef-7cd8b0cc849d	PAGADO
732	COL-2023-404313	105	94	Colegiatura noviembre 2023	2023-11	5822.50	0.00	2023-11-10	2023-11-05 22:29:52-06	SPEI	71981285506167676272	021580049371132730	\N	bb378abe-292f-c3de-1173-f6c4aaeaf611	PAGADO
733	COL-2023-529028	105	94	Colegiatura diciembre 2023	2023-12	5822.50	291.12	2023-12-10	2023-12-21 11:44:15-06	TARJETA	51651292470790576271	\N	3226	c3a39453-9a29-8d05-7d6d-7793ea7507b1	PAGADO
734	COL-2024-533591	105	94	Colegiatura enero 2024	2024-01	5822.50	291.12	2024-01-10	2024-01-20 08:53:33-06	SPEI	61967721756684189133	021580049371132730	\N	cc950231-b88c-507a-8d32-2a9cca846553	PAGADO
735	COL-2024-593446	105	94	Colegiatura febrero 2024	2024-02	5822.50	291.12	2024-02-10	2024-02-11 14:25:35-06	TARJETA	63320426179267264002	\N	1854	401f5ac2-0148-8be2-594a-f23aaaacb3dd	PAGADO
736	COL-2023-664186	106	96	Inscripción ciclo 2023-2024	2023-08	5720.00	286.00	2023-08-10	2023-08-19 21:01:16-06	SPEI	08730047019876204946	036580907987207610	\N	d8f93c8f-8537-b17f-f4bc-0ed36c130689	PAGADO
737	COL-2023-065162	106	96	Colegiatura septiembre 2023	2023-09	5200.00	0.00	2023-09-10	2023-09-05 16:15:25-06	SPEI	62906068544636604146	036580907987207610	\N	57505760-e432-7e16-9ebf-1ec7beb4db16	PAGADO
738	COL-2023-012775	106	96	Colegiatura octubre 2023	2023-10	5200.00	0.00	2023-10-10	2023-10-05 13:35:30-06	SPEI	00416014588287959523	036580907987207610	\N	3a6ee7b2-2b76-0ec8-ff53-d3cfabdb9906	PAGADO
739	COL-2023-561280	106	96	Colegiatura noviembre 2023	2023-11	5200.00	260.00	2023-11-10	2023-11-21 10:19:27-06	TARJETA	94516685300928729656	\N	2257	153d82da-7af9-3cab-9db8-284b873d44c3	PAGADO
740	COL-2023-467196	106	96	Colegiatura diciembre 2023	2023-12	5200.00	260.00	2023-12-10	2023-12-19 14:13:14-06	TARJETA	29663867974105799361	\N	2835	f30183b4-55d0-8459-8693-675bb9c7c0d9	PAGADO
741	COL-2024-138459	106	96	Colegiatura enero 2024	2024-01	5200.00	0.00	2024-01-10	2024-01-05 20:24:48-06	SPEI	83700224985245553512	036580907987207610	\N	68e6bb78-e1b6-92f7-9716-81e0570dc390	PAGADO
742	COL-2024-463022	106	96	Colegiatura febrero 2024	2024-02	5200.00	260.00	2024-02-10	2024-02-14 20:17:46-06	OXXO	15839238092497618225	\N	\N	09d8fe86-21b3-6db4-b2e6-4cd7c7f040a1	PAGADO
743	COL-2023-457818	107	96	Inscripción ciclo 2023-2024	2023-08	7535.00	0.00	2023-08-10	2023-08-05 21:42:10-06	OXXO	02455253277827833069	\N	\N	a1e3bb7b-45ea-c0d7-1a43-8acaf07a9c95	PAGADO
744	COL-2023-473788	107	96	Colegiatura septiembre 2023	2023-09	6850.00	0.00	2023-09-10	2023-09-05 17:27:54-06	TARJETA	18717517045479069771	\N	3183	db4dd760-6021-fb6a-f133-1e85645ed740	PAGADO
745	COL-2023-282944	107	96	Colegiatura octubre 2023	2023-10	6850.00	0.00	2023-10-10	2023-10-10 14:41:39-06	OXXO	09353657246067190988	\N	\N	2e924a8c-2d77-c819-b46e-d0cf9381cd75	PAGADO
746	COL-2023-665389	107	96	Colegiatura noviembre 2023	2023-11	6850.00	342.50	2023-11-10	2023-11-13 16:04:33-06	SPEI	85091125457309450901	021650001718932160	\N	a73d6610-54cf-9eed-d140-786986f86de5	PAGADO
747	COL-2023-552743	107	96	Colegiatura diciembre 2023	2023-12	6850.00	0.00	2023-12-10	2023-12-02 09:24:30-06	TARJETA	37074780469818624205	\N	9488	62f64b1a-5c76-edda-76ee-c330ddc60f1f	PAGADO
748	COL-2024-116044	107	96	Colegiatura enero 2024	2024-01	6850.00	342.50	2024-01-10	2024-01-18 17:24:19-06	SPEI	66277219832503875407	021650001718932160	\N	7ed0d77c-594d-6f3c-53e1-08fa4f084a77	PAGADO
749	COL-2024-416394	107	96	Colegiatura febrero 2024	2024-02	6850.00	342.50	2024-02-10	2024-02-16 19:42:09-06	TARJETA	35515770015585747807	\N	0230	0ecf1939-0858-cc38-0c6d-af8f63098092	PAGADO
750	COL-2023-101823	108	96	Inscripción ciclo 2023-2024	2023-08	9240.00	462.00	2023-08-10	2023-08-21 18:52:46-06	EFECTIVO_CAJA	88391981595279627573	\N	\N	48c66ebd-2a81-d167-4a3c-5e6231ab2fde	PAGADO
751	COL-2023-665543	108	96	Colegiatura septiembre 2023	2023-09	8400.00	420.00	2023-09-10	2023-09-16 21:43:49-06	DOMICILIACION	20161015533054330994	137650044954504106	\N	2029d54e-34ef-cab6-f233-7055bd123089	PAGADO
752	COL-2023-838480	108	96	Colegiatura octubre 2023	2023-10	8400.00	0.00	2023-10-10	2023-10-01 22:23:08-06	SPEI	36815451846998611191	137650044954504106	\N	a6b89af7-63f2-f505-c7ed-fa306f90db21	PAGADO
753	COL-2023-643440	108	96	Colegiatura noviembre 2023	2023-11	8400.00	0.00	2023-11-10	2023-11-01 13:44:59-06	SPEI	17268839757154889940	137650044954504106	\N	d790b08c-149e-1f58-c95e-b8e846cbd378	PAGADO
754	COL-2023-274670	108	96	Colegiatura diciembre 2023	2023-12	8400.00	0.00	2023-12-10	\N	\N	\N	\N	\N	\N	VENCIDO
755	COL-2024-877991	108	96	Colegiatura enero 2024	2024-01	8400.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
756	COL-2024-755408	108	96	Colegiatura febrero 2024	2024-02	8400.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
757	COL-2023-482839	109	98	Inscripción ciclo 2023-2024	2023-08	8360.00	418.00	2023-08-10	2023-08-18 19:04:25-06	SPEI	03783728078009676946	036580576863868643	\N	d4899496-dd9e-2a19-f2c1-d95060a3fab5	PAGADO
758	COL-2023-235297	109	98	Colegiatura septiembre 2023	2023-09	6460.00	0.00	2023-09-10	2023-09-02 20:14:18-06	SPEI	83408674656793335763	036580576863868643	\N	6623bd01-9fb3-602d-c8c1-7a34a882ebc2	PAGADO
759	COL-2023-717071	109	98	Colegiatura octubre 2023	2023-10	6460.00	323.00	2023-10-10	2023-10-12 17:36:10-06	TARJETA	79788551122909756797	\N	9022	7d758049-bf68-10a3-c820-62f8a7bfcb5a	PAGADO
760	COL-2023-644744	109	98	Colegiatura noviembre 2023	2023-11	6460.00	0.00	2023-11-10	2023-11-08 09:21:16-06	SPEI	45789946093602967774	036580576863868643	\N	d18956ea-b66f-9f18-d838-03654d13c95d	PAGADO
761	COL-2023-992478	109	98	Colegiatura diciembre 2023	2023-12	6460.00	0.00	2023-12-10	2023-12-04 22:36:17-06	DOMICILIACION	81841412292169607290	036580576863868643	\N	fbca0739-4887-2edc-143e-06fdb78a6dd0	PAGADO
762	COL-2024-455041	109	98	Colegiatura enero 2024	2024-01	6460.00	323.00	2024-01-10	2024-01-17 09:52:43-06	DOMICILIACION	70680918116588303877	036580576863868643	\N	cd2fa37b-a913-9d04-ce2a-a893ef0041c3	PAGADO
763	COL-2024-717136	109	98	Colegiatura febrero 2024	2024-02	6460.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
764	COL-2023-285822	110	99	Inscripción ciclo 2023-2024	2023-08	5720.00	0.00	2023-08-10	2023-08-01 11:33:50-06	TARJETA	84508128353634273704	\N	2584	c4112b54-a602-4a23-0638-a0a4f0fc73ee	PAGADO
765	COL-2023-107627	110	99	Colegiatura septiembre 2023	2023-09	5200.00	0.00	2023-09-10	2023-09-02 15:34:33-06	TARJETA	54988406127200365682	\N	9643	7bf5a38b-fdee-707c-7696-602c1b000f24	PAGADO
766	COL-2023-704259	110	99	Colegiatura octubre 2023	2023-10	5200.00	260.00	2023-10-10	2023-10-15 07:48:06-06	SPEI	29173517275914479257	014650069448331873	\N	508739ae-68d6-d313-f9d6-0d16ccbf0f19	PAGADO
767	COL-2023-304945	110	99	Colegiatura noviembre 2023	2023-11	5200.00	0.00	2023-11-10	2023-11-06 11:04:04-06	OXXO	52846183584320201578	\N	\N	f4005994-bc63-4c87-2fc0-838037473886	PAGADO
768	COL-2023-375533	110	99	Colegiatura diciembre 2023	2023-12	5200.00	0.00	2023-12-10	2023-12-09 22:21:49-06	SPEI	63243038859162766175	014650069448331873	\N	455dd17b-ff32-b45a-90ec-e6f5be121a48	PAGADO
769	COL-2024-898287	110	99	Colegiatura enero 2024	2024-01	5200.00	260.00	2024-01-10	2024-01-19 21:17:55-06	TARJETA	83566848392454172687	\N	3106	f6c562c7-83ff-2d96-f997-1cbb08759e8b	PAGADO
770	COL-2024-872652	110	99	Colegiatura febrero 2024	2024-02	5200.00	260.00	2024-02-10	2024-02-12 08:38:53-06	SPEI	50489094842779344281	014650069448331873	\N	fac1c08a-d506-19bf-8ad8-e35913a0390c	PAGADO
771	COL-2023-608041	111	99	Inscripción ciclo 2023-2024	2023-08	7535.00	0.00	2023-08-10	2023-08-09 11:43:36-06	EFECTIVO_CAJA	22424725594630389532	\N	\N	b615564b-35f3-9c0b-1635-4e30dd2ef7b2	PAGADO
772	COL-2023-480108	111	99	Colegiatura septiembre 2023	2023-09	6850.00	0.00	2023-09-10	2023-09-01 15:04:00-06	TARJETA	84315293099975157171	\N	3036	c70665e6-82d3-07e6-1e3e-fc53cc25d851	PAGADO
773	COL-2023-598838	111	99	Colegiatura octubre 2023	2023-10	6850.00	0.00	2023-10-10	2023-10-08 11:44:30-06	DOMICILIACION	33383147897128491959	072320385061030662	\N	6ce3254a-42b1-1d77-10e3-16d3f5b4ce27	PAGADO
774	COL-2023-581399	111	99	Colegiatura noviembre 2023	2023-11	6850.00	0.00	2023-11-10	2023-11-08 19:47:08-06	TARJETA	54334805139695700971	\N	4526	f802bbf1-ea1a-69bd-ee7b-fe5a1c5d2e58	PAGADO
775	COL-2023-836046	111	99	Colegiatura diciembre 2023	2023-12	6850.00	0.00	2023-12-10	2023-12-06 12:37:00-06	EFECTIVO_CAJA	63189806301244160971	\N	\N	405e848f-a985-7540-3f79-69b12c39f59e	PAGADO
776	COL-2024-266793	111	99	Colegiatura enero 2024	2024-01	6850.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
777	COL-2024-944374	111	99	Colegiatura febrero 2024	2024-02	6850.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
778	COL-2023-453608	112	100	Inscripción ciclo 2023-2024	2023-08	7535.00	376.75	2023-08-10	2023-08-13 19:09:00-06	DOMICILIACION	18150145372510048043	127010179552597328	\N	b0caf3a0-ca83-0fff-8f3d-65b8ffbe7332	PAGADO
779	COL-2023-449256	112	100	Colegiatura septiembre 2023	2023-09	6850.00	0.00	2023-09-10	2023-09-06 22:19:56-06	OXXO	69312722169084838402	\N	\N	eedadd48-6602-6483-ac89-eeedb3b62110	PAGADO
780	COL-2023-390827	112	100	Colegiatura octubre 2023	2023-10	6850.00	0.00	2023-10-10	2023-10-07 22:51:37-06	SPEI	84961452212106430973	127010179552597328	\N	fb39160e-4a6d-4911-1d5a-0c2fd3b41693	PAGADO
781	COL-2023-210274	112	100	Colegiatura noviembre 2023	2023-11	6850.00	0.00	2023-11-10	2023-11-07 07:30:29-06	SPEI	54247057291713858497	127010179552597328	\N	e28a9ac0-8ac8-95e9-0e10-9d60cde3b8da	PAGADO
782	COL-2023-567206	112	100	Colegiatura diciembre 2023	2023-12	6850.00	0.00	2023-12-10	\N	\N	\N	\N	\N	\N	VENCIDO
783	COL-2024-499671	112	100	Colegiatura enero 2024	2024-01	6850.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
784	COL-2024-977435	112	100	Colegiatura febrero 2024	2024-02	6850.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
785	COL-2023-191198	113	100	Inscripción ciclo 2023-2024	2023-08	8360.00	0.00	2023-08-10	2023-08-03 08:16:34-06	OXXO	28766271545080586871	\N	\N	aa5c8c8d-8a2a-26ba-cfea-17884526a8a9	PAGADO
786	COL-2023-074922	113	100	Colegiatura septiembre 2023	2023-09	5700.00	285.00	2023-09-10	2023-09-20 09:17:34-06	TARJETA	24657571735126869625	\N	8361	4c6128cb-afcf-8208-e5a1-49525f335c77	PAGADO
787	COL-2023-139382	113	100	Colegiatura octubre 2023	2023-10	5700.00	0.00	2023-10-10	2023-10-10 18:19:50-06	SPEI	01515349760911773250	036650294069868701	\N	5785fd6d-5f62-70a1-21b7-f685988efcb6	PAGADO
788	COL-2023-844317	113	100	Colegiatura noviembre 2023	2023-11	5700.00	0.00	2023-11-10	2023-11-04 17:14:50-06	TARJETA	20615791332653548769	\N	3886	b1e8db77-b6b3-ba90-1b28-7e0c5c23eb51	PAGADO
789	COL-2023-234163	113	100	Colegiatura diciembre 2023	2023-12	5700.00	0.00	2023-12-10	2023-12-02 22:32:13-06	DOMICILIACION	10804958603184994705	036650294069868701	\N	ca6eeb22-fe24-70cb-e6e7-126c64745bc0	PAGADO
790	COL-2024-910305	113	100	Colegiatura enero 2024	2024-01	5700.00	285.00	2024-01-10	2024-01-22 12:08:04-06	SPEI	68391979547115964501	036650294069868701	\N	c044db98-1c7f-c381-4de5-d7c27341591a	PAGADO
791	COL-2024-698902	113	100	Colegiatura febrero 2024	2024-02	5700.00	285.00	2024-02-10	2024-02-19 15:47:15-06	OXXO	86707610603276927768	\N	\N	3175010b-574c-5dc1-53a8-75c0ec4c3bff	PAGADO
792	COL-2023-379453	114	102	Inscripción ciclo 2023-2024	2023-08	8360.00	418.00	2023-08-10	2023-08-17 07:09:32-06	SPEI	05054162967430782213	044650207960695612	\N	e519fff1-3c63-ff42-5deb-cf7429b24a5b	PAGADO
793	COL-2023-092255	114	102	Colegiatura septiembre 2023	2023-09	7600.00	380.00	2023-09-10	2023-09-20 22:34:19-06	SPEI	69261728581590622990	044650207960695612	\N	c7e88263-9ee9-09b3-88e1-ff98f1ac9e21	PAGADO
794	COL-2023-689456	114	102	Colegiatura octubre 2023	2023-10	7600.00	0.00	2023-10-10	2023-10-02 16:08:45-06	EFECTIVO_CAJA	87882949846469372472	\N	\N	6fff653d-97ff-9762-402b-6e573bf9e891	PAGADO
795	COL-2023-594345	114	102	Colegiatura noviembre 2023	2023-11	7600.00	380.00	2023-11-10	2023-11-16 22:30:28-06	TARJETA	39995855757187868810	\N	5171	d7077ad7-67d5-0aa3-a4f3-c1ccfff0a6f2	PAGADO
796	COL-2023-538475	114	102	Colegiatura diciembre 2023	2023-12	7600.00	380.00	2023-12-10	2023-12-17 07:30:11-06	SPEI	43568503472087599511	044650207960695612	\N	750698e2-287c-280d-1d54-02b2d189b817	PAGADO
797	COL-2024-935507	114	102	Colegiatura enero 2024	2024-01	7600.00	380.00	2024-01-10	2024-01-20 11:29:13-06	OXXO	44010309820648089305	\N	\N	1c169b95-e6ae-6945-912d-d9ca1cd9b346	PAGADO
798	COL-2024-643050	114	102	Colegiatura febrero 2024	2024-02	7600.00	0.00	2024-02-10	2024-02-07 18:46:15-06	DOMICILIACION	43335775458323010457	044650207960695612	\N	87c79752-246a-c71a-75b7-843bdd13f1a1	PAGADO
799	COL-2023-224997	115	102	Inscripción ciclo 2023-2024	2023-08	9240.00	462.00	2023-08-10	2023-08-17 16:16:31-06	SPEI	27670910040614012337	014580469454529488	\N	75ebb8e4-0d72-705d-d0c9-a93e36944b9a	PAGADO
800	COL-2023-300324	115	102	Colegiatura septiembre 2023	2023-09	4200.00	210.00	2023-09-10	2023-09-18 20:19:44-06	TARJETA	04229754422362864272	\N	2805	2adf59be-6e77-aa93-495d-adeda3e1b788	PAGADO
801	COL-2023-298629	115	102	Colegiatura octubre 2023	2023-10	4200.00	210.00	2023-10-10	2023-10-21 10:44:39-06	SPEI	28454079128150853463	014580469454529488	\N	18ba4403-26c7-4a19-1143-42135a8fd37a	PAGADO
802	COL-2023-494286	115	102	Colegiatura noviembre 2023	2023-11	4200.00	0.00	2023-11-10	2023-11-06 22:31:55-06	DOMICILIACION	13049786254849361667	014580469454529488	\N	a712ba6c-3c5c-50fd-197d-afa4f3dfb520	PAGADO
803	COL-2023-252773	115	102	Colegiatura diciembre 2023	2023-12	4200.00	0.00	2023-12-10	\N	\N	\N	\N	\N	\N	VENCIDO
804	COL-2024-608300	115	102	Colegiatura enero 2024	2024-01	4200.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
805	COL-2024-129761	115	102	Colegiatura febrero 2024	2024-02	4200.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
806	COL-2023-685896	116	104	Inscripción ciclo 2023-2024	2023-08	5720.00	286.00	2023-08-10	2023-08-12 15:29:36-06	TARJETA	84152509484384720354	\N	9502	2d9c7ce1-4958-b413-804b-bb03f058582e	PAGADO
807	COL-2023-529270	116	104	Colegiatura septiembre 2023	2023-09	2600.00	0.00	2023-09-10	2023-09-07 10:53:44-06	OXXO	01667012375496797749	\N	\N	3d65b208-fa39-1786-1b29-f237383600b9	PAGADO
808	COL-2023-096747	116	104	Colegiatura octubre 2023	2023-10	2600.00	0.00	2023-10-10	2023-10-10 20:58:34-06	SPEI	57822593827636166063	058580163002119926	\N	37110bdf-3db5-711e-66e2-e64e161ec373	PAGADO
809	COL-2023-550896	116	104	Colegiatura noviembre 2023	2023-11	2600.00	0.00	2023-11-10	2023-11-04 09:28:44-06	SPEI	26946432380908747532	058580163002119926	\N	9ca85c88-f91a-d914-b3fb-c8e46645a2fc	PAGADO
810	COL-2023-103179	116	104	Colegiatura diciembre 2023	2023-12	2600.00	0.00	2023-12-10	\N	\N	\N	\N	\N	\N	VENCIDO
811	COL-2024-976439	116	104	Colegiatura enero 2024	2024-01	2600.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
812	COL-2024-869000	116	104	Colegiatura febrero 2024	2024-02	2600.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
813	COL-2023-158722	117	106	Inscripción ciclo 2023-2024	2023-08	7535.00	376.75	2023-08-10	2023-08-22 18:36:56-06	SPEI	41286112246022443088	072580570771900307	\N	47ef1b0a-9be9-28a9-7d0d-62a6b9a43f05	PAGADO
814	COL-2023-987449	117	106	Colegiatura septiembre 2023	2023-09	6165.00	0.00	2023-09-10	2023-09-05 10:39:29-06	TARJETA	73418010596462398498	\N	5664	b36f394a-a288-e7e3-164c-88ca21c254a7	PAGADO
815	COL-2023-745670	117	106	Colegiatura octubre 2023	2023-10	6165.00	0.00	2023-10-10	2023-10-10 12:41:34-06	OXXO	23006707146803548832	\N	\N	84f9868f-392e-8543-3b70-9624e7900a1f	PAGADO
816	COL-2023-991873	117	106	Colegiatura noviembre 2023	2023-11	6165.00	308.25	2023-11-10	2023-11-16 10:06:52-06	SPEI	13006076447893319007	072580570771900307	\N	5e24bbc7-3ede-8ad8-f47c-2305cdf02dc7	PAGADO
817	COL-2023-257583	117	106	Colegiatura diciembre 2023	2023-12	6165.00	308.25	2023-12-10	2023-12-12 09:53:23-06	OXXO	36843376308700306768	\N	\N	53499412-db4a-798d-b05b-8eca31aee9ee	PAGADO
818	COL-2024-179460	117	106	Colegiatura enero 2024	2024-01	6165.00	308.25	2024-01-10	2024-01-11 18:34:09-06	TARJETA	10883236833781346095	\N	8738	69807204-1133-ac9f-92e1-5672edc055f8	PAGADO
819	COL-2024-406541	117	106	Colegiatura febrero 2024	2024-02	6165.00	308.25	2024-02-10	2024-02-15 07:01:54-06	SPEI	21556545693273708805	072580570771900307	\N	e12f967c-3458-16bf-e73c-c9df9d22345a	PAGADO
820	COL-2023-672918	118	108	Inscripción ciclo 2023-2024	2023-08	9240.00	462.00	2023-08-10	2023-08-19 18:36:50-06	DOMICILIACION	31425347299657948962	036010755998262845	\N	a0cee92d-706e-28eb-258e-28351369e289	PAGADO
821	COL-2023-595908	118	108	Colegiatura septiembre 2023	2023-09	8400.00	420.00	2023-09-10	2023-09-19 18:46:03-06	OXXO	83536511376280842327	\N	\N	7e53d426-6ac2-1211-1fc5-c0a7c528049d	PAGADO
822	COL-2023-969887	118	108	Colegiatura octubre 2023	2023-10	8400.00	420.00	2023-10-10	2023-10-13 14:04:00-06	DOMICILIACION	37340905909812806838	036010755998262845	\N	4997fefe-7317-6b8c-29b7-98cc21bca238	PAGADO
823	COL-2023-805539	118	108	Colegiatura noviembre 2023	2023-11	8400.00	420.00	2023-11-10	2023-11-16 11:45:31-06	SPEI	85305726737426715061	036010755998262845	\N	7f41d969-f181-2cb0-9132-dfbabf1799bf	PAGADO
824	COL-2023-479629	118	108	Colegiatura diciembre 2023	2023-12	8400.00	420.00	2023-12-10	2023-12-15 10:39:16-06	TARJETA	25805655657930896502	\N	8914	528ecf9a-a1c1-c94a-a2d7-6621d5388530	PAGADO
825	COL-2024-463687	118	108	Colegiatura enero 2024	2024-01	8400.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
826	COL-2024-305338	118	108	Colegiatura febrero 2024	2024-02	8400.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
827	COL-2023-349978	119	110	Inscripción ciclo 2023-2024	2023-08	5720.00	286.00	2023-08-10	2023-08-16 20:57:41-06	SPEI	60048402629844061031	002650578487819833	\N	dda786e6-abdc-1732-a29c-8ab9aa14de18	PAGADO
828	COL-2023-380689	119	110	Colegiatura septiembre 2023	2023-09	4420.00	221.00	2023-09-10	2023-09-15 21:03:42-06	SPEI	80777291835318836428	002650578487819833	\N	8a82ca82-ad43-269c-4cd6-7ef9ea5946af	PAGADO
829	COL-2023-890057	119	110	Colegiatura octubre 2023	2023-10	4420.00	221.00	2023-10-10	2023-10-22 17:58:32-06	SPEI	93252251075285356634	002650578487819833	\N	c493e0ff-420e-aba0-f019-55f57b246cf7	PAGADO
830	COL-2023-981029	119	110	Colegiatura noviembre 2023	2023-11	4420.00	0.00	2023-11-10	2023-11-07 22:53:38-06	SPEI	52224220781755331113	002650578487819833	\N	c96558ad-e3bd-d4d2-d089-e8942269b104	PAGADO
831	COL-2023-072645	119	110	Colegiatura diciembre 2023	2023-12	4420.00	221.00	2023-12-10	2023-12-18 21:31:29-06	EFECTIVO_CAJA	14180460453616939629	\N	\N	48329798-0eae-e7c6-253e-074167654833	PAGADO
832	COL-2024-262820	119	110	Colegiatura enero 2024	2024-01	4420.00	221.00	2024-01-10	2024-01-15 08:16:21-06	EFECTIVO_CAJA	62424681769552763583	\N	\N	f5c4d471-3d0a-6ba7-5907-ec1298035598	PAGADO
833	COL-2024-177079	119	110	Colegiatura febrero 2024	2024-02	4420.00	0.00	2024-02-10	2024-02-07 07:47:31-06	SPEI	73544121445762946348	002650578487819833	\N	76e5cbfe-a9cc-0edc-dd36-cacc157d048d	PAGADO
834	COL-2023-663594	120	110	Inscripción ciclo 2023-2024	2023-08	5720.00	0.00	2023-08-10	2023-08-07 07:08:52-06	SPEI	98614218967342465780	002650726368893584	\N	9794f9c7-3fcf-45f0-86fc-6b3b431ebdaa	PAGADO
835	COL-2023-537362	120	110	Colegiatura septiembre 2023	2023-09	5200.00	260.00	2023-09-10	2023-09-22 11:24:46-06	OXXO	05762643357849475251	\N	\N	5a298207-22ba-eddd-2475-f65694d61175	PAGADO
836	COL-2023-994905	120	110	Colegiatura octubre 2023	2023-10	5200.00	0.00	2023-10-10	2023-10-01 11:04:31-06	SPEI	58269306077017517541	002650726368893584	\N	4ee6c9a7-05b2-48de-93ff-649434bed25a	PAGADO
837	COL-2023-695313	120	110	Colegiatura noviembre 2023	2023-11	5200.00	260.00	2023-11-10	2023-11-20 20:01:51-06	TARJETA	76899722187215620478	\N	7443	41d9d431-3d8f-bda0-ff3d-b2744e73e69a	PAGADO
838	COL-2023-410834	120	110	Colegiatura diciembre 2023	2023-12	5200.00	0.00	2023-12-10	\N	\N	\N	\N	\N	\N	VENCIDO
839	COL-2024-809546	120	110	Colegiatura enero 2024	2024-01	5200.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
840	COL-2024-712305	120	110	Colegiatura febrero 2024	2024-02	5200.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
841	COL-2023-211669	121	112	Inscripción ciclo 2023-2024	2023-08	5720.00	0.00	2023-08-10	2023-08-02 18:30:15-06	EFECTIVO_CAJA	36254985808536330950	\N	\N	a3cc494d-d424-4bf4-f779-b40983d6fad0	PAGADO
842	COL-2023-242668	121	112	Colegiatura septiembre 2023	2023-09	5200.00	0.00	2023-09-10	2023-09-05 16:10:27-06	OXXO	91327235229622958567	\N	\N	8d3dde6b-9c2b-31bf-a747-8155ecf60081	PAGADO
843	COL-2023-267108	121	112	Colegiatura octubre 2023	2023-10	5200.00	0.00	2023-10-10	2023-10-03 11:59:49-06	DOMICILIACION	56869812720681649455	127180836083330997	\N	295016bd-2539-c51f-0e65-e3c8dcaa6557	PAGADO
844	COL-2023-609213	121	112	Colegiatura noviembre 2023	2023-11	5200.00	260.00	2023-11-10	2023-11-17 09:41:09-06	SPEI	87108001217271447090	127180836083330997	\N	4d1d8c38-5926-6e7c-bfd5-405a2e6ac2bc	PAGADO
845	COL-2023-721834	121	112	Colegiatura diciembre 2023	2023-12	5200.00	260.00	2023-12-10	2023-12-13 16:23:41-06	TARJETA	62088820869820638851	\N	3480	41957ea4-b9e5-5c34-c3a4-66a0b66f84be	PAGADO
846	COL-2024-343343	121	112	Colegiatura enero 2024	2024-01	5200.00	0.00	2024-01-10	2024-01-08 14:45:09-06	TARJETA	04732542872512159201	\N	0265	b734ba01-9ac3-6c7f-3fcf-ae877eed8d76	PAGADO
847	COL-2024-467534	121	112	Colegiatura febrero 2024	2024-02	5200.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
848	COL-2023-216888	122	113	Inscripción ciclo 2023-2024	2023-08	9240.00	462.00	2023-08-10	2023-08-22 07:26:14-06	TARJETA	46668553955013977154	\N	0851	99ba53f3-4758-4d32-d8f2-99dd5e51d941	PAGADO
849	COL-2023-732546	122	113	Colegiatura septiembre 2023	2023-09	8400.00	420.00	2023-09-10	2023-09-14 14:54:39-06	TARJETA	44507327858382202351	\N	7341	0b3e7a55-3a3a-5dbf-a895-5fa3f6b0faf0	PAGADO
850	COL-2023-826099	122	113	Colegiatura octubre 2023	2023-10	8400.00	420.00	2023-10-10	2023-10-19 15:35:32-06	SPEI	57848537455319794205	072010090401939245	\N	aaaa17df-67e7-81bd-bacb-65e73f5ba63a	PAGADO
851	COL-2023-610469	122	113	Colegiatura noviembre 2023	2023-11	8400.00	0.00	2023-11-10	2023-11-05 21:55:02-06	TARJETA	47459411031589200062	\N	8581	8c241685-2c67-7252-b6d0-e7cae224b80b	PAGADO
852	COL-2023-401402	122	113	Colegiatura diciembre 2023	2023-12	8400.00	0.00	2023-12-10	\N	\N	\N	\N	\N	\N	VENCIDO
853	COL-2024-141960	122	113	Colegiatura enero 2024	2024-01	8400.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
854	COL-2024-438181	122	113	Colegiatura febrero 2024	2024-02	8400.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
855	COL-2023-681450	123	113	Inscripción ciclo 2023-2024	2023-08	9240.00	0.00	2023-08-10	2023-08-03 17:30:28-06	DOMICILIACION	00281282219752235975	002650155968702141	\N	e854eeab-807c-f6e9-4745-9afbcac0babf	PAGADO
856	COL-2023-210828	123	113	Colegiatura septiembre 2023	2023-09	8400.00	0.00	2023-09-10	2023-09-03 13:37:19-06	SPEI	71380305188778837324	002650155968702141	\N	efeedf09-0008-3987-d69b-d8538ad92c99	PAGADO
857	COL-2023-691586	123	113	Colegiatura octubre 2023	2023-10	8400.00	420.00	2023-10-10	2023-10-11 09:48:53-06	TARJETA	53984994610344155131	\N	5839	0a59018b-3ac2-88f6-8ba4-99f2b3cef834	PAGADO
858	COL-2023-307046	123	113	Colegiatura noviembre 2023	2023-11	8400.00	0.00	2023-11-10	2023-11-10 17:29:01-06	SPEI	46036250624930174883	002650155968702141	\N	41f2a2c0-af60-8448-0a6b-6c32c955dedf	PAGADO
859	COL-2023-360083	123	113	Colegiatura diciembre 2023	2023-12	8400.00	0.00	2023-12-10	2023-12-07 22:49:33-06	OXXO	36793057678694126488	\N	\N	852539cd-3a78-8e88-31c6-a207075fdb8e	PAGADO
860	COL-2024-525615	123	113	Colegiatura enero 2024	2024-01	8400.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
861	COL-2024-050266	123	113	Colegiatura febrero 2024	2024-02	8400.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
862	COL-2023-088855	124	115	Inscripción ciclo 2023-2024	2023-08	7535.00	0.00	2023-08-10	2023-08-03 10:47:38-06	DOMICILIACION	14572029080337422513	058010463983659089	\N	ada10ae3-b1d0-c9f4-6655-1829bedb2697	PAGADO
863	COL-2023-583666	124	115	Colegiatura septiembre 2023	2023-09	5822.50	291.12	2023-09-10	2023-09-16 21:55:52-06	SPEI	62817774032527507497	058010463983659089	\N	7c8a15da-e191-5d00-f48b-11ca0a16af9f	PAGADO
864	COL-2023-135437	124	115	Colegiatura octubre 2023	2023-10	5822.50	0.00	2023-10-10	2023-10-10 12:26:04-06	DOMICILIACION	78527882217484808183	058010463983659089	\N	b02ee388-73a2-5381-89de-bec84eafb0b8	PAGADO
865	COL-2023-290725	124	115	Colegiatura noviembre 2023	2023-11	5822.50	291.12	2023-11-10	2023-11-15 15:15:20-06	OXXO	41960466436527830502	\N	\N	e13afd5a-3b9a-ceae-08d3-0cfb956a6bd9	PAGADO
866	COL-2023-459691	124	115	Colegiatura diciembre 2023	2023-12	5822.50	291.12	2023-12-10	2023-12-17 08:33:59-06	SPEI	23590524258875923676	058010463983659089	\N	bd27ccf2-89f3-adec-e43d-c5404207901d	PAGADO
867	COL-2024-263725	124	115	Colegiatura enero 2024	2024-01	5822.50	291.12	2024-01-10	2024-01-19 16:39:14-06	SPEI	18922579036445363549	058010463983659089	\N	1b09c56e-1821-c37b-dbf0-62184ec93c7c	PAGADO
868	COL-2024-323854	124	115	Colegiatura febrero 2024	2024-02	5822.50	291.12	2024-02-10	2024-02-21 22:33:54-06	EFECTIVO_CAJA	91691621850507491957	\N	\N	890e1ced-babe-3025-1101-14bf96bdd656	PAGADO
869	COL-2023-047025	125	117	Inscripción ciclo 2023-2024	2023-08	9240.00	0.00	2023-08-10	2023-08-07 16:59:10-06	TARJETA	39629032734086127631	\N	9333	9f553539-036f-3879-e77b-42ce1af86925	PAGADO
870	COL-2023-179156	125	117	Colegiatura septiembre 2023	2023-09	7560.00	0.00	2023-09-10	2023-09-07 08:21:47-06	SPEI	60599595975310307090	058320185054185065	\N	ea0870e1-f1fa-254f-a520-b5e6eb41fb3b	PAGADO
871	COL-2023-903111	125	117	Colegiatura octubre 2023	2023-10	7560.00	0.00	2023-10-10	2023-10-08 08:22:18-06	SPEI	94353776018641532044	058320185054185065	\N	86f76498-04ba-3c8e-bbac-3d4ebddde3de	PAGADO
872	COL-2023-220621	125	117	Colegiatura noviembre 2023	2023-11	7560.00	0.00	2023-11-10	2023-11-07 20:22:18-06	TARJETA	88373387111437183892	\N	6755	c6d609ac-8c9e-be7b-be1c-5ead6ff27a25	PAGADO
873	COL-2023-016680	125	117	Colegiatura diciembre 2023	2023-12	7560.00	378.00	2023-12-10	2023-12-22 15:36:13-06	SPEI	32923996372584197428	058320185054185065	\N	f6c82192-65a2-ad1d-bd78-1946ed21d33a	PAGADO
874	COL-2024-477369	125	117	Colegiatura enero 2024	2024-01	7560.00	378.00	2024-01-10	2024-01-21 11:35:49-06	SPEI	03134629486853860214	058320185054185065	\N	e9d59b34-eedd-08c1-f3d5-92490715151b	PAGADO
875	COL-2024-251369	125	117	Colegiatura febrero 2024	2024-02	7560.00	378.00	2024-02-10	2024-02-22 08:38:03-06	SPEI	61424128812085777642	058320185054185065	\N	7f77f049-01c6-5696-4287-74f49aa33ac8	PAGADO
876	COL-2023-168129	126	117	Inscripción ciclo 2023-2024	2023-08	8360.00	418.00	2023-08-10	2023-08-14 14:56:18-06	SPEI	69336414561245907572	127180456630138744	\N	1798eaba-aec3-ef1f-7b0e-25994791b542	PAGADO
877	COL-2023-092744	126	117	Colegiatura septiembre 2023	2023-09	3800.00	0.00	2023-09-10	2023-09-07 17:22:50-06	SPEI	86960096421615375299	127180456630138744	\N	cfbe0f6b-934a-deca-4168-680c589b5f06	PAGADO
878	COL-2023-438224	126	117	Colegiatura octubre 2023	2023-10	3800.00	0.00	2023-10-10	2023-10-07 22:42:10-06	SPEI	51589193711711787209	127180456630138744	\N	5dc2dc5d-73b7-0ca2-ea83-9a488e5f3a51	PAGADO
879	COL-2023-692920	126	117	Colegiatura noviembre 2023	2023-11	3800.00	190.00	2023-11-10	2023-11-15 14:21:23-06	DOMICILIACION	09082094646676857194	127180456630138744	\N	05beecf4-e47f-158c-7aae-1d83e2f5bca3	PAGADO
880	COL-2023-448527	126	117	Colegiatura diciembre 2023	2023-12	3800.00	0.00	2023-12-10	\N	\N	\N	\N	\N	\N	VENCIDO
881	COL-2024-670969	126	117	Colegiatura enero 2024	2024-01	3800.00	0.00	2024-01-10	\N	\N	\N	\N	\N	\N	VENCIDO
882	COL-2024-060871	126	117	Colegiatura febrero 2024	2024-02	3800.00	0.00	2024-02-10	\N	\N	\N	\N	\N	\N	VENCIDO
883	COL-2023-451072	127	119	Inscripción ciclo 2023-2024	2023-08	7535.00	0.00	2023-08-10	2023-08-07 16:51:45-06	SPEI	16115660885897175864	021580182778915815	\N	ad9478af-bcc7-cf26-8fce-b2574a38e4da	PAGADO
884	COL-2023-376387	127	119	Colegiatura septiembre 2023	2023-09	6165.00	308.25	2023-09-10	2023-09-17 16:04:02-06	SPEI	77825711778079676146	021580182778915815	\N	ffe58d5d-2ee6-1bc4-cbb3-330f44f62122	PAGADO
885	COL-2023-081198	127	119	Colegiatura octubre 2023	2023-10	6165.00	0.00	2023-10-10	2023-10-01 10:19:07-06	EFECTIVO_CAJA	35665696635263632142	\N	\N	60e0107a-d37a-ac77-2634-d7ead74a96a3	PAGADO
886	COL-2023-011537	127	119	Colegiatura noviembre 2023	2023-11	6165.00	308.25	2023-11-10	2023-11-20 14:03:51-06	EFECTIVO_CAJA	10858537557443887392	\N	\N	d2752b3b-0ef6-197c-eb4e-08b1a933677e	PAGADO
887	COL-2023-009975	127	119	Colegiatura diciembre 2023	2023-12	6165.00	0.00	2023-12-10	2023-12-08 09:57:20-06	OXXO	89949485472708133802	\N	\N	fc01ce88-e764-87be-fd2e-81eed695f111	PAGADO
888	COL-2024-135819	127	119	Colegiatura enero 2024	2024-01	6165.00	0.00	2024-01-10	2024-01-03 09:29:29-06	DOMICILIACION	92698793167382022983	021580182778915815	\N	a031aa0d-f161-2c4f-d5de-4eac094411d6	PAGADO
889	COL-2024-985232	127	119	Colegiatura febrero 2024	2024-02	6165.00	0.00	2024-02-10	2024-02-02 19:45:56-06	SPEI	91591933141563558920	021580182778915815	\N	5b1be754-94c9-3e0f-966d-41de1dac241e	PAGADO
\.


--
-- Data for Name: usuarios_portal; Type: TABLE DATA; Schema: escolar; Owner: sige
--

COPY escolar.usuarios_portal (id, tutor_id, usuario, password_hash, rol, activo, creado_en, ultimo_acceso, ultima_ip, token_recuperacion) FROM stdin;
1	1	gerardo.dominguez	$2y$10$4MAMjx6x3sJF.RvwrMi3XRe7hL5Z95E9tMXaGqpG6Aki1UNCPklmR	TUTOR_RESPONSABLE	t	2023-04-25 02:25:32-06	2024-02-20 12:20:56-06	148.244.11.108	\N
2	2	ramirez8	$2y$10$KnC4bZLetgYgUgMv4v2XE2ZbKKl/YPb7lRIYaSYQVNy9Axl2gvy8K	TUTOR	t	2019-11-09 02:46:31-06	\N	\N	\N
3	3	mvazquez73	$2y$10$a26l7zJIJOV6npLfvQwl.o70Rp2mLns1fZwP2Q5rp3tUc.Kcdit2K	TUTOR_RESPONSABLE	t	2022-04-21 20:37:31-06	2024-02-26 02:17:02-06	148.244.75.28	\N
4	4	vazquez249	$2y$10$72eK/KwY73CWfTTY7Xf1vcwOFCeEtC9.5bk.3yEELWNqFb36ltqKU	TUTOR_RESPONSABLE	t	2019-01-27 13:34:10-06	2024-02-19 01:26:07-06	177.247.253.196	\N
5	5	dvazquez87	$2y$10$AMdcjn3jc77hn4hc9MBhdYcrGr3MDhXe7Es0UpRb2tiVKJwaWqMZP	TUTOR	t	2019-10-19 06:08:32-06	2024-02-29 01:29:34-06	189.155.248.172	\N
6	6	jcontreras79	$2y$10$aGyX2EH9X55zLPb7W1XIPoJNJ6H67yb8BiNlGA1edeShiRP0jRLO.	TUTOR_RESPONSABLE	t	2023-07-18 21:19:52-06	\N	\N	\N
7	8	reyes311	$2y$10$uSjpKCqJ./fjnZvBs3Tbcfxk6prz/Gel3HhXCHbQhnnhUwo0ZGkXo	TUTOR_RESPONSABLE	t	2020-01-20 19:18:03-06	2024-02-29 11:55:27-06	187.190.217.57	\N
8	10	mvazquez77	$2y$10$VZLKtSavapayj23vaCjPZQ3jB4anfk8wnzm7PBgc2NVb3VkQIoU8e	TUTOR_RESPONSABLE	t	2018-10-11 10:59:49-06	2024-02-23 15:41:17-06	189.192.107.99	\N
9	11	monica.chavez	$2y$10$WlYzVUhsOyUL0qCuSroIpe2jim/61agQEDKzRtB0r9TA3jEra7H.X	TUTOR	t	2017-08-25 12:33:24-06	2024-02-28 08:51:47-06	201.155.113.45	\N
10	12	cruz876	$2y$10$1N20qlhnkVuDIV8/RyNALaj6J1h1f0wqg1Vk/CgaEEEVuelAqS75h	TUTOR_RESPONSABLE	t	2022-02-03 19:45:31-06	2024-02-29 20:18:10-06	177.226.77.69	c8eaebb49f222f1649fa6757ac32c664401dfceb
11	13	pcruz54	$2y$10$eYdDwA42R0QIUlI4HUN90jXpEBbRBVK2TNDOenbXpgpXak4OI7qyw	TUTOR_RESPONSABLE	t	2023-01-27 03:58:32-06	2024-02-26 10:58:47-06	201.141.152.239	\N
12	14	maria.nunez	$2y$10$a82Ujq6Yq.44LAgkbftP66myh7KH9HrMtuxtME.GLM/iweSINdWbD	TUTOR_RESPONSABLE	t	2023-06-02 09:04:09-06	\N	\N	\N
13	15	cruz59	$2y$10$4jVo5gFFlFXVDQMiu1bEFKbhmF2bVRbWJi3C4Irg1zoiFwDrRL4td	TUTOR_RESPONSABLE	t	2021-06-21 08:14:54-06	2024-02-28 19:26:46-06	177.231.121.161	\N
14	17	rocio.lopez	$2y$10$2Cch1PBW3nnQZ1uTaqPzPl7vOAJZbt0.33HJtM1wV4qAiwxumnovL	TUTOR_RESPONSABLE	t	2017-07-16 10:07:08-06	2024-02-29 14:59:48-06	201.150.166.131	\N
15	18	miguel.juarez	$2y$10$87Q/oC0RV/I4fBePDRj27ODgbRNiTOZqkNwxEVSsILnZJ.7Oc01M4	TUTOR_RESPONSABLE	t	2020-04-22 11:49:46-06	2024-02-23 04:00:53-06	148.244.53.123	\N
16	19	hortiz82	$2y$10$Yw1YROQrmvf7J74R6FAZCek.gSz8AMFJIOTcsHhMxdMXOn1x4qK3t	TUTOR_RESPONSABLE	t	2019-03-01 07:25:57-06	2024-02-27 21:29:04-06	187.188.250.75	\N
17	20	asanchez74	$2y$10$heBgOnD.YUbdxPmIeTEREz4aXfYv3wWdABtuGbL2xu5DLflQQWcOw	TUTOR	t	2018-05-11 10:32:34-06	2024-02-19 23:20:31-06	187.190.143.221	\N
18	21	diana.sanchez	$2y$10$HbZRTXRnWdpYHRmu3lWdgk4mYdWMSL2aMENuy8sqZhNGFk0sYoola	TUTOR_RESPONSABLE	t	2018-01-16 01:22:17-06	2024-02-19 02:53:09-06	177.235.89.10	\N
19	22	alejandra.romero	$2y$10$JSSYzWsCGIFIPX/vyIZluzj6x/lPd8JiUztUXhb61e9n/rgGNRRKw	TUTOR_RESPONSABLE	t	2021-11-14 17:15:55-06	\N	\N	bec16e1256d3ebace512ceaf3ba2dc7177b3ca5a
20	23	elizabeth.velazquez	$2y$10$P1BLnv.sw2UVBoEZBH295SZ82iNIxPTy/m4o2G/nkwTn7pt1Mw0bk	TUTOR_RESPONSABLE	t	2020-02-28 09:31:44-06	2024-02-22 06:34:31-06	189.144.45.101	\N
21	24	ncontreras79	$2y$10$wywfvwW1UZGEt/2kqM8YzHa8mzUYnZvhC4RrBnpY.4vWqrGTA9/WX	TUTOR_RESPONSABLE	t	2017-03-03 15:03:01-06	2024-02-26 00:06:42-06	177.233.119.112	\N
22	25	fcruz74	$2y$10$dQvf5c3TddXlq/ndr56Juq4OvI.C8FU6AACCIRrsTOssZzh67waVc	TUTOR_RESPONSABLE	t	2022-08-12 10:15:50-06	2024-02-27 09:34:59-06	148.244.147.141	\N
23	26	kguzman91	$2y$10$ELH6lmn9zxMP9755R6oOneuBOuZ2G7/OqYBGahaNULdaOb02HYu1m	TUTOR	t	2022-05-24 13:00:33-06	\N	\N	\N
24	27	carlos.salazar	$2y$10$NtEHKXcUYd4MsYKFWoDhZsHa9TJ.kTHM5WzNUXvFK5HfWwF7yUZQt	TUTOR_RESPONSABLE	t	2020-08-13 02:29:37-06	2024-02-29 02:20:27-06	201.163.64.114	\N
25	29	ccruz85	$2y$10$bsrfvEYL1BDRgkjgyEnBIYZuJkB0XMR.z2ASVUXuCu4oZ0RB2zup7	TUTOR_RESPONSABLE	t	2022-07-29 16:24:35-06	\N	\N	\N
26	30	monica.estrada	$2y$10$erWP/vmmWO/ZXC9OSGvVajPd8UnOhodaVitPFp2xSQ77HTKlo2z6I	TUTOR_RESPONSABLE	t	2017-02-10 01:25:18-06	2024-02-19 05:51:17-06	189.183.79.226	\N
27	31	oscar.gomez	$2y$10$mrctD8EQU6IZ3NADR61C.xZfdXqLCMXwW.8H00SoXzbEICpcmsmSP	TUTOR_RESPONSABLE	t	2019-02-23 15:34:33-06	2024-02-26 04:22:09-06	200.68.99.229	\N
28	32	claudia.velazquez	$2y$10$J66EljBpHCMxihPOAoyKppRW5xhai0/TNqxh7Y7TLZPvGj.bBjomv	TUTOR	t	2021-09-19 13:15:29-06	2024-02-22 01:02:59-06	148.244.131.172	\N
29	33	amendoza90	$2y$10$AnGD8y1RQvtehoRlsOWvqHO5m95dtb4Jrl4GqR7hUoZpobPCdSfEy	TUTOR_RESPONSABLE	t	2021-01-20 20:34:43-06	2024-02-22 18:44:51-06	189.242.223.4	\N
30	34	maguilar73	$2y$10$mO1NOXRlTzT1WtaLyvQA8/VCsiXOgZcvz1NzikhzfT.PUBrDRiuDp	TUTOR	t	2018-04-23 14:36:15-06	2024-02-24 20:36:35-06	201.142.152.112	\N
31	35	gdiaz84	$2y$10$bo46UP9PSglwqilcAI523a/o7Xz8CtOQ/4r8I4EYWfKYq76xNVZ0N	TUTOR_RESPONSABLE	t	2022-08-26 19:57:58-06	2024-02-19 21:03:50-06	177.227.243.236	\N
32	36	ramirez218	$2y$10$/Yh1cQOtOe.wb3b66iPtIy3.NVVYvxlMUhi6WHKwGOh4xNBwCTAi.	TUTOR	t	2020-12-07 05:36:33-06	2024-02-29 20:01:57-06	200.68.128.65	\N
33	37	diaz82	$2y$10$EcPPDwLCo8Eu5oBLkMQbXjyyTOGg7..A/a5MxTv5Q.uT8OD.CcV.Q	TUTOR_RESPONSABLE	t	2016-09-12 04:46:21-06	2024-02-24 18:10:59-06	201.165.72.24	\N
34	39	erivera89	$2y$10$VpUXYfomQdNeSwhl8cLoWA7OCLZPXxt45B56KO153v.eU6d6XcRCy	TUTOR_RESPONSABLE	t	2019-07-16 14:20:49-06	2024-02-25 04:20:09-06	189.138.119.156	\N
35	40	cruz516	$2y$10$jaW3lCDg.dijVlkRR9gJ.wZhXbmqQhuxqptZ/6ymGTRMxaAmex8f7	TUTOR_RESPONSABLE	t	2019-11-20 20:11:44-06	2024-02-19 06:42:18-06	201.141.41.225	\N
36	41	leticia.ibarra	$2y$10$hc2qbin5cyx6Qp9kWybL5pM/xdEBxxKhIrUGubsUj1eht/aYiL8Fi	TUTOR	t	2019-04-24 12:58:04-06	2024-02-29 11:53:29-06	177.245.241.185	\N
37	42	miguel.torres	$2y$10$EOJY9dere6fylDYLP2f1AoO4rJqecmzOu7OE9ga4zPjp5KiRIJlSg	TUTOR_RESPONSABLE	t	2018-09-21 10:50:39-06	\N	\N	\N
38	43	lcontreras86	$2y$10$fwxayHDgc.6xf8fkGqf16X5icclz4Hw8QHGH0mAjyVwJEhRKslNR0	TUTOR	t	2018-01-15 16:55:12-06	2024-02-27 10:01:51-06	200.68.168.184	\N
39	44	svazquez80	$2y$10$9cIaEoi5CkdNSUWZz4ViZ3WL2hZW9hCTPG5.Q3dS6zR/YqrmzezLy	TUTOR_RESPONSABLE	t	2019-05-28 13:24:17-06	2024-02-29 18:33:47-06	187.190.194.14	\N
40	45	cruz485	$2y$10$GnfG7FVmAOIJtGXJaYbHLLbS2oiXej/wXCR9nq4ugbQXRWK7jkT4R	TUTOR	t	2020-01-30 12:22:45-06	2024-02-28 12:12:52-06	148.244.1.116	\N
41	46	jose.reyes	$2y$10$VUpPZtcgK1zyBJCDQxI3n8/pziD6ZycijDmPbgXMWtgvAghhOQvyx	TUTOR_RESPONSABLE	t	2023-01-17 02:38:32-06	2024-02-26 17:08:46-06	189.196.151.245	\N
42	48	javier.rivera	$2y$10$oYuDCCNo6zEBq/xtouvWie/7RUWKYVjhBGiNL3TzjFxAet6KWwijl	TUTOR_RESPONSABLE	t	2020-08-27 06:00:16-06	2024-02-19 19:27:47-06	189.250.46.158	\N
43	49	diana.moreno	$2y$10$CvaP0mP4w74K2blDhm3pqpxrO/CWkaSOad8TfM1BNybbf9I.ZIhze	TUTOR	t	2022-11-30 18:59:27-06	2024-02-24 23:09:32-06	200.68.17.37	\N
44	50	vazquez935	$2y$10$kJgS3/HOoQ3E9ei78esIOMtQLmMIOAOUNglJ6DCm.qUERwpZ80sn1	TUTOR_RESPONSABLE	t	2018-04-11 13:20:28-06	\N	\N	8796a7b4d34fcc0695d4df2b2277a61802a11fb4
45	52	raul.luna	$2y$10$0wKagh6XPJV/OCVJTiy1hy8dLrKd1zfyNvmgopjz3HhP4Mi7T8XLC	TUTOR_RESPONSABLE	t	2022-09-13 18:25:42-06	2024-02-29 12:37:17-06	148.244.127.183	\N
46	54	jose.mendoza	$2y$10$jM4fsvwpJAq8zs4Eg7Oeq4X/UOCAsjKSeluHAfePcti9dOLS8GCoy	TUTOR_RESPONSABLE	t	2022-09-06 13:21:37-06	2024-02-21 07:28:55-06	200.68.179.152	\N
47	55	sruiz87	$2y$10$xc7ij4jfkJAboEW7vvcjvX2UWs9iZYlYm2KSmt0c/4b8Xgg0yV1S2	TUTOR	t	2020-08-01 02:03:27-06	2024-02-27 12:38:02-06	201.142.107.110	\N
48	56	hector.bautista	$2y$10$BqkJ8LdupUeYfV0DHNhDh3FoVOiAaeOqcCoaNSIs25XLo3dgKo2dO	TUTOR_RESPONSABLE	t	2019-02-11 13:29:32-06	2024-02-21 19:57:45-06	187.188.186.17	\N
49	57	acruz73	$2y$10$gxLPiDa.XefipI39t9VVZRKgxiPvQoRtI8kCKNZn9CGjMMcnc/9eF	TUTOR	t	2021-08-13 00:53:50-06	\N	\N	\N
50	58	pena842	$2y$10$YSAEP.XHLAdA0BWMoXMz5W3D30U2OfAnZPXcXPTMwaKT7pz4KiA1R	TUTOR_RESPONSABLE	t	2021-12-19 21:30:47-06	2024-02-29 00:58:14-06	187.190.114.95	\N
51	60	gabriela.herrera	$2y$10$TplHugpkAAEdW7jwQRGFCz2b.t9JkTG0Cnwv8fgKOywmZBGjsCJbM	TUTOR_RESPONSABLE	t	2023-08-13 09:08:49-06	2024-02-23 04:48:15-06	200.68.230.223	a5996deafbabd03cd588e4e0edb0db3ec2afe9a0
52	61	cchavez74	$2y$10$D/RAbf7ehRKIFfm/bCwCEYpYWIzDy.osbmK1MYzWSgEmoqJUciAou	TUTOR_RESPONSABLE	t	2018-06-16 03:09:55-06	2024-02-28 23:50:38-06	187.188.67.62	\N
53	62	vazquez544	$2y$10$3mV4XVA7SuFfIpYtn4uGwGz8oT0QVFkVxa7UR4TgGOenP4C0iCETQ	TUTOR_RESPONSABLE	t	2018-08-22 21:28:16-06	2024-02-26 14:06:24-06	148.244.18.250	\N
54	64	diaz322	$2y$10$/cXTeH72YoU3XC3QUCvyCzIxF/OUJDpH/wEQJjocd1DrAWTSpdK3o	TUTOR_RESPONSABLE	t	2016-08-24 04:21:51-06	2024-02-28 02:41:03-06	201.144.186.126	\N
55	66	raul.ibarra	$2y$10$u7CYaEiqFahBrYHi62w1nju/olMYkzj6KLp14EOJT3thgog8wsfjd	TUTOR_RESPONSABLE	t	2019-12-31 17:18:04-06	2024-02-29 15:05:52-06	201.171.209.205	\N
56	67	medina963	$2y$10$6UONKLG5fn1aG.cwZVjtGmlxkfHwmTYN/BvFB0GVh4FOp69qB4.1o	TUTOR_RESPONSABLE	t	2023-08-24 02:54:53-06	2024-02-28 19:13:40-06	201.172.242.192	b5bad31d5b45998343fb1858310cff64d723f493
57	68	alejandra.rodriguez	$2y$10$eOSCtYxkXDeO5JDKrhLd1vsFBwPyzVUao9lgThs7IVQ0BP4nxj9ke	TUTOR	t	2022-03-12 17:43:14-06	2024-02-27 16:01:44-06	189.201.174.52	\N
58	69	juarez815	$2y$10$jGoEpWYYWzu/RMWg2HwKIZb6uYsZznZev0.bttoc.HOEBBLgg2foC	TUTOR_RESPONSABLE	f	2019-12-07 03:25:49-06	\N	\N	\N
59	70	dperez76	$2y$10$jTJsvGyCvOT/Cj.ztghCDu4J4K0pi5B1ORhUCTHeOlaYw46gZzbLb	TUTOR	t	2022-05-31 15:55:21-06	2024-02-28 21:42:41-06	200.68.129.168	\N
60	71	aramirez84	$2y$10$Gmq8Anod0muKqUCXqvTvDWgDwGPk/fbHFcr32NS6QelW0a0ZM/DuO	TUTOR_RESPONSABLE	t	2017-02-01 07:28:49-06	2024-02-26 09:23:21-06	187.189.190.187	\N
61	72	anunez89	$2y$10$Z5kU68ROcDBVueJjBoLBm499XwJdERDQe3JDcijZPnRLXBkn0xhfT	TUTOR	t	2016-07-26 00:43:14-06	2024-02-24 12:48:31-06	201.170.91.9	\N
62	73	alvarez197	$2y$10$uVI7fDAZpyEjjIcEvInDPuwBwf11gJAPHRrXcIAVWgZtQ6vQgZoOW	TUTOR_RESPONSABLE	t	2022-04-23 19:00:48-06	2024-02-22 22:51:39-06	187.190.139.100	\N
63	75	velazquez877	$2y$10$h5Uo7Tc8w1gx7f52cnOIZSr87x2TpK.wsRFbv1D04yI26zqDwTwHp	TUTOR_RESPONSABLE	t	2019-01-23 04:22:20-06	2024-02-24 18:50:06-06	177.246.108.155	\N
64	76	ortega905	$2y$10$hgLPF1/XcPkkRCvViIwAooh1t7xX0AYsWzxI9vVfAcmBgFPlxq9I3	TUTOR	t	2018-01-20 23:40:45-06	2024-02-26 08:52:57-06	148.244.228.146	\N
65	77	eduardo.aguilar	$2y$10$aqtafHARtOcSQjAphQEZE6ych2arVW4g/z17TQmdr8jtIs1wHc9at	TUTOR_RESPONSABLE	t	2016-11-12 09:46:02-06	\N	\N	\N
66	78	vazquez411	$2y$10$urd2PJy4KelmpQNRCKE9C5Qv0N/.4p7QgnfCA2WGCy5iZ/pnd8I2K	TUTOR	t	2018-09-06 17:21:09-06	\N	\N	\N
67	79	ramirez609	$2y$10$v8RFls8t/9bf3kcVMlzLUIyAfeepIrTMkoFZybnPpZb9EqgwGer19	TUTOR_RESPONSABLE	t	2019-03-04 16:48:22-06	2024-02-20 06:00:35-06	200.68.132.46	\N
68	80	sanchez731	$2y$10$6H44sXhmKCoiMQjut8lUC1yxtXxIbL2NdJqdwUS2YEFbb9NVyyhsB	TUTOR	t	2016-08-04 03:40:27-06	2024-02-29 10:20:25-06	189.193.80.204	\N
69	81	gabriela.perez	$2y$10$OqcLojADYCRk/axegpwhYdiJ4099QQMZRwZ3azWJjA3xeiNObe9i0	TUTOR_RESPONSABLE	t	2017-12-22 03:44:13-06	\N	\N	297f9aaed118769fec8da69491e13cb0ecdfadf7
70	82	eduardo.salazar	$2y$10$n/TdwvCFyWQZwMS.EsKclp6u.swX/Y./y9L7lmA8xOGZRgyiCRsgR	TUTOR_RESPONSABLE	t	2017-11-29 19:27:38-06	2024-02-23 21:37:26-06	189.137.199.136	\N
71	83	romero621	$2y$10$QeJ3zaaKD60kQedzvNSXx94dcnxpuhBxmDRIc1HObIBBE6mWIOOfl	TUTOR_RESPONSABLE	t	2017-07-10 06:04:23-06	\N	\N	\N
72	85	gabriela.contreras	$2y$10$3EINjOhhWVyZtDMmANyWIz2HcvWilz4oQGdq6MiUlaZwRxWBa4Kdp	TUTOR_RESPONSABLE	t	2019-01-09 13:34:20-06	2024-02-29 12:20:35-06	201.163.196.252	\N
73	86	maria.ortiz	$2y$10$H3F27gkeBdNZyylvQUrVP/P4lfO6Dy49PcjPwFYDvA8890kJSeEiR	TUTOR_RESPONSABLE	t	2023-03-09 20:06:15-06	2024-02-28 08:28:25-06	201.145.44.29	38b9c54e529628b16f4885e7fd1d8b47f646cc1b
74	87	ortiz662	$2y$10$8M1R4Tb9EI/s2YMpoUQLGf4Yw/XB5wfuUJxDnl58ETP2TIuksXonk	TUTOR_RESPONSABLE	t	2019-07-31 02:21:32-06	2024-02-28 22:13:30-06	177.232.117.91	\N
75	89	ricardo.mendoza	$2y$10$0tnh7gNe7QymlRx14G.JnhMpeYFr49o4RJ.o7DgON6ZiwqEpo7Ecd	TUTOR_RESPONSABLE	t	2020-11-10 14:05:38-06	2024-02-25 11:32:36-06	200.68.142.32	\N
76	91	mherrera72	$2y$10$l/5AhZU4X91LKVKBe784BF07zs3iv.5DVbhKfN8iN0DAw6/JwSHdK	TUTOR_RESPONSABLE	t	2021-07-14 21:00:24-06	2024-02-28 18:39:47-06	201.148.115.95	\N
77	92	paola.garcia	$2y$10$8q9k5eXqIhmeGAVwZMYGVgXQ07VlVKNuNlpqjM6Mjy0Rhg6ERmAPm	TUTOR	t	2019-08-04 01:14:28-06	2024-02-28 19:49:29-06	189.142.230.25	\N
78	93	lchavez60	$2y$10$Mbh2NJZD/iZxM6H8TQN9MRVqxRjucc.P/Ly.wfc9X0J6vZfydrnZp	TUTOR_RESPONSABLE	t	2021-04-14 16:57:06-06	2024-02-29 06:05:15-06	189.199.46.177	\N
79	94	oscar.martinez	$2y$10$i.Kuo2LcAGZ9BlrqiCUxVB2oNWUzQwmk7xxZ9OoQ3eKu9UHD2LTN4	TUTOR_RESPONSABLE	t	2021-02-02 22:46:59-06	2024-02-29 11:33:26-06	177.235.126.231	\N
80	96	javier.luna	$2y$10$pgJy0sTqyqzeuNKTdq/ftwCYpaj4lSj2YbN2eGCXCH6kbfupYDOM9	TUTOR_RESPONSABLE	t	2016-11-10 09:41:32-06	2024-02-29 21:02:54-06	189.183.54.183	\N
81	98	flores290	$2y$10$4uZdeatqzl.XdRA6uCp/umlY705o.zcLkVmfgZ7BCj3QhLrSicyUn	TUTOR_RESPONSABLE	t	2022-07-04 18:11:45-06	\N	\N	\N
82	99	jrojas86	$2y$10$wIqxVxvxx3IHtnDFBdX80qkKzOid/aC2Js.z19lDx129TB/M10N.X	TUTOR_RESPONSABLE	f	2018-07-17 22:39:12-06	\N	\N	\N
83	100	cpena81	$2y$10$W2NC7zD0c/u8d0/E/AfsThUvLM3iWop.a3bIG0p9LZhVS6z0mRstM	TUTOR_RESPONSABLE	t	2020-12-02 08:54:40-06	2024-02-28 13:50:34-06	148.244.253.113	\N
84	102	arturo.mendoza	$2y$10$NW9awtSuFxEsOosKa42zvl6ZJ/q7KjGhWub3wOXTuXAbu5rlYIwIB	TUTOR_RESPONSABLE	t	2019-03-06 22:29:05-06	2024-02-20 21:08:58-06	187.189.30.30	de5aba94fc6996c44cb05105ffc1732d571690fd
85	104	dominguez253	$2y$10$Ej3V6Jo0yI5zpN9VAWVFt4XT8rdSi577RtcpP4FbSq20p3ndGdMLZ	TUTOR_RESPONSABLE	t	2017-08-19 03:20:43-06	2024-02-24 05:00:54-06	201.168.214.95	\N
86	106	jortega87	$2y$10$yw3tfh90.oZKYCrFgdGW4xD/voyR6MQmCTu.Y0eeLFtuMJk5RzVTv	TUTOR_RESPONSABLE	t	2016-06-28 03:05:02-06	2024-02-26 22:11:38-06	148.244.52.195	\N
87	108	gdominguez89	$2y$10$PoZwuz3Oq.dC/rUKQJ6/PjJR.Inin2.FH7TwMemfWeyB0pcvmBbtq	TUTOR_RESPONSABLE	t	2018-01-10 05:33:44-06	2024-02-29 11:55:16-06	177.238.178.219	\N
88	109	herrera340	$2y$10$lVnYyixgVeSWWGWD8d5fr1Ssj7T7F3tTl8PIVFOYr/rDrtTCq849a	TUTOR	t	2019-03-31 07:32:40-06	\N	\N	\N
89	110	vazquez997	$2y$10$0Hgz6Ku4D7z8Ou4TcLgKoAe2glgSHAjgcvCwCDy/HlBpJVuknZaYa	TUTOR_RESPONSABLE	t	2017-08-02 22:33:22-06	2024-02-27 09:00:28-06	177.243.18.180	\N
90	112	mpena62	$2y$10$wW7QiY.jzZAXvivqpc1WWXXZ/OR5mn7nePxSROOwKqr9nw6wnJFR6	TUTOR_RESPONSABLE	t	2021-11-25 06:58:57-06	2024-02-28 17:46:13-06	201.171.97.26	\N
91	113	garcia956	$2y$10$jAg7GgHLAyl5QX/ErswOiFlethfhWa1foDQnX8uMzaGcEuIClQV0M	TUTOR_RESPONSABLE	t	2018-09-13 12:10:42-06	2024-02-28 20:49:27-06	148.244.191.64	\N
92	115	mlopez81	$2y$10$mq0KkDi5aJD2Etlw/8VsXJl2msvZEyz/dvZz1PEdWDMhmxEvClBTI	TUTOR_RESPONSABLE	t	2018-03-06 04:42:20-06	2024-02-20 16:25:00-06	200.68.225.226	\N
93	117	miguel.jimenez	$2y$10$6QJiRvSEb71xcDM0M153GtBlSs/yKlFk3yPL3X.yCBjqMIbji2I0E	TUTOR_RESPONSABLE	t	2023-08-10 21:55:54-06	2024-02-28 00:40:15-06	200.68.181.204	\N
94	119	jose.vargas	$2y$10$9cBmcGfqa2mOWsDZz/n.jQSSWNhaXbtB69EIqB2yiVWMb6D3qy79L	TUTOR_RESPONSABLE	t	2019-01-20 05:08:11-06	\N	\N	\N
\.


--
-- Name: planteles planteles_pkey; Type: CONSTRAINT; Schema: escolar; Owner: sige
--

ALTER TABLE ONLY escolar.planteles
    ADD CONSTRAINT planteles_pkey PRIMARY KEY (id);


--
-- Name: alumnos alumnos_pkey; Type: CONSTRAINT; Schema: escolar; Owner: sige
--

ALTER TABLE ONLY escolar.alumnos
    ADD CONSTRAINT alumnos_pkey PRIMARY KEY (id);


--
-- Name: tutores tutores_pkey; Type: CONSTRAINT; Schema: escolar; Owner: sige
--

ALTER TABLE ONLY escolar.tutores
    ADD CONSTRAINT tutores_pkey PRIMARY KEY (id);


--
-- Name: alumno_tutor alumno_tutor_pkey; Type: CONSTRAINT; Schema: escolar; Owner: sige
--

ALTER TABLE ONLY escolar.alumno_tutor
    ADD CONSTRAINT alumno_tutor_pkey PRIMARY KEY (alumno_id, tutor_id);


--
-- Name: colegiaturas colegiaturas_pkey; Type: CONSTRAINT; Schema: escolar; Owner: sige
--

ALTER TABLE ONLY escolar.colegiaturas
    ADD CONSTRAINT colegiaturas_pkey PRIMARY KEY (id);


--
-- Name: usuarios_portal usuarios_portal_pkey; Type: CONSTRAINT; Schema: escolar; Owner: sige
--

ALTER TABLE ONLY escolar.usuarios_portal
    ADD CONSTRAINT usuarios_portal_pkey PRIMARY KEY (id);


--
-- Name: alumnos alumnos_plantel_id_fkey; Type: FK CONSTRAINT; Schema: escolar; Owner: sige
--

ALTER TABLE ONLY escolar.alumnos
    ADD CONSTRAINT alumnos_plantel_id_fkey FOREIGN KEY (plantel_id) REFERENCES escolar.planteles(id);


--
-- Name: alumno_tutor alumno_tutor_alumno_id_fkey; Type: FK CONSTRAINT; Schema: escolar; Owner: sige
--

ALTER TABLE ONLY escolar.alumno_tutor
    ADD CONSTRAINT alumno_tutor_alumno_id_fkey FOREIGN KEY (alumno_id) REFERENCES escolar.alumnos(id);


--
-- Name: alumno_tutor alumno_tutor_tutor_id_fkey; Type: FK CONSTRAINT; Schema: escolar; Owner: sige
--

ALTER TABLE ONLY escolar.alumno_tutor
    ADD CONSTRAINT alumno_tutor_tutor_id_fkey FOREIGN KEY (tutor_id) REFERENCES escolar.tutores(id);


--
-- Name: colegiaturas colegiaturas_alumno_id_fkey; Type: FK CONSTRAINT; Schema: escolar; Owner: sige
--

ALTER TABLE ONLY escolar.colegiaturas
    ADD CONSTRAINT colegiaturas_alumno_id_fkey FOREIGN KEY (alumno_id) REFERENCES escolar.alumnos(id);


--
-- Name: colegiaturas colegiaturas_tutor_pagador_id_fkey; Type: FK CONSTRAINT; Schema: escolar; Owner: sige
--

ALTER TABLE ONLY escolar.colegiaturas
    ADD CONSTRAINT colegiaturas_tutor_pagador_id_fkey FOREIGN KEY (tutor_pagador_id) REFERENCES escolar.tutores(id);


--
-- Name: usuarios_portal usuarios_portal_tutor_id_fkey; Type: FK CONSTRAINT; Schema: escolar; Owner: sige
--

ALTER TABLE ONLY escolar.usuarios_portal
    ADD CONSTRAINT usuarios_portal_tutor_id_fkey FOREIGN KEY (tutor_id) REFERENCES escolar.tutores(id);


--
-- PostgreSQL database dump complete
--

