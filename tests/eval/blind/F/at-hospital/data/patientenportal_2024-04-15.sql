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
-- Name: stationen; Type: TABLE; Schema: public; Owner: portal
--

CREATE TABLE public.stationen (
    id integer NOT NULL,
    code character varying(8) NOT NULL,
    bezeichnung character varying(80) NOT NULL,
    gebaeude character varying(20),
    stockwerk character varying(10),
    betten smallint DEFAULT 0 NOT NULL
);


ALTER TABLE public.stationen OWNER TO portal;

--
-- Name: stationen_id_seq; Type: SEQUENCE; Schema: public; Owner: portal
--

CREATE SEQUENCE public.stationen_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.stationen_id_seq OWNER TO portal;

ALTER SEQUENCE public.stationen_id_seq OWNED BY public.stationen.id;


--
-- Name: aerzte; Type: TABLE; Schema: public; Owner: portal
--

CREATE TABLE public.aerzte (
    id integer NOT NULL,
    titel character varying(40),
    vorname character varying(60) NOT NULL,
    nachname character varying(80) NOT NULL,
    fachrichtung character varying(80),
    station_id integer,
    email character varying(120),
    telefon_dw character varying(30),
    im_haus_seit date,
    aktiv boolean DEFAULT true NOT NULL
);


ALTER TABLE public.aerzte OWNER TO portal;

--
-- Name: aerzte_id_seq; Type: SEQUENCE; Schema: public; Owner: portal
--

CREATE SEQUENCE public.aerzte_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.aerzte_id_seq OWNER TO portal;

ALTER SEQUENCE public.aerzte_id_seq OWNED BY public.aerzte.id;


--
-- Name: patienten; Type: TABLE; Schema: public; Owner: portal
--

