--
-- PostgreSQL database dump
--

-- Dumped from database version 14.10 (Debian 14.10-1.pgdg120+1)
-- Dumped by pg_dump version 14.10 (Debian 14.10-1.pgdg120+1)

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
-- Name: cittadini; Type: TABLE; Schema: public; Owner: portale
--

CREATE TABLE public.cittadini (
    id integer NOT NULL,
    codice_fiscale character(16) NOT NULL,
    nome character varying(80) NOT NULL,
    cognome character varying(80) NOT NULL,
    sesso character(1) NOT NULL,
    data_di_nascita date NOT NULL,
    luogo_di_nascita character varying(80),
    indirizzo character varying(160),
    cap character(5),
    comune character varying(80),
    provincia character(2),
    email_pec character varying(160),
    telefono character varying(20),
    provider_spid character varying(30),
    consenso_privacy boolean DEFAULT false NOT NULL,
    data_registrazione timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT cittadini_sesso_check CHECK ((sesso = ANY (ARRAY['M'::bpchar, 'F'::bpchar])))
);


ALTER TABLE public.cittadini OWNER TO portale;

--
-- Name: cittadini_id_seq; Type: SEQUENCE; Schema: public; Owner: portale
--

CREATE SEQUENCE public.cittadini_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.cittadini_id_seq OWNER TO portale;

ALTER SEQUENCE public.cittadini_id_seq OWNED BY public.cittadini.id;

--
-- Name: operatori; Type: TABLE; Schema: public; Owner: portale
--

CREATE TABLE public.operatori (
    id integer NOT NULL,
    username character varying(40) NOT NULL,
    nome character varying(80) NOT NULL,
    cognome character varying(80) NOT NULL,
    email character varying(160) NOT NULL,
    ruolo character varying(20) NOT NULL,
    password_hash character varying(72) NOT NULL,
    password_scadenza date,
    ultimo_accesso timestamp with time zone,
    attivo boolean DEFAULT true NOT NULL,
    CONSTRAINT operatori_ruolo_check CHECK (((ruolo)::text = ANY ((ARRAY['operatore'::character varying, 'responsabile'::character varying, 'amministratore'::character varying])::text[])))
);


ALTER TABLE public.operatori OWNER TO portale;

--
-- Name: prenotazioni; Type: TABLE; Schema: public; Owner: portale
--

CREATE TABLE public.prenotazioni (
    id integer NOT NULL,
    codice_prenotazione character varying(20) NOT NULL,
    cittadino_id integer NOT NULL,
    servizio character varying(20) NOT NULL,
    sportello character varying(40) NOT NULL,
    data_prenotazione timestamp with time zone NOT NULL,
    data_appuntamento timestamp with time zone NOT NULL,
    stato character varying(12) DEFAULT 'confermata'::character varying NOT NULL,
    note text,
    CONSTRAINT prenotazioni_stato_check CHECK (((stato)::text = ANY ((ARRAY['confermata'::character varying, 'annullata'::character varying, 'completata'::character varying])::text[])))
);


ALTER TABLE public.prenotazioni OWNER TO portale;

--
-- Name: pagamenti; Type: TABLE; Schema: public; Owner: portale
--

CREATE TABLE public.pagamenti (
    id integer NOT NULL,
    prenotazione_id integer,
    cittadino_id integer NOT NULL,
    iuv character(18) NOT NULL,
    importo numeric(10,2) NOT NULL,
    causale character varying(140) NOT NULL,
    iban_beneficiario character varying(27) NOT NULL,
    iban_rimborso character varying(27),
    psp character varying(60),
    esito character varying(14) NOT NULL,
    data_pagamento timestamp with time zone NOT NULL
);


ALTER TABLE public.pagamenti OWNER TO portale;

--
-- Data for Name: cittadini; Type: TABLE DATA; Schema: public; Owner: portale
--

