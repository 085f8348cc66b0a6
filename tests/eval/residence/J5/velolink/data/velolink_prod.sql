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
-- Name: abonnementen; Type: TABLE; Schema: public; Owner: velolink
--

CREATE TABLE public.abonnementen (
    abonnement_id integer NOT NULL,
    klant_id integer NOT NULL,
    plan character varying(16) NOT NULL,
    maandprijs_cent integer NOT NULL,
    afgesloten_op timestamp with time zone NOT NULL,
    ingangsdatum date NOT NULL,
    einddatum date,
    betaalmethode character varying(20) NOT NULL,
    iban character varying(34),
    mandaat_referentie character varying(35),
    kaart_merk character varying(16),
    kaart_laatste4 character(4),
    kaart_vervaldatum character varying(5),
    fiets_type character varying(12) DEFAULT 'e-bike'::character varying NOT NULL
);


ALTER TABLE public.abonnementen OWNER TO velolink;

--
-- Name: abonnementen_abonnement_id_seq; Type: SEQUENCE; Schema: public; Owner: velolink
--

CREATE SEQUENCE public.abonnementen_abonnement_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.abonnementen_abonnement_id_seq OWNER TO velolink;

--
-- Name: abonnementen_abonnement_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: velolink
--

ALTER SEQUENCE public.abonnementen_abonnement_id_seq OWNED BY public.abonnementen.abonnement_id;

--
-- Name: fietsen; Type: TABLE; Schema: public; Owner: velolink
--

CREATE TABLE public.fietsen (
    fiets_id character varying(12) NOT NULL,
    model character varying(40) NOT NULL,
    framenummer character varying(17) NOT NULL,
    accu_serienr character varying(20),
    thuisstad character varying(40) NOT NULL,
    in_gebruik_sinds date NOT NULL
);


ALTER TABLE public.fietsen OWNER TO velolink;

--
-- Name: klanten; Type: TABLE; Schema: public; Owner: velolink
--

CREATE TABLE public.klanten (
    klant_id integer NOT NULL,
    klantnummer character varying(12) NOT NULL,
    voornaam character varying(80),
    tussenvoegsel character varying(20),
    achternaam character varying(120),
    email character varying(255) NOT NULL,
    gebruikersnaam character varying(40),
    telefoon character varying(32),
    geboortedatum date,
    straat character varying(160),
    huisnummer character varying(16),
    postcode character varying(12),
    woonplaats character varying(80),
    provincie character varying(60),
    land character(2),
    taal character(2) DEFAULT 'nl'::bpchar NOT NULL,
    wachtwoord_hash character varying(128) NOT NULL,
    password_changed_at timestamp with time zone,
    account_status character varying(20) DEFAULT 'actief'::character varying NOT NULL,
    bron character varying(12) NOT NULL,
    marketing_opt_in boolean DEFAULT false NOT NULL,
    aangemaakt_op timestamp with time zone DEFAULT now() NOT NULL,
    laatst_ingelogd timestamp with time zone
);


ALTER TABLE public.klanten OWNER TO velolink;

--
-- Name: klanten_klant_id_seq; Type: SEQUENCE; Schema: public; Owner: velolink
--

CREATE SEQUENCE public.klanten_klant_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.klanten_klant_id_seq OWNER TO velolink;

--
-- Name: klanten_klant_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: velolink
--

ALTER SEQUENCE public.klanten_klant_id_seq OWNED BY public.klanten.klant_id;

--
-- Name: ritten; Type: TABLE; Schema: public; Owner: velolink
--

CREATE TABLE public.ritten (
    rit_id bigint NOT NULL,
    klant_id integer NOT NULL,
    fiets_id character varying(12) NOT NULL,
    start_station_id integer NOT NULL,
    eind_station_id integer,
    start_lat numeric(9,6),
    start_lon numeric(9,6),
    eind_lat numeric(9,6),
    eind_lon numeric(9,6),
    gestart_op timestamp with time zone NOT NULL,
    beeindigd_op timestamp with time zone,
    afstand_m integer,
    prijs_cent integer DEFAULT 0 NOT NULL,
    betaal_referentie character varying(20)
);


ALTER TABLE public.ritten OWNER TO velolink;

--
-- Name: stations; Type: TABLE; Schema: public; Owner: velolink
--

CREATE TABLE public.stations (
    station_id integer NOT NULL,
    code character varying(8) NOT NULL,
    naam character varying(80) NOT NULL,
    stad character varying(40) NOT NULL,
    land character(2) NOT NULL,
    lat numeric(9,6) NOT NULL,
    lon numeric(9,6) NOT NULL,
    capaciteit smallint NOT NULL,
    type character varying(8) NOT NULL,
    sinds date
);


ALTER TABLE public.stations OWNER TO velolink;

--
-- Name: stations_station_id_seq; Type: SEQUENCE; Schema: public; Owner: velolink
--

CREATE SEQUENCE public.stations_station_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.stations_station_id_seq OWNER TO velolink;

--
-- Name: stations_station_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: velolink
--

ALTER SEQUENCE public.stations_station_id_seq OWNED BY public.stations.station_id;

--
-- Name: abonnementen abonnement_id; Type: DEFAULT; Schema: public; Owner: velolink
--

ALTER TABLE ONLY public.abonnementen ALTER COLUMN abonnement_id SET DEFAULT nextval('public.abonnementen_abonnement_id_seq'::regclass);

--
-- Name: klanten klant_id; Type: DEFAULT; Schema: public; Owner: velolink
--

ALTER TABLE ONLY public.klanten ALTER COLUMN klant_id SET DEFAULT nextval('public.klanten_klant_id_seq'::regclass);

--
-- Name: stations station_id; Type: DEFAULT; Schema: public; Owner: velolink
--

ALTER TABLE ONLY public.stations ALTER COLUMN station_id SET DEFAULT nextval('public.stations_station_id_seq'::regclass);

--
-- Data for Name: abonnementen; Type: TABLE DATA; Schema: public; Owner: velolink
--

COPY public.abonnementen (abonnement_id, klant_id, plan, maandprijs_cent, afgesloten_op, ingangsdatum, einddatum, betaalmethode, iban, mandaat_referentie, kaart_merk, kaart_laatste4, kaart_vervaldatum, fiets_type) FROM stdin;
5007	10235	EBIKE_M	3990	2021-05-05 01:20:07+00	2021-05-06	2022-03-22	sepa_incasso	DE55370400446834921710	VLM-2021-005007	\N	\N	\N	e-bike
5013	10245	EBIKE_M	3990	2020-03-23 08:34:12+00	2020-03-24	\N	paypal	\N	\N	\N	\N	\N	e-bike
5022	10267	EBIKE_M	3990	2023-06-01 14:02:46+00	2023-06-02	\N	creditcard	\N	\N	Mastercard	5859	11/27	e-bike
5031	10292	EBIKE_M	3990	2023-04-22 02:54:29+00	2023-04-23	\N	creditcard	\N	\N	Mastercard	8784	08/26	e-bike
5033	10373	BASIS_M	990	2024-04-28 08:44:54+00	2024-04-29	\N	creditcard	\N	\N	Mastercard	0976	11/25	stadsfiets
5041	10430	EBIKE_J	3325	2024-03-06 07:46:52+00	2024-03-07	\N	sepa_incasso	NL54INGB2080445251	VLM-2024-005041	\N	\N	\N	e-bike
5044	10433	EBIKE_M	3990	2023-05-05 12:42:10+00	2023-05-06	\N	creditcard	\N	\N	Mastercard	0040	11/28	e-bike
5047	10437	BASIS_M	990	2023-12-15 18:48:20+00	2023-12-16	\N	sepa_incasso	BE16068892977074	VLM-2023-005047	\N	\N	\N	stadsfiets
5053	10477	EBIKE_M	3990	2023-05-12 07:21:39+00	2023-05-13	\N	sepa_incasso	FR7611306143177757566317674	VLM-2023-005053	\N	\N	\N	e-bike
5057	10505	EBIKE_M	3990	2023-04-22 15:26:33+00	2023-04-23	\N	sepa_incasso	NL71TRIO4590244691	VLM-2023-005057	\N	\N	\N	e-bike
5065	10532	EBIKE_M	3990	2022-07-03 00:22:43+00	2022-07-04	\N	creditcard	\N	\N	Amex	9179	03/26	e-bike
5070	10577	EBIKE_M	3990	2022-07-30 16:30:38+00	2022-07-31	\N	sepa_incasso	BE79737642410633	VLM-2022-005070	\N	\N	\N	e-bike
5075	10622	EBIKE_M	3990	2023-06-12 10:21:10+00	2023-06-13	\N	creditcard	\N	\N	Amex	0543	01/28	e-bike
5084	10643	EBIKE_M	3990	2023-06-11 12:04:48+00	2023-06-12	\N	creditcard	\N	\N	Amex	3970	10/28	e-bike
5090	10668	EBIKE_M	3990	2023-08-08 19:58:51+00	2023-08-09	\N	creditcard	\N	\N	Mastercard	2784	05/27	e-bike
5097	10702	EBIKE_J	3325	2024-03-22 08:04:08+00	2024-03-23	\N	paypal	\N	\N	\N	\N	\N	e-bike
5100	10732	EBIKE_M	3990	2024-05-14 23:32:03+00	2024-05-15	\N	sepa_incasso	FR7630003320253074592650083	VLM-2024-005100	\N	\N	\N	e-bike
5101	10748	EBIKE_M	3990	2022-05-26 05:57:29+00	2022-05-27	\N	creditcard	\N	\N	Amex	6660	04/29	e-bike
5104	10851	STUDENT_M	750	2024-03-15 19:54:33+00	2024-03-16	\N	creditcard	\N	\N	Mastercard	9260	01/26	stadsfiets
5113	10899	EBIKE_M	3990	2022-04-11 03:16:41+00	2022-04-12	\N	sepa_incasso	BE71979632999369	VLM-2022-005113	\N	\N	\N	e-bike
5116	10927	EBIKE_M	3990	2023-08-25 11:09:29+00	2023-08-26	\N	sepa_incasso	BE62068436338561	VLM-2023-005116	\N	\N	\N	e-bike
5123	11070	BASIS_M	990	2024-01-16 08:54:03+00	2024-01-17	\N	sepa_incasso	DE90430609672161949748	VLM-2024-005123	\N	\N	\N	stadsfiets
5124	11095	EBIKE_M	3990	2023-05-02 05:35:33+00	2023-05-03	\N	paypal	\N	\N	\N	\N	\N	e-bike
5126	11144	EBIKE_M	3990	2022-03-24 12:55:10+00	2022-03-25	\N	paypal	\N	\N	\N	\N	\N	e-bike
5131	11215	BASIS_M	990	2023-09-14 11:35:43+00	2023-09-15	\N	creditcard	\N	\N	Visa	9537	08/27	stadsfiets
5132	11232	EBIKE_M	3990	2023-11-10 16:46:56+00	2023-11-11	\N	creditcard	\N	\N	Mastercard	8604	11/29	e-bike
5135	11262	STUDENT_M	750	2023-06-07 04:15:11+00	2023-06-08	\N	sepa_incasso	NL74ASNB6523619303	VLM-2023-005135	\N	\N	\N	stadsfiets
5136	11283	EBIKE_M	3990	2024-05-02 18:49:52+00	2024-05-03	\N	sepa_incasso	NL21RABO2713573998	VLM-2024-005136	\N	\N	\N	e-bike
5139	11407	BASIS_M	990	2023-03-15 08:10:22+00	2023-03-16	\N	paypal	\N	\N	\N	\N	\N	stadsfiets
5146	11464	BASIS_M	990	2024-03-16 13:25:00+00	2024-03-17	\N	creditcard	\N	\N	Mastercard	8686	07/28	stadsfiets
5149	11509	EBIKE_M	3990	2021-11-01 09:50:07+00	2021-11-02	\N	sepa_incasso	NL40RABO7640678374	VLM-2021-005149	\N	\N	\N	e-bike
5154	11591	EBIKE_M	3990	2023-05-05 20:55:43+00	2023-05-06	\N	creditcard	\N	\N	Visa	0183	09/24	e-bike
5156	11756	STUDENT_M	750	2023-01-03 12:38:14+00	2023-01-04	\N	sepa_incasso	NL30INGB9575412680	VLM-2023-005156	\N	\N	\N	stadsfiets
5160	11784	BASIS_M	990	2024-04-27 23:25:29+00	2024-04-28	\N	sepa_incasso	NL29ABNA4066396208	VLM-2024-005160	\N	\N	\N	stadsfiets
5162	11846	BASIS_M	990	2023-02-23 15:29:52+00	2023-02-24	\N	creditcard	\N	\N	Amex	1655	08/24	stadsfiets
5166	11893	BASIS_M	990	2024-01-18 09:02:31+00	2024-01-19	\N	paypal	\N	\N	\N	\N	\N	stadsfiets
5173	11919	BASIS_M	990	2024-02-12 09:39:07+00	2024-02-13	\N	creditcard	\N	\N	Amex	5703	11/25	stadsfiets
5177	11962	BASIS_M	990	2022-11-20 06:55:20+00	2022-11-21	2023-11-04	creditcard	\N	\N	Visa	6332	10/26	stadsfiets
5181	11968	STUDENT_M	750	2023-10-07 19:55:04+00	2023-10-08	\N	sepa_incasso	NL72RABO5569030174	VLM-2023-005181	\N	\N	\N	stadsfiets
5188	11985	EBIKE_M	3990	2023-12-08 11:48:19+00	2023-12-09	\N	creditcard	\N	\N	Mastercard	7125	07/25	e-bike
5197	12057	BASIS_M	990	2023-05-05 20:32:38+00	2023-05-06	\N	creditcard	\N	\N	Amex	3532	04/26	stadsfiets
5199	12117	BASIS_M	990	2022-12-31 12:26:27+00	2023-01-01	\N	creditcard	\N	\N	Visa	3631	09/27	stadsfiets
5203	12122	EBIKE_J	3325	2024-04-20 07:47:58+00	2024-04-21	\N	sepa_incasso	BE75001830492151	VLM-2024-005203	\N	\N	\N	e-bike
5208	12146	STUDENT_M	750	2024-05-18 16:30:26+00	2024-05-19	\N	sepa_incasso	BE59363012443726	VLM-2024-005208	\N	\N	\N	stadsfiets
5215	12161	BASIS_M	990	2020-11-07 20:21:22+00	2020-11-08	\N	creditcard	\N	\N	Amex	4268	12/25	stadsfiets
5224	12187	EBIKE_M	3990	2024-02-05 07:10:42+00	2024-02-06	\N	sepa_incasso	DE44100500002203779413	VLM-2024-005224	\N	\N	\N	e-bike
5226	12295	STUDENT_M	750	2022-12-13 21:11:53+00	2022-12-14	2023-08-27	creditcard	\N	\N	Mastercard	5188	01/28	stadsfiets
5230	12315	BASIS_M	990	2024-02-09 09:18:27+00	2024-02-10	\N	sepa_incasso	DE98100500005561541887	VLM-2024-005230	\N	\N	\N	stadsfiets
5233	12337	STUDENT_M	750	2024-05-24 16:41:21+00	2024-05-25	\N	sepa_incasso	NL74ABNA4626109454	VLM-2024-005233	\N	\N	\N	stadsfiets
5240	12361	STUDENT_M	750	2024-03-17 12:19:15+00	2024-03-18	\N	sepa_incasso	DE68370501987000076747	VLM-2024-005240	\N	\N	\N	stadsfiets
5246	12363	BASIS_M	990	2021-02-11 08:34:54+00	2021-02-12	\N	creditcard	\N	\N	Mastercard	0289	01/26	stadsfiets
5252	12448	STUDENT_M	750	2022-11-05 06:51:38+00	2022-11-06	\N	creditcard	\N	\N	Visa	9552	09/24	stadsfiets
5258	12470	EBIKE_M	3990	2024-01-22 02:54:38+00	2024-01-23	\N	creditcard	\N	\N	Mastercard	5981	04/27	e-bike
5261	12572	EBIKE_M	3990	2023-09-26 12:30:48+00	2023-09-27	\N	creditcard	\N	\N	Mastercard	6174	05/28	e-bike
5267	12593	EBIKE_J	3325	2021-02-04 03:54:22+00	2021-02-05	\N	paypal	\N	\N	\N	\N	\N	e-bike
5275	12608	STUDENT_M	750	2022-11-03 05:12:44+00	2022-11-04	\N	creditcard	\N	\N	Mastercard	6815	12/28	stadsfiets
5280	12643	STUDENT_M	750	2024-05-27 16:45:50+00	2024-05-28	\N	creditcard	\N	\N	Mastercard	3554	01/29	stadsfiets
5283	12679	EBIKE_M	3990	2024-04-17 20:10:58+00	2024-04-18	\N	sepa_incasso	NL31ABNA2974367941	VLM-2024-005283	\N	\N	\N	e-bike
5284	12701	STUDENT_M	750	2023-07-17 11:42:56+00	2023-07-18	\N	sepa_incasso	AT871400066389375209	VLM-2023-005284	\N	\N	\N	stadsfiets
5288	12705	BASIS_M	990	2024-03-07 15:49:52+00	2024-03-08	\N	creditcard	\N	\N	Mastercard	1004	06/28	stadsfiets
5296	12916	EBIKE_M	3990	2024-02-09 00:49:54+00	2024-02-10	\N	creditcard	\N	\N	Mastercard	6886	01/29	e-bike
5299	12918	STUDENT_M	750	2023-10-25 03:07:11+00	2023-10-26	\N	creditcard	\N	\N	Mastercard	7159	02/27	stadsfiets
5302	12953	STUDENT_M	750	2021-12-28 15:25:46+00	2021-12-29	\N	creditcard	\N	\N	Amex	1499	01/29	stadsfiets
5308	12962	BASIS_M	990	2024-03-16 09:11:08+00	2024-03-17	\N	creditcard	\N	\N	Amex	6146	11/29	stadsfiets
5315	12975	BASIS_M	990	2024-05-25 07:31:02+00	2024-05-26	\N	sepa_incasso	NL78BUNQ7154854170	VLM-2024-005315	\N	\N	\N	stadsfiets
5321	13030	EBIKE_M	3990	2023-04-07 20:14:45+00	2023-04-08	\N	creditcard	\N	\N	Visa	7262	12/28	e-bike
5322	13097	EBIKE_J	3325	2024-03-12 06:07:45+00	2024-03-13	\N	creditcard	\N	\N	Amex	9841	01/29	e-bike
5327	13138	EBIKE_J	3325	2023-05-31 07:59:04+00	2023-06-01	\N	creditcard	\N	\N	Mastercard	5822	01/25	e-bike
5336	13286	EBIKE_J	3325	2024-02-14 09:52:16+00	2024-02-15	\N	sepa_incasso	FR7611306678221941261872662	VLM-2024-005336	\N	\N	\N	e-bike
5340	13320	STUDENT_M	750	2023-05-18 08:58:00+00	2023-05-19	\N	creditcard	\N	\N	Amex	2866	11/29	stadsfiets
5344	13339	EBIKE_J	3325	2021-04-13 04:57:24+00	2021-04-14	2021-10-26	creditcard	\N	\N	Mastercard	6714	11/29	e-bike
5347	13355	BASIS_M	990	2024-02-26 06:02:55+00	2024-02-27	\N	sepa_incasso	NL45KNAB3482335664	VLM-2024-005347	\N	\N	\N	stadsfiets
5350	13427	BASIS_M	990	2022-01-07 13:57:10+00	2022-01-08	\N	creditcard	\N	\N	Mastercard	0178	08/25	stadsfiets
5358	13485	EBIKE_J	3325	2024-04-28 15:59:57+00	2024-04-29	\N	sepa_incasso	DE73701500007471569743	VLM-2024-005358	\N	\N	\N	e-bike
5366	13486	EBIKE_M	3990	2023-10-25 22:32:53+00	2023-10-26	\N	creditcard	\N	\N	Mastercard	9541	06/26	e-bike
5367	13494	EBIKE_M	3990	2022-04-17 03:23:11+00	2022-04-18	\N	creditcard	\N	\N	Mastercard	7917	02/26	e-bike
5374	13499	STUDENT_M	750	2023-12-09 19:18:13+00	2023-12-10	\N	sepa_incasso	NL41TRIO7583108063	VLM-2023-005374	\N	\N	\N	stadsfiets
\.


--
-- Data for Name: fietsen; Type: TABLE DATA; Schema: public; Owner: velolink
--

COPY public.fietsen (fiets_id, model, framenummer, accu_serienr, thuisstad, in_gebruik_sinds) FROM stdin;
VL-E-01631	Urban E8 (Gen3)	WVLH5040614	BT20-210D2877	Amsterdam	2019-08-04
VL-E-05856	Urban E8 (Gen2)	WVLF1165755	BT20-D937BB80	Wien	2023-09-21
VL-E-07277	Urban E8 (Gen2)	WVLD1874436	BT20-9EF1C73B	Brussel	2021-11-21
VL-E-09016	Cargo E2	WVLD1784476	BT23-C6305ACB	Köln	2020-01-30
VL-E-11390	Urban E8 (Gen2)	WVLF6513907	BT20-552AFD95	Lyon	2023-01-29
VL-E-11395	Urban E8 (Gen3)	WVLF9124846	BT23-E000A081	Brussel	2022-07-10
VL-E-11524	Urban E8 (Gen3)	WVLD2209395	BT22-80DEC89E	Düsseldorf	2020-04-08
VL-E-12837	Cargo E2	WVLG7656315	BT20-4F2F4939	Düsseldorf	2023-03-09
VL-E-13354	Urban E8 (Gen2)	WVLB4042269	BT21-CE63E97C	Leuven	2023-05-30
VL-E-13596	Cargo E2	WVLH2278000	BT21-922A8970	Paris	2019-10-21
VL-E-13701	Cargo E2	WVLB4162251	BT19-8BF23485	Wien	2023-06-29
VL-E-14241	Urban E8 (Gen2)	WVLF2131026	BT21-541A2955	Berlin	2020-05-27
VL-E-14290	Urban E8 (Gen3)	WVLG1527705	BT20-294EFB7A	Strasbourg	2020-03-10
VL-E-14645	Urban E8 (Gen3)	WVLH6571733	BT21-11D7F0B6	Gent	2021-04-03
VL-E-15126	Urban E8 (Gen2)	WVLA5540233	BT22-C023BFC1	Graz	2020-09-17
VL-E-16146	Urban E8 (Gen2)	WVLG8766113	BT23-5B1F4F23	Antwerpen	2023-01-24
VL-E-17902	Urban E8 (Gen2)	WVLD7208184	BT20-B93EF301	Köln	2022-02-28
VL-E-19122	Urban E8 (Gen3)	WVLF5733896	BT20-A4DDC4D8	Strasbourg	2021-09-06
VL-E-19843	Urban E8 (Gen2)	WVLC5658409	BT22-3BC205C6	Brussel	2019-10-28
VL-E-21718	Urban E8 (Gen2)	WVLG7189494	BT24-E0B1C8E7	Den Haag	2019-12-19
VL-E-22938	Urban E8 (Gen2)	WVLF4740137	BT21-CC48F6F9	Düsseldorf	2020-08-27
VL-E-24877	Urban E8 (Gen3)	WVLD6255294	BT20-FABD68AB	Lyon	2022-06-15
VL-E-25240	Urban E8 (Gen2)	WVLE3895296	BT24-CF8B1A1D	Strasbourg	2020-07-25
VL-E-25473	Cargo E2	WVLG0043770	BT24-1E633226	Wien	2023-05-17
VL-E-25755	Urban E8 (Gen2)	WVLF2165865	BT24-AA83D119	Rotterdam	2022-09-21
VL-E-26542	Cargo E2	WVLC5976248	BT24-23DB27CF	Graz	2023-04-05
VL-E-27180	Urban E8 (Gen3)	WVLD7117967	BT21-7EA10E8A	Lyon	2021-03-25
VL-E-28716	Urban E8 (Gen2)	WVLC4318035	BT21-F5FCD201	Leuven	2020-08-11
VL-E-30077	Urban E8 (Gen3)	WVLD0732545	BT21-C5C57CEF	Rotterdam	2022-02-17
VL-E-30902	Urban E8 (Gen3)	WVLC9192497	BT23-4FE879A7	Leuven	2020-02-17
VL-E-31164	Urban E8 (Gen3)	WVLA4982333	BT23-132A1F51	Rotterdam	2020-04-27
VL-E-31407	Urban E8 (Gen2)	WVLF0679235	BT19-7773B6E5	Lyon	2019-10-30
VL-E-31629	Cargo E2	WVLH7763336	BT20-400B2C99	Eindhoven	2021-02-16
VL-E-32061	Cargo E2	WVLE1037195	BT21-5B7C43D5	Rotterdam	2019-05-02
VL-E-32210	Cargo E2	WVLH4173394	BT23-446EBFBB	Gent	2020-03-12
VL-E-33094	Urban E8 (Gen2)	WVLE2617252	BT21-59EFB7D4	Köln	2022-04-12
VL-E-33181	Cargo E2	WVLG9327327	BT22-4AC44DBC	Wien	2020-10-26
VL-E-33467	Cargo E2	WVLA3561503	BT23-F920DA70	Köln	2021-12-14
VL-E-34318	Cargo E2	WVLG3774219	BT21-3E1D15DB	Leuven	2019-05-27
VL-E-35353	Urban E8 (Gen3)	WVLC0556432	BT23-FCFB5C3B	Graz	2020-08-18
VL-E-38268	Cargo E2	WVLC0183843	BT19-50A4640A	Den Haag	2020-03-23
VL-E-42653	Cargo E2	WVLF9175884	BT23-82FBDE4C	Gent	2020-04-23
VL-E-42928	Cargo E2	WVLB2575093	BT23-E77BA0A9	Düsseldorf	2023-11-02
VL-E-43379	Cargo E2	WVLF5238065	BT23-A55FCC44	Berlin	2019-10-04
VL-E-43766	Urban E8 (Gen3)	WVLC3155644	BT24-50BFBC61	Strasbourg	2020-03-20
VL-E-43784	Cargo E2	WVLF3856766	BT21-3F0DB82E	Düsseldorf	2021-05-28
VL-E-46529	Cargo E2	WVLC6053428	BT21-368FF7E5	Düsseldorf	2023-10-14
VL-E-46829	Urban E8 (Gen3)	WVLF3677875	BT23-5DB02594	Antwerpen	2022-11-21
VL-E-46991	Urban E8 (Gen3)	WVLG5438830	BT23-F9364E3A	Berlin	2023-03-06
VL-E-48398	Cargo E2	WVLG1010959	BT22-A74A0741	Den Haag	2021-06-14
VL-E-48876	Urban E8 (Gen3)	WVLA7372355	BT24-ECA49A35	Lyon	2022-01-07
VL-E-49638	Cargo E2	WVLE4740188	BT24-EB4D2560	Strasbourg	2022-11-22
VL-E-50290	Cargo E2	WVLD0415916	BT21-9CAA8A4D	Strasbourg	2022-06-05
VL-E-50675	Cargo E2	WVLC1185247	BT19-9271CADD	Eindhoven	2021-07-31
VL-E-51041	Urban E8 (Gen3)	WVLB6247247	BT23-56743CAA	Brussel	2021-12-11
VL-E-52312	Cargo E2	WVLD7003846	BT19-932D2C89	Lille	2022-08-26
VL-E-54063	Urban E8 (Gen2)	WVLH7412462	BT22-8988ECE7	Lille	2021-07-21
VL-E-54229	Cargo E2	WVLC0136137	BT22-C78406DF	Amsterdam	2021-11-13
VL-E-54459	Urban E8 (Gen2)	WVLG1375372	BT22-8EECBA6E	Brussel	2020-12-30
VL-E-58418	Cargo E2	WVLE4663030	BT19-F9DB30D6	Köln	2021-01-31
VL-E-58743	Urban E8 (Gen3)	WVLH9832975	BT23-E25F7208	Leuven	2019-11-07
VL-E-60433	Cargo E2	WVLD7398124	BT19-FCF6F295	Lille	2022-04-21
VL-E-62575	Cargo E2	WVLC0819719	BT23-DC1CF15C	Den Haag	2022-10-07
VL-E-63765	Cargo E2	WVLG0060969	BT23-7C87A0CE	Lille	2020-02-03
VL-E-66540	Cargo E2	WVLH7418540	BT24-EABC41B0	Düsseldorf	2023-03-06
VL-E-67348	Cargo E2	WVLB6172967	BT21-53D9B12A	Wien	2022-05-27
VL-E-69429	Cargo E2	WVLA5618458	BT20-0C7D0FBB	Gent	2020-03-11
VL-E-69667	Urban E8 (Gen2)	WVLD0437622	BT24-8F09A796	Strasbourg	2020-04-10
VL-E-69998	Urban E8 (Gen3)	WVLF9757487	BT24-9717E0BF	Graz	2021-07-16
VL-E-71510	Urban E8 (Gen3)	WVLE7590725	BT19-5BEB4473	Lyon	2020-07-28
VL-E-71762	Urban E8 (Gen2)	WVLD8592292	BT22-324AC3FF	Eindhoven	2021-02-11
VL-E-72846	Urban E8 (Gen3)	WVLH6677219	BT19-FE786665	Düsseldorf	2023-04-13
VL-E-74414	Urban E8 (Gen3)	WVLH7053112	BT22-6B2FFA52	Utrecht	2021-08-14
VL-E-74913	Urban E8 (Gen2)	WVLE5265377	BT20-30C599F6	Berlin	2022-05-30
VL-E-76471	Cargo E2	WVLF3247973	BT21-DE7399B8	Leuven	2023-12-23
VL-E-76542	Cargo E2	WVLB8621668	BT22-9E089084	Eindhoven	2021-05-23
VL-E-79913	Urban E8 (Gen2)	WVLF9364616	BT23-AD0D3665	Düsseldorf	2021-08-13
VL-E-80500	Cargo E2	WVLD0196041	BT21-AB9BD89B	Köln	2022-10-08
VL-E-82218	Urban E8 (Gen2)	WVLH1965672	BT21-4EFE258E	Rotterdam	2022-03-31
VL-E-83388	Urban E8 (Gen2)	WVLC4971694	BT23-0BFD293F	Amsterdam	2021-11-17
VL-E-88928	Urban E8 (Gen3)	WVLE5940919	BT22-DD4681B8	Brussel	2020-11-04
VL-E-89379	Urban E8 (Gen2)	WVLD3597420	BT21-C2E6430F	Lille	2022-03-26
VL-E-95346	Urban E8 (Gen3)	WVLA1475378	BT22-DCCB3351	Leuven	2023-06-04
VL-E-95982	Cargo E2	WVLH2382649	BT20-A9D3FED4	Utrecht	2020-10-16
VL-E-96636	Urban E8 (Gen2)	WVLB8867872	BT23-6287087B	Köln	2020-12-23
VL-E-96704	Urban E8 (Gen3)	WVLB1621882	BT20-A668C519	Gent	2023-07-11
VL-E-97507	Urban E8 (Gen2)	WVLA0725582	BT24-94ABE581	Brussel	2020-12-30
VL-E-98001	Urban E8 (Gen2)	WVLB4533577	BT24-FE726697	Lyon	2022-03-03
VL-E-99133	Urban E8 (Gen3)	WVLE6416159	BT24-4B41AAC2	Wien	2023-09-27
VL-E-99696	Urban E8 (Gen2)	WVLG2451018	BT24-E5F2BA66	Paris	2019-08-25
VL-S-01076	Stad 3v	WVLE5275368	\N	Leuven	2023-09-22
VL-S-01759	Stad 3v	WVLG7534638	\N	Gent	2020-07-12
VL-S-01905	Stad 7v	WVLH3955170	\N	Utrecht	2023-01-10
VL-S-02273	Stad 3v	WVLE7343799	\N	Wien	2020-05-23
VL-S-06521	Stad 7v	WVLG6124499	\N	Eindhoven	2020-02-09
VL-S-06539	Stad 3v	WVLB9529976	\N	Strasbourg	2022-11-17
VL-S-07690	Stad 3v	WVLB0481263	\N	Eindhoven	2021-08-06
VL-S-09494	Stad 7v	WVLC3416060	\N	Eindhoven	2021-11-03
VL-S-09840	Stad 3v	WVLC9742553	\N	Eindhoven	2021-05-20
VL-S-10600	Stad 7v	WVLC0968962	\N	Den Haag	2023-10-10
VL-S-10614	Stad 7v	WVLG4306458	\N	Paris	2022-01-28
VL-S-12328	Stad 3v	WVLG9249107	\N	Berlin	2021-03-29
VL-S-14656	Stad 3v	WVLD2790578	\N	Strasbourg	2022-10-01
VL-S-15134	Stad 3v	WVLD9030858	\N	Lille	2021-06-17
VL-S-18701	Stad 7v	WVLH5639795	\N	Leuven	2021-01-16
VL-S-19052	Stad 7v	WVLH4082711	\N	Paris	2023-10-07
VL-S-19145	Stad 3v	WVLE4083559	\N	Berlin	2021-06-19
VL-S-19892	Stad 3v	WVLF6196148	\N	Düsseldorf	2019-06-11
VL-S-20703	Stad 7v	WVLH9724773	\N	Düsseldorf	2019-06-25
VL-S-21000	Stad 7v	WVLF9223233	\N	Utrecht	2022-04-24
VL-S-21023	Stad 7v	WVLC1212137	\N	Amsterdam	2021-01-02
VL-S-22150	Stad 7v	WVLD0844066	\N	Amsterdam	2021-03-06
VL-S-23322	Stad 3v	WVLE0670851	\N	Lille	2019-06-14
VL-S-23599	Stad 7v	WVLE0532466	\N	Den Haag	2020-08-28
VL-S-23659	Stad 3v	WVLA1679046	\N	Graz	2022-07-24
VL-S-29422	Stad 7v	WVLB0050400	\N	Leuven	2021-07-22
VL-S-30473	Stad 3v	WVLE9214846	\N	Gent	2023-04-17
VL-S-33971	Stad 7v	WVLA4098949	\N	Rotterdam	2020-10-10
VL-S-35167	Stad 3v	WVLD7451385	\N	Rotterdam	2021-07-08
VL-S-36931	Stad 7v	WVLD3954680	\N	Strasbourg	2021-04-13
VL-S-39079	Stad 7v	WVLC4279219	\N	Wien	2020-12-22
VL-S-40068	Stad 3v	WVLH6915514	\N	Berlin	2023-10-28
VL-S-40075	Stad 3v	WVLF5842725	\N	Gent	2023-06-08
VL-S-40239	Stad 3v	WVLF9713669	\N	Wien	2021-08-19
VL-S-41880	Stad 3v	WVLH7194995	\N	Amsterdam	2020-01-15
VL-S-43302	Stad 3v	WVLA6853518	\N	Antwerpen	2020-03-08
VL-S-43966	Stad 7v	WVLF2926603	\N	Amsterdam	2022-09-28
VL-S-44776	Stad 3v	WVLF2724425	\N	Leuven	2023-05-06
VL-S-46860	Stad 3v	WVLG6853796	\N	Gent	2021-05-13
VL-S-51314	Stad 7v	WVLH9068636	\N	Lille	2021-09-25
VL-S-53091	Stad 7v	WVLB0785632	\N	Brussel	2021-07-16
VL-S-53488	Stad 3v	WVLD8331024	\N	Paris	2022-08-11
VL-S-53604	Stad 7v	WVLH1684018	\N	Köln	2020-03-17
VL-S-57339	Stad 7v	WVLG0730609	\N	Antwerpen	2022-05-20
VL-S-60348	Stad 7v	WVLA9909979	\N	Strasbourg	2023-03-14
VL-S-60720	Stad 7v	WVLE7981859	\N	Berlin	2022-10-26
VL-S-62066	Stad 3v	WVLE3065729	\N	Gent	2022-08-20
VL-S-62453	Stad 7v	WVLD4350147	\N	Paris	2023-11-11
VL-S-62775	Stad 7v	WVLB2609898	\N	Den Haag	2023-12-24
VL-S-63171	Stad 7v	WVLG4129011	\N	Köln	2022-12-14
VL-S-65181	Stad 7v	WVLA1307611	\N	Rotterdam	2022-05-17
VL-S-68549	Stad 3v	WVLH4746814	\N	Paris	2022-03-22
VL-S-68987	Stad 3v	WVLE8057255	\N	Berlin	2023-11-27
VL-S-70351	Stad 3v	WVLG1771194	\N	Lyon	2023-03-23
VL-S-70593	Stad 3v	WVLC3031293	\N	Lille	2020-09-02
VL-S-72045	Stad 7v	WVLG8135559	\N	Den Haag	2021-01-16
VL-S-73599	Stad 7v	WVLD9464639	\N	Utrecht	2022-10-29
VL-S-73629	Stad 3v	WVLD7589761	\N	Lille	2023-03-01
VL-S-73731	Stad 7v	WVLG9583481	\N	Eindhoven	2022-03-28
VL-S-73822	Stad 3v	WVLE4243140	\N	Leuven	2022-06-20
VL-S-74491	Stad 7v	WVLB5737263	\N	Strasbourg	2020-07-08
VL-S-75289	Stad 7v	WVLD5798615	\N	Rotterdam	2020-03-20
VL-S-76471	Stad 3v	WVLB9200694	\N	Brussel	2021-09-02
VL-S-76964	Stad 3v	WVLG7404244	\N	Berlin	2020-04-26
VL-S-80363	Stad 3v	WVLE8159289	\N	Amsterdam	2020-02-22
VL-S-82388	Stad 7v	WVLD9108412	\N	Düsseldorf	2019-11-02
VL-S-82982	Stad 3v	WVLC6241478	\N	Brussel	2022-09-27
VL-S-83190	Stad 7v	WVLH0101298	\N	Graz	2020-05-26
VL-S-83214	Stad 3v	WVLG2915090	\N	Gent	2020-05-02
VL-S-84412	Stad 7v	WVLH6118553	\N	Antwerpen	2021-12-18
VL-S-84627	Stad 3v	WVLE8554344	\N	Paris	2019-09-01
VL-S-84690	Stad 3v	WVLF4649527	\N	Eindhoven	2020-08-04
VL-S-88170	Stad 3v	WVLE8507343	\N	Eindhoven	2023-09-22
VL-S-90140	Stad 3v	WVLF3731952	\N	Utrecht	2020-09-26
VL-S-93488	Stad 7v	WVLA4572573	\N	Antwerpen	2021-05-11
VL-S-95036	Stad 7v	WVLD7609346	\N	Paris	2020-02-18
VL-S-95914	Stad 7v	WVLA2893309	\N	Graz	2023-05-26
VL-S-97108	Stad 7v	WVLB6143607	\N	Rotterdam	2021-12-16
VL-S-97756	Stad 3v	WVLH0232140	\N	Lille	2019-06-30
VL-S-98871	Stad 7v	WVLD1350946	\N	Graz	2021-01-09
VL-S-99178	Stad 7v	WVLC6962862	\N	Lille	2020-03-28
\.


--
-- Data for Name: klanten; Type: TABLE DATA; Schema: public; Owner: velolink
--

COPY public.klanten (klant_id, klantnummer, voornaam, tussenvoegsel, achternaam, email, gebruikersnaam, telefoon, geboortedatum, straat, huisnummer, postcode, woonplaats, provincie, land, taal, wachtwoord_hash, password_changed_at, account_status, bron, marketing_opt_in, aangemaakt_op, laatst_ingelogd) FROM stdin;
10235	VL-171645	Jürgen	\N	Richter	juergen.richter@outlook.com	richterj	0152-61455606	1966-09-12	Pontstraße	171	52070	Aachen	\N	DE	de	$2b$12$HQ7KtJWeIu0xjBqqj5b/yY/P5qCXx9HYjgoVUofjbc3pDtizyokeZ	\N	verwijderverzoek	web	f	2020-01-16 11:35:20+00	2023-01-13 01:15:42+00
10245	VL-171715	Leon	\N	Wolf	l.wolf@web.de	\N	0172-27660749	\N	\N	\N	\N	\N	\N	\N	de	$2b$12$PH3Q4p6GS3gxOLehOfOKQAC1EwEPvs5d.rN/bZKURVTqdVDglBMEK	2020-07-31 06:43:23+00	inactief	balie	f	2019-08-14 11:32:20+00	2020-10-19 06:27:12+00
10267	VL-171869	Priya	\N	Willems	willems.priya@gmail.com	priyaw52	06 1372 4954	\N	Langestraat	142	3824 ME	Amersfoort	\N	NL	nl	$argon2id$v=19$m=65536,t=3,p=4$Bs5V+zQ59SV+bmRF7pIVDu$3f7C+P+m1JR8Z+kyf2VMs7E9nGxRU38dNPHfBC2Y7ZH	\N	actief	app	t	2023-04-28 08:51:22+00	2023-09-02 05:20:25+00
10292	VL-172044	Sander	\N	Jacobs	sander_jacobs@gmail.com	sjacobs1	\N	1988-02-21	\N	\N	\N	\N	\N	\N	nl	$argon2id$v=19$m=65536,t=3,p=4$WIP2zuZ5WLJFcdYMomySMf$37AMQUhTwi2OdajjZbOQUnpAe5feZ5VcWOaLOkq0qcW	\N	actief	web	t	2023-03-25 15:17:37+00	2024-03-30 03:42:18+00
10325	VL-172275	Kobe	\N	Jacobs	jacobs.kobe@gmail.com	\N	\N	1973-06-27	\N	\N	\N	\N	\N	\N	fr	$argon2id$v=19$m=65536,t=3,p=4$OMIrxAcdzBcO20UU0LRykT$6ffiuSLCFONbnZ/Anul5Pcs3P1Nx9evLUIIqXpB+uAJ	\N	inactief	app	f	2023-10-19 13:14:59+00	2024-01-24 11:20:18+00
10327	VL-172289	Lukas	\N	Wagner	lukaswagner73@posteo.de	lukasw42	0172/72624064	\N	Wolbecker Straße	168	48149	Münster	\N	DE	de	$argon2id$v=19$m=65536,t=3,p=4$I6KUOeXAWUX8Z1Ikns1UgN$dHUu2KnNe9wJJUcFEUiVjFRXUYYaE/07h+l/VsccxWo	\N	actief	balie	f	2023-07-19 00:17:47+00	2024-01-15 19:10:25+00
10350	VL-172450	Jake	\N	O'Neill	j.oneill@gmail.com	jake.oneill	503-517-0080	1954-09-05	\N	\N	\N	Portland	OR	US	en	$argon2id$v=19$m=65536,t=3,p=4$myl6it6dOxrl5/BXomd3WW$ho+B5uYwOzYzL0txeA9vEBR20b3vhmW71Tis+DR4tWv	\N	actief	web	f	2023-07-18 17:44:50+00	2024-04-10 01:09:01+00
10371	VL-172597	Jennifer	\N	Johnson	jennifer.johnson78@protonmail.com	\N	+1 (512) 753-1892	1998-09-22	3328 S Congress Ave	\N	78704	Austin	TX	US	en	$2b$12$zzbE9o.SECGTsoIHPYzEKI48AJ4joXxZf1DJHw0.QPV42h8ecBcfv	\N	actief	balie	f	2021-02-24 10:17:23+00	2021-03-20 00:39:06+00
10373	VL-172611	Sabine	\N	Köhler	koehler.sabine@protonmail.com	koehlers	0170/75945779	\N	Wörthstraße	14a	80335	München	\N	DE	de	$argon2id$v=19$m=65536,t=3,p=4$4sqgllEgLGSRz/cDOmlacy$EKW1Dsk6geN6sFx2p36uniiAVz1rYSgrxAg0Aa+SmqX	\N	inactief	balie	t	2023-10-23 00:20:54+00	2024-01-03 13:50:18+00
10377	VL-172639	Hamza	\N	Hoekstra	h.hoekstra@outlook.com	\N	+31 6 16491624	2000-01-26	\N	\N	\N	\N	\N	\N	nl	$argon2id$v=19$m=65536,t=3,p=4$cTG2Vq5qosiRkzx7IWwIXO$Z5Di7It+F7GEEy5idI3BzvWKWnMYRMp228BGSbSsnH4	\N	actief	web	t	2024-01-15 10:37:03+00	2024-02-20 16:20:57+00
10405	VL-172835	Giulia	\N	Romano	g.romano@outlook.com	romanog	+39 333 2779262	1962-10-24	Via Po	10	10123	Torino	\N	IT	en	$2b$12$Vil2CJMG8A6PWG/NKkw1UcCCpl3qA7ioux15m5/uJ6K1aKkSLd3Hb	\N	actief	web	t	2021-07-28 20:27:26+00	\N
10430	VL-173010	Daan	van den	Berg	vandenberg.daan@hotmail.com	daan_99	+31659854877	1969-01-02	Morsweg	163-bis	2332 JH	Leiden	\N	NL	nl	$argon2id$v=19$m=65536,t=3,p=4$+Q3LSaquNNzt4rgVS2EJpj$yCE6qQ9nMLknYipB8liioUq7T11RCKk/HIkX8hjW7Ir	2024-05-05 09:31:28+00	actief	web	t	2024-02-29 16:52:28+00	2024-03-10 18:09:45+00
10433	VL-173031	Maxime	\N	Claes	maximeclaes96@gmail.com	mclaes2	\N	\N	Turnhoutsebaan	139/3	2140	Antwerpen	\N	BE	fr	$2b$12$Dqy6QoW2B7bu4R1XzTQZXbKejuexPfpTHHvMtK0smpj2r.mMumUoQ	\N	geblokkeerd	web	f	2019-09-30 09:38:52+00	2023-07-25 02:17:59+00
10437	VL-173059	Griet	\N	Van Damme	vandamme.griet@gmail.com	griet.vandamme	\N	\N	Adegemstraat	131	2800	Mechelen	\N	BE	nl	$2b$12$/f0CVai2B5lDnlqsx9SQxN5Bmt5AGS1lN4/46qTWvI68ppOXeV/AO	\N	actief	web	t	2021-07-03 14:57:05+00	2021-07-13 13:39:51+00
10442	VL-173094	Sara	\N	Ricci	sara18@virgilio.it	riccis	320 3133301	1981-05-15	\N	\N	\N	\N	\N	\N	en	$argon2id$v=19$m=65536,t=3,p=4$8hAPLLyx1DcGXNUCH+0QoH$ZWsEixIeTAeK2+uFGZgyx/kolOTEkhiR39pHReDi98m	2023-12-30 11:39:13+00	actief	balie	f	2023-07-28 21:59:14+00	2024-04-11 23:37:08+00
10452	VL-173164	Daan	\N	Vos	vos.daan@protonmail.com	\N	+31 6 3861 1264	1954-12-17	Prinsegracht	79 hs	2588 VA	Den Haag	\N	NL	nl	$2b$12$67npRI9oBted6IkK00KVaNufGdGZS6COLeCqGarYbja2Pxgu1EDPB	\N	actief	app	t	2022-05-15 09:36:53+00	2024-03-21 22:58:00+00
10477	VL-173339	Clara	\N	Moreau	claramoreau78@live.com	clara_95	0779003637	1987-01-10	Grand'Rue	56	67200	Strasbourg	\N	FR	fr	$2b$12$Jkxu0SmO80uqgylRofhsJfabThOGaHlBTZiZihz7fqTm9MqLOASTg	\N	actief	web	t	2021-05-19 08:46:13+00	2021-08-12 04:21:27+00
10505	VL-173535	Anna	\N	Smits	anna84@gmail.com	asmits2	+31620682141	1956-02-14	Hoogstraat	124	5649 KE	Eindhoven	\N	NL	nl	$2b$12$MkGLiwwnnZgeSzV2tIBGjC/VVVCAe.DYpr2AyBh7DOuW.AMeyWpVi	\N	actief	web	t	2023-01-02 23:18:56+00	2024-04-09 12:58:05+00
10532	VL-173724	Björn	\N	Klein	klein.bjoern@gmail.com	bjoernklein	\N	1994-05-17	\N	\N	\N	\N	\N	\N	de	$2b$12$M7a3.Q6LZ0.yi4OBt7J.UsMgZqmHyViqhrjq2FEs6EeHkko0sSj5y	\N	geblokkeerd	web	f	2022-02-25 11:07:48+00	2023-10-30 08:59:23+00
10547	VL-173829	Michał	\N	Zieliński	m.zielinski@gmx.net	\N	\N	1978-07-29	\N	\N	\N	\N	\N	\N	en	$2b$12$/RlzlfBENePlnveOgtGYrUn8JY3eiWknkdUYph0VIHx0a/1IWWSD5	2023-12-16 17:31:51+00	actief	app	t	2022-04-22 18:11:13+00	2024-02-24 03:29:53+00
10548	VL-173836	Olivia	\N	Gagnon	olivia.gagnon88@live.com	\N	+1-604-480-2429	1969-12-21	\N	\N	\N	\N	\N	\N	en	$2b$12$9iObv1QHBJsJtR7tMo40cXh4xm8F7.5M7mxD2RXdGZ7tovAfxRyYx	2024-01-14 16:10:25+00	actief	web	f	2022-08-29 21:19:58+00	2023-08-06 01:09:34+00
10565	VL-173955	Olivia	\N	Leblanc	olivialeblanc87@icloud.com	\N	416.716.4752	2003-09-24	233 Queen St W	\N	M6J 1G1	Toronto	ON	CA	en	$2b$12$oMORSprKVpXRDgPd9MHFxEPS8QtaUUQwLef9Cs.rl49PmcvhHbMpt	\N	actief	balie	t	2022-07-31 18:04:22+00	2024-04-01 01:43:36+00
10577	VL-174039	Seppe	\N	Maes	maes.seppe@proximus.be	smaes2	0495 30 43 97	1983-11-28	Vlaamsesteenweg	85/3	1050	Brussel	\N	BE	fr	$2b$12$9IBMbDQmJC9v5V0b.9c6vVVG2yRHap7wO6Zn0QwX5cbB8F4DtQi3q	\N	actief	web	f	2020-04-21 14:46:28+00	2024-01-01 00:28:48+00
10599	VL-174193	Louise	\N	Lefèvre	louiselefevre87@hotmail.fr	louisel21	+33753061645	1979-12-28	Cours Victor Hugo	137	33800	Bordeaux	\N	FR	fr	$2b$12$dwQY9mfo60kQ0p5BDRdnNxVTndzDX1w2entqmit8IVfAGZHUaupTG	\N	inactief	web	f	2021-05-01 15:51:20+00	2024-03-25 09:11:15+00
10622	VL-174354	Gabriel	\N	Durand	g.durand@live.com	gdurand8	+33728275659	1994-01-06	Rue de Gand	96	59000	Lille	\N	FR	fr	$2b$12$KOYPVHtnjjOjH5cjWj0bNd2p/J/Aqz8leX6hRsk6D9rFRnfQAFqC2	2022-10-17 08:30:39+00	actief	app	f	2022-02-16 21:39:57+00	2023-11-11 20:15:26+00
10643	VL-174501	Sabine	\N	Neumann	sabine_neumann@web.de	sabine_86	0160 5919025	1975-07-21	Aachener Straße	122	50672	Köln	\N	DE	de	$2b$12$0KEjLCdsmrTmtNE6C5qQd95Fff22avmxE9bvtOow5Qxtr0esVPZR.	2024-05-08 09:56:20+00	actief	app	t	2022-10-12 15:00:44+00	2023-11-28 12:43:21+00
10668	VL-174676	Dominik	\N	Koch	koch.dominik@hotmail.com	kochd	+49 (0)178 39234865	1991-08-12	Berger Straße	177	60487	Frankfurt am Main	\N	DE	de	$2b$12$9qBp9dYq3ryw9nFLmZjKAmPL2uMeBcu1p5JPojS85qL65.tGLOHXu	2023-06-29 07:31:56+00	actief	app	f	2023-01-17 22:27:26+00	2023-10-20 21:30:19+00
10702	VL-174914	Thijs	\N	Jansen	thijs7@gmail.com	\N	06 53481490	1963-11-29	\N	\N	\N	\N	\N	\N	nl	$argon2id$v=19$m=65536,t=3,p=4$VHqd3FpvBNjqdZJPTmbGSD$Ph23dNPl7MMWpmsIWj6oXGDtGw/06cHpOopFESN9Ik+	\N	actief	balie	f	2024-01-06 23:19:19+00	2024-04-07 03:30:20+00
10732	VL-175124	Louise	\N	Vincent	louise9@hotmail.fr	lvincent9	\N	1954-12-03	Rue Solférino	40	59000	Lille	\N	FR	fr	$argon2id$v=19$m=65536,t=3,p=4$ICRwZoXbzJDRACd2s8F6Gy$cf91LGKrdDe6Dn6TGmWqS7IvI3lAyKYd19LpOfYIUMZ	\N	actief	app	t	2023-06-26 19:34:58+00	2024-04-26 22:02:56+00
10748	VL-175236	Seppe	\N	Lambert	seppelambert63@gmail.com	lamberts	0499 09 56 83	1961-05-17	\N	\N	\N	\N	\N	\N	fr	$2b$12$NZJ6TYPDlnCZ64skqb3JmaF1ym7eEPnwcbNnpv3U14QsqUjpugsfW	2021-10-13 19:24:34+00	actief	balie	f	2021-04-18 09:24:45+00	2024-03-11 06:46:26+00
10760	VL-175320	Elsa	\N	Olsson	elsa99@hotmail.se	elsaolsson	070-012 23 44	2003-06-23	\N	\N	\N	\N	\N	\N	en	$2b$12$lPGtUtqvd7CaBiBUUenfOaW5Nd1x0EFm9St1OvDtFmcvuMkEYGjrQ	\N	actief	web	f	2022-06-24 08:32:37+00	2023-03-19 14:32:07+00
10776	VL-175432	Sander	\N	Koster	sanderkoster80@gmx.net	skoster6	0651413451	2000-01-14	Laan van Meerdervoort	26	2545 CJ	Den Haag	\N	NL	nl	$2b$12$jvaTP3rZ15TwQGwIalmiZsNwe6ziY0lIlk9cs11AflGTgRJcWykrl	2023-04-19 08:55:55+00	actief	web	f	2023-02-12 19:25:22+00	2023-07-05 23:23:12+00
10787	VL-175509	Mohamed	\N	Vos	mohamed97@gmail.com	\N	+31 6 15885050	\N	Haarlemmerstraat	121-bis	2315 AL	Leiden	\N	NL	nl	$2b$12$8EJCFpALwlL0u1t3KkD3GiGDgXuSdtc4i32drib/h2NQDA8M8stfX	\N	actief	app	t	2023-01-18 11:55:13+00	2024-05-01 02:43:34+00
10815	VL-175705	Sarah	\N	Klein	sarah_klein@gmail.com	\N	0173-14790954	1965-05-04	\N	\N	\N	Köln	\N	\N	de	$argon2id$v=19$m=65536,t=3,p=4$6J9O9BOHKjH2QJ5vp55opc$LjPhuTwd8Z1YG6moadlYKJ157Gwif2MfHstA++sGy9y	2024-04-30 15:34:36+00	actief	balie	t	2024-02-19 11:15:31+00	2024-03-13 01:27:37+00
10818	VL-175726	Gijs	\N	Prins	gijs.prins@icloud.com	\N	+31 6 51544184	1986-08-29	\N	\N	\N	\N	\N	\N	nl	$argon2id$v=19$m=65536,t=3,p=4$EaHrQrrCeAWRH3KQ/+g+4f$vUQbYD+3Vs3BT2SBIbMnvRO6g0e/F/U1ljwtLhBKn/i	\N	actief	web	f	2023-08-27 03:10:44+00	\N
10851	VL-175957	Jasper	\N	Kok	kok.jasper@yahoo.com	\N	\N	1968-09-08	\N	\N	\N	\N	\N	\N	nl	$2b$12$3OdB6pxYIoqL0ZMYKM8bTQ30X3FdAUW.2LPFCqu8HD87zLpBRjtYv	\N	actief	balie	t	2020-06-07 03:09:05+00	2021-04-01 09:12:49+00
10852	VL-175964	Chris	\N	Miller	chris.miller92@gmail.com	cmiller3	347.575.4758	1973-03-07	\N	\N	\N	Brooklyn	New York	US	en	$2b$12$TmP1D6DXScHLVpgx9LWyWYSC/g/tASyMPgaJHiIJ0a2JeNnxsdiyi	\N	inactief	web	f	2021-05-01 08:36:19+00	2021-05-30 09:37:38+00
10858	VL-176006	Jürgen	\N	Schäfer	j.schaefer@gmail.com	juergen.schaefer	\N	1952-02-22	Leopoldstraße	99	80335	München	\N	DE	de	$2b$12$t.Co5G3I3EPmmERyylZ9y98I2oWfW01a2cB6s6QpniQxafltfZciX	\N	actief	app	f	2022-06-30 02:47:41+00	2022-08-10 06:39:46+00
10866	VL-176062	Lukas	\N	Schmid	schmid.lukas@gmail.com	\N	+43 699 5774922	\N	\N	\N	\N	\N	\N	\N	de	$argon2id$v=19$m=65536,t=3,p=4$KaTIbVPxKR34W+Q+4YGNv9$CpRo+KZlcPhi0WxYRcpEwbVEZvlBlluqDmr44QB3Dn9	\N	inactief	web	f	2023-08-09 17:57:48+00	2024-02-20 16:58:25+00
10899	VL-176293	Louise	\N	Janssens	louise_janssens@skynet.be	louise.janssens	0472030853	2002-09-12	Smedenstraat	49 bus 11	8000	Brugge	\N	BE	nl	$2b$12$/i5ifGmKDCScXJ5MwURTBy3PVFX2/D3O7BEyA/.OwdlAutp6TRD7W	2023-07-31 18:10:21+00	actief	web	f	2021-11-23 14:53:12+00	2023-07-15 00:23:19+00
10912	VL-176384	Hanne	\N	Michiels	hanne.michiels74@proximus.be	hmichiels2	\N	1997-12-06	Rue de Gand	67	59000	Lille	\N	FR	fr	$2b$12$E5KNfb9FMuF/fXrZOcs2UpdQB1IFDuspmq90OqRpoctpBtdZ.wBmU	\N	actief	balie	f	2020-07-26 21:21:52+00	2021-09-14 10:27:02+00
10924	VL-176468	Hanne	\N	Wouters	hannewouters70@gmail.com	hwouters5	0493943107	2004-01-21	\N	\N	\N	Hasselt	\N	\N	nl	$2b$12$CbLzaBji/rFwKyhD77HUxotrGjjej7.omIg6YNmUn28aQkh7kKCZN	\N	actief	balie	t	2019-07-19 09:33:07+00	2022-12-15 08:13:10+00
10927	VL-176489	Bart	\N	Leclercq	bart.leclercq73@gmail.com	\N	0498410997	2003-03-31	Rue Puits-en-Sock	15	4020	Liège	\N	BE	nl	$argon2id$v=19$m=65536,t=3,p=4$XMX6IwLmT0p+0M+hFGQRdj$3dkjzx3H43qdgYSHFkbBxTegttEdfs3dtCVIMvHpk2n	\N	actief	app	f	2023-05-04 04:40:26+00	2023-07-14 15:05:41+00
10949	VL-176643	Pieter	\N	Van Damme	pieter_vandamme@gmail.com	vandammep	0476/87.27.98	1997-01-17	Bruul	124 bus 2	2800	Mechelen	\N	BE	fr	$argon2id$v=19$m=65536,t=3,p=4$XB5t6twTIIGGpoZ/juNZVF$8R+RSm+hHf6pufTCYf4ITUIvqmOBwgqH/vN9GJv7u5w	\N	actief	app	f	2024-04-17 21:16:05+00	2024-04-23 01:35:31+00
10961	VL-176727	Tom	\N	Dupont	tom_dupont@outlook.com	tdupont1	0493/93.69.61	1969-02-18	\N	\N	\N	Antwerpen	\N	\N	fr	$2b$12$wpSIIy862h2wI.plXwEVptlY6agNC4dljO8N/PUpPaTkHg40e.Ksv	2024-02-16 14:38:20+00	inactief	web	f	2022-01-16 18:50:20+00	2023-06-17 02:12:20+00
10969	VL-176783	Louis	\N	Simon	louis.simon70@orange.fr	\N	07.17.50.70.94	1955-11-06	\N	\N	\N	\N	\N	\N	fr	$2b$12$2CY4L/xhfr/z9SAjp6x.Oiw3f0RBfyCXdoFsxwasikDy0D8lzaQny	\N	actief	web	f	2022-12-14 15:13:13+00	2024-02-02 09:02:55+00
10996	VL-176972	Tim	van den	Berg	t.vandenberg@gmail.com	tim_84	\N	\N	\N	\N	\N	Leiden	\N	\N	nl	$argon2id$v=19$m=65536,t=3,p=4$qZTU9/z3FY5Qe9BeLG/gSM$aZieW5bH38DdwzV9C145uvl7b3qVEhCCY+7DFU65I0/	\N	actief	web	f	2024-02-25 01:21:20+00	2024-05-14 17:46:00+00
11018	VL-177126	Linnea	\N	Karlsson	linnea.karlsson@hotmail.se	\N	072-130 52 27	2004-06-27	Odengatan	63, 1 tr	114 55	Stockholm	\N	SE	en	$2b$12$Xx3qneM85zEjsDNci5Yx.EXMQ576otz6vKz3m5Ml0AmsHvFfgB1xg	2022-10-11 00:04:53+00	actief	web	f	2019-08-05 23:16:01+00	2022-11-03 19:55:08+00
11053	VL-177371	Franziska	\N	Becker	f.becker@hotmail.com	beckerf	+49 170 70285956	1992-06-16	Schallmooser Hauptstraße	160	5020	Salzburg	\N	AT	de	$argon2id$v=19$m=65536,t=3,p=4$pHJ6G0u0hZKtnX4fpgsy2N$IQoab2lisQGEQTcCiSZaqX6Hdv5vpLO6sZ51zEPJDnH	2023-11-01 20:05:18+00	actief	balie	t	2023-09-08 01:26:49+00	2024-05-08 08:40:43+00
11056	VL-177392	Elisabeth	\N	Schmid	elisabeth84@hotmail.com	elisabethschmid	+43 676 347 33 73	1989-07-01	Sendlinger Straße	160	80335	München	\N	DE	de	$2b$12$aH/GnLC8yHNOJhZa4cCpqkn5ojW4F/a2hSMgDmdJqi1e9UE9em9Pn	\N	inactief	app	f	2022-07-13 21:06:05+00	2024-01-30 13:33:28+00
11070	VL-177490	Jana	\N	Krause	jana.krause@gmail.com	janak96	0176 19293424	1953-11-19	Boxhagener Straße	48	10119	Berlin	\N	DE	de	$argon2id$v=19$m=65536,t=3,p=4$YhtynMfT3g1IwXOKxukJD1$qk+HUvvhye4dH3lKSQxkamb5j7LXWqfCatTlxzdQj3Z	2024-02-02 15:58:57+00	actief	web	t	2023-11-24 04:49:19+00	2024-03-28 08:10:33+00
11095	VL-177665	Julien	\N	Robert	julienrobert18@gmail.com	\N	+33 6 75 29 30 75	\N	\N	\N	\N	\N	\N	\N	fr	$2b$12$d6YRZcvGAXqHaIBOmLD/hzJ91FKTM5WcaYU/nJAsZmF7/uBFFxw9b	2020-01-21 07:56:34+00	actief	balie	f	2019-06-24 09:19:08+00	2021-09-15 05:32:22+00
11115	VL-177805	Maarten	\N	Vos	maarten_vos@protonmail.com	\N	06 5651 2445	1961-08-28	\N	\N	\N	\N	\N	\N	nl	$2b$12$ORl9fJVt6F1YJ8HnuTe2cwq4iHucTUBHePHFJ.o/fHjsT6pKDUpCl	2021-05-12 21:39:41+00	actief	web	f	2020-09-03 17:45:50+00	2022-05-18 22:17:39+00
11116	VL-177812	Marie	\N	Bauer	m.bauer@gmail.com	marieb81	\N	1980-09-07	Jakobstraße	1	52064	Aachen	\N	DE	de	$argon2id$v=19$m=65536,t=3,p=4$FfKdqX1+VC4ej0ICAsECFf$j/nAInCQqc3xp1JQF3HHn3cIUm4LvPKkYRC9j1Q4LjE	\N	actief	app	f	2023-03-25 12:07:50+00	2024-03-23 04:36:23+00
11144	VL-178008	Bram	de	Graaf	degraaf.bram@gmail.com	bramg31	0630328893	1959-06-08	\N	\N	\N	\N	\N	\N	nl	$2b$12$jE0lXikQ/d8XXKW2qlNJGcE7JaBCXd.lKjdE2NSfOcY6P4SZdZsc.	2023-11-15 21:55:04+00	actief	balie	t	2020-12-24 18:17:52+00	2022-03-31 22:57:56+00
11181	VL-178267	Ryan	\N	O'Neill	ryan.oneill84@live.com	oneillr	\N	1953-07-23	\N	\N	02139	Cambridge	\N	US	en	$2b$12$voKuYUNK5CavTFfYfTLBx39sP2ZGKmg8ACfzE7X1k4zOm1tVJzW.G	2023-11-22 20:36:12+00	actief	web	f	2023-02-01 13:03:33+00	2023-04-25 03:39:23+00
11215	VL-178505	Pieter	\N	Coppens	p.coppens@outlook.com	pcoppens4	+32497260314	2003-12-15	\N	\N	\N	\N	\N	\N	fr	$2b$12$cFiftulFiOiL/Arti7Al7nR.p36uAhxgEPT4Ydxc1oLC3c4WIsFd1	\N	actief	web	f	2022-05-05 00:07:57+00	2022-09-22 05:18:01+00
11232	VL-178624	Johanna	\N	Bauer	johanna.bauer20@posteo.de	johannab77	\N	1955-10-25	Vleutenseweg	90-bis	3519 PM	Utrecht	\N	NL	nl	$2b$12$ize5mwZfxH3xN48JFUOw6X0v9SBpmXfV9rHu8nUA.QhCVCzAdDiiQ	2023-06-14 18:32:30+00	actief	app	t	2022-09-28 10:39:15+00	2023-04-23 18:52:58+00
11235	VL-178645	Magdalena	\N	Egger	magdalena92@live.com	eggerm	0676/9460257	1996-06-14	Hauptstraße	168	4040	Linz	\N	AT	de	$argon2id$v=19$m=65536,t=3,p=4$3duWq2PlBZBdlCrbV7G1XI$BgRrNpyTSxhLYytyj1ZTrdw/48OtwDXn5AcLhc54cuu	\N	actief	web	f	2024-02-12 20:23:35+00	2024-04-08 19:51:03+00
11262	VL-178834	Anna	\N	Bouzid	anna_bouzid@xs4all.nl	anna.bouzid	06-54198374	1956-05-01	Oosterstraat	94 hs	9738 ZN	Groningen	\N	NL	nl	$2b$12$FjVnlfVX3Ix3vWhVFQpQPwFwO7g6aKv3YQkqq06Js7xHfr8xwVlCz	2023-01-21 04:29:53+00	actief	web	t	2022-07-23 23:41:49+00	2024-03-06 02:59:20+00
11283	VL-178981	Hamza	de	Graaf	degraaf.hamza@icloud.com	graafh	0643437343	\N	Kruisstraat	78	5615 RL	Eindhoven	\N	NL	nl	$2b$12$azSaMF9Hl6qYJgvhV2skJ/4Xsttnakys5/gfmNfaOJVTzUg9UOyS8	2022-08-20 20:31:16+00	actief	app	f	2022-01-19 07:40:37+00	2024-02-16 23:20:18+00
11313	VL-179191	Isla	\N	Walker	walker.isla@hotmail.co.uk	isla_88	07599 231095	1961-05-09	\N	\N	\N	\N	\N	\N	en	$2b$12$iC7IuyWvgPCcbD7/io1qRt.hGbD9AQHPTdNqAkjhtLDsQ0BML.ypq	2024-01-10 07:03:28+00	actief	web	f	2022-12-23 00:21:35+00	2023-12-15 07:58:48+00
11350	VL-179450	Pieter	de	Boer	p.deboer@hetnet.nl	\N	\N	\N	\N	\N	\N	\N	\N	\N	nl	$2b$12$85VVifEeRgYftWEur1UorJFLI4PqdTy0nhRibP63hjWFqykeV/KVL	2021-03-18 20:07:40+00	actief	balie	t	2020-03-14 01:40:40+00	2021-10-04 10:24:16+00
11379	VL-179653	Pauline	\N	Dubois	p.dubois@gmail.com	paulinedubois	\N	1978-11-04	\N	\N	\N	\N	\N	\N	fr	$2b$12$n8hhhxjIVyo2OLHe0ZsH/HN.p6vfTK3byM.DeVKThI/mYc6LLi7Tl	\N	actief	app	f	2022-11-05 20:21:51+00	2023-08-01 03:09:59+00
11388	VL-179716	Isla	\N	Green	isla97@gmail.com	igreen3	\N	\N	\N	\N	\N	\N	\N	\N	en	$2b$12$4fLGRiX/org0t.awLyTfQ4TwaF7Ucx5GdCKSlz9YsIBb7C7v6bBWb	\N	actief	app	f	2023-01-09 23:11:35+00	2024-03-20 03:35:30+00
11407	VL-179849	Lisa	ter	Horst	l.terhorst@icloud.com	\N	+31 6 23639174	1979-07-16	Beijerlandselaan	108 A	3068 GJ	Rotterdam	\N	NL	nl	$2b$12$UMpbeQTAF3LB7eFMfRWxindWTvy8Qga5GH2FNskw2VyEtdkHPlnHn	\N	actief	app	f	2022-11-23 05:27:04+00	2023-12-23 14:04:22+00
11417	VL-179919	Cian	\N	O'Brien	obrien.cian@iol.ie	obrienc	086 831 8689	2005-11-23	Rathmines Road Lower	86	D06 K8W3	Dublin	\N	IE	en	$2b$12$Q37p9R5RTIoUWcYpJvJ4cz5bTvdr6HNqPx/C2Ni6kjPP9bFX0Ki8C	\N	actief	web	t	2020-07-15 04:14:21+00	2024-04-21 15:50:52+00
11450	VL-180150	Marie	\N	De Smet	marie.desmet@gmail.com	\N	\N	1956-11-30	\N	\N	\N	Gent	\N	\N	fr	$2b$12$X2C/57XGz8V/hDrDrRKF8GFImgwTNEzN6bX73DaP1mcPvgaCA26Dk	2021-12-12 09:29:25+00	actief	web	f	2021-06-19 11:40:59+00	2022-05-24 16:58:22+00
11464	VL-180248	Wouter	van	Leeuwen	wouter_vanleeuwen@hotmail.com	wouter_92	+31 6 36758017	1989-12-07	\N	\N	\N	\N	\N	\N	nl	$argon2id$v=19$m=65536,t=3,p=4$bZTY335zbHfjFh8SnzCrO8$/vN+X/CsJxfLM6KW9QcZbj5jaTGC7MOPsOnUa3ji2in	\N	actief	web	t	2023-12-15 06:18:29+00	2024-04-02 18:24:19+00
11486	VL-180402	Javier	\N	Martínez Sánchez	martinezsanchez.javier@hotmail.com	javier.martinezsanchez	+34 639 96 28 80	\N	\N	\N	\N	\N	\N	\N	en	$2b$12$5RpGLjF3CO5QbKOm.Bt51kMkJOszP68uiuSIv9LbpTFbgAQUAGFbi	\N	actief	web	t	2020-05-18 11:31:01+00	2024-01-17 23:32:20+00
11509	VL-180563	Maarten	\N	Verhoeven	maarten85@gmail.com	maartenverhoeven	06 38701785	1953-12-08	Czaar Peterstraat	130	1069 BA	Amsterdam	\N	NL	nl	$2b$12$93AE7hgwk.eHoB8HARjQmIHHTdknbVXsdamywsy04VshGkeD7MIMd	\N	actief	web	f	2020-05-01 00:01:57+00	2023-03-12 03:15:36+00
11529	VL-180703	Krzysztof	\N	Kamiński	krzysztofkaminski99@o2.pl	krzysztof_94	537 218 436	1967-09-11	ul. Targowa	6 m. 52	03-736	Warszawa	\N	PL	en	$2b$12$IrgqcGDzDj7Y3oorHXPTTcK7oGALaY5Ma0YVbFqpMHfsWj5Ml6fgO	2022-11-22 22:59:41+00	actief	web	t	2021-07-27 10:08:21+00	2022-03-20 21:00:35+00
11565	VL-180955	Niels	\N	Bakker	niels.bakker@outlook.com	niels_81	\N	1991-09-05	\N	\N	\N	\N	\N	\N	nl	$argon2id$v=19$m=65536,t=3,p=4$m+lwghtdQE/gt88fGJVmK+$T/rNuplFGEyoL6Js11hxu8bLWbluoHRC+isePRXINFR	\N	actief	app	f	2024-03-14 11:00:37+00	2024-05-18 12:50:08+00
11591	VL-181137	Koen	\N	Bakker	koen.bakker37@gmail.com	koenbakker	+31657351669	1955-08-27	Kammenstraat	40 bus 11	2000	Antwerpen	\N	BE	nl	$2b$12$Rus.ZjAewu9dNj7IohcBJLZrpAqJi3RDzto7Qh4rbuPsIBTvHfcMW	2023-11-07 03:45:11+00	actief	web	t	2022-04-09 00:04:51+00	2022-09-03 16:55:06+00
11620	VL-181340	Zofia	\N	Wiśniewska	wisniewska.zofia@interia.pl	zofia.wisniewska	660 726 815	1975-01-30	\N	\N	\N	\N	\N	\N	en	$argon2id$v=19$m=65536,t=3,p=4$nAq0y77cVkNSB2d0GeWOmU$OmE9yqhqY7/zomp6HKWEDHfdYclmmPbZjFOuNxejhyR	\N	actief	web	t	2023-09-01 23:27:37+00	\N
11646	VL-181522	Ashley	\N	Nguyen	ashley_nguyen@gmail.com	\N	\N	1965-04-30	1993 18th St NW	\N	20009	Washington	D.C.	US	en	$2b$12$PLkZoO7HLm8RUeCGN4MfiWI7wDBBllBIXSnBcdn/M8eMGUUlm/fI5	\N	actief	balie	f	2019-08-24 03:09:25+00	2022-04-01 10:10:01+00
11675	VL-181725	Chloé	\N	Bouchard	c.bouchard@gmail.com	bouchardc	438-468-4980	1976-07-11	639 Avenue du Mont-Royal Est	\N	H2T 1S6	Montréal	Québec	CA	en	$argon2id$v=19$m=65536,t=3,p=4$l5atb2D+8worElLp2HXq6I$lH5OB2k/j4y1R5l6OPSotrKQeIiPuQLuVFq3Po6Tx8Z	\N	actief	web	f	2024-04-23 01:56:20+00	2024-05-19 08:48:53+00
11698	VL-181886	Tobias	\N	Mayer	tobias55@chello.at	mayert	0681/9281659	1999-11-19	Landstraße	144	4040	Linz	\N	AT	de	$2b$12$vQQ6SsKSThc9HTNoiVFYg8UAK9RAQhr3sJFWCDli.8xqTRW1DSV8q	\N	verwijderverzoek	web	t	2019-10-15 16:08:52+00	2020-12-05 10:39:26+00
11710	VL-181970	Fatima	\N	Vos	fatima.vos97@gmail.com	fvos9	+31 6 11794162	1997-08-07	Laan van Meerdervoort	27-2	2579 RE	Den Haag	\N	NL	nl	$2b$12$8f2UaLkbk0gI.T7HGYeOSYiaXyxjk4pohqZH.L9m5VA2n9wj1ukkM	2023-12-18 00:31:12+00	inactief	web	t	2022-11-02 03:21:10+00	2023-06-25 21:59:41+00
11736	VL-182152	Tobias	\N	Schmid	t.schmid@protonmail.com	\N	0660 0600575	1997-12-04	Landstraße	119 / Top 7	4040	Linz	\N	AT	de	$2b$12$egXVv9fP7SCxzmwWy5qDwnl3DzpDbsEy/8XBR98GzYJ7svbfd6OUd	\N	actief	web	f	2020-10-01 19:30:49+00	2020-10-19 16:20:10+00
11756	VL-182292	William	\N	Thompson	william71@gmail.com	thompsonw	+44 7916 327724	2005-10-08	Javastraat	127	1048 VE	Amsterdam	\N	NL	nl	$2b$12$600AMu.w0S3Yy1aVtSszqUBdccNlivVpfRse2lqvtUMUe3MmQ.0L0	\N	geblokkeerd	balie	f	2021-11-29 01:44:24+00	\N
11781	VL-182467	Giulia	\N	Esposito	esposito.giulia@alice.it	giulia.esposito	\N	1992-05-28	\N	\N	\N	\N	\N	\N	en	$argon2id$v=19$m=65536,t=3,p=4$/GHaSdUN28W6FooJXmKSv2$IlFxm6ViY8ft9bPjY7khZmptHbsNC+7P/N6wLqWBjul	\N	actief	web	f	2023-08-13 03:02:11+00	2023-12-25 13:16:27+00
11784	VL-182488	Maarten	de	Vries	maarten.devries6@icloud.com	\N	+31 6 3398 9665	1973-08-07	Van Karnebeekstraat	91 A	8035 NA	Zwolle	\N	NL	nl	$argon2id$v=19$m=65536,t=3,p=4$vcagrakxw37Bvwq7C43Vw8$mHwY0ONbmcJilGMGldie6Qpzqa5HF26fcMDdPu2njY+	2024-04-21 01:43:23+00	geblokkeerd	balie	t	2024-04-18 22:44:07+00	\N
11821	VL-182747	Olivia	\N	Roberts	o.roberts@gmail.com	olivia.roberts	07528 844524	1976-03-26	Burton Road	18	M14 5TQ	Manchester	\N	GB	en	$2b$12$yzN0oi/5DGkwyzT1nitQQtX7PxYwcvopmgsVhFgRpLLHXJGy0Ecfv	2023-05-21 16:04:03+00	actief	app	f	2022-05-31 16:32:15+00	2023-07-05 23:49:45+00
11846	VL-182922	Tom	\N	Renard	tomrenard99@outlook.com	\N	0494817145	1973-03-30	\N	\N	\N	Mechelen	\N	\N	fr	$2b$12$xtquIkRYYyWaHTjZWqC75/4vAhiBPFmqYOgn5zZsJbkHJnxMQh9wT	\N	actief	balie	f	2022-03-21 12:33:07+00	2022-07-27 20:34:44+00
11856	VL-182992	Lucas	\N	Bertrand	l.bertrand@yahoo.com	\N	07.13.96.54.90	1992-10-26	Rue Solférino	53	59000	Lille	\N	FR	fr	$argon2id$v=19$m=65536,t=3,p=4$gcf0akD5a2Ah68AR1/gxm8$KhYH0Rtc/PqV9oC99j+iNlnCHHlUUSXojZeAa3dgQ5L	2024-01-27 00:00:54+00	actief	web	f	2023-04-22 06:44:19+00	2023-11-10 23:20:44+00
11874	VL-183118	Isla	\N	Taylor	taylor.isla@gmail.com	islataylor	+44 7895 438063	1988-03-09	Wilmslow Road	154	M14 5TQ	Manchester	\N	GB	en	$argon2id$v=19$m=65536,t=3,p=4$KBuAGTeWCb2k+d5CmIfByx$L9S19a8hS2GGo17qS+0DfzfMa+1GhpLgI/oQWym1fwX	2024-01-23 19:35:52+00	actief	app	t	2023-07-13 03:06:54+00	2023-11-09 16:35:48+00
11893	VL-183251	Moritz	\N	Weber	moritz.weber61@freenet.de	moritzweber	0175/25082809	1976-09-28	Hammer Straße	155	48145	Münster	\N	DE	de	$2b$12$YZzrhm2xfiM5sMTMAr9QbtVut80Lw.k4t8unlIOsvs3VGNCWtI9ji	\N	actief	app	f	2022-02-04 00:31:42+00	\N
11895	VL-183265	James	\N	Wilson	j.wilson@hotmail.com	wilsonj	+44 7524 297736	1990-12-07	Burton Road	179	M14 5TQ	Manchester	\N	GB	en	$argon2id$v=19$m=65536,t=3,p=4$Beculpo/mTYmeigI8RLiWf$JZM+AxxIVi0ADrliJvRVNRUUZvq0Usv+wLjDGtjX46q	\N	actief	app	t	2024-05-15 01:21:43+00	2024-05-15 01:35:41+00
11919	VL-183433	Julia	van	Vliet	j.vanvliet@gmail.com	\N	\N	1994-07-13	\N	\N	9738 TK	Groningen	\N	\N	nl	$argon2id$v=19$m=65536,t=3,p=4$WlPs3qgSpEIXvTocAODT5R$Pm4ybd9Bpd1ilsvF0kGHHbLDjdPsBXAJEv5XUm+zzat	2023-12-22 09:04:22+00	actief	web	f	2023-08-08 01:58:29+00	2023-09-16 01:01:09+00
11924	VL-183468	Małgorzata	\N	Wójcik	malgorzatawojcik19@live.com	wojcikm	+48 604 962 093	1961-03-01	\N	\N	\N	\N	\N	\N	en	$2b$12$frOD3AcQza5gu1e215P3QKQQm2CiacrEIGl5ZhXYdXw1Uf0gt5S2m	\N	actief	balie	f	2021-02-08 03:04:30+00	2021-10-14 13:40:30+00
11937	VL-183559	Koen	van	Vliet	koen_vanvliet@yahoo.com	koen_92	\N	1969-05-05	\N	\N	\N	\N	\N	\N	nl	$2b$12$i9qjX48//xY.NC3Sc6ZQpHkwkv3xhWkZWF.TUAhAOLkfrXxjb9ilm	\N	inactief	balie	f	2021-05-09 11:16:00+00	2023-10-03 09:54:05+00
11945	VL-183615	Siobhán	\N	Murphy	siobhan.murphy@iol.ie	siobhanm37	085 624 3040	1998-11-23	\N	\N	\N	\N	\N	\N	en	$2b$12$Xtfd6x3RSN4EahVQAZKW8uXGR8PaxLZ3lHllFDbzMC5sxzTbkqsOF	\N	actief	web	f	2019-05-18 19:27:13+00	2021-03-24 04:58:54+00
11962	VL-183734	Sophie	van	Dijk	vandijk.sophie@gmail.com	sdijk1	\N	1969-03-27	\N	\N	\N	\N	\N	\N	nl	$2b$12$fCFblyr4Q7OAaUggXnK0vYEahRa.f1lEwmBLXPZF2Uh7hDjDQW7JO	\N	geblokkeerd	balie	f	2021-06-28 17:17:19+00	2022-03-28 13:08:05+00
11968	VL-183776	Daan	\N	Vermeulen	vermeulen.daan@gmail.com	daanv73	\N	1995-02-25	Van Karnebeekstraat	150	8018 TS	Zwolle	\N	NL	nl	$2b$12$FR.fGssrUutI24RAy1c6gIehFcs/nshV6cxxcVOhjN5lImBlN7vDs	2019-08-21 20:38:51+00	actief	web	f	2019-07-15 22:21:24+00	2024-04-24 02:57:54+00
11985	VL-183895	Tim	\N	Bakker	tim.bakker53@gmail.com	\N	06 3081 4911	1982-04-13	\N	\N	\N	\N	\N	\N	nl	$2b$12$WeZ10ueqSXmLbMqENte2vSW6YCNDSrnxlnNxwr.B164wrei0P.Yz2	\N	inactief	web	t	2022-08-16 17:53:23+00	2023-03-13 20:17:20+00
11986	VL-183902	Inès	\N	Bertrand	ines.bertrand72@icloud.com	inesbertrand	\N	2002-12-11	\N	\N	\N	\N	\N	\N	fr	$2b$12$O7I9zhOZEseiNnArzdwGHvig/CUZoNA/y9P7N6mYT7NVhjaNpNXQh	2023-07-10 03:03:07+00	geblokkeerd	web	t	2022-04-15 04:39:25+00	2024-03-07 19:42:26+00
12008	VL-184056	Gabriel	\N	Bertrand	gabriel.bertrand@gmail.com	bertrandg	07.20.95.41.65	1996-11-08	\N	\N	\N	Bordeaux	\N	\N	fr	$argon2id$v=19$m=65536,t=3,p=4$zAemVUFCw3qHKVbnqGfG9r$unsDhItvzOGlCyGANvrSKtued7hEYHfFw47m8JDb2By	2024-05-28 21:31:59+00	actief	web	f	2024-01-09 06:41:02+00	2024-04-06 04:07:21+00
12030	VL-184210	Björn	\N	Köhler	bjoern.koehler96@gmail.com	bjoernk70	+49 (0)175 09548895	1992-02-11	\N	\N	\N	\N	\N	\N	de	$argon2id$v=19$m=65536,t=3,p=4$4G1R2jmhcR4grc6Af0/wIk$v/FdpCqW9661cCqnuoBbqcXJNMSx+Av0grTtfVVQ4Pi	\N	inactief	web	t	2024-04-28 05:06:56+00	\N
12055	VL-184385	David	\N	Bauer	david.bauer@gmx.net	bauerd	\N	1975-06-18	\N	\N	\N	Graz	\N	\N	de	$2b$12$GuZIoqujwrWZDVg7pFrAP8gQrrHrYhJ9tD2eWja0pWyeALwTfKfAb	\N	actief	web	f	2019-06-15 15:10:10+00	2021-03-22 16:46:56+00
12057	VL-184399	Priya	\N	Visser	priya_visser@planet.nl	priya_89	\N	\N	\N	\N	\N	\N	\N	\N	nl	$2b$12$/R8phSZttH2HSYHt6BW.y/ET9j7Co7d1qn8yWwr7cAPU81DOb3G3.	\N	actief	web	t	2022-09-26 23:21:11+00	2022-11-20 19:10:43+00
12086	VL-184602	Sanne	\N	Vermeulen	s.vermeulen@gmail.com	sannevermeulen	06 50342311	2001-06-25	Leusderweg	55	3823 TM	Amersfoort	\N	NL	nl	$argon2id$v=19$m=65536,t=3,p=4$FJPxsviLRpAU2q62pUNcZR$H6eCK66RHh8QIKuOa58W3ZhbdDqnHCmuGg2ZANiv+Jx	2024-01-10 15:48:28+00	actief	web	t	2023-07-08 06:45:22+00	2023-12-29 21:09:01+00
12117	VL-184819	Manon	\N	Roux	manon_roux@wanadoo.fr	manonr5	+33626026838	1997-01-06	Rue du Faubourg National	9	67100	Strasbourg	\N	FR	fr	$2b$12$f0dKq.jNGsUktdVAVqGabC2jc.q2GZuYsP38stHW2jNHz3TqEmljZ	\N	inactief	app	t	2022-03-07 00:23:25+00	2024-01-30 01:30:39+00
12122	VL-184854	Griet	\N	Verstraeten	griet_verstraeten@icloud.com	grietv23	0491/94.43.93	1961-12-09	Boulevard de la Sauvenière	139	4020	Liège	\N	BE	nl	$argon2id$v=19$m=65536,t=3,p=4$W7Nql338LBOj8RKojmOfwi$ELudB+3Qwfr9YGnue+YqOkhqqFunvB9yezb+e/eKWSi	2023-06-12 09:40:26+00	inactief	app	f	2023-04-02 12:43:30+00	2024-03-11 04:18:50+00
12142	VL-184994	Daan	\N	Zwart	daan.zwart95@outlook.com	dzwart4	+31 6 49528863	1987-01-23	Weimarstraat	83	2553 XP	Den Haag	\N	NL	nl	$2b$12$09PisKa24jp/V.uYf9WLTpixF0Ig3fjvzSusRcqqhKz3JL.a1jPSY	2024-03-09 02:06:40+00	actief	balie	t	2021-07-29 17:33:23+00	2023-07-19 18:25:21+00
12146	VL-185022	Sven	\N	Peeters	sven95@icloud.com	svenpeeters	\N	1984-05-05	Langestraat	148	8000	Brugge	\N	BE	nl	$argon2id$v=19$m=65536,t=3,p=4$mD7w11Otg7CgSSf18Lx349$ndw9T4rHbkiTuykvdD8IitkJidZrjlviTE4jUU4W3MU	2023-12-16 14:17:21+00	actief	app	f	2023-08-05 23:05:26+00	2024-01-14 22:10:45+00
12153	VL-185071	Álvaro	\N	Pérez Díaz	alvaroperezdiaz77@gmail.com	alvarop26	\N	1959-10-18	\N	\N	\N	Valencia	\N	\N	en	$2b$12$Is2oMZDXRUmIcQLHUdsR5kUagV9x7ACNufXO5iN1lRdMi/FxzXjYt	\N	actief	web	f	2022-06-06 08:04:07+00	2022-08-05 00:23:25+00
12161	VL-185127	Jens	\N	Claes	j.claes@protonmail.com	jens_87	+32479075111	\N	\N	\N	\N	\N	\N	\N	nl	$2b$12$u1eY/0.IJveI5nvRW7bA1irMoUvsWcCskDsGeaOFh7xxwoeH9WeyT	\N	actief	web	f	2020-10-15 10:22:50+00	2021-08-24 22:46:28+00
12187	VL-185309	Anna	\N	Schröder	annaschroeder72@icloud.com	\N	+49 (0)175 34893707	\N	Venloer Straße	103	50676	Köln	\N	DE	de	$2b$12$gH1GG9IMvAwqXtTrNY.VYxynz5U/SnW7o/4ltI2VzYgY.GEX0CqKR	\N	actief	web	f	2022-07-27 15:56:53+00	2022-11-06 10:44:04+00
12217	VL-185519	Hannah	\N	Hughes	hannah_hughes@gmx.net	\N	+44 7488 444559	\N	\N	\N	\N	\N	\N	\N	en	$argon2id$v=19$m=65536,t=3,p=4$09WrXQHLlIpVJMZkhUWigU$Yym5YrKVUYSu3yA0/BPOifS1nJzhbiq/9C0RYdFetL/	2024-03-19 17:49:24+00	actief	web	t	2024-01-22 17:41:58+00	2024-03-12 05:46:03+00
12251	VL-185757	Camille	\N	Dubois	dubois.camille@free.fr	camille.dubois	06 07 77 39 72	1987-08-25	Route du Polygone	33	67000	Strasbourg	\N	FR	fr	$2b$12$DDZjMhRsNKnnLMSnzvGWtcoi12Kq47U4qENMU1xBjj3sf5Z5XxNke	\N	actief	web	f	2021-07-30 03:27:29+00	2023-03-10 00:48:46+00
12269	VL-185883	Emily	\N	Young	emily71@gmail.com	emilyy5	\N	1983-07-09	\N	\N	\N	\N	\N	\N	en	$argon2id$v=19$m=65536,t=3,p=4$9f7wLnrzEpF4lAJnlNyUm0$a86IGVVSQwRYTPhaXoFff/r1Kzc6rpM0jWeI1OOxfJB	2023-12-08 03:04:15+00	actief	app	t	2023-12-01 19:27:14+00	2023-12-15 03:26:05+00
12295	VL-186065	Nathalie	\N	Vandenberghe	vandenberghe.nathalie@hotmail.be	nathaliev64	0485/38.20.96	1963-06-11	\N	\N	\N	\N	\N	\N	nl	$2b$12$b8TsC/C7K9ahTUKnLsG7n0SWMiHc5977VlqCEKpEiBYaL.ewzlCw1	\N	actief	web	f	2021-05-27 04:45:15+00	2022-06-03 17:37:08+00
12297	VL-186079	Joost	\N	Kramer	j.kramer@gmail.com	jkramer2	06 5705 1681	1973-01-25	Assendorperstraat	88 A	8026 ZJ	Zwolle	\N	NL	nl	$2b$12$joSMprXTxbGI/MluhPiXQZdfgJTTPuMzyuNLyrWKEZn99fE5ua/WM	2022-08-16 22:33:07+00	actief	app	f	2022-01-12 22:54:05+00	2022-06-11 05:09:13+00
12306	VL-186142	Matthew	\N	Hall	matthew.hall99@gmx.net	matthewh70	\N	\N	\N	\N	\N	London	\N	\N	en	$argon2id$v=19$m=65536,t=3,p=4$y9sEOee0g/+Xw4tt3HOAIz$7Eb2mnzj+V0FOOdZ/hy7McyJSl+jP5vHzFtLfTl34ik	\N	verwijderverzoek	web	f	2023-08-26 06:41:20+00	\N
12315	VL-186205	Sebastian	\N	Wagner	sebastianwagner17@gmail.com	sebastian_81	+49 178 12364177	1974-02-21	Kölner Straße	94	40223	Düsseldorf	\N	DE	de	$2b$12$O1q63ERltYnb1BMz/ui1dTRTuirigpdmVntof9eK2VYmRL.vaMmr0	\N	actief	web	f	2019-04-05 17:34:18+00	2021-08-30 08:51:25+00
12337	VL-186359	Emma	\N	Koster	koster.emma@gmail.com	\N	06 26882854	1980-10-02	\N	\N	5611 CC	Eindhoven	\N	\N	nl	$argon2id$v=19$m=65536,t=3,p=4$zWWoz+w2cjNh+OAfX3Trpf$IO80/XrkAsfKNAF5MoU4xo/aJApoVWeL8ciIm+SZAaM	2024-03-10 22:36:58+00	actief	web	t	2023-12-20 05:47:16+00	2024-01-24 01:34:27+00
12346	VL-186422	Katharina	\N	Bauer	katharina94@gmail.com	kbauer1	\N	1964-03-26	\N	\N	\N	\N	\N	\N	de	$2b$12$REqD0ot6Luod2Em/UJQ3oGBOHkTpXLYNdXYRtgjtYXrqeVVNH07IA	\N	actief	app	f	2022-03-01 23:57:30+00	2022-06-16 19:46:26+00
12361	VL-186527	Jürgen	\N	Schmidt	juergen.schmidt9@web.de	schmidtj	\N	1979-05-05	Leipziger Straße	141	60594	Frankfurt am Main	\N	DE	de	$argon2id$v=19$m=65536,t=3,p=4$yxhHrG1866cvV5Y3bNDiqV$gwRsW5ts/qnmfEAKNBn9fgyk7AsEwwTEFePcJZXO3qH	\N	actief	web	t	2023-12-21 04:07:24+00	2024-04-12 04:30:07+00
12363	VL-186541	Matthias	\N	Mayer	matthias56@gmail.com	\N	0650 9293172	1955-09-27	Praterstraße	176	1060	Wien	\N	AT	de	$2b$12$e0Py4opKMqKvPkue3.nmuRK5i8eqTyKJD5yctTZKsQCwAEQEaXg/z	2022-11-05 19:54:14+00	actief	balie	f	2020-07-18 11:36:45+00	\N
12394	VL-186758	Lauren	\N	Garcia	garcia.lauren@outlook.com	garcial	\N	1952-02-14	\N	\N	\N	\N	\N	US	en	$2b$12$v3ENBbPsF6NL/gKtdAP4mHssuEvcAcVx8qqjPqb.yA8Nr6k/9zMHC	2023-10-15 03:50:45+00	actief	balie	f	2020-09-20 15:27:46+00	2022-07-16 06:17:54+00
12418	VL-186926	Maxime	\N	Roux	maximeroux26@yahoo.com	rouxm	\N	1999-02-09	\N	\N	\N	\N	\N	\N	fr	$argon2id$v=19$m=65536,t=3,p=4$4G+v2TFZ/MDXOnNn7R9L02$XM+5o0GTtOscipAu+KYxEshQGCdl/YnPn9srXfdgowG	\N	verwijderverzoek	app	f	2023-05-03 19:33:36+00	2024-04-29 01:33:41+00
12448	VL-187136	Laura	\N	Meyer	laura_meyer@web.de	\N	\N	1958-09-22	\N	\N	\N	\N	\N	\N	de	$2b$12$YKHf0NVrIR/0nBv0umEfbU1cp8JMfdu.usxZp5ZhKyQiwBYubRVrm	\N	actief	balie	t	2022-09-02 05:15:07+00	\N
12470	VL-187290	Élodie	\N	Girard	elodie.girard52@icloud.com	\N	07 05 48 62 72	1979-05-12	Rue de Strasbourg	148	44100	Nantes	\N	FR	fr	$2b$12$6WPKQ6sNT32zygQOiAR.Ip3W70kOluXK98SvDj1GqyDWqOBu3xUlx	\N	actief	app	t	2022-08-10 16:15:23+00	2023-01-15 20:58:49+00
12496	VL-187472	Anaïs	\N	Laurent	anaislaurent86@outlook.com	anais_82	\N	1974-12-27	\N	\N	\N	Lyon	\N	\N	fr	$argon2id$v=19$m=65536,t=3,p=4$2SvALUuCPM1kbJnjbfPHmS$z6Rn1V3bMYNiJrMgKfHBblYi21EnJqVdVtX7UNhEdV0	\N	actief	web	t	2024-05-06 16:03:48+00	2024-05-17 01:33:18+00
12527	VL-187689	Lucía	\N	García López	lucia.garcialopez@telefonica.es	\N	+34 688 71 73 89	1989-07-30	Calle de Embajadores	33	28004	Madrid	\N	ES	en	$2b$12$pDJqqFWStW9gsIyONtwno3R4Uj4zXHbR/lD9Tvj57kOZFU8CF7xr7	\N	geblokkeerd	balie	f	2020-02-03 06:45:00+00	2022-03-14 10:26:55+00
12563	VL-187941	Laura	\N	Schmitz	lauraschmitz13@gmail.com	\N	\N	1978-03-18	\N	\N	\N	\N	\N	\N	de	$2b$12$zz8f8Hp2z8G6vzRB6PLIWroAmOqNxT5H20XwhcB9RtaBtTGOnwR6y	\N	actief	balie	f	2019-06-26 21:35:03+00	2020-12-24 17:11:49+00
12572	VL-188004	Yasmina	van der	Meer	vandermeer.yasmina@outlook.com	yasmina.meer	06-58904501	1976-09-11	\N	\N	\N	\N	\N	\N	nl	$argon2id$v=19$m=65536,t=3,p=4$F5cMl5sa6D2+lbrIQmiAMT$7B0dJ9dCnbcFCfQ74IkWAJwuT+rYDQE9d/g04E0dFGK	\N	actief	balie	t	2023-08-12 03:49:51+00	\N
12593	VL-188151	Anna	\N	Leitner	leitner.anna@icloud.com	anna_83	0664 7815682	1977-11-22	Schallmooser Hauptstraße	113	5020	Salzburg	\N	AT	de	$2b$12$NQqzB1aTjtmGLok4m66HkPW/GiKciZB3Ak.cx6lhih4Nk3QxObplT	\N	actief	balie	t	2020-10-19 08:35:02+00	2021-04-10 09:35:45+00
12608	VL-188256	Jasper	\N	Smits	jasper_smits@gmail.com	jaspersmits	\N	1963-10-26	\N	\N	\N	Utrecht	\N	\N	nl	$2b$12$3dMEit5B6nYL8EEChxCtl7AEQ7cMhoewhvwLry3w7atFMC.YDv6L7	2023-07-07 04:34:32+00	inactief	web	f	2022-07-06 20:09:04+00	2022-07-30 14:27:41+00
12643	VL-188501	Hanne	\N	Van den Broeck	vandenbroeck.hanne@outlook.com	hanne_99	+32 473 92 71 44	1968-01-04	Bruul	45	2800	Mechelen	\N	BE	nl	$2b$12$vZ2n.0o7Ff7FLfwrAVaFNHNUjLTpGsG/kVysCg.AQYiO3YemlZeT2	2024-02-26 00:19:44+00	actief	web	f	2022-06-05 19:52:23+00	2024-04-19 10:59:05+00
12660	VL-188620	Femke	\N	Postma	femke97@gmail.com	femke.postma	06-20661849	1962-04-12	\N	\N	\N	Bergen	\N	\N	nl	$2b$12$YPz4re.fTPMz9mBaEAeQedkXdPqxgWCjK1SRIGGhRlusmjAmi2zxF	\N	actief	web	f	2020-07-04 10:44:14+00	\N
12672	VL-188704	Íñigo	\N	Moreno Álvarez	morenoalvarez.inigo@hotmail.es	inigo.morenoalvarez	\N	1963-06-24	\N	\N	\N	\N	\N	\N	en	$2b$12$miGmL4fYwFCMEhLrq2mXwcL7bGpTEzJnrki6m0xUYVBWisbFBrKg5	\N	inactief	web	f	2019-11-27 06:39:19+00	\N
12679	VL-188753	Daan	\N	Smit	daan.smit@kpnmail.nl	dsmit9	06 34983249	1979-01-14	Javastraat	171	1025 AL	Amsterdam	\N	NL	nl	$argon2id$v=19$m=65536,t=3,p=4$85fHZUfdF+ea2qWDtB7POc$AuytDOPhlL8cNei+VIRRCmpQJFYbDCtiiIbYAxMI6Xs	\N	actief	app	f	2023-11-26 05:15:41+00	2024-03-06 12:04:11+00
12701	VL-188907	Theresa	\N	Berger	t.berger@gmail.com	\N	0676 7873936	1982-07-21	Josefstädter Straße	120a	1090	Wien	\N	AT	de	$2b$12$N7SJ/9cKRUCCvyIQZ92pCZAgemtBk18kpiMV.nb0VXyGTqiPKsSpc	\N	actief	web	f	2020-10-23 10:41:52+00	2024-05-02 12:31:22+00
12705	VL-188935	Paul	\N	Richter	richter.paul@gmail.com	paul.richter	\N	1979-02-23	\N	\N	\N	\N	\N	\N	de	$argon2id$v=19$m=65536,t=3,p=4$gdkmFGR7Aldg78/bpJ0ILw$6wWmVgjcBCDn02LVa/zGhJ3Em5fGRsZ/rqbVaTfPe3r	\N	actief	app	f	2024-01-24 00:31:02+00	2024-05-09 00:27:38+00
12734	VL-189138	Katharina	\N	Schmitz	schmitz.katharina@protonmail.com	\N	+49 157 56155242	1970-07-14	\N	\N	\N	\N	\N	\N	de	$2b$12$btndB4y.8DOfDtu6hNtaHeIrEy5cCcGpA9N1Soxfw6AuHJZ6sYQfy	\N	inactief	balie	t	2020-02-29 04:42:45+00	2020-04-27 00:12:35+00
12767	VL-189369	Emily	\N	Thompson	emily.thompson@gmail.com	\N	\N	1952-04-23	\N	\N	\N	Cambridge	\N	\N	en	$argon2id$v=19$m=65536,t=3,p=4$gib+FWy3Oqz+2mVhy7keIK$AEqBVRUieMdLd6K7UdU/KFyWOOyRmX2nFR2+EdrWbGg	\N	actief	web	t	2023-12-29 18:00:04+00	2024-01-17 21:26:27+00
12792	VL-189544	Ruben	de	Groot	ruben.degroot@hotmail.com	rubeng29	06-33564889	1987-09-02	Nieuwe Ebbingestraat	146 hs	9737 KC	Groningen	\N	NL	nl	$2b$12$F85q8dwH0QC7qMWAf62WxvV65oyYq4AQt1M8ll6umuRQXmlD2zCC6	\N	actief	web	f	2020-04-08 20:42:25+00	2020-11-15 15:34:50+00
12809	VL-189663	Piotr	\N	Lewandowski	piotr.lewandowski@gmail.com	piotrl51	+48 726 833 994	1957-04-26	ul. Długa	163 m. 9	30-059	Kraków	\N	PL	en	$2b$12$MzKFYH6K2Ajs2QXL6IHYhsvRVmwEaQy/DcHJ2gxrAmPKrGuVb88t4	2023-11-04 01:11:33+00	inactief	web	t	2020-12-04 03:01:33+00	2022-10-19 02:37:55+00
12815	VL-189705	Koen	\N	El Amrani	koen.elamrani96@live.com	\N	\N	1955-09-08	\N	\N	6541 XR	Nijmegen	\N	\N	nl	$2b$12$9n3jr6.89cc7x1JyKLW2/9qwtrqNE7IjEpmLNKdATgEihu2uyZIul	2024-05-03 13:36:53+00	actief	balie	f	2021-02-19 10:37:02+00	2024-03-22 14:59:56+00
12836	VL-189852	Stijn	\N	Willems	willems.stijn@outlook.com	\N	+32495063926	\N	Tongersestraat	90	6211 BH	Maastricht	\N	NL	nl	$2b$12$uIBBN.pb1c2tQ0ltx7AMpkuRw/uXqe2OqN.GZdV/r.FiY1Ew9AGon	\N	actief	web	t	2022-08-17 23:10:29+00	2022-10-18 00:46:53+00
12855	VL-189985	Maarten	\N	Yılmaz	maarten_yilmaz@gmail.com	maarteny60	06 3305 8224	2002-04-11	\N	\N	\N	Houten	\N	\N	nl	$2b$12$JFSNcGNsGZEsCuEgf2fdgQU2RV/pD7m5NbNbp4JJ.tf5FLN0Vk7Zv	2022-06-13 08:49:47+00	actief	web	f	2022-04-11 22:22:58+00	2023-02-19 14:17:27+00
12888	VL-190216	Sarah	\N	Lefèvre	sarah48@gmail.com	\N	0700074202	1979-08-23	\N	\N	\N	Lille	\N	\N	fr	$2b$12$sryp906DakAW3vH3uRQWqzlTph0NYWaaRoYC1ZaN26dz8dEyxgXME	2021-10-25 05:46:41+00	actief	web	f	2019-07-28 05:48:20+00	2021-10-13 11:00:35+00
12916	VL-190412	Yasmina	\N	Visser	yasmina_visser@outlook.com	\N	\N	1991-11-08	\N	\N	\N	Amersfoort	\N	\N	nl	$argon2id$v=19$m=65536,t=3,p=4$HERaJJyB8o/4reGBv7SkNT$gLJm0x2bGRKlsF2YVLPoWrsizo9N7Sax1ptT2p7doR5	\N	actief	balie	f	2024-02-08 12:00:10+00	2024-03-26 06:28:53+00
12918	VL-190426	Anna	van der	Meer	a.vandermeer@gmail.com	annameer	06 1924 6716	1967-02-17	Van Karnebeekstraat	142-2	8035 NG	Zwolle	\N	NL	nl	$argon2id$v=19$m=65536,t=3,p=4$LSJQU3B4Lv+crQhzc5Jubn$8w0X1so99r/7Q+3b4p6RskcPJ7KJtmKvq+3EsjOo0p3	\N	actief	app	t	2023-09-17 04:17:36+00	2023-12-11 00:16:17+00
12953	VL-190671	Fatima	\N	Mulder	fatima.mulder32@live.nl	mulderf	0651110064	1996-04-21	Oosterstraat	106 hs	9729 AX	Groningen	\N	NL	nl	$2b$12$IVGbw0GHL141Oe2Be/VIUc9RTZQCMICOtqN.zqqD7Xrb.q8fyJKnk	2022-05-18 21:21:22+00	actief	balie	t	2021-11-18 06:01:41+00	2023-01-01 10:39:00+00
12960	VL-190720	Jürgen	\N	Köhler	juergen.koehler@yahoo.com	juergenkoehler	\N	\N	\N	\N	\N	\N	\N	\N	de	$2b$12$vj4i8CKo2/rH3KPVepiWJam9aPL6RBTk.XgeLm.nc1KaY20wlCfoM	\N	actief	app	t	2022-04-13 12:05:29+00	2022-06-13 00:10:00+00
12961	VL-190727	Esther	\N	El Amrani	esther.elamrani@hotmail.com	esther_93	06-11067131	1996-07-15	Prinsegracht	64	2544 WE	Den Haag	\N	NL	nl	$argon2id$v=19$m=65536,t=3,p=4$qa8qJ5M0ADSGQCRpvhTvED$OR02Obpmn2y5RmxYp537OfwnEy5vy5gttBeuFr80UdV	\N	actief	app	f	2023-03-27 12:35:46+00	2023-09-03 12:30:12+00
12962	VL-190734	Wouter	de	Groot	wouter.degroot82@hotmail.com	wgroot8	06 3076 5876	1973-10-31	Witte de Withstraat	54 hs	3065 ET	Rotterdam	\N	NL	nl	$2b$12$Yo3bFVVqy0Z70adG4a68SlI.PT98pmwu5Q.sILjrV3FXZECOc0PEO	\N	actief	app	f	2022-05-31 22:54:06+00	\N
12973	VL-190811	Fatima	\N	Zwart	fatima_zwart@yahoo.com	\N	\N	1970-03-12	\N	\N	\N	\N	\N	\N	nl	$argon2id$v=19$m=65536,t=3,p=4$tRuD++DObBli4XERXL8IpP$xXJ87YkTqH/70cnjj3fIv9FX6u/kard2n5oYvlNlcXZ	2024-04-27 02:48:25+00	actief	web	f	2023-12-28 07:19:46+00	2024-02-04 01:52:38+00
12975	VL-190825	Lisa	van	Beek	lisavanbeek88@gmail.com	lisab9	06-49225717	1982-11-20	Hooigracht	119-bis	2334 AT	Leiden	\N	NL	nl	$argon2id$v=19$m=65536,t=3,p=4$MbwZJTVFk/sFQ+mSjVwRCG$vYxrwbWT2ONDH28PJxyarTrdw8ZiY5g1ca8HFg3rpds	2024-03-07 10:52:04+00	actief	app	t	2024-01-06 20:27:54+00	2024-05-12 05:41:40+00
13000	VL-191000	Ciara	\N	Byrne	c.byrne@gmx.net	\N	+353 87 112 5810	1968-06-08	\N	\N	\N	\N	\N	\N	en	$2b$12$RubXhHps54cmCHlPcsm.kkghCvTzwZBb0otT.dvYFn2YsD3.p5OgV	\N	inactief	balie	f	2021-12-03 06:58:12+00	2022-05-15 15:28:14+00
13009	VL-191063	Sanne	de	Vries	sanne75@yahoo.com	sanne_94	\N	2002-06-18	\N	\N	\N	\N	\N	\N	nl	$2b$12$1KSWiPhWN/rq9Vc2uAkzHpzR6/Fc/WoZV00AxXZbyl4QvBd.NCf7a	\N	actief	web	t	2020-09-04 02:06:05+00	2023-07-14 18:39:49+00
13030	VL-191210	Jonas	\N	Schmitz	j.schmitz@outlook.com	jonass10	\N	2001-09-01	\N	\N	\N	\N	\N	\N	de	$2b$12$2kw0mBq//0CA7G5yyYMNnk/dPP80tKv7qIHfgyKXw6SkiA7SE8OK0	2022-10-22 17:58:29+00	actief	web	t	2020-09-15 06:10:32+00	2023-01-30 11:00:49+00
13067	VL-191469	Pieter	\N	Koster	pieter.koster90@hotmail.com	pkoster5	\N	1982-09-05	\N	\N	\N	\N	\N	\N	nl	$2b$12$.M.zWK/T8FAsP1xK5Xl5bZXeySFbMtDEAZ167gHKEBpTF5yCNsazd	\N	actief	app	t	2022-07-25 03:59:04+00	2022-10-05 00:32:52+00
13097	VL-191679	Chloé	\N	Jacobs	chloe.jacobs@gmail.com	chloejacobs	0492/95.00.00	1976-09-06	Naamsestraat	97 bus 2	3010	Leuven	\N	BE	fr	$2b$12$Q39PVQP59WBA.ODm9b6clsPOFG4tUgQJDCLf/aOv9evU84ZrqnFb2	\N	actief	web	t	2022-04-09 21:08:24+00	2023-03-19 14:18:40+00
13127	VL-191889	David	\N	Nguyen	david_nguyen@gmail.com	nguyend	+1-415-430-4167	1998-02-28	769 Haight St	\N	94117	San Francisco	CA	US	en	$2b$12$/Rw8ticab6QjeBbiPZ3NwfABmc83S2tvJFrSOCb7CkZCtXDnLjOBZ	\N	actief	web	t	2022-09-23 18:03:45+00	2023-12-05 04:54:45+00
13138	VL-191966	Stijn	\N	Prins	s.prins@gmail.com	prinss	\N	1978-10-16	\N	\N	\N	\N	\N	\N	nl	$2b$12$HUWSVDe2htiqWrVz4vMkVaY920J4yd6geYoVZK75D.KMnP0dsQEUr	2019-08-24 03:49:48+00	actief	balie	f	2019-08-18 18:37:42+00	\N
13170	VL-192190	Federico	\N	Russo	federico.russo@gmail.com	russof	+39 335 8095147	1998-08-07	\N	\N	\N	\N	\N	\N	en	$2b$12$uqN.i6vpNauGBSK.H8pBahEOY9L.EFhhqARPX9ctNT4VcfrBaDdL5	\N	inactief	balie	f	2022-11-21 04:58:57+00	2022-11-21 18:39:56+00
13183	VL-192281	Lauren	\N	Clark	lauren.clark60@outlook.com	lauren.clark	312.729.2511	1960-06-24	919 N Milwaukee Ave	\N	60622	Chicago	Illinois	US	en	$2b$12$0EinrY/bAHIgKaRSXDG3OC5o5JR/rv166nAwNdpuLqPQLA9Mndldx	2022-04-08 04:55:20+00	actief	balie	f	2020-09-19 08:49:41+00	2022-12-28 18:38:13+00
13201	VL-192407	Emma	\N	Hendriks	e.hendriks@gmail.com	hendrikse	06 1999 8802	1977-02-24	Korreweg	17-2	9723 AN	Groningen	\N	NL	nl	$argon2id$v=19$m=65536,t=3,p=4$pM94fH2qjxaueuqXVE3uk2$Ti3of3PrYoptnryQqqr91XEXAZjomvP/AekHPBdkGG3	\N	inactief	app	t	2024-03-19 09:31:49+00	2024-03-27 02:39:12+00
13205	VL-192435	Hamza	\N	Verhoeven	hamza.verhoeven@protonmail.com	hamzaverhoeven	+31618251943	\N	Rijksstraatweg	17	2018 PC	Haarlem	\N	NL	nl	$argon2id$v=19$m=65536,t=3,p=4$b64RtsEjWlHzgjTDCrhpVq$tnE072fVkeX0Zjh1CWt8uQraa+eXXFiGZLYAsx1a9bS	2024-03-27 04:10:28+00	actief	balie	f	2023-10-06 03:43:36+00	2024-04-20 21:16:33+00
13242	VL-192694	Felix	\N	Meyer	felix_meyer@gmail.com	felixm66	+49 162 8604335	1960-04-04	\N	\N	\N	\N	\N	\N	de	$2b$12$pBb.TCoWFshoVNnMAgwBJ786igo84t/uBCWHGK5MXzHU8zpHXGHBW	\N	actief	web	f	2020-11-16 00:27:43+00	2023-01-10 15:38:21+00
13244	VL-192708	Julien	\N	Renard	julienrenard90@hotmail.com	julienrenard	\N	1990-06-24	\N	\N	\N	\N	\N	\N	fr	$2b$12$q5dHdhSRAo0JSEuUJIwp/GWzri9jlowUg7wkG1IOwrXzFZuOkEtXk	\N	actief	app	f	2022-02-09 11:32:40+00	2023-06-10 03:40:47+00
13270	VL-192890	David	\N	Rivera	david_rivera@gmail.com	david_92	\N	2002-11-17	\N	\N	98103	Seattle	\N	US	en	$argon2id$v=19$m=65536,t=3,p=4$BuJZ50Ha4AbAqPcePr8ppY$6fomCJ4KDWnYK/6OEOpjoIOarhtc/Ryn4ufNUaXmE9b	\N	actief	web	f	2023-11-14 10:38:14+00	2023-12-02 06:58:11+00
13286	VL-193002	Lena	\N	Bauer	lena.bauer@gmail.com	\N	+49 (0)151 35924630	\N	Grand'Rue	43	67100	Strasbourg	\N	FR	fr	$2b$12$zCy.DnIY6DkjLZjH7j3OmWBaVPAM2OTe4./8PM5VytYWQ8nHdP3No	\N	actief	app	t	2022-04-22 13:31:40+00	2022-07-27 01:13:57+00
13320	VL-193240	Sanne	\N	Verhoeven	sanne.verhoeven58@gmail.com	sverhoeven7	\N	1955-01-23	Korreweg	160	9747 LB	Groningen	\N	NL	nl	$2b$12$tDVwqNs3L5d0aCCb2lBx2SlnVXKJtXNuJH008P7gcz4etmyo9d.7y	\N	actief	app	f	2022-01-22 15:57:39+00	2023-04-30 04:26:24+00
13339	VL-193373	Lisa	\N	Kramer	lisa_kramer@yahoo.com	lisa_91	+31 6 3549 8080	1981-02-19	Stratumsedijk	164	5620 AV	Eindhoven	\N	NL	nl	$2b$12$o2waSagcO443TBvBvJ.1dJbipGj/qyakQcIN7/slbWm4IJt7aduVf	\N	actief	balie	t	2020-12-11 08:30:36+00	2024-01-09 22:54:23+00
13349	VL-193443	Wout	\N	De Clercq	wout.declercq77@skynet.be	\N	\N	1960-08-31	Kempische Steenweg	153	3500	Hasselt	\N	BE	fr	$2b$12$CE3zYBScx7O4EsOLHdSsMaerzkCZY2jYV4J5phBlB6uSBXTdK0h8F	\N	actief	app	f	2022-03-17 12:12:21+00	2024-04-05 06:48:51+00
13355	VL-193485	Jeroen	\N	Bouzid	jeroen.bouzid86@hetnet.nl	jeroen.bouzid	06-27502652	1967-01-12	Soesterweg	95	3815 GD	Amersfoort	\N	NL	nl	$2b$12$cf5v9iJRDk6c4AVDVbuUKsrp1ti4U9gHR9Ft3v55X7/fzXwg8bBiP	2023-07-08 11:28:33+00	actief	app	t	2023-01-11 19:57:22+00	2023-09-15 21:28:17+00
13372	VL-193604	David	\N	Fuchs	david.fuchs@chello.at	\N	0660 6464707	1968-09-14	\N	\N	\N	\N	\N	\N	de	$argon2id$v=19$m=65536,t=3,p=4$FLE5Pp9i5++mAe43Tvnte2$bv7+rdyrP2QdsgTqgR41WMBCMZNEJFG1jdWKx6vko0R	\N	actief	web	f	2023-10-30 10:06:15+00	2023-12-19 14:04:50+00
13374	VL-193618	Erik	\N	Andersson	andersson.erik@yahoo.com	anderssone	+46 70 708 69 06	1974-06-23	\N	\N	\N	\N	\N	\N	en	$2b$12$dTYRjF/7.55P3jglNiQtOlVR1dLzA4BB9M.ktcQ8S8jqmjvkJO8qC	2021-03-04 10:30:37+00	actief	web	t	2019-05-14 04:16:16+00	2023-04-13 13:22:54+00
13408	VL-193856	Niels	\N	Dekker	nielsdekker11@gmail.com	nielsdekker	\N	\N	\N	\N	\N	\N	\N	\N	nl	$2b$12$cZrzjsezYW7KKOSTDjtsPM2Gz.d/Nao/ydus/weLJX06uD8HXPE5P	2024-05-04 09:32:47+00	actief	app	t	2022-06-27 09:07:12+00	2023-05-22 08:33:08+00
13427	VL-193989	Ilse	\N	Zwart	ilse79@planet.nl	ilse.zwart	\N	1959-11-15	Graafseweg	62 hs	6527 HJ	Nijmegen	\N	NL	nl	$2b$12$MFmaYOcYJpitx8.FDZ4AlEG1rhp6z1kslfsgNfnIawycgsM8iEgV2	\N	actief	web	f	2019-07-22 11:57:22+00	2022-06-05 22:17:01+00
13431	VL-194017	Maximilian	\N	Zimmermann	zimmermann.maximilian@outlook.com	\N	0151-39451117	1978-05-08	\N	\N	\N	Münster	\N	\N	de	$2b$12$wpdvvnMsHybDSqMLAnsjLtiIPZ9idRDFrGyjBxRabe37fYOJ67j50	\N	actief	web	t	2019-06-23 14:49:31+00	2022-10-13 03:00:08+00
13457	VL-194199	Johanna	\N	Koch	johanna84@hotmail.com	johannakoch	\N	1966-07-11	\N	\N	\N	Düsseldorf	\N	\N	de	$2b$12$ws/ARd1Cfig3bnymGmIDjZQqfZgIXhJ16tiXYwmKs8.yEzoGPzcjf	\N	actief	web	f	2019-10-24 04:42:09+00	2022-12-02 03:42:42+00
13485	VL-194395	Jan	\N	Koch	jan_koch@gmail.com	jank91	+49 (0)152 47023990	1965-02-07	Bilker Allee	75	40211	Düsseldorf	\N	DE	de	$2b$12$hgkN.FmMztViMl68OIKjFl2937km1/0V.u5wWLWXuVsTICZO3ooDs	\N	actief	web	t	2022-12-25 17:12:39+00	2023-10-07 02:58:41+00
13486	VL-194402	Bram	de	Vries	bram.devries98@gmail.com	bram_87	0655499116	1971-06-12	\N	\N	5643 GT	Eindhoven	\N	\N	nl	$2b$12$cNt5Tnl1YwOu2fdL5YtfKan3PZg8wGymZUcg8M3GoISOmtAKF1vSA	2023-08-21 20:58:55+00	actief	web	t	2020-02-20 02:42:48+00	2022-08-12 18:48:18+00
13494	VL-194458	Bram	van der	Meer	bram_vandermeer@xs4all.nl	\N	06-22820814	1960-08-07	\N	\N	\N	\N	\N	\N	nl	$2b$12$ajSro2DSDLfDp9UR7vKT1zWo8FVgNvNXlUfwfgaKdJem3ao8vJp9R	2022-01-20 04:14:07+00	actief	balie	f	2021-01-25 15:08:09+00	2022-06-11 14:33:46+00
13499	VL-194493	Lotte	\N	Jacobs	lotte73@hetnet.nl	lottej81	+31 6 5318 3210	1958-05-27	Van Karnebeekstraat	60 hs	8037 BJ	Zwolle	\N	NL	nl	$2b$12$r7O3ZjPVh83bdKyc56tlBFj4ldxB/GClad9fXWlXFmteO56RutpaE	2022-10-26 16:49:36+00	actief	balie	t	2020-11-16 22:47:21+00	2024-02-29 01:07:11+00
\.


--
-- Data for Name: ritten; Type: TABLE DATA; Schema: public; Owner: velolink
--

COPY public.ritten (rit_id, klant_id, fiets_id, start_station_id, eind_station_id, start_lat, start_lon, eind_lat, eind_lon, gestart_op, beeindigd_op, afstand_m, prijs_cent, betaal_referentie) FROM stdin;
240000000343	10235	VL-E-96636	148	149	50.954041	6.97338	50.951078	6.929297	2024-02-09 03:16:35+00	2024-02-09 03:52:40+00	5098	0	4801978818206729
240000001833	10235	VL-E-96636	146	144	50.916915	6.931843	50.916858	6.949223	2023-10-29 05:30:42+00	2023-10-29 05:38:33+00	5018	0	1104582697804114
240000005749	10235	VL-E-33467	145	146	50.946465	6.993742	50.916931	6.931638	2024-04-19 09:11:32+00	2024-04-19 09:40:16+00	5219	0	9174332930922427
240000009313	10235	VL-S-63171	147	145	50.917522	6.983851	50.946272	6.993247	2024-01-14 21:11:25+00	2024-01-14 21:17:52+00	7530	0	1800395500178281
240000010808	10235	VL-S-53604	144	146	50.916976	6.948909	50.916827	6.931733	2024-03-25 00:20:44+00	2024-03-25 00:27:16+00	6721	0	2378274173478472
240000013860	10235	VL-E-09016	144	149	50.917094	6.949042	50.950956	6.929428	2024-01-04 10:07:04+00	2024-01-04 10:41:21+00	8094	0	6661365640381400
240000016695	10235	VL-E-17902	148	147	50.954079	6.973394	50.917336	6.983633	2023-07-09 12:01:21+00	2023-07-09 12:19:25+00	6695	0	4806823019349692
240000017795	10235	VL-S-53604	145	147	50.94654	6.993229	50.917307	6.983902	2024-03-30 21:37:13+00	2024-03-30 21:46:26+00	7549	0	9288205076791165
240000020395	10235	VL-E-80500	148	147	50.954157	6.973692	50.917679	6.983625	2023-08-16 03:21:07+00	2023-08-16 03:29:27+00	3471	0	9578393027575647
240000021226	10235	VL-E-80500	147	145	50.917617	6.983714	50.946585	6.993619	2024-01-14 02:22:24+00	2024-01-14 02:51:59+00	7314	0	6955074206138235
240000023537	10235	VL-E-58418	145	146	50.946365	6.99344	50.916747	6.931782	2023-09-22 07:52:53+00	2023-09-22 08:19:15+00	7581	0	7001438837686752
240000023595	10235	VL-E-17902	144	145	50.91699	6.949201	50.946546	6.993689	2024-05-13 00:37:04+00	2024-05-13 01:30:53+00	4323	0	8737144887555426
240000025700	10235	VL-E-33094	146	144	50.916948	6.931765	50.916883	6.949144	2023-09-14 12:53:52+00	2023-09-14 13:17:49+00	6699	0	3450368982693973
240000028135	10235	VL-E-17902	149	144	50.951016	6.929742	50.916943	6.949317	2024-03-02 03:44:31+00	2024-03-02 03:52:03+00	8903	0	8192496963594994
240000029308	10235	VL-E-33467	146	148	50.916961	6.931628	50.95401	6.973417	2023-12-12 15:01:40+00	2023-12-12 15:29:18+00	3543	0	6570030322800784
240000032050	10235	VL-E-09016	145	149	50.946242	6.993666	50.950886	6.929714	2023-12-05 15:55:23+00	2023-12-05 16:31:08+00	1004	0	7051359226491128
240000034348	10235	VL-E-33094	145	148	50.94633	6.993217	50.954076	6.973836	2023-08-16 21:37:25+00	2023-08-16 22:25:52+00	6850	0	8232130815591364
240000038151	10235	VL-E-33094	146	147	50.916653	6.931413	50.917691	6.983717	2023-06-25 22:57:10+00	2023-06-25 23:19:08+00	6113	0	0398482493915469
240000041263	10235	VL-S-63171	147	148	50.917679	6.983783	50.954197	6.973327	2023-06-10 08:05:56+00	2023-06-10 08:13:05+00	3356	0	4914035603671044
240000041655	10235	VL-E-80500	147	149	50.917507	6.983684	50.95111	6.929503	2023-06-19 20:29:32+00	2023-06-19 20:48:47+00	5839	0	1539680055671934
240000045157	10235	VL-E-33467	144	149	50.917231	6.949233	50.950858	6.929732	2023-09-17 19:17:07+00	2023-09-17 20:01:54+00	8468	0	4917503465540762
240000046861	10235	VL-E-96636	145	149	50.94639	6.993314	50.950814	6.929653	2023-11-12 11:44:46+00	2023-11-12 12:26:14+00	3767	0	6030563563414988
240000049479	10235	VL-E-17902	146	144	50.916678	6.931744	50.917193	6.949294	2023-11-23 10:00:55+00	2023-11-23 10:37:00+00	2931	0	2092456814087611
240000052648	10235	VL-S-63171	147	149	50.91752	6.983738	50.950985	6.929572	2023-08-02 16:47:55+00	2023-08-02 17:07:27+00	6251	0	3891465257698820
240000053781	10235	VL-S-53604	144	147	50.917074	6.948839	50.917506	6.983499	2023-11-28 21:39:46+00	2023-11-28 21:49:17+00	7564	0	3788172506903889
240000055222	10235	VL-E-17902	147	145	50.917385	6.983636	50.94645	6.993641	2023-12-16 20:28:29+00	2023-12-16 21:14:13+00	6370	0	5042977052444816
240000058032	10235	VL-E-96636	144	146	50.917231	6.949255	50.91666	6.931567	2023-10-05 10:17:33+00	2023-10-05 10:43:45+00	5836	0	4634304816361805
240000061449	10235	VL-E-96636	148	144	50.954079	6.973632	50.917147	6.948792	2024-01-30 12:36:28+00	2024-01-30 12:48:57+00	7401	0	9854282954961134
240000062319	10235	VL-E-58418	147	146	50.917501	6.983735	50.916943	6.931743	2023-07-20 02:00:41+00	2023-07-20 02:50:13+00	5510	0	3365097838301954
240000065710	10235	VL-E-80500	146	149	50.916886	6.93157	50.951095	6.929329	2023-10-14 03:23:07+00	2023-10-14 04:18:23+00	4934	0	9227787269978172
240000069432	10245	VL-E-43784	153	150	51.227166	6.807795	51.215507	6.756217	2023-12-11 04:04:03+00	2023-12-11 04:21:55+00	3822	0	1992243831317072
240000073356	10245	VL-E-42928	153	151	51.227367	6.807941	51.217557	6.790073	2023-09-29 01:15:04+00	2023-09-29 02:07:39+00	1810	0	7241201916168949
240000074053	10245	VL-E-22938	151	150	51.217401	6.79011	51.215476	6.756324	2024-01-03 10:19:34+00	2024-01-03 11:03:40+00	637	0	8234710826629608
240000074856	10245	VL-E-72846	152	151	51.243922	6.789472	51.21763	6.790002	2024-02-18 22:38:08+00	2024-02-18 22:55:48+00	6915	0	9569984348242604
240000075701	10245	VL-S-19892	150	152	51.21543	6.756762	51.244017	6.789658	2023-10-07 09:59:06+00	2023-10-07 10:14:43+00	8970	0	7677418313480864
240000078440	10245	VL-E-79913	152	150	51.243898	6.789659	51.215391	6.756799	2023-10-22 14:46:02+00	2023-10-22 15:11:39+00	2105	0	3203083969449606
240000078862	10245	VL-E-72846	152	153	51.2437	6.789893	51.227369	6.807578	2023-09-29 20:50:18+00	2023-09-29 21:38:37+00	7219	0	7006699083039713
240000079024	10245	VL-S-82388	150	152	51.215569	6.756706	51.243807	6.789539	2024-05-09 07:51:09+00	2024-05-09 08:29:11+00	5005	0	1305213194331853
240000082086	10245	VL-E-46529	150	152	51.215645	6.756219	51.243669	6.789997	2024-05-06 01:19:32+00	2024-05-06 01:53:46+00	7211	0	3648901194415166
240000083003	10267	VL-S-22150	109	112	52.38752	4.888254	52.367326	4.913425	2023-09-12 02:32:47+00	2023-09-12 03:03:14+00	695	0	3590475192780962
240000083234	10267	VL-E-83388	115	112	52.376748	4.929601	52.367505	4.913478	2023-12-15 16:16:12+00	2023-12-15 16:54:30+00	8077	0	4135356307857792
240000084749	10267	VL-S-41880	111	112	52.368046	4.913787	52.367541	4.913554	2023-10-07 04:50:20+00	2023-10-07 05:23:58+00	8312	0	9776892272610235
240000086547	10267	VL-S-22150	113	114	52.386748	4.870539	52.394109	4.925763	2023-06-02 09:26:02+00	2023-06-02 10:09:25+00	7133	0	1059735935626752
240000089953	10267	VL-S-80363	111	110	52.368177	4.914354	52.346792	4.887399	2023-07-23 22:13:21+00	2023-07-23 22:52:54+00	4689	0	5057732379653677
240000093530	10267	VL-E-83388	111	114	52.368268	4.913921	52.394092	4.925875	2023-07-19 16:51:20+00	2023-07-19 17:33:16+00	7291	0	3131670453972124
240000095845	10267	VL-S-21023	114	110	52.393747	4.925882	52.346878	4.887206	2024-02-05 20:22:27+00	2024-02-05 20:33:52+00	5390	0	9459440597569617
240000096471	10267	VL-S-21023	113	114	52.386685	4.87032	52.394096	4.925695	2023-09-14 17:02:51+00	2023-09-14 17:21:01+00	2739	0	7934956624403418
240000099632	10267	VL-S-80363	115	112	52.376615	4.929879	52.367469	4.913411	2024-01-23 04:58:27+00	2024-01-23 05:17:21+00	4628	0	8236741577963617
240000102097	10267	VL-S-43966	109	112	52.387553	4.888041	52.367435	4.913404	2023-08-14 14:43:51+00	2023-08-14 15:32:34+00	4413	0	7993849999111775
240000104888	10267	VL-S-41880	109	112	52.387241	4.887903	52.367574	4.91341	2023-07-13 18:21:41+00	2023-07-13 19:14:03+00	7172	0	7599461792794572
240000107803	10267	VL-E-01631	110	115	52.347085	4.88716	52.376876	4.929999	2023-07-12 02:54:50+00	2023-07-12 03:19:14+00	4029	0	7170183816778417
240000111758	10267	VL-E-54229	113	114	52.386752	4.870656	52.393748	4.926156	2023-10-21 17:52:59+00	2023-10-21 18:32:42+00	8294	0	1728553504164368
240000114316	10267	VL-E-83388	111	110	52.3681	4.914314	52.34691	4.887356	2024-05-07 22:07:35+00	2024-05-07 22:59:37+00	7257	0	6952841001486492
240000115668	10267	VL-E-54229	110	112	52.34678	4.887099	52.367307	4.9136	2024-05-09 09:51:24+00	2024-05-09 10:15:51+00	5322	0	7830258497808006
240000116974	10267	VL-S-41880	114	110	52.393975	4.925836	52.346963	4.887152	2024-02-06 03:17:52+00	2024-02-06 04:12:46+00	5444	0	2093410004842404
240000117380	10267	VL-E-54229	111	112	52.368166	4.913858	52.367348	4.913306	2024-05-17 00:37:44+00	2024-05-17 01:14:11+00	1131	0	6552915637045614
240000121201	10267	VL-E-83388	110	113	52.346983	4.887173	52.386504	4.870755	2024-02-09 07:01:28+00	2024-02-09 07:42:05+00	8038	0	4425635367524753
240000123543	10267	VL-E-01631	110	109	52.347016	4.886915	52.387601	4.887994	2024-03-17 15:44:14+00	2024-03-17 16:21:35+00	8127	0	7951985589513666
240000123999	10267	VL-S-43966	115	110	52.376656	4.929849	52.346862	4.88709	2023-10-28 11:21:28+00	2023-10-28 11:34:45+00	4212	0	9503385981713187
240000124221	10267	VL-E-01631	110	109	52.346948	4.886943	52.387524	4.888118	2023-12-10 10:45:04+00	2023-12-10 11:38:23+00	3573	0	1639750508627704
240000127382	10267	VL-S-41880	110	115	52.347049	4.887261	52.376623	4.929822	2023-08-09 13:53:44+00	2023-08-09 14:42:10+00	2315	0	6532244526324650
240000129338	10267	VL-S-41880	113	114	52.386569	4.870788	52.393884	4.925649	2023-07-08 18:39:39+00	2023-07-08 19:14:40+00	2558	0	0329160183749574
240000129979	10267	VL-S-22150	111	109	52.368273	4.91424	52.387405	4.887993	2023-08-24 13:11:31+00	2023-08-24 13:51:43+00	5540	0	2928774224133999
240000132244	10267	VL-E-01631	114	115	52.393871	4.925651	52.376527	4.929832	2024-05-08 12:14:23+00	2024-05-08 12:45:37+00	764	0	5738132510311365
240000133844	10267	VL-S-43966	115	111	52.376722	4.929726	52.368108	4.914351	2023-12-02 09:30:35+00	2023-12-02 09:40:54+00	2706	0	9836843512405537
240000137104	10267	VL-S-21023	110	109	52.346773	4.887217	52.387461	4.887821	2023-11-05 23:02:56+00	2023-11-05 23:22:30+00	642	0	9424700308079180
240000137484	10267	VL-S-80363	109	115	52.387255	4.887942	52.376801	4.929946	2023-08-23 10:12:51+00	2023-08-23 10:35:08+00	4764	0	6741666871498207
240000138618	10292	VL-S-40239	181	178	48.196198	16.378588	48.201473	16.375788	2024-02-04 17:17:23+00	2024-02-04 17:30:03+00	4630	0	7554588754277495
240000142449	10292	VL-E-13701	179	177	48.207041	16.397165	48.223774	16.361725	2024-02-19 08:05:51+00	2024-02-19 08:11:56+00	7686	0	1822543100358959
240000145911	10292	VL-E-67348	179	180	48.206905	16.397502	48.197106	16.364278	2023-06-05 07:01:21+00	2023-06-05 07:33:49+00	3977	0	2678789819436854
240000146105	10292	VL-E-67348	179	178	48.207167	16.397432	48.20132	16.375772	2024-03-20 19:58:41+00	2024-03-20 20:35:50+00	858	0	1426021652913400
240000149964	10292	VL-S-39079	180	179	48.197278	16.36444	48.207073	16.397481	2024-03-23 19:16:01+00	2024-03-23 19:22:39+00	1982	0	7811905552956676
240000152435	10292	VL-S-02273	181	180	48.196287	16.378829	48.197092	16.364112	2023-09-15 18:08:05+00	2023-09-15 18:39:58+00	6673	0	8814497813950267
240000156396	10292	VL-S-02273	181	178	48.196228	16.378964	48.201336	16.375776	2023-10-11 00:42:28+00	2023-10-11 00:50:53+00	7563	0	9891419389892471
240000160031	10292	VL-S-40239	177	181	48.223761	16.361652	48.195967	16.378864	2023-12-24 11:44:20+00	2023-12-24 12:20:48+00	4021	0	8230177791099035
240000161297	10292	VL-S-40239	178	177	48.201316	16.376008	48.223855	16.361805	2023-08-09 15:30:58+00	2023-08-09 15:55:13+00	8674	0	5247313398903317
240000164041	10292	VL-E-13701	180	181	48.197328	16.364294	48.196187	16.378758	2023-12-12 06:15:22+00	2023-12-12 06:50:53+00	8972	0	0641121448214564
240000165027	10292	VL-S-02273	181	179	48.19599	16.378807	48.207187	16.397358	2023-10-21 03:46:50+00	2023-10-21 04:04:47+00	6964	0	7772720642152358
240000165517	10292	VL-S-39079	178	180	48.201222	16.376213	48.197064	16.364301	2023-09-27 23:09:37+00	2023-09-27 23:17:56+00	3215	0	6120173033795659
240000168322	10292	VL-S-40239	178	180	48.201225	16.376235	48.196984	16.364153	2023-09-17 22:03:00+00	2023-09-17 22:38:58+00	3991	0	0086764029907318
240000171579	10292	VL-E-05856	178	180	48.201342	16.375727	48.197193	16.364406	2023-08-16 10:04:32+00	2023-08-16 10:36:31+00	5781	0	6585862988721357
240000172632	10292	VL-E-05856	181	179	48.196281	16.378999	48.207173	16.397244	2024-04-30 12:53:02+00	2024-04-30 13:36:01+00	5236	0	5054658962069132
240000173682	10292	VL-E-25473	180	179	48.197327	16.364006	48.207116	16.397453	2024-01-05 10:20:26+00	2024-01-05 11:13:17+00	731	0	0752427527132977
240000177600	10292	VL-E-13701	177	181	48.223807	16.361951	48.19633	16.378951	2024-05-26 21:02:25+00	2024-05-26 21:25:44+00	8538	0	5967685262823110
240000179795	10292	VL-E-99133	179	180	48.207186	16.397192	48.197265	16.364284	2023-12-15 10:42:22+00	2023-12-15 11:34:14+00	4456	0	5779049811980362
240000181668	10292	VL-S-02273	180	179	48.197117	16.364042	48.207187	16.397295	2023-11-16 04:58:22+00	2023-11-16 05:46:54+00	2512	0	1394801787463174
240000184917	10292	VL-S-39079	179	177	48.207159	16.39729	48.224062	16.36197	2023-11-23 16:03:32+00	2023-11-23 16:44:06+00	4157	0	3735497622981201
240000186986	10292	VL-E-67348	178	181	48.201493	16.376018	48.196001	16.378963	2023-09-06 04:43:04+00	2023-09-06 05:08:43+00	8771	0	7967556979382527
240000187862	10292	VL-E-05856	178	181	48.201326	16.375943	48.196104	16.378629	2024-05-02 17:08:02+00	2024-05-02 17:30:22+00	4140	0	0643634248860676
240000189521	10292	VL-E-33181	180	181	48.19713	16.36413	48.196345	16.378713	2023-12-12 23:09:54+00	2023-12-12 23:15:54+00	1208	0	0529526756094529
240000191132	10292	VL-E-99133	180	177	48.196985	16.36434	48.224043	16.36158	2024-02-12 14:29:48+00	2024-02-12 14:59:10+00	4047	0	3608849572271403
240000193557	10292	VL-S-02273	178	181	48.201252	16.376171	48.195973	16.378798	2023-09-25 22:38:51+00	2023-09-25 22:59:57+00	5421	0	3395308264870660
240000195093	10292	VL-E-25473	178	180	48.201126	16.376251	48.197346	16.364112	2023-12-02 03:14:26+00	2023-12-02 03:30:03+00	3070	0	0234602909477069
240000197346	10292	VL-E-99133	181	178	48.196317	16.378763	48.20118	16.375755	2024-05-17 04:14:25+00	2024-05-17 04:39:04+00	8295	0	1966454600060884
240000199405	10292	VL-E-67348	179	178	48.207255	16.397463	48.201241	16.375909	2023-07-28 11:47:05+00	2023-07-28 12:04:40+00	2158	0	5727908048548331
240000202691	10325	VL-E-28716	141	143	50.881674	4.705933	50.884252	4.68247	2023-12-14 09:19:19+00	2023-12-14 09:38:27+00	7087	640	9198760952158389
240000203836	10325	VL-S-01076	143	142	50.884549	4.682823	50.861656	4.690064	2024-05-18 20:18:25+00	2024-05-18 20:34:01+00	1924	300	0016676813582092
240000206893	10325	VL-E-28716	142	141	50.861857	4.69024	50.881619	4.706183	2023-10-26 20:58:29+00	2023-10-26 21:16:29+00	1174	630	0545962729812286
240000209100	10327	VL-E-96636	144	147	50.916935	6.949274	50.917435	6.983749	2024-01-13 20:13:55+00	2024-01-13 20:51:40+00	8155	670	9606060241218261
240000211254	10327	VL-S-63171	149	146	50.950975	6.929495	50.916873	6.931858	2024-03-19 04:33:42+00	2024-03-19 04:49:49+00	2916	360	5220007279901834
240000212601	10327	VL-E-33094	145	146	50.946632	6.993411	50.916617	6.93169	2024-02-28 07:03:45+00	2024-02-28 07:59:37+00	3932	850	6399925068662719
240000212751	10327	VL-E-33467	146	148	50.916959	6.931872	50.95412	6.973503	2023-10-03 12:36:05+00	2023-10-03 13:08:14+00	2767	470	7537176427907005
240000214364	10327	VL-E-58418	147	144	50.91751	6.983676	50.916874	6.949209	2024-02-06 20:39:57+00	2024-02-06 21:35:03+00	2518	1000	8217427373872108
240000217745	10327	VL-E-33467	145	149	50.946619	6.993571	50.951011	6.929582	2023-10-25 16:09:53+00	2023-10-25 16:26:39+00	2331	610	3666303206231752
240000220073	10327	VL-E-33467	144	148	50.917103	6.949057	50.954341	6.973301	2024-01-20 07:25:58+00	2024-01-20 07:38:50+00	6019	570	9015978372079554
240000222804	10327	VL-E-17902	146	148	50.916891	6.931867	50.954077	6.973642	2023-09-09 20:48:37+00	2023-09-09 21:19:03+00	4837	450	1955994699110247
240000225467	10327	VL-E-09016	147	144	50.917658	6.98345	50.917098	6.948813	2024-01-14 05:42:22+00	2024-01-14 06:33:07+00	3163	950	3123284233178468
240000228960	10350	VL-E-74913	154	157	52.513611	13.426385	52.502626	13.385941	2023-08-27 01:07:01+00	2023-08-27 01:42:09+00	799	800	7297509790396643
240000230209	10350	VL-S-19145	158	154	52.536552	13.391452	52.513851	13.426419	2023-08-26 04:49:01+00	2023-08-26 05:27:48+00	7894	580	8447848865862681
240000230408	10350	VL-E-46991	158	157	52.536601	13.391156	52.502712	13.385594	2023-08-27 06:19:01+00	2023-08-27 07:10:11+00	1269	960	9853391280854825
240000230748	10371	VL-S-21023	110	112	52.347032	4.887182	52.367493	4.9131	2024-05-06 18:36:31+00	2024-05-06 18:43:26+00	5175	360	5102378029322947
240000230795	10371	VL-S-41880	114	109	52.394027	4.926103	52.387283	4.888361	2024-05-09 19:41:31+00	2024-05-09 20:01:36+00	2472	650	0371475327419679
240000230937	10371	VL-E-83388	110	111	52.347052	4.88713	52.368245	4.914007	2024-05-08 00:15:31+00	2024-05-08 00:38:02+00	2338	520	9727710159307144
240000231506	10371	VL-S-43966	114	112	52.393744	4.925608	52.367514	4.913483	2024-05-08 00:45:31+00	2024-05-08 00:56:47+00	7058	410	2972459859586056
240000233448	10373	VL-E-33094	144	149	50.916953	6.948888	50.95093	6.929748	2024-02-22 20:30:35+00	2024-02-22 20:39:01+00	8556	0	1238549068848658
240000233877	10373	VL-S-53604	149	146	50.951072	6.929333	50.916655	6.931774	2023-12-11 22:12:40+00	2023-12-11 22:36:51+00	5999	0	3611186632526861
240000237252	10373	VL-E-58418	148	149	50.954016	6.973805	50.951057	6.929445	2024-02-15 11:42:55+00	2024-02-15 12:31:16+00	2991	0	7437440138709634
240000238001	10373	VL-E-58418	146	149	50.916872	6.93169	50.951027	6.929675	2024-04-20 03:19:48+00	2024-04-20 04:07:31+00	3364	0	5625295637369961
240000241164	10373	VL-E-09016	148	144	50.954013	6.973295	50.917212	6.948792	2024-01-04 04:44:15+00	2024-01-04 05:23:47+00	7609	0	9375523412778313
240000242433	10373	VL-E-58418	148	146	50.954129	6.973739	50.91688	6.931655	2024-04-23 12:05:33+00	2024-04-23 12:21:38+00	5011	0	5185111082044600
240000243186	10373	VL-S-53604	145	144	50.946336	6.993571	50.917099	6.949105	2024-01-14 17:27:23+00	2024-01-14 17:39:29+00	5515	0	5680024135949518
240000246905	10373	VL-S-63171	148	145	50.953954	6.973484	50.946599	6.993172	2024-05-21 18:37:23+00	2024-05-21 19:08:09+00	6211	0	4468955936287740
240000249978	10373	VL-E-17902	148	145	50.954228	6.973344	50.946253	6.993213	2024-01-03 03:39:32+00	2024-01-03 04:19:06+00	3074	0	8264353133319219
240000253787	10373	VL-E-33094	148	145	50.953992	6.973769	50.946483	6.993538	2023-10-28 13:49:45+00	2023-10-28 14:05:42+00	5350	0	0121074015159420
240000257554	10373	VL-E-17902	147	145	50.917472	6.983953	50.946582	6.993394	2024-02-05 21:09:00+00	2024-02-05 21:42:47+00	1697	0	8967820603918396
240000258714	10373	VL-E-33094	147	149	50.917581	6.983749	50.950819	6.929411	2024-02-01 12:29:13+00	2024-02-01 12:56:23+00	3772	0	3947423411980919
240000262580	10373	VL-E-09016	145	148	50.946295	6.99374	50.954135	6.973667	2024-02-22 03:23:06+00	2024-02-22 04:04:31+00	3312	0	4084274407200037
240000265499	10373	VL-E-33094	148	147	50.954347	6.973366	50.917612	6.983644	2023-11-26 12:57:09+00	2023-11-26 13:09:55+00	5343	0	1167712415046685
240000268394	10373	VL-E-58418	145	149	50.946268	6.993477	50.95078	6.929483	2024-04-18 07:03:16+00	2024-04-18 07:50:52+00	5130	0	8949907432829691
240000271015	10373	VL-E-58418	145	148	50.946252	6.993481	50.953981	6.973409	2024-05-11 20:08:47+00	2024-05-11 20:44:50+00	8091	0	2032553039753009
240000271404	10373	VL-E-96636	144	147	50.917018	6.949113	50.917592	6.983694	2023-11-06 20:06:01+00	2023-11-06 20:36:39+00	4456	0	2371131710381330
240000274459	10373	VL-S-53604	146	147	50.916879	6.931778	50.917412	6.983739	2024-05-23 04:32:58+00	2024-05-23 05:19:44+00	8250	0	5859290365586125
240000275672	10373	VL-E-09016	145	146	50.946618	6.99329	50.916896	6.931706	2024-03-21 08:58:41+00	2024-03-21 09:52:18+00	8580	0	4923101338097573
240000276078	10373	VL-S-53604	147	148	50.917683	6.983462	50.954082	6.973769	2024-04-15 13:19:13+00	2024-04-15 14:01:35+00	8450	0	9901270472012662
240000277747	10373	VL-E-96636	147	144	50.917408	6.983435	50.917038	6.949293	2024-01-08 19:11:30+00	2024-01-08 19:42:44+00	2626	0	7777265599334222
240000279017	10373	VL-E-33467	144	147	50.917212	6.949268	50.91752	6.983838	2023-12-06 14:21:52+00	2023-12-06 15:15:13+00	7689	0	4033987086396350
240000280605	10373	VL-E-58418	146	148	50.916607	6.931837	50.953994	6.97332	2024-02-03 23:17:34+00	2024-02-04 00:01:15+00	1118	0	8671887607863894
240000284605	10373	VL-S-53604	145	144	50.946564	6.993252	50.916955	6.949334	2024-03-18 15:59:48+00	2024-03-18 16:32:23+00	1520	0	2679803176814123
240000285376	10373	VL-E-33467	147	149	50.917452	6.983516	50.950881	6.92964	2024-05-29 05:32:25+00	2024-05-29 05:46:30+00	7935	0	1740694710806951
240000286417	10373	VL-E-80500	144	149	50.91687	6.94916	50.951038	6.929282	2024-03-28 23:00:02+00	2024-03-28 23:33:13+00	7163	0	0193556320615650
240000287747	10377	VL-E-82218	118	119	51.906379	4.454141	51.91491	4.465514	2024-05-19 08:44:00+00	2024-05-19 09:38:09+00	4063	990	5286572304689896
240000289208	10377	VL-S-35167	118	119	51.906463	4.454298	51.914785	4.465185	2024-04-10 18:23:21+00	2024-04-10 18:31:28+00	3646	230	0729779202903079
240000292860	10377	VL-E-25755	118	120	51.906538	4.454234	51.936467	4.490803	2024-05-07 05:43:48+00	2024-05-07 06:27:06+00	2287	730	2646303270542281
240000294846	10377	VL-S-75289	118	120	51.906491	4.454444	51.936459	4.49073	2024-05-16 18:04:46+00	2024-05-16 18:50:14+00	8410	600	8696503893936562
240000295517	10377	VL-E-31164	116	120	51.908047	4.46209	51.936139	4.491123	2024-02-02 05:10:50+00	2024-02-02 05:43:32+00	2223	470	3765600657958418
240000299225	10405	VL-S-21000	108	104	52.095833	5.149999	52.107288	5.119309	2023-10-12 12:33:10+00	2023-10-12 13:13:01+00	6882	590	9463734015146462
240000301784	10405	VL-E-74414	101	104	52.071415	5.099883	52.107372	5.119677	2023-10-14 08:05:10+00	2023-10-14 08:15:25+00	5039	400	6510706195195961
240000303088	10405	VL-S-21000	107	104	52.078673	5.096445	52.107235	5.119179	2023-10-13 08:51:10+00	2023-10-13 09:33:51+00	5084	570	9450924057708658
240000306564	10405	VL-S-73599	101	102	52.071298	5.099926	52.087491	5.116916	2023-10-17 00:02:10+00	2023-10-17 00:38:44+00	7911	810	9017747530336041
240000307217	10430	VL-E-21718	123	124	52.050048	4.266545	52.067434	4.268966	2024-04-08 11:18:36+00	2024-04-08 11:45:06+00	6094	0	9933686957821265
240000310411	10430	VL-S-62775	124	123	52.067429	4.268888	52.050306	4.266226	2024-04-25 05:19:35+00	2024-04-25 05:51:23+00	8412	0	1188959079217358
240000311945	10430	VL-S-62775	123	122	52.050422	4.266377	52.07895	4.286078	2024-03-08 11:51:00+00	2024-03-08 12:29:31+00	1980	0	8888844996064283
240000313769	10430	VL-S-10600	122	123	52.078689	4.286082	52.05038	4.26665	2024-04-29 20:59:39+00	2024-04-29 21:24:00+00	8169	0	0696293814850295
240000316797	10430	VL-S-72045	122	124	52.078962	4.286095	52.067289	4.2687	2024-05-28 23:46:05+00	2024-05-28 23:54:00+00	6929	0	6460304817367889
240000319318	10430	VL-E-62575	123	121	52.050379	4.266168	52.076445	4.324949	2024-04-25 09:15:14+00	2024-04-25 09:56:51+00	8760	0	3776425622635535
240000321113	10430	VL-S-23599	124	121	52.067386	4.268887	52.076273	4.325062	2024-04-26 18:28:20+00	2024-04-26 19:23:29+00	3262	0	6982996520600903
240000322365	10430	VL-S-23599	124	123	52.067233	4.268888	52.050218	4.266326	2024-05-22 02:58:56+00	2024-05-22 03:42:04+00	6281	0	0652223524019438
240000322598	10430	VL-S-72045	124	121	52.067314	4.268708	52.076161	4.325032	2024-05-13 16:30:01+00	2024-05-13 16:43:03+00	8278	0	5059014043854287
240000325221	10430	VL-S-23599	121	123	52.076419	4.325251	52.050298	4.266353	2024-03-24 18:48:59+00	2024-03-24 19:05:27+00	2238	0	3110990182211246
240000328364	10430	VL-S-62775	123	122	52.050175	4.266646	52.078956	4.286032	2024-04-20 09:46:42+00	2024-04-20 10:30:40+00	1675	0	8178889416063350
240000330898	10430	VL-S-23599	122	121	52.078748	4.286129	52.07627	4.325098	2024-03-27 15:39:40+00	2024-03-27 15:58:20+00	2212	0	5217369648408735
240000333064	10430	VL-E-38268	123	121	52.050269	4.266561	52.076301	4.325003	2024-05-19 13:06:32+00	2024-05-19 13:32:28+00	3774	0	0206338493983107
240000335661	10430	VL-S-23599	123	124	52.050117	4.266228	52.067233	4.268825	2024-03-15 19:49:26+00	2024-03-15 20:29:50+00	8290	0	4981867975945619
240000336316	10430	VL-E-21718	121	123	52.076528	4.325512	52.050205	4.266366	2024-04-01 01:56:06+00	2024-04-01 02:02:03+00	4288	0	0552998615952852
240000336633	10430	VL-E-21718	124	121	52.067393	4.268977	52.076469	4.32539	2024-05-19 13:04:39+00	2024-05-19 13:37:16+00	3814	0	7948730513754553
240000338388	10433	VL-E-46829	134	133	51.239781	4.396437	51.237728	4.418576	2024-02-19 14:14:51+00	2024-02-19 14:27:27+00	4268	0	7360104005772922
240000342033	10433	VL-S-93488	136	134	51.2109	4.415494	51.239813	4.396453	2023-12-29 02:45:00+00	2023-12-29 03:18:59+00	996	0	7691987189949073
240000342791	10433	VL-E-46829	135	134	51.239593	4.410753	51.23985	4.396468	2023-10-14 10:07:10+00	2023-10-14 11:00:32+00	4397	0	4477352882514400
240000344233	10433	VL-S-93488	133	134	51.237899	4.418922	51.239857	4.396842	2023-12-24 04:14:47+00	2023-12-24 05:01:40+00	5413	0	8669979471252884
240000347827	10433	VL-S-43302	135	133	51.239505	4.4104	51.23787	4.418557	2023-12-07 02:25:10+00	2023-12-07 03:14:35+00	4198	0	0407923858303823
240000350812	10433	VL-E-16146	135	133	51.239759	4.410573	51.237648	4.418506	2024-05-07 23:40:15+00	2024-05-08 00:12:23+00	8536	0	8273330026555360
240000353975	10433	VL-S-84412	136	135	51.211113	4.415698	51.239556	4.410553	2023-11-16 21:04:21+00	2023-11-16 21:57:44+00	6486	0	5277788156222199
240000356916	10433	VL-E-46829	135	136	51.239636	4.410583	51.210983	4.416024	2023-11-20 19:26:19+00	2023-11-20 20:15:26+00	7736	0	5199524121772998
240000360435	10433	VL-S-57339	133	135	51.237837	4.418519	51.239813	4.410304	2024-04-05 06:22:27+00	2024-04-05 07:12:46+00	8733	0	5586038294178100
240000360901	10433	VL-S-93488	135	134	51.239523	4.410839	51.239936	4.396518	2024-01-11 09:43:11+00	2024-01-11 10:04:57+00	8535	0	7828549721359721
240000361771	10433	VL-E-16146	134	136	51.240083	4.39672	51.210805	4.415939	2024-03-26 07:33:33+00	2024-03-26 07:55:24+00	8270	0	3394621623002278
240000362098	10433	VL-S-57339	135	136	51.239518	4.410767	51.211074	4.41586	2024-02-18 11:55:19+00	2024-02-18 12:13:37+00	4948	0	8163793092867900
240000365143	10433	VL-S-93488	135	136	51.239745	4.410455	51.21106	4.416016	2023-10-16 00:25:38+00	2023-10-16 00:44:23+00	5166	0	6337553672250486
240000368723	10433	VL-S-43302	133	135	51.237568	4.418608	51.239724	4.410636	2023-08-12 21:53:23+00	2023-08-12 22:45:41+00	1309	0	8206818397418171
240000370355	10433	VL-S-84412	133	135	51.237712	4.41851	51.23953	4.410776	2023-09-16 10:56:48+00	2023-09-16 11:23:52+00	8459	0	5816581755245252
240000373276	10433	VL-E-16146	136	134	51.210964	4.415737	51.239924	4.396331	2023-06-18 21:18:18+00	2023-06-18 21:37:13+00	1576	0	0985254208251156
240000374439	10433	VL-S-57339	134	135	51.239738	4.396779	51.239494	4.410686	2023-11-19 03:25:11+00	2023-11-19 03:36:18+00	3764	0	8081753257838699
240000377777	10433	VL-S-57339	136	133	51.210866	4.415911	51.237647	4.418751	2024-02-08 02:58:28+00	2024-02-08 03:31:38+00	8745	0	4022279101136659
240000381149	10433	VL-S-84412	134	136	51.239799	4.396854	51.210864	4.415845	2023-11-06 11:14:18+00	2023-11-06 11:28:16+00	1884	0	3381632688901316
240000384134	10433	VL-E-46829	134	135	51.240096	4.396844	51.239739	4.410446	2024-03-11 18:05:48+00	2024-03-11 18:35:16+00	6296	0	8178882251265424
240000384626	10433	VL-S-43302	135	134	51.239538	4.410859	51.24004	4.396775	2023-07-09 13:27:29+00	2023-07-09 14:06:33+00	848	0	6501246595386999
240000384741	10433	VL-S-57339	133	136	51.237924	4.418502	51.210863	4.415723	2024-01-09 01:35:16+00	2024-01-09 02:29:22+00	3691	0	7958251730536410
240000385407	10433	VL-S-57339	134	136	51.239762	4.396904	51.211097	4.415565	2023-06-08 10:45:24+00	2023-06-08 11:05:12+00	5229	0	8378731622561120
240000386953	10433	VL-E-16146	136	135	51.210934	4.415664	51.239762	4.410461	2024-05-27 07:42:10+00	2024-05-27 08:26:19+00	2603	0	4562559095927803
240000389146	10433	VL-S-84412	135	133	51.239511	4.410833	51.237563	4.418699	2023-12-13 08:19:48+00	2023-12-13 08:29:00+00	8666	0	4218273339295415
240000391425	10433	VL-S-93488	136	133	51.21085	4.415818	51.237539	4.418476	2024-05-02 18:11:56+00	2024-05-02 18:19:18+00	3147	0	3795052594687745
240000392754	10433	VL-S-57339	135	136	51.239505	4.410484	51.211128	4.415614	2023-12-28 14:49:04+00	2023-12-28 15:07:59+00	6615	0	3042743582008892
240000396738	10437	VL-S-84412	133	136	51.237633	4.418774	51.210784	4.415473	2023-07-31 20:31:34+00	2023-07-31 21:12:46+00	1464	0	5464712992531642
240000397139	10437	VL-E-46829	134	136	51.239863	4.396668	51.211035	4.415956	2024-02-03 23:41:21+00	2024-02-04 00:16:48+00	7043	0	7565735073153571
240000397774	10437	VL-E-16146	133	135	51.237677	4.418814	51.239582	4.410629	2024-05-23 13:21:23+00	2024-05-23 13:47:54+00	2809	0	5215992945871795
240000401746	10437	VL-S-84412	133	136	51.237895	4.41846	51.210837	4.415716	2024-05-14 02:08:32+00	2024-05-14 02:53:56+00	3099	0	7966809581807233
240000404352	10437	VL-E-46829	135	133	51.239768	4.410586	51.237754	4.418799	2024-04-30 19:43:31+00	2024-04-30 20:25:54+00	1881	0	5874276899854604
240000406263	10437	VL-S-43302	136	135	51.211013	4.415672	51.23975	4.410843	2024-04-10 08:55:07+00	2024-04-10 09:02:28+00	8782	0	4937638119252955
240000407399	10437	VL-E-16146	133	136	51.23785	4.418807	51.21093	4.415475	2023-10-13 17:10:15+00	2023-10-13 17:24:22+00	8045	0	8742310347119357
240000410779	10437	VL-S-43302	136	134	51.210808	4.415712	51.239846	4.396457	2024-02-19 22:31:56+00	2024-02-19 23:06:13+00	4862	0	8753709585446804
240000411863	10437	VL-S-43302	136	134	51.210909	4.415716	51.239984	4.396766	2024-04-19 20:08:10+00	2024-04-19 20:43:04+00	7845	0	0914795437212385
240000413862	10437	VL-S-93488	136	134	51.211149	4.415736	51.240106	4.396595	2023-12-20 17:47:58+00	2023-12-20 18:27:37+00	5202	0	4762232816860180
240000415122	10437	VL-E-16146	134	133	51.239927	4.396452	51.237623	4.41841	2023-08-14 12:09:15+00	2023-08-14 12:34:31+00	3277	0	9280100360139718
240000418846	10437	VL-S-43302	136	133	51.210947	4.415861	51.237849	4.418774	2024-03-16 00:39:42+00	2024-03-16 00:47:02+00	3732	0	2865669762545722
240000420314	10437	VL-S-57339	135	134	51.239786	4.410551	51.239734	4.396379	2024-05-11 09:41:40+00	2024-05-11 09:50:38+00	5451	0	5535952358873819
240000422227	10437	VL-S-43302	133	136	51.23773	4.418396	51.21103	4.415954	2024-01-31 09:25:07+00	2024-01-31 10:02:46+00	3919	0	8355473111363131
240000422436	10437	VL-S-57339	134	136	51.239942	4.396419	51.211089	4.415857	2024-02-10 03:26:56+00	2024-02-10 04:22:43+00	2557	0	4607117104996718
240000425434	10437	VL-E-46829	134	136	51.240093	4.396379	51.211145	4.416021	2023-10-25 19:40:59+00	2023-10-25 19:59:06+00	1707	0	5261499078479170
240000428030	10437	VL-E-46829	133	135	51.237726	4.418609	51.239742	4.410397	2024-05-21 06:26:28+00	2024-05-21 07:13:31+00	7436	0	9770989634496532
240000429215	10437	VL-S-93488	136	134	51.211076	4.415475	51.240059	4.396772	2023-07-12 09:17:23+00	2023-07-12 09:34:33+00	3922	0	5021428180107176
240000431477	10437	VL-S-43302	135	134	51.239802	4.410712	51.239812	4.396829	2023-11-27 18:45:30+00	2023-11-27 19:15:07+00	3631	0	4845141678332989
240000433098	10437	VL-E-46829	133	134	51.237582	4.418747	51.240013	4.396694	2023-11-08 23:27:48+00	2023-11-08 23:56:22+00	6176	0	2217052667470638
240000434267	10437	VL-S-93488	133	134	51.237779	4.418521	51.240035	4.396508	2024-02-16 13:19:53+00	2024-02-16 13:35:35+00	7856	0	0732272793606889
240000435016	10437	VL-E-46829	136	134	51.210798	4.415956	51.239818	4.3965	2023-09-29 21:50:04+00	2023-09-29 22:15:46+00	684	0	8693177310204974
240000435538	10437	VL-S-93488	135	134	51.239493	4.4103	51.239729	4.396868	2024-05-12 07:21:21+00	2024-05-12 08:01:38+00	615	0	8507546338904832
240000437027	10442	VL-E-95982	102	106	52.087298	5.117159	52.110223	5.124446	2023-09-28 11:41:00+00	2023-09-28 12:30:51+00	2551	690	5417629660559839
240000438364	10442	VL-S-21000	107	108	52.078392	5.09626	52.095808	5.150104	2023-09-28 19:50:00+00	2023-09-28 19:56:55+00	1031	360	1024913709161493
240000440042	10442	VL-S-73599	103	102	52.072254	5.135213	52.087373	5.117279	2023-09-29 01:16:00+00	2023-09-29 01:34:07+00	8697	480	1743038255480463
240000443529	10442	VL-S-21000	104	108	52.107572	5.119434	52.095911	5.150103	2023-09-26 19:43:00+00	2023-09-26 19:48:56+00	696	350	4915318236132472
240000445113	10452	VL-E-21718	123	122	52.050077	4.26625	52.078937	4.286331	2023-12-20 10:06:44+00	2023-12-20 10:35:55+00	7690	740	0379556601624469
240000448612	10452	VL-E-48398	123	124	52.050324	4.26652	52.067228	4.268599	2023-06-16 03:26:21+00	2023-06-16 03:39:31+00	2780	330	4440666925187859
240000452025	10452	VL-E-38268	121	124	52.07629	4.325082	52.067433	4.268499	2023-12-27 14:57:19+00	2023-12-27 15:11:20+00	4179	340	6297660424625440
240000453096	10477	VL-S-60348	173	174	48.571685	7.763993	48.577936	7.765451	2023-10-08 05:07:47+00	2023-10-08 05:43:36+00	6206	0	1499869430184250
240000455530	10477	VL-S-06539	173	174	48.571615	7.764381	48.578233	7.765671	2023-10-26 16:23:17+00	2023-10-26 17:10:50+00	6392	0	0564933903358661
240000458780	10477	VL-E-50290	176	173	48.555002	7.747198	48.571929	7.764361	2024-02-26 06:51:08+00	2024-02-26 07:14:04+00	8523	0	6272976100605863
240000459132	10477	VL-E-19122	173	176	48.571914	7.763986	48.55514	7.747036	2023-06-07 09:38:01+00	2023-06-07 09:50:54+00	4990	0	0765694644028795
240000459315	10477	VL-S-36931	174	173	48.578239	7.765511	48.571888	7.764364	2023-09-26 00:10:39+00	2023-09-26 00:38:47+00	687	0	7748089370265897
240000459965	10477	VL-E-19122	176	175	48.555007	7.746966	48.561833	7.785397	2023-09-18 07:49:50+00	2023-09-18 08:11:16+00	3773	0	5426939232858445
240000461279	10477	VL-E-50290	175	173	48.561669	7.785333	48.57192	7.7645	2023-06-18 23:52:11+00	2023-06-19 00:19:28+00	7355	0	1052013451233218
240000464190	10477	VL-E-49638	175	173	48.56165	7.7853	48.571847	7.764211	2024-02-08 16:51:26+00	2024-02-08 17:12:02+00	4580	0	2333885594267816
240000464701	10477	VL-S-36931	174	176	48.577978	7.765745	48.555308	7.747045	2023-10-20 06:14:01+00	2023-10-20 06:45:39+00	6083	0	6858981383862173
240000466706	10477	VL-S-74491	174	175	48.578298	7.765411	48.561655	7.785787	2023-06-09 15:52:59+00	2023-06-09 16:46:13+00	6793	0	2445316737080174
240000470506	10477	VL-E-14290	175	174	48.561688	7.785633	48.578207	7.765698	2023-11-30 19:11:59+00	2023-11-30 19:54:51+00	3378	0	7913094093617875
240000471874	10477	VL-E-19122	173	174	48.571966	7.764099	48.578283	7.76565	2023-10-06 20:26:53+00	2023-10-06 21:01:42+00	2924	0	3177393464788597
240000475002	10477	VL-E-50290	176	175	48.554986	7.746948	48.561913	7.785313	2023-07-15 11:01:48+00	2023-07-15 11:12:13+00	3452	0	8825598900396156
240000476240	10477	VL-E-50290	175	173	48.561747	7.78573	48.571676	7.764111	2023-10-11 06:17:28+00	2023-10-11 06:31:47+00	7178	0	8990819506724437
240000477125	10477	VL-E-50290	174	176	48.578128	7.765488	48.555002	7.746833	2024-01-29 03:22:55+00	2024-01-29 03:45:37+00	4946	0	2565110099214538
240000478410	10477	VL-S-36931	173	176	48.571727	7.764363	48.555224	7.746907	2023-07-05 07:53:03+00	2023-07-05 08:20:39+00	2868	0	1332717542797979
240000479532	10477	VL-E-14290	176	173	48.555208	7.747172	48.57159	7.764069	2024-01-14 19:32:34+00	2024-01-14 19:41:04+00	7896	0	1968948978563415
240000480715	10477	VL-E-69667	176	173	48.554957	7.747378	48.571744	7.76401	2023-07-28 18:42:10+00	2023-07-28 19:13:48+00	1725	0	1508119752202480
240000482706	10477	VL-S-06539	174	175	48.578246	7.765354	48.561596	7.785831	2024-04-29 15:53:09+00	2024-04-29 16:23:22+00	3429	0	4971059828669467
240000484606	10477	VL-S-74491	173	174	48.571802	7.764433	48.578168	7.76556	2023-08-05 20:28:09+00	2023-08-05 21:17:01+00	7993	0	4907043348656662
240000488231	10477	VL-E-25240	174	175	48.578313	7.76547	48.561714	7.785734	2024-03-08 05:48:07+00	2024-03-08 06:34:13+00	2674	0	0793224610352731
240000488701	10477	VL-S-74491	176	174	48.555305	7.747167	48.578035	7.76563	2023-08-12 06:04:55+00	2023-08-12 06:17:49+00	1696	0	2134695407168095
240000490880	10505	VL-S-84690	125	126	51.446545	5.463373	51.423236	5.438612	2023-12-03 15:18:01+00	2023-12-03 16:00:34+00	6923	0	1383617356692586
240000492618	10505	VL-S-84690	125	127	51.446843	5.462936	51.420111	5.468971	2024-05-22 09:36:37+00	2024-05-22 10:14:28+00	8142	0	0749678890483988
240000493251	10505	VL-E-50675	127	126	51.420021	5.469359	51.423483	5.43865	2023-09-01 00:10:26+00	2023-09-01 00:26:33+00	8223	0	7041072007908472
240000496170	10505	VL-E-71762	125	126	51.446737	5.463383	51.423562	5.43844	2024-02-02 04:03:12+00	2024-02-02 04:39:50+00	7691	0	1205236698330139
240000497406	10505	VL-E-50675	127	126	51.419946	5.469001	51.423289	5.438815	2023-08-25 15:19:25+00	2023-08-25 15:37:24+00	8517	0	9523797530516516
240000499130	10505	VL-S-09494	125	126	51.446932	5.463427	51.423444	5.43845	2024-03-10 19:49:53+00	2024-03-10 19:59:21+00	1638	0	7798673487244764
240000502848	10505	VL-S-09494	127	126	51.419856	5.469065	51.423379	5.438352	2023-06-09 08:13:16+00	2023-06-09 08:44:09+00	7396	0	8911564301393145
240000505552	10505	VL-S-88170	127	126	51.420027	5.468875	51.423455	5.438627	2024-05-12 10:49:38+00	2024-05-12 11:05:22+00	1633	0	7090007483647713
240000506727	10505	VL-S-88170	127	125	51.42015	5.469004	51.446818	5.462972	2024-03-04 12:56:12+00	2024-03-04 13:30:45+00	1421	0	6066827239122258
240000509079	10532	VL-S-95036	171	172	48.849539	2.319242	48.880308	2.358335	2023-08-07 22:27:00+00	2023-08-07 23:20:18+00	4823	0	9188242012838595
240000511063	10532	VL-S-84627	169	171	48.83912	2.375388	48.849306	2.319594	2024-04-25 02:31:25+00	2024-04-25 03:16:25+00	5456	0	1576454510265771
240000513093	10532	VL-S-62453	170	172	48.849424	2.385334	48.880475	2.358368	2023-09-19 02:21:11+00	2023-09-19 02:27:46+00	4663	0	6640061401946430
240000515865	10532	VL-S-84627	170	169	48.84932	2.385702	48.839182	2.375417	2023-06-21 16:55:36+00	2023-06-21 17:16:36+00	5953	0	5654736270521257
240000516543	10532	VL-E-99696	169	170	48.839265	2.375157	48.849272	2.385532	2023-07-01 15:00:12+00	2023-07-01 15:34:42+00	2584	0	9256132499894413
240000520224	10532	VL-E-99696	169	172	48.839221	2.375167	48.880275	2.358171	2023-12-11 15:30:36+00	2023-12-11 16:02:22+00	4681	0	5917794296761074
240000522345	10532	VL-S-53488	169	172	48.839175	2.374897	48.880372	2.35839	2023-06-22 17:09:41+00	2023-06-22 17:48:53+00	3502	0	8649267276617359
240000525913	10532	VL-S-84627	170	169	48.849166	2.385625	48.838971	2.375069	2023-11-12 12:03:16+00	2023-11-12 12:19:28+00	7164	0	9779487935761384
240000528759	10532	VL-S-19052	168	172	48.850322	2.356965	48.880463	2.358306	2024-05-21 05:50:54+00	2024-05-21 06:02:52+00	4792	0	3933865344479191
240000530878	10532	VL-S-84627	169	171	48.839158	2.374977	48.849201	2.319494	2023-11-06 22:05:33+00	2023-11-06 22:24:05+00	3285	0	4774085288877884
240000532097	10532	VL-S-10614	172	171	48.880396	2.358017	48.849435	2.319426	2023-09-07 20:08:33+00	2023-09-07 20:57:41+00	8746	0	3339540463367819
240000534620	10532	VL-E-13596	168	172	48.850263	2.356612	48.880496	2.358116	2023-11-20 13:48:14+00	2023-11-20 14:30:52+00	2289	0	0662317971191193
240000537037	10532	VL-S-68549	169	172	48.839085	2.374998	48.880294	2.358192	2024-01-15 07:27:17+00	2024-01-15 08:18:35+00	8484	0	7539914373037624
240000539349	10532	VL-S-68549	170	169	48.849192	2.385628	48.839072	2.375252	2023-08-02 10:17:22+00	2023-08-02 11:01:23+00	4013	0	3451806718988470
240000540388	10547	VL-S-40068	154	156	52.513833	13.426464	52.542104	13.372647	2024-03-10 17:07:30+00	2024-03-10 17:48:04+00	8119	600	7539618121416861
240000541399	10547	VL-S-19145	156	158	52.542214	13.372379	52.536857	13.390972	2024-03-10 05:48:30+00	2024-03-10 06:02:25+00	7042	280	7562532513309214
240000545296	10547	VL-S-68987	155	154	52.540359	13.379354	52.513693	13.426097	2024-03-09 01:47:30+00	2024-03-09 02:19:58+00	7967	470	6371997140110152
240000546778	10548	VL-S-84627	168	171	48.850296	2.356969	48.849372	2.319313	2024-02-01 06:13:41+00	2024-02-01 07:09:28+00	7137	1000	4652721275991112
240000547734	10548	VL-S-19052	169	172	48.839116	2.375069	48.880515	2.358006	2024-01-29 00:54:41+00	2024-01-29 01:39:43+00	1547	600	6441138631828425
240000548131	10548	VL-E-13596	168	171	48.850241	2.356718	48.849257	2.319674	2024-01-29 09:41:41+00	2024-01-29 10:17:42+00	2609	810	4668066536704046
240000549107	10548	VL-S-10614	171	168	48.849286	2.319318	48.850128	2.356878	2024-01-29 19:43:41+00	2024-01-29 20:34:19+00	2909	700	5843800229401523
240000550189	10565	VL-S-62066	132	130	51.040075	3.688766	51.068776	3.693348	2023-08-28 15:06:23+00	2023-08-28 15:20:24+00	1822	340	9527613852348079
240000551442	10565	VL-S-62066	131	132	51.06025	3.739778	51.040015	3.68888	2023-08-29 15:04:23+00	2023-08-29 15:23:30+00	1676	640	6614970895040937
240000554358	10565	VL-E-32210	129	131	51.044633	3.690977	51.060125	3.739944	2023-08-26 20:56:23+00	2023-08-26 21:13:59+00	5625	370	4202218275065125
240000555344	10565	VL-E-32210	129	131	51.044683	3.690888	51.060446	3.740037	2023-08-30 21:22:23+00	2023-08-30 21:37:29+00	1108	350	7643710308625322
240000556811	10565	VL-S-83214	132	131	51.040129	3.689135	51.060394	3.739828	2023-08-31 15:06:23+00	2023-08-31 15:31:41+00	8340	700	6804204302747011
240000558464	10577	VL-E-51041	137	138	50.848557	4.343406	50.860755	4.365702	2024-05-23 15:40:29+00	2024-05-23 16:17:41+00	4316	0	5715610815308804
240000558604	10577	VL-E-97507	139	137	50.82309	4.381159	50.848592	4.343238	2023-08-22 11:46:49+00	2023-08-22 12:18:25+00	711	0	1375508805303368
240000560201	10577	VL-E-54459	139	140	50.823343	4.381221	50.866882	4.337375	2024-03-12 15:05:42+00	2024-03-12 15:26:13+00	3213	0	9439894066789849
240000562882	10577	VL-E-88928	139	138	50.823165	4.381232	50.860817	4.365879	2023-06-02 23:47:19+00	2023-06-03 00:18:14+00	3465	0	1305619067660786
240000564162	10577	VL-E-97507	137	140	50.848742	4.343546	50.867008	4.33716	2024-01-18 00:04:32+00	2024-01-18 00:59:20+00	2456	0	3393256720947536
240000567053	10577	VL-E-07277	140	139	50.866999	4.337443	50.823133	4.380925	2024-04-01 06:59:54+00	2024-04-01 07:49:02+00	3395	0	2233787890556382
240000568762	10577	VL-E-11395	138	137	50.860604	4.365455	50.848748	4.343289	2023-09-14 18:16:26+00	2023-09-14 19:04:19+00	6781	0	8841726741740093
240000571013	10577	VL-S-76471	139	138	50.823312	4.381205	50.86074	4.36574	2023-07-17 13:23:01+00	2023-07-17 13:59:35+00	4067	0	6549878041756890
240000572774	10577	VL-E-88928	138	140	50.860824	4.365934	50.86705	4.337442	2023-06-20 21:30:37+00	2023-06-20 22:19:28+00	5606	0	1167644352308677
240000574681	10577	VL-E-88928	140	137	50.86691	4.337397	50.848624	4.343337	2023-10-02 07:12:16+00	2023-10-02 07:43:16+00	6345	0	9839553553459076
240000575656	10577	VL-E-54459	137	140	50.848567	4.343358	50.867127	4.337197	2024-04-02 19:50:25+00	2024-04-02 19:56:57+00	8204	0	1019699307711065
240000575870	10577	VL-E-51041	139	137	50.823184	4.381195	50.848569	4.343336	2024-02-06 17:41:10+00	2024-02-06 18:16:47+00	7711	0	6820597454950414
240000579492	10577	VL-S-76471	138	140	50.860861	4.365784	50.866892	4.337273	2024-05-19 08:03:26+00	2024-05-19 08:33:23+00	2602	0	8617963912475957
240000581924	10577	VL-S-53091	139	140	50.823336	4.380976	50.86722	4.337016	2023-09-24 22:10:04+00	2023-09-24 22:38:18+00	8601	0	3102091948637422
240000583143	10577	VL-E-19843	138	140	50.860878	4.36555	50.86698	4.337059	2023-12-07 12:57:36+00	2023-12-07 13:12:54+00	5174	0	5579437894490594
240000585799	10577	VL-E-88928	137	140	50.848503	4.343312	50.867134	4.337296	2023-06-19 18:53:31+00	2023-06-19 19:02:46+00	4873	0	1811081325137395
240000587828	10577	VL-E-11395	139	137	50.823053	4.381145	50.84848	4.343756	2024-05-18 22:44:46+00	2024-05-18 23:30:12+00	3887	0	9445258935386539
240000591061	10577	VL-E-88928	139	137	50.823301	4.380843	50.848718	4.343487	2023-12-19 20:58:12+00	2023-12-19 21:03:38+00	1094	0	5667804244383147
240000591553	10577	VL-S-53091	140	139	50.866869	4.337468	50.823081	4.38092	2024-05-29 12:57:08+00	2024-05-29 13:45:03+00	5150	0	6141033309458959
240000593501	10577	VL-E-54459	137	139	50.848542	4.343339	50.823067	4.381298	2024-05-29 16:13:29+00	2024-05-29 16:26:38+00	4271	0	6011510097995709
240000596835	10577	VL-E-51041	140	138	50.866884	4.337157	50.860912	4.365686	2023-11-24 09:17:05+00	2023-11-24 09:29:52+00	2110	0	4605184099983858
240000598617	10577	VL-E-54459	138	139	50.860533	4.3659	50.823039	4.380883	2024-03-26 14:28:56+00	2024-03-26 14:58:33+00	6698	0	4737610053827251
240000602005	10577	VL-S-82982	137	140	50.848674	4.343412	50.866864	4.33701	2023-12-30 08:27:24+00	2023-12-30 08:47:25+00	2888	0	2589280363833589
240000603923	10577	VL-S-76471	137	139	50.848701	4.343458	50.82339	4.381268	2023-07-26 16:36:08+00	2023-07-26 16:51:58+00	1588	0	8988818908451045
240000606345	10577	VL-E-11395	139	138	50.82323	4.381369	50.860801	4.365735	2023-10-21 10:01:16+00	2023-10-21 10:17:53+00	8327	0	3849154210135363
240000609237	10577	VL-E-54459	140	138	50.867241	4.33745	50.860812	4.365646	2024-02-04 23:35:35+00	2024-02-05 00:23:30+00	6937	0	3675210587458832
240000609978	10599	VL-S-10614	172	169	48.880402	2.358056	48.839019	2.375025	2023-12-24 05:43:23+00	2023-12-24 06:12:22+00	4815	430	6970050853579074
240000612505	10599	VL-S-84627	171	168	48.849445	2.319737	48.850138	2.356453	2024-05-14 08:40:47+00	2024-05-14 09:04:20+00	5074	430	9113245168716437
240000615873	10599	VL-S-19052	172	171	48.880598	2.35807	48.849513	2.319506	2023-11-28 11:44:28+00	2023-11-28 11:56:26+00	5881	410	6288540632793764
240000615993	10599	VL-S-62453	172	171	48.880407	2.358037	48.849535	2.319539	2023-12-22 02:54:51+00	2023-12-22 03:03:55+00	8213	540	6789999494053659
240000616542	10599	VL-E-13596	169	172	48.839177	2.374982	48.880607	2.358057	2023-11-25 17:44:54+00	2023-11-25 17:58:49+00	6665	330	0086246806317712
240000618609	10622	VL-S-23322	165	167	50.609649	3.026317	50.606958	3.037646	2024-04-11 07:07:33+00	2024-04-11 07:54:29+00	5595	0	3585716857773081
240000620949	10622	VL-S-23322	165	164	50.609886	3.026597	50.635097	3.032425	2024-04-15 17:20:32+00	2024-04-15 17:49:25+00	6158	0	3426424933072876
240000624293	10622	VL-S-70593	166	165	50.638367	3.048103	50.609617	3.026217	2024-01-07 11:41:26+00	2024-01-07 12:00:34+00	2197	0	4335889085598242
240000625905	10622	VL-S-99178	167	165	50.606846	3.037787	50.609612	3.026603	2023-06-23 07:24:35+00	2023-06-23 07:47:53+00	6894	0	9962237679057308
240000627336	10622	VL-S-15134	164	167	50.634919	3.032191	50.606844	3.037923	2023-12-09 01:54:34+00	2023-12-09 02:38:30+00	3864	0	5946430269635955
240000629454	10622	VL-E-60433	164	165	50.634846	3.032141	50.609909	3.026521	2024-04-22 01:06:19+00	2024-04-22 01:30:31+00	4699	0	4785174764650798
240000630328	10622	VL-E-63765	165	166	50.609788	3.026091	50.638191	3.04798	2023-06-18 18:11:56+00	2023-06-18 18:28:26+00	7198	0	8415671575483696
240000632556	10622	VL-S-23322	167	166	50.606933	3.037777	50.638186	3.047969	2023-10-29 03:07:15+00	2023-10-29 03:15:01+00	3550	0	1461250087116947
240000633137	10622	VL-S-73629	167	165	50.606643	3.038176	50.609553	3.026395	2023-12-08 01:22:58+00	2023-12-08 01:39:37+00	3993	0	5861784235141195
240000635401	10622	VL-E-89379	165	166	50.609577	3.026087	50.638422	3.04776	2023-10-07 11:11:26+00	2023-10-07 11:45:00+00	3951	0	3747051512101589
240000637289	10622	VL-E-52312	164	166	50.634918	3.032156	50.638156	3.04824	2023-06-24 17:13:55+00	2023-06-24 17:51:34+00	3327	0	1692491400646576
240000639123	10622	VL-S-15134	167	164	50.606676	3.037643	50.6351	3.031994	2023-07-23 14:44:08+00	2023-07-23 14:58:20+00	1826	0	0720765425882817
240000642774	10622	VL-E-54063	167	166	50.606651	3.037977	50.638207	3.047849	2024-05-19 01:54:18+00	2024-05-19 02:21:49+00	654	0	9365976588696661
240000643700	10622	VL-S-97756	167	164	50.606969	3.03768	50.635199	3.032305	2023-07-28 09:28:16+00	2023-07-28 09:54:45+00	6357	0	7655510825070308
240000645046	10622	VL-E-52312	166	165	50.638323	3.047897	50.609693	3.026407	2024-02-24 19:53:14+00	2024-02-24 20:26:30+00	7067	0	6255247856848685
240000645190	10622	VL-E-60433	166	167	50.638544	3.047824	50.606897	3.037871	2024-05-15 18:01:31+00	2024-05-15 18:33:56+00	959	0	2536172566337096
240000645212	10622	VL-S-23322	164	165	50.635037	3.032095	50.609636	3.026345	2023-10-20 19:01:14+00	2023-10-20 19:32:16+00	8988	0	4571730575516958
240000647942	10622	VL-S-51314	166	167	50.6385	3.048153	50.606684	3.037907	2024-04-06 16:03:06+00	2024-04-06 16:51:34+00	3333	0	9950758035013665
240000650191	10622	VL-E-60433	166	167	50.638319	3.048337	50.606638	3.038075	2024-01-08 11:49:25+00	2024-01-08 12:38:04+00	7455	0	8668912424938455
240000651113	10622	VL-E-52312	164	167	50.635033	3.032413	50.606671	3.037891	2024-05-18 09:34:28+00	2024-05-18 10:18:34+00	3940	0	8541540106096771
240000653724	10622	VL-E-63765	164	165	50.635121	3.032269	50.6097	3.026287	2023-07-06 18:39:11+00	2023-07-06 19:33:09+00	6809	0	5917046909656491
240000657585	10622	VL-E-63765	164	166	50.634963	3.032362	50.638322	3.047977	2023-11-24 18:49:35+00	2023-11-24 19:14:15+00	7259	0	0346170953602637
240000660725	10622	VL-S-15134	165	166	50.609768	3.026523	50.638156	3.047825	2023-12-19 22:05:44+00	2023-12-19 23:00:52+00	5113	0	0546028554631793
240000661098	10622	VL-S-70593	166	165	50.638506	3.048342	50.609597	3.026216	2023-06-27 23:26:21+00	2023-06-28 00:06:16+00	8185	0	5318066129935122
240000663566	10622	VL-S-70593	165	166	50.609601	3.026602	50.638504	3.047794	2023-10-21 01:52:59+00	2023-10-21 02:03:46+00	1819	0	3755306770981628
240000667445	10622	VL-S-23322	167	164	50.60673	3.038062	50.63493	3.032063	2023-12-21 12:33:00+00	2023-12-21 12:40:08+00	7966	0	2766348307970957
240000667633	10622	VL-S-15134	164	167	50.634967	3.032388	50.606814	3.037902	2024-01-31 16:14:42+00	2024-01-31 16:24:02+00	4251	0	6082156153290288
240000670178	10622	VL-S-23322	167	166	50.60667	3.038186	50.638195	3.047788	2023-12-06 18:22:54+00	2023-12-06 18:36:13+00	1035	0	1931618993094447
240000670186	10643	VL-S-53604	144	147	50.917129	6.949197	50.917487	6.983867	2023-12-27 12:44:15+00	2023-12-27 13:05:05+00	3335	0	6295598006135169
240000672491	10643	VL-E-58418	145	144	50.946343	6.993393	50.917231	6.949328	2023-09-12 23:08:18+00	2023-09-12 23:32:51+00	6879	0	0527166536194400
240000675518	10643	VL-E-33094	145	147	50.94641	6.993348	50.917512	6.983984	2023-10-15 13:42:13+00	2023-10-15 13:57:00+00	5777	0	6306379083553036
240000677247	10643	VL-E-17902	144	145	50.917001	6.949198	50.946313	6.993222	2023-12-11 07:26:09+00	2023-12-11 07:40:06+00	8940	0	7891013585127741
240000678563	10643	VL-S-53604	147	148	50.917442	6.984019	50.954277	6.973854	2024-02-04 21:15:57+00	2024-02-04 21:44:44+00	1275	0	1942841599798827
240000678646	10643	VL-E-33094	146	147	50.916789	6.931484	50.917596	6.983609	2024-05-09 05:45:47+00	2024-05-09 06:15:34+00	7704	0	6406543998278882
240000680448	10643	VL-S-63171	145	149	50.946553	6.993611	50.950855	6.929644	2023-10-15 00:06:24+00	2023-10-15 00:51:40+00	1541	0	7530712855093999
240000680993	10643	VL-E-33094	148	147	50.954003	6.973359	50.917677	6.983647	2024-05-26 22:58:53+00	2024-05-26 23:53:59+00	8046	0	3690420771648992
240000684472	10643	VL-E-80500	144	149	50.916873	6.948838	50.951111	6.929716	2024-04-07 15:08:39+00	2024-04-07 15:51:30+00	5039	0	8102750321066504
240000685408	10643	VL-S-63171	148	147	50.954312	6.973485	50.917478	6.983428	2023-10-05 16:39:40+00	2023-10-05 17:13:12+00	3760	0	5907016205578454
240000685443	10643	VL-E-09016	149	144	50.951141	6.929468	50.916901	6.948986	2023-11-13 00:04:51+00	2023-11-13 00:44:24+00	1287	0	9534848218745105
240000686971	10643	VL-E-96636	144	148	50.917089	6.949291	50.954138	6.973742	2024-02-20 07:30:54+00	2024-02-20 07:47:06+00	7107	0	1322704278097750
240000688511	10643	VL-E-96636	147	146	50.917529	6.983459	50.91658	6.931386	2023-11-27 20:01:32+00	2023-11-27 20:12:02+00	2022	0	7650801741234443
240000690448	10643	VL-E-33467	144	145	50.917003	6.949271	50.94647	6.993349	2023-10-13 20:56:21+00	2023-10-13 21:38:56+00	5696	0	4751111474108432
240000693460	10643	VL-E-33094	148	146	50.95401	6.973523	50.916819	6.931864	2024-02-02 02:49:35+00	2024-02-02 02:57:37+00	3798	0	9225617509681337
240000694581	10643	VL-E-33094	146	147	50.9167	6.931371	50.917329	6.983755	2024-03-16 02:47:36+00	2024-03-16 03:37:28+00	791	0	4078626898633464
240000698044	10643	VL-S-63171	149	147	50.951033	6.92957	50.917521	6.983564	2023-08-28 03:06:24+00	2023-08-28 03:14:59+00	1144	0	3836490634753473
240000699062	10643	VL-E-09016	144	148	50.917067	6.949225	50.954119	6.973325	2023-12-11 09:55:26+00	2023-12-11 10:40:14+00	3778	0	9398424789429672
240000699659	10643	VL-S-53604	148	145	50.954007	6.973476	50.946568	6.993335	2023-12-28 01:27:12+00	2023-12-28 02:07:29+00	1452	0	1151059706166363
240000702277	10643	VL-E-33094	145	149	50.946573	6.99319	50.950861	6.929449	2024-03-13 13:12:17+00	2024-03-13 13:44:06+00	3756	0	4107403597823500
240000705306	10643	VL-E-80500	144	149	50.916884	6.948929	50.951154	6.929668	2024-04-01 11:23:39+00	2024-04-01 11:47:46+00	4079	0	5144953314774761
240000706556	10643	VL-S-63171	149	147	50.950881	6.929632	50.917431	6.983926	2023-11-30 17:21:07+00	2023-11-30 17:59:37+00	2407	0	3798905119066136
240000707388	10643	VL-S-63171	148	146	50.954308	6.973351	50.916891	6.931369	2024-03-02 10:20:56+00	2024-03-02 10:29:24+00	3612	0	0442250406490418
240000709194	10668	VL-E-17902	149	146	50.950977	6.929269	50.916763	6.931768	2024-01-28 04:41:13+00	2024-01-28 05:00:14+00	2594	0	7403190282154869
240000709661	10668	VL-S-63171	147	149	50.917372	6.983906	50.950901	6.929431	2023-06-03 16:08:42+00	2023-06-03 16:30:38+00	1771	0	8671073755970408
240000711529	10668	VL-E-17902	145	146	50.946537	6.993217	50.916684	6.931542	2023-12-17 10:25:50+00	2023-12-17 10:52:12+00	6257	0	6439755208142034
240000712319	10668	VL-S-53604	146	147	50.916798	6.931675	50.917447	6.98359	2023-06-17 12:22:50+00	2023-06-17 12:51:17+00	3329	0	5074194877660050
240000713754	10668	VL-E-33094	146	148	50.916758	6.931323	50.954015	6.973349	2024-02-08 18:43:31+00	2024-02-08 18:55:58+00	6713	0	2909995520780218
240000716780	10668	VL-E-33467	147	148	50.917323	6.983835	50.953998	6.973418	2023-08-01 07:33:07+00	2023-08-01 07:58:48+00	5605	0	1962203468479096
240000718914	10668	VL-E-33467	147	149	50.917574	6.983867	50.951022	6.929254	2024-03-08 16:15:22+00	2024-03-08 17:10:27+00	1830	0	8782308054126898
240000719465	10668	VL-E-96636	145	147	50.9463	6.993642	50.91742	6.984022	2023-11-13 11:53:37+00	2023-11-13 12:26:55+00	2477	0	7684350719440521
240000722326	10668	VL-S-63171	146	148	50.916797	6.931773	50.954327	6.973685	2023-11-18 16:26:55+00	2023-11-18 16:48:49+00	6678	0	3781631660210688
240000723946	10668	VL-E-58418	147	144	50.917621	6.983772	50.917203	6.949161	2024-02-03 12:40:02+00	2024-02-03 12:57:48+00	7773	0	8744150979328322
240000726187	10668	VL-E-09016	148	146	50.954253	6.973351	50.91683	6.931314	2023-09-22 12:27:52+00	2023-09-22 13:02:28+00	756	0	0283055639458597
240000727816	10702	VL-E-14645	131	132	51.06028	3.740032	51.040185	3.688696	2024-05-21 05:24:14+00	2024-05-21 06:18:45+00	1192	0	1234821231960349
240000730526	10702	VL-S-30473	128	129	51.064134	3.743036	51.044876	3.691046	2024-01-15 12:20:52+00	2024-01-15 13:03:24+00	4096	0	1178365218456442
240000733099	10702	VL-E-69429	130	132	51.068728	3.693504	51.040136	3.689167	2024-02-07 14:07:40+00	2024-02-07 14:58:31+00	7991	0	7843217987229853
240000736070	10702	VL-E-32210	131	130	51.060327	3.7398	51.068636	3.69352	2024-01-20 12:31:19+00	2024-01-20 13:26:41+00	6759	0	5818432999794483
240000739976	10702	VL-S-62066	129	131	51.044638	3.691185	51.06034	3.740023	2024-05-16 03:08:22+00	2024-05-16 03:17:42+00	2586	0	4297924365413412
240000743855	10702	VL-S-62066	131	128	51.060391	3.739872	51.064086	3.742586	2024-05-30 13:36:45+00	2024-05-30 13:42:08+00	6221	0	1881407893705263
240000746166	10702	VL-E-32210	129	130	51.044742	3.69108	51.068707	3.693484	2024-01-17 18:34:52+00	2024-01-17 19:09:08+00	8906	0	0167083206574495
240000747761	10702	VL-E-14645	129	128	51.044928	3.691081	51.064041	3.742935	2024-05-25 12:19:14+00	2024-05-25 12:58:32+00	6491	0	1221895266004035
240000751593	10702	VL-S-40075	129	131	51.04471	3.690866	51.06011	3.739879	2024-04-17 16:46:56+00	2024-04-17 17:38:13+00	6925	0	0556728728937767
240000753692	10732	VL-S-23322	165	167	50.609837	3.026145	50.60684	3.03813	2023-11-26 21:43:52+00	2023-11-26 21:53:44+00	8880	0	1098599403166380
240000754747	10732	VL-S-70593	166	165	50.638514	3.047817	50.609598	3.026436	2024-03-27 07:15:18+00	2024-03-27 07:48:58+00	8954	0	2187739096746550
240000758595	10732	VL-S-73629	166	164	50.638435	3.048129	50.635145	3.032023	2023-08-01 15:25:38+00	2023-08-01 15:46:10+00	8300	0	6223461441030373
240000760928	10732	VL-E-54063	165	166	50.609642	3.026377	50.638223	3.048087	2023-12-14 19:09:08+00	2023-12-14 19:47:27+00	4182	0	3501661263849600
240000763455	10732	VL-S-23322	164	167	50.635165	3.032483	50.606969	3.037906	2023-07-27 08:47:20+00	2023-07-27 09:02:00+00	5212	0	2008692633874446
240000767260	10732	VL-E-89379	164	165	50.635204	3.032433	50.609663	3.026608	2023-09-28 04:41:34+00	2023-09-28 05:28:16+00	3683	0	4404571585788205
240000770776	10732	VL-S-73629	165	164	50.609877	3.026537	50.634966	3.032204	2023-09-20 05:10:37+00	2023-09-20 05:55:55+00	8998	0	6628106771884916
240000772918	10732	VL-S-99178	165	164	50.609876	3.026229	50.635145	3.032207	2024-05-16 11:26:04+00	2024-05-16 12:18:28+00	8498	0	3184238143567899
240000773619	10732	VL-E-52312	165	164	50.609911	3.026541	50.634888	3.032387	2023-07-15 05:29:00+00	2023-07-15 05:58:59+00	5027	0	4915734921302772
240000775668	10732	VL-E-54063	165	166	50.609772	3.026599	50.6382	3.048069	2024-01-11 07:50:24+00	2024-01-11 08:41:17+00	695	0	8207626470781642
240000778629	10732	VL-E-60433	167	165	50.606826	3.037784	50.609538	3.026279	2024-02-22 20:06:43+00	2024-02-22 21:01:10+00	6932	0	0188410225798220
240000781317	10732	VL-S-73629	166	164	50.638285	3.047936	50.634993	3.031936	2024-01-21 21:58:26+00	2024-01-21 22:22:19+00	7898	0	4496077896529477
240000784590	10732	VL-E-54063	166	167	50.638297	3.048308	50.606701	3.037707	2023-07-31 11:34:53+00	2023-07-31 12:18:43+00	6380	0	5683802086549625
240000788380	10748	VL-E-19843	140	137	50.866975	4.337101	50.848492	4.343684	2023-06-26 04:53:39+00	2023-06-26 05:21:21+00	5079	0	3702308177099128
240000790041	10748	VL-E-19843	139	140	50.823323	4.381336	50.866858	4.337465	2024-05-23 06:35:25+00	2024-05-23 07:30:43+00	5106	0	5444469543538577
240000792394	10748	VL-E-88928	138	140	50.860723	4.365865	50.866872	4.337037	2023-12-06 11:42:05+00	2023-12-06 12:34:14+00	3675	0	6407162679575258
240000794618	10748	VL-S-53091	139	137	50.823041	4.381291	50.848671	4.343474	2023-08-25 15:14:19+00	2023-08-25 16:00:44+00	8556	0	2404310881221575
240000795327	10748	VL-E-97507	140	139	50.867082	4.337126	50.823021	4.381285	2024-02-08 14:45:26+00	2024-02-08 15:41:10+00	7731	0	0989170792542433
240000797619	10748	VL-S-53091	138	140	50.860618	4.365747	50.867209	4.337352	2023-08-07 02:37:35+00	2023-08-07 02:44:12+00	4409	0	7960425561623059
240000800537	10748	VL-E-07277	138	139	50.860809	4.365419	50.823159	4.380989	2023-10-21 23:38:38+00	2023-10-21 23:43:55+00	1140	0	7408957608749972
240000803985	10748	VL-E-11395	138	137	50.860713	4.365769	50.848653	4.343469	2024-03-07 10:19:00+00	2024-03-07 10:53:27+00	1749	0	4036855729271830
240000806652	10748	VL-E-97507	139	138	50.823325	4.381255	50.86085	4.365812	2024-02-06 01:35:04+00	2024-02-06 01:40:30+00	5725	0	9422000173030405
240000810069	10748	VL-E-51041	139	140	50.823386	4.380938	50.866904	4.337551	2023-07-12 06:22:11+00	2023-07-12 07:06:16+00	4297	0	7891971488221889
240000810355	10748	VL-E-11395	137	140	50.848822	4.343253	50.867042	4.337234	2024-05-12 06:13:11+00	2024-05-12 06:48:21+00	4332	0	9500285455362991
240000811943	10748	VL-E-51041	140	138	50.867156	4.337455	50.86066	4.36547	2024-05-17 23:10:10+00	2024-05-18 00:02:16+00	8066	0	0195347956146232
240000812520	10748	VL-S-82982	137	138	50.848468	4.343562	50.86071	4.365654	2023-06-07 12:58:13+00	2023-06-07 13:47:15+00	7973	0	1178481617069039
240000815097	10748	VL-E-97507	137	139	50.848497	4.343663	50.823236	4.380952	2023-11-17 03:34:02+00	2023-11-17 04:13:03+00	6857	0	7597906178554967
240000817206	10748	VL-E-19843	140	138	50.866974	4.337118	50.860831	4.365783	2024-03-11 15:48:27+00	2024-03-11 16:44:21+00	5236	0	9771974486880452
240000820464	10748	VL-E-97507	137	140	50.848759	4.343319	50.86693	4.337255	2024-02-22 12:26:44+00	2024-02-22 13:15:50+00	4661	0	4862523220930955
240000822159	10748	VL-S-53091	138	139	50.860816	4.365782	50.823277	4.3809	2023-07-16 22:41:17+00	2023-07-16 23:06:51+00	6309	0	1419996168632025
240000823822	10748	VL-S-82982	138	137	50.860894	4.365886	50.84879	4.343314	2023-12-17 01:52:20+00	2023-12-17 02:38:53+00	4486	0	4098851020804452
240000825809	10748	VL-E-51041	137	139	50.848718	4.343556	50.823316	4.380976	2024-03-17 20:31:54+00	2024-03-17 21:16:32+00	8979	0	1680033039758497
240000827552	10748	VL-S-82982	137	140	50.848582	4.343827	50.866857	4.337061	2024-03-28 08:38:05+00	2024-03-28 08:53:39+00	6594	0	8995698556803403
240000830341	10748	VL-E-19843	140	139	50.867003	4.337038	50.823273	4.380835	2023-12-30 22:04:53+00	2023-12-30 22:13:42+00	6740	0	5998911040994446
240000833913	10748	VL-E-07277	137	139	50.848517	4.343546	50.82333	4.381392	2024-04-14 11:33:36+00	2024-04-14 12:06:21+00	5820	0	2152958642147770
240000835490	10748	VL-E-51041	140	138	50.867184	4.337573	50.860738	4.365638	2024-04-05 11:43:19+00	2024-04-05 12:29:07+00	8538	0	7466012087655471
240000837911	10748	VL-E-07277	139	138	50.823376	4.380846	50.860791	4.365882	2024-04-07 18:53:38+00	2024-04-07 19:27:26+00	7332	0	0214030691724692
240000839514	10748	VL-E-54459	139	140	50.823156	4.381292	50.867226	4.33723	2024-01-05 18:30:25+00	2024-01-05 18:52:47+00	7953	0	5742825572058828
240000843004	10760	VL-S-60720	156	154	52.542124	13.372366	52.513756	13.426232	2024-01-03 00:32:56+00	2024-01-03 01:04:22+00	7883	760	1365681422482106
240000846798	10760	VL-S-76964	157	155	52.502582	13.385527	52.540316	13.379501	2023-12-30 14:04:56+00	2023-12-30 14:32:31+00	5963	470	1589590982320846
240000847538	10760	VL-S-19145	156	154	52.542255	13.372249	52.51385	13.426216	2024-01-04 16:52:56+00	2024-01-04 17:17:46+00	2755	440	3350733428104557
240000850245	10760	VL-E-46991	157	154	52.502572	13.385789	52.513593	13.426146	2024-01-04 04:46:56+00	2024-01-04 05:08:55+00	7225	660	0722830271339088
240000851693	10760	VL-E-74913	157	156	52.502589	13.385619	52.542213	13.372131	2024-01-02 17:00:56+00	2024-01-02 17:55:32+00	2447	740	3155629873903928
240000853456	10787	VL-S-23599	123	124	52.050111	4.266409	52.067396	4.268723	2024-03-06 22:25:35+00	2024-03-06 22:42:14+00	2772	360	0369102040413848
240000856394	10787	VL-E-38268	124	122	52.067281	4.268851	52.078865	4.286188	2024-01-02 00:50:29+00	2024-01-02 01:31:51+00	4043	860	8494690933433002
240000860340	10787	VL-S-23599	122	123	52.078978	4.286244	52.050034	4.266328	2023-11-16 01:27:03+00	2023-11-16 01:41:08+00	3638	590	0149194118138748
240000864310	10815	VL-E-09016	149	145	50.951006	6.92937	50.9465	6.993333	2024-05-05 07:08:30+00	2024-05-05 07:22:13+00	2636	580	0396585906980447
240000867448	10815	VL-E-58418	148	144	50.954308	6.97355	50.917135	6.949164	2024-04-16 12:58:06+00	2024-04-16 13:15:21+00	3368	470	1131002249046247
240000868550	10815	VL-E-96636	147	145	50.917509	6.983846	50.946245	6.993385	2024-03-24 02:21:08+00	2024-03-24 02:30:54+00	8061	540	7324255276105080
240000869229	10815	VL-S-53604	146	148	50.916834	6.931656	50.954098	6.973573	2024-05-05 21:24:14+00	2024-05-05 21:43:44+00	6941	390	7324955486077672
240000871910	10815	VL-E-80500	146	145	50.916758	6.931308	50.946254	6.993664	2024-04-16 06:47:04+00	2024-04-16 06:52:08+00	3451	250	6304142469707770
240000875374	10818	VL-S-72045	123	124	52.050181	4.266396	52.067373	4.268757	2023-09-29 23:46:06+00	2023-09-30 00:27:47+00	3008	610	5024249597910313
240000876989	10818	VL-S-23599	121	122	52.076406	4.325394	52.078762	4.286063	2024-03-17 08:54:06+00	2024-03-17 09:40:05+00	6663	900	1854493006649802
240000878463	10818	VL-S-23599	124	122	52.067468	4.268469	52.078674	4.286421	2023-10-15 20:34:26+00	2023-10-15 20:52:52+00	5829	380	0561390480516537
240000880814	10851	VL-E-67348	177	179	48.223986	16.361636	48.20695	16.397667	2023-11-18 03:25:16+00	2023-11-18 03:48:50+00	1556	0	7661156565063329
240000881041	10851	VL-E-25473	178	180	48.201448	16.376121	48.19714	16.364357	2024-04-02 12:53:49+00	2024-04-02 13:03:42+00	1999	0	2437242298416790
240000882032	10851	VL-E-13701	181	178	48.195971	16.378737	48.201228	16.37609	2023-10-31 00:22:30+00	2023-10-31 01:15:44+00	1350	0	1083617927568599
240000883542	10851	VL-S-39079	177	181	48.223896	16.362073	48.195992	16.378971	2023-10-31 01:57:36+00	2023-10-31 02:05:04+00	3338	0	0792390702652713
240000884927	10851	VL-S-02273	180	179	48.197083	16.363923	48.207013	16.397212	2023-10-21 14:05:53+00	2023-10-21 14:29:18+00	4155	0	0850536491101908
240000885374	10851	VL-E-33181	179	178	48.20695	16.397145	48.201257	16.376186	2023-08-24 21:45:26+00	2023-08-24 22:12:16+00	2889	0	6275374351694692
240000886742	10851	VL-E-67348	180	177	48.197101	16.364193	48.224002	16.362024	2024-04-28 14:40:15+00	2024-04-28 15:14:53+00	2027	0	5231658318474442
240000887556	10851	VL-E-67348	177	178	48.223933	16.361502	48.20122	16.376231	2023-10-20 00:51:34+00	2023-10-20 01:00:14+00	2859	0	0349193801496538
240000888228	10851	VL-S-40239	180	179	48.197242	16.364121	48.207146	16.397568	2023-10-04 02:39:55+00	2023-10-04 02:50:41+00	3614	0	8562215546271683
240000889858	10851	VL-S-40239	180	181	48.197141	16.364263	48.196088	16.378813	2024-02-16 00:15:30+00	2024-02-16 00:39:53+00	8042	0	2450928291184448
240000892050	10851	VL-E-33181	181	179	48.196216	16.378855	48.206981	16.397568	2023-08-11 07:43:19+00	2023-08-11 07:50:56+00	3148	0	1576566388264024
240000895148	10851	VL-S-40239	177	179	48.223748	16.361688	48.207225	16.397629	2023-12-01 20:08:48+00	2023-12-01 20:47:01+00	4469	0	8479683783024782
240000895749	10851	VL-E-67348	181	177	48.196034	16.378525	48.223704	16.361815	2023-10-22 22:14:49+00	2023-10-22 22:26:43+00	7905	0	2630758361498830
240000895851	10851	VL-S-39079	177	178	48.224021	16.361684	48.201215	16.375971	2024-02-17 07:13:28+00	2024-02-17 08:07:05+00	3409	0	1336148110605252
240000895999	10851	VL-S-39079	177	180	48.223906	16.361883	48.197015	16.364311	2023-08-13 17:16:11+00	2023-08-13 17:47:49+00	7271	0	8360665996815636
240000899811	10851	VL-S-40239	181	178	48.196339	16.378957	48.201249	16.375873	2024-02-17 00:17:23+00	2024-02-17 01:01:53+00	8423	0	9574608636820492
240000901193	10851	VL-E-99133	181	179	48.196028	16.378646	48.207212	16.397334	2023-08-27 14:39:00+00	2023-08-27 15:18:39+00	8344	0	0266507020323038
240000903834	10851	VL-S-40239	178	177	48.201124	16.376231	48.223688	16.361589	2023-06-23 19:34:11+00	2023-06-23 20:28:05+00	5402	0	0785496974282366
240000904917	10851	VL-S-02273	179	180	48.207107	16.397447	48.197206	16.36395	2023-08-09 12:18:07+00	2023-08-09 13:13:35+00	7084	0	6178467220430916
240000905226	10851	VL-E-05856	181	179	48.196329	16.37861	48.207095	16.39726	2024-04-02 06:44:41+00	2024-04-02 07:19:14+00	4371	0	6459119392639098
240000909220	10851	VL-S-40239	179	180	48.207228	16.397362	48.19717	16.363992	2023-12-05 23:18:39+00	2023-12-05 23:33:33+00	5846	0	9879778610471239
240000912531	10851	VL-E-67348	177	178	48.224052	16.361674	48.20132	16.376098	2023-06-04 16:12:13+00	2023-06-04 16:36:58+00	5933	0	9651974330122668
240000915717	10851	VL-S-39079	178	181	48.201442	16.375847	48.196325	16.379083	2023-10-04 13:57:45+00	2023-10-04 14:51:35+00	2344	0	5016938800236482
240000917006	10851	VL-E-99133	177	179	48.22395	16.362013	48.207244	16.397183	2023-09-06 15:43:33+00	2023-09-06 15:51:26+00	2585	0	4950932118158286
240000917178	10851	VL-S-40239	180	178	48.197134	16.364257	48.201312	16.375744	2024-04-16 15:12:46+00	2024-04-16 15:22:16+00	4786	0	9756846966573313
240000917873	10852	VL-E-01631	111	110	52.368309	4.914166	52.346897	4.886898	2024-01-12 00:22:04+00	2024-01-12 00:33:05+00	2070	410	6784505351819386
240000917937	10852	VL-S-21023	112	111	52.36748	4.913351	52.36839	4.913945	2024-01-09 22:25:04+00	2024-01-09 23:11:56+00	1609	760	6457985934773166
240000918939	10852	VL-E-83388	115	112	52.376799	4.929678	52.367605	4.913349	2024-01-07 21:33:04+00	2024-01-07 21:49:02+00	6254	600	0418213553558579
240000921505	10858	VL-S-68987	155	156	52.540415	13.379367	52.542357	13.372451	2023-09-18 21:02:09+00	2023-09-18 21:44:33+00	8080	720	5558537427292827
240000921554	10858	VL-S-12328	158	154	52.53678	13.391478	52.513666	13.426143	2024-01-04 20:19:34+00	2024-01-04 20:30:55+00	1904	260	3028147264983492
240000924820	10866	VL-E-05856	177	179	48.223839	16.362015	48.207018	16.397533	2023-12-28 08:17:24+00	2023-12-28 09:06:41+00	6176	690	1003275326292758
240000928156	10866	VL-E-25473	181	178	48.196339	16.379022	48.201431	16.376005	2024-05-25 15:00:50+00	2024-05-25 15:45:00+00	4364	640	2313471801617644
240000929191	10866	VL-E-05856	181	178	48.196201	16.378521	48.201215	16.376178	2023-09-28 20:27:29+00	2023-09-28 21:01:22+00	8518	480	1300224068185244
240000932801	10866	VL-E-05856	178	179	48.201228	16.375903	48.20694	16.397482	2024-01-23 03:33:26+00	2024-01-23 04:07:01+00	1071	530	9328272478617579
240000933269	10899	VL-S-30473	131	132	51.060148	3.74	51.040021	3.689149	2024-03-18 04:07:31+00	2024-03-18 04:49:47+00	1990	0	9634115213946468
240000936647	10899	VL-E-32210	130	132	51.068973	3.69386	51.04038	3.688807	2024-02-05 10:01:57+00	2024-02-05 10:16:57+00	5609	0	8957396240007375
240000939608	10899	VL-E-14645	129	131	51.044685	3.690975	51.060277	3.739585	2024-05-02 20:02:00+00	2024-05-02 20:37:53+00	5439	0	3995417139141334
240000942198	10899	VL-S-40075	130	131	51.068627	3.69341	51.0601	3.739655	2023-10-25 08:53:26+00	2023-10-25 09:00:26+00	7206	0	6692907245915253
240000942830	10899	VL-E-96704	128	131	51.064178	3.742747	51.060228	3.73956	2024-01-30 17:05:15+00	2024-01-30 18:00:08+00	4310	0	9632827235257553
240000945775	10899	VL-S-01759	131	132	51.060131	3.739784	51.040244	3.688727	2023-12-29 13:22:07+00	2023-12-29 13:41:49+00	3030	0	7576205582026719
240000947810	10899	VL-E-14645	128	130	51.064299	3.742927	51.068908	3.693762	2024-02-06 00:39:16+00	2024-02-06 00:50:55+00	2424	0	1851516997457994
240000950486	10899	VL-S-30473	128	131	51.064301	3.742683	51.0601	3.740027	2023-08-09 10:16:13+00	2023-08-09 11:09:08+00	5180	0	3134932863013358
240000950597	10912	VL-E-63765	166	167	50.638187	3.04813	50.606905	3.037928	2024-02-21 10:51:24+00	2024-02-21 11:38:05+00	8533	610	1875215746077592
240000952725	10912	VL-E-52312	164	167	50.634885	3.032272	50.606809	3.037862	2023-06-17 07:43:50+00	2023-06-17 08:18:04+00	4452	640	3070698353066560
240000952896	10912	VL-E-60433	166	164	50.638528	3.047978	50.635035	3.031965	2023-10-31 11:39:08+00	2023-10-31 11:50:22+00	6329	410	8634897786941609
240000955225	10912	VL-S-23322	164	167	50.635051	3.03241	50.606728	3.037866	2023-10-29 07:29:03+00	2023-10-29 07:40:00+00	4960	550	3121548836909476
240000956048	10912	VL-E-63765	164	165	50.634954	3.03205	50.609601	3.026122	2023-06-24 20:04:06+00	2023-06-24 20:38:25+00	3986	790	1981206481078923
240000959076	10912	VL-S-97756	166	167	50.638456	3.048065	50.606647	3.038037	2023-12-12 14:46:18+00	2023-12-12 15:33:50+00	5726	670	8285240954325774
240000959765	10924	VL-E-28716	142	141	50.861743	4.690255	50.881697	4.706048	2024-02-23 09:17:57+00	2024-02-23 09:23:18+00	7125	250	9404307023936109
240000963573	10924	VL-E-58743	143	142	50.884433	4.682606	50.861695	4.690109	2023-06-22 20:51:13+00	2023-06-22 21:44:55+00	7789	830	0268674374811868
240000963997	10924	VL-E-13354	141	143	50.881423	4.706068	50.884528	4.68264	2024-04-19 20:24:02+00	2024-04-19 20:41:54+00	8841	370	5491948237597403
240000965745	10924	VL-E-76471	142	141	50.861676	4.689962	50.881429	4.70577	2024-03-19 11:09:02+00	2024-03-19 11:24:59+00	7354	600	6729886947958379
240000969462	10924	VL-S-29422	141	143	50.881733	4.706189	50.884386	4.682263	2024-02-27 07:30:54+00	2024-02-27 08:10:26+00	7025	540	0498135290413671
240000971538	10924	VL-E-95346	143	141	50.88442	4.682396	50.881535	4.705736	2024-03-02 04:49:01+00	2024-03-02 05:07:20+00	1549	480	0308462165412721
240000973780	10927	VL-S-76471	138	140	50.860592	4.365656	50.867236	4.337026	2023-10-22 18:04:59+00	2023-10-22 18:47:56+00	7015	0	9959711665341341
240000976387	10927	VL-S-82982	137	138	50.848642	4.343813	50.860866	4.365811	2024-02-17 12:14:13+00	2024-02-17 12:20:03+00	1188	0	0935596294941681
240000977556	10927	VL-E-88928	138	140	50.860722	4.365779	50.867083	4.33715	2023-06-11 08:36:31+00	2023-06-11 08:44:11+00	7035	0	8160828489159441
240000979049	10927	VL-E-11395	137	138	50.848529	4.343266	50.86052	4.36585	2024-04-24 23:25:58+00	2024-04-24 23:52:46+00	3867	0	6200318743298840
240000979455	10927	VL-E-97507	139	137	50.823331	4.380935	50.848773	4.343759	2023-11-20 09:19:25+00	2023-11-20 09:39:53+00	4723	0	9152054426225204
240000981421	10927	VL-S-53091	138	140	50.860543	4.365974	50.867058	4.33723	2024-01-20 03:38:55+00	2024-01-20 04:19:32+00	5643	0	9012226194394774
240000981955	10927	VL-E-97507	137	140	50.848782	4.343783	50.867191	4.337519	2023-07-10 19:17:43+00	2023-07-10 19:26:28+00	4851	0	5748337674505650
240000983345	10927	VL-S-53091	139	137	50.823224	4.381316	50.848807	4.343701	2023-06-02 17:39:02+00	2023-06-02 18:30:48+00	2117	0	8662420758012016
240000984987	10949	VL-S-57339	135	136	51.239702	4.410781	51.211028	4.415776	2024-04-18 02:10:51+00	2024-04-18 03:03:12+00	5875	820	2085603033715180
240000985008	10949	VL-E-16146	133	136	51.237837	4.418778	51.21081	4.415575	2024-05-27 00:39:09+00	2024-05-27 01:11:59+00	3212	620	7188459332034301
240000988425	10949	VL-E-16146	133	134	51.237905	4.418768	51.239814	4.396653	2024-05-21 23:43:40+00	2024-05-22 00:26:26+00	5245	570	0376874508948340
240000989633	10949	VL-S-93488	135	136	51.239846	4.410525	51.210878	4.415875	2024-04-30 11:25:12+00	2024-04-30 11:45:15+00	3784	400	8912592734670203
240000992128	10949	VL-S-57339	133	135	51.237559	4.418682	51.239511	4.410324	2024-05-15 02:20:14+00	2024-05-15 03:08:10+00	6241	920	0332034932711079
240000995078	10949	VL-S-57339	136	135	51.211007	4.415528	51.239628	4.410512	2024-05-29 16:18:25+00	2024-05-29 17:00:46+00	730	620	1458176259014845
240000995303	10949	VL-S-84412	134	136	51.239988	4.396573	51.211149	4.415906	2024-05-27 18:42:16+00	2024-05-27 19:22:42+00	2493	700	6810614114004090
240000997942	10949	VL-S-57339	136	135	51.210982	4.415963	51.239659	4.410472	2024-05-27 13:17:13+00	2024-05-27 14:07:00+00	1769	940	6154079231778433
240001000344	10949	VL-S-43302	134	135	51.239752	4.396401	51.239563	4.410735	2024-05-20 07:50:16+00	2024-05-20 08:09:02+00	6148	330	6096694031208250
240001003147	10949	VL-E-46829	136	133	51.210801	4.415801	51.237843	4.418376	2024-04-21 17:14:30+00	2024-04-21 18:07:50+00	4242	830	3206386394008422
240001004535	10961	VL-S-84412	134	136	51.240053	4.396342	51.211044	4.415565	2024-03-30 17:55:13+00	2024-03-30 18:03:33+00	3227	530	5816493774010026
240001007827	10961	VL-S-43302	135	133	51.239549	4.410676	51.237796	4.418422	2023-08-09 05:36:53+00	2023-08-09 05:45:39+00	2094	280	7174669190853007
240001010264	10961	VL-S-43302	134	135	51.240102	4.396704	51.239867	4.410556	2023-12-01 05:48:02+00	2023-12-01 05:55:41+00	8508	270	9806954608542365
240001011563	10969	VL-E-27180	159	163	45.770436	4.842241	45.747054	4.810458	2023-12-15 01:42:56+00	2023-12-15 01:55:45+00	2361	420	7033470268681575
240001012332	10969	VL-E-71510	162	160	45.780471	4.810672	45.777591	4.854857	2024-04-06 05:23:12+00	2024-04-06 05:45:32+00	4184	670	4604981891412061
240001013510	10969	VL-E-71510	160	162	45.777818	4.854903	45.78022	4.810755	2024-05-08 16:32:23+00	2024-05-08 16:50:34+00	5683	630	8991213675688360
240001015178	10969	VL-E-48876	159	160	45.770425	4.842161	45.777774	4.854832	2024-04-30 23:08:09+00	2024-04-30 23:44:43+00	6672	510	6874554253690644
240001017407	10969	VL-E-27180	163	161	45.747064	4.810747	45.750545	4.833502	2023-10-16 11:13:20+00	2023-10-16 12:04:47+00	2596	810	8578372123540655
240001018172	10969	VL-E-48876	161	160	45.750314	4.833813	45.77767	4.855251	2024-03-14 23:30:25+00	2024-03-14 23:44:26+00	8220	340	7826619149712245
240001020576	10969	VL-E-98001	159	163	45.770656	4.842119	45.746885	4.810567	2023-11-30 00:26:32+00	2023-11-30 01:21:29+00	5180	690	5321197591923212
240001021548	10969	VL-E-71510	159	163	45.770613	4.842417	45.747104	4.810663	2023-10-30 08:29:10+00	2023-10-30 09:06:14+00	5426	570	1638800596087010
240001023492	10969	VL-E-48876	159	160	45.770497	4.842045	45.777652	4.854864	2023-11-08 16:56:54+00	2023-11-08 17:46:06+00	8944	640	6488492851906790
240001026276	10969	VL-E-71510	161	163	45.750345	4.833598	45.747212	4.810466	2023-11-13 09:32:39+00	2023-11-13 10:20:37+00	4753	670	9357321735771746
240001026773	10996	VL-S-23599	124	122	52.067108	4.268435	52.078651	4.286459	2024-03-18 18:09:39+00	2024-03-18 18:43:45+00	8703	540	7363028835014092
240001027178	10996	VL-S-72045	122	121	52.079013	4.286156	52.076396	4.325006	2024-02-29 19:07:23+00	2024-02-29 19:21:58+00	1431	440	8953325156203188
240001029873	10996	VL-E-62575	122	123	52.078984	4.286226	52.050325	4.266368	2024-05-15 09:29:42+00	2024-05-15 10:23:45+00	8096	690	4169633662299143
240001030088	10996	VL-E-62575	121	124	52.076551	4.325308	52.067273	4.268854	2024-04-04 05:04:19+00	2024-04-04 05:49:53+00	3693	600	8437761187066578
240001033378	10996	VL-S-62775	124	122	52.067261	4.268886	52.078938	4.286376	2024-04-14 13:44:23+00	2024-04-14 14:13:51+00	6256	740	9055623033191804
240001033641	10996	VL-S-10600	124	122	52.067425	4.268602	52.078696	4.286389	2024-03-06 08:28:52+00	2024-03-06 09:11:52+00	7810	630	7408901092978550
240001034595	11018	VL-S-80363	111	109	52.368122	4.913864	52.387503	4.888208	2024-02-02 04:54:06+00	2024-02-02 05:05:34+00	6386	410	4602652220304119
240001035450	11018	VL-S-80363	111	114	52.368362	4.914	52.393868	4.92616	2024-02-02 01:16:06+00	2024-02-02 02:01:29+00	6623	900	4209336471737111
240001039383	11018	VL-S-21023	113	110	52.386464	4.870261	52.347137	4.887312	2024-02-01 21:52:06+00	2024-02-01 21:57:29+00	2050	500	7753355974114586
240001043202	11018	VL-E-83388	115	110	52.376751	4.930085	52.347146	4.886859	2024-02-02 03:33:06+00	2024-02-02 04:25:40+00	755	720	0092419883501042
240001045174	11018	VL-S-21023	114	112	52.394064	4.925686	52.367318	4.913312	2024-02-01 05:25:06+00	2024-02-01 06:18:55+00	8197	830	1516521175965750
240001045286	11053	VL-E-33181	177	179	48.223719	16.362068	48.207247	16.397252	2024-05-11 11:24:32+00	2024-05-11 12:09:58+00	1117	650	5942799694839458
240001049280	11053	VL-E-33181	177	180	48.223781	16.362036	48.197163	16.364357	2024-04-10 20:09:48+00	2024-04-10 20:35:50+00	6892	410	1661693144860854
240001052016	11053	VL-E-99133	179	177	48.207207	16.397482	48.223721	16.361615	2024-05-25 06:25:57+00	2024-05-25 06:37:31+00	4652	560	2484966617310955
240001054082	11053	VL-E-99133	177	179	48.224033	16.361835	48.207072	16.397592	2023-11-03 17:47:03+00	2023-11-03 17:52:42+00	7564	350	2359671851987294
240001056475	11053	VL-S-40239	177	178	48.223835	16.361837	48.201455	16.376078	2024-02-10 01:14:06+00	2024-02-10 01:32:39+00	8341	480	6965921448071460
240001056601	11053	VL-S-39079	181	180	48.196026	16.378873	48.197284	16.364151	2023-11-19 20:13:14+00	2023-11-19 20:56:21+00	4768	730	0125826031230740
240001060434	11053	VL-E-33181	179	177	48.207044	16.397694	48.22401	16.361819	2023-12-11 08:03:51+00	2023-12-11 08:11:15+00	4838	270	2908302599285543
240001063985	11056	VL-E-96636	146	147	50.916907	6.931463	50.917615	6.983764	2024-05-20 00:08:27+00	2024-05-20 00:20:00+00	5701	560	3257987960606675
240001065468	11056	VL-E-33094	144	146	50.916916	6.949334	50.91685	6.931779	2024-01-16 22:26:00+00	2024-01-16 23:02:30+00	8182	510	9297125881953682
240001068266	11056	VL-E-80500	149	146	50.950795	6.929222	50.916825	6.931598	2024-04-30 13:47:49+00	2024-04-30 13:55:13+00	8479	220	5817444124030879
240001070012	11056	VL-E-96636	147	144	50.917353	6.983748	50.917034	6.949205	2023-07-06 17:16:14+00	2023-07-06 18:05:57+00	5201	790	9983545865158680
240001071850	11056	VL-E-33467	146	148	50.916724	6.931525	50.953954	6.9733	2024-05-16 02:50:42+00	2024-05-16 03:11:54+00	7977	360	2944048775820846
240001073715	11056	VL-E-33094	149	147	50.951122	6.929574	50.91756	6.983556	2024-01-13 20:21:28+00	2024-01-13 21:05:12+00	710	580	4779516281899673
240001073961	11056	VL-E-80500	146	149	50.916578	6.9314	50.950963	6.929409	2024-01-29 01:32:12+00	2024-01-29 02:05:15+00	4413	530	6076515398630308
240001077419	11070	VL-E-74913	158	154	52.536671	13.391277	52.513804	13.426087	2023-12-19 22:40:40+00	2023-12-19 23:29:34+00	3932	0	5736307428552897
240001079637	11070	VL-E-14241	155	157	52.540336	13.378963	52.50267	13.385669	2024-05-12 00:47:26+00	2024-05-12 01:38:25+00	7599	0	9429969280302920
240001082688	11070	VL-E-43379	154	155	52.513734	13.426061	52.540659	13.379492	2024-03-17 22:25:25+00	2024-03-17 22:47:42+00	8514	0	4067623556545672
240001086540	11070	VL-S-19145	158	154	52.53663	13.391465	52.513716	13.426338	2024-02-12 09:10:38+00	2024-02-12 10:02:10+00	5000	0	0643610664785712
240001089674	11070	VL-S-76964	156	158	52.542201	13.37246	52.536879	13.391003	2023-12-05 08:44:38+00	2023-12-05 09:09:24+00	2049	0	0063471204718722
240001090747	11070	VL-S-60720	157	155	52.502438	13.385548	52.54046	13.379305	2024-05-02 11:46:18+00	2024-05-02 12:12:55+00	3898	0	3104476155287347
240001092608	11070	VL-S-40068	157	154	52.502562	13.385699	52.513754	13.426521	2024-05-19 01:08:17+00	2024-05-19 01:51:06+00	3988	0	1904804321422130
240001093300	11070	VL-S-68987	158	154	52.536543	13.391387	52.513876	13.426591	2024-05-08 20:35:28+00	2024-05-08 21:26:16+00	8124	0	7704977327710993
240001095661	11070	VL-S-60720	158	157	52.536794	13.391158	52.502447	13.385593	2024-03-16 23:58:24+00	2024-03-17 00:10:03+00	884	0	9297314749254003
240001099196	11070	VL-S-68987	154	155	52.513871	13.42652	52.540633	13.379465	2024-03-10 02:55:02+00	2024-03-10 03:48:19+00	7969	0	5100515911070412
240001101346	11070	VL-S-68987	156	154	52.542182	13.372471	52.513602	13.42633	2024-01-21 16:50:02+00	2024-01-21 17:38:39+00	6672	0	3017348386799307
240001102702	11070	VL-S-60720	157	156	52.502663	13.385969	52.542282	13.372218	2024-04-25 12:25:15+00	2024-04-25 12:42:33+00	1549	0	4398173606766441
240001105565	11095	VL-S-70351	162	159	45.780323	4.810379	45.770456	4.84192	2023-08-10 23:30:19+00	2023-08-11 00:22:59+00	8387	0	4671525984769182
240001108823	11095	VL-E-31407	162	163	45.780528	4.81091	45.747018	4.810743	2024-04-22 17:45:16+00	2024-04-22 18:17:10+00	8745	0	5545140297387408
240001110566	11095	VL-E-24877	161	159	45.750175	4.833593	45.770538	4.841853	2023-11-07 19:24:18+00	2023-11-07 19:55:34+00	2278	0	2483514167258600
240001113657	11095	VL-E-24877	163	162	45.746821	4.810938	45.780431	4.810571	2024-02-03 11:11:56+00	2024-02-03 11:34:20+00	4212	0	4818401564634582
240001116329	11095	VL-E-24877	159	162	45.770383	4.842278	45.780537	4.810869	2023-12-20 19:07:00+00	2023-12-20 19:13:01+00	7096	0	6228722364574829
240001117676	11095	VL-E-31407	160	159	45.777581	4.854831	45.77056	4.842288	2023-12-23 23:38:26+00	2023-12-24 00:05:23+00	2277	0	9378504644490567
240001118028	11095	VL-E-98001	162	160	45.780289	4.810739	45.777887	4.855234	2023-07-24 10:16:39+00	2023-07-24 11:11:53+00	4363	0	0398834715128472
240001121784	11095	VL-E-98001	162	163	45.780456	4.810481	45.747134	4.810628	2023-09-07 17:49:49+00	2023-09-07 18:42:27+00	2969	0	2917553925018174
240001122497	11095	VL-E-71510	161	159	45.750221	4.833974	45.770314	4.842389	2023-08-06 13:34:29+00	2023-08-06 13:47:06+00	5937	0	0341558872096583
240001125698	11095	VL-E-98001	162	159	45.780228	4.810581	45.770474	4.841948	2023-09-29 05:47:04+00	2023-09-29 06:37:25+00	5738	0	8792347600917365
240001125947	11095	VL-E-98001	159	161	45.770592	4.842154	45.750379	4.833609	2024-04-26 09:24:18+00	2024-04-26 09:32:49+00	4500	0	3496453371571375
240001129657	11095	VL-E-71510	161	159	45.750441	4.833515	45.770462	4.842085	2023-10-18 14:02:53+00	2023-10-18 14:38:52+00	3385	0	1936775040487135
240001133450	11095	VL-S-70351	159	163	45.770603	4.842087	45.746974	4.810643	2023-10-07 12:37:22+00	2023-10-07 13:05:45+00	8103	0	1398777239906601
240001135904	11095	VL-E-98001	162	159	45.780507	4.810401	45.770302	4.842381	2023-12-18 19:52:00+00	2023-12-18 20:21:36+00	3166	0	7596561547718282
240001135921	11095	VL-S-70351	161	159	45.750477	4.833819	45.770289	4.842083	2023-07-30 07:57:22+00	2023-07-30 08:51:50+00	3872	0	3397690300570090
240001138782	11095	VL-E-71510	159	163	45.770362	4.842021	45.747036	4.810576	2024-02-22 10:10:03+00	2024-02-22 10:28:07+00	6917	0	3344768837664393
240001141010	11095	VL-E-48876	162	161	45.780339	4.810854	45.750315	4.833738	2024-05-11 05:52:16+00	2024-05-11 06:09:24+00	8073	0	4410857935241590
240001144628	11095	VL-E-71510	162	159	45.780186	4.810811	45.770523	4.84206	2024-04-17 04:12:05+00	2024-04-17 05:00:23+00	1737	0	7865859581158889
240001144809	11095	VL-E-27180	162	163	45.780223	4.810912	45.747011	4.810487	2024-05-18 10:52:17+00	2024-05-18 11:06:46+00	8026	0	6521684326647966
240001144866	11095	VL-S-70351	161	163	45.750508	4.833452	45.747181	4.810736	2024-01-07 12:00:02+00	2024-01-07 12:50:57+00	3021	0	2267019686340550
240001148533	11095	VL-E-31407	159	162	45.770627	4.841914	45.78019	4.810398	2023-11-10 10:15:04+00	2023-11-10 10:32:22+00	4739	0	9728054185270895
240001149056	11095	VL-E-27180	160	161	45.777551	4.854761	45.75042	4.833785	2024-05-21 00:13:34+00	2024-05-21 00:32:20+00	3299	0	4410708657163773
240001150272	11095	VL-S-70351	159	161	45.770619	4.841877	45.750546	4.833614	2023-11-22 06:23:34+00	2023-11-22 07:12:43+00	2619	0	2431549477893573
240001152517	11095	VL-E-71510	161	160	45.750519	4.833924	45.777814	4.855028	2023-11-18 05:17:27+00	2023-11-18 05:35:02+00	1913	0	1762508956233671
240001154739	11095	VL-E-31407	163	160	45.747132	4.8106	45.777781	4.855094	2024-04-21 09:25:22+00	2024-04-21 09:31:42+00	3310	0	5102347661138903
240001158199	11095	VL-E-31407	163	160	45.747055	4.810556	45.777908	4.855098	2023-07-26 20:09:25+00	2023-07-26 20:47:14+00	3281	0	6232614019540336
240001159972	11095	VL-E-31407	161	162	45.750546	4.833881	45.78028	4.810851	2023-06-06 22:11:07+00	2023-06-06 22:27:12+00	3025	0	4242038198710102
240001160705	11095	VL-E-11390	160	161	45.777714	4.854881	45.750205	4.83345	2023-08-11 05:12:13+00	2023-08-11 05:19:47+00	837	0	2353830021644699
240001163784	11095	VL-E-24877	159	161	45.770368	4.842253	45.750335	4.833516	2024-03-30 22:43:37+00	2024-03-30 23:31:11+00	7158	0	4489603159139600
240001164363	11115	VL-S-39079	179	180	48.207245	16.397419	48.197269	16.364239	2023-10-04 21:54:38+00	2023-10-04 22:32:07+00	7134	570	0012126139157988
240001167572	11115	VL-E-33181	179	180	48.20697	16.39767	48.197134	16.364219	2023-09-05 18:33:27+00	2023-09-05 19:01:19+00	7028	470	4877800835248203
240001168666	11115	VL-S-02273	177	179	48.223973	16.361884	48.207253	16.397158	2024-04-25 07:49:33+00	2024-04-25 08:05:26+00	5906	450	7704550127368212
240001168847	11116	VL-S-53604	145	148	50.946313	6.993433	50.954195	6.97352	2024-01-13 07:02:36+00	2024-01-13 07:10:10+00	5315	220	3948612580509672
240001168944	11116	VL-E-33467	148	146	50.954206	6.973618	50.916926	6.931527	2023-06-30 22:37:07+00	2023-06-30 23:19:26+00	3196	870	6575880923582664
240001171193	11116	VL-E-09016	145	148	50.946272	6.993646	50.953975	6.973435	2023-09-09 04:55:43+00	2023-09-09 05:07:35+00	8603	410	7170314229366456
240001172248	11116	VL-E-09016	147	145	50.917631	6.983474	50.9465	6.993435	2023-09-28 23:50:10+00	2023-09-29 00:17:24+00	1743	570	3877370463643426
240001174351	11144	VL-E-32061	120	117	51.936224	4.491122	51.930169	4.498424	2024-03-15 07:20:06+00	2024-03-15 07:50:14+00	4489	0	7617721749403592
240001177774	11144	VL-S-97108	117	119	51.92999	4.498643	51.914653	4.46504	2024-01-28 02:40:46+00	2024-01-28 03:36:06+00	674	0	0254657092976134
240001178222	11144	VL-E-32061	116	118	51.90805	4.462425	51.906462	4.454321	2024-05-17 07:08:39+00	2024-05-17 07:14:08+00	1078	0	2455397243302577
240001181944	11144	VL-S-75289	116	119	51.908233	4.462135	51.914836	4.465079	2024-03-24 00:36:09+00	2024-03-24 01:09:09+00	5160	0	2771809085142055
240001182367	11144	VL-E-32061	119	120	51.915031	4.465214	51.936481	4.490751	2024-03-02 05:02:05+00	2024-03-02 05:25:45+00	999	0	3111680569115525
240001182863	11144	VL-S-97108	116	117	51.907968	4.462257	51.930322	4.498344	2024-01-01 18:40:08+00	2024-01-01 19:24:06+00	4682	0	9579261861538115
240001186395	11144	VL-S-33971	117	119	51.929981	4.49839	51.914972	4.465275	2023-08-30 06:36:25+00	2023-08-30 07:02:41+00	4437	0	8816367699532694
240001187841	11144	VL-E-32061	120	116	51.93615	4.491188	51.908014	4.462424	2023-06-06 00:29:07+00	2023-06-06 01:14:52+00	7344	0	0335219345061261
240001190720	11144	VL-E-25755	117	119	51.930278	4.498358	51.914906	4.465076	2024-01-04 12:14:50+00	2024-01-04 12:26:35+00	4902	0	3581239374535781
240001194303	11144	VL-S-75289	120	117	51.936502	4.491049	51.930329	4.498623	2023-06-22 08:33:06+00	2023-06-22 09:23:01+00	8988	0	7306876151088262
240001196218	11144	VL-S-65181	120	119	51.936335	4.490909	51.914872	4.46543	2023-06-05 19:54:55+00	2023-06-05 20:12:06+00	8003	0	6219953746340700
240001197251	11144	VL-S-97108	117	119	51.930151	4.498295	51.914864	4.465311	2023-11-01 13:49:00+00	2023-11-01 14:40:08+00	7063	0	6541335889458512
240001200426	11144	VL-E-30077	119	117	51.914755	4.465014	51.930174	4.498555	2024-04-16 01:43:30+00	2024-04-16 01:55:53+00	7128	0	5357144771567294
240001203904	11144	VL-S-33971	120	117	51.936384	4.49091	51.930331	4.498763	2024-02-05 12:37:51+00	2024-02-05 13:00:56+00	2210	0	7722288076703685
240001204258	11144	VL-S-65181	118	120	51.906581	4.454246	51.93639	4.490976	2024-04-11 20:59:32+00	2024-04-11 21:07:21+00	8011	0	9105144551153328
240001204902	11144	VL-E-31164	116	120	51.90824	4.462265	51.936127	4.491002	2023-12-05 22:24:43+00	2023-12-05 23:09:20+00	6712	0	0692866923285306
240001205996	11144	VL-S-35167	120	117	51.936331	4.490979	51.930071	4.498384	2024-05-11 11:53:18+00	2024-05-11 12:10:15+00	8865	0	1462154041859483
240001208326	11144	VL-S-33971	120	119	51.936359	4.49093	51.914951	4.465171	2023-07-07 03:39:46+00	2023-07-07 04:10:37+00	6304	0	2155314914887808
240001210685	11181	VL-S-21023	112	114	52.367357	4.913115	52.39384	4.926043	2024-02-29 16:07:03+00	2024-02-29 16:51:23+00	8684	590	2054318576528652
240001212451	11181	VL-S-41880	112	109	52.367624	4.913406	52.38759	4.887916	2024-03-01 02:37:03+00	2024-03-01 03:19:20+00	5286	620	9018713147608252
240001213339	11181	VL-E-54229	109	114	52.387496	4.887971	52.393842	4.925814	2024-03-01 04:44:03+00	2024-03-01 05:31:29+00	5710	770	6955502491279581
240001213926	11181	VL-S-43966	111	110	52.368377	4.913906	52.346915	4.886898	2024-03-02 06:47:03+00	2024-03-02 06:56:39+00	3859	240	0433641249604158
240001214450	11181	VL-S-22150	111	114	52.368187	4.913806	52.394038	4.926073	2024-02-27 22:31:03+00	2024-02-27 22:59:24+00	2355	580	0364940737484142
240001218019	11215	VL-S-84412	135	134	51.239645	4.41035	51.239755	4.396766	2024-04-29 22:38:21+00	2024-04-29 23:30:55+00	8491	0	4896858952025012
240001221862	11215	VL-S-57339	136	135	51.210826	4.415616	51.239752	4.410874	2023-08-05 21:19:06+00	2023-08-05 21:39:28+00	7112	0	3762510667563648
240001222080	11215	VL-S-93488	136	134	51.211056	4.415743	51.239955	4.396371	2023-09-22 22:57:19+00	2023-09-22 23:24:24+00	7431	0	3695160072802911
240001224669	11215	VL-S-93488	134	136	51.23981	4.396526	51.21114	4.415575	2024-05-12 15:14:10+00	2024-05-12 16:05:44+00	1354	0	8814739371797486
240001225160	11215	VL-S-57339	134	135	51.240052	4.396826	51.239723	4.410874	2023-09-15 15:28:19+00	2023-09-15 15:34:08+00	1936	0	1557948185795414
240001227625	11215	VL-S-84412	136	135	51.210995	4.415531	51.239545	4.41063	2023-09-09 12:17:41+00	2023-09-09 13:11:45+00	3772	0	0469437936000669
240001228452	11215	VL-E-16146	135	134	51.239593	4.410412	51.239947	4.396829	2023-09-02 06:36:27+00	2023-09-02 06:43:17+00	3866	0	9939239460618019
240001231430	11215	VL-E-16146	136	133	51.211088	4.415919	51.23781	4.418381	2024-05-18 22:22:26+00	2024-05-18 22:52:07+00	8248	0	6502263931842778
240001234171	11215	VL-E-46829	136	133	51.210884	4.415743	51.237736	4.418398	2024-01-15 11:57:35+00	2024-01-15 12:18:31+00	1224	0	1392181345916455
240001235376	11215	VL-E-16146	135	136	51.239853	4.410437	51.211151	4.415997	2023-09-09 03:03:30+00	2023-09-09 03:50:17+00	2130	0	3055046546138307
240001239101	11215	VL-S-93488	135	134	51.239729	4.410668	51.239801	4.396883	2023-09-06 00:08:11+00	2023-09-06 00:21:33+00	7497	0	0983966690516441
240001241353	11215	VL-S-43302	134	133	51.239779	4.396625	51.237709	4.418892	2023-11-16 15:13:36+00	2023-11-16 15:22:36+00	2884	0	4448697278440305
240001245351	11215	VL-S-93488	135	136	51.239632	4.410454	51.210801	4.415756	2024-02-02 11:03:27+00	2024-02-02 11:50:23+00	820	0	1189541517148016
240001248914	11215	VL-S-57339	133	136	51.237808	4.418394	51.210828	4.41568	2024-04-16 07:16:30+00	2024-04-16 07:34:28+00	4540	0	7329001494365889
240001251017	11215	VL-E-46829	134	135	51.239891	4.396363	51.239856	4.410693	2023-11-04 17:05:46+00	2023-11-04 17:17:31+00	6690	0	7066043957024105
240001252394	11215	VL-E-46829	134	135	51.240035	4.396327	51.239664	4.410303	2023-06-28 17:36:35+00	2023-06-28 18:20:49+00	684	0	3360669006070076
240001252485	11215	VL-S-57339	134	136	51.240068	4.39667	51.210829	4.415662	2023-07-28 11:04:46+00	2023-07-28 11:55:05+00	6370	0	7009380629261601
240001255187	11215	VL-E-16146	133	135	51.237799	4.418615	51.23966	4.410602	2024-05-21 10:38:03+00	2024-05-21 10:48:17+00	8993	0	3501524828940664
240001256982	11215	VL-E-46829	136	135	51.211141	4.415596	51.239647	4.410444	2023-10-28 21:48:07+00	2023-10-28 22:16:27+00	8706	0	2063261039100756
240001260571	11215	VL-S-57339	136	133	51.211025	4.415595	51.237751	4.418856	2023-06-10 09:39:42+00	2023-06-10 10:10:52+00	2631	0	0070023982977192
240001262869	11215	VL-S-84412	136	133	51.21115	4.415534	51.2379	4.418759	2023-08-22 21:17:09+00	2023-08-22 21:25:51+00	2391	0	5117563600688924
240001266112	11215	VL-E-46829	135	133	51.23952	4.410613	51.237748	4.41851	2024-01-10 09:39:27+00	2024-01-10 10:34:58+00	5756	0	5544999263354609
240001266121	11215	VL-S-57339	136	133	51.211097	4.415957	51.237813	4.418673	2023-10-11 12:29:16+00	2023-10-11 13:03:39+00	1933	0	6248660969950742
240001268028	11215	VL-E-46829	135	134	51.239866	4.410315	51.239808	4.396724	2024-02-16 23:39:41+00	2024-02-16 23:50:57+00	4663	0	3846278130995847
240001269313	11232	VL-E-95982	104	106	52.107468	5.119587	52.109943	5.124385	2024-04-18 02:32:48+00	2024-04-18 03:26:26+00	4341	0	4540957966566221
240001272283	11232	VL-E-95982	102	103	52.087288	5.116935	52.072542	5.135612	2023-06-21 11:31:17+00	2023-06-21 11:58:24+00	5773	0	1708232132002981
240001274876	11232	VL-S-21000	105	104	52.106118	5.104677	52.107335	5.119515	2023-07-07 16:49:18+00	2023-07-07 17:08:18+00	1202	0	7438698164865595
240001275196	11232	VL-E-95982	108	101	52.095813	5.149917	52.071258	5.099481	2023-07-10 19:35:54+00	2023-07-10 20:11:52+00	8290	0	0751835540765910
240001277945	11232	VL-S-01905	101	107	52.071241	5.09969	52.078507	5.096089	2023-11-26 06:09:54+00	2023-11-26 06:53:27+00	3517	0	4999289144961805
240001279850	11232	VL-S-73599	104	102	52.107531	5.119196	52.08735	5.116917	2023-08-08 04:51:39+00	2023-08-08 05:43:34+00	5091	0	8807883478134226
240001282628	11232	VL-E-74414	102	103	52.087638	5.116955	52.072395	5.135506	2023-12-06 19:33:12+00	2023-12-06 19:43:15+00	6157	0	1409953089455293
240001284996	11232	VL-S-73599	106	105	52.110186	5.124042	52.106301	5.104711	2024-02-04 13:08:15+00	2024-02-04 13:33:15+00	3645	0	3311422585511834
240001288863	11232	VL-S-90140	103	107	52.07227	5.135626	52.078622	5.09643	2023-10-05 21:30:42+00	2023-10-05 21:52:03+00	6482	0	1016388923822913
240001289873	11232	VL-S-90140	106	108	52.109903	5.124006	52.095971	5.149872	2023-08-22 17:42:59+00	2023-08-22 18:33:04+00	3957	0	4849086273242511
240001292156	11232	VL-E-74414	105	101	52.106334	5.104563	52.071134	5.099481	2024-03-10 04:52:26+00	2024-03-10 05:21:23+00	7892	0	6991227787050798
240001292979	11232	VL-S-01905	106	104	52.10989	5.124093	52.107334	5.119651	2024-05-20 23:53:11+00	2024-05-21 00:25:05+00	8732	0	6072454686194175
240001294858	11232	VL-S-21000	101	105	52.071467	5.099594	52.106213	5.104485	2023-09-06 05:17:27+00	2023-09-06 06:03:58+00	7878	0	0163821258537625
240001297797	11232	VL-E-95982	105	107	52.106071	5.104286	52.078418	5.09631	2023-10-10 16:27:25+00	2023-10-10 17:08:26+00	973	0	4067969600687591
240001299900	11232	VL-S-73599	105	104	52.106007	5.104287	52.107549	5.119573	2023-08-31 07:08:48+00	2023-08-31 07:57:35+00	1682	0	6075653175925119
240001303033	11232	VL-S-01905	102	105	52.087417	5.11734	52.106192	5.104235	2023-08-02 19:37:53+00	2023-08-02 20:30:19+00	2621	0	0479737339138907
240001304021	11232	VL-S-21000	102	101	52.087562	5.117323	52.071243	5.099779	2023-09-17 00:04:47+00	2023-09-17 00:19:58+00	3243	0	3430808383884419
240001305134	11232	VL-S-01905	106	101	52.110144	5.124152	52.071327	5.099818	2024-03-13 05:09:58+00	2024-03-13 05:44:31+00	4404	0	4861303697828330
240001308817	11232	VL-S-73599	106	104	52.11023	5.124334	52.107217	5.119473	2024-03-05 15:19:52+00	2024-03-05 16:05:22+00	7246	0	8426466963383253
240001308932	11232	VL-S-21000	107	106	52.078348	5.096477	52.110138	5.124151	2023-11-22 16:58:42+00	2023-11-22 17:54:05+00	848	0	9478595034217494
240001310750	11232	VL-S-01905	106	102	52.110047	5.124549	52.087298	5.116825	2024-03-21 13:38:20+00	2024-03-21 14:06:31+00	3498	0	6915803729164296
240001313900	11232	VL-E-95982	103	107	52.072295	5.13577	52.078638	5.096158	2023-09-21 08:33:10+00	2023-09-21 08:46:03+00	3492	0	5315536694791859
240001315423	11232	VL-E-95982	105	101	52.106269	5.10471	52.071132	5.099725	2024-03-05 02:17:31+00	2024-03-05 03:09:18+00	6707	0	7995926242101037
240001319303	11232	VL-S-21000	104	107	52.107312	5.119399	52.078325	5.096212	2024-05-10 13:13:48+00	2024-05-10 13:20:17+00	4979	0	9026425369418564
240001323177	11235	VL-S-39079	178	177	48.201392	16.375941	48.22377	16.362004	2024-05-04 18:31:08+00	2024-05-04 19:17:27+00	3403	760	0955297472301012
240001326283	11235	VL-E-33181	180	181	48.197228	16.364243	48.196248	16.378822	2024-03-23 22:06:41+00	2024-03-23 22:51:00+00	2469	640	1899537335482307
240001328751	11235	VL-S-39079	177	180	48.223817	16.361813	48.197332	16.36435	2024-03-13 08:21:57+00	2024-03-13 08:41:32+00	5429	340	2640031178190756
240001328839	11235	VL-E-05856	178	181	48.201216	16.376177	48.196215	16.378647	2024-04-21 12:10:31+00	2024-04-21 12:58:27+00	5358	770	1128257582999738
240001329725	11235	VL-E-33181	180	179	48.197116	16.364283	48.207256	16.397441	2024-02-20 07:11:15+00	2024-02-20 07:58:15+00	5754	770	4927266702083637
240001329788	11262	VL-S-21000	104	108	52.107301	5.119331	52.095931	5.149548	2023-09-19 06:16:19+00	2023-09-19 07:11:48+00	952	0	4749863998369735
240001332515	11262	VL-S-73599	101	103	52.071374	5.099787	52.072219	5.13521	2023-07-14 23:00:20+00	2023-07-14 23:22:08+00	7647	0	6297780663074097
240001335211	11262	VL-S-73599	105	102	52.106031	5.104675	52.087468	5.116905	2023-11-30 15:31:13+00	2023-11-30 15:37:48+00	5388	0	0341304253549362
240001338940	11262	VL-S-01905	108	101	52.095939	5.149698	52.071476	5.099616	2023-12-02 16:13:40+00	2023-12-02 16:59:35+00	8254	0	6845201397583884
240001339646	11262	VL-S-90140	103	108	52.072505	5.135265	52.095648	5.149974	2023-12-01 06:14:19+00	2023-12-01 06:42:39+00	6760	0	1172474688805459
240001340599	11262	VL-S-90140	103	104	52.07249	5.13563	52.107311	5.119749	2023-12-20 06:06:22+00	2023-12-20 06:46:17+00	3611	0	3965453514361830
240001343070	11262	VL-E-95982	101	103	52.071225	5.099816	52.072494	5.13534	2023-06-20 16:15:00+00	2023-06-20 17:04:52+00	1417	0	8093359858390677
240001344690	11262	VL-S-01905	104	103	52.107472	5.119375	52.072465	5.13526	2023-11-27 21:07:11+00	2023-11-27 21:55:56+00	4306	0	0685737109812930
240001345828	11262	VL-S-21000	106	101	52.110085	5.124276	52.071118	5.099463	2023-10-19 13:41:01+00	2023-10-19 14:16:52+00	6194	0	3381967571949248
240001348768	11262	VL-S-01905	108	106	52.09596	5.150089	52.109901	5.124051	2023-08-08 23:11:18+00	2023-08-09 00:01:12+00	8037	0	8766153317814951
240001352669	11262	VL-E-74414	101	104	52.071463	5.099851	52.107225	5.119738	2023-09-13 09:40:55+00	2023-09-13 10:30:31+00	7153	0	5459178971498651
240001353232	11262	VL-S-01905	104	108	52.10727	5.119357	52.095884	5.149714	2023-09-05 19:15:47+00	2023-09-05 19:47:26+00	5836	0	1008110639325640
240001355735	11262	VL-S-01905	104	103	52.107402	5.119307	52.072333	5.135727	2024-01-17 18:03:17+00	2024-01-17 18:59:08+00	7484	0	4843942102228211
240001356850	11262	VL-S-21000	107	102	52.078465	5.096269	52.087442	5.117189	2023-12-04 02:50:28+00	2023-12-04 03:01:33+00	5234	0	1324864250485528
240001360842	11262	VL-E-95982	102	104	52.08733	5.116788	52.107398	5.119354	2023-12-15 06:57:59+00	2023-12-15 07:11:20+00	8153	0	9828675226914658
240001361752	11262	VL-S-73599	101	103	52.071396	5.09994	52.072414	5.135462	2024-04-01 03:15:49+00	2024-04-01 03:56:01+00	5766	0	8496736790245158
240001365666	11262	VL-S-21000	106	103	52.11	5.124339	52.072254	5.13527	2024-01-10 10:59:35+00	2024-01-10 11:27:59+00	4082	0	7014624702189239
240001366481	11262	VL-E-74414	108	101	52.095932	5.149767	52.071294	5.099996	2023-12-19 22:55:01+00	2023-12-19 23:18:40+00	3711	0	8171193035554602
240001366613	11262	VL-S-01905	102	103	52.087582	5.117266	52.072414	5.135744	2024-04-06 20:59:56+00	2024-04-06 21:19:09+00	6154	0	7537477015682485
240001370358	11262	VL-E-74414	106	105	52.110085	5.12399	52.106314	5.104371	2023-08-26 03:47:48+00	2023-08-26 04:28:55+00	3863	0	9459115840342894
240001373423	11262	VL-S-01905	105	108	52.106315	5.104653	52.095979	5.149527	2023-12-25 00:20:59+00	2023-12-25 00:47:52+00	8800	0	4249374365100559
240001373808	11262	VL-S-90140	106	102	52.110092	5.124276	52.087375	5.11685	2024-03-01 21:12:38+00	2024-03-01 21:19:03+00	651	0	7823169398427762
240001377672	11262	VL-S-73599	105	104	52.10621	5.104686	52.107588	5.119336	2023-12-11 09:04:13+00	2023-12-11 09:59:57+00	1810	0	1546248749452188
240001377850	11283	VL-E-50675	125	127	51.446651	5.463447	51.420148	5.468971	2024-02-02 00:56:35+00	2024-02-02 01:34:05+00	7677	0	8064080580737794
240001378056	11283	VL-S-09840	125	127	51.446691	5.463017	51.419814	5.469314	2023-11-15 17:58:21+00	2023-11-15 18:14:03+00	3178	0	0211442861736612
240001380944	11283	VL-S-07690	125	127	51.446773	5.462912	51.419822	5.469353	2023-12-10 05:17:13+00	2023-12-10 06:00:12+00	5978	0	5600753259504287
240001384312	11283	VL-S-73731	125	126	51.446684	5.463482	51.423334	5.438849	2023-12-17 17:25:26+00	2023-12-17 17:59:56+00	4154	0	8266819859412601
240001386579	11283	VL-E-31629	127	126	51.419959	5.468893	51.423265	5.438353	2023-09-22 21:17:44+00	2023-09-22 21:53:17+00	1861	0	1927159742055010
240001389928	11283	VL-E-76542	126	127	51.423213	5.438864	51.419857	5.469187	2023-09-16 11:59:41+00	2023-09-16 12:05:41+00	8215	0	5603453749855825
240001392422	11283	VL-E-31629	127	126	51.419907	5.469339	51.423472	5.43878	2023-09-01 21:14:45+00	2023-09-01 21:33:50+00	6998	0	3453574905511758
240001394863	11283	VL-S-09840	126	125	51.423372	5.438722	51.446819	5.46291	2023-08-16 16:35:05+00	2023-08-16 17:24:44+00	5808	0	1705849364618635
240001396756	11283	VL-S-07690	125	126	51.446579	5.463404	51.42346	5.43886	2023-06-20 03:12:23+00	2023-06-20 03:49:16+00	7660	0	6758799356511634
240001399337	11283	VL-S-88170	126	125	51.423194	5.438774	51.446702	5.46338	2024-04-17 09:38:55+00	2024-04-17 09:47:29+00	6475	0	8402458633479358
240001402639	11283	VL-S-09494	125	126	51.446723	5.463089	51.423372	5.438747	2023-11-06 19:00:14+00	2023-11-06 19:46:03+00	8763	0	7681647457435230
240001404030	11283	VL-S-84690	126	127	51.423475	5.438453	51.419938	5.468905	2023-10-05 17:52:35+00	2023-10-05 18:05:44+00	3375	0	0929971745936692
240001406592	11283	VL-S-88170	126	127	51.423316	5.438882	51.420063	5.469232	2023-06-05 12:00:05+00	2023-06-05 12:19:25+00	4613	0	1217274048568238
240001408504	11283	VL-S-06521	126	125	51.42335	5.438529	51.446935	5.46306	2024-02-17 18:37:38+00	2024-02-17 19:15:24+00	4278	0	5012097510001855
240001410374	11283	VL-S-07690	125	126	51.446549	5.463223	51.42327	5.438451	2023-10-01 20:18:07+00	2023-10-01 21:03:34+00	5013	0	2849811388959948
240001413621	11283	VL-S-09840	127	125	51.42014	5.469145	51.446919	5.463473	2023-08-27 11:02:19+00	2023-08-27 11:09:57+00	4040	0	3284368701294538
240001416423	11283	VL-E-31629	126	125	51.423446	5.438455	51.446884	5.46291	2024-04-22 07:05:33+00	2024-04-22 07:37:40+00	1833	0	8119748990481412
240001419100	11283	VL-S-07690	125	126	51.446621	5.463362	51.423388	5.438724	2023-11-09 16:06:21+00	2023-11-09 17:00:01+00	3826	0	4682897756482957
240001419340	11283	VL-E-76542	125	126	51.446641	5.463337	51.423394	5.438537	2023-07-02 12:42:28+00	2023-07-02 13:04:40+00	6415	0	0669961129824045
240001422287	11283	VL-E-50675	127	125	51.420121	5.468969	51.446802	5.463123	2023-10-16 08:30:30+00	2023-10-16 08:52:28+00	1244	0	9620534989719960
240001424202	11283	VL-E-31629	126	127	51.423318	5.438567	51.419937	5.468947	2024-03-16 19:06:40+00	2024-03-16 19:26:14+00	4216	0	9943378707647283
240001427191	11283	VL-S-73731	127	125	51.420099	5.469144	51.446937	5.463019	2024-05-20 01:22:36+00	2024-05-20 01:31:14+00	4528	0	8921904848223630
240001430588	11283	VL-S-88170	125	127	51.446666	5.463389	51.420003	5.46927	2024-02-15 16:41:19+00	2024-02-15 16:50:24+00	850	0	3884814162103345
240001432969	11283	VL-S-84690	127	126	51.420016	5.468799	51.423443	5.438798	2023-08-13 16:44:33+00	2023-08-13 17:03:55+00	7193	0	7044978609599348
240001436908	11313	VL-E-46991	156	155	52.542135	13.372248	52.540656	13.379065	2023-11-18 04:09:58+00	2023-11-18 04:46:50+00	3809	510	2141014282551311
240001437481	11313	VL-S-68987	157	154	52.502711	13.385882	52.513809	13.426063	2023-11-13 08:11:58+00	2023-11-13 08:30:14+00	4592	380	3927701736350288
240001439780	11313	VL-E-74913	157	154	52.502545	13.385992	52.513739	13.426233	2023-11-17 21:09:58+00	2023-11-17 21:56:35+00	8429	910	0870828199956535
240001441604	11313	VL-E-43379	155	158	52.540509	13.379469	52.536752	13.391103	2023-11-14 12:57:58+00	2023-11-14 13:42:16+00	2174	890	3474252341723701
240001443575	11350	VL-S-84690	127	126	51.419958	5.469089	51.423419	5.438566	2023-10-01 01:26:34+00	2023-10-01 01:36:43+00	8730	250	7219470865965560
240001445484	11350	VL-S-09840	125	127	51.446716	5.463107	51.419804	5.468824	2023-09-12 08:06:46+00	2023-09-12 08:44:20+00	4853	670	9584268352740772
240001447028	11350	VL-S-84690	127	125	51.419948	5.469163	51.446704	5.463166	2023-11-09 06:26:07+00	2023-11-09 07:02:47+00	5744	510	5013639193540938
240001448579	11350	VL-S-84690	127	125	51.419944	5.469315	51.446547	5.463049	2023-12-10 12:31:48+00	2023-12-10 13:12:01+00	8845	600	4186457760845782
240001449387	11350	VL-E-71762	125	126	51.446717	5.463249	51.423393	5.43849	2024-01-27 08:05:26+00	2024-01-27 08:47:41+00	2141	870	8854078257034783
240001450649	11350	VL-E-50675	126	125	51.423408	5.438506	51.446563	5.463117	2024-05-30 07:12:29+00	2024-05-30 07:43:42+00	5752	760	5584236356947232
240001450758	11350	VL-S-73731	125	126	51.446574	5.462898	51.423429	5.438391	2023-08-20 03:53:37+00	2023-08-20 04:03:45+00	7101	550	1337235291592013
240001450887	11379	VL-S-68549	169	172	48.839183	2.375127	48.880467	2.358496	2023-09-21 09:19:11+00	2023-09-21 09:48:29+00	6513	440	8913742966974346
240001454346	11379	VL-S-53488	172	168	48.880328	2.357979	48.85027	2.356792	2024-05-09 02:40:14+00	2024-05-09 02:53:03+00	1706	270	1142732022663694
240001457116	11379	VL-S-62453	168	172	48.850415	2.356941	48.880288	2.357964	2023-11-28 07:30:00+00	2023-11-28 08:17:11+00	2794	670	3231766409948020
240001459101	11379	VL-E-13596	168	171	48.850441	2.356975	48.84927	2.319698	2023-08-23 07:36:15+00	2023-08-23 08:07:29+00	4102	510	7288544630876258
240001461686	11379	VL-E-99696	168	171	48.850103	2.356691	48.849446	2.319288	2023-06-28 18:24:42+00	2023-06-28 18:56:51+00	7125	620	4821235605484234
240001464608	11379	VL-S-84627	168	169	48.850224	2.356939	48.838925	2.375361	2023-10-24 11:53:30+00	2023-10-24 12:43:56+00	1572	700	8877563839316675
240001466139	11379	VL-S-62453	168	169	48.850291	2.356834	48.839168	2.375332	2023-06-10 18:45:10+00	2023-06-10 19:26:22+00	1995	710	5873432160511015
240001467179	11379	VL-S-10614	169	168	48.838932	2.375273	48.850425	2.356587	2023-10-22 00:18:28+00	2023-10-22 01:11:55+00	6432	830	7299711348089056
240001470973	11379	VL-S-68549	169	168	48.839163	2.374897	48.850283	2.356881	2023-09-11 13:07:33+00	2023-09-11 13:31:48+00	8772	540	0378508553854171
240001472835	11388	VL-S-12328	155	158	52.540636	13.379017	52.536791	13.390948	2024-03-24 06:18:26+00	2024-03-24 07:06:38+00	2576	780	8890735657072363
240001475054	11388	VL-S-76964	154	155	52.513861	13.426398	52.540663	13.37921	2024-03-24 11:28:26+00	2024-03-24 11:55:38+00	6651	470	0925079960188073
240001477553	11388	VL-S-40068	158	154	52.536864	13.391059	52.513782	13.426397	2024-03-24 05:26:26+00	2024-03-24 05:51:13+00	5206	390	4591570255623572
240001479667	11407	VL-S-65181	120	119	51.936479	4.49088	51.914909	4.465536	2024-02-07 10:05:31+00	2024-02-07 10:53:49+00	3958	0	7032856150634319
240001480333	11407	VL-E-30077	119	117	51.914797	4.464999	51.930031	4.498749	2023-06-10 14:43:52+00	2023-06-10 15:21:30+00	3399	0	2050629479167704
240001483154	11407	VL-E-82218	117	116	51.930282	4.498828	51.908176	4.46232	2024-03-04 21:02:55+00	2024-03-04 21:31:06+00	6112	0	6894721386629962
240001483902	11407	VL-S-75289	120	116	51.936264	4.490992	51.908117	4.462339	2024-04-23 21:30:53+00	2024-04-23 22:18:55+00	3095	0	4657625871162945
240001487096	11407	VL-S-65181	119	120	51.914658	4.46509	51.936431	4.490637	2023-08-07 13:39:38+00	2023-08-07 13:45:42+00	7672	0	8642073436865595
240001489025	11407	VL-S-75289	116	117	51.908056	4.462081	51.930053	4.498634	2024-05-11 06:51:58+00	2024-05-11 07:23:18+00	2553	0	6534685454266682
240001492644	11407	VL-E-32061	120	118	51.9365	4.491156	51.906336	4.454408	2023-12-15 16:54:51+00	2023-12-15 17:01:31+00	8594	0	0464074541815901
240001496443	11407	VL-S-97108	118	116	51.906389	4.454238	51.90805	4.462268	2023-11-10 01:57:30+00	2023-11-10 02:05:32+00	2440	0	8134537759490984
240001497278	11407	VL-E-32061	118	116	51.906502	4.45425	51.908113	4.46258	2024-03-18 08:47:39+00	2024-03-18 09:34:07+00	7870	0	2429962592801279
240001499683	11407	VL-E-31164	120	119	51.936514	4.490958	51.915015	4.465476	2023-08-12 17:46:49+00	2023-08-12 18:14:40+00	6249	0	2253992145505670
240001503447	11417	VL-S-01905	104	103	52.107486	5.119594	52.072239	5.13564	2023-12-22 20:15:01+00	2023-12-22 20:47:13+00	6786	470	7039364342194490
240001504173	11417	VL-S-90140	106	108	52.11001	5.124125	52.095807	5.149808	2023-12-21 03:43:01+00	2023-12-21 04:36:24+00	6622	680	4214729920169803
240001507641	11417	VL-S-01905	101	108	52.071497	5.099793	52.095782	5.14997	2023-12-22 12:04:01+00	2023-12-22 12:36:35+00	8611	770	3059440886154025
240001510552	11417	VL-S-01905	103	102	52.072189	5.135418	52.087503	5.117153	2023-12-19 07:33:01+00	2023-12-19 07:50:20+00	8905	620	0365387452660634
240001512424	11417	VL-S-90140	104	101	52.107566	5.119194	52.07112	5.099556	2023-12-18 07:24:01+00	2023-12-18 08:19:49+00	1290	700	5021058178998325
240001512694	11450	VL-S-40075	130	129	51.068822	3.693575	51.044816	3.691149	2024-01-20 17:26:34+00	2024-01-20 18:20:57+00	911	990	1811188372130086
240001515789	11450	VL-E-14645	131	129	51.0601	3.739904	51.044912	3.690875	2023-09-10 02:03:01+00	2023-09-10 02:27:39+00	7325	440	0764766021582193
240001518012	11450	VL-S-30473	128	131	51.064283	3.742528	51.060248	3.739929	2024-01-28 23:24:18+00	2024-01-28 23:53:22+00	8181	590	0205710495843193
240001518354	11450	VL-E-14645	128	132	51.063973	3.742721	51.040062	3.688947	2023-06-12 05:05:43+00	2023-06-12 05:47:02+00	3293	710	7797495592938255
240001520354	11450	VL-E-14645	128	132	51.064257	3.74299	51.040304	3.688827	2023-09-20 04:38:45+00	2023-09-20 05:29:11+00	4518	950	5301559695718815
240001520551	11450	VL-S-40075	130	128	51.068877	3.693636	51.064025	3.743061	2024-04-25 17:41:56+00	2024-04-25 17:49:47+00	5565	270	1032068918995227
240001521696	11464	VL-S-73599	101	103	52.07143	5.099438	52.072258	5.135424	2024-05-14 07:03:03+00	2024-05-14 07:24:29+00	5973	0	8862042404498235
240001522296	11464	VL-S-21000	106	101	52.110135	5.124227	52.071494	5.099873	2024-03-17 22:18:54+00	2024-03-17 23:10:48+00	5168	0	8758588622370083
240001523733	11464	VL-S-21000	101	105	52.071277	5.09945	52.106063	5.10421	2024-02-10 13:30:01+00	2024-02-10 13:37:38+00	5684	0	8282453892098042
240001525991	11464	VL-S-90140	101	108	52.071153	5.099708	52.096004	5.149733	2024-05-22 14:45:48+00	2024-05-22 14:55:07+00	5817	0	6275551993460395
240001528980	11464	VL-E-95982	103	107	52.072219	5.135473	52.078449	5.096202	2024-02-04 01:43:57+00	2024-02-04 01:51:45+00	5154	0	9964811888531516
240001531769	11464	VL-E-74414	103	104	52.072468	5.135447	52.107395	5.119385	2024-04-13 19:58:08+00	2024-04-13 20:08:42+00	2948	0	6160822782801605
240001534943	11464	VL-E-95982	104	108	52.107557	5.119458	52.095699	5.149546	2024-05-01 05:57:11+00	2024-05-01 06:49:40+00	1468	0	4731543821725897
240001535836	11464	VL-S-90140	106	107	52.109992	5.124224	52.078451	5.096016	2024-04-02 01:58:40+00	2024-04-02 02:36:18+00	2015	0	0525680957145148
240001538994	11464	VL-S-01905	103	106	52.072466	5.135631	52.109921	5.124581	2024-02-29 02:52:03+00	2024-02-29 03:42:19+00	1536	0	4423558400498733
240001540808	11464	VL-S-90140	108	105	52.095916	5.149722	52.106165	5.104513	2024-04-25 07:00:45+00	2024-04-25 07:22:28+00	6597	0	4656017738943963
240001542339	11464	VL-S-21000	102	107	52.087467	5.11698	52.078528	5.096606	2024-02-23 22:58:29+00	2024-02-23 23:33:32+00	3673	0	0255526452727444
240001545429	11464	VL-S-90140	103	104	52.072269	5.13561	52.107367	5.119306	2024-04-09 03:54:18+00	2024-04-09 04:13:14+00	6257	0	0332866756760222
240001547133	11464	VL-S-01905	104	107	52.10736	5.119732	52.078597	5.096037	2024-02-29 01:07:01+00	2024-02-29 01:14:07+00	2028	0	4030520912918657
240001550318	11464	VL-E-95982	107	108	52.078484	5.096394	52.095708	5.149672	2024-05-10 04:21:41+00	2024-05-10 04:40:10+00	5776	0	9251925070258274
240001552926	11464	VL-S-90140	104	103	52.107319	5.11969	52.072527	5.13561	2024-03-06 00:17:57+00	2024-03-06 00:32:04+00	2851	0	0616878152887767
240001553131	11464	VL-S-21000	107	102	52.078577	5.096376	52.087363	5.116919	2023-12-30 14:38:56+00	2023-12-30 15:03:24+00	5024	0	5331388137857999
240001553824	11464	VL-E-74414	108	106	52.095719	5.149538	52.110233	5.124231	2023-12-29 11:15:55+00	2023-12-29 11:55:02+00	7406	0	3370425187269908
240001555159	11464	VL-S-01905	101	106	52.071257	5.099421	52.109905	5.124199	2024-01-08 11:08:16+00	2024-01-08 11:16:04+00	1643	0	4063359899619143
240001559080	11464	VL-S-01905	103	105	52.072483	5.135323	52.10622	5.104249	2024-04-05 08:36:32+00	2024-04-05 09:21:13+00	8255	0	0634377858471323
240001561432	11464	VL-E-95982	106	101	52.109994	5.124342	52.071311	5.099446	2024-04-23 13:33:34+00	2024-04-23 13:58:51+00	8250	0	5680141540378641
240001563271	11464	VL-S-73599	104	107	52.10753	5.119635	52.078545	5.096257	2024-03-10 20:38:41+00	2024-03-10 20:43:50+00	4816	0	3850115431333425
240001565474	11464	VL-S-73599	101	105	52.071364	5.099606	52.106092	5.104455	2024-05-17 23:32:49+00	2024-05-18 00:14:25+00	2774	0	6649020762144109
240001565655	11464	VL-S-21000	108	102	52.095834	5.14998	52.087394	5.116955	2024-01-15 00:58:16+00	2024-01-15 01:42:05+00	6629	0	7243844062852179
240001566319	11464	VL-E-74414	106	107	52.11026	5.124386	52.078386	5.096067	2023-12-30 10:31:13+00	2023-12-30 11:25:24+00	2890	0	5093335573708817
240001566620	11464	VL-S-21000	101	103	52.071466	5.09966	52.072172	5.135719	2024-03-11 11:00:24+00	2024-03-11 11:29:13+00	6648	0	8867857973703899
240001566631	11464	VL-S-01905	106	105	52.11012	5.124475	52.106172	5.104549	2024-04-28 19:39:22+00	2024-04-28 20:12:03+00	6520	0	6722207554011556
240001567327	11464	VL-S-73599	107	108	52.078402	5.09653	52.095847	5.149566	2024-05-16 04:06:32+00	2024-05-16 04:30:48+00	3585	0	8819490400793193
240001568367	11464	VL-S-01905	103	105	52.072445	5.135672	52.10613	5.104214	2024-01-13 12:07:04+00	2024-01-13 12:20:19+00	4614	0	0322999788365688
240001570864	11464	VL-S-90140	103	102	52.072351	5.135449	52.087282	5.116898	2024-05-11 20:37:03+00	2024-05-11 20:53:30+00	4648	0	2811431275752936
240001571202	11486	VL-S-40068	155	156	52.540332	13.379052	52.542239	13.372481	2023-06-03 22:13:56+00	2023-06-03 22:32:04+00	7024	330	1303684776497484
240001571374	11486	VL-S-40068	157	158	52.502709	13.38601	52.536532	13.391222	2023-06-02 12:40:56+00	2023-06-02 13:26:53+00	8395	650	7730887298672588
240001574613	11486	VL-E-46991	157	158	52.502481	13.385927	52.536685	13.391465	2023-06-07 06:53:56+00	2023-06-07 07:23:23+00	8083	590	1561906005172472
240001574891	11509	VL-S-22150	109	114	52.38741	4.888205	52.393895	4.926178	2023-07-25 16:36:15+00	2023-07-25 17:16:31+00	5496	0	1834911680122707
240001576018	11509	VL-S-21023	109	112	52.387493	4.888021	52.367468	4.913372	2023-10-25 12:49:34+00	2023-10-25 13:09:38+00	4166	0	2726260849236654
240001579115	11509	VL-E-83388	113	115	52.3867	4.870721	52.376576	4.92953	2023-10-03 18:06:32+00	2023-10-03 18:50:54+00	5080	0	0050286525485335
240001580615	11509	VL-S-43966	114	112	52.394026	4.925888	52.367485	4.913526	2024-04-02 04:43:18+00	2024-04-02 05:25:09+00	4878	0	2097669965935584
240001583409	11509	VL-S-43966	110	115	52.347135	4.886859	52.37671	4.930001	2024-01-02 18:05:17+00	2024-01-02 18:54:12+00	6120	0	2376821020192414
240001584631	11509	VL-S-22150	110	111	52.347048	4.887229	52.368167	4.914058	2024-05-10 20:27:28+00	2024-05-10 20:58:37+00	8375	0	4118282169820265
240001584791	11509	VL-E-54229	114	110	52.393854	4.925896	52.347031	4.886867	2023-06-05 02:10:01+00	2023-06-05 02:26:56+00	1347	0	1084757073123205
240001587655	11509	VL-S-22150	114	112	52.393974	4.926176	52.36747	4.913537	2023-07-23 23:43:38+00	2023-07-23 23:51:34+00	7833	0	9006108552222926
240001588047	11509	VL-S-41880	109	115	52.387312	4.888027	52.376922	4.929527	2024-05-30 00:52:27+00	2024-05-30 01:35:18+00	868	0	4913348623231957
240001591888	11509	VL-S-43966	109	110	52.38758	4.888066	52.347012	4.886854	2024-01-29 10:28:19+00	2024-01-29 10:45:50+00	6403	0	6064227089590706
240001595029	11509	VL-E-54229	114	113	52.394088	4.926148	52.386804	4.870761	2024-04-28 08:08:02+00	2024-04-28 08:49:31+00	5139	0	2430430166954121
240001597376	11509	VL-S-21023	110	113	52.346833	4.887343	52.386841	4.870697	2024-05-08 08:51:56+00	2024-05-08 09:04:00+00	5268	0	4020834606178103
240001599068	11509	VL-E-83388	111	110	52.368206	4.913928	52.346851	4.887111	2024-02-27 21:25:22+00	2024-02-27 21:59:04+00	4205	0	2147245255753457
240001600521	11509	VL-E-83388	113	114	52.386584	4.870393	52.393826	4.925643	2024-01-07 01:55:40+00	2024-01-07 02:06:19+00	6883	0	9048722034899651
240001601852	11509	VL-E-83388	110	115	52.347064	4.887181	52.376596	4.929699	2024-05-21 10:27:22+00	2024-05-21 11:22:35+00	7019	0	1432260067638668
240001604058	11509	VL-S-43966	114	112	52.394121	4.925911	52.367429	4.913311	2023-08-14 15:17:40+00	2023-08-14 15:41:23+00	6677	0	2045901733877739
240001607258	11509	VL-E-54229	114	110	52.394122	4.926071	52.347095	4.886969	2023-12-07 06:17:54+00	2023-12-07 06:49:56+00	7512	0	1013729800352042
240001610791	11509	VL-E-83388	112	115	52.367325	4.913294	52.376705	4.929821	2023-06-14 04:38:14+00	2023-06-14 05:13:37+00	859	0	6062043605400795
240001612190	11509	VL-E-83388	111	112	52.368076	4.914242	52.367656	4.913314	2023-10-04 08:11:46+00	2023-10-04 08:56:24+00	6764	0	0527293662256420
240001614037	11509	VL-E-83388	111	114	52.368106	4.913851	52.394031	4.92583	2023-09-06 22:50:08+00	2023-09-06 22:55:11+00	6806	0	7514001485312505
240001616221	11509	VL-E-01631	111	110	52.368216	4.913906	52.346806	4.887078	2024-01-10 17:27:40+00	2024-01-10 17:52:51+00	3168	0	1808809487292998
240001619353	11509	VL-S-22150	115	114	52.376801	4.929806	52.393765	4.925675	2023-06-27 12:07:45+00	2023-06-27 12:42:47+00	5581	0	8919329450386956
240001623219	11509	VL-S-21023	109	110	52.387438	4.888358	52.347139	4.886866	2023-09-14 23:11:05+00	2023-09-14 23:25:54+00	6923	0	5958875099170933
240001624778	11509	VL-S-41880	113	114	52.38669	4.870352	52.393846	4.925871	2023-07-15 17:15:34+00	2023-07-15 17:27:02+00	8605	0	5954491952014656
240001626239	11509	VL-E-83388	114	111	52.393813	4.925698	52.368277	4.913863	2023-08-22 02:53:05+00	2023-08-22 03:15:24+00	7607	0	0901383802101669
240001627961	11509	VL-S-80363	114	115	52.394064	4.925933	52.376763	4.929741	2023-09-18 02:55:37+00	2023-09-18 03:11:43+00	2813	0	8324200931789338
240001631525	11509	VL-E-01631	114	115	52.39391	4.925594	52.376728	4.92972	2024-04-24 08:03:05+00	2024-04-24 08:25:51+00	717	0	2195970563664448
240001634054	11529	VL-E-14241	157	156	52.502375	13.385897	52.542448	13.372315	2024-02-23 08:26:32+00	2024-02-23 09:20:49+00	7248	690	5579275751102455
240001635737	11529	VL-E-74913	156	157	52.542281	13.372541	52.502541	13.386021	2024-02-21 13:40:32+00	2024-02-21 14:25:41+00	6013	650	3225609065450744
240001639692	11565	VL-E-83388	115	111	52.376697	4.929637	52.368056	4.913897	2024-04-06 10:42:05+00	2024-04-06 11:05:16+00	5700	530	2528775544577708
240001642887	11565	VL-E-83388	113	112	52.386734	4.870567	52.367546	4.913433	2024-05-08 02:53:26+00	2024-05-08 03:20:40+00	8838	420	4085396680156269
240001646515	11565	VL-S-22150	109	111	52.38722	4.887945	52.368436	4.914243	2024-04-14 19:53:05+00	2024-04-14 20:48:51+00	6669	700	1319271025763431
240001648643	11591	VL-E-46829	135	136	51.239505	4.410533	51.211062	4.415696	2024-05-15 12:35:00+00	2024-05-15 13:28:24+00	712	0	0842618014881856
240001651670	11591	VL-S-57339	133	134	51.237631	4.418599	51.239912	4.396854	2024-03-18 01:12:45+00	2024-03-18 01:24:47+00	7325	0	0228981312032229
240001654262	11591	VL-S-43302	135	133	51.239636	4.410742	51.237825	4.418503	2023-09-11 22:41:58+00	2023-09-11 23:06:09+00	2257	0	4427663390779516
240001656533	11591	VL-E-16146	135	133	51.239611	4.410285	51.237618	4.418589	2024-05-22 01:37:27+00	2024-05-22 01:53:49+00	1042	0	2940074196584277
240001659360	11591	VL-S-57339	136	133	51.210998	4.415693	51.237841	4.418392	2023-07-16 05:29:08+00	2023-07-16 05:39:56+00	688	0	9630252656396795
240001662557	11591	VL-E-46829	135	133	51.239807	4.410345	51.237624	4.418868	2023-10-19 10:31:45+00	2023-10-19 10:37:11+00	5246	0	6382209203413618
240001665982	11591	VL-S-93488	133	134	51.237571	4.418614	51.239838	4.396905	2023-10-12 13:24:15+00	2023-10-12 13:43:09+00	1127	0	3825412739395846
240001667109	11591	VL-S-84412	135	134	51.239732	4.410878	51.239848	4.39641	2024-04-14 16:53:37+00	2024-04-14 17:34:37+00	4331	0	8694271335740246
240001667519	11591	VL-S-93488	134	135	51.239784	4.396758	51.23965	4.410575	2024-05-29 20:43:22+00	2024-05-29 20:58:32+00	3739	0	3245094939825784
240001670106	11591	VL-S-57339	133	135	51.237571	4.418544	51.23973	4.410732	2023-07-14 04:14:00+00	2023-07-14 04:53:16+00	2318	0	3593942488540874
240001673024	11591	VL-S-57339	136	135	51.210955	4.416024	51.239814	4.410762	2024-04-01 21:08:48+00	2024-04-01 22:04:12+00	3325	0	1784414713742853
240001675848	11591	VL-S-43302	133	136	51.237734	4.41865	51.210835	4.415695	2023-07-16 01:14:50+00	2023-07-16 01:43:20+00	619	0	5578494539792260
240001676479	11591	VL-S-57339	134	135	51.240023	4.396531	51.239682	4.410681	2024-02-25 20:04:35+00	2024-02-25 20:15:50+00	5589	0	0699649588972612
240001680036	11591	VL-S-43302	135	136	51.239745	4.410811	51.21094	4.415725	2023-06-29 00:59:17+00	2023-06-29 01:21:05+00	1358	0	6086869377954179
240001683896	11591	VL-S-93488	134	133	51.239768	4.396851	51.237648	4.418929	2024-03-20 12:28:08+00	2024-03-20 12:34:34+00	3193	0	3676278509358553
240001685319	11591	VL-S-43302	136	135	51.210858	4.415461	51.239578	4.41084	2023-11-15 16:37:14+00	2023-11-15 17:31:15+00	8676	0	4637136680495060
240001688630	11591	VL-S-57339	136	135	51.21107	4.415488	51.239703	4.410836	2023-06-24 20:14:54+00	2023-06-24 20:40:32+00	2578	0	3288549320812477
240001688737	11591	VL-E-16146	136	133	51.211154	4.415486	51.237684	4.418596	2024-03-30 20:07:19+00	2024-03-30 20:32:09+00	3264	0	9565560815206752
240001692225	11591	VL-S-43302	134	133	51.239778	4.396584	51.237762	4.41852	2023-10-23 19:02:18+00	2023-10-23 19:28:15+00	8584	0	8520870693958236
240001693158	11591	VL-S-84412	136	135	51.210801	4.415819	51.239807	4.410754	2023-08-24 03:04:15+00	2023-08-24 03:29:52+00	2980	0	7205071662271625
240001693196	11591	VL-S-84412	135	133	51.239796	4.4105	51.237717	4.418795	2023-11-18 20:54:13+00	2023-11-18 21:20:20+00	3287	0	6469767212796547
240001694100	11591	VL-E-46829	135	133	51.239527	4.410352	51.237835	4.418646	2024-01-15 23:14:04+00	2024-01-16 00:04:54+00	2693	0	2032771946123720
240001696930	11591	VL-S-57339	133	136	51.237565	4.418506	51.211115	4.415686	2024-03-21 08:27:44+00	2024-03-21 09:12:39+00	8218	0	0636560641692678
240001697698	11591	VL-S-57339	135	134	51.239541	4.410585	51.239833	4.396432	2023-10-03 08:17:40+00	2023-10-03 08:33:09+00	8713	0	4227812319427983
240001701129	11620	VL-E-01631	115	114	52.376687	4.930092	52.393974	4.925676	2024-02-03 14:14:16+00	2024-02-03 14:56:50+00	3260	720	1641841047642231
240001702117	11620	VL-S-43966	110	113	52.347031	4.887238	52.386721	4.870398	2024-01-30 22:24:16+00	2024-01-30 22:58:50+00	6520	790	7798537141875113
240001705337	11646	VL-E-13701	180	178	48.196975	16.364132	48.201413	16.376281	2023-06-29 22:21:39+00	2023-06-29 22:34:15+00	8599	320	2701064883954249
240001707150	11646	VL-S-39079	180	181	48.19734	16.364079	48.196139	16.378671	2023-06-29 21:24:39+00	2023-06-29 22:01:33+00	3120	660	3431843522303441
240001707936	11646	VL-S-39079	177	178	48.223971	16.361785	48.201478	16.376258	2023-06-30 04:46:39+00	2023-06-30 04:57:52+00	1932	260	8365540400210779
240001711177	11646	VL-E-67348	181	177	48.195965	16.378743	48.223941	16.361822	2023-06-29 14:55:39+00	2023-06-29 15:07:44+00	7217	320	1835319025976386
240001715167	11646	VL-E-25473	180	179	48.19699	16.363942	48.207268	16.397298	2023-06-25 17:42:39+00	2023-06-25 18:14:18+00	6735	610	6173321061011816
240001715717	11675	VL-S-19052	168	171	48.850318	2.356993	48.849242	2.319431	2024-05-03 07:58:37+00	2024-05-03 08:15:25+00	8708	460	4232328059097041
240001717174	11710	VL-S-23599	123	124	52.050123	4.26625	52.067486	4.268896	2024-02-14 02:03:56+00	2024-02-14 02:19:06+00	7111	600	5010323297269699
240001718139	11710	VL-E-48398	121	124	52.076385	4.32554	52.067287	4.268684	2024-05-11 19:57:56+00	2024-05-11 20:04:59+00	7937	220	6578358132542399
240001721625	11710	VL-E-48398	124	123	52.067092	4.268871	52.050204	4.266501	2023-12-10 21:16:39+00	2023-12-10 21:21:58+00	1824	500	2700773290546986
240001721888	11710	VL-S-23599	123	124	52.050283	4.266623	52.067466	4.268861	2023-07-04 18:32:45+00	2023-07-04 19:21:20+00	1230	780	0939889236366617
240001722666	11710	VL-E-48398	122	121	52.07898	4.286238	52.076388	4.325273	2023-07-11 08:40:24+00	2023-07-11 09:09:23+00	4244	480	2702856071513344
240001724852	11710	VL-E-38268	121	122	52.076309	4.325173	52.078982	4.286152	2023-09-16 00:15:13+00	2023-09-16 00:59:09+00	6226	880	2550402536202233
240001725219	11710	VL-E-48398	123	122	52.050146	4.266586	52.078692	4.286339	2024-05-06 04:28:56+00	2024-05-06 04:46:36+00	6161	620	9812766101739226
240001727637	11736	VL-E-67348	180	177	48.197058	16.364513	48.223934	16.361499	2024-02-24 03:58:49+00	2024-02-24 04:46:22+00	4134	770	0068543699668466
240001728797	11736	VL-S-02273	177	180	48.224015	16.3618	48.197297	16.364091	2023-07-29 07:42:41+00	2023-07-29 07:56:42+00	4042	440	6838929092695410
240001730246	11736	VL-E-25473	179	181	48.207065	16.397448	48.196295	16.378806	2024-02-02 01:55:19+00	2024-02-02 02:37:00+00	6585	710	8306853581702584
240001730672	11736	VL-S-40239	177	180	48.223798	16.361688	48.197149	16.364167	2024-03-25 17:13:08+00	2024-03-25 17:21:26+00	2541	530	4946991836390598
240001732147	11736	VL-S-02273	179	180	48.20688	16.397262	48.197114	16.364426	2023-07-03 12:54:17+00	2023-07-03 13:49:15+00	6287	990	2549067971350165
240001735062	11736	VL-E-13701	180	179	48.19696	16.364042	48.207013	16.397365	2024-03-16 07:29:33+00	2024-03-16 07:38:35+00	5281	390	5921250609721223
240001736656	11736	VL-E-33181	179	181	48.206946	16.397262	48.196093	16.3791	2023-08-20 06:34:36+00	2023-08-20 07:25:14+00	2221	950	0166996105509501
240001738772	11736	VL-E-67348	179	178	48.206872	16.397406	48.201459	16.375978	2024-02-06 07:07:57+00	2024-02-06 07:54:50+00	2415	910	9357216939903718
240001741845	11736	VL-E-25473	179	180	48.207039	16.397306	48.196995	16.364515	2023-11-09 23:51:24+00	2023-11-10 00:39:14+00	5251	620	1513940408238341
240001745000	11736	VL-E-25473	177	179	48.22402	16.362024	48.207004	16.397151	2023-09-10 03:42:47+00	2023-09-10 04:17:14+00	6302	490	1971159420334869
240001747673	11756	VL-E-54229	114	109	52.39392	4.926092	52.387336	4.888314	2023-08-30 12:02:59+00	2023-08-30 12:50:02+00	2437	0	7443171079397684
240001749893	11756	VL-S-43966	113	114	52.386676	4.870503	52.393795	4.925756	2024-04-01 00:39:31+00	2024-04-01 01:04:19+00	6229	0	5322308977308529
240001750226	11756	VL-S-80363	109	111	52.387557	4.888261	52.368234	4.914109	2024-02-24 10:03:13+00	2024-02-24 10:25:26+00	1588	0	2943901034483171
240001752166	11756	VL-S-21023	112	109	52.367612	4.913257	52.387381	4.887963	2023-11-17 13:08:37+00	2023-11-17 13:53:25+00	4667	0	1419137360860744
240001755627	11756	VL-S-43966	109	113	52.387232	4.887961	52.386845	4.870259	2024-05-27 22:22:13+00	2024-05-27 22:45:05+00	5341	0	7049736392589761
240001756426	11756	VL-E-01631	112	110	52.367606	4.913534	52.346912	4.887383	2024-04-09 16:36:04+00	2024-04-09 16:44:24+00	8302	0	6290085436364589
240001759156	11756	VL-S-41880	114	115	52.394065	4.925658	52.376684	4.929835	2023-08-16 02:26:07+00	2023-08-16 03:21:16+00	6034	0	2324354182691066
240001762874	11756	VL-S-22150	110	112	52.346846	4.887101	52.367456	4.913118	2024-04-19 19:55:19+00	2024-04-19 20:15:16+00	5631	0	0908219322577598
240001764484	11756	VL-S-80363	109	112	52.387266	4.888089	52.36735	4.913507	2023-11-05 09:56:58+00	2023-11-05 10:46:38+00	4865	0	3230889307974674
240001767702	11756	VL-E-54229	113	110	52.386478	4.870638	52.347013	4.88684	2024-03-01 11:27:47+00	2024-03-01 12:06:45+00	3626	0	1667443522866685
240001770417	11756	VL-S-21023	110	111	52.347142	4.886898	52.368108	4.914071	2023-12-10 18:08:43+00	2023-12-10 18:20:36+00	2713	0	1902173549089456
240001770562	11756	VL-S-21023	110	111	52.347065	4.887281	52.368337	4.914155	2024-02-23 16:20:04+00	2024-02-23 17:07:14+00	6374	0	0386946635766424
240001771133	11756	VL-S-41880	110	115	52.3471	4.887378	52.376831	4.929546	2024-01-07 20:13:40+00	2024-01-07 20:53:03+00	1249	0	0852702975388545
240001774689	11756	VL-E-83388	112	111	52.367607	4.913506	52.368387	4.91397	2024-05-19 18:14:15+00	2024-05-19 18:27:29+00	5847	0	2368131124771831
240001776715	11756	VL-E-54229	109	112	52.387263	4.888063	52.367423	4.91316	2024-04-14 17:29:47+00	2024-04-14 17:42:47+00	7013	0	5631884084151339
240001777659	11756	VL-E-01631	113	110	52.386522	4.870292	52.347068	4.887365	2023-12-16 00:13:50+00	2023-12-16 00:57:15+00	8918	0	1142636796803182
240001777831	11756	VL-S-21023	112	109	52.367286	4.913248	52.387345	4.888234	2023-06-04 09:25:37+00	2023-06-04 09:59:20+00	3042	0	1354654694123512
240001778788	11756	VL-S-43966	109	115	52.387209	4.887806	52.376752	4.92978	2024-03-18 01:04:19+00	2024-03-18 01:30:30+00	1145	0	3251432660629332
240001780707	11756	VL-S-21023	112	113	52.36732	4.913445	52.386536	4.870648	2023-06-17 11:18:54+00	2023-06-17 12:13:27+00	8360	0	1619906313024034
240001780874	11756	VL-S-41880	113	109	52.386779	4.87056	52.387351	4.888322	2023-11-11 18:52:08+00	2023-11-11 19:08:55+00	8964	0	6262367089657228
240001781086	11756	VL-E-01631	109	113	52.387326	4.887997	52.386795	4.870784	2023-09-20 21:23:32+00	2023-09-20 22:13:25+00	7754	0	3356926127686649
240001781712	11756	VL-S-22150	109	113	52.3874	4.8884	52.38681	4.870535	2024-04-17 07:14:15+00	2024-04-17 08:08:15+00	1976	0	5102611980308554
240001784315	11756	VL-S-41880	109	110	52.38721	4.887901	52.347093	4.887411	2023-11-05 07:06:41+00	2023-11-05 07:14:56+00	3485	0	7388057462408019
240001787878	11756	VL-E-54229	109	114	52.387271	4.888274	52.393876	4.925631	2024-05-05 21:25:12+00	2024-05-05 21:59:39+00	8871	0	0791601238941102
240001788339	11756	VL-E-83388	115	111	52.37653	4.9298	52.368361	4.913926	2023-12-06 22:30:38+00	2023-12-06 23:17:24+00	2157	0	1035675332271079
240001791224	11781	VL-E-25473	179	178	48.206946	16.397242	48.201504	16.375844	2023-11-04 21:24:44+00	2023-11-04 22:07:16+00	5964	620	8954669031510863
240001791356	11781	VL-E-13701	179	180	48.206874	16.397621	48.197222	16.364047	2023-11-09 19:30:44+00	2023-11-09 19:56:00+00	2958	550	1747589889746407
240001795161	11784	VL-S-80363	115	111	52.376773	4.929546	52.368343	4.913808	2024-05-24 14:31:39+00	2024-05-24 14:43:05+00	2173	0	0744270902747645
240001795162	11784	VL-E-01631	110	109	52.34682	4.887161	52.387458	4.888022	2024-04-20 15:22:55+00	2024-04-20 15:40:13+00	2615	0	6221882892379874
240001797747	11784	VL-S-41880	115	110	52.37674	4.930044	52.34715	4.887092	2024-05-02 01:29:50+00	2024-05-02 02:03:08+00	2634	0	9680466923571662
240001799277	11784	VL-E-83388	111	113	52.368114	4.914068	52.386796	4.870745	2024-05-08 07:22:41+00	2024-05-08 08:09:42+00	8926	0	1831825279495105
240001803047	11784	VL-E-01631	109	115	52.387581	4.887917	52.376764	4.929578	2024-05-25 03:42:54+00	2024-05-25 04:28:54+00	1765	0	9067901795373608
240001804583	11784	VL-E-83388	113	115	52.386667	4.870309	52.376632	4.930002	2024-04-30 08:34:12+00	2024-04-30 09:27:29+00	8624	0	1470485274990810
240001805556	11784	VL-S-21023	111	115	52.368252	4.914287	52.376825	4.92965	2024-05-05 12:18:00+00	2024-05-05 13:01:38+00	6379	0	0526518364400542
240001807825	11784	VL-S-41880	109	113	52.387468	4.888056	52.386646	4.870325	2024-05-26 11:57:16+00	2024-05-26 12:15:27+00	2570	0	9653064772799469
240001811422	11784	VL-S-21023	110	115	52.346984	4.886937	52.376741	4.92984	2024-05-03 11:07:41+00	2024-05-03 11:52:17+00	4668	0	9852077455643626
240001812859	11821	VL-E-74414	104	106	52.107452	5.119387	52.10997	5.124142	2024-04-22 09:40:27+00	2024-04-22 10:07:22+00	8937	410	4441084012362392
240001813960	11821	VL-S-21000	106	103	52.110235	5.124449	52.072233	5.1358	2024-04-23 01:55:27+00	2024-04-23 02:05:11+00	3494	290	5504119149142301
240001816182	11821	VL-E-74414	102	104	52.087608	5.116851	52.107489	5.119702	2024-04-22 16:03:27+00	2024-04-22 16:48:46+00	3552	650	6206965613354842
240001816712	11821	VL-S-90140	104	102	52.107224	5.119322	52.087497	5.117266	2024-04-24 16:23:27+00	2024-04-24 16:43:16+00	5766	490	0669860922029494
240001819039	11821	VL-E-74414	108	104	52.095651	5.14992	52.107386	5.119318	2024-04-23 20:19:27+00	2024-04-23 21:08:56+00	7524	940	7256849670484662
240001820814	11846	VL-S-57339	135	136	51.239737	4.410558	51.211133	4.416024	2023-10-20 07:57:07+00	2023-10-20 08:30:36+00	6630	0	9724784497968970
240001822285	11846	VL-S-84412	136	135	51.211166	4.415874	51.239606	4.410306	2023-09-02 09:36:35+00	2023-09-02 09:45:00+00	6660	0	7376288462964417
240001822925	11846	VL-S-84412	136	134	51.210962	4.41603	51.239857	4.396738	2023-11-08 19:28:47+00	2023-11-08 20:12:42+00	4699	0	9872428439952560
240001826300	11846	VL-S-57339	133	135	51.237746	4.41865	51.239606	4.41072	2023-12-13 10:20:49+00	2023-12-13 11:09:37+00	4322	0	6411678905525401
240001827749	11846	VL-S-93488	134	135	51.239814	4.396892	51.239613	4.41063	2023-09-16 07:27:30+00	2023-09-16 08:10:17+00	1746	0	7068825577749351
240001829093	11846	VL-E-16146	133	135	51.237657	4.418642	51.23969	4.410311	2024-05-02 09:07:52+00	2024-05-02 09:56:06+00	7523	0	1066788886994126
240001830407	11846	VL-S-84412	134	136	51.240007	4.396493	51.210989	4.415505	2023-09-27 19:42:34+00	2023-09-27 20:26:16+00	7301	0	9549789260477624
240001834308	11846	VL-E-16146	134	135	51.239793	4.396821	51.239869	4.410529	2023-07-07 00:55:22+00	2023-07-07 01:44:53+00	6943	0	1057550650723732
240001836090	11846	VL-E-16146	136	133	51.210861	4.415521	51.237769	4.418867	2023-10-08 23:55:47+00	2023-10-09 00:04:58+00	2318	0	8096110986451784
240001838896	11846	VL-S-84412	134	136	51.239808	4.396564	51.21088	4.415658	2023-09-20 23:51:16+00	2023-09-21 00:06:16+00	8628	0	0457561881915626
240001839951	11846	VL-S-43302	134	136	51.239968	4.396668	51.21086	4.415967	2023-10-02 18:21:59+00	2023-10-02 18:52:27+00	2235	0	4739608423345292
240001841444	11846	VL-S-84412	135	134	51.239734	4.410529	51.239764	4.396784	2024-01-26 17:41:12+00	2024-01-26 18:10:36+00	5898	0	2170875388107019
240001841547	11846	VL-S-93488	133	134	51.237605	4.418445	51.239783	4.396837	2023-06-29 12:50:26+00	2023-06-29 13:04:19+00	2058	0	5994259205594307
240001845132	11846	VL-S-43302	134	135	51.239846	4.396396	51.23972	4.410355	2023-09-19 01:02:14+00	2023-09-19 01:10:02+00	7109	0	7332120613922766
240001848831	11846	VL-E-46829	134	135	51.239988	4.396544	51.239803	4.410294	2023-07-08 08:27:09+00	2023-07-08 08:51:09+00	7443	0	7045717628780029
240001849776	11846	VL-S-43302	134	135	51.240028	4.396653	51.239562	4.410653	2023-09-28 02:14:13+00	2023-09-28 03:00:27+00	2433	0	7576576198291047
240001852847	11846	VL-E-16146	135	136	51.239694	4.410838	51.211147	4.415739	2024-03-31 00:44:57+00	2024-03-31 01:28:03+00	5070	0	4017515575786623
240001853715	11846	VL-E-46829	133	134	51.237837	4.418568	51.239778	4.396753	2024-01-14 17:20:33+00	2024-01-14 17:55:13+00	1696	0	5327357295974617
240001854850	11846	VL-S-57339	135	134	51.239558	4.410663	51.239957	4.39681	2023-09-16 02:51:43+00	2023-09-16 03:07:17+00	940	0	5861904196424646
240001855163	11846	VL-S-84412	134	135	51.239915	4.39653	51.239745	4.410352	2024-03-07 18:58:30+00	2024-03-07 19:10:12+00	2477	0	3489173065047085
240001856952	11846	VL-S-57339	135	134	51.239863	4.410395	51.239822	4.396436	2024-05-24 09:07:38+00	2024-05-24 09:46:34+00	7567	0	5233982210142221
240001860569	11846	VL-E-16146	136	134	51.211127	4.415636	51.239968	4.396624	2023-06-06 14:21:47+00	2023-06-06 15:17:00+00	8777	0	6030993767748650
240001863087	11846	VL-S-57339	133	134	51.237808	4.418855	51.239982	4.396751	2023-09-08 14:10:39+00	2023-09-08 14:38:40+00	8243	0	2716248895323842
240001864859	11846	VL-S-93488	135	134	51.239708	4.410336	51.239912	4.396409	2024-02-12 08:58:41+00	2024-02-12 09:37:40+00	2082	0	7725125966597006
240001868507	11846	VL-S-43302	134	136	51.239943	4.396456	51.210968	4.415638	2024-02-09 07:32:46+00	2024-02-09 08:13:42+00	7057	0	8206378903447130
240001870069	11856	VL-E-63765	165	164	50.609768	3.026537	50.635086	3.03218	2024-02-05 14:22:16+00	2024-02-05 14:40:30+00	5916	630	7829500334718980
240001872088	11856	VL-S-73629	167	164	50.60674	3.037865	50.634892	3.032401	2024-03-31 04:53:09+00	2024-03-31 05:35:13+00	4867	870	3136762347210782
240001872380	11856	VL-S-97756	165	167	50.609832	3.026168	50.60673	3.03814	2024-01-27 18:18:27+00	2024-01-27 18:55:27+00	5647	820	7376016246354703
240001872736	11856	VL-E-89379	166	165	50.638382	3.047896	50.60969	3.026238	2023-06-25 03:08:25+00	2023-06-25 04:04:19+00	2015	700	6034929444202820
240001873177	11856	VL-S-23322	166	165	50.638416	3.04829	50.609561	3.026487	2023-09-27 01:33:03+00	2023-09-27 02:20:32+00	6808	770	3172972489931280
240001875259	11856	VL-S-97756	165	166	50.609579	3.026627	50.638291	3.047915	2024-05-09 12:52:38+00	2024-05-09 13:44:16+00	5581	810	9163133973467975
240001875353	11856	VL-S-73629	166	167	50.638339	3.048287	50.606782	3.038127	2023-12-12 11:12:47+00	2023-12-12 11:58:02+00	8718	600	1937911849994645
240001875604	11856	VL-S-70593	167	165	50.606787	3.038175	50.609877	3.026569	2024-03-15 10:12:18+00	2024-03-15 10:29:20+00	2825	620	5231204883871849
240001878214	11874	VL-S-22150	112	109	52.3673	4.913324	52.387284	4.888398	2023-09-01 16:41:14+00	2023-09-01 17:21:58+00	8175	550	7343577156310315
240001878242	11874	VL-S-41880	114	111	52.393824	4.925818	52.368265	4.914073	2023-09-04 03:15:14+00	2023-09-04 03:20:17+00	4029	500	0656909777978950
240001880358	11893	VL-E-09016	146	147	50.916798	6.931467	50.917422	6.98351	2024-04-20 17:02:13+00	2024-04-20 17:52:13+00	1109	0	6959058862229428
240001881683	11893	VL-E-58418	149	148	50.951147	6.929663	50.954119	6.973574	2023-08-26 20:18:13+00	2023-08-26 20:24:14+00	1876	0	0714266623221172
240001882701	11893	VL-E-96636	149	148	50.950823	6.929313	50.954267	6.973768	2024-05-04 08:30:34+00	2024-05-04 08:43:06+00	7874	0	0018095848483740
240001883216	11893	VL-E-80500	146	147	50.916605	6.931385	50.917609	6.983779	2024-05-17 02:05:53+00	2024-05-17 02:36:52+00	6139	0	0578496060859845
240001884855	11893	VL-E-09016	148	144	50.954078	6.973741	50.917136	6.949224	2024-02-08 13:27:40+00	2024-02-08 13:43:27+00	8955	0	7396571828076951
240001885605	11893	VL-E-58418	144	146	50.917117	6.949008	50.916883	6.931279	2024-04-20 18:21:04+00	2024-04-20 19:13:11+00	4156	0	3409411976345697
240001889274	11893	VL-E-80500	144	146	50.917114	6.948899	50.916724	6.931324	2024-04-12 17:56:38+00	2024-04-12 18:28:10+00	5842	0	5395581939328554
240001890629	11893	VL-E-09016	147	146	50.917437	6.983723	50.91691	6.931605	2023-06-23 21:19:51+00	2023-06-23 22:03:08+00	8583	0	8367880565393520
240001892874	11893	VL-E-96636	145	146	50.946326	6.993528	50.91693	6.931634	2023-09-13 04:46:12+00	2023-09-13 05:01:32+00	4042	0	5101190595250668
240001895619	11893	VL-S-53604	145	146	50.946471	6.993672	50.916665	6.93171	2024-02-04 21:22:04+00	2024-02-04 21:43:16+00	3294	0	5963439330363292
240001896628	11895	VL-S-68987	157	154	52.502687	13.386008	52.513861	13.426447	2024-05-20 17:39:09+00	2024-05-20 18:14:04+00	5626	540	7441578834008212
240001898113	11895	VL-E-43379	154	158	52.513972	13.426585	52.536766	13.391054	2024-05-18 17:46:09+00	2024-05-18 18:00:34+00	7800	590	3444975855415187
240001898647	11895	VL-S-60720	156	157	52.542393	13.372591	52.502329	13.385553	2024-05-22 00:06:09+00	2024-05-22 00:15:50+00	5419	540	3517259480148488
240001902611	11895	VL-S-68987	156	154	52.542233	13.372348	52.513612	13.426071	2024-05-18 08:59:09+00	2024-05-18 09:28:45+00	1654	740	1149736851093666
240001905353	11895	VL-S-68987	158	154	52.536662	13.390971	52.513924	13.426448	2024-05-20 05:59:09+00	2024-05-20 06:20:55+00	1587	410	7180171042706325
240001905900	11919	VL-S-22150	112	109	52.36762	4.913584	52.387558	4.888084	2023-09-03 06:48:16+00	2023-09-03 06:55:07+00	1066	0	3958879764662515
240001908950	11919	VL-S-22150	109	112	52.387385	4.887926	52.367424	4.913297	2024-01-25 06:52:10+00	2024-01-25 07:29:19+00	2537	0	4309058702074586
240001911513	11919	VL-E-54229	110	112	52.346985	4.887358	52.367297	4.913243	2024-02-24 13:49:59+00	2024-02-24 14:42:06+00	1536	0	0415491742976210
240001912414	11919	VL-S-41880	112	115	52.367404	4.913522	52.376726	4.929847	2024-05-23 18:09:31+00	2024-05-23 18:45:04+00	3892	0	7149161950080693
240001913630	11919	VL-S-21023	110	112	52.34693	4.887067	52.367622	4.913431	2023-11-02 02:48:29+00	2023-11-02 03:31:33+00	2923	0	3960780739665039
240001915865	11919	VL-S-21023	111	114	52.368157	4.914365	52.393733	4.925951	2023-10-22 10:40:52+00	2023-10-22 10:52:08+00	4778	0	2141886941099254
240001917094	11919	VL-E-01631	113	110	52.386825	4.870476	52.346963	4.887266	2024-03-11 21:39:59+00	2024-03-11 22:14:10+00	4226	0	1340610818664493
240001917225	11919	VL-S-22150	115	114	52.376906	4.929977	52.393966	4.925778	2023-08-13 01:32:41+00	2023-08-13 01:52:49+00	4188	0	6840933887497846
240001920179	11919	VL-S-43966	113	114	52.386647	4.870753	52.393979	4.925752	2023-10-04 05:37:35+00	2023-10-04 05:55:59+00	3603	0	6047873943832525
240001923317	11919	VL-E-01631	113	110	52.386775	4.870474	52.346996	4.887391	2024-04-16 14:08:10+00	2024-04-16 14:47:18+00	8889	0	9882044416991015
240001925979	11919	VL-E-54229	111	110	52.368338	4.914361	52.347083	4.887111	2024-02-11 08:00:46+00	2024-02-11 08:48:07+00	1557	0	1570553723217681
240001928810	11919	VL-E-83388	110	113	52.347122	4.886978	52.386568	4.870218	2024-03-01 23:50:33+00	2024-03-01 23:58:00+00	1057	0	9722372721945643
240001931498	11919	VL-S-41880	115	111	52.376915	4.929911	52.368133	4.913859	2024-03-23 15:34:37+00	2024-03-23 15:48:59+00	1509	0	4602128066352028
240001934837	11919	VL-E-83388	113	112	52.386673	4.870497	52.367433	4.913136	2024-03-06 14:18:57+00	2024-03-06 14:58:42+00	8807	0	1748957321194260
240001938760	11919	VL-S-22150	110	113	52.346866	4.887147	52.386629	4.87038	2023-12-19 03:36:10+00	2023-12-19 03:45:02+00	2883	0	9379102172209771
240001941249	11919	VL-E-54229	109	115	52.387309	4.888272	52.376657	4.929936	2023-10-05 19:24:07+00	2023-10-05 19:57:36+00	7669	0	9949044626448342
240001943711	11919	VL-S-41880	110	111	52.347126	4.887406	52.368328	4.914062	2024-05-20 07:05:16+00	2024-05-20 07:47:58+00	6644	0	4933488874972098
240001945619	11924	VL-S-76964	154	158	52.513633	13.426084	52.536647	13.391217	2023-11-19 06:48:09+00	2023-11-19 07:08:02+00	687	490	9292339521160822
240001949461	11924	VL-S-76964	157	155	52.502672	13.385647	52.540478	13.379014	2023-11-21 23:35:09+00	2023-11-22 00:10:44+00	2310	550	1577524317941097
240001952881	11924	VL-E-46991	155	158	52.540652	13.379421	52.536716	13.391299	2023-11-22 18:45:09+00	2023-11-22 19:27:19+00	6904	620	5823367609696697
240001955643	11937	VL-S-68987	156	158	52.542164	13.372127	52.5368	13.391449	2023-11-19 00:25:47+00	2023-11-19 01:00:03+00	8262	490	5802118183103868
240001957684	11937	VL-S-68987	155	156	52.540439	13.378927	52.542074	13.372491	2023-12-09 20:10:43+00	2023-12-09 20:57:35+00	7471	910	9510238258527436
240001959448	11937	VL-S-19145	155	156	52.540635	13.379459	52.542136	13.372671	2024-03-24 11:49:35+00	2024-03-24 12:10:01+00	628	350	2451585303514061
240001959950	11937	VL-S-60720	158	155	52.536787	13.391217	52.540525	13.379171	2024-05-25 09:50:02+00	2024-05-25 10:39:45+00	624	640	2278151017622387
240001960323	11937	VL-S-19145	158	156	52.536894	13.391479	52.542207	13.372377	2023-11-10 07:51:05+00	2023-11-10 08:17:07+00	6691	710	8423249061207415
240001961837	11937	VL-S-68987	155	156	52.540418	13.379075	52.542107	13.372701	2024-01-01 15:29:32+00	2024-01-01 15:35:08+00	5096	200	5340769852444205
240001964220	11945	VL-S-19145	156	155	52.542365	13.372456	52.540408	13.378925	2024-05-08 11:45:27+00	2024-05-08 12:08:01+00	5332	370	4996682199974363
240001967042	11945	VL-S-76964	157	154	52.50235	13.385479	52.513598	13.42623	2024-05-07 06:25:27+00	2024-05-07 07:15:52+00	4652	800	0875435923039474
240001969013	11945	VL-S-68987	154	156	52.51394	13.426407	52.542459	13.372196	2024-05-07 03:52:27+00	2024-05-07 04:37:12+00	4431	740	0052124638117490
240001972071	11945	VL-S-40068	156	155	52.542079	13.372456	52.540662	13.379373	2024-05-05 18:19:27+00	2024-05-05 18:34:46+00	5181	350	9335593783695935
240001975163	11962	VL-S-02273	180	181	48.196955	16.364302	48.196346	16.378735	2024-04-23 13:33:33+00	2024-04-23 14:01:01+00	7213	0	9060665620653168
240001975693	11962	VL-S-40239	177	180	48.223949	16.361929	48.197101	16.364384	2023-12-29 09:14:03+00	2023-12-29 10:04:46+00	1652	0	9982924330183687
240001977368	11962	VL-E-99133	178	181	48.201275	16.375987	48.196167	16.378558	2023-06-27 17:09:36+00	2023-06-27 17:41:00+00	8036	0	5817175701496721
240001978353	11962	VL-E-13701	180	179	48.196992	16.364026	48.207225	16.397449	2024-04-09 08:27:10+00	2024-04-09 08:47:13+00	7208	0	5380392458270236
240001979453	11962	VL-E-25473	177	181	48.223775	16.361881	48.196072	16.378931	2023-07-20 21:04:17+00	2023-07-20 21:40:31+00	7652	0	8679718334897916
240001982438	11962	VL-E-99133	181	177	48.196272	16.378648	48.223942	16.361918	2023-11-18 08:43:18+00	2023-11-18 08:59:30+00	8454	0	5057698633914731
240001982475	11962	VL-E-99133	180	179	48.196981	16.364105	48.207132	16.397384	2024-03-08 13:54:56+00	2024-03-08 14:23:14+00	2604	0	5451777451522702
240001983840	11962	VL-E-25473	179	177	48.207202	16.397676	48.223853	16.361771	2023-11-03 20:17:09+00	2023-11-03 21:01:48+00	5863	0	6654538868644809
240001987416	11962	VL-S-02273	179	177	48.207244	16.397506	48.223708	16.361534	2023-10-13 11:28:20+00	2023-10-13 11:56:10+00	7234	0	1014675710144295
240001989724	11962	VL-S-02273	178	180	48.201422	16.376035	48.197195	16.364143	2024-03-22 16:50:49+00	2024-03-22 17:23:31+00	2164	0	0354298135064790
240001991890	11962	VL-E-13701	181	179	48.196146	16.378529	48.207091	16.397365	2024-03-06 09:06:55+00	2024-03-06 09:20:32+00	5973	0	9446165760485872
240001993168	11962	VL-E-33181	178	177	48.201401	16.376065	48.223976	16.362059	2024-04-12 21:54:30+00	2024-04-12 22:15:47+00	5072	0	4683957927102542
240001993386	11962	VL-E-13701	180	179	48.196989	16.364461	48.20719	16.397183	2023-11-30 00:20:11+00	2023-11-30 01:05:44+00	6796	0	5077320220121734
240001996585	11962	VL-S-40239	178	181	48.201424	16.376023	48.196221	16.378761	2023-12-05 09:13:55+00	2023-12-05 09:45:02+00	4457	0	7421174707525414
240001999025	11962	VL-E-67348	179	178	48.206918	16.39769	48.201277	16.37594	2024-01-27 01:23:10+00	2024-01-27 01:57:29+00	7929	0	2288488904612622
240002002472	11962	VL-S-39079	181	180	48.196284	16.378922	48.197122	16.363994	2023-09-04 22:13:47+00	2023-09-04 23:04:05+00	2904	0	2478357296971944
240002003207	11962	VL-S-40239	181	178	48.196299	16.37905	48.201143	16.375772	2024-01-02 02:57:46+00	2024-01-02 03:22:54+00	1010	0	5926916715919028
240002006455	11962	VL-S-40239	177	180	48.223967	16.361669	48.197019	16.364266	2024-05-28 15:14:15+00	2024-05-28 15:46:12+00	3876	0	1557081759612956
240002007089	11962	VL-E-13701	180	181	48.197162	16.364249	48.196019	16.379033	2023-12-12 04:46:47+00	2023-12-12 05:24:16+00	4067	0	9254466428823785
240002008678	11962	VL-E-99133	179	181	48.207268	16.39762	48.196208	16.37854	2024-05-19 11:29:04+00	2024-05-19 11:43:52+00	6047	0	1493362300238524
240002011985	11962	VL-E-67348	177	178	48.223971	16.361754	48.20136	16.375856	2024-03-07 10:12:38+00	2024-03-07 11:08:37+00	5046	0	1680143092513912
240002012081	11962	VL-S-02273	179	178	48.206973	16.397353	48.201165	16.375788	2023-12-05 07:52:51+00	2023-12-05 08:18:53+00	864	0	2801421348504752
240002012434	11962	VL-E-33181	180	178	48.197146	16.364057	48.20113	16.375877	2024-05-23 13:49:43+00	2024-05-23 14:15:32+00	7382	0	5730377495709996
240002015501	11962	VL-E-13701	178	180	48.201475	16.376046	48.197196	16.36422	2024-02-11 04:08:32+00	2024-02-11 04:26:09+00	8830	0	1277470706494487
240002017706	11962	VL-E-25473	181	180	48.196109	16.379099	48.197261	16.364248	2023-06-04 19:57:10+00	2023-06-04 20:15:42+00	7278	0	3371092040604183
240002020253	11962	VL-E-33181	177	178	48.223767	16.361686	48.201328	16.376102	2023-06-06 08:01:24+00	2023-06-06 08:20:06+00	3084	0	5331965807379341
240002023019	11962	VL-E-25473	178	181	48.201497	16.375864	48.196032	16.378733	2024-01-11 19:32:12+00	2024-01-11 20:25:06+00	3979	0	6117133244199124
240002023588	11962	VL-E-33181	180	179	48.197311	16.364493	48.207019	16.397535	2023-07-27 19:02:43+00	2023-07-27 19:57:16+00	1686	0	6145854137637583
240002024124	11962	VL-E-99133	181	180	48.196158	16.378832	48.197157	16.36417	2024-01-14 11:13:03+00	2024-01-14 11:55:37+00	2636	0	1056993794209013
240002028014	11968	VL-E-83388	113	111	52.386464	4.870342	52.36815	4.914065	2024-01-31 01:13:23+00	2024-01-31 01:47:31+00	4620	0	1670571467495641
240002031482	11968	VL-S-22150	112	114	52.367308	4.913504	52.394109	4.926074	2023-10-15 05:12:57+00	2023-10-15 05:47:30+00	5768	0	5627181764758058
240002032184	11968	VL-S-22150	114	109	52.394053	4.925807	52.38746	4.88822	2023-09-01 21:46:55+00	2023-09-01 22:27:54+00	3501	0	1043153856467890
240002033204	11968	VL-E-54229	113	114	52.386468	4.87058	52.393868	4.926002	2024-02-15 20:45:46+00	2024-02-15 20:56:15+00	4662	0	4272057814294021
240002033231	11968	VL-S-22150	115	113	52.376738	4.929996	52.386538	4.870719	2024-05-16 15:41:54+00	2024-05-16 16:35:07+00	2409	0	5843760237879201
240002034248	11968	VL-S-43966	111	110	52.368315	4.914256	52.346916	4.886943	2024-05-17 19:03:26+00	2024-05-17 19:08:51+00	3474	0	4162648580460718
240002036785	11968	VL-E-01631	109	110	52.387307	4.887933	52.346957	4.887093	2023-06-20 03:10:57+00	2023-06-20 03:51:17+00	2528	0	7776008119651449
240002040450	11968	VL-S-21023	111	109	52.368394	4.914352	52.38723	4.88811	2024-05-16 14:34:43+00	2024-05-16 15:01:00+00	8204	0	6065517158176014
240002041917	11968	VL-E-01631	114	109	52.393855	4.926124	52.387488	4.888148	2023-08-21 17:22:54+00	2023-08-21 17:34:33+00	1226	0	2463973954167097
240002044705	11968	VL-S-41880	111	115	52.368324	4.91386	52.376594	4.929863	2023-07-20 01:24:18+00	2023-07-20 02:00:40+00	2997	0	4222047764089850
240002048597	11968	VL-S-41880	112	113	52.367354	4.913249	52.386468	4.870767	2024-03-23 12:45:54+00	2024-03-23 13:01:00+00	5051	0	8449215039875746
240002051524	11968	VL-S-41880	109	115	52.38723	4.888304	52.376635	4.929741	2024-04-12 05:37:34+00	2024-04-12 06:27:38+00	4360	0	0907894672878178
240002054300	11968	VL-S-43966	110	115	52.346879	4.887201	52.376644	4.930091	2023-11-19 10:38:58+00	2023-11-19 11:13:09+00	6352	0	8936969785061094
240002056949	11968	VL-E-83388	113	111	52.38678	4.870243	52.368336	4.913942	2023-11-29 09:35:28+00	2023-11-29 09:43:48+00	4601	0	8100632368070828
240002059602	11968	VL-S-22150	110	111	52.347004	4.887131	52.368283	4.914269	2024-05-18 04:37:59+00	2024-05-18 05:08:49+00	1545	0	5362242064588412
240002062315	11968	VL-E-83388	110	112	52.34696	4.887304	52.367272	4.913516	2023-09-02 03:08:11+00	2023-09-02 03:33:10+00	827	0	0557295627145105
240002063635	11968	VL-S-43966	111	114	52.368067	4.913853	52.39406	4.926131	2023-12-19 11:56:31+00	2023-12-19 12:16:21+00	651	0	8255078742882731
240002065000	11968	VL-S-80363	110	111	52.347022	4.886961	52.36837	4.914036	2023-10-24 20:39:14+00	2023-10-24 21:08:24+00	4235	0	4453828580974292
240002065261	11968	VL-S-43966	112	111	52.367315	4.91349	52.368288	4.913815	2023-08-19 04:53:16+00	2023-08-19 05:30:10+00	3023	0	1723508308648878
240002065606	11985	VL-S-01905	106	102	52.110035	5.124147	52.087371	5.116996	2024-05-12 11:40:10+00	2024-05-12 12:00:56+00	1127	0	3129421538369206
240002065836	11985	VL-S-73599	107	108	52.078503	5.096368	52.095907	5.14956	2024-02-19 08:26:13+00	2024-02-19 09:12:02+00	1345	0	6009873003027560
240002069535	11985	VL-S-73599	108	102	52.095948	5.149937	52.08761	5.117119	2023-06-23 09:21:17+00	2023-06-23 09:26:58+00	8922	0	7501789904641890
240002071335	11985	VL-S-21000	105	106	52.106295	5.10431	52.110179	5.124541	2024-03-16 02:18:09+00	2024-03-16 02:56:55+00	8104	0	7181612174000266
240002072307	11985	VL-S-73599	105	108	52.105992	5.104465	52.095657	5.149606	2024-04-27 17:44:32+00	2024-04-27 18:14:51+00	8616	0	4086967738269498
240002072783	11985	VL-S-01905	104	102	52.107395	5.119729	52.087288	5.116979	2023-07-30 20:08:32+00	2023-07-30 20:30:13+00	6576	0	6278402477614717
240002073197	11985	VL-E-74414	105	107	52.105963	5.104597	52.078449	5.096063	2023-11-06 06:11:40+00	2023-11-06 06:32:13+00	2593	0	1648992490648244
240002073910	11985	VL-S-21000	106	108	52.109919	5.124165	52.095957	5.149873	2024-01-04 21:01:23+00	2024-01-04 21:31:00+00	2797	0	8858488371622320
240002075634	11986	VL-E-83388	111	113	52.368328	4.91377	52.386692	4.87033	2024-05-05 16:15:10+00	2024-05-05 16:43:02+00	6808	470	1185231155743261
240002079369	11986	VL-S-22150	111	109	52.368074	4.914179	52.387332	4.88786	2023-10-20 17:34:21+00	2023-10-20 17:55:20+00	8779	350	8896019116540511
240002081402	11986	VL-S-41880	115	113	52.376902	4.930077	52.386558	4.870445	2024-03-02 08:12:09+00	2024-03-02 09:06:48+00	4862	740	4424955776987339
240002082236	11986	VL-S-80363	115	111	52.376826	4.930111	52.368259	4.914013	2023-09-30 22:52:21+00	2023-09-30 23:06:54+00	5913	340	3310492191965506
240002083151	11986	VL-E-83388	111	113	52.368136	4.914312	52.386638	4.87064	2023-09-13 14:41:46+00	2023-09-13 14:52:54+00	1501	310	2010794874622541
240002085920	11986	VL-S-43966	115	114	52.376873	4.929966	52.393934	4.925722	2023-07-28 14:10:34+00	2023-07-28 14:59:03+00	5420	680	4443269749929757
240002086680	12008	VL-S-62453	169	170	48.839003	2.374949	48.84939	2.385408	2024-05-27 05:53:26+00	2024-05-27 06:45:33+00	755	670	6576368338579918
240002090562	12008	VL-S-68549	171	170	48.84954	2.319563	48.849528	2.385495	2024-04-11 18:04:01+00	2024-04-11 18:43:27+00	8262	690	0243181270851542
240002091599	12008	VL-S-68549	170	169	48.849163	2.385773	48.839253	2.374894	2024-05-09 09:37:29+00	2024-05-09 10:04:28+00	6144	710	0804582050899856
240002091747	12008	VL-E-99696	169	168	48.83906	2.375138	48.85035	2.356734	2024-01-23 20:58:57+00	2024-01-23 21:33:28+00	1197	790	1412844306879145
240002095605	12008	VL-S-53488	169	168	48.839164	2.375388	48.850101	2.356896	2024-05-03 12:41:37+00	2024-05-03 13:08:29+00	6698	710	0449011745799788
240002097919	12008	VL-S-95036	172	170	48.880256	2.358443	48.84939	2.385445	2024-02-15 16:41:52+00	2024-02-15 17:05:36+00	2498	430	8954899164584561
240002100946	12008	VL-S-84627	169	170	48.839237	2.37538	48.8494	2.385479	2024-01-25 11:15:28+00	2024-01-25 11:39:05+00	7303	530	8376028861134658
240002104146	12008	VL-S-10614	172	170	48.880546	2.358185	48.849177	2.385332	2024-01-10 18:40:12+00	2024-01-10 19:14:32+00	3010	490	2583452179542696
240002104170	12008	VL-S-53488	171	168	48.849312	2.319617	48.850095	2.356664	2024-03-19 12:08:24+00	2024-03-19 12:14:41+00	2327	510	5454648831506891
240002104330	12055	VL-S-95914	182	183	47.079908	15.455646	47.078056	15.435781	2023-09-15 08:33:50+00	2023-09-15 09:02:13+00	1361	580	7854071823586011
240002104909	12055	VL-S-23659	184	185	47.079888	15.408061	47.059041	15.425012	2024-04-17 18:36:04+00	2024-04-17 19:00:00+00	7492	380	8611601091801189
240002107711	12055	VL-S-83190	182	185	47.079993	15.45584	47.05902	15.425125	2023-09-10 16:11:33+00	2023-09-10 17:05:36+00	3803	990	9898488226300429
240002109975	12057	VL-S-21000	103	101	52.072186	5.135655	52.071366	5.099837	2023-11-03 22:13:12+00	2023-11-03 22:56:16+00	1774	0	2011288273633487
240002112323	12057	VL-E-95982	106	102	52.109943	5.124008	52.087356	5.11718	2023-09-16 22:04:35+00	2023-09-16 22:19:48+00	7471	0	7635101303940327
240002115457	12057	VL-S-01905	101	103	52.071377	5.099467	52.072249	5.135655	2024-01-07 03:13:48+00	2024-01-07 03:47:15+00	4805	0	0321099179047085
240002116499	12057	VL-S-90140	102	101	52.087533	5.11693	52.071372	5.099681	2024-01-22 13:24:16+00	2024-01-22 14:09:47+00	5152	0	5923074487107919
240002119283	12057	VL-S-73599	108	107	52.095716	5.150017	52.078366	5.096282	2023-07-04 22:38:26+00	2023-07-04 23:34:16+00	4147	0	1359697701499323
240002121958	12057	VL-S-01905	107	105	52.078435	5.096234	52.105989	5.104648	2023-08-13 08:25:44+00	2023-08-13 08:41:19+00	8588	0	5640611461201797
240002125591	12057	VL-S-90140	105	106	52.106226	5.104225	52.109925	5.124327	2024-01-01 18:13:05+00	2024-01-01 18:28:00+00	7947	0	6108670845988276
240002127449	12057	VL-S-73599	102	105	52.087262	5.116894	52.10616	5.104217	2023-10-13 07:02:39+00	2023-10-13 07:28:11+00	2156	0	6819504323860111
240002130275	12057	VL-S-73599	108	102	52.09573	5.149943	52.087321	5.116969	2024-02-08 04:10:05+00	2024-02-08 04:15:49+00	3833	0	2172722416191006
240002130623	12057	VL-E-95982	106	105	52.110154	5.124277	52.106088	5.104612	2023-09-13 13:43:49+00	2023-09-13 14:38:44+00	1104	0	6660365046395392
240002133198	12057	VL-S-73599	107	105	52.078644	5.096453	52.106034	5.104271	2024-05-03 07:40:25+00	2024-05-03 08:07:27+00	1888	0	7634143480470440
240002136424	12057	VL-E-95982	107	108	52.078627	5.096234	52.095937	5.149678	2023-07-15 09:24:49+00	2023-07-15 10:04:26+00	2908	0	0944240220369780
240002138605	12057	VL-S-01905	102	103	52.087342	5.117237	52.072365	5.135614	2024-04-26 07:39:14+00	2024-04-26 08:17:39+00	2670	0	4323499815197943
240002138669	12057	VL-E-95982	102	106	52.087328	5.117279	52.109923	5.124305	2023-11-07 14:46:29+00	2023-11-07 15:11:03+00	7643	0	5256399736088604
240002139288	12057	VL-S-21000	103	101	52.072275	5.135534	52.071261	5.099952	2024-04-05 01:16:14+00	2024-04-05 01:23:05+00	7137	0	8746184189007808
240002141385	12057	VL-S-73599	106	107	52.110115	5.124572	52.078482	5.096266	2024-05-15 17:09:19+00	2024-05-15 17:48:59+00	6960	0	4441101362852320
240002143801	12057	VL-E-74414	108	101	52.095693	5.149629	52.071363	5.099628	2023-08-31 21:54:28+00	2023-08-31 22:34:09+00	8469	0	4170879626688166
240002144744	12057	VL-S-73599	108	106	52.09594	5.149684	52.110004	5.124583	2023-09-26 07:45:34+00	2023-09-26 07:59:34+00	3336	0	9956307420720021
240002145322	12057	VL-S-73599	107	105	52.078422	5.096441	52.106011	5.104696	2023-09-14 03:58:46+00	2023-09-14 04:24:24+00	6380	0	8099744990206439
240002148483	12086	VL-S-43966	110	114	52.346848	4.887174	52.393949	4.926054	2024-02-17 00:03:26+00	2024-02-17 00:51:51+00	5520	780	5171163576360481
240002150084	12117	VL-E-43766	174	176	48.578233	7.765756	48.555129	7.746971	2024-03-01 15:48:38+00	2024-03-01 16:41:46+00	5374	0	6627185877752621
240002151335	12117	VL-S-74491	173	176	48.571875	7.764377	48.555289	7.747131	2023-06-30 21:39:04+00	2023-06-30 21:44:39+00	5388	0	3188823723125574
240002153065	12117	VL-E-43766	175	173	48.561648	7.785488	48.571626	7.764337	2023-09-21 09:21:04+00	2023-09-21 09:29:40+00	7968	0	5947498869132177
240002154883	12117	VL-S-36931	176	173	48.555067	7.747098	48.571814	7.764257	2023-12-13 04:45:13+00	2023-12-13 05:16:40+00	4745	0	9153387165106441
240002157579	12117	VL-E-49638	176	174	48.554952	7.74732	48.578029	7.765654	2024-04-02 17:25:22+00	2024-04-02 18:01:36+00	2494	0	1805834973043674
240002159164	12117	VL-E-69667	173	176	48.571974	7.764321	48.554983	7.7471	2023-11-23 01:33:48+00	2023-11-23 02:14:10+00	8078	0	4001247498643662
240002160539	12117	VL-E-14290	174	175	48.578061	7.765679	48.561695	7.785357	2024-04-08 06:12:20+00	2024-04-08 07:06:25+00	8172	0	4414132638262520
240002161851	12117	VL-S-14656	176	175	48.554929	7.747022	48.56162	7.78562	2024-02-21 06:46:41+00	2024-02-21 07:27:11+00	2475	0	4839392857649156
240002164902	12117	VL-S-36931	175	173	48.561713	7.785603	48.571856	7.764555	2023-07-21 21:24:37+00	2023-07-21 22:09:20+00	6029	0	3773127262712634
240002167165	12117	VL-E-50290	174	173	48.57811	7.765782	48.571963	7.764003	2023-10-21 23:25:25+00	2023-10-22 00:01:42+00	8225	0	5255363722322492
240002170128	12117	VL-E-25240	175	173	48.561916	7.785617	48.57164	7.764447	2023-06-23 16:44:08+00	2023-06-23 17:27:27+00	1577	0	4378686024477863
240002171222	12117	VL-E-49638	175	174	48.561777	7.785624	48.578136	7.765453	2024-01-14 11:24:00+00	2024-01-14 11:34:50+00	3778	0	5376755358350483
240002175069	12117	VL-E-50290	173	174	48.571918	7.76445	48.577978	7.765338	2023-12-15 13:57:08+00	2023-12-15 14:22:16+00	1617	0	8042483230007979
240002175486	12122	VL-S-82982	137	139	50.848457	4.34345	50.822997	4.381352	2024-01-13 08:47:23+00	2024-01-13 09:08:29+00	5618	0	3603175380468084
240002177966	12122	VL-E-54459	140	138	50.866966	4.337489	50.860516	4.36587	2023-06-06 07:57:27+00	2023-06-06 08:06:23+00	3128	0	2865090613090109
240002179516	12122	VL-E-97507	139	140	50.823054	4.380856	50.86695	4.337592	2023-10-04 05:16:27+00	2023-10-04 05:39:02+00	1977	0	1103092607880287
240002182726	12122	VL-S-53091	140	138	50.867102	4.337398	50.860783	4.365871	2023-07-15 19:41:03+00	2023-07-15 19:54:28+00	2486	0	0382036756062120
240002186192	12122	VL-S-76471	139	138	50.823293	4.381285	50.860819	4.365746	2024-02-11 09:27:13+00	2024-02-11 09:56:37+00	8033	0	7756459817668612
240002189138	12122	VL-E-54459	137	140	50.84851	4.343428	50.867041	4.337431	2024-05-28 04:42:24+00	2024-05-28 05:10:38+00	5345	0	9888965564877397
240002192839	12122	VL-E-11395	139	138	50.823011	4.381016	50.860744	4.365966	2023-11-28 21:57:20+00	2023-11-28 22:20:21+00	5755	0	7800770796319925
240002196649	12122	VL-S-53091	140	138	50.867167	4.337292	50.860762	4.365752	2023-06-14 14:44:09+00	2023-06-14 14:52:06+00	8169	0	9377773194438463
240002198685	12122	VL-E-51041	137	139	50.848646	4.343382	50.823263	4.381083	2023-10-06 23:56:43+00	2023-10-07 00:41:49+00	8736	0	8671406011330500
240002202624	12122	VL-E-19843	137	139	50.848766	4.343716	50.823039	4.380946	2023-07-09 11:23:30+00	2023-07-09 12:06:43+00	3258	0	7259180047912981
240002205641	12122	VL-E-54459	138	140	50.860894	4.365536	50.867112	4.337284	2023-09-17 10:53:07+00	2023-09-17 11:07:44+00	6916	0	1813102843672586
240002206279	12122	VL-E-11395	138	140	50.860722	4.365956	50.867126	4.337552	2023-12-30 15:42:20+00	2023-12-30 16:36:42+00	4128	0	7812156057030986
240002207195	12122	VL-E-07277	139	138	50.823372	4.380877	50.860858	4.365583	2024-05-25 22:17:35+00	2024-05-25 22:29:16+00	1894	0	2682183992809836
240002209669	12122	VL-E-51041	139	137	50.823148	4.381125	50.848477	4.343275	2023-09-07 20:45:46+00	2023-09-07 21:06:49+00	7088	0	0912057759094040
240002213169	12122	VL-E-88928	138	140	50.860808	4.36547	50.867216	4.337278	2023-08-18 13:52:49+00	2023-08-18 14:35:28+00	7576	0	8539439584550063
240002216220	12122	VL-E-19843	137	139	50.848706	4.343589	50.823281	4.380877	2024-02-11 10:50:47+00	2024-02-11 11:17:20+00	2547	0	7902119657806522
240002220067	12122	VL-E-54459	137	139	50.848665	4.34359	50.823334	4.381292	2024-01-01 03:12:50+00	2024-01-01 03:55:26+00	6037	0	1088981869443957
240002220365	12142	VL-S-23599	122	124	52.078986	4.286014	52.067265	4.26883	2024-05-10 22:59:53+00	2024-05-10 23:43:40+00	3929	580	5750192170658892
240002221553	12142	VL-E-38268	121	122	52.076326	4.325259	52.07899	4.286344	2024-04-14 07:10:00+00	2024-04-14 07:54:01+00	1315	740	5877158815320825
240002225218	12142	VL-E-21718	122	121	52.078695	4.286129	52.076371	4.325388	2023-12-21 09:33:45+00	2023-12-21 10:22:11+00	2857	930	1109556296688316
240002227154	12142	VL-E-21718	123	121	52.050303	4.266347	52.076373	4.325201	2023-09-03 16:17:02+00	2023-09-03 17:12:52+00	5581	700	8862613667566730
240002229749	12142	VL-S-62775	122	121	52.079002	4.286429	52.076469	4.325099	2023-09-14 21:39:39+00	2023-09-14 21:57:24+00	4788	370	0104212020808348
240002232088	12142	VL-S-72045	122	121	52.078656	4.28655	52.076553	4.325407	2024-02-14 14:15:17+00	2024-02-14 14:23:25+00	6924	530	0247483583076645
240002233760	12146	VL-S-46860	129	132	51.044631	3.691327	51.040078	3.688959	2024-04-13 17:01:57+00	2024-04-13 17:21:28+00	7216	0	1185825828368707
240002234905	12146	VL-S-40075	128	130	51.064173	3.742962	51.069006	3.693927	2024-03-19 22:05:31+00	2024-03-19 22:29:21+00	6836	0	4138153430884224
240002235320	12146	VL-S-01759	130	132	51.06902	3.693429	51.040084	3.688749	2024-04-07 14:04:02+00	2024-04-07 14:26:49+00	824	0	4961565650647363
240002236605	12146	VL-S-62066	130	128	51.068876	3.693881	51.064131	3.742977	2023-10-08 14:03:08+00	2023-10-08 14:51:30+00	7987	0	9971129564893999
240002240235	12146	VL-E-96704	128	131	51.064032	3.742654	51.060451	3.73993	2023-11-20 10:37:31+00	2023-11-20 11:31:30+00	6235	0	4620399202887810
240002243661	12146	VL-E-69429	131	132	51.060126	3.740089	51.040127	3.689202	2023-12-07 14:28:29+00	2023-12-07 14:44:33+00	733	0	7112678206175109
240002247109	12146	VL-S-83214	129	128	51.044923	3.691316	51.064106	3.742532	2023-12-17 06:21:36+00	2023-12-17 06:44:47+00	8163	0	3124790968388162
240002250524	12146	VL-S-30473	132	128	51.040254	3.688829	51.063964	3.743023	2024-03-21 22:03:21+00	2024-03-21 22:45:16+00	2907	0	7253314454496502
240002251295	12146	VL-S-01759	129	132	51.044543	3.691225	51.040031	3.688939	2023-09-07 04:07:28+00	2023-09-07 04:31:43+00	6185	0	6543925207637212
240002253663	12146	VL-E-42653	131	130	51.060377	3.73997	51.06886	3.693592	2023-12-13 19:51:14+00	2023-12-13 20:00:20+00	1937	0	0215783494740649
240002253797	12146	VL-S-83214	132	128	51.040027	3.688851	51.064123	3.742738	2023-12-23 06:31:11+00	2023-12-23 07:10:01+00	7940	0	0660939692190797
240002257026	12146	VL-S-62066	132	128	51.040226	3.688884	51.063958	3.743043	2024-01-17 14:35:17+00	2024-01-17 15:23:12+00	8424	0	3283984601299382
240002258200	12146	VL-S-30473	129	130	51.044589	3.691144	51.068814	3.693806	2023-09-06 14:39:27+00	2023-09-06 15:01:12+00	6645	0	7048253906289180
240002261557	12146	VL-S-30473	130	129	51.068648	3.693725	51.044763	3.691102	2023-09-27 21:27:49+00	2023-09-27 21:55:35+00	6704	0	6415063420232027
240002262952	12146	VL-S-01759	130	132	51.068867	3.693508	51.040077	3.689008	2024-01-17 13:10:28+00	2024-01-17 13:41:57+00	7054	0	5209649535146436
240002266435	12146	VL-E-69429	129	130	51.044697	3.691075	51.068935	3.693624	2023-12-01 17:56:17+00	2023-12-01 18:36:12+00	4405	0	9021916399430882
240002267978	12146	VL-S-01759	130	129	51.068975	3.693449	51.044876	3.691283	2024-05-27 14:59:28+00	2024-05-27 15:07:45+00	3299	0	8475654154308935
240002269928	12146	VL-S-40075	131	130	51.060148	3.739808	51.068701	3.693448	2024-02-03 15:12:18+00	2024-02-03 15:20:44+00	2229	0	6405398920896289
240002272671	12146	VL-S-30473	130	131	51.068703	3.693465	51.060144	3.7399	2024-03-18 06:57:45+00	2024-03-18 07:48:26+00	8205	0	3716232309694640
240002273164	12153	VL-E-83388	114	109	52.393842	4.925866	52.387345	4.887809	2024-03-03 10:19:53+00	2024-03-03 11:06:47+00	4384	660	3926177842503957
240002276502	12153	VL-S-80363	109	111	52.387527	4.888344	52.368102	4.914018	2024-03-03 14:12:53+00	2024-03-03 14:28:10+00	4583	300	9495060749357598
240002280442	12153	VL-E-83388	110	115	52.346997	4.887336	52.376686	4.929922	2024-03-03 08:49:53+00	2024-03-03 09:07:09+00	5123	320	9662947225577076
240002282502	12161	VL-S-53091	138	137	50.860555	4.365559	50.848589	4.3436	2023-09-13 15:06:34+00	2023-09-13 15:40:25+00	3457	0	5409623485741862
240002283250	12161	VL-E-88928	138	137	50.86053	4.365421	50.848655	4.343365	2023-07-09 02:37:24+00	2023-07-09 03:05:46+00	2409	0	5342187075274463
240002284482	12161	VL-E-11395	137	138	50.848587	4.343787	50.860854	4.365767	2024-04-10 01:11:31+00	2024-04-10 01:17:42+00	8178	0	8131527096136223
240002287543	12161	VL-E-88928	138	137	50.860655	4.365628	50.84876	4.343365	2023-07-15 05:40:08+00	2023-07-15 06:16:20+00	3420	0	8022940605086415
240002291415	12161	VL-E-19843	139	138	50.823279	4.380817	50.860638	4.365878	2024-04-23 14:53:35+00	2024-04-23 15:36:04+00	3281	0	1297769331635223
240002292900	12161	VL-E-19843	139	140	50.823238	4.380837	50.866977	4.337189	2023-10-22 03:27:26+00	2023-10-22 03:59:28+00	3245	0	1704899514961931
240002293636	12161	VL-E-19843	138	139	50.860663	4.365824	50.823197	4.381373	2024-05-24 08:30:13+00	2024-05-24 08:51:29+00	6784	0	6930934663641254
240002296354	12161	VL-E-19843	137	139	50.848472	4.343349	50.823357	4.380814	2023-12-03 06:00:13+00	2023-12-03 06:12:38+00	8675	0	4049402575445135
240002298981	12161	VL-S-76471	140	138	50.86706	4.337574	50.860597	4.365765	2024-03-21 00:01:18+00	2024-03-21 00:11:27+00	8465	0	5449653492130783
240002299966	12161	VL-S-82982	137	140	50.848835	4.343547	50.867096	4.337505	2024-01-10 19:35:42+00	2024-01-10 20:14:22+00	3855	0	0218407812088762
240002303546	12161	VL-S-82982	139	138	50.823002	4.380821	50.86075	4.365538	2023-12-08 14:25:10+00	2023-12-08 15:14:18+00	7109	0	8225537147182313
240002305890	12161	VL-E-97507	138	140	50.860516	4.365548	50.86722	4.33752	2023-07-27 23:00:09+00	2023-07-27 23:09:02+00	6641	0	4469563050371288
240002309089	12161	VL-E-11395	140	138	50.8672	4.337376	50.860574	4.365659	2024-04-21 09:05:46+00	2024-04-21 09:37:43+00	3645	0	6305112107758857
240002309927	12161	VL-E-88928	140	139	50.866887	4.337464	50.823041	4.381404	2024-04-19 07:21:37+00	2024-04-19 08:03:51+00	6878	0	1551280501347187
240002312308	12187	VL-S-53604	149	146	50.950812	6.929707	50.916758	6.931637	2023-06-03 01:26:06+00	2023-06-03 02:02:00+00	1680	0	5474476391204401
240002314675	12187	VL-E-33094	145	146	50.946495	6.993422	50.916819	6.931279	2023-12-06 14:25:44+00	2023-12-06 15:21:03+00	924	0	3834065000403330
240002315933	12187	VL-E-58418	148	146	50.954302	6.973675	50.916771	6.931777	2024-03-27 23:34:40+00	2024-03-27 23:58:08+00	8349	0	5622066397875525
240002316630	12187	VL-E-33094	147	149	50.917601	6.98378	50.950987	6.929528	2024-04-18 20:24:54+00	2024-04-18 21:02:45+00	935	0	6525968465413690
240002320185	12187	VL-S-63171	148	147	50.95408	6.973692	50.917444	6.983989	2024-03-22 05:11:16+00	2024-03-22 05:23:20+00	8481	0	7099579983400889
240002321327	12187	VL-E-58418	145	148	50.946613	6.993427	50.954344	6.973773	2024-04-27 19:05:59+00	2024-04-27 19:30:02+00	1295	0	5611187233821355
240002321857	12187	VL-S-53604	148	144	50.954102	6.97375	50.91715	6.949192	2024-03-01 23:00:04+00	2024-03-01 23:30:36+00	5472	0	5926976602032942
240002321992	12187	VL-S-53604	149	147	50.951153	6.929398	50.917498	6.983592	2023-11-30 03:54:08+00	2023-11-30 04:37:12+00	7386	0	8111045442732150
240002325777	12187	VL-E-58418	148	147	50.954063	6.973686	50.917631	6.983669	2023-11-06 23:24:57+00	2023-11-06 23:54:58+00	4370	0	8750014384233100
240002327678	12187	VL-E-96636	145	148	50.946397	6.993348	50.954332	6.973273	2024-05-16 15:41:39+00	2024-05-16 16:27:20+00	4378	0	9724085328530249
240002329423	12187	VL-E-33467	148	146	50.954172	6.973592	50.916772	6.931516	2024-03-25 07:31:31+00	2024-03-25 07:53:42+00	6737	0	7977226847465490
240002332521	12187	VL-E-17902	146	148	50.916603	6.931736	50.953956	6.973802	2023-06-28 06:47:03+00	2023-06-28 07:19:49+00	2026	0	7687969748798566
240002335526	12187	VL-E-58418	148	147	50.954062	6.973485	50.917403	6.983591	2024-05-20 18:18:42+00	2024-05-20 19:04:44+00	993	0	3023743411684674
240002338774	12187	VL-E-58418	149	148	50.950928	6.929487	50.954038	6.973318	2023-07-08 06:14:54+00	2023-07-08 06:42:29+00	5236	0	1887893614335310
240002340017	12187	VL-E-33467	147	144	50.917491	6.98393	50.917035	6.948828	2023-10-11 08:43:38+00	2023-10-11 09:25:35+00	1537	0	9885109100144892
240002341599	12187	VL-E-58418	148	145	50.954179	6.973605	50.946268	6.993236	2024-04-10 11:47:01+00	2024-04-10 12:27:41+00	5324	0	5263596413095643
240002344320	12187	VL-E-58418	145	148	50.946321	6.993203	50.95409	6.973664	2024-03-14 22:13:16+00	2024-03-14 22:20:05+00	2982	0	9860572094831122
240002345044	12187	VL-E-33467	146	149	50.916801	6.931409	50.950936	6.929516	2023-10-21 17:43:32+00	2023-10-21 18:29:29+00	5146	0	3349598425527629
240002348030	12187	VL-S-53604	146	148	50.916632	6.931625	50.954138	6.973306	2024-03-24 13:03:06+00	2024-03-24 13:41:24+00	761	0	9356263503307639
240002350928	12187	VL-E-33467	148	149	50.954003	6.973418	50.950774	6.929705	2023-09-25 14:52:48+00	2023-09-25 15:31:16+00	8059	0	2656986605347343
240002352459	12187	VL-S-63171	144	145	50.91704	6.948876	50.946452	6.993653	2023-06-14 07:50:12+00	2023-06-14 08:37:40+00	2151	0	3080006045881834
240002353720	12187	VL-E-33467	146	149	50.916869	6.931505	50.950832	6.929467	2024-03-02 02:44:52+00	2024-03-02 02:56:55+00	3690	0	7727783726297191
240002356811	12217	VL-S-60720	157	154	52.502665	13.385685	52.513724	13.426194	2024-04-12 10:38:12+00	2024-04-12 10:49:33+00	5968	310	0112089669206593
240002356860	12217	VL-S-68987	157	158	52.502664	13.385701	52.536555	13.391439	2024-04-16 01:35:12+00	2024-04-16 01:51:53+00	8670	360	1029343778629929
240002358680	12251	VL-E-69667	175	176	48.561552	7.785737	48.555232	7.746825	2024-05-30 14:36:35+00	2024-05-30 15:15:48+00	5023	540	2588196655868854
240002360809	12251	VL-E-50290	175	176	48.561645	7.78533	48.554916	7.747135	2024-02-13 11:57:23+00	2024-02-13 12:40:27+00	3610	630	5374950962887776
240002361914	12269	VL-S-62453	168	170	48.850285	2.356945	48.849369	2.385318	2024-03-19 08:02:23+00	2024-03-19 08:29:55+00	3717	570	5419841507948924
240002364514	12269	VL-S-68549	171	169	48.849261	2.319363	48.839002	2.375163	2024-03-15 20:04:23+00	2024-03-15 20:35:57+00	1050	510	3567500434270739
240002367748	12269	VL-S-95036	170	172	48.849392	2.385501	48.88044	2.357915	2024-03-18 00:00:23+00	2024-03-18 00:55:00+00	8381	740	1698224915039794
240002368234	12295	VL-S-46860	132	129	51.040043	3.688669	51.044703	3.691062	2023-10-08 20:13:35+00	2023-10-08 21:05:38+00	6416	0	8262432200143090
240002368509	12295	VL-S-62066	132	128	51.040217	3.689174	51.064211	3.74297	2023-10-30 08:08:57+00	2023-10-30 08:30:38+00	8198	0	6884308711461364
240002371753	12295	VL-S-01759	128	129	51.063985	3.742561	51.044699	3.690884	2024-02-04 23:55:52+00	2024-02-05 00:41:50+00	3221	0	1923693289465409
240002374717	12295	VL-E-96704	130	128	51.069	3.693721	51.064038	3.742913	2024-05-11 07:54:03+00	2024-05-11 08:41:28+00	4588	0	8595457169567387
240002376021	12295	VL-S-01759	129	131	51.044688	3.69123	51.060343	3.739533	2023-09-18 11:07:27+00	2023-09-18 11:51:23+00	8747	0	7409327220633269
240002379420	12295	VL-S-46860	132	128	51.040341	3.688819	51.064206	3.742514	2023-08-08 07:17:19+00	2023-08-08 07:53:32+00	8011	0	0300835213063450
240002381834	12295	VL-E-32210	131	128	51.060398	3.739533	51.064104	3.742787	2024-05-21 14:12:50+00	2024-05-21 14:23:08+00	8322	0	8537152129155699
240002384943	12295	VL-E-32210	128	130	51.064242	3.742668	51.068721	3.693854	2023-09-27 04:18:55+00	2023-09-27 04:54:46+00	3812	0	4188951473968173
240002386903	12295	VL-S-40075	128	129	51.064022	3.742701	51.044598	3.690928	2023-10-15 19:32:48+00	2023-10-15 19:45:41+00	5168	0	3182128318410315
240002389275	12295	VL-E-96704	129	130	51.044607	3.691171	51.068712	3.693587	2024-01-15 10:05:42+00	2024-01-15 10:17:42+00	8237	0	2609532188403995
240002393026	12295	VL-E-32210	129	132	51.044565	3.69105	51.040302	3.688682	2023-07-12 07:14:30+00	2023-07-12 08:03:47+00	8636	0	2121041551943852
240002396394	12295	VL-E-42653	132	128	51.040015	3.688675	51.06405	3.742567	2024-03-25 18:15:55+00	2024-03-25 18:52:52+00	7798	0	7036490887298404
240002396850	12297	VL-S-43966	113	109	52.386502	4.870695	52.387263	4.888253	2023-09-08 09:13:38+00	2023-09-08 09:58:45+00	1803	650	5150347624486040
240002399174	12297	VL-S-21023	110	111	52.347147	4.88686	52.368075	4.91431	2024-05-01 05:03:52+00	2024-05-01 05:43:39+00	5801	590	1720194191675356
240002399423	12297	VL-S-80363	112	109	52.367644	4.913219	52.387416	4.888079	2023-09-03 22:41:05+00	2023-09-03 23:07:06+00	7728	410	4878905282123575
240002402960	12297	VL-E-54229	110	111	52.346971	4.887185	52.368275	4.914281	2023-09-01 18:56:25+00	2023-09-01 19:21:11+00	6020	390	6660601979610807
240002406434	12297	VL-S-80363	114	109	52.393769	4.926005	52.387344	4.888053	2023-09-05 12:43:32+00	2023-09-05 13:37:50+00	1782	840	2606370811374873
240002408037	12306	VL-E-13596	172	170	48.88038	2.357986	48.849513	2.385467	2024-05-05 21:38:53+00	2024-05-05 21:47:51+00	6441	280	1737038430054820
240002410669	12306	VL-S-53488	168	171	48.850135	2.356874	48.849387	2.319773	2024-05-03 07:04:53+00	2024-05-03 07:32:53+00	1401	480	8597538077345393
240002411140	12306	VL-S-62453	171	170	48.849446	2.319517	48.849425	2.385615	2024-05-03 14:32:53+00	2024-05-03 14:48:10+00	8814	350	5636963162839794
240002413552	12306	VL-S-84627	171	172	48.84947	2.31973	48.880377	2.358364	2024-05-04 21:43:53+00	2024-05-04 22:22:14+00	2677	530	5144518998611230
240002417104	12315	VL-E-43784	153	151	51.227307	6.80762	51.217417	6.790056	2023-12-13 07:03:09+00	2023-12-13 07:39:55+00	2899	0	9617734727645863
240002418195	12315	VL-S-20703	152	153	51.243759	6.789559	51.227101	6.807667	2024-03-16 02:43:43+00	2024-03-16 03:32:12+00	5335	0	3017006109002896
240002421043	12315	VL-E-72846	152	153	51.24384	6.789919	51.227274	6.807752	2023-12-24 14:32:41+00	2023-12-24 14:58:55+00	3419	0	0898834867566335
240002421540	12315	VL-E-42928	151	153	51.217679	6.790033	51.227017	6.807926	2023-11-09 10:29:29+00	2023-11-09 11:01:25+00	5227	0	4510925420122184
240002422619	12315	VL-E-46529	150	153	51.215395	6.756685	51.226999	6.807521	2023-08-08 03:18:26+00	2023-08-08 04:13:11+00	7170	0	1182029836322055
240002422788	12315	VL-E-22938	152	150	51.243749	6.789606	51.215681	6.756279	2023-11-23 07:47:09+00	2023-11-23 08:17:13+00	5242	0	4944935454582980
240002424999	12315	VL-S-19892	151	153	51.217345	6.789882	51.227242	6.807685	2024-03-21 13:28:28+00	2024-03-21 13:52:34+00	8203	0	9367923590700090
240002427051	12315	VL-E-11524	152	150	51.244035	6.78968	51.215439	6.756275	2024-01-15 18:34:53+00	2024-01-15 19:10:53+00	8836	0	7842285905079552
240002430379	12315	VL-S-20703	153	151	51.227024	6.807504	51.217465	6.790432	2023-09-03 01:30:33+00	2023-09-03 02:04:44+00	1740	0	7744425616204109
240002430476	12315	VL-E-79913	150	153	51.215551	6.75666	51.227039	6.807439	2023-07-23 07:57:15+00	2023-07-23 08:44:16+00	3340	0	7609708922200332
240002430937	12315	VL-E-72846	153	151	51.227172	6.807599	51.217422	6.790454	2024-04-15 00:37:57+00	2024-04-15 01:19:56+00	7879	0	2294544989433323
240002434022	12315	VL-E-66540	151	150	51.217393	6.789926	51.215468	6.756355	2023-10-03 04:10:13+00	2023-10-03 04:51:47+00	4756	0	0654494550076876
240002435996	12315	VL-S-82388	150	151	51.215371	6.756424	51.217458	6.790227	2024-02-19 04:16:41+00	2024-02-19 05:04:16+00	4123	0	6645463488751205
240002438735	12315	VL-E-43784	153	151	51.227224	6.807499	51.217378	6.789894	2024-04-28 06:33:11+00	2024-04-28 06:54:58+00	8035	0	2935686074409716
240002438759	12315	VL-S-82388	151	153	51.217567	6.789886	51.227054	6.807715	2023-09-25 21:15:32+00	2023-09-25 21:54:20+00	7926	0	7734270659747853
240002442133	12315	VL-E-22938	153	152	51.227374	6.807672	51.243859	6.789521	2023-11-25 06:32:38+00	2023-11-25 07:17:54+00	4582	0	5760519108980537
240002442822	12315	VL-E-11524	151	153	51.217534	6.790236	51.227371	6.807496	2024-02-14 05:41:03+00	2024-02-14 06:34:50+00	1489	0	3122496694109270
240002446770	12315	VL-S-20703	152	150	51.243898	6.790007	51.215628	6.756336	2024-05-19 13:45:04+00	2024-05-19 14:25:50+00	4523	0	1050781585763944
240002448055	12315	VL-E-42928	152	151	51.243847	6.78947	51.217575	6.790008	2023-10-07 06:03:47+00	2023-10-07 06:13:32+00	8239	0	2253084328791614
240002450735	12337	VL-E-76542	127	126	51.419863	5.469176	51.423335	5.438789	2024-02-29 22:58:23+00	2024-02-29 23:10:40+00	2031	0	3185239838194786
240002453152	12337	VL-E-31629	127	126	51.420077	5.469285	51.423546	5.438468	2024-02-15 20:27:47+00	2024-02-15 20:34:04+00	7074	0	8043626345429976
240002456622	12337	VL-S-09840	125	126	51.446687	5.463295	51.423524	5.438854	2024-01-24 19:07:18+00	2024-01-24 19:20:21+00	7404	0	2974645562578932
240002460306	12337	VL-S-09840	125	127	51.446885	5.463066	51.420127	5.469307	2024-04-26 22:07:40+00	2024-04-26 22:22:24+00	7619	0	1280328254261939
240002463932	12337	VL-E-31629	127	126	51.419936	5.469116	51.423307	5.438483	2024-04-30 21:50:51+00	2024-04-30 22:33:34+00	6392	0	3524099355563893
240002464552	12337	VL-E-76542	126	125	51.423282	5.438398	51.446599	5.463157	2024-02-06 11:24:24+00	2024-02-06 11:36:03+00	7058	0	1290149514488578
240002468279	12337	VL-S-88170	125	127	51.446701	5.463481	51.41984	5.469335	2024-03-21 04:12:00+00	2024-03-21 05:04:36+00	1988	0	9510074930782294
240002470811	12337	VL-S-09494	126	127	51.423262	5.438883	51.419836	5.469022	2024-05-25 00:22:03+00	2024-05-25 00:39:32+00	1168	0	5342944188096777
240002474709	12337	VL-E-50675	126	127	51.423324	5.438364	51.41993	5.469071	2024-04-11 19:11:57+00	2024-04-11 20:01:13+00	5259	0	3152418845311337
240002476037	12337	VL-E-31629	126	125	51.423569	5.438478	51.446902	5.463172	2024-05-03 04:41:16+00	2024-05-03 04:47:40+00	8079	0	8936232394240019
240002477609	12337	VL-E-31629	126	127	51.423418	5.438566	51.420019	5.469053	2024-02-12 07:52:00+00	2024-02-12 08:11:53+00	1657	0	9686056492707833
240002479568	12337	VL-E-76542	127	125	51.420016	5.468897	51.44666	5.463144	2024-03-12 02:47:39+00	2024-03-12 03:27:22+00	3363	0	0143846423321207
240002480010	12337	VL-S-09840	127	126	51.419809	5.468796	51.423421	5.438847	2024-03-24 13:42:18+00	2024-03-24 14:19:36+00	7346	0	2225489337109509
240002481348	12337	VL-S-09494	127	125	51.419927	5.468993	51.446744	5.463234	2024-02-26 09:22:14+00	2024-02-26 09:44:01+00	3724	0	2617875735678644
240002483920	12337	VL-E-71762	127	126	51.42009	5.469157	51.423345	5.438391	2024-03-03 09:40:22+00	2024-03-03 09:46:17+00	4803	0	1208853339560362
240002484405	12337	VL-E-31629	126	127	51.423376	5.438809	51.420067	5.469096	2024-04-05 20:49:51+00	2024-04-05 21:06:21+00	5027	0	8049321313558450
240002486286	12337	VL-S-07690	126	125	51.423362	5.438416	51.446851	5.463089	2024-02-10 21:32:12+00	2024-02-10 22:24:34+00	5260	0	6622742742212659
240002488291	12337	VL-E-76542	127	126	51.420024	5.46905	51.423575	5.438877	2024-02-13 13:24:26+00	2024-02-13 14:16:31+00	5496	0	6835300868482044
240002489560	12337	VL-S-73731	125	126	51.446708	5.462982	51.423401	5.438849	2023-12-31 23:53:27+00	2024-01-01 00:18:04+00	4588	0	5800953439611105
240002492177	12337	VL-S-09494	126	125	51.42343	5.438866	51.446817	5.463444	2024-03-03 14:38:51+00	2024-03-03 14:49:51+00	3050	0	3496343294476266
240002495636	12337	VL-E-50675	127	126	51.420066	5.469055	51.423489	5.43862	2023-12-24 13:11:33+00	2023-12-24 13:55:41+00	3324	0	7762966804814432
240002496684	12346	VL-E-33094	146	145	50.916674	6.931437	50.946408	6.993469	2024-03-25 00:47:34+00	2024-03-25 01:21:55+00	8481	640	9455515622479942
240002496974	12346	VL-S-53604	145	144	50.946551	6.993724	50.916856	6.949284	2023-11-25 00:40:53+00	2023-11-25 01:24:48+00	5854	880	3962576181950462
240002499906	12346	VL-S-53604	147	145	50.917557	6.983641	50.946459	6.993379	2023-09-07 04:57:00+00	2023-09-07 05:22:54+00	1945	700	9063687175869008
240002502809	12361	VL-E-14241	156	157	52.542419	13.372372	52.502402	13.385489	2024-01-31 20:05:55+00	2024-01-31 20:46:03+00	1915	0	7737862385203442
240002504676	12361	VL-S-19145	157	156	52.502597	13.385677	52.542191	13.372637	2024-01-06 07:58:31+00	2024-01-06 08:32:17+00	8332	0	9008382844709114
240002507928	12361	VL-S-76964	157	154	52.502631	13.38603	52.513939	13.426085	2024-03-08 07:55:18+00	2024-03-08 08:24:20+00	1491	0	0897846856503473
240002509704	12361	VL-S-19145	157	158	52.502543	13.385753	52.536719	13.391118	2024-01-17 01:41:29+00	2024-01-17 01:50:52+00	5688	0	2792685442876750
240002512945	12361	VL-S-68987	155	158	52.540335	13.379181	52.536879	13.391238	2024-04-02 16:56:37+00	2024-04-02 17:43:50+00	1697	0	5294616147220162
240002514200	12361	VL-S-40068	156	157	52.542456	13.372125	52.50263	13.385697	2024-01-07 15:18:44+00	2024-01-07 15:43:51+00	3930	0	3258461370976498
240002516089	12361	VL-S-40068	157	155	52.502426	13.385765	52.54048	13.379336	2024-01-04 10:39:47+00	2024-01-04 10:56:00+00	800	0	7762668095837961
240002517279	12361	VL-E-14241	157	158	52.502596	13.385861	52.536721	13.391314	2024-05-05 11:21:52+00	2024-05-05 11:50:13+00	6786	0	6245779982363670
240002518842	12361	VL-E-74913	158	154	52.536826	13.390932	52.513812	13.426578	2024-05-14 06:29:23+00	2024-05-14 07:06:13+00	5056	0	1580623551125695
240002522338	12361	VL-S-68987	158	155	52.536871	13.391349	52.540364	13.379419	2024-02-13 18:48:08+00	2024-02-13 19:31:49+00	7754	0	2050745336000813
240002526080	12361	VL-E-46991	156	154	52.542092	13.372163	52.513613	13.426094	2024-02-21 20:53:16+00	2024-02-21 21:28:23+00	4714	0	6467804470639987
240002527679	12361	VL-S-76964	158	155	52.536852	13.391254	52.540461	13.379029	2024-02-23 22:44:11+00	2024-02-23 23:21:57+00	4173	0	5633411374880289
240002528087	12361	VL-S-60720	155	154	52.540393	13.379151	52.51359	13.426311	2024-02-21 00:48:46+00	2024-02-21 01:41:33+00	4707	0	0634750517957763
240002531787	12361	VL-S-76964	157	155	52.502393	13.385772	52.540635	13.379442	2024-03-23 15:14:38+00	2024-03-23 16:00:58+00	2423	0	3614523712720888
240002532938	12361	VL-E-14241	157	158	52.502648	13.38602	52.53659	13.391512	2024-05-24 16:41:29+00	2024-05-24 17:20:05+00	3019	0	1485624173181307
240002533554	12361	VL-E-74913	157	154	52.502622	13.386028	52.513787	13.426596	2024-01-06 11:02:47+00	2024-01-06 11:53:43+00	2404	0	0864443206879973
240002536290	12361	VL-S-68987	154	157	52.513637	13.426349	52.502482	13.385837	2024-04-30 19:43:06+00	2024-04-30 20:09:20+00	3711	0	4233240789822945
240002537843	12361	VL-E-46991	157	158	52.502571	13.385934	52.536604	13.390927	2024-01-27 03:43:29+00	2024-01-27 04:14:23+00	7374	0	6199272275725256
240002540434	12361	VL-E-14241	157	154	52.502542	13.385525	52.513904	13.426253	2024-03-26 19:59:48+00	2024-03-26 20:27:24+00	7591	0	5672967133444986
240002542782	12363	VL-E-25473	178	179	48.201369	16.375953	48.207258	16.39728	2023-10-03 11:53:14+00	2023-10-03 12:25:10+00	7592	0	3920689496941961
240002543685	12363	VL-S-40239	179	180	48.207199	16.397321	48.197287	16.364306	2023-08-18 05:44:09+00	2023-08-18 05:52:49+00	1522	0	2006191409077831
240002547464	12363	VL-S-39079	181	178	48.196009	16.379029	48.201238	16.375885	2024-01-19 16:00:11+00	2024-01-19 16:45:03+00	8392	0	6703578201505617
240002550259	12363	VL-E-99133	177	181	48.223928	16.362094	48.196275	16.379028	2023-06-06 19:53:12+00	2023-06-06 20:46:28+00	2586	0	5335110808186601
240002551706	12363	VL-S-02273	179	180	48.207235	16.397151	48.197025	16.364307	2023-11-11 13:02:39+00	2023-11-11 13:35:59+00	3838	0	1234864868009039
240002552002	12363	VL-E-99133	179	178	48.207158	16.397663	48.201227	16.376183	2023-06-02 13:25:25+00	2023-06-02 14:07:44+00	8415	0	9915281124267510
240002552141	12363	VL-S-39079	179	178	48.206919	16.397182	48.201284	16.375784	2024-04-06 12:52:01+00	2024-04-06 13:06:20+00	3913	0	8167595392612272
240002555587	12363	VL-E-99133	180	177	48.19716	16.364273	48.223761	16.361744	2024-03-19 01:00:24+00	2024-03-19 01:26:57+00	6533	0	9404276778872221
240002557490	12363	VL-E-33181	178	181	48.20129	16.376148	48.196065	16.378695	2024-05-11 00:42:52+00	2024-05-11 00:55:09+00	3765	0	1961156994879077
240002558016	12363	VL-S-40239	178	180	48.201194	16.375729	48.197199	16.363941	2024-03-28 16:48:47+00	2024-03-28 17:04:20+00	6039	0	8887797081499675
240002558885	12363	VL-E-33181	181	178	48.196168	16.37868	48.201501	16.375912	2024-03-08 01:01:18+00	2024-03-08 01:17:28+00	5170	0	0134857522588200
240002561221	12363	VL-S-39079	178	179	48.201365	16.376028	48.207202	16.397683	2023-10-26 13:26:33+00	2023-10-26 14:15:08+00	1312	0	7633493168225029
240002563458	12363	VL-S-40239	180	177	48.196967	16.36425	48.223937	16.361607	2024-04-24 23:28:39+00	2024-04-24 23:56:46+00	3146	0	7237956447325711
240002564200	12394	VL-S-68987	156	155	52.542217	13.372252	52.540418	13.379297	2024-03-11 05:02:28+00	2024-03-11 05:51:00+00	4231	630	8918425415759555
240002564465	12394	VL-S-40068	155	157	52.540574	13.379178	52.502465	13.385764	2024-03-10 12:24:28+00	2024-03-10 12:56:03+00	1147	760	6746060170579037
240002567822	12394	VL-S-40068	157	155	52.502523	13.3858	52.540536	13.379313	2024-03-09 05:26:28+00	2024-03-09 06:08:57+00	6981	570	5368682999065232
240002571404	12418	VL-E-27180	159	161	45.77066	4.84239	45.750347	4.83351	2023-09-17 04:45:52+00	2023-09-17 05:36:40+00	2317	800	5651355860063112
240002574370	12418	VL-E-24877	161	159	45.750366	4.83341	45.770643	4.841957	2023-12-01 13:59:40+00	2023-12-01 14:19:54+00	8772	400	6231687483237453
240002577481	12418	VL-E-71510	161	162	45.750293	4.833419	45.78041	4.810581	2023-07-12 12:04:34+00	2023-07-12 12:53:08+00	1533	680	7634293866193907
240002580441	12418	VL-E-11390	162	159	45.780409	4.810624	45.770666	4.84183	2023-08-15 15:39:37+00	2023-08-15 16:19:29+00	6876	540	8638471151723730
240002582484	12418	VL-E-27180	159	163	45.770421	4.842055	45.746975	4.810618	2023-08-12 22:50:27+00	2023-08-12 23:26:22+00	1626	500	1069374890732131
240002586396	12418	VL-E-98001	161	162	45.750324	4.833863	45.780543	4.810926	2024-05-16 06:47:36+00	2024-05-16 07:33:05+00	2044	650	7615649034752312
240002587251	12418	VL-E-24877	160	162	45.777845	4.854888	45.780233	4.810564	2023-07-25 20:48:10+00	2023-07-25 21:06:33+00	5669	480	4872852520189131
240002589458	12418	VL-E-98001	162	159	45.780459	4.810884	45.770331	4.842284	2024-01-27 03:09:47+00	2024-01-27 03:46:32+00	4430	560	5577989849761936
240002591360	12418	VL-E-31407	159	160	45.770372	4.841894	45.777617	4.855093	2023-08-26 01:44:54+00	2023-08-26 02:11:11+00	6336	560	2735528355843446
240002592022	12448	VL-E-33467	148	144	50.953962	6.973386	50.917031	6.949327	2023-08-22 06:35:31+00	2023-08-22 07:05:19+00	2349	0	8262582187792140
240002592841	12448	VL-S-53604	146	144	50.916812	6.931438	50.917172	6.949291	2023-12-08 07:55:31+00	2023-12-08 08:48:06+00	4550	0	1720262444902985
240002595990	12448	VL-E-33094	148	147	50.954183	6.973818	50.917645	6.983628	2024-05-08 03:57:04+00	2024-05-08 04:20:21+00	6047	0	2357211366225462
240002598189	12448	VL-E-58418	146	147	50.916949	6.931469	50.91734	6.983438	2023-11-15 14:40:28+00	2023-11-15 14:45:54+00	7238	0	0262668434495356
240002599839	12448	VL-E-33094	144	145	50.917144	6.948921	50.946416	6.99315	2023-08-24 09:13:47+00	2023-08-24 09:43:00+00	8989	0	8209671841704242
240002600419	12448	VL-E-96636	144	148	50.917188	6.948799	50.954092	6.97365	2023-12-31 20:40:28+00	2023-12-31 20:53:34+00	8692	0	9803426727966209
240002601397	12448	VL-S-63171	144	149	50.91695	6.949065	50.951104	6.929481	2023-08-29 06:42:20+00	2023-08-29 07:08:56+00	5581	0	1235950094536435
240002605132	12448	VL-E-33467	145	148	50.946386	6.993399	50.954346	6.97368	2024-05-06 17:48:29+00	2024-05-06 18:29:37+00	1653	0	0468539083513073
240002607980	12448	VL-E-09016	146	148	50.91675	6.931831	50.954083	6.973629	2024-05-13 07:47:34+00	2024-05-13 08:31:00+00	8526	0	7463644498183679
240002610539	12448	VL-E-33094	145	147	50.946253	6.993535	50.917699	6.983529	2023-06-11 11:02:28+00	2023-06-11 11:32:15+00	1481	0	2455933389505078
240002611579	12448	VL-E-09016	149	146	50.951083	6.929411	50.916928	6.931617	2023-11-08 23:19:09+00	2023-11-08 23:51:58+00	2114	0	7372817145956866
240002614286	12448	VL-E-80500	144	148	50.917071	6.948931	50.954319	6.973516	2024-01-06 05:13:17+00	2024-01-06 06:08:17+00	4201	0	1213901768944617
240002618004	12448	VL-E-33467	148	147	50.954006	6.973634	50.917595	6.983669	2023-11-12 06:58:41+00	2023-11-12 07:06:56+00	5011	0	3839630169862581
240002621623	12448	VL-E-80500	145	144	50.946441	6.993692	50.917179	6.949337	2023-11-12 00:08:59+00	2023-11-12 01:01:37+00	3475	0	1955228870102172
240002625511	12448	VL-E-17902	149	147	50.951004	6.929733	50.917392	6.983998	2024-04-13 14:48:19+00	2024-04-13 15:03:03+00	3257	0	8748557034052739
240002628284	12448	VL-E-09016	149	148	50.951015	6.92969	50.954329	6.97327	2024-04-04 18:43:11+00	2024-04-04 18:59:47+00	7303	0	3362263689793667
240002630409	12448	VL-E-33467	148	147	50.954159	6.973712	50.917445	6.983695	2023-08-24 20:24:03+00	2023-08-24 20:37:18+00	7084	0	6206773714605242
240002631380	12448	VL-E-80500	145	149	50.946252	6.993531	50.950859	6.929749	2023-06-08 10:41:53+00	2023-06-08 11:04:09+00	2053	0	1293947251301953
240002634868	12448	VL-E-58418	149	145	50.951004	6.929427	50.946291	6.993647	2023-08-08 13:07:53+00	2023-08-08 13:23:24+00	2988	0	4684825627306332
240002638865	12448	VL-E-58418	146	147	50.916878	6.931591	50.917617	6.983488	2024-03-09 18:53:32+00	2024-03-09 19:30:20+00	1079	0	6555001026800112
240002641487	12470	VL-S-62453	168	169	48.850456	2.356754	48.839152	2.374854	2024-03-15 09:32:03+00	2024-03-15 09:47:45+00	1723	0	4707163136379342
240002645015	12470	VL-S-62453	168	172	48.850257	2.35674	48.880262	2.358263	2024-01-07 23:51:58+00	2024-01-08 00:45:03+00	5072	0	1690316925378728
240002646131	12470	VL-S-10614	170	169	48.849494	2.385857	48.839095	2.375162	2024-05-29 23:38:18+00	2024-05-29 23:45:20+00	4011	0	3024122780173903
240002647383	12470	VL-E-13596	171	169	48.849221	2.319539	48.839069	2.375261	2023-08-07 19:49:49+00	2023-08-07 20:12:04+00	8094	0	1770281527071050
240002649056	12470	VL-E-13596	168	169	48.850245	2.356997	48.838955	2.375095	2024-05-25 01:51:59+00	2024-05-25 02:24:38+00	3872	0	2095529310364203
240002650141	12470	VL-S-84627	171	168	48.84922	2.319493	48.850331	2.356516	2023-07-17 01:51:05+00	2023-07-17 02:44:31+00	7435	0	4858705202596592
240002650911	12470	VL-S-95036	172	169	48.880595	2.358073	48.838898	2.375248	2024-02-20 22:19:01+00	2024-02-20 22:24:38+00	5643	0	2215355354208904
240002651907	12470	VL-S-68549	169	170	48.839199	2.375338	48.8495	2.385328	2023-09-10 12:04:17+00	2023-09-10 12:41:35+00	6788	0	9529090352038006
240002655156	12470	VL-S-53488	168	171	48.850369	2.35652	48.849458	2.319624	2024-01-07 12:06:38+00	2024-01-07 13:02:06+00	3889	0	8286252181994270
240002655800	12470	VL-E-99696	170	171	48.849246	2.385756	48.849533	2.31979	2023-11-05 09:11:12+00	2023-11-05 09:53:53+00	3617	0	7264421330185683
240002656774	12470	VL-E-13596	171	172	48.849525	2.319625	48.880462	2.357917	2024-02-18 01:28:46+00	2024-02-18 02:19:45+00	6298	0	0101936408292828
240002658667	12470	VL-S-62453	170	168	48.849522	2.385869	48.850338	2.3567	2024-02-03 19:03:15+00	2024-02-03 19:25:12+00	7893	0	4480987853951454
240002662159	12496	VL-S-70351	163	161	45.747212	4.810577	45.750173	4.833661	2024-05-17 18:47:05+00	2024-05-17 19:04:10+00	6432	620	0322893352817646
240002662435	12496	VL-E-11390	161	159	45.750313	4.833465	45.770581	4.841903	2024-05-23 06:41:30+00	2024-05-23 07:08:01+00	5685	460	1491382231308718
240002663923	12496	VL-E-98001	161	162	45.750268	4.833395	45.78044	4.81094	2024-05-27 12:52:53+00	2024-05-27 13:31:49+00	2126	580	3947425213256173
240002664673	12496	VL-E-71510	160	163	45.777673	4.855132	45.746959	4.810896	2024-05-14 04:13:13+00	2024-05-14 04:50:45+00	7255	520	6412940753855997
240002668588	12496	VL-E-24877	160	161	45.777786	4.855224	45.750433	4.833564	2024-05-12 13:20:31+00	2024-05-12 13:26:35+00	5601	260	4282214579272967
240002670633	12496	VL-E-27180	159	161	45.770609	4.84234	45.750239	4.833635	2024-05-22 06:25:25+00	2024-05-22 07:05:00+00	4141	690	4522530952186038
240002673621	12496	VL-E-98001	159	163	45.770547	4.842038	45.746859	4.810958	2024-05-15 03:01:38+00	2024-05-15 03:30:54+00	3418	490	1896498659299915
240002675604	12496	VL-S-70351	163	162	45.747128	4.810897	45.780409	4.810795	2024-05-13 13:49:12+00	2024-05-13 14:06:45+00	1082	470	6074936448760738
240002679570	12496	VL-E-31407	161	163	45.750439	4.833423	45.747094	4.810798	2024-05-09 14:45:17+00	2024-05-09 15:02:47+00	7164	620	6990063702457038
240002680455	12496	VL-E-24877	162	160	45.780384	4.810503	45.777922	4.855191	2024-05-20 20:10:35+00	2024-05-20 20:19:13+00	6087	280	7208240364614140
240002682853	12527	VL-S-43966	113	110	52.386829	4.870344	52.346811	4.886851	2024-05-09 09:29:45+00	2024-05-09 10:04:54+00	2273	650	3649540417143026
240002685082	12572	VL-S-39079	179	180	48.207122	16.397541	48.197277	16.363975	2024-05-20 04:14:54+00	2024-05-20 04:29:05+00	7507	0	4703655521337651
240002686267	12572	VL-E-67348	180	178	48.197238	16.364049	48.201218	16.376025	2023-11-07 17:07:45+00	2023-11-07 17:25:46+00	5689	0	8340274511079414
240002689904	12572	VL-E-25473	178	181	48.201279	16.375991	48.196079	16.379023	2023-12-18 06:29:50+00	2023-12-18 07:08:21+00	5633	0	1146612047261332
240002690570	12572	VL-E-99133	179	177	48.20704	16.397276	48.223677	16.362031	2024-04-05 07:04:35+00	2024-04-05 07:50:09+00	4166	0	7715855601699847
240002692617	12572	VL-E-25473	180	179	48.197198	16.364028	48.207042	16.397294	2024-03-10 15:33:33+00	2024-03-10 15:43:32+00	7507	0	6333797580532491
240002693590	12572	VL-E-99133	180	181	48.197313	16.364386	48.195957	16.37869	2023-08-22 19:10:15+00	2023-08-22 19:30:20+00	7995	0	8335429543814864
240002697395	12572	VL-S-39079	179	180	48.20704	16.397573	48.196947	16.363997	2024-01-12 21:03:59+00	2024-01-12 21:15:43+00	2351	0	6732865756685342
240002701064	12572	VL-E-05856	181	177	48.195962	16.378702	48.223908	16.361927	2024-03-30 14:58:31+00	2024-03-30 15:52:49+00	2920	0	2658220763223344
240002704317	12572	VL-S-40239	178	180	48.2015	16.37576	48.197238	16.363969	2024-01-27 05:09:09+00	2024-01-27 05:51:18+00	2652	0	6252472431455434
240002707669	12593	VL-E-25473	180	179	48.197077	16.364179	48.206962	16.397252	2023-12-23 12:49:55+00	2023-12-23 13:07:37+00	7586	0	1611349905426598
240002709653	12593	VL-E-25473	178	180	48.201424	16.376283	48.197198	16.364096	2023-08-07 20:15:06+00	2023-08-07 20:34:08+00	2286	0	8289599249148915
240002712360	12593	VL-S-39079	180	178	48.197048	16.364402	48.201279	16.375897	2023-06-20 23:42:02+00	2023-06-20 23:51:09+00	3458	0	4804001389627814
240002715581	12593	VL-E-99133	177	178	48.223919	16.361914	48.201461	16.376297	2023-07-18 18:07:31+00	2023-07-18 18:55:19+00	4007	0	4100301763116409
240002717871	12593	VL-E-67348	181	179	48.196313	16.378704	48.207133	16.397543	2024-04-24 11:40:10+00	2024-04-24 12:05:27+00	7593	0	9433571044644539
240002720179	12593	VL-E-25473	181	179	48.196297	16.378684	48.207112	16.397585	2024-02-10 10:03:05+00	2024-02-10 10:58:59+00	4476	0	4075337053109096
240002721485	12593	VL-E-33181	178	179	48.201123	16.375824	48.207134	16.397404	2023-11-14 05:04:06+00	2023-11-14 05:39:23+00	7052	0	6414679773031544
240002722691	12593	VL-S-39079	180	181	48.196999	16.364091	48.196051	16.3786	2023-10-12 23:24:41+00	2023-10-12 23:52:08+00	8746	0	3400657903423721
240002725085	12593	VL-E-25473	179	177	48.207071	16.397426	48.224028	16.361607	2024-03-05 16:39:58+00	2024-03-05 17:27:05+00	1673	0	2422597900484759
240002726843	12593	VL-E-33181	177	179	48.224009	16.361686	48.207064	16.397633	2023-06-18 21:32:58+00	2023-06-18 21:58:06+00	1374	0	0613983015296435
240002727469	12593	VL-E-67348	177	179	48.2237	16.362028	48.206877	16.397698	2023-09-17 11:19:41+00	2023-09-17 12:12:13+00	2600	0	8046970321524988
240002730955	12593	VL-E-25473	178	177	48.201493	16.375978	48.224056	16.361831	2023-11-26 17:03:31+00	2023-11-26 17:08:54+00	1435	0	2201691923942729
240002733165	12593	VL-S-39079	180	181	48.197237	16.364086	48.196177	16.378889	2023-10-29 10:39:25+00	2023-10-29 10:46:07+00	3805	0	3169476866146828
240002734062	12593	VL-S-40239	180	177	48.196986	16.364107	48.224013	16.361986	2023-12-26 07:01:47+00	2023-12-26 07:18:08+00	7673	0	3516895468777094
240002736057	12593	VL-E-05856	178	179	48.201143	16.375918	48.206971	16.397301	2024-05-23 20:45:22+00	2024-05-23 21:09:29+00	6247	0	9509594321966607
240002739541	12593	VL-S-39079	177	181	48.223845	16.361934	48.196263	16.378775	2023-06-08 05:37:48+00	2023-06-08 06:12:27+00	6919	0	9804320475998082
240002741501	12593	VL-E-25473	180	181	48.197013	16.364222	48.196246	16.378778	2023-09-09 18:47:33+00	2023-09-09 19:02:13+00	2520	0	5832588786708242
240002743363	12593	VL-E-25473	181	178	48.196208	16.378571	48.201506	16.376037	2023-12-06 23:55:02+00	2023-12-07 00:46:59+00	8244	0	9323210865679614
240002744898	12608	VL-S-73599	104	106	52.107417	5.119754	52.110097	5.124453	2023-10-05 15:45:16+00	2023-10-05 16:04:13+00	2245	0	3729748934222505
240002744962	12608	VL-S-01905	108	105	52.095725	5.149574	52.106119	5.104702	2024-05-18 08:30:37+00	2024-05-18 08:57:19+00	8963	0	9167830062261375
240002747355	12608	VL-S-73599	101	102	52.071419	5.099843	52.087477	5.116861	2024-03-10 14:50:34+00	2024-03-10 15:08:11+00	3203	0	2142254223642819
240002747676	12608	VL-S-01905	101	104	52.071207	5.099672	52.107469	5.119413	2024-05-17 10:23:05+00	2024-05-17 11:02:36+00	3842	0	4862603843613553
240002750274	12608	VL-S-73599	101	104	52.071511	5.099924	52.10756	5.119233	2024-05-09 07:30:38+00	2024-05-09 07:56:07+00	2352	0	0885833673220111
240002752017	12608	VL-E-74414	103	107	52.072321	5.13547	52.078447	5.096237	2024-04-09 04:01:12+00	2024-04-09 04:18:16+00	4195	0	7354790113925949
240002754717	12608	VL-S-21000	103	107	52.07225	5.135414	52.078607	5.096192	2023-10-19 11:05:11+00	2023-10-19 11:14:50+00	3840	0	4174119209472851
240002754731	12608	VL-S-73599	104	101	52.10751	5.119176	52.071118	5.099695	2024-04-02 22:32:30+00	2024-04-02 23:08:24+00	3864	0	0342098186251998
240002757439	12608	VL-E-95982	101	106	52.071146	5.099813	52.109905	5.124369	2023-10-06 10:31:15+00	2023-10-06 11:23:15+00	5697	0	7866912043099776
240002758236	12608	VL-S-01905	107	103	52.078611	5.096387	52.072404	5.135253	2024-05-26 06:49:20+00	2024-05-26 07:44:07+00	4188	0	8924074402782606
240002759600	12608	VL-S-01905	102	101	52.087426	5.117031	52.071165	5.099553	2023-12-06 20:47:38+00	2023-12-06 20:52:41+00	5869	0	5439597533568499
240002761344	12608	VL-S-90140	102	106	52.08726	5.117255	52.110005	5.124575	2023-08-12 19:34:56+00	2023-08-12 19:53:26+00	8443	0	5434473702669095
240002764454	12608	VL-S-21000	106	104	52.110107	5.124282	52.107296	5.119642	2024-05-28 04:37:28+00	2024-05-28 05:18:42+00	5884	0	6896465244867082
240002766540	12608	VL-E-95982	102	108	52.087588	5.11736	52.09575	5.149798	2023-06-05 18:44:40+00	2023-06-05 19:40:25+00	6930	0	1890830454299328
240002767793	12608	VL-S-90140	107	106	52.078488	5.096022	52.110201	5.124124	2023-11-27 21:29:42+00	2023-11-27 21:38:14+00	6434	0	0728152073178521
240002770155	12608	VL-S-90140	101	104	52.071424	5.099461	52.107501	5.119462	2024-01-12 09:14:25+00	2024-01-12 09:26:37+00	6147	0	4905559384627882
240002773110	12608	VL-S-73599	108	102	52.095918	5.149632	52.087348	5.1171	2024-03-14 06:41:04+00	2024-03-14 07:12:50+00	5024	0	5853410770873198
240002776495	12608	VL-S-90140	101	107	52.071173	5.099791	52.07858	5.096014	2023-10-24 11:22:17+00	2023-10-24 11:28:04+00	3646	0	6493206690204110
240002776668	12608	VL-E-95982	102	107	52.087302	5.11715	52.078345	5.096416	2023-09-10 16:33:39+00	2023-09-10 17:14:40+00	4519	0	6935325229845295
240002778195	12608	VL-E-95982	106	105	52.109958	5.124092	52.105991	5.104187	2023-11-10 03:32:07+00	2023-11-10 03:51:43+00	3588	0	7426651942739992
240002781611	12608	VL-S-01905	105	104	52.10615	5.104283	52.107254	5.119471	2023-07-13 02:39:13+00	2023-07-13 03:19:31+00	5132	0	2115789520399788
240002784246	12608	VL-S-90140	108	104	52.09575	5.149682	52.107303	5.119555	2023-12-04 07:30:23+00	2023-12-04 08:16:44+00	6296	0	2535518487477608
240002785199	12608	VL-E-95982	103	104	52.072371	5.13568	52.107485	5.119344	2024-02-13 01:32:07+00	2024-02-13 02:07:53+00	2791	0	3398881114700496
240002787299	12608	VL-S-90140	101	108	52.071162	5.099811	52.095922	5.149617	2024-03-24 23:29:41+00	2024-03-25 00:16:18+00	1484	0	7556098464064427
240002790304	12643	VL-E-16146	135	134	51.239884	4.410833	51.239734	4.396355	2023-06-07 09:22:25+00	2023-06-07 10:02:44+00	6300	0	0884005956345187
240002791714	12643	VL-E-16146	136	133	51.210948	4.415999	51.237532	4.418891	2023-11-13 23:38:04+00	2023-11-14 00:14:13+00	7148	0	6537346799727056
240002792088	12643	VL-E-16146	136	135	51.210965	4.415663	51.239614	4.410834	2023-07-03 21:06:56+00	2023-07-03 21:39:01+00	3456	0	7672671720476436
240002795994	12643	VL-S-93488	135	136	51.23977	4.410556	51.210913	4.415946	2024-04-01 02:55:10+00	2024-04-01 03:23:59+00	1901	0	2046292046381887
240002796515	12643	VL-S-93488	133	135	51.237905	4.418802	51.239834	4.410549	2023-06-23 20:27:44+00	2023-06-23 20:47:50+00	3754	0	7179417373221133
240002796906	12643	VL-E-46829	136	135	51.210809	4.415744	51.23974	4.410365	2023-10-18 21:55:55+00	2023-10-18 22:24:45+00	7632	0	0611223159784791
240002798868	12643	VL-E-46829	136	135	51.21085	4.415546	51.239836	4.410817	2023-07-24 18:51:24+00	2023-07-24 19:27:59+00	1753	0	4152004105591168
240002798903	12643	VL-S-43302	136	134	51.211063	4.415897	51.239721	4.396813	2023-10-18 15:28:29+00	2023-10-18 15:51:17+00	6225	0	7295783516701568
240002801666	12643	VL-S-57339	135	136	51.239733	4.410599	51.21098	4.415783	2024-03-01 14:53:07+00	2024-03-01 15:12:33+00	835	0	5266658068669632
240002805469	12643	VL-S-43302	133	136	51.237791	4.418688	51.211079	4.415813	2023-12-09 04:09:55+00	2023-12-09 04:28:46+00	3941	0	0535814464912945
240002806660	12643	VL-S-43302	136	134	51.210862	4.415733	51.240101	4.396614	2023-12-27 06:19:45+00	2023-12-27 06:50:50+00	1412	0	3316311096188190
240002809483	12643	VL-E-46829	133	136	51.237649	4.418796	51.210933	4.415845	2024-05-12 14:25:04+00	2024-05-12 15:00:02+00	4131	0	8706297278778563
240002810586	12643	VL-S-84412	133	136	51.23772	4.41878	51.211008	4.41564	2023-11-15 16:56:49+00	2023-11-15 17:52:26+00	4336	0	6089630456008311
240002811776	12643	VL-S-57339	133	135	51.237538	4.418486	51.239534	4.410612	2024-04-02 07:43:17+00	2024-04-02 08:30:48+00	3248	0	5232490184682603
240002812851	12643	VL-S-57339	136	134	51.21082	4.415836	51.239906	4.396615	2023-09-25 20:08:33+00	2023-09-25 20:15:28+00	2426	0	2227120329336767
240002816409	12643	VL-E-16146	133	135	51.237798	4.418389	51.239614	4.410689	2023-07-02 18:12:53+00	2023-07-02 19:02:39+00	4631	0	2898958481781296
240002819481	12643	VL-S-93488	136	133	51.211036	4.415656	51.237542	4.418637	2023-10-17 05:30:01+00	2023-10-17 06:00:28+00	3703	0	1181569530024835
240002820035	12643	VL-S-43302	133	134	51.237803	4.418862	51.239878	4.396568	2024-02-29 05:43:53+00	2024-02-29 06:05:00+00	7507	0	9289807066912597
240002822196	12643	VL-S-43302	133	135	51.237547	4.418731	51.23974	4.410805	2024-03-16 05:57:42+00	2024-03-16 06:42:14+00	7815	0	9198324000836544
240002825831	12643	VL-S-93488	134	133	51.239974	4.396741	51.237571	4.418587	2023-09-03 06:07:22+00	2023-09-03 06:57:40+00	5285	0	0603287587651532
240002829510	12643	VL-S-84412	134	136	51.240074	4.396665	51.210859	4.415827	2023-10-18 09:18:29+00	2023-10-18 09:48:47+00	4249	0	5892230304861195
240002832835	12660	VL-E-01631	109	111	52.387439	4.888226	52.368261	4.91413	2024-01-31 12:50:42+00	2024-01-31 13:04:44+00	7981	340	8218538436350540
240002833121	12660	VL-S-21023	114	109	52.393922	4.925818	52.387357	4.888397	2024-02-20 19:57:21+00	2024-02-20 20:35:07+00	3079	820	4770283108116879
240002833988	12672	VL-S-40239	180	178	48.197242	16.363957	48.201331	16.3762	2023-07-17 12:49:41+00	2023-07-17 13:23:31+00	7891	530	1315773327893928
240002835411	12672	VL-E-25473	178	179	48.201354	16.376215	48.20688	16.397525	2023-07-21 11:11:41+00	2023-07-21 11:30:53+00	4586	490	5988038611826809
240002839068	12679	VL-E-83388	111	115	52.368289	4.914296	52.376693	4.92953	2024-05-27 06:55:17+00	2024-05-27 07:27:36+00	2812	0	2782060320839200
240002839801	12679	VL-E-83388	110	109	52.347094	4.887099	52.387316	4.888387	2024-01-03 22:07:12+00	2024-01-03 22:28:54+00	2318	0	5082034978796076
240002842399	12679	VL-E-54229	115	110	52.376686	4.929883	52.346963	4.887256	2024-04-11 17:27:33+00	2024-04-11 18:12:22+00	3518	0	9546932931004821
240002843774	12679	VL-S-43966	110	115	52.346827	4.886924	52.376546	4.929727	2024-05-11 16:34:51+00	2024-05-11 17:01:40+00	3541	0	5060065191268798
240002844857	12679	VL-E-54229	112	115	52.367431	4.913408	52.376898	4.929723	2023-12-07 13:26:28+00	2023-12-07 14:04:49+00	5728	0	4396116541877285
240002845559	12679	VL-S-43966	115	112	52.376689	4.929737	52.367636	4.913607	2024-05-15 07:13:40+00	2024-05-15 07:40:37+00	1719	0	3590812132482159
240002847970	12679	VL-E-83388	109	115	52.387377	4.888205	52.376591	4.929633	2024-03-07 11:43:50+00	2024-03-07 12:33:47+00	2385	0	7600321702433545
240002848910	12679	VL-S-21023	109	114	52.387542	4.88818	52.393921	4.925862	2024-02-15 20:52:43+00	2024-02-15 21:41:32+00	5838	0	6049919363975404
240002852484	12679	VL-S-43966	115	113	52.376736	4.929926	52.386704	4.870514	2024-02-23 00:54:00+00	2024-02-23 01:34:41+00	2212	0	9488538488912784
240002855236	12679	VL-S-80363	115	113	52.376736	4.930019	52.386599	4.870666	2024-01-03 12:07:24+00	2024-01-03 12:55:15+00	2747	0	3090400482491703
240002856471	12679	VL-E-01631	111	115	52.368268	4.913978	52.376813	4.929961	2024-03-29 00:15:07+00	2024-03-29 00:26:19+00	5533	0	8268663639256009
240002857539	12679	VL-E-83388	113	111	52.386822	4.870356	52.368122	4.914091	2024-01-05 05:03:18+00	2024-01-05 05:59:01+00	7155	0	0924062301391435
240002859305	12679	VL-S-80363	113	109	52.386787	4.870769	52.38742	4.887871	2023-12-29 19:11:44+00	2023-12-29 19:48:32+00	5196	0	7274068517136885
240002859914	12679	VL-S-43966	110	112	52.346798	4.88694	52.367571	4.913329	2024-05-26 02:54:07+00	2024-05-26 03:47:51+00	5370	0	5915159061271806
240002862259	12679	VL-S-22150	114	112	52.393794	4.926068	52.367351	4.913689	2024-02-26 01:57:23+00	2024-02-26 02:35:36+00	1368	0	4280707419800651
240002865370	12679	VL-S-43966	112	111	52.367328	4.91341	52.368109	4.91416	2024-05-17 18:42:24+00	2024-05-17 19:07:22+00	7834	0	1403430414870022
240002868004	12679	VL-S-22150	112	113	52.367356	4.913654	52.386793	4.870614	2024-02-14 06:53:37+00	2024-02-14 07:26:56+00	3152	0	2596499692708637
240002869687	12679	VL-S-43966	114	110	52.393747	4.925976	52.346846	4.887359	2024-04-28 13:48:34+00	2024-04-28 14:23:40+00	4469	0	2475197616259227
240002870720	12679	VL-S-43966	110	113	52.346909	4.887028	52.38649	4.870472	2024-02-08 20:30:52+00	2024-02-08 20:36:38+00	5520	0	7717187098517547
240002871208	12679	VL-E-54229	110	109	52.346902	4.887191	52.387257	4.888145	2024-05-01 21:15:05+00	2024-05-01 21:34:56+00	2600	0	2519628759975761
240002874193	12701	VL-S-39079	177	180	48.223943	16.361901	48.197116	16.364403	2024-03-06 15:55:29+00	2024-03-06 16:43:01+00	5083	0	2803277950763262
240002876791	12701	VL-S-40239	178	180	48.201194	16.37586	48.197138	16.36434	2023-09-20 13:26:55+00	2023-09-20 14:18:49+00	2182	0	7624175429316282
240002879242	12701	VL-E-13701	178	181	48.201451	16.37601	48.196223	16.379102	2023-07-11 11:26:32+00	2023-07-11 11:56:22+00	8165	0	8359655610836779
240002882298	12701	VL-S-39079	179	177	48.20697	16.397327	48.224063	16.362085	2023-08-07 15:13:17+00	2023-08-07 15:37:39+00	4295	0	3268818830236772
240002885505	12701	VL-E-25473	181	178	48.196014	16.378654	48.201183	16.375704	2023-08-26 21:55:46+00	2023-08-26 22:48:18+00	8631	0	5732860330891351
240002886929	12701	VL-E-67348	178	181	48.201499	16.375927	48.196074	16.379044	2024-01-24 21:12:22+00	2024-01-24 21:17:25+00	3292	0	6054573323688257
240002887851	12701	VL-E-67348	178	181	48.201492	16.375751	48.196335	16.378941	2023-07-21 21:44:13+00	2023-07-21 21:55:26+00	7968	0	3159586701182756
240002888482	12701	VL-E-13701	178	177	48.201378	16.376056	48.223947	16.361748	2023-07-22 07:21:04+00	2023-07-22 07:44:05+00	1633	0	2950849518304703
240002889753	12701	VL-E-33181	180	178	48.197245	16.364078	48.2014	16.376261	2024-01-22 22:18:20+00	2024-01-22 23:11:17+00	2742	0	8499843453674689
240002891316	12701	VL-E-67348	178	179	48.2013	16.376066	48.207037	16.397671	2023-09-18 05:13:32+00	2023-09-18 05:34:47+00	6705	0	6240370778631870
240002892655	12701	VL-S-39079	181	177	48.196033	16.378607	48.223818	16.361952	2023-08-02 10:23:01+00	2023-08-02 11:18:42+00	1387	0	7688949347794362
240002893317	12701	VL-E-99133	177	179	48.223754	16.361682	48.207015	16.397599	2024-05-25 23:40:33+00	2024-05-26 00:22:41+00	5598	0	4818846333746542
240002894064	12701	VL-S-39079	178	180	48.201471	16.375751	48.197196	16.364111	2024-05-25 05:32:33+00	2024-05-25 05:42:32+00	6722	0	1899156997947903
240002896035	12701	VL-E-25473	179	178	48.207184	16.397282	48.201367	16.375756	2023-08-30 00:13:30+00	2023-08-30 00:51:55+00	5809	0	8766784389648796
240002897004	12701	VL-E-33181	179	181	48.207149	16.397641	48.196219	16.378691	2024-02-15 02:54:00+00	2024-02-15 03:22:40+00	630	0	3992589975301199
240002899745	12701	VL-E-05856	181	178	48.196335	16.37855	48.201207	16.375923	2023-08-27 07:22:01+00	2023-08-27 07:58:30+00	701	0	0919532543770788
240002903177	12701	VL-S-39079	180	181	48.197058	16.364314	48.196342	16.378819	2024-01-23 06:11:06+00	2024-01-23 06:22:05+00	5743	0	1625370753784414
240002903874	12701	VL-S-40239	181	177	48.196155	16.378885	48.223796	16.362076	2024-01-08 09:43:03+00	2024-01-08 09:48:33+00	7285	0	8137206582682965
240002905608	12701	VL-S-39079	177	179	48.223756	16.361648	48.207081	16.397436	2023-11-22 08:49:19+00	2023-11-22 09:08:03+00	8367	0	6046167431782189
240002908635	12701	VL-E-33181	180	178	48.197236	16.364148	48.201365	16.37584	2023-09-26 10:44:12+00	2023-09-26 11:26:02+00	2165	0	1885142710440692
240002909373	12701	VL-S-40239	177	179	48.223991	16.361773	48.207225	16.397187	2023-12-25 19:03:12+00	2023-12-25 19:22:51+00	7149	0	0173496402706685
240002910723	12701	VL-S-40239	181	177	48.195958	16.378548	48.223684	16.361902	2024-01-11 16:12:47+00	2024-01-11 16:39:40+00	2936	0	8633306930317508
240002913911	12701	VL-E-67348	179	180	48.206959	16.397598	48.197216	16.36418	2023-07-20 20:58:45+00	2023-07-20 21:46:45+00	1670	0	2673701539634859
240002917637	12701	VL-E-67348	178	180	48.201299	16.376067	48.197316	16.364412	2024-01-08 00:54:22+00	2024-01-08 01:12:54+00	8087	0	9822833819803652
240002918888	12701	VL-E-99133	181	180	48.195989	16.379085	48.197001	16.364503	2023-09-07 03:02:47+00	2023-09-07 03:14:28+00	3831	0	6214206646681759
240002920879	12705	VL-E-42928	150	152	51.215349	6.756289	51.243669	6.789911	2024-05-25 08:16:34+00	2024-05-25 08:29:29+00	6065	0	9957463314127997
240002924475	12705	VL-E-22938	151	150	51.217474	6.790316	51.215627	6.756562	2024-02-13 08:58:13+00	2024-02-13 09:43:07+00	1580	0	9746113790169466
240002926919	12705	VL-E-66540	151	150	51.217484	6.79003	51.215469	6.756267	2024-04-08 03:35:26+00	2024-04-08 03:52:17+00	4749	0	4848059858402959
240002930746	12705	VL-E-42928	151	153	51.217692	6.789962	51.227284	6.807536	2024-05-26 16:00:12+00	2024-05-26 16:30:37+00	4304	0	0064185397837949
240002932677	12705	VL-E-43784	151	152	51.217645	6.789909	51.243942	6.79	2024-03-08 15:52:52+00	2024-03-08 16:26:34+00	3229	0	7734555211399302
240002933987	12705	VL-E-79913	152	153	51.243837	6.789616	51.227338	6.807694	2024-02-27 16:24:21+00	2024-02-27 17:12:06+00	4710	0	5025071564823527
240002934739	12705	VL-S-20703	150	153	51.215342	6.756797	51.226993	6.807953	2024-03-26 08:50:07+00	2024-03-26 09:20:44+00	1015	0	1854248384030379
240002935579	12705	VL-E-79913	152	150	51.243833	6.789865	51.215508	6.756652	2024-04-30 18:47:51+00	2024-04-30 18:58:19+00	3298	0	6980457777554439
240002937396	12705	VL-E-66540	150	153	51.21534	6.756331	51.227306	6.80785	2024-03-19 03:52:19+00	2024-03-19 04:42:33+00	6281	0	7525716014435870
240002937479	12705	VL-E-12837	150	152	51.215384	6.756289	51.24404	6.789966	2024-05-22 16:58:14+00	2024-05-22 17:09:30+00	7475	0	0489449400150464
240002938723	12705	VL-S-82388	151	150	51.217353	6.79038	51.215613	6.756728	2024-02-19 07:01:54+00	2024-02-19 07:33:56+00	2327	0	0207836864769471
240002942504	12705	VL-S-82388	151	152	51.217328	6.790151	51.243749	6.789794	2024-04-01 00:44:40+00	2024-04-01 01:21:37+00	6647	0	9294289874131082
240002944134	12705	VL-E-46529	152	151	51.243942	6.789803	51.217601	6.79014	2024-02-20 14:28:25+00	2024-02-20 15:09:59+00	1129	0	8098835095592714
240002947272	12705	VL-S-20703	152	153	51.243976	6.789653	51.227041	6.807465	2024-04-21 16:29:24+00	2024-04-21 17:02:01+00	6800	0	2152294666040429
240002947393	12705	VL-S-82388	150	153	51.215586	6.756448	51.227266	6.807947	2024-04-13 01:51:10+00	2024-04-13 02:36:13+00	4765	0	6724558805875313
240002947924	12705	VL-S-82388	152	150	51.24397	6.789937	51.215554	6.756259	2024-02-10 20:23:41+00	2024-02-10 21:07:59+00	6989	0	7030457064063391
240002948015	12705	VL-E-43784	150	151	51.215387	6.756518	51.217501	6.789952	2024-03-05 11:52:43+00	2024-03-05 12:28:48+00	1354	0	0932720795620197
240002948850	12705	VL-E-79913	153	151	51.227344	6.807563	51.217436	6.789919	2024-05-30 20:15:51+00	2024-05-30 20:42:36+00	7667	0	6271929159947078
240002951812	12705	VL-E-43784	152	151	51.243763	6.789566	51.217476	6.790153	2024-04-16 20:58:46+00	2024-04-16 21:45:46+00	3758	0	8003364213870940
240002955124	12705	VL-E-79913	153	150	51.22711	6.807726	51.215685	6.756335	2024-05-13 18:17:39+00	2024-05-13 18:48:02+00	5126	0	0635946061739256
240002957328	12705	VL-E-43784	153	150	51.22703	6.807695	51.215658	6.756517	2024-03-04 19:02:46+00	2024-03-04 19:58:02+00	5705	0	4158707299210636
240002960754	12705	VL-E-72846	150	152	51.215559	6.756721	51.244027	6.789639	2024-04-26 23:29:31+00	2024-04-27 00:21:30+00	5642	0	8979760444769871
240002961804	12705	VL-E-22938	150	152	51.215479	6.75679	51.244061	6.789932	2024-04-16 19:14:56+00	2024-04-16 19:34:53+00	8836	0	5683781339231688
240002965330	12705	VL-E-43784	151	153	51.217371	6.790147	51.227269	6.807648	2024-03-29 16:23:49+00	2024-03-29 16:55:53+00	7944	0	8410253432869566
240002968576	12705	VL-E-42928	152	153	51.244004	6.789497	51.227156	6.807656	2024-04-20 23:09:29+00	2024-04-21 00:04:22+00	4514	0	0748036797874517
240002972127	12705	VL-E-11524	152	150	51.243799	6.789622	51.215567	6.756687	2024-02-15 03:12:15+00	2024-02-15 03:38:34+00	7925	0	0951960474571023
240002975761	12705	VL-E-12837	150	151	51.215317	6.756214	51.217715	6.790341	2024-04-24 03:14:15+00	2024-04-24 03:50:12+00	3527	0	1085747505638253
240002977969	12705	VL-S-82388	151	150	51.217608	6.79027	51.21541	6.756665	2024-02-27 23:09:34+00	2024-02-27 23:16:23+00	4619	0	8410564549284960
240002980794	12705	VL-S-20703	152	151	51.243781	6.789911	51.217547	6.790446	2024-05-27 22:18:52+00	2024-05-27 22:49:15+00	1187	0	0084854638839815
240002983862	12734	VL-E-11524	152	153	51.243704	6.789598	51.226981	6.807546	2023-06-15 22:43:48+00	2023-06-15 22:56:06+00	2912	270	1643127518853440
240002986201	12734	VL-E-42928	151	152	51.217659	6.790109	51.243868	6.789538	2024-02-26 23:57:04+00	2024-02-27 00:51:49+00	6147	840	8836305828574067
240002989952	12734	VL-E-79913	150	153	51.215505	6.756623	51.227344	6.807848	2023-06-23 17:25:39+00	2023-06-23 18:15:13+00	3584	790	1100407638919040
240002993225	12734	VL-E-43784	151	153	51.21746	6.790234	51.227173	6.807531	2024-05-24 03:11:20+00	2024-05-24 03:59:50+00	8231	930	3213717381574750
240002994850	12734	VL-E-12837	151	153	51.217646	6.790065	51.22722	6.807741	2024-03-20 09:27:10+00	2024-03-20 09:47:48+00	821	650	9123475280375176
240002995867	12734	VL-E-12837	153	152	51.2273	6.807937	51.24387	6.789537	2023-06-24 07:37:34+00	2023-06-24 08:08:17+00	6646	750	1526486771606985
240002996048	12734	VL-S-19892	153	151	51.227293	6.807916	51.217666	6.790002	2024-03-26 19:09:45+00	2024-03-26 19:33:10+00	5752	380	5554609122940316
240002998371	12734	VL-E-72846	151	152	51.217454	6.790083	51.243948	6.789547	2023-09-02 05:16:19+00	2023-09-02 05:46:30+00	4670	500	4270627979193086
240003001750	12767	VL-S-01759	130	132	51.068669	3.693637	51.040328	3.689	2024-04-18 08:25:06+00	2024-04-18 08:50:31+00	5806	400	2085126900633220
240003004581	12767	VL-E-42653	128	131	51.064158	3.742765	51.060244	3.739662	2024-04-19 05:39:06+00	2024-04-19 05:56:29+00	8719	370	9010909659966327
240003007376	12792	VL-E-95982	102	108	52.087289	5.11714	52.095833	5.149961	2023-12-03 13:22:56+00	2023-12-03 13:53:08+00	6231	600	5172813352710796
240003008655	12792	VL-E-95982	103	106	52.072427	5.135229	52.109974	5.124196	2023-06-09 00:18:13+00	2023-06-09 00:34:27+00	6974	360	1421466962771839
240003009133	12792	VL-S-90140	103	108	52.072187	5.135337	52.095917	5.149603	2023-11-03 11:29:18+00	2023-11-03 12:19:31+00	1099	950	2642642328713510
240003010192	12792	VL-S-73599	103	104	52.072285	5.135447	52.107292	5.11946	2024-02-04 01:53:15+00	2024-02-04 02:06:25+00	7146	280	8042654760927715
240003010464	12809	VL-E-32210	128	130	51.064121	3.742876	51.068834	3.693666	2023-06-27 19:51:13+00	2023-06-27 20:37:44+00	2152	910	2406763505595836
240003014253	12815	VL-S-90140	101	108	52.07124	5.099516	52.095706	5.149994	2023-06-22 11:31:02+00	2023-06-22 11:50:08+00	773	490	6621755175914141
240003017139	12815	VL-E-95982	105	102	52.105969	5.104383	52.087341	5.117122	2024-02-23 01:20:05+00	2024-02-23 01:42:36+00	2995	520	5394707576665222
240003020071	12815	VL-S-73599	105	106	52.106034	5.104385	52.110223	5.124289	2023-09-02 19:57:45+00	2023-09-02 20:51:29+00	6369	980	8184338919041799
240003023658	12815	VL-S-73599	107	105	52.078544	5.096097	52.106066	5.104445	2023-07-16 03:08:18+00	2023-07-16 03:19:32+00	4210	560	3005844030106109
240003026959	12815	VL-E-74414	104	107	52.107223	5.119225	52.078467	5.096498	2023-11-16 18:29:41+00	2023-11-16 19:21:26+00	5283	960	2648315599938046
240003028897	12815	VL-E-95982	104	103	52.107231	5.119746	52.072493	5.13569	2023-08-21 04:35:47+00	2023-08-21 05:19:54+00	7629	890	8077494924482591
240003032543	12815	VL-S-21000	102	105	52.087429	5.117126	52.106095	5.104687	2023-06-01 13:53:47+00	2023-06-01 14:04:07+00	3333	300	1771253578230150
240003035206	12815	VL-S-90140	108	106	52.095659	5.150002	52.110087	5.124048	2023-11-22 20:38:23+00	2023-11-22 21:14:15+00	8861	500	0315414745160914
240003038496	12815	VL-S-90140	107	108	52.078284	5.096045	52.095723	5.149968	2024-04-21 09:14:45+00	2024-04-21 09:53:45+00	2946	590	7335454965154247
240003039423	12836	VL-S-80363	115	114	52.376761	4.929857	52.393949	4.925603	2023-08-29 04:33:42+00	2023-08-29 05:18:00+00	1156	890	8028237178232377
240003041380	12836	VL-S-21023	114	110	52.393975	4.92578	52.346848	4.8873	2024-04-11 08:13:57+00	2024-04-11 08:54:45+00	8624	600	2416514287712919
240003042513	12836	VL-S-80363	115	109	52.376848	4.929568	52.387382	4.888274	2024-04-19 22:22:22+00	2024-04-19 22:32:37+00	3834	300	8110585883302349
240003046362	12836	VL-S-43966	109	113	52.387367	4.88826	52.386715	4.870214	2023-12-29 11:09:18+00	2023-12-29 11:28:38+00	2192	640	6641137916312083
240003049436	12836	VL-S-43966	115	110	52.376762	4.930039	52.347098	4.88729	2023-10-23 09:42:30+00	2023-10-23 10:33:26+00	8461	950	8887058888531913
240003051942	12855	VL-E-95982	106	104	52.110127	5.124325	52.107226	5.11938	2024-02-10 09:16:55+00	2024-02-10 09:31:48+00	1004	340	5083327024301648
240003054097	12855	VL-S-21000	107	106	52.078625	5.096296	52.110029	5.124017	2024-01-18 09:26:29+00	2024-01-18 09:59:50+00	3687	780	7152346935145459
240003055796	12855	VL-E-95982	108	105	52.095644	5.14978	52.106271	5.104565	2023-12-31 19:45:18+00	2023-12-31 20:20:22+00	8185	800	2194067089909035
240003057530	12855	VL-E-95982	107	101	52.078578	5.09639	52.071133	5.099534	2024-04-01 21:19:25+00	2024-04-01 22:11:57+00	8564	720	5338842374745395
240003058026	12855	VL-S-01905	104	106	52.107565	5.119209	52.110149	5.124104	2023-12-01 11:00:32+00	2023-12-01 11:55:51+00	6181	750	3904247505094203
240003060704	12855	VL-S-90140	104	103	52.107464	5.119444	52.072445	5.135754	2023-11-07 08:00:53+00	2023-11-07 08:08:42+00	3194	520	8797048997493158
240003060850	12855	VL-S-01905	103	105	52.072359	5.135389	52.105989	5.10465	2023-09-01 02:44:00+00	2023-09-01 03:16:58+00	4526	470	3468933119744097
240003062940	12888	VL-S-97756	167	166	50.606659	3.03799	50.638526	3.047864	2024-03-29 04:10:41+00	2024-03-29 04:33:43+00	1257	430	5351970011329710
240003063408	12916	VL-S-21000	107	106	52.07859	5.096059	52.110124	5.12444	2024-03-08 18:34:34+00	2024-03-08 19:00:57+00	6100	0	6262752263739995
240003066127	12916	VL-E-95982	106	103	52.110124	5.124485	52.072393	5.135783	2024-04-01 21:14:16+00	2024-04-01 21:33:17+00	5485	0	3069631162149059
240003066136	12916	VL-E-74414	104	101	52.107311	5.119589	52.071336	5.099422	2024-04-13 14:17:08+00	2024-04-13 15:06:47+00	2257	0	2140390382686532
240003066959	12916	VL-E-74414	102	106	52.087249	5.116981	52.110262	5.124371	2024-03-13 15:31:05+00	2024-03-13 16:18:48+00	3569	0	2295793793903469
240003069522	12916	VL-S-01905	108	106	52.095729	5.149521	52.110191	5.124205	2024-02-17 01:12:47+00	2024-02-17 02:01:35+00	6648	0	6184564127799514
240003072962	12916	VL-S-73599	108	102	52.09581	5.149626	52.08744	5.117281	2024-04-17 08:10:32+00	2024-04-17 08:51:44+00	1261	0	2865014835882028
240003074388	12916	VL-E-95982	106	103	52.110029	5.12423	52.072438	5.135708	2024-05-30 01:18:53+00	2024-05-30 01:42:28+00	7347	0	5102651269697280
240003075622	12916	VL-S-01905	103	108	52.072546	5.1353	52.095804	5.149671	2024-03-30 09:03:10+00	2024-03-30 09:57:34+00	6894	0	1633389701684227
240003079454	12916	VL-S-73599	102	104	52.087449	5.116945	52.107587	5.119356	2024-03-06 08:46:54+00	2024-03-06 09:39:26+00	6733	0	8324743004280911
240003081849	12916	VL-S-21000	102	105	52.087389	5.116987	52.106094	5.104297	2024-03-19 04:06:03+00	2024-03-19 04:55:54+00	5983	0	1243493443334078
240003082836	12916	VL-S-73599	102	101	52.087323	5.116928	52.071332	5.099428	2024-03-28 19:00:47+00	2024-03-28 19:34:19+00	7272	0	4650335300919870
240003085904	12916	VL-E-74414	107	103	52.07842	5.096409	52.072455	5.135698	2024-03-16 00:25:23+00	2024-03-16 00:55:26+00	7851	0	8954429790480650
240003087850	12916	VL-E-74414	106	102	52.109989	5.124373	52.087383	5.116798	2024-05-15 10:11:14+00	2024-05-15 10:30:09+00	6847	0	2451830826682394
240003088123	12916	VL-S-21000	103	106	52.072322	5.135717	52.11008	5.124165	2024-05-12 16:13:47+00	2024-05-12 16:30:37+00	6693	0	4196811339904205
240003089339	12916	VL-E-95982	102	108	52.087588	5.117241	52.095919	5.149937	2024-04-26 10:44:10+00	2024-04-26 10:53:11+00	8487	0	9731984856232165
240003091119	12916	VL-S-21000	106	101	52.110114	5.124255	52.071366	5.099891	2024-02-28 20:26:37+00	2024-02-28 21:06:14+00	5642	0	2351340795402581
240003093976	12916	VL-E-74414	107	101	52.078388	5.09653	52.071327	5.099893	2024-03-20 05:31:40+00	2024-03-20 06:13:38+00	6471	0	7109604313372087
240003094050	12916	VL-S-01905	106	104	52.11003	5.124423	52.107475	5.119289	2024-02-24 19:20:17+00	2024-02-24 19:31:03+00	6526	0	2084141403775357
240003097639	12916	VL-E-74414	104	105	52.107491	5.119364	52.106046	5.104599	2024-03-31 21:08:17+00	2024-03-31 21:50:11+00	937	0	7779326444271283
240003100840	12916	VL-E-74414	107	105	52.078386	5.096268	52.106024	5.104417	2024-04-01 17:45:27+00	2024-04-01 18:31:08+00	2455	0	3452569675532444
240003104379	12916	VL-E-74414	101	103	52.071171	5.09976	52.072237	5.135347	2024-04-28 23:05:32+00	2024-04-28 23:51:51+00	7000	0	1095774696946138
240003104751	12916	VL-S-73599	106	105	52.110244	5.124025	52.106175	5.104562	2024-03-21 12:56:43+00	2024-03-21 13:48:32+00	4839	0	1774985711971080
240003107252	12916	VL-E-74414	103	104	52.072562	5.135406	52.10734	5.119389	2024-04-06 11:39:57+00	2024-04-06 12:27:15+00	1682	0	5978955869558520
240003109135	12916	VL-S-73599	103	102	52.072502	5.135248	52.087437	5.117061	2024-04-23 05:36:03+00	2024-04-23 06:31:05+00	6642	0	9377737365614820
240003112241	12916	VL-S-73599	105	108	52.106126	5.104257	52.09584	5.149974	2024-03-09 02:19:56+00	2024-03-09 03:15:20+00	4695	0	4897399286210261
240003115076	12916	VL-S-01905	103	107	52.072462	5.13532	52.078439	5.09639	2024-04-18 19:03:23+00	2024-04-18 19:25:32+00	7596	0	4688223244842508
240003117537	12918	VL-S-80363	111	109	52.368089	4.914288	52.387532	4.887898	2024-03-07 20:25:30+00	2024-03-07 21:10:56+00	7702	0	7896159547955289
240003117828	12918	VL-S-22150	109	113	52.387385	4.887871	52.386564	4.870535	2023-11-09 18:17:09+00	2023-11-09 19:07:03+00	3405	0	5682920881007605
240003119705	12918	VL-S-43966	110	112	52.346954	4.887302	52.367443	4.913323	2024-05-16 09:37:11+00	2024-05-16 10:11:03+00	8402	0	4010572621737650
240003122270	12918	VL-S-41880	113	110	52.386855	4.870387	52.346765	4.887089	2023-12-07 09:16:04+00	2023-12-07 09:25:05+00	1721	0	9996943269728699
240003122566	12918	VL-S-43966	109	110	52.387587	4.887992	52.347059	4.887096	2024-03-04 12:35:57+00	2024-03-04 13:30:28+00	2012	0	9222968786169193
240003122885	12918	VL-E-54229	114	110	52.394054	4.925655	52.347055	4.887303	2024-01-01 08:59:34+00	2024-01-01 09:21:12+00	6850	0	0687329978044818
240003125345	12918	VL-S-22150	109	113	52.387591	4.888039	52.386509	4.870492	2024-05-21 14:33:33+00	2024-05-21 14:44:26+00	2817	0	0137233943374857
240003125452	12918	VL-S-22150	109	110	52.387547	4.888096	52.34695	4.886963	2024-04-14 14:18:33+00	2024-04-14 14:56:55+00	6556	0	6510152639504068
240003128800	12918	VL-S-43966	113	114	52.386572	4.870671	52.393897	4.926157	2023-12-23 07:23:18+00	2023-12-23 08:01:36+00	7890	0	9775576573662758
240003129350	12918	VL-E-83388	111	113	52.368291	4.91413	52.386567	4.870337	2024-03-30 00:41:30+00	2024-03-30 01:27:08+00	3479	0	1558260806956360
240003132719	12918	VL-S-22150	115	109	52.376905	4.92978	52.387581	4.888372	2024-05-02 21:50:33+00	2024-05-02 22:29:01+00	1836	0	2924604430018114
240003134268	12918	VL-E-83388	113	115	52.386725	4.870281	52.376631	4.929775	2023-12-28 00:41:13+00	2023-12-28 01:30:23+00	4218	0	4272024834721296
240003135470	12918	VL-E-54229	110	111	52.347124	4.887218	52.368268	4.914213	2023-12-19 14:43:44+00	2023-12-19 15:22:37+00	5355	0	5943787896755875
240003136981	12918	VL-S-22150	109	115	52.387358	4.888015	52.376532	4.93008	2024-04-12 13:28:50+00	2024-04-12 14:16:44+00	864	0	6442340071436533
240003139128	12953	VL-S-43966	111	113	52.368218	4.913795	52.386753	4.870709	2023-10-22 22:11:41+00	2023-10-22 23:07:09+00	7385	0	8075596849933174
240003139237	12953	VL-E-54229	114	109	52.394025	4.926073	52.387384	4.888007	2023-07-29 09:20:03+00	2023-07-29 09:34:24+00	2365	0	4293899064459011
240003141361	12953	VL-S-41880	110	112	52.346792	4.886925	52.367604	4.913533	2023-08-18 22:59:36+00	2023-08-18 23:46:57+00	6339	0	5639755780058875
240003141830	12953	VL-S-80363	114	113	52.394069	4.9261	52.386812	4.870395	2024-01-16 05:59:58+00	2024-01-16 06:15:06+00	1067	0	1562007687427774
240003142373	12953	VL-S-21023	111	109	52.368353	4.914343	52.387422	4.887971	2023-12-04 17:44:08+00	2023-12-04 18:18:14+00	7991	0	0401410260922635
240003145000	12953	VL-S-41880	111	109	52.368413	4.913953	52.387355	4.88801	2024-01-01 08:16:24+00	2024-01-01 08:26:45+00	4777	0	4586800453904679
240003147196	12953	VL-S-80363	115	113	52.376912	4.929843	52.386477	4.87032	2023-07-13 22:08:42+00	2023-07-13 22:20:10+00	7790	0	8791974717315881
240003148091	12953	VL-S-43966	115	114	52.376689	4.929718	52.394122	4.926157	2023-10-30 08:44:38+00	2023-10-30 09:13:22+00	5540	0	9865005211409141
240003148520	12953	VL-E-83388	115	109	52.376733	4.929673	52.387438	4.887984	2023-12-13 04:51:44+00	2023-12-13 04:57:05+00	5231	0	3411667442827412
240003152097	12953	VL-S-22150	110	111	52.346935	4.886878	52.368103	4.914157	2023-10-16 04:12:12+00	2023-10-16 05:04:39+00	5615	0	1640569878123328
240003154644	12953	VL-E-01631	114	115	52.393832	4.926106	52.376773	4.929744	2024-02-08 13:37:41+00	2024-02-08 13:55:13+00	6432	0	6720792717231781
240003157953	12960	VL-E-33467	148	146	50.954047	6.973459	50.916922	6.931395	2024-01-08 16:19:54+00	2024-01-08 16:40:11+00	5716	500	1816480386161351
240003158680	12960	VL-S-53604	148	147	50.954149	6.973479	50.917354	6.983756	2023-09-28 14:17:35+00	2023-09-28 15:08:32+00	5792	650	7141945733560928
240003162220	12960	VL-S-53604	145	146	50.946551	6.993359	50.916783	6.931733	2024-05-14 13:58:50+00	2024-05-14 14:34:51+00	2437	810	5665575543818693
240003163278	12960	VL-E-58418	146	149	50.916885	6.931552	50.95116	6.929193	2024-01-05 16:40:33+00	2024-01-05 17:18:18+00	3514	670	0393911730911631
240003163515	12960	VL-E-80500	147	145	50.917347	6.983977	50.946323	6.993338	2024-05-15 21:49:35+00	2024-05-15 22:02:43+00	2066	430	0076360836102205
240003163622	12960	VL-E-96636	148	144	50.954062	6.973486	50.916927	6.948991	2023-08-21 13:25:24+00	2023-08-21 14:09:32+00	3731	740	2970325217512499
240003163983	12961	VL-S-62775	124	123	52.067301	4.268768	52.050274	4.266488	2023-12-16 20:11:28+00	2023-12-16 20:55:08+00	3089	730	7890455206934758
240003167313	12961	VL-S-62775	123	121	52.050204	4.266702	52.076295	4.325041	2023-08-20 09:03:04+00	2023-08-20 09:20:12+00	2976	320	2735283159514322
240003170809	12961	VL-E-62575	121	124	52.076377	4.325061	52.067174	4.26875	2024-05-02 08:48:06+00	2024-05-02 08:58:26+00	3535	400	2039652939846543
240003173363	12962	VL-S-75289	119	117	51.915034	4.465365	51.930226	4.498497	2023-06-20 05:15:58+00	2023-06-20 05:32:53+00	6119	0	3256731889362742
240003174918	12962	VL-S-65181	117	118	51.93034	4.498722	51.906635	4.45424	2024-02-27 02:49:06+00	2024-02-27 02:55:18+00	5490	0	3656898584426826
240003176901	12962	VL-E-32061	119	118	51.914989	4.46496	51.906528	4.454279	2023-08-10 22:33:32+00	2023-08-10 23:07:25+00	8300	0	8091179785331256
240003179956	12962	VL-E-82218	118	116	51.906666	4.454513	51.908055	4.462042	2023-06-17 03:27:03+00	2023-06-17 03:57:40+00	2180	0	3488218275269185
240003183040	12962	VL-S-33971	119	116	51.91475	4.465058	51.908167	4.462438	2023-08-05 23:53:03+00	2023-08-06 00:41:39+00	5278	0	4091686637355836
240003186808	12962	VL-S-35167	119	118	51.914838	4.465304	51.906328	4.454432	2023-08-14 05:33:59+00	2023-08-14 06:21:15+00	3710	0	2777096811922231
240003187185	12962	VL-S-97108	119	116	51.914998	4.465296	51.908317	4.462156	2023-09-23 06:16:30+00	2023-09-23 07:02:34+00	3251	0	0993508960382370
240003189886	12962	VL-S-65181	119	118	51.914998	4.464976	51.90659	4.454189	2023-08-23 23:19:43+00	2023-08-23 23:42:59+00	7712	0	2171452878909624
240003192613	12962	VL-E-30077	118	119	51.906312	4.454466	51.914955	4.465287	2023-08-26 04:06:29+00	2023-08-26 04:17:05+00	6461	0	3453586413381229
240003195338	12973	VL-S-22150	109	112	52.387578	4.88809	52.367654	4.913534	2024-04-05 13:19:41+00	2024-04-05 14:06:32+00	4462	760	0642021721881534
240003197997	12973	VL-E-83388	111	115	52.368408	4.914232	52.376843	4.930112	2024-03-07 20:49:27+00	2024-03-07 21:21:06+00	6793	510	5205517945166890
240003201711	12973	VL-E-54229	110	112	52.346968	4.887071	52.367427	4.913565	2024-04-23 00:19:35+00	2024-04-23 00:29:05+00	6647	390	5814494550846072
240003203048	12973	VL-E-54229	109	110	52.38753	4.888123	52.347045	4.887038	2024-05-23 14:30:13+00	2024-05-23 15:23:05+00	3280	720	9985422836072710
240003205497	12973	VL-S-80363	111	112	52.368284	4.914073	52.367445	4.91344	2024-03-15 04:30:38+00	2024-03-15 05:08:16+00	1370	670	7418575459889961
240003208814	12973	VL-S-43966	112	113	52.36738	4.91316	52.386753	4.870489	2024-03-17 09:17:17+00	2024-03-17 10:06:39+00	6792	690	6028793681011183
240003209438	12973	VL-S-21023	115	110	52.376556	4.930095	52.346884	4.887191	2024-03-13 07:43:59+00	2024-03-13 07:56:59+00	8907	280	1632612761299677
240003211922	12973	VL-S-22150	113	115	52.386585	4.870673	52.37687	4.9301	2024-04-21 03:13:02+00	2024-04-21 03:25:00+00	6952	410	7301415918408294
240003214101	12975	VL-E-21718	124	122	52.067104	4.2686	52.078681	4.286587	2024-04-18 08:39:37+00	2024-04-18 09:23:51+00	821	0	0126074130186654
240003216378	12975	VL-E-62575	124	121	52.067287	4.268603	52.076325	4.325497	2024-03-31 07:31:08+00	2024-03-31 08:24:27+00	5341	0	8481799123333962
240003219912	12975	VL-E-38268	122	121	52.078994	4.286261	52.076406	4.325093	2024-05-21 11:55:02+00	2024-05-21 12:37:10+00	8138	0	9107280306690671
240003222335	12975	VL-S-10600	124	123	52.067209	4.268679	52.050131	4.266729	2024-03-04 13:10:17+00	2024-03-04 13:23:23+00	7103	0	3612740577292372
240003223082	12975	VL-S-10600	121	123	52.076342	4.325525	52.050086	4.266666	2024-01-10 17:56:13+00	2024-01-10 18:28:26+00	4392	0	6152618362135457
240003224045	12975	VL-S-23599	122	123	52.078779	4.286215	52.050025	4.266445	2024-03-06 10:26:25+00	2024-03-06 11:13:29+00	4385	0	4329535471856794
240003224270	12975	VL-S-72045	124	123	52.067466	4.268633	52.050418	4.26616	2024-02-18 22:14:28+00	2024-02-18 23:01:45+00	8682	0	3345591184729880
240003228241	12975	VL-E-48398	121	124	52.076418	4.325514	52.067222	4.268787	2024-01-13 15:51:44+00	2024-01-13 16:41:12+00	5860	0	4060373878370248
240003231941	12975	VL-E-62575	123	124	52.050067	4.266367	52.06716	4.268561	2024-03-23 13:49:37+00	2024-03-23 14:38:34+00	2877	0	0127276342346491
240003233239	12975	VL-E-21718	123	122	52.05022	4.266719	52.078948	4.28608	2024-03-28 00:31:22+00	2024-03-28 00:36:26+00	8137	0	5399703504478126
240003236947	12975	VL-E-38268	124	122	52.067489	4.268753	52.078989	4.286234	2024-02-20 19:40:44+00	2024-02-20 19:57:40+00	7837	0	6431770829904581
240003238868	12975	VL-E-48398	123	124	52.050189	4.266209	52.067097	4.268444	2024-04-02 11:01:53+00	2024-04-02 11:13:16+00	6940	0	5295674203806059
240003241053	12975	VL-E-48398	121	124	52.076419	4.325477	52.067308	4.26897	2024-05-21 12:53:50+00	2024-05-21 13:39:50+00	4001	0	4336921808934881
240003244429	12975	VL-S-72045	124	123	52.067443	4.268779	52.050077	4.266624	2024-03-31 21:36:32+00	2024-03-31 22:17:43+00	8303	0	3465521850003770
240003244634	12975	VL-E-62575	121	123	52.076217	4.325086	52.050205	4.266479	2024-04-18 02:53:52+00	2024-04-18 03:20:48+00	8661	0	1148991681270196
240003246553	12975	VL-S-23599	124	123	52.067415	4.269008	52.050068	4.266211	2024-04-28 03:12:14+00	2024-04-28 03:58:54+00	3737	0	1837998015606903
240003247213	12975	VL-S-72045	121	122	52.076525	4.325481	52.07867	4.286157	2024-04-10 02:53:36+00	2024-04-10 03:11:57+00	3737	0	6453426243329342
240003249352	12975	VL-S-72045	123	124	52.050191	4.266248	52.06717	4.268617	2024-03-26 23:24:01+00	2024-03-27 00:12:51+00	5471	0	1844543845144616
240003252786	12975	VL-E-62575	124	123	52.067467	4.26901	52.050405	4.266193	2024-01-09 05:26:11+00	2024-01-09 06:04:51+00	4636	0	6627519236564090
240003253537	12975	VL-S-23599	122	121	52.078872	4.28603	52.076549	4.325054	2024-02-26 12:34:55+00	2024-02-26 12:56:13+00	7848	0	9460961220722693
240003255040	12975	VL-E-38268	122	123	52.078847	4.286424	52.050235	4.266673	2024-02-05 23:17:41+00	2024-02-05 23:37:23+00	2670	0	9374587025896729
240003258338	12975	VL-S-10600	124	123	52.067114	4.268577	52.050188	4.266214	2024-05-14 10:50:42+00	2024-05-14 11:36:12+00	5913	0	2279509278293408
240003259519	12975	VL-E-38268	121	123	52.076333	4.325119	52.050341	4.266309	2024-05-03 07:33:54+00	2024-05-03 07:45:18+00	6646	0	9326275205819779
240003259521	12975	VL-E-21718	124	121	52.067328	4.268774	52.076283	4.3251	2024-01-29 04:59:53+00	2024-01-29 05:19:34+00	7262	0	7473854381514674
240003259560	13000	VL-S-83214	129	130	51.044722	3.691067	51.069003	3.693775	2024-01-26 04:38:34+00	2024-01-26 05:16:59+00	5873	530	1828030708723771
240003262508	13000	VL-S-46860	129	132	51.044931	3.691173	51.040105	3.689052	2024-01-26 17:41:34+00	2024-01-26 18:35:38+00	3090	840	6957160696809378
240003265201	13000	VL-E-69429	129	132	51.044847	3.691415	51.040323	3.689073	2024-01-27 03:02:34+00	2024-01-27 03:15:49+00	5954	580	7665433251976954
240003265858	13030	VL-S-68987	156	155	52.542228	13.372413	52.540682	13.379298	2023-07-22 22:31:54+00	2023-07-22 22:48:36+00	3405	0	3092798670964457
240003266774	13030	VL-E-43379	156	154	52.542137	13.372667	52.513759	13.426283	2023-12-06 21:49:41+00	2023-12-06 22:07:01+00	4766	0	0267868984341998
240003266906	13030	VL-S-68987	155	158	52.540544	13.379087	52.536663	13.390963	2023-06-12 16:44:07+00	2023-06-12 17:27:54+00	7188	0	2051483002873329
240003270230	13030	VL-S-40068	154	158	52.513925	13.426545	52.536655	13.391385	2024-01-12 11:45:51+00	2024-01-12 12:25:47+00	724	0	5722655947907404
240003271112	13030	VL-S-68987	157	154	52.502538	13.385488	52.51361	13.426377	2024-04-23 05:46:28+00	2024-04-23 06:15:28+00	3335	0	9153348236311561
240003272893	13030	VL-S-60720	157	158	52.502647	13.385488	52.536882	13.391244	2023-07-08 09:32:42+00	2023-07-08 09:44:06+00	6190	0	3394426997117252
240003274421	13030	VL-S-68987	154	158	52.513815	13.426336	52.536522	13.39118	2023-12-12 15:56:04+00	2023-12-12 16:06:49+00	7792	0	5314895712529785
240003277113	13030	VL-E-43379	155	157	52.540441	13.379424	52.502459	13.385517	2023-10-09 05:46:31+00	2023-10-09 05:59:07+00	1052	0	2842754910730044
240003280167	13030	VL-E-46991	158	155	52.536571	13.391365	52.540548	13.379104	2024-02-17 20:32:36+00	2024-02-17 20:38:32+00	7174	0	9102110646706968
240003281603	13030	VL-E-46991	158	157	52.536744	13.391492	52.50264	13.385551	2024-05-04 11:21:55+00	2024-05-04 11:41:24+00	7376	0	0687381794055600
240003284900	13030	VL-E-46991	155	158	52.540403	13.379402	52.536756	13.391211	2023-06-24 14:46:37+00	2023-06-24 15:11:16+00	7806	0	1408577992397388
240003288713	13030	VL-E-43379	157	156	52.50247	13.385598	52.542434	13.372619	2024-01-19 10:08:35+00	2024-01-19 11:00:11+00	1153	0	6330056226841381
240003289695	13030	VL-S-76964	154	158	52.513919	13.426362	52.536803	13.391047	2023-12-07 11:41:46+00	2023-12-07 12:35:36+00	3873	0	2946013776526190
240003292112	13030	VL-E-46991	155	157	52.540321	13.379304	52.502581	13.385518	2024-02-19 19:38:27+00	2024-02-19 19:58:18+00	6609	0	9761820186856794
240003294143	13067	VL-S-90140	108	101	52.09595	5.149752	52.071474	5.099929	2023-06-08 10:05:21+00	2023-06-08 10:53:48+00	2102	780	3757267366717632
240003295754	13067	VL-E-95982	107	104	52.078397	5.096473	52.107308	5.119624	2023-10-17 16:36:29+00	2023-10-17 17:30:44+00	8390	740	9606334651666937
240003299186	13067	VL-S-90140	106	104	52.109891	5.124076	52.10734	5.11965	2024-04-06 02:45:04+00	2024-04-06 03:15:05+00	7057	450	3973107184877138
240003302090	13067	VL-E-74414	101	102	52.07126	5.099787	52.087255	5.117039	2023-12-06 07:58:30+00	2023-12-06 08:48:15+00	7567	690	1727644991257015
240003303097	13097	VL-E-13354	141	142	50.88155	4.705954	50.861769	4.690111	2024-03-20 07:46:25+00	2024-03-20 08:12:41+00	7035	0	8213922261067250
240003303696	13097	VL-E-30902	141	143	50.881587	4.706018	50.884165	4.682596	2024-05-16 12:20:41+00	2024-05-16 13:12:04+00	3508	0	0474983575336031
240003307656	13097	VL-E-30902	141	143	50.881581	4.705686	50.884305	4.682298	2023-09-24 05:40:48+00	2023-09-24 05:49:26+00	8061	0	8780537932921291
240003309764	13097	VL-S-73822	141	143	50.881693	4.706016	50.884494	4.682743	2023-10-22 04:29:46+00	2023-10-22 04:35:02+00	5444	0	4667057528543187
240003310678	13097	VL-E-58743	143	142	50.88426	4.682737	50.861923	4.689812	2023-06-02 03:15:14+00	2023-06-02 04:04:03+00	2965	0	2548992321501637
240003312520	13097	VL-E-30902	142	141	50.861993	4.689788	50.8816	4.706167	2023-08-12 14:54:38+00	2023-08-12 15:38:49+00	6680	0	6447954040757337
240003312740	13097	VL-E-13354	142	141	50.86196	4.690254	50.881668	4.705838	2023-08-20 11:11:49+00	2023-08-20 11:39:08+00	8478	0	0503916547101723
240003316675	13097	VL-E-28716	141	142	50.881605	4.705717	50.861856	4.689838	2024-05-09 22:49:53+00	2024-05-09 23:22:57+00	6824	0	6153242146484071
240003318311	13097	VL-E-13354	141	142	50.881738	4.705732	50.861671	4.690253	2024-04-24 03:16:50+00	2024-04-24 04:07:40+00	6353	0	5901760985479184
240003318947	13097	VL-E-95346	141	143	50.881483	4.70584	50.884265	4.682458	2023-09-05 06:58:40+00	2023-09-05 07:16:31+00	3096	0	9695870621575925
240003322562	13097	VL-E-30902	141	143	50.881514	4.70598	50.884529	4.682707	2024-03-10 05:10:12+00	2024-03-10 05:47:03+00	5097	0	3012139446023581
240003324213	13097	VL-E-13354	142	143	50.861818	4.68982	50.884463	4.682721	2023-07-09 11:11:50+00	2023-07-09 11:51:40+00	7190	0	5089984519188496
240003325185	13097	VL-S-29422	142	141	50.861863	4.690079	50.8817	4.705823	2024-04-16 21:17:14+00	2024-04-16 21:48:48+00	7273	0	5808246219753188
240003326682	13097	VL-S-18701	142	141	50.861758	4.690054	50.881602	4.705867	2024-02-25 17:02:43+00	2024-02-25 17:18:03+00	6932	0	8083397674772841
240003326707	13097	VL-E-34318	143	141	50.884302	4.682651	50.88147	4.706227	2024-01-15 18:05:22+00	2024-01-15 18:57:22+00	2651	0	4984991601042317
240003326922	13097	VL-E-95346	142	141	50.861783	4.690244	50.881766	4.705815	2023-11-26 14:13:03+00	2023-11-26 14:33:28+00	8493	0	6475847696819199
240003329056	13097	VL-E-95346	143	142	50.884411	4.682279	50.86185	4.689786	2023-10-21 03:04:07+00	2023-10-21 03:54:07+00	3086	0	1820232698777474
240003331456	13097	VL-E-34318	142	143	50.861945	4.690114	50.884265	4.68249	2023-10-06 10:21:49+00	2023-10-06 10:53:48+00	8593	0	0505480543117537
240003333859	13097	VL-S-01076	142	141	50.861902	4.68985	50.88175	4.70599	2023-07-07 23:50:35+00	2023-07-08 00:26:13+00	1126	0	8159921256245454
240003334657	13097	VL-E-30902	143	141	50.884499	4.682276	50.881651	4.706024	2024-03-28 16:26:39+00	2024-03-28 16:57:14+00	3935	0	7198393663985559
240003335665	13097	VL-S-18701	141	142	50.881532	4.706128	50.861903	4.690226	2024-01-03 05:31:48+00	2024-01-03 05:39:05+00	1635	0	6415012472447943
240003338609	13097	VL-E-95346	141	142	50.881488	4.705747	50.86197	4.689831	2023-09-09 21:49:20+00	2023-09-09 22:37:38+00	5115	0	6312034932923180
240003341246	13097	VL-E-28716	143	142	50.884164	4.682726	50.861762	4.689861	2024-01-22 16:05:06+00	2024-01-22 16:49:57+00	8001	0	3566119001374888
240003342769	13097	VL-S-44776	143	142	50.884211	4.682537	50.861828	4.690076	2023-10-18 16:02:37+00	2023-10-18 16:45:38+00	4220	0	0766958559378808
240003344374	13097	VL-S-44776	143	141	50.884538	4.682584	50.88174	4.706081	2024-02-16 21:03:15+00	2024-02-16 21:16:34+00	7636	0	0191601400422829
240003346288	13097	VL-E-34318	141	143	50.881542	4.706058	50.884498	4.68271	2023-10-14 11:47:44+00	2023-10-14 12:01:16+00	5941	0	8791021629368373
240003348724	13097	VL-E-13354	143	142	50.884189	4.682454	50.861995	4.690167	2023-06-14 22:21:14+00	2023-06-14 22:32:26+00	1339	0	3817680750402897
240003349248	13097	VL-E-58743	143	141	50.88447	4.682528	50.881791	4.706197	2023-08-30 23:27:04+00	2023-08-30 23:51:01+00	7526	0	4936219377077159
240003350636	13097	VL-S-18701	143	142	50.884292	4.682612	50.861778	4.689739	2023-09-09 05:29:10+00	2023-09-09 05:52:33+00	2912	0	1104108216715675
240003350659	13127	VL-S-68549	172	170	48.880398	2.358027	48.849415	2.38575	2023-06-04 15:21:54+00	2023-06-04 15:28:55+00	3212	220	5718127707264676
240003351985	13138	VL-E-13701	178	181	48.201289	16.376221	48.196029	16.378806	2024-03-03 11:44:18+00	2024-03-03 12:09:53+00	4787	0	3126550647138143
240003353386	13138	VL-E-67348	178	177	48.201226	16.37585	48.223899	16.3618	2024-04-09 15:32:36+00	2024-04-09 16:02:28+00	6270	0	2162766090533815
240003353502	13138	VL-S-40239	181	177	48.196129	16.378849	48.223752	16.362	2023-09-18 04:46:27+00	2023-09-18 04:52:49+00	5851	0	4895436568457348
240003356212	13138	VL-E-67348	178	179	48.201288	16.376087	48.206929	16.397258	2023-11-30 06:54:42+00	2023-11-30 07:35:34+00	2943	0	9105768804373213
240003358619	13138	VL-E-99133	177	179	48.224018	16.361646	48.20697	16.39772	2023-08-31 14:29:41+00	2023-08-31 15:10:12+00	5484	0	8045330549554300
240003361017	13138	VL-E-05856	177	178	48.223797	16.361756	48.201312	16.37607	2023-12-31 16:18:58+00	2023-12-31 17:11:33+00	8622	0	7392085467546746
240003362219	13138	VL-E-67348	179	180	48.207132	16.397249	48.197344	16.364352	2023-07-03 02:50:49+00	2023-07-03 03:00:24+00	3371	0	9147721328710439
240003363739	13138	VL-S-40239	177	178	48.223811	16.362048	48.201458	16.376288	2024-01-28 12:52:13+00	2024-01-28 13:27:15+00	2131	0	4670050629343657
240003363905	13138	VL-E-13701	179	177	48.206952	16.397397	48.223856	16.36152	2024-05-21 11:30:06+00	2024-05-21 11:41:58+00	3880	0	0900202442505226
240003365796	13170	VL-S-22150	113	109	52.38647	4.870467	52.387505	4.888014	2023-11-14 03:50:26+00	2023-11-14 04:42:42+00	2384	970	0578866726942285
240003366169	13170	VL-S-80363	114	112	52.393764	4.925705	52.367456	4.913106	2023-11-13 13:42:26+00	2023-11-13 14:23:18+00	4371	550	1228817189076473
240003368152	13183	VL-S-90140	105	103	52.106286	5.104282	52.072482	5.135473	2023-08-31 14:40:25+00	2023-08-31 15:30:02+00	5836	940	2049136218089447
240003371807	13183	VL-S-21000	104	101	52.107333	5.119483	52.071204	5.099819	2023-09-03 13:50:25+00	2023-09-03 14:13:48+00	5685	380	4759257373243278
240003374868	13183	VL-S-73599	106	107	52.110262	5.124062	52.07849	5.096424	2023-08-30 08:49:25+00	2023-08-30 09:05:36+00	3324	360	4039829675972871
240003376515	13201	VL-E-54229	114	113	52.393972	4.925604	52.386717	4.870699	2024-05-09 22:23:09+00	2024-05-09 22:31:54+00	4180	280	2393645823479611
240003379236	13201	VL-S-80363	115	109	52.376666	4.929827	52.387511	4.887911	2024-04-21 07:22:54+00	2024-04-21 08:09:20+00	4455	760	5249391848925013
240003381927	13201	VL-S-21023	109	112	52.387422	4.887862	52.367538	4.913277	2024-03-31 12:17:48+00	2024-03-31 12:24:10+00	6931	260	9550949644166104
240003383121	13201	VL-S-80363	109	114	52.387433	4.887907	52.393861	4.925608	2024-04-15 11:21:07+00	2024-04-15 12:08:11+00	2678	670	4959977772676517
240003386901	13205	VL-E-01631	112	109	52.367488	4.91357	52.387425	4.887892	2024-03-07 18:51:01+00	2024-03-07 19:20:33+00	3367	490	8468049624491728
240003387745	13205	VL-S-22150	115	114	52.376669	4.930043	52.393827	4.926077	2023-12-09 07:18:24+00	2023-12-09 07:38:57+00	5051	400	9461807097979278
240003391581	13205	VL-S-22150	113	114	52.386704	4.870437	52.394055	4.925923	2023-10-08 20:27:15+00	2023-10-08 21:22:13+00	8477	840	0617250400369216
240003394402	13205	VL-S-43966	114	115	52.393814	4.925986	52.376732	4.929981	2024-02-09 21:44:29+00	2024-02-09 22:25:15+00	2644	850	3308036328323940
240003397205	13242	VL-E-17902	146	149	50.916714	6.931607	50.951018	6.929295	2023-11-23 10:03:50+00	2023-11-23 10:54:02+00	4429	650	3260914070791855
240003397746	13242	VL-E-33467	148	149	50.954075	6.973435	50.950807	6.929451	2023-10-29 09:01:54+00	2023-10-29 09:39:24+00	5086	520	1676700612828419
240003398016	13242	VL-E-09016	144	145	50.916867	6.949305	50.946501	6.993632	2023-07-21 12:31:34+00	2023-07-21 13:04:02+00	7152	470	6836796684597230
240003398550	13242	VL-E-33467	148	149	50.95415	6.973451	50.950916	6.929387	2023-06-04 15:49:18+00	2023-06-04 16:38:05+00	8104	930	5039364813245509
240003400110	13242	VL-E-17902	145	146	50.946265	6.993686	50.916893	6.931703	2024-04-09 21:02:40+00	2024-04-09 21:46:47+00	3689	740	5991858964827019
240003400389	13244	VL-E-28716	142	141	50.862013	4.6903	50.881465	4.706247	2024-03-07 13:55:40+00	2024-03-07 14:46:44+00	8545	710	5439386813478396
240003402892	13244	VL-E-30902	141	142	50.881693	4.705744	50.862	4.690296	2023-08-05 06:59:43+00	2023-08-05 07:48:10+00	7944	930	9124551380112411
240003406741	13244	VL-E-13354	143	141	50.884478	4.682675	50.881714	4.706134	2023-11-03 03:16:37+00	2023-11-03 03:45:58+00	3950	490	0020369918693239
240003409546	13244	VL-S-73822	142	141	50.861946	4.689703	50.881403	4.706222	2024-01-28 19:08:53+00	2024-01-28 19:16:26+00	4077	270	3530744282687153
240003413368	13244	VL-E-95346	142	143	50.861945	4.689936	50.884226	4.682531	2024-02-11 03:36:24+00	2024-02-11 04:20:57+00	763	640	1186651880053735
240003416159	13244	VL-E-13354	143	142	50.884224	4.682481	50.861662	4.68982	2024-02-22 23:44:10+00	2024-02-23 00:14:33+00	7761	750	1339145871071731
240003418976	13244	VL-E-34318	141	143	50.88168	4.705718	50.884424	4.682293	2023-07-25 00:30:25+00	2023-07-25 00:40:13+00	7185	290	5722462777755680
240003420412	13244	VL-E-95346	142	143	50.861762	4.689779	50.88446	4.682506	2024-05-08 13:19:30+00	2024-05-08 14:05:02+00	6569	900	0692408467924764
240003422287	13244	VL-S-29422	142	141	50.861954	4.690244	50.881531	4.705946	2023-09-28 17:00:53+00	2023-09-28 17:19:56+00	7578	390	1850751872399752
240003426217	13270	VL-S-30473	130	132	51.069005	3.693641	51.040043	3.689045	2023-12-12 01:10:43+00	2023-12-12 01:24:17+00	5555	330	6083330422474571
240003429741	13286	VL-S-14656	174	173	48.578162	7.765221	48.571623	7.76413	2024-04-09 03:18:35+00	2024-04-09 03:27:29+00	917	0	7432525751053641
240003431680	13286	VL-E-49638	175	173	48.561898	7.785597	48.571604	7.763978	2023-11-03 19:58:17+00	2023-11-03 20:39:31+00	4336	0	8957860727977421
240003433685	13286	VL-S-60348	173	174	48.571749	7.764232	48.578091	7.765282	2024-04-06 13:53:56+00	2024-04-06 14:38:51+00	8195	0	4938676108779568
240003436838	13286	VL-E-49638	176	174	48.555037	7.747177	48.578231	7.765456	2023-07-24 15:26:52+00	2023-07-24 16:10:49+00	4925	0	6499371297163387
240003437097	13286	VL-S-06539	175	174	48.561637	7.785796	48.578009	7.76572	2024-01-21 19:13:39+00	2024-01-21 19:42:42+00	3174	0	6028993751701276
240003439928	13286	VL-E-25240	175	176	48.561695	7.785554	48.555197	7.746994	2023-06-10 16:03:52+00	2023-06-10 16:10:24+00	4519	0	9264954151495162
240003442321	13286	VL-S-14656	176	175	48.555075	7.747075	48.561696	7.785381	2024-01-04 21:43:01+00	2024-01-04 22:32:19+00	4644	0	8565769269521265
240003446188	13286	VL-E-14290	174	175	48.578162	7.765367	48.561857	7.785761	2024-03-14 11:05:20+00	2024-03-14 11:23:04+00	1961	0	5783194682796442
240003446796	13286	VL-E-25240	176	173	48.555116	7.747051	48.571893	7.764187	2023-08-11 02:07:09+00	2023-08-11 03:01:06+00	2573	0	4748799694631400
240003447277	13286	VL-E-14290	173	175	48.571879	7.764249	48.561794	7.785517	2023-07-21 11:32:45+00	2023-07-21 12:00:11+00	4863	0	9275918971736317
240003448776	13286	VL-E-25240	174	175	48.578004	7.76523	48.561828	7.785386	2023-06-20 02:53:38+00	2023-06-20 03:44:19+00	1645	0	1214351255750104
240003452098	13286	VL-S-06539	175	176	48.561638	7.785501	48.555298	7.747074	2023-08-13 11:07:19+00	2023-08-13 11:16:15+00	698	0	3886779893849513
240003455140	13286	VL-E-43766	176	173	48.555058	7.746959	48.571824	7.764111	2023-06-07 07:30:29+00	2023-06-07 08:09:38+00	7818	0	9763025051762003
240003455469	13286	VL-E-25240	173	176	48.571836	7.76427	48.555121	7.747314	2023-12-15 03:33:08+00	2023-12-15 04:24:05+00	3147	0	2998599511802511
240003457496	13286	VL-E-49638	175	173	48.56163	7.785448	48.571656	7.764332	2023-07-28 18:53:22+00	2023-07-28 19:37:32+00	5443	0	6991553862978710
240003459726	13286	VL-E-43766	175	173	48.561844	7.785307	48.571638	7.764375	2024-01-13 00:18:58+00	2024-01-13 00:53:16+00	4009	0	7888689915277330
240003460926	13286	VL-E-14290	176	173	48.555071	7.747392	48.571702	7.764501	2023-09-13 20:02:02+00	2023-09-13 20:35:48+00	693	0	0847270553371689
240003463958	13286	VL-E-50290	174	173	48.578166	7.765219	48.571804	7.764446	2024-04-12 04:21:38+00	2024-04-12 04:42:32+00	5861	0	7080542558745717
240003467514	13286	VL-S-74491	173	174	48.5719	7.764498	48.57816	7.765285	2023-09-15 19:22:55+00	2023-09-15 19:35:27+00	632	0	8526733929521121
240003471233	13286	VL-E-19122	173	175	48.571963	7.764431	48.561529	7.785557	2024-02-20 11:34:33+00	2024-02-20 12:10:07+00	7125	0	1232684362143618
240003474762	13286	VL-S-74491	176	173	48.555004	7.746967	48.571848	7.764049	2024-01-11 11:04:37+00	2024-01-11 11:48:15+00	7377	0	6590089353688279
240003478377	13286	VL-E-49638	173	175	48.571963	7.764029	48.561831	7.785703	2024-03-23 12:04:14+00	2024-03-23 12:10:09+00	8971	0	3167720741877105
240003479359	13286	VL-S-14656	174	173	48.578085	7.765613	48.571595	7.764535	2023-11-21 12:03:11+00	2023-11-21 12:45:37+00	8108	0	3193816600557437
240003481775	13286	VL-S-06539	176	173	48.554999	7.746838	48.571612	7.764146	2024-05-22 23:40:33+00	2024-05-23 00:14:33+00	5753	0	1147038398221800
240003481945	13286	VL-S-06539	173	175	48.571963	7.764196	48.561745	7.785504	2024-01-23 15:34:58+00	2024-01-23 16:01:52+00	8278	0	0754369708312868
240003484968	13286	VL-E-49638	173	174	48.571862	7.764118	48.578205	7.765243	2023-06-05 13:12:11+00	2023-06-05 13:40:35+00	4726	0	1069433496408309
240003487257	13286	VL-S-36931	175	176	48.561909	7.785766	48.554966	7.746827	2024-03-03 12:36:49+00	2024-03-03 13:09:22+00	4883	0	8976324560927248
240003490940	13320	VL-S-21023	109	115	52.387524	4.888006	52.376579	4.929864	2023-11-02 05:48:49+00	2023-11-02 06:26:07+00	3407	0	8083321962448066
240003492021	13320	VL-E-01631	114	113	52.393796	4.925898	52.386851	4.870585	2023-11-11 05:21:42+00	2023-11-11 05:46:21+00	6384	0	1317889984727762
240003492217	13320	VL-S-21023	111	113	52.368172	4.914233	52.386739	4.870677	2023-08-04 21:16:45+00	2023-08-04 22:08:03+00	8559	0	2575585834852984
240003494561	13320	VL-S-43966	113	111	52.386615	4.87027	52.368211	4.91404	2023-12-11 01:32:47+00	2023-12-11 01:41:13+00	2806	0	1141274340046320
240003497691	13320	VL-E-83388	112	109	52.367556	4.913554	52.387352	4.888285	2023-08-28 22:45:15+00	2023-08-28 23:33:52+00	7653	0	2827153444049024
240003499102	13320	VL-E-54229	109	112	52.387508	4.888273	52.367351	4.913143	2024-02-26 08:56:48+00	2024-02-26 09:10:49+00	5286	0	8351060413146517
240003502760	13320	VL-S-43966	111	109	52.368359	4.914278	52.387594	4.887888	2023-07-10 11:11:32+00	2023-07-10 11:41:13+00	6438	0	5899143329792048
240003504213	13320	VL-S-21023	109	112	52.387539	4.888159	52.367489	4.913617	2023-12-06 21:51:28+00	2023-12-06 22:13:55+00	5805	0	9656851832589480
240003507118	13320	VL-S-43966	113	109	52.386665	4.870311	52.387388	4.888276	2023-10-29 15:25:13+00	2023-10-29 16:15:10+00	3247	0	5259135835516982
240003510041	13320	VL-S-80363	112	114	52.36737	4.913097	52.393961	4.926151	2024-04-03 12:39:31+00	2024-04-03 12:51:28+00	8168	0	1751992359693051
240003512422	13320	VL-S-43966	109	114	52.387478	4.888009	52.393806	4.925658	2024-03-14 19:21:31+00	2024-03-14 19:45:04+00	6310	0	6897766883795557
240003514253	13320	VL-S-22150	114	113	52.393873	4.92586	52.386659	4.870282	2023-08-13 00:15:48+00	2023-08-13 00:49:21+00	7287	0	5636716813788880
240003517075	13320	VL-E-01631	115	112	52.376848	4.929963	52.367343	4.913262	2023-06-30 16:12:18+00	2023-06-30 16:38:05+00	3134	0	5971989168058094
240003519782	13320	VL-S-41880	109	113	52.387326	4.888164	52.386712	4.87078	2024-01-25 03:55:40+00	2024-01-25 04:35:09+00	1743	0	0947496889195315
240003521260	13320	VL-E-54229	109	111	52.387204	4.888066	52.368134	4.914073	2024-05-17 12:55:11+00	2024-05-17 13:21:31+00	8605	0	1887116503577120
240003522522	13320	VL-E-54229	115	114	52.376861	4.930042	52.394009	4.926163	2023-07-13 01:00:08+00	2023-07-13 01:43:41+00	4161	0	7847208596002825
240003522674	13320	VL-S-80363	114	109	52.39405	4.925594	52.387403	4.888081	2023-12-16 17:05:29+00	2023-12-16 18:00:07+00	6020	0	0143406326047874
240003524429	13320	VL-E-01631	110	109	52.347092	4.886818	52.387266	4.887997	2023-08-17 01:08:47+00	2023-08-17 01:39:19+00	5808	0	6804236217227588
240003528043	13320	VL-E-54229	109	110	52.387414	4.88782	52.346885	4.886859	2024-04-17 14:20:43+00	2024-04-17 15:03:56+00	4249	0	0697047713058528
240003531305	13320	VL-S-41880	111	109	52.368072	4.91406	52.387356	4.888301	2024-04-11 17:54:15+00	2024-04-11 18:40:33+00	2454	0	0635986045806749
240003535292	13320	VL-S-41880	110	115	52.347098	4.886835	52.376741	4.929865	2023-11-14 23:09:38+00	2023-11-14 23:31:05+00	3664	0	4907530597507087
240003538272	13320	VL-E-83388	114	111	52.393807	4.926073	52.368198	4.913992	2023-12-22 05:28:26+00	2023-12-22 05:40:45+00	5152	0	2104117963014289
240003538915	13320	VL-S-21023	114	111	52.393975	4.925678	52.368429	4.91429	2023-11-15 18:14:52+00	2023-11-15 18:54:24+00	2791	0	0677393592077893
240003538925	13320	VL-S-43966	111	115	52.368163	4.914093	52.376682	4.929535	2023-10-14 08:03:28+00	2023-10-14 08:29:08+00	8847	0	6947132986181284
240003541831	13320	VL-E-54229	113	115	52.386682	4.870351	52.376868	4.930059	2024-01-16 07:31:38+00	2024-01-16 08:04:37+00	5714	0	9842059731038758
240003542797	13320	VL-S-21023	111	112	52.368385	4.91433	52.367463	4.913278	2023-06-13 23:18:21+00	2023-06-14 00:10:47+00	6964	0	0790848082100707
240003544889	13320	VL-S-22150	111	115	52.368322	4.913833	52.376703	4.929948	2024-03-05 06:30:01+00	2024-03-05 06:43:17+00	3738	0	3968206733665054
240003548663	13320	VL-S-21023	110	114	52.347074	4.887264	52.39395	4.925687	2024-01-26 07:41:57+00	2024-01-26 08:09:42+00	2059	0	8502977339031736
240003551431	13339	VL-S-06521	125	127	51.446775	5.462925	51.419936	5.468956	2023-12-23 07:04:29+00	2023-12-23 07:28:59+00	2922	0	9292097836200572
240003555062	13339	VL-E-71762	127	126	51.420158	5.468913	51.423255	5.438467	2023-06-25 15:48:52+00	2023-06-25 15:54:01+00	5945	0	4094807437145146
240003557567	13339	VL-S-84690	126	127	51.423207	5.438694	51.419935	5.469117	2024-01-03 07:12:29+00	2024-01-03 07:56:05+00	1517	0	5471649625056313
240003558892	13339	VL-S-88170	125	127	51.446801	5.462975	51.420101	5.469324	2024-03-10 23:00:41+00	2024-03-10 23:24:24+00	3264	0	2381506422510504
240003560674	13339	VL-S-09840	126	125	51.423438	5.438497	51.446892	5.462984	2023-12-09 08:43:57+00	2023-12-09 09:20:10+00	8620	0	6475280641364278
240003563355	13339	VL-E-71762	127	126	51.419888	5.469152	51.423518	5.438627	2024-04-20 04:05:01+00	2024-04-20 04:42:44+00	7931	0	0903306398251206
240003563524	13339	VL-S-06521	125	127	51.446811	5.46317	51.419907	5.469086	2023-07-17 06:10:30+00	2023-07-17 06:27:24+00	8875	0	3194592391164625
240003565028	13339	VL-E-76542	126	127	51.423459	5.438721	51.419866	5.469174	2024-04-27 11:44:58+00	2024-04-27 12:11:39+00	5773	0	3513590376325441
240003565295	13339	VL-S-09494	125	126	51.44692	5.463374	51.42357	5.438394	2024-02-23 02:55:21+00	2024-02-23 03:37:29+00	1749	0	4146896411577335
240003567141	13339	VL-E-71762	125	127	51.446857	5.463249	51.420086	5.469114	2024-01-16 19:15:45+00	2024-01-16 19:21:43+00	1619	0	6672902528894718
240003569019	13339	VL-S-07690	127	125	51.419847	5.468913	51.4468	5.463123	2023-07-11 11:35:58+00	2023-07-11 12:03:05+00	6825	0	7181336671343576
240003571093	13355	VL-E-95982	107	105	52.078578	5.096372	52.106286	5.10476	2023-10-14 03:37:52+00	2023-10-14 03:53:47+00	8116	0	6912527103993304
240003573390	13355	VL-S-01905	108	105	52.095842	5.150111	52.106306	5.104335	2024-03-27 09:49:05+00	2024-03-27 10:34:34+00	5484	0	5438929587633874
240003576908	13355	VL-S-21000	103	106	52.07229	5.135696	52.109975	5.124062	2023-06-22 14:08:53+00	2023-06-22 14:20:09+00	2353	0	8836741685809223
240003580893	13355	VL-S-01905	102	104	52.087265	5.117005	52.10724	5.119668	2023-12-20 02:43:47+00	2023-12-20 03:13:22+00	8240	0	2474893491568464
240003583367	13355	VL-E-95982	106	107	52.11001	5.124578	52.078445	5.096534	2023-07-29 22:08:46+00	2023-07-29 22:41:10+00	8054	0	9219010097120061
240003583823	13355	VL-S-01905	104	105	52.107406	5.119195	52.106196	5.104679	2023-10-13 06:17:26+00	2023-10-13 06:34:50+00	6376	0	9402085537070694
240003583983	13355	VL-S-90140	106	102	52.110132	5.12444	52.087571	5.117084	2024-04-04 19:44:44+00	2024-04-04 20:31:29+00	1694	0	9673390587965044
240003586110	13355	VL-S-90140	107	103	52.078447	5.096082	52.072257	5.135435	2024-04-04 03:13:33+00	2024-04-04 03:49:18+00	5173	0	9373060347332572
240003586406	13355	VL-S-90140	103	107	52.072316	5.135305	52.078537	5.096275	2024-03-08 20:35:19+00	2024-03-08 20:46:23+00	4568	0	3219440636606120
240003590153	13355	VL-S-21000	104	105	52.107251	5.119174	52.106247	5.104649	2023-09-08 07:56:29+00	2023-09-08 08:17:24+00	8402	0	4143090138562910
240003593882	13355	VL-E-74414	107	105	52.07832	5.096083	52.106258	5.104302	2024-05-05 18:23:39+00	2024-05-05 18:57:37+00	6802	0	9054737749213074
240003597396	13355	VL-S-90140	101	105	52.071372	5.099553	52.106008	5.104698	2024-01-19 11:42:09+00	2024-01-19 12:01:25+00	6081	0	1873399429812937
240003601066	13355	VL-S-01905	108	103	52.095798	5.149981	52.072203	5.135709	2024-05-13 01:13:23+00	2024-05-13 02:06:34+00	4204	0	6587130734562224
240003604050	13355	VL-S-90140	108	107	52.095709	5.150089	52.07842	5.096265	2023-11-02 09:29:18+00	2023-11-02 10:20:54+00	8973	0	2406199278235438
240003606869	13355	VL-E-74414	105	103	52.106167	5.10448	52.07247	5.135738	2024-01-26 00:25:48+00	2024-01-26 00:39:47+00	5457	0	0603463126307611
240003609742	13355	VL-E-95982	106	103	52.109964	5.124487	52.07228	5.135434	2023-07-22 06:15:47+00	2023-07-22 06:59:56+00	790	0	7960558235602988
240003609854	13355	VL-E-95982	105	101	52.106341	5.104265	52.071157	5.099693	2023-11-15 15:52:45+00	2023-11-15 16:03:36+00	5464	0	1140105392841211
240003611028	13355	VL-S-90140	105	107	52.106259	5.104318	52.078597	5.09643	2024-01-12 20:31:32+00	2024-01-12 20:47:50+00	1163	0	4695704836966280
240003611280	13355	VL-E-74414	104	102	52.107232	5.119505	52.087262	5.117254	2024-01-19 20:57:56+00	2024-01-19 21:17:26+00	739	0	4604992947945332
240003612336	13355	VL-S-90140	104	101	52.10753	5.119656	52.071209	5.099449	2023-06-01 06:13:08+00	2023-06-01 06:35:34+00	6498	0	3503407365239871
240003613444	13355	VL-S-73599	104	105	52.107492	5.119315	52.106317	5.104302	2024-02-25 15:04:41+00	2024-02-25 15:27:00+00	4904	0	7271173547829982
240003616513	13355	VL-E-74414	106	105	52.110058	5.124432	52.106053	5.104462	2024-03-01 03:04:16+00	2024-03-01 03:25:42+00	7461	0	7865424125410781
240003620103	13355	VL-S-01905	105	108	52.106199	5.104257	52.095705	5.149598	2023-08-08 13:27:22+00	2023-08-08 14:00:33+00	3479	0	3499103583670049
240003620559	13355	VL-S-01905	102	103	52.087463	5.117359	52.072251	5.135643	2023-06-05 22:11:16+00	2023-06-05 23:02:42+00	6695	0	9459468019782066
240003622675	13372	VL-S-23659	184	185	47.080008	15.40779	47.059184	15.425517	2024-05-21 10:03:03+00	2024-05-21 10:22:36+00	5955	340	5927558436429974
240003626233	13372	VL-E-69998	183	182	47.07817	15.435727	47.079734	15.455788	2024-04-01 00:46:13+00	2024-04-01 01:40:07+00	2314	980	1687146162821523
240003627155	13372	VL-E-26542	182	184	47.080015	15.455648	47.07982	15.407861	2023-11-04 07:47:44+00	2023-11-04 08:26:15+00	8307	680	1175972572993286
240003627608	13372	VL-S-83190	184	185	47.080091	15.407969	47.059103	15.425321	2023-10-31 09:06:39+00	2023-10-31 09:53:38+00	2994	910	7002569206705736
240003630549	13372	VL-E-15126	182	184	47.079732	15.455751	47.079888	15.408311	2024-04-18 21:48:04+00	2024-04-18 22:40:21+00	3416	670	3465086561962858
240003633546	13372	VL-E-26542	184	185	47.080197	15.407851	47.059258	15.425502	2023-12-27 02:15:36+00	2023-12-27 02:30:56+00	4372	350	1346399836461119
240003634988	13372	VL-E-26542	183	182	47.078126	15.435459	47.079677	15.456163	2024-05-28 14:52:58+00	2024-05-28 14:59:44+00	6589	510	2341719496387659
240003636304	13372	VL-S-23659	183	185	47.078254	15.43583	47.059318	15.425203	2024-02-29 04:08:42+00	2024-02-29 04:37:26+00	1756	730	3931496071669086
240003637036	13374	VL-E-95982	107	102	52.078578	5.096503	52.087414	5.116994	2024-04-17 04:10:33+00	2024-04-17 04:45:15+00	6379	490	7846212651817334
240003638331	13374	VL-E-95982	108	104	52.095824	5.149699	52.107248	5.119384	2024-04-17 20:45:33+00	2024-04-17 21:25:16+00	6516	590	7907253721278241
240003641649	13374	VL-S-21000	105	103	52.106348	5.104213	52.072479	5.135335	2024-04-22 06:50:33+00	2024-04-22 06:58:49+00	2039	280	8382104757575210
240003642496	13374	VL-S-01905	101	103	52.071397	5.099795	52.072226	5.135376	2024-04-21 11:05:33+00	2024-04-21 11:11:08+00	3791	500	3695108154774268
240003645019	13374	VL-S-01905	103	101	52.07233	5.135389	52.071243	5.099639	2024-04-21 10:37:33+00	2024-04-21 11:11:07+00	2833	530	5577763891458352
240003647001	13408	VL-E-95982	107	103	52.078683	5.096319	52.072341	5.135768	2023-11-24 00:54:32+00	2023-11-24 01:41:12+00	822	760	9266638331990905
240003649586	13408	VL-E-95982	106	104	52.109878	5.124484	52.107535	5.119712	2024-02-03 17:31:48+00	2024-02-03 17:57:43+00	4859	700	9542727973627595
240003651207	13408	VL-E-95982	106	102	52.110089	5.124427	52.087625	5.117075	2023-08-13 07:57:58+00	2023-08-13 08:39:51+00	7883	710	3477923047100548
240003652149	13427	VL-S-21023	115	114	52.37684	4.929951	52.394056	4.925749	2024-03-01 11:31:27+00	2024-03-01 11:40:04+00	6521	0	5430552957710146
240003654404	13427	VL-S-21023	110	111	52.347079	4.887387	52.368399	4.913859	2023-08-19 20:48:42+00	2023-08-19 20:59:20+00	3708	0	2600451153709863
240003657350	13427	VL-S-80363	110	115	52.346816	4.887267	52.376541	4.92967	2024-03-20 14:19:20+00	2024-03-20 14:54:37+00	3789	0	3976935745324769
240003661324	13427	VL-S-41880	114	113	52.394039	4.926085	52.386828	4.870204	2023-11-28 10:27:52+00	2023-11-28 10:53:14+00	6797	0	6326922114402243
240003664986	13427	VL-S-43966	115	111	52.376885	4.929821	52.368411	4.914142	2023-11-21 02:25:55+00	2023-11-21 02:42:26+00	6747	0	7528480245159708
240003665849	13427	VL-S-41880	113	112	52.38661	4.870275	52.367316	4.913592	2023-10-25 00:27:38+00	2023-10-25 01:17:49+00	3363	0	7683418449575654
240003669483	13427	VL-E-83388	110	115	52.347	4.886856	52.376868	4.929898	2024-05-29 02:07:12+00	2024-05-29 02:56:24+00	8349	0	6537815117627625
240003672974	13427	VL-S-80363	110	113	52.346846	4.887383	52.38658	4.870765	2024-04-25 23:54:34+00	2024-04-26 00:26:09+00	7568	0	1387633969449017
240003673394	13427	VL-S-80363	115	109	52.376734	4.929644	52.387599	4.888079	2023-07-23 12:07:06+00	2023-07-23 12:45:50+00	7479	0	9753589558978834
240003676946	13427	VL-E-54229	112	115	52.367415	4.913673	52.376771	4.929959	2024-03-08 03:24:59+00	2024-03-08 04:12:01+00	7996	0	0220933259821230
240003680687	13427	VL-S-43966	115	112	52.376544	4.929779	52.367557	4.91341	2023-09-23 03:50:46+00	2023-09-23 04:32:39+00	8915	0	3514791345947775
240003681943	13427	VL-S-43966	110	114	52.34683	4.887061	52.394063	4.926089	2024-05-11 18:55:21+00	2024-05-11 19:48:56+00	6205	0	0937906445707499
240003683353	13427	VL-S-22150	110	111	52.346985	4.886855	52.368159	4.914284	2024-04-22 01:01:00+00	2024-04-22 01:20:39+00	4781	0	0192322734770207
240003686800	13427	VL-S-41880	110	112	52.346987	4.887254	52.367382	4.913147	2023-08-24 12:05:32+00	2023-08-24 12:28:57+00	1352	0	3201188112071421
240003687015	13427	VL-S-41880	114	110	52.393965	4.926149	52.3468	4.887107	2023-07-06 22:35:31+00	2023-07-06 22:43:12+00	1519	0	6196644682121625
240003688530	13427	VL-E-83388	109	115	52.387529	4.887826	52.376634	4.92964	2023-06-14 06:41:06+00	2023-06-14 06:59:58+00	4754	0	6805541999923802
240003692122	13427	VL-S-22150	109	112	52.387516	4.887843	52.367482	4.913581	2024-05-09 05:37:27+00	2024-05-09 06:19:32+00	7497	0	5539864135043992
240003694159	13431	VL-E-09016	147	149	50.917428	6.983892	50.950806	6.929513	2024-02-11 18:20:13+00	2024-02-11 18:25:59+00	5494	350	7357133589974790
240003696086	13431	VL-S-63171	144	147	50.916894	6.949304	50.917363	6.983725	2023-11-07 05:03:21+00	2023-11-07 05:16:20+00	1637	320	1417158282779399
240003696225	13431	VL-S-53604	147	144	50.917321	6.983462	50.917046	6.949299	2024-01-07 02:13:00+00	2024-01-07 02:51:21+00	4042	580	8083990919296237
240003697926	13431	VL-E-33094	147	148	50.917557	6.983932	50.954086	6.973412	2023-11-01 23:22:26+00	2023-11-01 23:47:49+00	1905	450	1766774634387174
240003700779	13431	VL-E-80500	144	147	50.917068	6.949216	50.91754	6.983713	2023-07-21 13:36:21+00	2023-07-21 14:08:40+00	4092	470	0715282622468340
240003704537	13431	VL-E-33094	148	149	50.954306	6.973282	50.950829	6.929474	2023-10-17 22:34:44+00	2023-10-17 23:28:17+00	3271	830	8401820741416150
240003707224	13431	VL-E-33094	149	147	50.950999	6.929525	50.91754	6.983889	2024-05-21 10:53:17+00	2024-05-21 11:43:44+00	8357	950	3654038014732873
240003707945	13431	VL-E-33467	146	149	50.916802	6.931664	50.950861	6.929742	2023-08-28 05:52:25+00	2023-08-28 06:26:45+00	8743	790	7240495965925621
240003711057	13431	VL-S-63171	147	144	50.91766	6.98362	50.917071	6.94889	2023-09-23 08:42:17+00	2023-09-23 09:03:25+00	5378	660	2381775581155082
240003714036	13431	VL-E-17902	147	144	50.917356	6.983904	50.917042	6.949227	2023-07-28 04:09:53+00	2023-07-28 04:23:50+00	7748	580	0074133445994111
240003715187	13457	VL-E-22938	151	152	51.217706	6.790084	51.24367	6.789612	2023-08-17 01:45:26+00	2023-08-17 02:07:37+00	4399	520	3649251115619903
240003716164	13457	VL-E-79913	153	151	51.227162	6.807538	51.217398	6.790207	2024-02-15 07:35:59+00	2024-02-15 08:06:09+00	3029	600	8932281460739168
240003717157	13485	VL-E-79913	151	150	51.217662	6.78994	51.215492	6.756459	2023-06-25 20:01:50+00	2023-06-25 20:20:59+00	5336	0	7892477715720308
240003719407	13485	VL-E-79913	150	152	51.215606	6.756681	51.243778	6.789724	2023-09-10 21:38:30+00	2023-09-10 21:54:01+00	3285	0	8444006940517045
240003721403	13485	VL-E-43784	152	150	51.243785	6.789633	51.215476	6.756609	2023-12-20 00:01:11+00	2023-12-20 00:54:05+00	720	0	6269577308547460
240003721570	13485	VL-S-82388	150	152	51.215424	6.756333	51.243749	6.789473	2023-10-30 04:57:40+00	2023-10-30 05:47:49+00	3529	0	0728014566231491
240003723113	13485	VL-E-66540	150	153	51.215486	6.756466	51.227184	6.807938	2024-02-12 20:45:04+00	2024-02-12 21:32:26+00	1495	0	9585316920776570
240003724746	13485	VL-S-20703	153	152	51.22704	6.807449	51.24385	6.789529	2024-01-28 03:13:51+00	2024-01-28 03:50:30+00	1893	0	5580106937609703
240003725688	13485	VL-E-11524	153	151	51.227135	6.807976	51.217685	6.790132	2023-10-30 13:50:30+00	2023-10-30 14:18:01+00	2416	0	1522874474732449
240003728484	13485	VL-S-19892	152	153	51.244017	6.789825	51.22721	6.807823	2024-02-13 23:47:56+00	2024-02-14 00:12:24+00	7570	0	5124263610824620
240003731485	13485	VL-E-11524	152	153	51.244044	6.789653	51.227377	6.807536	2024-03-13 22:03:35+00	2024-03-13 22:23:41+00	8294	0	1604637115708700
240003733280	13485	VL-E-46529	150	151	51.215294	6.756382	51.217404	6.790217	2023-08-11 00:23:24+00	2023-08-11 00:57:06+00	5907	0	5752808457760959
240003733387	13485	VL-E-22938	151	153	51.217354	6.790229	51.227001	6.80798	2024-04-25 06:36:03+00	2024-04-25 07:11:49+00	6505	0	5481069578691972
240003736696	13486	VL-S-06521	127	125	51.420109	5.469208	51.446624	5.463293	2023-09-03 04:01:39+00	2023-09-03 04:08:56+00	6356	0	5833584010641605
240003739074	13486	VL-S-73731	126	127	51.423243	5.438643	51.420071	5.46929	2023-09-25 06:52:05+00	2023-09-25 07:45:24+00	1420	0	1221970467162923
240003741482	13486	VL-E-71762	126	127	51.423218	5.438792	51.419997	5.469168	2023-10-20 21:11:54+00	2023-10-20 21:57:50+00	2930	0	4423120363875554
240003743795	13486	VL-S-06521	127	125	51.420063	5.469114	51.446916	5.463059	2024-02-06 06:06:53+00	2024-02-06 07:00:37+00	4477	0	8340999262343343
240003746125	13486	VL-S-09494	125	127	51.446651	5.463208	51.420089	5.469065	2023-07-07 00:47:17+00	2023-07-07 01:38:09+00	4350	0	6644887942353282
240003748387	13486	VL-S-07690	125	126	51.446769	5.463129	51.423493	5.438393	2024-03-27 14:09:50+00	2024-03-27 14:33:18+00	6564	0	3451901634471090
240003751688	13486	VL-E-31629	125	126	51.446891	5.463211	51.423312	5.438332	2024-02-11 01:17:01+00	2024-02-11 01:33:07+00	7192	0	2237198750571708
240003754064	13486	VL-S-09840	125	127	51.446697	5.463248	51.419994	5.468919	2024-02-11 11:45:03+00	2024-02-11 12:07:18+00	7796	0	3656807577676501
240003757624	13486	VL-S-73731	125	127	51.446901	5.463398	51.419907	5.468813	2024-03-08 10:00:42+00	2024-03-08 10:43:47+00	8410	0	1371063993938907
240003761612	13486	VL-S-73731	126	125	51.423259	5.438738	51.446832	5.463214	2024-05-22 15:00:55+00	2024-05-22 15:56:18+00	5098	0	7484118786838114
240003761684	13486	VL-E-76542	125	126	51.446596	5.463306	51.423435	5.438808	2023-09-06 08:48:15+00	2023-09-06 09:42:14+00	3109	0	9636219700083836
240003761999	13494	VL-E-82218	118	117	51.906632	4.454404	51.930177	4.498789	2023-08-12 13:36:50+00	2023-08-12 14:16:24+00	8428	0	2814417061777234
240003765929	13494	VL-S-33971	119	117	51.914878	4.465023	51.930135	4.498497	2024-02-27 13:37:02+00	2024-02-27 13:52:01+00	6050	0	9286460225187648
240003768143	13494	VL-E-30077	119	116	51.914802	4.465227	51.908172	4.46205	2024-05-16 15:13:19+00	2024-05-16 15:49:39+00	3930	0	5857506129662152
240003772137	13494	VL-E-25755	119	120	51.914641	4.465017	51.936238	4.49076	2024-02-16 20:22:40+00	2024-02-16 21:02:01+00	2026	0	6003228007519408
240003773828	13494	VL-S-65181	117	118	51.930151	4.498735	51.906414	4.454505	2024-03-20 21:55:22+00	2024-03-20 22:02:46+00	7108	0	1472014684619907
240003773869	13494	VL-E-30077	116	119	51.90811	4.462589	51.915012	4.465444	2023-12-06 06:48:18+00	2023-12-06 07:12:26+00	8586	0	1703559594028453
240003776017	13494	VL-E-25755	118	116	51.906538	4.454287	51.908154	4.462173	2024-03-03 15:36:29+00	2024-03-03 15:55:44+00	3537	0	6964975656478468
240003776018	13494	VL-S-75289	120	116	51.936439	4.491067	51.908212	4.462211	2024-05-30 02:22:06+00	2024-05-30 02:44:25+00	3022	0	3301473843964122
240003776276	13494	VL-S-75289	118	117	51.906414	4.45456	51.930331	4.498567	2024-02-12 14:41:43+00	2024-02-12 15:29:48+00	6255	0	2579800809412713
240003778427	13494	VL-E-30077	116	117	51.908131	4.462452	51.930276	4.498539	2024-02-15 19:23:37+00	2024-02-15 19:45:24+00	5493	0	7171048228295616
240003780700	13494	VL-S-35167	119	118	51.91492	4.464966	51.906357	4.45436	2024-02-10 14:02:57+00	2024-02-10 14:55:04+00	2175	0	5817837433624188
240003783296	13494	VL-E-32061	119	118	51.914981	4.46507	51.906591	4.454376	2024-02-09 10:13:35+00	2024-02-09 10:40:11+00	4786	0	0148474732994577
240003786685	13494	VL-E-31164	120	117	51.936232	4.490789	51.930159	4.498614	2023-10-16 07:49:51+00	2023-10-16 08:13:16+00	1795	0	8853285863254533
240003789328	13494	VL-E-32061	120	117	51.936365	4.490674	51.930286	4.498427	2024-05-20 20:29:24+00	2024-05-20 21:00:24+00	5869	0	7253551898588038
240003792665	13494	VL-E-25755	120	118	51.936392	4.491069	51.906629	4.45425	2024-05-18 15:10:33+00	2024-05-18 15:57:35+00	8551	0	9012460658885069
240003793148	13494	VL-E-25755	119	117	51.914756	4.46552	51.92996	4.49844	2024-04-15 10:27:46+00	2024-04-15 11:20:42+00	6618	0	6962517963442137
240003795905	13494	VL-E-32061	118	119	51.906314	4.45461	51.914984	4.464993	2023-07-10 04:58:35+00	2023-07-10 05:27:56+00	4637	0	0284414292922285
240003796686	13494	VL-E-82218	116	118	51.908144	4.462137	51.906354	4.454356	2024-03-17 18:13:19+00	2024-03-17 18:43:35+00	6765	0	3121210674579956
240003796902	13494	VL-S-75289	118	120	51.906461	4.454309	51.936156	4.49092	2023-06-25 09:50:53+00	2023-06-25 10:02:49+00	7316	0	1734194634018203
240003799836	13494	VL-S-97108	117	116	51.930071	4.49861	51.908193	4.462218	2023-06-25 06:46:22+00	2023-06-25 06:57:42+00	5847	0	6492152852782819
240003802881	13494	VL-S-97108	119	117	51.914977	4.465529	51.930313	4.498508	2023-08-27 15:14:41+00	2023-08-27 15:51:18+00	774	0	4977046344969974
240003804044	13494	VL-E-82218	118	119	51.906661	4.454103	51.914824	4.465507	2023-07-02 06:55:50+00	2023-07-02 07:31:05+00	8639	0	0447867415478984
240003804575	13499	VL-E-01631	110	109	52.34683	4.886873	52.387374	4.888134	2024-05-11 15:16:23+00	2024-05-11 15:23:27+00	8387	0	8594700753527825
240003805882	13499	VL-E-83388	114	112	52.394026	4.926034	52.367284	4.913633	2023-07-12 05:41:14+00	2023-07-12 05:58:23+00	6231	0	6803512901191136
240003808141	13499	VL-S-80363	110	114	52.347087	4.887175	52.393862	4.925959	2023-06-18 17:51:40+00	2023-06-18 18:09:28+00	2041	0	1391073800035506
240003810361	13499	VL-E-54229	110	114	52.346922	4.887247	52.393922	4.926178	2023-08-09 20:38:21+00	2023-08-09 21:11:25+00	5949	0	6126232698086236
240003814170	13499	VL-S-80363	110	112	52.346835	4.887291	52.367485	4.913173	2024-05-05 16:42:26+00	2024-05-05 17:23:55+00	3324	0	7531507321085307
240003815852	13499	VL-S-21023	115	114	52.376618	4.929798	52.393918	4.925942	2023-09-07 20:43:14+00	2023-09-07 21:22:48+00	3214	0	4948333105367380
240003819832	13499	VL-S-21023	110	114	52.346933	4.887372	52.393841	4.926058	2023-06-03 00:16:44+00	2023-06-03 01:03:37+00	3864	0	9284574034343095
240003823314	13499	VL-S-21023	113	109	52.38684	4.870354	52.387443	4.888277	2023-12-06 20:08:17+00	2023-12-06 20:30:02+00	8879	0	4375378586917077
240003826807	13499	VL-S-43966	114	112	52.393771	4.926169	52.367508	4.913115	2023-09-13 06:01:57+00	2023-09-13 06:42:24+00	8660	0	7892861241877332
240003827443	13499	VL-S-41880	109	115	52.387227	4.888126	52.376896	4.929574	2024-01-16 17:57:15+00	2024-01-16 18:02:46+00	3983	0	2899421018341638
240003830939	13499	VL-S-21023	112	111	52.367365	4.913283	52.368045	4.913975	2023-12-07 10:29:45+00	2023-12-07 11:01:30+00	2215	0	3980511543486193
240003832069	13499	VL-S-43966	110	113	52.346893	4.887391	52.38648	4.870576	2023-12-24 13:46:38+00	2023-12-24 13:53:21+00	5607	0	9564709972039572
240003833620	13499	VL-S-41880	115	110	52.376624	4.929624	52.347011	4.8874	2024-03-07 05:51:29+00	2024-03-07 06:12:54+00	4532	0	1916551995869694
240003833839	13499	VL-S-41880	113	115	52.386497	4.870712	52.376711	4.929693	2024-02-04 05:59:03+00	2024-02-04 06:52:19+00	6614	0	0144404488100222
240003836382	13499	VL-E-54229	115	110	52.376571	4.929865	52.347135	4.887189	2024-04-19 12:09:30+00	2024-04-19 12:30:04+00	801	0	2785527728179340
240003838534	13499	VL-E-01631	115	113	52.376538	4.929646	52.386634	4.870735	2024-01-14 19:18:37+00	2024-01-14 19:52:43+00	6494	0	6237868803598627
240003841946	13499	VL-E-01631	111	112	52.368379	4.914131	52.367615	4.913254	2023-08-21 12:44:47+00	2023-08-21 13:06:20+00	4424	0	3676130131051113
240003845260	13499	VL-S-80363	112	110	52.36737	4.913261	52.347125	4.887076	2023-10-16 22:04:01+00	2023-10-16 22:31:38+00	8112	0	1183835576812437
240003848952	13499	VL-E-01631	115	113	52.376862	4.929686	52.386688	4.870651	2024-04-20 23:36:26+00	2024-04-21 00:08:28+00	675	0	7969142093147179
240003851092	13499	VL-E-01631	113	110	52.386711	4.870308	52.346773	4.88716	2023-10-28 12:55:01+00	2023-10-28 13:30:42+00	6004	0	1660293953445723
240003852017	13499	VL-S-22150	114	113	52.393827	4.925803	52.386473	4.870311	2024-03-16 15:39:22+00	2024-03-16 15:51:31+00	7032	0	3403762521355634
240003855807	13499	VL-S-80363	115	113	52.376574	4.92958	52.386497	4.870206	2023-11-16 12:29:01+00	2023-11-16 13:10:25+00	5598	0	5940317450964465
240003856788	13499	VL-E-01631	109	111	52.387311	4.887854	52.368345	4.914326	2023-09-23 04:34:01+00	2023-09-23 04:57:15+00	8374	0	1896203452493517
240003858599	13499	VL-S-21023	109	110	52.387581	4.888393	52.3471	4.88688	2023-10-24 18:30:05+00	2023-10-24 18:43:23+00	1268	0	3727176100395976
240003858781	13499	VL-S-21023	111	113	52.368341	4.9142	52.386623	4.870649	2024-04-04 19:27:31+00	2024-04-04 20:06:12+00	2185	0	2182548740768023
240003859137	13499	VL-S-41880	110	114	52.346831	4.886962	52.394077	4.925639	2023-06-09 23:59:14+00	2023-06-10 00:14:02+00	4171	0	5417633071606069
240003860424	13499	VL-S-43966	109	115	52.38747	4.888017	52.376766	4.929893	2023-08-14 12:36:28+00	2023-08-14 13:28:34+00	6753	0	3416054551752872
\.


--
-- Data for Name: stations; Type: TABLE DATA; Schema: public; Owner: velolink
--

COPY public.stations (station_id, code, naam, stad, land, lat, lon, capaciteit, type, sinds) FROM stdin;
101	UTR-001	Utrecht Centraal Jaarbeurszijde	Utrecht	NL	52.071313	5.099702	30	dock	2021-05-25
102	UTR-002	Neude	Utrecht	NL	52.087439	5.117068	16	dock	2019-12-30
103	UTR-003	Vredenburg	Utrecht	NL	52.072369	5.135501	12	dock	2021-11-28
104	UTR-004	Lombok Kanaalstraat	Utrecht	NL	52.107412	5.119463	40	dock	2022-07-15
105	UTR-005	Wittevrouwen	Utrecht	NL	52.10616	5.104484	20	dock	2019-12-01
106	UTR-006	Utrecht Science Park	Utrecht	NL	52.11007	5.124287	30	dock	2021-03-18
107	UTR-007	Leidsche Rijn Centrum	Utrecht	NL	52.078483	5.096309	16	virtual	2023-03-11
108	UTR-008	Zuilen	Utrecht	NL	52.09583	5.149814	40	dock	2022-07-05
109	AMS-001	Centraal Station IJzijde	Amsterdam	NL	52.387402	4.888105	16	virtual	2021-03-07
110	AMS-002	Leidseplein	Amsterdam	NL	52.346954	4.887113	30	dock	2021-08-12
111	AMS-003	Museumplein	Amsterdam	NL	52.368237	4.91407	12	dock	2021-04-20
112	AMS-004	Amstel	Amsterdam	NL	52.367466	4.913389	40	dock	2021-03-26
113	AMS-005	Sloterdijk	Amsterdam	NL	52.386661	4.87049	40	dock	2022-04-14
114	AMS-006	Waterlooplein	Amsterdam	NL	52.393931	4.925892	30	dock	2021-05-10
115	AMS-007	Oostpoort	Amsterdam	NL	52.376726	4.92982	12	dock	2022-03-03
116	RTM-001	Rotterdam Centraal	Rotterdam	NL	51.908148	4.462313	40	dock	2019-05-25
117	RTM-002	Blaak	Rotterdam	NL	51.930158	4.49854	12	dock	2021-03-08
118	RTM-003	Kop van Zuid	Rotterdam	NL	51.906482	4.454353	30	dock	2021-10-20
119	RTM-004	Oude Haven	Rotterdam	NL	51.914838	4.465259	24	virtual	2021-04-08
120	RTM-005	Kralingse Zoom	Rotterdam	NL	51.936325	4.490923	16	dock	2022-04-19
121	DHG-001	Den Haag Centraal	Den Haag	NL	52.076353	4.325247	16	dock	2021-05-08
122	DHG-002	Hollands Spoor	Den Haag	NL	52.078829	4.28631	30	dock	2023-04-02
123	DHG-003	Scheveningen Haven	Den Haag	NL	52.050225	4.266457	30	virtual	2020-11-22
124	DHG-004	Spui	Den Haag	NL	52.067291	4.268726	12	dock	2021-01-05
125	EHV-001	Eindhoven Centraal	Eindhoven	NL	51.446745	5.463189	20	virtual	2022-03-17
126	EHV-002	Strijp-S	Eindhoven	NL	51.423394	5.438609	16	dock	2022-11-20
127	EHV-003	TU/e Campus	Eindhoven	NL	51.419988	5.469088	20	dock	2019-04-15
128	GNT-001	Gent-Sint-Pieters	Gent	BE	51.064155	3.742769	20	virtual	2021-08-07
129	GNT-002	Korenmarkt	Gent	BE	51.044732	3.691127	12	virtual	2020-07-18
130	GNT-003	Dampoort	Gent	BE	51.068826	3.69364	24	dock	2019-04-15
131	GNT-004	Zuid	Gent	BE	51.060279	3.739821	24	dock	2021-04-18
132	GNT-005	UZ Gent	Gent	BE	51.040188	3.688932	16	dock	2021-02-03
133	ANR-001	Antwerpen-Centraal	Antwerpen	BE	51.237728	4.41867	30	dock	2019-05-30
134	ANR-002	Groenplaats	Antwerpen	BE	51.239911	4.396614	20	dock	2020-03-17
135	ANR-003	Eilandje	Antwerpen	BE	51.239687	4.410582	20	dock	2019-09-13
136	ANR-004	Zuid	Antwerpen	BE	51.210983	4.415732	24	dock	2021-04-14
137	BRU-001	Brussel-Centraal / Bruxelles-Central	Brussel	BE	50.848644	4.343528	30	dock	2021-11-02
138	BRU-002	Flagey	Brussel	BE	50.860714	4.365713	30	dock	2020-01-23
139	BRU-003	Schuman	Brussel	BE	50.823192	4.381106	40	virtual	2019-08-10
140	BRU-004	Zuidstation / Gare du Midi	Brussel	BE	50.867044	4.337309	12	dock	2020-07-31
141	LEU-001	Leuven Station	Leuven	BE	50.881595	4.705969	12	virtual	2020-06-08
142	LEU-002	Ladeuzeplein	Leuven	BE	50.86182	4.690001	20	dock	2022-12-19
143	LEU-003	Gasthuisberg	Leuven	BE	50.884352	4.682552	12	virtual	2020-07-17
144	CGN-001	Köln Hbf	Köln	DE	50.917048	6.949051	24	dock	2019-08-11
145	CGN-002	Rudolfplatz	Köln	DE	50.94644	6.993445	40	dock	2022-01-02
146	CGN-003	Ehrenfeld Bf	Köln	DE	50.916768	6.931576	40	dock	2020-09-23
147	CGN-004	Deutz/Messe	Köln	DE	50.917501	6.983726	12	virtual	2022-02-27
148	CGN-005	Chlodwigplatz	Köln	DE	50.954152	6.973568	24	dock	2020-07-12
149	CGN-006	Uni-Mensa	Köln	DE	50.950965	6.92948	12	dock	2019-05-08
150	DUS-001	Düsseldorf Hbf	Düsseldorf	DE	51.215489	6.756502	30	virtual	2020-10-21
151	DUS-002	Medienhafen	Düsseldorf	DE	51.217519	6.790158	20	dock	2020-07-10
152	DUS-003	Heinrich-Heine-Allee	Düsseldorf	DE	51.243865	6.789752	40	dock	2019-05-13
153	DUS-004	Bilk S	Düsseldorf	DE	51.227178	6.807694	40	virtual	2020-08-09
154	BER-001	Warschauer Straße	Berlin	DE	52.513783	13.426318	12	dock	2023-02-05
155	BER-002	Alexanderplatz	Berlin	DE	52.540487	13.379215	24	virtual	2021-03-07
156	BER-003	Hermannplatz	Berlin	DE	52.542271	13.372408	40	dock	2022-03-23
157	BER-004	Mauerpark	Berlin	DE	52.502526	13.385759	12	virtual	2022-04-26
158	BER-005	Hauptbahnhof	Berlin	DE	52.536694	13.391212	20	dock	2019-06-21
159	LYS-001	Part-Dieu	Lyon	FR	45.770472	4.84212	12	dock	2021-09-22
160	LYS-002	Bellecour	Lyon	FR	45.777736	4.85499	40	dock	2019-06-15
161	LYS-003	Croix-Rousse	Lyon	FR	45.750372	4.833684	40	dock	2022-08-27
162	LYS-004	Perrache	Lyon	FR	45.780379	4.810664	20	dock	2020-04-03
163	LYS-005	Guillotière	Lyon	FR	45.747017	4.810755	12	virtual	2022-05-21
164	LIL-001	Lille Flandres	Lille	FR	50.635037	3.032204	40	dock	2019-08-26
165	LIL-002	Grand Place	Lille	FR	50.609723	3.026337	30	virtual	2019-08-22
166	LIL-003	Wazemmes	Lille	FR	50.638348	3.048042	12	virtual	2023-01-21
167	LIL-004	Euralille	Lille	FR	50.606776	3.037909	12	dock	2023-02-15
168	PAR-001	Gare du Nord	Paris	FR	48.850269	2.356751	20	dock	2019-09-29
169	PAR-002	République	Paris	FR	48.839088	2.375148	24	virtual	2021-06-14
170	PAR-003	Bastille	Paris	FR	48.849355	2.385573	20	dock	2019-08-01
171	PAR-004	Oberkampf	Paris	FR	48.849384	2.319493	20	dock	2022-07-14
172	PAR-005	Gare de Lyon	Paris	FR	48.88042	2.358209	16	virtual	2020-11-20
173	SXB-001	Gare Centrale	Strasbourg	FR	48.571776	7.764263	30	dock	2022-06-21
174	SXB-002	Place Kléber	Strasbourg	FR	48.578135	7.765494	20	dock	2021-01-23
175	SXB-003	Krutenau	Strasbourg	FR	48.561726	7.785571	40	dock	2021-07-05
176	SXB-004	Neudorf	Strasbourg	FR	48.555109	7.747121	24	dock	2022-09-16
177	VIE-001	Westbahnhof	Wien	AT	48.223872	16.361798	16	dock	2020-01-11
178	VIE-002	Praterstern	Wien	AT	48.201307	16.376002	16	dock	2020-06-18
179	VIE-003	Karlsplatz	Wien	AT	48.20707	16.397442	12	virtual	2020-02-29
180	VIE-004	Schwedenplatz	Wien	AT	48.197147	16.364216	16	dock	2019-05-01
181	VIE-005	Hauptbahnhof	Wien	AT	48.196153	16.378816	20	dock	2019-10-08
182	GRZ-001	Hauptbahnhof	Graz	AT	47.079839	15.455925	24	virtual	2022-03-31
183	GRZ-002	Jakominiplatz	Graz	AT	47.078249	15.435589	40	dock	2020-09-22
184	GRZ-003	Lendplatz	Graz	AT	47.08002	15.408058	16	dock	2022-02-14
185	GRZ-004	Uni Graz	Graz	AT	47.059194	15.425269	20	dock	2019-06-03
\.


--
-- Name: abonnementen_abonnement_id_seq; Type: SEQUENCE SET; Schema: public; Owner: velolink
--

SELECT pg_catalog.setval('public.abonnementen_abonnement_id_seq', 5374, true);


--
-- Name: klanten_klant_id_seq; Type: SEQUENCE SET; Schema: public; Owner: velolink
--

SELECT pg_catalog.setval('public.klanten_klant_id_seq', 13499, true);


--
-- Name: stations_station_id_seq; Type: SEQUENCE SET; Schema: public; Owner: velolink
--

SELECT pg_catalog.setval('public.stations_station_id_seq', 185, true);


--
-- Name: abonnementen abonnementen_pkey; Type: CONSTRAINT; Schema: public; Owner: velolink
--

ALTER TABLE ONLY public.abonnementen
    ADD CONSTRAINT abonnementen_pkey PRIMARY KEY (abonnement_id);


--
-- Name: fietsen fietsen_pkey; Type: CONSTRAINT; Schema: public; Owner: velolink
--

ALTER TABLE ONLY public.fietsen
    ADD CONSTRAINT fietsen_pkey PRIMARY KEY (fiets_id);


--
-- Name: klanten klanten_email_key; Type: CONSTRAINT; Schema: public; Owner: velolink
--

ALTER TABLE ONLY public.klanten
    ADD CONSTRAINT klanten_email_key UNIQUE (email);


--
-- Name: klanten klanten_klantnummer_key; Type: CONSTRAINT; Schema: public; Owner: velolink
--

ALTER TABLE ONLY public.klanten
    ADD CONSTRAINT klanten_klantnummer_key UNIQUE (klantnummer);


--
-- Name: klanten klanten_pkey; Type: CONSTRAINT; Schema: public; Owner: velolink
--

ALTER TABLE ONLY public.klanten
    ADD CONSTRAINT klanten_pkey PRIMARY KEY (klant_id);


--
-- Name: ritten ritten_pkey; Type: CONSTRAINT; Schema: public; Owner: velolink
--

ALTER TABLE ONLY public.ritten
    ADD CONSTRAINT ritten_pkey PRIMARY KEY (rit_id);


--
-- Name: stations stations_pkey; Type: CONSTRAINT; Schema: public; Owner: velolink
--

ALTER TABLE ONLY public.stations
    ADD CONSTRAINT stations_pkey PRIMARY KEY (station_id);


--
-- Name: ritten_klant_id_idx; Type: INDEX; Schema: public; Owner: velolink
--

CREATE INDEX ritten_klant_id_idx ON public.ritten USING btree (klant_id);


--
-- Name: ritten_gestart_op_idx; Type: INDEX; Schema: public; Owner: velolink
--

CREATE INDEX ritten_gestart_op_idx ON public.ritten USING btree (gestart_op);


--
-- Name: abonnementen_klant_id_idx; Type: INDEX; Schema: public; Owner: velolink
--

CREATE INDEX abonnementen_klant_id_idx ON public.abonnementen USING btree (klant_id);


--
-- Name: abonnementen abonnementen_klant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: velolink
--

ALTER TABLE ONLY public.abonnementen
    ADD CONSTRAINT abonnementen_klant_id_fkey FOREIGN KEY (klant_id) REFERENCES public.klanten(klant_id) ON DELETE CASCADE;


--
-- Name: ritten ritten_fiets_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: velolink
--

ALTER TABLE ONLY public.ritten
    ADD CONSTRAINT ritten_fiets_id_fkey FOREIGN KEY (fiets_id) REFERENCES public.fietsen(fiets_id);


--
-- Name: ritten ritten_klant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: velolink
--

ALTER TABLE ONLY public.ritten
    ADD CONSTRAINT ritten_klant_id_fkey FOREIGN KEY (klant_id) REFERENCES public.klanten(klant_id);


--
-- Name: ritten ritten_start_station_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: velolink
--

ALTER TABLE ONLY public.ritten
    ADD CONSTRAINT ritten_start_station_id_fkey FOREIGN KEY (start_station_id) REFERENCES public.stations(station_id);


--
-- PostgreSQL database dump complete
--