CREATE TABLE public.patienten (
    id integer NOT NULL,
    patientennummer character(8) NOT NULL,
    svnr character(10),
    versicherungstraeger character varying(20),
    anrede character varying(10),
    titel character varying(30),
    vorname character varying(60) NOT NULL,
    nachname character varying(80) NOT NULL,
    geburtsdatum date NOT NULL,
    geschlecht character(1),
    strasse character varying(120),
    hausnummer character varying(20),
    plz character varying(8),
    ort character varying(60),
    land character(2) DEFAULT 'AT'::bpchar,
    telefon character varying(30),
    email character varying(120),
    notfallkontakt_name character varying(120),
    notfallkontakt_telefon character varying(30),
    notfallkontakt_beziehung character varying(40),
    angelegt_am timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.patienten OWNER TO portal;

--
-- Name: TABLE patienten; Type: COMMENT; Schema: public; Owner: portal
--

COMMENT ON TABLE public.patienten IS 'Stammdaten aus KIS (Import nächtlich)';


--
-- Name: patienten_id_seq; Type: SEQUENCE; Schema: public; Owner: portal
--

CREATE SEQUENCE public.patienten_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.patienten_id_seq OWNER TO portal;

ALTER SEQUENCE public.patienten_id_seq OWNED BY public.patienten.id;


--
-- Name: termine; Type: TABLE; Schema: public; Owner: portal
--

CREATE TABLE public.termine (
    id integer NOT NULL,
    terminnummer character varying(12) NOT NULL,
    patient_id integer NOT NULL,
    arzt_id integer,
    station_id integer NOT NULL,
    beginn timestamp with time zone NOT NULL,
    ende timestamp with time zone NOT NULL,
    terminart character varying(40),
    status character varying(20) NOT NULL,
    gebucht_ueber character varying(20),
    gebucht_am timestamp with time zone,
    bemerkung text
);


ALTER TABLE public.termine OWNER TO portal;

--
-- Name: termine_id_seq; Type: SEQUENCE; Schema: public; Owner: portal
--

CREATE SEQUENCE public.termine_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.termine_id_seq OWNER TO portal;

ALTER SEQUENCE public.termine_id_seq OWNED BY public.termine.id;


--
-- Name: portal_benutzer; Type: TABLE; Schema: public; Owner: portal
--

CREATE TABLE public.portal_benutzer (
    id integer NOT NULL,
    patient_id integer NOT NULL,
    benutzername character varying(60) NOT NULL,
    passwort_hash character varying(255) NOT NULL,
    passwort_geaendert_am timestamp with time zone,
    mfa_aktiv boolean DEFAULT false NOT NULL,
    totp_secret character varying(64),
    rolle character varying(30) DEFAULT 'PATIENT'::character varying NOT NULL,
    status character varying(20) NOT NULL,
    registriert_am timestamp with time zone NOT NULL,
    letzter_login timestamp with time zone
);


ALTER TABLE public.portal_benutzer OWNER TO portal;

--
-- Name: portal_benutzer_id_seq; Type: SEQUENCE; Schema: public; Owner: portal
--

CREATE SEQUENCE public.portal_benutzer_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.portal_benutzer_id_seq OWNER TO portal;

ALTER SEQUENCE public.portal_benutzer_id_seq OWNED BY public.portal_benutzer.id;


--
-- Name: portal_sessions; Type: TABLE; Schema: public; Owner: portal
--

CREATE TABLE public.portal_sessions (
    session_id character(64) NOT NULL,
    benutzer_id integer NOT NULL,
    ip_adresse inet,
    user_agent text,
    erstellt_am timestamp with time zone NOT NULL,
    letzte_aktivitaet timestamp with time zone,
    beendet_grund character varying(20)
);


ALTER TABLE public.portal_sessions OWNER TO portal;

--
-- Name: stationen id; Type: DEFAULT; Schema: public; Owner: portal
--

ALTER TABLE ONLY public.stationen ALTER COLUMN id SET DEFAULT nextval('public.stationen_id_seq'::regclass);


--
-- Name: aerzte id; Type: DEFAULT; Schema: public; Owner: portal
--

ALTER TABLE ONLY public.aerzte ALTER COLUMN id SET DEFAULT nextval('public.aerzte_id_seq'::regclass);


--
-- Name: patienten id; Type: DEFAULT; Schema: public; Owner: portal
--

ALTER TABLE ONLY public.patienten ALTER COLUMN id SET DEFAULT nextval('public.patienten_id_seq'::regclass);


--
-- Name: termine id; Type: DEFAULT; Schema: public; Owner: portal
--

ALTER TABLE ONLY public.termine ALTER COLUMN id SET DEFAULT nextval('public.termine_id_seq'::regclass);


--
-- Name: portal_benutzer id; Type: DEFAULT; Schema: public; Owner: portal
--

ALTER TABLE ONLY public.portal_benutzer ALTER COLUMN id SET DEFAULT nextval('public.portal_benutzer_id_seq'::regclass);


--
-- Data for Name: stationen; Type: TABLE DATA; Schema: public; Owner: portal
--

COPY public.stationen (id, code, bezeichnung, gebaeude, stockwerk, betten) FROM stdin;
1	1A	Innere Medizin / Kardiologie	Haus A	1. OG	28
2	1B	Innere Medizin / Gastroenterologie	Haus A	1. OG	26
3	2A	Allgemein- und Viszeralchirurgie	Haus A	2. OG	30
4	2B	Orthopädie und Traumatologie	Haus B	2. OG	32
5	3A	Gynäkologie und Geburtshilfe	Haus B	3. OG	24
6	3B	Urologie	Haus B	3. OG	18
7	AMB	Zentralambulanz	Haus C	EG	0
8	TK	Tagesklinik	Haus C	1. OG	14
9	HNO	Hals-, Nasen- und Ohrenheilkunde	Haus C	2. OG	12
10	DERM	Dermatologie (Ambulanz)	Haus C	EG	0
\.


--
-- Data for Name: aerzte; Type: TABLE DATA; Schema: public; Owner: portal
--

COPY public.aerzte (id, titel, vorname, nachname, fachrichtung, station_id, email, telefon_dw, im_haus_seit, aktiv) FROM stdin;
1	Dr. med. univ.	Thomas	Ortner	Innere Medizin und Kardiologie	1	thomas.ortner@kahlenberg-klinikum.at	+43 1 31870-2546	2011-09-01	t
2	Dr.	Gerhard	Müller	Innere Medizin und Gastroenterologie	2	gerhard.mueller@kahlenberg-klinikum.at	+43 1 31870-2372	2020-04-01	t
3	Dr.	Hannah	Wagner	Allgemeinchirurgie	3	hannah.wagner@kahlenberg-klinikum.at	+43 1 31870-2531	2009-01-01	t
4	Dr. med. univ.	Elisabeth	Pichler	Orthopädie und Traumatologie	4	elisabeth.pichler@kahlenberg-klinikum.at	+43 1 31870-2217	2013-10-01	t
5	OA Dr.	Herbert	Leitner	Frauenheilkunde und Geburtshilfe	5	herbert.leitner@kahlenberg-klinikum.at	+43 1 31870-2845	2009-10-01	t
6	Dr.	Stefan	Lehner	Urologie	6	stefan.lehner@kahlenberg-klinikum.at	+43 1 31870-2991	2006-07-01	t
7	Dr.	Jakob	Haas	Allgemeinmedizin	7	jakob.haas@kahlenberg-klinikum.at	+43 1 31870-2388	2023-08-01	t
8	Priv.-Doz. Dr.	Sabine	Horvath	Anästhesiologie	8	sabine.horvath@kahlenberg-klinikum.at	+43 1 31870-2338	2003-12-01	t
9	Prim. Dr.	Alexander	Pichler	Hals-, Nasen- und Ohrenheilkunde	9	alexander.pichler@kahlenberg-klinikum.at	+43 1 31870-2424	2012-02-01	t
10	Dr.	Markus	Weber	Dermatologie	10	markus.weber@kahlenberg-klinikum.at	+43 1 31870-2530	2020-05-01	t
11	OA Dr.	Gerhard	Huber	Innere Medizin und Kardiologie	1	gerhard.huber@kahlenberg-klinikum.at	+43 1 31870-2343	2008-09-01	t
12	Dr.	Christoph	Schmidt	Innere Medizin und Gastroenterologie	2	christoph.schmidt@kahlenberg-klinikum.at	+43 1 31870-2109	2011-09-01	t
13	Dr. med. univ.	Dominik	Haas	Allgemeinchirurgie	3	dominik.haas@kahlenberg-klinikum.at	+43 1 31870-2375	2010-01-01	t
14	Dr.	Gertrude	Schuster	Orthopädie und Traumatologie	4	gertrude.schuster@kahlenberg-klinikum.at	+43 1 31870-2473	2006-03-01	t
15	Dr.	Reinhard	Schneider	Frauenheilkunde und Geburtshilfe	5	reinhard.schneider@kahlenberg-klinikum.at	+43 1 31870-2233	2020-04-01	t
16	Dr.	Julia	Horvath	Urologie	6	julia.horvath@kahlenberg-klinikum.at	+43 1 31870-2134	2014-07-01	t
17	Priv.-Doz. Dr.	Theresa	Mayer	Allgemeinmedizin	7	theresa.mayer@kahlenberg-klinikum.at	+43 1 31870-2928	2011-11-01	t
18	Dr.	Thomas	Größbacher	Anästhesiologie	8	thomas.groessbacher@kahlenberg-klinikum.at	+43 1 31870-2352	2017-11-01	t
19	Dr.	Herbert	Yılmaz	Hals-, Nasen- und Ohrenheilkunde	9	herbert.yilmaz@kahlenberg-klinikum.at	+43 1 31870-2860	2017-12-01	f
20	Prim. Dr.	Lisa	Mayer	Dermatologie	10	lisa.mayer@kahlenberg-klinikum.at	+43 1 31870-2326	2010-07-01	t
21	OA Dr.	Elias	Lechner	Innere Medizin und Kardiologie	1	elias.lechner@kahlenberg-klinikum.at	+43 1 31870-2498	2010-07-01	t
22	Priv.-Doz. Dr.	Brigitte	Gruber	Innere Medizin und Gastroenterologie	2	brigitte.gruber@kahlenberg-klinikum.at	+43 1 31870-2878	2018-08-01	t
23	Priv.-Doz. Dr.	Sophie	Bauer	Allgemeinchirurgie	3	sophie.bauer@kahlenberg-klinikum.at	+43 1 31870-2531	2014-06-01	t
24	Dr.	Eva	Wallner	Orthopädie und Traumatologie	4	eva.wallner@kahlenberg-klinikum.at	+43 1 31870-2407	2019-09-01	t
25	OA Dr.	Georg	Lechner	Frauenheilkunde und Geburtshilfe	5	georg.lechner@kahlenberg-klinikum.at	+43 1 31870-2149	2010-06-01	t
26	OA Dr.	Julia	Reiter	Urologie	6	julia.reiter@kahlenberg-klinikum.at	+43 1 31870-2881	2013-01-01	t
\.


--
-- Data for Name: patienten; Type: TABLE DATA; Schema: public; Owner: portal
--

COPY public.patienten (id, patientennummer, svnr, versicherungstraeger, anrede, titel, vorname, nachname, geburtsdatum, geschlecht, strasse, hausnummer, plz, ort, land, telefon, email, notfallkontakt_name, notfallkontakt_telefon, notfallkontakt_beziehung, angelegt_am) FROM stdin;
1000	20615721	1176200190	ÖGK	Frau	\N	Julia	Bauer	1990-01-20	W	Rosengasse	72/25	1210	Wien	AT	0680/2132971	jbauer@icloud.com	\N	\N	\N	2018-09-02 23:22:08+02
1003	15359339	9918051072	ÖGK	Herr	\N	Franz	Wolf	1972-10-05	M	Wiener Straße	179	1030	Wien	AT	0680/6054333	franz.wolf21@hotmail.com	Herta Wolf	0664/1696726	Schwester	2023-01-06 06:28:21+01
1008	28798441	\N	privat	Herr	DI	Franz	Hödl	1992-11-28	M	Ottakringer Straße	169	1140	Wien	AT	0677 7966630	fhoedl@gmail.com	Markus Wolf	0676 1550422	Vater	2019-04-15 14:12:21+02
1011	27557554	9603191257	BVAEB	Herr	\N	Leopold	Kovač	1957-12-19	M	Ottakringer Straße	45/4/21	3002	Purkersdorf	AT	0660 1933552	leopold.kovac80@gmail.com	\N	\N	\N	2016-03-01 12:59:46+01
1013	24812630	4466051182	ÖGK	Frau	\N	Julia	Fischer	1982-11-05	W	Wagramer Straße	13/14	2500	Baden	AT	0676/5098347	jfischer@a1.net	Ingrid Leitner	+43 699 2837325	Schwester	2016-03-23 18:29:53+01
1016	33599924	2075170847	ÖGK	Herr	\N	Christoph	Egger	1947-08-17	M	Bahnhofstraße	140	3400	Klosterneuburg	AT	+43 681 4743168	christoph_egger47@a1.net	Christina Egger	+43 676 1752461	Ehefrau	2018-09-28 11:56:16+02
1020	38426472	8401251077	ÖGK	Herr	\N	Andreas	Windisch	1977-10-25	M	Ottakringer Straße	54/29	1020	Wien	AT	0660 1152844	\N	\N	\N	\N	2020-05-21 12:33:16+02
1021	20603206	2323160796	ÖGK	Frau	\N	Hannah	Egger	1996-07-16	W	Bahnhofstraße	82	1140	Wien	AT	0650 5221841	hegger@hotmail.com	Magdalena Egger	0676 8625003	Schwester	2016-01-23 19:34:09+01
1025	39622714	8933050938	ÖGK	Frau	Mag.	Hannah	Koller	1938-09-05	W	Bahnhofstraße	80/27	2100	Korneuburg	AT	+43 676 9775219	hkoller@aon.at	Karin Koller	+436508342161	Mutter	2019-12-04 10:19:38+01
1028	33453970	9898280942	ÖGK	Frau	\N	Monika	Reiter	1942-09-28	W	Favoritenstraße	60/16	1100	Wien	AT	+43 676 3314504	monika.reiter@a1.net	\N	\N	\N	2018-06-05 22:25:22+02
1031	27316191	9848210743	ÖGK	Herr	\N	Gerhard	Windisch	1943-07-21	M	Hauptstraße	157	2700	Wiener Neustadt	AT	0677 1694437	gerhard.windisch20@gmx.at	Petra Huber	0699 7921459	Mutter	2019-02-27 10:02:02+01
1033	31168230	1172210762	ÖGK	Frau	Dipl.-Ing.	Hildegard	Schwarz	1962-07-21	W	Gersthofer Straße	36/2/15	1220	Wien	AT	+43 677 2101024	hildegard_schwarz62@gmx.at	Dominik Schwarz	+43 676 7498214	Ehemann	2017-01-17 07:32:39+01
1037	13423547	2594080798	ÖGK	Herr	\N	Gerhard	Haas	1998-07-08	M	Hauptstraße	144	2500	Baden	AT	0677 2850407	gerhard.haas@gmail.com	Gerhard Haas	0664 2268824	Bruder	2016-12-08 14:55:55+01
1040	38452485	6457010767	KFA Wien	Frau	\N	Gertrude	Seidl	1967-07-01	W	Hietzinger Hauptstraße	119	3100	St. Pölten	AT	0664/2627322	gertrude.seidl41@gmail.com	Wolfgang Seidl	+43 650 5981657	Ehemann	2022-06-08 21:02:46+02
1044	32211166	3019240569	ÖGK	Herr	MMag.	Karl	Holzer	1969-05-24	M	Hauptstraße	42/4	1210	Wien	AT	0676 3066507	karl.holzer@gmx.at	Brigitte Holzer	+436602619360	Schwester	2020-01-27 00:16:21+01
1046	32768100	7930140386	ÖGK	Frau	\N	Hildegard	Schmidt	1986-03-14	W	Leopoldauer Straße	25/23	1030	Wien	AT	0660 9307958	hildegard.schmidt@hotmail.com	Florian Schmidt	0699 7350719	Ehemann	2019-11-05 20:51:28+01
1050	24361834	3097100705	ÖGK	Frau	\N	Johanna	Schuster	2005-07-10	W	Hietzinger Hauptstraße	122	1020	Wien	AT	+43 677 1181938	jschuster@hotmail.com	\N	\N	\N	2023-03-03 07:39:23+01
1051	23330684	7755080688	BVAEB	Frau	BSc	Maria	Wolf	1988-06-08	W	Mühlgasse	60/6/15	3002	Purkersdorf	AT	0699 7386679	maria.wolf83@hotmail.com	\N	\N	\N	2020-10-19 17:35:01+02
1055	39734961	4627271187	ÖGK	Herr	DI	Maximilian	Reiter	1987-11-27	M	Schulgasse	172	2340	Mödling	AT	+43 660 7881779	maximilian.reiter@gmx.at	Dominik Gruber	+43 650 9583241	Vater	2017-12-19 08:35:13+01
1057	27533705	4521280165	BVAEB	Herr	Prof.	Alexander	Huber	1965-01-28	M	Leopoldauer Straße	54/4/21	1190	Wien	AT	0650 2993360	\N	Ingrid Huber	0664/8554615	Schwester	2018-11-30 04:44:21+01
1062	12899130	6143251103	ÖGK	Herr	\N	Karl	Eder	2003-11-25	M	Leopoldauer Straße	37/27	2100	Korneuburg	AT	+43 699 2976304	keder@a1.net	Monika Eder	0664/3734851	Mutter	2021-01-01 07:24:50+01
1065	32089220	3450230843	BVAEB	Frau	\N	Katharina	Schwarz	1943-08-23	W	Grinzinger Allee	18/3/12	8010	Graz	AT	0650 2055002	katharina.schwarz98@icloud.com	Theresa Schwarz	+43 699 1595211	Ehefrau	2019-08-06 18:31:31+02
1066	10011484	8232171075	KFA Wien	Herr	\N	Elias	Steiner	1975-10-17	M	Linzer Straße	10/13	1160	Wien	AT	+43 680 7869119	elias.steiner@icloud.com	Lisa Steiner	0664 2069713	Mutter	2020-01-03 22:25:39+01
1070	27220295	1402010492	ÖGK	Herr	\N	Markus	Hofbauer	1992-04-01	M	Hauptstraße	127	3400	Klosterneuburg	AT	0664 2240973	markus.hofbauer73@hotmail.com	Michael Hofbauer	+43 681 8389204	Vater	2023-11-08 04:06:59+01
1073	34352816	6237010650	BVAEB	Frau	Mag.	Anna	Moser	1950-06-01	W	Linzer Straße	67	2100	Korneuburg	AT	+436777444079	\N	Leopold Schneider	+436772674144	Bruder	2017-01-24 02:03:07+01
1077	22869563	3611101285	SVS	Frau	\N	Hannah	Pichler	1985-12-10	W	Linzer Straße	52/3/18	1230	Wien	AT	0650 8089362	hannah.pichler24@a1.net	\N	\N	\N	2016-01-10 11:47:40+01
1080	33202467	7753121159	ÖGK	Frau	\N	Hildegard	Hofbauer	1959-11-12	W	Feldgasse	28/8/11	1100	Wien	AT	+436777565231	hildegard.hofbauer14@hotmail.com	\N	\N	\N	2023-03-03 02:28:29+01
1083	26621691	1817021169	SVS	Frau	Dipl.-Ing.	Christina	Baumgartner	1969-11-02	W	Linzer Straße	23/17	2100	Korneuburg	AT	01 568 48 42	christina.baumgartner8@gmx.at	Wolfgang Baumgartner	+43 660 7837507	Vater	2022-01-26 00:39:13+01
1086	33646057	5359041100	ÖGK	Herr	Mag.	Johann	Hofbauer	2000-11-04	M	Feldgasse	55	2700	Wiener Neustadt	AT	0660 5483988	johann.hofbauer@icloud.com	Julia Hofbauer	0699 5113504	Mutter	2019-03-10 15:04:38+01
1087	23303424	6702240882	ÖGK	Frau	Ing.	Elisabeth	Aigner	1982-08-24	W	Favoritenstraße	93	2700	Wiener Neustadt	AT	01 935 62 53	elisabeth_aigner82@yahoo.de	\N	\N	\N	2017-09-18 14:06:02+02
1092	13452411	6265270687	BVAEB	Herr	Dipl.-Ing.	Philipp	Horvath	1987-06-27	M	Leopoldauer Straße	7	1100	Wien	AT	+43 660 4594588	philipp.horvath@icloud.com	\N	\N	\N	2022-07-18 03:46:51+02
1093	28647284	6756021140	ÖGK	Frau	\N	Christina	Lang	1940-11-02	W	Am Anger	13/7/10	1210	Wien	AT	+43 680 7986533	\N	Jakob Lang	+43 660 8195272	Ehemann	2023-03-14 09:35:20+01
1097	26583582	3299180491	ÖGK	Frau	Dr.	Karin	Reiter	1991-04-18	W	Feldgasse	22/14	1160	Wien	AT	+43 681 2277640	\N	\N	\N	\N	2020-12-23 15:52:02+01
1100	20735264	9037270371	ÖGK	Frau	Prof.	Birgit	Schwarz	1971-03-27	W	Favoritenstraße	35/7/17	1160	Wien	AT	+43 664 5920310	\N	\N	\N	\N	2018-09-01 13:54:09+02
1103	38788610	9458081296	ÖGK	Herr	\N	Reinhard	Hofbauer	1996-12-08	M	Kirchengasse	7/2/7	1100	Wien	AT	+43 664 4283332	reinhard.hofbauer@chello.at	\N	\N	\N	2019-12-26 00:34:36+01
1106	39793528	8615070239	ÖGK	Frau	Dipl.-Ing.	Magdalena	Lehner	1939-02-07	W	Hauptstraße	45	4020	Linz	AT	+436813990925	magdalena_lehner39@gmail.com	Thomas Gruber	0660/8519204	Lebensgefährte	2022-03-24 23:31:08+01
1109	32558263	7555110870	BVAEB	Frau	Prof.	Lisa	Schwarz	1970-08-11	W	Feldgasse	13/21	1230	Wien	AT	+43 664 2538735	\N	\N	\N	\N	2024-03-15 20:10:19+01
1111	30746239	6004120998	ÖGK	Herr	\N	Herbert	Ortner	1998-09-12	M	Hauptstraße	159	1160	Wien	AT	+43 660 9659665	\N	Claudia Horvath	+43 660 7257610	Mutter	2018-01-04 10:57:52+01
1115	12236908	8578201163	BVAEB	Frau	Ing.	Hildegard	Auer	1963-11-20	W	Rosengasse	42/2/14	1190	Wien	AT	+43 676 3539080	hauer@yahoo.de	Renate Horvath	0680 9746621	Lebensgefährtin	2022-02-07 15:05:14+01
1118	17508962	9287040501	ÖGK	Frau	Ing.	Karin	Schuster	2001-05-04	W	Linzer Straße	86/5	1160	Wien	AT	0681 5560800	karin.schuster59@gmail.com	Andrea Schuster	+43 650 2659742	Schwester	2023-08-23 11:32:18+02
1120	13985940	7921250858	ÖGK	Herr	Prof.	Johann	Mayer	1958-08-25	M	Rennbahnweg	39/8/3	3002	Purkersdorf	AT	+43 699 1050669	johann_mayer58@chello.at	Manfred Mayer	0664 7237798	Sohn	2016-03-01 15:55:08+01
1123	14346061	1831050556	ÖGK	Frau	\N	Hildegard	Hofbauer	1956-05-05	W	Liesinger Platz	62	3100	St. Pölten	AT	0677 6864931	hhofbauer@gmail.com	Maximilian Hofbauer	0660/5679109	Sohn	2023-07-21 13:01:59+02
1126	13243154	1713240885	ÖGK	Herr	MMag.	Herbert	Seidl	1985-08-24	M	Linzer Straße	153	8010	Graz	AT	+43 650 7371285	herbert.seidl71@gmx.at	Birgit Schuster	+43 676 6676996	Ehefrau	2022-12-04 02:28:15+01
1129	39746800	5940011239	BVAEB	Herr	\N	Johannes	Berger	1939-12-01	M	Feldgasse	57/2/18	1210	Wien	AT	+43 680 8638452	johannes.berger@chello.at	\N	\N	\N	2021-10-18 05:31:11+02
1133	16815539	5192250882	ÖGK	Frau	\N	Eva	Seidl	1982-08-25	W	Gersthofer Straße	140	1210	Wien	AT	01 214 51 41	eva.seidl25@yahoo.de	Hildegard Seidl	0650 1181056	Tochter	2019-10-29 10:06:02+02
1137	39361272	3929020290	ÖGK	Frau	MMag.	Claudia	Berger	1990-02-02	W	Kirchengasse	52	1190	Wien	AT	0680 8050845	claudia_berger90@chello.at	Ingrid Berger	+43 681 2150956	Mutter	2018-01-10 18:26:28+01
1140	18540005	6013100278	ÖGK	Frau	\N	Anna	Wimmer	1978-02-10	W	Rennbahnweg	68	1230	Wien	AT	01 879 06 37	anna.wimmer@gmail.com	\N	\N	\N	2018-06-08 22:39:22+02
1141	33581766	2244261265	ÖGK	Frau	Dr.	Julia	Schmidt	1965-12-26	W	Lindengasse	121	2380	Perchtoldsdorf	AT	+43 677 9350848	julia.schmidt@gmail.com	Hannah Maier	0677 6620117	Schwester	2018-08-04 01:12:39+02
1146	29190250	6249190505	KFA Wien	Frau	Mag.a	Hildegard	Schuster	2005-05-19	W	Feldgasse	54/4	1030	Wien	AT	0660 5375699	hildegard_schuster5@gmx.at	\N	\N	\N	2019-05-09 00:57:57+02
1149	14059443	3572010996	BVAEB	Herr	\N	Franz	Wimmer	1996-09-01	M	Bahnhofstraße	11/10	2100	Korneuburg	AT	+436503787660	franz_wimmer96@gmail.com	\N	\N	\N	2018-02-28 11:55:02+01
1152	36705719	2421240773	ÖGK	Frau	Prof.	Theresa	Haas	1973-07-24	W	Rennbahnweg	1/4	2700	Wiener Neustadt	AT	0681 2722515	theresa_haas73@gmx.at	Johannes Hofbauer	0660 7842742	Vater	2022-08-07 02:21:37+02
1153	33338031	2045110771	ÖGK	Frau	\N	Julia	Bauer	1971-07-11	W	Hauptstraße	5/7/22	1230	Wien	AT	+43 699 3564589	julia_bauer71@chello.at	\N	\N	\N	2022-01-25 17:06:54+01
1157	28879502	4322190570	BVAEB	Herr	\N	Dominik	Wallner	1970-05-19	M	Hietzinger Hauptstraße	123	3100	St. Pölten	AT	+43 680 4728864	dominik.wallner79@gmail.com	\N	\N	\N	2018-11-09 02:39:34+01
1161	24250174	4680241198	BVAEB	Frau	BSc	Lena	Maier	1998-11-24	W	Hauptstraße	98	2380	Perchtoldsdorf	AT	+43 660 6736507	\N	Andrea Maier	+436811088991	Mutter	2023-02-03 09:51:59+01
1163	19871463	1254270275	ÖGK	Herr	Mag.a	Johannes	Jovanović	1975-02-27	M	Hietzinger Hauptstraße	41	2100	Korneuburg	AT	0650 3430347	\N	Birgit Fuchs	0677 4978723	Lebensgefährtin	2023-11-05 09:56:56+01
1166	12491852	1739061252	ÖGK	Frau	DI	Johanna	Schuster	1952-12-06	W	Hietzinger Hauptstraße	11/28	1190	Wien	AT	0677 5998800	jschuster@chello.at	Philipp Schuster	0660 1711836	Bruder	2017-10-28 09:16:40+02
1170	39384979	8602151101	ÖGK	Frau	DI	Lisa	Moser	2001-11-15	W	Am Anger	63	4020	Linz	AT	0664 3898065	\N	Eva Moser	+436801664514	Ehefrau	2018-09-05 04:11:41+02
1172	30013880	7731030360	ÖGK	Herr	BSc	Tobias	Holzer	1960-03-03	M	Favoritenstraße	21	1020	Wien	AT	+436647471204	tobias.holzer39@yahoo.de	Birgit Fuchs	0677 4693107	Mutter	2018-08-25 05:44:31+02
1174	22058462	1441250464	ÖGK	Herr	\N	Johann	Weber	1964-04-25	M	Linzer Straße	27/23	3002	Purkersdorf	AT	0650 9655875	johann_weber64@icloud.com	Johann Auer	0660 9695743	Ehemann	2018-04-11 21:25:46+02
1179	24293564	2949100963	KFA Wien	Herr	\N	Wolfgang	Yılmaz	1963-09-10	M	Ottakringer Straße	7/6/10	1100	Wien	AT	0676 1604973	wolfgang.yilmaz@gmx.at	Elisabeth Yılmaz	0681 6465979	Lebensgefährtin	2016-06-29 00:33:40+02
1180	39280679	1201010568	ÖGK	Herr	\N	Johannes	Winkler	1968-05-01	M	Kirchengasse	6/6	8010	Graz	AT	0676/8033774	jwinkler@gmail.com	Herbert Schmid	0660 8641356	Vater	2018-12-16 18:58:38+01
1183	34386625	4210250970	ÖGK	Frau	\N	Christina	Wagner	1970-09-25	W	Liesinger Platz	8/7	2020	Hollabrunn	AT	+43 664 2289971	cwagner@gmx.at	\N	\N	\N	2019-06-17 15:27:49+02
1186	33674505	5204170506	ÖGK	Frau	\N	Theresa	Fuchs	2006-05-17	W	Grinzinger Allee	131	3100	St. Pölten	AT	0681 5416452	tfuchs@gmx.at	Andrea Fuchs	+43 676 6809239	Tochter	2018-08-22 06:10:05+02
1191	36794902	1317130887	ÖGK	Herr	\N	Georg	Haas	1987-08-13	M	Linzer Straße	42/4	2500	Baden	AT	01 568 78 92	georg.haas12@gmail.com	\N	\N	\N	2023-05-26 00:58:44+02
1192	11847017	5445030977	ÖGK	Herr	\N	Josef	Huber	1977-09-03	M	Hietzinger Hauptstraße	84/17	1140	Wien	AT	0664/3062185	\N	\N	\N	\N	2016-02-12 23:11:30+01
1196	29722423	3009150367	SVS	Frau	Ing.	Gertrude	Lang	1967-03-15	W	Am Anger	24/1/19	2380	Perchtoldsdorf	AT	+43 677 7010984	glang@gmail.com	\N	\N	\N	2021-03-08 11:57:13+01
1198	24236416	1738220872	ÖGK	Frau	\N	Katharina	Fischer	1972-08-22	W	Ottakringer Straße	171	8010	Graz	AT	0660 5313171	\N	\N	\N	\N	2019-06-03 14:46:47+02
1201	29034755	\N	privat	Herr	\N	Leopold	Fischer	1971-06-05	M	Wagramer Straße	48/20	8010	Graz	AT	0699 9084342	\N	Christina Gruber	+43 681 9415428	Lebensgefährtin	2023-10-03 14:53:00+02
1205	34417825	9397130882	ÖGK	Frau	Dipl.-Ing.	Anna	Gruber	1982-08-13	W	Grinzinger Allee	128	1030	Wien	AT	0660/1075339	\N	Barbara Gruber	+43 680 1497388	Schwester	2018-10-29 00:26:57+02
1209	16388647	8620220203	ÖGK	Frau	MMag.	Herta	Brunner	2003-02-22	W	Linzer Straße	54/3/14	3002	Purkersdorf	AT	0660/3609788	\N	Gertrude Yılmaz	+43 650 3660366	Lebensgefährtin	2016-12-05 14:03:14+01
1212	32402588	1161240798	SVS	Herr	\N	Gerhard	Reiter	1998-07-24	M	Am Anger	115	3002	Purkersdorf	AT	0650 2405962	\N	Georg Reiter	0680 5372189	Vater	2023-05-13 16:19:09+02
1214	23768085	5756230263	ÖGK	Frau	\N	Sabine	Bauer	1963-02-23	W	Ottakringer Straße	5	1030	Wien	AT	0680 1761921	sbauer@icloud.com	Michael Bauer	0680 5970904	Vater	2017-03-14 04:07:47+01
1217	10546463	3036100365	ÖGK	Herr	\N	Manfred	Schwarz	1965-03-10	M	Linzer Straße	7/4/13	1190	Wien	AT	0664 1259828	manfred.schwarz@hotmail.com	\N	\N	\N	2023-12-10 06:41:30+01
1219	32141574	4506170793	ÖGK	Frau	\N	Claudia	Schmidt	1993-07-17	W	Grinzinger Allee	13/9/4	2020	Hollabrunn	AT	+43 699 3580033	claudia.schmidt94@gmx.at	Elisabeth Schmidt	0650 4811039	Mutter	2020-07-07 16:57:08+02
1222	15876946	9280020268	SVS	Herr	Dipl.-Ing.	Herbert	Novotny	1968-02-02	M	Linzer Straße	101	2500	Baden	AT	+436643674478	\N	Michael Novotny	+43 660 4895246	Bruder	2023-03-01 18:35:22+01
1225	35392839	1260260700	ÖGK	Frau	\N	Karin	Strasser	2000-07-26	W	Brünner Straße	29	2380	Perchtoldsdorf	AT	+436609460584	\N	\N	\N	\N	2016-11-13 10:43:35+01
1229	39920007	4016091144	ÖGK	Herr	Dipl.-Ing.	Josef	Hofbauer	1944-11-09	M	Rennbahnweg	13/20	2500	Baden	AT	0660 9257440	josef.hofbauer77@gmail.com	\N	\N	\N	2022-06-17 09:59:29+02
1232	20654805	4646250760	ÖGK	Frau	\N	Johanna	Baumgartner	1960-07-25	W	Mühlgasse	26	2500	Baden	AT	+43 676 6378472	\N	\N	\N	\N	2019-05-23 20:14:10+02
1235	19609371	4654090138	ÖGK	Frau	Prof.	Gertrude	Schmid	1938-01-09	W	Kirchengasse	27	1210	Wien	AT	0681/7260810	\N	Philipp Hofbauer	+436647879336	Ehemann	2018-07-20 10:06:00+02
1239	33706494	9187090640	ÖGK	Frau	\N	Sabine	Haas	1940-06-09	W	Schulgasse	88/7	1020	Wien	AT	0681 1299767	\N	\N	\N	\N	2021-08-26 15:35:05+02
1242	28399491	3211040874	ÖGK	Frau	Mag.	Andrea	Aigner	1974-08-04	W	Rennbahnweg	15/8/19	1210	Wien	AT	0699/7630716	andrea_aigner74@gmx.at	Manfred Aigner	0677 1824050	Vater	2018-09-16 07:27:02+02
1245	11951657	5132050280	ÖGK	Herr	\N	Maximilian	Schmidt	1980-02-05	M	Gersthofer Straße	20/6/23	1030	Wien	AT	0680 8194990	\N	\N	\N	\N	2018-12-24 13:06:09+01
1246	27095919	8762170651	SVS	Herr	Ing.	Reinhard	Weber	1951-06-17	M	Leopoldauer Straße	3/13	3400	Klosterneuburg	AT	0660 3252438	reinhard.weber@gmail.com	\N	\N	\N	2023-07-13 20:48:49+02
1249	32119845	5852100960	SVS	Herr	\N	Josef	Mayr	1960-09-10	M	Favoritenstraße	153	2020	Hollabrunn	AT	0681 3781449	josef.mayr13@yahoo.de	\N	\N	\N	2017-03-11 09:00:16+01
1254	31241686	4382160859	BVAEB	Frau	Dipl.-Ing.	Brigitte	Kogler	1959-08-16	W	Leopoldauer Straße	23	2500	Baden	AT	0664 1373662	brigitte.kogler@gmail.com	Hildegard Kogler	0680/5941020	Ehefrau	2018-10-20 07:10:57+02
1257	23985246	6018110897	ÖGK	Herr	\N	Dominik	Hofbauer	1997-08-11	M	Schulgasse	21/6/25	2380	Perchtoldsdorf	AT	0660 3756655	\N	Karl Hofbauer	+43 699 2224661	Ehemann	2017-02-01 01:17:00+01
1260	19960098	1747151063	ÖGK	Herr	\N	Tobias	Hofbauer	1963-10-15	M	Hauptstraße	44/15	2020	Hollabrunn	AT	0650 4094888	\N	Hildegard Hofbauer	0699 9109663	Mutter	2018-02-02 18:29:02+01
1263	18283835	9878201100	ÖGK	Frau	\N	Claudia	Schmid	2000-11-20	W	Schulgasse	77/25	8010	Graz	AT	+43 664 9516549	cschmid@icloud.com	Hildegard Schmid	+43 680 9547473	Ehefrau	2022-06-26 21:22:00+02
1265	13258593	\N	privat	Herr	Prof.	Philipp	Leitner	1986-04-04	M	Lindengasse	49/6/9	1140	Wien	AT	01 492 93 13	\N	Lisa Ebner	0681 4657275	Ehefrau	2022-10-13 17:25:56+02
1269	34923677	7489030206	ÖGK	Herr	Mag.a	Thomas	Strasser	2006-02-03	M	Brünner Straße	87/9	1190	Wien	AT	+43 676 6478888	thomas_strasser6@gmx.at	\N	\N	\N	2021-06-30 23:01:08+02
1270	22371201	9163080552	ÖGK	Herr	MMag.	Helmut	Kogler	1952-05-08	M	Favoritenstraße	87/9	2020	Hollabrunn	AT	+43 677 4196506	helmut_kogler52@icloud.com	\N	\N	\N	2016-04-12 17:36:29+02
1274	22396403	5599020886	ÖGK	Herr	Dipl.-Ing.	Philipp	Huber	1986-08-02	M	Schulgasse	55	1100	Wien	AT	+43 677 6501479	\N	Gertrude Huber	0676 2031456	Ehefrau	2023-01-03 18:06:56+01
1277	37814887	3459090453	ÖGK	Frau	\N	Ingrid	Leitner	1953-04-09	W	Grinzinger Allee	96	1220	Wien	AT	01 400 93 69	ingrid_leitner53@chello.at	Andreas Baumgartner	+43 699 4852819	Lebensgefährte	2020-08-31 15:09:08+02
1279	11827695	9666070903	SVS	Frau	\N	Lena	Leitner	2003-09-07	W	Ottakringer Straße	154	1030	Wien	AT	+43 681 1955930	\N	Lisa Leitner	0676 4167729	Ehefrau	2018-01-25 04:11:24+01
1282	29097714	7277010553	ÖGK	Frau	\N	Brigitte	Kogler	1953-05-01	W	Mühlgasse	21	1030	Wien	AT	+43 681 8821845	brigitte.kogler@gmail.com	Johann Kogler	0664 6998827	Lebensgefährte	2022-10-11 11:10:04+02
1287	19529032	7630050688	KFA Wien	Frau	MMag.	Katharina	Schneider	1988-06-05	W	Grinzinger Allee	71/24	1100	Wien	AT	+436778795448	katharina.schneider64@chello.at	\N	\N	\N	2019-03-20 16:09:52+01
1288	17237675	5641160883	ÖGK	Herr	Ing.	Lukas	Lehner	1983-08-16	M	Ottakringer Straße	50/3/11	1190	Wien	AT	+43 650 8949889	lukas.lehner54@gmx.at	\N	\N	\N	2020-07-09 20:10:31+02
1291	36327170	7877160299	ÖGK	Frau	DI	Gertrude	Binder	1999-02-16	W	Grinzinger Allee	93	2100	Korneuburg	AT	0699 4850615	gbinder@gmx.at	Maria Hofer	+436767051856	Tochter	2019-05-16 23:01:29+02
1294	24112033	8266140541	ÖGK	Herr	\N	Franz	Steiner	1941-05-14	M	Hietzinger Hauptstraße	34	1190	Wien	AT	0681 3953645	franz.steiner2@a1.net	Alexander Steiner	0680 6276085	Vater	2022-12-11 05:46:43+01
1298	37588525	6543241051	ÖGK	Frau	\N	Anna	Hofbauer	1951-10-24	W	Brünner Straße	41/9/13	4020	Linz	AT	0680 7298303	anna.hofbauer@gmx.at	\N	\N	\N	2021-10-29 00:12:33+02
1300	20265189	2637190701	ÖGK	Herr	\N	Johannes	Moser	2001-07-19	M	Feldgasse	33/3	8010	Graz	AT	+436609276034	johannes.moser65@gmx.at	\N	\N	\N	2019-01-11 20:51:23+01
1303	18223202	2311180677	BVAEB	Herr	Ing.	Maximilian	Größbacher	1977-06-18	M	Wiener Straße	13/18	3400	Klosterneuburg	AT	0677 3838660	maximilian_groessbacher77@hotmail.com	Brigitte Größbacher	0676 4610802	Tochter	2017-07-08 21:26:05+02
1307	33085661	2920201082	BVAEB	Frau	\N	Lena	Holzer	1982-10-20	W	Lindengasse	102	3400	Klosterneuburg	AT	0660 3273313	lena_holzer82@a1.net	\N	\N	\N	2021-02-12 07:49:33+01
1310	24923645	5917081087	ÖGK	Herr	Dipl.-Ing.	Philipp	Horvath	1987-10-08	M	Wagramer Straße	32/1	2700	Wiener Neustadt	AT	+43 676 4066248	phorvath@aon.at	Monika Maier	0677 2148827	Schwester	2017-03-30 17:18:45+01
1312	24755462	4696150258	BVAEB	Frau	\N	Sophie	Brunner	1958-02-15	W	Wiener Straße	75	1220	Wien	AT	+43 664 2343599	sophie.brunner@chello.at	Markus Brunner	+43 699 1406141	Sohn	2016-12-17 22:16:30+01
1317	13926572	7486160988	ÖGK	Frau	\N	Herta	Schwarz	1988-09-16	W	Brünner Straße	148	8010	Graz	AT	0664 3707120	herta_schwarz88@gmx.at	\N	\N	\N	2023-11-19 20:01:10+01
1318	13373989	2591210964	ÖGK	Herr	Dipl.-Ing.	Josef	Reiter	1964-09-21	M	Wiener Straße	77/7	1100	Wien	AT	01 202 37 97	josef.reiter37@aon.at	Barbara Reiter	0677/9989877	Tochter	2017-01-24 10:40:34+01
1321	31754757	9439211067	ÖGK	Herr	DI	Michael	Brunner	1967-10-21	M	Kirchengasse	12/2/20	1210	Wien	AT	0664 2598229	michael.brunner@a1.net	\N	\N	\N	2022-11-02 03:29:41+01
1325	33819525	\N	privat	Herr	\N	Michael	Eder	1976-01-15	M	Feldgasse	52/16	1220	Wien	AT	0699 3745433	meder@gmail.com	Franz Eder	0676 5162980	Vater	2017-05-27 19:58:37+02
1327	36376128	5750270942	ÖGK	Herr	MMag.	Markus	Wolf	1942-09-27	M	Mühlgasse	44	1100	Wien	AT	+43 681 7388474	markus.wolf84@chello.at	\N	\N	\N	2024-01-17 19:27:19+01
1332	10215569	3472051272	ÖGK	Herr	\N	Tobias	Müller	1972-12-05	M	Brünner Straße	18	2500	Baden	AT	0681/4015002	tobias_mueller72@aon.at	\N	\N	\N	2020-10-09 13:10:29+02
1333	35547024	3969210574	ÖGK	Herr	Ing.	Elias	Binder	1974-05-21	M	Bahnhofstraße	57/7/8	1140	Wien	AT	0660 9494929	ebinder@chello.at	\N	\N	\N	2021-11-07 15:04:48+01
1336	10088942	5867250590	BVAEB	Herr	Ing.	Helmut	Winkler	1990-05-25	M	Rennbahnweg	137	2100	Korneuburg	AT	0677 2082368	helmut.winkler@a1.net	\N	\N	\N	2016-09-02 12:13:24+02
1341	25820240	2838261078	ÖGK	Herr	MMag.	Gerhard	Baumgartner	1978-10-26	M	Am Anger	4/8/3	1100	Wien	AT	+43 681 3361472	gerhard.baumgartner@icloud.com	Reinhard Yılmaz	+43 681 4175298	Ehemann	2020-01-28 16:06:35+01
1342	39795343	6984011251	ÖGK	Herr	\N	Bernhard	Winkler	1951-12-01	M	Wiener Straße	39/8/3	1100	Wien	AT	+43 681 4075391	bernhard.winkler68@chello.at	\N	\N	\N	2019-09-22 20:08:47+02
1346	12837255	4786101054	ÖGK	Herr	DI	Florian	Berger	1954-10-10	M	Leopoldauer Straße	50	1140	Wien	AT	0660 9428627	\N	\N	\N	\N	2021-04-08 14:42:55+02
1350	21299143	1957280752	BVAEB	Herr	\N	Lukas	Strasser	1952-07-28	M	Feldgasse	13	1100	Wien	AT	0680 9940128	lukas_strasser52@gmx.at	\N	\N	\N	2022-07-05 19:41:27+02
1351	21870895	8681160101	ÖGK	Herr	\N	Helmut	Kovač	2001-01-16	M	Bahnhofstraße	4/25	1220	Wien	AT	0660 7427233	helmut.kovac@yahoo.de	Lukas Kovač	+43 664 2316560	Lebensgefährte	2019-09-27 03:01:21+02
1354	13041563	3658150981	ÖGK	Frau	BSc	Gertrude	Lechner	1981-09-15	W	Lindengasse	17	1030	Wien	AT	+43 680 9043435	glechner@a1.net	\N	\N	\N	2018-10-01 00:21:58+02
1358	13838658	6762210861	ÖGK	Frau	Dr.	Karin	Strasser	1961-08-21	W	Brünner Straße	23/9/3	1030	Wien	AT	0680/8884338	karin.strasser63@icloud.com	\N	\N	\N	2017-05-14 09:39:31+02
1360	20416199	2418030177	ÖGK	Frau	BSc	Christina	Eder	1977-01-03	W	Linzer Straße	45/20	2340	Mödling	AT	0676 6939933	christina.eder20@gmx.at	Andreas Eder	+43 676 4809178	Vater	2018-02-10 08:31:16+01
1365	26298413	7401260374	ÖGK	Frau	\N	Lisa	Auer	1974-03-26	W	Am Anger	35/26	2020	Hollabrunn	AT	0664 5874999	lisa.auer83@icloud.com	Philipp Auer	0664/8418467	Bruder	2018-10-03 00:24:25+02
1367	12429293	6315201293	ÖGK	Frau	DI	Sabine	Schwarz	1993-12-20	W	Am Anger	43/7/7	1190	Wien	AT	0681 1733617	sabine.schwarz72@hotmail.com	Karin Wolf	0676 5414226	Mutter	2022-01-19 03:57:23+01
1371	20696269	1433251280	ÖGK	Frau	\N	Christina	Fuchs	1980-12-25	W	Liesinger Platz	53/9	1160	Wien	AT	0664/8696395	\N	Birgit Fuchs	0664 1356731	Schwester	2016-08-13 14:15:34+02
1374	31569022	1616111061	SVS	Frau	\N	Petra	Schmidt	1961-10-11	W	Rennbahnweg	20/7	2100	Korneuburg	AT	0677/7193322	petra_schmidt61@gmail.com	\N	\N	\N	2019-07-30 09:36:14+02
1375	22574731	4123190578	ÖGK	Herr	\N	Herbert	Moser	1978-05-19	M	Hietzinger Hauptstraße	13/7/5	3400	Klosterneuburg	AT	0677 4043646	herbert.moser39@icloud.com	\N	\N	\N	2023-08-19 07:29:08+02
1378	28279311	9181281286	BVAEB	Herr	\N	Leopold	Jovanović	1986-12-28	M	Linzer Straße	107	1030	Wien	AT	+436603498972	leopold.jovanovic12@chello.at	\N	\N	\N	2020-05-10 00:39:27+02
1383	21934960	9573070250	ÖGK	Herr	\N	Herbert	Koller	1950-02-07	M	Gersthofer Straße	10/3/22	2700	Wiener Neustadt	AT	0660 8428684	herbert_koller50@hotmail.com	\N	\N	\N	2022-10-21 05:15:41+02
1386	21362824	5668170838	ÖGK	Herr	\N	Jakob	Weber	1938-08-17	M	Rosengasse	61/30	1140	Wien	AT	0676 3587495	\N	\N	\N	\N	2023-02-04 17:59:56+01
1388	33311410	8307070253	ÖGK	Frau	\N	Herta	Wimmer	1953-02-07	W	Kirchengasse	65	2340	Mödling	AT	0680/1033278	herta.wimmer@yahoo.de	\N	\N	\N	2021-08-16 05:41:19+02
1391	38732915	9964190663	ÖGK	Herr	\N	Andreas	Brunner	1963-06-19	M	Grinzinger Allee	90/15	2100	Korneuburg	AT	0660/5843683	\N	Herta Brunner	0699/7047828	Mutter	2017-01-05 00:45:19+01
1395	10658277	3308170763	ÖGK	Herr	\N	Jakob	Seidl	1963-07-17	M	Feldgasse	56/19	1140	Wien	AT	+436803997637	jakob.seidl@gmx.at	\N	\N	\N	2023-09-04 07:44:11+02
1397	23006869	9925240998	ÖGK	Herr	\N	Jakob	Hofbauer	1998-09-24	M	Grinzinger Allee	24/6	2340	Mödling	AT	01 355 24 74	jakob_hofbauer98@gmx.at	\N	\N	\N	2023-04-14 18:27:38+02
1399	14395558	7982120782	ÖGK	Frau	DI	Lena	Pölzl	1982-07-12	W	Am Anger	81	1030	Wien	AT	+43 680 8128172	\N	Eva Pölzl	0681 8329854	Schwester	2023-12-11 22:43:01+01
1403	15277166	1158090282	BVAEB	Frau	\N	Birgit	Bauer	1982-02-09	W	Leopoldauer Straße	10/9/21	1220	Wien	AT	0664 8745725	birgit.bauer@a1.net	Julia Bauer	0650/5529614	Ehefrau	2018-02-18 02:41:43+01
1405	25142215	4720071067	ÖGK	Herr	MMag.	Reinhard	Brunner	1967-10-07	M	Rennbahnweg	51/14	1100	Wien	AT	+43 677 2214150	rbrunner@gmx.at	Elisabeth Lechner	0664/6698954	Lebensgefährtin	2017-05-16 10:32:44+02
1408	20033601	9337250743	ÖGK	Frau	\N	Hannah	Berger	1943-07-25	W	Brünner Straße	43/25	1100	Wien	AT	0664 1457052	hannah_berger43@gmx.at	\N	\N	\N	2018-04-29 02:24:17+02
1411	18968655	4749100482	ÖGK	Herr	Ing.	Johannes	Schmidt	1982-04-10	M	Bahnhofstraße	59	2380	Perchtoldsdorf	AT	+43 680 5892384	johannes.schmidt39@icloud.com	Herbert Schmidt	0681 9171179	Ehemann	2017-05-19 08:34:26+02
1416	20173344	9881050403	ÖGK	Frau	Dipl.-Ing.	Renate	Müller	2003-04-05	W	Feldgasse	41/10	1140	Wien	AT	+436503640680	rmueller@aon.at	\N	\N	\N	2021-05-05 08:31:32+02
1417	27410690	1952151206	KFA Wien	Herr	Dr.	Gerhard	Berger	2006-12-15	M	Brünner Straße	23/5/2	1210	Wien	AT	+43 650 6825275	gberger@hotmail.com	\N	\N	\N	2016-08-19 01:15:16+02
1420	11892469	3958231054	ÖGK	Frau	\N	Julia	Aigner	1954-10-23	W	Linzer Straße	134	1210	Wien	AT	0699 8564040	jaigner@gmail.com	Michael Aigner	0664/3336020	Sohn	2023-03-02 17:17:37+01
1423	12245516	\N	privat	Herr	\N	Maximilian	Lang	1966-03-09	M	Am Anger	19/14	3002	Purkersdorf	AT	0699 2934148	mlang@yahoo.de	\N	\N	\N	2023-12-11 14:07:45+01
1428	39049909	7422200258	ÖGK	Herr	\N	Wolfgang	Mayr	1958-02-20	M	Am Anger	33/4/22	3400	Klosterneuburg	AT	+43 650 3873926	wmayr@hotmail.com	\N	\N	\N	2018-08-24 02:52:29+02
1429	31668090	4350180644	ÖGK	Frau	MMag.	Gertrude	Lehner	1944-06-18	W	Mühlgasse	107	2500	Baden	AT	0650 4220949	gertrude.lehner@a1.net	\N	\N	\N	2021-11-25 17:19:55+01
1432	33812493	\N	privat	Frau	\N	Ingrid	Schneider	1986-10-09	W	Hauptstraße	59/13	1100	Wien	AT	+436605850707	ingrid_schneider86@chello.at	Gerhard Reiter	+436806895062	Ehemann	2016-09-29 10:09:56+02
1435	23613147	2004041239	SVS	Herr	\N	Alexander	Baumgartner	1939-12-04	M	Leopoldauer Straße	161	2100	Korneuburg	AT	01 692 31 02	alexander.baumgartner49@gmx.at	\N	\N	\N	2017-07-18 08:48:25+02
1440	26537253	2683100885	BVAEB	Frau	\N	Hildegard	Mayer	1985-08-10	W	Mühlgasse	5/7/12	3100	St. Pölten	AT	0677 1053449	hildegard.mayer@gmail.com	Claudia Mayer	0699/6859304	Tochter	2019-01-10 09:14:38+01
1441	17968756	7449150158	ÖGK	Frau	Prof.	Lisa	Schwarz	1958-01-15	W	Rosengasse	32/27	2020	Hollabrunn	AT	0650 3610194	lisa.schwarz51@gmx.at	\N	\N	\N	2023-03-07 02:41:57+01
\.


--
-- Data for Name: termine; Type: TABLE DATA; Schema: public; Owner: portal
--

COPY public.termine (id, terminnummer, patient_id, arzt_id, station_id, beginn, ende, terminart, status, gebucht_ueber, gebucht_am, bemerkung) FROM stdin;
50000	2023409328	1109	13	3	2023-01-09 09:30:00+01	2023-01-09 09:50:00+01	Labor	ERSCHIENEN	TELEFON	2023-01-03 08:29:00+01	Rollstuhl benötigt
50001	2023117742	1123	5	5	2023-01-09 11:15:00+01	2023-01-09 11:45:00+01	Labor	ERSCHIENEN	VOR_ORT	2022-11-15 02:56:00+01	Patientin bittet um Rückruf unter 0677 6864931
50002	2023768006	1146	9	9	2023-01-10 07:30:00+01	2023-01-10 08:15:00+01	Sonographie	ERSCHIENEN	ZUWEISUNG	2022-12-25 05:13:00+01	e-card vergessen – nachreichen
50003	2023176260	1405	7	7	2023-01-10 08:00:00+01	2023-01-10 08:45:00+01	OP-Vorgespräch	ERSCHIENEN	ZUWEISUNG	2022-11-16 02:23:00+01	e-card vergessen – nachreichen
50004	2023637880	1432	16	6	2023-01-10 11:15:00+01	2023-01-10 11:35:00+01	Sonographie	ABGESAGT	TELEFON	2022-11-24 05:50:00+01	\N
50005	2023907352	1303	17	7	2023-01-10 16:15:00+01	2023-01-10 16:45:00+01	OP-Vorgespräch	ERSCHIENEN	PORTAL	2023-01-07 05:18:00+01	\N
50006	2023601877	1277	13	3	2023-01-12 11:00:00+01	2023-01-12 11:30:00+01	OP-Vorgespräch	ABGESAGT	TELEFON	2022-11-29 00:03:00+01	\N
50007	2023291369	1279	17	7	2023-01-12 11:30:00+01	2023-01-12 12:15:00+01	Tagesklinik	ABGESAGT	VOR_ORT	2022-11-15 07:27:00+01	Termin verschoben auf Wunsch
50008	2023401925	1294	15	5	2023-01-12 16:45:00+01	2023-01-12 17:15:00+01	Erstuntersuchung	ABGESAGT	TELEFON	2022-12-21 12:19:00+01	\N
50009	2023441788	1375	23	3	2023-01-13 14:15:00+01	2023-01-13 14:35:00+01	Erstuntersuchung	ERSCHIENEN	PORTAL	2022-12-05 06:32:00+01	\N
50010	2023686336	1000	3	3	2023-01-14 11:15:00+01	2023-01-14 12:15:00+01	OP-Vorgespräch	ERSCHIENEN	TELEFON	2022-12-17 09:09:00+01	Dolmetsch (BKS) erforderlich
50011	2023806235	1242	17	7	2023-01-15 09:30:00+01	2023-01-15 10:15:00+01	Ambulanzbesuch	NICHT_ERSCHIENEN	VOR_ORT	2023-01-09 08:22:00+01	\N
50012	2023000114	1327	3	3	2023-01-15 12:15:00+01	2023-01-15 12:45:00+01	Erstuntersuchung	NICHT_ERSCHIENEN	TELEFON	2022-11-29 11:09:00+01	Dolmetsch (BKS) erforderlich
50013	2023807158	1371	23	3	2023-01-16 15:00:00+01	2023-01-16 15:30:00+01	Tagesklinik	ERSCHIENEN	VOR_ORT	2023-01-14 14:40:00+01	\N
50014	2023980087	1111	2	2	2023-01-17 11:45:00+01	2023-01-17 12:30:00+01	Sonographie	ERSCHIENEN	PORTAL	2022-12-10 08:30:00+01	e-card vergessen – nachreichen
50015	2023319603	1083	10	10	2023-01-17 14:45:00+01	2023-01-17 15:15:00+01	Erstuntersuchung	ERSCHIENEN	TELEFON	2023-01-13 13:11:00+01	Patientin bittet um Rückruf unter 01 568 48 42
50016	2023799629	1174	5	5	2023-01-18 14:15:00+01	2023-01-18 15:15:00+01	Tagesklinik	ERSCHIENEN	VOR_ORT	2023-01-04 08:19:00+01	Kontrastmittelallergie beachten
50017	2023113028	1279	15	5	2023-01-18 16:30:00+01	2023-01-18 17:15:00+01	Nachkontrolle	ERSCHIENEN	TELEFON	2022-12-30 15:02:00+01	\N
50018	2023004198	1416	14	4	2023-01-21 15:15:00+01	2023-01-21 16:00:00+01	Sonographie	ERSCHIENEN	VOR_ORT	2023-01-20 09:45:00+01	\N
50019	2023331606	1201	7	7	2023-01-23 11:15:00+01	2023-01-23 12:15:00+01	Nachkontrolle	ERSCHIENEN	ZUWEISUNG	2023-01-11 04:49:00+01	\N
50020	2023046871	1310	3	3	2023-01-23 14:15:00+01	2023-01-23 14:45:00+01	Sonographie	ERSCHIENEN	TELEFON	2022-12-18 11:12:00+01	\N
50021	2023845708	1183	4	4	2023-01-26 11:15:00+01	2023-01-26 11:35:00+01	OP-Vorgespräch	ERSCHIENEN	PORTAL	2023-01-12 09:48:00+01	Dolmetsch (BKS) erforderlich
50022	2023622260	1325	6	6	2023-01-27 10:45:00+01	2023-01-27 11:05:00+01	Nachkontrolle	ERSCHIENEN	VOR_ORT	2022-11-29 22:12:00+01	\N
50023	2023200754	1298	20	10	2023-01-27 14:45:00+01	2023-01-27 15:00:00+01	OP-Vorgespräch	ERSCHIENEN	ZUWEISUNG	2022-12-28 14:36:00+01	\N
50024	2023835032	1388	20	10	2023-01-28 12:45:00+01	2023-01-28 13:00:00+01	Erstuntersuchung	ERSCHIENEN	ZUWEISUNG	2023-01-23 12:39:00+01	\N
50025	2023640583	1044	23	3	2023-01-30 13:45:00+01	2023-01-30 14:00:00+01	Tagesklinik	ERSCHIENEN	VOR_ORT	2022-12-07 02:09:00+01	Patient bittet um Rückruf unter 0676 3066507
50026	2023543806	1100	26	6	2023-01-31 10:30:00+01	2023-01-31 10:50:00+01	Befundbesprechung	ERSCHIENEN	TELEFON	2023-01-19 23:22:00+01	e-card vergessen – nachreichen
50027	2023746391	1141	16	6	2023-02-02 12:15:00+01	2023-02-02 12:45:00+01	Nachkontrolle	ERSCHIENEN	TELEFON	2022-12-16 04:37:00+01	Vorbefunde mitbringen
50028	2023769431	1341	18	8	2023-02-03 11:00:00+01	2023-02-03 11:20:00+01	Sonographie	ERSCHIENEN	TELEFON	2023-01-04 06:39:00+01	e-card vergessen – nachreichen
50029	2023499607	1270	7	7	2023-02-04 11:45:00+01	2023-02-04 12:30:00+01	Labor	ABGESAGT	TELEFON	2023-01-03 07:31:00+01	Bitte nüchtern erscheinen
50030	2023793569	1269	1	1	2023-02-04 14:45:00+01	2023-02-04 15:30:00+01	Sonographie	ERSCHIENEN	PORTAL	2023-01-04 14:12:00+01	Dolmetsch (BKS) erforderlich
50031	2023653976	1423	24	4	2023-02-04 14:45:00+01	2023-02-04 15:15:00+01	Sonographie	ABGESAGT	ZUWEISUNG	2022-12-19 13:19:00+01	Patient bittet um Rückruf unter 0699 2934148
50032	2023704983	1093	10	10	2023-02-05 09:00:00+01	2023-02-05 09:15:00+01	Nachkontrolle	ERSCHIENEN	VOR_ORT	2022-12-17 21:29:00+01	\N
50033	2023092389	1245	16	6	2023-02-05 09:00:00+01	2023-02-05 10:00:00+01	Sonographie	ERSCHIENEN	TELEFON	2023-01-13 00:18:00+01	Vorbefunde mitbringen
50034	2023826008	1073	25	5	2023-02-05 12:45:00+01	2023-02-05 13:00:00+01	Tagesklinik	ABGESAGT	TELEFON	2023-01-21 10:56:00+01	Überweisung liegt vor
50035	2023637657	1235	11	1	2023-02-05 15:30:00+01	2023-02-05 15:50:00+01	OP-Vorgespräch	ABGESAGT	ZUWEISUNG	2022-12-24 08:54:00+01	\N
50036	2023536271	1013	14	4	2023-02-06 08:45:00+01	2023-02-06 09:00:00+01	Labor	ERSCHIENEN	VOR_ORT	2022-12-26 03:51:00+01	\N
50037	2023205646	1100	9	9	2023-02-08 07:45:00+01	2023-02-08 08:45:00+01	Tagesklinik	ERSCHIENEN	ZUWEISUNG	2023-01-25 06:12:00+01	\N
50038	2023425070	1055	1	1	2023-02-08 12:30:00+01	2023-02-08 12:50:00+01	Erstuntersuchung	ERSCHIENEN	TELEFON	2023-02-01 02:34:00+01	Überweisung liegt vor
50039	2023960924	1423	23	3	2023-02-09 08:30:00+01	2023-02-09 09:00:00+01	Labor	ABGESAGT	PORTAL	2023-01-27 02:08:00+01	\N
50040	2023231115	1336	26	6	2023-02-10 15:30:00+01	2023-02-10 16:00:00+01	Ambulanzbesuch	ABGESAGT	ZUWEISUNG	2023-02-03 04:22:00+01	\N
50041	2023516768	1416	2	2	2023-02-11 07:00:00+01	2023-02-11 07:45:00+01	Erstuntersuchung	ERSCHIENEN	VOR_ORT	2023-01-08 19:34:00+01	Rollstuhl benötigt
50042	2023641615	1351	3	3	2023-02-11 09:15:00+01	2023-02-11 09:45:00+01	Ambulanzbesuch	ERSCHIENEN	ZUWEISUNG	2023-01-31 09:15:00+01	Vorbefunde mitbringen
50043	2023621813	1429	21	1	2023-02-12 08:00:00+01	2023-02-12 08:20:00+01	Ambulanzbesuch	ERSCHIENEN	VOR_ORT	2022-12-21 20:20:00+01	\N
50044	2023661862	1083	7	7	2023-02-14 07:15:00+01	2023-02-14 08:00:00+01	Tagesklinik	ERSCHIENEN	ZUWEISUNG	2023-01-06 23:39:00+01	Rollstuhl benötigt
50045	2023863325	1327	24	4	2023-02-14 11:30:00+01	2023-02-14 11:45:00+01	Erstuntersuchung	NICHT_ERSCHIENEN	VOR_ORT	2023-02-01 02:01:00+01	\N
50046	2023278330	1365	9	9	2023-02-14 12:30:00+01	2023-02-14 13:15:00+01	Befundbesprechung	ERSCHIENEN	TELEFON	2023-01-18 01:43:00+01	Überweisung liegt vor
50047	2023789671	1403	8	8	2023-02-15 09:15:00+01	2023-02-15 10:15:00+01	Tagesklinik	ERSCHIENEN	ZUWEISUNG	2023-02-02 03:54:00+01	\N
50048	2023276569	1367	21	1	2023-02-16 07:30:00+01	2023-02-16 07:45:00+01	Nachkontrolle	ERSCHIENEN	VOR_ORT	2023-02-01 00:24:00+01	\N
50049	2023388985	1274	10	10	2023-02-16 08:45:00+01	2023-02-16 09:00:00+01	Nachkontrolle	ABGESAGT	VOR_ORT	2023-02-02 23:23:00+01	Vorbefunde mitbringen
50050	2023181698	1055	21	1	2023-02-16 14:45:00+01	2023-02-16 15:05:00+01	OP-Vorgespräch	ERSCHIENEN	ZUWEISUNG	2023-01-20 12:07:00+01	\N
50051	2023491197	1191	25	5	2023-02-18 08:00:00+01	2023-02-18 09:00:00+01	OP-Vorgespräch	ERSCHIENEN	TELEFON	2023-02-10 20:47:00+01	Patient bittet um Rückruf unter 01 568 78 92
50052	2023158751	1397	17	7	2023-02-18 13:45:00+01	2023-02-18 14:30:00+01	Labor	ERSCHIENEN	VOR_ORT	2023-01-08 03:46:00+01	Dolmetsch (BKS) erforderlich
50053	2023552109	1037	24	4	2023-02-19 07:45:00+01	2023-02-19 08:05:00+01	Tagesklinik	NICHT_ERSCHIENEN	ZUWEISUNG	2023-01-19 05:10:00+01	\N
50054	2023021567	1106	24	4	2023-02-19 11:00:00+01	2023-02-19 11:45:00+01	Sonographie	ERSCHIENEN	TELEFON	2023-02-14 09:33:00+01	\N
50055	2023642440	1327	26	6	2023-02-20 15:15:00+01	2023-02-20 15:35:00+01	Kontrolle	ERSCHIENEN	TELEFON	2023-02-11 12:59:00+01	\N
50056	2023394802	1249	15	5	2023-02-20 16:00:00+01	2023-02-20 17:00:00+01	Ambulanzbesuch	ERSCHIENEN	PORTAL	2023-02-02 08:04:00+01	\N
50057	2023629143	1011	19	9	2023-02-21 11:30:00+01	2023-02-21 12:30:00+01	Ambulanzbesuch	ERSCHIENEN	ZUWEISUNG	2023-01-26 09:28:00+01	\N
50058	2023854907	1232	6	6	2023-02-21 15:15:00+01	2023-02-21 15:45:00+01	Tagesklinik	ERSCHIENEN	TELEFON	2023-01-10 09:34:00+01	\N
50059	2023621228	1317	7	7	2023-02-22 10:30:00+01	2023-02-22 11:15:00+01	Labor	ERSCHIENEN	VOR_ORT	2023-01-21 02:21:00+01	Vorbefunde mitbringen
50060	2023967949	1408	9	9	2023-02-23 11:15:00+01	2023-02-23 12:00:00+01	Erstuntersuchung	ERSCHIENEN	PORTAL	2023-02-13 02:27:00+01	\N
50061	2023349727	1232	19	9	2023-02-25 14:00:00+01	2023-02-25 15:00:00+01	Tagesklinik	ERSCHIENEN	PORTAL	2023-02-01 10:51:00+01	\N
50062	2023276283	1388	22	2	2023-02-26 16:15:00+01	2023-02-26 17:15:00+01	Erstuntersuchung	ERSCHIENEN	TELEFON	2023-02-09 10:08:00+01	Patientin bittet um Rückruf unter 0680/1033278
50063	2023544687	1100	6	6	2023-02-27 16:30:00+01	2023-02-27 17:15:00+01	Erstuntersuchung	ERSCHIENEN	ZUWEISUNG	2023-01-09 10:22:00+01	Vorbefunde mitbringen
50064	2023485399	1242	19	9	2023-02-28 14:00:00+01	2023-02-28 15:00:00+01	Labor	ERSCHIENEN	PORTAL	2023-01-28 02:13:00+01	Vorbefunde mitbringen
50065	2023800274	1245	10	10	2023-03-02 12:45:00+01	2023-03-02 13:15:00+01	Ambulanzbesuch	ABGESAGT	ZUWEISUNG	2023-01-23 12:25:00+01	\N
50066	2023319592	1093	11	1	2023-03-03 09:15:00+01	2023-03-03 09:35:00+01	Labor	ERSCHIENEN	TELEFON	2023-01-31 01:57:00+01	Rollstuhl benötigt
50067	2023303349	1287	13	3	2023-03-05 10:45:00+01	2023-03-05 11:00:00+01	OP-Vorgespräch	ERSCHIENEN	TELEFON	2023-02-20 03:15:00+01	Bitte nüchtern erscheinen
50068	2023833554	1351	6	6	2023-03-10 12:15:00+01	2023-03-10 12:45:00+01	Nachkontrolle	ERSCHIENEN	TELEFON	2023-03-01 03:15:00+01	\N
50069	2023586747	1201	10	10	2023-03-10 16:45:00+01	2023-03-10 17:05:00+01	OP-Vorgespräch	ERSCHIENEN	ZUWEISUNG	2023-01-15 05:43:00+01	\N
50070	2023340975	1149	22	2	2023-03-11 07:45:00+01	2023-03-11 08:15:00+01	Ambulanzbesuch	ERSCHIENEN	TELEFON	2023-01-27 00:50:00+01	\N
50071	2023749385	1163	14	4	2023-03-11 15:45:00+01	2023-03-11 16:45:00+01	Ambulanzbesuch	NICHT_ERSCHIENEN	PORTAL	2023-02-27 12:30:00+01	\N
50072	2023365255	1378	11	1	2023-03-12 07:30:00+01	2023-03-12 07:50:00+01	Sonographie	ERSCHIENEN	TELEFON	2023-02-03 03:17:00+01	\N
50073	2023588293	1360	7	7	2023-03-12 16:45:00+01	2023-03-12 17:05:00+01	Kontrolle	ERSCHIENEN	VOR_ORT	2023-01-30 16:05:00+01	\N
50074	2023855121	1097	11	1	2023-03-14 14:30:00+01	2023-03-14 15:15:00+01	Sonographie	NICHT_ERSCHIENEN	TELEFON	2023-02-04 08:05:00+01	Dolmetsch (BKS) erforderlich
50075	2023664195	1161	10	10	2023-03-15 09:30:00+01	2023-03-15 10:00:00+01	Tagesklinik	ABGESAGT	VOR_ORT	2023-01-14 21:19:00+01	\N
50076	2023357583	1279	26	6	2023-03-15 11:00:00+01	2023-03-15 11:30:00+01	Befundbesprechung	ERSCHIENEN	ZUWEISUNG	2023-03-07 01:58:00+01	Kontrastmittelallergie beachten
50077	2023053490	1180	3	3	2023-03-18 10:30:00+01	2023-03-18 10:45:00+01	Nachkontrolle	ERSCHIENEN	PORTAL	2023-01-17 21:48:00+01	Überweisung liegt vor
50078	2023105840	1149	3	3	2023-03-19 12:00:00+01	2023-03-19 12:30:00+01	Ambulanzbesuch	ERSCHIENEN	ZUWEISUNG	2023-03-17 06:15:00+01	\N
50079	2023441829	1214	10	10	2023-03-20 09:30:00+01	2023-03-20 09:50:00+01	Sonographie	ERSCHIENEN	VOR_ORT	2023-02-15 21:36:00+01	Dolmetsch (BKS) erforderlich
50080	2023672683	1040	8	8	2023-03-20 15:30:00+01	2023-03-20 15:45:00+01	Labor	ERSCHIENEN	PORTAL	2023-03-19 04:23:00+01	\N
50081	2023029053	1025	13	3	2023-03-24 14:15:00+01	2023-03-24 14:35:00+01	OP-Vorgespräch	ERSCHIENEN	TELEFON	2023-01-28 03:13:00+01	e-card vergessen – nachreichen
50082	2023579953	1333	19	9	2023-03-25 08:45:00+01	2023-03-25 09:05:00+01	Labor	ABGESAGT	ZUWEISUNG	2023-01-29 23:11:00+01	Kontrastmittelallergie beachten
50083	2023854052	1242	23	3	2023-03-25 09:00:00+01	2023-03-25 10:00:00+01	Sonographie	ABGESAGT	TELEFON	2023-03-14 21:37:00+01	Rollstuhl benötigt
50084	2023067248	1057	22	2	2023-03-27 10:30:00+01	2023-03-27 11:30:00+01	Befundbesprechung	ERSCHIENEN	ZUWEISUNG	2023-02-19 07:05:00+01	\N
50085	2023348812	1265	8	8	2023-03-28 08:45:00+01	2023-03-28 09:30:00+01	Befundbesprechung	ERSCHIENEN	VOR_ORT	2023-03-23 00:17:00+01	\N
50086	2023875924	1196	8	8	2023-03-28 14:15:00+01	2023-03-28 15:15:00+01	Labor	ERSCHIENEN	ZUWEISUNG	2023-03-14 06:32:00+01	Überweisung liegt vor
50087	2023254627	1408	2	2	2023-03-28 15:15:00+01	2023-03-28 16:15:00+01	Tagesklinik	ERSCHIENEN	TELEFON	2023-03-10 03:09:00+01	\N
50088	2023976982	1408	24	4	2023-03-30 11:15:00+01	2023-03-30 12:15:00+01	OP-Vorgespräch	ERSCHIENEN	VOR_ORT	2023-02-27 04:37:00+01	Überweisung liegt vor
50089	2023179769	1083	12	2	2023-03-30 13:30:00+01	2023-03-30 14:00:00+01	Erstuntersuchung	ERSCHIENEN	TELEFON	2023-02-06 09:37:00+01	Dolmetsch (BKS) erforderlich
50090	2023194987	1354	2	2	2023-03-30 14:00:00+01	2023-03-30 15:00:00+01	Ambulanzbesuch	NICHT_ERSCHIENEN	TELEFON	2023-02-14 09:04:00+01	Dolmetsch (BKS) erforderlich
50091	2023873720	1287	19	9	2023-03-30 15:15:00+01	2023-03-30 16:15:00+01	Tagesklinik	ABGESAGT	TELEFON	2023-02-06 10:40:00+01	\N
50092	2023733895	1209	5	5	2023-03-31 12:45:00+02	2023-03-31 13:15:00+02	Erstuntersuchung	ABGESAGT	ZUWEISUNG	2023-03-09 01:17:00+01	\N
50093	2023080460	1265	22	2	2023-03-31 14:00:00+02	2023-03-31 14:30:00+02	Kontrolle	ERSCHIENEN	TELEFON	2023-02-06 13:23:00+01	\N
50094	2023963185	1300	18	8	2023-04-01 12:45:00+02	2023-04-01 13:30:00+02	OP-Vorgespräch	ERSCHIENEN	VOR_ORT	2023-02-03 03:42:00+01	\N
50095	2023718257	1294	3	3	2023-04-02 07:00:00+02	2023-04-02 07:45:00+02	Tagesklinik	ERSCHIENEN	TELEFON	2023-03-19 01:45:00+01	Dolmetsch (BKS) erforderlich
50096	2023938681	1093	14	4	2023-04-02 11:00:00+02	2023-04-02 11:45:00+02	Befundbesprechung	ERSCHIENEN	ZUWEISUNG	2023-03-01 08:08:00+01	\N
50097	2023997282	1050	9	9	2023-04-06 08:30:00+02	2023-04-06 09:00:00+02	Erstuntersuchung	ERSCHIENEN	ZUWEISUNG	2023-02-19 07:02:00+01	Kontrastmittelallergie beachten
50098	2023070024	1232	8	8	2023-04-08 11:00:00+02	2023-04-08 12:00:00+02	Erstuntersuchung	ABGESAGT	PORTAL	2023-04-02 22:17:00+02	Rollstuhl benötigt
50099	2023018093	1037	5	5	2023-04-08 16:30:00+02	2023-04-08 16:50:00+02	Labor	ERSCHIENEN	VOR_ORT	2023-03-18 15:29:00+01	\N
50100	2023977829	1417	22	2	2023-04-09 15:30:00+02	2023-04-09 15:45:00+02	Ambulanzbesuch	ERSCHIENEN	TELEFON	2023-03-21 12:04:00+01	Rollstuhl benötigt
50101	2023979816	1028	25	5	2023-04-11 12:30:00+02	2023-04-11 13:15:00+02	OP-Vorgespräch	ERSCHIENEN	VOR_ORT	2023-04-01 07:36:00+02	\N
50102	2023553192	1153	13	3	2023-04-11 16:00:00+02	2023-04-11 16:45:00+02	Erstuntersuchung	ABGESAGT	PORTAL	2023-02-26 09:09:00+01	\N
50103	2023636500	1086	9	9	2023-04-12 13:00:00+02	2023-04-12 13:15:00+02	Befundbesprechung	ERSCHIENEN	TELEFON	2023-04-08 03:57:00+02	\N
50104	2023215767	1378	15	5	2023-04-14 12:15:00+02	2023-04-14 12:30:00+02	Ambulanzbesuch	ERSCHIENEN	ZUWEISUNG	2023-03-25 07:50:00+01	\N
50105	2023886621	1186	21	1	2023-04-14 15:00:00+02	2023-04-14 15:45:00+02	Nachkontrolle	ERSCHIENEN	ZUWEISUNG	2023-03-23 13:37:00+01	\N
50106	2023682791	1440	26	6	2023-04-14 16:15:00+02	2023-04-14 17:00:00+02	OP-Vorgespräch	ERSCHIENEN	ZUWEISUNG	2023-02-23 06:40:00+01	\N
50107	2023203521	1137	13	3	2023-04-16 09:30:00+02	2023-04-16 10:00:00+02	Befundbesprechung	ERSCHIENEN	PORTAL	2023-04-06 03:44:00+02	Termin verschoben auf Wunsch
50108	2023427971	1378	24	4	2023-04-16 10:45:00+02	2023-04-16 11:15:00+02	Ambulanzbesuch	ERSCHIENEN	PORTAL	2023-03-20 07:06:00+01	Vorbefunde mitbringen
50109	2023419208	1399	19	9	2023-04-18 16:30:00+02	2023-04-18 16:50:00+02	Erstuntersuchung	ERSCHIENEN	ZUWEISUNG	2023-03-30 04:34:00+01	Kontrastmittelallergie beachten
50110	2023782722	1321	8	8	2023-04-19 13:45:00+02	2023-04-19 14:00:00+02	Nachkontrolle	ERSCHIENEN	PORTAL	2023-02-20 12:44:00+01	\N
50111	2023198887	1428	17	7	2023-04-20 13:45:00+02	2023-04-20 14:30:00+02	Befundbesprechung	ABGESAGT	VOR_ORT	2023-04-13 03:54:00+02	Bitte nüchtern erscheinen
50112	2023981589	1416	4	4	2023-04-22 10:45:00+02	2023-04-22 11:45:00+02	Erstuntersuchung	ERSCHIENEN	TELEFON	2023-03-20 02:45:00+01	Überweisung liegt vor
50113	2023358777	1351	25	5	2023-04-22 14:30:00+02	2023-04-22 15:00:00+02	Nachkontrolle	ERSCHIENEN	VOR_ORT	2023-04-11 14:25:00+02	Kontrastmittelallergie beachten
50114	2023736495	1183	18	8	2023-04-25 07:15:00+02	2023-04-25 07:45:00+02	OP-Vorgespräch	ERSCHIENEN	VOR_ORT	2023-03-22 18:40:00+01	Vorbefunde mitbringen
50115	2023123394	1205	23	3	2023-04-25 10:30:00+02	2023-04-25 10:50:00+02	Befundbesprechung	ERSCHIENEN	PORTAL	2023-03-25 21:47:00+01	Vorbefunde mitbringen
50116	2023910387	1153	2	2	2023-04-25 11:00:00+02	2023-04-25 11:30:00+02	Labor	ERSCHIENEN	VOR_ORT	2023-04-15 03:55:00+02	\N
50117	2023256178	1050	9	9	2023-04-26 07:30:00+02	2023-04-26 07:45:00+02	Kontrolle	ERSCHIENEN	VOR_ORT	2023-03-08 01:09:00+01	\N
50118	2023262189	1129	25	5	2023-04-26 15:00:00+02	2023-04-26 16:00:00+02	Kontrolle	ABGESAGT	VOR_ORT	2023-04-01 09:11:00+02	Dolmetsch (BKS) erforderlich
50119	2023946067	1367	19	9	2023-04-28 07:45:00+02	2023-04-28 08:45:00+02	Tagesklinik	ERSCHIENEN	ZUWEISUNG	2023-04-02 02:23:00+02	\N
50120	2023531722	1146	18	8	2023-04-29 09:30:00+02	2023-04-29 10:15:00+02	Ambulanzbesuch	ERSCHIENEN	TELEFON	2023-03-07 03:20:00+01	Vorbefunde mitbringen
50121	2023274348	1321	10	10	2023-04-29 09:45:00+02	2023-04-29 10:45:00+02	Nachkontrolle	NICHT_ERSCHIENEN	TELEFON	2023-04-20 20:54:00+02	\N
50122	2023863190	1057	22	2	2023-04-29 10:30:00+02	2023-04-29 11:30:00+02	OP-Vorgespräch	ERSCHIENEN	TELEFON	2023-03-10 08:10:00+01	\N
50123	2023013783	1429	16	6	2023-04-29 12:45:00+02	2023-04-29 13:15:00+02	Kontrolle	NICHT_ERSCHIENEN	TELEFON	2023-04-09 02:17:00+02	Überweisung liegt vor
50124	2023517402	1196	19	9	2023-04-30 14:00:00+02	2023-04-30 14:20:00+02	Erstuntersuchung	ERSCHIENEN	PORTAL	2023-03-30 13:28:00+01	Kontrastmittelallergie beachten
50125	2023392196	1170	16	6	2023-05-01 09:15:00+02	2023-05-01 10:15:00+02	Erstuntersuchung	ERSCHIENEN	VOR_ORT	2023-03-20 03:22:00+01	Überweisung liegt vor
50126	2023449470	1277	10	10	2023-05-02 07:45:00+02	2023-05-02 08:45:00+02	Kontrolle	ERSCHIENEN	PORTAL	2023-04-17 01:58:00+02	\N
50127	2023322314	1212	1	1	2023-05-05 07:30:00+02	2023-05-05 07:45:00+02	Ambulanzbesuch	ABGESAGT	VOR_ORT	2023-04-13 19:11:00+02	e-card vergessen – nachreichen
50128	2023150608	1360	11	1	2023-05-05 07:45:00+02	2023-05-05 08:15:00+02	Labor	ERSCHIENEN	VOR_ORT	2023-03-16 05:15:00+01	\N
50129	2023415093	1140	24	4	2023-05-05 15:15:00+02	2023-05-05 16:15:00+02	Erstuntersuchung	ABGESAGT	TELEFON	2023-04-01 15:01:00+02	\N
50130	2023427846	1146	7	7	2023-05-06 08:15:00+02	2023-05-06 08:30:00+02	Nachkontrolle	ERSCHIENEN	VOR_ORT	2023-04-28 01:19:00+02	\N
50131	2023533361	1371	20	10	2023-05-06 10:45:00+02	2023-05-06 11:45:00+02	Sonographie	ERSCHIENEN	TELEFON	2023-05-04 02:12:00+02	\N
50132	2023091023	1270	16	6	2023-05-07 09:00:00+02	2023-05-07 09:45:00+02	Tagesklinik	ERSCHIENEN	TELEFON	2023-04-05 00:32:00+02	Kontrastmittelallergie beachten
50133	2023212003	1083	7	7	2023-05-08 12:45:00+02	2023-05-08 13:15:00+02	Nachkontrolle	ERSCHIENEN	TELEFON	2023-04-28 06:16:00+02	e-card vergessen – nachreichen
50134	2023672452	1013	16	6	2023-05-11 07:45:00+02	2023-05-11 08:30:00+02	Ambulanzbesuch	ERSCHIENEN	VOR_ORT	2023-04-11 03:28:00+02	e-card vergessen – nachreichen
50135	2023001526	1222	14	4	2023-05-11 13:15:00+02	2023-05-11 14:00:00+02	Kontrolle	ERSCHIENEN	TELEFON	2023-03-15 00:37:00+01	Vorbefunde mitbringen
50136	2023366316	1163	17	7	2023-05-13 10:15:00+02	2023-05-13 11:00:00+02	Sonographie	ERSCHIENEN	VOR_ORT	2023-03-24 05:41:00+01	\N
50137	2023598439	1219	20	10	2023-05-13 10:30:00+02	2023-05-13 11:30:00+02	Sonographie	ERSCHIENEN	PORTAL	2023-04-12 01:47:00+02	e-card vergessen – nachreichen
50138	2023045370	1375	10	10	2023-05-14 11:00:00+02	2023-05-14 11:20:00+02	Kontrolle	ERSCHIENEN	ZUWEISUNG	2023-04-02 05:06:00+02	\N
50139	2023104066	1263	26	6	2023-05-14 13:00:00+02	2023-05-14 13:20:00+02	Erstuntersuchung	ERSCHIENEN	PORTAL	2023-04-23 08:31:00+02	Vorbefunde mitbringen
50140	2023299573	1003	18	8	2023-05-15 11:00:00+02	2023-05-15 11:30:00+02	OP-Vorgespräch	ERSCHIENEN	ZUWEISUNG	2023-04-08 09:25:00+02	\N
50141	2023355483	1287	15	5	2023-05-15 16:15:00+02	2023-05-15 16:45:00+02	OP-Vorgespräch	ERSCHIENEN	ZUWEISUNG	2023-04-07 11:44:00+02	Patientin bittet um Rückruf unter +436778795448
50142	2023440842	1111	9	9	2023-05-17 10:45:00+02	2023-05-17 11:05:00+02	Kontrolle	ERSCHIENEN	PORTAL	2023-04-23 00:25:00+02	e-card vergessen – nachreichen
50143	2023452569	1062	19	9	2023-05-17 12:00:00+02	2023-05-17 12:45:00+02	Ambulanzbesuch	ERSCHIENEN	TELEFON	2023-04-13 00:54:00+02	Dolmetsch (BKS) erforderlich
50144	2023860227	1263	19	9	2023-05-18 09:45:00+02	2023-05-18 10:15:00+02	Ambulanzbesuch	ERSCHIENEN	VOR_ORT	2023-04-10 00:37:00+02	Patientin bittet um Rückruf unter +43 664 9516549
50145	2023192399	1274	7	7	2023-05-18 09:45:00+02	2023-05-18 10:15:00+02	Kontrolle	ERSCHIENEN	TELEFON	2023-05-04 09:19:00+02	\N
50146	2023825793	1435	5	5	2023-05-19 12:15:00+02	2023-05-19 13:15:00+02	Nachkontrolle	ERSCHIENEN	PORTAL	2023-04-07 09:08:00+02	\N
50147	2023275988	1025	15	5	2023-05-21 07:30:00+02	2023-05-21 08:30:00+02	Sonographie	ERSCHIENEN	PORTAL	2023-04-06 02:57:00+02	\N
50148	2023465840	1020	4	4	2023-05-21 14:00:00+02	2023-05-21 15:00:00+02	Nachkontrolle	ERSCHIENEN	VOR_ORT	2023-05-16 01:32:00+02	\N
50149	2023159554	1288	8	8	2023-05-22 09:45:00+02	2023-05-22 10:15:00+02	Tagesklinik	ERSCHIENEN	TELEFON	2023-04-20 04:03:00+02	\N
50150	2023920513	1109	5	5	2023-05-22 13:15:00+02	2023-05-22 14:00:00+02	OP-Vorgespräch	ERSCHIENEN	ZUWEISUNG	2023-04-08 07:16:00+02	Dolmetsch (BKS) erforderlich
50151	2023228395	1235	8	8	2023-05-25 10:30:00+02	2023-05-25 10:45:00+02	Befundbesprechung	ERSCHIENEN	TELEFON	2023-03-27 05:38:00+01	Vorbefunde mitbringen
50152	2023280491	1307	18	8	2023-05-26 12:15:00+02	2023-05-26 13:15:00+02	Labor	ERSCHIENEN	VOR_ORT	2023-04-20 09:48:00+02	\N
50153	2023506990	1031	17	7	2023-05-26 12:30:00+02	2023-05-26 12:45:00+02	Nachkontrolle	ERSCHIENEN	VOR_ORT	2023-04-15 11:50:00+02	Termin verschoben auf Wunsch
50154	2023407150	1191	2	2	2023-05-26 14:15:00+02	2023-05-26 14:35:00+02	Labor	ERSCHIENEN	VOR_ORT	2023-04-21 03:10:00+02	Dolmetsch (BKS) erforderlich
50155	2023672901	1179	14	4	2023-05-27 08:00:00+02	2023-05-27 09:00:00+02	Befundbesprechung	ERSCHIENEN	VOR_ORT	2023-04-22 04:18:00+02	e-card vergessen – nachreichen
50156	2023284645	1149	6	6	2023-05-27 08:15:00+02	2023-05-27 08:35:00+02	Nachkontrolle	ABGESAGT	ZUWEISUNG	2023-04-07 22:53:00+02	Vorbefunde mitbringen
50157	2023514425	1318	16	6	2023-05-28 14:30:00+02	2023-05-28 15:15:00+02	Befundbesprechung	ERSCHIENEN	VOR_ORT	2023-04-12 09:00:00+02	\N
50158	2023797645	1274	17	7	2023-05-29 16:30:00+02	2023-05-29 17:15:00+02	Befundbesprechung	ERSCHIENEN	ZUWEISUNG	2023-05-18 13:39:00+02	Rollstuhl benötigt
50159	2023173960	1000	13	3	2023-05-29 16:45:00+02	2023-05-29 17:45:00+02	Labor	ERSCHIENEN	PORTAL	2023-05-27 16:25:00+02	\N
50160	2023633314	1279	2	2	2023-05-30 07:15:00+02	2023-05-30 07:30:00+02	Erstuntersuchung	ERSCHIENEN	VOR_ORT	2023-05-13 19:43:00+02	Überweisung liegt vor
50161	2023631710	1342	11	1	2023-05-30 08:30:00+02	2023-05-30 09:00:00+02	Befundbesprechung	ERSCHIENEN	TELEFON	2023-04-05 23:57:00+02	\N
50162	2023367622	1265	22	2	2023-05-30 09:45:00+02	2023-05-30 10:05:00+02	Ambulanzbesuch	ERSCHIENEN	ZUWEISUNG	2023-05-08 22:46:00+02	\N
50163	2023692193	1180	10	10	2023-05-30 14:45:00+02	2023-05-30 15:00:00+02	Labor	NICHT_ERSCHIENEN	PORTAL	2023-05-16 07:25:00+02	Vorbefunde mitbringen
50164	2023306051	1191	12	2	2023-05-31 13:00:00+02	2023-05-31 13:45:00+02	Befundbesprechung	ERSCHIENEN	ZUWEISUNG	2023-04-27 09:07:00+02	\N
50165	2023579817	1336	14	4	2023-06-03 08:00:00+02	2023-06-03 08:20:00+02	Erstuntersuchung	ERSCHIENEN	TELEFON	2023-05-25 23:19:00+02	Kontrastmittelallergie beachten
50166	2023847070	1411	4	4	2023-06-04 16:45:00+02	2023-06-04 17:15:00+02	Befundbesprechung	ERSCHIENEN	TELEFON	2023-05-22 13:52:00+02	\N
50167	2023390164	1137	2	2	2023-06-05 09:45:00+02	2023-06-05 10:45:00+02	Nachkontrolle	ERSCHIENEN	VOR_ORT	2023-04-27 07:06:00+02	Überweisung liegt vor
50168	2023745620	1115	22	2	2023-06-05 14:30:00+02	2023-06-05 15:15:00+02	Tagesklinik	ERSCHIENEN	PORTAL	2023-04-23 08:26:00+02	\N
50169	2023808422	1408	24	4	2023-06-07 11:45:00+02	2023-06-07 12:05:00+02	Befundbesprechung	ABGESAGT	TELEFON	2023-05-29 10:21:00+02	Rollstuhl benötigt
50170	2023437370	1020	19	9	2023-06-09 14:15:00+02	2023-06-09 14:30:00+02	Ambulanzbesuch	ERSCHIENEN	VOR_ORT	2023-04-11 08:18:00+02	Bitte nüchtern erscheinen
50171	2023235329	1399	19	9	2023-06-10 11:00:00+02	2023-06-10 12:00:00+02	Sonographie	ERSCHIENEN	PORTAL	2023-05-18 06:18:00+02	Dolmetsch (BKS) erforderlich
50172	2023169812	1123	4	4	2023-06-10 14:45:00+02	2023-06-10 15:45:00+02	Ambulanzbesuch	ERSCHIENEN	TELEFON	2023-05-01 12:00:00+02	\N
50173	2023047803	1420	8	8	2023-06-12 16:30:00+02	2023-06-12 16:50:00+02	Sonographie	ERSCHIENEN	ZUWEISUNG	2023-04-27 11:47:00+02	Kontrastmittelallergie beachten
50174	2023121006	1214	6	6	2023-06-13 11:30:00+02	2023-06-13 12:15:00+02	Ambulanzbesuch	ERSCHIENEN	TELEFON	2023-06-03 01:55:00+02	\N
50175	2023543812	1028	9	9	2023-06-13 11:45:00+02	2023-06-13 12:15:00+02	Ambulanzbesuch	ERSCHIENEN	VOR_ORT	2023-05-24 11:21:00+02	\N
50176	2023408435	1106	22	2	2023-06-14 11:00:00+02	2023-06-14 11:30:00+02	OP-Vorgespräch	ERSCHIENEN	PORTAL	2023-05-03 05:10:00+02	\N
50177	2023173204	1263	7	7	2023-06-14 13:30:00+02	2023-06-14 13:45:00+02	Nachkontrolle	ERSCHIENEN	TELEFON	2023-06-12 11:14:00+02	\N
50178	2023127625	1109	14	4	2023-06-15 07:00:00+02	2023-06-15 07:30:00+02	Kontrolle	ERSCHIENEN	TELEFON	2023-06-05 06:11:00+02	\N
50179	2023658350	1196	17	7	2023-06-17 14:30:00+02	2023-06-17 15:30:00+02	Nachkontrolle	NICHT_ERSCHIENEN	TELEFON	2023-05-21 06:42:00+02	Patientin bittet um Rückruf unter +43 677 7010984
50180	2023244862	1307	15	5	2023-06-17 14:30:00+02	2023-06-17 14:45:00+02	Befundbesprechung	ABGESAGT	PORTAL	2023-06-06 12:01:00+02	\N
50181	2023794708	1073	13	3	2023-06-18 07:00:00+02	2023-06-18 07:45:00+02	Befundbesprechung	ERSCHIENEN	TELEFON	2023-05-01 23:49:00+02	\N
50182	2023857428	1152	3	3	2023-06-19 09:30:00+02	2023-06-19 09:50:00+02	Erstuntersuchung	ERSCHIENEN	TELEFON	2023-06-17 02:28:00+02	\N
50183	2023147927	1115	14	4	2023-06-20 16:30:00+02	2023-06-20 16:50:00+02	OP-Vorgespräch	ERSCHIENEN	TELEFON	2023-05-24 09:36:00+02	Kontrastmittelallergie beachten
50184	2023888871	1360	9	9	2023-06-23 09:15:00+02	2023-06-23 09:35:00+02	Kontrolle	ERSCHIENEN	TELEFON	2023-06-20 00:55:00+02	\N
50185	2023116412	1212	2	2	2023-06-24 11:15:00+02	2023-06-24 11:30:00+02	Tagesklinik	ERSCHIENEN	VOR_ORT	2023-05-28 01:37:00+02	Dolmetsch (BKS) erforderlich
50186	2023648864	1106	19	9	2023-06-25 12:00:00+02	2023-06-25 12:45:00+02	Ambulanzbesuch	ERSCHIENEN	TELEFON	2023-06-03 08:40:00+02	\N
50187	2023576601	1351	12	2	2023-06-27 14:30:00+02	2023-06-27 15:30:00+02	Kontrolle	ERSCHIENEN	VOR_ORT	2023-06-24 09:39:00+02	Bitte nüchtern erscheinen
50188	2023360701	1093	14	4	2023-06-29 07:30:00+02	2023-06-29 08:15:00+02	Sonographie	ABGESAGT	TELEFON	2023-05-22 18:54:00+02	\N
50189	2023786094	1050	3	3	2023-06-29 16:15:00+02	2023-06-29 17:15:00+02	Tagesklinik	ERSCHIENEN	PORTAL	2023-05-19 06:53:00+02	\N
50190	2023248564	1140	23	3	2023-06-30 11:15:00+02	2023-06-30 11:35:00+02	Befundbesprechung	ABGESAGT	VOR_ORT	2023-05-24 07:56:00+02	e-card vergessen – nachreichen
50191	2023026926	1118	13	3	2023-06-30 11:45:00+02	2023-06-30 12:00:00+02	Ambulanzbesuch	NICHT_ERSCHIENEN	VOR_ORT	2023-06-15 10:21:00+02	e-card vergessen – nachreichen
50192	2023922457	1360	16	6	2023-07-01 07:15:00+02	2023-07-01 07:45:00+02	Sonographie	ERSCHIENEN	VOR_ORT	2023-05-19 02:47:00+02	e-card vergessen – nachreichen
50193	2023330216	1388	24	4	2023-07-02 07:15:00+02	2023-07-02 07:35:00+02	Sonographie	ERSCHIENEN	ZUWEISUNG	2023-06-06 01:10:00+02	\N
50194	2023143616	1405	10	10	2023-07-04 15:45:00+02	2023-07-04 16:05:00+02	OP-Vorgespräch	ERSCHIENEN	VOR_ORT	2023-05-17 12:04:00+02	\N
50195	2023284611	1399	1	1	2023-07-04 16:15:00+02	2023-07-04 16:30:00+02	Erstuntersuchung	ERSCHIENEN	VOR_ORT	2023-06-20 16:07:00+02	Kontrastmittelallergie beachten
50196	2023732608	1397	20	10	2023-07-05 14:15:00+02	2023-07-05 15:00:00+02	Kontrolle	ERSCHIENEN	ZUWEISUNG	2023-05-09 11:26:00+02	Bitte nüchtern erscheinen
50197	2023974253	1336	17	7	2023-07-06 07:45:00+02	2023-07-06 08:00:00+02	Sonographie	ABGESAGT	ZUWEISUNG	2023-07-03 01:27:00+02	\N
50198	2023004764	1282	23	3	2023-07-06 11:15:00+02	2023-07-06 11:30:00+02	Labor	NICHT_ERSCHIENEN	ZUWEISUNG	2023-06-02 01:44:00+02	Kontrastmittelallergie beachten
50199	2023003016	1174	9	9	2023-07-07 12:15:00+02	2023-07-07 13:00:00+02	Tagesklinik	ERSCHIENEN	VOR_ORT	2023-05-31 00:36:00+02	Termin verschoben auf Wunsch
50200	2023521049	1209	18	8	2023-07-07 16:45:00+02	2023-07-07 17:30:00+02	Erstuntersuchung	ERSCHIENEN	VOR_ORT	2023-05-30 05:25:00+02	\N
50201	2023301661	1092	9	9	2023-07-08 11:15:00+02	2023-07-08 11:35:00+02	Befundbesprechung	NICHT_ERSCHIENEN	TELEFON	2023-06-14 08:51:00+02	Dolmetsch (BKS) erforderlich
50202	2023194088	1367	2	2	2023-07-08 11:30:00+02	2023-07-08 11:45:00+02	Kontrolle	ABGESAGT	TELEFON	2023-06-23 00:35:00+02	Rollstuhl benötigt
50203	2023706275	1174	25	5	2023-07-09 09:15:00+02	2023-07-09 10:15:00+02	Ambulanzbesuch	ERSCHIENEN	TELEFON	2023-06-18 20:59:00+02	\N
50204	2023994695	1325	26	6	2023-07-09 16:15:00+02	2023-07-09 16:35:00+02	Nachkontrolle	ERSCHIENEN	PORTAL	2023-06-02 12:04:00+02	\N
50205	2023003873	1282	2	2	2023-07-10 10:15:00+02	2023-07-10 11:15:00+02	Kontrolle	ERSCHIENEN	PORTAL	2023-07-07 04:31:00+02	\N
50206	2023202744	1065	8	8	2023-07-11 07:15:00+02	2023-07-11 07:45:00+02	Kontrolle	ERSCHIENEN	ZUWEISUNG	2023-05-20 05:32:00+02	Kontrastmittelallergie beachten
50207	2023407010	1245	4	4	2023-07-12 09:15:00+02	2023-07-12 10:00:00+02	Sonographie	ERSCHIENEN	TELEFON	2023-07-10 06:07:00+02	\N
50208	2023603731	1008	2	2	2023-07-14 12:45:00+02	2023-07-14 13:15:00+02	Tagesklinik	ERSCHIENEN	ZUWEISUNG	2023-05-24 11:48:00+02	\N
50209	2023429217	1403	6	6	2023-07-15 14:15:00+02	2023-07-15 14:35:00+02	Tagesklinik	ERSCHIENEN	TELEFON	2023-07-11 06:53:00+02	\N
50210	2023473595	1429	8	8	2023-07-17 07:30:00+02	2023-07-17 08:30:00+02	Sonographie	ERSCHIENEN	ZUWEISUNG	2023-06-25 20:40:00+02	Kontrastmittelallergie beachten
50211	2023409472	1399	25	5	2023-07-18 10:15:00+02	2023-07-18 10:35:00+02	Nachkontrolle	ERSCHIENEN	TELEFON	2023-06-17 10:00:00+02	Kontrastmittelallergie beachten
50212	2023366075	1149	10	10	2023-07-19 08:30:00+02	2023-07-19 08:45:00+02	Erstuntersuchung	ERSCHIENEN	ZUWEISUNG	2023-07-10 08:23:00+02	\N
50213	2023139144	1021	8	8	2023-07-19 10:45:00+02	2023-07-19 11:15:00+02	Kontrolle	ERSCHIENEN	PORTAL	2023-05-22 23:05:00+02	Rollstuhl benötigt
50214	2023978121	1274	11	1	2023-07-21 08:45:00+02	2023-07-21 09:30:00+02	Erstuntersuchung	ERSCHIENEN	ZUWEISUNG	2023-07-06 05:52:00+02	Kontrastmittelallergie beachten
50215	2023223501	1126	9	9	2023-07-22 07:00:00+02	2023-07-22 07:30:00+02	Kontrolle	ERSCHIENEN	ZUWEISUNG	2023-07-12 22:48:00+02	Bitte nüchtern erscheinen
50216	2023452374	1198	21	1	2023-07-23 11:30:00+02	2023-07-23 11:45:00+02	Befundbesprechung	ERSCHIENEN	VOR_ORT	2023-07-15 08:47:00+02	\N
50217	2023669267	1269	6	6	2023-07-24 10:30:00+02	2023-07-24 10:50:00+02	OP-Vorgespräch	ERSCHIENEN	PORTAL	2023-06-27 03:59:00+02	Termin verschoben auf Wunsch
50218	2023046302	1192	7	7	2023-07-24 10:45:00+02	2023-07-24 11:00:00+02	Sonographie	ERSCHIENEN	VOR_ORT	2023-06-24 10:34:00+02	\N
50219	2023008464	1066	18	8	2023-07-24 11:00:00+02	2023-07-24 11:45:00+02	OP-Vorgespräch	ERSCHIENEN	PORTAL	2023-06-02 03:23:00+02	\N
50220	2023437480	1003	23	3	2023-07-24 13:45:00+02	2023-07-24 14:00:00+02	Erstuntersuchung	ERSCHIENEN	ZUWEISUNG	2023-06-16 09:40:00+02	\N
50221	2023027725	1157	25	5	2023-07-25 14:45:00+02	2023-07-25 15:30:00+02	Kontrolle	ERSCHIENEN	ZUWEISUNG	2023-06-23 06:39:00+02	\N
50222	2023387604	1399	5	5	2023-07-26 10:00:00+02	2023-07-26 10:20:00+02	Befundbesprechung	ABGESAGT	TELEFON	2023-07-15 05:57:00+02	\N
50223	2023360027	1013	21	1	2023-07-26 10:15:00+02	2023-07-26 11:00:00+02	Erstuntersuchung	ERSCHIENEN	ZUWEISUNG	2023-06-12 23:51:00+02	Vorbefunde mitbringen
50224	2023926998	1097	7	7	2023-07-28 13:30:00+02	2023-07-28 13:50:00+02	Tagesklinik	ERSCHIENEN	PORTAL	2023-07-10 05:51:00+02	\N
50225	2023997534	1416	18	8	2023-07-28 14:45:00+02	2023-07-28 15:30:00+02	Ambulanzbesuch	ERSCHIENEN	VOR_ORT	2023-06-26 05:08:00+02	\N
50226	2023732938	1046	10	10	2023-07-29 13:15:00+02	2023-07-29 14:00:00+02	Tagesklinik	ABGESAGT	ZUWEISUNG	2023-06-19 02:35:00+02	Rollstuhl benötigt
50227	2023028253	1170	16	6	2023-07-29 14:15:00+02	2023-07-29 14:30:00+02	Labor	NICHT_ERSCHIENEN	PORTAL	2023-07-14 07:48:00+02	Termin verschoben auf Wunsch
50228	2023766541	1378	8	8	2023-07-29 15:45:00+02	2023-07-29 16:30:00+02	Erstuntersuchung	ERSCHIENEN	TELEFON	2023-06-06 12:12:00+02	\N
50229	2023597503	1205	3	3	2023-07-31 08:45:00+02	2023-07-31 09:45:00+02	Befundbesprechung	ERSCHIENEN	VOR_ORT	2023-06-06 22:29:00+02	\N
50230	2023176800	1219	11	1	2023-07-31 08:45:00+02	2023-07-31 09:45:00+02	Ambulanzbesuch	ERSCHIENEN	TELEFON	2023-07-16 20:20:00+02	\N
50231	2023028790	1274	19	9	2023-07-31 09:45:00+02	2023-07-31 10:45:00+02	Befundbesprechung	ERSCHIENEN	ZUWEISUNG	2023-05-31 21:17:00+02	Dolmetsch (BKS) erforderlich
50232	2023514680	1120	1	1	2023-08-01 07:15:00+02	2023-08-01 07:35:00+02	Nachkontrolle	ABGESAGT	VOR_ORT	2023-07-21 00:02:00+02	\N
50233	2023036438	1235	16	6	2023-08-03 15:30:00+02	2023-08-03 15:45:00+02	Erstuntersuchung	ERSCHIENEN	TELEFON	2023-07-16 03:54:00+02	\N
50234	2023056704	1163	16	6	2023-08-04 09:00:00+02	2023-08-04 09:20:00+02	Ambulanzbesuch	ERSCHIENEN	VOR_ORT	2023-06-30 02:09:00+02	Patient bittet um Rückruf unter 0650 3430347
50235	2023172833	1073	11	1	2023-08-04 13:15:00+02	2023-08-04 13:30:00+02	Kontrolle	NICHT_ERSCHIENEN	VOR_ORT	2023-07-26 11:52:00+02	\N
50236	2023741217	1428	21	1	2023-08-05 11:45:00+02	2023-08-05 12:05:00+02	OP-Vorgespräch	ERSCHIENEN	VOR_ORT	2023-07-18 09:49:00+02	\N
50237	2023016098	1346	16	6	2023-08-06 08:45:00+02	2023-08-06 09:00:00+02	Labor	ERSCHIENEN	PORTAL	2023-06-26 22:53:00+02	Rollstuhl benötigt
50238	2023835217	1153	12	2	2023-08-06 09:45:00+02	2023-08-06 10:15:00+02	Ambulanzbesuch	ERSCHIENEN	VOR_ORT	2023-06-17 04:13:00+02	\N
50239	2023250468	1242	22	2	2023-08-07 07:30:00+02	2023-08-07 07:45:00+02	Befundbesprechung	ERSCHIENEN	PORTAL	2023-07-06 04:34:00+02	Patientin bittet um Rückruf unter 0699/7630716
50240	2023077549	1055	8	8	2023-08-07 15:30:00+02	2023-08-07 15:50:00+02	Befundbesprechung	ERSCHIENEN	PORTAL	2023-08-02 07:16:00+02	Vorbefunde mitbringen
50241	2023339896	1201	22	2	2023-08-08 12:15:00+02	2023-08-08 13:00:00+02	Erstuntersuchung	ERSCHIENEN	ZUWEISUNG	2023-06-10 07:36:00+02	\N
50242	2023146227	1391	17	7	2023-08-08 13:30:00+02	2023-08-08 14:00:00+02	Befundbesprechung	ERSCHIENEN	TELEFON	2023-07-07 07:48:00+02	\N
50243	2023401502	1405	18	8	2023-08-10 11:30:00+02	2023-08-10 12:15:00+02	Tagesklinik	ERSCHIENEN	VOR_ORT	2023-07-04 07:51:00+02	\N
50244	2023227536	1118	15	5	2023-08-11 09:00:00+02	2023-08-11 09:45:00+02	Befundbesprechung	ERSCHIENEN	VOR_ORT	2023-07-14 07:49:00+02	Überweisung liegt vor
50245	2023574662	1209	17	7	2023-08-11 09:15:00+02	2023-08-11 10:15:00+02	Befundbesprechung	ABGESAGT	ZUWEISUNG	2023-06-25 21:07:00+02	\N
50246	2023832381	1327	2	2	2023-08-12 07:30:00+02	2023-08-12 07:45:00+02	Nachkontrolle	ERSCHIENEN	TELEFON	2023-07-16 19:55:00+02	\N
50247	2023217311	1140	17	7	2023-08-14 08:30:00+02	2023-08-14 08:45:00+02	Tagesklinik	ERSCHIENEN	VOR_ORT	2023-07-11 01:31:00+02	Dolmetsch (BKS) erforderlich
50248	2023985472	1386	4	4	2023-08-16 07:45:00+02	2023-08-16 08:45:00+02	Befundbesprechung	ERSCHIENEN	VOR_ORT	2023-07-12 23:55:00+02	\N
50249	2023894625	1246	13	3	2023-08-18 15:30:00+02	2023-08-18 16:15:00+02	Nachkontrolle	ERSCHIENEN	ZUWEISUNG	2023-08-06 12:53:00+02	\N
50250	2023763101	1298	16	6	2023-08-19 09:30:00+02	2023-08-19 10:30:00+02	Sonographie	NICHT_ERSCHIENEN	PORTAL	2023-08-03 01:36:00+02	e-card vergessen – nachreichen
50251	2023120942	1129	20	10	2023-08-19 12:45:00+02	2023-08-19 13:30:00+02	Nachkontrolle	ERSCHIENEN	TELEFON	2023-07-21 01:02:00+02	Bitte nüchtern erscheinen
50252	2023509585	1086	10	10	2023-08-19 15:15:00+02	2023-08-19 16:00:00+02	Tagesklinik	ERSCHIENEN	ZUWEISUNG	2023-07-02 13:44:00+02	Dolmetsch (BKS) erforderlich
50253	2023958410	1298	10	10	2023-08-20 13:45:00+02	2023-08-20 14:45:00+02	Ambulanzbesuch	ERSCHIENEN	PORTAL	2023-08-19 11:32:00+02	\N
50254	2023058784	1086	3	3	2023-08-21 07:45:00+02	2023-08-21 08:00:00+02	Tagesklinik	ERSCHIENEN	TELEFON	2023-08-07 03:24:00+02	\N
50255	2023173525	1205	13	3	2023-08-21 12:00:00+02	2023-08-21 12:20:00+02	Labor	ERSCHIENEN	PORTAL	2023-07-06 00:17:00+02	\N
50256	2023161851	1307	18	8	2023-08-22 08:45:00+02	2023-08-22 09:15:00+02	Erstuntersuchung	ERSCHIENEN	ZUWEISUNG	2023-07-11 20:09:00+02	Patientin bittet um Rückruf unter 0660 3273313
50257	2023097059	1423	6	6	2023-08-22 10:00:00+02	2023-08-22 10:45:00+02	Befundbesprechung	ERSCHIENEN	VOR_ORT	2023-06-28 06:24:00+02	Termin verschoben auf Wunsch
50258	2023486943	1146	6	6	2023-08-24 16:45:00+02	2023-08-24 17:30:00+02	OP-Vorgespräch	ABGESAGT	ZUWEISUNG	2023-07-04 10:50:00+02	Dolmetsch (BKS) erforderlich
50259	2023625886	1298	8	8	2023-08-25 14:45:00+02	2023-08-25 15:30:00+02	Befundbesprechung	ABGESAGT	PORTAL	2023-08-15 12:33:00+02	e-card vergessen – nachreichen
50260	2023805787	1383	26	6	2023-08-25 15:30:00+02	2023-08-25 16:30:00+02	Labor	ABGESAGT	TELEFON	2023-08-14 05:40:00+02	Überweisung liegt vor
50261	2023464055	1152	14	4	2023-08-26 10:45:00+02	2023-08-26 11:00:00+02	Ambulanzbesuch	ERSCHIENEN	ZUWEISUNG	2023-07-06 04:23:00+02	e-card vergessen – nachreichen
50262	2023011478	1225	10	10	2023-08-27 13:15:00+02	2023-08-27 13:35:00+02	Labor	ERSCHIENEN	TELEFON	2023-08-26 06:10:00+02	Überweisung liegt vor
50263	2023707702	1222	1	1	2023-08-28 10:30:00+02	2023-08-28 11:15:00+02	Tagesklinik	ERSCHIENEN	ZUWEISUNG	2023-07-17 09:00:00+02	Dolmetsch (BKS) erforderlich
50264	2023506527	1429	14	4	2023-08-29 07:45:00+02	2023-08-29 08:00:00+02	Befundbesprechung	ERSCHIENEN	ZUWEISUNG	2023-08-21 06:42:00+02	Dolmetsch (BKS) erforderlich
50265	2023844762	1152	5	5	2023-08-30 14:30:00+02	2023-08-30 15:15:00+02	Nachkontrolle	ERSCHIENEN	VOR_ORT	2023-08-07 14:14:00+02	Überweisung liegt vor
50266	2023005071	1137	6	6	2023-08-31 09:30:00+02	2023-08-31 09:45:00+02	OP-Vorgespräch	ERSCHIENEN	VOR_ORT	2023-07-03 07:41:00+02	Termin verschoben auf Wunsch
50267	2023278883	1031	10	10	2023-08-31 11:00:00+02	2023-08-31 11:30:00+02	Erstuntersuchung	ABGESAGT	VOR_ORT	2023-08-09 09:34:00+02	Termin verschoben auf Wunsch
50268	2023265352	1279	3	3	2023-08-31 14:45:00+02	2023-08-31 15:15:00+02	Sonographie	ERSCHIENEN	TELEFON	2023-08-17 04:01:00+02	\N
50269	2023431730	1198	22	2	2023-09-02 07:30:00+02	2023-09-02 08:00:00+02	Kontrolle	ERSCHIENEN	ZUWEISUNG	2023-08-30 02:25:00+02	e-card vergessen – nachreichen
50270	2023902463	1196	22	2	2023-09-02 10:45:00+02	2023-09-02 11:00:00+02	Kontrolle	ERSCHIENEN	PORTAL	2023-07-08 22:19:00+02	\N
50271	2023762903	1242	23	3	2023-09-02 11:30:00+02	2023-09-02 12:00:00+02	Labor	ERSCHIENEN	ZUWEISUNG	2023-07-05 23:02:00+02	\N
50272	2023787525	1229	13	3	2023-09-02 13:00:00+02	2023-09-02 13:30:00+02	Tagesklinik	ERSCHIENEN	TELEFON	2023-07-25 09:56:00+02	Vorbefunde mitbringen
50273	2023513673	1288	20	10	2023-09-02 13:45:00+02	2023-09-02 14:45:00+02	Kontrolle	ERSCHIENEN	VOR_ORT	2023-07-27 06:23:00+02	\N
50274	2023445130	1298	17	7	2023-09-03 13:30:00+02	2023-09-03 14:00:00+02	Ambulanzbesuch	ERSCHIENEN	ZUWEISUNG	2023-08-05 07:16:00+02	\N
50275	2023964524	1066	22	2	2023-09-04 08:30:00+02	2023-09-04 09:30:00+02	Sonographie	ERSCHIENEN	PORTAL	2023-07-12 20:07:00+02	\N
50276	2023699428	1239	25	5	2023-09-08 07:15:00+02	2023-09-08 07:45:00+02	Befundbesprechung	ERSCHIENEN	VOR_ORT	2023-07-30 06:10:00+02	\N
50277	2023668902	1307	16	6	2023-09-11 07:45:00+02	2023-09-11 08:15:00+02	Sonographie	ERSCHIENEN	PORTAL	2023-07-12 21:11:00+02	\N
50278	2023781249	1066	25	5	2023-09-12 13:45:00+02	2023-09-12 14:00:00+02	OP-Vorgespräch	ABGESAGT	ZUWEISUNG	2023-08-10 08:17:00+02	e-card vergessen – nachreichen
50279	2023511639	1303	12	2	2023-09-12 15:15:00+02	2023-09-12 15:35:00+02	Ambulanzbesuch	ABGESAGT	ZUWEISUNG	2023-07-25 03:36:00+02	Kontrastmittelallergie beachten
50280	2023036019	1046	1	1	2023-09-13 13:15:00+02	2023-09-13 13:30:00+02	Nachkontrolle	ERSCHIENEN	VOR_ORT	2023-08-10 01:28:00+02	\N
50281	2023101613	1153	13	3	2023-09-14 14:00:00+02	2023-09-14 14:20:00+02	Kontrolle	ERSCHIENEN	VOR_ORT	2023-08-18 13:29:00+02	Patientin bittet um Rückruf unter +43 699 3564589
50282	2023996865	1254	7	7	2023-09-14 15:30:00+02	2023-09-14 16:30:00+02	Sonographie	ERSCHIENEN	ZUWEISUNG	2023-07-23 03:38:00+02	\N
50283	2023643120	1232	2	2	2023-09-14 16:45:00+02	2023-09-14 17:00:00+02	Sonographie	ERSCHIENEN	PORTAL	2023-08-11 09:46:00+02	Vorbefunde mitbringen
50284	2023854397	1232	8	8	2023-09-15 13:45:00+02	2023-09-15 14:15:00+02	OP-Vorgespräch	ERSCHIENEN	TELEFON	2023-07-19 03:01:00+02	Rollstuhl benötigt
50285	2023009133	1025	10	10	2023-09-17 08:30:00+02	2023-09-17 09:00:00+02	Sonographie	ERSCHIENEN	VOR_ORT	2023-08-25 22:00:00+02	\N
50286	2023956170	1265	23	3	2023-09-17 10:30:00+02	2023-09-17 11:00:00+02	Tagesklinik	ERSCHIENEN	PORTAL	2023-08-01 22:31:00+02	\N
50287	2023375665	1279	15	5	2023-09-17 12:30:00+02	2023-09-17 12:50:00+02	Sonographie	NICHT_ERSCHIENEN	PORTAL	2023-08-22 04:14:00+02	Kontrastmittelallergie beachten
50288	2023286736	1395	10	10	2023-09-17 13:15:00+02	2023-09-17 13:45:00+02	Kontrolle	ERSCHIENEN	PORTAL	2023-09-10 04:45:00+02	\N
50289	2023023381	1388	5	5	2023-09-17 15:45:00+02	2023-09-17 16:30:00+02	Ambulanzbesuch	ABGESAGT	TELEFON	2023-08-08 13:24:00+02	\N
50290	2023010890	1033	18	8	2023-09-18 07:30:00+02	2023-09-18 08:00:00+02	Labor	ERSCHIENEN	TELEFON	2023-07-19 23:12:00+02	\N
50291	2023394742	1080	13	3	2023-09-18 14:15:00+02	2023-09-18 14:30:00+02	Labor	NICHT_ERSCHIENEN	PORTAL	2023-07-30 10:38:00+02	\N
50292	2023567144	1222	15	5	2023-09-20 16:15:00+02	2023-09-20 17:00:00+02	Labor	ERSCHIENEN	ZUWEISUNG	2023-09-08 15:52:00+02	\N
50293	2023258757	1192	24	4	2023-09-22 08:15:00+02	2023-09-22 09:15:00+02	Sonographie	ERSCHIENEN	TELEFON	2023-09-02 22:06:00+02	Patient bittet um Rückruf unter 0664/3062185
50294	2023681989	1428	8	8	2023-09-22 10:00:00+02	2023-09-22 11:00:00+02	Nachkontrolle	ERSCHIENEN	ZUWEISUNG	2023-08-26 09:27:00+02	Bitte nüchtern erscheinen
50295	2023734605	1282	16	6	2023-09-23 11:30:00+02	2023-09-23 12:30:00+02	Ambulanzbesuch	ERSCHIENEN	TELEFON	2023-08-05 03:22:00+02	Bitte nüchtern erscheinen
50296	2023223506	1435	17	7	2023-09-26 07:45:00+02	2023-09-26 08:45:00+02	Labor	ABGESAGT	PORTAL	2023-08-24 21:49:00+02	Dolmetsch (BKS) erforderlich
50297	2023773527	1141	14	4	2023-09-29 09:15:00+02	2023-09-29 10:00:00+02	Erstuntersuchung	ERSCHIENEN	TELEFON	2023-08-13 00:18:00+02	Patientin bittet um Rückruf unter +43 677 9350848
50298	2023082601	1386	8	8	2023-09-30 13:00:00+02	2023-09-30 13:30:00+02	Ambulanzbesuch	ERSCHIENEN	ZUWEISUNG	2023-08-13 01:10:00+02	\N
50299	2023259599	1351	24	4	2023-10-02 07:00:00+02	2023-10-02 07:45:00+02	Ambulanzbesuch	ERSCHIENEN	ZUWEISUNG	2023-09-22 01:02:00+02	Dolmetsch (BKS) erforderlich
50300	2023577052	1016	10	10	2023-10-03 11:45:00+02	2023-10-03 12:00:00+02	Befundbesprechung	ERSCHIENEN	VOR_ORT	2023-09-23 02:41:00+02	\N
50301	2023907913	1229	19	9	2023-10-03 13:45:00+02	2023-10-03 14:15:00+02	Tagesklinik	ERSCHIENEN	VOR_ORT	2023-09-07 11:49:00+02	\N
50302	2023445582	1288	26	6	2023-10-03 16:30:00+02	2023-10-03 17:15:00+02	Erstuntersuchung	ERSCHIENEN	TELEFON	2023-09-14 04:10:00+02	\N
50303	2023807191	1341	17	7	2023-10-04 09:00:00+02	2023-10-04 09:30:00+02	Sonographie	ERSCHIENEN	VOR_ORT	2023-08-21 00:37:00+02	\N
50304	2023067472	1183	21	1	2023-10-04 10:45:00+02	2023-10-04 11:30:00+02	Befundbesprechung	NICHT_ERSCHIENEN	VOR_ORT	2023-09-15 09:56:00+02	\N
50305	2023619062	1170	18	8	2023-10-06 11:15:00+02	2023-10-06 11:35:00+02	Labor	ABGESAGT	VOR_ORT	2023-10-02 05:27:00+02	Rollstuhl benötigt
50306	2023815298	1093	4	4	2023-10-06 14:00:00+02	2023-10-06 14:30:00+02	OP-Vorgespräch	ERSCHIENEN	VOR_ORT	2023-09-19 05:34:00+02	Überweisung liegt vor
50307	2023231272	1229	19	9	2023-10-08 16:15:00+02	2023-10-08 16:45:00+02	Sonographie	ERSCHIENEN	ZUWEISUNG	2023-08-26 08:46:00+02	Kontrastmittelallergie beachten
50308	2023162567	1166	8	8	2023-10-10 07:15:00+02	2023-10-10 08:15:00+02	OP-Vorgespräch	NICHT_ERSCHIENEN	TELEFON	2023-09-11 18:50:00+02	\N
50309	2023510753	1033	6	6	2023-10-10 16:45:00+02	2023-10-10 17:00:00+02	Labor	ERSCHIENEN	VOR_ORT	2023-08-22 15:50:00+02	\N
50310	2023519631	1066	23	3	2023-10-11 07:15:00+02	2023-10-11 07:30:00+02	Labor	NICHT_ERSCHIENEN	TELEFON	2023-08-12 04:15:00+02	\N
50311	2023006867	1325	4	4	2023-10-11 11:00:00+02	2023-10-11 11:45:00+02	Tagesklinik	ERSCHIENEN	ZUWEISUNG	2023-09-12 07:41:00+02	\N
50312	2023222646	1360	23	3	2023-10-14 07:15:00+02	2023-10-14 08:15:00+02	Erstuntersuchung	ERSCHIENEN	TELEFON	2023-08-29 20:20:00+02	Bitte nüchtern erscheinen
50313	2023153779	1350	20	10	2023-10-15 15:15:00+02	2023-10-15 15:30:00+02	Nachkontrolle	ERSCHIENEN	ZUWEISUNG	2023-08-21 04:13:00+02	Überweisung liegt vor
50314	2023315670	1201	23	3	2023-10-17 12:30:00+02	2023-10-17 12:45:00+02	Tagesklinik	ERSCHIENEN	VOR_ORT	2023-10-02 00:59:00+02	\N
50315	2023395611	1152	8	8	2023-10-19 15:00:00+02	2023-10-19 15:15:00+02	Sonographie	ERSCHIENEN	ZUWEISUNG	2023-09-09 13:47:00+02	Bitte nüchtern erscheinen
50316	2023953921	1065	16	6	2023-10-20 10:00:00+02	2023-10-20 10:30:00+02	Erstuntersuchung	ABGESAGT	VOR_ORT	2023-08-28 21:54:00+02	\N
50317	2023786955	1209	10	10	2023-10-20 10:00:00+02	2023-10-20 11:00:00+02	Nachkontrolle	ERSCHIENEN	VOR_ORT	2023-09-07 21:47:00+02	\N
50318	2023947410	1225	26	6	2023-10-21 09:30:00+02	2023-10-21 10:30:00+02	Sonographie	ERSCHIENEN	TELEFON	2023-09-07 05:28:00+02	\N
50319	2023486027	1354	19	9	2023-10-21 14:30:00+02	2023-10-21 15:00:00+02	Erstuntersuchung	NICHT_ERSCHIENEN	VOR_ORT	2023-09-10 09:48:00+02	\N
50320	2023499140	1242	18	8	2023-10-21 15:45:00+02	2023-10-21 16:00:00+02	OP-Vorgespräch	ERSCHIENEN	ZUWEISUNG	2023-09-03 07:49:00+02	Kontrastmittelallergie beachten
50321	2023592164	1327	7	7	2023-10-21 16:30:00+02	2023-10-21 16:50:00+02	Befundbesprechung	NICHT_ERSCHIENEN	VOR_ORT	2023-09-11 15:19:00+02	Dolmetsch (BKS) erforderlich
50322	2023341097	1003	11	1	2023-10-22 07:15:00+02	2023-10-22 07:30:00+02	OP-Vorgespräch	ERSCHIENEN	ZUWEISUNG	2023-08-30 01:39:00+02	\N
50323	2023639769	1277	7	7	2023-10-22 07:30:00+02	2023-10-22 08:00:00+02	Kontrolle	ERSCHIENEN	VOR_ORT	2023-09-13 20:33:00+02	\N
50324	2023539990	1225	22	2	2023-10-22 12:00:00+02	2023-10-22 13:00:00+02	Labor	ERSCHIENEN	TELEFON	2023-10-15 02:44:00+02	Vorbefunde mitbringen
50325	2023886799	1025	5	5	2023-10-23 08:15:00+02	2023-10-23 09:00:00+02	Tagesklinik	ERSCHIENEN	VOR_ORT	2023-10-09 06:15:00+02	Überweisung liegt vor
50326	2023472541	1037	4	4	2023-10-29 09:15:00+02	2023-10-29 10:00:00+02	Erstuntersuchung	ABGESAGT	ZUWEISUNG	2023-09-18 00:36:00+02	Überweisung liegt vor
50327	2023491922	1140	10	10	2023-10-30 09:30:00+02	2023-10-30 10:30:00+02	Befundbesprechung	ERSCHIENEN	PORTAL	2023-09-06 22:25:00+02	Überweisung liegt vor
50328	2023933992	1291	24	4	2023-10-30 16:30:00+02	2023-10-30 16:45:00+02	Nachkontrolle	ERSCHIENEN	TELEFON	2023-10-14 07:01:00+02	\N
50329	2023315079	1174	6	6	2023-11-01 08:30:00+01	2023-11-01 09:30:00+01	Kontrolle	ERSCHIENEN	PORTAL	2023-10-05 02:08:00+02	\N
50330	2023863912	1153	21	1	2023-11-03 07:30:00+01	2023-11-03 08:00:00+01	OP-Vorgespräch	ERSCHIENEN	VOR_ORT	2023-10-29 04:41:00+02	Dolmetsch (BKS) erforderlich
50331	2023785423	1212	9	9	2023-11-03 12:15:00+01	2023-11-03 12:35:00+01	Ambulanzbesuch	ABGESAGT	VOR_ORT	2023-09-13 02:03:00+02	Dolmetsch (BKS) erforderlich
50332	2023551330	1157	2	2	2023-11-04 10:00:00+01	2023-11-04 10:15:00+01	Tagesklinik	ERSCHIENEN	TELEFON	2023-10-25 08:30:00+02	\N
50333	2023959059	1429	20	10	2023-11-05 13:00:00+01	2023-11-05 13:20:00+01	Befundbesprechung	ERSCHIENEN	VOR_ORT	2023-10-01 03:18:00+02	Kontrastmittelallergie beachten
50334	2023020672	1198	6	6	2023-11-05 15:45:00+01	2023-11-05 16:30:00+01	Labor	ERSCHIENEN	PORTAL	2023-09-11 14:44:00+02	Termin verschoben auf Wunsch
50335	2023186754	1235	2	2	2023-11-06 09:30:00+01	2023-11-06 10:15:00+01	Labor	ABGESAGT	PORTAL	2023-09-19 23:34:00+02	\N
50336	2023532152	1287	21	1	2023-11-07 12:45:00+01	2023-11-07 13:05:00+01	OP-Vorgespräch	ERSCHIENEN	TELEFON	2023-09-16 05:48:00+02	Patientin bittet um Rückruf unter +436778795448
50337	2023116602	1217	22	2	2023-11-08 11:00:00+01	2023-11-08 11:45:00+01	Tagesklinik	ERSCHIENEN	ZUWEISUNG	2023-11-02 07:38:00+01	\N
50338	2023588666	1403	19	9	2023-11-10 08:45:00+01	2023-11-10 09:05:00+01	Erstuntersuchung	ERSCHIENEN	TELEFON	2023-09-27 04:57:00+02	\N
50339	2023940805	1225	20	10	2023-11-10 09:00:00+01	2023-11-10 09:20:00+01	Befundbesprechung	NICHT_ERSCHIENEN	VOR_ORT	2023-10-14 21:51:00+02	Überweisung liegt vor
50340	2023292991	1003	25	5	2023-11-10 16:30:00+01	2023-11-10 17:15:00+01	Kontrolle	NICHT_ERSCHIENEN	PORTAL	2023-10-13 14:46:00+02	e-card vergessen – nachreichen
50341	2023484383	1332	11	1	2023-11-13 15:30:00+01	2023-11-13 15:45:00+01	OP-Vorgespräch	ERSCHIENEN	TELEFON	2023-09-28 03:03:00+02	Patient bittet um Rückruf unter 0681/4015002
50342	2023212497	1025	18	8	2023-11-14 11:45:00+01	2023-11-14 12:05:00+01	Labor	ERSCHIENEN	TELEFON	2023-09-23 02:36:00+02	Termin verschoben auf Wunsch
50343	2023649241	1246	8	8	2023-11-17 15:00:00+01	2023-11-17 15:30:00+01	Nachkontrolle	ERSCHIENEN	VOR_ORT	2023-11-15 06:27:00+01	\N
50344	2023157488	1257	7	7	2023-11-19 15:00:00+01	2023-11-19 15:30:00+01	Nachkontrolle	ERSCHIENEN	TELEFON	2023-11-08 07:06:00+01	Rollstuhl benötigt
50345	2023510154	1152	20	10	2023-11-20 08:00:00+01	2023-11-20 09:00:00+01	Nachkontrolle	ERSCHIENEN	TELEFON	2023-09-27 07:22:00+02	\N
50346	2023976920	1166	19	9	2023-11-20 13:45:00+01	2023-11-20 14:30:00+01	Nachkontrolle	ERSCHIENEN	TELEFON	2023-09-28 11:18:00+02	\N
50347	2023320590	1383	17	7	2023-11-20 14:00:00+01	2023-11-20 15:00:00+01	Labor	ERSCHIENEN	TELEFON	2023-09-25 02:36:00+02	\N
50348	2023103862	1170	21	1	2023-11-21 12:45:00+01	2023-11-21 13:30:00+01	Befundbesprechung	ERSCHIENEN	VOR_ORT	2023-11-16 02:11:00+01	Dolmetsch (BKS) erforderlich
50349	2023372529	1086	1	1	2023-11-21 16:00:00+01	2023-11-21 16:20:00+01	Labor	NICHT_ERSCHIENEN	ZUWEISUNG	2023-11-20 05:55:00+01	\N
50350	2023939360	1170	20	10	2023-11-23 09:00:00+01	2023-11-23 09:20:00+01	Sonographie	ERSCHIENEN	PORTAL	2023-10-03 07:45:00+02	\N
50351	2023756313	1245	7	7	2023-11-23 10:15:00+01	2023-11-23 10:35:00+01	Tagesklinik	ERSCHIENEN	PORTAL	2023-11-18 07:49:00+01	Rollstuhl benötigt
50352	2023338438	1037	8	8	2023-11-24 13:30:00+01	2023-11-24 13:45:00+01	OP-Vorgespräch	ERSCHIENEN	TELEFON	2023-11-18 00:36:00+01	\N
50353	2023019187	1269	8	8	2023-11-25 11:45:00+01	2023-11-25 12:00:00+01	Erstuntersuchung	ABGESAGT	TELEFON	2023-10-01 06:49:00+02	\N
50354	2023954780	1416	16	6	2023-11-26 14:15:00+01	2023-11-26 14:35:00+01	OP-Vorgespräch	ERSCHIENEN	ZUWEISUNG	2023-10-24 12:17:00+02	Rollstuhl benötigt
50355	2023690747	1291	1	1	2023-11-27 07:15:00+01	2023-11-27 07:45:00+01	OP-Vorgespräch	ERSCHIENEN	TELEFON	2023-09-28 23:00:00+02	Rollstuhl benötigt
50356	2023034139	1336	20	10	2023-11-27 07:15:00+01	2023-11-27 08:00:00+01	Tagesklinik	ERSCHIENEN	VOR_ORT	2023-10-03 22:57:00+02	Patient bittet um Rückruf unter 0677 2082368
50357	2023462968	1025	12	2	2023-11-28 10:30:00+01	2023-11-28 11:00:00+01	Kontrolle	ERSCHIENEN	ZUWEISUNG	2023-10-29 03:46:00+02	\N
50358	2023895298	1249	21	1	2023-11-30 14:15:00+01	2023-11-30 14:35:00+01	Erstuntersuchung	ERSCHIENEN	VOR_ORT	2023-10-10 03:15:00+02	\N
50359	2023053773	1341	8	8	2023-12-04 11:30:00+01	2023-12-04 12:30:00+01	Kontrolle	NICHT_ERSCHIENEN	PORTAL	2023-10-05 00:53:00+02	Dolmetsch (BKS) erforderlich
50360	2023139495	1294	23	3	2023-12-08 12:00:00+01	2023-12-08 12:15:00+01	Nachkontrolle	ERSCHIENEN	ZUWEISUNG	2023-10-30 07:33:00+02	\N
50361	2023356862	1291	25	5	2023-12-09 10:30:00+01	2023-12-09 10:45:00+01	Ambulanzbesuch	ERSCHIENEN	TELEFON	2023-11-23 05:55:00+01	Rollstuhl benötigt
50362	2023750868	1217	25	5	2023-12-09 14:15:00+01	2023-12-09 15:00:00+01	Ambulanzbesuch	ERSCHIENEN	PORTAL	2023-10-17 09:21:00+02	\N
50363	2023117341	1066	3	3	2023-12-10 10:15:00+01	2023-12-10 11:15:00+01	Sonographie	ABGESAGT	ZUWEISUNG	2023-11-29 02:46:00+01	\N
50364	2023888015	1020	4	4	2023-12-11 08:00:00+01	2023-12-11 08:15:00+01	Nachkontrolle	ERSCHIENEN	TELEFON	2023-11-27 19:36:00+01	Kontrastmittelallergie beachten
50365	2023766575	1336	9	9	2023-12-11 08:30:00+01	2023-12-11 08:50:00+01	Befundbesprechung	ERSCHIENEN	TELEFON	2023-10-21 01:51:00+02	Termin verschoben auf Wunsch
50366	2023017441	1020	19	9	2023-12-11 10:30:00+01	2023-12-11 10:50:00+01	OP-Vorgespräch	ERSCHIENEN	TELEFON	2023-10-31 01:07:00+02	Vorbefunde mitbringen
50367	2023655481	1037	10	10	2023-12-11 11:15:00+01	2023-12-11 11:45:00+01	Labor	ERSCHIENEN	VOR_ORT	2023-11-18 00:36:00+01	\N
50368	2023060512	1375	7	7	2023-12-11 12:00:00+01	2023-12-11 13:00:00+01	Ambulanzbesuch	ERSCHIENEN	VOR_ORT	2023-11-23 02:07:00+01	Patient bittet um Rückruf unter 0677 4043646
50369	2023115506	1070	10	10	2023-12-11 12:30:00+01	2023-12-11 13:00:00+01	OP-Vorgespräch	ERSCHIENEN	PORTAL	2023-10-17 09:21:00+02	\N
50370	2023953495	1303	2	2	2023-12-12 14:15:00+01	2023-12-12 14:45:00+01	Kontrolle	ERSCHIENEN	VOR_ORT	2023-10-26 05:31:00+02	\N
50371	2023601780	1388	11	1	2023-12-13 07:45:00+01	2023-12-13 08:30:00+01	Sonographie	ERSCHIENEN	PORTAL	2023-11-08 01:05:00+01	Patientin bittet um Rückruf unter 0680/1033278
50372	2023639936	1435	20	10	2023-12-13 11:30:00+01	2023-12-13 12:15:00+01	Befundbesprechung	ERSCHIENEN	PORTAL	2023-12-06 09:39:00+01	e-card vergessen – nachreichen
50373	2023567485	1303	20	10	2023-12-13 15:00:00+01	2023-12-13 15:45:00+01	Befundbesprechung	ERSCHIENEN	ZUWEISUNG	2023-11-16 12:04:00+01	Dolmetsch (BKS) erforderlich
50374	2023125435	1212	11	1	2023-12-14 14:15:00+01	2023-12-14 14:45:00+01	Befundbesprechung	ERSCHIENEN	ZUWEISUNG	2023-12-02 02:18:00+01	\N
50375	2023403676	1277	23	3	2023-12-14 15:30:00+01	2023-12-14 16:30:00+01	Nachkontrolle	ERSCHIENEN	VOR_ORT	2023-11-03 06:24:00+01	Bitte nüchtern erscheinen
50376	2023029039	1097	2	2	2023-12-15 10:30:00+01	2023-12-15 11:00:00+01	Befundbesprechung	NICHT_ERSCHIENEN	TELEFON	2023-11-05 03:50:00+01	\N
50377	2023070312	1073	11	1	2023-12-15 16:15:00+01	2023-12-15 17:00:00+01	Befundbesprechung	ERSCHIENEN	ZUWEISUNG	2023-11-29 09:48:00+01	Überweisung liegt vor
50378	2023976621	1050	5	5	2023-12-16 10:45:00+01	2023-12-16 11:30:00+01	Kontrolle	ERSCHIENEN	VOR_ORT	2023-12-09 05:17:00+01	\N
50379	2023441328	1133	11	1	2023-12-18 07:15:00+01	2023-12-18 08:00:00+01	Sonographie	ERSCHIENEN	ZUWEISUNG	2023-11-25 23:35:00+01	Termin verschoben auf Wunsch
50380	2023983019	1044	14	4	2023-12-18 08:30:00+01	2023-12-18 09:30:00+01	Ambulanzbesuch	NICHT_ERSCHIENEN	VOR_ORT	2023-11-24 01:07:00+01	\N
50381	2023744998	1321	25	5	2023-12-21 11:30:00+01	2023-12-21 12:30:00+01	Befundbesprechung	ERSCHIENEN	VOR_ORT	2023-12-12 05:08:00+01	Vorbefunde mitbringen
50382	2023396729	1152	9	9	2023-12-21 13:00:00+01	2023-12-21 13:30:00+01	Kontrolle	NICHT_ERSCHIENEN	VOR_ORT	2023-12-04 08:42:00+01	\N
50383	2023296317	1183	9	9	2023-12-23 14:00:00+01	2023-12-23 14:20:00+01	Ambulanzbesuch	ERSCHIENEN	TELEFON	2023-11-02 02:04:00+01	\N
50384	2023780057	1140	14	4	2023-12-23 16:30:00+01	2023-12-23 16:50:00+01	Sonographie	ERSCHIENEN	VOR_ORT	2023-11-05 04:22:00+01	\N
50385	2023091257	1062	7	7	2023-12-24 07:00:00+01	2023-12-24 07:20:00+01	Tagesklinik	ABGESAGT	TELEFON	2023-11-15 05:47:00+01	Patient bittet um Rückruf unter +43 699 2976304
50386	2023883739	1146	5	5	2023-12-24 08:30:00+01	2023-12-24 09:30:00+01	OP-Vorgespräch	ABGESAGT	TELEFON	2023-12-15 00:18:00+01	Überweisung liegt vor
50387	2023085209	1388	17	7	2023-12-24 16:15:00+01	2023-12-24 16:35:00+01	Nachkontrolle	ERSCHIENEN	PORTAL	2023-12-04 10:22:00+01	\N
50388	2023868689	1294	15	5	2023-12-25 09:15:00+01	2023-12-25 09:45:00+01	Labor	ERSCHIENEN	VOR_ORT	2023-11-04 06:28:00+01	\N
50389	2023781968	1325	26	6	2023-12-25 16:30:00+01	2023-12-25 17:00:00+01	Tagesklinik	ERSCHIENEN	PORTAL	2023-10-30 04:50:00+02	Dolmetsch (BKS) erforderlich
50390	2023596153	1087	18	8	2023-12-26 07:00:00+01	2023-12-26 07:45:00+01	Ambulanzbesuch	ERSCHIENEN	VOR_ORT	2023-12-08 03:38:00+01	\N
50391	2023575091	1294	24	4	2023-12-26 08:00:00+01	2023-12-26 09:00:00+01	Tagesklinik	ABGESAGT	TELEFON	2023-12-21 04:20:00+01	\N
50392	2023479940	1383	6	6	2023-12-27 08:45:00+01	2023-12-27 09:00:00+01	Kontrolle	ERSCHIENEN	TELEFON	2023-12-24 03:21:00+01	\N
50393	2023570269	1201	24	4	2023-12-27 09:15:00+01	2023-12-27 10:00:00+01	Erstuntersuchung	ERSCHIENEN	PORTAL	2023-12-05 05:42:00+01	\N
50394	2023184431	1321	9	9	2023-12-27 12:15:00+01	2023-12-27 12:30:00+01	Labor	ERSCHIENEN	ZUWEISUNG	2023-12-01 03:44:00+01	Überweisung liegt vor
50395	2023713845	1050	7	7	2023-12-28 11:00:00+01	2023-12-28 11:20:00+01	Tagesklinik	ERSCHIENEN	ZUWEISUNG	2023-11-19 08:58:00+01	\N
50396	2023392524	1083	16	6	2023-12-29 07:15:00+01	2023-12-29 07:45:00+01	Kontrolle	ERSCHIENEN	TELEFON	2023-12-07 20:40:00+01	\N
50397	2023366632	1062	13	3	2023-12-30 12:00:00+01	2023-12-30 12:20:00+01	Nachkontrolle	ABGESAGT	ZUWEISUNG	2023-11-11 04:35:00+01	\N
50398	2023567951	1254	19	9	2023-12-30 15:00:00+01	2023-12-30 15:20:00+01	Kontrolle	ERSCHIENEN	ZUWEISUNG	2023-12-10 06:34:00+01	e-card vergessen – nachreichen
50399	2024402206	1350	20	10	2024-01-01 07:45:00+01	2024-01-01 08:00:00+01	OP-Vorgespräch	NICHT_ERSCHIENEN	ZUWEISUNG	2023-11-19 00:22:00+01	Kontrastmittelallergie beachten
50400	2024058949	1065	1	1	2024-01-02 12:30:00+01	2024-01-02 13:30:00+01	Nachkontrolle	NICHT_ERSCHIENEN	TELEFON	2023-12-20 07:12:00+01	Vorbefunde mitbringen
50401	2024202442	1440	5	5	2024-01-02 13:30:00+01	2024-01-02 14:00:00+01	Erstuntersuchung	ABGESAGT	ZUWEISUNG	2023-11-06 04:34:00+01	Termin verschoben auf Wunsch
50402	2024434055	1269	17	7	2024-01-02 13:45:00+01	2024-01-02 14:15:00+01	Nachkontrolle	ERSCHIENEN	PORTAL	2023-12-05 13:43:00+01	Überweisung liegt vor
50403	2024516755	1378	20	10	2024-01-03 13:30:00+01	2024-01-03 13:45:00+01	Befundbesprechung	ERSCHIENEN	PORTAL	2023-12-16 03:49:00+01	\N
50404	2024605057	1294	18	8	2024-01-04 13:15:00+01	2024-01-04 13:45:00+01	Kontrolle	ERSCHIENEN	TELEFON	2023-11-14 04:38:00+01	Rollstuhl benötigt
50405	2024560645	1360	20	10	2024-01-07 10:45:00+01	2024-01-07 11:05:00+01	Erstuntersuchung	ERSCHIENEN	TELEFON	2023-11-10 01:48:00+01	\N
50406	2024903458	1341	19	9	2024-01-08 14:30:00+01	2024-01-08 15:15:00+01	Nachkontrolle	ABGESAGT	ZUWEISUNG	2023-12-05 03:59:00+01	Überweisung liegt vor
50407	2024877072	1294	7	7	2024-01-11 08:00:00+01	2024-01-11 09:00:00+01	Nachkontrolle	ERSCHIENEN	ZUWEISUNG	2023-12-07 03:27:00+01	Vorbefunde mitbringen
50408	2024759043	1441	26	6	2024-01-11 14:45:00+01	2024-01-11 15:00:00+01	Erstuntersuchung	ERSCHIENEN	VOR_ORT	2023-12-05 05:20:00+01	Rollstuhl benötigt
50409	2024780114	1277	12	2	2024-01-12 09:15:00+01	2024-01-12 10:15:00+01	Labor	ERSCHIENEN	PORTAL	2024-01-08 04:17:00+01	\N
50410	2024898169	1100	23	3	2024-01-15 14:45:00+01	2024-01-15 15:05:00+01	Kontrolle	ERSCHIENEN	TELEFON	2024-01-06 03:45:00+01	\N
50411	2024684364	1205	17	7	2024-01-16 08:30:00+01	2024-01-16 09:30:00+01	Erstuntersuchung	ERSCHIENEN	ZUWEISUNG	2024-01-05 07:32:00+01	\N
50412	2024246381	1287	5	5	2024-01-17 16:00:00+01	2024-01-17 16:15:00+01	Sonographie	ABGESAGT	TELEFON	2023-12-21 09:12:00+01	\N
50413	2024097530	1020	22	2	2024-01-18 12:00:00+01	2024-01-18 12:20:00+01	Kontrolle	ABGESAGT	TELEFON	2023-12-04 03:08:00+01	Dolmetsch (BKS) erforderlich
50414	2024114157	1020	6	6	2024-01-19 07:30:00+01	2024-01-19 07:45:00+01	Erstuntersuchung	ERSCHIENEN	VOR_ORT	2023-12-29 02:00:00+01	\N
50415	2024706792	1170	22	2	2024-01-19 12:15:00+01	2024-01-19 13:15:00+01	Ambulanzbesuch	ERSCHIENEN	TELEFON	2023-12-28 01:25:00+01	\N
50416	2024888957	1341	18	8	2024-01-20 13:15:00+01	2024-01-20 13:35:00+01	OP-Vorgespräch	ERSCHIENEN	VOR_ORT	2024-01-07 04:00:00+01	\N
50417	2024932008	1270	11	1	2024-01-22 11:15:00+01	2024-01-22 12:15:00+01	Kontrolle	ERSCHIENEN	TELEFON	2023-12-17 07:12:00+01	\N
50418	2024491192	1217	3	3	2024-01-23 07:30:00+01	2024-01-23 07:45:00+01	Nachkontrolle	ERSCHIENEN	PORTAL	2023-12-24 00:20:00+01	\N
50419	2024937947	1186	9	9	2024-01-24 07:15:00+01	2024-01-24 08:00:00+01	Sonographie	ERSCHIENEN	TELEFON	2023-12-07 03:42:00+01	Dolmetsch (BKS) erforderlich
50420	2024802066	1106	9	9	2024-01-24 07:45:00+01	2024-01-24 08:30:00+01	Tagesklinik	NICHT_ERSCHIENEN	PORTAL	2023-12-27 02:54:00+01	\N
50421	2024595184	1346	15	5	2024-01-25 14:15:00+01	2024-01-25 15:15:00+01	Kontrolle	ERSCHIENEN	PORTAL	2023-12-02 04:15:00+01	\N
50422	2024947134	1416	7	7	2024-01-28 12:00:00+01	2024-01-28 12:15:00+01	Labor	ERSCHIENEN	VOR_ORT	2023-12-27 06:39:00+01	Vorbefunde mitbringen
50423	2024117359	1327	18	8	2024-01-29 11:45:00+01	2024-01-29 12:15:00+01	Tagesklinik	ERSCHIENEN	TELEFON	2024-01-17 04:46:00+01	\N
50424	2024190369	1383	20	10	2024-01-30 13:15:00+01	2024-01-30 13:35:00+01	Sonographie	ERSCHIENEN	TELEFON	2023-12-05 10:51:00+01	Rollstuhl benötigt
50425	2024099571	1350	8	8	2024-01-31 07:00:00+01	2024-01-31 07:30:00+01	Ambulanzbesuch	ERSCHIENEN	TELEFON	2023-12-08 05:23:00+01	\N
50426	2024239849	1198	4	4	2024-02-02 08:45:00+01	2024-02-02 09:00:00+01	Befundbesprechung	ERSCHIENEN	TELEFON	2023-12-25 00:58:00+01	\N
50427	2024132984	1351	1	1	2024-02-04 08:45:00+01	2024-02-04 09:05:00+01	OP-Vorgespräch	ERSCHIENEN	ZUWEISUNG	2024-01-31 23:17:00+01	Kontrastmittelallergie beachten
50428	2024085224	1354	4	4	2024-02-04 14:00:00+01	2024-02-04 14:30:00+01	Erstuntersuchung	ERSCHIENEN	TELEFON	2024-01-31 13:55:00+01	\N
50429	2024933340	1021	1	1	2024-02-05 15:00:00+01	2024-02-05 15:15:00+01	Sonographie	ABGESAGT	ZUWEISUNG	2024-01-20 13:58:00+01	Dolmetsch (BKS) erforderlich
50430	2024378888	1046	24	4	2024-02-05 16:00:00+01	2024-02-05 17:00:00+01	OP-Vorgespräch	ERSCHIENEN	PORTAL	2024-01-14 12:15:00+01	Dolmetsch (BKS) erforderlich
50431	2024417731	1291	17	7	2024-02-06 12:45:00+01	2024-02-06 13:00:00+01	Sonographie	ERSCHIENEN	TELEFON	2024-01-30 07:49:00+01	\N
50432	2024586440	1192	26	6	2024-02-07 09:30:00+01	2024-02-07 09:50:00+01	Erstuntersuchung	NICHT_ERSCHIENEN	PORTAL	2024-01-03 07:21:00+01	Bitte nüchtern erscheinen
50433	2024465156	1070	14	4	2024-02-07 11:45:00+01	2024-02-07 12:15:00+01	Sonographie	ERSCHIENEN	TELEFON	2024-01-30 04:42:00+01	\N
50434	2024824970	1327	19	9	2024-02-08 10:15:00+01	2024-02-08 10:35:00+01	OP-Vorgespräch	ABGESAGT	VOR_ORT	2023-12-29 09:58:00+01	Vorbefunde mitbringen
50435	2024094962	1440	24	4	2024-02-08 10:45:00+01	2024-02-08 11:45:00+01	Ambulanzbesuch	ERSCHIENEN	PORTAL	2024-01-28 03:46:00+01	Termin verschoben auf Wunsch
50436	2024805703	1222	26	6	2024-02-08 15:30:00+01	2024-02-08 15:50:00+01	Tagesklinik	ERSCHIENEN	VOR_ORT	2023-12-30 04:18:00+01	Patient bittet um Rückruf unter +436643674478
50437	2024950264	1374	7	7	2024-02-10 10:00:00+01	2024-02-10 10:30:00+01	Befundbesprechung	ERSCHIENEN	TELEFON	2024-02-01 21:34:00+01	\N
50438	2024328957	1180	9	9	2024-02-11 13:00:00+01	2024-02-11 13:45:00+01	Tagesklinik	ERSCHIENEN	ZUWEISUNG	2023-12-23 05:03:00+01	\N
50439	2024107646	1336	25	5	2024-02-11 15:15:00+01	2024-02-11 16:00:00+01	Ambulanzbesuch	ABGESAGT	VOR_ORT	2024-02-04 10:49:00+01	e-card vergessen – nachreichen
50440	2024924552	1033	5	5	2024-02-12 09:30:00+01	2024-02-12 10:00:00+01	Ambulanzbesuch	ERSCHIENEN	TELEFON	2024-01-18 22:31:00+01	\N
50441	2024305570	1246	17	7	2024-02-13 12:15:00+01	2024-02-13 13:15:00+01	OP-Vorgespräch	ERSCHIENEN	TELEFON	2024-01-15 08:12:00+01	Rollstuhl benötigt
50442	2024511751	1441	4	4	2024-02-14 11:45:00+01	2024-02-14 12:00:00+01	Kontrolle	ABGESAGT	TELEFON	2023-12-27 02:15:00+01	\N
50443	2024121104	1245	21	1	2024-02-16 09:15:00+01	2024-02-16 10:15:00+01	Ambulanzbesuch	ERSCHIENEN	PORTAL	2024-01-05 06:00:00+01	Dolmetsch (BKS) erforderlich
50444	2024276622	1157	8	8	2024-02-16 11:15:00+01	2024-02-16 11:45:00+01	Ambulanzbesuch	ERSCHIENEN	ZUWEISUNG	2024-01-06 04:20:00+01	\N
50445	2024159875	1260	19	9	2024-02-16 11:45:00+01	2024-02-16 12:00:00+01	Erstuntersuchung	NICHT_ERSCHIENEN	TELEFON	2024-01-05 06:43:00+01	Überweisung liegt vor
50446	2024451132	1040	8	8	2024-02-16 13:45:00+01	2024-02-16 14:45:00+01	Tagesklinik	ERSCHIENEN	ZUWEISUNG	2023-12-19 01:42:00+01	Kontrastmittelallergie beachten
50447	2024812082	1133	14	4	2024-02-17 15:30:00+01	2024-02-17 16:15:00+01	Labor	ERSCHIENEN	VOR_ORT	2023-12-19 15:09:00+01	\N
50448	2024340047	1358	12	2	2024-02-18 16:45:00+01	2024-02-18 17:15:00+01	Ambulanzbesuch	ERSCHIENEN	ZUWEISUNG	2024-01-29 04:48:00+01	\N
50449	2024157449	1358	14	4	2024-02-21 15:00:00+01	2024-02-21 16:00:00+01	Sonographie	ERSCHIENEN	ZUWEISUNG	2024-01-12 02:07:00+01	e-card vergessen – nachreichen
50450	2024372101	1246	13	3	2024-02-25 09:00:00+01	2024-02-25 09:15:00+01	Befundbesprechung	ABGESAGT	TELEFON	2024-02-24 07:41:00+01	\N
50451	2024251544	1365	13	3	2024-02-25 11:30:00+01	2024-02-25 12:15:00+01	Kontrolle	ERSCHIENEN	TELEFON	2023-12-30 05:56:00+01	\N
50452	2024371248	1225	8	8	2024-02-26 07:45:00+01	2024-02-26 08:00:00+01	Befundbesprechung	ERSCHIENEN	ZUWEISUNG	2024-01-05 23:23:00+01	\N
50453	2024407141	1046	19	9	2024-02-28 11:30:00+01	2024-02-28 12:15:00+01	Labor	ERSCHIENEN	TELEFON	2024-02-08 00:18:00+01	\N
50454	2024913725	1183	12	2	2024-02-28 12:45:00+01	2024-02-28 13:00:00+01	Tagesklinik	ABGESAGT	ZUWEISUNG	2024-02-20 11:43:00+01	Termin verschoben auf Wunsch
50455	2024808677	1146	9	9	2024-03-02 12:15:00+01	2024-03-02 13:00:00+01	Kontrolle	ERSCHIENEN	ZUWEISUNG	2024-01-15 06:27:00+01	\N
50456	2024437598	1260	17	7	2024-03-03 16:45:00+01	2024-03-03 17:45:00+01	Nachkontrolle	ERSCHIENEN	ZUWEISUNG	2024-02-14 08:50:00+01	Termin verschoben auf Wunsch
50457	2024569807	1374	21	1	2024-03-04 15:15:00+01	2024-03-04 15:30:00+01	Befundbesprechung	ERSCHIENEN	TELEFON	2024-02-13 02:56:00+01	\N
50458	2024957115	1080	5	5	2024-03-05 08:00:00+01	2024-03-05 09:00:00+01	Sonographie	ERSCHIENEN	VOR_ORT	2024-02-01 07:11:00+01	\N
50459	2024231990	1062	19	9	2024-03-06 08:30:00+01	2024-03-06 08:45:00+01	Befundbesprechung	ERSCHIENEN	TELEFON	2024-02-18 20:46:00+01	Überweisung liegt vor
50460	2024090812	1170	18	8	2024-03-06 12:15:00+01	2024-03-06 12:45:00+01	Ambulanzbesuch	ERSCHIENEN	PORTAL	2024-02-11 03:31:00+01	Patientin bittet um Rückruf unter 0664 3898065
50461	2024271860	1046	1	1	2024-03-06 12:45:00+01	2024-03-06 13:30:00+01	Nachkontrolle	ERSCHIENEN	PORTAL	2024-01-23 03:31:00+01	Vorbefunde mitbringen
50462	2024433715	1303	17	7	2024-03-06 16:30:00+01	2024-03-06 17:15:00+01	Kontrolle	ERSCHIENEN	TELEFON	2024-01-29 07:54:00+01	\N
50463	2024558416	1033	8	8	2024-03-07 07:00:00+01	2024-03-07 07:45:00+01	Tagesklinik	NICHT_ERSCHIENEN	ZUWEISUNG	2024-01-11 04:18:00+01	\N
50464	2024182692	1100	1	1	2024-03-07 09:15:00+01	2024-03-07 09:45:00+01	Tagesklinik	ERSCHIENEN	ZUWEISUNG	2024-01-20 04:29:00+01	e-card vergessen – nachreichen
50465	2024834802	1246	6	6	2024-03-07 13:45:00+01	2024-03-07 14:30:00+01	Sonographie	ERSCHIENEN	ZUWEISUNG	2024-01-14 05:15:00+01	\N
50466	2024978245	1351	15	5	2024-03-07 15:30:00+01	2024-03-07 15:50:00+01	Kontrolle	ERSCHIENEN	ZUWEISUNG	2024-01-16 15:18:00+01	Dolmetsch (BKS) erforderlich
50467	2024107912	1205	18	8	2024-03-08 08:00:00+01	2024-03-08 08:30:00+01	Labor	NICHT_ERSCHIENEN	ZUWEISUNG	2024-01-29 03:58:00+01	\N
50468	2024875057	1428	24	4	2024-03-08 08:15:00+01	2024-03-08 08:30:00+01	Nachkontrolle	NICHT_ERSCHIENEN	ZUWEISUNG	2024-02-29 00:34:00+01	\N
50469	2024841107	1073	21	1	2024-03-08 14:45:00+01	2024-03-08 15:30:00+01	Ambulanzbesuch	ABGESAGT	PORTAL	2024-02-07 13:57:00+01	Bitte nüchtern erscheinen
50470	2024682470	1070	13	3	2024-03-11 09:30:00+01	2024-03-11 10:15:00+01	Nachkontrolle	ERSCHIENEN	PORTAL	2024-03-07 07:28:00+01	Vorbefunde mitbringen
50471	2024986651	1044	15	5	2024-03-11 10:15:00+01	2024-03-11 10:45:00+01	Tagesklinik	ERSCHIENEN	TELEFON	2024-02-19 03:31:00+01	Rollstuhl benötigt
50472	2024684954	1066	24	4	2024-03-12 12:45:00+01	2024-03-12 13:45:00+01	Nachkontrolle	ERSCHIENEN	ZUWEISUNG	2024-02-23 05:49:00+01	Kontrastmittelallergie beachten
50473	2024797610	1050	1	1	2024-03-14 16:15:00+01	2024-03-14 16:35:00+01	Befundbesprechung	ERSCHIENEN	PORTAL	2024-02-05 03:35:00+01	\N
50474	2024132127	1408	3	3	2024-03-17 07:45:00+01	2024-03-17 08:05:00+01	Ambulanzbesuch	ABGESAGT	TELEFON	2024-02-10 20:17:00+01	Rollstuhl benötigt
50475	2024657962	1383	8	8	2024-03-17 14:45:00+01	2024-03-17 15:00:00+01	Sonographie	ABGESAGT	VOR_ORT	2024-03-06 09:27:00+01	\N
50476	2024330566	1180	10	10	2024-03-20 07:30:00+01	2024-03-20 08:00:00+01	Erstuntersuchung	ERSCHIENEN	TELEFON	2024-01-30 06:26:00+01	Dolmetsch (BKS) erforderlich
50477	2024935904	1325	3	3	2024-03-22 11:00:00+01	2024-03-22 11:20:00+01	Sonographie	ERSCHIENEN	PORTAL	2024-03-21 03:06:00+01	Rollstuhl benötigt
50478	2024283338	1174	7	7	2024-03-24 12:15:00+01	2024-03-24 12:30:00+01	Kontrolle	ERSCHIENEN	TELEFON	2024-03-05 02:00:00+01	\N
50479	2024977472	1229	20	10	2024-03-25 08:30:00+01	2024-03-25 09:30:00+01	Erstuntersuchung	NICHT_ERSCHIENEN	VOR_ORT	2024-02-11 20:52:00+01	Patient bittet um Rückruf unter 0660 9257440
50480	2024279986	1174	17	7	2024-03-27 16:15:00+01	2024-03-27 16:35:00+01	Erstuntersuchung	ABGESAGT	VOR_ORT	2024-02-08 05:34:00+01	\N
50481	2024369163	1375	24	4	2024-03-27 16:15:00+01	2024-03-27 17:15:00+01	Ambulanzbesuch	ERSCHIENEN	TELEFON	2024-02-27 09:18:00+01	Rollstuhl benötigt
50482	2024119303	1166	14	4	2024-03-29 13:00:00+01	2024-03-29 13:30:00+01	OP-Vorgespräch	ERSCHIENEN	TELEFON	2024-03-16 05:38:00+01	\N
50483	2024970807	1291	17	7	2024-03-29 14:45:00+01	2024-03-29 15:15:00+01	Labor	ABGESAGT	ZUWEISUNG	2024-03-27 11:14:00+01	Vorbefunde mitbringen
50484	2024664967	1383	16	6	2024-03-29 15:45:00+01	2024-03-29 16:30:00+01	OP-Vorgespräch	ERSCHIENEN	TELEFON	2024-03-04 12:12:00+01	\N
50485	2024516987	1423	16	6	2024-03-30 11:45:00+01	2024-03-30 12:30:00+01	Labor	ERSCHIENEN	VOR_ORT	2024-02-07 02:40:00+01	Vorbefunde mitbringen
50486	2024811769	1044	14	4	2024-04-04 07:00:00+02	2024-04-04 07:20:00+02	Labor	ERSCHIENEN	ZUWEISUNG	2024-02-28 19:17:00+01	\N
50487	2024859071	1100	9	9	2024-04-04 07:45:00+02	2024-04-04 08:15:00+02	Labor	ABGESAGT	TELEFON	2024-02-22 20:42:00+01	\N
50488	2024953746	1246	14	4	2024-04-04 08:30:00+02	2024-04-04 09:15:00+02	Sonographie	ERSCHIENEN	ZUWEISUNG	2024-03-19 07:25:00+01	Termin verschoben auf Wunsch
50489	2024562460	1093	5	5	2024-04-04 12:45:00+02	2024-04-04 13:00:00+02	OP-Vorgespräch	ERSCHIENEN	ZUWEISUNG	2024-03-05 09:18:00+01	Termin verschoben auf Wunsch
50490	2024453319	1214	7	7	2024-04-05 08:15:00+02	2024-04-05 09:15:00+02	Tagesklinik	ERSCHIENEN	TELEFON	2024-03-10 21:31:00+01	\N
50491	2024823165	1051	18	8	2024-04-09 15:15:00+02	2024-04-09 15:35:00+02	Tagesklinik	ERSCHIENEN	TELEFON	2024-02-24 12:12:00+01	Rollstuhl benötigt
50492	2024016070	1118	26	6	2024-04-11 14:45:00+02	2024-04-11 15:30:00+02	Erstuntersuchung	ERSCHIENEN	ZUWEISUNG	2024-03-01 10:57:00+01	\N
50493	2024153852	1033	23	3	2024-04-12 12:00:00+02	2024-04-12 12:45:00+02	Befundbesprechung	ERSCHIENEN	PORTAL	2024-04-06 09:11:00+02	\N
50494	2024696357	1141	10	10	2024-04-13 10:00:00+02	2024-04-13 11:00:00+02	Tagesklinik	ERSCHIENEN	ZUWEISUNG	2024-03-13 21:17:00+01	\N
50495	2024528432	1242	2	2	2024-04-13 11:15:00+02	2024-04-13 12:15:00+02	Sonographie	ERSCHIENEN	VOR_ORT	2024-04-09 07:44:00+02	\N
50496	2024976888	1183	18	8	2024-04-13 14:00:00+02	2024-04-13 15:00:00+02	Erstuntersuchung	ERSCHIENEN	TELEFON	2024-02-17 03:53:00+01	\N
50497	2024197659	1300	18	8	2024-04-14 13:15:00+02	2024-04-14 14:15:00+02	Kontrolle	ERSCHIENEN	TELEFON	2024-03-31 02:05:00+02	Kontrastmittelallergie beachten
50498	2024264157	1172	17	7	2024-04-14 13:45:00+02	2024-04-14 14:45:00+02	Sonographie	ERSCHIENEN	ZUWEISUNG	2024-02-14 05:26:00+01	Rollstuhl benötigt
50499	2024487824	1070	24	4	2024-04-16 11:00:00+02	2024-04-16 11:45:00+02	Nachkontrolle	GEPLANT	PORTAL	2024-02-24 01:09:00+01	Rollstuhl benötigt
50500	2024321552	1232	3	3	2024-04-16 15:30:00+02	2024-04-16 16:00:00+02	Nachkontrolle	GEPLANT	ZUWEISUNG	2024-04-09 07:42:00+02	\N
50501	2024684821	1020	19	9	2024-04-16 11:00:00+02	2024-04-16 11:30:00+02	Befundbesprechung	GEPLANT	ZUWEISUNG	2024-02-29 05:23:00+01	\N
50502	2024511957	1062	24	4	2024-04-16 09:30:00+02	2024-04-16 10:00:00+02	Tagesklinik	GEPLANT	VOR_ORT	2024-03-17 01:30:00+01	e-card vergessen – nachreichen
50503	2024378097	1080	3	3	2024-04-16 09:45:00+02	2024-04-16 10:15:00+02	Kontrolle	GEPLANT	TELEFON	2024-03-30 07:58:00+01	\N
50504	2024410141	1192	24	4	2024-04-16 10:15:00+02	2024-04-16 10:45:00+02	Befundbesprechung	GEPLANT	VOR_ORT	2024-04-12 05:38:00+02	\N
50505	2024890699	1312	12	2	2024-04-16 12:00:00+02	2024-04-16 12:30:00+02	OP-Vorgespräch	GEPLANT	ZUWEISUNG	2024-02-27 06:11:00+01	Kontrastmittelallergie beachten
50506	2024143595	1325	8	8	2024-04-16 10:45:00+02	2024-04-16 11:15:00+02	Ambulanzbesuch	GEPLANT	ZUWEISUNG	2024-03-10 03:53:00+01	\N
50507	2024390456	1191	23	3	2024-04-16 14:30:00+02	2024-04-16 15:00:00+02	Befundbesprechung	GEPLANT	VOR_ORT	2024-03-27 13:24:00+01	\N
50508	2024380168	1277	6	6	2024-04-16 15:00:00+02	2024-04-16 15:30:00+02	Tagesklinik	GEPLANT	TELEFON	2024-04-09 05:06:00+02	\N
50509	2024938546	1025	23	3	2024-04-16 10:00:00+02	2024-04-16 10:30:00+02	Sonographie	GEPLANT	TELEFON	2024-04-06 09:54:00+02	\N
50510	2024304071	1408	25	5	2024-04-16 09:00:00+02	2024-04-16 09:30:00+02	Erstuntersuchung	GEPLANT	TELEFON	2024-03-24 02:58:00+01	Vorbefunde mitbringen
50511	2024050391	1174	15	5	2024-04-16 13:30:00+02	2024-04-16 14:00:00+02	Erstuntersuchung	GEPLANT	VOR_ORT	2024-03-04 16:04:00+01	Rollstuhl benötigt
50512	2024323357	1008	17	7	2024-04-16 09:45:00+02	2024-04-16 10:15:00+02	OP-Vorgespräch	GEPLANT	ZUWEISUNG	2024-03-31 02:42:00+02	Dolmetsch (BKS) erforderlich
50513	2024008947	1046	4	4	2024-04-16 10:45:00+02	2024-04-16 11:15:00+02	Tagesklinik	GEPLANT	ZUWEISUNG	2024-04-02 06:48:00+02	\N
50514	2024369224	1149	6	6	2024-04-16 09:30:00+02	2024-04-16 10:00:00+02	Ambulanzbesuch	GEPLANT	TELEFON	2024-03-26 08:38:00+01	Termin verschoben auf Wunsch
50515	2024534646	1133	20	10	2024-04-16 12:00:00+02	2024-04-16 12:30:00+02	Sonographie	GEPLANT	VOR_ORT	2024-03-24 08:13:00+01	Rollstuhl benötigt
50516	2024347648	1008	19	9	2024-04-16 09:45:00+02	2024-04-16 10:15:00+02	Befundbesprechung	GEPLANT	TELEFON	2024-03-07 05:14:00+01	\N
50517	2024275261	1192	26	6	2024-04-16 10:15:00+02	2024-04-16 10:45:00+02	OP-Vorgespräch	GEPLANT	ZUWEISUNG	2024-03-03 12:53:00+01	\N
50518	2024052496	1050	15	5	2024-04-16 14:00:00+02	2024-04-16 14:30:00+02	Kontrolle	GEPLANT	VOR_ORT	2024-03-09 23:33:00+01	\N
50519	2024441719	1013	7	7	2024-04-16 10:45:00+02	2024-04-16 11:15:00+02	Ambulanzbesuch	GEPLANT	VOR_ORT	2024-04-12 06:08:00+02	\N
50520	2024423010	1083	21	1	2024-04-16 11:30:00+02	2024-04-16 12:00:00+02	Ambulanzbesuch	GEPLANT	TELEFON	2024-04-08 04:13:00+02	\N
50521	2024634526	1080	8	8	2024-04-16 09:15:00+02	2024-04-16 09:45:00+02	Befundbesprechung	GEPLANT	TELEFON	2024-04-06 01:59:00+02	Rollstuhl benötigt
50522	2024565591	1225	11	1	2024-04-16 12:15:00+02	2024-04-16 12:45:00+02	Ambulanzbesuch	GEPLANT	VOR_ORT	2024-04-03 10:56:00+02	Patientin bittet um Rückruf unter +436609460584
50523	2024818205	1265	13	3	2024-04-16 11:00:00+02	2024-04-16 11:30:00+02	Labor	GEPLANT	ZUWEISUNG	2024-04-01 10:31:00+02	e-card vergessen – nachreichen
50524	2024582412	1065	22	2	2024-04-16 10:00:00+02	2024-04-16 10:30:00+02	Erstuntersuchung	GEPLANT	ZUWEISUNG	2024-03-23 07:07:00+01	\N
50525	2024088243	1196	19	9	2024-04-16 09:15:00+02	2024-04-16 09:45:00+02	Nachkontrolle	GEPLANT	VOR_ORT	2024-03-25 23:28:00+01	Kontrastmittelallergie beachten
50526	2024556067	1229	14	4	2024-04-16 14:15:00+02	2024-04-16 14:45:00+02	OP-Vorgespräch	GEPLANT	TELEFON	2024-04-08 08:55:00+02	\N
50527	2024209751	1265	19	9	2024-05-08 11:45:00+02	2024-05-08 12:05:00+02	Ambulanzbesuch	GEPLANT	ZUWEISUNG	2024-04-02 22:54:00+02	Termin verschoben auf Wunsch
50528	2024367708	1106	7	7	2024-05-09 11:30:00+02	2024-05-09 12:15:00+02	Labor	GEPLANT	VOR_ORT	2024-04-30 02:22:00+02	Patientin bittet um Rückruf unter +436813990925
50529	2024105251	1399	20	10	2024-05-11 07:30:00+02	2024-05-11 08:00:00+02	Ambulanzbesuch	GEPLANT	PORTAL	2024-05-08 00:40:00+02	\N
50530	2024858525	1037	20	10	2024-05-12 10:45:00+02	2024-05-12 11:00:00+02	Ambulanzbesuch	GEPLANT	VOR_ORT	2024-04-21 08:21:00+02	Patient bittet um Rückruf unter 0677 2850407
50531	2024980723	1046	26	6	2024-05-15 16:15:00+02	2024-05-15 17:15:00+02	Labor	GEPLANT	ZUWEISUNG	2024-04-30 09:06:00+02	Rollstuhl benötigt
50532	2024099272	1146	19	9	2024-05-16 15:00:00+02	2024-05-16 15:45:00+02	OP-Vorgespräch	GEPLANT	ZUWEISUNG	2024-05-03 10:20:00+02	\N
50533	2024979812	1440	17	7	2024-05-17 08:15:00+02	2024-05-17 09:15:00+02	Kontrolle	GEPLANT	TELEFON	2024-05-15 05:51:00+02	\N
50534	2024123408	1371	6	6	2024-05-17 16:15:00+02	2024-05-17 16:30:00+02	Befundbesprechung	GEPLANT	ZUWEISUNG	2024-03-23 13:38:00+01	\N
50535	2024644695	1103	7	7	2024-05-18 12:45:00+02	2024-05-18 13:45:00+02	Befundbesprechung	GEPLANT	TELEFON	2024-04-01 08:52:00+02	\N
50536	2024446359	1163	4	4	2024-05-20 11:15:00+02	2024-05-20 12:00:00+02	Tagesklinik	GEPLANT	VOR_ORT	2024-05-16 05:07:00+02	e-card vergessen – nachreichen
50537	2024808977	1037	4	4	2024-05-22 10:00:00+02	2024-05-22 10:15:00+02	Sonographie	GEPLANT	VOR_ORT	2024-04-14 22:51:00+02	\N
50538	2024285094	1093	23	3	2024-05-23 12:00:00+02	2024-05-23 12:30:00+02	Befundbesprechung	GEPLANT	PORTAL	2024-05-06 09:38:00+02	\N
50539	2024995087	1312	3	3	2024-05-23 13:00:00+02	2024-05-23 13:30:00+02	OP-Vorgespräch	GEPLANT	PORTAL	2024-04-13 04:45:00+02	\N
50540	2024057482	1083	14	4	2024-05-23 14:45:00+02	2024-05-23 15:05:00+02	Erstuntersuchung	GEPLANT	VOR_ORT	2024-05-15 02:07:00+02	\N
50541	2024380961	1077	20	10	2024-05-25 11:00:00+02	2024-05-25 11:45:00+02	Kontrolle	GEPLANT	VOR_ORT	2024-04-05 01:45:00+02	Bitte nüchtern erscheinen
50542	2024052574	1388	23	3	2024-05-29 08:45:00+02	2024-05-29 09:45:00+02	Nachkontrolle	GEPLANT	PORTAL	2024-04-12 19:57:00+02	\N
50543	2024865953	1217	8	8	2024-06-01 10:00:00+02	2024-06-01 10:20:00+02	Tagesklinik	GEPLANT	VOR_ORT	2024-04-08 08:40:00+02	\N
50544	2024578705	1300	14	4	2024-06-02 07:30:00+02	2024-06-02 07:50:00+02	Labor	GEPLANT	VOR_ORT	2024-04-20 00:32:00+02	\N
50545	2024127799	1354	17	7	2024-06-02 12:45:00+02	2024-06-02 13:00:00+02	Erstuntersuchung	GEPLANT	VOR_ORT	2024-05-10 05:53:00+02	Rollstuhl benötigt
50546	2024809039	1062	5	5	2024-06-03 08:15:00+02	2024-06-03 08:35:00+02	Kontrolle	GEPLANT	TELEFON	2024-04-05 20:08:00+02	e-card vergessen – nachreichen
50547	2024745462	1133	23	3	2024-06-04 16:30:00+02	2024-06-04 16:50:00+02	Nachkontrolle	GEPLANT	VOR_ORT	2024-05-14 08:41:00+02	\N
50548	2024278269	1092	7	7	2024-06-05 11:30:00+02	2024-06-05 12:00:00+02	Sonographie	GEPLANT	ZUWEISUNG	2024-04-16 07:53:00+02	\N
50549	2024894677	1287	24	4	2024-06-06 12:15:00+02	2024-06-06 12:30:00+02	Erstuntersuchung	GEPLANT	ZUWEISUNG	2024-04-09 08:41:00+02	Bitte nüchtern erscheinen
50550	2024069451	1350	22	2	2024-06-07 15:00:00+02	2024-06-07 15:30:00+02	Nachkontrolle	GEPLANT	VOR_ORT	2024-04-23 02:25:00+02	\N
50551	2024446303	1378	16	6	2024-06-08 07:00:00+02	2024-06-08 08:00:00+02	Nachkontrolle	GEPLANT	TELEFON	2024-05-04 02:48:00+02	Bitte nüchtern erscheinen
50552	2024512986	1217	25	5	2024-06-08 16:45:00+02	2024-06-08 17:05:00+02	Sonographie	GEPLANT	TELEFON	2024-04-29 14:05:00+02	\N
50553	2024963024	1342	14	4	2024-06-09 08:45:00+02	2024-06-09 09:15:00+02	Erstuntersuchung	GEPLANT	TELEFON	2024-05-12 07:56:00+02	e-card vergessen – nachreichen
50554	2024312110	1062	14	4	2024-06-12 12:00:00+02	2024-06-12 12:30:00+02	Tagesklinik	GEPLANT	ZUWEISUNG	2024-04-23 02:17:00+02	\N
50555	2024692294	1405	6	6	2024-06-12 15:45:00+02	2024-06-12 16:45:00+02	Sonographie	GEPLANT	PORTAL	2024-06-09 11:14:00+02	\N
50556	2024776436	1341	3	3	2024-06-15 11:30:00+02	2024-06-15 11:50:00+02	Befundbesprechung	GEPLANT	TELEFON	2024-04-27 02:12:00+02	\N
50557	2024108245	1246	19	9	2024-06-16 08:30:00+02	2024-06-16 09:15:00+02	Tagesklinik	GEPLANT	ZUWEISUNG	2024-06-06 22:42:00+02	\N
50558	2024647797	1109	7	7	2024-06-16 09:45:00+02	2024-06-16 10:30:00+02	Ambulanzbesuch	GEPLANT	ZUWEISUNG	2024-06-08 00:47:00+02	Patientin bittet um Rückruf unter +43 664 2538735
50559	2024416530	1149	19	9	2024-06-16 11:15:00+02	2024-06-16 12:00:00+02	Befundbesprechung	GEPLANT	ZUWEISUNG	2024-05-18 06:27:00+02	Rollstuhl benötigt
50560	2024153867	1066	24	4	2024-06-18 09:00:00+02	2024-06-18 09:20:00+02	Tagesklinik	GEPLANT	PORTAL	2024-04-26 22:29:00+02	Überweisung liegt vor
50561	2024203788	1166	5	5	2024-06-18 10:45:00+02	2024-06-18 11:05:00+02	Tagesklinik	GEPLANT	TELEFON	2024-05-22 07:58:00+02	\N
50562	2024913662	1118	25	5	2024-06-21 11:30:00+02	2024-06-21 12:15:00+02	Erstuntersuchung	GEPLANT	TELEFON	2024-05-27 09:51:00+02	\N
50563	2024831409	1070	24	4	2024-06-22 12:00:00+02	2024-06-22 12:15:00+02	Tagesklinik	GEPLANT	TELEFON	2024-05-06 11:43:00+02	\N
50564	2024366109	1287	7	7	2024-06-25 14:30:00+02	2024-06-25 14:45:00+02	Nachkontrolle	GEPLANT	TELEFON	2024-05-28 05:12:00+02	\N
50565	2024479403	1279	12	2	2024-06-25 15:00:00+02	2024-06-25 15:45:00+02	Befundbesprechung	GEPLANT	ZUWEISUNG	2024-06-11 03:57:00+02	\N
50566	2024247246	1440	22	2	2024-06-26 09:30:00+02	2024-06-26 10:15:00+02	OP-Vorgespräch	GEPLANT	TELEFON	2024-06-16 03:45:00+02	\N
50567	2024087476	1003	19	9	2024-06-26 10:15:00+02	2024-06-26 11:00:00+02	Erstuntersuchung	GEPLANT	TELEFON	2024-06-04 02:10:00+02	\N
50568	2024185148	1205	18	8	2024-06-27 07:15:00+02	2024-06-27 08:00:00+02	Befundbesprechung	GEPLANT	ZUWEISUNG	2024-06-15 00:39:00+02	Bitte nüchtern erscheinen
\.


--
-- Data for Name: portal_benutzer; Type: TABLE DATA; Schema: public; Owner: portal
--

COPY public.portal_benutzer (id, patient_id, benutzername, passwort_hash, passwort_geaendert_am, mfa_aktiv, totp_secret, rolle, status, registriert_am, letzter_login) FROM stdin;
1	1000	jbauer	$argon2id$v=19$m=65536,t=3,p=4$jPw6TUpGcla8L5w7W8NLlw$c//zHKYCpSF4uAHHQCDu0KzRHIcVtpNASLsaqu6lpG0	2023-08-30 06:20:38+02	f	\N	PATIENT	AKTIV	2021-06-13 17:08:12+02	2024-04-12 06:44:39+02
2	1003	franz52	$argon2id$v=19$m=65536,t=3,p=4$MSxL5WdzXUM+ECNDGpfCbg$cW7NliQK6gy7zrz2GrllpvbztYa7UhR6IW6JvsP2IrA	2024-03-03 01:21:58+01	f	\N	PATIENT	AKTIV	2023-11-16 17:32:26+01	2024-04-07 03:59:25+02
3	1008	franz223	$argon2id$v=19$m=65536,t=3,p=4$2U3NWum0NSFZuO0uf8R91Q$zkIYRSD7mcGO3nLE0PhCTF+gTP/Upscoisr3IOw5Jcw	2022-12-29 00:34:43+01	f	\N	PATIENT	AKTIV	2019-08-08 12:37:18+02	2024-04-07 09:26:31+02
4	1011	lkovac	$argon2id$v=19$m=65536,t=3,p=4$e3Z+EArIchro9dijcRi2Aw$qNDE/xAeJwMaO1z99jnanN6o9HLIve4twivsQeyY/sI	2021-06-21 13:11:27+02	t	FVRLJQLSXVPCG5SSQ7MKIEM7A2G65WHK	PATIENT	AKTIV	2020-05-18 07:29:37+02	2024-04-13 19:57:28+02
5	1016	egger47	$argon2id$v=19$m=65536,t=3,p=4$3fWUBVenRtyUS0yQHGWzPw$rTs3rnLZUyfAGyROsmr72uCXdDw5Bw+exusldLIQZWE	2023-10-18 15:13:47+02	f	\N	PATIENT_VERTRETUNG	AKTIV	2021-06-23 00:11:08+02	2024-04-07 15:08:45+02
6	1021	hannah985	$argon2id$v=19$m=65536,t=3,p=4$F75O7rO4SjaVgdjAYAUuSw$ESyyCpt3TM3G+Ojl7IFvMjDcszIV0Cjc9Gudo3/l8zU	2023-03-25 09:50:24+01	t	THFJYPL7HTZI4HGDK7P5VRKNDYB2OOM2	PATIENT	AKTIV	2023-02-16 18:41:03+01	2024-04-02 18:01:14+02
7	1025	hkoller	$argon2id$v=19$m=65536,t=3,p=4$SczQfpJtpp63aPgOQg56iA$sOAAHMB2GOMUy59fMuR9sJ19dX4f9eRbwEzI+gSuKGM	2022-12-27 17:23:18+01	f	\N	PATIENT	AKTIV	2020-01-30 08:11:55+01	2024-03-24 06:57:52+01
8	1028	monika212	$argon2id$v=19$m=65536,t=3,p=4$KEAa6G9e3q3TQW/HUI8Law$THoCpN3XyaHz2200PqeRPf9fGXhA8BB+3t+yTBcp6zg	2023-04-30 17:25:26+02	t	IASU2B6D5ELXXI65OQSTPMNK65UC4CBV	PATIENT	AKTIV	2019-06-02 07:22:36+02	2024-04-11 07:32:32+02
9	1031	windisch43	$argon2id$v=19$m=65536,t=3,p=4$VQ9OhAButaYdioKin56SCg$cb4FLGQCVz6A6y0GAOPxFG0WZoE6ZAQ2B+BWPpvx3o4	2024-02-11 15:57:51+01	f	\N	PATIENT	AKTIV	2020-05-19 07:02:55+02	\N
10	1033	schwarz62	$argon2id$v=19$m=65536,t=3,p=4$QX5u4YC/p9GWo21U/WMDaA$gt76LJyqWrgm/4IK3BZ3joaRL9qWJSfcEt5zYeRoczo	2021-01-25 09:56:50+01	t	OWM43SWL27Y3RRQGCB26N33QROF4OUXV	PATIENT	AKTIV	2020-04-30 13:05:12+02	2024-04-12 23:09:51+02
11	1037	haas98	$argon2id$v=19$m=65536,t=3,p=4$OwQbaV0bFvZozgGg/6uRIQ$oLaHBZ1pNvQOSnkCBNp8Cq1Wc5o+7s0EvrVKnH+QcKE	2023-02-09 03:22:26+01	t	ZW33ZTE3IY77DOXTVA33BTCX65UHKX5S	PATIENT	AKTIV	2022-02-14 15:16:05+01	2024-04-05 07:25:48+02
12	1040	seidl67	$argon2id$v=19$m=65536,t=3,p=4$ieCSJZ1qfaal8GhEBaMZow$L4biREuTT3oen7VigPzlL4t8pqhZIFCPy4ywgfYd5fA	2023-10-27 22:30:03+02	f	\N	PATIENT	AKTIV	2022-06-17 16:45:46+02	2024-04-06 15:24:58+02
13	1044	holzer69	$argon2id$v=19$m=65536,t=3,p=4$ybiD3b0duQpxXOAoOQ7/fQ$aaS99HzJdMTGxz+6JwY6Zj/CrqkiMFyguENn+49gk7A	2024-02-16 13:53:04+01	f	\N	PATIENT	AKTIV	2023-12-08 17:32:56+01	2024-03-30 12:13:36+01
14	1046	hildegard.schmidt	$argon2id$v=19$m=65536,t=3,p=4$4OT63AjRPX1VdD2wnZqqqg$J2RfPA1uJfG6dpdhHHI03q3fwwDAzPgzgIjKT1rVS3s	2023-10-07 08:16:29+02	f	\N	PATIENT	AKTIV	2023-09-02 12:32:31+02	2024-04-11 07:58:16+02
15	1050	johanna263	$argon2id$v=19$m=65536,t=3,p=4$ymTupw5ouYXHgAdADim5wA$UlHz5Tv+1Crv+od4yQB+gOsW3Ex3Uzq5noHUvQumgYY	2024-02-04 18:36:21+01	f	\N	PATIENT	INAKTIV	2023-12-11 14:08:15+01	\N
16	1051	maria801	$argon2id$v=19$m=65536,t=3,p=4$pmdUMarwa+MoY6FA2msJJg$lnoIcRMHtWd5YyoxHZb+91inzqh2yGKzGzIVS7Y/BKQ	2023-10-18 11:51:32+02	t	LKKMK3P4KV7K7A3HK5IELW5IMQ7QQF77	PATIENT	AKTIV	2020-12-31 02:34:21+01	2024-04-08 08:17:39+02
17	1055	maximilian752	$argon2id$v=19$m=65536,t=3,p=4$8Zv/Rq/21pjUvQrfqLswEQ$J/lp6ukL5tINTzCIJ8ZN3+Shb6ZoDnJcOKC732m4vHY	2023-07-08 11:10:23+02	t	SF6J44TDAMMVANZVOMWQQH4QPPKTSIGP	PATIENT	AKTIV	2022-04-18 00:17:21+02	2024-04-06 14:23:44+02
18	1057	ahuber	$argon2id$v=19$m=65536,t=3,p=4$i9TwBHWRZVB4xv4yoB0dWA$Fe39btWa0rBbUXCFycErThvQnaqMRYvq6uen9egwrRs	2022-06-01 04:15:19+02	f	\N	PATIENT	AKTIV	2022-05-03 16:39:19+02	2024-04-10 21:26:54+02
19	1065	katharina.schwarz	$argon2id$v=19$m=65536,t=3,p=4$dppu8/7KSaz9ZJPWgzK2JA$7EQSTppy/uVDqFsccmw73R0kdAkKcnwWT647fdIx970	2023-08-10 06:36:20+02	t	U2AH542XOS4T6QJU24BIIADN2NKK7WP7	PATIENT	AKTIV	2021-10-30 21:20:27+02	2024-04-09 16:10:26+02
20	1066	esteiner	$argon2id$v=19$m=65536,t=3,p=4$eOGmOYZ9EDILm6c9a2toug$OiVqachhY2H4Fqxp/J7Zx12YOBFYquFKU627BZpNejo	2023-03-20 00:37:22+01	f	\N	PATIENT	AKTIV	2023-01-29 08:27:04+01	2024-04-15 14:09:40+02
21	1070	mhofbauer	$argon2id$v=19$m=65536,t=3,p=4$E9crePEkVYtWj50je9WSYw$4Iq8GGCqec88hLj7h9RIAHlTA+Yhxtsnhmb7yCwhAak	2024-04-02 03:37:27+02	t	YOKIYAM7L4YZ5CYKHBLFA2CYHPS7BQ3M	PATIENT	AKTIV	2024-02-17 21:17:05+01	\N
22	1073	anna.moser	$argon2id$v=19$m=65536,t=3,p=4$HbvpCf0xmB67W5tlZTf7RA$p0si3lFBMs11PlEJGNHrmd+QCdMkkqzYT3ZoxE9Hl8c	2023-03-27 00:34:07+01	t	DFCQMM6NZZBPFRXS5IUZPREEXC4W5FPD	PATIENT	AKTIV	2022-11-25 09:30:10+01	\N
23	1077	hannah.pichler	$argon2id$v=19$m=65536,t=3,p=4$6p5mtxFC1XZVGyHjRYpanA$xdNsQBhtDuP7E8RQGMKx4FL9msyVzIbR1GtY/dWgeck	2023-11-14 12:45:11+01	f	\N	PATIENT	AKTIV	2023-08-04 07:32:26+02	2024-03-30 15:04:40+01
24	1080	hhofbauer	$argon2id$v=19$m=65536,t=3,p=4$pF2/KWc/7DNBo/XgeTX/ig$eX+Q2EafdcbmD6jDmQ6bBXOlgH2J2q5DCpvEDeEyl8o	2024-02-23 09:14:32+01	t	YXYH4KIBTJJQB3MYBQLIJMGIS2WXK3KY	PATIENT	INAKTIV	2024-01-21 09:07:40+01	\N
25	1083	christina.baumgartner	$argon2id$v=19$m=65536,t=3,p=4$zHsVzHS4Eyi7M0mfr1i+1g$Feb0o2zrOslv2ykRLXqSbknWfrAtbHnFmFBArpv7/g8	2023-09-07 02:32:04+02	f	\N	PATIENT	AKTIV	2023-07-19 16:06:57+02	2024-04-08 23:24:52+02
26	1086	johann165	$argon2id$v=19$m=65536,t=3,p=4$ugrqoKCKqaqsLceKUZXyEQ$DCqO1+8+frm/hVfK8+ENBEyI4b3vc1+jNcEslTiV1/c	2024-02-28 12:24:01+01	f	\N	PATIENT	AKTIV	2023-10-13 19:47:58+02	2024-04-10 23:52:15+02
27	1087	elisabeth.aigner	$argon2id$v=19$m=65536,t=3,p=4$l0TQj7GmghurVpLIkiHMMw$kun+0919DB8dBpluh/fCXZDmTXT8F1pSmMLgRPkH7Ws	2024-04-03 04:52:54+02	f	\N	PATIENT	AKTIV	2024-03-28 07:18:41+01	2024-04-11 18:14:13+02
28	1093	lang40	$argon2id$v=19$m=65536,t=3,p=4$/V2Rc/zevwVcTSGbdvDEdQ$pdqWNKhP6YEQTWckgVVstysO0jzIiJqodMhMT/GIR20	2023-11-12 09:03:39+01	f	\N	PATIENT	AKTIV	2023-10-20 03:16:11+02	\N
29	1097	kreiter	$argon2id$v=19$m=65536,t=3,p=4$/ZjxI25QZWvZU0YHgMCfcQ$gRl4D8UyvcwKDKwJcQEAZucNBNgCvzdK7eF91oqnHb4	2021-10-12 12:55:17+02	t	K64HOHH2KHBNKHZ4K6QHVCXPHR7WWFTK	PATIENT	AKTIV	2021-02-16 20:25:46+01	2024-04-13 08:26:01+02
30	1103	reinhard884	$argon2id$v=19$m=65536,t=3,p=4$Ak7Vz/1jwMPlvgdKYsLPKA$XZppYFyftnc57/Vr9JPjz58+85/8mHHcsIsZ/EMu+Ig	2020-10-09 11:41:22+02	f	\N	PATIENT_VERTRETUNG	AKTIV	2020-03-12 03:41:49+01	\N
31	1106	lehner39	$argon2id$v=19$m=65536,t=3,p=4$luVOQALxd7lg1XHq4rp47A$SQR+ZZNvbt0NYN1/m+k2UdxrI82wuvPe3lBYl4vPTo4	2023-11-29 00:12:11+01	t	MYJ4A723SRNXM2ORZIU7V2S76XWXGOQ4	PATIENT	INAKTIV	2023-06-29 05:52:51+02	\N
32	1111	herbert69	$argon2id$v=19$m=65536,t=3,p=4$1dcEUYQ8XSyZffsDJo3Z4w$9rcG9El2Ue5TO/LTKkE21PctI5rOoJntYdOygnnbXbg	2023-01-10 03:54:41+01	f	\N	PATIENT	AKTIV	2022-11-30 00:17:52+01	2024-04-08 02:36:57+02
33	1115	auer63	$argon2id$v=19$m=65536,t=3,p=4$3msL/cZUygN8xrVoMRHQyQ$2/kAlxDqXTUAmrxs0N+XwoL9qn7C14PqZEP3UcvCn/w	2023-06-30 21:35:51+02	t	272NP2K62ANTZ4JWLI73U3BQMQVZEVRK	PATIENT	AKTIV	2022-09-05 15:46:25+02	2024-04-14 22:31:45+02
34	1120	johann.mayer	$argon2id$v=19$m=65536,t=3,p=4$3IdiSVMqfeXx2s/s/7h3Lg$fnEIyJzpaimKKPAru2/+LDBL3QPQ4AQBqUh3aEudg4o	2022-01-11 01:28:00+01	f	\N	PATIENT	AKTIV	2020-04-13 19:06:39+02	2024-04-07 23:23:30+02
35	1137	claudia.berger	$argon2id$v=19$m=65536,t=3,p=4$ZQBkppSIpfQQwZa/XkH9bQ$hi3cFHa4LYSz+FnK0N1hvkFANK+q02WTGZfVNYw/OWI	2020-05-04 04:31:39+02	f	\N	PATIENT	AKTIV	2019-12-19 19:24:49+01	\N
36	1140	anna.wimmer	$argon2id$v=19$m=65536,t=3,p=4$uGW02uBxKMHzt9aFg9/PcQ$mgvhnBA9wZzB1RDyeLqgZVXXT9DCuRtACZqsyipkS1Y	2023-02-01 00:15:00+01	f	\N	PATIENT	AKTIV	2020-05-11 17:12:16+02	2024-04-01 18:14:58+02
37	1153	julia302	$argon2id$v=19$m=65536,t=3,p=4$OXYfXcmCj1WnNRnXbbYl0g$8cX8k50Im1CkzacVA3RxPlN2edqJLJ5afrRckFDIry0	2024-04-09 00:08:56+02	f	\N	PATIENT	AKTIV	2024-03-23 12:48:14+01	2024-04-15 00:41:25+02
38	1161	lena708	$argon2id$v=19$m=65536,t=3,p=4$yGsGeI39PpEkR15TqQtoOg$KxSBTmVnvE3g+WwrbTTfsWoiX2NnU5/4Iac1ZcABK0U	2023-12-31 13:53:45+01	t	ERSI223LHZ6WXRBNSMJNW44Z4YYGCMSG	PATIENT	AKTIV	2023-10-16 01:50:05+02	2024-04-10 16:26:01+02
39	1163	johannes.jovanovic	$argon2id$v=19$m=65536,t=3,p=4$vX0+nsCrBQa4me4wh+iLjQ$B51YHdJplFbn39heYcPvnflH6VUfxpb3ehaEPavliAk	2024-04-10 19:05:06+02	f	\N	PATIENT	AKTIV	2024-04-01 07:08:39+02	2024-04-13 16:06:07+02
40	1170	lisa.moser	$argon2id$v=19$m=65536,t=3,p=4$j7TEtlWrwItL09LJBN6zLw$XaU7VOGgWhxl5D1fHmipC9E5S9bnauQVaprLUq3PIBY	2022-06-25 07:17:22+02	f	\N	PATIENT_VERTRETUNG	AKTIV	2020-02-11 02:33:55+01	2024-04-14 15:10:17+02
41	1172	tobias.holzer	$argon2id$v=19$m=65536,t=3,p=4$cEvv/JidNSoreh1LOiyNiw$DBISsT3py/2YSuqAuo2eCKshrn1E+pnmpYN8ElyaRE8	2022-01-08 13:29:07+01	f	\N	PATIENT	AKTIV	2019-07-05 10:37:34+02	2024-04-06 14:18:50+02
42	1174	johann499	$argon2id$v=19$m=65536,t=3,p=4$dEZKnYOY0i8Q9rG1PcB+Fg$O48gV8UIaRGz5MLmHwS7WE957g1n5k/zUQkp+g3nup8	2022-10-05 06:49:19+02	f	\N	PATIENT	AKTIV	2021-05-14 22:06:17+02	2024-04-01 02:22:42+02
43	1180	jwinkler	$argon2id$v=19$m=65536,t=3,p=4$bf9TFHKhSflusmhke2duzg$Amsw/eUGXcikvXpnQmJ0lZnXIqZfL40+2BU0qC4f2KY	2021-11-13 11:15:35+01	f	\N	PATIENT	INAKTIV	2021-08-09 09:45:37+02	\N
44	1183	christina529	$argon2id$v=19$m=65536,t=3,p=4$jF5E7gE0gZwyLJsWBk84Nw$DmXKexMaMT+1/bDG+nNhh7XfGytFfgZ+hc0BdVrXeqE	2024-01-08 15:31:07+01	f	\N	PATIENT	AKTIV	2023-03-05 15:06:42+01	2024-04-12 19:24:04+02
45	1186	tfuchs	$argon2id$v=19$m=65536,t=3,p=4$fObP6lQAqXTHQIw81T13jQ$tARSYdf4DdhnLDnJMD2lveRgcGxEimHaBqcwiN3PZ+8	2024-03-03 15:58:30+01	t	U6LW4LQEUH7VJELOVDNN2HRI3HW6HYAO	PATIENT	AKTIV	2024-02-16 21:22:29+01	2024-04-15 12:23:52+02
46	1192	huber77	$argon2id$v=19$m=65536,t=3,p=4$CxBQjCXP58/iyv3YUl4cdQ$N4idWh95fFOF0XP7mPoqN/4PLFlrVeG0T9AAhse72BY	2023-03-28 09:05:30+01	f	\N	PATIENT	AKTIV	2023-02-08 07:12:03+01	2024-04-15 17:18:39+02
47	1196	lang67	$argon2id$v=19$m=65536,t=3,p=4$aG9Uk2O/JGZgy+VxWoi1Lw$1ZzQ9mvqvED8AQ7G2uEK0C2jAJdgeq90I6wlUiP0VcM	2022-12-21 21:32:02+01	f	\N	PATIENT	AKTIV	2022-09-18 17:17:16+02	2024-04-09 22:06:41+02
48	1198	katharina484	$argon2id$v=19$m=65536,t=3,p=4$4ih8AAmxGCezwt7Z6mdFsw$nbg8pw5urFmmorNX3wjbcewOGf46qPgt6rEU6zDHckc	2020-12-31 00:37:21+01	f	\N	PATIENT	AKTIV	2019-07-17 01:21:45+02	2024-04-03 15:34:04+02
49	1201	leopold935	$argon2id$v=19$m=65536,t=3,p=4$bBN+w7pJ/Z2k9VhtmDeAZw$q0CD/Y62JBdYQe/j3oJY9o4D3t3OtRojw38tzFuLjIw	2024-04-05 06:35:20+02	f	\N	PATIENT	AKTIV	2024-02-20 03:25:19+01	2024-04-12 23:43:52+02
50	1205	anna761	$argon2id$v=19$m=65536,t=3,p=4$GTuFQBCqcO9r9l+9W0yfMg$Co4LixZdq9oQanoWEqVEWQHmXWw7QCDrsaeAmvwFMEI	2023-05-18 03:19:52+02	f	\N	PATIENT	AKTIV	2023-02-15 05:20:11+01	2024-04-13 09:25:11+02
51	1209	herta.brunner	$argon2id$v=19$m=65536,t=3,p=4$oBG4F7/2V07ECESmOeQqeA$EyB0ive0CNEtPxc++mTKVjpmg/n2xSVQaFgFtO+dGdQ	2024-02-04 22:47:30+01	f	\N	PATIENT	INAKTIV	2022-05-27 14:14:44+02	\N
52	1212	greiter	$argon2id$v=19$m=65536,t=3,p=4$LRK5ZYyhaURN8hjPW2cV5g$Po5Vb8aHItWRbeoUi0z1mByJOcpmosCtOPd1VO62T4E	2024-04-04 23:13:26+02	f	\N	PATIENT	AKTIV	2024-03-25 02:45:30+01	2024-04-07 04:00:43+02
53	1217	manfred.schwarz	$argon2id$v=19$m=65536,t=3,p=4$55cM5q4y1f8MAqfDXosWjw$2fXqdoyDJ+CAmGG71x3y8BmOCIuIdRlFQ5wmIC5daRE	2024-04-02 07:05:11+02	t	7NO6PJEYN5QUF6TWI6L5OFZTIVZVA2WI	PATIENT	AKTIV	2024-02-04 19:47:14+01	2024-03-30 13:32:27+01
54	1219	cschmidt	$argon2id$v=19$m=65536,t=3,p=4$TgwLr778EmY2Q+qgyknGyQ$JlMokp2BXFW5yNVQck4PQBw4NvvYGWS9AsLeRXWSgTE	2023-07-02 04:37:49+02	f	\N	PATIENT	AKTIV	2020-09-22 21:26:45+02	2024-04-14 12:16:49+02
55	1222	herbert.novotny	$argon2id$v=19$m=65536,t=3,p=4$0MUz/NgIl9TST9Z/Qg7mIg$2ksidRwZBKa/dXj83YBJEedEbjQ5allKacIzbvb6Kf4	2024-04-05 13:48:02+02	f	\N	PATIENT	AKTIV	2023-12-31 16:36:52+01	2024-04-15 13:01:13+02
56	1232	johanna.baumgartner	$argon2id$v=19$m=65536,t=3,p=4$z04syQ0s+5fR+7I0xTX8Vg$XOYgafGWYq9IoGWbcSMXLgH/wbmhBAYWrtwivd/Lp1U	2023-01-30 05:40:20+01	t	OSXDPCTOW46IROV4OIHP7276ZSJLYYJF	PATIENT	AKTIV	2022-02-15 08:07:16+01	2024-04-02 06:39:57+02
57	1235	gertrude728	$argon2id$v=19$m=65536,t=3,p=4$Mq9otq32BuKeWNk8ZznbGw$At+f1LB4M+fYBZTVtPdJFLt0b8Xkx/9QxteeNjnATpg	2020-06-17 22:55:38+02	t	AUJB4NQUVQEAN6WKQVN4FGNJ2VXTYHHM	PATIENT	AKTIV	2019-09-26 07:47:21+02	2024-03-24 05:37:34+01
58	1242	andrea.aigner	$argon2id$v=19$m=65536,t=3,p=4$uOzB5wal70eIA4XCZfrI3Q$os7+pAIUz4IsVT6fIJarM4+NMAPk8N/97ojivQ+cAjw	2023-10-08 07:24:00+02	f	\N	PATIENT	AKTIV	2020-06-21 22:42:59+02	\N
59	1245	mschmidt	$argon2id$v=19$m=65536,t=3,p=4$SBG+YYnXNpxlGRECn+Jyyg$iYOVMYpY1JSZu2cwDc+Sa83ba/61YMX87glAYQthaiU	2021-02-06 16:32:41+01	f	\N	PATIENT	AKTIV	2019-11-26 01:55:42+01	2024-04-11 20:46:21+02
60	1249	josef557	$argon2id$v=19$m=65536,t=3,p=4$8VcxSzRIpdJLDnyapedb8g$/d5LnH55y7siotCVuhYXgpetQKjVdWzyK0vAxj6Fz3A	2022-02-11 08:07:41+01	f	\N	PATIENT	AKTIV	2021-09-02 03:57:48+02	2024-04-11 09:51:16+02
61	1254	brigitte.kogler	$argon2id$v=19$m=65536,t=3,p=4$WHjFvRIUsFkuV+DYCT/eHg$Z/TDZJcwcICNga4ICo3o2yW6bmsbXMmDqcqfdBlvBPE	2023-05-16 04:01:08+02	f	\N	PATIENT	AKTIV	2020-08-31 11:24:18+02	2024-04-12 02:54:56+02
62	1257	dhofbauer	$argon2id$v=19$m=65536,t=3,p=4$pxVCM9SgGgBj8rnINQgAYg$h5LivaP4666aE7rPipXsj5ruSe4YbpRFSeldHwdRjD4	2024-04-09 10:02:59+02	f	\N	PATIENT_VERTRETUNG	INAKTIV	2022-06-02 18:43:37+02	\N
63	1260	tobias.hofbauer	$argon2id$v=19$m=65536,t=3,p=4$mkQzReHimUaVCQi/mgpJfA$eKr3Yegzsr/luvXfs2GjJQ5jVi2h6bxb2meOtAyX0tM	2024-04-01 07:23:26+02	f	\N	PATIENT	AKTIV	2024-03-27 08:00:42+01	2024-03-31 10:02:16+02
64	1263	schmid0	$argon2id$v=19$m=65536,t=3,p=4$u4fr0ZnnZxbqyUHofpWOEw$XAjqTHCXyn8n1lNJaS3RH7jHHHnp6x+mHg8RUd82rXw	2023-12-03 01:05:04+01	t	MFEDXV5EICL5DO4JUFGNDPP6RIJMODL6	PATIENT	AKTIV	2022-12-21 16:26:41+01	2024-04-09 11:13:28+02
65	1265	pleitner	$argon2id$v=19$m=65536,t=3,p=4$P3AF7WzeJCt3Q/WWCJ+tLA$Lf8MDFUju/jMAWD7Tol+CF3yAlc6e5t/DgpvpfiTBkE	2023-06-11 23:57:01+02	t	Y7ZTQ6UPZSGJP6LQL25WLVQLHY5FP4AE	PATIENT	AKTIV	2023-02-22 04:17:42+01	2024-04-14 02:26:33+02
66	1269	thomas.strasser	$argon2id$v=19$m=65536,t=3,p=4$jzNuFnpI0W4B3Uv45AWp8g$NEZJvewQGfEfyygC0xHLV5V56hLLVAoqrUoD6aUh/OI	2023-08-07 17:51:11+02	f	\N	PATIENT	AKTIV	2023-06-21 11:59:17+02	2024-04-14 09:46:43+02
67	1270	kogler52	$argon2id$v=19$m=65536,t=3,p=4$9e2OaH8yOrz8/wI1s3Obbw$V4jziUbN2AFMSdK/pX1Z7UM4sW6kdlFuldDhwz65YLk	2024-03-31 03:49:12+02	t	ZIHZN4OTSAFYNK4WCYFCDHG5EMZBCFFS	PATIENT	AKTIV	2020-12-23 18:14:27+01	\N
68	1277	leitner53	$argon2id$v=19$m=65536,t=3,p=4$jL70j6WOVmQKmSA/JeqekQ$vc0eZed/td8OkLOXuztke2hGZ6mPON/mNVytVRhWT1Q	2023-08-25 19:29:36+02	f	\N	PATIENT	INAKTIV	2023-08-11 06:43:15+02	\N
69	1279	lleitner	$argon2id$v=19$m=65536,t=3,p=4$p5zMfrcHc9cFmI9mu12+QA$yy36nhSuP8qyIx25YQEKKqlLZK9R3wRfvcrtznG3pyw	2024-01-31 10:57:07+01	f	\N	PATIENT	AKTIV	2022-11-21 02:47:10+01	2024-04-11 12:56:32+02
70	1282	kogler53	$argon2id$v=19$m=65536,t=3,p=4$hXu81IYRk4xykxvm0dmfoA$CHMX2ucXbEdKWqhE2uYGRZYrJ9b8YWVc5LhmH/d8Vb8	2024-02-15 05:10:22+01	t	4ZWSRCQDZBU2MGR6FXGCCJ65BRUU2PUA	PATIENT	AKTIV	2022-12-17 00:19:46+01	2024-04-10 08:23:59+02
71	1291	gertrude.binder	$argon2id$v=19$m=65536,t=3,p=4$+hPZAmZztUKyoVDRCiYFJg$/xb4xtFkT78TWF6xRPRSlavekAjphCiwZLXcySreg+s	2023-11-23 14:04:56+01	f	\N	PATIENT	AKTIV	2023-03-23 21:13:12+01	\N
72	1298	anna.hofbauer	$argon2id$v=19$m=65536,t=3,p=4$b/HkIbEtvNhPEV6WtLzg+w$s8yFGwNSG+cgXKR3vq8UuIH3Z1fQxjwsXCPKlKfYCOM	2022-08-20 00:31:17+02	f	\N	PATIENT	AKTIV	2022-08-05 18:15:38+02	2024-04-12 00:17:10+02
73	1303	maximilian.groessbacher	$argon2id$v=19$m=65536,t=3,p=4$1mvrCVrbIY/8Ef8s1KDoGA$11Ou6NbURACp+Ru/7HcAnKSSyaAlVuonQsB2zo6VOjM	2021-04-20 00:12:39+02	f	\N	PATIENT	AKTIV	2019-10-12 08:23:15+02	2024-04-11 20:18:02+02
74	1307	lena694	$argon2id$v=19$m=65536,t=3,p=4$r34XMXcjv9QBKVORTAdfiA$lp++ml5eMqTHSSYVmrd9CBHoS8zrTd8T3b2yD4UBz0Q	2023-12-23 06:05:38+01	t	OJPYYEJ4QY3O5SWBSIXEILLI3MFWSYDB	PATIENT	AKTIV	2023-10-09 17:09:54+02	2024-04-02 20:13:29+02
75	1312	sbrunner	$argon2id$v=19$m=65536,t=3,p=4$ZkuX77SrXm1Rlr8mOdbkxQ$ESa8quSr2+AqJFN9TGZDAvYSClqScuaf0evM62Xzyxc	2022-10-19 03:37:03+02	f	\N	PATIENT	AKTIV	2020-04-29 13:55:42+02	2024-03-29 22:51:48+01
76	1317	schwarz88	$argon2id$v=19$m=65536,t=3,p=4$KEVI7ifaiYnWa2YDamUzeQ$7SOKURM/gAIdRdPyIgtqVXxM4BIoj++25pYh+zTvb+U	2024-03-07 10:20:59+01	f	\N	PATIENT	AKTIV	2024-01-29 03:41:19+01	2024-04-15 14:04:25+02
77	1321	michael.brunner	$argon2id$v=19$m=65536,t=3,p=4$UKU4zCKpaPA9ogmnyqeZMA$SbvDf9yMhZPPTAxTMhKdaXyT2ScIvUCnE9/FrzMoS7I	2024-04-11 16:26:41+02	f	\N	PATIENT	AKTIV	2024-02-25 00:41:56+01	\N
78	1325	michael964	$argon2id$v=19$m=65536,t=3,p=4$7HnNeVhOF8Dtbc722jdn3g$w2EmDEyKH4KEGjRA5aCk8xzwVBXqW+GltVAE0AG6YNE	2023-02-01 16:08:06+01	f	\N	PATIENT	AKTIV	2022-05-14 16:32:05+02	2024-04-11 13:45:58+02
79	1332	tmueller	$argon2id$v=19$m=65536,t=3,p=4$C/RsXQUkUE0C43FnCMnG8A$KF2hr4zrZT+ySn8L9mOusZUERSNIza4wgVXoJdZWfm8	2023-10-12 08:27:24+02	f	\N	PATIENT	INAKTIV	2023-05-31 22:07:55+02	\N
80	1333	binder74	$argon2id$v=19$m=65536,t=3,p=4$qlQQhyzK4DhBSOTrb0/7Mw$nbWT1vXnkh4QPW5qSx+0qikBb45tHLuSuRZ5ov3BFL8	2023-10-02 20:12:39+02	f	\N	PATIENT	AKTIV	2022-03-28 14:35:35+01	2024-04-12 13:31:22+02
81	1341	gbaumgartner	$argon2id$v=19$m=65536,t=3,p=4$eq3oxuIgEhJrNyrmvUjgwg$LEEdj8jyQCYPcVghUpuakQgGR6fcB0IvRcT5NoORfUY	2020-10-12 04:45:24+02	f	\N	PATIENT	AKTIV	2020-04-11 18:47:49+02	2024-04-15 16:26:02+02
82	1342	winkler51	$argon2id$v=19$m=65536,t=3,p=4$2MqQOf1FFRO/xW7V94dx3g$U42771o9iVZbBHcHOQj6/xArZIilIx77KOkx2Wlrc8g	2024-02-17 03:21:06+01	f	\N	PATIENT	GESPERRT	2021-02-06 14:41:28+01	\N
83	1346	berger54	$argon2id$v=19$m=65536,t=3,p=4$Z9buG+AzdVqKigQXVD6phQ$mil63Xe0n4tfnWHX7veSvyi+rVBsVn/0YD7RhdjqMvw	2023-10-20 14:02:00+02	f	\N	PATIENT	AKTIV	2022-12-27 21:30:05+01	2024-04-08 16:17:47+02
84	1351	helmut.kovac	$argon2id$v=19$m=65536,t=3,p=4$bhOWRvmVI5JkNy3Cs7HO4Q$LA+uWiWsHSV4onFXLHSloTRrkQto1W9yAPo7oJc9oyw	2024-02-05 09:41:53+01	f	\N	PATIENT	AKTIV	2023-06-10 11:16:11+02	\N
85	1358	kstrasser	$argon2id$v=19$m=65536,t=3,p=4$8yWlgcL1dJAYeUyJa3L/CQ$zGxlclTKoB5Ypj8L5p7w+sxDvKlhRI/fqfuV0LRsQ5Q	2022-06-18 13:53:59+02	f	\N	PATIENT_VERTRETUNG	AKTIV	2022-04-02 07:07:20+02	2024-04-07 08:39:33+02
86	1360	christina.eder	$argon2id$v=19$m=65536,t=3,p=4$GTrF1OvG4b38+vRE8n2H5Q$DuDPew0q7ZVVv7AjrpKjNgmJ9W0KzixndeDzEFARML4	2022-02-18 13:12:29+01	f	\N	PATIENT	AKTIV	2019-09-15 23:08:18+02	2024-04-14 22:31:46+02
87	1365	auer74	$argon2id$v=19$m=65536,t=3,p=4$sCSr0Ixj5UaUfb6UXK6lew$hINl+gkclc6GZ5uER0HTQucx3w5ES4BCb1zEkIW58no	2024-02-03 02:48:10+01	f	\N	PATIENT	AKTIV	2019-09-02 16:22:18+02	2024-04-13 04:07:53+02
88	1367	sabine.schwarz	$argon2id$v=19$m=65536,t=3,p=4$Apn2Z2G7OAY/CQubYnh4QQ$s+spw6++4oH6a7uANhqrWtnhteR5U5hxHG49Q0MSw/4	2024-01-01 10:20:10+01	f	\N	PATIENT	AKTIV	2022-08-01 06:42:13+02	2024-04-12 21:10:37+02
89	1374	schmidt61	$argon2id$v=19$m=65536,t=3,p=4$PqCSFzkTrucuLVZKu4qKAw$slTbOeuOixKzdsjk8t9LhcX6bdF7NNXuquoow5Guo/8	2023-02-20 06:03:11+01	t	XFJIJVYBLACP3GEAXLATBDYOPNAGODK3	PATIENT	AKTIV	2021-12-06 16:37:03+01	2024-03-20 00:17:34+01
90	1375	herbert.moser	$argon2id$v=19$m=65536,t=3,p=4$6+YqVhDYg3vR/ESoRkymxQ$zdyuBE/uBEHsyfvEmxi8Otgt7gI0Q2x6wlk15XjpJpk	2024-04-02 01:15:32+02	f	\N	PATIENT	AKTIV	2024-02-08 15:20:22+01	2024-03-27 11:12:31+01
91	1378	leopold.jovanovic	$argon2id$v=19$m=65536,t=3,p=4$m5u72mI/Kj4PuVSTjqoojQ$bAalzDPyOCibxn59gciyHfEA98On1CrkDS0699lf4c4	2023-06-01 12:43:01+02	f	\N	PATIENT	INAKTIV	2022-01-04 13:12:01+01	\N
92	1388	wimmer53	$argon2id$v=19$m=65536,t=3,p=4$aZFV+2L/ef72vpf/bgcAsg$h6TDwSWA3+SBoy8i9OsR+vF2bxAqSJ6Y4cg7qT2eyTo	2022-10-15 13:01:38+02	t	PHRZULNJ64SPBXNFI46JKCMRSMFFWPDD	PATIENT	AKTIV	2022-03-12 18:00:46+01	2024-04-14 16:15:21+02
93	1395	jakob697	$argon2id$v=19$m=65536,t=3,p=4$cRvd+BDZQgZRyfyGEynjjQ$0KlkAp4VXk1S32oKT/ceLDUNbOI9dRD14Y9CjkJw7BA	2024-04-13 03:23:07+02	f	\N	PATIENT	AKTIV	2024-03-17 08:42:12+01	2024-04-02 06:22:21+02
94	1397	jhofbauer	$argon2id$v=19$m=65536,t=3,p=4$bPooIjtOtPFkxWPUdR6sFQ$S/cNelj4Y8zXIbbfLYwH2NZznVb6NXFskfxo7uS9jN4	2024-03-15 04:33:42+01	f	\N	PATIENT	AKTIV	2023-12-04 09:23:21+01	2024-04-09 15:48:22+02
95	1399	lena.poelzl	$argon2id$v=19$m=65536,t=3,p=4$8you5oz/cAUBTs2YbwFoig$jeR6ivFnmzSaaSh4wsDPJ9+Ct6PKghz2pDSyKALyKsE	2024-03-25 12:00:22+01	f	\N	PATIENT	INAKTIV	2024-03-03 10:37:22+01	\N
96	1403	birgit96	$argon2id$v=19$m=65536,t=3,p=4$rgmyJ3kYlSD/14y6GQXp1w$KmoUdz2GxgP8BenTLESDCwFBjfsI5myteSKR/FK/sfE	2022-01-07 23:18:07+01	f	\N	PATIENT	AKTIV	2021-10-25 03:29:07+02	2024-04-13 19:37:02+02
97	1405	brunner67	$argon2id$v=19$m=65536,t=3,p=4$6plx0YsxmJ1nEoHV16sz5w$vmN96+SKdGnT+ILzfKhdUZQsxClg315P1+55MLPfCOI	2023-07-15 04:39:22+02	f	\N	PATIENT	AKTIV	2022-07-27 19:12:49+02	2024-03-31 18:13:43+02
98	1408	hannah.berger	$argon2id$v=19$m=65536,t=3,p=4$wvzNgMSYcODNdokZB6hZSw$u85xcHOGf99zU1gzD3BKS49BdptklGzTpYrI+6DUo9U	2023-10-28 11:07:11+02	f	\N	PATIENT	AKTIV	2023-06-13 08:52:25+02	2024-03-26 20:05:09+01
99	1417	gerhard.berger	$argon2id$v=19$m=65536,t=3,p=4$S7tSkeOir5NIQbY/BzB5Yw$tOPXqnPkakHZCw6w+rc3NXlEk1QyWfUrYodULaMh41M	2023-09-27 12:01:58+02	f	\N	PATIENT	AKTIV	2023-03-04 04:00:00+01	2024-04-04 12:22:16+02
100	1423	maximilian.lang	$argon2id$v=19$m=65536,t=3,p=4$mEcecjSaeYh7amSNGX8PhQ$ZO54M7x/gHpS1uxd4+2i26Yf4vfrpwbZzg/Z2jGwsCI	2024-04-03 12:56:31+02	f	\N	PATIENT	AKTIV	2024-03-18 18:23:24+01	2024-04-15 10:37:50+02
101	1435	baumgartner39	$argon2id$v=19$m=65536,t=3,p=4$BQ1m9qrZgr76kFLr1Es14A$8UIv9169EQn+JzKCUoyzcfs34roBMZesi1ERHb7HL7s	2024-02-12 15:21:52+01	f	\N	PATIENT	AKTIV	2022-10-06 14:38:53+02	2024-03-15 05:38:44+01
102	1440	hildegard749	$argon2id$v=19$m=65536,t=3,p=4$T2W2gduqP9EvpLNIy2tfiQ$UFU9mVZ2a0sr3FMA6jxLuI0GYQcwrqorWIFh60i04VA	2023-12-03 08:58:16+01	f	\N	PATIENT	AKTIV	2022-04-05 09:05:44+02	2024-04-09 18:37:30+02
\.


--
-- Data for Name: portal_sessions; Type: TABLE DATA; Schema: public; Owner: portal
--

COPY public.portal_sessions (session_id, benutzer_id, ip_adresse, user_agent, erstellt_am, letzte_aktivitaet, beendet_grund) FROM stdin;
d046710f238221c08ee41c03ee6aff5e5f4f5353a39aa3fcad5c9c59ce96be5b	42	37.120.125.173	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-03-15 00:38:37+01	2024-03-15 00:47:37+01	TIMEOUT
251ddbfb6b8b9db7c2c8fdfe6cb20071ea2725780a729640d1aa10f295b6f1c1	101	212.95.36.189	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-15 05:38:44+01	2024-03-15 06:21:44+01	LOGOUT
f46fc2b80e59664dd900ff081357d9ea0ba175ea9c3b19e0f680d0a801da1a91	1	84.115.178.233	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-15 07:01:26+01	2024-03-15 07:15:26+01	\N
77900e450e6a391b3717db8ea6e86500e8045484fc59f3445671a44501b92b48	6	80.108.241.195	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-03-15 08:07:11+01	2024-03-15 08:32:11+01	TIMEOUT
e49be8b154a8ce75db0e33ad46633224d3ad220f0e3476329a2fcc772a8e9b4b	55	77.116.26.249	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15	2024-03-15 11:33:27+01	2024-03-15 11:53:27+01	TIMEOUT
09308e0c71ef7639c9d6490b7011e2f74ce1aea19883e2a23008a9537343088f	60	178.113.48.211	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-15 13:41:49+01	2024-03-15 14:17:49+01	TIMEOUT
ff422385766a095a06945785d53b5fca239f379b176e0a6c5987c1b197f2eea8	61	188.21.129.221	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-15 14:40:55+01	2024-03-15 15:21:55+01	\N
f76df7f7657a8036f04edac436f1e2d99c1273aae00c0624928931c7e5f0b584	4	80.108.7.198	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-15 15:27:35+01	2024-03-15 15:53:35+01	TIMEOUT
a301f475b8b064dcd8d0447f133e3d20469e22c72694f30e5a8df29a41870d3c	96	89.144.24.186	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-03-15 15:47:04+01	2024-03-15 16:12:04+01	\N
0aba0250a383096b071a418ff6b8662b3d53f02caf73b85b2abd9db461d78b69	49	178.112.179.242	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15	2024-03-15 20:30:24+01	2024-03-15 20:40:24+01	TIMEOUT
30e9d70ace155ba09b76bdb6e7dc76869d0c27f81acda6009c0d345c898e1c49	17	213.162.203.166	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-15 22:39:49+01	2024-03-15 23:22:49+01	TIMEOUT
b6de7d0acaa4999688eea277ec8d59ac4ccfe7414ed543ee6bd806acdb080caf	32	62.178.183.165	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-03-15 22:40:13+01	2024-03-15 22:57:13+01	TIMEOUT
56d78e43751b4d043c7e0ff4f9975c712554a9a51c9da11df7a5edf88adee1c1	76	178.115.193.235	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-03-16 02:59:18+01	2024-03-16 03:07:18+01	TIMEOUT
eb8b1935f74ba046658ff8e746420081bff718de9b214854552ffaa06b8ab0aa	6	178.115.19.246	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-16 06:45:22+01	2024-03-16 06:50:22+01	TIMEOUT
9c1840c23f8873c82b1dadb5d9eac676b82502737463d58188d9c90377e6cc97	29	193.80.206.60	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-16 08:57:19+01	2024-03-16 09:15:19+01	TIMEOUT
82e75d9da6adab17981effdf2103f49da15bc79dc89f06bb7f13ba26fd21c6c5	54	89.144.200.161	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-16 10:07:09+01	2024-03-16 10:37:09+01	LOGOUT
16b787aea51b1a60862a49a353da894dcfaa792683ce6fe37c76472682439f40	92	213.162.225.153	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-16 11:52:08+01	2024-03-16 12:33:08+01	TIMEOUT
c727d89ccd2cebb073451b146b6f883c55548b69c25cf6bdf7507c62c4977a4d	49	178.112.179.242	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15	2024-03-16 16:01:17+01	2024-03-16 16:31:17+01	TIMEOUT
a0041a9fa6129c39b25593859dfb18628206dbda9b28e7f8426dc7eb6fe025e7	5	213.162.9.31	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-17 03:43:30+01	2024-03-17 03:54:30+01	LOGOUT
753d39ff27aa86872aa0b394f8024ebf537b4fb0b6571c9c2f351367767bad2e	1	91.114.43.178	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-17 04:14:46+01	2024-03-17 04:45:46+01	TIMEOUT
3d6201ea545a2f97db653cd7596e7df08b9682768b5176b40c5938b63803a196	47	178.113.7.114	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-03-17 05:19:09+01	2024-03-17 05:38:09+01	\N
8fb3f1826f2def787221cfe3e1dec0b62a190adfebd07692f229235a2e9018d4	53	62.178.195.40	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-17 06:10:24+01	2024-03-17 06:34:24+01	TIMEOUT
52597de026bd5e492fb97abfd4e9eafcb60df0a3c95f13b10dad6547330ee0db	93	178.113.55.63	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-03-17 07:37:39+01	2024-03-17 08:14:39+01	TIMEOUT
da852706715456c0ba4df75efef83ac4fd4f0d60889afdef547541e798079851	88	91.114.253.42	Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0	2024-03-17 18:06:30+01	2024-03-17 18:36:30+01	LOGOUT
adec0e0853e24fa9fb8591fe9da4eb1d5d2646ae63eae5669629810516350618	5	80.108.164.89	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-17 18:33:33+01	2024-03-17 18:39:33+01	LOGOUT
59d4a250c7b763cd4dff88475c6168e48c95e753c99749d5d890c804247872c4	17	178.112.225.118	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-03-17 22:18:30+01	2024-03-17 22:47:30+01	\N
b5472072ae8b1499d37efeb00759844772526eacb0c8ef77fe86cafab231a5fa	41	80.108.10.71	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-03-17 22:48:31+01	2024-03-17 23:17:31+01	TIMEOUT
ccdea626cc58af7f7dfd3f9e994db7363d2fed510d488f9b8ac88e354d37ca7c	75	77.116.5.209	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-17 23:10:59+01	2024-03-17 23:50:59+01	LOGOUT
aa52a202ffa3b63a150d616c5d33be12331d4941cd177283a0bd75eed0340023	6	37.120.229.230	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-03-18 01:25:16+01	2024-03-18 02:06:16+01	LOGOUT
17419a5eaa28f5fbd283d5ada94a8acfe59d2a49067a871c665b0580362096f8	96	89.144.24.186	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-03-18 02:22:51+01	2024-03-18 02:53:51+01	TIMEOUT
584d2367df687d78b0fee137a7878f58a2842df46502033d81368146406bea4f	76	188.21.225.97	Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0	2024-03-18 02:46:40+01	2024-03-18 02:58:40+01	TIMEOUT
f419b2f35798e2e12e53305e3d467de04a6e84c455bfc621013466527f729244	25	37.120.226.123	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-18 03:30:54+01	2024-03-18 03:56:54+01	TIMEOUT
684073a4bd1f18f59cf790a0da4f233c1798df32efc113f766d393750f73c051	100	37.120.147.119	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-18 04:20:53+01	2024-03-18 04:52:53+01	TIMEOUT
0ede5331d989419962a648798fcf241737efc9d7c4e72eba32de85695a947657	99	193.80.176.153	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-18 08:32:53+01	2024-03-18 08:49:53+01	TIMEOUT
423e8d6a78bc0a60004ef903c4979209f94346ae5384e58c1caaa5eca5211d09	29	91.114.120.198	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-18 08:49:08+01	2024-03-18 09:24:08+01	TIMEOUT
bd279029e47a77e3e947535f8b330e15c72db70935f970dc288e68fee311045e	40	62.178.228.116	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-18 12:15:33+01	2024-03-18 12:38:33+01	LOGOUT
45c8d983b272ec963c66c0bbd1b1757dd5b2da1410e85f0ce0f3d23517dbe8a1	94	212.95.158.226	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-18 14:10:14+01	2024-03-18 14:26:14+01	LOGOUT
2b79d16a8809de69b9771750dc17b4e35dfd58d683e135fa536d2e2c3ab87ac9	10	84.115.236.125	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-18 15:23:50+01	2024-03-18 15:52:50+01	LOGOUT
eb56dcfbd47f7f1e992ba24cdb9c41723aba09269af55e0408dbe6d84a5eabb2	45	91.114.22.162	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-03-18 16:42:07+01	2024-03-18 16:58:07+01	TIMEOUT
3b3ae38495fe53b45a2ff94ed15193672b5ef4cc280c37e25c8240c169c4ae2a	3	84.115.150.145	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-18 19:39:33+01	2024-03-18 19:57:33+01	LOGOUT
20cda63579837dccf92b1640e777e234299c01f481fadcad48654d42eaf560ea	45	193.80.132.201	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-03-19 00:04:12+01	2024-03-19 00:26:12+01	\N
fd2cfc461ffd61a5bdff9b758866f387b8d3d18ebdf6dd3e8828fc986a066b7d	78	213.162.175.95	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15	2024-03-19 01:06:45+01	2024-03-19 01:29:45+01	TIMEOUT
457378e7b4e94c56f1487fdd181a957d0bd49d9b5e0ad4b92201eb6d0e1673ca	23	212.95.30.214	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-03-19 01:52:05+01	2024-03-19 02:28:05+01	LOGOUT
88d5af63515d4498bcb6c1978edfef4d75a6626d0fac4f1dfdcfa90705c49b7d	6	178.115.19.246	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-03-19 02:44:25+01	2024-03-19 02:56:25+01	TIMEOUT
7ff9e5fb5c22afef38833a29a362126fe1060c32725b60eb99a2d7429729aa63	42	37.120.125.173	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-03-19 03:06:09+01	2024-03-19 03:45:09+01	TIMEOUT
cf0bd6bdce8c57718c9c26b630d8a7e314c8d1d00926d9192f2f968e3bbb9252	41	80.108.10.71	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-03-19 04:27:45+01	2024-03-19 04:31:45+01	TIMEOUT
f5620128cb4aebb03592b038394ef666f897036f87df36669fff1fc7db91d70d	88	91.114.253.42	Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0	2024-03-19 08:05:17+01	2024-03-19 08:13:17+01	LOGOUT
c4f086d157af4ab187de521efac8f3611d963178962eac47cbff10fb590cf7d4	87	178.115.70.135	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-19 11:31:08+01	2024-03-19 11:50:08+01	LOGOUT
03288ee9c266201cbd9de83d695f85587ad987f698efd54cabef95eb3b4eac77	3	84.115.150.145	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-19 13:13:50+01	2024-03-19 13:18:50+01	LOGOUT
f055ca2af738b1b61d27f7682847448322b72cc01e02d3a4f47e3fff7d4e0c9f	50	178.112.85.102	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-19 14:47:24+01	2024-03-19 15:03:24+01	LOGOUT
95a4ad3e57468266556f73362afbb1ad6e0b468778b0638a6e0fff26a4f57299	49	89.144.31.158	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15	2024-03-19 15:40:04+01	2024-03-19 15:49:04+01	LOGOUT
9fded22e46bc911c74c0c76098646f616082288a02361b5e731a46f1c65bd41f	60	178.113.48.211	Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0	2024-03-19 17:56:41+01	2024-03-19 18:34:41+01	LOGOUT
e02a5c1b637ef73bf42053d560497a07b9fccf077fa8e8bb5a71cb86ade093ac	42	37.120.125.173	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-03-19 23:11:22+01	2024-03-19 23:33:22+01	TIMEOUT
2ee587c66613d5bbe2af0c3a0b703125437116c98b02475b7164674078c87905	89	62.178.244.147	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-20 00:17:34+01	2024-03-20 00:50:34+01	TIMEOUT
0a49af5bce6d1d6fa6a1141f3c6ef7eb88e3fdb6534d48305d208ddfd556be00	29	188.21.209.213	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-20 02:00:25+01	2024-03-20 02:02:25+01	TIMEOUT
e272ea381c8e2553d519cc40b43d0f5b54eec4d1df8a9cae7130b1abb5597d0f	94	193.80.112.4	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-03-20 06:27:42+01	2024-03-20 07:08:42+01	\N
b585c0c2e1d90434882760df66f214b2a5f855855660bc70a3d124f7d2e97dd0	50	178.112.85.102	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-20 07:39:55+01	2024-03-20 07:49:55+01	TIMEOUT
4d69c1fedfcf71c713853ee13f36b325f8524111c15e0e17af7662c9273ffc22	44	84.115.9.88	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-03-20 08:00:23+01	2024-03-20 08:24:23+01	LOGOUT
3d1c43e72438498a9a2159a57e7adf5f1613d275a188d4c357efcc620d55c1be	86	188.21.104.182	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-20 09:26:13+01	2024-03-20 10:08:13+01	TIMEOUT
a3dbda6a3499a11af97c312c6a366a7d2f2e67cf5a168f97fc554999c304f85c	11	213.162.213.152	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-20 09:51:13+01	2024-03-20 10:34:13+01	TIMEOUT
a097b2c30b03c0eaa2ed205d763ae36d061a64e28ef63a3870c6c162e7489250	4	80.108.7.198	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-20 14:16:32+01	2024-03-20 14:41:32+01	\N
0e990acd1df9484d388c44ce4ab9f1853e5919d71aca94749658ea54f85509a9	63	62.178.112.2	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-03-20 15:42:57+01	2024-03-20 16:10:57+01	\N
7b0a20825a9ba06df1ff40a0ff4d3b435150e13d4b04df644066edaa8285b45a	100	37.120.147.119	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-20 19:13:22+01	2024-03-20 19:26:22+01	\N
cb653923e8962cee4db3efe6318dadaedeb7333eaa7729222488722ebdcf45ae	73	77.116.159.98	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-20 20:18:55+01	2024-03-20 21:00:55+01	TIMEOUT
830fe0824a01966dc06b6b31b6a912c1911fe8a4367867679199927c20a25e0e	14	77.116.166.39	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-03-20 21:00:56+01	2024-03-20 21:41:56+01	LOGOUT
ab85bab32550869e4ea485dc36f6da2ac307aeeaf3bd6936777ec292efedf958	20	193.80.78.97	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-03-20 22:39:32+01	2024-03-20 23:19:32+01	LOGOUT
92e2b043d3f0fc8741ead06d9882cc0f281a0c76d9194155d626c79afdeb81fd	60	178.113.48.211	Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0	2024-03-20 23:52:11+01	2024-03-21 00:22:11+01	TIMEOUT
2f90fe09116761eec4b4e84aee2566f459f7c3c0a0b6fe949badc6e335113dfc	56	91.114.175.106	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-03-21 00:23:31+01	2024-03-21 00:57:31+01	TIMEOUT
c0e3ae4f81c8300c4c82d0fd022876b71ee4e30d62de0f72a1ecf96f528b0a89	73	77.116.159.98	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-21 01:49:13+01	2024-03-21 02:03:13+01	TIMEOUT
c0ffd12707558178e704d932ac366b8c89c6ae26aab2fc6e236b5c6d759aa86f	96	37.120.33.27	Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0	2024-03-21 05:21:05+01	2024-03-21 06:06:05+01	TIMEOUT
2fd8b3d5a1f2b2439fe94177bf6bb385178043c854f191beb6503489e95e137b	44	37.120.108.136	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-03-21 05:32:36+01	2024-03-21 05:59:36+01	TIMEOUT
bda746b2c8758b5cc2aafb59ee97c63b13f1f8b54169eacc75a067396f461dce	61	37.120.166.233	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-21 09:00:37+01	2024-03-21 09:02:37+01	TIMEOUT
5ffd11bc2b2b8692ceb444c90407b29d12493e72d240ae2b08932c782cba0e42	78	178.112.189.158	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-21 13:16:07+01	2024-03-21 13:29:07+01	\N
021103f899763770a0ef6c55ae84cc72c5a32fd8665ebf9772a09d1bd42a5516	42	37.120.125.173	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-03-21 14:55:57+01	2024-03-21 15:15:57+01	TIMEOUT
5aff5c04dbf4faca2c2872aaaacfe246a26860e27746e9078d7159e0610985d3	76	178.115.193.235	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15	2024-03-21 16:24:10+01	2024-03-21 16:38:10+01	TIMEOUT
8b4e2fdb9448f1536a4f036eb1b0232176c3d64d0c39c66e7daacb0f1ebe8a5c	87	178.115.70.135	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-21 17:57:37+01	2024-03-21 18:23:37+01	TIMEOUT
58b6a8877ef1639a72c13dfb307cf62cbec37f25e1d9d31319f385e6524be13c	78	80.108.56.147	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-21 19:02:30+01	2024-03-21 19:44:30+01	\N
eef9df8a4c24765d1f1cb692cb3f8fe684fc58ff6ccc1d80bf951cf77f3b7010	80	212.95.32.227	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-21 23:27:27+01	2024-03-21 23:58:27+01	LOGOUT
10f8ea590d375a993b2f1827210899138430d402a9376128c47af388316e5282	54	80.108.114.216	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-22 00:26:02+01	2024-03-22 00:35:02+01	TIMEOUT
a337cb4bd692b798fe53cdd5be96da931b491c58ae3ae7e344fd74c12016a2b4	5	188.21.61.217	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-22 01:01:11+01	2024-03-22 01:08:11+01	TIMEOUT
4afd6d8b650f2a6bf46fe3cff1774487ce390c4532593cdf35b8cf7661d0af4c	13	62.178.121.189	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-22 01:27:32+01	2024-03-22 01:30:32+01	TIMEOUT
8920272f8a34d3f07e53b0dbe80d9a50a0ccfd1eb6e80b853b0c48b98275d658	38	89.144.67.61	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-03-22 04:53:49+01	2024-03-22 05:36:49+01	LOGOUT
1985b8b46ff7efda1f28dcd4e202146cef27188f8c800b2b30038c9537f9275a	14	77.116.166.39	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-03-22 11:48:21+01	2024-03-22 12:17:21+01	LOGOUT
ae02f26c5c5a00fd1f0a00de09edcbf6f3ef8267dbf6a8cc42ebb6e5a8f6d790	74	178.115.74.245	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-03-22 13:32:59+01	2024-03-22 14:14:59+01	TIMEOUT
9c9715b3ab398af89cb2ecc5449e85de28b312095b3445306235da74ef23b88f	16	62.178.40.114	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-03-22 15:20:29+01	2024-03-22 15:37:29+01	TIMEOUT
70f9d77d8a17708e7727ca708d53fa9045224cacec5ade43810437930950fcad	76	178.115.193.235	Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0	2024-03-22 15:21:16+01	2024-03-22 15:55:16+01	TIMEOUT
494cd5959a0dbee89014b9b554bbcbcb132a555c2614bcbdcf1c27071f44d84f	49	178.112.179.242	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15	2024-03-22 15:22:22+01	2024-03-22 15:25:22+01	\N
25d1aaa7741a43e45a29e6319727fe0c5830c27f09831315f7b7041be064c3b4	14	178.115.32.112	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-03-22 18:11:52+01	2024-03-22 18:50:52+01	LOGOUT
73b15b45ab72b50fa5f5c48c49bbe746e4ec66625ab47d3d766eeee282006ad5	55	37.120.149.55	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-03-22 18:55:48+01	2024-03-22 18:58:48+01	TIMEOUT
2aee5541f09537ea7957a52493dc7dc8ffa6a19503fd5b30f41fc91410a4b134	78	213.162.175.95	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-22 20:59:44+01	2024-03-22 21:02:44+01	\N
b95d6cdb60990cd9b9df87582382dc80ce1d2ea6cb2d64e310813a265c9b7f2a	19	178.115.226.226	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-03-22 23:05:17+01	2024-03-22 23:07:17+01	TIMEOUT
843a2010e3bebba6200bd5338300b4ca273585c7c3af7f3ada37896f9dfa9335	48	212.95.141.31	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-03-23 01:44:21+01	2024-03-23 02:08:21+01	TIMEOUT
aa139f0ae812042ee528bd3c4d6b8a58e4aec897da2a51a352ad21e64a7bce75	46	193.80.239.95	Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0	2024-03-23 13:27:43+01	2024-03-23 13:47:43+01	LOGOUT
487e39b992bebc32e5caee303e2368a92d50d07489f28a3d3149de0e40aff655	44	84.115.9.88	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-03-23 13:44:01+01	2024-03-23 14:23:01+01	\N
6f9163dcddcf5b0a86116c7f214a5b934640057d5820668d47ce836e5bb7ddb1	29	80.108.9.68	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-23 17:37:17+01	2024-03-23 18:20:17+01	LOGOUT
fc04bd85597f8db14cb6cdebcafbdbf3c015ad64e2cef59e5f78e88857d3038d	29	193.80.184.200	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-23 20:57:58+01	2024-03-23 21:16:58+01	TIMEOUT
2e11a2dec6ce21baef4785fec7f6b4750c33149697f50c2fdf1f6807c73d3390	14	77.116.166.39	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-03-23 23:53:18+01	2024-03-24 00:15:18+01	\N
a3b26e90867db359c3d1a247a3265590cb6c4f3d1fca63e139374dfd8877565f	61	37.120.166.233	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-24 04:53:21+01	2024-03-24 05:24:21+01	LOGOUT
5e4584e96967d585b3fef2ce15dd6137c1025089dcea3c438c0a885f0c6c6b32	57	89.144.56.241	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-24 05:37:34+01	2024-03-24 05:51:34+01	TIMEOUT
9f0d1795bfaa8d52c7ff0be0401ca32f37da6a817df721573ed13c1370ec1792	27	212.95.11.36	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-03-24 06:54:24+01	2024-03-24 06:56:24+01	TIMEOUT
f54848d6e6c13e89b6a61d3d408ab47ec8c8b0c530908967518c829bedaf55a5	7	80.108.10.31	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15	2024-03-24 06:57:52+01	2024-03-24 07:12:52+01	TIMEOUT
fbea6909222c90e259be8edfde989f3acfbf201680c40e6487721e6c34bd3530	94	193.80.83.12	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-24 11:30:32+01	2024-03-24 11:32:32+01	\N
3db821347c060fdb0c7b6cd17164248d99cf9000fff6742fef7b7fed916f4a62	19	212.95.24.164	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-03-24 23:33:13+01	2024-03-25 00:08:13+01	TIMEOUT
7d65acedea7dfff00dc078c2832b0714daa61f1f0bce5a93aa37f3597b5e385f	45	193.80.132.201	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-03-25 00:19:09+01	2024-03-25 00:42:09+01	TIMEOUT
8877a5552d29968d117bdec096bdb731b83f85660929c89559102fd87a322920	16	178.112.127.47	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-03-25 04:23:06+01	2024-03-25 04:36:06+01	TIMEOUT
36031100983776708aa5d583ffe82ac28c2c1bde094d02dd9832b7165270cdb0	87	178.115.70.135	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-25 05:37:41+01	2024-03-25 06:17:41+01	\N
5d240bba43e86d9e723de8482a4617c5f87426062d0281ef78e2af4326a12f41	41	80.108.10.71	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-03-25 07:08:41+01	2024-03-25 07:45:41+01	LOGOUT
ede23a8fba1d5ca644490cf2cfba74a3a77ba8871b1acac2d5e881aa4f0cc2bb	17	178.112.225.118	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-25 10:14:47+01	2024-03-25 10:36:47+01	\N
c2ffa721a98e441fc662dd406d0bef42929fc4184da834d698d3be103ba1d1f2	88	77.116.133.180	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-03-25 13:14:31+01	2024-03-25 13:30:31+01	TIMEOUT
0b4f3373c4c4bc3eb20970d5c03ade804396cfaa7ef105210638426bffdf0bd5	42	91.114.77.68	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-03-25 13:40:46+01	2024-03-25 14:11:46+01	TIMEOUT
7f5f0ab54e8daad65f50895b73782bf363d6d3c96d152487acc016c61c8841dd	96	89.144.24.186	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-03-25 15:13:03+01	2024-03-25 15:57:03+01	\N
5eb4f7397b7ec1c4aebb0e450be1beb524d09a613cdaade20d6efc1225697e72	98	80.108.200.196	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-03-25 18:07:37+01	2024-03-25 18:37:37+01	\N
6fd461decf69a00f4e3734a346dffee9732a68915d25ed2710e10dcfee1ae04d	19	212.95.24.164	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-25 21:15:54+01	2024-03-25 21:33:54+01	LOGOUT
016b4dd955505d9c06fb465ad097d1f4f37c62bf492741265b82fe7e5fb4740a	23	213.162.47.228	Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0	2024-03-25 22:23:13+01	2024-03-25 22:59:13+01	TIMEOUT
f7aa7fce6fbb56e91062aba7d32218ef102eb65b04a6c4631659af7920c5f8e5	97	91.114.39.180	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-03-25 23:34:46+01	2024-03-25 23:52:46+01	\N
36751fc3fed06a9489a7902dbc4a2e4c4882f7358a25ae33d02cbe2747dba33b	16	62.178.40.114	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-03-25 23:35:31+01	2024-03-26 00:17:31+01	\N
308643c1bcbc72e7c2770178d0a0d956e7056c906b1a6fa42c424aecde5aadb3	87	178.115.70.135	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-26 00:57:39+01	2024-03-26 01:25:39+01	TIMEOUT
9a848db207f0c5a70b24f1c27564a4f375619bfffc3d5f6e57ab8112ac6008e4	53	212.95.146.7	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-26 03:25:33+01	2024-03-26 03:51:33+01	\N
2a9f2a41364bb179fd3d2e73eb2acdb4e61587f32283a1de7ba2f4e1604219d3	65	91.114.124.200	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-03-26 04:56:47+01	2024-03-26 05:30:47+01	TIMEOUT
d9806c26e08b96f9a0154b55dc62e47f95c1df264687e7bb563a8f9a7096dcca	49	178.112.179.242	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15	2024-03-26 05:50:05+01	2024-03-26 06:10:05+01	LOGOUT
37f4dfe1fa96c846154fba9159b677cc4c3ce661aa24104d1122e19a6d1ec0b7	16	62.178.243.249	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-03-26 08:56:14+01	2024-03-26 09:04:14+01	\N
9d24631296dd250ce25f47e46171c7fbe386ad591815c5d4a1beeb08c1011a70	10	84.115.236.125	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-26 14:57:26+01	2024-03-26 15:36:26+01	TIMEOUT
61e85388e5794f78e0819c537fc66345b6a92c5a23aecf2c639b08b3bb3f0249	19	89.144.11.102	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-03-26 16:31:10+01	2024-03-26 16:34:10+01	\N
23e99ee0e14060cf620a84b9ecab44c84d23ab1059a52856fcbda6a6459db9d5	38	89.144.67.61	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-03-26 19:55:41+01	2024-03-26 20:26:41+01	\N
c4a69dc54fae1e145c7a70304ff12dac11386aada4be199b841b240c56c47a24	98	89.144.155.100	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15	2024-03-26 20:05:09+01	2024-03-26 20:45:09+01	\N
8ba961119ac71c0e34ae982bc72033117960b906ed730b9e5f97be8e9b25dee1	44	193.80.201.93	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-03-26 20:35:20+01	2024-03-26 20:57:20+01	TIMEOUT
4cef3a95eb3a0a134e7efdcaa16c2cee43c6214fba9ef74619bcd3c3ba05f523	44	84.115.9.88	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-03-26 21:15:10+01	2024-03-26 21:37:10+01	LOGOUT
76115c15f7f3338591ed70eeef6d1ed7b3ad15b0c23f1804a4f20d54d33e93e6	46	193.80.239.95	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-03-26 23:21:15+01	2024-03-26 23:24:15+01	TIMEOUT
b96dbf769f5c4321d90472a8826e429ea24743742ed7904dd51a274446a576d5	16	62.178.40.114	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-03-27 02:07:21+01	2024-03-27 02:25:21+01	TIMEOUT
9ac5facc54baf3f0ba4c51f66ce17e3294ec4d4d31ceffb8b4ef333396cccc84	61	37.120.166.233	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-27 02:31:27+01	2024-03-27 03:00:27+01	TIMEOUT
8166108f923ccde29135af9c13dac2fd0adc1f7ccfef38f844e621c494341adb	50	178.112.85.102	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-27 03:39:35+01	2024-03-27 04:10:35+01	TIMEOUT
7638a702d2bbd9ec5bf2b95f6786d466ac89de6a90928361862f8490465254cf	97	91.114.39.180	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-03-27 04:15:53+01	2024-03-27 04:54:53+01	TIMEOUT
00bb488e295e45b17c07619336521827fd389f9cf6b1b2bec99411cd4209099a	66	188.21.246.93	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-03-27 05:36:25+01	2024-03-27 06:09:25+01	LOGOUT
713072f14138e311a9bb47964b46efed2e7bf361b27d72ec41c2e84916015293	94	212.95.158.226	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-27 11:02:37+01	2024-03-27 11:10:37+01	TIMEOUT
551222eb3a1992953b881e06d7f348633e62fe83fe6fbf434bb1ca7267186cb7	11	212.95.123.168	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-27 11:05:38+01	2024-03-27 11:47:38+01	TIMEOUT
39359e885fa9a054e5c6aa8b06c930d8d641104d60c8d52239f30258a9b4a92e	90	77.116.128.218	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-27 11:12:31+01	2024-03-27 11:43:31+01	LOGOUT
d6e523f46e52e1e5a1a7ff885af72618f9e71fc3a8f164a11a4d47d7cd93824d	32	62.178.183.165	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-03-27 18:02:30+01	2024-03-27 18:47:30+01	LOGOUT
5b0230fab4d7fe29eaceb4141edbae5b6916a1c93c025b64d05e79fd0a065e43	32	62.178.183.165	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-03-27 20:46:03+01	2024-03-27 21:04:03+01	TIMEOUT
9da677764ac51d59c3faf56241017064f4d2a9a897de91ca89b9648a8dd74a39	69	62.178.7.83	Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0	2024-03-27 22:46:20+01	2024-03-27 22:51:20+01	\N
978b0d79e3379be664941eea01ac55984bfa1ce497de75af375e8f36ac804d8d	50	178.112.85.102	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-28 06:48:24+01	2024-03-28 07:02:24+01	TIMEOUT
415b0ef814cbd0bc3b1add00d5e39836100ab83f56c0d9f1c0e0a9d58de33a45	48	80.108.193.49	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-28 16:11:12+01	2024-03-28 16:52:12+01	TIMEOUT
48c63f067ee06a1bccdf71d2970f6586f5b7414905c00c2d9e108f87af765f59	11	212.95.123.168	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-28 17:11:17+01	2024-03-28 17:24:17+01	TIMEOUT
e2350b18eb21d2ed338e78baf5a8b5448bcf381e884940a04e680587409c76f7	78	213.162.175.95	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-28 17:31:57+01	2024-03-28 17:45:57+01	TIMEOUT
135a661494590ee2c5be199d3d253131cf2b8e6b4f8a9e2c19c7446fc230dca1	83	80.108.71.209	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-03-28 19:54:02+01	2024-03-28 20:26:02+01	LOGOUT
b7aca3aceaa14c58e349da7fe0f71530ca489b37f82382fc73cab01dca2b3aa8	12	80.108.140.36	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-28 22:18:39+01	2024-03-28 22:45:39+01	LOGOUT
f80254307b14cf80d75672df70a73046f823fd18203eff42662ea84ed0e8ebdf	56	178.113.4.202	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15	2024-03-28 22:34:22+01	2024-03-28 23:09:22+01	TIMEOUT
fec0d3894ce2473695eca7f913bce3415bb9bb47a08183a943a5ca04ac623787	6	178.115.19.246	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-03-28 23:35:26+01	2024-03-28 23:38:26+01	TIMEOUT
81f0f7afbd5bf5802b427b105ebf2565ccf33fd5b247cedeea13744220ecf6ce	102	178.115.145.190	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-03-29 02:25:47+01	2024-03-29 03:01:47+01	\N
dc38c5813e44d972544222847f02d074379b5421f7c0279292ad8cb12aca5f0a	53	212.95.146.7	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-29 02:27:46+01	2024-03-29 02:42:46+01	LOGOUT
faa775e1a5e8399fbe6bb65800c78437d90834b2f436eaf016f2118cbf984d12	17	178.112.225.118	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-29 03:16:01+01	2024-03-29 03:45:01+01	TIMEOUT
b66e71d99fcdc17498add3ef1f32e372cac79b27bbcae0772d8108fc53a8fbf7	69	80.108.126.131	Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0	2024-03-29 03:16:16+01	2024-03-29 03:56:16+01	TIMEOUT
adfe5ac3792bc624b2d7775bc089c6516d8456a52858d3cd9d4cb98bc0bdf4ed	34	37.120.191.136	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-03-29 06:43:56+01	2024-03-29 07:17:56+01	TIMEOUT
b391c3715be14c75fa2eb4d031bb73c1b9cba5bcec846c1d7dab7c5ffb6b2153	80	212.95.32.227	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-29 10:05:28+01	2024-03-29 10:37:28+01	TIMEOUT
6620d7ebde9ebc77664f1571955eabb21c5b8a0c189a6b3327964b5ea5534a2d	69	80.108.126.131	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-29 11:18:33+01	2024-03-29 11:59:33+01	LOGOUT
3cbe6808a0928e6667b271b1cc980b139b46e39a8c200dd9ac525fbb051b7fdc	11	213.162.10.197	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-29 12:07:21+01	2024-03-29 12:34:21+01	TIMEOUT
3bc310e96206e0eb9a474a1098c9d5d283e41c468a70b3515145a89fa199fef2	47	37.120.156.95	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-29 15:02:18+01	2024-03-29 15:26:18+01	TIMEOUT
cf5550d72abf54dd27e9e464c7c2adcb79439190f7ba5f8e25c1d542beab128d	13	77.116.67.174	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-29 20:19:44+01	2024-03-29 20:45:44+01	TIMEOUT
8e1add34707e64900f815e45f468660bd6d3b9020c2b5b3fc5e119cb9b63c422	94	212.95.158.226	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-29 21:47:27+01	2024-03-29 21:51:27+01	\N
30e98b4d64cde7496e3be20d948c05f1845375fbb2b9bcadb56acd1728cb78a3	41	80.108.10.71	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-03-29 22:38:48+01	2024-03-29 23:15:48+01	\N
b36e475bf079a547c19e3bbfa2e37757a82273c136dae065c1527dcbc9249a53	75	212.95.184.231	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-29 22:51:48+01	2024-03-29 23:25:48+01	TIMEOUT
89fedaa5949ee3a94024b3048e8dfcb42317138faeb8162abe0f3988d00b70f2	41	80.108.10.71	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-03-29 23:24:58+01	2024-03-29 23:28:58+01	\N
54e11e470875ff4c3bfa4cc64e31b7176892c0ea1fd790da7b2391aef6f4ca7b	18	84.115.140.227	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-30 00:19:46+01	2024-03-30 00:34:46+01	LOGOUT
d2347d21ef7032abd4fa6a2934b7ac1ec120f5fd13feb3087bc4a72d98d26583	19	212.95.24.164	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-03-30 06:04:20+01	2024-03-30 06:47:20+01	\N
8c2ae0ef3609ebef6fc47a86d080a50ac68c3b353cd553aef5e46a1927368c34	8	91.114.220.84	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-03-30 06:37:25+01	2024-03-30 06:39:25+01	\N
d93000d3aa4ee9a150aa48345df2841cbeb5d28171cf8eaa0847c82aee417a23	34	77.116.177.162	Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0	2024-03-30 07:03:41+01	2024-03-30 07:46:41+01	TIMEOUT
9cf7413d5acb7e39e6fd01f26bd86771be76aa25c4b003b5e58c4346113dcbe8	34	37.120.191.136	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-30 08:17:12+01	2024-03-30 08:40:12+01	\N
0ea7f8d9d705b5ab9aa86a793a1111f6c6bee3eef58b8a1a30b8ebd0fac08bc6	97	91.114.39.180	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-03-30 08:28:03+01	2024-03-30 08:34:03+01	\N
07df17661c72f22aa15555d3cc8a915ecca4d32c388d57245cb821dc0aa5e9b8	44	84.115.9.88	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-03-30 10:50:27+01	2024-03-30 10:55:27+01	TIMEOUT
6dab06bc37013e67988bd907e487fc451c1a70e1e584fa59f80f2c029c0e25eb	34	37.120.191.136	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-03-30 11:33:20+01	2024-03-30 12:08:20+01	LOGOUT
0f17000928fb6a4a2d9969fc874aea60d5ac566f1bed4561ee62d8d3ba6c0b2c	13	77.116.67.174	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-30 12:13:36+01	2024-03-30 12:39:36+01	TIMEOUT
5a55047a0593de68c3091fc87df0d342bb637278f1d2a6ff9c196cd1068d5e85	53	212.95.146.7	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-30 13:32:27+01	2024-03-30 13:37:27+01	LOGOUT
ffa24c03dd99a0c84888ab6ae1d4686b8e260869bbaa1288d9308d3e26725175	23	213.162.47.228	Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0	2024-03-30 15:04:40+01	2024-03-30 15:27:40+01	TIMEOUT
fee73d14f09cd059dc370b6dbe449860698c3956614d81505528713fb9aa296e	72	91.114.69.216	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-30 18:01:21+01	2024-03-30 18:43:21+01	TIMEOUT
fe4df996ebfbb946a99ceb19962e96111d911ef0944aa1e9438f69612f82322f	17	178.112.225.118	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-30 22:00:54+01	2024-03-30 22:13:54+01	\N
0242c7eac903ab14ad8d6b150cb3fb45c3eb6d772d11452361f580c8c60ac818	80	212.95.32.227	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-30 23:47:18+01	2024-03-30 23:55:18+01	TIMEOUT
f80a602c0bca22bea4e5d9adbbf42416b99eaffd69c2895545a8176da9d8fbff	92	213.162.225.153	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-31 03:39:43+02	2024-03-31 04:23:43+02	LOGOUT
5fed91b8325351588fc190bec7560789f27796a5c6a0b553075e97b040b48e30	81	84.115.87.30	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-03-31 08:40:35+02	2024-03-31 09:14:35+02	LOGOUT
b37d08d427dc2fad2dd6ef2751bcc2f10ccb7a29243093d341173c36120e6cba	25	188.21.119.82	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-03-31 08:48:53+02	2024-03-31 09:28:53+02	TIMEOUT
8e7671c552be90455e9e43ebe27d55c199acb16479fab2684d527f43bd19b0f2	1	91.114.43.178	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-03-31 09:07:10+02	2024-03-31 09:48:10+02	\N
b7c5ce253684685189da166e229c34e43d403804503be0c9635bc5564eeeebf9	63	62.178.112.2	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-03-31 10:02:16+02	2024-03-31 10:44:16+02	\N
ebc9e170bb315857659e26257f640146b0d5a891db686a2f3bf543a49cc30bd7	88	91.114.253.42	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-31 11:36:12+02	2024-03-31 12:20:12+02	\N
95e8e4ffe05455ae6329dd5b0dde1a8fb705898063d3a3a7b34c3abaa55ae600	80	212.95.32.227	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-31 13:57:43+02	2024-03-31 14:14:43+02	LOGOUT
1e7f397f644891233d43eee6dd40df830784c77a30edcfbee6bd015bca50b38b	100	37.120.147.119	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-03-31 14:18:48+02	2024-03-31 14:38:48+02	TIMEOUT
bb4f14c68b2a16d2927d1c6a5717d84564c32ee171fcbca671ba2cc3ad0ec4ed	99	193.80.176.153	Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0	2024-03-31 18:04:12+02	2024-03-31 18:35:12+02	TIMEOUT
50e9954ca5a9694e9c3a8e3fbcedaa3b3dd614bf5f4dc465486d6019d193e467	97	91.114.39.180	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-03-31 18:13:43+02	2024-03-31 18:41:43+02	LOGOUT
3fc97f8745ff7d11e9f03d1ec9e38825f3de7f75734fa970ac134594e58e74ab	83	178.113.10.66	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-03-31 20:30:44+02	2024-03-31 20:56:44+02	\N
34f327dd2e5f0b40e6184c829291f5be4c19dec6c3d202887925247f22932f81	34	37.120.191.136	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-04-01 00:35:43+02	2024-04-01 00:39:43+02	LOGOUT
4beac513f3076cde27dd6783c6992b892d7fc528a3128208ea1b0aa67eebcc45	42	37.120.125.173	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-04-01 02:22:42+02	2024-04-01 02:26:42+02	TIMEOUT
c0acc14459696f707428c051c2435d03d7ccb5dfcdf6bb5aa662e9c51eb44288	78	80.108.235.131	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-04-01 03:00:47+02	2024-04-01 03:10:47+02	\N
5873e2871e0b9c0b759f0e37fb359a1b68ce2eae1da74e0ad45d45ef4cfa5c82	48	80.108.193.49	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-01 03:40:22+02	2024-04-01 03:51:22+02	TIMEOUT
b35195ce5306f6c2cbcd97a0a4faeb0c60fdc7860c73e461dd823b64443aa3df	88	91.114.253.42	Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0	2024-04-01 04:01:35+02	2024-04-01 04:41:35+02	LOGOUT
5186646a9c83a58cf2b045b6dbdb782b1fd3756984e6ea96921ab711efb2b654	29	188.21.167.151	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-01 05:26:09+02	2024-04-01 05:36:09+02	TIMEOUT
fa774aca539eabb46773b154c9263d3b897f0f296ba874390484e91964e8965c	39	91.114.82.124	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-04-01 08:30:42+02	2024-04-01 08:38:42+02	\N
f75df2e8e9a7d95b646b74936f8284beacbe115ddfd2df00119d0261089b67f1	40	62.178.228.116	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15	2024-04-01 13:07:01+02	2024-04-01 13:19:01+02	\N
ef7af9a76d3bcc03e0e942b1924e76567aed864aabdd0a312af97249aa2b56e6	96	89.144.24.186	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-04-01 15:28:47+02	2024-04-01 16:06:47+02	\N
ec1dcd899fae81781266000f3d474ddebe767264afbd9d5b35663197e6f09b79	36	193.80.87.155	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-04-01 18:14:58+02	2024-04-01 18:58:58+02	\N
23151cb84a6d6907432b56e7963ba02e48adda49b2eea54d9ab1e1c5b1a5449a	14	77.116.166.39	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-04-01 18:34:57+02	2024-04-01 18:44:57+02	\N
91a210d6fdb2c7b1b8cccf15464ebef9758fed06273cfbe13adb80d0c9752b73	94	212.95.158.226	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-04-01 22:12:24+02	2024-04-01 22:22:24+02	TIMEOUT
0fd9948440133cac12060492eb348405eb5afd749de7e1b3781688b3bd4f89b9	96	89.144.24.186	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-04-02 02:22:21+02	2024-04-02 02:58:21+02	TIMEOUT
d887d1ffa5c643b133bfbacc4836a21cf284a9b8bc7af6ca618bc21765252d49	2	213.162.52.124	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-04-02 03:26:07+02	2024-04-02 03:31:07+02	LOGOUT
deb5e1ae0d5a91658922ceb24361743dd1f936eb4dde671601eafce10fa23b7e	61	37.120.166.233	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-02 03:53:19+02	2024-04-02 04:07:19+02	\N
d4de28f1e0f8dd0d01eff8c65047c41930d2d0b8276c1d39126c6bc24b5c00ee	93	178.113.55.63	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-02 06:22:21+02	2024-04-02 06:45:21+02	TIMEOUT
880b52982841cc49d15742f9719fb4e8535c5ad799121cc26ee5d5d499baa5d6	56	193.80.238.181	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-04-02 06:39:57+02	2024-04-02 07:16:57+02	LOGOUT
9daeeb843cf028c8de9f35189ce26f2e64ff4526f37a0d6e8a255a12922eb581	11	212.95.123.168	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-02 15:45:15+02	2024-04-02 15:55:15+02	TIMEOUT
bd729a3617a99c17bcd39fcc451e63f82cf5c2e9adb09896b85bc423b4ea91b4	40	178.115.126.231	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15	2024-04-02 17:57:43+02	2024-04-02 18:27:43+02	TIMEOUT
98301f702d8defc41d00a805c898293e33987bb9c2dd1eb19326aaf29756dda1	6	193.80.101.136	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-04-02 18:01:14+02	2024-04-02 18:29:14+02	TIMEOUT
676498f150142f067c1a4b5d03fb89c84cf2207c0ede5848e00e25c941a24436	64	188.21.33.125	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-04-02 18:11:18+02	2024-04-02 18:39:18+02	\N
6f56fba85c361e523966f367a4b5143d7db37aa977469114286ea7551457fb14	74	188.21.206.22	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-04-02 20:13:29+02	2024-04-02 20:46:29+02	\N
6f73035c2819952c0df32cb5688f4d17bd99d0370b7aed111e46fa0444b7928d	86	188.21.104.182	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-02 21:45:25+02	2024-04-02 22:04:25+02	TIMEOUT
1f8edf92e17aa2afdde5238905b6e8df5cb70fa60c26acbc6bbd186be22c3bbc	38	89.144.67.61	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-04-02 23:10:00+02	2024-04-02 23:14:00+02	LOGOUT
ed90be240c51b031afeb643ecefbd73cb3c908312e7455d2f8a89de0da96465d	102	178.112.7.223	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-04-03 02:24:22+02	2024-04-03 02:43:22+02	TIMEOUT
f06cfbadc0dc93e45820649075343e5cf32a11677f6fe39fd782b1d7e8f9953b	94	212.95.158.226	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-04-03 11:50:42+02	2024-04-03 12:28:42+02	LOGOUT
941107b2e82e8e24f9c1215912e52eadd76418a9ebbc6e365125edea26ebfffc	40	62.178.228.116	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15	2024-04-03 13:55:14+02	2024-04-03 14:01:14+02	LOGOUT
7224ece391b97cef118ff05aa24339b89cd2f62593754406e5fb9250ff6bf9a0	48	80.108.193.49	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-03 15:34:04+02	2024-04-03 16:13:04+02	TIMEOUT
7c69e1dcd2bbcb0c404ba31dfbb417362f9eb1ebe119edb4c620b2fa4c7283c2	49	193.80.110.142	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-04-03 21:32:12+02	2024-04-03 21:34:12+02	TIMEOUT
d9c7964260cae44dc91071b1df7d102e9256bad9081574b80ebeda21c288117d	80	193.80.207.103	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-04-04 00:36:16+02	2024-04-04 00:38:16+02	\N
6afe69d9586a148592020f0e456aecc3bb90b0ff9ccd06a7d68972e61a2c9f21	14	80.108.191.168	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-04-04 09:36:41+02	2024-04-04 09:55:41+02	LOGOUT
9903d17663e73d2622b905af3b1b14015a5c2664c8dd994b536d9c3c9865aa70	54	91.114.178.216	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-04 10:48:30+02	2024-04-04 11:17:30+02	LOGOUT
777e7c6f70a316e549f58c76bbb4e3d60ad0c355772595a5ca1fa5d110291475	99	193.80.176.153	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-04 12:22:16+02	2024-04-04 12:46:16+02	TIMEOUT
b6b8ebca3a502edd29de861b4ac58b51db21cc1aa6f95241ea2d95f4761ef711	38	84.115.55.45	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-04-04 19:35:47+02	2024-04-04 20:07:47+02	LOGOUT
62258ae3f4107189df171739f3d6ce0acf45a28ecd8cb16fe81961168ef70351	50	178.112.85.102	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-04-04 21:23:26+02	2024-04-04 21:27:26+02	TIMEOUT
8082ebf8d640a1a4a2b7d77b0d487377e49cbbf668f19c6a6e3a485cfce7be78	27	212.95.11.36	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-04-04 23:05:09+02	2024-04-04 23:26:09+02	TIMEOUT
4c897a99104d598f159c158942cfe291c9bb85ff5bd8204d26232b07defca11e	69	80.108.126.131	Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0	2024-04-04 23:10:43+02	2024-04-04 23:48:43+02	TIMEOUT
9760a8ba7a085a0fc1085037892538070590c78d5b41a4f6c3e4b62f2b67d321	87	178.115.70.135	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-04-05 01:56:05+02	2024-04-05 02:13:05+02	TIMEOUT
8eed941cb8b58b6b1d1fbfbdaca2d537aeb9e0114b393f476f6ef56a39041f38	11	212.95.123.168	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-05 07:25:48+02	2024-04-05 07:31:48+02	TIMEOUT
86c815965ec946e83fdc75fb99fa125da960d4c2199b659976e340bca4f03560	52	62.178.225.184	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-04-05 07:47:09+02	2024-04-05 08:12:09+02	\N
5e292c709b25c014102b034651363e713302490f498d29ea73f72e0814ebc4a6	55	37.120.149.55	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-04-05 09:00:29+02	2024-04-05 09:43:29+02	\N
b1356bf0005693e3ea454b9996e0dff92f4f934110ca523be20e24547cec606e	102	193.80.45.234	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-04-05 13:35:24+02	2024-04-05 14:17:24+02	\N
ad6ce8d9c9eb19ba12b73b1b06086c8737a0c44eb8acc3e0161612460d054f81	40	62.178.228.116	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15	2024-04-05 13:57:48+02	2024-04-05 14:32:48+02	LOGOUT
6f3b908fc0d62f115b62e9f6cdb832c8e3bfa88d038875e5396243f1b7f4b1dc	69	178.112.22.115	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-05 20:05:29+02	2024-04-05 20:24:29+02	TIMEOUT
4d02f6fc0c85093dedd0aad47dc3d1d746c00b283313c78b0f73746f73a35b31	50	193.80.139.97	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-04-06 00:53:39+02	2024-04-06 01:30:39+02	\N
feea75add34f5766e8081e4a3c7f3e215176ba3c40268abefc4725e2a72b8609	19	91.114.228.188	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-04-06 13:20:58+02	2024-04-06 13:45:58+02	LOGOUT
c53bfc75a1de9a4207f0b22d68fc600161064cf8e9a0d240e02f9888a9f8859f	41	37.120.164.198	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-04-06 14:18:50+02	2024-04-06 14:21:50+02	\N
d3fe26a71a9abacf8e0adb84cc05c292fd85f6d061733100ff52a9191f17beab	17	178.112.225.118	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-04-06 14:23:44+02	2024-04-06 14:28:44+02	TIMEOUT
99d569c9cb674f1d180cb357761c81bdcf89b47ee9f14fdc7868be74695bc88a	12	213.162.252.158	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-06 15:24:58+02	2024-04-06 15:53:58+02	\N
fed1c6ce606a8eaaf6bea28d9c3a1094d79aef70f46ec289492ae2546266fbdd	55	178.113.77.202	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-04-06 17:35:01+02	2024-04-06 17:54:01+02	TIMEOUT
3625df6a067ce367c28d81555262124723b40900ac2e6f996907a60946c9c7e6	76	178.115.193.235	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-04-06 18:57:53+02	2024-04-06 19:24:53+02	TIMEOUT
7f89fbb6b636fbafaed115141a6e63c8d7f646a8b8b1b9571a3cfffb96526497	33	188.21.221.129	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-04-07 00:13:52+02	2024-04-07 00:42:52+02	TIMEOUT
0111101f46f8d1fbd046a71a099149aef52d4417b90c54813b19e5c0f30f8347	2	89.144.20.161	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-04-07 03:32:50+02	2024-04-07 03:48:50+02	TIMEOUT
cfc12f08cf20ed223a6d5e5656a4b88cab62e50f4ffe5e141e8f11f4b7e796a8	2	188.21.55.66	Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0	2024-04-07 03:59:25+02	2024-04-07 04:44:25+02	TIMEOUT
cb9a6b598004b59200309cd3e54787c092073628a9f4189f07f07e15e18056dd	52	213.162.191.254	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-04-07 04:00:43+02	2024-04-07 04:34:43+02	\N
2d3068da71083ed089da3bffa83bef2b28bbf9447a6a2169f317813023805f1c	54	37.120.177.25	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-07 05:39:00+02	2024-04-07 06:03:00+02	\N
a8b9c1f84ff88e8899e5da32a043a8e9afd6b77d16d7717bd885c111dc0c0f35	92	213.162.225.153	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-04-07 07:16:35+02	2024-04-07 07:29:35+02	LOGOUT
3ca564f598dc9d5a473216ae2facc73ef546022328f2c1d221ff08ea0404fe9d	85	178.112.248.222	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-04-07 08:39:33+02	2024-04-07 08:53:33+02	LOGOUT
4ad58fe88733bcaa517d5889f15fa21a3c21b2d5a8bdb17d8148d3d6bf1cbda8	3	84.115.150.145	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-04-07 09:26:31+02	2024-04-07 10:06:31+02	\N
df26a907a3b83611317edfc8213d9a0fce64334c73ea839b5e7c9c6a635d1261	94	62.178.113.16	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-04-07 12:45:20+02	2024-04-07 13:01:20+02	LOGOUT
f848fc00fd72ad1aeaea6554f265003ac4d1d224fb0e970339f25c93fc65dbbc	5	213.162.9.31	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-04-07 15:08:45+02	2024-04-07 15:36:45+02	\N
be734f1a288b21ba113c3b78c542adda0fffd513a39d47d52ac16726b4f79b16	18	213.162.7.187	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-07 15:48:15+02	2024-04-07 16:09:15+02	TIMEOUT
9ec83dba8e81da5f2892cdd9fdc036bfe17ac121471ff8e991960a300873e66f	19	212.95.24.164	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-04-07 19:38:00+02	2024-04-07 20:13:00+02	\N
e307227013298ba84239be475104fd8cd6b20df55738af4c60c7ff548fcc7c2f	19	212.95.24.164	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-04-07 20:32:41+02	2024-04-07 20:35:41+02	TIMEOUT
eccffbdbbb8feb39f2b865eec12570660d48b1db8cb96a913604b87be5e440e1	14	188.21.61.179	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-04-07 21:17:37+02	2024-04-07 21:26:37+02	TIMEOUT
850c021fa6b4790f3283db1b41aaf1c07d5807722e4a9082939470e54a0e44f5	96	89.144.24.186	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-04-07 21:53:25+02	2024-04-07 22:11:25+02	LOGOUT
de503cd07551b6f39b0a65cc5646eeef46cae1aff23de498075c507a4dc8cb69	34	37.120.191.136	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-04-07 23:23:30+02	2024-04-07 23:35:30+02	\N
f56ec815382512a05e977c459f391d2e0f8bce636b73d13a68625324d5c10fe1	29	80.108.141.245	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-08 01:52:53+02	2024-04-08 02:23:53+02	LOGOUT
87674c1642c96c5a2253f75d38dc52d1ecab9fceed7dff97adf2d67e1b7a331f	32	62.178.183.165	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-04-08 02:36:57+02	2024-04-08 03:00:57+02	LOGOUT
474dc4e531a1480e4d5ca122926d94c05ffee2d540c0633a6f2dcd66d80fd3b9	50	84.115.255.1	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-04-08 05:31:37+02	2024-04-08 05:36:37+02	LOGOUT
c82c9ac0fafa8565a17d2298af50e0f8781dc25d8aebff42fa08b176d79385a5	16	188.21.94.43	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-04-08 08:17:39+02	2024-04-08 08:40:39+02	\N
d86c779330b4eedd8cbbb6566c009548c95788c119a6a59cad2b9681f03b608a	73	77.116.159.98	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15	2024-04-08 12:23:34+02	2024-04-08 13:01:34+02	TIMEOUT
5828515ef054a5a029c387e4676143d8d5d56893942ed9c8ed00239ca4749454	83	91.114.179.121	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-04-08 16:17:47+02	2024-04-08 16:30:47+02	\N
7bd07d761a1624628369b7fe493f85f2e9153dec603756a2e091aa756115d768	59	62.178.62.98	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15	2024-04-08 16:31:14+02	2024-04-08 17:08:14+02	\N
bd5d8d1f0f17d94cea6bb50b84c15f4316a75a6b262e7909d440e79700aa8827	33	188.21.221.129	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-04-08 20:34:04+02	2024-04-08 21:05:04+02	TIMEOUT
8a98e4ca7dae4b620ce3a399e76a8d61a0106bee38d30ab0f712d1893d67a02c	78	212.95.36.125	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-04-08 21:24:36+02	2024-04-08 21:47:36+02	TIMEOUT
ebf501346997074180229493344e5f004cb41b7f1355fd76d42399ae89ab22c9	25	37.120.226.123	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-04-08 23:24:52+02	2024-04-08 23:59:52+02	LOGOUT
26136118430a7a698bcd3df4fb679b0ac4b58d465e647b56b2d445c782d8c46e	86	178.112.19.36	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-04-09 03:54:01+02	2024-04-09 04:30:01+02	TIMEOUT
ef35914b720ceea58a29c7f8b253bbaa6ebb69a7f16eb886d5364c8b5d0b69b1	76	37.120.48.163	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-04-09 08:40:16+02	2024-04-09 09:03:16+02	\N
5b040ef53565bf9e9f6e143a2135e62d5398f6e63d5310470d2bea22c4d9a6ed	96	89.144.24.186	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-04-09 10:11:29+02	2024-04-09 10:45:29+02	LOGOUT
aab2f90f5451dc7b5766c282e280452bfd2f6f3dfcc362847784e698fcab5b63	64	178.113.21.105	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-04-09 11:13:28+02	2024-04-09 11:37:28+02	TIMEOUT
d9432338aae264f454fb4a7e853689a0f689dc163505e86d927d88b00ee6b2d0	86	188.21.104.182	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-09 11:31:17+02	2024-04-09 12:08:17+02	LOGOUT
6f39eefbeb052f7ff86e631535350066db94913509de47205b483ed487cf4755	44	213.162.217.123	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-04-09 12:22:24+02	2024-04-09 12:50:24+02	TIMEOUT
98e8f081b2a8d7b6aa75d8cddd7db55848e8b93b4732c46c69f4c485ba3a8193	94	188.21.203.83	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-04-09 15:48:22+02	2024-04-09 15:54:22+02	TIMEOUT
f396361588cb73ce4a2c8a56c87931e2a000750527e42d1faacfeabce0758f27	19	212.95.24.164	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-04-09 16:10:26+02	2024-04-09 16:41:26+02	TIMEOUT
12532855ff919fa78fdfcfd5c5ff8bad796ae044889566c884ed647fba2604d6	49	178.112.179.242	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15	2024-04-09 17:17:14+02	2024-04-09 17:27:14+02	TIMEOUT
513348846944c79dc775e47618d748d1f3c567a47462919209fb1684e3eb2338	102	193.80.45.234	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-04-09 18:37:30+02	2024-04-09 19:09:30+02	\N
bd7247ea94e703945b8d0cdc2c572463c8cc6d3dd0ef375cfbc5ec45a340193f	47	178.113.7.119	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-04-09 22:06:41+02	2024-04-09 22:29:41+02	\N
5b0845bf0d303bd38d9a8e0ab8705bffc745ef73ba66b6046d92919e21f03833	78	193.80.231.150	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-04-09 23:13:43+02	2024-04-09 23:22:43+02	TIMEOUT
bb10b1b487f8ad495e9b4c986b24d2197243bad69195b51260189bd2650580dd	50	178.112.85.102	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-04-10 01:17:29+02	2024-04-10 01:52:29+02	TIMEOUT
b1c1910ffa1b53d0fbc2dc2e6cc4d0c0c36b9aa57dbe3a4f011e22eda1460e78	49	178.112.179.242	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15	2024-04-10 02:16:11+02	2024-04-10 02:48:11+02	LOGOUT
c027f7c3a4036175f82748e500146fbafd321d343d6eb660be9de80e7dbb68ec	76	193.80.18.80	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-04-10 02:46:39+02	2024-04-10 03:23:39+02	TIMEOUT
826c4449ef341f04eaba8726cc42d45a87b047b324e1493e2fb20a82629453df	38	212.95.54.64	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-04-10 06:29:31+02	2024-04-10 07:00:31+02	TIMEOUT
21a51022bcb76ebd868f7052dc42c2a29ba0a814ac1ac057e0040ba33882df99	70	178.113.141.112	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-04-10 08:23:59+02	2024-04-10 08:56:59+02	TIMEOUT
35bcb6b10c625fc9f5cb7448cd4975642c8ef91bf7392a8e036ab9ead172d11a	14	77.116.166.39	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-04-10 13:07:28+02	2024-04-10 13:41:28+02	TIMEOUT
f20432cee470ba654943002295bcbb5b4cbc0a327ebf07f5109c3a3339318d05	38	89.144.67.61	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-04-10 16:26:01+02	2024-04-10 16:58:01+02	LOGOUT
396ed059130fdb02ee6f737a970ca299301bfde6b50ef63aa2b23ff27ac83caa	54	188.21.123.65	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-10 19:37:25+02	2024-04-10 19:59:25+02	TIMEOUT
1750a5c012a1295f994e922f2ebf61ae6c9fabb07527822cd1f2ba57430df1bb	92	213.162.225.153	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-04-10 19:46:00+02	2024-04-10 20:00:00+02	\N
2facfbec07c397b0f5b3c3b4695c54f6b704bf49482eeb788188ad56746bf844	18	84.115.140.227	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-10 21:26:54+02	2024-04-10 21:45:54+02	\N
a794da982694e9edde883e429299b8f18b1d5e7654b783a7db2aba0a1851b8f0	66	213.162.145.36	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-04-10 21:43:59+02	2024-04-10 22:00:59+02	TIMEOUT
1ba53d86996a934135ce777591930448465052c9a4af62b5077bc8f35b7f4503	26	178.112.190.165	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15	2024-04-10 23:52:15+02	2024-04-11 00:02:15+02	TIMEOUT
4efc2e98353ee60d3a6b56f9b160201bbb795140c151b15c5e76addd49144f6c	8	213.162.12.155	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-04-11 07:32:32+02	2024-04-11 08:03:32+02	TIMEOUT
ac1da33722e016eb54329a7c0e88c9f02a104bd413e3386c1c043d9c75a0a772	14	77.116.166.39	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-04-11 07:58:16+02	2024-04-11 08:19:16+02	LOGOUT
01bda02cae365131b915666495d496dfab584d9d36d267ae1f1bd6944db11607	44	84.115.9.88	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-04-11 09:06:58+02	2024-04-11 09:44:58+02	LOGOUT
2b038e261d3e1df4de7ae75bc42df9ffeb048ac3582dc25f5206a37bc5c55651	60	178.115.252.233	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-04-11 09:51:16+02	2024-04-11 10:33:16+02	TIMEOUT
e4b8010387808446e60b5bb125ca3cf10c3d6fd5061701ae2734f2c4547d308d	69	80.108.126.131	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15	2024-04-11 12:56:32+02	2024-04-11 13:41:32+02	TIMEOUT
d04e5c1be8e7e802a21eeab88f91e192d9851acbc6cadf1112226f2d09c42517	78	213.162.175.95	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-04-11 13:45:58+02	2024-04-11 14:29:58+02	TIMEOUT
6665e6a06d6122e8b4d90bce2a0e9521d8f8adeddc3faabc7b2d871107373dce	27	212.95.11.36	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-04-11 18:14:13+02	2024-04-11 18:41:13+02	TIMEOUT
cdc08811d0380b9b283e0d611254bb161538eb9a04adbf40774bfdc63d2a3507	73	77.116.159.98	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-04-11 20:18:02+02	2024-04-11 20:57:02+02	TIMEOUT
3120e2631e0265a49045c60e16b10f2d6939be7cf6c36ac45b1d680c171b9fa7	59	62.178.62.98	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15	2024-04-11 20:46:21+02	2024-04-11 20:52:21+02	TIMEOUT
eb5278461115d494954b9855db6d56676bd2fc2f2a8b7f74f20178f04835b066	72	91.114.8.38	Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0	2024-04-12 00:17:10+02	2024-04-12 01:00:10+02	\N
b21e0a31558862e3919bad3408288ae6e0914d648f72e5695669ad2dc0a6abfd	61	37.120.166.233	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-12 02:54:56+02	2024-04-12 03:37:56+02	TIMEOUT
6e405157d715c2f4da653a1e3209e1e89bca5e36896b409f18a18ce7481c2697	1	91.114.43.178	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-04-12 06:44:39+02	2024-04-12 06:51:39+02	\N
f8229ab42728a624807cf24a2909ab1b8deee2f0630cc4e429a19be556225bd7	76	178.115.193.235	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-04-12 07:47:51+02	2024-04-12 08:27:51+02	TIMEOUT
37740b24396bc6dbd3e372b07ee385f363a6036de84d0da01278376f198f3122	80	212.95.32.227	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-04-12 13:31:22+02	2024-04-12 14:00:22+02	LOGOUT
5d7d9840af24c989ac9bcad766d6c942537383c79a06d680330ffb428c7b374a	55	37.120.149.55	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-04-12 17:32:30+02	2024-04-12 17:39:30+02	LOGOUT
40c13a136af792aae35a7e70fc5950136ac1e7f72d39f3881cc30681d27797dc	44	193.80.224.187	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-04-12 19:24:04+02	2024-04-12 19:51:04+02	\N
b9c04471fa812833e1b5197cfbae7e610f25559eb992716e238f50815ac15cb1	10	84.115.236.125	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-12 19:27:40+02	2024-04-12 19:41:40+02	TIMEOUT
25167fc9f63bda4d15337f19a1057dfc6b63bdf24c2b1c6a1ac474d764ab02bf	88	91.114.253.42	Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0	2024-04-12 21:10:37+02	2024-04-12 21:14:37+02	LOGOUT
fad691d5585b5009fba32bbb46c565a11d6f2b4473db6f5bc9004f7124e3f44e	29	80.108.9.68	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-12 22:56:34+02	2024-04-12 22:58:34+02	TIMEOUT
d5713fa7844bc2d4bb835e3c4e077132490e65f1dbaab45ae7670a22f5692da1	10	178.115.77.53	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-12 23:09:51+02	2024-04-12 23:14:51+02	TIMEOUT
0d3e9266bc2dfec1ef0b7bbf51a6bcf13b248e16207936af91809db205870636	49	178.115.10.221	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-04-12 23:43:52+02	2024-04-12 23:59:52+02	TIMEOUT
21c1f95c6523c050c7ff5f8fed81caea3c577d7aae20574c2bff9601bf21c813	33	188.21.221.129	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-13 01:03:05+02	2024-04-13 01:15:05+02	TIMEOUT
b9527530fcf64f901d463a25b06bf6b2a4ec23a3a289e081d7f201b059fcc252	87	178.115.70.135	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-04-13 04:07:53+02	2024-04-13 04:42:53+02	TIMEOUT
6f2b29d17f34e9a95317ed6e1c3ac384643212907e5ecd9b5ec8421985688f69	29	80.108.9.68	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-04-13 08:26:01+02	2024-04-13 08:30:01+02	\N
a3fdcf00bc59fa44e30babac8735b5aeda8508e486c73f0767982a7cd9fd7170	50	212.95.152.66	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-04-13 09:25:11+02	2024-04-13 09:35:11+02	LOGOUT
d0ab8e98c0d069f97148cf64f3d72d967ef544e453225f5469bf1cc7c7118875	39	91.114.82.124	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-04-13 16:06:07+02	2024-04-13 16:24:07+02	\N
e6afb786a29cbd64f362ef28222ac30e0912079e122adb08b8ff5159b01f23d4	81	84.115.87.30	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-13 16:22:48+02	2024-04-13 16:47:48+02	\N
f70ad0fdf9be7d15a025809c6a90c68a51283ba5907c920fc454e5c8ee259285	96	188.21.2.242	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-04-13 19:37:02+02	2024-04-13 19:41:02+02	TIMEOUT
a2d66a0c272a34ac46407f7f4b7431832de43afc1f13389c09e8bf593e6354b2	4	80.108.7.198	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-04-13 19:57:28+02	2024-04-13 20:02:28+02	\N
033b64a6d55e87bb471cf710c5d7c02bdc2001a08d73d4d315fbe835cd97863b	66	213.162.145.36	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-04-13 21:48:35+02	2024-04-13 21:50:35+02	TIMEOUT
0ba0050167188245f4690f5b6c460a47e4df0f78dc162e74819058dbcdd9d859	65	91.114.124.200	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-04-14 02:26:33+02	2024-04-14 02:59:33+02	TIMEOUT
f7f740eb911ff974d32514e08d0696b89ff296cc12d849830fd740a4399fab4e	66	213.162.145.36	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-04-14 09:46:43+02	2024-04-14 10:14:43+02	TIMEOUT
70aac02c36a4b57808c7a3905d6bd4fcc9fcd7e04c881a7b03606783472479cb	92	37.120.234.113	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-04-14 11:13:22+02	2024-04-14 11:17:22+02	TIMEOUT
83a4c51a2000cd7a7b228fe79136647b5f2644b9ba7f4225d263c73e1602fcbd	54	80.108.114.216	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-14 12:16:49+02	2024-04-14 12:34:49+02	\N
fe5fca58a5151854d6204837ebe7573ca9073e12a0e1af3ab548aa6237679305	86	188.21.104.182	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-14 13:50:17+02	2024-04-14 14:35:17+02	LOGOUT
86dd5fc6ab0263b7c46503f79ce7bd52ac9ddee96c722563a2a3340e64b34b21	40	62.178.228.116	Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15	2024-04-14 15:10:17+02	2024-04-14 15:45:17+02	LOGOUT
cc24d660d61af5e37d18e7f488831d5d20a2bd20a24d01b28878d1344016a869	92	77.116.61.109	Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1	2024-04-14 16:15:21+02	2024-04-14 16:38:21+02	TIMEOUT
9aa57ed9d38897dcdad2cfba52b53bef05611f7416f945f89e6ea325bed196bd	33	188.21.221.129	Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1	2024-04-14 22:31:45+02	2024-04-14 22:38:45+02	TIMEOUT
525b655a915913634a9c5f63c5ddb04b754fdd7a2502f4f6cf3e3dc20a0f615e	86	188.21.104.182	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-14 22:31:46+02	2024-04-14 23:05:46+02	TIMEOUT
93b0043f6cab70e5e383b3952707072e2a64d84057e93a953094860e075398ea	37	178.112.224.96	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-04-15 00:41:25+02	2024-04-15 00:53:25+02	LOGOUT
585dbd417139fac4684025809c3ed1f96111cabe614e8e85b7668485d4d603f0	100	37.120.147.119	Mozilla/5.0 (Linux; Android 12; moto g(60)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.40 Mobile Safari/537.36	2024-04-15 10:37:50+02	2024-04-15 10:57:50+02	LOGOUT
0b9beb2835d921d558e59b49106cb834024cd1977d26694764d571e7c23d889f	45	193.80.132.201	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36	2024-04-15 12:23:52+02	2024-04-15 13:03:52+02	TIMEOUT
c26046841cdf16d1be95c965ebcd163e92b2397ecfe4a072e773442fcb4fba80	55	89.144.8.137	Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.80 Mobile Safari/537.36	2024-04-15 13:01:13+02	2024-04-15 13:44:13+02	TIMEOUT
7c08d0d89f9f210b9fb67ec51c9f175227e0d21cd2e105b3dc92dabd7e19ee31	76	178.115.193.235	Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36	2024-04-15 14:04:25+02	2024-04-15 14:23:25+02	TIMEOUT
7c76a4277fec396d6d37955c4ed0252c15af7074a5793f6371ea0b0613478e9c	20	62.178.249.164	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-15 14:09:40+02	2024-04-15 14:18:40+02	LOGOUT
a03e354332c5dfb526c695ae46deb79fcc71efcc7e55ba816f80939aebd876f1	81	84.115.87.30	Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92	2024-04-15 16:26:02+02	2024-04-15 16:28:02+02	LOGOUT
45cbe680f1c7469cc804e29e78a5bad94ce14f7cc65775b8ecf2cbf927dc6e7a	46	80.108.179.246	Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:124.0) Gecko/20100101 Firefox/124.0	2024-04-15 17:18:39+02	2024-04-15 17:22:39+02	TIMEOUT
\.


--
-- Name: stationen_id_seq; Type: SEQUENCE SET; Schema: public; Owner: portal
--

SELECT pg_catalog.setval('public.stationen_id_seq', 10, true);


--
-- Name: aerzte_id_seq; Type: SEQUENCE SET; Schema: public; Owner: portal
--

SELECT pg_catalog.setval('public.aerzte_id_seq', 26, true);


--
-- Name: patienten_id_seq; Type: SEQUENCE SET; Schema: public; Owner: portal
--

SELECT pg_catalog.setval('public.patienten_id_seq', 1441, true);


--
-- Name: termine_id_seq; Type: SEQUENCE SET; Schema: public; Owner: portal
--

SELECT pg_catalog.setval('public.termine_id_seq', 50568, true);


--
-- Name: portal_benutzer_id_seq; Type: SEQUENCE SET; Schema: public; Owner: portal
--

SELECT pg_catalog.setval('public.portal_benutzer_id_seq', 102, true);


--
-- Name: stationen stationen_pkey; Type: CONSTRAINT; Schema: public; Owner: portal
--

ALTER TABLE ONLY public.stationen
    ADD CONSTRAINT stationen_pkey PRIMARY KEY (id);


--
-- Name: aerzte aerzte_pkey; Type: CONSTRAINT; Schema: public; Owner: portal
--

ALTER TABLE ONLY public.aerzte
    ADD CONSTRAINT aerzte_pkey PRIMARY KEY (id);


--
-- Name: patienten patienten_pkey; Type: CONSTRAINT; Schema: public; Owner: portal
--

ALTER TABLE ONLY public.patienten
    ADD CONSTRAINT patienten_pkey PRIMARY KEY (id);


--
-- Name: termine termine_pkey; Type: CONSTRAINT; Schema: public; Owner: portal
--

ALTER TABLE ONLY public.termine
    ADD CONSTRAINT termine_pkey PRIMARY KEY (id);


--
-- Name: portal_benutzer portal_benutzer_pkey; Type: CONSTRAINT; Schema: public; Owner: portal
--

ALTER TABLE ONLY public.portal_benutzer
    ADD CONSTRAINT portal_benutzer_pkey PRIMARY KEY (id);


--
-- Name: portal_sessions portal_sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: portal
--

ALTER TABLE ONLY public.portal_sessions
    ADD CONSTRAINT portal_sessions_pkey PRIMARY KEY (session_id);


--
-- Name: aerzte aerzte_station_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: portal
--

ALTER TABLE ONLY public.aerzte
    ADD CONSTRAINT aerzte_station_id_fkey FOREIGN KEY (station_id) REFERENCES public.stationen(id);


--
-- Name: termine termine_patient_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: portal
--

ALTER TABLE ONLY public.termine
    ADD CONSTRAINT termine_patient_id_fkey FOREIGN KEY (patient_id) REFERENCES public.patienten(id);


--
-- Name: termine termine_arzt_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: portal
--

ALTER TABLE ONLY public.termine
    ADD CONSTRAINT termine_arzt_id_fkey FOREIGN KEY (arzt_id) REFERENCES public.aerzte(id);


--
-- Name: termine termine_station_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: portal
--

ALTER TABLE ONLY public.termine
    ADD CONSTRAINT termine_station_id_fkey FOREIGN KEY (station_id) REFERENCES public.stationen(id);


--
-- Name: portal_benutzer portal_benutzer_patient_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: portal
--

ALTER TABLE ONLY public.portal_benutzer
    ADD CONSTRAINT portal_benutzer_patient_id_fkey FOREIGN KEY (patient_id) REFERENCES public.patienten(id);


--
-- Name: portal_sessions portal_sessions_benutzer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: portal
--

ALTER TABLE ONLY public.portal_sessions
    ADD CONSTRAINT portal_sessions_benutzer_id_fkey FOREIGN KEY (benutzer_id) REFERENCES public.portal_benutzer(id);


--
-- PostgreSQL database dump complete
--