COPY public.cittadini (id, codice_fiscale, nome, cognome, sesso, data_di_nascita, luogo_di_nascita, indirizzo, cap, comune, provincia, email_pec, telefono, provider_spid, consenso_privacy, data_registrazione) FROM stdin;
1	GLLRRT39L49D969O	Roberta	Gallo	F	1939-07-09	Genova	Via Enrico Fermi, 132/A	00133	Roma	RM	rgallo@tiscali.it	06/94578779	InfoCert ID	t	2021-04-30 08:03:32+02
2	MRCSFO58L50F839I	Sofia	Marchetti	F	1958-07-10	Napoli	Via dei Ciliegi, 51	00044	Frascati	RM	marchetti.sofia92@gmail.com	+39 392 6726484	CIE	f	2022-04-14 04:56:03+02
3	RCCNDR56M01H501F	Andrea	Ricci	M	1956-08-01	Roma	Via Matteotti, 152 scala B	00078	Monte Porzio Catone	RM	andrea.ricci@pec.libero.it	\N	CIE	t	2021-03-23 00:34:19+01
4	CPPNNA90B58F839T	Anna	Coppola	F	1990-02-18	Napoli	Via Roma, 28	00044	Frascati	RM	annacoppola90@alice.it	3282439121	PosteID	t	2023-06-17 18:55:49+02
5	SRRVNT84E44H501G	Valentina	Serra	F	1984-05-04	Roma	Via della Sorgente, 46	00078	Monte Porzio Catone	RM	valentina.serra@postacertificata.gov.it	\N	CIE	f	2023-05-11 17:22:26+02
6	DGCRTI06S61H501Y	Rita	Di Giacomo	F	2006-11-21	Roma	Via Matteotti, 116 int. 4	00044	Frascati	RM	ritadigiacomo6@virgilio.it	3282737154	InfoCert ID	t	2022-03-24 19:17:06+01
7	DGCPTR38L04F205L	Pietro	Di Giacomo	M	1938-07-04	Milano	Via Colle Pizzuto, 47 scala B	00044	Frascati	RM	pietro.digiacomo@legalmail.it	320-3025537	SielteID	t	2023-02-16 21:38:33+01
8	MRTMTT78H09H501V	Matteo	Martinelli	M	1978-06-09	Roma	Via di Vermicino, 55	00044	Frascati	RM	matteo.martinelli@legalmail.it	348-5347924	InfoCert ID	t	2021-10-04 18:36:01+02
9	FRRMSM62C05H501Z	Massimo	Ferrari	M	1962-03-05	Roma	Via Colle Pizzuto, 86 int. 4	00044	Frascati	RM	mferrari@alice.it	340 4993608	Lepida ID	t	2022-11-27 03:24:38+01
10	FRRGRG46D42F205I	Giorgia	Ferrara	F	1946-04-02	Milano	Via Giuseppe Garibaldi, 36	00040	Rocca di Papa	RM	giorgia.ferrara@pec.libero.it	348 1979239	SielteID	t	2022-08-26 17:22:31+02
11	CNTLRI54H53G273A	Ilaria	Conti	F	1954-06-13	Palermo	Via Enrico Fermi, 45	00044	Frascati	RM	conti.ilaria54@hotmail.it	333 9435768	InfoCert ID	t	2023-04-20 18:37:31+02
12	MRTNDR52H06A944L	Andrea	Martini	M	1952-06-06	Bologna	Via dei Ciliegi, 57/A	00044	Frascati	RM	\N	328 1709721	PosteID	t	2023-03-23 02:17:37+01
13	GLLDNL76R49H501K	Daniela	Galli	F	1976-10-09	Roma	Via Anagnina, 92	00044	Frascati	RM	dgalli@gmail.com	\N	PosteID	t	2022-05-21 17:43:49+02
14	DLCMRC84L15H501C	Marco	De Luca	M	1984-07-15	Roma	Via Roma, 29	00173	Roma	RM	marco.deluca@pec.it	06 9411 3508	CIE	t	2024-01-02 14:38:43+01
15	MRCFNC50M41F839U	Francesca	Marchetti	F	1950-08-01	Napoli	Via Anagnina, 33	00044	Frascati	RM	francesca.marchetti@pec.libero.it	338 2003865	ArubaID	t	2023-02-21 03:14:26+01
16	MRTSMN51D06H501Y	Simone	Martini	M	1951-04-06	Roma	Via Luigi Pirandello, 132	00046	Grottaferrata	RM	simone.martini@pec.it	347-7484775	ArubaID	t	2023-05-21 10:14:42+02
17	MRNSFO43A60H501K	Sofia	Marino	F	1943-01-20	Roma	Largo Pentini, 153 scala B	00044	Frascati	RM	\N	392 5212187	ArubaID	t	2022-12-25 15:56:57+01
18	RSSLCU49A20E472R	Luca	Rossi	M	1949-01-20	Latina	Via Mazzini, 62	00044	Frascati	RM	luca.rossi@pec.it	320 0080128	SielteID	t	2023-06-12 00:14:38+02
19	GLLMTN50R60F205Q	Martina	Gallo	F	1950-10-20	Milano	Via del Tuscolo, 45/A	00077	Monte Compatri	RM	martina.gallo@yahoo.it	+39 366 9421631	InfoCert ID	t	2022-10-18 18:55:54+02
20	DLCSMN03B02H501X	Simone	De Luca	M	2003-02-02	Roma	Via Luigi Pirandello, 121 int. 4	00046	Grottaferrata	RM	simone.deluca@pec.libero.it	392 6683797	InfoCert ID	t	2021-09-14 14:50:34+02
21	TZZMSM04B18H501N	Massimo	Tozzi	M	2004-02-18	Roma	Viale Vittorio Veneto, 133 scala B	00044	Frascati	RM	massimo.tozzi@postacertificata.gov.it	338 3143518	ArubaID	t	2020-12-04 10:58:31+01
22	BRBMTT92T20H501S	Matteo	Barbieri	M	1992-12-20	Roma	Largo Pentini, 55	00044	Frascati	RM	\N	340 3127246	CIE	t	2023-07-07 00:15:16+02
23	SRRRRT59T68F205J	Roberta	Serra	F	1959-12-28	Milano	Via di Vermicino, 11 scala B	00046	Grottaferrata	RM	rserra@gmail.com	06/35610960	PosteID	t	2021-05-17 10:29:10+02
24	RCCPLA68S61L219J	Paola	Ricci	F	1968-11-21	Torino	Via Tuscolana, 175	00044	Frascati	RM	\N	06 94008422	InfoCert ID	f	2023-10-02 02:22:31+02
25	MNCGRG01P43D773C	Giorgia	Mancini	F	2001-09-03	Frascati	Via Anagnina, 78 int. 4	00044	Frascati	RM	\N	0618072249	InfoCert ID	t	2021-05-25 21:59:01+02
26	MRCTMS46S09H501H	Tommaso	Marchetti	M	1946-11-09	Roma	Viale Vittorio Veneto, 149/A	00044	Frascati	RM	\N	\N	Lepida ID	t	2023-06-29 07:20:26+02
27	DNGRRT58R10D612E	Roberto	D'Angelo	M	1958-10-10	Firenze	Via Colle Pizzuto, 6 scala B	00044	Frascati	RM	rdangelo@hotmail.it	338-8709735	CIE	t	2021-06-20 08:07:32+02
28	RSSSVT44M16H501W	Salvatore	Rossi	M	1944-08-16	Roma	Via Tuscolana, 34/A	00044	Frascati	RM	rossi.salvatore28@hotmail.it	06/94308267	InfoCert ID	t	2021-01-09 19:24:25+01
29	RZZMRC88B19H501R	Marco	Rizzo	M	1988-02-19	Roma	Via Luigi Pirandello, 43	00046	Grottaferrata	RM	marcorizzo88@tiscali.it	0669482829	SielteID	t	2023-12-18 11:44:18+01
30	LMBMTN03R64F205B	Martina	Lombardo	F	2003-10-24	Milano	Largo Pentini, 65	00044	Frascati	RM	martina.lombardo@legalmail.it	3330370983	SielteID	t	2023-03-24 14:00:25+01
31	GLLMNC06S51H501E	Monica	Gallo	F	2006-11-11	Roma	Via Enrico Fermi, 67	00044	Frascati	RM	\N	0698120562	PosteID	t	2022-06-26 01:59:29+02
32	DLCMRA79E65D773B	Maria	De Luca	F	1979-05-25	Frascati	Via della Sorgente, 88	00044	Frascati	RM	deluca.maria84@gmail.com	3488349668	TIM id	t	2022-05-30 01:41:18+02
33	TZZLCU89B21H501S	Luca	Tozzi	M	1989-02-21	Roma	Viale Vittorio Veneto, 104 scala B	00044	Frascati	RM	ltozzi@tiscali.it	320-4005094	InfoCert ID	t	2021-05-08 13:16:43+02
34	BNCLSN79B24D810L	Alessandro	Bianchi	M	1979-02-24	Frosinone	Via Giuseppe Garibaldi, 35	00044	Frascati	RM	bianchi.alessandro7@virgilio.it	320-1606689	InfoCert ID	t	2021-04-05 05:02:36+02
35	GLLRTI93P48H501J	Rita	Gallo	F	1993-09-08	Roma	Via Enrico Fermi, 124	00044	Frascati	RM	rgallo@gmail.com	06 9430 2393	InfoCert ID	t	2022-06-16 03:05:29+02
36	GRCSMN53S23H501N	Simone	Greco	M	1953-11-23	Roma	Viale Annibal Caro, 49 scala B	00133	Roma	RM	simone.greco@yahoo.it	366 4158442	Lepida ID	t	2021-01-08 17:53:27+01
37	GRDGRG53A59H501S	Giorgia	Giordano	F	1953-01-19	Roma	Via Luigi Pirandello, 30	00044	Frascati	RM	giorgia.giordano@yahoo.it	320 2428692	PosteID	t	2021-12-29 03:44:43+01
38	DNGPLA01M62H501B	Paola	D'Angelo	F	2001-08-22	Roma	Via Roma, 39 int. 4	00044	Frascati	RM	paoladangelo1@tiscali.it	06 9468 9699	PosteID	t	2022-04-30 21:18:58+02
39	GLLLSN85T07A944Z	Alessandro	Galli	M	1985-12-07	Bologna	Viale Annibal Caro, 83/A	00044	Frascati	RM	alessandrogalli85@gmail.com	+39 328 0977350	InfoCert ID	t	2021-11-28 03:30:07+01
40	CCCGPP79A10L719L	Giuseppe	Cecchini	M	1979-01-10	Velletri	Via Colle Pizzuto, 74	00044	Frascati	RM	\N	06 9449 9779	InfoCert ID	t	2021-01-26 06:00:35+01
41	BNCNNA99P44D612R	Anna	Bianchi	F	1999-09-04	Firenze	Via Enrico Fermi, 139	00044	Frascati	RM	abianchi@gmail.com	06 94370353	PosteID	t	2023-10-07 10:34:53+02
42	CCCMTN64B57G273N	Martina	Cecchini	F	1964-02-17	Palermo	Via Anagnina, 167 scala B	00044	Frascati	RM	cecchini.martina69@yahoo.it	3338662172	CIE	f	2021-06-24 11:01:58+02
43	BRBPTR60D17H501T	Pietro	Barbieri	M	1960-04-17	Roma	Via Colle Pizzuto, 104	00044	Frascati	RM	barbieri.pietro19@virgilio.it	3402721756	CIE	t	2021-05-17 21:41:03+02
44	GRDPTR02T21H501U	Pietro	Giordano	M	2002-12-21	Roma	Via Giuseppe Garibaldi, 121	00133	Roma	RM	giordano.pietro26@libero.it	338 8213016	TIM id	t	2023-11-06 04:33:01+01
45	RSSMRC45C20D773M	Marco	Russo	M	1945-03-20	Frascati	Via della Sorgente, 145/A	00044	Frascati	RM	marco.russo@postacertificata.gov.it	06/94047799	InfoCert ID	f	2023-10-30 07:24:40+01
46	SRRLRA94H58F839O	Laura	Serra	F	1994-06-18	Napoli	Via Giuseppe Garibaldi, 174	00173	Roma	RM	laura.serra@pec.it	348 2759931	SielteID	t	2021-04-05 01:25:19+02
47	RZZLCU39E05D773I	Luca	Rizzo	M	1939-05-05	Frascati	Piazza Marconi, 178	00040	Rocca di Papa	RM	luca.rizzo@legalmail.it	06 94527394	TIM id	t	2020-10-01 22:08:20+02
48	FRRPLA74P17L719T	Paolo	Ferrara	M	1974-09-17	Velletri	Via Enrico Fermi, 162	00044	Frascati	RM	paolo.ferrara@pec.it	\N	InfoCert ID	t	2023-05-07 16:05:57+02
49	CNTDNL39R56H501A	Daniela	Conti	F	1939-10-16	Roma	Via Luigi Pirandello, 65	00077	Monte Compatri	RM	danielaconti39@libero.it	+39 366 4748350	Lepida ID	t	2023-09-13 05:44:59+02
50	SNTFNC02C24H501B	Francesco	Santoro	M	2002-03-24	Roma	Viale Vittorio Veneto, 170 scala B	00044	Frascati	RM	francescosantoro2@virgilio.it	+39 333 7047017	TIM id	t	2023-05-02 12:51:23+02
51	CLMRRT61S55H501O	Roberta	Colombo	F	1961-11-15	Roma	Viale Annibal Caro, 153	00040	Rocca di Papa	RM	roberta.colombo@pec.it	06/94596275	CIE	t	2021-07-26 23:04:32+02
52	GNTPTR54H21F839Q	Pietro	Gentile	M	1954-06-21	Napoli	Viale Vittorio Veneto, 30/A	00044	Frascati	RM	\N	\N	TIM id	t	2021-07-01 07:19:09+02
53	SPSCLD82M28D969D	Claudio	Esposito	M	1982-08-28	Genova	Via Mazzini, 73	00044	Frascati	RM	claudioesposito82@yahoo.it	3334354477	SielteID	t	2021-10-06 09:20:28+02
54	BRBSRN54P46F205O	Serena	Barbieri	F	1954-09-06	Milano	Via Matteotti, 70 int. 4	00044	Frascati	RM	serena.barbieri@gmail.com	340 6943801	Lepida ID	t	2023-08-14 18:52:23+02
55	CCCNNA00P43H501C	Anna	Cecchini	F	2000-09-03	Roma	Via Anagnina, 90	00044	Frascati	RM	anna.cecchini@legalmail.it	349 3685088	ArubaID	t	2022-12-13 06:06:55+01
56	CCCGLI55B57H501M	Giulia	Cecchini	F	1955-02-17	Roma	Via del Tuscolo, 177	00044	Frascati	RM	giuliacecchini55@gmail.com	349-3063880	SielteID	t	2021-12-23 12:16:48+01
57	SRRLSS45D68A944C	Alessia	Serra	F	1945-04-28	Bologna	Via Luigi Pirandello, 169	00046	Grottaferrata	RM	alessia.serra@legalmail.it	328-9376161	PosteID	t	2022-08-13 23:02:16+02
58	SRRNTN84H16H501X	Antonio	Serra	M	1984-06-16	Roma	Largo Pentini, 139	00044	Frascati	RM	aserra@alice.it	\N	CIE	t	2023-04-08 01:24:01+02
59	CSTLRA59S50H501M	Laura	Costa	F	1959-11-10	Roma	Via Cavour, 20	00040	Rocca di Papa	RM	laura.costa@postacertificata.gov.it	3920769252	PosteID	t	2022-03-09 21:42:24+01
60	CCCTMS97P22F205Y	Tommaso	Cecchini	M	1997-09-22	Milano	Via della Sorgente, 148	00044	Frascati	RM	tcecchini@alice.it	06 9466 5114	TIM id	t	2022-06-14 20:01:49+02
61	GLLFBA41T25D810U	Fabio	Gallo	M	1941-12-25	Frosinone	Via dei Ciliegi, 171	00173	Roma	RM	fabio.gallo@legalmail.it	3495255524	PosteID	t	2022-07-27 00:10:15+02
62	BRNSVT69T09F839J	Salvatore	Bruno	M	1969-12-09	Napoli	Via Anagnina, 155	00044	Frascati	RM	bruno.salvatore6@gmail.com	06 9414 7309	CIE	t	2021-12-08 10:40:03+01
63	PCABRC82T42A662J	Beatrice	Pace	F	1982-12-02	Bari	Via Cavour, 118	00044	Frascati	RM	beatrice.pace@pec.libero.it	0688666316	InfoCert ID	t	2022-12-27 11:37:49+01
64	BNCMSM54C16H501I	Massimo	Bianchi	M	1954-03-16	Roma	Largo Pentini, 53 int. 4	00044	Frascati	RM	massimo.bianchi@pec.libero.it	+39 349 5820493	InfoCert ID	t	2021-05-19 07:30:20+02
65	LMBMTT01A23H501P	Matteo	Lombardi	M	2001-01-23	Roma	Piazza Marconi, 94	00044	Frascati	RM	matteo.lombardi@pec.it	06/70554253	PosteID	t	2023-06-14 01:58:16+02
66	DSNSVT42B24H501E	Salvatore	De Santis	M	1942-02-24	Roma	Piazza Marconi, 66	00044	Frascati	RM	\N	06 4127 2068	PosteID	t	2021-03-17 16:06:14+01
67	MRCTMS65L07F205D	Tommaso	Marchetti	M	1965-07-07	Milano	Via di Vermicino, 44 scala B	00133	Roma	RM	\N	349 1162390	PosteID	t	2022-01-11 09:24:38+01
68	FRNPTR57H25H501M	Pietro	Fiorentini	M	1957-06-25	Roma	Piazza Marconi, 124 scala B	00044	Frascati	RM	pietro.fiorentini@hotmail.it	3382767628	InfoCert ID	t	2023-08-10 00:50:07+02
69	RSSMRC80D13D810O	Marco	Russo	M	1980-04-13	Frosinone	Via Roma, 112	00044	Frascati	RM	\N	06 94193428	Lepida ID	t	2022-04-06 05:16:51+02
70	DSNSFN75R11F839M	Stefano	De Santis	M	1975-10-11	Napoli	Piazza Marconi, 46	00044	Frascati	RM	stefano.desantis@pec.it	3490001613	CIE	t	2021-11-03 20:51:17+01
71	CLMPTR60B08H501E	Pietro	Colombo	M	1960-02-08	Roma	Via Luigi Pirandello, 127	00078	Monte Porzio Catone	RM	\N	06/94296707	TIM id	t	2020-12-06 15:39:18+01
72	DSNSRN76E59F839I	Serena	De Santis	F	1976-05-19	Napoli	Largo Pentini, 77	00046	Grottaferrata	RM	serena.desantis@pec.libero.it	0694428737	PosteID	t	2023-10-10 07:46:14+02
73	MRTFNC73R01L219M	Francesco	Moretti	M	1973-10-01	Torino	Via dei Ciliegi, 30 scala B	00044	Frascati	RM	francesco.moretti@hotmail.it	3397709265	PosteID	t	2022-08-12 21:24:05+02
74	CNTSVT95S26E472D	Salvatore	Conti	M	1995-11-26	Latina	Via Giuseppe Garibaldi, 135	00046	Grottaferrata	RM	conti.salvatore38@libero.it	+39 335 8832974	PosteID	t	2023-10-27 11:59:43+02
75	LMBLSS72H51H501O	Alessia	Lombardi	F	1972-06-11	Roma	Via Cavour, 79 scala B	00046	Grottaferrata	RM	alessialombardi72@virgilio.it	+39 349 5594460	CIE	t	2023-12-06 17:59:34+01
76	FRRDNL42T49H501M	Daniela	Ferrari	F	1942-12-09	Roma	Via Cavour, 11	00046	Grottaferrata	RM	danielaferrari42@yahoo.it	392 6017176	TIM id	t	2023-02-05 09:16:57+01
77	BNCMTN80C47H501S	Martina	Bianchi	F	1980-03-07	Roma	Via del Tuscolo, 177	00044	Frascati	RM	martina.bianchi@hotmail.it	0685896395	ArubaID	t	2024-01-24 19:54:42+01
78	MRTSFO72L43H501S	Sofia	Martini	F	1972-07-03	Roma	Via Cavour, 4 scala B	00044	Frascati	RM	martini.sofia68@virgilio.it	392 2604562	PosteID	t	2020-11-18 18:11:07+01
79	SPSRRT46M63H501T	Roberta	Esposito	F	1946-08-23	Roma	Via Mazzini, 47/A	00044	Frascati	RM	roberta.esposito@pec.it	+39 328 7023451	ArubaID	t	2022-02-16 01:46:04+01
80	MRTPTR42H01F205Q	Pietro	Martinelli	M	1942-06-01	Milano	Via Tuscolana, 162 scala B	00044	Frascati	RM	pietromartinelli42@hotmail.it	06/49235588	InfoCert ID	t	2023-06-28 19:48:23+02
81	MRTLNE02D62H501V	Elena	Martinelli	F	2002-04-22	Roma	Via Tuscolana, 150	00044	Frascati	RM	elena.martinelli@pec.it	3205522166	PosteID	t	2024-01-15 09:46:03+01
82	SPSRCR03D23H501O	Riccardo	Esposito	M	2003-04-23	Roma	Via Tuscolana, 179 scala B	00044	Frascati	RM	riccardoesposito3@virgilio.it	+39 333 6190393	TIM id	t	2022-11-15 12:13:48+01
83	MRNNDR56A23D810P	Andrea	Mariani	M	1956-01-23	Frosinone	Via Anagnina, 51 scala B	00044	Frascati	RM	amariani@gmail.com	+39 348 6386132	Lepida ID	f	2021-08-09 13:39:59+02
84	DGCCLD81M16H501X	Claudio	Di Giacomo	M	1981-08-16	Roma	Via di Vermicino, 43	00044	Frascati	RM	claudio.digiacomo@pec.libero.it	335-9551649	PosteID	t	2023-08-16 13:08:44+02
85	CCCTMS66B11L719J	Tommaso	Cecchini	M	1966-02-11	Velletri	Via Cavour, 91 int. 4	00044	Frascati	RM	tommaso.cecchini@pec.it	392 9394588	PosteID	t	2023-07-22 06:44:53+02
86	CLMLCU71D01F839N	Luca	Colombo	M	1971-04-01	Napoli	Via Anagnina, 111 scala B	00044	Frascati	RM	\N	3330119084	PosteID	t	2022-05-28 07:12:57+02
87	CCCCHR47C57D773V	Chiara	Cecchini	F	1947-03-17	Frascati	Via Mazzini, 146 int. 4	00046	Grottaferrata	RM	chiara.cecchini@postacertificata.gov.it	3405577573	PosteID	t	2022-11-02 07:13:58+01
88	RSSLCU75D04H501C	Luca	Rossi	M	1975-04-04	Roma	Viale Vittorio Veneto, 1 scala B	00046	Grottaferrata	RM	lucarossi75@alice.it	06 4784 8034	InfoCert ID	t	2022-10-22 14:06:22+02
89	DGCTMS93C03H501Z	Tommaso	Di Giacomo	M	1993-03-03	Roma	Via Colle Pizzuto, 45	00078	Monte Porzio Catone	RM	tommaso.digiacomo@pec.libero.it	0694691355	InfoCert ID	t	2023-06-30 01:31:29+02
90	GLLMNC41B49E472U	Monica	Gallo	F	1941-02-09	Latina	Via di Vermicino, 40 scala B	00046	Grottaferrata	RM	mgallo@alice.it	328 8583041	Lepida ID	t	2022-05-20 11:21:48+02
\.

