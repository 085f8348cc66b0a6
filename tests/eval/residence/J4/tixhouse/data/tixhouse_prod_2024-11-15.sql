--
-- PostgreSQL database dump
--

-- Dumped from database version 15.6 (Ubuntu 15.6-1.pgdg22.04+1)
-- Dumped by pg_dump version 15.6 (Ubuntu 15.6-1.pgdg22.04+1)

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
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;

SET default_tablespace = '';

SET default_table_access_method = heap;
--
-- Name: customers; Type: TABLE; Schema: public; Owner: tixhouse
--

CREATE TABLE public.customers (
    id integer NOT NULL,
    email public.citext NOT NULL,
    username character varying(40) NOT NULL,
    password_hash character varying(72),
    password_changed_at timestamp with time zone,
    first_name character varying(80) NOT NULL,
    last_name character varying(80) NOT NULL,
    phone character varying(32),
    date_of_birth date,
    country_code character(2),
    account_tier character varying(16) DEFAULT 'standard'::character varying NOT NULL,
    status character varying(16) DEFAULT 'active'::character varying NOT NULL,
    marketing_opt_in boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    last_login_at timestamp with time zone
);


ALTER TABLE public.customers OWNER TO tixhouse;

--
-- Name: customers_id_seq; Type: SEQUENCE; Schema: public; Owner: tixhouse
--

CREATE SEQUENCE public.customers_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.customers_id_seq OWNER TO tixhouse;

--
-- Name: customers_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: tixhouse
--

ALTER SEQUENCE public.customers_id_seq OWNED BY public.customers.id;

--
-- Name: customer_addresses; Type: TABLE; Schema: public; Owner: tixhouse
--

