--
-- PostgreSQL database dump
--

-- Dumped from database version 14.11 (Debian 14.11-1.pgdg120+2)
-- Dumped by pg_dump version 14.11 (Debian 14.11-1.pgdg120+2)

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
-- Name: customers; Type: TABLE; Schema: public; Owner: billing
--

CREATE TABLE public.customers (
    customer_id integer NOT NULL,
    customer_ref character varying(12) NOT NULL,
    title character varying(8),
    first_name character varying(60) NOT NULL,
    last_name character varying(80) NOT NULL,
    name_ga character varying(120),
    email character varying(254),
    mobile_phone character varying(20),
    landline_phone character varying(20),
    date_of_birth date,
    pps_number character varying(9),
    address_line1 character varying(120) NOT NULL,
    address_line2 character varying(120),
    town character varying(60) NOT NULL,
    county character varying(40) NOT NULL,
    eircode character varying(8),
    preferred_language character(2) DEFAULT 'en'::bpchar NOT NULL,
    portal_username character varying(40),
    portal_password_hash character varying(72),
    password_changed_at timestamp without time zone,
    customer_status character varying(16) DEFAULT 'active'::character varying NOT NULL,
    psr_registered boolean DEFAULT false NOT NULL,
    marketing_consent boolean DEFAULT false NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    last_login_at timestamp without time zone
);


ALTER TABLE public.customers OWNER TO billing;

--
-- Name: customers_customer_id_seq; Type: SEQUENCE; Schema: public; Owner: billing
--

CREATE SEQUENCE public.customers_customer_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.customers_customer_id_seq OWNER TO billing;

--
-- Name: accounts; Type: TABLE; Schema: public; Owner: billing
--

CREATE TABLE public.accounts (
    account_id integer NOT NULL,
    customer_id integer NOT NULL,
    account_number character varying(10) NOT NULL,
    mprn character varying(11) NOT NULL,
    supply_address_line1 character varying(120) NOT NULL,
    supply_town character varying(60) NOT NULL,
    supply_county character varying(40) NOT NULL,
    supply_eircode character varying(8),
    meter_serial character varying(12),
    meter_type character varying(12) NOT NULL,
    tariff_code character varying(16) NOT NULL,
    account_status character varying(16) NOT NULL,
    payment_method character varying(16) NOT NULL,
    budget_plan_amount numeric(8,2),
    supply_start_date date,
    opened_at timestamp without time zone NOT NULL,
    closed_at timestamp without time zone
);


ALTER TABLE public.accounts OWNER TO billing;

--
-- Name: accounts_account_id_seq; Type: SEQUENCE; Schema: public; Owner: billing
--

CREATE SEQUENCE public.accounts_account_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.accounts_account_id_seq OWNER TO billing;

--
-- Name: meter_reads; Type: TABLE; Schema: public; Owner: billing
--

CREATE TABLE public.meter_reads (
    read_id bigint NOT NULL,
    account_id integer NOT NULL,
    mprn character varying(11) NOT NULL,
    read_date date NOT NULL,
    register character varying(6) NOT NULL,
    reading integer NOT NULL,
    read_type character(1) NOT NULL,
    source character varying(16) NOT NULL,
    submitted_at timestamp without time zone
);


ALTER TABLE public.meter_reads OWNER TO billing;

--
-- Name: meter_reads_read_id_seq; Type: SEQUENCE; Schema: public; Owner: billing
--

CREATE SEQUENCE public.meter_reads_read_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.meter_reads_read_id_seq OWNER TO billing;

--
-- Name: payments; Type: TABLE; Schema: public; Owner: billing
--

CREATE TABLE public.payments (
    payment_id bigint NOT NULL,
    account_id integer NOT NULL,
    payment_date timestamp without time zone NOT NULL,
    amount numeric(10,2) NOT NULL,
    method character varying(16) NOT NULL,
    debtor_iban character varying(34),
    debtor_bic character varying(11),
    card_scheme character varying(10),
    card_last4 character(4),
    bank_reference character varying(20),
    status character varying(12) NOT NULL
);


ALTER TABLE public.payments OWNER TO billing;

--
-- Name: payments_payment_id_seq; Type: SEQUENCE; Schema: public; Owner: billing
--

CREATE SEQUENCE public.payments_payment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.payments_payment_id_seq OWNER TO billing;

--
-- Name: tariffs; Type: TABLE; Schema: public; Owner: billing
--

CREATE TABLE public.tariffs (
    tariff_code character varying(16) NOT NULL,
    description text NOT NULL,
    unit_rate_day numeric(7,4),
    unit_rate_night numeric(7,4),
    standing_charge_daily numeric(7,4) NOT NULL,
    valid_from date NOT NULL
);


ALTER TABLE public.tariffs OWNER TO billing;

--
-- Data for Name: customers; Type: TABLE DATA; Schema: public; Owner: billing
--

COPY public.customers (customer_id, customer_ref, title, first_name, last_name, name_ga, email, mobile_phone, landline_phone, date_of_birth, pps_number, address_line1, address_line2, town, county, eircode, preferred_language, portal_username, portal_password_hash, password_changed_at, customer_status, psr_registered, marketing_consent, created_at, last_login_at) FROM stdin;
1000	CU00007031	Dr	Sinéad	Doyle	\N	sinead_doyle78@yahoo.ie	083 152 0395	051 451 5363	1971-02-02	6637956HA	Apt 45, Fitzwilliam Court	Cork Road	Waterford	Co. Waterford	X91 XW1X	en	sdoyle	$2b$12$ZR0FuBoxsKz2oFMVFjnY/oAcdst0DQHef/4fPJcmq25uEHiaS9yVV	2022-01-25 06:59:48	active	f	t	2020-11-08 11:36:57	2024-04-30 21:27:50
1004	CU00007059	Mr	Diarmuid	Farrell	\N	diarmuidfarrell@eircom.net	087 225 2765	\N	1968-02-11	4190697FA	107 South Circular Road	\N	Dublin 8	Co. Dublin	D08 F7EW	en	\N	\N	\N	active	f	t	2016-05-16 23:31:11	\N
1007	CU00007080	Dr	Agnieszka	Carroll	\N	agnieszka.carroll@eircom.net	086 324 8519	\N	2003-04-19	8768090I	176 Port Road	\N	Letterkenny	Co. Donegal	F92 N5R0	en	\N	\N	\N	active	f	t	2022-07-28 08:38:35	\N
1010	CU00007101	Ms	Áine	McLoughlin	\N	mcloughlin.aine@hotmail.com	086 661 6832	021 887 2025	2002-12-28	7554532PH	47 Greenfield Park	\N	Ballincollig	Co. Cork	P31 RCV5	en	\N	\N	\N	active	f	f	2022-10-21 07:45:36	\N
1013	CU00007122	Dr	Mary	O'Brien	\N	mobrien@outlook.ie	087 619 4680	\N	1959-11-15	0208604TH	68 Westport Road	\N	Castlebar	Co. Mayo	F23 R5N8	en	mobrien	$2b$12$N3EHrPb6mQH9jLx3p8H96s9K5.qX5lpqmRT53W2qvTc7PUj/YRD4C	2024-01-15 02:38:53	active	f	t	2021-12-31 06:39:27	2024-05-22 14:50:47
1017	CU00007150	Dr	Paul	O'Connor	Pól Ó Conchúir	pauloconnor@eircom.net	086 822 3157	\N	1938-09-20	5912852I	23 Cúil Aodha	\N	Baile Bhuirne	Co. Chorcaí	P12 TA84	ga	\N	\N	\N	active	f	t	2021-11-17 09:40:20	\N
1018	CU00007157	Mr	Gerard	Keane	\N	keane.gerard@icloud.com	087 805 3871	066 573 3461	1979-05-08	0688086E	68 Boherbee	\N	Tralee	Co. Kerry	V92 H0ED	en	\N	\N	\N	active	f	f	2020-10-09 18:57:52	\N
1021	CU00007178	Mr	Tadhg	Lynch	\N	tadhg.lynch5@gmail.com	0868092025	\N	1960-03-16	6108677P	34 Rialto Cottages	\N	Dublin 8	Co. Dublin	D08 H9E2	en	tlynch	$2b$12$EMPrYSptNoy7MGtCxuh7oWSAqz7YTkN0EsYCqQsDdEsJ6Mni8fhl2	2023-06-10 20:49:25	active	f	f	2015-11-07 13:14:04	2024-03-03 22:10:07
1024	CU00007199	Ms	Margaret	Murray	Mairéad Ní Muirí	margaret.murray53@gmail.com	086 898 9953	\N	1986-02-05	3966187K	80 Cúil Aodha	\N	Baile Bhuirne	Co. Chorcaí	P12 TT4Y	ga	mmurray	$2b$12$jmhOS1E7bwNo.Vcl8AlJHGpIt5zIbpSgP0HFrVQ8mfibNLhF9PEGm	2015-08-03 22:15:45	moving_out	f	t	2015-07-22 10:29:56	2024-03-04 13:44:14
1027	CU00007220	Mr	Brian	Carroll	Brian Ó Cearbhaill	carroll.brian@gmail.com	0862844114	\N	1951-08-19	6521720NB	28 Doirí Beaga	\N	Gaoth Dobhair	Co. Dhún na nGall	F92 Y0RC	ga	bcarroll	$2b$12$AUa4BryARntL..UOPAXjhugKike2Fc/Sstbnbp9KyI3GOIUsmlYgG	2017-01-10 06:27:32	active	f	f	2016-09-07 17:17:18	2024-02-16 11:29:41
1032	CU00007255	Dr	Michael	Murphy	\N	michael.murphy52@yahoo.ie	0855105846	\N	1949-06-22	7655685MA	43 Evergreen Street	\N	Cork	Co. Cork	T12 X14F	en	mmurphy	$2b$12$pBVRbWismRDxsrOP6.dTLi/Lfd/bDH1S8WNmy7pLiUzXu79MFn24n	2022-10-18 05:39:58	active	f	f	2022-10-06 05:26:52	2024-05-01 18:44:21
1034	CU00007269	Mr	Paul	Silva	\N	paul.silva46@outlook.ie	085 897 3680	\N	1966-04-13	\N	12 Cork Road	\N	Waterford	Co. Waterford	X91 NDC9	en	\N	\N	\N	active	f	f	2016-07-30 23:18:28	\N
1038	CU00007297	Dr	Tomás	O'Sullivan	\N	tosullivan@yahoo.ie	+353 85 439 9613	(01) 452 1874	2000-12-24	\N	125 Highfield Road	\N	Dublin 6	Co. Dublin	D06 NKX2	en	tosullivan	$2b$12$8JMfg1wFAzmVr96ow291ZkbMEGqrpgGn7jhK5py2xF/eqBeuMx4.V	2019-03-22 18:05:19	active	f	t	2018-06-15 18:25:12	2024-03-30 22:38:07
1040	CU00007311	Mrs	Orla	Quinn	\N	orla_quinn85@icloud.com	+353 87 923 2438	\N	1971-08-23	1696037VH	101 South Circular Road	\N	Dublin 8	Co. Dublin	D08 XK0N	en	\N	\N	\N	active	f	t	2019-07-14 19:21:58	\N
1043	CU00007332	Mr	Michael	Hayes	Mícheál Ó hAodha	mhayes@outlook.ie	0877583398	\N	1952-03-15	0067863L	52 Ascaill an Pharóiste	\N	An Spidéal	Co. na Gaillimhe	H91 N1A3	ga	mhayes	$2b$12$uaQSxPhx.tj.nCYs3KMff3d9EPYla9.ZALUbbmmYxTU4B1Ci1NVdI	2019-01-28 14:21:14	active	f	f	2018-08-05 20:50:11	2024-02-24 12:11:27
1045	CU00007346	Mr	Tadhg	McCarthy	Tadhg Mac Cárthaigh	\N	086 142 3427	026 817 8392	1970-08-02	9239627DB	155 Sráid an Mhuilinn	\N	Baile Bhuirne	Co. Chorcaí	P12 HX0N	ga	\N	\N	\N	active	t	t	2016-03-11 04:42:28	\N
1048	CU00007367	Mr	Darragh	Lynch	\N	darragh.lynch33@live.ie	086 695 8382	\N	1942-12-06	\N	138 Ongar Village	\N	Dublin 15	Co. Dublin	D15 AN5K	en	dlynch	$2b$12$63lL5hD1yVgmBxF8lpUFsrT1j8qKM705s0.rzWtnkK3LwRDDpATWy	2019-03-05 18:25:04	active	f	f	2017-03-16 08:06:54	2024-02-05 01:25:48
1053	CU00007402	Mr	Tadhg	O'Connor	Tadhg Ó Conchúir	toconnor@live.ie	087 389 0799	\N	1962-10-17	3625564K	52 Cúil Aodha	\N	Baile Bhuirne	Co. Chorcaí	P12 CF4W	ga	toconnor	$2b$12$WSBkj44w/EO.b5vZnEs/OP0p/UvmO21gCB/RuC05uf55FZJWOX97n	2021-12-09 05:02:32	active	t	t	2019-04-26 15:08:44	2024-01-17 16:49:07
1056	CU00007423	Dr	Rory	Farrell	\N	rory.farrell48@vodafone.ie	+353 85 952 4722	(01) 421 3970	1971-11-29	3685584BB	99 Firhouse Road	\N	Dublin 24	Co. Dublin	D24 T7TH	en	rfarrell	$2b$12$u2IeCh9IW66Zt69JSRCjiukdKIIZrbGHWQDq.3hFJ5jGcaZ5J.TDu	2019-06-30 14:12:18	moving_out	f	f	2016-03-14 16:28:44	2024-04-11 03:40:42
1057	CU00007430	Ms	Catherine	McLoughlin	\N	catherine_mcloughlin48@icloud.com	+353 87 869 0195	051 999 6594	1971-04-18	\N	119 Cork Road	\N	Waterford	Co. Waterford	X91 NX46	en	cmcloughlin	$2b$12$A9w1MjmPyeJQn3q8ivT3xXHFC1NzEz.iDSV4Dvzj1BB2S0BbeORzl	2023-10-27 04:26:40	active	f	f	2020-09-30 15:34:30	2024-02-02 14:00:49
1062	CU00007465	Ms	Catherine	Silva	\N	catherinesilva@eircom.net	0832873801	\N	1997-11-01	9729486IA	86 South Circular Road	\N	Dublin 8	Co. Dublin	D08 Y96F	en	csilva	$2b$12$5QPVGPDSz7YA9IiB0jOzb373uvHHmR4T1PXic2plM66WjtTJUcNEL	2023-02-12 14:03:20	active	f	t	2021-08-30 02:09:17	2024-05-13 18:08:24
1063	CU00007472	Ms	Clodagh	McLoughlin	Clodagh Nic Lochlainn	cmcloughlin@yahoo.ie	0866627855	091 897 0599	1997-03-16	\N	50 Cois Abhann	\N	An Spidéal	Co. na Gaillimhe	H91 P9Y9	ga	cmcloughlin75	$2b$12$jHaxm2ScfPgVBl/7sGVPvImiiHmUrrMXOTaLYiHQKTLUi02Nb6CE3	2023-08-07 08:31:05	active	f	t	2022-04-09 22:22:46	2024-05-05 15:28:06
1068	CU00007507	Dr	Oisín	Hayes	Oisín Ó hAodha	oisin_hayes61@vodafone.ie	0897659453	026 611 3828	1974-08-01	0238470CA	85 Sráid an Mhuilinn	\N	Baile Bhuirne	Co. Chorcaí	P12 PK8K	ga	ohayes	$2b$12$K/F891sfBEZbhNNIddcxAGaonyys65HShsZcMYvfKepx0vQrq3kGT	2023-04-01 09:38:32	active	f	f	2018-03-15 22:34:57	2024-01-24 15:11:26
1071	CU00007528	Mr	Brian	Byrne	\N	brian.byrne@gmail.com	087 407 7616	\N	1944-08-31	4932081K	123 Sallins Road	\N	Naas	Co. Kildare	W91 HRWN	en	bbyrne	$2b$12$9/WaqcQuYesyE25IaVFe2Pq0Y3C5QYSndhGl5sxNHVt0iiPELDfaX	2018-09-16 12:53:41	active	f	t	2018-08-11 03:55:03	2024-06-06 06:22:00
1074	CU00007549	Mr	Cathal	Nowak	\N	cnowak@gmail.com	0863118085	\N	1979-09-06	2538607DB	Apt 48, Cnoc na Gréine	Pearse Road	Sligo	Co. Sligo	F91 XV63	en	cnowak	$2b$12$zKjkUr1XujY603EdicmsycIK3F8iR7Q/E7/YHR/bt1h5w37P3Xd.z	2023-08-04 14:14:38	active	t	t	2023-07-01 00:58:55	2024-02-06 19:58:35
1076	CU00007563	Dr	Tomás	Burke	\N	tomas.burke91@live.ie	083 948 5754	\N	1945-05-21	0274243JW	102 Oscar Square	\N	Dublin 8	Co. Dublin	D08 R2HA	en	tburke	$2b$12$TnrMrPW9j1znlEOu/AF0osVVHw8MvOsH800LpC2yhx9/wx8U43LM3	2020-05-06 06:22:17	active	f	f	2017-03-08 16:06:11	2024-06-20 05:58:27
1079	CU00007584	Mr	Shane	Nolan	Shane Ó Nualláin	shane.nolan78@gmail.com	086 575 6083	074 391 2650	1956-07-29	9795180U	2 Machaire Clochair	\N	Gaoth Dobhair	Co. Dhún na nGall	F92 X1D5	ga	snolan	$2b$12$roveOG8V6nGIj0R9WGp/GkBwl0DdO4MaMqzsdWtJwmlEcsQwVzGFc	2019-04-16 06:42:40	active	f	f	2018-12-27 10:45:32	2024-04-07 03:39:57
1082	CU00007605	Mrs	Mary	Nolan	\N	\N	0833875304	071 241 6482	1943-09-30	7384968H	59 Cartron Heights	\N	Sligo	Co. Sligo	F91 WXF2	en	mnolan	$2b$12$jJ1cXMKPyMBY9T28DDblfyOBl5tcVkXH61NAEngPuxfR5mqeOV5iv	2018-11-03 18:27:16	active	t	f	2016-04-18 05:30:46	2024-03-21 12:01:21
1086	CU00007633	Ms	Caoimhe	Hayes	\N	caoimhe.hayes23@live.ie	089 349 5877	\N	1963-01-23	\N	88 Evergreen Street	\N	Cork	Co. Cork	T12 EA78	en	chayes	$2b$12$BXoouI6fB9id/DsUK3roSxVjox13ZOCUTMqdVFDPcUy/tarTKG.vA	2020-06-10 12:23:04	closed	f	f	2020-06-09 05:33:51	2024-02-10 01:56:03
1089	CU00007654	Ms	Éabha	Quinn	\N	quinn.eabha@vodafone.ie	089 789 1879	090 482 7951	1952-01-28	9261238V	118 Retreat Road	\N	Athlone	Co. Westmeath	N37 DPN4	en	\N	\N	\N	active	f	f	2016-04-09 15:20:31	\N
1090	CU00007661	Ms	Sarah	Walsh	\N	swalsh@hotmail.com	0832240835	\N	1977-03-16	3226300IA	179 Station Road	\N	Ballincollig	Co. Cork	P31 RV4T	en	swalsh	$2b$12$LcjR3fJPktF7eiCoRU1JEfsp8usrnmQiFMGkhGbZkDAAoJPoZVDRw	2022-04-09 09:13:37	active	f	f	2019-05-04 01:51:29	2024-05-02 13:20:05
1094	CU00007689	Ms	Gráinne	Carroll	\N	grainne.carroll@hotmail.com	089 994 1217	\N	1994-08-09	8928612C	154 Drumcondra Road Upper	\N	Dublin 9	Co. Dublin	D09 N7VF	en	\N	\N	\N	active	f	f	2020-06-28 06:58:35	\N
1097	CU00007710	Dr	Sinéad	Flanagan	\N	sinead.flanagan77@eircom.net	086 430 2326	\N	1945-02-18	0078761O	175 Station Road	\N	Ballincollig	Co. Cork	P31 KT5F	en	sflanagan	$2b$12$m7vA7EAZyAjBYae7g02hXRIQjl9aDcuYN50TqPc61FCM5Lc633jcY	2023-09-11 03:17:03	active	f	f	2017-08-19 01:28:03	2024-05-18 20:48:28
1101	CU00007738	Mr	Conor	Keane	\N	conor_keane7@live.ie	089 611 8793	\N	1953-08-14	\N	58 Leinster Road	\N	Dublin 6	Co. Dublin	D06 CR2D	en	\N	\N	\N	active	f	f	2017-07-25 23:34:23	\N
1104	CU00007759	Mr	Seán	McCarthy	\N	smccarthy@gmail.com	+353 87 588 9693	094 816 0575	1957-08-05	0557297TA	78 Newport Road	\N	Castlebar	Co. Mayo	F23 Y7CX	en	\N	\N	\N	active	f	f	2015-10-31 15:32:28	\N
1107	CU00007780	Ms	Ciara	Byrne	\N	ciarabyrne@outlook.ie	086 606 7071	\N	1960-01-21	\N	21 Port Road	\N	Letterkenny	Co. Donegal	F92 DD51	en	cbyrne	$2b$12$BvVP4v2Uf5oMw8Jk2CEMZW2MX48LHPVqol3mlA692bNBxbP1kkr71	2021-10-23 02:18:07	active	f	t	2017-11-22 10:20:18	2024-03-23 04:33:11
1109	CU00007794	Mr	Peter	Gallagher	\N	gallagher.peter@gmail.com	089 840 8056	\N	1941-09-15	\N	38 Hartstown Road	\N	Dublin 15	Co. Dublin	D15 TR54	en	\N	\N	\N	active	f	f	2015-03-01 22:43:47	\N
1113	CU00007822	Mr	Paul	Walsh	\N	paulwalsh@hotmail.com	086 413 3938	(01) 528 0481	1947-06-19	6039749KH	44 Griffith Avenue	\N	Dublin 9	Co. Dublin	D09 VN54	en	pwalsh	$2b$12$HwvOw9nwIqL8UILBmxqo1eo6gHGdDDFGsc7rRZVSDpWwdczbIcIAC	2018-01-30 10:02:49	active	f	t	2018-01-01 18:38:16	2024-01-11 08:47:29
1114	CU00007829	Mrs	Bríd	Clarke	\N	\N	0857946163	061 865 6807	1963-09-18	3799236Q	106 Ennis Road	\N	Limerick	Co. Limerick	V94 N9P7	en	bclarke	$2b$12$l8ESLL/HKU/Uk2Am4UavXCAV0icyuKb2D1019K4aK8PeIqrUX7Avo	2024-01-30 10:17:15	moving_out	t	t	2021-02-28 19:38:06	2024-06-01 14:32:59
1119	CU00007864	Ms	Siobhán	Fitzgerald	\N	siobhan_fitzgerald74@vodafone.ie	089 104 1227	\N	1946-09-23	9486641RA	175 Muskerry Estate	\N	Ballincollig	Co. Cork	P31 WEFA	en	sfitzgerald	$2b$12$y//kMOUkqajrJC.ccjekV6547sLdukeYeRdFgIjAUqA2Z//75crwV	2022-08-23 21:51:44	active	f	f	2021-01-11 15:33:09	2024-05-16 16:59:50
1121	CU00007878	Mr	Darragh	Doherty	\N	darragh.doherty90@vodafone.ie	0876613196	045 941 9926	1947-07-22	5230683KW	85 Craddockstown Road	\N	Naas	Co. Kildare	W91 FW3V	en	ddoherty	$2b$12$t7iu31FNewEz3hqoImxRfw72uY4jffRzcypiOFGxXKxZXH3Jdxhag	2018-08-21 04:15:55	active	f	t	2016-08-25 15:51:38	2024-01-13 22:39:00
1125	CU00007906	Dr	Sinéad	McLoughlin	Sinéad Nic Lochlainn	sinead_mcloughlin43@live.ie	087 198 7951	091 441 0948	1949-03-04	6019162SA	56 Cois Abhann	\N	An Spidéal	Co. na Gaillimhe	H91 E5FV	ga	smcloughlin	$2b$12$E7kJ7.AOi9Z56rU5pcePFvqnZ0w1j50hUvkNb5n67dVhRTiFy3/5m	2022-07-07 17:19:19	active	f	f	2022-02-28 02:30:54	2024-01-14 19:21:21
1126	CU00007913	Dr	Laura	Byrne	\N	laura_byrne67@eircom.net	089 686 4703	\N	1951-01-06	3917004U	72 Retreat Road	\N	Athlone	Co. Westmeath	N37 C7YF	en	lbyrne	$2b$12$ac3Va9dASqDtxQFBcgMDaWmPaPR8RrYqQpBurp6aO.juzVHlKbGOH	2024-02-17 21:07:34	active	f	f	2021-01-25 05:37:39	2024-02-07 06:54:12
1130	CU00007941	Ms	Agnieszka	Gallagher	\N	agnieszka_gallagher97@vodafone.ie	0854878934	\N	1968-04-16	8712274EW	Apt 31, Fitzwilliam Court	Boherbee	Tralee	Co. Kerry	V92 T20F	en	agallagher	$2b$12$Q8/k0/IeUxgtjbQwUUnrG5sJS7C.XALMWLiGaU/3vGQVfgb.cFTuh	2023-08-12 01:58:32	active	f	t	2023-04-22 03:51:35	2024-02-26 09:32:18
1132	CU00007955	Dr	Clodagh	Collins	\N	clodagh_collins8@icloud.com	086 275 6062	\N	1972-08-21	\N	45 Muskerry Estate	\N	Ballincollig	Co. Cork	P31 AY88	en	\N	\N	\N	active	f	f	2020-04-19 03:20:45	\N
1136	CU00007983	Mrs	Niamh	Nolan	\N	niamh.nolan33@icloud.com	086 477 4012	\N	1966-04-21	4471238KA	14 Oakpark Road	\N	Tralee	Co. Kerry	V92 PD15	en	nnolan	$2b$12$gqAIJ/PeuCPS9dbI0AD2I1Tv6/iKw3/i/NsfEre44TUYPMZv0whhj	2016-10-17 10:30:13	active	f	t	2015-04-20 21:47:29	2024-02-15 20:36:56
1138	CU00007997	Mr	Séamus	O'Sullivan	\N	sosullivan@gmail.com	085 290 5378	\N	1951-01-16	9925317CA	25 Ballytruckle Road	\N	Waterford	Co. Waterford	X91 A09T	en	sosullivan	$2b$12$/RfDekDl8epb9nq9KDzFfvNfNbgtUjtWnt8M2QT/8CAX7.EFlRjJY	2023-05-26 11:01:07	closed	f	f	2016-01-01 18:33:42	2024-04-01 23:34:58
1142	CU00008025	Mrs	Éabha	Daly	Éabha Ní Dálaigh	eabha.daly@vodafone.ie	+353 87 457 7716	021 251 5355	1959-07-04	2157263NA	48 Muskerry Estate	\N	Ballincollig	Co. Cork	P31 FFK0	ga	\N	\N	\N	active	f	t	2020-09-07 04:37:13	\N
1146	CU00008053	Dr	Piotr	McLoughlin	\N	piotr_mcloughlin64@icloud.com	0851758360	\N	1994-01-05	5412596WB	106 Machaire Clochair	\N	Gaoth Dobhair	Co. Dhún na nGall	F92 C0HK	en	\N	\N	\N	active	f	f	2017-09-13 11:28:52	\N
1147	CU00008060	Mr	Niall	Gallagher	\N	niall_gallagher80@hotmail.com	086 468 1720	\N	1952-05-03	5350174RA	Apt 29, Riverside Lodge	Ballyard Drive	Tralee	Co. Kerry	V92 V520	en	\N	\N	\N	active	f	f	2017-01-30 11:47:12	\N
1150	CU00008081	Ms	Margaret	Clarke	\N	margaretclarke@yahoo.ie	086 335 8782	\N	1959-12-16	3319257UH	177 Leinster Road	\N	Dublin 6	Co. Dublin	D06 RVTW	en	mclarke	$2b$12$/gtCPRrBrJoBLbNe5DVNiodOenlobssZAPvMBMkrPsF8VZ23YJy0S	2023-12-12 07:46:32	moving_out	f	t	2018-11-15 12:21:37	2024-03-03 00:47:43
1154	CU00008109	Mr	Cian	O'Sullivan	\N	cian.osullivan@gmail.com	087 168 1995	091 450 0767	1960-06-23	1887984QA	90 Ard na Gréine	\N	Galway	Co. Galway	H91 VKKR	en	\N	\N	\N	closed	f	f	2024-02-09 11:10:42	\N
1158	CU00008137	Dr	Clodagh	Murray	\N	\N	085 757 5619	074 214 7448	1944-06-03	\N	121 Bóthar Buí	\N	Gaoth Dobhair	Co. Dhún na nGall	F92 CNR6	en	cmurray	$2b$12$l23hdGCbG1ww2Qtt9UrR0IebXSiHDR6MyYWJ/rsjXw5nmPzB/2brK	2022-06-04 14:26:45	active	f	t	2021-04-18 22:49:47	2024-05-01 02:53:35
1160	CU00008151	Mr	Gerard	Connolly	\N	gconnolly@outlook.ie	0898436886	\N	1941-09-18	9216580NA	26 Old Bawn Road	\N	Dublin 24	Co. Dublin	D24 N0CC	en	\N	\N	\N	active	f	f	2018-04-18 17:55:52	\N
1163	CU00008172	Mr	Colm	McLoughlin	\N	colm.mcloughlin43@yahoo.ie	+353 87 121 8705	042 280 4752	1980-12-09	5069422RA	Apt 16, Hanover Quay Apartments	Blackrock Road	Dundalk	Co. Louth	A91 FV0P	en	\N	\N	\N	active	f	f	2023-12-07 21:42:07	\N
1166	CU00008193	Ms	Margaret	Lynch	\N	mlynch@gmail.com	\N	021 433 2483	1974-06-11	4190657HW	180 Greenfield Park	\N	Ballincollig	Co. Cork	P31 R1FE	en	mlynch	$2b$12$u0sgbkFZGy0qvysKFZ0OHU4iiEW4f9n4fTkuIxEoNeJrHvZMgDD7n	2024-02-05 22:20:17	closed	f	t	2024-01-27 15:18:10	2024-03-15 03:13:33
1169	CU00008214	Dr	Séamus	Nowak	\N	seamus.nowak@icloud.com	086 539 6114	026 938 6576	1958-05-03	6481749LA	Apt 4, Riverside Lodge	Cúil Aodha	Baile Bhuirne	Co. Chorcaí	P12 PFDT	ga	snowak	$2b$12$9zRAVF7MCT3J9fG7WxQJ.wPIJzv0ExCO5BtN5W14xENuHUicxlQkT	2023-02-06 00:11:16	active	f	f	2021-03-17 00:16:47	2024-01-29 11:50:00
1172	CU00008235	Mr	Pádraig	Lynch	\N	padraig_lynch86@outlook.ie	+353 87 519 0195	\N	1972-02-16	\N	97 Craddockstown Road	\N	Naas	Co. Kildare	W91 PKN1	en	plynch	$2b$12$hs3eRlwI5DyXFsG1fkXmMngILcsl6L7Dnys8UpdYl6G6iSbyioXhj	2024-05-18 01:24:30	active	f	f	2024-05-11 12:36:01	2024-05-09 17:20:12
1175	CU00008256	Ms	Méabh	Keane	Méabh Ní Catháin	meabhkeane@live.ie	+353 86 353 4284	066 309 6671	1940-04-12	1043757UA	56 Ballyard Drive	\N	Tralee	Co. Kerry	V92 TR5E	ga	mkeane	$2b$12$yJrRxE39H/AS32rH2ZC5EtQfDcLw.1z6IwkeN2/aq8IteHZ2AsNAI	2024-03-21 13:50:53	active	f	t	2023-12-21 02:52:44	2024-05-02 21:28:18
1179	CU00008284	Dr	Pádraig	Moore	\N	pmoore@yahoo.ie	+353 87 340 4778	\N	1949-09-28	3132878M	32 Muskerry Estate	\N	Ballincollig	Co. Cork	P31 PR77	en	pmoore	$2b$12$W94ikaQmoS.H0O1ADizL3IeQQ3CZeiNhESEHiFtDNUMxAVe6jMqpr	2023-02-04 21:28:44	active	f	t	2022-10-07 20:16:24	2024-05-14 06:14:43
1180	CU00008291	Mrs	Róisín	Hayes	\N	roisin.hayes@vodafone.ie	085 187 7253	045 921 8721	1988-10-25	9510156F	Apt 15, Riverside Lodge	Craddockstown Road	Naas	Co. Kildare	W91 TNA1	en	rhayes	$2b$12$QPTFISL0SiW2n3EUVWbazdiRpGcUHd6k714zQiswb2/8YQOvhGWCq	2016-11-11 18:50:41	active	f	f	2015-10-23 19:35:51	2024-03-01 04:24:18
1184	CU00008319	Mrs	Ana	Quinn	\N	ana.quinn@hotmail.com	086 670 4497	051 791 0508	1977-10-21	5402644PA	15 Cork Road	\N	Waterford	Co. Waterford	X91 W4CA	en	aquinn	$2b$12$YVN1GjTu3qr99Xj3jopwKKwARuHx2F0dkKovQLioCh./Qvh1ec8/r	2022-08-20 21:13:48	active	f	f	2017-07-20 02:57:47	2024-04-06 22:39:32
1187	CU00008340	Ms	Mary	Clarke	\N	mclarke@icloud.com	086 929 7560	\N	1972-06-01	8220872RA	145 South Circular Road	\N	Dublin 8	Co. Dublin	D08 TDKK	en	mclarke30	$2b$12$VBFb20Kyse9x9niTKkhfeO7gSk7abtmpT7bH0NiJOT8BoRONr/P0Y	2023-09-28 22:21:09	active	f	t	2020-06-16 18:34:58	2024-04-16 16:38:48
1191	CU00008368	Dr	Éabha	Mac Giolla Phádraig	\N	macgiollaphadraig.eabha@live.ie	\N	\N	1941-07-15	4848757KA	160 South Circular Road	\N	Dublin 8	Co. Dublin	D08 AP5A	en	emacgiollaphadraig	$2b$12$vd17z9nfYyBUJWoPoMKc.yAfPyus/sNMyWHsRbv6A79XofbHwtiFW	2023-03-02 06:52:49	closed	f	f	2022-11-13 16:39:52	2024-01-16 10:29:41
1193	CU00008382	Dr	Bríd	McLoughlin	Bríd Nic Lochlainn	\N	089 882 0449	\N	1977-09-21	3739591JA	Apt 25, Fitzwilliam Court	Ascaill an Pharóiste	An Spidéal	Co. na Gaillimhe	H91 YXDN	ga	bmcloughlin	$2b$12$E/JusoPwg.KnWIt58qkRCmC5.hJIgM.v68v3N6y1Jnu/2FxCMSRp3	2022-02-04 17:52:00	active	f	t	2017-12-30 08:22:15	2024-03-18 18:18:54
1196	CU00008403	Dr	Aoife	Silva	\N	aoife.silva87@gmail.com	089 518 0953	061 676 1012	1953-04-21	7156027WB	149 O'Connell Avenue	\N	Limerick	Co. Limerick	V94 K58W	en	asilva	$2b$12$zeYzEoEaxWbMDuFoU.IviwAItVG96RvXO1NDGD7QOkyfA72Sjeo1V	2020-08-26 06:52:27	active	f	f	2020-07-23 17:41:43	2024-03-25 18:32:24
1198	CU00008417	Ms	Caoimhe	O'Neill	\N	\N	+353 86 315 9175	\N	1941-06-18	1477411NB	97 Ard na Gréine	\N	Galway	Co. Galway	H91 XY5W	en	\N	\N	\N	active	f	t	2020-07-23 23:14:42	\N
1203	CU00008452	Mr	Peter	O'Neill	\N	peter.oneill@live.ie	086 644 1518	\N	2003-08-25	7102539E	29 Firhouse Road	\N	Dublin 24	Co. Dublin	D24 X992	en	poneill	$2b$12$fpPRiEckt4JmZK.4jDzhJnLas1fpJ82k/wJ4tUIE6h9y2sRMPHqnD	2024-02-23 18:16:13	active	f	f	2019-01-05 12:20:22	2024-02-26 13:01:51
1206	CU00008473	Dr	Conor	Collins	\N	conor_collins21@hotmail.com	087 639 1449	074 704 8358	1949-12-08	9677197AB	93 Ballyraine	\N	Letterkenny	Co. Donegal	F92 CPC6	en	\N	\N	\N	closed	f	t	2015-12-30 16:54:49	\N
1208	CU00008487	Ms	Orla	McCarthy	\N	\N	083 400 5721	\N	1986-09-20	8334169BW	19 Kilnamanagh Road	\N	Dublin 24	Co. Dublin	D24 WKY9	en	omccarthy	$2b$12$7wVrlruRROhOUky9ItRvPuMutyEybCXdjS8HbJRkwvcck9vkNLdlj	2017-08-24 18:38:47	active	f	t	2015-03-08 06:16:07	2024-01-27 00:49:53
1212	CU00008515	Mr	Tadhg	O'Neill	\N	tadhgoneill@outlook.ie	086 868 2453	\N	1997-02-13	0172111HA	16 Knockthomas	\N	Castlebar	Co. Mayo	F23 NFCA	en	\N	\N	\N	active	f	t	2021-10-20 18:44:23	\N
1213	CU00008522	Mr	John	Burke	\N	burke.john@icloud.com	089 323 7249	\N	1960-02-28	0739954JW	146 Avenue Road	\N	Dundalk	Co. Louth	A91 FX27	en	jburke	$2b$12$nv9eO7.b7vEX/8PQKydeUpYxfOQTbtMGPLYF2ddqMZ0bNMtJ/uClX	2018-07-23 13:35:56	active	f	f	2015-06-19 05:16:02	2024-06-03 13:37:08
1218	CU00008557	Dr	Áine	Lynch	\N	aine_lynch67@yahoo.ie	0898473694	051 339 2697	1960-11-23	0229584HW	5 Ballytruckle Road	\N	Waterford	Co. Waterford	X91 TYFP	en	alynch	$2b$12$i5Je4qyD.OleTGtj1sugoK2FsyOZ.0eX9B3vV59aN8pXbHQ1Y8ttd	2020-06-27 16:15:17	active	f	t	2019-08-29 08:06:35	2024-02-07 15:06:00
1221	CU00008578	Dr	Niamh	Keane	\N	niamh_keane34@eircom.net	085 284 1536	051 907 6136	1978-04-05	4059625I	75 Cork Road	\N	Waterford	Co. Waterford	X91 RK1H	en	nkeane	$2b$12$1dtQFcJKdPtqdRJ24Yagn5GoF.uotKkyvMDXy5otrPLopWNua1j.N	2024-03-10 04:28:53	active	f	t	2023-07-26 23:53:04	2024-05-10 03:57:31
1222	CU00008585	Ms	Clodagh	Mac Giolla Phádraig	Clodagh Nic Giolla Phádraig	clodagh.macgiollaphadraig@eircom.net	+353 87 711 0012	026 719 5624	1983-08-11	1163739F	9 Cúil Aodha	\N	Baile Bhuirne	Co. Chorcaí	P12 T049	ga	cmacgiollaphadraig	$2b$12$xUhs6zzveFDr4LPbAfFYvbX6fAt2.projx8U/S5NMOltXS.opZxoE	2016-06-21 18:54:22	active	f	f	2015-08-19 21:02:52	2024-04-04 21:43:43
1227	CU00008620	Dr	Rory	Walsh	\N	walsh.rory@outlook.ie	089 457 2058	\N	1957-05-10	5782431HB	118 Bóthar na Trá	\N	Galway	Co. Galway	H91 X041	en	\N	\N	\N	active	f	f	2019-01-16 11:12:34	\N
1229	CU00008634	Mr	Oisín	Walsh	\N	oisin_walsh61@vodafone.ie	+353 87 969 1007	\N	1976-02-25	1833763K	151 Newport Road	\N	Castlebar	Co. Mayo	F23 TDA4	en	owalsh	$2b$12$OZsxoR3hSADTw1ELbXEmuMOYXj2uoTo4.nQ2MA./QQx857NgAdw2Z	2020-04-23 05:54:00	active	f	f	2016-03-22 11:24:55	2024-02-19 18:05:11
1232	CU00008655	Mr	Liam	O'Brien	\N	liam_obrien45@hotmail.com	\N	\N	1970-03-02	3234520MH	9 Highfield Road	\N	Dublin 6	Co. Dublin	D06 D568	en	lobrien	$2b$12$evBqI/hUx/UIseAWKqWUw0DUQsWhgjDEbUgZreCSHiCSxwMnElAOr	2020-11-20 16:30:38	active	f	f	2018-11-10 05:08:45	2024-01-23 10:03:16
1234	CU00008669	Ms	Róisín	Flanagan	Róisín Ní Flannagáin	rflanagan@vodafone.ie	087 726 3006	\N	1999-05-25	\N	45 Ballinlough Road	\N	Cork	Co. Cork	T12 X5XW	ga	rflanagan	$2b$12$RiGIsYH4yqU1AHjqlf2zY9/QHf44u5EHh1oA4QvjVV9QfcfyRYKbz	2021-11-15 08:33:04	active	f	f	2021-09-13 15:35:14	2024-06-30 03:43:33
1237	CU00008690	Mr	Tadhg	Mac Giolla Phádraig	\N	macgiollaphadraig.tadhg@icloud.com	+353 86 370 1599	\N	1955-09-12	8265636IA	80 Blackrock Road	\N	Dundalk	Co. Louth	A91 N32X	en	tmacgiollaphadraig	$2b$12$F4k0LUMHJBr4vlw/6ae5rzkE/b6uhT.nKraM49GiUNXnlmkMTp6HU	2022-12-10 16:51:20	active	f	f	2018-07-23 01:57:45	2024-04-04 04:56:45
1242	CU00008725	Mr	Tomasz	Kowalski	\N	tomasz_kowalski3@vodafone.ie	\N	\N	1985-11-19	7980182JB	42 Ballyard Drive	\N	Tralee	Co. Kerry	V92 T0WY	en	\N	\N	\N	active	f	f	2022-09-17 18:23:38	\N
1244	CU00008739	Dr	Conor	Mac Giolla Phádraig	\N	conor_macgiollaphadraig58@gmail.com	+353 83 251 1183	\N	2004-10-03	5181695W	86 Port Road	\N	Letterkenny	Co. Donegal	F92 R81V	en	\N	\N	\N	active	f	t	2019-09-16 05:11:35	\N
1247	CU00008760	Ms	Laura	Gallagher	\N	lgallagher@icloud.com	089 442 5756	021 469 5504	1965-11-21	4838095HA	107 Blarney Street	\N	Cork	Co. Cork	T12 CADX	en	lgallagher	$2b$12$YzlTDPeHws0.iRjehhghks/l81oRQBxxy8qWUPJBqfO9EhRWbTFTD	2022-10-26 04:01:43	active	f	f	2022-06-26 22:46:13	2024-05-20 14:26:18
1250	CU00008781	Mrs	Róisín	Byrne	\N	roisin_byrne54@hotmail.com	089 333 9713	\N	1966-04-10	4963958FW	36 Garrycastle	\N	Athlone	Co. Westmeath	N37 KN55	en	\N	\N	\N	active	f	t	2024-03-02 18:38:57	\N
1252	CU00008795	Mr	Shane	Lynch	\N	shane.lynch@eircom.net	086 903 5181	\N	1938-03-05	\N	79 Gort Road	\N	Ennis	Co. Clare	V95 N6VY	en	\N	\N	\N	active	f	t	2017-01-11 06:50:34	\N
1257	CU00008830	Mrs	Catherine	Kowalski	\N	kowalski.catherine@hotmail.com	086 936 1223	045 790 8661	1988-12-02	\N	171 Sallins Road	\N	Naas	Co. Kildare	W91 R07F	en	ckowalski	$2b$12$3oXNN6Q/LYsnMIUHuK.JayJYxgW2Zr9mtplSYgO0ksRQcpv5exiXf	2024-06-05 14:42:08	active	f	f	2021-02-09 14:50:40	2024-04-10 14:31:38
1260	CU00008851	Mr	Cathal	Kelly	\N	\N	087 532 9543	\N	1942-04-09	\N	43 Blarney Street	\N	Cork	Co. Cork	T12 V05C	en	ckelly	$2b$12$n1bYlRwDDT.OyCoT3BWifsmmlMK9MWWbJbE1BTnG7Adv3b5U2aPzX	2016-12-13 05:09:14	active	f	f	2015-10-26 14:49:45	2024-06-25 03:36:31
1263	CU00008872	Mr	Tomás	Clarke	\N	tomas.clarke@yahoo.ie	087 609 5083	\N	1946-05-24	3676957S	52 Cork Road	\N	Waterford	Co. Waterford	X91 E930	en	\N	\N	\N	active	f	t	2017-03-29 00:07:16	\N
1265	CU00008886	Dr	Méabh	Brennan	\N	meabh.brennan@gmail.com	083 809 4113	061 598 7043	1968-12-27	\N	140 Castletroy Heights	\N	Limerick	Co. Limerick	V94 WC08	en	\N	\N	\N	moving_out	f	t	2017-03-03 05:27:08	\N
1268	CU00008907	Mrs	Aoife	Byrne	\N	aoifebyrne@eircom.net	+353 89 843 6569	042 513 7791	1947-07-26	3423650CW	Apt 4, Fitzwilliam Court	Dublin Road	Dundalk	Co. Louth	A91 PYF4	en	abyrne	$2b$12$tEPqhbQda70V/RaZ6ps0B6EtLgUIdCWrSHmoU3f8OIe4PbXl0xNGA	2021-03-05 02:55:15	active	f	t	2017-05-31 09:46:49	2024-04-09 11:09:27
1270	CU00008921	Dr	Saoirse	Gallagher	\N	saoirsegallagher@vodafone.ie	086 799 4075	\N	1946-11-27	0889239IA	25 Taylor's Hill	\N	Galway	Co. Galway	H91 N44Y	en	\N	\N	\N	active	f	f	2022-11-02 22:23:22	\N
1274	CU00008949	Mr	Rory	Silva	\N	rory_silva39@vodafone.ie	0897595786	094 548 4450	1971-06-02	2064573GH	149 Newport Road	\N	Castlebar	Co. Mayo	F23 WVHN	en	rsilva	$2b$12$KTT/gyfRQXxQ6n6uO/1duOLukV9LrO4CNqbzimemBaJEURZA8/2FD	2021-12-20 22:54:39	active	f	f	2019-12-07 13:06:04	2024-02-13 09:01:28
1276	CU00008963	Dr	Bríd	Keane	\N	bridkeane@hotmail.com	0872517478	\N	1975-10-10	0466974U	117 Glencar Road	\N	Letterkenny	Co. Donegal	F92 RC16	en	bkeane	$2b$12$M7eU40UlPlxKbugZc8KhhDL4iINd2rdh4SdVNwa72VUn0r/xJDTpX	2022-12-09 00:06:48	active	t	t	2018-07-24 02:02:08	2024-04-22 11:05:23
1281	CU00008998	Mr	Peter	Murphy	\N	murphy.peter@outlook.ie	087 278 6234	\N	1964-04-25	3872251S	17 Ongar Village	\N	Dublin 15	Co. Dublin	D15 F6RW	en	pmurphy	$2b$12$snJyWdkW0zXRRMNoTAwW7SrwQb8Yr.BNnhShIvmi8ME74bni/UnT0	2022-03-21 13:41:20	active	f	f	2017-10-31 18:41:53	2024-03-13 00:30:46
1282	CU00009005	Dr	Saoirse	Fitzgerald	\N	saoirse.fitzgerald84@outlook.ie	\N	\N	1955-03-11	\N	161 Sallins Road	\N	Naas	Co. Kildare	W91 FNW1	en	\N	\N	\N	active	f	t	2021-01-20 09:33:28	\N
1286	CU00009033	Dr	Sinéad	Carroll	\N	carroll.sinead@vodafone.ie	087 196 6908	021 722 5872	1967-09-23	8582039IA	80 Douglas Road	\N	Cork	Co. Cork	T12 K5DX	en	\N	\N	\N	active	f	t	2021-10-03 04:04:45	\N
1288	CU00009047	Mrs	Ana	Burke	\N	ana.burke18@vodafone.ie	086 721 7670	\N	1996-04-03	4951814UA	122 Boherbee	\N	Tralee	Co. Kerry	V92 YX5K	en	aburke	$2b$12$mSCv2LHKU9pBiD0zMWbENW.FkykdgGIYp0Ok2XUEWZNwy0l49JMjQ	2018-01-07 15:10:05	closed	f	f	2015-03-02 07:18:37	2024-06-18 03:43:24
1291	CU00009068	Ms	Emma	McCarthy	\N	emma.mccarthy89@outlook.ie	+353 87 100 3667	021 857 6368	1957-08-28	2884603DB	83 Greenfield Park	\N	Ballincollig	Co. Cork	P31 E5T1	en	emccarthy	$2b$12$eYf31s2SYwz0xblXSchBbw44BufBsctVpApmj0v5PAgMMZ.XhddFM	2024-05-10 02:36:38	active	f	t	2023-12-12 19:24:11	2024-02-01 04:53:26
1294	CU00009089	Dr	John	Carroll	Seán Ó Cearbhaill	carroll.john@live.ie	+353 85 140 1766	\N	1956-04-23	0448858CA	169 South Circular Road	\N	Dublin 8	Co. Dublin	D08 HXPW	ga	\N	\N	\N	active	f	t	2017-11-15 10:52:48	\N
1298	CU00009117	Mrs	Laura	McLoughlin	\N	lauramcloughlin@outlook.ie	087 847 0747	(01) 836 2642	1945-11-09	\N	71 Cork Street	\N	Dublin 8	Co. Dublin	D08 V07H	en	\N	\N	\N	active	f	t	2017-01-05 23:41:09	\N
1302	CU00009145	Mr	Tomás	Nowak	\N	tnowak@yahoo.ie	0879271185	021 632 2563	1971-06-20	\N	Apt 27, Fitzwilliam Court	Evergreen Street	Cork	Co. Cork	T12 P70X	en	tnowak	$2b$12$Hnz/6IY2rqP0NlMz9F9iQKrMfdfwlFR/rcfaD4q7CPZ/XFqsUsm/V	2023-08-11 03:10:02	active	f	t	2021-05-27 01:57:52	2024-03-04 15:31:28
1305	CU00009166	Dr	Michael	Nolan	\N	michael_nolan64@eircom.net	0833921565	\N	1982-10-29	2229965M	128 Ennis Road	\N	Limerick	Co. Limerick	V94 ED16	en	mnolan51	$2b$12$Xqgfcv9m2GpM1xQBrQHLv7mMl/T6gNWpHqwaD6ckvV3irfcbgaK3y	2023-10-26 09:16:24	active	f	f	2018-10-14 22:33:26	2024-06-08 10:52:27
1308	CU00009187	Dr	Shane	O'Connor	\N	shane.oconnor@eircom.net	089 893 5930	\N	1976-07-26	8857013J	Apt 31, Riverside Lodge	Retreat Road	Athlone	Co. Westmeath	N37 RFNF	en	\N	\N	\N	active	f	f	2015-03-10 16:14:18	\N
1309	CU00009194	Mr	Shane	Flanagan	\N	sflanagan@gmail.com	+353 85 145 5739	\N	1998-09-04	9070175TA	Apt 1, Cnoc na Gréine	Strandhill Road	Sligo	Co. Sligo	F91 ATW6	en	\N	\N	\N	active	f	f	2024-03-29 04:16:25	\N
1314	CU00009229	Ms	Ana	Burke	\N	\N	087 951 3133	\N	1958-10-22	3424769SA	93 Ballyard Drive	\N	Tralee	Co. Kerry	V92 VT9W	en	aburke48	$2b$12$uZmoFuiUilrZtgSotMrpGlyGkqaK0JB5M6DUyx7mNXnOSICoFDHxf	2020-06-29 09:49:44	active	f	f	2015-12-13 04:06:43	2024-03-28 13:02:34
1317	CU00009250	Mr	Michael	O'Neill	\N	michael.oneill@vodafone.ie	087 535 7603	\N	1956-11-05	7628162JB	31 Castleknock Park	\N	Dublin 15	Co. Dublin	D15 N72P	en	\N	\N	\N	active	f	f	2018-03-28 17:27:10	\N
1320	CU00009271	Mr	Tomás	Kennedy	Tomás Ó Cinnéide	tomas.kennedy@gmail.com	089 123 0538	074 841 3623	1982-10-27	3860706DA	8 Glencar Road	\N	Letterkenny	Co. Donegal	F92 TXXC	ga	\N	\N	\N	active	f	t	2016-07-31 14:21:38	\N
1323	CU00009292	Mr	Cian	McCarthy	\N	cianmccarthy@gmail.com	086 974 6880	\N	1967-05-20	8611734JA	56 Griffith Avenue	\N	Dublin 9	Co. Dublin	D09 THK7	en	cmccarthy	$2b$12$SpVwwnTjGg1n39GYusN8Un2LfqLP3EQokUI5VDC5MErDH3MEJOWcV	2017-10-25 12:24:38	active	f	f	2015-12-12 07:59:28	2024-04-25 22:02:08
1326	CU00009313	Mr	Aidan	O'Neill	\N	aidan.oneill64@gmail.com	086 828 5111	\N	1987-08-20	1691262DH	123 Monread Avenue	\N	Naas	Co. Kildare	W91 TTDD	en	aoneill	$2b$12$i9lVEVonvWe9InRgK0N0rKXhx2TlSK8ASpTIYQswXcxQRaWSmz5SB	2022-10-30 07:29:42	active	f	t	2020-01-11 14:48:41	2024-05-24 05:57:43
1328	CU00009327	Ms	Gráinne	Walsh	Gráinne Breathnach	gwalsh@live.ie	\N	\N	1969-09-26	6797283LB	52 Bóthar an Chladaigh	\N	An Spidéal	Co. na Gaillimhe	H91 HTA2	ga	\N	\N	\N	active	f	t	2016-11-11 21:43:48	\N
1332	CU00009355	Mr	Liam	Murphy	\N	lmurphy@vodafone.ie	086 585 6374	051 570 6276	2000-08-25	3304379JA	35 Ballytruckle Road	\N	Waterford	Co. Waterford	X91 R5F2	en	\N	\N	\N	active	f	f	2015-09-15 05:37:52	\N
1333	CU00009362	Mrs	Aisling	Carroll	Aisling Ní Cearbhaill	aisling_carroll55@eircom.net	086 526 0857	\N	2002-11-18	\N	85 Cúil Aodha	\N	Baile Bhuirne	Co. Chorcaí	P12 D0C7	ga	acarroll	$2b$12$547MVAd9ybOPUDAezcwnNjPtgEzXJTQYdq6YQ24a5RxmBDhH8B7FA	2023-10-29 20:14:54	active	f	f	2021-08-07 20:38:06	2024-04-09 06:03:13
1337	CU00009390	Mr	Cathal	Silva	\N	csilva@icloud.com	0899628339	\N	1960-06-19	4345350N	Apt 22, The Maltings	Evergreen Street	Cork	Co. Cork	T12 RYD7	en	\N	\N	\N	active	f	f	2019-05-18 11:32:57	\N
1339	CU00009404	Mr	Declan	Flanagan	\N	dflanagan@live.ie	089 400 9555	056 234 4871	1974-11-06	\N	109 Loughboy	\N	Kilkenny	Co. Kilkenny	R95 NVW9	en	dflanagan	$2b$12$xEZ./PJlsa.sR/8d1h3ztOBKtSH37og0JatlDGcJnnbYBFGhigrMD	2024-05-10 07:24:46	active	f	t	2023-09-25 22:15:52	2024-02-01 01:26:09
1342	CU00009425	Mr	Seán	Kennedy	\N	kennedy.sean@vodafone.ie	0832780629	\N	1974-06-08	1560367QA	Apt 20, Fitzwilliam Court	Greenfield Park	Ballincollig	Co. Cork	P31 H0E7	en	skennedy	$2b$12$R.xW8dR9IL1YKpuJmhjwyvL7aK5PTz7FQmNl4LfM0VoYMIInyw1lK	2024-05-02 01:50:09	active	f	f	2023-06-12 17:06:44	2024-01-01 15:27:58
1347	CU00009460	Dr	Michael	Byrne	\N	michael.byrne38@outlook.ie	083 897 7716	\N	1954-09-09	1344603TA	178 Evergreen Street	\N	Cork	Co. Cork	T12 PFCR	en	mbyrne	$2b$12$yLCH4DGDwJcCfMovCuyH2hzd4IjS4W9MGDzeAalJdVG57b1tfoBKS	2019-04-18 09:10:32	active	f	t	2017-02-02 18:33:56	2024-02-07 20:24:53
1350	CU00009481	Dr	Liam	Clarke	\N	liam.clarke@yahoo.ie	087 637 9758	\N	1980-07-06	4350565BA	24 Boherbee	\N	Tralee	Co. Kerry	V92 PKXN	en	lclarke	$2b$12$m3RCpL9eSJtQiydNhUzTk0aa0rYtsiGHNLq44/ZCpLYsVYd4t6uSK	2020-07-23 13:25:05	active	f	f	2018-03-06 07:28:11	2024-06-05 12:44:01
1351	CU00009488	Mrs	Áine	Doherty	\N	ainedoherty@outlook.ie	0854209592	\N	1948-12-17	2208342IH	62 Patrick Street	\N	Kilkenny	Co. Kilkenny	R95 E1NF	en	adoherty	$2b$12$8qCVU4V0MviWZOBSskg/klmqZXm5tC6RCCQF9.hsoJM5.8T3bc7jb	2020-09-01 16:53:52	active	f	f	2020-03-03 06:09:22	2024-04-27 05:15:10
1356	CU00009523	Mr	Diarmuid	Lynch	\N	diarmuid.lynch@hotmail.com	+353 83 210 1842	\N	1964-12-21	9357800FW	175 Ballyraine	\N	Letterkenny	Co. Donegal	F92 C36H	en	dlynch76	$2b$12$bxcPg6U3O2KAkfBshVtfhvhyVzPIKiHvh7QxkYWQIly5SFTwkhqnW	2023-05-13 04:23:04	active	f	t	2019-09-15 05:32:57	2024-01-01 03:28:17
1357	CU00009530	Mr	Rory	Doherty	\N	rdoherty@outlook.ie	083 718 2354	\N	1986-09-04	5645421CA	82 Dublin Road	\N	Dundalk	Co. Louth	A91 PHXA	en	\N	\N	\N	closed	f	t	2017-09-26 09:38:53	\N
1360	CU00009551	Mr	Cathal	Gallagher	Cathal Ó Gallchobhair	gallagher.cathal@hotmail.com	086 885 8671	074 577 0047	1947-11-20	\N	121 Bóthar Buí	\N	Gaoth Dobhair	Co. Dhún na nGall	F92 WD52	ga	\N	\N	\N	active	f	f	2017-07-02 08:40:59	\N
1365	CU00009586	Dr	Darragh	McCarthy	Darragh Mac Cárthaigh	darragh.mccarthy@live.ie	086 557 7560	\N	1958-04-21	0412169AA	74 Sráid an Mhuilinn	\N	Baile Bhuirne	Co. Chorcaí	P12 X6RP	ga	dmccarthy	$2b$12$2baW1vdpzgEx6Ur.000uVTy1XFsT8ydxuRAcQ9rrobu9hd5jY1fk2	2022-01-09 03:52:34	active	f	f	2021-03-28 20:05:06	2024-02-22 00:02:55
1368	CU00009607	Mr	Dónal	Clarke	\N	clarke.donal@hotmail.com	083 672 6578	\N	1954-04-16	\N	41 Gort Road	\N	Ennis	Co. Clare	V95 TDX7	en	dclarke	$2b$12$R0jXNWikYUqN1iNSzAWLTKsF3P03m/RriXroq1Vj0ojDuvut67Ocf	2021-01-14 12:07:11	active	f	f	2017-06-21 10:22:12	2024-05-09 07:28:38
1371	CU00009628	Mr	Kevin	Nolan	\N	kevin.nolan3@gmail.com	087 247 9986	\N	1961-07-18	\N	32 Hartstown Road	\N	Dublin 15	Co. Dublin	D15 R95H	en	\N	\N	\N	active	f	f	2022-06-12 07:45:16	\N
1374	CU00009649	Dr	Méabh	Lynch	\N	meabhlynch@live.ie	087 527 9152	051 928 8744	1967-05-16	1546736CB	66 John's Hill	\N	Waterford	Co. Waterford	X91 C5P3	en	mlynch88	$2b$12$RK2uIo0I4WdsxNVtijzZZik4WR5KRmQ8Sqhx5Q/9ieEJL01.aXc1r	2021-08-07 05:20:24	active	f	t	2018-08-27 08:45:26	2024-05-30 03:59:00
1376	CU00009663	Ms	Sinéad	Collins	\N	collins.sinead@icloud.com	+353 86 366 1801	\N	1985-02-23	4296753R	165 Iona Road	\N	Dublin 9	Co. Dublin	D09 N8C2	en	scollins	$2b$12$hoNE5.niKlfoGvaJw.eFYJ0F6/CNdNcBGivuJ6eo9Sb/PuJuKCvUc	2023-06-09 22:09:46	active	f	f	2015-05-01 01:46:13	2024-01-21 21:58:14
1379	CU00009684	Dr	Seán	Collins	\N	seancollins@gmail.com	086 327 8920	\N	1967-08-27	\N	66 Newcastle Road	\N	Galway	Co. Galway	H91 X61P	en	scollins44	$2b$12$Z6Xo6KPLel3kskX.KslaRztoVp4lDiGgbd8Ag1eWFrCVaF503hSVX	2021-11-19 04:14:16	active	f	f	2019-11-25 18:52:06	2024-05-21 15:58:59
1383	CU00009712	Mr	Paul	Collins	\N	paul.collins68@gmail.com	0834742382	\N	1941-06-16	\N	Apt 8, The Maltings	Blanchardstown Road South	Dublin 15	Co. Dublin	D15 Y0R3	en	pcollins	$2b$12$EZdCyaf9hlmp9lhfKGPzZeHN/I/bp0dDveJi.onUkws4qYjgDFpnW	2018-08-08 09:04:24	active	f	f	2018-06-30 07:31:38	2024-01-29 10:09:52
\.


--
-- Data for Name: accounts; Type: TABLE DATA; Schema: public; Owner: billing
--

COPY public.accounts (account_id, customer_id, account_number, mprn, supply_address_line1, supply_town, supply_county, supply_eircode, meter_serial, meter_type, tariff_code, account_status, payment_method, budget_plan_amount, supply_start_date, opened_at, closed_at) FROM stdin;
501	1000	9601924174	10469839334	Apt 45, Fitzwilliam Court	Waterford	Co. Waterford	X91 XW1X	245016255	24hr	PAYG-24	active	cash_card	95	2020-11-20	2020-11-08 11:36:57	\N
502	1004	9537313698	10635617626	107 South Circular Road	Dublin 8	Co. Dublin	D08 F7EW	357379002	Smart	SMART-TOU	active	direct_debit	65	2016-06-02	2016-05-16 23:31:11	\N
503	1004	9465784439	10230847501	81 Leinster Road	Dublin 6	Co. Dublin	D06 WRYD	318600462	24hr	HOME-STD-24	active	direct_debit	\N	2023-04-05	2023-03-15 21:04:44	\N
504	1007	9214511886	10285988820	176 Port Road	Letterkenny	Co. Donegal	F92 N5R0	403263115	Day/Night	HOME-DN	active	direct_debit	95	2022-08-06	2022-07-28 08:38:35	\N
505	1007	9259324072	10760563700	79 Pearse Road	Sligo	Co. Sligo	F91 KW77	354145657	Day/Night	HOME-DN	active	card	95	2022-11-27	2022-11-13 21:18:54	\N
506	1007	9665541439	10455505067	12 Monread Avenue	Naas	Co. Kildare	W91 NA4N	405248883	Smart	HOME-EV-NIGHT	active	direct_debit	\N	2023-11-22	2023-11-12 05:18:13	\N
507	1010	9793837831	10288384173	47 Greenfield Park	Ballincollig	Co. Cork	P31 RCV5	317789809	24hr	PAYG-24	active	cash_card	140	2022-11-05	2022-10-21 07:45:36	\N
508	1013	9991019473	10207878713	68 Westport Road	Castlebar	Co. Mayo	F23 R5N8	246559904	Smart	SMART-TOU	active	direct_debit	65	2022-01-16	2021-12-31 06:39:27	\N
509	1017	9746352369	10970706106	23 Cúil Aodha	Baile Bhuirne	Co. Chorcaí	P12 TA84	356285062	Smart	SMART-TOU	active	card	65	2021-12-02	2021-11-17 09:40:20	\N
510	1018	9998432030	10969641711	68 Boherbee	Tralee	Co. Kerry	V92 H0ED	401419331	Smart	SMART-TOU	active	direct_debit	95	2020-10-24	2020-10-09 18:57:52	\N
511	1021	9124401242	10550248883	34 Rialto Cottages	Dublin 8	Co. Dublin	D08 H9E2	248085999	Smart	HOME-EV-NIGHT	active	direct_debit	80	2015-11-20	2015-11-07 13:14:04	\N
512	1024	9535592589	10591980034	80 Cúil Aodha	Baile Bhuirne	Co. Chorcaí	P12 TT4Y	241444572	Day/Night	HOME-DN	active	direct_debit	65	2015-08-09	2015-07-22 10:29:56	\N
513	1024	9895953159	10415597041	90 Cois Abhann	An Spidéal	Co. na Gaillimhe	H91 K2W8	356781499	Smart	SMART-TOU	active	direct_debit	65	2022-04-21	2022-04-13 21:43:05	\N
514	1027	9673812181	10513697023	28 Doirí Beaga	Gaoth Dobhair	Co. Dhún na nGall	F92 Y0RC	316650608	24hr	PAYG-24	active	cash_card	110	2016-09-21	2016-09-07 17:17:18	\N
515	1027	9370308094	10654736181	44 Garrycastle	Athlone	Co. Westmeath	N37 P96Y	409644494	24hr	HOME-STD-24	active	direct_debit	80	2019-10-04	2019-09-19 13:36:40	\N
516	1032	9938438349	10247516949	43 Evergreen Street	Cork	Co. Cork	T12 X14F	245761225	24hr	HOME-STD-24	active	card	110	2022-10-18	2022-10-06 05:26:52	\N
517	1032	9741434086	10065466191	26 Bóthar an tSéipéil	Baile Bhuirne	Co. Chorcaí	P12 WVAR	244285381	Smart	SMART-TOU	active	direct_debit	\N	2022-12-25	2022-12-04 03:11:02	\N
518	1034	9743495322	10819312918	12 Cork Road	Waterford	Co. Waterford	X91 NDC9	312597546	Day/Night	HOME-DN	active	direct_debit	140	2016-08-07	2016-07-30 23:18:28	\N
519	1038	9519332184	10035179884	125 Highfield Road	Dublin 6	Co. Dublin	D06 NKX2	406324439	Smart	HOME-EV-NIGHT	active	direct_debit	\N	2018-07-03	2018-06-15 18:25:12	\N
520	1040	9267564352	10056548905	101 South Circular Road	Dublin 8	Co. Dublin	D08 XK0N	402755605	Day/Night	HOME-DN	active	direct_debit	80	2019-08-02	2019-07-14 19:21:58	\N
521	1040	9275292571	10007081044	46 Loughboy	Kilkenny	Co. Kilkenny	R95 K5N3	245913778	24hr	PAYG-24	active	cash_card	95	2021-12-29	2021-12-13 05:28:40	\N
522	1040	9582702195	10432177759	40 Monread Avenue	Naas	Co. Kildare	W91 Y1XN	247284273	Day/Night	HOME-DN	final_billed	direct_debit	140	2021-12-20	2021-12-08 08:51:39	2024-05-22 17:40:39
523	1043	9943700409	10009272092	52 Ascaill an Pharóiste	An Spidéal	Co. na Gaillimhe	H91 N1A3	356213991	24hr	HOME-STD-24	active	direct_debit	65	2018-08-16	2018-08-05 20:50:11	\N
524	1045	9531813335	10845691912	155 Sráid an Mhuilinn	Baile Bhuirne	Co. Chorcaí	P12 HX0N	353696735	24hr	PAYG-24	active	cash_card	65	2016-03-20	2016-03-11 04:42:28	\N
525	1048	9385805631	10002482193	138 Ongar Village	Dublin 15	Co. Dublin	D15 AN5K	244617085	Smart	HOME-EV-NIGHT	active	card	\N	2017-03-23	2017-03-16 08:06:54	\N
526	1053	9990728519	10121581348	52 Cúil Aodha	Baile Bhuirne	Co. Chorcaí	P12 CF4W	310778487	Smart	SMART-TOU	active	cash	95	2019-05-14	2019-04-26 15:08:44	\N
527	1056	9148054696	10683032424	99 Firhouse Road	Dublin 24	Co. Dublin	D24 T7TH	317644736	Day/Night	HOME-DN	active	bank_transfer	140	2016-03-24	2016-03-14 16:28:44	\N
528	1057	9204357322	10230585903	119 Cork Road	Waterford	Co. Waterford	X91 NX46	401640422	Smart	HOME-EV-NIGHT	active	direct_debit	110	2020-10-14	2020-09-30 15:34:30	\N
529	1057	9466732852	10555474356	58 Retreat Road	Athlone	Co. Westmeath	N37 W0V3	241612890	Smart	HOME-EV-NIGHT	active	direct_debit	140	2023-12-25	2023-12-15 09:49:39	\N
530	1062	9509847059	10901037383	86 South Circular Road	Dublin 8	Co. Dublin	D08 Y96F	403902282	Day/Night	HOME-DN	active	card	\N	2021-09-20	2021-08-30 02:09:17	\N
531	1063	9153379787	10978226330	50 Cois Abhann	An Spidéal	Co. na Gaillimhe	H91 P9Y9	319793806	Day/Night	HOME-DN	active	direct_debit	110	2022-04-21	2022-04-09 22:22:46	\N
532	1068	9323009337	10958705689	85 Sráid an Mhuilinn	Baile Bhuirne	Co. Chorcaí	P12 PK8K	357347723	Smart	SMART-TOU	active	direct_debit	140	2018-03-30	2018-03-15 22:34:57	\N
533	1071	9343131136	10879322002	123 Sallins Road	Naas	Co. Kildare	W91 HRWN	358703993	Smart	SMART-TOU	active	direct_debit	\N	2018-08-29	2018-08-11 03:55:03	\N
534	1071	9463428249	10988931962	68 Sráid an Mhuilinn	Baile Bhuirne	Co. Chorcaí	P12 W1F9	350641732	24hr	HOME-STD-24	active	bank_transfer	140	2024-02-28	2024-02-14 07:35:52	\N
535	1074	9924240752	10173613372	Apt 48, Cnoc na Gréine	Sligo	Co. Sligo	F91 XV63	244169260	Smart	HOME-EV-NIGHT	active	card	80	2023-07-14	2023-07-01 00:58:55	\N
536	1076	9515396965	10823034488	102 Oscar Square	Dublin 8	Co. Dublin	D08 R2HA	247219538	Smart	SMART-TOU	active	direct_debit	95	2017-03-27	2017-03-08 16:06:11	\N
537	1076	9353839509	10214670180	78 Craddockstown Road	Naas	Co. Kildare	W91 P2H9	241011091	24hr	HOME-STD-24	active	card	95	2017-10-08	2017-09-22 18:21:55	\N
538	1079	9608083930	10493774681	2 Machaire Clochair	Gaoth Dobhair	Co. Dhún na nGall	F92 X1D5	407635977	24hr	HOME-STD-24	active	direct_debit	110	2019-01-11	2018-12-27 10:45:32	\N
539	1082	9549876752	10759705604	59 Cartron Heights	Sligo	Co. Sligo	F91 WXF2	315584083	24hr	HOME-STD-24	active	direct_debit	65	2016-05-06	2016-04-18 05:30:46	\N
540	1086	9637130808	10717912624	88 Evergreen Street	Cork	Co. Cork	T12 EA78	403435071	Day/Night	HOME-DN	final_billed	direct_debit	95	2020-06-16	2020-06-09 05:33:51	2024-01-07 16:44:38
541	1086	9985638846	10773001661	43 Loughboy	Kilkenny	Co. Kilkenny	R95 W9TX	310138107	Smart	SMART-TOU	final_billed	direct_debit	65	2021-09-06	2021-08-28 11:28:09	2023-09-04 07:12:04
542	1089	9587809950	10233918781	118 Retreat Road	Athlone	Co. Westmeath	N37 DPN4	247600514	Smart	HOME-EV-NIGHT	active	direct_debit	\N	2016-04-29	2016-04-09 15:20:31	\N
543	1090	9517368234	10833944068	179 Station Road	Ballincollig	Co. Cork	P31 RV4T	359881196	Smart	SMART-TOU	active	card	110	2019-05-18	2019-05-04 01:51:29	\N
544	1094	9397638382	10192905118	154 Drumcondra Road Upper	Dublin 9	Co. Dublin	D09 N7VF	401639401	Smart	SMART-TOU	pending_switch	direct_debit	80	2020-07-05	2020-06-28 06:58:35	\N
545	1094	9568355271	10528521083	47 South Circular Road	Dublin 8	Co. Dublin	D08 APF7	240607646	24hr	HOME-STD-24	final_billed	direct_debit	140	2021-02-20	2021-02-10 08:50:44	2022-06-19 11:15:45
546	1097	9491602098	10777532754	175 Station Road	Ballincollig	Co. Cork	P31 KT5F	314570623	Smart	SMART-TOU	active	card	65	2017-09-08	2017-08-19 01:28:03	\N
547	1097	9541007459	10349705326	11 Griffith Avenue	Dublin 9	Co. Dublin	D09 EPCN	315078291	24hr	PAYG-24	active	cash_card	\N	2022-11-12	2022-10-28 23:06:42	\N
548	1101	9634057165	10527699199	58 Leinster Road	Dublin 6	Co. Dublin	D06 CR2D	404497456	Day/Night	HOME-DN	active	bank_transfer	\N	2017-08-03	2017-07-25 23:34:23	\N
549	1104	9389909656	10440958748	78 Newport Road	Castlebar	Co. Mayo	F23 Y7CX	404027859	24hr	PAYG-24	active	cash_card	\N	2015-11-08	2015-10-31 15:32:28	\N
550	1107	9114899578	10114005596	21 Port Road	Letterkenny	Co. Donegal	F92 DD51	244747154	24hr	PAYG-24	pending_switch	cash_card	140	2017-12-09	2017-11-22 10:20:18	\N
551	1109	9603769011	10085282991	38 Hartstown Road	Dublin 15	Co. Dublin	D15 TR54	240661112	Day/Night	HOME-DN	active	bank_transfer	\N	2015-03-20	2015-03-01 22:43:47	\N
552	1109	9803891133	10022381808	49 Strandhill Road	Sligo	Co. Sligo	F91 FE59	248768978	24hr	PAYG-24	final_billed	cash_card	110	2017-01-04	2016-12-18 12:40:02	2018-04-20 08:25:04
553	1113	9229120213	10821141599	44 Griffith Avenue	Dublin 9	Co. Dublin	D09 VN54	403670101	Day/Night	HOME-DN	active	direct_debit	\N	2018-01-22	2018-01-01 18:38:16	\N
554	1113	9545195718	10332790382	56 Boherbee	Tralee	Co. Kerry	V92 AD7C	310114299	Day/Night	HOME-DN	active	card	\N	2024-03-06	2024-02-23 05:31:46	\N
555	1114	9263340563	10674072062	106 Ennis Road	Limerick	Co. Limerick	V94 N9P7	318683652	Day/Night	HOME-DN	active	direct_debit	65	2021-03-13	2021-02-28 19:38:06	\N
556	1114	9642282997	10216077657	17 Glencar Road	Letterkenny	Co. Donegal	F92 W11C	240585597	24hr	HOME-STD-24	final_billed	cash	95	2022-07-17	2022-06-27 12:22:39	2024-06-01 00:51:40
557	1119	9962506593	10665268240	175 Muskerry Estate	Ballincollig	Co. Cork	P31 WEFA	352949707	Day/Night	HOME-DN	active	card	95	2021-01-22	2021-01-11 15:33:09	\N
558	1121	9877770018	10507930220	85 Craddockstown Road	Naas	Co. Kildare	W91 FW3V	314725729	24hr	HOME-STD-24	active	card	110	2016-09-15	2016-08-25 15:51:38	\N
559	1121	9962228028	10948817267	11 Gort Road	Ennis	Co. Clare	V95 H6YN	313579303	Day/Night	HOME-DN	active	direct_debit	65	2018-02-09	2018-02-01 17:15:19	\N
560	1125	9179687707	10835443201	56 Cois Abhann	An Spidéal	Co. na Gaillimhe	H91 E5FV	352831782	24hr	HOME-STD-24	active	card	65	2022-03-15	2022-02-28 02:30:54	\N
561	1125	9260904651	10913459480	22 Monread Avenue	Naas	Co. Kildare	W91 PWKT	314027056	Smart	HOME-EV-NIGHT	active	direct_debit	95	2022-09-21	2022-09-11 07:52:29	\N
562	1126	9284779708	10026927523	72 Retreat Road	Athlone	Co. Westmeath	N37 C7YF	313716063	24hr	PAYG-24	active	cash_card	95	2021-02-08	2021-01-25 05:37:39	\N
563	1130	9687859047	10946844347	Apt 31, Fitzwilliam Court	Tralee	Co. Kerry	V92 T20F	407000667	Day/Night	HOME-DN	pending_switch	direct_debit	95	2023-05-01	2023-04-22 03:51:35	\N
564	1132	9570523557	10476829182	45 Muskerry Estate	Ballincollig	Co. Cork	P31 AY88	359551337	Smart	HOME-EV-NIGHT	active	direct_debit	140	2020-04-29	2020-04-19 03:20:45	\N
565	1136	9441677707	10417058683	14 Oakpark Road	Tralee	Co. Kerry	V92 PD15	358940587	Day/Night	HOME-DN	active	direct_debit	65	2015-04-30	2015-04-20 21:47:29	\N
566	1136	9494420728	10605884255	36 Cork Road	Waterford	Co. Waterford	X91 YAK6	318872684	Smart	HOME-EV-NIGHT	active	direct_debit	\N	2021-02-19	2021-02-07 06:36:24	\N
567	1136	9296336422	10858978397	20 Hartstown Road	Dublin 15	Co. Dublin	D15 RN92	310059068	Smart	HOME-EV-NIGHT	active	direct_debit	65	2023-03-08	2023-03-01 09:18:26	\N
568	1138	9731965460	10511280443	25 Ballytruckle Road	Waterford	Co. Waterford	X91 A09T	406219432	Smart	HOME-EV-NIGHT	final_billed	direct_debit	\N	2016-01-08	2016-01-01 18:33:42	2016-10-02 13:43:44
569	1138	9507450953	10462665278	32 Ballyraine	Letterkenny	Co. Donegal	F92 KK74	311358655	Day/Night	HOME-DN	final_billed	cash	\N	2024-01-16	2024-01-01 00:02:21	2024-04-04 20:55:32
570	1142	9989186711	10516920491	48 Muskerry Estate	Ballincollig	Co. Cork	P31 FFK0	314715416	24hr	HOME-STD-24	active	direct_debit	\N	2020-09-26	2020-09-07 04:37:13	\N
571	1146	9430481785	10703047724	106 Machaire Clochair	Gaoth Dobhair	Co. Dhún na nGall	F92 C0HK	318950119	24hr	PAYG-24	active	cash_card	110	2017-09-28	2017-09-13 11:28:52	\N
572	1147	9730812045	10094533345	Apt 29, Riverside Lodge	Tralee	Co. Kerry	V92 V520	357825145	24hr	PAYG-24	active	cash_card	\N	2017-02-10	2017-01-30 11:47:12	\N
573	1150	9698012485	10561791928	177 Leinster Road	Dublin 6	Co. Dublin	D06 RVTW	248909333	24hr	PAYG-24	active	cash_card	\N	2018-12-06	2018-11-15 12:21:37	\N
574	1154	9619911455	10609341217	90 Ard na Gréine	Galway	Co. Galway	H91 VKKR	408897127	24hr	HOME-STD-24	final_billed	card	95	2024-03-01	2024-02-09 11:10:42	2024-06-05 13:22:44
575	1158	9834338797	10022883041	121 Bóthar Buí	Gaoth Dobhair	Co. Dhún na nGall	F92 CNR6	351338450	24hr	HOME-STD-24	active	cash	140	2021-05-04	2021-04-18 22:49:47	\N
576	1160	9753196466	10804527303	26 Old Bawn Road	Dublin 24	Co. Dublin	D24 N0CC	241524021	Smart	HOME-EV-NIGHT	active	direct_debit	95	2018-05-05	2018-04-18 17:55:52	\N
577	1163	9751788385	10122687934	Apt 16, Hanover Quay Apartments	Dundalk	Co. Louth	A91 FV0P	319035458	Smart	SMART-TOU	active	direct_debit	80	2023-12-18	2023-12-07 21:42:07	\N
578	1166	9330114254	10535380090	180 Greenfield Park	Ballincollig	Co. Cork	P31 R1FE	352722484	24hr	HOME-STD-24	final_billed	direct_debit	140	2024-02-11	2024-01-27 15:18:10	2024-05-28 17:05:48
579	1169	9830939107	10102231585	Apt 4, Riverside Lodge	Baile Bhuirne	Co. Chorcaí	P12 PFDT	405665313	Smart	SMART-TOU	active	direct_debit	140	2021-03-29	2021-03-17 00:16:47	\N
580	1172	9860005427	10284347833	97 Craddockstown Road	Naas	Co. Kildare	W91 PKN1	318134721	24hr	PAYG-24	active	cash_card	80	2024-05-23	2024-05-11 12:36:01	\N
581	1175	9237881194	10416261284	56 Ballyard Drive	Tralee	Co. Kerry	V92 TR5E	358027350	Day/Night	HOME-DN	active	direct_debit	\N	2024-01-10	2023-12-21 02:52:44	\N
582	1179	9129675977	10809801487	32 Muskerry Estate	Ballincollig	Co. Cork	P31 PR77	245236528	Day/Night	HOME-DN	active	direct_debit	65	2022-10-16	2022-10-07 20:16:24	\N
583	1179	9888950441	10740954436	66 Evergreen Street	Cork	Co. Cork	T12 WED5	319836336	Smart	HOME-EV-NIGHT	pending_switch	direct_debit	95	2024-01-20	2024-01-06 11:29:35	\N
584	1180	9959877972	10083848507	Apt 15, Riverside Lodge	Naas	Co. Kildare	W91 TNA1	318235365	Smart	SMART-TOU	active	direct_debit	65	2015-11-05	2015-10-23 19:35:51	\N
585	1184	9364901648	10597165562	15 Cork Road	Waterford	Co. Waterford	X91 W4CA	241212486	24hr	PAYG-24	active	cash_card	65	2017-08-10	2017-07-20 02:57:47	\N
586	1187	9208241555	10218834440	145 South Circular Road	Dublin 8	Co. Dublin	D08 TDKK	400439600	Smart	SMART-TOU	active	direct_debit	\N	2020-07-07	2020-06-16 18:34:58	\N
587	1191	9731165946	10680575725	160 South Circular Road	Dublin 8	Co. Dublin	D08 AP5A	312021237	Day/Night	HOME-DN	final_billed	direct_debit	\N	2022-11-24	2022-11-13 16:39:52	2024-01-19 17:31:57
588	1193	9798879886	10607643764	Apt 25, Fitzwilliam Court	An Spidéal	Co. na Gaillimhe	H91 YXDN	314031366	Day/Night	HOME-DN	pending_switch	direct_debit	\N	2018-01-18	2017-12-30 08:22:15	\N
589	1196	9850225739	10355396443	149 O'Connell Avenue	Limerick	Co. Limerick	V94 K58W	240284930	Day/Night	HOME-DN	active	direct_debit	65	2020-08-04	2020-07-23 17:41:43	\N
590	1198	9858836436	10462968950	97 Ard na Gréine	Galway	Co. Galway	H91 XY5W	402980773	Smart	HOME-EV-NIGHT	pending_switch	direct_debit	\N	2020-07-30	2020-07-23 23:14:42	\N
591	1203	9858745303	10869635872	29 Firhouse Road	Dublin 24	Co. Dublin	D24 X992	248992962	24hr	PAYG-24	active	cash_card	140	2019-01-24	2019-01-05 12:20:22	\N
592	1206	9997476562	10929934068	93 Ballyraine	Letterkenny	Co. Donegal	F92 CPC6	404468878	24hr	PAYG-24	final_billed	cash_card	95	2016-01-08	2015-12-30 16:54:49	2016-06-29 15:15:37
593	1208	9596454828	10640205843	19 Kilnamanagh Road	Dublin 24	Co. Dublin	D24 WKY9	241485370	Day/Night	HOME-DN	active	direct_debit	\N	2015-03-18	2015-03-08 06:16:07	\N
594	1212	9944252148	10251189683	16 Knockthomas	Castlebar	Co. Mayo	F23 NFCA	248283191	Smart	HOME-EV-NIGHT	active	direct_debit	95	2021-10-31	2021-10-20 18:44:23	\N
595	1213	9178303798	10387317571	146 Avenue Road	Dundalk	Co. Louth	A91 FX27	351902420	24hr	HOME-STD-24	active	card	\N	2015-07-08	2015-06-19 05:16:02	\N
596	1213	9766907917	10653079045	45 Kilnamanagh Road	Dublin 24	Co. Dublin	D24 E7YC	359366485	Smart	HOME-EV-NIGHT	active	direct_debit	140	2016-12-20	2016-12-02 16:13:00	\N
597	1218	9752595393	10196393223	5 Ballytruckle Road	Waterford	Co. Waterford	X91 TYFP	354638464	24hr	HOME-STD-24	active	bank_transfer	\N	2019-09-19	2019-08-29 08:06:35	\N
598	1221	9436960232	10720878057	75 Cork Road	Waterford	Co. Waterford	X91 RK1H	401887133	24hr	HOME-STD-24	active	direct_debit	80	2023-08-07	2023-07-26 23:53:04	\N
599	1222	9423060486	10227330149	9 Cúil Aodha	Baile Bhuirne	Co. Chorcaí	P12 T049	249177348	Day/Night	HOME-DN	active	card	65	2015-09-07	2015-08-19 21:02:52	\N
600	1227	9123711768	10256376384	118 Bóthar na Trá	Galway	Co. Galway	H91 X041	314599097	Day/Night	HOME-DN	active	direct_debit	110	2019-02-01	2019-01-16 11:12:34	\N
601	1229	9828283411	10862603096	151 Newport Road	Castlebar	Co. Mayo	F23 TDA4	243144695	Smart	HOME-EV-NIGHT	active	direct_debit	80	2016-04-09	2016-03-22 11:24:55	\N
602	1229	9500990817	10946363668	34 Rathgar Road	Dublin 6	Co. Dublin	D06 E8RY	242535573	24hr	PAYG-24	active	cash_card	\N	2021-03-08	2021-02-15 02:47:38	\N
603	1232	9811577257	10985124982	9 Highfield Road	Dublin 6	Co. Dublin	D06 D568	355105376	24hr	HOME-STD-24	active	direct_debit	\N	2018-11-30	2018-11-10 05:08:45	\N
604	1234	9437745208	10256261284	45 Ballinlough Road	Cork	Co. Cork	T12 X5XW	356274821	Smart	SMART-TOU	active	direct_debit	80	2021-09-27	2021-09-13 15:35:14	\N
605	1234	9213223249	10526561494	69 Rathgar Road	Dublin 6	Co. Dublin	D06 DDVD	245568629	Day/Night	HOME-DN	active	direct_debit	\N	2021-10-18	2021-10-08 08:39:52	\N
606	1237	9267764078	10917191575	80 Blackrock Road	Dundalk	Co. Louth	A91 N32X	245825788	24hr	HOME-STD-24	active	direct_debit	\N	2018-08-01	2018-07-23 01:57:45	\N
607	1237	9274672315	10060415003	44 Hartstown Road	Dublin 15	Co. Dublin	D15 FE1H	406659584	Smart	HOME-EV-NIGHT	active	direct_debit	65	2022-03-04	2022-02-16 23:25:22	\N
608	1242	9406100959	10563888499	42 Ballyard Drive	Tralee	Co. Kerry	V92 T0WY	353079704	Smart	SMART-TOU	active	card	\N	2022-10-04	2022-09-17 18:23:38	\N
609	1244	9450668421	10545697088	86 Port Road	Letterkenny	Co. Donegal	F92 R81V	406604911	Day/Night	HOME-DN	active	cash	\N	2019-10-07	2019-09-16 05:11:35	\N
610	1247	9220063122	10503680051	107 Blarney Street	Cork	Co. Cork	T12 CADX	317174053	24hr	HOME-STD-24	active	direct_debit	140	2022-07-06	2022-06-26 22:46:13	\N
611	1247	9901911468	10189081315	88 Ballinlough Road	Cork	Co. Cork	T12 HRHR	249921439	24hr	PAYG-24	active	cash_card	\N	2024-02-14	2024-01-28 15:42:31	\N
612	1250	9204039567	10063861453	36 Garrycastle	Athlone	Co. Westmeath	N37 KN55	407515200	Day/Night	HOME-DN	active	direct_debit	65	2024-03-12	2024-03-02 18:38:57	\N
613	1252	9151110078	10745214609	79 Gort Road	Ennis	Co. Clare	V95 N6VY	408455685	Smart	HOME-EV-NIGHT	active	direct_debit	\N	2017-01-23	2017-01-11 06:50:34	\N
614	1257	9578583699	10192073526	171 Sallins Road	Naas	Co. Kildare	W91 R07F	315843899	Smart	HOME-EV-NIGHT	active	direct_debit	\N	2021-02-20	2021-02-09 14:50:40	\N
615	1260	9344406244	10001680439	43 Blarney Street	Cork	Co. Cork	T12 V05C	401576830	Day/Night	HOME-DN	active	direct_debit	80	2015-11-06	2015-10-26 14:49:45	\N
616	1263	9754272157	10903514709	52 Cork Road	Waterford	Co. Waterford	X91 E930	355907216	Smart	HOME-EV-NIGHT	active	direct_debit	140	2017-04-13	2017-03-29 00:07:16	\N
617	1265	9790194661	10181239734	140 Castletroy Heights	Limerick	Co. Limerick	V94 WC08	407758324	24hr	PAYG-24	active	cash_card	140	2017-03-14	2017-03-03 05:27:08	\N
618	1268	9275090162	10435784202	Apt 4, Fitzwilliam Court	Dundalk	Co. Louth	A91 PYF4	406981563	Smart	HOME-EV-NIGHT	active	direct_debit	140	2017-06-10	2017-05-31 09:46:49	\N
619	1270	9373219206	10677436675	25 Taylor's Hill	Galway	Co. Galway	H91 N44Y	247173513	24hr	PAYG-24	active	cash_card	140	2022-11-23	2022-11-02 22:23:22	\N
620	1274	9704847038	10194380518	149 Newport Road	Castlebar	Co. Mayo	F23 WVHN	319430674	Smart	HOME-EV-NIGHT	active	direct_debit	\N	2019-12-23	2019-12-07 13:06:04	\N
621	1274	9980862809	10586108756	52 Ballyard Drive	Tralee	Co. Kerry	V92 W87V	353903650	Smart	SMART-TOU	active	direct_debit	\N	2022-08-23	2022-08-16 13:38:00	\N
622	1276	9368664973	10020929829	117 Glencar Road	Letterkenny	Co. Donegal	F92 RC16	246117447	24hr	HOME-STD-24	active	card	\N	2018-08-05	2018-07-24 02:02:08	\N
623	1281	9847098362	10654304877	17 Ongar Village	Dublin 15	Co. Dublin	D15 F6RW	355109227	Smart	HOME-EV-NIGHT	active	direct_debit	\N	2017-11-07	2017-10-31 18:41:53	\N
624	1281	9735262154	10243056360	70 Lifford Road	Ennis	Co. Clare	V95 R1AR	242723061	Smart	HOME-EV-NIGHT	active	direct_debit	\N	2023-10-15	2023-10-04 16:02:07	\N
625	1281	9898113796	10187556324	87 Strandhill Road	Sligo	Co. Sligo	F91 D6F7	241262711	24hr	PAYG-24	active	cash_card	140	2022-02-24	2022-02-05 01:23:52	\N
626	1282	9925246569	10166416000	161 Sallins Road	Naas	Co. Kildare	W91 FNW1	350522716	24hr	PAYG-24	active	cash_card	\N	2021-02-01	2021-01-20 09:33:28	\N
627	1282	9310117732	10616476757	86 Westport Road	Castlebar	Co. Mayo	F23 D64A	353183452	Smart	HOME-EV-NIGHT	active	cash	\N	2023-10-20	2023-10-07 11:05:23	\N
628	1282	9952558354	10957040274	55 Glencar Road	Letterkenny	Co. Donegal	F92 K2X8	357402987	24hr	PAYG-24	final_billed	cash_card	65	2022-07-14	2022-07-01 15:55:37	2022-11-16 16:36:17
629	1286	9642793059	10666099552	80 Douglas Road	Cork	Co. Cork	T12 K5DX	408130799	Day/Night	HOME-DN	active	direct_debit	80	2021-10-23	2021-10-03 04:04:45	\N
630	1288	9789982866	10335249889	122 Boherbee	Tralee	Co. Kerry	V92 YX5K	350628346	24hr	HOME-STD-24	final_billed	direct_debit	\N	2015-03-15	2015-03-02 07:18:37	2016-08-05 08:13:31
631	1291	9267135901	10942495797	83 Greenfield Park	Ballincollig	Co. Cork	P31 E5T1	401367128	Day/Night	HOME-DN	active	card	95	2023-12-28	2023-12-12 19:24:11	\N
632	1294	9677151606	10179876744	169 South Circular Road	Dublin 8	Co. Dublin	D08 HXPW	403602588	Smart	HOME-EV-NIGHT	active	card	80	2017-11-24	2017-11-15 10:52:48	\N
633	1298	9442571596	10047916966	71 Cork Street	Dublin 8	Co. Dublin	D08 V07H	240461102	24hr	HOME-STD-24	active	cash	140	2017-01-25	2017-01-05 23:41:09	\N
634	1302	9785442597	10624060929	Apt 27, Fitzwilliam Court	Cork	Co. Cork	T12 P70X	247865222	24hr	PAYG-24	active	cash_card	65	2021-06-13	2021-05-27 01:57:52	\N
635	1305	9474431821	10294749246	128 Ennis Road	Limerick	Co. Limerick	V94 ED16	245390876	24hr	HOME-STD-24	active	direct_debit	110	2018-10-25	2018-10-14 22:33:26	\N
636	1305	9473519199	10756302616	66 Castletroy Heights	Limerick	Co. Limerick	V94 P8FW	314994864	24hr	PAYG-24	active	cash_card	80	2022-10-10	2022-09-30 19:28:15	\N
637	1308	9838920984	10594177596	Apt 31, Riverside Lodge	Athlone	Co. Westmeath	N37 RFNF	352788567	24hr	HOME-STD-24	active	direct_debit	80	2015-03-31	2015-03-10 16:14:18	\N
638	1309	9720495253	10842018536	Apt 1, Cnoc na Gréine	Sligo	Co. Sligo	F91 ATW6	403214280	Smart	SMART-TOU	active	bank_transfer	140	2024-04-14	2024-03-29 04:16:25	\N
639	1314	9590314088	10074124689	93 Ballyard Drive	Tralee	Co. Kerry	V92 VT9W	314473168	Smart	HOME-EV-NIGHT	active	direct_debit	65	2015-12-22	2015-12-13 04:06:43	\N
640	1317	9400785625	10467622039	31 Castleknock Park	Dublin 15	Co. Dublin	D15 N72P	358734172	24hr	PAYG-24	active	cash_card	\N	2018-04-07	2018-03-28 17:27:10	\N
641	1317	9483770274	10025729255	4 Cloughleigh Road	Ennis	Co. Clare	V95 XYDY	407988322	Smart	HOME-EV-NIGHT	active	direct_debit	80	2020-05-06	2020-04-18 00:30:09	\N
642	1317	9579337594	10457736169	22 Station Road	Ballincollig	Co. Cork	P31 VRPY	402715035	Day/Night	HOME-DN	active	direct_debit	\N	2020-10-20	2020-10-13 08:49:46	\N
643	1320	9910799932	10563284190	8 Glencar Road	Letterkenny	Co. Donegal	F92 TXXC	316581774	Smart	SMART-TOU	active	card	110	2016-08-16	2016-07-31 14:21:38	\N
644	1323	9652775609	10699189034	56 Griffith Avenue	Dublin 9	Co. Dublin	D09 THK7	311939346	Smart	SMART-TOU	active	direct_debit	80	2016-01-01	2015-12-12 07:59:28	\N
645	1323	9936532899	10524381168	77 Boherbee	Tralee	Co. Kerry	V92 HRE4	314152317	24hr	HOME-STD-24	active	direct_debit	65	2017-05-26	2017-05-07 20:12:11	\N
646	1323	9930972204	10797340692	16 Newport Road	Castlebar	Co. Mayo	F23 YNDA	407638362	Day/Night	HOME-DN	final_billed	card	\N	2020-12-31	2020-12-12 12:53:37	2024-05-19 17:05:53
647	1326	9286028032	10676487727	123 Monread Avenue	Naas	Co. Kildare	W91 TTDD	407163821	24hr	HOME-STD-24	active	direct_debit	\N	2020-01-23	2020-01-11 14:48:41	\N
648	1326	9601056182	10992762373	76 Castleknock Park	Dublin 15	Co. Dublin	D15 D6TV	403421728	24hr	HOME-STD-24	active	direct_debit	\N	2020-04-24	2020-04-03 18:25:15	\N
649	1328	9506808262	10767931118	52 Bóthar an Chladaigh	An Spidéal	Co. na Gaillimhe	H91 HTA2	400190735	Day/Night	HOME-DN	active	direct_debit	65	2016-11-24	2016-11-11 21:43:48	\N
650	1332	9718088066	10502806228	35 Ballytruckle Road	Waterford	Co. Waterford	X91 R5F2	404724102	24hr	PAYG-24	active	cash_card	\N	2015-10-06	2015-09-15 05:37:52	\N
651	1333	9482339350	10954442337	85 Cúil Aodha	Baile Bhuirne	Co. Chorcaí	P12 D0C7	351805730	Smart	SMART-TOU	active	card	\N	2021-08-14	2021-08-07 20:38:06	\N
652	1337	9668566596	10391639312	Apt 22, The Maltings	Cork	Co. Cork	T12 RYD7	406112519	24hr	HOME-STD-24	active	card	95	2019-05-30	2019-05-18 11:32:57	\N
653	1339	9529391671	10474580127	109 Loughboy	Kilkenny	Co. Kilkenny	R95 NVW9	405232879	Smart	SMART-TOU	active	direct_debit	95	2023-10-03	2023-09-25 22:15:52	\N
654	1342	9178683847	10125856569	Apt 20, Fitzwilliam Court	Ballincollig	Co. Cork	P31 H0E7	245502329	24hr	PAYG-24	active	cash_card	\N	2023-06-25	2023-06-12 17:06:44	\N
655	1342	9996884636	10732043701	15 Cork Street	Dublin 8	Co. Dublin	D08 HC5R	359640752	Smart	HOME-EV-NIGHT	final_billed	bank_transfer	\N	2023-07-20	2023-06-29 03:47:19	2023-12-24 09:52:35
656	1347	9956986351	10482525812	178 Evergreen Street	Cork	Co. Cork	T12 PFCR	240621511	Day/Night	HOME-DN	active	direct_debit	95	2017-02-11	2017-02-02 18:33:56	\N
657	1350	9635233949	10119756014	24 Boherbee	Tralee	Co. Kerry	V92 PKXN	244861726	Day/Night	HOME-DN	active	direct_debit	65	2018-03-21	2018-03-06 07:28:11	\N
658	1351	9346595285	10558284841	62 Patrick Street	Kilkenny	Co. Kilkenny	R95 E1NF	240522339	Smart	SMART-TOU	active	card	110	2020-03-20	2020-03-03 06:09:22	\N
659	1356	9502761370	10641204555	175 Ballyraine	Letterkenny	Co. Donegal	F92 C36H	316351329	Day/Night	HOME-DN	pending_switch	direct_debit	95	2019-09-26	2019-09-15 05:32:57	\N
660	1357	9686339545	10394547565	82 Dublin Road	Dundalk	Co. Louth	A91 PHXA	311447132	Smart	HOME-EV-NIGHT	final_billed	direct_debit	140	2017-10-06	2017-09-26 09:38:53	2021-07-13 07:36:25
661	1357	9617533364	10194392250	29 Ballyard Drive	Tralee	Co. Kerry	V92 CA17	403315116	Smart	HOME-EV-NIGHT	final_billed	direct_debit	110	2020-01-08	2019-12-22 21:46:55	2024-05-27 02:48:34
662	1360	9312393221	10730900516	121 Bóthar Buí	Gaoth Dobhair	Co. Dhún na nGall	F92 WD52	242764038	24hr	HOME-STD-24	active	direct_debit	95	2017-07-20	2017-07-02 08:40:59	\N
663	1365	9558793754	10149147105	74 Sráid an Mhuilinn	Baile Bhuirne	Co. Chorcaí	P12 X6RP	353749821	Smart	SMART-TOU	active	direct_debit	140	2021-04-10	2021-03-28 20:05:06	\N
664	1368	9989188250	10081892547	41 Gort Road	Ennis	Co. Clare	V95 TDX7	316697311	24hr	PAYG-24	active	cash_card	\N	2017-07-07	2017-06-21 10:22:12	\N
665	1371	9780162795	10253720314	32 Hartstown Road	Dublin 15	Co. Dublin	D15 R95H	353326893	Smart	HOME-EV-NIGHT	active	direct_debit	95	2022-06-22	2022-06-12 07:45:16	\N
666	1374	9330031708	10826140018	66 John's Hill	Waterford	Co. Waterford	X91 C5P3	406107050	Smart	HOME-EV-NIGHT	active	direct_debit	80	2018-09-16	2018-08-27 08:45:26	\N
667	1376	9526849933	10870633620	165 Iona Road	Dublin 9	Co. Dublin	D09 N8C2	315634214	Day/Night	HOME-DN	active	direct_debit	95	2015-05-09	2015-05-01 01:46:13	\N
668	1379	9664756697	10559692446	66 Newcastle Road	Galway	Co. Galway	H91 X61P	350721963	Smart	SMART-TOU	active	bank_transfer	140	2019-12-02	2019-11-25 18:52:06	\N
669	1379	9544992303	10441016146	8 Sráid an Mhuilinn	Baile Bhuirne	Co. Chorcaí	P12 V35A	406473134	Smart	SMART-TOU	final_billed	direct_debit	95	2023-03-10	2023-02-19 11:44:26	2023-05-08 05:10:13
670	1383	9851152666	10517090336	Apt 8, The Maltings	Dublin 15	Co. Dublin	D15 Y0R3	319669342	Smart	SMART-TOU	active	direct_debit	\N	2018-07-21	2018-06-30 07:31:38	\N
\.


--
-- Data for Name: meter_reads; Type: TABLE DATA; Schema: public; Owner: billing
--

COPY public.meter_reads (read_id, account_id, mprn, read_date, register, reading, read_type, source, submitted_at) FROM stdin;
880985	557	10665268240	2022-07-06	DAY	52169	A	network	\N
880986	557	10665268240	2022-07-06	NIGHT	16753	A	network	\N
880973	556	10216077657	2022-07-07	24H	39888	A	network	\N
881390	586	10218834440	2022-07-07	DAY	48965	C	customer_portal	2022-07-07 12:13:52
881391	586	10218834440	2022-07-07	NIGHT	18374	C	customer_portal	2022-07-07 12:13:52
881428	588	10607643764	2022-07-07	DAY	43948	C	customer_portal	2022-07-07 16:47:50
881429	588	10607643764	2022-07-07	NIGHT	39122	C	customer_portal	2022-07-07 16:47:50
882647	662	10730900516	2022-07-08	24H	44810	A	network	\N
881009	558	10507930220	2022-07-09	24H	34326	C	sms	2022-07-09 15:26:34
882459	650	10502806228	2022-07-10	24H	13925	A	network	\N
880767	543	10833944068	2022-07-11	DAY	24302	A	network	\N
880768	543	10833944068	2022-07-11	NIGHT	34656	A	network	\N
882229	637	10594177596	2022-07-11	24H	12745	E	estimated	\N
880354	520	10056548905	2022-07-12	DAY	24569	C	sms	2022-07-12 15:51:31
880355	520	10056548905	2022-07-12	NIGHT	53893	C	sms	2022-07-12 15:51:31
881562	595	10387317571	2022-07-12	24H	48106	C	sms	2022-07-12 22:00:15
882001	620	10194380518	2022-07-12	DAY	49380	E	estimated	\N
882002	620	10194380518	2022-07-12	NIGHT	25186	E	estimated	\N
882193	634	10624060929	2022-07-12	24H	22308	A	network	\N
881153	566	10605884255	2022-07-13	DAY	22828	E	estimated	\N
881154	566	10605884255	2022-07-13	NIGHT	41846	E	estimated	\N
881736	605	10526561494	2022-07-13	DAY	12831	E	estimated	\N
881737	605	10526561494	2022-07-13	NIGHT	58372	E	estimated	\N
880013	502	10635617626	2022-07-14	DAY	29755	A	network	\N
880014	502	10635617626	2022-07-14	NIGHT	35244	A	network	\N
881199	570	10516920491	2022-07-14	24H	48966	A	network	\N
881931	616	10903514709	2022-07-14	DAY	31560	C	sms	2022-07-14 12:38:16
881932	616	10903514709	2022-07-14	NIGHT	44948	C	sms	2022-07-14 12:38:16
882696	665	10253720314	2022-07-14	DAY	55380	C	sms	2022-07-14 22:43:37
882697	665	10253720314	2022-07-14	NIGHT	25924	C	sms	2022-07-14 22:43:37
881840	610	10503680051	2022-07-15	24H	32620	C	sms	2022-07-15 12:31:43
880436	525	10002482193	2022-07-16	DAY	26779	A	network	\N
880437	525	10002482193	2022-07-16	NIGHT	29083	A	network	\N
881235	573	10561791928	2022-07-16	24H	18903	C	customer_portal	2022-07-16 10:19:55
881478	590	10462968950	2022-07-16	DAY	28494	A	network	\N
881479	590	10462968950	2022-07-16	NIGHT	33320	A	network	\N
882495	652	10391639312	2022-07-16	24H	29444	E	estimated	\N
880001	501	10469839334	2022-07-17	24H	51191	A	network	\N
880181	511	10550248883	2022-07-17	DAY	20098	C	customer_portal	2022-07-17 22:57:49
880182	511	10550248883	2022-07-17	NIGHT	15521	C	customer_portal	2022-07-17 22:57:49
881211	571	10703047724	2022-07-17	24H	5224	C	sms	2022-07-17 13:06:31
881514	593	10640205843	2022-07-17	DAY	38776	A	network	\N
881515	593	10640205843	2022-07-17	NIGHT	32060	A	network	\N
882047	622	10020929829	2022-07-17	24H	53718	A	network	\N
882091	625	10187556324	2022-07-17	24H	20436	A	network	\N
882157	632	10179876744	2022-07-17	DAY	54880	A	network	\N
882158	632	10179876744	2022-07-17	NIGHT	10097	A	network	\N
880508	528	10230585903	2022-07-18	DAY	26177	A	network	\N
880509	528	10230585903	2022-07-18	NIGHT	24017	A	network	\N
881354	584	10083848507	2022-07-18	DAY	40878	A	network	\N
881355	584	10083848507	2022-07-18	NIGHT	9607	A	network	\N
881883	614	10192073526	2022-07-18	DAY	37619	A	network	\N
881884	614	10192073526	2022-07-18	NIGHT	31253	A	network	\N
882181	633	10047916966	2022-07-18	24H	32115	A	network	\N
882329	643	10563284190	2022-07-18	DAY	36284	E	estimated	\N
882330	643	10563284190	2022-07-18	NIGHT	8735	E	estimated	\N
880229	513	10415597041	2022-07-19	DAY	5928	A	network	\N
880230	513	10415597041	2022-07-19	NIGHT	3869	A	network	\N
880484	527	10683032424	2022-07-19	DAY	32060	A	network	\N
880485	527	10683032424	2022-07-19	NIGHT	16154	A	network	\N
881816	609	10545697088	2022-07-19	DAY	31125	E	estimated	\N
881817	609	10545697088	2022-07-19	NIGHT	14657	E	estimated	\N
882623	661	10194392250	2022-07-19	DAY	33988	C	sms	2022-07-19 12:11:01
882624	661	10194392250	2022-07-19	NIGHT	52068	C	sms	2022-07-19 12:11:01
880131	509	10970706106	2022-07-20	DAY	58750	A	network	\N
880132	509	10970706106	2022-07-20	NIGHT	43503	A	network	\N
880815	546	10777532754	2022-07-20	DAY	35658	A	network	\N
880816	546	10777532754	2022-07-20	NIGHT	52150	A	network	\N
882794	670	10517090336	2022-07-20	DAY	52361	A	network	\N
882795	670	10517090336	2022-07-20	NIGHT	26417	A	network	\N
880897	551	10085282991	2022-07-21	DAY	17318	A	network	\N
880898	551	10085282991	2022-07-21	NIGHT	18087	A	network	\N
882123	628	10957040274	2022-07-21	24H	24949	A	network	\N
882599	659	10641204555	2022-07-22	DAY	55471	A	network	\N
882600	659	10641204555	2022-07-22	NIGHT	58667	A	network	\N
880675	537	10214670180	2022-07-23	24H	28290	C	customer_portal	2022-07-23 09:52:27
881502	591	10869635872	2022-07-23	24H	19650	E	estimated	\N
882422	648	10992762373	2022-07-23	24H	25227	C	customer_portal	2022-07-23 16:11:17
882684	664	10081892547	2022-07-23	24H	39835	C	customer_portal	2022-07-23 18:36:31
882744	667	10870633620	2022-07-23	DAY	38772	A	network	\N
882745	667	10870633620	2022-07-23	NIGHT	50446	A	network	\N
881772	607	10060415003	2022-07-24	DAY	10840	A	network	\N
881773	607	10060415003	2022-07-24	NIGHT	46379	A	network	\N
882206	635	10294749246	2022-07-25	24H	4370	A	network	\N
882660	663	10149147105	2022-07-25	DAY	24101	A	network	\N
882661	663	10149147105	2022-07-25	NIGHT	54425	A	network	\N
880107	508	10207878713	2022-07-26	DAY	25770	A	network	\N
880108	508	10207878713	2022-07-26	NIGHT	35969	A	network	\N
880849	548	10527699199	2022-07-26	DAY	42933	A	network	\N
880850	548	10527699199	2022-07-26	NIGHT	1533	A	network	\N
880873	549	10440958748	2022-07-26	24H	18019	A	network	\N
881664	601	10862603096	2022-07-26	DAY	43917	C	customer_portal	2022-07-26 21:33:32
881665	601	10862603096	2022-07-26	NIGHT	31705	C	customer_portal	2022-07-26 21:33:32
882768	668	10559692446	2022-07-26	DAY	13385	E	estimated	\N
882769	668	10559692446	2022-07-26	NIGHT	13398	E	estimated	\N
880330	519	10035179884	2022-07-27	DAY	47202	E	estimated	\N
880331	519	10035179884	2022-07-27	NIGHT	52442	E	estimated	\N
880711	540	10717912624	2022-07-27	DAY	52147	A	network	\N
880712	540	10717912624	2022-07-27	NIGHT	43621	A	network	\N
881378	585	10597165562	2022-07-27	24H	33109	E	estimated	\N
881859	613	10745214609	2022-07-27	DAY	37091	E	estimated	\N
881860	613	10745214609	2022-07-27	NIGHT	35337	E	estimated	\N
881967	618	10435784202	2022-07-27	DAY	45433	E	estimated	\N
881968	618	10435784202	2022-07-27	NIGHT	60212	E	estimated	\N
880791	544	10192905118	2022-07-28	DAY	58506	C	sms	2022-07-28 07:17:27
880792	544	10192905118	2022-07-28	NIGHT	26827	C	sms	2022-07-28 07:17:27
881640	600	10256376384	2022-07-28	DAY	5612	C	sms	2022-07-28 11:43:41
881641	600	10256376384	2022-07-28	NIGHT	34175	C	sms	2022-07-28 11:43:41
880885	550	10114005596	2022-07-29	24H	38676	C	customer_portal	2022-07-29 07:46:15
880949	555	10674072062	2022-07-29	DAY	46368	A	network	\N
880950	555	10674072062	2022-07-29	NIGHT	32989	A	network	\N
881700	603	10985124982	2022-07-29	24H	32913	E	estimated	\N
882125	629	10666099552	2022-07-29	DAY	17221	E	estimated	\N
882126	629	10666099552	2022-07-29	NIGHT	17593	E	estimated	\N
881223	572	10094533345	2022-07-30	24H	15974	A	network	\N
881538	594	10251189683	2022-07-30	DAY	14433	A	network	\N
881539	594	10251189683	2022-07-30	NIGHT	57342	A	network	\N
881712	604	10256261284	2022-07-30	DAY	54326	A	network	\N
881713	604	10256261284	2022-07-30	NIGHT	7322	A	network	\N
882471	651	10954442337	2022-07-30	DAY	39178	A	network	\N
882472	651	10954442337	2022-07-30	NIGHT	24441	A	network	\N
882527	656	10482525812	2022-07-30	DAY	29790	E	estimated	\N
882528	656	10482525812	2022-07-30	NIGHT	54344	E	estimated	\N
881249	575	10022883041	2022-08-01	24H	16772	A	network	\N
880562	531	10978226330	2022-08-02	DAY	34700	A	network	\N
880563	531	10978226330	2022-08-02	NIGHT	41258	A	network	\N
881045	560	10835443201	2022-08-02	24H	10116	C	customer_portal	2022-08-02 10:26:36
881079	562	10026927523	2022-08-03	24H	29354	C	customer_portal	2022-08-03 17:42:54
882720	666	10826140018	2022-08-03	DAY	27871	E	estimated	\N
882721	666	10826140018	2022-08-03	NIGHT	54515	E	estimated	\N
882103	626	10166416000	2022-08-04	24H	8169	C	sms	2022-08-04 09:34:40
880253	514	10513697023	2022-08-05	24H	19945	E	estimated	\N
880538	530	10901037383	2022-08-05	DAY	50873	A	network	\N
880539	530	10901037383	2022-08-05	NIGHT	37041	A	network	\N
881295	579	10102231585	2022-08-05	DAY	20290	A	network	\N
881296	579	10102231585	2022-08-05	NIGHT	22858	A	network	\N
880306	518	10819312918	2022-08-06	DAY	13298	A	network	\N
880307	518	10819312918	2022-08-06	NIGHT	11592	A	network	\N
880610	533	10879322002	2022-08-06	DAY	50823	A	network	\N
880611	533	10879322002	2022-08-06	NIGHT	11075	A	network	\N
880651	536	10823034488	2022-08-07	DAY	20595	A	network	\N
880652	536	10823034488	2022-08-07	NIGHT	27668	A	network	\N
881688	602	10946363668	2022-08-07	24H	12840	E	estimated	\N
882269	640	10467622039	2022-08-07	24H	27811	A	network	\N
880743	542	10233918781	2022-08-08	DAY	37616	A	network	\N
880744	542	10233918781	2022-08-08	NIGHT	47670	A	network	\N
881760	606	10917191575	2022-08-08	24H	22447	A	network	\N
881955	617	10181239734	2022-08-08	24H	37236	A	network	\N
882435	649	10767931118	2022-08-08	DAY	37397	A	network	\N
882436	649	10767931118	2022-08-08	NIGHT	3296	A	network	\N
880390	522	10432177759	2022-08-09	DAY	3040	A	network	\N
880391	522	10432177759	2022-08-09	NIGHT	54998	A	network	\N
882353	644	10699189034	2022-08-09	DAY	7002	C	sms	2022-08-09 07:08:00
882354	644	10699189034	2022-08-09	NIGHT	4012	C	sms	2022-08-09 07:08:00
880265	515	10654736181	2022-08-11	24H	41045	E	estimated	\N
880586	532	10958705689	2022-08-11	DAY	35851	C	customer_portal	2022-08-11 17:32:10
880587	532	10958705689	2022-08-11	NIGHT	31046	C	customer_portal	2022-08-11 17:32:10
880729	541	10773001661	2022-08-11	DAY	32000	C	sms	2022-08-11 20:43:58
880730	541	10773001661	2022-08-11	NIGHT	44080	C	sms	2022-08-11 20:43:58
882059	623	10654304877	2022-08-11	DAY	11578	E	estimated	\N
882060	623	10654304877	2022-08-11	NIGHT	33912	E	estimated	\N
882551	657	10119756014	2022-08-11	DAY	13252	A	network	\N
882552	657	10119756014	2022-08-11	NIGHT	58032	A	network	\N
880157	510	10969641711	2022-08-12	DAY	48135	C	sms	2022-08-12 07:53:36
880158	510	10969641711	2022-08-12	NIGHT	37460	C	sms	2022-08-12 07:53:36
880205	512	10591980034	2022-08-12	DAY	54310	A	network	\N
880206	512	10591980034	2022-08-12	NIGHT	12080	A	network	\N
880424	524	10845691912	2022-08-12	24H	34992	C	sms	2022-08-12 09:02:50
880699	539	10759705604	2022-08-12	24H	14709	E	estimated	\N
882281	641	10025729255	2022-08-12	DAY	58115	C	sms	2022-08-12 14:29:18
882282	641	10025729255	2022-08-12	NIGHT	38398	C	sms	2022-08-12 14:29:18
880378	521	10007081044	2022-08-13	24H	54608	A	network	\N
880921	553	10821141599	2022-08-13	DAY	19895	E	estimated	\N
880922	553	10821141599	2022-08-13	NIGHT	1562	E	estimated	\N
881261	576	10804527303	2022-08-13	DAY	58663	E	estimated	\N
881262	576	10804527303	2022-08-13	NIGHT	11508	E	estimated	\N
881616	599	10227330149	2022-08-13	DAY	34139	A	network	\N
881617	599	10227330149	2022-08-13	NIGHT	23989	A	network	\N
882388	646	10797340692	2022-08-13	DAY	7836	A	network	\N
882389	646	10797340692	2022-08-13	NIGHT	27959	A	network	\N
880412	523	10009272092	2022-08-14	24H	38362	E	estimated	\N
881129	565	10417058683	2022-08-14	DAY	15736	A	network	\N
881130	565	10417058683	2022-08-14	NIGHT	23121	A	network	\N
881454	589	10355396443	2022-08-15	DAY	12508	E	estimated	\N
881455	589	10355396443	2022-08-15	NIGHT	25863	E	estimated	\N
881907	615	10001680439	2022-08-15	DAY	32007	E	estimated	\N
881908	615	10001680439	2022-08-15	NIGHT	53397	E	estimated	\N
882245	639	10074124689	2022-08-15	DAY	12288	E	estimated	\N
882246	639	10074124689	2022-08-15	NIGHT	19933	E	estimated	\N
882305	642	10457736169	2022-08-15	DAY	22882	A	network	\N
882306	642	10457736169	2022-08-15	NIGHT	44858	A	network	\N
882377	645	10524381168	2022-08-15	24H	16481	A	network	\N
881574	596	10653079045	2022-08-17	DAY	12560	A	network	\N
881575	596	10653079045	2022-08-17	NIGHT	31297	A	network	\N
882575	658	10558284841	2022-08-17	DAY	31607	C	sms	2022-08-17 10:20:32
882576	658	10558284841	2022-08-17	NIGHT	9967	C	sms	2022-08-17 10:20:32
881105	564	10476829182	2022-08-18	DAY	24247	A	network	\N
881106	564	10476829182	2022-08-18	NIGHT	60199	A	network	\N
880460	526	10121581348	2022-08-19	DAY	38299	E	estimated	\N
880461	526	10121581348	2022-08-19	NIGHT	55415	E	estimated	\N
880687	538	10493774681	2022-08-19	24H	19525	C	sms	2022-08-19 13:34:31
881021	559	10948817267	2022-08-19	DAY	57785	A	network	\N
881022	559	10948817267	2022-08-19	NIGHT	59895	A	network	\N
881598	597	10196393223	2022-08-19	24H	56657	A	network	\N
882410	647	10676487727	2022-08-19	24H	24924	E	estimated	\N
880045	504	10285988820	2022-08-22	DAY	4877	E	estimated	\N
880046	504	10285988820	2022-08-22	NIGHT	25055	E	estimated	\N
880974	556	10216077657	2022-08-31	24H	40690	E	estimated	\N
882025	621	10586108756	2022-09-04	DAY	27459	E	estimated	\N
882026	621	10586108756	2022-09-04	NIGHT	49527	E	estimated	\N
880356	520	10056548905	2022-09-05	DAY	25243	A	network	\N
880357	520	10056548905	2022-09-05	NIGHT	54192	A	network	\N
881010	558	10507930220	2022-09-06	24H	34902	E	estimated	\N
881155	566	10605884255	2022-09-07	DAY	23577	E	estimated	\N
881156	566	10605884255	2022-09-07	NIGHT	42193	E	estimated	\N
882698	665	10253720314	2022-09-07	DAY	56118	A	network	\N
882699	665	10253720314	2022-09-07	NIGHT	26094	A	network	\N
880987	557	10665268240	2022-09-08	DAY	52928	A	network	\N
880988	557	10665268240	2022-09-08	NIGHT	17094	A	network	\N
881430	588	10607643764	2022-09-09	DAY	44350	C	customer_portal	2022-09-09 08:40:24
881431	588	10607643764	2022-09-09	NIGHT	39275	C	customer_portal	2022-09-09 08:40:24
881480	590	10462968950	2022-09-09	DAY	28938	A	network	\N
881481	590	10462968950	2022-09-09	NIGHT	33453	A	network	\N
882230	637	10594177596	2022-09-09	24H	13328	A	network	\N
882648	662	10730900516	2022-09-09	24H	45685	A	network	\N
881200	570	10516920491	2022-09-10	24H	49732	C	sms	2022-09-10 07:55:32
881392	586	10218834440	2022-09-11	DAY	49323	A	network	\N
881393	586	10218834440	2022-09-11	NIGHT	18502	A	network	\N
882460	650	10502806228	2022-09-11	24H	14500	A	network	\N
880438	525	10002482193	2022-09-13	DAY	27048	A	network	\N
880439	525	10002482193	2022-09-13	NIGHT	29428	A	network	\N
880769	543	10833944068	2022-09-13	DAY	24683	A	network	\N
880770	543	10833944068	2022-09-13	NIGHT	34815	A	network	\N
881563	595	10387317571	2022-09-13	24H	48936	A	network	\N
882194	634	10624060929	2022-09-13	24H	22569	E	estimated	\N
881738	605	10526561494	2022-09-14	DAY	13229	A	network	\N
881739	605	10526561494	2022-09-14	NIGHT	58487	A	network	\N
882159	632	10179876744	2022-09-14	DAY	55192	A	network	\N
882160	632	10179876744	2022-09-14	NIGHT	10519	A	network	\N
881356	584	10083848507	2022-09-15	DAY	41466	C	customer_portal	2022-09-15 15:33:20
881357	584	10083848507	2022-09-15	NIGHT	10023	C	customer_portal	2022-09-15 15:33:20
881885	614	10192073526	2022-09-15	DAY	38135	A	network	\N
881886	614	10192073526	2022-09-15	NIGHT	31653	A	network	\N
882331	643	10563284190	2022-09-15	DAY	36745	A	network	\N
882332	643	10563284190	2022-09-15	NIGHT	8851	A	network	\N
882496	652	10391639312	2022-09-15	24H	30318	E	estimated	\N
880015	502	10635617626	2022-09-16	DAY	30387	C	sms	2022-09-16 22:21:32
880016	502	10635617626	2022-09-16	NIGHT	35537	C	sms	2022-09-16 22:21:32
880231	513	10415597041	2022-09-16	DAY	6188	A	network	\N
880232	513	10415597041	2022-09-16	NIGHT	4107	A	network	\N
881236	573	10561791928	2022-09-16	24H	19292	A	network	\N
881818	609	10545697088	2022-09-16	DAY	31556	A	network	\N
881819	609	10545697088	2022-09-16	NIGHT	14767	A	network	\N
881841	610	10503680051	2022-09-16	24H	33111	A	network	\N
882003	620	10194380518	2022-09-16	DAY	49981	A	network	\N
882004	620	10194380518	2022-09-16	NIGHT	25395	A	network	\N
882048	622	10020929829	2022-09-16	24H	54178	A	network	\N
882092	625	10187556324	2022-09-16	24H	21233	A	network	\N
882124	628	10957040274	2022-09-16	24H	25419	A	network	\N
882796	670	10517090336	2022-09-16	DAY	52986	E	estimated	\N
882797	670	10517090336	2022-09-16	NIGHT	26696	E	estimated	\N
881933	616	10903514709	2022-09-17	DAY	32234	C	sms	2022-09-17 21:50:49
881934	616	10903514709	2022-09-17	NIGHT	45195	C	sms	2022-09-17 21:50:49
880002	501	10469839334	2022-09-18	24H	51896	E	estimated	\N
880183	511	10550248883	2022-09-18	DAY	20634	A	network	\N
880184	511	10550248883	2022-09-18	NIGHT	15923	A	network	\N
880817	546	10777532754	2022-09-18	DAY	36114	A	network	\N
880818	546	10777532754	2022-09-18	NIGHT	52277	A	network	\N
881516	593	10640205843	2022-09-18	DAY	39142	E	estimated	\N
881517	593	10640205843	2022-09-18	NIGHT	32445	E	estimated	\N
882182	633	10047916966	2022-09-18	24H	32916	A	network	\N
880486	527	10683032424	2022-09-19	DAY	32937	A	network	\N
880487	527	10683032424	2022-09-19	NIGHT	16499	A	network	\N
880133	509	10970706106	2022-09-20	DAY	59089	A	network	\N
880134	509	10970706106	2022-09-20	NIGHT	43705	A	network	\N
880510	528	10230585903	2022-09-20	DAY	27023	A	network	\N
880511	528	10230585903	2022-09-20	NIGHT	24140	A	network	\N
880713	540	10717912624	2022-09-20	DAY	52877	A	network	\N
880714	540	10717912624	2022-09-20	NIGHT	43882	A	network	\N
882601	659	10641204555	2022-09-20	DAY	56096	A	network	\N
882602	659	10641204555	2022-09-20	NIGHT	58921	A	network	\N
881212	571	10703047724	2022-09-21	24H	6103	A	network	\N
881861	613	10745214609	2022-09-21	DAY	37421	E	estimated	\N
881862	613	10745214609	2022-09-21	NIGHT	35601	E	estimated	\N
882625	661	10194392250	2022-09-21	DAY	34594	C	sms	2022-09-21 15:11:31
882626	661	10194392250	2022-09-21	NIGHT	52402	C	sms	2022-09-21 15:11:31
880793	544	10192905118	2022-09-22	DAY	59373	A	network	\N
880794	544	10192905118	2022-09-22	NIGHT	27258	A	network	\N
880899	551	10085282991	2022-09-22	DAY	17658	C	sms	2022-09-22 20:52:14
880900	551	10085282991	2022-09-22	NIGHT	18310	C	sms	2022-09-22 20:52:14
882423	648	10992762373	2022-09-22	24H	25682	E	estimated	\N
882770	668	10559692446	2022-09-22	DAY	13827	A	network	\N
882771	668	10559692446	2022-09-22	NIGHT	13765	A	network	\N
881224	572	10094533345	2022-09-23	24H	16803	A	network	\N
882207	635	10294749246	2022-09-23	24H	5209	A	network	\N
880851	548	10527699199	2022-09-24	DAY	43414	A	network	\N
880852	548	10527699199	2022-09-24	NIGHT	1637	A	network	\N
880951	555	10674072062	2022-09-24	DAY	47081	E	estimated	\N
880952	555	10674072062	2022-09-24	NIGHT	33350	E	estimated	\N
881503	591	10869635872	2022-09-24	24H	20486	A	network	\N
881666	601	10862603096	2022-09-24	DAY	44437	C	customer_portal	2022-09-24 19:27:45
881667	601	10862603096	2022-09-24	NIGHT	32030	C	customer_portal	2022-09-24 19:27:45
881774	607	10060415003	2022-09-24	DAY	11399	A	network	\N
881775	607	10060415003	2022-09-24	NIGHT	46803	A	network	\N
880886	550	10114005596	2022-09-25	24H	39338	E	estimated	\N
881642	600	10256376384	2022-09-25	DAY	6012	A	network	\N
881643	600	10256376384	2022-09-25	NIGHT	34324	A	network	\N
881701	603	10985124982	2022-09-25	24H	33229	E	estimated	\N
881969	618	10435784202	2022-09-25	DAY	46106	A	network	\N
881970	618	10435784202	2022-09-25	NIGHT	60359	A	network	\N
882127	629	10666099552	2022-09-25	DAY	18113	A	network	\N
882128	629	10666099552	2022-09-25	NIGHT	17807	A	network	\N
882685	664	10081892547	2022-09-25	24H	40617	E	estimated	\N
881714	604	10256261284	2022-09-26	DAY	54825	A	network	\N
881715	604	10256261284	2022-09-26	NIGHT	7585	A	network	\N
882746	667	10870633620	2022-09-26	DAY	39125	C	customer_portal	2022-09-26 10:56:26
882747	667	10870633620	2022-09-26	NIGHT	50659	C	customer_portal	2022-09-26 10:56:26
880676	537	10214670180	2022-09-27	24H	28929	C	customer_portal	2022-09-27 19:40:46
880874	549	10440958748	2022-09-27	24H	18509	A	network	\N
881379	585	10597165562	2022-09-27	24H	33389	C	customer_portal	2022-09-27 13:11:20
881250	575	10022883041	2022-09-28	24H	17455	A	network	\N
882473	651	10954442337	2022-09-28	DAY	39672	C	customer_portal	2022-09-28 22:27:08
882474	651	10954442337	2022-09-28	NIGHT	24785	C	customer_portal	2022-09-28 22:27:08
882662	663	10149147105	2022-09-28	DAY	24444	A	network	\N
882663	663	10149147105	2022-09-28	NIGHT	54813	A	network	\N
880109	508	10207878713	2022-09-30	DAY	26661	A	network	\N
880110	508	10207878713	2022-09-30	NIGHT	36381	A	network	\N
880332	519	10035179884	2022-10-01	DAY	47802	E	estimated	\N
880333	519	10035179884	2022-10-01	NIGHT	52575	E	estimated	\N
880254	514	10513697023	2022-10-02	24H	20281	A	network	\N
880540	530	10901037383	2022-10-02	DAY	51549	A	network	\N
880541	530	10901037383	2022-10-02	NIGHT	37320	A	network	\N
880564	531	10978226330	2022-10-02	DAY	35467	A	network	\N
880565	531	10978226330	2022-10-02	NIGHT	41643	A	network	\N
882529	656	10482525812	2022-10-02	DAY	30497	A	network	\N
882530	656	10482525812	2022-10-02	NIGHT	54551	A	network	\N
880308	518	10819312918	2022-10-03	DAY	13834	A	network	\N
880309	518	10819312918	2022-10-03	NIGHT	11820	A	network	\N
880612	533	10879322002	2022-10-03	DAY	51477	E	estimated	\N
880613	533	10879322002	2022-10-03	NIGHT	11338	E	estimated	\N
881297	579	10102231585	2022-10-03	DAY	21180	A	network	\N
881298	579	10102231585	2022-10-03	NIGHT	23083	A	network	\N
881540	594	10251189683	2022-10-04	DAY	14690	A	network	\N
881541	594	10251189683	2022-10-04	NIGHT	57637	A	network	\N
882270	640	10467622039	2022-10-04	24H	28692	A	network	\N
882722	666	10826140018	2022-10-04	DAY	28241	C	sms	2022-10-04 22:19:05
882723	666	10826140018	2022-10-04	NIGHT	54717	C	sms	2022-10-04 22:19:05
881046	560	10835443201	2022-10-05	24H	10982	A	network	\N
880731	541	10773001661	2022-10-06	DAY	32613	A	network	\N
880732	541	10773001661	2022-10-06	NIGHT	44208	A	network	\N
880745	542	10233918781	2022-10-06	DAY	38436	A	network	\N
880746	542	10233918781	2022-10-06	NIGHT	48119	A	network	\N
882061	623	10654304877	2022-10-06	DAY	12280	E	estimated	\N
882062	623	10654304877	2022-10-06	NIGHT	34132	E	estimated	\N
882104	626	10166416000	2022-10-06	24H	9060	E	estimated	\N
880923	553	10821141599	2022-10-07	DAY	20401	C	customer_portal	2022-10-07 19:03:29
880924	553	10821141599	2022-10-07	NIGHT	1705	C	customer_portal	2022-10-07 19:03:29
882553	657	10119756014	2022-10-07	DAY	13688	A	network	\N
882554	657	10119756014	2022-10-07	NIGHT	58285	A	network	\N
880207	512	10591980034	2022-10-08	DAY	54909	E	estimated	\N
880208	512	10591980034	2022-10-08	NIGHT	12374	E	estimated	\N
881080	562	10026927523	2022-10-08	24H	29955	C	sms	2022-10-08 14:29:14
880159	510	10969641711	2022-10-09	DAY	48836	C	sms	2022-10-09 15:43:16
880160	510	10969641711	2022-10-09	NIGHT	37863	C	sms	2022-10-09 15:43:16
880653	536	10823034488	2022-10-09	DAY	20949	A	network	\N
880654	536	10823034488	2022-10-09	NIGHT	27849	A	network	\N
881689	602	10946363668	2022-10-09	24H	13289	C	customer_portal	2022-10-09 09:30:30
880266	515	10654736181	2022-10-10	24H	41721	C	customer_portal	2022-10-10 10:23:41
880392	522	10432177759	2022-10-10	DAY	3456	A	network	\N
880393	522	10432177759	2022-10-10	NIGHT	55150	A	network	\N
881263	576	10804527303	2022-10-10	DAY	59259	C	sms	2022-10-10 08:07:15
881264	576	10804527303	2022-10-10	NIGHT	11872	C	sms	2022-10-10 08:07:15
881761	606	10917191575	2022-10-10	24H	23310	A	network	\N
881131	565	10417058683	2022-10-11	DAY	16068	A	network	\N
881132	565	10417058683	2022-10-11	NIGHT	23410	A	network	\N
881576	596	10653079045	2022-10-11	DAY	12888	A	network	\N
881577	596	10653079045	2022-10-11	NIGHT	31513	A	network	\N
881909	615	10001680439	2022-10-11	DAY	32608	A	network	\N
881910	615	10001680439	2022-10-11	NIGHT	53643	A	network	\N
882218	636	10756302616	2022-10-11	24H	25011	A	network	\N
882355	644	10699189034	2022-10-11	DAY	7626	A	network	\N
882356	644	10699189034	2022-10-11	NIGHT	4267	A	network	\N
882437	649	10767931118	2022-10-11	DAY	38203	A	network	\N
882438	649	10767931118	2022-10-11	NIGHT	3557	A	network	\N
881057	561	10913459480	2022-10-12	DAY	11950	A	network	\N
881058	561	10913459480	2022-10-12	NIGHT	7687	A	network	\N
881956	617	10181239734	2022-10-12	24H	37965	C	sms	2022-10-12 22:16:17
881618	599	10227330149	2022-10-13	DAY	34595	C	sms	2022-10-13 20:33:36
881619	599	10227330149	2022-10-13	NIGHT	24395	C	sms	2022-10-13 20:33:36
882411	647	10676487727	2022-10-13	24H	25767	A	network	\N
880413	523	10009272092	2022-10-14	24H	38787	A	network	\N
880700	539	10759705604	2022-10-14	24H	15536	E	estimated	\N
881456	589	10355396443	2022-10-14	DAY	12813	E	estimated	\N
881457	589	10355396443	2022-10-14	NIGHT	26117	E	estimated	\N
882247	639	10074124689	2022-10-14	DAY	13018	A	network	\N
882248	639	10074124689	2022-10-14	NIGHT	20333	A	network	\N
882283	641	10025729255	2022-10-14	DAY	58824	A	network	\N
882284	641	10025729255	2022-10-14	NIGHT	38576	A	network	\N
882390	646	10797340692	2022-10-14	DAY	8149	C	customer_portal	2022-10-14 21:00:50
882391	646	10797340692	2022-10-14	NIGHT	28120	C	customer_portal	2022-10-14 21:00:50
880588	532	10958705689	2022-10-15	DAY	36283	A	network	\N
880589	532	10958705689	2022-10-15	NIGHT	31418	A	network	\N
881107	564	10476829182	2022-10-15	DAY	24845	A	network	\N
881108	564	10476829182	2022-10-15	NIGHT	60615	A	network	\N
882577	658	10558284841	2022-10-15	DAY	32159	A	network	\N
882578	658	10558284841	2022-10-15	NIGHT	10348	A	network	\N
880379	521	10007081044	2022-10-16	24H	55247	C	sms	2022-10-16 13:24:51
880425	524	10845691912	2022-10-16	24H	35752	A	network	\N
882307	642	10457736169	2022-10-17	DAY	23348	A	network	\N
882308	642	10457736169	2022-10-17	NIGHT	45104	A	network	\N
882378	645	10524381168	2022-10-17	24H	17057	C	customer_portal	2022-10-17 11:21:33
880462	526	10121581348	2022-10-19	DAY	38915	E	estimated	\N
880463	526	10121581348	2022-10-19	NIGHT	55524	E	estimated	\N
881326	582	10809801487	2022-10-19	DAY	38177	E	estimated	\N
881327	582	10809801487	2022-10-19	NIGHT	36436	E	estimated	\N
880047	504	10285988820	2022-10-20	DAY	5710	E	estimated	\N
880048	504	10285988820	2022-10-20	NIGHT	25171	E	estimated	\N
880688	538	10493774681	2022-10-20	24H	19828	C	customer_portal	2022-10-20 19:44:07
881023	559	10948817267	2022-10-20	DAY	58468	A	network	\N
881024	559	10948817267	2022-10-20	NIGHT	60152	A	network	\N
880277	516	10247516949	2022-10-23	24H	28963	A	network	\N
881599	597	10196393223	2022-10-24	24H	57546	A	network	\N
881796	608	10563888499	2022-10-27	DAY	30104	E	estimated	\N
881797	608	10563888499	2022-10-27	NIGHT	8290	E	estimated	\N
880975	556	10216077657	2022-10-30	24H	41359	E	estimated	\N
881157	566	10605884255	2022-11-01	DAY	24019	E	estimated	\N
881158	566	10605884255	2022-11-01	NIGHT	42349	E	estimated	\N
882027	621	10586108756	2022-11-01	DAY	27946	E	estimated	\N
882028	621	10586108756	2022-11-01	NIGHT	49653	E	estimated	\N
882700	665	10253720314	2022-11-03	DAY	56751	C	sms	2022-11-03 17:39:54
882701	665	10253720314	2022-11-03	NIGHT	26320	C	sms	2022-11-03 17:39:54
882231	637	10594177596	2022-11-04	24H	13636	E	estimated	\N
881432	588	10607643764	2022-11-05	DAY	45197	C	customer_portal	2022-11-05 22:57:24
881433	588	10607643764	2022-11-05	NIGHT	39701	C	customer_portal	2022-11-05 22:57:24
882649	662	10730900516	2022-11-06	24H	46442	C	sms	2022-11-06 20:36:19
881011	558	10507930220	2022-11-07	24H	35720	A	network	\N
882195	634	10624060929	2022-11-07	24H	23208	A	network	\N
880097	507	10288384173	2022-11-09	24H	54882	E	estimated	\N
880358	520	10056548905	2022-11-10	DAY	25847	A	network	\N
880359	520	10056548905	2022-11-10	NIGHT	54517	A	network	\N
880989	557	10665268240	2022-11-10	DAY	53265	C	sms	2022-11-10 20:04:38
880990	557	10665268240	2022-11-10	NIGHT	17465	C	sms	2022-11-10 20:04:38
882798	670	10517090336	2022-11-10	DAY	53555	A	network	\N
882799	670	10517090336	2022-11-10	NIGHT	26824	A	network	\N
880771	543	10833944068	2022-11-11	DAY	25511	A	network	\N
880772	543	10833944068	2022-11-11	NIGHT	35233	A	network	\N
881237	573	10561791928	2022-11-12	24H	19705	A	network	\N
881482	590	10462968950	2022-11-12	DAY	29808	A	network	\N
881483	590	10462968950	2022-11-12	NIGHT	33886	A	network	\N
881518	593	10640205843	2022-11-12	DAY	39608	A	network	\N
881519	593	10640205843	2022-11-12	NIGHT	32737	A	network	\N
882093	625	10187556324	2022-11-12	24H	21760	A	network	\N
880185	511	10550248883	2022-11-13	DAY	21433	C	customer_portal	2022-11-13 19:08:54
880186	511	10550248883	2022-11-13	NIGHT	16200	C	customer_portal	2022-11-13 19:08:54
880233	513	10415597041	2022-11-13	DAY	6857	E	estimated	\N
880234	513	10415597041	2022-11-13	NIGHT	4325	E	estimated	\N
881394	586	10218834440	2022-11-13	DAY	49845	E	estimated	\N
881395	586	10218834440	2022-11-13	NIGHT	18704	E	estimated	\N
880488	527	10683032424	2022-11-14	DAY	33356	C	customer_portal	2022-11-14 10:22:49
880489	527	10683032424	2022-11-14	NIGHT	16611	C	customer_portal	2022-11-14 10:22:49
880819	546	10777532754	2022-11-14	DAY	36859	A	network	\N
880820	546	10777532754	2022-11-14	NIGHT	52613	A	network	\N
881201	570	10516920491	2022-11-14	24H	50278	E	estimated	\N
881564	595	10387317571	2022-11-14	24H	49365	E	estimated	\N
882461	650	10502806228	2022-11-14	24H	15080	E	estimated	\N
882497	652	10391639312	2022-11-14	24H	30779	E	estimated	\N
882603	659	10641204555	2022-11-14	DAY	56809	A	network	\N
882604	659	10641204555	2022-11-14	NIGHT	59046	A	network	\N
880440	525	10002482193	2022-11-15	DAY	27756	A	network	\N
880441	525	10002482193	2022-11-15	NIGHT	29864	A	network	\N
881820	609	10545697088	2022-11-15	DAY	31970	E	estimated	\N
881821	609	10545697088	2022-11-15	NIGHT	15142	E	estimated	\N
881887	614	10192073526	2022-11-15	DAY	38452	C	customer_portal	2022-11-15 16:38:07
881888	614	10192073526	2022-11-15	NIGHT	31796	C	customer_portal	2022-11-15 16:38:07
882627	661	10194392250	2022-11-15	DAY	35328	E	estimated	\N
882628	661	10194392250	2022-11-15	NIGHT	52801	E	estimated	\N
880135	509	10970706106	2022-11-16	DAY	59528	A	network	\N
880136	509	10970706106	2022-11-16	NIGHT	44072	A	network	\N
881740	605	10526561494	2022-11-16	DAY	14034	C	customer_portal	2022-11-16 08:24:05
881741	605	10526561494	2022-11-16	NIGHT	58787	C	customer_portal	2022-11-16 08:24:05
881935	616	10903514709	2022-11-16	DAY	32986	A	network	\N
881936	616	10903514709	2022-11-16	NIGHT	45507	A	network	\N
881991	619	10677436675	2022-11-16	24H	44159	A	network	\N
882161	632	10179876744	2022-11-16	DAY	55961	C	sms	2022-11-16 22:02:40
882162	632	10179876744	2022-11-16	NIGHT	10619	C	sms	2022-11-16 22:02:40
880795	544	10192905118	2022-11-17	DAY	60184	C	sms	2022-11-17 08:20:51
880796	544	10192905118	2022-11-17	NIGHT	27497	C	sms	2022-11-17 08:20:51
882424	648	10992762373	2022-11-17	24H	26169	A	network	\N
881358	584	10083848507	2022-11-18	DAY	42030	C	sms	2022-11-18 15:55:47
881359	584	10083848507	2022-11-18	NIGHT	10276	C	sms	2022-11-18 15:55:47
882005	620	10194380518	2022-11-19	DAY	50597	E	estimated	\N
882006	620	10194380518	2022-11-19	NIGHT	25709	E	estimated	\N
882129	629	10666099552	2022-11-19	DAY	18849	E	estimated	\N
882130	629	10666099552	2022-11-19	NIGHT	18078	E	estimated	\N
880003	501	10469839334	2022-11-20	24H	52498	A	network	\N
881213	571	10703047724	2022-11-20	24H	6763	A	network	\N
881716	604	10256261284	2022-11-20	DAY	55225	A	network	\N
881717	604	10256261284	2022-11-20	NIGHT	7948	A	network	\N
881842	610	10503680051	2022-11-20	24H	33794	A	network	\N
881863	613	10745214609	2022-11-20	DAY	38159	E	estimated	\N
881864	613	10745214609	2022-11-20	NIGHT	36030	E	estimated	\N
882049	622	10020929829	2022-11-20	24H	54603	A	network	\N
882183	633	10047916966	2022-11-20	24H	33742	E	estimated	\N
882333	643	10563284190	2022-11-20	DAY	37604	A	network	\N
882334	643	10563284190	2022-11-20	NIGHT	9031	A	network	\N
880017	502	10635617626	2022-11-21	DAY	30971	A	network	\N
880018	502	10635617626	2022-11-21	NIGHT	35825	A	network	\N
880512	528	10230585903	2022-11-21	DAY	27660	A	network	\N
880513	528	10230585903	2022-11-21	NIGHT	24547	A	network	\N
880875	549	10440958748	2022-11-21	24H	19276	A	network	\N
882208	635	10294749246	2022-11-21	24H	5838	C	customer_portal	2022-11-21 21:59:51
880901	551	10085282991	2022-11-23	DAY	17939	A	network	\N
880902	551	10085282991	2022-11-23	NIGHT	18670	A	network	\N
881776	607	10060415003	2022-11-23	DAY	12026	A	network	\N
881777	607	10060415003	2022-11-23	NIGHT	47078	A	network	\N
881971	618	10435784202	2022-11-23	DAY	46931	A	network	\N
881972	618	10435784202	2022-11-23	NIGHT	60725	A	network	\N
882475	651	10954442337	2022-11-23	DAY	40411	E	estimated	\N
882476	651	10954442337	2022-11-23	NIGHT	25195	E	estimated	\N
882772	668	10559692446	2022-11-23	DAY	14251	A	network	\N
882773	668	10559692446	2022-11-23	NIGHT	13885	A	network	\N
880887	550	10114005596	2022-11-24	24H	40230	A	network	\N
880715	540	10717912624	2022-11-25	DAY	53763	C	customer_portal	2022-11-25 15:47:27
880716	540	10717912624	2022-11-25	NIGHT	44053	C	customer_portal	2022-11-25 15:47:27
880839	547	10349705326	2022-11-25	24H	38747	C	customer_portal	2022-11-25 07:38:37
881702	603	10985124982	2022-11-25	24H	33924	A	network	\N
882686	664	10081892547	2022-11-26	24H	40996	E	estimated	\N
880853	548	10527699199	2022-11-27	DAY	43884	E	estimated	\N
880854	548	10527699199	2022-11-27	NIGHT	1787	E	estimated	\N
881299	579	10102231585	2022-11-27	DAY	21545	C	customer_portal	2022-11-27 16:07:38
881300	579	10102231585	2022-11-27	NIGHT	23298	C	customer_portal	2022-11-27 16:07:38
881504	591	10869635872	2022-11-27	24H	21068	C	customer_portal	2022-11-27 20:41:28
881225	572	10094533345	2022-11-28	24H	17413	A	network	\N
881668	601	10862603096	2022-11-28	DAY	45286	A	network	\N
881669	601	10862603096	2022-11-28	NIGHT	32438	A	network	\N
882531	656	10482525812	2022-11-28	DAY	30784	A	network	\N
882532	656	10482525812	2022-11-28	NIGHT	54810	A	network	\N
880111	508	10207878713	2022-11-29	DAY	27178	E	estimated	\N
880112	508	10207878713	2022-11-29	NIGHT	36784	E	estimated	\N
880255	514	10513697023	2022-11-29	24H	20638	C	customer_portal	2022-11-29 11:40:17
880953	555	10674072062	2022-11-29	DAY	47776	A	network	\N
880954	555	10674072062	2022-11-29	NIGHT	33686	A	network	\N
881251	575	10022883041	2022-11-29	24H	18276	A	network	\N
880747	542	10233918781	2022-11-30	DAY	39206	C	sms	2022-11-30 14:12:34
880748	542	10233918781	2022-11-30	NIGHT	48509	C	sms	2022-11-30 14:12:34
881380	585	10597165562	2022-11-30	24H	33782	E	estimated	\N
881644	600	10256376384	2022-11-30	DAY	6898	A	network	\N
881645	600	10256376384	2022-11-30	NIGHT	34550	A	network	\N
882271	640	10467622039	2022-11-30	24H	29179	E	estimated	\N
880677	537	10214670180	2022-12-01	24H	29628	A	network	\N
881542	594	10251189683	2022-12-01	DAY	15574	A	network	\N
881543	594	10251189683	2022-12-01	NIGHT	57944	A	network	\N
882748	667	10870633620	2022-12-01	DAY	39642	A	network	\N
882749	667	10870633620	2022-12-01	NIGHT	51059	A	network	\N
880334	519	10035179884	2022-12-02	DAY	48599	C	sms	2022-12-02 07:52:58
880335	519	10035179884	2022-12-02	NIGHT	52969	C	sms	2022-12-02 07:52:58
882664	663	10149147105	2022-12-02	DAY	25163	A	network	\N
882665	663	10149147105	2022-12-02	NIGHT	54955	A	network	\N
880209	512	10591980034	2022-12-03	DAY	55732	A	network	\N
880210	512	10591980034	2022-12-03	NIGHT	12622	A	network	\N
880655	536	10823034488	2022-12-03	DAY	21204	A	network	\N
880656	536	10823034488	2022-12-03	NIGHT	28078	A	network	\N
882063	623	10654304877	2022-12-03	DAY	12883	A	network	\N
882064	623	10654304877	2022-12-03	NIGHT	34412	A	network	\N
880267	515	10654736181	2022-12-04	24H	42563	A	network	\N
882724	666	10826140018	2022-12-04	DAY	28604	C	customer_portal	2022-12-04 17:38:41
882725	666	10826140018	2022-12-04	NIGHT	55095	C	customer_portal	2022-12-04 17:38:41
880566	531	10978226330	2022-12-05	DAY	35718	A	network	\N
880567	531	10978226330	2022-12-05	NIGHT	42080	A	network	\N
880733	541	10773001661	2022-12-05	DAY	33510	A	network	\N
880734	541	10773001661	2022-12-05	NIGHT	44505	A	network	\N
882357	644	10699189034	2022-12-05	DAY	8384	C	sms	2022-12-05 09:11:38
882358	644	10699189034	2022-12-05	NIGHT	4605	C	sms	2022-12-05 09:11:38
882555	657	10119756014	2022-12-05	DAY	14511	E	estimated	\N
882556	657	10119756014	2022-12-05	NIGHT	58414	E	estimated	\N
880310	518	10819312918	2022-12-06	DAY	14486	E	estimated	\N
880311	518	10819312918	2022-12-06	NIGHT	11998	E	estimated	\N
880394	522	10432177759	2022-12-06	DAY	3805	A	network	\N
880395	522	10432177759	2022-12-06	NIGHT	55395	A	network	\N
880542	530	10901037383	2022-12-06	DAY	52269	E	estimated	\N
880543	530	10901037383	2022-12-06	NIGHT	37574	E	estimated	\N
880614	533	10879322002	2022-12-06	DAY	51753	C	customer_portal	2022-12-06 17:18:27
880615	533	10879322002	2022-12-06	NIGHT	11700	C	customer_portal	2022-12-06 17:18:27
881081	562	10026927523	2022-12-06	24H	30494	E	estimated	\N
880161	510	10969641711	2022-12-08	DAY	49212	C	sms	2022-12-08 08:08:26
880162	510	10969641711	2022-12-08	NIGHT	38007	C	sms	2022-12-08 08:08:26
880414	523	10009272092	2022-12-08	24H	39441	A	network	\N
881047	560	10835443201	2022-12-08	24H	11670	A	network	\N
881265	576	10804527303	2022-12-08	DAY	59783	C	sms	2022-12-08 10:00:17
881266	576	10804527303	2022-12-08	NIGHT	12260	C	sms	2022-12-08 10:00:17
881414	587	10680575725	2022-12-08	DAY	3504	A	network	\N
881415	587	10680575725	2022-12-08	NIGHT	22883	A	network	\N
881690	602	10946363668	2022-12-08	24H	13668	E	estimated	\N
882249	639	10074124689	2022-12-08	DAY	13659	A	network	\N
882250	639	10074124689	2022-12-08	NIGHT	20589	A	network	\N
882412	647	10676487727	2022-12-08	24H	26522	C	customer_portal	2022-12-08 19:26:22
882392	646	10797340692	2022-12-09	DAY	8936	E	estimated	\N
882393	646	10797340692	2022-12-09	NIGHT	28269	E	estimated	\N
880701	539	10759705604	2022-12-10	24H	16311	A	network	\N
880925	553	10821141599	2022-12-11	DAY	20755	C	customer_portal	2022-12-11 17:56:14
880926	553	10821141599	2022-12-11	NIGHT	1977	C	customer_portal	2022-12-11 17:56:14
881059	561	10913459480	2022-12-11	DAY	12794	C	sms	2022-12-11 17:48:18
881060	561	10913459480	2022-12-11	NIGHT	8002	C	sms	2022-12-11 17:48:18
881762	606	10917191575	2022-12-11	24H	23684	C	sms	2022-12-11 21:36:20
882105	626	10166416000	2022-12-11	24H	9785	E	estimated	\N
881957	617	10181239734	2022-12-13	24H	38395	A	network	\N
880590	532	10958705689	2022-12-14	DAY	36541	C	customer_portal	2022-12-14 21:53:47
880591	532	10958705689	2022-12-14	NIGHT	31564	C	customer_portal	2022-12-14 21:53:47
880689	538	10493774681	2022-12-14	24H	20238	E	estimated	\N
881109	564	10476829182	2022-12-14	DAY	25197	A	network	\N
881110	564	10476829182	2022-12-14	NIGHT	60821	A	network	\N
881578	596	10653079045	2022-12-14	DAY	13673	C	customer_portal	2022-12-14 12:07:05
881579	596	10653079045	2022-12-14	NIGHT	31886	C	customer_portal	2022-12-14 12:07:05
882219	636	10756302616	2022-12-14	24H	25704	A	network	\N
881458	589	10355396443	2022-12-15	DAY	13157	E	estimated	\N
881459	589	10355396443	2022-12-15	NIGHT	26319	E	estimated	\N
882439	649	10767931118	2022-12-15	DAY	38558	E	estimated	\N
882440	649	10767931118	2022-12-15	NIGHT	3774	E	estimated	\N
881133	565	10417058683	2022-12-16	DAY	16381	A	network	\N
881134	565	10417058683	2022-12-16	NIGHT	23570	A	network	\N
881328	582	10809801487	2022-12-16	DAY	39021	A	network	\N
881329	582	10809801487	2022-12-16	NIGHT	36790	A	network	\N
881911	615	10001680439	2022-12-16	DAY	32875	C	customer_portal	2022-12-16 16:04:41
881912	615	10001680439	2022-12-16	NIGHT	54083	C	customer_portal	2022-12-16 16:04:41
881620	599	10227330149	2022-12-17	DAY	35354	E	estimated	\N
881621	599	10227330149	2022-12-17	NIGHT	24700	E	estimated	\N
882579	658	10558284841	2022-12-18	DAY	32967	A	network	\N
882580	658	10558284841	2022-12-18	NIGHT	10622	A	network	\N
882285	641	10025729255	2022-12-19	DAY	59357	E	estimated	\N
882286	641	10025729255	2022-12-19	NIGHT	38733	E	estimated	\N
880380	521	10007081044	2022-12-20	24H	55799	E	estimated	\N
881025	559	10948817267	2022-12-20	DAY	59108	A	network	\N
881026	559	10948817267	2022-12-20	NIGHT	60590	A	network	\N
880426	524	10845691912	2022-12-21	24H	36489	E	estimated	\N
882379	645	10524381168	2022-12-21	24H	17612	E	estimated	\N
880464	526	10121581348	2022-12-22	DAY	39339	A	network	\N
880465	526	10121581348	2022-12-22	NIGHT	55953	A	network	\N
882309	642	10457736169	2022-12-22	DAY	23752	A	network	\N
882310	642	10457736169	2022-12-22	NIGHT	45324	A	network	\N
880278	516	10247516949	2022-12-23	24H	29378	A	network	\N
880049	504	10285988820	2022-12-25	DAY	6545	A	network	\N
880050	504	10285988820	2022-12-25	NIGHT	25439	A	network	\N
881798	608	10563888499	2022-12-28	DAY	30373	A	network	\N
881799	608	10563888499	2022-12-28	NIGHT	8612	A	network	\N
881159	566	10605884255	2022-12-29	DAY	24278	E	estimated	\N
881160	566	10605884255	2022-12-29	NIGHT	42553	E	estimated	\N
881600	597	10196393223	2022-12-29	24H	58004	A	network	\N
882029	621	10586108756	2022-12-29	DAY	28805	E	estimated	\N
882030	621	10586108756	2022-12-29	NIGHT	49914	E	estimated	\N
880069	505	10760563700	2022-12-30	DAY	40085	A	network	\N
880070	505	10760563700	2022-12-30	NIGHT	42371	A	network	\N
880976	556	10216077657	2022-12-31	24H	41710	A	network	\N
882196	634	10624060929	2023-01-01	24H	24086	E	estimated	\N
880288	517	10065466191	2023-01-03	DAY	13964	C	customer_portal	2023-01-03 09:28:50
880289	517	10065466191	2023-01-03	NIGHT	42526	C	customer_portal	2023-01-03 09:28:50
881434	588	10607643764	2023-01-03	DAY	45762	A	network	\N
881435	588	10607643764	2023-01-03	NIGHT	39801	A	network	\N
881012	558	10507930220	2023-01-04	24H	36245	C	sms	2023-01-04 19:32:08
880773	543	10833944068	2023-01-05	DAY	26254	A	network	\N
880774	543	10833944068	2023-01-05	NIGHT	35391	A	network	\N
882800	670	10517090336	2023-01-05	DAY	54369	E	estimated	\N
882801	670	10517090336	2023-01-05	NIGHT	27103	E	estimated	\N
880235	513	10415597041	2023-01-07	DAY	7602	A	network	\N
880236	513	10415597041	2023-01-07	NIGHT	4504	A	network	\N
882650	662	10730900516	2023-01-07	24H	46919	A	network	\N
882702	665	10253720314	2023-01-07	DAY	57089	A	network	\N
882703	665	10253720314	2023-01-07	NIGHT	26431	A	network	\N
882462	650	10502806228	2023-01-08	24H	15452	A	network	\N
881396	586	10218834440	2023-01-09	DAY	50699	A	network	\N
881397	586	10218834440	2023-01-09	NIGHT	19115	A	network	\N
882232	637	10594177596	2023-01-09	24H	14393	A	network	\N
882605	659	10641204555	2023-01-09	DAY	57124	A	network	\N
882606	659	10641204555	2023-01-09	NIGHT	59420	A	network	\N
880490	527	10683032424	2023-01-10	DAY	33821	A	network	\N
880491	527	10683032424	2023-01-10	NIGHT	17031	A	network	\N
880821	546	10777532754	2023-01-10	DAY	37270	A	network	\N
880822	546	10777532754	2023-01-10	NIGHT	52884	A	network	\N
881520	593	10640205843	2023-01-10	DAY	40031	C	sms	2023-01-10 20:09:16
881521	593	10640205843	2023-01-10	NIGHT	33124	C	sms	2023-01-10 20:09:16
880991	557	10665268240	2023-01-11	DAY	54058	E	estimated	\N
880992	557	10665268240	2023-01-11	NIGHT	17732	E	estimated	\N
881484	590	10462968950	2023-01-11	DAY	30331	A	network	\N
881485	590	10462968950	2023-01-11	NIGHT	33997	A	network	\N
880137	509	10970706106	2023-01-12	DAY	60071	A	network	\N
880138	509	10970706106	2023-01-12	NIGHT	44309	A	network	\N
882425	648	10992762373	2023-01-12	24H	26728	E	estimated	\N
882498	652	10391639312	2023-01-12	24H	31176	E	estimated	\N
882007	620	10194380518	2023-01-13	DAY	51175	A	network	\N
882008	620	10194380518	2023-01-13	NIGHT	25978	A	network	\N
882131	629	10666099552	2023-01-13	DAY	19647	A	network	\N
882132	629	10666099552	2023-01-13	NIGHT	18192	A	network	\N
880098	507	10288384173	2023-01-14	24H	55189	A	network	\N
880187	511	10550248883	2023-01-14	DAY	21939	A	network	\N
880188	511	10550248883	2023-01-14	NIGHT	16346	A	network	\N
880360	520	10056548905	2023-01-14	DAY	26657	A	network	\N
880361	520	10056548905	2023-01-14	NIGHT	54747	A	network	\N
882094	625	10187556324	2023-01-14	24H	22211	A	network	\N
882163	632	10179876744	2023-01-14	DAY	56556	A	network	\N
882164	632	10179876744	2023-01-14	NIGHT	10846	A	network	\N
881238	573	10561791928	2023-01-16	24H	20358	C	sms	2023-01-16 07:22:08
881360	584	10083848507	2023-01-16	DAY	42431	C	sms	2023-01-16 12:34:34
881361	584	10083848507	2023-01-16	NIGHT	10671	C	sms	2023-01-16 12:34:34
881843	610	10503680051	2023-01-16	24H	34080	A	network	\N
880442	525	10002482193	2023-01-17	DAY	28482	E	estimated	\N
880443	525	10002482193	2023-01-17	NIGHT	30304	E	estimated	\N
881822	609	10545697088	2023-01-17	DAY	32265	A	network	\N
881823	609	10545697088	2023-01-17	NIGHT	15502	A	network	\N
882209	635	10294749246	2023-01-17	24H	6342	A	network	\N
880019	502	10635617626	2023-01-18	DAY	31482	A	network	\N
880020	502	10635617626	2023-01-18	NIGHT	36068	A	network	\N
881202	570	10516920491	2023-01-18	24H	50853	C	sms	2023-01-18 08:59:15
881937	616	10903514709	2023-01-18	DAY	33654	E	estimated	\N
881938	616	10903514709	2023-01-18	NIGHT	45774	E	estimated	\N
881973	618	10435784202	2023-01-18	DAY	47659	E	estimated	\N
881974	618	10435784202	2023-01-18	NIGHT	60833	E	estimated	\N
881992	619	10677436675	2023-01-18	24H	44908	A	network	\N
882629	661	10194392250	2023-01-18	DAY	35999	C	sms	2023-01-18 09:43:14
882630	661	10194392250	2023-01-18	NIGHT	53024	C	sms	2023-01-18 09:43:14
880004	501	10469839334	2023-01-19	24H	52950	A	network	\N
881565	595	10387317571	2023-01-19	24H	50144	E	estimated	\N
881718	604	10256261284	2023-01-19	DAY	55478	E	estimated	\N
881719	604	10256261284	2023-01-19	NIGHT	8273	E	estimated	\N
882050	622	10020929829	2023-01-19	24H	55233	E	estimated	\N
882774	668	10559692446	2023-01-19	DAY	14720	E	estimated	\N
882775	668	10559692446	2023-01-19	NIGHT	14256	E	estimated	\N
881742	605	10526561494	2023-01-20	DAY	14372	E	estimated	\N
881743	605	10526561494	2023-01-20	NIGHT	58980	E	estimated	\N
881889	614	10192073526	2023-01-20	DAY	38726	A	network	\N
881890	614	10192073526	2023-01-20	NIGHT	31976	A	network	\N
880514	528	10230585903	2023-01-22	DAY	28258	A	network	\N
880515	528	10230585903	2023-01-22	NIGHT	24870	A	network	\N
880797	544	10192905118	2023-01-22	DAY	60725	A	network	\N
880798	544	10192905118	2023-01-22	NIGHT	27741	A	network	\N
880876	549	10440958748	2023-01-22	24H	20123	A	network	\N
881214	571	10703047724	2023-01-22	24H	7293	E	estimated	\N
881670	601	10862603096	2023-01-22	DAY	45878	A	network	\N
881671	601	10862603096	2023-01-22	NIGHT	32738	A	network	\N
881865	613	10745214609	2023-01-22	DAY	38888	A	network	\N
881866	613	10745214609	2023-01-22	NIGHT	36182	A	network	\N
882533	656	10482525812	2023-01-22	DAY	31435	A	network	\N
882534	656	10482525812	2023-01-22	NIGHT	55169	A	network	\N
882687	664	10081892547	2023-01-22	24H	41551	C	customer_portal	2023-01-22 11:36:59
881505	591	10869635872	2023-01-24	24H	21587	E	estimated	\N
881778	607	10060415003	2023-01-24	DAY	12850	A	network	\N
881779	607	10060415003	2023-01-24	NIGHT	47264	A	network	\N
882184	633	10047916966	2023-01-24	24H	34412	E	estimated	\N
880678	537	10214670180	2023-01-25	24H	30309	A	network	\N
881544	594	10251189683	2023-01-25	DAY	16100	A	network	\N
881545	594	10251189683	2023-01-25	NIGHT	58271	A	network	\N
882335	643	10563284190	2023-01-25	DAY	38402	E	estimated	\N
882336	643	10563284190	2023-01-25	NIGHT	9248	E	estimated	\N
880840	547	10349705326	2023-01-26	24H	39471	C	customer_portal	2023-01-26 08:56:42
880888	550	10114005596	2023-01-26	24H	40964	A	network	\N
880855	548	10527699199	2023-01-27	DAY	44752	A	network	\N
880856	548	10527699199	2023-01-27	NIGHT	1977	A	network	\N
880955	555	10674072062	2023-01-27	DAY	48248	A	network	\N
880956	555	10674072062	2023-01-27	NIGHT	33793	A	network	\N
881301	579	10102231585	2023-01-27	DAY	21853	A	network	\N
881302	579	10102231585	2023-01-27	NIGHT	23434	A	network	\N
882477	651	10954442337	2023-01-27	DAY	41111	A	network	\N
882478	651	10954442337	2023-01-27	NIGHT	25551	A	network	\N
880717	540	10717912624	2023-01-28	DAY	54123	A	network	\N
880718	540	10717912624	2023-01-28	NIGHT	44191	A	network	\N
880903	551	10085282991	2023-01-28	DAY	18238	A	network	\N
880904	551	10085282991	2023-01-28	NIGHT	18931	A	network	\N
881226	572	10094533345	2023-01-28	24H	17814	E	estimated	\N
882750	667	10870633620	2023-01-28	DAY	40406	A	network	\N
882751	667	10870633620	2023-01-28	NIGHT	51344	A	network	\N
880113	508	10207878713	2023-01-29	DAY	27430	A	network	\N
880114	508	10207878713	2023-01-29	NIGHT	36906	A	network	\N
881703	603	10985124982	2023-01-29	24H	34766	C	customer_portal	2023-01-29 16:52:21
882666	663	10149147105	2023-01-29	DAY	26011	E	estimated	\N
882667	663	10149147105	2023-01-29	NIGHT	55059	E	estimated	\N
880396	522	10432177759	2023-01-30	DAY	4323	A	network	\N
880397	522	10432177759	2023-01-30	NIGHT	55835	A	network	\N
880256	514	10513697023	2023-01-31	24H	21438	E	estimated	\N
880312	518	10819312918	2023-01-31	DAY	15358	E	estimated	\N
880313	518	10819312918	2023-01-31	NIGHT	12208	E	estimated	\N
880336	519	10035179884	2023-02-01	DAY	49073	C	sms	2023-02-01 21:50:43
880337	519	10035179884	2023-02-01	NIGHT	53255	C	sms	2023-02-01 21:50:43
880568	531	10978226330	2023-02-01	DAY	36322	A	network	\N
880569	531	10978226330	2023-02-01	NIGHT	42509	A	network	\N
881416	587	10680575725	2023-02-01	DAY	4267	A	network	\N
881417	587	10680575725	2023-02-01	NIGHT	23329	A	network	\N
881646	600	10256376384	2023-02-01	DAY	7525	A	network	\N
881647	600	10256376384	2023-02-01	NIGHT	34993	A	network	\N
881691	602	10946363668	2023-02-01	24H	14043	E	estimated	\N
882726	666	10826140018	2023-02-01	DAY	28908	E	estimated	\N
882727	666	10826140018	2023-02-01	NIGHT	55377	E	estimated	\N
880749	542	10233918781	2023-02-02	DAY	39642	A	network	\N
880750	542	10233918781	2023-02-02	NIGHT	48750	A	network	\N
881252	575	10022883041	2023-02-02	24H	19040	C	sms	2023-02-02 16:00:48
881381	585	10597165562	2023-02-02	24H	34181	E	estimated	\N
882272	640	10467622039	2023-02-02	24H	29442	A	network	\N
882359	644	10699189034	2023-02-02	DAY	8944	E	estimated	\N
882360	644	10699189034	2023-02-02	NIGHT	4955	E	estimated	\N
880211	512	10591980034	2023-02-03	DAY	56245	A	network	\N
880212	512	10591980034	2023-02-03	NIGHT	12917	A	network	\N
880616	533	10879322002	2023-02-03	DAY	52015	A	network	\N
880617	533	10879322002	2023-02-03	NIGHT	11830	A	network	\N
880163	510	10969641711	2023-02-04	DAY	49698	A	network	\N
880164	510	10969641711	2023-02-04	NIGHT	38193	A	network	\N
880702	539	10759705604	2023-02-04	24H	17143	E	estimated	\N
880268	515	10654736181	2023-02-05	24H	43300	E	estimated	\N
880657	536	10823034488	2023-02-05	DAY	21454	A	network	\N
880658	536	10823034488	2023-02-05	NIGHT	28425	A	network	\N
882065	623	10654304877	2023-02-05	DAY	13188	A	network	\N
882066	623	10654304877	2023-02-05	NIGHT	34562	A	network	\N
882106	626	10166416000	2023-02-05	24H	10271	A	network	\N
881048	560	10835443201	2023-02-06	24H	11950	C	sms	2023-02-06 09:32:52
881267	576	10804527303	2023-02-06	DAY	60510	E	estimated	\N
881268	576	10804527303	2023-02-06	NIGHT	12595	E	estimated	\N
882557	657	10119756014	2023-02-06	DAY	14891	C	customer_portal	2023-02-06 19:42:50
882558	657	10119756014	2023-02-06	NIGHT	58748	C	customer_portal	2023-02-06 19:42:50
880735	541	10773001661	2023-02-07	DAY	34189	A	network	\N
880736	541	10773001661	2023-02-07	NIGHT	44817	A	network	\N
882251	639	10074124689	2023-02-07	DAY	14353	A	network	\N
882252	639	10074124689	2023-02-07	NIGHT	20952	A	network	\N
880690	538	10493774681	2023-02-08	24H	20497	E	estimated	\N
882394	646	10797340692	2023-02-08	DAY	9255	C	sms	2023-02-08 18:32:20
882395	646	10797340692	2023-02-08	NIGHT	28672	C	sms	2023-02-08 18:32:20
882441	649	10767931118	2023-02-08	DAY	38822	A	network	\N
882442	649	10767931118	2023-02-08	NIGHT	4169	A	network	\N
881061	561	10913459480	2023-02-09	DAY	13618	E	estimated	\N
881062	561	10913459480	2023-02-09	NIGHT	8400	E	estimated	\N
880415	523	10009272092	2023-02-10	24H	40255	E	estimated	\N
880544	530	10901037383	2023-02-10	DAY	52683	E	estimated	\N
880545	530	10901037383	2023-02-10	NIGHT	37813	E	estimated	\N
880927	553	10821141599	2023-02-10	DAY	21603	A	network	\N
880928	553	10821141599	2023-02-10	NIGHT	2318	A	network	\N
881082	562	10026927523	2023-02-10	24H	30955	E	estimated	\N
882220	636	10756302616	2023-02-11	24H	26404	A	network	\N
882413	647	10676487727	2023-02-11	24H	27029	C	sms	2023-02-11 14:50:17
881135	565	10417058683	2023-02-12	DAY	16653	A	network	\N
881136	565	10417058683	2023-02-12	NIGHT	23986	A	network	\N
881580	596	10653079045	2023-02-12	DAY	14011	E	estimated	\N
881581	596	10653079045	2023-02-12	NIGHT	32060	E	estimated	\N
881913	615	10001680439	2023-02-12	DAY	33206	A	network	\N
881914	615	10001680439	2023-02-12	NIGHT	54296	A	network	\N
881763	606	10917191575	2023-02-13	24H	24120	A	network	\N
881958	617	10181239734	2023-02-13	24H	39211	C	sms	2023-02-13 12:06:45
881111	564	10476829182	2023-02-14	DAY	25830	E	estimated	\N
881112	564	10476829182	2023-02-14	NIGHT	60997	E	estimated	\N
881330	582	10809801487	2023-02-14	DAY	39872	A	network	\N
881331	582	10809801487	2023-02-14	NIGHT	37033	A	network	\N
881622	599	10227330149	2023-02-14	DAY	35863	C	customer_portal	2023-02-14 07:02:34
881623	599	10227330149	2023-02-14	NIGHT	24831	C	customer_portal	2023-02-14 07:02:34
880466	526	10121581348	2023-02-16	DAY	39911	E	estimated	\N
880467	526	10121581348	2023-02-16	NIGHT	56202	E	estimated	\N
880592	532	10958705689	2023-02-17	DAY	36909	A	network	\N
880593	532	10958705689	2023-02-17	NIGHT	32010	A	network	\N
880381	521	10007081044	2023-02-18	24H	56380	A	network	\N
880427	524	10845691912	2023-02-18	24H	36742	A	network	\N
881027	559	10948817267	2023-02-18	DAY	59939	A	network	\N
881028	559	10948817267	2023-02-18	NIGHT	60907	A	network	\N
881460	589	10355396443	2023-02-18	DAY	13607	E	estimated	\N
881461	589	10355396443	2023-02-18	NIGHT	26437	E	estimated	\N
880051	504	10285988820	2023-02-19	DAY	7389	E	estimated	\N
880052	504	10285988820	2023-02-19	NIGHT	25686	E	estimated	\N
882380	645	10524381168	2023-02-19	24H	17965	A	network	\N
882581	658	10558284841	2023-02-19	DAY	33332	A	network	\N
882582	658	10558284841	2023-02-19	NIGHT	10974	A	network	\N
882287	641	10025729255	2023-02-21	DAY	59660	A	network	\N
882288	641	10025729255	2023-02-21	NIGHT	39026	A	network	\N
881601	597	10196393223	2023-02-22	24H	58610	A	network	\N
881800	608	10563888499	2023-02-22	DAY	30794	A	network	\N
881801	608	10563888499	2023-02-22	NIGHT	9014	A	network	\N
882311	642	10457736169	2023-02-22	DAY	24466	A	network	\N
882312	642	10457736169	2023-02-22	NIGHT	45689	A	network	\N
880279	516	10247516949	2023-02-24	24H	29674	C	customer_portal	2023-02-24 20:59:18
880290	517	10065466191	2023-02-27	DAY	14713	C	customer_portal	2023-02-27 14:29:37
880291	517	10065466191	2023-02-27	NIGHT	42848	C	customer_portal	2023-02-27 14:29:37
880071	505	10760563700	2023-02-28	DAY	40686	A	network	\N
880072	505	10760563700	2023-02-28	NIGHT	42509	A	network	\N
881436	588	10607643764	2023-03-02	DAY	46469	A	network	\N
881437	588	10607643764	2023-03-02	NIGHT	40065	A	network	\N
881013	558	10507930220	2023-03-03	24H	36913	E	estimated	\N
881161	566	10605884255	2023-03-04	DAY	24720	E	estimated	\N
881162	566	10605884255	2023-03-04	NIGHT	42835	E	estimated	\N
880977	556	10216077657	2023-03-05	24H	42052	A	network	\N
882031	621	10586108756	2023-03-05	DAY	29504	A	network	\N
882032	621	10586108756	2023-03-05	NIGHT	50215	A	network	\N
882802	670	10517090336	2023-03-05	DAY	54885	A	network	\N
882803	670	10517090336	2023-03-05	NIGHT	27446	A	network	\N
882197	634	10624060929	2023-03-06	24H	24506	E	estimated	\N
882792	669	10441016146	2023-03-07	DAY	38303	A	network	\N
882793	669	10441016146	2023-03-07	NIGHT	19921	A	network	\N
880139	509	10970706106	2023-03-09	DAY	60807	A	network	\N
880140	509	10970706106	2023-03-09	NIGHT	44593	A	network	\N
880492	527	10683032424	2023-03-09	DAY	34492	C	customer_portal	2023-03-09 12:22:53
880493	527	10683032424	2023-03-09	NIGHT	17353	C	customer_portal	2023-03-09 12:22:53
882133	629	10666099552	2023-03-09	DAY	20520	A	network	\N
882134	629	10666099552	2023-03-09	NIGHT	18390	A	network	\N
882651	662	10730900516	2023-03-09	24H	47278	A	network	\N
880237	513	10415597041	2023-03-10	DAY	8141	A	network	\N
880238	513	10415597041	2023-03-10	NIGHT	4756	A	network	\N
882233	637	10594177596	2023-03-10	24H	15127	A	network	\N
880775	543	10833944068	2023-03-11	DAY	26599	C	customer_portal	2023-03-11 21:32:13
880776	543	10833944068	2023-03-11	NIGHT	35601	C	customer_portal	2023-03-11 21:32:13
882463	650	10502806228	2023-03-11	24H	15912	E	estimated	\N
882095	625	10187556324	2023-03-12	24H	22638	A	network	\N
881362	584	10083848507	2023-03-13	DAY	42871	E	estimated	\N
881363	584	10083848507	2023-03-13	NIGHT	10910	E	estimated	\N
881398	586	10218834440	2023-03-13	DAY	51098	A	network	\N
881399	586	10218834440	2023-03-13	NIGHT	19298	A	network	\N
881486	590	10462968950	2023-03-13	DAY	30995	A	network	\N
881487	590	10462968950	2023-03-13	NIGHT	34137	A	network	\N
881824	609	10545697088	2023-03-13	DAY	32924	A	network	\N
881825	609	10545697088	2023-03-13	NIGHT	15676	A	network	\N
882499	652	10391639312	2023-03-13	24H	31602	A	network	\N
882704	665	10253720314	2023-03-13	DAY	57423	E	estimated	\N
882705	665	10253720314	2023-03-13	NIGHT	26572	E	estimated	\N
881844	610	10503680051	2023-03-14	24H	34975	C	customer_portal	2023-03-14 12:53:50
882210	635	10294749246	2023-03-14	24H	7216	C	sms	2023-03-14 07:26:16
882426	648	10992762373	2023-03-14	24H	27060	A	network	\N
882165	632	10179876744	2023-03-15	DAY	56842	E	estimated	\N
882166	632	10179876744	2023-03-15	NIGHT	11233	E	estimated	\N
882607	659	10641204555	2023-03-15	DAY	57913	A	network	\N
882608	659	10641204555	2023-03-15	NIGHT	59580	A	network	\N
880099	507	10288384173	2023-03-16	24H	55916	E	estimated	\N
880362	520	10056548905	2023-03-16	DAY	27041	E	estimated	\N
880363	520	10056548905	2023-03-16	NIGHT	55090	E	estimated	\N
880823	546	10777532754	2023-03-16	DAY	37525	A	network	\N
880824	546	10777532754	2023-03-16	NIGHT	53194	A	network	\N
881975	618	10435784202	2023-03-16	DAY	48029	A	network	\N
881976	618	10435784202	2023-03-16	NIGHT	61262	A	network	\N
880189	511	10550248883	2023-03-17	DAY	22601	A	network	\N
880190	511	10550248883	2023-03-17	NIGHT	16705	A	network	\N
880993	557	10665268240	2023-03-17	DAY	54897	A	network	\N
880994	557	10665268240	2023-03-17	NIGHT	18128	A	network	\N
881522	593	10640205843	2023-03-17	DAY	40694	E	estimated	\N
881523	593	10640205843	2023-03-17	NIGHT	33255	E	estimated	\N
881720	604	10256261284	2023-03-17	DAY	55957	A	network	\N
881721	604	10256261284	2023-03-17	NIGHT	8706	A	network	\N
881993	619	10677436675	2023-03-17	24H	45500	E	estimated	\N
882631	661	10194392250	2023-03-17	DAY	36509	C	sms	2023-03-17 09:44:47
882632	661	10194392250	2023-03-17	NIGHT	53266	C	sms	2023-03-17 09:44:47
880877	549	10440958748	2023-03-18	24H	20642	A	network	\N
881239	573	10561791928	2023-03-18	24H	20758	A	network	\N
881891	614	10192073526	2023-03-18	DAY	39365	A	network	\N
881892	614	10192073526	2023-03-18	NIGHT	32357	A	network	\N
881867	613	10745214609	2023-03-19	DAY	39638	A	network	\N
881868	613	10745214609	2023-03-19	NIGHT	36406	A	network	\N
880799	544	10192905118	2023-03-20	DAY	61571	C	sms	2023-03-20 13:25:49
880800	544	10192905118	2023-03-20	NIGHT	28074	C	sms	2023-03-20 13:25:49
881744	605	10526561494	2023-03-20	DAY	15148	E	estimated	\N
881745	605	10526561494	2023-03-20	NIGHT	59181	E	estimated	\N
882009	620	10194380518	2023-03-20	DAY	51725	C	customer_portal	2023-03-20 11:45:31
882010	620	10194380518	2023-03-20	NIGHT	26394	C	customer_portal	2023-03-20 11:45:31
882051	622	10020929829	2023-03-20	24H	55979	E	estimated	\N
881506	591	10869635872	2023-03-21	24H	22230	C	customer_portal	2023-03-21 17:07:43
881672	601	10862603096	2023-03-21	DAY	46420	A	network	\N
881673	601	10862603096	2023-03-21	NIGHT	33110	A	network	\N
880444	525	10002482193	2023-03-23	DAY	29332	A	network	\N
880445	525	10002482193	2023-03-23	NIGHT	30754	A	network	\N
880857	548	10527699199	2023-03-23	DAY	45490	A	network	\N
880858	548	10527699199	2023-03-23	NIGHT	2234	A	network	\N
882776	668	10559692446	2023-03-23	DAY	15521	A	network	\N
882777	668	10559692446	2023-03-23	NIGHT	14666	A	network	\N
881215	571	10703047724	2023-03-24	24H	7700	E	estimated	\N
881227	572	10094533345	2023-03-24	24H	18174	E	estimated	\N
882185	633	10047916966	2023-03-24	24H	34815	A	network	\N
882752	667	10870633620	2023-03-24	DAY	41248	A	network	\N
882753	667	10870633620	2023-03-24	NIGHT	51715	A	network	\N
880021	502	10635617626	2023-03-25	DAY	31919	E	estimated	\N
880022	502	10635617626	2023-03-25	NIGHT	36296	E	estimated	\N
880516	528	10230585903	2023-03-25	DAY	29001	C	customer_portal	2023-03-25 20:15:35
880517	528	10230585903	2023-03-25	NIGHT	25291	C	customer_portal	2023-03-25 20:15:35
881203	570	10516920491	2023-03-25	24H	51588	E	estimated	\N
881566	595	10387317571	2023-03-25	24H	50485	E	estimated	\N
881939	616	10903514709	2023-03-25	DAY	34125	A	network	\N
881940	616	10903514709	2023-03-25	NIGHT	46167	A	network	\N
882337	643	10563284190	2023-03-25	DAY	39029	A	network	\N
882338	643	10563284190	2023-03-25	NIGHT	9635	A	network	\N
882535	656	10482525812	2023-03-25	DAY	32163	C	sms	2023-03-25 21:27:48
882536	656	10482525812	2023-03-25	NIGHT	55405	C	sms	2023-03-25 21:27:48
880005	501	10469839334	2023-03-26	24H	53291	A	network	\N
880115	508	10207878713	2023-03-26	DAY	28297	C	sms	2023-03-26 09:47:30
880116	508	10207878713	2023-03-26	NIGHT	37116	C	sms	2023-03-26 09:47:30
880957	555	10674072062	2023-03-27	DAY	49041	C	sms	2023-03-27 14:58:37
880958	555	10674072062	2023-03-27	NIGHT	34054	C	sms	2023-03-27 14:58:37
881303	579	10102231585	2023-03-27	DAY	22126	A	network	\N
881304	579	10102231585	2023-03-27	NIGHT	23754	A	network	\N
881780	607	10060415003	2023-03-27	DAY	13125	E	estimated	\N
881781	607	10060415003	2023-03-27	NIGHT	47542	E	estimated	\N
882668	663	10149147105	2023-03-27	DAY	26422	E	estimated	\N
882669	663	10149147105	2023-03-27	NIGHT	55273	E	estimated	\N
880314	518	10819312918	2023-03-28	DAY	15624	E	estimated	\N
880315	518	10819312918	2023-03-28	NIGHT	12329	E	estimated	\N
882688	664	10081892547	2023-03-28	24H	41856	E	estimated	\N
880751	542	10233918781	2023-03-29	DAY	39967	A	network	\N
880752	542	10233918781	2023-03-29	NIGHT	49157	A	network	\N
882728	666	10826140018	2023-03-29	DAY	29577	A	network	\N
882729	666	10826140018	2023-03-29	NIGHT	55542	A	network	\N
880257	514	10513697023	2023-03-30	24H	21904	A	network	\N
880889	550	10114005596	2023-03-30	24H	41651	E	estimated	\N
880398	522	10432177759	2023-03-31	DAY	5076	C	sms	2023-03-31 09:33:14
880399	522	10432177759	2023-03-31	NIGHT	56050	C	sms	2023-03-31 09:33:14
880679	537	10214670180	2023-03-31	24H	30566	A	network	\N
880841	547	10349705326	2023-03-31	24H	40044	A	network	\N
881546	594	10251189683	2023-03-31	DAY	16638	A	network	\N
881547	594	10251189683	2023-03-31	NIGHT	58623	A	network	\N
882479	651	10954442337	2023-03-31	DAY	41603	A	network	\N
882480	651	10954442337	2023-03-31	NIGHT	25716	A	network	\N
880719	540	10717912624	2023-04-01	DAY	54609	E	estimated	\N
880720	540	10717912624	2023-04-01	NIGHT	44540	E	estimated	\N
881382	585	10597165562	2023-04-01	24H	34863	A	network	\N
880165	510	10969641711	2023-04-02	DAY	50395	C	sms	2023-04-02 09:48:51
880166	510	10969641711	2023-04-02	NIGHT	38363	C	sms	2023-04-02 09:48:51
880659	536	10823034488	2023-04-02	DAY	22205	E	estimated	\N
880660	536	10823034488	2023-04-02	NIGHT	28863	E	estimated	\N
881704	603	10985124982	2023-04-02	24H	35578	E	estimated	\N
882361	644	10699189034	2023-04-02	DAY	9549	A	network	\N
882362	644	10699189034	2023-04-02	NIGHT	5266	A	network	\N
880905	551	10085282991	2023-04-03	DAY	18773	C	sms	2023-04-03 20:18:22
880906	551	10085282991	2023-04-03	NIGHT	19041	C	sms	2023-04-03 20:18:22
881269	576	10804527303	2023-04-03	DAY	61361	A	network	\N
881270	576	10804527303	2023-04-03	NIGHT	12824	A	network	\N
880269	515	10654736181	2023-04-04	24H	44151	C	customer_portal	2023-04-04 19:00:47
881648	600	10256376384	2023-04-04	DAY	7893	A	network	\N
881649	600	10256376384	2023-04-04	NIGHT	35320	A	network	\N
882067	623	10654304877	2023-04-04	DAY	13824	E	estimated	\N
882068	623	10654304877	2023-04-04	NIGHT	34868	E	estimated	\N
882107	626	10166416000	2023-04-04	24H	10589	A	network	\N
882559	657	10119756014	2023-04-04	DAY	15661	C	customer_portal	2023-04-04 20:46:50
882560	657	10119756014	2023-04-04	NIGHT	58962	C	customer_portal	2023-04-04 20:46:50
880338	519	10035179884	2023-04-05	DAY	49435	C	sms	2023-04-05 21:05:31
880339	519	10035179884	2023-04-05	NIGHT	53497	C	sms	2023-04-05 21:05:31
880737	541	10773001661	2023-04-05	DAY	34485	A	network	\N
880738	541	10773001661	2023-04-05	NIGHT	45051	A	network	\N
881063	561	10913459480	2023-04-05	DAY	13995	A	network	\N
881064	561	10913459480	2023-04-05	NIGHT	8757	A	network	\N
881253	575	10022883041	2023-04-05	24H	19305	A	network	\N
882273	640	10467622039	2023-04-05	24H	30267	A	network	\N
882253	639	10074124689	2023-04-06	DAY	14936	A	network	\N
882254	639	10074124689	2023-04-06	NIGHT	21294	A	network	\N
880213	512	10591980034	2023-04-07	DAY	56889	E	estimated	\N
880214	512	10591980034	2023-04-07	NIGHT	13153	E	estimated	\N
880691	538	10493774681	2023-04-07	24H	20827	A	network	\N
881049	560	10835443201	2023-04-07	24H	12458	A	network	\N
881692	602	10946363668	2023-04-07	24H	14664	A	network	\N
880570	531	10978226330	2023-04-08	DAY	36610	E	estimated	\N
880571	531	10978226330	2023-04-08	NIGHT	42756	E	estimated	\N
880929	553	10821141599	2023-04-08	DAY	21987	A	network	\N
880930	553	10821141599	2023-04-08	NIGHT	2632	A	network	\N
881418	587	10680575725	2023-04-08	DAY	4636	A	network	\N
881419	587	10680575725	2023-04-08	NIGHT	23491	A	network	\N
880416	523	10009272092	2023-04-09	24H	40761	E	estimated	\N
880618	533	10879322002	2023-04-09	DAY	52538	C	customer_portal	2023-04-09 16:48:51
880619	533	10879322002	2023-04-09	NIGHT	11960	C	customer_portal	2023-04-09 16:48:51
880703	539	10759705604	2023-04-09	24H	17538	E	estimated	\N
881083	562	10026927523	2023-04-10	24H	31815	A	network	\N
881113	564	10476829182	2023-04-10	DAY	26183	A	network	\N
881114	564	10476829182	2023-04-10	NIGHT	61222	A	network	\N
881582	596	10653079045	2023-04-10	DAY	14341	A	network	\N
881583	596	10653079045	2023-04-10	NIGHT	32394	A	network	\N
881764	606	10917191575	2023-04-10	24H	24511	A	network	\N
881915	615	10001680439	2023-04-10	DAY	34078	C	customer_portal	2023-04-10 09:27:26
881916	615	10001680439	2023-04-10	NIGHT	54399	C	customer_portal	2023-04-10 09:27:26
882221	636	10756302616	2023-04-10	24H	27121	A	network	\N
882443	649	10767931118	2023-04-11	DAY	39197	A	network	\N
882444	649	10767931118	2023-04-11	NIGHT	4409	A	network	\N
881332	582	10809801487	2023-04-12	DAY	40664	E	estimated	\N
881333	582	10809801487	2023-04-12	NIGHT	37415	E	estimated	\N
882396	646	10797340692	2023-04-12	DAY	9660	A	network	\N
882397	646	10797340692	2023-04-12	NIGHT	28802	A	network	\N
881179	567	10858978397	2023-04-13	DAY	26853	E	estimated	\N
881180	567	10858978397	2023-04-13	NIGHT	25636	E	estimated	\N
881137	565	10417058683	2023-04-14	DAY	17105	A	network	\N
881138	565	10417058683	2023-04-14	NIGHT	24248	A	network	\N
881959	617	10181239734	2023-04-14	24H	39785	E	estimated	\N
880546	530	10901037383	2023-04-15	DAY	53487	A	network	\N
880547	530	10901037383	2023-04-15	NIGHT	38007	A	network	\N
880053	504	10285988820	2023-04-17	DAY	8055	A	network	\N
880054	504	10285988820	2023-04-17	NIGHT	25986	A	network	\N
880468	526	10121581348	2023-04-17	DAY	40417	E	estimated	\N
880469	526	10121581348	2023-04-17	NIGHT	56578	E	estimated	\N
880594	532	10958705689	2023-04-17	DAY	37417	A	network	\N
880595	532	10958705689	2023-04-17	NIGHT	32404	A	network	\N
881029	559	10948817267	2023-04-17	DAY	60527	E	estimated	\N
881030	559	10948817267	2023-04-17	NIGHT	61199	E	estimated	\N
882313	642	10457736169	2023-04-18	DAY	25313	E	estimated	\N
882314	642	10457736169	2023-04-18	NIGHT	46087	E	estimated	\N
882414	647	10676487727	2023-04-18	24H	27458	E	estimated	\N
880037	503	10230847501	2023-04-20	24H	41258	A	network	\N
881624	599	10227330149	2023-04-20	DAY	36463	A	network	\N
881625	599	10227330149	2023-04-20	NIGHT	25237	A	network	\N
880382	521	10007081044	2023-04-21	24H	57250	A	network	\N
881802	608	10563888499	2023-04-21	DAY	31208	A	network	\N
881803	608	10563888499	2023-04-21	NIGHT	9341	A	network	\N
882583	658	10558284841	2023-04-21	DAY	34160	A	network	\N
882584	658	10558284841	2023-04-21	NIGHT	11126	A	network	\N
880428	524	10845691912	2023-04-23	24H	37421	C	sms	2023-04-23 11:58:29
882381	645	10524381168	2023-04-24	24H	18711	A	network	\N
880280	516	10247516949	2023-04-25	24H	30127	A	network	\N
881462	589	10355396443	2023-04-25	DAY	14066	A	network	\N
881463	589	10355396443	2023-04-25	NIGHT	26874	A	network	\N
882289	641	10025729255	2023-04-25	DAY	60212	E	estimated	\N
882290	641	10025729255	2023-04-25	NIGHT	39236	E	estimated	\N
881602	597	10196393223	2023-04-27	24H	59028	E	estimated	\N
881438	588	10607643764	2023-04-28	DAY	47295	E	estimated	\N
881439	588	10607643764	2023-04-28	NIGHT	40370	E	estimated	\N
881091	563	10946844347	2023-04-29	DAY	49853	E	estimated	\N
881092	563	10946844347	2023-04-29	NIGHT	32770	E	estimated	\N
882804	670	10517090336	2023-04-29	DAY	55444	A	network	\N
882805	670	10517090336	2023-04-29	NIGHT	27663	A	network	\N
880292	517	10065466191	2023-04-30	DAY	15557	C	customer_portal	2023-04-30 22:59:05
880293	517	10065466191	2023-04-30	NIGHT	43180	C	customer_portal	2023-04-30 22:59:05
880073	505	10760563700	2023-05-01	DAY	41295	A	network	\N
880074	505	10760563700	2023-05-01	NIGHT	42691	A	network	\N
881163	566	10605884255	2023-05-01	DAY	25469	A	network	\N
881164	566	10605884255	2023-05-01	NIGHT	42939	A	network	\N
880141	509	10970706106	2023-05-03	DAY	61430	A	network	\N
880142	509	10970706106	2023-05-03	NIGHT	44800	A	network	\N
880494	527	10683032424	2023-05-03	DAY	34887	E	estimated	\N
880495	527	10683032424	2023-05-03	NIGHT	17552	E	estimated	\N
880978	556	10216077657	2023-05-04	24H	42521	A	network	\N
881014	558	10507930220	2023-05-05	24H	37638	E	estimated	\N
882135	629	10666099552	2023-05-05	DAY	21164	C	sms	2023-05-05 14:12:49
882136	629	10666099552	2023-05-05	NIGHT	18762	C	sms	2023-05-05 14:12:49
882033	621	10586108756	2023-05-06	DAY	30217	A	network	\N
882034	621	10586108756	2023-05-06	NIGHT	50359	A	network	\N
882198	634	10624060929	2023-05-06	24H	25324	C	customer_portal	2023-05-06 15:56:49
880239	513	10415597041	2023-05-08	DAY	8401	E	estimated	\N
880240	513	10415597041	2023-05-08	NIGHT	5104	E	estimated	\N
882652	662	10730900516	2023-05-08	24H	47927	C	sms	2023-05-08 08:21:28
882706	665	10253720314	2023-05-09	DAY	57738	A	network	\N
882707	665	10253720314	2023-05-09	NIGHT	26988	A	network	\N
880825	546	10777532754	2023-05-10	DAY	38017	E	estimated	\N
880826	546	10777532754	2023-05-10	NIGHT	53436	E	estimated	\N
881488	590	10462968950	2023-05-10	DAY	31789	A	network	\N
881489	590	10462968950	2023-05-10	NIGHT	34445	A	network	\N
882234	637	10594177596	2023-05-10	24H	15472	A	network	\N
882427	648	10992762373	2023-05-10	24H	27762	A	network	\N
880364	520	10056548905	2023-05-12	DAY	27423	A	network	\N
880365	520	10056548905	2023-05-12	NIGHT	55499	A	network	\N
882633	661	10194392250	2023-05-12	DAY	37192	A	network	\N
882634	661	10194392250	2023-05-12	NIGHT	53577	A	network	\N
880191	511	10550248883	2023-05-13	DAY	22885	A	network	\N
880192	511	10550248883	2023-05-13	NIGHT	16910	A	network	\N
881869	613	10745214609	2023-05-13	DAY	40374	A	network	\N
881870	613	10745214609	2023-05-13	NIGHT	36562	A	network	\N
882096	625	10187556324	2023-05-13	24H	23446	E	estimated	\N
882464	650	10502806228	2023-05-13	24H	16253	C	sms	2023-05-13 17:37:57
880777	543	10833944068	2023-05-14	DAY	27438	C	sms	2023-05-14 10:49:56
880778	543	10833944068	2023-05-14	NIGHT	35716	C	sms	2023-05-14 10:49:56
881524	593	10640205843	2023-05-14	DAY	41125	A	network	\N
881525	593	10640205843	2023-05-14	NIGHT	33631	A	network	\N
881400	586	10218834440	2023-05-15	DAY	51593	E	estimated	\N
881401	586	10218834440	2023-05-15	NIGHT	19710	E	estimated	\N
881977	618	10435784202	2023-05-15	DAY	48473	A	network	\N
881978	618	10435784202	2023-05-15	NIGHT	61648	A	network	\N
882011	620	10194380518	2023-05-15	DAY	52396	A	network	\N
882012	620	10194380518	2023-05-15	NIGHT	26720	A	network	\N
881240	573	10561791928	2023-05-16	24H	21204	A	network	\N
880100	507	10288384173	2023-05-17	24H	56182	E	estimated	\N
881364	584	10083848507	2023-05-17	DAY	43477	A	network	\N
881365	584	10083848507	2023-05-17	NIGHT	11101	A	network	\N
881674	601	10862603096	2023-05-17	DAY	47137	C	sms	2023-05-17 18:25:29
881675	601	10862603096	2023-05-17	NIGHT	33518	C	sms	2023-05-17 18:25:29
882052	622	10020929829	2023-05-17	24H	56557	A	network	\N
882500	652	10391639312	2023-05-17	24H	32041	A	network	\N
881826	609	10545697088	2023-05-18	DAY	33674	A	network	\N
881827	609	10545697088	2023-05-18	NIGHT	15971	A	network	\N
882211	635	10294749246	2023-05-18	24H	7651	A	network	\N
880446	525	10002482193	2023-05-19	DAY	30018	A	network	\N
880447	525	10002482193	2023-05-19	NIGHT	31171	A	network	\N
880859	548	10527699199	2023-05-19	DAY	46264	A	network	\N
880860	548	10527699199	2023-05-19	NIGHT	2466	A	network	\N
881204	570	10516920491	2023-05-19	24H	52258	A	network	\N
881845	610	10503680051	2023-05-19	24H	35502	C	customer_portal	2023-05-19 19:31:23
882609	659	10641204555	2023-05-19	DAY	58244	E	estimated	\N
882610	659	10641204555	2023-05-19	NIGHT	59989	E	estimated	\N
880995	557	10665268240	2023-05-20	DAY	55423	E	estimated	\N
880996	557	10665268240	2023-05-20	NIGHT	18250	E	estimated	\N
882167	632	10179876744	2023-05-20	DAY	57462	A	network	\N
882168	632	10179876744	2023-05-20	NIGHT	11392	A	network	\N
880801	544	10192905118	2023-05-21	DAY	62429	E	estimated	\N
880802	544	10192905118	2023-05-21	NIGHT	28376	E	estimated	\N
880878	549	10440958748	2023-05-21	24H	21502	A	network	\N
880959	555	10674072062	2023-05-21	DAY	49320	C	customer_portal	2023-05-21 11:47:55
880960	555	10674072062	2023-05-21	NIGHT	34383	C	customer_portal	2023-05-21 11:47:55
881305	579	10102231585	2023-05-21	DAY	22626	A	network	\N
881306	579	10102231585	2023-05-21	NIGHT	24044	A	network	\N
881507	591	10869635872	2023-05-21	24H	22587	A	network	\N
881722	604	10256261284	2023-05-21	DAY	56480	A	network	\N
881723	604	10256261284	2023-05-21	NIGHT	8940	A	network	\N
881746	605	10526561494	2023-05-21	DAY	15404	A	network	\N
881747	605	10526561494	2023-05-21	NIGHT	59546	A	network	\N
882670	663	10149147105	2023-05-21	DAY	26919	C	customer_portal	2023-05-21 16:28:20
882671	663	10149147105	2023-05-21	NIGHT	55693	C	customer_portal	2023-05-21 16:28:20
880316	518	10819312918	2023-05-22	DAY	15883	C	sms	2023-05-22 12:58:00
880317	518	10819312918	2023-05-22	NIGHT	12484	C	sms	2023-05-22 12:58:00
881994	619	10677436675	2023-05-22	24H	45888	C	sms	2023-05-22 20:03:30
881782	607	10060415003	2023-05-23	DAY	13568	A	network	\N
881783	607	10060415003	2023-05-23	NIGHT	47838	A	network	\N
881893	614	10192073526	2023-05-23	DAY	39703	A	network	\N
881894	614	10192073526	2023-05-23	NIGHT	32622	A	network	\N
881941	616	10903514709	2023-05-23	DAY	34791	A	network	\N
881942	616	10903514709	2023-05-23	NIGHT	46319	A	network	\N
882537	656	10482525812	2023-05-24	DAY	32562	E	estimated	\N
882538	656	10482525812	2023-05-24	NIGHT	55772	E	estimated	\N
880680	537	10214670180	2023-05-25	24H	31289	A	network	\N
881216	571	10703047724	2023-05-25	24H	8251	C	sms	2023-05-25 16:28:05
881567	595	10387317571	2023-05-25	24H	51006	A	network	\N
882754	667	10870633620	2023-05-25	DAY	41708	A	network	\N
882755	667	10870633620	2023-05-25	NIGHT	51989	A	network	\N
880023	502	10635617626	2023-05-26	DAY	32340	C	sms	2023-05-26 09:21:01
880024	502	10635617626	2023-05-26	NIGHT	36550	C	sms	2023-05-26 09:21:01
880117	508	10207878713	2023-05-26	DAY	28741	E	estimated	\N
880118	508	10207878713	2023-05-26	NIGHT	37483	E	estimated	\N
880006	501	10469839334	2023-05-27	24H	54025	A	network	\N
880518	528	10230585903	2023-05-27	DAY	29561	C	customer_portal	2023-05-27 07:46:54
880519	528	10230585903	2023-05-27	NIGHT	25599	C	customer_portal	2023-05-27 07:46:54
881228	572	10094533345	2023-05-27	24H	18971	A	network	\N
881383	585	10597165562	2023-05-27	24H	35758	A	network	\N
881705	603	10985124982	2023-05-27	24H	36266	C	customer_portal	2023-05-27 14:59:13
882778	668	10559692446	2023-05-27	DAY	15814	A	network	\N
882779	668	10559692446	2023-05-27	NIGHT	14941	A	network	\N
882339	643	10563284190	2023-05-28	DAY	39833	E	estimated	\N
882340	643	10563284190	2023-05-28	NIGHT	9919	E	estimated	\N
880400	522	10432177759	2023-05-29	DAY	5591	C	sms	2023-05-29 20:26:08
880401	522	10432177759	2023-05-29	NIGHT	56306	C	sms	2023-05-29 20:26:08
880753	542	10233918781	2023-05-29	DAY	40866	C	sms	2023-05-29 19:13:05
880754	542	10233918781	2023-05-29	NIGHT	49390	C	sms	2023-05-29 19:13:05
880907	551	10085282991	2023-05-29	DAY	19626	A	network	\N
880908	551	10085282991	2023-05-29	NIGHT	19169	A	network	\N
882069	623	10654304877	2023-05-29	DAY	14240	A	network	\N
882070	623	10654304877	2023-05-29	NIGHT	35236	A	network	\N
882186	633	10047916966	2023-05-29	24H	35334	C	sms	2023-05-29 08:04:06
882561	657	10119756014	2023-05-29	DAY	16153	C	customer_portal	2023-05-29 12:26:27
882562	657	10119756014	2023-05-29	NIGHT	59407	C	customer_portal	2023-05-29 12:26:27
881548	594	10251189683	2023-05-30	DAY	16991	A	network	\N
881549	594	10251189683	2023-05-30	NIGHT	58810	A	network	\N
880890	550	10114005596	2023-05-31	24H	42501	C	customer_portal	2023-05-31 09:18:17
881271	576	10804527303	2023-05-31	DAY	61911	A	network	\N
881272	576	10804527303	2023-05-31	NIGHT	13094	A	network	\N
880692	538	10493774681	2023-06-01	24H	21564	A	network	\N
881650	600	10256376384	2023-06-01	DAY	8777	E	estimated	\N
881651	600	10256376384	2023-06-01	NIGHT	35500	E	estimated	\N
882274	640	10467622039	2023-06-01	24H	30667	C	sms	2023-06-01 13:40:27
882689	664	10081892547	2023-06-01	24H	42388	A	network	\N
880258	514	10513697023	2023-06-02	24H	22364	A	network	\N
880661	536	10823034488	2023-06-02	DAY	23061	E	estimated	\N
880662	536	10823034488	2023-06-02	NIGHT	29121	E	estimated	\N
880721	540	10717912624	2023-06-02	DAY	55127	C	sms	2023-06-02 09:57:00
880722	540	10717912624	2023-06-02	NIGHT	44947	C	sms	2023-06-02 09:57:00
881050	560	10835443201	2023-06-02	24H	13309	A	network	\N
882363	644	10699189034	2023-06-02	DAY	10382	A	network	\N
882364	644	10699189034	2023-06-02	NIGHT	5562	A	network	\N
880270	515	10654736181	2023-06-03	24H	44465	E	estimated	\N
880842	547	10349705326	2023-06-03	24H	40593	A	network	\N
880931	553	10821141599	2023-06-03	DAY	22831	E	estimated	\N
880932	553	10821141599	2023-06-03	NIGHT	2827	E	estimated	\N
881065	561	10913459480	2023-06-03	DAY	14552	E	estimated	\N
881066	561	10913459480	2023-06-03	NIGHT	9092	E	estimated	\N
882730	666	10826140018	2023-06-03	DAY	30029	C	customer_portal	2023-06-03 12:45:43
882731	666	10826140018	2023-06-03	NIGHT	55891	C	customer_portal	2023-06-03 12:45:43
880167	510	10969641711	2023-06-04	DAY	51037	E	estimated	\N
880168	510	10969641711	2023-06-04	NIGHT	38758	E	estimated	\N
880215	512	10591980034	2023-06-04	DAY	57494	A	network	\N
880216	512	10591980034	2023-06-04	NIGHT	13408	A	network	\N
880620	533	10879322002	2023-06-04	DAY	53245	C	customer_portal	2023-06-04 13:12:52
880621	533	10879322002	2023-06-04	NIGHT	12339	C	customer_portal	2023-06-04 13:12:52
881254	575	10022883041	2023-06-04	24H	20144	A	network	\N
882481	651	10954442337	2023-06-04	DAY	42424	A	network	\N
882482	651	10954442337	2023-06-04	NIGHT	25892	A	network	\N
881334	582	10809801487	2023-06-06	DAY	41214	C	sms	2023-06-06 07:47:04
881335	582	10809801487	2023-06-06	NIGHT	37780	C	sms	2023-06-06 07:47:04
880417	523	10009272092	2023-06-07	24H	41090	A	network	\N
880704	539	10759705604	2023-06-07	24H	18057	E	estimated	\N
881693	602	10946363668	2023-06-07	24H	15510	A	network	\N
881420	587	10680575725	2023-06-08	DAY	5205	C	sms	2023-06-08 18:35:29
881421	587	10680575725	2023-06-08	NIGHT	23873	C	sms	2023-06-08 18:35:29
881765	606	10917191575	2023-06-08	24H	25104	A	network	\N
880739	541	10773001661	2023-06-09	DAY	35317	A	network	\N
880740	541	10773001661	2023-06-09	NIGHT	45414	A	network	\N
881139	565	10417058683	2023-06-09	DAY	17717	A	network	\N
881140	565	10417058683	2023-06-09	NIGHT	24590	A	network	\N
882108	626	10166416000	2023-06-09	24H	11215	A	network	\N
882445	649	10767931118	2023-06-09	DAY	39483	A	network	\N
882446	649	10767931118	2023-06-09	NIGHT	4616	A	network	\N
880340	519	10035179884	2023-06-10	DAY	49900	E	estimated	\N
880341	519	10035179884	2023-06-10	NIGHT	53628	E	estimated	\N
881584	596	10653079045	2023-06-10	DAY	15014	C	customer_portal	2023-06-10 10:08:49
881585	596	10653079045	2023-06-10	NIGHT	32579	C	customer_portal	2023-06-10 10:08:49
881084	562	10026927523	2023-06-11	24H	32070	A	network	\N
881917	615	10001680439	2023-06-11	DAY	34333	E	estimated	\N
881918	615	10001680439	2023-06-11	NIGHT	54551	E	estimated	\N
882255	639	10074124689	2023-06-11	DAY	15573	C	customer_portal	2023-06-11 16:33:53
882256	639	10074124689	2023-06-11	NIGHT	21528	C	customer_portal	2023-06-11 16:33:53
880572	531	10978226330	2023-06-12	DAY	36897	E	estimated	\N
880573	531	10978226330	2023-06-12	NIGHT	42986	E	estimated	\N
880596	532	10958705689	2023-06-12	DAY	37724	A	network	\N
880597	532	10958705689	2023-06-12	NIGHT	32567	A	network	\N
881181	567	10858978397	2023-06-12	DAY	27439	E	estimated	\N
881182	567	10858978397	2023-06-12	NIGHT	25945	E	estimated	\N
882222	636	10756302616	2023-06-12	24H	27903	E	estimated	\N
880548	530	10901037383	2023-06-13	DAY	54186	E	estimated	\N
880549	530	10901037383	2023-06-13	NIGHT	38306	E	estimated	\N
881031	559	10948817267	2023-06-13	DAY	61076	A	network	\N
881032	559	10948817267	2023-06-13	NIGHT	61450	A	network	\N
881115	564	10476829182	2023-06-13	DAY	27000	A	network	\N
881116	564	10476829182	2023-06-13	NIGHT	61377	A	network	\N
882315	642	10457736169	2023-06-13	DAY	25972	A	network	\N
882316	642	10457736169	2023-06-13	NIGHT	46190	A	network	\N
881960	617	10181239734	2023-06-14	24H	40105	E	estimated	\N
882398	646	10797340692	2023-06-15	DAY	10281	A	network	\N
882399	646	10797340692	2023-06-15	NIGHT	29177	A	network	\N
882415	647	10676487727	2023-06-16	24H	28299	C	customer_portal	2023-06-16 07:45:58
880055	504	10285988820	2023-06-18	DAY	8867	A	network	\N
880056	504	10285988820	2023-06-18	NIGHT	26393	A	network	\N
880281	516	10247516949	2023-06-19	24H	30637	A	network	\N
881626	599	10227330149	2023-06-20	DAY	37101	A	network	\N
881627	599	10227330149	2023-06-20	NIGHT	25392	A	network	\N
880383	521	10007081044	2023-06-21	24H	57759	A	network	\N
880470	526	10121581348	2023-06-21	DAY	41161	A	network	\N
880471	526	10121581348	2023-06-21	NIGHT	56678	A	network	\N
881804	608	10563888499	2023-06-21	DAY	31974	E	estimated	\N
881805	608	10563888499	2023-06-21	NIGHT	9477	E	estimated	\N
880429	524	10845691912	2023-06-24	24H	37887	C	sms	2023-06-24 09:17:55
881464	589	10355396443	2023-06-24	DAY	14954	C	customer_portal	2023-06-24 16:35:21
881465	589	10355396443	2023-06-24	NIGHT	27031	C	customer_portal	2023-06-24 16:35:21
880038	503	10230847501	2023-06-25	24H	41774	E	estimated	\N
881603	597	10196393223	2023-06-25	24H	59330	E	estimated	\N
882585	658	10558284841	2023-06-25	DAY	34644	A	network	\N
882586	658	10558284841	2023-06-25	NIGHT	11548	A	network	\N
881093	563	10946844347	2023-06-26	DAY	50559	E	estimated	\N
881094	563	10946844347	2023-06-26	NIGHT	32873	E	estimated	\N
882291	641	10025729255	2023-06-27	DAY	60499	E	estimated	\N
882292	641	10025729255	2023-06-27	NIGHT	39549	E	estimated	\N
880143	509	10970706106	2023-06-28	DAY	62286	A	network	\N
880144	509	10970706106	2023-06-28	NIGHT	45082	A	network	\N
881165	566	10605884255	2023-06-29	DAY	26204	C	customer_portal	2023-06-29 19:41:03
881166	566	10605884255	2023-06-29	NIGHT	43039	C	customer_portal	2023-06-29 19:41:03
881440	588	10607643764	2023-06-29	DAY	47988	C	customer_portal	2023-06-29 16:03:58
881441	588	10607643764	2023-06-29	NIGHT	40537	C	customer_portal	2023-06-29 16:03:58
882382	645	10524381168	2023-06-29	24H	19579	A	network	\N
880294	517	10065466191	2023-07-03	DAY	16352	A	network	\N
880295	517	10065466191	2023-07-03	NIGHT	43303	A	network	\N
880496	527	10683032424	2023-07-03	DAY	35144	E	estimated	\N
880497	527	10683032424	2023-07-03	NIGHT	17673	E	estimated	\N
882806	670	10517090336	2023-07-04	DAY	56247	A	network	\N
882807	670	10517090336	2023-07-04	NIGHT	28058	A	network	\N
880075	505	10760563700	2023-07-05	DAY	41918	A	network	\N
880076	505	10760563700	2023-07-05	NIGHT	43023	A	network	\N
882428	648	10992762373	2023-07-05	24H	28221	A	network	\N
882708	665	10253720314	2023-07-05	DAY	58256	A	network	\N
882709	665	10253720314	2023-07-05	NIGHT	27103	A	network	\N
881015	558	10507930220	2023-07-06	24H	38523	A	network	\N
880827	546	10777532754	2023-07-07	DAY	38900	C	customer_portal	2023-07-07 22:32:33
880828	546	10777532754	2023-07-07	NIGHT	53752	C	customer_portal	2023-07-07 22:32:33
882035	621	10586108756	2023-07-07	DAY	30579	C	customer_portal	2023-07-07 12:38:20
882036	621	10586108756	2023-07-07	NIGHT	50678	C	customer_portal	2023-07-07 12:38:20
882199	634	10624060929	2023-07-07	24H	25850	A	network	\N
880637	535	10173613372	2023-07-08	DAY	38895	A	network	\N
880638	535	10173613372	2023-07-08	NIGHT	39873	A	network	\N
880979	556	10216077657	2023-07-08	24H	43367	A	network	\N
882137	629	10666099552	2023-07-08	DAY	21529	E	estimated	\N
882138	629	10666099552	2023-07-08	NIGHT	18951	E	estimated	\N
882653	662	10730900516	2023-07-08	24H	48205	A	network	\N
880241	513	10415597041	2023-07-09	DAY	9024	A	network	\N
880242	513	10415597041	2023-07-09	NIGHT	5446	A	network	\N
882515	654	10125856569	2023-07-09	24H	37079	E	estimated	\N
881490	590	10462968950	2023-07-10	DAY	32459	E	estimated	\N
881491	590	10462968950	2023-07-10	NIGHT	34684	E	estimated	\N
881871	613	10745214609	2023-07-10	DAY	41032	E	estimated	\N
881872	613	10745214609	2023-07-10	NIGHT	36830	E	estimated	\N
882235	637	10594177596	2023-07-11	24H	15829	C	sms	2023-07-11 14:47:21
880779	543	10833944068	2023-07-12	DAY	28302	A	network	\N
880780	543	10833944068	2023-07-12	NIGHT	36025	A	network	\N
882097	625	10187556324	2023-07-12	24H	23826	E	estimated	\N
882465	650	10502806228	2023-07-12	24H	16822	A	network	\N
880101	507	10288384173	2023-07-13	24H	56680	C	sms	2023-07-13 14:37:16
881241	573	10561791928	2023-07-13	24H	21698	A	network	\N
882635	661	10194392250	2023-07-13	DAY	37556	E	estimated	\N
882636	661	10194392250	2023-07-13	NIGHT	53987	E	estimated	\N
881366	584	10083848507	2023-07-14	DAY	44117	A	network	\N
881367	584	10083848507	2023-07-14	NIGHT	11261	A	network	\N
881402	586	10218834440	2023-07-14	DAY	52066	E	estimated	\N
881403	586	10218834440	2023-07-14	NIGHT	19958	E	estimated	\N
881205	570	10516920491	2023-07-16	24H	53029	C	sms	2023-07-16 14:26:37
881526	593	10640205843	2023-07-16	DAY	41706	E	estimated	\N
881527	593	10640205843	2023-07-16	NIGHT	33867	E	estimated	\N
880366	520	10056548905	2023-07-17	DAY	28302	C	sms	2023-07-17 09:57:16
880367	520	10056548905	2023-07-17	NIGHT	55637	C	sms	2023-07-17 09:57:16
880803	544	10192905118	2023-07-17	DAY	62787	E	estimated	\N
880804	544	10192905118	2023-07-17	NIGHT	28510	E	estimated	\N
880961	555	10674072062	2023-07-17	DAY	50001	C	customer_portal	2023-07-17 19:35:35
880962	555	10674072062	2023-07-17	NIGHT	34744	C	customer_portal	2023-07-17 19:35:35
881828	609	10545697088	2023-07-17	DAY	34151	C	sms	2023-07-17 14:15:25
881829	609	10545697088	2023-07-17	NIGHT	16168	C	sms	2023-07-17 14:15:25
880193	511	10550248883	2023-07-18	DAY	23645	E	estimated	\N
880194	511	10550248883	2023-07-18	NIGHT	17230	E	estimated	\N
880318	518	10819312918	2023-07-18	DAY	16408	A	network	\N
880319	518	10819312918	2023-07-18	NIGHT	12715	A	network	\N
881846	610	10503680051	2023-07-18	24H	35771	A	network	\N
882053	622	10020929829	2023-07-18	24H	57026	A	network	\N
881784	607	10060415003	2023-07-19	DAY	14147	A	network	\N
881785	607	10060415003	2023-07-19	NIGHT	48204	A	network	\N
881979	618	10435784202	2023-07-19	DAY	48848	A	network	\N
881980	618	10435784202	2023-07-19	NIGHT	61965	A	network	\N
882501	652	10391639312	2023-07-19	24H	32462	E	estimated	\N
880119	508	10207878713	2023-07-20	DAY	29085	C	customer_portal	2023-07-20 14:43:26
880120	508	10207878713	2023-07-20	NIGHT	37683	C	customer_portal	2023-07-20 14:43:26
880879	549	10440958748	2023-07-20	24H	22193	A	network	\N
881676	601	10862603096	2023-07-20	DAY	47663	A	network	\N
881677	601	10862603096	2023-07-20	NIGHT	33803	A	network	\N
882013	620	10194380518	2023-07-20	DAY	52774	A	network	\N
882014	620	10194380518	2023-07-20	NIGHT	26913	A	network	\N
882611	659	10641204555	2023-07-20	DAY	58679	A	network	\N
882612	659	10641204555	2023-07-20	NIGHT	60434	A	network	\N
880861	548	10527699199	2023-07-21	DAY	47080	A	network	\N
880862	548	10527699199	2023-07-21	NIGHT	2696	A	network	\N
881307	579	10102231585	2023-07-21	DAY	23193	A	network	\N
881308	579	10102231585	2023-07-21	NIGHT	24201	A	network	\N
881943	616	10903514709	2023-07-22	DAY	35291	A	network	\N
881944	616	10903514709	2023-07-22	NIGHT	46542	A	network	\N
882169	632	10179876744	2023-07-22	DAY	57878	A	network	\N
882170	632	10179876744	2023-07-22	NIGHT	11765	A	network	\N
882212	635	10294749246	2023-07-22	24H	8009	A	network	\N
880025	502	10635617626	2023-07-23	DAY	33031	A	network	\N
880026	502	10635617626	2023-07-23	NIGHT	36782	A	network	\N
880997	557	10665268240	2023-07-23	DAY	56297	E	estimated	\N
880998	557	10665268240	2023-07-23	NIGHT	18557	E	estimated	\N
881748	605	10526561494	2023-07-23	DAY	16231	C	customer_portal	2023-07-23 15:26:13
881749	605	10526561494	2023-07-23	NIGHT	59848	C	customer_portal	2023-07-23 15:26:13
882756	667	10870633620	2023-07-23	DAY	42081	A	network	\N
882757	667	10870633620	2023-07-23	NIGHT	52220	A	network	\N
880448	525	10002482193	2023-07-24	DAY	30327	E	estimated	\N
880449	525	10002482193	2023-07-24	NIGHT	31443	E	estimated	\N
881568	595	10387317571	2023-07-24	24H	51555	E	estimated	\N
881895	614	10192073526	2023-07-24	DAY	40288	A	network	\N
881896	614	10192073526	2023-07-24	NIGHT	32950	A	network	\N
882672	663	10149147105	2023-07-24	DAY	27273	C	customer_portal	2023-07-24 15:46:07
882673	663	10149147105	2023-07-24	NIGHT	55916	C	customer_portal	2023-07-24 15:46:07
881508	591	10869635872	2023-07-25	24H	23113	E	estimated	\N
881724	604	10256261284	2023-07-25	DAY	57365	A	network	\N
881725	604	10256261284	2023-07-25	NIGHT	9141	A	network	\N
881995	619	10677436675	2023-07-25	24H	46343	C	sms	2023-07-25 13:16:50
882539	656	10482525812	2023-07-25	DAY	33201	A	network	\N
882540	656	10482525812	2023-07-25	NIGHT	56010	A	network	\N
882780	668	10559692446	2023-07-25	DAY	16646	A	network	\N
882781	668	10559692446	2023-07-25	NIGHT	15300	A	network	\N
881217	571	10703047724	2023-07-26	24H	8610	A	network	\N
881229	572	10094533345	2023-07-26	24H	19236	E	estimated	\N
881273	576	10804527303	2023-07-26	DAY	62178	C	sms	2023-07-26 16:23:40
881274	576	10804527303	2023-07-26	NIGHT	13237	C	sms	2023-07-26 16:23:40
880520	528	10230585903	2023-07-27	DAY	30007	A	network	\N
880521	528	10230585903	2023-07-27	NIGHT	25901	A	network	\N
880891	550	10114005596	2023-07-27	24H	42979	E	estimated	\N
881550	594	10251189683	2023-07-27	DAY	17593	E	estimated	\N
881551	594	10251189683	2023-07-27	NIGHT	59210	E	estimated	\N
882071	623	10654304877	2023-07-27	DAY	14796	A	network	\N
882072	623	10654304877	2023-07-27	NIGHT	35537	A	network	\N
882563	657	10119756014	2023-07-27	DAY	16826	C	sms	2023-07-27 10:43:49
882564	657	10119756014	2023-07-27	NIGHT	59764	C	sms	2023-07-27 10:43:49
881652	600	10256376384	2023-07-28	DAY	9144	C	sms	2023-07-28 13:15:18
881653	600	10256376384	2023-07-28	NIGHT	35849	C	sms	2023-07-28 13:15:18
880007	501	10469839334	2023-07-29	24H	54290	C	customer_portal	2023-07-29 11:20:26
880169	510	10969641711	2023-07-29	DAY	51771	E	estimated	\N
880170	510	10969641711	2023-07-29	NIGHT	38888	E	estimated	\N
880271	515	10654736181	2023-07-29	24H	45042	A	network	\N
880681	537	10214670180	2023-07-29	24H	32065	A	network	\N
880755	542	10233918781	2023-07-29	DAY	41625	C	sms	2023-07-29 21:59:54
880756	542	10233918781	2023-07-29	NIGHT	49629	C	sms	2023-07-29 21:59:54
882341	643	10563284190	2023-07-29	DAY	40278	A	network	\N
882342	643	10563284190	2023-07-29	NIGHT	10304	A	network	\N
880402	522	10432177759	2023-07-30	DAY	6392	A	network	\N
880403	522	10432177759	2023-07-30	NIGHT	56438	A	network	\N
880622	533	10879322002	2023-07-30	DAY	53565	A	network	\N
880623	533	10879322002	2023-07-30	NIGHT	12716	A	network	\N
881384	585	10597165562	2023-07-31	24H	36566	C	customer_portal	2023-07-31 22:53:41
882690	664	10081892547	2023-07-31	24H	42785	A	network	\N
880693	538	10493774681	2023-08-01	24H	22130	A	network	\N
881336	582	10809801487	2023-08-01	DAY	41645	A	network	\N
881337	582	10809801487	2023-08-01	NIGHT	38171	A	network	\N
881706	603	10985124982	2023-08-01	24H	37021	A	network	\N
882483	651	10954442337	2023-08-01	DAY	43179	E	estimated	\N
882484	651	10954442337	2023-08-01	NIGHT	26042	E	estimated	\N
880909	551	10085282991	2023-08-02	DAY	20276	C	sms	2023-08-02 15:22:08
880910	551	10085282991	2023-08-02	NIGHT	19571	C	sms	2023-08-02 15:22:08
882187	633	10047916966	2023-08-02	24H	36146	E	estimated	\N
882365	644	10699189034	2023-08-02	DAY	11073	A	network	\N
882366	644	10699189034	2023-08-02	NIGHT	5960	A	network	\N
880418	523	10009272092	2023-08-03	24H	41922	C	customer_portal	2023-08-03 19:37:10
880741	541	10773001661	2023-08-03	DAY	36105	A	network	\N
880742	541	10773001661	2023-08-03	NIGHT	45720	A	network	\N
880843	547	10349705326	2023-08-03	24H	41153	C	sms	2023-08-03 20:41:05
880663	536	10823034488	2023-08-04	DAY	23857	C	sms	2023-08-04 08:20:46
880664	536	10823034488	2023-08-04	NIGHT	29550	C	sms	2023-08-04 08:20:46
881610	598	10720878057	2023-08-04	24H	31205	A	network	\N
882275	640	10467622039	2023-08-04	24H	31005	C	sms	2023-08-04 09:02:27
882732	666	10826140018	2023-08-04	DAY	30501	C	customer_portal	2023-08-04 17:42:52
882733	666	10826140018	2023-08-04	NIGHT	56126	C	customer_portal	2023-08-04 17:42:52
880217	512	10591980034	2023-08-05	DAY	57963	A	network	\N
880218	512	10591980034	2023-08-05	NIGHT	13684	A	network	\N
880259	514	10513697023	2023-08-05	24H	22942	A	network	\N
880723	540	10717912624	2023-08-05	DAY	55820	A	network	\N
880724	540	10717912624	2023-08-05	NIGHT	45251	A	network	\N
881067	561	10913459480	2023-08-05	DAY	14994	A	network	\N
881068	561	10913459480	2023-08-05	NIGHT	9296	A	network	\N
881586	596	10653079045	2023-08-05	DAY	15311	C	customer_portal	2023-08-05 13:11:09
881587	596	10653079045	2023-08-05	NIGHT	32999	C	customer_portal	2023-08-05 13:11:09
881919	615	10001680439	2023-08-05	DAY	35096	A	network	\N
881920	615	10001680439	2023-08-05	NIGHT	54744	A	network	\N
880933	553	10821141599	2023-08-06	DAY	23665	A	network	\N
880934	553	10821141599	2023-08-06	NIGHT	3033	A	network	\N
881051	560	10835443201	2023-08-06	24H	14024	C	sms	2023-08-06 19:38:52
881033	559	10948817267	2023-08-07	DAY	61423	E	estimated	\N
881034	559	10948817267	2023-08-07	NIGHT	61671	E	estimated	\N
881117	564	10476829182	2023-08-07	DAY	27712	A	network	\N
881118	564	10476829182	2023-08-07	NIGHT	61800	A	network	\N
881255	575	10022883041	2023-08-07	24H	20608	A	network	\N
882109	626	10166416000	2023-08-07	24H	11491	C	sms	2023-08-07 09:57:21
881141	565	10417058683	2023-08-08	DAY	18561	C	customer_portal	2023-08-08 19:41:01
881142	565	10417058683	2023-08-08	NIGHT	24844	C	customer_portal	2023-08-08 19:41:01
881422	587	10680575725	2023-08-08	DAY	5829	A	network	\N
881423	587	10680575725	2023-08-08	NIGHT	23989	A	network	\N
881694	602	10946363668	2023-08-08	24H	16341	A	network	\N
882257	639	10074124689	2023-08-08	DAY	16237	A	network	\N
882258	639	10074124689	2023-08-08	NIGHT	21630	A	network	\N
880574	531	10978226330	2023-08-09	DAY	37152	A	network	\N
880575	531	10978226330	2023-08-09	NIGHT	43324	A	network	\N
880705	539	10759705604	2023-08-09	24H	18562	A	network	\N
882317	642	10457736169	2023-08-09	DAY	26350	C	sms	2023-08-09 16:23:46
882318	642	10457736169	2023-08-09	NIGHT	46539	C	sms	2023-08-09 16:23:46
882521	655	10732043701	2023-08-09	DAY	21601	E	estimated	\N
882522	655	10732043701	2023-08-09	NIGHT	18559	E	estimated	\N
881766	606	10917191575	2023-08-10	24H	25661	E	estimated	\N
882400	646	10797340692	2023-08-10	DAY	10921	E	estimated	\N
882401	646	10797340692	2023-08-10	NIGHT	29443	E	estimated	\N
880057	504	10285988820	2023-08-12	DAY	9390	E	estimated	\N
880058	504	10285988820	2023-08-12	NIGHT	26521	E	estimated	\N
880342	519	10035179884	2023-08-12	DAY	50203	A	network	\N
880343	519	10035179884	2023-08-12	NIGHT	53956	A	network	\N
882447	649	10767931118	2023-08-13	DAY	39767	A	network	\N
882448	649	10767931118	2023-08-13	NIGHT	4860	A	network	\N
881085	562	10026927523	2023-08-14	24H	32712	A	network	\N
881183	567	10858978397	2023-08-15	DAY	27940	A	network	\N
881184	567	10858978397	2023-08-15	NIGHT	26281	A	network	\N
881961	617	10181239734	2023-08-16	24H	40722	E	estimated	\N
882223	636	10756302616	2023-08-16	24H	28236	C	customer_portal	2023-08-16 12:52:41
882416	647	10676487727	2023-08-16	24H	28968	C	customer_portal	2023-08-16 16:43:30
880598	532	10958705689	2023-08-17	DAY	38530	A	network	\N
880599	532	10958705689	2023-08-17	NIGHT	32713	A	network	\N
880384	521	10007081044	2023-08-18	24H	58200	A	network	\N
880550	530	10901037383	2023-08-18	DAY	54892	A	network	\N
880551	530	10901037383	2023-08-18	NIGHT	38496	A	network	\N
881466	589	10355396443	2023-08-18	DAY	15853	C	customer_portal	2023-08-18 19:39:01
881467	589	10355396443	2023-08-18	NIGHT	27424	C	customer_portal	2023-08-18 19:39:01
881628	599	10227330149	2023-08-19	DAY	37443	A	network	\N
881629	599	10227330149	2023-08-19	NIGHT	25727	A	network	\N
880430	524	10845691912	2023-08-20	24H	38525	E	estimated	\N
880282	516	10247516949	2023-08-22	24H	31229	A	network	\N
881604	597	10196393223	2023-08-22	24H	59844	E	estimated	\N
882587	658	10558284841	2023-08-22	DAY	34968	A	network	\N
882588	658	10558284841	2023-08-22	NIGHT	11896	A	network	\N
880472	526	10121581348	2023-08-25	DAY	42029	A	network	\N
880473	526	10121581348	2023-08-25	NIGHT	57069	A	network	\N
881806	608	10563888499	2023-08-26	DAY	32533	A	network	\N
881807	608	10563888499	2023-08-26	NIGHT	9619	A	network	\N
880039	503	10230847501	2023-08-27	24H	42467	A	network	\N
881167	566	10605884255	2023-08-27	DAY	26767	A	network	\N
881168	566	10605884255	2023-08-27	NIGHT	43204	A	network	\N
881095	563	10946844347	2023-08-29	DAY	51223	A	network	\N
881096	563	10946844347	2023-08-29	NIGHT	33267	A	network	\N
882293	641	10025729255	2023-08-29	DAY	61347	A	network	\N
882294	641	10025729255	2023-08-29	NIGHT	39814	A	network	\N
882383	645	10524381168	2023-08-29	24H	20007	A	network	\N
880145	509	10970706106	2023-08-31	DAY	62849	A	network	\N
880146	509	10970706106	2023-08-31	NIGHT	45284	A	network	\N
880498	527	10683032424	2023-08-31	DAY	35457	C	customer_portal	2023-08-31 10:45:04
880499	527	10683032424	2023-08-31	NIGHT	17872	C	customer_portal	2023-08-31 10:45:04
882710	665	10253720314	2023-08-31	DAY	58615	C	sms	2023-08-31 14:05:06
882711	665	10253720314	2023-08-31	NIGHT	27353	C	sms	2023-08-31 14:05:06
881442	588	10607643764	2023-09-01	DAY	48632	A	network	\N
881443	588	10607643764	2023-09-01	NIGHT	40846	A	network	\N
882516	654	10125856569	2023-09-02	24H	37443	A	network	\N
880296	517	10065466191	2023-09-03	DAY	16862	E	estimated	\N
880297	517	10065466191	2023-09-03	NIGHT	43692	E	estimated	\N
882429	648	10992762373	2023-09-03	24H	28962	E	estimated	\N
880639	535	10173613372	2023-09-04	DAY	39758	E	estimated	\N
880640	535	10173613372	2023-09-04	NIGHT	40275	E	estimated	\N
882037	621	10586108756	2023-09-04	DAY	30894	E	estimated	\N
882038	621	10586108756	2023-09-04	NIGHT	50806	E	estimated	\N
882654	662	10730900516	2023-09-04	24H	48480	E	estimated	\N
880243	513	10415597041	2023-09-05	DAY	9326	E	estimated	\N
880244	513	10415597041	2023-09-05	NIGHT	5821	E	estimated	\N
881873	613	10745214609	2023-09-05	DAY	41746	A	network	\N
881874	613	10745214609	2023-09-05	NIGHT	37068	A	network	\N
882466	650	10502806228	2023-09-05	24H	17670	E	estimated	\N
880077	505	10760563700	2023-09-06	DAY	42589	A	network	\N
880078	505	10760563700	2023-09-06	NIGHT	43178	A	network	\N
881016	558	10507930220	2023-09-07	24H	39397	A	network	\N
881492	590	10462968950	2023-09-07	DAY	33279	A	network	\N
881493	590	10462968950	2023-09-07	NIGHT	35101	A	network	\N
882200	634	10624060929	2023-09-07	24H	26731	A	network	\N
880829	546	10777532754	2023-09-08	DAY	39442	A	network	\N
880830	546	10777532754	2023-09-08	NIGHT	53900	A	network	\N
881368	584	10083848507	2023-09-08	DAY	44832	A	network	\N
881369	584	10083848507	2023-09-08	NIGHT	11481	A	network	\N
881404	586	10218834440	2023-09-08	DAY	52818	A	network	\N
881405	586	10218834440	2023-09-08	NIGHT	20179	A	network	\N
882808	670	10517090336	2023-09-08	DAY	56555	A	network	\N
882809	670	10517090336	2023-09-08	NIGHT	28186	A	network	\N
882139	629	10666099552	2023-09-09	DAY	21854	A	network	\N
882140	629	10666099552	2023-09-09	NIGHT	19150	A	network	\N
880980	556	10216077657	2023-09-10	24H	43946	C	customer_portal	2023-09-10 20:26:39
882098	625	10187556324	2023-09-11	24H	24383	C	customer_portal	2023-09-11 10:57:39
880781	543	10833944068	2023-09-12	DAY	28624	A	network	\N
880782	543	10833944068	2023-09-12	NIGHT	36201	A	network	\N
881242	573	10561791928	2023-09-12	24H	22198	E	estimated	\N
881847	610	10503680051	2023-09-12	24H	36052	E	estimated	\N
880102	507	10288384173	2023-09-13	24H	56964	E	estimated	\N
880880	549	10440958748	2023-09-14	24H	22944	A	network	\N
881206	570	10516920491	2023-09-14	24H	53873	C	sms	2023-09-14 16:27:25
880963	555	10674072062	2023-09-15	DAY	50884	E	estimated	\N
880964	555	10674072062	2023-09-15	NIGHT	34907	E	estimated	\N
881830	609	10545697088	2023-09-15	DAY	34564	C	sms	2023-09-15 18:02:14
881831	609	10545697088	2023-09-15	NIGHT	16493	C	sms	2023-09-15 18:02:14
882236	637	10594177596	2023-09-15	24H	16292	E	estimated	\N
882637	661	10194392250	2023-09-15	DAY	38146	E	estimated	\N
882638	661	10194392250	2023-09-15	NIGHT	54428	E	estimated	\N
880027	502	10635617626	2023-09-16	DAY	33376	E	estimated	\N
880028	502	10635617626	2023-09-16	NIGHT	37223	E	estimated	\N
882054	622	10020929829	2023-09-16	24H	57835	C	sms	2023-09-16 07:43:18
880999	557	10665268240	2023-09-17	DAY	56653	A	network	\N
881000	557	10665268240	2023-09-17	NIGHT	18958	A	network	\N
881897	614	10192073526	2023-09-17	DAY	41155	E	estimated	\N
881898	614	10192073526	2023-09-17	NIGHT	33213	E	estimated	\N
880368	520	10056548905	2023-09-18	DAY	28870	E	estimated	\N
880369	520	10056548905	2023-09-18	NIGHT	55893	E	estimated	\N
880805	544	10192905118	2023-09-18	DAY	63169	A	network	\N
880806	544	10192905118	2023-09-18	NIGHT	28612	A	network	\N
881528	593	10640205843	2023-09-18	DAY	42471	C	customer_portal	2023-09-18 21:57:44
881529	593	10640205843	2023-09-18	NIGHT	34109	C	customer_portal	2023-09-18 21:57:44
880121	508	10207878713	2023-09-19	DAY	29962	A	network	\N
880122	508	10207878713	2023-09-19	NIGHT	37833	A	network	\N
880195	511	10550248883	2023-09-19	DAY	24405	C	customer_portal	2023-09-19 22:45:12
880196	511	10550248883	2023-09-19	NIGHT	17637	C	customer_portal	2023-09-19 22:45:12
881309	579	10102231585	2023-09-19	DAY	23576	A	network	\N
881310	579	10102231585	2023-09-19	NIGHT	24537	A	network	\N
881678	601	10862603096	2023-09-19	DAY	47960	A	network	\N
881679	601	10862603096	2023-09-19	NIGHT	34115	A	network	\N
882015	620	10194380518	2023-09-19	DAY	53499	E	estimated	\N
882016	620	10194380518	2023-09-19	NIGHT	27190	E	estimated	\N
881218	571	10703047724	2023-09-20	24H	9501	A	network	\N
881275	576	10804527303	2023-09-20	DAY	62540	A	network	\N
881276	576	10804527303	2023-09-20	NIGHT	13603	A	network	\N
881726	604	10256261284	2023-09-20	DAY	57773	A	network	\N
881727	604	10256261284	2023-09-20	NIGHT	9575	A	network	\N
881945	616	10903514709	2023-09-20	DAY	35946	A	network	\N
881946	616	10903514709	2023-09-20	NIGHT	46968	A	network	\N
882502	652	10391639312	2023-09-20	24H	33143	A	network	\N
880320	518	10819312918	2023-09-21	DAY	17271	A	network	\N
880321	518	10819312918	2023-09-21	NIGHT	13056	A	network	\N
880863	548	10527699199	2023-09-21	DAY	47636	E	estimated	\N
880864	548	10527699199	2023-09-21	NIGHT	3015	E	estimated	\N
881981	618	10435784202	2023-09-21	DAY	49323	A	network	\N
881982	618	10435784202	2023-09-21	NIGHT	62410	A	network	\N
882565	657	10119756014	2023-09-21	DAY	17226	E	estimated	\N
882566	657	10119756014	2023-09-21	NIGHT	59976	E	estimated	\N
880272	515	10654736181	2023-09-22	24H	45364	A	network	\N
881654	600	10256376384	2023-09-22	DAY	9418	C	sms	2023-09-22 11:42:31
881655	600	10256376384	2023-09-22	NIGHT	35968	C	sms	2023-09-22 11:42:31
881750	605	10526561494	2023-09-22	DAY	16608	A	network	\N
881751	605	10526561494	2023-09-22	NIGHT	60155	A	network	\N
882613	659	10641204555	2023-09-22	DAY	59078	C	customer_portal	2023-09-22 09:32:29
882614	659	10641204555	2023-09-22	NIGHT	60538	C	customer_portal	2023-09-22 09:32:29
882674	663	10149147105	2023-09-22	DAY	27538	A	network	\N
882675	663	10149147105	2023-09-22	NIGHT	56317	A	network	\N
882758	667	10870633620	2023-09-22	DAY	42816	A	network	\N
882759	667	10870633620	2023-09-22	NIGHT	52512	A	network	\N
880522	528	10230585903	2023-09-23	DAY	30574	C	customer_portal	2023-09-23 22:16:33
880523	528	10230585903	2023-09-23	NIGHT	26292	C	customer_portal	2023-09-23 22:16:33
881230	572	10094533345	2023-09-23	24H	19919	A	network	\N
881569	595	10387317571	2023-09-23	24H	51973	A	network	\N
881786	607	10060415003	2023-09-23	DAY	14656	E	estimated	\N
881787	607	10060415003	2023-09-23	NIGHT	48585	E	estimated	\N
882343	643	10563284190	2023-09-23	DAY	40677	E	estimated	\N
882344	643	10563284190	2023-09-23	NIGHT	10744	E	estimated	\N
881509	591	10869635872	2023-09-24	24H	23878	C	sms	2023-09-24 16:25:24
881996	619	10677436675	2023-09-24	24H	47096	C	sms	2023-09-24 19:39:24
882073	623	10654304877	2023-09-24	DAY	15391	E	estimated	\N
882074	623	10654304877	2023-09-24	NIGHT	35826	E	estimated	\N
880694	538	10493774681	2023-09-25	24H	22436	E	estimated	\N
881707	603	10985124982	2023-09-25	24H	37547	C	customer_portal	2023-09-25 07:33:11
880624	533	10879322002	2023-09-26	DAY	54401	A	network	\N
880625	533	10879322002	2023-09-26	NIGHT	12841	A	network	\N
882171	632	10179876744	2023-09-26	DAY	58624	A	network	\N
882172	632	10179876744	2023-09-26	NIGHT	12151	A	network	\N
882213	635	10294749246	2023-09-26	24H	8516	C	customer_portal	2023-09-26 13:18:39
880008	501	10469839334	2023-09-27	24H	55031	E	estimated	\N
880450	525	10002482193	2023-09-27	DAY	30870	E	estimated	\N
880451	525	10002482193	2023-09-27	NIGHT	31739	E	estimated	\N
880892	550	10114005596	2023-09-27	24H	43314	A	network	\N
881338	582	10809801487	2023-09-27	DAY	42188	E	estimated	\N
881339	582	10809801487	2023-09-27	NIGHT	38367	E	estimated	\N
881385	585	10597165562	2023-09-27	24H	37445	A	network	\N
882485	651	10954442337	2023-09-27	DAY	43962	C	sms	2023-09-27 18:44:04
882486	651	10954442337	2023-09-27	NIGHT	26482	C	sms	2023-09-27 18:44:04
882541	656	10482525812	2023-09-27	DAY	33487	A	network	\N
882542	656	10482525812	2023-09-27	NIGHT	56148	A	network	\N
880171	510	10969641711	2023-09-29	DAY	52227	E	estimated	\N
880172	510	10969641711	2023-09-29	NIGHT	39128	E	estimated	\N
880260	514	10513697023	2023-09-29	24H	23738	A	network	\N
882782	668	10559692446	2023-09-29	DAY	16991	A	network	\N
882783	668	10559692446	2023-09-29	NIGHT	15405	A	network	\N
882367	644	10699189034	2023-09-30	DAY	11705	C	customer_portal	2023-09-30 20:03:36
882368	644	10699189034	2023-09-30	NIGHT	6210	C	customer_portal	2023-09-30 20:03:36
880665	536	10823034488	2023-10-01	DAY	24348	A	network	\N
880666	536	10823034488	2023-10-01	NIGHT	29754	A	network	\N
880682	537	10214670180	2023-10-01	24H	32566	E	estimated	\N
881552	594	10251189683	2023-10-01	DAY	18219	C	sms	2023-10-01 15:46:29
881553	594	10251189683	2023-10-01	NIGHT	59360	C	sms	2023-10-01 15:46:29
882691	664	10081892547	2023-10-01	24H	43105	A	network	\N
880757	542	10233918781	2023-10-02	DAY	42451	A	network	\N
880758	542	10233918781	2023-10-02	NIGHT	50077	A	network	\N
880911	551	10085282991	2023-10-02	DAY	20764	C	sms	2023-10-02 18:40:05
880912	551	10085282991	2023-10-02	NIGHT	19710	C	sms	2023-10-02 18:40:05
882276	640	10467622039	2023-10-02	24H	31518	A	network	\N
880219	512	10591980034	2023-10-03	DAY	58734	A	network	\N
880220	512	10591980034	2023-10-03	NIGHT	14085	A	network	\N
880706	539	10759705604	2023-10-03	24H	18900	E	estimated	\N
880935	553	10821141599	2023-10-03	DAY	24352	A	network	\N
880936	553	10821141599	2023-10-03	NIGHT	3400	A	network	\N
881611	598	10720878057	2023-10-03	24H	31727	E	estimated	\N
880404	522	10432177759	2023-10-04	DAY	7283	A	network	\N
880405	522	10432177759	2023-10-04	NIGHT	56820	A	network	\N
880576	531	10978226330	2023-10-04	DAY	37712	C	customer_portal	2023-10-04 08:29:20
880577	531	10978226330	2023-10-04	NIGHT	43726	C	customer_portal	2023-10-04 08:29:20
880844	547	10349705326	2023-10-04	24H	41572	A	network	\N
880419	523	10009272092	2023-10-05	24H	42765	E	estimated	\N
881256	575	10022883041	2023-10-05	24H	21009	A	network	\N
880344	519	10035179884	2023-10-06	DAY	50791	A	network	\N
880345	519	10035179884	2023-10-06	NIGHT	54362	A	network	\N
881119	564	10476829182	2023-10-06	DAY	28434	A	network	\N
881120	564	10476829182	2023-10-06	NIGHT	61978	A	network	\N
882319	642	10457736169	2023-10-06	DAY	27189	C	sms	2023-10-06 18:03:26
882320	642	10457736169	2023-10-06	NIGHT	46787	C	sms	2023-10-06 18:03:26
880725	540	10717912624	2023-10-07	DAY	56466	C	customer_portal	2023-10-07 15:43:13
880726	540	10717912624	2023-10-07	NIGHT	45428	C	customer_portal	2023-10-07 15:43:13
881143	565	10417058683	2023-10-07	DAY	19197	A	network	\N
881144	565	10417058683	2023-10-07	NIGHT	25040	A	network	\N
882188	633	10047916966	2023-10-07	24H	37008	C	sms	2023-10-07 19:41:07
881069	561	10913459480	2023-10-08	DAY	15802	E	estimated	\N
881070	561	10913459480	2023-10-08	NIGHT	9556	E	estimated	\N
881052	560	10835443201	2023-10-09	24H	14835	A	network	\N
882734	666	10826140018	2023-10-09	DAY	31390	A	network	\N
882735	666	10826140018	2023-10-09	NIGHT	56488	A	network	\N
881588	596	10653079045	2023-10-10	DAY	16119	A	network	\N
881589	596	10653079045	2023-10-10	NIGHT	33233	A	network	\N
881921	615	10001680439	2023-10-10	DAY	35449	A	network	\N
881922	615	10001680439	2023-10-10	NIGHT	55013	A	network	\N
882224	636	10756302616	2023-10-10	24H	28828	A	network	\N
881035	559	10948817267	2023-10-11	DAY	62055	E	estimated	\N
881036	559	10948817267	2023-10-11	NIGHT	62050	E	estimated	\N
882259	639	10074124689	2023-10-11	DAY	16920	C	customer_portal	2023-10-11 15:59:12
882260	639	10074124689	2023-10-11	NIGHT	22019	C	customer_portal	2023-10-11 15:59:12
882402	646	10797340692	2023-10-11	DAY	11673	E	estimated	\N
882403	646	10797340692	2023-10-11	NIGHT	29885	E	estimated	\N
882417	647	10676487727	2023-10-11	24H	29277	A	network	\N
881695	602	10946363668	2023-10-12	24H	17131	C	customer_portal	2023-10-12 22:30:09
882110	626	10166416000	2023-10-12	24H	11840	E	estimated	\N
880552	530	10901037383	2023-10-13	DAY	55459	A	network	\N
880553	530	10901037383	2023-10-13	NIGHT	38771	A	network	\N
881424	587	10680575725	2023-10-13	DAY	6324	A	network	\N
881425	587	10680575725	2023-10-13	NIGHT	24158	A	network	\N
881086	562	10026927523	2023-10-14	24H	33284	A	network	\N
882523	655	10732043701	2023-10-14	DAY	22388	A	network	\N
882524	655	10732043701	2023-10-14	NIGHT	18826	A	network	\N
881767	606	10917191575	2023-10-15	24H	26548	C	sms	2023-10-15 09:37:35
881185	567	10858978397	2023-10-16	DAY	28358	A	network	\N
881186	567	10858978397	2023-10-16	NIGHT	26700	A	network	\N
880059	504	10285988820	2023-10-17	DAY	9995	C	sms	2023-10-17 08:10:20
880060	504	10285988820	2023-10-17	NIGHT	26778	C	sms	2023-10-17 08:10:20
881605	597	10196393223	2023-10-17	24H	60711	A	network	\N
881962	617	10181239734	2023-10-17	24H	41224	A	network	\N
882449	649	10767931118	2023-10-17	DAY	40642	E	estimated	\N
882450	649	10767931118	2023-10-17	NIGHT	5131	E	estimated	\N
880385	521	10007081044	2023-10-18	24H	59027	C	sms	2023-10-18 17:34:45
882589	658	10558284841	2023-10-18	DAY	35688	E	estimated	\N
882590	658	10558284841	2023-10-18	NIGHT	12235	E	estimated	\N
880600	532	10958705689	2023-10-20	DAY	38875	A	network	\N
880601	532	10958705689	2023-10-20	NIGHT	33105	A	network	\N
880474	526	10121581348	2023-10-21	DAY	42636	A	network	\N
880475	526	10121581348	2023-10-21	NIGHT	57289	A	network	\N
881169	566	10605884255	2023-10-21	DAY	27595	A	network	\N
881170	566	10605884255	2023-10-21	NIGHT	43325	A	network	\N
881468	589	10355396443	2023-10-21	DAY	16676	C	customer_portal	2023-10-21 10:36:03
881469	589	10355396443	2023-10-21	NIGHT	27618	C	customer_portal	2023-10-21 10:36:03
880431	524	10845691912	2023-10-22	24H	39316	A	network	\N
880040	503	10230847501	2023-10-23	24H	42830	C	sms	2023-10-23 18:51:26
881630	599	10227330149	2023-10-23	DAY	37788	A	network	\N
881631	599	10227330149	2023-10-23	NIGHT	26089	A	network	\N
882384	645	10524381168	2023-10-23	24H	20461	A	network	\N
882295	641	10025729255	2023-10-24	DAY	61742	A	network	\N
882296	641	10025729255	2023-10-24	NIGHT	39929	A	network	\N
880283	516	10247516949	2023-10-26	24H	31962	A	network	\N
880147	509	10970706106	2023-10-28	DAY	63608	A	network	\N
880148	509	10970706106	2023-10-28	NIGHT	45441	A	network	\N
881097	563	10946844347	2023-10-30	DAY	51605	A	network	\N
881098	563	10946844347	2023-10-30	NIGHT	33668	A	network	\N
881808	608	10563888499	2023-10-30	DAY	33186	C	sms	2023-10-30 11:46:37
881809	608	10563888499	2023-10-30	NIGHT	10065	C	sms	2023-10-30 11:46:37
882430	648	10992762373	2023-10-30	24H	29380	A	network	\N
882655	662	10730900516	2023-10-30	24H	48897	A	network	\N
880500	527	10683032424	2023-11-01	DAY	35962	A	network	\N
880501	527	10683032424	2023-11-01	NIGHT	18236	A	network	\N
881875	613	10745214609	2023-11-01	DAY	42139	C	sms	2023-11-01 07:06:43
881876	613	10745214609	2023-11-01	NIGHT	37226	C	sms	2023-11-01 07:06:43
882712	665	10253720314	2023-11-01	DAY	59350	E	estimated	\N
882713	665	10253720314	2023-11-01	NIGHT	27518	E	estimated	\N
880641	535	10173613372	2023-11-02	DAY	40624	A	network	\N
880642	535	10173613372	2023-11-02	NIGHT	40587	A	network	\N
881444	588	10607643764	2023-11-02	DAY	49068	A	network	\N
881445	588	10607643764	2023-11-02	NIGHT	41077	A	network	\N
882039	621	10586108756	2023-11-02	DAY	31421	A	network	\N
882040	621	10586108756	2023-11-02	NIGHT	50986	A	network	\N
882083	624	10243056360	2023-11-02	DAY	27199	A	network	\N
882084	624	10243056360	2023-11-02	NIGHT	57507	A	network	\N
882201	634	10624060929	2023-11-02	24H	27233	E	estimated	\N
882517	654	10125856569	2023-11-02	24H	37826	E	estimated	\N
880079	505	10760563700	2023-11-04	DAY	43397	A	network	\N
880080	505	10760563700	2023-11-04	NIGHT	43394	A	network	\N
880298	517	10065466191	2023-11-04	DAY	17364	C	customer_portal	2023-11-04 21:20:50
880299	517	10065466191	2023-11-04	NIGHT	44129	C	customer_portal	2023-11-04 21:20:50
881017	558	10507930220	2023-11-06	24H	40220	A	network	\N
881848	610	10503680051	2023-11-07	24H	36502	E	estimated	\N
882115	627	10616476757	2023-11-07	DAY	11402	E	estimated	\N
882116	627	10616476757	2023-11-07	NIGHT	4464	E	estimated	\N
881243	573	10561791928	2023-11-08	24H	23033	E	estimated	\N
881494	590	10462968950	2023-11-08	DAY	33714	C	sms	2023-11-08 10:33:18
881495	590	10462968950	2023-11-08	NIGHT	35370	C	sms	2023-11-08 10:33:18
881370	584	10083848507	2023-11-09	DAY	45238	A	network	\N
881371	584	10083848507	2023-11-09	NIGHT	11714	A	network	\N
882467	650	10502806228	2023-11-09	24H	18430	E	estimated	\N
882507	653	10474580127	2023-11-09	DAY	47873	A	network	\N
882508	653	10474580127	2023-11-09	NIGHT	5262	A	network	\N
880245	513	10415597041	2023-11-10	DAY	10148	A	network	\N
880246	513	10415597041	2023-11-10	NIGHT	6124	A	network	\N
882810	670	10517090336	2023-11-10	DAY	56832	A	network	\N
882811	670	10517090336	2023-11-10	NIGHT	28419	A	network	\N
882099	625	10187556324	2023-11-11	24H	24796	A	network	\N
881530	593	10640205843	2023-11-12	DAY	43097	E	estimated	\N
881531	593	10640205843	2023-11-12	NIGHT	34478	E	estimated	\N
880783	543	10833944068	2023-11-13	DAY	28888	E	estimated	\N
880784	543	10833944068	2023-11-13	NIGHT	36564	E	estimated	\N
880831	546	10777532754	2023-11-13	DAY	40064	C	customer_portal	2023-11-13 18:23:48
880832	546	10777532754	2023-11-13	NIGHT	54115	C	customer_portal	2023-11-13 18:23:48
881406	586	10218834440	2023-11-13	DAY	53428	C	customer_portal	2023-11-13 07:42:14
881407	586	10218834440	2023-11-13	NIGHT	20560	C	customer_portal	2023-11-13 07:42:14
882141	629	10666099552	2023-11-13	DAY	22211	A	network	\N
882142	629	10666099552	2023-11-13	NIGHT	19438	A	network	\N
880881	549	10440958748	2023-11-14	24H	23492	A	network	\N
880029	502	10635617626	2023-11-15	DAY	34272	E	estimated	\N
880030	502	10635617626	2023-11-15	NIGHT	37534	E	estimated	\N
880123	508	10207878713	2023-11-15	DAY	30630	A	network	\N
880124	508	10207878713	2023-11-15	NIGHT	37944	A	network	\N
880981	556	10216077657	2023-11-15	24H	44395	E	estimated	\N
880103	507	10288384173	2023-11-16	24H	57232	A	network	\N
881001	557	10665268240	2023-11-16	DAY	57029	C	customer_portal	2023-11-16 20:57:57
881002	557	10665268240	2023-11-16	NIGHT	19271	C	customer_portal	2023-11-16 20:57:57
881207	570	10516920491	2023-11-16	24H	54448	A	network	\N
880965	555	10674072062	2023-11-17	DAY	51661	A	network	\N
880966	555	10674072062	2023-11-17	NIGHT	35109	A	network	\N
881311	579	10102231585	2023-11-17	DAY	23870	E	estimated	\N
881312	579	10102231585	2023-11-17	NIGHT	24772	E	estimated	\N
881899	614	10192073526	2023-11-17	DAY	41725	A	network	\N
881900	614	10192073526	2023-11-17	NIGHT	33477	A	network	\N
882017	620	10194380518	2023-11-17	DAY	54338	C	customer_portal	2023-11-17 08:01:47
882018	620	10194380518	2023-11-17	NIGHT	27427	C	customer_portal	2023-11-17 08:01:47
882676	663	10149147105	2023-11-17	DAY	28044	A	network	\N
882677	663	10149147105	2023-11-17	NIGHT	56433	A	network	\N
880197	511	10550248883	2023-11-18	DAY	25139	A	network	\N
880198	511	10550248883	2023-11-18	NIGHT	17855	A	network	\N
881947	616	10903514709	2023-11-18	DAY	36277	C	sms	2023-11-18 19:04:25
881948	616	10903514709	2023-11-18	NIGHT	47154	C	sms	2023-11-18 19:04:25
882760	667	10870633620	2023-11-18	DAY	43088	E	estimated	\N
882761	667	10870633620	2023-11-18	NIGHT	52805	E	estimated	\N
880322	518	10819312918	2023-11-19	DAY	17537	A	network	\N
880323	518	10819312918	2023-11-19	NIGHT	13378	A	network	\N
880807	544	10192905118	2023-11-19	DAY	63836	A	network	\N
880808	544	10192905118	2023-11-19	NIGHT	28840	A	network	\N
881788	607	10060415003	2023-11-19	DAY	15330	A	network	\N
881789	607	10060415003	2023-11-19	NIGHT	49035	A	network	\N
882237	637	10594177596	2023-11-19	24H	17146	E	estimated	\N
882615	659	10641204555	2023-11-19	DAY	59514	A	network	\N
882616	659	10641204555	2023-11-19	NIGHT	60846	A	network	\N
882639	661	10194392250	2023-11-19	DAY	38766	A	network	\N
882640	661	10194392250	2023-11-19	NIGHT	54706	A	network	\N
880273	515	10654736181	2023-11-20	24H	46083	A	network	\N
880370	520	10056548905	2023-11-20	DAY	29588	E	estimated	\N
880371	520	10056548905	2023-11-20	NIGHT	56098	E	estimated	\N
881752	605	10526561494	2023-11-20	DAY	17389	E	estimated	\N
881753	605	10526561494	2023-11-20	NIGHT	60336	E	estimated	\N
881832	609	10545697088	2023-11-20	DAY	34814	A	network	\N
881833	609	10545697088	2023-11-20	NIGHT	16942	A	network	\N
881983	618	10435784202	2023-11-20	DAY	49991	A	network	\N
881984	618	10435784202	2023-11-20	NIGHT	62548	A	network	\N
882055	622	10020929829	2023-11-20	24H	58360	A	network	\N
882075	623	10654304877	2023-11-20	DAY	15802	A	network	\N
882076	623	10654304877	2023-11-20	NIGHT	36056	A	network	\N
882173	632	10179876744	2023-11-21	DAY	58963	E	estimated	\N
882174	632	10179876744	2023-11-21	NIGHT	12358	E	estimated	\N
880865	548	10527699199	2023-11-22	DAY	48349	A	network	\N
880866	548	10527699199	2023-11-22	NIGHT	3452	A	network	\N
881219	571	10703047724	2023-11-22	24H	10280	E	estimated	\N
881277	576	10804527303	2023-11-22	DAY	63205	A	network	\N
881278	576	10804527303	2023-11-22	NIGHT	13868	A	network	\N
881680	601	10862603096	2023-11-22	DAY	48762	E	estimated	\N
881681	601	10862603096	2023-11-22	NIGHT	34248	E	estimated	\N
882345	643	10563284190	2023-11-22	DAY	40996	A	network	\N
882346	643	10563284190	2023-11-22	NIGHT	10973	A	network	\N
882487	651	10954442337	2023-11-22	DAY	44764	E	estimated	\N
882488	651	10954442337	2023-11-22	NIGHT	26822	E	estimated	\N
882503	652	10391639312	2023-11-22	24H	33832	E	estimated	\N
881231	572	10094533345	2023-11-23	24H	20705	A	network	\N
881570	595	10387317571	2023-11-23	24H	52280	C	sms	2023-11-23 16:46:34
880009	501	10469839334	2023-11-24	24H	55414	A	network	\N
880524	528	10230585903	2023-11-24	DAY	31103	A	network	\N
880525	528	10230585903	2023-11-24	NIGHT	26525	A	network	\N
881510	591	10869635872	2023-11-24	24H	24250	A	network	\N
881728	604	10256261284	2023-11-24	DAY	58315	E	estimated	\N
881729	604	10256261284	2023-11-24	NIGHT	9904	E	estimated	\N
881997	619	10677436675	2023-11-24	24H	47776	E	estimated	\N
882567	657	10119756014	2023-11-24	DAY	17893	E	estimated	\N
882568	657	10119756014	2023-11-24	NIGHT	60225	E	estimated	\N
882784	668	10559692446	2023-11-24	DAY	17800	A	network	\N
882785	668	10559692446	2023-11-24	NIGHT	15783	A	network	\N
881656	600	10256376384	2023-11-25	DAY	10054	E	estimated	\N
881657	600	10256376384	2023-11-25	NIGHT	36301	E	estimated	\N
880173	510	10969641711	2023-11-26	DAY	52983	C	sms	2023-11-26 14:11:48
880174	510	10969641711	2023-11-26	NIGHT	39241	C	sms	2023-11-26 14:11:48
880452	525	10002482193	2023-11-26	DAY	31642	E	estimated	\N
880453	525	10002482193	2023-11-26	NIGHT	32044	E	estimated	\N
881708	603	10985124982	2023-11-26	24H	38227	A	network	\N
882543	656	10482525812	2023-11-26	DAY	34205	E	estimated	\N
882544	656	10482525812	2023-11-26	NIGHT	56269	E	estimated	\N
882692	664	10081892547	2023-11-26	24H	43927	E	estimated	\N
880695	538	10493774681	2023-11-27	24H	22916	C	sms	2023-11-27 09:50:31
881386	585	10597165562	2023-11-27	24H	38286	A	network	\N
882214	635	10294749246	2023-11-27	24H	8876	A	network	\N
880089	506	10455505067	2023-11-30	DAY	33414	A	network	\N
880090	506	10455505067	2023-11-30	NIGHT	50740	A	network	\N
880406	522	10432177759	2023-11-30	DAY	7614	E	estimated	\N
880407	522	10432177759	2023-11-30	NIGHT	57140	E	estimated	\N
880626	533	10879322002	2023-11-30	DAY	55099	A	network	\N
880627	533	10879322002	2023-11-30	NIGHT	13110	A	network	\N
881554	594	10251189683	2023-11-30	DAY	18684	A	network	\N
881555	594	10251189683	2023-11-30	NIGHT	59665	A	network	\N
880667	536	10823034488	2023-12-01	DAY	25186	E	estimated	\N
880668	536	10823034488	2023-12-01	NIGHT	30068	E	estimated	\N
880683	537	10214670180	2023-12-01	24H	33067	E	estimated	\N
880845	547	10349705326	2023-12-01	24H	42057	E	estimated	\N
880913	551	10085282991	2023-12-01	DAY	21096	C	sms	2023-12-01 14:50:20
880914	551	10085282991	2023-12-01	NIGHT	19814	C	sms	2023-12-01 14:50:20
880937	553	10821141599	2023-12-01	DAY	24977	A	network	\N
880938	553	10821141599	2023-12-01	NIGHT	3839	A	network	\N
880893	550	10114005596	2023-12-02	24H	43844	A	network	\N
881257	575	10022883041	2023-12-02	24H	21273	A	network	\N
881340	582	10809801487	2023-12-02	DAY	42516	A	network	\N
881341	582	10809801487	2023-12-02	NIGHT	38780	A	network	\N
881612	598	10720878057	2023-12-02	24H	32096	C	customer_portal	2023-12-02 13:15:11
882277	640	10467622039	2023-12-02	24H	32281	A	network	\N
882369	644	10699189034	2023-12-03	DAY	12480	E	estimated	\N
882370	644	10699189034	2023-12-03	NIGHT	6553	E	estimated	\N
880261	514	10513697023	2023-12-04	24H	24255	A	network	\N
880759	542	10233918781	2023-12-04	DAY	42923	A	network	\N
880760	542	10233918781	2023-12-04	NIGHT	50434	A	network	\N
881121	564	10476829182	2023-12-04	DAY	29121	A	network	\N
881122	564	10476829182	2023-12-04	NIGHT	62092	A	network	\N
882189	633	10047916966	2023-12-04	24H	37342	E	estimated	\N
881071	561	10913459480	2023-12-05	DAY	16310	A	network	\N
881072	561	10913459480	2023-12-05	NIGHT	9898	A	network	\N
881590	596	10653079045	2023-12-05	DAY	16708	E	estimated	\N
881591	596	10653079045	2023-12-05	NIGHT	33476	E	estimated	\N
881923	615	10001680439	2023-12-05	DAY	35833	A	network	\N
881924	615	10001680439	2023-12-05	NIGHT	55231	A	network	\N
880221	512	10591980034	2023-12-06	DAY	59012	E	estimated	\N
880222	512	10591980034	2023-12-06	NIGHT	14421	E	estimated	\N
880346	519	10035179884	2023-12-06	DAY	51557	A	network	\N
880347	519	10035179884	2023-12-06	NIGHT	54698	A	network	\N
880420	523	10009272092	2023-12-06	24H	43623	A	network	\N
882321	642	10457736169	2023-12-06	DAY	27449	A	network	\N
882322	642	10457736169	2023-12-06	NIGHT	46956	A	network	\N
882404	646	10797340692	2023-12-06	DAY	12146	A	network	\N
882405	646	10797340692	2023-12-06	NIGHT	30311	A	network	\N
880707	539	10759705604	2023-12-07	24H	19482	A	network	\N
881053	560	10835443201	2023-12-08	24H	15638	A	network	\N
882736	666	10826140018	2023-12-08	DAY	32238	E	estimated	\N
882737	666	10826140018	2023-12-08	NIGHT	56774	E	estimated	\N
880578	531	10978226330	2023-12-09	DAY	38434	A	network	\N
880579	531	10978226330	2023-12-09	NIGHT	43979	A	network	\N
880727	540	10717912624	2023-12-10	DAY	57211	E	estimated	\N
880728	540	10717912624	2023-12-10	NIGHT	45588	E	estimated	\N
881145	565	10417058683	2023-12-10	DAY	19758	A	network	\N
881146	565	10417058683	2023-12-10	NIGHT	25481	A	network	\N
881187	567	10858978397	2023-12-10	DAY	28678	A	network	\N
881188	567	10858978397	2023-12-10	NIGHT	26827	A	network	\N
881696	602	10946363668	2023-12-10	24H	17500	A	network	\N
880554	530	10901037383	2023-12-11	DAY	56287	A	network	\N
880555	530	10901037383	2023-12-11	NIGHT	39066	A	network	\N
881037	559	10948817267	2023-12-12	DAY	62360	A	network	\N
881038	559	10948817267	2023-12-12	NIGHT	62345	A	network	\N
882418	647	10676487727	2023-12-12	24H	30102	A	network	\N
882261	639	10074124689	2023-12-13	DAY	17449	A	network	\N
882262	639	10074124689	2023-12-13	NIGHT	22368	A	network	\N
880386	521	10007081044	2023-12-14	24H	59575	E	estimated	\N
881426	587	10680575725	2023-12-14	DAY	6690	A	network	\N
881427	587	10680575725	2023-12-14	NIGHT	24607	A	network	\N
882451	649	10767931118	2023-12-14	DAY	41093	A	network	\N
882452	649	10767931118	2023-12-14	NIGHT	5302	A	network	\N
882591	658	10558284841	2023-12-14	DAY	35950	A	network	\N
882592	658	10558284841	2023-12-14	NIGHT	12467	A	network	\N
881087	562	10026927523	2023-12-15	24H	34150	A	network	\N
881606	597	10196393223	2023-12-15	24H	61273	A	network	\N
882225	636	10756302616	2023-12-15	24H	29133	E	estimated	\N
881285	577	10122687934	2023-12-16	DAY	25729	A	network	\N
881286	577	10122687934	2023-12-16	NIGHT	14812	A	network	\N
882111	626	10166416000	2023-12-16	24H	12500	A	network	\N
880061	504	10285988820	2023-12-17	DAY	10413	C	sms	2023-12-17 16:18:26
880062	504	10285988820	2023-12-17	NIGHT	26965	C	sms	2023-12-17 16:18:26
881171	566	10605884255	2023-12-17	DAY	28320	E	estimated	\N
881172	566	10605884255	2023-12-17	NIGHT	43513	E	estimated	\N
881768	606	10917191575	2023-12-17	24H	27390	A	network	\N
882525	655	10732043701	2023-12-17	DAY	22980	C	customer_portal	2023-12-17 14:14:57
882526	655	10732043701	2023-12-17	NIGHT	18963	C	customer_portal	2023-12-17 14:14:57
880432	524	10845691912	2023-12-18	24H	39583	E	estimated	\N
880602	532	10958705689	2023-12-19	DAY	39292	A	network	\N
880603	532	10958705689	2023-12-19	NIGHT	33506	A	network	\N
881470	589	10355396443	2023-12-19	DAY	17041	C	customer_portal	2023-12-19 11:20:35
881471	589	10355396443	2023-12-19	NIGHT	28039	C	customer_portal	2023-12-19 11:20:35
881963	617	10181239734	2023-12-20	24H	41916	A	network	\N
880041	503	10230847501	2023-12-22	24H	43330	A	network	\N
880149	509	10970706106	2023-12-22	DAY	64230	E	estimated	\N
880150	509	10970706106	2023-12-22	NIGHT	45572	E	estimated	\N
882385	645	10524381168	2023-12-23	24H	21058	A	network	\N
880476	526	10121581348	2023-12-24	DAY	43413	A	network	\N
880477	526	10121581348	2023-12-24	NIGHT	57456	A	network	\N
881632	599	10227330149	2023-12-24	DAY	38558	C	customer_portal	2023-12-24 12:47:59
881633	599	10227330149	2023-12-24	NIGHT	26399	C	customer_portal	2023-12-24 12:47:59
882297	641	10025729255	2023-12-24	DAY	62573	C	sms	2023-12-24 20:56:49
882298	641	10025729255	2023-12-24	NIGHT	40055	C	sms	2023-12-24 20:56:49
882656	662	10730900516	2023-12-25	24H	49641	C	sms	2023-12-25 11:33:20
880502	527	10683032424	2023-12-27	DAY	36795	A	network	\N
880503	527	10683032424	2023-12-27	NIGHT	18420	A	network	\N
881810	608	10563888499	2023-12-27	DAY	33524	C	sms	2023-12-27 12:33:41
881811	608	10563888499	2023-12-27	NIGHT	10465	C	sms	2023-12-27 12:33:41
882431	648	10992762373	2023-12-27	24H	30002	A	network	\N
881446	588	10607643764	2023-12-28	DAY	49410	A	network	\N
881447	588	10607643764	2023-12-28	NIGHT	41378	A	network	\N
882202	634	10624060929	2023-12-30	24H	27982	C	customer_portal	2023-12-30 22:39:36
880284	516	10247516949	2023-12-31	24H	32626	A	network	\N
880643	535	10173613372	2024-01-01	DAY	40883	A	network	\N
880644	535	10173613372	2024-01-01	NIGHT	41004	A	network	\N
881018	558	10507930220	2024-01-01	24H	40852	C	customer_portal	2024-01-01 18:34:43
881877	613	10745214609	2024-01-01	DAY	42958	C	sms	2024-01-01 13:23:16
881878	613	10745214609	2024-01-01	NIGHT	37593	C	sms	2024-01-01 13:23:16
881099	563	10946844347	2024-01-02	DAY	52175	C	customer_portal	2024-01-02 19:41:38
881100	563	10946844347	2024-01-02	NIGHT	33961	C	customer_portal	2024-01-02 19:41:38
882714	665	10253720314	2024-01-02	DAY	59664	E	estimated	\N
882715	665	10253720314	2024-01-02	NIGHT	27922	E	estimated	\N
880081	505	10760563700	2024-01-03	DAY	43876	A	network	\N
880082	505	10760563700	2024-01-03	NIGHT	43539	A	network	\N
882085	624	10243056360	2024-01-03	DAY	27568	A	network	\N
882086	624	10243056360	2024-01-03	NIGHT	57841	A	network	\N
882117	627	10616476757	2024-01-03	DAY	12154	A	network	\N
882118	627	10616476757	2024-01-03	NIGHT	4865	A	network	\N
882149	631	10942495797	2024-01-03	DAY	19359	A	network	\N
882150	631	10942495797	2024-01-03	NIGHT	58435	A	network	\N
882518	654	10125856569	2024-01-03	24H	38597	E	estimated	\N
881849	610	10503680051	2024-01-04	24H	37344	E	estimated	\N
882509	653	10474580127	2024-01-04	DAY	48436	A	network	\N
882510	653	10474580127	2024-01-04	NIGHT	5688	A	network	\N
882812	670	10517090336	2024-01-04	DAY	57434	A	network	\N
882813	670	10517090336	2024-01-04	NIGHT	28526	A	network	\N
880300	517	10065466191	2024-01-05	DAY	17876	A	network	\N
880301	517	10065466191	2024-01-05	NIGHT	44573	A	network	\N
881372	584	10083848507	2024-01-05	DAY	45585	A	network	\N
881373	584	10083848507	2024-01-05	NIGHT	11996	A	network	\N
882041	621	10586108756	2024-01-06	DAY	31791	C	customer_portal	2024-01-06 20:59:16
882042	621	10586108756	2024-01-06	NIGHT	51151	C	customer_portal	2024-01-06 20:59:16
881496	590	10462968950	2024-01-08	DAY	34276	E	estimated	\N
881497	590	10462968950	2024-01-08	NIGHT	35586	E	estimated	\N
880532	529	10555474356	2024-01-09	DAY	12671	A	network	\N
880533	529	10555474356	2024-01-09	NIGHT	15264	A	network	\N
882100	625	10187556324	2024-01-09	24H	25304	E	estimated	\N
880125	508	10207878713	2024-01-10	DAY	31074	A	network	\N
880126	508	10207878713	2024-01-10	NIGHT	38047	A	network	\N
881003	557	10665268240	2024-01-10	DAY	57744	C	customer_portal	2024-01-10 09:42:44
881004	557	10665268240	2024-01-10	NIGHT	19507	C	customer_portal	2024-01-10 09:42:44
881313	579	10102231585	2024-01-11	DAY	24566	C	customer_portal	2024-01-11 14:50:10
881314	579	10102231585	2024-01-11	NIGHT	25012	C	customer_portal	2024-01-11 14:50:10
880833	546	10777532754	2024-01-12	DAY	40776	E	estimated	\N
880834	546	10777532754	2024-01-12	NIGHT	54525	E	estimated	\N
881244	573	10561791928	2024-01-12	24H	23741	A	network	\N
882143	629	10666099552	2024-01-12	DAY	22805	A	network	\N
882144	629	10666099552	2024-01-12	NIGHT	19629	A	network	\N
882468	650	10502806228	2024-01-12	24H	19138	C	sms	2024-01-12 13:50:30
881408	586	10218834440	2024-01-13	DAY	53755	A	network	\N
881409	586	10218834440	2024-01-13	NIGHT	20871	A	network	\N
880324	518	10819312918	2024-01-14	DAY	17793	E	estimated	\N
880325	518	10819312918	2024-01-14	NIGHT	13665	E	estimated	\N
880967	555	10674072062	2024-01-14	DAY	52332	A	network	\N
880968	555	10674072062	2024-01-14	NIGHT	35405	A	network	\N
882678	663	10149147105	2024-01-14	DAY	28362	A	network	\N
882679	663	10149147105	2024-01-14	NIGHT	56862	A	network	\N
880247	513	10415597041	2024-01-15	DAY	10648	E	estimated	\N
880248	513	10415597041	2024-01-15	NIGHT	6557	E	estimated	\N
880809	544	10192905118	2024-01-15	DAY	64288	C	sms	2024-01-15 12:24:56
880810	544	10192905118	2024-01-15	NIGHT	29077	C	sms	2024-01-15 12:24:56
881790	607	10060415003	2024-01-15	DAY	15672	A	network	\N
881791	607	10060415003	2024-01-15	NIGHT	49441	A	network	\N
882056	622	10020929829	2024-01-15	24H	58931	A	network	\N
880199	511	10550248883	2024-01-16	DAY	25496	A	network	\N
880200	511	10550248883	2024-01-16	NIGHT	17985	A	network	\N
881208	570	10516920491	2024-01-16	24H	55054	E	estimated	\N
881532	593	10640205843	2024-01-16	DAY	43794	C	customer_portal	2024-01-16 16:01:01
881533	593	10640205843	2024-01-16	NIGHT	34696	C	customer_portal	2024-01-16 16:01:01
881901	614	10192073526	2024-01-16	DAY	41987	A	network	\N
881902	614	10192073526	2024-01-16	NIGHT	33770	A	network	\N
882238	637	10594177596	2024-01-16	24H	17484	A	network	\N
882762	667	10870633620	2024-01-16	DAY	43495	C	customer_portal	2024-01-16 17:43:00
882763	667	10870633620	2024-01-16	NIGHT	53028	C	customer_portal	2024-01-16 17:43:00
880104	507	10288384173	2024-01-17	24H	57763	E	estimated	\N
880372	520	10056548905	2024-01-17	DAY	30063	A	network	\N
880373	520	10056548905	2024-01-17	NIGHT	56253	A	network	\N
880982	556	10216077657	2024-01-17	24H	44797	E	estimated	\N
880031	502	10635617626	2024-01-18	DAY	34899	C	sms	2024-01-18 18:12:37
880032	502	10635617626	2024-01-18	NIGHT	37838	C	sms	2024-01-18 18:12:37
880785	543	10833944068	2024-01-18	DAY	29353	C	sms	2024-01-18 18:46:27
880786	543	10833944068	2024-01-18	NIGHT	36835	C	sms	2024-01-18 18:46:27
880882	549	10440958748	2024-01-18	24H	24090	E	estimated	\N
881682	601	10862603096	2024-01-18	DAY	49031	E	estimated	\N
881683	601	10862603096	2024-01-18	NIGHT	34683	E	estimated	\N
882019	620	10194380518	2024-01-18	DAY	54768	A	network	\N
882020	620	10194380518	2024-01-18	NIGHT	27849	A	network	\N
882489	651	10954442337	2024-01-18	DAY	45152	A	network	\N
882490	651	10954442337	2024-01-18	NIGHT	27181	A	network	\N
881279	576	10804527303	2024-01-19	DAY	63931	E	estimated	\N
881280	576	10804527303	2024-01-19	NIGHT	14117	E	estimated	\N
882786	668	10559692446	2024-01-19	DAY	18060	E	estimated	\N
882787	668	10559692446	2024-01-19	NIGHT	16175	E	estimated	\N
880010	501	10469839334	2024-01-20	24H	55864	E	estimated	\N
881232	572	10094533345	2024-01-20	24H	21231	C	sms	2024-01-20 21:53:13
881511	591	10869635872	2024-01-20	24H	24816	C	customer_portal	2024-01-20 20:50:09
882175	632	10179876744	2024-01-20	DAY	59420	C	sms	2024-01-20 13:45:15
882176	632	10179876744	2024-01-20	NIGHT	12540	C	sms	2024-01-20 13:45:15
882504	652	10391639312	2024-01-20	24H	34115	E	estimated	\N
882545	656	10482525812	2024-01-20	DAY	34830	C	customer_portal	2024-01-20 22:17:31
882546	656	10482525812	2024-01-20	NIGHT	56518	C	customer_portal	2024-01-20 22:17:31
881834	609	10545697088	2024-01-21	DAY	35576	C	sms	2024-01-21 17:48:59
881835	609	10545697088	2024-01-21	NIGHT	17074	C	sms	2024-01-21 17:48:59
882347	643	10563284190	2024-01-21	DAY	41393	E	estimated	\N
882348	643	10563284190	2024-01-21	NIGHT	11272	E	estimated	\N
882617	659	10641204555	2024-01-21	DAY	60398	A	network	\N
882618	659	10641204555	2024-01-21	NIGHT	60968	A	network	\N
882641	661	10194392250	2024-01-21	DAY	39310	A	network	\N
882642	661	10194392250	2024-01-21	NIGHT	54873	A	network	\N
880867	548	10527699199	2024-01-22	DAY	49099	A	network	\N
880868	548	10527699199	2024-01-22	NIGHT	3675	A	network	\N
881949	616	10903514709	2024-01-22	DAY	36901	C	sms	2024-01-22 13:26:51
881950	616	10903514709	2024-01-22	NIGHT	47602	C	sms	2024-01-22 13:26:51
882215	635	10294749246	2024-01-22	24H	9400	A	network	\N
881220	571	10703047724	2024-01-23	24H	11016	A	network	\N
882693	664	10081892547	2024-01-23	24H	44318	C	customer_portal	2024-01-23 20:52:15
880274	515	10654736181	2024-01-24	24H	46429	E	estimated	\N
881754	605	10526561494	2024-01-24	DAY	17865	A	network	\N
881755	605	10526561494	2024-01-24	NIGHT	60682	A	network	\N
881985	618	10435784202	2024-01-24	DAY	50786	C	sms	2024-01-24 07:21:58
881986	618	10435784202	2024-01-24	NIGHT	62891	C	sms	2024-01-24 07:21:58
880846	547	10349705326	2024-01-25	24H	42362	A	network	\N
881709	603	10985124982	2024-01-25	24H	38517	E	estimated	\N
882077	623	10654304877	2024-01-25	DAY	16581	A	network	\N
882078	623	10654304877	2024-01-25	NIGHT	36308	A	network	\N
881195	569	10462665278	2024-01-26	DAY	49755	C	customer_portal	2024-01-26 21:09:31
881196	569	10462665278	2024-01-26	NIGHT	10098	C	customer_portal	2024-01-26 21:09:31
882569	657	10119756014	2024-01-26	DAY	18641	A	network	\N
882570	657	10119756014	2024-01-26	NIGHT	60332	A	network	\N
881556	594	10251189683	2024-01-27	DAY	19470	A	network	\N
881557	594	10251189683	2024-01-27	NIGHT	60028	A	network	\N
881571	595	10387317571	2024-01-27	24H	52606	E	estimated	\N
881730	604	10256261284	2024-01-27	DAY	58866	E	estimated	\N
881731	604	10256261284	2024-01-27	NIGHT	10033	E	estimated	\N
882278	640	10467622039	2024-01-27	24H	32713	A	network	\N
880526	528	10230585903	2024-01-28	DAY	31631	C	customer_portal	2024-01-28 17:10:09
880527	528	10230585903	2024-01-28	NIGHT	26878	C	customer_portal	2024-01-28 17:10:09
880669	536	10823034488	2024-01-28	DAY	26025	E	estimated	\N
880670	536	10823034488	2024-01-28	NIGHT	30459	E	estimated	\N
881387	585	10597165562	2024-01-29	24H	38631	C	customer_portal	2024-01-29 07:24:00
881658	600	10256376384	2024-01-29	DAY	10363	A	network	\N
881659	600	10256376384	2024-01-29	NIGHT	36429	A	network	\N
881998	619	10677436675	2024-01-29	24H	48502	C	sms	2024-01-29 07:38:01
880091	506	10455505067	2024-01-30	DAY	33904	A	network	\N
880092	506	10455505067	2024-01-30	NIGHT	50957	A	network	\N
880175	510	10969641711	2024-01-30	DAY	53262	A	network	\N
880176	510	10969641711	2024-01-30	NIGHT	39618	A	network	\N
882190	633	10047916966	2024-01-30	24H	37657	A	network	\N
880408	522	10432177759	2024-01-31	DAY	8433	C	sms	2024-01-31 20:16:32
880409	522	10432177759	2024-01-31	NIGHT	57377	C	sms	2024-01-31 20:16:32
880454	525	10002482193	2024-01-31	DAY	32409	C	customer_portal	2024-01-31 18:13:47
880455	525	10002482193	2024-01-31	NIGHT	32425	C	customer_portal	2024-01-31 18:13:47
880696	538	10493774681	2024-01-31	24H	23624	A	network	\N
880348	519	10035179884	2024-02-01	DAY	51883	A	network	\N
880349	519	10035179884	2024-02-01	NIGHT	54919	A	network	\N
880684	537	10214670180	2024-02-01	24H	33946	A	network	\N
880894	550	10114005596	2024-02-01	24H	44492	E	estimated	\N
880939	553	10821141599	2024-02-01	DAY	25698	A	network	\N
880940	553	10821141599	2024-02-01	NIGHT	4028	A	network	\N
881054	560	10835443201	2024-02-01	24H	16420	C	sms	2024-02-01 10:37:36
881613	598	10720878057	2024-02-01	24H	32471	E	estimated	\N
882738	666	10826140018	2024-02-01	DAY	33100	A	network	\N
882739	666	10826140018	2024-02-01	NIGHT	57003	A	network	\N
880262	514	10513697023	2024-02-02	24H	24610	E	estimated	\N
880708	539	10759705604	2024-02-02	24H	20203	C	customer_portal	2024-02-02 14:30:22
880915	551	10085282991	2024-02-02	DAY	21807	A	network	\N
880916	551	10085282991	2024-02-02	NIGHT	20230	A	network	\N
881073	561	10913459480	2024-02-02	DAY	16595	C	customer_portal	2024-02-02 20:37:54
881074	561	10913459480	2024-02-02	NIGHT	10052	C	customer_portal	2024-02-02 20:37:54
881342	582	10809801487	2024-02-02	DAY	43393	C	customer_portal	2024-02-02 21:46:37
881343	582	10809801487	2024-02-02	NIGHT	39224	C	customer_portal	2024-02-02 21:46:37
882371	644	10699189034	2024-02-02	DAY	12917	C	sms	2024-02-02 18:28:01
882372	644	10699189034	2024-02-02	NIGHT	6736	C	sms	2024-02-02 18:28:01
880628	533	10879322002	2024-02-03	DAY	55466	C	customer_portal	2024-02-03 16:19:58
880629	533	10879322002	2024-02-03	NIGHT	13348	C	customer_portal	2024-02-03 16:19:58
881123	564	10476829182	2024-02-03	DAY	29425	A	network	\N
881124	564	10476829182	2024-02-03	NIGHT	62363	A	network	\N
881258	575	10022883041	2024-02-03	24H	21916	A	network	\N
882323	642	10457736169	2024-02-03	DAY	27954	A	network	\N
882324	642	10457736169	2024-02-03	NIGHT	47332	A	network	\N
882406	646	10797340692	2024-02-03	DAY	12415	A	network	\N
882407	646	10797340692	2024-02-03	NIGHT	30729	A	network	\N
880421	523	10009272092	2024-02-05	24H	44402	E	estimated	\N
880761	542	10233918781	2024-02-07	DAY	43571	A	network	\N
880762	542	10233918781	2024-02-07	NIGHT	50784	A	network	\N
881592	596	10653079045	2024-02-07	DAY	17546	A	network	\N
881593	596	10653079045	2024-02-07	NIGHT	33745	A	network	\N
881925	615	10001680439	2024-02-07	DAY	36110	A	network	\N
881926	615	10001680439	2024-02-07	NIGHT	55511	A	network	\N
880556	530	10901037383	2024-02-08	DAY	56643	E	estimated	\N
880557	530	10901037383	2024-02-08	NIGHT	39310	E	estimated	\N
881088	562	10026927523	2024-02-08	24H	34992	A	network	\N
881320	581	10416261284	2024-02-09	DAY	7328	C	sms	2024-02-09 18:07:04
881321	581	10416261284	2024-02-09	NIGHT	46538	C	sms	2024-02-09 18:07:04
880223	512	10591980034	2024-02-10	DAY	59459	A	network	\N
880224	512	10591980034	2024-02-10	NIGHT	14778	A	network	\N
880580	531	10978226330	2024-02-10	DAY	39051	A	network	\N
880581	531	10978226330	2024-02-10	NIGHT	44314	A	network	\N
881173	566	10605884255	2024-02-10	DAY	29110	C	customer_portal	2024-02-10 11:31:51
881174	566	10605884255	2024-02-10	NIGHT	43692	C	customer_portal	2024-02-10 11:31:51
881189	567	10858978397	2024-02-10	DAY	29478	C	customer_portal	2024-02-10 12:53:34
881190	567	10858978397	2024-02-10	NIGHT	26983	C	customer_portal	2024-02-10 12:53:34
881287	577	10122687934	2024-02-10	DAY	26445	A	network	\N
881288	577	10122687934	2024-02-10	NIGHT	15133	A	network	\N
881769	606	10917191575	2024-02-10	24H	27774	A	network	\N
882593	658	10558284841	2024-02-10	DAY	36512	E	estimated	\N
882594	658	10558284841	2024-02-10	NIGHT	12757	E	estimated	\N
881348	583	10740954436	2024-02-13	DAY	37391	C	customer_portal	2024-02-13 20:11:15
881349	583	10740954436	2024-02-13	NIGHT	30659	C	customer_portal	2024-02-13 20:11:15
882419	647	10676487727	2024-02-13	24H	30678	A	network	\N
881147	565	10417058683	2024-02-14	DAY	20470	E	estimated	\N
881148	565	10417058683	2024-02-14	NIGHT	25700	E	estimated	\N
881293	578	10535380090	2024-02-14	24H	32536	E	estimated	\N
881697	602	10946363668	2024-02-14	24H	17901	A	network	\N
882112	626	10166416000	2024-02-14	24H	13307	A	network	\N
880042	503	10230847501	2024-02-15	24H	43867	A	network	\N
881039	559	10948817267	2024-02-15	DAY	63049	C	sms	2024-02-15 07:27:33
881040	559	10948817267	2024-02-15	NIGHT	62498	C	sms	2024-02-15 07:27:33
881964	617	10181239734	2024-02-15	24H	42293	E	estimated	\N
882226	636	10756302616	2024-02-15	24H	29715	E	estimated	\N
882453	649	10767931118	2024-02-15	DAY	41610	E	estimated	\N
882454	649	10767931118	2024-02-15	NIGHT	5635	E	estimated	\N
880063	504	10285988820	2024-02-16	DAY	10881	C	sms	2024-02-16 16:39:52
880064	504	10285988820	2024-02-16	NIGHT	27148	C	sms	2024-02-16 16:39:52
880604	532	10958705689	2024-02-16	DAY	39615	E	estimated	\N
880605	532	10958705689	2024-02-16	NIGHT	33687	E	estimated	\N
881472	589	10355396443	2024-02-16	DAY	17895	A	network	\N
881473	589	10355396443	2024-02-16	NIGHT	28234	A	network	\N
882263	639	10074124689	2024-02-16	DAY	18165	A	network	\N
882264	639	10074124689	2024-02-16	NIGHT	22508	A	network	\N
880387	521	10007081044	2024-02-17	24H	60238	A	network	\N
881607	597	10196393223	2024-02-18	24H	62157	A	network	\N
880478	526	10121581348	2024-02-19	DAY	43977	A	network	\N
880479	526	10121581348	2024-02-19	NIGHT	57650	A	network	\N
880433	524	10845691912	2024-02-20	24H	40257	A	network	\N
880634	534	10988931962	2024-02-20	24H	53580	A	network	\N
882299	641	10025729255	2024-02-20	DAY	63355	E	estimated	\N
882300	641	10025729255	2024-02-20	NIGHT	40199	E	estimated	\N
882432	648	10992762373	2024-02-21	24H	30768	C	customer_portal	2024-02-21 08:24:39
880151	509	10970706106	2024-02-22	DAY	64869	E	estimated	\N
880152	509	10970706106	2024-02-22	NIGHT	45744	E	estimated	\N
881247	574	10609341217	2024-02-22	24H	3128	C	sms	2024-02-22 22:25:20
881634	599	10227330149	2024-02-22	DAY	39310	A	network	\N
881635	599	10227330149	2024-02-22	NIGHT	26515	A	network	\N
882386	645	10524381168	2024-02-25	24H	21447	A	network	\N
880285	516	10247516949	2024-02-26	24H	33157	A	network	\N
880645	535	10173613372	2024-02-26	DAY	41400	E	estimated	\N
880646	535	10173613372	2024-02-26	NIGHT	41381	E	estimated	\N
881448	588	10607643764	2024-02-27	DAY	50285	A	network	\N
881449	588	10607643764	2024-02-27	NIGHT	41624	A	network	\N
881812	608	10563888499	2024-02-27	DAY	34211	A	network	\N
881813	608	10563888499	2024-02-27	NIGHT	10622	A	network	\N
882151	631	10942495797	2024-02-27	DAY	19615	E	estimated	\N
882152	631	10942495797	2024-02-27	NIGHT	58628	E	estimated	\N
882203	634	10624060929	2024-02-27	24H	28506	A	network	\N
880083	505	10760563700	2024-02-28	DAY	44199	C	sms	2024-02-28 13:37:17
880084	505	10760563700	2024-02-28	NIGHT	43910	C	sms	2024-02-28 13:37:17
882657	662	10730900516	2024-02-28	24H	50230	A	network	\N
881101	563	10946844347	2024-03-01	DAY	52711	C	sms	2024-03-01 19:46:34
881102	563	10946844347	2024-03-01	NIGHT	34252	C	sms	2024-03-01 19:46:34
881374	584	10083848507	2024-03-01	DAY	45912	A	network	\N
881375	584	10083848507	2024-03-01	NIGHT	12153	A	network	\N
882814	670	10517090336	2024-03-01	DAY	57699	E	estimated	\N
882815	670	10517090336	2024-03-01	NIGHT	28897	E	estimated	\N
880504	527	10683032424	2024-03-02	DAY	37308	E	estimated	\N
880505	527	10683032424	2024-03-02	NIGHT	18776	E	estimated	\N
881019	558	10507930220	2024-03-02	24H	41362	E	estimated	\N
881879	613	10745214609	2024-03-02	DAY	43467	C	sms	2024-03-02 15:01:19
881880	613	10745214609	2024-03-02	NIGHT	37970	C	sms	2024-03-02 15:01:19
881850	610	10503680051	2024-03-03	24H	37858	A	network	\N
881498	590	10462968950	2024-03-05	DAY	34960	E	estimated	\N
881499	590	10462968950	2024-03-05	NIGHT	35722	E	estimated	\N
882716	665	10253720314	2024-03-05	DAY	59938	C	sms	2024-03-05 14:45:54
882717	665	10253720314	2024-03-05	NIGHT	28184	C	sms	2024-03-05 14:45:54
881315	579	10102231585	2024-03-07	DAY	25034	E	estimated	\N
881316	579	10102231585	2024-03-07	NIGHT	25404	E	estimated	\N
882119	627	10616476757	2024-03-07	DAY	12693	A	network	\N
882120	627	10616476757	2024-03-07	NIGHT	5161	A	network	\N
882469	650	10502806228	2024-03-07	24H	19773	C	sms	2024-03-07 18:51:46
882511	653	10474580127	2024-03-07	DAY	49281	A	network	\N
882512	653	10474580127	2024-03-07	NIGHT	6107	A	network	\N
880127	508	10207878713	2024-03-08	DAY	31907	C	sms	2024-03-08 21:51:06
880128	508	10207878713	2024-03-08	NIGHT	38454	C	sms	2024-03-08 21:51:06
882101	625	10187556324	2024-03-08	24H	25574	C	sms	2024-03-08 21:10:38
880302	517	10065466191	2024-03-09	DAY	18389	C	sms	2024-03-09 13:30:35
880303	517	10065466191	2024-03-09	NIGHT	44861	C	sms	2024-03-09 13:30:35
880326	518	10819312918	2024-03-09	DAY	18276	E	estimated	\N
880327	518	10819312918	2024-03-09	NIGHT	14002	E	estimated	\N
880945	554	10332790382	2024-03-09	DAY	58079	A	network	\N
880946	554	10332790382	2024-03-09	NIGHT	4072	A	network	\N
881410	586	10218834440	2024-03-09	DAY	54068	E	estimated	\N
881411	586	10218834440	2024-03-09	NIGHT	21159	E	estimated	\N
882043	621	10586108756	2024-03-09	DAY	32361	A	network	\N
882044	621	10586108756	2024-03-09	NIGHT	51582	A	network	\N
882087	624	10243056360	2024-03-09	DAY	28095	E	estimated	\N
882088	624	10243056360	2024-03-09	NIGHT	58022	E	estimated	\N
882519	654	10125856569	2024-03-09	24H	39475	E	estimated	\N
880835	546	10777532754	2024-03-10	DAY	41351	E	estimated	\N
880836	546	10777532754	2024-03-10	NIGHT	54757	E	estimated	\N
881853	611	10189081315	2024-03-11	24H	27333	A	network	\N
880105	507	10288384173	2024-03-12	24H	58130	A	network	\N
881209	570	10516920491	2024-03-12	24H	55823	A	network	\N
881534	593	10640205843	2024-03-12	DAY	44500	E	estimated	\N
881535	593	10640205843	2024-03-12	NIGHT	35098	E	estimated	\N
881792	607	10060415003	2024-03-12	DAY	16016	C	customer_portal	2024-03-12 15:44:47
881793	607	10060415003	2024-03-12	NIGHT	49605	C	customer_portal	2024-03-12 15:44:47
880534	529	10555474356	2024-03-13	DAY	13054	A	network	\N
880535	529	10555474356	2024-03-13	NIGHT	15680	A	network	\N
881005	557	10665268240	2024-03-13	DAY	58199	A	network	\N
881006	557	10665268240	2024-03-13	NIGHT	19754	A	network	\N
881684	601	10862603096	2024-03-13	DAY	49525	C	customer_portal	2024-03-13 14:18:47
881685	601	10862603096	2024-03-13	NIGHT	34888	C	customer_portal	2024-03-13 14:18:47
882491	651	10954442337	2024-03-13	DAY	45971	A	network	\N
882492	651	10954442337	2024-03-13	NIGHT	27480	A	network	\N
880374	520	10056548905	2024-03-14	DAY	30644	A	network	\N
880375	520	10056548905	2024-03-14	NIGHT	56679	A	network	\N
880787	543	10833944068	2024-03-14	DAY	30059	E	estimated	\N
880788	543	10833944068	2024-03-14	NIGHT	36968	E	estimated	\N
882680	663	10149147105	2024-03-14	DAY	28617	A	network	\N
882681	663	10149147105	2024-03-14	NIGHT	57267	A	network	\N
881245	573	10561791928	2024-03-15	24H	24541	E	estimated	\N
880201	511	10550248883	2024-03-16	DAY	25762	C	customer_portal	2024-03-16 10:52:53
880202	511	10550248883	2024-03-16	NIGHT	18387	C	customer_portal	2024-03-16 10:52:53
882057	622	10020929829	2024-03-16	24H	59808	A	network	\N
882177	632	10179876744	2024-03-16	DAY	59808	A	network	\N
882178	632	10179876744	2024-03-16	NIGHT	12915	A	network	\N
880033	502	10635617626	2024-03-17	DAY	35731	A	network	\N
880034	502	10635617626	2024-03-17	NIGHT	38169	A	network	\N
881903	614	10192073526	2024-03-18	DAY	42296	A	network	\N
881904	614	10192073526	2024-03-18	NIGHT	33984	A	network	\N
882145	629	10666099552	2024-03-18	DAY	23094	E	estimated	\N
882146	629	10666099552	2024-03-18	NIGHT	20017	E	estimated	\N
880811	544	10192905118	2024-03-19	DAY	64703	A	network	\N
880812	544	10192905118	2024-03-19	NIGHT	29269	A	network	\N
881836	609	10545697088	2024-03-19	DAY	36412	A	network	\N
881837	609	10545697088	2024-03-19	NIGHT	17211	A	network	\N
882619	659	10641204555	2024-03-19	DAY	61035	C	customer_portal	2024-03-19 22:53:17
882620	659	10641204555	2024-03-19	NIGHT	61373	C	customer_portal	2024-03-19 22:53:17
882764	667	10870633620	2024-03-19	DAY	43943	E	estimated	\N
882765	667	10870633620	2024-03-19	NIGHT	53470	E	estimated	\N
880249	513	10415597041	2024-03-20	DAY	11233	A	network	\N
880250	513	10415597041	2024-03-20	NIGHT	6887	A	network	\N
880883	549	10440958748	2024-03-20	24H	24786	A	network	\N
880969	555	10674072062	2024-03-20	DAY	52685	A	network	\N
880970	555	10674072062	2024-03-20	NIGHT	35780	A	network	\N
881951	616	10903514709	2024-03-21	DAY	37574	A	network	\N
881952	616	10903514709	2024-03-21	NIGHT	47906	A	network	\N
882694	664	10081892547	2024-03-21	24H	45103	C	customer_portal	2024-03-21 15:03:39
881281	576	10804527303	2024-03-22	DAY	64485	A	network	\N
881282	576	10804527303	2024-03-22	NIGHT	14328	A	network	\N
882021	620	10194380518	2024-03-22	DAY	55339	C	sms	2024-03-22 16:34:44
882022	620	10194380518	2024-03-22	NIGHT	28145	C	sms	2024-03-22 16:34:44
882239	637	10594177596	2024-03-22	24H	18272	E	estimated	\N
882643	661	10194392250	2024-03-22	DAY	39840	A	network	\N
882644	661	10194392250	2024-03-22	NIGHT	55083	A	network	\N
880011	501	10469839334	2024-03-23	24H	56137	A	network	\N
880869	548	10527699199	2024-03-23	DAY	49491	E	estimated	\N
880870	548	10527699199	2024-03-23	NIGHT	4115	E	estimated	\N
880983	556	10216077657	2024-03-23	24H	45442	C	customer_portal	2024-03-23 08:46:36
881233	572	10094533345	2024-03-23	24H	21948	E	estimated	\N
881572	595	10387317571	2024-03-24	24H	53228	E	estimated	\N
881660	600	10256376384	2024-03-24	DAY	10950	A	network	\N
881661	600	10256376384	2024-03-24	NIGHT	36584	A	network	\N
881756	605	10526561494	2024-03-24	DAY	18230	E	estimated	\N
881757	605	10526561494	2024-03-24	NIGHT	60950	E	estimated	\N
882571	657	10119756014	2024-03-24	DAY	19294	A	network	\N
882572	657	10119756014	2024-03-24	NIGHT	60520	A	network	\N
880275	515	10654736181	2024-03-25	24H	47180	C	customer_portal	2024-03-25 17:26:37
880671	536	10823034488	2024-03-25	DAY	26290	E	estimated	\N
880672	536	10823034488	2024-03-25	NIGHT	30634	E	estimated	\N
882279	640	10467622039	2024-03-25	24H	33345	C	sms	2024-03-25 08:13:29
882349	643	10563284190	2024-03-25	DAY	41697	C	sms	2024-03-25 13:45:51
882350	643	10563284190	2024-03-25	NIGHT	11386	C	sms	2024-03-25 13:45:51
882505	652	10391639312	2024-03-25	24H	34647	C	sms	2024-03-25 08:24:53
882547	656	10482525812	2024-03-25	DAY	35351	A	network	\N
882548	656	10482525812	2024-03-25	NIGHT	56951	A	network	\N
882788	668	10559692446	2024-03-25	DAY	18863	E	estimated	\N
882789	668	10559692446	2024-03-25	NIGHT	16297	E	estimated	\N
880177	510	10969641711	2024-03-26	DAY	53611	E	estimated	\N
880178	510	10969641711	2024-03-26	NIGHT	39920	E	estimated	\N
880528	528	10230585903	2024-03-26	DAY	31980	A	network	\N
880529	528	10230585903	2024-03-26	NIGHT	27326	A	network	\N
881512	591	10869635872	2024-03-26	24H	25604	A	network	\N
881710	603	10985124982	2024-03-26	24H	39037	C	sms	2024-03-26 10:56:59
881197	569	10462665278	2024-03-27	DAY	50524	A	network	\N
881198	569	10462665278	2024-03-27	NIGHT	10293	A	network	\N
881221	571	10703047724	2024-03-27	24H	11351	A	network	\N
881558	594	10251189683	2024-03-27	DAY	19903	A	network	\N
881559	594	10251189683	2024-03-27	NIGHT	60283	A	network	\N
882216	635	10294749246	2024-03-27	24H	9758	A	network	\N
880263	514	10513697023	2024-03-28	24H	25190	A	network	\N
880456	525	10002482193	2024-03-28	DAY	33061	A	network	\N
880457	525	10002482193	2024-03-28	NIGHT	32802	A	network	\N
881055	560	10835443201	2024-03-28	24H	16718	C	customer_portal	2024-03-28 07:45:12
881855	612	10063861453	2024-03-28	DAY	32900	C	sms	2024-03-28 22:18:19
881856	612	10063861453	2024-03-28	NIGHT	56726	C	sms	2024-03-28 22:18:19
880410	522	10432177759	2024-03-29	DAY	8785	A	network	\N
880411	522	10432177759	2024-03-29	NIGHT	57817	A	network	\N
882079	623	10654304877	2024-03-29	DAY	17013	C	sms	2024-03-29 07:38:40
882080	623	10654304877	2024-03-29	NIGHT	36565	C	sms	2024-03-29 07:38:40
882325	642	10457736169	2024-03-29	DAY	28843	A	network	\N
882326	642	10457736169	2024-03-29	NIGHT	47637	A	network	\N
880630	533	10879322002	2024-03-30	DAY	55749	E	estimated	\N
880631	533	10879322002	2024-03-30	NIGHT	13569	E	estimated	\N
881987	618	10435784202	2024-03-30	DAY	51590	E	estimated	\N
881988	618	10435784202	2024-03-30	NIGHT	63311	E	estimated	\N
880847	547	10349705326	2024-03-31	24H	43096	A	network	\N
881259	575	10022883041	2024-03-31	24H	22314	A	network	\N
881732	604	10256261284	2024-04-01	DAY	59678	C	customer_portal	2024-04-01 18:16:38
881733	604	10256261284	2024-04-01	NIGHT	10413	C	customer_portal	2024-04-01 18:16:38
881999	619	10677436675	2024-04-01	24H	49341	C	sms	2024-04-01 10:36:14
882740	666	10826140018	2024-04-01	DAY	33906	A	network	\N
882741	666	10826140018	2024-04-01	NIGHT	57285	A	network	\N
880422	523	10009272092	2024-04-02	24H	45115	C	customer_portal	2024-04-02 09:45:30
880763	542	10233918781	2024-04-02	DAY	44359	A	network	\N
880764	542	10233918781	2024-04-02	NIGHT	51233	A	network	\N
881927	615	10001680439	2024-04-02	DAY	36811	A	network	\N
881928	615	10001680439	2024-04-02	NIGHT	55885	A	network	\N
882191	633	10047916966	2024-04-02	24H	37912	C	sms	2024-04-02 22:41:49
880093	506	10455505067	2024-04-03	DAY	34627	A	network	\N
880094	506	10455505067	2024-04-03	NIGHT	51231	A	network	\N
880709	539	10759705604	2024-04-03	24H	20858	E	estimated	\N
880685	537	10214670180	2024-04-04	24H	34537	A	network	\N
880941	553	10821141599	2024-04-04	DAY	25957	A	network	\N
880942	553	10821141599	2024-04-04	NIGHT	4184	A	network	\N
881075	561	10913459480	2024-04-04	DAY	17090	C	customer_portal	2024-04-04 08:58:20
881076	561	10913459480	2024-04-04	NIGHT	10303	C	customer_portal	2024-04-04 08:58:20
881344	582	10809801487	2024-04-04	DAY	43647	C	sms	2024-04-04 22:04:51
881345	582	10809801487	2024-04-04	NIGHT	39384	C	sms	2024-04-04 22:04:51
881388	585	10597165562	2024-04-04	24H	39301	A	network	\N
882373	644	10699189034	2024-04-04	DAY	13387	A	network	\N
882374	644	10699189034	2024-04-04	NIGHT	6882	A	network	\N
880697	538	10493774681	2024-04-05	24H	24342	C	sms	2024-04-05 17:21:42
880917	551	10085282991	2024-04-05	DAY	22470	E	estimated	\N
880918	551	10085282991	2024-04-05	NIGHT	20468	E	estimated	\N
881125	564	10476829182	2024-04-05	DAY	30301	A	network	\N
881126	564	10476829182	2024-04-05	NIGHT	62604	A	network	\N
880895	550	10114005596	2024-04-06	24H	45230	A	network	\N
880350	519	10035179884	2024-04-07	DAY	52224	C	customer_portal	2024-04-07 12:01:45
880351	519	10035179884	2024-04-07	NIGHT	55238	C	customer_portal	2024-04-07 12:01:45
880582	531	10978226330	2024-04-07	DAY	39706	C	customer_portal	2024-04-07 13:53:27
880583	531	10978226330	2024-04-07	NIGHT	44617	C	customer_portal	2024-04-07 13:53:27
881614	598	10720878057	2024-04-07	24H	33331	A	network	\N
880558	530	10901037383	2024-04-08	DAY	56914	C	customer_portal	2024-04-08 18:07:16
880559	530	10901037383	2024-04-08	NIGHT	39477	C	customer_portal	2024-04-08 18:07:16
881289	577	10122687934	2024-04-08	DAY	27228	A	network	\N
881290	577	10122687934	2024-04-08	NIGHT	15414	A	network	\N
881594	596	10653079045	2024-04-08	DAY	18250	A	network	\N
881595	596	10653079045	2024-04-08	NIGHT	33936	A	network	\N
881770	606	10917191575	2024-04-08	24H	28391	C	customer_portal	2024-04-08 17:02:52
882241	638	10842018536	2024-04-08	DAY	41295	E	estimated	\N
882242	638	10842018536	2024-04-08	NIGHT	28773	E	estimated	\N
880225	512	10591980034	2024-04-09	DAY	59768	C	customer_portal	2024-04-09 21:38:06
880226	512	10591980034	2024-04-09	NIGHT	15153	C	customer_portal	2024-04-09 21:38:06
882408	646	10797340692	2024-04-09	DAY	13051	A	network	\N
882409	646	10797340692	2024-04-09	NIGHT	30863	A	network	\N
882227	636	10756302616	2024-04-10	24H	30388	A	network	\N
880606	532	10958705689	2024-04-11	DAY	40437	A	network	\N
880607	532	10958705689	2024-04-11	NIGHT	34013	A	network	\N
881175	566	10605884255	2024-04-11	DAY	29539	C	customer_portal	2024-04-11 07:00:19
881176	566	10605884255	2024-04-11	NIGHT	43953	C	customer_portal	2024-04-11 07:00:19
881322	581	10416261284	2024-04-12	DAY	7795	A	network	\N
881323	581	10416261284	2024-04-12	NIGHT	46696	A	network	\N
882420	647	10676487727	2024-04-12	24H	31440	A	network	\N
881089	562	10026927523	2024-04-13	24H	35769	A	network	\N
881474	589	10355396443	2024-04-14	DAY	18732	E	estimated	\N
881475	589	10355396443	2024-04-14	NIGHT	28494	E	estimated	\N
881965	617	10181239734	2024-04-14	24H	42629	C	sms	2024-04-14 18:41:44
882455	649	10767931118	2024-04-14	DAY	42452	E	estimated	\N
882456	649	10767931118	2024-04-14	NIGHT	6080	E	estimated	\N
881191	567	10858978397	2024-04-15	DAY	30175	A	network	\N
881192	567	10858978397	2024-04-15	NIGHT	27252	A	network	\N
881608	597	10196393223	2024-04-15	24H	62860	A	network	\N
881698	602	10946363668	2024-04-15	24H	18213	A	network	\N
882595	658	10558284841	2024-04-15	DAY	36913	A	network	\N
882596	658	10558284841	2024-04-15	NIGHT	13154	A	network	\N
880635	534	10988931962	2024-04-16	24H	54110	C	customer_portal	2024-04-16 07:40:51
881350	583	10740954436	2024-04-16	DAY	38000	A	network	\N
881351	583	10740954436	2024-04-16	NIGHT	30800	A	network	\N
881041	559	10948817267	2024-04-18	DAY	63740	A	network	\N
881042	559	10948817267	2024-04-18	NIGHT	62708	A	network	\N
881149	565	10417058683	2024-04-18	DAY	21361	A	network	\N
881150	565	10417058683	2024-04-18	NIGHT	25854	A	network	\N
880388	521	10007081044	2024-04-19	24H	60723	A	network	\N
880480	526	10121581348	2024-04-19	DAY	44455	A	network	\N
880481	526	10121581348	2024-04-19	NIGHT	57924	A	network	\N
881294	578	10535380090	2024-04-19	24H	32921	A	network	\N
882113	626	10166416000	2024-04-19	24H	14045	C	sms	2024-04-19 22:19:33
882433	648	10992762373	2024-04-19	24H	31295	A	network	\N
880065	504	10285988820	2024-04-20	DAY	11293	C	sms	2024-04-20 11:04:11
880066	504	10285988820	2024-04-20	NIGHT	27425	C	sms	2024-04-20 11:04:11
880043	503	10230847501	2024-04-21	24H	44622	E	estimated	\N
880647	535	10173613372	2024-04-21	DAY	41805	E	estimated	\N
880648	535	10173613372	2024-04-21	NIGHT	41722	E	estimated	\N
882265	639	10074124689	2024-04-21	DAY	18836	C	customer_portal	2024-04-21 16:37:49
882266	639	10074124689	2024-04-21	NIGHT	22933	C	customer_portal	2024-04-21 16:37:49
882301	641	10025729255	2024-04-21	DAY	63888	A	network	\N
882302	641	10025729255	2024-04-21	NIGHT	40434	A	network	\N
882204	634	10624060929	2024-04-22	24H	29329	E	estimated	\N
880434	524	10845691912	2024-04-23	24H	41093	A	network	\N
881450	588	10607643764	2024-04-24	DAY	50856	E	estimated	\N
881451	588	10607643764	2024-04-24	NIGHT	42005	E	estimated	\N
880286	516	10247516949	2024-04-25	24H	33688	A	network	\N
881636	599	10227330149	2024-04-25	DAY	39968	C	customer_portal	2024-04-25 13:47:31
881637	599	10227330149	2024-04-25	NIGHT	26929	C	customer_portal	2024-04-25 13:47:31
881248	574	10609341217	2024-04-26	24H	3681	A	network	\N
881376	584	10083848507	2024-04-26	DAY	46604	A	network	\N
881377	584	10083848507	2024-04-26	NIGHT	12339	A	network	\N
882153	631	10942495797	2024-04-26	DAY	20429	E	estimated	\N
882154	631	10942495797	2024-04-26	NIGHT	58870	E	estimated	\N
880085	505	10760563700	2024-04-27	DAY	44851	A	network	\N
880086	505	10760563700	2024-04-27	NIGHT	44232	A	network	\N
880153	509	10970706106	2024-04-27	DAY	65361	A	network	\N
880154	509	10970706106	2024-04-27	NIGHT	46105	A	network	\N
881814	608	10563888499	2024-04-27	DAY	34491	E	estimated	\N
881815	608	10563888499	2024-04-27	NIGHT	10745	E	estimated	\N
881851	610	10503680051	2024-04-27	24H	38108	A	network	\N
882816	670	10517090336	2024-04-28	DAY	58467	A	network	\N
882817	670	10517090336	2024-04-28	NIGHT	29343	A	network	\N
882658	662	10730900516	2024-04-29	24H	50894	A	network	\N
882718	665	10253720314	2024-04-30	DAY	60254	A	network	\N
882719	665	10253720314	2024-04-30	NIGHT	28474	A	network	\N
881103	563	10946844347	2024-05-01	DAY	53084	C	customer_portal	2024-05-01 17:04:18
881104	563	10946844347	2024-05-01	NIGHT	34399	C	customer_portal	2024-05-01 17:04:18
882121	627	10616476757	2024-05-01	DAY	13313	C	sms	2024-05-01 17:18:00
882122	627	10616476757	2024-05-01	NIGHT	5588	C	sms	2024-05-01 17:18:00
882387	645	10524381168	2024-05-01	24H	21951	A	network	\N
880506	527	10683032424	2024-05-02	DAY	38183	C	customer_portal	2024-05-02 17:57:33
880507	527	10683032424	2024-05-02	NIGHT	18913	C	customer_portal	2024-05-02 17:57:33
882089	624	10243056360	2024-05-03	DAY	28528	C	customer_portal	2024-05-03 18:18:07
882090	624	10243056360	2024-05-03	NIGHT	58409	C	customer_portal	2024-05-03 18:18:07
882470	650	10502806228	2024-05-03	24H	20666	A	network	\N
882513	653	10474580127	2024-05-03	DAY	49541	C	customer_portal	2024-05-03 18:54:28
882514	653	10474580127	2024-05-03	NIGHT	6447	C	customer_portal	2024-05-03 18:54:28
880304	517	10065466191	2024-05-04	DAY	19119	E	estimated	\N
880305	517	10065466191	2024-05-04	NIGHT	45299	E	estimated	\N
881020	558	10507930220	2024-05-05	24H	41786	E	estimated	\N
881500	590	10462968950	2024-05-06	DAY	35241	A	network	\N
881501	590	10462968950	2024-05-06	NIGHT	36027	A	network	\N
881536	593	10640205843	2024-05-06	DAY	44787	A	network	\N
881537	593	10640205843	2024-05-06	NIGHT	35348	A	network	\N
881794	607	10060415003	2024-05-06	DAY	16465	A	network	\N
881795	607	10060415003	2024-05-06	NIGHT	49869	A	network	\N
881881	613	10745214609	2024-05-06	DAY	43854	A	network	\N
881882	613	10745214609	2024-05-06	NIGHT	38142	A	network	\N
882102	625	10187556324	2024-05-06	24H	26019	A	network	\N
880837	546	10777532754	2024-05-07	DAY	41893	A	network	\N
880838	546	10777532754	2024-05-07	NIGHT	54957	A	network	\N
880106	507	10288384173	2024-05-08	24H	58997	E	estimated	\N
882493	651	10954442337	2024-05-08	DAY	46350	C	sms	2024-05-08 17:38:48
882494	651	10954442337	2024-05-08	NIGHT	27613	C	sms	2024-05-08 17:38:48
882682	663	10149147105	2024-05-08	DAY	28950	A	network	\N
882683	663	10149147105	2024-05-08	NIGHT	57581	A	network	\N
880789	543	10833944068	2024-05-10	DAY	30434	A	network	\N
880790	543	10833944068	2024-05-10	NIGHT	37273	A	network	\N
881317	579	10102231585	2024-05-10	DAY	25802	A	network	\N
881318	579	10102231585	2024-05-10	NIGHT	25510	A	network	\N
880536	529	10555474356	2024-05-11	DAY	13628	A	network	\N
880537	529	10555474356	2024-05-11	NIGHT	16114	A	network	\N
882520	654	10125856569	2024-05-11	24H	40122	C	customer_portal	2024-05-11 15:35:05
880328	518	10819312918	2024-05-12	DAY	18538	A	network	\N
880329	518	10819312918	2024-05-12	NIGHT	14168	A	network	\N
880129	508	10207878713	2024-05-13	DAY	32803	C	customer_portal	2024-05-13 07:41:46
880130	508	10207878713	2024-05-13	NIGHT	38804	C	customer_portal	2024-05-13 07:41:46
882045	621	10586108756	2024-05-13	DAY	32777	A	network	\N
882046	621	10586108756	2024-05-13	NIGHT	51865	A	network	\N
880947	554	10332790382	2024-05-14	DAY	58845	A	network	\N
880948	554	10332790382	2024-05-14	NIGHT	4389	A	network	\N
881412	586	10218834440	2024-05-14	DAY	54476	C	sms	2024-05-14 15:51:51
881413	586	10218834440	2024-05-14	NIGHT	21371	C	sms	2024-05-14 15:51:51
881854	611	10189081315	2024-05-14	24H	28152	C	customer_portal	2024-05-14 14:42:14
881007	557	10665268240	2024-05-15	DAY	58789	E	estimated	\N
881008	557	10665268240	2024-05-15	NIGHT	20127	E	estimated	\N
881210	570	10516920491	2024-05-15	24H	56627	A	network	\N
881246	573	10561791928	2024-05-15	24H	25433	A	network	\N
881686	601	10862603096	2024-05-15	DAY	50202	A	network	\N
881687	601	10862603096	2024-05-15	NIGHT	35255	A	network	\N
880884	549	10440958748	2024-05-16	24H	25662	A	network	\N
882058	622	10020929829	2024-05-16	24H	60153	A	network	\N
880813	544	10192905118	2024-05-17	DAY	65437	A	network	\N
880814	544	10192905118	2024-05-17	NIGHT	29498	A	network	\N
882240	637	10594177596	2024-05-17	24H	18803	E	estimated	\N
882766	667	10870633620	2024-05-17	DAY	44300	C	customer_portal	2024-05-17 18:51:32
882767	667	10870633620	2024-05-17	NIGHT	53664	C	customer_portal	2024-05-17 18:51:32
881758	605	10526561494	2024-05-18	DAY	18671	A	network	\N
881759	605	10526561494	2024-05-18	NIGHT	61268	A	network	\N
880035	502	10635617626	2024-05-19	DAY	36240	A	network	\N
880036	502	10635617626	2024-05-19	NIGHT	38500	A	network	\N
880276	515	10654736181	2024-05-19	24H	47857	A	network	\N
880376	520	10056548905	2024-05-19	DAY	31513	A	network	\N
880377	520	10056548905	2024-05-19	NIGHT	56936	A	network	\N
880179	510	10969641711	2024-05-20	DAY	54305	E	estimated	\N
880180	510	10969641711	2024-05-20	NIGHT	40159	E	estimated	\N
880203	511	10550248883	2024-05-20	DAY	26576	A	network	\N
880204	511	10550248883	2024-05-20	NIGHT	18819	A	network	\N
880971	555	10674072062	2024-05-20	DAY	52983	A	network	\N
880972	555	10674072062	2024-05-20	NIGHT	36154	A	network	\N
882179	632	10179876744	2024-05-20	DAY	60322	A	network	\N
882180	632	10179876744	2024-05-20	NIGHT	13334	A	network	\N
880530	528	10230585903	2024-05-21	DAY	32770	A	network	\N
880531	528	10230585903	2024-05-21	NIGHT	27682	A	network	\N
881513	591	10869635872	2024-05-21	24H	25964	C	customer_portal	2024-05-21 16:32:23
881838	609	10545697088	2024-05-21	DAY	36803	A	network	\N
881839	609	10545697088	2024-05-21	NIGHT	17425	A	network	\N
880251	513	10415597041	2024-05-22	DAY	11844	C	customer_portal	2024-05-22 20:08:54
880252	513	10415597041	2024-05-22	NIGHT	7239	C	customer_portal	2024-05-22 20:08:54
880984	556	10216077657	2024-05-22	24H	46309	E	estimated	\N
881283	576	10804527303	2024-05-22	DAY	65003	A	network	\N
881284	576	10804527303	2024-05-22	NIGHT	14684	A	network	\N
881560	594	10251189683	2024-05-22	DAY	20321	C	sms	2024-05-22 16:00:33
881561	594	10251189683	2024-05-22	NIGHT	60555	C	sms	2024-05-22 16:00:33
881905	614	10192073526	2024-05-22	DAY	42666	A	network	\N
881906	614	10192073526	2024-05-22	NIGHT	34300	A	network	\N
881953	616	10903514709	2024-05-22	DAY	38467	C	sms	2024-05-22 11:12:00
881954	616	10903514709	2024-05-22	NIGHT	48100	C	sms	2024-05-22 11:12:00
882147	629	10666099552	2024-05-22	DAY	23417	A	network	\N
882148	629	10666099552	2024-05-22	NIGHT	20271	A	network	\N
882023	620	10194380518	2024-05-23	DAY	56028	E	estimated	\N
882024	620	10194380518	2024-05-23	NIGHT	28583	E	estimated	\N
881989	618	10435784202	2024-05-24	DAY	52154	C	sms	2024-05-24 12:16:58
881990	618	10435784202	2024-05-24	NIGHT	63413	C	sms	2024-05-24 12:16:58
882081	623	10654304877	2024-05-24	DAY	17656	C	customer_portal	2024-05-24 16:48:06
882082	623	10654304877	2024-05-24	NIGHT	36997	C	customer_portal	2024-05-24 16:48:06
882621	659	10641204555	2024-05-24	DAY	61345	E	estimated	\N
882622	659	10641204555	2024-05-24	NIGHT	61606	E	estimated	\N
882645	661	10194392250	2024-05-24	DAY	40227	C	sms	2024-05-24 07:03:40
882646	661	10194392250	2024-05-24	NIGHT	55224	C	sms	2024-05-24 07:03:40
882695	664	10081892547	2024-05-24	24H	45395	C	customer_portal	2024-05-24 09:04:31
882790	668	10559692446	2024-05-24	DAY	19763	E	estimated	\N
882791	668	10559692446	2024-05-24	NIGHT	16650	E	estimated	\N
880264	514	10513697023	2024-05-25	24H	25499	C	sms	2024-05-25 18:23:04
881662	600	10256376384	2024-05-25	DAY	11643	C	sms	2024-05-25 15:06:00
881663	600	10256376384	2024-05-25	NIGHT	36720	C	sms	2024-05-25 15:06:00
882217	635	10294749246	2024-05-25	24H	10637	E	estimated	\N
882506	652	10391639312	2024-05-25	24H	34952	E	estimated	\N
881222	571	10703047724	2024-05-26	24H	11959	A	network	\N
881234	572	10094533345	2024-05-26	24H	22827	C	sms	2024-05-26 20:46:09
881573	595	10387317571	2024-05-26	24H	53757	E	estimated	\N
882000	619	10677436675	2024-05-26	24H	49907	A	network	\N
882549	656	10482525812	2024-05-26	DAY	36042	A	network	\N
882550	656	10482525812	2024-05-26	NIGHT	57139	A	network	\N
880632	533	10879322002	2024-05-27	DAY	56495	C	sms	2024-05-27 14:05:01
880633	533	10879322002	2024-05-27	NIGHT	13854	C	sms	2024-05-27 14:05:01
880871	548	10527699199	2024-05-27	DAY	50293	A	network	\N
880872	548	10527699199	2024-05-27	NIGHT	4258	A	network	\N
881056	560	10835443201	2024-05-27	24H	17442	A	network	\N
881929	615	10001680439	2024-05-27	DAY	37703	A	network	\N
881930	615	10001680439	2024-05-27	NIGHT	55991	A	network	\N
882280	640	10467622039	2024-05-27	24H	33915	A	network	\N
882351	643	10563284190	2024-05-27	DAY	41963	A	network	\N
882352	643	10563284190	2024-05-27	NIGHT	11748	A	network	\N
880012	501	10469839334	2024-05-28	24H	56390	A	network	\N
880458	525	10002482193	2024-05-28	DAY	33744	A	network	\N
880459	525	10002482193	2024-05-28	NIGHT	33251	A	network	\N
880673	536	10823034488	2024-05-28	DAY	26742	E	estimated	\N
880674	536	10823034488	2024-05-28	NIGHT	30757	E	estimated	\N
882573	657	10119756014	2024-05-28	DAY	19820	A	network	\N
882574	657	10119756014	2024-05-28	NIGHT	60829	A	network	\N
881260	575	10022883041	2024-05-29	24H	22600	E	estimated	\N
881711	603	10985124982	2024-05-29	24H	39440	E	estimated	\N
881857	612	10063861453	2024-05-29	DAY	33484	E	estimated	\N
881858	612	10063861453	2024-05-29	NIGHT	57084	E	estimated	\N
881346	582	10809801487	2024-05-30	DAY	43953	E	estimated	\N
881347	582	10809801487	2024-05-30	NIGHT	39738	E	estimated	\N
882742	666	10826140018	2024-05-30	DAY	34266	A	network	\N
882743	666	10826140018	2024-05-30	NIGHT	57613	A	network	\N
880919	551	10085282991	2024-05-31	DAY	23297	E	estimated	\N
880920	551	10085282991	2024-05-31	NIGHT	20747	E	estimated	\N
882327	642	10457736169	2024-05-31	DAY	29510	A	network	\N
882328	642	10457736169	2024-05-31	NIGHT	47946	A	network	\N
882192	633	10047916966	2024-06-01	24H	38173	A	network	\N
880710	539	10759705604	2024-06-02	24H	21658	A	network	\N
880896	550	10114005596	2024-06-03	24H	46094	C	sms	2024-06-03 15:25:43
881389	585	10597165562	2024-06-03	24H	39983	E	estimated	\N
881596	596	10653079045	2024-06-03	DAY	18995	A	network	\N
881597	596	10653079045	2024-06-03	NIGHT	34061	A	network	\N
880423	523	10009272092	2024-06-04	24H	45906	E	estimated	\N
880686	537	10214670180	2024-06-04	24H	35235	A	network	\N
880848	547	10349705326	2024-06-04	24H	43934	A	network	\N
881734	604	10256261284	2024-06-04	DAY	60217	A	network	\N
881735	604	10256261284	2024-06-04	NIGHT	10562	A	network	\N
880095	506	10455505067	2024-06-05	DAY	35359	A	network	\N
880096	506	10455505067	2024-06-05	NIGHT	51451	A	network	\N
882375	644	10699189034	2024-06-05	DAY	14264	A	network	\N
882376	644	10699189034	2024-06-05	NIGHT	7307	A	network	\N
880698	538	10493774681	2024-06-06	24H	25091	A	network	\N
880943	553	10821141599	2024-06-06	DAY	26784	C	sms	2024-06-06 18:20:22
880944	553	10821141599	2024-06-06	NIGHT	4531	C	sms	2024-06-06 18:20:22
882243	638	10842018536	2024-06-06	DAY	41990	A	network	\N
882244	638	10842018536	2024-06-06	NIGHT	28935	A	network	\N
880352	519	10035179884	2024-06-07	DAY	53122	A	network	\N
880353	519	10035179884	2024-06-07	NIGHT	55649	A	network	\N
880584	531	10978226330	2024-06-07	DAY	40390	C	customer_portal	2024-06-07 20:25:29
880585	531	10978226330	2024-06-07	NIGHT	45021	C	customer_portal	2024-06-07 20:25:29
880765	542	10233918781	2024-06-07	DAY	44804	A	network	\N
880766	542	10233918781	2024-06-07	NIGHT	51628	A	network	\N
881127	564	10476829182	2024-06-07	DAY	30754	A	network	\N
881128	564	10476829182	2024-06-07	NIGHT	62796	A	network	\N
882228	636	10756302616	2024-06-07	24H	30653	C	customer_portal	2024-06-07 19:05:51
880227	512	10591980034	2024-06-08	DAY	60482	E	estimated	\N
880228	512	10591980034	2024-06-08	NIGHT	15444	E	estimated	\N
881077	561	10913459480	2024-06-09	DAY	17686	A	network	\N
881078	561	10913459480	2024-06-09	NIGHT	10423	A	network	\N
881324	581	10416261284	2024-06-09	DAY	8388	A	network	\N
881325	581	10416261284	2024-06-09	NIGHT	46825	A	network	\N
881291	577	10122687934	2024-06-10	DAY	27540	A	network	\N
881292	577	10122687934	2024-06-10	NIGHT	15778	A	network	\N
881615	598	10720878057	2024-06-10	24H	33798	A	network	\N
881771	606	10917191575	2024-06-10	24H	29196	C	customer_portal	2024-06-10 13:28:54
881177	566	10605884255	2024-06-12	DAY	29814	E	estimated	\N
881178	566	10605884255	2024-06-12	NIGHT	44125	E	estimated	\N
880560	530	10901037383	2024-06-13	DAY	57604	A	network	\N
880561	530	10901037383	2024-06-13	NIGHT	39708	A	network	\N
881699	602	10946363668	2024-06-13	24H	18514	E	estimated	\N
881966	617	10181239734	2024-06-13	24H	42955	C	sms	2024-06-13 20:56:43
880067	504	10285988820	2024-06-14	DAY	11599	A	network	\N
880068	504	10285988820	2024-06-14	NIGHT	27535	A	network	\N
880482	526	10121581348	2024-06-15	DAY	45030	C	sms	2024-06-15 10:20:24
880483	526	10121581348	2024-06-15	NIGHT	58254	C	sms	2024-06-15 10:20:24
881609	597	10196393223	2024-06-15	24H	63126	A	network	\N
882421	647	10676487727	2024-06-15	24H	32188	A	network	\N
880608	532	10958705689	2024-06-16	DAY	41269	A	network	\N
880609	532	10958705689	2024-06-16	NIGHT	34432	A	network	\N
880636	534	10988931962	2024-06-16	24H	54503	A	network	\N
881090	562	10026927523	2024-06-16	24H	36073	C	customer_portal	2024-06-16 20:34:23
881193	567	10858978397	2024-06-16	DAY	30996	A	network	\N
881194	567	10858978397	2024-06-16	NIGHT	27635	A	network	\N
882597	658	10558284841	2024-06-16	DAY	37199	A	network	\N
882598	658	10558284841	2024-06-16	NIGHT	13528	A	network	\N
881043	559	10948817267	2024-06-17	DAY	64478	A	network	\N
881044	559	10948817267	2024-06-17	NIGHT	62954	A	network	\N
881352	583	10740954436	2024-06-17	DAY	38563	A	network	\N
881353	583	10740954436	2024-06-17	NIGHT	31191	A	network	\N
881476	589	10355396443	2024-06-17	DAY	19137	A	network	\N
881477	589	10355396443	2024-06-17	NIGHT	28890	A	network	\N
882205	634	10624060929	2024-06-17	24H	30200	A	network	\N
882114	626	10166416000	2024-06-18	24H	14651	A	network	\N
882267	639	10074124689	2024-06-18	DAY	19107	E	estimated	\N
882268	639	10074124689	2024-06-18	NIGHT	23136	E	estimated	\N
882434	648	10992762373	2024-06-18	24H	31810	A	network	\N
880435	524	10845691912	2024-06-19	24H	41968	A	network	\N
881319	580	10284347833	2024-06-19	24H	11071	A	network	\N
882457	649	10767931118	2024-06-19	DAY	42752	E	estimated	\N
882458	649	10767931118	2024-06-19	NIGHT	6313	E	estimated	\N
880044	503	10230847501	2024-06-20	24H	45119	A	network	\N
880389	521	10007081044	2024-06-20	24H	61293	C	sms	2024-06-20 22:22:24
880287	516	10247516949	2024-06-21	24H	34210	E	estimated	\N
881452	588	10607643764	2024-06-21	DAY	51459	C	customer_portal	2024-06-21 19:35:00
881453	588	10607643764	2024-06-21	NIGHT	42156	C	customer_portal	2024-06-21 19:35:00
880087	505	10760563700	2024-06-22	DAY	45639	C	sms	2024-06-22 19:50:04
880088	505	10760563700	2024-06-22	NIGHT	44617	C	sms	2024-06-22 19:50:04
881151	565	10417058683	2024-06-23	DAY	22061	A	network	\N
881152	565	10417058683	2024-06-23	NIGHT	26116	A	network	\N
881852	610	10503680051	2024-06-23	24H	38551	A	network	\N
882303	641	10025729255	2024-06-23	DAY	64229	C	sms	2024-06-23 09:34:01
882304	641	10025729255	2024-06-23	NIGHT	40811	C	sms	2024-06-23 09:34:01
880649	535	10173613372	2024-06-24	DAY	42410	A	network	\N
880650	535	10173613372	2024-06-24	NIGHT	41974	A	network	\N
882659	662	10730900516	2024-06-24	24H	51585	A	network	\N
882818	670	10517090336	2024-06-24	DAY	59266	E	estimated	\N
882819	670	10517090336	2024-06-24	NIGHT	29605	E	estimated	\N
881638	599	10227330149	2024-06-27	DAY	40521	A	network	\N
881639	599	10227330149	2024-06-27	NIGHT	27150	A	network	\N
882155	631	10942495797	2024-06-27	DAY	21295	E	estimated	\N
882156	631	10942495797	2024-06-27	NIGHT	59297	E	estimated	\N
880155	509	10970706106	2024-06-28	DAY	65955	A	network	\N
880156	509	10970706106	2024-06-28	NIGHT	46476	A	network	\N
\.


--
-- Data for Name: payments; Type: TABLE DATA; Schema: public; Owner: billing
--

COPY public.payments (payment_id, account_id, payment_date, amount, method, debtor_iban, debtor_bic, card_scheme, card_last4, bank_reference, status) FROM stdin;
3305668	515	2022-08-21 06:00:00	80.00	direct_debit	IE75AIBK93367180140624	AIBKIE2D	\N	\N	595913726764900001	settled
3319308	553	2022-08-21 06:00:00	360.06	direct_debit	IE76BOFI90831073257876	BOFIIE2D	\N	\N	726468758744852586	settled
3356981	662	2022-08-21 06:00:00	95.00	direct_debit	IE26ULSB98646690880541	ULSBIE2D	\N	\N	749952595072910070	settled
3359681	670	2022-08-21 06:00:00	281.66	direct_debit	IE58BOFI90783120738907	BOFIIE2D	\N	\N	192360581896083755	settled
3354637	652	2022-08-21 08:38:36	95.00	card	\N	\N	MASTERCARD	5975	857475306979908533	settled
3317965	550	2022-08-21 14:10:53	140.00	cash_card	\N	\N	\N	\N	PP4231998552877345	settled
3354284	651	2022-08-21 23:16:37	154.60	card	\N	\N	MASTERCARD	1593	084061692541159615	settled
3333274	596	2022-08-22 06:00:00	140.00	direct_debit	IE68BOFI90607517922172	BOFIIE2D	\N	\N	809985617394166787	settled
3303668	510	2022-08-23 06:00:00	95.00	direct_debit	IE81IPBS99219757119793	AIBKIE2D	\N	\N	272482308675597023	settled
3311781	531	2022-08-23 06:00:00	110.00	direct_debit	IE41BOFI90027589851679	BOFIIE2D	\N	\N	431567441507385926	settled
3319665	555	2022-08-23 06:00:00	65.00	direct_debit	IE68ULSB98890186519407	ULSBIE2D	\N	\N	673218454258541040	settled
3335050	602	2022-08-23 10:55:01	384.22	cash_card	\N	\N	\N	\N	PP4008476522960261	settled
3353380	650	2022-08-23 14:52:37	371.76	cash_card	\N	\N	\N	\N	PP2480974748419385	settled
3321582	562	2022-08-23 17:57:28	95.00	cash_card	\N	\N	\N	\N	PP6180156849607082	settled
3356175	658	2022-08-24 11:07:45	110.00	card	\N	\N	VISA	8067	776828476793939544	settled
3345900	628	2022-08-24 15:12:33	65.00	cash_card	\N	\N	\N	\N	PP9135361618329460	settled
3351101	643	2022-08-24 20:56:30	110.00	card	\N	\N	MASTERCARD	0836	879899565318969536	settled
3311243	528	2022-08-25 06:00:00	110.00	direct_debit	IE03BOFI90770731165413	BOFIIE2D	\N	\N	139271818538117841	settled
3336141	603	2022-08-25 06:00:00	298.69	direct_debit	IE43BOFI90153991407959	BOFIIE2D	\N	\N	915101958962747720	settled
3339672	615	2022-08-25 06:00:00	80.00	direct_debit	IE71ULSB98343354427782	ULSBIE2D	\N	\N	249309187121330485	settled
3346401	632	2022-08-25 09:12:57	80.00	card	\N	\N	VISA	5135	874452545308569983	settled
3353081	649	2022-08-26 06:00:00	65.00	direct_debit	IE33ULSB98968453789633	ULSBIE2D	\N	\N	556568063510294642	settled
3324212	571	2022-08-26 11:24:06	110.00	cash_card	\N	\N	\N	\N	PP9640657015409069	settled
3337898	609	2022-08-26 18:42:37	384.83	cash	\N	\N	\N	\N	514972397348429189	settled
3307388	520	2022-08-27 06:00:00	80.00	direct_debit	IE06AIBK93438977286810	BOFIIE2D	\N	\N	933250692515590028	settled
3342556	620	2022-08-27 06:00:00	368.47	direct_debit	IE40AIBK93081368220689	AIBKIE2D	\N	\N	745737504872783999	settled
3358590	665	2022-08-27 06:00:00	95.00	direct_debit	IE02BOFI90443684003703	AIBKIE2D	\N	\N	086139126484817700	settled
3349026	637	2022-08-28 06:00:00	80.00	direct_debit	IE74AIBK93096251328456	AIBKIE2D	\N	\N	817956859398930911	settled
3352333	647	2022-08-28 06:00:00	371.21	direct_debit	IE02BOFI90741695955029	BOFIIE2D	\N	\N	732883972158797165	settled
3329064	585	2022-08-28 17:18:06	65.00	cash_card	\N	\N	\N	\N	PP7051821226690921	settled
3312375	533	2022-08-29 06:00:00	208.93	direct_debit	IE92AIBK93299964631488	AIBKIE2D	\N	\N	466693620048586575	settled
3323843	570	2022-08-29 06:00:00	369.04	direct_debit	IE81ULSB98503639475383	ULSBIE2D	\N	\N	343116406800260840	settled
3327584	576	2022-08-29 06:00:00	95.00	direct_debit	IE63ULSB98871361021300	ULSBIE2D	\N	\N	649520153120738427	settled
3358868	666	2022-08-29 06:00:00	80.00	direct_debit	IE34ULSB98458082223235	ULSBIE2D	\N	\N	448798539233261174	settled
3309000	523	2022-08-30 06:00:00	65.00	direct_debit	IE31AIBK93492526734850	AIBKIE2D	\N	\N	738980007898076059	settled
3315252	544	2022-08-30 06:00:00	80.00	direct_debit	IE58BOFI90639322210766	BOFIIE2D	\N	\N	163036152880309576	settled
3323324	566	2022-08-30 06:00:00	345.42	direct_debit	IE36ULSB98476694371448	ULSBIE2D	\N	\N	233311091889466172	settled
3332561	594	2022-08-30 06:00:00	95.00	direct_debit	IE73ULSB98615538555150	BOFIIE2D	\N	\N	753563436243034661	settled
3304565	513	2022-08-31 06:00:00	65.00	direct_debit	IE23AIBK93423586982973	AIBKIE2D	\N	\N	727619812307901499	settled
3339383	614	2022-09-01 06:00:00	217.60	direct_debit	IE41IPBS99586885385200	IPBSIE2D	\N	\N	617473920994946589	settled
3359422	668	2022-09-01 11:00:03	140.00	bank_transfer	\N	\N	\N	\N	030306094683448470	settled
3307007	519	2022-09-02 06:00:00	62.57	direct_debit	IE28BOFI90744093772542	BOFIIE2D	\N	\N	667029538826222082	settled
3334453	600	2022-09-02 06:00:00	110.00	direct_debit	IE72IPBS99514720139539	IPBSIE2D	\N	\N	068879097248697989	settled
3350640	641	2022-09-02 06:00:00	80.00	direct_debit	IE76BOFI90933363746419	BOFIIE2D	\N	\N	961358465765562784	settled
3321103	560	2022-09-02 20:07:02	65.00	card	\N	\N	VISA	8229	612659608867185367	settled
3310776	526	2022-09-03 13:17:19	95.00	cash	\N	\N	\N	\N	216251368966634203	settled
3320781	559	2022-09-04 06:00:00	65.00	direct_debit	IE19AIBK93680511488810	AIBKIE2D	\N	\N	504940544623971986	settled
3320064	556	2022-09-04 09:58:48	95.00	cash	\N	\N	\N	\N	610926129143441368	settled
3324242	571	2022-09-04 10:05:59	110.00	cash_card	\N	\N	\N	\N	PP1467183786543390	settled
3337215	607	2022-09-05 06:00:00	65.00	direct_debit	IE31BOFI90027424286827	BOFIIE2D	\N	\N	916433323539167516	settled
3352695	648	2022-09-05 06:00:00	82.74	direct_debit	IE81AIBK93920583329471	AIBKIE2D	\N	\N	034937875598877651	settled
3332896	595	2022-09-05 10:12:21	234.82	card	\N	\N	VISA	9199	189594249258708523	settled
3300028	501	2022-09-05 14:19:14	95.00	cash_card	\N	\N	\N	\N	PP8709353052960414	settled
3343906	625	2022-09-05 17:46:12	140.00	cash_card	\N	\N	\N	\N	PP5449715303317218	settled
3317976	550	2022-09-06 15:30:22	140.00	cash_card	\N	\N	\N	\N	PP9883309672318464	settled
3353407	650	2022-09-06 16:23:55	163.10	cash_card	\N	\N	\N	\N	PP6997571489254363	settled
3349694	640	2022-09-06 17:24:45	309.97	cash_card	\N	\N	\N	\N	PP8934321876023272	settled
3328820	584	2022-09-07 06:00:00	65.00	direct_debit	IE47AIBK93168125991436	AIBKIE2D	\N	\N	793575238430944911	settled
3336921	606	2022-09-07 06:00:00	97.67	direct_debit	IE65AIBK93785586206907	AIBKIE2D	\N	\N	079401955244204287	settled
3338340	610	2022-09-07 06:00:00	140.00	direct_debit	IE60BOFI90564061943559	BOFIIE2D	\N	\N	012328248312223132	settled
3338971	613	2022-09-07 06:00:00	395.27	direct_debit	IE16IPBS99416770286671	IPBSIE2D	\N	\N	303134150494624818	settled
3318998	551	2022-09-07 15:59:11	190.86	bank_transfer	\N	\N	\N	\N	540119064027394610	settled
3304859	514	2022-09-07 17:14:20	110.00	cash_card	\N	\N	\N	\N	PP3542141773678250	settled
3309304	524	2022-09-08 10:04:30	65.00	cash_card	\N	\N	\N	\N	PP8917810049651535	settled
3335080	602	2022-09-08 10:12:36	259.72	cash_card	\N	\N	\N	\N	PP4520064678231445	settled
3334064	599	2022-09-08 10:14:52	65.00	card	\N	\N	VISA	6688	884458438940480682	settled
3340399	617	2022-09-08 11:32:25	140.00	cash_card	\N	\N	\N	\N	PP8556505409276877	settled
3313742	538	2022-09-09 06:00:00	110.00	direct_debit	IE09ULSB98575898746889	BOFIIE2D	\N	\N	369484673299769518	settled
3332264	593	2022-09-09 06:00:00	149.62	direct_debit	IE56IPBS99232749506368	IPBSIE2D	\N	\N	197623738100651782	settled
3325247	572	2022-09-09 13:04:10	402.84	cash_card	\N	\N	\N	\N	PP9150650634411934	settled
3321610	562	2022-09-09 16:13:24	95.00	cash_card	\N	\N	\N	\N	PP0775082259046224	settled
3306620	518	2022-09-10 06:00:00	140.00	direct_debit	IE02AIBK93926582320434	AIBKIE2D	\N	\N	261316867298363815	settled
3336361	604	2022-09-10 06:00:00	80.00	direct_debit	IE51IPBS99731081584740	IPBSIE2D	\N	\N	534851940561324079	settled
3307804	521	2022-09-10 13:51:59	95.00	cash_card	\N	\N	\N	\N	PP2872828490961414	settled
3303984	511	2022-09-11 06:00:00	80.00	direct_debit	IE94IPBS99903188749635	IPBSIE2D	\N	\N	262946418475670105	settled
3312997	536	2022-09-11 06:00:00	95.00	direct_debit	IE13ULSB98692744462496	ULSBIE2D	\N	\N	750062273225834383	settled
3345909	628	2022-09-11 09:56:53	65.00	cash_card	\N	\N	\N	\N	PP1796103056889846	settled
3320305	557	2022-09-11 11:57:11	95.00	card	\N	\N	VISA	5744	130373876153506590	settled
3357658	664	2022-09-11 17:48:34	223.52	cash_card	\N	\N	\N	\N	PP9768033935352310	settled
3346959	634	2022-09-11 17:59:59	65.00	cash_card	\N	\N	\N	\N	PP2901171175434535	settled
3301437	504	2022-09-12 06:00:00	95.00	direct_debit	IE53BOFI90615832479396	BOFIIE2D	\N	\N	680261433979153231	settled
3303009	508	2022-09-12 06:00:00	65.00	direct_debit	IE69BOFI90617460435249	BOFIIE2D	\N	\N	875273937869140576	settled
3320546	558	2022-09-12 22:59:58	110.00	card	\N	\N	VISA	4673	591105137953925965	settled
3341403	618	2022-09-13 06:00:00	140.00	direct_debit	IE59ULSB98300060622959	ULSBIE2D	\N	\N	689206116480769421	settled
3329103	585	2022-09-13 14:24:55	65.00	cash_card	\N	\N	\N	\N	PP0646448702051236	settled
3331448	591	2022-09-13 14:52:56	140.00	cash_card	\N	\N	\N	\N	PP5524195074390355	settled
3314711	542	2022-09-14 06:00:00	218.76	direct_debit	IE55ULSB98747217228689	ULSBIE2D	\N	\N	704599730612468624	settled
3333566	597	2022-09-14 10:08:01	200.57	bank_transfer	\N	\N	\N	\N	721155910030708636	settled
3343908	625	2022-09-14 10:37:54	140.00	cash_card	\N	\N	\N	\N	PP2500680824596788	settled
3304325	512	2022-09-15 06:00:00	65.00	direct_debit	IE98AIBK93172288159541	BOFIIE2D	\N	\N	189593697085407907	settled
3330039	586	2022-09-15 06:00:00	263.15	direct_debit	IE87BOFI90234713263509	BOFIIE2D	\N	\N	769810039180282286	settled
3349425	639	2022-09-15 06:00:00	65.00	direct_debit	IE95AIBK93061651059187	AIBKIE2D	\N	\N	862932153135642716	settled
3304872	514	2022-09-15 10:51:58	110.00	cash_card	\N	\N	\N	\N	PP5938736410505359	settled
3309327	524	2022-09-15 13:41:09	65.00	cash_card	\N	\N	\N	\N	PP2566266467714490	settled
3312091	532	2022-09-16 06:00:00	140.00	direct_debit	IE84BOFI90075582678742	BOFIIE2D	\N	\N	646645268335242947	settled
3314524	541	2022-09-16 06:00:00	65.00	direct_debit	IE51ULSB98367863506897	ULSBIE2D	\N	\N	798572321452179344	settled
3334736	601	2022-09-16 06:00:00	80.00	direct_debit	IE54AIBK93360678607071	IPBSIE2D	\N	\N	126140172723608029	settled
3356488	659	2022-09-16 06:00:00	95.00	direct_debit	IE33AIBK93988794024342	AIBKIE2D	\N	\N	778665667152389269	settled
3356739	661	2022-09-16 06:00:00	110.00	direct_debit	IE48IPBS99024389650180	IPBSIE2D	\N	\N	512820179031625706	settled
3342808	621	2022-09-17 06:00:00	133.18	direct_debit	IE96IPBS99325392895857	IPBSIE2D	\N	\N	257140084126890236	settled
3351696	645	2022-09-17 06:00:00	65.00	direct_debit	IE27IPBS99107528446782	IPBSIE2D	\N	\N	558707057250487945	settled
3359134	667	2022-09-17 06:00:00	95.00	direct_debit	IE55BOFI90172380292353	BOFIIE2D	\N	\N	546811832634144722	settled
3357312	663	2022-09-18 06:00:00	140.00	direct_debit	IE14BOFI90212122725303	BOFIIE2D	\N	\N	078314189463707612	settled
3327336	575	2022-09-18 10:34:14	140.00	cash	\N	\N	\N	\N	964188595796354970	settled
3330875	589	2022-09-19 06:00:00	65.00	direct_debit	IE54BOFI90151223680862	BOFIIE2D	\N	\N	258720301940019984	settled
3339958	616	2022-09-19 06:00:00	140.00	direct_debit	IE49ULSB98423156192281	AIBKIE2D	\N	\N	954466242825266255	settled
3313387	537	2022-09-19 13:43:48	95.00	card	\N	\N	VISA	3869	126320506478420228	settled
3346006	629	2022-09-20 06:00:00	80.00	direct_debit	IE45IPBS99461185174702	ULSBIE2D	\N	\N	159128361807675329	settled
3351395	644	2022-09-20 06:00:00	80.00	direct_debit	IE69IPBS99708479497822	IPBSIE2D	\N	\N	260226513295955952	settled
3321649	562	2022-09-20 11:45:30	95.00	cash_card	\N	\N	\N	\N	PP2155673654987361	settled
3353447	650	2022-09-20 13:14:02	171.57	cash_card	\N	\N	\N	\N	PP6441168827821527	settled
3346963	634	2022-09-20 15:20:11	65.00	cash_card	\N	\N	\N	\N	PP7146131598246427	settled
3344952	626	2022-09-20 15:58:31	340.21	cash_card	\N	\N	\N	\N	PP1824678831072242	settled
3303315	509	2022-09-20 21:44:41	65.00	card	\N	\N	VISA	2737	162778840610883853	settled
3319340	553	2022-09-21 06:00:00	92.01	direct_debit	IE76BOFI90831073257876	BOFIIE2D	\N	\N	325777114858160024	returned
3347909	635	2022-09-21 06:00:00	110.00	direct_debit	IE75AIBK93783422122759	AIBKIE2D	\N	\N	782775727809175733	returned
3326372	573	2022-09-21 12:24:21	358.23	cash_card	\N	\N	\N	\N	PP2616646066435404	settled
3335086	602	2022-09-21 14:28:24	76.60	cash_card	\N	\N	\N	\N	PP9128453791231680	settled
3315624	546	2022-09-21 14:41:17	65.00	card	\N	\N	VISA	8724	653655205687290544	settled
3317146	549	2022-09-21 17:52:30	200.36	cash_card	\N	\N	\N	\N	PP7473909571607722	settled
3328051	579	2022-09-22 06:00:00	140.00	direct_debit	IE61BOFI90170219654784	BOFIIE2D	\N	\N	070804194250527321	settled
3355961	657	2022-09-22 06:00:00	65.00	direct_debit	IE13AIBK93735271400117	AIBKIE2D	\N	\N	352437491291813955	settled
3349703	640	2022-09-22 10:23:11	218.48	cash_card	\N	\N	\N	\N	PP1748389848643877	settled
3311556	530	2022-09-22 16:02:51	243.82	card	\N	\N	VISA	4803	014772955141391295	settled
3345948	628	2022-09-22 18:16:47	65.00	cash_card	\N	\N	\N	\N	PP3523228127414722	settled
3303674	510	2022-09-23 06:00:00	95.00	direct_debit	IE81IPBS99219757119793	AIBKIE2D	\N	\N	905497267489408002	settled
3308753	522	2022-09-23 06:00:00	140.00	direct_debit	IE40AIBK93455786322011	AIBKIE2D	\N	\N	726068393883160473	settled
3311806	531	2022-09-23 06:00:00	110.00	direct_debit	IE41BOFI90027589851679	BOFIIE2D	\N	\N	572629836745917978	settled
3319680	555	2022-09-23 06:00:00	65.00	direct_debit	IE68ULSB98890186519407	ULSBIE2D	\N	\N	224343203120954147	settled
3331124	590	2022-09-23 06:00:00	268.63	direct_debit	IE82AIBK93110885624416	AIBKIE2D	\N	\N	443019561663612772	settled
3350878	642	2022-09-23 06:00:00	404.33	direct_debit	IE05IPBS99763371112796	IPBSIE2D	\N	\N	169335403544830341	settled
3355727	656	2022-09-23 06:00:00	95.00	direct_debit	IE52BOFI90394058121863	BOFIIE2D	\N	\N	962277299844094575	settled
3331460	591	2022-09-23 17:02:45	140.00	cash_card	\N	\N	\N	\N	PP8405155989043504	settled
3300898	502	2022-09-24 06:00:00	65.00	direct_debit	IE25BOFI90161553054438	BOFIIE2D	\N	\N	215935171720818955	settled
3313964	539	2022-09-24 06:00:00	65.00	direct_debit	IE41BOFI90507511924668	BOFIIE2D	\N	\N	026189558199363148	settled
3322836	564	2022-09-24 06:00:00	140.00	direct_debit	IE38AIBK93384491116019	AIBKIE2D	\N	\N	184014161203025521	settled
3323118	565	2022-09-24 06:00:00	65.00	direct_debit	IE39BOFI90303846016809	BOFIIE2D	\N	\N	021781305201687263	settled
3310426	525	2022-09-24 10:16:42	73.46	card	\N	\N	VISA	3586	022393900751784499	settled
3324268	571	2022-09-24 11:38:41	110.00	cash_card	\N	\N	\N	\N	PP5355045434966985	settled
3304899	514	2022-09-24 14:07:55	110.00	cash_card	\N	\N	\N	\N	PP4640406910405127	settled
3309332	524	2022-09-24 14:12:33	65.00	cash_card	\N	\N	\N	\N	PP8548527045341772	settled
3346405	632	2022-09-24 17:13:18	80.00	card	\N	\N	MASTERCARD	7414	252411388320424662	settled
3351141	643	2022-09-24 23:42:54	110.00	card	\N	\N	VISA	9233	743436566004545487	settled
3314301	540	2022-09-25 06:00:00	95.00	direct_debit	IE54BOFI90003033228528	BOFIIE2D	\N	\N	512705834361382354	settled
3307813	521	2022-09-25 11:33:27	95.00	cash_card	\N	\N	\N	\N	PP8963564083334028	settled
3318013	550	2022-09-25 14:56:49	140.00	cash_card	\N	\N	\N	\N	PP7448307863836198	settled
3353092	649	2022-09-26 06:00:00	65.00	direct_debit	IE33ULSB98968453789633	ULSBIE2D	\N	\N	693160178902777550	settled
3300064	501	2022-09-26 13:45:41	95.00	cash_card	\N	\N	\N	\N	PP2559380601868469	settled
3325258	572	2022-09-26 15:27:56	93.93	cash_card	\N	\N	\N	\N	PP4440419695446638	settled
3346684	633	2022-09-26 18:38:36	140.00	cash	\N	\N	\N	\N	739860054306791703	settled
3343190	622	2022-09-26 22:42:53	278.32	card	\N	\N	MASTERCARD	4097	033437912414449754	settled
3352346	647	2022-09-27 06:00:00	318.47	direct_debit	IE02BOFI90741695955029	BOFIIE2D	\N	\N	630854251976458395	settled
3316804	548	2022-09-27 17:38:13	129.07	bank_transfer	\N	\N	\N	\N	020158064011356132	settled
3340420	617	2022-09-27 18:04:22	140.00	cash_card	\N	\N	\N	\N	PP0100582076456362	settled
3323882	570	2022-09-28 06:00:00	345.75	direct_debit	IE81ULSB98503639475383	ULSBIE2D	\N	\N	147310008775077325	settled
3336665	605	2022-09-28 06:00:00	409.73	direct_debit	IE13BOFI90020392392237	ULSBIE2D	\N	\N	674122818765807623	settled
3349028	637	2022-09-28 06:00:00	80.00	direct_debit	IE74AIBK93096251328456	AIBKIE2D	\N	\N	440622129744660806	settled
3343931	625	2022-09-28 14:23:27	140.00	cash_card	\N	\N	\N	\N	PP7172150126861698	settled
3352001	646	2022-09-28 16:29:34	157.04	card	\N	\N	VISA	8386	270139254824154323	settled
3330528	588	2022-09-29 06:00:00	261.38	direct_debit	IE61BOFI90645892229553	BOFIIE2D	\N	\N	230820679894740252	settled
3343456	623	2022-09-29 06:00:00	131.27	direct_debit	IE09AIBK93427157364172	AIBKIE2D	\N	\N	653749494188805701	settled
3314957	543	2022-09-29 09:01:27	110.00	card	\N	\N	MASTERCARD	1784	580984055759511484	settled
3357670	664	2022-09-29 10:50:00	98.46	cash_card	\N	\N	\N	\N	PP2052421577908380	settled
3315267	544	2022-09-30 06:00:00	80.00	direct_debit	IE58BOFI90639322210766	BOFIIE2D	\N	\N	743150743269212948	settled
3310960	527	2022-09-30 11:12:47	140.00	bank_transfer	\N	\N	\N	\N	770769934663771344	settled
3344986	626	2022-09-30 16:34:19	146.21	cash_card	\N	\N	\N	\N	PP0625003673889377	settled
3346991	634	2022-10-01 18:34:21	65.00	cash_card	\N	\N	\N	\N	PP8293636029641885	settled
3334477	600	2022-10-02 06:00:00	110.00	direct_debit	IE72IPBS99514720139539	IPBSIE2D	\N	\N	286898397456909055	settled
3307037	519	2022-10-03 06:00:00	188.65	direct_debit	IE28BOFI90744093772542	BOFIIE2D	\N	\N	978439569179842631	settled
3350652	641	2022-10-03 06:00:00	80.00	direct_debit	IE76BOFI90933363746419	BOFIIE2D	\N	\N	665905786303882730	settled
3349736	640	2022-10-03 10:54:48	350.83	cash_card	\N	\N	\N	\N	PP7646744599202443	settled
3321652	562	2022-10-03 11:14:39	95.00	cash_card	\N	\N	\N	\N	PP4906041082205980	settled
3345957	628	2022-10-03 14:08:33	65.00	cash_card	\N	\N	\N	\N	PP1567530645408924	settled
3321110	560	2022-10-03 14:43:32	65.00	card	\N	\N	VISA	8068	299571171436259611	settled
3329138	585	2022-10-03 16:25:12	65.00	cash_card	\N	\N	\N	\N	PP0854961923043266	settled
3353455	650	2022-10-04 13:16:59	238.27	cash_card	\N	\N	\N	\N	PP0967009515035005	settled
3320793	559	2022-10-05 06:00:00	65.00	direct_debit	IE19AIBK93680511488810	AIBKIE2D	\N	\N	271729074325792125	settled
3324269	571	2022-10-05 10:31:39	110.00	cash_card	\N	\N	\N	\N	PP4164201051689267	settled
3317157	549	2022-10-05 12:50:00	90.55	cash_card	\N	\N	\N	\N	PP9648876913843944	settled
3352728	648	2022-10-06 06:00:00	351.36	direct_debit	IE81AIBK93920583329471	AIBKIE2D	\N	\N	585084279070336918	settled
3332903	595	2022-10-06 11:06:33	300.32	card	\N	\N	MASTERCARD	4691	450075735236978134	settled
3335110	602	2022-10-06 11:54:28	345.50	cash_card	\N	\N	\N	\N	PP0355169592452220	settled
3338347	610	2022-10-07 06:00:00	140.00	direct_debit	IE60BOFI90564061943559	BOFIIE2D	\N	\N	337926246379020438	settled
3326381	573	2022-10-07 12:42:37	105.62	cash_card	\N	\N	\N	\N	PP8091594033036324	settled
3343951	625	2022-10-07 14:37:48	140.00	cash_card	\N	\N	\N	\N	PP8502209105217023	settled
3340436	617	2022-10-08 11:13:08	140.00	cash_card	\N	\N	\N	\N	PP7693177145016269	settled
3334093	599	2022-10-08 11:58:03	65.00	card	\N	\N	VISA	4934	915836845141853981	settled
3331472	591	2022-10-09 17:18:55	140.00	cash_card	\N	\N	\N	\N	PP0964204287688262	settled
3309358	524	2022-10-09 17:33:22	65.00	cash_card	\N	\N	\N	\N	PP4960390337846399	settled
3313743	538	2022-10-10 06:00:00	110.00	direct_debit	IE09ULSB98575898746889	BOFIIE2D	\N	\N	971231310633602002	returned
3332280	593	2022-10-10 06:00:00	206.02	direct_debit	IE56IPBS99232749506368	IPBSIE2D	\N	\N	338630743302471405	settled
3306629	518	2022-10-11 06:00:00	140.00	direct_debit	IE02AIBK93926582320434	AIBKIE2D	\N	\N	890777558218068937	settled
3349774	640	2022-10-11 10:03:47	265.84	cash_card	\N	\N	\N	\N	PP2053313691635691	settled
3320332	557	2022-10-11 14:22:37	95.00	card	\N	\N	MASTERCARD	4880	550660434480103057	settled
3321683	562	2022-10-11 17:35:48	95.00	cash_card	\N	\N	\N	\N	PP1098711552177449	settled
3301452	504	2022-10-12 06:00:00	95.00	direct_debit	IE53BOFI90615832479396	BOFIIE2D	\N	\N	256613653282857092	settled
3320563	558	2022-10-12 11:13:35	110.00	card	\N	\N	VISA	7466	711430951429911618	settled
3345000	626	2022-10-13 10:34:58	258.54	cash_card	\N	\N	\N	\N	PP0909362852341995	settled
3325264	572	2022-10-13 12:24:09	225.65	cash_card	\N	\N	\N	\N	PP8195957772785889	settled
3304918	514	2022-10-14 15:22:47	110.00	cash_card	\N	\N	\N	\N	PP4635792057362612	settled
3333600	597	2022-10-14 18:36:58	419.07	bank_transfer	\N	\N	\N	\N	601672042798680632	settled
3330057	586	2022-10-15 06:00:00	320.86	direct_debit	IE87BOFI90234713263509	BOFIIE2D	\N	\N	483182239822872280	settled
3318021	550	2022-10-15 10:10:36	140.00	cash_card	\N	\N	\N	\N	PP8557455816747318	settled
3326402	573	2022-10-15 10:47:47	253.34	cash_card	\N	\N	\N	\N	PP6607988372960167	settled
3304342	512	2022-10-16 06:00:00	65.00	direct_debit	IE98AIBK93172288159541	BOFIIE2D	\N	\N	763547011528476043	settled
3356506	659	2022-10-16 06:00:00	95.00	direct_debit	IE33AIBK93988794024342	AIBKIE2D	\N	\N	975083133787131135	settled
3307832	521	2022-10-16 09:32:14	95.00	cash_card	\N	\N	\N	\N	PP1132488146779972	settled
3300074	501	2022-10-16 17:16:50	95.00	cash_card	\N	\N	\N	\N	PP4466201952365145	settled
3317180	549	2022-10-16 18:51:38	355.82	cash_card	\N	\N	\N	\N	PP6952674829000276	settled
3314561	541	2022-10-17 06:00:00	65.00	direct_debit	IE51ULSB98367863506897	ULSBIE2D	\N	\N	821936186966672806	settled
3342823	621	2022-10-17 06:00:00	209.72	direct_debit	IE96IPBS99325392895857	IPBSIE2D	\N	\N	030223955569758934	settled
3356754	661	2022-10-17 06:00:00	110.00	direct_debit	IE48IPBS99024389650180	IPBSIE2D	\N	\N	559470024393311239	settled
3335150	602	2022-10-17 11:40:49	123.96	cash_card	\N	\N	\N	\N	PP5439999633519374	settled
3357694	664	2022-10-17 13:27:39	130.75	cash_card	\N	\N	\N	\N	PP1209503081163348	settled
3347028	634	2022-10-17 18:06:22	65.00	cash_card	\N	\N	\N	\N	PP2392794110001785	settled
3321395	561	2022-10-18 06:00:00	95.00	direct_debit	IE42AIBK93372852451928	AIBKIE2D	\N	\N	627029020848197391	settled
3357331	663	2022-10-18 06:00:00	140.00	direct_debit	IE14BOFI90212122725303	BOFIIE2D	\N	\N	880799647120460461	settled
3353483	650	2022-10-18 17:33:06	263.40	cash_card	\N	\N	\N	\N	PP8862061076264359	settled
3345978	628	2022-10-18 17:53:13	65.00	cash_card	\N	\N	\N	\N	PP6292825302132491	settled
3357001	662	2022-10-19 06:00:00	95.00	direct_debit	IE26ULSB98646690880541	ULSBIE2D	\N	\N	340314956732934011	settled
3354645	652	2022-10-19 11:26:57	95.00	card	\N	\N	MASTERCARD	3027	106544047571249278	settled
3333309	596	2022-10-20 06:00:00	140.00	direct_debit	IE68BOFI90607517922172	BOFIIE2D	\N	\N	089405702062787679	settled
3339994	616	2022-10-20 06:00:00	140.00	direct_debit	IE49ULSB98423156192281	AIBKIE2D	\N	\N	089749530318658336	settled
3351404	644	2022-10-20 06:00:00	80.00	direct_debit	IE69IPBS99708479497822	IPBSIE2D	\N	\N	134291818237277167	settled
3331482	591	2022-10-20 10:48:06	140.00	cash_card	\N	\N	\N	\N	PP4781649666787110	settled
3313407	537	2022-10-20 15:00:28	95.00	card	\N	\N	VISA	9554	366370424256280857	settled
3309381	524	2022-10-20 16:25:49	65.00	cash_card	\N	\N	\N	\N	PP3717935998498650	settled
3303325	509	2022-10-20 19:03:14	65.00	card	\N	\N	VISA	9281	995130575070367502	settled
3305679	515	2022-10-21 06:00:00	80.00	direct_debit	IE75AIBK93367180140624	AIBKIE2D	\N	\N	443918364740644522	settled
3359718	670	2022-10-21 06:00:00	316.60	direct_debit	IE58BOFI90783120738907	BOFIIE2D	\N	\N	373297312703062481	settled
3354319	651	2022-10-21 09:27:22	122.26	card	\N	\N	MASTERCARD	3498	109286917013077216	settled
3304921	514	2022-10-21 09:35:13	110.00	cash_card	\N	\N	\N	\N	PP0340953813687573	settled
3324299	571	2022-10-21 15:48:34	110.00	cash_card	\N	\N	\N	\N	PP7508434765758064	settled
3355994	657	2022-10-22 06:00:00	65.00	direct_debit	IE13AIBK93735271400117	AIBKIE2D	\N	\N	334296370300057308	settled
3311252	528	2022-10-23 06:00:00	110.00	direct_debit	IE03BOFI90770731165413	BOFIIE2D	\N	\N	083846694397728845	settled
3319719	555	2022-10-23 06:00:00	65.00	direct_debit	IE68ULSB98890186519407	ULSBIE2D	\N	\N	210415829377283236	settled
3336156	603	2022-10-23 06:00:00	239.25	direct_debit	IE43BOFI90153991407959	BOFIIE2D	\N	\N	014312256948472825	settled
3339682	615	2022-10-23 06:00:00	80.00	direct_debit	IE71ULSB98343354427782	ULSBIE2D	\N	\N	680950574354596073	settled
3329148	585	2022-10-23 13:41:37	65.00	cash_card	\N	\N	\N	\N	PP2196098031340490	settled
3307840	521	2022-10-23 14:54:26	95.00	cash_card	\N	\N	\N	\N	PP9768859156412749	settled
3340467	617	2022-10-23 16:08:53	140.00	cash_card	\N	\N	\N	\N	PP4780696445157130	settled
3322861	564	2022-10-24 06:00:00	140.00	direct_debit	IE38AIBK93384491116019	AIBKIE2D	\N	\N	537951916756600644	settled
3350902	642	2022-10-24 06:00:00	208.05	direct_debit	IE05IPBS99763371112796	IPBSIE2D	\N	\N	527894229890793555	settled
3355748	656	2022-10-24 06:00:00	95.00	direct_debit	IE52BOFI90394058121863	BOFIIE2D	\N	\N	946608953754926113	settled
3317189	549	2022-10-24 09:35:44	314.06	cash_card	\N	\N	\N	\N	PP4085476495620468	settled
3356182	658	2022-10-24 17:23:15	110.00	card	\N	\N	MASTERCARD	8582	472901070192798318	settled
3300937	502	2022-10-25 06:00:00	65.00	direct_debit	IE25BOFI90161553054438	BOFIIE2D	\N	\N	307989504019063928	settled
3358626	665	2022-10-25 06:00:00	95.00	direct_debit	IE02BOFI90443684003703	AIBKIE2D	\N	\N	645684918964255458	settled
3337919	609	2022-10-26 10:07:28	80.81	cash	\N	\N	\N	\N	090638111532780916	settled
3347035	634	2022-10-26 12:24:42	65.00	cash_card	\N	\N	\N	\N	PP8261894428285911	settled
3349778	640	2022-10-26 13:07:28	310.48	cash_card	\N	\N	\N	\N	PP2954050727147114	settled
3343199	622	2022-10-26 13:11:44	96.21	card	\N	\N	MASTERCARD	5234	187262914240586388	settled
3348170	636	2022-10-26 14:57:10	80.00	cash_card	\N	\N	\N	\N	PP1590380665842593	settled
3343990	625	2022-10-26 18:25:57	140.00	cash_card	\N	\N	\N	\N	PP9589897129456834	settled
3307416	520	2022-10-27 06:00:00	80.00	direct_debit	IE06AIBK93438977286810	BOFIIE2D	\N	\N	964377849875340657	settled
3342591	620	2022-10-27 06:00:00	338.07	direct_debit	IE40AIBK93081368220689	AIBKIE2D	\N	\N	188713475578521491	settled
3318051	550	2022-10-27 10:24:32	140.00	cash_card	\N	\N	\N	\N	PP8260436608985522	settled
3331498	591	2022-10-27 10:52:19	140.00	cash_card	\N	\N	\N	\N	PP0572893292974091	settled
3325293	572	2022-10-27 10:57:48	262.04	cash_card	\N	\N	\N	\N	PP2367027670378199	settled
3335171	602	2022-10-27 16:01:56	94.33	cash_card	\N	\N	\N	\N	PP2167679601592501	settled
3323328	566	2022-10-28 06:00:00	314.43	direct_debit	IE36ULSB98476694371448	ULSBIE2D	\N	\N	105044792398805310	settled
3336680	605	2022-10-28 06:00:00	198.48	direct_debit	IE13BOFI90020392392237	ULSBIE2D	\N	\N	804656800002758574	settled
3352378	647	2022-10-28 06:00:00	285.61	direct_debit	IE02BOFI90741695955029	BOFIIE2D	\N	\N	809944272087719934	settled
3304928	514	2022-10-28 12:37:01	110.00	cash_card	\N	\N	\N	\N	PP6555810886865021	settled
3352026	646	2022-10-28 21:43:14	187.95	card	\N	\N	VISA	8969	089153824333657098	settled
3304588	513	2022-10-29 06:00:00	65.00	direct_debit	IE23AIBK93423586982973	AIBKIE2D	\N	\N	515319538076609001	settled
3312409	533	2022-10-29 06:00:00	211.18	direct_debit	IE92AIBK93299964631488	AIBKIE2D	\N	\N	163648066146134646	settled
3323917	570	2022-10-29 06:00:00	283.38	direct_debit	IE81ULSB98503639475383	ULSBIE2D	\N	\N	754208974796481775	settled
3327610	576	2022-10-29 06:00:00	95.00	direct_debit	IE63ULSB98871361021300	ULSBIE2D	\N	\N	812072020377903994	settled
3358889	666	2022-10-29 06:00:00	80.00	direct_debit	IE34ULSB98458082223235	ULSBIE2D	\N	\N	647317181011814086	settled
3353518	650	2022-10-29 11:02:42	322.34	cash_card	\N	\N	\N	\N	PP1653336436022753	settled
3321707	562	2022-10-29 17:52:23	95.00	cash_card	\N	\N	\N	\N	PP5208741657055669	settled
3309032	523	2022-10-30 06:00:00	65.00	direct_debit	IE31AIBK93492526734850	AIBKIE2D	\N	\N	125280784493712063	settled
3332599	594	2022-10-30 06:00:00	95.00	direct_debit	IE73ULSB98615538555150	BOFIIE2D	\N	\N	594978228270385923	settled
3309386	524	2022-10-30 12:07:28	65.00	cash_card	\N	\N	\N	\N	PP7841570156539898	settled
3359429	668	2022-10-30 13:40:42	140.00	bank_transfer	\N	\N	\N	\N	234342318988944098	settled
3314968	543	2022-10-30 20:12:04	110.00	card	\N	\N	VISA	7573	516018767209374589	settled
3310977	527	2022-10-31 11:35:27	140.00	bank_transfer	\N	\N	\N	\N	040078092549046169	settled
3300107	501	2022-10-31 14:51:48	95.00	cash_card	\N	\N	\N	\N	PP8588662892598963	settled
3339410	614	2022-11-01 06:00:00	400.05	direct_debit	IE41IPBS99586885385200	IPBSIE2D	\N	\N	168537156196811152	settled
3310809	526	2022-11-01 17:43:02	95.00	cash	\N	\N	\N	\N	579055626745882023	settled
3334501	600	2022-11-02 06:00:00	110.00	direct_debit	IE72IPBS99514720139539	IPBSIE2D	\N	\N	648658090544197363	settled
3320099	556	2022-11-02 10:32:03	95.00	cash	\N	\N	\N	\N	615036808956366468	settled
3345010	626	2022-11-02 14:14:48	142.93	cash_card	\N	\N	\N	\N	PP2168907019667378	settled
3337613	608	2022-11-02 15:15:30	183.23	card	\N	\N	MASTERCARD	5813	401301194854637257	settled
3337250	607	2022-11-03 06:00:00	65.00	direct_debit	IE31BOFI90027424286827	BOFIIE2D	\N	\N	156130661924865171	settled
3321112	560	2022-11-03 08:46:23	65.00	card	\N	\N	MASTERCARD	8317	983025911666291372	settled
3326410	573	2022-11-03 12:44:02	282.66	cash_card	\N	\N	\N	\N	PP4713015192421603	settled
3320830	559	2022-11-04 06:00:00	65.00	direct_debit	IE19AIBK93680511488810	AIBKIE2D	\N	\N	927555926657982368	settled
3318069	550	2022-11-04 14:34:11	140.00	cash_card	\N	\N	\N	\N	PP2801437249368729	settled
3345989	628	2022-11-04 18:28:12	65.00	cash_card	\N	\N	\N	\N	PP0771928204827981	settled
3336944	606	2022-11-05 06:00:00	218.82	direct_debit	IE65AIBK93785586206907	AIBKIE2D	\N	\N	054099311774330098	settled
3352742	648	2022-11-05 06:00:00	250.34	direct_debit	IE81AIBK93920583329471	AIBKIE2D	\N	\N	205980471247947745	returned
3344027	625	2022-11-05 09:42:55	140.00	cash_card	\N	\N	\N	\N	PP2674756433672613	settled
3319008	551	2022-11-05 13:30:47	130.29	bank_transfer	\N	\N	\N	\N	793238206791392334	settled
3338351	610	2022-11-06 06:00:00	140.00	direct_debit	IE60BOFI90564061943559	BOFIIE2D	\N	\N	670109157305522694	settled
3325329	572	2022-11-06 11:21:57	115.47	cash_card	\N	\N	\N	\N	PP0181349990081587	settled
3306003	516	2022-11-06 12:23:45	110.00	card	\N	\N	MASTERCARD	7536	061040918874114713	settled
3340469	617	2022-11-06 14:58:47	140.00	cash_card	\N	\N	\N	\N	PP1934928799089253	settled
3332941	595	2022-11-06 16:22:58	407.59	card	\N	\N	VISA	8341	031372816665128437	settled
3328823	584	2022-11-07 06:00:00	65.00	direct_debit	IE47AIBK93168125991436	AIBKIE2D	\N	\N	507720319481476088	settled
3339008	613	2022-11-07 06:00:00	144.86	direct_debit	IE16IPBS99416770286671	IPBSIE2D	\N	\N	887709809522127320	settled
3357725	664	2022-11-07 12:48:21	357.15	cash_card	\N	\N	\N	\N	PP8366043806568839	settled
3353533	650	2022-11-07 18:10:45	154.38	cash_card	\N	\N	\N	\N	PP4451974943861594	settled
3336377	604	2022-11-08 06:00:00	80.00	direct_debit	IE51IPBS99731081584740	IPBSIE2D	\N	\N	473165964646656053	settled
3324303	571	2022-11-08 13:19:45	110.00	cash_card	\N	\N	\N	\N	PP8274400671800377	settled
3313034	536	2022-11-09 06:00:00	95.00	direct_debit	IE13ULSB98692744462496	ULSBIE2D	\N	\N	968061853573025012	settled
3313770	538	2022-11-09 06:00:00	110.00	direct_debit	IE09ULSB98575898746889	BOFIIE2D	\N	\N	881283820074604704	settled
3309398	524	2022-11-09 11:30:28	65.00	cash_card	\N	\N	\N	\N	PP9107128356003173	settled
3307853	521	2022-11-09 12:29:16	95.00	cash_card	\N	\N	\N	\N	PP3639741107375141	settled
3332307	593	2022-11-10 06:00:00	122.47	direct_debit	IE56IPBS99232749506368	IPBSIE2D	\N	\N	060209787543576014	settled
3348173	636	2022-11-10 11:07:25	80.00	cash_card	\N	\N	\N	\N	PP7046082124083630	settled
3304020	511	2022-11-11 06:00:00	80.00	direct_debit	IE94IPBS99903188749635	IPBSIE2D	\N	\N	011487815717318551	settled
3341422	618	2022-11-11 06:00:00	140.00	direct_debit	IE59ULSB98300060622959	ULSBIE2D	\N	\N	366737937653247719	settled
3303035	508	2022-11-12 06:00:00	65.00	direct_debit	IE69BOFI90617460435249	BOFIIE2D	\N	\N	472509829131238996	settled
3314712	542	2022-11-12 06:00:00	244.80	direct_debit	IE55ULSB98747217228689	ULSBIE2D	\N	\N	154728764466966389	settled
3300137	501	2022-11-12 09:46:53	95.00	cash_card	\N	\N	\N	\N	PP1331595201846907	settled
3329176	585	2022-11-12 11:13:18	65.00	cash_card	\N	\N	\N	\N	PP8428582482267499	settled
3349813	640	2022-11-12 17:39:32	234.50	cash_card	\N	\N	\N	\N	PP3843798383740192	settled
3335204	602	2022-11-12 18:43:16	160.17	cash_card	\N	\N	\N	\N	PP8919441103931414	settled
3333616	597	2022-11-13 18:51:59	301.10	bank_transfer	\N	\N	\N	\N	345224314123169274	settled
3334740	601	2022-11-14 06:00:00	80.00	direct_debit	IE54AIBK93360678607071	IPBSIE2D	\N	\N	409446363986683331	settled
3317228	549	2022-11-14 12:03:53	68.42	cash_card	\N	\N	\N	\N	PP7350591805920453	settled
3304933	514	2022-11-14 12:33:58	110.00	cash_card	\N	\N	\N	\N	PP2920470637085588	settled
3304360	512	2022-11-15 06:00:00	65.00	direct_debit	IE98AIBK93172288159541	BOFIIE2D	\N	\N	502705936817677059	settled
3349431	639	2022-11-15 06:00:00	65.00	direct_debit	IE95AIBK93061651059187	AIBKIE2D	\N	\N	583012691769883235	settled
3351736	645	2022-11-15 06:00:00	65.00	direct_debit	IE27IPBS99107528446782	IPBSIE2D	\N	\N	458550422801319201	settled
3347066	634	2022-11-15 10:32:41	65.00	cash_card	\N	\N	\N	\N	PP3829039184470426	settled
3324330	571	2022-11-15 17:12:52	110.00	cash_card	\N	\N	\N	\N	PP3086947912946130	settled
3312099	532	2022-11-16 06:00:00	140.00	direct_debit	IE84BOFI90075582678742	BOFIIE2D	\N	\N	025489429957278607	settled
3314594	541	2022-11-16 06:00:00	65.00	direct_debit	IE51ULSB98367863506897	ULSBIE2D	\N	\N	243453807075566921	settled
3327353	575	2022-11-16 14:50:34	140.00	cash	\N	\N	\N	\N	036626846646397014	settled
3353552	650	2022-11-16 15:47:24	216.02	cash_card	\N	\N	\N	\N	PP6537800634608263	settled
3344053	625	2022-11-16 18:29:47	140.00	cash_card	\N	\N	\N	\N	PP4127908741910244	settled
3356782	661	2022-11-17 06:00:00	110.00	direct_debit	IE48IPBS99024389650180	IPBSIE2D	\N	\N	626864307021767013	settled
3359157	667	2022-11-17 06:00:00	95.00	direct_debit	IE55BOFI90172380292353	BOFIIE2D	\N	\N	331529754656032742	settled
3302127	507	2022-11-17 09:02:58	140.00	cash_card	\N	\N	\N	\N	PP1082222712009312	settled
3357744	664	2022-11-17 10:44:03	394.31	cash_card	\N	\N	\N	\N	PP1689831709409761	settled
3331515	591	2022-11-17 13:08:51	140.00	cash_card	\N	\N	\N	\N	PP9244402139902748	settled
3321716	562	2022-11-17 13:57:32	95.00	cash_card	\N	\N	\N	\N	PP0071038615779617	settled
3345013	626	2022-11-18 12:17:16	145.63	cash_card	\N	\N	\N	\N	PP0890113733856167	settled
3319369	553	2022-11-19 06:00:00	176.86	direct_debit	IE76BOFI90831073257876	BOFIIE2D	\N	\N	989751488164374573	settled
3330906	589	2022-11-19 06:00:00	65.00	direct_debit	IE54BOFI90151223680862	BOFIIE2D	\N	\N	747316849019923383	settled
3354651	652	2022-11-19 08:57:37	95.00	card	\N	\N	MASTERCARD	0106	972959342797959492	settled
3315626	546	2022-11-19 15:39:42	65.00	card	\N	\N	VISA	2029	654295521411743101	settled
3305716	515	2022-11-20 06:00:00	80.00	direct_debit	IE75AIBK93367180140624	AIBKIE2D	\N	\N	805865033963768394	settled
3328052	579	2022-11-20 06:00:00	140.00	direct_debit	IE61BOFI90170219654784	BOFIIE2D	\N	\N	535739852978887742	settled
3328422	582	2022-11-20 06:00:00	65.00	direct_debit	IE45BOFI90335082541126	BOFIIE2D	\N	\N	882148913611724487	settled
3340034	616	2022-11-20 06:00:00	140.00	direct_debit	IE49ULSB98423156192281	AIBKIE2D	\N	\N	514671046071276669	settled
3346036	629	2022-11-20 06:00:00	80.00	direct_debit	IE45IPBS99461185174702	ULSBIE2D	\N	\N	252919912865902737	settled
3359751	670	2022-11-20 06:00:00	233.51	direct_debit	IE58BOFI90783120738907	BOFIIE2D	\N	\N	692783088932919007	settled
3311564	530	2022-11-20 09:26:01	69.00	card	\N	\N	VISA	1047	993552020084227561	settled
3313446	537	2022-11-20 09:39:27	95.00	card	\N	\N	VISA	4123	505941525505769469	settled
3318108	550	2022-11-20 18:17:36	140.00	cash_card	\N	\N	\N	\N	PP3798956459680527	settled
3303680	510	2022-11-21 06:00:00	95.00	direct_debit	IE81IPBS99219757119793	AIBKIE2D	\N	\N	509455761831176649	settled
3308779	522	2022-11-21 06:00:00	140.00	direct_debit	IE40AIBK93455786322011	AIBKIE2D	\N	\N	941516733444682560	settled
3331163	590	2022-11-21 06:00:00	155.51	direct_debit	IE82AIBK93110885624416	AIBKIE2D	\N	\N	381447893294921788	settled
3347916	635	2022-11-21 06:00:00	110.00	direct_debit	IE75AIBK93783422122759	AIBKIE2D	\N	\N	058240047324596496	settled
3354329	651	2022-11-21 09:57:02	297.02	card	\N	\N	MASTERCARD	0548	138574663954291555	settled
3335226	602	2022-11-21 16:29:20	155.50	cash_card	\N	\N	\N	\N	PP6886772298746575	settled
3313968	539	2022-11-22 06:00:00	65.00	direct_debit	IE41BOFI90507511924668	BOFIIE2D	\N	\N	838128313296916812	settled
3319740	555	2022-11-22 06:00:00	65.00	direct_debit	IE68ULSB98890186519407	ULSBIE2D	\N	\N	459812890246276978	settled
3323134	565	2022-11-22 06:00:00	65.00	direct_debit	IE39BOFI90303846016809	BOFIIE2D	\N	\N	464068259921588225	settled
3349826	640	2022-11-22 10:36:53	124.39	cash_card	\N	\N	\N	\N	PP4271703446854089	settled
3346444	632	2022-11-22 10:36:54	80.00	card	\N	\N	MASTERCARD	1330	184606078850366266	settled
3310440	525	2022-11-22 10:51:02	222.08	card	\N	\N	VISA	9868	645848306665596806	settled
3324355	571	2022-11-22 12:52:13	110.00	cash_card	\N	\N	\N	\N	PP2260535846787829	settled
3329195	585	2022-11-22 17:20:24	65.00	cash_card	\N	\N	\N	\N	PP5604470243851096	settled
3311261	528	2022-11-23 06:00:00	110.00	direct_debit	IE03BOFI90770731165413	BOFIIE2D	\N	\N	156599054496395349	settled
3311814	531	2022-11-23 06:00:00	110.00	direct_debit	IE41BOFI90027589851679	BOFIIE2D	\N	\N	299348340686628978	settled
3340471	617	2022-11-23 09:46:10	140.00	cash_card	\N	\N	\N	\N	PP2002784341783353	settled
3325350	572	2022-11-23 14:12:48	296.71	cash_card	\N	\N	\N	\N	PP4546450123886843	settled
3356186	658	2022-11-23 14:16:08	110.00	card	\N	\N	VISA	0300	460282102293061787	settled
3300141	501	2022-11-23 18:48:38	95.00	cash_card	\N	\N	\N	\N	PP5724919195495016	settled
3353101	649	2022-11-24 06:00:00	65.00	direct_debit	IE33ULSB98968453789633	ULSBIE2D	\N	\N	547155507877365566	settled
3358627	665	2022-11-24 06:00:00	95.00	direct_debit	IE02BOFI90443684003703	AIBKIE2D	\N	\N	866773471231851653	settled
3351181	643	2022-11-24 08:16:08	110.00	card	\N	\N	VISA	5476	976550435877060255	settled
3302141	507	2022-11-24 12:51:37	140.00	cash_card	\N	\N	\N	\N	PP0595679301022454	settled
3307868	521	2022-11-24 13:07:01	95.00	cash_card	\N	\N	\N	\N	PP7318048051373307	settled
3326450	573	2022-11-24 14:26:44	74.66	cash_card	\N	\N	\N	\N	PP8148329792254225	settled
3309429	524	2022-11-24 16:40:43	65.00	cash_card	\N	\N	\N	\N	PP6226808094910937	settled
3346698	633	2022-11-24 18:27:38	140.00	cash	\N	\N	\N	\N	077574622882217188	settled
3314341	540	2022-11-25 06:00:00	95.00	direct_debit	IE54BOFI90003033228528	BOFIIE2D	\N	\N	151283556241802806	settled
3341645	619	2022-11-25 09:06:18	140.00	cash_card	\N	\N	\N	\N	PP2696503725676420	settled
3343210	622	2022-11-25 10:37:23	65.42	card	\N	\N	VISA	1647	904604083936565246	settled
3348211	636	2022-11-25 12:23:15	80.00	cash_card	\N	\N	\N	\N	PP7135602501264351	settled
3304938	514	2022-11-25 16:11:02	110.00	cash_card	\N	\N	\N	\N	PP7233177271201672	settled
3342605	620	2022-11-27 06:00:00	376.35	direct_debit	IE40AIBK93081368220689	AIBKIE2D	\N	\N	563690511204946378	settled
3331525	591	2022-11-27 10:14:22	140.00	cash_card	\N	\N	\N	\N	PP7670068873449078	settled
3316835	548	2022-11-27 11:52:47	225.87	bank_transfer	\N	\N	\N	\N	693742928418898096	settled
3312424	533	2022-11-28 06:00:00	397.31	direct_debit	IE92AIBK93299964631488	AIBKIE2D	\N	\N	540212405788821228	settled
3315279	544	2022-11-28 06:00:00	80.00	direct_debit	IE58BOFI90639322210766	BOFIIE2D	\N	\N	085789998453446226	settled
3323919	570	2022-11-28 06:00:00	164.67	direct_debit	IE81ULSB98503639475383	ULSBIE2D	\N	\N	684687833938610896	settled
3349062	637	2022-11-28 06:00:00	80.00	direct_debit	IE74AIBK93096251328456	AIBKIE2D	\N	\N	311999672234889301	settled
3358911	666	2022-11-28 06:00:00	80.00	direct_debit	IE34ULSB98458082223235	ULSBIE2D	\N	\N	627099080162188430	settled
3304603	513	2022-11-29 06:00:00	65.00	direct_debit	IE23AIBK93423586982973	AIBKIE2D	\N	\N	075304255545412886	settled
3330545	588	2022-11-29 06:00:00	63.94	direct_debit	IE61BOFI90645892229553	BOFIIE2D	\N	\N	102161014676440433	settled
3343460	623	2022-11-29 06:00:00	207.01	direct_debit	IE09AIBK93427157364172	AIBKIE2D	\N	\N	557636576030363091	settled
3329211	585	2022-11-29 14:10:25	65.00	cash_card	\N	\N	\N	\N	PP1322486878181676	settled
3314990	543	2022-11-29 14:42:32	110.00	card	\N	\N	VISA	6192	397814139844728213	settled
3309045	523	2022-11-30 06:00:00	65.00	direct_debit	IE31AIBK93492526734850	AIBKIE2D	\N	\N	315528325125228204	settled
3325357	572	2022-11-30 11:00:44	115.48	cash_card	\N	\N	\N	\N	PP1959592727111112	settled
3359434	668	2022-11-30 11:30:53	140.00	bank_transfer	\N	\N	\N	\N	048944808023872652	settled
3335259	602	2022-11-30 14:21:56	315.41	cash_card	\N	\N	\N	\N	PP2920199560028136	settled
3340510	617	2022-11-30 18:44:08	140.00	cash_card	\N	\N	\N	\N	PP9696867312837726	settled
3307070	519	2022-12-01 06:00:00	187.29	direct_debit	IE28BOFI90744093772542	BOFIIE2D	\N	\N	544299093810115198	settled
3339412	614	2022-12-01 06:00:00	313.80	direct_debit	IE41IPBS99586885385200	IPBSIE2D	\N	\N	011141410311315079	settled
3344065	625	2022-12-01 12:30:32	140.00	cash_card	\N	\N	\N	\N	PP5648622948951472	settled
3345024	626	2022-12-01 18:49:53	297.51	cash_card	\N	\N	\N	\N	PP4598254879983276	settled
3349827	640	2022-12-02 16:06:18	220.27	cash_card	\N	\N	\N	\N	PP9687113786679245	settled
3350659	641	2022-12-03 06:00:00	80.00	direct_debit	IE76BOFI90933363746419	BOFIIE2D	\N	\N	478750931451748275	settled
3353587	650	2022-12-03 12:52:07	140.11	cash_card	\N	\N	\N	\N	PP5439619616021075	settled
3309434	524	2022-12-04 10:20:12	65.00	cash_card	\N	\N	\N	\N	PP5985372102950918	settled
3317232	549	2022-12-04 14:31:59	377.67	cash_card	\N	\N	\N	\N	PP9330473808024296	settled
3321137	560	2022-12-04 14:40:04	65.00	card	\N	\N	VISA	6062	156827803107316903	settled
3348246	636	2022-12-04 18:37:26	80.00	cash_card	\N	\N	\N	\N	PP4930491444302706	settled
3320866	559	2022-12-05 06:00:00	65.00	direct_debit	IE19AIBK93680511488810	AIBKIE2D	\N	\N	642289834878939213	settled
3347101	634	2022-12-05 13:24:36	65.00	cash_card	\N	\N	\N	\N	PP1545840488094730	settled
3336958	606	2022-12-06 06:00:00	174.81	direct_debit	IE65AIBK93785586206907	AIBKIE2D	\N	\N	839746220409350197	settled
3307905	521	2022-12-06 13:00:50	95.00	cash_card	\N	\N	\N	\N	PP3943721947524862	settled
3357768	664	2022-12-06 18:25:08	137.85	cash_card	\N	\N	\N	\N	PP4421025115229676	settled
3324388	571	2022-12-07 09:50:49	110.00	cash_card	\N	\N	\N	\N	PP4124700642858527	settled
3321739	562	2022-12-07 13:28:54	95.00	cash_card	\N	\N	\N	\N	PP7745374552330821	settled
3332957	595	2022-12-07 23:06:14	224.00	card	\N	\N	MASTERCARD	6231	344421772792424286	settled
3336392	604	2022-12-08 06:00:00	80.00	direct_debit	IE51IPBS99731081584740	IPBSIE2D	\N	\N	447910656523584609	settled
3334125	599	2022-12-08 20:28:19	65.00	card	\N	\N	VISA	6466	470120481009813752	settled
3306669	518	2022-12-09 06:00:00	140.00	direct_debit	IE02AIBK93926582320434	AIBKIE2D	\N	\N	663978373592991629	settled
3313045	536	2022-12-09 06:00:00	95.00	direct_debit	IE13ULSB98692744462496	ULSBIE2D	\N	\N	964453173432000664	settled
3320355	557	2022-12-09 09:37:16	95.00	card	\N	\N	MASTERCARD	1985	757910225814245808	settled
3318134	550	2022-12-09 10:17:24	140.00	cash_card	\N	\N	\N	\N	PP5375289427893837	settled
3341683	619	2022-12-09 10:32:49	140.00	cash_card	\N	\N	\N	\N	PP9917614567405423	settled
3340524	617	2022-12-09 15:29:07	140.00	cash_card	\N	\N	\N	\N	PP2597341019519990	settled
3301478	504	2022-12-10 06:00:00	95.00	direct_debit	IE53BOFI90615832479396	BOFIIE2D	\N	\N	274126955950642180	settled
3330398	587	2022-12-10 06:00:00	418.61	direct_debit	IE79AIBK93768132658125	AIBKIE2D	\N	\N	996613760550360786	settled
3332321	593	2022-12-11 06:00:00	385.38	direct_debit	IE56IPBS99232749506368	IPBSIE2D	\N	\N	569870565515837570	settled
3325388	572	2022-12-11 09:37:28	346.13	cash_card	\N	\N	\N	\N	PP7824558590660825	settled
3304056	511	2022-12-12 06:00:00	80.00	direct_debit	IE94IPBS99903188749635	IPBSIE2D	\N	\N	519406347763911212	settled
3314744	542	2022-12-12 06:00:00	69.30	direct_debit	IE55ULSB98747217228689	ULSBIE2D	\N	\N	810575957538199616	settled
3320582	558	2022-12-12 12:48:25	110.00	card	\N	\N	VISA	9311	775286342614728750	settled
3302155	507	2022-12-12 15:07:09	140.00	cash_card	\N	\N	\N	\N	PP9231317708651246	settled
3326477	573	2022-12-12 18:33:36	242.08	cash_card	\N	\N	\N	\N	PP6089330962316149	settled
3348271	636	2022-12-13 12:24:41	80.00	cash_card	\N	\N	\N	\N	PP5376403440809967	settled
3300177	501	2022-12-14 17:00:14	95.00	cash_card	\N	\N	\N	\N	PP1475763304482602	settled
3304365	512	2022-12-15 06:00:00	65.00	direct_debit	IE98AIBK93172288159541	BOFIIE2D	\N	\N	721880356774617356	settled
3330084	586	2022-12-15 06:00:00	226.52	direct_debit	IE87BOFI90234713263509	BOFIIE2D	\N	\N	980095524762668331	settled
3342846	621	2022-12-15 06:00:00	107.80	direct_debit	IE96IPBS99325392895857	IPBSIE2D	\N	\N	180299318953253779	settled
3349464	639	2022-12-15 06:00:00	65.00	direct_debit	IE95AIBK93061651059187	AIBKIE2D	\N	\N	932720990154690048	settled
3304944	514	2022-12-15 12:28:09	110.00	cash_card	\N	\N	\N	\N	PP5382169586467455	settled
3335284	602	2022-12-15 18:40:14	128.90	cash_card	\N	\N	\N	\N	PP2043858810194862	settled
3356515	659	2022-12-16 06:00:00	95.00	direct_debit	IE33AIBK93988794024342	AIBKIE2D	\N	\N	271405382639925825	returned
3312122	532	2022-12-17 06:00:00	140.00	direct_debit	IE84BOFI90075582678742	BOFIIE2D	\N	\N	434336323915343378	settled
3345027	626	2022-12-17 10:30:18	110.18	cash_card	\N	\N	\N	\N	PP9995408736786476	settled
3341717	619	2022-12-17 17:48:08	140.00	cash_card	\N	\N	\N	\N	PP6478193087865897	settled
3321414	561	2022-12-18 06:00:00	95.00	direct_debit	IE42AIBK93372852451928	AIBKIE2D	\N	\N	311624061694137277	settled
3333314	596	2022-12-18 06:00:00	140.00	direct_debit	IE68BOFI90607517922172	BOFIIE2D	\N	\N	305928239155726315	settled
3357359	663	2022-12-18 06:00:00	140.00	direct_debit	IE14BOFI90212122725303	BOFIIE2D	\N	\N	026070554781108218	settled
3303343	509	2022-12-18 14:38:08	65.00	card	\N	\N	VISA	6408	586379348503425996	settled
3344074	625	2022-12-18 15:11:28	140.00	cash_card	\N	\N	\N	\N	PP6814663138274424	settled
3331528	591	2022-12-18 15:32:25	140.00	cash_card	\N	\N	\N	\N	PP8645698240624372	settled
3317233	549	2022-12-18 17:36:28	139.64	cash_card	\N	\N	\N	\N	PP3422092620451120	settled
3357040	662	2022-12-19 06:00:00	95.00	direct_debit	IE26ULSB98646690880541	ULSBIE2D	\N	\N	881819916115817964	settled
3354682	652	2022-12-19 09:05:34	95.00	card	\N	\N	MASTERCARD	3392	141444383291193121	settled
3329248	585	2022-12-19 10:14:12	65.00	cash_card	\N	\N	\N	\N	PP6930889871593272	settled
3321763	562	2022-12-19 11:15:47	95.00	cash_card	\N	\N	\N	\N	PP7160802280204555	settled
3302172	507	2022-12-19 13:55:48	140.00	cash_card	\N	\N	\N	\N	PP5459327799351456	settled
3324408	571	2022-12-19 17:06:39	110.00	cash_card	\N	\N	\N	\N	PP7172577482208519	settled
3328455	582	2022-12-20 06:00:00	65.00	direct_debit	IE45BOFI90335082541126	BOFIIE2D	\N	\N	083998471515851702	settled
3340069	616	2022-12-20 06:00:00	140.00	direct_debit	IE49ULSB98423156192281	AIBKIE2D	\N	\N	279872852863726513	settled
3351432	644	2022-12-20 06:00:00	80.00	direct_debit	IE69IPBS99708479497822	IPBSIE2D	\N	\N	752874900621358655	settled
3318167	550	2022-12-20 09:37:18	140.00	cash_card	\N	\N	\N	\N	PP0641562045060380	settled
3311594	530	2022-12-20 14:16:52	256.14	card	\N	\N	VISA	6032	635679802093296976	settled
3325397	572	2022-12-20 14:22:31	242.80	cash_card	\N	\N	\N	\N	PP4629918629611692	settled
3326492	573	2022-12-20 14:39:47	156.16	cash_card	\N	\N	\N	\N	PP9931405154566577	settled
3336158	603	2022-12-21 06:00:00	62.41	direct_debit	IE43BOFI90153991407959	BOFIIE2D	\N	\N	042004992349238936	settled
3313469	537	2022-12-21 11:14:08	95.00	card	\N	\N	MASTERCARD	7604	256031037539781175	settled
3308816	522	2022-12-22 06:00:00	140.00	direct_debit	IE40AIBK93455786322011	AIBKIE2D	\N	\N	345544037304981300	settled
3319777	555	2022-12-22 06:00:00	65.00	direct_debit	IE68ULSB98890186519407	ULSBIE2D	\N	\N	160575938186691408	settled
3322862	564	2022-12-22 06:00:00	140.00	direct_debit	IE38AIBK93384491116019	AIBKIE2D	\N	\N	038203098232311380	settled
3355753	656	2022-12-22 06:00:00	95.00	direct_debit	IE52BOFI90394058121863	BOFIIE2D	\N	\N	324862897726093152	settled
3356000	657	2022-12-22 06:00:00	65.00	direct_debit	IE13AIBK93735271400117	AIBKIE2D	\N	\N	707432704403041046	settled
3354363	651	2022-12-22 08:37:55	373.60	card	\N	\N	VISA	1950	141134449573645337	settled
3357791	664	2022-12-22 12:15:16	158.62	cash_card	\N	\N	\N	\N	PP7751118574644629	settled
3300945	502	2022-12-23 06:00:00	65.00	direct_debit	IE25BOFI90161553054438	BOFIIE2D	\N	\N	443283738141177182	settled
3339717	615	2022-12-23 06:00:00	80.00	direct_debit	IE71ULSB98343354427782	ULSBIE2D	\N	\N	227305512361417459	settled
3310458	525	2022-12-23 09:43:46	318.81	card	\N	\N	VISA	7042	986561396433343277	settled
3349843	640	2022-12-23 14:15:26	352.03	cash_card	\N	\N	\N	\N	PP0127926587952036	settled
3309456	524	2022-12-23 18:48:46	65.00	cash_card	\N	\N	\N	\N	PP2417139963787717	settled
3350933	642	2022-12-24 06:00:00	169.04	direct_debit	IE05IPBS99763371112796	IPBSIE2D	\N	\N	580424224620504420	settled
3353625	650	2022-12-24 09:41:46	347.04	cash_card	\N	\N	\N	\N	PP1746798500736853	settled
3315930	547	2022-12-24 14:55:54	325.59	cash_card	\N	\N	\N	\N	PP0590187939288984	settled
3337922	609	2022-12-24 16:09:11	240.44	cash	\N	\N	\N	\N	433896988768842731	settled
3314368	540	2022-12-25 06:00:00	95.00	direct_debit	IE54BOFI90003033228528	BOFIIE2D	\N	\N	822586382835802515	settled
3351184	643	2022-12-25 14:06:48	110.00	card	\N	\N	VISA	5441	277126330548414243	settled
3307937	521	2022-12-25 18:30:26	95.00	cash_card	\N	\N	\N	\N	PP2455715268076298	settled
3323359	566	2022-12-26 06:00:00	80.98	direct_debit	IE36ULSB98476694371448	ULSBIE2D	\N	\N	546703147628685306	settled
3352052	646	2022-12-26 11:47:56	153.26	card	\N	\N	VISA	8299	221103675181947357	settled
3347105	634	2022-12-26 13:43:33	65.00	cash_card	\N	\N	\N	\N	PP2815746677304742	settled
3329285	585	2022-12-26 13:56:19	65.00	cash_card	\N	\N	\N	\N	PP3684449992326635	settled
3321794	562	2022-12-26 14:32:22	95.00	cash_card	\N	\N	\N	\N	PP0726909654026832	settled
3307448	520	2022-12-27 06:00:00	80.00	direct_debit	IE06AIBK93438977286810	BOFIIE2D	\N	\N	353451611609096326	settled
3342616	620	2022-12-27 06:00:00	61.85	direct_debit	IE40AIBK93081368220689	AIBKIE2D	\N	\N	929735117576902584	settled
3335302	602	2022-12-27 13:28:05	70.70	cash_card	\N	\N	\N	\N	PP2124813919031499	settled
3340544	617	2022-12-27 18:28:55	140.00	cash_card	\N	\N	\N	\N	PP5010966062568972	settled
3306305	517	2022-12-28 06:00:00	395.97	direct_debit	IE60BOFI90425117793416	BOFIIE2D	\N	\N	775623597385922827	settled
3332620	594	2022-12-28 06:00:00	95.00	direct_debit	IE73ULSB98615538555150	BOFIIE2D	\N	\N	940992361715818661	settled
3336700	605	2022-12-28 06:00:00	177.81	direct_debit	IE13BOFI90020392392237	ULSBIE2D	\N	\N	734015067118397673	settled
3352394	647	2022-12-28 06:00:00	202.53	direct_debit	IE02BOFI90741695955029	BOFIIE2D	\N	\N	080115459447815656	settled
3358948	666	2022-12-28 06:00:00	80.00	direct_debit	IE34ULSB98458082223235	ULSBIE2D	\N	\N	929453481634208999	settled
3348273	636	2022-12-28 10:16:42	80.00	cash_card	\N	\N	\N	\N	PP7865042597431524	settled
3344092	625	2022-12-28 10:45:46	140.00	cash_card	\N	\N	\N	\N	PP7525803949118478	settled
3325423	572	2022-12-28 17:16:44	313.27	cash_card	\N	\N	\N	\N	PP1293808278745709	settled
3312431	533	2022-12-29 06:00:00	359.67	direct_debit	IE92AIBK93299964631488	AIBKIE2D	\N	\N	843538881069645569	settled
3327648	576	2022-12-29 06:00:00	95.00	direct_debit	IE63ULSB98871361021300	ULSBIE2D	\N	\N	251454191054025022	settled
3343479	623	2022-12-29 06:00:00	110.67	direct_debit	IE09AIBK93427157364172	AIBKIE2D	\N	\N	683946324794800363	settled
3349102	637	2022-12-29 06:00:00	80.00	direct_debit	IE74AIBK93096251328456	AIBKIE2D	\N	\N	395459482040685476	settled
3317253	549	2022-12-29 11:36:35	75.00	cash_card	\N	\N	\N	\N	PP8598533375574537	settled
3310993	527	2022-12-29 18:55:17	140.00	bank_transfer	\N	\N	\N	\N	269189283942366690	settled
3309046	523	2022-12-30 06:00:00	65.00	direct_debit	IE31AIBK93492526734850	AIBKIE2D	\N	\N	515076354633724268	settled
3310849	526	2022-12-30 18:17:15	95.00	cash	\N	\N	\N	\N	792538194265615829	settled
3334530	600	2022-12-31 06:00:00	110.00	direct_debit	IE72IPBS99514720139539	IPBSIE2D	\N	\N	231572123434605404	settled
3337646	608	2022-12-31 10:09:37	394.84	card	\N	\N	VISA	6252	757351043773977990	settled
3337283	607	2023-01-01 06:00:00	65.00	direct_debit	IE31BOFI90027424286827	BOFIIE2D	\N	\N	590604117547276776	settled
3300185	501	2023-01-02 09:28:05	95.00	cash_card	\N	\N	\N	\N	PP6433801753645261	settled
3320105	556	2023-01-02 16:23:56	95.00	cash	\N	\N	\N	\N	312731886959500190	settled
3301782	505	2023-01-02 17:12:10	95.00	card	\N	\N	MASTERCARD	0577	889296079963162591	settled
3350672	641	2023-01-03 06:00:00	80.00	direct_debit	IE76BOFI90933363746419	BOFIIE2D	\N	\N	434949515689157799	settled
3341745	619	2023-01-03 09:05:01	140.00	cash_card	\N	\N	\N	\N	PP4420472405791757	settled
3349870	640	2023-01-03 10:57:47	68.31	cash_card	\N	\N	\N	\N	PP2016340944443578	settled
3321143	560	2023-01-03 16:14:25	65.00	card	\N	\N	VISA	5952	492523385856989310	settled
3319035	551	2023-01-03 18:28:37	398.48	bank_transfer	\N	\N	\N	\N	299089825395880773	settled
3338387	610	2023-01-04 06:00:00	140.00	direct_debit	IE60BOFI90564061943559	BOFIIE2D	\N	\N	292644960694564320	settled
3306020	516	2023-01-04 08:57:00	110.00	card	\N	\N	VISA	1496	188631290740700994	settled
3304984	514	2023-01-04 15:59:22	110.00	cash_card	\N	\N	\N	\N	PP4302674647746201	settled
3328845	584	2023-01-05 06:00:00	65.00	direct_debit	IE47AIBK93168125991436	AIBKIE2D	\N	\N	331718294176553701	settled
3339037	613	2023-01-05 06:00:00	189.58	direct_debit	IE16IPBS99416770286671	IPBSIE2D	\N	\N	374376001478817890	settled
3352752	648	2023-01-05 06:00:00	300.10	direct_debit	IE81AIBK93920583329471	AIBKIE2D	\N	\N	262570465308255728	settled
3307974	521	2023-01-05 16:01:33	95.00	cash_card	\N	\N	\N	\N	PP1832562358326016	settled
3309490	524	2023-01-06 10:15:00	65.00	cash_card	\N	\N	\N	\N	PP0265518938843315	settled
3332991	595	2023-01-06 14:02:53	328.41	card	\N	\N	VISA	9405	349199734491461653	settled
3321795	562	2023-01-06 14:32:22	95.00	cash_card	\N	\N	\N	\N	PP1769306599025765	settled
3313791	538	2023-01-07 06:00:00	110.00	direct_debit	IE09ULSB98575898746889	BOFIIE2D	\N	\N	046385511018493557	settled
3334162	599	2023-01-07 08:57:41	65.00	card	\N	\N	VISA	9945	787935319931100639	settled
3345038	626	2023-01-07 09:09:56	416.44	cash_card	\N	\N	\N	\N	PP8820921442529051	settled
3324448	571	2023-01-07 11:42:46	110.00	cash_card	\N	\N	\N	\N	PP2450137355396085	settled
3302179	507	2023-01-07 12:11:12	140.00	cash_card	\N	\N	\N	\N	PP7736802030141588	settled
3331530	591	2023-01-07 13:15:13	140.00	cash_card	\N	\N	\N	\N	PP2840345435416911	settled
3318197	550	2023-01-08 09:12:49	140.00	cash_card	\N	\N	\N	\N	PP9946968246172989	settled
3315945	547	2023-01-08 13:04:29	169.53	cash_card	\N	\N	\N	\N	PP1193309578088197	settled
3320383	557	2023-01-08 20:42:58	95.00	card	\N	\N	VISA	6512	501821626869908316	settled
3357811	664	2023-01-09 14:21:15	266.86	cash_card	\N	\N	\N	\N	PP0221813733529463	settled
3344103	625	2023-01-09 16:07:31	140.00	cash_card	\N	\N	\N	\N	PP3037527405090849	settled
3326522	573	2023-01-09 16:15:14	233.09	cash_card	\N	\N	\N	\N	PP1526444934162417	settled
3325441	572	2023-01-09 16:48:21	104.94	cash_card	\N	\N	\N	\N	PP3070728599502235	settled
3330422	587	2023-01-10 06:00:00	246.02	direct_debit	IE79AIBK93768132658125	AIBKIE2D	\N	\N	736692634071984812	settled
3347131	634	2023-01-10 12:47:23	65.00	cash_card	\N	\N	\N	\N	PP7535026140378619	settled
3332350	593	2023-01-11 06:00:00	66.47	direct_debit	IE56IPBS99232749506368	IPBSIE2D	\N	\N	011689906688293815	returned
3341445	618	2023-01-11 06:00:00	140.00	direct_debit	IE59ULSB98300060622959	ULSBIE2D	\N	\N	110309396202863327	settled
3335331	602	2023-01-11 09:41:49	158.58	cash_card	\N	\N	\N	\N	PP8094762936102143	settled
3333652	597	2023-01-11 10:50:57	220.70	bank_transfer	\N	\N	\N	\N	786112008913562051	settled
3320603	558	2023-01-11 23:45:47	110.00	card	\N	\N	MASTERCARD	6242	333150911483285330	settled
3303061	508	2023-01-12 06:00:00	65.00	direct_debit	IE69BOFI90617460435249	BOFIIE2D	\N	\N	931764520478363100	settled
3314769	542	2023-01-12 06:00:00	302.58	direct_debit	IE55ULSB98747217228689	ULSBIE2D	\N	\N	011754416696727739	settled
3329296	585	2023-01-13 11:49:29	65.00	cash_card	\N	\N	\N	\N	PP4793651920668614	settled
3340546	617	2023-01-13 12:36:23	140.00	cash_card	\N	\N	\N	\N	PP2623052286699611	settled
3348282	636	2023-01-13 13:48:50	80.00	cash_card	\N	\N	\N	\N	PP9714593071714467	settled
3334770	601	2023-01-14 06:00:00	80.00	direct_debit	IE54AIBK93360678607071	IPBSIE2D	\N	\N	243462629415954340	settled
3342886	621	2023-01-14 06:00:00	182.98	direct_debit	IE96IPBS99325392895857	IPBSIE2D	\N	\N	832946139269550482	settled
3353631	650	2023-01-14 13:11:10	373.03	cash_card	\N	\N	\N	\N	PP2168514527259640	settled
3327373	575	2023-01-14 13:55:26	140.00	cash	\N	\N	\N	\N	213220035528841305	settled
3302203	507	2023-01-14 15:56:29	140.00	cash_card	\N	\N	\N	\N	PP1822139372479310	settled
3304376	512	2023-01-15 06:00:00	65.00	direct_debit	IE98AIBK93172288159541	BOFIIE2D	\N	\N	920330152814488136	settled
3330100	586	2023-01-15 06:00:00	113.85	direct_debit	IE87BOFI90234713263509	BOFIIE2D	\N	\N	133283190630641346	settled
3349500	639	2023-01-15 06:00:00	65.00	direct_debit	IE95AIBK93061651059187	AIBKIE2D	\N	\N	790165874428530608	settled
3351763	645	2023-01-15 06:00:00	65.00	direct_debit	IE27IPBS99107528446782	IPBSIE2D	\N	\N	679586560388376053	settled
3331542	591	2023-01-15 10:57:44	140.00	cash_card	\N	\N	\N	\N	PP4849703665316755	settled
3309525	524	2023-01-15 12:52:32	65.00	cash_card	\N	\N	\N	\N	PP4950749128773465	settled
3314608	541	2023-01-16 06:00:00	65.00	direct_debit	IE51ULSB98367863506897	ULSBIE2D	\N	\N	341941057371265113	settled
3356518	659	2023-01-16 06:00:00	95.00	direct_debit	IE33AIBK93988794024342	AIBKIE2D	\N	\N	341356026490706206	settled
3321825	562	2023-01-16 10:38:40	95.00	cash_card	\N	\N	\N	\N	PP2279654276652734	settled
3312140	532	2023-01-17 06:00:00	140.00	direct_debit	IE84BOFI90075582678742	BOFIIE2D	\N	\N	383025531138752662	settled
3319404	553	2023-01-17 06:00:00	177.97	direct_debit	IE76BOFI90831073257876	BOFIIE2D	\N	\N	100345404160140636	settled
3356787	661	2023-01-17 06:00:00	110.00	direct_debit	IE48IPBS99024389650180	IPBSIE2D	\N	\N	430384533063868792	settled
3359193	667	2023-01-17 06:00:00	95.00	direct_debit	IE55BOFI90172380292353	BOFIIE2D	\N	\N	916787712903053003	settled
3315637	546	2023-01-17 09:55:52	65.00	card	\N	\N	VISA	2980	037042536759934193	settled
3305728	515	2023-01-18 06:00:00	80.00	direct_debit	IE75AIBK93367180140624	AIBKIE2D	\N	\N	423707934446902829	settled
3328072	579	2023-01-18 06:00:00	140.00	direct_debit	IE61BOFI90170219654784	BOFIIE2D	\N	\N	823000461299564392	settled
3357371	663	2023-01-18 06:00:00	140.00	direct_debit	IE14BOFI90212122725303	BOFIIE2D	\N	\N	046824052315277707	settled
3359761	670	2023-01-18 06:00:00	219.87	direct_debit	IE58BOFI90783120738907	BOFIIE2D	\N	\N	071080168724442185	settled
3357837	664	2023-01-18 13:02:27	313.81	cash_card	\N	\N	\N	\N	PP3758965519472629	settled
3344130	625	2023-01-18 16:41:25	140.00	cash_card	\N	\N	\N	\N	PP2424204211103325	settled
3303368	509	2023-01-18 17:20:35	65.00	card	\N	\N	VISA	9843	093089434297695658	settled
3354718	652	2023-01-18 23:16:23	95.00	card	\N	\N	VISA	7384	731546924481260679	settled
3328484	582	2023-01-19 06:00:00	65.00	direct_debit	IE45BOFI90335082541126	BOFIIE2D	\N	\N	199784527834650539	settled
3330941	589	2023-01-19 06:00:00	65.00	direct_debit	IE54BOFI90151223680862	BOFIIE2D	\N	\N	335883101157646795	settled
3331175	590	2023-01-19 06:00:00	391.65	direct_debit	IE82AIBK93110885624416	AIBKIE2D	\N	\N	973860625373618148	settled
3351456	644	2023-01-19 06:00:00	80.00	direct_debit	IE69IPBS99708479497822	IPBSIE2D	\N	\N	925549800482556333	settled
3357052	662	2023-01-19 06:00:00	95.00	direct_debit	IE26ULSB98646690880541	ULSBIE2D	\N	\N	136588469074754790	settled
3317289	549	2023-01-19 14:17:07	216.69	cash_card	\N	\N	\N	\N	PP4185525552144150	settled
3313980	539	2023-01-20 06:00:00	65.00	direct_debit	IE41BOFI90507511924668	BOFIIE2D	\N	\N	590840000985833993	settled
3323154	565	2023-01-20 06:00:00	65.00	direct_debit	IE39BOFI90303846016809	BOFIIE2D	\N	\N	698442504795349209	settled
3340072	616	2023-01-20 06:00:00	140.00	direct_debit	IE49ULSB98423156192281	AIBKIE2D	\N	\N	155602823611464710	settled
3346058	629	2023-01-20 06:00:00	80.00	direct_debit	IE45IPBS99461185174702	ULSBIE2D	\N	\N	510771746232242026	settled
3318228	550	2023-01-20 09:21:11	140.00	cash_card	\N	\N	\N	\N	PP6107120523017346	settled
3326562	573	2023-01-20 11:12:16	107.20	cash_card	\N	\N	\N	\N	PP0822340674738052	settled
3324461	571	2023-01-20 12:41:33	110.00	cash_card	\N	\N	\N	\N	PP2399173323659593	settled
3341777	619	2023-01-20 13:47:38	140.00	cash_card	\N	\N	\N	\N	PP3306658964941372	settled
3349888	640	2023-01-20 16:22:39	106.34	cash_card	\N	\N	\N	\N	PP4330534795214730	settled
3303704	510	2023-01-21 06:00:00	95.00	direct_debit	IE81IPBS99219757119793	AIBKIE2D	\N	\N	074645415723847741	settled
3311268	528	2023-01-21 06:00:00	110.00	direct_debit	IE03BOFI90770731165413	BOFIIE2D	\N	\N	402713091850521411	settled
3322878	564	2023-01-21 06:00:00	140.00	direct_debit	IE38AIBK93384491116019	AIBKIE2D	\N	\N	669263803098857089	settled
3347939	635	2023-01-21 06:00:00	110.00	direct_debit	IE75AIBK93783422122759	AIBKIE2D	\N	\N	432989451929120918	settled
3340568	617	2023-01-21 14:27:07	140.00	cash_card	\N	\N	\N	\N	PP1499974219138427	settled
3354389	651	2023-01-21 18:27:36	197.14	card	\N	\N	MASTERCARD	7309	020142535022197770	settled
3356196	658	2023-01-21 21:15:04	110.00	card	\N	\N	VISA	6980	762044893109499852	settled
3300960	502	2023-01-22 06:00:00	65.00	direct_debit	IE25BOFI90161553054438	BOFIIE2D	\N	\N	322056101236795907	settled
3310459	525	2023-01-22 09:11:31	212.12	card	\N	\N	MASTERCARD	5876	307192843229897366	settled
3300216	501	2023-01-22 10:42:11	95.00	cash_card	\N	\N	\N	\N	PP6734393489930574	settled
3307998	521	2023-01-22 16:49:04	95.00	cash_card	\N	\N	\N	\N	PP9158990532625742	settled
3346463	632	2023-01-22 19:32:07	80.00	card	\N	\N	VISA	1368	784503192399597694	settled
3311850	531	2023-01-23 06:00:00	110.00	direct_debit	IE41BOFI90027589851679	BOFIIE2D	\N	\N	253250954421842628	settled
3339748	615	2023-01-23 06:00:00	80.00	direct_debit	IE71ULSB98343354427782	ULSBIE2D	\N	\N	540700786470676310	settled
3350941	642	2023-01-24 06:00:00	160.93	direct_debit	IE05IPBS99763371112796	IPBSIE2D	\N	\N	066566761773425131	settled
3353103	649	2023-01-24 06:00:00	65.00	direct_debit	IE33ULSB98968453789633	ULSBIE2D	\N	\N	161245444731412754	settled
3358641	665	2023-01-24 06:00:00	95.00	direct_debit	IE02BOFI90443684003703	AIBKIE2D	\N	\N	637308211196142607	settled
3302219	507	2023-01-24 11:15:51	140.00	cash_card	\N	\N	\N	\N	PP8010365953023234	settled
3304995	514	2023-01-24 11:40:10	110.00	cash_card	\N	\N	\N	\N	PP4497446364432899	settled
3346701	633	2023-01-24 15:45:48	140.00	cash	\N	\N	\N	\N	618197156029349196	settled
3337956	609	2023-01-24 18:51:03	377.08	cash	\N	\N	\N	\N	584623310115698928	settled
3343247	622	2023-01-25 10:06:08	225.64	card	\N	\N	VISA	2442	934803284275631524	settled
3335359	602	2023-01-25 17:09:02	249.88	cash_card	\N	\N	\N	\N	PP1943629360559018	settled
3316850	548	2023-01-25 18:24:28	320.12	bank_transfer	\N	\N	\N	\N	388000050966059413	settled
3345041	626	2023-01-25 18:30:31	250.20	cash_card	\N	\N	\N	\N	PP2711205249464716	settled
3325444	572	2023-01-25 18:48:28	193.94	cash_card	\N	\N	\N	\N	PP9646850577998266	settled
3352083	646	2023-01-25 22:11:46	206.56	card	\N	\N	VISA	5251	722493873490982797	settled
3315295	544	2023-01-26 06:00:00	80.00	direct_debit	IE58BOFI90639322210766	BOFIIE2D	\N	\N	954858187889497512	settled
3330566	588	2023-01-27 06:00:00	410.51	direct_debit	IE61BOFI90645892229553	BOFIIE2D	\N	\N	586969900728156381	settled
3332633	594	2023-01-27 06:00:00	95.00	direct_debit	IE73ULSB98615538555150	BOFIIE2D	\N	\N	425491964527265454	settled
3336740	605	2023-01-27 06:00:00	158.32	direct_debit	IE13BOFI90020392392237	ULSBIE2D	\N	\N	585894214600729873	settled
3342621	620	2023-01-27 06:00:00	356.70	direct_debit	IE40AIBK93081368220689	AIBKIE2D	\N	\N	898446417318903877	settled
3352402	647	2023-01-27 06:00:00	113.74	direct_debit	IE02BOFI90741695955029	BOFIIE2D	\N	\N	162422603439506303	settled
3348288	636	2023-01-27 13:40:08	80.00	cash_card	\N	\N	\N	\N	PP1074834576544515	settled
3315956	547	2023-01-27 15:40:55	321.03	cash_card	\N	\N	\N	\N	PP0055133443337545	settled
3323955	570	2023-01-28 06:00:00	129.08	direct_debit	IE81ULSB98503639475383	ULSBIE2D	\N	\N	702625431725536069	settled
3327684	576	2023-01-28 06:00:00	95.00	direct_debit	IE63ULSB98871361021300	ULSBIE2D	\N	\N	549501631071737248	settled
3343502	623	2023-01-28 06:00:00	222.51	direct_debit	IE09AIBK93427157364172	AIBKIE2D	\N	\N	199826327387322711	returned
3311014	527	2023-01-28 09:41:20	140.00	bank_transfer	\N	\N	\N	\N	229815156317599263	settled
3359460	668	2023-01-28 12:00:46	140.00	bank_transfer	\N	\N	\N	\N	080544356916012111	settled
3347140	634	2023-01-28 12:15:49	65.00	cash_card	\N	\N	\N	\N	PP3789117482299734	settled
3353640	650	2023-01-28 17:01:21	370.88	cash_card	\N	\N	\N	\N	PP4121456743688705	settled
3304620	513	2023-01-29 06:00:00	65.00	direct_debit	IE23AIBK93423586982973	AIBKIE2D	\N	\N	766797655909065916	settled
3307073	519	2023-01-29 06:00:00	222.24	direct_debit	IE28BOFI90744093772542	BOFIIE2D	\N	\N	832947343348607196	settled
3312452	533	2023-01-29 06:00:00	223.43	direct_debit	IE92AIBK93299964631488	AIBKIE2D	\N	\N	415610661459961841	settled
3314993	543	2023-01-29 08:24:46	110.00	card	\N	\N	VISA	5585	266722823870133473	settled
3309084	523	2023-01-30 06:00:00	65.00	direct_debit	IE31AIBK93492526734850	AIBKIE2D	\N	\N	035420769689441469	settled
3318244	550	2023-01-30 10:57:48	140.00	cash_card	\N	\N	\N	\N	PP8234139642079732	settled
3300223	501	2023-01-30 12:10:06	95.00	cash_card	\N	\N	\N	\N	PP5426885702629187	settled
3339415	614	2023-01-31 06:00:00	170.74	direct_debit	IE41IPBS99586885385200	IPBSIE2D	\N	\N	997358234975637343	settled
3317305	549	2023-01-31 09:36:46	111.45	cash_card	\N	\N	\N	\N	PP9614978413522704	settled
3357847	664	2023-01-31 10:04:06	98.99	cash_card	\N	\N	\N	\N	PP2424112369165364	settled
3329330	585	2023-01-31 15:05:50	65.00	cash_card	\N	\N	\N	\N	PP9591298428135316	settled
3350702	641	2023-02-02 06:00:00	80.00	direct_debit	IE76BOFI90933363746419	BOFIIE2D	\N	\N	196303521860146703	settled
3321144	560	2023-02-02 10:04:40	65.00	card	\N	\N	MASTERCARD	8669	326660279759594127	settled
3301804	505	2023-02-02 19:34:20	95.00	card	\N	\N	VISA	7168	533203839153602344	settled
3336990	606	2023-02-03 06:00:00	64.49	direct_debit	IE65AIBK93785586206907	AIBKIE2D	\N	\N	893733643135794294	settled
3321859	562	2023-02-03 09:25:26	95.00	cash_card	\N	\N	\N	\N	PP5195067714026211	settled
3309554	524	2023-02-03 10:20:07	65.00	cash_card	\N	\N	\N	\N	PP2146956464437149	settled
3348313	636	2023-02-03 11:02:31	80.00	cash_card	\N	\N	\N	\N	PP4540514553168373	settled
3335397	602	2023-02-03 13:29:50	189.91	cash_card	\N	\N	\N	\N	PP4177369451939007	settled
3319051	551	2023-02-03 16:51:07	196.22	bank_transfer	\N	\N	\N	\N	657467765998488537	settled
3331548	591	2023-02-03 17:12:03	140.00	cash_card	\N	\N	\N	\N	PP6275482972706894	settled
3320896	559	2023-02-04 06:00:00	65.00	direct_debit	IE19AIBK93680511488810	AIBKIE2D	\N	\N	769185145730290109	settled
3339063	613	2023-02-04 06:00:00	108.76	direct_debit	IE16IPBS99416770286671	IPBSIE2D	\N	\N	820454616357229298	settled
3352790	648	2023-02-04 06:00:00	316.62	direct_debit	IE81AIBK93920583329471	AIBKIE2D	\N	\N	228561704453443508	settled
3340607	617	2023-02-04 15:54:08	140.00	cash_card	\N	\N	\N	\N	PP7683681663148490	settled
3306042	516	2023-02-04 18:15:14	110.00	card	\N	\N	VISA	4579	330646517541232950	settled
3336398	604	2023-02-05 06:00:00	80.00	direct_debit	IE51IPBS99731081584740	IPBSIE2D	\N	\N	698815143927309528	settled
3353648	650	2023-02-05 09:47:59	406.67	cash_card	\N	\N	\N	\N	PP0230924397761028	settled
3305008	514	2023-02-05 12:29:47	110.00	cash_card	\N	\N	\N	\N	PP3546801385797503	settled
3345050	626	2023-02-05 13:01:38	407.84	cash_card	\N	\N	\N	\N	PP2144560959852426	settled
3324493	571	2023-02-05 13:03:33	110.00	cash_card	\N	\N	\N	\N	PP8568646118085406	settled
3341785	619	2023-02-05 16:01:48	140.00	cash_card	\N	\N	\N	\N	PP1176753663438443	settled
3306678	518	2023-02-06 06:00:00	140.00	direct_debit	IE02AIBK93926582320434	AIBKIE2D	\N	\N	754758887786121701	settled
3313078	536	2023-02-06 06:00:00	95.00	direct_debit	IE13ULSB98692744462496	ULSBIE2D	\N	\N	220455390832395183	settled
3301486	504	2023-02-07 06:00:00	95.00	direct_debit	IE53BOFI90615832479396	BOFIIE2D	\N	\N	273425292392912815	settled
3325455	572	2023-02-07 18:35:44	266.47	cash_card	\N	\N	\N	\N	PP8504029045565295	settled
3344163	625	2023-02-08 11:29:45	140.00	cash_card	\N	\N	\N	\N	PP9884181921811714	settled
3326591	573	2023-02-08 12:00:56	154.14	cash_card	\N	\N	\N	\N	PP1589570725072427	settled
3308033	521	2023-02-08 12:06:55	95.00	cash_card	\N	\N	\N	\N	PP2140355315639823	settled
3333667	597	2023-02-10 11:33:24	78.45	bank_transfer	\N	\N	\N	\N	797579735823229242	settled
3349906	640	2023-02-10 13:49:26	390.40	cash_card	\N	\N	\N	\N	PP0941967246582330	settled
3329332	585	2023-02-10 15:37:11	65.00	cash_card	\N	\N	\N	\N	PP3614332677366478	settled
3304093	511	2023-02-11 06:00:00	80.00	direct_debit	IE94IPBS99903188749635	IPBSIE2D	\N	\N	094153134749603033	settled
3340637	617	2023-02-11 09:53:24	140.00	cash_card	\N	\N	\N	\N	PP2097739421423308	settled
3303063	508	2023-02-12 06:00:00	65.00	direct_debit	IE69BOFI90617460435249	BOFIIE2D	\N	\N	238170117866444886	settled
3357874	664	2023-02-12 10:32:28	190.06	cash_card	\N	\N	\N	\N	PP0429334891661117	settled
3302226	507	2023-02-12 12:09:20	140.00	cash_card	\N	\N	\N	\N	PP3254524242014967	settled
3318275	550	2023-02-12 16:25:43	140.00	cash_card	\N	\N	\N	\N	PP4298270073081642	settled
3334776	601	2023-02-13 06:00:00	80.00	direct_debit	IE54AIBK93360678607071	IPBSIE2D	\N	\N	205309656321897813	settled
3327392	575	2023-02-13 13:34:17	140.00	cash	\N	\N	\N	\N	186585144501438342	settled
3349538	639	2023-02-14 06:00:00	65.00	direct_debit	IE95AIBK93061651059187	AIBKIE2D	\N	\N	417761430197029360	settled
3351781	645	2023-02-14 06:00:00	65.00	direct_debit	IE27IPBS99107528446782	IPBSIE2D	\N	\N	448962154283862393	settled
3324521	571	2023-02-14 09:12:27	110.00	cash_card	\N	\N	\N	\N	PP9140798553998523	settled
3314609	541	2023-02-15 06:00:00	65.00	direct_debit	IE51ULSB98367863506897	ULSBIE2D	\N	\N	577853856450062841	settled
3321454	561	2023-02-15 06:00:00	95.00	direct_debit	IE42AIBK93372852451928	AIBKIE2D	\N	\N	338519629565449760	settled
3333322	596	2023-02-15 06:00:00	140.00	direct_debit	IE68BOFI90607517922172	BOFIIE2D	\N	\N	240817969059634545	settled
3321896	562	2023-02-15 10:27:43	95.00	cash_card	\N	\N	\N	\N	PP6713287632916117	settled
3348341	636	2023-02-15 13:30:04	80.00	cash_card	\N	\N	\N	\N	PP8005614547375719	settled
3347168	634	2023-02-15 14:18:35	65.00	cash_card	\N	\N	\N	\N	PP8284117875957549	settled
3353683	650	2023-02-15 15:06:14	329.15	cash_card	\N	\N	\N	\N	PP5168598964085748	settled
3315989	547	2023-02-15 17:41:57	236.82	cash_card	\N	\N	\N	\N	PP8045118156640508	settled
3359207	667	2023-02-16 06:00:00	95.00	direct_debit	IE55BOFI90172380292353	BOFIIE2D	\N	\N	703923334648973518	settled
3308060	521	2023-02-16 11:03:56	95.00	cash_card	\N	\N	\N	\N	PP4669643462413691	settled
3345072	626	2023-02-16 11:13:55	412.37	cash_card	\N	\N	\N	\N	PP9541670626467339	settled
3305044	514	2023-02-16 14:27:48	110.00	cash_card	\N	\N	\N	\N	PP9227622747407662	settled
3305755	515	2023-02-17 06:00:00	80.00	direct_debit	IE75AIBK93367180140624	AIBKIE2D	\N	\N	820226075731160703	settled
3328091	579	2023-02-17 06:00:00	140.00	direct_debit	IE61BOFI90170219654784	BOFIIE2D	\N	\N	331353707237818561	settled
3303395	509	2023-02-17 14:32:58	65.00	card	\N	\N	MASTERCARD	2819	622342236883517793	settled
3331214	590	2023-02-18 06:00:00	209.73	direct_debit	IE82AIBK93110885624416	AIBKIE2D	\N	\N	720558307613151964	settled
3351464	644	2023-02-18 06:00:00	80.00	direct_debit	IE69IPBS99708479497822	IPBSIE2D	\N	\N	766909711043679407	settled
3357383	663	2023-02-18 06:00:00	140.00	direct_debit	IE14BOFI90212122725303	BOFIIE2D	\N	\N	273742380004081315	settled
3359774	670	2023-02-18 06:00:00	184.39	direct_debit	IE58BOFI90783120738907	BOFIIE2D	\N	\N	851493110595192496	settled
3300256	501	2023-02-18 18:53:40	95.00	cash_card	\N	\N	\N	\N	PP3544971423136936	settled
3313491	537	2023-02-18 19:51:40	95.00	card	\N	\N	VISA	7272	701108673588365238	settled
3314007	539	2023-02-19 06:00:00	65.00	direct_debit	IE41BOFI90507511924668	BOFIIE2D	\N	\N	297359313205226379	settled
3323162	565	2023-02-19 06:00:00	65.00	direct_debit	IE39BOFI90303846016809	BOFIIE2D	\N	\N	235958202531970046	settled
3328496	582	2023-02-19 06:00:00	65.00	direct_debit	IE45BOFI90335082541126	BOFIIE2D	\N	\N	485665629064206959	settled
3356002	657	2023-02-19 06:00:00	65.00	direct_debit	IE13AIBK93735271400117	AIBKIE2D	\N	\N	615452915318557405	settled
3357057	662	2023-02-19 06:00:00	95.00	direct_debit	IE26ULSB98646690880541	ULSBIE2D	\N	\N	574610597852114221	settled
3309557	524	2023-02-19 13:03:00	65.00	cash_card	\N	\N	\N	\N	PP5170333784583520	settled
3311597	530	2023-02-19 14:41:08	238.52	card	\N	\N	VISA	9814	149474751618793419	settled
3302236	507	2023-02-19 16:23:49	140.00	cash_card	\N	\N	\N	\N	PP3647630369691506	settled
3329365	585	2023-02-19 17:21:06	65.00	cash_card	\N	\N	\N	\N	PP4090926879813165	settled
3311294	528	2023-02-20 06:00:00	110.00	direct_debit	IE03BOFI90770731165413	BOFIIE2D	\N	\N	455622565658809167	settled
3336160	603	2023-02-20 06:00:00	216.97	direct_debit	IE43BOFI90153991407959	BOFIIE2D	\N	\N	353412538761626164	settled
3356224	658	2023-02-20 09:45:17	110.00	card	\N	\N	VISA	8738	066238605863583952	settled
3308847	522	2023-02-21 06:00:00	140.00	direct_debit	IE40AIBK93455786322011	AIBKIE2D	\N	\N	369711978058218262	settled
3319813	555	2023-02-21 06:00:00	65.00	direct_debit	IE68ULSB98890186519407	ULSBIE2D	\N	\N	742127074877939950	settled
3355778	656	2023-02-21 06:00:00	95.00	direct_debit	IE52BOFI90394058121863	BOFIIE2D	\N	\N	092690561961408888	settled
3317321	549	2023-02-21 09:47:00	303.19	cash_card	\N	\N	\N	\N	PP4285138162069408	settled
3335431	602	2023-02-21 11:04:02	383.08	cash_card	\N	\N	\N	\N	PP2138859756500492	settled
3300988	502	2023-02-22 06:00:00	65.00	direct_debit	IE25BOFI90161553054438	BOFIIE2D	\N	\N	021072564643085176	settled
3351206	643	2023-02-22 08:11:05	110.00	card	\N	\N	MASTERCARD	2242	988454174440737133	settled
3310492	525	2023-02-22 09:42:56	412.66	card	\N	\N	VISA	9279	185521644617219299	settled
3350944	642	2023-02-23 06:00:00	69.47	direct_debit	IE05IPBS99763371112796	IPBSIE2D	\N	\N	726874214700929208	settled
3340643	617	2023-02-23 09:16:50	140.00	cash_card	\N	\N	\N	\N	PP0284856637984234	settled
3349928	640	2023-02-23 09:28:17	160.60	cash_card	\N	\N	\N	\N	PP0877172071839548	settled
3308069	521	2023-02-23 15:36:52	95.00	cash_card	\N	\N	\N	\N	PP0878520692056889	settled
3307463	520	2023-02-24 06:00:00	80.00	direct_debit	IE06AIBK93438977286810	BOFIIE2D	\N	\N	656569874685356020	settled
3314388	540	2023-02-24 06:00:00	95.00	direct_debit	IE54BOFI90003033228528	BOFIIE2D	\N	\N	507639264779929328	settled
3316854	548	2023-02-24 12:05:32	351.34	bank_transfer	\N	\N	\N	\N	565400651054352637	settled
3341797	619	2023-02-24 14:25:46	140.00	cash_card	\N	\N	\N	\N	PP5394782416151095	settled
3331565	591	2023-02-24 17:48:21	140.00	cash_card	\N	\N	\N	\N	PP2834727290274950	settled
3357890	664	2023-02-24 18:17:04	357.66	cash_card	\N	\N	\N	\N	PP7816264999019257	settled
3346703	633	2023-02-24 18:55:26	140.00	cash	\N	\N	\N	\N	372606872343222955	settled
3323393	566	2023-02-25 06:00:00	128.32	direct_debit	IE36ULSB98476694371448	ULSBIE2D	\N	\N	645858099728744545	settled
3352095	646	2023-02-25 13:14:59	105.77	card	\N	\N	MASTERCARD	4571	116209336483715075	settled
3344184	625	2023-02-25 13:32:44	140.00	cash_card	\N	\N	\N	\N	PP9513812808312249	settled
3325464	572	2023-02-25 17:45:18	239.34	cash_card	\N	\N	\N	\N	PP3299856129460507	settled
3336747	605	2023-02-26 06:00:00	300.86	direct_debit	IE13BOFI90020392392237	ULSBIE2D	\N	\N	321202865795377325	settled
3349106	637	2023-02-26 06:00:00	80.00	direct_debit	IE74AIBK93096251328456	AIBKIE2D	\N	\N	751858935122222893	settled
3352409	647	2023-02-26 06:00:00	220.91	direct_debit	IE02BOFI90741695955029	BOFIIE2D	\N	\N	568069773152955314	settled
3309588	524	2023-02-26 13:45:06	65.00	cash_card	\N	\N	\N	\N	PP3701444850617573	settled
3306330	517	2023-02-27 06:00:00	377.47	direct_debit	IE60BOFI90425117793416	BOFIIE2D	\N	\N	087900732896651721	settled
3358966	666	2023-02-27 06:00:00	80.00	direct_debit	IE34ULSB98458082223235	ULSBIE2D	\N	\N	272322076291346371	settled
3318290	550	2023-02-27 12:31:10	140.00	cash_card	\N	\N	\N	\N	PP8182434581105569	settled
3329390	585	2023-02-27 12:50:04	65.00	cash_card	\N	\N	\N	\N	PP1434799223330023	settled
3334542	600	2023-02-28 06:00:00	110.00	direct_debit	IE72IPBS99514720139539	IPBSIE2D	\N	\N	201492120504804459	settled
3343503	623	2023-02-28 06:00:00	398.85	direct_debit	IE09AIBK93427157364172	AIBKIE2D	\N	\N	438811493230817290	settled
3348344	636	2023-02-28 13:02:18	80.00	cash_card	\N	\N	\N	\N	PP8140215603463409	settled
3326603	573	2023-02-28 14:52:08	233.29	cash_card	\N	\N	\N	\N	PP0309031118370951	settled
3304658	513	2023-03-01 06:00:00	65.00	direct_debit	IE23AIBK93423586982973	AIBKIE2D	\N	\N	657928943931670511	settled
3310879	526	2023-03-01 12:10:27	95.00	cash	\N	\N	\N	\N	866815921829129418	settled
3335461	602	2023-03-01 18:11:36	186.57	cash_card	\N	\N	\N	\N	PP2583005789720424	settled
3315023	543	2023-03-01 18:17:47	110.00	card	\N	\N	MASTERCARD	8630	922529750587254093	settled
3339420	614	2023-03-02 06:00:00	199.16	direct_debit	IE41IPBS99586885385200	IPBSIE2D	\N	\N	461541366306757936	settled
3347205	634	2023-03-02 11:56:46	65.00	cash_card	\N	\N	\N	\N	PP7978090460635710	settled
3305047	514	2023-03-02 15:18:57	110.00	cash_card	\N	\N	\N	\N	PP1046177110532417	settled
3337659	608	2023-03-02 17:16:19	334.63	card	\N	\N	VISA	9301	496216026479277529	settled
3337322	607	2023-03-03 06:00:00	65.00	direct_debit	IE31BOFI90027424286827	BOFIIE2D	\N	\N	571526988487917629	settled
3324545	571	2023-03-03 12:14:25	110.00	cash_card	\N	\N	\N	\N	PP8666712582186272	settled
3316018	547	2023-03-03 12:15:47	406.79	cash_card	\N	\N	\N	\N	PP5289174944723698	settled
3302242	507	2023-03-03 17:59:00	140.00	cash_card	\N	\N	\N	\N	PP8860105309942251	settled
3338391	610	2023-03-04 06:00:00	140.00	direct_debit	IE60BOFI90564061943559	BOFIIE2D	\N	\N	924069189123274103	settled
3320107	556	2023-03-04 11:31:28	95.00	cash	\N	\N	\N	\N	230312356673744801	settled
3319081	551	2023-03-05 10:15:18	329.93	bank_transfer	\N	\N	\N	\N	193161373075047749	settled
3321146	560	2023-03-05 12:27:48	65.00	card	\N	\N	VISA	8005	596217069918349031	settled
3308107	521	2023-03-05 17:05:07	95.00	cash_card	\N	\N	\N	\N	PP2274526870451546	settled
3339081	613	2023-03-06 06:00:00	354.20	direct_debit	IE16IPBS99416770286671	IPBSIE2D	\N	\N	228667246335414276	settled
3353688	650	2023-03-06 09:12:27	362.32	cash_card	\N	\N	\N	\N	PP7711008442355482	settled
3349951	640	2023-03-06 09:33:32	291.04	cash_card	\N	\N	\N	\N	PP1058657369039870	settled
3329393	585	2023-03-06 12:35:45	65.00	cash_card	\N	\N	\N	\N	PP9103549036569923	settled
3325501	572	2023-03-06 12:58:11	314.62	cash_card	\N	\N	\N	\N	PP4026300635103494	settled
3318328	550	2023-03-06 14:37:52	140.00	cash_card	\N	\N	\N	\N	PP9166556615893797	settled
3300259	501	2023-03-06 14:59:05	95.00	cash_card	\N	\N	\N	\N	PP2491808680095196	settled
3345089	626	2023-03-06 16:34:47	400.21	cash_card	\N	\N	\N	\N	PP8823308359028860	settled
3317333	549	2023-03-06 17:10:07	73.03	cash_card	\N	\N	\N	\N	PP6612746442076623	settled
3313801	538	2023-03-07 06:00:00	110.00	direct_debit	IE09ULSB98575898746889	BOFIIE2D	\N	\N	852106063331290684	settled
3328877	584	2023-03-07 06:00:00	65.00	direct_debit	IE47AIBK93168125991436	AIBKIE2D	\N	\N	795367212640313138	settled
3336438	604	2023-03-07 06:00:00	80.00	direct_debit	IE51IPBS99731081584740	IPBSIE2D	\N	\N	158253497805438531	settled
3334185	599	2023-03-07 16:00:30	65.00	card	\N	\N	VISA	9101	686564177618284067	settled
3321929	562	2023-03-07 17:48:13	95.00	cash_card	\N	\N	\N	\N	PP2284303047252660	settled
3306058	516	2023-03-07 18:47:37	110.00	card	\N	\N	MASTERCARD	4979	172429756593747744	settled
3309621	524	2023-03-08 10:32:09	65.00	cash_card	\N	\N	\N	\N	PP6915525405557423	settled
3333027	595	2023-03-08 20:47:14	96.97	card	\N	\N	VISA	3214	142473531028502670	settled
3313106	536	2023-03-09 06:00:00	95.00	direct_debit	IE13ULSB98692744462496	ULSBIE2D	\N	\N	108474273350957216	settled
3335500	602	2023-03-09 10:35:38	75.33	cash_card	\N	\N	\N	\N	PP4200913662013314	settled
3330453	587	2023-03-10 06:00:00	226.97	direct_debit	IE79AIBK93768132658125	AIBKIE2D	\N	\N	353627722246669301	returned
3347228	634	2023-03-10 11:59:09	65.00	cash_card	\N	\N	\N	\N	PP5548203871475729	settled
3357910	664	2023-03-10 12:58:33	110.68	cash_card	\N	\N	\N	\N	PP4158886515199091	settled
3320387	557	2023-03-10 19:27:08	95.00	card	\N	\N	VISA	2093	336975515734254950	settled
3341462	618	2023-03-11 06:00:00	140.00	direct_debit	IE59ULSB98300060622959	ULSBIE2D	\N	\N	994696355402570122	settled
3344198	625	2023-03-11 13:33:19	140.00	cash_card	\N	\N	\N	\N	PP9259711475870302	settled
3324578	571	2023-03-11 13:47:18	110.00	cash_card	\N	\N	\N	\N	PP1237978779877843	settled
3320637	558	2023-03-11 15:52:14	110.00	card	\N	\N	MASTERCARD	4178	757132824460553138	settled
3302279	507	2023-03-11 17:29:27	140.00	cash_card	\N	\N	\N	\N	PP1953460056979095	settled
3314780	542	2023-03-12 06:00:00	219.24	direct_debit	IE55ULSB98747217228689	ULSBIE2D	\N	\N	422208492591886475	settled
3333691	597	2023-03-12 10:33:37	419.78	bank_transfer	\N	\N	\N	\N	530433410376831228	settled
3316052	547	2023-03-12 13:58:07	84.76	cash_card	\N	\N	\N	\N	PP8200215462423048	settled
3332371	593	2023-03-13 06:00:00	405.29	direct_debit	IE56IPBS99232749506368	IPBSIE2D	\N	\N	683134562917362365	settled
3341809	619	2023-03-14 12:19:00	140.00	cash_card	\N	\N	\N	\N	PP1127956615129554	settled
3329433	585	2023-03-14 15:11:07	65.00	cash_card	\N	\N	\N	\N	PP3651594070457817	settled
3348359	636	2023-03-14 15:50:55	80.00	cash_card	\N	\N	\N	\N	PP7099612110826601	settled
3331602	591	2023-03-14 18:07:38	140.00	cash_card	\N	\N	\N	\N	PP1534540157925733	settled
3330128	586	2023-03-15 06:00:00	387.57	direct_debit	IE87BOFI90234713263509	BOFIIE2D	\N	\N	149569940464353897	settled
3342910	621	2023-03-16 06:00:00	150.59	direct_debit	IE96IPBS99325392895857	IPBSIE2D	\N	\N	867371470522785719	settled
3340673	617	2023-03-16 15:20:55	140.00	cash_card	\N	\N	\N	\N	PP1458660197815437	settled
3304387	512	2023-03-17 06:00:00	65.00	direct_debit	IE98AIBK93172288159541	BOFIIE2D	\N	\N	933391121095814067	settled
3312158	532	2023-03-17 06:00:00	140.00	direct_debit	IE84BOFI90075582678742	BOFIIE2D	\N	\N	083299078803449016	settled
3351790	645	2023-03-17 06:00:00	65.00	direct_debit	IE27IPBS99107528446782	IPBSIE2D	\N	\N	051985459458469690	settled
3315653	546	2023-03-17 16:39:38	65.00	card	\N	\N	MASTERCARD	6888	401851080840411109	settled
3321471	561	2023-03-18 06:00:00	95.00	direct_debit	IE42AIBK93372852451928	AIBKIE2D	\N	\N	991406691176198570	settled
3333362	596	2023-03-18 06:00:00	140.00	direct_debit	IE68BOFI90607517922172	BOFIIE2D	\N	\N	619768576190049056	settled
3356542	659	2023-03-18 06:00:00	95.00	direct_debit	IE33AIBK93988794024342	AIBKIE2D	\N	\N	033791276240326211	settled
3354751	652	2023-03-18 14:51:01	95.00	card	\N	\N	VISA	5203	493458228832723591	settled
3347261	634	2023-03-18 15:08:15	65.00	cash_card	\N	\N	\N	\N	PP1962665375634529	settled
3305774	515	2023-03-19 06:00:00	80.00	direct_debit	IE75AIBK93367180140624	AIBKIE2D	\N	\N	476534241662390151	settled
3319405	553	2023-03-19 06:00:00	399.58	direct_debit	IE76BOFI90831073257876	BOFIIE2D	\N	\N	730317925834646595	settled
3330966	589	2023-03-19 06:00:00	65.00	direct_debit	IE54BOFI90151223680862	BOFIIE2D	\N	\N	783645582411611533	settled
3356798	661	2023-03-19 06:00:00	110.00	direct_debit	IE48IPBS99024389650180	IPBSIE2D	\N	\N	145336312182298795	settled
3345129	626	2023-03-19 17:35:32	212.30	cash_card	\N	\N	\N	\N	PP9869601406865810	settled
3328124	579	2023-03-20 06:00:00	140.00	direct_debit	IE61BOFI90170219654784	BOFIIE2D	\N	\N	511172817257295540	settled
3351496	644	2023-03-20 06:00:00	80.00	direct_debit	IE69IPBS99708479497822	IPBSIE2D	\N	\N	902981177869335950	settled
3303404	509	2023-03-20 10:53:50	65.00	card	\N	\N	VISA	5762	835809693179903853	settled
3305084	514	2023-03-20 14:42:11	110.00	cash_card	\N	\N	\N	\N	PP0619360169928155	settled
3326631	573	2023-03-20 15:33:07	136.75	cash_card	\N	\N	\N	\N	PP6921847329145253	settled
3308146	521	2023-03-20 16:06:19	95.00	cash_card	\N	\N	\N	\N	PP6371335346396333	settled
3322918	564	2023-03-21 06:00:00	140.00	direct_debit	IE38AIBK93384491116019	AIBKIE2D	\N	\N	579164125986917446	settled
3357073	662	2023-03-21 06:00:00	95.00	direct_debit	IE26ULSB98646690880541	ULSBIE2D	\N	\N	232450146298221727	settled
3311608	530	2023-03-21 09:28:14	180.49	card	\N	\N	MASTERCARD	1627	199558786369047000	settled
3354398	651	2023-03-21 13:24:24	317.40	card	\N	\N	VISA	7544	584909719627479923	settled
3313518	537	2023-03-21 13:49:01	95.00	card	\N	\N	MASTERCARD	2597	671151714914346365	settled
3314044	539	2023-03-22 06:00:00	65.00	direct_debit	IE41BOFI90507511924668	BOFIIE2D	\N	\N	851305233353697486	settled
3340101	616	2023-03-22 06:00:00	140.00	direct_debit	IE49ULSB98423156192281	AIBKIE2D	\N	\N	042564866065045587	settled
3346088	629	2023-03-22 06:00:00	80.00	direct_debit	IE45IPBS99461185174702	ULSBIE2D	\N	\N	568371483601315723	settled
3356025	657	2023-03-22 06:00:00	65.00	direct_debit	IE13AIBK93735271400117	AIBKIE2D	\N	\N	637234254235227275	settled
3341841	619	2023-03-22 18:01:31	140.00	cash_card	\N	\N	\N	\N	PP3812171856261368	settled
3346468	632	2023-03-22 19:04:19	80.00	card	\N	\N	VISA	7397	685502532250995860	settled
3303737	510	2023-03-23 06:00:00	95.00	direct_debit	IE81IPBS99219757119793	AIBKIE2D	\N	\N	852509654893079656	settled
3319837	555	2023-03-23 06:00:00	65.00	direct_debit	IE68ULSB98890186519407	ULSBIE2D	\N	\N	562778834123258842	settled
3347960	635	2023-03-23 06:00:00	110.00	direct_debit	IE75AIBK93783422122759	AIBKIE2D	\N	\N	941296089416715048	settled
3359665	669	2023-03-23 06:00:00	95.00	direct_debit	IE87AIBK93162456695348	AIBKIE2D	\N	\N	753977605715466757	settled
3321938	562	2023-03-23 10:03:15	95.00	cash_card	\N	\N	\N	\N	PP4083191742465962	settled
3349960	640	2023-03-23 15:49:17	103.81	cash_card	\N	\N	\N	\N	PP0262977445875172	settled
3302283	507	2023-03-23 18:04:08	140.00	cash_card	\N	\N	\N	\N	PP4243209404958931	settled
3353725	650	2023-03-23 18:05:08	360.80	cash_card	\N	\N	\N	\N	PP7893331624594525	settled
3353126	649	2023-03-24 06:00:00	65.00	direct_debit	IE33ULSB98968453789633	ULSBIE2D	\N	\N	644480462270367243	settled
3358644	665	2023-03-24 06:00:00	95.00	direct_debit	IE02BOFI90443684003703	AIBKIE2D	\N	\N	018892497167010051	settled
3316088	547	2023-03-24 10:48:11	87.29	cash_card	\N	\N	\N	\N	PP9020717965569342	settled
3318355	550	2023-03-24 10:48:21	140.00	cash_card	\N	\N	\N	\N	PP6855148050996243	settled
3311862	531	2023-03-25 06:00:00	110.00	direct_debit	IE41BOFI90027589851679	BOFIIE2D	\N	\N	237222097176540139	settled
3339773	615	2023-03-25 06:00:00	80.00	direct_debit	IE71ULSB98343354427782	ULSBIE2D	\N	\N	562218178992707363	settled
3310524	525	2023-03-25 09:50:20	227.67	card	\N	\N	MASTERCARD	4063	437568538046543461	settled
3325517	572	2023-03-25 14:16:55	243.01	cash_card	\N	\N	\N	\N	PP1057312309215572	settled
3343277	622	2023-03-25 14:47:59	126.39	card	\N	\N	VISA	0104	232971456753054296	settled
3315323	544	2023-03-26 06:00:00	80.00	direct_debit	IE58BOFI90639322210766	BOFIIE2D	\N	\N	797189828085282739	settled
3350952	642	2023-03-26 06:00:00	118.59	direct_debit	IE05IPBS99763371112796	IPBSIE2D	\N	\N	892893963658590115	settled
3337982	609	2023-03-26 09:06:02	303.02	cash	\N	\N	\N	\N	894651801540674549	settled
3348393	636	2023-03-26 10:54:41	80.00	cash_card	\N	\N	\N	\N	PP2072294236217532	settled
3317354	549	2023-03-26 11:50:46	278.34	cash_card	\N	\N	\N	\N	PP6214357734423020	settled
3316890	548	2023-03-26 14:18:30	120.23	bank_transfer	\N	\N	\N	\N	017997043878325028	settled
3332635	594	2023-03-27 06:00:00	95.00	direct_debit	IE73ULSB98615538555150	BOFIIE2D	\N	\N	845866399064861308	settled
3342623	620	2023-03-27 06:00:00	189.39	direct_debit	IE40AIBK93081368220689	AIBKIE2D	\N	\N	397267072950310490	settled
3300285	501	2023-03-27 12:57:34	95.00	cash_card	\N	\N	\N	\N	PP4136957218368635	settled
3340688	617	2023-03-27 14:12:31	140.00	cash_card	\N	\N	\N	\N	PP4555031783075890	settled
3335519	602	2023-03-27 17:42:13	89.42	cash_card	\N	\N	\N	\N	PP6314434112592024	settled
3323417	566	2023-03-28 06:00:00	102.10	direct_debit	IE36ULSB98476694371448	ULSBIE2D	\N	\N	120296225403327442	settled
3323985	570	2023-03-28 06:00:00	63.62	direct_debit	IE81ULSB98503639475383	ULSBIE2D	\N	\N	179437847107612300	settled
3327717	576	2023-03-28 06:00:00	95.00	direct_debit	IE63ULSB98871361021300	ULSBIE2D	\N	\N	967034875901998795	settled
3336767	605	2023-03-28 06:00:00	137.32	direct_debit	IE13BOFI90020392392237	ULSBIE2D	\N	\N	340216529322633919	settled
3352421	647	2023-03-28 06:00:00	108.30	direct_debit	IE02BOFI90741695955029	BOFIIE2D	\N	\N	435684913690940068	settled
3311031	527	2023-03-28 13:00:41	140.00	bank_transfer	\N	\N	\N	\N	196424578065137544	settled
3329457	585	2023-03-28 14:08:16	65.00	cash_card	\N	\N	\N	\N	PP3996735200349383	settled
3312481	533	2023-03-29 06:00:00	235.79	direct_debit	IE92AIBK93299964631488	AIBKIE2D	\N	\N	394935573546181904	settled
3330601	588	2023-03-29 06:00:00	86.05	direct_debit	IE61BOFI90645892229553	BOFIIE2D	\N	\N	442793040450757797	settled
3358973	666	2023-03-29 06:00:00	80.00	direct_debit	IE34ULSB98458082223235	ULSBIE2D	\N	\N	335166974591332294	settled
3309654	524	2023-03-29 14:01:53	65.00	cash_card	\N	\N	\N	\N	PP1153327719667771	settled
3357929	664	2023-03-29 15:22:58	337.19	cash_card	\N	\N	\N	\N	PP0448089716994217	settled
3331640	591	2023-03-29 18:23:09	140.00	cash_card	\N	\N	\N	\N	PP1710134119836325	settled
3324609	571	2023-03-29 18:30:01	110.00	cash_card	\N	\N	\N	\N	PP2257911714391663	settled
3309114	523	2023-03-30 06:00:00	65.00	direct_debit	IE31AIBK93492526734850	AIBKIE2D	\N	\N	623873837427238256	settled
3359473	668	2023-03-30 11:16:20	140.00	bank_transfer	\N	\N	\N	\N	241881391401163655	settled
3307099	519	2023-03-31 06:00:00	101.52	direct_debit	IE28BOFI90744093772542	BOFIIE2D	\N	\N	619308348446776561	settled
3343524	623	2023-03-31 06:00:00	313.41	direct_debit	IE09AIBK93427157364172	AIBKIE2D	\N	\N	976548158626090263	settled
3326660	573	2023-04-01 12:12:11	166.49	cash_card	\N	\N	\N	\N	PP8235787537855484	settled
3344204	625	2023-04-01 17:45:06	140.00	cash_card	\N	\N	\N	\N	PP4123624365320155	settled
3337332	607	2023-04-02 06:00:00	65.00	direct_debit	IE31BOFI90027424286827	BOFIIE2D	\N	\N	790656482103487023	settled
3339452	614	2023-04-02 06:00:00	316.85	direct_debit	IE41IPBS99586885385200	IPBSIE2D	\N	\N	058316657675080349	settled
3349992	640	2023-04-02 09:47:10	203.86	cash_card	\N	\N	\N	\N	PP4747349362186114	settled
3353744	650	2023-04-02 10:12:24	411.70	cash_card	\N	\N	\N	\N	PP0981281523433611	settled
3321970	562	2023-04-02 14:36:41	95.00	cash_card	\N	\N	\N	\N	PP7793948001448104	settled
3337693	608	2023-04-02 21:42:19	146.15	card	\N	\N	VISA	8255	980644700176920553	settled
3336997	606	2023-04-03 06:00:00	212.00	direct_debit	IE65AIBK93785586206907	AIBKIE2D	\N	\N	865298017023515947	settled
3350711	641	2023-04-04 06:00:00	80.00	direct_debit	IE76BOFI90933363746419	BOFIIE2D	\N	\N	142745716071912484	settled
3352797	648	2023-04-04 06:00:00	226.83	direct_debit	IE81AIBK93920583329471	AIBKIE2D	\N	\N	838132007617099740	settled
3341858	619	2023-04-04 09:58:13	140.00	cash_card	\N	\N	\N	\N	PP4021353096422446	settled
3345131	626	2023-04-04 16:49:52	412.40	cash_card	\N	\N	\N	\N	PP1692417811517671	settled
3321153	560	2023-04-04 18:36:17	65.00	card	\N	\N	VISA	8956	817853385927216079	settled
3301839	505	2023-04-04 19:21:36	95.00	card	\N	\N	MASTERCARD	2769	452037424164591798	settled
3339119	613	2023-04-05 06:00:00	412.20	direct_debit	IE16IPBS99416770286671	IPBSIE2D	\N	\N	111119890637224696	settled
3329469	585	2023-04-05 12:01:22	65.00	cash_card	\N	\N	\N	\N	PP3715775598267557	settled
3309694	524	2023-04-05 12:35:05	65.00	cash_card	\N	\N	\N	\N	PP9618614642792475	settled
3320928	559	2023-04-06 06:00:00	65.00	direct_debit	IE19AIBK93680511488810	AIBKIE2D	\N	\N	372753466972440693	settled
3328889	584	2023-04-06 06:00:00	65.00	direct_debit	IE47AIBK93168125991436	AIBKIE2D	\N	\N	947319862689255340	settled
3317366	549	2023-04-06 17:30:32	146.23	cash_card	\N	\N	\N	\N	PP7804443488278158	settled
3313823	538	2023-04-07 06:00:00	110.00	direct_debit	IE09ULSB98575898746889	BOFIIE2D	\N	\N	677357220712240052	settled
3336447	604	2023-04-07 06:00:00	80.00	direct_debit	IE51IPBS99731081584740	IPBSIE2D	\N	\N	686549506072379125	settled
3347274	634	2023-04-07 10:07:57	65.00	cash_card	\N	\N	\N	\N	PP3307580472963199	settled
3333056	595	2023-04-07 13:45:57	357.11	card	\N	\N	VISA	6190	409813456436520973	settled
3334190	599	2023-04-07 20:24:23	65.00	card	\N	\N	VISA	9381	410058316013758941	settled
3306697	518	2023-04-08 06:00:00	140.00	direct_debit	IE02AIBK93926582320434	AIBKIE2D	\N	\N	232898518624316358	settled
3308158	521	2023-04-08 13:56:21	95.00	cash_card	\N	\N	\N	\N	PP4256350599259629	settled
3302286	507	2023-04-08 18:05:45	140.00	cash_card	\N	\N	\N	\N	PP7715878526891364	settled
3301491	504	2023-04-09 06:00:00	95.00	direct_debit	IE53BOFI90615832479396	BOFIIE2D	\N	\N	730595865246631629	settled
3348413	636	2023-04-09 09:19:04	80.00	cash_card	\N	\N	\N	\N	PP8527922199139724	settled
3320405	557	2023-04-09 09:48:36	95.00	card	\N	\N	VISA	8300	240948948622859053	settled
3305108	514	2023-04-09 18:17:11	110.00	cash_card	\N	\N	\N	\N	PP8399321266335094	settled
3321992	562	2023-04-09 18:26:16	95.00	cash_card	\N	\N	\N	\N	PP4491520269156353	settled
3316093	547	2023-04-10 18:42:50	195.99	cash_card	\N	\N	\N	\N	PP8264993240684087	settled
3303069	508	2023-04-12 06:00:00	65.00	direct_debit	IE69BOFI90617460435249	BOFIIE2D	\N	\N	391488786689751949	settled
3332376	593	2023-04-12 06:00:00	106.87	direct_debit	IE56IPBS99232749506368	IPBSIE2D	\N	\N	729695020299524167	settled
3318390	550	2023-04-12 13:39:39	140.00	cash_card	\N	\N	\N	\N	PP6290573565320290	settled
3300317	501	2023-04-12 16:52:13	95.00	cash_card	\N	\N	\N	\N	PP5436241709347319	settled
3304132	511	2023-04-13 06:00:00	80.00	direct_debit	IE94IPBS99903188749635	IPBSIE2D	\N	\N	130512744337425599	settled
3327423	575	2023-04-13 10:00:49	140.00	cash	\N	\N	\N	\N	201023745978603780	settled
3357960	664	2023-04-13 11:56:53	201.97	cash_card	\N	\N	\N	\N	PP9305581946170061	settled
3324629	571	2023-04-13 18:34:17	110.00	cash_card	\N	\N	\N	\N	PP5238042844328073	settled
3349547	639	2023-04-14 06:00:00	65.00	direct_debit	IE95AIBK93061651059187	AIBKIE2D	\N	\N	669215399133729171	settled
3335526	602	2023-04-14 15:18:30	231.89	cash_card	\N	\N	\N	\N	PP4036240005633475	settled
3329492	585	2023-04-14 18:25:42	65.00	cash_card	\N	\N	\N	\N	PP8126382278650051	settled
3334812	601	2023-04-15 06:00:00	80.00	direct_debit	IE54AIBK93360678607071	IPBSIE2D	\N	\N	176929771045163022	returned
3325548	572	2023-04-15 12:46:21	382.06	cash_card	\N	\N	\N	\N	PP6598505808273923	settled
3309709	524	2023-04-16 10:52:29	65.00	cash_card	\N	\N	\N	\N	PP3782499287268633	settled
3340718	617	2023-04-16 17:28:39	140.00	cash_card	\N	\N	\N	\N	PP7682561365298889	settled
3314647	541	2023-04-17 06:00:00	65.00	direct_debit	IE51ULSB98367863506897	ULSBIE2D	\N	\N	242068375787641813	settled
3331646	591	2023-04-17 13:21:38	140.00	cash_card	\N	\N	\N	\N	PP8680855039955431	settled
3315688	546	2023-04-17 21:03:51	65.00	card	\N	\N	MASTERCARD	2402	177558345809136739	settled
3323618	567	2023-04-18 06:00:00	65.00	direct_debit	IE49AIBK93893144948486	AIBKIE2D	\N	\N	327674259177558658	settled
3359216	667	2023-04-18 06:00:00	95.00	direct_debit	IE55BOFI90172380292353	BOFIIE2D	\N	\N	042472886808657804	settled
3359779	670	2023-04-18 06:00:00	310.80	direct_debit	IE58BOFI90783120738907	BOFIIE2D	\N	\N	946121097896704748	settled
3354776	652	2023-04-18 09:06:33	95.00	card	\N	\N	VISA	1375	141029348559953231	settled
3348452	636	2023-04-18 10:17:55	80.00	cash_card	\N	\N	\N	\N	PP5645954526032166	settled
3344229	625	2023-04-18 17:37:48	140.00	cash_card	\N	\N	\N	\N	PP2993307107053671	settled
3305787	515	2023-04-19 06:00:00	80.00	direct_debit	IE75AIBK93367180140624	AIBKIE2D	\N	\N	272238979704724769	settled
3328155	579	2023-04-19 06:00:00	140.00	direct_debit	IE61BOFI90170219654784	BOFIIE2D	\N	\N	076849459390577028	settled
3328508	582	2023-04-19 06:00:00	65.00	direct_debit	IE45BOFI90335082541126	BOFIIE2D	\N	\N	964147591938475278	settled
3331001	589	2023-04-19 06:00:00	65.00	direct_debit	IE54BOFI90151223680862	BOFIIE2D	\N	\N	618848533325063664	settled
3353768	650	2023-04-19 09:50:31	408.63	cash_card	\N	\N	\N	\N	PP2962689893019578	settled
3311313	528	2023-04-20 06:00:00	110.00	direct_debit	IE03BOFI90770731165413	BOFIIE2D	\N	\N	291850054404767403	settled
3331217	590	2023-04-20 06:00:00	218.24	direct_debit	IE82AIBK93110885624416	AIBKIE2D	\N	\N	697859051175585953	settled
3357384	663	2023-04-20 06:00:00	140.00	direct_debit	IE14BOFI90212122725303	BOFIIE2D	\N	\N	790637201864865569	settled
3356261	658	2023-04-20 08:15:00	110.00	card	\N	\N	VISA	4257	616835054684076105	settled
3308183	521	2023-04-20 10:32:34	95.00	cash_card	\N	\N	\N	\N	PP1266848754563236	settled
3300319	501	2023-04-20 12:01:20	95.00	cash_card	\N	\N	\N	\N	PP7365545712597281	settled
3321998	562	2023-04-20 12:10:32	95.00	cash_card	\N	\N	\N	\N	PP9753673778975123	settled
3313536	537	2023-04-20 12:41:08	95.00	card	\N	\N	VISA	2397	587273133907128306	settled
3323170	565	2023-04-21 06:00:00	65.00	direct_debit	IE39BOFI90303846016809	BOFIIE2D	\N	\N	166270201680179088	settled
3357100	662	2023-04-21 06:00:00	95.00	direct_debit	IE26ULSB98646690880541	ULSBIE2D	\N	\N	797466032537239202	settled
3335544	602	2023-04-21 09:48:49	313.81	cash_card	\N	\N	\N	\N	PP4980048287375644	settled
3341876	619	2023-04-21 17:54:26	140.00	cash_card	\N	\N	\N	\N	PP1797961061106208	settled
3314074	539	2023-04-22 06:00:00	65.00	direct_debit	IE41BOFI90507511924668	BOFIIE2D	\N	\N	962528443679787240	settled
3336184	603	2023-04-22 06:00:00	356.68	direct_debit	IE43BOFI90153991407959	BOFIIE2D	\N	\N	333999507359834223	settled
3340134	616	2023-04-22 06:00:00	140.00	direct_debit	IE49ULSB98423156192281	AIBKIE2D	\N	\N	980467279346191630	settled
3346127	629	2023-04-22 06:00:00	80.00	direct_debit	IE45IPBS99461185174702	ULSBIE2D	\N	\N	771062863131980902	settled
3324642	571	2023-04-22 09:05:01	110.00	cash_card	\N	\N	\N	\N	PP5351312352470960	settled
3326686	573	2023-04-22 14:35:49	90.39	cash_card	\N	\N	\N	\N	PP9355680636501369	settled
3351230	643	2023-04-22 21:03:55	110.00	card	\N	\N	VISA	2074	453675755767950753	settled
3308851	522	2023-04-23 06:00:00	140.00	direct_debit	IE40AIBK93455786322011	AIBKIE2D	\N	\N	800390441467765349	settled
3319850	555	2023-04-23 06:00:00	65.00	direct_debit	IE68ULSB98890186519407	ULSBIE2D	\N	\N	608293764146520325	settled
3347984	635	2023-04-23 06:00:00	110.00	direct_debit	IE75AIBK93783422122759	AIBKIE2D	\N	\N	791381443609937254	settled
3355818	656	2023-04-23 06:00:00	95.00	direct_debit	IE52BOFI90394058121863	BOFIIE2D	\N	\N	404462516970956476	settled
3357998	664	2023-04-23 13:26:59	91.71	cash_card	\N	\N	\N	\N	PP1408442086529412	settled
3350004	640	2023-04-23 16:20:24	297.73	cash_card	\N	\N	\N	\N	PP3706653259201728	settled
3301024	502	2023-04-24 06:00:00	65.00	direct_debit	IE25BOFI90161553054438	BOFIIE2D	\N	\N	538616398155822319	settled
3307464	520	2023-04-24 06:00:00	80.00	direct_debit	IE06AIBK93438977286810	BOFIIE2D	\N	\N	383742481365472477	settled
3325555	572	2023-04-24 16:31:34	239.21	cash_card	\N	\N	\N	\N	PP5031242801214132	settled
3318411	550	2023-04-24 18:01:14	140.00	cash_card	\N	\N	\N	\N	PP2632926301278659	settled
3305116	514	2023-04-24 18:21:06	110.00	cash_card	\N	\N	\N	\N	PP9032422246069382	settled
3346714	633	2023-04-24 18:45:18	140.00	cash	\N	\N	\N	\N	081916195112395944	settled
3310543	525	2023-04-24 20:55:25	360.10	card	\N	\N	MASTERCARD	9667	054479695083094055	settled
3343300	622	2023-04-24 21:50:37	104.92	card	\N	\N	VISA	0057	316241553454169605	settled
3301234	503	2023-04-25 06:00:00	152.74	direct_debit	IE55BOFI90459615477428	ULSBIE2D	\N	\N	272845394164073228	settled
3315343	544	2023-04-25 06:00:00	80.00	direct_debit	IE58BOFI90639322210766	BOFIIE2D	\N	\N	360254548794947319	settled
3339774	615	2023-04-25 06:00:00	80.00	direct_debit	IE71ULSB98343354427782	ULSBIE2D	\N	\N	256491027838015787	settled
3347279	634	2023-04-25 14:37:09	65.00	cash_card	\N	\N	\N	\N	PP9642526219816631	settled
3345143	626	2023-04-25 15:54:20	327.90	cash_card	\N	\N	\N	\N	PP7483670837235131	settled
3316094	547	2023-04-25 16:22:19	396.67	cash_card	\N	\N	\N	\N	PP4271203532889270	settled
3314416	540	2023-04-26 06:00:00	95.00	direct_debit	IE54BOFI90003033228528	BOFIIE2D	\N	\N	820365993211366265	settled
3349124	637	2023-04-26 06:00:00	80.00	direct_debit	IE74AIBK93096251328456	AIBKIE2D	\N	\N	917403836648269870	settled
3316919	548	2023-04-26 16:13:11	302.36	bank_transfer	\N	\N	\N	\N	493571765352031406	settled
3306351	517	2023-04-27 06:00:00	203.42	direct_debit	IE60BOFI90425117793416	BOFIIE2D	\N	\N	037913694384187236	settled
3324023	570	2023-04-27 06:00:00	106.53	direct_debit	IE81ULSB98503639475383	ULSBIE2D	\N	\N	059913588312781083	settled
3311057	527	2023-04-27 09:00:44	140.00	bank_transfer	\N	\N	\N	\N	310672614785915473	settled
3317381	549	2023-04-27 09:19:56	373.06	cash_card	\N	\N	\N	\N	PP8423101812543581	settled
3344252	625	2023-04-27 13:32:39	140.00	cash_card	\N	\N	\N	\N	PP6838429429931190	settled
3331661	591	2023-04-27 15:41:12	140.00	cash_card	\N	\N	\N	\N	PP0429082529829278	settled
3352128	646	2023-04-27 17:49:28	223.23	card	\N	\N	MASTERCARD	9030	113835324113001806	settled
3330615	588	2023-04-28 06:00:00	193.68	direct_debit	IE61BOFI90645892229553	BOFIIE2D	\N	\N	267552162385681638	settled
3336780	605	2023-04-28 06:00:00	241.41	direct_debit	IE13BOFI90020392392237	ULSBIE2D	\N	\N	186599206699746865	settled
3352441	647	2023-04-28 06:00:00	402.29	direct_debit	IE02BOFI90741695955029	BOFIIE2D	\N	\N	268642151203316867	settled
3358995	666	2023-04-28 06:00:00	80.00	direct_debit	IE34ULSB98458082223235	ULSBIE2D	\N	\N	717837784221300417	settled
3340734	617	2023-04-28 12:28:56	140.00	cash_card	\N	\N	\N	\N	PP1135571302137637	settled
3309135	523	2023-04-29 06:00:00	65.00	direct_debit	IE31AIBK93492526734850	AIBKIE2D	\N	\N	759444381338900685	settled
3302303	507	2023-04-29 11:11:47	140.00	cash_card	\N	\N	\N	\N	PP2166305203650150	settled
3348486	636	2023-04-29 18:44:49	80.00	cash_card	\N	\N	\N	\N	PP2396644267140657	settled
3315048	543	2023-04-29 21:33:10	110.00	card	\N	\N	VISA	8001	659566286657657809	settled
3334546	600	2023-04-30 06:00:00	110.00	direct_debit	IE72IPBS99514720139539	IPBSIE2D	\N	\N	982761450430494502	settled
3343539	623	2023-04-30 06:00:00	62.94	direct_debit	IE09AIBK93427157364172	AIBKIE2D	\N	\N	945532467403703134	settled
3359487	668	2023-04-30 12:08:45	140.00	bank_transfer	\N	\N	\N	\N	349345061581426116	settled
3324644	571	2023-04-30 17:58:36	110.00	cash_card	\N	\N	\N	\N	PP6366782579187860	settled
3304672	513	2023-05-01 06:00:00	65.00	direct_debit	IE23AIBK93423586982973	AIBKIE2D	\N	\N	989327545218217637	settled
3307128	519	2023-05-01 06:00:00	255.61	direct_debit	IE28BOFI90744093772542	BOFIIE2D	\N	\N	286745009901008436	settled
3341896	619	2023-05-01 09:19:32	140.00	cash_card	\N	\N	\N	\N	PP3338759873633743	settled
3310891	526	2023-05-01 11:11:39	95.00	cash	\N	\N	\N	\N	462559727760328979	settled
3337354	607	2023-05-02 06:00:00	65.00	direct_debit	IE31BOFI90027424286827	BOFIIE2D	\N	\N	567960616279924229	settled
3300324	501	2023-05-02 10:33:52	95.00	cash_card	\N	\N	\N	\N	PP3601872514263572	settled
3326688	573	2023-05-02 12:43:06	368.92	cash_card	\N	\N	\N	\N	PP1203652934898035	settled
3345156	626	2023-05-03 14:59:05	355.75	cash_card	\N	\N	\N	\N	PP3017554789027659	settled
3319090	551	2023-05-03 18:42:21	401.31	bank_transfer	\N	\N	\N	\N	461026249663503559	settled
3337033	606	2023-05-04 06:00:00	358.30	direct_debit	IE65AIBK93785586206907	AIBKIE2D	\N	\N	151769836266938496	settled
3338430	610	2023-05-04 06:00:00	140.00	direct_debit	IE60BOFI90564061943559	BOFIIE2D	\N	\N	517776197993910482	settled
3347292	634	2023-05-04 10:24:56	65.00	cash_card	\N	\N	\N	\N	PP5940474985406899	settled
3318443	550	2023-05-04 11:28:35	140.00	cash_card	\N	\N	\N	\N	PP2879549846300264	settled
3321154	560	2023-05-04 15:20:45	65.00	card	\N	\N	VISA	0074	167519072942742160	settled
3320115	556	2023-05-04 17:37:33	95.00	cash	\N	\N	\N	\N	269897385918568290	settled
3335583	602	2023-05-04 18:04:40	334.49	cash_card	\N	\N	\N	\N	PP5243608398757319	settled
3329513	585	2023-05-05 10:16:06	65.00	cash_card	\N	\N	\N	\N	PP5629310605187787	settled
3316133	547	2023-05-05 11:11:18	297.74	cash_card	\N	\N	\N	\N	PP2192413995359395	settled
3358016	664	2023-05-05 12:46:36	262.25	cash_card	\N	\N	\N	\N	PP7457446545233235	settled
3322002	562	2023-05-05 13:19:13	95.00	cash_card	\N	\N	\N	\N	PP4620452489698258	settled
3306074	516	2023-05-05 16:46:14	110.00	card	\N	\N	VISA	6848	966560868920637091	settled
3328904	584	2023-05-06 06:00:00	65.00	direct_debit	IE47AIBK93168125991436	AIBKIE2D	\N	\N	655830892243087551	settled
3325593	572	2023-05-06 10:33:27	347.55	cash_card	\N	\N	\N	\N	PP3727830116320959	settled
3353769	650	2023-05-06 12:39:14	338.92	cash_card	\N	\N	\N	\N	PP7763144358730172	settled
3350009	640	2023-05-07 09:38:35	240.54	cash_card	\N	\N	\N	\N	PP9053376465780415	settled
3309747	524	2023-05-07 13:48:52	65.00	cash_card	\N	\N	\N	\N	PP9705838433101743	settled
3305122	514	2023-05-07 16:00:58	110.00	cash_card	\N	\N	\N	\N	PP0042038755499893	settled
3336453	604	2023-05-08 06:00:00	80.00	direct_debit	IE51IPBS99731081584740	IPBSIE2D	\N	\N	388991933052223887	settled
3334219	599	2023-05-08 08:39:03	65.00	card	\N	\N	MASTERCARD	1869	451029705871306387	settled
3324655	571	2023-05-08 11:41:11	110.00	cash_card	\N	\N	\N	\N	PP2205185899337949	settled
3344258	625	2023-05-08 14:13:21	140.00	cash_card	\N	\N	\N	\N	PP6099341528964692	settled
3313128	536	2023-05-09 06:00:00	95.00	direct_debit	IE13ULSB98692744462496	ULSBIE2D	\N	\N	307963977310475798	settled
3308213	521	2023-05-09 11:18:57	95.00	cash_card	\N	\N	\N	\N	PP5742345664524389	settled
3320640	558	2023-05-09 11:20:13	110.00	card	\N	\N	VISA	7981	564945942703596967	settled
3300337	501	2023-05-09 12:02:50	95.00	cash_card	\N	\N	\N	\N	PP2283654243324441	settled
3317410	549	2023-05-09 13:03:09	391.87	cash_card	\N	\N	\N	\N	PP9325187520509172	settled
3331695	591	2023-05-09 16:36:19	140.00	cash_card	\N	\N	\N	\N	PP3484633209599797	settled
3314799	542	2023-05-10 06:00:00	68.15	direct_debit	IE55ULSB98747217228689	ULSBIE2D	\N	\N	143287348414159440	settled
3330456	587	2023-05-10 06:00:00	225.98	direct_debit	IE79AIBK93768132658125	AIBKIE2D	\N	\N	631841633926416642	settled
3333722	597	2023-05-10 10:43:43	358.67	bank_transfer	\N	\N	\N	\N	223683413640263917	settled
3341492	618	2023-05-11 06:00:00	140.00	direct_debit	IE59ULSB98300060622959	ULSBIE2D	\N	\N	517068696876762937	settled
3302340	507	2023-05-11 09:37:18	140.00	cash_card	\N	\N	\N	\N	PP5172540676936208	settled
3348494	636	2023-05-11 16:16:10	80.00	cash_card	\N	\N	\N	\N	PP4056371690658276	settled
3345182	626	2023-05-12 09:40:32	295.24	cash_card	\N	\N	\N	\N	PP9875831166026288	settled
3316148	547	2023-05-12 16:32:35	378.80	cash_card	\N	\N	\N	\N	PP3109282190503471	settled
3335599	602	2023-05-12 18:26:11	257.94	cash_card	\N	\N	\N	\N	PP1807103251443689	settled
3303084	508	2023-05-13 06:00:00	65.00	direct_debit	IE69BOFI90617460435249	BOFIIE2D	\N	\N	494306121402391550	settled
3330160	586	2023-05-13 06:00:00	212.72	direct_debit	IE87BOFI90234713263509	BOFIIE2D	\N	\N	288717816683324386	settled
3353787	650	2023-05-13 14:20:41	139.67	cash_card	\N	\N	\N	\N	PP4720502724858974	settled
3322021	562	2023-05-13 17:57:19	95.00	cash_card	\N	\N	\N	\N	PP9324999189256542	settled
3327450	575	2023-05-14 11:31:56	140.00	cash	\N	\N	\N	\N	624007135524915866	settled
3341901	619	2023-05-14 12:30:17	140.00	cash_card	\N	\N	\N	\N	PP2630082653838835	settled
3305129	514	2023-05-14 18:04:56	110.00	cash_card	\N	\N	\N	\N	PP4323655260799070	settled
3304400	512	2023-05-15 06:00:00	65.00	direct_debit	IE98AIBK93172288159541	BOFIIE2D	\N	\N	928435408923160346	settled
3312171	532	2023-05-15 06:00:00	140.00	direct_debit	IE84BOFI90075582678742	BOFIIE2D	\N	\N	534630644905765211	settled
3350011	640	2023-05-15 15:25:38	412.20	cash_card	\N	\N	\N	\N	PP6282088577999081	settled
3321511	561	2023-05-16 06:00:00	95.00	direct_debit	IE42AIBK93372852451928	AIBKIE2D	\N	\N	901812441101196335	settled
3334818	601	2023-05-16 06:00:00	80.00	direct_debit	IE54AIBK93360678607071	IPBSIE2D	\N	\N	793859367697770917	settled
3342946	621	2023-05-16 06:00:00	234.84	direct_debit	IE96IPBS99325392895857	IPBSIE2D	\N	\N	249014651376902628	settled
3356581	659	2023-05-16 06:00:00	95.00	direct_debit	IE33AIBK93988794024342	AIBKIE2D	\N	\N	206923832847968021	settled
3300359	501	2023-05-16 13:29:58	95.00	cash_card	\N	\N	\N	\N	PP4406802256898085	settled
3344281	625	2023-05-16 14:40:25	140.00	cash_card	\N	\N	\N	\N	PP7583790228744754	settled
3319430	553	2023-05-17 06:00:00	382.24	direct_debit	IE76BOFI90831073257876	BOFIIE2D	\N	\N	076664460330732768	settled
3351799	645	2023-05-17 06:00:00	65.00	direct_debit	IE27IPBS99107528446782	IPBSIE2D	\N	\N	400292814912745957	settled
3356807	661	2023-05-17 06:00:00	110.00	direct_debit	IE48IPBS99024389650180	IPBSIE2D	\N	\N	072666578182687157	settled
3309785	524	2023-05-17 14:17:23	65.00	cash_card	\N	\N	\N	\N	PP6498706714277051	settled
3318473	550	2023-05-17 17:49:33	140.00	cash_card	\N	\N	\N	\N	PP5173962417687269	settled
3333384	596	2023-05-18 06:00:00	140.00	direct_debit	IE68BOFI90607517922172	BOFIIE2D	\N	\N	925201284115102570	settled
3331697	591	2023-05-18 11:47:56	140.00	cash_card	\N	\N	\N	\N	PP0589397278995505	settled
3340766	617	2023-05-18 18:14:32	140.00	cash_card	\N	\N	\N	\N	PP9226495482034205	settled
3322937	564	2023-05-19 06:00:00	140.00	direct_debit	IE38AIBK93384491116019	AIBKIE2D	\N	\N	318858263983364402	settled
3359801	670	2023-05-19 06:00:00	296.48	direct_debit	IE58BOFI90783120738907	BOFIIE2D	\N	\N	273143652341579148	settled
3354411	651	2023-05-19 17:24:52	239.07	card	\N	\N	MASTERCARD	2813	884594758847562898	settled
3305807	515	2023-05-20 06:00:00	80.00	direct_debit	IE75AIBK93367180140624	AIBKIE2D	\N	\N	340641461112215450	settled
3328163	579	2023-05-20 06:00:00	140.00	direct_debit	IE61BOFI90170219654784	BOFIIE2D	\N	\N	754602323554288906	settled
3331255	590	2023-05-20 06:00:00	173.34	direct_debit	IE82AIBK93110885624416	AIBKIE2D	\N	\N	109477276033701751	settled
3351513	644	2023-05-20 06:00:00	80.00	direct_debit	IE69IPBS99708479497822	IPBSIE2D	\N	\N	953996973364194977	settled
3356030	657	2023-05-20 06:00:00	65.00	direct_debit	IE13AIBK93735271400117	AIBKIE2D	\N	\N	923025242501045812	settled
3357406	663	2023-05-20 06:00:00	140.00	direct_debit	IE14BOFI90212122725303	BOFIIE2D	\N	\N	874429861243152351	settled
3303442	509	2023-05-20 12:26:43	65.00	card	\N	\N	VISA	3252	023309023004864203	settled
3325620	572	2023-05-20 13:05:53	413.58	cash_card	\N	\N	\N	\N	PP2510728286643212	settled
3329542	585	2023-05-20 16:55:43	65.00	cash_card	\N	\N	\N	\N	PP0971505290563777	settled
3308253	521	2023-05-20 18:58:00	95.00	cash_card	\N	\N	\N	\N	PP5227478256113809	settled
3303755	510	2023-05-21 06:00:00	95.00	direct_debit	IE81IPBS99219757119793	AIBKIE2D	\N	\N	059914325187779592	settled
3345203	626	2023-05-21 10:00:38	245.93	cash_card	\N	\N	\N	\N	PP3991841594701853	settled
3326725	573	2023-05-21 10:12:55	164.20	cash_card	\N	\N	\N	\N	PP7870701621401006	settled
3358040	664	2023-05-21 15:13:40	354.36	cash_card	\N	\N	\N	\N	PP3025792799899361	settled
3316170	547	2023-05-21 17:08:34	188.68	cash_card	\N	\N	\N	\N	PP3371939408616606	settled
3311613	530	2023-05-21 20:27:29	324.59	card	\N	\N	VISA	8066	946253127631627631	settled
3314093	539	2023-05-22 06:00:00	65.00	direct_debit	IE41BOFI90507511924668	BOFIIE2D	\N	\N	355961301959377746	settled
3346138	629	2023-05-22 06:00:00	80.00	direct_debit	IE45IPBS99461185174702	ULSBIE2D	\N	\N	837558130977949651	settled
3346484	632	2023-05-22 12:19:54	80.00	card	\N	\N	MASTERCARD	8065	796649046568183036	settled
3335614	602	2023-05-22 12:33:06	195.60	cash_card	\N	\N	\N	\N	PP8007466608005758	settled
3350022	640	2023-05-22 17:09:38	385.48	cash_card	\N	\N	\N	\N	PP6119509125370400	settled
3351266	643	2023-05-22 18:25:06	110.00	card	\N	\N	MASTERCARD	2872	302013571658275764	settled
3311869	531	2023-05-23 06:00:00	110.00	direct_debit	IE41BOFI90027589851679	BOFIIE2D	\N	\N	630490400842323743	settled
3340168	616	2023-05-23 06:00:00	140.00	direct_debit	IE49ULSB98423156192281	AIBKIE2D	\N	\N	098742266832050367	settled
3350983	642	2023-05-24 06:00:00	402.42	direct_debit	IE05IPBS99763371112796	IPBSIE2D	\N	\N	907162872207252873	settled
3353128	649	2023-05-24 06:00:00	65.00	direct_debit	IE33ULSB98968453789633	ULSBIE2D	\N	\N	843475256626790863	settled
3358672	665	2023-05-24 06:00:00	95.00	direct_debit	IE02BOFI90443684003703	AIBKIE2D	\N	\N	161347814477681310	settled
3338010	609	2023-05-24 09:24:50	373.07	cash	\N	\N	\N	\N	601153403753925835	settled
3300373	501	2023-05-24 14:55:26	95.00	cash_card	\N	\N	\N	\N	PP8521114224952035	settled
3318496	550	2023-05-24 15:10:56	140.00	cash_card	\N	\N	\N	\N	PP7658943988932107	settled
3310579	525	2023-05-24 21:27:25	295.42	card	\N	\N	MASTERCARD	7043	221242408363501737	settled
3332645	594	2023-05-25 06:00:00	95.00	direct_debit	IE73ULSB98615538555150	BOFIIE2D	\N	\N	297540591990717291	settled
3339775	615	2023-05-25 06:00:00	80.00	direct_debit	IE71ULSB98343354427782	ULSBIE2D	\N	\N	919668296457340348	settled
3342651	620	2023-05-25 06:00:00	358.57	direct_debit	IE40AIBK93081368220689	AIBKIE2D	\N	\N	604402810931300817	settled
3346729	633	2023-05-25 09:32:50	140.00	cash	\N	\N	\N	\N	110353157038517204	settled
3341936	619	2023-05-25 10:39:28	140.00	cash_card	\N	\N	\N	\N	PP8802030178350816	settled
3347301	634	2023-05-25 15:38:32	65.00	cash_card	\N	\N	\N	\N	PP4688544771129754	settled
3348501	636	2023-05-26 14:11:33	80.00	cash_card	\N	\N	\N	\N	PP8887650187332637	settled
3306388	517	2023-05-27 06:00:00	157.67	direct_debit	IE60BOFI90425117793416	BOFIIE2D	\N	\N	069733363408874957	settled
3312495	533	2023-05-27 06:00:00	203.07	direct_debit	IE92AIBK93299964631488	AIBKIE2D	\N	\N	431733717380717836	settled
3352168	646	2023-05-27 10:22:54	282.32	card	\N	\N	VISA	7950	872938740904788078	settled
3322023	562	2023-05-27 15:54:36	95.00	cash_card	\N	\N	\N	\N	PP1082822826723838	settled
3317427	549	2023-05-27 16:53:02	146.85	cash_card	\N	\N	\N	\N	PP5347254609956899	settled
3323431	566	2023-05-28 06:00:00	311.97	direct_debit	IE36ULSB98476694371448	ULSBIE2D	\N	\N	446820223307899809	settled
3327756	576	2023-05-28 06:00:00	95.00	direct_debit	IE63ULSB98871361021300	ULSBIE2D	\N	\N	085423678022861197	settled
3352445	647	2023-05-28 06:00:00	213.07	direct_debit	IE02BOFI90741695955029	BOFIIE2D	\N	\N	381131191467676503	returned
3359001	666	2023-05-28 06:00:00	80.00	direct_debit	IE34ULSB98458082223235	ULSBIE2D	\N	\N	260796245367189570	settled
3353816	650	2023-05-28 13:33:35	154.31	cash_card	\N	\N	\N	\N	PP4949259468406500	settled
3309812	524	2023-05-28 15:03:21	65.00	cash_card	\N	\N	\N	\N	PP2088091700710923	settled
3302354	507	2023-05-28 15:38:40	140.00	cash_card	\N	\N	\N	\N	PP0705034554398343	settled
3330653	588	2023-05-29 06:00:00	191.02	direct_debit	IE61BOFI90645892229553	BOFIIE2D	\N	\N	282803105416389632	settled
3324659	571	2023-05-29 11:26:24	110.00	cash_card	\N	\N	\N	\N	PP0594639224468437	settled
3334560	600	2023-05-30 06:00:00	110.00	direct_debit	IE72IPBS99514720139539	IPBSIE2D	\N	\N	351400869868998337	settled
3315073	543	2023-05-30 08:17:42	110.00	card	\N	\N	MASTERCARD	1486	042812175129025566	settled
3337733	608	2023-05-31 22:01:22	350.37	card	\N	\N	VISA	2258	680740816817185576	settled
3307153	519	2023-06-01 06:00:00	299.37	direct_debit	IE28BOFI90744093772542	BOFIIE2D	\N	\N	479665354564096708	settled
3325624	572	2023-06-01 10:13:50	97.73	cash_card	\N	\N	\N	\N	PP6215544804816880	settled
3339470	614	2023-06-02 06:00:00	88.07	direct_debit	IE41IPBS99586885385200	IPBSIE2D	\N	\N	770612093875671791	settled
3350716	641	2023-06-02 06:00:00	80.00	direct_debit	IE76BOFI90933363746419	BOFIIE2D	\N	\N	719214067514489839	settled
3352827	648	2023-06-02 06:00:00	238.49	direct_debit	IE81AIBK93920583329471	AIBKIE2D	\N	\N	846064792679617192	settled
3347306	634	2023-06-02 15:26:57	65.00	cash_card	\N	\N	\N	\N	PP8275818367994072	settled
3339133	613	2023-06-03 06:00:00	201.67	direct_debit	IE16IPBS99416770286671	IPBSIE2D	\N	\N	776167023438220203	settled
3348513	636	2023-06-03 10:01:28	80.00	cash_card	\N	\N	\N	\N	PP0991103031239304	settled
3308287	521	2023-06-03 13:59:09	95.00	cash_card	\N	\N	\N	\N	PP5170715564419335	settled
3319100	551	2023-06-03 17:23:18	173.08	bank_transfer	\N	\N	\N	\N	258421686997263535	settled
3320951	559	2023-06-04 06:00:00	65.00	direct_debit	IE19AIBK93680511488810	AIBKIE2D	\N	\N	037576608056286406	settled
3337067	606	2023-06-04 06:00:00	248.88	direct_debit	IE65AIBK93785586206907	AIBKIE2D	\N	\N	875871701546249688	settled
3322063	562	2023-06-04 09:57:58	95.00	cash_card	\N	\N	\N	\N	PP8533318858583693	settled
3305154	514	2023-06-04 12:08:39	110.00	cash_card	\N	\N	\N	\N	PP5894055056637828	settled
3301843	505	2023-06-04 12:31:43	95.00	card	\N	\N	VISA	6437	076935920761703142	settled
3320120	556	2023-06-04 15:28:49	95.00	cash	\N	\N	\N	\N	846673959672997942	settled
3316194	547	2023-06-04 16:22:37	239.51	cash_card	\N	\N	\N	\N	PP5483900423198950	settled
3321188	560	2023-06-04 20:22:47	65.00	card	\N	\N	MASTERCARD	0744	937387415195312519	settled
3313826	538	2023-06-05 06:00:00	110.00	direct_debit	IE78BOFI90548845389984	BOFIIE2D	\N	\N	907762604235710288	settled
3350035	640	2023-06-05 09:38:31	206.67	cash_card	\N	\N	\N	\N	PP0653634783366248	settled
3335650	602	2023-06-05 10:13:45	323.24	cash_card	\N	\N	\N	\N	PP4340874625879108	settled
3345224	626	2023-06-05 12:07:33	132.89	cash_card	\N	\N	\N	\N	PP6692226956521650	settled
3340797	617	2023-06-05 16:49:02	140.00	cash_card	\N	\N	\N	\N	PP4033538813339512	settled
3333090	595	2023-06-05 20:54:29	282.43	card	\N	\N	MASTERCARD	6669	466853961407437888	settled
3328937	584	2023-06-06 06:00:00	65.00	direct_debit	IE47AIBK93168125991436	AIBKIE2D	\N	\N	613034571646171610	settled
3318514	550	2023-06-06 17:42:21	140.00	cash_card	\N	\N	\N	\N	PP1737673544879035	settled
3344314	625	2023-06-06 18:16:39	140.00	cash_card	\N	\N	\N	\N	PP7268723784867584	settled
3301526	504	2023-06-07 06:00:00	95.00	direct_debit	IE53BOFI90615832479396	BOFIIE2D	\N	\N	572745590584379593	settled
3336467	604	2023-06-07 06:00:00	80.00	direct_debit	IE51IPBS99731081584740	IPBSIE2D	\N	\N	898600567669050337	settled
3320419	557	2023-06-07 16:24:55	95.00	card	\N	\N	MASTERCARD	7580	450459010341639095	settled
3331720	591	2023-06-07 16:34:10	140.00	cash_card	\N	\N	\N	\N	PP2809895347318277	settled
3306722	518	2023-06-08 06:00:00	140.00	direct_debit	IE02AIBK93926582320434	AIBKIE2D	\N	\N	237696545592224841	settled
3302375	507	2023-06-08 09:21:32	140.00	cash_card	\N	\N	\N	\N	PP5796616664926627	settled
3353826	650	2023-06-08 12:50:03	70.84	cash_card	\N	\N	\N	\N	PP1477805242738935	settled
3309824	524	2023-06-08 13:28:49	65.00	cash_card	\N	\N	\N	\N	PP1597125258381659	settled
3334253	599	2023-06-08 16:28:40	65.00	card	\N	\N	MASTERCARD	3145	948762769074170765	settled
3314814	542	2023-06-09 06:00:00	93.42	direct_debit	IE55ULSB98747217228689	ULSBIE2D	\N	\N	164070309187118862	settled
3329563	585	2023-06-09 14:04:37	65.00	cash_card	\N	\N	\N	\N	PP9346814863164729	settled
3358067	664	2023-06-09 15:17:22	138.96	cash_card	\N	\N	\N	\N	PP5785408386962329	settled
3347345	634	2023-06-09 18:10:16	65.00	cash_card	\N	\N	\N	\N	PP9653444243842721	settled
3320651	558	2023-06-09 21:55:17	110.00	card	\N	\N	VISA	8249	643842830193677225	settled
3332377	593	2023-06-10 06:00:00	296.03	direct_debit	IE56IPBS99232749506368	IPBSIE2D	\N	\N	754140414388955285	settled
3348544	636	2023-06-10 10:10:04	80.00	cash_card	\N	\N	\N	\N	PP9569552197343506	settled
3326738	573	2023-06-10 10:42:37	161.23	cash_card	\N	\N	\N	\N	PP9079954442449903	settled
3304133	511	2023-06-11 06:00:00	80.00	direct_debit	IE94IPBS99903188749635	IPBSIE2D	\N	\N	178675003845475757	settled
3341949	619	2023-06-11 10:18:27	140.00	cash_card	\N	\N	\N	\N	PP1317705912233697	settled
3325658	572	2023-06-11 13:52:44	118.52	cash_card	\N	\N	\N	\N	PP9249253607770801	settled
3322633	563	2023-06-12 06:00:00	95.00	direct_debit	IE71AIBK93960896531203	AIBKIE2D	\N	\N	783637118766764805	settled
3300402	501	2023-06-12 13:49:54	95.00	cash_card	\N	\N	\N	\N	PP4516391502031453	settled
3303112	508	2023-06-13 06:00:00	65.00	direct_debit	IE69BOFI90617460435249	BOFIIE2D	\N	\N	768790991035084110	settled
3349571	639	2023-06-14 06:00:00	65.00	direct_debit	IE95AIBK93061651059187	AIBKIE2D	\N	\N	283379855985534657	settled
3322083	562	2023-06-14 18:25:50	95.00	cash_card	\N	\N	\N	\N	PP4719798668914310	settled
3305155	514	2023-06-15 09:41:04	110.00	cash_card	\N	\N	\N	\N	PP5480622605665870	settled
3324665	571	2023-06-15 10:51:17	110.00	cash_card	\N	\N	\N	\N	PP8762945257705507	settled
3315695	546	2023-06-15 13:16:08	65.00	card	\N	\N	MASTERCARD	7172	584094898880737701	settled
3344332	625	2023-06-15 16:28:13	140.00	cash_card	\N	\N	\N	\N	PP9780734441781351	settled
3323649	567	2023-06-16 06:00:00	65.00	direct_debit	IE49AIBK93893144948486	AIBKIE2D	\N	\N	153659136793115824	settled
3334839	601	2023-06-16 06:00:00	80.00	direct_debit	IE52IPBS99152942463112	IPBSIE2D	\N	\N	768876919553649292	settled
3359225	667	2023-06-16 06:00:00	95.00	direct_debit	IE55BOFI90172380292353	BOFIIE2D	\N	\N	446977861661866945	settled
3309827	524	2023-06-16 09:41:34	65.00	cash_card	\N	\N	\N	\N	PP9043938074100389	settled
3317454	549	2023-06-16 10:48:44	415.10	cash_card	\N	\N	\N	\N	PP8350071494949047	settled
3354816	652	2023-06-16 11:28:29	95.00	card	\N	\N	VISA	8948	138864365400261025	settled
3314677	541	2023-06-17 06:00:00	65.00	direct_debit	IE51ULSB98367863506897	ULSBIE2D	\N	\N	763362869061446917	settled
3331014	589	2023-06-17 06:00:00	65.00	direct_debit	IE54BOFI90151223680862	BOFIIE2D	\N	\N	747919949208329839	settled
3356818	661	2023-06-17 06:00:00	110.00	direct_debit	IE48IPBS99024389650180	IPBSIE2D	\N	\N	827380478795105153	settled
3331722	591	2023-06-17 14:55:08	140.00	cash_card	\N	\N	\N	\N	PP6799516563858584	settled
3347351	634	2023-06-17 16:15:30	65.00	cash_card	\N	\N	\N	\N	PP3551324030773914	settled
3350075	640	2023-06-17 18:08:54	96.87	cash_card	\N	\N	\N	\N	PP7216219256810503	settled
3333411	596	2023-06-18 06:00:00	140.00	direct_debit	IE68BOFI90607517922172	BOFIIE2D	\N	\N	729242169318192172	settled
3316212	547	2023-06-18 17:47:29	222.03	cash_card	\N	\N	\N	\N	PP9761872312702284	settled
3354424	651	2023-06-18 19:58:09	183.23	card	\N	\N	VISA	7688	928662971715508039	settled
3323179	565	2023-06-19 06:00:00	65.00	direct_debit	IE39BOFI90303846016809	BOFIIE2D	\N	\N	976481252909852347	settled
3328545	582	2023-06-19 06:00:00	65.00	direct_debit	IE45BOFI90335082541126	BOFIIE2D	\N	\N	893909732653022697	settled
3351543	644	2023-06-19 06:00:00	80.00	direct_debit	IE69IPBS99708479497822	IPBSIE2D	\N	\N	493321710816695639	settled
3357126	662	2023-06-19 06:00:00	95.00	direct_debit	IE26ULSB98646690880541	ULSBIE2D	\N	\N	024836023556591032	settled
3353832	650	2023-06-19 12:49:52	187.11	cash_card	\N	\N	\N	\N	PP1249910639242588	settled
3318532	550	2023-06-19 18:35:33	140.00	cash_card	\N	\N	\N	\N	PP9401491356477667	settled
3311321	528	2023-06-20 06:00:00	110.00	direct_debit	IE03BOFI90770731165413	BOFIIE2D	\N	\N	426362046281572140	settled
3357439	663	2023-06-20 06:00:00	140.00	direct_debit	IE14BOFI90212122725303	BOFIIE2D	\N	\N	330405390551057692	settled
3313569	537	2023-06-20 15:13:42	95.00	card	\N	\N	MASTERCARD	5594	244334323320919716	settled
3311628	530	2023-06-20 17:01:48	118.22	card	\N	\N	VISA	0047	675263135030964041	settled
3356267	658	2023-06-20 17:03:28	110.00	card	\N	\N	MASTERCARD	0593	312114870933067987	settled
3340825	617	2023-06-20 18:51:07	140.00	cash_card	\N	\N	\N	\N	PP3985838724660620	settled
3308294	521	2023-06-20 18:51:26	95.00	cash_card	\N	\N	\N	\N	PP6956437904432860	settled
3303779	510	2023-06-21 06:00:00	95.00	direct_debit	IE10AIBK93820641633283	AIBKIE2D	\N	\N	925697359525631133	settled
3311907	531	2023-06-22 06:00:00	110.00	direct_debit	IE41BOFI90027589851679	BOFIIE2D	\N	\N	656973208156328141	settled
3314117	539	2023-06-22 06:00:00	65.00	direct_debit	IE41BOFI90507511924668	BOFIIE2D	\N	\N	146121386053009249	settled
3336224	603	2023-06-22 06:00:00	317.58	direct_debit	IE43BOFI90153991407959	BOFIIE2D	\N	\N	786592166680929158	settled
3340194	616	2023-06-22 06:00:00	140.00	direct_debit	IE50AIBK93199610999737	AIBKIE2D	\N	\N	793496575123010910	settled
3325698	572	2023-06-22 18:14:21	263.73	cash_card	\N	\N	\N	\N	PP6906682724389094	settled
3301235	503	2023-06-23 06:00:00	173.13	direct_debit	IE04ULSB98662320729557	ULSBIE2D	\N	\N	844031982450020774	settled
3308853	522	2023-06-23 06:00:00	140.00	direct_debit	IE40AIBK93455786322011	AIBKIE2D	\N	\N	883396611219651060	settled
3319882	555	2023-06-23 06:00:00	65.00	direct_debit	IE68ULSB98890186519407	ULSBIE2D	\N	\N	372962498313466526	settled
3348017	635	2023-06-23 06:00:00	110.00	direct_debit	IE75AIBK93783422122759	AIBKIE2D	\N	\N	492546693101263997	settled
3355833	656	2023-06-23 06:00:00	95.00	direct_debit	IE52BOFI90394058121863	BOFIIE2D	\N	\N	392447932431003180	settled
3335670	602	2023-06-23 18:47:11	179.47	cash_card	\N	\N	\N	\N	PP8718091942965945	settled
3301062	502	2023-06-24 06:00:00	65.00	direct_debit	IE25BOFI90161553054438	BOFIIE2D	\N	\N	402522430017959561	settled
3307482	520	2023-06-24 06:00:00	80.00	direct_debit	IE91BOFI90538720293749	BOFIIE2D	\N	\N	174344867497947805	settled
3342670	620	2023-06-24 06:00:00	72.14	direct_debit	IE40AIBK93081368220689	AIBKIE2D	\N	\N	341537100606919179	settled
3353159	649	2023-06-24 06:00:00	65.00	direct_debit	IE33ULSB98968453789633	ULSBIE2D	\N	\N	071033197274331944	settled
3358700	665	2023-06-24 06:00:00	95.00	direct_debit	IE47AIBK93355738234625	AIBKIE2D	\N	\N	518540429532733827	settled
3343336	622	2023-06-24 09:45:34	98.52	card	\N	\N	VISA	7271	120620894666376185	settled
3305183	514	2023-06-24 11:13:52	110.00	cash_card	\N	\N	\N	\N	PP3202610066525325	settled
3345238	626	2023-06-24 17:41:02	192.42	cash_card	\N	\N	\N	\N	PP9816558691626951	settled
3316928	548	2023-06-24 18:08:43	121.13	bank_transfer	\N	\N	\N	\N	814064139510579486	settled
3315375	544	2023-06-25 06:00:00	80.00	direct_debit	IE58BOFI90639322210766	BOFIIE2D	\N	\N	014830330755369404	settled
3339792	615	2023-06-25 06:00:00	80.00	direct_debit	IE71ULSB98343354427782	ULSBIE2D	\N	\N	586771388219135373	settled
3311078	527	2023-06-25 09:57:50	140.00	bank_transfer	\N	\N	\N	\N	713798424805719507	settled
3348553	636	2023-06-25 14:09:00	80.00	cash_card	\N	\N	\N	\N	PP2567233629346323	settled
3344346	625	2023-06-25 18:15:02	140.00	cash_card	\N	\N	\N	\N	PP6084613466652024	settled
3314452	540	2023-06-26 06:00:00	95.00	direct_debit	IE54BOFI90003033228528	BOFIIE2D	\N	\N	129409505109182374	settled
3349148	637	2023-06-26 06:00:00	80.00	direct_debit	IE74AIBK93096251328456	AIBKIE2D	\N	\N	414637562152761713	settled
3341985	619	2023-06-26 18:13:52	140.00	cash_card	\N	\N	\N	\N	PP5060329016381074	settled
3306428	517	2023-06-27 06:00:00	215.53	direct_debit	IE60BOFI90425117793416	BOFIIE2D	\N	\N	203490879395953904	returned
3309144	523	2023-06-27 06:00:00	65.00	direct_debit	IE31AIBK93492526734850	AIBKIE2D	\N	\N	816887971535857059	settled
3312517	533	2023-06-27 06:00:00	86.79	direct_debit	IE92AIBK93299964631488	AIBKIE2D	\N	\N	090080344735920861	settled
3323468	566	2023-06-27 06:00:00	197.93	direct_debit	IE36ULSB98476694371448	ULSBIE2D	\N	\N	154816219930853318	settled
3324050	570	2023-06-27 06:00:00	388.67	direct_debit	IE81ULSB98503639475383	ULSBIE2D	\N	\N	288968271346717635	settled
3317458	549	2023-06-27 14:35:09	141.17	cash_card	\N	\N	\N	\N	PP9417765964971942	settled
3324703	571	2023-06-27 14:54:39	110.00	cash_card	\N	\N	\N	\N	PP8389606961075630	settled
3326775	573	2023-06-27 15:09:59	334.67	cash_card	\N	\N	\N	\N	PP1922024208497269	settled
3322097	562	2023-06-27 17:08:57	95.00	cash_card	\N	\N	\N	\N	PP0665030300760552	settled
3336790	605	2023-06-28 06:00:00	201.05	direct_debit	IE90ULSB98753554584058	ULSBIE2D	\N	\N	515574851108309833	settled
3352446	647	2023-06-28 06:00:00	138.57	direct_debit	IE02BOFI90741695955029	BOFIIE2D	\N	\N	762362355378876690	settled
3359009	666	2023-06-28 06:00:00	80.00	direct_debit	IE34ULSB98458082223235	ULSBIE2D	\N	\N	022827139215033096	returned
3359488	668	2023-06-28 10:13:22	140.00	bank_transfer	\N	\N	\N	\N	065748480469305342	settled
3350108	640	2023-06-28 15:01:51	391.15	cash_card	\N	\N	\N	\N	PP4997070259706935	settled
3302382	507	2023-06-28 16:48:00	140.00	cash_card	\N	\N	\N	\N	PP8237091744582773	settled
3304698	513	2023-06-29 06:00:00	65.00	direct_debit	IE23AIBK93423586982973	AIBKIE2D	\N	\N	568230869509902252	settled
3330678	588	2023-06-29 06:00:00	362.78	direct_debit	IE61BOFI90645892229553	BOFIIE2D	\N	\N	320624437613420366	settled
3334576	600	2023-06-29 06:00:00	110.00	direct_debit	IE72IPBS99514720139539	IPBSIE2D	\N	\N	042661044545697892	settled
3309833	524	2023-06-29 11:32:20	65.00	cash_card	\N	\N	\N	\N	PP7574497997725429	settled
3343547	623	2023-06-30 06:00:00	250.39	direct_debit	IE09AIBK93427157364172	AIBKIE2D	\N	\N	371018784097430554	settled
3358098	664	2023-06-30 13:39:47	300.35	cash_card	\N	\N	\N	\N	PP1329363281264803	settled
3300429	501	2023-06-30 15:02:54	95.00	cash_card	\N	\N	\N	\N	PP9678485482103895	settled
3329592	585	2023-06-30 17:25:46	65.00	cash_card	\N	\N	\N	\N	PP3860172077340818	settled
3316216	547	2023-07-01 11:08:34	328.38	cash_card	\N	\N	\N	\N	PP0101076892590852	settled
3310905	526	2023-07-01 15:23:08	95.00	cash	\N	\N	\N	\N	124512867460899481	settled
3337373	607	2023-07-02 06:00:00	65.00	direct_debit	IE31BOFI90027424286827	BOFIIE2D	\N	\N	239593386554699206	settled
3325721	572	2023-07-02 11:20:29	73.47	cash_card	\N	\N	\N	\N	PP2489467638286441	settled
3318554	550	2023-07-02 18:23:15	140.00	cash_card	\N	\N	\N	\N	PP2138707027408059	settled
3339503	614	2023-07-03 06:00:00	277.74	direct_debit	IE41IPBS99586885385200	IPBSIE2D	\N	\N	798746649060634635	settled
3352859	648	2023-07-03 06:00:00	65.20	direct_debit	IE81AIBK93920583329471	AIBKIE2D	\N	\N	056557275129849644	settled
3353837	650	2023-07-03 13:46:25	265.67	cash_card	\N	\N	\N	\N	PP1405211784398642	settled
3306079	516	2023-07-03 20:14:22	110.00	card	\N	\N	VISA	0913	257840125701157620	settled
3338432	610	2023-07-04 06:00:00	140.00	direct_debit	IE60BOFI90564061943559	BOFIIE2D	\N	\N	520080805711756235	settled
3339154	613	2023-07-04 06:00:00	76.83	direct_debit	IE16IPBS99416770286671	IPBSIE2D	\N	\N	861891158177571543	settled
3305219	514	2023-07-04 12:46:05	110.00	cash_card	\N	\N	\N	\N	PP3811290883306224	settled
3319129	551	2023-07-04 12:51:27	364.05	bank_transfer	\N	\N	\N	\N	983927435351789547	settled
3308304	521	2023-07-04 15:35:05	95.00	cash_card	\N	\N	\N	\N	PP8685389954558074	settled
3337104	606	2023-07-05 06:00:00	178.44	direct_debit	IE65AIBK93785586206907	AIBKIE2D	\N	\N	505685799421342202	settled
3301868	505	2023-07-05 20:19:43	95.00	card	\N	\N	MASTERCARD	9179	125725107391655573	settled
3328949	584	2023-07-06 06:00:00	65.00	direct_debit	IE47AIBK93168125991436	AIBKIE2D	\N	\N	274710195814406204	settled
3333119	595	2023-07-06 16:48:04	289.33	card	\N	\N	VISA	6622	764415537568264860	settled
3331727	591	2023-07-06 17:29:45	140.00	cash_card	\N	\N	\N	\N	PP5054320447322050	settled
3301561	504	2023-07-07 06:00:00	95.00	direct_debit	IE53BOFI90615832479396	BOFIIE2D	\N	\N	875791791400941111	settled
3345276	626	2023-07-07 12:19:53	346.73	cash_card	\N	\N	\N	\N	PP9026480516495983	settled
3358101	664	2023-07-07 12:45:18	376.66	cash_card	\N	\N	\N	\N	PP8745374164804957	settled
3347384	634	2023-07-07 14:42:48	65.00	cash_card	\N	\N	\N	\N	PP1266193315714132	settled
3306761	518	2023-07-08 06:00:00	140.00	direct_debit	IE02AIBK93926582320434	AIBKIE2D	\N	\N	169631923786513303	settled
3330470	587	2023-07-08 06:00:00	112.59	direct_debit	IE79AIBK93768132658125	AIBKIE2D	\N	\N	673597670430125365	settled
3326783	573	2023-07-08 12:24:20	242.03	cash_card	\N	\N	\N	\N	PP1842430956175698	settled
3309853	524	2023-07-08 16:05:53	65.00	cash_card	\N	\N	\N	\N	PP4667019174950933	settled
3316225	547	2023-07-08 18:19:39	382.22	cash_card	\N	\N	\N	\N	PP6659577787205950	settled
3313138	536	2023-07-09 06:00:00	95.00	direct_debit	IE13ULSB98692744462496	ULSBIE2D	\N	\N	091725023552814853	settled
3341532	618	2023-07-09 06:00:00	140.00	direct_debit	IE59ULSB98300060622959	ULSBIE2D	\N	\N	194649032484591176	settled
3318559	550	2023-07-09 10:35:19	140.00	cash_card	\N	\N	\N	\N	PP3714109861051842	settled
3340862	617	2023-07-09 13:04:58	140.00	cash_card	\N	\N	\N	\N	PP0989386803263151	settled
3324739	571	2023-07-09 14:37:10	110.00	cash_card	\N	\N	\N	\N	PP1462725845461929	settled
3334277	599	2023-07-09 17:23:43	65.00	card	\N	\N	VISA	8534	555842535237573206	settled
3314827	542	2023-07-10 06:00:00	122.52	direct_debit	IE55ULSB98747217228689	ULSBIE2D	\N	\N	460155336733683238	settled
3355107	654	2023-07-10 09:39:09	414.65	cash_card	\N	\N	\N	\N	PP7430664506767964	settled
3320658	558	2023-07-10 10:10:59	110.00	card	\N	\N	MASTERCARD	2190	962631171711520317	settled
3333738	597	2023-07-10 12:06:21	320.22	bank_transfer	\N	\N	\N	\N	387162593500598692	settled
3304152	511	2023-07-11 06:00:00	80.00	direct_debit	IE94IPBS99903188749635	IPBSIE2D	\N	\N	273680793027636009	settled
3330165	586	2023-07-11 06:00:00	169.56	direct_debit	IE87BOFI90234713263509	BOFIIE2D	\N	\N	965435700393649998	settled
3335684	602	2023-07-11 12:49:49	326.84	cash_card	\N	\N	\N	\N	PP6819799193232085	settled
3344347	625	2023-07-11 15:07:57	140.00	cash_card	\N	\N	\N	\N	PP9733493691114876	settled
3348592	636	2023-07-12 18:43:58	80.00	cash_card	\N	\N	\N	\N	PP3262852687304920	settled
3304424	512	2023-07-13 06:00:00	65.00	direct_debit	IE16BOFI90630225186317	BOFIIE2D	\N	\N	208697491975084740	settled
3322645	563	2023-07-13 06:00:00	95.00	direct_debit	IE71AIBK93960896531203	AIBKIE2D	\N	\N	717043018275037242	settled
3308330	521	2023-07-13 14:55:41	95.00	cash_card	\N	\N	\N	\N	PP6040389637106475	settled
3349606	639	2023-07-14 06:00:00	65.00	direct_debit	IE95AIBK93061651059187	AIBKIE2D	\N	\N	776085383158292103	settled
3325749	572	2023-07-14 10:12:18	184.30	cash_card	\N	\N	\N	\N	PP5704201269622172	settled
3327481	575	2023-07-14 11:04:02	140.00	cash	\N	\N	\N	\N	741137964582300852	settled
3322111	562	2023-07-14 14:17:49	95.00	cash_card	\N	\N	\N	\N	PP2785756361421242	settled
3353870	650	2023-07-14 16:29:42	157.95	cash_card	\N	\N	\N	\N	PP9938658952691499	settled
3312192	532	2023-07-15 06:00:00	140.00	direct_debit	IE84BOFI90075582678742	BOFIIE2D	\N	\N	689941145884537235	settled
3319467	553	2023-07-15 06:00:00	218.16	direct_debit	IE76BOFI90831073257876	BOFIIE2D	\N	\N	804892664905248591	settled
3351821	645	2023-07-15 06:00:00	65.00	direct_debit	IE27IPBS99107528446782	IPBSIE2D	\N	\N	339858233770126429	settled
3358136	664	2023-07-15 17:05:08	207.10	cash_card	\N	\N	\N	\N	PP9275558619954426	settled
3341990	619	2023-07-15 18:32:56	140.00	cash_card	\N	\N	\N	\N	PP4834305798534419	settled
3315719	546	2023-07-15 20:03:49	65.00	card	\N	\N	VISA	9144	525434009943603354	settled
3321513	561	2023-07-16 06:00:00	95.00	direct_debit	IE42AIBK93372852451928	AIBKIE2D	\N	\N	360299884301164279	settled
3342951	621	2023-07-16 06:00:00	160.24	direct_debit	IE96IPBS99325392895857	IPBSIE2D	\N	\N	291387468538368637	settled
3356612	659	2023-07-16 06:00:00	95.00	direct_debit	IE33AIBK93988794024342	AIBKIE2D	\N	\N	461407169859130920	settled
3317481	549	2023-07-16 10:39:37	199.58	cash_card	\N	\N	\N	\N	PP1009631085606013	settled
3329595	585	2023-07-16 18:56:27	65.00	cash_card	\N	\N	\N	\N	PP1172369901060298	settled
3331019	589	2023-07-17 06:00:00	65.00	direct_debit	IE54BOFI90151223680862	BOFIIE2D	\N	\N	351239368304630944	settled
3359834	670	2023-07-17 06:00:00	365.05	direct_debit	IE58BOFI90783120738907	BOFIIE2D	\N	\N	206844194448296528	settled
3331732	591	2023-07-17 15:45:48	140.00	cash_card	\N	\N	\N	\N	PP5533686538877669	settled
3324742	571	2023-07-17 16:31:11	110.00	cash_card	\N	\N	\N	\N	PP0587913370095141	settled
3328188	579	2023-07-18 06:00:00	140.00	direct_debit	IE61BOFI90170219654784	BOFIIE2D	\N	\N	191113451194846967	settled
3331284	590	2023-07-18 06:00:00	419.85	direct_debit	IE82AIBK93110885624416	AIBKIE2D	\N	\N	952109910984901309	settled
3333413	596	2023-07-18 06:00:00	140.00	direct_debit	IE68BOFI90607517922172	BOFIIE2D	\N	\N	280280897753626450	settled
3356044	657	2023-07-18 06:00:00	65.00	direct_debit	IE13AIBK93735271400117	AIBKIE2D	\N	\N	763752444750851855	settled
3347417	634	2023-07-18 14:40:04	65.00	cash_card	\N	\N	\N	\N	PP8989492308963074	settled
3322947	564	2023-07-19 06:00:00	140.00	direct_debit	IE38AIBK93384491116019	AIBKIE2D	\N	\N	604911930597367812	settled
3350126	640	2023-07-19 11:02:05	406.53	cash_card	\N	\N	\N	\N	PP5902003689735783	settled
3300439	501	2023-07-19 15:26:03	95.00	cash_card	\N	\N	\N	\N	PP2077278729019342	settled
3302392	507	2023-07-19 15:59:15	140.00	cash_card	\N	\N	\N	\N	PP3989573108552414	settled
3305815	515	2023-07-20 06:00:00	80.00	direct_debit	IE75AIBK93367180140624	AIBKIE2D	\N	\N	038172658031278021	settled
3323206	565	2023-07-20 06:00:00	65.00	direct_debit	IE39BOFI90303846016809	BOFIIE2D	\N	\N	649407257091090217	settled
3351552	644	2023-07-20 06:00:00	80.00	direct_debit	IE69IPBS99708479497822	IPBSIE2D	\N	\N	128585033807726528	settled
3357475	663	2023-07-20 06:00:00	140.00	direct_debit	IE14BOFI90212122725303	BOFIIE2D	\N	\N	709531983693056919	settled
3351268	643	2023-07-20 10:25:44	110.00	card	\N	\N	MASTERCARD	7697	682547223785845021	settled
3345283	626	2023-07-20 17:45:41	360.57	cash_card	\N	\N	\N	\N	PP2126356836279019	settled
3303456	509	2023-07-20 18:37:17	65.00	card	\N	\N	VISA	1554	431105607601973837	settled
3311654	530	2023-07-21 08:11:07	75.42	card	\N	\N	VISA	4873	804061238171265374	settled
3309879	524	2023-07-21 10:24:53	65.00	cash_card	\N	\N	\N	\N	PP1467211173596860	settled
3356279	658	2023-07-21 11:16:51	110.00	card	\N	\N	VISA	0514	727074163328991025	settled
3340884	617	2023-07-21 14:29:55	140.00	cash_card	\N	\N	\N	\N	PP5121861885940298	settled
3303805	510	2023-07-22 06:00:00	95.00	direct_debit	IE10AIBK93820641633283	AIBKIE2D	\N	\N	911831274720071934	settled
3336241	603	2023-07-22 06:00:00	152.42	direct_debit	IE43BOFI90153991407959	BOFIIE2D	\N	\N	736791760847313936	settled
3346139	629	2023-07-22 06:00:00	80.00	direct_debit	IE60ULSB98692767876092	ULSBIE2D	\N	\N	761410912951622175	settled
3338048	609	2023-07-22 10:25:36	91.52	cash	\N	\N	\N	\N	084391237053814455	settled
3318561	550	2023-07-22 11:41:53	140.00	cash_card	\N	\N	\N	\N	PP7969224800092397	settled
3310604	525	2023-07-22 21:02:28	267.66	card	\N	\N	VISA	2470	845003962821192623	settled
3346515	632	2023-07-22 21:37:50	80.00	card	\N	\N	MASTERCARD	9692	868906052768392440	settled
3308857	522	2023-07-23 06:00:00	140.00	direct_debit	IE40AIBK93455786322011	AIBKIE2D	\N	\N	061650866470571922	settled
3332685	594	2023-07-23 06:00:00	95.00	direct_debit	IE97BOFI90447930874423	BOFIIE2D	\N	\N	656714695800296386	settled
3346767	633	2023-07-23 10:12:33	140.00	cash	\N	\N	\N	\N	248935016730384529	settled
3326794	573	2023-07-23 15:25:30	202.78	cash_card	\N	\N	\N	\N	PP5355120145286071	settled
3319893	555	2023-07-24 06:00:00	65.00	direct_debit	IE68ULSB98890186519407	ULSBIE2D	\N	\N	595710302776400239	settled
3348040	635	2023-07-24 06:00:00	110.00	direct_debit	IE75AIBK93783422122759	AIBKIE2D	\N	\N	808397602761901780	settled
3350987	642	2023-07-24 06:00:00	402.20	direct_debit	IE05IPBS99763371112796	IPBSIE2D	\N	\N	069428353238916242	settled
3343355	622	2023-07-24 11:01:59	267.35	card	\N	\N	VISA	4562	176436167003520882	settled
3325769	572	2023-07-24 11:39:04	345.15	cash_card	\N	\N	\N	\N	PP2421813709673448	settled
3307517	520	2023-07-25 06:00:00	80.00	direct_debit	IE91BOFI90538720293749	BOFIIE2D	\N	\N	041537206456435277	settled
3358708	665	2023-07-25 06:00:00	95.00	direct_debit	IE47AIBK93355738234625	AIBKIE2D	\N	\N	638796357126445161	settled
3344366	625	2023-07-25 09:41:52	140.00	cash_card	\N	\N	\N	\N	PP6782365880253895	settled
3305225	514	2023-07-25 10:52:07	110.00	cash_card	\N	\N	\N	\N	PP4279193697728096	settled
3331761	591	2023-07-25 14:22:07	140.00	cash_card	\N	\N	\N	\N	PP3386611733242071	settled
3315407	544	2023-07-26 06:00:00	80.00	direct_debit	IE58BOFI90639322210766	BOFIIE2D	\N	\N	045564127929421346	settled
3327794	576	2023-07-26 06:00:00	95.00	direct_debit	IE63ULSB98871361021300	ULSBIE2D	\N	\N	752685387036363252	settled
3348605	636	2023-07-26 13:52:46	80.00	cash_card	\N	\N	\N	\N	PP5789987481841526	settled
3355125	654	2023-07-26 13:55:06	256.58	cash_card	\N	\N	\N	\N	PP4276560246886662	settled
3335704	602	2023-07-26 14:48:47	95.74	cash_card	\N	\N	\N	\N	PP5373521562393280	settled
3302431	507	2023-07-26 14:56:46	140.00	cash_card	\N	\N	\N	\N	PP3158454829380011	settled
3314473	540	2023-07-27 06:00:00	95.00	direct_debit	IE54BOFI90003033228528	BOFIIE2D	\N	\N	876806950747805736	settled
3323470	566	2023-07-27 06:00:00	219.44	direct_debit	IE36ULSB98476694371448	ULSBIE2D	\N	\N	992299442734106881	settled
3324065	570	2023-07-27 06:00:00	174.63	direct_debit	IE81ULSB98503639475383	ULSBIE2D	\N	\N	674219677530293523	settled
3347442	634	2023-07-27 12:24:43	65.00	cash_card	\N	\N	\N	\N	PP9437369068347668	settled
3352189	646	2023-07-27 19:41:36	305.98	card	\N	\N	MASTERCARD	9261	986203451990892980	settled
3306441	517	2023-07-28 06:00:00	203.33	direct_debit	IE60BOFI90425117793416	BOFIIE2D	\N	\N	556934534307384934	settled
3352467	647	2023-07-28 06:00:00	267.78	direct_debit	IE02BOFI90741695955029	BOFIIE2D	\N	\N	701554920926742630	settled
3300470	501	2023-07-28 12:22:33	95.00	cash_card	\N	\N	\N	\N	PP3997688941801035	settled
3315101	543	2023-07-28 20:28:55	110.00	card	\N	\N	VISA	6792	333371151075263402	settled
3330705	588	2023-07-29 06:00:00	268.82	direct_debit	IE61BOFI90645892229553	BOFIIE2D	\N	\N	111351088337925996	settled
3334590	600	2023-07-29 06:00:00	110.00	direct_debit	IE72IPBS99514720139539	IPBSIE2D	\N	\N	303000817241637716	settled
3336801	605	2023-07-29 06:00:00	164.60	direct_debit	IE90ULSB98753554584058	ULSBIE2D	\N	\N	157694535478509098	settled
3337741	608	2023-07-29 09:56:24	245.24	card	\N	\N	VISA	7711	995525765147658243	settled
3316264	547	2023-07-29 10:58:05	70.21	cash_card	\N	\N	\N	\N	PP9866223974573763	settled
3304706	513	2023-07-30 06:00:00	65.00	direct_debit	IE23AIBK93423586982973	AIBKIE2D	\N	\N	751606171881733695	settled
3329603	585	2023-07-30 12:38:24	65.00	cash_card	\N	\N	\N	\N	PP0731912258684521	settled
3324781	571	2023-07-30 18:58:34	110.00	cash_card	\N	\N	\N	\N	PP5735339814283755	settled
3358148	664	2023-07-31 12:56:53	266.10	cash_card	\N	\N	\N	\N	PP5421590620782177	settled
3312792	535	2023-07-31 17:11:07	80.00	card	\N	\N	VISA	6095	888471316348164946	settled
3326825	573	2023-07-31 17:15:33	146.12	cash_card	\N	\N	\N	\N	PP0860719207758557	settled
3307185	519	2023-08-01 06:00:00	312.92	direct_debit	IE28BOFI90744093772542	BOFIIE2D	\N	\N	982944682056336434	settled
3353895	650	2023-08-01 11:06:29	150.97	cash_card	\N	\N	\N	\N	PP7655650779852721	settled
3340905	617	2023-08-01 11:55:31	140.00	cash_card	\N	\N	\N	\N	PP1451739824528294	settled
3310917	526	2023-08-01 16:30:47	95.00	cash	\N	\N	\N	\N	398532488839262147	settled
3308339	521	2023-08-01 17:55:07	95.00	cash_card	\N	\N	\N	\N	PP4022035816488961	settled
3320967	559	2023-08-02 06:00:00	65.00	direct_debit	IE19AIBK93680511488810	AIBKIE2D	\N	\N	948846745287092137	settled
3337389	607	2023-08-02 06:00:00	65.00	direct_debit	IE31BOFI90027424286827	BOFIIE2D	\N	\N	584765222216364801	settled
3350732	641	2023-08-02 06:00:00	80.00	direct_debit	IE76BOFI90933363746419	BOFIIE2D	\N	\N	470280892468299256	settled
3320128	556	2023-08-02 13:12:04	95.00	cash	\N	\N	\N	\N	891682822043658931	settled
3325777	572	2023-08-02 16:42:26	106.58	cash_card	\N	\N	\N	\N	PP4744526651930402	settled
3306091	516	2023-08-02 16:52:11	110.00	card	\N	\N	VISA	0858	392513460450372479	settled
3313835	538	2023-08-03 06:00:00	110.00	direct_debit	IE78BOFI90548845389984	BOFIIE2D	\N	\N	296431011720680775	settled
3347475	634	2023-08-03 10:00:51	65.00	cash_card	\N	\N	\N	\N	PP9188550820466832	settled
3337105	606	2023-08-04 06:00:00	122.34	direct_debit	IE65AIBK93785586206907	AIBKIE2D	\N	\N	153258834088334832	settled
3339192	613	2023-08-04 06:00:00	380.52	direct_debit	IE16IPBS99416770286671	IPBSIE2D	\N	\N	451751573584861412	settled
3321225	560	2023-08-04 13:10:31	65.00	card	\N	\N	VISA	8759	547905612040005719	settled
3322135	562	2023-08-04 17:31:35	95.00	cash_card	\N	\N	\N	\N	PP1096639348204353	settled
3344397	625	2023-08-04 18:54:37	140.00	cash_card	\N	\N	\N	\N	PP4143373550891697	settled
3336500	604	2023-08-05 06:00:00	80.00	direct_debit	IE51IPBS99731081584740	IPBSIE2D	\N	\N	460466150018963564	settled
3345286	626	2023-08-05 11:09:20	172.72	cash_card	\N	\N	\N	\N	PP2074259723198172	settled
3320426	557	2023-08-05 11:49:31	95.00	card	\N	\N	VISA	7323	160659921217825749	settled
3348637	636	2023-08-05 12:42:09	80.00	cash_card	\N	\N	\N	\N	PP3277138977345118	settled
3342017	619	2023-08-05 17:20:01	140.00	cash_card	\N	\N	\N	\N	PP3596387030111796	settled
3317519	549	2023-08-05 17:58:57	189.72	cash_card	\N	\N	\N	\N	PP4788082407210104	settled
3301596	504	2023-08-06 06:00:00	95.00	direct_debit	IE53BOFI90615832479396	BOFIIE2D	\N	\N	242148655590983109	settled
3331801	591	2023-08-07 13:20:10	140.00	cash_card	\N	\N	\N	\N	PP8057806178827356	settled
3306797	518	2023-08-08 06:00:00	140.00	direct_debit	IE02AIBK93926582320434	AIBKIE2D	\N	\N	561211344312198171	settled
3332403	593	2023-08-08 06:00:00	372.76	direct_debit	IE56IPBS99232749506368	IPBSIE2D	\N	\N	405305360656441107	settled
3326852	573	2023-08-08 15:10:06	181.22	cash_card	\N	\N	\N	\N	PP7001742523273773	settled
3320659	558	2023-08-09 09:23:48	110.00	card	\N	\N	VISA	4769	600732830962181313	settled
3325816	572	2023-08-09 10:12:24	270.03	cash_card	\N	\N	\N	\N	PP5465143811884133	settled
3318586	550	2023-08-09 15:18:17	140.00	cash_card	\N	\N	\N	\N	PP3643851369106152	settled
3309892	524	2023-08-09 17:09:21	65.00	cash_card	\N	\N	\N	\N	PP2596048322002943	settled
3350152	640	2023-08-09 18:02:00	290.08	cash_card	\N	\N	\N	\N	PP1518520365018379	settled
3314839	542	2023-08-10 06:00:00	125.78	direct_debit	IE55ULSB98747217228689	ULSBIE2D	\N	\N	699940586660477589	settled
3355148	654	2023-08-10 11:12:44	332.91	cash_card	\N	\N	\N	\N	PP4301937253226123	settled
3333766	597	2023-08-10 18:27:05	390.67	bank_transfer	\N	\N	\N	\N	493882979573500806	settled
3302436	507	2023-08-11 11:24:18	140.00	cash_card	\N	\N	\N	\N	PP7836272361883781	settled
3322151	562	2023-08-11 12:18:51	95.00	cash_card	\N	\N	\N	\N	PP8435284057642566	settled
3358162	664	2023-08-11 16:14:24	401.70	cash_card	\N	\N	\N	\N	PP7922667580825576	settled
3353909	650	2023-08-11 16:24:03	182.40	cash_card	\N	\N	\N	\N	PP2401657242812780	settled
3345290	626	2023-08-12 18:49:43	128.53	cash_card	\N	\N	\N	\N	PP3830904034832121	settled
3303146	508	2023-08-13 06:00:00	65.00	direct_debit	IE69BOFI90617460435249	BOFIIE2D	\N	\N	271994987655950059	settled
3304451	512	2023-08-13 06:00:00	65.00	direct_debit	IE16BOFI90630225186317	BOFIIE2D	\N	\N	351899436348602146	settled
3305241	514	2023-08-13 15:35:15	110.00	cash_card	\N	\N	\N	\N	PP4561717799314254	settled
3329638	585	2023-08-13 18:01:57	65.00	cash_card	\N	\N	\N	\N	PP7265155695824467	settled
3319474	553	2023-08-14 06:00:00	168.30	direct_debit	IE76BOFI90831073257876	BOFIIE2D	\N	\N	489129801604620891	settled
3334854	601	2023-08-14 06:00:00	80.00	direct_debit	IE52IPBS99152942463112	IPBSIE2D	\N	\N	901933399717313876	settled
3359263	667	2023-08-14 06:00:00	95.00	direct_debit	IE55BOFI90172380292353	BOFIIE2D	\N	\N	756409108541091521	settled
3355684	655	2023-08-14 13:45:48	123.18	bank_transfer	\N	\N	\N	\N	656782421464686017	settled
3335713	602	2023-08-14 15:21:13	109.11	cash_card	\N	\N	\N	\N	PP5915935918854024	settled
3314678	541	2023-08-15 06:00:00	65.00	direct_debit	IE51ULSB98367863506897	ULSBIE2D	\N	\N	357714505907833423	settled
3356638	659	2023-08-15 06:00:00	95.00	direct_debit	IE33AIBK93988794024342	AIBKIE2D	\N	\N	210580090200516740	settled
3356854	661	2023-08-15 06:00:00	110.00	direct_debit	IE48IPBS99024389650180	IPBSIE2D	\N	\N	245973582314859666	settled
3308355	521	2023-08-15 15:43:24	95.00	cash_card	\N	\N	\N	\N	PP9156421083315263	settled
3316273	547	2023-08-15 18:49:48	284.81	cash_card	\N	\N	\N	\N	PP1506521194728807	settled
3321520	561	2023-08-16 06:00:00	95.00	direct_debit	IE42AIBK93372852451928	AIBKIE2D	\N	\N	011398459136612763	settled
3323677	567	2023-08-16 06:00:00	65.00	direct_debit	IE49AIBK93893144948486	AIBKIE2D	\N	\N	435629272800056962	settled
3309911	524	2023-08-16 16:27:57	65.00	cash_card	\N	\N	\N	\N	PP6489496875809702	settled
3354825	652	2023-08-16 22:06:08	95.00	card	\N	\N	VISA	6123	486142367218539785	settled
3328220	579	2023-08-17 06:00:00	140.00	direct_debit	IE61BOFI90170219654784	BOFIIE2D	\N	\N	272970700308849724	settled
3331023	589	2023-08-17 06:00:00	65.00	direct_debit	IE54BOFI90151223680862	BOFIIE2D	\N	\N	095663042319918334	settled
3357137	662	2023-08-17 06:00:00	95.00	direct_debit	IE26ULSB98646690880541	ULSBIE2D	\N	\N	325493968540780468	settled
3359852	670	2023-08-17 06:00:00	191.92	direct_debit	IE58BOFI90783120738907	BOFIIE2D	\N	\N	837584621396542258	settled
3342029	619	2023-08-17 16:29:42	140.00	cash_card	\N	\N	\N	\N	PP3849700132904779	settled
3311341	528	2023-08-18 06:00:00	110.00	direct_debit	IE03BOFI90770731165413	BOFIIE2D	\N	\N	342093773361217365	settled
3333444	596	2023-08-18 06:00:00	140.00	direct_debit	IE68BOFI90607517922172	BOFIIE2D	\N	\N	298827364507646389	settled
3354446	651	2023-08-18 08:34:05	281.68	card	\N	\N	VISA	7103	357807769046600977	settled
3331839	591	2023-08-18 09:36:33	140.00	cash_card	\N	\N	\N	\N	PP4956223631974639	settled
3347478	634	2023-08-18 09:57:27	65.00	cash_card	\N	\N	\N	\N	PP2900766516519617	settled
3300504	501	2023-08-18 14:30:08	95.00	cash_card	\N	\N	\N	\N	PP1430677619123230	settled
3344429	625	2023-08-18 18:39:09	140.00	cash_card	\N	\N	\N	\N	PP0751122712610738	settled
3305846	515	2023-08-19 06:00:00	80.00	direct_debit	IE75AIBK93367180140624	AIBKIE2D	\N	\N	087761946140016721	settled
3328580	582	2023-08-19 06:00:00	65.00	direct_debit	IE45BOFI90335082541126	BOFIIE2D	\N	\N	127785404954983654	settled
3355151	654	2023-08-19 10:53:08	197.76	cash_card	\N	\N	\N	\N	PP5471312259798673	settled
3353947	650	2023-08-19 16:30:42	408.18	cash_card	\N	\N	\N	\N	PP3092985632139290	settled
3324783	571	2023-08-19 18:42:45	110.00	cash_card	\N	\N	\N	\N	PP9977318167922489	settled
3314146	539	2023-08-20 06:00:00	65.00	direct_debit	IE41BOFI90507511924668	BOFIIE2D	\N	\N	012885104952703238	settled
3340202	616	2023-08-20 06:00:00	140.00	direct_debit	IE50AIBK93199610999737	AIBKIE2D	\N	\N	214678452075665930	settled
3313602	537	2023-08-20 08:18:41	95.00	card	\N	\N	VISA	2211	471291868656587708	settled
3358188	664	2023-08-20 10:49:11	285.19	cash_card	\N	\N	\N	\N	PP5196948497719846	settled
3311674	530	2023-08-20 13:11:00	389.67	card	\N	\N	MASTERCARD	3940	859776618029405718	settled
3318614	550	2023-08-20 15:48:15	140.00	cash_card	\N	\N	\N	\N	PP6908285669115287	settled
3303491	509	2023-08-20 18:08:53	65.00	card	\N	\N	VISA	4996	316056743918993493	settled
3348673	636	2023-08-20 18:08:57	80.00	cash_card	\N	\N	\N	\N	PP7889904520274503	settled
3301237	503	2023-08-21 06:00:00	398.85	direct_debit	IE04ULSB98662320729557	ULSBIE2D	\N	\N	595891574341489219	settled
3338074	609	2023-08-21 11:21:01	135.86	cash	\N	\N	\N	\N	553213137496270894	settled
3340909	617	2023-08-21 11:49:10	140.00	cash_card	\N	\N	\N	\N	PP2810365999843204	settled
3301088	502	2023-08-22 06:00:00	65.00	direct_debit	IE25BOFI90161553054438	BOFIIE2D	\N	\N	685631299521110279	settled
3311936	531	2023-08-22 06:00:00	110.00	direct_debit	IE41BOFI90027589851679	BOFIIE2D	\N	\N	798894665873550004	settled
3336256	603	2023-08-22 06:00:00	354.09	direct_debit	IE43BOFI90153991407959	BOFIIE2D	\N	\N	607033910831980970	settled
3353169	649	2023-08-22 06:00:00	65.00	direct_debit	IE33ULSB98968453789633	ULSBIE2D	\N	\N	071521487677874002	settled
3317552	549	2023-08-22 13:41:28	377.04	cash_card	\N	\N	\N	\N	PP0788233198374588	settled
3308885	522	2023-08-23 06:00:00	140.00	direct_debit	IE40AIBK93455786322011	AIBKIE2D	\N	\N	527579111348130940	settled
3339825	615	2023-08-23 06:00:00	80.00	direct_debit	IE71ULSB98343354427782	ULSBIE2D	\N	\N	060921194644672661	settled
3355848	656	2023-08-23 06:00:00	95.00	direct_debit	IE52BOFI90394058121863	BOFIIE2D	\N	\N	332804985350213907	settled
3345305	626	2023-08-23 09:43:35	108.50	cash_card	\N	\N	\N	\N	PP4895627308006615	settled
3311095	527	2023-08-23 10:19:02	140.00	bank_transfer	\N	\N	\N	\N	428182526495490615	settled
3302470	507	2023-08-23 10:20:59	140.00	cash_card	\N	\N	\N	\N	PP9257024154647810	settled
3326880	573	2023-08-23 14:04:00	99.30	cash_card	\N	\N	\N	\N	PP1824658777860057	settled
3342705	620	2023-08-24 06:00:00	400.65	direct_debit	IE40AIBK93081368220689	AIBKIE2D	\N	\N	924874563994945683	settled
3349170	637	2023-08-24 06:00:00	80.00	direct_debit	IE74AIBK93096251328456	AIBKIE2D	\N	\N	639118475082046845	settled
3316302	547	2023-08-24 09:34:21	323.17	cash_card	\N	\N	\N	\N	PP4340774713158712	settled
3316960	548	2023-08-24 10:20:05	320.03	bank_transfer	\N	\N	\N	\N	408691690635775855	settled
3309162	523	2023-08-25 06:00:00	65.00	direct_debit	IE31AIBK93492526734850	AIBKIE2D	\N	\N	065389889360365508	settled
3315420	544	2023-08-25 06:00:00	80.00	direct_debit	IE58BOFI90639322210766	BOFIIE2D	\N	\N	987527223513418731	settled
3342060	619	2023-08-25 16:18:40	140.00	cash_card	\N	\N	\N	\N	PP4285340935985954	settled
3324069	570	2023-08-26 06:00:00	310.85	direct_debit	IE81ULSB98503639475383	ULSBIE2D	\N	\N	595511226075599836	settled
3327807	576	2023-08-26 06:00:00	95.00	direct_debit	IE63ULSB98871361021300	ULSBIE2D	\N	\N	500602331158220746	settled
3359032	666	2023-08-26 06:00:00	80.00	direct_debit	IE34ULSB98458082223235	ULSBIE2D	\N	\N	793690533015660420	settled
3359503	668	2023-08-26 10:58:09	140.00	bank_transfer	\N	\N	\N	\N	688143718567579131	settled
3335716	602	2023-08-26 11:23:59	80.73	cash_card	\N	\N	\N	\N	PP4851880420783223	settled
3322177	562	2023-08-26 12:35:28	95.00	cash_card	\N	\N	\N	\N	PP7155201902688378	settled
3324808	571	2023-08-26 13:54:17	110.00	cash_card	\N	\N	\N	\N	PP2535896479174163	settled
3352227	646	2023-08-26 21:27:14	102.70	card	\N	\N	VISA	5171	377225205712938345	settled
3312550	533	2023-08-27 06:00:00	140.88	direct_debit	IE92AIBK93299964631488	AIBKIE2D	\N	\N	762858479594122663	settled
3325849	572	2023-08-27 13:01:37	375.98	cash_card	\N	\N	\N	\N	PP7868674662686862	settled
3315116	543	2023-08-27 15:04:44	110.00	card	\N	\N	VISA	8885	531881073639083911	settled
3350176	640	2023-08-27 18:45:13	210.13	cash_card	\N	\N	\N	\N	PP3737599146406883	settled
3330714	588	2023-08-28 06:00:00	275.86	direct_debit	IE61BOFI90645892229553	BOFIIE2D	\N	\N	844569167944403613	settled
3343587	623	2023-08-28 06:00:00	66.49	direct_debit	IE09AIBK93427157364172	AIBKIE2D	\N	\N	126585619969508812	settled
3352484	647	2023-08-28 06:00:00	237.85	direct_debit	IE02BOFI90741695955029	BOFIIE2D	\N	\N	073735030102011823	settled
3304712	513	2023-08-29 06:00:00	65.00	direct_debit	IE23AIBK93423586982973	AIBKIE2D	\N	\N	265732329663962255	settled
3334606	600	2023-08-29 06:00:00	110.00	direct_debit	IE72IPBS99514720139539	IPBSIE2D	\N	\N	795500156274643603	settled
3331849	591	2023-08-29 16:45:10	140.00	cash_card	\N	\N	\N	\N	PP2748945954213313	settled
3300513	501	2023-08-30 09:25:34	95.00	cash_card	\N	\N	\N	\N	PP8697929968262841	settled
3318623	550	2023-08-30 15:37:14	140.00	cash_card	\N	\N	\N	\N	PP7722087592268020	settled
3347501	634	2023-08-30 17:22:38	65.00	cash_card	\N	\N	\N	\N	PP1235527298242230	settled
3352869	648	2023-08-31 06:00:00	408.63	direct_debit	IE81AIBK93920583329471	AIBKIE2D	\N	\N	115018498487748211	settled
3355162	654	2023-08-31 17:52:42	60.31	cash_card	\N	\N	\N	\N	PP2997571766458078	settled
3340928	617	2023-08-31 17:54:17	140.00	cash_card	\N	\N	\N	\N	PP8979709948333258	settled
3321001	559	2023-09-01 06:00:00	65.00	direct_debit	IE19AIBK93680511488810	AIBKIE2D	\N	\N	017792585225449369	settled
3337402	607	2023-09-01 06:00:00	65.00	direct_debit	IE31BOFI90027424286827	BOFIIE2D	\N	\N	651224752408605911	settled
3338434	610	2023-09-01 06:00:00	140.00	direct_debit	IE60BOFI90564061943559	BOFIIE2D	\N	\N	573863708520662045	settled
3329668	585	2023-09-01 09:25:39	65.00	cash_card	\N	\N	\N	\N	PP4439088951756443	settled
3306106	516	2023-09-01 11:43:05	110.00	card	\N	\N	VISA	2149	954180453668432425	settled
3342061	619	2023-09-01 13:44:44	140.00	cash_card	\N	\N	\N	\N	PP2222321063819032	settled
3319150	551	2023-09-01 14:47:46	330.56	bank_transfer	\N	\N	\N	\N	940673746663570563	settled
3316339	547	2023-09-01 18:44:34	233.02	cash_card	\N	\N	\N	\N	PP0447091494628830	settled
3339536	614	2023-09-02 06:00:00	156.42	direct_debit	IE41IPBS99586885385200	IPBSIE2D	\N	\N	197544877381892786	settled
3317575	549	2023-09-02 09:12:22	415.50	cash_card	\N	\N	\N	\N	PP1988944668776688	settled
3345320	626	2023-09-02 13:25:04	97.01	cash_card	\N	\N	\N	\N	PP7121005200583761	settled
3305251	514	2023-09-02 16:15:21	110.00	cash_card	\N	\N	\N	\N	PP7123390166697992	settled
3320153	556	2023-09-02 16:20:53	95.00	cash	\N	\N	\N	\N	849595493209484099	settled
3328959	584	2023-09-03 06:00:00	65.00	direct_debit	IE47AIBK93168125991436	AIBKIE2D	\N	\N	394360113942431391	settled
3302486	507	2023-09-03 09:45:41	140.00	cash_card	\N	\N	\N	\N	PP3835652685649052	settled
3337124	606	2023-09-04 06:00:00	319.98	direct_debit	IE65AIBK93785586206907	AIBKIE2D	\N	\N	206534774535321311	settled
3339212	613	2023-09-04 06:00:00	190.45	direct_debit	IE16IPBS99416770286671	IPBSIE2D	\N	\N	459628845931380964	settled
3320452	557	2023-09-04 18:35:12	95.00	card	\N	\N	MASTERCARD	0691	719632465854295009	settled
3301889	505	2023-09-04 21:07:17	95.00	card	\N	\N	MASTERCARD	6013	468261047000523620	settled
3336501	604	2023-09-05 06:00:00	80.00	direct_debit	IE51IPBS99731081584740	IPBSIE2D	\N	\N	044371944223950154	settled
3308387	521	2023-09-05 17:27:15	95.00	cash_card	\N	\N	\N	\N	PP9688583760722906	settled
3333128	595	2023-09-05 19:24:29	98.40	card	\N	\N	VISA	0475	665562071539770770	settled
3313153	536	2023-09-06 06:00:00	95.00	direct_debit	IE13ULSB98692744462496	ULSBIE2D	\N	\N	939792745976941490	settled
3341548	618	2023-09-06 06:00:00	140.00	direct_debit	IE59ULSB98300060622959	ULSBIE2D	\N	\N	283601715006140648	settled
3347504	634	2023-09-06 12:36:19	65.00	cash_card	\N	\N	\N	\N	PP1015646768335806	settled
3353979	650	2023-09-06 12:51:53	144.33	cash_card	\N	\N	\N	\N	PP0297467199569908	settled
3309941	524	2023-09-06 13:34:06	65.00	cash_card	\N	\N	\N	\N	PP6481786032555584	settled
3330480	587	2023-09-07 06:00:00	314.69	direct_debit	IE79AIBK93768132658125	AIBKIE2D	\N	\N	372968898611261100	settled
3333877	598	2023-09-07 06:00:00	80.00	direct_debit	IE61BOFI90534263302496	BOFIIE2D	\N	\N	437085059802911372	settled
3348684	636	2023-09-07 10:41:40	80.00	cash_card	\N	\N	\N	\N	PP0505815688740995	settled
3344441	625	2023-09-07 11:18:00	140.00	cash_card	\N	\N	\N	\N	PP2801768125502948	settled
3304180	511	2023-09-08 06:00:00	80.00	direct_debit	IE94IPBS99903188749635	IPBSIE2D	\N	\N	092923237324549809	settled
3334306	599	2023-09-08 22:26:04	65.00	card	\N	\N	VISA	7841	773519954115009666	settled
3333789	597	2023-09-09 11:27:29	160.99	bank_transfer	\N	\N	\N	\N	291578360349529846	settled
3335736	602	2023-09-09 13:50:04	78.06	cash_card	\N	\N	\N	\N	PP4060335594147958	settled
3350203	640	2023-09-09 14:53:57	144.69	cash_card	\N	\N	\N	\N	PP0688679562846293	settled
3324837	571	2023-09-09 18:11:44	110.00	cash_card	\N	\N	\N	\N	PP6038527578063538	settled
3314872	542	2023-09-10 06:00:00	103.56	direct_debit	IE55ULSB98747217228689	ULSBIE2D	\N	\N	754377641151030002	settled
3322685	563	2023-09-10 06:00:00	95.00	direct_debit	IE71AIBK93960896531203	AIBKIE2D	\N	\N	932976369422672602	settled
3330203	586	2023-09-10 06:00:00	323.20	direct_debit	IE87BOFI90234713263509	BOFIIE2D	\N	\N	180887424010881674	settled
3318627	550	2023-09-10 11:26:13	140.00	cash_card	\N	\N	\N	\N	PP8939156544287509	settled
3358200	664	2023-09-10 15:50:40	264.76	cash_card	\N	\N	\N	\N	PP5177410828743777	settled
3322192	562	2023-09-11 12:08:47	95.00	cash_card	\N	\N	\N	\N	PP3940909167767238	settled
3304460	512	2023-09-12 06:00:00	65.00	direct_debit	IE16BOFI90630225186317	BOFIIE2D	\N	\N	394108260218255792	settled
3351840	645	2023-09-12 06:00:00	65.00	direct_debit	IE27IPBS99107528446782	IPBSIE2D	\N	\N	819326724843866418	settled
3315759	546	2023-09-12 08:52:28	65.00	card	\N	\N	VISA	2346	543268804868094914	settled
3340931	617	2023-09-12 11:04:06	140.00	cash_card	\N	\N	\N	\N	PP1923360486170694	settled
3345341	626	2023-09-12 16:39:19	100.39	cash_card	\N	\N	\N	\N	PP8386787156074406	settled
3303158	508	2023-09-13 06:00:00	65.00	direct_debit	IE69BOFI90617460435249	BOFIIE2D	\N	\N	451273243940229090	settled
3334862	601	2023-09-13 06:00:00	80.00	direct_debit	IE52IPBS99152942463112	IPBSIE2D	\N	\N	227612357333527611	settled
3342987	621	2023-09-13 06:00:00	253.89	direct_debit	IE96IPBS99325392895857	IPBSIE2D	\N	\N	113684210382337463	settled
3349614	639	2023-09-13 06:00:00	65.00	direct_debit	IE95AIBK93061651059187	AIBKIE2D	\N	\N	324867354399003181	settled
3326887	573	2023-09-13 13:20:40	354.42	cash_card	\N	\N	\N	\N	PP9793839322312869	settled
3325882	572	2023-09-13 17:36:51	296.34	cash_card	\N	\N	\N	\N	PP4846586971564372	settled
3327484	575	2023-09-13 18:44:08	140.00	cash	\N	\N	\N	\N	130365614817433728	settled
3312217	532	2023-09-14 06:00:00	140.00	direct_debit	IE84BOFI90075582678742	BOFIIE2D	\N	\N	524956477711651972	settled
3355699	655	2023-09-14 09:31:42	323.13	bank_transfer	\N	\N	\N	\N	991810887080912247	settled
3317592	549	2023-09-14 14:08:37	409.92	cash_card	\N	\N	\N	\N	PP3861485954868324	settled
3355202	654	2023-09-14 16:46:05	266.30	cash_card	\N	\N	\N	\N	PP3968185051461246	settled
3300543	501	2023-09-14 17:52:15	95.00	cash_card	\N	\N	\N	\N	PP2974819392716190	settled
3331300	590	2023-09-15 06:00:00	298.76	direct_debit	IE82AIBK93110885624416	AIBKIE2D	\N	\N	772283811122807681	settled
3356046	657	2023-09-15 06:00:00	65.00	direct_debit	IE13AIBK93735271400117	AIBKIE2D	\N	\N	335725898864837164	settled
3342067	619	2023-09-15 09:31:24	140.00	cash_card	\N	\N	\N	\N	PP2589001437113134	settled
3331879	591	2023-09-15 10:44:01	140.00	cash_card	\N	\N	\N	\N	PP9214577465171408	settled
3347521	634	2023-09-15 12:58:12	65.00	cash_card	\N	\N	\N	\N	PP5178439198696024	settled
3309957	524	2023-09-15 15:07:03	65.00	cash_card	\N	\N	\N	\N	PP4595721495675404	settled
3344466	625	2023-09-15 15:14:23	140.00	cash_card	\N	\N	\N	\N	PP0789442102225883	settled
3328231	579	2023-09-16 06:00:00	140.00	direct_debit	IE61BOFI90170219654784	BOFIIE2D	\N	\N	703288965927599976	settled
3331043	589	2023-09-16 06:00:00	65.00	direct_debit	IE54BOFI90151223680862	BOFIIE2D	\N	\N	098312274534899778	settled
3357155	662	2023-09-16 06:00:00	95.00	direct_debit	IE26ULSB98646690880541	ULSBIE2D	\N	\N	044411225543827923	settled
3335752	602	2023-09-16 12:15:55	326.39	cash_card	\N	\N	\N	\N	PP1912704832247573	settled
3351275	643	2023-09-17 18:09:28	110.00	card	\N	\N	MASTERCARD	5205	501948742535923804	settled
3311371	528	2023-09-18 06:00:00	110.00	direct_debit	IE03BOFI90770731165413	BOFIIE2D	\N	\N	975125896625593587	settled
3322969	564	2023-09-18 06:00:00	140.00	direct_debit	IE38AIBK93384491116019	AIBKIE2D	\N	\N	027928753492946055	settled
3328596	582	2023-09-18 06:00:00	65.00	direct_debit	IE45BOFI90335082541126	BOFIIE2D	\N	\N	912567237680848357	settled
3356315	658	2023-09-18 14:48:46	110.00	card	\N	\N	VISA	1777	226350945330952521	settled
3314177	539	2023-09-19 06:00:00	65.00	direct_debit	IE41BOFI90507511924668	BOFIIE2D	\N	\N	061751651070942959	settled
3323210	565	2023-09-19 06:00:00	65.00	direct_debit	IE39BOFI90303846016809	BOFIIE2D	\N	\N	436410573181165362	settled
3346146	629	2023-09-19 06:00:00	80.00	direct_debit	IE60ULSB98692767876092	ULSBIE2D	\N	\N	258876373797017600	settled
3351590	644	2023-09-19 06:00:00	80.00	direct_debit	IE69IPBS99708479497822	IPBSIE2D	\N	\N	060160913653402749	settled
3357500	663	2023-09-19 06:00:00	140.00	direct_debit	IE14BOFI90212122725303	BOFIIE2D	\N	\N	290416488110862434	settled
3313639	537	2023-09-19 15:50:51	95.00	card	\N	\N	VISA	3893	251589632897176768	settled
3332723	594	2023-09-20 06:00:00	95.00	direct_debit	IE97BOFI90447930874423	BOFIIE2D	\N	\N	195881846293063429	settled
3340224	616	2023-09-20 06:00:00	140.00	direct_debit	IE50AIBK93199610999737	AIBKIE2D	\N	\N	913245791396401768	settled
3338105	609	2023-09-20 14:56:27	237.04	cash	\N	\N	\N	\N	990383829792849865	settled
3358238	664	2023-09-20 17:18:26	166.46	cash_card	\N	\N	\N	\N	PP3587412942607652	settled
3303820	510	2023-09-21 06:00:00	95.00	direct_debit	IE10AIBK93820641633283	AIBKIE2D	\N	\N	290925780690452491	settled
3336258	603	2023-09-21 06:00:00	120.26	direct_debit	IE43BOFI90153991407959	BOFIIE2D	\N	\N	141607316050752238	settled
3348069	635	2023-09-21 06:00:00	110.00	direct_debit	IE75AIBK93783422122759	AIBKIE2D	\N	\N	598515211309526613	settled
3346536	632	2023-09-21 21:32:42	80.00	card	\N	\N	VISA	9569	566909347671171641	settled
3310617	525	2023-09-21 22:33:22	262.92	card	\N	\N	VISA	3365	672038179781085910	settled
3358722	665	2023-09-22 06:00:00	95.00	direct_debit	IE47AIBK93355738234625	AIBKIE2D	\N	\N	020639827541837143	settled
3346807	633	2023-09-22 14:00:23	140.00	cash	\N	\N	\N	\N	646822971612903628	settled
3311135	527	2023-09-22 14:11:52	140.00	bank_transfer	\N	\N	\N	\N	047085969187137661	settled
3316351	547	2023-09-22 15:25:16	374.91	cash_card	\N	\N	\N	\N	PP5768352454259132	settled
3329682	585	2023-09-22 16:19:14	65.00	cash_card	\N	\N	\N	\N	PP5214948792155436	settled
3308925	522	2023-09-23 06:00:00	140.00	direct_debit	IE40AIBK93455786322011	AIBKIE2D	\N	\N	920050661767073164	settled
3319914	555	2023-09-23 06:00:00	65.00	direct_debit	IE68ULSB98890186519407	ULSBIE2D	\N	\N	504748599143126628	settled
3351005	642	2023-09-23 06:00:00	203.87	direct_debit	IE05IPBS99763371112796	IPBSIE2D	\N	\N	629589220901534803	settled
3331915	591	2023-09-23 13:55:24	140.00	cash_card	\N	\N	\N	\N	PP3229527826889188	settled
3355230	654	2023-09-23 13:58:30	222.77	cash_card	\N	\N	\N	\N	PP2831946643272372	settled
3350218	640	2023-09-23 14:07:14	348.53	cash_card	\N	\N	\N	\N	PP6585097397811059	settled
3305274	514	2023-09-23 16:22:30	110.00	cash_card	\N	\N	\N	\N	PP9144965622130059	settled
3343359	622	2023-09-23 20:35:22	311.42	card	\N	\N	VISA	1946	450458896577095236	settled
3307545	520	2023-09-24 06:00:00	80.00	direct_debit	IE91BOFI90538720293749	BOFIIE2D	\N	\N	962377901889928706	settled
3309179	523	2023-09-24 06:00:00	65.00	direct_debit	IE31AIBK93492526734850	AIBKIE2D	\N	\N	121491721883688466	settled
3349187	637	2023-09-24 06:00:00	80.00	direct_debit	IE74AIBK93096251328456	AIBKIE2D	\N	\N	565864438899047590	settled
3326893	573	2023-09-24 10:08:31	196.09	cash_card	\N	\N	\N	\N	PP7174662271536945	settled
3302519	507	2023-09-24 14:18:58	140.00	cash_card	\N	\N	\N	\N	PP2804695240221866	settled
3308395	521	2023-09-24 16:00:28	95.00	cash_card	\N	\N	\N	\N	PP6768399078412593	settled
3316989	548	2023-09-24 16:19:24	146.14	bank_transfer	\N	\N	\N	\N	329638149435733580	settled
3348701	636	2023-09-24 16:33:24	80.00	cash_card	\N	\N	\N	\N	PP1709700037517151	settled
3306473	517	2023-09-25 06:00:00	105.94	direct_debit	IE60BOFI90425117793416	BOFIIE2D	\N	\N	051832512483538329	settled
3324093	570	2023-09-25 06:00:00	343.38	direct_debit	IE81ULSB98503639475383	ULSBIE2D	\N	\N	210535198468333143	settled
3352228	646	2023-09-25 09:19:36	390.58	card	\N	\N	VISA	2244	601691716904944789	settled
3324844	571	2023-09-25 10:44:57	110.00	cash_card	\N	\N	\N	\N	PP0359879198459594	settled
3335781	602	2023-09-25 15:54:19	105.28	cash_card	\N	\N	\N	\N	PP9905453566937109	settled
3314498	540	2023-09-26 06:00:00	95.00	direct_debit	IE54BOFI90003033228528	BOFIIE2D	\N	\N	672066897042089235	settled
3323490	566	2023-09-26 06:00:00	233.01	direct_debit	IE36ULSB98476694371448	ULSBIE2D	\N	\N	882635257531962891	settled
3354017	650	2023-09-26 10:18:56	144.64	cash_card	\N	\N	\N	\N	PP5347664164463151	settled
3318652	550	2023-09-26 16:28:46	140.00	cash_card	\N	\N	\N	\N	PP8077256429269094	settled
3337744	608	2023-09-26 21:24:48	343.34	card	\N	\N	VISA	4227	117766259446488561	settled
3340968	617	2023-09-27 12:19:37	140.00	cash_card	\N	\N	\N	\N	PP9635676260828981	settled
3330751	588	2023-09-28 06:00:00	203.15	direct_debit	IE61BOFI90645892229553	BOFIIE2D	\N	\N	592258473727619736	settled
3336808	605	2023-09-28 06:00:00	241.66	direct_debit	IE90ULSB98753554584058	ULSBIE2D	\N	\N	316403454707501544	settled
3343623	623	2023-09-28 06:00:00	310.02	direct_debit	IE09AIBK93427157364172	AIBKIE2D	\N	\N	151409908444374333	settled
3345347	626	2023-09-28 15:28:18	68.14	cash_card	\N	\N	\N	\N	PP5107598495159938	settled
3312811	535	2023-09-28 17:12:14	80.00	card	\N	\N	VISA	6704	439576118992135055	settled
3307219	519	2023-09-29 06:00:00	309.64	direct_debit	IE28BOFI90744093772542	BOFIIE2D	\N	\N	335601673465860322	settled
3322201	562	2023-09-29 11:17:11	95.00	cash_card	\N	\N	\N	\N	PP4665857063899501	settled
3325911	572	2023-09-29 18:56:09	314.98	cash_card	\N	\N	\N	\N	PP4699934374874335	settled
3350769	641	2023-09-30 06:00:00	80.00	direct_debit	IE76BOFI90933363746419	BOFIIE2D	\N	\N	625360144551288094	settled
3352896	648	2023-09-30 06:00:00	334.36	direct_debit	IE81AIBK93920583329471	AIBKIE2D	\N	\N	091596091688135008	settled
3347526	634	2023-09-30 18:31:47	65.00	cash_card	\N	\N	\N	\N	PP3100256029256318	settled
3313860	538	2023-10-01 06:00:00	110.00	direct_debit	IE78BOFI90548845389984	BOFIIE2D	\N	\N	463729986723638932	settled
3321005	559	2023-10-01 06:00:00	65.00	direct_debit	IE19AIBK93680511488810	AIBKIE2D	\N	\N	159459766469325289	settled
3310920	526	2023-10-01 09:28:43	95.00	cash	\N	\N	\N	\N	347846485052921584	settled
3305314	514	2023-10-01 10:13:10	110.00	cash_card	\N	\N	\N	\N	PP9144528595418139	settled
3317624	549	2023-10-01 13:02:14	255.60	cash_card	\N	\N	\N	\N	PP8689215286381238	settled
3309989	524	2023-10-01 13:25:48	65.00	cash_card	\N	\N	\N	\N	PP9348023563209397	settled
3342090	619	2023-10-01 15:41:26	140.00	cash_card	\N	\N	\N	\N	PP0904425463028591	settled
3337423	607	2023-10-02 06:00:00	65.00	direct_debit	IE31BOFI90027424286827	BOFIIE2D	\N	\N	235547124338836722	settled
3321227	560	2023-10-02 13:23:54	65.00	card	\N	\N	VISA	1564	306069972191289052	settled
3350232	640	2023-10-02 15:07:12	358.26	cash_card	\N	\N	\N	\N	PP8717295584458405	settled
3300544	501	2023-10-03 18:19:39	95.00	cash_card	\N	\N	\N	\N	PP6890717717924945	settled
3339232	613	2023-10-04 06:00:00	104.88	direct_debit	IE16IPBS99416770286671	IPBSIE2D	\N	\N	458726365025097388	settled
3344501	625	2023-10-04 12:38:04	140.00	cash_card	\N	\N	\N	\N	PP2161343022297161	settled
3316372	547	2023-10-05 14:22:49	154.52	cash_card	\N	\N	\N	\N	PP9062182174425541	settled
3301600	504	2023-10-06 06:00:00	95.00	direct_debit	IE53BOFI90615832479396	BOFIIE2D	\N	\N	231811343367663739	settled
3306828	518	2023-10-06 06:00:00	140.00	direct_debit	IE02AIBK93926582320434	AIBKIE2D	\N	\N	737724436264897762	settled
3332432	593	2023-10-06 06:00:00	341.86	direct_debit	IE56IPBS99232749506368	IPBSIE2D	\N	\N	172947130675371441	settled
3336527	604	2023-10-06 06:00:00	80.00	direct_debit	IE51IPBS99731081584740	IPBSIE2D	\N	\N	959120533941401300	settled
3325915	572	2023-10-06 13:12:22	337.87	cash_card	\N	\N	\N	\N	PP8386303135392505	settled
3354036	650	2023-10-06 16:25:02	321.00	cash_card	\N	\N	\N	\N	PP5033770544388346	settled
3340993	617	2023-10-06 17:07:21	140.00	cash_card	\N	\N	\N	\N	PP5002914311327710	settled
3308432	521	2023-10-06 17:41:57	95.00	cash_card	\N	\N	\N	\N	PP6146707696762002	settled
3330483	587	2023-10-07 06:00:00	279.37	direct_debit	IE79AIBK93768132658125	AIBKIE2D	\N	\N	856168193031455744	settled
3355249	654	2023-10-07 12:34:31	210.49	cash_card	\N	\N	\N	\N	PP6874184376522370	settled
3322239	562	2023-10-07 16:10:41	95.00	cash_card	\N	\N	\N	\N	PP3205559753392604	settled
3304206	511	2023-10-08 06:00:00	80.00	direct_debit	IE94IPBS99903188749635	IPBSIE2D	\N	\N	543009600999466216	settled
3348703	636	2023-10-09 09:09:34	80.00	cash_card	\N	\N	\N	\N	PP7058445229708894	settled
3358253	664	2023-10-09 09:12:13	168.29	cash_card	\N	\N	\N	\N	PP9368222181853604	settled
3320666	558	2023-10-09 20:52:12	110.00	card	\N	\N	VISA	3570	116139499797641076	settled
3322719	563	2023-10-10 06:00:00	95.00	direct_debit	IE71AIBK93960896531203	AIBKIE2D	\N	\N	885427231937935591	settled
3330234	586	2023-10-10 06:00:00	246.41	direct_debit	IE87BOFI90234713263509	BOFIIE2D	\N	\N	976796816972992455	settled
3324876	571	2023-10-11 10:30:18	110.00	cash_card	\N	\N	\N	\N	PP0159481571030551	settled
3350252	640	2023-10-11 11:21:26	333.49	cash_card	\N	\N	\N	\N	PP2723054317805522	settled
3318660	550	2023-10-11 16:37:57	140.00	cash_card	\N	\N	\N	\N	PP3420206108895741	settled
3329697	585	2023-10-12 10:12:32	65.00	cash_card	\N	\N	\N	\N	PP5819737966398798	settled
3347532	634	2023-10-12 13:14:11	65.00	cash_card	\N	\N	\N	\N	PP9052746586646784	settled
3303178	508	2023-10-13 06:00:00	65.00	direct_debit	IE69BOFI90617460435249	BOFIIE2D	\N	\N	644983143496834515	settled
3304496	512	2023-10-13 06:00:00	65.00	direct_debit	IE16BOFI90630225186317	BOFIIE2D	\N	\N	737476389847318273	returned
3343019	621	2023-10-13 06:00:00	63.49	direct_debit	IE96IPBS99325392895857	IPBSIE2D	\N	\N	823251233185469449	settled
3356643	659	2023-10-13 06:00:00	95.00	direct_debit	IE33AIBK93988794024342	AIBKIE2D	\N	\N	027600980895211241	settled
3356880	661	2023-10-13 06:00:00	110.00	direct_debit	IE48IPBS99024389650180	IPBSIE2D	\N	\N	119054517658115641	settled
3341033	617	2023-10-13 16:01:50	140.00	cash_card	\N	\N	\N	\N	PP7976127816147788	settled
3315783	546	2023-10-13 22:15:14	65.00	card	\N	\N	MASTERCARD	0051	585613263175860984	settled
3319482	553	2023-10-14 06:00:00	258.74	direct_debit	IE76BOFI90831073257876	BOFIIE2D	\N	\N	155220218894109747	settled
3321523	561	2023-10-14 06:00:00	95.00	direct_debit	IE42AIBK93372852451928	AIBKIE2D	\N	\N	098460900846478055	settled
3334876	601	2023-10-14 06:00:00	80.00	direct_debit	IE52IPBS99152942463112	IPBSIE2D	\N	\N	855476543461389618	settled
3359292	667	2023-10-14 06:00:00	95.00	direct_debit	IE55BOFI90172380292353	BOFIIE2D	\N	\N	977069167396417618	settled
3331919	591	2023-10-14 12:56:08	140.00	cash_card	\N	\N	\N	\N	PP2540474174129802	settled
3302523	507	2023-10-14 13:55:47	140.00	cash_card	\N	\N	\N	\N	PP8942442517097853	settled
3326924	573	2023-10-14 16:32:12	134.27	cash_card	\N	\N	\N	\N	PP1970431804888784	settled
3342124	619	2023-10-14 18:57:57	140.00	cash_card	\N	\N	\N	\N	PP7941923087564708	settled
3305330	514	2023-10-15 13:17:58	110.00	cash_card	\N	\N	\N	\N	PP4164815942880648	settled
3335820	602	2023-10-15 14:40:49	364.86	cash_card	\N	\N	\N	\N	PP3425973662416764	settled
3345360	626	2023-10-15 17:15:12	73.15	cash_card	\N	\N	\N	\N	PP1921530421729390	settled
3355703	655	2023-10-15 17:37:32	409.81	bank_transfer	\N	\N	\N	\N	710690195797994469	settled
3310006	524	2023-10-15 18:34:23	65.00	cash_card	\N	\N	\N	\N	PP6326007520284432	settled
3323682	567	2023-10-16 06:00:00	65.00	direct_debit	IE49AIBK93893144948486	AIBKIE2D	\N	\N	554420685041155323	settled
3331303	590	2023-10-16 06:00:00	392.65	direct_debit	IE82AIBK93110885624416	AIBKIE2D	\N	\N	899793706111821984	settled
3333446	596	2023-10-16 06:00:00	140.00	direct_debit	IE68BOFI90607517922172	BOFIIE2D	\N	\N	111272257482389916	settled
3357193	662	2023-10-16 06:00:00	95.00	direct_debit	IE26ULSB98646690880541	ULSBIE2D	\N	\N	065835085101030900	settled
3354855	652	2023-10-16 15:14:19	95.00	card	\N	\N	VISA	5516	156833866385240048	settled
3308450	521	2023-10-16 18:15:46	95.00	cash_card	\N	\N	\N	\N	PP1440830917658924	settled
3305876	515	2023-10-17 06:00:00	80.00	direct_debit	IE75AIBK93367180140624	AIBKIE2D	\N	\N	158063041621839004	settled
3328264	579	2023-10-17 06:00:00	140.00	direct_debit	IE61BOFI90170219654784	BOFIIE2D	\N	\N	931579265053075118	settled
3359872	670	2023-10-17 06:00:00	117.43	direct_debit	IE58BOFI90783120738907	BOFIIE2D	\N	\N	633281053074683298	settled
3317659	549	2023-10-17 11:08:02	177.72	cash_card	\N	\N	\N	\N	PP6936747123263033	settled
3354051	650	2023-10-17 18:29:54	249.20	cash_card	\N	\N	\N	\N	PP1233724345596056	settled
3324906	571	2023-10-18 09:59:03	110.00	cash_card	\N	\N	\N	\N	PP4119435547221128	settled
3354461	651	2023-10-18 13:24:02	174.43	card	\N	\N	VISA	7319	974595856088086168	settled
3348742	636	2023-10-18 13:34:37	80.00	cash_card	\N	\N	\N	\N	PP8803906422133206	settled
3311698	530	2023-10-18 15:26:00	346.74	card	\N	\N	MASTERCARD	2980	208775716926480057	settled
3356340	658	2023-10-18 17:51:57	110.00	card	\N	\N	VISA	9578	953751933245126201	settled
3311376	528	2023-10-19 06:00:00	110.00	direct_debit	IE03BOFI90770731165413	BOFIIE2D	\N	\N	632193589277204571	settled
3351604	644	2023-10-19 06:00:00	80.00	direct_debit	IE69IPBS99708479497822	IPBSIE2D	\N	\N	589031869388624902	settled
3316408	547	2023-10-19 10:54:24	306.16	cash_card	\N	\N	\N	\N	PP1690053266040321	settled
3344525	625	2023-10-19 16:16:20	140.00	cash_card	\N	\N	\N	\N	PP4301936874707479	settled
3301111	502	2023-10-20 06:00:00	65.00	direct_debit	IE25BOFI90161553054438	BOFIIE2D	\N	\N	886274264075529741	settled
3323225	565	2023-10-20 06:00:00	65.00	direct_debit	IE39BOFI90303846016809	BOFIIE2D	\N	\N	094373017398875966	settled
3353206	649	2023-10-20 06:00:00	65.00	direct_debit	IE33ULSB98968453789633	ULSBIE2D	\N	\N	396710279449367425	settled
3350278	640	2023-10-20 10:15:55	193.45	cash_card	\N	\N	\N	\N	PP8227333227281397	settled
3322276	562	2023-10-20 10:30:14	95.00	cash_card	\N	\N	\N	\N	PP4060747919846372	settled
3325954	572	2023-10-20 10:53:54	341.76	cash_card	\N	\N	\N	\N	PP0672422988233460	settled
3303516	509	2023-10-20 11:46:22	65.00	card	\N	\N	MASTERCARD	1571	802236541988246089	settled
3318686	550	2023-10-20 12:58:10	140.00	cash_card	\N	\N	\N	\N	PP8420053721794466	settled
3347551	634	2023-10-20 14:10:39	65.00	cash_card	\N	\N	\N	\N	PP1767599061946264	settled
3301252	503	2023-10-21 06:00:00	106.38	direct_debit	IE04ULSB98662320729557	ULSBIE2D	\N	\N	441104649583185052	settled
3339863	615	2023-10-21 06:00:00	80.00	direct_debit	IE71ULSB98343354427782	ULSBIE2D	\N	\N	319125485352808630	returned
3355881	656	2023-10-21 06:00:00	95.00	direct_debit	IE52BOFI90394058121863	BOFIIE2D	\N	\N	092753556147178627	settled
3355256	654	2023-10-21 10:57:42	266.53	cash_card	\N	\N	\N	\N	PP5739457880364053	settled
3338136	609	2023-10-21 14:13:15	298.43	cash	\N	\N	\N	\N	403136998962101289	settled
3311976	531	2023-10-22 06:00:00	110.00	direct_debit	IE41BOFI90027589851679	BOFIIE2D	\N	\N	260075639652074068	settled
3342714	620	2023-10-22 06:00:00	171.67	direct_debit	IE40AIBK93081368220689	AIBKIE2D	\N	\N	145040166314283080	settled
3358761	665	2023-10-22 06:00:00	95.00	direct_debit	IE47AIBK93355738234625	AIBKIE2D	\N	\N	561193347994241791	settled
3310623	525	2023-10-22 16:33:37	362.05	card	\N	\N	MASTERCARD	0659	318076904711046715	settled
3319923	555	2023-10-23 06:00:00	65.00	direct_debit	IE68ULSB98890186519407	ULSBIE2D	\N	\N	841824801666452512	settled
3345393	626	2023-10-23 16:04:34	302.43	cash_card	\N	\N	\N	\N	PP1304597873627915	settled
3307569	520	2023-10-24 06:00:00	80.00	direct_debit	IE91BOFI90538720293749	BOFIIE2D	\N	\N	297913238278519540	settled
3349196	637	2023-10-24 06:00:00	80.00	direct_debit	IE74AIBK93096251328456	AIBKIE2D	\N	\N	367202971014746053	settled
3308463	521	2023-10-24 17:05:36	95.00	cash_card	\N	\N	\N	\N	PP2364947890169351	settled
3300561	501	2023-10-24 17:46:29	95.00	cash_card	\N	\N	\N	\N	PP8909386315244461	settled
3312589	533	2023-10-25 06:00:00	317.02	direct_debit	IE92AIBK93299964631488	AIBKIE2D	\N	\N	997649778757615393	settled
3315452	544	2023-10-25 06:00:00	80.00	direct_debit	IE58BOFI90639322210766	BOFIIE2D	\N	\N	379134378843841543	settled
3315139	543	2023-10-25 09:05:21	110.00	card	\N	\N	VISA	5551	201742103970613153	settled
3329715	585	2023-10-25 10:18:01	65.00	cash_card	\N	\N	\N	\N	PP5227379978793509	settled
3306477	517	2023-10-26 06:00:00	181.26	direct_debit	IE60BOFI90425117793416	BOFIIE2D	\N	\N	363276994399343432	settled
3327812	576	2023-10-26 06:00:00	95.00	direct_debit	IE63ULSB98871361021300	ULSBIE2D	\N	\N	667129466152087811	settled
3359043	666	2023-10-26 06:00:00	80.00	direct_debit	IE34ULSB98458082223235	ULSBIE2D	\N	\N	489441368592637961	settled
3359517	668	2023-10-26 14:14:26	140.00	bank_transfer	\N	\N	\N	\N	379896195454067350	settled
3342156	619	2023-10-26 18:13:29	140.00	cash_card	\N	\N	\N	\N	PP1058095575159005	settled
3304737	513	2023-10-27 06:00:00	65.00	direct_debit	IE23AIBK93423586982973	AIBKIE2D	\N	\N	499363452405195514	settled
3344547	625	2023-10-27 09:50:55	140.00	cash_card	\N	\N	\N	\N	PP1689710270910159	settled
3326958	573	2023-10-27 15:35:25	231.95	cash_card	\N	\N	\N	\N	PP7751810222033620	settled
3337762	608	2023-10-27 21:50:18	418.80	card	\N	\N	VISA	4296	279541956939786866	settled
3343649	623	2023-10-28 06:00:00	358.11	direct_debit	IE09AIBK93427157364172	AIBKIE2D	\N	\N	777173974039675696	settled
3352519	647	2023-10-28 06:00:00	344.44	direct_debit	IE02BOFI90741695955029	BOFIIE2D	\N	\N	658228256717647297	settled
3322298	562	2023-10-28 14:21:09	95.00	cash_card	\N	\N	\N	\N	PP4677620791336777	settled
3334636	600	2023-10-29 06:00:00	110.00	direct_debit	IE72IPBS99514720139539	IPBSIE2D	\N	\N	422353517840314703	settled
3316448	547	2023-10-29 09:38:31	410.41	cash_card	\N	\N	\N	\N	PP9922898495244066	settled
3347572	634	2023-10-29 14:35:06	65.00	cash_card	\N	\N	\N	\N	PP3764602358343750	settled
3358260	664	2023-10-29 15:36:01	69.84	cash_card	\N	\N	\N	\N	PP7217684404449003	settled
3338473	610	2023-10-30 06:00:00	140.00	direct_debit	IE60BOFI90564061943559	BOFIIE2D	\N	\N	978227866787198790	settled
3317670	549	2023-10-30 12:37:52	112.53	cash_card	\N	\N	\N	\N	PP0091154011369145	settled
3331924	591	2023-10-30 15:34:53	140.00	cash_card	\N	\N	\N	\N	PP2933915460906737	settled
3313866	538	2023-10-31 06:00:00	110.00	direct_debit	IE78BOFI90548845389984	BOFIIE2D	\N	\N	982005674559870268	settled
3339544	614	2023-10-31 06:00:00	234.59	direct_debit	IE41IPBS99586885385200	IPBSIE2D	\N	\N	860677583918068795	settled
3302534	507	2023-10-31 09:02:40	140.00	cash_card	\N	\N	\N	\N	PP9622945843741024	settled
3305356	514	2023-10-31 13:22:20	110.00	cash_card	\N	\N	\N	\N	PP2390955065301338	settled
3318716	550	2023-10-31 14:08:16	140.00	cash_card	\N	\N	\N	\N	PP3640374278060204	settled
3308480	521	2023-10-31 17:59:40	95.00	cash_card	\N	\N	\N	\N	PP4887283924210707	settled
3321037	559	2023-11-01 06:00:00	65.00	direct_debit	IE19AIBK93680511488810	AIBKIE2D	\N	\N	346468107358911268	settled
3319168	551	2023-11-01 10:14:46	256.00	bank_transfer	\N	\N	\N	\N	480904168102717921	settled
3325982	572	2023-11-01 11:30:37	374.04	cash_card	\N	\N	\N	\N	PP7752255234834075	settled
3306134	516	2023-11-01 20:05:57	110.00	card	\N	\N	MASTERCARD	1354	275008663170700218	settled
3320189	556	2023-11-02 10:47:39	95.00	cash	\N	\N	\N	\N	276302516325581246	settled
3354090	650	2023-11-02 16:59:32	242.29	cash_card	\N	\N	\N	\N	PP1287434636280327	settled
3328989	584	2023-11-03 06:00:00	65.00	direct_debit	IE47AIBK93168125991436	AIBKIE2D	\N	\N	340895302087544081	settled
3333157	595	2023-11-03 11:36:54	415.11	card	\N	\N	MASTERCARD	1551	228809317134717372	settled
3341065	617	2023-11-03 13:52:19	140.00	cash_card	\N	\N	\N	\N	PP7329621653858551	settled
3337125	606	2023-11-04 06:00:00	202.60	direct_debit	IE65AIBK93785586206907	AIBKIE2D	\N	\N	317843427045247955	settled
3341564	618	2023-11-04 06:00:00	140.00	direct_debit	IE59ULSB98300060622959	ULSBIE2D	\N	\N	109879815526920730	settled
3320453	557	2023-11-04 08:54:08	95.00	card	\N	\N	VISA	8335	221485284724693789	settled
3335842	602	2023-11-04 10:10:52	330.13	cash_card	\N	\N	\N	\N	PP6224578569716341	settled
3301905	505	2023-11-04 11:15:23	95.00	card	\N	\N	MASTERCARD	0567	128926849193549596	settled
3333912	598	2023-11-05 06:00:00	80.00	direct_debit	IE61BOFI90534263302496	BOFIIE2D	\N	\N	241625809979697628	settled
3310021	524	2023-11-05 14:35:47	65.00	cash_card	\N	\N	\N	\N	PP2198569042122324	settled
3300596	501	2023-11-05 17:25:18	95.00	cash_card	\N	\N	\N	\N	PP0422582581767433	settled
3348768	636	2023-11-05 17:52:20	80.00	cash_card	\N	\N	\N	\N	PP1530664967362128	settled
3301634	504	2023-11-06 06:00:00	95.00	direct_debit	IE53BOFI90615832479396	BOFIIE2D	\N	\N	255376613906941158	settled
3306838	518	2023-11-06 06:00:00	140.00	direct_debit	IE02AIBK93926582320434	AIBKIE2D	\N	\N	362357160147502221	settled
3313190	536	2023-11-06 06:00:00	95.00	direct_debit	IE13ULSB98692744462496	ULSBIE2D	\N	\N	160530878940808214	settled
3336563	604	2023-11-06 06:00:00	80.00	direct_debit	IE51IPBS99731081584740	IPBSIE2D	\N	\N	771139179063812950	settled
3317675	549	2023-11-06 12:37:36	373.47	cash_card	\N	\N	\N	\N	PP8692328935563320	settled
3355277	654	2023-11-06 13:18:11	185.61	cash_card	\N	\N	\N	\N	PP7062628241702477	settled
3350314	640	2023-11-07 16:46:31	78.87	cash_card	\N	\N	\N	\N	PP9017737676118384	settled
3314875	542	2023-11-08 06:00:00	215.77	direct_debit	IE55ULSB98747217228689	ULSBIE2D	\N	\N	475075859628301890	settled
3308484	521	2023-11-08 11:03:36	95.00	cash_card	\N	\N	\N	\N	PP1505381780108770	settled
3324918	571	2023-11-08 12:50:17	110.00	cash_card	\N	\N	\N	\N	PP5438444157841408	settled
3344587	625	2023-11-08 13:09:20	140.00	cash_card	\N	\N	\N	\N	PP3307622823893503	settled
3334340	599	2023-11-08 21:48:45	65.00	card	\N	\N	MASTERCARD	8942	964890382910626753	settled
3331931	591	2023-11-09 10:29:55	140.00	cash_card	\N	\N	\N	\N	PP0724300516994154	settled
3333794	597	2023-11-09 12:34:01	91.14	bank_transfer	\N	\N	\N	\N	868203013953102721	settled
3320675	558	2023-11-09 22:01:59	110.00	card	\N	\N	VISA	3124	269135969846369046	settled
3329735	585	2023-11-10 10:44:16	65.00	cash_card	\N	\N	\N	\N	PP6684501193223692	settled
3327500	575	2023-11-11 12:35:16	140.00	cash	\N	\N	\N	\N	752163335729772531	settled
3303194	508	2023-11-12 06:00:00	65.00	direct_debit	IE69BOFI90617460435249	BOFIIE2D	\N	\N	602518358194593839	settled
3312248	532	2023-11-12 06:00:00	140.00	direct_debit	IE84BOFI90075582678742	BOFIIE2D	\N	\N	900798308183655040	settled
3351876	645	2023-11-12 06:00:00	65.00	direct_debit	IE27IPBS99107528446782	IPBSIE2D	\N	\N	822885393297024770	settled
3356669	659	2023-11-12 06:00:00	95.00	direct_debit	IE33AIBK93988794024342	AIBKIE2D	\N	\N	160137463886905887	settled
3318733	550	2023-11-12 13:25:53	140.00	cash_card	\N	\N	\N	\N	PP1108590247753109	settled
3310027	524	2023-11-12 15:34:17	65.00	cash_card	\N	\N	\N	\N	PP7754817880924582	settled
3302552	507	2023-11-12 16:59:40	140.00	cash_card	\N	\N	\N	\N	PP9696812339840182	settled
3334902	601	2023-11-13 06:00:00	80.00	direct_debit	IE52IPBS99152942463112	IPBSIE2D	\N	\N	128438136116631378	settled
3343058	621	2023-11-13 06:00:00	213.82	direct_debit	IE96IPBS99325392895857	IPBSIE2D	\N	\N	427887344795596765	settled
3349617	639	2023-11-13 06:00:00	65.00	direct_debit	IE95AIBK93061651059187	AIBKIE2D	\N	\N	426235792985041873	settled
3359296	667	2023-11-13 06:00:00	95.00	direct_debit	IE55BOFI90172380292353	BOFIIE2D	\N	\N	733886948364950102	settled
3342170	619	2023-11-13 15:13:18	140.00	cash_card	\N	\N	\N	\N	PP0144348190010720	settled
3345424	626	2023-11-13 17:48:55	270.83	cash_card	\N	\N	\N	\N	PP7589372193585619	settled
3305367	514	2023-11-14 11:41:58	110.00	cash_card	\N	\N	\N	\N	PP9346807045626376	settled
3323697	567	2023-11-15 06:00:00	65.00	direct_debit	IE49AIBK93893144948486	AIBKIE2D	\N	\N	844901844742442184	settled
3356054	657	2023-11-15 06:00:00	65.00	direct_debit	IE13AIBK93735271400117	AIBKIE2D	\N	\N	980016887929867005	settled
3341099	617	2023-11-15 09:30:47	140.00	cash_card	\N	\N	\N	\N	PP4955507182923145	settled
3344611	625	2023-11-15 10:24:41	140.00	cash_card	\N	\N	\N	\N	PP2817093620587103	settled
3326967	573	2023-11-15 16:13:17	137.25	cash_card	\N	\N	\N	\N	PP1191398357126440	settled
3322327	562	2023-11-15 17:38:34	95.00	cash_card	\N	\N	\N	\N	PP9424262572100234	settled
3328288	579	2023-11-16 06:00:00	140.00	direct_debit	IE61BOFI90170219654784	BOFIIE2D	\N	\N	343944121946721920	settled
3331071	589	2023-11-16 06:00:00	65.00	direct_debit	IE54BOFI90151223680862	BOFIIE2D	\N	\N	970939959299082789	settled
3355022	653	2023-11-16 06:00:00	95.00	direct_debit	IE19AIBK93157993582818	AIBKIE2D	\N	\N	916542275750922787	settled
3357208	662	2023-11-16 06:00:00	95.00	direct_debit	IE26ULSB98646690880541	ULSBIE2D	\N	\N	231075363593643663	settled
3354887	652	2023-11-16 09:52:19	95.00	card	\N	\N	VISA	2664	276785760307284733	settled
3358296	664	2023-11-16 18:07:31	83.92	cash_card	\N	\N	\N	\N	PP4749977604422501	settled
3305903	515	2023-11-17 06:00:00	80.00	direct_debit	IE75AIBK93367180140624	AIBKIE2D	\N	\N	590156929717284962	settled
3316464	547	2023-11-17 16:54:23	257.55	cash_card	\N	\N	\N	\N	PP1342263805383444	settled
3351300	643	2023-11-17 18:18:13	110.00	card	\N	\N	VISA	3899	421300222117644555	settled
3313653	537	2023-11-17 18:46:06	95.00	card	\N	\N	VISA	6383	518811882631628420	settled
3322999	564	2023-11-18 06:00:00	140.00	direct_debit	IE38AIBK93384491116019	AIBKIE2D	\N	\N	220858639128552888	settled
3328624	582	2023-11-18 06:00:00	65.00	direct_debit	IE45BOFI90335082541126	BOFIIE2D	\N	\N	853023851703773201	settled
3332741	594	2023-11-18 06:00:00	95.00	direct_debit	IE97BOFI90447930874423	BOFIIE2D	\N	\N	620255597381633747	settled
3351608	644	2023-11-18 06:00:00	80.00	direct_debit	IE69IPBS99708479497822	IPBSIE2D	\N	\N	266239426706518283	settled
3354465	651	2023-11-18 11:42:32	103.67	card	\N	\N	MASTERCARD	6766	103404756041510172	settled
3354097	650	2023-11-18 18:47:29	219.17	cash_card	\N	\N	\N	\N	PP1995091666118044	settled
3301146	502	2023-11-19 06:00:00	65.00	direct_debit	IE25BOFI90161553054438	BOFIIE2D	\N	\N	529067867948125085	settled
3303822	510	2023-11-19 06:00:00	95.00	direct_debit	IE10AIBK93820641633283	AIBKIE2D	\N	\N	468192839005854628	settled
3311397	528	2023-11-19 06:00:00	110.00	direct_debit	IE03BOFI90770731165413	BOFIIE2D	\N	\N	104594155286636225	settled
3314202	539	2023-11-19 06:00:00	65.00	direct_debit	IE41BOFI90507511924668	BOFIIE2D	\N	\N	995599474346527497	settled
3323247	565	2023-11-19 06:00:00	65.00	direct_debit	IE39BOFI90303846016809	BOFIIE2D	\N	\N	069938924279116147	settled
3336276	603	2023-11-19 06:00:00	201.49	direct_debit	IE43BOFI90153991407959	BOFIIE2D	\N	\N	198916755978220869	settled
3346156	629	2023-11-19 06:00:00	80.00	direct_debit	IE60ULSB98692767876092	ULSBIE2D	\N	\N	476833450041086818	settled
3348094	635	2023-11-19 06:00:00	110.00	direct_debit	IE75AIBK93783422122759	AIBKIE2D	\N	\N	305797510320834687	settled
3357522	663	2023-11-19 06:00:00	140.00	direct_debit	IE14BOFI90212122725303	BOFIIE2D	\N	\N	426249397793462160	settled
3347597	634	2023-11-19 13:18:22	65.00	cash_card	\N	\N	\N	\N	PP0507954752022559	settled
3303529	509	2023-11-19 13:25:12	65.00	card	\N	\N	MASTERCARD	2160	753823435712575813	settled
3340261	616	2023-11-20 06:00:00	140.00	direct_debit	IE50AIBK93199610999737	AIBKIE2D	\N	\N	647560864567264176	settled
3318735	550	2023-11-20 11:33:31	140.00	cash_card	\N	\N	\N	\N	PP1661376757476227	settled
3317701	549	2023-11-20 11:38:10	223.37	cash_card	\N	\N	\N	\N	PP3484898513285008	settled
3311160	527	2023-11-20 13:15:24	140.00	bank_transfer	\N	\N	\N	\N	970774206300458787	settled
3346841	633	2023-11-20 13:16:28	140.00	cash	\N	\N	\N	\N	297159399091242536	settled
3326002	572	2023-11-20 13:42:44	253.67	cash_card	\N	\N	\N	\N	PP0270412337377112	settled
3331960	591	2023-11-20 17:24:09	140.00	cash_card	\N	\N	\N	\N	PP4223985323546739	settled
3338175	609	2023-11-20 18:39:54	71.20	cash	\N	\N	\N	\N	371625288020211277	settled
3301277	503	2023-11-21 06:00:00	350.22	direct_debit	IE04ULSB98662320729557	ULSBIE2D	\N	\N	089070781360491953	settled
3342718	620	2023-11-21 06:00:00	115.04	direct_debit	IE40AIBK93081368220689	AIBKIE2D	\N	\N	452196942711576168	settled
3351013	642	2023-11-21 06:00:00	242.96	direct_debit	IE05IPBS99763371112796	IPBSIE2D	\N	\N	637295720362414393	settled
3358774	665	2023-11-21 06:00:00	95.00	direct_debit	IE47AIBK93355738234625	AIBKIE2D	\N	\N	582534082803979397	settled
3355295	654	2023-11-21 12:59:16	241.09	cash_card	\N	\N	\N	\N	PP2493268032367374	settled
3308516	521	2023-11-21 16:42:53	95.00	cash_card	\N	\N	\N	\N	PP4976392881516419	settled
3343365	622	2023-11-21 22:55:53	344.26	card	\N	\N	VISA	1204	953222453142854485	settled
3346563	632	2023-11-21 23:02:56	80.00	card	\N	\N	MASTERCARD	4237	099717553176168264	settled
3350321	640	2023-11-22 13:15:40	272.16	cash_card	\N	\N	\N	\N	PP0882615873380770	settled
3300619	501	2023-11-22 14:31:58	95.00	cash_card	\N	\N	\N	\N	PP6794969717940193	settled
3307600	520	2023-11-23 06:00:00	80.00	direct_debit	IE91BOFI90538720293749	BOFIIE2D	\N	\N	076735519850689805	settled
3308928	522	2023-11-23 06:00:00	140.00	direct_debit	IE40AIBK93455786322011	AIBKIE2D	\N	\N	098205481885478961	settled
3319962	555	2023-11-23 06:00:00	65.00	direct_debit	IE68ULSB98890186519407	ULSBIE2D	\N	\N	900230898401223162	settled
3349225	637	2023-11-23 06:00:00	80.00	direct_debit	IE74AIBK93096251328456	AIBKIE2D	\N	\N	894869778116869217	settled
3335877	602	2023-11-23 11:16:11	218.09	cash_card	\N	\N	\N	\N	PP2451597525113649	settled
3358321	664	2023-11-23 16:41:37	197.16	cash_card	\N	\N	\N	\N	PP0517574528981580	settled
3329772	585	2023-11-23 16:56:12	65.00	cash_card	\N	\N	\N	\N	PP9562967900123264	settled
3309192	523	2023-11-24 06:00:00	65.00	direct_debit	IE31AIBK93492526734850	AIBKIE2D	\N	\N	670196283007958758	settled
3314502	540	2023-11-24 06:00:00	95.00	direct_debit	IE54BOFI90003033228528	BOFIIE2D	\N	\N	316861177431932599	settled
3315475	544	2023-11-24 06:00:00	80.00	direct_debit	IE58BOFI90639322210766	BOFIIE2D	\N	\N	616667860901130580	settled
3323500	566	2023-11-24 06:00:00	417.74	direct_debit	IE36ULSB98476694371448	ULSBIE2D	\N	\N	126259897761450087	settled
3317019	548	2023-11-24 09:12:42	186.11	bank_transfer	\N	\N	\N	\N	529948100389224082	settled
3324934	571	2023-11-24 18:32:03	110.00	cash_card	\N	\N	\N	\N	PP7049011502721966	settled
3306484	517	2023-11-25 06:00:00	312.08	direct_debit	IE60BOFI90425117793416	BOFIIE2D	\N	\N	012668753471178251	settled
3312609	533	2023-11-25 06:00:00	133.15	direct_debit	IE92AIBK93299964631488	AIBKIE2D	\N	\N	149520914833232637	settled
3324117	570	2023-11-25 06:00:00	238.64	direct_debit	IE81ULSB98503639475383	ULSBIE2D	\N	\N	595772971066452949	settled
3352244	646	2023-11-25 18:16:24	374.91	card	\N	\N	VISA	5348	339930623200765365	settled
3359541	668	2023-11-25 18:33:42	140.00	bank_transfer	\N	\N	\N	\N	470059572145675857	settled
3327848	576	2023-11-26 06:00:00	95.00	direct_debit	IE63ULSB98871361021300	ULSBIE2D	\N	\N	368406232891250497	settled
3359050	666	2023-11-26 06:00:00	80.00	direct_debit	IE34ULSB98458082223235	ULSBIE2D	\N	\N	983940600554571967	settled
3345763	627	2023-11-26 13:59:13	129.84	cash	\N	\N	\N	\N	940159336890834242	settled
3348805	636	2023-11-26 14:34:16	80.00	cash_card	\N	\N	\N	\N	PP9932208804277980	settled
3343778	624	2023-11-27 06:00:00	211.23	direct_debit	IE37AIBK93555189122548	AIBKIE2D	\N	\N	523788705168168076	settled
3352555	647	2023-11-27 06:00:00	105.35	direct_debit	IE02BOFI90741695955029	BOFIIE2D	\N	\N	108516791188139304	settled
3302581	507	2023-11-27 12:28:22	140.00	cash_card	\N	\N	\N	\N	PP3185594565554045	settled
3342195	619	2023-11-27 16:41:01	140.00	cash_card	\N	\N	\N	\N	PP7316280684312008	settled
3330769	588	2023-11-28 06:00:00	336.22	direct_debit	IE61BOFI90645892229553	BOFIIE2D	\N	\N	208501763706909399	settled
3336819	605	2023-11-28 06:00:00	137.14	direct_debit	IE90ULSB98753554584058	ULSBIE2D	\N	\N	125861944182361616	settled
3352925	648	2023-11-28 06:00:00	253.61	direct_debit	IE81AIBK93920583329471	AIBKIE2D	\N	\N	539245621106417699	settled
3312846	535	2023-11-28 10:25:06	80.00	card	\N	\N	VISA	2270	471883029878093574	settled
3310043	524	2023-11-28 10:59:13	65.00	cash_card	\N	\N	\N	\N	PP4280204937764745	settled
3305398	514	2023-11-28 15:22:35	110.00	cash_card	\N	\N	\N	\N	PP7792991525192060	settled
3326020	572	2023-11-28 17:42:01	280.17	cash_card	\N	\N	\N	\N	PP6506616760757928	settled
3322339	562	2023-11-28 18:06:02	95.00	cash_card	\N	\N	\N	\N	PP8879822621601595	settled
3331978	591	2023-11-28 18:42:25	140.00	cash_card	\N	\N	\N	\N	PP7244084179766986	settled
3307255	519	2023-11-29 06:00:00	122.51	direct_debit	IE28BOFI90744093772542	BOFIIE2D	\N	\N	679856358233763568	settled
3334673	600	2023-11-29 06:00:00	110.00	direct_debit	IE72IPBS99514720139539	IPBSIE2D	\N	\N	037793761706548388	settled
3310935	526	2023-11-29 10:45:21	95.00	cash	\N	\N	\N	\N	197286141695142878	settled
3316490	547	2023-11-29 16:50:09	111.64	cash_card	\N	\N	\N	\N	PP0784100493710130	settled
3326972	573	2023-11-29 17:45:18	405.32	cash_card	\N	\N	\N	\N	PP0130992135884499	settled
3337441	607	2023-11-30 06:00:00	65.00	direct_debit	IE31BOFI90027424286827	BOFIIE2D	\N	\N	262809380071482006	settled
3338510	610	2023-11-30 06:00:00	140.00	direct_debit	IE60BOFI90564061943559	BOFIIE2D	\N	\N	087094077207453780	settled
3350787	641	2023-11-30 06:00:00	80.00	direct_debit	IE76BOFI90933363746419	BOFIIE2D	\N	\N	458371296555224962	settled
3321254	560	2023-11-30 11:24:48	65.00	card	\N	\N	VISA	2751	711129042255640664	settled
3344632	625	2023-11-30 13:42:26	140.00	cash_card	\N	\N	\N	\N	PP6879028935791036	settled
3318742	550	2023-11-30 15:01:28	140.00	cash_card	\N	\N	\N	\N	PP2664657420936221	settled
3339572	614	2023-12-01 06:00:00	161.84	direct_debit	IE41IPBS99586885385200	IPBSIE2D	\N	\N	258262108137053150	settled
3324954	571	2023-12-01 11:37:41	110.00	cash_card	\N	\N	\N	\N	PP9916753810857671	settled
3321076	559	2023-12-02 06:00:00	65.00	direct_debit	IE19AIBK93680511488810	AIBKIE2D	\N	\N	564742899415245759	settled
3339241	613	2023-12-02 06:00:00	184.80	direct_debit	IE16IPBS99416770286671	IPBSIE2D	\N	\N	057066912759315068	settled
3345451	626	2023-12-02 11:55:22	124.35	cash_card	\N	\N	\N	\N	PP3120602165599729	settled
3319197	551	2023-12-02 15:21:59	356.66	bank_transfer	\N	\N	\N	\N	129159309927426122	settled
3306162	516	2023-12-02 20:34:46	110.00	card	\N	\N	VISA	6416	090085629262057772	settled
3329003	584	2023-12-03 06:00:00	65.00	direct_debit	IE47AIBK93168125991436	AIBKIE2D	\N	\N	674625751908627043	settled
3335889	602	2023-12-03 10:18:32	253.02	cash_card	\N	\N	\N	\N	PP8692092927447787	settled
3333174	595	2023-12-03 10:34:07	402.82	card	\N	\N	VISA	1142	480208055225565667	settled
3358351	664	2023-12-03 10:47:55	115.21	cash_card	\N	\N	\N	\N	PP2543844669560116	settled
3330499	587	2023-12-05 06:00:00	407.37	direct_debit	IE79AIBK93768132658125	AIBKIE2D	\N	\N	830179037745080565	settled
3333915	598	2023-12-05 06:00:00	80.00	direct_debit	IE61BOFI90534263302496	BOFIIE2D	\N	\N	605771813583020767	settled
3337149	606	2023-12-05 06:00:00	274.17	direct_debit	IE65AIBK93785586206907	AIBKIE2D	\N	\N	018354472427945297	settled
3332460	593	2023-12-06 06:00:00	91.92	direct_debit	IE56IPBS99232749506368	IPBSIE2D	\N	\N	540822579713835715	settled
3329776	585	2023-12-06 09:00:24	65.00	cash_card	\N	\N	\N	\N	PP1661421842350523	settled
3354106	650	2023-12-06 12:05:16	233.76	cash_card	\N	\N	\N	\N	PP7793556862847359	settled
3341129	617	2023-12-06 14:10:03	140.00	cash_card	\N	\N	\N	\N	PP7458735995461392	settled
3301657	504	2023-12-07 06:00:00	95.00	direct_debit	IE53BOFI90615832479396	BOFIIE2D	\N	\N	779776266487953856	settled
3306877	518	2023-12-07 06:00:00	140.00	direct_debit	IE02AIBK93926582320434	AIBKIE2D	\N	\N	559197297076352443	settled
3313219	536	2023-12-07 06:00:00	95.00	direct_debit	IE13ULSB98692744462496	ULSBIE2D	\N	\N	684014524308699377	settled
3350347	640	2023-12-07 09:43:13	363.83	cash_card	\N	\N	\N	\N	PP5003712517134209	settled
3302618	507	2023-12-07 12:11:41	140.00	cash_card	\N	\N	\N	\N	PP0078507438147624	settled
3300623	501	2023-12-07 12:51:49	95.00	cash_card	\N	\N	\N	\N	PP4345708996717957	settled
3304232	511	2023-12-08 06:00:00	80.00	direct_debit	IE94IPBS99903188749635	IPBSIE2D	\N	\N	652136697454981096	settled
3330267	586	2023-12-08 06:00:00	343.12	direct_debit	IE87BOFI90234713263509	BOFIIE2D	\N	\N	716905920430033275	settled
3310079	524	2023-12-08 11:57:13	65.00	cash_card	\N	\N	\N	\N	PP4128336539199927	settled
3355323	654	2023-12-09 09:22:32	216.35	cash_card	\N	\N	\N	\N	PP1681527197683640	settled
3317731	549	2023-12-09 12:14:36	151.16	cash_card	\N	\N	\N	\N	PP1734030599182442	settled
3332009	591	2023-12-09 12:19:00	140.00	cash_card	\N	\N	\N	\N	PP6468667456853481	settled
3322364	562	2023-12-09 18:14:18	95.00	cash_card	\N	\N	\N	\N	PP8040472679480393	settled
3347599	634	2023-12-09 18:58:32	65.00	cash_card	\N	\N	\N	\N	PP8232636359775885	settled
3322747	563	2023-12-10 06:00:00	95.00	direct_debit	IE71AIBK93960896531203	AIBKIE2D	\N	\N	891384188542868649	settled
3308519	521	2023-12-10 16:19:41	95.00	cash_card	\N	\N	\N	\N	PP2603750827046940	settled
3356905	661	2023-12-11 06:00:00	110.00	direct_debit	IE48IPBS99024389650180	IPBSIE2D	\N	\N	185452283681720624	settled
3315795	546	2023-12-11 09:57:58	65.00	card	\N	\N	VISA	0861	324420698154904574	settled
3327002	573	2023-12-11 11:24:08	294.74	cash_card	\N	\N	\N	\N	PP4339924698025447	settled
3326055	572	2023-12-11 17:24:20	253.63	cash_card	\N	\N	\N	\N	PP2435067336993609	settled
3327516	575	2023-12-11 18:36:21	140.00	cash	\N	\N	\N	\N	137226410582548369	settled
3351878	645	2023-12-12 06:00:00	65.00	direct_debit	IE27IPBS99107528446782	IPBSIE2D	\N	\N	545364887635144467	settled
3305430	514	2023-12-12 13:11:43	110.00	cash_card	\N	\N	\N	\N	PP9663081185326286	settled
3304501	512	2023-12-13 06:00:00	65.00	direct_debit	IE16BOFI90630225186317	BOFIIE2D	\N	\N	341788962685482160	settled
3312287	532	2023-12-13 06:00:00	140.00	direct_debit	IE84BOFI90075582678742	BOFIIE2D	\N	\N	157137154951791636	settled
3349645	639	2023-12-13 06:00:00	65.00	direct_debit	IE95AIBK93061651059187	AIBKIE2D	\N	\N	073499119611601312	settled
3355716	655	2023-12-13 11:37:42	285.58	bank_transfer	\N	\N	\N	\N	941329320020323626	settled
3348809	636	2023-12-13 13:27:53	80.00	cash_card	\N	\N	\N	\N	PP5769625884129487	settled
3335898	602	2023-12-13 17:25:58	97.23	cash_card	\N	\N	\N	\N	PP5115111943774133	settled
3301997	506	2023-12-14 06:00:00	405.80	direct_debit	IE37BOFI90599687414400	BOFIIE2D	\N	\N	352110720972633098	settled
3319509	553	2023-12-14 06:00:00	69.88	direct_debit	IE76BOFI90831073257876	BOFIIE2D	\N	\N	766585748556724158	settled
3321524	561	2023-12-14 06:00:00	95.00	direct_debit	IE42AIBK93372852451928	AIBKIE2D	\N	\N	289871720908929355	settled
3331317	590	2023-12-14 06:00:00	159.71	direct_debit	IE82AIBK93110885624416	AIBKIE2D	\N	\N	660203826953730664	settled
3333464	596	2023-12-14 06:00:00	140.00	direct_debit	IE68BOFI90607517922172	BOFIIE2D	\N	\N	010440925376341006	settled
3334931	601	2023-12-14 06:00:00	80.00	direct_debit	IE52IPBS99152942463112	IPBSIE2D	\N	\N	749913826316218054	settled
3343064	621	2023-12-14 06:00:00	348.47	direct_debit	IE96IPBS99325392895857	IPBSIE2D	\N	\N	236343480261302452	settled
3359899	670	2023-12-15 06:00:00	226.79	direct_debit	IE58BOFI90783120738907	BOFIIE2D	\N	\N	083112250362183795	settled
3302633	507	2023-12-15 11:25:28	140.00	cash_card	\N	\N	\N	\N	PP0651403960840473	settled
3358377	664	2023-12-15 12:43:10	205.39	cash_card	\N	\N	\N	\N	PP7513619686583071	settled
3344639	625	2023-12-15 12:58:39	140.00	cash_card	\N	\N	\N	\N	PP2031479952533392	settled
3345459	626	2023-12-15 18:24:44	412.48	cash_card	\N	\N	\N	\N	PP6671439110723201	settled
3328296	579	2023-12-16 06:00:00	140.00	direct_debit	IE61BOFI90170219654784	BOFIIE2D	\N	\N	215245509942280803	settled
3316522	547	2023-12-16 15:37:33	111.48	cash_card	\N	\N	\N	\N	PP0867026240530715	settled
3324985	571	2023-12-16 17:42:53	110.00	cash_card	\N	\N	\N	\N	PP2089155662416467	settled
3311699	530	2023-12-16 22:17:28	70.43	card	\N	\N	MASTERCARD	2081	477131655927454607	settled
3342214	619	2023-12-17 13:25:54	140.00	cash_card	\N	\N	\N	\N	PP6160424023114472	settled
3317746	549	2023-12-17 14:59:28	147.45	cash_card	\N	\N	\N	\N	PP5440768747220771	settled
3351326	643	2023-12-17 15:56:47	110.00	card	\N	\N	VISA	6346	554188496259408570	settled
3351619	644	2023-12-18 06:00:00	80.00	direct_debit	IE69IPBS99708479497822	IPBSIE2D	\N	\N	359045741130970560	settled
3353243	649	2023-12-18 06:00:00	65.00	direct_debit	IE33ULSB98968453789633	ULSBIE2D	\N	\N	215083002021473799	settled
3356378	658	2023-12-18 08:56:03	110.00	card	\N	\N	VISA	3274	261926927439094468	settled
3313684	537	2023-12-18 16:07:22	95.00	card	\N	\N	MASTERCARD	3379	247744852735705749	settled
3311410	528	2023-12-19 06:00:00	110.00	direct_debit	IE03BOFI90770731165413	BOFIIE2D	\N	\N	881442897674975755	settled
3323010	564	2023-12-19 06:00:00	140.00	direct_debit	IE38AIBK93384491116019	AIBKIE2D	\N	\N	624723791507815131	settled
3336295	603	2023-12-19 06:00:00	235.51	direct_debit	IE43BOFI90153991407959	BOFIIE2D	\N	\N	938001924158765621	settled
3339880	615	2023-12-19 06:00:00	80.00	direct_debit	IE71ULSB98343354427782	ULSBIE2D	\N	\N	966773113485964288	settled
3357556	663	2023-12-19 06:00:00	140.00	direct_debit	IE14BOFI90212122725303	BOFIIE2D	\N	\N	375297004407998707	settled
3310094	524	2023-12-19 17:04:43	65.00	cash_card	\N	\N	\N	\N	PP3448588735242445	settled
3301176	502	2023-12-20 06:00:00	65.00	direct_debit	IE25BOFI90161553054438	BOFIIE2D	\N	\N	943675461292363065	settled
3303840	510	2023-12-20 06:00:00	95.00	direct_debit	IE10AIBK93820641633283	AIBKIE2D	\N	\N	540057747422125431	settled
3312009	531	2023-12-20 06:00:00	110.00	direct_debit	IE41BOFI90027589851679	BOFIIE2D	\N	\N	784295216063859817	settled
3346186	629	2023-12-20 06:00:00	80.00	direct_debit	IE60ULSB98692767876092	ULSBIE2D	\N	\N	275149884643107956	settled
3348104	635	2023-12-20 06:00:00	110.00	direct_debit	IE75AIBK93783422122759	AIBKIE2D	\N	\N	667744122805321640	settled
3346843	633	2023-12-20 10:07:11	140.00	cash	\N	\N	\N	\N	386911093770030698	settled
3338207	609	2023-12-20 17:56:02	277.48	cash	\N	\N	\N	\N	928803042330004550	settled
3303548	509	2023-12-20 22:28:42	65.00	card	\N	\N	VISA	0606	188567572384986660	settled
3351036	642	2023-12-21 06:00:00	84.52	direct_debit	IE05IPBS99763371112796	IPBSIE2D	\N	\N	913472367434011110	settled
3355888	656	2023-12-21 06:00:00	95.00	direct_debit	IE52BOFI90394058121863	BOFIIE2D	\N	\N	404931550824405836	returned
3327006	573	2023-12-21 14:58:20	308.30	cash_card	\N	\N	\N	\N	PP0890135814948789	settled
3318763	550	2023-12-21 15:13:29	140.00	cash_card	\N	\N	\N	\N	PP3263181791901534	settled
3350357	640	2023-12-21 17:51:25	262.32	cash_card	\N	\N	\N	\N	PP3472978874666227	settled
3301295	503	2023-12-22 06:00:00	94.48	direct_debit	IE04ULSB98662320729557	ULSBIE2D	\N	\N	882095731445221046	settled
3310656	525	2023-12-22 08:13:13	261.77	card	\N	\N	MASTERCARD	0005	250642807895740911	settled
3326092	572	2023-12-22 10:04:08	240.84	cash_card	\N	\N	\N	\N	PP8691587376640946	settled
3300658	501	2023-12-22 10:07:38	95.00	cash_card	\N	\N	\N	\N	PP0069482692570701	settled
3355344	654	2023-12-22 13:11:15	80.86	cash_card	\N	\N	\N	\N	PP9785193972961489	settled
3307639	520	2023-12-23 06:00:00	80.00	direct_debit	IE91BOFI90538720293749	BOFIIE2D	\N	\N	304381203796709402	settled
3308961	522	2023-12-23 06:00:00	140.00	direct_debit	IE40AIBK93455786322011	AIBKIE2D	\N	\N	897388962061633203	settled
3308540	521	2023-12-23 12:44:23	95.00	cash_card	\N	\N	\N	\N	PP9476059735551728	settled
3315157	543	2023-12-23 16:10:43	110.00	card	\N	\N	VISA	7939	179490887605996156	settled
3309226	523	2023-12-24 06:00:00	65.00	direct_debit	IE31AIBK93492526734850	AIBKIE2D	\N	\N	054653858611956184	settled
3314504	540	2023-12-24 06:00:00	95.00	direct_debit	IE54BOFI90003033228528	BOFIIE2D	\N	\N	887998793374667702	settled
3322379	562	2023-12-24 09:19:22	95.00	cash_card	\N	\N	\N	\N	PP7032243887281669	settled
3341155	617	2023-12-24 09:36:36	140.00	cash_card	\N	\N	\N	\N	PP3462464905728204	settled
3317056	548	2023-12-24 10:52:40	224.64	bank_transfer	\N	\N	\N	\N	201213908665341303	settled
3329798	585	2023-12-24 13:11:58	65.00	cash_card	\N	\N	\N	\N	PP2441743343290149	settled
3304751	513	2023-12-25 06:00:00	65.00	direct_debit	IE23AIBK93423586982973	AIBKIE2D	\N	\N	446041894909585467	settled
3312630	533	2023-12-25 06:00:00	268.48	direct_debit	IE92AIBK93299964631488	AIBKIE2D	\N	\N	512925423423496774	settled
3315509	544	2023-12-25 06:00:00	80.00	direct_debit	IE58BOFI90639322210766	BOFIIE2D	\N	\N	186399620066635624	settled
3302657	507	2023-12-25 16:21:06	140.00	cash_card	\N	\N	\N	\N	PP1587304623889351	settled
3306513	517	2023-12-26 06:00:00	382.47	direct_debit	IE60BOFI90425117793416	BOFIIE2D	\N	\N	102537208922890119	settled
3327882	576	2023-12-26 06:00:00	95.00	direct_debit	IE63ULSB98871361021300	ULSBIE2D	\N	\N	656147381458620185	settled
3343660	623	2023-12-26 06:00:00	200.02	direct_debit	IE09AIBK93427157364172	AIBKIE2D	\N	\N	702555558785140918	settled
3347628	634	2023-12-26 12:04:03	65.00	cash_card	\N	\N	\N	\N	PP1326298035888079	settled
3358390	664	2023-12-26 14:34:23	133.22	cash_card	\N	\N	\N	\N	PP8289785578013442	settled
3348815	636	2023-12-26 14:37:41	80.00	cash_card	\N	\N	\N	\N	PP1072153418126337	settled
3345778	627	2023-12-26 16:13:54	320.25	cash	\N	\N	\N	\N	650556590188941137	settled
3332018	591	2023-12-26 17:33:27	140.00	cash_card	\N	\N	\N	\N	PP5713864259465185	settled
3354131	650	2023-12-27 13:35:31	195.85	cash_card	\N	\N	\N	\N	PP8720852593567469	settled
3337764	608	2023-12-27 20:15:26	348.26	card	\N	\N	MASTERCARD	0657	695100521605904694	settled
3312870	535	2023-12-28 14:18:52	80.00	card	\N	\N	VISA	1855	232783668499668642	settled
3313874	538	2023-12-29 06:00:00	110.00	direct_debit	IE78BOFI90548845389984	BOFIIE2D	\N	\N	718071094853532155	settled
3336840	605	2023-12-29 06:00:00	202.05	direct_debit	IE90ULSB98753554584058	ULSBIE2D	\N	\N	720093560850525282	settled
3352944	648	2023-12-29 06:00:00	169.14	direct_debit	IE81AIBK93920583329471	AIBKIE2D	\N	\N	433670920966624403	settled
3310942	526	2023-12-29 09:33:11	95.00	cash	\N	\N	\N	\N	912984073503375609	settled
3335932	602	2023-12-29 12:53:59	170.01	cash_card	\N	\N	\N	\N	PP4241037596775051	settled
3300675	501	2023-12-29 16:32:11	95.00	cash_card	\N	\N	\N	\N	PP7105080783285143	settled
3317752	549	2023-12-29 17:36:27	407.28	cash_card	\N	\N	\N	\N	PP8936058430543817	settled
3327011	573	2023-12-29 18:09:11	129.29	cash_card	\N	\N	\N	\N	PP9148438743548163	settled
3355379	654	2023-12-30 12:26:18	364.92	cash_card	\N	\N	\N	\N	PP6622306781315547	settled
3321276	560	2023-12-30 13:12:49	65.00	card	\N	\N	VISA	1464	702163443427200784	settled
3305443	514	2023-12-30 14:30:25	110.00	cash_card	\N	\N	\N	\N	PP7577830837763683	settled
3337467	607	2023-12-31 06:00:00	65.00	direct_debit	IE31BOFI90027424286827	BOFIIE2D	\N	\N	478188659461447539	settled
3320213	556	2023-12-31 11:12:40	95.00	cash	\N	\N	\N	\N	815508093831621255	settled
3344650	625	2023-12-31 13:05:59	140.00	cash_card	\N	\N	\N	\N	PP4742293722669920	settled
3321094	559	2024-01-01 06:00:00	65.00	direct_debit	IE19AIBK93680511488810	AIBKIE2D	\N	\N	674671414508587888	settled
3324989	571	2024-01-01 10:19:48	110.00	cash_card	\N	\N	\N	\N	PP5241262496723758	settled
3341586	618	2024-01-02 06:00:00	140.00	direct_debit	IE59ULSB98300060622959	ULSBIE2D	\N	\N	934985197622842280	settled
3333192	595	2024-01-02 09:09:32	321.65	card	\N	\N	VISA	6879	190453541120573569	settled
3329830	585	2024-01-02 11:49:54	65.00	cash_card	\N	\N	\N	\N	PP6834279210389370	settled
3350379	640	2024-01-02 14:58:14	130.97	cash_card	\N	\N	\N	\N	PP5855965393113614	settled
3347640	634	2024-01-03 17:53:38	65.00	cash_card	\N	\N	\N	\N	PP5506547442549477	settled
3330521	587	2024-01-04 06:00:00	81.31	direct_debit	IE79AIBK93768132658125	AIBKIE2D	\N	\N	037600891365013884	settled
3333953	598	2024-01-04 06:00:00	80.00	direct_debit	IE61BOFI90534263302496	BOFIIE2D	\N	\N	611860170059869615	settled
3336593	604	2024-01-04 06:00:00	80.00	direct_debit	IE51IPBS99731081584740	IPBSIE2D	\N	\N	571346250499118443	settled
3326118	572	2024-01-04 12:25:24	140.62	cash_card	\N	\N	\N	\N	PP2119940403692988	settled
3318784	550	2024-01-04 13:13:11	140.00	cash_card	\N	\N	\N	\N	PP0844410100312009	settled
3320466	557	2024-01-04 14:29:09	95.00	card	\N	\N	MASTERCARD	7185	043798040537106382	settled
3301942	505	2024-01-04 22:40:17	95.00	card	\N	\N	VISA	8915	849339034080672601	settled
3310121	524	2024-01-05 15:59:13	65.00	cash_card	\N	\N	\N	\N	PP7301904603628691	settled
3345468	626	2024-01-05 16:58:31	179.65	cash_card	\N	\N	\N	\N	PP6607834376929011	settled
3301672	504	2024-01-06 06:00:00	95.00	direct_debit	IE53BOFI90615832479396	BOFIIE2D	\N	\N	367009530795994298	settled
3313251	536	2024-01-06 06:00:00	95.00	direct_debit	IE13ULSB98692744462496	ULSBIE2D	\N	\N	726441319458131054	settled
3314878	542	2024-01-06 06:00:00	329.83	direct_debit	IE55ULSB98747217228689	ULSBIE2D	\N	\N	436680766155556851	settled
3332467	593	2024-01-06 06:00:00	288.49	direct_debit	IE56IPBS99232749506368	IPBSIE2D	\N	\N	753026824116807326	settled
3334350	599	2024-01-06 11:09:59	65.00	card	\N	\N	VISA	8413	112946879716528384	settled
3327016	573	2024-01-06 11:10:12	389.43	cash_card	\N	\N	\N	\N	PP3652746035856194	settled
3342253	619	2024-01-06 13:33:54	140.00	cash_card	\N	\N	\N	\N	PP4336981236394076	settled
3316560	547	2024-01-06 16:44:07	411.53	cash_card	\N	\N	\N	\N	PP9824948796760969	settled
3306902	518	2024-01-07 06:00:00	140.00	direct_debit	IE02AIBK93926582320434	AIBKIE2D	\N	\N	514439702071469853	settled
3320714	558	2024-01-07 09:41:29	110.00	card	\N	\N	MASTERCARD	5464	773091213719016875	settled
3333821	597	2024-01-07 13:39:32	204.19	bank_transfer	\N	\N	\N	\N	695196847669416007	settled
3354141	650	2024-01-07 17:57:58	388.03	cash_card	\N	\N	\N	\N	PP2312554176124712	settled
3341162	617	2024-01-08 15:01:52	140.00	cash_card	\N	\N	\N	\N	PP0541557204821862	settled
3322410	562	2024-01-08 15:07:37	95.00	cash_card	\N	\N	\N	\N	PP0232345781854123	settled
3322768	563	2024-01-09 06:00:00	95.00	direct_debit	IE71AIBK93960896531203	AIBKIE2D	\N	\N	530360703079408091	settled
3335935	602	2024-01-09 13:07:12	102.09	cash_card	\N	\N	\N	\N	PP8219072540613325	settled
3300678	501	2024-01-09 13:11:06	95.00	cash_card	\N	\N	\N	\N	PP6723167231167058	settled
3308574	521	2024-01-09 13:32:00	95.00	cash_card	\N	\N	\N	\N	PP4789868961276461	settled
3348839	636	2024-01-10 10:40:38	80.00	cash_card	\N	\N	\N	\N	PP5801886921479144	settled
3332039	591	2024-01-10 18:48:51	140.00	cash_card	\N	\N	\N	\N	PP4035416498837249	settled
3329862	585	2024-01-11 11:48:47	65.00	cash_card	\N	\N	\N	\N	PP2547836567632080	settled
3302688	507	2024-01-11 15:06:43	140.00	cash_card	\N	\N	\N	\N	PP0421721405205336	settled
3303210	508	2024-01-12 06:00:00	65.00	direct_debit	IE69BOFI90617460435249	BOFIIE2D	\N	\N	272209978052324151	settled
3304504	512	2024-01-12 06:00:00	65.00	direct_debit	IE16BOFI90630225186317	BOFIIE2D	\N	\N	015626002864679891	settled
3356671	659	2024-01-12 06:00:00	95.00	direct_debit	IE33AIBK93988794024342	AIBKIE2D	\N	\N	147774851181401710	settled
3319540	553	2024-01-13 06:00:00	67.31	direct_debit	IE76BOFI90831073257876	BOFIIE2D	\N	\N	334389506995321396	settled
3359335	667	2024-01-13 06:00:00	95.00	direct_debit	IE55BOFI90172380292353	BOFIIE2D	\N	\N	991353004910790140	settled
3342255	619	2024-01-13 16:17:38	140.00	cash_card	\N	\N	\N	\N	PP7884754076257455	settled
3331355	590	2024-01-14 06:00:00	362.90	direct_debit	IE82AIBK93110885624416	AIBKIE2D	\N	\N	622191003525932435	settled
3333467	596	2024-01-14 06:00:00	140.00	direct_debit	IE68BOFI90607517922172	BOFIIE2D	\N	\N	216046648843141450	settled
3355417	654	2024-01-14 11:23:33	351.92	cash_card	\N	\N	\N	\N	PP5990811766316489	settled
3323734	567	2024-01-15 06:00:00	65.00	direct_debit	IE49AIBK93893144948486	AIBKIE2D	\N	\N	626188962357964416	settled
3328304	579	2024-01-15 06:00:00	140.00	direct_debit	IE61BOFI90170219654784	BOFIIE2D	\N	\N	876497784732605647	settled
3356073	657	2024-01-15 06:00:00	65.00	direct_debit	IE13AIBK93735271400117	AIBKIE2D	\N	\N	268491929930979350	settled
3344662	625	2024-01-15 09:32:19	140.00	cash_card	\N	\N	\N	\N	PP2216854770325452	settled
3358416	664	2024-01-15 09:56:30	234.18	cash_card	\N	\N	\N	\N	PP8958430516049575	settled
3311707	530	2024-01-15 16:57:12	317.36	card	\N	\N	MASTERCARD	7933	704129111453060851	settled
3328646	582	2024-01-16 06:00:00	65.00	direct_debit	IE45BOFI90335082541126	BOFIIE2D	\N	\N	877358610391056539	settled
3331076	589	2024-01-16 06:00:00	65.00	direct_debit	IE54BOFI90151223680862	BOFIIE2D	\N	\N	371009526230628202	settled
3332760	594	2024-01-16 06:00:00	95.00	direct_debit	IE97BOFI90447930874423	BOFIIE2D	\N	\N	591951916333292875	settled
3355056	653	2024-01-16 06:00:00	95.00	direct_debit	IE19AIBK93157993582818	AIBKIE2D	\N	\N	193800405785123230	settled
3357245	662	2024-01-16 06:00:00	95.00	direct_debit	IE26ULSB98646690880541	ULSBIE2D	\N	\N	842934336397106198	settled
3317761	549	2024-01-16 10:50:42	115.79	cash_card	\N	\N	\N	\N	PP0669704521358807	settled
3354495	651	2024-01-16 13:00:11	306.87	card	\N	\N	MASTERCARD	1631	224200989592116983	settled
3305458	514	2024-01-16 13:35:28	110.00	cash_card	\N	\N	\N	\N	PP6452061602499807	settled
3354906	652	2024-01-16 15:20:58	95.00	card	\N	\N	VISA	1743	204990617666254623	settled
3350419	640	2024-01-16 16:39:21	310.85	cash_card	\N	\N	\N	\N	PP0657424168826425	settled
3305915	515	2024-01-17 06:00:00	80.00	direct_debit	IE75AIBK93367180140624	AIBKIE2D	\N	\N	568622684950822764	settled
3323281	565	2024-01-17 06:00:00	65.00	direct_debit	IE39BOFI90303846016809	BOFIIE2D	\N	\N	862570223284381273	settled
3326120	572	2024-01-17 18:18:09	144.69	cash_card	\N	\N	\N	\N	PP4481418465697895	settled
3323034	564	2024-01-18 06:00:00	140.00	direct_debit	IE38AIBK93384491116019	AIBKIE2D	\N	\N	517256729657583344	settled
3340264	616	2024-01-18 06:00:00	140.00	direct_debit	IE50AIBK93199610999737	AIBKIE2D	\N	\N	457759598287723086	settled
3357590	663	2024-01-18 06:00:00	140.00	direct_debit	IE14BOFI90212122725303	BOFIIE2D	\N	\N	397741197891512165	settled
3311181	527	2024-01-18 09:04:24	140.00	bank_transfer	\N	\N	\N	\N	564004644970508756	settled
3345472	626	2024-01-18 13:20:20	309.26	cash_card	\N	\N	\N	\N	PP3755862108430028	settled
3314215	539	2024-01-19 06:00:00	65.00	direct_debit	IE41BOFI90507511924668	BOFIIE2D	\N	\N	048302425561012923	settled
3343398	622	2024-01-19 14:07:20	157.12	card	\N	\N	VISA	6714	600058012768978774	settled
3354147	650	2024-01-19 14:43:42	166.82	cash_card	\N	\N	\N	\N	PP4865948644193449	settled
3308579	521	2024-01-19 14:47:34	95.00	cash_card	\N	\N	\N	\N	PP0892402134433587	settled
3346586	632	2024-01-19 15:13:49	80.00	card	\N	\N	VISA	0874	144926694784465725	settled
3303866	510	2024-01-20 06:00:00	95.00	direct_debit	IE10AIBK93820641633283	AIBKIE2D	\N	\N	378716269079041699	settled
3346224	629	2024-01-20 06:00:00	80.00	direct_debit	IE60ULSB98692767876092	ULSBIE2D	\N	\N	179192529353088755	settled
3348126	635	2024-01-20 06:00:00	110.00	direct_debit	IE75AIBK93783422122759	AIBKIE2D	\N	\N	895857958557061943	settled
3335965	602	2024-01-20 15:22:03	415.89	cash_card	\N	\N	\N	\N	PP8504635356125752	settled
3327039	573	2024-01-20 18:34:24	318.87	cash_card	\N	\N	\N	\N	PP2598687951245661	settled
3301301	503	2024-01-21 06:00:00	273.48	direct_debit	IE04ULSB98662320729557	ULSBIE2D	\N	\N	674332402406739440	settled
3342742	620	2024-01-21 06:00:00	94.95	direct_debit	IE40AIBK93081368220689	AIBKIE2D	\N	\N	544733364216220474	settled
3349257	637	2024-01-21 06:00:00	80.00	direct_debit	IE74AIBK93096251328456	AIBKIE2D	\N	\N	149307842695982264	settled
3358811	665	2024-01-21 06:00:00	95.00	direct_debit	IE47AIBK93355738234625	AIBKIE2D	\N	\N	941779307443569292	settled
3332077	591	2024-01-21 09:36:45	140.00	cash_card	\N	\N	\N	\N	PP9751899181012470	settled
3325012	571	2024-01-21 11:20:30	110.00	cash_card	\N	\N	\N	\N	PP1375989981518879	settled
3347661	634	2024-01-21 13:55:30	65.00	cash_card	\N	\N	\N	\N	PP6541328390868450	settled
3323527	566	2024-01-22 06:00:00	404.28	direct_debit	IE36ULSB98476694371448	ULSBIE2D	\N	\N	068522915611507262	settled
3310666	525	2024-01-22 09:32:22	189.53	card	\N	\N	VISA	6919	899327714848952939	settled
3342275	619	2024-01-22 12:29:03	140.00	cash_card	\N	\N	\N	\N	PP5909378892976829	settled
3315191	543	2024-01-22 22:23:08	110.00	card	\N	\N	VISA	0351	068221130554348638	settled
3307673	520	2024-01-23 06:00:00	80.00	direct_debit	IE91BOFI90538720293749	BOFIIE2D	\N	\N	397959696442260943	settled
3319967	555	2024-01-23 06:00:00	65.00	direct_debit	IE68ULSB98890186519407	ULSBIE2D	\N	\N	937734559234125931	settled
3324150	570	2024-01-23 06:00:00	281.98	direct_debit	IE81ULSB98503639475383	ULSBIE2D	\N	\N	915238417659428709	settled
3359559	668	2024-01-23 10:32:37	140.00	bank_transfer	\N	\N	\N	\N	276084032772867572	settled
3344697	625	2024-01-23 15:31:01	140.00	cash_card	\N	\N	\N	\N	PP4332040042929252	settled
3305478	514	2024-01-23 18:22:34	110.00	cash_card	\N	\N	\N	\N	PP3634136363171302	settled
3309242	523	2024-01-24 06:00:00	65.00	direct_debit	IE31AIBK93492526734850	AIBKIE2D	\N	\N	715656726528759561	settled
3359070	666	2024-01-24 06:00:00	80.00	direct_debit	IE34ULSB98458082223235	ULSBIE2D	\N	\N	206826483439017826	settled
3316564	547	2024-01-24 10:28:48	132.25	cash_card	\N	\N	\N	\N	PP1343221575678020	settled
3350432	640	2024-01-24 13:13:00	287.88	cash_card	\N	\N	\N	\N	PP2789287502798062	settled
3312664	533	2024-01-25 06:00:00	296.94	direct_debit	IE92AIBK93299964631488	AIBKIE2D	\N	\N	222766522847882175	settled
3343669	623	2024-01-25 06:00:00	336.85	direct_debit	IE09AIBK93427157364172	AIBKIE2D	\N	\N	666388435021207443	settled
3318797	550	2024-01-25 10:32:31	140.00	cash_card	\N	\N	\N	\N	PP5180005242516284	settled
3326146	572	2024-01-25 12:54:28	181.84	cash_card	\N	\N	\N	\N	PP0932316913848062	settled
3310154	524	2024-01-25 15:47:29	65.00	cash_card	\N	\N	\N	\N	PP6747300675910064	settled
3341185	617	2024-01-25 18:27:05	140.00	cash_card	\N	\N	\N	\N	PP5445316481335398	settled
3352260	646	2024-01-25 22:34:52	231.36	card	\N	\N	VISA	5178	054973120094471889	settled
3330787	588	2024-01-26 06:00:00	60.98	direct_debit	IE61BOFI90645892229553	BOFIIE2D	\N	\N	722185070878009752	settled
3300697	501	2024-01-26 16:58:09	95.00	cash_card	\N	\N	\N	\N	PP8714674339581340	settled
3345792	627	2024-01-26 18:54:42	249.34	cash	\N	\N	\N	\N	776745822133009686	settled
3334686	600	2024-01-27 06:00:00	110.00	direct_debit	IE72IPBS99514720139539	IPBSIE2D	\N	\N	388536783114883684	settled
3343800	624	2024-01-27 06:00:00	277.23	direct_debit	IE37AIBK93555189122548	AIBKIE2D	\N	\N	047966724650796569	settled
3352587	647	2024-01-27 06:00:00	243.32	direct_debit	IE02BOFI90741695955029	BOFIIE2D	\N	\N	073346403824799182	settled
3317770	549	2024-01-27 10:45:39	246.73	cash_card	\N	\N	\N	\N	PP8097027637816599	settled
3348841	636	2024-01-27 10:59:27	80.00	cash_card	\N	\N	\N	\N	PP7805619617158711	settled
3355441	654	2024-01-27 12:26:08	75.47	cash_card	\N	\N	\N	\N	PP7448413498549492	settled
3313888	538	2024-01-28 06:00:00	110.00	direct_debit	IE78BOFI90548845389984	BOFIIE2D	\N	\N	962265794492673667	settled
3352977	648	2024-01-28 06:00:00	115.28	direct_debit	IE81AIBK93920583329471	AIBKIE2D	\N	\N	928613234725201340	settled
3322425	562	2024-01-28 15:48:17	95.00	cash_card	\N	\N	\N	\N	PP3826257169451711	settled
3307295	519	2024-01-29 06:00:00	248.88	direct_debit	IE28BOFI90744093772542	BOFIIE2D	\N	\N	567783008504593175	settled
3336851	605	2024-01-29 06:00:00	269.83	direct_debit	IE90ULSB98753554584058	ULSBIE2D	\N	\N	045970072059302053	settled
3347683	634	2024-01-29 11:11:23	65.00	cash_card	\N	\N	\N	\N	PP3713791266155212	settled
3345479	626	2024-01-29 13:51:29	308.40	cash_card	\N	\N	\N	\N	PP1635863776978078	settled
3329888	585	2024-01-29 15:39:41	65.00	cash_card	\N	\N	\N	\N	PP5818772721956373	settled
3338528	610	2024-01-30 06:00:00	140.00	direct_debit	IE60BOFI90564061943559	BOFIIE2D	\N	\N	020874829089825798	settled
3350813	641	2024-01-30 06:00:00	80.00	direct_debit	IE76BOFI90933363746419	BOFIIE2D	\N	\N	867378908376697948	settled
3346309	631	2024-01-30 17:11:37	95.00	card	\N	\N	VISA	1616	026266823112268035	settled
3321279	560	2024-01-30 19:15:26	65.00	card	\N	\N	VISA	1821	592413244199722863	settled
3306163	516	2024-01-30 23:38:33	110.00	card	\N	\N	MASTERCARD	5783	284244107641710364	settled
3337474	607	2024-01-31 06:00:00	65.00	direct_debit	IE31BOFI90027424286827	BOFIIE2D	\N	\N	237815746870057221	settled
3339599	614	2024-01-31 06:00:00	107.10	direct_debit	IE41IPBS99586885385200	IPBSIE2D	\N	\N	238749211806089276	settled
3320221	556	2024-01-31 12:22:11	95.00	cash	\N	\N	\N	\N	525000129912576968	settled
3302719	507	2024-01-31 13:15:38	140.00	cash_card	\N	\N	\N	\N	PP0281453186036833	settled
3358430	664	2024-01-31 17:50:48	305.83	cash_card	\N	\N	\N	\N	PP1362043490278836	settled
3339272	613	2024-02-01 06:00:00	167.55	direct_debit	IE16IPBS99416770286671	IPBSIE2D	\N	\N	348680927417800973	settled
3341624	618	2024-02-01 06:00:00	140.00	direct_debit	IE59ULSB98300060622959	ULSBIE2D	\N	\N	233964148358277971	settled
3336001	602	2024-02-01 09:25:28	216.62	cash_card	\N	\N	\N	\N	PP3748388955487502	settled
3326171	572	2024-02-01 12:19:52	145.61	cash_card	\N	\N	\N	\N	PP7679683631359556	settled
3319217	551	2024-02-01 12:25:17	378.54	bank_transfer	\N	\N	\N	\N	732286673185411364	settled
3344707	625	2024-02-01 13:42:14	140.00	cash_card	\N	\N	\N	\N	PP0230099309418782	settled
3329019	584	2024-02-02 06:00:00	65.00	direct_debit	IE47AIBK93168125991436	AIBKIE2D	\N	\N	233294064593295156	settled
3337163	606	2024-02-02 06:00:00	97.96	direct_debit	IE65AIBK93785586206907	AIBKIE2D	\N	\N	770914798989808060	settled
3336608	604	2024-02-04 06:00:00	80.00	direct_debit	IE51IPBS99731081584740	IPBSIE2D	\N	\N	421669957992585219	settled
3341188	617	2024-02-04 11:46:08	140.00	cash_card	\N	\N	\N	\N	PP7512307993858270	settled
3308600	521	2024-02-04 14:50:04	95.00	cash_card	\N	\N	\N	\N	PP4644554254976244	settled
3304268	511	2024-02-05 06:00:00	80.00	direct_debit	IE94IPBS99903188749635	IPBSIE2D	\N	\N	089470078807945409	settled
3327956	577	2024-02-05 06:00:00	80.00	direct_debit	IE72ULSB98052447643988	ULSBIE2D	\N	\N	329274143547572303	settled
3316598	547	2024-02-05 11:23:44	219.95	cash_card	\N	\N	\N	\N	PP0682131270771634	settled
3347693	634	2024-02-05 17:24:01	65.00	cash_card	\N	\N	\N	\N	PP6587013480058103	settled
3306920	518	2024-02-06 06:00:00	140.00	direct_debit	IE02AIBK93926582320434	AIBKIE2D	\N	\N	649752027286472727	settled
3311495	529	2024-02-06 06:00:00	140.00	direct_debit	IE15AIBK93126450269096	AIBKIE2D	\N	\N	683733956967578665	settled
3313291	536	2024-02-06 06:00:00	95.00	direct_debit	IE13ULSB98692744462496	ULSBIE2D	\N	\N	936646873322313551	settled
3330296	586	2024-02-07 06:00:00	187.33	direct_debit	IE87BOFI90234713263509	BOFIIE2D	\N	\N	866864426208327645	settled
3332099	591	2024-02-07 13:50:11	140.00	cash_card	\N	\N	\N	\N	PP8484925429719152	settled
3348850	636	2024-02-07 13:55:19	80.00	cash_card	\N	\N	\N	\N	PP3485707688182149	settled
3310184	524	2024-02-07 17:53:56	65.00	cash_card	\N	\N	\N	\N	PP0887794959469026	settled
3356927	661	2024-02-08 06:00:00	110.00	direct_debit	IE48IPBS99024389650180	IPBSIE2D	\N	\N	995648159252052610	settled
3350439	640	2024-02-08 10:23:03	67.66	cash_card	\N	\N	\N	\N	PP9664256089911321	settled
3315803	546	2024-02-08 15:44:15	65.00	card	\N	\N	VISA	0804	776465184799026915	settled
3354151	650	2024-02-08 15:46:40	275.30	cash_card	\N	\N	\N	\N	PP8192411630130579	settled
3326208	572	2024-02-09 15:21:59	198.98	cash_card	\N	\N	\N	\N	PP5513548662481490	settled
3349647	639	2024-02-10 06:00:00	65.00	direct_debit	IE95AIBK93061651059187	AIBKIE2D	\N	\N	768227550304203504	settled
3327052	573	2024-02-10 14:39:24	386.75	cash_card	\N	\N	\N	\N	PP4790031314372918	settled
3305484	514	2024-02-10 17:10:41	110.00	cash_card	\N	\N	\N	\N	PP0884420487068948	settled
3327520	575	2024-02-10 17:34:51	140.00	cash	\N	\N	\N	\N	401395406784924562	settled
3304541	512	2024-02-11 06:00:00	65.00	direct_debit	IE16BOFI90630225186317	BOFIIE2D	\N	\N	294583094414318304	settled
3321533	561	2024-02-11 06:00:00	95.00	direct_debit	IE42AIBK93372852451928	AIBKIE2D	\N	\N	856403770534664680	settled
3334971	601	2024-02-11 06:00:00	80.00	direct_debit	IE52IPBS99152942463112	IPBSIE2D	\N	\N	820911690764210404	settled
3351918	645	2024-02-11 06:00:00	65.00	direct_debit	IE27IPBS99107528446782	IPBSIE2D	\N	\N	332158360712358270	settled
3356690	659	2024-02-11 06:00:00	95.00	direct_debit	IE33AIBK93988794024342	AIBKIE2D	\N	\N	393941340060773559	settled
3308604	521	2024-02-11 12:22:03	95.00	cash_card	\N	\N	\N	\N	PP4962054354037462	settled
3325035	571	2024-02-11 14:29:43	110.00	cash_card	\N	\N	\N	\N	PP5601987440561993	settled
3303244	508	2024-02-12 06:00:00	65.00	direct_debit	IE69BOFI90617460435249	BOFIIE2D	\N	\N	901306571848969195	settled
3312297	532	2024-02-12 06:00:00	140.00	direct_debit	IE84BOFI90075582678742	BOFIIE2D	\N	\N	077216269530332669	settled
3319577	553	2024-02-12 06:00:00	369.99	direct_debit	IE76BOFI90831073257876	BOFIIE2D	\N	\N	497553840850610377	settled
3359346	667	2024-02-12 06:00:00	95.00	direct_debit	IE55BOFI90172380292353	BOFIIE2D	\N	\N	237634790610181868	settled
3359917	670	2024-02-12 06:00:00	415.36	direct_debit	IE58BOFI90783120738907	BOFIIE2D	\N	\N	724425165477625987	settled
3300713	501	2024-02-12 12:03:56	95.00	cash_card	\N	\N	\N	\N	PP5164406949217894	settled
3318800	550	2024-02-12 15:52:45	140.00	cash_card	\N	\N	\N	\N	PP8327511811989972	settled
3342282	619	2024-02-12 18:03:08	140.00	cash_card	\N	\N	\N	\N	PP4180686914493971	settled
3341195	617	2024-02-12 18:11:05	140.00	cash_card	\N	\N	\N	\N	PP0564426972609583	settled
3302032	506	2024-02-13 06:00:00	101.65	direct_debit	IE37BOFI90599687414400	BOFIIE2D	\N	\N	594797003103723193	settled
3343100	621	2024-02-13 06:00:00	354.27	direct_debit	IE96IPBS99325392895857	IPBSIE2D	\N	\N	240166397683939684	settled
3317780	549	2024-02-13 11:51:57	99.47	cash_card	\N	\N	\N	\N	PP0869119389311185	settled
3345506	626	2024-02-13 18:28:19	232.61	cash_card	\N	\N	\N	\N	PP1499252817039052	settled
3323766	567	2024-02-14 06:00:00	65.00	direct_debit	IE49AIBK93893144948486	AIBKIE2D	\N	\N	134705656012194805	settled
3331358	590	2024-02-14 06:00:00	229.71	direct_debit	IE82AIBK93110885624416	AIBKIE2D	\N	\N	407608824400346601	settled
3333488	596	2024-02-14 06:00:00	140.00	direct_debit	IE68BOFI90607517922172	BOFIIE2D	\N	\N	759256127204246617	settled
3302748	507	2024-02-14 09:03:09	140.00	cash_card	\N	\N	\N	\N	PP4951205455908288	settled
3347700	634	2024-02-14 17:14:53	65.00	cash_card	\N	\N	\N	\N	PP8005343428197686	settled
3351344	643	2024-02-14 20:43:33	110.00	card	\N	\N	MASTERCARD	1660	863811143610876361	settled
3311715	530	2024-02-14 20:55:08	108.63	card	\N	\N	MASTERCARD	2757	464084657104496247	settled
3328682	582	2024-02-15 06:00:00	65.00	direct_debit	IE45BOFI90335082541126	BOFIIE2D	\N	\N	086357131457147939	settled
3351653	644	2024-02-15 06:00:00	80.00	direct_debit	IE69IPBS99708479497822	IPBSIE2D	\N	\N	660477954221552343	settled
3353250	649	2024-02-15 06:00:00	65.00	direct_debit	IE33ULSB98968453789633	ULSBIE2D	\N	\N	538631619551662959	settled
3355059	653	2024-02-15 06:00:00	95.00	direct_debit	IE19AIBK93157993582818	AIBKIE2D	\N	\N	288316489381310127	settled
3356106	657	2024-02-15 06:00:00	65.00	direct_debit	IE13AIBK93735271400117	AIBKIE2D	\N	\N	855741409881827148	settled
3329892	585	2024-02-15 17:45:48	65.00	cash_card	\N	\N	\N	\N	PP2623295721117425	settled
3328366	581	2024-02-16 06:00:00	105.76	direct_debit	IE52ULSB98926540706405	ULSBIE2D	\N	\N	119255786105434309	settled
3332800	594	2024-02-16 06:00:00	95.00	direct_debit	IE97BOFI90447930874423	BOFIIE2D	\N	\N	672486474611572584	settled
3339897	615	2024-02-16 06:00:00	80.00	direct_debit	IE71ULSB98343354427782	ULSBIE2D	\N	\N	955673287336156210	settled
3354934	652	2024-02-16 10:51:47	95.00	card	\N	\N	MASTERCARD	1239	692361842930094932	settled
3322449	562	2024-02-16 11:42:28	95.00	cash_card	\N	\N	\N	\N	PP4944568985258662	settled
3348865	636	2024-02-16 12:31:53	80.00	cash_card	\N	\N	\N	\N	PP8711315126223028	settled
3332121	591	2024-02-16 13:40:17	140.00	cash_card	\N	\N	\N	\N	PP1609314696359302	settled
3354508	651	2024-02-16 16:47:49	156.74	card	\N	\N	MASTERCARD	6911	551849800777829135	settled
3344723	625	2024-02-16 17:43:25	140.00	cash_card	\N	\N	\N	\N	PP0140994484114949	settled
3355474	654	2024-02-16 18:28:13	381.69	cash_card	\N	\N	\N	\N	PP1893492124277710	settled
3312041	531	2024-02-17 06:00:00	110.00	direct_debit	IE41BOFI90027589851679	BOFIIE2D	\N	\N	780008256391457767	settled
3323299	565	2024-02-17 06:00:00	65.00	direct_debit	IE39BOFI90303846016809	BOFIIE2D	\N	\N	784972451470332314	settled
3340299	616	2024-02-17 06:00:00	140.00	direct_debit	IE50AIBK93199610999737	AIBKIE2D	\N	\N	954016934539663961	settled
3316600	547	2024-02-17 09:43:49	159.74	cash_card	\N	\N	\N	\N	PP6675558444085448	settled
3310188	524	2024-02-17 10:58:15	65.00	cash_card	\N	\N	\N	\N	PP3580987589427803	settled
3358434	664	2024-02-17 11:30:00	390.07	cash_card	\N	\N	\N	\N	PP5796942922682973	settled
3356406	658	2024-02-17 11:55:22	110.00	card	\N	\N	MASTERCARD	4137	844276923650151830	settled
3338245	609	2024-02-17 14:54:20	226.90	cash	\N	\N	\N	\N	044280095707028667	settled
3346853	633	2024-02-17 17:18:39	140.00	cash	\N	\N	\N	\N	947064855056381562	settled
3313700	537	2024-02-17 18:10:39	95.00	card	\N	\N	VISA	3652	208367538227794722	settled
3303570	509	2024-02-17 22:23:57	65.00	card	\N	\N	MASTERCARD	8116	839945955353722087	settled
3311429	528	2024-02-18 06:00:00	110.00	direct_debit	IE03BOFI90770731165413	BOFIIE2D	\N	\N	410260049944364842	settled
3336325	603	2024-02-18 06:00:00	61.49	direct_debit	IE43BOFI90153991407959	BOFIIE2D	\N	\N	961275978356397657	settled
3351047	642	2024-02-18 06:00:00	165.08	direct_debit	IE05IPBS99763371112796	IPBSIE2D	\N	\N	401776353309694381	settled
3355918	656	2024-02-18 06:00:00	95.00	direct_debit	IE52BOFI90394058121863	BOFIIE2D	\N	\N	735963565554671889	settled
3301193	502	2024-02-19 06:00:00	65.00	direct_debit	IE25BOFI90161553054438	BOFIIE2D	\N	\N	821258660680968083	settled
3303906	510	2024-02-19 06:00:00	95.00	direct_debit	IE10AIBK93820641633283	AIBKIE2D	\N	\N	427882577971339725	settled
3346240	629	2024-02-19 06:00:00	80.00	direct_debit	IE60ULSB98692767876092	ULSBIE2D	\N	\N	083667555140713907	settled
3346594	632	2024-02-19 12:37:05	80.00	card	\N	\N	VISA	4771	142250540427705709	settled
3326233	572	2024-02-19 18:09:03	383.69	cash_card	\N	\N	\N	\N	PP5573907850268130	settled
3336004	602	2024-02-19 18:12:09	183.16	cash_card	\N	\N	\N	\N	PP1192784666137871	settled
3338624	611	2024-02-20 18:19:51	211.35	cash_card	\N	\N	\N	\N	PP9505962668726396	settled
3301330	503	2024-02-21 06:00:00	277.08	direct_debit	IE04ULSB98662320729557	ULSBIE2D	\N	\N	682822300554165099	settled
3349287	637	2024-02-21 06:00:00	80.00	direct_debit	IE74AIBK93096251328456	AIBKIE2D	\N	\N	143881989595457310	settled
3325069	571	2024-02-21 17:11:00	110.00	cash_card	\N	\N	\N	\N	PP6912529044169447	settled
3304773	513	2024-02-22 06:00:00	65.00	direct_debit	IE23AIBK93423586982973	AIBKIE2D	\N	\N	175020902347845202	settled
3307704	520	2024-02-22 06:00:00	80.00	direct_debit	IE91BOFI90538720293749	BOFIIE2D	\N	\N	423132179920921546	settled
3308973	522	2024-02-22 06:00:00	140.00	direct_debit	IE40AIBK93455786322011	AIBKIE2D	\N	\N	016502759252957320	settled
3315516	544	2024-02-22 06:00:00	80.00	direct_debit	IE58BOFI90639322210766	BOFIIE2D	\N	\N	252337078970744595	settled
3319972	555	2024-02-22 06:00:00	65.00	direct_debit	IE68ULSB98890186519407	ULSBIE2D	\N	\N	208498703331274800	settled
3329907	585	2024-02-22 09:00:57	65.00	cash_card	\N	\N	\N	\N	PP1952570415575103	settled
3310691	525	2024-02-22 10:16:00	341.29	card	\N	\N	VISA	2475	817426175992915022	settled
3359592	668	2024-02-22 13:16:00	140.00	bank_transfer	\N	\N	\N	\N	011310102558294326	settled
3324158	570	2024-02-23 06:00:00	268.31	direct_debit	IE81ULSB98503639475383	ULSBIE2D	\N	\N	679967661822499780	settled
3359078	666	2024-02-23 06:00:00	80.00	direct_debit	IE34ULSB98458082223235	ULSBIE2D	\N	\N	031518259454849508	settled
3317072	548	2024-02-23 13:19:11	110.95	bank_transfer	\N	\N	\N	\N	792611480992476814	settled
3305498	514	2024-02-23 15:49:02	110.00	cash_card	\N	\N	\N	\N	PP7361023769262705	settled
3312665	533	2024-02-24 06:00:00	184.31	direct_debit	IE92AIBK93299964631488	AIBKIE2D	\N	\N	904768439019067394	settled
3337800	608	2024-02-24 10:35:56	203.32	card	\N	\N	VISA	9771	336356173255841016	settled
3302779	507	2024-02-24 12:16:06	140.00	cash_card	\N	\N	\N	\N	PP4924069532356126	settled
3345510	626	2024-02-24 14:52:50	73.85	cash_card	\N	\N	\N	\N	PP9113589967374360	settled
3352289	646	2024-02-24 22:57:09	274.32	card	\N	\N	MASTERCARD	7370	121663221842746978	settled
3306546	517	2024-02-25 06:00:00	374.98	direct_debit	IE60BOFI90425117793416	BOFIIE2D	\N	\N	527373979588539564	settled
3327894	576	2024-02-25 06:00:00	95.00	direct_debit	IE63ULSB98871361021300	ULSBIE2D	\N	\N	740167151458235238	settled
3330812	588	2024-02-25 06:00:00	350.84	direct_debit	IE61BOFI90645892229553	BOFIIE2D	\N	\N	722042564846011519	settled
3343709	623	2024-02-25 06:00:00	266.09	direct_debit	IE09AIBK93427157364172	AIBKIE2D	\N	\N	647007408974906428	settled
3350479	640	2024-02-25 09:34:15	399.21	cash_card	\N	\N	\N	\N	PP9405808860886448	settled
3300720	501	2024-02-25 15:19:56	95.00	cash_card	\N	\N	\N	\N	PP4641679101352271	settled
3345809	627	2024-02-25 15:35:52	108.56	cash	\N	\N	\N	\N	852303611010583872	settled
3352602	647	2024-02-26 06:00:00	205.99	direct_debit	IE02BOFI90741695955029	BOFIIE2D	\N	\N	111875196226470560	settled
3347707	634	2024-02-26 09:13:10	65.00	cash_card	\N	\N	\N	\N	PP0648482115583299	settled
3341205	617	2024-02-26 14:58:04	140.00	cash_card	\N	\N	\N	\N	PP3972580436708912	settled
3343808	624	2024-02-27 06:00:00	61.85	direct_debit	IE37AIBK93555189122548	AIBKIE2D	\N	\N	630879087524945093	settled
3352995	648	2024-02-27 06:00:00	257.28	direct_debit	IE81AIBK93920583329471	AIBKIE2D	\N	\N	487986458648083266	settled
3312908	535	2024-02-27 09:48:12	80.00	card	\N	\N	MASTERCARD	0918	194370571258384981	settled
3344736	625	2024-02-27 14:30:47	140.00	cash_card	\N	\N	\N	\N	PP2663792787917864	settled
3307315	519	2024-02-28 06:00:00	344.86	direct_debit	IE28BOFI90744093772542	BOFIIE2D	\N	\N	539695043292351384	settled
3310945	526	2024-02-28 13:17:45	95.00	cash	\N	\N	\N	\N	853405096738543309	settled
3342292	619	2024-02-28 13:31:15	140.00	cash_card	\N	\N	\N	\N	PP5013578808913668	settled
3354160	650	2024-02-28 13:55:14	81.08	cash_card	\N	\N	\N	\N	PP0155923009346939	settled
3323836	569	2024-02-28 15:12:15	92.52	cash	\N	\N	\N	\N	557471613330030718	settled
3318809	550	2024-02-28 16:58:10	140.00	cash_card	\N	\N	\N	\N	PP2953586878268883	settled
3308614	521	2024-02-28 18:08:16	95.00	cash_card	\N	\N	\N	\N	PP3837808133685078	settled
3355488	654	2024-02-28 18:24:48	78.74	cash_card	\N	\N	\N	\N	PP9296223996152226	settled
3338552	610	2024-02-29 06:00:00	140.00	direct_debit	IE60BOFI90564061943559	BOFIIE2D	\N	\N	872616444372213041	settled
3346315	631	2024-02-29 08:23:36	95.00	card	\N	\N	VISA	1733	011036115978392260	settled
3358452	664	2024-02-29 09:15:05	274.37	cash_card	\N	\N	\N	\N	PP6825843468028080	settled
3326253	572	2024-02-29 14:11:06	350.19	cash_card	\N	\N	\N	\N	PP0914114860016061	settled
3338655	611	2024-02-29 16:17:54	194.62	cash_card	\N	\N	\N	\N	PP2616302603664389	settled
3337502	607	2024-03-01 06:00:00	65.00	direct_debit	IE31BOFI90027424286827	BOFIIE2D	\N	\N	143061355230534996	settled
3350817	641	2024-03-01 06:00:00	80.00	direct_debit	IE76BOFI90933363746419	BOFIIE2D	\N	\N	758678905692363442	settled
3306203	516	2024-03-01 09:52:17	110.00	card	\N	\N	VISA	7654	945877447260120869	settled
3333224	595	2024-03-01 11:26:25	194.28	card	\N	\N	MASTERCARD	2539	416513834077957412	settled
3329913	585	2024-03-01 14:56:33	65.00	cash_card	\N	\N	\N	\N	PP7611481027877252	settled
3321095	559	2024-03-02 06:00:00	65.00	direct_debit	IE19AIBK93680511488810	AIBKIE2D	\N	\N	261797672687233423	settled
3339309	613	2024-03-02 06:00:00	130.82	direct_debit	IE16IPBS99416770286671	IPBSIE2D	\N	\N	840865244078544264	settled
3327067	573	2024-03-02 12:02:39	270.69	cash_card	\N	\N	\N	\N	PP3429504745475471	settled
3320235	556	2024-03-02 17:55:12	95.00	cash	\N	\N	\N	\N	113396405801732837	settled
3322480	562	2024-03-03 18:35:40	95.00	cash_card	\N	\N	\N	\N	PP2737103623940980	settled
3329021	584	2024-03-04 06:00:00	65.00	direct_debit	IE47AIBK93168125991436	AIBKIE2D	\N	\N	404193531819206710	settled
3337170	606	2024-03-04 06:00:00	251.78	direct_debit	IE65AIBK93785586206907	AIBKIE2D	\N	\N	338469995163894345	settled
3325101	571	2024-03-04 10:57:42	110.00	cash_card	\N	\N	\N	\N	PP3546959809985531	settled
3345535	626	2024-03-04 15:17:42	395.19	cash_card	\N	\N	\N	\N	PP9549851670617588	settled
3317795	549	2024-03-04 16:30:37	146.57	cash_card	\N	\N	\N	\N	PP9965911025752615	settled
3332505	593	2024-03-05 06:00:00	130.16	direct_debit	IE56IPBS99232749506368	IPBSIE2D	\N	\N	861625022501085970	settled
3333966	598	2024-03-05 06:00:00	80.00	direct_debit	IE61BOFI90534263302496	BOFIIE2D	\N	\N	025469483423622424	settled
3301964	505	2024-03-05 12:57:41	95.00	card	\N	\N	VISA	6703	881151669887674228	settled
3320481	557	2024-03-05 13:11:25	95.00	card	\N	\N	MASTERCARD	8253	629848203841717848	settled
3327994	577	2024-03-06 06:00:00	80.00	direct_debit	IE72ULSB98052447643988	ULSBIE2D	\N	\N	673237775947883705	settled
3328780	583	2024-03-06 06:00:00	95.00	direct_debit	IE33ULSB98595637877857	ULSBIE2D	\N	\N	730195754783739351	settled
3316631	547	2024-03-06 10:49:48	284.38	cash_card	\N	\N	\N	\N	PP8798960726231333	settled
3300739	501	2024-03-06 17:08:07	95.00	cash_card	\N	\N	\N	\N	PP2505768964485753	settled
3301709	504	2024-03-07 06:00:00	95.00	direct_debit	IE53BOFI90615832479396	BOFIIE2D	\N	\N	934631696080983811	settled
3304274	511	2024-03-07 06:00:00	80.00	direct_debit	IE94IPBS99903188749635	IPBSIE2D	\N	\N	525106461751233030	settled
3306942	518	2024-03-07 06:00:00	140.00	direct_debit	IE02AIBK93926582320434	AIBKIE2D	\N	\N	336516158792069222	settled
3314901	542	2024-03-07 06:00:00	318.46	direct_debit	IE55ULSB98747217228689	ULSBIE2D	\N	\N	762339815879788631	settled
3348869	636	2024-03-07 10:39:07	80.00	cash_card	\N	\N	\N	\N	PP9944306890818561	settled
3334363	599	2024-03-07 11:31:55	65.00	card	\N	\N	VISA	5671	167012326024536801	settled
3313303	536	2024-03-08 06:00:00	95.00	direct_debit	IE13ULSB98692744462496	ULSBIE2D	\N	\N	464745674659815536	settled
3330324	586	2024-03-08 06:00:00	384.72	direct_debit	IE87BOFI90234713263509	BOFIIE2D	\N	\N	681915518756584687	settled
3320740	558	2024-03-08 09:59:31	110.00	card	\N	\N	VISA	1875	364633509278044465	settled
3332147	591	2024-03-08 11:43:41	140.00	cash_card	\N	\N	\N	\N	PP5719192969364240	settled
3333840	597	2024-03-08 12:02:29	155.34	bank_transfer	\N	\N	\N	\N	466931456004788717	settled
3358456	664	2024-03-09 09:39:55	166.36	cash_card	\N	\N	\N	\N	PP4214170670787815	settled
3347732	634	2024-03-09 11:41:13	65.00	cash_card	\N	\N	\N	\N	PP1251470069828129	settled
3310190	524	2024-03-09 12:42:21	65.00	cash_card	\N	\N	\N	\N	PP1044026190284617	settled
3336008	602	2024-03-09 13:16:33	219.52	cash_card	\N	\N	\N	\N	PP1512917005160212	settled
3338663	611	2024-03-09 15:55:55	231.41	cash_card	\N	\N	\N	\N	PP3706735986395816	settled
3322784	563	2024-03-10 06:00:00	95.00	direct_debit	IE71AIBK93960896531203	AIBKIE2D	\N	\N	229635306082643790	settled
3342324	619	2024-03-10 12:46:08	140.00	cash_card	\N	\N	\N	\N	PP0442651494200040	settled
3355523	654	2024-03-10 17:56:32	334.91	cash_card	\N	\N	\N	\N	PP6826653695948033	settled
3354182	650	2024-03-10 18:26:44	383.53	cash_card	\N	\N	\N	\N	PP2502910157803473	settled
3315838	546	2024-03-10 23:41:28	65.00	card	\N	\N	VISA	3598	826042762286823184	settled
3350513	640	2024-03-11 17:32:39	305.96	cash_card	\N	\N	\N	\N	PP0002833322190512	settled
3356700	659	2024-03-12 06:00:00	95.00	direct_debit	IE33AIBK93988794024342	AIBKIE2D	\N	\N	222761830759648295	settled
3327280	574	2024-03-12 08:01:16	95.00	card	\N	\N	VISA	2135	930409740835781618	settled
3303254	508	2024-03-13 06:00:00	65.00	direct_debit	IE69BOFI90617460435249	BOFIIE2D	\N	\N	052083653523290923	settled
3351939	645	2024-03-13 06:00:00	65.00	direct_debit	IE27IPBS99107528446782	IPBSIE2D	\N	\N	436891717456921799	settled
3359357	667	2024-03-13 06:00:00	95.00	direct_debit	IE55BOFI90172380292353	BOFIIE2D	\N	\N	667254295514485396	settled
3316641	547	2024-03-13 11:14:34	138.75	cash_card	\N	\N	\N	\N	PP6068742390377247	settled
3308619	521	2024-03-13 18:04:38	95.00	cash_card	\N	\N	\N	\N	PP9873472559041737	settled
3319595	553	2024-03-14 06:00:00	164.11	direct_debit	IE76BOFI90831073257876	BOFIIE2D	\N	\N	444187990804323619	settled
3328311	579	2024-03-14 06:00:00	140.00	direct_debit	IE61BOFI90170219654784	BOFIIE2D	\N	\N	066883670779827171	settled
3359946	670	2024-03-14 06:00:00	273.03	direct_debit	IE58BOFI90783120738907	BOFIIE2D	\N	\N	536158620522783136	settled
3323784	567	2024-03-15 06:00:00	65.00	direct_debit	IE49AIBK93893144948486	AIBKIE2D	\N	\N	156246056529948989	settled
3343117	621	2024-03-15 06:00:00	230.75	direct_debit	IE96IPBS99325392895857	IPBSIE2D	\N	\N	216283771031981724	settled
3305534	514	2024-03-15 09:37:10	110.00	cash_card	\N	\N	\N	\N	PP0472208349282034	settled
3329917	585	2024-03-15 15:27:22	65.00	cash_card	\N	\N	\N	\N	PP9553810461189619	settled
3302786	507	2024-03-15 15:42:46	140.00	cash_card	\N	\N	\N	\N	PP0053515970531518	settled
3305930	515	2024-03-16 06:00:00	80.00	direct_debit	IE75AIBK93367180140624	AIBKIE2D	\N	\N	172445986589875258	settled
3328695	582	2024-03-16 06:00:00	65.00	direct_debit	IE45BOFI90335082541126	BOFIIE2D	\N	\N	570859485343588306	settled
3351659	644	2024-03-16 06:00:00	80.00	direct_debit	IE69IPBS99708479497822	IPBSIE2D	\N	\N	320287132216390292	settled
3344765	625	2024-03-16 12:43:12	140.00	cash_card	\N	\N	\N	\N	PP4093561139219211	settled
3351359	643	2024-03-16 13:12:21	110.00	card	\N	\N	VISA	1512	274537206355753505	settled
3345536	626	2024-03-16 14:18:58	395.66	cash_card	\N	\N	\N	\N	PP7183679326409672	settled
3323060	564	2024-03-17 06:00:00	140.00	direct_debit	IE38AIBK93384491116019	AIBKIE2D	\N	\N	913009678239296788	settled
3328036	578	2024-03-17 06:00:00	140.00	direct_debit	IE05BOFI90766982387559	BOFIIE2D	\N	\N	522332012868751894	settled
3331080	589	2024-03-17 06:00:00	65.00	direct_debit	IE54BOFI90151223680862	BOFIIE2D	\N	\N	400654961829074138	settled
3332836	594	2024-03-17 06:00:00	95.00	direct_debit	IE97BOFI90447930874423	BOFIIE2D	\N	\N	474567807076737227	settled
3357254	662	2024-03-17 06:00:00	95.00	direct_debit	IE26ULSB98646690880541	ULSBIE2D	\N	\N	942744745928274331	settled
3357603	663	2024-03-17 06:00:00	140.00	direct_debit	IE14BOFI90212122725303	BOFIIE2D	\N	\N	838537401587269260	settled
3354513	651	2024-03-17 10:20:54	222.24	card	\N	\N	VISA	1485	445558023529415325	settled
3311183	527	2024-03-17 11:43:50	140.00	bank_transfer	\N	\N	\N	\N	420046797236349094	settled
3300748	501	2024-03-17 17:29:53	95.00	cash_card	\N	\N	\N	\N	PP4209481702318871	settled
3314235	539	2024-03-18 06:00:00	65.00	direct_debit	IE41BOFI90507511924668	BOFIIE2D	\N	\N	283022027083915502	settled
3340309	616	2024-03-18 06:00:00	140.00	direct_debit	IE50AIBK93199610999737	AIBKIE2D	\N	\N	413040628311522565	settled
3341245	617	2024-03-18 09:47:15	140.00	cash_card	\N	\N	\N	\N	PP4473817024097558	settled
3356438	658	2024-03-18 14:10:01	110.00	card	\N	\N	VISA	5764	350079792143091988	settled
3342340	619	2024-03-18 16:07:12	140.00	cash_card	\N	\N	\N	\N	PP8234620330240371	settled
3336009	602	2024-03-18 18:42:19	291.53	cash_card	\N	\N	\N	\N	PP6138836516342594	settled
3354949	652	2024-03-18 20:49:30	95.00	card	\N	\N	VISA	3428	662641400346702549	settled
3311459	528	2024-03-19 06:00:00	110.00	direct_debit	IE03BOFI90770731165413	BOFIIE2D	\N	\N	611533395708023431	settled
3346860	633	2024-03-19 09:01:48	140.00	cash	\N	\N	\N	\N	293775621849142659	settled
3303589	509	2024-03-19 10:10:48	65.00	card	\N	\N	MASTERCARD	6914	787503196591875425	settled
3317819	549	2024-03-19 14:35:00	90.64	cash_card	\N	\N	\N	\N	PP3148845499555906	settled
3332169	591	2024-03-19 18:52:44	140.00	cash_card	\N	\N	\N	\N	PP6935642724236790	settled
3301198	502	2024-03-20 06:00:00	65.00	direct_debit	IE25BOFI90161553054438	BOFIIE2D	\N	\N	580971823667488721	settled
3342775	620	2024-03-20 06:00:00	200.14	direct_debit	IE40AIBK93081368220689	AIBKIE2D	\N	\N	656749918562870446	settled
3346248	629	2024-03-20 06:00:00	80.00	direct_debit	IE60ULSB98692767876092	ULSBIE2D	\N	\N	972557966996291449	settled
3355928	656	2024-03-20 06:00:00	95.00	direct_debit	IE52BOFI90394058121863	BOFIIE2D	\N	\N	759396327617645119	settled
3318842	550	2024-03-20 09:21:07	140.00	cash_card	\N	\N	\N	\N	PP2270677440412555	settled
3327070	573	2024-03-20 13:21:33	193.13	cash_card	\N	\N	\N	\N	PP5336339649667904	settled
3325105	571	2024-03-20 15:11:50	110.00	cash_card	\N	\N	\N	\N	PP8274083157152582	settled
3343413	622	2024-03-20 17:57:11	265.62	card	\N	\N	VISA	9768	949848385877596044	settled
3323565	566	2024-03-21 06:00:00	172.32	direct_debit	IE36ULSB98476694371448	ULSBIE2D	\N	\N	363356141850270375	settled
3348150	635	2024-03-21 06:00:00	110.00	direct_debit	IE75AIBK93783422122759	AIBKIE2D	\N	\N	482382418862764349	settled
3326282	572	2024-03-21 13:04:57	385.01	cash_card	\N	\N	\N	\N	PP2674761048335895	settled
3301337	503	2024-03-22 06:00:00	105.55	direct_debit	IE04ULSB98662320729557	ULSBIE2D	\N	\N	082179836674892897	settled
3358825	665	2024-03-22 06:00:00	95.00	direct_debit	IE47AIBK93355738234625	AIBKIE2D	\N	\N	261750996516086461	settled
3315544	544	2024-03-23 06:00:00	80.00	direct_debit	IE58BOFI90639322210766	BOFIIE2D	\N	\N	778921912778996782	settled
3359602	668	2024-03-23 09:09:15	140.00	bank_transfer	\N	\N	\N	\N	479080778417251493	settled
3344780	625	2024-03-23 12:52:13	140.00	cash_card	\N	\N	\N	\N	PP9690790220355330	settled
3348879	636	2024-03-23 16:14:04	80.00	cash_card	\N	\N	\N	\N	PP6068290316346172	settled
3322506	562	2024-03-23 16:40:15	95.00	cash_card	\N	\N	\N	\N	PP6274435314179790	settled
3315201	543	2024-03-23 17:56:38	110.00	card	\N	\N	VISA	0061	868091723598897852	settled
3304807	513	2024-03-24 06:00:00	65.00	direct_debit	IE23AIBK93423586982973	AIBKIE2D	\N	\N	136310935385466217	settled
3308988	522	2024-03-24 06:00:00	140.00	direct_debit	IE40AIBK93455786322011	AIBKIE2D	\N	\N	699484437951637039	settled
3317092	548	2024-03-24 09:08:59	113.29	bank_transfer	\N	\N	\N	\N	534057068274948537	settled
3347763	634	2024-03-24 10:46:38	65.00	cash_card	\N	\N	\N	\N	PP9040909234606046	settled
3310212	524	2024-03-24 11:48:49	65.00	cash_card	\N	\N	\N	\N	PP0670066918289499	settled
3309243	523	2024-03-25 06:00:00	65.00	direct_debit	IE31AIBK93492526734850	AIBKIE2D	\N	\N	241477225500279119	settled
3312686	533	2024-03-26 06:00:00	314.94	direct_debit	IE92AIBK93299964631488	AIBKIE2D	\N	\N	958363010062035353	settled
3330816	588	2024-03-26 06:00:00	116.85	direct_debit	IE61BOFI90645892229553	BOFIIE2D	\N	\N	679170580241388778	settled
3334721	600	2024-03-26 06:00:00	110.00	direct_debit	IE72IPBS99514720139539	IPBSIE2D	\N	\N	543388276523253208	settled
3337815	608	2024-03-26 19:16:38	174.08	card	\N	\N	VISA	0953	884668806887115758	settled
3352303	646	2024-03-26 20:46:52	220.77	card	\N	\N	VISA	9523	920792935682076950	settled
3306565	517	2024-03-27 06:00:00	414.31	direct_debit	IE60BOFI90425117793416	BOFIIE2D	\N	\N	490041516027912990	settled
3313928	538	2024-03-27 06:00:00	110.00	direct_debit	IE78BOFI90548845389984	BOFIIE2D	\N	\N	251885302566076970	settled
3352615	647	2024-03-27 06:00:00	61.71	direct_debit	IE02BOFI90741695955029	BOFIIE2D	\N	\N	364453808853228506	returned
3354192	650	2024-03-27 17:05:15	132.58	cash_card	\N	\N	\N	\N	PP5844280080305070	settled
3336865	605	2024-03-28 06:00:00	181.79	direct_debit	IE90ULSB98753554584058	ULSBIE2D	\N	\N	319845910145534805	returned
3338702	611	2024-03-28 11:41:39	122.91	cash_card	\N	\N	\N	\N	PP6060243189380241	settled
3302819	507	2024-03-28 15:18:36	140.00	cash_card	\N	\N	\N	\N	PP7677966066060202	settled
3343842	624	2024-03-29 06:00:00	269.08	direct_debit	IE37AIBK93555189122548	AIBKIE2D	\N	\N	034854024974241864	settled
3321317	560	2024-03-29 13:12:16	65.00	card	\N	\N	VISA	7167	231440287298398897	settled
3317835	549	2024-03-29 14:27:41	263.82	cash_card	\N	\N	\N	\N	PP9879403777475943	settled
3332173	591	2024-03-29 15:04:02	140.00	cash_card	\N	\N	\N	\N	PP8786824963293341	settled
3358492	664	2024-03-29 17:39:57	103.15	cash_card	\N	\N	\N	\N	PP6294948558853770	settled
3338561	610	2024-03-30 06:00:00	140.00	direct_debit	IE60BOFI90564061943559	BOFIIE2D	\N	\N	267031727807361073	settled
3310947	526	2024-03-30 10:48:56	95.00	cash	\N	\N	\N	\N	285118914497445457	settled
3355534	654	2024-03-30 12:07:04	355.77	cash_card	\N	\N	\N	\N	PP9198957499720731	settled
3325136	571	2024-03-30 12:07:12	110.00	cash_card	\N	\N	\N	\N	PP4324350678203883	settled
3322518	562	2024-03-30 15:52:11	95.00	cash_card	\N	\N	\N	\N	PP1944045230015128	settled
3305558	514	2024-03-30 18:14:01	110.00	cash_card	\N	\N	\N	\N	PP6889078111668975	settled
3319650	554	2024-03-30 20:35:58	164.18	card	\N	\N	VISA	8336	959329148387664537	settled
3341630	618	2024-03-31 06:00:00	140.00	direct_debit	IE59ULSB98300060622959	ULSBIE2D	\N	\N	816897536151378179	settled
3306232	516	2024-03-31 08:49:16	110.00	card	\N	\N	VISA	7107	722603167096729796	settled
3319233	551	2024-03-31 14:13:31	329.34	bank_transfer	\N	\N	\N	\N	241666736837875856	settled
3326285	572	2024-03-31 14:19:40	224.58	cash_card	\N	\N	\N	\N	PP8287509052733222	settled
3336043	602	2024-03-31 17:29:51	204.65	cash_card	\N	\N	\N	\N	PP0137618233684144	settled
3337533	607	2024-04-01 06:00:00	65.00	direct_debit	IE31BOFI90027424286827	BOFIIE2D	\N	\N	646051447158964171	settled
3339637	614	2024-04-01 06:00:00	121.25	direct_debit	IE41IPBS99586885385200	IPBSIE2D	\N	\N	370466522447024660	settled
3350857	641	2024-04-01 06:00:00	80.00	direct_debit	IE76BOFI90933363746419	BOFIIE2D	\N	\N	487815339126514206	settled
3333237	595	2024-04-01 14:09:21	70.46	card	\N	\N	MASTERCARD	4236	516385178625449519	settled
3350515	640	2024-04-01 17:02:24	309.93	cash_card	\N	\N	\N	\N	PP0139836680202192	settled
3310235	524	2024-04-01 17:12:42	65.00	cash_card	\N	\N	\N	\N	PP9279413086231359	settled
3339342	613	2024-04-02 06:00:00	157.49	direct_debit	IE16IPBS99416770286671	IPBSIE2D	\N	\N	575424256230313218	settled
3308648	521	2024-04-02 17:36:56	95.00	cash_card	\N	\N	\N	\N	PP0452884314040551	settled
3344786	625	2024-04-02 18:44:18	140.00	cash_card	\N	\N	\N	\N	PP3910691235416759	settled
3336648	604	2024-04-03 06:00:00	80.00	direct_debit	IE51IPBS99731081584740	IPBSIE2D	\N	\N	657489462697798768	settled
3329920	585	2024-04-03 11:05:22	65.00	cash_card	\N	\N	\N	\N	PP7254973993359649	settled
3345562	626	2024-04-03 15:55:13	331.72	cash_card	\N	\N	\N	\N	PP1948961925497632	settled
3316649	547	2024-04-03 17:08:46	62.68	cash_card	\N	\N	\N	\N	PP3488583647404670	settled
3342371	619	2024-04-04 17:17:40	140.00	cash_card	\N	\N	\N	\N	PP0031339982055829	settled
3301967	505	2024-04-04 18:16:58	95.00	card	\N	\N	MASTERCARD	0334	546926442295768505	settled
3311531	529	2024-04-05 06:00:00	140.00	direct_debit	IE15AIBK93126450269096	AIBKIE2D	\N	\N	987983779669375502	settled
3327995	577	2024-04-05 06:00:00	80.00	direct_debit	IE72ULSB98052447643988	ULSBIE2D	\N	\N	822075725785423016	settled
3332515	593	2024-04-05 06:00:00	148.64	direct_debit	IE56IPBS99232749506368	IPBSIE2D	\N	\N	148350010170530722	returned
3333988	598	2024-04-05 06:00:00	80.00	direct_debit	IE61BOFI90534263302496	BOFIIE2D	\N	\N	516192215607532793	settled
3327102	573	2024-04-05 12:08:11	317.21	cash_card	\N	\N	\N	\N	PP3814397106535566	settled
3300755	501	2024-04-05 12:38:41	95.00	cash_card	\N	\N	\N	\N	PP4684481533394000	settled
3328790	583	2024-04-06 06:00:00	95.00	direct_debit	IE33ULSB98595637877857	ULSBIE2D	\N	\N	996888281168093871	settled
3341256	617	2024-04-06 18:00:08	140.00	cash_card	\N	\N	\N	\N	PP4434523023594810	settled
3313341	536	2024-04-07 06:00:00	95.00	direct_debit	IE13ULSB98692744462496	ULSBIE2D	\N	\N	636606365623202416	settled
3356950	661	2024-04-07 06:00:00	110.00	direct_debit	IE48IPBS99024389650180	IPBSIE2D	\N	\N	928058968431324643	settled
3348891	636	2024-04-07 11:26:47	80.00	cash_card	\N	\N	\N	\N	PP6623319347645565	settled
3318855	550	2024-04-07 17:15:57	140.00	cash_card	\N	\N	\N	\N	PP2530345411481523	settled
3358510	664	2024-04-07 17:34:35	199.66	cash_card	\N	\N	\N	\N	PP9726143827256547	settled
3320759	558	2024-04-08 12:11:46	110.00	card	\N	\N	VISA	4487	638981160159024762	settled
3333841	597	2024-04-08 13:01:56	410.34	bank_transfer	\N	\N	\N	\N	695322477094369668	settled
3322790	563	2024-04-09 06:00:00	95.00	direct_debit	IE71AIBK93960896531203	AIBKIE2D	\N	\N	093637146330550515	settled
3349672	639	2024-04-09 06:00:00	65.00	direct_debit	IE95AIBK93061651059187	AIBKIE2D	\N	\N	245654180856003656	settled
3347789	634	2024-04-09 17:48:59	65.00	cash_card	\N	\N	\N	\N	PP1870199358392470	settled
3304551	512	2024-04-10 06:00:00	65.00	direct_debit	IE16BOFI90630225186317	BOFIIE2D	\N	\N	576011241579520311	settled
3335008	601	2024-04-10 06:00:00	80.00	direct_debit	IE52IPBS99152942463112	IPBSIE2D	\N	\N	260474224361211628	settled
3310271	524	2024-04-10 18:18:37	65.00	cash_card	\N	\N	\N	\N	PP4152358895156134	settled
3302847	507	2024-04-11 10:06:53	140.00	cash_card	\N	\N	\N	\N	PP7172002008818059	settled
3332197	591	2024-04-11 10:11:20	140.00	cash_card	\N	\N	\N	\N	PP0619433653150562	settled
3327531	575	2024-04-11 17:42:37	140.00	cash	\N	\N	\N	\N	457186873963679566	settled
3302059	506	2024-04-12 06:00:00	272.91	direct_debit	IE37BOFI90599687414400	BOFIIE2D	\N	\N	474299696999357624	settled
3321564	561	2024-04-12 06:00:00	95.00	direct_debit	IE42AIBK93372852451928	AIBKIE2D	\N	\N	569022891601246562	settled
3356717	659	2024-04-12 06:00:00	95.00	direct_debit	IE33AIBK93988794024342	AIBKIE2D	\N	\N	866573765259557777	settled
3338726	611	2024-04-12 14:38:09	189.09	cash_card	\N	\N	\N	\N	PP2564991468569180	settled
3325158	571	2024-04-12 18:09:22	110.00	cash_card	\N	\N	\N	\N	PP9569335970069924	settled
3327309	574	2024-04-12 18:46:52	95.00	card	\N	\N	VISA	1908	950463491653783711	settled
3345593	626	2024-04-12 18:56:56	327.92	cash_card	\N	\N	\N	\N	PP8048071508261513	settled
3312317	532	2024-04-13 06:00:00	140.00	direct_debit	IE84BOFI90075582678742	BOFIIE2D	\N	\N	949060115310800273	settled
3333497	596	2024-04-13 06:00:00	140.00	direct_debit	IE68BOFI90607517922172	BOFIIE2D	\N	\N	502380250206410789	settled
3351944	645	2024-04-13 06:00:00	65.00	direct_debit	IE27IPBS99107528446782	IPBSIE2D	\N	\N	855124629766889538	settled
3359390	667	2024-04-13 06:00:00	95.00	direct_debit	IE55BOFI90172380292353	BOFIIE2D	\N	\N	150261763439624664	settled
3312746	534	2024-04-13 10:19:50	140.00	bank_transfer	\N	\N	\N	\N	965690571366152274	settled
3350541	640	2024-04-13 11:24:02	391.50	cash_card	\N	\N	\N	\N	PP4530769340677866	settled
3336073	602	2024-04-13 13:57:56	346.51	cash_card	\N	\N	\N	\N	PP6752353247154133	settled
3322528	562	2024-04-13 15:28:57	95.00	cash_card	\N	\N	\N	\N	PP9778717485749063	settled
3317867	549	2024-04-13 17:41:52	360.42	cash_card	\N	\N	\N	\N	PP4311593592334913	settled
3311755	530	2024-04-13 20:33:28	223.35	card	\N	\N	MASTERCARD	1132	672943778930913230	settled
3343133	621	2024-04-14 06:00:00	255.31	direct_debit	IE96IPBS99325392895857	IPBSIE2D	\N	\N	949012645893436678	settled
3355080	653	2024-04-14 06:00:00	95.00	direct_debit	IE19AIBK93157993582818	AIBKIE2D	\N	\N	334167417837069806	settled
3316652	547	2024-04-14 17:47:54	157.27	cash_card	\N	\N	\N	\N	PP4927343882140991	settled
3323786	567	2024-04-15 06:00:00	65.00	direct_debit	IE49AIBK93893144948486	AIBKIE2D	\N	\N	472947562582080676	settled
3328710	582	2024-04-15 06:00:00	65.00	direct_debit	IE45BOFI90335082541126	BOFIIE2D	\N	\N	269172195411888211	settled
3331371	590	2024-04-15 06:00:00	171.53	direct_debit	IE82AIBK93110885624416	AIBKIE2D	\N	\N	938962886641116184	settled
3351369	643	2024-04-15 17:51:03	110.00	card	\N	\N	VISA	2603	487715762765579522	settled
3329936	585	2024-04-15 18:08:39	65.00	cash_card	\N	\N	\N	\N	PP8605763800187220	settled
3312056	531	2024-04-16 06:00:00	110.00	direct_debit	IE41BOFI90027589851679	BOFIIE2D	\N	\N	145611937441749479	settled
3323078	564	2024-04-16 06:00:00	140.00	direct_debit	IE38AIBK93384491116019	AIBKIE2D	\N	\N	874360621488481371	settled
3323303	565	2024-04-16 06:00:00	65.00	direct_debit	IE39BOFI90303846016809	BOFIIE2D	\N	\N	096683136766751405	settled
3332849	594	2024-04-16 06:00:00	95.00	direct_debit	IE97BOFI90447930874423	BOFIIE2D	\N	\N	496802865650934768	settled
3353287	649	2024-04-16 06:00:00	65.00	direct_debit	IE33ULSB98968453789633	ULSBIE2D	\N	\N	652203712614325218	settled
3356114	657	2024-04-16 06:00:00	65.00	direct_debit	IE13AIBK93735271400117	AIBKIE2D	\N	\N	866863230206672043	settled
3357266	662	2024-04-16 06:00:00	95.00	direct_debit	IE26ULSB98646690880541	ULSBIE2D	\N	\N	356849653577931414	settled
3342406	619	2024-04-16 11:06:40	140.00	cash_card	\N	\N	\N	\N	PP4881559823859957	settled
3300793	501	2024-04-16 11:55:47	95.00	cash_card	\N	\N	\N	\N	PP4769856065195391	settled
3328392	581	2024-04-17 06:00:00	177.29	direct_debit	IE52ULSB98926540706405	ULSBIE2D	\N	\N	586103227009011399	settled
3339912	615	2024-04-17 06:00:00	80.00	direct_debit	IE71ULSB98343354427782	ULSBIE2D	\N	\N	344587244936366742	settled
3318891	550	2024-04-17 11:26:27	140.00	cash_card	\N	\N	\N	\N	PP6208030304681408	settled
3354970	652	2024-04-17 13:08:08	95.00	card	\N	\N	MASTERCARD	0289	531352544809125292	settled
3354194	650	2024-04-17 18:06:28	85.05	cash_card	\N	\N	\N	\N	PP7488968427193287	settled
3355545	654	2024-04-17 18:35:05	362.47	cash_card	\N	\N	\N	\N	PP6638446273353467	settled
3354534	651	2024-04-17 20:57:30	177.27	card	\N	\N	MASTERCARD	5541	682638773672177511	settled
3314244	539	2024-04-18 06:00:00	65.00	direct_debit	IE41BOFI90507511924668	BOFIIE2D	\N	\N	804829155823748928	settled
3340337	616	2024-04-18 06:00:00	140.00	direct_debit	IE50AIBK93199610999737	AIBKIE2D	\N	\N	806796760574750267	returned
3326290	572	2024-04-18 10:43:08	164.51	cash_card	\N	\N	\N	\N	PP4216047207994707	settled
3302877	507	2024-04-18 11:28:10	140.00	cash_card	\N	\N	\N	\N	PP2104664338505999	settled
3346873	633	2024-04-18 13:53:51	140.00	cash	\N	\N	\N	\N	459091953261885552	settled
3313702	537	2024-04-18 14:53:54	95.00	card	\N	\N	MASTERCARD	7956	215617441345392546	settled
3346623	632	2024-04-18 15:01:20	80.00	card	\N	\N	VISA	8382	706873600248083404	settled
3338279	609	2024-04-18 16:13:17	368.63	cash	\N	\N	\N	\N	338886567792303041	settled
3301202	502	2024-04-19 06:00:00	65.00	direct_debit	IE25BOFI90161553054438	BOFIIE2D	\N	\N	237484049105282447	settled
3336330	603	2024-04-19 06:00:00	123.12	direct_debit	IE43BOFI90153991407959	BOFIIE2D	\N	\N	719507008517431376	settled
3351080	642	2024-04-19 06:00:00	111.09	direct_debit	IE05IPBS99763371112796	IPBSIE2D	\N	\N	686287327386885843	settled
3348915	636	2024-04-19 09:33:01	80.00	cash_card	\N	\N	\N	\N	PP4793837184666704	settled
3325163	571	2024-04-19 12:14:27	110.00	cash_card	\N	\N	\N	\N	PP2544425778911580	settled
3310276	524	2024-04-19 14:10:11	65.00	cash_card	\N	\N	\N	\N	PP7135679893373020	settled
3308664	521	2024-04-19 15:38:31	95.00	cash_card	\N	\N	\N	\N	PP9873271089048487	settled
3303943	510	2024-04-20 06:00:00	95.00	direct_debit	IE10AIBK93820641633283	AIBKIE2D	\N	\N	839577301592902441	settled
3349307	637	2024-04-20 06:00:00	80.00	direct_debit	IE74AIBK93096251328456	AIBKIE2D	\N	\N	846549123627715205	settled
3338766	611	2024-04-20 17:08:12	381.00	cash_card	\N	\N	\N	\N	PP1009299847222673	settled
3305573	514	2024-04-20 17:14:48	110.00	cash_card	\N	\N	\N	\N	PP9924818710454050	settled
3301344	503	2024-04-21 06:00:00	171.33	direct_debit	IE04ULSB98662320729557	ULSBIE2D	\N	\N	298959646365749064	settled
3341292	617	2024-04-21 13:27:21	140.00	cash_card	\N	\N	\N	\N	PP9925737107527532	settled
3344826	625	2024-04-21 13:35:21	140.00	cash_card	\N	\N	\N	\N	PP4384103742616399	settled
3324187	570	2024-04-22 06:00:00	160.11	direct_debit	IE81ULSB98503639475383	ULSBIE2D	\N	\N	866892514695592621	settled
3359088	666	2024-04-22 06:00:00	80.00	direct_debit	IE34ULSB98458082223235	ULSBIE2D	\N	\N	149302296710486665	settled
3347803	634	2024-04-22 11:13:38	65.00	cash_card	\N	\N	\N	\N	PP8919444931925975	settled
3315213	543	2024-04-22 11:30:29	110.00	card	\N	\N	VISA	2198	615939468807546622	settled
3304835	513	2024-04-23 06:00:00	65.00	direct_debit	IE23AIBK93423586982973	AIBKIE2D	\N	\N	683761472335118433	settled
3307742	520	2024-04-23 06:00:00	80.00	direct_debit	IE91BOFI90538720293749	BOFIIE2D	\N	\N	143128204066470259	settled
3319995	555	2024-04-23 06:00:00	65.00	direct_debit	IE68ULSB98890186519407	ULSBIE2D	\N	\N	894213729291833949	settled
3317102	548	2024-04-23 09:34:29	123.53	bank_transfer	\N	\N	\N	\N	551788606934628897	settled
3359629	668	2024-04-23 14:01:52	140.00	bank_transfer	\N	\N	\N	\N	934010577439057881	settled
3310712	525	2024-04-23 17:50:12	418.62	card	\N	\N	VISA	1700	429995833641903437	settled
3300810	501	2024-04-23 17:54:50	95.00	cash_card	\N	\N	\N	\N	PP3932678468205978	settled
3327899	576	2024-04-24 06:00:00	95.00	direct_debit	IE63ULSB98871361021300	ULSBIE2D	\N	\N	343173466234516853	settled
3345829	627	2024-04-24 09:52:15	413.91	cash	\N	\N	\N	\N	659749694713337900	settled
3332200	591	2024-04-24 10:11:28	140.00	cash_card	\N	\N	\N	\N	PP2284188455113329	settled
3318912	550	2024-04-24 14:50:46	140.00	cash_card	\N	\N	\N	\N	PP2699842254073997	settled
3309269	523	2024-04-25 06:00:00	65.00	direct_debit	IE31AIBK93492526734850	AIBKIE2D	\N	\N	470374927658686935	settled
3330822	588	2024-04-25 06:00:00	415.61	direct_debit	IE61BOFI90645892229553	BOFIIE2D	\N	\N	671931111346917932	settled
3327127	573	2024-04-25 14:02:27	133.17	cash_card	\N	\N	\N	\N	PP6974209730932674	settled
3350565	640	2024-04-25 16:03:27	235.39	cash_card	\N	\N	\N	\N	PP2752591942580882	settled
3306581	517	2024-04-26 06:00:00	123.31	direct_debit	IE60BOFI90425117793416	BOFIIE2D	\N	\N	269391360002591174	settled
3313929	538	2024-04-26 06:00:00	110.00	direct_debit	IE78BOFI90548845389984	BOFIIE2D	\N	\N	227902795505733827	settled
3343745	623	2024-04-26 06:00:00	130.32	direct_debit	IE09AIBK93427157364172	AIBKIE2D	\N	\N	742401876370787312	settled
3352631	647	2024-04-26 06:00:00	403.09	direct_debit	IE02BOFI90741695955029	BOFIIE2D	\N	\N	030162876803908867	settled
3312916	535	2024-04-26 08:55:15	80.00	card	\N	\N	MASTERCARD	8373	134782034888433843	settled
3337848	608	2024-04-26 09:04:15	330.78	card	\N	\N	VISA	4342	352124122249404768	settled
3317887	549	2024-04-26 09:23:32	129.59	cash_card	\N	\N	\N	\N	PP1032047708257774	settled
3345616	626	2024-04-26 13:08:04	280.15	cash_card	\N	\N	\N	\N	PP8708554510508301	settled
3307327	519	2024-04-27 06:00:00	99.23	direct_debit	IE28BOFI90744093772542	BOFIIE2D	\N	\N	602486372080062113	settled
3336880	605	2024-04-27 06:00:00	238.23	direct_debit	IE90ULSB98753554584058	ULSBIE2D	\N	\N	762061851649318450	settled
3338905	612	2024-04-27 06:00:00	65.00	direct_debit	IE18IPBS99031841143481	IPBSIE2D	\N	\N	178271200935589724	settled
3310290	524	2024-04-27 11:13:09	65.00	cash_card	\N	\N	\N	\N	PP7646425787820076	settled
3358523	664	2024-04-27 12:01:00	377.48	cash_card	\N	\N	\N	\N	PP2884595044102135	settled
3343846	624	2024-04-28 06:00:00	171.01	direct_debit	IE37AIBK93555189122548	AIBKIE2D	\N	\N	480100569983882766	settled
3353026	648	2024-04-28 06:00:00	161.68	direct_debit	IE81AIBK93920583329471	AIBKIE2D	\N	\N	058730153630439709	settled
3325178	571	2024-04-28 13:48:59	110.00	cash_card	\N	\N	\N	\N	PP9905245278091413	settled
3321345	560	2024-04-28 14:48:12	65.00	card	\N	\N	MASTERCARD	1214	041001318654608462	settled
3305579	514	2024-04-28 15:03:59	110.00	cash_card	\N	\N	\N	\N	PP8917997440016228	settled
3354200	650	2024-04-28 16:42:12	203.61	cash_card	\N	\N	\N	\N	PP4485837519114779	settled
3346341	631	2024-04-28 23:07:02	95.00	card	\N	\N	MASTERCARD	6423	586406258221079253	settled
3342429	619	2024-04-29 09:49:29	140.00	cash_card	\N	\N	\N	\N	PP4247327720418302	settled
3329942	585	2024-04-29 13:47:53	65.00	cash_card	\N	\N	\N	\N	PP1212214338319280	settled
3319653	554	2024-04-29 20:32:36	336.85	card	\N	\N	MASTERCARD	1493	323969997628591121	settled
3321096	559	2024-04-30 06:00:00	65.00	direct_debit	IE19AIBK93680511488810	AIBKIE2D	\N	\N	424306559891276752	settled
3320263	556	2024-04-30 10:48:47	95.00	cash	\N	\N	\N	\N	027555258516195887	settled
3319272	551	2024-04-30 18:14:00	233.73	bank_transfer	\N	\N	\N	\N	426600826154921244	settled
3337572	607	2024-05-01 06:00:00	65.00	direct_debit	IE31BOFI90027424286827	BOFIIE2D	\N	\N	146042485421515624	settled
3339665	614	2024-05-01 06:00:00	331.96	direct_debit	IE41IPBS99586885385200	IPBSIE2D	\N	\N	746444048753685999	settled
3355562	654	2024-05-01 10:09:12	365.63	cash_card	\N	\N	\N	\N	PP8385251990561956	settled
3326318	572	2024-05-01 18:11:58	284.87	cash_card	\N	\N	\N	\N	PP2770531089719859	settled
3336086	602	2024-05-02 11:35:58	166.26	cash_card	\N	\N	\N	\N	PP7232126667184963	settled
3347811	634	2024-05-02 11:48:10	65.00	cash_card	\N	\N	\N	\N	PP8919818214272536	settled
3338790	611	2024-05-02 18:34:54	169.25	cash_card	\N	\N	\N	\N	PP2415737711718190	settled
3322556	562	2024-05-03 11:21:39	95.00	cash_card	\N	\N	\N	\N	PP8589896809517677	settled
3348939	636	2024-05-03 15:00:29	80.00	cash_card	\N	\N	\N	\N	PP6471405159584914	settled
3320485	557	2024-05-03 20:58:55	95.00	card	\N	\N	VISA	5624	194784817618178433	settled
3329054	584	2024-05-04 06:00:00	65.00	direct_debit	IE47AIBK93168125991436	AIBKIE2D	\N	\N	613573909264980150	settled
3336660	604	2024-05-04 06:00:00	80.00	direct_debit	IE51IPBS99731081584740	IPBSIE2D	\N	\N	619588411241736200	settled
3337180	606	2024-05-04 06:00:00	181.97	direct_debit	IE65AIBK93785586206907	AIBKIE2D	\N	\N	147021003045867104	settled
3316689	547	2024-05-04 11:57:40	113.33	cash_card	\N	\N	\N	\N	PP1239050442368983	settled
3358536	664	2024-05-04 14:15:43	152.74	cash_card	\N	\N	\N	\N	PP7956279148496001	settled
3301732	504	2024-05-05 06:00:00	95.00	direct_debit	IE53BOFI90615832479396	BOFIIE2D	\N	\N	693005397531643673	settled
3304293	511	2024-05-05 06:00:00	80.00	direct_debit	IE94IPBS99903188749635	IPBSIE2D	\N	\N	504607808498964911	settled
3306980	518	2024-05-05 06:00:00	140.00	direct_debit	IE02AIBK93926582320434	AIBKIE2D	\N	\N	598301449005099726	settled
3311536	529	2024-05-05 06:00:00	140.00	direct_debit	IE15AIBK93126450269096	AIBKIE2D	\N	\N	929657366555090170	settled
3344861	625	2024-05-05 15:44:03	140.00	cash_card	\N	\N	\N	\N	PP5561749200655000	settled
3334379	599	2024-05-05 21:12:04	65.00	card	\N	\N	VISA	7084	589720602356706861	settled
3330362	586	2024-05-06 06:00:00	372.89	direct_debit	IE87BOFI90234713263509	BOFIIE2D	\N	\N	140950239486070584	settled
3334012	598	2024-05-06 06:00:00	80.00	direct_debit	IE61BOFI90534263302496	BOFIIE2D	\N	\N	083157216446215603	settled
3308666	521	2024-05-06 11:02:33	95.00	cash_card	\N	\N	\N	\N	PP3404575689612608	settled
3317893	549	2024-05-06 16:21:44	292.75	cash_card	\N	\N	\N	\N	PP8278038612786756	settled
3314922	542	2024-05-07 06:00:00	139.38	direct_debit	IE55ULSB98747217228689	ULSBIE2D	\N	\N	556947314844417735	settled
3356953	661	2024-05-07 06:00:00	110.00	direct_debit	IE48IPBS99024389650180	IPBSIE2D	\N	\N	565032043183148739	settled
3327164	573	2024-05-07 10:34:06	299.17	cash_card	\N	\N	\N	\N	PP4356184386458304	settled
3350591	640	2024-05-07 11:19:24	304.22	cash_card	\N	\N	\N	\N	PP2965275721244227	settled
3302894	507	2024-05-07 14:04:02	140.00	cash_card	\N	\N	\N	\N	PP6217594947132390	settled
3310327	524	2024-05-07 15:57:55	65.00	cash_card	\N	\N	\N	\N	PP9476886945421132	settled
3355580	654	2024-05-08 10:30:40	405.68	cash_card	\N	\N	\N	\N	PP3054736872535723	settled
3329957	585	2024-05-08 13:53:33	65.00	cash_card	\N	\N	\N	\N	PP4868430421058107	settled
3332207	591	2024-05-08 17:41:01	140.00	cash_card	\N	\N	\N	\N	PP1431112090320649	settled
3315865	546	2024-05-08 19:03:57	65.00	card	\N	\N	MASTERCARD	6880	689007896922701003	settled
3349689	639	2024-05-09 06:00:00	65.00	direct_debit	IE95AIBK93061651059187	AIBKIE2D	\N	\N	171979904037950668	settled
3341318	617	2024-05-09 11:24:06	140.00	cash_card	\N	\N	\N	\N	PP8060160623081824	settled
3345653	626	2024-05-10 09:30:15	182.25	cash_card	\N	\N	\N	\N	PP8119947194710454	settled
3326327	572	2024-05-10 18:29:17	282.03	cash_card	\N	\N	\N	\N	PP5499455533948342	settled
3303288	508	2024-05-11 06:00:00	65.00	direct_debit	IE69BOFI90617460435249	BOFIIE2D	\N	\N	331129401929025171	settled
3319634	553	2024-05-12 06:00:00	181.11	direct_debit	IE76BOFI90831073257876	BOFIIE2D	\N	\N	404812621949058914	settled
3328325	579	2024-05-12 06:00:00	140.00	direct_debit	IE61BOFI90170219654784	BOFIIE2D	\N	\N	249488215599241926	settled
3349396	638	2024-05-12 12:19:36	140.00	bank_transfer	\N	\N	\N	\N	209219196263412850	settled
3342459	619	2024-05-12 14:28:47	140.00	cash_card	\N	\N	\N	\N	PP4900725850690170	settled
3321566	561	2024-05-13 06:00:00	95.00	direct_debit	IE42AIBK93372852451928	AIBKIE2D	\N	\N	289922121446952695	settled
3333534	596	2024-05-13 06:00:00	140.00	direct_debit	IE68BOFI90607517922172	BOFIIE2D	\N	\N	684876404662490100	settled
3312772	534	2024-05-13 09:33:18	140.00	bank_transfer	\N	\N	\N	\N	639427039204992318	settled
3311758	530	2024-05-13 13:16:43	287.19	card	\N	\N	MASTERCARD	9194	952211630013272389	settled
3300821	501	2024-05-13 15:32:03	95.00	cash_card	\N	\N	\N	\N	PP1790163454764883	settled
3348943	636	2024-05-13 15:55:58	80.00	cash_card	\N	\N	\N	\N	PP0522989312305733	settled
3305955	515	2024-05-14 06:00:00	80.00	direct_debit	IE75AIBK93367180140624	AIBKIE2D	\N	\N	578184228576020977	settled
3351979	645	2024-05-14 06:00:00	65.00	direct_debit	IE27IPBS99107528446782	IPBSIE2D	\N	\N	617425035740403737	returned
3359964	670	2024-05-14 06:00:00	370.09	direct_debit	IE58BOFI90783120738907	BOFIIE2D	\N	\N	245909359070994495	settled
3318930	550	2024-05-14 09:24:58	140.00	cash_card	\N	\N	\N	\N	PP6464864069064846	settled
3310361	524	2024-05-14 11:30:45	65.00	cash_card	\N	\N	\N	\N	PP5242918855652089	settled
3327192	573	2024-05-14 12:58:04	61.20	cash_card	\N	\N	\N	\N	PP1151602536324486	settled
3328749	582	2024-05-15 06:00:00	65.00	direct_debit	IE45BOFI90335082541126	BOFIIE2D	\N	\N	365106435257869366	settled
3331385	590	2024-05-15 06:00:00	202.58	direct_debit	IE82AIBK93110885624416	AIBKIE2D	\N	\N	220677331853695867	settled
3355103	653	2024-05-15 06:00:00	95.00	direct_debit	IE19AIBK93157993582818	AIBKIE2D	\N	\N	173271614998420584	settled
3357604	663	2024-05-15 06:00:00	140.00	direct_debit	IE14BOFI90212122725303	BOFIIE2D	\N	\N	510612218216003322	settled
3302908	507	2024-05-15 11:12:20	140.00	cash_card	\N	\N	\N	\N	PP8235194402283407	settled
3316728	547	2024-05-15 14:51:12	288.14	cash_card	\N	\N	\N	\N	PP7693456110764806	settled
3311193	527	2024-05-15 16:17:34	140.00	bank_transfer	\N	\N	\N	\N	624180800484385991	settled
3312083	531	2024-05-16 06:00:00	110.00	direct_debit	IE41BOFI90027589851679	BOFIIE2D	\N	\N	435983257083605703	settled
3323793	567	2024-05-16 06:00:00	65.00	direct_debit	IE49AIBK93893144948486	AIBKIE2D	\N	\N	183559070037748318	settled
3351670	644	2024-05-16 06:00:00	80.00	direct_debit	IE69IPBS99708479497822	IPBSIE2D	\N	\N	654753123618822410	settled
3356451	658	2024-05-16 09:03:30	110.00	card	\N	\N	MASTERCARD	9936	546333170895653002	settled
3358553	664	2024-05-16 10:27:30	161.21	cash_card	\N	\N	\N	\N	PP2621855818939179	settled
3344893	625	2024-05-16 12:25:03	140.00	cash_card	\N	\N	\N	\N	PP9975190409695238	settled
3305585	514	2024-05-16 13:35:57	110.00	cash_card	\N	\N	\N	\N	PP1126926853228843	settled
3351377	643	2024-05-16 22:02:41	110.00	card	\N	\N	VISA	6795	119111168121191129	settled
3323311	565	2024-05-17 06:00:00	65.00	direct_debit	IE39BOFI90303846016809	BOFIIE2D	\N	\N	510024202232923710	settled
3328040	578	2024-05-17 06:00:00	140.00	direct_debit	IE05BOFI90766982387559	BOFIIE2D	\N	\N	567607157453087709	settled
3328410	581	2024-05-17 06:00:00	307.72	direct_debit	IE52ULSB98926540706405	ULSBIE2D	\N	\N	601364843366016807	settled
3331098	589	2024-05-17 06:00:00	65.00	direct_debit	IE54BOFI90151223680862	BOFIIE2D	\N	\N	167514574909804441	settled
3332875	594	2024-05-17 06:00:00	95.00	direct_debit	IE97BOFI90447930874423	BOFIIE2D	\N	\N	354997951983897834	settled
3353324	649	2024-05-17 06:00:00	65.00	direct_debit	IE33ULSB98968453789633	ULSBIE2D	\N	\N	569207189134838006	settled
3303627	509	2024-05-17 16:59:55	65.00	card	\N	\N	VISA	7418	242386557976483279	settled
3322558	562	2024-05-17 18:11:09	95.00	cash_card	\N	\N	\N	\N	PP3592140666044720	settled
3354208	650	2024-05-17 18:21:33	63.62	cash_card	\N	\N	\N	\N	PP8547673231188702	settled
3355942	656	2024-05-18 06:00:00	95.00	direct_debit	IE52BOFI90394058121863	BOFIIE2D	\N	\N	302468110105901198	settled
3343423	622	2024-05-18 11:53:26	405.17	card	\N	\N	MASTERCARD	7231	796714911113289755	settled
3354567	651	2024-05-18 14:33:13	75.02	card	\N	\N	MASTERCARD	3733	712436186315097631	settled
3346892	633	2024-05-18 15:35:24	140.00	cash	\N	\N	\N	\N	810653894392655978	settled
3313703	537	2024-05-18 15:38:16	95.00	card	\N	\N	MASTERCARD	7763	092420138238850704	settled
3338827	611	2024-05-18 17:10:45	280.88	cash_card	\N	\N	\N	\N	PP3758757526745056	settled
3311461	528	2024-05-19 06:00:00	110.00	direct_debit	IE03BOFI90770731165413	BOFIIE2D	\N	\N	317413331735055513	settled
3323587	566	2024-05-19 06:00:00	163.35	direct_debit	IE36ULSB98476694371448	ULSBIE2D	\N	\N	948785388419441919	settled
3340377	616	2024-05-19 06:00:00	140.00	direct_debit	IE50AIBK93199610999737	AIBKIE2D	\N	\N	295850000772112459	settled
3348156	635	2024-05-19 06:00:00	110.00	direct_debit	IE75AIBK93783422122759	AIBKIE2D	\N	\N	173744821859447220	settled
3346632	632	2024-05-19 11:38:27	80.00	card	\N	\N	MASTERCARD	8579	975200702028177979	settled
3325191	571	2024-05-19 11:58:17	110.00	cash_card	\N	\N	\N	\N	PP4960474016362685	settled
3332226	591	2024-05-19 15:19:07	140.00	cash_card	\N	\N	\N	\N	PP2229369669227030	settled
3301217	502	2024-05-20 06:00:00	65.00	direct_debit	IE25BOFI90161553054438	BOFIIE2D	\N	\N	926999243666790385	settled
3303944	510	2024-05-20 06:00:00	95.00	direct_debit	IE10AIBK93820641633283	AIBKIE2D	\N	\N	581603864980945120	settled
3342782	620	2024-05-20 06:00:00	277.13	direct_debit	IE40AIBK93081368220689	AIBKIE2D	\N	\N	217177959416035270	settled
3346276	629	2024-05-20 06:00:00	80.00	direct_debit	IE60ULSB98692767876092	ULSBIE2D	\N	\N	100636598842516978	settled
3358860	665	2024-05-20 06:00:00	95.00	direct_debit	IE47AIBK93355738234625	AIBKIE2D	\N	\N	275612860941468501	settled
3301372	503	2024-05-21 06:00:00	315.79	direct_debit	IE04ULSB98662320729557	ULSBIE2D	\N	\N	562813475379956750	settled
3315584	544	2024-05-21 06:00:00	80.00	direct_debit	IE58BOFI90639322210766	BOFIIE2D	\N	\N	590941773754465817	settled
3349343	637	2024-05-21 06:00:00	80.00	direct_debit	IE74AIBK93096251328456	AIBKIE2D	\N	\N	862416437064432173	settled
3329963	585	2024-05-21 09:38:50	65.00	cash_card	\N	\N	\N	\N	PP6010204924356954	settled
3345681	626	2024-05-21 17:43:41	403.65	cash_card	\N	\N	\N	\N	PP1443978488221238	settled
3359095	666	2024-05-22 06:00:00	80.00	direct_debit	IE34ULSB98458082223235	ULSBIE2D	\N	\N	670776031501944420	settled
3317913	549	2024-05-22 12:12:44	331.54	cash_card	\N	\N	\N	\N	PP5926722909858662	settled
3316741	547	2024-05-22 16:40:58	350.00	cash_card	\N	\N	\N	\N	PP1094097484815427	settled
3355607	654	2024-05-22 17:13:19	95.25	cash_card	\N	\N	\N	\N	PP1109993686783841	settled
3304852	513	2024-05-23 06:00:00	65.00	direct_debit	IE23AIBK93423586982973	AIBKIE2D	\N	\N	989408256421008015	settled
3320013	555	2024-05-23 06:00:00	65.00	direct_debit	IE68ULSB98890186519407	ULSBIE2D	\N	\N	328710476237762677	settled
3347829	634	2024-05-23 09:13:35	65.00	cash_card	\N	\N	\N	\N	PP8912845714283634	settled
3326332	572	2024-05-23 11:51:42	264.51	cash_card	\N	\N	\N	\N	PP3253221594961975	settled
3300828	501	2024-05-23 12:50:50	95.00	cash_card	\N	\N	\N	\N	PP9230960933695210	settled
3336115	602	2024-05-23 14:55:32	354.27	cash_card	\N	\N	\N	\N	PP0077693362037187	settled
3341331	617	2024-05-23 17:12:56	140.00	cash_card	\N	\N	\N	\N	PP1104599194847507	settled
3312723	533	2024-05-24 06:00:00	397.37	direct_debit	IE92AIBK93299964631488	AIBKIE2D	\N	\N	378708683398384198	settled
3327202	573	2024-05-24 14:59:19	302.54	cash_card	\N	\N	\N	\N	PP9721273829536155	settled
3317107	548	2024-05-24 16:14:38	309.09	bank_transfer	\N	\N	\N	\N	318056269901573062	settled
3345861	627	2024-05-25 13:28:24	336.45	cash	\N	\N	\N	\N	331673645234745352	settled
3342474	619	2024-05-25 14:04:49	140.00	cash_card	\N	\N	\N	\N	PP2616225268166851	settled
3318936	550	2024-05-25 16:16:45	140.00	cash_card	\N	\N	\N	\N	PP8797402579537674	settled
3334731	600	2024-05-26 06:00:00	110.00	direct_debit	IE72IPBS99514720139539	IPBSIE2D	\N	\N	333554419974862051	settled
3343771	623	2024-05-26 06:00:00	419.24	direct_debit	IE09AIBK93427157364172	AIBKIE2D	\N	\N	256672446748491581	settled
3358559	664	2024-05-26 09:16:28	139.95	cash_card	\N	\N	\N	\N	PP7955696648832193	settled
3312940	535	2024-05-26 11:12:15	80.00	card	\N	\N	VISA	5770	048094832757961286	settled
3313950	538	2024-05-27 06:00:00	110.00	direct_debit	IE78BOFI90548845389984	BOFIIE2D	\N	\N	033261426346949178	settled
3352665	647	2024-05-27 06:00:00	377.25	direct_debit	IE02BOFI90741695955029	BOFIIE2D	\N	\N	135162096036284415	settled
3348965	636	2024-05-27 09:39:58	80.00	cash_card	\N	\N	\N	\N	PP4398195591781919	settled
3354210	650	2024-05-27 16:53:13	358.56	cash_card	\N	\N	\N	\N	PP4256720766096752	settled
3325195	571	2024-05-27 18:05:36	110.00	cash_card	\N	\N	\N	\N	PP6767460871321659	settled
3305608	514	2024-05-27 18:21:47	110.00	cash_card	\N	\N	\N	\N	PP7293123039122657	settled
3308668	521	2024-05-27 18:56:44	95.00	cash_card	\N	\N	\N	\N	PP7588530387948838	settled
3307359	519	2024-05-28 06:00:00	80.15	direct_debit	IE28BOFI90744093772542	BOFIIE2D	\N	\N	674972891892493997	settled
3336901	605	2024-05-28 06:00:00	184.48	direct_debit	IE90ULSB98753554584058	ULSBIE2D	\N	\N	606680776613602825	settled
3338583	610	2024-05-28 06:00:00	140.00	direct_debit	IE60BOFI90564061943559	BOFIIE2D	\N	\N	550403632389225486	settled
3343868	624	2024-05-28 06:00:00	121.14	direct_debit	IE37AIBK93555189122548	AIBKIE2D	\N	\N	860206806335500585	settled
3350615	640	2024-05-28 11:07:12	292.61	cash_card	\N	\N	\N	\N	PP6541439679461971	settled
3321373	560	2024-05-28 16:47:31	65.00	card	\N	\N	MASTERCARD	1877	970479022321119694	settled
3302924	507	2024-05-28 17:30:20	140.00	cash_card	\N	\N	\N	\N	PP1099856362002832	settled
3319659	554	2024-05-29 16:11:10	143.73	card	\N	\N	VISA	7912	651525078778858893	settled
3346366	631	2024-05-29 19:10:53	95.00	card	\N	\N	VISA	4661	588797053131122860	settled
3306270	516	2024-05-29 19:15:22	110.00	card	\N	\N	MASTERCARD	2941	108666648620206628	settled
3350868	641	2024-05-30 06:00:00	80.00	direct_debit	IE76BOFI90933363746419	BOFIIE2D	\N	\N	484276189033131469	settled
3310956	526	2024-05-30 09:55:05	95.00	cash	\N	\N	\N	\N	080342861384715242	settled
3319306	551	2024-05-30 15:31:54	164.66	bank_transfer	\N	\N	\N	\N	778016462495104078	settled
3344908	625	2024-05-30 15:40:16	140.00	cash_card	\N	\N	\N	\N	PP0696913172254718	settled
3320292	556	2024-05-30 17:14:05	95.00	cash	\N	\N	\N	\N	490733067341633562	settled
3321098	559	2024-05-31 06:00:00	65.00	direct_debit	IE19AIBK93680511488810	AIBKIE2D	\N	\N	901432074100367319	settled
3341635	618	2024-05-31 06:00:00	140.00	direct_debit	IE59ULSB98300060622959	ULSBIE2D	\N	\N	041759166570970207	settled
3345719	626	2024-05-31 11:18:41	214.58	cash_card	\N	\N	\N	\N	PP4805005687776745	settled
3337606	607	2024-06-01 06:00:00	65.00	direct_debit	IE31BOFI90027424286827	BOFIIE2D	\N	\N	758136978691934164	settled
3322567	562	2024-06-01 15:38:02	95.00	cash_card	\N	\N	\N	\N	PP1033426277988712	settled
3355639	654	2024-06-01 16:08:08	392.12	cash_card	\N	\N	\N	\N	PP7295835801087843	settled
3333264	595	2024-06-01 21:19:39	251.21	card	\N	\N	MASTERCARD	2187	843202814122280959	settled
3339381	613	2024-06-02 06:00:00	183.15	direct_debit	IE16IPBS99416770286671	IPBSIE2D	\N	\N	587789759804331555	settled
3320521	557	2024-06-02 11:02:23	95.00	card	\N	\N	VISA	5167	892737482107804875	settled
3338838	611	2024-06-02 17:03:48	327.11	cash_card	\N	\N	\N	\N	PP6419956370403330	settled
3328005	577	2024-06-03 06:00:00	80.00	direct_debit	IE72ULSB98052447643988	ULSBIE2D	\N	\N	905032914269463431	settled
3341338	617	2024-06-03 09:44:29	140.00	cash_card	\N	\N	\N	\N	PP8593736561217392	settled
3342484	619	2024-06-03 09:59:49	140.00	cash_card	\N	\N	\N	\N	PP2995018836644958	settled
3300837	501	2024-06-03 10:10:44	95.00	cash_card	\N	\N	\N	\N	PP0484030838029410	settled
3327235	573	2024-06-03 18:16:25	283.65	cash_card	\N	\N	\N	\N	PP6292961881346222	settled
3301992	505	2024-06-04 09:30:46	95.00	card	\N	\N	MASTERCARD	5949	558653977140988414	settled
3334413	599	2024-06-04 12:43:59	65.00	card	\N	\N	VISA	5673	915506435737676682	settled
3310392	524	2024-06-04 18:12:01	65.00	cash_card	\N	\N	\N	\N	PP7907638397518619	settled
3301762	504	2024-06-05 06:00:00	95.00	direct_debit	IE53BOFI90615832479396	BOFIIE2D	\N	\N	506674375586647537	settled
3304319	511	2024-06-05 06:00:00	80.00	direct_debit	IE94IPBS99903188749635	IPBSIE2D	\N	\N	246584453539502558	settled
3311553	529	2024-06-05 06:00:00	140.00	direct_debit	IE15AIBK93126450269096	AIBKIE2D	\N	\N	710895143840779193	settled
3313374	536	2024-06-05 06:00:00	95.00	direct_debit	IE13ULSB98692744462496	ULSBIE2D	\N	\N	139652733975094039	settled
3332541	593	2024-06-05 06:00:00	196.51	direct_debit	IE56IPBS99232749506368	IPBSIE2D	\N	\N	599506539976305637	settled
3334032	598	2024-06-05 06:00:00	80.00	direct_debit	IE61BOFI90534263302496	BOFIIE2D	\N	\N	858439434607522266	settled
3328337	580	2024-06-05 15:58:47	80.00	cash_card	\N	\N	\N	\N	PP4764585805429830	settled
3318941	550	2024-06-05 18:09:58	140.00	cash_card	\N	\N	\N	\N	PP2899391376222540	settled
3328803	583	2024-06-06 06:00:00	95.00	direct_debit	IE33ULSB98595637877857	ULSBIE2D	\N	\N	609228418252873960	settled
3316770	547	2024-06-06 10:54:47	82.23	cash_card	\N	\N	\N	\N	PP3022853528905565	settled
3333842	597	2024-06-06 11:07:58	294.40	bank_transfer	\N	\N	\N	\N	902799152152518103	settled
3330002	585	2024-06-06 11:43:33	65.00	cash_card	\N	\N	\N	\N	PP7589228998920186	settled
3320771	558	2024-06-06 14:30:01	110.00	card	\N	\N	VISA	6793	746681114765124992	settled
3347856	634	2024-06-06 18:29:29	65.00	cash_card	\N	\N	\N	\N	PP2724607117104824	settled
3344922	625	2024-06-06 18:54:34	140.00	cash_card	\N	\N	\N	\N	PP0114167542129053	settled
3314932	542	2024-06-07 06:00:00	179.59	direct_debit	IE55ULSB98747217228689	ULSBIE2D	\N	\N	769855134240630139	settled
3304555	512	2024-06-08 06:00:00	65.00	direct_debit	IE16BOFI90630225186317	BOFIIE2D	\N	\N	194980428232790251	settled
3335023	601	2024-06-08 06:00:00	80.00	direct_debit	IE52IPBS99152942463112	IPBSIE2D	\N	\N	163314314870091334	settled
3302960	507	2024-06-08 13:09:21	140.00	cash_card	\N	\N	\N	\N	PP6200800556543212	settled
3315897	546	2024-06-08 21:36:56	65.00	card	\N	\N	MASTERCARD	7657	420881408338469863	settled
3322818	563	2024-06-09 06:00:00	95.00	direct_debit	IE71AIBK93960896531203	AIBKIE2D	\N	\N	078381624725646990	settled
3322605	562	2024-06-09 09:54:48	95.00	cash_card	\N	\N	\N	\N	PP6101984070860696	settled
3317914	549	2024-06-09 15:46:55	363.11	cash_card	\N	\N	\N	\N	PP9745932067466689	settled
3332232	591	2024-06-09 17:28:31	140.00	cash_card	\N	\N	\N	\N	PP7447130285396831	settled
3356738	659	2024-06-10 06:00:00	95.00	direct_debit	IE33AIBK93988794024342	AIBKIE2D	\N	\N	249620936191718382	settled
3327240	573	2024-06-10 09:27:03	123.05	cash_card	\N	\N	\N	\N	PP3511957431902941	settled
3355642	654	2024-06-10 11:41:10	180.80	cash_card	\N	\N	\N	\N	PP1327150464288027	settled
3358563	664	2024-06-10 16:31:27	150.17	cash_card	\N	\N	\N	\N	PP1180699500289897	settled
3312339	532	2024-06-11 06:00:00	140.00	direct_debit	IE84BOFI90075582678742	BOFIIE2D	\N	\N	276704162791042567	settled
3359406	667	2024-06-11 06:00:00	95.00	direct_debit	IE55BOFI90172380292353	BOFIIE2D	\N	\N	121355081644335637	settled
3342485	619	2024-06-11 15:01:25	140.00	cash_card	\N	\N	\N	\N	PP1516826462704193	settled
3327550	575	2024-06-11 18:17:30	140.00	cash	\N	\N	\N	\N	016313616745449689	settled
3326334	572	2024-06-11 18:17:52	242.48	cash_card	\N	\N	\N	\N	PP2742309092008547	settled
3302092	506	2024-06-12 06:00:00	329.94	direct_debit	IE37BOFI90599687414400	BOFIIE2D	\N	\N	380897678340745743	settled
3343162	621	2024-06-12 06:00:00	302.54	direct_debit	IE96IPBS99325392895857	IPBSIE2D	\N	\N	194800149350663036	settled
3349400	638	2024-06-12 10:23:23	140.00	bank_transfer	\N	\N	\N	\N	108188731882316000	settled
3336120	602	2024-06-12 10:47:10	206.14	cash_card	\N	\N	\N	\N	PP3487955352646958	settled
3312779	534	2024-06-12 11:38:01	140.00	bank_transfer	\N	\N	\N	\N	492922107777439710	settled
3305647	514	2024-06-12 18:50:13	110.00	cash_card	\N	\N	\N	\N	PP6043107139088974	settled
3305969	515	2024-06-13 06:00:00	80.00	direct_debit	IE75AIBK93367180140624	AIBKIE2D	\N	\N	601646272915084563	settled
3351980	645	2024-06-13 06:00:00	65.00	direct_debit	IE27IPBS99107528446782	IPBSIE2D	\N	\N	443164268975347631	settled
3341347	617	2024-06-13 09:48:23	140.00	cash_card	\N	\N	\N	\N	PP4736283664888024	settled
3331425	590	2024-06-14 06:00:00	252.46	direct_debit	IE82AIBK93110885624416	AIBKIE2D	\N	\N	920172062211091989	settled
3357640	663	2024-06-14 06:00:00	140.00	direct_debit	IE14BOFI90212122725303	BOFIIE2D	\N	\N	601020979818931075	settled
3325208	571	2024-06-14 15:49:29	110.00	cash_card	\N	\N	\N	\N	PP8561794255088000	settled
3311226	527	2024-06-14 16:15:34	140.00	bank_transfer	\N	\N	\N	\N	688091359314453627	settled
3323825	567	2024-06-15 06:00:00	65.00	direct_debit	IE49AIBK93893144948486	AIBKIE2D	\N	\N	086458128955190122	settled
3328774	582	2024-06-15 06:00:00	65.00	direct_debit	IE45BOFI90335082541126	BOFIIE2D	\N	\N	383185695101458156	settled
3355104	653	2024-06-15 06:00:00	95.00	direct_debit	IE19AIBK93157993582818	AIBKIE2D	\N	\N	997612409027750788	settled
3348971	636	2024-06-15 10:45:49	80.00	cash_card	\N	\N	\N	\N	PP6164118915100934	settled
3354249	650	2024-06-15 11:41:59	128.34	cash_card	\N	\N	\N	\N	PP6005358811574182	settled
3354998	652	2024-06-15 13:23:52	95.00	card	\N	\N	VISA	8431	524214601813382270	settled
3310400	524	2024-06-15 13:33:05	65.00	cash_card	\N	\N	\N	\N	PP0668270474855643	settled
3302991	507	2024-06-15 13:56:03	140.00	cash_card	\N	\N	\N	\N	PP2591263364010653	settled
3314273	539	2024-06-16 06:00:00	65.00	direct_debit	IE41BOFI90507511924668	BOFIIE2D	\N	\N	545021487296292241	settled
3323088	564	2024-06-16 06:00:00	140.00	direct_debit	IE38AIBK93384491116019	AIBKIE2D	\N	\N	875936659239799094	settled
3331102	589	2024-06-16 06:00:00	65.00	direct_debit	IE54BOFI90151223680862	BOFIIE2D	\N	\N	078474942778117720	settled
3351692	644	2024-06-16 06:00:00	80.00	direct_debit	IE69IPBS99708479497822	IPBSIE2D	\N	\N	731600691558458802	settled
3356141	657	2024-06-16 06:00:00	65.00	direct_debit	IE13AIBK93735271400117	AIBKIE2D	\N	\N	362208714183895025	settled
3357273	662	2024-06-16 06:00:00	95.00	direct_debit	IE26ULSB98646690880541	ULSBIE2D	\N	\N	832637863446113615	settled
3303655	509	2024-06-16 11:25:22	65.00	card	\N	\N	VISA	9081	438740258095481974	settled
3338304	609	2024-06-16 12:58:54	214.80	cash	\N	\N	\N	\N	237898653833754235	settled
3336336	603	2024-06-17 06:00:00	167.43	direct_debit	IE43BOFI90153991407959	BOFIIE2D	\N	\N	821939947158251670	settled
3339922	615	2024-06-17 06:00:00	80.00	direct_debit	IE71ULSB98343354427782	ULSBIE2D	\N	\N	323611191437444410	settled
3353359	649	2024-06-17 06:00:00	65.00	direct_debit	IE33ULSB98968453789633	ULSBIE2D	\N	\N	202765711645420895	settled
3332247	591	2024-06-17 09:55:30	140.00	cash_card	\N	\N	\N	\N	PP5005531851348856	settled
3300861	501	2024-06-17 11:38:29	95.00	cash_card	\N	\N	\N	\N	PP3687824900438626	settled
3345730	626	2024-06-17 12:22:34	300.69	cash_card	\N	\N	\N	\N	PP2118225736794092	settled
3327260	573	2024-06-17 13:05:13	211.21	cash_card	\N	\N	\N	\N	PP5414086152403019	settled
3338873	611	2024-06-17 14:34:34	400.02	cash_card	\N	\N	\N	\N	PP3771268433731795	settled
3344940	625	2024-06-17 17:27:55	140.00	cash_card	\N	\N	\N	\N	PP9424673698498794	settled
3308703	521	2024-06-17 17:57:12	95.00	cash_card	\N	\N	\N	\N	PP1814090020983360	settled
3311483	528	2024-06-18 06:00:00	110.00	direct_debit	IE03BOFI90770731165413	BOFIIE2D	\N	\N	050932505211377213	settled
3354599	651	2024-06-18 08:27:48	241.76	card	\N	\N	MASTERCARD	3524	089705335142556486	settled
3346666	632	2024-06-18 12:07:40	80.00	card	\N	\N	VISA	0040	965538753382632517	settled
3316788	547	2024-06-18 12:33:47	222.46	cash_card	\N	\N	\N	\N	PP3675137971648483	settled
3346923	633	2024-06-18 15:56:35	140.00	cash	\N	\N	\N	\N	319694188890576507	settled
3350629	640	2024-06-18 16:46:15	76.59	cash_card	\N	\N	\N	\N	PP0015810114511863	settled
3351089	642	2024-06-19 06:00:00	360.61	direct_debit	IE05IPBS99763371112796	IPBSIE2D	\N	\N	798514591902551730	settled
3317924	549	2024-06-19 09:10:20	303.29	cash_card	\N	\N	\N	\N	PP8727417160925595	settled
3322608	562	2024-06-19 15:44:44	95.00	cash_card	\N	\N	\N	\N	PP2755368088783358	settled
3303956	510	2024-06-20 06:00:00	95.00	direct_debit	IE10AIBK93820641633283	AIBKIE2D	\N	\N	580328301880291109	settled
3346279	629	2024-06-20 06:00:00	80.00	direct_debit	IE60ULSB98692767876092	ULSBIE2D	\N	\N	444460411459452754	settled
3349363	637	2024-06-20 06:00:00	80.00	direct_debit	IE74AIBK93096251328456	AIBKIE2D	\N	\N	388539328967560752	settled
3315243	543	2024-06-20 11:35:24	110.00	card	\N	\N	VISA	8066	556319685655581253	settled
3328348	580	2024-06-20 15:41:20	80.00	cash_card	\N	\N	\N	\N	PP8317401451457017	settled
3301409	503	2024-06-21 06:00:00	132.66	direct_debit	IE04ULSB98662320729557	ULSBIE2D	\N	\N	575748717847592785	settled
3315599	544	2024-06-21 06:00:00	80.00	direct_debit	IE58BOFI90639322210766	BOFIIE2D	\N	\N	666002307554348085	settled
3330022	585	2024-06-21 11:10:38	65.00	cash_card	\N	\N	\N	\N	PP7150509696775177	settled
3325239	571	2024-06-21 18:47:53	110.00	cash_card	\N	\N	\N	\N	PP5358709909448676	settled
3324191	570	2024-06-22 06:00:00	124.75	direct_debit	IE81ULSB98503639475383	ULSBIE2D	\N	\N	806677362818697753	settled
3327934	576	2024-06-22 06:00:00	95.00	direct_debit	IE63ULSB98871361021300	ULSBIE2D	\N	\N	114190584739770172	settled
3348994	636	2024-06-22 12:54:25	80.00	cash_card	\N	\N	\N	\N	PP6446860980882422	settled
3307780	520	2024-06-23 06:00:00	80.00	direct_debit	IE91BOFI90538720293749	BOFIIE2D	\N	\N	062042708238942286	settled
3312745	533	2024-06-23 06:00:00	236.98	direct_debit	IE92AIBK93299964631488	AIBKIE2D	\N	\N	459025081811571898	settled
3320053	555	2024-06-23 06:00:00	65.00	direct_debit	IE68ULSB98890186519407	ULSBIE2D	\N	\N	159183582761224826	settled
3359644	668	2024-06-23 14:07:00	140.00	bank_transfer	\N	\N	\N	\N	529506245842041622	settled
3310752	525	2024-06-23 23:44:17	206.67	card	\N	\N	VISA	1758	745293731975949157	settled
3306599	517	2024-06-24 06:00:00	77.64	direct_debit	IE60BOFI90425117793416	BOFIIE2D	\N	\N	572804337971618178	settled
3308725	521	2024-06-24 09:17:57	95.00	cash_card	\N	\N	\N	\N	PP1069033896992423	settled
3345889	627	2024-06-24 10:39:30	237.93	cash	\N	\N	\N	\N	894991804727854721	settled
3336133	602	2024-06-24 10:43:43	208.00	cash_card	\N	\N	\N	\N	PP5497829998007559	settled
3317111	548	2024-06-24 13:24:43	67.80	bank_transfer	\N	\N	\N	\N	993529168307340436	settled
3341366	617	2024-06-24 16:33:16	140.00	cash_card	\N	\N	\N	\N	PP8911057029834483	settled
3337858	608	2024-06-24 17:27:40	214.22	card	\N	\N	VISA	8051	418935337846919441	settled
3309279	523	2024-06-25 06:00:00	65.00	direct_debit	IE31AIBK93492526734850	AIBKIE2D	\N	\N	833753928328142685	settled
3330855	588	2024-06-25 06:00:00	273.00	direct_debit	IE61BOFI90645892229553	BOFIIE2D	\N	\N	797895250147098144	settled
3355663	654	2024-06-25 12:20:45	330.24	cash_card	\N	\N	\N	\N	PP6021873931125012	settled
3310424	524	2024-06-25 12:38:55	65.00	cash_card	\N	\N	\N	\N	PP0991505173944035	settled
3305648	514	2024-06-25 16:16:16	110.00	cash_card	\N	\N	\N	\N	PP7592569470493559	settled
3300882	501	2024-06-25 18:18:50	95.00	cash_card	\N	\N	\N	\N	PP0860922714294690	settled
3353064	648	2024-06-26 06:00:00	348.13	direct_debit	IE81AIBK93920583329471	AIBKIE2D	\N	\N	148090207198552058	settled
3318973	550	2024-06-26 09:36:18	140.00	cash_card	\N	\N	\N	\N	PP4759929347024733	settled
3312980	535	2024-06-26 12:05:02	80.00	card	\N	\N	VISA	9478	385103542783860038	settled
3336919	605	2024-06-27 06:00:00	402.50	direct_debit	IE90ULSB98753554584058	ULSBIE2D	\N	\N	265254308074471007	settled
3338942	612	2024-06-27 06:00:00	65.00	direct_debit	IE18IPBS99031841143481	IPBSIE2D	\N	\N	913163088634987161	settled
3342516	619	2024-06-27 11:04:46	140.00	cash_card	\N	\N	\N	\N	PP5454319383384138	settled
3347874	634	2024-06-27 13:06:04	65.00	cash_card	\N	\N	\N	\N	PP0517247636455650	settled
3338618	610	2024-06-28 06:00:00	140.00	direct_debit	IE60BOFI90564061943559	BOFIIE2D	\N	\N	403265788983506898	settled
3317932	549	2024-06-28 11:16:36	403.30	cash_card	\N	\N	\N	\N	PP7665956063903260	settled
3306279	516	2024-06-28 11:43:15	110.00	card	\N	\N	VISA	9156	950898638902487394	settled
3321378	560	2024-06-28 19:52:17	65.00	card	\N	\N	MASTERCARD	7605	935818086012723582	settled
\.


--
-- Data for Name: tariffs; Type: TABLE DATA; Schema: public; Owner: billing
--

COPY public.tariffs (tariff_code, description, unit_rate_day, unit_rate_night, standing_charge_daily, valid_from) FROM stdin;
HOME-STD-24	Home Electric Standard 24hr	0.3512	\N	0.7123	2024-02-01
HOME-DN	Home Electric Day/Night	0.3688	0.1855	0.8034	2024-02-01
SMART-TOU	Smart Time of Use (Peak 17:00-19:00)	0.3420	0.1790	0.7460	2024-02-01
HOME-EV-NIGHT	EV Smart Night Boost 02:00-05:00	0.3590	0.0912	0.7460	2024-02-01
PAYG-24	Pay As You Go 24hr	0.3721	\N	0.7655	2024-02-01
\.


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: public; Owner: billing
--

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (customer_id);


--
-- Name: accounts accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: billing
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (account_id);


--
-- Name: meter_reads meter_reads_pkey; Type: CONSTRAINT; Schema: public; Owner: billing
--

ALTER TABLE ONLY public.meter_reads
    ADD CONSTRAINT meter_reads_pkey PRIMARY KEY (read_id);


--
-- Name: payments payments_pkey; Type: CONSTRAINT; Schema: public; Owner: billing
--

ALTER TABLE ONLY public.payments
    ADD CONSTRAINT payments_pkey PRIMARY KEY (payment_id);


--
-- Name: tariffs tariffs_pkey; Type: CONSTRAINT; Schema: public; Owner: billing
--

ALTER TABLE ONLY public.tariffs
    ADD CONSTRAINT tariffs_pkey PRIMARY KEY (tariff_code);


CREATE UNIQUE INDEX accounts_mprn_idx ON public.accounts USING btree (mprn);

CREATE INDEX meter_reads_account_idx ON public.meter_reads USING btree (account_id, read_date);

--
-- Name: accounts accounts_customer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: billing
--

ALTER TABLE ONLY public.accounts
    ADD CONSTRAINT accounts_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(customer_id);


--
-- Name: meter_reads meter_reads_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: billing
--

ALTER TABLE ONLY public.meter_reads
    ADD CONSTRAINT meter_reads_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(account_id);


--
-- Name: payments payments_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: billing
--

ALTER TABLE ONLY public.payments
    ADD CONSTRAINT payments_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.accounts(account_id);


--
-- PostgreSQL database dump complete
--