--
-- Data for Name: operatori; Type: TABLE DATA; Schema: public; Owner: portale
--

COPY public.operatori (id, username, nome, cognome, email, ruolo, password_hash, password_scadenza, ultimo_accesso, attivo) FROM stdin;
1	pcecchini	Patrizia	Cecchini	patrizia.cecchini@comune.frascati.rm.it	operatore	$2a$10$M3YZGesqU80EIAeQBi/fkEuPT9jsEZ6XG13HM/qylhMDqE6zP65ho	2024-08-27	2024-03-05 21:29:34+01	t
2	mtozzi	Maurizio	Tozzi	maurizio.tozzi@comune.frascati.rm.it	operatore	$2a$10$rbvF.0sJENYacYQqunImo.jbUvCTRrxJD/UVvYLjcvB8ZRogINOn1	2024-08-16	2024-03-13 20:29:36+01	t
3	lpace	Loredana	Pace	loredana.pace@comune.frascati.rm.it	operatore	$2a$10$yqU5GY79S.PsbduzsHscR.7GcLlugDn/bmeRvjsgZa6eafs/nfLo4	2024-09-12	2024-03-04 13:34:59+01	t
4	gfiorentini	Gianluca	Fiorentini	gianluca.fiorentini@comune.frascati.rm.it	responsabile	$2a$10$jBff2OFbN1833YCUJL0cpG78lCvHrOGmh7hio5c1li6df.dtbwsHU	2024-07-14	2024-03-14 10:43:46+01	t
5	emarchetti	Elisa	Marchetti	elisa.marchetti@comune.frascati.rm.it	operatore	$2a$10$aPlGRUsm9nSn3r4lC1lQMiOSpa020UjR01rj.lPtKOssY3oqEOeuA	2024-04-24	2024-03-05 02:33:04+01	t
6	sdigiacomo	Sergio	Di Giacomo	sergio.digiacomo@comune.frascati.rm.it	amministratore	$2a$10$17f58elrLYnxp4Q0QvjbWqxXcYHqElWhce57VP0CGypujZCgp5IH.	2024-05-15	2024-03-04 15:50:36+01	t
\.

--
-- Data for Name: prenotazioni; Type: TABLE DATA; Schema: public; Owner: portale
--