CREATE TABLE public.customer_addresses (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    kind character varying(12) DEFAULT 'billing'::character varying NOT NULL,
    line1 character varying(120) NOT NULL,
    line2 character varying(120),
    city character varying(80),
    region character varying(80),
    postcode character varying(16),
    country character varying(64) NOT NULL,
    is_default boolean DEFAULT true NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.customer_addresses OWNER TO tixhouse;

--
-- Name: customer_addresses_id_seq; Type: SEQUENCE; Schema: public; Owner: tixhouse
--

CREATE SEQUENCE public.customer_addresses_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.customer_addresses_id_seq OWNER TO tixhouse;

--
-- Name: customer_addresses_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: tixhouse
--

ALTER SEQUENCE public.customer_addresses_id_seq OWNED BY public.customer_addresses.id;

--
-- Name: events; Type: TABLE; Schema: public; Owner: tixhouse
--

CREATE TABLE public.events (
    id integer NOT NULL,
    slug character varying(160) NOT NULL,
    title character varying(200) NOT NULL,
    venue_name character varying(120) NOT NULL,
    venue_city character varying(80) NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    capacity integer NOT NULL,
    face_value_pence integer NOT NULL,
    on_sale boolean DEFAULT true NOT NULL
);


ALTER TABLE public.events OWNER TO tixhouse;

--
-- Name: events_id_seq; Type: SEQUENCE; Schema: public; Owner: tixhouse
--

CREATE SEQUENCE public.events_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.events_id_seq OWNER TO tixhouse;

--
-- Name: events_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: tixhouse
--

ALTER SEQUENCE public.events_id_seq OWNED BY public.events.id;

--
-- Name: orders; Type: TABLE; Schema: public; Owner: tixhouse
--

CREATE TABLE public.orders (
    id integer NOT NULL,
    order_ref character varying(20) NOT NULL,
    customer_id integer NOT NULL,
    event_id integer NOT NULL,
    quantity smallint NOT NULL,
    total_pence integer NOT NULL,
    currency character(3) DEFAULT 'GBP'::bpchar NOT NULL,
    status character varying(16) NOT NULL,
    payment_method character varying(16) NOT NULL,
    card_brand character varying(16),
    card_last4 character(4),
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.orders OWNER TO tixhouse;

--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: public; Owner: tixhouse
--

CREATE SEQUENCE public.orders_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.orders_id_seq OWNER TO tixhouse;

--
-- Name: orders_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: tixhouse
--

ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;

--
-- Name: tickets; Type: TABLE; Schema: public; Owner: tixhouse
--

CREATE TABLE public.tickets (
    id bigint NOT NULL,
    order_id integer NOT NULL,
    barcode character varying(13) NOT NULL,
    seat character varying(8),
    price_band character varying(16) NOT NULL
);


ALTER TABLE public.tickets OWNER TO tixhouse;

--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: public; Owner: tixhouse
--

CREATE SEQUENCE public.tickets_id_seq
    AS bigint
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.tickets_id_seq OWNER TO tixhouse;

--
-- Name: tickets_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: tixhouse
--

ALTER SEQUENCE public.tickets_id_seq OWNED BY public.tickets.id;

--
-- Name: customers id; Type: DEFAULT; Schema: public; Owner: tixhouse
--

ALTER TABLE ONLY public.customers ALTER COLUMN id SET DEFAULT nextval('public.customers_id_seq'::regclass);

--
-- Name: customer_addresses id; Type: DEFAULT; Schema: public; Owner: tixhouse
--

ALTER TABLE ONLY public.customer_addresses ALTER COLUMN id SET DEFAULT nextval('public.customer_addresses_id_seq'::regclass);

--
-- Name: events id; Type: DEFAULT; Schema: public; Owner: tixhouse
--

ALTER TABLE ONLY public.events ALTER COLUMN id SET DEFAULT nextval('public.events_id_seq'::regclass);

--
-- Name: orders id; Type: DEFAULT; Schema: public; Owner: tixhouse
--

ALTER TABLE ONLY public.orders ALTER COLUMN id SET DEFAULT nextval('public.orders_id_seq'::regclass);

--
-- Name: tickets id; Type: DEFAULT; Schema: public; Owner: tixhouse
--

ALTER TABLE ONLY public.tickets ALTER COLUMN id SET DEFAULT nextval('public.tickets_id_seq'::regclass);

--
-- Data for Name: customers; Type: TABLE DATA; Schema: public; Owner: tixhouse
--

COPY public.customers (id, email, username, password_hash, password_changed_at, first_name, last_name, phone, date_of_birth, country_code, account_tier, status, marketing_opt_in, created_at, last_login_at) FROM stdin;
10001	jessica.d1@aol.com	jdavis58	$2b$12$prrEdtDy2orhDlgpehl22CMVwHY6LU0tzcKsDg0BmHs9vDghWGRAh	\N	Jessica	Davis	(787) 538-4450	\N	US	standard	active	f	2024-02-12 13:46:48.438112+00	2024-11-11 12:39:26.081230+00
10002	swagner@yahoo.com	sophie.w	$2b$12$kNaMuQpKwtexey14Oeej6o2dS7Or1njfa0yjZRHWTvI4dVK2da1jy	2022-09-17 04:41:28.695102+00	Sophie	Wagner	+48 661 916 320	\N	DE	standard	active	f	2021-01-13 04:41:28.105170+00	2024-11-13 19:38:13.020176+00
10005	imran1374@icloud.com	ibrown36	$2b$12$GVGXPI7yJylYAxDrZzYDGFbnNIoVSJVgsqCiuH9Hkuo3C.AlHgKpb	2022-05-13 10:36:22.537660+00	Imran	Brown	07431 915328	1983-07-08	GB	standard	active	f	2021-07-02 10:36:22.657727+00	2023-05-24 23:37:19.112241+00
10006	lucia.m2@gmail.com	martinez101	$2b$12$Nxkb9nb1iYan.lztgKECUSTamO/E7I8a5.Ic5x8Q9bsnL/i97/qFs	2024-08-27 20:15:47.753398+00	Lucía	Martínez	607 784 782	\N	ES	standard	active	f	2023-08-05 20:15:47.855948+00	2024-11-14 18:38:38.868303+00
10007	emacdonald@outlook.com	emily.m	$2b$12$bW/jlzEQFgC9o0MT5esFq8gBklF.fQPT/mdBXX8JpTS51u1hSMrmY	\N	Emily	MacDonald	+44 7471 323623	\N	\N	standard	active	f	2023-09-29 11:49:09.571973+00	2024-11-09 03:16:19.497228+00
10009	amelia.taylor@virginmedia.com	ataylor47	$2b$12$G9XHHGKqxF47quMZoakoZaLe6IiLvIAse03EdAHO/farfJnOAIuTq	2022-06-15 18:11:03.718271+00	Amelia	Taylor	+44 7514 104466	1983-03-23	\N	standard	suspended	t	2020-08-16 18:11:03.944656+00	2021-09-04 06:09:02.104436+00
10011	ashley.r8@protonmail.com	rodriguez_tix	$2b$12$1.nMEn/EpLgbELwD8m4XVQhqs/jUHqoDpv1Cohn6SSgnYP0Y27U9y	2024-07-17 00:23:04.970177+00	Ashley	Rodriguez	303-235-6499	2003-03-04	US	standard	active	f	2022-09-24 00:23:04.757101+00	2024-07-02 17:49:34.547887+00
10013	lea.d1@orange.fr	lea82	$2b$12$ckbwgZVb4MtjFVdE7OnQG9kVeAhb3dIREGmun85wYB7EAwNps0iGL	2023-03-16 09:00:59.176130+00	Léa	Dubois	06 86 74 28 71	1960-07-19	\N	standard	active	f	2021-12-18 09:00:59.283551+00	2022-05-13 17:48:25.510067+00
10014	priya.w2@icloud.com	priya794	$2b$12$dcRnPi88ZSl5Xtd99J2U3LchCD/lwRuQpZDMUHnPnhbL22qLY35wi	2023-09-14 23:33:59.962607+00	Priya	Wilson	\N	\N	GB	standard	active	f	2022-11-06 23:33:59.998279+00	2024-11-07 02:33:06.953462+00
10015	javier.p3@gmail.com	javier.p	$2b$12$CYsVzaOq2IfyHmM/rzu36YvpB/u8EHw1Fs3n42syOj5AHKawTSnG8	\N	Javier	Pérez	657 641 462	2001-03-13	ES	standard	active	f	2021-10-31 11:32:35.048685+00	2024-01-19 19:44:11.108108+00
10016	zbrown@gmail.com	zainab.b	$2b$12$IELyrAZSWKeYKPANcSTtRuyXwoRUQP7PxFxTm66NvQ5hrLC9ryyWP	\N	Zainab	Brown	+44 7410 656001	2001-02-09	GB	standard	active	f	2021-04-25 06:49:24.109158+00	2023-05-14 06:38:47.288977+00
10017	chloe1511@protonmail.com	hall_tix	$2b$12$4N9zIC/Ib/UtjozIM4bo3Dpm5kakiaJGLTgaDZ2exgmj10xXh4LfO	2023-11-05 01:03:11.237421+00	Chloe	Hall	\N	1970-07-08	GB	standard	active	f	2023-04-16 01:03:11.131541+00	2024-11-14 02:25:52.599037+00
10019	zainab.h9@yahoo.co.uk	hughesx	$2b$12$huT7mr0pvY8fa.lmP1vbthhnDPRDYyrClUCoQ5M9TuI1rg8LTH298	2021-06-30 06:57:12.904503+00	Zainab	Hughes	\N	1960-11-21	GB	standard	active	f	2020-11-04 06:57:12.063886+00	2024-11-12 21:32:08.044878+00
10020	tyler1956@hotmail.com	tyler_kowalski	$2b$12$qryqqM2xd84C9YiDLGQgEALdGPz1KbbzcLGw9owXJRNFncbaDAH6U	\N	Tyler	Kowalski	415-994-0695	1957-02-25	\N	standard	active	f	2019-10-22 05:41:06.743825+00	2020-06-28 07:16:14.022976+00
10021	darragh_nibhriain2@yahoo.ie	darragh.n	$2b$12$8K18QaimUge5Vvc5OkXgqQhTFBBVE/iuq/N/uBE9SoU/7dR32jo5z	2023-06-27 19:36:07.933502+00	Darragh	Ní Bhriain	085 947 7635	2002-11-10	IE	standard	active	f	2022-02-05 19:36:07.262068+00	2024-11-09 22:57:50.086750+00
10022	bbakker@gmail.com	bram_bakker	$2b$12$DuvxdCJMrGNCvaltidG.G3BmzLe9jsg5v3wiagOfnr3d5Hs4SUo7k	2020-08-15 03:48:58.724682+00	Bram	Bakker	+31 6 09443525	1986-05-23	\N	standard	active	t	2019-05-16 03:48:58.064829+00	2021-05-10 09:13:32.430765+00
10023	daniel.edwards@hotmail.com	daniel311	$2b$12$cMZyLwv5j7FoTHQdKMZz9k6iYdp6F/K0xXBogWYbyOVgYPQUBPcrr	\N	Daniel	Edwards	+353 87 752 7675	1972-02-21	GB	standard	active	f	2022-07-18 13:53:10.632936+00	2024-11-13 00:12:42.830232+00
10024	harry.t4@sky.com	harry_thompson	$2b$12$.xWTPCsBUF1u/5UImeAg75QWU4wIQr/B72qUERj0EJMt/y6mPzNpI	\N	Harry	Thompson	07870 920497	1960-10-11	\N	member	active	f	2020-04-18 06:20:58.314470+00	2022-05-05 02:57:16.438261+00
10026	grace.s7@yahoo.co.uk	gsmith49	$2b$12$AhmyRRFT/P1W9cNINFMf6nhQUP..Qu.E2/vXDdtglbU9V3xXX0VKd	\N	Grace	Smith	+44 7520 451061	\N	GB	patron	active	f	2019-12-31 02:21:36.446795+00	2020-08-25 10:50:09.518602+00
10027	deshawn1125@yahoo.com	dkowalski35	$2b$12$t7qbyXfWnP5YLDTRyMo5SvonAtW1oQUsnMAGNiaNz8cqTsxBJONJh	\N	DeShawn	Kowalski	+44 7844 989709	\N	US	standard	active	f	2022-01-22 23:14:43.176805+00	2024-05-27 22:06:07.962900+00
10028	eoin.o4@gmail.com	osullivan101	$2b$12$9zLI8oKtUr0wXl/CkZtMBPxXQhFLYzBOsPiNqkc7zF9S8MgKP.DCm	\N	Eoin	O'Sullivan	087 171 7157	1984-08-05	IE	member	active	f	2023-08-13 12:55:56.627966+00	2024-06-01 03:10:13.421278+00
10029	manon.dubois@yahoo.com	dubois_tix	$2b$12$.k5kJrIOWs7LWIohzErDlC6TjX4/A23dWjyo7C0xBySsRDet9u7NJ	\N	Manon	Dubois	\N	\N	\N	standard	active	f	2020-01-10 12:43:24.196432+00	2024-11-11 19:43:03.446213+00
10031	doconnor@gmail.com	doconnor90	$2b$12$PuYkoyJb2EiXC1wlVgI6aV2RiVtzd0XwfkOah1PxNfBHLQ4z6nypr	\N	Darragh	O'Connor	083 307 3428	\N	\N	member	active	t	2024-05-31 08:40:24.729874+00	2024-10-16 06:10:30.937846+00
10032	cnibhriain@eircom.net	caoimhe687	$2b$12$zKr8uiRELKizp/59B/NykEosUc6id4.4bSRKTjWaeStGxXLNjZBP/	\N	Caoimhe	Ní Bhriain	086 409 5386	\N	\N	standard	active	f	2022-08-16 14:58:09.389571+00	2024-10-04 19:01:16.127308+00
10035	lclark@gmail.com	lauren_clark	$2b$12$6gsDB7pOTEDuHsslShyKuWHYh5OSy.I4vxZj4pjj6mWujdoe.Ws1t	2020-05-24 00:21:40.060776+00	Lauren	Clark	773.606.5025	1964-08-21	US	standard	active	t	2019-10-02 00:21:40.377926+00	2020-05-22 10:01:52.342412+00
10036	conor.walsh@yahoo.com	cwalsh90	$2b$12$LlUu7CKlQarOC00qnq0uSPQZsbb.2Lm1y9VoCEsgOWJW6.hlkjCwi	2023-07-08 09:33:11.675094+00	Conor	Walsh	\N	\N	IE	standard	active	t	2023-05-18 09:33:11.237657+00	2024-11-10 17:41:18.546669+00
10037	gbrown@gmail.com	brown	$2b$12$3vSn4XFZqN.6VwcmGmomNZ93YDAdyZmw5Qn4Ca069VKtz16vR3vOR	\N	George	Brown	07999 664906	\N	GB	member	active	f	2024-01-20 12:39:23.299530+00	2024-11-08 03:12:52.036015+00
10038	sophie_schmidt62@hotmail.com	sophie.s	$2b$12$itaQbnraO1742lmCpX00DMrwqgS4n8p1G./7EN4jhNDAONkWrcplU	\N	Sophie	Schmidt	0176 7884832	1978-04-30	DE	standard	active	f	2019-03-15 13:17:24.764067+00	2024-11-06 20:14:40.077118+00
10039	harry1105@live.co.uk	harry249	$2b$12$PytpvHbVNSXKHX1AzMLkglu.QzeQkwiBm.8RziVcjfURM00MB5HDX	\N	Harry	Khan	07559 552583	\N	\N	standard	active	f	2023-05-15 21:00:36.646139+00	2024-10-19 11:27:46.184631+00
10042	ffion1114@gmail.com	ffion.d	$2b$12$UvCNxp9xQ0sy1HrI5RqoWk8afweg32NrzE8hcb9guqJfyuu7pV3p1	\N	Ffion	Davies	07546 212849	\N	\N	standard	active	f	2021-05-12 04:31:12.467515+00	2024-11-08 21:50:39.794680+00
10043	megan.edwards@virginmedia.com	medwards32	$2b$12$mFK4OpWd8xrn4CmN6LOENTl36hM1Jp2v8Xd4ZpbXgYmN27BKeUdG8	2023-09-02 10:29:33.225442+00	Megan	Edwards	+44 7926 641736	\N	\N	standard	active	t	2022-05-05 10:29:33.459881+00	2024-11-09 14:19:27.370748+00
10044	oliver.j2@outlook.com	oliver965	$2b$12$e/cM8WXUbhG.AygpUkjUXv86IvYPAMBLZGRjD754nZbNdwO1JbkQy	\N	Oliver	Jackson	07829 718337	\N	GB	standard	active	f	2024-05-22 08:40:56.748900+00	2024-11-05 19:30:49.296708+00
10045	eilidh271@gmail.com	eilidh703	$2b$12$s9pYxumysIbidxdRo4dZzBD2reHdZ3AJ6MGrobOGXtDs2iFUdjEuW	\N	Eilidh	Roberts	07939 450193	1978-02-25	GB	patron	active	t	2024-07-22 02:46:32.042793+00	2024-11-12 18:46:30.040948+00
10048	mmiller@gmail.com	mmiller91	$2b$12$HHa4bBrLHQ6Au64T1Xz7B/iPi.8aLEQnlooZR0ziAiy0qOrzXGxO7	2024-03-06 04:29:59.291806+00	Maria	Miller	+1 (617) 916-0460	1957-10-05	US	standard	active	t	2023-08-28 04:29:59.720907+00	2024-11-05 07:52:30.288423+00
10049	tclarke@hotmail.com	thomas_clarke	$2b$12$is.vtTo8VgNGVndLAfBCk/Z3jfrVzqdo1z5vhtkPECCJ6e57Ydw97	\N	Thomas	Clarke	07466 266179	1960-03-29	\N	standard	active	f	2020-02-23 13:53:44.714200+00	2022-03-13 05:48:12.600681+00
10050	thomas_roberts31@hotmail.com	thomas_roberts	$2b$12$M6sGx6OBx/ofWltDQrOZAm5t8q3UMVykalXAlwOa5rfrEmg7lMGtp	\N	Thomas	Roberts	\N	\N	GB	standard	active	f	2024-07-03 04:43:58.782208+00	2024-11-10 20:46:59.065321+00
10051	rhys610@live.co.uk	rhys761	$2b$12$dqZXqxOOrCjc9PBpGHEPzgBRrHbs0.RsJBCPTZov1X0f/CkwP5ONd	2021-05-09 10:54:56.473392+00	Rhys	Davies	07531 991792	1966-01-11	\N	standard	active	t	2019-07-01 10:54:56.547361+00	2021-11-29 16:54:27.507556+00
10052	thomas.edwards@outlook.com	edwardsxx	$2b$12$KjCCqqEvz/ayxZpzPEkDusF3V6cgXmJm3vEZ3PcS7p5i3liJtIdaa	2019-08-03 12:37:16.279279+00	Thomas	Edwards	+44 7926 780903	\N	GB	standard	active	f	2019-03-08 12:37:16.320569+00	2024-11-08 04:50:59.230500+00
10053	amacdonald@gmail.com	macdonaldxx	$2b$12$NLN7TVp4DckVYpkN96suLkPkWn5al.F7hJ7DsFdvvRcvv14m2sNJG	2022-10-04 23:34:33.693539+00	Amelia	MacDonald	+44 7743 029500	\N	\N	standard	active	f	2020-12-06 23:34:33.663373+00	2024-11-05 09:27:09.388762+00
10054	oliver.w2@protonmail.com	oliver_wood	$2b$12$zHLdnw4dA9U2lNmgxX2mj5h.ElPQ8A9GlGKitW1uXz4Ptcar12N1e	\N	Oliver	Wood	\N	\N	\N	standard	active	f	2023-11-16 03:08:00.981994+00	2024-11-14 21:47:38.312625+00
10055	eevans@yahoo.com	emily_evans	$2b$12$S6TXMHyr7B0BfB3ComrOQ/lwxCIBdNg7UyydmBEPL7grI8V.odQVX	\N	Emily	Evans	07791 908284	1959-05-18	GB	member	active	f	2021-06-14 18:49:30.772558+00	2024-11-06 11:20:34.692367+00
10056	lea.muller@web.de	lmuller41	$2b$12$M4g.Cb6.LVbgysNeOr8QiAA.fBGblU22PpoX2cCSuEK2DwDyXWY3P	\N	Lea	Müller	\N	1962-12-23	DE	standard	active	f	2022-07-12 02:38:14.551789+00	2024-11-06 06:14:55.907696+00
10059	epetit@laposte.net	elodie457	$2b$12$qDLouHXVBhicxfQaC4CAZdLq/qdDTalDQIq95bGjtDxOVCTu.Y8XM	\N	Élodie	Petit	07 24 62 88 31	\N	FR	standard	active	f	2024-05-25 05:51:51.617651+00	2024-05-26 13:20:45.357823+00
10060	maria1475@comcast.net	mgarcia52	$2b$12$ocKoG4bMDiKy6K.GidrwJoChKCwNGhc5.nnT9PcnjM3EmTtLDCXMB	2024-10-29 12:37:40.307974+00	Maria	Garcia	\N	1979-05-02	US	standard	active	t	2023-08-14 12:37:40.059902+00	2024-11-14 07:31:40.293444+00
10062	charlie.c1@gmail.com	clarke	$2b$12$64HxrZ9AOeeaLeUgh/5GXyvmACsUppy0djalBwZw/qwzVr6gAKqmU	2021-09-03 10:40:17.536502+00	Charlie	Clarke	07934 352815	1960-12-25	GB	standard	active	f	2021-01-12 10:40:17.396287+00	2024-11-09 19:23:44.522343+00
10065	imran.thompson@icloud.com	imran_thompson	$2b$12$bsag8jYpTbCyH5/b/8D1V8L9yZGdbmxUK4TUbOtE8i0SzKjyLnybB	2023-09-30 03:08:03.367579+00	Imran	Thompson	+44 7925 971797	\N	\N	standard	active	t	2022-05-08 03:08:03.215413+00	2024-11-11 18:11:20.682551+00
10066	charlie1768@yahoo.com	charlie.t	$2b$12$iBh/MVml11Al3G/SmqmBFIvsL2/HIggWTlnHDUDMR6FZz53xZwT65	2021-08-22 01:31:28.783723+00	Charlie	Thompson	+44 7715 590476	\N	\N	member	active	f	2020-07-04 01:31:28.493874+00	2021-07-02 20:17:19.544467+00
10067	megan1430@gmail.com	megan.c	$2b$12$vxAOglumG1OF8EZ.dCOMtPatI8rH0uuONZHH85NXbczd/uDldCC/E	\N	Megan	Campbell	07565 395441	1964-09-12	GB	standard	active	f	2021-01-21 10:46:34.593742+00	2022-05-12 19:51:11.849069+00
10070	imran.davies@gmail.com	imran22	$2b$12$GOvyoO1dwEIjdR/AzBou3w7wmlKx5FZVZiTowtWmhaSmrqi8k/pHV	\N	Imran	Davies	\N	\N	\N	member	active	f	2021-10-24 19:43:09.472100+00	2024-11-12 09:56:04.453159+00
10071	kayla_harris38@hotmail.com	kayla.h	$2b$12$hZsQ8h0tZ50gYJG7jAl1H1H/Y2T20jsPS0ly0jIQ21.DJCsvs4ZMz	2020-07-06 06:48:14.931522+00	Kayla	Harris	+1 (415) 754-2465	\N	US	member	active	t	2019-05-29 06:48:14.242447+00	2024-11-06 09:37:09.311256+00
10074	jack_smith15@hotmail.com	jack.s	$2b$12$ixIojNk4ePBK8YABgifzaQf7NV9lVmEueDMK6zCQsE29G01Rz95LW	\N	Jack	Smith	07931 328708	1968-03-10	GB	standard	active	t	2020-01-04 18:12:54.711410+00	2022-03-19 21:24:10.205336+00
10076	hwagner@protonmail.com	hannah_wagner	$2b$12$WfKlPpJ1Qe/jRD7dgDQj/jWWehqi2l5ncr.t0fEPEX1bwsM6TawXu	\N	Hannah	Wagner	\N	1982-01-14	\N	standard	active	t	2021-06-24 01:06:07.838326+00	2024-11-05 22:42:42.191922+00
10078	ajones@icloud.com	ajones79	$2b$12$nmgeBV9Gc4RO9nAEWzab3IoIPiKvDq2TKgabcee8P.vBkaAd3j55d	2023-08-16 04:07:09.934957+00	Amelia	Jones	\N	\N	GB	standard	active	f	2022-08-27 04:07:09.890957+00	2024-11-13 18:48:35.910802+00
10081	mhernandez@outlook.com	mhernandez38	$2b$12$RpnAXPYiijJJoWXIpJeEoCSnQC/sPgu61TJG.tomFK5nlUQCpgOgt	2020-10-09 18:46:16.919938+00	Madison	Hernandez	+1 (617) 834-6027	1967-10-26	US	standard	active	t	2019-08-17 18:46:16.468020+00	2024-11-14 04:24:41.595348+00
10082	hannah817@protonmail.com	hannah.e	$2b$12$DWA32hQfk4HiKSgMVMvoyZWlUygcSinDVApLqRFeIs6WGxfncQUHX	\N	Hannah	Edwards	07460 605028	\N	GB	standard	active	t	2020-05-28 23:57:52.819741+00	2024-11-05 19:28:30.835512+00
10083	daan155@gmail.com	dbakker46	$2b$12$Jp8RYD1wnP6OaseCIo5cS7aqt3w29kJ4U8tBnJdyslEGSYzUWc5eJ	2021-05-08 05:01:32.397694+00	Daan	Bakker	06-52675046	1990-10-14	NL	standard	active	f	2020-09-10 05:01:32.962688+00	2022-12-14 16:25:57.624450+00
10084	james.o9@icloud.com	okaforx	$2b$12$wB3qY1BcOzRcNTQN2RtyWImz.YjT4eX8kqJ9ebdYW9olfMH3VQae4	\N	James	Okafor	\N	1983-04-18	GB	standard	active	f	2019-08-08 02:23:50.258381+00	2019-08-27 22:10:08.013656+00
10085	daniel.j1@protonmail.com	daniel142	$2b$12$CMC/cfKFoOTaCDvAaW/IKlJK/eN5hqlaRGe3ruDQ9HccpKXZOPKn2	\N	Daniel	Jones	07959 515986	1967-06-27	GB	standard	active	t	2021-03-10 00:51:42.161026+00	2023-06-17 21:31:19.574370+00
10086	elena_rodriguez32@yahoo.com	elena_rodriguez	$2b$12$STR1esqxGpqR1vlTWtP2h4hTEjh3f/Ic5d.lwWdBUyIlEAcMK0Uk8	2022-10-05 15:21:08.569209+00	Elena	Rodríguez	634 114 228	1966-03-30	ES	member	active	f	2021-03-14 15:21:08.887713+00	2021-04-03 22:36:12.522873+00
10087	sophie737@protonmail.com	sophie.r	$2b$12$jTkr/il5ZUjEWhiKg.39z1uijOjldeXDf.faJCcaK2J.klJ2V2J.N	\N	Sophie	Roberts	+44 7551 817212	1955-03-15	GB	standard	active	t	2023-12-27 01:01:46.979036+00	2024-07-26 15:50:59.320871+00
10088	rhys388@gmail.com	rrobinson47	$2b$12$MHxxtJ7QBaEBo.AJtrc7RKo3ZyWN1rJMnG93hMxcJI8W7EDzus7bi	\N	Rhys	Robinson	+44 7999 373981	\N	\N	standard	active	f	2023-02-25 02:11:21.338265+00	2024-11-13 06:42:29.767987+00
10089	kayla.j2@aol.com	jackson101	$2b$12$/ed6SgzjeB5Wc1RXSjP7oU5H5jgs3TVy0URApjrrOQey/Dwlbegag	\N	Kayla	Jackson	312-711-7413	\N	\N	member	active	t	2023-05-27 23:44:13.197882+00	2024-11-06 04:38:57.899198+00
10090	nicolas_durand32@protonmail.com	nicolas521	$2b$12$WDYEafBBsG2AJ9sONLK9mGUJuIt1pPc0BVHOGkJQPFXgzD7xckwv1	2024-10-24 18:20:45.015156+00	Nicolas	Durand	06 25 56 03 17	\N	FR	member	active	t	2023-02-04 18:20:45.069369+00	2024-11-05 01:17:50.492133+00
10091	ffion2005@icloud.com	ffion_wood	$2b$12$qyho34qL2fRW1Z9cMUGrI8JbXd65E52KJeI7MCyH.vhsDtoqvpggh	2021-06-04 14:48:24.621900+00	Ffion	Wood	+353 83 924 5524	\N	GB	standard	active	f	2020-04-13 14:48:24.598760+00	2024-11-08 12:44:10.468388+00
10092	lukas_fischer19@web.de	fischer101	$2b$12$eRxZcSWpiyM/uAm3Jz7dgb/b9KAum3Vkwu0NSxbT5neJI5V9XX0qq	2024-05-27 01:32:36.212364+00	Lukas	Fischer	0170 05839606	\N	DE	standard	active	f	2023-08-15 01:32:36.897347+00	2024-10-27 21:34:22.452752+00
10093	james.h4@gmail.com	jhughes74	$2b$12$VZ9BFbZCM.wshTy.Xgt8uFWpCxQ3gNJUk550vLXFhFE8zYn1lennX	2021-05-23 19:19:28.402075+00	James	Hughes	07834 488396	\N	GB	standard	active	f	2021-04-04 19:19:28.724349+00	2022-01-31 18:30:59.411081+00
10094	charlie_evans11@sky.com	evans_tix	$2b$12$8ccCCwggT58COtJpjGXDYeXL1OBImDCE2Mk4if2mQYfAAZ4Et4Ctk	\N	Charlie	Evans	07433 613182	1994-07-21	\N	member	active	f	2021-04-13 08:34:18.427479+00	2022-08-28 15:08:45.327356+00
10095	ffion.smith@gmail.com	smithx	$2b$12$Qw1cX5T6Ghgxz5oljAaQuBdxiVQ1Syn8DtwIkzjj0RCxV1753WcJu	\N	Ffion	Smith	07423 414966	1977-07-30	\N	standard	active	f	2019-10-25 04:27:42.584483+00	2022-04-19 20:36:03.494250+00
10096	matthew_hernandez91@yahoo.com	mhernandez19	$2b$12$9btROVD9KaqIFOOjDrA5qdTGdJDUNILurHqOHjpSMr0cHLElICV8b	\N	Matthew	Hernandez	\N	1970-02-01	\N	standard	active	f	2021-09-29 14:50:54.996850+00	2024-11-09 18:23:11.059871+00
10099	ckowalski@aol.com	christopher_kowalski	$2b$12$rTT.rlPr9uOemWLiTSvwrumVGicigyAcgcsUxKCP1BZOsWJBrJNLm	2024-04-15 04:04:41.154781+00	Christopher	Kowalski	\N	\N	\N	member	active	t	2022-06-18 04:04:41.919286+00	2024-04-30 02:49:23.121371+00
10101	joshua.anderson@yahoo.com	joshua_anderson	$2b$12$j9Yf/nfIgBqyxjE18TF4WRRD397NM7AB4aIQ4hl3GYc9Mamk02geo	\N	Joshua	Anderson	\N	\N	\N	standard	active	f	2020-05-15 03:07:19.619929+00	2022-07-24 06:02:45.247877+00
10102	oliver.w5@protonmail.com	owhite38	$2b$12$X2BVM3t289WevFFLe1yVF8yO1tXoHYEHqA4PMXkM9TgWgQNYBz.90	\N	Oliver	White	+44 7525 383653	1969-08-27	GB	standard	active	t	2021-09-24 03:20:52.620491+00	2023-10-06 01:38:00.026068+00
10103	siobhan.mccarthy@icloud.com	smccarthy81	$2b$12$2AB6s4v1bkmztMFLgm8NEkd2hC662E97.VUS.iM/vRvLSILbc.NIq	\N	Siobhán	McCarthy	+353 83 992 0971	1978-03-22	\N	standard	active	t	2023-06-22 02:39:46.879012+00	2024-11-09 08:45:42.486012+00
10104	jose.kowalski@verizon.net	jose.k	$2b$12$YoEmzd0tUMVV7kSj9tkchthXbbnIgzc42oo4SLZhCg9UP.4DqkzrH	2020-06-17 19:24:14.699457+00	Jose	Kowalski	(612) 459-6068	\N	US	standard	active	f	2020-05-24 19:24:14.358186+00	2022-05-10 04:07:31.605812+00
10106	matteo.r6@libero.it	matteo.r	$2b$12$eS0RMigY/h1IbBGbizwPSB0UXuhlkhhEEdsd9BQiNEWNt5jl6HZDW	2023-12-11 02:28:34.180179+00	Matteo	Romano	\N	\N	IT	standard	active	f	2023-01-02 02:28:34.885963+00	2024-04-23 04:18:35.309702+00
10107	hbernard@hotmail.com	hugo.b	$2b$12$iMXUOXIG9git/Z1abuWAHR.5H0AlFl0gflxCmILAWOkWgR918s3jW	2023-09-29 14:23:02.357853+00	Hugo	Bernard	07 81 58 50 61	1966-04-10	FR	standard	active	f	2023-05-10 14:23:02.539058+00	2024-11-13 20:38:49.632562+00
10108	sbegum@yahoo.co.uk	begum_tix	$2b$12$814tmqzukkNP6JI.c/jMca.UuPD0fp5FPjL/hyEDSNLL8yN.XiUQk	2022-03-23 12:25:13.755869+00	Samuel	Begum	+44 7936 489951	\N	GB	standard	active	f	2021-12-22 12:25:13.652631+00	2023-12-30 01:33:17.924337+00
10110	thomas.d4@virginmedia.com	thomas310	$2b$12$BTpL1YRydwDlu5l6IlZNqecsOV2DaHLPp3JZC8K.Ea/uMiJNjiBQP	2020-10-18 17:45:29.685911+00	Thomas	Davies	07540 195614	\N	\N	standard	active	f	2019-06-28 17:45:29.298345+00	2021-06-20 16:11:31.501427+00
10112	eoin_brennan74@protonmail.com	eoin631	$2b$12$F/bffSPZvP8B0q.vzCY1cO90Rj.bWUVKCXx0GAqMKjiV7b8ee5aqu	\N	Eoin	Brennan	+353 85 898 6980	\N	\N	standard	active	f	2024-01-10 00:02:38.890619+00	2024-11-13 17:15:39.180283+00
10115	arnaud.maes@outlook.com	amaes73	$2b$12$kHKrrGLjKsRV8rBZ0qQBPf04hL4Gjj48goeIOLN2I1qJtvlMIxdFP	\N	Arnaud	Maes	\N	\N	BE	standard	suspended	f	2024-07-19 07:31:43.110363+00	2024-11-10 15:38:59.998760+00
10117	zainab_jones59@virginmedia.com	zainab_jones	$2b$12$BJGbU02T.KqXWYWJMYVg8c30WiVtSokq8ONLT0Fc0zZb3ebvAp5g4	\N	Zainab	Jones	\N	\N	GB	standard	active	f	2022-08-07 05:40:57.589416+00	2024-10-22 04:25:11.239479+00
10118	louise_claes82@hotmail.com	claes_tix	$2b$12$pyduif77JfFUz73ynFQ8.Abnbo/XnkMi36fMaXEH7Kaom65Jm9NGw	2021-12-29 07:53:52.417208+00	Louise	Claes	+32 470 22 09 19	1978-10-21	BE	member	active	f	2021-05-09 07:53:52.357306+00	2023-07-18 16:57:43.435061+00
10119	awhite@yahoo.com	amelia_white	$2b$12$Cv0YmVhxD33WnZZqoHv95Sk6sakPd6.3rBT667GTfLiQPAJ45H8g0	2022-07-27 13:26:48.440141+00	Amelia	White	+44 7900 940095	1973-05-09	GB	standard	active	f	2022-04-10 13:26:48.407882+00	2024-11-05 14:38:18.314008+00
10122	amelia1936@gmail.com	wilson101	$2b$12$0Rpi2Ke0ZVC2CEq5R69E6ckx7065CrrjwXlzSjpuT/9zp3NYbjTm.	\N	Amelia	Wilson	+44 7926 835712	\N	\N	standard	active	f	2021-10-22 20:17:51.978167+00	2024-11-08 11:10:32.349549+00
10124	wdubois@hotmail.com	wout.d	$2b$12$QEN49D4wh/xGhkHK6TDnNaA8NtqSRb7bHHmqWeSQLfNBRKpvMce.F	2023-11-06 20:35:58.004813+00	Wout	Dubois	+32 486 10 92 69	1986-11-22	BE	standard	active	f	2022-01-04 20:35:58.176985+00	2022-07-11 15:32:44.278091+00
10125	james_robinson40@hotmail.com	jrobinson19	$2b$12$6HQ24mhhHkTT1d8QbmwOlEnAmXEBo2CrDrq54ISrORWeR/FvbADo/	\N	James	Robinson	\N	1983-12-17	GB	standard	active	f	2022-08-14 05:55:42.896961+00	2024-10-07 12:31:37.495196+00
10127	cthompson@yahoo.co.uk	callum.t	$2b$12$MRucWeG6KoHYzGt.b.UNCpmGI3H9hcsUodhb6F8BE.0mhmUKy5gLm	2022-02-11 21:27:14.037747+00	Callum	Thompson	\N	\N	GB	standard	active	f	2020-12-13 21:27:14.151320+00	2024-11-06 05:44:52.312582+00
10129	grace.c9@icloud.com	grace_clarke	$2b$12$FPIl1pT/E3gPc875KUL4W6SjHKQ9OmqCDlHZSoMWTibctXK6xoGCW	2022-11-20 01:34:29.681984+00	Grace	Clarke	07434 892802	1971-02-20	GB	standard	active	f	2022-07-04 01:34:29.571402+00	2024-11-08 13:05:49.571505+00
10132	hannah.meyer@gmail.com	meyer101	$2b$12$JGE7HwRXvQ86csKFa49rz4DJf07CwpVM/zRl5purM3UUcLHW6IGwH	\N	Hannah	Meyer	+49 151 0036736	1978-11-18	\N	member	unverified	f	2024-07-10 02:05:23.285943+00	\N
10133	priya.j2@yahoo.com	priya_johnson	$2b$12$yt.jA3.Jk6LLX9WqZz8zRVafgm1hsGX.6/pFc6Oqi3t1eDFDhqK1X	\N	Priya	Johnson	07976 543991	2004-10-12	GB	member	active	f	2023-02-13 07:36:15.011975+00	2024-10-24 02:14:25.525736+00
10136	darragh.kelly@gmail.com	darragh_kelly	$2b$12$BsWFRjt6btcsuo2jAZVYt/pKNwK2hpuGlkVselTVWKJnkc/UYstTk	2024-08-28 06:16:45.492580+00	Darragh	Kelly	\N	1985-06-10	\N	standard	active	t	2023-08-06 06:16:45.625664+00	2024-11-12 17:13:10.345736+00
10137	eryan@icloud.com	eryan57	$2b$12$nbvAs8WOfmZ/eP5UHWXRunrD5XRsEoDAasdjIM0dlJ8HY4ZJ.UWR9	\N	Eoin	Ryan	+353 87 347 1608	1982-01-02	IE	standard	active	t	2019-07-02 04:26:06.303431+00	2020-11-21 13:42:35.289465+00
10138	lukas.m2@icloud.com	lukas_meyer	$2b$12$BUw5yPERi4Bzu5v3nNIdu9ykC5KQyLPm95ZEMWn4fCfAvuuO.Y2/x	\N	Lukas	Meyer	0157 9280112	1990-01-09	DE	patron	active	t	2023-10-05 10:41:33.956873+00	2023-12-05 17:01:55.831521+00
10141	charlie.j2@live.co.uk	charlie_jones	$2b$12$h6W2s6/mpbRcqTy2ewTQZkqkIA.wGL0jeK9tlXmjDhdV.jGEao.6H	\N	Charlie	Jones	07852 162761	1978-11-01	\N	standard	active	f	2021-12-21 13:13:22.447818+00	2021-12-29 12:17:20.194682+00
10142	carmen.g7@gmail.com	carmen.g	$2b$12$qoHf8FHuVD6itUX1RJURwi5XdPM0U54grXpa/n4EWVgEI8fFLnJz7	2020-02-06 02:50:56.426674+00	Carmen	González	671 708 332	1955-02-24	ES	member	active	t	2019-04-16 02:50:56.279429+00	2019-04-23 07:40:55.371196+00
10143	kwame.w9@gmail.com	kwame.w	$2b$12$6qHJiYhafAuwoKkiX0dMVSRtDTJTUgaxT5FFyqekDLB2BSrmerjNN	2020-06-04 07:21:44.411217+00	Kwame	Wilson	+44 7917 998526	\N	\N	standard	active	t	2019-06-13 07:21:44.080881+00	2024-11-09 14:43:14.539984+00
10144	kayla.t8@gmail.com	thompsonx	$2b$12$PyslqG2g1w16kgxDfmK29ZqqbDl9oxoXt2PSJUzEYXYaTGLMgPmuY	2023-09-27 02:19:44.292125+00	Kayla	Thompson	\N	\N	US	standard	active	f	2023-04-21 02:19:44.358890+00	2024-11-06 02:21:02.066703+00
10145	felix_schneider37@icloud.com	schneider101	$2b$12$ebnyjRktHApXjqYs9Ir4nAjlHhUeCQSQsF1bwOC4OnraFLL7ybZQf	\N	Felix	Schneider	0170 1430301	2002-10-15	\N	standard	active	f	2024-01-29 09:14:28.420777+00	2024-11-08 20:36:18.150299+00
10147	cfitzgerald@hotmail.com	fitzgerald	$2b$12$RQoW2juI43d8nT0lMN0ib29uk2b/3VcAtfjmZLzQQq515.qH0YhtE	\N	Conor	Fitzgerald	+353 86 121 9394	1965-01-23	IE	member	active	f	2023-10-30 07:24:01.190609+00	2024-09-22 12:14:30.314631+00
10148	felix_muller62@yahoo.com	felix_muller	$2b$12$XRjF/C.mOq62wlGdmvZ1faD9piYMISYS1yMu40nsEje1cq4fksJOz	\N	Felix	Müller	+48 886 520 843	1994-08-16	DE	member	active	f	2024-01-08 09:13:31.268171+00	2024-11-13 03:10:40.479139+00
10149	joshua.harris@verizon.net	harrisx	$2b$12$yuinTRkVaSpLeYMEZnwF9bcwLYHWaflrXDMZVCSrwgiLK2LahQ8k2	\N	Joshua	Harris	+1-312-877-0704	\N	\N	standard	active	f	2019-09-30 05:05:58.818891+00	2024-11-04 12:58:06.605099+00
10150	george1843@gmail.com	george325	$2b$12$3VrbSdMV9YwKi1AKwuCg7bASGdr8GUWeO0z6KUmXWIPGNCNZiXUI9	\N	George	Roberts	+44 7804 359960	\N	GB	standard	active	t	2021-01-12 18:39:49.811973+00	2024-11-07 10:39:57.836796+00
10152	alejandro.fernandez@gmail.com	alejandro_fernandez	$2b$12$StkpkuGMcKTlQZTUCb8IFYbuX57HZNxp0h8O.z3lCe13gCfFUXzbd	\N	Alejandro	Fernández	\N	1957-02-13	ES	standard	active	t	2022-05-29 08:30:18.308501+00	2024-10-18 02:02:44.828202+00
10153	lauren_miller54@gmail.com	lauren_miller	$2b$12$hk4VoO7L3fy9gdAAHw.zgoTX6z48WXc5OZIhWeln0J1qFysFpZZWe	2020-03-13 01:35:19.436169+00	Lauren	Miller	212-646-4527	2004-11-25	\N	member	active	f	2020-02-07 01:35:19.616210+00	2024-11-11 02:19:35.444404+00
10154	joshua636@gmail.com	rodriguez	$2b$12$rGEEklRGftirXmY4lvcz3ZLBMCSO8ZAPpykAsDMPoU4vcXzIsf4JZ	2021-07-09 14:57:27.388999+00	Joshua	Rodriguez	+1 415 544 0895	1956-05-19	\N	standard	active	f	2020-09-06 14:57:27.431846+00	2024-11-05 13:32:06.164087+00
10157	jose.w8@icloud.com	jose_washington	$2b$12$XgCoDa0dzgW9GSWsECqbWKjPFEUH0lF/XhzyYPEeByhoW2yawbffV	\N	Jose	Washington	503-448-5907	\N	US	standard	active	f	2021-11-16 11:00:16.989203+00	2024-11-10 13:27:49.000542+00
10158	cbyrne@gmail.com	clodagh724	$2b$12$b192oA//YZh6bl7oBSh6wlwohyryFgckr1ellLnv3dC0v7Lxc7YHa	\N	Clodagh	Byrne	083 863 3159	1996-10-27	IE	standard	suspended	t	2023-05-24 16:37:52.495114+00	2024-11-07 00:57:04.196412+00
10159	lea.m3@icloud.com	lmartin50	$2b$12$rjW/cXUCf.9GCjKQqrG1q5BXTsxDj1jajHruSFq.4IvY2duY1d4/X	\N	Léa	Martin	06 10 01 72 69	\N	FR	member	active	t	2021-08-08 17:29:37.038870+00	2021-12-31 06:38:26.301875+00
10160	amelia.jackson@gmail.com	amelia.j	$2b$12$xV18Qo/bEKe.RxgGz97EiuZBeotvGcuUOqU8CZv97JZ7Y09LvfGmy	\N	Amelia	Jackson	07581 343809	1999-01-24	\N	patron	active	t	2024-07-23 14:40:31.755545+00	2024-11-13 04:05:04.153388+00
10161	ashley1332@hotmail.com	ashley_nguyen	$2b$12$UgWOz2xtxUISH86sIX8yIOG9aVgdItvq/3bz8axQ79mMO03jTiErf	\N	Ashley	Nguyen	(347) 392-2931	1997-01-29	US	standard	active	t	2023-08-27 13:45:42.941877+00	2024-11-10 04:13:59.206876+00
10164	william1781@hotmail.co.uk	william_wright	$2b$12$kmGjt3YGjWRp8vmjCWbYhPxPK0JsAsow0pOYqUJUrEOmEY58tByd6	\N	William	Wright	+44 7918 911656	\N	GB	standard	active	f	2021-11-03 16:16:22.915114+00	2023-09-17 05:44:13.147658+00
10167	kwame471@sky.com	kbrown44	$2b$12$5c9D4.k5zk8qDUwd10DnBz3qUpUgblF9G7I3Inh296nfbC8KC581W	\N	Kwame	Brown	07491 551780	1966-01-12	\N	patron	active	t	2021-10-11 16:44:35.006766+00	2024-03-09 10:33:27.123963+00
10168	obyrne@hotmail.com	orla.b	$2b$12$5ouH8VsCoAZ6zmY.rvzNxsW8kx.yMYirbD1CscMQMjIl2ZizQCdk6	2019-09-17 14:35:03.223334+00	Orla	Byrne	\N	\N	IE	standard	active	f	2019-03-18 14:35:03.206881+00	2019-04-09 02:51:03.017878+00
10170	padraig309@yahoo.ie	padraig_oceallaigh	$2b$12$ZNR8tgK86OgTFyR9o6qm239tYORpNbNMKtPZFdOJHwIVrQ0OX7LAD	2021-05-19 17:11:18.886248+00	Pádraig	Ó Ceallaigh	085 125 5772	1978-08-28	IE	member	active	f	2020-07-18 17:11:18.453233+00	2024-11-09 01:28:08.569683+00
10171	mjackson@aol.com	matthew907	$2b$12$.nEnF1mWwzQ8VRe3/uvBKHflQDCFaama3BoD4W3NExIz4om4djbLY	2023-05-06 10:56:17.965751+00	Matthew	Jackson	617.804.7826	\N	\N	standard	active	t	2022-05-30 10:56:17.034106+00	2022-06-25 16:23:39.885088+00
10174	kmiller@verizon.net	kmiller97	$2b$12$UJ1FMPrPJ1cG/FOG7SF3GAelsTQSRN.qYItjBsHZXMi2wE2OI6phZ	2023-06-16 16:39:49.538612+00	Kayla	Miller	\N	\N	\N	standard	active	t	2022-03-15 16:39:49.692070+00	2023-09-18 23:33:07.774378+00
10175	george.t6@yahoo.co.uk	thompson	$2b$12$QXFNzOJ3qXpVh8X1JJne7Lu3vpte1mhhDRS4.LKIUzGEUuBSjPb7q	2020-03-29 08:15:41.689431+00	George	Thompson	07974 266523	1998-02-22	\N	standard	active	t	2019-06-05 08:15:41.216154+00	2021-07-25 02:27:55.186309+00
10176	cryan@protonmail.com	clodagh539	$2b$12$o1eC/lSQzdFFK1lfOM31qEc35Vx7gEhCIALaCv9a.5geSR9IBlRP7	\N	Clodagh	Ryan	083 625 8560	\N	\N	standard	active	f	2020-12-05 17:02:00.115476+00	2023-03-01 19:35:33.009966+00
10177	femke420@outlook.com	femke232	$2b$12$xqdX7l73g2fjN8JoucpaBbbxMYGglFaMeQa3eYyjxcLwf9wzkRk5u	2020-04-20 17:22:48.373765+00	Femke	de Vries	+31 6 59523145	1989-07-25	NL	standard	active	f	2019-12-30 17:22:48.629286+00	2020-01-10 02:22:04.559731+00
10178	tobias189@outlook.com	tobias921	$2b$12$BRGN7b9p/hWI7xLA9dwmgKMOaJwYiYkZ6wAwNfICZr.gXddF0syFG	2024-09-30 13:10:26.964599+00	Tobias	Becker	\N	1964-11-18	\N	standard	active	f	2024-01-21 13:10:26.992936+00	2024-11-14 16:26:30.258227+00
10179	rhys.roberts@hotmail.com	rhys.r	$2b$12$sOKQ0u4CIREf1v6yH7sSICdhRwznXz29KzrswbnNfJHnbp1E3ntCG	2024-09-26 23:03:08.021820+00	Rhys	Roberts	\N	1991-11-25	\N	member	active	f	2023-11-13 23:03:08.854601+00	2024-11-10 21:12:20.256527+00
10180	grainne.murphy@gmail.com	murphyx	$2b$12$5BiZS.HcZDUvkzLWXkAsUCH.dpmWztpTKEISdbsvq43o.Epj0Y3TX	\N	Gráinne	Murphy	+353 83 511 0019	\N	IE	member	active	t	2021-04-14 20:17:44.149069+00	2023-05-31 09:27:28.378139+00
10181	orla_oconnor9@icloud.com	orla.o	$2b$12$zw1ep3yRmzlXRerBTGYJJpToR44lEeFu6ytcZpEqyFXrYdaVq8/1E	2020-08-09 17:53:45.537971+00	Orla	O'Connor	+353 87 263 9522	\N	\N	standard	active	f	2019-03-16 17:53:45.474977+00	2024-11-04 13:48:40.958613+00
10182	manon_petit91@icloud.com	manon.p	$2b$12$BHrtjbPNYwUtCOzwno164YxE8WhknZ2XMlNJl.YZlsxe/.l2LdQwr	\N	Manon	Petit	+49 170 36618718	1971-05-24	FR	standard	active	f	2022-02-09 12:37:24.701953+00	2024-11-04 20:26:32.988037+00
10183	padraig.murphy@gmail.com	padraig_murphy	$2b$12$2gkxwXVFLzUWISGK.Vw002a1mtZ7feEsduIIQCfTMl7KInmPw1PXa	\N	Pádraig	Murphy	\N	1987-12-01	\N	standard	active	f	2019-12-19 08:38:09.762511+00	2022-06-19 16:47:18.371632+00
10185	swilliams@gmail.com	sophie580	$2b$12$VsUuFkSdRyA54JVSbCdeGr/YsZ5KTbMEz9ZA9drAHMMYrzRN5iUu8	\N	Sophie	Williams	\N	1989-10-07	\N	standard	active	f	2020-10-09 13:43:24.258750+00	2024-11-07 00:16:54.606512+00
10186	thomas_walker11@sky.com	thomas873	$2b$12$H6iWfMQoiUofIu.luMBfgxIFKHcRcaYdVJO8armeI91U8dChff//b	\N	Thomas	Walker	+44 7512 244758	1996-11-13	\N	standard	active	t	2020-01-10 12:39:34.785761+00	2022-03-15 14:41:18.644553+00
10189	sgreen@sky.com	sgreen1	$2b$12$eHvhYUW5pli2QolJ9UCEmhY9TW7STQigCnf0eItV5GmYu539Rbccl	\N	Samuel	Green	07841 310682	\N	GB	standard	active	f	2022-08-23 04:43:27.739185+00	2023-04-23 23:08:57.939397+00
10190	isla_khan73@hotmail.co.uk	isla_khan	$2b$12$tfwe8hKPPhTPEvvtko5hhysHSRhGj4uDYE.SmC6HmYgCtbzPY/saH	\N	Isla	Khan	+44 7937 153702	1974-01-13	GB	standard	active	t	2024-05-10 15:35:16.141090+00	2024-11-06 02:13:35.125620+00
10191	lea.durand@gmail.com	durandxx	$2b$12$Eltv6iFSLMBXCd/0DRi7UHkny4yixw5aUcJTr8ftXkaYAoDKIvemo	2021-04-05 21:51:39.744449+00	Léa	Durand	\N	1995-08-29	\N	standard	active	f	2019-08-29 21:51:39.126577+00	2024-11-05 17:51:25.159635+00
10193	lukas.m1@gmail.com	muller_tix	$2b$12$sP7uT7XOEyMzFuD4ENWE.pzlQ1lkvqd5QuhQas6EPFdO0SkLGwLgy	2022-02-05 11:04:51.086434+00	Lukas	Müller	+49 157 52857381	\N	DE	patron	active	t	2020-08-05 11:04:51.173386+00	2024-11-08 20:33:51.317655+00
10194	isla_roberts90@sky.com	isla391	$2b$12$2kUKxHfvFCYjCdM7wazkbktp3d8Os2czVW.9k1d30Gh4m9zN0xJTW	\N	Isla	Roberts	+44 7731 657912	1970-02-11	GB	standard	active	f	2022-07-12 23:35:19.661576+00	2024-10-10 03:33:46.211424+00
10195	thomas899@outlook.com	thomas.h	$2b$12$vANgPtbVD0y98fgELYNSXEMPfq6zVgXftt6N5ztlHlMAVnW1KtcOQ	\N	Thomas	Hughes	07989 404128	1978-03-27	GB	standard	active	f	2024-05-03 06:20:46.966697+00	2024-11-12 14:30:17.898499+00
10196	ffion1664@btinternet.com	fwilson5	$2b$12$NqyduvXEDQs4Pfb2YrrSszI/1ENfNB8qeTejAIH55JrzTiUbANK/q	\N	Ffion	Wilson	07544 823680	1956-01-28	GB	standard	active	f	2023-12-19 20:13:32.697390+00	2024-11-13 16:18:54.216502+00
10197	cian.kavanagh@icloud.com	ckavanagh28	$2b$12$04EkGNOPwoF7tBnMJyiT7N9uWZnaXvr025o4F7ukZotLb1v6CwN3U	\N	Cian	Kavanagh	+353 86 206 5990	1989-10-06	IE	standard	active	t	2022-10-05 18:39:11.648037+00	2024-11-14 09:11:18.973410+00
10199	daniel166@gmail.com	daniel506	$2b$12$Gp2xs6NbuWyUZji7t.byepBCacl6H/xX76J4CaEPL59Re1nj1qUYn	\N	Daniel	Hall	07844 861826	1968-04-20	\N	standard	active	f	2023-08-12 11:49:31.080264+00	2024-10-04 18:55:57.689906+00
10200	ffion_white98@yahoo.co.uk	ffion.w	$2b$12$k2F7jJR.jbC54fVGPT7z/.vIGloCMOM6PwGFEsO235TB3v/2RHCa9	\N	Ffion	White	+44 7862 376637	\N	\N	standard	active	t	2023-08-14 18:10:56.967333+00	2024-11-06 18:39:12.764449+00
10201	thomas.w7@icloud.com	thomas147	$2b$12$a1Ex.cHgbIbPTp1UYKB1yjoN38WqWCxlizFkY/1/BpzGj1KpGqiBM	\N	Thomas	Williams	07427 998937	1994-04-30	\N	member	active	f	2020-05-30 22:22:31.624972+00	2024-11-13 05:39:35.812712+00
10202	keisha.washington@protonmail.com	keisha.w	$2b$12$JnbU9950ABWFemehxBFN5eJ.2U90KyYLoit5dZ1UrijFPB6mJEqDd	\N	Keisha	Washington	617-954-4150	\N	\N	standard	active	t	2019-04-07 04:53:34.124893+00	2021-02-10 21:48:15.914567+00
10203	mbernard@free.fr	mbernard3	$2b$12$2d7yAbc7cFtykcfabWpjLfIWkT0rd14qVCRSBySkQ1jATlEGcINKr	\N	Manon	Bernard	06 31 49 36 00	1959-11-25	FR	standard	active	f	2023-06-09 17:23:59.921948+00	2024-11-11 01:05:17.974483+00
10206	jack_campbell78@outlook.com	jack.c	$2b$12$Tqxf506Vs5b.oil/LMQXVKeY/w4L64zKWCoiQV51CofzQnj9UKO5r	2023-10-22 21:40:22.636852+00	Jack	Campbell	\N	1979-04-10	GB	patron	active	f	2023-01-29 21:40:22.842202+00	2024-11-04 15:59:15.786467+00
10209	ronan_oconnor18@yahoo.ie	ronan_oconnor	$2b$12$7bQSDTxHlIJ89gqqBMm4Odbn0ma16ID3loYO8zda659v5IaOCk1OX	\N	Ronan	O'Connor	\N	\N	\N	member	active	f	2020-06-11 19:31:06.109291+00	2021-06-16 08:20:29.420708+00
10210	thijs_devries75@gmail.com	tdevries66	$2b$12$1ZBEDD/srj7EcI9jYqp6UG84e62/ZxoCzItLwsToxdA5DeOYCo/PA	\N	Thijs	de Vries	\N	\N	NL	standard	active	t	2019-10-05 10:20:07.457804+00	2021-09-24 09:12:32.517803+00
10212	ihughes@hotmail.com	imran.h	$2b$12$lOXv61GWYVAlfyT08uuzsPVgMh50orwzKhWk2YZcDAfH2L9wTi782	\N	Imran	Hughes	07454 764036	1963-07-07	GB	standard	active	f	2024-04-23 10:07:38.888210+00	2024-10-16 09:47:39.818258+00
10214	jlefevre@laposte.net	julien_lefevre	$2b$12$8HoIBCHjXGCrfPnth5.Op4OF.TiyYbnuG1E3BMS8AmqARpK5iRH80	\N	Julien	Lefèvre	07 21 07 26 22	\N	\N	member	active	f	2021-01-13 13:01:03.355638+00	2022-10-08 23:16:16.956033+00
10215	hannah.w7@gmail.com	wilsonxx	$2b$12$XkCCrspk1eQMUq9O9qg59i4HZm21JzN33z6xU71OO/QzTpNXM2v4e	\N	Hannah	Wilson	07810 376978	2004-08-21	\N	standard	active	t	2024-02-06 09:54:31.563326+00	2024-10-11 22:26:22.592170+00
10216	ciara.gallagher@outlook.com	ciara241	$2b$12$d668fpQgPpQG.CY9VM5mL64HdV0wSPUkImH5qqA68d6JerkRK4OEa	2022-07-08 08:47:57.504257+00	Ciara	Gallagher	087 728 8264	\N	IE	standard	active	t	2021-01-05 08:47:57.669883+00	2021-01-31 17:14:12.550872+00
10217	megan341@yahoo.com	megan_wright	$2b$12$Caq/LRmwjMYIyaZqKEpJX86MVsZ2eKihaXaWhnFVFRTyyZl1fg/j/	\N	Megan	Wright	07895 412892	\N	GB	standard	active	t	2023-12-10 13:54:27.917910+00	2024-11-05 18:03:12.328974+00
10218	sean.g9@icloud.com	sean.g	$2b$12$GdttBHAnU8XHdXfGzO2YBS2VYwoXOyK3SQWGREVXQuKxlCXECU0ok	\N	Seán	Gallagher	+353 83 610 7354	\N	\N	standard	active	t	2022-12-20 15:01:39.603093+00	2024-11-04 17:06:16.097941+00
10220	jennifer.miller@yahoo.com	jennifer_miller	$2b$12$cCFVQKoob0ciN3Yju.dqy90qtBhKjG4FVco.Vxv7.1288cWJDOCeM	\N	Jennifer	Miller	+1-617-302-1545	\N	US	standard	active	f	2020-11-06 11:47:34.739533+00	2024-11-10 03:09:49.094721+00
10221	camille.m3@orange.fr	martinx	$2b$12$sioAwSuGZaesfUM9FsG001c4DUQ8GHlB9GpY0sUts2LTk6ns8yhZl	2024-07-24 13:13:50.198147+00	Camille	Martin	+33 6 47 29 97 54	1982-03-25	FR	standard	active	f	2023-12-31 13:13:50.573336+00	2024-11-12 19:58:00.815354+00
10222	harry.taylor@yahoo.co.uk	htaylor70	$2b$12$zy.Gz85tEOcnl8.saL02cykHu3mYl8cPNu/LI.ipQ/bnz6rxyAQ.8	\N	Harry	Taylor	\N	1996-05-15	\N	patron	active	f	2021-07-17 22:09:25.388117+00	2022-03-16 18:43:07.404662+00
10224	sgreen@gmail.com	sgreen85	$2b$12$hPn200bTTiq4rvkBB7IzPSPRVFkBEp8B9Qhnm32Jg6VP/irlPyNgt	\N	Sophie	Green	07887 177305	\N	GB	standard	active	t	2021-01-24 04:04:28.068461+00	2024-11-05 16:38:59.159108+00
10226	nicolas_martin9@gmail.com	nicolas.m	$2b$12$qGEwtGknbAlNMpwL0r0fOA0Id3mGpb2ide5dYFSePZP1Nt9bzGsOk	\N	Nicolas	Martin	+33 6 20 96 14 68	1966-06-30	FR	standard	active	f	2021-10-23 10:00:02.009058+00	2024-04-26 05:54:23.111964+00
\.


--
-- Data for Name: customer_addresses; Type: TABLE DATA; Schema: public; Owner: tixhouse
--

COPY public.customer_addresses (id, customer_id, kind, line1, line2, city, region, postcode, country, is_default, updated_at) FROM stdin;
1	10001	billing	3020 Lake Shore Dr	\N	San Juan	PR	00974	United States	t	2024-02-17 13:46:48.151842+00
2	10002	billing	Lindenweg 84	\N	München	\N	81079	Germany	t	2021-04-21 04:41:28.906605+00
3	10005	billing	104 Hawthorn Drive	\N	Leeds	West Yorkshire	LS7 7NT	United Kingdom	t	2021-12-23 10:36:22.074670+00
4	10006	billing	Carrer de Mallorca 78	\N	Madrid	\N	28014	Spain	t	2023-11-28 20:15:47.522145+00
5	10011	billing	2211 Pine Street	\N	Denver	CO	80284	United States	t	2023-05-11 00:23:04.165327+00
6	10014	billing	204 Elm Grove	\N	Belfast	\N	BT7 7TX	United Kingdom	t	2023-04-08 23:33:59.544121+00
7	10015	billing	Carrer de Mallorca 22	\N	Barcelona	\N	08023	Spain	t	2021-11-14 11:32:35.482614+00
8	10016	billing	116 Victoria Street	Apartment 15	Brighton	East Sussex	BN2 3PA	United Kingdom	t	2021-07-08 06:49:24.828723+00
9	10016	delivery	47 Park Avenue	\N	Manchester	Greater Manchester	M20 7YT	United Kingdom	f	2021-04-25 06:49:24.487115+00
10	10019	billing	132 Wellington Street	\N	Newcastle upon Tyne	\N	NE6 9ZW	United Kingdom	t	2021-05-10 06:57:12.082751+00
11	10021	billing	130 Douglas Road	\N	Cork	Co. Cork	T23 284K	Ireland	t	2022-05-03 19:36:07.865668+00
12	10023	billing	137 Kingsway	Flat 22	Edinburgh	\N	EH10 1PE	United Kingdom	t	2023-01-24 13:53:10.760373+00
13	10024	billing	42 Manor Road	Flat 20	Newcastle upon Tyne	Tyne and Wear	NE6 5XP	United Kingdom	t	2020-09-27 06:20:58.863335+00
14	10027	billing	5614 Walnut St	\N	San Francisco	California	94150	United States	t	2022-06-06 23:14:43.867236+00
15	10035	billing	962 Walnut St	Apt 9C	Chicago	\N	60646	United States	t	2020-07-15 00:21:40.251429+00
16	10037	billing	108 Queens Road	Flat 17	Nottingham	\N	NG5 8BJ	United Kingdom	t	2024-09-24 12:39:23.614866+00
17	10038	billing	Hauptstraße 105	\N	Berlin	\N	10813	Germany	t	2019-07-07 13:17:24.202741+00
18	10042	billing	30 Station Road	Flat 1	Liverpool	Merseyside	L15 2WJ	United Kingdom	t	2021-09-17 04:31:12.541168+00
19	10044	billing	145 Hawthorn Drive	Apartment 38	Cardiff	\N	CF14 5AR	United Kingdom	t	2024-10-19 08:40:56.559556+00
20	10045	billing	74 Orchard Close	Apartment 9	Glasgow	\N	G12 4GR	United Kingdom	t	2024-12-24 02:46:32.883919+00
21	10048	billing	9239 Oak Street	\N	Brooklyn	New York	11271	United States	t	2024-01-09 04:29:59.118348+00
22	10052	billing	141 Albert Road	\N	Brighton	East Sussex	BN1 7ZA	United Kingdom	t	2019-09-18 12:37:16.071361+00
23	10056	billing	Hauptstraße 107	\N	Köln	\N	50917	Germany	t	2022-12-06 02:38:14.929070+00
24	10059	billing	rue de la République 81	\N	Lille	\N	59000	France	t	2024-11-25 05:51:51.486053+00
25	10060	billing	825 Maple Ave	\N	Seattle	Washington	98189	United States	t	2023-12-15 12:37:40.506280+00
26	10062	billing	11 Hawthorn Drive	Flat 8	Liverpool	Merseyside	L17 7SZ	United Kingdom	t	2021-06-30 10:40:17.298318+00
27	10065	billing	78 Clarendon Road	\N	Liverpool	Merseyside	L17 4HX	United Kingdom	t	2022-12-18 03:08:03.395282+00
28	10070	billing	172 Kingsway	Flat 3	Newcastle upon Tyne	Tyne and Wear	NE2 6ZP	United Kingdom	t	2022-03-03 19:43:09.837457+00
29	10071	billing	9089 Washington Blvd	\N	Miami	\N	33157	United States	t	2019-07-19 06:48:14.338497+00
30	10074	billing	109 Wellington Street	\N	Brighton	East Sussex	BN1 7SD	United Kingdom	t	2020-10-10 18:12:54.179228+00
31	10074	delivery	18 Kingsway	\N	Bristol	\N	BS3 3DF	United Kingdom	f	2020-01-04 18:12:54.435193+00
32	10078	billing	70 Hawthorn Drive	Apartment 7	Nottingham	Nottinghamshire	NG7 1JG	United Kingdom	t	2023-01-24 04:07:09.787596+00
33	10081	billing	8156 Pine Street	Unit 551	Los Angeles	CA	90023	United States	t	2020-05-16 18:46:16.730209+00
34	10082	billing	112 Station Road	\N	Liverpool	Merseyside	L15 1XA	United Kingdom	t	2020-11-24 23:57:52.168447+00
35	10083	billing	Oudegracht 63	\N	Amsterdam	\N	1042 AR	Netherlands	t	2021-04-12 05:01:32.513054+00
36	10084	billing	160 Queens Road	Flat 14	London	Greater London	SW9 8PF	United Kingdom	t	2020-01-28 02:23:50.931701+00
37	10085	billing	182 Park Avenue	Flat 21	Glasgow	\N	G41 8ZX	United Kingdom	t	2021-07-06 00:51:42.946061+00
38	10087	billing	14 Orchard Close	Flat 13	Bristol	\N	BS6 4ZQ	United Kingdom	t	2024-07-17 01:01:46.756978+00
39	10090	billing	rue Victor Hugo 34	\N	Bordeaux	\N	33000	France	t	2023-06-03 18:20:45.845804+00
40	10091	billing	132 Grosvenor Terrace	Flat 1	Norwich	\N	NR2 1ZR	United Kingdom	t	2020-09-26 14:48:24.910066+00
41	10092	billing	Lindenweg 110	\N	Köln	\N	50804	Germany	t	2023-09-07 01:32:36.687873+00
42	10093	billing	124 Grosvenor Terrace	Apartment 6	Manchester	Greater Manchester	M21 4LL	UK	t	2021-07-28 19:19:28.848026+00
43	10099	billing	7482 Lake Shore Dr	Unit 686	Miami	FL	33171	United States	t	2023-04-07 04:04:41.747773+00
44	10102	billing	127 Kingsway	\N	Manchester	\N	M21 2NQ	United Kingdom	t	2022-07-19 03:20:52.586032+00
45	10104	billing	4740 Pine Street	\N	Minneapolis	Minnesota	55496	United States	t	2021-01-10 19:24:14.898615+00
46	10106	billing	Corso Buenos Aires 108	\N	Roma	\N	00191	Italy	t	2023-01-02 02:28:34.383281+00
47	10106	delivery	Via Roma 59	\N	Roma	\N	00128	Italy	f	2023-01-02 02:28:34.450015+00
48	10108	billing	158 Queens Road	Flat 10	Leeds	\N	LS7 3JL	United Kingdom	t	2022-07-22 12:25:13.950567+00
49	10112	billing	67 Leinster Road	\N	Galway	Co. Galway	H91 EV22	Ireland	t	2024-04-15 00:02:38.930116+00
50	10115	billing	Kerkstraat 67	\N	Antwerpen	\N	2012	Belgium	t	2025-05-12 07:31:43.002835+00
51	10117	billing	31 Hawthorn Drive	\N	London	Greater London	SW9 5LG	United Kingdom	t	2023-03-02 05:40:57.285984+00
52	10119	billing	189 Highfield Road	Flat 10	Brighton	\N	BN1 4QR	United Kingdom	t	2022-06-27 13:26:48.908211+00
53	10122	billing	2 Orchard Close	\N	Sheffield	\N	S10 4XX	United Kingdom	t	2022-08-07 20:17:51.710521+00
54	10124	billing	Rue Royale 8	\N	Antwerpen	\N	2043	Belgium	t	2022-06-15 20:35:58.164373+00
55	10125	billing	154 Highfield Road	\N	Oxford	Oxfordshire	OX4 3FL	United Kingdom	t	2022-10-29 05:55:42.830177+00
56	10127	billing	76 Elm Grove	\N	Oxford	\N	OX2 6RJ	United Kingdom	t	2021-01-02 21:27:14.145036+00
57	10129	billing	216 Beech Avenue	\N	Leeds	\N	LS8 7YN	UK	t	2023-01-14 01:34:29.470381+00
58	10133	billing	150 Wellington Street	Flat 6	Nottingham	Nottinghamshire	NG7 3RR	United Kingdom	t	2023-09-24 07:36:15.403304+00
59	10137	billing	15 Main Street	\N	Kilkenny	Co. Kilkenny	R95 7H9K	Ireland	t	2020-04-06 04:26:06.222227+00
60	10138	billing	Schillerstraße 41	\N	München	\N	80738	Germany	t	2023-10-26 10:41:33.828332+00
61	10142	billing	Calle Serrano 118	\N	Madrid	\N	28027	Spain	t	2019-11-22 02:50:56.212284+00
62	10143	billing	209 Church Lane	\N	Edinburgh	\N	EH10 4EQ	UK	t	2019-10-15 07:21:44.334890+00
63	10144	billing	410 Sunset Dr	Unit 627	Austin	Texas	78753	United States	t	2023-12-22 02:19:44.561475+00
64	10147	billing	55 Rathgar Road	\N	Cork	Co. Cork	T23 T56T	Ireland	t	2024-05-08 07:24:01.566558+00
65	10148	billing	Kastanienallee 51	\N	Berlin	\N	12346	Germany	t	2024-07-17 09:13:31.604943+00
66	10150	billing	113 Queens Road	Flat 15	Liverpool	\N	L17 5SH	United Kingdom	t	2021-05-29 18:39:49.018453+00
67	10152	billing	Calle Mayor 115	\N	Barcelona	\N	08040	Spain	t	2022-06-04 08:30:18.712728+00
68	10154	billing	5946 Sunset Dr	\N	Atlanta	GA	30329	United States	t	2020-12-17 14:57:27.250741+00
69	10157	billing	84 Sunset Dr	\N	Portland	\N	97267	United States	t	2022-06-16 11:00:16.442862+00
70	10158	billing	38 College Road	\N	Cork	Co. Cork	\N	Ireland	t	2023-08-13 16:37:52.576083+00
71	10159	billing	boulevard Voltaire 16	\N	Lille	\N	59000	France	t	2022-04-12 17:29:37.306124+00
72	10161	billing	6840 Oak Street	Apt 6C	Brooklyn	New York	11233	United States	t	2023-11-02 13:45:42.253374+00
73	10164	billing	86 Wellington Street	\N	Newcastle upon Tyne	\N	NE2 5FF	United Kingdom	t	2022-03-12 16:16:22.364255+00
74	10174	billing	1112 Lincoln Ave	Apt 8B	Houston	\N	77036	United States	t	2022-12-12 16:39:49.217660+00
75	10174	delivery	3964 Lake Shore Dr	Apt 6D	Houston	\N	77036	United States	f	2022-03-15 16:39:49.204386+00
76	10177	billing	Prinsengracht 5	\N	Amsterdam	\N	1089 EJ	Netherlands	t	2020-02-11 17:22:48.866173+00
77	10179	billing	115 Mill Lane	\N	London	\N	W12 6HA	United Kingdom	t	2024-05-15 23:03:08.423248+00
78	10180	billing	132 Strand Street	\N	Dublin	Co. Dublin	D6W T369	Ireland	t	2021-06-21 20:17:44.892013+00
79	10182	billing	rue Victor Hugo 85	\N	Lille	\N	59000	France	t	2022-05-03 12:37:24.018183+00
80	10186	billing	76 Station Road	\N	Bristol	\N	BS3 4LX	United Kingdom	t	2020-09-13 12:39:34.018721+00
81	10190	billing	197 Albert Road	Flat 1	York	North Yorkshire	YO31 8FS	United Kingdom	t	2024-10-07 15:35:16.133099+00
82	10191	billing	boulevard Voltaire 82	\N	Bordeaux	\N	33000	France	t	2020-02-20 21:51:39.063396+00
83	10194	billing	202 Orchard Close	Apartment 8	Nottingham	\N	NG7 1ES	United Kingdom	t	2022-07-15 23:35:19.897697+00
84	10195	billing	94 Elm Grove	Flat 9	Oxford	Oxfordshire	OX4 7AD	United Kingdom	t	2024-12-18 06:20:46.476041+00
85	10196	billing	94 Wellington Street	\N	Edinburgh	\N	EH6 6ZQ	United Kingdom	t	2024-03-22 20:13:32.526096+00
86	10197	billing	64 Mary Street	\N	Limerick	Co. Limerick	V94 WVN3	Ireland	t	2023-02-20 18:39:11.747891+00
87	10197	delivery	121 Rathgar Road	\N	Kilkenny	Co. Kilkenny	R95 HH80	Ireland	f	2022-10-05 18:39:11.743527+00
88	10199	billing	203 Grosvenor Terrace	\N	Glasgow	\N	G12 8WR	United Kingdom	t	2024-04-25 11:49:31.981735+00
89	10200	billing	188 Victoria Street	\N	Liverpool	Merseyside	L18 1FW	UK	t	2023-08-20 18:10:56.114984+00
90	10200	delivery	81 Grosvenor Terrace	\N	Liverpool	Merseyside	L18 1BZ	UK	f	2023-08-14 18:10:56.027144+00
91	10206	billing	102 Wellington Street	\N	Newcastle upon Tyne	\N	NE2 9RY	United Kingdom	t	2023-09-16 21:40:22.336496+00
92	10210	billing	Kerkstraat 33	\N	Utrecht	\N	3529 DL	Netherlands	t	2020-05-12 10:20:07.833962+00
93	10212	billing	68 Beech Avenue	\N	Glasgow	\N	G3 3YN	United Kingdom	t	2024-05-26 10:07:38.033043+00
94	10216	billing	16 Clontarf Road	\N	Galway	Co. Galway	H91 K9RN	Ireland	t	2021-02-10 08:47:57.527946+00
95	10217	billing	52 Highfield Road	Apartment 15	Manchester	Greater Manchester	M20 6GP	United Kingdom	t	2023-12-22 13:54:27.501167+00
96	10221	billing	rue Victor Hugo 19	\N	Lille	\N	59000	France	t	2024-09-13 13:13:50.085077+00
97	10224	billing	70 Elm Grove	\N	London	Greater London	SW11 8FX	UK	t	2021-02-10 04:04:28.076173+00
98	10226	billing	rue Victor Hugo 3	\N	Paris	\N	75013	France	t	2021-10-30 10:00:02.776527+00
\.


--
-- Data for Name: events; Type: TABLE DATA; Schema: public; Owner: tixhouse
--

COPY public.events (id, slug, title, venue_name, venue_city, starts_at, capacity, face_value_pence, on_sale) FROM stdin;
501	ceol-nua-london-20241208	Ceol Nua	O2 Academy Brixton	London	2024-12-08 19:00:00+00	2300	4500	t
502	neon-harbour-glasgow-20240420	Neon Harbour	Barrowland Ballroom	Glasgow	2024-04-20 20:30:00+00	900	6500	f
503	the-lantern-choir-nottingham-20240929	The Lantern Choir	Rock City	Nottingham	2024-09-29 20:00:00+00	450	4500	f
504	kilter-london-20240406	Kilter	O2 Academy Brixton	London	2024-04-06 19:30:00+00	900	4500	f
505	the-copper-kettles-manchester-20240811	The Copper Kettles	Albert Hall	Manchester	2024-08-11 14:00:00+00	5000	1850	f
506	the-lantern-choir-london-20240122	The Lantern Choir	O2 Academy Brixton	London	2024-01-22 19:00:00+00	450	4500	f
507	kilter-london-20240527	Kilter	O2 Academy Brixton	London	2024-05-27 14:30:00+00	1500	2800	f
508	neon-harbour-glasgow-20240519	Neon Harbour	Barrowland Ballroom	Glasgow	2024-05-19 19:00:00+00	2300	3500	f
509	ceol-nua-belfast-20240408	Ceol Nua	Ulster Hall	Belfast	2024-04-08 19:00:00+00	1500	2800	f
510	neon-harbour-dublin-20240831	Neon Harbour	Olympia Theatre	Dublin	2024-08-31 19:00:00+00	1500	4500	f
511	mairead-quinn-trio-cork-20241220	Mairéad Quinn Trio	Cyprus Avenue	Cork	2024-12-20 19:30:00+00	900	4500	t
512	swan-lake-northern-ballet-dublin-20240912	Swan Lake (Northern Ballet)	Olympia Theatre	Dublin	2024-09-12 19:30:00+00	1500	6500	f
513	mairead-quinn-trio-dublin-20240422	Mairéad Quinn Trio	Vicar Street	Dublin	2024-04-22 14:00:00+00	5000	2800	f
514	the-lantern-choir-bristol-20240922	The Lantern Choir	Colston Hall	Bristol	2024-09-22 19:00:00+00	900	3500	f
515	jazz-brunch-sessions-dublin-20240122	Jazz Brunch Sessions	Vicar Street	Dublin	2024-01-22 19:00:00+00	2300	4500	f
516	velvet-orchard-nottingham-20240802	Velvet Orchard	Rock City	Nottingham	2024-08-02 20:00:00+00	5000	4500	f
517	festival-of-light-2024-london-20240421	Festival of Light 2024	The Roundhouse	London	2024-04-21 20:30:00+00	900	1850	f
518	halcyon-drift-belfast-20240620	Halcyon Drift	Ulster Hall	Belfast	2024-06-20 14:30:00+00	450	2800	f
519	swan-lake-northern-ballet-cork-20240715	Swan Lake (Northern Ballet)	Cyprus Avenue	Cork	2024-07-15 19:30:00+00	450	2800	f
520	ceol-nua-nottingham-20240305	Ceol Nua	Rock City	Nottingham	2024-03-05 19:30:00+00	450	3500	f
521	saltwater-hymns-bristol-20240624	Saltwater Hymns	Colston Hall	Bristol	2024-06-24 14:30:00+00	1500	4500	f
522	neon-harbour-nottingham-20241106	Neon Harbour	Rock City	Nottingham	2024-11-06 20:00:00+00	5000	4500	f
523	ceol-nua-edinburgh-20240719	Ceol Nua	Usher Hall	Edinburgh	2024-07-19 20:30:00+00	450	3500	f
524	neon-harbour-nottingham-20240812	Neon Harbour	Rock City	Nottingham	2024-08-12 14:30:00+00	5000	4500	f
525	velvet-orchard-manchester-20241103	Velvet Orchard	Albert Hall	Manchester	2024-11-03 20:30:00+00	900	4500	f
526	neon-harbour-cork-20240320	Neon Harbour	Cyprus Avenue	Cork	2024-03-20 19:30:00+00	450	3500	f
527	halcyon-drift-leeds-20240430	Halcyon Drift	Leeds Town Hall	Leeds	2024-04-30 19:00:00+00	900	3500	f
528	the-lantern-choir-brighton-20240728	The Lantern Choir	Brighton Dome	Brighton	2024-07-28 14:00:00+00	2300	4500	f
529	kilter-glasgow-20241109	Kilter	Barrowland Ballroom	Glasgow	2024-11-09 20:00:00+00	5000	1850	f
530	velvet-orchard-nottingham-20240112	Velvet Orchard	Rock City	Nottingham	2024-01-12 19:00:00+00	450	2800	f
531	jazz-brunch-sessions-brighton-20240404	Jazz Brunch Sessions	Brighton Dome	Brighton	2024-04-04 19:30:00+00	450	3500	f
532	kilter-brighton-20240823	Kilter	Brighton Dome	Brighton	2024-08-23 19:00:00+00	1500	4500	f
533	festival-of-light-2024-glasgow-20240904	Festival of Light 2024	Barrowland Ballroom	Glasgow	2024-09-04 19:30:00+00	5000	6500	f
534	mairead-quinn-trio-manchester-20240510	Mairéad Quinn Trio	Albert Hall	Manchester	2024-05-10 14:00:00+00	450	2800	f
535	the-lantern-choir-glasgow-20241229	The Lantern Choir	Barrowland Ballroom	Glasgow	2024-12-29 20:00:00+00	1500	4500	t
536	northbound-static-leeds-20240718	Northbound Static	Leeds Town Hall	Leeds	2024-07-18 20:30:00+00	450	2250	f
\.


--
-- Data for Name: orders; Type: TABLE DATA; Schema: public; Owner: tixhouse
--

COPY public.orders (id, order_ref, customer_id, event_id, quantity, total_pence, currency, status, payment_method, card_brand, card_last4, created_at) FROM stdin;
880001	7190403410259213	10001	514	2	7300	GBP	paid	card	visa	4709	2024-08-16 09:29:44.082243+00
880009	7505772017929032	10001	517	2	4000	GBP	refunded	apple_pay	\N	\N	2024-09-25 06:06:08.746745+00
880027	7950349377776054	10001	534	6	17700	GBP	cancelled	paypal	\N	\N	2024-11-03 02:11:41.507873+00
880046	7903597306774902	10002	501	2	9300	GBP	paid	card	amex	8198	2021-06-15 11:21:43.167132+00
880052	7310318441675070	10005	508	1	3650	EUR	paid	apple_pay	\N	\N	2022-08-27 00:49:24.721776+00
880068	7465149926712467	10005	524	3	13950	GBP	paid	paypal	\N	\N	2023-05-15 17:08:02.630116+00
880107	7234976935048327	10006	513	2	5900	GBP	paid	card	mastercard	9793	2023-10-11 07:44:54.912689+00
880130	7342772203797751	10006	535	1	4650	GBP	paid	paypal	\N	\N	2024-11-08 19:59:05.665075+00
880150	7639539577240306	10006	515	1	4650	GBP	paid	card	visa	8226	2023-08-18 08:26:29.369332+00
880153	7040961742305155	10009	502	4	26600	GBP	paid	card	visa	9563	2021-08-12 03:00:07.745551+00
880177	7989704274177235	10009	535	2	9300	GBP	paid	card	visa	2966	2021-03-16 22:00:55.109503+00
880202	7373167343468076	10011	507	3	8850	GBP	paid	card	amex	0286	2024-06-28 13:50:12.792237+00
880217	7217558602962262	10013	534	3	8850	GBP	paid	card	mastercard	3792	2022-05-13 10:42:36.398091+00
880246	7704158508175378	10014	531	2	7300	GBP	paid	paypal	\N	\N	2024-06-29 16:57:16.707992+00
880277	7532517694929907	10014	527	2	7300	EUR	paid	card	visa	1295	2024-11-03 15:39:21.133966+00
880307	7636003851728626	10014	519	2	5900	GBP	paid	card	amex	4118	2023-12-22 17:13:18.398418+00
880315	7585055987660450	10015	527	2	7300	GBP	paid	apple_pay	\N	\N	2023-05-07 18:28:24.149112+00
880337	7443460033860077	10015	515	3	13950	GBP	paid	apple_pay	\N	\N	2024-01-01 11:16:18.325075+00
880356	7695800554737669	10015	510	2	9300	GBP	paid	card	visa	0687	2022-04-13 12:48:41.719581+00
880368	7775961708030058	10015	514	2	7300	GBP	paid	paypal	\N	\N	2022-06-17 20:03:22.289205+00
880397	7313721780324360	10015	529	6	12000	GBP	paid	card	mastercard	2096	2022-02-03 17:59:10.659924+00
880419	7445305353288581	10016	516	1	4650	EUR	paid	card	visa	2164	2021-09-28 21:57:51.170084+00
880437	7764522915395314	10016	534	2	5900	GBP	paid	card	visa	5351	2021-11-05 00:20:30.721814+00
880463	7750839123782542	10016	512	2	13300	GBP	refunded	card	visa	5601	2022-02-18 05:28:00.807531+00
880500	7593092663964463	10016	519	2	5900	GBP	paid	card	visa	4962	2022-09-11 07:34:43.626665+00
880513	7296068832087759	10016	525	2	9300	GBP	paid	paypal	\N	\N	2022-11-18 16:24:58.885954+00
880546	7974348827757683	10016	521	2	9300	GBP	paid	apple_pay	\N	\N	2022-03-19 01:10:02.885537+00
880555	7060346422849836	10016	506	2	9300	GBP	paid	card	visa	8213	2023-05-13 03:14:48.680026+00
880594	7529291748274415	10016	507	1	2950	GBP	paid	paypal	\N	\N	2022-04-05 15:16:09.850952+00
880609	7273938479495024	10017	502	1	6650	GBP	paid	card	mastercard	1015	2024-10-30 23:38:56.415230+00
880643	7776832955153452	10017	522	2	9300	GBP	paid	card	amex	2022	2023-08-06 09:46:00.944190+00
880666	7402966876693412	10017	509	4	11800	GBP	paid	apple_pay	\N	\N	2024-09-24 05:22:48.710190+00
880687	7303872276038338	10017	501	2	9300	GBP	paid	card	visa	0190	2024-10-24 08:58:34.294215+00
880713	7435678672922722	10019	528	4	18600	GBP	paid	card	visa	1787	2021-01-28 10:17:27.719684+00
880743	7208474705148375	10019	513	2	5900	GBP	paid	paypal	\N	\N	2022-02-06 11:00:06.500827+00
880753	7174514543020280	10020	525	4	18600	EUR	paid	card	visa	8613	2020-06-06 00:05:07.846331+00
880784	7014188153205011	10020	508	6	21900	GBP	paid	card	visa	5521	2020-04-14 06:38:03.818971+00
880799	7261860090327495	10021	527	2	7300	GBP	paid	card	visa	9463	2022-09-07 10:16:37.568491+00
880827	7778942186932920	10021	523	3	10950	GBP	paid	card	amex	3306	2022-12-08 14:16:09.061535+00
880850	7872725909163591	10022	517	4	8000	GBP	paid	card	mastercard	3010	2021-04-25 10:10:10.483133+00
880857	7185442378363923	10023	505	6	12000	GBP	paid	paypal	\N	\N	2022-12-09 17:09:02.206886+00
880871	7403906689696193	10023	501	2	9300	GBP	paid	card	amex	2358	2024-10-07 01:41:53.754483+00
880883	7042340046378604	10023	533	1	6650	GBP	paid	card	amex	4561	2023-05-15 02:18:50.205038+00
880892	7483921333598125	10023	506	3	13950	GBP	paid	card	mastercard	9017	2023-07-06 21:27:26.595877+00
880914	7058899081041843	10024	521	1	4650	GBP	paid	card	visa	6824	2022-01-20 09:49:43.102442+00
880930	7735377390217612	10024	520	1	3650	GBP	paid	apple_pay	\N	\N	2021-01-21 05:28:48.007935+00
880953	7478538269963259	10024	505	3	6000	GBP	paid	card	visa	0937	2022-04-15 20:32:18.096685+00
880979	7281394335313056	10026	520	2	7300	GBP	paid	paypal	\N	\N	2020-04-29 08:30:59.644636+00
880986	7857583694767412	10026	515	1	4650	GBP	paid	apple_pay	\N	\N	2020-08-12 04:41:05.913851+00
880996	7103024516739060	10027	524	2	9300	EUR	paid	card	amex	8050	2023-01-23 19:55:24.735587+00
881021	7329325314503702	10027	508	2	7300	GBP	paid	card	visa	5029	2024-05-09 10:10:58.752044+00
881033	7164958093593824	10027	510	1	4650	GBP	paid	card	visa	6351	2023-09-03 12:33:32.340813+00
881050	7571232196411778	10028	506	1	4650	EUR	paid	paypal	\N	\N	2024-05-27 15:41:20.984118+00
881089	7469597717404216	10029	536	1	2400	GBP	paid	card	visa	7065	2021-12-06 08:29:54.302748+00
881102	7879987993587563	10029	504	4	18600	GBP	paid	paypal	\N	\N	2020-08-23 19:08:20.485256+00
881106	7151127796687893	10031	510	1	4650	GBP	paid	apple_pay	\N	\N	2024-09-17 06:51:12.980152+00
881136	7998500379016824	10032	516	6	27900	GBP	paid	card	visa	0008	2023-07-21 02:56:29.223091+00
881168	7310405375128152	10032	525	2	9300	GBP	paid	card	amex	3244	2024-10-01 06:27:32.587481+00
881183	7513574602220139	10035	504	2	9300	GBP	paid	card	amex	5266	2020-05-13 09:10:50.557590+00
881218	7487520152975061	10036	522	2	9300	GBP	paid	card	mastercard	0113	2024-10-07 10:28:04.375414+00
881226	7908771516048133	10037	505	1	2000	GBP	paid	card	amex	5159	2024-10-07 23:42:08.484567+00
881230	7765470234289260	10037	512	2	13300	GBP	paid	card	amex	5664	2024-11-09 16:29:46.407465+00
881256	7033324436950943	10037	514	3	10950	EUR	paid	card	mastercard	1393	2024-10-29 20:19:34.888567+00
881287	7282222628785999	10037	525	2	9300	GBP	paid	paypal	\N	\N	2024-04-12 21:41:14.373623+00
881295	7427515830167312	10037	530	2	5900	GBP	paid	card	mastercard	2014	2024-09-24 06:15:58.317692+00
881333	7931956047696918	10037	511	2	9300	GBP	paid	card	amex	2793	2024-02-04 07:45:53.774349+00
881365	7369865471761531	10038	528	2	9300	GBP	paid	apple_pay	\N	\N	2020-10-12 10:58:44.734032+00
881405	7686514573351159	10038	510	2	9300	EUR	paid	paypal	\N	\N	2020-05-13 01:46:58.397694+00
881429	7861579846713340	10038	506	2	9300	GBP	refunded	apple_pay	\N	\N	2020-06-06 13:55:55.843322+00
881431	7493642966025893	10039	501	2	9300	GBP	paid	apple_pay	\N	\N	2023-07-11 14:14:37.404012+00
881435	7141664340600111	10039	501	2	9300	GBP	paid	card	mastercard	9509	2024-09-30 14:10:49.882226+00
881470	7012375175481685	10042	520	2	7300	GBP	paid	apple_pay	\N	\N	2023-03-10 19:18:44.365066+00
881471	7782976156590216	10042	528	6	27900	GBP	cancelled	card	visa	1562	2023-05-26 10:03:04.553245+00
881494	7732855636876048	10042	522	2	9300	GBP	paid	card	mastercard	5596	2022-05-03 17:32:25.001202+00
881523	7506666691791687	10042	520	2	7300	GBP	paid	card	mastercard	0413	2022-08-22 05:11:35.756572+00
881548	7868709780959001	10044	522	2	9300	GBP	paid	apple_pay	\N	\N	2024-09-26 21:18:11.257104+00
881562	7809881008619107	10044	519	4	11800	GBP	paid	paypal	\N	\N	2024-10-18 03:02:26.525260+00
881588	7779716213418182	10045	530	2	5900	EUR	paid	card	amex	5114	2024-10-10 07:45:52.023881+00
881599	7769196093807140	10045	513	2	5900	EUR	paid	card	visa	2295	2024-09-18 21:02:48.927742+00
881637	7171264170407393	10045	505	1	2000	GBP	paid	card	amex	0799	2024-11-05 20:14:29.274595+00
881653	7967650402024426	10048	507	3	8850	GBP	paid	apple_pay	\N	\N	2024-11-07 17:46:43.633862+00
881660	7181487672621942	10049	523	4	14600	EUR	paid	paypal	\N	\N	2022-02-17 12:15:38.366795+00
881676	7899271145421208	10049	535	1	4650	GBP	paid	apple_pay	\N	\N	2022-01-21 21:24:39.012356+00
881701	7182887813427876	10049	525	1	4650	GBP	paid	card	mastercard	5049	2022-02-24 16:12:50.963887+00
881723	7924075153345397	10049	509	2	5900	GBP	paid	card	mastercard	9492	2020-06-16 18:09:10.365335+00
881741	7158467154930386	10049	532	4	18600	GBP	paid	card	mastercard	7773	2020-09-12 04:45:12.780534+00
881772	7130979695039469	10049	534	1	2950	GBP	paid	card	mastercard	8322	2020-03-17 06:22:59.871428+00
881808	7613122278503820	10049	524	2	9300	GBP	paid	apple_pay	\N	\N	2021-05-26 08:10:22.608879+00
881815	7661848593022137	10049	524	6	27900	EUR	paid	paypal	\N	\N	2020-10-24 09:24:39.110952+00
881830	7441737581348990	10050	518	1	2950	EUR	paid	card	visa	0903	2024-10-04 09:27:27.140904+00
881832	7433194992410898	10050	536	2	4800	GBP	paid	card	visa	7027	2024-10-06 03:49:17.554555+00
881855	7274134201366661	10050	511	2	9300	GBP	paid	card	mastercard	0536	2024-09-21 19:08:19.579466+00
881875	7294328134592114	10050	519	2	5900	GBP	paid	card	mastercard	2863	2024-11-09 10:20:56.641108+00
881910	7245177515537558	10050	521	1	4650	GBP	paid	card	mastercard	8047	2024-09-19 09:01:42.863907+00
881943	7015077812769007	10051	531	6	21900	EUR	paid	apple_pay	\N	\N	2021-11-27 22:00:02.902618+00
881959	7840390376726689	10051	522	3	13950	GBP	paid	card	amex	8910	2020-11-11 14:51:14.745025+00
881998	7838426869708367	10051	504	2	9300	EUR	paid	apple_pay	\N	\N	2019-12-12 15:38:08.312411+00
882016	7898580245337960	10051	536	1	2400	GBP	paid	card	visa	3221	2020-01-27 21:58:27.000174+00
882024	7913645827579458	10051	501	1	4650	GBP	paid	paypal	\N	\N	2019-09-10 16:22:18.875710+00
882035	7290995253613545	10051	522	1	4650	GBP	refunded	paypal	\N	\N	2020-03-05 23:26:11.838452+00
882045	7204814921594261	10051	517	3	6000	GBP	paid	paypal	\N	\N	2020-05-21 06:58:06.195928+00
882070	7091061744066411	10051	522	1	4650	GBP	paid	card	visa	8612	2019-07-01 13:20:27.036842+00
882089	7421007289144207	10052	504	1	4650	GBP	paid	paypal	\N	\N	2021-03-15 15:28:20.902143+00
882121	7419020537381460	10052	528	2	9300	GBP	cancelled	card	amex	6859	2020-10-11 12:32:03.819264+00
882125	7153378915267137	10053	509	2	5900	EUR	paid	apple_pay	\N	\N	2022-09-18 07:42:37.592060+00
882137	7280256187277643	10053	517	2	4000	GBP	paid	apple_pay	\N	\N	2022-12-20 06:15:00.519340+00
882144	7809526981982106	10053	519	1	2950	GBP	paid	card	amex	9799	2022-09-26 07:02:02.295792+00
882177	7256650361171782	10053	523	1	3650	GBP	paid	card	amex	3917	2021-02-08 06:31:46.569934+00
882193	7297459934849935	10053	505	4	8000	GBP	paid	card	mastercard	0646	2022-03-04 08:06:40.011479+00
882229	7046462155294502	10053	529	4	8000	GBP	paid	card	visa	2727	2022-07-02 16:09:44.457926+00
882238	7599116172466940	10054	506	1	4650	GBP	paid	paypal	\N	\N	2024-11-04 15:44:35.893432+00
882248	7866480545594632	10054	517	2	4000	GBP	paid	card	amex	3803	2024-09-05 08:49:51.518364+00
882261	7911589847933013	10054	524	2	9300	GBP	paid	card	visa	2133	2024-10-13 22:12:19.044977+00
882264	7535044457537791	10054	502	3	19950	EUR	paid	apple_pay	\N	\N	2024-09-25 12:23:38.491865+00
882273	7346355825148938	10054	501	1	4650	GBP	paid	paypal	\N	\N	2024-10-30 04:47:08.334095+00
882288	7792924440330988	10055	516	1	4650	GBP	refunded	card	visa	2856	2023-06-05 20:58:35.422650+00
882328	7269142472124294	10055	525	4	18600	GBP	paid	card	amex	2634	2022-11-11 15:44:38.335887+00
882344	7975467531741939	10055	508	3	10950	GBP	paid	card	amex	6975	2022-12-08 06:52:46.389772+00
882356	7939540300723664	10055	528	2	9300	EUR	refunded	card	visa	3325	2023-03-23 13:59:56.061786+00
882382	7943608209875276	10055	505	1	2000	GBP	paid	card	mastercard	9049	2021-09-23 20:52:46.250618+00
882413	7908980249837578	10056	515	1	4650	GBP	paid	card	visa	2486	2024-11-07 02:37:18.673335+00
882453	7516542201787456	10056	509	1	2950	GBP	paid	apple_pay	\N	\N	2023-12-18 13:57:47.340859+00
882472	7542553469235698	10056	503	2	9300	GBP	paid	paypal	\N	\N	2022-08-02 16:17:59.848764+00
882482	7791642687028862	10056	529	6	12000	GBP	paid	card	visa	3558	2022-11-08 13:25:16.640469+00
882492	7109480015359586	10056	512	3	19950	GBP	paid	card	mastercard	2848	2024-07-20 22:45:21.028109+00
882531	7770253527774751	10056	528	3	13950	GBP	paid	card	visa	7104	2022-08-26 16:16:24.374117+00
882558	7630368647584064	10056	518	2	5900	GBP	paid	paypal	\N	\N	2024-03-11 00:11:33.977374+00
882568	7845743814180184	10056	532	2	9300	EUR	paid	apple_pay	\N	\N	2022-12-11 00:13:27.793804+00
882588	7039340693903852	10060	511	3	13950	GBP	paid	apple_pay	\N	\N	2024-01-03 23:30:12.423306+00
882596	7125980725464707	10060	508	2	7300	GBP	refunded	apple_pay	\N	\N	2024-10-28 00:03:11.266947+00
882635	7843391919604563	10062	507	6	17700	GBP	paid	paypal	\N	\N	2021-05-09 03:11:00.111059+00
882667	7016190680530500	10062	504	1	4650	GBP	refunded	card	visa	1447	2022-04-15 00:07:09.167340+00
882692	7617786326616154	10065	526	2	7300	GBP	paid	card	amex	9631	2022-07-28 20:46:29.678704+00
882699	7850182398703316	10066	505	2	4000	GBP	refunded	card	amex	1052	2021-04-10 12:18:40.705338+00
882718	7790171341565414	10066	509	1	2950	EUR	paid	paypal	\N	\N	2021-06-29 08:10:57.477141+00
882726	7395566797544454	10067	502	1	6650	GBP	paid	paypal	\N	\N	2022-04-28 01:03:35.243815+00
882764	7653532932631248	10070	508	2	7300	GBP	refunded	card	visa	6278	2023-08-12 18:13:38.475334+00
882766	7723461336214786	10071	524	1	4650	GBP	refunded	card	amex	8540	2020-04-12 15:43:41.573048+00
882774	7074361885163185	10071	512	2	13300	GBP	paid	paypal	\N	\N	2021-10-16 01:19:53.125010+00
882778	7566362547256381	10071	508	1	3650	GBP	cancelled	card	visa	2776	2019-09-09 18:44:59.053430+00
882795	7219973401031034	10074	524	2	9300	GBP	paid	card	visa	8002	2020-07-29 07:45:33.748672+00
882804	7590928155780660	10074	526	2	7300	GBP	paid	apple_pay	\N	\N	2022-02-19 19:11:30.028169+00
882835	7355807094383074	10074	523	1	3650	GBP	paid	paypal	\N	\N	2021-05-11 05:28:47.213106+00
882867	7359076688020015	10074	518	4	11800	GBP	paid	card	amex	8491	2021-02-18 06:37:07.975968+00
882905	7539369222617248	10076	520	4	14600	GBP	paid	card	amex	0579	2021-11-05 16:47:56.736804+00
882916	7185477909901337	10076	535	3	13950	GBP	refunded	card	visa	5021	2023-02-23 19:39:02.643878+00
882944	7550833226865645	10076	514	2	7300	GBP	paid	paypal	\N	\N	2023-10-20 06:27:00.715074+00
882952	7631313084481895	10076	534	3	8850	GBP	paid	card	mastercard	5812	2023-10-05 19:42:49.178052+00
882987	7579869995208811	10076	524	4	18600	GBP	paid	card	amex	4418	2022-06-11 03:45:35.019005+00
882988	7405830844593308	10078	519	2	5900	GBP	paid	card	visa	7155	2024-02-29 02:06:53.510087+00
882995	7106206570285741	10078	509	3	8850	GBP	paid	card	mastercard	7239	2024-10-26 18:28:21.450150+00
883012	7297367747950926	10078	527	3	10950	EUR	paid	paypal	\N	\N	2023-12-15 14:34:20.006649+00
883013	7259884345715691	10078	506	4	18600	GBP	paid	paypal	\N	\N	2023-10-26 14:04:21.522962+00
883051	7030175074129054	10081	536	1	2400	GBP	refunded	card	visa	0548	2020-05-04 09:33:01.249980+00
883053	7630121706687894	10081	515	4	18600	GBP	paid	card	amex	4260	2022-01-19 07:24:21.747164+00
883057	7327669709878240	10081	526	2	7300	GBP	paid	paypal	\N	\N	2020-05-04 05:45:32.015032+00
883073	7776119132923335	10082	527	2	7300	EUR	paid	card	mastercard	0756	2021-07-31 23:05:50.555619+00
883085	7549396855961462	10082	525	4	18600	GBP	paid	card	visa	7802	2020-08-08 15:00:20.424941+00
883100	7651855529048163	10083	522	1	4650	GBP	paid	apple_pay	\N	\N	2021-07-04 17:07:46.941799+00
883131	7560531379902996	10083	507	4	11800	GBP	paid	card	visa	4090	2020-11-10 09:48:55.116469+00
883156	7904701071031806	10083	525	6	27900	EUR	paid	card	mastercard	6722	2022-11-20 01:13:17.712603+00
883194	7227432540640433	10085	535	2	9300	EUR	refunded	paypal	\N	\N	2022-08-03 01:09:19.213890+00
883212	7450196903843562	10085	530	2	5900	GBP	paid	card	visa	7006	2021-05-25 16:26:22.303293+00
883222	7479491985074672	10085	519	2	5900	GBP	refunded	card	mastercard	7836	2023-06-16 13:24:37.803922+00
883241	7025477206827727	10085	531	6	21900	GBP	paid	card	mastercard	6396	2021-06-01 03:23:33.958766+00
883266	7119957970654710	10086	533	6	39900	GBP	paid	paypal	\N	\N	2021-03-18 22:22:51.600995+00
883283	7149405128228089	10087	525	1	4650	EUR	paid	card	visa	9601	2024-07-12 17:12:39.775458+00
883300	7375680002620391	10088	535	2	9300	GBP	refunded	card	visa	5853	2023-10-31 11:23:05.883245+00
883313	7967069581192560	10088	526	1	3650	GBP	refunded	card	visa	7715	2023-06-06 03:51:54.265519+00
883351	7139134422780422	10088	523	2	7300	GBP	paid	card	visa	7026	2024-11-01 02:58:49.037470+00
883367	7559473448716292	10088	533	2	13300	GBP	paid	card	amex	5337	2024-07-20 16:41:15.390634+00
883403	7575140733026232	10088	536	2	4800	GBP	paid	card	visa	0193	2024-10-07 04:35:46.475473+00
883419	7154134884848745	10090	529	6	12000	GBP	paid	paypal	\N	\N	2024-06-19 16:05:20.408216+00
883440	7480249001011236	10090	520	2	7300	GBP	paid	card	visa	8998	2024-10-21 18:33:06.558120+00
883451	7209697146981050	10090	518	3	8850	GBP	paid	card	visa	4445	2024-11-03 02:16:34.673449+00
883491	7464938574085012	10091	514	2	7300	EUR	paid	card	visa	7449	2020-10-30 11:19:06.246153+00
883523	7831490231371699	10092	502	2	13300	GBP	paid	card	amex	2185	2024-09-16 14:07:09.793008+00
883542	7924656074266953	10092	526	1	3650	GBP	paid	card	mastercard	7807	2024-10-11 03:17:12.804424+00
883545	7531901239378724	10092	515	2	9300	GBP	paid	card	visa	8754	2024-09-30 07:35:51.309331+00
883580	7871442615178772	10092	519	4	11800	GBP	paid	card	mastercard	2505	2023-11-04 09:49:54.026826+00
883620	7303381293748204	10092	520	2	7300	GBP	paid	paypal	\N	\N	2024-09-17 01:46:33.520177+00
883650	7538412811176751	10092	501	1	4650	GBP	refunded	paypal	\N	\N	2024-02-14 05:52:01.803549+00
883657	7674015241967083	10093	523	2	7300	GBP	paid	apple_pay	\N	\N	2022-01-25 18:41:40.829150+00
883693	7613749062512856	10094	534	1	2950	EUR	paid	card	visa	4431	2022-02-06 07:50:27.969041+00
883701	7579703236613648	10094	517	2	4000	GBP	paid	card	visa	6759	2022-07-30 13:16:21.425490+00
883723	7980825289599252	10094	505	4	8000	GBP	paid	card	visa	1075	2021-06-27 21:51:48.594116+00
883746	7775948123380275	10095	521	4	18600	GBP	paid	card	visa	6705	2021-03-21 18:24:24.726353+00
883774	7979581923155923	10095	510	2	9300	GBP	paid	card	visa	6957	2020-05-12 23:10:32.351276+00
883787	7190414866673299	10095	528	2	9300	GBP	paid	card	mastercard	4843	2022-03-27 13:52:40.409124+00
883820	7504298892903594	10095	517	3	6000	GBP	paid	card	mastercard	1122	2022-02-27 16:15:15.557142+00
883847	7319246886092814	10095	525	2	9300	GBP	paid	paypal	\N	\N	2021-05-29 11:22:04.813435+00
883868	7304985193093271	10095	515	1	4650	GBP	paid	card	amex	8577	2020-12-28 07:44:00.524712+00
883876	7864015553543989	10096	534	1	2950	GBP	paid	card	visa	5761	2022-06-03 05:45:38.428293+00
883916	7180743929500577	10099	523	1	3650	GBP	paid	card	visa	2499	2022-08-15 17:25:07.787547+00
883949	7033667545284259	10099	505	1	2000	EUR	paid	apple_pay	\N	\N	2022-06-25 12:53:38.715570+00
883956	7561638575138808	10099	502	3	19950	GBP	paid	apple_pay	\N	\N	2024-02-14 01:04:07.096335+00
883992	7263936422167819	10099	505	1	2000	EUR	paid	paypal	\N	\N	2023-02-05 01:02:43.466770+00
884011	7653846967811177	10099	536	1	2400	GBP	paid	card	mastercard	4105	2024-04-23 12:48:30.839457+00
884024	7940329212786784	10101	514	1	3650	GBP	paid	card	amex	1196	2020-10-14 04:08:51.760881+00
884056	7688957000187765	10101	503	4	18600	GBP	paid	card	mastercard	6124	2022-06-11 02:56:47.624150+00
884068	7119695761060622	10101	525	2	9300	GBP	paid	paypal	\N	\N	2021-02-15 07:24:32.554806+00
884108	7962115512747945	10101	533	1	6650	GBP	paid	card	visa	8396	2022-02-11 02:27:29.473554+00
884133	7618310616235033	10101	530	2	5900	EUR	refunded	apple_pay	\N	\N	2021-06-16 14:41:06.359461+00
884161	7263285820823156	10101	532	1	4650	GBP	paid	apple_pay	\N	\N	2021-02-15 08:20:48.247105+00
884182	7955199705312742	10101	517	2	4000	GBP	paid	card	visa	8018	2022-07-20 05:13:16.095822+00
884209	7340216987683601	10101	516	1	4650	EUR	paid	paypal	\N	\N	2020-08-09 22:32:53.612569+00
884236	7183636708613970	10102	518	1	2950	GBP	paid	apple_pay	\N	\N	2022-02-02 19:23:24.798426+00
884270	7777059976284887	10102	505	3	6000	GBP	paid	paypal	\N	\N	2022-03-05 14:14:38.335730+00
884308	7688126348743901	10102	508	2	7300	GBP	paid	apple_pay	\N	\N	2023-03-27 16:15:27.243166+00
884342	7390811715523388	10102	528	1	4650	GBP	paid	card	visa	3804	2021-11-21 05:03:19.657199+00
884375	7808972150771245	10102	522	2	9300	GBP	paid	card	mastercard	2559	2023-09-29 17:43:37.796395+00
884393	7739339601105756	10102	522	1	4650	GBP	refunded	card	visa	0288	2022-01-24 11:02:50.059510+00
884419	7444114028888600	10102	513	2	5900	GBP	paid	card	visa	0960	2022-07-09 15:40:08.913498+00
884429	7281002749303862	10102	504	2	9300	GBP	paid	card	visa	8540	2022-03-10 06:08:32.302657+00
884444	7492613317168216	10104	523	2	7300	GBP	paid	apple_pay	\N	\N	2022-04-22 12:20:27.648352+00
884448	7571760699731964	10106	520	2	7300	GBP	paid	paypal	\N	\N	2024-03-25 15:27:38.395974+00
884467	7308157949952470	10106	503	4	18600	GBP	paid	apple_pay	\N	\N	2024-01-01 05:33:07.774850+00
884474	7239787884343316	10107	510	2	9300	GBP	paid	card	mastercard	6873	2024-10-26 19:16:09.191899+00
884490	7957942904703200	10107	518	2	5900	EUR	cancelled	card	mastercard	6991	2024-11-01 23:01:51.459334+00
884494	7403413633917360	10107	532	3	13950	GBP	paid	card	amex	2494	2024-06-10 14:06:04.825931+00
884514	7234883396691036	10107	535	4	18600	GBP	paid	apple_pay	\N	\N	2024-11-02 22:25:04.974951+00
884525	7601420823176381	10107	531	2	7300	GBP	paid	card	amex	6716	2024-10-01 05:21:47.198802+00
884540	7812513017403015	10108	516	2	9300	GBP	paid	card	visa	6057	2022-03-26 17:57:44.628844+00
884578	7114531415379324	10108	531	2	7300	EUR	paid	card	amex	1789	2023-12-09 01:51:23.327394+00
884602	7717157205504105	10108	518	1	2950	EUR	paid	apple_pay	\N	\N	2022-02-21 11:02:00.534970+00
884641	7869263698100070	10110	512	4	26600	GBP	paid	paypal	\N	\N	2021-06-15 10:04:03.743529+00
884660	7359400367329981	10110	518	1	2950	EUR	paid	card	mastercard	3010	2020-01-18 20:49:08.840938+00
884679	7438246510158869	10112	511	2	9300	GBP	paid	paypal	\N	\N	2024-11-11 09:18:18.687056+00
884688	7110804750644668	10112	505	1	2000	GBP	paid	card	visa	5276	2024-11-03 14:22:07.500521+00
884689	7513469203044763	10112	524	2	9300	GBP	paid	card	amex	7865	2024-10-29 23:22:41.938074+00
884728	7077789317762597	10112	510	2	9300	GBP	paid	card	visa	2243	2024-11-11 06:52:50.095415+00
884740	7142014889137238	10115	512	2	13300	GBP	paid	card	mastercard	3268	2024-10-04 11:35:53.286157+00
884745	7800386014233566	10115	531	2	7300	GBP	paid	apple_pay	\N	\N	2024-10-15 16:11:35.489180+00
884748	7468356415900537	10115	530	2	5900	EUR	paid	apple_pay	\N	\N	2024-10-23 15:23:36.530314+00
884783	7304890633951968	10115	529	2	4000	GBP	paid	card	visa	7158	2024-11-03 02:49:56.208099+00
884799	7412433443187654	10115	501	2	9300	EUR	paid	card	mastercard	3557	2024-10-27 02:15:00.552305+00
884807	7777454264705577	10115	512	2	13300	GBP	paid	paypal	\N	\N	2024-10-01 04:54:05.656285+00
884820	7829360865878674	10115	527	2	7300	GBP	paid	card	amex	3309	2024-10-05 23:56:34.065999+00
884842	7309444242913910	10115	528	6	27900	GBP	paid	paypal	\N	\N	2024-10-30 20:24:03.528450+00
884873	7605492311212176	10117	504	2	9300	GBP	paid	apple_pay	\N	\N	2024-10-06 21:32:47.678370+00
884895	7495709372552132	10118	528	3	13950	GBP	paid	apple_pay	\N	\N	2023-05-17 20:37:57.928213+00
884901	7605459818456405	10118	521	4	18600	GBP	paid	apple_pay	\N	\N	2023-07-16 07:37:10.794563+00
884937	7090494236052998	10119	529	1	2000	GBP	paid	card	visa	6482	2022-07-17 21:47:39.328799+00
884965	7177405543203365	10119	528	1	4650	GBP	paid	card	visa	7723	2022-08-12 03:38:10.041725+00
884988	7755045138021390	10119	535	1	4650	EUR	refunded	card	visa	9975	2023-04-16 13:48:31.510562+00
885022	7021470181549038	10122	509	1	2950	GBP	paid	apple_pay	\N	\N	2022-04-24 11:29:54.515176+00
885054	7700509652021507	10122	523	2	7300	GBP	paid	card	visa	5461	2023-01-10 05:32:25.143226+00
885055	7058816104748753	10124	504	2	9300	GBP	paid	card	visa	3000	2022-07-04 21:43:33.094958+00
885085	7776492388253987	10125	521	2	9300	GBP	paid	card	amex	2267	2023-12-10 04:36:21.024733+00
885112	7387718396081389	10125	531	2	7300	GBP	paid	card	mastercard	9823	2023-12-29 18:54:28.330005+00
885152	7913629557029788	10125	535	2	9300	GBP	paid	paypal	\N	\N	2024-09-20 15:09:14.876903+00
885154	7708332649916063	10127	524	2	9300	GBP	paid	apple_pay	\N	\N	2021-07-20 16:49:08.610155+00
885159	7902714659571900	10127	514	4	14600	GBP	paid	card	amex	5444	2022-01-11 15:48:25.361306+00
885177	7263917473365548	10129	534	2	5900	EUR	paid	card	visa	2567	2022-09-30 06:54:56.771375+00
885212	7864766475339944	10132	521	2	9300	GBP	paid	card	mastercard	7178	2024-10-13 08:14:41.782875+00
885218	7947504789919441	10132	518	2	5900	GBP	paid	card	amex	1882	2024-10-05 12:17:00.159430+00
885251	7097059185877426	10132	533	6	39900	GBP	paid	card	amex	4593	2024-10-23 06:12:51.184146+00
885256	7671778625536292	10132	530	4	11800	GBP	paid	card	mastercard	1061	2024-10-21 21:26:50.222769+00
885282	7314624228286067	10132	502	1	6650	EUR	paid	card	amex	5856	2024-11-10 08:16:59.229532+00
885292	7290844469917358	10132	518	4	11800	GBP	paid	apple_pay	\N	\N	2024-11-01 18:07:54.904041+00
885303	7077606127326354	10133	518	2	5900	GBP	paid	card	mastercard	5315	2024-10-12 23:24:17.456510+00
885338	7467268434913987	10133	525	1	4650	GBP	paid	card	mastercard	7148	2024-06-28 06:20:16.757582+00
885351	7841088721962265	10136	517	1	2000	GBP	paid	card	visa	5064	2024-10-07 17:50:18.446258+00
885387	7543636728660360	10136	526	1	3650	GBP	cancelled	card	visa	6758	2024-02-09 16:02:16.204460+00
885423	7773198960015114	10136	527	3	10950	GBP	paid	paypal	\N	\N	2024-11-09 13:10:35.525241+00
885438	7916823066501694	10136	533	3	19950	GBP	paid	card	amex	4792	2024-10-03 01:30:27.454943+00
885458	7808117400622795	10136	506	2	9300	GBP	paid	card	mastercard	6361	2024-05-24 20:07:15.164766+00
885492	7715453544556969	10137	518	1	2950	GBP	paid	card	amex	5886	2020-07-16 09:07:26.353978+00
885508	7792422851353198	10137	529	1	2000	GBP	paid	paypal	\N	\N	2020-11-01 14:40:55.032728+00
885512	7771005358359442	10138	520	1	3650	GBP	paid	card	mastercard	4857	2023-11-14 09:57:07.684986+00
885542	7243018917045058	10143	502	4	26600	GBP	paid	paypal	\N	\N	2021-07-04 09:04:02.971501+00
885582	7167978507457694	10143	512	4	26600	GBP	paid	card	mastercard	5969	2021-05-15 07:51:53.888100+00
885622	7446574006406926	10143	511	1	4650	EUR	cancelled	paypal	\N	\N	2021-06-27 08:15:15.272146+00
885634	7735396602011671	10143	503	1	4650	GBP	paid	paypal	\N	\N	2020-04-16 00:27:52.198887+00
885670	7051373797822911	10143	528	1	4650	GBP	paid	card	visa	3700	2020-12-23 13:27:46.229145+00
885700	7654313084324301	10143	528	1	4650	GBP	paid	paypal	\N	\N	2019-12-10 15:41:29.982131+00
885708	7278443065106204	10143	525	1	4650	GBP	paid	card	amex	3449	2020-03-22 18:50:26.510029+00
885726	7834162060235732	10143	533	1	6650	GBP	paid	apple_pay	\N	\N	2020-10-15 08:02:54.424277+00
885746	7726388286544796	10144	528	2	9300	GBP	paid	card	visa	3762	2024-10-06 20:33:42.303237+00
885769	7540232082209149	10144	512	4	26600	GBP	paid	card	mastercard	6160	2023-12-25 07:03:19.851196+00
885808	7615153903471263	10144	501	4	18600	EUR	paid	paypal	\N	\N	2024-11-01 00:19:13.107988+00
885819	7272147561085090	10144	513	1	2950	EUR	paid	paypal	\N	\N	2024-11-11 01:32:19.441744+00
885831	7240603179726512	10145	528	1	4650	GBP	paid	card	visa	8088	2024-10-12 15:59:59.878768+00
885864	7800404787268928	10145	520	3	10950	GBP	paid	card	mastercard	3648	2024-09-20 20:02:26.454474+00
885873	7745905784765445	10145	520	2	7300	GBP	paid	apple_pay	\N	\N	2024-11-13 12:27:05.756312+00
885910	7814496021207744	10145	532	4	18600	EUR	paid	card	visa	4647	2024-09-15 00:59:19.013644+00
885925	7456486579664606	10147	530	4	11800	GBP	paid	card	mastercard	3516	2023-12-21 22:10:22.912075+00
885930	7352828092881054	10147	528	2	9300	EUR	paid	paypal	\N	\N	2024-09-16 03:42:22.133221+00
885943	7561278798035071	10148	504	2	9300	GBP	paid	card	amex	0564	2024-10-01 01:16:15.535664+00
885979	7085435954549599	10148	536	1	2400	GBP	paid	card	visa	2661	2024-10-25 03:12:48.656750+00
886004	7978044511132949	10149	501	4	18600	EUR	paid	card	amex	8772	2020-03-16 04:35:40.822526+00
886020	7789953102889533	10149	534	3	8850	GBP	refunded	card	visa	5107	2020-12-30 10:36:09.144262+00
886047	7983021942278553	10149	527	1	3650	GBP	paid	paypal	\N	\N	2021-02-04 12:57:37.226957+00
886069	7632506248217399	10149	507	1	2950	GBP	paid	card	amex	2426	2020-05-06 04:40:33.377992+00
886099	7176641721932377	10149	508	2	7300	GBP	paid	apple_pay	\N	\N	2020-05-22 09:11:16.104553+00
886136	7548026064419338	10149	519	2	5900	EUR	refunded	card	mastercard	3524	2021-05-06 06:53:13.470639+00
886166	7092758550164389	10150	505	4	8000	GBP	paid	card	visa	1805	2022-09-07 09:06:14.945271+00
886187	7822870102226994	10150	508	3	10950	EUR	paid	card	amex	6755	2022-01-30 22:44:01.866596+00
886216	7692912445080633	10152	517	6	12000	GBP	paid	card	visa	0379	2023-06-22 10:53:49.315536+00
886247	7994157828803870	10152	519	2	5900	GBP	paid	card	mastercard	1659	2024-09-23 17:50:07.156821+00
886284	7172417511467077	10153	532	1	4650	GBP	paid	card	amex	3774	2022-04-03 17:55:16.337865+00
886286	7105590488820168	10153	530	1	2950	EUR	paid	card	visa	1538	2022-06-20 10:45:26.804474+00
886316	7696991715342313	10154	518	2	5900	GBP	paid	card	amex	8426	2023-01-19 20:40:08.759660+00
886341	7019974228953914	10154	526	1	3650	GBP	paid	card	visa	9614	2022-11-15 13:02:26.288817+00
886362	7644852983132436	10154	510	4	18600	GBP	refunded	paypal	\N	\N	2022-02-24 09:54:20.237873+00
886391	7794146408406344	10157	527	2	7300	GBP	paid	card	amex	8694	2023-11-29 00:57:30.974038+00
886409	7517951588456054	10157	536	1	2400	EUR	paid	card	visa	5410	2022-10-06 02:17:45.515528+00
886411	7450908506022699	10157	505	2	4000	GBP	refunded	card	visa	9038	2023-03-25 11:03:04.481855+00
886435	7731072021490978	10158	531	1	3650	GBP	paid	card	amex	0575	2023-06-17 18:48:25.362000+00
886453	7101423038558915	10158	504	3	13950	GBP	paid	card	visa	7613	2023-06-06 11:28:44.803140+00
886484	7288533482908606	10158	531	1	3650	GBP	paid	card	visa	7166	2023-06-29 06:46:23.008298+00
886496	7217440347227891	10159	532	3	13950	GBP	paid	apple_pay	\N	\N	2021-12-10 22:36:10.586017+00
886536	7697513388819787	10159	535	1	4650	GBP	cancelled	paypal	\N	\N	2021-12-12 02:24:38.656823+00
886541	7840831501528167	10159	508	3	10950	GBP	paid	card	visa	6444	2021-10-18 02:46:41.419164+00
886581	7752077704916068	10160	527	1	3650	GBP	paid	apple_pay	\N	\N	2024-10-25 20:53:46.078136+00
886595	7390872177842159	10160	534	3	8850	GBP	refunded	card	amex	7149	2024-09-15 04:24:29.518343+00
886621	7812547531949489	10160	507	4	11800	GBP	paid	card	visa	3869	2024-09-13 06:48:21.156503+00
886635	7205943862984313	10160	502	2	13300	GBP	paid	card	amex	9487	2024-11-09 12:13:13.930562+00
886669	7337827335610082	10160	524	6	27900	GBP	paid	paypal	\N	\N	2024-11-13 01:21:42.817257+00
886692	7335991682863752	10160	506	2	9300	GBP	paid	apple_pay	\N	\N	2024-09-26 09:22:33.702757+00
886730	7710739212962970	10160	524	2	9300	GBP	paid	card	visa	9895	2024-10-25 11:01:39.497469+00
886768	7576096513229596	10160	506	2	9300	GBP	paid	card	visa	1587	2024-11-01 21:03:15.107081+00
886775	7366308803325217	10161	517	4	8000	GBP	paid	card	mastercard	4121	2024-10-30 16:48:19.033236+00
886808	7785786011831206	10161	521	2	9300	GBP	paid	card	mastercard	1891	2024-10-12 22:34:12.323147+00
886825	7159181312581510	10161	513	1	2950	GBP	paid	card	visa	8613	2023-09-10 17:32:21.301399+00
886828	7206796399770262	10161	527	6	21900	GBP	paid	apple_pay	\N	\N	2024-05-15 07:56:31.728138+00
886831	7594437688058829	10161	509	2	5900	GBP	refunded	card	mastercard	7092	2024-02-18 13:23:15.547108+00
886852	7100574666316757	10164	517	3	6000	EUR	paid	paypal	\N	\N	2021-11-06 23:55:46.295412+00
886877	7455082120880219	10164	508	2	7300	GBP	paid	apple_pay	\N	\N	2023-06-19 12:43:59.872026+00
886883	7655288460693600	10164	504	4	18600	GBP	paid	apple_pay	\N	\N	2022-06-17 23:15:25.563054+00
886884	7411503715232650	10164	508	1	3650	GBP	paid	card	visa	8032	2022-07-27 16:55:31.406759+00
886922	7586054427736258	10164	501	2	9300	GBP	paid	card	visa	9371	2022-04-03 16:29:00.344794+00
886955	7161628342760121	10164	517	4	8000	GBP	paid	paypal	\N	\N	2022-05-26 18:14:43.372243+00
886970	7278255994088290	10164	525	1	4650	EUR	paid	card	visa	2258	2023-08-24 17:14:03.031264+00
887000	7839932379827224	10164	501	3	13950	GBP	paid	paypal	\N	\N	2022-09-29 23:09:32.980867+00
887003	7715867984291807	10167	526	2	7300	GBP	paid	apple_pay	\N	\N	2022-07-15 21:33:51.081371+00
887009	7790101663144729	10167	528	2	9300	GBP	paid	card	visa	4763	2024-03-05 00:24:24.908359+00
887040	7468570840400904	10167	532	1	4650	GBP	paid	card	visa	0673	2021-11-03 02:25:49.579504+00
887054	7481409233599254	10170	533	2	13300	GBP	paid	paypal	\N	\N	2022-11-26 10:30:17.390565+00
887086	7148505002628503	10170	530	2	5900	EUR	paid	card	amex	8926	2022-06-12 20:11:27.227291+00
887122	7046894536025165	10170	512	4	26600	GBP	paid	card	visa	8339	2022-02-15 14:21:52.628992+00
887161	7167862019616557	10174	516	1	4650	GBP	paid	card	mastercard	6697	2022-09-07 10:17:14.348383+00
887185	7687084997041813	10174	515	4	18600	GBP	paid	card	amex	6999	2023-08-28 15:10:31.135331+00
887188	7725998397538561	10174	516	2	9300	GBP	paid	paypal	\N	\N	2022-07-08 08:53:09.253072+00
887197	7956607484969664	10175	505	4	8000	EUR	paid	paypal	\N	\N	2019-11-22 19:18:51.241666+00
887203	7983925583801718	10175	507	2	5900	GBP	refunded	card	visa	1465	2019-08-19 21:51:29.293130+00
887235	7206919521505871	10175	515	2	9300	GBP	paid	card	visa	5348	2020-06-15 22:49:26.489707+00
887241	7132150865972750	10175	510	1	4650	EUR	paid	card	mastercard	6678	2019-07-03 22:34:56.782197+00
887269	7457274238963761	10175	515	2	9300	GBP	paid	card	mastercard	0451	2021-02-20 12:39:57.268443+00
887277	7882026997247844	10175	511	1	4650	GBP	paid	apple_pay	\N	\N	2020-02-11 12:13:16.713456+00
887283	7177896603650727	10175	518	1	2950	EUR	paid	paypal	\N	\N	2021-06-18 21:44:48.216963+00
887285	7509570149700156	10175	524	2	9300	GBP	paid	card	mastercard	1964	2021-07-15 04:58:13.300423+00
887292	7684202801134266	10176	504	2	9300	GBP	paid	card	visa	9671	2021-01-21 15:23:49.441897+00
887301	7810480020052090	10176	519	1	2950	GBP	paid	card	amex	5831	2020-12-28 04:42:43.805702+00
887338	7102288787187281	10176	504	3	13950	GBP	paid	card	visa	4963	2021-11-26 15:17:05.770379+00
887361	7109734508515005	10176	527	3	10950	GBP	paid	apple_pay	\N	\N	2023-02-15 06:14:16.218093+00
887365	7133231369537325	10176	511	1	4650	GBP	paid	paypal	\N	\N	2021-04-07 17:56:15.119993+00
887387	7083969222439604	10176	535	4	18600	GBP	paid	paypal	\N	\N	2021-11-08 04:25:08.962087+00
887403	7991369947573824	10178	516	2	9300	GBP	paid	card	visa	7966	2024-10-27 22:22:05.180727+00
887405	7529938358437141	10178	523	3	10950	GBP	paid	paypal	\N	\N	2024-03-25 16:30:12.619031+00
887423	7295739870169398	10179	512	6	39900	GBP	paid	apple_pay	\N	\N	2024-10-10 14:30:23.163256+00
887449	7931806645784077	10180	513	1	2950	GBP	paid	card	mastercard	7357	2022-12-24 16:06:47.972980+00
887461	7985995322123460	10180	528	4	18600	GBP	paid	card	visa	1975	2023-05-09 19:24:20.218661+00
887489	7729869883997563	10180	508	2	7300	GBP	paid	card	mastercard	6867	2023-03-25 14:38:12.745855+00
887528	7177270896318960	10180	519	1	2950	GBP	paid	card	amex	9236	2022-11-01 00:55:23.199604+00
887542	7723289226936576	10181	522	2	9300	GBP	paid	card	visa	8922	2021-02-25 08:07:28.096500+00
887550	7248137985634165	10181	505	2	4000	GBP	paid	paypal	\N	\N	2020-05-17 14:26:04.808643+00
887585	7085620939262996	10182	534	2	5900	GBP	paid	apple_pay	\N	\N	2023-10-13 14:51:15.942270+00
887622	7645638916230405	10182	527	2	7300	GBP	paid	card	visa	3975	2024-06-24 12:14:41.699597+00
887629	7850207437970553	10182	518	2	5900	GBP	paid	paypal	\N	\N	2023-11-03 03:21:11.512753+00
887664	7282811650970128	10182	516	3	13950	GBP	paid	paypal	\N	\N	2022-09-26 07:28:17.604703+00
887689	7212201631416448	10183	513	6	17700	GBP	refunded	paypal	\N	\N	2021-03-07 21:58:00.721820+00
887701	7290748055852363	10183	517	2	4000	GBP	paid	card	visa	2488	2022-05-22 22:04:10.704858+00
887715	7010562485134921	10183	517	1	2000	GBP	paid	apple_pay	\N	\N	2021-12-08 11:22:08.478651+00
887724	7826133500898512	10185	524	2	9300	GBP	paid	card	visa	0908	2021-03-15 02:26:51.535428+00
887739	7175520628075945	10185	532	2	9300	GBP	paid	paypal	\N	\N	2023-03-16 17:38:37.337253+00
887774	7233607866750295	10185	517	6	12000	GBP	paid	apple_pay	\N	\N	2021-01-07 19:10:03.302397+00
887808	7884283604420126	10185	527	6	21900	GBP	paid	card	visa	1683	2022-11-17 01:31:30.341637+00
887847	7377851583246959	10185	514	2	7300	GBP	paid	card	visa	3936	2021-02-09 13:00:42.955117+00
887874	7550437034124457	10185	513	2	5900	GBP	paid	card	visa	3185	2022-07-01 19:43:21.005544+00
887907	7479712667382185	10186	532	1	4650	GBP	paid	card	amex	8754	2020-06-27 22:58:34.176538+00
887938	7947629592138659	10186	533	2	13300	GBP	paid	card	amex	0224	2021-08-28 17:38:25.161494+00
887951	7327187309055568	10186	511	4	18600	GBP	paid	card	amex	2175	2022-02-14 22:25:02.859499+00
887977	7932073336718712	10186	526	4	14600	GBP	paid	card	visa	6685	2022-01-03 05:58:57.658320+00
887984	7426737276472834	10186	528	4	18600	GBP	paid	card	amex	1622	2021-07-25 07:42:06.642807+00
888009	7591868335063786	10189	519	1	2950	GBP	paid	card	visa	2126	2023-01-27 22:53:27.921985+00
888024	7181769662068292	10189	506	3	13950	GBP	paid	card	mastercard	4754	2023-04-01 18:32:03.969224+00
888038	7704378288189783	10190	501	2	9300	GBP	paid	paypal	\N	\N	2024-10-06 12:20:51.403715+00
888078	7576677131593273	10190	515	2	9300	GBP	cancelled	card	mastercard	6106	2024-09-23 23:25:17.049924+00
888116	7811275670818007	10191	508	2	7300	GBP	refunded	card	visa	3375	2020-11-17 01:03:38.355703+00
888140	7883703391413055	10193	530	4	11800	GBP	paid	apple_pay	\N	\N	2022-05-28 17:42:54.600336+00
888173	7498977305236447	10193	505	1	2000	EUR	paid	card	amex	2215	2021-01-22 07:33:04.123929+00
888199	7502773121846176	10194	501	1	4650	EUR	paid	apple_pay	\N	\N	2022-12-06 22:53:24.706679+00
888208	7457862699524113	10194	534	3	8850	EUR	paid	apple_pay	\N	\N	2023-12-20 07:06:38.711034+00
888225	7392139672480263	10194	524	2	9300	GBP	paid	apple_pay	\N	\N	2024-10-03 04:09:28.598619+00
888238	7755211096190217	10194	509	2	5900	GBP	paid	card	visa	6054	2023-04-04 16:38:37.311259+00
888242	7150891534290223	10195	521	2	9300	GBP	refunded	paypal	\N	\N	2024-09-23 15:47:42.156618+00
888248	7910768453675619	10195	535	4	18600	GBP	paid	paypal	\N	\N	2024-09-29 19:18:05.786331+00
888263	7150529177098175	10195	532	1	4650	GBP	refunded	paypal	\N	\N	2024-10-15 19:28:51.835172+00
888270	7695235812518858	10195	517	1	2000	GBP	paid	card	amex	3959	2024-06-08 22:17:15.673413+00
888300	7401937975918462	10196	534	2	5900	GBP	paid	apple_pay	\N	\N	2024-03-08 13:55:38.161273+00
888322	7992450476739827	10196	535	2	9300	GBP	paid	paypal	\N	\N	2024-11-07 00:12:56.478904+00
888341	7376283846348194	10196	531	4	14600	EUR	paid	apple_pay	\N	\N	2024-01-15 08:52:06.762075+00
888343	7415320751637717	10196	508	4	14600	GBP	paid	card	amex	6475	2024-10-27 11:00:57.806358+00
888350	7064241406555734	10197	519	3	8850	GBP	refunded	card	visa	7878	2023-02-22 08:15:44.254236+00
888360	7010266067636297	10197	519	2	5900	EUR	paid	apple_pay	\N	\N	2024-05-15 10:33:04.783097+00
888398	7156792563639909	10197	510	4	18600	GBP	paid	apple_pay	\N	\N	2024-11-01 01:45:22.020617+00
888422	7795367208303453	10199	509	4	11800	GBP	refunded	apple_pay	\N	\N	2023-08-19 11:15:46.083928+00
888446	7857581059544456	10199	516	6	27900	GBP	paid	card	visa	1195	2024-09-28 11:05:58.544233+00
888454	7186514535959642	10199	528	2	9300	GBP	paid	card	visa	4385	2024-10-01 01:39:14.964482+00
888461	7050994020109220	10199	535	1	4650	GBP	paid	paypal	\N	\N	2023-09-21 00:53:52.747288+00
888492	7930951162157465	10200	534	2	5900	GBP	paid	card	visa	6949	2024-10-23 01:25:14.533923+00
888495	7467277674374277	10201	529	2	4000	GBP	cancelled	apple_pay	\N	\N	2022-09-12 14:35:30.619875+00
888518	7900369008376594	10201	515	3	13950	GBP	paid	apple_pay	\N	\N	2020-06-19 18:08:01.807439+00
888529	7138828821857695	10202	523	2	7300	GBP	cancelled	paypal	\N	\N	2020-11-18 22:10:05.707955+00
888538	7374318843813346	10202	526	4	14600	EUR	paid	card	amex	5220	2019-09-09 23:38:01.710735+00
888561	7099635728379650	10202	519	1	2950	GBP	paid	paypal	\N	\N	2021-01-29 19:49:39.471690+00
888571	7940962363146280	10202	519	1	2950	EUR	paid	card	visa	9838	2020-04-28 21:19:18.518014+00
888594	7864698799877613	10203	535	3	13950	GBP	paid	card	visa	7620	2024-10-07 02:53:36.839474+00
888627	7927984748491853	10209	529	2	4000	GBP	paid	card	visa	0263	2021-06-15 05:33:34.680614+00
888655	7383005424746905	10210	531	4	14600	GBP	paid	card	amex	5088	2020-11-03 02:06:47.842147+00
888692	7725585653483439	10210	531	2	7300	GBP	paid	card	mastercard	3055	2020-02-09 09:49:39.732187+00
888717	7623661299572655	10210	512	1	6650	EUR	paid	card	visa	6598	2019-10-29 04:14:31.008295+00
888720	7838745850144431	10210	531	4	14600	GBP	paid	card	mastercard	6201	2020-08-31 07:30:26.770682+00
888756	7492320609759007	10210	528	2	9300	GBP	paid	paypal	\N	\N	2020-05-02 02:40:13.762801+00
888794	7130504200568280	10210	504	6	27900	EUR	paid	card	amex	3185	2021-09-10 15:59:28.837958+00
888829	7953151540437969	10212	535	6	27900	GBP	paid	card	mastercard	9228	2024-09-22 11:54:35.796196+00
888831	7281988498613190	10214	535	2	9300	GBP	paid	paypal	\N	\N	2022-09-09 04:31:38.690496+00
888839	7755934020714157	10215	533	3	19950	GBP	refunded	card	mastercard	9395	2024-10-06 14:28:58.212870+00
888863	7960199619510977	10217	535	3	13950	GBP	paid	paypal	\N	\N	2024-09-25 08:32:10.355011+00
888895	7350966438092680	10217	536	1	2400	GBP	paid	paypal	\N	\N	2024-09-28 19:26:17.934396+00
888924	7368663701902171	10218	533	2	13300	GBP	paid	paypal	\N	\N	2023-08-08 14:06:02.922908+00
888937	7475756788248309	10220	504	2	9300	GBP	paid	card	amex	4066	2022-01-28 13:24:34.859306+00
888942	7528320231530745	10220	510	1	4650	GBP	paid	apple_pay	\N	\N	2023-03-23 17:15:25.880720+00
888979	7592675026136324	10220	504	1	4650	GBP	refunded	card	amex	0817	2022-12-12 14:20:08.991631+00
888993	7332237586891937	10220	512	2	13300	GBP	paid	apple_pay	\N	\N	2023-03-22 13:43:30.146545+00
889014	7802412553744186	10220	511	2	9300	GBP	paid	card	visa	5953	2020-12-22 21:01:39.254999+00
889016	7579223928949386	10221	526	1	3650	GBP	paid	paypal	\N	\N	2024-10-28 06:24:13.915757+00
889040	7905536256799983	10221	501	2	9300	GBP	cancelled	card	amex	4294	2024-09-08 05:00:01.064363+00
889076	7084602446899338	10221	503	1	4650	GBP	paid	paypal	\N	\N	2024-10-16 09:09:04.808502+00
889092	7343754924887826	10221	504	2	9300	EUR	paid	card	amex	2035	2024-10-03 22:11:31.590079+00
889117	7048771201168543	10221	511	3	13950	EUR	paid	paypal	\N	\N	2024-10-05 00:08:59.790421+00
889119	7409572773922203	10221	522	1	4650	GBP	paid	card	visa	5682	2024-09-25 04:37:51.425929+00
889156	7102446454533278	10221	516	3	13950	GBP	paid	card	mastercard	2232	2024-09-23 15:16:03.996054+00
889178	7400341787273523	10221	535	1	4650	GBP	paid	paypal	\N	\N	2024-11-08 22:42:32.572041+00
889206	7414851515188549	10222	516	1	4650	EUR	paid	card	amex	9132	2022-03-11 07:07:33.527535+00
889214	7457041313566982	10222	531	3	10950	GBP	paid	card	visa	8726	2021-09-22 22:05:03.168028+00
889240	7820653649283547	10224	514	6	21900	GBP	paid	card	visa	3337	2021-07-22 13:54:02.820480+00
889250	7674428427374368	10224	513	4	11800	GBP	paid	card	visa	5980	2023-03-08 03:06:05.307786+00
889268	7581304202803145	10224	534	1	2950	EUR	paid	card	mastercard	2300	2022-09-20 09:51:10.337278+00
889306	7762878601238969	10226	509	2	5900	GBP	paid	card	amex	0151	2024-04-08 19:49:53.150866+00
889307	7514741035085641	10226	517	3	6000	GBP	paid	card	mastercard	8452	2022-10-16 15:45:01.766800+00
889344	7350651891221713	10226	503	2	9300	GBP	paid	card	mastercard	6291	2022-11-01 15:21:50.948061+00
\.


--
-- Data for Name: tickets; Type: TABLE DATA; Schema: public; Owner: tixhouse
--

COPY public.tickets (id, order_id, barcode, seat, price_band) FROM stdin;
3000001	880001	5038482674766	GA	standard
3000002	880001	5001082270447	F17	concession
3000003	880009	5053096055510	GA	standard
3000004	880009	5040311846336	GA	concession
3000005	880027	5007948870295	D10	vip
3000006	880027	5057760523640	D10	vip
3000007	880027	5085817437473	GA	standard
3000008	880027	5000535850885	GA	standard
3000009	880027	5007059170932	GA	standard
3000010	880027	5016140109874	D9	concession
3000011	880046	5069160726255	GA	concession
3000012	880046	5032527873763	GA	concession
3000013	880052	5043612374171	GA	vip
3000014	880068	5043857902511	C17	standard
3000015	880068	5011315430012	GA	standard
3000016	880068	5021354655666	B12	concession
3000017	880107	5018857304016	GA	standard
3000018	880107	5083670964020	E15	vip
3000019	880130	5040128570028	G17	concession
3000020	880150	5033723119846	C3	concession
3000021	880153	5004969441992	GA	standard
3000022	880153	5059444525254	GA	vip
3000023	880153	5049884552842	K12	vip
3000024	880153	5040075870912	GA	vip
3000025	880177	5092116965422	GA	standard
3000026	880177	5049762243541	GA	concession
3000027	880202	5031700355256	F9	vip
3000028	880202	5076051152338	B11	vip
3000029	880202	5096728429327	E18	concession
3000030	880217	5048235744790	J14	standard
3000031	880217	5040258307976	E3	vip
3000032	880217	5061469744817	GA	concession
3000033	880246	5092822266653	D26	standard
3000034	880246	5050521272481	H16	standard
3000035	880277	5089887206564	GA	concession
3000036	880277	5038911691821	F2	vip
3000037	880307	5092000690522	F1	vip
3000038	880307	5002781342220	K13	concession
3000039	880315	5084910707575	GA	vip
3000040	880315	5021941420059	GA	concession
3000041	880337	5071300176004	GA	standard
3000042	880337	5064177074870	GA	standard
3000043	880337	5051089546618	GA	concession
3000044	880356	5027276577338	GA	standard
3000045	880356	5036269556854	GA	standard
3000046	880368	5072256060485	K19	concession
3000047	880368	5065958105745	G17	standard
3000048	880397	5052078758883	GA	concession
3000049	880397	5080278779797	GA	standard
3000050	880397	5061097301697	F21	standard
3000051	880397	5085992157074	J30	vip
3000052	880397	5014810550254	GA	concession
3000053	880397	5045517378162	GA	standard
3000054	880419	5044485041696	GA	vip
3000055	880437	5083941065555	GA	standard
3000056	880437	5046692120430	GA	concession
3000057	880463	5048524754240	GA	concession
3000058	880463	5029196608680	GA	concession
3000059	880500	5060202473700	J2	standard
3000060	880500	5012901183220	B8	standard
3000061	880513	5069375388170	GA	concession
3000062	880513	5074551549955	G24	standard
3000063	880546	5051093394816	J9	concession
3000064	880546	5047790419327	J30	standard
3000065	880555	5053115820846	C18	standard
3000066	880555	5065744382718	GA	standard
3000067	880594	5036180598643	GA	standard
3000068	880609	5060869052706	GA	concession
3000069	880643	5094459958468	A12	concession
3000070	880643	5082620795356	D10	standard
3000071	880666	5048327085275	GA	vip
3000072	880666	5041672520125	GA	standard
3000073	880666	5054412437348	E26	vip
3000074	880666	5065659799427	E4	concession
3000075	880687	5024685753506	K20	standard
3000076	880687	5022344321066	GA	standard
3000077	880713	5020174264782	GA	vip
3000078	880713	5087402560443	A27	standard
3000079	880713	5074205394177	D4	standard
3000080	880713	5022132390403	H15	standard
3000081	880743	5019383504840	GA	standard
3000082	880743	5021944110780	GA	standard
3000083	880753	5047028198901	C23	concession
3000084	880753	5052145790938	A6	concession
3000085	880753	5030439256636	GA	vip
3000086	880753	5087402123143	H18	standard
3000087	880784	5026139072928	D14	standard
3000088	880784	5007254274749	GA	vip
3000089	880784	5065926475269	GA	vip
3000090	880784	5011860234394	GA	standard
3000091	880784	5008574006331	GA	standard
3000092	880784	5014755231973	GA	standard
3000093	880799	5061746736092	GA	standard
3000094	880799	5050643403077	K3	vip
3000095	880827	5087104368118	K11	concession
3000096	880827	5010164632110	GA	concession
3000097	880827	5062913822600	A1	standard
3000098	880850	5079690519791	GA	standard
3000099	880850	5018627381940	D13	vip
3000100	880850	5087043631328	GA	vip
3000101	880850	5065595081440	GA	vip
3000102	880857	5003615265609	J9	standard
3000103	880857	5015959163985	GA	concession
3000104	880857	5014671355920	B2	concession
3000105	880857	5077457836907	GA	vip
3000106	880857	5058302496668	J21	vip
3000107	880857	5027868106502	J14	vip
3000108	880871	5034756846679	G1	standard
3000109	880871	5075918907975	GA	concession
3000110	880883	5035210180438	F9	concession
3000111	880892	5006133608224	GA	vip
3000112	880892	5059262281806	GA	standard
3000113	880892	5014825409783	GA	vip
3000114	880914	5023452120527	GA	vip
3000115	880930	5027566076060	GA	standard
3000116	880953	5032022093345	C13	standard
3000117	880953	5006648724099	K3	vip
3000118	880953	5047497573193	GA	standard
3000119	880979	5068456799898	B10	standard
3000120	880979	5077154043301	C20	concession
3000121	880986	5077372005631	A15	standard
3000122	880996	5003123893899	K25	standard
3000123	880996	5010352691790	E8	vip
3000124	881021	5091352217722	F14	concession
3000125	881021	5038057874607	GA	concession
3000126	881033	5088870193904	A9	standard
3000127	881050	5019063702719	GA	standard
3000128	881089	5088834553072	GA	concession
3000129	881102	5092031357685	J24	vip
3000130	881102	5057883364137	GA	standard
3000131	881102	5006852793584	G1	concession
3000132	881102	5034680562867	GA	vip
3000133	881106	5029633658452	D15	concession
3000134	881136	5071210374262	GA	concession
3000135	881136	5000443870258	GA	concession
3000136	881136	5058784293182	A8	standard
3000137	881136	5055347852268	G8	standard
3000138	881136	5063949031677	GA	standard
3000139	881136	5080405695402	GA	vip
3000140	881168	5073949811254	A19	standard
3000141	881168	5011956024038	GA	concession
3000142	881183	5080516532122	GA	concession
3000143	881183	5033897151031	C11	standard
3000144	881218	5038460947769	D4	vip
3000145	881218	5022424023026	GA	standard
3000146	881226	5004975308111	C16	concession
3000147	881230	5037286442236	GA	concession
3000148	881230	5044236799647	GA	vip
3000149	881256	5048926314660	B14	vip
3000150	881256	5052232921214	GA	standard
3000151	881256	5005633190888	G8	concession
3000152	881287	5039488724332	E4	standard
3000153	881287	5075167454282	A6	concession
3000154	881295	5050633575609	GA	vip
3000155	881295	5043280607434	C18	standard
3000156	881333	5049145573517	B2	standard
3000157	881333	5012240048440	GA	vip
3000158	881365	5072365314172	C12	concession
3000159	881365	5029726326589	F16	standard
3000160	881405	5072009993282	GA	standard
3000161	881405	5097573053750	GA	standard
3000162	881429	5051407239635	B3	concession
3000163	881429	5094781045973	GA	vip
3000164	881431	5002873442821	GA	concession
3000165	881431	5050149310848	G6	standard
3000166	881435	5074066859068	F12	vip
3000167	881435	5029889333462	F18	standard
3000168	881470	5048419970762	GA	concession
3000169	881470	5078031098605	K29	vip
3000170	881471	5024123329836	GA	concession
3000171	881471	5028903383049	E5	concession
3000172	881471	5035442302974	GA	concession
3000173	881471	5014562132685	GA	concession
3000174	881471	5064764353647	GA	standard
3000175	881471	5023015122821	D2	concession
3000176	881494	5030552453097	J21	standard
3000177	881494	5025532180353	G30	concession
3000178	881523	5063046654229	GA	vip
3000179	881523	5059945672686	GA	standard
3000180	881548	5047876587957	A19	standard
3000181	881548	5022620617043	GA	standard
3000182	881562	5059606604957	GA	standard
3000183	881562	5022033756568	GA	concession
3000184	881562	5090277737520	J18	standard
3000185	881562	5075137306467	GA	standard
3000186	881588	5071413505241	GA	standard
3000187	881588	5005596052681	K25	vip
3000188	881599	5012569864080	J3	vip
3000189	881599	5053627762610	H23	standard
3000190	881637	5057693699283	GA	concession
3000191	881653	5053217751130	GA	concession
3000192	881653	5057347388327	GA	standard
3000193	881653	5024786019082	H2	standard
3000194	881660	5069523669397	F18	standard
3000195	881660	5092984929007	GA	concession
3000196	881660	5035793151009	GA	vip
3000197	881660	5036631818689	G26	standard
3000198	881676	5089862228260	H25	vip
3000199	881701	5017965473683	GA	standard
3000200	881723	5024878355906	GA	concession
3000201	881723	5009999307171	D9	concession
3000202	881741	5044835078846	G19	standard
3000203	881741	5005957689884	A14	vip
3000204	881741	5010419664675	D4	concession
3000205	881741	5014271615226	GA	standard
3000206	881772	5097988493912	K5	standard
3000207	881808	5037505920231	GA	concession
3000208	881808	5027460536653	GA	vip
3000209	881815	5096705835721	E17	standard
3000210	881815	5025869836428	GA	standard
3000211	881815	5033128275536	GA	standard
3000212	881815	5017830520337	E24	concession
3000213	881815	5030752685915	GA	vip
3000214	881815	5050253030670	F17	standard
3000215	881830	5088963576911	GA	vip
3000216	881832	5081831026938	G26	standard
3000217	881832	5063047003330	GA	standard
3000218	881855	5052085477838	E4	standard
3000219	881855	5084616107068	H19	standard
3000220	881875	5074744874055	GA	standard
3000221	881875	5044691379767	H6	concession
3000222	881910	5041418418396	H25	standard
3000223	881943	5006935833008	GA	standard
3000224	881943	5008953457594	A7	standard
3000225	881943	5049711151767	F18	vip
3000226	881943	5027257741727	GA	standard
3000227	881943	5036001733840	J27	standard
3000228	881943	5008681344180	G16	standard
3000229	881959	5088383135026	K21	standard
3000230	881959	5043146052675	GA	standard
3000231	881959	5001310083856	GA	vip
3000232	881998	5075211964811	GA	standard
3000233	881998	5064615273582	B15	standard
3000234	882016	5049893151180	GA	vip
3000235	882024	5075294882354	GA	vip
3000236	882035	5083433639134	GA	concession
3000237	882045	5040830762759	C6	standard
3000238	882045	5014340661253	GA	vip
3000239	882045	5003269881736	D26	concession
3000240	882070	5020595623571	C22	standard
3000241	882089	5056758498861	C22	standard
3000242	882121	5008601893095	B28	concession
3000243	882121	5095446391077	J25	concession
3000244	882125	5046751706278	GA	vip
3000245	882125	5009815895134	F12	standard
3000246	882137	5005108290440	K12	concession
3000247	882137	5062014858447	GA	concession
3000248	882144	5023122039319	GA	vip
3000249	882177	5006861045629	D15	vip
3000250	882193	5042599307578	GA	vip
3000251	882193	5073818420396	K26	vip
3000252	882193	5000738445871	K7	concession
3000253	882193	5085848294373	A27	standard
3000254	882229	5015151081506	C17	standard
3000255	882229	5096194634522	D22	standard
3000256	882229	5069390872036	GA	standard
3000257	882229	5081671314790	GA	vip
3000258	882238	5029128131170	GA	vip
3000259	882248	5031996469347	E26	standard
3000260	882248	5003166426757	GA	vip
3000261	882261	5031985384460	E14	standard
3000262	882261	5095745553459	E11	standard
3000263	882264	5097249867773	F15	standard
3000264	882264	5015109882278	K21	standard
3000265	882264	5030510613136	A17	concession
3000266	882273	5065870931521	GA	concession
3000267	882288	5051576232734	GA	vip
3000268	882328	5079812492421	GA	standard
3000269	882328	5015750634783	GA	concession
3000270	882328	5058098167704	F30	concession
3000271	882328	5012735886540	GA	vip
3000272	882344	5037284535329	B9	standard
3000273	882344	5067314578088	GA	standard
3000274	882344	5009156053866	GA	vip
3000275	882356	5045055975694	GA	concession
3000276	882356	5081864334024	GA	vip
3000277	882382	5008857676442	A18	concession
3000278	882413	5039623336512	C21	vip
3000279	882453	5004708598734	GA	standard
3000280	882472	5081139461363	GA	standard
3000281	882472	5082952244393	H24	vip
3000282	882482	5077900805177	GA	concession
3000283	882482	5042352029075	GA	concession
3000284	882482	5025040050872	GA	standard
3000285	882482	5084610277637	GA	standard
3000286	882482	5052325639231	K14	vip
3000287	882482	5033817481569	C4	concession
3000288	882492	5076711996715	GA	concession
3000289	882492	5032018225682	K18	standard
3000290	882492	5098716128717	H8	concession
3000291	882531	5096894873696	G21	standard
3000292	882531	5044916526365	GA	standard
3000293	882531	5040573397607	GA	concession
3000294	882558	5069871882271	B10	standard
3000295	882558	5065976270098	E5	standard
3000296	882568	5098226713182	B8	standard
3000297	882568	5054220648707	GA	standard
3000298	882588	5096209377895	GA	concession
3000299	882588	5018710529860	GA	standard
3000300	882588	5093827766292	H17	concession
3000301	882596	5062691655810	GA	standard
3000302	882596	5066528458490	GA	vip
3000303	882635	5055621365606	F7	concession
3000304	882635	5041091360302	G2	standard
3000305	882635	5034307389051	GA	vip
3000306	882635	5031879832985	GA	concession
3000307	882635	5031638068853	GA	standard
3000308	882635	5000267656069	GA	standard
3000309	882667	5014247948679	F25	standard
3000310	882692	5010889798566	GA	vip
3000311	882692	5037702212276	A12	standard
3000312	882699	5017239098888	D24	vip
3000313	882699	5003034239366	G25	standard
3000314	882718	5052300157286	A12	standard
3000315	882726	5094992841890	GA	standard
3000316	882764	5031822042034	C14	vip
3000317	882764	5093230763802	GA	standard
3000318	882766	5003484875947	E21	standard
3000319	882774	5073068167072	GA	vip
3000320	882774	5044807380342	J14	concession
3000321	882778	5014564919628	K22	vip
3000322	882795	5019149496013	GA	vip
3000323	882795	5097001438876	GA	standard
3000324	882804	5047729050119	E15	concession
3000325	882804	5065425063998	GA	standard
3000326	882835	5041128219245	GA	concession
3000327	882867	5010297078403	A24	standard
3000328	882867	5083616492273	K17	standard
3000329	882867	5084567563975	GA	concession
3000330	882867	5017772694646	C7	vip
3000331	882905	5020613981263	GA	vip
3000332	882905	5016957424399	GA	standard
3000333	882905	5049316681799	G2	vip
3000334	882905	5037912764480	GA	concession
3000335	882916	5022235494237	GA	standard
3000336	882916	5039837392540	B1	vip
3000337	882916	5014951612576	D3	concession
3000338	882944	5079938877584	GA	standard
3000339	882944	5066264702611	GA	concession
3000340	882952	5030215087805	GA	vip
3000341	882952	5090086056775	GA	concession
3000342	882952	5097456224345	H25	concession
3000343	882987	5036911165540	GA	concession
3000344	882987	5090872606313	GA	vip
3000345	882987	5020672270605	GA	standard
3000346	882987	5024198684564	GA	standard
3000347	882988	5054176488792	J13	vip
3000348	882988	5010938844527	GA	concession
3000349	882995	5076223655506	E3	standard
3000350	882995	5037793317249	A15	standard
3000351	882995	5026043927147	GA	vip
3000352	883012	5062468946691	GA	concession
3000353	883012	5000176916131	E23	standard
3000354	883012	5071766320447	GA	standard
3000355	883013	5079023651402	B25	vip
3000356	883013	5039760911511	GA	standard
3000357	883013	5045463033511	GA	standard
3000358	883013	5041428883559	GA	concession
3000359	883051	5040183483080	D22	concession
3000360	883053	5038349568429	GA	concession
3000361	883053	5010904684362	J14	standard
3000362	883053	5021091813954	H11	standard
3000363	883053	5079923521928	C17	standard
3000364	883057	5073190812307	K22	concession
3000365	883057	5073700885869	D4	standard
3000366	883073	5012120559486	GA	standard
3000367	883073	5071254259143	H28	vip
3000368	883085	5001807930441	GA	standard
3000369	883085	5080479315381	GA	standard
3000370	883085	5079355424590	K23	vip
3000371	883085	5021276059634	K19	concession
3000372	883100	5044179922782	GA	concession
3000373	883131	5049978111764	GA	standard
3000374	883131	5017000328442	GA	standard
3000375	883131	5097064365133	B23	standard
3000376	883131	5016262223908	K7	standard
3000377	883156	5005288140603	GA	standard
3000378	883156	5099745853090	GA	vip
3000379	883156	5062876931944	GA	standard
3000380	883156	5038799899814	GA	vip
3000381	883156	5088347463677	H3	standard
3000382	883156	5077437542835	GA	standard
3000383	883194	5094058023758	D1	concession
3000384	883194	5090687933307	D24	standard
3000385	883212	5056427418909	GA	standard
3000386	883212	5015277955514	GA	standard
3000387	883222	5075028223972	GA	concession
3000388	883222	5092965106540	G17	standard
3000389	883241	5064181914278	GA	standard
3000390	883241	5032757009840	E28	concession
3000391	883241	5028286186008	E28	standard
3000392	883241	5001863507496	GA	standard
3000393	883241	5081928229532	GA	standard
3000394	883241	5083976845191	GA	concession
3000395	883266	5008683581798	E20	standard
3000396	883266	5059531875491	GA	vip
3000397	883266	5003557545548	D23	vip
3000398	883266	5046917475178	D16	standard
3000399	883266	5097385968174	GA	standard
3000400	883266	5091807854991	GA	vip
3000401	883283	5001399202063	GA	standard
3000402	883300	5011730553044	B15	vip
3000403	883300	5017855577392	B23	standard
3000404	883313	5098995836242	H5	vip
3000405	883351	5074843972867	GA	standard
3000406	883351	5024127923665	GA	concession
3000407	883367	5039002685446	GA	standard
3000408	883367	5067018771563	GA	standard
3000409	883403	5013941896316	G17	standard
3000410	883403	5011102399737	GA	standard
3000411	883419	5016167272506	G17	standard
3000412	883419	5046731490050	J11	concession
3000413	883419	5028737361015	GA	standard
3000414	883419	5023770583387	GA	vip
3000415	883419	5066661948919	D11	standard
3000416	883419	5016967514967	B8	concession
3000417	883440	5044091528130	A30	standard
3000418	883440	5017509725766	D15	standard
3000419	883451	5014782386370	GA	standard
3000420	883451	5067241416668	E6	vip
3000421	883451	5056965169042	H5	vip
3000422	883491	5051862387155	J20	concession
3000423	883491	5090210434851	J14	concession
3000424	883523	5046931123147	E19	standard
3000425	883523	5023511191130	GA	standard
3000426	883542	5099143840722	GA	standard
3000427	883545	5010047782949	B8	concession
3000428	883545	5003914227766	J28	concession
3000429	883580	5018190197641	GA	vip
3000430	883580	5038746140990	GA	concession
3000431	883580	5001993727689	GA	standard
3000432	883580	5066535224231	C9	concession
3000433	883620	5066307544581	GA	concession
3000434	883620	5005524553228	J11	vip
3000435	883650	5048475962039	C11	vip
3000436	883657	5033396324837	J13	concession
3000437	883657	5048761573628	F9	vip
3000438	883693	5087200619046	GA	standard
3000439	883701	5044082313356	GA	concession
3000440	883701	5027010973853	A20	standard
3000441	883723	5004794626298	GA	vip
3000442	883723	5042349142787	GA	concession
3000443	883723	5090510526683	GA	vip
3000444	883723	5064397740081	GA	standard
3000445	883746	5039472486024	A30	vip
3000446	883746	5067687858909	GA	standard
3000447	883746	5005419914646	GA	standard
3000448	883746	5073362205296	GA	standard
3000449	883774	5051042183782	H6	vip
3000450	883774	5089666219259	G7	standard
3000451	883787	5017662309704	GA	vip
3000452	883787	5068510175958	GA	standard
3000453	883820	5075902189592	GA	standard
3000454	883820	5077943519253	A1	standard
3000455	883820	5000453599620	GA	standard
3000456	883847	5043675756761	GA	standard
3000457	883847	5087039834559	A9	standard
3000458	883868	5036880413437	GA	standard
3000459	883876	5006161876879	D7	standard
3000460	883916	5062187745308	E21	concession
3000461	883949	5081859094643	GA	concession
3000462	883956	5082228864997	A15	standard
3000463	883956	5022797982319	A2	standard
3000464	883956	5050483993608	GA	concession
3000465	883992	5045606994600	F25	vip
3000466	884011	5006515908584	C18	vip
3000467	884024	5036335907337	D6	concession
3000468	884056	5032696453575	C20	standard
3000469	884056	5077328407267	C9	standard
3000470	884056	5088553806060	K5	concession
3000471	884056	5035023802862	C3	vip
3000472	884068	5045855780221	B10	standard
3000473	884068	5004383097058	A5	standard
3000474	884108	5089164186299	E19	standard
3000475	884133	5021544081848	GA	concession
3000476	884133	5027046133115	A15	standard
3000477	884161	5034689170766	G28	vip
3000478	884182	5025732976015	GA	standard
3000479	884182	5027602799069	E2	vip
3000480	884209	5053888532472	C6	standard
3000481	884236	5023291878511	GA	vip
3000482	884270	5049266765297	GA	vip
3000483	884270	5007062786045	GA	vip
3000484	884270	5025092421286	C26	vip
3000485	884308	5015099328336	D19	concession
3000486	884308	5062285540263	GA	standard
3000487	884342	5094307468064	G29	standard
3000488	884375	5065628334277	D3	standard
3000489	884375	5000931820550	GA	standard
3000490	884393	5029523046482	H2	vip
3000491	884419	5065804264688	GA	concession
3000492	884419	5052779576090	GA	vip
3000493	884429	5043074151723	J24	standard
3000494	884429	5092862140098	D10	vip
3000495	884444	5070983926197	GA	vip
3000496	884444	5038196205355	K5	concession
3000497	884448	5048318034480	GA	standard
3000498	884448	5074266253116	GA	concession
3000499	884467	5062206891115	J24	standard
3000500	884467	5079150381838	B3	concession
3000501	884467	5057529652970	A14	standard
3000502	884467	5023373678923	GA	standard
3000503	884474	5001120115150	GA	concession
3000504	884474	5078532764580	G18	concession
3000505	884490	5077700856720	G7	vip
3000506	884490	5052351768912	GA	concession
3000507	884494	5041659032504	GA	vip
3000508	884494	5037855550225	GA	vip
3000509	884494	5059362592710	GA	concession
3000510	884514	5045339853304	J16	concession
3000511	884514	5075090652434	GA	concession
3000512	884514	5055202002609	GA	standard
3000513	884514	5034099036102	K6	standard
3000514	884525	5057173060343	F8	concession
3000515	884525	5039077411704	A20	concession
3000516	884540	5044956428742	GA	vip
3000517	884540	5024577225203	GA	concession
3000518	884578	5038846466167	GA	vip
3000519	884578	5067386130726	GA	standard
3000520	884602	5029280073141	GA	concession
3000521	884641	5025196761967	GA	standard
3000522	884641	5014182511709	GA	standard
3000523	884641	5014950232614	A21	standard
3000524	884641	5092552540245	E8	vip
3000525	884660	5056898816563	B15	standard
3000526	884679	5013972795107	D3	standard
3000527	884679	5063088407517	GA	concession
3000528	884688	5004286547353	E24	vip
3000529	884689	5012167965448	G21	standard
3000530	884689	5099015845510	B4	standard
3000531	884728	5071046927304	GA	vip
3000532	884728	5022516909009	GA	standard
3000533	884740	5044001514550	G15	standard
3000534	884740	5027425616918	GA	concession
3000535	884745	5004894593575	GA	concession
3000536	884745	5017343538874	GA	standard
3000537	884748	5051025251552	D14	standard
3000538	884748	5037454604701	G13	concession
3000539	884783	5056718210571	K24	concession
3000540	884783	5068582808105	GA	concession
3000541	884799	5066675842630	GA	standard
3000542	884799	5004234211183	GA	standard
3000543	884807	5079836888439	GA	standard
3000544	884807	5087264691972	K10	concession
3000545	884820	5062711002075	K17	standard
3000546	884820	5068545541667	GA	vip
3000547	884842	5011680480797	E25	concession
3000548	884842	5067141337490	GA	vip
3000549	884842	5040331987378	B11	standard
3000550	884842	5009891023971	G1	concession
3000551	884842	5000019962448	H19	standard
3000552	884842	5035533550420	H13	vip
3000553	884873	5095214914910	G30	concession
3000554	884873	5000841736934	E22	standard
3000555	884895	5078566578535	GA	vip
3000556	884895	5059052270416	GA	vip
3000557	884895	5020900241421	C13	concession
3000558	884901	5000190011799	D27	vip
3000559	884901	5038527675734	H5	concession
3000560	884901	5071846500585	E9	vip
3000561	884901	5023019562661	GA	vip
3000562	884937	5060398208810	F1	vip
3000563	884965	5081002116079	GA	standard
3000564	884988	5001496586684	GA	standard
3000565	885022	5016210791039	GA	vip
3000566	885054	5045728450053	GA	vip
3000567	885054	5011107568503	GA	standard
3000568	885055	5086199505576	D12	standard
3000569	885055	5036150937878	GA	standard
3000570	885085	5063349196624	F17	standard
3000571	885085	5066184231444	E16	standard
3000572	885112	5065344655212	GA	standard
3000573	885112	5005394148197	GA	standard
3000574	885152	5054682285441	GA	standard
3000575	885152	5008278743457	D19	concession
3000576	885154	5060877808104	GA	standard
3000577	885154	5046786354567	GA	standard
3000578	885159	5072443096532	F29	concession
3000579	885159	5095572675324	H30	vip
3000580	885159	5040765750470	GA	standard
3000581	885159	5034302153046	B26	standard
3000582	885177	5039174564587	GA	concession
3000583	885177	5015351926935	GA	standard
3000584	885212	5038763924542	A15	standard
3000585	885212	5092591494486	GA	concession
3000586	885218	5095380059552	C1	vip
3000587	885218	5070724615151	C24	standard
3000588	885251	5013339036348	A19	standard
3000589	885251	5045953667196	GA	standard
3000590	885251	5031556945786	J18	vip
3000591	885251	5028847271952	J17	standard
3000592	885251	5006956059609	D30	concession
3000593	885251	5065155791857	GA	concession
3000594	885256	5070048610184	C13	standard
3000595	885256	5033615072167	GA	vip
3000596	885256	5007538216830	C23	standard
3000597	885256	5051258556363	GA	concession
3000598	885282	5069352007933	GA	standard
3000599	885292	5084081334679	B21	vip
3000600	885292	5070730269393	G14	standard
3000601	885292	5063920837212	GA	concession
3000602	885292	5098913511626	GA	concession
3000603	885303	5030754429050	C20	standard
3000604	885303	5053622176207	H9	vip
3000605	885338	5094687499801	J26	vip
3000606	885351	5097193007287	A4	standard
3000607	885387	5053438953856	GA	standard
3000608	885423	5064306681535	GA	concession
3000609	885423	5013108444886	GA	standard
3000610	885423	5032319598959	J28	concession
3000611	885438	5056502150182	GA	standard
3000612	885438	5097226314696	C13	standard
3000613	885438	5068518139716	GA	standard
3000614	885458	5017722601625	B16	concession
3000615	885458	5077588272216	GA	standard
3000616	885492	5017881931342	A15	standard
3000617	885508	5085904869439	K12	standard
3000618	885512	5025989049029	GA	vip
3000619	885542	5013764865292	C28	vip
3000620	885542	5017763241965	G12	vip
3000621	885542	5041533192270	B1	standard
3000622	885542	5037793286644	A30	standard
3000623	885582	5017729757875	GA	concession
3000624	885582	5034744997031	K22	concession
3000625	885582	5020593937816	C10	concession
3000626	885582	5016453642204	A15	concession
3000627	885622	5098184788567	C19	standard
3000628	885634	5024901147430	GA	standard
3000629	885670	5081026426222	H14	standard
3000630	885700	5067233604929	GA	vip
3000631	885708	5063195046708	E13	standard
3000632	885726	5062763117864	GA	concession
3000633	885746	5071480608838	GA	vip
3000634	885746	5068348835468	GA	standard
3000635	885769	5094809259610	GA	standard
3000636	885769	5041995979051	GA	concession
3000637	885769	5018246804363	K8	vip
3000638	885769	5086718494114	GA	concession
3000639	885808	5083016722338	GA	vip
3000640	885808	5008607499673	GA	standard
3000641	885808	5052879362197	G5	concession
3000642	885808	5041120994416	C9	standard
3000643	885819	5060977126450	B28	concession
3000644	885831	5093354125388	F18	vip
3000645	885864	5009394334185	GA	vip
3000646	885864	5087778538367	K12	standard
3000647	885864	5070849879841	K23	concession
3000648	885873	5001443961076	GA	vip
3000649	885873	5099807603199	J29	standard
3000650	885910	5003603389836	GA	standard
3000651	885910	5072700259731	F1	vip
3000652	885910	5035111277046	GA	standard
3000653	885910	5009661706530	E15	standard
3000654	885925	5044744100744	G27	standard
3000655	885925	5074085822234	GA	standard
3000656	885925	5031099343728	H2	vip
3000657	885925	5018040909547	C16	standard
3000658	885930	5094951740493	GA	vip
3000659	885930	5071456338615	GA	standard
3000660	885943	5051425569998	A1	vip
3000661	885943	5084207449485	GA	standard
3000662	885979	5046752551914	J17	vip
3000663	886004	5000615724433	E26	standard
3000664	886004	5085927186827	A5	concession
3000665	886004	5068551873271	E22	standard
3000666	886004	5043791068045	GA	vip
3000667	886020	5086989950258	GA	standard
3000668	886020	5053743825800	J14	standard
3000669	886020	5047121978318	GA	standard
3000670	886047	5095584421438	GA	standard
3000671	886069	5028785161773	H19	standard
3000672	886099	5041142376627	GA	vip
3000673	886099	5025846279880	GA	standard
3000674	886136	5096259983442	H1	vip
3000675	886136	5073911883340	GA	concession
3000676	886166	5057094391656	E6	standard
3000677	886166	5040532488803	J29	standard
3000678	886166	5054667632376	GA	vip
3000679	886166	5014005412602	G10	standard
3000680	886187	5027735918535	C10	vip
3000681	886187	5088762474418	B20	standard
3000682	886187	5091046832750	J12	standard
3000683	886216	5072635272539	GA	vip
3000684	886216	5072324653120	C2	concession
3000685	886216	5096972968573	A17	standard
3000686	886216	5024947497247	G23	vip
3000687	886216	5057877711602	C12	vip
3000688	886216	5063350255730	GA	standard
3000689	886247	5017776422931	C24	standard
3000690	886247	5034313572393	G18	standard
3000691	886284	5034527060136	GA	vip
3000692	886286	5040691301111	GA	standard
3000693	886316	5034038997150	B22	concession
3000694	886316	5052025614514	B21	concession
3000695	886341	5037432037132	F24	vip
3000696	886362	5085972552103	C22	vip
3000697	886362	5033871802096	C4	vip
3000698	886362	5050702577985	GA	vip
3000699	886362	5056464354710	D8	concession
3000700	886391	5027811983082	F23	concession
3000701	886391	5022067986306	C17	concession
3000702	886409	5065656340455	B15	vip
3000703	886411	5003026880491	D7	concession
3000704	886411	5041874650699	F24	concession
3000705	886435	5040659006232	GA	concession
3000706	886453	5023442167600	GA	concession
3000707	886453	5048041055776	GA	standard
3000708	886453	5023747987415	J3	standard
3000709	886484	5016301418555	G13	vip
3000710	886496	5078556236001	GA	concession
3000711	886496	5073763256873	K5	vip
3000712	886496	5056479585857	GA	standard
3000713	886536	5029527877259	GA	concession
3000714	886541	5029731387728	E25	standard
3000715	886541	5099837989805	GA	standard
3000716	886541	5017395707808	F10	standard
3000717	886581	5038143939630	C23	concession
3000718	886595	5032983443036	GA	standard
3000719	886595	5048767678396	GA	concession
3000720	886595	5005680613569	E22	standard
3000721	886621	5074593640092	GA	standard
3000722	886621	5089151507304	GA	standard
3000723	886621	5036920439380	GA	vip
3000724	886621	5050700658853	E10	standard
3000725	886635	5041067201059	F26	standard
3000726	886635	5096682753469	B24	standard
3000727	886669	5056391287822	H22	vip
3000728	886669	5041457959768	H29	vip
3000729	886669	5090590296865	B19	concession
3000730	886669	5061441904604	GA	standard
3000731	886669	5025739729096	C25	vip
3000732	886669	5046353875020	GA	vip
3000733	886692	5085762587339	GA	vip
3000734	886692	5082415791945	C1	concession
3000735	886730	5065665623082	GA	standard
3000736	886730	5047987523332	GA	concession
3000737	886768	5019158064654	GA	standard
3000738	886768	5082997661285	A1	concession
3000739	886775	5074616361263	B12	concession
3000740	886775	5034523805311	F23	standard
3000741	886775	5052497817123	GA	concession
3000742	886775	5064929281181	GA	standard
3000743	886808	5006766161578	GA	vip
3000744	886808	5081842109545	B10	vip
3000745	886825	5066377935364	GA	vip
3000746	886828	5069773832787	GA	vip
3000747	886828	5099372787270	C27	standard
3000748	886828	5045797233236	GA	standard
3000749	886828	5097472223711	GA	standard
3000750	886828	5000278637897	GA	concession
3000751	886828	5073050098025	D27	standard
3000752	886831	5008991625795	GA	standard
3000753	886831	5062397980681	A27	concession
3000754	886852	5052322622830	GA	standard
3000755	886852	5082234540038	J15	vip
3000756	886852	5010992947097	C1	vip
3000757	886877	5061248462772	GA	standard
3000758	886877	5000572963692	GA	standard
3000759	886883	5004679272855	GA	standard
3000760	886883	5059821393797	GA	standard
3000761	886883	5062053958825	GA	concession
3000762	886883	5070033908456	K30	concession
3000763	886884	5084522432377	GA	standard
3000764	886922	5035486962516	K17	standard
3000765	886922	5037200690149	GA	standard
3000766	886955	5051369630907	GA	standard
3000767	886955	5069338705723	GA	vip
3000768	886955	5084867001450	GA	standard
3000769	886955	5062563052211	GA	vip
3000770	886970	5029697740001	E4	vip
3000771	887000	5059397159711	GA	concession
3000772	887000	5016926748884	GA	vip
3000773	887000	5068827653699	GA	standard
3000774	887003	5011998955543	GA	standard
3000775	887003	5093064000463	GA	vip
3000776	887009	5048399110639	GA	concession
3000777	887009	5091852921280	GA	concession
3000778	887040	5024529523968	B23	standard
3000779	887054	5045583826833	GA	standard
3000780	887054	5066180499923	C28	standard
3000781	887086	5064324126858	GA	concession
3000782	887086	5049211228235	GA	standard
3000783	887122	5092207164680	GA	standard
3000784	887122	5098494533024	GA	standard
3000785	887122	5015875080311	GA	standard
3000786	887122	5036968502725	G13	standard
3000787	887161	5022043042699	C7	standard
3000788	887185	5079044155118	B20	standard
3000789	887185	5026846226423	GA	vip
3000790	887185	5098033084079	H12	standard
3000791	887185	5017647810874	GA	standard
3000792	887188	5051483323921	GA	standard
3000793	887188	5067275816533	C6	concession
3000794	887197	5023321539429	GA	standard
3000795	887197	5045530065360	GA	vip
3000796	887197	5012754401649	E19	standard
3000797	887197	5084269094753	GA	standard
3000798	887203	5073003530343	GA	standard
3000799	887203	5052050371024	J2	concession
3000800	887235	5096374982221	GA	vip
3000801	887235	5048717588973	D11	concession
3000802	887241	5006429919317	G18	vip
3000803	887269	5022485288754	C19	standard
3000804	887269	5038659479002	C14	standard
3000805	887277	5026674532598	GA	vip
3000806	887283	5073473746275	GA	standard
3000807	887285	5074337855485	B26	standard
3000808	887285	5099676646358	GA	concession
3000809	887292	5012816367272	GA	standard
3000810	887292	5086685201470	GA	vip
3000811	887301	5027984338627	F22	concession
3000812	887338	5057239523553	E8	standard
3000813	887338	5082199662554	GA	standard
3000814	887338	5011279223200	A15	vip
3000815	887361	5047758696609	GA	concession
3000816	887361	5047042537090	GA	concession
3000817	887361	5028905912674	J6	standard
3000818	887365	5090359708820	GA	concession
3000819	887387	5075037560358	GA	concession
3000820	887387	5088249329507	GA	concession
3000821	887387	5092797206289	GA	concession
3000822	887387	5076306620667	K22	vip
3000823	887403	5020493760880	A7	standard
3000824	887403	5070610886924	GA	concession
3000825	887405	5019614146924	C28	concession
3000826	887405	5073191281362	GA	concession
3000827	887405	5060441302366	GA	concession
3000828	887423	5013903487019	GA	vip
3000829	887423	5039903519277	GA	vip
3000830	887423	5051900162218	C3	standard
3000831	887423	5009100960226	A27	standard
3000832	887423	5072788473982	GA	vip
3000833	887423	5088756950201	K22	standard
3000834	887449	5048709894693	GA	standard
3000835	887461	5082427814847	GA	standard
3000836	887461	5066902876254	F11	standard
3000837	887461	5007623431117	E27	concession
3000838	887461	5002257376636	J29	standard
3000839	887489	5059884102176	H11	vip
3000840	887489	5040728583862	GA	standard
3000841	887528	5068250963105	GA	standard
3000842	887542	5060374804890	GA	standard
3000843	887542	5017184313678	H4	concession
3000844	887550	5074173726895	A12	standard
3000845	887550	5032801607435	GA	concession
3000846	887585	5052227429954	E4	standard
3000847	887585	5078373824290	GA	standard
3000848	887622	5036248900173	E13	concession
3000849	887622	5099203595159	GA	vip
3000850	887629	5080262912032	K13	concession
3000851	887629	5089961393999	E13	standard
3000852	887664	5050617824853	GA	standard
3000853	887664	5066848540400	GA	concession
3000854	887664	5061860465618	F12	standard
3000855	887689	5056501207696	E13	standard
3000856	887689	5044342303226	GA	concession
3000857	887689	5038630734755	K24	vip
3000858	887689	5067363523374	E21	standard
3000859	887689	5064705251834	K15	concession
3000860	887689	5024630604259	C8	standard
3000861	887701	5014044858126	GA	standard
3000862	887701	5063144948190	K12	standard
3000863	887715	5026609569118	J8	vip
3000864	887724	5051475619827	G17	concession
3000865	887724	5051099732513	K25	concession
3000866	887739	5031751755845	H15	concession
3000867	887739	5085777756454	GA	standard
3000868	887774	5003640575315	J7	standard
3000869	887774	5020384566935	C29	concession
3000870	887774	5004081493787	GA	standard
3000871	887774	5069595545216	D25	vip
3000872	887774	5021489925078	GA	standard
3000873	887774	5000890316903	F9	standard
3000874	887808	5089409771563	GA	standard
3000875	887808	5052206580492	GA	standard
3000876	887808	5019325031502	A16	concession
3000877	887808	5048840306147	GA	concession
3000878	887808	5090022544014	K25	concession
3000879	887808	5090953143867	C16	standard
3000880	887847	5091448430851	GA	standard
3000881	887847	5070078963212	A11	concession
3000882	887874	5099500590253	B4	standard
3000883	887874	5001078603990	GA	standard
3000884	887907	5058503259024	GA	standard
3000885	887938	5035226758058	GA	concession
3000886	887938	5070087424773	GA	vip
3000887	887951	5097156391811	GA	standard
3000888	887951	5093473773842	GA	vip
3000889	887951	5062749298952	GA	concession
3000890	887951	5059455647891	GA	standard
3000891	887977	5033638552158	GA	standard
3000892	887977	5083378188735	C13	standard
3000893	887977	5065104775730	GA	concession
3000894	887977	5049376994716	GA	standard
3000895	887984	5079475854901	A28	concession
3000896	887984	5053319282815	GA	standard
3000897	887984	5069953907090	GA	concession
3000898	887984	5066186633048	F30	vip
3000899	888009	5081257321679	F10	standard
3000900	888024	5083567111636	K25	standard
3000901	888024	5008825360427	GA	vip
3000902	888024	5077278966487	A30	concession
3000903	888038	5063126278215	GA	standard
3000904	888038	5064725993943	D4	vip
3000905	888078	5040812343419	H10	standard
3000906	888078	5014420382702	GA	standard
3000907	888116	5000453478833	G18	vip
3000908	888116	5088286343139	GA	standard
3000909	888140	5004013605820	GA	standard
3000910	888140	5025098945731	H8	concession
3000911	888140	5096413323954	J26	concession
3000912	888140	5065077293491	F14	concession
3000913	888173	5039006735277	D24	concession
3000914	888199	5068804334412	GA	vip
3000915	888208	5035134634925	J28	vip
3000916	888208	5019532452046	GA	vip
3000917	888208	5055490458324	GA	standard
3000918	888225	5044528768535	C16	standard
3000919	888225	5054788188509	C8	standard
3000920	888238	5046827340849	GA	vip
3000921	888238	5055669336255	GA	standard
3000922	888242	5053825641830	GA	vip
3000923	888242	5065822828473	GA	standard
3000924	888248	5095043770268	GA	vip
3000925	888248	5039298354798	F17	vip
3000926	888248	5004501539187	GA	standard
3000927	888248	5020842103030	GA	vip
3000928	888263	5063553200728	K16	concession
3000929	888270	5050824951878	GA	concession
3000930	888300	5055010020420	E24	vip
3000931	888300	5030964765641	G19	standard
3000932	888322	5075333135564	GA	concession
3000933	888322	5043662223795	GA	concession
3000934	888341	5030359404629	F9	vip
3000935	888341	5090768094866	GA	standard
3000936	888341	5099279623206	GA	standard
3000937	888341	5079514817034	B16	vip
3000938	888343	5088051963739	K26	concession
3000939	888343	5023000412449	C8	standard
3000940	888343	5018546345665	GA	vip
3000941	888343	5057472704054	H17	standard
3000942	888350	5032929259578	D29	vip
3000943	888350	5048925264591	K22	standard
3000944	888350	5063262816715	E9	standard
3000945	888360	5003968405363	GA	standard
3000946	888360	5069941076357	G18	vip
3000947	888398	5066281268497	GA	standard
3000948	888398	5066473626708	K28	vip
3000949	888398	5071273764413	G30	standard
3000950	888398	5078503586371	GA	concession
3000951	888422	5021549482992	GA	concession
3000952	888422	5018711389043	F29	vip
3000953	888422	5014749402822	GA	standard
3000954	888422	5073224015285	GA	concession
3000955	888446	5056068966883	J20	standard
3000956	888446	5086402218316	GA	vip
3000957	888446	5015150244131	A29	standard
3000958	888446	5047256325155	G9	standard
3000959	888446	5002963461343	F15	standard
3000960	888446	5047836616604	K22	standard
3000961	888454	5084550343584	E29	concession
3000962	888454	5011551047173	E26	concession
3000963	888461	5002223571355	B16	standard
3000964	888492	5089368639881	C24	standard
3000965	888492	5065717441503	H13	standard
3000966	888495	5092273669522	G24	vip
3000967	888495	5089410244537	GA	concession
3000968	888518	5007741491222	J26	vip
3000969	888518	5082565376443	GA	vip
3000970	888518	5065076092088	GA	concession
3000971	888529	5062173399867	GA	standard
3000972	888529	5059648592359	GA	standard
3000973	888538	5011657322563	GA	standard
3000974	888538	5077770247213	F7	standard
3000975	888538	5066821936992	GA	concession
3000976	888538	5056262982269	J27	standard
3000977	888561	5060280705977	B8	vip
3000978	888571	5004329358410	D10	concession
3000979	888594	5034359361715	C4	standard
3000980	888594	5020402068083	GA	standard
3000981	888594	5054264821586	GA	concession
3000982	888627	5082739888727	A10	standard
3000983	888627	5096089444090	B1	concession
3000984	888655	5053799161983	GA	concession
3000985	888655	5051625297745	J19	standard
3000986	888655	5094927990761	GA	standard
3000987	888655	5091598039232	GA	vip
3000988	888692	5091950877830	GA	vip
3000989	888692	5078534605188	B13	standard
3000990	888717	5034558909855	GA	standard
3000991	888720	5047950966883	GA	vip
3000992	888720	5076917044586	B12	vip
3000993	888720	5002231389843	GA	concession
3000994	888720	5003225496486	B9	standard
3000995	888756	5002558211582	A1	standard
3000996	888756	5086823097491	E5	vip
3000997	888794	5017779861935	GA	concession
3000998	888794	5074807739468	K7	vip
3000999	888794	5039933082338	GA	standard
3001000	888794	5021483710618	GA	standard
3001001	888794	5091588118398	GA	standard
3001002	888794	5003063060122	B6	standard
3001003	888829	5053499381308	C30	standard
3001004	888829	5043845097830	GA	vip
3001005	888829	5006256921958	J13	concession
3001006	888829	5013332566156	GA	concession
3001007	888829	5067740230307	C2	concession
3001008	888829	5072837232379	GA	concession
3001009	888831	5043640281403	GA	vip
3001010	888831	5006007805605	GA	concession
3001011	888839	5090570363099	H8	standard
3001012	888839	5034534384409	E7	standard
3001013	888839	5073579573607	GA	standard
3001014	888863	5076692969272	GA	vip
3001015	888863	5091219580150	A16	concession
3001016	888863	5099326231859	K22	standard
3001017	888895	5021249647318	F6	vip
3001018	888924	5085085594601	E25	standard
3001019	888924	5010902587467	F5	vip
3001020	888937	5057618332158	C27	vip
3001021	888937	5019977648141	GA	vip
3001022	888942	5054552807971	B13	standard
3001023	888979	5030761831334	G17	standard
3001024	888993	5043981971001	GA	standard
3001025	888993	5014089693515	GA	standard
3001026	889014	5097031940103	GA	standard
3001027	889014	5074076959697	GA	vip
3001028	889016	5048332548864	GA	standard
3001029	889040	5013751994066	A17	standard
3001030	889040	5063501144944	GA	standard
3001031	889076	5033265326832	GA	vip
3001032	889092	5061905881502	F5	standard
3001033	889092	5092911343562	GA	standard
3001034	889117	5020855108626	GA	standard
3001035	889117	5053051095599	GA	standard
3001036	889117	5014528814334	GA	standard
3001037	889119	5086565314931	A28	concession
3001038	889156	5053010945309	H14	standard
3001039	889156	5019027941321	GA	vip
3001040	889156	5074921181273	B25	vip
3001041	889178	5055621131836	D30	vip
3001042	889206	5045525922944	GA	standard
3001043	889214	5020231419131	E26	standard
3001044	889214	5092767947563	J17	standard
3001045	889214	5009430291281	GA	standard
3001046	889240	5077024411803	A28	standard
3001047	889240	5051637131341	GA	standard
3001048	889240	5077506415015	B10	standard
3001049	889240	5086649649249	GA	concession
3001050	889240	5089141704508	GA	concession
3001051	889240	5023454911468	GA	standard
3001052	889250	5081472530061	A3	vip
3001053	889250	5012837935665	GA	standard
3001054	889250	5067762928664	A19	standard
3001055	889250	5053895009004	J24	standard
3001056	889268	5068424939431	GA	vip
3001057	889306	5066496663100	F28	standard
3001058	889306	5048716595002	J26	vip
3001059	889307	5042261535810	GA	concession
3001060	889307	5088928211352	K27	vip
3001061	889307	5032790185112	C14	standard
3001062	889344	5062322157096	GA	concession
3001063	889344	5095101277258	A16	concession
\.


--
-- Name: customers_id_seq; Type: SEQUENCE SET; Schema: public; Owner: tixhouse
--

SELECT pg_catalog.setval('public.customers_id_seq', 10226, true);


--
-- Name: customer_addresses_id_seq; Type: SEQUENCE SET; Schema: public; Owner: tixhouse
--

SELECT pg_catalog.setval('public.customer_addresses_id_seq', 98, true);


--
-- Name: events_id_seq; Type: SEQUENCE SET; Schema: public; Owner: tixhouse
--

SELECT pg_catalog.setval('public.events_id_seq', 536, true);


--
-- Name: orders_id_seq; Type: SEQUENCE SET; Schema: public; Owner: tixhouse
--

SELECT pg_catalog.setval('public.orders_id_seq', 889344, true);


--
-- Name: tickets_id_seq; Type: SEQUENCE SET; Schema: public; Owner: tixhouse
--

SELECT pg_catalog.setval('public.tickets_id_seq', 3001063, true);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: public; Owner: tixhouse
--

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: customer_addresses customer_addresses_pkey; Type: CONSTRAINT; Schema: public; Owner: tixhouse
--

ALTER TABLE ONLY public.customer_addresses
    ADD CONSTRAINT customer_addresses_pkey PRIMARY KEY (id);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: public; Owner: tixhouse
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: tixhouse
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: public; Owner: tixhouse
--

ALTER TABLE ONLY public.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: customers customers_email_key; Type: CONSTRAINT; Schema: public; Owner: tixhouse
--

ALTER TABLE ONLY public.customers
    ADD CONSTRAINT customers_email_key UNIQUE (email);


--
-- Name: orders orders_order_ref_key; Type: CONSTRAINT; Schema: public; Owner: tixhouse
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_order_ref_key UNIQUE (order_ref);


--
-- Name: idx_orders_customer_id; Type: INDEX; Schema: public; Owner: tixhouse
--

CREATE INDEX idx_orders_customer_id ON public.orders USING btree (customer_id);


--
-- Name: customer_addresses customer_addresses_customer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: tixhouse
--

ALTER TABLE ONLY public.customer_addresses
    ADD CONSTRAINT customer_addresses_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE;


--
-- Name: orders orders_customer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: tixhouse
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers(id);


--
-- Name: orders orders_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: tixhouse
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(id);


--
-- Name: tickets tickets_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: tixhouse
--

ALTER TABLE ONLY public.tickets
    ADD CONSTRAINT tickets_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