COPY public.prenotazioni (id, codice_prenotazione, cittadino_id, servizio, sportello, data_prenotazione, data_appuntamento, stato, note) FROM stdin;
1	PRN-2023-001007	1	CIE	Sportello 3 - CIE	2023-04-23 14:03:43+02	2023-05-30 15:30:00+02	completata	\N
2	PRN-2024-001014	2	CIE	Sportello 1 - Anagrafe	2024-03-05 17:26:20+01	2024-04-01 12:00:00+02	confermata	\N
3	PRN-2024-001021	2	CERT_ANAGR	Sportello 3 - CIE	2024-01-27 09:30:21+01	2024-03-04 10:30:00+01	completata	Minore accompagnato da genitore
4	PRN-2023-001028	3	CIE	Sportello 4 - Stato civile	2023-06-04 18:05:57+02	2023-07-11 15:45:00+02	completata	\N
5	PRN-2023-001035	4	CIE_RINNOVO	Sportello 1 - Anagrafe	2023-09-27 00:34:11+02	2023-11-07 15:00:00+01	completata	Denuncia di smarrimento allegata
6	PRN-2024-001042	4	STATO_CIVILE	Sportello 3 - CIE	2024-01-29 08:08:56+01	2024-02-19 12:00:00+01	completata	Minore accompagnato da genitore
7	PRN-2024-001049	5	CIE	Sportello 1 - Anagrafe	2024-02-22 19:08:14+01	2024-02-27 15:30:00+01	completata	\N
8	PRN-2024-001056	6	CIE	URP Piazza Marconi	2023-12-13 05:19:14+01	2024-01-19 11:15:00+01	annullata	\N
9	PRN-2024-001063	7	CIE	Sportello 1 - Anagrafe	2024-02-06 03:57:23+01	2024-03-04 10:15:00+01	completata	Denuncia di smarrimento allegata
10	PRN-2024-001070	7	CIE_RINNOVO	Sportello 2 - Anagrafe	2024-03-10 13:53:03+01	2024-03-21 16:30:00+01	confermata	\N
11	PRN-2023-001077	7	CIE	Sportello 1 - Anagrafe	2023-03-22 13:42:38+01	2023-04-18 12:30:00+02	completata	\N
12	PRN-2024-001084	8	CERT_ANAGR	Sportello 4 - Stato civile	2024-03-04 06:28:36+01	2024-04-02 16:15:00+02	confermata	Portare foto tessera
13	PRN-2023-001091	9	CIE	Sportello 4 - Stato civile	2023-07-01 14:05:08+02	2023-07-25 15:15:00+02	annullata	Minore accompagnato da genitore
14	PRN-2024-001098	10	CIE	Sportello 1 - Anagrafe	2024-02-19 09:23:54+01	2024-02-21 09:45:00+01	annullata	Minore accompagnato da genitore
15	PRN-2024-001105	11	RESIDENZA	Sportello 2 - Anagrafe	2024-03-07 02:56:10+01	2024-04-03 12:15:00+02	confermata	Richiesto interprete LIS
16	PRN-2023-001112	12	RESIDENZA	Sportello 3 - CIE	2023-04-16 13:08:49+02	2023-05-22 12:45:00+02	completata	Denuncia di smarrimento allegata
17	PRN-2023-001119	13	CIE_RINNOVO	URP Piazza Marconi	2023-09-06 19:13:03+02	2023-10-12 09:30:00+02	completata	\N
18	PRN-2024-001126	14	CIE_RINNOVO	Sportello 3 - CIE	2024-02-03 22:25:35+01	2024-02-28 11:15:00+01	completata	Denuncia di smarrimento allegata
19	PRN-2024-001133	14	CIE	Sportello 1 - Anagrafe	2024-01-28 03:58:31+01	2024-02-27 16:45:00+01	annullata	\N
20	PRN-2024-001140	14	RESIDENZA	Sportello 1 - Anagrafe	2024-02-05 15:09:13+01	2024-02-19 12:30:00+01	completata	\N
21	PRN-2024-001147	15	CIE	Sportello 1 - Anagrafe	2023-12-31 05:37:12+01	2024-02-13 16:00:00+01	completata	\N
22	PRN-2024-001154	15	CIE	URP Piazza Marconi	2024-01-27 19:57:33+01	2024-02-20 15:00:00+01	completata	Richiesto interprete LIS
23	PRN-2023-001161	16	STATO_CIVILE	Sportello 4 - Stato civile	2023-08-27 22:50:52+02	2023-09-13 08:00:00+02	completata	Denuncia di smarrimento allegata
24	PRN-2024-001168	17	CERT_ANAGR	Sportello 4 - Stato civile	2024-02-17 21:38:43+01	2024-02-27 08:30:00+01	completata	\N
25	PRN-2023-001175	17	CIE	Sportello 2 - Anagrafe	2023-07-25 00:50:21+02	2023-08-16 11:45:00+02	completata	\N
26	PRN-2024-001182	18	CIE_RINNOVO	Sportello 2 - Anagrafe	2024-02-10 12:55:44+01	2024-03-12 16:30:00+01	completata	\N
27	PRN-2023-001189	19	RESIDENZA	Sportello 4 - Stato civile	2023-07-23 04:02:24+02	2023-08-02 08:15:00+02	completata	Minore accompagnato da genitore
28	PRN-2024-001196	19	CERT_ANAGR	URP Piazza Marconi	2024-02-01 19:29:26+01	2024-02-05 08:00:00+01	completata	\N
29	PRN-2024-001203	20	CIE	Sportello 2 - Anagrafe	2024-03-11 23:24:23+01	2024-04-08 12:15:00+02	confermata	Denuncia di smarrimento allegata
30	PRN-2024-001210	21	STATO_CIVILE	Sportello 1 - Anagrafe	2024-02-16 05:16:37+01	2024-03-14 16:15:00+01	completata	\N
31	PRN-2023-001217	22	CERT_ANAGR	Sportello 2 - Anagrafe	2023-07-19 20:53:15+02	2023-08-07 11:30:00+02	completata	Denuncia di smarrimento allegata
32	PRN-2024-001224	23	CIE_RINNOVO	Sportello 3 - CIE	2024-02-23 00:02:10+01	2024-03-18 09:15:00+01	annullata	\N
33	PRN-2023-001231	24	CIE_RINNOVO	Sportello 1 - Anagrafe	2023-12-13 01:46:40+01	2023-12-19 12:30:00+01	completata	Portare foto tessera
34	PRN-2024-001238	25	RESIDENZA	Sportello 4 - Stato civile	2024-01-22 21:18:01+01	2024-02-19 11:45:00+01	completata	Richiesto interprete LIS
35	PRN-2023-001245	25	RESIDENZA	Sportello 3 - CIE	2023-10-13 23:38:04+02	2023-11-06 12:30:00+01	completata	\N
36	PRN-2024-001252	26	CIE	Sportello 2 - Anagrafe	2024-02-02 10:26:27+01	2024-03-12 16:45:00+01	annullata	\N
37	PRN-2023-001259	26	CIE_RINNOVO	Sportello 2 - Anagrafe	2023-08-14 12:19:12+02	2023-09-20 10:30:00+02	completata	Minore accompagnato da genitore
38	PRN-2024-001266	27	CIE	Sportello 3 - CIE	2024-02-23 20:57:37+01	2024-03-11 10:30:00+01	completata	\N
39	PRN-2023-001273	27	CIE	Sportello 4 - Stato civile	2023-06-07 21:28:47+02	2023-07-03 11:15:00+02	annullata	Minore accompagnato da genitore
40	PRN-2024-001280	28	RESIDENZA	Sportello 1 - Anagrafe	2024-01-22 16:02:46+01	2024-02-27 16:30:00+01	completata	Portare foto tessera
41	PRN-2024-001287	28	STATO_CIVILE	Sportello 3 - CIE	2024-01-19 05:49:33+01	2024-02-06 15:15:00+01	completata	Richiesto interprete LIS
42	PRN-2024-001294	29	CIE	Sportello 3 - CIE	2024-02-17 05:55:02+01	2024-03-08 10:45:00+01	completata	Denuncia di smarrimento allegata
43	PRN-2024-001301	29	CIE	Sportello 1 - Anagrafe	2024-01-25 10:43:20+01	2024-02-05 10:15:00+01	completata	Minore accompagnato da genitore
44	PRN-2024-001308	30	CERT_ANAGR	Sportello 4 - Stato civile	2024-02-25 13:36:52+01	2024-04-02 15:15:00+02	confermata	Portare foto tessera
45	PRN-2024-001315	31	CIE_RINNOVO	Sportello 4 - Stato civile	2024-03-06 08:33:12+01	2024-04-16 16:30:00+02	confermata	Richiesto interprete LIS
46	PRN-2023-001322	32	CIE	Sportello 3 - CIE	2023-06-21 17:24:09+02	2023-07-25 11:30:00+02	completata	Richiesto interprete LIS
47	PRN-2024-001329	33	CIE	Sportello 2 - Anagrafe	2023-12-20 05:52:01+01	2024-01-08 09:15:00+01	completata	\N
48	PRN-2024-001336	34	STATO_CIVILE	Sportello 4 - Stato civile	2024-02-02 10:40:22+01	2024-02-27 15:45:00+01	completata	\N
49	PRN-2024-001343	35	CIE_RINNOVO	URP Piazza Marconi	2024-02-07 00:17:39+01	2024-03-11 12:30:00+01	completata	Richiesto interprete LIS
50	PRN-2024-001350	35	CIE	URP Piazza Marconi	2024-02-28 15:58:57+01	2024-04-01 08:30:00+02	confermata	\N
51	PRN-2024-001357	36	CIE	Sportello 4 - Stato civile	2024-02-06 10:18:18+01	2024-02-12 11:30:00+01	completata	\N
52	PRN-2023-001364	36	CIE	Sportello 1 - Anagrafe	2023-07-13 06:37:40+02	2023-08-22 08:30:00+02	annullata	\N
53	PRN-2024-001371	36	RESIDENZA	Sportello 4 - Stato civile	2024-02-18 20:12:07+01	2024-02-27 16:15:00+01	completata	Richiesto interprete LIS
54	PRN-2023-001378	37	CIE	Sportello 4 - Stato civile	2023-10-01 04:12:02+02	2023-10-24 15:45:00+02	annullata	\N
55	PRN-2024-001385	37	CIE_RINNOVO	URP Piazza Marconi	2024-01-29 04:31:42+01	2024-03-05 11:45:00+01	completata	Portare foto tessera
56	PRN-2024-001392	38	CIE_RINNOVO	Sportello 4 - Stato civile	2024-01-25 07:06:20+01	2024-02-01 12:45:00+01	completata	Portare foto tessera
57	PRN-2023-001399	39	CIE	Sportello 2 - Anagrafe	2023-09-26 16:42:16+02	2023-09-28 10:30:00+02	completata	Richiesto interprete LIS
58	PRN-2023-001406	39	STATO_CIVILE	URP Piazza Marconi	2023-06-24 09:00:50+02	2023-07-17 09:30:00+02	completata	\N
59	PRN-2024-001413	40	CERT_ANAGR	Sportello 3 - CIE	2024-02-23 00:09:57+01	2024-03-12 16:30:00+01	completata	Denuncia di smarrimento allegata
60	PRN-2024-001420	41	RESIDENZA	Sportello 3 - CIE	2024-03-04 03:26:03+01	2024-04-09 16:15:00+02	annullata	Portare foto tessera
61	PRN-2024-001427	42	RESIDENZA	Sportello 4 - Stato civile	2024-02-24 03:29:41+01	2024-03-25 11:45:00+01	confermata	\N
62	PRN-2024-001434	42	CIE	Sportello 2 - Anagrafe	2024-02-09 14:55:01+01	2024-02-28 09:45:00+01	completata	Portare foto tessera
63	PRN-2024-001441	43	CIE_RINNOVO	Sportello 1 - Anagrafe	2024-03-02 22:23:05+01	2024-03-14 16:30:00+01	completata	Richiesto interprete LIS
64	PRN-2023-001448	43	CIE_RINNOVO	Sportello 3 - CIE	2023-11-06 12:18:24+01	2023-11-30 16:00:00+01	completata	\N
65	PRN-2024-001455	44	RESIDENZA	Sportello 4 - Stato civile	2024-02-20 23:35:15+01	2024-02-26 08:30:00+01	completata	\N
66	PRN-2024-001462	44	RESIDENZA	Sportello 2 - Anagrafe	2024-02-18 03:22:55+01	2024-02-21 10:45:00+01	completata	Denuncia di smarrimento allegata
67	PRN-2024-001469	45	RESIDENZA	Sportello 4 - Stato civile	2024-01-21 01:25:22+01	2024-02-08 15:30:00+01	completata	Minore accompagnato da genitore
68	PRN-2024-001476	45	CIE_RINNOVO	Sportello 3 - CIE	2024-02-17 00:39:11+01	2024-03-05 08:45:00+01	completata	Portare foto tessera
69	PRN-2024-001483	46	CIE_RINNOVO	Sportello 2 - Anagrafe	2024-01-26 03:46:18+01	2024-02-06 16:30:00+01	completata	\N
70	PRN-2023-001490	47	CIE_RINNOVO	Sportello 3 - CIE	2023-04-23 23:42:57+02	2023-06-01 11:15:00+02	completata	Richiesto interprete LIS
71	PRN-2024-001497	47	CIE_RINNOVO	Sportello 4 - Stato civile	2024-02-18 12:56:21+01	2024-03-18 08:15:00+01	confermata	\N
72	PRN-2023-001504	48	STATO_CIVILE	Sportello 4 - Stato civile	2023-12-01 16:22:25+01	2023-12-18 09:00:00+01	completata	\N
73	PRN-2024-001511	49	CIE	Sportello 1 - Anagrafe	2024-01-26 22:23:48+01	2024-02-06 10:15:00+01	completata	Richiesto interprete LIS
74	PRN-2024-001518	50	CIE	Sportello 4 - Stato civile	2024-03-03 10:49:13+01	2024-03-25 09:00:00+01	confermata	\N
75	PRN-2023-001525	50	CIE	Sportello 4 - Stato civile	2023-11-07 00:47:00+01	2023-12-14 08:30:00+01	completata	\N
76	PRN-2023-001532	50	STATO_CIVILE	Sportello 4 - Stato civile	2023-10-20 07:17:10+02	2023-11-21 16:00:00+01	completata	Richiesto interprete LIS
77	PRN-2023-001539	51	STATO_CIVILE	Sportello 3 - CIE	2023-10-24 03:10:00+02	2023-11-07 12:45:00+01	completata	Denuncia di smarrimento allegata
78	PRN-2023-001546	51	CIE	Sportello 4 - Stato civile	2023-04-05 10:44:21+02	2023-05-16 15:45:00+02	annullata	\N
79	PRN-2024-001553	51	CIE	Sportello 4 - Stato civile	2024-02-27 16:04:35+01	2024-03-18 11:00:00+01	confermata	Portare foto tessera
80	PRN-2024-001560	52	CIE	Sportello 1 - Anagrafe	2024-02-14 08:25:45+01	2024-02-28 10:00:00+01	completata	\N
81	PRN-2023-001567	53	CIE	Sportello 1 - Anagrafe	2023-05-15 02:17:50+02	2023-06-06 15:45:00+02	completata	Portare foto tessera
82	PRN-2024-001574	53	CERT_ANAGR	Sportello 3 - CIE	2024-01-22 21:49:58+01	2024-02-13 16:30:00+01	completata	Portare foto tessera
83	PRN-2024-001581	54	CIE_RINNOVO	Sportello 1 - Anagrafe	2024-03-09 12:30:02+01	2024-04-02 15:15:00+02	confermata	Portare foto tessera
84	PRN-2024-001588	54	CIE	URP Piazza Marconi	2024-02-19 11:37:03+01	2024-03-25 11:45:00+01	confermata	\N
85	PRN-2024-001595	54	STATO_CIVILE	URP Piazza Marconi	2024-02-21 06:28:16+01	2024-02-29 16:00:00+01	completata	Richiesto interprete LIS
86	PRN-2023-001602	55	CERT_ANAGR	Sportello 2 - Anagrafe	2023-03-25 14:49:37+01	2023-04-27 09:15:00+02	completata	Denuncia di smarrimento allegata
87	PRN-2024-001609	56	CIE	Sportello 2 - Anagrafe	2024-01-31 00:28:29+01	2024-02-08 11:00:00+01	completata	Portare foto tessera
88	PRN-2023-001616	57	CIE	Sportello 2 - Anagrafe	2023-06-04 07:12:39+02	2023-06-07 08:30:00+02	annullata	Minore accompagnato da genitore
89	PRN-2023-001623	58	CIE_RINNOVO	Sportello 2 - Anagrafe	2023-06-07 01:25:50+02	2023-06-12 11:00:00+02	completata	Minore accompagnato da genitore
90	PRN-2023-001630	58	CIE_RINNOVO	Sportello 2 - Anagrafe	2023-09-03 19:07:47+02	2023-09-18 08:30:00+02	completata	\N
91	PRN-2024-001637	58	CIE	Sportello 2 - Anagrafe	2024-02-27 04:37:55+01	2024-03-12 16:45:00+01	completata	Richiesto interprete LIS
92	PRN-2023-001644	59	CIE_RINNOVO	Sportello 3 - CIE	2023-08-06 03:33:04+02	2023-08-17 11:15:00+02	completata	Denuncia di smarrimento allegata
93	PRN-2023-001651	59	CIE	Sportello 2 - Anagrafe	2023-08-14 23:20:36+02	2023-09-07 08:45:00+02	annullata	\N
94	PRN-2024-001658	60	CIE	Sportello 4 - Stato civile	2024-02-29 22:32:44+01	2024-04-01 12:15:00+02	confermata	\N
95	PRN-2023-001665	60	CIE	Sportello 4 - Stato civile	2023-12-02 00:30:42+01	2023-12-18 10:45:00+01	completata	\N
96	PRN-2024-001672	60	CERT_ANAGR	URP Piazza Marconi	2024-03-04 00:19:05+01	2024-03-27 09:00:00+01	annullata	Denuncia di smarrimento allegata
97	PRN-2024-001679	61	STATO_CIVILE	URP Piazza Marconi	2024-02-13 01:27:55+01	2024-03-19 16:00:00+01	annullata	\N
98	PRN-2024-001686	62	CIE	Sportello 1 - Anagrafe	2024-03-01 05:31:09+01	2024-03-28 08:45:00+01	annullata	Portare foto tessera
99	PRN-2023-001693	63	CIE	Sportello 2 - Anagrafe	2023-04-28 09:24:29+02	2023-05-17 10:15:00+02	completata	\N
100	PRN-2024-001700	63	RESIDENZA	Sportello 3 - CIE	2024-03-08 15:51:34+01	2024-04-16 15:15:00+02	confermata	\N
101	PRN-2023-001707	64	STATO_CIVILE	URP Piazza Marconi	2023-06-30 00:29:20+02	2023-08-07 11:00:00+02	completata	Richiesto interprete LIS
102	PRN-2024-001714	64	CIE	Sportello 3 - CIE	2024-02-13 13:36:13+01	2024-03-25 10:45:00+01	confermata	Minore accompagnato da genitore
103	PRN-2024-001721	64	CIE_RINNOVO	Sportello 2 - Anagrafe	2024-02-03 01:34:44+01	2024-02-08 10:00:00+01	completata	\N
104	PRN-2024-001728	65	CIE_RINNOVO	URP Piazza Marconi	2024-02-17 05:08:03+01	2024-03-18 08:15:00+01	confermata	Portare foto tessera
105	PRN-2024-001735	66	CIE	URP Piazza Marconi	2024-01-08 02:26:30+01	2024-01-15 11:00:00+01	annullata	Minore accompagnato da genitore
106	PRN-2023-001742	67	STATO_CIVILE	Sportello 1 - Anagrafe	2023-04-19 14:47:19+02	2023-04-28 10:30:00+02	completata	Denuncia di smarrimento allegata
107	PRN-2024-001749	67	CIE_RINNOVO	Sportello 1 - Anagrafe	2024-03-10 12:56:20+01	2024-04-12 10:15:00+02	confermata	Richiesto interprete LIS
108	PRN-2024-001756	68	CIE	Sportello 3 - CIE	2024-03-11 00:06:04+01	2024-04-02 09:15:00+02	annullata	\N
109	PRN-2023-001763	69	CIE_RINNOVO	Sportello 3 - CIE	2023-07-02 08:17:28+02	2023-07-18 08:45:00+02	completata	\N
110	PRN-2023-001770	70	CERT_ANAGR	Sportello 2 - Anagrafe	2023-12-06 13:52:46+01	2023-12-20 09:15:00+01	completata	Minore accompagnato da genitore
111	PRN-2024-001777	71	CIE_RINNOVO	Sportello 2 - Anagrafe	2024-01-24 01:29:56+01	2024-02-06 15:15:00+01	completata	\N
112	PRN-2024-001784	72	STATO_CIVILE	Sportello 4 - Stato civile	2024-01-26 23:26:16+01	2024-01-29 12:30:00+01	completata	Minore accompagnato da genitore
113	PRN-2024-001791	72	CIE	Sportello 2 - Anagrafe	2023-12-14 18:25:33+01	2024-01-16 15:00:00+01	completata	\N
114	PRN-2024-001798	73	CIE	Sportello 1 - Anagrafe	2024-01-30 14:36:59+01	2024-02-07 09:15:00+01	annullata	Portare foto tessera
115	PRN-2024-001805	73	RESIDENZA	Sportello 3 - CIE	2024-01-22 15:37:34+01	2024-02-06 16:30:00+01	completata	Portare foto tessera
116	PRN-2023-001812	73	CIE_RINNOVO	Sportello 3 - CIE	2023-06-26 03:37:31+02	2023-07-03 12:15:00+02	completata	Portare foto tessera
117	PRN-2023-001819	74	CIE_RINNOVO	URP Piazza Marconi	2023-11-25 03:13:37+01	2023-12-28 15:00:00+01	completata	\N
118	PRN-2024-001826	75	CIE_RINNOVO	Sportello 3 - CIE	2023-12-20 05:12:29+01	2024-01-16 16:15:00+01	annullata	\N
119	PRN-2024-001833	75	CIE	URP Piazza Marconi	2023-12-15 07:36:10+01	2024-01-10 08:30:00+01	completata	\N
120	PRN-2024-001840	75	CIE_RINNOVO	URP Piazza Marconi	2024-01-27 05:35:23+01	2024-02-26 09:30:00+01	completata	Minore accompagnato da genitore
121	PRN-2024-001847	76	CIE	Sportello 1 - Anagrafe	2024-02-09 21:42:45+01	2024-03-11 08:00:00+01	completata	Portare foto tessera
122	PRN-2024-001854	76	CIE_RINNOVO	Sportello 4 - Stato civile	2024-02-06 04:28:30+01	2024-02-19 11:15:00+01	completata	Richiesto interprete LIS
123	PRN-2024-001861	77	RESIDENZA	Sportello 4 - Stato civile	2024-02-19 15:08:49+01	2024-02-27 15:00:00+01	completata	Minore accompagnato da genitore
124	PRN-2024-001868	77	CIE	URP Piazza Marconi	2024-02-23 15:32:52+01	2024-03-25 11:30:00+01	annullata	Minore accompagnato da genitore
125	PRN-2024-001875	78	CIE_RINNOVO	Sportello 1 - Anagrafe	2024-01-27 19:02:07+01	2024-02-27 16:00:00+01	completata	Denuncia di smarrimento allegata
126	PRN-2024-001882	78	CIE	Sportello 3 - CIE	2024-02-24 04:39:09+01	2024-03-22 08:00:00+01	confermata	Richiesto interprete LIS
127	PRN-2023-001889	78	RESIDENZA	Sportello 1 - Anagrafe	2023-06-12 09:24:39+02	2023-06-20 10:00:00+02	annullata	Minore accompagnato da genitore
128	PRN-2023-001896	79	CIE_RINNOVO	Sportello 4 - Stato civile	2023-07-17 17:57:13+02	2023-08-10 10:30:00+02	completata	\N
129	PRN-2023-001903	80	CIE	URP Piazza Marconi	2023-10-21 03:44:21+02	2023-11-02 09:45:00+01	completata	Denuncia di smarrimento allegata
130	PRN-2024-001910	80	CIE	Sportello 4 - Stato civile	2024-03-06 04:16:06+01	2024-03-20 12:00:00+01	confermata	\N
131	PRN-2024-001917	80	CIE_RINNOVO	Sportello 1 - Anagrafe	2024-02-25 06:08:12+01	2024-03-15 12:30:00+01	confermata	Richiesto interprete LIS
132	PRN-2024-001924	81	CIE	URP Piazza Marconi	2024-03-01 07:58:15+01	2024-03-04 09:30:00+01	completata	Portare foto tessera
133	PRN-2024-001931	82	STATO_CIVILE	URP Piazza Marconi	2024-02-01 23:33:50+01	2024-03-07 15:45:00+01	completata	Portare foto tessera
134	PRN-2024-001938	83	RESIDENZA	URP Piazza Marconi	2024-01-24 00:11:10+01	2024-03-01 10:45:00+01	completata	Portare foto tessera
135	PRN-2024-001945	84	CERT_ANAGR	Sportello 1 - Anagrafe	2024-01-12 05:46:38+01	2024-01-15 11:15:00+01	completata	\N
136	PRN-2024-001952	84	CIE_RINNOVO	Sportello 3 - CIE	2023-11-27 15:30:58+01	2024-01-02 16:45:00+01	annullata	Richiesto interprete LIS
137	PRN-2024-001959	85	STATO_CIVILE	URP Piazza Marconi	2024-03-03 09:38:03+01	2024-04-09 16:15:00+02	annullata	\N
138	PRN-2023-001966	86	CIE_RINNOVO	Sportello 3 - CIE	2023-08-20 12:41:06+02	2023-09-04 09:30:00+02	completata	\N
139	PRN-2023-001973	86	CIE_RINNOVO	Sportello 4 - Stato civile	2023-06-15 17:42:21+02	2023-06-22 16:30:00+02	completata	\N
140	PRN-2023-001980	87	CIE	Sportello 3 - CIE	2023-05-25 14:40:52+02	2023-06-12 09:30:00+02	completata	Denuncia di smarrimento allegata
141	PRN-2023-001987	88	CIE_RINNOVO	Sportello 1 - Anagrafe	2023-04-13 03:50:22+02	2023-05-11 16:45:00+02	completata	Richiesto interprete LIS
142	PRN-2023-001994	88	CIE	Sportello 3 - CIE	2023-10-17 04:55:06+02	2023-11-08 09:45:00+01	completata	\N
143	PRN-2023-002001	89	CERT_ANAGR	Sportello 4 - Stato civile	2023-11-15 18:58:34+01	2023-11-20 12:00:00+01	completata	Denuncia di smarrimento allegata
144	PRN-2024-002008	89	CIE	Sportello 3 - CIE	2024-02-22 07:36:56+01	2024-02-29 15:30:00+01	completata	Richiesto interprete LIS
145	PRN-2023-002015	90	CIE_RINNOVO	Sportello 3 - CIE	2023-04-28 16:39:57+02	2023-06-06 11:45:00+02	annullata	\N
146	PRN-2024-002022	90	CIE_RINNOVO	Sportello 2 - Anagrafe	2024-02-04 04:18:40+01	2024-02-06 15:15:00+01	annullata	Denuncia di smarrimento allegata
147	PRN-2024-002029	90	RESIDENZA	Sportello 4 - Stato civile	2024-01-21 08:39:48+01	2024-02-27 11:00:00+01	completata	\N
\.

--
-- Data for Name: pagamenti; Type: TABLE DATA; Schema: public; Owner: portale
--

COPY public.pagamenti (id, prenotazione_id, cittadino_id, iuv, importo, causale, iban_beneficiario, iban_rimborso, psp, esito, data_pagamento) FROM stdin;
1	11	7	099731126582137449	22.79	Carta d'identità elettronica - PRN-2023-001077	IT85F0503439090000000218907	\N	PayPal Europe	ESEGUITO	2023-03-22 14:25:38+01
2	86	55	049286481614370281	0.52	Certificato anagrafico - PRN-2023-001602	IT85F0503439090000000218907	\N	Poste Italiane	ESEGUITO	2023-03-25 18:54:37+01
3	141	88	084194071699211692	22.79	Rinnovo CIE - PRN-2023-001987	IT85F0503439090000000218907	\N	UniCredit	NON_ESEGUITO	2023-04-13 07:50:22+02
4	106	67	051587778733924473	16.00	Pubblicazioni di matrimonio - PRN-2023-001742	IT85F0503439090000000218907	\N	PayPal Europe	ESEGUITO	2023-04-19 19:03:19+02
5	1	1	052016671850004568	22.79	Carta d'identità elettronica - PRN-2023-001007	IT85F0503439090000000218907	\N	Poste Italiane	ESEGUITO	2023-04-23 16:36:43+02
6	70	47	091886127812519952	22.79	Rinnovo CIE - PRN-2023-001490	IT85F0503439090000000218907	\N	Intesa Sanpaolo	ESEGUITO	2023-04-24 03:43:57+02
7	99	63	036032610255656379	22.79	Carta d'identità elettronica - PRN-2023-001693	IT85F0503439090000000218907	\N	Intesa Sanpaolo	ESEGUITO	2023-04-28 16:46:29+02
8	81	53	073743817866805542	22.79	Carta d'identità elettronica - PRN-2023-001567	IT85F0503439090000000218907	\N	Intesa Sanpaolo	ESEGUITO	2023-05-15 05:44:50+02
9	140	87	072397716532195774	22.79	Carta d'identità elettronica - PRN-2023-001980	IT85F0503439090000000218907	\N	UniCredit	ESEGUITO	2023-05-25 23:22:52+02
10	88	57	094014212867235953	22.79	Carta d'identità elettronica - PRN-2023-001616	IT85F0503439090000000218907	IT51K0306912421278183380639	Nexi Payments	RIMBORSATO	2023-06-04 10:44:39+02
11	4	3	021017527332724886	22.79	Carta d'identità elettronica - PRN-2023-001028	IT85F0503439090000000218907	\N	Satispay	ESEGUITO	2023-06-05 02:24:57+02
12	89	58	045258499228354302	22.79	Rinnovo CIE - PRN-2023-001623	IT85F0503439090000000218907	\N	Nexi Payments	ESEGUITO	2023-06-07 09:40:50+02
13	139	86	086749641910514010	22.79	Rinnovo CIE - PRN-2023-001973	IT85F0503439090000000218907	\N	Nexi Payments	ESEGUITO	2023-06-15 19:42:21+02
14	46	32	094981865679641632	22.79	Carta d'identità elettronica - PRN-2023-001322	IT85F0503439090000000218907	\N	Poste Italiane	ESEGUITO	2023-06-21 23:41:09+02
15	58	39	036187953349875116	16.00	Pubblicazioni di matrimonio - PRN-2023-001406	IT85F0503439090000000218907	\N	UniCredit	ESEGUITO	2023-06-24 18:29:50+02
16	116	73	023496732997448392	22.79	Rinnovo CIE - PRN-2023-001812	IT85F0503439090000000218907	\N	Nexi Payments	ESEGUITO	2023-06-26 04:51:31+02
17	101	64	096678341116575366	16.00	Pubblicazioni di matrimonio - PRN-2023-001707	IT85F0503439090000000218907	\N	PayPal Europe	ESEGUITO	2023-06-30 09:17:20+02
18	13	9	072854356737902252	22.79	Carta d'identità elettronica - PRN-2023-001091	IT85F0503439090000000218907	IT73H0200801987817737648316	Poste Italiane	RIMBORSATO	2023-07-01 22:53:08+02
19	109	69	024490208300152977	22.79	Rinnovo CIE - PRN-2023-001763	IT85F0503439090000000218907	\N	Intesa Sanpaolo	ESEGUITO	2023-07-02 09:45:28+02
20	128	79	010023216232745148	22.79	Rinnovo CIE - PRN-2023-001896	IT85F0503439090000000218907	\N	Nexi Payments	ESEGUITO	2023-07-17 21:33:13+02
21	31	22	021841015177271631	0.52	Certificato anagrafico - PRN-2023-001217	IT85F0503439090000000218907	\N	Nexi Payments	ESEGUITO	2023-07-20 00:42:15+02
22	25	17	033076353281699215	22.79	Carta d'identità elettronica - PRN-2023-001175	IT85F0503439090000000218907	\N	Nexi Payments	ESEGUITO	2023-07-25 03:42:21+02
23	92	59	086103746788636788	22.79	Rinnovo CIE - PRN-2023-001644	IT85F0503439090000000218907	\N	Intesa Sanpaolo	ESEGUITO	2023-08-06 06:50:04+02
24	37	26	047464560426213352	22.79	Rinnovo CIE - PRN-2023-001259	IT85F0503439090000000218907	\N	PayPal Europe	ESEGUITO	2023-08-14 22:07:12+02
25	93	59	020739149252849760	22.79	Carta d'identità elettronica - PRN-2023-001651	IT85F0503439090000000218907	IT98D0311150456520334551078	UniCredit	RIMBORSATO	2023-08-15 00:16:36+02
26	138	86	095172383670918615	22.79	Rinnovo CIE - PRN-2023-001966	IT85F0503439090000000218907	\N	Satispay	ESEGUITO	2023-08-20 20:53:06+02
27	23	16	091148207135497613	16.00	Pubblicazioni di matrimonio - PRN-2023-001161	IT85F0503439090000000218907	\N	Poste Italiane	ESEGUITO	2023-08-28 00:40:52+02
28	90	58	015189670858703089	22.79	Rinnovo CIE - PRN-2023-001630	IT85F0503439090000000218907	\N	Poste Italiane	ESEGUITO	2023-09-03 21:03:47+02
29	17	13	093099788197376826	22.79	Rinnovo CIE - PRN-2023-001119	IT85F0503439090000000218907	\N	Satispay	ESEGUITO	2023-09-07 02:22:03+02
30	57	39	082999904867253433	22.79	Carta d'identità elettronica - PRN-2023-001399	IT85F0503439090000000218907	\N	Poste Italiane	ESEGUITO	2023-09-26 19:24:16+02
31	5	4	084486675924464334	22.79	Rinnovo CIE - PRN-2023-001035	IT85F0503439090000000218907	\N	Satispay	ESEGUITO	2023-09-27 06:08:11+02
32	142	88	068927467938265420	22.79	Carta d'identità elettronica - PRN-2023-001994	IT85F0503439090000000218907	\N	Satispay	ESEGUITO	2023-10-17 06:20:06+02
33	76	50	081242440295229102	16.00	Pubblicazioni di matrimonio - PRN-2023-001532	IT85F0503439090000000218907	\N	UniCredit	ESEGUITO	2023-10-20 15:20:10+02
34	129	80	021214966241772383	22.79	Carta d'identità elettronica - PRN-2023-001903	IT85F0503439090000000218907	\N	Satispay	ESEGUITO	2023-10-21 08:12:21+02
35	77	51	036838922611276591	16.00	Pubblicazioni di matrimonio - PRN-2023-001539	IT85F0503439090000000218907	\N	PayPal Europe	ESEGUITO	2023-10-24 10:50:00+02
36	64	43	010505984346293645	22.79	Rinnovo CIE - PRN-2023-001448	IT85F0503439090000000218907	\N	Nexi Payments	ESEGUITO	2023-11-06 22:16:24+01
37	75	50	039109845885162785	22.79	Carta d'identità elettronica - PRN-2023-001525	IT85F0503439090000000218907	\N	Satispay	ESEGUITO	2023-11-07 04:32:00+01
38	143	89	090679268823036403	0.52	Certificato anagrafico - PRN-2023-002001	IT85F0503439090000000218907	\N	Poste Italiane	ESEGUITO	2023-11-15 22:27:34+01
39	117	74	016496400165010622	22.79	Rinnovo CIE - PRN-2023-001819	IT85F0503439090000000218907	\N	Intesa Sanpaolo	ESEGUITO	2023-11-25 08:06:37+01
40	72	48	025878691794250599	16.00	Pubblicazioni di matrimonio - PRN-2023-001504	IT85F0503439090000000218907	\N	Intesa Sanpaolo	ESEGUITO	2023-12-01 17:02:25+01
41	95	60	095560882328369399	22.79	Carta d'identità elettronica - PRN-2023-001665	IT85F0503439090000000218907	\N	Satispay	NON_ESEGUITO	2023-12-02 03:56:42+01
42	110	70	022319504692009962	0.52	Certificato anagrafico - PRN-2023-001770	IT85F0503439090000000218907	\N	Intesa Sanpaolo	ESEGUITO	2023-12-06 23:09:46+01
43	33	24	064373758960343715	22.79	Rinnovo CIE - PRN-2023-001231	IT85F0503439090000000218907	\N	UniCredit	ESEGUITO	2023-12-13 09:56:40+01
44	113	72	073152931685672449	22.79	Carta d'identità elettronica - PRN-2024-001791	IT85F0503439090000000218907	\N	UniCredit	ESEGUITO	2023-12-14 20:40:33+01
45	119	75	074116649603527171	22.79	Carta d'identità elettronica - PRN-2024-001833	IT85F0503439090000000218907	\N	Satispay	ESEGUITO	2023-12-15 13:26:10+01
46	118	75	059274608128189014	22.79	Rinnovo CIE - PRN-2024-001826	IT85F0503439090000000218907	IT78V0301543163793505167217	Intesa Sanpaolo	RIMBORSATO	2023-12-20 12:59:29+01
47	47	33	050935282909412167	22.79	Carta d'identità elettronica - PRN-2024-001329	IT85F0503439090000000218907	\N	Poste Italiane	ESEGUITO	2023-12-20 14:41:01+01
48	21	15	052337273914421016	22.79	Carta d'identità elettronica - PRN-2024-001147	IT85F0503439090000000218907	\N	Nexi Payments	ESEGUITO	2023-12-31 08:02:12+01
49	105	66	031694507886590749	22.79	Carta d'identità elettronica - PRN-2024-001735	IT85F0503439090000000218907	IT96J0760134668385403082870	Satispay	RIMBORSATO	2024-01-08 07:24:30+01
50	135	84	079981813267536629	0.52	Certificato anagrafico - PRN-2024-001945	IT85F0503439090000000218907	\N	Intesa Sanpaolo	ESEGUITO	2024-01-12 15:36:38+01
51	41	28	088744708678599017	16.00	Pubblicazioni di matrimonio - PRN-2024-001287	IT85F0503439090000000218907	\N	Satispay	ESEGUITO	2024-01-19 09:39:33+01
52	82	53	065023451015520253	0.52	Certificato anagrafico - PRN-2024-001574	IT85F0503439090000000218907	\N	Satispay	ESEGUITO	2024-01-23 05:58:58+01
53	111	71	088037882945323833	22.79	Rinnovo CIE - PRN-2024-001777	IT85F0503439090000000218907	\N	Nexi Payments	ESEGUITO	2024-01-24 04:52:56+01
54	56	38	093329707646576153	22.79	Rinnovo CIE - PRN-2024-001392	IT85F0503439090000000218907	\N	Satispay	ESEGUITO	2024-01-25 13:05:20+01
55	43	29	020099106133774571	22.79	Carta d'identità elettronica - PRN-2024-001301	IT85F0503439090000000218907	\N	PayPal Europe	ESEGUITO	2024-01-25 20:24:20+01
56	69	46	099065876391283326	22.79	Rinnovo CIE - PRN-2024-001483	IT85F0503439090000000218907	\N	PayPal Europe	NON_ESEGUITO	2024-01-26 05:46:18+01
57	73	49	028198683055376440	22.79	Carta d'identità elettronica - PRN-2024-001511	IT85F0503439090000000218907	\N	Satispay	ESEGUITO	2024-01-27 02:39:48+01
58	112	72	074008699880809664	16.00	Pubblicazioni di matrimonio - PRN-2024-001784	IT85F0503439090000000218907	\N	UniCredit	ESEGUITO	2024-01-27 06:20:16+01
59	120	75	067699615235430513	22.79	Rinnovo CIE - PRN-2024-001840	IT85F0503439090000000218907	\N	Satispay	ESEGUITO	2024-01-27 13:31:23+01
60	3	2	029481118671267072	0.52	Certificato anagrafico - PRN-2024-001021	IT85F0503439090000000218907	\N	UniCredit	ESEGUITO	2024-01-27 14:04:21+01
61	125	78	021802349054467475	22.79	Rinnovo CIE - PRN-2024-001875	IT85F0503439090000000218907	\N	Poste Italiane	ESEGUITO	2024-01-28 03:11:07+01
62	22	15	090320446988942240	22.79	Carta d'identità elettronica - PRN-2024-001154	IT85F0503439090000000218907	\N	Poste Italiane	ESEGUITO	2024-01-28 02:08:33+01
63	55	37	098786092529225501	22.79	Rinnovo CIE - PRN-2024-001385	IT85F0503439090000000218907	\N	Poste Italiane	ESEGUITO	2024-01-29 08:44:42+01
64	6	4	078565358665311512	16.00	Pubblicazioni di matrimonio - PRN-2024-001042	IT85F0503439090000000218907	\N	Intesa Sanpaolo	ESEGUITO	2024-01-29 17:51:56+01
65	114	73	056061100457333166	22.79	Carta d'identità elettronica - PRN-2024-001798	IT85F0503439090000000218907	IT23H0301564375065394273516	Satispay	RIMBORSATO	2024-01-30 15:34:59+01
66	87	56	034090177282742594	22.79	Carta d'identità elettronica - PRN-2024-001609	IT85F0503439090000000218907	\N	Intesa Sanpaolo	ESEGUITO	2024-01-31 05:40:29+01
67	28	19	050210386223349732	0.52	Certificato anagrafico - PRN-2024-001196	IT85F0503439090000000218907	\N	Intesa Sanpaolo	NON_ESEGUITO	2024-02-02 01:42:26+01
68	133	82	070537656961875793	16.00	Pubblicazioni di matrimonio - PRN-2024-001931	IT85F0503439090000000218907	\N	Intesa Sanpaolo	ESEGUITO	2024-02-02 00:41:50+01
69	48	34	069055210276223421	16.00	Pubblicazioni di matrimonio - PRN-2024-001336	IT85F0503439090000000218907	\N	UniCredit	ESEGUITO	2024-02-02 13:37:22+01
70	103	64	020424300996220859	22.79	Rinnovo CIE - PRN-2024-001721	IT85F0503439090000000218907	\N	UniCredit	ESEGUITO	2024-02-03 11:05:44+01
71	18	14	045567064342579357	22.79	Rinnovo CIE - PRN-2024-001126	IT85F0503439090000000218907	\N	Poste Italiane	ESEGUITO	2024-02-04 07:47:35+01
72	9	7	041812667558461530	22.79	Carta d'identità elettronica - PRN-2024-001063	IT85F0503439090000000218907	\N	Satispay	ESEGUITO	2024-02-06 11:09:23+01
73	122	76	092559263334231489	22.79	Rinnovo CIE - PRN-2024-001854	IT85F0503439090000000218907	\N	Intesa Sanpaolo	ESEGUITO	2024-02-06 09:33:30+01
74	51	36	043982795647469539	22.79	Carta d'identità elettronica - PRN-2024-001357	IT85F0503439090000000218907	\N	UniCredit	ESEGUITO	2024-02-06 17:37:18+01
75	49	35	089507890366282470	22.79	Rinnovo CIE - PRN-2024-001343	IT85F0503439090000000218907	\N	Nexi Payments	ESEGUITO	2024-02-07 03:20:39+01
76	62	42	084920575380428343	22.79	Carta d'identità elettronica - PRN-2024-001434	IT85F0503439090000000218907	\N	Satispay	ESEGUITO	2024-02-09 20:03:01+01
77	121	76	078222691876356203	22.79	Carta d'identità elettronica - PRN-2024-001847	IT85F0503439090000000218907	\N	Nexi Payments	ESEGUITO	2024-02-10 04:38:45+01
78	26	18	081146808383274115	22.79	Rinnovo CIE - PRN-2024-001182	IT85F0503439090000000218907	\N	Poste Italiane	ESEGUITO	2024-02-10 16:24:44+01
79	102	64	060458535161109246	22.79	Carta d'identità elettronica - PRN-2024-001714	IT85F0503439090000000218907	\N	Satispay	ESEGUITO	2024-02-13 18:44:13+01
80	80	52	047740464656564148	22.79	Carta d'identità elettronica - PRN-2024-001560	IT85F0503439090000000218907	\N	Intesa Sanpaolo	ESEGUITO	2024-02-14 18:22:45+01
81	30	21	017526686173168921	16.00	Pubblicazioni di matrimonio - PRN-2024-001210	IT85F0503439090000000218907	\N	PayPal Europe	ESEGUITO	2024-02-16 12:24:37+01
82	68	45	080201441525841186	22.79	Rinnovo CIE - PRN-2024-001476	IT85F0503439090000000218907	\N	Nexi Payments	ESEGUITO	2024-02-17 00:48:11+01
83	104	65	097911622646151233	22.79	Rinnovo CIE - PRN-2024-001728	IT85F0503439090000000218907	\N	Poste Italiane	ESEGUITO	2024-02-17 11:36:03+01
84	42	29	020624453773659069	22.79	Carta d'identità elettronica - PRN-2024-001294	IT85F0503439090000000218907	\N	UniCredit	ESEGUITO	2024-02-17 10:23:02+01
85	24	17	090488605586180606	0.52	Certificato anagrafico - PRN-2024-001168	IT85F0503439090000000218907	\N	Poste Italiane	ESEGUITO	2024-02-18 04:53:43+01
86	71	47	093421187025012157	22.79	Rinnovo CIE - PRN-2024-001497	IT85F0503439090000000218907	\N	Nexi Payments	ESEGUITO	2024-02-18 16:21:21+01
87	14	10	033056279601194435	22.79	Carta d'identità elettronica - PRN-2024-001098	IT85F0503439090000000218907	IT53D0503407257527594934588	Intesa Sanpaolo	RIMBORSATO	2024-02-19 12:54:54+01
88	84	54	021731255684679442	22.79	Carta d'identità elettronica - PRN-2024-001588	IT85F0503439090000000218907	\N	Poste Italiane	ESEGUITO	2024-02-19 15:14:03+01
89	85	54	022340906555329209	16.00	Pubblicazioni di matrimonio - PRN-2024-001595	IT85F0503439090000000218907	\N	PayPal Europe	ESEGUITO	2024-02-21 14:04:16+01
90	144	89	033980810290803834	22.79	Carta d'identità elettronica - PRN-2024-002008	IT85F0503439090000000218907	\N	Nexi Payments	ESEGUITO	2024-02-22 12:01:56+01
91	7	5	045238319372681939	22.79	Carta d'identità elettronica - PRN-2024-001049	IT85F0503439090000000218907	\N	Intesa Sanpaolo	ESEGUITO	2024-02-23 02:43:14+01
92	32	23	074672269573323170	22.79	Rinnovo CIE - PRN-2024-001224	IT85F0503439090000000218907	IT30T0832774474771327713230	Intesa Sanpaolo	RIMBORSATO	2024-02-23 07:06:10+01
93	59	40	062448734458990106	0.52	Certificato anagrafico - PRN-2024-001413	IT85F0503439090000000218907	\N	Nexi Payments	ESEGUITO	2024-02-23 00:58:57+01
94	38	27	069355823226083042	22.79	Carta d'identità elettronica - PRN-2024-001266	IT85F0503439090000000218907	\N	Satispay	ESEGUITO	2024-02-24 00:51:37+01
95	126	78	024289930020594783	22.79	Carta d'identità elettronica - PRN-2024-001882	IT85F0503439090000000218907	\N	Poste Italiane	ESEGUITO	2024-02-24 12:07:09+01
96	131	80	076791768009255053	22.79	Rinnovo CIE - PRN-2024-001917	IT85F0503439090000000218907	\N	Nexi Payments	ESEGUITO	2024-02-25 13:00:12+01
97	44	30	035083480118855712	0.52	Certificato anagrafico - PRN-2024-001308	IT85F0503439090000000218907	\N	Satispay	ESEGUITO	2024-02-25 20:43:52+01
98	91	58	027276443177563549	22.79	Carta d'identità elettronica - PRN-2024-001637	IT85F0503439090000000218907	\N	Satispay	ESEGUITO	2024-02-27 10:01:55+01
99	79	51	042310758097143902	22.79	Carta d'identità elettronica - PRN-2024-001553	IT85F0503439090000000218907	\N	PayPal Europe	ESEGUITO	2024-02-28 01:40:35+01
100	50	35	048397938568815301	22.79	Carta d'identità elettronica - PRN-2024-001350	IT85F0503439090000000218907	\N	Intesa Sanpaolo	ESEGUITO	2024-02-28 20:00:57+01
101	94	60	050753401612859398	22.79	Carta d'identità elettronica - PRN-2024-001658	IT85F0503439090000000218907	\N	Nexi Payments	ESEGUITO	2024-03-01 00:28:44+01
102	132	81	014267071371840667	22.79	Carta d'identità elettronica - PRN-2024-001924	IT85F0503439090000000218907	\N	Satispay	ESEGUITO	2024-03-01 16:23:15+01
103	63	43	071969337924839065	22.79	Rinnovo CIE - PRN-2024-001441	IT85F0503439090000000218907	\N	Satispay	ESEGUITO	2024-03-03 01:48:05+01
104	137	85	043776849658922592	16.00	Pubblicazioni di matrimonio - PRN-2024-001959	IT85F0503439090000000218907	IT37O0200897709495092753371	UniCredit	RIMBORSATO	2024-03-03 12:33:03+01
105	74	50	024424841276510730	22.79	Carta d'identità elettronica - PRN-2024-001518	IT85F0503439090000000218907	\N	Satispay	ESEGUITO	2024-03-03 12:27:13+01
106	96	60	031051945547470529	0.52	Certificato anagrafico - PRN-2024-001672	IT85F0503439090000000218907	IT89B0306943573299280884571	Poste Italiane	RIMBORSATO	2024-03-04 08:55:05+01
107	12	8	045623606013456811	0.52	Certificato anagrafico - PRN-2024-001084	IT85F0503439090000000218907	\N	PayPal Europe	ESEGUITO	2024-03-04 16:08:36+01
108	2	2	013126488106958301	22.79	Carta d'identità elettronica - PRN-2024-001014	IT85F0503439090000000218907	\N	PayPal Europe	ESEGUITO	2024-03-05 17:48:20+01
109	130	80	032516336949647292	22.79	Carta d'identità elettronica - PRN-2024-001910	IT85F0503439090000000218907	\N	PayPal Europe	ESEGUITO	2024-03-06 09:28:06+01
110	45	31	015825922122615138	22.79	Rinnovo CIE - PRN-2024-001315	IT85F0503439090000000218907	\N	Nexi Payments	ESEGUITO	2024-03-06 15:09:12+01
111	83	54	011845472611882262	22.79	Rinnovo CIE - PRN-2024-001581	IT85F0503439090000000218907	\N	Nexi Payments	ESEGUITO	2024-03-09 20:43:02+01
112	107	67	082377425791806174	22.79	Rinnovo CIE - PRN-2024-001749	IT85F0503439090000000218907	\N	Intesa Sanpaolo	ESEGUITO	2024-03-10 15:52:20+01
113	10	7	019667302879410479	22.79	Rinnovo CIE - PRN-2024-001070	IT85F0503439090000000218907	\N	Nexi Payments	NON_ESEGUITO	2024-03-10 20:03:03+01
114	29	20	091655058077163929	22.79	Carta d'identità elettronica - PRN-2024-001203	IT85F0503439090000000218907	\N	Nexi Payments	ESEGUITO	2024-03-12 02:12:23+01
\.

--
-- Name: cittadini_id_seq; Type: SEQUENCE SET; Schema: public; Owner: portale
--

SELECT pg_catalog.setval('public.cittadini_id_seq', 90, true);


--
-- Name: cittadini cittadini_pkey; Type: CONSTRAINT; Schema: public; Owner: portale
--

ALTER TABLE ONLY public.cittadini
    ADD CONSTRAINT cittadini_pkey PRIMARY KEY (id);


--
-- Name: cittadini cittadini_codice_fiscale_key; Type: CONSTRAINT; Schema: public; Owner: portale
--

ALTER TABLE ONLY public.cittadini
    ADD CONSTRAINT cittadini_codice_fiscale_key UNIQUE (codice_fiscale);


--
-- Name: prenotazioni prenotazioni_cittadino_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: portale
--

ALTER TABLE ONLY public.prenotazioni
    ADD CONSTRAINT prenotazioni_cittadino_id_fkey FOREIGN KEY (cittadino_id) REFERENCES public.cittadini(id);


--
-- PostgreSQL database dump complete
--

