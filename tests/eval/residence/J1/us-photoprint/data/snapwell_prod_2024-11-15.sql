--
-- PostgreSQL database dump
--

-- Dumped from database version 15.8 (Ubuntu 15.8-1.pgdg22.04+1)
-- Dumped by pg_dump version 15.8 (Ubuntu 15.8-1.pgdg22.04+1)

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
-- Name: plan_tier; Type: TYPE; Schema: public; Owner: snapwell_app
--

CREATE TYPE public.plan_tier AS ENUM (
    'free',
    'plus',
    'pro'
);


ALTER TYPE public.plan_tier OWNER TO snapwell_app;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: users; Type: TABLE; Schema: public; Owner: snapwell_app
--

CREATE TABLE public.users (
    id bigint NOT NULL,
    public_id uuid NOT NULL,
    email character varying(254) NOT NULL,
    username character varying(40) NOT NULL,
    password_hash character varying(72) NOT NULL,
    first_name character varying(80),
    last_name character varying(80),
    display_name character varying(120),
    profile_location character varying(120),
    plan public.plan_tier DEFAULT 'free'::public.plan_tier NOT NULL,
    account_status character varying(24) DEFAULT 'active'::character varying NOT NULL,
    email_verified boolean DEFAULT false NOT NULL,
    marketing_opt_in boolean DEFAULT false NOT NULL,
    storage_bytes_used bigint DEFAULT 0 NOT NULL,
    referral_code character varying(12),
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    last_login_at timestamp with time zone,
    last_login_ip inet,
    password_changed_at timestamp with time zone,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.users OWNER TO snapwell_app;

--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: snapwell_app
--

CREATE SEQUENCE public.users_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.users_id_seq OWNER TO snapwell_app;

--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: snapwell_app
--

ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;


--
-- Name: shipping_addresses; Type: TABLE; Schema: public; Owner: snapwell_app
--

CREATE TABLE public.shipping_addresses (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    label character varying(40),
    recipient_name character varying(120) NOT NULL,
    line1 character varying(200) NOT NULL,
    line2 character varying(200),
    city character varying(100) NOT NULL,
    state character varying(60),
    postal_code character varying(16) NOT NULL,
    country character varying(32) DEFAULT 'US'::character varying,
    phone character varying(32),
    is_default boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.shipping_addresses OWNER TO snapwell_app;

--
-- Name: shipping_addresses_id_seq; Type: SEQUENCE; Schema: public; Owner: snapwell_app
--

CREATE SEQUENCE public.shipping_addresses_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.shipping_addresses_id_seq OWNER TO snapwell_app;

--
-- Name: shipping_addresses_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: snapwell_app
--

ALTER SEQUENCE public.shipping_addresses_id_seq OWNED BY public.shipping_addresses.id;


--
-- Name: albums; Type: TABLE; Schema: public; Owner: snapwell_app
--

CREATE TABLE public.albums (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    title character varying(200) NOT NULL,
    visibility character varying(12) DEFAULT 'private'::character varying NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.albums OWNER TO snapwell_app;

--
-- Name: albums_id_seq; Type: SEQUENCE; Schema: public; Owner: snapwell_app
--

CREATE SEQUENCE public.albums_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.albums_id_seq OWNER TO snapwell_app;

--
-- Name: albums_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: snapwell_app
--

ALTER SEQUENCE public.albums_id_seq OWNED BY public.albums.id;


--
-- Name: photos; Type: TABLE; Schema: public; Owner: snapwell_app
--

CREATE TABLE public.photos (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    album_id bigint,
    original_filename character varying(255),
    storage_key character varying(255) NOT NULL,
    sha256 character(64) NOT NULL,
    bytes bigint NOT NULL,
    width integer,
    height integer,
    exif_make character varying(64),
    exif_model character varying(64),
    taken_at timestamp with time zone,
    uploaded_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.photos OWNER TO snapwell_app;

--
-- Name: photos_id_seq; Type: SEQUENCE; Schema: public; Owner: snapwell_app
--

CREATE SEQUENCE public.photos_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.photos_id_seq OWNER TO snapwell_app;

--
-- Name: photos_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: snapwell_app
--

ALTER SEQUENCE public.photos_id_seq OWNED BY public.photos.id;


--
-- Name: orders; Type: TABLE; Schema: public; Owner: snapwell_app
--

CREATE TABLE public.orders (
    id bigint NOT NULL,
    order_number character varying(20) NOT NULL,
    user_id bigint NOT NULL,
    shipping_address_id bigint,
    status character varying(20) NOT NULL,
    placed_at timestamp with time zone NOT NULL,
    subtotal_cents integer NOT NULL,
    shipping_cents integer NOT NULL,
    tax_cents integer NOT NULL,
    total_cents integer NOT NULL,
    currency character(3) DEFAULT 'USD'::bpchar NOT NULL,
    shipping_method character varying(32),
    carrier character varying(16),
    tracking_number character varying(40),
    card_brand character varying(16),
    card_last4 character(4),
    card_exp_month smallint,
    card_exp_year smallint,
    promo_code character varying(24),
    gift_message text
);


ALTER TABLE public.orders OWNER TO snapwell_app;

--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: public; Owner: snapwell_app
--

CREATE SEQUENCE public.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.orders_id_seq OWNER TO snapwell_app;

--
-- Name: orders_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: snapwell_app
--

ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;


--
-- Name: order_items; Type: TABLE; Schema: public; Owner: snapwell_app
--

CREATE TABLE public.order_items (
    id bigint NOT NULL,
    order_id bigint NOT NULL,
    sku character varying(32) NOT NULL,
    product_name character varying(120) NOT NULL,
    quantity integer NOT NULL,
    unit_price_cents integer NOT NULL,
    photo_id bigint
);


ALTER TABLE public.order_items OWNER TO snapwell_app;

--
-- Name: order_items_id_seq; Type: SEQUENCE; Schema: public; Owner: snapwell_app
--

CREATE SEQUENCE public.order_items_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.order_items_id_seq OWNER TO snapwell_app;

--
-- Name: order_items_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: snapwell_app
--

ALTER SEQUENCE public.order_items_id_seq OWNED BY public.order_items.id;


--
-- Name: users id; Type: DEFAULT; Schema: public; Owner: snapwell_app
--

ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);


--
-- Name: shipping_addresses id; Type: DEFAULT; Schema: public; Owner: snapwell_app
--

ALTER TABLE ONLY public.shipping_addresses ALTER COLUMN id SET DEFAULT nextval('public.shipping_addresses_id_seq'::regclass);


--
-- Name: albums id; Type: DEFAULT; Schema: public; Owner: snapwell_app
--

ALTER TABLE ONLY public.albums ALTER COLUMN id SET DEFAULT nextval('public.albums_id_seq'::regclass);


--
-- Name: photos id; Type: DEFAULT; Schema: public; Owner: snapwell_app
--

ALTER TABLE ONLY public.photos ALTER COLUMN id SET DEFAULT nextval('public.photos_id_seq'::regclass);


--
-- Name: orders id; Type: DEFAULT; Schema: public; Owner: snapwell_app
--

ALTER TABLE ONLY public.orders ALTER COLUMN id SET DEFAULT nextval('public.orders_id_seq'::regclass);


--
-- Name: order_items id; Type: DEFAULT; Schema: public; Owner: snapwell_app
--

ALTER TABLE ONLY public.order_items ALTER COLUMN id SET DEFAULT nextval('public.order_items_id_seq'::regclass);


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: snapwell_app
--

COPY public.users (id, public_id, email, username, password_hash, first_name, last_name, display_name, profile_location, plan, account_status, email_verified, marketing_opt_in, storage_bytes_used, referral_code, created_at, last_login_at, last_login_ip, password_changed_at, updated_at) FROM stdin;
1	49475ecc-f63d-4326-a1d9-c684e411ad82	camila_hill@aol.com	hillc660	$2b$10$yFTHV97LKHLmDqeHaVkdBm5JAi.lS00Sfqb136qLuNCFqKJMw.Su0	Camila	Hill	\N	Chicago, Illinois	plus	active	t	f	985110595	RFL3IISKW	2021-03-30 08:04:21.425350+00	2024-09-22 13:34:02.020921+00	73.221.14.34	2023-03-12 03:36:28.170946+00	2024-09-22 19:54:02.020921+00
2	9ec73611-9a92-4051-b2a7-2343d3e673d4	l.kim@gmail.com	linshoots	$2b$12$O7QM3uY/8V5S60QnzXl8WZv8HolEg7k/4DN.LRXVqgDGbIfRmpcDh	Lin	Kim	Lin K.	\N	free	active	t	t	549192886	RFU7OSCWG	2019-11-23 05:03:26.978506+00	2024-09-01 05:01:23.096392+00	73.251.72.49	\N	2024-09-01 05:18:23.096392+00
3	a95f6299-b7f6-411a-a4ca-8d2fa5cf4db5	arjunallen@verizon.net	shutterbug_arjun	$2b$12$vbojLvtMdXk.q6BzxrnAnfabZrY2G0D.670iMOum6Ub6oqU9Ki26Q	Arjun	Allen	Arjun A.	\N	free	active	t	f	1676461342	RF6QE802J	2019-03-30 06:04:06.792494+00	\N	\N	\N	2019-03-30 07:13:06.792494+00
4	8bacb178-bfc8-463a-9d92-320501feeb36	tanisharodriguez@gmail.com	tanishashoots	$2b$12$/LU32VG9UG7gdPmPyYoVjvAeDea3VjxdvIbYdfuTE66KP8.TzblVM	Tanisha	Rodriguez	\N	Madison	free	active	t	f	2942304156	RFNVOPJWI	2020-08-30 15:21:07.866010+00	2024-10-12 11:19:18.643296+00	73.139.34.106	\N	2024-10-12 19:47:18.643296+00
5	92f9e648-6d02-4732-989c-1b0c5aaea050	michael.white@gmail.com	whitem539	$2b$12$3IXFqTSqjv7XhNcKm/a26CUwUX4koNeuOUin/mKEF1E7kmTmjv1W7	Michael	White	Michael White	\N	plus	active	t	f	91102055	RFIKUZEQK	2024-02-21 13:41:54.651790+00	2024-09-10 21:54:48.152095+00	73.217.38.141	\N	2024-09-11 06:47:48.152095+00
6	8bf48d90-100d-4e8f-9f80-0f3c18be3cbd	lees@gmail.com	stephanie.lee	$2b$12$pg7otRLokf2y2bbOXi3Vwq.Etmit5e1dvTUNPKWU3Iipg4xscJCgP	Stephanie	Lee	Stephanie L.	Chicago	plus	active	t	f	2385707342	RFW41U3MX	2021-03-25 03:21:45.120119+00	2024-08-22 10:44:05.029307+00	73.1.227.178	\N	2024-08-22 18:06:05.029307+00
7	a6ddb131-23fe-41c0-9158-73471ea0ed90	bakere@me.com	bakere472	$2b$12$jt3BQMmnx3apRnryXM4yhiihH11yoQifjGcN.BWQ3d4tevN1k6Twp	Erin	Baker	Erin	\N	plus	active	t	t	1360274304	RFOG9ZG05	2024-04-03 15:30:46.309557+00	2024-08-22 14:41:22.261192+00	73.71.163.35	\N	2024-08-22 23:19:22.261192+00
8	b46eaab0-4fba-40d0-9367-b21d9556b721	jmorales@comcast.net	juanshoots	$2b$12$gV48jpOFM.wAxEngZoh6Kx8kXvdB3agcXelO2j.wUyJcbdklWBTIF	Juan	Morales	Juan	\N	pro	active	t	t	196920384	RFULEEDST	2023-02-01 08:42:40.593910+00	2024-10-12 11:17:25.592415+00	73.18.193.82	\N	2024-10-12 17:44:25.592415+00
9	5258a27f-9ba3-4bd7-8a95-0a925dbbed3f	carlos9760@aol.com	carlos.p	$2b$12$5EpINqs9UZSx6XE99dUSKX9JruFUteXWY8vgyXWRDGkRsyzwiZ4BM	Carlos	Perry	Carlos P.	\N	free	active	t	t	38415342	RFCXYDYK3	2020-04-14 12:53:33.819863+00	2024-08-10 17:09:07.913868+00	2601:519:b0d3:283e:53a:393d:ae4c:1383	\N	2024-08-10 22:59:07.913868+00
10	58adebc6-7ee1-45eb-a104-2342081a9ee1	matthew.white@verizon.net	matthewshoots	$2b$12$RkSuol9vvTgcNN9MqcyLtvNADzmjBvKfmLQwETi4tbOGuh.9c314r	Matthew	White	Matthew White	\N	free	active	t	f	687534400	RFYE66G1S	2023-05-25 19:31:35.394237+00	\N	\N	\N	2023-05-26 03:11:35.394237+00
11	e5bf8321-2fe9-416c-93b2-da92ca9eb6ee	ella_doyle@gmail.com	edoyle	$2b$12$DBPXbbxVHiKBKdeDJPvhjc96LtBki73DT.1Xa81Y4faArM9ZJIr7B	Ella	Doyle	Ella D.	\N	free	pending_verification	f	f	0	RF2LVQWWE	2021-04-12 12:17:06.205631+00	2024-08-09 12:39:57.503872+00	86.166.4.20	\N	2024-08-09 15:44:57.503872+00
12	923faf1a-cd4f-460f-8dca-b5fb46afdae1	kowalskic@icloud.com	ckowalski	$2b$12$EvRF3tlmKgG/XhbDVcxb2NKQB0L6V8Umls6XTX8KHrpRGsTjp7C.w	Chloe	Kowalski	\N	Tulsa, OK	free	active	t	t	613034847	RF157J2TL	2024-02-13 18:52:22.724538+00	2024-07-30 13:38:02.464121+00	73.44.210.163	\N	2024-07-30 17:38:02.464121+00
13	6420270e-ce50-47c0-ab80-ea1953cff77b	gracenelson98@gmail.com	grace1465	$2b$10$yDBDrgHSxa3gxsNze5GfVtx525GRs4oNQt00Urb5.RznY2k03hkSt	Grace	Nelson	Grace N.	\N	pro	active	t	f	2000186150	RFCPGL8TA	2019-08-07 15:19:24.385030+00	2024-09-07 00:30:43.982986+00	73.33.202.111	\N	2024-09-07 09:36:43.982986+00
14	af8862fc-19ba-4a72-9429-9d0525983ba2	akelly@gmail.com	alfieshoots	$2b$12$pHLfEjFYpn0n7UbUZbwedC0opngmuX2U7KHQjt9t1XmbsUainQhyW	Alfie	Kelly	Alfie	\N	free	active	t	f	123143208	RFL52NW99	2019-03-12 10:03:18.034432+00	2024-10-12 18:20:11.215506+00	73.246.63.99	2024-07-10 07:39:32.408285+00	2024-10-13 00:47:11.215506+00
15	22eaf7fc-6c61-4769-b214-ec03e6267b87	larsonm@gmail.com	mlarson	$2b$10$8b.N8syRRkkFXzr7NQ.cgLE4DoQaBnScFqJr6WWaHSvqvYozEni1H	Megan	Larson	\N	\N	plus	closed	t	t	332582283	RF67TYV4H	2019-10-30 01:35:39.492351+00	2024-10-13 18:52:52.742443+00	73.193.34.113	\N	2024-10-14 01:03:52.742443+00
16	6200f0cf-f11e-46f6-9c3d-37a3314ce977	matthew.morales@gmail.com	matthew1665	$2b$12$fm6nhSDKxZkLiYgfyDgscGtGiBhRStHCIdbsdY33oZ27n2fPNr1PT	Matthew	Morales	Matthew M.	\N	free	active	t	t	1002524080	RF4ENXOXJ	2020-12-23 00:08:51.814379+00	2024-08-13 03:44:32.844531+00	73.231.58.137	\N	2024-08-13 07:05:32.844531+00
17	d8c06c12-916c-45f4-ad68-eabf85eb3bfd	riveraw@icloud.com	riveraw580	$2b$12$/9Er2L2DRZTdoyhcqr/YRUTBWDoN0J0Kl.Tto0DYxbBWWNwWq0AgI	Wei	Rivera	Wei R.	\N	free	pending_verification	f	f	0	RF8WVD55R	2021-11-02 03:37:00.291808+00	2024-11-14 09:47:14.760705+00	73.29.3.118	\N	2024-11-14 13:09:14.760705+00
18	cc995765-9002-4674-9687-c9c4e7f5f3a4	keisha.morales88@gmail.com	keisha.morales	$2b$12$T1QFuHeCzi/pcOskXtwFfcJfqGMHP5Ow8rD4SZ4xpFpMk.bt4uUPN	Keisha	Morales	Keisha	\N	free	active	t	f	1789113000	RFYHIDJIP	2022-12-25 12:43:27.050375+00	2024-08-01 17:23:34.735698+00	73.143.1.240	2024-09-09 21:35:20.531199+00	2024-08-01 23:02:34.735698+00
19	7adec4be-9644-4eca-bbc6-6328a6e5a967	michaelwashington71@gmail.com	mwashington	$2b$12$9LRXhdWb7fR7I..5OdLNdotkob2OwJmC.FCEYhgi15NJwAjnQtFYm	Michael	Washington	Michael Washington	\N	free	active	t	t	11571051	RFPEXS2IV	2020-04-03 21:56:00.462161+00	2020-09-20 06:25:17.705463+00	73.112.32.22	\N	2020-09-20 11:56:17.705463+00
20	5f006c18-519c-46cc-93d1-c94e7e8bbc32	omitchell@me.com	oliviam81	$2b$12$Zl8Drfl.KtLgNedPkYj0I7OZMl/3l8/sb31n7a72IK.HwACopKDTJ	Olivia	Mitchell	Olivia Mitchell	Tucson	free	active	t	f	754179315	RFNEFA6G8	2021-10-28 13:02:36.602023+00	2024-06-27 21:18:09.486999+00	73.21.197.38	\N	2024-06-28 06:08:09.486999+00
21	1c662801-f56b-430f-91e6-a3f1de5db03e	david.griffin@gmail.com	david_clicks	$2b$12$OSJZ9BEuxNCboxBqGqoGet8f5kA15.9DjDwGZ/gLdREbEce1etN6w	David	Griffin	\N	\N	free	pending_verification	f	f	0	RF5QBK5K1	2023-12-31 16:29:27.628926+00	\N	\N	2024-09-18 07:58:00.537261+00	2023-12-31 19:25:27.628926+00
22	e05ecdfa-6eee-44cc-ac66-a34007edf211	lin.becker70@icloud.com	lin1835	$2b$10$FTeqzE1n2UXGmVXRmGN1RFy5dw37BUUTrpjUk9kcei4BGJQfmsTzN	Lin	Becker	Lin	\N	free	active	t	f	114027328	RFBC1FIM6	2024-04-23 08:11:54.273765+00	2024-07-18 19:53:35.871260+00	73.220.232.220	\N	2024-07-18 23:34:35.871260+00
23	9f4741ea-e6d0-4f6c-b488-490e2f901f17	davidmitchell@gmail.com	david1425	$2b$10$yMbUkxx895EYgvidEy2DhMw0roT6BO6qvMKhqhmqNSViYeiPZimip	David	Mitchell	David	Worcester	plus	active	t	f	2615439090	RFI5I5JA4	2023-06-06 18:29:22.679828+00	2024-08-22 13:23:47.531456+00	2601:4ed:b0c8:d3d8:7194:1e60:bd8e:7796	\N	2024-08-22 21:23:47.531456+00
24	d56818d4-5f3f-466c-8b99-ea754360dc6c	diego3940@gmail.com	diegof36	$2b$12$DdHKotA5mO1.lrUIWJFDY/zuTeGSFHsYLwma3bTvFnd1qEdNNI2Ct	Diego	Fitzgerald	Diego Fitzgerald	\N	free	closed	t	f	757541894	RF0APMITL	2020-09-07 00:18:25.197058+00	2024-07-02 11:34:38.693269+00	73.228.2.148	2022-11-19 03:57:44.886541+00	2024-07-02 14:52:38.693269+00
25	3536e67e-c09a-4c0d-9cd3-cf06212743d4	derek117@verizon.net	derek_anderson	$2b$12$NasM65dEVY4CdFY8l6PI8HuLCT5Jb8xXgpwSMjsPvEjQd9Q8Ml2h2	Derek	Anderson	Derek A.	\N	plus	active	t	t	1224048400	RFFWS5DSZ	2022-03-23 17:48:36.321986+00	2024-07-30 03:09:52.984427+00	73.38.241.107	2022-06-13 20:30:08.950005+00	2024-07-30 05:19:52.984427+00
26	b60e2c14-397d-4a7f-82ff-cf59bcf8d8db	brittany_king@yahoo.com	brittanyshoots	$2b$12$xkpN.U5Tq3szom4OejPeOPsaA3ck0Z7VzhuqN.lWQDPfvnMCA857S	Brittany	King	\N	Chicago	free	pending_verification	f	f	0	RFOEK3QH6	2022-01-29 10:53:15.836475+00	2024-10-01 17:25:03.953101+00	2601:521:6651:c22a:b923:ace:7a55:7cb	\N	2024-10-02 03:08:03.953101+00
27	b280e38f-2ce6-48e1-9111-4579db0c9edb	jasmine_lewis@att.net	jasmine_lewis	$2b$12$S7TUi6bbgF.f1TiLbj9O93Y3yc6uW5JNZgK9bI2.SGbTIG.jvVt.T	Jasmine	Lewis	Jasmine Lewis	\N	free	active	t	f	149911130	RFXC7ED3D	2019-11-06 23:45:10.325546+00	2024-10-07 15:48:05.610908+00	73.116.102.78	\N	2024-10-07 22:17:05.610908+00
28	92973e3b-6bec-457f-9701-47143a35865c	mei.williams@gmail.com	meiw32	$2b$10$ELHum8/BhVv9Fw35AbNHFkIWdDG6xBJXWAJwHyhFxYnlG9KnKPXiS	Mei	Williams	Mei W.	\N	free	active	t	f	653815768	RFFBC4OEQ	2024-01-10 12:10:47.813402+00	2024-10-09 09:22:35.610519+00	73.10.100.128	\N	2024-10-09 13:43:35.610519+00
29	70cd7976-b05b-45ba-83e3-11b25f674bf9	imani.harris70@gmail.com	imani.harris	$2b$10$anvLmbXEEArnzzzYjEXv1AZ6eZyZekPvVDSehvalEhdPcwmnXe5Ha	Imani	Harris	Imani	\N	free	active	t	f	231103845	RFWVSUDTT	2019-06-29 00:42:52.406909+00	2024-09-10 07:40:34.966620+00	2601:514:6d44:2b90:264f:2e04:69ff:f442	2023-07-22 15:07:01.327493+00	2024-09-10 14:26:34.966620+00
30	ba116b36-98ce-4c98-a53d-00c61ec9e619	madison8605@gmail.com	hayesm418	$2b$12$pdABtSom.I.zCIyy7tA9n/AMiSdXOIYF2/wsDONTXLh4S4CQ.08ie	Madison	Hayes	\N	\N	free	closed	t	t	2695745460	RFRTT67O3	2020-03-06 13:56:12.695660+00	2024-11-11 08:49:34.033467+00	73.142.121.236	2024-02-09 07:27:37.060518+00	2024-11-11 14:07:34.033467+00
31	b40078af-97b4-45ab-9880-0a0428a93270	amanda_castillo@icloud.com	amandac91	$2b$10$4osVR5NQoN9isopxN.uhC35/4VJV/hGDlbzzlAqCqMWx9ETmOBLJv	Amanda	Castillo	Amanda C.	\N	plus	active	t	f	16180424	RFE8FOV3T	2023-09-01 10:44:33.526785+00	2024-10-26 12:44:38.094778+00	73.74.74.96	\N	2024-10-26 19:42:38.094778+00
32	35b51d92-137a-4a91-9d89-3e36097ad74c	ljackson@gmail.com	laurenj13	$2b$12$h9jr9jhsN29JfJFYMLxZy8I.6Bh2wf2MgBo1OafHdzVb27lCfU43T	Lauren	Jackson	Lauren Jackson	\N	free	active	t	t	740158752	RFO9BUMDX	2020-05-03 09:31:41.308556+00	2024-09-03 23:11:39.671539+00	73.92.134.182	2021-11-13 22:17:51.222700+00	2024-09-04 01:22:39.671539+00
33	f0bb97ea-71c6-412d-8ddd-5020539dc0cd	d.anderson@me.com	duc.a	$2b$10$mGKhZ6oTQGfwoVz169rQmc4OQgb6bChHZ7yeRyQkUnNl8ISCxmuxE	Duc	Anderson	\N	\N	free	active	t	t	730033434	RFEEQS0VQ	2024-03-08 00:00:06.183385+00	2024-10-05 05:15:26.778427+00	73.105.176.65	\N	2024-10-05 11:01:26.778427+00
34	0251859b-b4f8-4dd7-a1ac-3213a0eeb8d7	jbrooks@outlook.com	joshuab93	$2b$12$b/vMAd.0J5SWnjQkiY7N2khJksd0EIyEq.f1wciePy9Q1hipfVDew	Joshua	Brooks	Joshua	\N	free	active	t	t	1819393137	RFOSG9PY0	2021-04-08 12:32:48.058723+00	\N	\N	\N	2021-04-08 17:41:48.058723+00
35	70967503-779d-4716-bd0d-020ca45ee951	k.green@yahoo.com	keisha_green	$2b$10$VsZPF8UK8yee5qIga8dwb1VDYFO9udczCYpN0WgBAeKbB7/oEWq.T	Keisha	Green	\N	\N	pro	active	t	t	542902656	RFYWLMJDP	2022-05-16 14:24:00.415570+00	2024-07-07 20:30:15.677981+00	73.158.247.3	2022-10-08 19:07:34.189763+00	2024-07-08 02:01:15.677981+00
36	be76f9de-3224-4b54-b1dc-2288d94bba3b	jmurphy@yahoo.com	jmurphy	$2b$12$IXQ.Bhm2.NdWQHuoAYCUNcTTWk4//wNFmYN1mVNfMDorsDMMG0whe	Jasmine	Murphy	\N	\N	pro	active	t	t	1205392922	RFJ94A3N8	2024-04-01 02:24:05.632105+00	2024-06-24 15:52:59.269105+00	2601:857:42f7:dabc:6e2e:9c7e:da7f:792c	\N	2024-06-24 23:54:59.269105+00
37	bf0d1503-1bbb-4090-93ca-446935260014	hanalopez79@icloud.com	hana_lopez	$2b$12$vMUiWsO1OS/qt2XbMZP5SjEGkZsqu76YW9.4Shc0dyjBHj4/ScgS5	Hana	Lopez	Hana L.	\N	plus	active	t	t	2273886300	RFILTBHGQ	2019-06-11 17:37:07.335679+00	2020-10-01 18:59:10.551354+00	73.186.182.230	2020-02-22 10:07:14.933901+00	2020-10-01 20:00:10.551354+00
38	1cc3ca95-1d3d-405a-8ec1-eb936d5efb15	schmidti@verizon.net	imanis81	$2b$10$PfO9OJMl6S3R6sX2KGZ/VEusO892I20RmQYset3asHj6HdIsVTNmb	Imani	Schmidt	\N	\N	free	active	t	f	545797567	RF97RQWVZ	2020-11-22 17:24:19.785756+00	2024-10-10 01:40:34.307070+00	73.141.133.201	2022-04-08 02:25:34.521730+00	2024-10-10 05:31:34.307070+00
39	7198d8d3-73e7-4834-816f-372fd379ca02	amandalarson@gmail.com	amandal22	$2b$10$n8CCOw3zJHI.JkQCQThtzm5fHQiShLHcg54A8Vr5M2vYwdWc8GnQT	Amanda	Larson	Amanda	\N	free	active	t	f	1463099880	RF4DO9ZKK	2021-03-06 09:42:47.741454+00	2024-06-08 04:49:30.252912+00	2601:3f7:bee4:d6cb:b90d:b793:4dfb:e62	\N	2024-06-08 14:32:30.252912+00
40	3aaaa6ea-e2f7-4e85-afc0-305798863592	valeria.wright2@protonmail.com	valeria289	$2b$10$waJwmjTmTwok1OrL5Yx6FfbwayvFeCOH8DRP3ekHsJqoMCaYCLpzQ	Valeria	Wright	Valeria	Cheyenne	plus	active	t	t	422684940	RFWJKT9W8	2020-02-08 14:14:46.012978+00	2024-08-06 09:42:54.731708+00	73.103.46.244	2020-08-18 12:00:11.224832+00	2024-08-06 15:27:54.731708+00
41	7021ffde-baf5-47de-8b0a-1c633b376864	m.murphy@att.net	monicapics	$2b$12$9ra3rR6Ols3FAaYUC4WxOOsaiFUDSjs6XmzvMv6Q9HVh5fUhFOKVu	Monica	Murphy	Monica Murphy	\N	free	suspended	t	f	2013055968	RF43MERHV	2022-05-06 14:56:41.961476+00	2024-07-14 22:27:02.452085+00	73.101.255.179	\N	2024-07-15 06:35:02.452085+00
42	179cddb2-372c-400d-8498-9d7bbd81bb0a	cgonzalez@icloud.com	courtney863	$2b$12$bVEJPethkDWTdGzlXpWcNX2NBA8v9pg6fDwQYhtRfJHEw7h/5YbZy	Courtney	Gonzalez	Courtney	\N	plus	active	t	t	86214348	RF67XM8UW	2021-07-24 07:20:56.130520+00	2024-09-09 04:30:08.723946+00	2601:87f:f467:fca8:5ae8:f972:d6fa:c348	\N	2024-09-09 09:01:08.723946+00
43	6b096a8e-a5bf-4f30-a66d-3f129b690dd9	ashley_thomas@gmail.com	ashley_clicks	$2b$12$TfMAFkcSv3K5F3S9FwzlFv2Dm5sspWVocUcHmKHqIWlhxbYMci9tZ	Ashley	Thomas	Ashley	\N	plus	active	t	t	278502308	RFHWB8U6D	2023-08-06 20:35:41.477520+00	2024-07-24 00:59:11.645449+00	73.81.243.161	\N	2024-07-24 05:03:11.645449+00
44	7537788f-4e2a-4945-aea3-d497b6dd707c	trand@gmail.com	dtran	$2b$10$VPhTZFNInHmNr3kHCv6aGQ3W35ews5j7RpBgKQgk9Uh4fKANUodGZ	Danielle	Tran	Danielle Tran	\N	plus	closed	t	t	1197826371	RFL1TZM61	2022-02-10 12:51:14.310209+00	2024-08-18 06:45:36.412122+00	2601:98e:aea2:8077:cb6e:28bd:5912:bcf1	2022-03-06 04:17:13.145427+00	2024-08-18 08:59:36.412122+00
45	9f2e6b9e-2dfa-4a8e-9f0d-8d463c8fcb32	mcarter@me.com	marcus.carter	$2b$12$ISpMt/t2w2FtJym80zHzdcr9csTmAA1Ar3S3m0IfJrzLm4DvW0WkZ	Marcus	Carter	\N	\N	free	active	t	t	2367248490	RF7UH6OQ2	2021-09-11 01:17:55.296458+00	2024-08-13 18:34:50.265385+00	73.8.22.194	\N	2024-08-13 19:31:50.265385+00
46	51a5c8ab-bb8e-41de-a5f6-12e9d238661b	marcandresingh97@rogers.com	marcandre.s	$2b$12$rPUJi3.ahU1uiNCyMmEbFcgbfN6nGz9Fnw2A0fqOJ.Z.GrHivq8Fq	Marc-André	Singh	\N	\N	free	active	t	f	227474946	RFYCA6E4E	2021-10-04 00:27:46.142668+00	2024-06-04 00:04:07.804168+00	99.241.39.119	2022-10-09 12:38:13.171659+00	2024-06-04 00:51:07.804168+00
47	49472dc5-1e9c-4132-8f54-422c40538598	l.brooks@aol.com	logan752	$2b$12$IMCyPDSaX5ZMRPbCj9v33G5m7f3Ve9Qv9Y3QUOd6imljEl9r8OByE	Logan	Brooks	\N	\N	plus	active	t	t	458874097	RF5Q8SMRQ	2024-10-19 08:18:53.823761+00	2024-11-07 06:01:18.401883+00	73.79.29.205	\N	2024-11-07 08:14:18.401883+00
48	d3c2aafe-5b78-49f5-9764-a46748572a00	chloetorres98@att.net	shutterbug_chloe	$2b$10$iT14a3ASpqwLGyyCq.ivOCP6pkbj/K/i6r.MTQIXAGEHQHKMp26Gn	Chloe	Torres	\N	Tampa	plus	active	t	t	787681680	RF93H07AZ	2020-10-30 09:03:45.759408+00	2024-06-03 11:01:58.922474+00	73.146.184.105	2021-08-29 20:51:42.559983+00	2024-06-03 20:23:58.922474+00
49	20f1cf75-aa14-4902-ba44-e15cf1bf7a68	olsone@att.net	emilyo17	$2b$10$647Cw/jWqPp5rrK8Q3yBYnq537A8c94AF53QJQNZPGXPjJYM2ELhe	Emily	Olson	Emily Olson	\N	free	active	t	f	1871329390	RF3N8YA4N	2022-07-14 06:37:58.667442+00	2024-10-20 18:16:42.156850+00	2601:448:9a34:6457:cf2a:7e45:b68d:4406	2023-02-12 08:27:34.598841+00	2024-10-20 23:22:42.156850+00
50	450e4a22-5eee-4f99-b9f0-37b7d6f5eaa6	e.robinson@gmail.com	ericshoots	$2b$12$1svNl8xx3oPIwMc4v3d7MVd00xSdAOZ5sf1MzjsSBjUwQZfsJsbh3	Eric	Robinson	Eric R.	\N	free	active	t	t	154053948	RFMGLRKCV	2020-05-08 23:58:30.220597+00	2024-10-30 02:22:17.283230+00	73.99.57.253	2024-06-23 17:52:13.164856+00	2024-10-30 04:42:17.283230+00
51	d53a2b78-9a85-418e-9720-36a53c8bf2b2	chantalsandhu64@hotmail.com	chantalshoots	$2b$10$15JFzNDO9qcFlLTkUxBmFh458XzGqDH8jxcnGSjXorUmHFkZhyFBX	Chantal	Sandhu	\N	\N	free	active	t	f	172405036	RF8X10KOZ	2020-07-23 20:54:40.549805+00	2024-06-25 14:49:31.615893+00	99.240.100.243	\N	2024-06-25 16:49:31.615893+00
52	9822c618-64ff-4245-8196-4a3597f474a2	brianjohnson@icloud.com	bjohnson	$2b$12$qjgrRMe6O.GkAsN6VImu4ZH/1He5ObWNeMPYWPQK6VLkOonyD3P88	Brian	Johnson	Brian Johnson	\N	free	active	t	f	622518795	RFI78VT0L	2023-10-04 07:45:11.775746+00	2024-06-23 04:15:56.709327+00	2601:759:c960:cd89:3008:4643:dc59:f0d7	\N	2024-06-23 13:15:56.709327+00
53	7fa930ae-eea9-4ce0-b6a0-09d5d9807a09	leahgutierrez67@hotmail.com	shutterbug_leah	$2b$10$KhdnnPJN49ElI46kOuTQei2uHN.qpYsa009nOAzbP0P75a2zxTBMO	Leah	Gutierrez	\N	Miami, FL	plus	active	t	f	37011000	RFTIBILUV	2020-03-10 08:34:41.892894+00	2024-06-02 10:35:13.725161+00	73.50.63.189	\N	2024-06-02 13:02:13.725161+00
54	4e4f8ec4-8481-441a-9e2b-188d25dbb40a	logan6599@yahoo.com	lmurphy	$2b$12$k461i9IMJ4Fv2XEqyIwKQLHjwNzBVXyezqsEp6MKFmg9PvybJQHv4	Logan	Murphy	\N	San Diego, California	free	active	t	f	253499340	RFFRUD5QV	2020-08-06 06:38:02.746777+00	2024-06-28 15:02:15.882235+00	73.118.231.63	2023-10-07 03:07:28.179582+00	2024-06-28 20:25:15.882235+00
55	c0a845f7-36d7-48c5-a921-1740485c5962	valeriajefferson@gmail.com	shutterbug_valeria	$2b$10$hpXqw8bqSjeAVHgc2WHTq2ZvQ9T.Ab.WCcZoLUuziH159uyaNLxFL	Valeria	Jefferson	Valeria	\N	free	active	t	f	839107089	RFSYF2X79	2022-05-17 21:32:00.982911+00	2024-08-11 22:21:55.328298+00	2601:cad:6fc2:fb86:5349:fa1a:172c:e587	\N	2024-08-12 01:54:55.328298+00
56	a8fee1d7-479a-42ca-88ae-50a5f384f14c	molly.young98@gmail.com	molly.young	$2b$12$AxH5QMcbubopNYvHJuy1bCvO0nVs/phDkLVbbe/kucAOKE99AVLXC	Molly	Young	Molly Young	\N	pro	closed	t	t	1478445670	RF3264O0Q	2024-06-30 04:53:28.313665+00	2024-11-01 10:44:01.358904+00	2601:565:c337:43bc:4f7f:d746:4dd5:e527	\N	2024-11-01 11:32:01.358904+00
57	cf26ab06-49f2-4d6e-8865-98a01c65a0f8	priyahernandez78@icloud.com	priya1869	$2b$12$KXtS7FQdRg1EiPh8CPjUiKRttCvGT8pXGJDYB8wzVeFiopzVijYz1	Priya	Hernandez	Priya	Raleigh	plus	active	t	f	1977701944	RF4QDBG2L	2021-09-19 00:17:05.322940+00	2024-08-03 19:08:14.418459+00	73.188.218.83	\N	2024-08-03 23:36:14.418459+00
58	5dedd5ea-6584-418c-9cf5-c7780a5279b6	carloshansen@att.net	carlosh85	$2b$10$ZhttGb.NK2rspc4aEwKDa1E.SGXa4cpw/gsjM2jMN0imowtNEK05W	Carlos	Hansen	Carlos	Ann Arbor, MI	plus	active	t	f	1190143464	RFXI2T015	2024-06-21 02:29:30.839006+00	2024-07-08 18:21:15.244561+00	73.56.205.251	\N	2024-07-08 23:44:15.244561+00
59	eaedb7e4-ffd3-443f-a8a5-364f0d300ff1	kristenhayes@gmail.com	hayesk920	$2b$10$bGJNO0s42bP0nH3L.3CixHa0vxbW8NrGZ8wZX8xjGPHbFUvRn5vul	Kristen	Hayes	Kristen H.	\N	plus	active	t	t	1831264163	RFMVIPQ8H	2021-06-22 21:08:37.735894+00	2024-09-08 15:02:09.756366+00	73.248.43.126	2023-12-05 09:22:35.390599+00	2024-09-08 16:35:09.756366+00
60	6c680330-5114-4589-b573-6fd2bd9ad313	tanishatorres@icloud.com	shutterbug_tanisha	$2b$12$uFdju6DmBd469r2wcFJBPIvvtHNplVfLwVtZxUHhUr12FXG2PuoYk	Tanisha	Torres	\N	\N	plus	active	t	t	65710667	RF9W74MA5	2021-03-12 12:26:48.351208+00	2024-08-01 03:43:02.513538+00	73.70.121.89	\N	2024-08-01 08:43:02.513538+00
61	4a5ae415-6e4d-492d-be37-72845ceccdfd	williamsm@gmail.com	matthew_williams	$2b$12$XzcQZwJRhkFOe0Kr63KxhbnPLiTHQ1w9/GmDvzSpX4akm6swT2dvQ	Matthew	Williams	\N	\N	plus	active	t	f	713044576	RFNBQPSSE	2019-04-01 15:02:53.399223+00	2024-08-03 13:48:44.714965+00	73.88.215.121	2021-01-09 01:28:11.548944+00	2024-08-03 23:48:44.714965+00
62	ffbf35f4-0836-4e0f-b278-7d72248a2360	chloe8332@gmail.com	williamsc740	$2b$12$b1f8Xaa8FWeiKqxgf5mVN5jpNckJK5g3FHI5.RyCgFIDdaPTnfmDc	Chloe	Williams	Chloe W.	San Juan, PR	plus	active	t	t	2460243008	RFQSBB4GA	2023-12-15 20:17:07.262888+00	2024-06-11 06:20:18.209809+00	73.226.26.126	2023-12-21 10:07:44.280137+00	2024-06-11 16:04:18.209809+00
63	064c234d-1f6b-477a-ab51-8554b52c817e	carterh@gmail.com	hana.carter	$2b$12$Ax.ppoas6HwcldEQeUXFwS9Qez93gFmj/Mp9f8SMGgTzLIggB0vRc	Hana	Carter	\N	\N	plus	active	t	f	3391619966	RF4EFDIDO	2021-01-19 21:56:37.816162+00	2024-09-25 14:53:13.438399+00	73.108.27.25	\N	2024-09-25 17:46:13.438399+00
64	4e35362c-d592-4e4a-8139-a32de894d98d	cgreen@gmail.com	charlie_clicks	$2b$12$xk7We9KO5pZd.E7Qv7P17FBMhLdSA6ff1DaBYUyRePCP7dPU6JOye	Charlie	Green	\N	\N	free	active	t	f	130636530	RFHPAEF6N	2022-10-26 12:18:27.981881+00	2024-07-17 17:51:36.667965+00	73.155.23.139	\N	2024-07-17 18:52:36.667965+00
65	60627b05-695b-4e53-b9b9-04f6e988aa7f	nathan1397@gmail.com	nathant34	$2b$12$OnU8SWQfRwwRY3l.bZf/25joDj3B.a4ruFlalDyzgC2Zmpz6nU6cL	Nathan	Thompson	Nathan	\N	free	active	t	t	332698201	RFM9BYB6O	2023-03-23 11:33:23.415350+00	2024-08-18 10:37:30.184325+00	2601:1b7:acc6:502:68da:f73c:8fa8:2c68	2024-05-21 12:51:39.895653+00	2024-08-18 13:36:30.184325+00
66	2c867c05-f798-4e6f-a7ac-b0a88ee820f6	stephanietorres@verizon.net	stephanie.t	$2b$12$j41ATIpH6O.Sp0SweGYJAW7aXBXX1s2R44/VEg5oVu5wtkqCwDZWV	Stephanie	Torres	\N	\N	pro	active	t	f	996794280	RFWVM6H2E	2024-04-16 20:31:42.978820+00	2024-07-04 06:52:05.098388+00	73.76.119.168	2024-09-05 08:01:15.475606+00	2024-07-04 10:40:05.098388+00
67	e4996e79-5754-48fd-96a2-10ea066f481b	arjun_king@icloud.com	arjunk56	$2b$12$lGxARTfU9IxD/OA78zys6ciZaGZp.9ZsDguSNR15S0D3RkkFx9N9T	Arjun	King	\N	\N	free	active	t	f	1230552837	RFJSKVP5Z	2024-01-13 08:14:05.946888+00	2024-11-11 16:44:18.056774+00	73.188.216.81	2024-05-19 02:45:57.006332+00	2024-11-11 22:30:18.056774+00
68	429dad3a-7c82-425a-a66f-67a6d8d2f835	christopher.reyes89@gmail.com	christopher_reyes	$2b$12$JyyP5.lpXZZmDY0ni76hwFdwyMadS9J.sghWaviEUDVfbuigXa86F	Christopher	Reyes	Christopher Reyes	Birmingham, Alabama	free	active	t	f	48567944	RFE2WNYI2	2021-08-28 16:41:14.470833+00	2024-08-29 07:32:51.151636+00	2601:7ed:741f:1176:dfa0:e862:5e2a:e787	\N	2024-08-29 15:43:51.151636+00
69	4cc00d47-8117-4757-bfb2-89d0f3fd36ce	gbrown@gmail.com	garrett_brown	$2b$12$P4gtW5wJEnganhQ6RgrI8jLghRF63agtFsr8/IY012FqxSkWauUaP	Garrett	Brown	Garrett B.	Seattle	free	active	t	f	2079714336	RFH82MXPO	2021-02-25 18:08:02.958762+00	2024-06-29 16:43:04.361537+00	2601:472:e6f2:8d97:d2e0:6e44:f751:b69e	2021-06-12 04:29:04.756135+00	2024-06-29 19:31:04.361537+00
70	932a4e2f-c4a6-49f2-87be-6e2542c484b0	danielle5205@gmail.com	shutterbug_danielle	$2b$12$xSWN3LAtoB.yamqvPAPXnbWEnXdjuoVVcokhzLH8v1RB53S03nFpt	Danielle	Garcia	\N	\N	pro	active	t	t	3224888846	RF3AWQ9D8	2022-08-14 16:58:51.884215+00	2024-06-05 15:34:06.964343+00	73.42.203.83	\N	2024-06-05 22:57:06.964343+00
71	3038809a-3a75-4fb3-b773-9104d86000df	tiffany_carter@gmail.com	tiffanyshoots	$2b$12$x1FbrU06jb86xebxfqjaCE2TF21VCOsOk8E/jdHMa16/ZI1Xn/Eit	Tiffany	Carter	Tiffany C.	\N	pro	active	t	t	329843717	RFM7746ET	2021-01-28 15:53:40.145635+00	2024-09-29 03:18:28.446137+00	73.2.52.232	\N	2024-09-29 05:14:28.446137+00
72	132fbf36-4732-478f-ad56-7a4abf507622	campbellb@outlook.com	brooke669	$2b$12$PRGOlpOJ52yqcL9Mx8mWsWN2omuKx6lnBvVcGXMRPh4CMprKFHQ.4	Brooke	Campbell	Brooke Campbell	Calgary, Canada	free	suspended	t	t	136499052	RF8HK67WC	2020-05-04 06:56:48.952792+00	2024-06-18 18:57:26.941457+00	99.248.208.104	\N	2024-06-19 00:26:26.941457+00
73	1f48a384-2e78-4709-90f9-7e0eb1f56fe4	ashwortha@outlook.com	aoife.a	$2b$12$rc4ea2F2itgoyIEnUzpAO9hUyBplZ2AeGiGkzFymw.v0MIk5V6y8a	Aoife	Ashworth	\N	\N	free	active	t	t	71031965	RFKN23AUI	2019-06-28 22:45:25.853921+00	2024-09-13 23:23:48.599509+00	86.180.255.41	2020-02-23 05:25:45.561744+00	2024-09-14 00:54:48.599509+00
74	922ba017-b467-44e0-8a6f-568a0f0961ec	ctremblay@rogers.com	chantalpics	$2b$12$/q7uHzABmutZ7o.iX/scg/Clc.ONg8YU28ze8oN4/i2EOkXyS.2Ay	Chantal	Tremblay	\N	\N	free	active	t	f	0	RF65Z8O0Y	2020-04-27 04:27:14.415207+00	2022-10-09 17:21:55.066261+00	99.225.122.33	\N	2022-10-10 01:40:55.066261+00
75	1819291c-2e4b-4c70-8ced-dcb09f83e75a	monica.moore70@protonmail.com	monica1749	$2b$12$B961KwsoJt4ZvTfTKGY57Z.eYTjYj1sZxZV6na1EzBUFA8qGzzb1V	Monica	Moore	Monica	\N	free	active	t	f	516086130	RFQ7OFQY2	2023-08-24 02:55:20.667407+00	2024-10-28 16:57:54.979553+00	73.80.53.141	2024-04-17 04:14:32.295360+00	2024-10-29 00:06:54.979553+00
76	b5b6b606-061e-4a5d-8f1c-1a8b98734101	guadalupe_baker@gmail.com	guadalupe.baker	$2b$10$LEKTK70aJurYBv91VZxw1ASV6WJctpdolAw5QbXusOdp1TlMkUyfq	Guadalupe	Baker	\N	\N	plus	active	t	t	695356512	RFCVX5OI2	2020-03-09 02:34:23.065603+00	2024-07-26 07:43:45.517455+00	73.204.189.100	\N	2024-07-26 08:28:45.517455+00
77	8f5c589b-f6c1-4260-a8a9-c39a03388e2b	niamhbyrne65@outlook.com	byrnen769	$2b$10$.h6LYVjiIlaDsHulrS..3VorxklF6vi8tCknYUKXUo71zuOEPdCPp	Niamh	Byrne	Niamh B.	\N	plus	active	t	f	472358337	RFP1K61EE	2024-01-28 13:01:12.918119+00	2024-07-03 09:23:11.094733+00	86.179.96.45	\N	2024-07-03 15:59:11.094733+00
78	1f0f32f3-da3f-4fe1-98b1-afbcc0713641	brittany.castillo56@yahoo.com	brittany660	$2b$10$I/9i/Y/qUwua8P0xPuRaeYaKqPGIkDf0zunosTpVmgmIf1wHpdTTc	Brittany	Castillo	Brittany Castillo	New Orleans, Louisiana	free	active	t	f	1008138698	RF831G89D	2020-12-12 16:07:06.259565+00	2024-11-06 00:27:44.077265+00	73.48.188.87	2021-05-04 14:03:01.237557+00	2024-11-06 02:56:44.077265+00
79	0c2a3190-4787-45da-bc0b-dd560da06685	griffinm@gmail.com	griffinm398	$2b$10$1ZkMC3A951MR9DYuMqCPL2hN0PvSEAdpURJqAzp1R6cufxykTTgDz	Marcus	Griffin	Marcus G.	Newark	free	active	t	f	1296067716	RF204E4D9	2019-07-26 20:18:27.622660+00	2024-09-15 20:39:10.403834+00	73.28.179.41	\N	2024-09-16 06:25:10.403834+00
80	17c8c37a-1eeb-491c-8d5b-7fbabecb84b5	l.smith@icloud.com	lauren.s	$2b$10$VK87vEpz8.Qgnw0ZSIAcbsXTJDq6hRu5Pg.IlOJ2QKlZBS30w2upQ	Lauren	Smith	Lauren	\N	free	active	t	t	969184920	RF8R2CV1X	2024-01-20 06:12:56.518032+00	2024-09-04 18:42:28.870458+00	73.35.51.194	\N	2024-09-04 23:24:28.870458+00
81	b3e1f68f-4dde-4fe7-b186-24bf483fb169	megan5382@yahoo.com	megan_clicks	$2b$12$CxvL.Y85.OCImroON8WinGi314rn/W9/T6GlT2fcCvTuEKVE8.KYA	Megan	Martinez	\N	\N	pro	active	t	t	74152001	RFG73IMD4	2021-07-29 04:59:02.206429+00	2024-08-22 17:19:23.677082+00	73.202.37.235	\N	2024-08-22 18:55:23.677082+00
82	6aaf7394-ed72-45f4-a687-7095a0dc4a17	k.brown@gmail.com	kristenb94	$2b$12$Uxsx6NFK98IKrIet.7aajd3jRQywr56sd3cPENUZmWFimu1vWWm4l	Kristen	Brown	Kristen	Chicago, Illinois	free	active	t	t	84505344	RFDS0FG6A	2023-12-26 05:00:53.008179+00	2024-11-02 09:38:18.467109+00	73.212.18.29	\N	2024-11-02 15:49:18.467109+00
83	44540ade-7440-47ce-9dc1-df4950ef0c63	ethan.tran88@att.net	ethan.tran	$2b$10$fLQDZWuY5V40rCFnDtmEGy1n1PPq6YPiM/gJpRwS/wnCRcheGgQoh	Ethan	Tran	Ethan	Raleigh, NC	free	active	t	f	883171652	RFZLID7T1	2020-10-22 12:06:43.077985+00	2024-10-26 14:36:52.036159+00	73.73.128.136	\N	2024-10-26 23:18:52.036159+00
84	02d80e2a-4c74-49a5-bbe7-ac60a2a81111	campbellg@gmail.com	georgeshoots	$2b$12$oHx5aST3r8oauoAaaURDWK/ERPzpCucBz57bflSm1VYmIsfzqHPc6	George	Campbell	George	\N	pro	active	t	t	396914958	RFZ086PHH	2019-04-20 20:09:22.265991+00	2020-12-29 14:10:36.502467+00	\N	2023-08-30 12:54:40.749154+00	2020-12-29 23:25:36.502467+00
85	18807ba3-594d-4b1e-a871-d819798d7bfd	heather7452@me.com	heatherpics	$2b$10$jnMpD9.z1a84Ral3qF7vdgW6M6DZ9RluoTyTMHmPKQnk72QM0ePEY	Heather	Harris	Heather Harris	\N	free	active	t	f	772514412	RFZ8GJ3XY	2023-03-11 10:45:08.675287+00	2024-08-23 13:41:16.748552+00	73.44.251.51	\N	2024-08-23 13:53:16.748552+00
86	de1e8db6-292d-473b-97a1-45ad02a02677	ericshah69@gmail.com	shahe734	$2b$10$m/7wRIYgUwVe7cUk3f8YYyaPMtcRnpUAuEu2QnmWFzGBtPsQddNnb	Eric	Shah	\N	\N	free	active	t	f	1116706626	RF7B89KDW	2022-10-28 14:44:47.695828+00	2024-07-18 12:11:13.172726+00	73.24.179.197	2022-12-30 00:04:07.323651+00	2024-07-18 18:44:13.172726+00
87	7711e240-68e1-48cc-9a36-6621cc87f3c3	jasmine.murphy@gmail.com	jasmine115	$2b$12$5/eOH22k8a3Z3J/u8mxB4kRPX/.wW2OsNWpFQ0chJlyaqCYVoWf.I	Jasmine	Murphy	Jasmine	\N	free	active	t	t	1815596736	RF8O3HJEF	2022-08-28 01:46:17.806649+00	2024-09-11 05:39:06.922865+00	2601:25e:29d1:aab:2473:cfa0:440f:9132	\N	2024-09-11 14:33:06.922865+00
88	06957913-eca3-4920-975c-968ef5a32c57	monica.foster9@gmail.com	mfoster	$2b$12$XZ.bXA72aZvbuyijxjXbnAZNcimKYtllCSdQwRDp0WV0cboS89n8k	Monica	Foster	\N	\N	free	suspended	t	f	1501862382	RFHXY6LYX	2019-04-30 18:45:47.472910+00	2024-06-23 16:07:52.849390+00	2601:4f7:f5cf:4f2d:3397:4e94:f67:c5ea	\N	2024-06-23 22:42:52.849390+00
89	7a29c721-fcea-4695-8d49-28f09a2ae41e	leeo@gmail.com	oliviapics	$2b$12$Jc54tQ7vmJpKWIqUI9kp1e3Kq5IMXntVXUGsLnT3SskXhBH87oq0W	Olivia	Lee	Olivia L.	Philadelphia	pro	active	t	t	989775365	RF9SBK935	2023-09-07 06:43:54.001814+00	2024-09-23 21:22:26.049956+00	2601:d7a:11f9:6046:3c95:4177:ab01:8b81	2024-09-11 11:01:52.147683+00	2024-09-24 04:28:26.049956+00
90	3c7ccca8-f73d-4661-a367-b1e988d30c86	linprice93@icloud.com	lin.price	$2b$12$yEf5WeQpgaYlgaY/pIwLfNSjisJmfNmW/9AOTJ.hl4N6Cxmw/BCxd	Lin	Price	\N	Orlando, FL	free	active	t	f	134342598	RF78CRIST	2022-07-07 14:20:43.511963+00	2024-09-13 20:18:57.200389+00	73.172.180.252	\N	2024-09-14 04:59:57.200389+00
91	462abdc7-9e02-4da8-b860-dddcf3be464c	weigagnon95@shaw.ca	weipics	$2b$12$MGDqkWTypYmCvyoYIaWuPBZr7O5kNzgVBYJJtj8X3fgX.9AoB.14y	Wei	Gagnon	Wei	Ottawa, Canada	plus	pending_verification	f	t	0	RF19RXY54	2022-04-26 11:07:40.596438+00	2024-10-13 14:24:45.457656+00	99.240.48.134	\N	2024-10-13 19:29:45.457656+00
92	81a3fb18-7e94-40b0-ba46-044800c0ec10	wangk@att.net	kwang	$2b$12$D7z8qx5Ck.3Jz09.44AU/E0RIoYFVPW7X304MTBL6.dRTl7ZX1bJP	Kyle	Wang	Kyle	\N	free	active	t	f	250059494	RF52I24KV	2021-11-14 02:43:21.821463+00	2024-06-19 05:44:22.375855+00	73.110.7.237	2024-04-07 09:58:39.623440+00	2024-06-19 10:05:22.375855+00
93	5ea8901b-3caf-4119-9f33-10203fbf2807	hthomas@yahoo.co.uk	harryt12	$2b$12$NyWmdr/77O61wxdoPA.lSUUrnUEopwQWL.o1mfnLOr6STT5k/CeCg	Harry	Thomas	\N	Edinburgh	plus	active	t	t	268387280	RFWBO70PJ	2020-10-09 21:42:13.900402+00	2024-08-20 16:42:35.690621+00	86.165.152.124	\N	2024-08-20 21:22:35.690621+00
94	cf064675-8cdd-43c6-9c36-92415f24c27e	oliver.thomas9@yahoo.co.uk	thomaso304	$2b$12$W5ErAG5TTlYdx/GL6tPpKfctAOCGukjnsJiOsPjq8OArSc1iGol5t	Oliver	Thomas	Oliver T.	\N	free	active	t	f	499621212	RFF5OFUIO	2021-06-30 22:33:47.809015+00	\N	\N	2022-08-02 18:34:06.794260+00	2021-07-01 01:38:47.809015+00
95	16999ab0-8b14-43c9-9ac6-0f2dd82d3c73	vikram3663@yahoo.com	vikram.c	$2b$12$G.DC/ONBtFiiNGNlalD2MMI6WFiUEyAZjShH1x.JDtado1v1yzrvJ	Vikram	Carter	\N	\N	free	pending_verification	f	f	0	RF662FGGB	2019-06-08 07:10:45.854084+00	2024-07-05 07:39:34.852465+00	73.187.103.252	2023-12-27 01:49:48.968918+00	2024-07-05 13:11:34.852465+00
96	2de6486c-cdc8-4587-ab80-70bc180ee9a9	jackkelly83@btinternet.co.uk	jack_clicks	$2b$12$W2TQ09GJ.0hRFxCGMRDozMSIShkeKONZBw6HbYqxDHelv3YEh8O.Z	Jack	Kelly	\N	\N	free	active	t	t	570360350	RF7O8TIE2	2023-05-16 15:58:53.611993+00	\N	\N	\N	2023-05-16 19:01:53.611993+00
97	5db1c546-61bc-4e08-9665-bc56a7e001e1	j.becker@icloud.com	jbecker	$2b$12$eX4P81IbbiS7CnhvS54unNiWLS.p6TwhDsR/4cSY9VoQplRAMzZpN	Jennifer	Becker	\N	\N	plus	active	t	t	1381291590	RFF0TKS23	2022-11-24 07:22:57.616828+00	2024-11-06 10:41:44.288234+00	73.124.28.251	\N	2024-11-06 20:09:44.288234+00
98	e9d6aaae-aa10-48ba-9929-a16236ab5a6c	erin6205@gmail.com	colemane692	$2b$12$yYHQHRC/T44Y8cOGcuoq93XQtyOw24X6aWJZQyChAEHIvenV6XVvc	Erin	Coleman	Erin Coleman	Albany	free	closed	t	f	1032754632	RFD559ATV	2023-10-27 02:16:30.670048+00	2024-08-04 18:52:23.394434+00	73.132.172.86	2024-04-30 21:32:11.643085+00	2024-08-04 22:23:23.394434+00
99	c2ca56d8-4b86-43af-a05b-d4a227c61ca4	jiwoo.castillo65@icloud.com	castilloj136	$2b$12$tGy3Pk/spTs7MI0bdVhlCCWpYCmzpt0hB7swO2P2BECAs4JaFbodz	Ji-woo	Castillo	Ji-woo	Naperville, IL	plus	active	t	f	504155253	RF69PWFT9	2023-09-26 17:22:50.121589+00	2024-10-23 11:03:01.463441+00	73.30.2.153	\N	2024-10-23 18:40:01.463441+00
100	efcf9997-b309-4ef2-a763-a69ed59a330c	sgriffin@me.com	sarahpics	$2b$12$tnuTNSZahHHKrjoin2wgFZJr7jf39r1NuqV3nLZxr044lHHP5XP8S	Sarah	Griffin	\N	Buffalo, New York	free	active	t	f	3315232040	RFDH7HJ67	2019-05-06 04:46:14.397338+00	2024-09-29 12:14:34.183265+00	73.113.227.111	\N	2024-09-29 15:02:34.183265+00
101	e6681c30-55a5-4580-80bf-fe8119c84ac3	katie_tran@gmail.com	shutterbug_katie	$2b$12$UlLvY6lkvdjqS04Q1gxsWaOzwXJYHHWe4GDR.Nyq7GYpsDUwrbJXe	Katie	Tran	Katie	\N	free	active	t	t	373186954	RFP8XY1KM	2022-09-26 13:51:49.099006+00	2024-08-04 09:17:58.960405+00	73.46.11.77	\N	2024-08-04 14:54:58.960405+00
102	0fc07eb4-32cd-4014-868f-d27d9527581b	priya.baker@verizon.net	priya.baker	$2b$12$isYUb1cjgmLVW06UV0Ex2XP/tCr2nspLH/8byjsvT/qW6ri3rsKsb	Priya	Baker	\N	Miami	pro	active	t	t	210914984	RFYOPIV6F	2023-08-31 05:01:24.096857+00	2024-07-10 13:36:32.455262+00	73.37.34.177	\N	2024-07-10 23:31:32.455262+00
103	65379b34-6129-4d6c-a3f2-d70de1c85eb4	oliviagutierrez@gmail.com	olivia_gutierrez	$2b$12$eTcA1WWHqtxB6ggsOCvHVYicCiWKl7UBUiP9iUxyV1za5e31iEKVR	Olivia	Gutierrez	Olivia Gutierrez	\N	free	pending_verification	f	f	0	RF9SP3C1X	2024-02-08 16:24:54.954841+00	2024-07-13 06:21:22.451386+00	73.169.39.188	\N	2024-07-13 08:47:22.451386+00
104	71952d27-ef2a-4b20-a991-6812b52c63e7	kevinyoung66@gmail.com	kevin1185	$2b$10$CtKvOH2x9MGB8bltzbD1pBc1XsASGCi.wr/Eg41GbnQX7uOvbeQLs	Kevin	Young	Kevin Y.	\N	plus	active	t	t	1301265984	RF4X4ZA6P	2019-06-06 23:59:26.757781+00	2024-08-04 15:59:43.556033+00	73.151.1.210	2022-12-12 12:40:31.654899+00	2024-08-04 17:04:43.556033+00
105	1ca251cc-314d-4b79-98eb-7d89c081338a	noah.bouchard@sympatico.ca	noah_clicks	$2b$12$MhENROA5tA5.Pzar2zuzZ4A6veZQYr5tTrqY21hfMps656p3U.75h	Noah	Bouchard	Noah	\N	pro	active	t	t	1596880416	RFX30S97O	2021-07-16 04:19:20.386004+00	2024-08-22 04:37:39.774062+00	99.246.247.118	\N	2024-08-22 11:51:39.774062+00
106	28c3c7d6-e59d-40e2-8da0-7815e6806617	kylelee76@gmail.com	kyle.l	$2b$10$0HsTT9FS1PEwB9X135UfG/hc.8tuwWBsHesFFTPhaRsC8ymC5TIHe	Kyle	Lee	Kyle L.	Dallas	plus	active	t	t	1022366604	RFGAHYIHG	2022-01-25 03:51:10.259608+00	2024-07-18 09:47:01.195393+00	2601:67f:924f:7341:2575:4bdc:dcb6:c0b7	\N	2024-07-18 12:50:01.195393+00
107	57feb232-a0b7-4ae0-953a-69fc2c246485	fosterr@gmail.com	raj.f	$2b$12$ZjDTzUwcIk1awSsvvX/sQMtk8ywgxT69HDSySaO0EGwwFxF0/ULOw	Raj	Foster	\N	\N	free	active	t	f	876370482	RFSY34O5E	2023-01-17 06:59:12.162980+00	2024-11-13 19:47:18.575148+00	73.238.52.143	\N	2024-11-13 22:50:18.575148+00
108	245835a9-8164-42f9-965c-d9cff4a1b4ea	nicolelopez84@yahoo.com	lopezn327	$2b$10$nB8N6Ex3k4sIiX5RzSpuOCEMb01O/vmgQo0kSuCSg5jInB6suG333	Nicole	Lopez	Nicole	\N	free	active	t	t	1533444668	RF69882K8	2022-12-12 13:36:47.461913+00	2024-08-05 10:20:13.830331+00	73.128.178.239	\N	2024-08-05 13:22:13.830331+00
109	b410b8d7-a375-499b-b7bc-8e75177f7934	heather823@gmail.com	fosterh694	$2b$12$T5w33IKLJVbfm2fyEQXZmP3jJtC/4DVOhbFI5vqhHQp81Tip3/zg3	Heather	Foster	Heather	\N	free	active	t	f	79966754	RFPACELVM	2023-12-13 10:26:45.503583+00	2024-06-09 19:22:59.019468+00	73.90.181.195	\N	2024-06-10 01:11:59.019468+00
110	c3894795-2865-4e58-8fae-f06bb5e03963	noah_gauthier@hotmail.com	noahpics	$2b$12$sOubThAeevnfrLSuJ0mCrqqlXyfr93Bgowk1g4HOGWg2iYqYdg8hQ	Noah	Gauthier	Noah G.	Toronto	free	active	t	t	1289523642	RFXXNX8B0	2020-04-23 17:53:42.781492+00	2024-10-03 02:14:03.249302+00	99.237.49.240	2020-07-02 07:49:03.638262+00	2024-10-03 08:01:03.249302+00
111	eac40de9-4d7f-4b39-a6ec-65110ff154cd	washingtond@gmail.com	davidshoots	$2b$10$JuxZCLIr0MJqz1szreeH8b86X8G8kpDkzK.B91HNwd8zIq.mHp8PC	David	Washington	David W.	\N	free	active	t	f	1955326975	RFZA3YB9M	2024-07-12 08:59:04.070491+00	2024-09-25 09:29:18.379085+00	73.162.100.106	\N	2024-09-25 13:59:18.379085+00
112	8771f9b4-cd25-4e0a-9ce9-4a251148c380	marcandre3526@rogers.com	marcandre.g	$2b$12$1NrXpXo2uslEpg1CYmxhL0tBtOVjcYLQkdl6ezF/oHxGdIdCcJuL/	Marc-André	Gagnon	Marc-André	\N	plus	active	t	t	497689380	RFYGZ09T1	2021-08-31 19:56:37.472795+00	2024-01-17 22:33:39.693548+00	99.227.253.139	\N	2024-01-18 02:25:39.693548+00
113	11cf28bf-39f3-41df-ab30-724864836a3d	megan9331@gmail.com	mgreen	$2b$12$QzCCPMft9vO80vawTuR0jqTRcrRr7hzb248/RPvqvZ8f8fZcsRwRz	Megan	Green	Megan	Cleveland	free	active	t	f	468707984	RFPNWPD5W	2024-04-02 19:14:50.723264+00	2024-08-22 00:30:13.144979+00	73.45.134.87	\N	2024-08-22 06:51:13.144979+00
114	f62307a5-0f4d-4a72-89be-f56b95b46643	amelia.green@sky.com	amelia_green	$2b$10$Ng/Lt4Rv9nHTz4rUxyLfD31fYQvBwwvnAuF/tUQrtNnHBPAiyYVYa	Amelia	Green	Amelia	\N	free	active	t	f	37483756	RF8RHTLTR	2023-02-27 15:49:52.286668+00	2024-06-08 13:06:15.610003+00	86.182.234.213	2023-08-14 13:01:05.497502+00	2024-06-08 18:14:15.610003+00
115	f6ee5070-adf7-443f-a787-6d0ee884269b	garciad@gmail.com	garciad221	$2b$10$2CAGmuW2lQil1PZ6oii2CSAh6dEDtccWQNKFFN.hypg8RQ/ypmlWX	Danielle	Garcia	\N	Missoula	free	active	t	t	877119334	RFD653ZHO	2019-07-17 14:04:17.311339+00	2024-10-09 09:54:09.022452+00	2601:29c:224a:6175:1fcc:3430:13c7:60e3	\N	2024-10-09 15:00:09.022452+00
116	40d66ec2-988a-4430-8861-2c0c1eeca997	brittany7349@outlook.com	brittanypics	$2b$10$Y6x1kBy7WljMX7qFKAHneiyidv1K8NL6YNuFw28T8eVl1LptGxwBN	Brittany	Clark	Brittany	\N	plus	active	t	t	999855680	RFMKO5T8G	2019-11-24 18:49:06.466616+00	2024-09-28 09:32:15.312726+00	2601:ad6:6e93:d656:7f65:f34c:fe6a:f0e0	\N	2024-09-28 16:56:15.312726+00
117	3d62f79d-e6b8-4bae-9b45-d0aee5875973	gurpreetgagnon92@outlook.com	gurpreetshoots	$2b$12$FgOUt2IkEKdIC6d9s0fJAGX359O1i9RSza3ZFjzw.BGWDsyENFIRB	Gurpreet	Gagnon	Gurpreet G.	\N	pro	active	t	t	559200240	RFQVIIWX3	2023-02-17 22:46:20.710113+00	2024-10-20 07:48:08.171113+00	99.242.233.221	2023-04-17 22:18:53.624126+00	2024-10-20 09:39:08.171113+00
118	0876736c-1174-46f1-90fa-f1a94c0853ba	natalie.bennett95@verizon.net	natalie_bennett	$2b$12$4tOlR7lXgzsKBkeILNJ9hdr5HJJDS4Scnu2rARaFJnhhDUmXtoKBB	Natalie	Bennett	\N	Baltimore, MD	free	active	t	t	2010706776	RFDKNFXD0	2023-09-22 05:07:21.544384+00	2024-11-11 11:20:05.974838+00	2601:989:2f9c:cf30:56d0:730e:bdd3:22c7	\N	2024-11-11 15:11:05.974838+00
119	66562c7c-bddd-47d3-8c73-553d3d7487de	patrick.becker13@aol.com	shutterbug_patrick	$2b$12$MKuTm2yQOFXqNr/mLoyW9pusv1c60dhfO.JBhWr32HvRZL2hI38fP	Patrick	Becker	Patrick B.	\N	plus	active	t	f	641200528	RFO5197WJ	2022-10-05 21:16:19.333765+00	2024-08-07 23:29:45.039122+00	73.83.78.111	\N	2024-08-08 07:37:45.039122+00
120	08931077-7533-419d-9b07-5d682ef84bfc	aedwards@btinternet.co.uk	aoifeshoots	$2b$12$wjfgDb5DaV1FdvIjsH7DCypTCeSol41hjYYq6obU5ZW58ZAPTxiEY	Aoife	Edwards	Aoife E.	Manchester, UK	free	active	t	f	850879517	RFTK8296Y	2023-03-24 23:20:49.623084+00	2024-08-02 20:26:52.687893+00	86.141.208.99	2023-04-10 18:00:17.251297+00	2024-08-03 02:55:52.687893+00
121	befb021c-45ac-4005-aaa3-47873e83252a	eilidh7341@outlook.com	eilidh.s	$2b$12$gpPWmNJvD0EuuBynN9i7hV7iKhCS4a7LlBOdusyLaj7rAJi4gabKZ	Eilidh	Smith	Eilidh	\N	free	pending_verification	f	t	0	RFGHG2IMT	2022-05-07 00:59:16.249192+00	2024-07-25 10:33:09.452491+00	86.139.251.202	\N	2024-07-25 13:41:09.452491+00
122	fa72eb63-b5ff-4c1a-8b50-711a48afaaa0	imanigonzalez68@gmail.com	imanishoots	$2b$10$oPP5iLcBn/XCNOtrxuhtynY6JaodSfekYMbPRUPzmEhHUAU7CnRf1	Imani	Gonzalez	Imani G.	\N	plus	active	t	t	572008820	RFDCMRSNP	2021-12-09 00:29:37.101290+00	2024-10-11 00:51:48.517823+00	73.33.237.233	2023-01-27 15:37:24.200095+00	2024-10-11 08:50:48.517823+00
123	fb773da8-9a04-4aed-b879-c51e9b8e13c2	natalie.perry57@gmail.com	natalie_clicks	$2b$10$LkE1yvMvRWgVwQ1eqE1MBxKT9.WYMxEtumDprlUhhFfTE7iqiL9Np	Natalie	Perry	\N	\N	free	active	t	t	877936492	RFS72928H	2022-03-20 05:14:29.353227+00	2024-08-06 21:34:54.322413+00	2601:e99:476c:30a3:ef28:b70f:c98b:1233	2023-11-22 04:34:28.652727+00	2024-08-07 02:51:54.322413+00
124	e2001b3e-f6a3-410d-bfac-3b4978752c9d	eilidhevans69@sky.com	shutterbug_eilidh	$2b$10$5sKefoVa5oZPV.hcVmyhKOYjQJHDX.Hg4Eb0SZ2FY/wvetqGw80zQ	Eilidh	Evans	\N	\N	plus	active	t	t	218788020	RFB9E26GP	2021-08-16 09:34:07.881673+00	2024-07-02 05:14:35.540202+00	86.174.89.15	2021-11-18 22:49:51.440744+00	2024-07-02 06:02:35.540202+00
125	89bcaf71-0f74-40fc-bcae-c8b41e595ed4	brittany.baker@aol.com	brittany_clicks	$2b$10$bRi9dwa5XidXQkTjrK9NusZLblQkUS4TTQ9jsSeMv6cIxGbPDw0uk	Brittany	Baker	\N	\N	free	active	t	t	650717680	RF2YDZU00	2021-02-20 21:32:19.800035+00	2024-10-16 01:35:46.857649+00	73.121.116.10	\N	2024-10-16 05:08:46.857649+00
126	1a6aec2f-8d07-4fde-8772-a9863823c4df	sophiegill@hotmail.com	sophie1787	$2b$12$gczK2vGkydKJAQyir5rnsAeXN1AFkS0iSuueeWCTawxRgiEpjesVg	Sophie	Gill	\N	Toronto, Canada	free	active	t	f	1742367939	RFPI57H6J	2021-09-11 13:43:58.025612+00	2024-11-07 19:19:03.623430+00	99.248.173.62	2023-08-09 09:08:32.180081+00	2024-11-08 05:15:03.623430+00
127	37f2e9ec-6c21-4aa9-8858-556a56592af5	erin6661@protonmail.com	erinshoots	$2b$12$DhpY9SH1ozPluo8ac.KkeIookYGXKnfgG86.Sbxh3X/tNk416udGe	Erin	Foster	Erin	Tampa, Florida	free	active	t	f	34099313	RF0UT6WL1	2023-05-29 16:46:24.235662+00	2024-11-07 16:01:09.198162+00	73.196.139.217	2023-10-15 22:17:08.158332+00	2024-11-07 22:54:09.198162+00
128	a34e3f79-cd31-43f2-ab0e-437c105c345a	bleblanc@shaw.ca	brooke.l	$2b$12$U3Rr4dUBXcMiTj8nxQN6z8UlplhHoA3S.6Qc1k34hMDhkwyDNlT5v	Brooke	Leblanc	\N	\N	free	active	t	f	1111078144	RF48SVIUX	2019-09-02 11:51:51.021897+00	\N	\N	\N	2019-09-02 15:46:51.021897+00
129	63bc4dcd-9268-48db-a47d-905eaf5a82f7	dsmith@yahoo.com	davids99	$2b$12$jq5wMBSfulfO5evO3rZ7D/Q62B/Vb0FPA/Jc/PPUuO0TkLnnLEXqK	David	Smith	\N	\N	free	active	t	t	1391548163	RFDUP3HB1	2021-12-14 16:10:49.412821+00	\N	\N	2022-01-30 08:51:14.869319+00	2021-12-15 00:02:49.412821+00
130	8538b60b-ba4d-4b29-b00a-0e579c2d84e1	raj.king@yahoo.com	rajpics	$2b$10$4cWAU3ssYKDM9pt7r5Q9DbMQF5PWzfBUKuteENG8SV9m8vkMTxu7P	Raj	King	Raj K.	Sacramento, California	plus	active	t	t	402268020	RFYI4MDM5	2023-08-05 04:23:36.663101+00	2024-02-17 23:58:25.898043+00	73.133.49.187	\N	2024-02-18 00:18:25.898043+00
131	fe76862a-e5b0-486e-92c4-385962e4e6ec	okhan@outlook.com	oliverk74	$2b$10$VvnR8nCaW9biWKuplDGY3gE7VsqcHZVueaawqUZ9S8rp.FYmMzEmR	Oliver	Khan	\N	Glasgow	plus	active	t	t	2407401892	RFMBTUC5Q	2023-11-29 21:00:31.959647+00	2024-06-17 19:29:07.303816+00	86.183.58.1	2024-09-27 20:49:02.282961+00	2024-06-17 20:43:07.303816+00
132	c476d4ef-ec63-4be7-8174-e04ada9aad52	lin_young@outlook.com	lyoung	$2b$12$rm2.TtbxDMRvImFJ7wf/8t.20L6GtAqogIE5vesTTeRY3KJeTZnUa	Lin	Young	Lin Young	San Diego	free	active	t	f	1222040440	RF1FUWXI6	2023-02-17 06:23:24.738438+00	2024-08-10 23:25:53.079764+00	73.121.90.184	2024-02-09 12:16:43.689492+00	2024-08-11 09:03:53.079764+00
133	1790cf16-c74c-416d-a362-55b096a588ba	valeriacampbell76@gmail.com	valeria_clicks	$2b$12$/gvfWWgJTFfe1E4zLWVK9ZjLLObTEiYZcSLy03gS6aBtvwsrvFC.e	Valeria	Campbell	Valeria Campbell	\N	free	active	t	f	21193355	RF34AOHWD	2021-08-09 08:50:10.329271+00	2022-05-17 08:13:47.600048+00	73.209.98.162	\N	2022-05-17 10:29:47.600048+00
134	651664bb-b8fa-4b89-a9c8-8835ba896b47	brandonflores94@att.net	brandon.flores	$2b$12$pKow7vwJUD6X1g4jw/PX0bfhTUQ42lUmYffGh.2/BCxBBVZTQTJyj	Brandon	Flores	\N	\N	plus	active	t	f	64042052	RFPOGO8Q3	2022-01-04 07:33:48.231280+00	2024-10-21 06:18:39.152091+00	73.139.213.247	2023-08-14 18:35:56.599096+00	2024-10-21 13:55:39.152091+00
135	5c3fb075-540f-43aa-bad2-e8162a03e67d	minh.foster@gmail.com	minhshoots	$2b$10$.QEwPZlMNcjrsdlZYVjpk4R6hlDIgoc3k6L5DQKjyFQVfLB5qdjJ2	Minh	Foster	\N	\N	free	active	t	f	47296244	RF1E07UVR	2023-11-02 06:00:15.652923+00	2024-07-01 07:56:47.733559+00	2601:c5d:7f3d:2c0e:f72a:37e5:a728:81be	2024-08-20 11:48:27.970343+00	2024-07-01 09:03:47.733559+00
136	3409e21d-9f76-45da-bcec-370d5da53fe0	jose_gutierrez@gmail.com	jose.g	$2b$12$VZUlBrltE/n9JcANMfD1.WOWUFaNx6o5N4D82gpcChGCo.aq2h5wY	Jose	Gutierrez	\N	Chicago, IL	pro	active	t	t	2919578980	RF7X4XJL3	2022-01-18 20:46:06.476831+00	2024-08-08 19:54:02.229427+00	2601:6a9:57b7:721:a8f0:64df:4145:f4be	2023-04-15 13:33:48.597006+00	2024-08-08 20:52:02.229427+00
137	a13c6f12-7941-4ae7-8587-9d14ebc1a14f	logan7691@att.net	shutterbug_logan	$2b$10$yfgYl52Qd.3LfLaVqGgju2i5uUDHiZXHVXEdi77Tw4BH4KmL23DYQ	Logan	Smith	\N	Kansas City	free	active	t	f	1451660292	RFW7TV1YN	2024-07-02 04:34:40.357508+00	2024-10-30 08:22:07.480606+00	73.38.160.144	2024-07-17 16:54:51.235225+00	2024-10-30 11:44:07.480606+00
138	a4724db3-26d3-4235-83ac-e552313a8da6	genevieve6345@rogers.com	gpelletier	$2b$12$qeL/edXwsucB9uiNefVVO3V80YmCvI7AJiYdeqvMbJKqOJYArGulH	Geneviève	Pelletier	\N	Toronto, Canada	free	suspended	t	f	685978963	RFPW16UBR	2021-06-24 17:07:08.743948+00	2024-11-13 09:44:26.414664+00	99.226.5.217	\N	2024-11-13 14:46:26.414664+00
139	c4dd0455-aa41-4f2b-a740-cb9d753b79d1	nwilliams@gmail.com	nwilliams	$2b$12$fW8nhKrT8hsiOXB45.NOrZiR/DKf1wUcThbVvV/PmZhHboJLgB4n0	Natalie	Williams	Natalie W.	Denver	free	active	t	f	435936446	RFVF6O0A6	2021-12-15 18:42:31.720231+00	2024-10-13 14:02:26.274321+00	73.169.26.106	\N	2024-10-13 15:22:26.274321+00
140	a0cac003-d956-43cb-986a-891be077f345	garrettreyes66@gmail.com	garrett.reyes	$2b$12$.dv5FFKEEz9JAxGUoEFMHgRggakahnf3VeGnzJYbWZ7XwH/C4sGIn	Garrett	Reyes	Garrett	\N	free	active	t	t	173327152	RFQUGAR1P	2021-11-02 05:16:38.694517+00	2023-06-23 22:34:44.397377+00	73.125.150.44	\N	2023-06-23 23:17:44.397377+00
141	d53c13fa-e4ec-4e5c-aab4-5146f82fecf6	mei.powell64@outlook.com	meipics	$2b$10$gq1ozZhWpISRf.jKyZ6mjj.9dl6QcYOab7Zkle6R.lVHU28wX5rWu	Mei	Powell	Mei P.	\N	plus	active	t	t	609445593	RF1TF5KEG	2020-05-29 20:24:15.577558+00	2024-07-16 20:02:26.949309+00	73.103.150.205	\N	2024-07-16 22:25:26.949309+00
142	7ef36871-0c88-4075-a117-60390e699b19	camilaolson@yahoo.com	camilashoots	$2b$10$YLrAP.EZ/EkNfGus8VzYv4gJDUy9iP/d1GsMx/58yFDra4u1MDzFv	Camila	Olson	Camila O.	\N	free	active	t	f	181030467	RFW7NC3NT	2023-01-14 07:10:24.001459+00	2024-06-08 23:00:57.764092+00	2601:aad:61a8:733f:4950:597e:2599:18d2	\N	2024-06-09 07:36:57.764092+00
143	39bb7c13-f824-4498-9877-ec556931c406	eilidh.pritchard41@btinternet.com	epritchard	$2b$10$fecer8ELOYkwAD2/O3gukoU6cy2f2qz6J8mJWDul40CdJzoD2nKMm	Eilidh	Pritchard	Eilidh P.	Bristol	free	active	t	f	203723102	RF16PD86Z	2019-12-28 04:42:33.208603+00	2024-09-18 06:50:34.088575+00	86.185.238.194	2023-06-08 02:53:45.109523+00	2024-09-18 15:50:34.088575+00
144	82b4435f-899a-403f-8134-efd688d9d290	mei.price57@verizon.net	mprice	$2b$12$OiJiUol2ZdhY4.XZr6XNawFAQ6B0eQOn/pxPGcUqo3JoOTK1f7Bdu	Mei	Price	Mei P.	\N	pro	active	t	t	1179009942	RFF51FBO3	2024-02-16 00:32:28.814039+00	2024-07-23 15:18:10.557839+00	73.108.251.120	\N	2024-07-23 15:43:10.557839+00
145	a11462eb-40cc-4b77-af55-8cf273eee057	caleb.wilson@yahoo.com	cwilson	$2b$12$w73V7rSHfdm2l4iq3iHlUdDhEmdjpzSKYJBhbOIB29MpkGKWSr7KA	Caleb	Wilson	Caleb	Houston	free	active	t	t	348306160	RFVVNABT5	2024-07-22 15:56:51.285145+00	2024-09-10 15:46:55.713865+00	73.243.84.14	\N	2024-09-10 19:00:55.713865+00
146	c9b734c3-cf29-43bc-becf-d26a1211752e	charlie.davies49@hotmail.co.uk	charlieshoots	$2b$12$X10BiwRNkpcv7gKRlOh7TOg47F146TyGAcNQMhrxNZvXO3hFoPzfr	Charlie	Davies	Charlie	\N	plus	active	t	f	305267776	RF9662A91	2024-05-26 00:52:09.809783+00	2024-10-22 20:37:53.094186+00	86.134.22.177	\N	2024-10-23 04:18:53.094186+00
147	55201456-b8e3-4885-84d0-5f3ebed84338	sarah.wang71@yahoo.com	sarah1086	$2b$12$IlO8uf30SDAG.NdYOakXdhlH1A6jKJ1CRQrFW7h1ae0Q/O2neDA13	Sarah	Wang	\N	\N	plus	active	t	t	1717799436	RF6KP6BLK	2022-02-16 16:48:27.432585+00	2024-11-06 07:35:27.915288+00	73.63.245.3	2023-03-10 17:24:47.865074+00	2024-11-06 08:20:27.915288+00
148	7d3a5524-c1e6-4584-8836-4ebe97ef79e6	m.kowalski@yahoo.com	mamakowalski	$2b$12$nQLaGOWB/fVYLaWLNx.0/KFuFinwnA3IkQZf/2D0UNjmrml4dG97R	Monica	Kowalski	\N	Wichita, Kansas	free	active	t	t	3224365992	RFGX58B0V	2019-12-14 15:56:22.557545+00	2024-07-25 16:54:52.295586+00	73.95.146.147	2021-05-28 09:30:36.183017+00	2024-07-25 21:01:52.295586+00
149	165a38ae-6551-44d2-a257-7d68fde5a55a	jclark@gmail.com	jose.c	$2b$12$46hvyOzBOKRClCTGXJE0i08N92.Ncr34bzYsKwPslPnB8eR5GaFsJ	Jose	Clark	Jose	\N	plus	active	t	t	614055134	RFOGRFW9Z	2023-05-14 13:50:37.923921+00	2024-07-12 02:24:32.569127+00	2601:4f8:8cd6:a2eb:eb98:2e84:60dd:d02a	\N	2024-07-12 03:32:32.569127+00
150	b574f0e2-cb96-45aa-a4ab-0c4ca53d369b	daniellebaker75@gmail.com	daniellepics	$2b$10$HZ/xIEk5kMvU5U.kQQKC4tM.LF8.ML0wEK0CclKQfKBoNqZs12mF8	Danielle	Baker	\N	Atlanta, Georgia	plus	active	t	f	103846976	RF0PI6Y0C	2021-08-28 10:41:44.696571+00	2024-08-08 06:33:13.972749+00	73.9.222.189	2023-07-28 11:08:18.894794+00	2024-08-08 15:19:13.972749+00
151	5b51f419-9a8e-4fcd-b873-9ea2627425ba	harpreetbelanger72@gmail.com	shutterbug_harpreet	$2b$12$PJkHTQ9.4Hk6oF3lCiSVR1YgGbCC/EJ7J7zbs8k.kUG1m4ArV2yqD	Harpreet	Bélanger	\N	\N	plus	active	t	f	381042330	RF10KN0FB	2023-05-03 06:17:24.235225+00	2024-09-22 13:59:42.307427+00	99.237.224.30	2023-07-07 02:46:31.601771+00	2024-09-22 18:36:42.307427+00
152	9eeef682-6423-4bcb-b4da-d9597cb5d243	darnellallen76@comcast.net	darnell_clicks	$2b$12$ossOJY1VvVLA7Bbxbm1ekyYO9hU4IhdCU9L0Ughnx01/ralWes1O4	Darnell	Allen	\N	Arlington, VA	plus	active	t	t	285193320	RF0S949VX	2021-07-18 23:23:56.914897+00	2024-08-09 22:53:26.093567+00	73.28.149.118	2022-10-16 17:53:43.768812+00	2024-08-10 03:43:26.093567+00
153	fcd73e41-b2d2-4c11-bbd9-da8c8a09965e	aflores@gmail.com	mamaflores	$2b$12$GmFppiSORcVAtf5EbCXHUx/r2bdQ9XmHfCQqNWoZFsb2rAF2vYMhQ	Ashley	Flores	\N	Sacramento, CA	free	active	t	f	757930320	RFUT872CY	2019-03-15 02:48:42.630498+00	2024-11-12 07:29:50.646850+00	73.56.87.111	\N	2024-11-12 11:13:50.646850+00
154	58732f07-5d26-42b6-866a-84e192a222cf	chantal_li@rogers.com	mamali	$2b$12$FjmovdvGKvrIpgK01AHHmBQ4gJ.cLj4FC6YZgv2RSBEWZrETOocH/	Chantal	Li	Chantal L.	\N	free	active	t	t	189337572	RF9G3LMV5	2021-04-09 02:25:53.721974+00	2024-07-26 00:37:03.865517+00	99.231.164.81	\N	2024-07-26 08:12:03.865517+00
155	23c86559-0cb7-4bc5-ba18-812cb109f4b6	jenniferfitzgerald@gmail.com	mamafitzgerald	$2b$12$A71mpT4JDzfTlwkfTuW0rrjIGH2iUKtJMh1xRAsxKq19AQ1UZ8PGZ	Jennifer	Fitzgerald	\N	\N	free	active	t	t	30216552	RFK6HX7DH	2024-03-12 17:36:16.689176+00	2024-10-29 00:07:58.757970+00	2601:f06:69cf:b847:daae:78cc:18a9:fa46	\N	2024-10-29 08:03:58.757970+00
156	263ca534-44f9-4963-b519-e55ed1dad35b	poppyashworth@btinternet.co.uk	poppy.ashworth	$2b$10$hbsuHUP/i8lpu6dyWQT0vsFS71pJOn533LXjs0cEU70ZWOXmTeazw	Poppy	Ashworth	\N	\N	pro	active	t	t	174368727	RFFZSU19I	2023-09-27 11:14:40.275086+00	2024-11-11 01:20:46.514021+00	86.161.139.212	\N	2024-11-11 04:54:46.514021+00
157	6e382015-026d-4543-a635-73c1f69149fe	d.obrien@gmail.com	diego.o	$2b$12$AunYjUs9qY.Xm8auRELNAVXwOVUqk4fQSTLPyTbcQHDpD4U6NXptI	Diego	O'Brien	Diego O'Brien	\N	plus	active	t	f	1678638650	RFOO94FFU	2022-05-15 17:47:59.945367+00	2024-10-27 21:08:37.434128+00	73.17.64.181	2023-01-08 17:02:28.244850+00	2024-10-28 01:53:37.434128+00
158	4f04c97b-6f7e-4bf3-b39d-888554fdd87f	ethan.coleman34@gmail.com	ethanpics	$2b$10$IcBd9HixHXbGgFbqTIg9OI.7rF8M8krAHdmQHTv6zonNZXk/w0lu0	Ethan	Coleman	Ethan	Birmingham	free	active	t	f	2941431762	RFJNTWQXG	2021-02-24 22:12:24.442630+00	2024-10-20 21:25:00.589986+00	73.24.237.1	\N	2024-10-21 05:40:00.589986+00
159	6bc1a08f-9c37-4290-a074-b2de801956a5	katie.carter62@gmail.com	katie_carter	$2b$12$5.d3MUiJriKkCguBWTlWO1x6qn/A6EEZYVN1nnHaoCUcyUPnDIIdZ	Katie	Carter	\N	\N	free	active	t	f	429712569	RFCHV8SXZ	2021-10-19 15:03:13.853638+00	2024-07-18 14:41:02.063469+00	73.169.246.90	\N	2024-07-18 19:48:02.063469+00
160	9418f494-3eb0-4e2b-aaee-4f8ba7d38ab6	stephanie.king@gmail.com	shutterbug_stephanie	$2b$10$Qlh16gsBH./vsUfvW7/TpxhMvbdZjFTAzk/JLetkbvG1YZSU3bljZ	Stephanie	King	Stephanie King	\N	plus	active	t	t	516060696	RFVBM7EET	2024-08-13 00:28:05.748279+00	2024-08-28 16:54:15.247984+00	73.72.129.53	2024-09-28 22:45:12.102794+00	2024-08-29 02:17:15.247984+00
\.


--
-- Data for Name: shipping_addresses; Type: TABLE DATA; Schema: public; Owner: snapwell_app
--

COPY public.shipping_addresses (id, user_id, label, recipient_name, line1, line2, city, state, postal_code, country, phone, is_default, created_at) FROM stdin;
1001	1	Home	Camila Hill	28595 Maple St	\N	Chicago	IL	60693-1611	US	+17737952241	t	2021-11-09 11:15:31.474857+00
1002	2	Home	Lin Kim	694 3rd Blvd	#1062	Richmond	\N	23299-2013	US	804-601-0175	t	2021-10-29 03:30:49.853001+00
1003	4	Home	Tanisha Rodriguez	290 3rd Blvd	\N	Madison	WI	53775	US	(608) 851-0457	t	2023-04-07 18:21:05.308988+00
1004	4	Work	Tanisha Rodriguez	23113 Dogwood Pl	\N	Madison	WI	53714	US	\N	f	2021-02-11 12:38:41.014938+00
1005	7	Home	Erin Baker	1375 12th Ter	\N	Seattle	WA	98152	US	206-397-9576	t	2024-07-06 19:54:03.951284+00
1006	8	Home	Juan Morales	1491 Elm Pl	\N	Jersey City	NJ	07340	United States	(201)531-9984	t	2023-10-14 23:26:43.574049+00
1007	8	Work	Juan Morales	670 Elm Pl	Floor 5	Jersey City	NJ	07350	US	\N	f	2024-08-04 21:41:40.570107+00
1008	9	Home	Carlos Perry	19508 Willow Ter	\N	Columbus	OH	43228	US	614.871.7093	t	2023-11-09 02:14:48.871708+00
1009	9	Work	Carlos Perry	15199 Maple Ter	Suite 307	Columbus	OH	43280	USA	\N	f	2023-06-13 19:18:31.225966+00
1010	11	Home	Ella Doyle	201 Kingsway	\N	Bristol	\N	BS6 3JQ	GB	\N	t	2021-07-31 02:37:39.124259+00
1011	12	Home	Chloe Kowalski	6657 Maple Ln	Unit 19	Tulsa	OK	74153	US	+1 918 527 2023	t	2024-10-08 23:57:34.610296+00
1012	14	Home	Alfie Kelly	26333 12th Way	Apt 16B	Dallas	\N	75282	US	\N	t	2024-08-06 10:39:27.715609+00
1013	18	Home	Keisha Morales	13992 Dogwood St	\N	Savannah	GA	31458-4503	US	(912)950-4395	t	2024-06-08 23:57:19.291999+00
1014	18	Work	Keisha Morales	933 12th Dr	Floor 26	Savannah	GA	31470	US	\N	f	2024-07-15 23:16:31.718912+00
1015	18	Mom	Ruth Park	180 Franklin Dr	\N	Colorado Springs	\N	80967	US	\N	f	2023-05-22 00:33:03.317632+00
1016	19	Home	Michael Washington	14194 Oak Blvd	\N	Cincinnati	OH	45206-8549	\N	\N	t	2022-06-13 20:50:20.483678+00
1017	20	Home	Olivia Mitchell	11068 Oak Ter	\N	Tucson	AZ	85768	US	(520)520-2470	t	2024-01-22 01:45:39.450926+00
1018	20	Work	Olivia Mitchell	97 Lincoln Ter	\N	Tucson	AZ	85711	US	\N	f	2022-07-05 16:00:53.497550+00
1019	22	Home	Lin Becker	3134 Grant Ct	Unit 294	Worcester	\N	01664	US	\N	t	2024-09-28 19:09:37.448116+00
1020	22	Work	Lin Becker	8947 Walnut Blvd	Floor 25	Boston	\N	02105	US	\N	f	2024-05-17 04:15:47.148913+00
1021	23	Home	David Mitchell	23531 Park Ave	\N	Worcester	MA	01679-3625	US	(508) 299-3799	t	2023-11-20 17:42:37.727323+00
1022	23	Gift	Barbara Mitchell	1489 Grant Ct	\N	Buffalo	\N	14294	US	\N	f	2023-10-07 07:47:04.213451+00
1023	24	Home	Diego Fitzgerald	5147 Washington Rd	\N	Philadelphia	PA	19184	US	215-387-3609	t	2021-03-30 22:32:26.256241+00
1024	25	Home	Derek Anderson	2945 Highland Ln	\N	Cincinnati	OH	45222	US	\N	t	2023-03-11 17:04:32.785812+00
1025	25	Work	Derek Anderson	29592 Sunset St	\N	Cincinnati	OH	45293-1684	US	\N	f	2022-06-01 03:55:06.865082+00
1026	26	Home	Brittany King	2293 Hillcrest Dr	\N	Chicago	IL	60644	\N	312-238-9838	t	2024-04-24 13:36:12.351855+00
1027	27	Home	Jasmine Lewis	80 Mill Ln	\N	Philadelphia	PA	19147	USA	(267) 548-5405	t	2021-11-14 08:07:45.565512+00
1028	28	Home	Mei Williams	7207 Forest Dr	\N	Dallas	Texas	75299-2922	US	\N	t	2024-04-06 21:19:43.245745+00
1029	29	Home	Imani Harris	90 Park Blvd	\N	Spokane	WA	99296-8175	US	\N	t	2020-12-10 19:14:32.587800+00
1030	29	Work	Imani Harris	7610 Vine St	Floor 13	Tacoma	WA	98486	US	\N	f	2023-10-12 16:51:35.642657+00
1031	30	Home	Madison Hayes	41 Meadow Ct	Apt 3D	Little Rock	AR	72218	\N	(501) 240-9632	t	2023-09-24 12:23:38.181487+00
1032	31	Home	Amanda Castillo	62 Spring St	Unit 249	San Francisco	CA	94121	US	415-495-7362	t	2024-07-10 16:54:21.893892+00
1033	31	Work	Amanda Castillo	85 3rd Blvd	Floor 17	San Diego	CA	92183	US	\N	f	2023-11-14 04:14:57.079564+00
1034	33	Home	Duc Anderson	8003 Lake Rd	\N	Raleigh	NC	27686	US	(919) 387-3919	t	2024-03-19 16:01:47.503421+00
1035	33	Work	Duc Anderson	125 Birch Ave	Suite 558	Raleigh	NC	27611	US	\N	f	2024-07-16 06:31:52.907312+00
1036	35	Home	Keisha Green	27476 Church Ter	\N	Louisville	KY	40240	US	502.623.9919	t	2022-12-07 09:51:07.724166+00
1037	35	Work	Keisha Green	12882 Orchard Blvd	\N	Louisville	KY	40240	US	\N	f	2023-06-18 09:43:37.300807+00
1038	37	Home	Hana Lopez	27 Grant Ct	\N	Oakland	CA	94616-7717	\N	510.721.7328	t	2024-05-25 21:03:14.799516+00
1039	38	Home	Imani Schmidt	6109 12th Ln	#1756	St. Louis	MO	63115	USA	(314)619-2535	t	2023-05-22 13:08:38.538297+00
1040	38	Grandma	Dorothy Perry	465 Chestnut Rd	\N	Oakland	CA	94689	US	\N	f	2023-11-13 15:59:09.007646+00
1041	40	Home	Valeria Wright	781 Spruce Rd	#2273	Cheyenne	WY	82052	US	\N	t	2020-05-15 07:55:19.598667+00
1042	41	Home	Monica Murphy	8252 Meadow St	Apt 27A	Miami	FL	33114	US	\N	t	2023-06-25 13:36:29.990361+00
1043	43	Home	Ashley Thomas	18649 Dogwood Blvd	\N	Philadelphia	PA	19169	US	215.971.2446	t	2023-10-10 09:01:07.665654+00
1044	44	Home	Danielle Tran	73 Oak Rd	#1564	Sacramento	\N	95805-5646	\N	\N	t	2024-03-12 14:57:23.884074+00
1045	45	Home	Marcus Carter	39 Magnolia Way	\N	Birmingham	AL	35288	US	\N	t	2023-05-13 19:26:25.213157+00
1046	46	Home	Marc-André Singh	2040 Elgin St	Unit 33	Ottawa	ON	K2P 2P2	CA	+1 (613) 691-5256	t	2024-07-18 18:50:28.957181+00
1047	46	Work	Marc-André Singh	2651 Somerset St W	\N	Ottawa	ON	K2P 6G0	CA	\N	f	2024-01-06 06:24:18.749697+00
1048	47	Home	Logan Brooks	973 5th Way	#941	Saint Paul	MN	55116	US	+16517990327	t	2024-10-20 13:58:16.892279+00
1049	48	Home	Chloe Torres	871 Chestnut Ln	\N	Tampa	FL	33694	US	813-201-8281	t	2023-05-18 20:44:15.062483+00
1050	50	Home	Eric Robinson	501 Park Dr	\N	Naperville	\N	60590	US	630-895-9993	t	2021-01-05 22:01:08.620949+00
1051	51	Home	Chantal Sandhu	181 King St W	Unit 19	Toronto	Ontario	M5V 4R5	CA	\N	t	2023-03-24 19:18:25.056140+00
1052	52	Home	Brian Johnson	21122 Lincoln St	Apt 9D	Colorado Springs	Colorado	80983	US	(719) 514-3069	t	2024-02-12 23:14:01.501478+00
1053	53	Home	Leah Gutierrez	52 Forest Pl	\N	Miami	Florida	33105	US	+13058538642	t	2021-05-20 06:42:15.292192+00
1054	54	Home	Logan Murphy	13421 Franklin St	Unit 76	San Diego	California	92169	US	\N	t	2022-10-30 15:57:09.371804+00
1055	54	Work	Logan Murphy	78 Cherry Ct	Floor 3	San Jose	California	95121	US	\N	f	2024-09-21 18:44:55.866214+00
1056	55	Home	Valeria Jefferson	7630 Sunset Ct	Unit 180	Madison	WI	53793	US	\N	t	2023-06-20 06:55:39.172690+00
1057	55	Work	Valeria Jefferson	360 Ridge Ct	Floor 28	Madison	WI	53791	US	\N	f	2024-06-24 18:39:50.225123+00
1058	56	Home	Molly Young	25376 Highland Way	Unit 94	Oakland	CA	94660	US	510.977.1742	t	2024-10-04 00:24:05.643075+00
1059	56	Work	Molly Young	44 Ridge Pl	Suite 427	Sacramento	CA	95877	US	\N	f	2024-07-12 16:14:42.151859+00
1060	57	Home	Priya Hernandez	150 Laurel Ln	\N	Raleigh	NC	27689	US	919-976-8453	t	2023-07-22 08:54:18.804950+00
1061	58	Home	Carlos Hansen	18295 Sycamore Rd	\N	Ann Arbor	MI	48151	US	(734)574-7903	t	2024-08-18 20:38:15.181269+00
1062	60	Home	Tanisha Torres	35 3rd Ter	\N	Tulsa	Oklahoma	74137	US	\N	t	2023-04-07 01:10:35.534499+00
1063	61	Home	Matthew Williams	86 Lincoln Rd	\N	San Jose	CA	95102	US	(408) 778-0100	t	2020-07-29 06:37:21.479398+00
1064	61	Work	Matthew Williams	69 Willow Blvd	\N	Los Angeles	CA	90006	US	\N	f	2020-01-31 06:36:56.119561+00
1065	62	Home	Chloe Williams	51 Calle Del Parque	Unit 36	San Juan	PR	00903	USA	\N	t	2024-05-20 09:28:59.893966+00
1066	64	Home	Charlie Green	904 Calle Luna	\N	San Juan	PR	00996	US	\N	t	2023-06-10 05:42:43.925226+00
1067	64	Work	Charlie Green	394 Calle Las Flores	Suite 363	San Juan	PR	00953	US	\N	f	2024-09-18 12:49:00.455433+00
1068	65	Home	Nathan Thompson	42 Pine Dr	Apt 4C	Worcester	MA	01650	US	508-493-1073	t	2024-04-18 01:07:58.285824+00
1069	65	Work	Nathan Thompson	545 Lake Rd	\N	Boston	MA	02155	US	\N	f	2024-10-12 05:14:03.308120+00
1070	68	Home	Christopher Reyes	87 Lake Pl	Apt 20D	Birmingham	AL	35240-2899	US	\N	t	2023-04-20 04:07:58.581773+00
1071	68	Work	Christopher Reyes	605 Madison Way	\N	Birmingham	AL	35245	US	\N	f	2024-07-04 00:50:26.894920+00
1072	70	Home	Danielle Garcia	56 Sunset Blvd	\N	Savannah	Georgia	31483	US	(912)425-3088	t	2023-04-23 10:55:05.709665+00
1073	71	Home	Tiffany Carter	424 5th Ter	Unit 49	Manchester	NH	03103	US	(603)497-3786	t	2023-04-11 23:52:08.843242+00
1074	71	Work	Tiffany Carter	2740 Dogwood Dr	Suite 386	Manchester	NH	03165	US	\N	f	2023-11-18 15:40:08.938844+00
1075	72	Home	Brooke Campbell	589 17 Ave SW	\N	Calgary	AB	T2P 0E8	CA	403-400-0561	t	2024-01-01 18:35:56.752104+00
1076	73	Home	Aoife Ashworth	154 Harcourt Road	Flat B	Cardiff	\N	CF24 3YS	GB	07559 208796	t	2021-09-14 23:48:55.923370+00
1077	75	Home	Monica Moore	466 Cedar Rd	\N	Chicago	IL	60618	\N	312.847.3774	t	2024-05-05 01:25:35.913808+00
1078	76	Home	Guadalupe Baker	516 Madison Pl	\N	San Diego	CA	92197	US	858-945-8864	t	2023-08-13 04:21:00.672473+00
1079	78	Home	Brittany Castillo	1596 Maple Blvd	\N	New Orleans	LA	70175	US	+1 (504) 888-7728	t	2022-09-05 07:26:03.230530+00
1080	78	Gift	Kenneth Walker	11756 Willow Dr	\N	Birmingham	\N	35299	US	\N	f	2023-06-27 05:54:46.536133+00
1081	79	Home	Marcus Griffin	14995 Birch Blvd	\N	Newark	NJ	07106	US	973-612-9096	t	2020-02-09 09:07:17.443920+00
1082	79	Work	Marcus Griffin	26790 Laurel Ct	Floor 6	Newark	NJ	07172	\N	\N	f	2020-10-01 17:43:05.631360+00
1083	80	Home	Lauren Smith	2199 Highland Dr	\N	Salt Lake City	UT	84106	US	385-318-1088	t	2024-03-07 02:03:28.023482+00
1084	80	Work	Lauren Smith	20052 Forest Rd	Suite 845	Salt Lake City	UT	84112	US	\N	f	2024-04-06 03:40:44.103699+00
1085	81	Home	Megan Martinez	688 Highland Ct	\N	New York	NY	10016	US	\N	t	2023-04-07 23:08:14.879927+00
1086	82	Home	Kristen Brown	5638 Ridge Blvd	\N	Chicago	IL	60677-9322	US	(773) 914-7260	t	2024-07-13 07:32:22.041846+00
1087	83	Home	Ethan Tran	536 Washington Ave	\N	Raleigh	North Carolina	27626	US	919.965.3102	t	2022-11-28 03:05:59.195179+00
1088	83	Work	Ethan Tran	571 Lincoln Dr	Floor 12	Charlotte	North Carolina	28284	US	\N	f	2022-02-25 21:54:07.684818+00
1089	86	Home	Eric Shah	10043 Cherry Blvd	\N	Milwaukee	WI	53224-5733	US	+1 (414) 739-0666	t	2022-12-22 10:59:25.142655+00
1090	87	Home	Jasmine Murphy	324 5th Dr	\N	Ann Arbor	MI	48119	US	(734)614-7911	t	2023-07-16 16:15:15.960234+00
1091	87	Work	Jasmine Murphy	4679 Jefferson Ave	\N	Grand Rapids	MI	49579	United States	\N	f	2024-06-21 03:24:28.405909+00
1092	88	Home	Monica Foster	545 Prospect Ave	\N	Jacksonville	\N	32227	US	904-485-5403	t	2021-10-28 02:19:04.829019+00
1093	88	Work	Monica Foster	14560 River Way	Suite 279	Miami	\N	33107	US	\N	f	2024-04-01 14:56:06.207568+00
1094	89	Home	Olivia Lee	531 Pine Ter	\N	Philadelphia	PA	19149-0763	US	(267) 258-1385	t	2024-05-29 20:50:29.117888+00
1095	90	Home	Lin Price	28708 Mill Way	\N	Orlando	\N	32891	US	(407)815-0592	t	2023-09-11 16:23:00.997317+00
1096	91	Home	Wei Gagnon	2819 Bank St	Apt 266	Ottawa	ON	K1S 3M0	CA	(613)932-1059	t	2024-05-13 16:12:20.689108+00
1097	92	Home	Kyle Wang	98 Cherry Way	\N	Austin	Texas	78745-1004	US	(512) 501-2889	t	2022-01-12 03:53:10.619558+00
1098	92	Work	Kyle Wang	52 5th Rd	Floor 29	San Antonio	Texas	78251	US	\N	f	2022-10-15 00:03:54.120897+00
1099	93	Home	Harry Thomas	45 Kingsway	Flat 9	Edinburgh	\N	EH6 3SS	GB	07489 840509	t	2020-11-01 23:58:43.517006+00
1100	95	Home	Vikram Carter	247 Ridge Ave	\N	Raleigh	\N	27661-8055	US	\N	t	2022-03-23 09:32:28.934151+00
1101	95	Work	Vikram Carter	481 5th St	\N	Charlotte	\N	28253	US	\N	f	2021-07-07 09:27:34.765548+00
1102	95	Dad	Gerald Walker	9639 Ridge Ct	\N	Naperville	Illinois	60541	US	\N	f	2022-02-11 18:49:50.631743+00
1103	97	Home	Jennifer Becker	23049 Birch Ter	\N	Dallas	Texas	75261	US	\N	t	2024-06-09 20:54:45.520977+00
1104	98	Home	Erin Coleman	13 Spring Blvd	\N	Albany	New York	12215	US	\N	t	2024-05-16 16:26:25.266768+00
1105	99	Home	Ji-woo Castillo	257 Orchard St	\N	Naperville	IL	60538	US	630-773-0101	t	2024-04-10 18:26:41.306304+00
1106	100	Home	Sarah Griffin	5805 5th Dr	\N	Buffalo	New York	14240	\N	716-245-4039	t	2022-01-10 15:15:41.519171+00
1107	101	Home	Katie Tran	382 Maple Ln	#1417	Worcester	MA	01623	US	508.398.8922	t	2024-07-26 06:08:40.367290+00
1108	102	Home	Priya Baker	72 Park Way	Apt 28A	Miami	FL	33166	US	305.287.4165	t	2024-06-02 01:19:23.617835+00
1109	102	Uncle Raymond	Raymond Larson	170 Dundas St W	Unit 28	Toronto	ON	M5V 3X4	CA	\N	f	2024-09-21 21:54:24.344430+00
1110	103	Home	Olivia Gutierrez	1582 Franklin Dr	\N	Los Angeles	CA	90018	USA	\N	t	2024-07-12 19:01:21.077871+00
1111	103	Work	Olivia Gutierrez	544 3rd Ln	Suite 896	Sacramento	CA	95836	US	\N	f	2024-07-02 19:57:07.271056+00
1112	104	Home	Kevin Young	54 Cherry Dr	#974	Portland	\N	97209	US	\N	t	2020-12-26 05:39:42.436735+00
1113	104	Work	Kevin Young	46 Meadow Dr	Suite 621	Eugene	\N	97486	US	\N	f	2019-11-21 04:27:53.290027+00
1114	104	Grandma	Margaret Young	727 Highland Ct	\N	Washington	DC	20007	US	\N	f	2020-09-15 11:39:38.244752+00
1115	105	Home	Noah Bouchard	730 W 4th Ave	Unit 38	Vancouver	BC	V6K 0L9	CA	778.651.1216	t	2024-01-14 07:52:56.027170+00
1116	106	Home	Kyle Lee	15936 Jefferson Pl	#872	Dallas	TX	75267	US	214.212.4346	t	2023-12-29 12:32:29.288699+00
1117	107	Home	Raj Foster	88 Spring Ct	\N	San Jose	CA	95109	US	(408)546-5627	t	2024-02-05 03:33:52.735683+00
1118	108	Home	Nicole Lopez	178 Mill Pl	\N	Savannah	GA	31413	US	\N	t	2023-09-05 22:54:36.404469+00
1119	108	Work	Nicole Lopez	81 Washington Pl	Floor 29	Savannah	GA	31447	US	\N	f	2024-10-31 15:59:13.270576+00
1120	109	Home	Heather Foster	953 12th Pl	\N	Seattle	WA	98155-8991	United States	\N	t	2024-07-13 06:20:19.428894+00
1121	109	Work	Heather Foster	35 Highland Ct	Floor 15	Spokane	WA	99281	US	\N	f	2024-07-27 18:32:45.655366+00
1122	111	Home	David Washington	25486 Lake Ave	\N	San Francisco	CA	94190-4255	\N	+14159706820	t	2024-08-20 21:27:50.617173+00
1123	111	Work	David Washington	6465 Vine Ct	Suite 400	Los Angeles	CA	90063	\N	\N	f	2024-10-23 03:21:34.661444+00
1124	112	Home	Marc-André Gagnon	2679 Bloor St W	Unit 19	Toronto	ON	M6P 4G6	CA	(647) 847-7220	t	2022-08-06 19:19:41.603013+00
1125	113	Home	Megan Green	28 Cherry Blvd	\N	Cleveland	OH	44124	US	216.415.8272	t	2024-04-17 12:38:35.466586+00
1126	113	Work	Megan Green	11456 Mill Ter	Suite 773	Cincinnati	OH	45288	US	\N	f	2024-04-30 22:00:59.119452+00
1127	115	Home	Danielle Garcia	50 Cherry Pl	\N	Missoula	MT	59819	US	(406)216-1003	t	2020-12-05 13:17:47.776091+00
1128	115	Work	Danielle Garcia	3063 Orchard Ter	Floor 19	Missoula	MT	59853	US	\N	f	2024-05-12 11:55:18.180407+00
1129	116	Home	Brittany Clark	15052 Spruce Blvd	\N	Newark	\N	07170	US	(973)582-1574	t	2021-08-01 22:29:09.206485+00
1130	116	Work	Brittany Clark	14082 Chestnut Ave	Suite 295	Jersey City	\N	07377	US	\N	f	2022-05-31 12:50:50.987156+00
1131	118	Home	Natalie Bennett	610 Maple Way	\N	Baltimore	MD	21212	US	\N	t	2024-05-17 17:34:01.309003+00
1132	119	Home	Patrick Becker	3196 Lincoln Ln	\N	Milwaukee	WI	53254	US	\N	t	2023-10-31 17:05:53.124417+00
1133	120	Home	Aoife Edwards	100 Beechwood Close	\N	Manchester	Greater Manchester	M21 3HB	GB	07788 379342	t	2023-05-15 11:55:54.429729+00
1134	120	Work	Aoife Edwards	132 Marlborough Avenue	Flat 10	Bristol	\N	BS7 3UB	GB	\N	f	2023-03-31 04:54:45.676981+00
1135	121	Home	Eilidh Smith	174 Station Road	Flat 7	Bristol	\N	BS7 9LG	GB	07977 133050	t	2023-07-14 06:46:28.211915+00
1136	122	Home	Imani Gonzalez	21524 Madison Blvd	\N	San Antonio	TX	78218	United States	210-474-3454	t	2023-07-20 04:32:19.606166+00
1137	123	Home	Natalie Perry	101 Vine Ln	#369	Newark	NJ	07164	USA	\N	t	2022-04-22 11:34:10.775330+00
1138	123	Work	Natalie Perry	19730 Washington Dr	Floor 3	Newark	NJ	07135	US	\N	f	2023-07-28 23:29:58.563503+00
1139	123	Gift	Frank Perry	1072 Mill Ter	\N	Rochester	NY	14616-6493	US	\N	f	2023-01-16 00:16:56.529731+00
1140	124	Home	Eilidh Evans	210 Albert Street	\N	London	\N	SE15 9QQ	GB	+447523899159	t	2023-03-30 18:32:54.489834+00
1141	125	Home	Brittany Baker	11198 Magnolia Dr	\N	Tucson	AZ	85753	US	(520) 395-7237	t	2022-06-18 04:14:35.380561+00
1142	125	Work	Brittany Baker	68 Chestnut Way	\N	Phoenix	AZ	85028-6381	US	\N	f	2022-05-28 13:19:33.773083+00
1143	125	Grandpa	Donald Baker	2796 Willow St	\N	Reno	NV	89594	United States	\N	f	2024-01-30 11:53:06.002347+00
1144	126	Home	Sophie Gill	1865 Queen St E	\N	Toronto	ON	M6G 3R8	CA	(416)439-4964	t	2024-08-02 10:52:59.611666+00
1145	127	Home	Erin Foster	6595 Washington Ct	\N	Tampa	Florida	33650	US	813.757.0944	t	2023-12-26 10:31:46.297330+00
1146	130	Home	Raj King	13306 Sycamore Ter	\N	Sacramento	CA	95852	US	916.653.0840	t	2023-08-10 09:45:39.276920+00
1147	130	Work	Raj King	29569 Elm Ln	Suite 461	Sacramento	CA	95847	US	\N	f	2024-05-12 18:42:13.460774+00
1148	132	Home	Lin Young	69 Forest St	\N	San Diego	\N	92144-9794	US	619-800-5433	t	2023-12-17 20:47:46.059900+00
1149	132	Work	Lin Young	5067 Pine Way	\N	San Francisco	\N	94101	US	\N	f	2023-09-03 02:40:29.989108+00
1150	133	Home	Valeria Campbell	46 Sunset Dr	#420	Manchester	NH	03107	US	603.475.0445	t	2023-05-14 04:35:19.429189+00
1151	133	Work	Valeria Campbell	976 Orchard Ct	\N	Manchester	NH	03189	US	\N	f	2023-08-30 19:18:42.533975+00
1152	134	Home	Brandon Flores	263 Prospect Blvd	#2273	San Diego	California	92149	US	\N	t	2023-05-08 12:53:11.924450+00
1153	134	Nana	Martha Flores	29009 Birch Ave	\N	Kansas City	Missouri	64125	US	\N	f	2023-09-22 05:29:06.775211+00
1154	135	Home	Minh Foster	9689 Spruce Pl	\N	Denver	CO	80288	US	(303) 276-0093	t	2023-11-04 21:06:45.082463+00
1155	136	Home	Jose Gutierrez	1724 Ridge Blvd	\N	Chicago	IL	60648	USA	312-538-0332	t	2024-10-18 16:27:42.387773+00
1156	137	Home	Logan Smith	729 Sunset Rd	\N	Kansas City	Missouri	64141	US	816-557-2633	t	2024-09-15 02:19:06.791137+00
1157	138	Home	Geneviève Pelletier	1174 King St W	\N	Toronto	ON	M6P 7J5	CA	\N	t	2022-05-08 22:06:23.603917+00
1158	138	Work	Geneviève Pelletier	594 Queen St E	Apt 2199	Toronto	Ontario	M6G 2W2	CA	\N	f	2023-08-19 15:38:58.854709+00
1159	140	Home	Garrett Reyes	6988 Prospect Ave	Unit 242	Atlanta	GA	30390	US	(678)940-8633	t	2024-06-26 02:22:25.027538+00
1160	140	Work	Garrett Reyes	546 Pine Rd	Floor 14	Savannah	GA	31495	US	\N	f	2024-01-25 09:51:50.881868+00
1161	140	Mom & Dad	Margaret Anderson	703 Cherry Ln	\N	Austin	Texas	78759-3931	US	\N	f	2024-03-22 08:34:35.157899+00
1162	141	Home	Mei Powell	289 Church Ln	\N	Miami	FL	33141	US	(305)688-0460	t	2024-05-17 12:12:40.205215+00
1163	141	Work	Mei Powell	10039 12th St	Suite 407	Tampa	FL	33661	US	\N	f	2020-11-12 06:36:59.711676+00
1164	141	Uncle Harold	Harold Griffin	2900 Madison Ln	\N	Orlando	\N	32884	US	\N	f	2023-10-13 01:49:56.933308+00
1165	142	Home	Camila Olson	82 Washington Rd	\N	Providence	Rhode Island	02955	US	\N	t	2023-04-19 23:06:06.629004+00
1166	142	Work	Camila Olson	28909 Meadow Ter	Suite 888	Providence	Rhode Island	02959	US	\N	f	2023-08-26 23:17:30.253449+00
1167	143	Home	Eilidh Pritchard	167 Marlborough Avenue	Flat 7	Bristol	\N	BS7 6EX	GB	07768 414115	t	2022-07-29 14:26:47.369588+00
1168	144	Home	Mei Price	146 Walnut Dr	\N	Ann Arbor	MI	48191	US	+1 (734) 503-6030	t	2024-02-19 01:36:36.031972+00
1169	144	Work	Mei Price	12280 Lake Way	Suite 163	Detroit	MI	48226	US	\N	f	2024-04-28 01:54:11.494370+00
1170	145	Home	Caleb Wilson	18 Maple St	\N	Houston	TX	77036	US	+17134345826	t	2024-10-23 10:41:00.464608+00
1171	145	Work	Caleb Wilson	1188 Grant Ct	\N	Dallas	TX	75215	US	\N	f	2024-11-03 18:14:59.660391+00
1172	145	Grandpa	Richard Wilson	16030 Cedar St	\N	Rochester	NY	14676	US	\N	f	2024-11-08 11:20:54.939306+00
1173	147	Home	Sarah Wang	8917 Orchard Ter	\N	Boston	MA	02127	US	\N	t	2023-06-18 11:12:24.914209+00
1174	148	Home	Monica Kowalski	15378 Highland Blvd	\N	Wichita	KS	67251	US	(316) 972-6883	t	2021-02-17 05:38:31.227792+00
1175	149	Home	Jose Clark	72 Forest Ter	\N	Sacramento	\N	95807	US	916.406.4199	t	2024-01-20 09:13:11.384058+00
1176	149	Work	Jose Clark	5481 Magnolia Way	Floor 11	San Jose	\N	95112	US	\N	f	2024-05-09 13:02:18.228963+00
1177	150	Home	Danielle Baker	8842 Church Ave	\N	Atlanta	GA	30376	US	(404) 746-4118	t	2024-04-25 16:18:52.379174+00
1178	151	Home	Harpreet Bélanger	417 Robie St	Unit 25	Halifax	NS	B3H 6C8	CA	(902) 568-9369	t	2024-05-22 06:46:31.029194+00
1179	152	Home	Darnell Allen	7577 Cherry Dr	Unit 383	Arlington	VA	22221-4283	\N	703.883.1419	t	2024-03-12 19:49:56.912373+00
1180	152	Work	Darnell Allen	23236 Park Ct	Suite 837	Arlington	VA	22272	US	\N	f	2021-08-22 20:38:23.368244+00
1181	153	Home	Ashley Flores	423 Walnut St	\N	Sacramento	CA	95855	United States	(916)412-0143	t	2021-03-07 17:46:47.349059+00
1182	153	Gift	Dorothy Green	117 Highfield Crescent	\N	London	\N	SE15 1TG	GB	\N	f	2020-08-22 15:45:41.957075+00
1183	154	Home	Chantal Li	1315 Bank St	\N	Ottawa	Ontario	K1P 7G0	CA	\N	t	2021-04-13 22:18:20.716766+00
1184	154	Work	Chantal Li	2134 Elgin St	\N	Ottawa	ON	K1S 5K9	CA	\N	f	2023-04-13 16:57:38.557105+00
1185	155	Home	Jennifer Fitzgerald	19701 Sycamore Ct	\N	Dallas	TX	75288	US	(214) 533-7040	t	2024-07-26 12:09:16.404331+00
1186	156	Home	Poppy Ashworth	116 Stanley Grove	\N	Bristol	\N	BS6 5XH	GB	\N	t	2024-05-13 11:57:44.643808+00
1187	157	Home	Diego O'Brien	66 River Ter	\N	Sacramento	CA	95894	US	916.356.9648	t	2023-11-08 06:33:18.683243+00
1188	158	Home	Ethan Coleman	24833 Washington Ter	Unit 191	Birmingham	AL	35235	US	205.496.7616	t	2022-03-28 15:15:34.207230+00
1189	159	Home	Katie Carter	24004 Main Ter	Apt 22D	Arlington	VA	22286	US	\N	t	2022-06-12 10:30:21.133842+00
1190	160	Home	Stephanie King	3902 Elm Blvd	\N	Austin	TX	78713	US	512-849-2348	t	2024-11-05 15:41:58.935538+00
\.


--
-- Data for Name: albums; Type: TABLE DATA; Schema: public; Owner: snapwell_app
--

COPY public.albums (id, user_id, title, visibility, created_at) FROM stdin;
5001	2	Hiking	link	2022-06-24 09:25:42.706141+00
5002	5	Family Reunion	private	2024-11-03 21:48:12.985559+00
5003	5	Baby's First Year	private	2024-08-26 23:21:30.575869+00
5004	5	Family Reunion	private	2024-08-16 21:32:35.782106+00
5005	5	Holiday Card Picks	private	2024-06-18 05:53:30.865494+00
5006	6	Soccer Season	private	2022-08-23 20:34:08.087872+00
5007	7	Our Puppy	link	2024-09-15 13:21:28.450663+00
5008	8	Birthday Party	link	2023-11-27 06:46:48.448050+00
5009	8	New House	public	2023-06-02 07:13:28.533058+00
5010	8	Birthday Party	private	2023-08-25 06:27:39.724151+00
5011	8	Halloween	link	2024-10-19 15:01:32.232501+00
5012	9	Spring Break	link	2023-03-17 08:39:36.644449+00
5013	13	Summer 2024	link	2024-02-03 10:46:00.729202+00
5014	13	Beach Trip	private	2024-08-21 21:12:33.901411+00
5015	13	Fall Colors	link	2023-04-30 11:29:47.182502+00
5016	14	Vacation	private	2023-10-16 09:03:20.531605+00
5017	15	Fall Colors	link	2020-03-05 11:51:10.453667+00
5018	15	Thanksgiving	link	2021-11-27 16:31:32.580695+00
5019	15	Birthday Party	link	2024-02-26 13:15:32.846465+00
5020	16	Backyard Garden	private	2023-12-17 02:50:02.729422+00
5021	16	Vacation	link	2024-01-01 00:25:50.650803+00
5022	18	Holiday Card Picks	public	2023-09-23 04:47:43.333270+00
5023	18	Road Trip	private	2023-01-19 16:54:28.873802+00
5024	18	Graduation	private	2024-08-28 22:24:31.144428+00
5025	18	Family Reunion	link	2023-11-19 20:43:14.044039+00
5026	19	Graduation	private	2023-07-09 02:46:49.013514+00
5027	19	Thanksgiving	link	2024-03-04 12:44:57.530399+00
5028	19	Birthday Party	link	2023-11-25 21:44:41.044847+00
5029	19	New House	private	2022-02-27 23:53:50.642732+00
5030	20	Graduation	private	2022-05-23 08:28:50.918989+00
5031	22	Best of 2023	private	2024-05-29 00:09:08.399493+00
5032	23	Baby's First Year	link	2023-08-18 07:39:38.927588+00
5033	23	Vacation	private	2024-02-29 00:38:36.378047+00
5034	24	Beach Trip	private	2022-09-19 04:49:05.428378+00
5035	24	Wedding	private	2021-04-05 01:58:16.099988+00
5036	24	Birthday Party	private	2021-07-06 22:21:46.134116+00
5037	24	Our Puppy	private	2021-03-04 04:50:02.373317+00
5038	25	Beach Trip	private	2023-01-06 21:48:10.412797+00
5039	25	Thanksgiving	link	2023-10-02 13:04:48.954717+00
5040	25	Holiday Card Picks	link	2022-10-09 11:37:33.117299+00
5041	27	Thanksgiving	private	2021-08-12 02:10:10.682073+00
5042	28	Wedding	private	2024-07-05 15:47:04.148404+00
5043	28	Beach Trip	public	2024-05-12 06:12:21.019687+00
5044	30	Baby's First Year	private	2022-03-06 17:03:36.420384+00
5045	30	Spring Break	public	2022-03-28 18:50:53.705087+00
5046	30	Best of 2023	public	2020-08-10 18:16:18.250019+00
5047	31	Fall Colors	public	2024-02-17 05:31:56.871636+00
5048	31	Hiking	link	2024-09-20 08:25:47.969271+00
5049	31	Christmas 2023	private	2024-05-09 07:16:26.670320+00
5050	31	Soccer Season	link	2024-01-11 20:31:20.011270+00
5051	32	Fall Colors	link	2022-09-23 11:15:41.760853+00
5052	35	Christmas 2023	public	2023-10-12 11:19:43.708943+00
5053	35	Christmas 2023	private	2023-10-14 14:43:58.730111+00
5054	35	Family Reunion	link	2023-08-06 02:59:06.957613+00
5055	36	Cats	link	2024-10-25 23:45:37.796756+00
5056	37	Christmas 2023	private	2024-10-20 10:49:02.704530+00
5057	37	Fall Colors	link	2024-10-13 23:21:26.583564+00
5058	37	Halloween	public	2024-11-09 00:11:25.511112+00
5059	38	Soccer Season	link	2022-12-23 19:02:09.775532+00
5060	38	Cats	link	2021-11-03 11:18:41.769104+00
5061	39	Summer 2024	private	2021-11-16 09:50:46.004187+00
5062	39	Summer 2024	link	2023-01-28 06:19:55.345491+00
5063	41	Disney	private	2024-10-09 06:13:48.653926+00
5064	41	Baby's First Year	public	2022-05-24 17:59:29.718271+00
5065	42	Road Trip	link	2024-07-03 12:52:08.938281+00
5066	43	Vacation	private	2024-08-25 14:07:35.746337+00
5067	44	Our Puppy	private	2022-12-05 00:44:57.144039+00
5068	44	Our Puppy	public	2022-11-25 12:40:34.646557+00
5069	44	Thanksgiving	private	2023-06-02 23:43:43.399243+00
5070	45	Road Trip	private	2022-04-23 04:20:46.031254+00
5071	46	Soccer Season	public	2021-10-31 00:26:41.271398+00
5072	46	Thanksgiving	public	2024-03-16 22:34:57.578590+00
5073	48	Birthday Party	private	2023-01-07 18:41:23.981882+00
5074	49	Vacation	private	2022-12-01 01:13:35.159093+00
5075	49	Disney	private	2024-05-08 11:50:19.088752+00
5076	49	Spring Break	private	2024-03-13 13:40:30.823385+00
5077	49	Fall Colors	private	2024-09-25 08:01:56.669563+00
5078	50	Wedding	private	2024-08-01 23:57:37.570539+00
5079	50	Thanksgiving	private	2020-10-22 12:38:57.991439+00
5080	50	Soccer Season	private	2022-02-20 23:03:49.669081+00
5081	51	Backyard Garden	public	2021-01-28 07:05:33.355801+00
5082	51	Family Reunion	link	2024-05-04 16:23:01.141681+00
5083	52	Soccer Season	link	2024-08-31 05:40:47.238199+00
5084	53	Birthday Party	link	2021-11-19 09:46:46.218640+00
5085	53	Our Puppy	private	2020-05-31 08:59:34.153092+00
5086	53	Baby's First Year	public	2021-01-17 20:41:45.343996+00
5087	53	Hiking	private	2023-10-06 03:14:53.313103+00
5088	54	Backyard Garden	private	2021-07-12 06:01:23.324767+00
5089	54	Cats	private	2023-12-05 11:25:18.963962+00
5090	54	Fall Colors	public	2024-09-24 03:19:43.369194+00
5091	55	Soccer Season	link	2022-07-05 22:10:21.055680+00
5092	55	Birthday Party	link	2024-01-11 05:09:01.573620+00
5093	56	Summer 2024	link	2024-08-02 04:29:29.865534+00
5094	56	Cats	public	2024-08-19 03:46:45.075741+00
5095	56	Halloween	private	2024-08-31 23:24:16.283043+00
5096	58	Cats	private	2024-09-20 06:03:01.187088+00
5097	58	Holiday Card Picks	private	2024-07-07 21:39:48.946114+00
5098	59	Wedding	public	2021-10-29 02:45:46.158799+00
5099	59	Halloween	private	2022-12-21 12:38:52.663883+00
5100	59	Birthday Party	private	2023-05-02 08:45:17.076049+00
5101	59	Road Trip	private	2024-06-24 19:41:25.789863+00
5102	60	Our Puppy	link	2021-05-17 05:59:55.914212+00
5103	60	Birthday Party	private	2021-07-03 05:11:27.322328+00
5104	61	Thanksgiving	public	2020-06-03 11:04:49.388616+00
5105	61	Cats	private	2019-06-29 21:15:26.694013+00
5106	62	Birthday Party	private	2024-11-09 06:37:45.464458+00
5107	63	Disney	private	2023-05-29 22:58:50.399668+00
5108	63	Soccer Season	private	2021-11-05 17:27:10.496540+00
5109	63	Vacation	public	2023-09-07 10:59:58.467610+00
5110	64	New House	private	2024-05-18 04:51:56.983191+00
5111	64	Graduation	private	2024-05-25 20:01:22.168438+00
5112	65	Camping 2024	private	2023-07-04 10:55:41.514678+00
5113	66	Spring Break	public	2024-07-24 05:24:54.187152+00
5114	66	Halloween	link	2024-04-19 12:49:45.631026+00
5115	67	Family Reunion	private	2024-04-05 20:23:04.272686+00
5116	67	Summer 2024	public	2024-04-18 11:53:20.802569+00
5117	68	Our Puppy	link	2021-09-08 06:29:03.872905+00
5118	68	Spring Break	link	2022-11-06 05:03:42.311205+00
5119	68	Spring Break	public	2022-03-07 10:05:56.987689+00
5120	68	Vacation	private	2023-05-28 02:31:36.952366+00
5121	69	Backyard Garden	private	2024-10-10 02:22:56.417372+00
5122	69	Fall Colors	private	2024-04-21 20:51:11.704490+00
5123	69	Family Reunion	private	2021-11-15 22:55:50.927028+00
5124	70	Summer 2024	private	2024-03-24 03:44:45.055351+00
5125	72	Baby's First Year	link	2020-10-14 15:42:50.396183+00
5126	73	Best of 2023	link	2021-08-18 17:28:04.092980+00
5127	74	Vacation	private	2023-06-15 19:54:29.432315+00
5128	74	Spring Break	private	2020-09-25 11:17:32.274596+00
5129	74	Summer 2024	private	2021-04-25 21:41:41.808912+00
5130	75	Thanksgiving	link	2024-10-13 11:07:41.624787+00
5131	75	Baby's First Year	public	2024-09-05 18:17:54.931852+00
5132	75	Family Reunion	private	2023-12-10 11:43:29.466531+00
5133	75	Soccer Season	public	2024-10-02 03:21:20.927734+00
5134	77	Birthday Party	link	2024-10-14 18:18:31.155161+00
5135	78	Vacation	public	2022-08-16 05:32:17.066595+00
5136	78	Wedding	link	2021-08-19 12:42:04.774555+00
5137	78	Spring Break	link	2021-10-11 06:17:44.120703+00
5138	79	Family Reunion	link	2021-05-05 13:00:13.901822+00
5139	79	Fall Colors	link	2021-12-20 15:05:44.761804+00
5140	79	Christmas 2023	public	2022-09-08 16:43:37.262933+00
5141	79	Hiking	private	2021-04-26 21:31:59.219389+00
5142	80	Birthday Party	private	2024-11-09 05:39:10.399033+00
5143	80	Holiday Card Picks	public	2024-02-15 14:27:52.029565+00
5144	81	Spring Break	public	2021-08-20 04:05:05.525407+00
5145	81	Best of 2023	private	2022-08-23 06:32:59.845284+00
5146	81	Christmas 2023	private	2024-01-12 02:01:12.208765+00
5147	82	Halloween	link	2024-06-26 13:26:13.680634+00
5148	82	Summer 2024	private	2024-07-16 15:29:39.587868+00
5149	85	Our Puppy	private	2023-07-07 01:47:13.801624+00
5150	85	Thanksgiving	link	2023-05-29 01:23:52.857152+00
5151	86	Family Reunion	public	2023-05-25 10:23:52.489021+00
5152	86	Thanksgiving	private	2023-05-15 20:07:24.066819+00
5153	87	Christmas 2023	private	2024-04-04 11:24:42.697497+00
5154	88	Road Trip	private	2020-03-07 14:45:36.926982+00
5155	88	Family Reunion	private	2019-05-01 22:09:59.191331+00
5156	88	Beach Trip	private	2019-06-26 08:38:05.002788+00
5157	88	Backyard Garden	public	2024-01-16 17:22:47.501809+00
5158	89	Graduation	link	2024-05-18 07:34:09.952796+00
5159	89	Our Puppy	private	2024-10-30 20:29:12.411566+00
5160	90	Birthday Party	public	2023-03-04 08:58:27.941753+00
5161	90	Cats	private	2023-05-01 02:36:32.973962+00
5162	92	Hiking	public	2023-08-06 02:58:44.395600+00
5163	93	New House	private	2023-02-27 11:06:24.465370+00
5164	93	Camping 2024	private	2021-09-09 13:19:07.601224+00
5165	93	Best of 2023	private	2021-09-26 08:11:42.732195+00
5166	97	Best of 2023	private	2023-11-25 08:58:07.390368+00
5167	98	Birthday Party	private	2024-05-17 00:55:51.017475+00
5168	98	Summer 2024	private	2024-07-05 09:40:27.932726+00
5169	99	Best of 2023	link	2024-07-25 09:04:45.041426+00
5170	99	Halloween	private	2024-02-03 20:00:42.839383+00
5171	99	Vacation	private	2024-05-07 10:50:55.353106+00
5172	99	Holiday Card Picks	private	2024-02-02 18:59:20.261597+00
5173	100	Our Puppy	link	2022-03-17 05:04:59.700909+00
5174	100	Cats	private	2022-07-13 06:50:59.880606+00
5175	100	Soccer Season	public	2021-08-20 21:43:12.219347+00
5176	100	Wedding	private	2020-03-17 19:37:04.043221+00
5177	101	New House	private	2024-03-16 02:32:14.048099+00
5178	102	Baby's First Year	private	2024-09-05 18:50:44.017671+00
5179	104	Best of 2023	link	2020-01-11 16:00:32.710216+00
5180	104	Best of 2023	private	2021-10-23 15:02:25.346326+00
5181	105	Wedding	link	2021-08-20 00:58:26.256848+00
5182	105	Soccer Season	private	2023-09-14 04:53:49.185181+00
5183	105	Best of 2023	private	2023-07-19 21:59:25.153120+00
5184	106	Christmas 2023	private	2022-08-23 04:24:32.162705+00
5185	106	Hiking	link	2023-06-29 21:30:15.693636+00
5186	106	Beach Trip	public	2023-09-12 12:47:04.443064+00
5187	106	New House	private	2023-08-12 21:09:10.804055+00
5188	107	New House	private	2023-02-03 11:53:12.467762+00
5189	108	Baby's First Year	private	2024-07-05 11:59:50.334894+00
5190	108	Road Trip	link	2023-04-24 20:56:21.085922+00
5191	109	Wedding	link	2024-06-18 11:56:45.092256+00
5192	110	Our Puppy	private	2023-01-15 13:13:27.248613+00
5193	111	Holiday Card Picks	private	2024-08-10 09:58:47.745510+00
5194	111	Our Puppy	private	2024-08-14 23:29:52.212494+00
5195	113	Thanksgiving	public	2024-08-01 18:03:05.869506+00
5196	113	Fall Colors	private	2024-10-12 11:15:47.313978+00
5197	113	Baby's First Year	public	2024-04-07 17:36:51.552470+00
5198	113	Our Puppy	link	2024-09-18 08:55:09.758434+00
5199	114	Backyard Garden	link	2024-11-02 00:37:46.717155+00
5200	114	Camping 2024	private	2024-03-31 19:25:15.435724+00
5201	115	Vacation	link	2021-05-05 16:16:00.827406+00
5202	116	Fall Colors	link	2022-04-19 16:31:12.080405+00
5203	116	Disney	private	2022-06-07 05:37:45.039658+00
5204	116	Halloween	public	2022-01-29 08:15:52.081921+00
5205	116	Best of 2023	public	2024-02-24 21:02:22.699286+00
5206	117	Hiking	private	2024-09-14 06:58:21.419101+00
5207	118	Halloween	public	2024-06-01 18:31:04.829609+00
5208	118	Soccer Season	link	2024-11-14 04:51:07.918292+00
5209	118	Baby's First Year	private	2024-02-26 13:04:22.233153+00
5210	118	Wedding	link	2024-11-03 08:54:42.104098+00
5211	119	Thanksgiving	private	2024-07-05 15:07:01.407815+00
5212	119	Wedding	private	2023-06-04 15:55:29.456412+00
5213	120	Disney	public	2024-10-29 11:40:16.900075+00
5214	120	Camping 2024	private	2023-09-29 17:10:15.720639+00
5215	122	Birthday Party	private	2022-03-11 10:00:09.810556+00
5216	122	Disney	public	2024-11-05 19:33:18.875065+00
5217	122	Halloween	link	2022-01-23 01:23:08.928776+00
5218	122	Our Puppy	link	2023-09-26 10:40:24.972370+00
5219	123	Road Trip	private	2024-10-03 12:45:41.181899+00
5220	125	Hiking	private	2023-07-02 08:58:33.794140+00
5221	127	Vacation	private	2024-01-12 12:48:04.405423+00
5222	130	Halloween	private	2024-05-02 11:18:20.455779+00
5223	132	Birthday Party	private	2024-04-10 05:58:20.118209+00
5224	132	Summer 2024	private	2023-07-31 03:37:36.343294+00
5225	133	Family Reunion	link	2024-08-16 02:47:37.938046+00
5226	133	Vacation	link	2022-12-27 12:49:51.706280+00
5227	134	Wedding	link	2023-07-24 02:53:11.428924+00
5228	134	Best of 2023	link	2024-09-11 15:08:31.130765+00
5229	135	Backyard Garden	link	2023-12-12 13:54:41.087960+00
5230	136	Christmas 2023	link	2023-03-26 18:12:52.421511+00
5231	136	Graduation	link	2022-04-15 17:16:19.164145+00
5232	137	Fall Colors	public	2024-10-08 22:55:25.410542+00
5233	137	Wedding	private	2024-08-17 09:30:06.444821+00
5234	137	Graduation	link	2024-09-20 18:49:38.797403+00
5235	138	Holiday Card Picks	private	2021-11-12 04:17:09.943353+00
5236	139	Camping 2024	public	2023-06-10 00:35:41.541146+00
5237	139	Backyard Garden	link	2024-01-31 14:17:44.831167+00
5238	140	Christmas 2023	private	2023-03-12 13:50:53.475073+00
5239	141	Halloween	public	2021-07-25 00:00:21.588953+00
5240	141	Disney	private	2022-11-30 02:15:48.148435+00
5241	142	Baby's First Year	private	2023-09-15 15:13:36.782530+00
5242	143	Our Puppy	private	2022-12-22 05:32:21.575325+00
5243	144	Road Trip	private	2024-02-29 09:16:58.317904+00
5244	144	Soccer Season	public	2024-08-26 17:54:45.387004+00
5245	144	Road Trip	link	2024-06-02 17:04:01.385568+00
5246	144	Graduation	public	2024-09-14 09:34:16.165302+00
5247	146	Holiday Card Picks	private	2024-06-16 15:14:48.897452+00
5248	146	Our Puppy	private	2024-07-19 14:29:35.218036+00
5249	146	Backyard Garden	public	2024-06-20 07:09:32.264352+00
5250	146	Road Trip	link	2024-11-08 08:14:07.317553+00
5251	147	Road Trip	private	2023-08-22 14:55:37.898785+00
5252	148	Vacation	private	2021-11-05 10:25:03.418172+00
5253	148	Halloween	private	2022-04-06 12:39:21.648654+00
5254	148	Thanksgiving	link	2023-12-16 06:42:26.394761+00
5255	149	Our Puppy	link	2023-12-16 09:44:59.985167+00
5256	149	Thanksgiving	public	2024-08-16 08:03:54.963243+00
5257	150	Disney	public	2024-06-12 10:36:29.222342+00
5258	150	Vacation	public	2022-02-20 16:58:17.019178+00
5259	150	Disney	private	2023-12-19 14:12:15.978254+00
5260	151	Halloween	public	2024-08-03 21:26:06.100906+00
5261	151	Our Puppy	public	2023-12-03 22:16:21.712807+00
5262	151	Hiking	private	2024-01-10 23:55:08.071167+00
5263	152	Disney	private	2022-07-03 12:39:58.984347+00
5264	153	Backyard Garden	private	2020-10-22 18:01:20.823483+00
5265	153	Backyard Garden	link	2022-04-22 08:35:53.610122+00
5266	154	Cats	private	2022-12-14 05:45:40.948284+00
5267	155	Thanksgiving	private	2024-03-26 16:10:53.924013+00
5268	156	Camping 2024	private	2023-12-05 15:20:05.407231+00
5269	156	Birthday Party	private	2023-11-29 12:07:24.646528+00
5270	157	Vacation	private	2022-06-02 13:20:02.939895+00
5271	157	Spring Break	private	2022-07-25 02:10:23.345349+00
5272	157	Halloween	private	2024-04-17 18:41:47.301874+00
5273	158	Camping 2024	link	2023-12-18 15:42:43.805380+00
5274	159	Summer 2024	private	2024-02-03 08:16:00.279500+00
5275	159	Our Puppy	private	2023-11-14 04:05:36.775270+00
5276	159	Soccer Season	link	2022-08-07 09:15:44.643050+00
5277	160	Backyard Garden	private	2024-10-13 16:00:38.013805+00
\.


--
-- Data for Name: photos; Type: TABLE DATA; Schema: public; Owner: snapwell_app
--

COPY public.photos (id, user_id, album_id, original_filename, storage_key, sha256, bytes, width, height, exif_make, exif_model, taken_at, uploaded_at) FROM stdin;
880001	2	5001	IMG_4506.JPG	u/2/39d8d877-8e2c-4818-bdb0-b9a3092a2804.jpg	dbc542d2e3ef99d445b5f27748476cb56c3faf9b491f2364ef6d5c03a63d9545	13460531	4000	2268	Canon	Canon EOS Rebel T7	2021-11-16 22:48:07.507326+00	2022-06-25 14:34:51.507326+00
880002	2	5001	DSC57459.JPG	u/2/8a11dbf4-95fd-43f0-9985-cea30944462a.jpg	c8388de06df1004944f4406fb42020aa5be8874ab8176406532679148395a286	7314828	4000	6000	Canon	Canon EOS Rebel T7	2021-09-11 15:56:27.804682+00	2022-06-25 03:06:35.804682+00
880003	2	5001	_MG_0617.jpg	u/2/0d12889e-763f-4fbd-8e1d-ce29f79c3b69.jpg	f8665f2c73d6d0511c96eb1f2b2caf47eee5d0733a5fd48769b904a9c7ebee19	13182838	4032	6000	Canon	Canon EOS Rebel T7	2021-11-22 23:57:22.037094+00	2022-07-07 10:52:22.037094+00
880004	2	5001	IMG_9445.JPG	u/2/6588aef7-ff0a-4652-97f2-c3673f2d760e.jpg	cb9ad57fded6d846dbbd6090d8dd21e72a7f8ec8a5a3755d6bc49e84fb8d1604	8830372	6000	3024	Canon	Canon EOS Rebel T7	2022-03-02 21:59:43.190683+00	2022-07-03 02:33:04.190683+00
880005	2	5001	_MG_5471.jpg	u/2/c9906e1e-43e4-4860-9979-30b5ffa3b308.jpg	afb0c9837f948464d65ddd47d38f9910e6f221c8a1c86f00a5ce17fd4924750f	6687275	6000	3024	Canon	Canon EOS Rebel T7	2022-06-25 02:52:49.142759+00	2022-07-03 12:58:02.142759+00
880006	5	5002	DSC64235.JPG	u/5/4514d670-b91f-4430-a270-7f64c9a4c92e.jpg	9b86944c0d5b52052aef7a3c77415d0e3e9dfdbe7bfb75340fc4e58930a059e5	8957028	4032	4000	FUJIFILM	X-T4	2024-06-18 20:37:53.805230+00	2024-11-08 11:39:44.805230+00
880007	5	5002	IMG_8532.HEIC	u/5/cc06aa95-e07d-4564-a2ec-e294f6d5c9aa.jpg	d0078ffaa3dfbe85e87c918cd9c552c55396bdf76fe93f93d18514366733c1d9	4710598	3024	3024	FUJIFILM	X-T4	2024-03-16 16:32:37.338646+00	2024-11-08 12:02:27.338646+00
880008	5	5002	IMG_4106.HEIC	u/5/b3a7aa5d-7a56-414f-8f3f-59b9edfac845.jpg	beaf1515d39660c920f78c958db8fd0c6568589821b15e292b92e4b20c69d5e5	7412301	3024	3024	FUJIFILM	X-T4	2024-01-16 16:55:46.853890+00	2024-11-08 20:43:37.853890+00
880009	5	5002	PXL_20240601_123551536.jpg	u/5/9544bd0d-45e0-41cd-826f-1fb29f56f28e.jpg	b991ca6f8e62f25de3aa949831da94b269c1cbd59ee69e66d7b9dfe10a9047ba	3935014	4032	6000	FUJIFILM	X-T4	2024-06-01 13:50:34.794709+00	2024-11-09 07:01:33.794709+00
880010	5	5002	DSC14468.JPG	u/5/e878cfd9-5c6e-44c2-ae1b-eef3546823f8.jpg	e8342ca49b5e275eac23df4dcb6eb38db0e956f368fd164330c0c6ee648b29fe	7062505	4000	3024	FUJIFILM	X-T4	2024-04-25 15:14:17.872668+00	2024-11-10 03:24:44.872668+00
880011	5	5002	IMG_0998.JPG	u/5/b53eea1a-a213-484f-91e7-49e948683dd6.jpg	b2c2297b9758d68459ec8e07490daa3cca8452710fb3a5988e49b41a0685aa6b	12211304	6000	2268	FUJIFILM	X-T4	2024-08-20 04:12:18.483259+00	2024-11-12 08:48:10.483259+00
880012	5	5002	PXL_20240408_090077628.jpg	u/5/891d90c0-2445-409a-bbe1-ff304c027d80.jpg	8edf1a6fee76543af98790a7327ecc135412b19b192f76963441b8e28ee9daca	2183388	4032	4000	FUJIFILM	X-T4	2024-04-08 23:38:21.984261+00	2024-11-10 22:38:30.984261+00
880013	5	5003	_MG_2466.jpg	u/5/9c214323-49ff-4f4e-80bd-04866fab215a.jpg	4daff37bb2265b741f96a7feedf0a836c84b99ea5c4e678dfe9001160418bb64	12882841	3024	3024	NIKON CORPORATION	NIKON Z 6_2	2024-08-05 11:52:05.513178+00	2024-09-25 16:15:32.513178+00
880014	5	5003	IMG_5753.JPG	u/5/6a7b332f-a5e1-4344-85ab-11bc38d78aa8.jpg	07655319e5b2d85c5826e412c5d62c14b0ba098392ef45ebdc92946e09b01da0	1545661	4000	3024	NIKON CORPORATION	NIKON Z 6_2	2023-12-14 15:04:08.052814+00	2024-09-06 08:27:31.052814+00
880015	5	5003	IMG_3366.JPG	u/5/44da2001-2ee6-4aee-95d3-49f13298880c.jpg	787456f0a2877458ece68f798f9f8df4896d436953693e5d500f925afcbfe7f2	2850004	6000	3024	NIKON CORPORATION	NIKON Z 6_2	2024-06-16 12:58:30.003685+00	2024-09-22 05:46:23.003685+00
880016	5	5003	DSC26217.JPG	u/5/d852f7ef-bcf3-46a2-87e1-e6f97aa48f22.jpg	d9b19dd2822bba6aba8811cb64ee29ff7b0bc6a6f96fa5f5b4030f915e4f7937	2528221	4000	4000	NIKON CORPORATION	NIKON Z 6_2	2023-12-17 03:59:40.213928+00	2024-08-30 12:16:02.213928+00
880017	5	5003	IMG_1019.HEIC	u/5/a8cc3829-4bda-47b1-b6f5-6bb4ce23d85c.jpg	ab48fe904c400782c237b117ace140fbb0fd3962cf948e1a5010f99cfef4fc65	9743483	4032	2268	NIKON CORPORATION	NIKON Z 6_2	2024-05-05 21:27:49.676988+00	2024-09-04 02:42:43.676988+00
880018	5	5003	PXL_20240731_146204719.jpg	u/5/30c85f99-9029-41e4-8ced-3d14034289de.jpg	48bc8d5a41ddeda2643c643e8a6bcd7f626dc603e3f0981555287e8d74981eab	3538757	4032	6000	NIKON CORPORATION	NIKON Z 6_2	2024-07-31 21:20:48.364873+00	2024-10-04 11:53:21.364873+00
880019	5	5003	PXL_20240617_013359103.jpg	u/5/c550fb5a-e876-4077-b392-d924dd48f544.jpg	38a23788df25ed72cb1da84bdac2f99c11bc3626e9e9f409b7c1c1c2508bbede	11832162	6000	6000	NIKON CORPORATION	NIKON Z 6_2	2024-06-17 11:15:21.727460+00	2024-08-29 23:41:59.727460+00
880020	5	5003	DSC97330.JPG	u/5/957102a8-941c-442e-b9af-f6ca6e1438b5.jpg	32a51e30a34965cf10de176f8f2176c654b7b01ed0bfd232b567afbf291aad81	10048632	4000	6000	NIKON CORPORATION	NIKON Z 6_2	2024-04-06 20:36:41.039647+00	2024-10-05 11:12:20.039647+00
880021	5	5003	PXL_20240628_140147906.jpg	u/5/559bd7ef-a328-4be5-9fde-b0a2fb56b37f.jpg	3707eeb4163a94e1081994b97faf0d669cb82074b39d867b5c170341bdd2acbd	3759843	4000	2268	NIKON CORPORATION	NIKON Z 6_2	2024-06-28 08:25:48.916048+00	2024-09-21 04:45:48.916048+00
880022	5	5003	IMG_8124.HEIC	u/5/81afd8ea-b547-4486-afc1-7f89fd2f173e.jpg	f273a723ba95a424b2bb08d99a6b62c44ebd92736405ed23e024f5c38aaf4322	7249616	4032	3024	NIKON CORPORATION	NIKON Z 6_2	2024-05-19 20:37:43.927614+00	2024-09-12 12:53:46.927614+00
880023	5	5003	DSC02166.JPG	u/5/153324ba-e04b-4e31-9157-7694a8b32f35.jpg	16ec031e6d7751addddd4cf702434de69716cce56c7505eeb6a9bf509248effc	9492135	3024	4000	NIKON CORPORATION	NIKON Z 6_2	2024-04-04 10:15:12.301205+00	2024-08-31 02:10:44.301205+00
880024	5	5003	DSC30697.JPG	u/5/8c98a39d-156b-4546-b3a9-61993c8e14e1.jpg	e1b138b3621cac951c27cd79b3095bf8decf33b11801e0896c29c30cf107b003	4642947	6000	2268	NIKON CORPORATION	NIKON Z 6_2	2024-08-25 18:20:45.743798+00	2024-09-24 12:58:16.743798+00
880025	5	5003	PXL_20231223_151740903.jpg	u/5/c68b5bdb-37c7-41b2-b981-f86f4218f929.jpg	4cd7efb644f603c993084ecf6170b02a8fa5c583945aebe68118d9f841b7a4ac	12018220	6000	6000	NIKON CORPORATION	NIKON Z 6_2	2023-12-23 17:19:19.647600+00	2024-09-11 17:19:03.647600+00
880026	5	5003	PXL_20240613_121211770.jpg	u/5/487efa05-02ac-4948-9f3e-38c4842d738e.jpg	c90fc9948f963ab6bf51e56326003cb7ea185af2b3c9ff13c232b6e60711b4f5	12133890	4032	2268	NIKON CORPORATION	NIKON Z 6_2	2024-06-13 15:45:56.529316+00	2024-09-05 05:16:50.529316+00
880027	5	5004	PXL_20240419_187706711.jpg	u/5/aca2c059-63e4-46bb-9634-9d3d337757bb.jpg	1971f1178b6d1eb9b984e4975b9c8e874191117bc5347ad1ca850ecd5e654485	4241804	4000	6000	NIKON CORPORATION	NIKON Z 6_2	2024-04-19 16:36:15.863842+00	2024-09-15 03:54:50.863842+00
880028	5	5004	IMG_7485.JPG	u/5/173855ae-5d7e-4eb1-914a-1c692afcec06.jpg	2016757b599f5d20d5a96f16a79e9f43a0a314365122233a8a0b5190ddd21525	11335794	3024	6000	NIKON CORPORATION	NIKON Z 6_2	2024-04-25 09:37:17.947457+00	2024-09-01 13:05:22.947457+00
880029	5	5004	DSC14403.JPG	u/5/e75d850d-c74d-4ece-816c-93b79dae7fc9.jpg	9694b1a40e640c3b62f5bb8f32e82eb648028ea5ee6eccf30a7dfd59b7bbfa5d	11486592	6000	6000	NIKON CORPORATION	NIKON Z 6_2	2023-11-12 06:31:45.430710+00	2024-09-02 04:52:09.430710+00
880030	5	5004	DSC52288.JPG	u/5/fccc51b5-5839-4ea7-830f-479c3aaa84ab.jpg	4130db0fc9118b3843bd9a898f3bb5a34c6e8e283d3186af92c1b7f5f004b0b7	4579975	3024	4000	NIKON CORPORATION	NIKON Z 6_2	2024-06-14 05:23:16.395695+00	2024-08-31 16:59:30.395695+00
880031	5	5004	DSC29549.JPG	u/5/6b5033f5-fa59-4988-bebf-83c0d5190341.jpg	73e8a75998d5524154d1dca0e01e53dcb8a07451f3ff6aef8df2b48827d4e7e6	3197237	4032	4000	NIKON CORPORATION	NIKON Z 6_2	2024-06-25 01:18:50.521451+00	2024-09-05 21:03:14.521451+00
880032	5	5004	PXL_20240827_016402996.jpg	u/5/15d48f86-4d9c-4d53-8754-17b9e0dff544.jpg	832db394c05a9f4eb77161b5df01d4d69896e4a28d0c2daf7084091fe9c17553	3334770	4032	4000	NIKON CORPORATION	NIKON Z 6_2	2024-08-27 08:29:59.556427+00	2024-09-05 07:51:33.556427+00
880033	5	5004	DSC78282.JPG	u/5/d3969599-2380-4453-867c-d4373dae2157.jpg	8962dbb052defa9e6fbd6bc29ff0b9d2e1c5257700f30a127d2ae62832f90ae5	6820455	3024	3024	NIKON CORPORATION	NIKON Z 6_2	2024-04-03 13:20:15.745388+00	2024-09-06 14:25:00.745388+00
880034	5	5004	IMG_9299.HEIC	u/5/79cd6c1c-46a1-4953-9055-5fa62a6a257a.jpg	ad9d8b690127506236e770ede0f4438ceb4b304a2fcb5bd3dd2aafbd2495aad5	13418985	3024	2268	NIKON CORPORATION	NIKON Z 6_2	2024-02-15 06:37:39.130820+00	2024-08-28 18:13:53.130820+00
880035	5	5004	IMG_8864.HEIC	u/5/7ac1b273-17a0-423f-9968-07d3bc044ce2.jpg	391af61f7482ee90137f156676cba7c50905b4e7280b76b16fbc88bedb60eb91	8876850	4000	4000	NIKON CORPORATION	NIKON Z 6_2	2023-12-10 15:53:12.169947+00	2024-08-22 08:32:34.169947+00
880036	5	5004	IMG_0239.JPG	u/5/f3c15122-a74f-48c2-ae53-8edafd6e82f5.jpg	9efd0b5ed1d48ca67ddbcd45e5580af7a340ae9dba9c6ad6fe90946960ebc8c9	10162496	6000	6000	NIKON CORPORATION	NIKON Z 6_2	2024-06-23 02:24:33.375429+00	2024-08-20 05:19:13.375429+00
880037	5	5005	PXL_20240227_191282444.jpg	u/5/e96c640e-7ac2-429b-8e1e-f9ec89573cea.jpg	3b49acd43386cfc39edc40ee2888d644bf8aff56ff0a4b7ced175806612a816e	8409006	4032	3024	Apple	iPhone 15 Pro	2024-02-27 14:16:04.840085+00	2024-07-22 23:27:21.840085+00
880038	5	5005	DSC73980.JPG	u/5/ae19510a-7421-48c3-ad42-3dbb9331aefb.jpg	eebeed72f819ce723352ced544cbfda2ec998d050a67bbaa7c18aa51b71180ab	12848470	4000	6000	Apple	iPhone 15 Pro	2024-04-28 14:22:50.636954+00	2024-06-29 04:23:04.636954+00
880039	5	5005	PXL_20240214_034859217.jpg	u/5/ae9c0e5f-9915-4312-aa05-9e9b413f8cd6.jpg	4ae60195229759f43d2bcc6eff94b015f29b556c9660af9b8c4445a054e6360a	13807366	4032	4000	Apple	iPhone 15 Pro	2024-02-14 13:59:06.050914+00	2024-06-30 06:37:15.050914+00
880040	5	5005	_MG_4905.jpg	u/5/70988082-71eb-4946-bbfa-2ce6a628658c.jpg	5e9a05b807ddd35db1c068ed0d5c032b043fffdc1c49b6e241ba2a7481ad77c9	8807124	4032	4000	Apple	iPhone 15 Pro	2023-11-13 20:30:07.877647+00	2024-07-06 18:20:17.877647+00
880041	6	5006	IMG_8250.JPG	u/6/61812346-4276-4bd5-8f27-fd013a0f3c36.jpg	a9f49990e0c2ae471920de1c9bad05c91429ceec5bd441908196016a0e7e350a	8424529	6000	3024	Apple	iPhone 14	2022-06-16 16:30:58.318508+00	2022-08-29 15:24:41.318508+00
880042	6	5006	IMG_6612.HEIC	u/6/39817bb1-df69-4767-b731-c016a0e10462.jpg	365a6756e652d09818e33420504882afe4b246f99e26da37c1df73e0af1e0075	11531765	4000	4000	Apple	iPhone 14	2022-05-21 09:15:34.043514+00	2022-09-16 10:39:51.043514+00
880043	6	5006	IMG_5481.JPG	u/6/775a3515-0181-40f4-bac5-52fa0509508b.jpg	db8d740418a66614094731561241958dc5f1fbaa55e7483f990ec554096ecd14	9701973	3024	6000	Apple	iPhone 14	2022-03-04 21:18:31.711449+00	2022-09-06 03:10:02.711449+00
880044	6	5006	IMG_0305.JPG	u/6/7165a806-a717-41cf-97b2-6fddbeb13396.jpg	020e8cb56a07ae73b4a349017f4a69ce029593399566e19847213085546fc704	5220144	6000	2268	Apple	iPhone 14	2022-05-15 06:15:36.026288+00	2022-09-09 22:11:45.026288+00
880045	6	5006	_MG_5621.jpg	u/6/b31e6f5b-9b83-481b-ace2-f993ee21454a.jpg	60397e0d6d9505f04d3b3b6f00fed6ad87652f4c0cda267e5dbb0cce4a52e91b	2086154	4032	2268	Apple	iPhone 14	2022-03-13 13:28:08.421110+00	2022-09-07 07:51:37.421110+00
880046	6	5006	PXL_20220709_073344188.jpg	u/6/3f07323b-38e3-4a6d-ab26-46becdd391d9.jpg	2710bdab7879d64e0de2df99f14bf77dc3f8e33d6abdf6be497b5a4d5a629b34	5666386	4000	4000	Apple	iPhone 14	2022-07-09 08:36:44.491378+00	2022-08-27 00:02:34.491378+00
880047	6	5006	DSC71728.JPG	u/6/021d0d9c-1333-4786-9564-bf478287ff22.jpg	3be15a21d37f12947404d0300270f13a837bf8b7846f931a63ed68e172a7a8e9	3074755	6000	6000	Apple	iPhone 14	2022-07-01 01:54:57.218253+00	2022-10-02 09:26:24.218253+00
880048	6	5006	DSC93747.JPG	u/6/ac618b82-c05a-4c3b-bd0d-6e04b03fdb29.jpg	32032ea191f86b882817cf373f605ce2fb2896eab0b9f2a0f5d2848e03bd6d4a	9155146	4032	3024	Apple	iPhone 14	2022-03-24 17:06:50.007638+00	2022-08-24 15:26:20.007638+00
880049	6	5006	IMG_0253.JPG	u/6/962acb5b-7c44-46b4-8a20-48d8008a64fc.jpg	3073808fb0128f374826f3993cbce89bf2d9005d29e2e090399eefb092b79f9a	4347100	3024	2268	Apple	iPhone 14	2022-05-06 16:23:46.195444+00	2022-08-29 03:49:55.195444+00
880050	6	5006	PXL_20220502_158576801.jpg	u/6/4fd240cf-97ae-4db4-b953-520ac159579e.jpg	7a665216badabe7a381b260b8b6a507fe515ff28349a1a81a7903e15e2a8ab1b	7089465	6000	3024	Apple	iPhone 14	2022-05-02 08:28:16.330869+00	2022-08-24 21:21:27.330869+00
880051	6	5006	DSC51740.JPG	u/6/b096d5d6-e109-4afa-b1ed-905c12a6a366.jpg	23ac4ae022e2f61293a8854b56c94bb99488e321ec51e46e932b06c175d29c27	6915038	3024	3024	Apple	iPhone 14	2022-02-14 04:16:45.129625+00	2022-08-24 00:18:44.129625+00
880052	6	5006	DSC81455.JPG	u/6/4606bafd-167e-46d8-91bf-88874093df2d.jpg	33ed6d8d03e889527f8c83b0718502b1ac6862b146cad510a6bb0d39a1dfb369	9866019	4000	2268	Apple	iPhone 14	2022-04-06 09:57:15.152033+00	2022-09-12 22:31:10.152033+00
880053	6	5006	PXL_20220625_170769704.jpg	u/6/793511a9-2dd3-459f-b325-0b845c3ac5b2.jpg	e4e5e698c16935a6f48cf64b1886f5a4c010dc3e0535284d48803f24baacf2a5	7200997	4000	2268	Apple	iPhone 14	2022-06-25 15:10:08.231878+00	2022-09-12 20:36:56.231878+00
880054	6	5006	IMG_5402.JPG	u/6/f21ce5dd-7c43-4b6a-ae98-e5a063e0cb1b.jpg	71b0dccfa2057728c74b1049bacd8f7280888054125c465c9cd145b32f5fd730	4083595	4032	2268	Apple	iPhone 14	2022-02-27 07:58:44.591227+00	2022-09-19 16:09:43.591227+00
880055	7	5007	PXL_20240819_223320915.jpg	u/7/f73d7cde-f1ed-40e6-b2f3-1f80fe766d07.jpg	18643ff029b59c2bed67fcc8a32a5b3f118258b2a64dda77796ef88910637f69	5990523	4000	3024	FUJIFILM	X-T4	2024-08-19 09:44:32.879236+00	2024-10-23 05:54:53.879236+00
880056	7	5007	DSC44607.JPG	u/7/1444ff0a-c3c4-44d0-b30f-bc63644d3d5a.jpg	4cfa8a5cfe038f55f948324b73316325424294688f5f1beefc7323721b17bec2	9803597	6000	4000	FUJIFILM	X-T4	2024-01-01 14:49:46.108461+00	2024-09-16 00:27:48.108461+00
880057	7	5007	DSC81553.JPG	u/7/bc701476-efe1-4735-bc80-f720f8f65681.jpg	1abe8a2dcc4257df4bfcd4d42998f127d030c20a86d9cb9b8c11839b3de9de77	13334860	6000	6000	FUJIFILM	X-T4	2024-04-30 13:41:31.756493+00	2024-09-27 10:07:21.756493+00
880058	7	5007	IMG_6145.JPG	u/7/408ae693-9f6a-4db9-b692-a02e9da11a9f.jpg	8b89df986b73c27f73707d7265f28a4c1bbac42a6dc7393877dda78009eb1d0e	7512857	4000	4000	FUJIFILM	X-T4	2024-01-09 17:01:05.049817+00	2024-09-25 10:47:01.049817+00
880059	7	5007	PXL_20240108_045406598.jpg	u/7/ee8913d9-e4b9-42d1-8eac-78b7f371c77b.jpg	c06788a529b8d921acc14bba4d236c7464df0148f5ebffba30782a5f70014eb7	6128972	4000	6000	FUJIFILM	X-T4	2024-01-08 19:29:27.390116+00	2024-10-04 18:27:45.390116+00
880060	7	5007	IMG_7147.JPG	u/7/c71a0856-ffb4-4f81-9cbe-faeb8d3a80bf.jpg	81679313f3ea3353d3721a2305f2fc6144e86d68299a58a976c09b6919c2a11d	6971683	6000	3024	FUJIFILM	X-T4	2024-06-28 04:28:31.846984+00	2024-10-02 08:23:12.846984+00
880061	7	5007	IMG_2598.JPG	u/7/2e1d11c2-f607-4b8d-836a-00a8940bbd03.jpg	69af524eb970be00a499920d30188aa18b61ac82dd2df69b151948142e18e8ad	801232	6000	4000	FUJIFILM	X-T4	2024-02-12 16:51:32.035367+00	2024-10-16 14:55:41.035367+00
880062	8	5008	IMG_9765.JPG	u/8/bbff1621-1395-4605-a61c-d4782e14478e.jpg	b28f7bab736ca6f43dc63bf41b13fec744df191d3c73f73a2f32e4cf9c90c1c1	1237208	4000	2268	SONY	ILCE-7M3	2023-09-09 21:44:36.826786+00	2023-11-27 10:38:44.826786+00
880063	8	5008	_MG_0748.jpg	u/8/bde19181-cf01-4e4a-aae3-9c4910a827ca.jpg	c80d1ed7747c095aae106995f788354fb757c220d9b5ffa1c4a9e5a53b485da9	3376142	6000	6000	SONY	ILCE-7M3	2023-03-02 08:44:28.262202+00	2023-12-13 00:01:05.262202+00
880064	8	5008	PXL_20231209_197155753.jpg	u/8/c114f30d-9086-437b-ac32-a86adb400a42.jpg	9fae0d0b518823dd13f0a28fa48b9f4ad5012bacebec3896c84e9fb4ba529d0a	5307105	3024	4000	SONY	ILCE-7M3	2023-12-09 12:35:10.475773+00	2023-12-22 13:06:39.475773+00
880065	8	5008	IMG_3791.HEIC	u/8/1c6d0afb-0a11-42b0-a4a2-6382d9c50921.jpg	4ddf53b27f0c66e5303e1c8de6458f27312f08ed736a36e90618675651a18300	9803129	4032	2268	SONY	ILCE-7M3	2023-10-28 22:25:10.224965+00	2024-01-01 17:19:23.224965+00
880066	8	5009	IMG_1828.HEIC	u/8/1396bda6-78bc-4866-bcee-cecdbd3b78cd.jpg	ac8697793cbb6c4147d560d22dcc078584ee04f26ca5464427f1e4c5c406d2eb	5171131	3024	4000	samsung	SM-S918U	2023-01-28 04:17:48.759473+00	2023-06-16 14:05:52.759473+00
880067	8	5009	DSC10073.JPG	u/8/eb30d1bc-5c07-4eb8-9546-94463ee1cd0e.jpg	f42aafe24715d8e983285c24427c7b8796253f615f69927c5ad6ea034d6eac0c	12478023	4000	6000	samsung	SM-S918U	2023-02-27 00:02:50.724587+00	2023-07-05 08:18:19.724587+00
880068	8	5009	IMG_3517.HEIC	u/8/398ce8a0-383a-4fec-b07a-b8d278288b28.jpg	de36f6443ddc91b8a806273cb880b37100c3f4813c88d463d112a3c3c3997296	9384422	4032	2268	samsung	SM-S918U	2023-01-30 10:31:50.013619+00	2023-07-08 08:10:46.013619+00
880069	8	5009	PXL_20230527_003716900.jpg	u/8/e45b6fe9-ca0d-4a6c-a3b0-a85185c4ca97.jpg	6dcf8c27a2db5c7a564bf64d6a38ed690c65ce0f4e2e27b91aacb92f4fb18b94	1922997	3024	4000	samsung	SM-S918U	2023-05-27 12:06:04.699863+00	2023-07-04 12:46:01.699863+00
880070	8	5009	DSC17651.JPG	u/8/88b60c19-c5f6-4f14-b7a2-0208111d5b5a.jpg	dc8027b8e76b5c33a458f8c34822d2842b2c02df18bcc66f898d8bd7203a36c8	1895979	4000	4000	samsung	SM-S918U	2022-11-18 07:58:14.404693+00	2023-06-17 05:34:40.404693+00
880071	8	5009	DSC79586.JPG	u/8/bca9ac5b-85ee-48a3-a1bd-2497c7a24670.jpg	791e73df97a6d46e5d662151b1f11634b3a7f132107988a7a06c140b202d7947	9695076	4000	3024	samsung	SM-S918U	2022-11-23 21:56:22.920872+00	2023-06-28 18:04:31.920872+00
880072	8	5009	DSC02467.JPG	u/8/4c2537ed-dd95-435d-b431-c6149bca6acc.jpg	837245503ca21c19b052281720459f82cc5e15a27854893f3e887dd6bce839de	7620061	3024	6000	samsung	SM-S918U	2022-09-10 21:45:22.943987+00	2023-07-03 02:42:10.943987+00
880073	8	5009	IMG_6045.JPG	u/8/1225e19d-a59f-493f-ac18-abb1d3ccea04.jpg	15d0ab848d5379d1f3252eeb8df477eb74638705b557abe6ff9682ea4d79d9ec	9979370	6000	6000	samsung	SM-S918U	2023-02-10 07:18:09.171376+00	2023-06-05 17:50:16.171376+00
880074	8	5009	DSC40751.JPG	u/8/f22add3d-32de-4cee-8ce1-03e81fb5a1a0.jpg	39261b7ada9ccc567755e274a685869b411483cd9af18d05740c0a4b8f0f1564	3616690	4000	6000	samsung	SM-S918U	2023-03-01 12:14:17.196715+00	2023-07-08 10:20:28.196715+00
880075	8	5009	_MG_4036.jpg	u/8/3020ea89-634a-4c2a-a112-d8ecc39f6dd0.jpg	6671e9e21fe96d1cc95a7533224b2aa5029fb2da28f0fdaf28ca014bdf685569	1914949	4032	6000	samsung	SM-S918U	2023-02-08 08:03:28.074046+00	2023-06-24 11:04:13.074046+00
880076	8	5009	PXL_20230613_170366943.jpg	u/8/6a9852c1-11a0-41e6-a776-f6a53dc83830.jpg	d514a13d17e8158b93595bf4f2f41f01c8b1864d55d82fcaabfcaab48420df63	13341866	3024	3024	samsung	SM-S918U	2023-06-13 09:03:18.616487+00	2023-07-02 16:05:39.616487+00
880077	8	5010	_MG_1897.jpg	u/8/ba037737-fa0b-4a52-abdd-05dd30ddd3cb.jpg	fc732bf1877bf4a1106a64de7db0ee3d5bbdb6b2d3c96596af842a70a66ba1df	5993414	4000	3024	SONY	ILCE-7M3	2022-12-18 23:08:43.577468+00	2023-09-18 08:11:10.577468+00
880078	8	5010	IMG_6017.JPG	u/8/261b9ca3-8777-4573-bc48-aa14e7a48b20.jpg	7eff9cb2de7aa48661b6ae74486a00b0fa5f901430aa04bb5e04d16f5a46a0d2	2333389	4032	6000	SONY	ILCE-7M3	2023-04-11 00:46:55.232837+00	2023-09-08 17:58:03.232837+00
880079	8	5010	IMG_2501.HEIC	u/8/7ea6ef96-8403-4108-85e8-9ce6c10de067.jpg	959cdd1ce563b56dbcec069840a83f24d83b9615ab76399e2f4441b7c30fa4be	7216013	3024	6000	SONY	ILCE-7M3	2023-04-20 11:39:41.328531+00	2023-09-18 20:07:14.328531+00
880080	8	5010	DSC16684.JPG	u/8/67403d95-fe0e-4d40-9b1f-95e944a3d79e.jpg	7374eecd477c8f6b3dccb2949e9d3808a965f6755f81a7f5905202f15adb6090	5279593	4000	4000	SONY	ILCE-7M3	2023-09-01 01:19:16.204159+00	2023-09-17 10:06:32.204159+00
880081	8	5010	IMG_6856.JPG	u/8/88dfd44d-d246-446e-bd31-12182b491ea7.jpg	efb9d75616641b1d2ce4be42f52df054c078d793ae888551c461789ee15bfb5c	2321718	3024	4000	SONY	ILCE-7M3	2023-04-02 17:44:10.233792+00	2023-09-23 14:48:17.233792+00
880082	8	5010	PXL_20221226_113400758.jpg	u/8/c19964be-bb54-441d-a8c0-e15892a8ef25.jpg	7e3e6ce84599d6a73ff8cf438b395ec88016761361669e5038dc7bccbbee3fb5	7658898	6000	2268	SONY	ILCE-7M3	2022-12-26 11:02:00.472798+00	2023-10-03 05:20:08.472798+00
880083	8	5010	IMG_6860.JPG	u/8/5d6d9279-ca88-483c-9666-08bbaf4843d2.jpg	dc7406d0a6f6f658d28cc3c61d8129ff109a0db8ad020488d0b792a42fa332c8	10105360	3024	2268	SONY	ILCE-7M3	2023-05-28 13:55:36.098903+00	2023-09-09 01:14:30.098903+00
880084	8	5010	PXL_20230304_139411744.jpg	u/8/96882dc5-b4a9-4191-bb54-97e069211290.jpg	8c3f5bf9a725a26c9f53bf66c543f92136813b05685adf8d47917da06b93379f	9275741	4032	3024	SONY	ILCE-7M3	2023-03-04 11:25:44.755282+00	2023-10-02 14:16:53.755282+00
880085	8	5010	IMG_9151.HEIC	u/8/b917ad3e-ef43-4a2b-8e8b-5189e2a79f1b.jpg	e090b6b5ff8727b151578cc5b00d75739eb33eb01f38e5821b8e9d3e75cf4250	1873429	6000	2268	SONY	ILCE-7M3	2022-12-19 21:59:11.909121+00	2023-09-27 22:44:51.909121+00
880086	8	5010	DSC57642.JPG	u/8/049aa09f-9d21-4696-8dd4-1d77eba2a293.jpg	23084f80bd1979d463cccee2e48c850f79b5c83565ca955babeaaa19cabbe93a	11876700	4000	2268	SONY	ILCE-7M3	2023-08-10 17:24:21.666972+00	2023-09-23 17:23:56.666972+00
880087	8	5011	DSC99905.JPG	u/8/2cd090ec-5d2d-466f-a374-8af4601c86e9.jpg	4b5490f93f040e948858594e5aa7ab695a6d132ee2447fa097ddd6419130211f	10985907	6000	4000	samsung	SM-S918U	2024-05-12 05:07:40.905091+00	2024-11-14 14:16:03.905091+00
880088	8	5011	_MG_0143.jpg	u/8/958a6cf1-2ab4-42cf-80b6-5f96ae498e6f.jpg	19e64b8a1f0148727baaa7b7ac616ad1b647a447638d3e2ec3d46c3675a9610e	9801212	3024	6000	samsung	SM-S918U	2024-10-14 19:20:10.945061+00	2024-10-21 13:23:07.945061+00
880089	8	5011	_MG_7890.jpg	u/8/7ebfb6d7-46c0-426e-ae20-b42218120259.jpg	065125af4508c9202265e65198ac736d2a80017dbaef0aac2db3432333448194	9551218	4000	3024	samsung	SM-S918U	2024-03-05 16:29:56.974975+00	2024-10-30 04:13:03.974975+00
880090	8	5011	DSC55264.JPG	u/8/512ceb3f-2c27-40ec-b875-6fb05ce54015.jpg	62c1594f4c00163396d7c2147dd2d6c06ac730f831c8be63e9396f3e23cb03df	10799822	3024	3024	samsung	SM-S918U	2024-04-08 07:01:31.278961+00	2024-10-22 13:34:38.278961+00
880091	8	5011	_MG_0737.jpg	u/8/2bbc96aa-74c5-4c1e-825d-26ee336e691e.jpg	fe4553468a0b4e4bd7dce86f06ea879512b76f7712e47388ce2660c502dcba0e	2727204	6000	2268	samsung	SM-S918U	2024-04-04 03:13:35.250202+00	2024-11-04 23:08:45.250202+00
880092	8	5011	_MG_8268.jpg	u/8/51cf36ca-bb21-4521-87fb-1b04888ed7d2.jpg	853cb0d4d4bf0cd46ea1ab2d0882ebc601415e218d04248a6cc65ea1f7327a2e	2807900	3024	2268	samsung	SM-S918U	2024-03-28 07:02:17.133058+00	2024-10-25 23:48:17.133058+00
880093	8	5011	IMG_5685.JPG	u/8/588bac4a-3a93-4ad8-a301-80141fbed002.jpg	d9e4b9c334bef1d2c1bc205a8e486933e591996ce746ef072f85fdec28518b63	10373300	4032	6000	samsung	SM-S918U	2024-01-21 20:45:11.581778+00	2024-11-10 04:42:25.581778+00
880094	8	5011	IMG_6015.HEIC	u/8/f73d1dd2-822e-4c9d-a5fe-359a45debb8f.jpg	5a44ce0a9b4ab7b3045a2b41b13a0f26774a802a417a16f9c7481217d321cffc	9337038	4032	4000	samsung	SM-S918U	2024-08-01 17:09:14.829592+00	2024-11-01 05:55:01.829592+00
880095	8	5011	IMG_3053.HEIC	u/8/2971a69b-79c2-45e9-9cff-f5e6656423a4.jpg	e03a916d62a11e46e43e0cf7b692411843ccbca1e0fd92dcfc98cd65e956b2ec	8925430	4000	2268	samsung	SM-S918U	2024-05-13 20:55:14.456922+00	2024-11-07 18:09:49.456922+00
880096	8	5011	PXL_20240413_138060780.jpg	u/8/b58bb741-6ca6-4e89-98b1-ff2b13766f7b.jpg	1e0d80ba075a23d9acc13a41f57ecf2508ad29bd62dd49366a32eacb0cbbbfa3	10896636	6000	3024	samsung	SM-S918U	2024-04-13 16:46:23.981698+00	2024-11-08 15:11:32.981698+00
880097	8	5011	_MG_1659.jpg	u/8/b785d5d9-d8e4-49b6-a5fd-c2b92407c1eb.jpg	ed755ac6cdcb0bfd4dd7f36f977b1488017f7c9e3d3836f6f717927dc8bbd76f	6132568	6000	4000	samsung	SM-S918U	2024-06-07 05:25:18.147192+00	2024-10-20 08:39:09.147192+00
880098	8	5011	_MG_2877.jpg	u/8/3f397dec-b169-4b53-84e4-59a124ee9336.jpg	b7ca6255abaeb24223cfdc1fd505fc1b313775ec0cdec1371c2cbda3a69c8f38	13492646	3024	4000	samsung	SM-S918U	2024-10-26 16:38:34.071246+00	2024-11-14 21:47:43.071246+00
880099	8	5011	PXL_20240806_054372649.jpg	u/8/cda6fc64-f83c-4dcf-bfc8-fba47ddafa70.jpg	bb13dbb6b2e75d58c86ed25af70738fb7e99a7544cc15423616343eabe6e5d4c	3875854	3024	6000	samsung	SM-S918U	2024-08-06 22:27:01.219500+00	2024-10-27 21:26:12.219500+00
880100	9	5012	IMG_1321.HEIC	u/9/e8c5e4b5-0691-41a0-9e01-d714c83efd9a.jpg	b4264be0689c0bc1cfcac16d331e8ed63366a001cdd836d471be19ec1734767c	2095963	4032	4000	samsung	SM-S918U	2022-07-02 12:59:46.172652+00	2023-03-28 10:26:38.172652+00
880101	9	5012	IMG_5233.JPG	u/9/75d580c9-48ed-4cda-a664-d549fb29e6de.jpg	8d16e0090fd37f8109927855eb4443ad849d948a5d03ff0a7a9242b421cfbb5b	9405042	3024	3024	samsung	SM-S918U	2022-08-21 21:35:01.197375+00	2023-03-18 03:00:08.197375+00
880102	9	5012	DSC34821.JPG	u/9/9b950b15-e0bb-4f5b-8d51-96199b79152f.jpg	bd8003b765e4a821b3a24bf12d639487f845a2abc1c26089183b4fa923da1284	8459634	4032	6000	samsung	SM-S918U	2023-02-25 16:58:04.576940+00	2023-03-25 01:05:22.576940+00
880103	9	5012	PXL_20221205_099786322.jpg	u/9/21abcb4a-39c4-4e00-a0ef-3d4fd7e53e9e.jpg	b1b5402db582237bf9b9c926fde15f96a44ae7eb880ed66aba381cec38e285bb	5368297	6000	3024	samsung	SM-S918U	2022-12-05 12:51:31.457912+00	2023-03-18 22:02:33.457912+00
880104	13	5013	PXL_20240101_165374887.jpg	u/d/76da5c05-3eef-47f7-a8b1-4d386128c92d.jpg	e6f9a56137ce16a1d66c0d482618411f67822c4ff591a0df74b22bb71b216ac2	9040870	3024	3024	SONY	ILCE-7M3	2024-01-01 18:08:04.676369+00	2024-02-04 08:50:50.676369+00
880105	13	5013	IMG_6391.HEIC	u/d/a17cde5f-438f-4a76-91b7-bfbf1cbcd0bc.jpg	bba12485ab24022fea12a0ead0c5e1e58764282cdd9ab37a164c6ff906330b13	975923	3024	4000	SONY	ILCE-7M3	2023-06-08 08:57:58.198825+00	2024-02-13 13:50:01.198825+00
880106	13	5013	IMG_9744.JPG	u/d/596184b3-798d-4024-a347-ac3d7e4605c2.jpg	98065cce47dab0f316bdd1a63e5973d8bc7f2ba93c6cbc5e8f4655a76c824553	13117650	3024	4000	SONY	ILCE-7M3	2024-01-24 11:15:43.786032+00	2024-02-18 22:21:53.786032+00
880107	13	5013	IMG_1319.HEIC	u/d/68e8f139-5e6c-4009-a9cd-e9744c08ad56.jpg	9d1f1407e71af36d01145de4d1eebfae49defeddec8fec54f57784d21c15f977	12656489	6000	4000	SONY	ILCE-7M3	2023-09-16 23:18:00.126055+00	2024-02-23 19:05:53.126055+00
880108	13	5013	PXL_20230911_108165792.jpg	u/d/923912be-93c5-4309-96e0-c72f1b3cb395.jpg	80461a7dde87539f657ce55ba8fcdb09b8e7c1161dd13ba21c81587cea142428	9241109	4032	6000	SONY	ILCE-7M3	2023-09-11 05:59:49.546266+00	2024-03-10 19:01:35.546266+00
880109	13	5013	DSC83839.JPG	u/d/66df896f-ec84-4ca6-94dc-1ecde06c0584.jpg	e482260a0b76a2b783d897a9f2f0d2fe0786c8187960ea99cc272bacf3beb2e8	13873647	3024	3024	SONY	ILCE-7M3	2023-09-23 10:13:49.893313+00	2024-02-11 07:33:39.893313+00
880110	13	5013	IMG_1092.HEIC	u/d/1ff5a4aa-d808-4341-b7e6-d2d5ace9682f.jpg	59cf6f11b8874f4e1015f3ef2baa28badd71176029a5da3dd976afdd651a393f	4495278	4000	3024	SONY	ILCE-7M3	2023-05-11 08:32:15.020905+00	2024-02-11 10:25:17.020905+00
880111	13	5013	PXL_20230718_115252812.jpg	u/d/d36887a9-5a81-4231-8d5f-2cfa3c0db08e.jpg	676ad21ee37e4a1be8866a4e60579b5d0d6026936e0b206ac7df659379fd0a8a	4091726	6000	3024	SONY	ILCE-7M3	2023-07-18 00:52:20.919126+00	2024-02-13 02:00:49.919126+00
880112	13	5013	DSC96729.JPG	u/d/2ba54712-7f00-49bd-ac8d-a3a8e7d020e6.jpg	52e08c6dc5880edd0dd985e8963a19be6917f512c4a9b4bf4d45b40eb7833eb8	5144216	4000	6000	SONY	ILCE-7M3	2023-11-09 20:11:03.260607+00	2024-03-13 15:48:06.260607+00
880113	13	5014	IMG_0650.JPG	u/d/dbe0e427-b77b-4094-82c3-bcfcd3210ed1.jpg	be79918860df4e628bf15475da9790c9b5f2845aac5284e60e37b61eaaebd29d	12807843	3024	4000	Canon	Canon EOS R6	2024-06-13 10:01:25.926098+00	2024-09-20 03:17:51.926098+00
880114	13	5014	DSC57138.JPG	u/d/5719dc07-6a7e-4c9c-b3aa-5cec42e274b8.jpg	86ec25fd393c754568f811827602e7b37eb7c666e1cbd6704c4dfd52ba92414f	8012836	4000	2268	Canon	Canon EOS R6	2024-05-06 05:36:38.598222+00	2024-09-19 14:09:19.598222+00
880115	13	5014	_MG_7792.jpg	u/d/bf409fc4-f491-4c54-81a6-70b02a78bac5.jpg	7943ef05bf6954ab257f5d5d075732831b50b122da8965f16ecbc28df008a420	4100351	3024	3024	Canon	Canon EOS R6	2024-03-14 15:17:45.807572+00	2024-09-25 17:43:12.807572+00
880116	13	5014	IMG_2399.HEIC	u/d/129bf8fc-cd07-4ccc-9d5f-a84325b7d86d.jpg	6cf12d3b8d6e9d86edc22e81eff66ce18736405d5a6309ca0d44102c9888f500	6978312	6000	4000	Canon	Canon EOS R6	2024-04-15 22:03:29.218083+00	2024-09-19 21:40:12.218083+00
880117	13	5014	_MG_1074.jpg	u/d/f5c046d3-f79b-462b-8f1c-0141b3d3eddc.jpg	579e1a9d16199ac29c4246a7c4633571a6a4aa17ac1c65b08d0a1a9e6dea1f42	6108475	4000	3024	Canon	Canon EOS R6	2024-05-18 16:59:28.208060+00	2024-09-02 17:19:04.208060+00
880118	13	5014	IMG_7185.JPG	u/d/f3c0bb7a-bf0f-400d-ad4d-0d071c8d3e1f.jpg	f7e34b58e809f9f6abf28e1c3cd542e376d884ed9a8aaf3e2f46fd2a1746d3ae	13419481	4000	6000	Canon	Canon EOS R6	2024-08-15 00:42:35.969343+00	2024-08-26 04:25:13.969343+00
880119	13	5014	PXL_20240804_173039324.jpg	u/d/691b70ef-b5d7-4610-ae97-2baa80b80aaf.jpg	a63eb4245abe5eaad44c08aab8d5a6844ca2c931490a24b640742ffdcafa34d3	6138038	4032	3024	Canon	Canon EOS R6	2024-08-04 16:35:54.044278+00	2024-09-12 17:49:21.044278+00
880120	13	5014	IMG_9736.HEIC	u/d/a24bd7ea-028e-4e75-aaaa-5f828a7e7e27.jpg	2aeb81983d010af5329a4e4a51d6a60c7d55c2f5fdead27443d6ad05ebbdece9	5203266	4032	4000	Canon	Canon EOS R6	2024-01-04 07:18:37.483239+00	2024-09-30 17:30:13.483239+00
880121	13	5014	PXL_20240430_181153952.jpg	u/d/50dd05c3-28e1-47d0-81dd-d8747ba60e01.jpg	ab9d6e90cb8a8e0b77dcad1d8ad9b3271064b17796780bf1898ca0b3d994166d	8918718	6000	4000	Canon	Canon EOS R6	2024-04-30 08:04:01.313667+00	2024-09-19 12:40:07.313667+00
880122	13	5014	_MG_8131.jpg	u/d/cdb5ed6f-1661-4e1e-b005-60926428e93d.jpg	5106d682fde090d1c9900107888fc931bf28b2e3c65e9c3bfb5876a69ecc1b74	13378483	6000	4000	Canon	Canon EOS R6	2024-06-07 20:51:25.736322+00	2024-09-23 02:03:49.736322+00
880123	13	5014	IMG_7884.HEIC	u/d/52a8fdd0-bd49-4083-99b3-1ac2f6e33670.jpg	b709a074901a4a131b0ddab8f6a2425ffc31e2348123b8a295aecd584b0f8585	3080077	4032	6000	Canon	Canon EOS R6	2024-02-15 12:48:20.369654+00	2024-09-19 00:02:21.369654+00
880124	13	5014	_MG_7143.jpg	u/d/b0409d79-1029-454a-96bd-7efe4ac2da01.jpg	7ef75bc3a6713bc6c1974e2c4c07f4158ee4048d33e014ffdd7645523eca323c	5518584	4000	4000	Canon	Canon EOS R6	2024-06-20 17:24:16.426551+00	2024-09-24 23:05:31.426551+00
880125	13	5014	IMG_8817.HEIC	u/d/7141de46-dbeb-4f2b-969b-8ab89e48bf3f.jpg	5bce48c6f1e9ce91eddae32d527cdb8211632a6ececebf5d344d4334dbeaf7ca	3759834	4000	2268	Canon	Canon EOS R6	2023-11-14 08:48:59.083867+00	2024-08-22 14:23:33.083867+00
880126	13	5014	IMG_8714.HEIC	u/d/afdf5efa-97fb-4e9b-9c69-107a8ab82efb.jpg	08989883a2a3a1406d0894754f06a3c2809f98df146ff23f48afc6760b60925e	4464090	6000	3024	Canon	Canon EOS R6	2023-12-30 11:53:28.352070+00	2024-09-02 13:14:30.352070+00
880127	13	5014	DSC13110.JPG	u/d/b1d3fd93-c436-4802-aa89-be259b7321aa.jpg	9cfa80019bb0a011de999aacf826b180109be91de2b111774f700b1ad1974c20	5328145	6000	2268	Canon	Canon EOS R6	2024-03-03 04:25:49.427779+00	2024-09-09 09:03:22.427779+00
880128	13	5015	IMG_2952.JPG	u/d/9a52983e-32dc-4eea-ab2b-d70c135e4905.jpg	77392a6781b7eb3b2458a84593037e70de8077a9ce978f96c731e921112e351c	3699374	4032	4000	\N	\N	\N	2023-05-06 21:19:37.966621+00
880129	13	5015	PXL_20221021_163718536.jpg	u/d/dd4b0872-6fc6-4d2f-ad71-4b8434b646ad.jpg	e8bb7b2c43eb56a8ac3f8cc0f5c36e57d5000f17b29fb858b1a9ad980658c8ad	10478386	4000	4000	\N	\N	\N	2023-05-03 09:15:53.836680+00
880130	13	5015	DSC79955.JPG	u/d/b86e86ba-eb96-40e2-961c-110913d8c80b.jpg	8f8397528a21ea67e1601e18996ff5d1f923f41505eb1a7e674083151b70f2db	5755883	4000	3024	\N	\N	\N	2023-06-07 20:18:32.456988+00
880131	13	5015	PXL_20221124_148637269.jpg	u/d/c63e244b-7a37-40fc-af8e-1099c8711045.jpg	a50be86a8aabae817e7717ef6e51bcb72ecb9a7e0887355c722a36bb2c6132db	7824976	4032	3024	\N	\N	\N	2023-05-12 10:08:32.729437+00
880132	13	5015	PXL_20230131_088226108.jpg	u/d/2a442931-c8b3-468f-8297-97bf9bfb9ea5.jpg	6ead29059b9aafc9458051a96ba0a15cb4d93cdce5aef4863aeff0a296060e12	9903419	6000	4000	\N	\N	\N	2023-05-07 06:46:42.596774+00
880133	13	5015	DSC56406.JPG	u/d/c0e83ed7-7fbf-4bdb-9812-aee2ae7e6f1b.jpg	4fc79549e727cf5f82d73470a0996d6d0873b5eab93bbd1937e8ff6b9cf8b7d6	9205243	4032	6000	\N	\N	\N	2023-05-07 19:54:30.954232+00
880134	13	5015	IMG_7774.JPG	u/d/1e620b71-52fe-44a6-be60-351694875f24.jpg	cd7d577149c8e3ca6ce71d75af645e12eb953d89a97b3b6a5a740723ff182cad	10507673	4000	6000	\N	\N	\N	2023-05-31 14:26:07.418924+00
880135	13	5015	IMG_9174.HEIC	u/d/92eb7046-807b-46d2-a8de-034569b1024b.jpg	a5dd91389bc50bc828c4117fa2635a38150d824f0fb4925ab5b0488cdc344dc9	7655131	3024	2268	\N	\N	\N	2023-05-28 18:14:42.816569+00
880136	13	5015	_MG_6605.jpg	u/d/4c055e30-8176-401b-9947-5d56282be6d7.jpg	228caf3a2d88eb9e892b9cb373eebb0672e32daecbc8e243746c3e18d59159ae	8776301	4032	6000	\N	\N	\N	2023-05-02 06:24:59.692834+00
880137	13	5015	DSC38112.JPG	u/d/2e1ee9b9-88d6-47c6-8c28-3234db906a00.jpg	e75013926e2c7752249d6daaf364aa3b19366c1adb929dc03ac50967a0838036	10573753	4032	6000	\N	\N	\N	2023-05-31 05:19:02.269638+00
880138	13	5015	_MG_7510.jpg	u/d/75b917c1-3d16-4b3d-bb23-12e82680753f.jpg	89be4a532a79f036f886e7a0ba49922584be7c7e7718860753e26936d7c01638	11909910	4000	4000	\N	\N	\N	2023-05-23 22:34:31.429573+00
880139	13	5015	IMG_6378.JPG	u/d/4e8c586d-0973-4a5f-8973-5cd3c0092569.jpg	cc10a772396ef92993eefff934166189fc8105f9703ab79396dc08771e8fbfda	11020311	3024	2268	\N	\N	\N	2023-05-01 19:49:04.855666+00
880140	13	5015	IMG_5584.JPG	u/d/6e73683f-7797-48e5-aae2-c824d920ca35.jpg	3d8c9e62a2d421414f2eb7141f4278bf3ef53c0b2258a5081f64f21891956147	8261104	4000	3024	\N	\N	\N	2023-06-07 19:00:22.850874+00
880141	13	5015	IMG_8960.JPG	u/d/ba30a9c5-72d3-4994-9406-fb7d160f92e4.jpg	e139984d2c7f755810626a872dbf06c9a62faee0dd8003b042499d8d230de27f	3654385	3024	3024	\N	\N	\N	2023-05-03 23:52:22.042626+00
880142	14	5016	IMG_9973.JPG	u/e/d91cb14a-7266-49af-abbf-99240aa1efe9.jpg	15fcd46bc848da11be0b2e92e3035dae1bddea33657ce284c76c22c933ff56a8	13229808	4000	4000	FUJIFILM	X-T4	2023-10-06 02:47:29.042358+00	2023-11-17 21:00:37.042358+00
880143	14	5016	IMG_6667.JPG	u/e/f755185a-8693-4e76-85db-62f8a99b2960.jpg	23609c723a831bd9b725d673ca88ab8a33501605bde14006031812dfa0305bd2	13073174	3024	3024	FUJIFILM	X-T4	2023-08-24 18:07:09.104182+00	2023-10-19 16:07:01.104182+00
880144	14	5016	IMG_0746.JPG	u/e/209f9a80-e112-4869-9998-3bd0752cb8ea.jpg	2609a809d73559e991035d9dc12883eb8044078a297c41937d8c80a2a002a7d7	6732250	4032	3024	FUJIFILM	X-T4	2023-07-25 02:06:07.776634+00	2023-11-03 23:19:47.776634+00
880145	15	5017	PXL_20190813_205331789.jpg	u/f/9a6f3ada-f723-43e0-a029-c0fc560a497b.jpg	82ff58403cdd64612eb732be8ea54434542c5e718ccf3c5a2bfb81997c248645	10463254	3024	4000	Apple	iPhone 13	2019-08-13 10:36:38.255800+00	2020-03-11 16:39:14.255800+00
880146	15	5017	_MG_7729.jpg	u/f/bf9ee53a-1404-42da-908c-7bf3e3098335.jpg	1ab1d0ec5898ec60f479a43ce77410a1f918369edd9ed52f1e7090a3323da5b0	11789641	4032	4000	Apple	iPhone 13	2019-10-25 04:18:42.725374+00	2020-03-24 12:55:09.725374+00
880147	15	5017	IMG_3810.HEIC	u/f/b79e5e78-0b88-48e9-b7d8-1f5482ebb9f6.jpg	84d244e9c463f919e8619fe2cd27a5905edd8c80ad82eb0312b4e6568f581546	13770962	4032	3024	Apple	iPhone 13	2019-09-06 01:46:44.495457+00	2020-03-11 05:51:57.495457+00
880148	15	5017	PXL_20191004_235664568.jpg	u/f/0c453761-edc7-4970-bcf7-a6c755206fc5.jpg	66f2f63da4062c3c0acd8c7682ebde23774a496e8d18e240f2a1a11bd780c4a0	9563842	4032	4000	Apple	iPhone 13	2019-10-04 17:02:52.847576+00	2020-03-14 18:13:23.847576+00
880149	15	5017	IMG_4921.JPG	u/f/cfecc205-7af8-48e0-9313-7f546a5d2257.jpg	d89a985aa0bc4c67198cf9e0766ca7f0bb4b6e98ed6a9e6e235870970c079ea5	10005714	4000	2268	Apple	iPhone 13	2019-09-13 09:59:44.019663+00	2020-03-15 20:43:02.019663+00
880150	15	5017	_MG_6653.jpg	u/f/09418582-55aa-4853-9951-71cadeb6551a.jpg	085d8db0b88d0e215a624caa597467f658de9371435e3eaa14137a97611957cc	13885703	6000	6000	Apple	iPhone 13	2020-03-22 08:01:40.563746+00	2020-04-08 23:45:47.563746+00
880151	15	5017	PXL_20190903_058198221.jpg	u/f/5523e7cf-b929-47ff-a2b6-97ae2c2adac8.jpg	d58829542015446a62ef97a88ebb7b65b084f94aa71d88c3132269901bba1574	2982143	6000	4000	Apple	iPhone 13	2019-09-03 13:57:43.319437+00	2020-03-06 06:06:53.319437+00
880152	15	5017	DSC43620.JPG	u/f/4de9d262-483c-4d58-b54b-fad460964b81.jpg	dd9892601dbe13e7bd1155f323413b5e819c28e2fff89e6809cb9f18c0ca2b9d	13227447	4000	4000	Apple	iPhone 13	2020-02-28 16:30:51.966435+00	2020-03-23 16:27:36.966435+00
880153	15	5017	IMG_0413.JPG	u/f/ec47850c-9e36-49f4-a429-f529667e3e0e.jpg	d140c7972472ceb34f2768cade99754746617f304f94b2051558a09e654b5991	1589371	4000	6000	Apple	iPhone 13	2019-11-24 15:02:46.579669+00	2020-03-16 22:42:22.579669+00
880154	15	5017	PXL_20190924_109769961.jpg	u/f/082412ee-b0e2-43a8-b82d-c54844d0ddf6.jpg	96e564ab47581ab6a1b55457072d98d99d415f1665247c372efa0f6541b817f8	5813982	3024	3024	Apple	iPhone 13	2019-09-24 21:46:32.796914+00	2020-03-30 02:38:08.796914+00
880155	15	5017	IMG_7463.HEIC	u/f/c56d4920-173b-4656-9d6a-1543c428c209.jpg	ee717a9ca5d4d0120eab6eee6507dd74d22d9eeaf0e374123f0485720e5e77f1	5137648	4000	6000	Apple	iPhone 13	2020-03-20 10:49:31.666771+00	2020-03-26 03:17:24.666771+00
880156	15	5018	_MG_3453.jpg	u/f/93937be7-4570-44f5-be82-ac3d9a00307d.jpg	481a6ccdf55237cb0eaf1433a444bd2f567bc1758da6bfdd2f1e9a8b4f4e6856	9868366	6000	6000	NIKON CORPORATION	NIKON Z 6_2	2021-07-23 01:00:17.324750+00	2021-12-16 17:22:02.324750+00
880157	15	5018	DSC00292.JPG	u/f/6be37273-0af8-4edd-ba73-242472e4f95d.jpg	b992d2bfc48a387d4206fb0fdabf2e704194339832bd4021285cba71484563d3	12758366	6000	3024	NIKON CORPORATION	NIKON Z 6_2	2021-08-07 00:00:09.475136+00	2022-01-03 08:30:32.475136+00
880158	15	5018	PXL_20210314_118225948.jpg	u/f/ee95f3d9-af7c-45da-86f8-6aed68015c4a.jpg	0a35e76bc10ab33931f17b64ae273c1c5bc3937e9b14638049e0391b777fc751	8406135	4032	2268	NIKON CORPORATION	NIKON Z 6_2	2021-03-14 15:02:24.437738+00	2021-11-29 03:42:30.437738+00
880159	15	5018	PXL_20210924_001561564.jpg	u/f/906c3708-e317-4697-b675-2d86ecf5c818.jpg	c460ad31e16e6a62a23b57013d13cdc53a3377f2006e602876aff64a3a4b116a	1612640	3024	3024	NIKON CORPORATION	NIKON Z 6_2	2021-09-24 10:45:37.579026+00	2021-12-05 13:16:02.579026+00
880160	15	5018	_MG_7823.jpg	u/f/f3090d08-43af-458c-943e-f085bfe3c483.jpg	13b05a7be5edab258c969c5867dd56ab5a29d4c5fac2099278b49ebf51f49a13	7435212	4032	6000	NIKON CORPORATION	NIKON Z 6_2	2021-04-29 10:22:53.189593+00	2021-12-04 12:35:34.189593+00
880161	15	5018	IMG_8854.JPG	u/f/583836a9-9e71-495d-a8a5-45ebe0a3f669.jpg	3df9ec709760fd0212f370b37c8f20414eac86b0b60bf8b875bf0a6632fde0ba	8527535	4032	3024	NIKON CORPORATION	NIKON Z 6_2	2021-06-11 13:02:00.791748+00	2021-12-08 03:45:58.791748+00
880162	15	5018	PXL_20210502_111145105.jpg	u/f/02b0aca8-918a-4cb8-aa1f-0a564e5822aa.jpg	d0235b2bddf10c69f3cf3cc65774d084d1e03c308a031267941a2ca467a6091e	1111729	4000	6000	NIKON CORPORATION	NIKON Z 6_2	2021-05-02 22:21:38.864609+00	2021-12-10 11:05:30.864609+00
880163	15	5018	IMG_0872.HEIC	u/f/ff074c5e-5285-4b27-afa8-cabb880ef5b0.jpg	dd3805b9254e440929207a847a79b1acfba538daef0f7319d67cd1db946ad642	1330122	3024	3024	NIKON CORPORATION	NIKON Z 6_2	2021-08-07 02:09:42.204248+00	2021-12-09 15:22:01.204248+00
880164	15	5018	PXL_20211112_208778112.jpg	u/f/06466820-8000-4fd3-9f7a-6c70c6c4ebbf.jpg	32c15aab2d2f97615f66431acf0c55658f1bb224efbbf8068289600ffacd6e61	13160393	4000	4000	NIKON CORPORATION	NIKON Z 6_2	2021-11-12 11:23:58.255182+00	2021-12-04 05:24:18.255182+00
880165	15	5018	IMG_6824.HEIC	u/f/a3d71331-6e98-48bb-9d5c-5f58c76f4f14.jpg	8fc16659cea8fc5b88e46565dda8faf9e02b6f6c13c9af505dac4759d4290e68	12091166	6000	3024	NIKON CORPORATION	NIKON Z 6_2	2021-08-16 21:44:09.597382+00	2021-12-09 16:53:09.597382+00
880166	15	5019	PXL_20230925_036680836.jpg	u/f/d00138b8-18e4-47df-afa0-b7b6ad2bb1ca.jpg	fad39295a2e66d6f099ef3d524f33b465175f3dbb0b117d8f83765fc927524d0	11114907	6000	4000	Apple	iPhone 15 Pro	2023-09-25 01:08:53.461435+00	2024-03-12 04:08:10.461435+00
880167	15	5019	DSC78984.JPG	u/f/e43f1f6f-dabc-446c-b07a-ed354719284a.jpg	03279bd530efdd5a0f7f4803f1a7728e5bece078335d0080505388dea0c35246	5566825	4000	6000	Apple	iPhone 15 Pro	2024-02-10 06:33:04.910191+00	2024-03-14 14:32:29.910191+00
880168	15	5019	IMG_4364.HEIC	u/f/f4940df7-c1e6-43e4-80cc-1a32f80f432b.jpg	517ba5df27401dac8963ca434e68922066ec648c3bdcc0525184a73af0a004e9	1963988	6000	2268	Apple	iPhone 15 Pro	2024-02-18 17:09:52.527114+00	2024-02-29 13:57:25.527114+00
880169	15	5019	_MG_7288.jpg	u/f/06186c5a-85dc-4dd0-b0ac-c83649a117da.jpg	54328a883295762da23f8214c95076282079625e9c64b330a440467cad11d917	11212088	4032	6000	Apple	iPhone 15 Pro	2023-08-19 16:59:45.729412+00	2024-04-02 02:34:19.729412+00
880170	15	5019	IMG_9641.HEIC	u/f/41b339da-9334-4c25-bf9d-dcf8683dff5f.jpg	3f18961988ad81af674f0c6d441257893858a1f2b4dd1ed6bc286246f3962ff7	12707448	6000	2268	Apple	iPhone 15 Pro	2023-06-02 11:38:23.211071+00	2024-03-25 05:40:42.211071+00
880171	15	5019	IMG_5480.HEIC	u/f/063d8f68-e4a3-4888-91d3-fa505998525e.jpg	87b2b9796560edd0987c15d38056cd04dd4099954d26952f5d28ca7879250fa4	4213121	4000	3024	Apple	iPhone 15 Pro	2023-12-05 06:05:38.548983+00	2024-04-05 06:49:21.548983+00
880172	15	5019	PXL_20240225_126890523.jpg	u/f/b3217452-ddab-4aac-ae89-67687c390f50.jpg	9cee82ab455aff312c1cd63b60b8d3e554d807aa12512fb3b34c24350c3b1e7f	8194925	4000	6000	Apple	iPhone 15 Pro	2024-02-25 05:13:36.735799+00	2024-03-11 04:13:17.735799+00
880173	15	5019	DSC40814.JPG	u/f/884c5590-42c9-4b67-8237-ef49d027f183.jpg	95fc2a8b3820b8b3977565b7aa20caed2b22b45766d356586446465f6b629e73	11246374	3024	6000	Apple	iPhone 15 Pro	2024-01-19 06:52:58.752113+00	2024-03-31 06:47:54.752113+00
880174	15	5019	IMG_6008.HEIC	u/f/04badf21-46f1-4ee0-8761-2237816274c3.jpg	13501a1cc81d2ea82dfdafebd2e736b98fcc56c18ac032aaae97938f006ec431	8840920	3024	6000	Apple	iPhone 15 Pro	2023-07-30 08:35:40.560787+00	2024-03-01 03:31:57.560787+00
880175	16	5020	PXL_20230418_208860365.jpg	u/10/4625fef4-7e43-417b-9600-194fbb9026ae.jpg	c8948d768075451e5e8da71a7b88cf18154952952329036edf4d45202f4231f5	11026526	6000	3024	Google	Pixel 8	2023-04-18 21:53:05.952011+00	2023-12-25 12:22:11.952011+00
880176	16	5020	IMG_8103.JPG	u/10/e7b58250-7ee3-4a00-a8a8-629321863cdb.jpg	12c85b4368da5471a13b5037920d39cc34b42ae89617793b3fcd5889638ed3c3	12739891	4000	6000	Google	Pixel 8	2023-10-18 15:10:46.589805+00	2024-01-06 03:23:31.589805+00
880177	16	5020	PXL_20231014_210288849.jpg	u/10/9a261245-fc41-4de3-9860-d7ed8af7ebe5.jpg	eb605a9fc76245a33c2e3d98fdf802e14e4b458fe6cef16afa18aad886ca9702	5854604	3024	4000	Google	Pixel 8	2023-10-14 02:52:47.181373+00	2024-01-13 10:40:03.181373+00
880178	16	5020	DSC32409.JPG	u/10/03b3e068-7047-488f-8b4e-e557e253a439.jpg	804f96d2e3328f30c201707728f7edba32e9e95af1a5c00d2658ba9e75436fa8	3585368	4000	3024	Google	Pixel 8	2023-04-06 01:27:59.469774+00	2024-01-03 12:06:40.469774+00
880179	16	5020	IMG_4460.HEIC	u/10/a7e9c954-eedb-4c07-8c86-36a77863c846.jpg	000a699a71f7d59dcd37820edad796909374fc02a82c00ae74103c76e06f51b7	12352495	3024	6000	Google	Pixel 8	2023-06-28 08:57:45.374335+00	2023-12-31 13:54:19.374335+00
880180	16	5021	IMG_5040.HEIC	u/10/8b258af6-27c5-4ccd-8869-7f8701e86220.jpg	4933c5fba18597371136e96a3269323df6630b78b9cf2750427e749ce0cb07ca	9076534	4000	6000	Apple	iPhone 14	2023-12-07 20:56:19.738448+00	2024-01-14 06:43:54.738448+00
880181	16	5021	DSC49164.JPG	u/10/6687086b-d52c-4126-90ee-d6e428f85e2f.jpg	3e0fac92be81ec486b13c71bef8dfdf982aea25e6452d5e0a4bf6ee5370b061b	11427719	6000	2268	Apple	iPhone 14	2023-09-29 00:30:44.791336+00	2024-02-09 08:35:20.791336+00
880182	16	5021	_MG_7567.jpg	u/10/e49af40d-89ba-4d00-8fb1-a8096cceedba.jpg	b412439e7c36ec002a477ce0e7bc8f10a201557a74f1547a31d8a9cb5c026928	1549664	4032	2268	Apple	iPhone 14	2023-12-13 16:06:43.035828+00	2024-01-09 06:28:44.035828+00
880183	16	5021	_MG_7837.jpg	u/10/84910f62-fcde-4f0d-9444-4ec6a1a6ad06.jpg	011e0fbc0d729293c9eefbbf60e3a15909fda190b3efc660b11bb93fc7dddc26	5945868	4000	4000	Apple	iPhone 14	2023-08-23 04:31:29.023366+00	2024-02-06 14:07:29.023366+00
880184	18	5022	_MG_1458.jpg	u/12/7c509ac7-6d28-4efd-a88b-e2d2d1be3a6e.jpg	1cc7813e0b5734a115889e844f4fb2ba12eb7ffa387e1ccc842e6cf016020657	6903222	6000	4000	FUJIFILM	X-T4	2023-02-18 11:16:30.636722+00	2023-10-06 03:22:21.636722+00
880185	18	5022	_MG_6783.jpg	u/12/39c2adb7-932d-4692-8759-b150e7568de2.jpg	3032a6a6d74b2f952227b210a5c832524110e5b8238f3f6b4aaf6d13c53b5952	12699146	4032	2268	FUJIFILM	X-T4	2023-01-09 19:31:29.329974+00	2023-10-12 21:20:18.329974+00
880186	18	5022	_MG_2017.jpg	u/12/826adf9e-74e9-459b-919e-b819faa91e5e.jpg	7fc30be4fd316528dd775987b0b56add12dfeb65117ae5f9b9245a4eeac523ca	3789135	6000	2268	FUJIFILM	X-T4	2023-08-18 16:50:51.962749+00	2023-10-15 18:32:00.962749+00
880187	18	5023	PXL_20221025_040340022.jpg	u/12/794af45e-0133-4a8f-91fa-d7213c5028b3.jpg	6af37ac196a0717cbb34584308d13e06b8f1a97e0678d2499e4647897c440df9	6615640	4000	6000	NIKON CORPORATION	NIKON Z 6_2	2022-10-25 16:55:41.166492+00	2023-02-18 09:25:25.166492+00
880188	18	5023	IMG_3771.HEIC	u/12/1c4f84c8-530f-4056-998c-684f86598e95.jpg	5a213150a93a457d0e913cb62252c3c4b65f74f86de2f719e50d38cb3f3607db	1257641	4032	4000	NIKON CORPORATION	NIKON Z 6_2	2022-11-03 08:07:34.779614+00	2023-01-31 15:32:15.779614+00
880189	18	5023	DSC20671.JPG	u/12/da64d0ce-76e4-42fb-8ae6-9eb1520af24d.jpg	cc8b56f0436dbaddbdf4d35bad23705a1e9b7fa4cffaba2b71e1d2758b930ac6	3977844	6000	2268	NIKON CORPORATION	NIKON Z 6_2	2022-06-19 05:21:10.637350+00	2023-02-26 08:53:37.637350+00
880190	18	5023	IMG_3350.HEIC	u/12/d555e1f6-7e0d-4251-8536-36910e39c0ee.jpg	abd3ec558dc49c4079d92292d9ee65a87f10993b1d2202d0837375f72bc2d322	7419367	3024	3024	NIKON CORPORATION	NIKON Z 6_2	2023-01-01 11:26:57.558121+00	2023-02-04 21:01:04.558121+00
880191	18	5023	_MG_4718.jpg	u/12/3e421735-6482-4dbc-8305-4cb28cbad201.jpg	ed45ae875fb6f9cdb018efaa8eaf7a343ec2851c58a69e1e422b214419d53e30	3102237	3024	4000	NIKON CORPORATION	NIKON Z 6_2	2022-04-10 22:59:10.719002+00	2023-01-26 14:25:28.719002+00
880192	18	5023	DSC99058.JPG	u/12/3ce3125d-1682-49ad-a4de-157f7d93f297.jpg	5faddbe75315242589b68665d5b0c487cee58c45612f69555bd6ab387d29a48b	5392505	4000	4000	NIKON CORPORATION	NIKON Z 6_2	2023-01-19 01:52:36.617012+00	2023-01-21 22:16:58.617012+00
880193	18	5023	DSC85624.JPG	u/12/1f366df1-1c69-4ba3-9dc3-83390ac97342.jpg	8cb77ed231b45e04f21fb5cd85ad5b7232c7999f78d06346e105b70c95f6d6af	13426368	4000	6000	NIKON CORPORATION	NIKON Z 6_2	2022-06-11 21:21:36.853651+00	2023-02-06 10:10:06.853651+00
880194	18	5023	DSC11396.JPG	u/12/99f76dca-aa02-4d97-ae4f-86ce49f954be.jpg	1138648b233878c5a1c5290c57c5666831f1abc1a1f51d58db0758aa34688cfa	3977756	4000	2268	NIKON CORPORATION	NIKON Z 6_2	2022-08-03 04:45:51.994929+00	2023-01-29 16:58:18.994929+00
880195	18	5023	PXL_20220704_202490305.jpg	u/12/54d3de1a-a926-4208-ba04-e95e9327e19c.jpg	a30e8aac478dba0491271a2cac3d55198cfda906bbc35fee3e76feb23f25e51c	12468471	4000	2268	NIKON CORPORATION	NIKON Z 6_2	2022-07-04 01:01:08.488247+00	2023-02-22 06:09:19.488247+00
880196	18	5023	_MG_5558.jpg	u/12/204e1f35-4c02-43a3-a061-79dbb0d111b9.jpg	f14fb88954bbf1a7172f5fdf23c332e7b54c54fff2d1958a558f4cfb6278b57c	6560053	4000	2268	NIKON CORPORATION	NIKON Z 6_2	2022-11-13 23:45:23.698497+00	2023-01-23 18:24:55.698497+00
880197	18	5023	PXL_20221219_067260678.jpg	u/12/ffcb1663-31f0-4d2a-9ad2-b7accb62e72c.jpg	bfe84028324e3fd3f5b45fdf27f553575b5a72d06c6dd21a63ef9d091df5d37b	13440739	3024	4000	NIKON CORPORATION	NIKON Z 6_2	2022-12-19 06:06:19.491599+00	2023-01-24 20:08:24.491599+00
880198	18	5023	IMG_5604.JPG	u/12/17e59ae5-abd3-4635-ae2b-b70ae2d9b5a4.jpg	01932eefa47c9400de6383c1ed510078eab4641cd92a763a974aa93cf4d5d05c	12063562	4032	2268	NIKON CORPORATION	NIKON Z 6_2	2022-11-21 20:08:01.830757+00	2023-01-21 21:31:15.830757+00
880199	18	5024	PXL_20240204_148886022.jpg	u/12/e5f93a29-42b0-4de8-99dd-b5b6ec527f68.jpg	c50732b6dbebe33717d15e10f0c8d70cc17945d20dd94ca0a12652ea12e7a55d	9587080	4032	4000	Canon	Canon EOS R6	2024-02-04 06:12:39.433207+00	2024-09-21 23:12:37.433207+00
880200	18	5024	DSC29378.JPG	u/12/57e6c050-a0eb-4bd0-b2de-69bee9b3226f.jpg	71575927fecd2f11d5a55e5528c3b1bc91b831ad8d1efa56da7b712b888e16e7	11483831	3024	6000	Canon	Canon EOS R6	2024-08-29 01:08:57.112557+00	2024-09-22 03:34:29.112557+00
880201	18	5024	PXL_20240302_137159060.jpg	u/12/69cb0b67-11ff-44c1-bb25-4d6e2f79c45a.jpg	4a479849d09fa253e2c4f32f4d35942195c7f5ad569e745165b84c6e30aaef01	11304446	4000	4000	Canon	Canon EOS R6	2024-03-02 16:45:02.495969+00	2024-10-04 20:01:52.495969+00
880202	18	5024	DSC73189.JPG	u/12/93de2755-f575-4ef7-bf03-06ff7a3d86da.jpg	b0b3fca9a274ea144a73b2c4b5ee78ec176fbadaa45a3e1d56cda6842b982321	7968206	4032	4000	Canon	Canon EOS R6	2024-04-14 21:38:13.286285+00	2024-09-27 12:12:10.286285+00
880203	18	5024	DSC27383.JPG	u/12/9f4b5cf2-8b86-47aa-9c9b-866baee51532.jpg	d17d19703ec70914e096d7965e3bcc8b983816ca2fc54a8d9b2a586f58f4cf35	1813141	4000	6000	Canon	Canon EOS R6	2024-02-25 09:29:42.202053+00	2024-09-21 22:02:15.202053+00
880204	18	5024	IMG_0153.HEIC	u/12/e6733583-9a11-437c-b2c7-bd18560dc034.jpg	ff8394906a5a1006f07c81e82a6c0968c8536ad75eb53aef2b0960ca64a4e608	3875190	4032	2268	Canon	Canon EOS R6	2024-01-05 09:10:07.569949+00	2024-08-30 02:58:24.569949+00
880205	18	5024	DSC16530.JPG	u/12/4f23dd2b-4032-4e73-9ae1-f2037a755d0c.jpg	3f476ab8fa68dd62045ba16657a59d2ebc1d404dff9a26ec6a881170d8450371	2220023	4000	4000	Canon	Canon EOS R6	2024-07-16 16:34:30.016717+00	2024-08-30 04:00:01.016717+00
880206	18	5024	IMG_0947.HEIC	u/12/e00a4cf3-db2a-49d5-b2b5-8ff42c0b3616.jpg	b81211f24d4206b290b44237a551041265cca89d29a651ade7db0edffca7654b	13422233	4000	4000	Canon	Canon EOS R6	2024-08-07 12:28:46.167546+00	2024-09-02 12:47:16.167546+00
880207	18	5024	PXL_20240906_113287328.jpg	u/12/c4af9b4f-288e-43f7-9209-4a1058f47965.jpg	f3a746e9a94d05488782a6b7854242300aac53fba85ec75c4dd364cc18980e4f	3704616	3024	6000	Canon	Canon EOS R6	2024-09-06 11:46:27.506254+00	2024-09-22 06:27:30.506254+00
880208	18	5024	IMG_1420.JPG	u/12/abe63309-3755-4f0e-9dbd-6994416f8c2f.jpg	a702f0d32fcf78a47b3ecc28c007a44c56a2fa95b53673064f630d584b042a2c	3330118	6000	2268	Canon	Canon EOS R6	2023-12-28 09:09:17.074100+00	2024-10-03 23:37:27.074100+00
880209	18	5025	DSC35079.JPG	u/12/668ba047-0c48-4da5-af27-b047e82fca7c.jpg	279c3ede687fddcd29b2b5f2aa6ec5d8841b8901c7afc32d40f3822c4a354e20	847869	3024	2268	FUJIFILM	X-T4	2023-03-12 06:47:46.453700+00	2023-12-25 20:46:59.453700+00
880210	18	5025	PXL_20230511_096891907.jpg	u/12/c7358b89-da4e-405a-8998-3f8a77097a40.jpg	a4949596651408264848e7d21f807cc1ce1142ae5c4d176fbfa666c3aaddce50	4283799	4000	4000	FUJIFILM	X-T4	2023-05-11 02:10:07.682532+00	2023-12-27 16:24:56.682532+00
880211	18	5025	IMG_1668.HEIC	u/12/973b33c1-8337-4b89-bbac-fcaaddd15566.jpg	b3ef9c7116e1293fe7f2e05e32a556131b17494df04eae1dbf452bf9d39ba8f6	10177899	4032	6000	FUJIFILM	X-T4	2023-11-25 11:55:38.006470+00	2023-12-03 18:26:42.006470+00
880212	18	5025	IMG_5493.HEIC	u/12/e1d9fdfe-1d92-4e2a-9cac-5c6a5630a660.jpg	4d3334a8cdc8fe1b6c3f238fe3ba455cf3d49c3651ba3c29e21eea02d934475f	13833305	4032	2268	FUJIFILM	X-T4	2023-09-14 00:21:44.020210+00	2023-12-07 08:43:29.020210+00
880213	18	5025	DSC19783.JPG	u/12/85f866ca-2563-4240-a234-0e1444a5f98a.jpg	c6f6a34e5e136f95a22e15fb66a9eb431925ca60b46e419971f3d3a92e72d85a	13353672	6000	3024	FUJIFILM	X-T4	2023-06-03 12:59:34.317724+00	2023-12-27 16:29:14.317724+00
880214	18	5025	_MG_5009.jpg	u/12/2f162566-0377-40ae-bb55-050c7a0732d5.jpg	b7352f4a9d3d8561fbd840bd034f93033a4f1d5d13e6fe70916e4b2dadd7d57d	6565706	4000	3024	FUJIFILM	X-T4	2023-10-31 12:35:45.598292+00	2023-12-14 18:41:14.598292+00
880215	18	5025	IMG_5417.JPG	u/12/cd2359be-f194-4251-b9d2-2808cbd70c2a.jpg	ea8e53b2e815711e350af7245f5ea696752cedc1305055d7efeb6ea7159f3f23	13885733	3024	2268	FUJIFILM	X-T4	2023-06-08 02:17:36.368308+00	2023-12-07 23:56:02.368308+00
880216	18	5025	IMG_0785.HEIC	u/12/d2d24314-4a39-46a8-a5d5-67f22711b0ec.jpg	944f2b4497abcb4fb3a6fb383439c7afc37a98f55034ab9d4b11b6abdaed431b	10978016	4032	4000	FUJIFILM	X-T4	2023-06-27 04:55:54.004936+00	2023-12-24 18:20:05.004936+00
880217	19	5026	IMG_3866.JPG	u/13/50d4f51d-6f4f-4179-9198-22f7f6f294c0.jpg	3ef5a8e7c99abafae5c50c291f931b4e6ccef9519cdea1702584910387db4a82	11424388	4000	3024	samsung	SM-S918U	2022-10-21 01:01:08.999510+00	2023-08-13 05:01:26.999510+00
880218	19	5026	IMG_0879.HEIC	u/13/bb40e9cd-523f-4139-8f99-d271903b5a68.jpg	ed651051f36604f20fd0559979f06d258b6c0746440d7b3c01fa1024660bc7d8	12631382	4032	2268	samsung	SM-S918U	2023-05-05 12:22:32.895865+00	2023-07-17 10:50:56.895865+00
880219	19	5027	PXL_20230531_091161152.jpg	u/13/08563809-f913-499d-83eb-d54d00b5a3fe.jpg	0f100b0753e1ca2a47b480a7e6fe8d27168026aede8632eacdeaef5ab1e3efd9	3078852	4032	6000	Apple	iPhone 14	2023-05-31 16:02:27.263689+00	2024-03-09 19:14:38.263689+00
880220	19	5027	DSC65973.JPG	u/13/954069fb-c4a8-4176-8e30-5f18549889ee.jpg	b5a218e5b9afde6a4149536ab60b862204cf0a92fae06458524a7844d39828b9	1961667	3024	2268	Apple	iPhone 14	2023-08-07 11:27:19.648473+00	2024-03-21 14:02:14.648473+00
880221	19	5027	DSC95789.JPG	u/13/3f85eeea-b49c-45e9-9ed2-537f5beb919b.jpg	b4edc9a57169606106d21d587001937105fe7e0bd5d4dd409fe039f57f54cc12	13215364	3024	4000	Apple	iPhone 14	2023-08-12 08:50:47.897021+00	2024-03-06 14:45:42.897021+00
880222	19	5027	IMG_4228.HEIC	u/13/8c7cae64-15db-47cb-b2ee-c6351dc7ffe3.jpg	9a6a013393af311ee34538a9c0664f72a8034f03bf584fffcc0f016acd6b23f7	2895209	3024	6000	Apple	iPhone 14	2023-10-28 23:02:32.099463+00	2024-03-22 21:54:15.099463+00
880223	19	5027	_MG_8110.jpg	u/13/d848f49f-6e88-4bb6-8ff8-24bef184b91f.jpg	50d9a3ce3576e7fbb95d352e0a3c0cb535c9b30b0e6efe4b0b20d0dc9f100240	1540383	4000	6000	Apple	iPhone 14	2023-09-22 11:49:11.210742+00	2024-03-15 12:28:03.210742+00
880224	19	5027	PXL_20240209_025822201.jpg	u/13/1c11e786-4f3e-438d-a40e-ef60817d64f7.jpg	44c93cc4b30a9cff712e5c6b2373a37269416aa0eea297a9bde1ff4d237ab0a1	5397296	3024	4000	Apple	iPhone 14	2024-02-09 17:50:52.929223+00	2024-03-24 20:02:50.929223+00
880225	19	5027	PXL_20231216_220067222.jpg	u/13/d8beb25a-c39e-4183-a342-eca37128d247.jpg	02c0079942d889c892abbb39d8f9eab5d42dede01df29af793885f1749ea91d6	6459914	3024	2268	Apple	iPhone 14	2023-12-16 08:21:28.366438+00	2024-03-12 07:11:25.366438+00
880226	19	5027	IMG_1445.JPG	u/13/30170e9f-5661-49b0-866f-fcaccc337e88.jpg	9e3cc3c424e9f33d5a0917592e68323f6074c400d009fadbd085c7352d63699f	12412575	4000	3024	Apple	iPhone 14	2023-10-03 23:39:56.523851+00	2024-03-09 18:13:07.523851+00
880227	19	5027	IMG_1521.JPG	u/13/7e0fc123-b610-4807-ad3f-0bd4d4b8b871.jpg	00348c1176038d2fa9eb3dc020045a7d0d4bc9517f5969918ad48c150bbf8563	2972932	4032	2268	Apple	iPhone 14	2023-10-08 14:53:02.557770+00	2024-03-22 14:37:20.557770+00
880228	19	5027	IMG_8220.JPG	u/13/141a418c-216b-48ff-b8f7-8a5836169afe.jpg	b6ba64bfaa54cb3eb78177be046630644cc792d747b7f570f44eb991ca492d55	10093140	6000	2268	Apple	iPhone 14	2023-09-27 11:11:36.915694+00	2024-03-09 21:40:14.915694+00
880229	19	5027	_MG_4368.jpg	u/13/82051aef-e482-4c23-bc29-860ecdc27803.jpg	89677aaa9f7f694ef6b6e20797a7e12555c3413dda5fb4868ac0b446a7f90fe3	11463466	6000	4000	Apple	iPhone 14	2023-08-28 03:37:29.162912+00	2024-03-12 11:10:32.162912+00
880230	19	5027	IMG_4390.HEIC	u/13/33db7995-efae-456f-a0a0-81dac788aff8.jpg	19285ded5a0256f7d8391b13bf33ffce0133297f777fcc51b291abdf4b8213f6	6095908	4032	4000	Apple	iPhone 14	2023-10-27 03:59:55.049739+00	2024-04-08 00:03:20.049739+00
880231	19	5027	IMG_8492.JPG	u/13/408256f8-6640-4dc7-85d2-b16874cea934.jpg	2db1b85dfa869402a1b38be1e6a688037b92fc1d8049dc3d0bac2052fde94489	1605915	4032	3024	Apple	iPhone 14	2023-09-19 17:00:20.944824+00	2024-03-20 07:57:27.944824+00
880232	19	5028	PXL_20231126_184678400.jpg	u/13/f0da5d25-f170-457f-b75a-cfcdd2f3e7b0.jpg	de3ae3f29b8189244d822904c95dfb0dff2de333f14859aacc16dff8fa6e5080	8620514	3024	2268	Apple	iPhone 14	2023-11-26 08:53:59.678292+00	2023-12-08 10:21:37.678292+00
880233	19	5028	_MG_4209.jpg	u/13/57702a6f-c9f7-4246-909b-0788e0a810ea.jpg	34cb29a7a66324f99c01cd32d3d6243f909dcdd13890dd051cb20ad88c41c805	13960345	4000	2268	Apple	iPhone 14	2023-08-08 09:33:30.529894+00	2023-12-11 18:21:24.529894+00
880234	19	5028	IMG_2496.HEIC	u/13/52a158fd-3295-41cf-8894-74547054d887.jpg	f819d9a8005535d4a1df59c5d19b07ee75e2446bec92d71cfa5c93b4805b2bd5	7599025	6000	4000	Apple	iPhone 14	2023-03-29 22:32:58.747037+00	2023-12-11 09:19:19.747037+00
880235	19	5028	_MG_7175.jpg	u/13/498cb3db-388a-4873-ae2a-1e040828bbff.jpg	89b9b6e8c9225e23472ffddac860cc5530bbbc428f270d74f766a95e57ebfb03	13724607	3024	6000	Apple	iPhone 14	2023-10-10 04:47:06.256294+00	2023-12-13 05:37:35.256294+00
880236	19	5028	IMG_5084.JPG	u/13/fbc169d7-42d5-4c01-9c28-eeebe168d1a3.jpg	52ec2ba5445c9085573e90181584d70e17c144bc44dc09c2520257975d198671	12102628	4000	4000	Apple	iPhone 14	2023-08-18 04:12:08.557220+00	2023-12-31 20:32:59.557220+00
880237	19	5028	_MG_3273.jpg	u/13/b3ff7403-b42a-48a2-afb3-3dc7d4b67bca.jpg	1db9800c874c632155b1228178eaeace146caa741724559ecb04f5eeb34eb8c5	9796269	4032	3024	Apple	iPhone 14	2023-07-28 08:37:17.257179+00	2023-11-26 18:38:12.257179+00
880238	19	5028	DSC56228.JPG	u/13/30d2b23c-4750-4822-bcf2-338c4222770a.jpg	708d3eb935ff385697709e9d6f14252e14f54c57d351074a318bf732890fcc9a	9725065	4000	6000	Apple	iPhone 14	2023-10-03 05:58:29.643058+00	2023-12-26 16:13:19.643058+00
880239	19	5028	DSC08598.JPG	u/13/c3c65b9a-ad72-4afe-bbef-f01f7070f6fe.jpg	0ef1c0dececaeecacf852fc10925702b4805bbe678029524361f944335c73be9	3568576	6000	3024	Apple	iPhone 14	2023-03-29 14:24:05.888309+00	2023-12-28 17:27:45.888309+00
880240	19	5028	_MG_7038.jpg	u/13/2d0e4492-f5f3-46e6-bbd4-1379a00dec38.jpg	8711968418656f50a2177faedda52e01207c099b9785da7787d0e0118bc08d00	12240533	6000	4000	Apple	iPhone 14	2023-10-24 11:15:52.812285+00	2024-01-02 12:07:43.812285+00
880241	19	5028	DSC39782.JPG	u/13/9f4331c2-846a-431f-ab31-4a651629ac96.jpg	843b61fd4e5596e579872a165c5d703e6cce2ace288fb1c744a45ddb5ba61b32	12552442	4032	2268	Apple	iPhone 14	2023-11-23 05:52:35.075619+00	2023-12-24 08:58:32.075619+00
880242	19	5028	IMG_8872.JPG	u/13/1b0a3e5f-a11f-4ea8-8df0-a38b18879f38.jpg	86a4197e5ec2acea5cf738dead01d036efc3d4b6a9371e372fbfa51946a34e8a	3727449	4000	6000	Apple	iPhone 14	2023-03-26 05:53:39.439802+00	2024-01-02 20:02:49.439802+00
880243	19	5028	_MG_4967.jpg	u/13/97a0fd3f-13c5-46c0-aaba-080fefd54745.jpg	067f857f1c285f06d96332aadcd8c7248f9b7ab5cae29d0de063cf83f5ef1dc1	12643835	3024	3024	Apple	iPhone 14	2023-03-03 19:51:17.600661+00	2023-11-28 21:45:21.600661+00
880244	19	5028	DSC29406.JPG	u/13/bb505d3f-1d5e-48f1-adad-9c6723782a08.jpg	2dc63d92dd0f867455d48c7bca85323799cb6e26a166bd03facac0fecd26a313	13317182	6000	6000	Apple	iPhone 14	2023-07-07 00:22:38.899811+00	2023-12-26 13:00:59.899811+00
880245	19	5028	IMG_8987.JPG	u/13/31f11ea6-8585-46c3-9dc2-6adc965e46a8.jpg	f54ba0966e0aaaf436807aa730927d41e6d964273258b9c0222a7c2bdf5ff0cb	4497199	4000	2268	Apple	iPhone 14	2023-09-25 19:39:21.501540+00	2023-11-28 12:53:28.501540+00
880246	19	5028	IMG_4023.JPG	u/13/ba10efaf-82fb-44ae-a41b-484e7c2ecd7d.jpg	f391d3915818556f97b086ba7af7e9cebed075f93e1821b3d9c04a590b7a9b57	12327807	4032	6000	Apple	iPhone 14	2023-07-12 11:03:14.159205+00	2023-12-13 20:38:29.159205+00
880247	19	5028	IMG_4483.HEIC	u/13/df27cdc4-8af8-4d8b-93ac-57691c533b3c.jpg	0709d7c0588dce89a6892dc61efbf3f1aea9817fc432df9a17790e3d33da6ca3	6643726	3024	4000	Apple	iPhone 14	2023-06-01 20:36:36.178362+00	2023-12-30 15:56:20.178362+00
880248	19	5029	DSC35338.JPG	u/13/0d9e67e2-df29-4b62-ad6a-bc49918a57b4.jpg	3509a2830278bd7d91d28f216d8836080910f959f47df33f386f4d5961ba71c5	4268690	3024	6000	FUJIFILM	X-T4	2021-07-19 05:31:29.140002+00	2022-03-05 23:16:24.140002+00
880249	19	5029	IMG_8387.JPG	u/13/a825e530-4428-442a-a9c2-680191c31f5e.jpg	de43335d5201091388fa0622a2d7634b3b49e287cbd52fc6da412ebf1d5bbeb1	3285006	4000	4000	FUJIFILM	X-T4	2021-08-13 06:11:38.045872+00	2022-03-26 22:51:42.045872+00
880250	19	5029	PXL_20210718_147430225.jpg	u/13/77e14c0c-c464-402d-bedf-a375e8491a7f.jpg	909f2cf8149cd56bcba67dd9b6480e989d7c5f6e2053db5c5b9c545947ffd0bc	4904656	4000	4000	FUJIFILM	X-T4	2021-07-18 15:14:53.747734+00	2022-03-08 04:53:46.747734+00
880251	19	5029	PXL_20211018_149759332.jpg	u/13/d50da386-c9a9-4766-83b9-7e440634c8bd.jpg	393973cfe089ca696e56ab48b9d357566995726800a05a823206de82dbda3790	13213277	4032	2268	FUJIFILM	X-T4	2021-10-18 01:05:22.274346+00	2022-02-28 18:35:12.274346+00
880252	20	5030	DSC35765.JPG	u/14/5e5f7f53-e0b5-485a-92f3-8d6fe61c96a2.jpg	9b7cddac43303b5ea4dda7b42c25ea309af2b94a91745d0f419fbd7ca22181ed	9015618	3024	3024	Canon	Canon EOS Rebel T7	2021-10-02 19:18:41.976948+00	2022-06-02 20:29:27.976948+00
880253	20	5030	_MG_7902.jpg	u/14/eb33ae21-e448-4a22-83e3-75d91c6bdad9.jpg	b7e791a27f490235c1fe2dfc728c95ebd6abbd237a4e592e03bb3ce67e1bca9b	12341669	6000	3024	Canon	Canon EOS Rebel T7	2021-11-16 21:07:58.293678+00	2022-06-01 09:21:04.293678+00
880254	20	5030	DSC22878.JPG	u/14/cb60f610-41cd-494d-a73c-06197100c988.jpg	d41682f6e5f526581de3c3b13aa5c8006720a2dce3cc6ff8370209cef14eafed	7205894	3024	6000	Canon	Canon EOS Rebel T7	2022-05-02 10:22:08.623885+00	2022-06-04 06:51:51.623885+00
880255	20	5030	DSC72527.JPG	u/14/60a38a45-225b-4406-8161-d571fc36123b.jpg	41782ffe63aa84210c8e41c5828490ce92e8e2df60ccce85f8eac23199d119bc	8916889	6000	4000	Canon	Canon EOS Rebel T7	2022-04-21 12:11:16.576543+00	2022-06-25 07:23:36.576543+00
880256	22	5031	IMG_6679.HEIC	u/16/2df56b2b-4a91-4b92-8cff-9f96b183c2ef.jpg	0e5a3febeee2dd861293217f684f5e6eca320ddd80049cae7f2e2f593a22dc0d	3487770	4000	4000	Canon	Canon EOS Rebel T7	2024-04-27 13:57:31.089524+00	2024-06-07 02:13:15.089524+00
880257	22	5031	IMG_9705.JPG	u/16/9c1820e8-1213-4aa8-be72-36005f9dd6fc.jpg	6db1c23f3b82f990b657610f29c91b0ee68a4be073db4b8ce7721e68445dc783	12393082	4000	4000	Canon	Canon EOS Rebel T7	2024-03-27 20:21:04.684610+00	2024-05-29 12:31:23.684610+00
880258	22	5031	IMG_0156.JPG	u/16/502802f1-de40-4f25-a6cc-bd5c5f75778a.jpg	54a7fdc19a2c9e90cae9e3c2e35651d0f0d194668f726108730259fcd6bcc729	7055156	4032	3024	Canon	Canon EOS Rebel T7	2024-06-22 07:13:33.205744+00	2024-07-06 16:29:09.205744+00
880259	22	5031	IMG_2909.HEIC	u/16/2b7bf217-4997-4bc1-aa10-3276f72ffdb2.jpg	ed835d1d6d9fecce39a6ef995f7796f3084d2ac0b74129b7d7ae9e0a055fa23c	4251083	6000	4000	Canon	Canon EOS Rebel T7	2023-10-20 05:05:12.739512+00	2024-06-14 15:04:56.739512+00
880260	22	5031	PXL_20231110_215672219.jpg	u/16/f8f67e7b-4861-4c08-bd10-27b673d70fdb.jpg	fdc4f44dee72dc030b17d087df405ad69a1db4b4fcc0779081421a66939850a2	992620	6000	4000	Canon	Canon EOS Rebel T7	2023-11-10 22:05:45.877172+00	2024-06-26 13:13:56.877172+00
880261	23	5032	_MG_1130.jpg	u/17/4b83e5d6-ec2f-4089-aba8-bd08f84c6c84.jpg	9ee822a55290399d03654c77a93e47c870d52c754b3c5c387950c84afc0a9bd9	5988272	6000	6000	Apple	iPhone 13	2022-10-25 16:27:40.445142+00	2023-08-19 10:45:57.445142+00
880262	23	5032	PXL_20221127_071954449.jpg	u/17/35ed7708-1866-4a73-a57a-6b380005654c.jpg	10eeeb15ea550c36f7102b22f0ecf0deda531e2679e6d44cbaf0e36c1b90c7cd	3428956	3024	6000	Apple	iPhone 13	2022-11-27 08:12:11.354159+00	2023-09-11 19:17:32.354159+00
880263	23	5032	IMG_6744.JPG	u/17/56acb50b-1163-425f-b389-088ab35a4244.jpg	9250f9937c7c2a7516434523e4cb8c13698d692bd81772f924d577a03a5cbbaf	3234116	4032	2268	Apple	iPhone 13	2023-03-26 09:22:08.592484+00	2023-08-30 00:23:54.592484+00
880264	23	5032	IMG_7207.JPG	u/17/bb28d751-7041-4076-b0d9-01b108e41f71.jpg	95711fd851b068bd11d71bdd42b90df2d94e9f88d496a4807a6df356fa62f278	13077018	4032	6000	Apple	iPhone 13	2023-03-01 22:31:21.025319+00	2023-09-23 05:21:18.025319+00
880265	23	5032	IMG_5257.JPG	u/17/1bc2a7f7-e7c0-4db0-8996-dc487b94802c.jpg	0da33ae8ad7838c0f21c26433458e3c3a60f3d9c5d2f2454288918da2843f878	6296103	4000	6000	Apple	iPhone 13	2023-05-31 04:22:26.245926+00	2023-09-14 20:40:51.245926+00
880266	23	5032	_MG_6048.jpg	u/17/6f672496-16a1-4b02-8644-197043d293ac.jpg	57385ef4529cae059de24b2a384fc69f3b2dd1b409c0ccafc5088e0113e597b8	12353986	4000	3024	Apple	iPhone 13	2023-04-06 00:27:42.801357+00	2023-09-03 14:29:10.801357+00
880267	23	5032	IMG_7721.JPG	u/17/36df472b-61dd-424b-b137-7e5f314bd5ca.jpg	2ba1520ebb8c90cd555d5a3e522bfe09a05e745f6b2eeb3c29e6102be3ff5195	5862581	4032	4000	Apple	iPhone 13	2022-11-08 08:17:04.923553+00	2023-08-29 08:27:01.923553+00
880268	23	5032	PXL_20230213_105148093.jpg	u/17/f53bc59a-6dd4-48ba-b38b-cbab7153fdc4.jpg	7cdc02d14059ba2f95288e8f25706c7b020f7ad6fb6117d8dd53dcee278be813	5306032	4000	2268	Apple	iPhone 13	2023-02-13 06:17:22.213406+00	2023-09-12 23:52:56.213406+00
880269	23	5032	IMG_0362.HEIC	u/17/111fb6ce-5ba3-48b3-b7be-eb4866243316.jpg	808c0c573364f85bce9d9738123e88e52e62f1eb401ceb42fcf4ff017f1b95a8	7182528	4032	3024	Apple	iPhone 13	2023-06-19 16:09:24.038249+00	2023-08-19 02:22:04.038249+00
880270	23	5032	DSC37885.JPG	u/17/72058654-0023-4a8f-87fb-58115f24c0de.jpg	50d4f56d33e7c14fef21e3c8e2a18d5557ba51e9e936824bc6cbde562a1f6bd0	11180559	4032	3024	Apple	iPhone 13	2023-06-15 12:30:54.583302+00	2023-09-23 16:39:56.583302+00
880271	23	5032	PXL_20230729_147113070.jpg	u/17/83ee4d10-0d51-4711-8901-6b230fc50339.jpg	ed4dde613638cb611a7e6c0f3f83612bab7f2cccaa3581bfe202114a14f40770	808118	4000	4000	Apple	iPhone 13	2023-07-29 08:51:36.021065+00	2023-08-23 21:41:18.021065+00
880272	23	5032	_MG_0790.jpg	u/17/f96d296c-741c-4a89-879d-64757fe1a5fa.jpg	a301d916547956d4f7d8f2e2b7b680f39447834b439ecf5d164ac75730646c4e	8363800	4000	3024	Apple	iPhone 13	2023-05-25 09:11:13.855459+00	2023-09-18 15:04:29.855459+00
880273	23	5032	PXL_20230318_115423897.jpg	u/17/33509a4b-7cfc-4e62-8431-5154d833f592.jpg	10652861bc6f7f88ef98941ca8765341896673b6c45058905d5107e53fe13f48	3528398	4032	2268	Apple	iPhone 13	2023-03-18 07:49:18.985753+00	2023-08-26 23:36:12.985753+00
880274	23	5032	IMG_2330.HEIC	u/17/38f20042-b42b-4375-b611-f7d62386ddd9.jpg	a060a486e56e66922f2e8bc593136d364e3cbda20d8bf7799180d026acdedeb1	9879075	4000	6000	Apple	iPhone 13	2023-07-18 03:52:15.408784+00	2023-08-19 16:44:33.408784+00
880275	23	5032	PXL_20230713_019174371.jpg	u/17/01da12f5-b6e9-44f8-9cc9-6d479eeccfc5.jpg	c56b50c9c9d38628d6dabd9931bfdd82fa2aeaf4809e60a667ae611cc83cfaff	2997120	3024	2268	Apple	iPhone 13	2023-07-13 13:34:28.026414+00	2023-08-19 22:58:21.026414+00
880276	23	5032	IMG_8191.JPG	u/17/f3681204-757e-4b4e-8889-ccf390415f01.jpg	9a538e39eba42d18802c50bcb8ac23aa59f70783534bf61a8bff93c03d3ea75f	6448191	3024	6000	Apple	iPhone 13	2023-04-23 06:44:54.046760+00	2023-09-23 09:21:51.046760+00
880277	23	5033	IMG_4661.HEIC	u/17/3c278346-5c6d-4b0c-9522-8c11a9db3739.jpg	7c7d6a9b8687cdf04022152bb3ade29095dde4435baf2e4d0d304aa05a6eeb76	13151144	4032	6000	Canon	Canon EOS R6	2023-07-02 21:35:52.626476+00	2024-03-07 15:11:58.626476+00
880278	23	5033	IMG_7167.HEIC	u/17/66cd04d8-988e-45fb-a8e8-0ac79f6cbbdf.jpg	a253f3d16f7140d04818d1e35307d072644377a09337d41f07067142f4c80fb6	12424155	6000	2268	Canon	Canon EOS R6	2024-01-20 07:46:10.217534+00	2024-03-26 23:09:15.217534+00
880279	23	5033	DSC77875.JPG	u/17/3b37228e-8267-4eac-ba52-9acb49555194.jpg	8ce2de750420247d5426fc406d25b4dbb203df1761df88050ca772609ab544fc	8873720	3024	6000	Canon	Canon EOS R6	2023-07-02 07:08:10.062829+00	2024-03-09 03:24:58.062829+00
880280	23	5033	IMG_9173.HEIC	u/17/77fb94ca-9e22-4e67-8225-72e365b64960.jpg	96fa5ac466f90b511ae56b16b3cef47007c2cf7c51fd5e277270c09893b36bce	9644841	4032	4000	Canon	Canon EOS R6	2023-06-21 07:28:42.060849+00	2024-03-28 16:10:31.060849+00
880281	23	5033	IMG_1386.JPG	u/17/c1b41f10-021c-4075-9cdb-3459377a3d9f.jpg	d569e5c42409f4e34af5f0e46111eb653085e49132ba9d3c9dde6e24621e6cdf	1930429	6000	6000	Canon	Canon EOS R6	2023-12-17 20:13:33.141602+00	2024-03-17 17:26:27.141602+00
880282	24	5034	_MG_0201.jpg	u/18/b34d21e4-06af-437b-84a6-a2199b1cc3b6.jpg	6aa90b0ca89b520511f146559913662da9a5bf54097916333b7e2b5e27efc482	6223960	6000	3024	FUJIFILM	X-T4	2021-12-30 08:32:01.975839+00	2022-09-23 02:23:05.975839+00
880283	24	5034	DSC66152.JPG	u/18/da261438-4fb7-49bd-b2a6-4e371c98b94d.jpg	1280f62c55a97ee5c64d8b1e9aeaa534f60801ed5d34ca36fba7ebaf53de5d03	5550493	4032	3024	FUJIFILM	X-T4	2022-05-02 10:16:26.724062+00	2022-10-18 03:31:34.724062+00
880284	24	5034	DSC83547.JPG	u/18/9e070306-98c2-412f-aad2-e41812281222.jpg	56869f4ca0835f48bc94b45b2ac5a35f4fc008a5a34a30e3b6be4b1b68dfae9d	8002880	4000	2268	FUJIFILM	X-T4	2022-05-23 19:16:23.814898+00	2022-10-08 00:29:09.814898+00
880285	24	5034	_MG_5405.jpg	u/18/54e7f778-99f4-4e80-92cf-5f896b8651c6.jpg	5145d7005a2dc1dfa69b816a0ed2de49a5cd7f093d7e831c891cab96d7ad07e5	5011865	4000	3024	FUJIFILM	X-T4	2022-03-19 21:49:42.298793+00	2022-09-20 20:38:09.298793+00
880286	24	5034	IMG_6428.JPG	u/18/fa801037-ddc6-4a43-8530-7322266dfef9.jpg	d8a621663a9605e8bb66e004f0fd69ac0bf29d99c51f696e5e7ae6a3379c0853	852913	3024	6000	FUJIFILM	X-T4	2022-01-02 00:38:26.352744+00	2022-10-09 17:13:57.352744+00
880287	24	5034	IMG_4633.JPG	u/18/fe29a9a9-ade1-4264-81ac-8f0f7da44fd7.jpg	b586b14d29c8b129fdeda450f9a39ce0305423b2cd04b3774e5ddaea34c05256	6293524	4032	4000	FUJIFILM	X-T4	2022-01-29 06:29:53.733094+00	2022-10-28 04:33:18.733094+00
880288	24	5034	IMG_6649.HEIC	u/18/9930445d-794f-420f-b058-d641f8aa9c1b.jpg	d66a52714c54cfd534fd83af3d14b7311c017c73d9eb299cce983fafdf65f66d	6264026	4032	3024	FUJIFILM	X-T4	2021-12-26 04:17:12.004943+00	2022-09-19 17:05:11.004943+00
880289	24	5034	IMG_2500.JPG	u/18/216e3ae0-80d5-4ddb-9269-4d5aae29c758.jpg	ba132e484b03467ad38063cdfeaadece979bbfa5fb10897f167fbb04d3256154	3697949	3024	4000	FUJIFILM	X-T4	2022-03-21 18:38:31.536271+00	2022-10-01 01:58:03.536271+00
880290	24	5034	_MG_9110.jpg	u/18/d15beeb1-d07a-4616-ba03-70f0480809d3.jpg	f2e179e08907a33b62623633fc423a705ba702b70f72860c39ec3da01a21ffd6	4080838	6000	4000	FUJIFILM	X-T4	2022-01-07 23:24:19.077401+00	2022-10-15 21:20:44.077401+00
880291	24	5034	IMG_8401.JPG	u/18/ed34406d-ba33-4be7-a5e8-be578755c95a.jpg	8b44d0af46fec9e48e0bd4129eff42bd359e15d399148ae1f7c78c10caccf196	8268504	3024	6000	FUJIFILM	X-T4	2022-05-03 05:34:03.145800+00	2022-10-11 21:30:29.145800+00
880292	24	5034	_MG_5481.jpg	u/18/348f86f8-9e96-4d66-8fe3-04ed2216fd20.jpg	5af1feb992f2214bd337a1bae341a48b853b71cc156132d195eb2e482a7b68ac	13439978	4000	2268	FUJIFILM	X-T4	2022-07-09 20:39:23.981837+00	2022-10-23 23:21:48.981837+00
880293	24	5035	PXL_20200709_231268547.jpg	u/18/43f68a43-7e43-4656-9a8e-3738520a3bc0.jpg	27f76ebd775c42983f7024c37766d46376f433cae02ffc1ce1fc05bb8aab06c2	8258039	3024	3024	Canon	Canon EOS R6	2020-07-09 05:46:07.001186+00	2021-05-05 20:42:22.001186+00
880294	24	5035	PXL_20201029_033202384.jpg	u/18/8ee13e2a-ef9a-44e3-83b3-8a7139834634.jpg	3fb1e669ea14f3f25f0bbebc0e2b1b38d2a455bb97a78274e82661f18a9dc07f	10998357	6000	6000	Canon	Canon EOS R6	2020-10-29 21:44:18.277179+00	2021-04-19 22:01:08.277179+00
880295	24	5035	_MG_2612.jpg	u/18/5caef2e9-b3c7-4ea3-87c5-54d023c41ca0.jpg	98e27b331d51645f80437025acfb9e7cbdd54bce06bf84331317ef2d42b4e4fe	6945608	4000	2268	Canon	Canon EOS R6	2020-12-11 11:01:25.204803+00	2021-04-27 20:50:14.204803+00
880296	24	5035	IMG_2518.JPG	u/18/d793e585-78df-4ce3-8654-71fca5fe63db.jpg	86aa67ea5076ad1ca0d5502f973bfbbd40c3bf926e20e5bde07305719c794b6c	11863824	6000	3024	Canon	Canon EOS R6	2021-02-17 16:38:29.162106+00	2021-04-11 23:21:17.162106+00
880297	24	5035	IMG_4515.JPG	u/18/772a93fd-f986-49e2-bd7a-a0aea9556d43.jpg	bb0db50eb71028ae046600a4922517e373817b01a92be73b342e8c17bafe0266	13707600	4000	4000	Canon	Canon EOS R6	2021-02-28 04:19:46.020067+00	2021-04-11 11:45:19.020067+00
880298	24	5035	_MG_7639.jpg	u/18/77a75a8d-0b21-4b20-b55c-17fdd10e7f2b.jpg	8dbde515f99e2c3b2a506845e651adc7566731a482799d5b892fb9e6f72ba184	6027101	4000	2268	Canon	Canon EOS R6	2020-08-18 21:01:51.824798+00	2021-04-13 22:59:25.824798+00
880299	24	5035	DSC30137.JPG	u/18/f239e4e8-3293-485f-9995-d192e6fb78ac.jpg	2ce19da1a17f9770107771851cdad6e7ee5c0211b7e747d8f36cd748b3b57ef0	9461979	3024	3024	Canon	Canon EOS R6	2021-02-26 19:24:03.895396+00	2021-04-14 17:49:24.895396+00
880300	24	5035	DSC49528.JPG	u/18/19f1a9c3-08bc-44b0-a187-0b60d50d43a8.jpg	a612442b557d2a8cab347bc321cfb8d51eaad57a89abc13d7c606e5ddaa920bf	8327211	4000	6000	Canon	Canon EOS R6	2020-11-25 16:44:01.231944+00	2021-04-29 11:25:08.231944+00
880301	24	5036	_MG_3974.jpg	u/18/68823ec4-3537-4266-8821-0833b6d92e97.jpg	4c8239780bba2c87e43604fc7d1d65df87019569cd9f938f0cd97009d6362371	13486376	6000	3024	Apple	iPhone 14	2021-03-02 02:39:36.971650+00	2021-08-04 10:06:31.971650+00
880302	24	5036	IMG_0119.JPG	u/18/0b32d458-90f5-4c0a-ac46-c095ca42ca48.jpg	059e9df0b660f2a616a4d66da237d94c0c5bc6b6f15b98956f4d5f223f4b44e6	9358425	4000	2268	Apple	iPhone 14	2021-05-11 06:52:13.677102+00	2021-07-26 03:51:09.677102+00
880303	24	5037	PXL_20201112_038443607.jpg	u/18/a449b42c-1698-4987-92d5-399f08463d86.jpg	c1e53ec8b31467f375fcc5f6bdfd816975293a9c59180c7c736fc4935902bc6a	8773572	4032	6000	NIKON CORPORATION	NIKON Z 6_2	2020-11-12 01:08:59.797453+00	2021-03-10 09:50:49.797453+00
880304	24	5037	IMG_9240.JPG	u/18/8aa803ec-0679-4da9-8574-bf547bf01e12.jpg	d8ff329dcf30fe58138ebbc754803439a29684316d1b8fd42dd2f8c84ac9be56	1236827	4000	3024	NIKON CORPORATION	NIKON Z 6_2	2020-06-22 07:32:56.046156+00	2021-03-22 15:15:53.046156+00
880305	24	5037	IMG_7191.HEIC	u/18/2e6f9fd2-3197-4507-bfea-1c6cec2b47b2.jpg	9e225d2b4a49121190e826c4412ea863bd7afca9e3c9d050e767f7ef357f6dab	1093401	6000	2268	NIKON CORPORATION	NIKON Z 6_2	2020-10-14 06:42:24.742063+00	2021-04-07 20:06:40.742063+00
880306	24	5037	DSC60789.JPG	u/18/836f31da-4f64-40d7-8c00-9d84acb30836.jpg	85f1c2c3d24750bb6eea73e8ab889d5e3dc03cfc515845c5834a01dc00513603	940739	4032	3024	NIKON CORPORATION	NIKON Z 6_2	2021-03-07 21:01:21.930045+00	2021-04-09 02:18:01.930045+00
880307	24	5037	IMG_6200.HEIC	u/18/936d674b-706e-498e-b4a2-ec1635f9b97f.jpg	bf8ab1eb64b48681da4ca1baf323c0c2aa055e42ab9c96f2a2736dc47acd928f	1980990	6000	2268	NIKON CORPORATION	NIKON Z 6_2	2020-12-22 02:06:31.796526+00	2021-04-04 14:50:22.796526+00
880308	24	5037	PXL_20210204_068510033.jpg	u/18/fc8f097e-1b37-4974-bed0-f79e986055c9.jpg	26f9d21f1df01c5d9105914317c1aaac49d6ae199ba14224c5bc59f5f4a30338	1226818	4000	3024	NIKON CORPORATION	NIKON Z 6_2	2021-02-04 18:23:55.343304+00	2021-03-31 00:34:28.343304+00
880309	24	5037	IMG_8060.HEIC	u/18/dfcd822d-8ac5-4e17-9a4a-15ab753e9bcb.jpg	21fd29b3f2e80a715e09a69a7d1e5eb4080568561daffedf6358b89f9e2574d6	1526464	4000	4000	NIKON CORPORATION	NIKON Z 6_2	2020-09-23 02:20:35.964403+00	2021-03-08 20:30:13.964403+00
880310	24	5037	DSC51741.JPG	u/18/72159e81-c620-4783-a2b4-d99530ce172b.jpg	a376ea1f9b9b382360b609a7208bc8bf08b9a80dd5a0aef230e1e983a927ad95	3542692	4032	3024	NIKON CORPORATION	NIKON Z 6_2	2020-11-03 02:48:40.369621+00	2021-04-03 11:26:14.369621+00
880311	24	5037	IMG_1740.HEIC	u/18/02ce35e7-3c99-4b24-b897-596f2941a774.jpg	3b460d55473de0e0939ac60089eddc6f833e65cd577ccccff7c5f7077f89b1b3	10348341	4000	4000	NIKON CORPORATION	NIKON Z 6_2	2020-05-26 07:36:36.882994+00	2021-03-13 20:24:32.882994+00
880312	24	5037	DSC42487.JPG	u/18/8ea701b4-ccdd-4aee-8f37-28972fa2af4f.jpg	c771a5199e12e91992d6929be65ddb9fe508690ab4ffa6f6d217452d16920ce0	2850084	3024	2268	NIKON CORPORATION	NIKON Z 6_2	2020-10-18 00:43:17.104350+00	2021-03-22 16:13:17.104350+00
880313	24	5037	DSC73673.JPG	u/18/8a4e9201-013d-4a86-9ba5-59d9f869aed7.jpg	c97ef05802c13b3a6b5c9bcc48c8e75719a6332de981f403f6bb3f2770617f65	3567464	4032	3024	NIKON CORPORATION	NIKON Z 6_2	2020-09-17 03:27:21.881281+00	2021-04-03 01:36:41.881281+00
880314	24	5037	PXL_20210125_061433246.jpg	u/18/92632de4-0e45-4cf3-b183-493c740f4846.jpg	8baf58c7b09ac04f7c6e06791ac60cdc2d012d9734ea1dd182a6aaa478186325	5482810	3024	3024	NIKON CORPORATION	NIKON Z 6_2	2021-01-25 08:21:29.994641+00	2021-03-16 06:55:51.994641+00
880315	24	5037	_MG_3103.jpg	u/18/c487d27a-18c6-44ab-83df-679c9837e797.jpg	670084aae9d339847e5bf035b3de2a6c1e1759bb06465aacbfdd6dbff58a2012	11273767	4000	6000	NIKON CORPORATION	NIKON Z 6_2	2020-09-24 08:09:54.466225+00	2021-04-02 04:54:29.466225+00
880316	25	5038	_MG_5644.jpg	u/19/5c5f98c1-6a0f-47f9-bb3b-bebc06b721c4.jpg	39c8c0e9e1b8e5f7143ad623581938f86fa263c9a4ea93e65c460765ed8c6976	969831	4032	6000	Apple	iPhone 14	2022-05-08 06:09:05.203926+00	2023-02-02 14:58:40.203926+00
880317	25	5038	_MG_2231.jpg	u/19/532f9dc2-a683-43e1-8249-2027cd7c3943.jpg	9e136fdbb6cd044893eaf2d921dd1e1b4d9e720cfc2aa19ec49a643ee81c793e	7414923	3024	4000	Apple	iPhone 14	2022-05-26 13:57:18.095462+00	2023-01-22 14:34:28.095462+00
880318	25	5038	PXL_20221025_010700891.jpg	u/19/3d0d2cfb-29c9-4c9d-ba5b-a0c7fff31cba.jpg	6b476b53579f28e0e7b5aeb22f04d637f5878d8bf56391c2bba43f567fedbd6e	9401625	6000	4000	Apple	iPhone 14	2022-10-25 14:15:17.294471+00	2023-02-12 20:02:28.294471+00
880319	25	5038	DSC49712.JPG	u/19/135ab33c-6f46-4035-8b80-072c061be569.jpg	b3bd14329ff100211944e45b72fd73bf3cc32bd615352f8c9d4d14bbbde14f10	10311378	4000	6000	Apple	iPhone 14	2022-07-09 02:38:55.079723+00	2023-02-05 23:47:47.079723+00
880320	25	5038	PXL_20221201_073534631.jpg	u/19/8f16c836-5f1d-4099-8f11-9621a79c3fbd.jpg	18f9196ae9e2c8d94f556d362efd7c06d5baf0d0f8f84b8be32e1bc8e81adb7f	4094015	4032	6000	Apple	iPhone 14	2022-12-01 20:29:33.802235+00	2023-02-02 14:09:44.802235+00
880321	25	5038	PXL_20220702_172373193.jpg	u/19/e0b137ab-2f7f-40ff-8a12-6e464a744c64.jpg	00fcdd320f35b7010901474c6f9eafd70e73f6c6eea8faf52f020b08b869b502	3966618	6000	6000	Apple	iPhone 14	2022-07-02 02:13:48.335027+00	2023-02-02 06:33:53.335027+00
880322	25	5038	PXL_20221006_032609549.jpg	u/19/b0e71071-38fd-4ab4-bc61-9732c998b029.jpg	ec5c74ec30b88d44455812496ced59a18eb43caabcd95e3bcda97712937822ee	12011026	4032	3024	Apple	iPhone 14	2022-10-06 20:26:24.747714+00	2023-02-09 06:25:19.747714+00
880323	25	5038	DSC48443.JPG	u/19/c1663a09-fbf4-46b5-b6df-d37959bc11e7.jpg	b615e896712b2035b4390559b3499a4915404f3bba6d254847e8042914d2b5d7	5722974	4032	6000	Apple	iPhone 14	2022-11-26 13:41:26.407750+00	2023-02-01 06:02:59.407750+00
880324	25	5038	PXL_20220526_169062438.jpg	u/19/6aa54f60-5a17-4a5e-b41c-ce2c11cbb31c.jpg	8a4b11182fb237dfd05f60b9474da46db4697f741010e6aac65a5c11451be4f2	12703940	6000	3024	Apple	iPhone 14	2022-05-26 22:28:49.036478+00	2023-02-15 14:55:36.036478+00
880325	25	5038	_MG_0426.jpg	u/19/ce97ebc9-327c-4145-9566-bcfc0ed2f8fa.jpg	063a8c78622900b73259f946acc78f1ae33e9072b5437a279740f5d97ee1c8cf	2832840	6000	6000	Apple	iPhone 14	2022-12-03 01:08:25.495326+00	2023-02-04 00:57:50.495326+00
880326	25	5038	IMG_4175.JPG	u/19/105e18b5-555b-4f56-a659-e3d4d4f78731.jpg	ca962dfb14e0af7a9c7206e7bfaa5947a1483b3c5c4fcc46891a5fca1dc4224d	9024654	4032	4000	Apple	iPhone 14	2022-10-10 06:21:38.076120+00	2023-01-29 23:45:12.076120+00
880327	25	5038	DSC07945.JPG	u/19/84da03f3-7316-40c4-aee1-2fe6b9a4b4b6.jpg	0a41d682b23956bfe62c9b2422b3d1283af1934effe5813a8a0d83a8c4c51bf2	9797687	4000	2268	Apple	iPhone 14	2022-07-17 19:35:27.633391+00	2023-02-15 14:07:14.633391+00
880328	25	5038	PXL_20220822_121782774.jpg	u/19/a856b67e-734a-4e8b-9589-21127145a35f.jpg	b7394aea07d2dd0609603be2077de4d95b0f295023bc033b190d122f27a148d0	12150766	6000	2268	Apple	iPhone 14	2022-08-22 11:02:29.239997+00	2023-02-04 07:30:50.239997+00
880329	25	5039	DSC02834.JPG	u/19/a29ee83f-5809-43bc-b208-0290cdb1fc6a.jpg	588ca401935a83329b538b589fa518b3acffde364c5d3717945600e75da9e4dc	9707085	4000	6000	NIKON CORPORATION	NIKON Z 6_2	2023-09-07 08:18:30.482257+00	2023-10-22 16:44:02.482257+00
880330	25	5039	IMG_7583.JPG	u/19/a15253b5-db3f-4890-823b-919e1e3fd955.jpg	dfa62b64dac60c27124faf6be2f21597bb025b32361df027d7fbf7bc1a18de44	10721617	6000	6000	NIKON CORPORATION	NIKON Z 6_2	2023-03-16 16:59:38.950802+00	2023-10-03 13:17:44.950802+00
880331	25	5039	IMG_1114.JPG	u/19/695db13d-b85a-4685-b36a-13d0a939ffe0.jpg	01dfba471ce8848eb799329a3f2f61dbd186f95188e8cfc2a3c1a5f787a82056	5244127	4032	3024	NIKON CORPORATION	NIKON Z 6_2	2023-03-09 02:09:16.218644+00	2023-10-29 13:19:41.218644+00
880332	25	5039	_MG_4240.jpg	u/19/4894f357-18ac-4266-8024-dca8ee8bc041.jpg	c5d097e6dae878504d425876ce54b2050ed476719700aa2e39af56f92c8e7b89	3924606	6000	4000	NIKON CORPORATION	NIKON Z 6_2	2023-07-13 21:46:18.818440+00	2023-11-10 01:57:45.818440+00
880333	25	5039	PXL_20230606_226506416.jpg	u/19/4d7bcf2a-0a2a-4c08-8fbc-24783564b291.jpg	ae628a514aeb0f1ed6bdf512bdc5ad46463a6518d9650f8064ef51862cfee82d	13082094	3024	2268	NIKON CORPORATION	NIKON Z 6_2	2023-06-06 23:13:16.394228+00	2023-10-14 12:17:20.394228+00
880334	25	5039	IMG_1898.JPG	u/19/8864bc15-655d-436b-b387-188525d71f50.jpg	ce7fe15dedf22af5a37cb0450046e10539a882bbbe2cd5a4c7a0563dc892a034	1711631	4032	2268	NIKON CORPORATION	NIKON Z 6_2	2023-08-23 04:19:44.133101+00	2023-10-09 15:04:31.133101+00
880335	25	5039	IMG_8076.HEIC	u/19/cc22ba57-40d9-4745-9b01-05afa6cfd5b5.jpg	47ec122d1a5b02227dafe18d586370783995b31e609b3e3ded7fe94cca2eb181	2666778	6000	3024	NIKON CORPORATION	NIKON Z 6_2	2023-01-14 20:33:17.999992+00	2023-10-27 19:14:38.999992+00
880336	25	5039	_MG_6025.jpg	u/19/9ca95ee1-82a2-43d3-82c8-124b7df2bd76.jpg	535944e7f4a52765b89326e5bcd23b322e3f18d8b5e3ac0660c43b7a0b121f0d	13569715	4032	6000	NIKON CORPORATION	NIKON Z 6_2	2023-10-18 09:37:46.713079+00	2023-11-06 17:15:34.713079+00
880337	25	5040	PXL_20220822_226534025.jpg	u/19/d3e2a411-6e27-444b-bb51-82d0e5f48056.jpg	2f3df70e57a64ef8f54367fbd2f18694d46a0bec4e0bccf3ebb8198ab346e86f	12784572	4000	2268	FUJIFILM	X-T4	2022-08-22 14:45:27.668164+00	2022-10-27 18:08:06.668164+00
880338	25	5040	IMG_5332.JPG	u/19/2fe54459-5bac-4552-8e9b-c181e5184770.jpg	e994ac942edd0d9badae4d0f8d4ef7679a42c0bca82671425649c7b6064fc95d	9114351	3024	2268	FUJIFILM	X-T4	2022-08-28 23:40:58.376655+00	2022-11-12 00:01:28.376655+00
880339	25	5040	DSC71905.JPG	u/19/20122f15-4531-4afd-aa0b-bb1afc091030.jpg	63f410b77f22a9e81731af5b7f03bed8d16b1e157173444783aa001ebedb1b23	8953624	4032	2268	FUJIFILM	X-T4	2022-07-12 11:22:40.273709+00	2022-10-30 23:09:20.273709+00
880340	25	5040	_MG_1049.jpg	u/19/8d1441bf-507b-4ddb-bcf3-6bb7525bfb0e.jpg	90e367911d9e9549d64d13005279090a69dfd67ec485b27b2a7a73b2857b7faa	12571905	4000	2268	FUJIFILM	X-T4	2022-05-05 00:46:17.248071+00	2022-11-13 06:57:10.248071+00
880341	25	5040	DSC81382.JPG	u/19/f0164fec-46f1-44bb-ae5b-2fd6ef0880a2.jpg	ade9dca3c84868a123c7a538a15765d5a284f314ed22365ad5c39c542cb1c32f	2562822	4032	6000	FUJIFILM	X-T4	2022-01-23 22:50:48.251581+00	2022-11-08 07:06:15.251581+00
880342	25	5040	DSC79096.JPG	u/19/aa7f5e4f-1ef2-423f-9ee7-147927769a98.jpg	8c90b7936a813c42bf49a2335961e78e1bb445f433d52d5f7ccc368b87977f51	8671788	4032	2268	FUJIFILM	X-T4	2022-04-19 08:39:57.566924+00	2022-10-22 16:09:31.566924+00
880343	25	5040	DSC24916.JPG	u/19/bc0302a8-0ed2-4f59-8470-821c7747c992.jpg	72c746fd1b83959ca4dafa9eaeb09fbcd245ab4a8452f8eac0d2315ab5087b23	12846261	3024	3024	FUJIFILM	X-T4	2022-08-19 20:11:26.988552+00	2022-11-07 02:56:53.988552+00
880344	25	5040	IMG_5782.JPG	u/19/aec44f5c-c5c7-4ab2-b95f-75d48467fd5d.jpg	1336029df4e7e29f5796a20e9613c981d300c91a4565acc7d3d5ff1cd1e5956c	3500532	4000	6000	FUJIFILM	X-T4	2022-04-10 22:12:57.500400+00	2022-11-04 10:23:56.500400+00
880345	25	5040	IMG_6939.JPG	u/19/92ca1b6b-29a1-449e-a17d-008968ae111c.jpg	65eead4bfe6a37d2e40409a73872d3fecdff05a7d67d4f6c6329a64a2547347f	11514776	4032	6000	FUJIFILM	X-T4	2022-04-01 20:27:08.603141+00	2022-11-07 21:48:35.603141+00
880346	25	5040	IMG_3471.JPG	u/19/74100a37-d430-4898-b97d-90596a0ac777.jpg	1ccfaa6c93e20f1c23d568113b51774dbdd0bd5e0eaf48a31db1760a79f78195	12791090	4032	6000	FUJIFILM	X-T4	2022-01-25 22:13:23.658496+00	2022-11-08 02:51:44.658496+00
880347	25	5040	IMG_9868.HEIC	u/19/582fad4e-09ba-4b83-b366-0383d22b2dbb.jpg	a403d9e8e35f1381f6590299b44f20bca319d371d8525c5c50b50b09e55fe501	5657438	4000	2268	FUJIFILM	X-T4	2022-10-05 22:54:13.334578+00	2022-10-29 03:26:11.334578+00
880348	25	5040	PXL_20220208_034264110.jpg	u/19/2f19b06f-1900-4c71-a856-69fbd90269db.jpg	ae96ca638aec2193724941ff20524bac315bd1af6a874d48ff5530745319c85f	2759192	4000	2268	FUJIFILM	X-T4	2022-02-08 19:55:56.181626+00	2022-10-26 01:25:06.181626+00
880349	25	5040	PXL_20220606_055076776.jpg	u/19/2a4bf304-4681-4e16-8ab8-b6af05677c36.jpg	fb1e1500a6cde005e890b683c8c97d96472c78648159acf4ca683f39bb7fdc17	6210002	3024	3024	FUJIFILM	X-T4	2022-06-06 04:14:02.676555+00	2022-10-27 20:03:21.676555+00
880350	25	5040	_MG_3175.jpg	u/19/e8650fee-7ee1-447b-81f1-78fbaa3b4c83.jpg	1d8f739340b1dbf0d2b127709621c98f5ae85771b440ab74957b27fb3bf68941	11411185	3024	4000	FUJIFILM	X-T4	2022-08-30 09:38:17.877486+00	2022-11-13 21:13:14.877486+00
880351	25	5040	IMG_6807.HEIC	u/19/db2bbb12-4455-42f4-ac93-2c45b9b6e9ba.jpg	91e9283cf75137fd1db214f4ec2fafab3f7a4002a7a19bc426235cf49c8cadd2	8569629	4000	6000	FUJIFILM	X-T4	2022-07-08 19:25:58.155781+00	2022-11-14 23:16:13.155781+00
880352	27	5041	PXL_20210720_228250478.jpg	u/1b/39ee55bf-b3db-4eca-90f9-8a2ddd2b0248.jpg	a9f62b2856a7ca926eac5a1f4d1ed161d137829c02c6e971dbf8d4f9824fab15	11318556	4032	3024	Canon	Canon EOS Rebel T7	2021-07-20 23:20:45.320184+00	2021-08-12 18:48:15.320184+00
880353	27	5041	_MG_7211.jpg	u/1b/1d4fc4f8-9659-4e5e-83dd-a600d64eba00.jpg	8388210e7113bcdfd932f3af3e2de0a549d2be49a17b80daf518aa59a853226e	8938055	4000	6000	Canon	Canon EOS Rebel T7	2021-04-01 11:52:40.649415+00	2021-08-20 05:09:54.649415+00
880354	27	5041	_MG_0152.jpg	u/1b/752eef45-e53f-4260-9302-8707f4bac38b.jpg	f96308a653bd790f64aafd78001e449b3abdec2637c5c8ea6cc207a33cd0cc9e	5661782	4000	6000	Canon	Canon EOS Rebel T7	2021-03-21 18:27:10.476513+00	2021-09-08 11:38:46.476513+00
880355	27	5041	IMG_1274.JPG	u/1b/3a2c9a62-2086-4b04-85bd-4ca57eb89935.jpg	68aac7f6cd95d834abf1f8dee2ec89d1d39098762a5299d14761e693685b9dda	5613595	4000	4000	Canon	Canon EOS Rebel T7	2021-02-28 16:43:36.045666+00	2021-08-25 08:40:48.045666+00
880356	27	5041	DSC82012.JPG	u/1b/c9540956-1b04-4b13-b830-50ccac2f4d66.jpg	fda636e0b8527f809f7207affc8bffd6c75c387a2e0a3cc6d3ad65ec71c42b3e	8161958	3024	4000	Canon	Canon EOS Rebel T7	2021-05-21 18:54:24.893428+00	2021-08-31 14:51:37.893428+00
880357	27	5041	IMG_5743.JPG	u/1b/948e3a4e-a0d6-48f8-ac4d-2702ccfbc337.jpg	7184d9d6c29d0c4e8868fa292e394f36913cfa2d2503491260a75b0bcc0f065e	11733157	6000	2268	Canon	Canon EOS Rebel T7	2021-03-26 07:22:36.691154+00	2021-08-19 16:19:29.691154+00
880358	27	5041	PXL_20201031_032052443.jpg	u/1b/7531e666-b8d7-4ae8-9f06-a43c8db2486a.jpg	5c147878c31974ebe919810cbf69d9bd4beec4422a0ce6f6ab314cfbe820c14c	7721495	3024	4000	Canon	Canon EOS Rebel T7	2020-10-31 10:25:14.002747+00	2021-08-24 17:00:58.002747+00
880359	27	5041	DSC67226.JPG	u/1b/6b672d17-bbc5-4220-9956-0c3c081c8dfb.jpg	a1af028b321a57be37114523bd8c13fb7ab5e7d71870e030a2332e8702324eea	6556333	3024	4000	Canon	Canon EOS Rebel T7	2021-05-06 00:46:58.599962+00	2021-08-22 19:21:55.599962+00
880360	27	5041	IMG_7341.JPG	u/1b/ac630ed3-b104-4be2-a857-888834356c6a.jpg	6ac7ca01841b65e8c398ef8230f042d48711256f20dbe98394ae409e3c40ac11	5859028	3024	2268	Canon	Canon EOS Rebel T7	2021-04-06 22:51:48.371758+00	2021-09-04 04:07:18.371758+00
880361	28	5042	IMG_6717.JPG	u/1c/2c58c817-bcb5-46a3-9b15-24eb7be4cb3f.jpg	a93844e5335f7e15a5750aeddb5ca3399783f0b4a57159f9e9945bd7e387fba4	8734614	3024	2268	Apple	iPhone 14	2024-01-15 00:59:10.217655+00	2024-07-10 11:44:29.217655+00
880362	28	5042	PXL_20240714_179462009.jpg	u/1c/047eece0-26a8-4832-8979-a6cdef3e6fde.jpg	4860ad72b50cd34ab26d1984bfa108a838776fd5b56ba47e8716a16a52e46c47	4499316	4032	2268	Apple	iPhone 14	2024-07-14 03:53:06.155726+00	2024-07-17 11:13:08.155726+00
880363	28	5042	DSC44876.JPG	u/1c/d9857a3c-07ee-4b09-8ada-833d4ddef662.jpg	c65620ec5743ce9faab5fa5c9cfdcf62170b9749d3935d0e95f839623b7b4173	9028431	6000	4000	Apple	iPhone 14	2024-02-24 05:01:18.680160+00	2024-07-21 13:16:40.680160+00
880364	28	5042	PXL_20231116_232989813.jpg	u/1c/0c1f4d39-2623-48dd-8e95-6e8e22278a1e.jpg	14f648f7546842457d1d6625e1e37391e9cb2d0ea258ea1b0aee78cfb4e563c3	9759670	3024	2268	Apple	iPhone 14	2023-11-16 17:26:41.952805+00	2024-07-27 05:16:39.952805+00
880365	28	5042	IMG_0582.HEIC	u/1c/1e3ca929-0668-43dc-a477-9768d8fe2227.jpg	69e9440349620fa91d20bb155ce99fe534944a803ea6956e3160dc44d8187f3f	9113001	4032	3024	Apple	iPhone 14	2024-04-04 21:28:36.313369+00	2024-07-25 21:01:45.313369+00
880366	28	5042	IMG_0673.HEIC	u/1c/bf57f178-479a-48fb-8d7a-05c560c184a5.jpg	4fde3a4fa9c20426daa6500f303172421c2443d955d258deda159b47ec31c56e	13930945	4032	3024	Apple	iPhone 14	2024-01-13 14:34:31.944860+00	2024-08-04 12:55:03.944860+00
880367	28	5042	IMG_5268.HEIC	u/1c/3df1be9b-193c-41fd-9c76-133e755030b7.jpg	4ba49abc6033aa8f3ba0df270cb38e9fdf2f20aaf8e96423c6167be0c37fdeb0	1947393	3024	3024	Apple	iPhone 14	2024-01-04 09:45:53.885191+00	2024-07-07 03:18:46.885191+00
880368	28	5042	PXL_20240123_097888325.jpg	u/1c/51d6c13e-f88a-451c-a89d-c7e0e5983e46.jpg	5e61a5b26fdeb52ed03b383d9f40886afcbfb49305a094e85bb4d159a5d33826	13454052	6000	3024	Apple	iPhone 14	2024-01-23 02:44:07.243616+00	2024-07-23 12:26:02.243616+00
880369	28	5042	PXL_20240430_098514919.jpg	u/1c/44c61dac-42e4-49f4-9ec7-6bbe3bc85e94.jpg	23056332df50e532a2e4cc7320fd21dbc8b71720851f888a47477e0a61e2f6eb	8750885	3024	3024	Apple	iPhone 14	2024-04-30 11:12:57.369269+00	2024-07-22 19:40:01.369269+00
880370	28	5042	_MG_4224.jpg	u/1c/a9e374ff-395c-4447-bc4c-3203a5299fb4.jpg	741b824c05145630f6ccbf3d3782909911603445225ed4f78fdc838d3540e342	4429047	3024	2268	Apple	iPhone 14	2024-02-01 11:53:24.503656+00	2024-08-09 09:56:24.503656+00
880371	28	5042	DSC46768.JPG	u/1c/bde4c222-88ab-4da5-a6c7-0deb4224f8d7.jpg	21ff25ddb45fa2be18ad646f8caeb2f9ff0418d6785c25eb66033aaa4532a324	13134795	6000	6000	Apple	iPhone 14	2023-10-25 16:04:28.377646+00	2024-07-14 01:34:38.377646+00
880372	28	5043	IMG_0259.HEIC	u/1c/b6d75e40-5237-4e19-88a2-693a04325323.jpg	93e0258d0b78dee139d5414935d16757572d340708b1c2f969ebcac7c1fa4ad7	13819212	6000	2268	Canon	Canon EOS R6	2023-11-30 20:23:13.836536+00	2024-06-05 05:30:03.836536+00
880373	28	5043	PXL_20240215_053554700.jpg	u/1c/8e6afba6-340c-4927-8ac7-f4941a85cfc5.jpg	c7603cb33ba50a97993d40c18453b9e550069f3b6645e12b44c66251063723f1	11481655	6000	6000	Canon	Canon EOS R6	2024-02-15 21:37:31.293546+00	2024-06-09 09:26:00.293546+00
880374	28	5043	_MG_6103.jpg	u/1c/11e0386b-d958-49f1-922c-6ed73da44cc3.jpg	f1bb63a459962601d4a4469a94ba7812f86c270e9dd2e25f440f01eff47ab556	2790579	4032	2268	Canon	Canon EOS R6	2023-09-22 18:56:08.711664+00	2024-05-16 20:36:21.711664+00
880375	28	5043	PXL_20230726_087669967.jpg	u/1c/284d0232-17ff-482c-b593-9ee23aa21055.jpg	159ca9bf37f933aea31e4cccbb3c733c1b2b8a90fde4a28a536348fd40e8ead0	4619439	4032	6000	Canon	Canon EOS R6	2023-07-26 23:23:32.263481+00	2024-05-19 18:21:00.263481+00
880376	28	5043	IMG_2494.JPG	u/1c/d15c28fe-1232-45d4-ac6d-80d22e7ed3e5.jpg	d65366ba2ea1100f34fdb924481f97e8695af16922fafc0cb37d3ff766a5027f	1694484	6000	3024	Canon	Canon EOS R6	2023-09-30 05:51:03.861665+00	2024-05-12 13:51:54.861665+00
880377	28	5043	PXL_20230923_089585174.jpg	u/1c/17372bf7-0a6f-46e7-895a-920eed901c12.jpg	301a132561f8da72769b7cca474eb858e5c45d958b533163e1dacb65ee8c7b42	12650127	6000	4000	Canon	Canon EOS R6	2023-09-23 05:11:10.019365+00	2024-06-19 18:10:59.019365+00
880378	28	5043	PXL_20240411_056645708.jpg	u/1c/89dcce8c-44a8-45c6-82a3-e02894f3668b.jpg	cd5d56ccbfbeaa7d68106479fe22efaaea007cc1ab98f919118ec74fc64f74d6	12761977	3024	2268	Canon	Canon EOS R6	2024-04-11 20:28:03.748195+00	2024-06-09 16:34:06.748195+00
880379	28	5043	IMG_2376.JPG	u/1c/a0f91ff6-a558-4b44-a8a6-20de504974f3.jpg	983369b95240f00f6d05d925dcf2f44e4376005f2c251e8487e6e59045a1d5a9	12856893	4000	3024	Canon	Canon EOS R6	2024-02-23 18:43:59.227894+00	2024-05-13 20:33:33.227894+00
880380	28	5043	IMG_7804.JPG	u/1c/3b9c4777-55d2-439d-ba8b-8804acd43ec4.jpg	1f691adbf889cdee7a6ea75a796de37bc29cab97c26104ab9415c76ec6ae0a20	10331417	6000	6000	Canon	Canon EOS R6	2024-02-20 20:29:40.998295+00	2024-06-20 10:50:05.998295+00
880381	28	5043	_MG_6205.jpg	u/1c/c8195a41-1f4c-4b29-b6a2-5a5e53ae327a.jpg	517f9e92b4147d535dd793fac52e3080a917844f46b0ea2697df62b5e2f84579	2000425	6000	3024	Canon	Canon EOS R6	2023-09-03 02:22:54.431828+00	2024-05-31 21:45:56.431828+00
880382	30	5044	DSC06142.JPG	u/1e/d02f061d-39e0-4b6b-b7ba-dad71ad70a2f.jpg	496b6ba7207d8350f1700b3f336bf4a5d361c4bda12017e51ff9689f3b385b47	2050584	4000	6000	NIKON CORPORATION	NIKON Z 6_2	2021-06-01 17:13:25.289803+00	2022-03-08 03:15:28.289803+00
880383	30	5044	_MG_5128.jpg	u/1e/de1e4d70-ebcb-412b-a7de-37cb3c5297d6.jpg	03aaadf4c6f5a6dad5c55142cd73147a123dcb5724a135e93ca94fdb0d1a3f29	8288940	4032	3024	NIKON CORPORATION	NIKON Z 6_2	2021-11-28 00:48:15.213398+00	2022-03-18 02:55:16.213398+00
880384	30	5044	PXL_20220209_119537152.jpg	u/1e/d7f49b61-850e-40a4-9ca3-dacac40f5325.jpg	7c826d36b69e26caa0ed3907d5d307e84c0999ff2d2f335b0abf9099568f4c14	7869767	4000	3024	NIKON CORPORATION	NIKON Z 6_2	2022-02-09 07:13:17.852014+00	2022-04-01 19:47:34.852014+00
880385	30	5044	PXL_20211218_163355256.jpg	u/1e/38f84adf-ab00-42f4-9f92-f33d18bd8311.jpg	a85fb30e0f83aaf20234f8eb56fad2087dee2412693c4e656edae6f2fdfeaafb	5088181	6000	4000	NIKON CORPORATION	NIKON Z 6_2	2021-12-18 07:21:10.816624+00	2022-03-31 06:36:52.816624+00
880386	30	5044	IMG_9743.HEIC	u/1e/c8897483-c356-4105-9ca1-9f51f680ee20.jpg	c9de72aba3b582e0d77216a19800660cc94f64337931bcfd0c8e19b17293c1be	7802130	4000	2268	NIKON CORPORATION	NIKON Z 6_2	2021-08-17 06:46:56.048820+00	2022-04-10 19:09:38.048820+00
880387	30	5044	IMG_6615.JPG	u/1e/ee9089cb-d926-4fa5-a88e-b5fffeca3f7f.jpg	0eb8cb301a7924ffc859219c267f7ffa9e10199d6f519dc4026ca1cad16161ae	5657488	4032	6000	NIKON CORPORATION	NIKON Z 6_2	2022-02-17 11:27:09.111909+00	2022-04-03 03:55:14.111909+00
880388	30	5044	_MG_1845.jpg	u/1e/2f39d7c5-d9ee-41c2-9b6b-980ff7918f10.jpg	8951aefd7b103ae53dd38db3b6ea64326512e0e16cb4be60839c4790ea05c8c8	3898414	3024	4000	NIKON CORPORATION	NIKON Z 6_2	2022-02-13 10:27:58.720710+00	2022-03-20 05:27:39.720710+00
880389	30	5044	_MG_3952.jpg	u/1e/6ff29b48-7151-472c-bd59-8f10da4d61af.jpg	4a45cf989ab42b5626bb74d0bf670173227a88dcf9b8285b01319c9386db3687	5741961	4000	4000	NIKON CORPORATION	NIKON Z 6_2	2021-11-06 20:56:16.487724+00	2022-04-01 17:00:10.487724+00
880390	30	5044	DSC32160.JPG	u/1e/c489322e-9d59-46d4-9348-92c83b42b8e8.jpg	07acad34d977929e52b1934ca21330c81ef3d7373a8bf83acab105e67c7b5c2d	11104775	4000	2268	NIKON CORPORATION	NIKON Z 6_2	2021-12-08 10:06:55.565450+00	2022-04-01 13:40:15.565450+00
880391	30	5044	IMG_5368.HEIC	u/1e/b2652d72-2b90-44ad-99f6-49166ab98242.jpg	962834055fd183266ce0944875a3e87954077b68c64b6f1c42836c58d887724e	12236950	3024	3024	NIKON CORPORATION	NIKON Z 6_2	2022-01-17 07:05:28.070112+00	2022-04-10 04:20:18.070112+00
880392	30	5044	DSC58378.JPG	u/1e/41395bed-408f-4c1c-808b-1685881283fa.jpg	3de50dde642e4d7f48c056350aa66e36a2e27a65f7185c3bf81777709b904235	12157958	4000	3024	NIKON CORPORATION	NIKON Z 6_2	2021-07-28 07:56:24.846513+00	2022-04-01 16:57:46.846513+00
880393	30	5045	PXL_20211016_015701510.jpg	u/1e/8427bae4-4bc0-45f5-a7fa-252c1b686def.jpg	d632fd10cbfdc9d3c9bbcfd0a8a3d83735eb3e62ddc7251faf8e915f977359de	7143837	4000	6000	Canon	Canon EOS R6	2021-10-16 17:00:30.261957+00	2022-04-24 05:27:26.261957+00
880394	30	5045	_MG_9113.jpg	u/1e/a7f4174e-0651-4ec0-8d4e-3f107f58bb89.jpg	573c19166bbab6f4e63b5ce56584e1a28734248fb577c4c96f3f2112a2955f23	7912012	6000	6000	Canon	Canon EOS R6	2021-10-23 04:53:37.275248+00	2022-04-04 14:15:12.275248+00
880395	30	5045	PXL_20210809_209581763.jpg	u/1e/2b873c8e-fc2e-4a52-b7ce-2de192a6952c.jpg	c838c0b6c7ae392ab4e9f5e4dcfb56cc605457fe02ffdb55904d13f02734987e	6644807	3024	4000	Canon	Canon EOS R6	2021-08-09 15:46:21.993116+00	2022-04-22 14:04:05.993116+00
880396	30	5045	IMG_2403.JPG	u/1e/869c53cb-9e49-4142-98aa-831c75f02b74.jpg	3c319e460f894ac421d8e6a3dbe3f38dcd87cff3e559ff0d610c7e418d2ffd30	13251350	4000	6000	Canon	Canon EOS R6	2021-12-28 08:12:20.220729+00	2022-04-08 01:22:13.220729+00
880397	30	5045	DSC49611.JPG	u/1e/39c96494-0040-4071-9796-416e505f215f.jpg	a50524c5f09c710ae4334f97fbb9365108d468bd06b2f9b5ca0b8de3ae6c3a5a	2029760	3024	3024	Canon	Canon EOS R6	2021-08-09 09:47:59.098726+00	2022-04-12 14:57:13.098726+00
880398	30	5045	IMG_6633.HEIC	u/1e/34c3952a-9275-4f6f-b45c-9e58cd781c9d.jpg	e61808f0c38b75d533c81dc925fcca0cf661eba02a1053f653b92583fc5aad8b	2217194	4000	3024	Canon	Canon EOS R6	2021-11-29 16:00:14.650704+00	2022-04-12 23:18:17.650704+00
880399	30	5045	IMG_6330.HEIC	u/1e/e912289f-6cd7-40a8-8016-c6a94396582e.jpg	ee93e8be3d06f9f7920e101ba3b08342f6e47ea1d99e29cab6a12c0c76bd9fdf	11968127	3024	2268	Canon	Canon EOS R6	2021-11-30 20:38:56.576024+00	2022-04-23 04:47:50.576024+00
880400	30	5045	_MG_0187.jpg	u/1e/74abcd9e-bfa9-436a-8c6a-1b542cf45543.jpg	8d676c96417cb9c3edc915d727b3bc1d5a1c8329844660875076871684062542	10353782	3024	6000	Canon	Canon EOS R6	2021-09-13 02:12:41.129442+00	2022-04-21 21:19:13.129442+00
880401	30	5045	PXL_20210808_106213599.jpg	u/1e/ad107c03-ff0f-47a5-985c-27bdef2961f6.jpg	a6834a5f95b2bffa583d6133d00435c9cd8f11a67ccddf19cde77403c6d65d5f	7033846	6000	6000	Canon	Canon EOS R6	2021-08-08 18:38:30.380349+00	2022-04-26 00:31:33.380349+00
880402	30	5045	IMG_0999.HEIC	u/1e/d7635360-39b8-49c2-916d-336462ffb6b1.jpg	add5a32e0b914e153d291f75deb4c023b75324d7ce013fa4022e8cda570e0a9b	9077827	3024	4000	Canon	Canon EOS R6	2022-05-07 05:32:45.667733+00	2022-05-07 06:15:17.667733+00
880403	30	5045	DSC72516.JPG	u/1e/ca1a5c24-54df-4ad2-9444-30c7c27668f6.jpg	52dfa7e19ab583fcbf9c122d5e11476bbda003afafb72ca287e51356ab666098	12384613	6000	3024	Canon	Canon EOS R6	2021-11-09 04:52:00.510094+00	2022-04-28 22:18:23.510094+00
880404	30	5046	PXL_20191216_077106529.jpg	u/1e/2240c8b7-67a0-41bf-9a1f-65a6fe4df257.jpg	3172fa70793c2a8692fa4daba5b21deeaface2bc6573a7f5c2e243f5cc910244	12143355	4000	2268	\N	\N	\N	2020-09-06 05:14:24.135708+00
880405	30	5046	IMG_7221.HEIC	u/1e/a516d893-e8f9-4fae-b899-af98a80940c9.jpg	b492bc1b55b83c64171c8236096218b91cd24adc0d0e8425cc301cf5f42c2a04	3659231	4000	6000	\N	\N	\N	2020-09-08 20:43:39.666977+00
880406	30	5046	_MG_6906.jpg	u/1e/0e74edf3-3ca9-4375-949c-1bc19192ed8f.jpg	084c574b5f8c1d238a6f159acd0200d95f66c902f5a8cd18277c2d66c65ac506	2608885	3024	2268	\N	\N	\N	2020-08-27 00:16:57.971046+00
880407	30	5046	PXL_20200812_044864714.jpg	u/1e/dca0e997-5b3b-40d5-9a1b-77d6153bb8ce.jpg	6d562200f913b3dfa4aef6b1c713be46ed212566301246ced07a7b77b52cc4e6	12286472	6000	2268	\N	\N	\N	2020-09-15 01:41:56.220643+00
880408	31	5047	DSC51659.JPG	u/1f/14f64971-9c6f-4609-a913-0ef15dbdef0a.jpg	fc6dbfb5d93b0d3c66a20a5e00d02ad95a47610d9e2c41136724d24f77031532	7625049	3024	2268	Canon	Canon EOS Rebel T7	2024-01-10 10:13:48.395145+00	2024-03-16 17:00:17.395145+00
880409	31	5047	PXL_20230711_126220140.jpg	u/1f/b6cc61c2-31ce-497c-a7ec-896381928724.jpg	e90e548f9c6a7ff797ff6fea3fa1c2747801c7602446f09ded116e8475e76ca8	9146937	4032	4000	Canon	Canon EOS Rebel T7	2023-07-11 09:28:18.238771+00	2024-02-18 06:48:33.238771+00
880410	31	5047	IMG_8178.JPG	u/1f/166ce5b4-a998-4a2a-b093-12b59b268e0f.jpg	1c701dbe790a95cfb599e4520dff970aa2726db16f1e6e04313f54c75b5eeaba	1792462	4032	2268	Canon	Canon EOS Rebel T7	2023-06-05 16:39:19.988494+00	2024-03-11 07:26:59.988494+00
880411	31	5047	IMG_5854.HEIC	u/1f/006a9fa8-ef40-44a1-9ecd-14a0a22dea18.jpg	0669227a3f3b49786a975c24293476d36c7a14213279a9dc9a763d95988a6b25	6477572	6000	3024	Canon	Canon EOS Rebel T7	2023-10-10 12:53:13.126815+00	2024-03-06 15:17:05.126815+00
880412	31	5047	DSC37091.JPG	u/1f/d64f37f4-6e50-42c9-b9ca-493eee746269.jpg	8aa423032f4565a282eb2bdcb69a411b3f439ac92407648880ca242a69c215f4	5973967	4000	6000	Canon	Canon EOS Rebel T7	2023-08-09 19:48:20.078811+00	2024-03-12 03:48:55.078811+00
880413	31	5047	PXL_20230714_074429215.jpg	u/1f/4ff6b304-3466-4a96-8b92-688dc88d5c92.jpg	a173df941beadb9ce98bedd7b77faa42ba99c8fd07d987ce4dc5968b002e95cb	10292172	6000	3024	Canon	Canon EOS Rebel T7	2023-07-14 08:19:55.604100+00	2024-03-27 11:28:32.604100+00
880414	31	5047	DSC81934.JPG	u/1f/7e5266c5-3209-4499-8cdd-c88198ad6627.jpg	db14d82d39c48041837e997e9c66f394550c19ade6c7d194468f08e698863ca2	7883614	4000	6000	Canon	Canon EOS Rebel T7	2024-01-08 13:03:21.617325+00	2024-03-24 17:59:28.617325+00
880415	31	5047	IMG_0228.HEIC	u/1f/7a774082-8282-48be-8646-957c3af34925.jpg	89ed8665ebd7cffa8f492c74216c148e8731a365f86058ae4165833bfae273ed	13872866	3024	2268	Canon	Canon EOS Rebel T7	2024-01-06 11:05:52.002460+00	2024-03-24 06:27:45.002460+00
880416	31	5047	PXL_20231023_057234210.jpg	u/1f/780fdd72-2e53-49e8-b975-034b9cef53ce.jpg	b7247364b4beafc15784eada4a4851ca44b3c2f11c0854c6a566fe9f3bf242eb	8108498	6000	4000	Canon	Canon EOS Rebel T7	2023-10-23 12:56:36.488559+00	2024-03-09 02:36:48.488559+00
880417	31	5047	PXL_20230926_089248213.jpg	u/1f/930f9c55-89bc-4f3d-9334-ba2a1e0c8491.jpg	e444eb79d9ef14070d795d7e9144611b4e7064d1938c51e933b9223754686ba1	8273133	4000	2268	Canon	Canon EOS Rebel T7	2023-09-26 02:17:48.079016+00	2024-03-18 01:48:20.079016+00
880418	31	5047	IMG_2132.JPG	u/1f/37a5e10c-19fc-468b-b4dc-7cad5876d272.jpg	5eeb05760b70c5db2ed72128f534b6cde7371b4f377744a0a01cb66d7da8c226	8776509	3024	3024	Canon	Canon EOS Rebel T7	2023-07-13 10:31:58.599576+00	2024-02-22 15:44:37.599576+00
880419	31	5048	_MG_8822.jpg	u/1f/821e1e62-44d3-45ca-bd63-51f9231f80f7.jpg	ed5f21bad6ff50e667c85b6d46b28df066eabcb7ad4621910b841a9119b99e3e	4973055	3024	4000	Apple	iPhone 13	2024-01-20 21:45:53.952840+00	2024-09-27 11:27:02.952840+00
880420	31	5048	IMG_9308.HEIC	u/1f/c10153c8-488a-49ec-b358-3b245eaea52a.jpg	5f4db72152d5acf4fe8daedfb763b2ce641a674cf5c4e71a88710a05c31bf381	10247198	4000	3024	Apple	iPhone 13	2024-06-21 18:42:08.909417+00	2024-10-05 21:19:17.909417+00
880421	31	5048	DSC25819.JPG	u/1f/33eede1f-3f28-4ffc-a72c-41ceb52f1e6e.jpg	9e64fa6be95f5dd5f3a8eec72375c02ed5650990023710564eeff6e54d3f14d9	1834098	4000	2268	Apple	iPhone 13	2024-04-03 16:16:54.089771+00	2024-10-09 13:26:51.089771+00
880422	31	5048	DSC43420.JPG	u/1f/0fff40aa-dcb1-4a65-906f-99dcb1a85347.jpg	66676c1db77c1ab8c15f7b923c1683fb1c97a65c96ae62f67190b831be7c2c25	6035276	4032	4000	Apple	iPhone 13	2024-07-03 23:52:03.347367+00	2024-10-02 10:51:57.347367+00
880423	31	5048	IMG_1766.JPG	u/1f/f9800b57-d835-4bae-b146-ea73f1c45b09.jpg	763312e4485fef32173084740b4b64eab44de002a78591227bf8d310f17dfdf6	3748840	3024	4000	Apple	iPhone 13	2024-08-15 20:33:17.450338+00	2024-10-06 21:10:29.450338+00
880424	31	5048	_MG_3900.jpg	u/1f/1627c5a4-ddfa-4a7d-bacf-93624e7eca42.jpg	75ecb65b8afa69214156d99a3a0a62e4e4999d94607c266b78b449ba79326c8e	2607226	3024	2268	Apple	iPhone 13	2024-08-08 14:23:54.137150+00	2024-09-20 20:48:59.137150+00
880425	31	5048	IMG_3515.JPG	u/1f/ced2b93b-6ed5-4d21-8ec2-267e7e520503.jpg	63f395ad98559ec336b94d5b185ff9dfb5d582969db40dbf5f2340a80b49c29b	6907185	4000	4000	Apple	iPhone 13	2024-03-30 08:00:49.700586+00	2024-10-26 11:14:25.700586+00
880426	31	5048	_MG_2726.jpg	u/1f/12855d09-9835-4d77-be20-75016420b08a.jpg	0eb36fab3b9ad8776ea45f03065845f3dfd957a8a12a6702d1e53604a90d3293	7618810	4000	3024	Apple	iPhone 13	2024-08-18 20:07:39.781425+00	2024-10-23 06:53:25.781425+00
880427	31	5048	DSC38631.JPG	u/1f/be3d1587-6aad-4009-ae33-6fa036e3db23.jpg	717fea049978d927bb97a78f32266a4172901913652e0959bf99d921e43e8486	4079826	6000	4000	Apple	iPhone 13	2023-12-05 07:11:45.838418+00	2024-09-29 16:53:44.838418+00
880428	31	5048	PXL_20240705_227852472.jpg	u/1f/9e0839ff-82af-4c83-8d74-c25fbd8ce800.jpg	ee4015ac4f9e65cca335f9ea465aa1228e00ccbed4f4e435bba959c531d7bc36	13041230	3024	6000	Apple	iPhone 13	2024-07-05 02:18:50.561194+00	2024-10-04 04:34:06.561194+00
880429	31	5048	IMG_4464.HEIC	u/1f/e4f46413-703e-46a6-914a-d44e9db44633.jpg	78dded7c37b98d517d43526c79d9074f2e01fd2c81684bb86a559c1493d667a7	892918	4032	4000	Apple	iPhone 13	2024-09-25 11:16:45.311409+00	2024-10-09 03:03:36.311409+00
880430	31	5048	IMG_3980.HEIC	u/1f/865766b2-6036-4ad2-97f7-a2528ce733ce.jpg	9642677e53ca64c6f1874640d60d6f12ff50e9c9b5d566f50a6e1a0aa41843eb	4869395	6000	3024	Apple	iPhone 13	2024-01-01 10:21:25.269234+00	2024-10-05 15:28:04.269234+00
880431	31	5049	PXL_20231013_103455334.jpg	u/1f/014fc85b-97f2-4126-aa38-e4792bd76b60.jpg	61e216249dadf82e026de62c00a71ae0f94338c1efb37202634b73eb627a0773	4611412	6000	3024	Canon	Canon EOS R6	2023-10-13 09:14:17.242725+00	2024-05-15 23:24:55.242725+00
880432	31	5049	IMG_0753.HEIC	u/1f/cd1bbf3a-55a3-4655-9b80-6ad95d704587.jpg	92d23db0ec608f17c7b1982cd0c96b761b48d8b3d58c71397866d3676e6d8636	9637944	3024	4000	Canon	Canon EOS R6	2023-09-19 00:49:06.572188+00	2024-06-10 00:46:21.572188+00
880433	31	5049	IMG_4617.HEIC	u/1f/9a397b53-131f-4f79-9672-e2535d752fe1.jpg	68d0be4067abfa265ac97861ae673faea218f550a89da4fb669b685ba9d8998e	8886454	6000	4000	Canon	Canon EOS R6	2024-04-05 20:16:08.889324+00	2024-05-20 20:08:59.889324+00
880434	31	5049	IMG_7762.HEIC	u/1f/65aa73a7-1e92-4b32-b8b2-ba1721fc847e.jpg	e2f8ed82ef6f80a8f4de0a97f5273ac4bc4a4ea4128cfa10b193889e8a20199d	3611164	4032	6000	Canon	Canon EOS R6	2024-04-13 15:00:58.370102+00	2024-05-22 11:54:57.370102+00
880435	31	5049	PXL_20240317_194450785.jpg	u/1f/66e4a977-ca33-4969-b26e-f5d559323535.jpg	29139aa18fd1b77b756903e3e6399cde9b998052f5c6369688e54f253a48d0cf	7022465	4000	4000	Canon	Canon EOS R6	2024-03-17 17:54:10.024127+00	2024-06-09 21:32:53.024127+00
880436	31	5049	DSC90390.JPG	u/1f/5431d40f-689a-479c-8913-7f8a68bfc34c.jpg	83f31d44d852de6dd66671e69e4eac585cc03a76604964f2f0ce300c8edfe9ce	11442580	4000	2268	Canon	Canon EOS R6	2024-03-12 02:12:44.868323+00	2024-05-11 13:27:23.868323+00
880437	31	5049	IMG_6515.JPG	u/1f/09011e02-93a7-413e-ba8d-88ec91033522.jpg	b9de9d0b3158066bfec4589d1ab95c17f67c9473ca0900254b5518863bd0eff4	13351644	4032	2268	Canon	Canon EOS R6	2023-10-18 10:12:21.200161+00	2024-05-18 19:48:23.200161+00
880438	31	5049	PXL_20230728_057746878.jpg	u/1f/5ee16f2f-1e36-4729-befe-46945594b29c.jpg	616c3e9166048624860b99c5c83be6c90f576a1bf91b9b1fea2e5f588115ab1e	1733980	6000	3024	Canon	Canon EOS R6	2023-07-28 13:17:58.800401+00	2024-05-21 16:50:01.800401+00
880439	31	5049	IMG_2658.HEIC	u/1f/118ae565-fd67-45d7-9685-d11859620265.jpg	a3a645600c8d07a3c8f62c59d5b1b15ce29ac200522b88d072ec155510b82414	12906174	4000	3024	Canon	Canon EOS R6	2023-11-29 01:48:56.554247+00	2024-06-08 12:10:57.554247+00
880440	31	5049	_MG_7075.jpg	u/1f/d5cd46c9-677e-4cd2-81bd-44f3a85d618c.jpg	ff762409cd254eef36cb2514e34f38f51342cb37c9efa7b3a211958870b1b9bf	13213157	3024	6000	Canon	Canon EOS R6	2024-01-27 04:26:06.397043+00	2024-05-09 19:36:02.397043+00
880441	31	5049	PXL_20230909_224792946.jpg	u/1f/108d21e5-1319-4e64-84f8-f83857a1e298.jpg	00971ce9a5770d2d9547b24396a97df999f4902c7db892e5bb40601d1f179102	3513666	3024	2268	Canon	Canon EOS R6	2023-09-09 20:55:59.755966+00	2024-06-06 14:12:47.755966+00
880442	31	5049	IMG_9714.JPG	u/1f/d8e54064-adf4-4d67-a78e-0d0660c4c6f4.jpg	9f933f927640766ba3851b4cbcbd6e7969a214e951e23ebc5138504165824d25	13575482	4032	3024	Canon	Canon EOS R6	2023-11-07 09:46:26.250397+00	2024-05-10 01:30:08.250397+00
880443	31	5049	PXL_20240221_217911494.jpg	u/1f/97cd97e3-99ad-40b7-9804-9894216688d4.jpg	ec0262c9273ff13c31fc443bf7da019f4ae4e6184c36e8f51420ed6e71408085	5336236	6000	6000	Canon	Canon EOS R6	2024-02-21 22:52:38.828983+00	2024-05-17 18:45:56.828983+00
880444	31	5049	IMG_3087.HEIC	u/1f/6d1ea586-1b38-4bfa-a298-2d4d299e76b3.jpg	a2f348f1578f7f9fb6b410fdd1288d0c6adffec687c735dbc703cd753acbc7c7	987245	6000	2268	Canon	Canon EOS R6	2024-02-02 20:17:24.498605+00	2024-05-18 05:04:54.498605+00
880445	31	5050	IMG_9349.JPG	u/1f/8743d07a-4781-4f62-a335-d3005cc4cbef.jpg	4011366ecff34439885d07a6a79f4255bbd49fc7bb8a92d51996f3ddbb090766	8010505	4000	4000	NIKON CORPORATION	NIKON Z 6_2	2024-01-29 12:02:54.853200+00	2024-02-03 06:40:15.853200+00
880446	31	5050	DSC11984.JPG	u/1f/3ea0b85e-8ecc-4649-9dec-6ea277d544ad.jpg	2325e371c7e0045f0873d46a658789c4b4ef19110d8372b93c39033d946090a8	11525596	4032	4000	NIKON CORPORATION	NIKON Z 6_2	2023-06-09 11:12:09.485136+00	2024-02-12 09:17:30.485136+00
880447	31	5050	IMG_5131.HEIC	u/1f/1adcfa7d-be6d-4a80-9f84-0cb9efca4c6a.jpg	565b253f7315ead44630ad0e2567252b50c05d2762eede564a1e7940b5c3de0c	2933439	3024	2268	NIKON CORPORATION	NIKON Z 6_2	2023-05-09 15:45:12.517314+00	2024-02-17 14:19:38.517314+00
880448	32	5051	_MG_8360.jpg	u/20/fc6ca911-af68-4963-9ea2-e70c6d22ce48.jpg	4fc22d9e5869a3c8d067ba1f0257a190d65ae9b9f36f2c932d47dc99e0bed321	6456276	6000	6000	Canon	Canon EOS R6	2022-08-21 01:06:56.777414+00	2022-10-19 21:55:26.777414+00
880449	32	5051	DSC74197.JPG	u/20/272d0a0e-e8b8-4368-bbc1-0d54ec99389c.jpg	f7006f3b8e5d4a373521f9f9653a58970c1bd87b93a4087a5e28f16f947c8298	13390966	3024	4000	Canon	Canon EOS R6	2022-04-14 15:35:24.041835+00	2022-09-27 09:47:27.041835+00
880450	32	5051	IMG_9607.JPG	u/20/a595338f-3123-41fa-a349-5a51075e0013.jpg	17b04573485bbbad44604821287eacd066d3fc3a305c5ff82ba83e3c72c5ffb9	4200425	4000	3024	Canon	Canon EOS R6	2022-04-17 05:10:47.858784+00	2022-10-03 23:14:32.858784+00
880451	32	5051	_MG_5716.jpg	u/20/a717743a-104f-4194-83cd-06fe58efc37e.jpg	4324b8d87ce37a8c3aa7398457bc1ff18e21bb273186d35f2b852b3213199160	13013135	6000	2268	Canon	Canon EOS R6	2022-04-09 20:11:20.873103+00	2022-10-15 08:44:41.873103+00
880452	32	5051	IMG_5069.HEIC	u/20/92a0fda4-0cf4-4610-a4a2-0a71dd3c7f05.jpg	f00ecacd3869fa8fbfcbee8a910864d8ea220c784c617c2f46feb9620954d8f9	1625055	3024	3024	Canon	Canon EOS R6	2022-09-21 22:43:17.574746+00	2022-10-15 06:52:25.574746+00
880453	32	5051	IMG_9652.JPG	u/20/0ed8ec82-5b44-4418-819f-d77674c686db.jpg	296d50296893462c1f787e576823dc33719feea5a25bd56cb886eb28ee0c70cf	5811916	4000	3024	Canon	Canon EOS R6	2022-01-31 07:14:28.326377+00	2022-10-02 01:20:51.326377+00
880454	32	5051	IMG_3436.JPG	u/20/1fe52ec7-97bc-433b-8e31-56a3b3be9310.jpg	9f20fd1288514e67b656c9160e6a8db324df651f12a61eef2602a5565bb25b68	7880766	3024	2268	Canon	Canon EOS R6	2022-05-05 15:18:56.810873+00	2022-10-12 02:55:23.810873+00
880455	32	5051	_MG_5303.jpg	u/20/6ab7b516-e62f-437a-8009-8347d8dccb72.jpg	ac3422b71649a3cb4a37040698f147918f497a1f1e7cfb67553c1d0d7e4e74fa	9373281	3024	3024	Canon	Canon EOS R6	2022-10-07 11:07:16.153816+00	2022-10-31 12:39:42.153816+00
880456	35	5052	_MG_7933.jpg	u/23/654eff06-3ce5-453d-87c4-5a7bbe03c0c3.jpg	2daf1cd89ed0e1a44c6972ebf27ad11a2516f05b52ef3e9ecb9196f8f1616d29	3259142	4000	2268	SONY	ILCE-7M3	2023-01-14 05:17:40.848374+00	2023-10-23 03:06:18.848374+00
880457	35	5052	DSC12980.JPG	u/23/9aa49f40-2260-4a4d-8600-62f03e9fe920.jpg	9e3342f98345f02daebe0e75c19003f59ba81624c7da68e2994c8f10d4d4c0c3	5596535	4032	3024	SONY	ILCE-7M3	2023-04-04 04:13:29.083552+00	2023-10-17 08:17:35.083552+00
880458	35	5052	_MG_3895.jpg	u/23/7c2b7884-6d4e-4891-ac05-70bcee436cfc.jpg	0d6249552a43df00936aa32b44766249d034fdb76c8bd725a1630d3d2f2e3848	11403897	4032	3024	SONY	ILCE-7M3	2023-03-29 01:08:29.798599+00	2023-10-14 01:53:00.798599+00
880459	35	5052	PXL_20230613_069178238.jpg	u/23/13dd1260-1338-49c7-8e43-798bc1e4f5ea.jpg	6b0ce95f097dc69f2a8eb1307953df318a712d556894d1826f357ce6f19bfb3a	4412131	4032	4000	SONY	ILCE-7M3	2023-06-13 05:17:37.429125+00	2023-11-01 00:54:59.429125+00
880460	35	5053	_MG_2944.jpg	u/23/1871f01f-b787-4c15-9cee-d3a3b912a245.jpg	caa93670de14cc819e9b392ec41ef612a5d5821ed2191d73dd8a308fcf6af2e2	3539993	4032	2268	SONY	ILCE-7M3	2023-06-02 04:02:47.958104+00	2023-10-22 04:18:08.958104+00
880461	35	5053	PXL_20230422_225295556.jpg	u/23/99f9d132-5836-486e-bd9e-46d76c30b60c.jpg	3b2b60131c006956dfab84fe6737435af260f2452143c9e2c30e428b1676b40a	2798039	4032	3024	SONY	ILCE-7M3	2023-04-22 09:37:03.769458+00	2023-11-23 05:03:56.769458+00
880462	35	5053	DSC42623.JPG	u/23/5464d349-6033-401f-9286-1ece370f52ef.jpg	dbffdda16302913bfa483b76ce1b56e77071aedc4ff22d61c0091f67b9055aeb	10970233	3024	2268	SONY	ILCE-7M3	2023-03-18 19:29:05.479213+00	2023-11-22 12:26:01.479213+00
880463	35	5053	IMG_7610.JPG	u/23/6c287ac4-0546-48d2-b688-b3c83d97cadd.jpg	855b24300f412dfdb67290bc83efcee2547b3b5a9daadb38e36b947f43567e9c	12563562	6000	4000	SONY	ILCE-7M3	2023-06-08 20:04:04.567722+00	2023-11-11 04:12:08.567722+00
880464	35	5053	DSC37977.JPG	u/23/48d3b6f5-1e61-46d7-a609-c9b77b203562.jpg	8b4ef95c12d8a08aa5e001cf66fb299b85cbdaf7880cc5cb5829f002446bf59f	10991249	3024	3024	SONY	ILCE-7M3	2023-04-22 09:23:10.781885+00	2023-10-27 05:39:50.781885+00
880465	35	5053	IMG_2299.HEIC	u/23/f64945f4-0fdf-4da8-a5d3-c1b6156eddee.jpg	aaf734ba231d56ba5c17576113418fa112627ab8adb85048a660c9f03b16b60d	3882664	6000	2268	SONY	ILCE-7M3	2023-07-11 08:53:25.690735+00	2023-10-20 21:38:16.690735+00
880466	35	5053	PXL_20230703_084166521.jpg	u/23/57edeee1-b53c-4bb9-a05e-69fc1bfad137.jpg	c5a0db931a7e7456482de8a487805d472ffe0dcb24afd5125bbc6a64653c63ce	13158359	4032	6000	SONY	ILCE-7M3	2023-07-03 13:56:16.932035+00	2023-11-15 21:17:23.932035+00
880467	35	5054	PXL_20230804_080994264.jpg	u/23/52cd1d69-1be3-48c6-933a-e3811fbcfc85.jpg	b5b8d0a7f122666e228196b5c88c60c65d036766c7223eba9d8ef08a2bd7941c	7390008	4000	4000	FUJIFILM	X-T4	2023-08-04 03:00:34.170952+00	2023-09-05 11:43:59.170952+00
880468	35	5054	IMG_1111.HEIC	u/23/4c8503c6-37b1-4215-a392-5fff9f3e9d14.jpg	199485202a15e519e1e8f0671ee24d2f4c8392a015c95af93653c287169c2093	4392292	4032	3024	FUJIFILM	X-T4	2023-04-06 03:24:44.873526+00	2023-08-27 13:48:09.873526+00
880469	36	5055	IMG_0791.HEIC	u/24/5131c495-3da2-4196-b5a2-c5831dbe970f.jpg	d96c3c643a4bf043bb9f1c09e96f580bdeb0260207f7b54217133245691fb8d3	4964542	3024	2268	Canon	Canon EOS Rebel T7	2024-08-18 09:03:28.516477+00	2024-11-08 23:17:17.516477+00
880470	36	5055	PXL_20240307_191288686.jpg	u/24/1ce109cf-0469-4039-b06d-6773a74b72b3.jpg	9e7e26d22f320f4826bc152f98988a9255682225ec876d9fed03948df45803a3	12863989	4000	3024	Canon	Canon EOS Rebel T7	2024-03-07 00:34:13.356835+00	2024-10-26 08:12:55.356835+00
880471	36	5055	PXL_20240220_059403166.jpg	u/24/3a7331a8-b4c8-449f-b4c8-877d20251c24.jpg	74975a89d6c4c1125098cbf71c9ac990001f5e828ced2f9c866d4e757a4b6de4	11090100	6000	4000	Canon	Canon EOS Rebel T7	2024-02-20 10:44:58.872691+00	2024-10-28 21:30:08.872691+00
880472	36	5055	DSC43153.JPG	u/24/8098d662-a884-4300-b739-86af1e6b68f1.jpg	4ce1f23a21627410c40fd769d6258972886fdaf1b68e726ec493641590cd3814	4833898	4032	6000	Canon	Canon EOS Rebel T7	2024-10-15 16:35:24.583008+00	2024-11-09 00:29:33.583008+00
880473	37	5056	IMG_9535.JPG	u/25/203d8cb0-b188-4be8-beb4-35188669e1ac.jpg	1eb783d720441cf89694159f2eea27d4f598044659ae6baaf2c68bf773cf68f5	11232344	3024	6000	Canon	Canon EOS R6	2024-08-17 12:49:15.728982+00	2024-11-09 01:22:50.728982+00
880474	37	5056	IMG_8502.HEIC	u/25/e6c5716d-583b-494c-b315-1250a651e2e4.jpg	56d676317c126c040e87582dd4c3e886a6b81e144660b9bdab373c8813c1dd1d	3869600	4032	4000	Canon	Canon EOS R6	2024-05-06 08:31:51.142521+00	2024-10-26 08:07:01.142521+00
880475	37	5056	IMG_3140.JPG	u/25/69297685-66d0-4099-8083-f81d0cc54b4d.jpg	95e8dc694ed19d6121274cf7f6028e37fe5a0d6f0d699dc9bb9396805b7c72b4	1183698	3024	6000	Canon	Canon EOS R6	2024-01-11 20:50:19.722777+00	2024-10-21 18:43:41.722777+00
880476	37	5056	IMG_7530.HEIC	u/25/4f136edb-11f4-40e7-89de-2ec13dbe611f.jpg	58c37def861718f89d69278de86b2df23552516c3d7fd0f366b9378982c5db1a	7562301	4000	4000	Canon	Canon EOS R6	2024-02-08 22:04:40.322985+00	2024-10-21 17:01:06.322985+00
880477	37	5056	PXL_20240615_099773406.jpg	u/25/f4a129eb-b7ac-492f-9aa5-6cd324c25b8e.jpg	014d652cd710658a967e57293cd0782db57d8f8519aae3e550b9109379eb3124	6660688	4000	4000	Canon	Canon EOS R6	2024-06-15 20:23:58.982559+00	2024-10-23 08:27:34.982559+00
880478	37	5056	PXL_20240819_159862884.jpg	u/25/688c0e98-385a-4568-a320-648187e68cb6.jpg	cd4469c3a13fe3498bde407c94a9bdf15629da798fe7ce0f6846348254f7009a	2379608	4032	3024	Canon	Canon EOS R6	2024-08-19 18:48:55.781211+00	2024-10-22 04:50:39.781211+00
880479	37	5056	DSC92264.JPG	u/25/257ece6b-c321-4c96-b163-ebff3f364f2c.jpg	b89bac65ae087bfe636b4d89fa5b12ed3ebcdd734baa3b9a6a20e90272fb1ecd	10490182	4000	4000	Canon	Canon EOS R6	2024-02-25 05:54:10.352377+00	2024-10-28 18:07:07.352377+00
880480	37	5056	DSC76037.JPG	u/25/545b8732-751b-41b3-aac4-4c1a991c61e4.jpg	31aa896ab02029b8f730e8dbecfb9c17fe162559d3354b69a2be6c11382802eb	2023004	3024	2268	Canon	Canon EOS R6	2024-05-31 20:13:51.833104+00	2024-11-10 15:31:42.833104+00
880481	37	5056	_MG_6512.jpg	u/25/440c19d8-16fa-46cd-8802-4285c89e95c3.jpg	d7833fc8ac8a3a0b66cf8e319d623c7b30084bc5a47ed3c02474c71df2665bb7	5639122	4000	3024	Canon	Canon EOS R6	2024-08-06 15:00:42.892800+00	2024-10-22 10:00:03.892800+00
880482	37	5057	IMG_8586.JPG	u/25/565f98c0-3201-4fad-ab60-89f9b3a2306d.jpg	ca8224afb07d05abdbcdec361f1661f1c56acc438183df18e764745dfbea5751	8253131	4032	4000	Apple	iPhone 13	2024-04-14 16:35:39.875904+00	2024-10-21 11:17:01.875904+00
880483	37	5057	_MG_7001.jpg	u/25/6a38ec56-5b2e-40b8-be73-2cbc083984d2.jpg	8f9dbbd4a81f91c1925701eae61bb40589393e0ee38ff3c6ebd606f9552118d3	4268078	6000	2268	Apple	iPhone 13	2024-01-02 01:17:22.652236+00	2024-10-26 19:10:52.652236+00
880484	37	5058	IMG_2646.JPG	u/25/25c8caef-fcf9-4807-881e-6eab6f92f1b3.jpg	7aa35d2b43f16b49dc1e7055c27ee553964848a3ea058b2f10be119452f04c92	6586414	6000	3024	Apple	iPhone 13	2024-01-24 18:32:14.208327+00	2024-11-13 01:14:36.208327+00
880485	37	5058	_MG_9547.jpg	u/25/ca7c5d4d-60dd-42a7-926c-3f381edb99b0.jpg	25f82fa169c3148309835ed5df60bc45a1049ce8942f375abe3f3ace09f1d123	3797988	4032	2268	Apple	iPhone 13	2024-10-10 20:55:09.004447+00	2024-11-14 10:38:59.004447+00
880486	37	5058	_MG_5879.jpg	u/25/2d7f99d6-c1d0-4aec-a01c-13dadc29e4f3.jpg	403cdf589950a900605f29a24b1dbb31fdd020e8f48c7ccbcc17b415d6b4f5c9	5810781	4032	4000	Apple	iPhone 13	2024-09-10 07:24:03.346064+00	2024-11-11 15:45:57.346064+00
880487	37	5058	IMG_5828.HEIC	u/25/e6605a72-f6cf-4002-a487-2b5e23c7f610.jpg	abd1ee271996fb4c897a8275b6210ccf16437f12116d3e82e1d8fda296d18d02	4708508	6000	3024	Apple	iPhone 13	2024-09-13 12:37:01.194887+00	2024-11-13 10:39:11.194887+00
880488	37	5058	_MG_2427.jpg	u/25/de84e476-d7ee-4cb5-8f30-363f4813acf0.jpg	3ea22947ca852b8c66b0f810da55814689a296e7140ae4551fc5f8456c8b0a79	8081916	4032	6000	Apple	iPhone 13	2024-09-07 21:46:52.176506+00	2024-11-12 10:28:46.176506+00
880489	37	5058	_MG_2504.jpg	u/25/6d98e6e5-4bc1-4055-9209-a08053018a4f.jpg	c53e7e927dcaceb2e983f00464f911da6e6cf1cc06f06231c5be0f7e3f6baaa1	13830401	6000	2268	Apple	iPhone 13	2024-08-22 12:17:42.044757+00	2024-11-09 09:18:27.044757+00
880490	37	5058	PXL_20240419_212363164.jpg	u/25/403e6502-ac11-412b-a367-712341b0b74e.jpg	7191078c6f7c37af110ef3c62d62d63145ae2ffc954808534f2b9bc8e38254e5	9996083	6000	3024	Apple	iPhone 13	2024-04-19 13:23:05.737835+00	2024-11-12 21:52:16.737835+00
880491	37	5058	_MG_6027.jpg	u/25/17f84d12-815b-423e-b19f-3571a6573974.jpg	fb7803bf13c68183b85b635710dbc1f91515eba07ee9441f75c6563b496293e5	13600266	4032	4000	Apple	iPhone 13	2024-05-26 11:40:37.415956+00	2024-11-09 13:27:36.415956+00
880492	37	5058	_MG_0466.jpg	u/25/43510eba-9971-4260-acb3-70eca22e42c3.jpg	ac9f7283f5ad91f5ee30a599ccec42a6c7a814e2f464eb14163102b91c0da5b5	2951078	6000	3024	Apple	iPhone 13	2024-07-11 00:00:09.094969+00	2024-11-13 09:18:18.094969+00
880493	37	5058	PXL_20241012_197591567.jpg	u/25/ec25e0a9-6ed3-40e2-8853-a4c132ec3a92.jpg	f5cd6f683d785d6e89e10ca5fbb1c765bd15cc7b4cc4d24622b962ca967a0d34	6083733	6000	6000	Apple	iPhone 13	2024-10-12 00:30:18.924233+00	2024-11-11 06:17:39.924233+00
880494	37	5058	PXL_20240127_033008031.jpg	u/25/9200839a-4f08-4ec0-9eb2-f1c0d7031474.jpg	957f2ed94564488cb4ed3ca1054e19cce6efbe2615a5bb66fa688b86508230b3	10247193	6000	3024	Apple	iPhone 13	2024-01-27 06:36:20.912728+00	2024-11-09 09:00:43.912728+00
880495	38	5059	PXL_20220911_150175712.jpg	u/26/52d445a7-3a9c-4d08-a9a7-3953bb445338.jpg	45db6fb7ee39d70ff5ea5144dc6e62242c7b1cfed48c9ce8b83a02c7b9470057	2327766	3024	3024	FUJIFILM	X-T4	2022-09-11 01:04:56.812299+00	2023-01-14 14:23:26.812299+00
880496	38	5059	IMG_9731.HEIC	u/26/2333c244-0eee-4cde-a944-603e1fbe506b.jpg	a929671cb6fedd22f2e2843e4f81ab627bf9f29fd82e19442dbea190a5da18b8	6694942	3024	4000	FUJIFILM	X-T4	2022-12-25 23:52:59.452659+00	2023-01-11 21:08:03.452659+00
880497	38	5059	DSC72844.JPG	u/26/68ace98d-239e-4d41-956f-97c7a22fa49d.jpg	3122fa49b93372f350ab378c509d47d43c9d92e09de049a7480f679355011789	11541612	4000	6000	FUJIFILM	X-T4	2022-10-23 09:30:02.554129+00	2023-01-01 22:02:30.554129+00
880498	38	5059	IMG_2528.JPG	u/26/813a5150-c2a9-4177-9129-e562c8a16482.jpg	ad35e988d9fa150171434b811b2fdfc66c6af1e2fbf9fb11d66e23384c704e03	899996	4000	2268	FUJIFILM	X-T4	2022-07-21 01:11:31.528001+00	2023-01-26 01:32:26.528001+00
880499	38	5059	_MG_6139.jpg	u/26/f5bd96ea-4c54-463a-8fbc-037e34c42972.jpg	b3e161ab232833a3ca3aedd6fc609ab7a21b249a6dbefaee704f311b59befd5e	2930901	4000	4000	FUJIFILM	X-T4	2023-01-17 12:35:13.677043+00	2023-01-24 02:32:24.677043+00
880500	38	5059	_MG_4099.jpg	u/26/20682eda-0ea2-4862-9f82-e864a759d004.jpg	99a40984163af67e595f50d9e807d00ad258566192597bf5a1fba1df3c071fab	1025864	4032	6000	FUJIFILM	X-T4	2022-06-13 23:31:12.747671+00	2023-01-18 02:58:06.747671+00
880501	38	5059	_MG_6794.jpg	u/26/52fb964a-34bc-4fb0-8667-71c4529e7f88.jpg	01a900d267f7a978849737dc7d67dd5c55592a9e9b31713121fed910d612db78	3424526	3024	4000	FUJIFILM	X-T4	2022-05-11 20:25:21.009949+00	2023-01-16 03:31:53.009949+00
880502	38	5059	IMG_3759.JPG	u/26/0e371437-2b5b-4011-8f6f-580df58ac9d4.jpg	f068dc3959c4c95f6c939520fe0447782059cb049863b91546ea210b64ba29d6	8970808	4032	3024	FUJIFILM	X-T4	2022-11-07 09:56:40.311673+00	2023-02-01 13:42:03.311673+00
880503	38	5059	IMG_5541.JPG	u/26/3b77ceb8-b712-4b37-8994-9bfadf3761d2.jpg	592c4efa7e5238e912b46225a94806fa32ae84aaa1dbd46de24700cdb6736d21	10384904	6000	6000	FUJIFILM	X-T4	2022-12-23 00:57:55.921156+00	2023-01-28 19:27:58.921156+00
880504	38	5059	IMG_5842.JPG	u/26/23357164-1313-4394-9760-d8ee33eed20c.jpg	e93a909223d91b25edc0610610af54cbea5bf9fbacec07b0820a5e31413f281d	5723277	3024	2268	FUJIFILM	X-T4	2022-11-05 06:57:27.286025+00	2022-12-28 11:11:45.286025+00
880505	38	5059	IMG_1871.JPG	u/26/f5378b9a-0d29-4af8-8c89-4330db3ef042.jpg	ac38452e74f5147590263c0d86b60aded6ad6ec0c175c06e88db081f379b5253	10103674	4000	6000	FUJIFILM	X-T4	2022-06-16 05:20:18.437917+00	2023-01-27 20:33:15.437917+00
880506	38	5059	DSC44859.JPG	u/26/1aa69b10-0ebe-4a4d-95f1-6e305e3b4325.jpg	df0c6d4b5eb77686df98939dad421aa890223b757064c1c02ec7adc110d0718f	7497569	3024	4000	FUJIFILM	X-T4	2022-10-09 04:09:26.989360+00	2023-01-16 00:51:23.989360+00
880507	38	5059	DSC47811.JPG	u/26/33de175d-50f6-4834-850e-376596f5f78d.jpg	db663f103189e97c1080eebcb27ff98b55524700e2ec59ac0648797348ceb81f	12503897	4000	2268	FUJIFILM	X-T4	2022-05-10 16:56:16.877990+00	2023-01-02 04:18:29.877990+00
880508	38	5059	IMG_6356.JPG	u/26/2eb4f4d1-ccbc-4f12-927d-844e17333332.jpg	bfadff7a6323724c1af9e21eab844932dea7c4f5c3748b45f61dc7138225383f	9830121	3024	2268	FUJIFILM	X-T4	2022-09-23 23:11:06.279943+00	2022-12-25 20:56:34.279943+00
880509	38	5060	PXL_20210715_024454505.jpg	u/26/a9caad50-6c51-4485-bef4-02ab742b0775.jpg	ce1eeba18481284bfde803cf1e25f0095508aac0114687e66f0e5263a3559663	2407763	4032	6000	samsung	SM-S918U	2021-07-15 11:02:55.389323+00	2021-11-29 17:16:41.389323+00
880510	38	5060	IMG_1485.HEIC	u/26/5686e4ef-7f83-4ae0-8cad-618658615fe1.jpg	f4d172c66ba333292e46b065a1b3175be5b60a4b725bd78fbd3e4653903a4f47	4541584	4000	2268	samsung	SM-S918U	2021-06-24 17:28:19.432330+00	2021-11-24 05:45:04.432330+00
880511	38	5060	IMG_8035.HEIC	u/26/d80a375e-47fc-40fd-8b54-6fe001e82cef.jpg	ad3d9404a5db29ba16f5b4821c80f9069173061764d1b3c4ea808e222b05669a	1887707	4000	6000	samsung	SM-S918U	2021-11-03 20:38:15.314531+00	2021-11-10 13:07:01.314531+00
880512	38	5060	PXL_20210902_025792649.jpg	u/26/61f4a0ed-2840-47c2-892e-6c84ff917b9a.jpg	5a3695cc7d40f4683f5714e03712d996fdbad447f5c80cbba5414f34329cb2ce	4281224	6000	6000	samsung	SM-S918U	2021-09-02 15:30:55.639674+00	2021-12-12 23:17:43.639674+00
880513	38	5060	PXL_20210212_083368063.jpg	u/26/c20ce0fb-bd3f-474d-941b-60cdc3320113.jpg	8a620eff956497fe409355909ab547f9cb69354c32ac2e5d762e01a4c724640b	7259616	3024	6000	samsung	SM-S918U	2021-02-12 18:23:27.066330+00	2021-12-02 18:24:14.066330+00
880514	38	5060	_MG_8203.jpg	u/26/d4693b99-0be1-4f5c-afb2-828803e412e2.jpg	cf5761075dd2be128d5c6f3f86b234fe671257c1d164865dd9b919f64b507488	3278844	6000	4000	samsung	SM-S918U	2021-11-18 06:16:29.441309+00	2021-11-23 12:43:55.441309+00
880515	38	5060	PXL_20210615_232830201.jpg	u/26/aba2539e-019e-461a-99cb-f287469374a0.jpg	2bce6d483a4f43c9209c120705bad2a92fc7aaf53ce5765d065106f4611f8eaf	13772149	4000	6000	samsung	SM-S918U	2021-06-15 12:50:49.057338+00	2021-11-11 23:29:22.057338+00
880516	38	5060	IMG_1120.JPG	u/26/7637f5f2-c9ab-49a1-a3e5-b8155d54df3f.jpg	b3e4a2f7f7349117dd37c017eaf14b1c3984964fad574cffde81500c5c49616a	5826148	4032	2268	samsung	SM-S918U	2021-07-30 03:00:31.659339+00	2021-11-23 06:32:10.659339+00
880517	38	5060	IMG_8125.HEIC	u/26/43683e58-14b4-4b82-ad4b-67568affc596.jpg	5039e6fd2c7683941dc50afd1927b79b85d68adb7b506e1dfc9bbd8cae0245cc	13965743	4032	2268	samsung	SM-S918U	2021-08-26 11:15:55.898352+00	2021-11-24 11:44:40.898352+00
880518	38	5060	IMG_5576.JPG	u/26/bd935f7a-d55d-450f-8db9-238f04879709.jpg	66ff0c7b8016ad8f3839526ef7faec4b385b66bea921330feaabc6afc2766715	2352181	4000	4000	samsung	SM-S918U	2021-10-23 21:18:55.480133+00	2021-12-05 07:19:33.480133+00
880519	38	5060	_MG_8450.jpg	u/26/e5c5b45d-0706-4d20-9250-5a5016d2ec26.jpg	d79492de791a998203680cba7caf47d72163f0bb3c8c6453eda69b560aad84a3	8626097	4032	4000	samsung	SM-S918U	2021-03-30 19:27:07.781759+00	2021-11-09 19:24:27.781759+00
880520	38	5060	IMG_2873.HEIC	u/26/13a17380-8a18-4228-b401-ce3bca7a39b3.jpg	ef68254f4b423deef6cad004c84d58565b30c4258bdfbfe91a46cc9ff29fb182	6571718	4000	4000	samsung	SM-S918U	2021-04-23 22:48:42.615573+00	2021-12-03 21:43:03.615573+00
880521	38	5060	IMG_0615.JPG	u/26/526fe69d-67d2-4ce6-b8b0-aa210dc20718.jpg	60972df9a8a01a9572fd5c93f4cdbf34835c2549649122f320ad5441f223cf1c	13997282	4000	3024	samsung	SM-S918U	2021-04-27 19:43:11.757199+00	2021-11-10 15:01:30.757199+00
880522	38	5060	IMG_2907.JPG	u/26/cef3da62-939b-4114-a7f1-c1de6b4699f3.jpg	6aeb5cf8cee33375498c7778cd9324abd9a675b38905e4b15ddb4106e398fd5b	9336987	4032	6000	samsung	SM-S918U	2021-03-24 19:43:17.997961+00	2021-11-25 11:37:26.997961+00
880523	38	5060	DSC10424.JPG	u/26/3b61087d-d097-4241-9dcc-e9f4eae63882.jpg	a8bae51107b57039b8ba4cd32c8f6cc1ecb154df9a090cfe2845cff74976538c	2783237	3024	4000	samsung	SM-S918U	2021-07-22 17:52:19.564782+00	2021-12-01 02:29:55.564782+00
880524	38	5060	_MG_3881.jpg	u/26/cfd0d421-c5f9-43e5-beed-311272b95b32.jpg	12cae580ba129cc824630dbb181a48721b6252fd560473df3fc3fa369f881ccf	3571136	3024	4000	samsung	SM-S918U	2021-01-19 08:02:05.558904+00	2021-11-06 02:19:29.558904+00
880525	39	5061	DSC74452.JPG	u/27/31311044-cb3d-47bb-8766-ee038aedad80.jpg	9d46f17b8d1a5f6135d1ad16a2500a7470e5367785406f8cd96b51577054a3c4	7913511	3024	3024	\N	\N	\N	2021-12-06 20:30:33.736139+00
880526	39	5061	PXL_20210326_115171537.jpg	u/27/f5ae4e01-b3fc-4856-b5e9-a7b78882df12.jpg	c490f09a7d999c37e4c1d93b2bcefb95a1024fa47b98db4861791d7b4c2682bb	5982444	6000	6000	\N	\N	\N	2021-12-17 20:01:32.477665+00
880527	39	5061	DSC43603.JPG	u/27/f6075a96-a20c-48b6-8a2b-67a47c77a294.jpg	6411d51773c6c88f36d7535eaf6fb8167dff61ffd84a3addd767eb5e0bba67bf	5118333	6000	2268	\N	\N	\N	2021-12-15 16:17:09.624135+00
880528	39	5061	IMG_5540.HEIC	u/27/101a0904-f638-4dec-84f0-44733923ef61.jpg	122117973520a7437f2122ec1c0050078d6e5e52588d0a25567ef5d8065f345b	4207260	6000	2268	\N	\N	\N	2021-12-25 07:17:12.978087+00
880529	39	5062	IMG_3902.HEIC	u/27/0f7651fd-d811-45f2-9953-f8c76c16027a.jpg	6f0db2f67868cfbff0d38350d58e09e3aa8abb20f8c282714f398f27b95c74ba	6948672	6000	2268	\N	\N	\N	2023-03-02 11:53:23.166777+00
880530	39	5062	IMG_2342.JPG	u/27/a9871b76-140e-474d-a131-b03cfef020d0.jpg	4f49dd7fa9e47de614c29b7c67d4ce77e5511411e874c579044c6cb62a4ef4d3	13745329	4032	3024	\N	\N	\N	2023-03-08 09:22:06.294946+00
880531	39	5062	DSC79241.JPG	u/27/35904286-562b-4d44-af6a-854574f02fe4.jpg	51ed79ba809f2842700833fc3162729c3dd7bbc145e72cb2ea43f7e3b6085a44	8685219	4000	3024	\N	\N	\N	2023-02-26 10:06:44.450049+00
880532	39	5062	PXL_20230131_061541050.jpg	u/27/0dc297b8-eb76-4c9a-a1cb-9429758f9e7f.jpg	6fd4ee6777953a25cdef99ffb04488ff57415449bbc0ca339b8ea2c905f64956	12647092	6000	2268	\N	\N	\N	2023-02-24 03:58:19.978650+00
880533	39	5062	IMG_3106.HEIC	u/27/2889f9fe-2ef4-4855-b417-e074a1972a52.jpg	8eb8f47da40a731738b0ea03ad441023e1117a46c74f56ec88b660141d37dca7	4760885	4000	4000	\N	\N	\N	2023-02-21 19:04:29.090566+00
880534	41	5063	IMG_1255.JPG	u/29/dfcb1ffa-4e59-4484-9115-b909a12e5565.jpg	fbdda002dff58b290738007c610c7ac7300c058cdf713dd696c7a243b3ea04b9	9934899	4032	6000	FUJIFILM	X-T4	2024-02-22 23:08:38.674537+00	2024-10-25 01:26:38.674537+00
880535	41	5063	PXL_20231231_096032330.jpg	u/29/93a909b5-79aa-4697-9c94-e78e1e71486c.jpg	72c4a033ee38fdca823948c1da41d8f1abad1da589186602bb1e6e7afbe9c265	2300103	6000	4000	FUJIFILM	X-T4	2023-12-31 12:59:35.935511+00	2024-10-16 07:01:07.935511+00
880536	41	5064	PXL_20220413_210921660.jpg	u/29/3ac6eaef-55d0-4f7b-a110-b86608cc8e20.jpg	006ee948244f96758c0eb9025d51d5075dedc810f09b31050e8895dada8a065e	7202976	4032	4000	Apple	iPhone 14	2022-04-13 09:43:43.524322+00	2022-05-30 15:17:54.524322+00
880537	41	5064	PXL_20220517_080780808.jpg	u/29/42020174-a6b6-4c1a-8c75-512ec4997d10.jpg	a7d77a2673a0b926ecc222c9cf9f052df0e2e42e34b76468fb0b48292c71cdcf	6608147	4000	2268	Apple	iPhone 14	2022-05-17 04:33:14.775727+00	2022-05-30 20:46:59.775727+00
880538	41	5064	PXL_20220601_111521022.jpg	u/29/23ff94c3-8edc-4719-aea8-4cde74d3e57b.jpg	fe43dbfffde84efc995275b8ac85e4b6c7fffa6d3261c802ed3c7b86beaee2b8	9033826	4000	6000	Apple	iPhone 14	2022-06-01 14:34:12.133222+00	2022-06-13 10:47:32.133222+00
880539	41	5064	_MG_7345.jpg	u/29/760ad59d-babe-4ce6-83ee-055dd4a1c292.jpg	c0180bd37fc0cf07052df6684b3aad77345176742ddd7576cabdecfde6b52652	1520459	3024	6000	Apple	iPhone 14	2021-10-24 23:29:17.958796+00	2022-06-29 12:56:19.958796+00
880540	41	5064	_MG_0845.jpg	u/29/f6ad736c-2aa5-4a86-9189-e71ade9aba9f.jpg	660d8acd921a6d19451bbc2267cc0eac82780621d5e12aea0a4e3b3904d86cea	6530343	6000	4000	Apple	iPhone 14	2022-04-10 08:59:18.888893+00	2022-06-24 15:17:00.888893+00
880541	42	5065	_MG_2036.jpg	u/2a/476a114b-7e83-41fa-abaf-dddc26a544e6.jpg	4bfdec0923ca4c7740c00cfaec59880173630857dd6d4edef8cea086a185c3c9	6972892	6000	6000	Apple	iPhone 15 Pro	2024-04-22 09:55:43.239555+00	2024-08-08 01:24:32.239555+00
880542	42	5065	DSC59765.JPG	u/2a/46c04963-e6f4-44cd-afd7-68c6dc6e6196.jpg	543017f8040afa1e2f651b4ee7e823d949d8a9eb78a65d44f52aea2abe867300	13439334	3024	4000	Apple	iPhone 15 Pro	2024-05-26 17:14:10.263041+00	2024-07-05 14:31:27.263041+00
880543	43	5066	IMG_2600.JPG	u/2b/3e4ddebd-283d-4efd-87cb-3a55251e02eb.jpg	90fee4b93be092b279266bf082fc18a21d66208f026132422edc1b3fb71bdc09	9329593	6000	4000	SONY	ILCE-7M3	2024-02-23 19:32:12.606057+00	2024-08-28 10:22:28.606057+00
880544	43	5066	IMG_1849.JPG	u/2b/85c6fb2a-327d-42d7-b4ff-79b3b25a3ca2.jpg	8fd31b014bb20e38e6f565f3333ce45f74139ab42cb76bf527a6d8b25b8e3d5c	10583823	4000	2268	SONY	ILCE-7M3	2024-03-16 21:41:41.406973+00	2024-08-27 14:21:52.406973+00
880545	43	5066	DSC97262.JPG	u/2b/782b6d80-9ce1-4708-ac0d-654685a33703.jpg	cb7a86c6f8a3585b888bf26f8f16f3c50b6e4ec4ffe470200cbfb5f42c78ff7b	5206555	4032	2268	SONY	ILCE-7M3	2024-03-23 04:43:21.453830+00	2024-09-29 23:03:36.453830+00
880546	44	5067	IMG_1444.JPG	u/2c/6c4d8314-8382-4011-a9bd-ab5df455c3dc.jpg	d19654e68f44308ef020213bb8235d9eed0cf0ec9dbcffad42b42272ff968799	12941282	4000	6000	SONY	ILCE-7M3	2022-06-09 04:19:37.165003+00	2022-12-08 13:23:15.165003+00
880547	44	5067	IMG_9970.JPG	u/2c/7c0c9bdb-e205-4966-8309-750de532be48.jpg	b1e804788b29c8cba7d5d81d4ca1c5a86a367775ddfde83832b5268f8e711b43	10130280	6000	2268	SONY	ILCE-7M3	2022-05-12 19:03:24.661125+00	2023-01-13 14:26:01.661125+00
880548	44	5067	PXL_20221226_111926686.jpg	u/2c/0a23f662-2de0-4317-9d86-a52c69eb281e.jpg	0aa8b12d4b415627ead0b3398d38c1a979e45bbdb42743a7f71c2f45dc6ef917	7499449	4032	2268	SONY	ILCE-7M3	2022-12-26 10:14:49.103608+00	2022-12-30 20:04:33.103608+00
880549	44	5067	_MG_7794.jpg	u/2c/3bf1201c-00ac-466a-8e5e-580181945799.jpg	8f8a5a5f8e751298e81369fc385eeb52da61332364ea0497b589367a43d4983b	9506018	3024	2268	SONY	ILCE-7M3	2022-05-12 05:09:19.427022+00	2022-12-07 18:47:48.427022+00
880550	44	5067	PXL_20221129_233481489.jpg	u/2c/136422fb-e8ab-4838-a08f-22daad728218.jpg	4cfccf54e0ae9013f3e5d85428d8a692b8ee8b1df84101de48336c5bd710771e	12737169	4000	2268	SONY	ILCE-7M3	2022-11-29 04:38:55.395722+00	2022-12-31 06:29:38.395722+00
880551	44	5067	PXL_20220911_089480757.jpg	u/2c/0a191351-87e8-4b24-a826-e84b642b8b7c.jpg	639d1d5ef93fd2601aa5bcc882c845682266ecb95c48048165ba2ff44d1e0d97	10900397	4032	6000	SONY	ILCE-7M3	2022-09-11 07:19:25.884020+00	2022-12-30 17:24:20.884020+00
880552	44	5067	PXL_20220614_122069413.jpg	u/2c/b696cafe-7af5-4da1-909f-3af076e5b423.jpg	2ce7a005b0d9ab959bf3e34abbee0d0ff465313945cc99a379e37f67881888f1	4413680	4032	6000	SONY	ILCE-7M3	2022-06-14 13:19:35.049073+00	2023-01-06 23:59:39.049073+00
880553	44	5068	PXL_20220903_067309147.jpg	u/2c/bc5509b3-c489-45b0-9250-3ab49f139507.jpg	729f783c4bf43de1263e5ba163f6ae51c5832105847377d90470c9e896aea638	3189070	3024	3024	NIKON CORPORATION	NIKON Z 6_2	2022-09-03 23:47:23.756122+00	2022-11-28 17:00:55.756122+00
880554	44	5068	IMG_5509.JPG	u/2c/6178bdb0-b570-4ba3-b757-a4c45a211627.jpg	52bf5c6996b6c8050b320e67268b74fb1c4ee8d0f6097720b35e3db71e59a418	3589431	6000	3024	NIKON CORPORATION	NIKON Z 6_2	2022-06-10 15:13:57.201807+00	2022-12-21 11:32:09.201807+00
880555	44	5068	IMG_3135.JPG	u/2c/a40ae994-1ced-41fd-beb5-295f053b1ac7.jpg	fd66a098f941ab0e6e83337e0715909b88e3020d2a78dc3ea46104fb76098b9e	2769419	6000	4000	NIKON CORPORATION	NIKON Z 6_2	2022-09-03 18:41:24.316547+00	2022-12-16 20:54:50.316547+00
880556	44	5068	_MG_3481.jpg	u/2c/48d220e1-ccfd-431f-87ef-8b555c198357.jpg	ad913211ec5ec0d857bac52a4e809620eafb7fb57e008a1e83439f2b3464fa23	11619988	3024	4000	NIKON CORPORATION	NIKON Z 6_2	2022-06-14 22:37:21.809554+00	2022-12-01 23:18:56.809554+00
880557	44	5068	IMG_2873.HEIC	u/2c/7c0ac538-2b87-49d2-b885-12646c93b610.jpg	4f76c50ce7f3db1e3baf4d94c2ded9dd90b50869775df4dd35c9491af6e3c77c	13535685	6000	6000	NIKON CORPORATION	NIKON Z 6_2	2022-04-08 02:46:13.222458+00	2022-12-08 20:40:05.222458+00
880558	44	5068	IMG_2778.JPG	u/2c/46c6c260-cf96-4d2b-a1d9-865b250e8428.jpg	9c90ff1db91ef274b011da85f0f14096ea8ee2f8e072ee6bc09e8c2119dfb7c6	11437861	4032	2268	NIKON CORPORATION	NIKON Z 6_2	2022-11-20 23:34:40.921004+00	2022-12-27 05:13:48.921004+00
880559	44	5068	IMG_4215.HEIC	u/2c/b8c9ac91-7147-43da-b0c2-4bd3e6f094c1.jpg	5dc531c62584ee87e0cdc06570d6ead33692987ac790a102f79909129d488017	1517742	6000	2268	NIKON CORPORATION	NIKON Z 6_2	2022-06-29 04:56:11.962088+00	2022-12-05 10:05:16.962088+00
880560	44	5068	PXL_20221121_076885007.jpg	u/2c/e2f3093f-b094-4bbf-99de-140d4ff15810.jpg	b96ba74821d1b16eb88e82308a1c8943a63aca4353ee577571b9879da4cc8c0d	1665816	4032	2268	NIKON CORPORATION	NIKON Z 6_2	2022-11-21 04:12:59.754048+00	2022-12-04 09:39:03.754048+00
880561	44	5068	IMG_0027.HEIC	u/2c/1c0737b5-6857-45cc-bfc7-f122a393c8e1.jpg	cfb001e99aee2589cc758ca2b0a671e8558d3888e92da5ce4d2bb1476c11d086	8485790	3024	4000	NIKON CORPORATION	NIKON Z 6_2	2022-08-28 23:50:12.529323+00	2022-12-02 19:21:20.529323+00
880562	44	5068	IMG_2169.JPG	u/2c/f3d8f56f-0d2f-4db6-944c-9fbd659919ce.jpg	5ac97b4d21238f538c0c1b830701ed06c2c7abc5cd329e7cb439f5798563116e	1754532	3024	6000	NIKON CORPORATION	NIKON Z 6_2	2022-05-31 00:09:59.294196+00	2022-12-19 17:39:33.294196+00
880563	44	5068	PXL_20221029_161749260.jpg	u/2c/3385e15a-d464-4126-bf8c-8f3737b50d6c.jpg	257805230f5d24bb98e7e0bc481ee2d9fae29bdf87da5d81ab940eb2dc104731	3529949	6000	2268	NIKON CORPORATION	NIKON Z 6_2	2022-10-29 20:17:36.881453+00	2022-12-17 09:02:30.881453+00
880564	44	5068	IMG_9311.HEIC	u/2c/8f9bd87d-cc73-4664-b0e0-b5f51e1af780.jpg	1f02ca9f854fe784b021e40ff3a903cc4d595bf562fe94a31184c1fc1f5fdf71	1080203	3024	3024	NIKON CORPORATION	NIKON Z 6_2	2022-03-28 05:32:18.290351+00	2022-12-05 13:44:50.290351+00
880565	44	5069	PXL_20220912_065632891.jpg	u/2c/3fbc9ef1-b37b-4dfb-b247-7fc9dc476a47.jpg	738b9b2bdfdf20f69d3965a1b9d06f8c3d6406ad73ce7183ac5d58b70886a0ad	8418107	6000	6000	NIKON CORPORATION	NIKON Z 6_2	2022-09-12 14:40:17.372857+00	2023-07-07 15:42:13.372857+00
880566	44	5069	DSC23982.JPG	u/2c/cf1b0124-e316-4c40-a468-7c5ad48f7e75.jpg	db57b975ca44baf45b9a36a2a0c8a85fe199f0f2e86c616440a53e2118d97fa1	2616682	4000	3024	NIKON CORPORATION	NIKON Z 6_2	2023-02-03 19:03:16.123030+00	2023-06-30 01:10:06.123030+00
880567	44	5069	_MG_3645.jpg	u/2c/5d379dcb-ebb4-4e4e-b449-79df38bff65d.jpg	80222594c589d6325e048a6d52a7d8cf1cd41588dbd420e5b0b0f11273bd8205	13141639	4032	3024	NIKON CORPORATION	NIKON Z 6_2	2022-08-29 19:58:45.595257+00	2023-06-26 09:51:30.595257+00
880568	44	5069	IMG_6133.HEIC	u/2c/8a49ebfa-c7c5-45c6-87ec-6371114ec055.jpg	70bc49e5d4cc7e7dbe873ba3dea344138c6fc990069a308eacf67ed8fc85717d	11946084	3024	6000	NIKON CORPORATION	NIKON Z 6_2	2023-01-01 13:04:13.027824+00	2023-06-18 23:22:52.027824+00
880569	44	5069	PXL_20221030_166179393.jpg	u/2c/399a28ed-fe38-465b-b177-cf7908f9911e.jpg	73889ea3b4df9f73c904c0155df80a41631bb13bb63d4cce2caf5764a9386559	2655841	6000	3024	NIKON CORPORATION	NIKON Z 6_2	2022-10-30 07:03:55.566974+00	2023-06-18 09:49:19.566974+00
880570	44	5069	PXL_20230208_066498463.jpg	u/2c/70f7f253-5f13-4c16-9834-aa809f2db4d0.jpg	e0c54bf6b38c99a8bf3da9c2cebdf085cc10d759133862895a2cc467e724ad60	3983758	6000	4000	NIKON CORPORATION	NIKON Z 6_2	2023-02-08 07:39:32.852948+00	2023-07-08 07:44:28.852948+00
880571	44	5069	_MG_4319.jpg	u/2c/508ec1ba-1898-424c-92cd-f747d6f22945.jpg	ba0e9787598bab4768867329dceff42b72a353e782950102a7f4f77f3bba2663	8249006	4000	4000	NIKON CORPORATION	NIKON Z 6_2	2023-03-16 09:09:22.576596+00	2023-06-19 21:51:12.576596+00
880572	44	5069	DSC70015.JPG	u/2c/0381e397-565a-4d09-939d-125b79cdebc5.jpg	5a55be80b5048f91de0f3126bd9804a02fa6bb0e15b2045197f0a1b3d4a45006	2853372	4032	6000	NIKON CORPORATION	NIKON Z 6_2	2023-04-02 17:12:04.224245+00	2023-06-19 05:27:18.224245+00
880573	44	5069	IMG_7336.HEIC	u/2c/5e701344-2f59-4d13-a1a2-62de285b95ee.jpg	62102d6665493fdc703d327989aa17d628039a90017e475f7328506ac7572945	11432307	4032	4000	NIKON CORPORATION	NIKON Z 6_2	2022-09-10 06:50:09.036152+00	2023-06-25 13:12:59.036152+00
880574	44	5069	DSC01838.JPG	u/2c/be6f26bb-d74c-4b91-8dd2-158b265b1cea.jpg	9202a8c0f3c31803d129edf277fdc9ae56595d2b1924049bed01145722b360d7	3775179	4000	2268	NIKON CORPORATION	NIKON Z 6_2	2023-02-13 16:21:48.631933+00	2023-07-03 11:38:30.631933+00
880575	44	5069	IMG_0606.HEIC	u/2c/01e34af4-ab48-43d7-a166-ce29d8832506.jpg	0b4512897c895d3c108eb198c571a514d156286687be9234058ec8a18af6607e	1111220	4032	4000	NIKON CORPORATION	NIKON Z 6_2	2023-03-14 04:59:35.148162+00	2023-06-26 10:40:08.148162+00
880576	44	5069	IMG_5485.JPG	u/2c/5dc89ed0-bde8-49b7-9a50-16628e3b8af6.jpg	9ada0011563d322b2ffd59603adb3a51544384d99fd2ae3b9655c99de1055571	13958866	4000	4000	NIKON CORPORATION	NIKON Z 6_2	2023-01-02 04:53:21.322801+00	2023-06-12 16:32:48.322801+00
880577	44	5069	DSC93920.JPG	u/2c/a811a4e9-00c5-4d03-9300-34091b881cd8.jpg	7cda6f65bd0d226fc68c51d21bd66cf47e1ee44e52a1c170176db96ca2386762	10916513	4000	3024	NIKON CORPORATION	NIKON Z 6_2	2023-04-14 22:20:19.918231+00	2023-06-05 15:04:59.918231+00
880578	44	5069	PXL_20230214_022763071.jpg	u/2c/09fa2398-af85-4ee0-ae2c-4e2119c68631.jpg	2d5a45df62730ea5a57797a8b06e49c4168bcc7c9c63c70c3c6c0d7cec0338f9	10709611	4032	3024	NIKON CORPORATION	NIKON Z 6_2	2023-02-14 10:53:34.113678+00	2023-07-10 16:42:31.113678+00
880579	44	5069	DSC04540.JPG	u/2c/b0ae6efc-c90e-43d7-bd80-2be23d9e5303.jpg	1057e3f77e004ba1d1b4039fe56f383e3109d34117ff72fe6401ec563e5cf80e	5434044	4000	2268	NIKON CORPORATION	NIKON Z 6_2	2022-10-29 05:43:28.605149+00	2023-06-14 15:38:58.605149+00
880580	44	5069	PXL_20221003_178749701.jpg	u/2c/9f543e94-f04b-4aff-bffc-7db56a395e65.jpg	6db8de8e9ee7d84c3f1bbbc2e0a89a5af59c7196058b88c1bec5c583140d7be9	10543393	4000	2268	NIKON CORPORATION	NIKON Z 6_2	2022-10-03 10:50:32.721709+00	2023-06-15 10:37:42.721709+00
880581	45	5070	IMG_3106.HEIC	u/2d/8178c1c4-d941-4314-b163-9478c19dcf33.jpg	7bbfae876fdb1fce4bee3e3d5216e85003a5e151138d5a2ed6f6c0eb00f17c85	13370774	4000	3024	Apple	iPhone 13	2021-08-28 18:46:19.023318+00	2022-05-12 01:04:04.023318+00
880582	45	5070	IMG_8526.HEIC	u/2d/e3332760-8697-4373-afdd-17a46c1897f0.jpg	14d02029023a6ab2fa5b57bccb5a3bc4fa0c3c6b81af2077662f1a641885d68f	4599387	6000	2268	Apple	iPhone 13	2022-02-21 02:27:35.154292+00	2022-04-26 01:51:54.154292+00
880583	45	5070	_MG_1709.jpg	u/2d/e0b2a740-4ae3-47d8-b470-8451bcfbf8fc.jpg	bd256efb818f4034673748dc060652c2db69da8452d37b87b6f56614ba23270a	7261368	4000	4000	Apple	iPhone 13	2022-01-08 17:47:18.572321+00	2022-05-19 11:28:45.572321+00
880584	46	5071	PXL_20210815_121033698.jpg	u/2e/1cc060b0-b842-45cb-b058-574d1f9dac41.jpg	249c981b62f95bcbfa4fe5006efc57a5f63972df3b173c1c4451bde1420314f6	11841947	4000	2268	samsung	SM-S918U	2021-08-15 10:31:16.816155+00	2021-12-06 13:04:41.816155+00
880585	46	5071	IMG_5272.JPG	u/2e/991f11f7-21df-4674-859f-30c636b9644a.jpg	c73346d09acaaf8310c7a527eb1843b676044f006dee3d7ff2616b81cfcaa748	12064714	3024	2268	samsung	SM-S918U	2021-08-15 17:05:20.505904+00	2021-11-11 09:25:14.505904+00
880586	46	5071	IMG_0063.HEIC	u/2e/c3009126-6e59-420b-abb2-ae377ee0719b.jpg	628cbcd8bf243126b05876517e9e19bf5eb5ddf04ae8511a55c03ab16bfc09ca	2716454	4000	3024	samsung	SM-S918U	2021-04-26 02:49:01.373985+00	2021-11-14 01:31:05.373985+00
880587	46	5071	IMG_4095.HEIC	u/2e/9ea200df-8fed-4239-8633-76207b073d06.jpg	01429d4e4fafe1b6baff904cb14307f35f160fc80bc1e26bbbe6be5eca13a779	11031188	4000	3024	samsung	SM-S918U	2021-03-10 03:17:58.388544+00	2021-11-09 17:11:18.388544+00
880588	46	5071	_MG_0537.jpg	u/2e/c38c3c86-fec0-49ba-ba1e-71f6e302b1ea.jpg	67a436addc689d3a8bd1401c299801a331856876a12b4730e3a78e4f1b6901eb	7531218	4000	2268	samsung	SM-S918U	2021-03-24 05:22:56.892731+00	2021-11-14 03:11:15.892731+00
880589	46	5071	_MG_4071.jpg	u/2e/6b0391f9-faac-4826-a16d-5fd918a783cf.jpg	43581ec65c2a8ed6f1700d3a7ab767f959876b401cf072f396a5e597acc6578a	10796323	4032	4000	samsung	SM-S918U	2021-11-14 03:00:10.443960+00	2021-12-07 20:55:58.443960+00
880590	46	5072	_MG_9479.jpg	u/2e/dcf1d2a7-506d-4f00-9a36-a5cab15c27f8.jpg	971955351166425936f4236f944a8aa57497a0be003ff7a5998d4447b8ae1d6b	5367150	4000	6000	NIKON CORPORATION	NIKON Z 6_2	2023-07-07 03:12:31.078891+00	2024-04-14 08:37:32.078891+00
880591	46	5072	IMG_4373.HEIC	u/2e/c9ef0ef0-6dfb-4a69-b337-e04add54e445.jpg	7080193ee5654a985a2413031486ee4bd1ca6be52f4e06c406d5944f3e568937	3615618	4000	2268	NIKON CORPORATION	NIKON Z 6_2	2023-07-27 05:02:59.465180+00	2024-04-03 05:33:01.465180+00
880592	46	5072	IMG_4030.HEIC	u/2e/55010c5a-0aac-43ce-ab6e-d65af2cf1e73.jpg	4c1206b078470ba4ad09140ce7b4bb62422b76c8a01a8065f2166008cb679390	6076397	6000	2268	NIKON CORPORATION	NIKON Z 6_2	2023-11-12 02:53:45.699499+00	2024-04-19 01:00:45.699499+00
880593	46	5072	IMG_2558.HEIC	u/2e/98d641bd-2835-4341-b4c0-91c3a7ec1079.jpg	9519ed8b0dce52ceb2c0487d866291821ef58b51045260793eecc15168c0a532	8633429	6000	3024	NIKON CORPORATION	NIKON Z 6_2	2024-01-02 13:56:00.284676+00	2024-04-01 04:49:09.284676+00
880594	46	5072	IMG_7026.HEIC	u/2e/1c95b1a2-2c23-4d57-9a4b-e21239da4c62.jpg	17580e26c6a6488fdf958a5300b76ce69dad608db67e11cb7e715f6ee3f32f3a	4898450	4032	4000	NIKON CORPORATION	NIKON Z 6_2	2023-09-02 23:35:47.318345+00	2024-04-12 12:52:25.318345+00
880595	46	5072	DSC06586.JPG	u/2e/20bc4173-fb81-4b0a-a51a-134251ea8ceb.jpg	9b27d6634dc528d1c1b094ac3ee73d862fe331e2954e3353bce4f4a2e8da7efe	4457323	6000	2268	NIKON CORPORATION	NIKON Z 6_2	2023-12-27 02:00:05.443139+00	2024-04-11 18:51:25.443139+00
880596	48	5073	_MG_8035.jpg	u/30/40b95748-26bf-4792-9d2d-4d3f0c6720c4.jpg	70611b371ea2621b8651795ec8fbf9d027a9ebf05fea9c755085175bc1af31a4	4026186	3024	6000	Canon	Canon EOS R6	2022-11-13 18:32:32.966203+00	2023-01-27 14:40:11.966203+00
880597	48	5073	IMG_1799.JPG	u/30/d6167543-01b8-42f0-94d3-a899e97189cd.jpg	8150b198166660da91b96a9b8c9aabdc49ca37546a5b0cb529a0064d811aae86	4347234	4000	4000	Canon	Canon EOS R6	2022-11-05 07:02:35.527440+00	2023-01-25 08:01:53.527440+00
880598	48	5073	IMG_2816.HEIC	u/30/46400f40-e964-4cd4-b166-ce4fb48148d8.jpg	a49f0d313edc5e825430ccefb4ecda744676aa00879fc9d78894b2a6ae8d8ab6	3758691	6000	6000	Canon	Canon EOS R6	2023-01-19 04:19:15.496629+00	2023-02-11 21:24:38.496629+00
880599	48	5073	DSC21322.JPG	u/30/9730fc55-191f-46a3-850a-0b40854bda47.jpg	e180f398e161a4dcb160b7438336ddab850312587706a1f727c1be87ba61b980	2219466	4032	4000	Canon	Canon EOS R6	2022-04-12 12:18:41.313991+00	2023-01-28 22:14:56.313991+00
880600	48	5073	IMG_8178.HEIC	u/30/568c62b7-2511-42c9-abe3-a168e606c9e8.jpg	e1118bf48094e032b302103d610ddf29ba17ccb29145f8247a8f1460e2b43408	9665757	4032	4000	Canon	Canon EOS R6	2023-01-26 23:29:15.634624+00	2023-02-09 08:32:02.634624+00
880601	48	5073	IMG_5389.HEIC	u/30/78c25da9-3687-424e-a4a0-418ded3351db.jpg	b85a962b2ffedff5f06c2f77f5dc5a4642f0477aabdc1615038da0f37e97db7e	6781797	4000	2268	Canon	Canon EOS R6	2022-05-21 07:23:45.203943+00	2023-01-16 12:43:05.203943+00
880602	48	5073	PXL_20220727_139339592.jpg	u/30/87b5ef35-eac8-4da7-b396-9a4ae0b8922e.jpg	e76f6b9755be80e1d02ac06106eed239d0c0b811c9cbc965e521f08c0689558b	1766970	3024	3024	Canon	Canon EOS R6	2022-07-27 12:19:10.669746+00	2023-02-13 18:52:15.669746+00
880603	48	5073	_MG_8105.jpg	u/30/e584bbff-ad79-4042-8681-0173254a6f97.jpg	75efd9ea6afc164da886cf1d942fbd64e5ad0837704b9ae0573a029586c1e183	2262225	6000	2268	Canon	Canon EOS R6	2022-12-08 08:03:47.188937+00	2023-01-28 00:03:46.188937+00
880604	48	5073	IMG_4328.HEIC	u/30/21c9e7f6-8eff-406a-a7f1-21b90a78adc0.jpg	6dcf4833592ce2fcaf7209b75f4993b4de733c2e0b65d0c0f0045c6757d38acc	13060741	3024	6000	Canon	Canon EOS R6	2022-05-08 13:20:34.742213+00	2023-01-18 01:12:25.742213+00
880605	49	5074	PXL_20221006_218497549.jpg	u/31/5f393412-1c7c-4f9d-bc5b-3918acc3cb76.jpg	d9c3a7472eea8d1c358d92c3109bc384bdca2553471b2f521aa5ebb50ad110f1	12436511	4000	2268	Canon	Canon EOS Rebel T7	2022-10-06 14:26:43.401644+00	2022-12-24 10:17:28.401644+00
880606	49	5074	IMG_3101.JPG	u/31/3e95b367-513d-4ea2-854a-7642ba71c58f.jpg	70193ce170a62f4a65eaa443a43fb4000a3d7d290594ae06bfd8112327501939	2081932	6000	2268	Canon	Canon EOS Rebel T7	2022-05-16 13:00:21.169532+00	2022-12-30 08:08:02.169532+00
880607	49	5075	PXL_20240109_163918305.jpg	u/31/4ea60b3a-7fc9-4e6f-ba69-bdc2bb5e13bd.jpg	878536e10c21ca2e16ee5b78508dc789474e8f72a618f2d78507bd668dcd7733	4764453	4000	6000	Google	Pixel 8	2024-01-09 13:34:34.744235+00	2024-05-26 17:12:15.744235+00
880608	49	5075	_MG_3087.jpg	u/31/87a48a96-d7f6-4a33-86be-86170284381b.jpg	9419b4872efb487e8f0d9734185f88f0cf8821bb681707c7a876535724783f00	10983091	6000	4000	Google	Pixel 8	2024-05-08 01:59:02.069589+00	2024-05-31 13:09:33.069589+00
880609	49	5075	PXL_20240423_196597825.jpg	u/31/5d254fa6-b5f7-4d4e-8bcd-df0555f2b1fd.jpg	d091c84b3a7ba497eaab6896e7721c626989b339c0b35fc40340417ddf77c434	12691210	4032	6000	Google	Pixel 8	2024-04-23 14:14:48.369645+00	2024-05-26 13:13:45.369645+00
880610	49	5075	PXL_20231130_041201276.jpg	u/31/da86fddc-322e-4840-8538-76ccc312c0eb.jpg	1592dd469d5182eac9a2de49779c340878ce28d18f13f4e7eba4062596d3b204	2793336	6000	3024	Google	Pixel 8	2023-11-30 04:16:21.438888+00	2024-05-16 03:28:56.438888+00
880611	49	5076	PXL_20231223_214055215.jpg	u/31/b2047bea-a891-4680-b9c7-79f047f852ed.jpg	27f3404d0254ad98c33f84884bac9a37b0070f003a3d095f45e728cca4e42278	5689336	3024	4000	NIKON CORPORATION	NIKON Z 6_2	2023-12-23 12:43:14.917491+00	2024-04-15 06:35:01.917491+00
880612	49	5076	_MG_9685.jpg	u/31/806a81df-87f6-4e22-9049-004fba76458c.jpg	b5906305d2ffe17ec186f64d0be73f9b7126023d327ca844645d80b5ca05a78a	7620820	6000	2268	NIKON CORPORATION	NIKON Z 6_2	2023-11-16 00:44:00.410120+00	2024-04-12 02:04:58.410120+00
880613	49	5076	IMG_0913.HEIC	u/31/c271f46e-f44f-4e3f-9f3a-b939912d6509.jpg	71d1f74aecbf3bf1d221222a1f1c3fc90652226092e2d8a50e297c21a063aa14	6276628	3024	6000	NIKON CORPORATION	NIKON Z 6_2	2023-06-17 08:36:51.400221+00	2024-03-25 06:44:12.400221+00
880614	49	5077	IMG_7357.HEIC	u/31/b13fbc9b-9d1e-46a7-a12b-754224ba62dc.jpg	b4ef5c4e637848cb6843f75a569b66ffd312c13b88bfb5166160486c9583d54e	10723816	6000	3024	Apple	iPhone 14	2024-03-02 21:42:22.531860+00	2024-09-26 15:35:19.531860+00
880615	49	5077	IMG_1172.JPG	u/31/6db7df8c-b624-4ff5-b56d-582726d80ffa.jpg	2a2aba46740be4066a5d141bf2ca895245a7fba12a2aa0c47dc737015bdd23d6	1569459	6000	3024	Apple	iPhone 14	2024-08-03 02:24:56.393764+00	2024-10-03 23:54:01.393764+00
880616	49	5077	IMG_2669.JPG	u/31/df3f8271-4c26-45a7-b51f-24840ab82303.jpg	6e40cc1dfd80ad21bcebeb314a0446acbd6e784bcf0cc8653777964709207292	12458911	3024	2268	Apple	iPhone 14	2024-01-27 20:14:19.485022+00	2024-10-28 19:13:15.485022+00
880617	49	5077	IMG_0823.JPG	u/31/53eae915-2ef2-454e-b049-7d970dedcf9d.jpg	41e1edd1541ec87e7347a78adc42477cd1c3b1e7c91016f7a248ae7bba081c2c	1998691	3024	2268	Apple	iPhone 14	2024-08-04 06:54:09.953035+00	2024-10-13 00:01:57.953035+00
880618	49	5077	_MG_5590.jpg	u/31/d6539d12-d486-4012-af08-7562098e9101.jpg	ae60822107fe55dafda999ad17e059db504370e6908b3d63aafdf8cd3349bdb5	12950683	3024	6000	Apple	iPhone 14	2024-07-29 11:58:57.581345+00	2024-10-24 19:47:49.581345+00
880619	49	5077	PXL_20240801_093445845.jpg	u/31/7f4c1242-a20c-4edf-894a-f86c54ee2022.jpg	b5cff1eab93659c55112d53651eee41114dc076ab705c8457112ab6e83568c0c	5254363	6000	3024	Apple	iPhone 14	2024-08-01 19:10:27.157698+00	2024-09-26 04:53:43.157698+00
880620	49	5077	DSC68964.JPG	u/31/b8447ca3-bba5-4c52-8e39-9ae1fb7256eb.jpg	b981d443c5bf5d7ca98d83bee5b58c6ef0313f8412dd9dbfbf81934afa1d5ea7	6343476	6000	2268	Apple	iPhone 14	2024-07-21 08:19:07.379057+00	2024-09-29 09:33:14.379057+00
880621	49	5077	DSC55131.JPG	u/31/7e2611d3-1319-4626-a3a8-f1652df9f2f4.jpg	9a4fec693324875995cfcea32a74514974cb39d1fca38d7225a8dada542c5e04	6626410	4032	2268	Apple	iPhone 14	2024-02-06 00:09:31.856699+00	2024-10-05 03:42:20.856699+00
880622	49	5077	PXL_20240512_107609470.jpg	u/31/7b4797e6-d533-43f3-9321-2d37b44bef6b.jpg	492094523c935bbb32b83c15829949e64a7f64e7808d7131f607572edfe7b790	7143122	4032	2268	Apple	iPhone 14	2024-05-12 06:26:18.560565+00	2024-10-08 01:24:22.560565+00
880623	50	5078	PXL_20240415_071442781.jpg	u/32/d3d2086f-54bb-4a49-a113-d283a7c9ba4d.jpg	a1f0e568c6c4c6793dfbeb77a5fcb418c17b42a62a4e88aaf26eb37bf6ea9477	11577785	6000	2268	Google	Pixel 8	2024-04-15 06:41:15.420947+00	2024-08-06 03:58:18.420947+00
880624	50	5078	IMG_2916.HEIC	u/32/8559d6e7-1a91-47a0-8731-142a316da988.jpg	fcc321a828d3a20f06bde477414106f804693eaa454fb863d01c2f19e7739df2	10326276	4032	3024	Google	Pixel 8	2023-12-17 02:00:48.495435+00	2024-08-03 13:20:35.495435+00
880625	50	5078	_MG_1364.jpg	u/32/b1b37e33-993c-42bd-8a13-2d56fe5eb7e4.jpg	9c1291d962737672af36886bbd304726dbdf278a2ed92b452f66c8bcee3c6a95	11796745	3024	3024	Google	Pixel 8	2024-06-22 06:38:36.805940+00	2024-08-04 21:57:03.805940+00
880626	50	5078	_MG_0599.jpg	u/32/4a589d22-6e09-40a9-b360-abf1aa31f080.jpg	5952bc4a208363be6d4e2598ff562cb698c72fd224f59e77cde5e9219e523c7c	880960	6000	2268	Google	Pixel 8	2024-06-03 22:59:19.660232+00	2024-08-04 14:59:38.660232+00
880627	50	5078	IMG_4062.HEIC	u/32/472122ff-2644-49be-b09c-52bab0272b59.jpg	c06dcf986ab37fe1152ec99cf631d74398d1294d3590cc7c28c1676ff573fac3	13730911	3024	2268	Google	Pixel 8	2024-01-14 19:29:53.725609+00	2024-08-28 08:53:24.725609+00
880628	50	5078	IMG_7006.JPG	u/32/c6c68e07-e80a-448e-9cc2-f33749e750f7.jpg	bd7707f87322cb7332b3d9ac5fe41c87d363a90b46550bfff94395284267a662	7107449	3024	2268	Google	Pixel 8	2023-11-15 08:30:29.221422+00	2024-08-18 12:49:35.221422+00
880629	50	5078	IMG_2355.JPG	u/32/bc3c7507-e056-4d30-a93b-21364ba8b1ed.jpg	53b78ea9a3d687dfd5220a3cb928173b5423c441e0ed904a9c083d4e46cd985c	9403054	3024	3024	Google	Pixel 8	2024-02-05 11:57:27.462965+00	2024-08-12 00:53:56.462965+00
880630	50	5078	IMG_8988.HEIC	u/32/ad41b508-c0fd-4e97-bc95-26520ecfb2e4.jpg	04363e8d3cb7c4e3ab6c5960c57df855bc7cd148483665960fb4467e32cec951	9918171	3024	6000	Google	Pixel 8	2024-04-19 05:03:05.816219+00	2024-09-01 07:13:06.816219+00
880631	50	5078	DSC35401.JPG	u/32/ded12468-ad44-486f-b96f-84bbc8069c83.jpg	adb4d67e7c4723306e9722641e4423d9a9c347eb80d88958cfe02364d1b377c3	6631872	6000	6000	Google	Pixel 8	2024-07-17 13:57:57.490055+00	2024-08-31 08:50:51.490055+00
880632	50	5078	PXL_20240113_137492334.jpg	u/32/6494fb5f-58a5-4366-a8f2-432476c31013.jpg	03719a020e7b4cddbb0da915f25f0bad776a556b03ad1f60dd99f1396c49c108	12644410	4032	2268	Google	Pixel 8	2024-01-13 23:59:48.035813+00	2024-08-15 06:46:32.035813+00
880633	50	5078	_MG_8946.jpg	u/32/64137697-b816-4a44-b05f-c5b18ba649ad.jpg	a2eee1fec2da04ef3829701f45c4f65b1aef84f901622ec9bfd8d35ef9f9cd61	6066834	4032	4000	Google	Pixel 8	2024-05-08 09:07:58.511860+00	2024-08-30 14:22:29.511860+00
880634	50	5078	IMG_2500.HEIC	u/32/3fb45494-87f0-44a4-b37f-a7d9a1c3ae8e.jpg	bda538787983a5425eb68e7e5a1b2da9d134159fa0d420bc992cd267910e3093	11347598	3024	6000	Google	Pixel 8	2024-04-29 02:49:18.611885+00	2024-08-19 07:43:54.611885+00
880635	50	5078	_MG_6090.jpg	u/32/d41c11da-9ab4-449d-aefd-24febc5d5a71.jpg	5f6b55bf62ed9521ffbab120d352b7062386ea159f03db85eed86b3bb18abc96	13273910	4000	2268	Google	Pixel 8	2023-11-09 11:16:40.208112+00	2024-08-23 18:18:44.208112+00
880636	50	5079	IMG_5959.JPG	u/32/c3547fd3-9c90-4f73-bd4c-8cccb1244002.jpg	9b3d273dd126e86d6340a1b8e1f4174596a18cbd5347e21340c7049adff03cf0	6039792	4032	3024	SONY	ILCE-7M3	2020-10-26 08:47:39.375073+00	2020-11-30 23:00:49.375073+00
880637	50	5079	IMG_5833.JPG	u/32/6a1299d3-03e7-441d-b2e8-6ffeac33b6ac.jpg	d5a48b28f78aa6f5901d0602dd69d137b404adcba9884b2ee8b72a6031c904e1	6531213	3024	2268	SONY	ILCE-7M3	2020-04-21 11:04:18.622151+00	2020-11-06 09:32:33.622151+00
880638	50	5079	IMG_9163.JPG	u/32/88ee7cf0-c531-4a4d-b2fc-c47f9c915d79.jpg	3e2bd8096818a9425d806fa565a63a8f552f916b4e8d2561e7b34d48022fdddd	5553297	4032	3024	SONY	ILCE-7M3	2020-04-18 23:13:05.215755+00	2020-11-08 04:14:34.215755+00
880639	50	5079	IMG_5271.JPG	u/32/6c7e2e49-8605-46f1-865a-159a87584307.jpg	507a26192ff5f50a7784d3037226c4abbcf10092b11939e556bab36f7aafc975	3244950	3024	4000	SONY	ILCE-7M3	2020-09-29 14:30:47.200836+00	2020-11-13 07:18:58.200836+00
880640	50	5079	PXL_20200321_131460712.jpg	u/32/40b93627-1a39-41d2-a335-545517168dd4.jpg	213742daf9ee1d7169544c538ec7f269a1e48017890a9bfeea45d6a32467783c	13107567	4032	2268	SONY	ILCE-7M3	2020-03-21 22:37:18.549292+00	2020-11-03 18:14:23.549292+00
880641	50	5079	_MG_0661.jpg	u/32/49a30b5e-c239-4233-a68f-9c70379b797e.jpg	74ca0d7994d5e765518427c8a2d48f848a95a41df3122fd1ceeaa01aed9dcfb4	12565709	4032	4000	SONY	ILCE-7M3	2020-02-14 09:54:12.651984+00	2020-11-04 02:55:44.651984+00
880642	50	5079	IMG_9118.JPG	u/32/243de534-6e7f-481f-b337-702adaadfb62.jpg	2d00db945b5243effd038c6016994afec151fb973a32a3a9910bf10647982fdc	10334541	4032	3024	SONY	ILCE-7M3	2020-04-27 19:58:07.545684+00	2020-11-28 04:40:08.545684+00
880643	50	5079	DSC05687.JPG	u/32/5ae64cda-c507-43b9-a5cd-6e2eeca2a58f.jpg	e5d10f21455bc6cf0f2faf5b60cf54d9e9bc7ccf833da73edd7e842db0fe1678	1511516	4032	6000	SONY	ILCE-7M3	2020-05-18 05:18:23.195020+00	2020-11-10 00:00:06.195020+00
880644	50	5079	IMG_2542.JPG	u/32/59746a04-9fa5-42ce-bb1f-d1835c723878.jpg	5e4143e166135124daebd2490fb4f3badaeacf70fac8e337095600ed5fb9c50e	6877840	3024	2268	SONY	ILCE-7M3	2020-10-04 08:51:29.843828+00	2020-11-16 14:00:10.843828+00
880645	50	5079	PXL_20201014_076379790.jpg	u/32/0286638e-574d-4e87-a98c-fd94a376156f.jpg	648f028bd2a312cc92adacada3216ef09c53809df2257e1f5736c744fa7107e0	2406432	3024	3024	SONY	ILCE-7M3	2020-10-14 05:31:58.530127+00	2020-10-23 09:39:47.530127+00
880646	50	5079	PXL_20201006_157736603.jpg	u/32/68402144-8855-4e4a-b898-2667286a4f12.jpg	170785f360daa3a853b76b248ac4d59f1dcd439ae11342fbebe2f8f848f5076e	3160553	3024	3024	SONY	ILCE-7M3	2020-10-06 06:54:09.353962+00	2020-11-08 12:38:11.353962+00
880647	50	5079	_MG_5975.jpg	u/32/015bdfe9-dfe6-4b66-82f7-a7cbb103a0e4.jpg	2026dc1b535dc4c0b5d0880df1fa04c7bcade4ab49048203167410c5fd2c84f3	9624683	6000	4000	SONY	ILCE-7M3	2020-07-08 23:23:23.953475+00	2020-11-01 23:19:41.953475+00
880648	50	5079	PXL_20200721_230906671.jpg	u/32/02e07451-a41a-441b-9643-8ff7dde40bd2.jpg	5c013222780e035c0ba198b95c8367d82c54dcef28a3af790210fdf385bda431	886524	6000	2268	SONY	ILCE-7M3	2020-07-21 14:57:01.108437+00	2020-11-17 21:46:42.108437+00
880649	50	5079	_MG_9635.jpg	u/32/48f65de8-e553-42f6-80fd-15e2192b673b.jpg	e9087acb6e6042bf4427782eaa2dc61383788a370372b4887465f1f471e37a62	9409536	4032	3024	SONY	ILCE-7M3	2020-07-31 10:58:38.788410+00	2020-11-25 03:22:02.788410+00
880650	50	5079	IMG_6418.HEIC	u/32/503a8043-f8de-40fe-bb26-ad0845d0a716.jpg	6cd2e9b0e786addda877d4ad40dc2f71b54f005ba4354c2a90a4eeb70af5bafb	4754636	4032	4000	SONY	ILCE-7M3	2020-05-10 02:59:24.285206+00	2020-11-20 11:56:34.285206+00
880651	50	5079	DSC11998.JPG	u/32/86fb5aa6-778f-4720-971f-69d3aafbce1b.jpg	01e1fa97e8df998d9d9c4b1aff02b07305f441249a70521f746136de6aa65cb7	9917173	6000	6000	SONY	ILCE-7M3	2020-09-11 21:19:54.940326+00	2020-11-08 12:23:33.940326+00
880652	50	5080	PXL_20211122_149338455.jpg	u/32/d2b8cf95-7fdc-4c47-b606-24d98bb0ec4d.jpg	ee0f48750db0545dc34947c62773d220feaa00bd07f30e3f336075befab224f7	7926349	4000	4000	samsung	SM-S918U	2021-11-22 06:26:59.380981+00	2022-03-28 23:43:41.380981+00
880653	50	5080	_MG_8303.jpg	u/32/acf3af50-3146-419d-b173-a3b1c5f437fb.jpg	bd334e3524338ce3ea2d3098e77fd03b30d830c2d669619b7129b12e77d10bee	4796300	4000	4000	samsung	SM-S918U	2021-11-19 13:50:47.397461+00	2022-03-07 16:33:42.397461+00
880654	50	5080	IMG_3856.JPG	u/32/c67cbce0-40dd-4107-8fae-1c477b6d189e.jpg	aee95c63e329d87b244c6a17111a4b310f882605972e871ab6dfe27013abcfff	10278548	6000	2268	samsung	SM-S918U	2022-02-05 06:01:26.979959+00	2022-03-09 04:11:08.979959+00
880655	51	5081	PXL_20200707_001854324.jpg	u/33/bc15a6e9-39f6-4dd6-ab33-97e9b92d50aa.jpg	800df38dfbd7fd747923a6a1e8cb36f5120841c84ca37ba3a36c8ed84c3c1749	3886965	6000	2268	FUJIFILM	X-T4	2020-07-07 09:19:38.786374+00	2021-03-08 21:55:29.786374+00
880656	51	5081	IMG_7408.HEIC	u/33/69049f9c-3fff-43a0-81ca-ecb072d0889f.jpg	1ade4fc3d8489e49db461c42cd508f34ac03ccf98b854c6da9171ac4f38e23c3	12667048	4000	6000	FUJIFILM	X-T4	2021-02-04 14:25:58.797249+00	2021-02-17 04:33:33.797249+00
880657	51	5081	IMG_4668.HEIC	u/33/ef9dcc31-3aba-4807-8940-8ef6fcec0ba2.jpg	c442ed901c81ebb50f2481ca94f95e41bbf8752ce9968f2d56ca9f9b3be4d369	8915317	6000	3024	FUJIFILM	X-T4	2020-11-25 21:54:53.842228+00	2021-03-02 14:02:42.842228+00
880658	51	5082	IMG_0437.HEIC	u/33/3a70c08e-43a1-4194-b856-614c2c361882.jpg	1a2bd891ed690f9e56fd935006fb6e3724d30c785f6d28dc012376810743452b	4982150	4000	3024	Google	Pixel 8	2023-10-08 22:42:37.413355+00	2024-06-08 23:17:09.413355+00
880659	51	5082	IMG_8874.HEIC	u/33/022923ef-7db4-4830-a7d1-ab1bb578576c.jpg	f977f7916c9bbd1d45ef6ca42a1eb4f0d62c229df0c174d5a96d63df7fbe405a	13071871	4000	2268	Google	Pixel 8	2023-08-26 08:21:53.784927+00	2024-05-21 02:38:45.784927+00
880660	51	5082	DSC75981.JPG	u/33/d3063194-495c-4dfb-a002-b7c4ab97ad53.jpg	d47fdc8b1f30b6b776ad2fea58870846652e850a7db11dd00c34800f2c433107	4896352	6000	4000	Google	Pixel 8	2023-11-30 14:55:03.012821+00	2024-05-06 07:54:21.012821+00
880661	51	5082	PXL_20230902_040633785.jpg	u/33/40a95993-fcbd-41bf-9a1e-e37b8f6e35f4.jpg	4cb1a573057f4c13c974a1345a461fc60b2fc53e39363901cdcc1384fd080589	7375998	4000	2268	Google	Pixel 8	2023-09-02 19:02:59.977061+00	2024-06-11 17:03:25.977061+00
880662	52	5083	PXL_20240906_112897406.jpg	u/34/afca8483-de0d-4fdd-b891-ea7fe76ca509.jpg	284a9052b71d8b961fc53a8b6512a0cb7f4369e065d9b50e5320d84d4715b782	2977614	3024	6000	NIKON CORPORATION	NIKON Z 6_2	2024-09-06 01:03:05.208348+00	2024-09-21 01:24:38.208348+00
880663	52	5083	IMG_3769.HEIC	u/34/c5be25a0-5054-4e22-bd50-1f2adfec5a2a.jpg	d18830c811c2185993404f38338cb153d00e2c43271ca1ecf9525c971688ac01	10656014	4000	4000	NIKON CORPORATION	NIKON Z 6_2	2024-03-28 06:53:31.597984+00	2024-09-22 03:48:06.597984+00
880664	52	5083	PXL_20240401_190945327.jpg	u/34/ae5300cd-6c5b-45c0-b242-2b4c20efc07b.jpg	36d9aa0e48491fc4ecb16cdac5de73c029c75e3a005d6c03ed2f9e68b197d44d	10335122	4000	3024	NIKON CORPORATION	NIKON Z 6_2	2024-04-01 08:34:44.802844+00	2024-09-17 02:21:34.802844+00
880665	52	5083	IMG_8303.JPG	u/34/a6f7ec3c-f954-4bad-afc1-1ccd09cc8bff.jpg	ef1dc148f89a253d71c1839f05109c8d6bfa99e55892662d9025e486abcbb3da	7340072	6000	2268	NIKON CORPORATION	NIKON Z 6_2	2024-02-20 16:11:33.701079+00	2024-09-10 07:17:08.701079+00
880666	52	5083	DSC11473.JPG	u/34/33a5e00f-4a1b-4fa4-a55c-b79182d31e15.jpg	b3dd04badab6fab46630c97e7d4199c3d881231c8b358e55c2df06ff5277f267	1923083	6000	6000	NIKON CORPORATION	NIKON Z 6_2	2024-01-09 23:02:12.885188+00	2024-09-30 06:33:55.885188+00
880667	52	5083	_MG_2254.jpg	u/34/842aaed6-b2bf-4f0c-a00e-5f35e6118bec.jpg	dd340720fab7f34fc6ba7c5aad775e82e4573de81c968052e827fd8807369c0c	4088791	6000	4000	NIKON CORPORATION	NIKON Z 6_2	2024-06-22 13:31:26.495740+00	2024-10-08 12:13:42.495740+00
880668	52	5083	PXL_20240103_003863007.jpg	u/34/14621f16-8178-4211-9274-9f5038abaa18.jpg	0cbcb71493b247c140dd1877766e6e369768b57a37600981490ca435aad26d02	9559501	4032	4000	NIKON CORPORATION	NIKON Z 6_2	2024-01-03 07:48:57.920322+00	2024-09-02 01:10:04.920322+00
880669	52	5083	_MG_6991.jpg	u/34/32fb7189-549c-43b6-a03a-e53c0ad45319.jpg	94ddc21d728ae6c8ba384109091ebf16d85aa75b5d8fc50da5ac48e16c328851	9825014	3024	2268	NIKON CORPORATION	NIKON Z 6_2	2024-07-29 13:09:58.242696+00	2024-09-24 06:45:55.242696+00
880670	52	5083	IMG_5514.JPG	u/34/c93fc50c-41b4-4d45-a218-deef23e9d9a4.jpg	a730b52d1a2d836b233090f33e59476b5ff9d1e618cefcb611fe4cbe2e5bbfcc	7689328	4000	2268	NIKON CORPORATION	NIKON Z 6_2	2024-03-03 11:30:44.347001+00	2024-09-20 07:52:53.347001+00
880671	52	5083	_MG_1017.jpg	u/34/7288b465-79e1-4ca1-9366-2496412f1700.jpg	a72f0bf30696875091ebce9e98ecb68d213292c8721110935c6e3886136a59c5	4839723	4032	2268	NIKON CORPORATION	NIKON Z 6_2	2024-03-21 02:18:12.128406+00	2024-09-03 04:51:44.128406+00
880672	52	5083	DSC51502.JPG	u/34/2d5bd2bc-7736-41cc-a9bc-8a7840c1d9c2.jpg	6be8d4ace78f9ad5cc67f2acd3463c61c09b199e80bdf69d705f53919c08bb7b	6052907	4032	4000	NIKON CORPORATION	NIKON Z 6_2	2024-09-04 04:32:42.514740+00	2024-09-25 18:15:18.514740+00
880673	52	5083	IMG_3165.JPG	u/34/d255b68e-cdaf-4bc5-81ee-d2bd06d5ba7c.jpg	6713657f6e4f218b52ff5923591abbe09669c93a46fac8e426913bc478de634f	12548638	4000	6000	NIKON CORPORATION	NIKON Z 6_2	2024-03-04 18:36:02.295541+00	2024-09-25 13:42:40.295541+00
880674	52	5083	DSC48392.JPG	u/34/68731e38-2a7c-4a7f-b569-dd287136ba9a.jpg	111ae639ecf2112d586c7cdafcfe45d98fcfdbc98580917622472280bdf7ce3b	12781086	3024	6000	NIKON CORPORATION	NIKON Z 6_2	2024-08-17 09:42:44.901391+00	2024-09-06 10:59:22.901391+00
880675	52	5083	IMG_9166.HEIC	u/34/be298efb-1f3c-40fe-946f-e5df78b79978.jpg	e0c0058b7d2cc6e858d1a9fe82abe072207a385a144c8d9e7a05e70096065b2b	3582894	4000	3024	NIKON CORPORATION	NIKON Z 6_2	2024-06-11 14:37:31.543138+00	2024-09-02 19:47:50.543138+00
880676	53	5084	_MG_7715.jpg	u/35/3d1a2c7e-d888-4721-b4a2-76f6e2bfb1ae.jpg	cee52ee02fb4c2091ed973d6612616778b797fa6e5d86887d295cd1e62ebc552	10945267	4032	2268	NIKON CORPORATION	NIKON Z 6_2	2021-09-09 16:33:25.166383+00	2021-12-12 14:09:48.166383+00
880677	53	5084	DSC22201.JPG	u/35/1fab4afe-c3b6-4177-bac3-5780220e3ac3.jpg	f36287650f73b57c43933c50226422b5288278100d6addff0d767b3865ec15e0	5095656	4000	4000	NIKON CORPORATION	NIKON Z 6_2	2021-05-27 04:47:15.933354+00	2021-12-09 01:09:24.933354+00
880678	53	5084	PXL_20210529_072574794.jpg	u/35/8a284f03-b83a-4c4b-9f3c-9acd82a7c07d.jpg	397f5fc120ff09929f952e8284d824674b0dc1d8fbb20a3a4c8d9cafed91c7fc	9249918	6000	6000	NIKON CORPORATION	NIKON Z 6_2	2021-05-29 16:59:42.871050+00	2021-12-06 17:26:04.871050+00
880679	53	5084	IMG_1824.HEIC	u/35/7e7d7798-731b-4ea0-821a-3dad036ae915.jpg	3d31456ee873a408ee9f7365cd145b3fec03a3b6cf5a15c1846782da62ffa5f2	1533284	6000	3024	NIKON CORPORATION	NIKON Z 6_2	2021-05-10 11:15:10.467110+00	2021-12-14 15:51:09.467110+00
880680	53	5084	PXL_20211216_009517177.jpg	u/35/bfb1e073-ce4f-4291-b597-a2c7250a8d34.jpg	93d12c0fbacc167b4d7414c988792054a9cb915018bfda2bf923dc908d6262ac	9230803	4032	4000	NIKON CORPORATION	NIKON Z 6_2	2021-12-16 17:18:35.547403+00	2021-12-20 17:01:48.547403+00
880681	53	5085	PXL_20190929_116647803.jpg	u/35/f62e6b25-1c76-413a-b69e-91723a48d1c9.jpg	f9ded434aa0bcb7786300398e7d3615ed31b3f72379a6e5ba73aeea53a88e92b	8954907	3024	2268	Apple	iPhone 13	2019-09-29 19:42:10.984396+00	2020-06-24 07:37:46.984396+00
880682	53	5085	DSC13235.JPG	u/35/5d332776-1a86-4ceb-aefb-6c79dd0c6670.jpg	9c8f622e6aff11d0a74d3a30ce6a475d89366823719a05838280eedd8aa172ee	1405263	3024	2268	Apple	iPhone 13	2020-04-24 13:10:20.114764+00	2020-06-23 18:59:59.114764+00
880683	53	5085	DSC66202.JPG	u/35/522484bf-1145-4018-98a0-3da66785d0e6.jpg	e4ff8b0e13814c7ca2f78ecd8722c4d508b6bcb3d2bb430358219b59eee38e61	8087291	3024	2268	Apple	iPhone 13	2020-03-06 11:02:03.660033+00	2020-07-03 23:31:50.660033+00
880684	53	5085	DSC66218.JPG	u/35/1c02164b-204e-47e2-abc0-4884abc9a4da.jpg	16fe6f88a5f71eb2ed9d79b3c902e7908070b2a1cf66c0c4316bd1784be350f1	13182268	3024	4000	Apple	iPhone 13	2020-01-08 22:39:54.649398+00	2020-07-04 14:11:53.649398+00
880685	53	5085	IMG_3412.JPG	u/35/cc5e9fbc-4199-41b9-8471-b618ab3a6d7b.jpg	e7ff20f44fc54eb790b30c205c8cf4703d8e6ca1a06e5c38da34ccdcb9f3893d	2990162	6000	2268	Apple	iPhone 13	2019-10-23 08:51:57.679837+00	2020-06-29 06:28:43.679837+00
880686	53	5085	PXL_20190813_218770439.jpg	u/35/a8ef9da0-7770-4ca7-a434-0c6ba51f20d6.jpg	b315fb323f81cf66fd219b7a4706faeea79a01c8ffe581186c886b1e33b79bbc	6673481	4032	2268	Apple	iPhone 13	2019-08-13 10:09:57.640274+00	2020-06-01 17:33:14.640274+00
880687	53	5085	IMG_1464.JPG	u/35/a3a6e021-6b0b-497f-8c1a-9ef6fcb7816a.jpg	ea36ebee5e8972af7d185ea9eb16cdf551f9009bab393006b3e7a929b545507f	7886502	3024	2268	Apple	iPhone 13	2019-12-25 09:37:06.798541+00	2020-06-04 04:06:57.798541+00
880688	53	5086	DSC87789.JPG	u/35/122ab202-8c1c-4cb7-a788-4f51eb737bf9.jpg	99067e5dc5f82ae170740be56d437adc6b12caef84ecf373128ce2d20b3546b9	2863367	6000	4000	NIKON CORPORATION	NIKON Z 6_2	2020-09-04 13:17:34.266335+00	2021-02-15 15:25:42.266335+00
880689	53	5086	DSC89962.JPG	u/35/eb0f49c3-ce3b-4c48-b178-93395b1142e3.jpg	e7d497a207f1f8fee571b9fd3aa3f2f33e5ac3c7899af573b8f62a9625561f12	6657466	3024	2268	NIKON CORPORATION	NIKON Z 6_2	2020-07-07 08:48:16.952552+00	2021-01-30 03:06:54.952552+00
880690	53	5086	DSC39581.JPG	u/35/e5013123-ebf1-4d99-9d1d-b8c41f173653.jpg	90bff1ab2bdf958f1a416bae7949df989ce5f85f982eaa0ef4ad333dffd1dbb4	12489611	6000	4000	NIKON CORPORATION	NIKON Z 6_2	2020-07-31 14:02:13.956127+00	2021-01-31 05:26:10.956127+00
880691	53	5086	PXL_20200617_189116781.jpg	u/35/76e94260-962b-4aa2-81a2-7cd59880a8a2.jpg	da5d26d14c6d89bbbaa337b3591be97834cc1f8d4f6e28d4e28f4b48b2df74c7	6486833	4000	4000	NIKON CORPORATION	NIKON Z 6_2	2020-06-17 19:19:12.010711+00	2021-01-31 10:57:43.010711+00
880692	53	5087	_MG_2993.jpg	u/35/daa95ce9-a149-410d-b115-25a6a9e9eba9.jpg	c5d5de8fa3fe9c576194a6f7c5a0608973cd84be78a81ed049790d99a854f006	7656581	6000	6000	Canon	Canon EOS R6	2023-04-22 13:00:15.506852+00	2023-11-02 14:58:02.506852+00
880693	53	5087	DSC65210.JPG	u/35/709d91e5-3619-4dec-b229-9793ec8c96c9.jpg	cd12fac5c27f5223d70b5ce66d53e9321c39558bc836cf22b424ba718b0c41f9	4868901	6000	4000	Canon	Canon EOS R6	2023-03-14 05:53:26.062013+00	2023-11-04 08:38:38.062013+00
880694	53	5087	DSC92917.JPG	u/35/714a7f97-f56c-4574-a356-b71a3782547f.jpg	94fb80c48f14a24946f5028373328acc5ac8ccca1d1b47d2eeafb35dc211c3f7	5976443	4032	6000	Canon	Canon EOS R6	2023-07-16 10:21:51.451426+00	2023-10-31 12:51:57.451426+00
880695	53	5087	PXL_20231004_200228243.jpg	u/35/5857e3ac-fbf6-4799-b815-56c9f96a0f2b.jpg	f239b8495a97e31ed4727239ad74123dd892cd6a1b87e051faedb0a2ab7c9e5c	10631575	6000	2268	Canon	Canon EOS R6	2023-10-04 20:30:06.299300+00	2023-11-03 05:14:17.299300+00
880696	53	5087	DSC04143.JPG	u/35/15ca01f1-a5c0-4f40-adcc-77850d2ede38.jpg	c7c1abc8c5a322af8bcc3669ca1fdfff667d71c8507d913af436d9fc2eeb46a8	10448864	4032	6000	Canon	Canon EOS R6	2023-04-29 07:57:16.248577+00	2023-10-12 04:56:58.248577+00
880697	53	5087	IMG_2932.JPG	u/35/7881522a-87ff-419b-b6e3-01266952f1fc.jpg	4a57f52af5c95263cff8b4482d05f6d89a1ac9e69996ca17e144e4b08d98d972	4090359	4000	6000	Canon	Canon EOS R6	2023-01-24 18:22:16.844491+00	2023-11-05 01:42:03.844491+00
880698	53	5087	IMG_8594.JPG	u/35/ed9bae85-99fd-4e8f-b2a9-988c2caab1b4.jpg	ad772c159f58d2d87610ddad622fe639af32d3f5fa819c737967ee6b11623486	1727226	4032	6000	Canon	Canon EOS R6	2023-06-10 23:17:47.387048+00	2023-10-26 17:39:08.387048+00
880699	53	5087	IMG_8105.JPG	u/35/27b61c95-b202-449d-8499-36dc2fe69287.jpg	1ae2d9e492321f832a320ba11aa030ed98b2e78b02e6d33fecca89af9fff5fbd	2138105	4000	3024	Canon	Canon EOS R6	2023-01-17 05:15:35.282926+00	2023-11-04 00:09:29.282926+00
880700	53	5087	DSC46748.JPG	u/35/0d49945a-aa18-4211-b45d-0d8cf98e9c33.jpg	bacc859f1a481e7791dbd182abe740adcaaabc4b60c071544dd02fd2d5b18730	4114371	6000	3024	Canon	Canon EOS R6	2023-09-06 06:05:32.149630+00	2023-10-12 11:22:43.149630+00
880701	53	5087	DSC86369.JPG	u/35/77690ad9-c239-4491-864c-b6d28379dd93.jpg	f6bcd24aaf6aef2170137e33e7222cdfda4906d945870d24fc36a9b1bdf19c7f	5962256	4032	4000	Canon	Canon EOS R6	2022-12-23 16:32:12.625517+00	2023-10-14 08:59:50.625517+00
880702	53	5087	IMG_4370.HEIC	u/35/23333021-5a39-47b1-9772-5cbb33490aac.jpg	e827c19b6c4193b133e6a1feb2762e22bedc91258895550e985f17ca26a9b14a	5305185	3024	2268	Canon	Canon EOS R6	2023-10-23 15:15:08.102267+00	2023-11-12 22:01:27.102267+00
880703	53	5087	IMG_7194.HEIC	u/35/e23d3366-0607-40ca-8f8e-bfd4e300431a.jpg	a42e39e071bec2f94d3e2e8de829771de4bbd7d0c725dd1bdb5e72dbef6236b0	6572943	4000	3024	Canon	Canon EOS R6	2023-02-20 14:42:54.372325+00	2023-10-20 18:29:01.372325+00
880704	53	5087	PXL_20230304_211135545.jpg	u/35/d6b2f0a5-abff-4d13-bde5-01c25d687602.jpg	22fe55e40ed08d677cbc416dd9cf665e8bcc13e1b489441e20778021d13f8f72	12864647	3024	6000	Canon	Canon EOS R6	2023-03-04 07:18:23.314069+00	2023-10-11 06:41:02.314069+00
880705	53	5087	_MG_6170.jpg	u/35/dc8d4a61-12e9-4a77-8f0f-ae342ea1c4ca.jpg	36a9060a25d4b360e7ee26c8cde51e6dbcb5c5524e309645b15cf3e394f398c8	8311446	4032	6000	Canon	Canon EOS R6	2023-01-29 22:39:27.397531+00	2023-10-21 01:15:15.397531+00
880706	54	5088	DSC03115.JPG	u/36/5f4d436b-461f-4905-ba12-108318d4d0cc.jpg	cc04c48f767213ca4326625720eda556dc2b831f26a10262c228b768fb8c28d6	13071226	4032	4000	Apple	iPhone 13	2021-05-14 05:13:57.989026+00	2021-08-17 22:43:44.989026+00
880707	54	5088	PXL_20210530_139602812.jpg	u/36/ab3a7c4d-a3df-4437-bb3a-6cb14e055130.jpg	2790818c96ef907b31c55ef0e72194378ce185c7bedf2d7e4720cc3d75001235	6953531	6000	4000	Apple	iPhone 13	2021-05-30 08:35:41.579543+00	2021-07-16 02:44:46.579543+00
880708	54	5088	IMG_7988.JPG	u/36/b88a7eab-b632-4eb7-841c-129731b5a520.jpg	1e16fac194071396536d0364dae7c6a23f84d0dd24f7759a6040b00f6e7f2844	13832658	6000	3024	Apple	iPhone 13	2021-05-16 04:18:44.511214+00	2021-08-11 23:32:34.511214+00
880709	54	5088	_MG_8003.jpg	u/36/91b412c8-9461-42cd-9804-7490cb1fdb26.jpg	95fa8b9668fd926a9a0c56e5a1054e91ef9e702a3653d393fca18426e8f2bc74	5548535	4000	2268	Apple	iPhone 13	2020-10-26 23:18:01.064539+00	2021-08-12 22:18:42.064539+00
880710	54	5088	DSC41230.JPG	u/36/101d7e99-d106-48b1-800e-61ef5eec4c6a.jpg	f6720b0fdd3fb556fa7843c9f5e9f160afefd1c059ed948c7d18c7d465b9dd25	12951017	6000	6000	Apple	iPhone 13	2020-11-24 15:14:04.140505+00	2021-07-22 01:04:28.140505+00
880711	54	5088	IMG_8848.JPG	u/36/4e1c7b48-ad27-4b16-ba5b-755f4cf708dd.jpg	a8d7f8684eafd77ff6a667af0482e1d35919f04676e31f73407c2a1dc31d9062	7435543	6000	2268	Apple	iPhone 13	2020-12-06 03:59:16.315185+00	2021-08-17 23:34:00.315185+00
880712	54	5089	_MG_6604.jpg	u/36/8c9a7461-8c7e-4ada-9542-2e2ac6b7ee40.jpg	670009d5379146c2334f1b5d4e1b61bdea299357e1fa081b964a0ce3dee0281a	8654480	4032	3024	Apple	iPhone 14	2023-10-01 14:15:58.066381+00	2023-12-11 05:11:24.066381+00
880713	54	5089	PXL_20230503_216009647.jpg	u/36/e3b5567d-cf18-4e14-91d2-4b321e4f40c3.jpg	392fa27d9c63efec6a4471d068ce16b18fd9caddd67c1ce423d0e87988c603fa	12738847	4000	2268	Apple	iPhone 14	2023-05-03 05:26:16.245701+00	2023-12-11 19:37:09.245701+00
880714	54	5089	DSC64725.JPG	u/36/3648d391-1526-40fc-9eeb-21dad0193203.jpg	c4872f89d70237bd4f39485ff0d0506f7aa8b38a5d914c4de1d15552132fad8e	1799616	6000	6000	Apple	iPhone 14	2023-04-10 11:46:44.938158+00	2023-12-16 08:06:16.938158+00
880715	54	5089	IMG_3684.HEIC	u/36/0cfae9f3-d6e0-4ce0-8983-6b6ce76a57d7.jpg	23cc84efe4684b68b04f202a315ae8233c99944d025ad5d3a3a444f84ddf0dc5	10174816	3024	3024	Apple	iPhone 14	2023-11-15 00:21:02.694075+00	2023-12-06 12:23:01.694075+00
880716	54	5090	DSC80467.JPG	u/36/89f1df9f-78fb-4675-9c4b-199a20ff66be.jpg	3dc47f885c05d63e312e80bc4c58eee863b260c399c45eae7a77a8006f9e2ed5	13836218	6000	3024	SONY	ILCE-7M3	2024-08-14 19:24:14.515329+00	2024-10-24 21:10:26.515329+00
880717	54	5090	DSC49622.JPG	u/36/ebeddb3e-1dc3-4234-b7ac-ad661253c970.jpg	14df45cee4915bb748be278ff3b265b551551cf9d25e9f5ef8b8a2e4f2df2b90	2570594	6000	4000	SONY	ILCE-7M3	2024-01-10 12:06:18.547815+00	2024-10-24 15:10:05.547815+00
880718	54	5090	IMG_5096.HEIC	u/36/5d9fd368-e36f-4c63-acf8-76ad9a120523.jpg	d8c28f6e7521108b97554e5ac8fd99a3a3cae99f918140861f0df1defdcd56bd	10058901	4032	3024	SONY	ILCE-7M3	2024-05-29 23:08:43.117833+00	2024-10-15 17:52:52.117833+00
880719	54	5090	_MG_9515.jpg	u/36/68b3df19-8775-4318-a076-c20371f27872.jpg	e59937c53dc316bfc6b0244d020e29cc0cc31351486970778c166a99bf9bf59d	2834953	6000	2268	SONY	ILCE-7M3	2024-01-01 03:30:46.128024+00	2024-10-05 15:05:08.128024+00
880720	54	5090	_MG_8420.jpg	u/36/2a0d9b6f-fbbb-42b3-b7b8-b6990f7fc9e9.jpg	7638b3c4d468d5ae0eba6f94c022e44b3d9251a41711be4365f4999dd9b6890d	5636717	4032	2268	SONY	ILCE-7M3	2024-01-28 02:54:19.536257+00	2024-10-05 16:55:35.536257+00
880721	54	5090	IMG_5937.JPG	u/36/c4ef6714-77d7-4bb0-a88d-1b74defb0139.jpg	5e9b04e5a205a2f694821da51567f551961518ad01494ea88067a5207f7bfced	11526293	3024	2268	SONY	ILCE-7M3	2024-05-20 02:21:07.671284+00	2024-09-26 04:48:07.671284+00
880722	54	5090	DSC48094.JPG	u/36/04fa4f43-14be-41fe-9d5d-93f073e50eb0.jpg	0fd0ba1c0c528e2e118407b82d44614730d98d720c7ae013096e37f377cdb96e	6935874	4032	3024	SONY	ILCE-7M3	2024-07-18 00:55:51.867021+00	2024-10-18 17:20:57.867021+00
880723	55	5091	DSC43956.JPG	u/37/b3f6996f-39d4-45cc-aa6c-775df76cfc52.jpg	863c4f57908474d31fe978c557ce432873b7d94f8b8e295e5c33efd4f4e6badc	3642809	4032	3024	NIKON CORPORATION	NIKON Z 6_2	2021-12-02 12:45:24.623213+00	2022-07-27 06:10:10.623213+00
880724	55	5091	_MG_8241.jpg	u/37/edc94976-2928-446d-9f3a-48e1022c399e.jpg	5b729d707b0120e57d80019962b4aad538d34e7d2295254a601f077d1d7b6bab	1181605	4032	3024	NIKON CORPORATION	NIKON Z 6_2	2022-01-05 03:47:06.186489+00	2022-07-18 14:36:18.186489+00
880725	55	5091	DSC42430.JPG	u/37/5657560f-9feb-47ab-8d98-5221c5d39251.jpg	209959bf0b40a07553ba7f2e75c13a1adb7a6080d79f3286a713ff5678ee6011	9796352	3024	2268	NIKON CORPORATION	NIKON Z 6_2	2022-02-26 17:37:12.386187+00	2022-08-03 17:36:05.386187+00
880726	55	5091	PXL_20220414_078016747.jpg	u/37/8f2e0d53-5fce-412b-976f-85e8c111cf42.jpg	6c21f943240f1c00534b4f6d62ba2ab06821a08de7e060294846d54031232de6	10646383	4000	3024	NIKON CORPORATION	NIKON Z 6_2	2022-04-14 13:12:07.743412+00	2022-07-27 12:14:50.743412+00
880727	55	5091	IMG_1307.HEIC	u/37/b3bb4674-529f-4998-94e3-e43d3bd4f450.jpg	07d76e0ec2bf6c560ae0dd08a9df356ecbc928d8ad739af7e28f86181feeb8f8	4874585	4032	2268	NIKON CORPORATION	NIKON Z 6_2	2022-03-03 14:44:22.235760+00	2022-07-09 22:58:35.235760+00
880728	55	5091	_MG_0575.jpg	u/37/937c4932-0d89-4d6b-86f2-0df476364890.jpg	02b2a3e6c569d1a718d8405452ca7906d4eb61f8e25bfb7cbdaa561b718dd0d7	6618805	3024	3024	NIKON CORPORATION	NIKON Z 6_2	2022-01-29 05:12:09.075851+00	2022-07-10 15:47:32.075851+00
880729	55	5091	PXL_20220409_159717648.jpg	u/37/61f1ba9d-0cc0-443c-9693-8f8e61fbd6cb.jpg	3a50ff088a3fc32ba6ef1e730b4c028eddac5b08e418ca29af7ca5f9a43f046f	6829641	4000	4000	NIKON CORPORATION	NIKON Z 6_2	2022-04-09 04:40:08.663596+00	2022-07-07 18:41:24.663596+00
880730	55	5092	IMG_0358.HEIC	u/37/f4cbba38-e794-4162-a430-4fb58dda418f.jpg	f6d4404c3aae6a2aac643d966f1b40ad6e5d084a46ca48457710e0950f286e3f	8700931	4000	4000	FUJIFILM	X-T4	2023-10-02 21:22:36.922516+00	2024-02-14 19:23:42.922516+00
880731	55	5092	IMG_2040.HEIC	u/37/879ba170-7d81-4c30-9c3d-dcb0ff81fe24.jpg	f8c1ca52efd8268fc1629e77bf79774a79d759556abe54cbc392becf79bddaa9	6298608	3024	6000	FUJIFILM	X-T4	2023-07-08 03:06:17.415189+00	2024-01-12 17:12:36.415189+00
880732	55	5092	DSC19922.JPG	u/37/a0c74101-9271-49fc-9bbf-0c39d13d7d3a.jpg	dd83b8c85cdc1aeaf83dc488d0b1ccbf999ad834c79562c666901a90e13ff946	8407381	6000	3024	FUJIFILM	X-T4	2023-08-22 21:46:36.301523+00	2024-01-29 15:15:29.301523+00
880733	55	5092	IMG_8898.HEIC	u/37/74deb9a9-7cdb-4d4e-8e34-b2943fa0b44f.jpg	f38770994378ac9755698b202440e8011278ce310034993af194fd77b9f53611	6237774	4000	3024	FUJIFILM	X-T4	2023-12-09 19:13:26.463077+00	2024-01-31 20:01:42.463077+00
880734	55	5092	IMG_7138.JPG	u/37/765d5835-b46c-4e16-95b5-1373ec27b31a.jpg	eb6e980c9abf3496a7cff7764498fc1dcf48b7102350bfd20d884c7cfc8e0f5a	10353025	4000	3024	FUJIFILM	X-T4	2023-08-30 12:38:00.905834+00	2024-02-09 13:42:37.905834+00
880735	55	5092	PXL_20231216_030675237.jpg	u/37/8ac62299-ec1c-47f3-9f83-951bf0904b0e.jpg	7f2816dc763d75b6e1e723a7c5837ab75fe73fa2aaf55ba548bc48d2059d2054	4280774	3024	6000	FUJIFILM	X-T4	2023-12-16 10:44:44.318746+00	2024-02-04 22:47:13.318746+00
880736	55	5092	IMG_6070.JPG	u/37/ee751332-2cda-45cf-855f-eee9dcdece54.jpg	6a8d5113330468b8d2930dbd70aedd9a6cfa7a5f0bb200ab9d52f97b90e1a1e7	2952578	6000	3024	FUJIFILM	X-T4	2023-08-06 17:52:38.089153+00	2024-01-22 06:09:00.089153+00
880737	55	5092	IMG_2623.HEIC	u/37/012ad2f0-cf75-4abe-94eb-c743c2da42af.jpg	c9d04bc8b8d6cddc400ad2ae9a1d2100b9fd10f047230d7cdb1ed2e684dee29b	11790149	4000	4000	FUJIFILM	X-T4	2023-10-27 04:08:17.609771+00	2024-01-23 21:55:51.609771+00
880738	55	5092	DSC17701.JPG	u/37/609ad0dd-2326-4d97-aac2-ccd0ef6ece51.jpg	558d23570693b1d4dd1b07cd21bbde1abf01d533fc99a002e17c6615d1d41f43	1528831	4032	3024	FUJIFILM	X-T4	2024-01-11 03:46:21.503608+00	2024-01-28 20:29:52.503608+00
880739	55	5092	PXL_20230804_144809984.jpg	u/37/8a69d9d9-7bf3-4d9d-9564-16fa69c0735a.jpg	0afec68d0ad5b625558ea1fd7a518e73663c006885c3d78677e1f870954b5fab	4251660	4032	3024	FUJIFILM	X-T4	2023-08-04 00:36:11.479326+00	2024-02-18 02:28:29.479326+00
880740	55	5092	DSC20990.JPG	u/37/bd8e9a85-0bcf-4299-8176-f4e6e4eedafd.jpg	b83eb7a24c5856694d54951dd896c429c7371e2a13d239661f713a49b172ed4e	11139868	6000	6000	FUJIFILM	X-T4	2024-01-10 06:46:10.152130+00	2024-01-16 20:11:39.152130+00
880741	55	5092	IMG_8606.HEIC	u/37/d2aba287-6a56-4b50-9bab-448cf7745b4e.jpg	6ac901147969526919ceaaafd5ee6991e355effb5cd7004ca70305824ecae197	8609302	4032	2268	FUJIFILM	X-T4	2024-01-12 04:19:56.253925+00	2024-02-04 17:52:52.253925+00
880742	55	5092	IMG_2085.HEIC	u/37/fe2d3a5f-e982-4113-aad5-10b152a32627.jpg	9d286524480980841950b97138993f7ea594c67d44e17144ef61933517bdc73b	13124386	4032	4000	FUJIFILM	X-T4	2023-11-06 06:36:06.485195+00	2024-01-30 19:19:28.485195+00
880743	56	5093	DSC84808.JPG	u/38/4b63dc66-4349-48f8-b19b-d6e8d090e1eb.jpg	b7d1c572dc4b4ad1f95ccb63b7a05e469946883d15155fc8c1baff4a97e5dc64	10522290	3024	4000	Canon	Canon EOS Rebel T7	2024-07-24 10:10:00.744796+00	2024-08-16 17:08:01.744796+00
880744	56	5093	IMG_6418.HEIC	u/38/cd335920-5f3f-41ce-ba74-e7da1ed01160.jpg	da573361da649564198c8aae60140748b37a51cc8f60d4ac59cdcdf2dd66ddfb	3866213	4000	6000	Canon	Canon EOS Rebel T7	2023-12-14 07:35:18.091225+00	2024-08-26 23:26:48.091225+00
880745	56	5093	DSC11041.JPG	u/38/9d84557b-1a75-4434-97c6-1d20d215460b.jpg	a2d7fdc0cb7fb3e2fde0c0dfd16941aafa315000d3abf3696e171d672a87c6a7	5407265	4000	3024	Canon	Canon EOS Rebel T7	2024-03-14 18:32:54.102989+00	2024-08-18 16:39:05.102989+00
880746	56	5093	IMG_3051.JPG	u/38/dcc67c66-8560-42ce-8002-f32c5d46c31b.jpg	1788bc70a96da71a395c85bb11d4aa9cb54b194f1b040781602d03ca92689220	3388093	4000	4000	Canon	Canon EOS Rebel T7	2024-05-15 23:34:26.759242+00	2024-08-10 15:59:23.759242+00
880747	56	5093	DSC75750.JPG	u/38/e0b2184f-9b8d-4d83-a88a-bf0c23e86c5e.jpg	742c860616b783bc18c27d30633f8ee8fc31b48a9a4ee3c108709ae3b121b454	10135092	6000	2268	Canon	Canon EOS Rebel T7	2024-07-05 20:17:42.937824+00	2024-08-06 13:20:25.937824+00
880748	56	5093	_MG_4031.jpg	u/38/e6a5b879-daf9-48ea-aec8-ddf09b46b7aa.jpg	5a2058596d9c570d094b018f6283586f749e5b51228b9c74ba9d088853247297	2381668	3024	3024	Canon	Canon EOS Rebel T7	2024-04-16 17:49:47.483169+00	2024-08-31 14:47:49.483169+00
880749	56	5093	DSC09306.JPG	u/38/3c26381f-dd0f-4a00-8e5a-d65972281fec.jpg	77fbd7f64b5ddfb3fc16e6fdec2650a4dd83258812322bd33a612a33e3b3eab5	7064297	4000	3024	Canon	Canon EOS Rebel T7	2024-01-11 02:29:54.098838+00	2024-08-11 07:25:27.098838+00
880750	56	5093	_MG_2836.jpg	u/38/c20b1919-d971-41ee-94fb-b9775fe47bd0.jpg	832a079b14a7396f12582aba8b71e9c5d091014a714b84722d3021f7aac68df8	6188711	4000	3024	Canon	Canon EOS Rebel T7	2024-07-06 04:41:07.853517+00	2024-09-06 06:04:28.853517+00
880751	56	5093	PXL_20240720_101636613.jpg	u/38/a7d883fa-270d-4014-9bf9-5f3bfd2abbfb.jpg	c0d8bf36e5da1081343d1788f9db9dc88e75fe764ef1f4a9c7541bfe29e07e6c	2926784	6000	4000	Canon	Canon EOS Rebel T7	2024-07-20 11:47:30.323146+00	2024-08-24 11:00:16.323146+00
880752	56	5093	_MG_3083.jpg	u/38/a5ce9853-1799-4015-b82f-d0f68f28f1fc.jpg	c425ae054ffc64f71f009463298e31e4e8a7c7331153f1aeacd2ae2c8930b0d9	9683423	3024	2268	Canon	Canon EOS Rebel T7	2023-11-11 03:11:04.861252+00	2024-08-12 06:08:56.861252+00
880753	56	5093	DSC44786.JPG	u/38/9fbfb360-e2c6-42ba-80ea-35bdb9b7f0e0.jpg	78a360a3ce2d9a4e8ea99500b3a2e4b57336e9cf294e35fde71004ed5e658d1f	10150130	3024	2268	Canon	Canon EOS Rebel T7	2024-05-03 05:32:15.601404+00	2024-08-30 09:27:43.601404+00
880754	56	5093	DSC49787.JPG	u/38/21ea7618-0233-4697-ae0c-850bb9e735f9.jpg	631dfbc24187431bd3149a5f26cfec7bbcd1e6e121af7edd5f7cf9fe4d213ff5	13853444	6000	4000	Canon	Canon EOS Rebel T7	2024-07-06 19:08:39.530061+00	2024-08-31 23:06:27.530061+00
880755	56	5093	IMG_2978.HEIC	u/38/e80abc11-410c-4c47-8088-087d11cff0fe.jpg	041436c3085df7af73bdd3a2a96ce4fafad054aff8f3c7c0a476820d9011b656	5521055	6000	4000	Canon	Canon EOS Rebel T7	2023-11-23 15:05:57.030707+00	2024-08-20 04:39:28.030707+00
880756	56	5094	DSC96543.JPG	u/38/a4b55c5f-6e94-41de-97d4-dbcb6661ef10.jpg	85296444af7ea4dcfe5fa7bf8e4ce9f3e44a175c2d33c92aedf9806c9469f385	5738274	4032	3024	samsung	SM-S918U	2024-08-31 06:54:33.575730+00	2024-09-27 14:29:24.575730+00
880757	56	5094	DSC75320.JPG	u/38/f056107a-ecba-4dba-83f5-50aff8e06737.jpg	4aa7a940a26796cccba560038fcc9f3cef1cf6b7dcb720e62f110b8bfcb305ad	6871030	4032	6000	samsung	SM-S918U	2024-01-14 12:41:17.903479+00	2024-08-30 06:17:35.903479+00
880758	56	5094	_MG_9639.jpg	u/38/932dd3a9-9864-4c43-bdcd-d8f3f97528b0.jpg	2e8195861ed841caecdf95746b0e281574a790ab7b2bfee103ccb3dc801eb28c	3838266	4032	6000	samsung	SM-S918U	2024-03-30 06:42:37.352017+00	2024-08-30 05:09:52.352017+00
880759	56	5094	PXL_20240708_176323781.jpg	u/38/28bb3a3a-7d71-416a-a7b8-b2ec51b0f0f3.jpg	91790464fb9a9caf21877000299f5e53d925b5363e889cbd59489f444bf99b4d	6483538	6000	4000	samsung	SM-S918U	2024-07-08 21:50:11.207826+00	2024-09-09 15:15:35.207826+00
880760	56	5094	PXL_20240331_085803710.jpg	u/38/cdbf1154-c0ac-4773-b293-dd2d94cbaf30.jpg	b1b3019f7f491c33b29816e9e3c3e90e7e637c79c52466407888a258e2ce1e67	2156748	6000	4000	samsung	SM-S918U	2024-03-31 15:41:20.447498+00	2024-09-21 00:55:55.447498+00
880761	56	5094	DSC99909.JPG	u/38/391155f5-63ab-4c37-81a0-bd38ed88aaa3.jpg	fb569ae77c2d93fe991e7eb717d61d563c911e79351f523c51cf03286ea63ca8	2788731	3024	3024	samsung	SM-S918U	2023-12-28 14:42:02.975977+00	2024-09-17 14:36:52.975977+00
880762	56	5094	PXL_20240623_004112488.jpg	u/38/f3e68125-c569-4007-bccb-447a7226fd19.jpg	920baff4f8083f6de976aaaddb8c02473a532ea2bf1b4e5764b2048cd99a418c	13364156	3024	2268	samsung	SM-S918U	2024-06-23 17:55:59.134480+00	2024-09-18 04:10:13.134480+00
880763	56	5094	PXL_20240225_150246522.jpg	u/38/c4e8b8ea-1ac5-42c0-a116-36780fa429b7.jpg	8183b0a76f6c7cf0a4c6c73604d6b8389bd8bafcf5d92a476630e7d4cc0fc249	8524175	6000	2268	samsung	SM-S918U	2024-02-25 13:20:04.117002+00	2024-08-22 23:57:18.117002+00
880764	56	5094	IMG_3967.HEIC	u/38/05aeeccd-4f70-420b-9694-347ff8a53bc3.jpg	1a6c28c34939b99e21b44b5838f793eca30fe086f0df44d0acb2d43346b4549c	8028604	3024	6000	samsung	SM-S918U	2024-06-20 18:45:59.318811+00	2024-08-25 20:54:14.318811+00
880765	56	5094	_MG_2940.jpg	u/38/1fe31f7d-b5aa-416b-b9ab-734eebfa8a5a.jpg	84fc71bbb270b842830cfc7316b2a7d044988b43c7c7ed82e64657d91a15256a	7077019	3024	3024	samsung	SM-S918U	2024-05-08 02:12:03.941404+00	2024-09-05 11:17:00.941404+00
880766	56	5094	_MG_3038.jpg	u/38/0e3074f2-6e00-433f-ab3f-2f41d5194e2c.jpg	dce7ed7e60f34340f8a81eb378b4ad62afe6c5938610bf46511ad913acadc2b7	8127255	6000	4000	samsung	SM-S918U	2024-06-27 01:08:01.628253+00	2024-09-03 00:48:44.628253+00
880767	56	5094	DSC43588.JPG	u/38/e6af5310-dea1-45bc-9a18-e4d67df2cf54.jpg	d80da5bb3f097ea58130584d7b40626c7247895c3ddc0f0cbf658358a5c46140	2077090	4000	2268	samsung	SM-S918U	2024-01-18 01:07:07.826955+00	2024-08-27 15:09:51.826955+00
880768	56	5094	PXL_20231225_107579463.jpg	u/38/dd09a850-86db-45e3-a495-d5bdc9a8059e.jpg	c840a1ed92c46c43bfc5a164b4019f2a6b615f92c620aa45a219da574d98a0ba	10338620	3024	2268	samsung	SM-S918U	2023-12-25 03:48:29.751885+00	2024-08-31 01:09:17.751885+00
880769	56	5094	_MG_7002.jpg	u/38/4877239c-e1f0-47d0-9295-b6207e32e6ea.jpg	0324587156c9e7ef54b3b2e28b179d2f0fde516242d2ef411e7ff236d6113f20	3204469	4032	4000	samsung	SM-S918U	2024-04-15 11:35:36.641161+00	2024-09-09 16:33:40.641161+00
880770	56	5095	PXL_20231218_141199740.jpg	u/38/a3ed2464-8354-42ed-8291-9869c71e36f3.jpg	80f4db7bea0d1712a1e17c50610421d21644ddf0f85c7eaf447d59f42ea4b43f	2882887	4000	4000	Canon	Canon EOS Rebel T7	2023-12-18 11:05:38.894505+00	2024-09-01 04:57:27.894505+00
880771	56	5095	PXL_20240730_168708230.jpg	u/38/bcf6c51b-d652-4fa9-abcf-9edbf1daa11e.jpg	b9ffe1905de16db810aa2607206248da84aef83ccdeda4aee69e89007ff15de8	13535917	4032	3024	Canon	Canon EOS Rebel T7	2024-07-30 09:00:13.274665+00	2024-09-07 03:58:17.274665+00
880772	56	5095	PXL_20240518_225162851.jpg	u/38/5e40e05d-2861-46db-8e0a-7ca7ae67d14f.jpg	38242d27e43b295b89043c3dda5d42552688fbdeda0c92fa4a274e6a79ab3fab	9355977	4032	6000	Canon	Canon EOS Rebel T7	2024-05-18 09:50:45.099531+00	2024-09-12 18:28:35.099531+00
880773	56	5095	IMG_4578.JPG	u/38/a8e403b1-a5e0-49e6-907d-fa7915d96c00.jpg	8f3f8f4d37221d65de2ed8ae4b87bcc43a5231703ca5bc781c84576f1cc19805	7683228	3024	2268	Canon	Canon EOS Rebel T7	2024-07-20 08:52:10.164400+00	2024-09-27 04:27:03.164400+00
880774	56	5095	DSC28233.JPG	u/38/15604e02-8286-4812-a554-6069e3ab1068.jpg	d26b27c57c166f23564ef63b958caa791d2947a1abffe840cec031397e56f54d	7786409	4032	2268	Canon	Canon EOS Rebel T7	2024-03-18 19:51:14.687451+00	2024-09-27 00:27:13.687451+00
880775	56	5095	_MG_3504.jpg	u/38/df0195bc-fa5c-4684-971c-3fcd3016149a.jpg	f486c216fce0ffbb948f54fbb76587f9e906b19d4358b0b4fc1e84f6ea433639	10507755	6000	3024	Canon	Canon EOS Rebel T7	2024-01-16 13:45:23.652455+00	2024-10-02 16:13:24.652455+00
880776	56	5095	IMG_5264.JPG	u/38/7d2f7b64-4cd5-4eb9-8719-81bdb67b8c31.jpg	8fca0689f7a8eeebdf67ee6cab563112b98dbcd11710df2a2a10b3406cad03e5	12650428	4032	6000	Canon	Canon EOS Rebel T7	2023-11-23 07:04:46.034504+00	2024-09-15 11:33:16.034504+00
880777	56	5095	IMG_2894.HEIC	u/38/ba18fad8-064b-4323-ba4b-ae5b2a21d251.jpg	36a4329e3b3346c46b6fbbf2045adf92caa232b395643e176ad2cb42784f1351	8975835	6000	2268	Canon	Canon EOS Rebel T7	2024-05-23 03:15:23.280388+00	2024-09-14 06:03:05.280388+00
880778	56	5095	_MG_6049.jpg	u/38/0ff42088-708d-4cca-b581-5d88a41de9a9.jpg	1684a086bdb02c18c466e369a5ddea95e4f07e655eb5c5d97de94a8e2ded8f3b	4884923	3024	2268	Canon	Canon EOS Rebel T7	2023-12-18 06:14:10.230167+00	2024-09-08 23:12:27.230167+00
880779	56	5095	_MG_8905.jpg	u/38/8d58fdc5-6006-4782-8452-2f8d23567764.jpg	1139a4077b5099b4b015e26df877d6bdec1dd8db66e36578a5681a624d9674d8	5937846	4000	2268	Canon	Canon EOS Rebel T7	2024-08-08 12:31:50.975059+00	2024-09-08 19:51:00.975059+00
880780	56	5095	IMG_1942.JPG	u/38/c9c1f8f5-ae4f-48ef-baa6-f5fdb089e28d.jpg	f65ac4da72abc42805cdfbce71e16ac2fb64fd4bb8a280acec4f46b7170e1c1c	10282558	3024	2268	Canon	Canon EOS Rebel T7	2024-04-19 17:56:32.532287+00	2024-09-09 15:53:55.532287+00
880781	56	5095	PXL_20240310_199329822.jpg	u/38/89ceb5f6-19e8-414f-ae3f-b0970892def7.jpg	07aa890c859bb2448e17ddc401135551d7c2fb41a2f5a651d6a8272d4a661188	6001839	4032	2268	Canon	Canon EOS Rebel T7	2024-03-10 03:57:02.182763+00	2024-10-09 08:37:04.182763+00
880782	56	5095	PXL_20240127_051544431.jpg	u/38/812d1976-e9cb-4d50-9777-eaa06b61cab4.jpg	100b3568ebd5021ed62d5f21633718434ec7e38201b02b4a4e06d3f9e5ad8a8f	1979261	6000	3024	Canon	Canon EOS Rebel T7	2024-01-27 16:48:53.381022+00	2024-09-07 02:02:11.381022+00
880783	56	5095	DSC63614.JPG	u/38/9188c09e-30ad-4352-9fa5-dd4664a37923.jpg	6aefc8d180c4fc68ade1a39ad5f5fbff0e4f95755b29fcf2b104e6e15f434955	13000897	3024	3024	Canon	Canon EOS Rebel T7	2024-05-03 06:46:23.570988+00	2024-09-04 17:13:37.570988+00
880784	58	5096	_MG_0074.jpg	u/3a/eb11e8c8-1875-411d-9c07-89f6774dd60d.jpg	f62451777aae1fe4eb968cdf3693960209df402fb23e3fc60a4fdd24f3ced12a	9077185	4000	4000	FUJIFILM	X-T4	2024-04-11 13:48:20.342984+00	2024-10-18 00:09:03.342984+00
880785	58	5096	IMG_5363.JPG	u/3a/0bdaa2d9-b506-4d8a-94c7-d114e7e2583a.jpg	d67c9161292c38b4b6963df3b4f7d676143fc69c33848f02e23f928c0340f6e4	8566551	4000	6000	FUJIFILM	X-T4	2024-03-13 13:51:22.338372+00	2024-10-28 00:47:16.338372+00
880786	58	5096	PXL_20240630_168104658.jpg	u/3a/fb191150-f82a-4044-9562-7bb940f5f23b.jpg	93f848d29f99405d9bc21dd76612002a2654f9961aa30801da393c7830a5ddf5	13259593	6000	6000	FUJIFILM	X-T4	2024-06-30 05:33:57.647777+00	2024-09-24 11:48:26.647777+00
880787	58	5096	IMG_7820.HEIC	u/3a/0e9b4efe-5444-484c-81e4-2c9d50a260a8.jpg	f377ba28515229311182843884a6719c5fbb485dd9298e6d7492b8f8d4d425cb	8773481	3024	6000	FUJIFILM	X-T4	2024-06-01 01:49:02.187221+00	2024-09-26 03:07:17.187221+00
880788	58	5096	DSC59942.JPG	u/3a/7c1229e2-fc03-4935-94e8-5fe50a712ce4.jpg	281e2faf1f44879742b26de200dfa39734867f7ea2932f29c4a903eefbe04168	6131506	4000	3024	FUJIFILM	X-T4	2024-06-08 17:25:58.217232+00	2024-10-12 06:07:28.217232+00
880789	58	5096	IMG_1003.HEIC	u/3a/63cfe894-4f87-4ef6-aeed-b1cc5b995120.jpg	9f1b96ad6d450aa775388bc008129e0f9cf5a2276bbc3d2aa1cf7634d3ea703e	3999910	6000	3024	FUJIFILM	X-T4	2024-07-27 21:51:40.300556+00	2024-09-24 23:17:02.300556+00
880790	58	5096	PXL_20240430_067142512.jpg	u/3a/3d066b8d-e38a-4155-9646-8c7f7f3adc72.jpg	a0ea0feb33ca7f5866d4c4a763d8335e450c618860b5531a3c1ffa8c5b550917	10915212	3024	2268	FUJIFILM	X-T4	2024-04-30 18:01:03.010181+00	2024-10-02 06:06:38.010181+00
880791	58	5096	IMG_1060.HEIC	u/3a/6c8a347d-b30e-42b0-aeca-f2478be22216.jpg	0becdf3b9381967a729c9d1c8c1f9501fcc39a9e6d20645b0d00074396eccf99	4425292	4032	2268	FUJIFILM	X-T4	2024-06-05 16:13:53.917383+00	2024-09-26 08:41:58.917383+00
880792	58	5096	_MG_2518.jpg	u/3a/c5ce6d11-c8df-4648-9c8a-d724a7d9efd3.jpg	7c5b4c95cf16c87f84ad100e80714a8cb2b55c4746fbc44417f81bc14cc38634	3490411	4000	3024	FUJIFILM	X-T4	2024-02-14 11:11:18.037311+00	2024-09-28 20:58:47.037311+00
880793	58	5097	DSC38318.JPG	u/3a/e3eb9d48-3927-49cc-880f-72b0a261f8d5.jpg	3ef93b066cdb9ee1944fb6aee09c1c8c8a26bfc07bdf66e075c2d3f43ddaf87d	10183133	4032	3024	SONY	ILCE-7M3	2024-04-28 08:41:15.150620+00	2024-08-01 00:30:16.150620+00
880794	58	5097	DSC83373.JPG	u/3a/c75a7d2d-91b3-4361-826f-d7873869e338.jpg	01b9084670c1d777276a59acc5e6cbdd55f549d440ec37f96d8ae2e70e4b945d	12203299	4032	2268	SONY	ILCE-7M3	2024-06-27 21:29:55.642282+00	2024-08-02 18:21:17.642282+00
880795	58	5097	DSC92589.JPG	u/3a/5fe9c794-4291-429a-b9f7-c1016b86245f.jpg	45ed339562ca948729d1d25be5a0b89ee208bba8165ce943f5b88298d8cc1ee9	5297740	4032	2268	SONY	ILCE-7M3	2024-05-10 21:31:01.718649+00	2024-07-28 00:59:05.718649+00
880796	58	5097	PXL_20240223_042229876.jpg	u/3a/118de55b-8fb4-4277-ae1a-a198dc5a9372.jpg	98edab65fc3504da1a0c222e1856b9da7d48c387369f55b8c6e6bc4ea2f0773d	7408837	3024	2268	SONY	ILCE-7M3	2024-02-23 23:10:40.455323+00	2024-08-13 07:46:12.455323+00
880797	58	5097	IMG_3776.HEIC	u/3a/12c69b62-bbfc-45bb-9329-3e92b4c9e0e4.jpg	279b789f75f508b2285029b6300f184ce8ac350606222982ccc5f67dcd523572	7955952	3024	3024	SONY	ILCE-7M3	2024-01-31 04:10:06.869873+00	2024-08-04 14:38:46.869873+00
880798	58	5097	_MG_7347.jpg	u/3a/dc237821-8dae-4380-b42c-b75691f10044.jpg	c2d16e7f4ec590a009038934bfaf0d3b9fd2227579167e2a5c968d80afe37063	7581317	3024	6000	SONY	ILCE-7M3	2024-01-11 23:20:13.285373+00	2024-08-06 05:25:08.285373+00
880799	58	5097	PXL_20240105_162624955.jpg	u/3a/e89f326a-07eb-465b-96a4-9795b0b799a2.jpg	de3d5722bd0d5354d9ef317dea55954540452427357a3d40dac06884e6e49ba9	8513145	4000	4000	SONY	ILCE-7M3	2024-01-05 23:10:12.855637+00	2024-07-31 18:52:18.855637+00
880800	58	5097	_MG_1631.jpg	u/3a/b6bfd37b-8e62-4be7-9fd3-eecedf1f2d06.jpg	f6827babd3d5ca0351aaaf8d63981ce344d1d457775af9d1134a4b2a0cd7a60f	10233130	3024	4000	SONY	ILCE-7M3	2023-10-03 13:39:00.823946+00	2024-07-29 08:53:33.823946+00
880801	58	5097	PXL_20240715_097004359.jpg	u/3a/a48f9b1c-474b-41ca-b189-35520815dcf8.jpg	060912fb8f3f7a00d32542f5d0bb980d9ac576e3f3d2116e87eee3b0dbb8adba	3247776	6000	3024	SONY	ILCE-7M3	2024-07-15 04:13:15.097358+00	2024-08-01 14:42:10.097358+00
880802	59	5098	DSC05237.JPG	u/3b/f3323213-edd0-4bf6-a2b1-f61cc475cef9.jpg	abb23c38c085c7239d26a5f0a73447ba0f4254130dcda67f01f7cd416f4925d1	12059423	6000	2268	Canon	Canon EOS Rebel T7	2021-08-23 21:34:23.859262+00	2021-11-30 11:51:49.859262+00
880803	59	5098	DSC06985.JPG	u/3b/c59e9ebf-5b9e-44ff-ac83-e1f7ddb2c7fb.jpg	69d2c112bcb84d041f0fa31887cfe50910bb9e9eb4ace025aed76916b4f8fe3b	10905522	4032	2268	Canon	Canon EOS Rebel T7	2021-08-15 06:48:19.637319+00	2021-11-17 15:02:52.637319+00
880804	59	5098	DSC64537.JPG	u/3b/c6175fa9-71c7-4f06-b10f-687939a32556.jpg	f32ec26b852486009d0b258fca8373b1574ce94007eb6d31fd88bc52a324bc56	3838354	4032	6000	Canon	Canon EOS Rebel T7	2021-06-08 22:39:42.877818+00	2021-11-16 20:10:18.877818+00
880805	59	5098	DSC81671.JPG	u/3b/80852014-9d17-439c-b6a1-cd79c22408bf.jpg	ef8c1b54f6e3ebfd23bd85892f467e25c6d35b5ab4fac858487a39fbee911d08	3885418	4000	6000	Canon	Canon EOS Rebel T7	2021-01-24 21:50:53.993434+00	2021-11-07 10:03:37.993434+00
880806	59	5098	PXL_20210212_002844026.jpg	u/3b/dd9c4ba4-4c6d-447a-aff5-5884a659a8da.jpg	71ad9e41f8b917811d601d154ae129f42811131e316a2e5e965dc46c0d369632	8842735	4032	6000	Canon	Canon EOS Rebel T7	2021-02-12 05:29:22.377471+00	2021-12-04 12:28:31.377471+00
880807	59	5098	IMG_8650.HEIC	u/3b/d7678333-18d9-440e-bee2-b00e4d5a4371.jpg	2c1f4185752d13547584310001c7f185b88b17b3a50a784641e31844dcd532a4	7583163	4032	4000	Canon	Canon EOS Rebel T7	2021-10-02 07:35:25.462441+00	2021-11-23 13:21:23.462441+00
880808	59	5098	IMG_2437.HEIC	u/3b/0d6b3e0b-e3c1-47e9-9f06-6d55f6ab4219.jpg	f319a50cb5a69ef42114f1c16f3d202eee87df969d247b4163b2a10649bebf6c	9743591	4000	3024	Canon	Canon EOS Rebel T7	2021-05-17 06:32:30.393210+00	2021-11-03 08:27:36.393210+00
880809	59	5098	IMG_2728.HEIC	u/3b/a237f551-938c-44ad-8e39-a7d6c567bf5b.jpg	9c6930d87917b0834e3d0d52c484a629e59bdc52f1888512cac1e0d244e555d4	10718665	4000	2268	Canon	Canon EOS Rebel T7	2021-08-08 13:57:28.474132+00	2021-10-31 15:17:18.474132+00
880810	59	5099	PXL_20220328_165963988.jpg	u/3b/e6053822-1438-49b4-9eb7-0b08e87502eb.jpg	8bb8b2078990adc26fd48a98bf888b8820e303490bd4c62276bf931fb2483191	13354654	4000	2268	SONY	ILCE-7M3	2022-03-28 06:35:26.382669+00	2023-01-01 03:42:45.382669+00
880811	59	5099	IMG_7410.JPG	u/3b/91664919-50ee-494e-8155-a32aca68d809.jpg	ce2d49c27246eede0aa2275c3631164fd57366b7fcb03c56396f9187a985873e	2971024	4032	2268	SONY	ILCE-7M3	2022-04-10 19:26:41.832202+00	2023-01-06 20:38:09.832202+00
880812	59	5099	_MG_9594.jpg	u/3b/f4c46962-6a91-4a9f-938e-c2997201d98e.jpg	e54b3fe53c7dc3fa7088039e0bd61aee117dd336c24be68f48f7356f60f9b342	13842337	4032	3024	SONY	ILCE-7M3	2022-04-03 04:45:28.016246+00	2023-01-26 09:12:16.016246+00
880813	59	5099	PXL_20221119_130565425.jpg	u/3b/9d493d21-b076-43be-ba7b-ed6a32c6e3cc.jpg	8849f21e37b0de065d73a2ce18627e8b9317abd20b3cd6df1fdbc67b2ba96139	3184023	4032	2268	SONY	ILCE-7M3	2022-11-19 08:42:45.926891+00	2022-12-24 22:07:55.926891+00
880814	59	5099	IMG_9746.HEIC	u/3b/db9b1ffa-3f8c-4c1f-bbe7-86e28ad681f3.jpg	1e3115e06f0eba826862c793d4726554c572c932fb14bdc3e6f49bcfca885a7e	2494746	3024	3024	SONY	ILCE-7M3	2022-12-11 17:53:37.391120+00	2023-01-06 12:20:32.391120+00
880815	59	5099	DSC38664.JPG	u/3b/2c3ca867-1489-4419-8346-ed5411edc58f.jpg	458c87f2f2306c7d90769ef437745eb889e27a351d53d6879fffbf6293644be3	5775661	4032	2268	SONY	ILCE-7M3	2022-10-03 23:03:52.371368+00	2023-01-29 10:16:50.371368+00
880816	59	5099	DSC44473.JPG	u/3b/f2584410-4df7-4d4d-8a03-5d56812951ca.jpg	466438dfedd66063cbf0c8514fa106a39687bccf841e8dfa6eb4ce63097650d3	6920000	4032	6000	SONY	ILCE-7M3	2022-07-01 03:17:33.455607+00	2023-01-21 05:57:22.455607+00
880817	59	5099	PXL_20220619_204012820.jpg	u/3b/6df7a8c0-a87d-4755-9af9-1b50d9ff09d6.jpg	451997ad76c53a92f131f5d07fe14a3eb93ea0d94787379296ad845c65bde64f	7202354	3024	4000	SONY	ILCE-7M3	2022-06-19 07:00:57.309788+00	2023-01-16 06:10:05.309788+00
880818	59	5099	PXL_20220830_024204644.jpg	u/3b/a126501b-006f-4159-ab75-82af682ff72f.jpg	e36f1fdd068e390dfdc1ebfa817d75c74a514970a091ce4fa0e45d1eeaddbc94	8217583	4000	6000	SONY	ILCE-7M3	2022-08-30 01:21:26.648784+00	2023-01-17 18:54:22.648784+00
880819	59	5099	IMG_4567.HEIC	u/3b/b572d189-0d13-464e-9013-409a2443784b.jpg	8ad02b27c5e709a0fc6e069660a3d5240defbca890fab2ac2d45183208f0c3ef	5784529	3024	3024	SONY	ILCE-7M3	2022-09-03 15:58:06.066255+00	2022-12-30 16:06:20.066255+00
880820	59	5099	PXL_20221103_071669564.jpg	u/3b/262a7665-a42b-4aa7-bcc7-36c035df5982.jpg	6829e5cd5c2a3b85c7fb633e318c449615d7a0fbd750ecaf547ed4076aa9a7c4	4017446	6000	6000	SONY	ILCE-7M3	2022-11-03 18:18:07.825566+00	2023-01-27 14:04:02.825566+00
880821	59	5099	DSC84633.JPG	u/3b/0d698447-284d-4dbf-8d18-36cc3ad1e7f4.jpg	8dcd01ac22b57c01cff8eb2aebe05e7506981e1c95aaccddbc6592f535ab4fba	13624164	4032	2268	SONY	ILCE-7M3	2022-05-16 04:58:22.158094+00	2023-01-06 05:32:07.158094+00
880822	59	5099	PXL_20220920_032281529.jpg	u/3b/844981a9-198d-432a-8b93-988e00234848.jpg	989e6a716954981bef2b72e8520cb871d618c25a91d8456f31ee980a4f23e22d	5545721	6000	2268	SONY	ILCE-7M3	2022-09-20 17:53:20.975973+00	2022-12-26 10:32:29.975973+00
880823	59	5100	DSC62754.JPG	u/3b/b60ff8f8-047a-4df9-b864-60050299f836.jpg	50e02c14902f7941f6d96a3f046f041c12d4fdf2bf1e7a56eb6f94ed2af063a5	1963500	3024	3024	Apple	iPhone 13	2023-01-06 16:51:22.996051+00	2023-05-15 04:47:35.996051+00
880824	59	5100	PXL_20230414_150038103.jpg	u/3b/f1773fbd-c010-460c-8918-e9fe76b9f64c.jpg	3f64ea9651b39bbe9d127fb9a53d010052e2ce131e3ca14f8d67b0259b81fc59	11747745	4000	4000	Apple	iPhone 13	2023-04-14 07:23:12.168533+00	2023-05-09 02:58:22.168533+00
880825	59	5100	_MG_3455.jpg	u/3b/39ee47a1-41b1-413f-a364-a5b3fc9ca30c.jpg	cda26fbdd9067ef164cc6d8795db32ca93543bf240f742653e7abff43265c2b2	1815316	3024	3024	Apple	iPhone 13	2023-03-14 19:07:27.389333+00	2023-05-23 21:51:47.389333+00
880826	59	5100	PXL_20221019_056172353.jpg	u/3b/856a12e5-a0ad-48ef-a650-ac2ab33ba002.jpg	545c6d601ba784154f1658f583ac0d3c638a9dd26f9f8189d5d8361e38af0f76	2465046	3024	2268	Apple	iPhone 13	2022-10-19 00:17:08.271055+00	2023-05-04 03:10:01.271055+00
880827	59	5100	IMG_4080.JPG	u/3b/97245070-0041-4008-9748-b3fb7eb9a814.jpg	8431e43d69e60adbddaf362d111bfd9544ed6e489afb8b6c3f0199d7e68c0945	1254523	6000	4000	Apple	iPhone 13	2023-02-08 19:00:28.530815+00	2023-05-03 13:04:06.530815+00
880828	59	5100	IMG_1492.HEIC	u/3b/8f029f4f-1708-41e9-919b-926ec6b5f220.jpg	33f8e8a9a0815ef0d232e9a22a43fec95be4dd579a96846d978375d21408bc09	8513910	3024	2268	Apple	iPhone 13	2022-07-23 04:53:31.681999+00	2023-05-14 08:00:42.681999+00
880829	59	5100	_MG_8405.jpg	u/3b/d2b383f0-c7a5-4c8e-beb2-bc4aa1645969.jpg	9d89eba8b78741b96aa6a1d64772b6754eb6f06b7d23cd07c19bfdf84f270fe2	11176294	4000	3024	Apple	iPhone 13	2022-10-03 04:24:21.623137+00	2023-05-09 13:33:57.623137+00
880830	59	5100	IMG_4901.HEIC	u/3b/206bd868-8a0e-4246-a13c-0460ea3ff634.jpg	a04075a4d40bd537cdfd47fc15d2a7d54f45fa45f2df16134bf925d30129ee87	4684166	4032	4000	Apple	iPhone 13	2023-03-13 17:58:31.482014+00	2023-05-27 13:47:29.482014+00
880831	59	5100	_MG_7510.jpg	u/3b/f524a9df-a43d-4037-a80e-8c2e7bd2a793.jpg	d39f8104b7819cce70335d3288d9f8cf9334ce4d35da8b4daed2564b1dde10fa	8172345	4032	2268	Apple	iPhone 13	2023-03-25 09:08:53.205064+00	2023-05-11 23:14:46.205064+00
880832	59	5100	_MG_8752.jpg	u/3b/0e740439-fe57-434c-85dc-52e4e66823eb.jpg	9da8f4126a390ec604d340950f022dbfaffc91dd0548ab8ec0669d86cc191fc5	839367	3024	3024	Apple	iPhone 13	2023-01-30 09:05:51.555632+00	2023-05-19 16:28:51.555632+00
880833	59	5100	DSC08073.JPG	u/3b/d6a16afd-cd15-4d47-b04a-1988c17fcb63.jpg	a5e357417d12660bb6600b8504c01e42eff033999a90d90b2238f1d4ea2857be	4310436	4032	3024	Apple	iPhone 13	2022-12-22 12:41:34.964342+00	2023-05-25 05:19:09.964342+00
880834	59	5101	IMG_5975.JPG	u/3b/1965c8ab-7981-4529-a201-f70c71bd83af.jpg	aec6dd2e8425a088a3d1bd45d54f7ea7a6ced0f748a32588035f66fe4c807a2f	5621364	6000	6000	Canon	Canon EOS Rebel T7	2024-02-11 18:37:44.507627+00	2024-08-01 22:33:24.507627+00
880835	59	5101	_MG_8468.jpg	u/3b/73d232a1-e397-4d0a-b652-da7e57ff4bfb.jpg	eb12d4840f5bf091dee426843f37a2b34c7082dc0e686ffe909800580f2251f5	5108305	4032	3024	Canon	Canon EOS Rebel T7	2023-10-12 16:29:56.034781+00	2024-07-09 10:54:27.034781+00
880836	59	5101	IMG_7851.HEIC	u/3b/2345d65e-25da-4ec8-8790-dd245d97cc67.jpg	fb93b8ff241f2a81080c093ce5030f0cd26e7ae3c35b91d6746e34552186eea3	10618208	4032	4000	Canon	Canon EOS Rebel T7	2024-05-01 14:38:39.173748+00	2024-07-11 10:22:58.173748+00
880837	60	5102	IMG_8173.HEIC	u/3c/dc6d1084-9297-43ae-8e48-59519d2d3edd.jpg	1e6a2d5312267bd6b1177d7fc198d633cb322716ec2718023bc14ccadcb22721	5781172	4032	6000	SONY	ILCE-7M3	2021-03-26 12:32:13.971147+00	2021-06-16 23:17:38.971147+00
880838	60	5102	_MG_8764.jpg	u/3c/80c9923b-0005-4c3c-b531-ad219bba7959.jpg	47abb59d12b4f545e5cbb78a0d3fd4858e795811f89dae7beafcc5058e6718ae	11774012	3024	6000	SONY	ILCE-7M3	2021-01-02 00:24:58.191592+00	2021-05-18 12:28:21.191592+00
880839	60	5102	IMG_0873.JPG	u/3c/d51d8334-a946-4c87-92a5-87d97a8427d7.jpg	2da50bec1d1763db2f1362bce79e85d62e66ab4f61354cb7ef6342db8b680d71	8579222	3024	3024	SONY	ILCE-7M3	2020-12-09 07:16:06.016471+00	2021-05-19 18:45:59.016471+00
880840	60	5102	_MG_4228.jpg	u/3c/fbf35982-0c73-426f-8133-bdb637931c95.jpg	fe08f27595604203c03a3d637fc7ead8b08a5047aaac2334578a1f877f4abb12	11910468	4032	3024	SONY	ILCE-7M3	2021-01-19 21:12:31.765454+00	2021-06-10 12:02:38.765454+00
880841	60	5102	IMG_7703.JPG	u/3c/651f7ed3-98a0-41a5-81a7-41eced12a63e.jpg	b0899b21daa082f5d653be34bfb8651fc2bdffc65ecc7ed6f5eaead95f808948	3226634	6000	6000	SONY	ILCE-7M3	2020-07-28 09:02:53.873046+00	2021-05-19 11:16:40.873046+00
880842	60	5102	PXL_20210318_016874951.jpg	u/3c/60a525a7-c015-4073-b1b4-6072bf728dc0.jpg	9b1a4cf401184d1aced8f7d54a6fe516c4110f4bcacdccd5ae0a1cf6d72ffd87	7507740	6000	3024	SONY	ILCE-7M3	2021-03-18 08:42:50.145502+00	2021-06-17 21:29:16.145502+00
880843	60	5102	IMG_1294.HEIC	u/3c/ac829a32-1fc0-4cb0-b9fe-9d54323e9fd7.jpg	0dc316c1c1d420e3bde3d5929998d428c4a7cbcb7cfd543745bd68e839d4b93c	13366886	3024	6000	SONY	ILCE-7M3	2021-03-13 21:50:16.364671+00	2021-06-19 15:37:08.364671+00
880844	60	5103	DSC79002.JPG	u/3c/426717c0-497a-4785-8a85-dbbcddd9d196.jpg	bfa423eacfae59cfba6eb0c7817d84dacd2c8dadb93dcc02c0932fdf60f95cc9	10640091	4032	2268	Apple	iPhone 14	2021-05-28 08:30:12.970336+00	2021-08-07 09:22:07.970336+00
880845	60	5103	PXL_20210528_020503620.jpg	u/3c/2c0e236c-da3a-4980-a33b-c743b99043f3.jpg	ea5a77f7ef904231c206473a1c93aab7c996585ada0246bd799607358a7502af	4234598	4032	6000	Apple	iPhone 14	2021-05-28 09:49:04.551480+00	2021-07-10 18:50:08.551480+00
880846	60	5103	IMG_3843.HEIC	u/3c/e8c591f8-a38c-478d-93e7-6d8301714b61.jpg	cc1c535dc4266d64974ea123c67e06953b2e4f9b6a2264b9513bc1c5909c4b4a	9532703	6000	4000	Apple	iPhone 14	2021-05-30 15:07:18.526158+00	2021-07-21 23:40:17.526158+00
880847	60	5103	DSC75523.JPG	u/3c/503ac86f-b7d5-42a6-9033-b0555b8fe5e6.jpg	e7b676a06a9b1623c80b121b891e477d4743213dfdc7b044922a480248b1bc8f	7655540	3024	6000	Apple	iPhone 14	2021-01-20 00:57:04.092195+00	2021-08-02 18:46:11.092195+00
880848	60	5103	DSC51098.JPG	u/3c/4693afd6-0923-441c-8a97-3af3567eb7b1.jpg	33acf5aaf588e9bf24665f820222c663de4d5697417059cd9a6e83bb27c37a03	2106585	4032	2268	Apple	iPhone 14	2020-12-03 02:58:38.733791+00	2021-08-01 04:56:26.733791+00
880849	60	5103	PXL_20210624_206498760.jpg	u/3c/4b39a8f9-90ae-484e-b564-5fa433c48603.jpg	46f0a1747b85a8d55316a69125d90090f1b0e121ad8a711481dc0b9bfbaec9d5	3051522	4000	2268	Apple	iPhone 14	2021-06-24 16:04:36.800963+00	2021-07-31 07:43:15.800963+00
880850	60	5103	DSC98881.JPG	u/3c/2650b154-2328-4d8b-9c4d-9f0711c1adaa.jpg	129dcbb5b291845c5c632024cd045683025285e095d5de397f2df7235105f39e	4226527	4032	4000	Apple	iPhone 14	2021-06-05 03:24:31.474014+00	2021-08-07 05:29:27.474014+00
880851	60	5103	PXL_20210527_165448588.jpg	u/3c/fb59ca3c-5f78-470a-8617-69dcbf4eaf4a.jpg	e04625a4cfbfce1e453a78e34082f89f9ca6f2475cc86efc9ce64ed1221f9af9	8905040	3024	6000	Apple	iPhone 14	2021-05-27 20:23:11.772377+00	2021-07-29 05:19:56.772377+00
880852	60	5103	_MG_4407.jpg	u/3c/049803d1-a874-4b92-8b78-32368ca4822d.jpg	8be9ee0e23b54f68d8eb4abd293279f14c566f39ad2687e8d0834f4886a91be8	12171714	4000	4000	Apple	iPhone 14	2021-03-03 03:20:51.407356+00	2021-07-19 09:19:08.407356+00
880853	60	5103	DSC42853.JPG	u/3c/39f989d5-43c7-4f25-92b5-681c7483ac2e.jpg	39aca0dba057b72649d15fb0d7db9b963eef23c82cff5250f2f0407b85c4f65b	10337533	6000	4000	Apple	iPhone 14	2021-06-07 15:27:59.167541+00	2021-07-13 09:16:34.167541+00
880854	60	5103	DSC23299.JPG	u/3c/285b8261-45b5-4d3b-88d6-aeace3305c41.jpg	585fb42d3d50e8c50453f5f88afa02dc8994d7ca27f20bd51de791315072eee7	9098213	6000	6000	Apple	iPhone 14	2020-11-22 20:21:51.217686+00	2021-08-10 01:13:20.217686+00
880855	60	5103	DSC01972.JPG	u/3c/3bc6f143-a90b-41d5-a000-fb3e7785e67f.jpg	26187118eaac3a656bfd26f14bd50fc019a44d515a1f9cd6dfa76bbe5057cd03	3866346	6000	4000	Apple	iPhone 14	2021-06-17 05:58:17.272600+00	2021-08-01 06:52:15.272600+00
880856	60	5103	_MG_7708.jpg	u/3c/12542cc4-09a6-4e75-a80d-b3eda69ca357.jpg	8e3c7c7846e87fc74eec3d28f634ae9b6eef77a4c78f5fd90addc0923f93b4c1	8709023	3024	6000	Apple	iPhone 14	2021-06-21 09:30:05.313024+00	2021-07-24 10:05:28.313024+00
880857	61	5104	DSC21546.JPG	u/3d/d232187d-1062-479d-978e-96f821040b9d.jpg	5348d83ab098e2b035557c4dfbc5982e670556c9ea9b4b2d02f20e1fcb5a4e38	2690809	4032	6000	samsung	SM-S918U	2020-02-11 18:50:52.442125+00	2020-07-11 21:09:44.442125+00
880858	61	5104	PXL_20191126_123753091.jpg	u/3d/b5945433-3b10-44df-9e9c-94e33699dc82.jpg	4d427bc8ce0c366a15eb0ec5c490f4732a3a82b0cb62fbf7cdf14c734ccb3e45	5306969	4032	6000	samsung	SM-S918U	2019-11-26 22:54:24.893194+00	2020-07-07 09:14:26.893194+00
880859	61	5104	PXL_20191105_220149184.jpg	u/3d/b9b19a44-1180-464a-b76e-0d1ec07544df.jpg	b96241f77513f056f6d0e406f7232a704248e185749526a696cd21f347cd52db	8090984	6000	3024	samsung	SM-S918U	2019-11-05 00:06:03.855110+00	2020-06-26 00:20:06.855110+00
880860	61	5104	DSC03912.JPG	u/3d/e764639f-15f9-4200-bee3-719e032a6c2d.jpg	0588029f97811dd5bc5ca857511e19e406ad6d4b1dca7b49723ac864cd277453	11336518	3024	4000	samsung	SM-S918U	2019-12-19 17:46:36.939796+00	2020-06-22 05:56:49.939796+00
880861	61	5104	DSC68421.JPG	u/3d/ba4a42c9-930c-4ff1-a20c-2070865066ce.jpg	6630b17c518f7fc1e2f2b61214d835eb8ccd5c0f9b81e7820ed5b6fae984219f	9214368	3024	4000	samsung	SM-S918U	2019-11-02 13:21:12.378079+00	2020-06-18 09:19:47.378079+00
880862	61	5104	IMG_3225.HEIC	u/3d/a6627a0b-3d17-4e33-b109-96535dee343c.jpg	b83f3ac8f43a3aece8fd92dbf15a40f49309e79155c2be67e6b8291ce5bd5773	9725124	6000	3024	samsung	SM-S918U	2019-11-07 03:33:42.582439+00	2020-07-07 07:14:20.582439+00
880863	61	5104	_MG_3691.jpg	u/3d/b11ad999-1c85-4005-aee2-8c4c589c4f5d.jpg	848fdda29c4e26e031ab3245ffc36b9c41d8ffcb08eb8d5199b15376890fa6d9	11741417	3024	6000	samsung	SM-S918U	2019-10-15 23:52:46.581413+00	2020-06-19 09:56:11.581413+00
880864	61	5104	_MG_6452.jpg	u/3d/8722d2e8-400d-4629-9c4d-d6598923fb11.jpg	021f475fe06b57f37eb98431225fce392c7e20ef58dbde7e8496de6270701790	8224949	6000	4000	samsung	SM-S918U	2019-11-08 12:53:52.135391+00	2020-06-14 14:25:04.135391+00
880865	61	5104	DSC32050.JPG	u/3d/bca29f38-549f-47b7-9629-390d3138c829.jpg	bfa3d1fdb0a8d8a53d853df71598d3375f999ef79412ad1916204a187c582c0d	10279247	6000	3024	samsung	SM-S918U	2020-05-16 14:50:12.697638+00	2020-06-11 13:55:02.697638+00
880866	61	5104	IMG_8894.HEIC	u/3d/f088563d-2231-4886-8488-68f895e94e80.jpg	2d1b57d4dd30238eae2312a65ca067235afdb571f8bfd847c88bc8b95e5d230e	5026297	3024	3024	samsung	SM-S918U	2020-03-28 23:41:22.879707+00	2020-06-07 09:41:53.879707+00
880867	61	5105	IMG_4678.JPG	u/3d/9c6652e3-d86f-4b8e-97d2-fd8897b2b4a9.jpg	672fd78ef398954c0316809ced87fe867553ebd2763934a125c455d7aae0a03e	13083786	4000	3024	Apple	iPhone 14	2019-07-02 15:59:38.380399+00	2019-07-06 15:31:51.380399+00
880868	61	5105	_MG_9845.jpg	u/3d/18e03ed3-a7d3-425e-8445-505399f689ea.jpg	721ae7d888eb8db3f2ddf5d18285c8a02559b92e175808b2c333be3da8565f58	6043291	4032	6000	Apple	iPhone 14	2018-09-23 00:37:33.761461+00	2019-07-17 05:24:31.761461+00
880869	61	5105	IMG_2329.HEIC	u/3d/9e15c217-7726-4fa2-88de-1b7f7aebb3fc.jpg	822a24036eba4180f359803453eda4462d5bacb49d726d66704a0801b276c524	5565316	4000	2268	Apple	iPhone 14	2019-02-05 10:29:37.933848+00	2019-07-01 16:47:10.933848+00
880870	61	5105	DSC88948.JPG	u/3d/6f0141bf-174c-4ae3-a47b-be4727d8c045.jpg	275c9403aaa57a89562e360a51d2e2dff29c64f4b6716b2a575d8d082d3366b0	2008421	4032	2268	Apple	iPhone 14	2019-04-14 03:16:06.707081+00	2019-07-11 13:52:23.707081+00
880871	61	5105	IMG_7576.JPG	u/3d/01c92b36-8a09-48f9-8fc1-333f46d46bf3.jpg	dddba745b69f617ead5febbfc7c353626e5707f62331d2394e943046f53e482e	7996557	6000	6000	Apple	iPhone 14	2018-10-07 16:46:20.390861+00	2019-06-30 10:37:10.390861+00
880872	61	5105	_MG_4028.jpg	u/3d/2eb3fc1a-9864-4b39-a67b-f56c4ea1f6c8.jpg	0876f536981a8795b58a4bfcd1be223e985b23cf9e6b32775eeb35ba6f0949c7	1583936	4000	3024	Apple	iPhone 14	2019-05-14 00:27:02.577806+00	2019-07-06 18:57:20.577806+00
880873	61	5105	IMG_3260.JPG	u/3d/e03d689e-8a2f-4af7-b123-8f9d628dfb42.jpg	8b08b91ec3e570efdd846b86518367f5c207a8cea8aa37c3697ecae86e25b0d1	3178873	4032	3024	Apple	iPhone 14	2018-10-24 20:46:39.558627+00	2019-07-19 10:48:13.558627+00
880874	61	5105	IMG_5844.HEIC	u/3d/090672f7-8848-4475-b7fc-2f1c3de78d98.jpg	60d44e32f62510c09fe001d204eb3092d7b2f0479e02778bfb34e75e5e6899e6	5729279	4032	6000	Apple	iPhone 14	2019-03-14 05:36:35.516644+00	2019-07-29 04:51:11.516644+00
880875	61	5105	IMG_2750.JPG	u/3d/d099fb3f-f14e-434d-bc83-9c4d86870447.jpg	d6228d957e7c6f5f8092022e8dd75a5bded6b20a346cf96b5029c75245992882	6863382	3024	4000	Apple	iPhone 14	2019-05-24 02:03:40.152840+00	2019-08-03 01:17:06.152840+00
880876	61	5105	PXL_20190322_148760701.jpg	u/3d/01872a56-6d0b-4771-aa43-5321617255b8.jpg	42c01ea996b772283da69acd3ae1f42c7b877b0bcc5f4c045af3472c1323d6b6	2978799	4000	3024	Apple	iPhone 14	2019-03-22 17:10:47.012688+00	2019-07-17 11:56:46.012688+00
880877	61	5105	_MG_0951.jpg	u/3d/f2e04158-6455-41fe-ab0d-6a072c13e02c.jpg	77147bf27de35c6ba6a9190bea277da0f8c8c619dc83d79b422711cc34738f72	6063236	3024	6000	Apple	iPhone 14	2018-11-22 12:06:24.825002+00	2019-08-02 00:30:51.825002+00
880878	61	5105	IMG_4421.HEIC	u/3d/51bafba3-5ed8-4e4f-a1f8-cf3e5eca37e3.jpg	a264138c87743bb036845ea0ced9e4991f9df863906e585dfda3a32d710f95be	6487110	3024	6000	Apple	iPhone 14	2019-01-24 08:53:47.797039+00	2019-07-05 19:35:51.797039+00
880879	62	5106	DSC37297.JPG	u/3e/0189f02b-aa2a-415a-885a-244e0483a41f.jpg	1b40ac995542dbee2d3a7c72a0486e6f9b28dc2f8f11f600aab45499214729e3	7871571	4000	3024	Canon	Canon EOS Rebel T7	2024-07-01 01:15:25.871359+00	2024-11-14 20:30:35.871359+00
880880	62	5106	DSC82626.JPG	u/3e/6fd53a5e-5cef-4189-aa6e-f739d49c285d.jpg	f3c22c9907888c0d26183d1c77a4ed03f294b623fb28395cf3083f43f9cfb688	7520506	4000	4000	Canon	Canon EOS Rebel T7	2024-10-24 04:15:59.765495+00	2024-11-11 12:00:02.765495+00
880881	62	5106	PXL_20240229_060791857.jpg	u/3e/a66e1f7b-81ef-48f9-927b-8de896d0c7af.jpg	21c1317e99c7d65a4c4331615522914a163acf30bc58389ea97258d02fc94725	3873659	3024	2268	Canon	Canon EOS Rebel T7	2024-02-29 10:50:51.366140+00	2024-11-10 02:24:33.366140+00
880882	62	5106	DSC25439.JPG	u/3e/df81cea9-d3c3-4db2-af13-fe86e6378945.jpg	a850a451c86be11bb024341299d84ef60743bf17a21e0bfaea57d0c00340f483	7698249	6000	2268	Canon	Canon EOS Rebel T7	2024-05-28 23:23:28.977051+00	2024-11-10 11:02:42.977051+00
880883	62	5106	PXL_20240916_161554891.jpg	u/3e/f0479e06-a90b-4493-8828-604561f9fd41.jpg	f6b7a03e3e461cb23135f1d3580a06b7d6005f61d8d89576afd4d8920796c07e	11462069	3024	6000	Canon	Canon EOS Rebel T7	2024-09-16 16:52:26.280532+00	2024-11-09 19:16:04.280532+00
880884	63	5107	_MG_1144.jpg	u/3f/3977e3f7-03ce-40c3-9030-284edde25cd6.jpg	d4f7250466f2c2984308e2fd0546f6ac6d8e9a32f6994e6bad2c8b6bdd1e2277	3551970	4032	3024	SONY	ILCE-7M3	2023-04-24 03:17:41.837879+00	2023-07-01 10:00:39.837879+00
880885	63	5107	IMG_3960.JPG	u/3f/d6148443-1005-456a-8b90-bae067715ac9.jpg	8ac2987388a9e3f6db71e505f917f937b011ac6ab609e4fb8560a0877d17b7d6	12587824	4000	3024	SONY	ILCE-7M3	2022-11-16 19:45:19.951366+00	2023-05-30 19:07:45.951366+00
880886	63	5108	DSC04939.JPG	u/3f/aed4a16e-e4e7-4114-924e-3e5f8c0c7a6c.jpg	8dd57ddf2d2cf3952f1f2841b0243b4c44f73acbcad75aa4f1bdc1a10371d48e	10573681	3024	2268	samsung	SM-S918U	2021-11-12 08:27:39.331751+00	2021-12-08 04:15:00.331751+00
880887	63	5108	IMG_1644.JPG	u/3f/9bd43b80-8234-4f5d-b58c-c9d0657e08ed.jpg	5390e6e5f33cffcd22efa628e4bdbe56181e1aa829205690f842e21480413623	9820194	6000	3024	samsung	SM-S918U	2021-03-27 04:34:45.659208+00	2021-11-29 04:44:41.659208+00
880888	63	5108	_MG_3554.jpg	u/3f/3aab0018-35fe-48ab-8117-4c632b3a1a0a.jpg	b845e679abe3f847553800bce8039e43209dacd9f9536269d47be1fb2dfee562	11231328	4000	2268	samsung	SM-S918U	2021-10-24 00:15:11.466428+00	2021-11-05 20:31:52.466428+00
880889	63	5108	_MG_9910.jpg	u/3f/1fded3b6-3c59-4b2f-abe4-fcb579dde634.jpg	7509907bc1f2782773d67f21dfcae766c6852f5a34319df9fc02baef255b4317	3880896	4032	6000	samsung	SM-S918U	2021-08-16 14:40:25.333783+00	2021-11-21 14:58:50.333783+00
880890	63	5108	IMG_6143.HEIC	u/3f/6639845c-602b-4ab8-889f-dbe98b25a676.jpg	b0f64b70e7636a940ae4fbbe808f498cfc794bf64599340375d9049cf687d2c8	13152518	4032	2268	samsung	SM-S918U	2021-09-16 04:46:17.104286+00	2021-11-29 12:11:52.104286+00
880891	63	5108	DSC18254.JPG	u/3f/6b2adef8-8670-4ba1-878f-006f2b52a2e1.jpg	1ff004310c6653abd44339e5b7a35c57050d175c658a3fd2c8cc500c7fb8323f	1822224	4000	2268	samsung	SM-S918U	2021-11-18 18:22:05.810838+00	2021-12-15 12:03:44.810838+00
880892	63	5108	IMG_9027.JPG	u/3f/53f605ee-b64f-4757-a759-fffa5caaa31a.jpg	55080a693ede1a74b118cc30a9436a249e810d78fbd4bee41e25fba0170861af	4995876	4032	4000	samsung	SM-S918U	2021-07-12 04:12:44.595563+00	2021-12-05 20:26:15.595563+00
880893	63	5108	IMG_8347.HEIC	u/3f/8032587d-3636-4d6c-ba48-9884c077e8fe.jpg	5190c6e2dcfc19783b3a042bd81bc6014e4fc70fa4c8c0273820d7f750e7fa32	10847461	6000	6000	samsung	SM-S918U	2021-03-14 07:32:35.470484+00	2021-11-21 22:15:56.470484+00
880894	63	5108	IMG_6323.JPG	u/3f/a14d2719-cc9d-4a1f-8dad-7fe337bdda8d.jpg	8b1dd2ebedcbf06af8b9c80c965214ba3535fe18011ff2bd62cb3761d98e810d	10043978	4032	6000	samsung	SM-S918U	2021-04-16 12:53:48.959663+00	2021-11-23 07:39:04.959663+00
880895	63	5109	DSC36910.JPG	u/3f/eafddc07-706a-4d5d-bef1-be078f5a189a.jpg	0e20f924285115c78cc8e5f3132ffb51da5f48e4fc09e1575bef890648d5b370	11137321	4000	2268	NIKON CORPORATION	NIKON Z 6_2	2023-05-19 23:38:06.007669+00	2023-09-29 07:28:46.007669+00
880896	63	5109	IMG_1073.HEIC	u/3f/5d7c15cf-537d-4681-a66f-a6d87a74c9fe.jpg	f8125bfb3928a6491ff89dc11920a1dabc13c267730b9e885b858ff31b68d640	10887630	3024	4000	NIKON CORPORATION	NIKON Z 6_2	2023-06-27 11:01:37.746527+00	2023-09-28 07:13:21.746527+00
880897	64	5110	PXL_20240607_149596848.jpg	u/40/3681bacb-281c-47ef-8262-7386e0a9a536.jpg	d35386f86411a1ce13eb9242130dd7b3021a911dcf74a9ef0b07d05642c044c8	3941945	4032	2268	Canon	Canon EOS Rebel T7	2024-06-07 04:55:06.511979+00	2024-06-11 04:46:18.511979+00
880898	64	5110	IMG_0036.JPG	u/40/a0f2b312-4b50-408d-b63d-908101435e29.jpg	c50bab31a8cd000f6e5fe2d0ba534ee3d0f0828ef5b3e74e9124743303acc9b0	10649651	4032	2268	Canon	Canon EOS Rebel T7	2023-12-09 11:10:27.023689+00	2024-06-14 04:29:24.023689+00
880899	64	5110	PXL_20240524_107106436.jpg	u/40/894725fe-2448-4ebd-a6e0-f24a7682232d.jpg	8840a55da5f93d8aa8603abb564dccb61c1de423cdf1cffe4135f86f9d195415	9646138	6000	3024	Canon	Canon EOS Rebel T7	2024-05-24 19:14:54.572316+00	2024-06-19 17:24:02.572316+00
880900	64	5110	IMG_7529.JPG	u/40/0257afbb-7891-4df6-8b45-2eaf79af11b3.jpg	3ed46d7169faac6843b35aa49df697cadf57e760bafe56e6e286fa0f4d8cbcc7	9169915	3024	2268	Canon	Canon EOS Rebel T7	2024-01-12 04:52:53.129855+00	2024-05-20 07:41:39.129855+00
880901	64	5111	IMG_4402.JPG	u/40/b59e9cbe-a196-40e5-b8c2-da989e017580.jpg	248d71ad747a0b751e6414aa3aae7766bf82d8c2310f11fcdef589d1f1463644	7659506	3024	2268	\N	\N	\N	2024-06-21 20:46:04.457347+00
880902	64	5111	DSC18209.JPG	u/40/5db5ede5-9fce-4a27-b2f8-a763e8b3c01b.jpg	172837a3cf533052449f91c9f92249fd7e7708a662aecbc3258cfcba60eecc13	13622644	6000	6000	\N	\N	\N	2024-06-17 11:44:40.390215+00
880903	64	5111	PXL_20240420_039152465.jpg	u/40/78a865b6-0bb5-464d-afdd-0d0e954e4181.jpg	5d61e3fe642fa09d16a7929b561b07f597c22301c716a3cf7a3f260244636a27	12448360	6000	3024	\N	\N	\N	2024-06-10 02:29:46.311956+00
880904	64	5111	PXL_20240203_135007180.jpg	u/40/fc419a58-1693-400f-8fef-31fdb9da474f.jpg	63f8c5cccd47d038ef1ae3ad0afe11257b6039490ec2f6b6ddea70a4d0a6b0ed	1241927	6000	4000	\N	\N	\N	2024-05-29 03:11:03.306876+00
880905	64	5111	_MG_9650.jpg	u/40/9473d0c2-8b23-49ae-89dd-bf02ee0698eb.jpg	019c83d8adfa34723a95a2486efab2c721334f8d092a1d1c031e16039e815366	6997369	3024	3024	\N	\N	\N	2024-06-12 03:22:41.292065+00
880906	64	5111	_MG_9131.jpg	u/40/0ae169c3-0870-489f-86a0-97527cbd2d3f.jpg	43dc95b765d81680a5c33e3e8c69386d031535afa3741560f13bf7773c1b9e12	808849	4000	2268	\N	\N	\N	2024-05-30 02:35:02.545067+00
880907	64	5111	_MG_5218.jpg	u/40/a82fa7fc-5989-4e1e-97f5-85e7704e2945.jpg	2a4f06531489cf7b51a64f124145b990f26e86238f5081053aca68a98e097380	1915098	3024	6000	\N	\N	\N	2024-06-28 21:09:19.497285+00
880908	64	5111	IMG_6406.HEIC	u/40/57228194-d42a-4c20-8331-5aa972f7e800.jpg	01421c7292ee1d30395f6c21c09c33d50aade7b6e7e86d43628170c1582d811b	9929689	6000	4000	\N	\N	\N	2024-06-30 07:48:58.321200+00
880909	64	5111	IMG_7598.HEIC	u/40/01a89e5f-e580-45e5-955c-833900598a0a.jpg	ffd6a8720b4aee2ab65c552ff39c3e21ed398cdf7ab9136978a5c71764dd9899	11447879	6000	6000	\N	\N	\N	2024-06-17 11:13:21.615751+00
880910	65	5112	IMG_4087.JPG	u/41/e38d101b-1f72-4f8e-ac75-9ae2a35412c3.jpg	0301d52116780150aee876325343a3e3a898847e32e2d40c59a43cdf934b1e8c	5748432	6000	2268	Canon	Canon EOS Rebel T7	2023-03-21 05:13:45.361796+00	2023-07-09 12:00:16.361796+00
880911	65	5112	IMG_2399.JPG	u/41/c9f2ccbc-36f5-4518-b81a-e5bba644e30f.jpg	eecb1fc588eb5ad787061229215c5c0634c13eda2eb43404bf144027b1e58e61	9872410	4032	4000	Canon	Canon EOS Rebel T7	2022-12-27 07:10:10.683549+00	2023-07-30 01:04:33.683549+00
880912	65	5112	_MG_9087.jpg	u/41/38175238-f89c-4b82-89eb-d163503c93ef.jpg	01fbf489299a0313b7b031aa3a4752e2e3b052db68a871335a7a1125fe95516b	3299915	4032	2268	Canon	Canon EOS Rebel T7	2022-12-05 22:14:58.021079+00	2023-08-13 00:36:58.021079+00
880913	65	5112	DSC07976.JPG	u/41/1c1765d7-1fb9-47b8-9b94-9c499e38bb93.jpg	503f82836c46b5995f163df191328df6f3e595172d69791675a229c71a061cc4	1389799	4032	6000	Canon	Canon EOS Rebel T7	2023-06-01 06:06:11.182479+00	2023-08-01 08:21:11.182479+00
880914	65	5112	_MG_3197.jpg	u/41/df1ca619-18e2-4b58-871d-54466a28bc4f.jpg	8e54043712ca271646a1e670ac5095bb22d9d00703b299d76bcbeb004d9c2c97	13964193	6000	4000	Canon	Canon EOS Rebel T7	2022-11-30 03:03:30.407843+00	2023-07-11 05:50:11.407843+00
880915	65	5112	DSC27587.JPG	u/41/60572bab-eb1c-4e6c-abbe-e54a8ce250c4.jpg	7080bd990daa0ba6f149349cffecaa681f02003755198c6755fec42a0b90bcea	8073994	3024	6000	Canon	Canon EOS Rebel T7	2023-07-20 20:54:10.483207+00	2023-07-26 02:15:39.483207+00
880916	65	5112	PXL_20230402_105151566.jpg	u/41/37e59906-04c5-4510-9251-4318eea88719.jpg	b2209235f4d0542b36ea6ac4eab1550f4c157446f499689a9d7181aecdd58936	9753714	4032	6000	Canon	Canon EOS Rebel T7	2023-04-02 06:13:27.938220+00	2023-08-12 22:10:18.938220+00
880917	66	5113	IMG_9377.HEIC	u/42/2653e033-d1d6-4925-b08d-123a21fdeceb.jpg	8b568cac03f29cc5141766480134a3955c3b723eb36979163cee021f29430a6c	8299399	4000	4000	NIKON CORPORATION	NIKON Z 6_2	2024-07-01 19:56:29.072252+00	2024-08-12 06:13:01.072252+00
880918	66	5113	DSC77760.JPG	u/42/202d2a4e-d1d2-4ec5-a070-471fbf2192d8.jpg	872cc4f349098c0d7a08e6949e90a02aaa70e0d55b9fb1b97c7fdf141165f28c	13684296	3024	3024	NIKON CORPORATION	NIKON Z 6_2	2024-01-16 03:41:08.598336+00	2024-08-13 12:44:50.598336+00
880919	66	5113	DSC95482.JPG	u/42/00c1ad99-b12e-4d93-a197-9dfdedf8e475.jpg	1c268338cd13e0f0675fbcc243c828c50e103986fd45632b9e45db5d1139789d	5317181	4032	3024	NIKON CORPORATION	NIKON Z 6_2	2024-04-25 15:15:26.620393+00	2024-08-28 13:07:58.620393+00
880920	66	5113	IMG_1607.JPG	u/42/beeaeaf7-c4a5-4dfe-b804-b29d7eb3362a.jpg	fca86d55f6a3c4b53aa232276b027cd10bfeb9fa9a06408e89619837080de726	3949607	6000	6000	NIKON CORPORATION	NIKON Z 6_2	2024-07-24 18:19:04.001422+00	2024-08-21 07:52:21.001422+00
880921	66	5113	IMG_9318.HEIC	u/42/79fa71c6-f741-47ca-8dff-c6e8205c8a54.jpg	f9cf7105ba9dcf27616203b2bd25c8d2170ec6d67e8b1016ba030e3cda591d45	3003847	3024	4000	NIKON CORPORATION	NIKON Z 6_2	2023-11-23 15:50:49.614806+00	2024-07-25 20:39:00.614806+00
880922	66	5113	_MG_7497.jpg	u/42/66225aff-399e-43c6-becd-02c981895b97.jpg	2f318c2c32f9c36739a97395378b9959962b0ccb1fa3f91e33e81142b589ba21	11449750	6000	4000	NIKON CORPORATION	NIKON Z 6_2	2023-11-11 13:19:42.882919+00	2024-08-12 03:22:50.882919+00
880923	66	5113	IMG_9147.JPG	u/42/d54d9bbe-7272-450f-a977-01dcdb088de0.jpg	32a5cbd905514670a432fa0c50e3ed1752f9c9fa8b0b3c4d106b75cf248c2913	12899892	4000	3024	NIKON CORPORATION	NIKON Z 6_2	2024-07-27 16:39:05.577462+00	2024-08-24 02:00:55.577462+00
880924	66	5113	IMG_0876.HEIC	u/42/f9b81c36-44dd-439a-bcf2-cb85d3f36183.jpg	ceb150dad3069f612204e9cb2d664629796b93b3301cdd653ab7ce0cb2b7da50	1222010	4000	6000	NIKON CORPORATION	NIKON Z 6_2	2024-03-29 17:02:31.296105+00	2024-08-23 04:20:40.296105+00
880925	66	5113	_MG_9713.jpg	u/42/6518bb32-9696-4dd0-926a-4ecae3793d10.jpg	45c01c317e4966343d775195aad113b3d87212f7466284c54c94a08808aa0974	8835298	6000	4000	NIKON CORPORATION	NIKON Z 6_2	2024-06-17 21:05:49.242405+00	2024-08-17 08:35:43.242405+00
880926	66	5113	_MG_7222.jpg	u/42/6e1717b8-2ab6-4fbb-9b83-3bc17c4b8af1.jpg	2a804c11232834ed2e6e0f2621ce8fff8b1db4582b3d6dac2adbaf53261e95cc	11218879	6000	2268	NIKON CORPORATION	NIKON Z 6_2	2023-11-19 01:16:12.669818+00	2024-08-28 20:44:13.669818+00
880927	66	5113	IMG_9002.JPG	u/42/617aebd5-f48d-4e8e-8e7f-7bd62683b690.jpg	17132a864efec7574cdd6f3871f5c66eaefcc0a3ab25c2ec067b7db5613d421b	11167555	4032	4000	NIKON CORPORATION	NIKON Z 6_2	2024-06-23 04:45:30.273309+00	2024-07-24 22:41:02.273309+00
880928	66	5113	IMG_7773.JPG	u/42/b1b81027-e48b-4ab5-a2f7-52fc25123cf6.jpg	8cbe46b6732cec545fc1ce19020f0c0a6839ebf4063fea225319e960753ca893	4036319	6000	3024	NIKON CORPORATION	NIKON Z 6_2	2023-11-02 00:21:28.719291+00	2024-07-26 15:58:44.719291+00
880929	66	5113	IMG_9224.HEIC	u/42/a70e4dab-5f8b-4602-a555-92d252528757.jpg	9d7f1ee1cb588c6bf8faaf52ceae6cd68c695fdc1d92dc07b5e2b329d988b26f	11604626	4032	3024	NIKON CORPORATION	NIKON Z 6_2	2024-06-16 10:49:18.245944+00	2024-08-20 14:00:46.245944+00
880930	66	5113	PXL_20240709_121630511.jpg	u/42/3cffae39-e7a6-4256-a10a-18d1d6b78358.jpg	71ba993aa15561bccd2924560a04690f0d9b7da2a684eae5e26a7d19f64055e6	7344741	4000	6000	NIKON CORPORATION	NIKON Z 6_2	2024-07-09 05:59:26.582192+00	2024-08-26 06:44:46.582192+00
880931	66	5113	IMG_7857.JPG	u/42/2c9472fe-186c-4772-b187-715cef5a86aa.jpg	46b013695e919a262ba1f58449226ffe237dbc1c1f7fa75f8b49fe5323f1b457	6374747	4000	6000	NIKON CORPORATION	NIKON Z 6_2	2023-12-26 22:30:58.213765+00	2024-08-08 08:32:16.213765+00
880932	66	5114	DSC93435.JPG	u/42/b21fe46c-4b9d-4178-9588-566a86bb7940.jpg	673f044bdc56d14d8d7d50fe055033c4f265b70cfa19b6940aff955fc79a34f6	5036227	4032	3024	\N	\N	\N	2024-04-21 09:40:22.036559+00
880933	66	5114	DSC68704.JPG	u/42/8061499c-dd7d-4f18-8983-1207230d9d9c.jpg	0d2584c05412e387fd2f70df53b2df08555639e59f28263134d604fec8de681d	9294424	4032	4000	\N	\N	\N	2024-05-13 00:12:25.136230+00
880934	66	5114	PXL_20230908_141762446.jpg	u/42/d3d107b5-9595-49a1-814e-a1a245277ae6.jpg	4e6c14b192dc7864f06429e243988ef9aef2e5ac11f8f5bbbc5746f6dfc3f867	4479140	4032	4000	\N	\N	\N	2024-05-02 06:51:58.753106+00
880935	66	5114	_MG_7249.jpg	u/42/5851a6f6-c3d6-4632-ac39-5bd3341b8918.jpg	c4cac79e185093966739a55468cac59f4c7737d52308e515e9415a20516b8acc	9259299	6000	2268	\N	\N	\N	2024-05-05 08:24:37.532538+00
880936	66	5114	DSC05372.JPG	u/42/fbf204f9-5b64-4efd-87ca-99a7eade2533.jpg	3e6d3533cd0b3b2497f6a82df5525c9b585db5f800843dfa0dd8c3a7f2805a0a	4392148	6000	2268	\N	\N	\N	2024-05-03 03:53:08.999630+00
880937	66	5114	IMG_0999.JPG	u/42/43002666-0d8d-4556-a1d8-609fafbfe84b.jpg	66ee3bc0d230366dc84e5056b2325a5122e05defa4d2ade8f91bf1179b5c08c9	6997279	4000	3024	\N	\N	\N	2024-04-30 20:09:02.374426+00
880938	66	5114	IMG_0288.JPG	u/42/dd8f1fa3-ef72-4b7d-ab53-17c65a5bbad9.jpg	6facb36a697bb2766b2b3741638b17b0853a13a77db40d3bfc2184d2fa4fe86f	13661524	4000	3024	\N	\N	\N	2024-05-22 17:56:48.135727+00
880939	66	5114	PXL_20230825_054892727.jpg	u/42/785faee8-8786-42b9-b0a2-a8c488e45013.jpg	2cce673055588a7979b1a0b4014c839d3934b4e91632c434e91f0ff7ad48119b	10881164	6000	4000	\N	\N	\N	2024-05-15 12:58:16.565153+00
880940	66	5114	IMG_0777.JPG	u/42/6efa2057-1d6a-4a39-b025-6d04e6d43838.jpg	9e0967beb6b623939ec855edafdc061fbfe5f57aa56d619bb5ef47e877b15fcb	2418594	3024	6000	\N	\N	\N	2024-04-21 19:03:19.375653+00
880941	66	5114	_MG_7839.jpg	u/42/3f71c00f-07d3-41ae-903a-4e2349e1f80a.jpg	a8b0468067b09bc6d33407d82dcc0edbe65da5d97f74aeb648eb3fd2cca60b01	4395178	4032	6000	\N	\N	\N	2024-05-17 17:48:51.070020+00
880942	66	5114	_MG_2728.jpg	u/42/88f09b25-6bf6-47c5-ae56-81ace4933f74.jpg	678b9d4cbb06a3ede034eddfac60492f1486eec3fece4e5311da8840148f71c2	9610070	6000	3024	\N	\N	\N	2024-04-24 16:41:35.039471+00
880943	66	5114	PXL_20231002_189758062.jpg	u/42/9eea54ef-e8aa-4397-8354-487365a0b26d.jpg	8e840d5aab91244a9f2fe4aa9052e6f0b061b14bee815e2b973af2af9edfc949	2971453	4032	3024	\N	\N	\N	2024-04-29 19:26:18.958415+00
880944	67	5115	_MG_4069.jpg	u/43/87a789bb-7637-40aa-98d1-031b4479f93e.jpg	f4a17a0b9d86e3f629a5099a5f45510e52e4d746b8236794c0250bde0c7e9143	7850653	6000	3024	NIKON CORPORATION	NIKON Z 6_2	2024-01-11 01:21:41.760917+00	2024-04-11 04:43:00.760917+00
880945	67	5115	PXL_20230727_089836081.jpg	u/43/1c9c3ae0-d565-4e25-bf50-93b7157a0a3b.jpg	6eeef71751f9a2deedd4dc89f8285cfcb8a676326aa6a6ad65020833f761b36b	13423870	4000	4000	NIKON CORPORATION	NIKON Z 6_2	2023-07-27 17:56:49.078689+00	2024-04-06 14:04:55.078689+00
880946	67	5116	IMG_3804.JPG	u/43/e444d103-3c67-4af8-8cca-ebf2478ceb87.jpg	4596a56fb8265a4309c1344dcb7fe0d69038bbf32c760f557a7de0c8b7ea7766	5504068	6000	3024	Apple	iPhone 13	2023-08-16 09:40:55.540333+00	2024-05-05 02:34:04.540333+00
880947	67	5116	_MG_4204.jpg	u/43/02d6f662-baea-453e-afb6-2cfe307c7963.jpg	fc77675bf15b9753ef964ebc3aab5789d18ff0508856508235bc438283cb610b	7840567	4032	3024	Apple	iPhone 13	2024-02-21 08:37:06.524989+00	2024-05-27 13:16:55.524989+00
880948	67	5116	IMG_9748.HEIC	u/43/b95841fb-59d1-450f-974b-8a94fe7d560e.jpg	3220a5e867a0ffbfac788c3879ddcb9d6f33a86cf84577c6d010a8f45c1d84a2	5212793	3024	4000	Apple	iPhone 13	2024-04-15 01:48:09.931429+00	2024-05-25 03:19:50.931429+00
880949	67	5116	IMG_3560.JPG	u/43/1f10043c-eaa1-43a8-9253-b9345c377edb.jpg	208a2b067a3166ea3d47608bae60a54a9184b700a3b9645e4b20ac0c6f304390	9636875	3024	4000	Apple	iPhone 13	2024-05-02 09:13:00.843416+00	2024-05-13 00:03:15.843416+00
880950	67	5116	IMG_1788.JPG	u/43/b367d5f9-cfc0-42a8-a6a3-4ab23b6db824.jpg	8d52e0b98cbbeb95a389d221b77d86bd33b92a4972d584ccdfc607c5d9b03b67	5217477	3024	4000	Apple	iPhone 13	2023-10-08 16:51:02.751122+00	2024-05-16 19:56:28.751122+00
880951	67	5116	IMG_3714.JPG	u/43/cece52c2-509d-4607-962a-a305f352c953.jpg	cc4df5d9b9bfbe21dea61bff0286e1d38894bc8a4e5bf03fc2ba6dfac6a25b82	9369484	3024	3024	Apple	iPhone 13	2023-12-31 21:32:24.333638+00	2024-05-03 16:41:35.333638+00
880952	67	5116	IMG_7755.JPG	u/43/dc121e79-e5a1-47c7-9098-ba7e9298058a.jpg	f0ee2571e6f1974627073831ce862565202ceaf8f97254e0f7fc3ce313f11b6b	10640622	6000	6000	Apple	iPhone 13	2023-08-25 16:56:15.588485+00	2024-05-25 17:18:28.588485+00
880953	67	5116	IMG_2585.HEIC	u/43/c029d855-4f1a-4ba4-af88-4d4ce5a9e471.jpg	6311702e249bdc14e9739963d0a5cd880cde13307b14ca09f972e6ba168105a5	6087516	6000	4000	Apple	iPhone 13	2023-10-16 04:04:55.301448+00	2024-05-25 19:36:22.301448+00
880954	67	5116	PXL_20240310_233088468.jpg	u/43/da85cdc3-5794-43d1-8725-4c035745fe78.jpg	2f90a8f70cc42c5fc94e10b8490627e55710f93fc8c2faba29b7b9afe275cd35	10175840	6000	3024	Apple	iPhone 13	2024-03-10 11:24:35.175556+00	2024-04-26 09:22:36.175556+00
880955	67	5116	IMG_6598.JPG	u/43/110ecb12-aa6b-4226-bd35-a27893cd733e.jpg	1f2794efb800b1d9ec05149551353623a0965a697b4fa955c826652f79265a18	2027126	6000	4000	Apple	iPhone 13	2024-04-30 23:51:41.276942+00	2024-05-07 11:25:12.276942+00
880956	67	5116	PXL_20231111_228887947.jpg	u/43/8cb7ce87-1584-49cf-83ee-7004582d2606.jpg	9aaca946c55845242e700b5386d95854f9606dabc80b6c304207969235e7c6d5	4528207	4000	2268	Apple	iPhone 13	2023-11-11 05:45:27.030391+00	2024-05-07 09:20:56.030391+00
880957	67	5116	IMG_6807.JPG	u/43/0254a081-8aec-4ce7-ae26-61ace091df0e.jpg	3c4457e671d3337385c1ce18e7f9d41460bf8159e521c6e2478042a14fdd50e3	8333134	4000	2268	Apple	iPhone 13	2023-11-09 16:03:04.140175+00	2024-05-19 10:31:50.140175+00
880958	68	5117	DSC31847.JPG	u/44/f6bce77d-ec2c-4b65-a614-9ab14fe1fa62.jpg	afc8e6648b69b79a46422ab990fe5e4ecd2401861a70edcc9cbc0c4562386bff	13341828	3024	4000	NIKON CORPORATION	NIKON Z 6_2	2021-08-20 22:47:58.537749+00	2021-10-11 04:17:08.537749+00
880959	68	5117	DSC65936.JPG	u/44/5c59674a-c524-401b-8393-96577da55bb8.jpg	e8dfb740e490f2f87c57e3af6fb41b3e837c026e2169962be28b9c3f274672e0	4599827	3024	4000	NIKON CORPORATION	NIKON Z 6_2	2021-04-27 21:55:02.413001+00	2021-09-24 13:45:52.413001+00
880960	68	5117	DSC28089.JPG	u/44/2c0a7e72-0f1d-4e32-ac53-6cf822ca4a6d.jpg	978100fb304712a9e04e6560420439f8b7661fdfca30451853a3f36bfc606f40	7346924	6000	6000	NIKON CORPORATION	NIKON Z 6_2	2021-02-11 19:32:47.839247+00	2021-09-19 14:25:43.839247+00
880961	68	5117	PXL_20210829_152245784.jpg	u/44/84ed9ec5-fa9a-4d5a-ad4a-1e1a762970e2.jpg	5f13b569e0e3caa90d482c37301067f04953b95b7db17a96b43c4a700e614859	13393432	4032	6000	NIKON CORPORATION	NIKON Z 6_2	2021-08-29 01:11:39.423217+00	2021-10-16 14:07:59.423217+00
880962	68	5117	_MG_3020.jpg	u/44/0eaf1df3-0387-4438-b3a2-69584e05f399.jpg	a4a96332d958fe26efc62af9b2e6dad3089f6001c175de5fe208fd24e296f2dd	3560851	6000	2268	NIKON CORPORATION	NIKON Z 6_2	2021-05-30 23:42:45.852462+00	2021-10-12 14:38:51.852462+00
880963	68	5118	DSC15346.JPG	u/44/bc8fade0-5848-41ba-a82c-8c033652f2a3.jpg	4554d8a0ccf22166cf398775b758f5a17823779cf005c7a5560eb0533b3e254c	3800766	4000	6000	SONY	ILCE-7M3	2022-07-08 23:31:07.781004+00	2022-11-23 02:23:34.781004+00
880964	68	5118	PXL_20220802_215436697.jpg	u/44/b391f3b2-9c64-4375-b931-57f3f5b30186.jpg	14a22a0484b0ef07382bd307f7987989457bdc48a9bc8cd4a8b73d39ee58083a	13256183	6000	3024	SONY	ILCE-7M3	2022-08-02 08:21:15.638264+00	2022-11-06 14:33:22.638264+00
880965	68	5118	IMG_6824.JPG	u/44/90e34464-7493-4731-bc69-5f742ffc734b.jpg	406cd5cfa6047acbf03f24ac51c7745111d38fd3a8a8590bdabad6efc42d54ec	9467948	3024	2268	SONY	ILCE-7M3	2022-08-27 20:27:01.897832+00	2022-12-04 04:42:03.897832+00
880966	68	5118	IMG_3216.JPG	u/44/59fd9cc1-a672-46f8-9db0-d8c54cabdbb2.jpg	acedbcd6e6fb25a8333208ef4b92ab1d9af1495c20368ea892b2043cb6bb69e2	7395834	3024	3024	SONY	ILCE-7M3	2022-10-31 17:20:40.312131+00	2022-12-02 23:24:10.312131+00
880967	68	5118	PXL_20220521_130605885.jpg	u/44/fbb077f4-e739-49a6-b1cd-2a0d4d653cf8.jpg	db9666f82cbbadfd3da3842fe928f7e55a9d8641c313c842b115d99020533131	2156242	3024	3024	SONY	ILCE-7M3	2022-05-21 03:01:07.286703+00	2022-12-10 19:02:22.286703+00
880968	68	5118	DSC86966.JPG	u/44/164d781a-c313-4eff-83d3-493a617fc8d0.jpg	ac288f0a6838bf42d98169e98f4192a77500aa08adff1da94d08f0f62dccf47a	10182941	6000	6000	SONY	ILCE-7M3	2022-11-10 22:31:42.751780+00	2022-11-25 17:29:44.751780+00
880969	68	5118	PXL_20220221_111241385.jpg	u/44/ac62e80f-5ff5-49d9-899d-2459f5853254.jpg	046171aee8fc92a7b2ed6bb55319051648e9f19a735bc6e81006783e879be2d4	3483756	3024	6000	SONY	ILCE-7M3	2022-02-21 20:15:15.255446+00	2022-12-09 01:53:42.255446+00
880970	68	5118	PXL_20220418_164986753.jpg	u/44/590b2781-b738-4780-9388-aac049ff6bbf.jpg	ce8fc7c6da26b3d109fd4057428016da1fb341a0d8586bb3ee2ec08c6389ad37	8083587	3024	6000	SONY	ILCE-7M3	2022-04-18 23:29:56.142820+00	2022-12-08 11:17:01.142820+00
880971	68	5118	_MG_7218.jpg	u/44/f6df12e3-2f2e-4491-b173-32abc62b3866.jpg	4473d920a51f779235a6fe7845165de773b35f35e7f6c2c5f910117e3caa93e7	9341804	4000	6000	SONY	ILCE-7M3	2022-02-25 02:34:27.410515+00	2022-11-28 04:35:13.410515+00
880972	68	5118	IMG_5476.HEIC	u/44/760c2057-f1b9-4876-8b72-04a24d61f424.jpg	2b9e3387db3c6b1b78cb58347b6e037c5a845b0010d778e4bde6a3aec380fd11	4953574	4032	3024	SONY	ILCE-7M3	2022-01-22 05:55:09.309229+00	2022-11-18 06:39:33.309229+00
880973	68	5118	_MG_4532.jpg	u/44/545e1099-d507-4c74-bd7c-cf7e5b7e0b4c.jpg	f3b2a8fc8fe71aee586b48d23c84125d204a54c00c11a927f3b12777e4b843ce	11265673	4032	6000	SONY	ILCE-7M3	2022-06-17 11:11:27.201572+00	2022-11-10 00:57:23.201572+00
880974	68	5118	PXL_20220724_007229397.jpg	u/44/9a61006f-3017-4401-bd74-ab28822cbfe5.jpg	44a58175d034b979cc7d5e21d20fbae14db72ccac97ebbec2e0bb3e9293a25f7	2655489	6000	4000	SONY	ILCE-7M3	2022-07-24 07:02:16.003246+00	2022-12-05 01:45:51.003246+00
880975	68	5118	IMG_5681.JPG	u/44/a618095e-fabf-4a74-bfad-3a87ca99ec61.jpg	048d89e59f7515a7fca49f0d624dc6b5ea134fae6e0da8f294c21377b2df720b	891365	4032	4000	SONY	ILCE-7M3	2022-03-10 09:25:03.413058+00	2022-12-12 03:56:39.413058+00
880976	68	5119	IMG_0109.HEIC	u/44/9bcdbc8a-86cb-4fd9-b7d2-a04ff3171ba1.jpg	e2df5fad0b399479ba6a9408930622896b3c51197876dbab7d222b577298d950	10387046	6000	6000	\N	\N	\N	2022-03-26 14:21:21.965167+00
880977	68	5119	_MG_3615.jpg	u/44/a2c2d584-c5cc-47f8-83c4-4c4b7fadab4d.jpg	80887a0d894fb60c2a0a617979c279dddf47b43c98069774304cf4d32da5ee2f	13688547	4000	6000	\N	\N	\N	2022-03-14 18:57:18.216971+00
880978	68	5119	DSC64085.JPG	u/44/1fcc5d62-9d8f-42da-9a44-feae3bf49afd.jpg	a6ceb6e6eff6883e067f8a840e50494fa67326d597a9a3097271ff77735baa88	6618517	4000	6000	\N	\N	\N	2022-03-27 08:18:08.518706+00
880979	68	5119	IMG_0175.JPG	u/44/3ed53c24-5784-4a80-854e-d22b0f0d6537.jpg	763453a4477d07a6bd0bd59ce2427ed6e2d8f4aa35a4805750b226f87148896a	11160885	3024	6000	\N	\N	\N	2022-04-05 18:34:15.276788+00
880980	68	5119	PXL_20220222_060746508.jpg	u/44/0fd246db-1a93-4155-8e28-0bb2e0790b70.jpg	e7a95deac70c51c2532603d7ce5216e4e83f2e4c4b3acf503579105dd08cee50	5175315	6000	3024	\N	\N	\N	2022-03-29 08:30:57.883860+00
880981	68	5119	DSC84656.JPG	u/44/056c7085-6355-421a-bc3d-549b7d1e9599.jpg	9e418fae6ae951684cd6d21e46660694f26b7f311eb7a32e2dc0fb1e6b5021f9	9647913	3024	3024	\N	\N	\N	2022-04-03 05:08:32.059206+00
880982	68	5119	DSC09946.JPG	u/44/45d7e413-839a-4061-8807-31560e13d7bd.jpg	c97f198079df7828a929fc1f5461850c9239619faec8acbcf61c83321fca14ae	11090637	4032	4000	\N	\N	\N	2022-03-24 10:24:35.906258+00
880983	68	5119	IMG_8182.HEIC	u/44/fc59c190-3777-41bb-aaba-8d8c3ac46c95.jpg	6135406e38615ad0ce466dbad9320b59a258771ab6dcd73b8c9275f696dca009	13958799	4032	3024	\N	\N	\N	2022-03-24 19:58:59.999011+00
880984	68	5119	IMG_8500.HEIC	u/44/e330eb60-f5bc-4258-ad14-f1fd849068ae.jpg	1a6ed1b5f6671ac3391967069254b2d0188a7e2627e08dd37ea81ead0a483fcc	2211702	3024	4000	\N	\N	\N	2022-04-12 16:06:44.822476+00
880985	68	5119	IMG_3783.HEIC	u/44/b05799d3-b7f7-476d-9fb5-acc7a88f3237.jpg	5c22bdf7eb2207c03c21ee172b70dede26f895168f7efd57bda7001499e8e4cc	6185796	4000	4000	\N	\N	\N	2022-03-14 13:57:33.839070+00
880986	68	5119	IMG_3081.HEIC	u/44/0dc7253f-2744-440c-a339-1f38d02c2cdf.jpg	b82ee8c0cdbcf2244f53d61495fba3ac5cd3d9c3cbe7d9d3ddcb024e4f0837c5	1185914	3024	4000	\N	\N	\N	2022-03-27 01:12:51.978039+00
880987	68	5120	_MG_0428.jpg	u/44/4946a549-9a6e-4141-8ea9-a5c83da3505c.jpg	fde55444680cc2290c688bcfd854ed7df820c3f96747c71c1c6314261a65d61d	7460471	3024	4000	Apple	iPhone 13	2023-03-18 03:56:39.207008+00	2023-06-25 11:36:57.207008+00
880988	68	5120	_MG_6083.jpg	u/44/bd62c3dc-7df5-4f76-aad2-5426997d6c8e.jpg	82961b65052c1d73250539d426b7a390c0803e8e4a7a6ff1882907861fb57274	5588014	4000	2268	Apple	iPhone 13	2023-02-24 22:12:37.700687+00	2023-06-28 16:02:58.700687+00
880989	69	5121	IMG_6894.HEIC	u/45/3d30c4f7-e9be-4d62-85ef-69f9d807778f.jpg	1bd87df6a40269bacaab3df4c0ea0e697ab25ff17e0d1cff472b8ac904f8cb7f	6200874	6000	4000	Apple	iPhone 13	2024-10-09 11:15:06.584960+00	2024-11-12 16:48:48.584960+00
880990	69	5121	_MG_7182.jpg	u/45/d88ddc48-6d1f-465e-912a-0615f520e35b.jpg	a63ef3691651d0ee94625b3d4dcf1bbe4b703be9d594de57bcc786a79eeb1c23	5255638	3024	2268	Apple	iPhone 13	2024-09-12 21:38:22.495180+00	2024-11-02 04:21:31.495180+00
880991	69	5121	DSC82117.JPG	u/45/f3238515-8a38-4591-824a-82c623f2dd81.jpg	748a3b75fbed7f23de4a674cc446cda50de3b6c1458bbd7fce1fd045dbbd6430	5321317	3024	6000	Apple	iPhone 13	2024-02-27 08:05:19.384182+00	2024-11-14 12:09:23.384182+00
880992	69	5121	IMG_6471.HEIC	u/45/de222aff-2c04-456b-a002-e134977fb202.jpg	be95b3e70f8636704257bd8c070bec96cf384b5c6fccce1dd0b7cde12da903fe	9527455	4032	3024	Apple	iPhone 13	2024-10-31 10:43:43.806398+00	2024-11-05 16:07:19.806398+00
880993	69	5121	_MG_7647.jpg	u/45/64bd85bf-9ba2-464c-ae70-545ed5dc23e5.jpg	fa06408612745ee32ea1aad55c02b45ab8575da5532e4749d92628a1b9e2a74b	2620526	6000	6000	Apple	iPhone 13	2024-03-21 19:18:19.962076+00	2024-10-19 13:09:43.962076+00
880994	69	5121	_MG_4720.jpg	u/45/ade81c43-496d-4eb2-8d77-f889d980bc67.jpg	89e308e386844f4a0ed1611839970b122b602ad8907ff87f9977e86a0a864989	10208598	4032	6000	Apple	iPhone 13	2024-06-24 06:54:56.643848+00	2024-11-01 04:31:19.643848+00
880995	69	5121	IMG_3878.HEIC	u/45/bd066f09-d597-44b7-be94-70ccc41f08ff.jpg	bf1046b22f28d3cfa73c24295973abcbdf34b608c3011b751fb15f715c54ead1	9542356	6000	6000	Apple	iPhone 13	2024-03-06 15:04:12.244550+00	2024-10-19 05:44:50.244550+00
880996	69	5121	IMG_0411.JPG	u/45/20b43016-707c-46a9-828d-4f11100df5ad.jpg	606ce14fdf6ba8001d947b98e68791f47cdb043d4857eecb53f1154862de4498	4216880	4000	3024	Apple	iPhone 13	2024-03-08 13:51:45.406004+00	2024-10-23 03:14:51.406004+00
880997	69	5121	IMG_8506.HEIC	u/45/8269942e-35dc-4e2c-919b-772a91b6f1e8.jpg	3cad65e4dc0bf8cb36b4f81cdee9c5536840e95c2d5c00d8e5d6165d8f0748b9	11489137	3024	3024	Apple	iPhone 13	2024-08-14 15:44:10.947890+00	2024-10-13 13:57:34.947890+00
880998	69	5121	_MG_7803.jpg	u/45/90114967-2d0b-4e4f-a79f-de48440a85b1.jpg	4efefec5f8ffcf8bc495c115a0352da47de21a34bd32af13afc20c6f57760934	12711116	3024	3024	Apple	iPhone 13	2024-10-10 14:42:38.148741+00	2024-10-19 01:39:19.148741+00
880999	69	5121	IMG_7236.HEIC	u/45/8e28e578-2769-4206-8ef3-608afc47bdc7.jpg	1f38cb4dee26ddf23a90abf6ad62efcc7ad9681b0edc09ed47cdc3db95cbc33e	3651667	4032	2268	Apple	iPhone 13	2024-03-26 03:47:19.153152+00	2024-11-12 21:40:49.153152+00
881000	69	5121	IMG_2938.HEIC	u/45/ab949ef7-7950-4b1a-97da-51c45b06a0af.jpg	ea161687eaf89fe03990369ce6363e98573002840c4efe55640aa9366fdbf432	4188069	4032	2268	Apple	iPhone 13	2024-08-13 01:36:28.162246+00	2024-11-01 23:17:49.162246+00
881001	69	5121	IMG_2416.JPG	u/45/18c1b791-c32c-4b72-b527-2a79fbd116af.jpg	cfcf7b28b8cf513e9ed87124f2632a11c05bd39f3c4c3ba5e5d281574b031ac2	5822296	4000	4000	Apple	iPhone 13	2024-02-09 18:24:20.015937+00	2024-10-23 09:17:39.015937+00
881002	69	5121	IMG_1856.HEIC	u/45/1202570e-dd14-4042-beb0-f93bf61a57df.jpg	cd7b62ffe3d0ee1f17307dd26987ca02ef6715da6e95a94f650aa331ea9894c8	5686088	3024	4000	Apple	iPhone 13	2024-04-11 17:54:50.443376+00	2024-11-03 09:24:15.443376+00
881003	69	5121	PXL_20241003_188065583.jpg	u/45/15fb4baf-767d-4987-9e81-2cfdde197a6b.jpg	0896ef2d5a29fe90d6f2115cf85dda05a03ba2e239daff48df7c24797d08c5e7	7623472	6000	4000	Apple	iPhone 13	2024-10-03 04:17:04.079067+00	2024-10-22 04:24:17.079067+00
881004	69	5122	DSC15227.JPG	u/45/7f579c00-d9dc-4ca9-b99b-4e6abf4778ea.jpg	72c515457a0e9c8b94cc0fc63dbbcb92feca6d47415bc1a0aa68521f377080ed	2447206	4032	3024	Apple	iPhone 14	2024-04-13 11:48:03.260538+00	2024-04-30 06:34:09.260538+00
881005	69	5122	DSC97131.JPG	u/45/95efde71-b1fa-45b2-bb6e-23e99ec8947d.jpg	26f39f292ece403075b850e6bc8387f9eecbd5392b2d776e441c869c28834059	8184759	4032	3024	Apple	iPhone 14	2023-11-22 23:56:55.249817+00	2024-05-23 12:36:02.249817+00
881006	69	5122	IMG_1030.JPG	u/45/ab644f02-293a-47f9-b834-f1eccb6de369.jpg	e0b00b159ca5ef9ce93d274032a5ed74e748b041fb05f710e355f46ed2f18b75	12204394	4032	4000	Apple	iPhone 14	2024-04-22 11:09:45.979182+00	2024-05-17 01:00:25.979182+00
881007	69	5122	IMG_4821.HEIC	u/45/81d29d7a-edd2-4ffc-ba44-0ad4773328f7.jpg	22f989148212d45433d2a3a5b1770f2161deed83c00ea6fadc2e30bc34ccb6f1	4392720	4000	2268	Apple	iPhone 14	2023-07-15 21:44:33.287868+00	2024-04-24 14:33:30.287868+00
881008	69	5122	IMG_9910.HEIC	u/45/fbda7b15-32b5-4ae7-91b3-6428964bd089.jpg	004dedd039621ac6b509d4884d78cee140ccf2e17d15cbee2579ef306f67e50e	7473354	6000	2268	Apple	iPhone 14	2024-02-13 11:46:22.268828+00	2024-05-13 11:32:24.268828+00
881009	69	5122	IMG_5017.HEIC	u/45/72acecfa-60d7-415c-8722-b03e4c99baeb.jpg	b8a91a7ac10b40c03ffb61739c227aa3d07009a35d6cbc752aad1f4abc5d801b	7518740	6000	6000	Apple	iPhone 14	2024-01-01 19:09:03.633766+00	2024-05-29 12:17:41.633766+00
881010	69	5122	IMG_7907.JPG	u/45/f2d17a6e-1bfb-40f0-878b-045f75e28eb7.jpg	dd748dcde699901b0d7e61144f709e71db6b047f1779792c9c96ce5efd9bf9f8	9408225	6000	4000	Apple	iPhone 14	2023-11-05 04:00:22.236144+00	2024-05-12 21:58:39.236144+00
881011	69	5122	IMG_5907.JPG	u/45/6a6f45fb-9eb8-4b0b-ae9d-30d0dd189c3d.jpg	ff9c55ab44ae7c2751ac7d43bef8e21ae681249da006a8749878afcbad680a79	10719287	3024	6000	Apple	iPhone 14	2023-09-29 11:10:02.199016+00	2024-05-17 19:41:41.199016+00
881012	69	5122	IMG_6209.HEIC	u/45/331fe433-860f-4954-a5ee-6497dd8cb474.jpg	eeaa70dfc5a1c938d75d8f89f8a080c979f7f0009a838526e4c8b4d115235a3a	8024931	4032	3024	Apple	iPhone 14	2023-09-19 16:34:33.585875+00	2024-05-11 19:40:52.585875+00
881013	69	5122	IMG_2282.JPG	u/45/c2e21945-2e94-4397-8628-547bfb113478.jpg	14155f8536372f5b81c828e115cbacb77d27f0d17167ffb691e21f71f1a2f298	2008800	4000	3024	Apple	iPhone 14	2023-10-09 01:41:08.473773+00	2024-05-06 18:37:22.473773+00
881014	69	5122	DSC62023.JPG	u/45/8103c6ac-7945-49ec-8741-86f9768bd932.jpg	83ebfbb64620b27cb282293b00598aff3c484b75585986d2757b73be334bc626	13131629	3024	3024	Apple	iPhone 14	2023-08-23 18:48:22.182293+00	2024-05-30 17:53:57.182293+00
881015	69	5122	_MG_9048.jpg	u/45/fb1be2fe-4566-4a38-9fc3-dc273608fab9.jpg	be1232bda78aa827f3e66c91eacf0363957ef1a18a4a87ed3e4cea804c79fe82	10950435	3024	6000	Apple	iPhone 14	2023-07-16 22:35:05.895884+00	2024-05-04 05:15:29.895884+00
881016	69	5122	IMG_1688.JPG	u/45/e01d7a48-d7c0-42e4-ae73-cac22b60e73e.jpg	86a5e9dbe9aa69fe3cf318878de4af422d88ad963bcf98392b763f254c143fc0	7813691	6000	6000	Apple	iPhone 14	2023-12-23 06:56:02.919726+00	2024-05-04 15:15:18.919726+00
881017	69	5122	IMG_4156.HEIC	u/45/51bafc4b-893f-47a0-9a95-c1a3e7e7a70c.jpg	de78d7851d5e7bd841c6295f92bb33a45ba62fb895406adbcdd9470ffb1d741c	6272067	4000	3024	Apple	iPhone 14	2023-10-03 14:35:18.201156+00	2024-05-23 23:30:24.201156+00
881018	69	5122	DSC92967.JPG	u/45/e9acdefc-0dad-4d2f-b7e7-0c9685c98789.jpg	d859170dd85c26fe3b0a625b16db87aa559250496872ed53201c94d6a386d012	2374675	6000	6000	Apple	iPhone 14	2023-07-28 07:28:24.386315+00	2024-05-24 06:29:42.386315+00
881019	69	5123	IMG_6152.HEIC	u/45/8e6680db-d8a8-478a-850f-3ebcf9985d74.jpg	0882bc406ce4ff688b745b62b30982214df8cb7747cf2793ffb32952e6bf39b2	7410439	4032	4000	NIKON CORPORATION	NIKON Z 6_2	2021-11-25 04:58:22.438677+00	2021-12-12 02:37:45.438677+00
881020	69	5123	IMG_4455.HEIC	u/45/34d2140d-0c52-4f1b-904a-dacfab6b8804.jpg	aad117e8cc3bc441c5ba1e570c4252183853270d42825a9ed4a119b379ec74be	11061684	4000	3024	NIKON CORPORATION	NIKON Z 6_2	2021-09-01 10:40:54.203152+00	2021-11-26 10:26:03.203152+00
881021	69	5123	PXL_20210806_231764641.jpg	u/45/414985cc-33f9-41e9-9ce4-0eb320a4708b.jpg	4ff31bd2a720d8e711fcb312644c9be2fea64fc8f3b7b2d6840f45a6f52c3f28	9105782	4032	3024	NIKON CORPORATION	NIKON Z 6_2	2021-08-06 08:37:27.081501+00	2021-12-15 19:43:01.081501+00
881022	69	5123	IMG_7337.JPG	u/45/d44d649f-e5d9-4100-a284-a8582272e64f.jpg	07cb09163c53f33392979d3a9fea8654cf2c0e078430837b31f043455e1564d2	11943079	4032	2268	NIKON CORPORATION	NIKON Z 6_2	2021-08-15 02:07:23.921038+00	2021-12-01 17:08:26.921038+00
881023	69	5123	_MG_3820.jpg	u/45/bbcc3135-0a11-48fe-852a-6e664214a1be.jpg	8cbce91943356556c6f218c84352aadf5df21f1fdc5faf4d0f84107e77e76213	2091635	4032	6000	NIKON CORPORATION	NIKON Z 6_2	2021-10-22 10:09:16.156558+00	2021-12-17 17:05:22.156558+00
881024	69	5123	DSC12804.JPG	u/45/b1302f4b-682c-44a1-8019-d3b1bc4d16e0.jpg	1b48f73bdc9f7112817d400548b68e6ee08be018dcce10e690454f660919407d	4809883	4032	2268	NIKON CORPORATION	NIKON Z 6_2	2021-11-04 08:01:54.041185+00	2021-11-22 01:14:24.041185+00
881025	69	5123	PXL_20210405_062748686.jpg	u/45/ed089089-93cd-4713-93c5-0bf8dd75e15d.jpg	4ca09e50d6393c2f8e1ff090ee5af15b6d6ec7eb9d7e9018c05bba5f101d8cf7	7192165	4032	3024	NIKON CORPORATION	NIKON Z 6_2	2021-04-05 17:07:54.078661+00	2021-12-05 06:08:19.078661+00
881026	69	5123	PXL_20210525_084041992.jpg	u/45/03c9b40a-863b-4eac-b513-933b4c9b558f.jpg	4ac093174806ab8fc481038d0af76807e23a7ba3de0373389f4c6e1102c9c740	7673466	3024	3024	NIKON CORPORATION	NIKON Z 6_2	2021-05-25 15:07:00.554078+00	2021-11-26 15:11:36.554078+00
881027	70	5124	_MG_0069.jpg	u/46/679c6453-1e19-489f-929e-641883988c01.jpg	584499249a154b7745405d6865fb6080f79e7f42dc1495be4b0a43278354727a	12431801	4000	4000	Apple	iPhone 15 Pro	2023-08-27 14:59:12.174239+00	2024-04-27 09:49:21.174239+00
881028	70	5124	DSC59055.JPG	u/46/359ccde4-ab14-4b03-8134-5387487c4e84.jpg	c866e43c3b0855dd43e4ecedaf4e6d216035e5d5c5a543d98c7ecfdb28c8b1f8	10764319	3024	2268	Apple	iPhone 15 Pro	2023-10-22 17:12:50.199153+00	2024-04-30 10:27:10.199153+00
881029	70	5124	DSC58944.JPG	u/46/ef0d17aa-f826-430f-ac89-238ad3714367.jpg	4db0f9fbb7da1826d0d9f506c548e250c28d388b287cb26978944fa77586420d	5103781	3024	3024	Apple	iPhone 15 Pro	2023-09-30 12:23:35.702530+00	2024-04-11 17:30:22.702530+00
881030	70	5124	_MG_9194.jpg	u/46/7e4fd1ea-ca97-480c-8609-93078ca8bbd4.jpg	bdecf79a7c555c99cce635992da473d1fb9985c1cbc410ddd4a14b271a4ff5fa	9840894	4032	6000	Apple	iPhone 15 Pro	2023-12-24 21:09:56.219518+00	2024-04-27 06:46:41.219518+00
881031	70	5124	PXL_20230815_110112074.jpg	u/46/1e69ced2-3480-4638-8962-56f63e6e96ca.jpg	96e1d31ccf91ea56905d21136536800cea6e6e57a9fccb7f687efee9ccb5d52d	5006188	4032	3024	Apple	iPhone 15 Pro	2023-08-15 19:59:06.482633+00	2024-04-14 12:01:21.482633+00
881032	70	5124	IMG_3131.HEIC	u/46/2b156ae3-d599-4f9d-91ef-06f9727aafc0.jpg	c2e1c952204852a53bdf5886237f16eee8c2ba465376c4301043dd8730bf905d	12637861	6000	4000	Apple	iPhone 15 Pro	2023-10-13 07:48:09.641786+00	2024-04-27 01:34:40.641786+00
881033	70	5124	_MG_9264.jpg	u/46/d4a408b0-d2e0-4b66-bf46-51aeec4e2262.jpg	9108f10afcda1600feb720a06d1d5c5598f4d10f6728a9feff64e940a9503c7f	12449352	6000	4000	Apple	iPhone 15 Pro	2024-01-08 20:53:12.359971+00	2024-03-25 02:14:26.359971+00
881034	70	5124	PXL_20230704_064052054.jpg	u/46/a36d36bf-6af2-438e-8747-b58c8169a4b3.jpg	d9b8ab53dd89db6169e20922ca467c2ba6fecc38b5998425c030931fc365376f	1437714	4000	4000	Apple	iPhone 15 Pro	2023-07-04 23:09:01.548713+00	2024-04-20 22:34:16.548713+00
881035	70	5124	IMG_6958.JPG	u/46/75fbe92f-7d05-4d91-90e9-89ff9123afae.jpg	3dbc659632b4f33febed07429ab0d26b60235ee9f83c89fe950d06d0f2a916a6	12671285	6000	2268	Apple	iPhone 15 Pro	2024-04-07 07:47:20.013604+00	2024-04-22 12:09:17.013604+00
881036	70	5124	IMG_4857.JPG	u/46/503c6a54-ca48-4e56-b686-1a531999b7ef.jpg	4908eeb38965ea2fa651149c8f65faaa3d27f684ae963d6ada9facd93e24f728	4072229	6000	4000	Apple	iPhone 15 Pro	2023-11-02 23:11:03.352576+00	2024-04-24 10:17:44.352576+00
881037	70	5124	_MG_1626.jpg	u/46/c1b57cf7-fab2-460d-b2c1-4cc632419fa7.jpg	d6d48dcea19ae7a4d374335a0563dbcef4f7b8a3e7e96c873075289602ec2bc2	8807011	4000	3024	Apple	iPhone 15 Pro	2024-01-12 00:16:16.789860+00	2024-05-02 18:36:11.789860+00
881038	70	5124	IMG_5771.HEIC	u/46/1b3331bd-5940-46ef-bf02-b57d0f814c98.jpg	262416b853cca6547113fddffd889e1270197abb2f07e5bf8b37c89a900417ec	12279071	6000	4000	Apple	iPhone 15 Pro	2023-12-19 10:55:57.868504+00	2024-04-19 17:08:28.868504+00
881039	70	5124	DSC98707.JPG	u/46/7894cdcc-fd09-4a74-9260-0590bb697fda.jpg	a390a36c1ed9c748d89c6252fe2271ddec798d5ff0da0ef1fefd332aa5eba058	6942512	4032	6000	Apple	iPhone 15 Pro	2023-11-15 19:09:14.143562+00	2024-04-22 03:04:34.143562+00
881040	70	5124	_MG_0134.jpg	u/46/f72cccfa-ad73-4593-9585-7a718e5cf45c.jpg	7f70ace05d448dbce1b22687049cdcd3d14bd23d56ee72309961546c836b70aa	10684445	6000	3024	Apple	iPhone 15 Pro	2023-11-20 02:21:00.689188+00	2024-04-17 16:18:50.689188+00
881041	72	5125	IMG_4026.HEIC	u/48/4df58cd6-c821-4fa5-8482-ec4fe255511e.jpg	0203ffa33a73fd5c7babc938a49c38fa42202a6bf5285353bf8cd329b51bbe34	9190617	6000	4000	Google	Pixel 8	2020-02-18 14:30:36.330416+00	2020-11-15 02:52:02.330416+00
881042	72	5125	DSC51417.JPG	u/48/25de14c5-b009-49de-8da6-a4faf71cf0b8.jpg	a1bac0bc28f6b076a454fd5f146747ec2df3a6280c44ff52ac266ebeee8199d8	5629359	6000	2268	Google	Pixel 8	2020-09-16 20:34:32.447848+00	2020-10-24 06:32:25.447848+00
881043	72	5125	PXL_20200702_178964991.jpg	u/48/cecaa1d0-ce9c-47a8-876f-319f8e9acbec.jpg	d787330ef1986d8cf450684612acb9b6faa8eb30d7761876d3ce640e171cff5e	1297329	3024	4000	Google	Pixel 8	2020-07-02 18:05:59.592918+00	2020-10-27 14:49:44.592918+00
881044	72	5125	_MG_4796.jpg	u/48/000b6083-39ea-47b2-a340-1d1ae4699c6f.jpg	7d88253132235c315a81b51d1bbcd56cbedffc24e54a8c43b9525f8cecc86703	10101968	6000	6000	Google	Pixel 8	2020-06-24 23:37:57.338726+00	2020-11-20 05:49:34.338726+00
881045	72	5125	IMG_2382.HEIC	u/48/2424b48d-9bad-44eb-ac4d-5a987a593e2c.jpg	1780d5de6bae1506d2068aaad25f0832cffe5b20edec298a20902e48964450cc	11119979	3024	6000	Google	Pixel 8	2020-02-05 19:55:27.868933+00	2020-10-22 14:07:46.868933+00
881046	72	5125	_MG_5890.jpg	u/48/3b7bfb12-498a-4b50-80af-5df6163e09f7.jpg	5b43e9c6c79736db5777ab85e90d44252d0ece979b98d23189f3f001a5ae12b1	1501181	3024	2268	Google	Pixel 8	2020-05-02 19:41:34.721731+00	2020-11-12 04:35:05.721731+00
881047	72	5125	_MG_1548.jpg	u/48/cea58abf-cfeb-447e-b6e8-6666ddd62623.jpg	ff95ecf3adf16434e23888e885f49535fcc47724bee82a2b4ea53c1242add55c	2770230	4000	2268	Google	Pixel 8	2020-03-10 23:41:00.207081+00	2020-11-10 02:57:55.207081+00
881048	72	5125	DSC76276.JPG	u/48/8660e21e-b0ba-4b3e-b900-39b31c57975c.jpg	5236a122b3b2c0441db7e90a7a7f51ec7c6f9d72d3437e449ce7dde8e4312793	11342479	6000	3024	Google	Pixel 8	2020-08-28 09:14:11.959283+00	2020-10-16 15:58:34.959283+00
881049	72	5125	IMG_0615.JPG	u/48/3b08859d-3e07-423a-8f00-5597601f563c.jpg	ca0dd5bda71ae6bbcfee42d2b9d74106b682e0217770f1216959e892c2f20fe3	13991367	4032	3024	Google	Pixel 8	2020-04-05 03:14:51.033967+00	2020-11-23 02:09:32.033967+00
881050	72	5125	DSC19597.JPG	u/48/303188b6-83f4-43be-908a-fa83a2b775cd.jpg	b54f93a7875e9d0a82a04db40fe12a9865102b4c845af257fbb04720f63e5e4d	11066557	4032	4000	Google	Pixel 8	2020-09-10 10:35:54.368467+00	2020-10-16 07:12:24.368467+00
881051	72	5125	IMG_5529.JPG	u/48/5c796013-6d0d-4b69-9315-96f3368f6ca4.jpg	97f9c7ec6b556a9b1703c29017658a5e2c99015be4800ad2bfcbbbf184931b9b	8797759	6000	4000	Google	Pixel 8	2020-08-15 02:19:07.586169+00	2020-11-08 19:13:31.586169+00
881052	72	5125	IMG_6042.HEIC	u/48/b72f1674-308c-470e-9fd2-ae4498c74ccb.jpg	5f40dc6c9e2da822b43c734780197b2893744406e59cd08547a81d7042376111	2271496	6000	3024	Google	Pixel 8	2020-02-12 07:46:17.221115+00	2020-11-07 06:24:21.221115+00
881053	72	5125	IMG_0808.JPG	u/48/29b4ab35-6abe-424c-9e00-26fe699387e4.jpg	5ad64b23ff40a21f30f885d06ed563beeba2b5f858ec6b161fae6cf8ec8359df	3171010	3024	4000	Google	Pixel 8	2020-05-28 00:11:32.343820+00	2020-10-24 19:31:47.343820+00
881054	72	5125	IMG_6395.HEIC	u/48/9c988f57-adc1-472f-b974-900e00bb2f8f.jpg	9232d83702508129bfd3a5bad401b041a1f769c464841e93deb9fd3e92948b7e	12856901	3024	3024	Google	Pixel 8	2020-03-26 04:40:54.109984+00	2020-11-06 14:51:37.109984+00
881055	73	5126	IMG_0187.HEIC	u/49/1ac0691c-ae89-4d6f-8bb0-bf579b894a4d.jpg	7a17e07a7cc35c5ec70e3ae0b2a4fb7a65c015fb6a9498178373a783149d5091	7102947	6000	6000	Apple	iPhone 14	2021-04-05 23:59:44.717703+00	2021-09-11 20:40:23.717703+00
881056	73	5126	IMG_9827.HEIC	u/49/e5c7f560-572f-47fb-9a23-649d196ac4ba.jpg	6031e53b3a0cf7c9c21a92cc9a58c16dbd2ca6c15d159245d00a6aea4629db78	3576450	4032	4000	Apple	iPhone 14	2021-06-14 07:06:06.552348+00	2021-09-09 23:19:50.552348+00
881057	73	5126	IMG_0965.HEIC	u/49/37d78d03-474f-41cb-91e8-8ca42cac3a9f.jpg	96fc82bd6c5684912c1aeff575f12644b6cf623f24df92fd695df5a6df4cb27f	11845024	6000	3024	Apple	iPhone 14	2020-11-19 06:16:14.872614+00	2021-08-26 03:14:40.872614+00
881058	73	5126	PXL_20210805_186693304.jpg	u/49/930d55a9-1715-4e40-8872-204d9cb4c148.jpg	ea7b2b7ed6a0972c901f4202431a91f3170f8ab5786a1f3ed47942e88e9317a9	8616847	4000	6000	Apple	iPhone 14	2021-08-05 09:42:44.101639+00	2021-08-21 14:02:56.101639+00
881059	73	5126	PXL_20201222_105443482.jpg	u/49/88a9a934-f6b4-41db-88cf-9c71763ac575.jpg	1ab4d58e96bc779024b8e3460978fd59996303727ce0cdf91b4c287e88c30441	12932858	3024	4000	Apple	iPhone 14	2020-12-22 05:46:31.054855+00	2021-09-14 03:45:29.054855+00
881060	74	5127	_MG_1609.jpg	u/4a/7c7f7003-7566-4ace-82fe-e4d3515b3d90.jpg	8adc74bdeda326c72855c43923f1516580812ea9417d6133fe917d3401804417	2179921	6000	6000	Canon	Canon EOS Rebel T7	2023-05-13 19:51:31.366266+00	2023-07-05 17:48:33.366266+00
881061	74	5127	_MG_5236.jpg	u/4a/bd18be9d-56f3-4710-af43-3572fd7d53d9.jpg	ce6827498a458981c2ef05254c831d6a35bb825f846470a8b2230411f2ba4459	9069718	4000	2268	Canon	Canon EOS Rebel T7	2022-09-28 07:52:22.871758+00	2023-07-15 17:28:19.871758+00
881062	74	5127	IMG_4763.JPG	u/4a/c628299a-e4ce-4458-83b6-aebc92633d95.jpg	78fa0112392ee7455c9f69f509bd24c90b396872766072eb048690dc9f5668e5	10391828	6000	2268	Canon	Canon EOS Rebel T7	2022-09-30 00:01:08.762560+00	2023-07-04 14:32:50.762560+00
881063	74	5127	IMG_3862.JPG	u/4a/8db53cd2-3e32-491e-955a-06117cd863f8.jpg	6d65fd6494203a6d7ed267bb03d4f39d16e82ec58f4ff57fa2f4ce66762ad944	2974539	6000	3024	Canon	Canon EOS Rebel T7	2023-06-01 03:00:30.377257+00	2023-06-30 09:20:03.377257+00
881064	74	5127	IMG_3489.JPG	u/4a/8e27b004-1bc4-47d3-abc8-fa71b9c3ef53.jpg	009ad763129d8e513526919d438a664f86191decdee6a755742bc2aef579bd65	6659440	4000	6000	Canon	Canon EOS Rebel T7	2022-09-30 04:14:12.975185+00	2023-07-05 20:38:45.975185+00
881065	74	5128	PXL_20200526_140553287.jpg	u/4a/dff9b4bb-3722-4d09-8ae9-3a2699e775d5.jpg	5c3ee84b7607300fb2e8833c16e221de154d436c8afe24aa531f4b6a54850a0b	6657541	3024	2268	Canon	Canon EOS Rebel T7	2020-05-26 14:35:17.153228+00	2020-10-27 13:56:25.153228+00
881066	74	5128	IMG_7922.JPG	u/4a/c9904246-ee68-4bdf-a284-22107340b880.jpg	bf19e043a8e5d38b8d9b85564bf2bc1d5fb4b5a53af1a115f82289a76eb1a786	8127154	4032	4000	Canon	Canon EOS Rebel T7	2020-03-03 07:32:17.070984+00	2020-10-03 03:23:14.070984+00
881067	74	5128	DSC15989.JPG	u/4a/9e699e1c-4652-4ff9-904a-a9e367edbb27.jpg	3542a241c33d2779cd63b1d05899a9ae875c678c98b02bee6d2f45bdc6d72aaf	13370011	6000	2268	Canon	Canon EOS Rebel T7	2019-12-24 03:13:37.281627+00	2020-10-19 23:01:33.281627+00
881068	74	5128	DSC98795.JPG	u/4a/a388ed07-950c-4590-88c3-f20561b6a8e6.jpg	2c727f7b7e4f97faa1bb7eef0fcf2ea026b295188d0e89494e9fc7cbea3254e7	4609482	4000	3024	Canon	Canon EOS Rebel T7	2020-07-03 22:25:44.605774+00	2020-09-27 00:01:32.605774+00
881069	74	5128	PXL_20200625_015908624.jpg	u/4a/0e3ce4c8-5fdd-4393-a0f4-cf447bbd8aee.jpg	8c76f1b2f179ec0faf8ddbd43d3e571ad1982d8e42b1c966811bae3215b17792	12393308	3024	4000	Canon	Canon EOS Rebel T7	2020-06-25 23:58:28.512620+00	2020-09-27 05:57:10.512620+00
881070	74	5128	PXL_20200503_205975645.jpg	u/4a/3e89b522-4984-4ee8-aaca-5eee883d29d1.jpg	c81608d975bdcd8b0b035de560c328f535d85d9481a77fe849553dfa432ef608	11692154	4000	2268	Canon	Canon EOS Rebel T7	2020-05-03 16:26:27.407668+00	2020-10-26 00:38:34.407668+00
881071	74	5128	IMG_4383.HEIC	u/4a/88aa2194-8caa-4874-8ebd-04426d24c80d.jpg	7b2bb6feb16e2a87cbaa076b05e3926d9fbef427395fe8f1559c26a63c977eb8	7766146	4000	2268	Canon	Canon EOS Rebel T7	2020-03-29 01:25:42.269559+00	2020-10-31 13:25:20.269559+00
881072	74	5128	_MG_4789.jpg	u/4a/f1f4deb5-56c1-4d46-8cce-4608ebde1ba4.jpg	61c00795ec60e8171a1bbb51fc38ebdddc3489ce8b58602acea2b20736ef29c7	8301184	4000	3024	Canon	Canon EOS Rebel T7	2020-06-24 15:36:59.332411+00	2020-10-21 00:36:02.332411+00
881073	74	5128	_MG_3531.jpg	u/4a/82f637b8-6dd4-4b1e-9917-b8b2ebf40ef7.jpg	be9fc2ccd74a1319ca22ffb506793fe0bb8f351972458dee1c8be667754b7f81	7131322	6000	6000	Canon	Canon EOS Rebel T7	2020-03-18 20:51:14.412025+00	2020-09-26 18:01:44.412025+00
881074	74	5128	IMG_2146.JPG	u/4a/c5625907-3073-4f69-8ab1-98ecb0c1780d.jpg	839be33cf926c8904fa83ac5a108a015d02f32b888193580fe6b9ca364f1590a	8887082	6000	4000	Canon	Canon EOS Rebel T7	2020-01-30 12:28:39.418872+00	2020-10-25 11:51:39.418872+00
881075	74	5128	_MG_9832.jpg	u/4a/45a36d78-7534-4460-bf8a-ace48304b0d4.jpg	145c103bb61d1e2cb5736a2be0df2d4df0ead60bfc9e5e9e714c1222ea8d5c65	7492097	4000	2268	Canon	Canon EOS Rebel T7	2020-09-10 08:53:34.291863+00	2020-10-14 03:36:25.291863+00
881076	74	5128	_MG_1095.jpg	u/4a/eeb43bee-4399-4a4a-be22-fb4a95b70766.jpg	f4d13f1491d9ad2131b544053918cb4b850297488c8e6b7f903cb493d35f20bf	7534140	4032	4000	Canon	Canon EOS Rebel T7	2020-03-17 22:37:26.974279+00	2020-09-27 00:26:51.974279+00
881077	74	5128	DSC97568.JPG	u/4a/697f00ff-11c3-48ad-bac9-edec57c9af48.jpg	b38d8a7e76a94ae6b18148c285266bc8afb050e4cf903f125539ac10d9f3eb6e	11537919	4000	3024	Canon	Canon EOS Rebel T7	2020-07-12 10:25:16.129054+00	2020-09-28 08:29:26.129054+00
881078	74	5128	DSC25932.JPG	u/4a/7d032e25-2c06-400b-9f69-1b01cc099eee.jpg	e30f21ebb3b94c1616730b47cb4d0336cba24e574b69f13599eb8d38bc60eff7	13917423	4000	2268	Canon	Canon EOS Rebel T7	2020-06-25 14:21:23.680228+00	2020-11-01 01:40:07.680228+00
881079	74	5128	IMG_2139.JPG	u/4a/0f788318-e17a-4370-a95b-0d5a9e825be2.jpg	a294991e49ae4cb1bdc2cdf6132484071fbd90bf682dda8e580d237fb2e9b14b	13556278	4000	2268	Canon	Canon EOS Rebel T7	2020-09-25 10:38:10.308789+00	2020-10-20 22:00:20.308789+00
881080	74	5129	_MG_3364.jpg	u/4a/de74c233-c689-4b7d-94fc-0f29ee04133c.jpg	463f7678d3946cd16bc2555801eb228aad918a6e93ac333ab6e2e3376582d9d5	7773357	6000	2268	Apple	iPhone 13	2020-09-19 13:12:02.869579+00	2021-05-29 21:41:52.869579+00
881081	74	5129	_MG_9143.jpg	u/4a/e463254d-6aeb-4d70-9bee-cc54fdc57a2a.jpg	7d221c27a24582cd8470caa3c276ceedf4369b11b07c68386cfc54cee05ecb8d	1794438	4032	4000	Apple	iPhone 13	2021-05-22 16:22:14.104257+00	2021-06-01 12:40:31.104257+00
881082	75	5130	_MG_7987.jpg	u/4b/fd445fc4-f6ab-4aba-bdb6-a93e5ba2fc34.jpg	fc7c825a0b21aa0bf41ee27a891ddca97a0a64e1047b06e6b7a6f857624af6ac	9280116	3024	4000	Apple	iPhone 14	2024-08-26 08:52:57.514228+00	2024-11-11 15:35:54.514228+00
881083	75	5130	_MG_5560.jpg	u/4b/4c3c2de4-2e22-4176-bf3d-0d4637c569ea.jpg	03e4ed66e7bbaec495701be4e4a8dd09e73a9609888b89ec022a47b5deb94f1f	8624641	6000	3024	Apple	iPhone 14	2024-09-16 19:07:37.899343+00	2024-10-17 04:52:42.899343+00
881084	75	5130	_MG_3200.jpg	u/4b/de44e2fa-eaa4-465a-9c24-82df3c847953.jpg	cb239073ff0f5130b5857a82c55217c4e3c2d75418ab59d2975ae2175571d5fd	6603455	4032	2268	Apple	iPhone 14	2024-10-21 12:23:46.780823+00	2024-10-26 18:52:22.780823+00
881085	75	5130	DSC35190.JPG	u/4b/7c02ea73-f686-43d0-93c3-9af4c93f596e.jpg	72c5bbd513d7da968c212641cfd7637860f2ab48ead778503e2f4e0f0df94ad3	6383212	4000	4000	Apple	iPhone 14	2024-02-14 21:13:10.456560+00	2024-11-09 21:37:32.456560+00
881086	75	5130	DSC03752.JPG	u/4b/e3fb4c8f-71d9-4274-bc65-fed37f894399.jpg	3c9c4b2c301d022498651e82a28217435cd37833ff8bad269505c86fc9806525	12246177	4000	2268	Apple	iPhone 14	2024-09-23 10:59:54.180374+00	2024-10-28 18:06:45.180374+00
881087	75	5130	_MG_6017.jpg	u/4b/490a1ccb-38eb-4f3b-a744-c8451c83cbae.jpg	25e2cf7a8d56af2bc0f2017982aeaa383a86fd4077573320aa531f220dcb654f	6231520	3024	6000	Apple	iPhone 14	2024-02-02 17:27:56.854187+00	2024-10-28 22:31:18.854187+00
881088	75	5130	IMG_4533.JPG	u/4b/baac941b-fa90-49f9-abaa-480b793eaa55.jpg	cd5e638aa3cfa5e3a9177ee688d198a83f81c36353e478efd1278e0a086429db	8260928	6000	6000	Apple	iPhone 14	2024-06-08 23:36:12.189830+00	2024-10-21 04:54:59.189830+00
881089	75	5130	IMG_8057.JPG	u/4b/82b02e2d-233f-4df0-8d6e-4e6c7b100d5f.jpg	c8b170960a5a7d7f76d5995a6c078c22ddcf484009de27de96cc2bf6229b3662	5420483	6000	3024	Apple	iPhone 14	2024-06-16 13:25:20.547029+00	2024-10-14 01:41:34.547029+00
881090	75	5130	_MG_7687.jpg	u/4b/200f82f5-f025-4972-814b-49de4a68a2f4.jpg	9561f934134584f39d2c8940783117b0dba7cb6e051d6b873ecc6e25b9fcaff1	5764472	6000	2268	Apple	iPhone 14	2024-11-10 06:52:51.014145+00	2024-11-10 20:51:32.014145+00
881091	75	5131	_MG_1016.jpg	u/4b/72980f71-4969-4bf8-924c-93e7f82272af.jpg	e7854481515f5cc54d278f7fe239dfd0cd720b39b4e48487d3a893b456475355	12539279	3024	4000	Apple	iPhone 14	2024-01-13 04:19:09.229565+00	2024-10-13 12:13:15.229565+00
881092	75	5131	IMG_0324.JPG	u/4b/5ce7ce98-d1f8-48ee-9884-159ec5e41d65.jpg	8e00feaf55bffd1df43d4eae2e6f9631442d1350b9b4a7719b1a4984527242c8	2650153	6000	6000	Apple	iPhone 14	2024-02-18 18:34:31.656944+00	2024-09-28 01:55:02.656944+00
881093	75	5131	_MG_3761.jpg	u/4b/ab5acd3d-6f86-4d14-8efc-4308ba7ddc61.jpg	e43f60690868619a5c18bba3bbb4ae16915c18a8763996b7fc40ec0e63cb872d	5527976	4032	6000	Apple	iPhone 14	2024-05-09 10:09:09.386933+00	2024-09-18 22:32:36.386933+00
881094	75	5131	PXL_20240130_060747754.jpg	u/4b/f42c8f8d-75f2-466e-a48a-9557ca8a957f.jpg	c8f4f3cc679a2ee1f1fd99adb8be175a5218256869e1a323a8076f08b50da68a	11528185	4000	4000	Apple	iPhone 14	2024-01-30 16:02:07.166811+00	2024-10-03 02:25:00.166811+00
881095	75	5131	_MG_2549.jpg	u/4b/e7b29aaf-706b-407b-9f3e-12b0c2735f97.jpg	810bf314ad4d9963dbe235bc3c60d3f1b5c447b1bba9a75f59dfff8c49e2e83d	8434614	3024	2268	Apple	iPhone 14	2024-06-28 12:17:16.574335+00	2024-10-10 23:31:57.574335+00
881096	75	5131	_MG_3153.jpg	u/4b/eb01dfb6-bbeb-4e10-aace-75cd61d36310.jpg	9db15205d46a29facbcfbec6b1c4deb46dece9da5c9d4795ca942a2808bbaed8	7732648	6000	3024	Apple	iPhone 14	2024-07-07 21:47:59.586628+00	2024-10-03 16:55:34.586628+00
881097	75	5131	_MG_7997.jpg	u/4b/7e58c49d-9c03-4f9b-8d30-ddffe781e790.jpg	2e8333644dd0d05cf6a3648c9a06ea02f6465c1f2a66adc6d77ff17270cf71f6	10023222	3024	4000	Apple	iPhone 14	2024-07-05 04:08:47.242743+00	2024-10-13 17:10:07.242743+00
881098	75	5131	IMG_0221.JPG	u/4b/ea1baf0a-7dd5-46f6-825e-aa20f8522c32.jpg	6e7e2a6ab4bf2141f65748b62605878a08e0eedcb2e6e3d85f39e2d12d2dc8d1	11581272	3024	3024	Apple	iPhone 14	2024-04-24 19:31:01.248021+00	2024-09-17 18:58:28.248021+00
881099	75	5131	IMG_0982.JPG	u/4b/44909149-b9b0-444e-9d56-393f6135f479.jpg	99139761f8725213ab3247fb8360e074c44ec9e0483d495a4481777cea96b983	3010141	3024	6000	Apple	iPhone 14	2024-05-07 11:06:16.360420+00	2024-10-04 14:24:28.360420+00
881100	75	5131	DSC98660.JPG	u/4b/1fa27dba-828c-4daa-bf59-da31f4b80190.jpg	504d3d79dc100f8e1ba272adbd90bca03312932d8e782163e2c879759d781724	13913501	4000	2268	Apple	iPhone 14	2023-11-29 16:18:10.797728+00	2024-09-13 14:46:30.797728+00
881101	75	5131	IMG_5088.JPG	u/4b/3835bb6c-d1ae-4da1-a0ad-4883f16bbee6.jpg	2483585f5dfe45777930f98352b5673ed792dba286fae358b80d91cdbade1a10	11812923	3024	3024	Apple	iPhone 14	2024-04-15 08:16:31.647156+00	2024-10-11 11:24:08.647156+00
881102	75	5131	IMG_3569.HEIC	u/4b/3ebcf304-dbb7-46c4-892e-962cdc63426f.jpg	c95b7ffea2aec6f45bfcdabf5ed5d010620641e6883441ac806bf0b8275e6dce	2007909	3024	2268	Apple	iPhone 14	2024-04-18 21:33:03.555557+00	2024-10-09 10:31:02.555557+00
881103	75	5132	_MG_0569.jpg	u/4b/2aa923a3-27a0-4688-81cb-b3eb30306c2e.jpg	651f2118148f491f7bfe331221c61450c8efbc74ee8f30b6ffd2b8cc8dd19f87	8922361	4032	6000	Google	Pixel 8	2023-09-07 02:31:48.080047+00	2024-01-15 22:31:33.080047+00
881104	75	5132	_MG_4691.jpg	u/4b/938baaf8-125f-470b-8c69-4a8e5bf1cd9c.jpg	ee74e86050703ef4735792cff941a2606edd92a636dfb156bee3da8502e6156b	2432454	4000	3024	Google	Pixel 8	2023-09-14 00:03:27.197821+00	2024-01-01 20:39:22.197821+00
881105	75	5132	IMG_1852.JPG	u/4b/08346066-d569-4b99-80aa-565808c9da64.jpg	0291ec5a6d450ca0f582df226c7125a52c09399c14b2eb39982edfd4301de2cd	5263815	4032	2268	Google	Pixel 8	2023-08-10 18:05:55.601082+00	2023-12-16 21:48:36.601082+00
881106	75	5132	PXL_20231001_187821273.jpg	u/4b/7503a417-9a56-494c-9bd5-b0561aad67de.jpg	8fc80b2e6c20af5a2bd4725ae814313dd5672c47565cade77cc10f63b788441f	12419531	4000	4000	Google	Pixel 8	2023-10-01 05:06:08.307610+00	2024-01-04 05:13:25.307610+00
881107	75	5132	_MG_5595.jpg	u/4b/77090ddc-01fa-4116-bbd1-059302a898c1.jpg	f04a4ffb0ac6b5c7e475ab9275ced7c36d7b55899fb0340aeed12cebde315fce	11985688	4032	2268	Google	Pixel 8	2023-03-02 23:26:30.785403+00	2023-12-20 02:41:24.785403+00
881108	75	5132	IMG_9999.HEIC	u/4b/13f0cce8-a673-4273-a5fb-7eeb254cefc4.jpg	d83e72060fe9e9490ffccda72acd05e478ac2d5c32636466997e53fa570deb62	3686207	6000	4000	Google	Pixel 8	2023-04-06 14:42:36.067726+00	2024-01-11 20:04:09.067726+00
881109	75	5133	IMG_5139.JPG	u/4b/4a6c31ce-292b-482e-94fb-74725bb73171.jpg	f97f1cea9211405414845ba78c808f8a96fe1a94caa660466dc19121de2ee76a	13818669	4032	3024	Google	Pixel 8	2024-06-28 21:09:19.897425+00	2024-10-15 02:46:14.897425+00
881110	75	5133	PXL_20241015_141588171.jpg	u/4b/7e24a7ef-7813-4f65-9535-22a385393119.jpg	b8e1e9b31f8ce56e78b437f2d1266991f7cc592eb1b68371677141326f095812	4771182	4032	2268	Google	Pixel 8	2024-10-15 08:58:42.130330+00	2024-11-02 13:23:25.130330+00
881111	75	5133	_MG_9830.jpg	u/4b/3497a301-59eb-41b7-b107-422becfb701d.jpg	bb10a8fd2fb69181676e42fcbaa791ed157c8f837ddb523e8cedbeee5dfce067	936158	4000	6000	Google	Pixel 8	2024-02-29 17:57:55.481079+00	2024-11-01 12:18:24.481079+00
881112	75	5133	PXL_20240617_160273112.jpg	u/4b/ba9652bb-04ae-4582-b605-2f59e3d687be.jpg	4bde746159b54efc6dd98a9089c95a15ac9c50a6d589b4bbade7ff1e812b3176	13028235	4032	3024	Google	Pixel 8	2024-06-17 08:11:29.299752+00	2024-10-03 03:23:27.299752+00
881113	75	5133	DSC98179.JPG	u/4b/4619312b-2739-4bd0-a6bb-25ff6d6e166a.jpg	8b368168a05728595a70f15f2cde297ad8fd5ed1131b5f15aa3d1658b298dabb	6947791	4032	6000	Google	Pixel 8	2024-08-08 00:29:20.214077+00	2024-10-11 19:51:25.214077+00
881114	75	5133	_MG_6751.jpg	u/4b/37841f2f-7671-4edc-9b06-cd7beb3d0626.jpg	97641ecdd6bfb02cbbf9762ae0ae4b48a438e1ad15fa9a8445aa82d009241633	6316723	6000	4000	Google	Pixel 8	2024-04-13 18:31:53.062429+00	2024-10-19 20:19:02.062429+00
881115	75	5133	IMG_6763.HEIC	u/4b/b4772906-280c-45e2-a718-03fd9a603596.jpg	e109898872b995cd93bf985cf0d82dbcf15b622ad690883d3570dd6a69d28a2c	1464629	4000	4000	Google	Pixel 8	2024-08-23 23:37:53.602679+00	2024-10-30 20:15:14.602679+00
881116	75	5133	PXL_20241008_167895470.jpg	u/4b/dffc0f81-0ad7-40f7-bec8-978e6a77ef91.jpg	c74ea92be510e0451423e921d4c8fd4dde18fb305c2ac969a2b6e84d5147269a	8300705	4032	3024	Google	Pixel 8	2024-10-08 04:50:13.384727+00	2024-11-06 11:30:18.384727+00
881117	75	5133	PXL_20240620_210201480.jpg	u/4b/aff5133b-a955-4a2a-ae90-e1241ccd77cb.jpg	fb46b6a2d23c53e117ac7719026a01d984245718e0abb23a3c7895302e331e02	2265924	4000	6000	Google	Pixel 8	2024-06-20 22:43:46.299563+00	2024-11-08 02:35:33.299563+00
881118	77	5134	PXL_20240306_099430287.jpg	u/4d/3987eb86-8f29-42a4-afaa-d95a46b3a605.jpg	c48347aebe2d2fc858d7c3e7f7e9fb9028d928f2c005d49b22d6ea178c9b7fda	13254621	6000	2268	FUJIFILM	X-T4	2024-03-06 02:31:59.347580+00	2024-11-10 05:43:59.347580+00
881119	77	5134	_MG_4284.jpg	u/4d/c3f61c89-680f-4b9f-a4fc-f002d6696745.jpg	5435e29b9834f074495f262f14ba915b86e2d3bfff49dff1fab4edeaee1385c3	10383708	4000	2268	FUJIFILM	X-T4	2024-07-11 22:34:04.823700+00	2024-11-12 01:38:39.823700+00
881120	77	5134	DSC81395.JPG	u/4d/f079a528-39a6-48eb-9416-13fdacb99f4b.jpg	b2ccf3dde2f3d3c124dc03536366ce02c71a3d9409412fcbcb827de0c082097b	6183603	4000	2268	FUJIFILM	X-T4	2024-06-18 12:13:26.791061+00	2024-10-17 10:23:38.791061+00
881121	77	5134	DSC91547.JPG	u/4d/278cefaa-3d2c-4867-b392-c28fd4f3e82d.jpg	c1ae38abb54473e32660c0bde3aa2858d4f7ddeb0f57f9f6242ea67d6b7ad27d	3233723	4032	4000	FUJIFILM	X-T4	2024-03-14 10:06:17.205669+00	2024-11-12 21:55:21.205669+00
881122	77	5134	IMG_5045.JPG	u/4d/6abd75ce-0b69-4f6d-bb07-f8fae7836f28.jpg	257fb52012aefa4e2633c3778ded208dffec91a12d98904537d65283f935574a	11677214	3024	4000	FUJIFILM	X-T4	2024-06-13 17:07:04.533192+00	2024-11-12 23:08:45.533192+00
881123	77	5134	IMG_9302.JPG	u/4d/654030fb-e789-49bb-9fba-afb983c66f97.jpg	a7986b478721a4b2fef8e80360fc10e1bee1353a5c77da3b04a407236135dedb	3487733	4032	3024	FUJIFILM	X-T4	2024-01-23 10:57:53.581080+00	2024-11-06 14:12:30.581080+00
881124	77	5134	_MG_3377.jpg	u/4d/b1ec762e-ae1e-4c12-be98-e2d3326989bd.jpg	9b55c3cbf15f4327ab972cd05f145f5e3f21da091a2cf385a511576e1cb133b6	5195118	3024	3024	FUJIFILM	X-T4	2024-06-09 14:05:46.578620+00	2024-11-10 01:14:27.578620+00
881125	77	5134	IMG_8890.JPG	u/4d/c3b20c0e-4227-48ec-8de9-3b5a8bc313c4.jpg	d225e21deb95ae559916ca461a071bcde9b0d6c96b0e42d91bf66ce97c7fbf1e	11091659	4000	6000	FUJIFILM	X-T4	2024-01-24 23:23:10.028385+00	2024-11-03 11:17:47.028385+00
881126	77	5134	PXL_20240514_123779482.jpg	u/4d/6d49dcef-1427-4b04-ba8f-95a4d6ae2b8f.jpg	ab3ec4334f4446c832526b051bb23da9405f25416c31dc190c2605e085f3b554	1626647	4032	4000	FUJIFILM	X-T4	2024-05-14 09:30:03.850680+00	2024-10-14 23:23:05.850680+00
881127	77	5134	PXL_20240727_004041571.jpg	u/4d/d5c63cd3-e04c-4efb-be86-ac6707642b54.jpg	24ca4d3a3b2ec915192da2987523612feb579db8df75e987db2a418353c9cc7b	1317911	3024	3024	FUJIFILM	X-T4	2024-07-27 08:40:23.144395+00	2024-10-26 10:39:41.144395+00
881128	77	5134	IMG_5793.JPG	u/4d/250282f8-1051-4d6e-8636-ec02ddb3b4c8.jpg	c5b055f57e0ef1a283259e52b2beb24af6a4df72098709433bec0c512ed338cd	10886688	6000	4000	FUJIFILM	X-T4	2024-03-14 08:06:17.501369+00	2024-11-12 17:00:06.501369+00
881129	78	5135	IMG_2497.JPG	u/4e/e90054f1-0d83-40c1-9833-bfdcf6421f1d.jpg	c6820fd204b447d42f334eb4999367289c9e920c1d79a1c68e3d16ad0bae217d	11104311	4032	6000	Canon	Canon EOS Rebel T7	2021-11-11 15:23:23.785943+00	2022-08-23 14:22:27.785943+00
881130	78	5135	_MG_3191.jpg	u/4e/3a4160fe-74b5-459a-b4bc-222257d62f6d.jpg	e5de543a26e4079eb78f8bec93f1286516d87a7ce7bb2c03c99be2d4d6ab300c	5062303	6000	2268	Canon	Canon EOS Rebel T7	2021-11-27 06:51:21.046851+00	2022-09-07 06:50:38.046851+00
881131	78	5135	IMG_3671.HEIC	u/4e/eaa50771-38af-48e0-bf75-71c85ccf1a82.jpg	4cf077eb94bc3fb8e122d123700b97478c6ccf100e296b03d9ea63d5f1751e07	3386066	6000	6000	Canon	Canon EOS Rebel T7	2022-08-08 06:32:57.359831+00	2022-09-08 02:02:53.359831+00
881132	78	5135	_MG_3586.jpg	u/4e/8530cdb4-3331-4500-90fc-632c50929b6b.jpg	f08dbb3db4453221d9115d1144903c71716b3932825b8f50fcd861d1c0f743df	4028156	6000	4000	Canon	Canon EOS Rebel T7	2021-12-11 17:27:13.979411+00	2022-09-01 01:50:34.979411+00
881133	78	5135	_MG_9963.jpg	u/4e/65d71652-65fc-4146-956c-a77c14da8439.jpg	7a81a5edd5d186ce8d8f600f6e797d6e1e0d96dedbfd57d894b148abf3e3a765	5739555	4032	3024	Canon	Canon EOS Rebel T7	2022-04-22 08:38:50.990277+00	2022-08-26 14:48:02.990277+00
881134	78	5135	IMG_7762.HEIC	u/4e/0a734224-c190-41b4-bb7b-6166bd929ad4.jpg	f41fb034035356e712aeedd345b229176e284361d78aea341b057858938ee0cb	1552697	4032	2268	Canon	Canon EOS Rebel T7	2022-08-10 22:14:09.409972+00	2022-08-24 06:02:54.409972+00
881135	78	5135	_MG_6099.jpg	u/4e/5461152f-e495-42bb-9ebd-a460eae60c0a.jpg	d464380797bfd684beed6275dd87807b182a8bfc74b7545e5f36b0a00a88c878	10258015	4000	2268	Canon	Canon EOS Rebel T7	2022-01-15 03:04:26.585934+00	2022-09-08 11:11:21.585934+00
881136	78	5135	_MG_6413.jpg	u/4e/ed9154a1-77d3-4dfb-b891-aa7b00f5ad29.jpg	d183a4b314d7d1c7bc5b632489b0594394786a32e3778a859968174a871cae5f	4737493	3024	4000	Canon	Canon EOS Rebel T7	2021-12-14 22:11:06.532484+00	2022-09-15 10:06:46.532484+00
881137	78	5136	DSC57647.JPG	u/4e/ab1651e6-48e3-4298-9db4-070437db8cd3.jpg	3710b3d62b60adca7b9ae876315d42eb7a1f2d840db5871d5bc7a31cc3ad40d5	12982146	3024	3024	Canon	Canon EOS R6	2020-11-28 02:12:31.313699+00	2021-09-23 21:17:41.313699+00
881138	78	5136	PXL_20210407_202028034.jpg	u/4e/099e40df-07d0-4761-825b-a5eeac1a6832.jpg	d0cbe5ae2cce4d776b433b0c7e8518f71306b369c08f72c78de234d4bdfbafa1	12134825	6000	3024	Canon	Canon EOS R6	2021-04-07 22:43:27.948983+00	2021-09-23 18:39:08.948983+00
881139	78	5136	_MG_3052.jpg	u/4e/52e09710-5644-4776-abfc-b6828c683cc1.jpg	250daddd0f184d70a14d0cb3a4fffb7a442ba4355c29a827a5a4221958ac9f14	842397	4032	4000	Canon	Canon EOS R6	2021-02-22 10:59:52.362782+00	2021-09-07 21:19:19.362782+00
881140	78	5136	IMG_8137.HEIC	u/4e/de927b69-bc63-4e32-bbe3-d54b195bb49b.jpg	69eb39d4d7b8ba53ce485a4ca43456d98074b4b6f432d61b5027b32d9e3d61d3	3371839	6000	2268	Canon	Canon EOS R6	2021-04-12 20:58:54.834016+00	2021-09-09 12:03:03.834016+00
881141	78	5136	DSC14348.JPG	u/4e/e55be3a3-6f55-4cb3-b787-e9b182d6e88a.jpg	d62b20f7e81e8c7e4a448301101e871a7fb605dcaf4f1b7a17880750334284d8	13773690	4032	6000	Canon	Canon EOS R6	2021-08-18 05:29:05.662934+00	2021-09-28 02:27:30.662934+00
881142	78	5136	_MG_1342.jpg	u/4e/c8c31d33-6101-47eb-af69-58787b35fa25.jpg	2981a5e89e12ce9a8ca3d22a93289f4c917b2345ed1bbb886a3a074fc4597355	4656236	3024	6000	Canon	Canon EOS R6	2020-12-30 02:38:55.874332+00	2021-08-24 02:18:03.874332+00
881143	78	5136	DSC30913.JPG	u/4e/c9e36590-02b1-4c62-8183-148cdb877327.jpg	7ff466cb817f0024e97e25670f2dbabded549a3556cdfb2d4d633c5c16a32c2e	12755763	4000	2268	Canon	Canon EOS R6	2021-06-15 07:52:50.986228+00	2021-09-03 08:15:56.986228+00
881144	78	5136	PXL_20201116_229128818.jpg	u/4e/b25d60b0-8e98-400b-8d54-a6f131187cbc.jpg	a472721ac5ac66b45b70a7939a360dc95e4a1779fe13c6dc991b70f33e9b5e72	2017797	4000	4000	Canon	Canon EOS R6	2020-11-16 17:41:07.318661+00	2021-08-25 13:46:32.318661+00
881145	78	5136	PXL_20201129_042160176.jpg	u/4e/c453d9e8-d86f-4706-a8f4-c42beed71daf.jpg	94de4ef6baad2a6370deffcfba75c7138459dd2b45164b84c49991913231142c	9389557	4032	2268	Canon	Canon EOS R6	2020-11-29 10:01:36.757970+00	2021-08-20 01:42:07.757970+00
881146	78	5136	_MG_7749.jpg	u/4e/ea4d3d65-ee39-487c-86c4-595c05d5a602.jpg	c15db4b67973af6ed5d883d46cdb8eda8dee948d46cc7cbcc36696c0edf91449	1825896	6000	2268	Canon	Canon EOS R6	2021-03-21 01:07:27.439346+00	2021-09-01 06:46:18.439346+00
881147	78	5136	PXL_20210417_107457375.jpg	u/4e/0d7b072a-db1f-46e1-bec0-6d563f1e9323.jpg	2cdf198b2b66b5a962851280b7fc907e53fbb2e821d21fa3a3832fa6518b340c	5250488	4000	3024	Canon	Canon EOS R6	2021-04-17 09:32:12.732646+00	2021-09-07 19:15:59.732646+00
881148	78	5137	IMG_4690.HEIC	u/4e/ccd781c0-e527-4c0e-89a7-e2c694225fb2.jpg	f4427f8521ceeba5125eed0c7008be75752cbd5c069e13a574a651f1341fa768	2153306	4032	2268	Apple	iPhone 13	2021-09-03 18:01:33.787065+00	2021-11-06 21:11:32.787065+00
881149	78	5137	DSC09497.JPG	u/4e/c42e2f51-81dc-4f7c-8e7c-c5c8abe20207.jpg	fa5b18f0ab5cdfa3db2d451e0720207cee58018f03d285243c37423d6db510f7	3968459	6000	2268	Apple	iPhone 13	2021-04-17 06:12:52.184258+00	2021-11-18 21:25:31.184258+00
881150	78	5137	IMG_6990.HEIC	u/4e/4510a894-b2d0-44d7-b1fd-e61072de9c96.jpg	fc8f96577e11b38e033d872bc30add14b9c07cfa49c87b39d5ff0837ccc4c709	9710699	6000	3024	Apple	iPhone 13	2021-05-29 01:26:54.008778+00	2021-11-19 15:01:46.008778+00
881151	78	5137	_MG_0715.jpg	u/4e/99e72c2b-a88b-4aa4-a25b-31b3074b1fdb.jpg	e8d84cc4a3dc42e528c3f67b91e02cc6a5b537accb476165d6917d3c0ebc954f	3681898	4032	2268	Apple	iPhone 13	2021-01-18 20:03:06.924029+00	2021-10-25 04:57:41.924029+00
881152	78	5137	_MG_8048.jpg	u/4e/c1876a63-fb04-4f77-8902-d6d09ae8dde7.jpg	46c722e68e500751f2712c71232e7846c4b01f4dbfbccbe9a6bb503c7b2e51cc	2970055	4032	4000	Apple	iPhone 13	2021-08-14 01:35:09.060376+00	2021-10-17 21:59:09.060376+00
881153	78	5137	_MG_2390.jpg	u/4e/8d669e5f-a5ed-43f0-b0a8-c7aa059963d2.jpg	629b319cac70f4b8e89b612ac8eb1f3f20e33bf326de211f0e2fc17bd30cf018	10580123	3024	4000	Apple	iPhone 13	2021-06-21 08:10:58.127032+00	2021-10-21 18:44:08.127032+00
881154	78	5137	PXL_20210429_086525555.jpg	u/4e/25c49607-20d1-4c86-ba6c-7689fd6e6d95.jpg	49435a11858a5b382544f04937a5a35c83798f4fb6a641e32dfc03c044f45122	6700418	4032	2268	Apple	iPhone 13	2021-04-29 10:40:51.284702+00	2021-10-25 15:53:18.284702+00
881155	78	5137	IMG_2984.HEIC	u/4e/52cdf166-2715-4906-b3a2-fd1986f7a0b7.jpg	1a601ed8d0c7e8244153afe32d404f5016b0c2c54405812fe9ab6226bc2a9ae4	13351842	6000	3024	Apple	iPhone 13	2021-02-09 09:16:04.474799+00	2021-10-16 04:27:29.474799+00
881156	78	5137	DSC25728.JPG	u/4e/5318809e-b64a-4c97-9edf-8b70be06afaf.jpg	e2376fbe30e94c8e253c1809671c58e223d195c98bc999e9c367c0cd5e2b9813	12514450	4000	4000	Apple	iPhone 13	2021-07-04 15:21:09.610388+00	2021-11-07 22:01:13.610388+00
881157	79	5138	IMG_5615.JPG	u/4f/fd3c0188-ffe9-4da6-b771-7e3648b9e089.jpg	7ea4c5d7ca3805e594feb24cf909db7ba2a78953863f1b2ddcf2eb5b51465506	4319376	6000	6000	Canon	Canon EOS R6	2021-02-08 15:38:21.453303+00	2021-05-24 11:30:12.453303+00
881158	79	5138	DSC64984.JPG	u/4f/e91ca6d6-b896-4a46-a9d5-4d3f681d4548.jpg	3f39be4badd9d3d1433d9f65bee3ea31d8db46cc29552dc2910ab2a3b928c624	1431906	6000	3024	Canon	Canon EOS R6	2021-01-03 10:48:52.586321+00	2021-05-30 23:24:35.586321+00
881159	79	5138	IMG_8390.HEIC	u/4f/e23a06b9-af99-46bf-9255-141af7b548e9.jpg	db8804ddbbe711d40a94159d6cafe7f4bd1d26d2ca64b305601f9b0e18af1ca6	2798153	4000	3024	Canon	Canon EOS R6	2021-02-16 17:21:26.052262+00	2021-05-19 00:26:08.052262+00
881160	79	5138	IMG_3473.HEIC	u/4f/3b17dbb1-8ac0-4eef-a250-dc3fd8e17e39.jpg	4f3820ee4d841486693a1c2b605cc982f84f1c43259bc63f2244d94d9a33e412	2020235	4000	4000	Canon	Canon EOS R6	2020-07-19 16:37:28.905095+00	2021-05-15 13:40:09.905095+00
881161	79	5138	IMG_9796.JPG	u/4f/56901f08-b727-4c6d-b4bc-58a6993869aa.jpg	2668d11ff640203b2eaf26bbfe6fbd8c744928861657cc16344b90b10e165eda	13400484	4032	4000	Canon	Canon EOS R6	2020-10-03 14:44:20.608705+00	2021-05-29 06:48:37.608705+00
881162	79	5138	IMG_1911.HEIC	u/4f/d727a26e-0807-4367-98ec-6c7fe34223bd.jpg	be9bd8f1f5c04756be180d441270c3cf40cb20cf490550bc9164f46b42bd1a16	11305850	3024	3024	Canon	Canon EOS R6	2021-05-24 22:50:44.592446+00	2021-06-01 23:44:30.592446+00
881163	79	5139	IMG_7249.JPG	u/4f/f95e443e-7d4f-4bfd-a09f-85811b3d26eb.jpg	bb06b66273d70f1dfe3f263487b65ec8c954badc48ee74018c8ef786b33e8017	11340642	3024	2268	Canon	Canon EOS Rebel T7	2021-04-21 20:45:37.533439+00	2022-01-02 12:19:11.533439+00
881164	79	5139	_MG_7302.jpg	u/4f/7d02473b-477a-476a-9216-f2a78635a760.jpg	384cd53efba2bd473cf46f6dc8c399d21402d2982adb5b17cda5589f5c5df5d1	7041462	6000	4000	Canon	Canon EOS Rebel T7	2021-06-28 22:47:31.798261+00	2022-01-01 09:47:36.798261+00
881165	79	5139	PXL_20210503_039693694.jpg	u/4f/c33b4a2e-e930-48d6-91c9-331728fad4c1.jpg	7910e1f9cd89d09c5f64b8c21db4f6aeacca620e8f69f5e101c89f262ae5b717	13822299	4000	3024	Canon	Canon EOS Rebel T7	2021-05-03 20:59:47.001257+00	2021-12-21 09:56:53.001257+00
881166	79	5139	_MG_5444.jpg	u/4f/baba641f-b44d-4618-b92f-d2b695453d9c.jpg	44af7900ca08105560e762a63cd75ccad30eca64aecdd2cdd4fe5be195e2f105	3508688	6000	4000	Canon	Canon EOS Rebel T7	2021-04-01 06:16:14.413903+00	2022-01-02 01:46:08.413903+00
881167	79	5139	IMG_4830.HEIC	u/4f/57659b33-7449-451b-a572-89069af22578.jpg	b65f1045c15f9abfc151e2d857442a7014596f49f4e14b0a93aabc1fc17604aa	8464500	6000	4000	Canon	Canon EOS Rebel T7	2021-04-04 16:01:29.152911+00	2022-01-03 09:19:04.152911+00
881168	79	5139	DSC52262.JPG	u/4f/9586aa5d-8960-4e05-81cb-dc36b6bc5707.jpg	a3a9d9355f048786b13eab3ac46f8593a8697c71be112813cf498aa4b36877dd	10352329	4032	3024	Canon	Canon EOS Rebel T7	2021-04-20 19:14:16.340434+00	2022-01-02 09:10:56.340434+00
881169	79	5139	IMG_6272.HEIC	u/4f/8b86985a-c345-484f-8812-ca2678938a7d.jpg	ca86c2d4f625861114f86ddd30a333fd7d091bac485b6ad18c8588eac41bdac3	12622578	6000	4000	Canon	Canon EOS Rebel T7	2021-06-20 22:01:32.788954+00	2022-01-24 14:29:18.788954+00
881170	79	5139	IMG_5000.HEIC	u/4f/337b9a2b-b104-4673-994c-22021364b4f2.jpg	216472554f8ae737de3ca83e1752ea66d98a36b70e4bda237df9802079796fd4	8443767	3024	3024	Canon	Canon EOS Rebel T7	2021-03-13 22:35:32.549415+00	2021-12-21 16:43:10.549415+00
881171	79	5139	IMG_0794.JPG	u/4f/05d0260a-dfca-474b-b1e5-13b846c4def2.jpg	bac68b9ae853c1568eaa0a5e4823f1695c98f47a55204a20bab84a9a93db8051	4921513	3024	6000	Canon	Canon EOS Rebel T7	2021-08-07 10:19:48.131300+00	2022-01-05 01:43:15.131300+00
881172	79	5139	PXL_20210525_016000154.jpg	u/4f/4959967c-8fe7-44ac-81cb-20a2c1b1613c.jpg	62136b56534ec9a693d004697f0c2efa68297d4698adcd329300584e947eaa04	10761289	4000	3024	Canon	Canon EOS Rebel T7	2021-05-25 00:57:34.658514+00	2021-12-28 17:19:46.658514+00
881173	79	5139	PXL_20210812_118426827.jpg	u/4f/77b501b6-249b-45be-a81a-ae1b87f03cf4.jpg	ac29aea42f77372beda03fc93ff258df7de4b8889db04e503aa691631cc7be41	8382703	3024	4000	Canon	Canon EOS Rebel T7	2021-08-12 00:02:40.704605+00	2022-01-15 11:44:13.704605+00
881174	79	5139	_MG_7325.jpg	u/4f/6cefa345-157d-44dc-8f38-9c402b41c20e.jpg	5d3384d7faa6eca7dfdfa5b71e26ee4318170b0ce2245130b58a70c613cea7c7	7024629	3024	4000	Canon	Canon EOS Rebel T7	2021-07-24 07:14:14.796865+00	2022-01-20 17:50:10.796865+00
881175	79	5139	_MG_2598.jpg	u/4f/a556cde5-4088-43c1-83d2-31a4fc11b0e9.jpg	3aa84bc34cb69e84b7638fa674dcda68a3fa9a7b9784aadc36d0f516fb52e9d8	5227242	3024	2268	Canon	Canon EOS Rebel T7	2021-10-07 04:58:02.535416+00	2021-12-26 11:08:55.535416+00
881176	79	5139	PXL_20210509_116545526.jpg	u/4f/481a5fff-0754-4828-9066-b3e680f1275f.jpg	265c85ff0639593a8bf136f7d48388013a8cffaad0560d7fb2d928686d97027c	7754559	4032	4000	Canon	Canon EOS Rebel T7	2021-05-09 13:06:51.707850+00	2022-01-04 07:39:13.707850+00
881177	79	5140	_MG_8478.jpg	u/4f/a8e7c8ed-dcbe-4ee9-905c-3bb9c3239847.jpg	0eacda4365c673d397f39f0a7aad54491af6b669b5831213889808b27b4aaea6	4269528	6000	6000	SONY	ILCE-7M3	2021-12-18 07:14:25.386697+00	2022-10-11 16:35:49.386697+00
881178	79	5140	_MG_7923.jpg	u/4f/33cbaada-08a6-44fe-a536-2e3a8d4cdfe1.jpg	410b63e28b6899028d923d911f38f1f3ba42294a47eda3fa39b49c7dfe38ad42	11375307	3024	6000	SONY	ILCE-7M3	2022-06-03 11:57:56.935409+00	2022-10-10 04:02:44.935409+00
881179	79	5140	IMG_4137.HEIC	u/4f/84ac2f64-08c7-475f-adb5-dba129d14416.jpg	4ced675852e0eb0c6857042924e8bff94a6249230d4bbdeee1e60f8275329536	3887185	4000	6000	SONY	ILCE-7M3	2022-08-14 00:21:13.857764+00	2022-09-10 09:49:24.857764+00
881180	79	5140	_MG_2031.jpg	u/4f/cdd66c96-4bef-453f-81a5-60393d521ff2.jpg	617c9d0a0775d1988fb90e06321fa0e185277a9c7c093ec439e2f752a034cc4a	9703846	3024	4000	SONY	ILCE-7M3	2022-06-17 06:14:48.005491+00	2022-09-17 01:36:04.005491+00
881181	79	5140	DSC61008.JPG	u/4f/dc4f935a-943c-4265-ba3c-177b57a1bfe5.jpg	95aaf71ec1f040c742024024256b1a476458239a9d4fabbc34e191ce2a58d51b	3836764	3024	2268	SONY	ILCE-7M3	2022-09-05 09:24:32.372509+00	2022-09-28 12:04:03.372509+00
881182	79	5140	IMG_9457.HEIC	u/4f/01412158-6ceb-404e-88b1-fc2b5d236c93.jpg	99461be0dfbe09725f5de9559f4bc3bf736eae7e6efdd4e5168cbb38c7de719a	6904114	4000	2268	SONY	ILCE-7M3	2022-03-09 10:23:16.979362+00	2022-09-19 14:24:48.979362+00
881183	79	5140	IMG_1961.HEIC	u/4f/610ea0f1-a29f-4cd4-aa9a-1fd2033b475f.jpg	549e106075e2a8430831521f95379bc02b4a80743d84112c348c070d2f47a6df	8338775	6000	6000	SONY	ILCE-7M3	2022-04-28 06:48:15.027968+00	2022-09-20 13:46:11.027968+00
881184	79	5140	IMG_4355.JPG	u/4f/9d943e3f-96b5-422e-9bae-afd14ed1833a.jpg	3b2f7f3665beb727aa3b968de43627cc7e7b97915b7990ffc66ebd40e38d2c8e	3468162	6000	3024	SONY	ILCE-7M3	2022-04-03 19:51:56.081809+00	2022-09-24 18:30:46.081809+00
881185	79	5140	_MG_0664.jpg	u/4f/6bec2bbb-85f5-4a88-97d8-6b00407307d6.jpg	a056485c056d5adb61ad9dadf1562bc4d3e63188aed7b4e155e801f8e5e31b1c	1313842	3024	4000	SONY	ILCE-7M3	2021-12-27 04:38:07.091492+00	2022-09-13 19:25:57.091492+00
881186	79	5140	IMG_3501.JPG	u/4f/18b5ff4e-a5b7-4b2a-a723-efd2a675af59.jpg	7c3b3d695c834327f431c77e3abfd7c2074805905eafd56fb8073e59ed5c648e	13182390	4032	6000	SONY	ILCE-7M3	2022-08-14 13:50:16.867814+00	2022-09-22 12:11:22.867814+00
881187	79	5141	DSC33519.JPG	u/4f/8f903269-0d66-459c-90a5-705999d2eeac.jpg	c47bbf3bbf40c09f6d2385dc87af6850be1c607fb4c70f6f06bb23459383df8c	5249993	4032	6000	Apple	iPhone 14	2020-09-21 07:50:15.889373+00	2021-05-23 04:20:51.889373+00
881188	79	5141	IMG_0050.JPG	u/4f/8543d61d-8f25-4edc-a64d-20445aed0061.jpg	6c1690f1f10ebc8e77d71241ffc0b2581885254a77aaa3c633d102d3b7383f37	12776258	4000	6000	Apple	iPhone 14	2020-07-20 21:13:46.812007+00	2021-05-14 11:55:09.812007+00
881189	79	5141	DSC48634.JPG	u/4f/f8965c6d-ff31-4b2d-bef9-77f576c47874.jpg	d1388e47ce250de01fa43231b2a7eef0124d737b93ec458f04492fadb8afcf84	6480422	4000	3024	Apple	iPhone 14	2021-02-01 15:58:39.521200+00	2021-04-28 18:06:59.521200+00
881190	79	5141	PXL_20210205_080030908.jpg	u/4f/d4cedae8-5b62-4ccb-88a3-87d1954dc49c.jpg	510c7c278bf76d1ed35cc51d9107b7067bd0584a919971aa39a8d4f5973b03cd	5601492	4032	2268	Apple	iPhone 14	2021-02-05 01:35:12.956605+00	2021-04-27 17:03:25.956605+00
881191	79	5141	IMG_5896.HEIC	u/4f/61573be3-6f92-49bb-8163-36c30ae4ad25.jpg	c7e5a5aa68295b54e3189dbaf4376d872d46dd23d82f165118acfb8efa030b23	11707386	4032	3024	Apple	iPhone 14	2020-12-08 21:00:38.773410+00	2021-05-01 20:43:25.773410+00
881192	79	5141	PXL_20210410_000824588.jpg	u/4f/5a99de43-4dbc-4e36-a6a2-2a2b619455aa.jpg	2f42e1c5009878a9b7d93a4ad2401928bd4d848cc02eb85f7039dbaa4480a822	4130528	6000	6000	Apple	iPhone 14	2021-04-10 00:16:39.947766+00	2021-04-26 23:19:04.947766+00
881193	79	5141	IMG_8984.JPG	u/4f/00f6bcf8-5125-45d2-9d28-cfffba5629bd.jpg	f02ee2a888f31c6f6223e2f80383346d0e976b369023c369a7c72d2b4854568a	6481033	4032	3024	Apple	iPhone 14	2020-09-11 14:23:26.410972+00	2021-06-02 23:49:42.410972+00
881194	79	5141	PXL_20210108_088563904.jpg	u/4f/85b6d317-67fb-406c-83c5-d31bdc0df315.jpg	2063fc88822d1a262d0294fbe30d6c651a8a1b2455078b04818e8d003624f15a	12517167	3024	2268	Apple	iPhone 14	2021-01-08 18:40:13.799529+00	2021-06-05 10:29:25.799529+00
881195	79	5141	PXL_20201216_038976757.jpg	u/4f/7efce7a7-c516-4535-a882-7e24eab1af08.jpg	80f23ae6350a1de8066b234396f27d06f605398de8f887140a726c6316f6f150	3236600	3024	6000	Apple	iPhone 14	2020-12-16 21:33:51.535355+00	2021-05-09 09:57:01.535355+00
881196	79	5141	PXL_20210503_188680998.jpg	u/4f/bbc3914e-514c-41de-a427-26e5510aa224.jpg	9651e434d6a3faa1385c4890399a0d6ab23a701305696d81df07c8eb6649c8f1	6354566	4032	2268	Apple	iPhone 14	2021-05-03 16:48:47.463567+00	2021-05-20 00:44:23.463567+00
881197	79	5141	_MG_2332.jpg	u/4f/dc552648-5a42-4b9f-a1dc-bde76f1e11ac.jpg	e728880f89d3f3dc7dc5fd0fa71bac89d62de9f88ebcda18f4eeb64ae5df4b5a	13492732	6000	4000	Apple	iPhone 14	2020-12-06 17:48:45.874957+00	2021-05-02 21:36:06.874957+00
881198	80	5142	PXL_20240709_024867847.jpg	u/50/421a3a06-17de-4246-b6eb-a13c5c7686f6.jpg	0eca605e59638c3474c6347305e45eca5c61a598ca1367c9a275a24ea55e5a51	5334980	6000	6000	Canon	Canon EOS Rebel T7	2024-07-09 19:28:26.638802+00	2024-11-11 15:15:07.638802+00
881199	80	5142	PXL_20240511_170196728.jpg	u/50/5e7ae91a-3c01-445e-900c-ab88a9d3c31b.jpg	460b574c0c8747a59a509d9ba738518350c3a86a45b5ed6148ee1e2efd192ecb	6085383	4000	6000	Canon	Canon EOS Rebel T7	2024-05-11 19:43:29.310893+00	2024-11-10 11:26:25.310893+00
881200	80	5142	_MG_6010.jpg	u/50/f0f5f5b9-e78b-4476-aa34-75978d1769c7.jpg	3e73b9dab9079d2804fe92d72380b78ca150442c3b060c7ecf6dcbc64799238d	7759039	6000	4000	Canon	Canon EOS Rebel T7	2024-08-05 09:19:46.630893+00	2024-11-13 13:43:24.630893+00
881201	80	5142	IMG_8245.HEIC	u/50/be22184b-852a-4911-b780-0d43ac3eefd1.jpg	35b35d26954f051471ab0cc17d18d4318ea148135ca6a1b7f811521648162706	10343968	6000	2268	Canon	Canon EOS Rebel T7	2024-04-17 09:21:51.652225+00	2024-11-09 10:40:20.652225+00
881202	80	5142	DSC65473.JPG	u/50/28527e44-f164-427a-b815-abb433e5b6c1.jpg	8bb4a5a969803480dcc47d4ae7539b68f00824ab77f9f28607a63cfa2362d038	5893498	3024	6000	Canon	Canon EOS Rebel T7	2024-09-08 00:46:31.679534+00	2024-11-11 08:48:00.679534+00
881203	80	5142	IMG_9706.JPG	u/50/7c958379-9cfc-438b-ac8c-7005dca108fa.jpg	2a39eed5d27d33152c052989237258b977bbc02a8d97f9adb88ef9e85b64ad06	10914751	3024	3024	Canon	Canon EOS Rebel T7	2024-07-25 14:37:07.325245+00	2024-11-13 00:34:30.325245+00
881204	80	5142	IMG_2467.JPG	u/50/63f43f4d-29c9-4bea-9b25-8771706c5502.jpg	c14348ab3480c0dbc373cb8e84a9619bdf9301538e6be9510c0b78cedc4cb420	11451737	4000	4000	Canon	Canon EOS Rebel T7	2024-08-08 12:53:37.630275+00	2024-11-13 09:53:13.630275+00
881205	80	5142	_MG_4622.jpg	u/50/98bcff23-8eb5-4d5c-934a-a19e7dd3e10f.jpg	0813aed79bac6c663d1f9d9d0101c420ff39221d1731bc0374a7c167cf856b03	4038720	6000	2268	Canon	Canon EOS Rebel T7	2024-02-13 08:37:45.123626+00	2024-11-15 07:28:10.123626+00
881206	80	5142	DSC39229.JPG	u/50/ad4612c0-0d32-4a4e-8d4a-40141c2470e1.jpg	ddae3110b6f5924662902b6742d3daecbfd9e28946cf59bf1b6bc1aec02bf277	13273939	3024	2268	Canon	Canon EOS Rebel T7	2024-07-07 03:49:42.431823+00	2024-11-11 15:16:22.431823+00
881207	80	5142	_MG_0740.jpg	u/50/cfa701d6-f888-4a48-a22b-dbcd65c2add2.jpg	8295f974f0a13dc1d71b46dfac2fd0ce0dd20c90b88a2c20d7e0e3eca7bc1cc3	1339652	3024	6000	Canon	Canon EOS Rebel T7	2024-03-20 17:24:30.804109+00	2024-11-10 21:56:59.804109+00
881208	80	5143	IMG_2590.JPG	u/50/242fc0ce-d820-43dd-a121-bc281845c553.jpg	e2419adaddd2112afa8e598fdce348fb7a66c6d6c6f3e5110dd917313dd8ec51	3511091	3024	6000	Apple	iPhone 13	2024-01-08 16:26:02.275080+00	2024-03-16 05:45:05.275080+00
881209	80	5143	IMG_8318.JPG	u/50/09352165-5360-4472-8e7e-3323c5f79c3a.jpg	17f1ab96424fb79f75d59cf444f00c0b3273d0a0befe0745788d98e4bc0771d3	12053356	3024	6000	Apple	iPhone 13	2023-05-21 01:57:10.958957+00	2024-03-11 01:01:46.958957+00
881210	80	5143	DSC69968.JPG	u/50/32c11224-9ad0-47b2-ba72-e9334f011f2d.jpg	2c7f91c33b6ddf162def021b65894b2350fd2504bc78233a7edeaf6a71605f55	2696232	6000	4000	Apple	iPhone 13	2023-11-03 05:43:07.125369+00	2024-02-20 20:44:15.125369+00
881211	81	5144	IMG_1310.HEIC	u/51/4c9a75b7-74fb-4295-b3d3-bfd7f31db18c.jpg	11040c747356d1f87abd6426e755dd479ba17c64f581dab3d3d7ce8d49d16cd9	10778246	3024	3024	samsung	SM-S918U	2021-08-02 14:56:11.985533+00	2021-09-01 21:37:26.985533+00
881212	81	5144	PXL_20201231_206071787.jpg	u/51/ad55d636-2534-4ce6-9af5-2684f4645073.jpg	d96282ced1624d24118fcf5b0b6b6ea0da00cdaf8d93a87a476d3f0024f6ed87	6885789	4032	4000	samsung	SM-S918U	2020-12-31 02:16:30.032161+00	2021-09-14 21:26:57.032161+00
881213	81	5144	IMG_2856.JPG	u/51/fe8523a5-3b6b-4ba9-90d3-3a5834e07897.jpg	ceb43a7971767a33e0227e5a6ae06ebf9b54224d6fd9252c6e2d28209e07b21f	1246109	4000	4000	samsung	SM-S918U	2021-04-13 03:53:51.290480+00	2021-08-30 07:15:56.290480+00
881214	81	5144	_MG_6567.jpg	u/51/190a7066-fa74-4bd4-b347-e7a114e63d69.jpg	5921f8c9cacd19dcabaf17ef362ee646f52802183add1bb207bc42dff16833d7	883994	6000	4000	samsung	SM-S918U	2021-05-17 00:15:21.541924+00	2021-09-09 10:51:24.541924+00
881215	81	5144	IMG_1143.JPG	u/51/1bffc41b-7a5c-43ff-9d14-e084e48e5537.jpg	de7b152b7cf700f2eede9a382dca4d80c423504877e3f544f258c8e8ededed1a	1193744	3024	6000	samsung	SM-S918U	2021-05-30 07:44:18.694628+00	2021-08-24 17:20:40.694628+00
881216	81	5144	DSC84798.JPG	u/51/1976db10-7b7c-4fd3-8ff0-0d13eb4dd3d8.jpg	95bf2434a13c8cd3a3098cc7fec14157c778e80f1b1d47a4b1cb961528166a28	11293390	4032	3024	samsung	SM-S918U	2021-04-05 08:52:05.616439+00	2021-08-25 06:07:01.616439+00
881217	81	5144	IMG_9824.HEIC	u/51/4ba5d4ca-3e15-4872-b1af-410f583c42f2.jpg	739ee9f7e1ab2d2c3783ef36418b29dc75e35908a77fe47d1cb11cebb4129509	4243383	6000	6000	samsung	SM-S918U	2021-06-08 23:11:58.336214+00	2021-08-31 15:57:56.336214+00
881218	81	5144	_MG_0323.jpg	u/51/a656be8d-e865-40d5-85ae-8eee707eec32.jpg	e5d059b3536c76061504875c6723b175c7d4607b01d1b8fa85ebcef4a380f5ee	10435056	4032	2268	samsung	SM-S918U	2020-12-13 05:35:54.234110+00	2021-09-20 04:29:00.234110+00
881219	81	5145	DSC65581.JPG	u/51/308e6e8d-e390-4431-bdfe-a781fc89f958.jpg	52c816d9c2c8afaa331c29b23f617fc859db3ecef326913acb58a1b307fee270	4991388	6000	6000	FUJIFILM	X-T4	2022-09-14 12:41:10.916496+00	2022-09-28 10:56:37.916496+00
881220	81	5145	DSC14106.JPG	u/51/4fa61809-fdc4-40cc-9b9a-b84d32e7588c.jpg	2b0e8c43b11c84c760b5693fe73dd7299911efa78e86a126479ab44838669029	13695884	6000	4000	FUJIFILM	X-T4	2022-05-26 11:20:04.224373+00	2022-08-26 21:55:28.224373+00
881221	81	5146	PXL_20231013_065948042.jpg	u/51/803d02c3-8f8e-4ee4-a9b8-1ec17c200327.jpg	536c317d03d92b81b034a2fbd379a8ef6700e0329aa0a5c40df7d6cbd5b01c9c	13184806	3024	4000	SONY	ILCE-7M3	2023-10-13 17:50:28.038574+00	2024-02-19 09:22:09.038574+00
881222	81	5146	IMG_8908.HEIC	u/51/e007dfc4-b1b9-4823-87de-5958a8381b75.jpg	f7c5fd776c2943b97c680b918eac89704c21c094112adea6664d16c1c3beac5c	2336740	3024	2268	SONY	ILCE-7M3	2023-10-08 14:04:29.948392+00	2024-01-12 02:53:20.948392+00
881223	81	5146	_MG_6142.jpg	u/51/b9f5055d-b708-4ff8-bde1-ae185b36e921.jpg	7dc73965a8cb2f01a346686d04c69a39a3953a56d4e70bdc8648c516b4b4edad	12850594	4032	6000	SONY	ILCE-7M3	2023-10-29 04:50:48.132137+00	2024-01-14 18:57:12.132137+00
881224	82	5147	IMG_6001.HEIC	u/52/67f81f8f-7184-4a81-bbce-978207f9ee3c.jpg	ef68c74127129229fe2dd1f53e471cc411c166aad65dbe49109f46a29d024a2c	4156012	4000	6000	Apple	iPhone 14	2024-04-05 15:14:58.515403+00	2024-07-06 04:13:11.515403+00
881225	82	5147	PXL_20240727_206472531.jpg	u/52/78e790cd-3a9c-4863-b78a-ce50c46af0df.jpg	da57211e6fb5640abd879262e93dfdc7ff531747fe8d60e283f4675b9ef885e6	6009008	4032	4000	Apple	iPhone 14	2024-07-27 00:45:58.484796+00	2024-08-03 08:51:59.484796+00
881226	82	5147	IMG_3224.JPG	u/52/902d5d7f-df7b-42e8-9a73-656a9d5e0729.jpg	2c4272245869f3f572c1d514e3e52c1d3b6838ec421b4dca16ad68c11c227d1f	11986919	4000	2268	Apple	iPhone 14	2024-03-19 03:18:12.115357+00	2024-07-25 17:07:12.115357+00
881227	82	5147	DSC13435.JPG	u/52/0103f27a-7f66-4193-9d27-381a52337f7c.jpg	f61bd235790e6ada911efbec81557e960e4a08ec558cb3239a6c4fb77531d8c2	4874306	4032	2268	Apple	iPhone 14	2023-10-24 07:19:05.134277+00	2024-06-27 22:27:11.134277+00
881228	82	5147	_MG_9355.jpg	u/52/63712b1d-6242-4a18-880d-77f92f51f3fc.jpg	987a48296b1b96c081798b274c768ab25a9274a8015b29e6e4e131dd7bde32c3	9995331	3024	3024	Apple	iPhone 14	2023-10-27 06:13:57.193405+00	2024-07-11 11:34:36.193405+00
881229	82	5147	IMG_2750.JPG	u/52/cb119b2b-2cfd-4e71-8372-0456889967f5.jpg	afdaa15873256dda042c2ff326ad7e920d458c92bda3daf4a1e0e4ac471d647f	2109551	4032	2268	Apple	iPhone 14	2023-12-05 14:27:50.622643+00	2024-07-21 00:42:54.622643+00
881230	82	5148	_MG_3820.jpg	u/52/2ead39bb-11d1-4ef7-b7eb-79ed49cbc611.jpg	58324c92dbe23fe74fef7b8329af3a83e75adb8e58e54f8e63bcb8b197cb2453	5684173	3024	6000	FUJIFILM	X-T4	2024-01-22 22:26:37.106715+00	2024-08-09 10:03:06.106715+00
881231	82	5148	IMG_3585.HEIC	u/52/69de99d6-5929-4052-bfbf-b3853da95d97.jpg	41588c4a533c2ce02c881228e2cc116dd980d4ee0928747844e19b21ba801dd5	5857832	6000	6000	FUJIFILM	X-T4	2024-04-17 08:24:15.214442+00	2024-08-03 22:24:08.214442+00
881232	82	5148	_MG_4437.jpg	u/52/74454249-d7c0-4180-9993-b192269e991f.jpg	a095852a2cecbab345da803be60235e18e2211b0ec44dbc66d17049e9336f94e	13583347	4032	2268	FUJIFILM	X-T4	2024-05-16 18:07:50.131198+00	2024-07-24 07:37:36.131198+00
881233	82	5148	_MG_0591.jpg	u/52/25421cc4-6afe-40fd-a5bf-bcec2729293d.jpg	ddad4dbb3b89e78d8793f0d46ad1034a2b665cdc0b9a94c77b5802321e19f71a	9302877	4032	2268	FUJIFILM	X-T4	2024-03-08 14:55:59.835220+00	2024-07-29 00:16:55.835220+00
881234	82	5148	IMG_6619.HEIC	u/52/c795847a-2582-4df1-a135-c98d1b57d8a3.jpg	fe9075ff391684c3c873a052f3091cfae67f19010f5ca57e10dd6afa0db54fb6	3832152	3024	3024	FUJIFILM	X-T4	2024-03-23 03:53:14.614518+00	2024-08-09 04:25:07.614518+00
881235	82	5148	PXL_20240424_038586970.jpg	u/52/9fd96638-9b78-480e-a5f2-aae84e4a3dc7.jpg	1edbacf4ec8c8d97c03d52e76098028830432a0e171439d1f6cd854848c865cb	10067870	6000	4000	FUJIFILM	X-T4	2024-04-24 10:07:58.102685+00	2024-08-19 04:19:53.102685+00
881236	82	5148	IMG_6103.JPG	u/52/5cb08842-25b3-4daa-9c1b-c9f1e6ab5b9a.jpg	b9eca81778625b6b4a362052f6df7ee712ec473c7f00cfd9ab1ca2e181240f72	7502499	6000	6000	FUJIFILM	X-T4	2023-10-25 03:01:43.589397+00	2024-07-31 21:14:27.589397+00
881237	82	5148	DSC78382.JPG	u/52/d9edf345-062d-46c3-840c-6535fce38b54.jpg	2670abec20c83cb04028abc37a9eae39f70fa4a5c5fd8dae89f8a21efbc0d233	5623670	6000	2268	FUJIFILM	X-T4	2024-07-16 20:21:38.750458+00	2024-07-24 23:30:26.750458+00
881238	82	5148	IMG_0700.JPG	u/52/e546dd50-7f25-418a-bdc8-6423d56bd290.jpg	7cda2bfbdb7f957fc3d644e641bfa07fc6fc638443b637a2a3ca14480e5d679b	9568744	4000	6000	FUJIFILM	X-T4	2024-02-01 14:04:53.466696+00	2024-08-03 21:20:25.466696+00
881239	82	5148	PXL_20240517_229104740.jpg	u/52/64c11c74-622e-4d30-b6c5-258151090697.jpg	4496b61b45378744891575e8d86b53288719ecd4c0407e74b45240144cbb8183	9077647	4000	6000	FUJIFILM	X-T4	2024-05-17 04:27:57.962746+00	2024-07-28 10:55:58.962746+00
881240	82	5148	IMG_0279.JPG	u/52/c20fa84c-e7b6-49a0-85d5-a32053f96527.jpg	aa62463907a752b5fea6f0b1a390be84cd379b0c9aaf8be6aadb2cf09922ff5d	4468822	4032	6000	FUJIFILM	X-T4	2024-06-12 16:06:04.957249+00	2024-08-13 07:13:03.957249+00
881241	82	5148	_MG_1807.jpg	u/52/58a885a1-c822-4c52-996e-fe04cd584bd7.jpg	546d43779018f490a440560af2b0d257876a563a4f51fdb0ba5fbf961cb44c02	13297316	3024	2268	FUJIFILM	X-T4	2023-12-20 02:40:53.626742+00	2024-07-30 23:49:17.626742+00
881242	85	5149	PXL_20230418_110763785.jpg	u/55/79c71f83-ed68-4e0f-822a-e94e89525075.jpg	c326d8858ec416a0df5046c8cb92a20668ae302f5215119704d0f853c154a156	9494814	4000	6000	Apple	iPhone 14	2023-04-18 04:01:34.689013+00	2023-08-10 16:20:31.689013+00
881243	85	5149	DSC82453.JPG	u/55/0ab97fb9-ce9a-4811-8ab0-14826c11acb1.jpg	97fd50da3ee674f994c026c1d0743402864c7bfe99e3f36952fe7f561a82df59	9726852	3024	2268	Apple	iPhone 14	2022-09-28 13:42:20.894372+00	2023-07-21 02:02:46.894372+00
881244	85	5149	PXL_20230708_065394909.jpg	u/55/f09cb1bf-d29a-4760-b597-667e6db86318.jpg	e17396347a5af85ac7768bc30e24d0d8868ab2c3da17d63d5e18f998cf2a13ac	10865239	3024	6000	Apple	iPhone 14	2023-07-08 10:18:35.384757+00	2023-07-18 02:39:17.384757+00
881245	85	5149	IMG_5441.JPG	u/55/956f0f32-9ada-44c0-9c05-5e7dfda01b9e.jpg	eb3bc66ebb01db8000575b13cee23d36ea8613a32b318524f59d6dc72671acd8	8114309	3024	3024	Apple	iPhone 14	2022-11-09 14:12:24.940340+00	2023-07-11 21:41:26.940340+00
881246	85	5149	DSC37173.JPG	u/55/9bfd7c9f-92de-4bb7-acb4-1dd8ffb250f4.jpg	98a408d0d1ac2acfe12fd3998cab7bdd8496ffbb85124d727de64e18d719bb3f	11599245	6000	2268	Apple	iPhone 14	2023-06-10 14:35:25.080340+00	2023-08-03 02:47:08.080340+00
881247	85	5149	IMG_0529.JPG	u/55/7306bde5-7d77-48fa-808a-673f992040a6.jpg	dcb444be41f3d6da3fc85b07218b756bf59f706822642b99ebf8dc65e2259e6c	10721525	4032	4000	Apple	iPhone 14	2023-05-26 17:54:41.551072+00	2023-07-10 06:46:08.551072+00
881248	85	5149	IMG_2131.JPG	u/55/fa6dd820-5f4d-4b59-a413-7e24662a5e9f.jpg	dede2cb3881ef10adfd2b938ba8aabde604ffba8a9c3242fd8c5ea7ad208ea39	11063517	3024	2268	Apple	iPhone 14	2022-11-02 20:27:03.984159+00	2023-08-02 03:37:44.984159+00
881249	85	5149	PXL_20221004_144528615.jpg	u/55/8648d327-f27c-4d2d-9321-fa91ebbfc543.jpg	61e86c8396e8cba5ff42884301d8ef30e93e333be999d2560015e813e3d97fa9	13276484	4000	2268	Apple	iPhone 14	2022-10-04 10:26:20.756651+00	2023-07-07 14:14:39.756651+00
881250	85	5149	IMG_5204.JPG	u/55/758d3b9e-7ad0-427c-b5b7-3f10075a8bda.jpg	11b14142ead00497d35fec8d800d1a344048488f28040aae51df4662b33849cd	11698313	4000	2268	Apple	iPhone 14	2022-12-10 21:26:48.261556+00	2023-08-02 14:42:38.261556+00
881251	85	5149	PXL_20230319_225681736.jpg	u/55/cb5da546-3caa-44d0-81e1-e6562683c1f5.jpg	5c65ac4c45b15f683751969bdbe922c508b67f6efbb9b9cc8ed13e71d81f851c	5281449	3024	2268	Apple	iPhone 14	2023-03-19 17:55:27.622373+00	2023-08-12 04:28:08.622373+00
881252	85	5149	DSC40092.JPG	u/55/af8fbbda-c657-46ab-8bea-90ce793f0e83.jpg	93e8894b16525ad390174b414297123101816b11320bea3f947f8823afd0f7f4	12742853	3024	3024	Apple	iPhone 14	2023-06-12 18:38:54.729222+00	2023-07-07 11:32:32.729222+00
881253	85	5149	PXL_20230411_212736504.jpg	u/55/b60cd616-327e-41b9-9186-9d58f5ead804.jpg	4ab5aba7fb81653bc05000fd02edc2e366fadb48c3698d2229fde9c98514e383	8025404	4032	4000	Apple	iPhone 14	2023-04-11 05:09:26.552441+00	2023-08-10 21:51:49.552441+00
881254	85	5149	PXL_20230316_105206683.jpg	u/55/260b1739-532a-490e-901b-05f58255e266.jpg	b427b09c119fbd6ffd8a93e2184f5ca2e1c81ea64b5bfe469618790d4601dd06	9697657	4032	2268	Apple	iPhone 14	2023-03-16 05:30:54.354852+00	2023-08-12 11:12:44.354852+00
881255	85	5150	IMG_5890.JPG	u/55/54f8fb63-fab6-4976-b6f9-8f5366a866f5.jpg	7fdd1635e8797fdec5d176f002107f55f929619126610c38c866f8ad411dbb8b	13348437	4000	4000	SONY	ILCE-7M3	2023-03-07 00:50:36.619601+00	2023-06-27 08:08:35.619601+00
881256	85	5150	DSC77957.JPG	u/55/2e2bf11a-03b5-46bb-bf30-5b7214969c15.jpg	18c8569088f793d3f424fa96ff78d756b3ba857bf6e4aca6769f3eae973f2a5a	3143634	3024	2268	SONY	ILCE-7M3	2023-03-14 03:03:25.407096+00	2023-06-22 16:00:13.407096+00
881257	85	5150	DSC50277.JPG	u/55/07f9c710-f9c3-479a-adf6-cb3842a1b8c8.jpg	454817ecf89d86b11fc6042f6d79f234e86c3f2b7f860f3399e5f9be905824b7	2779493	6000	6000	SONY	ILCE-7M3	2023-04-29 18:29:43.524870+00	2023-07-05 07:43:36.524870+00
881258	85	5150	PXL_20220919_123281975.jpg	u/55/162a504b-f8e6-4d13-8849-6310fae5610f.jpg	14c1e1e850aae59afd71963371baad821e3b402debad3be38df41b546c6d8758	11147398	4032	3024	SONY	ILCE-7M3	2022-09-19 01:06:54.304849+00	2023-07-03 06:40:40.304849+00
881259	85	5150	PXL_20221028_187556875.jpg	u/55/88301c52-dbc3-47ba-8ae3-fdf414833645.jpg	a5daab2ae9bf57d2bca71fa9bb02e4b371f58165df6f222b93583d7e85288fdf	11692570	3024	6000	SONY	ILCE-7M3	2022-10-28 14:50:38.255298+00	2023-06-25 04:19:07.255298+00
881260	85	5150	_MG_6749.jpg	u/55/2b42c988-646a-41bc-afdc-fa2f8ff75d7b.jpg	be02b8f7ba25cbde7e75d0361bf661db189c7e968fb561d6f4afdb06dd107c62	7669487	4032	6000	SONY	ILCE-7M3	2022-11-17 14:06:17.377444+00	2023-07-02 03:44:22.377444+00
881261	85	5150	IMG_6776.HEIC	u/55/07126482-c220-4b9d-a61b-dea56e4f77af.jpg	1b87fb92010a8064fc3a495a81aa07079577546956ae7000fb87cb972226657a	6352720	4000	2268	SONY	ILCE-7M3	2023-01-14 21:36:35.899744+00	2023-06-09 18:04:51.899744+00
881262	85	5150	DSC25557.JPG	u/55/c5b52580-48ee-433e-956d-f8fbcbffeb40.jpg	8e22b9db5cbc635aee2eb52dd653fbe42fa73451d4ea1a266607938b0b9878d8	13684835	3024	2268	SONY	ILCE-7M3	2023-06-10 21:04:02.564934+00	2023-06-15 10:49:50.564934+00
881263	85	5150	IMG_6344.HEIC	u/55/961d1720-d4a4-4543-8280-4e1eec5df4c2.jpg	986b7db578b7e927983cf6485614db72d4ab1bbdefd37e5c31fda4fb3e02ec7f	1800345	3024	4000	SONY	ILCE-7M3	2022-09-08 14:58:42.703915+00	2023-07-02 22:43:29.703915+00
881264	85	5150	IMG_7145.HEIC	u/55/e8fd929e-2abc-4de2-bc11-eb8d48d0f855.jpg	73b5c9de6856bc8ac0fdc4916eba7060b186ac9c284ea53cf9f281645a4c2487	1146627	4032	3024	SONY	ILCE-7M3	2022-12-31 02:38:59.920384+00	2023-06-17 16:55:32.920384+00
881265	85	5150	PXL_20230123_128949838.jpg	u/55/ef7c1ab9-7f66-4db3-8e2d-0db8dd022aed.jpg	7aa8c9a88ade8a451fde91dbe69b9a94881823d2dffdff54b0f12a6da7d83a13	1469855	3024	4000	SONY	ILCE-7M3	2023-01-23 23:55:23.518860+00	2023-06-30 00:58:25.518860+00
881266	85	5150	DSC86260.JPG	u/55/a4d8b8fd-2fd7-427c-bb91-b5a8c2d6df56.jpg	6be9c293902639fab9c67718e545da2b90ea7ace381000e443ccff9ab095b390	4182402	3024	2268	SONY	ILCE-7M3	2022-08-17 04:20:06.622471+00	2023-06-01 14:28:50.622471+00
881267	85	5150	IMG_0434.HEIC	u/55/19e6a053-6ba1-4cd9-a2e2-40922401a7f8.jpg	40e9fb3aafd25f1ba6a034b0deeda95b919625654aa3bbb38cc3e02c2e7f538f	12030328	4032	3024	SONY	ILCE-7M3	2022-12-17 19:04:30.850563+00	2023-06-15 20:33:58.850563+00
881268	85	5150	_MG_5336.jpg	u/55/fc9c77b1-97ca-4c29-9962-d9b6c0c2dad9.jpg	ee2eb3afa20b02b3000772c17e3ca4193e66d48584b0f5fbe33d21941fcaa636	3108161	4032	2268	SONY	ILCE-7M3	2023-06-05 18:12:18.826977+00	2023-06-15 23:33:25.826977+00
881269	85	5150	DSC72922.JPG	u/55/5c46a89e-1c01-45ba-89de-2875dc7a7ff2.jpg	22f0a0d4636c667f85aa65b63d9948673373f1a361d9d96c6cdbbefc1598a76f	5602620	4000	2268	SONY	ILCE-7M3	2023-05-01 13:30:09.136211+00	2023-05-31 18:12:40.136211+00
881270	85	5150	PXL_20230408_061351845.jpg	u/55/138e061d-00fc-4f0d-951d-2406beba1fd2.jpg	0d96e3c9789986315825fd2504535db3008984cd4549ce7e7f55e48cfb2b573f	1372925	6000	6000	SONY	ILCE-7M3	2023-04-08 03:17:16.185390+00	2023-06-14 18:09:25.185390+00
881271	86	5151	IMG_1958.JPG	u/56/1ba7fe1b-8b70-452a-a4b7-7b5abe756a39.jpg	6119e87d7d0565e17c3646bfebe4f84933a6d0574bd66118ba8d83d089a1c12f	7978966	6000	6000	SONY	ILCE-7M3	2023-04-29 15:01:10.449954+00	2023-07-02 10:37:04.449954+00
881272	86	5151	_MG_7590.jpg	u/56/29545132-425a-44c2-b504-2afe0882bdb2.jpg	0419fab1f30504296eb8d97099e96538fc61799683c03c648cb3e40792243055	12992465	4032	3024	SONY	ILCE-7M3	2023-02-12 03:58:45.713903+00	2023-06-19 18:00:50.713903+00
881273	86	5151	DSC59372.JPG	u/56/14edf979-cfed-46f8-a55e-9742912b5e5e.jpg	389d5744f6ef555fa82e35ac0f053a64a2ee84e0153f924a8f8ce12403bf8baa	8181860	3024	6000	SONY	ILCE-7M3	2022-12-02 03:38:22.696439+00	2023-06-03 11:17:19.696439+00
881274	86	5151	PXL_20230131_110894821.jpg	u/56/81ce5f65-998f-4ba6-85cb-689200fa9c84.jpg	5d05cfda0ae1f750e9c21440a63c59bc0e5225263bd32c21e340e81ca2bee815	2254542	6000	3024	SONY	ILCE-7M3	2023-01-31 06:11:24.448985+00	2023-06-19 11:28:16.448985+00
881275	86	5151	_MG_7080.jpg	u/56/a0875f64-d7a4-46f4-818c-e8dafa2e8a82.jpg	dbf57edc1af46a12fc163d74533c169dfdd3c1907329437f34ebd660b0f324ef	8546482	3024	2268	SONY	ILCE-7M3	2022-08-28 22:10:40.920729+00	2023-06-06 07:44:36.920729+00
881276	86	5151	IMG_4545.HEIC	u/56/5e9646dd-5388-475f-a411-8283400ecdda.jpg	2ec7375c69d9eb294e39e75413204a6fddf855c2a7661f28391b7eeb7615d27d	7488475	6000	4000	SONY	ILCE-7M3	2022-12-11 03:47:56.349559+00	2023-06-27 16:15:12.349559+00
881277	86	5151	PXL_20230329_081714502.jpg	u/56/2a16cc06-6d4e-4e88-b7eb-fa2a4c9048aa.jpg	f544229045d3fa955b2ff5c53b3035976071578e4f39f936215533b2af8a09c5	1031421	6000	4000	SONY	ILCE-7M3	2023-03-29 06:11:26.781587+00	2023-06-21 12:10:06.781587+00
881278	86	5151	IMG_4036.HEIC	u/56/f2b1cd0d-eb89-4385-8ce6-c844ded5a5b8.jpg	7f2de185b1c03e92cb597d3817fbd27bfeafd1ba6787152617e527f471faee9e	8940391	4032	3024	SONY	ILCE-7M3	2023-05-11 22:00:21.296119+00	2023-05-25 22:39:52.296119+00
881279	86	5151	IMG_0190.JPG	u/56/05d19712-3d0d-4812-8bf6-959a261b4d19.jpg	5d8b854ffe2db87a20d8b59e944f469d513d85d55bcf261cbffde7ea9f7f7ed2	5481405	3024	4000	SONY	ILCE-7M3	2022-11-18 22:32:19.808642+00	2023-06-09 01:31:23.808642+00
881280	86	5151	PXL_20230306_133828365.jpg	u/56/96d1afa9-087d-4975-8306-1225847dcddd.jpg	259ab8e2e1453e1de5d85b5842885326f274ae7358b3976b3af801282e83cc78	9337163	6000	4000	SONY	ILCE-7M3	2023-03-06 18:32:13.728248+00	2023-05-30 01:17:35.728248+00
881281	86	5151	DSC51012.JPG	u/56/a828d9b5-7e09-4367-9585-56176c3c256f.jpg	24bcc5811eb5d6de9e6a8853a7a8560135109a03c5151c08fefe15742c483970	11254225	4000	2268	SONY	ILCE-7M3	2022-10-05 20:43:02.185048+00	2023-06-12 22:57:47.185048+00
881282	86	5151	PXL_20230217_025894586.jpg	u/56/517a0617-05c8-4e2e-a251-24d2639fdaa8.jpg	c01c0642be3d9a39de3d403992e6b01a8c470e8d169f61b4d3396ccb38831e66	5243896	4000	4000	SONY	ILCE-7M3	2023-02-17 09:39:46.104061+00	2023-07-01 03:24:28.104061+00
881283	86	5151	_MG_5051.jpg	u/56/eb20cb50-4d60-4888-b97a-409dedbc8774.jpg	d4fb8f3afac9ae1215cf882e93d191c543f2723277d55b2c0ad46004d7aa07d9	8428660	4032	3024	SONY	ILCE-7M3	2022-12-16 10:17:30.396096+00	2023-06-25 16:13:48.396096+00
881284	86	5151	PXL_20221019_096331371.jpg	u/56/b4c0a463-423f-4b6f-acb0-b056fb8e4875.jpg	69774f15b41e1dc475228c2dafc250913e75fea5707b230e324dd67fd43fc148	9829418	3024	4000	SONY	ILCE-7M3	2022-10-19 10:38:59.925020+00	2023-06-18 20:57:40.925020+00
881285	86	5152	PXL_20230222_092594496.jpg	u/56/c85ec011-7cbb-44ff-88d0-c5c71047a901.jpg	72082202e37f3b1a507d3d808405ca8039063761781ae6588f653375eb97736d	12497673	4032	2268	NIKON CORPORATION	NIKON Z 6_2	2023-02-22 06:18:21.704000+00	2023-05-31 10:15:23.704000+00
881286	86	5152	_MG_8717.jpg	u/56/d08133fe-ab18-49f5-b540-54da2705c042.jpg	75d3f3c6b44f064b983e3d4c72ccdccce753ffb940857650672e97c5dd74bd53	5122730	4000	4000	NIKON CORPORATION	NIKON Z 6_2	2023-02-09 20:30:24.279693+00	2023-06-17 02:26:42.279693+00
881287	86	5152	IMG_9105.JPG	u/56/12797365-95d2-4d0b-9875-78a825aa4fea.jpg	b497c92f74412d1e28bba126357a0af93055e544f4650a2d9ae03e805bf58ec4	2032792	3024	6000	NIKON CORPORATION	NIKON Z 6_2	2022-09-13 05:27:37.109998+00	2023-06-09 09:15:03.109998+00
881288	86	5152	IMG_7617.HEIC	u/56/35fc6cba-0943-4b62-a816-268140e89dd0.jpg	6c04384cdc086b30c0a45467bd6b4a66ede8584c036f5bf2b5963377ebf4332f	13057169	6000	6000	NIKON CORPORATION	NIKON Z 6_2	2022-11-18 09:15:58.770798+00	2023-05-22 01:01:39.770798+00
881289	86	5152	_MG_5034.jpg	u/56/d7193b9c-9ad1-42fa-a252-5d2c796a6445.jpg	7f23bc92eb4cda9ac4de4c7b4f961fc43c7b005e346bf01d275626895977b812	1995238	3024	4000	NIKON CORPORATION	NIKON Z 6_2	2023-04-26 13:27:55.491651+00	2023-06-24 18:28:37.491651+00
881290	86	5152	PXL_20221102_006564585.jpg	u/56/c739f516-a579-4c0a-be1b-b91613606302.jpg	d0b4a19f30514bbebd7e911c8f78991055deb527d2d1f7a4a7e6c870654182aa	6004875	3024	4000	NIKON CORPORATION	NIKON Z 6_2	2022-11-02 16:52:02.999636+00	2023-06-06 09:41:24.999636+00
881291	86	5152	IMG_9094.HEIC	u/56/9bf54460-eb1b-4fe8-b56c-e00750142aef.jpg	454e730ec2e96d0712a440d1ec405c99205d51c04efb5f6a237e748d0338d2ce	10119691	3024	3024	NIKON CORPORATION	NIKON Z 6_2	2022-11-21 12:40:32.851625+00	2023-06-14 07:05:29.851625+00
881292	86	5152	IMG_2139.JPG	u/56/66bc0dbf-16e6-4f0f-9c20-9eea1f1f77c0.jpg	0587847ce9ba90e641dd8357c597a9d9aa4a68f750b0641f69e18bf090058356	12778785	4000	2268	NIKON CORPORATION	NIKON Z 6_2	2023-05-02 00:29:35.521082+00	2023-05-18 10:56:36.521082+00
881293	86	5152	DSC39478.JPG	u/56/4c33dac8-96a6-4041-9c00-d2ebd41ed821.jpg	c9f2046744d5d651e78fd8a964daa551ce46e99da2e6108b82aadb6ee4d71779	4596168	4032	2268	NIKON CORPORATION	NIKON Z 6_2	2022-10-15 19:26:30.525636+00	2023-05-31 19:35:57.525636+00
881294	86	5152	PXL_20221124_104285323.jpg	u/56/aa48dd85-67dc-4850-90a4-7e6048682427.jpg	779532586b18361612c88e79256f5d5c193db4e719ba8e4a0777a3e92eee301e	2091236	6000	3024	NIKON CORPORATION	NIKON Z 6_2	2022-11-24 10:43:57.625707+00	2023-05-25 09:39:08.625707+00
881295	86	5152	_MG_7835.jpg	u/56/d6aee870-3804-45c6-a378-732c37d43c2b.jpg	82bf270111dc2de294d0b4a77ae7fb46f1fab3d1232c49cfe9e60dc67968a9f2	3860860	6000	4000	NIKON CORPORATION	NIKON Z 6_2	2023-02-16 21:00:16.000373+00	2023-05-15 20:09:55.000373+00
881296	86	5152	PXL_20221212_226614341.jpg	u/56/1a2a062e-8db8-457a-8ffd-e2f7d8df2947.jpg	7dcaf7f1edb6ff995a3e095bba20b7bb14bfb76abb50cba7cc42b21f48a27e4d	11981318	4000	3024	NIKON CORPORATION	NIKON Z 6_2	2022-12-12 10:11:56.247480+00	2023-06-24 00:32:58.247480+00
881297	86	5152	IMG_0619.HEIC	u/56/486a11b4-529c-468b-a910-97b997bbafb5.jpg	79fb8aa37e08aaa872e1efdbcb2c4405ef5641aa35d194b314fd243999e88d7f	11208048	6000	4000	NIKON CORPORATION	NIKON Z 6_2	2022-11-04 06:57:49.963303+00	2023-05-24 13:34:35.963303+00
881298	86	5152	DSC24319.JPG	u/56/9462f073-7f32-4796-bbce-614027285ae1.jpg	8ccb9a07840aa61f4f7d0528a049f2ecf3648563eb06a2fa46c676c7575f1ca1	13389965	6000	2268	NIKON CORPORATION	NIKON Z 6_2	2023-04-29 01:03:06.307792+00	2023-05-25 05:44:22.307792+00
881299	87	5153	IMG_6727.HEIC	u/57/6243b8d1-61e4-4fff-8b13-abc5bbaa6aff.jpg	c85c2baf58a38d893fb336d2d12df865084b115d326149d74f25dca15dfa7a51	4989924	4000	3024	Canon	Canon EOS Rebel T7	2023-10-20 09:30:26.202460+00	2024-04-04 12:48:17.202460+00
881300	87	5153	IMG_5410.JPG	u/57/8ffeade6-f97e-47e4-86a8-78a9cf42be53.jpg	8ff749c2f8fef27d6782e5948aa9e16d124da3b7cb5e10f390df8ed88476095c	12965210	4032	2268	Canon	Canon EOS Rebel T7	2023-10-15 23:05:32.557939+00	2024-04-21 22:05:59.557939+00
881301	88	5154	DSC60443.JPG	u/58/298334c6-5e08-4fbd-9405-98076e25c33a.jpg	019303795d7d70da55686d0939bf7bac24666bfa058b70e79f8b1156100f9d7b	9437110	6000	6000	Canon	Canon EOS R6	2019-08-29 00:36:49.135075+00	2020-04-06 22:43:57.135075+00
881302	88	5154	PXL_20191016_196261444.jpg	u/58/603d03ff-0ac3-4eb5-88c3-537659596cb1.jpg	1a46c3ebeee4ff546d8518c5d015a92e986581b38e5b51f3215df70cb3096929	11272601	3024	4000	Canon	Canon EOS R6	2019-10-16 06:16:41.928275+00	2020-04-02 01:24:15.928275+00
881303	88	5154	IMG_9793.JPG	u/58/32bcf9b8-d65f-489c-8654-3342fd3886c4.jpg	448770837402ce65a472b4f89a77ae21788238a244046aab44e57cdd10883297	12621150	4032	2268	Canon	Canon EOS R6	2020-03-24 16:41:03.813374+00	2020-04-08 15:23:35.813374+00
881304	88	5154	IMG_1602.HEIC	u/58/c148dca1-bcad-4e05-81f8-85cd34738468.jpg	564f2f07d51aade3ec45ed10a66d8fb95d6aaa802a306ee061479a2c2570b805	9252623	3024	6000	Canon	Canon EOS R6	2020-03-19 21:47:46.089666+00	2020-03-27 14:10:39.089666+00
881305	88	5154	IMG_5815.HEIC	u/58/e364fb40-5544-430e-8666-c0c970acc935.jpg	255b03bd42e648e0bf07c990a0c20d7c228e64ecd65548dfb74d754f6cc4cec0	9538778	4000	2268	Canon	Canon EOS R6	2019-11-24 12:05:04.767263+00	2020-03-27 18:36:49.767263+00
881306	88	5154	DSC18939.JPG	u/58/70d01c82-cc43-4aed-8cea-e274f0d0df95.jpg	3008014f3f72eaa959e5e890014e552922bf21264670118805e4a449685eadc7	9587232	3024	4000	Canon	Canon EOS R6	2020-01-12 02:42:58.593045+00	2020-03-21 01:02:28.593045+00
881307	88	5154	DSC60389.JPG	u/58/ac16f0f0-7741-49df-ad5f-43d4ef9a5e67.jpg	9875b2ca034a1e7135f1790c8252d07d9f015d68bac4c6ce2d35f9ec4353ea88	8359978	4000	4000	Canon	Canon EOS R6	2020-01-18 07:17:51.741749+00	2020-04-06 01:21:56.741749+00
881308	88	5154	DSC37701.JPG	u/58/c118d881-4936-4866-a380-7624715df002.jpg	4a787531b87038376a0d501253d317da16d593977f0bdcdb62163c3b6251b6c0	10089028	6000	4000	Canon	Canon EOS R6	2019-07-22 22:51:51.242586+00	2020-04-05 15:06:09.242586+00
881309	88	5154	DSC25168.JPG	u/58/de9a3347-446e-4a97-b0d1-a6272d350435.jpg	4817e9e9462481c605f5e524e4c04f26c50e8dddd7fa7641b36b9a33f35bab1b	7898692	6000	6000	Canon	Canon EOS R6	2020-01-15 10:24:29.012316+00	2020-04-02 02:08:40.012316+00
881310	88	5154	IMG_5770.JPG	u/58/d5a474cd-5add-456a-960f-56ea9b6850b4.jpg	d40cb58df5b3dc90f6b4cb8381936809abc4e930b5f503b0a6f6470c5abd09ff	1560531	6000	4000	Canon	Canon EOS R6	2020-04-08 14:35:10.659187+00	2020-04-15 03:07:13.659187+00
881311	88	5154	DSC74016.JPG	u/58/458b7c7e-dd54-4eb0-8c9d-928115ad74c6.jpg	61c347635b48aee9a11b3afc49eff2d4458c0a9a94202148924ac729fbdb488d	11593250	4000	3024	Canon	Canon EOS R6	2019-07-13 07:50:13.983633+00	2020-04-05 17:50:07.983633+00
881312	88	5154	_MG_5254.jpg	u/58/c7d4df92-c08a-401e-ae10-ad672d89bdb0.jpg	c3d572d5d2c5e5429d0ede871a0fadd81d0dd7bdceea456f68fee5afa8698e9e	6714457	6000	4000	Canon	Canon EOS R6	2019-12-17 09:01:26.313758+00	2020-03-13 15:23:15.313758+00
881313	88	5154	IMG_5695.JPG	u/58/0fdf9eda-2e9d-448d-8a54-f07b4c6fa853.jpg	0870638d1dcf3e0b5021305ee32f1191ced783d723588ffb6863fd309c95fe2d	11616680	4000	4000	Canon	Canon EOS R6	2020-01-01 10:45:54.541277+00	2020-03-25 23:22:18.541277+00
881314	88	5155	PXL_20190222_086664966.jpg	u/58/b52f1494-6fc9-4285-b855-2ef49047c64b.jpg	8364e1f950e0d9a728a6711f11eabc23f57cf8df623c091725bf5a0bf98da2af	8466665	4000	6000	FUJIFILM	X-T4	2019-02-22 20:02:57.279683+00	2019-05-29 17:35:03.279683+00
881315	88	5155	DSC13820.JPG	u/58/6da28754-897e-415f-a642-1d31e8603dcd.jpg	0fcaf3017e059f54637e4048eda5e8f281a9921688d190de1fb7ec5d41d882b6	8970620	3024	6000	FUJIFILM	X-T4	2018-08-22 13:53:09.937483+00	2019-05-17 11:29:41.937483+00
881316	88	5155	DSC22589.JPG	u/58/dcda3425-1a0b-470f-aaad-2f27f1870591.jpg	4636c95b8293e61fab4ce09ec7f74a93a89b1722f31fe82dc71d2cc36c1de2d7	2282633	4000	3024	FUJIFILM	X-T4	2018-11-11 13:08:42.805149+00	2019-05-16 10:20:28.805149+00
881317	88	5155	DSC26676.JPG	u/58/55af841e-f002-4cb3-9747-c309552135a7.jpg	93bcf234e1cfaa42bf7dacae1ad7d62c1ea8f21d27e0e7822f9238077572efab	10429588	4032	4000	FUJIFILM	X-T4	2019-03-12 22:13:04.836601+00	2019-06-03 03:39:49.836601+00
881318	88	5155	DSC73593.JPG	u/58/46840556-0eec-4afd-97c6-62c8b4daf741.jpg	d4ea8495e398cabc28d4f971897d55032485f7941830a014390f1ec9ea488dc2	1712855	4032	2268	FUJIFILM	X-T4	2018-10-02 16:27:57.800065+00	2019-05-28 05:50:55.800065+00
881319	88	5155	DSC07279.JPG	u/58/08c2d9b5-df80-417b-8155-04bb79c61946.jpg	5513f81fe7de9304d6719982840eb897b8c5dbe8e7f21079cc236cc0923da7d4	9704791	3024	4000	FUJIFILM	X-T4	2018-09-16 15:13:08.121471+00	2019-05-30 23:40:12.121471+00
881320	88	5155	DSC92265.JPG	u/58/8d9123e5-2eab-4bd2-a3d4-8014e91d76b4.jpg	a864ca8d1168bde7224f0e5649f09614df85f083840d869104375e99c52d2254	3847745	4000	2268	FUJIFILM	X-T4	2019-03-05 21:47:47.201203+00	2019-05-04 05:42:15.201203+00
881321	88	5155	DSC89846.JPG	u/58/2c7a5d2a-304c-4292-9126-4918ce31d240.jpg	02bc27852f82f4a5bb9f1582e131d062f31db858a3251e1dcd283eae5356323d	13500319	3024	3024	FUJIFILM	X-T4	2018-10-05 11:54:47.954281+00	2019-05-17 10:14:37.954281+00
881322	88	5155	DSC43553.JPG	u/58/c57d53a3-19dc-416d-aec6-c95c48c0a3f5.jpg	4fec2618be0a8f1ebf87a2ad2c039f88ab56c2f8ae7ee6cfc21c36908165cec4	1857192	3024	6000	FUJIFILM	X-T4	2019-02-09 01:58:55.712645+00	2019-05-02 18:58:17.712645+00
881323	88	5156	_MG_6352.jpg	u/58/c8e42add-c9bc-434f-891d-ad4667a7eb50.jpg	a794c137e2663db11e99eee058ca34039af7ceb326e48dee446e5b66ed3b2974	13054426	6000	2268	Canon	Canon EOS R6	2019-07-19 23:46:23.737713+00	2019-08-04 16:41:59.737713+00
881324	88	5156	IMG_3927.JPG	u/58/9bdf1c89-b13d-48be-8445-c7d18b51263a.jpg	5cdee75670cd0f457cff4a6bc24cce1afb26baf86a3e45862bcd7fd06f138c46	8136043	4032	6000	Canon	Canon EOS R6	2019-03-12 14:02:20.451448+00	2019-07-16 18:20:12.451448+00
881325	88	5156	IMG_3579.HEIC	u/58/ff8fe353-f493-4014-8cbc-7933dc213d2b.jpg	f1c675669b825592f443784b612a5a2d6097b848e38c4d5af6a7df4d77513186	13873142	4000	6000	Canon	Canon EOS R6	2019-02-11 20:05:37.172530+00	2019-07-05 02:28:45.172530+00
881326	88	5156	_MG_9011.jpg	u/58/88283c67-b59a-4b5a-bbf5-4adc92dc32f9.jpg	3a6b2f8034c93eb53458a5436b4f66e47ae9f4d7b3e3a9c5a0738f90f48c076a	5312512	4000	4000	Canon	Canon EOS R6	2019-05-29 13:38:22.434615+00	2019-07-07 00:16:24.434615+00
881327	88	5156	_MG_9009.jpg	u/58/74056630-1b62-4d30-994f-a1182b8834dd.jpg	136f021e493680d241ccb51a5c8f8983f147e2a02eaf506946344bb10f6d306b	6274302	4032	4000	Canon	Canon EOS R6	2019-02-07 11:04:52.340607+00	2019-07-27 03:50:02.340607+00
881328	88	5156	PXL_20190412_130706000.jpg	u/58/213ecef7-4d06-43b3-afa3-046fc2cb48ba.jpg	11adc98626750bdaa6debea4197385308d07d563b8781f6b025045a2cff86e80	5703998	4032	6000	Canon	Canon EOS R6	2019-04-12 19:30:15.342965+00	2019-07-03 18:22:57.342965+00
881329	88	5156	_MG_1260.jpg	u/58/ffb3902c-5886-4cca-a360-0722ed3bfbd3.jpg	918997a15575069b48bacabee126ad85b20a0b68b9a2f3cd8405307fe66f596e	8227739	4000	2268	Canon	Canon EOS R6	2019-02-14 00:30:26.442155+00	2019-07-02 18:14:28.442155+00
881330	88	5156	IMG_5526.HEIC	u/58/3a080bd3-30bd-4ea7-aef4-134ec8bfb33e.jpg	d9c77403776d4c1a8c0dbf4819d83ea222327476924196c7b95ebe38f1b8a394	11242401	4032	3024	Canon	Canon EOS R6	2018-12-05 07:08:08.239094+00	2019-07-25 02:26:12.239094+00
881331	88	5156	IMG_7063.JPG	u/58/a66f03f1-f3b8-435d-a4ac-2e17b71d7bec.jpg	9b70f5109d34ed6754c987d65bf632ac9975183f39ceecca73c77cc2991a7519	2519854	3024	4000	Canon	Canon EOS R6	2019-07-07 10:47:13.461485+00	2019-07-28 02:17:01.461485+00
881332	88	5156	DSC65351.JPG	u/58/6d8b29cc-8936-4713-a1e6-d290d4cca9f5.jpg	afa3fbe556379055850251c071142272a34dd404e30406a8cb6d66a21223b1b6	6010501	4032	2268	Canon	Canon EOS R6	2019-03-25 01:54:45.459845+00	2019-07-08 10:23:13.459845+00
881333	88	5156	IMG_5642.HEIC	u/58/59b2fef9-4c8b-47b7-bb41-a0071899e08a.jpg	2d14e9925f1516c2a98b49976e1334898cc894b8b22423959faf8d6a2bcca8b7	7777392	6000	2268	Canon	Canon EOS R6	2019-06-22 15:32:31.608363+00	2019-08-02 09:55:33.608363+00
881334	88	5156	IMG_7713.JPG	u/58/242a912f-bc77-4967-8c8f-f965cc6ef2ac.jpg	b00f9c6a16795fab7fa1b03b95616ec49f458bf9756237b8faa9cc2edb599495	9328393	4000	3024	Canon	Canon EOS R6	2018-11-29 07:41:46.299821+00	2019-07-19 04:12:19.299821+00
881335	88	5157	_MG_6135.jpg	u/58/3cece415-ba71-42fa-8d3b-9ef4da5310b5.jpg	224ea0b42ac96dab686de78c87462712342407c161335296c12441e242412829	9815431	4032	3024	Apple	iPhone 14	2023-11-30 02:31:57.614082+00	2024-01-22 17:59:36.614082+00
881336	88	5157	IMG_0801.HEIC	u/58/0a1c35eb-5ba2-4549-8c33-1afa0123e492.jpg	bc8c19499c65e78050e4fa98a3fdb61d700797a500867dbbedeae9ad001ac0d5	6003291	4032	4000	Apple	iPhone 14	2023-12-11 12:31:53.926445+00	2024-02-11 16:06:35.926445+00
881337	88	5157	DSC74733.JPG	u/58/c5ebb881-d3ce-42ab-bce5-55819e557391.jpg	812fde3a5803e7d2b411f6e11dc1543a54ffb1c005b1348ae6d82bf8dcd6a4b8	7427639	4000	6000	Apple	iPhone 14	2023-06-22 16:45:25.116602+00	2024-01-22 14:46:28.116602+00
881338	88	5157	IMG_1965.HEIC	u/58/c7e26819-9513-4906-bc3f-f344a0fbf554.jpg	fae55f93f42aa7a18b272219151ece8ffb15daa343f0815d2be6bb5a7fe2e46f	13100586	3024	3024	Apple	iPhone 14	2023-09-01 22:24:55.148370+00	2024-02-13 15:13:59.148370+00
881339	88	5157	PXL_20231010_011170507.jpg	u/58/dca16150-51a9-43d7-9b10-0fd31b89bd92.jpg	85d421d9fce92c7992d5735b73b9c532a8018f9b6f3576b1c7eb936a56ef6a8e	6917654	3024	3024	Apple	iPhone 14	2023-10-10 22:42:31.290050+00	2024-02-04 02:56:23.290050+00
881340	88	5157	PXL_20231226_012796896.jpg	u/58/5a4aadb0-d684-411d-802c-a95b8801ca7f.jpg	1ef8658e1e664d3bc0433713354d4e16962c09ca6c6b53f9af531fb5f38abaa9	2141112	4032	2268	Apple	iPhone 14	2023-12-26 08:59:26.687224+00	2024-02-07 01:25:23.687224+00
881341	88	5157	PXL_20230619_154123413.jpg	u/58/84412a14-9818-4485-8e8d-59ab9c3c7bd8.jpg	a06fce3f9e046769250a498591d49a070edde1aae711675323bf2e814b1f3a58	4541259	4000	2268	Apple	iPhone 14	2023-06-19 13:43:11.781702+00	2024-01-25 09:05:06.781702+00
881342	88	5157	IMG_9787.JPG	u/58/cacec738-04ad-408b-8efa-4b84b8355ae0.jpg	9812828cd962c60fcfbd4c83277c70fdf9a04216310b3b97ee0d46b5e1ea284f	12546927	6000	2268	Apple	iPhone 14	2023-06-12 05:56:54.482613+00	2024-02-21 03:29:05.482613+00
881343	88	5157	IMG_6177.HEIC	u/58/4424f59e-17cc-4cfe-b51f-b78e31d925b9.jpg	a4940c61dd2cb76d443bc48602fc9e5ad6c3b0efb44ee26704098004db467453	6801501	4032	6000	Apple	iPhone 14	2023-11-09 10:30:55.234796+00	2024-01-17 06:51:35.234796+00
881344	88	5157	IMG_6495.HEIC	u/58/6ff9f4b8-c258-479e-99de-44bd7423c25c.jpg	beefb5f9bd86b601c5a68c5f6d6d33944c33d261a3515ef287232c3b1c976bf2	3621521	3024	6000	Apple	iPhone 14	2023-05-01 08:35:03.924673+00	2024-01-30 19:47:39.924673+00
881345	88	5157	DSC67857.JPG	u/58/30f8f44c-90a7-41da-adbb-17e73277b790.jpg	86372e2e5ebeabc597d4d6c7a4e9b57e39d9fb2457d8e8af51ab3a81e71afa19	12880940	4032	4000	Apple	iPhone 14	2023-11-03 22:30:18.675510+00	2024-02-09 12:16:09.675510+00
881346	88	5157	IMG_4287.JPG	u/58/08c4b020-581c-4bae-8fcb-25bca5dadd81.jpg	8a576cad0bbe14df6cae74016cdea0b1e1e114e728f8d06b0533d9709fe24025	4566352	3024	4000	Apple	iPhone 14	2023-10-14 05:24:15.185828+00	2024-02-17 16:18:15.185828+00
881347	88	5157	_MG_8555.jpg	u/58/cd9c19b6-5b73-4a86-8fbf-400be14402b4.jpg	3c7930d61a1f924f1100044297ef7e01500d5cfff4b1f106ecda014529ed0f68	8334039	3024	6000	Apple	iPhone 14	2023-04-24 08:16:49.841910+00	2024-01-24 19:44:51.841910+00
881348	88	5157	DSC61255.JPG	u/58/aaa77950-3c02-433b-84cf-5ed7a7ebaab8.jpg	7ab8e8dd96e06619553b4ae51104bfc465b3ff0560f90ecdcaba85d0ae0b7849	7829047	4000	2268	Apple	iPhone 14	2023-05-09 10:32:00.147116+00	2024-02-13 14:26:14.147116+00
881349	88	5157	IMG_0017.HEIC	u/58/cd96b59f-059c-4a29-88b8-335cbd34841f.jpg	457723bf073a07237114c3d318d76e731fdbd8dc02502e65b1d29e70e85eac0c	3756535	6000	3024	Apple	iPhone 14	2023-10-31 07:51:38.088562+00	2024-01-25 08:48:42.088562+00
881350	88	5157	DSC77937.JPG	u/58/1b877b67-8707-41be-9dda-2ead5dcf4353.jpg	889342433d1b0737a830e68309981c0b5a574306ccf9e2a91ac1dcf2cd1a299d	8679641	4032	3024	Apple	iPhone 14	2023-07-05 15:58:04.292610+00	2024-02-09 18:33:25.292610+00
881351	89	5158	PXL_20240214_072988052.jpg	u/59/9da91b61-5dcd-41c6-8e3b-eb3eaaa556e2.jpg	7e94092bf4a72038eea3a1035697bbc6b9202cb8bd3ae35ab4482d2acfdcad1a	5040876	4032	2268	FUJIFILM	X-T4	2024-02-14 13:33:53.357143+00	2024-05-30 14:42:45.357143+00
881352	89	5158	_MG_4154.jpg	u/59/434a1bae-fdbd-4566-b7ab-37e3c1340a0d.jpg	35fd448267b3939e8831d6b56b202723b3a85ad2d3185a7d893a2210bc1451a5	1587845	6000	6000	FUJIFILM	X-T4	2024-05-10 20:48:11.585400+00	2024-06-23 17:58:39.585400+00
881353	89	5158	IMG_9556.HEIC	u/59/f32145f5-f0f4-4206-9682-9561fe10a688.jpg	8087c1d8d959faf15a18b78e4f3bc63d072daa511a391232a8dcd2b6a9b76221	828136	3024	2268	FUJIFILM	X-T4	2023-11-06 17:30:50.564303+00	2024-06-25 22:42:42.564303+00
881354	89	5158	PXL_20240411_215746292.jpg	u/59/591f45af-f50e-431b-81ac-50569e064b98.jpg	8fcc3f376172e381308cd03313f21687662de8b50a12f8a021f431f7d561c3a4	13271038	4032	3024	FUJIFILM	X-T4	2024-04-11 05:33:21.541149+00	2024-06-08 17:49:23.541149+00
881355	89	5158	DSC94905.JPG	u/59/80d849b4-876f-4a4c-9072-9215c1cf6c8f.jpg	4ac710544f1e4e4c33b0505fcaf885531edc4596fcb87fb1390d21d67bdb74f3	7268130	4000	2268	FUJIFILM	X-T4	2024-01-26 12:17:43.198839+00	2024-06-21 03:39:45.198839+00
881356	89	5158	_MG_4430.jpg	u/59/be9e4ff3-b881-4a1c-a9fb-ec7872c13448.jpg	3c9202f12ecdb8b523a0ea8d5ed2e93a899d36cba595472a6b3237e334c1e0cd	7154260	3024	2268	FUJIFILM	X-T4	2024-05-22 07:02:58.732410+00	2024-06-25 16:24:48.732410+00
881357	89	5158	DSC80162.JPG	u/59/645d3050-3189-48a0-b22f-4490ece584e5.jpg	0787622a0b66e7c822d07b84115876ae3193c05df2890d82080fb0a873a3d67b	13298276	6000	2268	FUJIFILM	X-T4	2024-03-03 19:47:56.142983+00	2024-06-25 05:11:21.142983+00
881358	89	5158	IMG_8648.JPG	u/59/539dcb1e-3f7f-40c7-8376-6db134daefe0.jpg	aaafd8fa0f1ecde26175cf44c71ece160fae59241fe944b496de20152af1b66a	13430924	3024	4000	FUJIFILM	X-T4	2024-03-16 18:48:30.192769+00	2024-05-29 03:37:21.192769+00
881359	89	5158	IMG_2819.JPG	u/59/b20eb072-fdcd-4a8b-b068-3c2b8b87d9b6.jpg	4f41165946aebdbf6c4efcc9684e9fc931a0c9581bd28566018d6e3c64f8c7ef	2486171	4000	3024	FUJIFILM	X-T4	2023-11-28 07:10:36.949053+00	2024-06-11 09:07:04.949053+00
881360	89	5158	PXL_20230915_024381500.jpg	u/59/04f657a1-75e3-4aac-bbef-17deb1a0fea2.jpg	86819c008c60626baeb4eae865c863be749588e383a6ac0b64e503a283393709	12325350	4032	6000	FUJIFILM	X-T4	2023-09-15 17:07:32.226757+00	2024-06-20 21:04:26.226757+00
881361	89	5158	PXL_20240401_180781398.jpg	u/59/afd833ed-135e-40bc-84ca-e08de860b11d.jpg	f044d3efebd8e86a6a0a23a332f65b0a3ea82748c9f0ddc358088ec292bf54be	5432554	3024	6000	FUJIFILM	X-T4	2024-04-01 00:22:47.812224+00	2024-06-15 22:38:25.812224+00
881362	89	5158	_MG_8404.jpg	u/59/df5d4916-9ddc-4345-b50d-8077cdf7b9ba.jpg	60dc9a4516248886344dace12483ec164632713774be150ca35d3672eb0ae50b	5486822	3024	3024	FUJIFILM	X-T4	2024-04-22 05:38:01.610928+00	2024-06-24 20:50:31.610928+00
881363	89	5158	IMG_8081.JPG	u/59/15ce03ce-1506-4336-aa8e-abd08395a31f.jpg	c1b20ba75ed319c6be84c160df6043362cf9a7f7d9d5ce788bb4f29320a5bf5a	5144954	6000	6000	FUJIFILM	X-T4	2023-09-01 12:58:22.154065+00	2024-05-24 01:12:41.154065+00
881364	89	5158	PXL_20231006_106077398.jpg	u/59/4fe8775c-54bf-4552-b2bc-f76cebd676da.jpg	0a3aee6b6a458ac8ca8a1f160de8c81277de93feebe4980b68d9d2416a4e47ad	3741733	4032	6000	FUJIFILM	X-T4	2023-10-06 11:39:51.535701+00	2024-06-22 20:24:41.535701+00
881365	89	5158	IMG_8105.HEIC	u/59/275e792d-4b8a-4764-9cf9-ac2a904374f3.jpg	be804ec149a3ab42d20a0b974d3c78237155cc054759c141bd6c70c5ba842f19	3894669	4000	4000	FUJIFILM	X-T4	2024-01-31 00:07:49.915831+00	2024-05-31 16:18:31.915831+00
881366	89	5158	IMG_3574.HEIC	u/59/14654d95-9995-42be-95c7-dc3fbd9c04db.jpg	9263c19b73ee52824147462315bcb017f53d8be04ff87ae981ac57a83c16695c	3277512	4000	2268	FUJIFILM	X-T4	2024-02-14 02:28:00.513419+00	2024-06-10 03:52:04.513419+00
881367	89	5159	DSC83069.JPG	u/59/33ef6dd4-b215-4a4d-9aa5-f70b521d4590.jpg	9369124384192c6e9e60371d1cd38864596312d30b6c0d53b65978b2b80e4013	13325344	4000	6000	Canon	Canon EOS Rebel T7	2024-09-09 06:27:06.972327+00	2024-10-31 15:17:54.972327+00
881368	89	5159	DSC96627.JPG	u/59/67237f86-a95b-4b68-be53-5a840f9cc5d9.jpg	bcda56e4714f32a3016562e58a2727396051d7d5508d876e247a861d583c5db8	2774462	4000	4000	Canon	Canon EOS Rebel T7	2024-09-28 05:14:36.294377+00	2024-11-06 00:57:36.294377+00
881369	89	5159	DSC90395.JPG	u/59/3580d65f-7be3-45e6-ba14-eaf6ce9c46e7.jpg	c0ead3ffe4559b493dac0a9020f7a3bed9d093bd906c10b01c5df30c19d64d9a	4595692	4032	4000	Canon	Canon EOS Rebel T7	2024-10-17 01:08:48.828554+00	2024-10-31 03:42:08.828554+00
881370	89	5159	PXL_20240809_225966579.jpg	u/59/b9d86bf9-265f-422c-85f2-8dcfe60aaed1.jpg	27a19a205bb2a043af5b10cdb258dedd310170cd7032c0514e1ba7c6b9e08940	5160606	4000	2268	Canon	Canon EOS Rebel T7	2024-08-09 13:13:06.514043+00	2024-11-12 06:59:15.514043+00
881371	89	5159	DSC53318.JPG	u/59/f661c830-734f-4047-82d3-ad12f4cae3d0.jpg	f66d18480aa3ad98ce1243623bb0b55822356d58c16609ef002e4594e7775e23	3613687	6000	2268	Canon	Canon EOS Rebel T7	2024-09-11 16:59:27.793927+00	2024-11-07 23:22:09.793927+00
881372	89	5159	IMG_3108.JPG	u/59/22e6f58d-d47d-420e-aa55-c68518ae0827.jpg	348fbb0e92dc4ba213cc81d73211c24c78bf4c35c0d6a3bfd52a7e00f1bc4296	6582093	4032	6000	Canon	Canon EOS Rebel T7	2024-08-03 18:18:24.179377+00	2024-11-05 00:49:09.179377+00
881373	89	5159	PXL_20240204_207665754.jpg	u/59/e36fd706-4bdd-427e-b18b-a6420db13c27.jpg	cbfc9e6abd298d6189d984fa7a4a34025ae55d60659901d81d7aba9da1330f7c	9183901	4032	2268	Canon	Canon EOS Rebel T7	2024-02-04 03:32:18.397064+00	2024-11-08 11:16:28.397064+00
881374	89	5159	IMG_8107.JPG	u/59/0b6358b7-e84e-4e98-be5c-0cb7d7a649b2.jpg	d5f482990583592714289c5096e9f2fb6416f3f83a4fa8186e98e999d34672b7	6504355	4032	4000	Canon	Canon EOS Rebel T7	2024-02-14 19:29:01.258270+00	2024-11-08 14:36:52.258270+00
881375	89	5159	IMG_1345.JPG	u/59/933b9731-ae36-4655-9d0a-925d737fd8c4.jpg	d9c208d897b460420424862e3735acce271a5f3a431fdb047e1e419cd6133849	6748432	3024	6000	Canon	Canon EOS Rebel T7	2024-03-31 06:25:40.166914+00	2024-11-04 16:50:26.166914+00
881376	89	5159	_MG_3567.jpg	u/59/f594bdfc-d792-4cf5-8e7a-a3b0d59b6817.jpg	5ab497ee0cb878a4d522da10594599cf4033aa6054aec6ceb1dd544f409a73f1	8093390	4000	4000	Canon	Canon EOS Rebel T7	2024-05-30 15:51:16.844203+00	2024-11-02 05:21:29.844203+00
881377	89	5159	DSC11582.JPG	u/59/7d2bb83f-a5b9-42d2-a52d-5a5b44cd118d.jpg	4192973f145a6c6cfb7197bb76cf7c373ac43700cb01afd27cda7a3e117b37f9	5479524	6000	4000	Canon	Canon EOS Rebel T7	2024-08-02 09:13:43.626757+00	2024-11-14 18:49:03.626757+00
881378	89	5159	_MG_7872.jpg	u/59/064058b4-fe58-4213-83c7-fbe388de8b38.jpg	fcab096d1ce3dbad7532ac77d5ab40a891384235d6c8d48bf2b6698ad12e1fc3	9344469	4000	3024	Canon	Canon EOS Rebel T7	2024-05-13 09:04:24.984650+00	2024-11-09 03:23:38.984650+00
881379	90	5160	IMG_0925.JPG	u/5a/c181f05b-e127-4caf-9430-21f05549006d.jpg	56931dfebf3e434bf17fe966500baf5184b8fe8b3ea423ec64d3b88976e8ef65	7131641	3024	6000	samsung	SM-S918U	2022-07-24 08:48:46.812784+00	2023-03-11 04:52:00.812784+00
881380	90	5160	_MG_1018.jpg	u/5a/32ef0e34-25aa-456d-9ac2-f04f7c12bb82.jpg	5d4f5befa919147f5084d3195f197210694a1cb291ec00dabe105fbfff8da4b2	12644319	4032	4000	samsung	SM-S918U	2022-07-03 16:09:06.797783+00	2023-04-09 13:46:35.797783+00
881381	90	5161	PXL_20230116_162091831.jpg	u/5a/7a141be6-127b-42a7-8e85-3e798442a74b.jpg	43460cd6d66df50383054029a57f31401b061f19612a19a80938d2a42eb0983e	8246901	4032	3024	Apple	iPhone 14	2023-01-16 09:59:22.245675+00	2023-05-09 23:25:00.245675+00
881382	90	5161	_MG_5850.jpg	u/5a/f8a5c28e-6780-4687-b3b8-daefb41ea433.jpg	b7898fb04ec9117fd47c274d0d7e874306f87f08deba610d28298b0c5f5c65dd	6261071	4000	3024	Apple	iPhone 14	2023-02-14 19:59:35.168709+00	2023-06-01 14:15:49.168709+00
881383	90	5161	DSC91599.JPG	u/5a/395bf0b0-9c01-4da5-b8af-13e3ecfeb2a0.jpg	cf51f990d479a9d55b9e4a38df25369b614b21bdd5e3ac3665ba3d4b28a51a51	9322609	4032	2268	Apple	iPhone 14	2023-03-16 16:23:17.997950+00	2023-05-20 17:57:35.997950+00
881384	90	5161	PXL_20230118_110479992.jpg	u/5a/7f88c7dc-5d10-40c7-bc39-7487b42f439d.jpg	92133ec8548ec330ba7160b423cc574fed312927a78150364c81cd7a617e6588	9100284	4032	4000	Apple	iPhone 14	2023-01-18 15:37:54.844684+00	2023-05-15 01:05:42.844684+00
881385	90	5161	PXL_20230421_026638320.jpg	u/5a/14c65b8c-1e96-4445-8441-f934ba07d770.jpg	8b86cb55da32f95f4a23a557583697b051a2988b6300ab9823e675dd09a96419	3097605	4000	2268	Apple	iPhone 14	2023-04-21 13:43:00.054485+00	2023-05-30 13:38:45.054485+00
881386	90	5161	IMG_7354.HEIC	u/5a/fb777913-3fd5-42b7-96c1-3cb59630d29c.jpg	c34ebff84e40073dcae757a1176299c1a9e01839b342eec51c13aa2a4fc32ce5	5420968	3024	6000	Apple	iPhone 14	2022-07-29 09:50:44.068410+00	2023-05-18 19:03:10.068410+00
881387	90	5161	PXL_20230130_074200004.jpg	u/5a/2a0c98bb-b975-4a35-ac05-4ef91ced8335.jpg	f3259b04c698a2e3d0b5b7e92245607f6c4d681015fa57e9a087451995595396	11846015	3024	6000	Apple	iPhone 14	2023-01-30 17:48:38.711307+00	2023-05-23 19:40:21.711307+00
881388	90	5161	DSC45615.JPG	u/5a/30f5f484-0650-4d65-be5d-62cf0ae3e6e6.jpg	ae5a35da0fbc0f09b403da275104c405e1845c06afed5d9ea3f0519916a40e63	12893484	6000	6000	Apple	iPhone 14	2022-12-10 04:36:02.775973+00	2023-05-23 03:13:16.775973+00
881389	90	5161	DSC94006.JPG	u/5a/6161be49-49f6-4a6d-99f1-b681b55d4a2f.jpg	20a6a1030caef727e6017caebfe8cd9771142224b2b8a236a55abda4006c6e0d	10501090	6000	4000	Apple	iPhone 14	2023-05-20 12:18:34.042688+00	2023-05-23 05:49:33.042688+00
881390	90	5161	_MG_6917.jpg	u/5a/5a9d195c-d734-48c7-aa0c-674966a13a1f.jpg	2dc41853515dee0318d78842e777d2aae99121abe790ff1b0ec336f658e2cc44	13639167	4000	4000	Apple	iPhone 14	2022-10-01 14:06:13.754521+00	2023-05-17 22:34:12.754521+00
881391	90	5161	PXL_20221115_016452179.jpg	u/5a/f0118816-7ce0-4ec8-92a0-e517f0def272.jpg	aaa5a841c623276f002edd5d9cb4df72e3c7d91007228f858efd7f9c409af728	11700995	6000	6000	Apple	iPhone 14	2022-11-15 05:34:57.393323+00	2023-05-27 18:49:59.393323+00
881392	90	5161	DSC13768.JPG	u/5a/2235e2eb-2cf0-4545-9aa4-b720b33fff18.jpg	65d46f5e40da8b8a736ed312ebd7f9698113362ec49de7991db94e772162b916	4112855	6000	3024	Apple	iPhone 14	2022-08-21 19:42:16.717783+00	2023-05-13 13:10:37.717783+00
881393	90	5161	IMG_1759.JPG	u/5a/fcc44370-4edf-442a-a6bc-2826ea18aa07.jpg	bb97c0b868b011a24459aba46cc2b94d75e9dd76aef2c8499eda1e537f204010	2645319	4032	3024	Apple	iPhone 14	2023-04-05 05:33:59.870493+00	2023-05-20 00:08:44.870493+00
881394	92	5162	IMG_6253.JPG	u/5c/6a793b41-11fd-47f1-9b69-afda10a2cf0b.jpg	f2722a2dc904751af66bf0789f8de2544f38426b8b2b7fcbd647800b9a3df1a0	6064700	4032	6000	Apple	iPhone 15 Pro	2023-03-06 07:34:19.284203+00	2023-09-09 18:31:16.284203+00
881395	92	5162	IMG_9491.JPG	u/5c/d7961829-e2f8-40a4-b9d7-36a5eba36c1a.jpg	ceef90d6955c80f00ce605620edfba69258669929a05c04b3e41b2c1224d0678	9263539	3024	4000	Apple	iPhone 15 Pro	2022-12-26 04:03:12.978278+00	2023-09-05 05:13:00.978278+00
881396	92	5162	IMG_7246.HEIC	u/5c/37087a51-132b-495b-9b5c-04296d294ca0.jpg	45e00d5a972bba889b73b29c1fe2421fcf9f2e3b09de30fa626f3e188ff56eb0	7891515	4032	2268	Apple	iPhone 15 Pro	2023-03-11 22:15:06.395380+00	2023-08-28 09:00:25.395380+00
881397	92	5162	_MG_3118.jpg	u/5c/5b033494-f226-47a9-8a89-1ebefafbabd6.jpg	f2f0654ed00c6a8cde554df606cab82f9901abd958c64ae9bb34675a7b56245c	11448629	4000	3024	Apple	iPhone 15 Pro	2022-12-24 07:24:58.920091+00	2023-08-22 16:13:24.920091+00
881398	92	5162	IMG_0366.JPG	u/5c/0e2fc3f5-e7c0-4970-8338-6c3efddead97.jpg	de935af990b0667c0ec7022dae221bba2d4262b7a3dd65f01ae04bfcf7100652	2789859	4000	6000	Apple	iPhone 15 Pro	2023-06-13 00:50:25.352711+00	2023-09-07 03:24:39.352711+00
881399	92	5162	PXL_20230510_033419351.jpg	u/5c/1fd10410-18e4-4235-97f1-fe7a6b9a6a7a.jpg	425d196bd9da76be9fa469d7c3913231905d046ae7b9333c7f921ae81ba80d31	3554371	3024	4000	Apple	iPhone 15 Pro	2023-05-10 07:20:05.034925+00	2023-08-22 05:26:39.034925+00
881400	92	5162	DSC93393.JPG	u/5c/92d861ba-6d1f-4eed-907b-cf5a7d4c7e4a.jpg	e43336436cae06fc1b6ff65984b3288440145f8796687d3c92e1e1e5e4cc3ca5	9290014	3024	6000	Apple	iPhone 15 Pro	2023-01-19 20:36:46.379051+00	2023-08-19 16:15:37.379051+00
881401	92	5162	DSC93323.JPG	u/5c/b92ff027-16f2-4688-a223-03dd8883065f.jpg	9f0de3fced5c7a318bebed10681ebf7d1d979e229f6613107e988c1926788c67	850209	4032	6000	Apple	iPhone 15 Pro	2023-02-08 22:10:25.413996+00	2023-09-03 14:59:05.413996+00
881402	93	5163	DSC98768.JPG	u/5d/dc3a97f0-3f65-45d4-9947-1c452f060256.jpg	608edfbd2662b4236555f00574fb73f462dc3204802229e9b2eec7021b99b779	2222215	6000	2268	Apple	iPhone 14	2022-06-27 05:31:32.124913+00	2023-04-04 10:33:56.124913+00
881403	93	5163	PXL_20221105_035098146.jpg	u/5d/9244f302-5942-4290-99bb-7291e294796f.jpg	f6c86c902393ee7cec2a80b33b1baf35dc5575f909f95f4bcf70ab99395c0ed7	12039425	4032	3024	Apple	iPhone 14	2022-11-05 09:16:17.342577+00	2023-04-02 04:56:54.342577+00
881404	93	5163	DSC37433.JPG	u/5d/b414a4d2-7fad-4217-ad5c-3396a5a58c15.jpg	112d69ef97c8f822e5c32f6a137882a3b6d55d9b5ec41894a11d52eab7b9e094	8456497	4000	3024	Apple	iPhone 14	2022-11-18 22:52:31.426495+00	2023-03-07 23:18:14.426495+00
881405	93	5163	PXL_20220602_153859819.jpg	u/5d/53960176-0c11-4a0b-a760-b48a3070e083.jpg	6b028d000a1987f2d81c07bb9a73e90a08885f763af3af77e1676781b46e8253	12425238	4032	6000	Apple	iPhone 14	2022-06-02 11:05:00.119711+00	2023-03-16 03:39:02.119711+00
881406	93	5163	IMG_3342.JPG	u/5d/5a9fef6c-c537-41c0-bf08-b217ea616b74.jpg	21dc0d6f33ac2367042f3fa394e838e38fe2eba99a27ca8766c8a2e5825caf47	10799694	6000	2268	Apple	iPhone 14	2022-05-17 10:39:55.451421+00	2023-03-12 16:35:35.451421+00
881407	93	5163	IMG_5297.JPG	u/5d/c9fbd2ca-b49e-446b-9d8b-a308e085fcb5.jpg	8ab81bf0de6efd52be82c79a8772bebac9ab74bb99bc78ff6432b15f9f449932	11286328	4000	3024	Apple	iPhone 14	2022-10-03 09:54:27.091071+00	2023-03-01 11:08:44.091071+00
881408	93	5163	PXL_20221115_152976111.jpg	u/5d/a0044d69-b434-4971-87e3-35bd4e86ac94.jpg	d93f3a6b97e519187a1d13412bc4ac68544665ea628af99b71288d7d782df1f5	6676305	3024	3024	Apple	iPhone 14	2022-11-15 23:01:44.265305+00	2023-03-03 04:31:18.265305+00
881409	93	5163	PXL_20221002_088430486.jpg	u/5d/82b758e0-941e-4eb8-9107-309cad1a7108.jpg	14cb595cce3aba401294a758f70209331b0a02f1ec549caec3a299fcfe9452d5	7943760	6000	4000	Apple	iPhone 14	2022-10-02 09:18:49.754101+00	2023-04-06 16:39:30.754101+00
881410	93	5163	IMG_5056.HEIC	u/5d/a6fd4493-1f68-456b-931d-a7879250f2de.jpg	1b8d5df044dd64769869c69252bd33ba801f5ee9550f418a9aedf726abbbe249	6577855	6000	4000	Apple	iPhone 14	2022-09-27 22:26:12.638450+00	2023-03-29 05:24:07.638450+00
881411	93	5163	DSC04259.JPG	u/5d/d7d36796-a3b3-4e34-8876-234631a04abe.jpg	4c6cf74d61f1884cc93559cff1bdb15c2637fe09e9bbe17fa188a3bb998da5ae	6412594	3024	4000	Apple	iPhone 14	2022-09-28 22:39:11.804248+00	2023-03-16 12:37:23.804248+00
881412	93	5163	DSC21697.JPG	u/5d/81157aa1-6a3a-49db-b97b-59e6addbf034.jpg	c5aaaef9ab65c98116a888808bf7041b34896856eb0008dc2fc75f9279bf69b9	11815189	3024	4000	Apple	iPhone 14	2022-05-30 22:50:04.183453+00	2023-03-21 20:18:29.183453+00
881413	93	5163	PXL_20230314_212713096.jpg	u/5d/7aad9868-e3a7-459d-a379-fa4e064ab634.jpg	6d24ee4f2e5797a0f270d92721c16c23195bd00013635a4f829bcd796b9ca395	11720335	4032	4000	Apple	iPhone 14	2023-03-14 04:45:24.516503+00	2023-03-25 19:15:31.516503+00
881414	93	5163	IMG_3062.HEIC	u/5d/bfa2f4bf-c405-4926-9e17-2f774d5cf6e5.jpg	914b6074f6182af8ce75b648ba188f4acf7c9c22d0b94c5b06b71598786b1729	10371747	4032	3024	Apple	iPhone 14	2022-10-26 03:11:17.997011+00	2023-03-07 01:07:46.997011+00
881415	93	5163	PXL_20220714_217831851.jpg	u/5d/b0213c69-b3fe-474c-a5fc-c278e1db064e.jpg	d4ff636cb02c8862955d60c725fca5ca842d2271375d9a0554be53580e5a876e	5342989	6000	2268	Apple	iPhone 14	2022-07-14 21:02:56.175344+00	2023-03-02 02:23:28.175344+00
881416	93	5163	_MG_2266.jpg	u/5d/01525940-7949-4c75-8b89-9f6f1728dcee.jpg	642e0bda0f728cc1efdc8e2f4f864d27720dfbc52fcf52094c4eac8b93a06e88	6918122	6000	3024	Apple	iPhone 14	2022-10-05 05:23:12.650476+00	2023-04-01 21:45:30.650476+00
881417	93	5164	_MG_6698.jpg	u/5d/ccfae0d3-1abf-4f03-95cf-5f2c8dd104e9.jpg	9d1f53ea986286ca8ec2db5a286539a1d4522c8b2c9be3c0dd0eabbe063cef2b	5542381	3024	3024	Apple	iPhone 14	2021-03-14 02:29:52.897695+00	2021-10-19 00:37:33.897695+00
881418	93	5164	_MG_4074.jpg	u/5d/82caa682-cd9b-462e-bfca-2912253088e4.jpg	a4836c13cf64bb8e251089edf79ecb317be92fe663ad5caada61a83af1a329c9	9782986	6000	6000	Apple	iPhone 14	2021-01-10 01:46:50.261133+00	2021-10-06 22:57:34.261133+00
881419	93	5164	PXL_20210724_196724916.jpg	u/5d/27ff68f8-6998-47c4-85b7-dcbfb1917550.jpg	446a1a74d917e8de1605af72562f341fc9e2ad95819181ea803cdfc84888d342	7695506	4000	3024	Apple	iPhone 14	2021-07-24 13:25:55.469219+00	2021-09-30 06:04:27.469219+00
881420	93	5164	PXL_20210417_162873436.jpg	u/5d/d4e73580-5619-4ae6-94b5-02ed81ce88a6.jpg	6309b1c97836826579e6bdb06c5c861582b1cc2ed499d0f9dcb1b862731f7b96	11544765	4000	3024	Apple	iPhone 14	2021-04-17 19:13:57.756226+00	2021-09-26 22:37:29.756226+00
881421	93	5164	IMG_3744.HEIC	u/5d/cdd7c84f-8c7d-4195-bb8c-f6616b42729d.jpg	cd3371edc71e671c251a1665aa2b9fd93bc748be6dbcf7b9a73154fb988673f8	5161703	4032	2268	Apple	iPhone 14	2021-07-22 14:04:02.316176+00	2021-09-15 16:20:39.316176+00
881422	93	5164	IMG_6075.HEIC	u/5d/798ae632-db50-4a81-badb-fbb7e0fef6ee.jpg	cc66bfe8d4098cfa0c92f0c218bde0e9801fddb2572f3bbccfff0dbe20476e6c	10413144	4000	2268	Apple	iPhone 14	2021-06-11 11:19:11.831677+00	2021-09-15 13:30:35.831677+00
881423	93	5164	IMG_0317.JPG	u/5d/4e0cb3c1-fff8-4c97-a1d3-02b4bcfc30e7.jpg	20993164a6d1bcf3a31777b9af8bfae56fd55b32be607b976fad453add574ce3	5430497	4000	3024	Apple	iPhone 14	2021-02-18 06:53:28.130122+00	2021-09-29 00:09:16.130122+00
881424	93	5164	DSC87039.JPG	u/5d/420a0243-0cee-49e5-8716-75d5c711360e.jpg	9792a5eaa17ffb1a3fa0f9e77c51229fdd106b67369bddb185361bd91cdde38e	3629620	3024	4000	Apple	iPhone 14	2021-04-27 13:03:29.800422+00	2021-09-29 22:58:27.800422+00
881425	93	5164	DSC53780.JPG	u/5d/f22526f6-21a2-4025-b243-afbc0a637a3d.jpg	4f236d164dbe38ce4076889e64fa631bf7497c4f8c49369265e59d7c5665c107	1302790	4000	4000	Apple	iPhone 14	2021-05-13 22:16:43.257408+00	2021-09-23 06:07:17.257408+00
881426	93	5164	_MG_4176.jpg	u/5d/89370ee3-2280-424f-9f2d-c7e76699e702.jpg	3ff5ead5ff4a273c574e9e30d005b28c50fd2beebc1d7eb14e4b28240ed38ec3	11634502	4000	2268	Apple	iPhone 14	2021-03-25 20:44:04.681735+00	2021-09-24 03:49:50.681735+00
881427	93	5164	IMG_2890.HEIC	u/5d/4f58045d-1371-4331-88f0-d19102b24f51.jpg	d23254a4f7afcead2b37db0673b8a06cd8e90c008aa94cec6bca6e98d5244cdf	9631576	4000	6000	Apple	iPhone 14	2021-06-01 20:56:04.427466+00	2021-09-10 08:50:57.427466+00
881428	93	5164	IMG_0241.HEIC	u/5d/161cae4d-8471-4059-bc24-f735c42e0301.jpg	8ba5eae76390b04f39b4343332b03e7486d8c5f121aee204c4f7318ea9a327b5	2995423	3024	6000	Apple	iPhone 14	2021-03-08 15:39:12.439504+00	2021-09-11 04:42:40.439504+00
881429	93	5164	DSC23314.JPG	u/5d/c9a29d24-d779-4b1b-96cd-f91895f9df98.jpg	8dc627139218856114e7332fc67e636bdcb79e8ca13a259803032479f552f717	8089354	3024	6000	Apple	iPhone 14	2021-01-25 10:42:21.447972+00	2021-09-25 22:52:25.447972+00
881430	93	5164	DSC78729.JPG	u/5d/e5df83b3-176d-4dd0-8801-a28261c871ca.jpg	68cde827fe118b343d0b8e8c5772f3b141e83c21fdbd39c9e8d88d4d944c90e9	10621211	6000	6000	Apple	iPhone 14	2021-09-05 19:20:13.794562+00	2021-09-14 15:26:39.794562+00
881431	93	5164	IMG_3884.JPG	u/5d/7317aced-2ad6-43c7-b5e0-37197222f40a.jpg	90d89f965dcdbc174a750a0ca4893fc0a3e44c344ccee5d2d258e6d06f72e616	13841834	3024	3024	Apple	iPhone 14	2020-12-30 05:43:29.784436+00	2021-09-16 06:45:43.784436+00
881432	93	5165	DSC03028.JPG	u/5d/e72af8b7-e03b-4cc4-9f28-40b34416016a.jpg	79d9efc74b07002c377d6be78f4e921fdf5bff753f41e14c9a93c8726220da92	5347589	3024	6000	Google	Pixel 8	2021-06-18 00:52:28.246720+00	2021-10-20 22:44:27.246720+00
881433	93	5165	DSC72119.JPG	u/5d/5daebdc7-cece-4140-9e24-96d8d1bb1248.jpg	dbac5660ba6d4aa242d333eea7c93c99baa3e0e601ebb20c156a82326cca134a	9410469	3024	4000	Google	Pixel 8	2021-06-09 09:29:08.545405+00	2021-09-27 04:13:24.545405+00
881434	93	5165	_MG_5122.jpg	u/5d/0edc7960-e45e-4039-a123-5c1ef934e010.jpg	b95cdfedc8fc44b5911fb8eeb4560afef806562dd134f6b76152b7f707e07d66	5314677	3024	4000	Google	Pixel 8	2021-05-05 06:40:54.153301+00	2021-10-23 16:33:18.153301+00
881435	93	5165	PXL_20210105_163001435.jpg	u/5d/bd9e175c-b530-4735-900f-454453f3b258.jpg	20c188c7f28595bded7db2e920399b10f939bc8ee85340e69d54c2fd883a71ff	3476002	6000	6000	Google	Pixel 8	2021-01-05 17:39:14.061869+00	2021-10-02 20:15:03.061869+00
881436	93	5165	IMG_7493.JPG	u/5d/273d61ed-a08c-4a1e-bdcd-a1cb6bbe852f.jpg	0f483d246548f337b13b842593cdd0a0e1ca342c266e8ff6d9e286bc6c1c1202	12144995	4000	4000	Google	Pixel 8	2021-01-27 06:49:12.355440+00	2021-09-29 21:20:55.355440+00
881437	97	5166	DSC83070.JPG	u/61/a8c0a095-8f84-417d-ba96-63fbdd924582.jpg	9b99ae23f46e85edcd902c7eb6d123420641b8afa99f79f422607450a3a09835	4240049	6000	3024	samsung	SM-S918U	2023-03-16 15:45:52.413136+00	2023-12-08 14:27:53.413136+00
881438	97	5166	DSC62580.JPG	u/61/fe0c599b-bc78-48aa-aaea-49808ba0029a.jpg	5982bab96b4a49c7cc941b437c978eb081ac0ae68120cddcc3cf7d8f8808056a	4932876	6000	6000	samsung	SM-S918U	2023-11-28 21:28:31.275213+00	2023-12-06 09:04:00.275213+00
881439	97	5166	PXL_20230803_029860049.jpg	u/61/7280db43-d562-4ed2-b96b-cfa761d4ea19.jpg	23e4bde123cb021e3ccd30d7825abffacc4c8cf981f0f41cdc9c517174e0d440	12695397	6000	4000	samsung	SM-S918U	2023-08-03 10:04:10.927663+00	2023-12-26 10:38:56.927663+00
881440	97	5166	DSC11170.JPG	u/61/9d769167-5590-4838-a7b9-8d0c72247bff.jpg	23309fc6f27235aa007474ad1f0906af10b5f265d8d06d8501aa820f0ecacb44	3910257	3024	6000	samsung	SM-S918U	2023-03-04 11:49:27.115650+00	2023-12-10 12:57:45.115650+00
881441	97	5166	IMG_8662.JPG	u/61/906553d3-ddb6-47bb-94d2-8ba628fb643f.jpg	b489b7f15bbaa78915505c0f87d516d2c48edc5825203d193839c6ca38a28440	11280250	4000	3024	samsung	SM-S918U	2023-11-09 18:52:11.634938+00	2023-12-21 18:29:20.634938+00
881442	97	5166	IMG_5164.JPG	u/61/179c1fa6-6979-4e8d-a97e-c5ec269eec7e.jpg	10fcebfc4a01cec7a1c864d37836d9384d4de598f87472542c291d345cf8ea02	4868052	3024	4000	samsung	SM-S918U	2023-06-06 03:37:56.920661+00	2023-12-27 13:35:08.920661+00
881443	98	5167	IMG_3271.HEIC	u/62/d6ee46a3-912d-4823-9622-b0c3f9aad12d.jpg	b1c8df4aead88d00ccc06138593ec16ab1bf5b86516bfdcb7075c12ed8b22b34	10339553	4000	4000	SONY	ILCE-7M3	2024-02-04 04:05:21.576510+00	2024-06-01 13:13:51.576510+00
881444	98	5167	_MG_0964.jpg	u/62/3b5806cd-924a-4274-a90b-7058e8b874c9.jpg	e013fb412209d8233473d594d09f692292256a93dfcf3b2c8a09d1ad429bfad9	11232052	4032	6000	SONY	ILCE-7M3	2023-09-23 07:39:52.641584+00	2024-05-26 15:59:39.641584+00
881445	98	5167	PXL_20240214_075825687.jpg	u/62/cac4686e-0e17-4b32-a806-432f46851e99.jpg	fe3223e8d0868640e7fc50aa4ab5a3128616d8ffa2b54db3bfbd5941f513b364	4360883	4000	6000	SONY	ILCE-7M3	2024-02-14 22:32:33.258032+00	2024-06-14 22:01:33.258032+00
881446	98	5167	PXL_20240306_116080369.jpg	u/62/ecf7d887-a38a-4475-8506-1c0b88b5b70d.jpg	de72d1d5b081779fae40ef205888123f40601490ecb7c3f0e8bdc6731a24249e	13069981	4032	3024	SONY	ILCE-7M3	2024-03-06 14:11:37.440759+00	2024-06-23 17:25:32.440759+00
881447	98	5168	IMG_7792.HEIC	u/62/a16e4da9-5a95-488e-8ffb-267d1f926b33.jpg	e6b19b49af9733a471f815cd2deaf9b027dc204fb595f92fc657d48cc70f3ee2	10975827	3024	4000	Canon	Canon EOS Rebel T7	2024-07-12 15:55:20.026789+00	2024-08-03 17:55:17.026789+00
881448	98	5168	DSC49687.JPG	u/62/7e039ff4-a7cd-4522-8479-c8f437bd1aef.jpg	13e31179cd6ded20a7a2c5bdceedbc43c52c26583b31962b66bf2c368127d1bb	1732726	4032	4000	Canon	Canon EOS Rebel T7	2023-12-29 22:02:19.043943+00	2024-07-09 12:19:22.043943+00
881449	98	5168	IMG_8791.JPG	u/62/a9145e16-7f69-438f-a08d-c553fa896e5a.jpg	8efb70591ba1ac1bf9ff450a9a663c9823da459449ec95a7cb63be2c4a48cccb	13631359	4000	6000	Canon	Canon EOS Rebel T7	2024-05-16 14:05:07.190240+00	2024-07-26 10:05:07.190240+00
881450	98	5168	_MG_5753.jpg	u/62/65442378-4817-4b1b-8ab1-2afae8fa8acb.jpg	6af09c4f6ab0b8668ceaaefeed56a87026561b691d18ee92da74b6f01bf17b32	13097560	4000	2268	Canon	Canon EOS Rebel T7	2024-04-11 14:38:12.816641+00	2024-07-16 17:34:51.816641+00
881451	98	5168	IMG_3482.JPG	u/62/642928cf-dabc-4ecb-ae59-ea0e8097d504.jpg	196417d21e4881d860b91f020fab6d404e0bce8edc291a146ff876d987dffe30	2175769	4032	3024	Canon	Canon EOS Rebel T7	2023-09-17 14:12:11.089279+00	2024-07-08 10:50:35.089279+00
881452	98	5168	IMG_1161.JPG	u/62/616d4a61-021d-4173-8461-85a035de5c57.jpg	e7b73fe1210b7dd59d853f3ab592dc19d30dfd7c1e8c5509d4ac766b093acb16	9049641	3024	3024	Canon	Canon EOS Rebel T7	2024-01-18 00:43:56.429882+00	2024-07-21 10:45:06.429882+00
881453	98	5168	IMG_6683.JPG	u/62/540e959c-3b34-466e-95b3-347bf3f0c3fd.jpg	74d5c80fb84dba5e9ab6f840e3b1096f3f68b7e63ddc70db2ad182c4f2ab6553	8448050	6000	6000	Canon	Canon EOS Rebel T7	2024-02-12 17:10:33.079048+00	2024-08-09 03:01:43.079048+00
881454	98	5168	PXL_20231223_007870474.jpg	u/62/1eaec44a-01ee-4a9c-b2de-4a4146ef6abf.jpg	3d5030bc518c9c2e36acb3ea36e75e23a2cc434503e5247815dcc6f037f5881c	3676269	6000	3024	Canon	Canon EOS Rebel T7	2023-12-23 17:25:29.079384+00	2024-08-13 18:34:15.079384+00
881455	98	5168	IMG_3508.HEIC	u/62/e19f4d53-9b24-419a-81d3-4e884596a592.jpg	91783cf5dfd10e74dbd9f2005389be24f847c9460744413107be0096a2ba1bf7	5766843	6000	4000	Canon	Canon EOS Rebel T7	2024-04-06 01:35:52.502995+00	2024-07-24 05:04:08.502995+00
881456	98	5168	DSC56469.JPG	u/62/ae8f9956-c718-467d-9ced-bc0f9e3b5b3c.jpg	03cf85950c897391d5152bc679ff1260026491384003dafcdfe1a1517b6c39a8	12890982	4000	2268	Canon	Canon EOS Rebel T7	2023-12-29 21:51:14.200539+00	2024-07-11 17:49:59.200539+00
881457	98	5168	IMG_0403.HEIC	u/62/195b201f-1da5-4511-badd-7816518297c9.jpg	18c20e09c611f2798d14b017a204f29fb757dc85a3c7fbe4c3abc12e1ec5b769	11337213	4032	6000	Canon	Canon EOS Rebel T7	2023-10-26 10:13:29.380734+00	2024-08-14 01:29:07.380734+00
881458	99	5169	IMG_0954.JPG	u/63/40ace798-fb4d-4d2b-82be-297bb722e13c.jpg	bb04730e4a4e645304a3aeba04add523adca1b9cf2aae0ccbc6892276a37c10f	1158590	4000	4000	Apple	iPhone 14	2024-07-23 23:26:11.947784+00	2024-08-06 09:20:12.947784+00
881459	99	5169	PXL_20240507_225660809.jpg	u/63/5b86686d-20e4-4490-a3aa-4ee1ebc0310a.jpg	2bbef965ffb5e65cceb10a7d2a76e7057a3ea79f7574fdc5b91da7c885a3fa96	13451578	3024	3024	Apple	iPhone 14	2024-05-07 17:48:53.783725+00	2024-08-22 01:54:26.783725+00
881460	99	5169	_MG_6678.jpg	u/63/fb59e8e3-12e9-41dc-90b0-0709cafb83ef.jpg	4abcf5474998f97f1a03e42f523f605b72124f12207e7f22191abe93a0b75e2d	11843724	4032	3024	Apple	iPhone 14	2024-01-07 06:53:21.503521+00	2024-08-12 03:00:04.503521+00
881461	99	5169	IMG_0572.HEIC	u/63/800719ca-1f6e-492a-9bce-e89370bd0205.jpg	1f62650fd2d6d2052c683da32f01dd34a426d4d7183eb56837377dee87088d45	5589956	4032	4000	Apple	iPhone 14	2024-04-04 10:54:39.921786+00	2024-08-30 00:54:07.921786+00
881462	99	5169	_MG_2483.jpg	u/63/03ee6135-bed7-4e68-bbec-163c6bfeb5a1.jpg	61be31d44b01f1467f38f39ef611942f9ffe55923901ed5cf0ecc90e4e1961df	8395686	4032	4000	Apple	iPhone 14	2024-04-02 05:32:42.670493+00	2024-08-17 14:27:04.670493+00
881463	99	5169	DSC98400.JPG	u/63/13ca68db-8e53-4d44-a3cc-460b393caeac.jpg	708d911c90c7206cfa6bcabe41c710cd542d5ed7cf0d17bd79237fdf0eec35fc	4819168	3024	2268	Apple	iPhone 14	2024-05-07 14:19:50.063065+00	2024-08-25 04:21:14.063065+00
881464	99	5169	IMG_5397.HEIC	u/63/ef9a288a-b5dd-4384-9bb4-c74b153845d8.jpg	12116984930cf1c3de6ff3d8e684ca077cd2819f31a83c54e192826df8b9adc2	3079724	4000	3024	Apple	iPhone 14	2024-02-22 11:18:36.594407+00	2024-08-04 21:23:51.594407+00
881465	99	5169	_MG_1871.jpg	u/63/2a08e857-8fc7-4af4-bfd3-c3aacb6464a0.jpg	5840b333c2ef5967a42323c5a91af8c6d6b7542e0a6268e96abbc614bcb3beb4	5316663	6000	2268	Apple	iPhone 14	2024-05-01 16:22:36.853057+00	2024-07-28 20:55:55.853057+00
881466	99	5169	DSC37522.JPG	u/63/41fdb9ef-0d29-4be2-ad71-09c1f237f37b.jpg	3db45e68db8dd3b573a6151675e4b4cd31ef4de35596f8fa0a2386a177c2a9af	13164198	4032	4000	Apple	iPhone 14	2023-12-18 23:08:46.847544+00	2024-08-10 09:49:27.847544+00
881467	99	5169	DSC70293.JPG	u/63/c0497641-80f5-4f62-8673-607a80e6e66c.jpg	0f6c20208de5d44142447e92001e270cabc7340d869868ba474f3eeffb8808d1	3098897	6000	3024	Apple	iPhone 14	2024-01-02 16:16:06.813961+00	2024-07-26 04:25:37.813961+00
881468	99	5169	IMG_7866.JPG	u/63/42cfc77a-1c4b-4559-963e-0d197e219276.jpg	7c8d8aad35cfc6a95d022b5e8b1ca3ee9d03151225ea54ac049fd8f3115959a7	5410710	6000	3024	Apple	iPhone 14	2024-05-05 03:56:57.295399+00	2024-08-08 07:17:06.295399+00
881469	99	5169	IMG_3126.HEIC	u/63/eb955962-b4ca-44cf-8ce5-7988d85efe2c.jpg	c36340939327adbd375afc1b2cf6faabb9e39bba6326b9a8574b6fbf9fa1f2bc	11313040	4032	6000	Apple	iPhone 14	2023-11-23 01:37:26.407351+00	2024-07-29 14:03:23.407351+00
881470	99	5169	IMG_9209.HEIC	u/63/bb9937de-7cbf-4a62-810a-4c0105344785.jpg	98ed5022ba0bdda5ac22f5a870439427f5059c3edf04c50342c7f508f001cdb3	10710687	4000	2268	Apple	iPhone 14	2024-08-09 22:19:24.324817+00	2024-08-30 10:42:22.324817+00
881471	99	5169	IMG_4313.HEIC	u/63/99e4cf02-2cf9-45db-888d-adcb98aad7ca.jpg	ad44f54580938ab2dd3cf26e3aae85a12e282e52cc187edbb8a3dea0f9a5ec7d	10450740	4000	2268	Apple	iPhone 14	2024-07-17 10:39:12.541756+00	2024-09-01 06:34:42.541756+00
881472	99	5169	PXL_20240408_206135677.jpg	u/63/fe3d19ef-012c-448e-a341-58cd275bdb91.jpg	af71ff20ec05db6bf9f80e17e0f60f13f3a066da510b66ff4a684da923b9325a	6640352	3024	6000	Apple	iPhone 14	2024-04-08 03:57:29.895498+00	2024-08-16 16:30:42.895498+00
881473	99	5169	IMG_8664.JPG	u/63/06dbe632-d285-45d9-924b-0f98646a2602.jpg	ee36fc04517019c8dab98b158eb586b7600d9cb9816c940170244ffd6f9fe5de	6048078	4032	4000	Apple	iPhone 14	2024-07-20 07:24:21.274958+00	2024-08-25 04:36:50.274958+00
881474	99	5170	DSC16070.JPG	u/63/b9545c1d-1c41-4b05-a6eb-66cd55166257.jpg	bfe34ede65017298e635b72a01c65d845a949d7685541e3893155b5f5f7df472	2280732	6000	4000	SONY	ILCE-7M3	2023-08-02 22:15:54.986966+00	2024-02-23 10:37:54.986966+00
881475	99	5170	IMG_8120.JPG	u/63/9a574bd4-1a6d-4073-b82c-813ebc418a45.jpg	187e5d6d0033cea787c18437363308f7d005db5197ed54e2787293c5b1f2ea73	11970905	4032	2268	SONY	ILCE-7M3	2023-08-06 10:31:06.741082+00	2024-02-28 12:39:04.741082+00
881476	99	5170	DSC16552.JPG	u/63/92fa2e27-590d-49b6-ad9f-925c67d22365.jpg	adaeac954aa4b219b3d79fef9984450bec58fbd73debd80116528ebbefa0a34d	11207319	3024	6000	SONY	ILCE-7M3	2023-12-20 15:30:09.661763+00	2024-03-13 05:49:26.661763+00
881477	99	5170	PXL_20230719_044195058.jpg	u/63/944d0c29-c35d-4006-9865-763c3575c193.jpg	00a8ec7bfa3a0687b198d72dede872d081b7b1f17d7274e41a531854c0ce35c8	2568098	4000	4000	SONY	ILCE-7M3	2023-07-19 11:45:00.067579+00	2024-03-05 14:04:06.067579+00
881478	99	5170	IMG_6751.HEIC	u/63/7f24e20a-9e87-4d79-b110-a416ebbb8e04.jpg	428a915097091ba39ce2ae4a693732ac01222edc2fc579a886a7401fb41fd58a	1609112	4032	3024	SONY	ILCE-7M3	2023-06-10 08:35:00.970027+00	2024-02-14 05:26:47.970027+00
881479	99	5170	_MG_0777.jpg	u/63/910ef263-f509-4af2-8a47-49438a6ad467.jpg	db8a1dfbbe68a0e8613020942d486542303d9666d9caf56e15d0ea768e4bc036	3272649	4000	2268	SONY	ILCE-7M3	2023-05-16 13:49:48.646241+00	2024-02-17 13:18:21.646241+00
881480	99	5170	DSC03448.JPG	u/63/fc023708-4c6b-4624-85d9-b2b6ab5d65ad.jpg	3198daaaa2bf3c93d72c0c48506c2e379bd0d95a16a3b9d1d287d74f6283314c	5600294	3024	4000	SONY	ILCE-7M3	2023-10-12 18:04:36.906598+00	2024-02-13 01:30:40.906598+00
881481	99	5170	_MG_4349.jpg	u/63/2d0df13c-1e8e-4f96-9079-d6afa9a693bb.jpg	28ee0c0493cf7f48071aebbeb024db39bf31640b358c2c3d0af2d445d874f511	11131144	4032	2268	SONY	ILCE-7M3	2023-07-13 02:30:49.601041+00	2024-03-02 10:07:02.601041+00
881482	99	5170	DSC26427.JPG	u/63/83b70cb0-68f3-4da6-9b40-3f1a0671d0ee.jpg	4e018f6858f60adddd7bb0f9fc46fc8e21f0390412f90694553b3275b13cfb67	4091990	3024	2268	SONY	ILCE-7M3	2024-02-02 10:27:17.776575+00	2024-02-22 06:46:54.776575+00
881483	99	5170	IMG_6464.JPG	u/63/f8ddd7ab-130f-4514-86f9-00283ea6e9ea.jpg	71a25958586752ddb622da81f66a1e8a5e6f0f3dd6f027bf89c49581340921f4	13291475	4000	3024	SONY	ILCE-7M3	2023-07-29 12:55:21.909189+00	2024-02-21 15:04:22.909189+00
881484	99	5170	IMG_4860.JPG	u/63/418f8c23-e0b8-4b71-8ad5-7fed6acde26b.jpg	38097695daba353bcdf0291bd05a3c118d4c172ec5255b03b657863b78fc6056	5890826	3024	3024	SONY	ILCE-7M3	2023-07-07 15:51:31.940395+00	2024-02-18 16:07:13.940395+00
881485	99	5170	IMG_0733.HEIC	u/63/cadd5ef9-ea80-449e-9561-a607a693842f.jpg	6520ef6e038585077b94430f91c9f5a929b145726bf97eb1215dfb8fbfba62c0	861420	4032	2268	SONY	ILCE-7M3	2023-10-11 07:46:15.708398+00	2024-02-07 22:12:47.708398+00
881486	99	5170	DSC45400.JPG	u/63/00c72949-1a90-4470-9b23-d73e11486a52.jpg	47a7695d2ad82820764e00d2dca608c32656d571ba189f6165599f66a3d670fa	9284633	3024	4000	SONY	ILCE-7M3	2023-06-23 18:17:55.763473+00	2024-03-08 07:10:04.763473+00
881487	99	5170	PXL_20231207_070691977.jpg	u/63/7b90732e-7c01-482c-8d57-04e4f501fa68.jpg	318e575bc8422958c016519602e047a0d30d9bff193dd45984dd6d61a751da2d	13576524	6000	3024	SONY	ILCE-7M3	2023-12-07 23:31:51.959186+00	2024-02-29 23:10:10.959186+00
881488	99	5171	_MG_8489.jpg	u/63/aeca1143-a331-4e5a-a24c-2bfdfc85f7ef.jpg	7ff9655a6df624f941898083af8bdec9594d47a60636d0721426ba73aeaeb036	4242409	6000	3024	SONY	ILCE-7M3	2023-09-07 18:10:59.950112+00	2024-05-22 11:19:22.950112+00
881489	99	5171	_MG_4663.jpg	u/63/f57e2f22-184b-41df-bf25-857c95666883.jpg	c2ad9f229f1ef6f8decea231a9e71de975795afbcb2ecfa0a4a4b3bc13f28594	976856	4000	2268	SONY	ILCE-7M3	2024-01-23 16:17:40.543976+00	2024-06-16 04:17:37.543976+00
881490	99	5171	_MG_0432.jpg	u/63/1defde22-4229-4474-9bdb-da963d0d10dd.jpg	c0a235f9848bbb8988bf0fc3ac03cf711bc22d29d74c20020588355439ecb37f	13654083	3024	2268	SONY	ILCE-7M3	2024-04-04 01:26:19.772290+00	2024-05-26 20:18:41.772290+00
881491	99	5171	PXL_20240130_190229244.jpg	u/63/f0c5ff46-ca44-40f5-b8bf-b21a42ef0e31.jpg	81f07a5976d2b9defcf5f7cb22e30e9b5a842b88872fd0f575a361aa2fd3ebb0	7943137	4000	3024	SONY	ILCE-7M3	2024-01-30 23:35:35.225798+00	2024-05-26 11:33:18.225798+00
881492	99	5171	_MG_7006.jpg	u/63/9aace004-3d19-4bb6-becd-745688486bbb.jpg	41f049f5e40814a9c1c370bd3f0d4c88aa38d3aae04a30e8126aab56be6cf4ed	2347348	3024	6000	SONY	ILCE-7M3	2023-10-15 21:43:17.230868+00	2024-05-22 04:27:56.230868+00
881493	99	5171	IMG_0610.HEIC	u/63/93ec15be-1c5b-41d9-a7df-b839da9f8f50.jpg	feb9e7ccdf181b0da1206733866755651f73edc2d37a6d98d268ac0ccb40c2c6	12987248	6000	2268	SONY	ILCE-7M3	2023-12-12 12:14:42.523309+00	2024-05-22 01:16:54.523309+00
881494	99	5171	DSC65039.JPG	u/63/eb16328b-8519-4f07-91bd-db24d10edd28.jpg	5072e71754d1e73d3b02a9ef80d5fca52a82a3ac43b658a71283e17763976a4a	7577924	4032	2268	SONY	ILCE-7M3	2024-04-25 14:20:52.215596+00	2024-05-26 10:56:49.215596+00
881495	99	5171	_MG_1326.jpg	u/63/c33bc80b-bd37-4bbb-976a-129f10580145.jpg	246c281e2e8f4abedc4d8817eb72be66afea0d78da665df7c89ff48ecff16b71	6813684	4032	3024	SONY	ILCE-7M3	2024-03-18 15:42:37.360759+00	2024-06-16 10:04:14.360759+00
881496	99	5171	PXL_20230929_104903380.jpg	u/63/3fc0c18f-31db-45a2-9b2b-de692e554441.jpg	1c59d49efb74b1c50fc39f95c56bc1894b603f8be8aee91d4683919fadc68995	3547999	4000	6000	SONY	ILCE-7M3	2023-09-29 07:51:14.801913+00	2024-05-15 15:55:48.801913+00
881497	99	5171	IMG_3050.HEIC	u/63/f84088f4-8185-4af9-8f78-598182b5bb0a.jpg	8ef3178e39bbf12475866821e94bd115e30cbb8265316d15ec77b5c70b04024d	13879714	4032	4000	SONY	ILCE-7M3	2023-10-27 18:28:52.743227+00	2024-05-20 01:54:57.743227+00
881498	99	5171	DSC75201.JPG	u/63/a6b81673-fc1a-406e-957f-35ea67d25f51.jpg	b1fede69c3c5f31b941ec0cf8a06bbcbaccae73e941b1ff8b21444dd541baede	4904313	3024	6000	SONY	ILCE-7M3	2023-09-17 14:01:31.078126+00	2024-06-07 10:18:03.078126+00
881499	99	5171	DSC11957.JPG	u/63/1754f32b-6f2c-4bdb-96a1-369cd3ea33c9.jpg	652e37dd4b96ae411a01ab6ef7ab0e48756ed7f560c9d4f54c106b1e0f4a0f26	8690057	4032	2268	SONY	ILCE-7M3	2024-03-02 03:56:11.360275+00	2024-05-11 09:51:21.360275+00
881500	99	5172	_MG_6083.jpg	u/63/814d26e0-103a-4a09-85d7-98ba913bf23b.jpg	f324a1fff5a59285628346e56c71743d06cd96ad2a47692e626f0ffadd3914bf	6455239	4032	3024	NIKON CORPORATION	NIKON Z 6_2	2023-12-15 08:11:42.830320+00	2024-03-08 15:39:00.830320+00
881501	99	5172	DSC72119.JPG	u/63/1701405b-97ed-4a65-a54b-16dc5ec17ea2.jpg	1b41da1c26e80a6f4ff15b8d4fc069c88f6383eec832cc0ac229d23f3150ff4b	13238772	6000	6000	NIKON CORPORATION	NIKON Z 6_2	2023-11-03 00:49:58.105638+00	2024-02-16 16:51:18.105638+00
881502	99	5172	_MG_3755.jpg	u/63/f7eb84c8-3acf-4ff4-a734-32010a8358c6.jpg	1f4da882ad74df09c5f5722243bdd0afb58877900e04537aaaac01785e16f14c	8446778	3024	6000	NIKON CORPORATION	NIKON Z 6_2	2023-09-18 15:45:44.861640+00	2024-02-11 07:10:01.861640+00
881503	99	5172	IMG_9321.HEIC	u/63/d6532b79-5068-4f6d-b47c-90453fba0ace.jpg	e8f352943bf673d9d99327115a5b1cab2d64d7bda0b187886602ae9e2a80e207	6496348	3024	6000	NIKON CORPORATION	NIKON Z 6_2	2023-07-02 19:23:30.902295+00	2024-02-23 22:09:23.902295+00
881504	99	5172	_MG_3120.jpg	u/63/2cd5bc7d-4929-435a-b31a-781d663709c3.jpg	723d1af09e3ac1d78a99d9ce6adfd4aa3896093c84641d12d509829e072261ef	9748896	6000	6000	NIKON CORPORATION	NIKON Z 6_2	2023-06-02 20:32:13.938261+00	2024-02-26 16:57:13.938261+00
881505	99	5172	IMG_1857.HEIC	u/63/5afae66e-eca5-46c0-b765-f51fed9902dd.jpg	ca2c224234265e387833fb1fcfa932f95d77811a8e0f1bfa687fe5c61a100439	2657155	6000	3024	NIKON CORPORATION	NIKON Z 6_2	2023-08-06 17:30:50.130658+00	2024-02-24 04:16:45.130658+00
881506	99	5172	PXL_20230724_192424040.jpg	u/63/e7710bec-2296-462c-9958-2b85aa4d52c3.jpg	bc55a2351490c192fc61790e58d48148bfcb62be86b732c13c0b31dc526fe73e	12284693	6000	6000	NIKON CORPORATION	NIKON Z 6_2	2023-07-24 23:53:04.526043+00	2024-03-05 02:18:37.526043+00
881507	99	5172	_MG_7376.jpg	u/63/61e4b33d-58fb-4b6f-9719-0ad4325300e0.jpg	788a7a7b8be1f5975667766ea4a4996124af02a9b3ead22b57edd7cbe9a88a78	2915632	4032	2268	NIKON CORPORATION	NIKON Z 6_2	2023-05-08 11:53:22.834969+00	2024-02-24 17:20:05.834969+00
881508	100	5173	IMG_6449.HEIC	u/64/74ffc7e5-16a1-49fd-ab17-cce6edd1802c.jpg	0d3ccb620880e218d5a11bbcc29f2907fa653090a3915f100999e5dc489bd520	3787260	4000	3024	Apple	iPhone 14	2021-12-15 01:19:48.837965+00	2022-03-27 14:02:09.837965+00
881509	100	5173	IMG_2477.HEIC	u/64/3acffc2f-c1b7-4408-9c48-b61b2fccce9d.jpg	c314abb2a5a7e7c99fb7f75435f27a7706be78815d144ec4662c2bc6c2acd00f	4226447	4032	3024	Apple	iPhone 14	2021-07-14 18:11:24.718877+00	2022-04-19 22:17:42.718877+00
881510	100	5173	PXL_20210804_060024552.jpg	u/64/2aacda77-5953-413b-a5e0-d281b66e769b.jpg	74f724247121a03d4012a30457286d62168cdc04e4e08bed2066dd19d38ff7f8	7743149	4000	3024	Apple	iPhone 14	2021-08-04 18:27:54.247261+00	2022-04-21 02:59:32.247261+00
881511	100	5173	_MG_6852.jpg	u/64/3c7f7a21-5ecb-43fc-909b-2a1f032a9f88.jpg	eef1dcb41cc76bb0aa183744b527444a036d05ca97bfc805e3c78047be034c97	2966730	3024	3024	Apple	iPhone 14	2021-12-22 03:43:01.908894+00	2022-03-30 06:22:54.908894+00
881512	100	5173	_MG_0307.jpg	u/64/1770aeaa-1800-462f-a9c9-87d4380bde22.jpg	35ba589483b59a81367305ce516e8f7a2b674e9424087715adfeed58c3467c69	10714833	3024	4000	Apple	iPhone 14	2022-01-06 11:21:06.579457+00	2022-04-13 15:33:48.579457+00
881513	100	5173	PXL_20220318_185498699.jpg	u/64/90a95fb9-7b06-48a0-b473-d7888845f16a.jpg	9332baf0e0c6c5b239b5a976ee8eb02910934788df97771b90e9bd1571cb0966	9421736	4000	4000	Apple	iPhone 14	2022-03-18 09:57:08.746695+00	2022-04-09 13:30:46.746695+00
881514	100	5173	DSC18344.JPG	u/64/1c3fb25a-2ba8-4bf7-8045-d461efcf3249.jpg	b8c93025c9775bf2cf6a976723540d51ca2996a3f69823ff7da1e1321180c807	1817268	6000	6000	Apple	iPhone 14	2021-11-28 17:08:40.138470+00	2022-03-31 09:47:20.138470+00
881515	100	5173	_MG_2418.jpg	u/64/a6f37ec6-878a-4176-89ee-4c5f80651d76.jpg	401fe20db7b88cdcefb73d5a2b0a37ea3209528624307e9fec4a9abe614dff1c	3337740	6000	2268	Apple	iPhone 14	2022-03-22 06:03:49.548058+00	2022-04-21 02:49:57.548058+00
881516	100	5173	IMG_9275.HEIC	u/64/4a0a53b5-7e59-4030-ae50-b00a1232a63e.jpg	538086c165ecfcc4875d20b0ac4cfe30f04ab35e22c0a623790991b94f30f8ca	11365649	6000	2268	Apple	iPhone 14	2021-07-14 07:06:23.330354+00	2022-03-23 17:04:46.330354+00
881517	100	5173	IMG_8592.JPG	u/64/b604fae6-792c-4069-b98a-ea161464275f.jpg	82a94ea83c0768df95f8935dbfb9cd9491356b05c93ebd793d2f5a55956dd0cd	11555165	6000	4000	Apple	iPhone 14	2021-12-20 09:24:03.651652+00	2022-04-15 07:47:39.651652+00
881518	100	5173	_MG_8284.jpg	u/64/4f1d3fdf-7a39-4fef-9808-11b569e4f710.jpg	aa219570704c2d5d4a2816c8422fd80a6566d7a68159d0b9513d39266dd000b1	12657583	6000	2268	Apple	iPhone 14	2021-08-19 13:41:27.492159+00	2022-04-04 06:39:11.492159+00
881519	100	5173	PXL_20211105_017748795.jpg	u/64/1e2efaca-50c1-4c1e-824b-c01a6aaa7222.jpg	f14df13fdb4c8f03fc9018b4b2dc53b7fc956fcf295a7f58f3fc6bd2b5b8071b	2839112	6000	2268	Apple	iPhone 14	2021-11-05 03:25:01.198264+00	2022-04-21 20:58:17.198264+00
881520	100	5173	IMG_3929.JPG	u/64/c2889de7-003f-4f7f-8e99-2d24e580783d.jpg	8d73299b19409c6736c0e37e610a152dd918d8adcea66b40192edffd4ed56f0b	4690141	4032	2268	Apple	iPhone 14	2021-10-01 14:50:37.661598+00	2022-04-10 15:10:38.661598+00
881521	100	5173	PXL_20210809_077609427.jpg	u/64/5cc6c90d-d679-4649-8c9e-d7a7adb6d43e.jpg	aaa3661f1d5a394b0a31e226e0ad745b602e89835b1e015d041f71ac4f5a4d92	2080265	4000	6000	Apple	iPhone 14	2021-08-09 22:33:28.243527+00	2022-03-31 04:09:38.243527+00
881522	100	5173	_MG_1509.jpg	u/64/4d74ff27-5590-4e40-ac7d-bbe7b890d3d8.jpg	2ee7081c250ea3705ecdb1bf44711f077a828eab08a5cd5be67d6530b55be29e	11232452	3024	2268	Apple	iPhone 14	2022-02-08 13:55:11.275589+00	2022-04-25 16:29:42.275589+00
881523	100	5173	PXL_20220401_159695833.jpg	u/64/43f48fe3-105d-496d-936e-a8abc08ddce1.jpg	45603b20045e5b53359c17b8846a75c8578207b7c07b1e02ce4c7792703b2f3e	3220740	3024	6000	Apple	iPhone 14	2022-04-01 21:23:03.410472+00	2022-04-21 21:55:24.410472+00
881524	100	5174	_MG_9782.jpg	u/64/e9bc4caf-7853-4646-8f33-d1a4aafe9e72.jpg	b7b4bd1103e73a280f80e0852f5bcdc34a2e05301bf7a26bd4c1fb2c5a5f3785	12071386	4000	2268	Google	Pixel 8	2022-06-02 09:22:11.747811+00	2022-08-17 12:02:35.747811+00
881525	100	5174	DSC37540.JPG	u/64/5456dac1-abd5-4a56-97c0-4b623e896653.jpg	17c3d4f7b6f547e0ce146dad9d4c69e7d4d02012a2f02741b6b01e54fa558fc3	6995510	3024	6000	Google	Pixel 8	2021-12-23 07:16:43.690806+00	2022-08-18 12:51:38.690806+00
881526	100	5174	PXL_20220706_182697842.jpg	u/64/7a0160b4-cebe-4ec8-a493-388fab0c7eab.jpg	d5e2a6c4c9ffe045849f06de80be2c5c43bbcd5c85b4caec17685deb16163c96	8567511	3024	6000	Google	Pixel 8	2022-07-06 08:12:53.464180+00	2022-07-21 03:22:25.464180+00
881527	100	5174	IMG_0212.JPG	u/64/445339f7-0856-4734-9377-45d420819988.jpg	b40d6170b5cb08dc119d68be15220e1ad812772e0a29c1e9eab1bdcda88a3b49	7035123	3024	2268	Google	Pixel 8	2022-08-08 04:20:31.942264+00	2022-08-11 13:55:57.942264+00
881528	100	5174	IMG_4466.JPG	u/64/6e8d535b-0adf-49c6-9693-2047e5d51f90.jpg	e741ec648d0f54432b7732d289080a825127c955124ed5a25a6296012175843b	6470857	4032	3024	Google	Pixel 8	2021-10-13 00:32:59.230230+00	2022-07-25 12:19:49.230230+00
881529	100	5174	DSC57497.JPG	u/64/d6e07b28-9576-4551-8804-8b911b960f59.jpg	296c826be64948874c9049bc6cafc0cc9f9f3daccdd3a76959453105aeec3fa2	4740526	6000	3024	Google	Pixel 8	2022-07-23 23:39:14.227938+00	2022-07-30 20:36:52.227938+00
881530	100	5174	IMG_7809.HEIC	u/64/0bb2673a-2a4d-45cc-a5bd-0ca5c376c039.jpg	0c7ac84ea0fb2c5f7428b494bb744f8e120d6098e8c826293d6028dfc3d1f070	9453262	3024	6000	Google	Pixel 8	2022-07-02 00:22:59.882394+00	2022-08-14 01:44:00.882394+00
881531	100	5174	DSC47710.JPG	u/64/6c541f79-85dc-43a6-9533-9eeab46f224d.jpg	c5e2d6c5773fe1c6b5c6d8b54e8a0b320949a4ed0254a06acc54f0f2bcd175fd	7818169	6000	2268	Google	Pixel 8	2022-01-19 08:35:01.479743+00	2022-08-09 18:03:39.479743+00
881532	100	5174	_MG_0636.jpg	u/64/cc805615-70ce-4976-b31f-f09716964736.jpg	c7acf265c47eb1fd7cfedd8640140d180f8ea85beae798c4965d740c21b43efa	8973963	3024	6000	Google	Pixel 8	2022-07-12 14:38:20.218205+00	2022-08-12 07:10:43.218205+00
881533	100	5174	PXL_20220703_191996871.jpg	u/64/91ae6905-e96b-4aa1-956e-82a50807b377.jpg	7ef3a8138a10bfeb7fc8dce2e8bfef6e7c33778aeec9617ef06aa966b07fd022	11228269	3024	2268	Google	Pixel 8	2022-07-03 12:06:01.302086+00	2022-07-28 23:52:55.302086+00
881534	100	5174	_MG_5130.jpg	u/64/0fd1fa1f-a0e2-4e12-bd25-90dd7a10f3b4.jpg	646bd7c0ae9e08eacf996758d5fd97a7e29e32ecad55fec40fe68f79d3469dfd	10196203	4032	6000	Google	Pixel 8	2022-07-24 19:01:04.844594+00	2022-08-16 20:32:43.844594+00
881535	100	5174	DSC35630.JPG	u/64/d59632cf-b93f-4045-8164-9ea4638093b4.jpg	4e71e69b4e14464c35c4fc1b0eb1524c31125b0189dccb5c54ef2f237f0cc407	3673273	6000	3024	Google	Pixel 8	2022-03-25 16:00:42.097367+00	2022-07-20 05:52:55.097367+00
881536	100	5175	PXL_20210324_179640316.jpg	u/64/1c8b95b0-0cc3-4858-8b1e-9f479e63850e.jpg	7400e9527a649d81d89369e7eb7abe9b44d7479d170f50e820ce5131bab526a9	5629082	4032	4000	Apple	iPhone 15 Pro	2021-03-24 05:13:46.093115+00	2021-08-22 05:28:49.093115+00
881537	100	5175	IMG_6229.HEIC	u/64/c8ff623a-a30d-45dc-b43b-f60cb7f6fab6.jpg	f1e5c133db04225d7daa31252957c6cbbdfe9aa7b0bf6c779ec06469eb128ca3	11687526	4000	3024	Apple	iPhone 15 Pro	2021-08-23 01:03:29.577431+00	2021-09-13 02:04:58.577431+00
881538	100	5175	DSC63149.JPG	u/64/6da3237e-9c8f-4121-ad65-78927cb9a70d.jpg	02e84d60417de126256c8bd4547cfab4e8966fe3ddcf09306747a2b6583f9d08	7124701	4032	6000	Apple	iPhone 15 Pro	2021-01-27 16:26:53.484159+00	2021-09-20 17:54:18.484159+00
881539	100	5176	_MG_3089.jpg	u/64/3378ce6b-33d2-497d-8ee2-2da4e830ad01.jpg	755269919a7e3bee6c04e13854a8ea1510cd08f4b71d8166ecfeea9bc508ca94	4432396	3024	4000	NIKON CORPORATION	NIKON Z 6_2	2019-08-06 09:21:26.774802+00	2020-03-28 08:12:04.774802+00
881540	100	5176	IMG_9931.HEIC	u/64/00a76377-1a58-417b-944d-b5a226dd82b3.jpg	5260464c2f9561d5d7da1be8c7f38c7cda0b1745b3bb37afd6a1f118a9c9ba89	4419119	4000	3024	NIKON CORPORATION	NIKON Z 6_2	2019-11-26 00:41:36.391313+00	2020-03-27 17:52:28.391313+00
881541	100	5176	IMG_3811.HEIC	u/64/812ea91d-36ac-4c9a-89c4-b78aba07f589.jpg	ba804be2c5be2ca69fd69060d512c162d276c86877ab1886688e7e94b940413d	7345838	6000	3024	NIKON CORPORATION	NIKON Z 6_2	2019-09-02 19:59:01.892097+00	2020-04-06 23:03:48.892097+00
881542	101	5177	_MG_8139.jpg	u/65/a7f1d575-b457-45dd-adfb-cf0b17fc957f.jpg	eeac2871765d5dde0fe8ccbe4f6f6baa93b3f64eda30f25ce48032a85f3e7680	3207717	4032	4000	Apple	iPhone 13	2024-04-18 14:07:35.625927+00	2024-04-20 21:33:53.625927+00
881543	101	5177	IMG_8431.HEIC	u/65/e12c87d7-a55e-404c-993e-f6969d3ca2b9.jpg	9cfa78533161529ac6e796c58dbfcba2127f88da14be399ce3a6343a1ac601f5	4148683	4032	2268	Apple	iPhone 13	2023-07-17 23:48:10.310206+00	2024-04-06 10:21:36.310206+00
881544	101	5177	DSC06006.JPG	u/65/7582a718-a1bc-4e0d-a589-11bb7ffc19f7.jpg	2afdf13aec8e527aadc999f51525229a497b480a7c8445db9553e3d020352428	2925233	4000	4000	Apple	iPhone 13	2024-01-16 15:59:27.678470+00	2024-04-18 02:01:25.678470+00
881545	101	5177	DSC89439.JPG	u/65/ef5e268f-e278-4e4b-8be9-7cfe51120739.jpg	9433d6ee9c035c796632d8c63ecef02d5bb3a3e36e98f6fc9ab06f3d491d4cd2	7039487	4032	4000	Apple	iPhone 13	2023-09-28 04:05:03.822987+00	2024-04-22 05:00:44.822987+00
881546	101	5177	PXL_20231215_107618480.jpg	u/65/57c68bd2-1791-443d-a47d-d23314e5f2ad.jpg	03fdd1ad27a47a323762b62701e61fcb475658dc29470aba04738b8c12412674	1547917	6000	6000	Apple	iPhone 13	2023-12-15 22:13:47.074390+00	2024-04-09 08:45:28.074390+00
881547	101	5177	PXL_20240109_130061017.jpg	u/65/b396d5a7-d0e9-4fb3-b240-eb444157263f.jpg	1b8f8aa0eea6e24f24f4e24edd5a5c03e594b0060a3ab70ae553fa6e640163cb	10516336	6000	4000	Apple	iPhone 13	2024-01-09 06:23:51.153975+00	2024-03-18 01:10:06.153975+00
881548	101	5177	DSC45639.JPG	u/65/46417981-69c9-4a1c-9b5e-d4f80d1513e0.jpg	ec1a53c97ae8c82756ae7c57d707667be5b7d3629e6cd348d50e7b933e06ed62	9029971	4032	4000	Apple	iPhone 13	2023-12-19 19:15:05.147441+00	2024-04-20 04:22:46.147441+00
881549	101	5177	_MG_3880.jpg	u/65/140b7e88-340b-4536-9a39-a536c09097d9.jpg	168246f8b5a1737513183b8527cfb8dcf86439e5b94d430fac3039f27748f879	6944575	6000	4000	Apple	iPhone 13	2023-07-26 23:07:45.178500+00	2024-03-26 03:14:17.178500+00
881550	101	5177	IMG_7978.HEIC	u/65/e0c8e0bd-8273-4ad1-8bc6-bbb51e72448c.jpg	087ee9bb7b6465a84e72bfcf670b0acbc5df832a434c70b7f335ceab9fae4da1	10446118	4000	4000	Apple	iPhone 13	2024-03-03 09:42:24.683686+00	2024-03-18 15:33:56.683686+00
881551	101	5177	IMG_7276.JPG	u/65/53444608-52b6-4a44-99df-50d05254e883.jpg	50ce38cacd7a6e532998f37d23ba5f8ecd23803b52c11793a8c99a534e59ac46	7328918	3024	2268	Apple	iPhone 13	2024-03-20 07:21:09.955458+00	2024-04-07 06:04:48.955458+00
881552	101	5177	DSC15915.JPG	u/65/6606c2b0-f840-4af8-815d-6c1babc733e8.jpg	31fe7311d9e789a0c6b840d33ea19c296ecebe423043ac76d880e0bc6fdeac80	4459661	3024	4000	Apple	iPhone 13	2023-08-09 09:49:13.782617+00	2024-03-27 11:30:48.782617+00
881553	101	5177	PXL_20230930_230700269.jpg	u/65/c3504793-5ae0-49fa-9d3e-b33f40399fbe.jpg	c470a0fa0755b1fc882c50471f1c99c16491d1316988e3b9a445f308aa225a94	3224096	4032	4000	Apple	iPhone 13	2023-09-30 06:40:19.417571+00	2024-03-30 18:27:15.417571+00
881554	101	5177	PXL_20230905_039801208.jpg	u/65/d6e59254-818b-4d0e-9ca2-e1cf3355c4bf.jpg	63eb69ae00aed08afd85e2aa6e62a01fa1e6c86c468698b64a691d259b505ef4	4507682	4000	4000	Apple	iPhone 13	2023-09-05 14:06:06.186315+00	2024-03-24 23:41:01.186315+00
881555	101	5177	IMG_3110.HEIC	u/65/97031ec0-b6c1-42cd-96f2-f1e784049743.jpg	274d81ea1d95ea3dcb9b60004533e2d28c058339363db3b93f87b18a9d097afc	4374882	3024	6000	Apple	iPhone 13	2023-09-30 10:54:59.719244+00	2024-03-31 10:30:03.719244+00
881556	101	5177	PXL_20230827_020599086.jpg	u/65/d2f5c220-9025-47e4-962e-7404f1668a76.jpg	5662bc86de522078b5532e807f7eba00cceab7b41baf60ef1585a5e0d3b77c6c	11563480	6000	3024	Apple	iPhone 13	2023-08-27 11:06:24.625135+00	2024-03-22 21:50:30.625135+00
881557	102	5178	DSC00348.JPG	u/66/f2970218-be0a-4092-b4e4-5a524c29866f.jpg	c929dd1b22bbe7de9d87a532c8b241e577f742b5b7c061163c45156131a8e870	8853157	4000	3024	SONY	ILCE-7M3	2024-03-12 14:13:14.293332+00	2024-10-06 13:55:21.293332+00
881558	102	5178	IMG_7977.HEIC	u/66/097d4c38-b6e2-4223-8d30-1d5e962290a0.jpg	af501c39e535df99a046e2546577bf93b1e7a8435dd6f61f7c010b58fa61b9c4	3077792	4000	4000	SONY	ILCE-7M3	2024-02-24 20:56:41.515935+00	2024-09-15 03:10:17.515935+00
881559	102	5178	PXL_20240906_089383650.jpg	u/66/1ed2289d-4cd8-4119-8940-b7ee17eaba78.jpg	520181676e086e5dfebce8c203696d9287942cc559bee01d4fa92e6650456b53	6914432	3024	2268	SONY	ILCE-7M3	2024-09-06 00:05:08.626116+00	2024-09-06 20:05:45.626116+00
881560	102	5178	_MG_4597.jpg	u/66/331cb11e-5714-4d7f-9e4a-8c5245d04766.jpg	1b46ec8d931025871f515a4aaa0bc177240bd5f9fa0de2af6d557362be87f57e	5897755	3024	2268	SONY	ILCE-7M3	2024-09-24 20:37:08.821786+00	2024-10-10 00:20:23.821786+00
881561	102	5178	DSC37146.JPG	u/66/063f1ac0-6605-4035-8d5d-233a083a4fd5.jpg	54a48bc77aae36cc570e1106de115ac850613685c0451ab141c5be4c24ea3066	1684643	3024	4000	SONY	ILCE-7M3	2024-07-12 14:35:39.706965+00	2024-09-13 09:03:04.706965+00
881562	102	5178	IMG_8244.JPG	u/66/0458bd48-884a-431e-864b-c297ac76df0b.jpg	4d1ea66dd68fe1813763a76d637df7f4cab4d662ef6dfb6cb95058d4fac09b2a	3374788	6000	6000	SONY	ILCE-7M3	2024-04-26 05:56:28.534530+00	2024-09-17 08:10:13.534530+00
881563	102	5178	PXL_20240108_228600049.jpg	u/66/f78690ce-ed51-483a-9cb9-808c6471c303.jpg	bb1be5e53cc974b23df124eb5ac4baded6fffbf259635f53e83ee6982905ed6c	12537083	3024	2268	SONY	ILCE-7M3	2024-01-08 11:21:04.764213+00	2024-09-14 08:52:46.764213+00
881564	102	5178	_MG_3559.jpg	u/66/eb14a1c9-740f-4e30-a156-3d5d67950e25.jpg	9787218c9f975701dbeaa037672040149d70f2378ff1475676acc56263e26725	9185688	3024	3024	SONY	ILCE-7M3	2024-05-14 02:51:31.433690+00	2024-09-28 06:01:07.433690+00
881565	102	5178	IMG_5598.HEIC	u/66/2826353d-af28-41ae-a0da-47089254a839.jpg	368618b1613b6d2c8c468c8ca053893b8613859a1edba42f269d991993a27626	9115544	4032	6000	SONY	ILCE-7M3	2024-01-12 23:12:36.139638+00	2024-10-06 01:33:35.139638+00
881566	102	5178	IMG_3123.JPG	u/66/4484ef35-fc91-4475-96b0-084e6043b661.jpg	5b387a05a23e3b4121544555074b0eb219cff5a0b69a96a9420cfa7af6256c6d	13524628	3024	3024	SONY	ILCE-7M3	2024-05-12 13:05:50.526809+00	2024-09-10 17:36:06.526809+00
881567	102	5178	IMG_0157.HEIC	u/66/ec3d5166-022e-4f40-9293-d3630ad01d15.jpg	6bc18d53a55f9472f6f10b36eb4b7113fe093712a8b9c99dc2199c78c251570e	1305103	4032	2268	SONY	ILCE-7M3	2024-07-14 09:30:09.591243+00	2024-09-17 12:51:22.591243+00
881568	104	5179	DSC14395.JPG	u/68/c22c72d9-1ffe-4907-8ede-f2594776ef99.jpg	b8ff70d617ae17ac67a664b441c77e8c096c4db9995421991717b30791d7b0d3	1621341	6000	6000	Apple	iPhone 13	2019-06-11 19:09:08.713234+00	2020-01-24 10:40:41.713234+00
881569	104	5179	_MG_3043.jpg	u/68/2205458f-4716-49e9-a8ab-15bc31902dc3.jpg	4f526a79e1ff37226bb44553647582a935d51d18c12e820a1e74ef107f264dd0	4464513	4032	6000	Apple	iPhone 13	2019-09-30 00:28:10.790634+00	2020-02-19 20:15:38.790634+00
881570	104	5179	IMG_2128.JPG	u/68/73eb9772-586d-4af7-8430-e592a31efac4.jpg	b61a66e0983773c9d963f9ddb2b26601465e817266a11a52d1af1f3846ac3fa4	2954208	4032	4000	Apple	iPhone 13	2020-01-29 12:55:03.305207+00	2020-02-20 04:05:02.305207+00
881571	104	5179	IMG_8684.HEIC	u/68/e512bd23-f2fc-4fd2-af81-5cf4143085a1.jpg	291af67e6beb86d29f99755020f59db1425b99d50564ffd8b768f95913f1b6f5	11039157	6000	3024	Apple	iPhone 13	2019-05-30 19:39:53.743181+00	2020-01-24 19:22:38.743181+00
881572	104	5179	PXL_20200116_111492497.jpg	u/68/87716281-2e2e-4ebe-9cc0-d8b954eec985.jpg	c9314baff071b05386ce0734ae1b045483fc53b82a94ee53cd3d4c2c76ecd8dc	4156879	4000	6000	Apple	iPhone 13	2020-01-16 00:28:41.127690+00	2020-01-22 05:24:10.127690+00
881573	104	5179	DSC43914.JPG	u/68/17ccc2cb-7beb-4bed-b455-35c650b4776b.jpg	f020d23b6648ff0cd10a950b741311273d8d1bd8409a3b7fffcb6ae082fc272c	6449360	3024	6000	Apple	iPhone 13	2019-11-17 19:47:19.287237+00	2020-02-12 03:14:59.287237+00
881574	104	5179	_MG_5503.jpg	u/68/78ab4412-a931-4a36-958f-068d27e84bf2.jpg	b8ffaf13be37ca4b5bf7369ac2db0c9f9e3197e2e3f49c6a677d55c8ab704539	1496061	4032	3024	Apple	iPhone 13	2019-06-09 14:38:26.776853+00	2020-01-21 17:42:12.776853+00
881575	104	5179	IMG_3273.HEIC	u/68/1e00c3fd-a865-4dbf-863f-5a8c82cb10a1.jpg	d67ac45446e401225a2a8811d0c6f18615ada305cdd98f57fbbbb1f8e1476d66	1005007	6000	4000	Apple	iPhone 13	2019-06-23 17:42:48.626827+00	2020-02-16 00:44:46.626827+00
881576	104	5179	_MG_7711.jpg	u/68/0b2bf5a4-5a8f-47bc-9f3a-e787922c1301.jpg	1d039b0ed5298eb3cf8a354e83769f72f8069b67a436edab8594b02dc9a50ae3	3983277	4032	3024	Apple	iPhone 13	2019-04-17 13:20:43.191428+00	2020-02-04 09:01:16.191428+00
881577	104	5179	DSC17646.JPG	u/68/da847fc9-153a-4204-aaeb-cc3c4679ff16.jpg	43ec1ea7a5be168894536b5fd742acbd9167e58a1f40510fa71c145e4c9c44bd	2269736	4000	2268	Apple	iPhone 13	2019-10-02 05:18:46.610079+00	2020-01-30 12:21:20.610079+00
881578	104	5179	PXL_20191031_231751326.jpg	u/68/ecce64ba-6c44-4b86-9b95-63114e94fe53.jpg	d190d7cac16b0a5feb98939a0d834fa2dc4739c4b175c770722d27056f57bb09	7879507	3024	3024	Apple	iPhone 13	2019-10-31 22:13:55.664698+00	2020-01-24 22:06:59.664698+00
881579	104	5179	IMG_0208.HEIC	u/68/a19b37cc-3069-400a-a556-ebb29dba1747.jpg	0c8bbaa7cbcad88e30c242b352e8016dabe8211f876d02225121f40af362107c	11730145	3024	2268	Apple	iPhone 13	2019-11-27 07:20:13.302863+00	2020-02-20 00:32:30.302863+00
881580	104	5179	DSC20363.JPG	u/68/5dd99858-4c57-4118-aeac-1b66f044e090.jpg	4fe86e4bd57d824435ed8edc7f12f9742008fbecf375b6f1d5372296c0bd3b36	8487560	4000	6000	Apple	iPhone 13	2019-08-21 04:23:51.379488+00	2020-01-12 23:21:44.379488+00
881581	104	5179	PXL_20190923_218096251.jpg	u/68/7f1426db-3147-456b-b674-4b82ce2d824a.jpg	63417d2d385913aac1070868b7173a26e775d9687f512987f41b66b2ccde625b	3088816	4032	3024	Apple	iPhone 13	2019-09-23 21:14:01.813018+00	2020-02-17 17:18:37.813018+00
881582	104	5179	IMG_3334.JPG	u/68/cba34eb3-95db-4d18-9140-fe52c7320ea6.jpg	8910d238f5a3090736a011fcf4e8323c881261213d84aafd9db1a927eaa0c05e	10280861	4032	6000	Apple	iPhone 13	2019-06-19 03:41:08.418759+00	2020-02-12 05:26:21.418759+00
881583	104	5180	PXL_20210611_120252316.jpg	u/68/bd8e4009-6007-4e29-a9ba-55dc14be97a3.jpg	4f9b897112aadc870fc51a7b6bc5f7205b13a470229e1e97eb9e1d05be3c408c	13764246	4000	4000	FUJIFILM	X-T4	2021-06-11 17:09:12.330658+00	2021-11-23 23:46:39.330658+00
881584	104	5180	PXL_20210314_011722718.jpg	u/68/772407d6-3b20-4e70-b754-a671769edc44.jpg	7c14b6f63e1fca04d6bc202935e61ca8e144a15a33be59645fc7aa47ea747f7a	10076326	4032	2268	FUJIFILM	X-T4	2021-03-14 05:34:18.085877+00	2021-11-28 06:55:45.085877+00
881585	104	5180	IMG_6146.HEIC	u/68/1f4af142-1aef-489f-bb68-9a8638c7429c.jpg	155511a5ccdab75daf997b2a0da3ba6959c1305d3fdb4a2d3d3b6c1d27bf1d63	1227193	3024	3024	FUJIFILM	X-T4	2021-07-16 20:00:10.555549+00	2021-10-29 21:14:04.555549+00
881586	104	5180	_MG_0762.jpg	u/68/20c18683-8010-4ecd-bb92-42b719452a14.jpg	4e68ecf5a7c50b6b033597941b050d6d696ee8c35bfe49858600ada66968d0b5	10299560	6000	2268	FUJIFILM	X-T4	2021-03-04 11:44:12.344879+00	2021-11-16 19:21:00.344879+00
881587	104	5180	DSC14807.JPG	u/68/ab8521fe-e46f-4b09-8849-6fe26b8c7047.jpg	c04754d06ecf977a22b7307bd4268965ba136127c73f0b6ab0397f6cc9ad1aa7	4770200	3024	2268	FUJIFILM	X-T4	2021-10-19 05:52:59.122115+00	2021-11-23 02:48:46.122115+00
881588	104	5180	PXL_20210804_227021699.jpg	u/68/c1e6974d-7a55-47d8-84a6-9296f922d8ca.jpg	154bd6719ea872b65178da651b9f2c87b41e512944c26e3036dd228d0ff1da91	9605791	4000	2268	FUJIFILM	X-T4	2021-08-04 10:25:45.693796+00	2021-11-02 22:59:31.693796+00
881589	104	5180	IMG_6511.HEIC	u/68/53ea0016-bea6-4834-ba0c-6fd3f1086911.jpg	a07a6c1150df3c8a83b7151efc0145b12caa7288aa7026823115df8bcbe9b786	1368980	4000	2268	FUJIFILM	X-T4	2021-09-03 23:56:33.447869+00	2021-11-07 14:07:23.447869+00
881590	104	5180	IMG_8177.HEIC	u/68/5595f36c-13e6-4a77-8413-a0128271dd13.jpg	ec583474e9b1fa098c581e26ae76eecf2982b0483147d9b2769e6ae4bf6577d1	8536801	4000	2268	FUJIFILM	X-T4	2021-02-06 18:01:30.601164+00	2021-10-24 23:38:15.601164+00
881591	105	5181	IMG_7115.HEIC	u/69/1bff10c1-4855-4a1a-a066-91e438c99f76.jpg	77b5382d69b22e7d3471899fac1d7e0681fc8853940554775e83f2b34d6a800d	2573338	6000	2268	Apple	iPhone 15 Pro	2020-11-30 15:34:22.900245+00	2021-09-19 12:26:08.900245+00
881592	105	5181	_MG_0890.jpg	u/69/c098e4e4-1e6e-40b0-8246-311a497d09ff.jpg	a3f3be051e3a82a922cfeec97b16e0ea420446dced100fc84004425579b195b2	1525870	6000	6000	Apple	iPhone 15 Pro	2021-09-18 20:25:50.935787+00	2021-09-28 01:33:28.935787+00
881593	105	5181	IMG_3619.HEIC	u/69/fcd8658c-a9e7-4b81-a710-4b7afab87c99.jpg	0a8c4dd9ba334d35c27153556195922fbf4afc45b14261847bc482affe7ed080	12197848	4000	4000	Apple	iPhone 15 Pro	2021-06-28 13:17:04.744152+00	2021-09-12 19:58:51.744152+00
881594	105	5181	PXL_20210512_139351909.jpg	u/69/03039153-3fe2-4e7d-b537-9e49c2cbf59e.jpg	ffe587f1fde821535ce713a04d9696f50caaf81aee28edd37aa6f57fcef95d7c	10176872	4032	4000	Apple	iPhone 15 Pro	2021-05-12 01:10:02.664891+00	2021-08-26 01:18:35.664891+00
881595	105	5181	PXL_20210531_002920287.jpg	u/69/b8341655-1131-4ae8-8e70-0869fbada4b7.jpg	baef4787fc7787661edcf95c35102eee80cd77bcf9a833d2382092e124b5fc9d	11848950	3024	4000	Apple	iPhone 15 Pro	2021-05-31 04:33:26.187874+00	2021-09-23 18:43:52.187874+00
881596	105	5181	IMG_8667.HEIC	u/69/2e529819-2b61-4daf-acab-01ff630ce40d.jpg	30a91eb0bf986f523d969bf57f3ab973129a817fb375ef051613776584460488	4450099	4032	3024	Apple	iPhone 15 Pro	2021-08-31 22:52:21.898423+00	2021-09-10 02:33:56.898423+00
881597	105	5181	PXL_20201126_147397075.jpg	u/69/d5d3fb31-12ca-4de2-9f43-0e02d0d537e5.jpg	35ab45663d6151c79964bee0bbe7ac980c02ee9c9b85a1e7f2a8eff3f3309e37	6198073	4032	2268	Apple	iPhone 15 Pro	2020-11-26 18:32:01.697170+00	2021-09-23 06:11:47.697170+00
881598	105	5181	IMG_8901.HEIC	u/69/bc067b65-4e2c-494b-aa79-f1e02a1f5475.jpg	66f54c6919d63382899e09ddf37aa1b4d43caeaa87ba296238508d107e0c19e8	1170555	3024	4000	Apple	iPhone 15 Pro	2021-04-09 06:41:18.649878+00	2021-09-11 02:21:52.649878+00
881599	105	5181	DSC60373.JPG	u/69/5bc2e473-5dd6-4853-af3d-1a82983a92dc.jpg	99ea687cddee5e2c1d488b4f45ff98cc8ca976229a16545c1260a2019869822b	12444833	3024	6000	Apple	iPhone 15 Pro	2021-05-18 00:25:50.344161+00	2021-08-30 13:09:01.344161+00
881600	105	5181	PXL_20210725_153457522.jpg	u/69/f5ac8d1e-f069-4b0e-90a0-40f132f550e5.jpg	87436a544e1e2b1dd22d734a66123cbcf7fd2425ee5035c48d19221f25584904	3427740	4000	3024	Apple	iPhone 15 Pro	2021-07-25 14:29:29.175011+00	2021-08-23 20:22:49.175011+00
881601	105	5181	_MG_1156.jpg	u/69/1e18ec68-5b12-47fa-b278-31462c9eb506.jpg	cb77224b44df0493768c954f0a5bc5be982a92dafbb70d47eda9ab2674063d53	4854495	4032	2268	Apple	iPhone 15 Pro	2020-12-28 02:22:27.754736+00	2021-09-18 16:55:17.754736+00
881602	105	5181	PXL_20210713_209687900.jpg	u/69/3f4bea9f-2fe4-49ef-bb56-4cfbc75eba58.jpg	861dc56b4196650e1cb758310d86af5e959e70b4c9bf38fc8dd645dd72382b66	10717718	3024	3024	Apple	iPhone 15 Pro	2021-07-13 16:15:31.632811+00	2021-09-28 17:33:21.632811+00
881603	105	5181	_MG_9974.jpg	u/69/55d461d5-a903-401f-8156-348f9f17c8bf.jpg	c0d55e1d0c996b0de96b349a1c5bf1cd2a4a5b3f47ba163b4f67c8b853bbf110	11446076	3024	4000	Apple	iPhone 15 Pro	2021-04-04 23:22:16.831654+00	2021-09-17 00:38:25.831654+00
881604	105	5181	IMG_1781.JPG	u/69/5e999bd7-7e89-4b18-9881-e445385ec960.jpg	e1eae06dc5149efbac3c92521fab1b3571f2daca60bbeac4a6dc5b1f6e1d7ead	11522259	4000	4000	Apple	iPhone 15 Pro	2021-01-20 18:34:25.768089+00	2021-09-08 19:04:49.768089+00
881605	105	5181	IMG_0241.HEIC	u/69/05c32515-2069-49fa-8e09-b6f74b4ea790.jpg	63a60d35c364c76087c31ef7e4ffae181b351d81cb9f2826c7f8348a5ab1c014	10176057	6000	2268	Apple	iPhone 15 Pro	2021-04-24 16:58:01.781304+00	2021-09-07 18:31:49.781304+00
881606	105	5181	IMG_6091.JPG	u/69/a58b8e8d-7779-42a2-98e9-a1bb7237bb70.jpg	24a4910d5df865199aae10edaa917f244efc5ba5912c00b1fb16a2b4cfa1176a	1631056	4032	2268	Apple	iPhone 15 Pro	2021-02-26 23:55:15.989225+00	2021-09-28 10:33:03.989225+00
881607	105	5182	_MG_0920.jpg	u/69/1ce6ec07-cf97-42e1-9730-471deb07cbd3.jpg	2d5e210dff34a2404cc5be78e8a392c2222d8fd32a6a70c341586188d2b1e47b	2612786	6000	4000	Canon	Canon EOS Rebel T7	2022-11-30 12:51:03.651572+00	2023-09-20 03:15:10.651572+00
881608	105	5182	PXL_20230318_184134690.jpg	u/69/4e21abc6-b88c-4ebf-b7bb-ad12f03aa5a7.jpg	3927869eaae390fb606056f0157efe9cea1a3ba3963bc4ec19dbb548e07949fc	6195831	6000	2268	Canon	Canon EOS Rebel T7	2023-03-18 00:15:37.238834+00	2023-10-10 18:49:13.238834+00
881609	105	5182	DSC56497.JPG	u/69/c1e1319e-18ec-45d5-a1cb-1c0a662ef5d7.jpg	ee65c35a2870d9e99f12ee97badb9171e34561fda0882f4c49ab1898a0294335	8326423	3024	2268	Canon	Canon EOS Rebel T7	2023-03-13 00:44:36.187549+00	2023-09-16 19:36:52.187549+00
881610	105	5182	PXL_20230209_174025664.jpg	u/69/6af6c016-1909-4a12-858b-d67c16655ee3.jpg	ae61bdfe5b23c7a70684779f80461552b92e3b6cfe26e21e9263e4243ff8523c	1332070	4032	6000	Canon	Canon EOS Rebel T7	2023-02-09 08:43:25.847814+00	2023-10-09 11:20:39.847814+00
881611	105	5182	IMG_2551.JPG	u/69/5494ee3a-28b8-40b8-a6e2-33e6f73e0796.jpg	1f3909da51f65a904c1a71105dc268ab23a8f35e470c5096ddd67524b6539043	1835857	4032	2268	Canon	Canon EOS Rebel T7	2023-08-06 14:13:54.840527+00	2023-09-28 20:09:01.840527+00
881612	105	5182	IMG_6059.HEIC	u/69/00ea630e-eaf7-49bf-9c95-029254d61570.jpg	c7874a9e9dc56142e252234bddad44f40de7f15f86f24c11e01574633b4dc8f5	2536950	6000	2268	Canon	Canon EOS Rebel T7	2023-06-10 12:33:10.826266+00	2023-10-08 13:08:18.826266+00
881613	105	5182	IMG_6241.HEIC	u/69/7a0db6d2-cefe-46ed-a727-1576461cdbe8.jpg	0df391ccf115f52e9fb72485a27206cf3771197ea98442c7d0f74a3a9c5dc76e	9510359	6000	2268	Canon	Canon EOS Rebel T7	2022-12-20 21:19:01.263298+00	2023-10-12 04:35:08.263298+00
881614	105	5182	IMG_0159.HEIC	u/69/b2541602-12da-47b2-9520-816f7c8194b1.jpg	5765eb04b2ccb3a3848c2ad5bfdc0eadb08141f624e7a746d40d853c92d15038	2164628	3024	4000	Canon	Canon EOS Rebel T7	2023-10-07 01:35:32.631315+00	2023-10-19 22:41:11.631315+00
881615	105	5182	DSC28591.JPG	u/69/28470dd5-79d2-4fab-b706-cff8a447453b.jpg	d22b03beba0537b91b23af22ff4f4d28ba314700fe4c0c5eac914f34a7f64618	11892012	3024	6000	Canon	Canon EOS Rebel T7	2023-07-17 14:30:51.654669+00	2023-09-29 08:03:51.654669+00
881616	105	5182	_MG_3853.jpg	u/69/b823ba23-0187-4a2f-ba70-bb0727e1671a.jpg	2d0fa2fdad20a563bbb21c4e54a24d0c1ee43542ab30f66f4e453bec68e7bbd7	10731635	4032	6000	Canon	Canon EOS Rebel T7	2023-09-29 05:49:13.393341+00	2023-10-21 00:17:47.393341+00
881617	105	5182	_MG_9449.jpg	u/69/251e94a8-9557-4db2-8dc2-2353074f768b.jpg	3d0d704a9dc45688167eb52befc70d737e4b5c6b0cd1e5f743646dc3970e9ae8	10403431	6000	6000	Canon	Canon EOS Rebel T7	2023-03-10 08:03:30.638017+00	2023-10-12 22:37:10.638017+00
881618	105	5182	IMG_8848.JPG	u/69/fc380752-6280-486e-a65b-2ff768183f81.jpg	8cf8be9908adee8f815d2e608fabc2ad1ff3c747a5dfd535f77c61f9c8ab40ad	7928175	4000	4000	Canon	Canon EOS Rebel T7	2023-01-28 07:38:11.884705+00	2023-09-30 06:45:52.884705+00
881619	105	5182	DSC99896.JPG	u/69/7700e0fa-4a12-4cfa-884c-9e02a1b93f34.jpg	db8eefabb4a54eb9e1b273ba4973a1172c5f0c490f213e7e76603b88d7a12182	7549420	3024	4000	Canon	Canon EOS Rebel T7	2023-01-29 14:52:21.454544+00	2023-10-14 00:07:51.454544+00
881620	105	5182	_MG_4067.jpg	u/69/63641ed6-a860-4ddf-a7ac-12cc818508e9.jpg	217172b147144b529c8f698870775eb2ef4574ef12953eb85f6c66c6b68df15f	1498527	4032	2268	Canon	Canon EOS Rebel T7	2022-12-22 23:32:47.793797+00	2023-10-16 12:04:36.793797+00
881621	105	5183	_MG_4687.jpg	u/69/7c60cd82-736e-4589-894c-b53c28efa0cc.jpg	f8421b769d21a4fe4b257810f829bb62b5f1942a7b5d99adcf7a3e0b9a54b55b	2886013	3024	3024	Apple	iPhone 14	2023-04-24 13:45:30.173405+00	2023-07-29 00:34:42.173405+00
881622	105	5183	PXL_20230320_096154790.jpg	u/69/00735f8a-0895-4be2-91e3-b35126fedba3.jpg	740f91de17d70d0ff97c5f1c778698b3f39c5669850b80f33e5c5a066e600f85	12409867	3024	4000	Apple	iPhone 14	2023-03-20 06:38:56.893466+00	2023-08-12 21:48:01.893466+00
881623	105	5183	IMG_3112.JPG	u/69/89dd96b6-017a-4425-a7bb-c6cf57c159c1.jpg	cef6ff39d4b8056c68d40e3b182d77e7c832c7d61b2d456bd59097594d19fad4	2295538	3024	3024	Apple	iPhone 14	2023-01-08 00:00:21.452673+00	2023-08-11 23:56:24.452673+00
881624	105	5183	IMG_1216.HEIC	u/69/27d0e5b3-cda8-4d9d-b850-42aba7fd1e4f.jpg	ca4152dec00807843c8622fa526b2a14bbda92d1450d70671b86c439dae4bae4	7146885	4032	4000	Apple	iPhone 14	2023-08-19 20:12:47.493538+00	2023-08-25 04:29:34.493538+00
881625	105	5183	IMG_9091.JPG	u/69/2f206f57-5d80-4953-865a-ee512298530a.jpg	f1fb070c69f6a987918b0066ea8ed0d090c3e45910bc676021aef7adab014fc0	4672689	4032	4000	Apple	iPhone 14	2023-06-01 17:41:28.038693+00	2023-07-25 08:32:52.038693+00
881626	105	5183	DSC77537.JPG	u/69/5a4c33f0-f051-4917-9165-7061a2650387.jpg	10ccfc7a6e9c6d8cc30f6fd4d709262f2f7891b5e6b578ddc309b65f9b3eb025	12006084	3024	3024	Apple	iPhone 14	2022-10-07 04:05:17.503416+00	2023-07-26 23:49:38.503416+00
881627	105	5183	IMG_4413.JPG	u/69/f5a12206-87e6-4ef2-ac70-d53ee250f87b.jpg	cb5ad6d3329adb4fc1bbaa5725edffb8e60c440894831bbbed31379190c27fbd	1974487	6000	2268	Apple	iPhone 14	2023-03-26 17:53:58.686023+00	2023-08-10 07:45:01.686023+00
881628	105	5183	PXL_20221218_073091076.jpg	u/69/317731e2-d970-490b-a329-7f6e0ad5ef73.jpg	a3497cc1375dbfeb60ae7d249f26c30324ff552f7671f8aa621ec656ef035145	3149979	3024	4000	Apple	iPhone 14	2022-12-18 16:18:11.786491+00	2023-08-26 21:05:26.786491+00
881629	105	5183	PXL_20230121_045378467.jpg	u/69/cf13168e-38fb-4ed8-ac97-8e50f86799cc.jpg	efb350ebe6b416587db0ab0dc997363a15c1ad55852b35dfebb8783b439553c2	8387630	4032	3024	Apple	iPhone 14	2023-01-21 15:56:01.884155+00	2023-08-20 13:26:03.884155+00
881630	105	5183	PXL_20230211_141776510.jpg	u/69/abba64da-b796-4597-9532-336249ab5068.jpg	7efdc877925eed74e89b24a6b26b4bfb81f19bfd2970a19b335d98f042206dc1	12721411	6000	4000	Apple	iPhone 14	2023-02-11 23:36:23.836337+00	2023-07-30 11:07:47.836337+00
881631	105	5183	IMG_2839.HEIC	u/69/0a22d629-31d4-45ee-a3b3-f931b01210da.jpg	adbbf43edf7bdb159aefa7d8bfe401a0b02df0d369bfcc6c0f719f6874c555a8	9927314	4000	2268	Apple	iPhone 14	2023-03-22 17:36:26.824732+00	2023-08-04 01:38:15.824732+00
881632	106	5184	IMG_2041.HEIC	u/6a/21a53950-b224-4c55-ae3d-ffe77c45afae.jpg	a7490572d024a5ff4c8e625cd37be32246187a26e5a66082ff02e8772e147af0	9197403	4000	4000	FUJIFILM	X-T4	2021-11-11 17:50:49.663558+00	2022-08-31 16:36:49.663558+00
881633	106	5184	IMG_5174.HEIC	u/6a/f039dd82-ada7-46dc-8315-fc3133158522.jpg	fd15ced2e50f5fc886b06d04cdac5dbb150908843b6142673da4e4b635ab52b1	13088269	4000	4000	FUJIFILM	X-T4	2022-03-04 00:29:49.218395+00	2022-08-23 18:19:18.218395+00
881634	106	5184	DSC45825.JPG	u/6a/544922b8-6d04-4595-a51c-147607ad6002.jpg	28e049c6febd0b1374984ceea9fb16beeb52930232c6a74cfa054c05c7eef9a8	2315454	4000	4000	FUJIFILM	X-T4	2022-04-05 05:16:04.807338+00	2022-09-20 13:55:27.807338+00
881635	106	5184	IMG_6418.JPG	u/6a/49187d74-5823-4fac-9b13-e16f3c6edd6c.jpg	e6215b623a1f9f230ede6d4555a6b7fd6ad796f5914424154819d22d82277ec6	3504401	3024	3024	FUJIFILM	X-T4	2022-03-10 04:41:11.553242+00	2022-09-13 09:03:35.553242+00
881636	106	5184	IMG_7431.HEIC	u/6a/c52bf73b-e763-488d-823e-7a15e49fe3c7.jpg	455018156e233f27684a37090c5a150aa4e5a40427908a0ad615c81bd1218a1c	7977614	4000	6000	FUJIFILM	X-T4	2022-06-30 12:55:50.939483+00	2022-10-01 06:24:23.939483+00
881637	106	5184	PXL_20220906_133896149.jpg	u/6a/fdf44b19-4a9a-448a-8673-18cc94573111.jpg	06e98f54bae25734f685d87132314c2cdc922dfb63ded5559215196df19737b2	2569780	4032	4000	FUJIFILM	X-T4	2022-09-06 17:34:45.671285+00	2022-09-26 07:59:40.671285+00
881638	106	5184	_MG_7169.jpg	u/6a/ebba414e-7a71-45c2-bec3-7733da902d9e.jpg	434de377bfbca0df61e51cebb42dbf45f375983e6550b8b7b91817d4ef902e9b	13590184	4000	4000	FUJIFILM	X-T4	2022-04-12 04:41:46.583837+00	2022-09-13 14:26:32.583837+00
881639	106	5184	IMG_4999.JPG	u/6a/467d65b7-a05b-4fd6-8d3a-427d0a682978.jpg	7f9b730d2e2513772788006b4f6d1011d1f3b484a9c2ada4e7a87faa37d5f06d	5500601	4000	3024	FUJIFILM	X-T4	2022-06-18 06:27:55.813211+00	2022-09-22 21:06:09.813211+00
881640	106	5184	DSC48923.JPG	u/6a/94edcee3-e0ad-483c-8386-796ecd498da6.jpg	d64b3ee0a5be85481b2555ae04358a2e03084f47ef59766e151089d8a6c90ad7	11413992	4032	6000	FUJIFILM	X-T4	2022-02-27 19:55:45.486148+00	2022-09-01 11:57:58.486148+00
881641	106	5184	DSC87864.JPG	u/6a/e130f50b-9566-49bb-a3cf-445222348a98.jpg	fc86c78f53d148c770386e76eee4f226f2ea96cc1523da39d7e10cdd64460d9b	10131613	4032	4000	FUJIFILM	X-T4	2022-03-21 10:56:07.719948+00	2022-09-13 06:48:11.719948+00
881642	106	5184	PXL_20220327_122668993.jpg	u/6a/3bdc0b13-c526-4b19-a052-5d072dca2baa.jpg	c2fe63c14ff4d8ab7a5704932a1b4c9a555881846030a7b04176f5f26d5dca07	7520228	4000	6000	FUJIFILM	X-T4	2022-03-27 19:41:56.834632+00	2022-09-08 20:41:44.834632+00
881643	106	5185	PXL_20230620_147750130.jpg	u/6a/d8bbc416-7351-4c69-9d47-fbffc88fe828.jpg	c3d5f20ed75f8389c43e63bb2ba5a54e1f8465b8341e761fff68cef2ec8de702	5395316	3024	2268	\N	\N	\N	2023-08-04 13:10:50.477647+00
881644	106	5185	IMG_2767.HEIC	u/6a/3b68c26b-1c99-46e0-9c22-e6b4ed2b80b7.jpg	debba4624fc6673007e66232bc039b50c6284027e7a45d3642637ffb7b15b858	3589025	6000	2268	\N	\N	\N	2023-08-03 02:46:25.378595+00
881645	106	5185	IMG_7994.JPG	u/6a/0ea682c0-acaa-4ae0-95bb-3e54c9cfdd19.jpg	bd280ba2c70be2ff58ad3f5086d472ce827d8bc8eb609f69771668484bb2101e	5355280	6000	2268	\N	\N	\N	2023-07-30 20:56:26.983539+00
881646	106	5185	IMG_6338.HEIC	u/6a/a3fbf4e4-8510-4250-bbfe-46fe5a7a3ae6.jpg	62f37dcb4edaf7b4b5087db829c1255da41c1cc3777f7adb4b74ac3cfcd35f43	1647062	4032	3024	\N	\N	\N	2023-07-26 03:51:56.457873+00
881647	106	5185	IMG_3863.HEIC	u/6a/2209b6d1-94b1-471d-84dc-5b83f1f5f712.jpg	bdfa2d16fb0ed44c17608fc283a29e8977cd681fc86af9d8d28d8d24a18a945d	4351180	4032	4000	\N	\N	\N	2023-07-23 06:40:46.580196+00
881648	106	5185	PXL_20230411_045590169.jpg	u/6a/dd3ae92e-0bd7-46c4-a258-240288ade102.jpg	a01addea68e0244ee78a5ad996e24084c0c195e32fe4f129b7ec8f3e3ac2f7db	3536130	6000	3024	\N	\N	\N	2023-07-07 10:21:10.227201+00
881649	106	5185	IMG_4687.JPG	u/6a/6ea6d677-b810-4477-9b1d-c779b65af091.jpg	24c83e35a5e51856efa0ba7d6adc2c9cf783096a70f6bc7bc5073f9a6abd5a1a	12010857	4000	6000	\N	\N	\N	2023-07-23 21:34:50.962968+00
881650	106	5185	_MG_3170.jpg	u/6a/938864be-3b10-4c46-bd24-b36f2265b77e.jpg	dc79ead3edcd23e1b9b9ccb6f00917d4a3a0fd6312f38e72bf9eb5ea1e94789b	2044561	3024	6000	\N	\N	\N	2023-08-08 15:55:40.941486+00
881651	106	5185	IMG_2584.JPG	u/6a/9da5e488-14a4-42c3-8efe-119734ef2a3b.jpg	e210eca4f719691b67de9b88ae6a8f1efa7b0500ec7d28fa9a8179aa0705eec7	4971187	3024	3024	\N	\N	\N	2023-07-02 21:51:28.386896+00
881652	106	5185	DSC06515.JPG	u/6a/6557d6ae-de4b-4466-8931-354644f5ab51.jpg	0e4602bb9666f484b8976f8a8ac197e902e676ef39651f1a5f740fa7e91bb58b	7222276	4000	2268	\N	\N	\N	2023-07-10 06:11:18.730678+00
881653	106	5185	IMG_5263.JPG	u/6a/788ce004-af2c-4542-af56-df406617729c.jpg	d6c0f702baaed6cf435743ede9a982103cd47a16ffad921a4e647c733d535ab9	4984410	3024	2268	\N	\N	\N	2023-07-08 13:45:22.706642+00
881654	106	5186	PXL_20230113_054764209.jpg	u/6a/e75565e6-c3b0-4daf-9c88-f04e8a77b6d0.jpg	58a523849cc7c7f86fed4c326d845d1c52df9757c6bcc6a516a437adfc7afec1	7401556	3024	3024	FUJIFILM	X-T4	2023-01-13 14:22:28.049830+00	2023-10-05 14:25:26.049830+00
881655	106	5186	IMG_9767.HEIC	u/6a/e99f24b5-11e4-48f0-83af-e8a6cd82ca19.jpg	2d656ab4f8bc4bf4a1f8c84418c8cdfb1bd77e7924623dc45455fa800bc6a4ef	9741276	3024	4000	FUJIFILM	X-T4	2023-05-04 19:04:57.568209+00	2023-10-05 03:33:22.568209+00
881656	106	5186	DSC66116.JPG	u/6a/b88cc4b7-9153-4c61-bba8-6e0ec8e26a30.jpg	74cd93fddbf69d6b9c4ff6cf24f92d384dc7f89b299e7c725f3dbecfa5da62ab	7001078	3024	3024	FUJIFILM	X-T4	2023-08-09 15:15:25.415352+00	2023-10-19 13:11:41.415352+00
881657	106	5186	DSC91801.JPG	u/6a/725dc465-7bbf-481e-b852-371b3cb64a3a.jpg	e72202816a1b83aafd7ec5a5bb5bc1e266787cee61b5f3ab5aff54f4ba58a278	13970615	3024	4000	FUJIFILM	X-T4	2023-01-10 03:40:50.659449+00	2023-09-18 00:45:33.659449+00
881658	106	5186	DSC70304.JPG	u/6a/4c1e8497-3d31-40b1-9948-aee7ae77e7db.jpg	f1fef51266fd427634464acbc1fd229bdfd30b318781516fdfd3e1c33f8e5d29	11979788	4032	3024	FUJIFILM	X-T4	2023-08-01 09:00:50.384920+00	2023-10-21 23:49:20.384920+00
881659	106	5186	DSC92551.JPG	u/6a/c6f036e0-fbb0-4e56-83bb-e489e56ef0cb.jpg	c364c1b26aa00c2ca7a68316fde601dfa7fcf1909ba694bd4c3cbdb613eb64ea	6004362	4000	6000	FUJIFILM	X-T4	2022-12-21 05:20:39.608001+00	2023-09-16 22:18:59.608001+00
881660	106	5186	IMG_1291.HEIC	u/6a/9c50113e-06a8-45dc-a9d6-f3c3564b03c5.jpg	251e20776dc04163cee03d9c0f38ade2354fe4bc8e21a85f3738ffb9f94f420e	9638098	3024	3024	FUJIFILM	X-T4	2023-01-14 19:06:39.225994+00	2023-10-04 17:06:22.225994+00
881661	106	5186	IMG_6357.JPG	u/6a/79685e93-5e0e-4c3c-85fe-6b4d0c6a9a85.jpg	049c8a47c9568cc7e3d8f98f87459ae785e6f6cd225fe580fabb83b2d66128ab	5454988	3024	6000	FUJIFILM	X-T4	2023-05-12 14:01:56.777413+00	2023-10-05 09:59:01.777413+00
881662	106	5186	_MG_5765.jpg	u/6a/c5d5927a-0c2c-412e-8f3b-c00fb3ab69a7.jpg	26ade5a476d7ecc03de1d347c7cf34a9c2f0422cf0e555ab4082f0e0d1d31a13	827861	6000	2268	FUJIFILM	X-T4	2023-01-27 11:44:30.347515+00	2023-09-14 07:45:30.347515+00
881663	106	5186	IMG_1101.HEIC	u/6a/42b54089-56d0-4b0c-80ae-ba7604e03d90.jpg	82412d896f98a06010ba6a6cf759636134bc93b030bc50c8fa6420c721406b73	9959448	4000	4000	FUJIFILM	X-T4	2023-03-19 11:14:32.466235+00	2023-09-28 00:04:01.466235+00
881664	106	5186	IMG_2459.JPG	u/6a/7c39a29a-2f83-4c99-bec8-69a5a0a00a43.jpg	ff4c571d0d7769b26609bb0978e8a14fb25e97ca027f1ce16aa25c9a3a8f8698	11311393	3024	2268	FUJIFILM	X-T4	2023-06-13 05:11:28.442863+00	2023-09-21 22:44:55.442863+00
881665	106	5186	_MG_5657.jpg	u/6a/ee284638-1a20-427f-8625-716cc546244f.jpg	642dbd146adca714c972e683e4e709a4332bad60a8c55fcc40f3a2e22ecc9786	6143121	3024	6000	FUJIFILM	X-T4	2023-05-13 13:48:23.273752+00	2023-09-24 14:20:05.273752+00
881666	106	5186	IMG_5077.HEIC	u/6a/459b1a6d-0148-455b-8b5b-cf8cd8a0a79e.jpg	97d0537c13a742e97e0a955958d609a8efaa7aafcc5098771c48048271967bb0	8316404	4000	3024	FUJIFILM	X-T4	2023-08-11 20:21:15.681995+00	2023-09-27 04:04:20.681995+00
881667	106	5186	DSC07941.JPG	u/6a/79acb716-7103-48cb-888b-6be9e22897ed.jpg	a5ed9257ce0751bbe65b73d260f7b17c08adb6f87390fda44c2d7c20961eccdb	10569117	4032	6000	FUJIFILM	X-T4	2023-03-03 11:28:59.441616+00	2023-10-18 14:44:20.441616+00
881668	106	5186	DSC82658.JPG	u/6a/6cb8070b-4442-45e8-bee5-d08542d29c06.jpg	e5f388e24e2606b103837a9359218996477f0da00dc7dde84987d9ad41f6d6c9	3607280	6000	2268	FUJIFILM	X-T4	2023-08-23 16:30:08.853397+00	2023-10-03 13:26:16.853397+00
881669	106	5186	IMG_5825.JPG	u/6a/3d0f45c0-4f83-40df-9b1a-efc803c65ff4.jpg	9aba668fc767b3b4d1892f7b0ebd5cc6a93abf77a6adac4543bb155b840f3a4a	12154149	4032	4000	FUJIFILM	X-T4	2022-12-18 15:21:34.183120+00	2023-09-13 01:41:32.183120+00
881670	106	5187	DSC96020.JPG	u/6a/abcb5cb7-3934-4daa-b776-3a2a4f30503f.jpg	332b81207c4bfa7246ea743b129349d12b45b61becef7a38bdd950e5975ea122	11807216	4000	6000	samsung	SM-S918U	2023-05-20 07:45:24.577622+00	2023-09-11 01:35:13.577622+00
881671	106	5187	PXL_20230804_123145608.jpg	u/6a/3f495e19-7bd2-42c2-b65a-cd1792ab947c.jpg	bae2f187ca858720d85855d2221d71e4d3dccffb4346c1f015eebca61ede6e52	1551733	3024	3024	samsung	SM-S918U	2023-08-04 13:14:39.221810+00	2023-08-16 04:57:36.221810+00
881672	106	5187	PXL_20230828_035463779.jpg	u/6a/3af09740-5903-44fb-b443-0aaea7ccd0ac.jpg	69461c377fd4bb8d344e49db6079b74888b3a0ddb71774740db85a01d3ebc274	5826457	4032	2268	samsung	SM-S918U	2023-08-28 09:53:17.888722+00	2023-09-10 23:59:01.888722+00
881673	106	5187	IMG_7668.JPG	u/6a/c2544c44-0892-442b-8c66-58786d740623.jpg	a194873814a041bb9a482557f0e3685774de322fc40d9e2972c353e629aac9ab	8565181	6000	2268	samsung	SM-S918U	2023-03-16 18:29:18.650764+00	2023-09-21 13:56:27.650764+00
881674	106	5187	DSC97679.JPG	u/6a/3735b408-8703-4c9b-9a65-19b2709a0c8b.jpg	8d27d6f67c7b1cbafb001adcd3ed44a0e7644a7606972dc8a9a29d53b354b41e	6398623	3024	6000	samsung	SM-S918U	2023-03-01 16:54:39.812133+00	2023-08-28 22:56:24.812133+00
881675	106	5187	_MG_9185.jpg	u/6a/e323dc6f-639b-45c9-abdb-9f929570edac.jpg	5da4d5ef80283d3c8865ceac3b44c42d66f61381baeee6eba0806bc31fc88d7d	13515561	3024	3024	samsung	SM-S918U	2023-01-21 17:58:01.755349+00	2023-09-01 06:59:45.755349+00
881676	106	5187	IMG_1689.HEIC	u/6a/c294f784-d5c1-4a79-9389-40af4dce0c80.jpg	107422f29c3c91fdd799f783341db83ecbfe7a680a37035dead52add368cd26d	7239361	6000	4000	samsung	SM-S918U	2022-12-15 11:58:05.995967+00	2023-09-19 06:19:26.995967+00
881677	106	5187	PXL_20230118_204848605.jpg	u/6a/c829f491-5a96-4e15-9428-cb1575850877.jpg	bb37af834a058e5828b2a95ae86b0ee9f5b5486d4ea5576390f43471f5e0132b	5370694	4032	2268	samsung	SM-S918U	2023-01-18 20:23:36.250260+00	2023-09-08 01:16:24.250260+00
881678	106	5187	IMG_2573.JPG	u/6a/1f388cae-85de-47d2-bddd-4c0f7c97ed9d.jpg	f00b7446324320cf65c052e46de92e273ba600710ec5548b5489a3ad678a45f1	13444802	6000	2268	samsung	SM-S918U	2023-07-08 14:36:51.426967+00	2023-08-30 15:05:22.426967+00
881679	106	5187	IMG_1329.HEIC	u/6a/d7b11310-cd1e-45dd-aad8-bc52e40af065.jpg	71c8aee3cb1afab1232fb17d5377e7c55dbc8faa51c89a73ca835e9e81dc10be	11928592	4000	4000	samsung	SM-S918U	2023-01-18 20:29:02.497916+00	2023-09-10 08:33:10.497916+00
881680	106	5187	DSC28831.JPG	u/6a/ad761fbd-e1d2-46f3-b438-6f35b635e4c4.jpg	40a8b5a209818193bcd3a804e49c996b63ae98d0f9a7d487cc3e7bc9a52add72	6981558	6000	6000	samsung	SM-S918U	2023-08-07 11:51:45.054256+00	2023-08-27 07:19:09.054256+00
881681	106	5187	PXL_20230122_027706837.jpg	u/6a/890f1a4a-33e4-4729-8fc3-a7daa175190d.jpg	26e88ac9d2a4d9f520b686efd040934bbb69b65c9464ea02119df3c51637ca75	2116850	4000	6000	samsung	SM-S918U	2023-01-22 04:37:58.842256+00	2023-09-02 15:21:43.842256+00
881682	106	5187	PXL_20230729_130387735.jpg	u/6a/6826c38a-81a2-4f2c-baaa-25f0d60f7e6d.jpg	d3d4ebe01702de6b14daf16f2a1e16c65cd69e099f33caaef9080ea44bbb4909	10981026	6000	4000	samsung	SM-S918U	2023-07-29 18:47:27.540723+00	2023-09-03 10:37:45.540723+00
881683	107	5188	_MG_7941.jpg	u/6b/c56620ea-1198-4cd3-926b-675e2515ab67.jpg	060c709ef3883c2d4cf16c60264fe261cdbbdcf1272cdcd413144d686800cc2e	9380251	4032	3024	FUJIFILM	X-T4	2022-05-13 11:57:49.133210+00	2023-03-09 11:15:28.133210+00
881684	107	5188	IMG_6373.HEIC	u/6b/3a8e493c-b507-4513-a5c2-7eb9ca0927b8.jpg	a29085a14633dd34415539b73bfd7b6e23e73b73832cadc8354b2240035a26cb	11149449	4000	3024	FUJIFILM	X-T4	2022-08-27 06:44:52.813157+00	2023-03-02 00:01:04.813157+00
881685	107	5188	_MG_7280.jpg	u/6b/3436f0ce-ddcb-4b5e-a1a5-08b02514fbae.jpg	53ce0eaeba906e168ccccd3fa066f55c04fd6609c4bc8d5740f9dca5ac8326dc	7237870	4000	6000	FUJIFILM	X-T4	2022-10-02 05:57:53.179989+00	2023-02-17 23:50:20.179989+00
881686	107	5188	DSC58923.JPG	u/6b/d0bfd90b-4791-49fa-b361-60d4bb7cf86a.jpg	30a8b50caa8f194cb8ee737e931da902a65c4df6d249f46b01f0c9dfd561b3cd	12628525	4000	6000	FUJIFILM	X-T4	2022-07-05 16:51:27.955689+00	2023-03-14 00:07:19.955689+00
881687	108	5189	IMG_3604.JPG	u/6c/43aabe8a-deda-4800-8cea-752aaab7ea74.jpg	d7b4c6c4356ec44959a3f148dbc75b3e55c1be3d87a49b2e8b3b1617cc52371f	2155682	3024	4000	Apple	iPhone 15 Pro	2023-10-10 00:11:13.858534+00	2024-07-27 11:05:24.858534+00
881688	108	5189	DSC63941.JPG	u/6c/61888880-1410-4ead-a806-d1e8be4a454c.jpg	474005418a44204ce5d2b045482c4fe2c5b02742a220229de06bc953b1f9bf98	10967172	6000	3024	Apple	iPhone 15 Pro	2024-01-05 01:50:45.508224+00	2024-07-16 05:50:04.508224+00
881689	108	5189	PXL_20240105_106182523.jpg	u/6c/12df54ed-3f76-4a4d-8270-c7285ec7272b.jpg	20307c4ffad4e7cd13cf02a2d88ae75a3faedee293e3dcb50854baf7269a1a6c	10785071	6000	2268	Apple	iPhone 15 Pro	2024-01-05 13:24:29.363228+00	2024-07-08 01:35:54.363228+00
881690	108	5189	DSC13996.JPG	u/6c/92f0b450-ffa6-4923-925a-6a91f01dcbcf.jpg	c4b2a7f4a316a0b370986d4c94d89ab4780eff6688d58319595759c933071094	6909797	4032	2268	Apple	iPhone 15 Pro	2023-10-08 12:33:59.384919+00	2024-07-08 18:26:40.384919+00
881691	108	5189	PXL_20240518_099889127.jpg	u/6c/5920e5b1-0072-4155-8303-f9a4d849c780.jpg	16137783420ea3371a466afa7b23383fed4bcb9532c67d6da1545aaf7c690cbc	4624682	4032	6000	Apple	iPhone 15 Pro	2024-05-18 03:48:35.321318+00	2024-07-27 04:20:04.321318+00
881692	108	5189	_MG_0374.jpg	u/6c/50472aad-2282-406f-a016-da4dbe7282c9.jpg	57639fe0a829d70f4586c025ce17da8d793073d2c4cd48fb548612dbc57009f9	3296556	6000	3024	Apple	iPhone 15 Pro	2024-03-09 05:41:38.763006+00	2024-08-09 08:35:32.763006+00
881693	108	5189	PXL_20240214_231893766.jpg	u/6c/7cae9cfe-75ab-4a13-ae71-3975c20b04eb.jpg	a40789fff83cf51f1ac43ec359eaafc14e742f2214f81eabd539c402d584cb48	9994122	4000	6000	Apple	iPhone 15 Pro	2024-02-14 15:09:50.228775+00	2024-08-12 02:59:30.228775+00
881694	108	5189	IMG_9818.HEIC	u/6c/4aa053d4-37d1-4a74-8568-7ce437408f30.jpg	17d7149713451d3b5bb61acf29967aac548caa41e3164ab0739ee61b61aed37f	4469242	6000	2268	Apple	iPhone 15 Pro	2024-04-24 01:57:05.089141+00	2024-07-25 23:28:51.089141+00
881695	108	5189	PXL_20231102_231310241.jpg	u/6c/5591e3a3-1d78-406a-b2a8-e6a00ce1996a.jpg	fa88e083faa3b8592289c0ca7d57fd481fd90d5b75364cbb77b90607c05439a7	11788532	3024	2268	Apple	iPhone 15 Pro	2023-11-02 13:39:58.485652+00	2024-08-09 21:58:07.485652+00
881696	108	5189	IMG_3839.HEIC	u/6c/039cc5bb-2e28-4c6e-a67f-9ec1866f573d.jpg	ee871c3aef7b7dc3417150d75545471430711cdeaf45ea0f10b38b7f0251f011	12526134	4000	4000	Apple	iPhone 15 Pro	2024-06-14 20:57:13.687185+00	2024-07-12 19:11:52.687185+00
881697	108	5189	_MG_4915.jpg	u/6c/01dc4215-2416-48a7-b001-13c195df3a0a.jpg	4c8d452ae9feb17f9c1445a40024e19815c5bf3cc07c43e55effbc96c3d5c677	5861096	3024	3024	Apple	iPhone 15 Pro	2024-05-21 22:11:47.663274+00	2024-07-31 15:48:10.663274+00
881698	108	5190	PXL_20230108_058756843.jpg	u/6c/5c3f9216-c8f4-4971-836a-203a267438d8.jpg	9d2a32ab7c4e938093f37b001e54859ed12f11ec69d712bde272cdf9bfdd7021	4306954	4032	4000	Apple	iPhone 15 Pro	2023-01-08 00:50:02.207588+00	2023-05-04 07:43:24.207588+00
881699	108	5190	IMG_5930.JPG	u/6c/295ba360-5ffd-49bd-bb8b-1a4dafd4f08e.jpg	8079a5e21f98e2203c95aaffe80654461ad5cb4e6d0a701e3ea6f61e1c40c4d4	11627669	6000	4000	Apple	iPhone 15 Pro	2023-04-17 08:50:49.993211+00	2023-06-03 04:59:58.993211+00
881700	108	5190	_MG_9552.jpg	u/6c/5a1f282e-b782-4c8a-8b28-8e94561e87f4.jpg	d7d8cc0188a33a82e87d3e9f1cfe03ed4ffe12d33355b07edb78add1c8dd1a1b	4878050	3024	4000	Apple	iPhone 15 Pro	2023-02-21 21:57:11.128554+00	2023-04-28 10:36:14.128554+00
881701	108	5190	IMG_0875.JPG	u/6c/a7d3d853-3a4d-4499-b2dd-6a460c51ca92.jpg	686bc406491afd07883673c6878c2ee53713253be846acfd4a576b65b5078e2b	12232053	6000	2268	Apple	iPhone 15 Pro	2023-03-21 09:23:20.698059+00	2023-05-12 18:55:23.698059+00
881702	108	5190	IMG_3422.JPG	u/6c/79784404-acb9-4c50-80be-1ffae2cf2aa6.jpg	f0072bfe44eb5bf89f0ab3d46291f22792fafb81753ff5f863accf1b6ecae1f2	10373330	4032	3024	Apple	iPhone 15 Pro	2022-08-22 13:16:01.543458+00	2023-05-12 13:58:11.543458+00
881703	108	5190	PXL_20220801_117174915.jpg	u/6c/369ab6dc-56e0-4bb5-87fc-951eba4849b2.jpg	7461c226832aec3103b45b4288199102f88bd6f126b2350c82fdae96e8996b51	2839378	4000	6000	Apple	iPhone 15 Pro	2022-08-01 00:39:06.120178+00	2023-05-09 19:39:21.120178+00
881704	108	5190	DSC20919.JPG	u/6c/f8ca4204-1861-402d-82fa-3d3ec8e3ddf5.jpg	521e329b5427236779312a7dd73dde96126e991dfdb8bcf5eff494e98ef9a991	3366303	3024	2268	Apple	iPhone 15 Pro	2022-07-31 17:30:36.505249+00	2023-05-02 15:46:27.505249+00
881705	108	5190	IMG_6002.JPG	u/6c/f00fcf3c-1006-4ed3-925d-70a10b93b1ae.jpg	cf8945c625ff17a2b337a4046b781ce0af4ba5bce6e00c697373853c833f6139	2485601	6000	2268	Apple	iPhone 15 Pro	2022-11-15 00:34:01.433103+00	2023-05-24 10:23:59.433103+00
881706	108	5190	_MG_1241.jpg	u/6c/386d202d-9cf2-4613-991e-8daaf05702f7.jpg	1005f27d8ea8211ef24e8ddfba990fb4cdea76d6d58216b76d6b5d776fa21c96	4904204	6000	4000	Apple	iPhone 15 Pro	2023-01-04 08:28:34.618338+00	2023-05-12 02:09:47.618338+00
881707	108	5190	DSC16893.JPG	u/6c/f808fee6-d5ad-48d1-8202-17a2a2303cbf.jpg	3e72911adf28ffeaea87f3c9314f34eab297d59a0b910fad1558869cc60a2241	10792315	3024	4000	Apple	iPhone 15 Pro	2022-08-18 06:18:17.388655+00	2023-06-02 05:13:40.388655+00
881708	108	5190	IMG_1453.HEIC	u/6c/76dd0149-49b6-46e7-b441-01711ded672a.jpg	8f37e82b7ef97d887efdc9af3a8adba1843e6b77b73ad7710fef154b6dede0ab	13487438	3024	6000	Apple	iPhone 15 Pro	2022-10-09 20:40:55.053872+00	2023-04-27 01:00:57.053872+00
881709	108	5190	IMG_0308.JPG	u/6c/1daa074c-c417-489b-8fbe-c6bf890a054b.jpg	ce9003e07bfe28a861abed87677deb03bffccd9c2914d2431040484de7d02070	3417511	6000	4000	Apple	iPhone 15 Pro	2023-04-02 04:24:01.816037+00	2023-05-08 23:58:04.816037+00
881710	108	5190	IMG_9422.JPG	u/6c/c7126e5a-0837-4568-9ed7-85dfd1f2c059.jpg	69f471a1c247c0351eb3148e3c82e73707483952d9194d75ffa90fae43b34dec	7330846	4032	3024	Apple	iPhone 15 Pro	2023-01-03 20:09:37.692365+00	2023-05-06 11:02:23.692365+00
881711	108	5190	_MG_2716.jpg	u/6c/38be1d45-fa6b-4ec5-ae5e-69b8dac256df.jpg	68375e354589d5b8d816863a3adee6351e72488c314564550a797adaae955378	10480508	4000	6000	Apple	iPhone 15 Pro	2023-03-06 21:34:48.073593+00	2023-05-15 02:21:37.073593+00
881712	108	5190	IMG_3670.HEIC	u/6c/d7859ad8-b8c0-4858-ad3d-7a69cdb7d3a4.jpg	44f67e2ab526e84e5ce53d73c5c32262c437c54d66cc80376f83d5994a973055	5493752	4032	2268	Apple	iPhone 15 Pro	2023-05-20 10:17:45.551286+00	2023-05-23 22:20:51.551286+00
881713	109	5191	DSC22911.JPG	u/6d/bf29f1eb-d519-4d1b-9c66-16c2414a2098.jpg	850eb1502a3f4ae3ac1953cd780e0187a1c809e83c957f5e8cd6063bb50770dd	8676431	4032	3024	Google	Pixel 8	2024-02-14 09:49:30.266291+00	2024-07-24 06:27:26.266291+00
881714	109	5191	PXL_20240423_083259487.jpg	u/6d/478a164e-d7b3-4394-9972-1f3d75563bfd.jpg	261d132a9f67a8cbe8694489c7a89e4a2ae8ff5e379754c41c4a6c69a9e9fa1b	8412020	4000	3024	Google	Pixel 8	2024-04-23 10:02:01.747363+00	2024-07-23 05:45:31.747363+00
881715	109	5191	IMG_8884.HEIC	u/6d/e8885099-37da-4007-adba-4d2502330cec.jpg	ffa900f8ec7a33cd04026b2e601d5343bd1bdc76611aac8529027fc1e589a7d2	6191542	3024	4000	Google	Pixel 8	2023-08-30 18:02:35.880654+00	2024-06-21 12:19:35.880654+00
881716	109	5191	DSC35108.JPG	u/6d/8e5d2296-315d-4888-810f-72de200abc15.jpg	20e0eb265bd019e1c7a0b6b00c110fd6fea601612b35002a25090c6ee033aade	9699909	3024	4000	Google	Pixel 8	2024-06-12 04:05:20.119869+00	2024-06-28 08:47:59.119869+00
881717	109	5191	IMG_0751.HEIC	u/6d/bd252c3d-5a07-4f40-8d98-2ec64b6de26e.jpg	69051cd4731c115ae0fc7aedbbd1977aa3a81261591ae6b46135ba79f11fe3ae	7362681	6000	3024	Google	Pixel 8	2024-02-09 08:58:00.423102+00	2024-07-18 17:28:48.423102+00
881718	109	5191	IMG_8716.JPG	u/6d/f9c4d8cb-6058-4424-9f4e-1887bf3af050.jpg	e85a3d82de3c052da78d0a52bd72337bce735a5632b2cd735f78e5ac861d40e9	3303851	3024	2268	Google	Pixel 8	2023-10-27 11:52:05.214269+00	2024-06-30 09:57:21.214269+00
881719	109	5191	PXL_20240711_090825367.jpg	u/6d/572af820-8ce2-4e94-8614-47d66f8d53bc.jpg	eda790d7a40b8f03cf5c0fd6e2c2cb990bd6728c5ffb6c6c2a85d047a3bb5f91	4814646	3024	2268	Google	Pixel 8	2024-07-11 12:01:41.206571+00	2024-07-24 06:24:44.206571+00
881720	109	5191	DSC40911.JPG	u/6d/b3f70f76-d2bc-4bc2-bc5a-ec0621714960.jpg	e7a611410d63643c5aa62a43a617a57fb3d684edccc85ff09449a04d6009a2a3	3865736	4000	6000	Google	Pixel 8	2024-05-21 15:27:23.151764+00	2024-07-06 05:30:10.151764+00
881721	109	5191	PXL_20240229_125261871.jpg	u/6d/1fd371bd-c192-4d20-b292-f5eb15b398e7.jpg	aeef0eba3bfa3a6f61b63a1ed611b9234c4325fdd203dd866c2b654e9beabf91	10923390	4000	4000	Google	Pixel 8	2024-02-29 03:37:11.167484+00	2024-07-05 09:33:26.167484+00
881722	109	5191	IMG_2907.HEIC	u/6d/4cda440b-a53d-4c62-9a8f-f58519b09693.jpg	ffd9355483f19ee65f861deb7a391b531d00cfea71b7f6b6f5e43764ceaedf6e	8073795	6000	3024	Google	Pixel 8	2024-07-06 01:34:34.894780+00	2024-07-24 05:19:22.894780+00
881723	109	5191	_MG_1237.jpg	u/6d/e595656b-77c3-4c85-aa48-e2db89630b6d.jpg	20ae0ee1a889af7bc851834cd29f2f563e2ac78b808d58b7363a025539bf6a29	12873189	4032	3024	Google	Pixel 8	2024-02-11 10:14:25.565918+00	2024-07-19 20:00:34.565918+00
881724	109	5191	_MG_1930.jpg	u/6d/60606c74-7603-4301-9c8e-5cbbefc4ed4a.jpg	3e0e535ba80ef7efaacc278c712401c091c8be058eda14dce9a6aaaaf3554319	7217697	4032	6000	Google	Pixel 8	2024-06-06 07:20:46.297965+00	2024-07-10 23:28:28.297965+00
881725	110	5192	IMG_8617.HEIC	u/6e/ad3c4c24-aec0-4d37-9c8b-ee3075234325.jpg	9acbc9de1a4fc7dc7e16d742f4a775127732084143c55ceeb3b30e738d224072	12745617	4000	6000	\N	\N	\N	2023-02-21 02:48:29.456819+00
881726	110	5192	_MG_5246.jpg	u/6e/7c46e53e-7e83-4829-9476-40fdd580ad2f.jpg	032d2be8e3f1f583d2f01d0ccb1d4622fc0dc83bb1c331c72821f7912c088572	6001451	4000	2268	\N	\N	\N	2023-02-01 01:09:37.758954+00
881727	110	5192	_MG_9602.jpg	u/6e/105f3619-e42f-4f04-869c-4d709f5b13a4.jpg	821875410067e56ea78f1839eb11bab2089a6470a9ef10cfa7b2bab8be549bd2	9698666	3024	2268	\N	\N	\N	2023-01-20 20:31:45.418760+00
881728	110	5192	DSC12509.JPG	u/6e/670a03a0-c658-4429-9a7b-7cab5a55aade.jpg	07d0df187a59ad6f7dcc64426e70e6ba14e75ecdc135698d2f90946c7f2f0871	9681800	3024	4000	\N	\N	\N	2023-01-25 20:38:28.762458+00
881729	111	5193	PXL_20240315_128339686.jpg	u/6f/3b410923-3bb3-4fe3-9b4b-9200edc9b0c5.jpg	674953dedfbc152fc2437415b31a62dde8fd20986b2879e2424607d563ae291d	12428484	3024	4000	SONY	ILCE-7M3	2024-03-15 15:39:46.970021+00	2024-08-20 21:42:43.970021+00
881730	111	5193	PXL_20240120_072305264.jpg	u/6f/2eef7bdb-9c3a-44b6-8538-06089a50afff.jpg	b9f03a20866c8a856b48d48f0be67bca691f1033c41572b55f305d3b2277eb94	1145847	4032	3024	SONY	ILCE-7M3	2024-01-20 20:00:53.586730+00	2024-08-15 01:45:49.586730+00
881731	111	5193	IMG_9744.HEIC	u/6f/46ce5453-60dc-4151-951a-c24c8eac2eb6.jpg	706fb24233107f1b5d1335f0cb9203499f4992a81133e59281285fed6e67483d	12650461	3024	3024	SONY	ILCE-7M3	2024-06-09 15:01:11.143636+00	2024-09-08 00:05:02.143636+00
881732	111	5193	IMG_3636.HEIC	u/6f/eb2ae260-3f2f-4e7c-8b99-21615088b35d.jpg	6ac385a74f1fde66e59e6e174c0ec81473c5591b9df25fdae1f43c36cbc477d8	13875012	4032	6000	SONY	ILCE-7M3	2024-01-17 16:05:47.338917+00	2024-09-07 16:21:47.338917+00
881733	111	5193	PXL_20240103_027728087.jpg	u/6f/dae1c4f6-7df1-4706-846a-8dfc82ddd764.jpg	e6878ec93058775de193f14b593e26b16d424e6ab5b4891f282bb22368577f85	3459623	4000	6000	SONY	ILCE-7M3	2024-01-03 10:45:34.403203+00	2024-09-09 14:56:45.403203+00
881734	111	5193	IMG_7378.JPG	u/6f/8d4e809e-5e2e-4865-8a5c-39d6631439f3.jpg	be9f834a9a1443a296bbc990bdb82da8fccae06e8d13f72960a3b2c6af4c3da0	7517493	4000	2268	SONY	ILCE-7M3	2024-03-09 06:14:42.949383+00	2024-08-27 23:26:20.949383+00
881735	111	5193	DSC82643.JPG	u/6f/e1260480-06f1-4815-bf53-9cf5a4715df5.jpg	ddc46503b63dade6d9a34d8163a6435189c4960a421ccb8d1299b1474cfcedc8	10443297	6000	6000	SONY	ILCE-7M3	2024-08-22 17:43:07.690464+00	2024-09-09 02:29:06.690464+00
881736	111	5193	_MG_3982.jpg	u/6f/14852c16-5155-4f7e-99ca-030c08fefe2e.jpg	5f599ad8197e93e5394a0f85ebb15552f2ef189e2bc06ee265d486cc26c6184a	12057686	3024	2268	SONY	ILCE-7M3	2024-02-01 15:59:06.041651+00	2024-09-07 11:41:40.041651+00
881737	111	5193	DSC82677.JPG	u/6f/c3486dd6-0ea0-4a16-a8b5-8c919bb9cf86.jpg	7777c038a4190bc05bba0f2c7454b87bbc7d6cac403000eefc5882283c8de005	4086171	4000	4000	SONY	ILCE-7M3	2024-02-21 14:16:58.143467+00	2024-09-08 04:25:59.143467+00
881738	111	5194	IMG_2395.JPG	u/6f/544cb26b-3520-42ea-8a05-ddb2e7d6936c.jpg	c8a5173d5f83edb8a178b05c6b9db57a7cc74a5feb87f975f3a31669b2d75308	5243125	6000	4000	NIKON CORPORATION	NIKON Z 6_2	2024-03-31 21:39:36.798192+00	2024-08-30 11:17:56.798192+00
881739	111	5194	_MG_4359.jpg	u/6f/4e73dc30-27b3-43b2-b0b7-1dba10c0597d.jpg	7a579f683de023128231480bec9fe8f02c911f2865af1cc7ded35a4cf8e488e1	9321137	4000	4000	NIKON CORPORATION	NIKON Z 6_2	2024-01-17 22:11:50.000919+00	2024-08-18 08:19:56.000919+00
881740	111	5194	DSC43241.JPG	u/6f/3892710a-7796-48ec-a616-abb31f3b6c18.jpg	8ee871267e154bd7a7d8c3e96a00897d93eb1cd290beaaaca3b18478defcc17c	12936406	6000	6000	NIKON CORPORATION	NIKON Z 6_2	2024-08-08 22:14:52.251597+00	2024-09-06 07:37:02.251597+00
881741	111	5194	IMG_1476.JPG	u/6f/465ce1de-053a-4d92-829d-1f25ba2eda73.jpg	d778cdbd7b1ce490342a18e829b766f4467844946b8dad4147974831832d36db	8851500	6000	4000	NIKON CORPORATION	NIKON Z 6_2	2024-01-06 21:08:01.827794+00	2024-09-04 19:01:05.827794+00
881742	111	5194	PXL_20240604_156241016.jpg	u/6f/11c30f8a-9788-44ec-8c2f-571584246f91.jpg	afc0c42809a90c1e520b906b451409f3bc442ce51852c9206d75b0866a2a5e59	6115667	4000	3024	NIKON CORPORATION	NIKON Z 6_2	2024-06-04 06:41:36.632498+00	2024-08-17 17:55:41.632498+00
881743	111	5194	IMG_4165.JPG	u/6f/26cec598-413a-4f8f-a3ca-5b9a6835245d.jpg	6da0624b69ec2360793a3d9955c6f8b3122d4d61ffa0e75e5c771eb5e4e36fdb	10062454	6000	6000	NIKON CORPORATION	NIKON Z 6_2	2024-05-03 09:02:00.358279+00	2024-08-17 04:09:51.358279+00
881744	113	5195	PXL_20231030_085475081.jpg	u/71/871fa053-3325-4f6f-a53f-6a28244625fb.jpg	256f7ed27112f3f80e66b4a77787d9180f685fad46dafd2e7120a5fff819e9d9	12386093	4032	3024	FUJIFILM	X-T4	2023-10-30 02:38:04.653997+00	2024-08-11 20:20:09.653997+00
881745	113	5195	DSC84390.JPG	u/71/4e714ad8-6a37-44b5-bbf7-30de0cd4dab2.jpg	bc2bdd965711a5024de9b457406d10e01b8c54e129f0d3dc0e1d390abe6935fa	4099773	4032	2268	FUJIFILM	X-T4	2024-08-22 04:38:48.703957+00	2024-09-03 15:16:47.703957+00
881746	113	5195	IMG_1370.HEIC	u/71/f7051350-60b0-4f6a-beba-eb7b06f1fce2.jpg	c0950c0809400422d48e41162c55b590ede78724c048b21c8f7d6a19adb73ee8	1102951	3024	2268	FUJIFILM	X-T4	2024-05-31 18:30:56.023497+00	2024-08-06 14:55:53.023497+00
881747	113	5195	DSC71041.JPG	u/71/3dffc774-4896-47eb-b2cc-ed5b7bfca373.jpg	6093c109125658c3d04590bde4aec7dab249c86bba7f4ff0d0257593a4269242	2428508	3024	2268	FUJIFILM	X-T4	2024-02-02 18:05:47.657437+00	2024-08-07 04:37:16.657437+00
881748	113	5195	DSC96874.JPG	u/71/356d3085-34e8-42b3-a551-17a8562df3cf.jpg	435edf9b4e53ce7108d3b270109621464490c724d24bf54948bfcbd71921bf0d	3516838	4000	2268	FUJIFILM	X-T4	2024-07-08 22:25:10.784367+00	2024-08-18 19:00:04.784367+00
881749	113	5195	PXL_20231213_218122321.jpg	u/71/7fe76ddb-90a2-4bd4-a41e-955c8e9055bd.jpg	d4650d20e22ab526e63549098558a3dec58d03dc563f99d91f235f48663bf540	8945303	4032	4000	FUJIFILM	X-T4	2023-12-13 22:21:12.339098+00	2024-08-17 18:37:51.339098+00
881750	113	5196	PXL_20241012_227988356.jpg	u/71/5accc0ad-6042-4509-a510-36ab13e7a1be.jpg	4439029867dffdba9e1b94bc956bb45b7de1af20e065d1cc0602fb9e25489abb	9788271	3024	4000	Canon	Canon EOS R6	2024-10-12 15:45:05.687375+00	2024-10-23 17:31:43.687375+00
881751	113	5196	PXL_20240323_118945226.jpg	u/71/c2a93946-1e28-4123-a28e-cf999349ac1b.jpg	a1f0e8526cb0d0748c97d3f9dbcc314bfe2b88d01deef061f31d273536e77d14	9680141	3024	6000	Canon	Canon EOS R6	2024-03-23 17:14:18.497423+00	2024-11-12 08:00:51.497423+00
881752	113	5196	IMG_2950.HEIC	u/71/57dddbf1-8801-4dd1-9e11-9d0740fcd60c.jpg	37254efd18f427f95ed09e94589fcb0a2dd1b6f45d5ebfc0d6b69aeed597f34c	7506682	3024	4000	Canon	Canon EOS R6	2024-11-05 14:16:30.435780+00	2024-11-12 22:36:29.435780+00
881753	113	5196	DSC52248.JPG	u/71/ab5ef3ee-bcde-4cbf-8b96-67ce6ec1a717.jpg	64802c314ed54a80212b75155a2a7629933cd923f45470d1f972fce2f7c61367	3799731	4032	2268	Canon	Canon EOS R6	2024-09-20 00:16:31.894645+00	2024-10-26 03:24:31.894645+00
881754	113	5196	_MG_6876.jpg	u/71/872c15aa-616d-4402-b665-c587857f3fd8.jpg	871aea233a03fd0a3e4a49367b8e69b03c999282064095ed6f4ad195e23ba92e	7678750	3024	2268	Canon	Canon EOS R6	2024-01-07 11:58:16.805596+00	2024-10-31 10:11:50.805596+00
881755	113	5196	DSC25378.JPG	u/71/60fe1389-f028-4ce7-aaf7-1730b5529f3f.jpg	58dacda4981107c09659846c41a575d2de72cddfd2b295385948c1ffcd537f24	6311878	6000	4000	Canon	Canon EOS R6	2024-03-18 14:35:49.551618+00	2024-10-29 08:40:45.551618+00
881756	113	5196	IMG_8651.HEIC	u/71/f2639ee7-6735-4f82-a239-a9c773ad1dcb.jpg	6bb07fe161d1c1c988424cabea1932a892f89923402125a8a77dba9ea9a76111	9673455	6000	2268	Canon	Canon EOS R6	2024-09-17 03:29:19.179071+00	2024-10-13 19:09:08.179071+00
881757	113	5196	PXL_20240907_124246801.jpg	u/71/e7d18b81-8294-43ae-b9bb-389db9b0695a.jpg	dde13655442c69b3ef30a2e11165f18d4007bb1d9546e31bb023233434f2db70	12719551	6000	3024	Canon	Canon EOS R6	2024-09-07 01:11:21.486950+00	2024-11-10 05:19:37.486950+00
881758	113	5196	_MG_9586.jpg	u/71/2d51192b-c112-43e5-a5b2-9ba924edc9f6.jpg	abfe85773dbe3290676fe14769c6cb1a105b5d34d9adf1018d99aa77d3dfbafb	4975542	6000	6000	Canon	Canon EOS R6	2024-09-25 19:44:20.299305+00	2024-10-21 05:49:34.299305+00
881759	113	5196	DSC66756.JPG	u/71/712f33e9-40be-4b6f-b13d-a5a48d5a75ed.jpg	aac819274d1eb5da225d7a00139b70ffcda29d41eac1ac0e5fd30bdc6c83eab1	13199722	3024	2268	Canon	Canon EOS R6	2024-01-27 07:02:43.864623+00	2024-11-11 16:44:20.864623+00
881760	113	5197	IMG_6474.HEIC	u/71/621d6e01-d6a5-4afc-ab60-4b26e085aa70.jpg	287e58174f8336691afa5522e36ac7a7b3d003aeeb2df114232f1facc537826a	12348975	4032	3024	FUJIFILM	X-T4	2023-07-22 01:51:17.931486+00	2024-05-16 22:29:22.931486+00
881761	113	5197	IMG_4520.HEIC	u/71/03d255b7-9144-484a-ad38-941430728b29.jpg	d2d6a20955cdc39ebedb0eed64c80131834baa36ee9f58baae9d7e39ee291edf	1473115	4000	3024	FUJIFILM	X-T4	2023-09-18 13:44:15.079612+00	2024-04-17 17:27:29.079612+00
881762	113	5197	IMG_2998.HEIC	u/71/54ba6375-66a9-4a79-b69f-749e28b13d3b.jpg	5a9bd09f3ba41ffdc8bfa19a5f5d26eef551d71ff92b97d9da90909d7582c094	12019552	6000	6000	FUJIFILM	X-T4	2023-11-08 22:18:15.651649+00	2024-04-15 09:54:05.651649+00
881763	113	5197	IMG_1959.HEIC	u/71/48ad4b73-a6e8-4d66-acde-5d6ca79abd48.jpg	e1e92ff54d04aa67e21d46bb829743e0d9ce7d25617af4f53591176a83772e68	2108253	6000	3024	FUJIFILM	X-T4	2023-10-05 07:11:20.231558+00	2024-05-02 07:58:55.231558+00
881764	113	5197	IMG_6239.HEIC	u/71/80d1f5ac-bee8-4223-8841-eb19c9b1b426.jpg	b98bfa3ae52633fc2e97beb4a68f2ed59b32ad5aef0ec4b5e5cdbaec90f377dc	7907147	3024	6000	FUJIFILM	X-T4	2024-03-26 00:26:34.615386+00	2024-04-26 16:49:29.615386+00
881765	113	5197	IMG_5914.JPG	u/71/3dc6edbc-ffb4-4ff7-8846-335adb42ddc8.jpg	f0478e57e4b08afb7a7407a73bc89979a05f673c88f6159715d0a75b73b2d727	6728381	4000	3024	FUJIFILM	X-T4	2023-08-22 16:39:22.240216+00	2024-04-17 15:33:09.240216+00
881766	113	5197	_MG_6196.jpg	u/71/ab3bae0f-df15-4c9a-b86d-076a84e19a44.jpg	9f6bce1967e5d2f07942ac95bc478737ab8607e17cfb994727eea902d780fa48	6367097	6000	2268	FUJIFILM	X-T4	2024-03-03 03:14:07.207802+00	2024-04-17 19:27:51.207802+00
881767	113	5197	IMG_2807.JPG	u/71/78612096-2fcc-460d-a7ad-8ffccf4769cb.jpg	2da7ee49d0ecee9f3af1d0b1b8ea7f5f894b3091d4a47ff8a224c682d3a675ac	7331604	4032	6000	FUJIFILM	X-T4	2023-10-24 09:57:21.687793+00	2024-04-21 02:52:57.687793+00
881768	113	5197	DSC73682.JPG	u/71/e1687941-1f78-4132-9b3c-98e0b4239b87.jpg	953b69027c631741d3856755ef4689c18de6d499b97e2b2c87f3df16944d8037	1354323	4000	3024	FUJIFILM	X-T4	2023-12-19 15:21:24.542716+00	2024-05-04 01:02:42.542716+00
881769	113	5197	IMG_2777.HEIC	u/71/5b58f8bb-f10c-46f1-9827-96a35423d8ef.jpg	253df0ef201daeab1f79335962599ff54864e401e10ba1bef2b1bac1948423a1	6630719	6000	3024	FUJIFILM	X-T4	2023-10-18 17:54:13.755251+00	2024-05-12 20:27:49.755251+00
881770	113	5198	_MG_0061.jpg	u/71/777e0159-39b7-4310-8042-f7b1ea11ee6c.jpg	c3a2809989ce0bf8aea93cdf40e651c5d9d903d9cc98634280a6c4cfe0c9e708	1357730	6000	6000	Google	Pixel 8	2023-12-11 03:47:31.720887+00	2024-09-28 08:40:53.720887+00
881771	113	5198	PXL_20240612_223943634.jpg	u/71/2b4c4071-c995-4b8e-a1b0-8451bd1bb049.jpg	6aa7908660990efcbf287ec2d37fd65c6e064da05e26346f92d54e6dd749477b	8328756	4032	6000	Google	Pixel 8	2024-06-12 03:16:09.761075+00	2024-09-19 19:05:01.761075+00
881772	113	5198	IMG_8827.HEIC	u/71/ffac26f4-7125-4498-aeab-5c4cd31d6517.jpg	a9e3540c8ab4220e1f978fedc41abdb2ba1a049007753f54e7d937d1ecdf84bf	4675521	4032	6000	Google	Pixel 8	2023-12-24 14:23:50.349635+00	2024-10-03 18:24:06.349635+00
881773	114	5199	IMG_7202.HEIC	u/72/65a59534-5cfb-4b72-bc5d-3ccf3fd438d3.jpg	3c775c5869bcc7b2b4b1e8b15ef4d84c7435a9e2c7fc9d35dab2b0adaa0dba8d	11205300	4032	2268	Apple	iPhone 13	2024-10-25 17:30:05.268720+00	2024-11-11 04:10:44.268720+00
881774	114	5199	_MG_0480.jpg	u/72/56ab2184-fe93-4579-9818-26c535218b4e.jpg	5d1f94714c77505928a48db0a85c50cb1fd68509874ddb37393358c08b8aeef9	8805813	4000	6000	Apple	iPhone 13	2024-08-11 19:20:55.894216+00	2024-11-04 08:33:39.894216+00
881775	114	5199	IMG_0818.HEIC	u/72/0c1b6a6b-5d9d-40a4-997a-3225de1d123d.jpg	52d7501af9d51f2bb2819bccfe49e271ecb9a4f85cce2c064878ad077bca3e11	9855245	6000	4000	Apple	iPhone 13	2024-08-25 05:04:47.463269+00	2024-11-03 14:30:16.463269+00
881776	114	5199	IMG_3329.HEIC	u/72/4dfee7f4-15a2-4ed2-9aec-e9f014cbd5e2.jpg	52a4e59ebee61914bcb93f5cca733c82b3b2d9c8c1b4f4f9703864a7646d7f24	1691839	4032	4000	Apple	iPhone 13	2024-11-01 01:12:57.566878+00	2024-11-02 03:33:25.566878+00
881777	114	5199	PXL_20241023_073569101.jpg	u/72/3e3991a4-dc1b-42c1-b193-86347f3b1bc8.jpg	87b25a641d1cc61e096a9ee31ad19ba1682998e1f7cb77ad9cfb4a68bf794d1f	7357566	4000	3024	Apple	iPhone 13	2024-10-23 20:26:27.197180+00	2024-11-07 11:01:02.197180+00
881778	114	5199	_MG_2477.jpg	u/72/e77285fa-be10-4ee4-8d1f-c8e7513ec1ce.jpg	860d2500b9b970ddaf1496e0ab39b78c5cb9be79a6a0a95d0cc2a68d445e44d4	4439835	6000	3024	Apple	iPhone 13	2024-05-10 04:08:57.004849+00	2024-11-09 21:47:25.004849+00
881779	114	5199	DSC74038.JPG	u/72/dccb1fa8-4589-49d2-ad02-32b6660946c4.jpg	6c199d02d89407c320942f8c05c9a77606df13afb7469b5cbc9fe815741b1cbc	6403415	4000	2268	Apple	iPhone 13	2024-05-03 14:50:45.830309+00	2024-11-09 05:23:22.830309+00
881780	114	5199	PXL_20240405_068314428.jpg	u/72/c52b9ce6-0eac-48d1-898d-aa0ae418bbbf.jpg	e7b64646c598c22c48666c9a2afd6f0c67010fb689aa7fa6a19cb1ac789a7ef6	5206268	6000	2268	Apple	iPhone 13	2024-04-05 07:35:36.750879+00	2024-11-09 12:08:24.750879+00
881781	114	5199	IMG_9637.JPG	u/72/72ebb78f-7655-4acb-9bd7-ab58d8e17736.jpg	89abe7dc54c3e600501d549d9cbe1ec0dc101e7458105c33a565ec68c890f269	10360168	6000	4000	Apple	iPhone 13	2024-03-25 10:01:49.056238+00	2024-11-03 11:18:44.056238+00
881782	114	5199	DSC11775.JPG	u/72/1917023f-8ae8-4231-86af-c11daabead29.jpg	fcd7836a2ba885402c500e587f86ec165de7f03521fee15fd1ce0deb191737b4	7273544	3024	3024	Apple	iPhone 13	2024-03-25 11:10:58.647820+00	2024-11-04 02:05:26.647820+00
881783	114	5199	DSC79422.JPG	u/72/21be3f13-0e42-43b8-839d-608f369049e2.jpg	e56ce38f8acd580315e4e6795ab73fe30e2e677b614b4cd92f8fca651e3a6688	10409625	4000	4000	Apple	iPhone 13	2024-06-16 13:33:26.842766+00	2024-11-09 17:07:47.842766+00
881784	114	5199	DSC64279.JPG	u/72/fee1e6bf-ec42-4650-94ee-035bef0fcccb.jpg	f18464c7fd5759600060f9690f5e47158e9199b9b9d99cc2d75e23ab11ea6e4b	8101841	3024	6000	Apple	iPhone 13	2024-05-20 14:31:00.442093+00	2024-11-09 21:20:32.442093+00
881785	114	5199	PXL_20240429_139345885.jpg	u/72/e12991df-eda9-4323-baa7-87960c4e92bf.jpg	046c6e141e139e54d6169d5a7b5df6f44118f960ce33aeaf09189e682dcbc5a4	4295540	4032	6000	Apple	iPhone 13	2024-04-29 11:55:18.300291+00	2024-11-02 03:32:29.300291+00
881786	114	5199	PXL_20240316_195954244.jpg	u/72/5d0891b5-deba-41b4-a4aa-07956f91aead.jpg	b158a8714cac8d99bab6b09f49f1e2378fc510897e7afd95f3e3f02871dd0798	6821011	3024	6000	Apple	iPhone 13	2024-03-16 13:33:22.643287+00	2024-11-04 04:14:04.643287+00
881787	114	5199	IMG_3303.JPG	u/72/363fa3ff-1ac8-4538-92ac-80990a81c020.jpg	27e8ab224d811deb593fc240d2eb4eb7b06cad3422610dff26bbb22b78898445	3032697	4000	3024	Apple	iPhone 13	2024-05-11 01:26:34.441118+00	2024-11-09 01:13:15.441118+00
881788	114	5199	IMG_4480.JPG	u/72/eb1cb6e8-5eaa-4aca-b51c-242441200ea4.jpg	d9a33bfc08db3ac91b6790b03e9253fe3ddfbea7c1c647a571b63fc637e1b103	4908003	3024	4000	Apple	iPhone 13	2024-05-07 21:16:52.407097+00	2024-11-07 11:55:21.407097+00
881789	114	5200	IMG_4107.JPG	u/72/bded4358-8357-4908-afe5-14d75e1315d7.jpg	2efec7dcd64efc4baf27503cd1b4ab5cbe8befed698aac96c02777dbd04592d6	2735293	4032	6000	Apple	iPhone 13	2023-12-25 08:27:19.090712+00	2024-05-10 13:40:44.090712+00
881790	114	5200	PXL_20230809_012954000.jpg	u/72/0c51c776-5405-4467-8d6c-5c43f0c91383.jpg	e24f3ca82f01b351293d16e4c8257b9f50dce37331b9e878d16d80cb9cef9f4b	7963191	4032	4000	Apple	iPhone 13	2023-08-09 16:47:20.981213+00	2024-05-03 21:02:10.981213+00
881791	114	5200	_MG_3723.jpg	u/72/0fea8838-98cf-48ce-a173-1b782406ebc2.jpg	9e4eac24d1320bf910df4082a62c1ee4acbb819c1423b5d0989bdea43d26bd53	11219294	6000	2268	Apple	iPhone 13	2023-11-07 23:37:46.899825+00	2024-04-15 07:42:38.899825+00
881792	114	5200	IMG_3032.HEIC	u/72/a6ed54d1-d5c5-4731-b216-fe0091157a29.jpg	322099399c82e67e07e66081a305e938172314dfd4fcbcf0c8895a9f37983088	12432665	4000	3024	Apple	iPhone 13	2023-10-14 00:20:25.519169+00	2024-04-01 21:52:54.519169+00
881793	114	5200	DSC54708.JPG	u/72/85ddfad0-40c0-432b-99b1-dfd464249995.jpg	f30f1cb21b27c14bd3063e095b08fff64b2586bd0ae46adc435b386ea48cbbba	6222951	6000	6000	Apple	iPhone 13	2024-01-05 21:35:38.420550+00	2024-05-04 18:42:59.420550+00
881794	114	5200	DSC07961.JPG	u/72/fa189892-aa19-4c13-9fa9-5609a362b83a.jpg	3a7bf9a33f637e4624681798f3e87f8ce30d98e2d7cd5ed47f318de285859891	11465835	4032	4000	Apple	iPhone 13	2024-02-29 21:02:14.001879+00	2024-04-20 05:15:01.001879+00
881795	115	5201	_MG_9314.jpg	u/73/bfa8b96a-0889-40db-a77b-420e2eb6cc92.jpg	fe41e3afa0d82a724b2b24d641d8a06fd9f722987576bdcb5da068ec2d0a36ee	3984573	4032	3024	\N	\N	\N	2021-05-20 23:16:39.385215+00
881796	115	5201	IMG_2050.HEIC	u/73/f1041b1e-0e05-4fa6-b094-b1f16726673c.jpg	db028d59fe65fa4be55858749ca12d6f6120fe9cd43a579312484aa202f7a2e3	1095709	6000	3024	\N	\N	\N	2021-05-27 23:35:19.504484+00
881797	115	5201	IMG_2627.HEIC	u/73/372b8b19-2d14-403b-85e6-af6e70ecdb6f.jpg	43c7ac8eede0d83539ae833b8024ef66303d8df3a52c329c99517434c541cfb0	13330478	6000	2268	\N	\N	\N	2021-05-19 03:28:20.506396+00
881798	115	5201	DSC22890.JPG	u/73/2508726e-2c1c-472e-9a2c-04d60ebd12d7.jpg	9777c7078a7192690548e494fd0f9a763837251b547d1835f2685f9a2df38b8a	4733088	6000	2268	\N	\N	\N	2021-05-21 17:23:58.487779+00
881799	115	5201	IMG_7096.JPG	u/73/c98fc0a0-835d-47ce-8875-a623c502b946.jpg	29bada71eebd87cf62108c435b8b5da407212f998cb8f03af0f5a1825e4fad0e	13101406	6000	4000	\N	\N	\N	2021-05-22 21:13:39.936443+00
881800	115	5201	IMG_4751.HEIC	u/73/5d0acc59-e048-46ed-8104-6ff7030999a1.jpg	fabb2c7b06d328253b8108c152daa7f1f3f2e4d431b9cea71e6483c08224b9d8	11162545	4032	6000	\N	\N	\N	2021-05-21 03:00:43.973595+00
881801	115	5201	_MG_7018.jpg	u/73/3f1d9007-283d-4c45-bf65-635a0d9db953.jpg	34c8ba7a4ce2159fb84a7c6adff4202f08df1e497fdb11da5bc7be72509b664a	10509482	6000	2268	\N	\N	\N	2021-05-28 08:24:52.887650+00
881802	116	5202	IMG_1307.HEIC	u/74/f78e6908-473f-4dd1-a2ef-65df4adf5102.jpg	750096e28bb1bc6930e53cc68fb610b5adda28ca563ec4f9aa1750198d9456d4	6241527	6000	3024	FUJIFILM	X-T4	2021-12-03 11:07:17.429098+00	2022-05-02 05:37:54.429098+00
881803	116	5202	PXL_20211031_163860443.jpg	u/74/7a1ec594-2f43-42cd-8840-6e653ed9df7c.jpg	59ce25ed946b2e51253d706a5f2abc6176fc865b8e66659bff13e1c8ee7050fe	10933542	4000	4000	FUJIFILM	X-T4	2021-10-31 20:57:14.906858+00	2022-05-09 14:35:56.906858+00
881804	116	5202	IMG_8152.HEIC	u/74/a53cf4e7-adab-4bb6-acee-60e24db6862a.jpg	5d2560596819bb42811abb520b1ce6014b33d7e89f036eedd6cca0cf07b4a544	7295968	4000	4000	FUJIFILM	X-T4	2021-08-18 15:44:10.913475+00	2022-05-13 19:50:09.913475+00
881805	116	5202	PXL_20220315_011037507.jpg	u/74/30b34a7a-c61a-4f62-bfb6-34b77b2342a6.jpg	757ec1fc74dd94a12f5e71056daf05fc4a8a915dade6b0d0ffd94400d97f7039	7652763	3024	3024	FUJIFILM	X-T4	2022-03-15 03:30:43.402953+00	2022-05-06 10:19:42.402953+00
881806	116	5202	IMG_0035.HEIC	u/74/5e69c6c4-b56f-4ce1-9de9-6072d4b25511.jpg	3e699a753078d67c9278462c01607327551ca056bc65c81b756e08c71671dcae	2826351	6000	3024	FUJIFILM	X-T4	2021-11-02 06:12:33.081575+00	2022-05-04 15:06:51.081575+00
881807	116	5203	_MG_9834.jpg	u/74/13c8eef9-35c4-4fc3-8cdc-ae8fc48cd519.jpg	00d73da78650219a3e0cd25b90d9797aae0797caef20c49fab416250ff75167f	4744363	4000	2268	Apple	iPhone 13	2022-04-18 10:35:21.532425+00	2022-07-09 13:54:11.532425+00
881808	116	5203	_MG_3181.jpg	u/74/29225a7b-39a7-4a79-a72a-959cf8eb6098.jpg	e56d26b9428541180a7fd0dbc40e98636417e13d485a345f795c440ad8ef25e4	7170562	6000	2268	Apple	iPhone 13	2021-10-26 17:49:30.563585+00	2022-07-14 16:03:15.563585+00
881809	116	5203	IMG_7635.HEIC	u/74/373772e0-dbe0-4c76-bf62-f3eebe1d2fc1.jpg	2c29c433f857bb55835e3bd020e82f9e6a47dc6227f2f2aba9bebce76de8124e	10257411	4000	4000	Apple	iPhone 13	2022-05-29 14:39:50.390676+00	2022-06-28 12:30:57.390676+00
881810	116	5204	DSC48498.JPG	u/74/98a59900-6558-4953-99d5-fde440cb08c9.jpg	33759ddc2fc022da41dad0ab395843af990d53d024121fe83dcd41939609f402	8055235	3024	4000	\N	\N	\N	2022-02-01 19:43:54.487117+00
881811	116	5204	DSC48295.JPG	u/74/4b10bfb8-3eac-483d-9d44-084c8838f578.jpg	0ddbb940160661415ddbd2279cf0e8e065b8459ba707b075919adce64ad97ef1	9974269	3024	6000	\N	\N	\N	2022-02-16 04:49:20.860473+00
881812	116	5204	IMG_2176.HEIC	u/74/4331be7c-2d58-41a0-9c87-a0ebf1bbd3ea.jpg	9bf8a2e4bb8a4f42678e71738dd81994acdfc4dc176486cfb8ca919c0092a972	3576168	3024	4000	\N	\N	\N	2022-03-09 08:36:33.909164+00
881813	116	5204	PXL_20210803_180079368.jpg	u/74/160b4c8f-7f74-4099-ba6e-99b48d714899.jpg	2a444d17af74dc659df51ebe249730dd842d50c5e1964fe75b111d2da9a644f9	7970068	6000	6000	\N	\N	\N	2022-01-29 08:26:31.366795+00
881814	116	5204	_MG_9393.jpg	u/74/ab5693f2-9aed-40ae-a934-ef74930d4d1e.jpg	b4e6741cf174773c83f88edbebf060bdf51c049c08bb4cd1a6383991355bce7a	10663909	4032	2268	\N	\N	\N	2022-02-17 12:38:13.756590+00
881815	116	5204	PXL_20210721_065728556.jpg	u/74/0234d47b-49f9-4896-ad66-ea196c260a24.jpg	7b33763493873aaa9b4d0ae09e20806ff6de6b59ee3d8a1f6e9e282df3056fe2	11455585	6000	2268	\N	\N	\N	2022-01-30 13:13:05.881642+00
881816	116	5204	DSC95817.JPG	u/74/f51c2c6a-11c7-4f1d-bda7-574ab3bfe14f.jpg	b11bd9ce0447a74eab128e963f73461f78373918c048bc323844cc1e63b26ea7	12498121	4000	4000	\N	\N	\N	2022-02-11 23:08:17.439651+00
881817	116	5204	_MG_7004.jpg	u/74/31b8201e-8564-44ef-8ee0-09bfdff0e190.jpg	e7c0f7b1be971ae374d84058e7bf35164d2dfd1a63aab33c7d876b30cb3563a5	4210791	3024	2268	\N	\N	\N	2022-03-04 00:53:05.694377+00
881818	116	5204	IMG_1683.JPG	u/74/2dc61651-9190-4b01-947b-c82e1a6934be.jpg	56a9e7a7aa236d05bd553bb51a7aefdb5de8de61927d17b45f08db8b20b04776	9254995	4000	2268	\N	\N	\N	2022-03-08 03:55:08.499546+00
881819	116	5204	IMG_4101.HEIC	u/74/f442790b-90be-40df-a1a5-1f0cc2cb4c1b.jpg	6b56760a76aa0a23071afe957c8f1a939391b244bb72563e0d93fc0783102163	2397006	4032	2268	\N	\N	\N	2022-02-01 03:41:26.447671+00
881820	116	5204	IMG_2974.HEIC	u/74/bf3a8735-f8fd-4e15-8d68-c45b23b2b75f.jpg	910c3dc06ff53bbdacab7c523cb883a9c589de48c245b3bb01e00cea8885e6dd	7412197	4032	3024	\N	\N	\N	2022-01-30 12:19:42.191275+00
881821	116	5204	PXL_20210703_003744606.jpg	u/74/7dd2ec4c-b21e-40dc-9a15-13a80a9661fd.jpg	1524996eace340e4a971d6d7c4dc938faeff54da407fd30b22fb060b72aae949	4914598	3024	2268	\N	\N	\N	2022-03-03 04:52:57.308916+00
881822	116	5204	_MG_9684.jpg	u/74/c751835b-b646-4146-9461-dc23860f5704.jpg	c48fb0cc53ad62bfec331e0afeb3ad208e9b589938ea7d8c9978abd615720121	833308	6000	2268	\N	\N	\N	2022-02-06 23:51:49.937811+00
881823	116	5204	_MG_1283.jpg	u/74/86b3bb14-2ef6-4b5d-b33e-f18b3220cd1c.jpg	1727e488e1cf05d7fd69522409f8bd8ab5d71c2a98e4bdaa8e268f447d1cfba9	8327157	4000	2268	\N	\N	\N	2022-03-08 11:41:37.207072+00
881824	116	5205	IMG_2861.HEIC	u/74/0f35e104-33b8-4377-9156-befae51edf8c.jpg	e73815794015c8859ff8f348da10f51cd6f75151d7d96479aa948534ffcba82b	4026100	4000	2268	\N	\N	\N	2024-03-01 19:29:16.399215+00
881825	116	5205	DSC51706.JPG	u/74/a42eba91-23e7-4269-af82-49652a793c60.jpg	26671b3254b952a1b2b4c9eeae6f9dfc0faeae6709ee39905f6477e7cca0b34e	3433288	4000	6000	\N	\N	\N	2024-03-25 03:04:57.066295+00
881826	116	5205	PXL_20231023_087527051.jpg	u/74/c8f73602-39e2-4d68-84c4-b06ff619bc0e.jpg	77f916ba3d8f72e6bc89f02f99a2fde834a3856a3e62843138473d2d5db41756	13853128	4000	4000	\N	\N	\N	2024-03-05 18:50:50.366281+00
881827	116	5205	PXL_20240106_219302245.jpg	u/74/6c6a7a31-80b9-4461-87f2-8632d6caa6a5.jpg	3aa579b2b35b1ea2c76b497322dc3105754e1e79cd545e6ff54fff80385ad773	9372702	4000	4000	\N	\N	\N	2024-03-12 18:17:09.074697+00
881828	116	5205	DSC11454.JPG	u/74/b04f06a1-6666-4cbb-8458-91a3af9453a1.jpg	48d22edbfdca8630875367236a9c4136a79d1b9d239c1f5bdda82296531ce68d	5058149	4032	2268	\N	\N	\N	2024-03-11 10:05:24.249316+00
881829	116	5205	_MG_7908.jpg	u/74/f493a5d4-d03c-4302-87e6-6a5019984eff.jpg	fa0ab639234102e781cd662d410635d0dba0f24ebae5d88a79ef65ec268ae482	13799651	4000	3024	\N	\N	\N	2024-03-11 09:08:01.448254+00
881830	116	5205	PXL_20231229_132885984.jpg	u/74/a47355b7-20d7-4caa-a59d-e73f9435575e.jpg	946e365eae8f6df2cee651d788ec9c2649e5960b0b4e8f50f2c2c4ced3ec2348	3973873	3024	6000	\N	\N	\N	2024-03-04 08:29:29.353390+00
881831	116	5205	IMG_0232.HEIC	u/74/931779ff-19af-44ec-b538-74e0869fe28c.jpg	470f25b16be757362afafbccda26be75791b435b2f7ad8ba346ed09190e66a7d	3241971	4032	3024	\N	\N	\N	2024-03-30 10:02:59.348996+00
881832	116	5205	PXL_20230816_015452708.jpg	u/74/2d6e9803-c36a-42cc-8a10-12b42ab56e5e.jpg	18f5d57f224eb4065264a81546496b0c0d58b1b180fed7da32f1571cf097b282	11337642	3024	6000	\N	\N	\N	2024-03-02 07:40:55.994881+00
881833	116	5205	IMG_9001.HEIC	u/74/03ebf213-9d82-42b0-b598-13c8e4c4d811.jpg	f238da5870d917082640efedf41c0ecc98165457e8ba0f9a5a80362d18e47791	11069394	4032	6000	\N	\N	\N	2024-03-17 15:24:16.103289+00
881834	116	5205	IMG_1780.JPG	u/74/5082ff32-1eed-414b-835d-4183834b3269.jpg	ba22b40c1941ca32e6b61f919276af11d1c734a024f741c8ff62b438b2d2ec1c	4269764	4032	3024	\N	\N	\N	2024-03-30 18:38:14.824671+00
881835	116	5205	IMG_5477.JPG	u/74/79faa666-472d-46ee-9763-ded4f951a44c.jpg	ce4459a66a60be977713154c17ff317b9cfa0e6c2379c7e7a2b93337b6ea33a0	2678791	4032	6000	\N	\N	\N	2024-03-05 19:34:31.031057+00
881836	116	5205	PXL_20231118_085655891.jpg	u/74/b8ffd14f-8d93-4c1f-a546-e536fab531c3.jpg	8f3127fa6353fd12ac8ea8c6cf628f868fa54320d7b56d0be0522962223f753d	851024	4000	3024	\N	\N	\N	2024-03-01 15:58:48.302294+00
881837	116	5205	PXL_20230828_063256337.jpg	u/74/43cf1f71-f821-405c-a5f6-5524c799a8eb.jpg	eaad02538cecba1051fd5e08878eadd276d07d9afa2b5b96d3a0d7f0439dda34	4005901	3024	6000	\N	\N	\N	2024-03-31 22:13:13.535650+00
881838	116	5205	DSC79096.JPG	u/74/17cc2e85-d83c-4eff-b6c6-25035bf5b810.jpg	122a271a9bb315a626d7e5785a83019d90444b7012d0e4c81733b51789caf392	12898464	4000	4000	\N	\N	\N	2024-04-03 04:45:51.308452+00
881839	117	5206	PXL_20240919_171366711.jpg	u/75/47f3a3c2-628f-4ccb-8af9-5dde2de42caa.jpg	d32d9db862b3bc48b1350331ea00fae11395579fc4197390e4b265504a8f3671	6709392	4032	6000	Canon	Canon EOS R6	2024-09-19 01:28:31.269176+00	2024-10-02 20:43:04.269176+00
881840	117	5206	PXL_20240509_000725096.jpg	u/75/64774422-b6ec-4f71-aaf4-de20e82b6a28.jpg	23fee58931135c15f5268b80a2d3f7cdb996cc04f216c3e70635b277d6f65c53	12665197	4032	2268	Canon	Canon EOS R6	2024-05-09 19:08:05.821017+00	2024-10-21 11:14:26.821017+00
881841	117	5206	PXL_20240806_074823496.jpg	u/75/3f5c5a65-dfb7-47a6-a33e-33e58420c1a0.jpg	8abefa17938820a1264083046a8f9cb904ab3446ca0605269c0995852dc1d2c2	8399620	4000	4000	Canon	Canon EOS R6	2024-08-06 13:31:07.253768+00	2024-10-19 03:11:16.253768+00
881842	117	5206	IMG_8252.JPG	u/75/46b31261-c509-4cf7-a762-5bf3e190ae1a.jpg	a823ef54bad3830313064a5320ff404adb8b9037e4a3adec2dd00ba7e72a32c6	3485934	6000	6000	Canon	Canon EOS R6	2024-09-29 15:34:13.545547+00	2024-10-14 02:06:22.545547+00
881843	117	5206	IMG_2929.HEIC	u/75/42fcb3a5-7911-4cf9-a3cd-25b587889479.jpg	e5709075e1d4dec697cb8d502ad93d7bbd87f9f54e3c229e85faad1b426acd24	11112523	3024	2268	Canon	Canon EOS R6	2024-03-23 20:33:46.000572+00	2024-10-02 10:14:16.000572+00
881844	117	5206	IMG_6241.JPG	u/75/2eb42cbe-81db-41c7-8aca-9ead3f133173.jpg	99bdbf878fc71c8f4da3642e3e2e20043e931c0557949789990f3ac415b6e23c	7528354	4032	3024	Canon	Canon EOS R6	2024-03-22 15:37:48.040827+00	2024-09-20 10:17:04.040827+00
881845	117	5206	IMG_0468.JPG	u/75/d5793f78-582a-446d-bc24-e955d789fb47.jpg	e86462b597a5d0e93c7022d73fbef639a9bc130ff16435638a24c8cca1a6cf8c	6957032	4000	3024	Canon	Canon EOS R6	2024-09-11 08:08:44.304700+00	2024-09-24 14:42:16.304700+00
881846	117	5206	DSC06438.JPG	u/75/704c764f-fae4-4a9b-807c-27399f576134.jpg	bc21c02c73a0e0751329c3de36e4b2dc100962d45ae4dc2648026d651e54883c	10999074	4032	4000	Canon	Canon EOS R6	2023-12-06 02:36:02.106016+00	2024-09-18 18:02:19.106016+00
881847	117	5206	IMG_6022.HEIC	u/75/36b3cc4d-efd1-4a16-9939-cd45e31e35b3.jpg	3505e5fbc509d1a0c595ab1579b1af45dcd587582ede8babcdcc074a16dde919	6092237	3024	6000	Canon	Canon EOS R6	2024-06-26 19:10:57.323309+00	2024-10-13 02:45:08.323309+00
881848	117	5206	PXL_20240621_025825068.jpg	u/75/aa3aaa7d-c944-4115-a318-f0f06795328b.jpg	59442ae54132eb42e32f0d035cfa13c65fc56676c7b193d8617b8372f35781c0	12421328	4032	2268	Canon	Canon EOS R6	2024-06-21 17:16:01.005469+00	2024-09-30 08:19:57.005469+00
881849	117	5206	PXL_20240617_158052027.jpg	u/75/a0693c98-d9d4-4d3d-95f8-7e8b5ccfa28a.jpg	d33fb4633d8e011cb4d68f844b33589e2b867ee213bbee537c1f93d607885dbe	5219331	4032	4000	Canon	Canon EOS R6	2024-06-17 03:03:23.542889+00	2024-09-15 23:32:16.542889+00
881850	117	5206	IMG_9250.JPG	u/75/a7cb36c6-dc4f-4038-af68-d6cc9e459d7f.jpg	3d1b0f7d937682c162256e0dccbfac922c6c1a3608cbeb120c11e5577227f175	11896027	4032	3024	Canon	Canon EOS R6	2024-03-12 06:55:41.404280+00	2024-10-01 12:52:07.404280+00
881851	117	5206	IMG_4682.HEIC	u/75/7da395be-9151-4322-bed2-fea949b8176a.jpg	f5c27a6c99db87a20a7ad176b83d9b703a2cb03fb74b359f2049764ca8d28e50	5272606	4000	6000	Canon	Canon EOS R6	2024-01-14 09:30:11.560513+00	2024-10-20 23:03:26.560513+00
881852	118	5207	IMG_5471.HEIC	u/76/f6d506d1-171d-45e7-b324-c3431b0d9654.jpg	3afa17dd3ef490ef98e58ccaf5fc04c57206f0a574a8e992e4c7183b3f801d09	13183925	6000	2268	Apple	iPhone 15 Pro	2024-06-04 21:53:18.540576+00	2024-06-24 08:13:58.540576+00
881853	118	5207	IMG_5369.HEIC	u/76/289df122-3478-4660-9d88-5446fad5c0cc.jpg	7615b0907bf1e0b184d657b91b8ed312df52d4fe7ea78f09bc0b2d3b562d1ed8	6977277	4032	3024	Apple	iPhone 15 Pro	2024-02-17 19:59:48.392902+00	2024-06-29 09:53:07.392902+00
881854	118	5207	IMG_0648.HEIC	u/76/cfc6bdef-cee2-4341-a41d-01ccff7e1627.jpg	83a12b0444b8aef5e00a7aa008889a1d0e5262c10108eef355eacf82fb936135	6025654	3024	6000	Apple	iPhone 15 Pro	2024-04-09 01:49:42.639903+00	2024-06-18 13:13:29.639903+00
881855	118	5208	DSC98026.JPG	u/76/663ec89f-b721-465c-8b72-af1a49f938d0.jpg	63f31f363fadc51fc8f3e1f85022777b403fe85053f4a9ca83b559aeb3d5e8bb	12789440	4032	3024	Google	Pixel 8	2024-04-07 00:47:32.543263+00	2024-11-14 15:32:27.543263+00
881856	118	5208	IMG_3450.HEIC	u/76/22e3e2b0-9ab8-4c19-b676-22e85e1e0931.jpg	e8770f78860a6d8e4bbe42141bc4a79efdc960af2111c3a7a85f8a82a3272765	7293243	6000	6000	Google	Pixel 8	2024-08-06 21:56:42.893718+00	2024-11-14 19:36:08.893718+00
881857	118	5208	IMG_8578.HEIC	u/76/89ed4e0c-7974-43d0-af08-ffb9de57994c.jpg	2af39ee6e2511a105a60c136a97beb14eeca4fc69f2902730f09dbe26f230954	12670086	6000	4000	Google	Pixel 8	2024-05-16 14:45:35.507361+00	2024-11-14 06:17:07.507361+00
881858	118	5208	IMG_1715.HEIC	u/76/4c67469e-bef7-4219-b838-daa9f60e30c9.jpg	6ea2318ee3188e637b5e6100bd05130958d61d8761b9894b4dc9272b8368cd47	5507929	4000	6000	Google	Pixel 8	2024-11-03 10:00:17.229372+00	2024-11-14 16:45:45.229372+00
881859	118	5208	DSC28163.JPG	u/76/ba3492e4-2df3-40a4-9a55-97ee01647800.jpg	74b935c906ccc8a50f2fd4f7012baea581fa662fa64b954341e631e88c083e7f	13657063	4032	6000	Google	Pixel 8	2024-05-27 03:18:10.718584+00	2024-11-14 07:42:42.718584+00
881860	118	5208	_MG_3917.jpg	u/76/08c4a71c-6783-4138-ab38-01e6fe78545d.jpg	a52454a9864368ea344e3d43bd4fa4e9aeda169b064459c809d8c4d86e8d2aac	4048641	4032	3024	Google	Pixel 8	2024-08-08 03:33:51.191016+00	2024-11-15 07:28:12.191016+00
881861	118	5209	PXL_20231224_071476117.jpg	u/76/4a46360f-c43c-4153-873e-720dae478b6e.jpg	d65b542d04926f487c79a1874d7d74d88a1b8c230b07beb3094619fb0a6ae689	13439147	4032	3024	NIKON CORPORATION	NIKON Z 6_2	2023-12-24 04:46:36.219353+00	2024-03-30 14:28:20.219353+00
881862	118	5209	IMG_2096.HEIC	u/76/e8a9a357-fa89-445c-8a4f-b9c3fe84b3bb.jpg	ca0df04e29ca3304e0b78eb9f27d69e5be7f676b14177390606698aa2ee919b4	7861115	4000	3024	NIKON CORPORATION	NIKON Z 6_2	2023-11-15 00:21:54.889269+00	2024-02-29 14:13:48.889269+00
881863	118	5209	IMG_2457.JPG	u/76/e6c4d846-9eb0-4089-813d-f68c0d3aca73.jpg	7c7032dac2821e29f5ef31c745a322c41d93fa283c2d685ff401b540ebab707a	4559981	4000	2268	NIKON CORPORATION	NIKON Z 6_2	2023-07-01 04:45:40.907904+00	2024-03-10 20:25:17.907904+00
881864	118	5209	PXL_20230920_101281355.jpg	u/76/c67f76bf-ef1d-4e7f-8b10-956bdd141577.jpg	f10c7cbc8a184cbaed2a06f6ccced68a2b5d22bcc1c7dbaa91bfca8e7cc107c2	12329343	3024	2268	NIKON CORPORATION	NIKON Z 6_2	2023-09-20 10:48:51.508044+00	2024-03-28 01:32:52.508044+00
881865	118	5209	IMG_9149.JPG	u/76/5ae3a73a-cb06-43aa-ab81-983565fe0ac6.jpg	d25fefa446a1a4cfb470d9417b38a96439209f4de44980912ba10095737ad3c5	6959399	6000	2268	NIKON CORPORATION	NIKON Z 6_2	2024-02-13 09:56:25.855551+00	2024-03-05 13:48:17.855551+00
881866	118	5209	DSC91161.JPG	u/76/ee216a9c-377a-49e7-a8ec-78138d06a503.jpg	29c2d3048ecdecb39dc69f647f5c575cfc6da83342cbe1ab4f05a20a092e7781	2591611	4000	3024	NIKON CORPORATION	NIKON Z 6_2	2023-11-30 11:26:06.079977+00	2024-03-15 00:41:54.079977+00
881867	118	5209	IMG_0152.JPG	u/76/dc0a1473-40bd-401c-8a35-0c56d12a5338.jpg	4700df2437285388ee5f436efdfe4529952602c2f9877d9d22f697d14bcc2558	7494989	6000	6000	NIKON CORPORATION	NIKON Z 6_2	2023-12-31 12:54:46.276873+00	2024-03-01 05:38:17.276873+00
881868	118	5209	IMG_9129.HEIC	u/76/209629a4-817b-44b5-8f5d-f039c2d03112.jpg	8bf5053d12608e3de4b9716ddab81462739dba54af9a70e29314365e0c79b531	6989462	3024	6000	NIKON CORPORATION	NIKON Z 6_2	2023-11-18 04:50:22.019172+00	2024-03-30 19:56:29.019172+00
881869	118	5210	DSC76221.JPG	u/76/c2caade7-c07d-402f-85e0-a7d40bd45d25.jpg	c6ce6fa081a85997065340c1ee685792cf16869cba29671baf219e7a4dbe122d	4630803	3024	3024	Apple	iPhone 13	2024-05-30 03:56:10.139400+00	2024-11-07 17:48:00.139400+00
881870	118	5210	_MG_6047.jpg	u/76/98122d7b-0003-4ac1-86af-cbe508e2765f.jpg	29abebf2754497fa55b7b17f88071b174925cf8bae518a2230f649ebb034327b	7134526	4032	2268	Apple	iPhone 13	2024-04-24 11:52:51.370695+00	2024-11-06 16:37:40.370695+00
881871	118	5210	IMG_0774.JPG	u/76/ab29622e-7b29-48b3-a972-3b45386f7bb3.jpg	520374b3dfa3272a07330ebe70c84e03fc725eb260f23b78ec933cd708e917fb	12757076	6000	3024	Apple	iPhone 13	2024-06-14 17:29:25.646640+00	2024-11-09 06:14:36.646640+00
881872	118	5210	DSC79355.JPG	u/76/3f8cb278-5a95-46b4-86f4-3fb5aca2d062.jpg	ab35c60b086350d2875c1c28d3d10ab34b285b4252374f6c00b8ea007fb841e0	3801535	4032	2268	Apple	iPhone 13	2024-02-14 03:04:08.429525+00	2024-11-07 09:05:49.429525+00
881873	118	5210	IMG_9397.JPG	u/76/6afa9439-6002-4a07-8e82-8b45a1e861aa.jpg	832386bb2352efe2b48bb148476a8c8558807cb1444a1967dba43818d862d683	12767048	4000	2268	Apple	iPhone 13	2024-09-16 10:26:54.697872+00	2024-11-03 13:09:52.697872+00
881874	118	5210	IMG_6949.JPG	u/76/1f97fbec-84a4-4ce8-8026-a985dccdd7dc.jpg	df0e66839cfe58e9046e55d7e316685127981efe61007a38ca456f0c4ef89278	11565157	6000	2268	Apple	iPhone 13	2024-06-19 14:02:57.775915+00	2024-11-08 06:42:07.775915+00
881875	118	5210	IMG_9383.HEIC	u/76/686652aa-66ff-4eaa-abbe-19a161da0fd2.jpg	5c593580a6077769f3e4efdc747bc99ab381bbd6d7b17b697d7a08b82ada1061	1533990	4000	2268	Apple	iPhone 13	2024-09-15 22:55:17.051856+00	2024-11-07 09:03:32.051856+00
881876	118	5210	IMG_4149.JPG	u/76/10f88b7f-ccfe-4085-8b72-202a422cccf5.jpg	412f731a49e38aff8c6a710fcde4c79698c8210fbec99bea66f4bef86924ea06	11170270	3024	4000	Apple	iPhone 13	2024-08-20 21:47:22.582750+00	2024-11-07 23:03:45.582750+00
881877	118	5210	PXL_20240204_134906095.jpg	u/76/df4e41da-855a-47f7-87d2-ac7ace66a34f.jpg	b5d932a7fac782b843607118243caac3fc6af476d38491c0e285c471dbca4090	8269595	6000	3024	Apple	iPhone 13	2024-02-04 15:26:26.486486+00	2024-11-04 15:54:19.486486+00
881878	119	5211	PXL_20231212_156919117.jpg	u/77/374605ad-70bf-4f85-8967-80bd428a6724.jpg	25616280da0295623ea668b59864397a48e574ed484e91880fb447472f75b690	5171853	6000	2268	samsung	SM-S918U	2023-12-12 17:29:53.713893+00	2024-07-24 01:48:46.713893+00
881879	119	5211	_MG_8039.jpg	u/77/b33ecf80-4b3c-4b6b-8fec-89fe354872a1.jpg	96dbd3e18a904651b434a02c24a8c534d43fecc0a0024dfa17dfba9beb864404	9867206	4032	6000	samsung	SM-S918U	2024-06-26 06:52:47.590795+00	2024-07-29 13:06:04.590795+00
881880	119	5211	PXL_20231024_106031425.jpg	u/77/15e0403a-83ad-47e3-ac24-60871a3d76f7.jpg	4f55344df53667c6e3b83a05bf5493532e43bbe38d03cb2615894ec0450239bf	12421449	6000	2268	samsung	SM-S918U	2023-10-24 23:54:20.126443+00	2024-07-08 10:37:28.126443+00
881881	119	5211	IMG_2658.JPG	u/77/8ad11767-7653-47a2-a145-04bb196967d3.jpg	07beb4e842b361405f4a670b4bf8bed31373a85d564c38082bd08eb47abe90ac	11661961	3024	6000	samsung	SM-S918U	2023-11-19 11:25:55.202915+00	2024-07-16 08:50:32.202915+00
881882	119	5211	PXL_20240419_056429156.jpg	u/77/d3df1aa8-2e75-4bb0-8729-f40fb07a3a3b.jpg	c50d51b79c71a0be1e6a5860e6cf67ec7c2bbbc9fae11da8617a9a33309c288b	8298801	4000	6000	samsung	SM-S918U	2024-04-19 06:32:25.072148+00	2024-08-06 04:20:48.072148+00
881883	119	5211	IMG_7957.JPG	u/77/6cce2d4d-8adf-43ac-9406-7ce3a51695ac.jpg	376edbe1d54e2a01c18ffbcd8bc21d9c31d797da63a87b46b14526548f8b8443	4465342	4000	3024	samsung	SM-S918U	2024-01-12 05:17:56.824494+00	2024-07-12 11:54:05.824494+00
881884	119	5211	PXL_20240616_033808801.jpg	u/77/dc1b49fc-eb42-4377-8c60-67f99c81f71e.jpg	b7fe19c8d22b14ae8d5695f162d9b2aef73290ef9439e3c7f42e4b0e514159b5	11084496	6000	2268	samsung	SM-S918U	2024-06-16 19:52:36.761718+00	2024-07-13 22:23:16.761718+00
881885	119	5211	IMG_3751.HEIC	u/77/2cf7e37a-f556-4f7d-b4df-4e5739d40a97.jpg	759df9a123714777ba9f7b696c87024835640bad1aefc95d12e775f63fccc725	4708868	4032	4000	samsung	SM-S918U	2024-03-29 08:38:42.237297+00	2024-07-29 08:09:44.237297+00
881886	119	5212	IMG_1380.JPG	u/77/ebc8caa7-3c58-45eb-9c23-c8b9e132ff0f.jpg	8ec7e4fc337655b47aab8c410ba3943495b5e94881e50adb30a4537bfa2e114c	1774383	4000	4000	\N	\N	\N	2023-06-15 21:11:26.613686+00
881887	119	5212	IMG_5597.HEIC	u/77/2e097877-4b49-4a71-b513-ee43b507d881.jpg	1cdf8e70bb342d5b6bfc4fa372e99171b63086130415e74fce42a852cc22ad1a	5586285	4032	4000	\N	\N	\N	2023-06-09 16:33:30.641195+00
881888	119	5212	IMG_8404.JPG	u/77/5b9ab9b1-eb83-48f2-93d1-ad3fafc70736.jpg	3a4b067c879401774df8fdee3e223ce501784c6b125284f832c3839412526c3d	13714670	3024	3024	\N	\N	\N	2023-06-19 23:36:29.765038+00
881889	119	5212	IMG_9386.JPG	u/77/79ad3179-d3b8-43bf-a9b6-4c3fcac0b9e9.jpg	f6c6b6d343a0f7741ee5f7606821c46b3cc1d4589957a29a8fe5c2ef80c2496c	11863135	3024	3024	\N	\N	\N	2023-06-19 14:14:03.132371+00
881890	119	5212	IMG_0267.HEIC	u/77/d0c56532-0c66-4408-a894-cf9c73a73f39.jpg	82189668c132a4b3974b91368add24bc3e0fd0826c7e06c8b0f410b9c9531820	12291162	4032	4000	\N	\N	\N	2023-06-15 21:50:53.179415+00
881891	119	5212	PXL_20230319_193217095.jpg	u/77/531f770f-985c-44ca-b8b1-5533e0b5122b.jpg	837e3347dcbf1cd0f9372a8e95ca4e6bf08475c0da2dac9dad62fecbe75f86a3	10562757	4032	2268	\N	\N	\N	2023-07-06 19:38:07.202708+00
881892	119	5212	_MG_6665.jpg	u/77/0d760299-aae3-4aea-b015-9d523d85ae32.jpg	c5494559ce5fe6dd939f2d9039ef75e8f52be4a9f6c4edc20ba5f0f09d4044cf	4320870	4000	4000	\N	\N	\N	2023-06-23 21:35:38.651971+00
881893	119	5212	DSC89147.JPG	u/77/b408b260-e709-458b-a0bb-100ed2cb2736.jpg	d388e99c5606da7eab061975d42ca10cba5baa378fad79f985658a5412e95f1b	11222804	4000	3024	\N	\N	\N	2023-06-17 06:26:40.544297+00
881894	119	5212	IMG_2705.JPG	u/77/229f3065-d8c7-4035-83cc-0a9ad54e25c1.jpg	f10b482f51815597eb95aae6e51c7a58395fab140f1fc3fda6dd8336f3835741	3701926	4032	6000	\N	\N	\N	2023-06-27 18:26:49.366796+00
881895	119	5212	_MG_0446.jpg	u/77/13a3991c-507f-49fd-a681-16f78a909ffa.jpg	066903fa861d6c06bc4cc16666d0b892fc200070fb9e69e7db837063270eb8dc	6257328	3024	6000	\N	\N	\N	2023-06-30 01:44:53.584516+00
881896	119	5212	_MG_3170.jpg	u/77/0c7b35e9-f13f-4930-8a72-6f3c1b64810e.jpg	6b38e7cc1992b8d949c3812dfb0511dce04a74d39ff43392a816397c2ec76ff1	9368141	4032	3024	\N	\N	\N	2023-06-21 19:11:14.407044+00
881897	119	5212	_MG_3037.jpg	u/77/e72de559-da3d-4308-9e9e-7ef8a3802ee6.jpg	1039733b712ccb344e36070fce32b25b0097a9bc6e0cfec04e060a842d6ec8e4	13145033	6000	4000	\N	\N	\N	2023-07-11 20:17:33.715564+00
881898	119	5212	DSC27100.JPG	u/77/427d6faa-b927-4222-b0cd-03065d126358.jpg	c5c36e0e9fe5a585327d5b7401385c9b1bb8d15c440dce7567deacf703ac0c1b	3203707	3024	3024	\N	\N	\N	2023-07-11 04:35:13.496620+00
881899	119	5212	IMG_4021.HEIC	u/77/7653c2fc-1f59-4376-af72-26ac861a5a58.jpg	c4934c2d18a1e532b83edc753b26bf5bffa0afb45fb6662856fa959aa1997183	6137379	4032	4000	\N	\N	\N	2023-06-18 22:52:12.426101+00
881900	120	5213	PXL_20240707_018789675.jpg	u/78/3395d8f5-4e6b-4f77-b13c-5950c89765fb.jpg	2d133eb65bbe7d505cf0043f7a04ce10216353273c8f2f17f52f32853ef59990	4960752	4032	2268	Canon	Canon EOS R6	2024-07-07 11:41:49.079699+00	2024-11-06 20:23:54.079699+00
881901	120	5213	DSC61347.JPG	u/78/fe169f47-69bb-40a2-b816-7a086817abe1.jpg	3af23f1206755d4eb0294fc8eca59ab9136fc8332ce1a52fd074bff0bb8c38fe	11034962	4032	6000	Canon	Canon EOS R6	2024-03-03 15:09:24.368802+00	2024-11-07 21:44:28.368802+00
881902	120	5213	IMG_8282.HEIC	u/78/0a9ffde1-a4c6-4d20-90a2-0c7eaf32aa68.jpg	4a3774f73aaa25e4562352c0f762e0673984129309d93732a55c1002217dc073	954990	4000	4000	Canon	Canon EOS R6	2024-07-29 08:32:24.693037+00	2024-11-02 20:11:53.693037+00
881903	120	5213	PXL_20240203_190667077.jpg	u/78/dfa8851b-18e8-4662-b8e3-9fdf194b31b3.jpg	cff78dc1a0a74549087b107210644bcd849dcf6b2adf174f65d7e32d38ad72ae	2492017	4032	2268	Canon	Canon EOS R6	2024-02-03 17:02:52.655690+00	2024-10-30 00:05:21.655690+00
881904	120	5213	IMG_6446.HEIC	u/78/60fd40b2-ac8f-4ed6-b786-f80fd24105d9.jpg	547213ef891997e60b58b04efb730e111e3205fd35a22ab00903ab4a1cf56d0e	3047330	4000	3024	Canon	Canon EOS R6	2024-02-20 04:39:36.806294+00	2024-11-10 21:29:01.806294+00
881905	120	5213	DSC66122.JPG	u/78/8c080793-9674-4de0-abf1-89fd88490d08.jpg	b9f6b081f40718bafc5c2be7e7ebecea077dbe0a76f7e3e11fb998280d296cb7	8872968	6000	3024	Canon	Canon EOS R6	2024-02-25 19:41:44.191564+00	2024-11-03 23:43:19.191564+00
881906	120	5213	_MG_8292.jpg	u/78/18cc8846-60bc-419c-a14b-c64ac0aae65f.jpg	6132830c549c93e89e582d91e17060ded6ba502dd932df0265de151f6615336a	852736	4000	3024	Canon	Canon EOS R6	2024-11-09 13:42:39.534867+00	2024-11-14 16:36:15.534867+00
881907	120	5213	PXL_20240323_235261985.jpg	u/78/68f8f9bf-49f9-48a4-91e7-9d37ba369233.jpg	7e5259baa1c624b42f6fb2ec6f3784f513729627645353e5c5c0b4ab3cc574be	5409246	4000	4000	Canon	Canon EOS R6	2024-03-23 04:14:45.886121+00	2024-11-14 05:47:47.886121+00
881908	120	5213	IMG_3099.JPG	u/78/8051b03f-dfc7-49e8-a4b9-f1006ddc4cd2.jpg	2eb6d10d698ec5c02364c4d1de509f693470e5b92886ac02ed6e21e6cd629b06	11458009	4032	6000	Canon	Canon EOS R6	2024-08-16 04:33:49.102835+00	2024-11-12 21:06:41.102835+00
881909	120	5213	PXL_20241012_211798416.jpg	u/78/3bcea15c-4c34-449f-a61d-481dc64c0649.jpg	3dd3faa9a4b2a9d6bc8c1129e4cdbc1269de3f3695c5de51ccef12963713f020	6165403	4000	6000	Canon	Canon EOS R6	2024-10-12 16:21:38.369978+00	2024-11-12 19:30:20.369978+00
881910	120	5213	IMG_5992.HEIC	u/78/becc6883-c9b6-401a-8993-3b716017c08f.jpg	2f6e98fcf1a339db4ca3949f0fa25fde02e6a91b98a391d189443ca57b43408a	8812329	4000	4000	Canon	Canon EOS R6	2024-05-15 02:15:37.162243+00	2024-11-05 11:05:36.162243+00
881911	120	5213	PXL_20240928_186315785.jpg	u/78/636d2068-0cae-40f0-b21b-ebbbaf19a183.jpg	2631f509e2d60d0662c790a394b8dcfcaf236fee4bca10a60d2d61cf3108075c	10467069	4032	2268	Canon	Canon EOS R6	2024-09-28 04:32:32.112192+00	2024-11-05 07:57:47.112192+00
881912	120	5213	_MG_7149.jpg	u/78/d892548d-9d87-4d0b-bfd7-4f81917cc573.jpg	28ad651c6a400e824e5e9f20c8a8fe0bd39f6e56014fec771361902c70b7d9b6	1130683	4032	6000	Canon	Canon EOS R6	2024-03-07 02:26:07.401317+00	2024-10-31 03:00:36.401317+00
881913	120	5213	PXL_20240730_032478511.jpg	u/78/65499b68-ffec-4701-ac11-cf7a8eab2a8f.jpg	192dcaec64b333b3e3a0dccc89a4aaf59277208ad7069c0e1882d327e8ceb7db	10398673	4000	4000	Canon	Canon EOS R6	2024-07-30 22:59:47.321031+00	2024-11-12 17:14:45.321031+00
881914	120	5213	IMG_2921.JPG	u/78/12094865-058a-403a-b9c0-e1ccdbc45a2f.jpg	024bf9077867935a1356eada8005023ff5ea3575446879b5c06a985f4aff377c	6490931	4000	4000	Canon	Canon EOS R6	2024-03-17 12:48:37.584578+00	2024-11-01 17:58:09.584578+00
881915	120	5213	IMG_5581.HEIC	u/78/a8f4201d-ffe5-4475-a5da-418e9fcbcca4.jpg	893ac2ea813d66be98a075a4c8918a1811a3157c4a772097797bc06a580acb52	3269730	6000	4000	Canon	Canon EOS R6	2024-03-28 06:39:19.211181+00	2024-11-11 07:48:11.211181+00
881916	120	5214	_MG_6148.jpg	u/78/546ab4db-6b54-4acc-8e6c-d82954854aa6.jpg	a08c2cc7118b96b1f4e5e5c83ea1c61865462eee4f642e5e1eac263b3b9db1af	5884348	4000	4000	FUJIFILM	X-T4	2023-04-07 12:14:41.970846+00	2023-11-06 01:58:52.970846+00
881917	120	5214	IMG_0559.HEIC	u/78/7e22c28e-94fa-4f66-a1f5-d77d90e6d09b.jpg	be18a5490a0939e03d56c2e7f178e4355f163e19a5318dcbbc948fbd4ebbf8e7	5339920	3024	3024	FUJIFILM	X-T4	2023-06-27 22:02:19.033658+00	2023-10-08 15:39:43.033658+00
881918	120	5214	PXL_20230720_168837877.jpg	u/78/417c1f14-db52-4a77-88c0-25649fea144b.jpg	75e5ea2a3bf8ed219a0c603c77df36c6c60e38d3321ce553ac9d0df31b75a126	7420141	3024	6000	FUJIFILM	X-T4	2023-07-20 02:02:28.029933+00	2023-09-29 23:22:18.029933+00
881919	120	5214	DSC05571.JPG	u/78/c2f2bfc1-3791-4d32-98a7-6bc67fc23240.jpg	5d561f6f2467f73625bf6c0227f5e01282aaf08cf07a94c09990221a86b8de5e	13608292	3024	3024	FUJIFILM	X-T4	2023-07-31 13:10:01.783234+00	2023-10-22 09:32:15.783234+00
881920	122	5215	IMG_5824.JPG	u/7a/5ec19cf7-8325-4f77-902d-404a85780119.jpg	b0cbc2afa7de6e2215c85769eca799e7cc0d47e9aaad995e378ad643cc61b490	13506717	4032	3024	Apple	iPhone 14	2021-07-26 21:43:49.219139+00	2022-04-15 10:26:39.219139+00
881921	122	5215	_MG_1906.jpg	u/7a/9ae13772-36d8-4dfa-a6b6-3b7ba89e4aaf.jpg	b8faf7d71b8489c3edb1f0c8e67c7a6d39340a0aa61f2012de19f4fb2b03124a	7911631	4000	6000	Apple	iPhone 14	2022-02-11 14:57:13.310838+00	2022-03-21 18:34:42.310838+00
881922	122	5215	_MG_8474.jpg	u/7a/9d7dc089-6227-48c9-82ab-db566297a463.jpg	0ad6cd36c56491c7a327285c446d94a7d3294ce1bae3ff029e6003a2dca618e9	4497368	4032	3024	Apple	iPhone 14	2021-10-01 06:20:31.012513+00	2022-04-14 09:51:57.012513+00
881923	122	5215	PXL_20211030_183173715.jpg	u/7a/8a9f1c7e-f77c-47e1-8798-4c51d2e761de.jpg	2a1c104e5068e519e5ad79b26fbee1aaeb83f318f0ee671cbcf9e778f69c1c00	6812560	4000	6000	Apple	iPhone 14	2021-10-30 05:20:24.511585+00	2022-03-17 17:50:44.511585+00
881924	122	5215	IMG_8526.JPG	u/7a/29eee526-17df-4035-8a33-f0ded12a3f72.jpg	fd52c867d9a461865b214be82b1267b171f4f4e8e35109658048811674a06b9a	1360351	4000	3024	Apple	iPhone 14	2022-01-21 23:06:36.543423+00	2022-04-15 00:46:30.543423+00
881925	122	5215	DSC67382.JPG	u/7a/ae561108-cb8f-4694-a1e4-c3e6df68887c.jpg	c0d8c7537452cedad7ade88588e1dfda1984f1e2563f8cc82cae5aa819030b0b	12509238	6000	6000	Apple	iPhone 14	2021-12-28 17:46:43.995032+00	2022-03-30 02:24:06.995032+00
881926	122	5215	IMG_8039.HEIC	u/7a/a89bf747-6f30-407c-80e6-c4ab692907e0.jpg	24b93a0a91e97035d07db1002e660940d41987d9676d98b8913a67e8b228fd31	8544344	4000	2268	Apple	iPhone 14	2022-03-16 19:46:26.422675+00	2022-04-18 06:18:16.422675+00
881927	122	5215	IMG_2214.JPG	u/7a/77830640-b9e4-47b7-ab71-5623d97652ae.jpg	c6fe4078ce54da27b8a1d6fb225cde756eada01d685cf4947a3df2211750d8dc	11716368	6000	6000	Apple	iPhone 14	2022-03-05 16:53:50.291658+00	2022-03-27 11:19:13.291658+00
881928	122	5215	_MG_9553.jpg	u/7a/b4bf6d50-f4a8-4a9e-ad64-4ec0ad8de3ac.jpg	913ae13eb6d418c8a03b9f5d0be8bfb172314262bf56a68886a882be48b3b3a6	8563377	4000	2268	Apple	iPhone 14	2022-01-07 05:31:49.602235+00	2022-03-21 08:10:38.602235+00
881929	122	5215	_MG_3442.jpg	u/7a/abdf7410-6251-41cf-bb09-299b304f0ee8.jpg	06dbfb57c9651646cee22c24cfc709f6df36d556828760e5e86193fc6f39cc17	2542118	3024	3024	Apple	iPhone 14	2021-06-02 05:37:13.509221+00	2022-03-20 14:23:54.509221+00
881930	122	5215	DSC34468.JPG	u/7a/90c9fe72-5f1a-4cbb-94c2-1465a1b97ace.jpg	9e186bcf73754974952fd8fcf59e7da33236fbbf45a8c555b894701a9833495b	10220236	3024	2268	Apple	iPhone 14	2022-01-15 12:27:25.373033+00	2022-03-24 11:40:01.373033+00
881931	122	5215	DSC80178.JPG	u/7a/c94d615c-211f-4375-a198-c54c6f97d20e.jpg	82d1e72d605052a2fa11a991ffc0cd71c82ef0bdd965e09121578b3f286569ee	13134370	4000	4000	Apple	iPhone 14	2022-01-06 05:24:04.707437+00	2022-03-31 07:55:53.707437+00
881932	122	5216	PXL_20241014_231970030.jpg	u/7a/a9ad5a35-eac7-4d75-9533-b788d8bb620c.jpg	57d5ea1734031d11bf56fc027f4caf7af4907ae522b59380daea4e5ff7f36bf9	9184451	6000	4000	Apple	iPhone 14	2024-10-14 17:55:55.935632+00	2024-11-06 16:14:07.935632+00
881933	122	5216	PXL_20240502_043472708.jpg	u/7a/fc09a341-be35-4b9c-9c9b-13463d92fc2a.jpg	a4366b5fdb93c67fdf3f8cd66e9cebe80e81fe60fcfdc4c91a910298704b01b2	1039096	3024	3024	Apple	iPhone 14	2024-05-02 01:58:36.656225+00	2024-11-11 00:32:52.656225+00
881934	122	5216	PXL_20240120_215494250.jpg	u/7a/9ca62e26-7c44-4760-8d6c-21582fd49c1e.jpg	3387849b1684b9531179c4cd029a464b98af89c7ae71dbe1b581ac02d6d90c60	13387954	4000	2268	Apple	iPhone 14	2024-01-20 20:19:42.056464+00	2024-11-06 08:02:25.056464+00
881935	122	5217	IMG_4718.HEIC	u/7a/3448fc88-e0b6-4fcf-8eb7-a0d5cfdcf5c9.jpg	a812f65cd1628d386c159811f245f78d330c2d266265108b51795bbc2da35f38	10025133	3024	2268	Apple	iPhone 13	2022-02-07 22:27:40.853782+00	2022-02-12 19:08:39.853782+00
881936	122	5217	IMG_9559.HEIC	u/7a/6993828e-ea85-49f0-8216-df9e727de929.jpg	ed8477040837e172b6486a0f6656e5cc75b50fbdb720eecc8ec33b38b524faf4	6700730	3024	3024	Apple	iPhone 13	2021-08-22 07:01:49.156386+00	2022-02-14 21:06:46.156386+00
881937	122	5218	DSC02088.JPG	u/7a/f558fd2f-276e-4549-b7bc-e1c6df3f0168.jpg	c19c98a560995baddb8f3e7c2c32930a8583ccae7d9a325c0612af7e8ee47b14	7513336	4032	3024	FUJIFILM	X-T4	2023-09-07 14:51:20.352971+00	2023-10-06 11:13:26.352971+00
881938	122	5218	DSC80915.JPG	u/7a/99d2bbf8-3a87-4472-bcfc-e314e3b7fdc1.jpg	b68511136146ceeb9d709a0a3c139a82844136d8897382412feb6eb4bcc4f942	6548295	4000	2268	FUJIFILM	X-T4	2023-07-22 08:26:14.661706+00	2023-10-30 18:04:16.661706+00
881939	122	5218	IMG_2675.JPG	u/7a/50fc294a-66e4-4a9b-8536-d132c8106899.jpg	0839b61b30af718332da4a7dad23831c4ab61a8344e0f091b127ae94a6b57b88	13420557	6000	4000	FUJIFILM	X-T4	2023-03-19 14:11:42.021296+00	2023-09-27 23:07:24.021296+00
881940	122	5218	_MG_6904.jpg	u/7a/23bd774c-2f89-4239-af93-376b3d40e566.jpg	5a2bbc64c5a81441499cf20e46aa21833ce314030de18d68bd804778d3f5a077	5496476	4000	3024	FUJIFILM	X-T4	2023-04-15 07:37:36.268252+00	2023-10-19 19:39:20.268252+00
881941	122	5218	_MG_9489.jpg	u/7a/58048a93-f6be-42ee-9f61-974772ff1720.jpg	2ce21092c7803bcf45a22493e0934316b80abe691237bc04397b784382005d20	12817514	6000	6000	FUJIFILM	X-T4	2023-07-12 05:48:12.469066+00	2023-10-13 08:46:55.469066+00
881942	122	5218	_MG_6272.jpg	u/7a/8b751d9d-556c-45f0-8e43-84ce8da8644a.jpg	db9b9650f08e7a713c4c4b59bbffaa54b62dd64470cf296cea3005ed7432b4f4	3500342	6000	6000	FUJIFILM	X-T4	2023-03-12 23:46:43.718249+00	2023-09-29 18:13:53.718249+00
881943	122	5218	PXL_20231020_157397409.jpg	u/7a/eba439da-e973-4435-871a-47ddbf24335e.jpg	0aa5b9a5b710a3d909ec3c0f791d0f270fbc5f39737845eba94f45a7e5bcffc5	10646828	4032	4000	FUJIFILM	X-T4	2023-10-20 07:53:51.904772+00	2023-10-24 15:16:54.904772+00
881944	122	5218	_MG_7470.jpg	u/7a/4622a18e-b1c4-4186-8938-7896f3d3009f.jpg	25db306a0f86ba607eee7691b7d4952bdfee262707436e5220d12e3e17a45bf8	3021121	4032	4000	FUJIFILM	X-T4	2023-04-05 15:17:22.983391+00	2023-10-21 01:32:36.983391+00
881945	122	5218	DSC11283.JPG	u/7a/b0d14e14-513c-4cd2-a321-619e5fa13d3e.jpg	8726c62687e66e5323ec1b78c86da9080f606e4054b6d79fa13c0fbca8264eb6	5864649	6000	4000	FUJIFILM	X-T4	2023-03-25 12:28:46.451689+00	2023-10-28 05:46:54.451689+00
881946	123	5219	PXL_20240422_223419350.jpg	u/7b/646d037c-97f2-4cb9-bc73-a8e76f7d3392.jpg	a752c0bf7c27c63cd7e8a3731cb9c4478b38543bd0d8cc2772648490ce9a8ef0	12637112	4032	6000	Canon	Canon EOS R6	2024-04-22 18:26:02.982448+00	2024-11-10 15:56:16.982448+00
881947	123	5219	_MG_5939.jpg	u/7b/d0df933d-2414-46f2-9d8e-79a585c3b350.jpg	87660d6de2c5eaa7852d07d4f50bb03878fd6ba9a771bf093f94b06012c88fab	13160829	3024	4000	Canon	Canon EOS R6	2024-01-25 16:01:33.583383+00	2024-10-27 13:51:49.583383+00
881948	123	5219	DSC20247.JPG	u/7b/03fe389c-d0ef-4284-b8b0-df0bfd51560a.jpg	5ec1cc42b48128cc25c9255aa68f9249546fd46aefc78bf298a0192eb925aec3	12029763	4032	3024	Canon	Canon EOS R6	2024-01-21 05:20:11.004467+00	2024-10-28 11:16:04.004467+00
881949	123	5219	DSC37654.JPG	u/7b/54787134-b258-4245-b25d-0de30d8ac864.jpg	6a0195daed28041e460788914cd920c33a55f7b3f9c6c3432e2ac363e4187dd6	7263376	4032	3024	Canon	Canon EOS R6	2024-07-07 07:39:38.093128+00	2024-10-05 03:52:46.093128+00
881950	123	5219	_MG_9450.jpg	u/7b/e1013d8f-9d93-47e3-bec8-2f3ff7e1f985.jpg	f2461ed6ccffd9e03df33b83142ccd33da4deb4c781240b41a4a15547dc39a15	11376853	4032	2268	Canon	Canon EOS R6	2024-06-18 09:39:48.142381+00	2024-11-07 12:21:13.142381+00
881951	123	5219	IMG_4506.JPG	u/7b/76fb8ba2-fe93-484c-9a8c-bbe7ca4fff4d.jpg	3540a84782400465417a68638203f3c345f0d7b8b70462aec627af65ba21922b	2904339	4000	4000	Canon	Canon EOS R6	2024-01-13 09:42:06.302460+00	2024-10-10 04:47:32.302460+00
881952	123	5219	PXL_20240216_028943712.jpg	u/7b/7588a6af-ae22-4cc5-b5a8-a824bf839794.jpg	ab6be1c819c1ee6e76d034e43bcab8c180fb9b0032f3d0accb7c1360c5b3483d	9349831	4032	4000	Canon	Canon EOS R6	2024-02-16 10:36:46.993133+00	2024-10-15 22:24:01.993133+00
881953	123	5219	_MG_5355.jpg	u/7b/e8c6afde-f6cc-4724-8c84-fe77cba72a4f.jpg	4b1f79523fe948d98d30c03f76c3339dc309904e75dd9fe36429837d95749be9	13303620	3024	3024	Canon	Canon EOS R6	2024-02-09 05:52:31.913445+00	2024-11-08 08:13:43.913445+00
881954	123	5219	PXL_20240908_156071605.jpg	u/7b/463d8a6b-db93-4ac8-b561-f534d09b0ff7.jpg	43b1f152e44ded4b02098d2063919300cf4e2f734fe87527377073da482e83ce	7129861	3024	2268	Canon	Canon EOS R6	2024-09-08 10:56:06.203871+00	2024-10-08 18:33:38.203871+00
881955	123	5219	DSC52930.JPG	u/7b/437a04e3-4b1d-4643-af61-b4c673252f66.jpg	b97f801ee82ec7db1ac78b894ee6c4a60cd0c36b15be157ac426fed4771c6941	1719530	3024	6000	Canon	Canon EOS R6	2024-08-07 05:11:27.632014+00	2024-11-11 07:58:46.632014+00
881956	123	5219	PXL_20240204_031161605.jpg	u/7b/23b8f40d-2c36-4d99-b8dd-d5f61a03b412.jpg	1df30683e901400a266b26f01f24ea70b31ed3b1f25960dc3547a99958e9e49c	13570708	4000	6000	Canon	Canon EOS R6	2024-02-04 14:14:20.276061+00	2024-11-02 05:38:22.276061+00
881957	123	5219	DSC37867.JPG	u/7b/ab0ba4b0-1760-43a3-9c28-fb89145423c7.jpg	91a716334f2bf9a45cc32ff561aaa0830268c9488f294af81a7df26eefed7413	12717647	6000	2268	Canon	Canon EOS R6	2024-03-14 00:42:01.236706+00	2024-10-30 20:37:23.236706+00
881958	123	5219	PXL_20240214_075909427.jpg	u/7b/477af33d-fd0a-496b-a7a4-00c91fd68ee3.jpg	1369fdf441b5fb39afe0e108c63d683a4583ccd9dbb7f2eda4dde7b95d06b7f1	5445599	4000	6000	Canon	Canon EOS R6	2024-02-14 23:54:36.937482+00	2024-11-05 00:05:10.937482+00
881959	123	5219	PXL_20240314_169394139.jpg	u/7b/a3eeb40f-d967-4841-883a-de03569e1db0.jpg	70a7ce5672ec96b9d1b5778bc1ab3cc8f69c34339468fc4c295b5317c5f7cf16	6437634	4000	4000	Canon	Canon EOS R6	2024-03-14 08:46:31.551788+00	2024-11-01 05:52:02.551788+00
881960	123	5219	_MG_0077.jpg	u/7b/d3b4c3a1-16b6-4bd4-a35c-832891444aec.jpg	7e537e61dc4961ff2a22ec82ed02f81720999bc5ceb6d39f9cd8c7a7a3610c17	7084689	4032	4000	Canon	Canon EOS R6	2024-07-20 06:00:05.171485+00	2024-10-04 07:43:33.171485+00
881961	125	5220	IMG_2652.HEIC	u/7d/561cf95d-1608-4c0a-95ff-9f76ae5cded0.jpg	9de43c828a88e855ef5f45923f8b09e5e04c68137309c684e7f6417da05ae756	8263691	4032	2268	NIKON CORPORATION	NIKON Z 6_2	2023-04-10 01:03:44.487302+00	2023-07-22 00:34:57.487302+00
881962	125	5220	IMG_9334.JPG	u/7d/9abe5314-e657-45df-8f40-2496afc8f510.jpg	a5f11b3da365fa987d810d41a012138eac11256d022de243b52c324e12ae461b	5173560	4000	4000	NIKON CORPORATION	NIKON Z 6_2	2023-05-11 04:34:42.031952+00	2023-07-20 21:01:23.031952+00
881963	125	5220	PXL_20230208_025594204.jpg	u/7d/a8793cee-4358-46bb-8d21-6ea5dab20e8f.jpg	44cd8c303cb41e2990415c0dd467ce217d7489eb28f3510f6c186f72f43ad043	4426550	4032	3024	NIKON CORPORATION	NIKON Z 6_2	2023-02-08 20:01:21.602509+00	2023-07-10 08:05:02.602509+00
881964	125	5220	DSC43635.JPG	u/7d/95dd87fb-05ab-436d-b382-fdc7df280a79.jpg	b640da3f10e2319312faacfbf3e2e674e8c7be6843f5fa35e3a635db695920fd	4907777	4000	6000	NIKON CORPORATION	NIKON Z 6_2	2023-04-07 17:41:47.979502+00	2023-08-08 06:51:48.979502+00
881965	125	5220	_MG_4203.jpg	u/7d/d71974b8-38a7-4f67-9bf6-107806c5319b.jpg	9b783cc698d47f5eefb6bbdaeab546c300724531116196b5ea471ee5df97fff6	8832951	3024	3024	NIKON CORPORATION	NIKON Z 6_2	2023-05-02 01:00:54.547936+00	2023-07-29 07:10:30.547936+00
881966	125	5220	PXL_20230626_073409486.jpg	u/7d/f4bd4e8a-890e-4029-8a54-6236736bbef7.jpg	1fec58c398fddbbe3bd1c11d893082bd89ad2c0e5b42156cc6c00427611a062c	8689796	4000	2268	NIKON CORPORATION	NIKON Z 6_2	2023-06-26 04:09:42.355323+00	2023-07-08 05:06:01.355323+00
881967	125	5220	IMG_2324.HEIC	u/7d/df410bcf-c258-4ffd-b16e-dc33cfa7148a.jpg	7a52331b6cd247728c5791e48fd27248498e37afc9efdfcff40398dd0ca09267	2272458	6000	6000	NIKON CORPORATION	NIKON Z 6_2	2023-03-11 10:24:06.862861+00	2023-07-14 00:14:08.862861+00
881968	125	5220	IMG_0476.JPG	u/7d/90ef3047-8a87-42e7-9301-ba3f0a5e0d83.jpg	935d78d9205128f9602dc95c7bd2136cf72701ce2cc20c50252e9f28a6487103	9955988	6000	3024	NIKON CORPORATION	NIKON Z 6_2	2023-03-12 20:56:11.965493+00	2023-07-12 04:44:22.965493+00
881969	125	5220	DSC93563.JPG	u/7d/cef08797-6851-42cc-990e-64c4874423f0.jpg	6a93c84af06337a174ea69d982b304a0d6d8751f61877fe20fb14f364ea37146	6794312	4000	3024	NIKON CORPORATION	NIKON Z 6_2	2023-02-12 07:20:01.382356+00	2023-08-09 13:27:38.382356+00
881970	125	5220	_MG_7813.jpg	u/7d/81f91de6-952b-4bee-b60b-4eafef8ba566.jpg	b0faad630203709577cfd0139b8b7ef66b8b32c54ab9c97407471d7c0b76c47a	2471371	3024	3024	NIKON CORPORATION	NIKON Z 6_2	2023-01-22 13:36:49.762254+00	2023-07-14 00:14:51.762254+00
881971	127	5221	PXL_20230527_087147508.jpg	u/7f/b3df869f-63c4-4dbc-819b-6c6e8965e694.jpg	1ef5804d11b07514413b64f6e0ba3ab4aaf7b1d801f5d294b3cb5862de8ce78b	4019568	4032	3024	Canon	Canon EOS R6	2023-05-27 04:06:48.180052+00	2024-02-09 00:25:37.180052+00
881972	127	5221	IMG_3408.HEIC	u/7f/e742ec82-3522-4d98-a345-2846f6f5bfa9.jpg	5b16e0d9bd82a3447cc81ed5a9472d024d24603361771e276ac35200bd9d6824	7302386	3024	4000	Canon	Canon EOS R6	2023-10-03 14:02:22.966992+00	2024-02-17 16:34:25.966992+00
881973	127	5221	PXL_20230602_103539722.jpg	u/7f/e50b786d-d50e-43ae-8cf4-d98983d7e9fa.jpg	749f5a384be8c08679a7ff8d5eef114c1e81cd33334796fae4a3b43bf0944c7c	11066643	4032	3024	Canon	Canon EOS R6	2023-06-02 12:03:58.749168+00	2024-02-03 12:33:34.749168+00
881974	127	5221	DSC31431.JPG	u/7f/20deb13d-03d7-4127-8b2e-a2018d4054dd.jpg	60d28effeaf692827d3351d9d3c97b35c12e5f8bc96ca76331f55f21f58118d3	4002350	3024	6000	Canon	Canon EOS R6	2023-08-10 20:26:30.944020+00	2024-02-05 20:08:02.944020+00
881975	127	5221	_MG_5879.jpg	u/7f/97107e2a-c671-4b62-b74a-980cccb6cc0b.jpg	8e6a270e9a827114dba80435b28a2ca0251095b3c3e005a98ab061c5dab97b1c	3228935	3024	3024	Canon	Canon EOS R6	2023-12-04 03:19:54.635051+00	2024-01-25 10:20:27.635051+00
881976	127	5221	IMG_2509.JPG	u/7f/b76ec38d-8b25-4163-9eef-1ae6b283cf85.jpg	4e0b018dc257b0994ae8991a63e350aa7b53e2beb84174b87146c4ad916cd319	10165138	4000	3024	Canon	Canon EOS R6	2023-10-08 14:55:07.760457+00	2024-02-07 11:03:48.760457+00
881977	127	5221	IMG_3396.HEIC	u/7f/3f598389-d3d2-4444-9c91-7105fb024cf1.jpg	d713e3bb83cc306ae08e41ebae1371387f4bfb0de889920221e4cab87fb3c55d	2066261	4032	2268	Canon	Canon EOS R6	2023-07-06 12:31:45.896936+00	2024-02-18 05:15:13.896936+00
881978	127	5221	IMG_7922.JPG	u/7f/cf53df14-10a3-4bef-8ed3-e7201adf9cdf.jpg	4c5a68b45fb2a65fb270bafff3390294c4c95ceb9b90750ddfb0043b98afe381	11376659	4032	3024	Canon	Canon EOS R6	2023-05-16 00:32:35.006823+00	2024-01-22 01:39:55.006823+00
881979	130	5222	PXL_20231224_169447208.jpg	u/82/f9d13342-b325-4cda-9abc-eaf4748c35ba.jpg	2c56b1c3ac82ff8dbc8aea0bcd4be6cd6d163489eb7a7fd28ce9502af6734f39	9702713	4032	2268	Apple	iPhone 14	2023-12-24 21:19:12.941594+00	2024-05-27 03:53:30.941594+00
881980	130	5222	PXL_20231223_163689955.jpg	u/82/c9e6164c-a7bc-4eba-8415-f630c0452494.jpg	c677a92697023c4cb132eb29ed09e87af9d354abcb67ae03569eff70e503005f	12239357	3024	3024	Apple	iPhone 14	2023-12-23 03:51:09.541116+00	2024-05-12 23:23:22.541116+00
881981	130	5222	_MG_1188.jpg	u/82/8d2e5a81-dc38-48b1-b0b1-a2bdf890c6d3.jpg	bcc1830202bddf66d3b4f553cab3a65f2326cacc4f2eb1d051502b5cf6bcf3d0	3169638	4000	2268	Apple	iPhone 14	2024-02-29 21:59:45.674317+00	2024-06-01 05:41:54.674317+00
881982	130	5222	IMG_3514.JPG	u/82/94b12e99-68d3-43db-8977-b23e2bdb4b59.jpg	1c3bf8c2de4d822336073cd57a1a7ac0de426b68627facccadeea67d6517b197	13242191	6000	3024	Apple	iPhone 14	2023-12-24 11:14:01.899777+00	2024-05-10 05:24:39.899777+00
881983	130	5222	DSC87003.JPG	u/82/a7aacf5b-c00a-4481-ab29-9156a90626f2.jpg	b2c647f06a41cb9511c5609687045db35b04034120ccc3c12affcfd23161840c	4886486	3024	4000	Apple	iPhone 14	2024-01-08 06:59:33.245739+00	2024-05-23 01:41:44.245739+00
881984	130	5222	PXL_20240405_069673453.jpg	u/82/878a4588-d5bf-442a-99b2-562e8e94634e.jpg	9c2698d4471ef2408b1ed9e0c073e7a77e4ba8a5ab67f2bc15dae478b65bf9d9	11045355	4032	2268	Apple	iPhone 14	2024-04-05 18:26:43.160576+00	2024-05-19 23:44:05.160576+00
881985	130	5222	_MG_6963.jpg	u/82/2ee9dd6e-7695-4ed0-9b4b-5b6a90331436.jpg	bf9eddc957cf73e70ee03855423550b576a41f634d1dea10302f8d7aaaa77c62	1921017	6000	4000	Apple	iPhone 14	2023-10-21 07:11:32.884219+00	2024-05-18 00:40:27.884219+00
881986	130	5222	PXL_20231207_214796329.jpg	u/82/c3f34fc8-b445-4cac-bf4f-90952f3dabed.jpg	1335ee3369b086319f3fc72d143e0b09a269c03ab81535da15b570d978a2ef12	13673638	4000	3024	Apple	iPhone 14	2023-12-07 17:49:29.181650+00	2024-05-19 12:21:41.181650+00
881987	130	5222	PXL_20231205_021864712.jpg	u/82/a176be92-0bee-4e32-a31c-9fdada65998a.jpg	8aae771b547eafcc5baf6329c34b2cbfbb7adba79f89bf9d180ae6a90df63ca4	8562867	3024	6000	Apple	iPhone 14	2023-12-05 02:28:35.250436+00	2024-05-11 20:31:51.250436+00
881988	130	5222	PXL_20231114_050891191.jpg	u/82/74b6c5b9-94ca-46fb-ac2e-740efbfd0a09.jpg	197f7106dbb144e40606a00981888b34b1de40fec28dd9fad3e034025887607a	8585924	6000	6000	Apple	iPhone 14	2023-11-14 22:34:18.346881+00	2024-05-05 11:19:06.346881+00
881989	132	5223	IMG_4882.JPG	u/84/0f9d96e9-8736-4bfd-b9c6-2d076cff81d1.jpg	f1228c898581caf1b6d461b39c639243cc046eb89baf20b715fdfa58e7ea3585	13075382	6000	3024	SONY	ILCE-7M3	2023-07-14 10:03:09.503230+00	2024-05-01 23:33:09.503230+00
881990	132	5223	PXL_20230802_155677893.jpg	u/84/65f69094-8a2a-4fd8-9073-d6d0bd122184.jpg	ae052ab88d4661788d60b84b4f5cd601c8a10bbd95393316ba809242bd5d7529	12947805	3024	6000	SONY	ILCE-7M3	2023-08-02 10:02:09.575373+00	2024-04-12 04:27:10.575373+00
881991	132	5223	PXL_20231106_059850231.jpg	u/84/b4580e3b-acdf-4479-b655-dcb99c643d22.jpg	18539d2290d06509f8ac5291e59b49a6c96e4d26474a751019dd8272a2fd84d7	7333323	6000	4000	SONY	ILCE-7M3	2023-11-06 02:47:04.325179+00	2024-04-14 15:55:49.325179+00
881992	132	5223	IMG_5030.HEIC	u/84/73194f33-bce7-4185-a17d-15ad8ccb358a.jpg	db303b1e9daef7560d21136a37f5c6b118548fd4dca8dc4622811aa3604f685a	3584083	6000	2268	SONY	ILCE-7M3	2024-04-07 22:08:26.821794+00	2024-04-16 10:13:17.821794+00
881993	132	5223	DSC36022.JPG	u/84/beef64d8-2c69-4181-9f17-c000ecae2b86.jpg	7fffd4e1bc039b87dc6970ce734d393728145f254fe87bc23b4f3faceed50c78	2465317	4000	6000	SONY	ILCE-7M3	2024-03-27 18:17:59.713041+00	2024-05-19 09:47:19.713041+00
881994	132	5223	IMG_8303.HEIC	u/84/fb4d2396-4a5d-4d6d-84b2-5c6c5493e683.jpg	0bd952cb0d654ed80e44085b2bb3ad665708379b2efa540e4a19815150e19c75	1575298	4000	2268	SONY	ILCE-7M3	2023-08-22 13:43:33.463720+00	2024-04-30 05:53:37.463720+00
881995	132	5223	DSC02098.JPG	u/84/a8604c86-e077-4eed-abad-33d099991abd.jpg	cc0366a11a6f83a223da82772a96512ed438f4e278064074e25f5d7cbc1911ca	2571069	6000	4000	SONY	ILCE-7M3	2023-09-06 06:11:11.666521+00	2024-05-03 15:00:45.666521+00
881996	132	5223	IMG_3643.JPG	u/84/bfa31bc7-7e7c-4e02-9e66-9bf83b05b441.jpg	7f76ac87cace676d573fcfe9a51b2096c30ad728f370a0ac4c1017f9a08040cf	7636312	4000	6000	SONY	ILCE-7M3	2024-01-08 15:27:02.358358+00	2024-04-10 22:46:56.358358+00
881997	132	5223	IMG_9259.JPG	u/84/6293a85a-f84f-4566-8361-d34fd383e882.jpg	ce25da5bc4334add42249d9024c107f33424e70937700cf0ead2110839020bb0	4781489	6000	4000	SONY	ILCE-7M3	2024-01-02 11:53:41.956834+00	2024-04-17 20:58:25.956834+00
881998	132	5223	PXL_20230814_196860259.jpg	u/84/b34e998c-19f9-4652-9a15-2197bc873e6c.jpg	7b8c6919e62b912e3605b1d1ff7c507e4b0baf70d484e44fd601d170e190654e	4061133	4032	6000	SONY	ILCE-7M3	2023-08-14 06:20:34.278110+00	2024-05-13 17:38:40.278110+00
881999	132	5223	DSC05729.JPG	u/84/8a967ceb-9136-4778-b429-64d4922a39e8.jpg	6f3ed5c57614d8e5d0dc60bcdd95e2fb0a6562e0cb31d808917958698adc87af	11130365	4032	4000	SONY	ILCE-7M3	2023-09-19 01:31:13.756558+00	2024-04-25 05:03:48.756558+00
882000	132	5224	IMG_3048.HEIC	u/84/75b85f56-8f9d-4fe0-ba8f-4397354db20c.jpg	e5322e04e734131b37fb9a1873580e126dda5338aa2e7234d785acefa23d9771	6678350	6000	3024	SONY	ILCE-7M3	2022-12-26 20:06:55.366494+00	2023-08-23 14:54:26.366494+00
882001	132	5224	_MG_0817.jpg	u/84/99f9baf0-0f6b-491d-8118-247a8caacd4f.jpg	09217cfb5f77308fa43e1d7884768bc7c7bc56379f1f75dff6cd072eda92c8c9	3248979	4000	6000	SONY	ILCE-7M3	2023-04-16 00:39:25.021519+00	2023-08-21 12:03:02.021519+00
882002	132	5224	IMG_3834.HEIC	u/84/99e590b1-1a4a-4d42-89c9-7cac351c7174.jpg	b17301910ecc655289a9722b5448b7788e837bea674f5f2c4f2e0570f58daec7	11621113	4000	3024	SONY	ILCE-7M3	2022-12-11 03:05:18.680137+00	2023-08-18 22:38:14.680137+00
882003	132	5224	_MG_9559.jpg	u/84/a2f9237a-55c7-402a-81f8-bfe025402fc4.jpg	9bc4a73bbe3484096d4a16d05b486dcd1b44b83f1627052a1dc90d3996e719bc	5792248	3024	6000	SONY	ILCE-7M3	2023-05-05 21:06:02.807288+00	2023-08-17 15:56:31.807288+00
882004	132	5224	IMG_6312.HEIC	u/84/c18e96d0-689e-49d1-a323-2ac6e65a4167.jpg	648550c9b9567bc6fcd97883014d304aefbdb3a3ded1488520b882d2c2c6f16b	7288290	4000	3024	SONY	ILCE-7M3	2022-12-29 22:16:36.022534+00	2023-09-04 17:08:59.022534+00
882005	132	5224	_MG_5767.jpg	u/84/2c295d10-cdbc-42e8-b8a9-f1132ff10962.jpg	06672d4c6cf2f82a1b2750c4e98395dd4c4ff090f18da7480702fe730afcbd9b	3927688	4000	4000	SONY	ILCE-7M3	2023-07-30 17:44:38.235050+00	2023-08-10 20:42:47.235050+00
882006	132	5224	PXL_20230412_215185711.jpg	u/84/d1c32d50-3411-4c99-9f65-f99c06600059.jpg	240dcc046ebdf89d0ce6b693b5f51247e01c3a61d8e27b2e559e2ef7670d1852	9792228	4032	3024	SONY	ILCE-7M3	2023-04-12 14:25:25.136658+00	2023-08-30 02:54:56.136658+00
882007	133	5225	PXL_20240627_039173800.jpg	u/85/fb7ff2b1-3016-4746-b81b-969cc5c31ac5.jpg	e8c430b22185229fb36a2c231632b6382c2ce4a475cf97c2a16c701802e2aa77	9220754	4032	3024	Apple	iPhone 15 Pro	2024-06-27 20:16:27.212196+00	2024-08-24 20:54:11.212196+00
882008	133	5225	DSC14417.JPG	u/85/594b2af7-705c-44b3-87fc-07becd25653b.jpg	4e7ef27a7416a7804efe22f185dca831883b69bebb739d3e840028c1c23b6a69	5634986	6000	6000	Apple	iPhone 15 Pro	2024-02-24 17:37:27.763742+00	2024-09-12 20:07:29.763742+00
882009	133	5226	IMG_7732.JPG	u/85/0c99696f-d608-44d3-8d70-0f3ac3db0f40.jpg	1b2d4753166f7824dbc5572a99f418b478827838ace12dd5166341cb482cc8ce	5088550	4032	6000	SONY	ILCE-7M3	2022-03-31 15:33:30.131744+00	2023-01-15 01:04:07.131744+00
882010	133	5226	PXL_20220819_046481441.jpg	u/85/89543fb0-78fb-4e84-9d09-5e5e423ec7c9.jpg	11d8f705e7c6b78d4584dbe36aeb8261a7bb0cfe1f7b1595c941ba72597a1474	8123826	3024	2268	SONY	ILCE-7M3	2022-08-19 09:06:14.027313+00	2023-01-24 15:15:49.027313+00
882011	133	5226	_MG_1504.jpg	u/85/c87b9b91-ab90-47d2-9599-15501905f778.jpg	d13df68ddc77a890153cab140467c912636a4f64a5f80e801c112460b3d97783	1138296	4032	2268	SONY	ILCE-7M3	2022-04-23 01:01:48.418721+00	2023-01-28 04:13:09.418721+00
882012	133	5226	PXL_20220412_106691006.jpg	u/85/7f60a956-87bd-4c5a-8336-5acc2e602043.jpg	fc78afbeeb75ed05885c22296a73e98a1f76f5b62ef790bb472b3566d3cb278d	1584982	4000	2268	SONY	ILCE-7M3	2022-04-12 05:49:51.563517+00	2023-01-21 23:38:13.563517+00
882013	133	5226	PXL_20220914_129587679.jpg	u/85/e38b399d-3073-4c76-ba8a-589d0cf1fbad.jpg	9d625c75cc88830199caf25e6fcd63986005832e7c65f5c94fcd0f508c30d943	10064690	4000	4000	SONY	ILCE-7M3	2022-09-14 01:50:31.913771+00	2023-01-22 13:04:58.913771+00
882014	133	5226	PXL_20220907_125252608.jpg	u/85/a7a8fd47-8959-40a5-a7df-8b2037025f6c.jpg	54e8b18c5090e63f5f25c71f84a24681fe93cbc7caed94f6480db3d300129c06	12692315	6000	3024	SONY	ILCE-7M3	2022-09-07 04:24:21.512862+00	2023-02-03 16:50:02.512862+00
882015	133	5226	PXL_20220610_010999543.jpg	u/85/d8fa100a-dc4a-4c2d-b144-29f9f242f684.jpg	6f2c994efb139be50b6daa70f5de935406550bf72049909c7160afcc6ae01ec3	10660399	3024	6000	SONY	ILCE-7M3	2022-06-10 09:23:19.503071+00	2023-01-26 12:57:25.503071+00
882016	133	5226	DSC34927.JPG	u/85/68daeb03-cd99-496c-9a47-1f373daf94ff.jpg	665867ae087fd95c25c85f07c2dd885cb22891682f5b2682cecd2f1d04f7371e	2273060	3024	3024	SONY	ILCE-7M3	2022-05-27 10:30:07.162672+00	2023-01-04 01:28:09.162672+00
882017	133	5226	IMG_6575.JPG	u/85/83f83200-0bff-4cbe-b030-02cc69431990.jpg	72f1b86d60525d16dd7f1b6bd737a1ce5b51c0345be2d58ee9925bd057ac4cac	9416546	4032	3024	SONY	ILCE-7M3	2022-09-15 14:58:49.165128+00	2023-01-23 17:32:51.165128+00
882018	133	5226	_MG_4369.jpg	u/85/f9372c3d-e9b1-458c-99ba-efd3de16df48.jpg	4bb5c2cc1349e4ccb178f8403e86d236d192822826e477511acd71255587a099	11881489	4032	3024	SONY	ILCE-7M3	2022-11-06 05:29:34.822740+00	2023-01-28 18:07:17.822740+00
882019	133	5226	IMG_9354.JPG	u/85/c2aa7314-7129-42fb-9ab4-0291faf3f694.jpg	e76b253aa97655cd52f47d8ae86c9d92c540e7313103a91c84012ecb3efec0fe	11435375	4032	4000	SONY	ILCE-7M3	2022-10-03 01:07:19.907499+00	2023-01-29 12:00:29.907499+00
882020	133	5226	IMG_7095.JPG	u/85/a71e4571-4944-4e5a-a95b-9df5cf1e609d.jpg	9d2861b0290c45fd64864188bfb05741caf910cb9e6cd9e6208cdb6625586674	831861	4000	3024	SONY	ILCE-7M3	2022-07-24 11:43:16.842579+00	2023-01-18 08:33:52.842579+00
882021	133	5226	IMG_3155.JPG	u/85/3919d187-f5e4-4351-85b4-52b020d41843.jpg	d7ff00881bbfcee1cb09ed8d96dc150d36e11d0c4bf9d0f9b4ee974aaebfd5ba	13896118	4032	6000	SONY	ILCE-7M3	2022-06-25 08:15:50.799306+00	2023-01-22 13:07:14.799306+00
882022	133	5226	_MG_2591.jpg	u/85/0aebef9c-2612-4e07-a7e5-3fe66abb95f3.jpg	20dc7d478be7326cbf9f0ac5e8acb77998eef7d07358f37347209eff41c8eee7	10417171	4000	6000	SONY	ILCE-7M3	2022-05-23 19:34:46.697390+00	2023-02-03 21:57:28.697390+00
882023	134	5227	_MG_1230.jpg	u/86/40171896-c155-4c07-a026-3643e29a71ab.jpg	52d8aee21593ba82df08e8a82a0d8826c0aee9a3cbf6793b5b6d7fb5e4fdcb22	10416868	4000	6000	Apple	iPhone 15 Pro	2023-04-23 04:46:02.934977+00	2023-08-18 15:42:10.934977+00
882024	134	5227	PXL_20230516_128235543.jpg	u/86/914d9db7-0e40-47da-a1fa-460262be195e.jpg	f179fa9f7101b3746b8fc4f1da432a67c8cf39044ee1767d488e73c9b1d25cef	5219204	4000	6000	Apple	iPhone 15 Pro	2023-05-16 12:15:15.500900+00	2023-07-28 01:26:13.500900+00
882025	134	5227	DSC38444.JPG	u/86/793238ab-9138-4270-a3da-671a7e47f69f.jpg	bc41f57f31ece149559b5696db5e44eda4579cbfc444de20e22ff9ce61735e69	7994344	4000	6000	Apple	iPhone 15 Pro	2023-05-13 19:10:43.250370+00	2023-08-19 09:24:05.250370+00
882026	134	5227	IMG_7894.JPG	u/86/f1ee5360-f673-44c3-9307-a86d952947ba.jpg	f569784a6cde83637a444cf717b296bcabbed21bc68a0216f385f0daad26c077	6273024	4032	6000	Apple	iPhone 15 Pro	2023-02-20 22:50:55.306695+00	2023-09-01 23:08:43.306695+00
882027	134	5227	IMG_0985.JPG	u/86/a44b8a3b-cbd1-4e9b-a47f-fc5f29effc15.jpg	a778a9beab1cbce89fef755e4aa2bef26ab34f54132fd712fc32173f8a2143f8	1224123	6000	3024	Apple	iPhone 15 Pro	2023-03-15 10:10:35.320417+00	2023-08-09 17:30:19.320417+00
882028	134	5228	IMG_1563.HEIC	u/86/a551893b-6a5e-4e72-870d-4b1deb88d8f2.jpg	5f4c51d6cd480688ea75758053a7701d22495514b8410ef456aad503b0f5c996	13096395	3024	4000	NIKON CORPORATION	NIKON Z 6_2	2024-08-19 01:50:56.335268+00	2024-10-03 20:50:53.335268+00
882029	134	5228	PXL_20240206_157498802.jpg	u/86/b8f5ad73-a692-4eab-8ee1-18a6c1df7865.jpg	0fe224c8605999083503de0ac25d7bbf8094fb9438eb937c90ddf378edcaa288	5486596	6000	4000	NIKON CORPORATION	NIKON Z 6_2	2024-02-06 09:29:09.035329+00	2024-10-11 14:32:41.035329+00
882030	135	5229	DSC26761.JPG	u/87/a50e5a39-0b98-4dad-b108-429ef599fa88.jpg	7d2b2e5b57eadaa267c26b67a9473b22f1d7f7db070f0040c1f8c2280e4e192d	2936660	3024	6000	Apple	iPhone 15 Pro	2023-07-29 15:42:04.239281+00	2023-12-28 22:08:04.239281+00
882031	135	5229	DSC94626.JPG	u/87/f98c1bc5-52e2-4aef-8974-fbd9c454c18f.jpg	4bd0c742ad9d08c34bd7d37a7e387c051afb61dcda896c9bd5b9a2e01c0645f4	13064545	4000	6000	Apple	iPhone 15 Pro	2023-09-07 15:48:04.606941+00	2024-01-08 09:05:40.606941+00
882032	136	5230	IMG_8203.JPG	u/88/9ceb0973-45ab-4059-9c46-e2798281eb1b.jpg	2cc8f2f3732b0e21c959a4348084ca644d38a5378a7a1ed29ad0b54b6ba70d04	11895192	4000	6000	\N	\N	\N	2023-04-19 15:53:02.346437+00
882033	136	5230	DSC53090.JPG	u/88/3b840782-d506-44ac-9601-4b8c8be3f4d0.jpg	6b5ee5216aa43c69cdf717e9c7144fc9b0a547abd4890f8d28b2f08850e612b5	12454235	4032	6000	\N	\N	\N	2023-04-07 07:21:07.199932+00
882034	136	5230	_MG_8913.jpg	u/88/6c7356b9-60b5-4d4c-a37a-c97e9a39d366.jpg	8992c5f845fde49133294c93a5174d85289fa4e7205a2dc08bbe83a754e84d59	6987718	4032	6000	\N	\N	\N	2023-04-27 03:41:47.075508+00
882035	136	5230	IMG_5707.JPG	u/88/174d0fb4-2bb6-4b92-bb8b-d916e3100f68.jpg	d5306f78105c8fb008faee5be36c752953d87326dca3a701fdf8fb238b4a11f6	7572496	4032	4000	\N	\N	\N	2023-05-05 01:11:12.312084+00
882036	136	5230	DSC45216.JPG	u/88/d6719556-f5ca-4008-b833-f432a9bc51c0.jpg	67ea5ba74264075eed9bdc0b74489a0d470d7645082afb12e659401ffb170636	4644394	3024	2268	\N	\N	\N	2023-04-01 20:00:42.492874+00
882037	136	5230	IMG_4722.HEIC	u/88/59931cd9-e5f7-44d2-afa8-6f01d8c2f850.jpg	be9533e66e4f705c6a428de999a132bc8738bf65ae4eb0fc39f69fd2500e58bf	4057824	4000	6000	\N	\N	\N	2023-04-22 08:53:31.858285+00
882038	136	5230	DSC16545.JPG	u/88/06a8080f-a037-48ee-b39e-e5bcb3e02281.jpg	0dd564f321a6c23115636c69e6fee93f0f03b6bdc636731aa7fb270c3a835e8d	1985528	3024	6000	\N	\N	\N	2023-05-02 21:05:35.658977+00
882039	136	5230	DSC19217.JPG	u/88/8740b15f-9596-49be-ad1b-07bb688f9449.jpg	7f9b21cc5b99ec789a2413205d7cbd8c05d8ba00d36477eb0b5a0b72a85c0341	3164332	4032	3024	\N	\N	\N	2023-03-28 07:43:34.269459+00
882040	136	5230	IMG_9525.HEIC	u/88/5b9cb0ab-ba21-4a7c-854e-0b291b09a705.jpg	e77eb0f6b24819312cc0ea6a5ec53036616bac3e43ffa83f26b877e0f0cc43f9	4637913	6000	2268	\N	\N	\N	2023-04-07 08:23:54.008193+00
882041	136	5230	IMG_0985.HEIC	u/88/04b33f46-73d9-43a0-baea-5419e18209f0.jpg	c38463cfbcf68a12b17764c34aff6c564b6e0132af984da304956c8410b74913	6721056	3024	4000	\N	\N	\N	2023-05-01 02:46:52.996000+00
882042	136	5230	_MG_2971.jpg	u/88/2676bb43-5942-4432-a377-fd84ec0eda12.jpg	875d6181250eec783e92c8b549c628ab9a012c425056b01df55a4c75dfa9340d	4556993	4000	3024	\N	\N	\N	2023-03-31 23:49:40.391611+00
882043	136	5231	_MG_4856.jpg	u/88/42af07b9-db12-4c5f-b4a8-4d4492446497.jpg	94c6e81394cce11cd3d5cf2e8723cb772ada353dd3213219e9a00327d671978b	8407084	4032	6000	NIKON CORPORATION	NIKON Z 6_2	2021-12-31 11:14:21.489608+00	2022-04-23 12:19:27.489608+00
882044	136	5231	_MG_2599.jpg	u/88/6f8d7242-fe4d-49f9-9527-e168344bc1b5.jpg	33bb85fe8a44c30c3bea6b8ed6a1e1935fd291b96fd0b19b905f83447a8aebdb	12873324	4032	6000	NIKON CORPORATION	NIKON Z 6_2	2021-08-20 16:40:19.346919+00	2022-05-02 04:34:13.346919+00
882045	136	5231	DSC02290.JPG	u/88/90b0bf8c-887a-4ed6-934b-50815ebb8561.jpg	85a95b838de4b109c4de3a8490e7a131487cbadced0ecc92d97b13059f4016d0	862691	4000	4000	NIKON CORPORATION	NIKON Z 6_2	2021-07-27 14:39:24.957252+00	2022-05-12 05:30:01.957252+00
882046	137	5232	IMG_4493.JPG	u/89/d9d03168-1045-409f-ad19-bd0ba6309adb.jpg	a1623ec9a8c9fcda3f954ac9ef777e1b5f1dce4a877c03c5bd2bcc571554daa0	6230639	3024	3024	Apple	iPhone 15 Pro	2024-10-11 10:07:05.019273+00	2024-10-25 22:27:25.019273+00
882047	137	5232	_MG_7373.jpg	u/89/0cf1d57d-3859-4fc1-8d7a-f1fd34111d20.jpg	66de44774113f62386fea47121459e9871cca6861aa0e3f4da93e526efa50803	10351578	4000	3024	Apple	iPhone 15 Pro	2024-09-26 15:17:43.906473+00	2024-10-28 01:13:06.906473+00
882048	137	5233	IMG_8371.JPG	u/89/8822ee98-cf5a-498c-887f-93bdd1711b1d.jpg	a056fa8876776c21ad9474556a34cfd543a02c963fd08387cf53b6f6d5372d9e	2702044	3024	4000	samsung	SM-S918U	2024-09-01 17:22:33.787541+00	2024-09-01 18:04:14.787541+00
882049	137	5233	PXL_20240430_194241482.jpg	u/89/598ea8e7-bee9-4ab0-b0fc-14bef3616d39.jpg	d28186bdc53223bd80b782f0472f2d329576e15422812c45bbcb74e844381a5a	7776030	4032	2268	samsung	SM-S918U	2024-04-30 01:22:04.786208+00	2024-08-21 22:52:05.786208+00
882050	137	5233	IMG_6813.HEIC	u/89/bdfcd326-7394-444c-b6bc-9e317023250d.jpg	b354873f808d6059e534e43f1a0fb093d9bf45eab8178d3e1b1f8430aee7f0be	5639036	4000	6000	samsung	SM-S918U	2023-11-04 18:47:10.705776+00	2024-08-19 00:59:19.705776+00
882051	137	5233	IMG_1176.JPG	u/89/4edcf838-bde2-43d1-9776-10e371f94dab.jpg	1cdea5acdf155ccf34320be73b226d3624e59067c754f873e2dcc8ac32afc345	10500697	6000	3024	samsung	SM-S918U	2024-02-24 02:04:55.106344+00	2024-08-26 14:18:30.106344+00
882052	137	5233	PXL_20240802_184113628.jpg	u/89/98d3bd60-e833-4fad-b7bc-193f5c3f516d.jpg	8a7a3f12e44cbc00d9a41cf090d3db801098451a996d1ca7d29a38a5960db1b9	10065150	3024	2268	samsung	SM-S918U	2024-08-02 18:47:44.770028+00	2024-09-19 06:37:48.770028+00
882053	137	5234	PXL_20240611_026833413.jpg	u/89/399cb049-36bf-4214-9bc5-b65b674fae7b.jpg	3c3e2db2b738a7336a3844639b3ddc45952afd9715483ec04637c4e3964029f0	883458	3024	6000	Apple	iPhone 13	2024-06-11 06:51:45.447360+00	2024-10-23 08:07:17.447360+00
882054	137	5234	IMG_7868.JPG	u/89/499dc8f9-3b6e-4093-aece-0e4e26a2f2b3.jpg	b2e8b6950a2aa6a582d0ae2ae4762e81bdbe8e9b1d3b275e6d44f8cb9d5caa61	13698741	4032	4000	Apple	iPhone 13	2024-08-24 01:58:58.054772+00	2024-10-22 11:04:17.054772+00
882055	137	5234	PXL_20240105_124208674.jpg	u/89/288bb11a-051f-4c9e-8e9a-c2c85e94641f.jpg	5e6b3e5529f6bc6108221b4da86a3020e7fce6d549445c44d685f5511d010edf	13165278	6000	6000	Apple	iPhone 13	2024-01-05 09:55:34.681034+00	2024-10-24 21:35:14.681034+00
882056	137	5234	IMG_3620.HEIC	u/89/a55591f0-e3d7-481a-aec2-d8053babc6cc.jpg	052b911e3290b51c3083a1cc6dcf73bef778ba3477bdd5ee4cc444a0d64e485b	5262465	4000	2268	Apple	iPhone 13	2024-09-02 18:31:52.346014+00	2024-10-17 13:29:47.346014+00
882057	137	5234	IMG_5662.JPG	u/89/f48ae21f-51d7-4d82-b091-17d25ed52441.jpg	34f2a46ca5d08e86fccc14b69c31027fe8f799873194925515d815aae5928a0a	12491840	6000	2268	Apple	iPhone 13	2023-12-24 13:09:51.827221+00	2024-09-28 19:39:01.827221+00
882058	137	5234	_MG_3321.jpg	u/89/ae64d927-df1c-4207-8b13-1896e684eb65.jpg	9b42dbbd487361406b4a3879c85257d62883016461c29f95d4fc8be575ac3c1b	12167846	6000	2268	Apple	iPhone 13	2024-01-31 21:07:46.782056+00	2024-10-04 05:06:40.782056+00
882059	137	5234	IMG_1539.JPG	u/89/acd1500a-6303-4e77-99fd-2beb6fcc3c4f.jpg	591c521c033628f28bb0a0a2490497831d744920af29ba4e85f0a8acfe8504e9	6826704	3024	2268	Apple	iPhone 13	2024-02-27 21:17:35.710059+00	2024-10-29 22:51:41.710059+00
882060	137	5234	IMG_7960.JPG	u/89/a6c1955e-c4c2-4b6d-9c11-419da33cd478.jpg	efc9d5fd9f9186b2549f38bbd845a05215dc139b399af1c41f8b0f3a0bcc8cc3	6863696	4000	4000	Apple	iPhone 13	2024-09-10 04:02:26.319916+00	2024-10-13 08:11:28.319916+00
882061	137	5234	_MG_8878.jpg	u/89/e969a128-a859-4b0d-af5f-c6d9c011a2f0.jpg	403ff52d5f8c028255024f94a099ee1aadc9eabb1f0dccd98920c9d534e83615	8755997	4000	2268	Apple	iPhone 13	2024-01-27 23:56:08.913115+00	2024-09-30 20:35:27.913115+00
882062	137	5234	IMG_1004.HEIC	u/89/5b59bc68-1f3a-405d-ab8d-65aa3f26e59d.jpg	26c2fbcb856e9f68db4f37b02c1b4ebc0be56014a37ff202e9d5e10446470bec	6443715	4032	4000	Apple	iPhone 13	2024-06-09 19:25:50.033455+00	2024-09-23 05:24:45.033455+00
882063	138	5235	_MG_5126.jpg	u/8a/231cb9f9-2c30-460d-a637-0a44947b7b09.jpg	35d38420cb4a90d42636e1400a68e6915dd36547b78c90488035848b5a5a12e0	11566495	4000	3024	Google	Pixel 8	2021-10-20 00:14:51.706477+00	2021-11-12 19:48:04.706477+00
882064	138	5235	DSC83189.JPG	u/8a/8781df50-0720-442f-ae00-ae7e0b7f066b.jpg	3e0b4ec8f540d795c766683407da9fa4e0e9c21df0ae71b13826bae041dc414d	8634299	3024	6000	Google	Pixel 8	2021-11-15 06:18:11.726372+00	2021-12-15 14:50:33.726372+00
882065	139	5236	_MG_0229.jpg	u/8b/a8b09fac-6af1-475d-977f-b7fc73a4e0e1.jpg	72a1bf800812b2eb0341d13ffe8fa7dfca13d71b498986b3d79b07a31a9f63db	13494719	4000	6000	Canon	Canon EOS R6	2022-09-21 09:48:58.814295+00	2023-06-10 16:45:29.814295+00
882066	139	5236	DSC50869.JPG	u/8b/67177197-8108-45e1-ab8a-9d1d5a053ab2.jpg	8d496a1cb42041fa91b8c4bfb30060f870a1b7f9f6dbd73e7a4996d06d2785e0	8502530	4000	2268	Canon	Canon EOS R6	2023-02-14 12:27:21.682164+00	2023-06-20 00:43:51.682164+00
882067	139	5236	IMG_3191.HEIC	u/8b/12b4d38e-ad17-42a2-a49f-4cf18b7779cb.jpg	c2bd15647c89891f0aa01833487c4a4be7983c1472e348cf19ab61eb04501d01	8680561	3024	3024	Canon	Canon EOS R6	2023-04-19 19:49:29.193000+00	2023-06-12 05:17:21.193000+00
882068	139	5236	IMG_6876.JPG	u/8b/2d7d57b2-5bec-4817-bb5e-fd5ad4cb9405.jpg	1fa44a8c2d6d83e9a2ab758df751888207a6008dac0e37a5a27b270b24cbc1a4	3201435	4032	2268	Canon	Canon EOS R6	2023-04-05 05:25:24.687165+00	2023-07-10 22:30:13.687165+00
882069	139	5236	_MG_1516.jpg	u/8b/d9dd980f-be74-44c8-9d50-2db7e62c3d2f.jpg	3213cd28c9a3fcada8d3ddb1282a300e7368dda5ec21971040ed4d629e1eb0a2	9912846	3024	4000	Canon	Canon EOS R6	2022-11-11 22:27:05.124608+00	2023-06-16 21:35:33.124608+00
882070	139	5236	IMG_3780.JPG	u/8b/f29409ed-f87c-4b4e-909a-0c6418650b9a.jpg	e6249df7343a7d334c403bde6cca4ddb7af42b63a50455d41d1b23e81aab2a81	1416007	4000	2268	Canon	Canon EOS R6	2022-10-10 01:26:56.552133+00	2023-06-20 00:41:21.552133+00
882071	139	5236	PXL_20230627_117416099.jpg	u/8b/1c41add9-d6d2-4dd3-b9ec-534e1fcc41e4.jpg	bafe48d6464118f522ac4c6594bd08debdf4c9cde1abb2cc0fa4d13c94326a34	5229633	4032	2268	Canon	Canon EOS R6	2023-06-27 02:49:25.998686+00	2023-07-06 06:52:09.998686+00
882072	139	5236	PXL_20221123_153194918.jpg	u/8b/1f09b1f7-db0f-45c4-a0d3-f392bf344eb9.jpg	2baa4f529647018399883045f05094e3aa480c521f87d95544d86ea0b34afc8a	7897070	3024	3024	Canon	Canon EOS R6	2022-11-23 09:27:30.704854+00	2023-06-29 13:06:04.704854+00
882073	139	5236	_MG_2527.jpg	u/8b/d9a8806e-0e08-4bc0-b4bf-6303ac910014.jpg	909805f61c067ba988f2c8e88c6668f918e98c6041c66d350ed6445ba8a5c1bf	5509686	3024	6000	Canon	Canon EOS R6	2022-09-24 21:06:59.171881+00	2023-07-01 16:32:29.171881+00
882074	139	5236	IMG_8362.JPG	u/8b/abcc6134-cb4f-40f7-90ae-68a65b7e190d.jpg	6b26bf82ffd1e7fb92464725b7a3459b163b067bffd84cd4c02bbf026821c64c	1113972	6000	3024	Canon	Canon EOS R6	2023-01-27 16:25:02.672394+00	2023-07-04 12:01:27.672394+00
882075	139	5236	IMG_6828.JPG	u/8b/d0d1c6dd-e9ae-4e19-9a46-56f48773aa34.jpg	534fbf69208e4acb4dfd92ae38bbc3f0dfc2f038f78ef06f70bbd083cc7a3cdc	7210711	4032	3024	Canon	Canon EOS R6	2023-06-19 11:22:42.262951+00	2023-06-22 16:34:03.262951+00
882076	139	5236	DSC57283.JPG	u/8b/66791edd-7be8-4b8e-bfbf-273171873db3.jpg	9600bce20d64919580d2dcdab21d5afc6892f0f51a0c26238ea9f3857c10545e	808652	6000	2268	Canon	Canon EOS R6	2023-02-05 09:08:02.336965+00	2023-06-21 01:00:44.336965+00
882077	139	5236	IMG_7946.JPG	u/8b/69e3f3d4-03f9-4ed2-b6a1-e9b89aca4ebb.jpg	ab39460600a73f594eb17db92f1ff8a3af4f24634fafb7a5a33d8c13e23fc7a4	9342668	3024	6000	Canon	Canon EOS R6	2023-05-14 19:35:43.806934+00	2023-07-06 16:56:33.806934+00
882078	139	5236	IMG_7985.HEIC	u/8b/a4f6fdf3-cdd4-4df8-870b-e7c98d803f80.jpg	0a0f2e701b6cc31003f8cca6211d6a37acd2ed43e665fdc3d23df975b1cfd7c0	8194520	3024	4000	Canon	Canon EOS R6	2023-06-04 12:16:31.926876+00	2023-06-26 19:19:24.926876+00
882079	139	5236	IMG_1728.HEIC	u/8b/d6e79aef-f197-407a-81cb-1138e92d88b3.jpg	4cccf501c3c0f659c9fe99ad693292d45741a539a35e59a35d0efe5e9f2b554b	5343060	4000	6000	Canon	Canon EOS R6	2023-01-24 15:41:48.467522+00	2023-06-23 09:37:34.467522+00
882080	139	5236	IMG_5264.HEIC	u/8b/a5d86f87-2ac6-4a2d-bf9c-8622977f6acd.jpg	fec81bfb996093c20abff9c3f3c737241cdf41d77f7c8dd43b9025d2f1c471d5	8767450	4032	3024	Canon	Canon EOS R6	2022-11-21 18:22:15.227249+00	2023-07-16 10:37:59.227249+00
882081	139	5237	IMG_4639.JPG	u/8b/b709c6ae-de28-4635-86da-be987f9ca408.jpg	274efbff9a807753c1024b2333a0d48f5f95d719f6b94aaca8523520048dbf87	1608695	4000	4000	FUJIFILM	X-T4	2024-02-20 20:48:13.080682+00	2024-02-26 20:43:43.080682+00
882082	139	5237	PXL_20230707_059375743.jpg	u/8b/22584d10-8373-4799-96a4-8245a4413cd1.jpg	6aec491c20cf10f1e3dcea54a1bfa812ab9f4a95f1d8f4728bd90e6abd1514ec	2367108	3024	2268	FUJIFILM	X-T4	2023-07-07 06:00:32.018554+00	2024-02-20 18:31:52.018554+00
882083	139	5237	DSC60853.JPG	u/8b/e2322883-3804-4551-b204-57d933209696.jpg	0679bcbc0f08f335670afe7a00cb7088ae88005a0af557dce509bc1c48fd5cdb	5382052	3024	3024	FUJIFILM	X-T4	2024-01-24 06:30:16.812079+00	2024-02-22 03:40:02.812079+00
882084	139	5237	_MG_4803.jpg	u/8b/ec6fa4bb-2c75-4931-be23-957236297cca.jpg	d25877e1a8bfb4ac95bcdb0d4f79933a3710f367065c8446b64c366a39c8c6b3	7443175	4000	6000	FUJIFILM	X-T4	2023-05-31 20:41:36.163530+00	2024-02-07 00:19:49.163530+00
882085	139	5237	IMG_2038.JPG	u/8b/ff023229-a873-4a9b-8135-e2e04927e2e8.jpg	c9ae1d6ff74c9c0356df6dad9deebf3de4b60ec3a14d5d9fd10c165425d091e0	13700541	6000	2268	FUJIFILM	X-T4	2023-11-19 08:21:30.237089+00	2024-02-12 22:05:19.237089+00
882086	139	5237	PXL_20230706_091198153.jpg	u/8b/017bf29b-2993-4f78-9801-a25565927566.jpg	29976285919f30d3cab4684ba4971b05842c4eb258f1e637c754a09167f56f22	11807918	3024	2268	FUJIFILM	X-T4	2023-07-06 04:13:49.698172+00	2024-02-25 01:11:17.698172+00
882087	139	5237	IMG_8587.JPG	u/8b/4cb97b75-fe65-4f44-bb20-118f92a39648.jpg	ee58d7ba6a8713d777c40caa3b18b5054a075bb7717abb7b937c444aee2754d0	7578666	6000	3024	FUJIFILM	X-T4	2023-06-26 14:45:09.066439+00	2024-03-11 10:31:53.066439+00
882088	139	5237	IMG_1718.JPG	u/8b/35af2cc4-a50e-4ee3-93d1-a1e0e50126df.jpg	7a4b6b3c93fdf543795ab976dde35bee9b25bed80b2441f2d54fe987a915f07c	11414901	6000	2268	FUJIFILM	X-T4	2023-11-02 21:06:08.678344+00	2024-03-09 01:42:24.678344+00
882089	139	5237	_MG_7502.jpg	u/8b/e8650b0c-bff2-4aaa-b5a5-81ad826afacd.jpg	7e74b73776b7e6214b5bb97ae53af2d1a08ee384281820293c2d23fc5d821bf2	3151311	3024	2268	FUJIFILM	X-T4	2023-07-20 06:12:38.215038+00	2024-02-04 04:37:37.215038+00
882090	139	5237	IMG_6330.HEIC	u/8b/35941618-7aa1-49a2-b06c-0e3205482dc8.jpg	33ae4388b86d2f652730ebd05b33af7bd6eaf07ab127cfdded6a7dcc1b3ecdeb	7829536	6000	6000	FUJIFILM	X-T4	2024-02-10 19:34:51.892164+00	2024-02-11 07:18:37.892164+00
882091	139	5237	_MG_5205.jpg	u/8b/7465f194-e84a-4b53-9a73-f26b5f610e52.jpg	d8c10d726cdda5651e66484b3cb843262d8efc9cf6702ac2fcc2a87fd24c3810	2530938	3024	4000	FUJIFILM	X-T4	2023-08-26 09:31:18.232905+00	2024-02-14 23:41:38.232905+00
882092	140	5238	IMG_4066.HEIC	u/8c/c6993554-2407-46f6-ae85-5f323c408d92.jpg	222a8cb9272aef2bd02b221a5e1ad190c4d11bf68f1b8adb17a4f0a25ff85a89	8391254	4032	2268	SONY	ILCE-7M3	2023-02-02 09:45:43.931997+00	2023-04-01 20:08:06.931997+00
882093	140	5238	PXL_20220917_017734993.jpg	u/8c/4b6457cb-0e2c-4768-91e3-2007e45305f4.jpg	6e4bd7140cd11baf6c8f3b5fe5070afb26a095d04d4cefc8aeab283ab73623ee	10531839	4032	3024	SONY	ILCE-7M3	2022-09-17 05:10:19.299444+00	2023-04-15 08:34:01.299444+00
882094	140	5238	_MG_5422.jpg	u/8c/93648ce0-49a7-4b18-8783-ebb1eb55c610.jpg	606ebd516f0c64f684555b5a55b3a92836297d7e4c1c0c76cd680cdf436303ea	8688720	4000	6000	SONY	ILCE-7M3	2023-01-26 03:26:43.316674+00	2023-04-06 18:01:23.316674+00
882095	140	5238	IMG_2130.HEIC	u/8c/69647386-3f65-49e1-bfc1-909c02fc1df2.jpg	913a3c74b44da4c09bf57f1846631748537e4ba4f19d7e7bb12348456f959cea	1877537	4032	3024	SONY	ILCE-7M3	2022-12-11 10:07:52.021831+00	2023-03-16 20:19:12.021831+00
882096	140	5238	_MG_7648.jpg	u/8c/8612eff7-fa75-482d-83b8-c7236242e44c.jpg	9f0d31edcfefe9cb196e8291a2aabb8b6433cc079486b1c5c14ea0c0c63c30e5	8466673	4000	2268	SONY	ILCE-7M3	2023-03-15 22:51:10.059675+00	2023-04-20 16:36:17.059675+00
882097	140	5238	DSC54913.JPG	u/8c/4ff07cc6-5e24-4174-b442-82aaa9f146be.jpg	29edbe9427c3b99b157a395088175c4280e4f440b49d4c36ad7ededf32e58c6e	9238238	3024	4000	SONY	ILCE-7M3	2023-01-31 13:43:48.678734+00	2023-03-13 17:18:15.678734+00
882098	140	5238	IMG_0798.JPG	u/8c/0c421e9e-b402-400b-ae8c-f9db8e867200.jpg	59f39cd5529d917828e7261d9f99c198d2ba258c97244e5178ac6222be619fd5	11376000	4032	2268	SONY	ILCE-7M3	2022-11-08 10:47:55.892791+00	2023-03-27 13:28:05.892791+00
882099	140	5238	_MG_0742.jpg	u/8c/f4a71838-7232-4745-bcff-db570564fb62.jpg	93a51a3e8441635e35d7fb04a8d8ea87d69af4f1ac74b5361bafbfad37e800cc	950198	4000	6000	SONY	ILCE-7M3	2023-03-07 21:59:55.629786+00	2023-03-21 23:23:42.629786+00
882100	140	5238	IMG_2048.JPG	u/8c/6a9922e6-c928-412e-bc72-91ed6edb6d0d.jpg	790b5894e6c09b621159a2a29891cc4e9561265aed8e2ee8b9ba57ddc4cc46af	12799664	6000	4000	SONY	ILCE-7M3	2022-11-03 01:22:32.519197+00	2023-03-31 23:48:11.519197+00
882101	140	5238	_MG_1130.jpg	u/8c/4aa83b70-e1c3-49d3-8dbb-73b3a29ebf92.jpg	32de314793b50bfe58628566e066ad3b0974041ffa8ba869bf27ae11beb40bae	12296470	4032	3024	SONY	ILCE-7M3	2023-01-19 23:12:40.920534+00	2023-03-28 22:01:13.920534+00
882102	141	5239	PXL_20201106_153082138.jpg	u/8d/269f6faf-f625-428c-9360-000fe5814ae0.jpg	58cadd740e1c2ce0848bfbe61a6175fbc36e2cc8681b78be1ccea22f9b887819	1882493	4032	4000	Canon	Canon EOS Rebel T7	2020-11-06 18:57:10.485690+00	2021-08-18 15:30:11.485690+00
882103	141	5239	_MG_7309.jpg	u/8d/8977a51b-68fc-4cca-b33e-a2d353c20472.jpg	a3a154dceb28aff6e924b81f6fd52d3c2e3051aaaedc50d5b2a0d3efa9973853	1525801	4032	4000	Canon	Canon EOS Rebel T7	2021-06-26 01:28:38.888942+00	2021-07-25 16:04:15.888942+00
882104	141	5239	IMG_7082.HEIC	u/8d/d9ea892e-c507-4ede-a160-43469d1f0145.jpg	0fbe3877f6331daef5bd19fe33b7a0af8b3b74c766b7a1b179f7558286ca288a	1756847	6000	2268	Canon	Canon EOS Rebel T7	2020-12-14 07:25:24.177425+00	2021-08-20 19:22:13.177425+00
882105	141	5239	_MG_9088.jpg	u/8d/6f795c73-7300-4bba-9d3f-4cb1fd90af6e.jpg	ddc75138d4c5b838516bffd31a63380a359efb9bc5e0f5e3dded23a6513bd75b	7881500	4000	6000	Canon	Canon EOS Rebel T7	2021-07-05 02:12:09.740560+00	2021-08-18 17:59:47.740560+00
882106	141	5239	IMG_9606.JPG	u/8d/998ed867-89a0-4138-a64d-484af1db5027.jpg	73df55a76da45f2407bfdd197af798be291b6518e078237d6a8978eefe51c454	6765156	3024	4000	Canon	Canon EOS Rebel T7	2021-04-03 11:57:49.876592+00	2021-08-21 20:36:10.876592+00
882107	141	5239	_MG_8067.jpg	u/8d/be447c7c-9143-45d6-a10b-f5201d0ed09c.jpg	1f4f40674392aae4136734bbefcdff84ecef5eeadd1551cd3f3e858eda3983aa	5411348	3024	4000	Canon	Canon EOS Rebel T7	2021-01-24 04:10:08.484777+00	2021-08-31 19:52:54.484777+00
882108	141	5239	IMG_9755.HEIC	u/8d/aec90294-8e73-4ad7-9695-62e841073c69.jpg	ffa16994ef6fd7329fbde849af35819b3f1de9e7c1f94ca8f12ecd252aa2d8ab	10144403	4000	2268	Canon	Canon EOS Rebel T7	2020-11-08 04:01:49.986963+00	2021-08-14 05:08:00.986963+00
882109	141	5239	PXL_20201216_009994709.jpg	u/8d/96242c4f-b654-4b5e-8d97-bad4bc9a5bf0.jpg	3d7f3aeb03a4e59431c5a204283ce754c4f7890a2403bf0cf61cec269b56a478	7266849	4000	6000	Canon	Canon EOS Rebel T7	2020-12-16 02:27:46.558744+00	2021-08-12 01:41:49.558744+00
882110	141	5240	PXL_20220728_215330716.jpg	u/8d/2b7cf5f6-b83f-44a9-bb47-3a8c69879322.jpg	46477cbf94c7973ed22c8c9be6e3c724b27c1a33599501c520005c1fda45adf3	8114670	4032	6000	Apple	iPhone 14	2022-07-28 10:04:02.051118+00	2022-12-19 15:26:17.051118+00
882111	141	5240	IMG_9809.HEIC	u/8d/056e3749-31ef-4fea-a8ba-c9840455a9ee.jpg	bd41a7ae4f0ffc8ead5f1a754421fd2dba7f8b65ceac2f09c85011d45792a4e4	5283562	6000	2268	Apple	iPhone 14	2022-06-30 04:19:10.345996+00	2022-12-28 14:45:34.345996+00
882112	141	5240	IMG_4380.HEIC	u/8d/85616d7c-2041-4580-a24c-4f833de3ce7f.jpg	867967b092301ff63de190a99366d4dc7f2cd71f1f03df6df1880b64bf23287a	2715456	3024	6000	Apple	iPhone 14	2022-04-12 11:59:05.553178+00	2022-12-05 07:44:35.553178+00
882113	141	5240	IMG_9582.JPG	u/8d/3df62981-a619-4172-8b67-09bbb060e4ce.jpg	140935fff36932294e9ab6b949b3f4770fdfdcd0af5966e5a6cb1a4b10c1c61e	10919658	3024	2268	Apple	iPhone 14	2022-09-15 06:07:54.902211+00	2022-12-12 11:22:49.902211+00
882114	141	5240	PXL_20220824_176130449.jpg	u/8d/d391e66e-5d68-48cd-98d4-e7bc494d7ec8.jpg	1e211bf12855b8139a87aede6b4fb06154b015146ca0a1839e3b5a596d7d7215	10752375	4000	4000	Apple	iPhone 14	2022-08-24 21:27:32.794318+00	2022-12-14 06:18:43.794318+00
882115	141	5240	_MG_1314.jpg	u/8d/a1767cba-11b7-41f7-a880-35c60d6fca96.jpg	0c907153d174715608137d0b47a04f7c7c2f25de5c1be7942b3e7a43598e8a20	4921622	4000	3024	Apple	iPhone 14	2022-04-14 18:08:01.099216+00	2022-12-20 17:07:40.099216+00
882116	141	5240	DSC96711.JPG	u/8d/c6db6b9c-9acc-4f3b-87c6-04e4e328d878.jpg	e9ee6cc84734fd3450ebd7c94af659f36c7f568fbe019b08735199ba470b5107	12603780	3024	3024	Apple	iPhone 14	2022-10-30 17:22:42.980824+00	2022-12-04 18:49:44.980824+00
882117	141	5240	DSC41762.JPG	u/8d/c94086ac-0bae-4d9b-88c3-4d4167b97674.jpg	0d4f2763273f781e33f4a359ddeb7a2087859fef02cf974dcb8294fdd4f11b7a	6430587	6000	3024	Apple	iPhone 14	2022-07-01 04:48:15.952689+00	2022-12-10 21:53:57.952689+00
882118	141	5240	IMG_7878.HEIC	u/8d/d55b61e0-1539-4498-8380-27addb4fff52.jpg	1a80a7ed198db7957b96f36df021991534ddc4fcf0730f5dff0b4f459c16e53b	10913486	4032	4000	Apple	iPhone 14	2022-08-13 01:19:26.850787+00	2022-12-26 16:02:16.850787+00
882119	141	5240	PXL_20220311_168373321.jpg	u/8d/6a0d68c4-03aa-4a44-9006-22d184e61bb6.jpg	89cbf976a4296eaf6dc2aa26b5032ce0df769c7ff4aab9726d76270adbdd440d	2349658	3024	2268	Apple	iPhone 14	2022-03-11 05:39:13.099411+00	2022-12-04 09:39:01.099411+00
882120	141	5240	_MG_4578.jpg	u/8d/554f115c-51bd-4818-a4ad-d82bc4e85a8d.jpg	7614b3c4a90b5754e0676349a7697f0a91d2ae5bd939b13a82b3fab9e47dcb19	12266938	4032	2268	Apple	iPhone 14	2022-06-09 08:32:38.216743+00	2022-12-27 22:55:28.216743+00
882121	141	5240	DSC55968.JPG	u/8d/7349de6e-9944-4b4d-bcee-7662ec4a236b.jpg	ddf36346095bea3c5911b9dd425dad0c425f7d47fdd0587b098097eac0ab2205	4726092	6000	3024	Apple	iPhone 14	2022-08-01 12:21:53.898876+00	2022-12-15 11:01:42.898876+00
882122	142	5241	_MG_6711.jpg	u/8e/291856a5-728a-4e61-a712-a0f1c87442ab.jpg	3227979ff263b432da39ac98819c104318cd2226e27e6a5cfa3f7d73c815ddb8	4191966	4032	2268	Canon	Canon EOS Rebel T7	2023-09-16 04:51:03.867624+00	2023-09-20 08:20:44.867624+00
882123	142	5241	PXL_20230108_094096138.jpg	u/8e/8ee6f8fd-7eb0-4f67-b670-8e8954993af1.jpg	954638ddd8227e5d981993cc4846656af8710a456e663a380f38c66003738493	12004959	3024	4000	Canon	Canon EOS Rebel T7	2023-01-08 23:50:44.608326+00	2023-09-28 17:42:06.608326+00
882124	142	5241	IMG_9714.HEIC	u/8e/aa2629b3-dcd3-4924-8d08-e911d594bafe.jpg	19a78e76c0ee615011fa729f5a2515d64e4acd6523ec8a91a6d828ccb2a40898	6325148	4000	6000	Canon	Canon EOS Rebel T7	2023-04-21 03:45:24.064355+00	2023-10-14 21:30:55.064355+00
882125	142	5241	PXL_20221221_064084996.jpg	u/8e/7f8effbd-b4ea-4612-aa66-f607df28ab75.jpg	16a960ee2ee84e0a598d7e0913f315e348bf1a3a6aa05fff03a7ce2db338c793	7498663	4032	3024	Canon	Canon EOS Rebel T7	2022-12-21 18:15:18.033087+00	2023-10-04 21:41:56.033087+00
882126	143	5242	IMG_1787.JPG	u/8f/2ecb3f3d-f683-49e5-bb71-50caeefe7568.jpg	ac1341b2553cdf669ac992f1bf8469487b0ddd3740fa5a0193bd05b7430ae9ae	4411634	4000	3024	\N	\N	\N	2022-12-22 16:45:40.920903+00
882127	143	5242	DSC49429.JPG	u/8f/717d414f-b6ea-488e-9d6a-761a00ab1331.jpg	37f0c59439fa082dc0a18e985e0e2f41f28cab9fbc58a4c1e47972373eeaea23	11623387	4032	6000	\N	\N	\N	2023-01-26 15:05:29.879495+00
882128	144	5243	_MG_4365.jpg	u/90/f01d9382-9f0f-4803-8b8a-f416d75cd692.jpg	ddd98222cc2f6b62fb5820278affb63607e059665d1168e12fd51a85595dd80c	1242033	6000	4000	samsung	SM-S918U	2023-07-21 05:54:41.580205+00	2024-03-25 07:45:32.580205+00
882129	144	5243	DSC95749.JPG	u/90/6275fd0e-1334-4567-9fcf-36f4a60ff101.jpg	86ec8890b963cbe085e6a182b667dce071e00f981119b4e7f0493926868417f3	11906004	4000	3024	samsung	SM-S918U	2023-10-06 02:49:26.827523+00	2024-03-19 12:59:19.827523+00
882130	144	5243	IMG_3595.JPG	u/90/b95b8b72-5837-4634-9b65-8f78e3779d8a.jpg	ba41a35533bea08a9b360031f45483dc80e00e7ae89b22b8ca23e66381ee49c6	5341354	3024	2268	samsung	SM-S918U	2024-01-08 22:24:39.780998+00	2024-03-21 05:25:16.780998+00
882131	144	5243	PXL_20231210_219613956.jpg	u/90/ef1d3d6e-693c-4fcc-a8c2-2102cad4bec4.jpg	e6721e793e8d43f7cf46295753ac71e9a701e45fc9e378cb8f2d461d68d49c22	8593262	4032	2268	samsung	SM-S918U	2023-12-10 12:06:51.938875+00	2024-03-11 14:27:50.938875+00
882132	144	5243	_MG_3369.jpg	u/90/6676aaba-011f-47cb-a3f5-1ce1692764fa.jpg	57ad38521baf098c885146ae6612a6572d31a1fbc57851317a716c8080fa1ca5	1069393	3024	3024	samsung	SM-S918U	2023-06-19 12:48:29.720191+00	2024-03-31 02:28:14.720191+00
882133	144	5243	_MG_6373.jpg	u/90/a32d8f28-bf54-45ba-9501-187e1a0d745f.jpg	35f3e474726af0d3f1ae041fa9ca46e04c230e9a1620b1f7e0689c060aec5657	2244494	4000	2268	samsung	SM-S918U	2024-01-19 10:54:14.374201+00	2024-04-02 12:27:58.374201+00
882134	144	5244	IMG_1374.JPG	u/90/93b79a4d-bfee-4b28-a161-426e7499f110.jpg	975b73d5f7c33c07dddc61e1a765677e74116c31643a94b740be33bf89f6d8c4	6678086	4000	2268	Canon	Canon EOS Rebel T7	2024-08-11 05:21:00.896791+00	2024-08-27 04:24:10.896791+00
882135	144	5244	_MG_7247.jpg	u/90/62b0be25-5243-401e-b694-5727a5cbfeeb.jpg	4dabdad1a3ac2601de5bdc6d95a2d1cb37aa9adc8885ed2489f45698e38acf75	10074815	4000	3024	Canon	Canon EOS Rebel T7	2024-07-04 07:28:35.681064+00	2024-09-29 07:46:09.681064+00
882136	144	5244	PXL_20240213_112308949.jpg	u/90/b8e7b00d-b59c-4c0a-aefe-2b550d754026.jpg	7731a88cf859e45327932ca9704407b99b25049f05be2a701c47e03c1be2b633	3351998	6000	3024	Canon	Canon EOS Rebel T7	2024-02-13 14:56:57.631606+00	2024-09-07 07:30:44.631606+00
882137	144	5244	DSC67423.JPG	u/90/95d79b79-27fd-4fbb-9397-a464c32c22c2.jpg	9b5eef60e665040c06dfb57661bf20aed4382896cffae57612f7ad81f28b2d6b	7558846	6000	2268	Canon	Canon EOS Rebel T7	2024-01-20 18:16:03.795829+00	2024-09-04 14:33:07.795829+00
882138	144	5244	IMG_0439.JPG	u/90/ebde0e67-33c3-4b30-9c31-b717142ef659.jpg	c5d5bb0a7177dc1453c1bf24fc7f31314d5a360b22425af56e7591a1a21cd5ff	9660187	4032	2268	Canon	Canon EOS Rebel T7	2024-06-11 19:53:04.434230+00	2024-09-04 09:43:25.434230+00
882139	144	5245	IMG_5210.HEIC	u/90/c711df30-b1ef-4005-bc63-d27344ea6225.jpg	adba140800be5d0134362463c20bcb2aea50607ed66cbba1b32a1dc69178e0af	8587230	4032	4000	samsung	SM-S918U	2024-07-04 02:05:35.868423+00	2024-07-11 07:32:50.868423+00
882140	144	5245	IMG_3680.JPG	u/90/65dd4e44-1e30-4b04-9e2a-c4866fb78b76.jpg	91730767c200dcc61b22fb929c13b9d53ff83589aadf27c4cb81580799aa86e5	3825339	4000	4000	samsung	SM-S918U	2024-04-17 09:14:36.966834+00	2024-06-11 12:17:49.966834+00
882141	144	5245	IMG_3854.HEIC	u/90/c7777463-c79d-4a89-8af4-221817568f9d.jpg	a67a782f861c5484420a1dc26494fa4844ec1748899e5b191e4df1e401552944	2996511	4000	3024	samsung	SM-S918U	2023-11-25 15:36:00.665507+00	2024-07-04 10:46:21.665507+00
882142	144	5245	IMG_4784.HEIC	u/90/96932681-3741-4cd6-8ccb-0be4efd8d156.jpg	fa576dfe780e8c2b42e1127755e59402ab972622e5bb4fe81be91803573dc7a6	11421627	4032	2268	samsung	SM-S918U	2024-04-08 11:26:11.389424+00	2024-06-30 00:48:36.389424+00
882143	144	5245	IMG_6304.HEIC	u/90/d5a293c3-fab4-471b-a9ce-e6505b35889e.jpg	47cf8a8b7ca1d4fcb325cb3efa05f6deee3ca491073f2c8a282859d47bf7a926	9432942	3024	2268	samsung	SM-S918U	2024-03-31 09:28:23.302291+00	2024-07-05 19:22:17.302291+00
882144	144	5245	PXL_20231123_085774258.jpg	u/90/320c2f08-bc62-4d6d-99e8-1930e04a0e6c.jpg	683d29e3b2d06528ef2a882093368d547bca7fe6cc91d4e26e0de54c9f014c5f	9169361	3024	6000	samsung	SM-S918U	2023-11-23 17:28:18.617534+00	2024-06-20 13:14:59.617534+00
882145	144	5245	PXL_20240529_073660971.jpg	u/90/8ecf4d7e-ad49-4414-b119-db7f9807d1ea.jpg	19fa42eeed8201eafaf82404a6fcb7e9f96887f9a7e296e7def78b2d6b41bf06	7111723	4032	6000	samsung	SM-S918U	2024-05-29 17:54:29.749416+00	2024-06-12 00:28:40.749416+00
882146	144	5245	IMG_0937.HEIC	u/90/b1e16fbe-27b7-49e4-ac99-82e0391d1116.jpg	530c1264a98d5c0435ae3137440e57ac110f84a511bf6ec1231824f8f4e3908a	12390417	3024	4000	samsung	SM-S918U	2023-09-12 18:36:35.229752+00	2024-07-07 04:12:52.229752+00
882147	144	5245	IMG_0112.JPG	u/90/0f3b3e08-6659-4b26-920d-09fae0e5b417.jpg	2354b1e1b0cb0152909cced467dc892a6dceb2b408402df589516a05f3f73a0c	1186307	3024	4000	samsung	SM-S918U	2024-02-03 16:06:11.619622+00	2024-07-09 17:07:22.619622+00
882148	144	5245	IMG_6709.JPG	u/90/3a0c1c0f-3bb7-47b2-872a-2e2af3a50a37.jpg	763743be8dfe9abdd39e5b95889675917ea4eab6f2d7b59505515fca7a9e5173	12434857	3024	3024	samsung	SM-S918U	2023-11-17 11:56:31.150569+00	2024-06-27 09:02:49.150569+00
882149	144	5245	PXL_20240322_224873234.jpg	u/90/57a856f0-389a-41e7-ade4-259eabc9a0b2.jpg	4a392401f5c42a1d799dc45c2bb10828b032dd29989c67958f45357dd08253c9	10465809	3024	2268	samsung	SM-S918U	2024-03-22 02:24:42.026261+00	2024-06-11 03:20:26.026261+00
882150	144	5245	DSC45287.JPG	u/90/533f13ce-e163-499c-8394-923a725fc8c9.jpg	35e63912aa9e741f771c9a06a04bfbdc198ffbf96a2d097f1522a90390798022	6322461	4000	3024	samsung	SM-S918U	2023-12-06 17:33:30.081283+00	2024-06-07 00:07:38.081283+00
882151	144	5245	PXL_20231028_126234547.jpg	u/90/a0cb5d7a-8ba4-461a-98fb-14fc5d29443f.jpg	70880c3e65d042e35eba5b8379282f5bcc2f063ac7e98dcb64987d07b7282f45	12128541	6000	6000	samsung	SM-S918U	2023-10-28 03:14:17.829480+00	2024-07-09 12:58:35.829480+00
882152	144	5245	DSC26058.JPG	u/90/c2789b7c-979e-4190-bcc9-7fa09b712320.jpg	62218a80c8ada0dbf9df2e35de4bb0bf10abfb837bde75be8955ac2f6dc3c825	6117210	4032	3024	samsung	SM-S918U	2023-10-05 18:12:51.024683+00	2024-06-19 20:31:43.024683+00
882153	144	5245	IMG_2629.JPG	u/90/143e94df-1760-4f1f-b13c-14ff2e8dbfd5.jpg	60bf0ff7a3bf6b09f9153d7045faf699f9c927167fdd7ca47a8735edb230432f	9629645	3024	4000	samsung	SM-S918U	2024-02-12 14:43:44.501118+00	2024-06-13 21:10:43.501118+00
882154	144	5245	DSC54893.JPG	u/90/281ba1cb-5f4f-4a05-b83c-be2987bb5623.jpg	0bb7fb7f691d1657d03562c91cf1f9c9447aaaf8768dabd1fc997380261e4458	1823813	3024	4000	samsung	SM-S918U	2024-04-30 18:06:18.307273+00	2024-06-05 08:48:46.307273+00
882155	144	5246	_MG_7555.jpg	u/90/3c4b8f73-9c06-4460-b730-d58d602a3475.jpg	8535908d178390c92f118efec2f81a5e2ce2a2035eebf37ca3dcd78a58405331	13807949	3024	2268	Google	Pixel 8	2024-04-28 10:17:18.582879+00	2024-09-15 06:25:54.582879+00
882156	144	5246	IMG_7729.HEIC	u/90/458fb3e4-1542-44e3-908f-3d38609ed3f8.jpg	22dee0f0d677e180e1742acf8ae01cfbb4c25e9cbc540331c724c701897bbf81	8604380	4000	3024	Google	Pixel 8	2024-02-13 01:00:01.185835+00	2024-10-01 05:55:24.185835+00
882157	144	5246	DSC32753.JPG	u/90/2033245d-b28d-4ce7-a4f0-d07e28d4996f.jpg	bedffe2a12fa8b266f8575af4858d08bb6df6bbc5d68382c593c292222a4af3c	7012426	6000	6000	Google	Pixel 8	2024-08-08 08:29:10.929799+00	2024-09-17 08:45:59.929799+00
882158	144	5246	PXL_20240720_141836165.jpg	u/90/3ecbb430-d84f-418b-a80f-e69d981e14a8.jpg	56e62a51e290ac07ec162dc85f262cfe5c3c55c9a12eb1c7a6d2f04023c89de8	10191444	6000	3024	Google	Pixel 8	2024-07-20 16:26:35.458709+00	2024-10-08 00:19:25.458709+00
882159	144	5246	DSC44177.JPG	u/90/aa35d920-2bc7-4fbf-b2a0-5e596f3c7769.jpg	e171701f5cfde7615f3d0544e27174398e95a6f11af5e3c4719d10d536cbda4a	10878168	3024	6000	Google	Pixel 8	2024-03-29 00:51:20.716905+00	2024-10-08 13:10:52.716905+00
882160	144	5246	IMG_5438.HEIC	u/90/963869e4-3bf9-4946-b40a-c1f3a901c81c.jpg	946d77c50c0cde7075a1f53d3c870046f07753eec126b436738b5203d2d4c235	11296015	3024	6000	Google	Pixel 8	2024-01-07 11:16:34.052757+00	2024-10-03 10:40:21.052757+00
882161	146	5247	IMG_3650.JPG	u/92/86be4078-19fe-49de-a280-4da515f6dfbd.jpg	7efe2c0fcc7727c1ce85f90c8fabe875d213c73def4e9f52e4c34c48aaf2c58c	1090266	6000	3024	NIKON CORPORATION	NIKON Z 6_2	2024-05-30 07:18:43.110391+00	2024-07-25 04:52:29.110391+00
882162	146	5247	_MG_6018.jpg	u/92/0b40f55c-7242-470a-b016-13968dd886a1.jpg	1bcf4c12393e40e979e5c90427843491ccf62ac4b44cfa978c4cef26289cb8e7	12315428	4000	2268	NIKON CORPORATION	NIKON Z 6_2	2024-02-21 12:42:01.535707+00	2024-07-08 22:40:14.535707+00
882163	146	5247	IMG_6517.HEIC	u/92/7ffae91a-6216-455a-bef7-c40cb316f819.jpg	9b14f83351bf6c8cffa15eb32afb1fc3daf6409cf7fd3ef7afc377dbe9bea2ee	1146994	6000	3024	NIKON CORPORATION	NIKON Z 6_2	2023-10-01 17:44:19.394049+00	2024-07-21 20:13:48.394049+00
882164	146	5247	PXL_20240627_028761883.jpg	u/92/5114c030-4c8e-4b9e-82e4-9038eea3e10d.jpg	3b58c6fa0a6a6934e520d88fd3509571527ca2cc9e27b02e8db1eb4fab3d6e10	2786575	4000	4000	NIKON CORPORATION	NIKON Z 6_2	2024-06-27 11:59:17.469864+00	2024-07-10 09:30:26.469864+00
882165	146	5247	PXL_20240202_202752348.jpg	u/92/bf7e325e-e1db-47b5-9028-3f72dd5d1ddd.jpg	e405f226b6b1a18104a7b91d5c854601e5be9c587ad92617897f76662051269a	6144660	3024	2268	NIKON CORPORATION	NIKON Z 6_2	2024-02-02 01:18:06.845575+00	2024-06-23 06:31:37.845575+00
882166	146	5247	DSC68025.JPG	u/92/12da8cf4-f970-479a-8648-6b8bf9bdaa49.jpg	6b82e0caa2831ce49f122a04a9a5b033ec3cedad7657a28e5db22adab0492aaf	2659252	4000	6000	NIKON CORPORATION	NIKON Z 6_2	2024-02-08 04:43:15.818031+00	2024-07-17 07:32:00.818031+00
882167	146	5247	DSC76368.JPG	u/92/675a66f9-169f-4a14-b315-32b46db044fa.jpg	96415a4b5236840e115aae1bc71618ee3c8edb5a6788586b3252969698b448bd	6810817	4032	3024	NIKON CORPORATION	NIKON Z 6_2	2024-07-10 12:58:30.103402+00	2024-07-18 13:44:59.103402+00
882168	146	5247	IMG_8831.JPG	u/92/8095bcbb-146c-419d-bd51-ab9baf841e1b.jpg	07ee3206924a3493573fceb7bfe1a92ecace6eaca201eed6c4e35b1e8add6613	8854250	4032	2268	NIKON CORPORATION	NIKON Z 6_2	2024-03-14 10:26:12.515329+00	2024-06-21 21:30:25.515329+00
882169	146	5247	IMG_8089.HEIC	u/92/e7fb0586-e742-4e9c-b093-014be837d597.jpg	f5ce89bb2591952127d8982564a67869e03c7e1abbcc28a4751a948b4f74a179	12759232	4032	3024	NIKON CORPORATION	NIKON Z 6_2	2024-05-30 19:15:51.769200+00	2024-07-11 19:25:50.769200+00
882170	146	5247	IMG_1157.JPG	u/92/f0ca0c47-ed90-474e-bd0f-7065766dbf70.jpg	611554751812620081daf933bc9b3a6a5c61b5fc9a8ba1a05243f9e476010a9e	4380297	6000	6000	NIKON CORPORATION	NIKON Z 6_2	2024-04-20 21:50:07.070152+00	2024-07-17 08:21:14.070152+00
882171	146	5247	_MG_9568.jpg	u/92/fece7f39-6769-4ab0-b3eb-71d43c5443ea.jpg	1d3e899f6f8141c23795147c5b5ef8b61eef04eebea4d0814392b77e7075a0c3	7758175	6000	3024	NIKON CORPORATION	NIKON Z 6_2	2023-11-24 02:08:00.376321+00	2024-06-21 15:03:21.376321+00
882172	146	5247	DSC65474.JPG	u/92/dcc10d56-c48e-4c0d-af01-5834b2510432.jpg	b8f7fc296151e0571c9a186c4adbb5a045101de64d68d88aa754e223a194de4e	1003600	3024	2268	NIKON CORPORATION	NIKON Z 6_2	2024-05-18 02:02:10.419127+00	2024-06-17 05:11:56.419127+00
882173	146	5247	IMG_1791.HEIC	u/92/ee2342e6-019b-4e3f-9927-c5a4a4d88ed3.jpg	6ffa6148679e42b395bb1cbff47c63be406bfc179f9d8b7f75f43ac5b7f9906d	12374925	4000	2268	NIKON CORPORATION	NIKON Z 6_2	2024-03-04 03:53:25.042904+00	2024-07-24 15:08:04.042904+00
882174	146	5248	_MG_1759.jpg	u/92/43395af4-bacf-4f16-9ae3-bf04fc6f8073.jpg	6074b035af05b26a9259f8d2bb21227f18c4022eaef92d933cae56e0397d1060	11479948	6000	2268	Canon	Canon EOS Rebel T7	2024-02-26 22:37:49.587780+00	2024-08-12 02:34:58.587780+00
882175	146	5248	DSC94417.JPG	u/92/dc9a89cd-c6da-49df-ac0f-5e28c6b819c1.jpg	e928b01bdf1a3019ed05ed517a7a592c46e8e8f6c54c177b8ff14acdfd6cd306	2183298	4000	2268	Canon	Canon EOS Rebel T7	2024-03-15 07:44:11.000092+00	2024-07-29 01:07:24.000092+00
882176	146	5248	PXL_20240331_105866605.jpg	u/92/123b284e-c8af-46f6-8127-b8fecb16cbe5.jpg	a4fb863f58d09ec68a423b3429afdc95e4933fbdd91bb326ae97e9e4ac1fc2a9	2761617	4032	3024	Canon	Canon EOS Rebel T7	2024-03-31 05:39:53.438012+00	2024-08-25 18:48:39.438012+00
882177	146	5249	IMG_0142.HEIC	u/92/2ca8aa66-f63e-48ee-93e8-9d55a7854727.jpg	a5bf26f92f1589729c34a98c676d71eed4e54bc813f49effff5a20886be40ddc	13140884	3024	2268	FUJIFILM	X-T4	2024-03-27 21:12:13.935262+00	2024-06-29 00:07:00.935262+00
882178	146	5249	_MG_0306.jpg	u/92/5f6da7f4-9862-4c96-801e-8099e2152f36.jpg	98184a9288a66cb4c528ac5ca553a39bd54302283cf59ee2daa1358d1feff0c4	5649926	6000	6000	FUJIFILM	X-T4	2024-03-05 07:10:59.252364+00	2024-07-27 13:49:51.252364+00
882179	146	5249	PXL_20240317_011075875.jpg	u/92/bfbccbe3-6356-400b-8174-b35b50cb26be.jpg	de56224a9930ad56e5f6d111bb527827e3bfb76822ed66c8403324e8c7b6c5a8	9066731	4000	6000	FUJIFILM	X-T4	2024-03-17 00:59:23.763385+00	2024-07-02 07:15:08.763385+00
882180	146	5249	PXL_20240716_185114453.jpg	u/92/29f701da-1034-4ebb-bca5-7f891a4982d7.jpg	973b01e27f29153a35652cfb48a4f9e4f6f2c01723165e0c87b2a6d858d377ef	4223837	4032	2268	FUJIFILM	X-T4	2024-07-16 09:00:26.278776+00	2024-07-21 05:00:15.278776+00
882181	146	5249	_MG_6481.jpg	u/92/718b7ae0-4899-4e1d-80ef-85fae4b3321f.jpg	2489c4804aa7038511c44802c2e8d634b22daf3b927a90ffd263cb79a499011f	8588104	4000	6000	FUJIFILM	X-T4	2023-11-16 10:08:22.072760+00	2024-06-25 01:58:31.072760+00
882182	146	5249	PXL_20240324_022028544.jpg	u/92/654cf464-7c55-42f2-b7ff-f2e29dd1290d.jpg	3d2ba755a46aa5e69a39f5340fc64f663bfd195d0ac51c234056b4af55289a67	9769275	4032	6000	FUJIFILM	X-T4	2024-03-24 09:02:45.598466+00	2024-07-03 19:57:03.598466+00
882183	146	5249	IMG_5620.HEIC	u/92/7c449ab1-abce-49fe-8690-9e5700c5ac66.jpg	804dc054c48c4581476751a32806118c8e38e19423de0ebef3f23ec883a1c01b	2499432	4032	3024	FUJIFILM	X-T4	2024-01-30 15:30:52.801130+00	2024-07-01 12:40:18.801130+00
882184	146	5249	DSC58155.JPG	u/92/4af92a33-49c0-422e-a9b4-966651898e30.jpg	4b40e95022ce37db1cfffc221372c69715f0435e24406d66cfdca5ce8ed84d51	6444975	6000	3024	FUJIFILM	X-T4	2024-02-18 01:27:51.223723+00	2024-07-24 13:55:50.223723+00
882185	146	5249	DSC70426.JPG	u/92/ae76befd-def1-4a9f-b947-0dc41d4400fb.jpg	b015f84a758cc1c6901124495b6d41323920349cabaa6d2da9c01ccbd4642622	5118360	3024	2268	FUJIFILM	X-T4	2024-07-12 12:31:31.485738+00	2024-07-24 18:18:35.485738+00
882186	146	5249	_MG_5813.jpg	u/92/a7e29876-d69d-4be9-95aa-5022535f0d4f.jpg	218dc68158403e30e849d0d3f7b631ea6a76869648d26eaaca6eb6e6d22bf029	1310565	4032	2268	FUJIFILM	X-T4	2024-03-04 16:37:16.454839+00	2024-07-04 17:08:25.454839+00
882187	146	5249	DSC67018.JPG	u/92/d7be4c4d-e458-419f-9dbd-727239ab36c5.jpg	9707cc2fc00e0e9fe31def18acdfd71200acc0a79cf9cfbc495851331ca0fe56	8974870	4000	2268	FUJIFILM	X-T4	2024-07-05 13:46:35.144376+00	2024-07-08 13:43:17.144376+00
882188	146	5250	PXL_20240510_042616405.jpg	u/92/34904ef2-379b-4961-bc15-70284f94841f.jpg	8bccc5dd8e68bf7a2a3313ade1a114db89e77efd9f87bef95997aad93616178a	12419234	6000	4000	FUJIFILM	X-T4	2024-05-10 14:28:37.158984+00	2024-11-11 13:36:20.158984+00
882189	146	5250	DSC49499.JPG	u/92/792edb72-ac32-4bac-90ef-32052a1e8fc3.jpg	4dd9c8c240e1eb33357d62a6b116276830d73118cc9960eb8cbfd9fa13d51d05	9383388	6000	6000	FUJIFILM	X-T4	2024-01-18 23:01:03.795274+00	2024-11-13 02:08:50.795274+00
882190	146	5250	PXL_20240828_191804359.jpg	u/92/48111681-9b76-4526-8064-144394af369a.jpg	10c228f306eed7bb32ff88c309cf24d66f2a21f36423a7e50b60ff6cc2833d34	12478933	4032	4000	FUJIFILM	X-T4	2024-08-28 22:24:02.719104+00	2024-11-08 21:45:27.719104+00
882191	146	5250	IMG_5283.HEIC	u/92/52aef57a-d21c-45d4-a229-5706612df027.jpg	2b6ed01ffa652ba52521f99f7cdc58d63d715b5158436842a95df4c4a64686d8	12228055	4032	2268	FUJIFILM	X-T4	2024-01-29 21:31:03.845161+00	2024-11-13 08:47:34.845161+00
882192	146	5250	IMG_7662.JPG	u/92/b388dee6-f612-40e4-bde0-4a39e92fbdf3.jpg	7a6045dbeda4e23ddd114c7b123555ef34f6ec429061e840407830f3c41e0861	6370435	4032	6000	FUJIFILM	X-T4	2024-09-10 14:45:16.789415+00	2024-11-10 08:58:54.789415+00
882193	146	5250	PXL_20240118_163125745.jpg	u/92/35c2bdbd-ecd3-4f79-b217-3598c39faa32.jpg	e696e1fb2192b37cc4b2ef009e4434121dee681c77a68a93fa2c9ed2f093488d	8202742	4000	2268	FUJIFILM	X-T4	2024-01-18 15:56:44.735504+00	2024-11-10 22:39:07.735504+00
882194	146	5250	_MG_0895.jpg	u/92/724fc5e1-b650-4e52-8005-aa993d5a9d8a.jpg	38cc3319f630c03482fd07dd0cf4bbff597b4707af61d5a932d07c78710c7d34	1707752	6000	6000	FUJIFILM	X-T4	2024-09-14 00:15:21.434841+00	2024-11-11 11:43:43.434841+00
882195	146	5250	PXL_20240814_014670111.jpg	u/92/759bcffe-6343-416d-81a9-3f0204ce4adf.jpg	5b6d0eeec4263cff484413de12388e78a74fd281646aa2c796488d685595fd68	6807645	4032	6000	FUJIFILM	X-T4	2024-08-14 06:24:45.266261+00	2024-11-10 15:19:00.266261+00
882196	146	5250	PXL_20240202_053231678.jpg	u/92/b04e1316-9bad-4ce7-b4a7-e8e691909dd7.jpg	f26d76edf022f5b9c22888e4443ed192180d2299343ff1688863022efb587061	13158089	6000	3024	FUJIFILM	X-T4	2024-02-02 23:21:35.384467+00	2024-11-11 15:07:27.384467+00
882197	146	5250	IMG_4452.HEIC	u/92/897af408-69fd-4053-8543-5137f84a381b.jpg	b4e092af6d9f748370c7de408b0650afc474e52abba3b113c59969b2cfdb7f6d	1110602	4000	4000	FUJIFILM	X-T4	2024-04-29 00:59:06.625915+00	2024-11-13 19:48:48.625915+00
882198	146	5250	IMG_8300.HEIC	u/92/bb5fa0ef-4fd9-42f3-a7a1-0f16bdd8cd01.jpg	7df6ab9766b4c61b71996da9f75e91b23ca8a1291514f0cc0170d116e78642fa	2213661	3024	6000	FUJIFILM	X-T4	2024-05-01 21:20:31.063047+00	2024-11-11 14:45:11.063047+00
882199	146	5250	DSC59193.JPG	u/92/a171581d-6c9f-4ac6-a49c-71933d255a2c.jpg	11cb78c3b790d7ffde9a79180701f98074118964032149941b5cd6981b208165	4095658	4000	3024	FUJIFILM	X-T4	2024-11-13 11:28:58.826855+00	2024-11-14 05:11:57.826855+00
882200	146	5250	IMG_3301.JPG	u/92/8ef9743c-26b6-42ea-87dd-2b059ee944b7.jpg	edbf0f0512b7f7708db24fb9e5bc6a121fd533af95ebce3614e6701dda4b7060	4606301	3024	6000	FUJIFILM	X-T4	2024-07-10 02:02:54.534682+00	2024-11-12 07:47:13.534682+00
882201	146	5250	DSC49474.JPG	u/92/4436f6e9-6e7e-4e93-bc8f-9f3e89e9dd66.jpg	dd2f4316bf5a1136734420282905f41b5cae9a22daddf374ec15e923c341414d	10272407	6000	2268	FUJIFILM	X-T4	2024-10-20 14:26:53.996038+00	2024-11-11 06:55:16.996038+00
882202	146	5250	_MG_5587.jpg	u/92/4ad577dd-416e-4587-bc5f-083ddc4f8ae3.jpg	394205039c1a15d6d7da30e4b99f3cb5419048b03ca448db8596e5ae49b52d30	12794772	6000	4000	FUJIFILM	X-T4	2024-05-25 07:33:57.698879+00	2024-11-09 12:08:20.698879+00
882203	147	5251	IMG_0147.HEIC	u/93/162c039a-dca6-44a4-9c3e-7b50e8453394.jpg	3e1055bb795ed548cd2c81a20b5523d366c497e0eda3253801440cd60c45b19f	9790842	3024	3024	Google	Pixel 8	2023-04-01 09:49:51.071564+00	2023-09-13 06:14:22.071564+00
882204	147	5251	PXL_20221201_127563650.jpg	u/93/61a35cfa-4d4b-424e-a774-12d4c65a0906.jpg	3ab044cfa25ac0fe6956d8204d3ea336ef95b06f1de8a1f6956d259ae76fe9b9	3595594	4000	2268	Google	Pixel 8	2022-12-01 07:10:14.816413+00	2023-08-26 16:44:55.816413+00
882205	147	5251	_MG_1026.jpg	u/93/3262d46b-7ebc-4fad-b335-8d2936c5077c.jpg	040e204c4d12b278ee425a906a8c6717cf7ee838ad8f5fca88894e8893f2d821	11234526	3024	2268	Google	Pixel 8	2023-02-03 01:04:13.559088+00	2023-09-10 19:28:38.559088+00
882206	147	5251	_MG_9042.jpg	u/93/cabcc334-c23a-46d2-b49d-f38253da1af9.jpg	c950bed2d481d92992bc72bade1aa7121f20807a2fbc1dab91fd5ceac0c11893	2348890	3024	2268	Google	Pixel 8	2022-12-27 15:43:26.648097+00	2023-09-23 09:20:16.648097+00
882207	147	5251	DSC45438.JPG	u/93/6c30198b-6dd2-43ef-9698-2cece67755ac.jpg	7c0398d18a12c2a88fe3eb289c97b2ae7029ac7bf01fe6644cfda990b7745c62	11052273	4032	3024	Google	Pixel 8	2022-12-26 20:15:33.778138+00	2023-09-28 01:42:15.778138+00
882208	147	5251	DSC64326.JPG	u/93/09ce0192-540d-4513-a4f7-e64d06d67c45.jpg	54db1a9dd61273b84a5fdb11a58bed1bc95c56bf8bf7bb7a67584088ad0a7a02	6306011	4000	3024	Google	Pixel 8	2023-04-13 10:48:01.761787+00	2023-08-28 01:41:56.761787+00
882209	147	5251	DSC96398.JPG	u/93/9f67750f-5cff-40ff-bc64-544b1dd8b995.jpg	9bc83d103383c407bc51024f63951e08eb3f5d8da01d155bfcc33c8da1accfa9	9229133	3024	2268	Google	Pixel 8	2023-05-20 10:52:14.765048+00	2023-09-07 19:52:06.765048+00
882210	147	5251	_MG_1955.jpg	u/93/1488a263-880c-4452-9535-b8f09e4a8bdb.jpg	f52ecf154c6e48c2518ac929eb89dbd54b501ab6cce1717309cc71f033b6c438	10888574	3024	4000	Google	Pixel 8	2023-05-21 07:14:04.930556+00	2023-09-06 18:42:06.930556+00
882211	147	5251	_MG_0990.jpg	u/93/589ad098-ae31-4270-9ce1-d52859234012.jpg	cea33648cdd02d17dd48a5702ec8c7f7a8f47583677213cb658d9dd25a5e57f0	7579403	4000	3024	Google	Pixel 8	2023-07-18 07:04:38.931636+00	2023-09-15 00:47:24.931636+00
882212	147	5251	IMG_8830.JPG	u/93/92a3fdc0-0195-4088-b9a9-f362f4078443.jpg	1abe6763ecf57d9abef9e53b55e721d3ab42ce1becef1083e4f88ef2e57e890a	4163815	3024	4000	Google	Pixel 8	2023-02-12 15:05:09.423774+00	2023-09-28 00:25:05.423774+00
882213	147	5251	PXL_20230529_206278959.jpg	u/93/f17f81ed-8edf-44c3-92c5-b4c0728bb945.jpg	744a62d29df3f259b1725cfc71ba5722e0b2f68d00744d993fbf1d6180d33cb8	11373110	4032	3024	Google	Pixel 8	2023-05-29 11:39:55.334805+00	2023-08-26 13:17:01.334805+00
882214	147	5251	IMG_3527.HEIC	u/93/4e8953c6-6510-4614-b09e-882f5d3164ca.jpg	93326a2875b257d8ea619a26026bb21b566ed33f51b967686a9d41ae7dc6e00e	4474361	3024	6000	Google	Pixel 8	2023-08-15 09:02:00.820790+00	2023-08-30 21:42:48.820790+00
882215	147	5251	IMG_3120.JPG	u/93/2da70c00-966e-4d14-b9c7-1110b6bb1837.jpg	b3db9b064e35fe8100237644b3d35b8f44ad29cdd0ec4116327257533af86fb7	5823002	4000	3024	Google	Pixel 8	2023-03-29 01:48:54.349112+00	2023-09-26 19:52:53.349112+00
882216	147	5251	IMG_6778.JPG	u/93/18fff47d-dce3-40fc-8a89-7de2ee4c66dc.jpg	5f665bbdb70bf451f3aa95fe68f85948b73d5a0590b117bb7f3a64ba51059f46	10551549	4000	3024	Google	Pixel 8	2023-06-08 02:47:43.296768+00	2023-08-26 08:40:27.296768+00
882217	147	5251	IMG_4364.HEIC	u/93/36fdcfe8-85f0-4b53-bc71-8cc361122c74.jpg	f35eccb3dc458ec9208f33ccab4dc928760262aae83545d0a1a094230a6f7a08	2276085	4032	2268	Google	Pixel 8	2023-01-11 00:50:13.614788+00	2023-09-18 06:52:09.614788+00
882218	148	5252	DSC59999.JPG	u/94/1e5c8616-0167-4ca5-9551-6109a55ad1d1.jpg	61a65150c4cf98738c822ef2e38ffcc6207481eb02a16f5838fdb6352367d86e	1687257	3024	2268	Apple	iPhone 15 Pro	2021-08-14 04:48:00.871797+00	2021-12-13 22:26:56.871797+00
882219	148	5252	IMG_5311.HEIC	u/94/1caae37c-e163-475e-8b36-22cee0ac65fb.jpg	a087b9a06dde575c8b6f99840c1c91971e19456fa6c9188ee7ca65afdc5de040	3962508	4032	6000	Apple	iPhone 15 Pro	2021-07-27 20:02:42.232666+00	2021-12-05 03:16:59.232666+00
882220	148	5252	PXL_20210218_205935083.jpg	u/94/13a5bd6b-3a3e-4337-a305-680f2b535443.jpg	e7786a2f428d458ba61f25b12b5e518e60f60df1d7f0ecfd09bb52069f692e94	6521327	6000	6000	Apple	iPhone 15 Pro	2021-02-18 13:37:43.977498+00	2021-11-30 19:37:38.977498+00
882221	148	5252	IMG_3308.JPG	u/94/9f832b6c-c376-4877-93a7-a7b2a12899b9.jpg	1fa986f665815b8a29444684646d51012122d68a870312e18043374c43712080	2892899	6000	3024	Apple	iPhone 15 Pro	2021-05-04 20:14:49.052815+00	2021-11-12 11:56:59.052815+00
882222	148	5252	PXL_20211022_038120844.jpg	u/94/a540128b-0a92-4fe1-b1bf-9874c686c70d.jpg	811b080a02d8f0f685fb3f3a91284ea5d9160218eba6fc6f562cf90e9b8bd096	6973019	3024	2268	Apple	iPhone 15 Pro	2021-10-22 08:16:13.180930+00	2021-12-04 22:43:09.180930+00
882223	148	5252	_MG_6652.jpg	u/94/3a34c25e-cf95-414e-9706-b26a7b87e734.jpg	9d31c134fb1b2fb0f62efd970368eaa96b0bb5b0ac3af74ad119949dfc6c1ed9	4555181	6000	6000	Apple	iPhone 15 Pro	2021-10-30 04:53:36.948940+00	2021-11-15 22:32:07.948940+00
882224	148	5252	DSC53548.JPG	u/94/cd56ee44-64ab-4dfb-aeb6-31ac79c8e7b0.jpg	2682ca5d21b4c03ad38e36eed54c6ad0a9103e3f063d021322e498a9ea1c78cd	7439495	4000	3024	Apple	iPhone 15 Pro	2021-03-18 10:12:02.138455+00	2021-11-30 11:26:21.138455+00
882225	148	5252	DSC94429.JPG	u/94/f944d3e8-4960-4268-9b74-ac2aa07848ab.jpg	ba2a39457a5d28671dfe78d6f0eaa64fc00de702ced2f8fff46c12e8cc55c46f	5915056	3024	4000	Apple	iPhone 15 Pro	2021-11-13 05:05:18.341015+00	2021-12-02 07:07:55.341015+00
882226	148	5252	IMG_5966.HEIC	u/94/92a9cb5d-dd21-41a1-9549-417697fb5a55.jpg	09229487d09f698828117055eb47d7e0aac909e2bed3cce2fdfaa9c6795faf43	8403656	4000	6000	Apple	iPhone 15 Pro	2021-09-17 23:42:06.757530+00	2021-12-11 21:50:56.757530+00
882227	148	5253	DSC85821.JPG	u/94/14374fe9-5d7d-4817-a4cf-66fa23f5fa40.jpg	faaa6b162182f67512956b169d225ac6c3c35310b0a70093104e65cbca5b59ad	3146535	4000	4000	SONY	ILCE-7M3	2022-01-04 06:44:00.268315+00	2022-05-13 20:25:54.268315+00
882228	148	5253	PXL_20220309_199698036.jpg	u/94/1e085a77-22bf-4271-a5d7-12d427bd1f55.jpg	67d6f77a88a484a5633151dc5af84807c02195754a6bc840f111071bd7f1f3fb	9065791	6000	3024	SONY	ILCE-7M3	2022-03-09 16:03:47.276809+00	2022-04-30 11:38:00.276809+00
882229	148	5253	DSC94879.JPG	u/94/f3a008ae-2097-499e-b1fc-e83204826dfc.jpg	88408e21f38223224fb914af065a52cac6365a5f1f60dfef9447f19739e00d35	3296506	4000	3024	SONY	ILCE-7M3	2021-08-07 17:01:46.073905+00	2022-04-15 08:14:37.073905+00
882230	148	5253	IMG_0950.JPG	u/94/bf529fbf-3a7d-46cb-ab94-bde6f0556479.jpg	91c61f916c8b6c680d20527ba2895137c831e8fa93048bea3c8e09967af2df64	988688	6000	2268	SONY	ILCE-7M3	2021-09-21 17:30:43.502501+00	2022-05-05 23:47:24.502501+00
882231	148	5253	IMG_0785.HEIC	u/94/19e5b4e4-ae7e-48ba-b9bb-7cc90c716066.jpg	14845e20d2f4db213ada4798d1986748d102cfd576701491c0ad0e194d4fd220	10743402	4032	4000	SONY	ILCE-7M3	2022-04-13 13:13:24.593526+00	2022-05-15 11:40:53.593526+00
882232	148	5253	PXL_20210703_227183214.jpg	u/94/1a59a6c1-0f4d-47d7-a763-3448d1492278.jpg	8f9b1b9dc4f88822c8c8cfd597acde21f69f2cd5b314129efaf531e65e0906df	3019160	4032	2268	SONY	ILCE-7M3	2021-07-03 09:44:05.026935+00	2022-04-19 13:00:18.026935+00
882233	148	5253	IMG_5987.JPG	u/94/8e59280c-40cc-4e29-8703-d4e441554dd7.jpg	8ba3866d8f641e6bbe1f043d6d6296d703f459477bbfb355cb4da376c4552ab9	7373504	4000	3024	SONY	ILCE-7M3	2021-09-12 14:37:32.529087+00	2022-04-06 18:14:14.529087+00
882234	148	5253	IMG_1330.JPG	u/94/2bd6d1de-1a6b-4cde-bb7c-aa85e53ee432.jpg	b44bf6b13841cfd30c4f547235569f71dcd685662bee54231d1d436dc6f55386	4917626	4000	4000	SONY	ILCE-7M3	2021-10-28 05:46:19.954224+00	2022-04-10 19:21:44.954224+00
882235	148	5253	DSC76726.JPG	u/94/ab472331-da65-48be-ae27-67143775934b.jpg	35405b8f87997803b4ec84a8dec06e3a846dd587ad0983d8a814572db93628d7	12092038	4000	2268	SONY	ILCE-7M3	2021-08-31 22:32:51.981488+00	2022-05-01 20:20:08.981488+00
882236	148	5253	IMG_0449.JPG	u/94/eceb7bf3-fa51-49b3-8c3d-1c206eb5a2a2.jpg	c10699cd4c5c60618d2f9f08343f9b95cb37b44cf0598c2bef315ed89619e05b	10499010	3024	3024	SONY	ILCE-7M3	2021-11-12 18:25:51.217407+00	2022-04-25 23:04:10.217407+00
882237	148	5253	DSC73908.JPG	u/94/731fef28-c297-474b-9751-8834fc027a0f.jpg	51abfc6f7804da84465fc2e7e127defd90e707bb8e6d11db326544dfbedf28ea	3078093	6000	2268	SONY	ILCE-7M3	2021-07-23 22:46:46.828985+00	2022-05-12 10:45:00.828985+00
882238	148	5253	DSC36299.JPG	u/94/94078013-0947-4dc6-83a4-dca3565f9a82.jpg	db9d21eb04d4a3ea359b3b933dccba11e02cf83b4db2dfad12565e69163d5cb6	2452043	6000	6000	SONY	ILCE-7M3	2022-05-01 14:52:31.972932+00	2022-05-11 06:45:00.972932+00
882239	148	5253	IMG_4739.HEIC	u/94/f4e7d41e-06df-4ade-b131-ec90921fde48.jpg	9e238898f76c649845b15e2446a8a1d2e27ffbc5540487f6c1f936eb5589593e	10815841	4032	3024	SONY	ILCE-7M3	2021-10-08 19:59:13.955704+00	2022-04-25 11:01:17.955704+00
882240	148	5253	IMG_6161.JPG	u/94/c9d3f557-baa7-40f3-94a7-05c91294f153.jpg	268d1b57e0f31f2f59abcf6906cabed86a815902d52a949a2bfb7306013d35fe	3824300	4000	3024	SONY	ILCE-7M3	2022-01-16 17:21:23.586593+00	2022-05-12 13:04:06.586593+00
882241	148	5254	IMG_2592.JPG	u/94/9895a954-37b8-48e3-a06f-5d46b8b70e9e.jpg	f6e0825beb20e7002aaa54a5a41e461d54f837d8b35476e70f0016a78ab16410	9498208	6000	3024	Canon	Canon EOS Rebel T7	2023-09-22 23:58:22.245371+00	2024-01-17 14:29:39.245371+00
882242	148	5254	IMG_5397.HEIC	u/94/48a78edb-83e8-4b2c-88bb-ff71886d9ec6.jpg	1ab49e7d9fadb284a0683715328d5c8e13d5e4c52ab4aadea249c6cfb2e82d31	8065875	3024	6000	Canon	Canon EOS Rebel T7	2023-12-01 19:44:27.786080+00	2023-12-18 05:25:51.786080+00
882243	148	5254	DSC28179.JPG	u/94/4c176b7e-8826-41f0-bcfe-dc69410c416f.jpg	fd2ad7a01a6f2e7d276f1f18037d21814e8dda6fd6a6d55a230f9a3a197dae39	5585208	3024	6000	Canon	Canon EOS Rebel T7	2023-06-07 07:32:56.340101+00	2024-01-10 09:24:04.340101+00
882244	148	5254	PXL_20231214_043489312.jpg	u/94/94600734-4690-4164-8700-450d81df7a52.jpg	125e3a61916d2af732d3297cd96e4a693cb7b2b7e9fc5953fe1fe9c324af8011	4990025	4000	4000	Canon	Canon EOS Rebel T7	2023-12-14 15:55:48.268564+00	2024-01-07 17:28:14.268564+00
882245	148	5254	_MG_0552.jpg	u/94/60b09623-f4ec-4ff2-a60e-e246eaa0b17b.jpg	d35f2e1e90964ab0b09ab7dc8b1755b71c5159f0214b29acd5e4bdfe0881d951	11935342	3024	4000	Canon	Canon EOS Rebel T7	2023-07-22 03:54:15.564251+00	2023-12-23 04:54:40.564251+00
882246	148	5254	IMG_6861.JPG	u/94/cbbab392-4929-4aa0-b7b7-4819e8b24d42.jpg	e35e1357c6db95f94e5c5fc7c4f0e9cd4bac43b55a0efd599d77ac73e312d5c5	4630825	4032	4000	Canon	Canon EOS Rebel T7	2023-07-26 07:35:24.120701+00	2024-01-17 04:46:05.120701+00
882247	149	5255	DSC02595.JPG	u/95/68d12d71-1b97-4072-860c-e1f2b4c0f22d.jpg	338c280314487286a4e2570c50c9f7bc6a88d08e6a4eb980920076e3865ae555	13226065	4032	3024	FUJIFILM	X-T4	2023-11-27 07:26:35.600490+00	2024-01-17 15:13:23.600490+00
882248	149	5255	IMG_6222.JPG	u/95/c122f7ee-3063-4c56-8b88-8a6d8418c4dc.jpg	ed9b2f4efde0625d7f582892dc218b9f4fe75e502a0bf0011c367b4d6fb2304f	6910731	6000	3024	FUJIFILM	X-T4	2023-08-25 15:33:22.570959+00	2024-01-03 00:30:47.570959+00
882249	149	5255	IMG_7032.HEIC	u/95/95fcad7b-41a6-410d-bd8e-6551e03b3053.jpg	b5d9fbb86547d4584b2e0944f53291bdaf21beeb0c5764823ee5a652c4c427a8	9359638	4000	6000	FUJIFILM	X-T4	2023-12-11 22:03:52.377357+00	2024-01-03 01:15:27.377357+00
882250	149	5256	IMG_0966.HEIC	u/95/a99e2121-12c4-4b98-87b4-bf9ae0a56581.jpg	fa686e35ea9c48c3cb7fcd4445629732a5562b6aac548ca8e5a2f6ecd9ec99ce	10210688	4032	6000	\N	\N	\N	2024-09-19 07:30:57.139133+00
882251	149	5256	PXL_20240713_034557645.jpg	u/95/22655f43-ed4d-49f0-883f-7ed1df1a3e72.jpg	34c5a0bbebebc60ca8ff71e693797a9b070fc0d7cf203d1316ed1ddf559f15ff	7922645	3024	6000	\N	\N	\N	2024-09-18 05:32:02.900425+00
882252	149	5256	PXL_20240625_167692807.jpg	u/95/16ee362f-8b09-4b0b-bc4f-0ea08e5fa706.jpg	b5b6bc265bc11b105c359b91358c0cbdf47ef42bbee317430d90ddbd37f56590	11765425	4032	3024	\N	\N	\N	2024-09-13 09:29:08.189668+00
882253	149	5256	PXL_20231230_032655374.jpg	u/95/ca8cbeff-e152-43a1-9728-8be67fa57819.jpg	7743441202eadec75772bbff6e5a9ea49629967cc2b9f9c0569acf400f6531b6	6130978	6000	3024	\N	\N	\N	2024-09-20 21:50:11.214057+00
882254	149	5256	_MG_4617.jpg	u/95/bfdee1e4-fe8b-4577-9774-2a96d3b2b4e7.jpg	df5c8278c52f2cc308e461cae717212970c18f101142a39079693810dcac0ad4	4418713	6000	6000	\N	\N	\N	2024-09-11 19:23:43.260568+00
882255	149	5256	IMG_3058.JPG	u/95/36cbd59a-05f0-4c61-a6de-ff29669a85f6.jpg	0c3c31d7987151fc50879461e586966b9504969b78880ae08e4e2dc53a91c10c	5316620	6000	6000	\N	\N	\N	2024-08-26 21:19:53.902807+00
882256	149	5256	PXL_20240620_175788771.jpg	u/95/30783cb8-2504-4df4-8cea-4ace48390491.jpg	502a3d280306b49ea2df0217ecc84b5063cea2e0d29bdfad5d0b4024907e46d6	13100938	3024	2268	\N	\N	\N	2024-09-11 00:15:28.713885+00
882257	149	5256	IMG_4849.JPG	u/95/f23fc0ba-66ac-4d02-a69a-064c98762b04.jpg	ce47bf1a9ad8252d9479dae7dd2080e8c576ef21da640f00fae204a7dbeefd04	11604304	4000	4000	\N	\N	\N	2024-09-18 03:39:23.344340+00
882258	149	5256	DSC23989.JPG	u/95/8fd9459d-7139-43dc-94f5-e89f3ecd87fb.jpg	303b0e2e1ed7d396d3bc45ba9eb989fd0fab9ca14bbd70f3d6ccabe6e42b7c97	9937737	3024	4000	\N	\N	\N	2024-09-03 13:03:05.131083+00
882259	149	5256	DSC85611.JPG	u/95/8f47a91a-62f1-46f0-a442-2eb91eea31fb.jpg	4adcf807531b588da72a30f98f91ba84482ce18e79d74905f34473b458f5e528	11019237	3024	6000	\N	\N	\N	2024-09-15 06:39:37.475492+00
882260	149	5256	IMG_5822.HEIC	u/95/557b6dcb-0e23-4a7c-bb62-07e807faaab5.jpg	8afee16ea9692525b11303fa9a29ae39abcdf57115b4deda9eb82d75b03062d6	10705537	3024	3024	\N	\N	\N	2024-09-03 12:28:25.351328+00
882261	149	5256	IMG_4686.HEIC	u/95/f6069d8d-cff7-4c86-a631-959c0f7a88ea.jpg	8764c4c974f328f327d701e2ae3de023603e8722cfaaea183ca03f5cac99b996	8105023	4000	3024	\N	\N	\N	2024-09-12 02:55:51.433516+00
882262	149	5256	_MG_1788.jpg	u/95/f536eb71-ec5c-46c1-a39b-d34a9cd5922f.jpg	eb00f7f082011cdaa69a55a18fdcdbae3e578d5f23d7f2f5f6e3669a6d3339ee	12826538	4000	4000	\N	\N	\N	2024-08-30 02:37:47.455620+00
882263	150	5257	DSC77971.JPG	u/96/8a63141b-ac01-4b37-81cd-039a72cefe51.jpg	73367dfefe826a918b474f1a62df7708df8a04c762dd0fc303c37fe28eb1b0ff	4901890	4032	2268	Google	Pixel 8	2023-11-28 23:03:25.466357+00	2024-07-19 15:41:21.466357+00
882264	150	5257	IMG_0886.HEIC	u/96/7d9bcc77-02a3-40c2-8137-66b14db462e3.jpg	e6625d6cbe93ea6dfe78073e3d70781e59ae01f913322cb6c075794a5bc2b72e	2335505	3024	3024	Google	Pixel 8	2023-12-25 05:43:19.987914+00	2024-06-22 16:18:07.987914+00
882265	150	5257	IMG_3198.JPG	u/96/510072f6-7d40-4ef5-a4a8-848908d62535.jpg	648e56767f6e6f68f6adcb1068e1d738c3859856ab53ccc0f753c890f3240ea1	6716194	4000	2268	Google	Pixel 8	2024-07-06 15:25:43.141908+00	2024-07-08 23:11:53.141908+00
882266	150	5257	IMG_1974.HEIC	u/96/1059921b-bbaf-4f33-8c91-bfcab2044ed3.jpg	5cd85ad8819b489f0c92ff0b12ffe05ec491308569dfaad097b7e560e39cd0c1	2876771	4032	6000	Google	Pixel 8	2023-10-04 03:48:15.655422+00	2024-06-28 01:54:35.655422+00
882267	150	5257	IMG_7798.HEIC	u/96/9fb793aa-fec7-4f84-a265-6980107a559f.jpg	dd0df6fc977dd107ba7f88a5b633c0b197823187b3aad5f9c2f7af48488d0393	13309522	3024	3024	Google	Pixel 8	2024-06-27 19:21:46.133409+00	2024-07-10 10:02:51.133409+00
882268	150	5257	IMG_6319.JPG	u/96/cb9fea0a-33de-4897-a5d7-da08cf831428.jpg	43241d3b699f5a5be230bb60dca224c7b59604f9d983cf2848c695a6027df369	7535016	3024	3024	Google	Pixel 8	2024-06-03 13:49:03.622417+00	2024-07-11 18:13:02.622417+00
882269	150	5257	DSC10687.JPG	u/96/5156a206-4239-44fc-a00f-a33b12cc4c9f.jpg	0967a349d059dcaad5882c73327f66cc9e5866e894c840bf0d9c397bf78c3647	8570907	6000	6000	Google	Pixel 8	2024-04-26 15:34:51.091108+00	2024-07-05 18:40:55.091108+00
882270	150	5257	PXL_20240317_093602794.jpg	u/96/f79c584a-cdcd-4198-83e8-f4eabe71f744.jpg	3493c7a97274acd93bf231741c7fe57d86632db7347089629859eb313c0440d5	11306614	4000	2268	Google	Pixel 8	2024-03-17 20:52:01.779478+00	2024-07-11 15:01:50.779478+00
882271	150	5257	_MG_4590.jpg	u/96/46ab20ba-db8e-46d8-87ec-1ac4379d0a1e.jpg	ba8327fc3a72f62af39ee04f7b85cba11be9f3d94b954200a7e1dacf79903ece	5037825	6000	4000	Google	Pixel 8	2024-06-27 09:56:38.419549+00	2024-06-28 19:10:19.419549+00
882272	150	5257	IMG_2776.JPG	u/96/d60cb5a6-3b43-453f-981f-9615bf10175f.jpg	d9c08dc07f736f35769af7b713f489cb61fbacbb3f34a0d0a661919bf964933d	6288415	4032	6000	Google	Pixel 8	2024-05-23 06:28:23.845396+00	2024-07-21 20:03:04.845396+00
882273	150	5258	IMG_9085.HEIC	u/96/7ea83448-727b-4cdd-ab2f-9bf0891679e7.jpg	8b0efbc792d9001da4b7cbf96a2e511bc90acfee5c4a269dc2c442138a93adaa	7224400	3024	2268	Google	Pixel 8	2021-06-12 05:22:11.959540+00	2022-03-20 04:34:23.959540+00
882274	150	5258	DSC66688.JPG	u/96/5d4286fe-3c4d-4be8-bcec-a0dee81c4694.jpg	36f79306814aa3f3195850b1c6f2d192abe45a0023378f148414092552dca946	7242539	4032	2268	Google	Pixel 8	2021-08-24 22:45:43.795740+00	2022-03-16 02:30:45.795740+00
882275	150	5258	IMG_9954.JPG	u/96/77675f46-50a8-4bdd-a201-30dc4db1d1c6.jpg	fdf891f6d381d040d440d200449abaeec0a56cf49eff1f7dbdd2bcc3869a2c3b	1340020	6000	4000	Google	Pixel 8	2021-07-14 19:53:34.471728+00	2022-03-29 16:15:43.471728+00
882276	150	5259	_MG_8748.jpg	u/96/52643e5d-f578-4b11-8fd8-494c51d8630c.jpg	bc4df6941537f7572a8e229b10aecb5389cb9bdcb53cda4f4f2a0d9dc037da17	8034004	3024	6000	Apple	iPhone 15 Pro	2023-11-02 00:41:33.030854+00	2024-01-15 17:47:34.030854+00
882277	150	5259	IMG_7852.HEIC	u/96/d73d121e-d1c4-46cd-8796-83ab61c4839e.jpg	61f6dfeb684750333471dc61ab44c4e30406f76b7a314f9d35b9ad3634a9b984	3620541	4000	6000	Apple	iPhone 15 Pro	2023-05-31 16:47:56.973009+00	2024-01-01 13:44:55.973009+00
882278	150	5259	PXL_20230727_120089640.jpg	u/96/d83a63e5-3d2d-4f9c-8967-212c7856d585.jpg	601e65b8af32589d661037d12ecbcf5495402e6ba5badfe312d8c06a8c273fd9	7037115	3024	6000	Apple	iPhone 15 Pro	2023-07-27 04:08:00.085839+00	2024-01-25 16:08:20.085839+00
882279	150	5259	IMG_2896.JPG	u/96/5d35f7c5-7bb9-4505-8c62-06f76cd01ccf.jpg	53317b3db3fc774b6ea1833aaf3489c0c32d4261c5c24264e184c65978c4e176	9841271	3024	6000	Apple	iPhone 15 Pro	2023-06-21 22:47:27.494878+00	2024-01-22 14:28:54.494878+00
882280	150	5259	IMG_1028.HEIC	u/96/cd8f21d1-e284-4456-a0a6-c81970cb2ac9.jpg	365bcf30b77d95b797465734005f7cafb78faa2e75d69e883b126b70db18a35c	10975361	4000	2268	Apple	iPhone 15 Pro	2023-06-19 14:04:45.796768+00	2024-01-08 01:46:00.796768+00
882281	150	5259	PXL_20230612_130525532.jpg	u/96/73c9700d-0e01-474b-bfe3-ae403821c9cd.jpg	b4c852a80755e9b0514f4fa0f93b8d0311268b072f7d08358f36b915e8efcb84	12767473	4032	2268	Apple	iPhone 15 Pro	2023-06-12 09:48:06.249198+00	2023-12-20 12:36:50.249198+00
882282	150	5259	IMG_3508.HEIC	u/96/7474cb07-1171-47d0-b4c5-83d21185f844.jpg	709aac0f75edeb5057378bc74bdec3e3cebbbe1faac6fa64b1b1f9571aad7d2d	1901872	4032	3024	Apple	iPhone 15 Pro	2023-12-14 21:53:30.438833+00	2023-12-28 05:29:14.438833+00
882283	150	5259	DSC43217.JPG	u/96/b94451d8-9f8d-468d-a707-1c01abd76c99.jpg	30e32c80ecf8d86f29792d8bef80bad1c8bb8599a0884d54140881a36914a4f2	11581847	6000	3024	Apple	iPhone 15 Pro	2023-10-03 21:06:37.934927+00	2024-01-17 12:50:24.934927+00
882284	151	5260	PXL_20240304_054901496.jpg	u/97/9cd4b823-1e94-4552-a7fe-055bef269291.jpg	59463e724ffa2200b95901029d6442460933d8405da6d9b8773533a0a0a5a78b	7990604	4000	4000	NIKON CORPORATION	NIKON Z 6_2	2024-03-04 15:49:07.030750+00	2024-09-12 16:52:17.030750+00
882285	151	5260	DSC30676.JPG	u/97/896c054e-3d86-4066-9b89-b96df6517067.jpg	6d6f4d644393220e015fd0042b1beec6945104cd16d325a42112fed77f49616c	4355952	4000	2268	NIKON CORPORATION	NIKON Z 6_2	2023-12-31 06:13:13.288236+00	2024-08-07 21:16:22.288236+00
882286	151	5260	IMG_3010.JPG	u/97/bcea5baa-dae8-47d8-a071-4997f8f4dc00.jpg	fa045494a197bbb403858a5250ebbf44231fd1246939c6365d0a2f5caeecdf7d	7513909	4032	4000	NIKON CORPORATION	NIKON Z 6_2	2024-05-06 07:13:05.031753+00	2024-08-16 07:46:37.031753+00
882287	151	5260	PXL_20240621_105730628.jpg	u/97/c216a38b-29ac-4d90-be14-4070f1ffd5de.jpg	9e7131912cc2fd39210ff474e6deb3b8576f6b27d01ffbee3a44b102dcc4f434	3552466	6000	6000	NIKON CORPORATION	NIKON Z 6_2	2024-06-21 22:52:43.291463+00	2024-08-26 06:56:24.291463+00
882288	151	5260	DSC24731.JPG	u/97/0ea26ed3-1433-4756-8721-7f4c9542e4a4.jpg	d561bd387489362409f8c5f10ef7ae5d8eb9732d0cb1d3ecf8c8ff45f501295f	9485024	4032	3024	NIKON CORPORATION	NIKON Z 6_2	2024-08-16 19:43:06.387457+00	2024-09-03 18:10:23.387457+00
882289	151	5260	IMG_2607.JPG	u/97/d36ede74-a6a9-4700-b5a6-ca78fb6e0dbc.jpg	de950b9db290f47c10aabdf95124c2180ad9523cd4f9ccbaac858ef76a8dccfb	13654220	3024	3024	NIKON CORPORATION	NIKON Z 6_2	2024-01-22 20:40:26.028880+00	2024-08-13 17:49:46.028880+00
882290	151	5261	_MG_9489.jpg	u/97/7a83ace3-cdd5-459c-8216-b170ee00e412.jpg	e78d2bc30cf2a28586eabbf8aacf9e475dce07e3ce4b1d8048f2b45ec6585cfa	1293986	6000	4000	Google	Pixel 8	2023-09-03 14:01:51.140521+00	2024-01-12 15:20:07.140521+00
882291	151	5261	IMG_9054.HEIC	u/97/8b71dd18-febe-46fc-bacf-eb8a0497e138.jpg	4f911a2406e4e3de9f0f6abbb8a8461a8ca5d35f69ce737c9a32ee3681547885	1772974	4032	6000	Google	Pixel 8	2023-06-22 08:53:10.566140+00	2023-12-08 00:09:54.566140+00
882292	151	5261	PXL_20230313_139001467.jpg	u/97/d894399c-3aac-48bd-aa71-7d0f198a71e2.jpg	dd97cc774ad9488bcf0df2f0a0dbe23dbd7bafd668ecf2f749e984607bf88801	9485199	6000	4000	Google	Pixel 8	2023-03-13 06:48:38.691936+00	2023-12-21 22:20:02.691936+00
882293	151	5261	IMG_6922.HEIC	u/97/9c58fb0c-9546-4ec3-bbee-ec7c1345890e.jpg	cd011732676ebd1ec648f556bb2f7bc172ffbce5d19dd3e9f2aa57513f808522	11907448	6000	4000	Google	Pixel 8	2023-03-07 04:45:26.773421+00	2023-12-25 19:57:15.773421+00
882294	151	5261	DSC38284.JPG	u/97/84136ce9-b0e4-4117-a588-d00bcb65489d.jpg	e9d768674ba196ab289bbd9a116ae8b7b0fc20708749c31a316c8544073c56a0	13854857	4000	4000	Google	Pixel 8	2023-03-16 00:56:44.666600+00	2024-01-09 12:42:10.666600+00
882295	151	5262	IMG_2005.JPG	u/97/386d2734-ca64-44cd-ac0c-f4848f377945.jpg	8c6d1b0e3b04fb203ea736b901d9c2b6a03530c08635cf8899f5383bf604b3b1	3823526	3024	2268	Apple	iPhone 15 Pro	2023-04-21 02:19:46.298662+00	2024-02-13 03:46:14.298662+00
882296	151	5262	_MG_2505.jpg	u/97/e0ae2cff-3bb5-4a8e-b723-71a810b8883d.jpg	c7cf632049978a7d5158057fb5fb9af8418d308e6a0c96d93a239d1e9ec0ced8	10503850	3024	4000	Apple	iPhone 15 Pro	2023-10-22 14:26:15.762010+00	2024-02-13 13:30:33.762010+00
882297	151	5262	IMG_0749.JPG	u/97/fda5a920-78f5-4fd3-9855-25af8cfe53a1.jpg	72b71f86d4f50269e5cc72a328e48fba4d5c37e988d8a2421dbe8d1a711ae96c	12383527	3024	2268	Apple	iPhone 15 Pro	2023-07-21 09:58:33.742404+00	2024-02-16 22:44:40.742404+00
882298	151	5262	PXL_20230826_218489279.jpg	u/97/cd6553c0-5b24-47fc-a7aa-a0e26a31d23c.jpg	8b4caafe3e33462352a6eaf0c4cff7389628458e36549109d1a939184f22205e	13631846	4032	2268	Apple	iPhone 15 Pro	2023-08-26 23:51:44.574812+00	2024-02-06 14:48:17.574812+00
882299	151	5262	DSC33105.JPG	u/97/a01c08a2-f53f-4519-9df3-0bba8bb5e193.jpg	f18c4508a1396ac631a2d189314429f476f23a2778eb222610c1c3ae9714e5b0	10915179	4000	4000	Apple	iPhone 15 Pro	2023-05-12 00:09:19.388672+00	2024-02-09 16:51:21.388672+00
882300	151	5262	IMG_8874.HEIC	u/97/9c4fa0ff-eaa7-4496-807d-021188cdc869.jpg	72c9f875eb9c87ea04bbb1db7d535351fe0a554d3a646ac325dfcaaf3663e03d	2127577	3024	6000	Apple	iPhone 15 Pro	2023-12-09 12:39:07.146968+00	2024-01-29 06:05:08.146968+00
882301	151	5262	DSC08279.JPG	u/97/d4beb163-4af7-4a63-bdb5-c13daa508282.jpg	3264bcad627477186fb4e346b95d787c8dd5586ff006a8f79b9a9eeeb9341fe5	8280558	4032	4000	Apple	iPhone 15 Pro	2023-12-11 16:33:53.114116+00	2024-01-13 21:28:02.114116+00
882302	151	5262	_MG_0451.jpg	u/97/602685fd-4fdd-4c47-ba3d-9c8e670b7de6.jpg	2f0e0080a370716688c34194ea2c63759447e4c2c3efee80c27fdfc377e486c0	11925499	6000	2268	Apple	iPhone 15 Pro	2023-04-29 08:50:03.594446+00	2024-01-14 17:27:57.594446+00
882303	151	5262	DSC24341.JPG	u/97/475f95c2-4629-4cf1-b731-732dc71ab97d.jpg	4b1db0d1314f1cdb9019f66ebfedec0623278f186ecb0a211de9939b2fcb00a0	2915232	6000	2268	Apple	iPhone 15 Pro	2023-10-29 15:17:07.931561+00	2024-02-18 18:20:37.931561+00
882304	151	5262	DSC67128.JPG	u/97/2fc984a2-5b30-41cc-9c13-ccce47a3df8d.jpg	9404833628c5e8a918e7da4d967ae12682da3137b53f6ba7fe0fc07439e83687	13097785	3024	3024	Apple	iPhone 15 Pro	2023-04-08 07:06:23.908245+00	2024-01-10 23:57:55.908245+00
882305	151	5262	PXL_20230406_147156890.jpg	u/97/ec38239d-faa8-4683-a1f8-68a73d02930a.jpg	bc9ede273ab38aceb5707309d69f856f4462b5128c511525fdafbb3a3ce25391	7807383	6000	3024	Apple	iPhone 15 Pro	2023-04-06 22:23:03.474223+00	2024-01-17 18:00:36.474223+00
882306	151	5262	DSC66458.JPG	u/97/e9f07465-058e-451b-8921-a311305c6a34.jpg	49dc11192c4a4915fabb22da2a2ced2f22456740c8806a03de88c0bad1270274	8250089	3024	3024	Apple	iPhone 15 Pro	2023-12-17 14:45:09.803605+00	2024-01-28 02:14:14.803605+00
882307	151	5262	PXL_20230529_133796493.jpg	u/97/d62f979e-68a0-460f-86f5-3acdb60b3ace.jpg	373d2721ad9dca006cd80af87ed4fe9c4be7b5cb3ad29627ea4d5e5a95ab1c83	1190653	3024	4000	Apple	iPhone 15 Pro	2023-05-29 15:25:00.417028+00	2024-02-04 21:49:32.417028+00
882308	151	5262	_MG_2362.jpg	u/97/e7bd298a-f155-49c8-97fc-d2cf6404f63e.jpg	bce27cd80ccb8831b9f3cd416c40b79364db24bef6c3069c6e5aa08e4f685634	1994378	4000	6000	Apple	iPhone 15 Pro	2024-01-06 21:22:59.212100+00	2024-02-14 18:11:14.212100+00
882309	151	5262	PXL_20230926_159139749.jpg	u/97/29c43fff-6516-4070-a5ed-522a56a4cd28.jpg	b72dfe86994bd2e0bf5dda9ce28c898099d1a4edfbab444a6174325c0769f538	10618613	3024	2268	Apple	iPhone 15 Pro	2023-09-26 11:46:02.655850+00	2024-01-17 17:19:39.655850+00
882310	151	5262	IMG_4911.HEIC	u/97/c9cc4f17-69ad-4c18-bf2a-c9190372b1b5.jpg	9886860bdbf4579a30b9546b468aa62a2aade93b895d04937e42a5020eb585d1	3832825	4032	6000	Apple	iPhone 15 Pro	2023-09-02 10:42:43.387521+00	2024-02-05 18:58:17.387521+00
882311	152	5263	DSC47139.JPG	u/98/dc4179d6-35e9-4c1e-9a45-eaaaa26fae75.jpg	84c3de88593be787cb54d2172f95ed6a3f0a24ee2cd47a3f6b489683860f3673	4554837	4000	2268	Apple	iPhone 14	2021-11-01 02:19:47.339066+00	2022-07-29 14:20:29.339066+00
882312	152	5263	DSC98822.JPG	u/98/4ff8e0af-84ef-4803-9e44-6447f5291e2d.jpg	c357c508b39b49d3e29beb276f7d6cb868be87ee04304db8e1207b25ff475cff	4677850	4032	6000	Apple	iPhone 14	2021-10-28 22:55:33.310350+00	2022-07-31 12:32:59.310350+00
882313	152	5263	DSC17354.JPG	u/98/baccfb1a-f29b-4e73-97c5-253bd370fbb6.jpg	6343da16c0a028b9aa7a2de03f6e68e0f9923d5f7ab0bcf7bc121b6c1f982429	9959361	6000	4000	Apple	iPhone 14	2022-02-17 01:00:24.052622+00	2022-08-03 08:21:59.052622+00
882314	152	5263	PXL_20211101_192268966.jpg	u/98/5fdfe81d-eb3c-4215-a401-44241e44e2c3.jpg	5db43d815d50f9ed3fb3d78720fb98b7e659ee6b0681c5daa5d885f439871b27	5990133	3024	6000	Apple	iPhone 14	2021-11-01 12:58:20.118343+00	2022-08-12 10:40:21.118343+00
882315	152	5263	IMG_5221.HEIC	u/98/f71a389a-6c9f-46b0-aa4a-c46d5649dbda.jpg	b9729d4851ca0e7b5837599e10498d21e197887030e54ed5172a9c4e41e25715	12433071	3024	3024	Apple	iPhone 14	2021-11-29 08:54:39.551913+00	2022-07-06 10:40:54.551913+00
882316	152	5263	IMG_3204.JPG	u/98/6be18b90-0150-431e-9b39-8d16fa81e069.jpg	c52176cdd8e6e171fdbbad9590f74a3f51b9aaed6472e5b990109b97ed04c22c	1012418	4000	2268	Apple	iPhone 14	2022-06-10 00:19:36.712108+00	2022-07-07 04:17:35.712108+00
882317	152	5263	IMG_7470.HEIC	u/98/580ae00e-2e4d-45eb-96d0-192e981908ab.jpg	9786f50e144f60d365af61779ecf216cf32fc5fe69362e55d19dbbfa73ed8f80	3318965	4032	6000	Apple	iPhone 14	2021-10-30 03:20:22.161446+00	2022-08-12 02:34:58.161446+00
882318	152	5263	IMG_4445.HEIC	u/98/b2d5bf30-182f-47ae-976b-8f87846f6abd.jpg	06c7b2da3f83fd1dda50444709a20ef7c773d9bc1d6e77bc0722a7876780e7e6	2291749	3024	3024	Apple	iPhone 14	2021-12-31 11:39:17.101506+00	2022-08-01 06:48:35.101506+00
882319	152	5263	IMG_1298.HEIC	u/98/58fa9218-2893-4ac6-a008-79cc8c635146.jpg	10a8018147cfdae7796d737866e9eabb9ae38825f66d96235e1b3af040263b7c	1364039	6000	2268	Apple	iPhone 14	2021-12-11 16:41:18.569806+00	2022-07-07 00:15:13.569806+00
882320	152	5263	IMG_8245.JPG	u/98/eeca3fc5-e9c6-419b-a7e6-ce2d42a2cb68.jpg	46027aaec44d1d26cd1387f68a20c27facbdeb8783d8527e9c450893ae1732f5	5532230	4032	4000	Apple	iPhone 14	2021-10-19 14:18:12.718878+00	2022-08-06 16:52:18.718878+00
882321	152	5263	DSC61230.JPG	u/98/273aeb9e-28ae-4f0d-aed7-a0a8fbfbd56f.jpg	271da3e5966dbc0866ee2e28d67de339841156a53f68474b548d57188478f77f	4878359	4032	4000	Apple	iPhone 14	2021-11-09 10:29:48.907065+00	2022-07-05 00:30:13.907065+00
882322	152	5263	IMG_7399.HEIC	u/98/ccce9b15-1959-4bf2-a8fe-c1fb396ea1de.jpg	0390ebdf5cebe8c10a97114916eaeb14954b3b968e1a87baea2c5782e96e33b1	1712377	6000	4000	Apple	iPhone 14	2022-07-08 02:16:33.372533+00	2022-07-23 00:47:38.372533+00
882323	152	5263	PXL_20211018_110775202.jpg	u/98/317693e9-e0c7-4387-913d-18e624b74474.jpg	d74b2f6ef1b4ce87e67c211e7c124f4459e6aaf523b1673695b4779c64519b81	5836225	4000	4000	Apple	iPhone 14	2021-10-18 06:18:55.135578+00	2022-07-17 00:08:05.135578+00
882324	152	5263	IMG_2277.JPG	u/98/2b9668e3-f9fd-4cd9-a9d9-8fe8b079c1f9.jpg	61d5cda1134bd797170c633a23be69380a7440a2024eb905e1bfad8c3830e5e0	12235278	3024	4000	Apple	iPhone 14	2022-06-06 09:21:26.989359+00	2022-08-01 00:25:22.989359+00
882325	152	5263	IMG_1143.HEIC	u/98/0584b50d-c2b2-461d-a2e1-3cf501c760f1.jpg	5380797abf3c5688c4ad7ca09d833aafa7b288e596dd16cae543783fbb5f4ca8	6623880	4032	6000	Apple	iPhone 14	2022-03-18 18:44:55.788217+00	2022-08-05 20:57:20.788217+00
882326	152	5263	DSC00017.JPG	u/98/f130047e-3d12-4850-8471-3e3e0a167220.jpg	12ae9c274cda05273848facce5807bec3b0fe347ce2885d9244ce98c6a5a7a1e	7335020	6000	4000	Apple	iPhone 14	2022-03-09 02:55:07.457892+00	2022-08-08 15:58:50.457892+00
882327	153	5264	_MG_5117.jpg	u/99/3f029dee-b22e-4db8-8719-1117bc6e7d6c.jpg	cd4e1095a3935ca47cd6c16476c8bef2fd3dd019909806203115d67fc092edde	7670381	3024	3024	SONY	ILCE-7M3	2020-01-15 23:41:16.876080+00	2020-10-29 12:35:41.876080+00
882328	153	5264	IMG_2711.JPG	u/99/fe1ec0a0-be4c-4acf-838c-191a24bad8e1.jpg	55ad00adc4f3a4d38774d3b32901b710f0155afcaff7877ed3cec5fd5d7d8887	4214043	4032	6000	SONY	ILCE-7M3	2020-06-30 20:32:02.712428+00	2020-10-25 00:32:57.712428+00
882329	153	5264	IMG_9285.HEIC	u/99/1734fa5c-28b2-49b7-84f4-0376309ae6cd.jpg	4cfd34378e9cf4663b0e46d3ed6ed2cbc72feb4b6a15e82ce65fdd4720fa61d7	6247240	4032	2268	SONY	ILCE-7M3	2020-08-03 15:14:08.423225+00	2020-12-01 13:24:45.423225+00
882330	153	5264	IMG_6525.HEIC	u/99/6e7c3f9d-951e-4685-a1d8-e99dfe1528a1.jpg	9f6d8eafb5fd56b03123afd98bd5abc695e511bf2c07376833fc52b3e0de38e8	3951234	4000	3024	SONY	ILCE-7M3	2020-08-19 16:37:00.556196+00	2020-11-11 03:45:18.556196+00
882331	153	5264	PXL_20200411_086469793.jpg	u/99/0b5d8ba1-50b6-4eee-a91e-203dbc838dc2.jpg	d7d96619a168c1efffcdec3621f86303ecc0951c8b9cebc1b7a8d22b293d582a	6259951	3024	2268	SONY	ILCE-7M3	2020-04-11 00:28:50.472367+00	2020-11-17 08:05:56.472367+00
882332	153	5264	DSC18267.JPG	u/99/ccc6ad42-6480-42b1-82f2-c2fd101387d6.jpg	43def5e0c5bdaf1e0728877c679b6e7e300692ecc03e5301eccff3e25212087d	2806385	4032	4000	SONY	ILCE-7M3	2020-03-24 23:04:40.643169+00	2020-11-26 18:48:38.643169+00
882333	153	5264	PXL_20200426_163829954.jpg	u/99/ec2effdd-1318-48ca-8dcf-43d9b066a103.jpg	ed31827576bcc9dc293d212aef4a7b1c2cf68a0aa27bf4cd0403ffaccce89589	3880984	4032	2268	SONY	ILCE-7M3	2020-04-26 18:30:43.755820+00	2020-11-06 20:06:31.755820+00
882334	153	5264	DSC67341.JPG	u/99/1ef33770-f41d-471a-9fd9-c6349c28795c.jpg	229ec2b40555e40b92045e739244a470def3bd86f052ffd3a62fefae9e9e173a	13800804	4000	6000	SONY	ILCE-7M3	2020-07-17 00:13:01.896376+00	2020-11-03 10:03:06.896376+00
882335	153	5264	IMG_5297.HEIC	u/99/abdbfcb4-3136-4d4d-b27e-360905d1cd89.jpg	cbcdc532ee8ebf39dd66c48c78af1e5981a23b958c231bdb91671f545e851b9a	11904563	4032	4000	SONY	ILCE-7M3	2020-04-19 17:30:40.724629+00	2020-11-05 02:13:44.724629+00
882336	153	5264	_MG_6602.jpg	u/99/9cbe6d8a-24f0-4537-b60a-8c621a752a33.jpg	0f24f1ae0b18d0e82ce6dab278493b15cdd3828df2bd32bf0180a943602c4dc0	11366715	3024	2268	SONY	ILCE-7M3	2020-02-26 16:24:47.541014+00	2020-11-18 22:39:20.541014+00
882337	153	5265	IMG_4794.JPG	u/99/da46fef1-0a82-4e10-bdd2-331e77a59fc6.jpg	92929642e13a8e969d653fb70488cd5c2042c00f4bfd429b24f1a4b2bed15e1c	4082476	4000	2268	Apple	iPhone 13	2021-08-10 21:26:54.703080+00	2022-05-20 09:44:25.703080+00
882338	153	5265	DSC36221.JPG	u/99/28df53e2-10c9-4434-812c-dc52005e41a3.jpg	9ff36cad2113a938c0b66d1386a977ae4108c1178fd3414e10c635f4d26a0483	7801025	6000	4000	Apple	iPhone 13	2022-04-20 07:55:18.263379+00	2022-04-24 10:02:34.263379+00
882339	153	5265	IMG_6529.JPG	u/99/1664f493-a408-402c-ade0-1f1c5f1dc7e6.jpg	f59aa71de15f308fe2c54fe34e1543fa537c544881eaffc69b1b59f0806a0791	2132408	4032	2268	Apple	iPhone 13	2021-12-31 10:42:12.518941+00	2022-05-04 14:41:37.518941+00
882340	153	5265	DSC68534.JPG	u/99/9518afa0-b15b-483a-8e3f-f84424fdc11c.jpg	6a104292467a11de96a686a1fb1fbbb2ed6eca6db95498385a4bf69dc1324f07	3179677	4000	4000	Apple	iPhone 13	2022-03-27 10:48:44.499217+00	2022-05-20 12:55:24.499217+00
882341	153	5265	IMG_7508.JPG	u/99/6a7e871b-653b-4c5a-80df-317e8ca3e566.jpg	bd882ab0a2c16eee07c9adc718e3ae7fdafc954300433d2434a17abd9d9af953	1774570	4032	3024	Apple	iPhone 13	2022-03-01 14:22:47.922015+00	2022-05-03 21:59:19.922015+00
882342	153	5265	IMG_5788.JPG	u/99/9bcf9374-a2dc-49ea-8da9-604175415e48.jpg	05f71ccbbd680e0b0772aededd9cb22c09bf0240a56bdfc56a2f5cb8e098ac9a	12500156	6000	4000	Apple	iPhone 13	2021-09-29 01:12:09.036496+00	2022-05-09 22:44:55.036496+00
882343	153	5265	_MG_2663.jpg	u/99/822fef53-7bca-40b2-872a-a3f2c29e2611.jpg	99912f237417cb8390071bf99ad0eecaa5a70ac83e6eb6c5b6dd7be45cef8a30	2511433	3024	4000	Apple	iPhone 13	2021-08-10 13:13:39.354377+00	2022-05-15 21:21:54.354377+00
882344	153	5265	IMG_0471.HEIC	u/99/4203c230-2208-4d7a-80b8-cbc61ee91744.jpg	95e7f8e8fca9465e7bea7ceda2ed4ab85b59f7f065591e1d06f0c76864a44e08	1346979	4032	6000	Apple	iPhone 13	2021-10-12 15:18:49.234918+00	2022-05-11 07:59:18.234918+00
882345	153	5265	PXL_20211225_214284238.jpg	u/99/82d0c2d3-df5e-4133-89b1-7709919e0677.jpg	dd9b26c0bd5eb8ecdfb298406b665eac2e48ec5662bb064bb52e2f2efc0e4d47	8911444	6000	4000	Apple	iPhone 13	2021-12-25 01:13:25.351957+00	2022-05-10 13:22:44.351957+00
882346	153	5265	IMG_9616.JPG	u/99/db28765e-e0ce-4d3a-a266-1f42abc68045.jpg	8d0eec2333e54ded8b4142c8245ae3648c986ea44041ad4213ad1d99e67c55f6	8239651	4000	6000	Apple	iPhone 13	2022-03-04 15:52:32.090267+00	2022-05-17 07:31:40.090267+00
882347	154	5266	PXL_20220508_073799199.jpg	u/9a/6fdaa8fe-de7e-4616-99af-e796b659a6bd.jpg	7b27a88bb14eb0bb99f6e1f7841910f2a00e6dfb755f069719ff03c50e9470c4	8177607	3024	2268	\N	\N	\N	2022-12-23 11:29:19.506286+00
882348	154	5266	PXL_20220515_078353495.jpg	u/9a/b2cc2116-c25f-45f6-a079-667ec8429fa1.jpg	4146aeac1ae38f215e0fb36a61f342424fbcc207714f9d7aa124e5b7ca51768f	2650683	4000	4000	\N	\N	\N	2023-01-03 16:21:01.279313+00
882349	154	5266	PXL_20220707_019365080.jpg	u/9a/94cd3c17-f9e4-4b1e-9ba5-6a4e561fd88c.jpg	025bb517ac822b1ee01474e988f92164f6a96b1309f04d222f5c1df4cbaccf7e	7170773	6000	2268	\N	\N	\N	2023-01-14 23:17:53.414804+00
882350	154	5266	DSC94999.JPG	u/9a/17e5d7c2-ace9-440a-95a7-53b5890bf3b8.jpg	672bb099dcbd252a885ccc1f0f8d1c5dc2ad603944e1ab3ec364da9fee039dde	3694145	6000	4000	\N	\N	\N	2022-12-19 02:07:03.314166+00
882351	154	5266	DSC48238.JPG	u/9a/f944e316-1170-497e-8da9-c8da20b4e803.jpg	a505f3e603945ce8c6141536dbe914277bd980b1f414a85ff91f352433a4a091	13176076	6000	4000	\N	\N	\N	2022-12-28 04:05:40.128054+00
882352	154	5266	PXL_20220716_235531571.jpg	u/9a/44734a95-fc56-48ea-9672-4a9048d24012.jpg	32e44281a170b71d62fa41faee7d829d2760085756c87b263af8358b592c0cc4	5991354	4032	4000	\N	\N	\N	2022-12-15 04:15:47.255848+00
882353	154	5266	DSC92470.JPG	u/9a/f9a89cd7-25fa-40ba-9e3e-4b26d6c3db3a.jpg	04caa91a8bdeef1d238caf781c7a925845088a33f46a1871cb6f3229c586f193	8753779	4032	4000	\N	\N	\N	2022-12-31 02:31:21.613483+00
882354	154	5266	IMG_6674.JPG	u/9a/d917af99-57db-431e-8c3c-f1930b67817a.jpg	31acc1dfb4ef33ce21318b23593ddfc266a42b1aebc67a638c78ad75b77de2db	1805352	6000	2268	\N	\N	\N	2022-12-18 15:52:19.447459+00
882355	154	5266	_MG_2057.jpg	u/9a/f85853e6-80d6-43cc-ac19-2b6778712598.jpg	86560f75201eb2d2ed2150da04a68fd0dd8f1384ca0b3a3e374717833558aef5	1758666	3024	4000	\N	\N	\N	2022-12-24 04:15:05.106186+00
882356	154	5266	IMG_5432.JPG	u/9a/092ed651-69a4-4fd4-bc76-a642fa542f69.jpg	5ebed195933f7a0dd73bede04e458d7230b2db99bb2213ae8b75f9a408001578	13038192	4032	4000	\N	\N	\N	2023-01-07 06:24:58.253477+00
882357	154	5266	IMG_5694.HEIC	u/9a/edc1432d-b43a-4e9d-a90f-09e97110efc2.jpg	0634ec6c005512e4d0511ede729e7a50908e967210c8bcefdb20824bb34e1574	11517469	6000	3024	\N	\N	\N	2022-12-20 09:59:15.404203+00
882358	154	5266	DSC39153.JPG	u/9a/368803f9-1554-4adc-95b7-ba742676f521.jpg	422d6a84a9b7fedc1b7fc50a1cf1992f67cb2059d36df206bd1b2fa29d8de969	12360898	3024	6000	\N	\N	\N	2023-01-10 07:21:03.232483+00
882359	155	5267	_MG_8834.jpg	u/9b/be266b64-36d3-444b-b41e-a9043e78ef47.jpg	d57e73a1d45b54048209549371339804a768b07bbbe2e7be1a263b9e3b03c4ce	1648074	4000	4000	samsung	SM-S918U	2024-03-11 20:25:13.116654+00	2024-04-17 16:10:04.116654+00
882360	155	5267	IMG_9208.HEIC	u/9b/ed98cc31-2ea3-498b-90ec-370e6fca36b2.jpg	e9f25674b1228bd5b5f54b242428d2a58485df35d9358b8748d48b91e6b31497	11323198	3024	6000	samsung	SM-S918U	2023-08-11 06:01:55.708625+00	2024-04-17 03:40:58.708625+00
882361	155	5267	PXL_20240402_108683592.jpg	u/9b/dd6027ce-65e7-4631-9f4b-d67301ce74b5.jpg	1f585eaa0c0f546b082ee556b16757fbc927562b9edcfdfe5345b195c460901b	12702177	4000	2268	samsung	SM-S918U	2024-04-02 06:45:16.589719+00	2024-05-01 15:03:40.589719+00
882362	155	5267	IMG_8616.HEIC	u/9b/6f3eec71-e7dc-4bf3-8209-eee92b5f108d.jpg	a0d7dbf81cd157b31d16fb0a51b2bf2ad4b4d68e57c1f553ba1cf4cc824af299	7542275	4032	4000	samsung	SM-S918U	2023-08-24 23:09:35.157726+00	2024-04-01 13:01:16.157726+00
882363	155	5267	IMG_1103.HEIC	u/9b/9298724b-6f7f-49c8-8ae0-0913d3988bbc.jpg	06f530be36508759f6ff77a1dc44f773f56327f4b596da56dadcfb351c962a45	1586749	6000	3024	samsung	SM-S918U	2024-01-12 08:50:11.136229+00	2024-03-27 18:40:35.136229+00
882364	155	5267	PXL_20231027_091753139.jpg	u/9b/5d9e792c-980e-47cb-833c-1c7c29c23309.jpg	8b383a5654faa7cd950b288c47e59a02ddd0963b56a8de83e9a390c9462f75ca	7774838	4032	4000	samsung	SM-S918U	2023-10-27 23:42:43.907683+00	2024-04-20 01:53:11.907683+00
882365	155	5267	IMG_5580.HEIC	u/9b/75f901b4-a1c0-4bfd-916a-04d22118ff04.jpg	16e64ff574d30553ab675eeb31250bc8577e8ff9e68a17877e70bae5a09b1fb5	920851	3024	3024	samsung	SM-S918U	2023-12-17 17:46:47.206418+00	2024-04-18 16:26:03.206418+00
882366	156	5268	IMG_1748.HEIC	u/9c/e4c0cb29-d628-4687-940f-4255b5191448.jpg	adb734a1f845c5c5febeefce6ef9899e98a1129796aff73bd0b1dc92ee713f4a	8272083	3024	3024	NIKON CORPORATION	NIKON Z 6_2	2023-06-27 10:17:04.128074+00	2024-01-02 06:47:51.128074+00
882367	156	5268	IMG_7355.HEIC	u/9c/8b9372c0-2703-4dba-9bf4-961c13dd3c45.jpg	dfad17815c83302b8a7bc6f96893fe869269713da96e9eceaff3d0078f64bd75	1889228	6000	2268	NIKON CORPORATION	NIKON Z 6_2	2023-04-29 04:17:51.032767+00	2024-01-08 21:46:40.032767+00
882368	156	5268	IMG_8169.HEIC	u/9c/2d05dd81-48c3-454b-b630-568474139a4c.jpg	9d0b43e8e1660f84d96b6f11c501a6cc37ab031aa7cfd1c9d146e3555c1f7998	13976306	4000	6000	NIKON CORPORATION	NIKON Z 6_2	2023-06-19 09:04:34.849889+00	2023-12-24 08:29:01.849889+00
882369	156	5268	_MG_7094.jpg	u/9c/9f380be4-59bd-4aab-ae99-a8cac0fc6253.jpg	c176dfa731ed8ad87664e2060367277a7e8f7e78c607c0ab0ab0f780e5aecc68	6223188	4032	4000	NIKON CORPORATION	NIKON Z 6_2	2023-03-29 00:38:33.286797+00	2023-12-10 13:31:17.286797+00
882370	156	5268	_MG_7822.jpg	u/9c/86b0b2dd-1273-4296-8263-98d7ce1f644f.jpg	6e82ec6ebeffdefa55432230a968709b0e3cc5fefb4edde9e1abb5a4b4fb1eb5	13130906	6000	2268	NIKON CORPORATION	NIKON Z 6_2	2023-09-08 02:17:17.234364+00	2024-01-13 16:38:24.234364+00
882371	156	5268	IMG_9446.HEIC	u/9c/d07972e6-590e-469e-8e39-71073a200d1f.jpg	9257a0fd6699dfbeeaa45320b9294bfed5e5531d8c15e6aebee30fc12ab99790	3811669	6000	4000	NIKON CORPORATION	NIKON Z 6_2	2023-07-03 03:43:41.497230+00	2024-01-06 01:05:27.497230+00
882372	156	5268	DSC32589.JPG	u/9c/a0e7e2d6-d0e2-49bf-b160-d07ca99cb8ac.jpg	dba48e86492ddce614227dd478cef0f5fc542a50e87e02de583970368ddd84a5	6169706	6000	6000	NIKON CORPORATION	NIKON Z 6_2	2023-06-06 03:45:30.490811+00	2023-12-25 13:10:12.490811+00
882373	156	5269	DSC20218.JPG	u/9c/68ec43aa-d292-464f-8e5b-01364ba0cd82.jpg	87cbb1ef479d354f5bcd9d63762df60e1ea0e433908492842d928b43e92ae0b7	917375	4000	2268	NIKON CORPORATION	NIKON Z 6_2	2023-03-22 23:35:50.091260+00	2023-12-12 17:52:19.091260+00
882374	156	5269	IMG_7453.JPG	u/9c/90b5aa40-dcca-4fb8-b043-138daa61a2e3.jpg	8eb32e59757b5a32c964bd04165112c623f187a1c139dc106d827daba9f7cfcf	11085323	6000	3024	NIKON CORPORATION	NIKON Z 6_2	2023-03-10 04:02:28.584679+00	2023-12-14 05:24:17.584679+00
882375	156	5269	IMG_6208.HEIC	u/9c/6c42172a-aaf2-466d-89c6-71cd1ee13d86.jpg	81956ed874952709e1401c80141ca10131daa2688b86be66279d1467cdb007d6	3506288	4032	6000	NIKON CORPORATION	NIKON Z 6_2	2023-04-12 22:05:37.216753+00	2023-12-21 16:14:19.216753+00
882376	156	5269	IMG_8151.HEIC	u/9c/d2ed890c-d133-45f6-a0e5-7d61b6e837fd.jpg	8b454942ebe5b35e6464aca752b3da81d53f571bbcfd52e55a5d104311c6d858	1049826	4000	2268	NIKON CORPORATION	NIKON Z 6_2	2023-06-28 22:07:12.035437+00	2023-12-16 07:35:31.035437+00
882377	156	5269	PXL_20230728_079844653.jpg	u/9c/f6ac380a-5538-401d-bb75-5b562ffea20f.jpg	c22df93e24835cfc2e64ab5d60928a81ec1a250e67138a6a8959371fa3342d2a	7572166	4000	6000	NIKON CORPORATION	NIKON Z 6_2	2023-07-28 20:19:46.122189+00	2023-12-09 18:06:38.122189+00
882378	156	5269	_MG_0094.jpg	u/9c/d188f5f4-70da-462c-a10b-2bb7050c6313.jpg	e35844f2d7d4eee8c4175fd0cedcd6def42594635d4843a00d67498c9554f47a	1495467	6000	6000	NIKON CORPORATION	NIKON Z 6_2	2023-04-13 10:35:02.206644+00	2024-01-05 06:13:47.206644+00
882379	156	5269	IMG_0090.JPG	u/9c/0ca35b62-586e-4f14-869c-635eb5577a9e.jpg	dd82f289a025cc9fd10ed58e6a96fba8c2aed1dbf1023ff982c6b983e4a4f114	8177104	3024	4000	NIKON CORPORATION	NIKON Z 6_2	2023-12-05 12:49:01.446295+00	2023-12-23 21:59:34.446295+00
882380	156	5269	PXL_20231016_116110144.jpg	u/9c/2dbe00c7-66d9-41cb-860e-a8a71a3cc380.jpg	318b35a20f0d201bc7bf65f9ececa7d5ef415bf6312b276706ec0f69e62d6f49	3318634	4032	6000	NIKON CORPORATION	NIKON Z 6_2	2023-10-16 05:16:56.226316+00	2023-12-23 19:09:04.226316+00
882381	156	5269	DSC70055.JPG	u/9c/acdf1e6d-9c6d-4c07-b080-1687e05cedc8.jpg	da444c35a02576d2c252eb42076d752af55a88ac1cb2d0c5f1a97302accdda49	1231935	6000	2268	NIKON CORPORATION	NIKON Z 6_2	2023-03-03 18:59:58.935525+00	2023-12-12 02:59:25.935525+00
882382	156	5269	_MG_2668.jpg	u/9c/67a02a35-b7ab-4349-8330-a91121cdc3ec.jpg	0289f74b2a4da3d68960f1c13437fabebe878d18192bb5a68175385c3977d375	12624889	4000	6000	NIKON CORPORATION	NIKON Z 6_2	2023-07-20 12:34:48.994218+00	2023-12-05 20:37:45.994218+00
882383	157	5270	_MG_1031.jpg	u/9d/cc3d6e61-af12-46a8-9443-a926f757e3eb.jpg	8820ce10a319da1805048f763f94f652ce3707081cdf3c11ac74c66225e48867	12274710	4032	3024	Canon	Canon EOS R6	2022-03-17 06:37:31.859173+00	2022-06-23 20:41:55.859173+00
882384	157	5270	_MG_2029.jpg	u/9d/cbcd6607-0fad-4ba7-80f1-7a512d4732a0.jpg	5dd6806898e95ce63498098f6159048772891659e26a3a10ba8da7b904ad334b	10766579	3024	2268	Canon	Canon EOS R6	2021-10-03 04:08:45.841948+00	2022-06-25 22:51:05.841948+00
882385	157	5270	IMG_9822.HEIC	u/9d/7f891eb2-18b2-4ae0-a8bf-d12415bf8d09.jpg	37a01619c44cac0961f869da9c247203405a42d300035985b0c4d6656bac2d15	5009555	3024	6000	Canon	Canon EOS R6	2022-02-13 15:20:38.827022+00	2022-06-18 02:01:27.827022+00
882386	157	5270	_MG_9627.jpg	u/9d/e219e9e0-0107-4208-ad47-700bcef9fe16.jpg	52217a06ac4982720939b151fdf20351921a86a03403aa53581b2d5249e78b85	11137246	3024	6000	Canon	Canon EOS R6	2021-12-22 19:36:55.736625+00	2022-06-04 03:47:15.736625+00
882387	157	5270	_MG_3223.jpg	u/9d/16d1d6a1-0a94-4978-9424-1a8959172a03.jpg	50bd3bfb7ebf05c0642121f730f3a4fd0ec886f2799d26dd68550deeb6b1aa30	6421644	4000	2268	Canon	Canon EOS R6	2021-12-07 22:01:40.170975+00	2022-06-12 08:33:57.170975+00
882388	157	5270	IMG_8456.JPG	u/9d/7a62892a-b6cc-4cdb-bd0b-98117afc3436.jpg	24189a4b5229a3f0ab826d02546659f7060869c5dda7c988c03478f2018a7a6a	9795459	4032	3024	Canon	Canon EOS R6	2021-12-03 03:00:26.617061+00	2022-06-12 19:40:24.617061+00
882389	157	5270	IMG_4702.HEIC	u/9d/6992ab97-6058-4d65-a22f-34f769762ac5.jpg	aa55a26c4906985cc3c127cf07c8eb09ac31e013367db8ae5413102cbd479894	9385925	4032	6000	Canon	Canon EOS R6	2022-05-25 17:46:21.063418+00	2022-06-14 11:41:56.063418+00
882390	157	5270	IMG_0664.HEIC	u/9d/d63869c2-680c-426b-b44f-c106fd9b4493.jpg	aa9fc1c19a46870dec40d3e055cdd953f46387be0c854cd28fa37bc0c0c627d8	7203521	3024	3024	Canon	Canon EOS R6	2022-02-06 21:41:22.741735+00	2022-06-13 14:41:56.741735+00
882391	157	5270	PXL_20220116_225746771.jpg	u/9d/420dc298-bd0d-40ae-9ee8-98e7cbbc59f5.jpg	b9d66ecf3f5104b3ab4a606916ac09758305609cb22e90b73a47e75f793bf6d1	5020536	4000	6000	Canon	Canon EOS R6	2022-01-16 11:36:55.751786+00	2022-06-16 15:34:25.751786+00
882392	157	5270	_MG_2537.jpg	u/9d/b2448632-9acc-4af7-a0d1-64e1d13352fe.jpg	248c0b92b60b6107d1e67945332d2d2444fe396ebc78fe419982d33fc395ed42	12441913	3024	6000	Canon	Canon EOS R6	2022-06-14 02:43:39.233582+00	2022-07-03 02:27:21.233582+00
882393	157	5270	IMG_5349.HEIC	u/9d/425fb89e-5d2a-4be3-ac1c-43aaf0a5cc60.jpg	8ca2af3288eecc4c960f025b05a4cbb90cb12d7679fc66e96c3beef81f6d4cf5	3997415	4032	4000	Canon	Canon EOS R6	2022-03-23 01:08:39.313191+00	2022-07-04 21:10:31.313191+00
882394	157	5271	IMG_3074.JPG	u/9d/16037ea5-2aff-48f8-9232-eddd456f521e.jpg	3bd4224b8cc65b4c4f2053b451c45c53e189fe8010de854150d1ac090ee93b16	3463904	4000	4000	\N	\N	\N	2022-08-01 05:46:25.072969+00
882395	157	5271	PXL_20220625_155709510.jpg	u/9d/1f6faa4a-d4ac-42ef-9e8d-381f178be6ae.jpg	8fcc6d383bb81caf4d3c564a4bd017e881786589494ba2bc7f1b6c986971c490	915359	6000	2268	\N	\N	\N	2022-08-23 21:37:18.575790+00
882396	157	5271	DSC82191.JPG	u/9d/edecab1c-dd97-476a-823a-cff8f504729f.jpg	fc08708215c42af224278d218d31d9fd006596a9920c8fef3a3e7baa1abfe750	10354649	4032	6000	\N	\N	\N	2022-08-17 15:09:29.198228+00
882397	157	5271	DSC87762.JPG	u/9d/90481a37-ac6f-4a3a-8ba6-a8a3ecada1ef.jpg	1a06ac13d19d3ab6196937ee2e1e7f8bcbcdf4f4658e6757b8615485013cc647	9907075	6000	6000	\N	\N	\N	2022-08-28 03:52:31.379432+00
882398	157	5271	PXL_20220716_101706609.jpg	u/9d/246aa610-0ef2-4bdb-b0f0-d89a755aebed.jpg	119407b4cf73641390eab7981881d14f279864a2d69244ee69a139ed0724c7e9	4543759	6000	2268	\N	\N	\N	2022-07-26 02:07:46.239201+00
882399	157	5271	IMG_4273.JPG	u/9d/553b3a4f-f2e1-4286-87d6-84cac8224df3.jpg	57a47c87467949a0b1889dcbeee38ff5510a18e51d435aa224745fd20c0c0f65	1011492	4000	6000	\N	\N	\N	2022-08-09 14:06:09.731197+00
882400	157	5271	_MG_2531.jpg	u/9d/ec7d01a7-6773-4f2b-a7b2-6af206b28528.jpg	c7623a496eaac4209440dbc4858927aa8cd51ee695e9e40daafb44924eba203f	9476515	6000	4000	\N	\N	\N	2022-08-10 09:22:56.546158+00
882401	157	5271	IMG_2193.JPG	u/9d/0827b40b-6236-4b44-b5c5-d1c1f212d8d0.jpg	e9a2b42ab40ec5410ccebca1e973477c64451099fdbb932c13dba33e2fadb239	12719984	6000	2268	\N	\N	\N	2022-07-27 22:20:02.588488+00
882402	157	5272	IMG_4080.JPG	u/9d/b35654e4-9815-4540-bd07-3c9c11cfb8cd.jpg	c336de4a9c7b515222aae447327c63d349007eba29d3a04339d986af4b5a7db7	7392827	4032	6000	Google	Pixel 8	2023-11-19 16:04:08.265901+00	2024-05-12 18:07:58.265901+00
882403	157	5272	PXL_20240304_035161484.jpg	u/9d/fe7d1753-6395-4576-ac6a-cbb6331a406a.jpg	fd28b5fe345447354e1c2f1a9fceec8a68154436ca3bbe4e16ec6d35f1825443	12297406	6000	6000	Google	Pixel 8	2024-03-04 21:08:48.109455+00	2024-05-05 13:47:48.109455+00
882404	157	5272	IMG_1204.HEIC	u/9d/1a5257e1-97ba-4fc5-9b15-9f82c39b1f36.jpg	45ef474be8a87dca17c54f2aaa805350093148239cee2871a02431011ea65d21	5749672	4000	3024	Google	Pixel 8	2023-12-27 08:04:27.990774+00	2024-05-25 15:36:36.990774+00
882405	157	5272	PXL_20231105_147911771.jpg	u/9d/f6f210c8-ad97-44e6-bc64-c371e5f50530.jpg	4d7096f5119491ac1ce03fcaeda7c4eaf5319d0547a007da95bc58bbb63f4dd4	1639340	4032	2268	Google	Pixel 8	2023-11-05 07:55:49.814921+00	2024-04-29 23:48:31.814921+00
882406	157	5272	PXL_20230919_107112023.jpg	u/9d/f0028336-a818-4d69-b131-b69396da2f6b.jpg	9b51c162bd3030de53c6c6ce0dcafaf9f24fb66631ffd710b0e2107001557822	5812822	4000	3024	Google	Pixel 8	2023-09-19 09:54:18.371851+00	2024-05-17 21:26:42.371851+00
882407	157	5272	IMG_9625.JPG	u/9d/61989bab-3d92-478f-88aa-f674fb9f49c0.jpg	c58ebff0da131ca289e2a257e6de170f664fdce7b6b861b40960840a756ecb67	10616014	3024	4000	Google	Pixel 8	2024-04-30 14:14:01.625048+00	2024-05-19 00:22:36.625048+00
882408	157	5272	_MG_7833.jpg	u/9d/5bc29cf7-acbf-4e33-9c62-8dc4f5ae1f4d.jpg	106016dc93a2e6b0c63271bf5090e8383b8768f5cf84cfda8ba3bc6bfa81982e	11068289	4000	2268	Google	Pixel 8	2024-04-14 19:32:11.870803+00	2024-04-24 21:42:42.870803+00
882409	157	5272	_MG_6843.jpg	u/9d/c7ca917d-f908-4fef-bbcd-c5e79f2f3fa3.jpg	18d1a53f794eeab4934c4990bd0b361a3fdd372dc7b9883e09546a6a1c7c568f	13008845	4032	3024	Google	Pixel 8	2024-03-23 04:12:38.153626+00	2024-04-23 08:20:33.153626+00
882410	157	5272	DSC33501.JPG	u/9d/f1f7037e-e9f0-4036-9c81-4d120321d773.jpg	aa7a78164759d2150dab640a613a93d08d3f9142bf397738ee5c87efdcf7237d	9653273	4000	4000	Google	Pixel 8	2024-04-09 09:01:36.457816+00	2024-04-24 05:25:58.457816+00
882411	157	5272	_MG_7125.jpg	u/9d/052ca66b-fa56-476b-803d-6c69bae681b8.jpg	83f99d465a89d5ab1fc16930c927243dc3bf3198c9eb1dde0a7afd7b109224e8	3000228	3024	4000	Google	Pixel 8	2023-07-23 02:45:27.179746+00	2024-05-14 02:10:25.179746+00
882412	157	5272	IMG_8452.JPG	u/9d/1219c2f0-ee59-4f7e-b5ef-0554f2e74532.jpg	de781414122bc3986fb1538c7c3f09278579e6db656fecc067f3a51097282e39	1426048	4000	3024	Google	Pixel 8	2024-02-05 10:35:30.937804+00	2024-05-07 12:29:55.937804+00
882413	157	5272	_MG_4153.jpg	u/9d/f3135e6a-7194-4ce6-97d6-b0e5474992c8.jpg	e084bb1b445587a5413eaa192af27c8fa1a28002fd8eb42a84285a7baaa0792e	5082085	6000	2268	Google	Pixel 8	2024-03-07 17:12:02.634046+00	2024-04-24 22:59:19.634046+00
882414	157	5272	DSC04862.JPG	u/9d/8c58b246-a527-40b8-8867-9e98e17b9d03.jpg	8d5593ea736440917582f7e7196d496442492ad56be8193adc793cea32460684	3610111	4000	6000	Google	Pixel 8	2023-12-25 22:47:23.407598+00	2024-04-29 14:33:08.407598+00
882415	157	5272	DSC31323.JPG	u/9d/cc2ebd38-0737-4d36-aab3-5fad65dca705.jpg	61e32e3f6c68b3f3ec324462d6bba856adda6dfd9c3003645818824ad48d6593	3909124	4032	3024	Google	Pixel 8	2024-04-09 23:22:47.301775+00	2024-04-25 16:10:28.301775+00
882416	157	5272	IMG_1539.HEIC	u/9d/0d7df632-9b42-403c-b624-a35debbc7646.jpg	322cc792951acd25b722ff7991ea6cc6e569b4b0b6954e0b218ed6387323414f	1006695	4032	6000	Google	Pixel 8	2024-02-23 13:32:08.934297+00	2024-04-19 19:45:18.934297+00
882417	158	5273	_MG_6306.jpg	u/9e/8696b8bc-64d2-494d-b0b1-ddb292331b57.jpg	c287fcb762a753dfa338bea47c04f272792233fa37b4a48338e281438517f212	1742527	6000	3024	samsung	SM-S918U	2023-06-06 18:32:46.918739+00	2024-01-08 00:58:08.918739+00
882418	158	5273	_MG_9190.jpg	u/9e/3ae15ac3-bf37-4e01-a760-2710e5111347.jpg	8c674991a8bcdf53ffbb855470a5aad1577d807a28b799414bd9b90f7f0595cf	4656204	4000	4000	samsung	SM-S918U	2023-04-10 16:59:48.124077+00	2024-01-23 16:53:31.124077+00
882419	158	5273	_MG_2423.jpg	u/9e/8c96567e-b522-4e04-b81e-0a83243d83d0.jpg	3a5e29a645a67ea547fa152be46a99a8bee22a03f78dd4c712563e0086f386e5	2284623	4032	2268	samsung	SM-S918U	2023-10-30 18:45:36.747051+00	2024-01-06 23:15:32.747051+00
882420	158	5273	PXL_20230413_131903878.jpg	u/9e/3c9ea7a3-980d-48e0-b2b0-ffc82d7cefaa.jpg	e28ad47678da82ce0a313412d618a892a42ee294fe2d11da51fae209f0e0b407	13459241	4032	2268	samsung	SM-S918U	2023-04-13 04:39:12.349234+00	2024-01-10 04:08:22.349234+00
882421	158	5273	_MG_2278.jpg	u/9e/34d49d12-d0b4-4cee-94ef-f5fb73dc3119.jpg	baa2a063a787ad639698ca75bf338e9148e5a7db15b88b3f9c8057b049bb4d96	8268999	4000	4000	samsung	SM-S918U	2023-09-04 17:58:47.903113+00	2023-12-31 02:32:24.903113+00
882422	158	5273	DSC95025.JPG	u/9e/d1009f7a-1620-4bb6-b5c8-1633369e04b7.jpg	19a4e8cbe5ec07e76faa39b60da4cb3daf86a7819177dd3750eac477fb891069	8728751	4000	3024	samsung	SM-S918U	2023-06-23 23:16:51.480235+00	2024-01-20 05:01:01.480235+00
882423	158	5273	PXL_20230506_181124198.jpg	u/9e/52b5c498-0a2f-4913-a520-bb771fafbdac.jpg	0e958bc3b45d22901369cb301d12e5a3f590b6ce77286217423a442dd259b615	2091973	3024	2268	samsung	SM-S918U	2023-05-06 14:22:44.402752+00	2023-12-21 05:40:03.402752+00
882424	158	5273	PXL_20231017_195386235.jpg	u/9e/aca45dfd-b608-4c8b-ad2a-11ae1d185e40.jpg	4105f93b3f495c9e8cced25a6cdbfaecc0d09a7e0d1c8a54fb4c18f946c0f6f8	3187502	4032	2268	samsung	SM-S918U	2023-10-17 19:04:06.646798+00	2024-01-06 14:00:12.646798+00
882425	158	5273	PXL_20231028_208280545.jpg	u/9e/483ed05e-c405-4dc8-b8ac-37dd9809ab52.jpg	c5d45ccabe1c617e5d50c9faa8c081a72e0278c8685b23466d7e740ee7d5a323	3246399	3024	2268	samsung	SM-S918U	2023-10-28 13:55:40.711937+00	2024-01-15 21:04:11.711937+00
882426	158	5273	PXL_20230723_028123196.jpg	u/9e/13089d29-6566-4105-aa39-3596b75cc4e8.jpg	0029a30374778975c56c0860945cf131f4874edffeba3855756852b1b1921828	12914611	3024	6000	samsung	SM-S918U	2023-07-23 10:09:51.719927+00	2024-01-15 18:06:51.719927+00
882427	158	5273	PXL_20230317_226134452.jpg	u/9e/d0f0a4fc-9875-4d5d-b3e6-6d57bace8a1c.jpg	05d77289eb2a45f0faade95426e2a2365e3e431dce38cebe316bc623ad2e6dd4	3421485	6000	4000	samsung	SM-S918U	2023-03-17 23:27:11.597879+00	2024-01-10 15:49:25.597879+00
882428	159	5274	DSC48957.JPG	u/9f/95d934b6-459f-47db-b0fa-f0a0f96040e9.jpg	d73d8e8b5d5fc70ce69ccdc6bbaeb6667d5ab9292a1d33fec440e4a0aa68aaad	13934701	6000	4000	Google	Pixel 8	2023-07-20 09:21:35.919414+00	2024-03-12 01:12:44.919414+00
882429	159	5274	PXL_20230623_222984600.jpg	u/9f/156126d7-98bd-461a-b77b-2d08b27500d7.jpg	f2716df106fe16b37420c9c41634f757dd8d81349182227b66eaa79d5fa44339	3001158	3024	3024	Google	Pixel 8	2023-06-23 18:39:30.683106+00	2024-02-19 09:29:08.683106+00
882430	159	5274	IMG_3647.HEIC	u/9f/6346b982-acfc-447e-8a96-a212cccfc51f.jpg	7c13f0922bc68e1beedfbef45d1f219881cb2047a0d088981741f584ad6623b3	6292811	6000	4000	Google	Pixel 8	2023-04-18 22:27:36.809517+00	2024-02-12 13:08:47.809517+00
882431	159	5274	DSC10901.JPG	u/9f/4e2139c6-15e9-46b5-8b2b-ebd1923209b2.jpg	88f839e9c0ad022c13ddde9b49232ac84267a191707ba48866ce50e317eea9ea	10324793	6000	2268	Google	Pixel 8	2023-09-11 15:06:46.969814+00	2024-03-06 15:37:15.969814+00
882432	159	5274	IMG_7922.JPG	u/9f/a29d3241-ec91-4478-b7fe-65d3eb3d7eab.jpg	05ed14df4918e7199b85fd96fb66625430ea114df31c35f2fc59ed0b9a5ba78c	12231068	3024	4000	Google	Pixel 8	2023-10-04 09:32:14.209791+00	2024-03-13 00:02:08.209791+00
882433	159	5274	DSC52366.JPG	u/9f/c5a0c13d-29bb-4ef2-b915-5ba1609eb280.jpg	65af9e7e030f6fc830637eacaba5739ba5f23635dbbf05a6b98a07749da4c6e9	10026651	3024	2268	Google	Pixel 8	2023-08-16 07:24:35.440618+00	2024-02-24 16:43:13.440618+00
882434	159	5274	PXL_20230529_030825027.jpg	u/9f/da3be039-a5cb-46f5-942e-84f750ef954e.jpg	50dabea3865a2870c44648d9c79591240e57386cfb0c10a6cdcb068767eaee06	1509151	3024	3024	Google	Pixel 8	2023-05-29 04:27:04.485291+00	2024-03-05 15:36:06.485291+00
882435	159	5274	DSC43990.JPG	u/9f/1091c295-8a2b-48eb-b411-6142d86135cc.jpg	62ac0b00afcd0ff932aae7f17e5b4333490ac9013418ee90a8f358e60f8c0359	3200439	3024	3024	Google	Pixel 8	2023-04-28 11:43:30.754593+00	2024-02-16 15:09:29.754593+00
882436	159	5274	IMG_1951.HEIC	u/9f/01e9fc1d-163d-4a3d-a31b-6859b44c6415.jpg	4865e92416845e434312d55ee930caea98165abe575eb19b066e493d1c7295a0	3472689	4000	3024	Google	Pixel 8	2023-07-26 13:18:11.539003+00	2024-03-02 08:35:19.539003+00
882437	159	5275	IMG_2999.HEIC	u/9f/3c9c99fd-04b2-4500-bea7-f08277312c8b.jpg	4a8e12f5eb8aa96576bc783c41d4578434af10c5662c83de0dfd574022a5ff47	11507016	6000	3024	\N	\N	\N	2023-12-09 00:36:54.903262+00
882438	159	5275	DSC23406.JPG	u/9f/43eb2375-0afa-48dc-95ae-b4da30751750.jpg	5c352ea9ce9c8a00faacabea20c445fa5601ab50cb15d40f9e33fa023439a4a0	4334029	4000	2268	\N	\N	\N	2023-12-05 18:02:05.211190+00
882439	159	5275	_MG_5656.jpg	u/9f/f3d7679e-ffe5-40d3-9a80-a2bb02a528df.jpg	155875e7e58603e067e7fc40120b27f1f53e9c139a578ea9850b5acf4012dfbc	8867578	4000	2268	\N	\N	\N	2023-11-23 20:03:11.704793+00
882440	159	5275	IMG_0655.HEIC	u/9f/91d1e7b9-d618-4c68-bff4-ca027440a3cf.jpg	88e34ca5402a87bf9eecb61eac574e12e5114a399a3bec19b4704c9d7c3770ac	12814722	3024	4000	\N	\N	\N	2023-11-17 04:31:46.132038+00
882441	159	5275	IMG_2477.HEIC	u/9f/f8ff1fd8-87da-4628-8944-77d0ea4b9161.jpg	ae3294ea1874f0b170f61b3234d420825637ab4684fed24abd61a0f62b08681f	3978470	4000	6000	\N	\N	\N	2023-11-18 09:48:55.061643+00
882442	159	5275	IMG_3502.JPG	u/9f/0c95bf1a-f4fe-402b-adc2-3eb70b2a0cb9.jpg	2680cc6d937576f676cd8a3bd56556b7becf9b3de2a2f4fd9dc1064dc19f8a1f	10751882	6000	6000	\N	\N	\N	2023-12-09 17:16:06.243965+00
882443	159	5275	DSC43749.JPG	u/9f/ffd2c147-8443-4138-973b-04365593e1c6.jpg	513c92259f5ea2e4ae692d6288463fe21cee63aeada46aae9b4e55498c3676e0	993261	4032	3024	\N	\N	\N	2023-12-04 00:34:39.401156+00
882444	159	5275	DSC27753.JPG	u/9f/b29a7ad7-57eb-4135-bd3c-cb11f8c9fb9a.jpg	a76a17977e0ac490a685e1dce4e4645119323aa63b7166009d7b84877b7ef472	10202015	4000	4000	\N	\N	\N	2023-11-29 14:39:47.501516+00
882445	159	5275	_MG_5296.jpg	u/9f/a6e4f95b-f8b1-40d7-b8ac-1ac7b1a1bf35.jpg	5afc615e211d70b0b2fd6a0af7ff74ccc5b8c1d44e1286f7020c61ee57551946	5991995	3024	2268	\N	\N	\N	2023-12-15 19:53:31.374037+00
882446	159	5275	IMG_0219.HEIC	u/9f/75832ea8-4b72-4db1-bce6-43db8094dbce.jpg	5f1e45b68f35027e8b5bebaa8e31eafdbdf01808680296f1b31019894ebcf671	6001973	6000	4000	\N	\N	\N	2023-12-22 23:56:53.805748+00
882447	159	5275	PXL_20230915_067940253.jpg	u/9f/d30d40ff-3553-426b-94d3-3932b08d4b4c.jpg	254a4f3323d342d9f330f22dc081ac7c9cf4bbe404bcf4414934e15cb18333a9	6608226	6000	3024	\N	\N	\N	2023-12-01 06:02:31.697278+00
882448	159	5275	IMG_4236.JPG	u/9f/b0fbf774-ea62-46df-98a1-fb48191069d3.jpg	db9e3bf57e872f6fc3961a2e3a53be45662c6552b4a5bfbb89f8524004b55b3f	2440480	4000	6000	\N	\N	\N	2023-12-15 10:07:29.579491+00
882449	159	5275	_MG_3051.jpg	u/9f/05129eee-a6ad-4183-8eb7-15b4d61a3f61.jpg	b74ae24c917e40b1648711c2b17592a5288a3279a731dc9c391fd00b6ef46df0	4710866	3024	3024	\N	\N	\N	2023-12-10 14:12:51.555047+00
882450	159	5275	IMG_7057.JPG	u/9f/ffc2fa50-c88e-4dc3-8685-72c0fe95bc93.jpg	5a9b1671dbbd3ef22c80f9d01e6f3fb9fc03b270918b560515f9a3211e6bf640	3641127	6000	6000	\N	\N	\N	2023-12-08 19:29:54.394419+00
882451	159	5275	PXL_20230201_031239865.jpg	u/9f/5315ea09-4710-422c-bb08-cf133195368a.jpg	fda5ec0920b7879c5b5176723c4d17498017e5d484cf02ad56938235252087f2	1711347	4000	2268	\N	\N	\N	2023-11-22 01:45:41.340473+00
882452	159	5276	PXL_20220526_167728272.jpg	u/9f/2596584f-28ff-4e53-aca3-8e77012eae1a.jpg	11e3b2a587797fbb1feb0fa2563b3cb2d65a6ec2782d9297f0f3d2567a11d01a	12822990	4000	6000	Apple	iPhone 13	2022-05-26 07:38:52.431000+00	2022-08-12 04:10:20.431000+00
882453	159	5276	PXL_20211222_213147469.jpg	u/9f/692ac97c-af6b-4503-84b4-183baa13980e.jpg	2c1189a6a5dcf4d3bb7d68d3b15f04bfe6779367b0bc5a4421c46203df10cda2	13129477	3024	2268	Apple	iPhone 13	2021-12-22 13:01:16.853710+00	2022-08-26 23:13:02.853710+00
882454	159	5276	PXL_20220306_197059588.jpg	u/9f/5b83aab4-96ec-40a6-b0d9-e2b391a094c3.jpg	549f62a3107c09f7f1612cf82eb2ca03d4de778c6005d08a622b5d86f35a6675	2928889	3024	2268	Apple	iPhone 13	2022-03-06 22:47:23.494347+00	2022-09-09 20:33:00.494347+00
882455	159	5276	IMG_6825.JPG	u/9f/922a3993-0f78-40df-b74b-7a9f774aac32.jpg	1c206538cde27e387f58e1d6441af79d61929eb52fb393d4c89d972949c0cdac	9235681	3024	3024	Apple	iPhone 13	2021-11-22 05:35:04.247908+00	2022-08-28 21:47:06.247908+00
882456	159	5276	IMG_6804.HEIC	u/9f/dda1e2c8-e82b-4770-9656-fbbef79ffd4c.jpg	58ef9c48abab1fdc1e45b57b25c77d5a6e07757c1e7f597a6faba11d9bca2359	11417084	4000	3024	Apple	iPhone 13	2022-05-03 13:10:49.729382+00	2022-09-10 02:15:27.729382+00
882457	160	5277	IMG_2254.JPG	u/a0/a84f1a64-56ba-4a39-b335-a32471beeaeb.jpg	013f394e1524067c9835ad2e07713782bf3f716cd60f05fac572ffc532fe5bd5	1117802	3024	2268	Canon	Canon EOS Rebel T7	2024-07-14 11:59:11.885459+00	2024-10-28 19:08:33.885459+00
882458	160	5277	IMG_3932.HEIC	u/a0/4d731600-9c31-481e-9292-ec201fe09830.jpg	4f0d3fd509992c2fe8b082286be23633f2b5b3142f8edb75232c0d5f60ea3e40	7994230	6000	4000	Canon	Canon EOS Rebel T7	2024-09-23 21:19:36.055484+00	2024-10-16 04:20:01.055484+00
882459	160	5277	IMG_4468.HEIC	u/a0/e1260b09-60bf-4378-bb58-a87f08ad4819.jpg	624dafbbad98dcf869bc1ec314f09225bfdda42198b99fcfacb0713e42f4dd5d	5605013	4032	6000	Canon	Canon EOS Rebel T7	2024-03-07 20:18:34.970301+00	2024-10-17 13:49:14.970301+00
882460	160	5277	IMG_0197.JPG	u/a0/b4cb38b6-a4bd-477d-879e-e9568be90508.jpg	8824b3479d1057f40fa400967cb6cdad32b49fc78e5c0fff8980c9b9ed45e10b	6368876	4032	2268	Canon	Canon EOS Rebel T7	2024-09-29 13:01:22.350938+00	2024-10-31 17:37:38.350938+00
882461	160	5277	IMG_0846.HEIC	u/a0/a2f9df10-6a14-492c-8ece-fe1638e0bb81.jpg	e761b468d2fe6813ff93f98da9a004bedaddf5ea13c99a753aacd227a7459856	11801083	4000	4000	Canon	Canon EOS Rebel T7	2024-04-29 22:04:49.532789+00	2024-11-10 14:39:38.532789+00
882462	160	5277	PXL_20240728_051941687.jpg	u/a0/f5a5bc2c-9a23-47ad-a22d-aab2de5037c7.jpg	1d5ff0c6143c4cdb6b708c102d7509bf9d5d7586e08d06d2ae831e78ea433638	1806465	4000	3024	Canon	Canon EOS Rebel T7	2024-07-28 05:52:54.643692+00	2024-10-26 07:34:09.643692+00
882463	160	5277	PXL_20240322_065489561.jpg	u/a0/435cb3f1-f643-4118-a20a-bbe9c9f16555.jpg	0507c4445e862d1588bebefec7a860c0bd5795db0d79f8161ceecf82e607eb12	3542947	4032	2268	Canon	Canon EOS Rebel T7	2024-03-22 23:58:08.173913+00	2024-10-15 06:33:25.173913+00
882464	160	5277	DSC96028.JPG	u/a0/80327fc4-0578-4684-853c-45d494564ef7.jpg	e403b1e8be675720f72e08a2a138a04cc7325039cc3f663fd67e92b350c6c63b	3571300	6000	2268	Canon	Canon EOS Rebel T7	2024-01-17 15:20:16.404361+00	2024-10-17 12:32:34.404361+00
882465	160	5277	_MG_3816.jpg	u/a0/af0fcfb4-71c6-41f5-9028-7b1ab62151cc.jpg	cdb65086c96478cb0a9620d757bb040207dc0c0fd72f70827bb26b32cde75d00	12427307	4032	2268	Canon	Canon EOS Rebel T7	2024-03-28 15:47:38.505235+00	2024-11-14 04:11:42.505235+00
882466	160	5277	PXL_20240409_023708398.jpg	u/a0/dc4f5b44-b594-4db4-9a80-b42237414b57.jpg	ceecc7bc3e5b854f85199e22b41dd8c187c1fe7a52c3a54b35edb2818c364002	11303433	4032	3024	Canon	Canon EOS Rebel T7	2024-04-09 06:31:18.383034+00	2024-10-16 12:00:37.383034+00
882467	160	5277	IMG_2202.HEIC	u/a0/474290d0-0fc5-43a5-ac12-446f55b351e2.jpg	fc31c807c02c5e8337be7f847cb154db1f7ee8f75ddd7be44e82c974554fe0fb	7041074	4000	6000	Canon	Canon EOS Rebel T7	2024-10-02 21:55:50.471177+00	2024-10-31 23:58:54.471177+00
882468	160	5277	DSC38694.JPG	u/a0/e8106bba-5f05-46e6-b890-9994964c81e9.jpg	a7461780057a997944f941b08577ceb43ac9b81aba5fd2aad9cf55f3cd0994dd	12139828	4000	6000	Canon	Canon EOS Rebel T7	2024-01-23 07:40:12.220087+00	2024-11-13 11:46:03.220087+00
882469	160	5277	IMG_4235.JPG	u/a0/db5534d9-ad14-4744-9757-a565cba2f2b3.jpg	7bd6be549ac2598dad089bd66dbd6531618755cca6072ad20722cb6f25dc0fc2	5910918	4000	3024	Canon	Canon EOS Rebel T7	2024-03-17 16:56:51.306879+00	2024-10-28 16:30:13.306879+00
882470	160	5277	PXL_20241002_163840735.jpg	u/a0/ec3c5b6f-5076-41ae-9598-6caece5c2f09.jpg	9dcc086d195fbdbb4d44e4293010e6a10c30bf814c07da22ca134d24fc29d263	2699198	3024	6000	Canon	Canon EOS Rebel T7	2024-10-02 14:39:32.905710+00	2024-11-02 01:39:38.905710+00
\.


--
-- Data for Name: orders; Type: TABLE DATA; Schema: public; Owner: snapwell_app
--

COPY public.orders (id, order_number, user_id, shipping_address_id, status, placed_at, subtotal_cents, shipping_cents, tax_cents, total_cents, currency, shipping_method, carrier, tracking_number, card_brand, card_last4, card_exp_month, card_exp_year, promo_code, gift_message) FROM stdin;
41001	22021203960343	1	1001	delivered	2022-02-12 06:34:42.742221+00	2999	0	217	3216	USD	store_pickup	\N	\N	visa	7764	8	2026	FREESHIP49	\N
41002	23070728797157	1	1001	delivered	2023-07-07 15:00:25.065670+00	4499	899	0	5398	USD	fedex_2day	FedEx	991231455756	visa	7764	8	2026	\N	\N
41003	24040415582214	2	1002	delivered	2024-04-04 21:30:26.353409+00	26494	399	2318	29211	USD	ups_ground	UPS	1Z47F04B0379906953	visa	6749	11	2025	WELCOME20	\N
41004	24111356182491	2	1002	processing	2024-11-13 18:04:37.202274+00	13294	899	797	14990	USD	usps_priority	USPS	\N	visa	6749	11	2025	HOLIDAY40	\N
41005	23122329787459	2	1002	delivered	2023-12-23 20:58:21.918453+00	798	399	65	1262	USD	usps_priority	USPS	9400123229505134942533	visa	6749	11	2025	FREESHIP49	\N
41006	23022169695651	4	1003	delivered	2023-02-21 14:19:29.257693+00	4499	899	371	5769	USD	usps_first_class	USPS	9400184657104234440859	visa	5027	8	2030	\N	\N
41007	23122966053707	4	1004	delivered	2023-12-29 14:33:35.755911+00	9251	399	555	10205	USD	usps_first_class	USPS	9400114779316471190031	visa	5027	8	2030	\N	\N
41008	24081008371753	7	1005	refunded	2024-08-10 17:53:34.532209+00	8397	599	0	8996	USD	usps_first_class	USPS	\N	mastercard	8418	1	2026	\N	\N
41009	23032432025854	8	1007	delivered	2023-03-24 13:54:17.847149+00	19590	0	1175	20765	USD	store_pickup	\N	\N	visa	7922	4	2028	HOLIDAY40	\N
41010	24070376360537	8	1006	delivered	2024-07-03 16:14:23.352505+00	2538	599	209	3346	USD	usps_priority	USPS	9400115861336605046550	visa	7922	4	2028	HOLIDAY40	\N
41011	22060772281328	9	1008	delivered	2022-06-07 11:00:44.568737+00	4497	0	326	4823	USD	store_pickup	\N	\N	mastercard	9044	4	2026	WELCOME20	\N
41012	22122990094465	9	1009	delivered	2022-12-29 19:09:38.362049+00	4543	899	374	5816	USD	usps_first_class	USPS	9400199277108777515410	mastercard	9044	4	2026	FREESHIP49	\N
41013	24110855694351	12	1011	processing	2024-11-08 18:17:44.293742+00	5499	0	329	5828	USD	store_pickup	\N	\N	amex	5330	10	2025	\N	\N
41014	24030590035036	12	1011	delivered	2024-03-05 18:06:36.165663+00	6585	399	0	6984	USD	usps_first_class	USPS	9400152737512189960416	amex	5330	10	2025	HOLIDAY40	\N
41015	24010892051453	14	1012	delivered	2024-01-08 03:24:24.726406+00	18497	899	1618	21014	USD	usps_priority	USPS	9400166767509815519665	mastercard	1044	1	2029	FREESHIP49	\N
41016	24092726106207	14	1012	delivered	2024-09-27 07:57:11.974666+00	19161	899	0	20060	USD	fedex_2day	FedEx	866573545153	mastercard	1044	1	2029	\N	\N
41017	24032594631657	14	1012	delivered	2024-03-25 14:19:41.122157+00	12693	399	1047	14139	USD	usps_first_class	USPS	9400181118926910087876	mastercard	1044	1	2029	WELCOME20	\N
41018	24101790741018	18	1013	delivered	2024-10-17 10:24:13.018311+00	13373	1299	0	14672	USD	usps_first_class	USPS	9400118389677184079808	visa	8356	10	2028	FREESHIP49	\N
41019	24013054461084	18	1014	delivered	2024-01-30 22:59:35.100307+00	11470	599	1003	13072	USD	usps_first_class	USPS	9400137000486184938414	visa	8356	10	2028	\N	\N
41020	24102672128468	18	1014	delivered	2024-10-26 17:59:06.342149+00	2195	399	131	2725	USD	usps_first_class	USPS	9400181397260607300264	visa	8356	10	2028	\N	\N
41021	24010587318862	18	1015	delivered	2024-01-05 00:51:40.517528+00	7885	599	571	9055	USD	fedex_2day	FedEx	562678886978	visa	8356	10	2028	HOLIDAY40	Thinking of you - Keisha
41022	24051637594123	18	1013	delivered	2024-05-16 04:40:08.605509+00	24794	899	2045	27738	USD	ups_ground	UPS	1Z100B990332273803	visa	8356	10	2028	\N	Happy anniversary! - Keisha
41023	23032230370468	19	1016	delivered	2023-03-22 13:45:23.048814+00	19495	1299	1705	22499	USD	usps_priority	USPS	9400197403990841301536	visa	7927	9	2026	\N	\N
41024	22072964509569	20	1017	delivered	2022-07-29 01:32:08.196125+00	22188	899	1608	24695	USD	ups_ground	UPS	1ZFB13B10311162039	visa	7733	5	2025	HOLIDAY40	\N
41025	23092372053158	20	1018	delivered	2023-09-23 06:45:12.100918+00	6999	599	577	8175	USD	fedex_2day	FedEx	254521671766	visa	7733	5	2025	\N	\N
41026	23052546659465	20	1017	delivered	2023-05-25 11:28:14.580284+00	24246	1299	1454	26999	USD	usps_priority	USPS	9400148570593451583908	visa	7733	5	2025	BOOKS50	\N
41027	22101813972130	20	1017	delivered	2022-10-18 13:57:19.226229+00	1599	0	95	1694	USD	store_pickup	\N	\N	visa	7733	5	2025	WELCOME20	\N
41028	23092898453175	20	1018	delivered	2023-09-28 00:35:43.322327+00	7498	899	618	9015	USD	usps_priority	USPS	9400140871388259354856	visa	7733	5	2025	\N	\N
41029	22032172528617	20	1017	delivered	2022-03-21 08:50:36.229448+00	348	599	25	972	USD	fedex_2day	FedEx	950882328433	visa	7733	5	2025	HOLIDAY40	\N
41030	23050891137265	20	1017	delivered	2023-05-08 14:40:40.533035+00	5998	399	494	6891	USD	usps_priority	USPS	9400103589890948313107	visa	7733	5	2025	HOLIDAY40	\N
41031	24070679039967	22	1020	delivered	2024-07-06 17:00:43.951506+00	1599	0	0	1599	USD	store_pickup	\N	\N	visa	9317	5	2030	\N	\N
41032	23092074974199	23	1021	delivered	2023-09-20 12:43:28.815692+00	6297	0	377	6674	USD	store_pickup	\N	\N	mastercard	0680	4	2029	WELCOME20	\N
41033	23090125359963	23	1021	delivered	2023-09-01 11:08:11.268040+00	29342	899	2420	32661	USD	ups_ground	UPS	1ZFA8E1C0336501454	mastercard	0680	4	2029	\N	\N
41034	24061088641807	23	1021	delivered	2024-06-10 18:21:18.739804+00	6797	1299	560	8656	USD	ups_ground	UPS	1Z7E2B560364564458	mastercard	0680	4	2029	\N	\N
41035	22060258306049	24	1023	delivered	2022-06-02 00:06:55.915709+00	3499	899	288	4686	USD	fedex_2day	FedEx	827779368747	amex	0859	7	2028	\N	\N
41036	23013136133381	24	1023	delivered	2023-01-31 16:52:58.145104+00	5940	1299	0	7239	USD	fedex_2day	FedEx	690178806888	amex	0859	7	2028	WELCOME20	\N
41037	22061375853747	24	1023	delivered	2022-06-13 10:31:50.528043+00	12729	599	1050	14378	USD	usps_first_class	USPS	9400136512263619513889	amex	0859	7	2028	FREESHIP49	\N
41038	23102346143645	25	1024	delivered	2023-10-23 12:37:32.585631+00	6999	899	507	8405	USD	usps_first_class	USPS	9400160858313209901436	visa	4814	8	2025	BOOKS50	\N
41039	22110521276577	25	1025	delivered	2022-11-05 17:39:47.314684+00	11998	399	989	13386	USD	usps_first_class	USPS	9400158075765131634326	visa	4814	8	2025	FREESHIP49	\N
41040	22062306355691	25	1024	delivered	2022-06-23 07:15:02.760671+00	32994	399	1979	35372	USD	fedex_2day	FedEx	871268468833	visa	4814	8	2025	\N	\N
41041	24060177559759	25	1025	delivered	2024-06-01 18:39:48.799915+00	12795	599	0	13394	USD	usps_first_class	USPS	9400105610534945104643	visa	4814	8	2025	BOOKS50	\N
41042	23091589580631	27	1027	delivered	2023-09-15 20:00:44.591597+00	22496	399	0	22895	USD	usps_priority	USPS	9400107960996339886621	mastercard	4520	7	2027	BOOKS50	\N
41043	24041932984229	27	1027	delivered	2024-04-19 09:04:45.278368+00	8498	1299	743	10540	USD	usps_priority	USPS	9400123060544456741812	mastercard	4520	7	2027	\N	\N
41044	22060392983618	27	1027	delivered	2022-06-03 05:05:55.879577+00	12996	899	1137	15032	USD	usps_priority	USPS	9400146876119510757027	mastercard	4520	7	2027	\N	\N
41045	22040578311524	27	1027	delivered	2022-04-05 10:17:30.272358+00	15996	399	1319	17714	USD	ups_ground	UPS	1Z10B7D80375877799	mastercard	4520	7	2027	\N	\N
41046	23121384127425	27	1027	delivered	2023-12-13 21:55:13.950483+00	3239	599	267	4105	USD	ups_ground	UPS	1Z11FBA60372690198	mastercard	4520	7	2027	BOOKS50	\N
41047	24101629189309	28	1028	delivered	2024-10-16 11:05:11.857693+00	8997	899	652	10548	USD	usps_priority	USPS	9400119903173263532987	visa	5410	1	2027	\N	\N
41048	24082770747395	28	1028	delivered	2024-08-27 00:45:48.404658+00	12143	899	1001	14043	USD	fedex_2day	FedEx	149831500545	visa	5410	1	2027	BOOKS50	\N
41049	23081802884529	29	1030	delivered	2023-08-18 03:56:56.506707+00	3198	899	191	4288	USD	usps_first_class	USPS	9400174347636140257230	amex	4936	4	2028	WELCOME20	\N
41050	24033003526609	29	1030	delivered	2024-03-30 14:35:27.409044+00	33393	599	2754	36746	USD	usps_first_class	USPS	9400174769907590814501	amex	4936	4	2028	\N	\N
41051	23022510923361	29	1029	delivered	2023-02-25 10:10:41.358706+00	23994	0	2099	26093	USD	store_pickup	\N	\N	amex	4936	4	2028	\N	\N
41052	22122582298089	29	1029	delivered	2022-12-25 01:01:50.698813+00	9396	0	681	10077	USD	store_pickup	\N	\N	amex	4936	4	2028	\N	\N
41053	24083019400957	33	1034	delivered	2024-08-30 05:14:17.605154+00	18659	599	1119	20377	USD	usps_priority	USPS	9400176499046543669374	visa	9209	8	2027	HOLIDAY40	\N
41054	24092307259161	33	1035	delivered	2024-09-23 00:10:57.708773+00	5499	1299	398	7196	USD	ups_ground	UPS	1Z023E340320110517	visa	9209	8	2027	HOLIDAY40	\N
41055	24110551649009	33	1035	delivered	2024-11-05 04:19:47.170577+00	11998	899	989	13886	USD	usps_priority	USPS	9400172482287539010844	visa	9209	8	2027	HOLIDAY40	\N
41056	24111048023961	33	1035	printed	2024-11-10 16:03:13.575036+00	23094	0	1385	24479	USD	store_pickup	\N	\N	visa	9209	8	2027	\N	\N
41057	24081881728886	33	1035	delivered	2024-08-18 17:30:11.708972+00	10238	599	0	10837	USD	usps_priority	USPS	9400169001661016057161	visa	9209	8	2027	\N	Happy anniversary! - Duc
41058	24082979199405	38	1039	delivered	2024-08-29 14:30:50.387390+00	4497	399	371	5267	USD	ups_ground	UPS	1Z5F31AD0390224765	visa	2856	7	2025	\N	\N
41059	23111890791954	38	1040	delivered	2023-11-18 14:16:00.150030+00	8198	599	491	9288	USD	ups_ground	UPS	1Z5233810395747461	visa	2856	7	2025	\N	\N
41060	22101715149694	38	1039	delivered	2022-10-17 12:09:07.335934+00	20092	899	1205	22196	USD	fedex_2day	FedEx	877837391039	visa	2856	7	2025	HOLIDAY40	\N
41061	23032790484228	38	1040	delivered	2023-03-27 10:23:18.902921+00	7497	599	0	8096	USD	ups_ground	UPS	1Z60AF400359277392	visa	2856	7	2025	\N	\N
41062	24082909138460	38	1039	delivered	2024-08-29 03:10:33.212178+00	8540	1299	0	9839	USD	usps_priority	USPS	9400150559291009057016	visa	2856	7	2025	\N	\N
41063	23090236996021	38	1039	delivered	2023-09-02 13:00:29.900273+00	16996	399	1487	18882	USD	usps_priority	USPS	9400130212172909507181	visa	2856	7	2025	BOOKS50	\N
41064	22082996627500	38	1040	delivered	2022-08-29 03:36:37.112051+00	8997	399	652	10048	USD	usps_first_class	USPS	9400191394068643421330	visa	2856	7	2025	\N	Thinking of you - Imani
41065	23082100600927	38	1040	delivered	2023-08-21 14:59:51.200467+00	7398	399	443	8240	USD	usps_first_class	USPS	9400130734180145136802	visa	2856	7	2025	\N	\N
41066	23020884423378	38	1040	delivered	2023-02-08 16:46:45.604784+00	36993	599	3051	40643	USD	usps_priority	USPS	9400103079167010981488	visa	2856	7	2025	\N	\N
41067	23051946308278	40	1041	delivered	2023-05-19 17:03:32.192285+00	5175	0	375	5550	USD	store_pickup	\N	\N	mastercard	2670	10	2030	\N	\N
41068	23070108073722	40	1041	delivered	2023-07-01 11:36:22.365701+00	4797	1299	419	6515	USD	ups_ground	UPS	1Z4809D80346520073	mastercard	2670	10	2030	\N	\N
41069	22061175138656	40	1041	delivered	2022-06-11 04:07:05.383979+00	6698	1299	552	8549	USD	usps_first_class	USPS	9400134025957028554551	mastercard	2670	10	2030	\N	\N
41070	23062521081770	40	1041	delivered	2023-06-25 21:10:44.732613+00	2598	0	0	2598	USD	store_pickup	\N	\N	mastercard	2670	10	2030	HOLIDAY40	\N
41071	23091284848405	40	1041	delivered	2023-09-12 09:03:39.661204+00	696	399	60	1155	USD	fedex_2day	FedEx	446816431019	mastercard	2670	10	2030	WELCOME20	\N
41072	22022279445876	40	1041	delivered	2022-02-22 11:10:34.363362+00	21495	399	1773	23667	USD	ups_ground	UPS	1Z60C7D40396745611	mastercard	2670	10	2030	\N	Happy anniversary! - Valeria
41073	23111689892035	40	1041	delivered	2023-11-16 13:48:25.367367+00	16062	599	1164	17825	USD	ups_ground	UPS	1Z1F54060322115930	mastercard	2670	10	2030	\N	\N
41074	23090670534139	40	1041	delivered	2023-09-06 15:55:05.207885+00	4898	899	428	6225	USD	ups_ground	UPS	1ZE0A7930365997356	mastercard	2670	10	2030	\N	\N
41075	22031913001843	40	1041	delivered	2022-03-19 20:12:24.585577+00	20997	899	1259	23155	USD	usps_first_class	USPS	9400131570229386166078	mastercard	2670	10	2030	WELCOME20	\N
41076	22102929924694	41	1042	delivered	2022-10-29 00:42:07.433748+00	10841	899	785	12525	USD	fedex_2day	FedEx	721622825370	visa	7516	11	2030	BOOKS50	\N
41077	23121295667773	41	1042	cancelled	2023-12-12 12:10:57.685701+00	11097	599	665	12361	USD	ups_ground	UPS	\N	visa	7516	11	2030	\N	\N
41078	24011036272870	41	1042	delivered	2024-01-10 22:44:13.334419+00	25491	599	1529	27619	USD	fedex_2day	FedEx	632926610782	visa	7516	11	2030	\N	\N
41079	23102702669020	43	1043	delivered	2023-10-27 08:49:50.920321+00	13998	0	1014	15012	USD	store_pickup	\N	\N	mastercard	2400	3	2027	FREESHIP49	\N
41080	23120733170134	43	1043	delivered	2023-12-07 14:57:41.852246+00	12497	399	749	13645	USD	usps_first_class	USPS	9400135532258943384905	mastercard	2400	3	2027	\N	Happy anniversary! - Ashley
41081	24031612701157	43	1043	delivered	2024-03-16 08:23:04.954422+00	3999	599	239	4837	USD	ups_ground	UPS	1ZB296E60390353308	mastercard	2400	3	2027	\N	\N
41082	24041540349011	43	1043	delivered	2024-04-15 01:03:23.291637+00	3198	1299	263	4760	USD	fedex_2day	FedEx	890672134674	mastercard	2400	3	2027	WELCOME20	\N
41083	24091516822473	43	1043	delivered	2024-09-15 05:27:29.109126+00	12492	399	749	13640	USD	usps_priority	USPS	9400199713671970098556	mastercard	2400	3	2027	\N	\N
41084	23091489875986	43	1043	delivered	2023-09-14 07:51:41.540879+00	20395	599	1784	22778	USD	fedex_2day	FedEx	805265736085	mastercard	2400	3	2027	\N	\N
41085	24061001471881	43	1043	delivered	2024-06-10 10:13:16.171561+00	8066	599	584	9249	USD	usps_priority	USPS	9400107974731327094328	mastercard	2400	3	2027	\N	\N
41086	24010644800459	45	1045	delivered	2024-01-06 00:54:17.974737+00	4998	599	362	5959	USD	usps_first_class	USPS	9400102864475594384216	visa	8352	10	2030	BOOKS50	\N
41087	22010999491968	45	1045	delivered	2022-01-09 20:55:27.149240+00	2991	599	261	3851	USD	ups_ground	UPS	1Z8328FA0333678632	visa	8352	10	2030	\N	\N
41088	22111232973421	45	1045	delivered	2022-11-12 04:55:26.837782+00	25595	899	1855	28349	USD	usps_first_class	USPS	9400161832508067785697	visa	8352	10	2030	\N	\N
41089	22052310140447	45	1045	delivered	2022-05-23 23:04:49.146634+00	5940	399	0	6339	USD	ups_ground	UPS	1Z79B6540352691357	visa	8352	10	2030	\N	\N
41090	23081310037124	45	1045	delivered	2023-08-13 00:20:05.668397+00	5999	0	0	5999	USD	store_pickup	\N	\N	visa	8352	10	2030	\N	\N
41091	22083066992623	45	1045	delivered	2022-08-30 04:50:44.913026+00	8195	1299	676	10170	USD	ups_ground	UPS	1Z88A7230338017606	visa	8352	10	2030	\N	\N
41092	22010397902575	45	1045	delivered	2022-01-03 16:35:14.945155+00	10397	599	857	11853	USD	usps_first_class	USPS	9400158285114213460615	visa	8352	10	2030	WELCOME20	Happy anniversary! - Marcus
41093	23030621524256	45	1045	delivered	2023-03-06 21:02:32.793313+00	4998	1299	437	6734	USD	fedex_2day	FedEx	408287358686	visa	8352	10	2030	\N	\N
41094	22030992394078	45	1045	delivered	2022-03-09 23:42:43.571121+00	6497	899	0	7396	USD	usps_priority	USPS	9400133886215588942222	visa	8352	10	2030	FREESHIP49	\N
41095	24030381656075	46	1047	delivered	2024-03-03 15:44:23.184728+00	5997	599	0	6596	CAD	fedex_2day	FedEx	430377170868	visa	5904	7	2025	\N	\N
41096	24103058179505	46	1046	delivered	2024-10-30 09:40:57.391507+00	18495	0	1525	20020	CAD	store_pickup	\N	\N	visa	5904	7	2025	\N	\N
41097	22041266236494	46	1046	delivered	2022-04-12 03:20:41.189499+00	13998	599	0	14597	CAD	usps_priority	USPS	9400108990885440266355	visa	5904	7	2025	FREESHIP49	\N
41098	24102048549503	46	1047	delivered	2024-10-20 00:50:59.347664+00	6999	399	577	7975	CAD	fedex_2day	FedEx	601168428433	visa	5904	7	2025	WELCOME20	\N
41099	22102402225327	46	1047	delivered	2022-10-24 16:58:58.332442+00	7996	399	579	8974	CAD	fedex_2day	FedEx	743764780537	visa	5904	7	2025	\N	Happy anniversary! - Marc-André
41100	24111352254447	47	1048	printed	2024-11-13 11:08:43.873110+00	13496	0	809	14305	USD	store_pickup	\N	\N	mastercard	5393	3	2027	FREESHIP49	\N
41101	24052181207623	48	1049	delivered	2024-05-21 17:33:04.095875+00	4398	0	384	4782	USD	store_pickup	\N	\N	visa	3193	5	2027	WELCOME20	\N
41102	22010888920446	48	1049	delivered	2022-01-08 20:41:36.632288+00	8497	0	0	8497	USD	store_pickup	\N	\N	visa	3193	5	2027	WELCOME20	\N
41103	22071390095286	50	1050	delivered	2022-07-13 03:26:57.082242+00	8998	599	652	10249	USD	ups_ground	UPS	1ZEC71AC0302435578	visa	7018	12	2030	FREESHIP49	\N
41104	23093029790382	50	1050	delivered	2023-09-30 05:49:47.398832+00	8798	399	769	9966	USD	usps_first_class	USPS	9400195231465051732636	visa	7018	12	2030	HOLIDAY40	\N
41105	22121757840281	51	1051	delivered	2022-12-17 14:08:23.678748+00	3499	1299	0	4798	CAD	usps_priority	USPS	9400142191973120841815	visa	0434	11	2027	\N	\N
41106	23082248936232	51	1051	delivered	2023-08-22 22:55:06.896080+00	2799	399	0	3198	CAD	fedex_2day	FedEx	993099785517	visa	0434	11	2027	\N	\N
41107	23060383867263	53	1053	delivered	2023-06-03 22:48:51.336731+00	25495	399	2103	27997	USD	usps_first_class	USPS	9400177445095336739592	mastercard	0977	2	2029	\N	\N
41108	24072575187435	53	1053	delivered	2024-07-25 13:27:21.832546+00	3999	0	289	4288	USD	store_pickup	\N	\N	mastercard	0977	2	2029	FREESHIP49	\N
41109	24102660533566	54	1054	delivered	2024-10-26 15:44:12.782337+00	4499	0	0	4499	USD	store_pickup	\N	\N	discover	6244	1	2026	\N	\N
41110	22030631740459	54	1054	delivered	2022-03-06 15:21:11.379800+00	37689	1299	3109	42097	USD	fedex_2day	FedEx	863286996840	discover	6244	1	2026	\N	\N
41111	23120198583933	54	1054	delivered	2023-12-01 15:18:57.356094+00	9138	0	662	9800	USD	store_pickup	\N	\N	discover	6244	1	2026	BOOKS50	\N
41112	22061192459281	55	1057	delivered	2022-06-11 16:15:56.101998+00	10043	0	828	10871	USD	store_pickup	\N	\N	mastercard	4371	6	2030	\N	\N
41113	23053187384583	55	1056	delivered	2023-05-31 17:16:33.262761+00	4896	899	428	6223	USD	usps_first_class	USPS	9400177440110364426032	mastercard	4371	6	2030	\N	\N
41114	22083064997513	55	1056	delivered	2022-08-30 22:02:29.782324+00	5499	1299	453	7251	USD	usps_priority	USPS	9400121763984275884431	mastercard	4371	6	2030	WELCOME20	\N
41115	24021557051900	55	1056	delivered	2024-02-15 21:41:11.093141+00	1188	1299	86	2573	USD	fedex_2day	FedEx	412300542175	mastercard	4371	6	2030	\N	\N
41116	22071306466989	55	1057	delivered	2022-07-13 18:36:20.586525+00	10296	0	746	11042	USD	store_pickup	\N	\N	mastercard	4371	6	2030	HOLIDAY40	\N
41117	24101042732294	56	1058	delivered	2024-10-10 05:25:10.723544+00	21936	1299	1316	24551	USD	usps_first_class	USPS	9400186752948290702975	visa	6915	3	2026	\N	\N
41118	24062166734242	57	1060	delivered	2024-06-21 19:28:26.617713+00	2900	599	0	3499	USD	fedex_2day	FedEx	473145102456	visa	9861	12	2030	\N	\N
41119	22030517884027	57	1060	delivered	2022-03-05 04:50:17.593543+00	3499	899	288	4686	USD	ups_ground	UPS	1ZE448890304767890	visa	9861	12	2030	\N	\N
41120	23022376916017	57	1060	delivered	2023-02-23 09:54:29.711821+00	8691	1299	760	10750	USD	fedex_2day	FedEx	166141815166	visa	9861	12	2030	HOLIDAY40	\N
41121	24011295403768	57	1060	delivered	2024-01-12 21:54:24.291913+00	8597	899	623	10119	USD	ups_ground	UPS	1Z6578E10322618595	visa	9861	12	2030	\N	\N
41122	23020313858830	57	1060	delivered	2023-02-03 05:11:40.962253+00	2297	0	166	2463	USD	store_pickup	\N	\N	visa	9861	12	2030	\N	\N
41123	24102240284721	57	1060	delivered	2024-10-22 07:02:19.965939+00	14636	399	1280	16315	USD	ups_ground	UPS	1Z6FF42D0389573839	visa	9861	12	2030	BOOKS50	\N
41124	23020627060462	57	1060	delivered	2023-02-06 00:05:03.618204+00	1188	0	103	1291	USD	store_pickup	\N	\N	visa	9861	12	2030	\N	\N
41125	22121568961978	57	1060	refunded	2022-12-15 22:06:40.020656+00	13398	0	971	14369	USD	store_pickup	\N	\N	visa	9861	12	2030	\N	\N
41126	23082827421917	57	1060	delivered	2023-08-28 03:03:54.097996+00	18696	1299	1542	21537	USD	usps_priority	USPS	9400107768950871786874	visa	9861	12	2030	\N	Happy anniversary! - Priya
41127	24063038616934	58	1061	delivered	2024-06-30 09:49:49.981928+00	16996	1299	1487	19782	USD	fedex_2day	FedEx	755295554800	mastercard	1013	5	2030	\N	\N
41128	24102246808676	58	1061	delivered	2024-10-22 03:32:05.576211+00	10437	599	756	11792	USD	usps_first_class	USPS	9400180418957091579324	mastercard	1013	5	2030	FREESHIP49	\N
41129	24090838040118	58	1061	delivered	2024-09-08 15:29:21.480651+00	20997	399	1732	23128	USD	fedex_2day	FedEx	620006212615	mastercard	1013	5	2030	\N	\N
41130	24102275936326	58	1061	delivered	2024-10-22 13:43:53.937749+00	37492	399	2249	40140	USD	ups_ground	UPS	1Z6FDB7C0361599319	mastercard	1013	5	2030	\N	\N
41131	24081035625612	58	1061	delivered	2024-08-10 08:31:31.649133+00	19996	599	1749	22344	USD	usps_first_class	USPS	9400169773683936434556	mastercard	1013	5	2030	HOLIDAY40	\N
41132	24090798140248	58	1061	delivered	2024-09-07 05:33:57.025473+00	13042	1299	945	15286	USD	usps_first_class	USPS	9400109870741502490509	mastercard	1013	5	2030	\N	\N
41133	24062162710081	58	1061	delivered	2024-06-21 15:05:21.427586+00	10394	1299	857	12550	USD	ups_ground	UPS	1Z40D27D0307028066	mastercard	1013	5	2030	BOOKS50	\N
41134	24100560864225	58	1061	delivered	2024-10-05 20:17:53.865525+00	7695	1299	634	9628	USD	fedex_2day	FedEx	109463361758	mastercard	1013	5	2030	\N	\N
41135	24102430434444	58	1061	delivered	2024-10-24 03:22:17.226986+00	11595	599	0	12194	USD	usps_first_class	USPS	9400197711292461357549	mastercard	1013	5	2030	BOOKS50	\N
41136	24021411314992	60	1062	delivered	2024-02-14 00:53:21.131907+00	14898	0	1303	16201	USD	store_pickup	\N	\N	visa	1354	1	2030	\N	\N
41137	22031661636796	60	1062	delivered	2022-03-16 16:25:55.522636+00	3243	599	235	4077	USD	usps_priority	USPS	9400129718793621187142	visa	1354	1	2030	\N	\N
41138	24022282746962	60	1062	delivered	2024-02-22 03:55:38.024501+00	9697	899	703	11299	USD	fedex_2day	FedEx	143878688737	visa	1354	1	2030	\N	\N
41139	23062167728456	60	1062	delivered	2023-06-21 23:43:44.032664+00	22496	0	0	22496	USD	store_pickup	\N	\N	visa	1354	1	2030	\N	\N
41140	24071364136196	60	1062	delivered	2024-07-13 19:05:46.970853+00	28869	599	2526	31994	USD	usps_first_class	USPS	9400142342823775507142	visa	1354	1	2030	HOLIDAY40	\N
41141	24042352345043	61	1064	delivered	2024-04-23 09:37:28.135023+00	1499	599	0	2098	USD	usps_first_class	USPS	9400122247626118196090	visa	9352	4	2030	\N	\N
41142	24061286459857	61	1063	delivered	2024-06-12 17:52:08.539396+00	2999	399	179	3577	USD	fedex_2day	FedEx	788513667520	visa	9352	4	2030	FREESHIP49	\N
41143	23061009567215	61	1064	delivered	2023-06-10 10:58:53.350551+00	22892	599	1659	25150	USD	ups_ground	UPS	1ZCDC8C30392862549	visa	9352	4	2030	\N	\N
41144	23053099510443	61	1063	delivered	2023-05-30 10:47:47.727587+00	4898	399	293	5590	USD	ups_ground	UPS	1Z7E68520333689638	visa	9352	4	2030	\N	\N
41145	23111547954746	61	1064	delivered	2023-11-15 03:18:02.677842+00	3963	599	287	4849	USD	usps_priority	USPS	9400152563226939466444	visa	9352	4	2030	\N	\N
41146	22031107390152	61	1063	delivered	2022-03-11 19:13:45.293731+00	13497	1299	978	15774	USD	fedex_2day	FedEx	101018867244	visa	9352	4	2030	\N	\N
41147	23112454424812	61	1063	delivered	2023-11-24 12:12:25.261142+00	7399	899	0	8298	USD	fedex_2day	FedEx	316263054479	visa	9352	4	2030	FREESHIP49	\N
41148	24041949516906	62	1065	delivered	2024-04-19 00:50:57.856843+00	15561	899	1361	17821	USD	ups_ground	UPS	1Z72970B0308664691	visa	7063	2	2030	\N	\N
41149	24062373379705	62	1065	delivered	2024-06-23 15:25:11.466577+00	22734	599	1364	24697	USD	usps_first_class	USPS	9400166187219313309605	visa	7063	2	2030	\N	Happy anniversary! - Chloe
41150	24070464668420	62	1065	delivered	2024-07-04 09:10:09.786429+00	3471	1299	208	4978	USD	fedex_2day	FedEx	929933497246	visa	7063	2	2030	HOLIDAY40	Happy anniversary! - Chloe
41151	24050715739483	62	1065	delivered	2024-05-07 12:16:40.875684+00	16594	599	1203	18396	USD	usps_first_class	USPS	9400166386915171511974	visa	7063	2	2030	\N	\N
41152	24031961771751	62	1065	delivered	2024-03-19 16:26:44.830068+00	9798	0	808	10606	USD	store_pickup	\N	\N	visa	7063	2	2030	\N	\N
41153	23041251657077	64	1066	delivered	2023-04-12 15:45:53.498739+00	10797	899	890	12586	USD	usps_priority	USPS	9400104515450646675994	mastercard	1161	11	2025	HOLIDAY40	\N
41154	23021627346884	64	1067	delivered	2023-02-16 04:30:37.364963+00	5999	599	0	6598	USD	usps_first_class	USPS	9400108531931418680096	mastercard	1161	11	2025	WELCOME20	\N
41155	23122336773684	64	1066	delivered	2023-12-23 13:08:22.036550+00	7498	599	618	8715	USD	ups_ground	UPS	1Z8D947E0340423379	mastercard	1161	11	2025	\N	\N
41156	23070354479390	65	1068	delivered	2023-07-03 15:21:17.713892+00	4499	399	269	5167	USD	fedex_2day	FedEx	648294654326	visa	7281	8	2030	BOOKS50	\N
41157	23051703147099	65	1068	delivered	2023-05-17 15:56:57.980200+00	1842	399	133	2374	USD	usps_priority	USPS	9400181373739684730672	visa	7281	8	2030	\N	\N
41158	23081954959161	65	1069	delivered	2023-08-19 05:47:04.696957+00	2999	1299	247	4545	USD	usps_first_class	USPS	9400154252977504754695	visa	7281	8	2030	\N	\N
41159	24081234881919	65	1069	delivered	2024-08-12 07:11:45.168308+00	3999	1299	289	5587	USD	fedex_2day	FedEx	977264248328	visa	7281	8	2030	WELCOME20	\N
41160	24082784502699	65	1069	delivered	2024-08-27 18:04:49.773906+00	10367	0	751	11118	USD	store_pickup	\N	\N	visa	7281	8	2030	\N	\N
41161	23091797887974	65	1069	delivered	2023-09-17 17:46:45.476715+00	8439	0	506	8945	USD	store_pickup	\N	\N	visa	7281	8	2030	BOOKS50	\N
41162	24011611475927	65	1069	delivered	2024-01-16 21:11:19.945580+00	798	399	57	1254	USD	usps_first_class	USPS	9400139876187527231092	visa	7281	8	2030	\N	\N
41163	23090774298644	68	1070	delivered	2023-09-07 18:08:48.706638+00	29124	599	2111	31834	USD	ups_ground	UPS	1ZEF39730368488229	mastercard	9557	2	2029	HOLIDAY40	\N
41164	22021578837251	68	1071	delivered	2022-02-15 15:10:26.340940+00	1044	399	91	1534	USD	usps_priority	USPS	9400113899531575113397	mastercard	9557	2	2029	WELCOME20	\N
41165	23051541234296	68	1071	delivered	2023-05-15 11:51:46.483411+00	8998	399	742	10139	USD	ups_ground	UPS	1Z9C7D620380798108	mastercard	9557	2	2029	\N	\N
41166	24030172574574	68	1070	delivered	2024-03-01 06:01:15.752388+00	18612	899	0	19511	USD	fedex_2day	FedEx	648213495050	mastercard	9557	2	2029	WELCOME20	\N
41167	22113019659302	68	1071	delivered	2022-11-30 15:03:28.588531+00	14493	899	1268	16660	USD	ups_ground	UPS	1Z1B74F90340054285	mastercard	9557	2	2029	\N	\N
41168	22101800027047	70	1072	delivered	2022-10-18 04:46:51.026964+00	5499	399	329	6227	USD	fedex_2day	FedEx	689322102979	mastercard	2331	8	2029	BOOKS50	\N
41169	24041290971787	70	1072	delivered	2024-04-12 19:03:58.417375+00	9947	1299	596	11842	USD	fedex_2day	FedEx	188743219352	mastercard	2331	8	2029	BOOKS50	\N
41170	24060215069036	70	1072	delivered	2024-06-02 12:56:33.162449+00	17997	899	1484	20380	USD	usps_first_class	USPS	9400147610443017383667	mastercard	2331	8	2029	BOOKS50	\N
41171	24081859085709	71	1073	delivered	2024-08-18 15:15:31.218329+00	17195	599	0	17794	USD	usps_priority	USPS	9400113664694011527007	mastercard	2179	12	2027	\N	\N
41172	24100131455886	71	1074	delivered	2024-10-01 13:35:06.552535+00	348	599	25	972	USD	usps_first_class	USPS	9400162540086571926748	mastercard	2179	12	2027	\N	\N
41173	22080780983528	71	1074	delivered	2022-08-07 00:53:37.775715+00	21156	899	1269	23324	USD	ups_ground	UPS	1Z0CCFFA0384932102	mastercard	2179	12	2027	FREESHIP49	Happy anniversary! - Tiffany
41174	22103035123752	71	1074	delivered	2022-10-30 00:35:06.738688+00	17196	1299	1418	19913	USD	usps_priority	USPS	9400193196705756148436	mastercard	2179	12	2027	\N	\N
41175	23031018269155	71	1073	delivered	2023-03-10 06:19:30.631871+00	16496	399	1195	18090	USD	usps_first_class	USPS	9400192579500340519713	mastercard	2179	12	2027	\N	\N
41176	22050274226916	72	1075	delivered	2022-05-02 07:42:39.609718+00	20196	899	1666	22761	CAD	usps_first_class	USPS	9400153789462653732448	visa	2915	12	2029	WELCOME20	\N
41177	23091190407847	73	1076	delivered	2023-09-11 08:30:12.511255+00	14095	399	1162	15656	GBP	ups_ground	UPS	1Z19DD480372230074	visa	3544	1	2025	HOLIDAY40	\N
41178	24042905699841	73	1076	delivered	2024-04-29 18:03:33.667220+00	11636	0	698	12334	GBP	store_pickup	\N	\N	visa	3544	1	2025	WELCOME20	\N
41179	24010922587847	73	1076	delivered	2024-01-09 00:18:07.692216+00	15997	399	0	16396	GBP	fedex_2day	FedEx	639130704207	visa	3544	1	2025	WELCOME20	\N
41180	24040891514963	73	1076	delivered	2024-04-08 10:39:27.696381+00	23996	899	1439	26334	GBP	usps_priority	USPS	9400102369087619617157	visa	3544	1	2025	WELCOME20	\N
41181	24092139974634	75	1077	delivered	2024-09-21 16:23:41.504582+00	15696	1299	1294	18289	USD	ups_ground	UPS	1Z54544B0347503139	visa	0502	4	2029	\N	\N
41182	23091862365822	76	1078	refunded	2023-09-18 00:21:42.194706+00	6999	1299	577	8875	USD	usps_priority	USPS	\N	visa	8087	7	2029	FREESHIP49	\N
41183	24062393873603	76	1078	delivered	2024-06-23 08:53:18.401660+00	5940	0	356	6296	USD	store_pickup	\N	\N	visa	8087	7	2029	\N	\N
41184	23110430302726	76	1078	delivered	2023-11-04 04:57:00.080588+00	34995	1299	3062	39356	USD	ups_ground	UPS	1ZD99B830313760463	visa	8087	7	2029	HOLIDAY40	\N
41185	23080190432917	76	1078	delivered	2023-08-01 13:30:49.357330+00	27993	1299	2309	31601	USD	ups_ground	UPS	1ZC0A2D00395617796	visa	8087	7	2029	HOLIDAY40	\N
41186	23111391416323	76	1078	delivered	2023-11-13 12:33:39.429584+00	6996	0	577	7573	USD	store_pickup	\N	\N	visa	8087	7	2029	WELCOME20	\N
41187	23033137596725	76	1078	delivered	2023-03-31 12:44:35.091720+00	13695	1299	821	15815	USD	fedex_2day	FedEx	501877341545	visa	8087	7	2029	\N	\N
41188	24091326303334	76	1078	delivered	2024-09-13 13:58:28.114705+00	1599	1299	139	3037	USD	ups_ground	UPS	1Z040E5F0307068393	visa	8087	7	2029	BOOKS50	\N
41189	24031990484623	76	1078	delivered	2024-03-19 07:05:14.930169+00	1494	899	89	2482	USD	fedex_2day	FedEx	355333531458	visa	8087	7	2029	WELCOME20	\N
41190	22111865816526	76	1078	delivered	2022-11-18 07:03:33.026335+00	4239	899	370	5508	USD	usps_first_class	USPS	9400112085165751874475	visa	8087	7	2029	WELCOME20	\N
41191	22081035148556	78	1080	delivered	2022-08-10 14:38:26.715762+00	2499	1299	149	3947	USD	fedex_2day	FedEx	933181852066	visa	7908	3	2026	\N	Happy birthday Gift! Love, Brittany
41192	23072691496796	78	1080	delivered	2023-07-26 03:16:59.625582+00	9852	0	714	10566	USD	store_pickup	\N	\N	visa	7908	3	2026	\N	Thinking of you - Brittany
41193	24082308435412	78	1080	delivered	2024-08-23 04:52:26.841717+00	15996	599	959	17554	USD	usps_first_class	USPS	9400170209509953021530	visa	7908	3	2026	\N	\N
41194	23031388540731	79	1082	delivered	2023-03-13 23:56:37.888071+00	16296	0	1425	17721	USD	store_pickup	\N	\N	visa	3073	8	2028	BOOKS50	\N
41195	23033158753665	79	1082	delivered	2023-03-31 07:00:20.173980+00	1392	1299	83	2774	USD	usps_priority	USPS	9400103158365785050538	visa	3073	8	2028	\N	\N
41196	24073172979909	79	1082	delivered	2024-07-31 06:38:12.950711+00	10846	1299	894	13039	USD	fedex_2day	FedEx	457660898391	visa	3073	8	2028	\N	\N
41197	24100418609250	80	1084	cancelled	2024-10-04 02:31:20.117780+00	399	899	32	1330	USD	ups_ground	UPS	\N	visa	8745	6	2028	\N	\N
41198	24070124655246	80	1083	delivered	2024-07-01 04:58:53.881484+00	12695	399	0	13094	USD	usps_first_class	USPS	9400106789180561821493	visa	8745	6	2028	BOOKS50	\N
41199	24090325095970	80	1083	delivered	2024-09-03 15:56:28.465012+00	14594	399	1204	16197	USD	ups_ground	UPS	1ZF74DBA0348690784	visa	8745	6	2028	\N	\N
41200	24082123748983	80	1084	delivered	2024-08-21 19:10:46.931245+00	4797	399	419	5615	USD	usps_priority	USPS	9400127565997160077988	visa	8745	6	2028	\N	\N
41201	24061975937742	80	1084	delivered	2024-06-19 11:39:18.332264+00	12179	899	730	13808	USD	usps_priority	USPS	9400129791415489994559	visa	8745	6	2028	BOOKS50	\N
41202	23050772470312	81	1085	delivered	2023-05-07 02:40:00.223980+00	3935	899	236	5070	USD	usps_priority	USPS	9400145625132207219098	visa	2274	9	2030	\N	\N
41203	22020641468526	81	1085	delivered	2022-02-06 14:27:36.093522+00	11020	399	661	12080	USD	fedex_2day	FedEx	335362866332	visa	2274	9	2030	\N	\N
41204	23111866274377	81	1085	delivered	2023-11-18 12:52:14.461954+00	15496	899	1355	17750	USD	ups_ground	UPS	1Z0287930312167943	visa	2274	9	2030	\N	Happy anniversary! - Megan
41205	24031721270553	82	1086	delivered	2024-03-17 23:21:48.795492+00	19495	0	1608	21103	USD	store_pickup	\N	\N	visa	0564	9	2028	\N	\N
41206	24020401242465	82	1086	delivered	2024-02-04 19:14:21.526281+00	9084	0	749	9833	USD	store_pickup	\N	\N	visa	0564	9	2028	\N	\N
41207	24092044123144	82	1086	delivered	2024-09-20 14:33:44.908915+00	2900	399	239	3538	USD	ups_ground	UPS	1Z9902410324013698	visa	0564	9	2028	BOOKS50	\N
41208	24060389941213	82	1086	delivered	2024-06-03 00:25:59.348438+00	6138	1299	537	7974	USD	ups_ground	UPS	1Z5F47700387947288	visa	0564	9	2028	\N	\N
41209	24041758653968	82	1086	refunded	2024-04-17 19:03:27.177075+00	8597	899	515	10011	USD	fedex_2day	FedEx	\N	visa	0564	9	2028	\N	\N
41210	24031572937099	82	1086	delivered	2024-03-15 09:04:36.559832+00	2297	0	200	2497	USD	store_pickup	\N	\N	visa	0564	9	2028	FREESHIP49	\N
41211	24111487037896	82	1086	printed	2024-11-14 16:01:59.086235+00	3847	599	0	4446	USD	fedex_2day	FedEx	\N	visa	0564	9	2028	\N	\N
41212	24022279397670	83	1088	delivered	2024-02-22 10:55:43.699974+00	17749	1299	1286	20334	USD	ups_ground	UPS	1ZC25DDD0387936687	amex	3523	3	2030	WELCOME20	\N
41213	24050933316992	83	1088	delivered	2024-05-09 12:39:34.432491+00	14295	399	1036	15730	USD	fedex_2day	FedEx	472699154777	amex	3523	3	2030	\N	\N
41214	23122976186773	83	1087	delivered	2023-12-29 09:11:34.042003+00	19495	1299	1608	22402	USD	fedex_2day	FedEx	227374023452	amex	3523	3	2030	BOOKS50	Happy anniversary! - Ethan
41215	23072754027591	83	1088	delivered	2023-07-27 22:30:14.361393+00	7497	1299	618	9414	USD	ups_ground	UPS	1Z7B24F30302304040	amex	3523	3	2030	\N	\N
41216	23093019641985	86	1089	delivered	2023-09-30 21:29:24.241803+00	26893	1299	0	28192	USD	fedex_2day	FedEx	612336194898	visa	8751	8	2029	\N	\N
41217	22022697874328	88	1092	delivered	2022-02-26 19:44:01.055309+00	4499	0	326	4825	USD	store_pickup	\N	\N	amex	1780	5	2028	\N	\N
41218	23120843830944	88	1092	delivered	2023-12-08 08:26:29.299606+00	33896	399	0	34295	USD	fedex_2day	FedEx	359686267331	amex	1780	5	2028	\N	\N
41219	23010396613742	88	1092	delivered	2023-01-03 08:07:36.559679+00	2999	599	247	3845	USD	fedex_2day	FedEx	514541070320	amex	1780	5	2028	\N	\N
41220	24042353048593	88	1092	delivered	2024-04-23 07:34:06.457893+00	4498	399	269	5166	USD	ups_ground	UPS	1Z22690F0309505641	amex	1780	5	2028	\N	\N
41221	24051711237077	89	1094	delivered	2024-05-17 00:30:06.369228+00	2898	399	239	3536	USD	usps_priority	USPS	9400153736708228597042	amex	5702	6	2027	\N	\N
41222	23120274950212	90	1095	delivered	2023-12-02 21:41:54.611533+00	16724	599	1463	18786	USD	usps_priority	USPS	9400190808434026337450	visa	4324	3	2029	\N	\N
41223	24081753353518	90	1095	delivered	2024-08-17 09:58:42.219509+00	8597	0	709	9306	USD	store_pickup	\N	\N	visa	4324	3	2029	\N	\N
41224	24041238353006	90	1095	delivered	2024-04-12 07:45:49.942350+00	29190	399	2554	32143	USD	fedex_2day	FedEx	520927830724	visa	4324	3	2029	\N	\N
41225	22102466864019	90	1095	delivered	2022-10-24 20:00:16.096702+00	26496	899	1589	28984	USD	usps_priority	USPS	9400189168705089483624	visa	4324	3	2029	\N	\N
41226	22052909906033	92	1097	delivered	2022-05-29 14:53:56.471937+00	4697	599	387	5683	USD	usps_first_class	USPS	9400138999946419717440	visa	6277	5	2030	\N	\N
41227	22051749270864	92	1097	delivered	2022-05-17 23:47:02.314164+00	1599	0	0	1599	USD	store_pickup	\N	\N	visa	6277	5	2030	\N	\N
41228	24030546365322	92	1097	delivered	2024-03-05 10:11:24.039696+00	9900	599	866	11365	USD	ups_ground	UPS	1Z0B76E30341177300	visa	6277	5	2030	\N	\N
41229	22091190569685	93	1099	delivered	2022-09-11 04:26:53.831162+00	1499	899	123	2521	GBP	ups_ground	UPS	1Z8FD20F0363700913	visa	8069	11	2028	BOOKS50	\N
41230	22082397981378	93	1099	delivered	2022-08-23 12:35:13.386993+00	15144	0	908	16052	GBP	store_pickup	\N	\N	visa	8069	11	2028	\N	\N
41231	22022582749960	93	1099	delivered	2022-02-25 18:34:58.655020+00	1392	1299	83	2774	GBP	usps_first_class	USPS	9400174351424233831183	visa	8069	11	2028	WELCOME20	\N
41232	22031054327552	93	1099	delivered	2022-03-10 07:34:22.080369+00	7063	0	618	7681	GBP	store_pickup	\N	\N	visa	8069	11	2028	HOLIDAY40	\N
41233	22101272263244	93	1099	delivered	2022-10-12 23:08:03.518021+00	5999	399	494	6892	GBP	usps_first_class	USPS	9400122910678600902190	visa	8069	11	2028	\N	\N
41234	22032690328516	93	1099	delivered	2022-03-26 09:20:45.845954+00	1499	0	123	1622	GBP	store_pickup	\N	\N	visa	8069	11	2028	HOLIDAY40	\N
41235	23022097167913	93	1099	delivered	2023-02-20 15:02:36.058808+00	8397	899	734	10030	GBP	fedex_2day	FedEx	977219262158	visa	8069	11	2028	\N	\N
41236	24072741886161	93	1099	delivered	2024-07-27 03:38:42.983620+00	9590	899	791	11280	GBP	usps_first_class	USPS	9400147963303011919219	visa	8069	11	2028	\N	\N
41237	23070317371537	93	1099	delivered	2023-07-03 09:36:24.431953+00	6244	899	0	7143	GBP	usps_first_class	USPS	9400114050905847439342	visa	8069	11	2028	HOLIDAY40	\N
41238	23061907266495	97	1103	delivered	2023-06-19 20:43:52.491029+00	6998	0	0	6998	USD	store_pickup	\N	\N	visa	7948	6	2027	\N	\N
41239	23102499571167	97	1103	delivered	2023-10-24 00:09:51.341328+00	7498	0	656	8154	USD	store_pickup	\N	\N	visa	7948	6	2027	WELCOME20	\N
41240	24032510650216	97	1103	delivered	2024-03-25 23:39:56.846130+00	26994	399	2227	29620	USD	usps_priority	USPS	9400118224352724249708	visa	7948	6	2027	\N	\N
41241	24081568847986	97	1103	delivered	2024-08-15 10:50:11.968995+00	4499	0	0	4499	USD	store_pickup	\N	\N	visa	7948	6	2027	WELCOME20	\N
41242	23101055234550	97	1103	delivered	2023-10-10 21:45:54.468130+00	3499	599	209	4307	USD	ups_ground	UPS	1ZEE775F0387740453	visa	7948	6	2027	HOLIDAY40	Happy anniversary! - Jennifer
41243	24092612410368	97	1103	delivered	2024-09-26 01:01:21.845717+00	14497	899	1268	16664	USD	ups_ground	UPS	1Z4B3BA40379574903	visa	7948	6	2027	\N	\N
41244	24091970926764	97	1103	delivered	2024-09-19 01:29:14.688504+00	13497	899	1180	15576	USD	usps_first_class	USPS	9400152900411108509474	visa	7948	6	2027	WELCOME20	\N
41245	24031462946019	98	1104	delivered	2024-03-14 03:27:08.498432+00	696	1299	57	2052	USD	fedex_2day	FedEx	537541092565	amex	7723	10	2025	\N	\N
41246	24083097867251	98	1104	refunded	2024-08-30 22:06:39.316562+00	11997	0	0	11997	USD	store_pickup	\N	\N	amex	7723	10	2025	BOOKS50	\N
41247	24010696518906	98	1104	delivered	2024-01-06 22:53:43.138981+00	8897	1299	778	10974	USD	fedex_2day	FedEx	551999685555	amex	7723	10	2025	\N	\N
41248	23112450691634	98	1104	delivered	2023-11-24 01:24:51.661272+00	5598	599	461	6658	USD	ups_ground	UPS	1Z765BB90374055673	amex	7723	10	2025	BOOKS50	\N
41249	24030191604771	98	1104	delivered	2024-03-01 08:38:32.531183+00	1499	399	89	1987	USD	ups_ground	UPS	1ZA6191F0342482777	amex	7723	10	2025	FREESHIP49	\N
41250	23122915976931	99	1105	delivered	2023-12-29 08:24:44.038429+00	9237	899	0	10136	USD	fedex_2day	FedEx	353588597628	visa	7534	9	2026	HOLIDAY40	\N
41251	23102595642243	99	1105	delivered	2023-10-25 18:15:20.370158+00	7698	899	558	9155	USD	usps_priority	USPS	9400166100879383430824	visa	7534	9	2026	\N	\N
41252	24031038948306	100	1106	delivered	2024-03-10 18:19:27.349616+00	18192	399	0	18591	USD	usps_first_class	USPS	9400130189066529675944	visa	5573	12	2030	WELCOME20	\N
41253	22102690714117	101	1107	delivered	2022-10-26 23:37:37.804424+00	25996	599	1884	28479	USD	usps_first_class	USPS	9400112205938391793183	visa	7117	9	2027	\N	\N
41254	23123071415519	102	1108	delivered	2023-12-30 07:26:05.173315+00	2376	399	0	2775	USD	usps_first_class	USPS	9400129723491566139524	mastercard	9953	7	2028	BOOKS50	\N
41255	23113045017108	104	1114	delivered	2023-11-30 03:48:38.282535+00	19995	0	1199	21194	USD	store_pickup	\N	\N	mastercard	0477	9	2029	\N	Happy birthday Grandma! Love, Kevin
41256	23032206014083	104	1112	delivered	2023-03-22 07:35:38.112991+00	399	0	23	422	USD	store_pickup	\N	\N	mastercard	0477	9	2029	\N	\N
41257	23121221583456	104	1114	delivered	2023-12-12 23:50:00.212126+00	4998	0	412	5410	USD	store_pickup	\N	\N	mastercard	0477	9	2029	HOLIDAY40	\N
41258	24100419042884	104	1112	cancelled	2024-10-04 14:38:31.608236+00	8597	399	515	9511	USD	usps_first_class	USPS	\N	mastercard	0477	9	2029	FREESHIP49	\N
41259	24062338795730	104	1113	delivered	2024-06-23 10:00:41.756509+00	11998	399	1049	13446	USD	usps_first_class	USPS	9400181419727376420810	mastercard	0477	9	2029	\N	Happy anniversary! - Kevin
41260	23081064492488	105	1115	delivered	2023-08-10 03:15:00.790289+00	8193	599	0	8792	CAD	usps_priority	USPS	9400185625008023991714	visa	5184	11	2025	\N	\N
41261	23042373354720	105	1115	delivered	2023-04-23 21:13:17.266321+00	11292	599	931	12822	CAD	fedex_2day	FedEx	760503369558	visa	5184	11	2025	\N	\N
41262	22042530789845	105	1115	delivered	2022-04-25 12:29:28.057013+00	12997	399	1137	14533	CAD	usps_first_class	USPS	9400148386572567486566	visa	5184	11	2025	\N	\N
41263	23071553344189	105	1115	delivered	2023-07-15 02:41:10.286529+00	36191	599	3166	39956	CAD	ups_ground	UPS	1Z0806D00360106734	visa	5184	11	2025	\N	\N
41264	22121009918760	105	1115	delivered	2022-12-10 00:48:50.853657+00	12996	0	1137	14133	CAD	store_pickup	\N	\N	visa	5184	11	2025	\N	\N
41265	24110698237863	105	1115	shipped	2024-11-06 00:00:46.169784+00	19394	599	1600	21593	CAD	usps_first_class	USPS	9400155252186718835602	visa	5184	11	2025	\N	\N
41266	24091189030166	105	1115	delivered	2024-09-11 05:02:07.741062+00	17997	599	1304	19900	CAD	fedex_2day	FedEx	922881264518	visa	5184	11	2025	\N	\N
41267	24040189224955	105	1115	delivered	2024-04-01 06:31:23.273467+00	15497	399	0	15896	CAD	usps_first_class	USPS	9400116288368051462585	visa	5184	11	2025	FREESHIP49	\N
41268	24041198519886	105	1115	delivered	2024-04-11 08:13:30.529407+00	8997	0	539	9536	CAD	store_pickup	\N	\N	visa	5184	11	2025	FREESHIP49	\N
41269	24060823708997	107	1117	refunded	2024-06-08 16:53:00.131162+00	4998	1299	362	6659	USD	usps_first_class	USPS	\N	visa	1219	10	2030	\N	\N
41270	23013020087849	107	1117	delivered	2023-01-30 00:43:41.492955+00	7397	0	443	7840	USD	store_pickup	\N	\N	visa	1219	10	2030	BOOKS50	\N
41271	24052770591457	108	1118	refunded	2024-05-27 14:20:36.133923+00	5499	399	481	6379	USD	usps_priority	USPS	\N	discover	5649	3	2027	BOOKS50	\N
41272	23052362310047	108	1118	delivered	2023-05-23 18:49:52.774996+00	4598	0	402	5000	USD	store_pickup	\N	\N	discover	5649	3	2027	\N	\N
41273	23102562674271	108	1118	delivered	2023-10-25 15:06:01.605936+00	8796	1299	0	10095	USD	ups_ground	UPS	1Z899E920310778886	discover	5649	3	2027	BOOKS50	\N
41274	24040420452023	108	1118	delivered	2024-04-04 01:51:01.427873+00	12884	1299	0	14183	USD	usps_first_class	USPS	9400181107242909554735	discover	5649	3	2027	WELCOME20	\N
41275	24051432305691	109	1120	refunded	2024-05-14 13:02:28.845521+00	6363	899	381	7643	USD	usps_priority	USPS	\N	mastercard	5742	9	2027	BOOKS50	\N
41276	24010887228717	109	1120	delivered	2024-01-08 19:12:19.030230+00	32334	1299	2344	35977	USD	fedex_2day	FedEx	435799577219	mastercard	5742	9	2027	\N	\N
41277	24101727931711	111	1122	delivered	2024-10-17 03:28:00.116801+00	28735	0	2514	31249	USD	store_pickup	\N	\N	visa	1591	4	2028	\N	\N
41278	24103095973076	111	1122	delivered	2024-10-30 10:38:32.670448+00	17197	599	1031	18827	USD	fedex_2day	FedEx	215958336343	visa	1591	4	2028	\N	\N
41279	24091019131755	111	1122	delivered	2024-09-10 16:44:20.481900+00	14396	599	863	15858	USD	usps_priority	USPS	9400107598184121792275	visa	1591	4	2028	\N	\N
41280	24101135198901	111	1122	delivered	2024-10-11 08:21:14.604022+00	6398	399	383	7180	USD	ups_ground	UPS	1Z5EB4EC0338515871	visa	1591	4	2028	HOLIDAY40	\N
41281	24101188346415	111	1123	delivered	2024-10-11 08:15:56.366080+00	19734	399	1628	21761	USD	fedex_2day	FedEx	497228863853	visa	1591	4	2028	\N	Happy anniversary! - David
41282	22111397026814	112	1124	delivered	2022-11-13 19:53:21.199309+00	19737	899	1628	22264	CAD	ups_ground	UPS	1ZF075BC0317043276	visa	6522	9	2028	\N	\N
41283	22042655227222	112	1124	delivered	2022-04-26 14:26:40.467001+00	3347	399	242	3988	CAD	ups_ground	UPS	1Z59B5050375441826	visa	6522	9	2028	WELCOME20	\N
41284	24072317477074	112	1124	delivered	2024-07-23 04:02:17.239594+00	17997	899	1304	20200	CAD	usps_first_class	USPS	9400115688506873778791	visa	6522	9	2028	\N	\N
41285	23033011138745	112	1124	delivered	2023-03-30 06:36:55.758419+00	13997	1299	839	16135	CAD	ups_ground	UPS	1ZDE22BC0358313829	visa	6522	9	2028	\N	\N
41286	23021926607511	112	1124	delivered	2023-02-19 04:54:17.454515+00	3198	1299	231	4728	CAD	fedex_2day	FedEx	888494132328	visa	6522	9	2028	BOOKS50	\N
41287	23020241209598	112	1124	delivered	2023-02-02 12:50:22.047906+00	11998	599	869	13466	CAD	fedex_2day	FedEx	497464920471	visa	6522	9	2028	\N	\N
41288	22072981613615	112	1124	delivered	2022-07-29 17:33:57.233756+00	8997	899	787	10683	CAD	ups_ground	UPS	1ZE8DB690363688630	visa	6522	9	2028	FREESHIP49	\N
41289	24070905532180	112	1124	delivered	2024-07-09 06:14:10.071080+00	4499	0	0	4499	CAD	store_pickup	\N	\N	visa	6522	9	2028	FREESHIP49	\N
41290	24071064053087	112	1124	delivered	2024-07-10 01:00:00.544210+00	20594	899	1801	23294	CAD	usps_first_class	USPS	9400151997763981925643	visa	6522	9	2028	FREESHIP49	\N
41291	24081781378360	115	1128	delivered	2024-08-17 15:57:59.064375+00	5598	599	0	6197	USD	usps_first_class	USPS	9400151833460290683075	visa	2037	9	2027	WELCOME20	\N
41292	22070675548130	115	1128	delivered	2022-07-06 18:22:02.162852+00	17192	899	1246	19337	USD	usps_priority	USPS	9400192516948853319825	visa	2037	9	2027	\N	\N
41293	24041565119745	115	1128	delivered	2024-04-15 00:10:30.786281+00	10395	899	753	12047	USD	ups_ground	UPS	1Z2194F00395706385	visa	2037	9	2027	\N	\N
41294	23090640851978	115	1127	delivered	2023-09-06 21:35:46.687733+00	9998	0	874	10872	USD	store_pickup	\N	\N	visa	2037	9	2027	\N	\N
41295	22070903001664	115	1128	delivered	2022-07-09 08:04:17.755021+00	14695	899	1212	16806	USD	fedex_2day	FedEx	835071097011	visa	2037	9	2027	FREESHIP49	\N
41296	22062480453848	115	1127	delivered	2022-06-24 04:46:47.402602+00	12195	1299	1006	14500	USD	usps_first_class	USPS	9400160190052156741483	visa	2037	9	2027	FREESHIP49	\N
41297	24062921701301	115	1127	delivered	2024-06-29 13:15:31.534833+00	34681	0	2514	37195	USD	store_pickup	\N	\N	visa	2037	9	2027	\N	Happy anniversary! - Danielle
41298	23022491535018	116	1129	delivered	2023-02-24 04:50:05.126224+00	8427	399	505	9331	USD	ups_ground	UPS	1Z710B510393683079	visa	8796	12	2027	\N	\N
41299	22101781982299	116	1130	delivered	2022-10-17 03:55:00.496931+00	17997	0	0	17997	USD	store_pickup	\N	\N	visa	8796	12	2027	\N	\N
41300	23021925383567	116	1130	delivered	2023-02-19 05:51:52.443975+00	4398	599	318	5315	USD	usps_priority	USPS	9400141507188405436093	visa	8796	12	2027	\N	\N
41301	24082178657239	118	1131	delivered	2024-08-21 00:05:06.854200+00	6597	0	395	6992	USD	store_pickup	\N	\N	visa	7303	1	2026	\N	\N
41302	24101927809942	118	1131	delivered	2024-10-19 19:42:42.495704+00	1499	0	131	1630	USD	store_pickup	\N	\N	visa	7303	1	2026	BOOKS50	\N
41303	24022263796069	118	1131	refunded	2024-02-22 17:39:17.600665+00	6999	0	507	7506	USD	store_pickup	\N	\N	visa	7303	1	2026	WELCOME20	Happy anniversary! - Natalie
41304	24072031445503	118	1131	delivered	2024-07-20 09:37:05.104548+00	29993	1299	2474	33766	USD	usps_first_class	USPS	9400179425193102234088	visa	7303	1	2026	BOOKS50	\N
41305	24081171537562	118	1131	delivered	2024-08-11 04:54:02.052518+00	4998	899	412	6309	USD	usps_first_class	USPS	9400162442174961089674	visa	7303	1	2026	\N	\N
41306	24032751879066	119	1132	delivered	2024-03-27 16:51:13.748825+00	3499	399	209	4107	USD	usps_first_class	USPS	9400117933219994811117	amex	2332	3	2030	\N	\N
41307	24082142510089	119	1132	delivered	2024-08-21 15:00:23.904419+00	2999	599	179	3777	USD	usps_priority	USPS	9400182601029621254956	amex	2332	3	2030	HOLIDAY40	\N
41308	22103032246975	119	1132	delivered	2022-10-30 09:23:09.116912+00	13998	1299	0	15297	USD	usps_first_class	USPS	9400175432098717999631	amex	2332	3	2030	\N	\N
41309	23060158334420	119	1132	delivered	2023-06-01 04:19:01.456523+00	4998	1299	362	6659	USD	usps_first_class	USPS	9400122099690527559031	amex	2332	3	2030	\N	\N
41310	24061706003477	119	1132	delivered	2024-06-17 22:43:04.484406+00	2376	599	196	3171	USD	fedex_2day	FedEx	251076801031	amex	2332	3	2030	\N	\N
41311	23091471836323	119	1132	delivered	2023-09-14 05:26:04.974316+00	23094	1299	1905	26298	USD	usps_priority	USPS	9400107161865861476075	amex	2332	3	2030	\N	\N
41312	23111337287303	119	1132	delivered	2023-11-13 02:17:30.318884+00	5499	599	481	6579	USD	ups_ground	UPS	1ZE769A10329201338	amex	2332	3	2030	\N	\N
41313	24080482961796	119	1132	delivered	2024-08-04 03:40:00.211414+00	12896	1299	1128	15323	USD	usps_first_class	USPS	9400197152282731934900	amex	2332	3	2030	FREESHIP49	\N
41314	23021368755899	119	1132	delivered	2023-02-13 08:33:07.365620+00	4499	599	269	5367	USD	ups_ground	UPS	1ZAB81830384276583	amex	2332	3	2030	\N	\N
41315	23121753258182	120	1133	delivered	2023-12-17 15:26:23.535495+00	2999	1299	179	4477	GBP	ups_ground	UPS	1ZD766270323639707	visa	7606	3	2030	\N	\N
41316	23092175678910	120	1133	delivered	2023-09-21 20:42:58.244896+00	6296	899	0	7195	GBP	usps_priority	USPS	9400125563754921623161	visa	7606	3	2030	\N	\N
41317	24093050733785	120	1133	delivered	2024-09-30 22:57:52.193885+00	13661	899	0	14560	GBP	usps_first_class	USPS	9400153170244771668728	visa	7606	3	2030	\N	\N
41318	23102480136192	122	1136	delivered	2023-10-24 15:17:41.658359+00	2900	399	210	3509	USD	usps_first_class	USPS	9400130536400679109425	mastercard	7628	6	2025	\N	\N
41319	23090189592417	123	1139	delivered	2023-09-01 21:21:00.866151+00	12996	399	942	14337	USD	usps_priority	USPS	9400176950548641830145	visa	2779	11	2025	HOLIDAY40	Merry Christmas! Love always, Natalie & the kids
41320	23080617193339	124	1140	delivered	2023-08-06 17:58:42.079890+00	5499	599	481	6579	GBP	usps_first_class	USPS	9400152793649245355537	mastercard	4428	3	2029	\N	Happy anniversary! - Eilidh
41321	23051065300987	124	1140	delivered	2023-05-10 20:04:27.414371+00	24181	1299	2115	27595	GBP	usps_priority	USPS	9400149643000641511228	mastercard	4428	3	2029	\N	\N
41322	22100459065209	125	1141	delivered	2022-10-04 18:02:43.986866+00	20997	399	1732	23128	USD	usps_first_class	USPS	9400122366769031388587	visa	7880	1	2025	\N	\N
41323	23081538967159	125	1141	delivered	2023-08-15 18:50:27.577805+00	5598	0	405	6003	USD	store_pickup	\N	\N	visa	7880	1	2025	WELCOME20	\N
41324	22020481263344	125	1142	delivered	2022-02-04 12:06:29.247814+00	7998	1299	659	9956	USD	fedex_2day	FedEx	139301648109	visa	7880	1	2025	\N	Happy anniversary! - Brittany
41325	24042354151706	126	1144	delivered	2024-04-23 01:41:16.493087+00	16389	399	0	16788	CAD	fedex_2day	FedEx	442749269464	visa	6760	9	2029	\N	\N
41326	23123095063416	127	1145	delivered	2023-12-30 11:23:53.562205+00	5790	1299	506	7595	USD	usps_priority	USPS	9400158606139792857105	visa	3299	12	2029	\N	\N
41327	23120735675580	130	1146	delivered	2023-12-07 05:43:20.846229+00	17995	899	0	18894	USD	usps_priority	USPS	9400158211411342036724	mastercard	6155	6	2025	HOLIDAY40	\N
41328	24041070682070	130	1146	delivered	2024-04-10 04:48:07.676620+00	3998	399	239	4636	USD	fedex_2day	FedEx	360859072291	mastercard	6155	6	2025	\N	\N
41329	23122638343131	130	1146	delivered	2023-12-26 12:11:25.141550+00	15795	0	0	15795	USD	store_pickup	\N	\N	mastercard	6155	6	2025	\N	\N
41330	23090920298612	130	1146	delivered	2023-09-09 22:40:26.469405+00	3347	899	276	4522	USD	fedex_2day	FedEx	340980737112	mastercard	6155	6	2025	HOLIDAY40	\N
41331	23113099790041	130	1146	delivered	2023-11-30 10:25:40.542179+00	3499	1299	288	5086	USD	fedex_2day	FedEx	603724036694	mastercard	6155	6	2025	FREESHIP49	\N
41332	23112396910519	130	1147	delivered	2023-11-23 04:32:59.277341+00	6999	599	0	7598	USD	usps_priority	USPS	9400162003167710773929	mastercard	6155	6	2025	\N	\N
41333	23090383563551	130	1146	delivered	2023-09-03 01:11:26.125443+00	13396	599	803	14798	USD	ups_ground	UPS	1Z1FC8E90321517939	mastercard	6155	6	2025	\N	\N
41334	24031044889772	130	1146	delivered	2024-03-10 22:00:43.580064+00	16497	1299	1443	19239	USD	usps_priority	USPS	9400156509845594310482	mastercard	6155	6	2025	BOOKS50	\N
41335	23112985237464	130	1147	delivered	2023-11-29 04:15:05.215529+00	2998	399	179	3576	USD	ups_ground	UPS	1ZE6863A0354374830	mastercard	6155	6	2025	\N	\N
41336	24010872167172	132	1149	delivered	2024-01-08 07:56:40.906459+00	2900	0	0	2900	USD	store_pickup	\N	\N	discover	4999	4	2027	\N	\N
41337	23112227944995	132	1148	delivered	2023-11-22 18:18:43.303460+00	9392	1299	563	11254	USD	fedex_2day	FedEx	551386699961	discover	4999	4	2027	\N	\N
41338	24083057578839	132	1149	delivered	2024-08-30 22:52:09.438032+00	13895	599	1007	15501	USD	usps_priority	USPS	9400147081245486606414	discover	4999	4	2027	\N	\N
41339	23081959300859	132	1148	delivered	2023-08-19 05:09:44.658471+00	2799	899	244	3942	USD	fedex_2day	FedEx	355854292245	discover	4999	4	2027	HOLIDAY40	\N
41340	23080804663159	132	1149	delivered	2023-08-08 09:09:24.943013+00	1587	899	138	2624	USD	ups_ground	UPS	1ZAFA0040306045036	discover	4999	4	2027	\N	\N
41341	23022328606570	133	1150	delivered	2023-02-23 21:38:38.140922+00	11751	899	1028	13678	USD	ups_ground	UPS	1Z30E2400396715049	mastercard	6168	5	2026	\N	\N
41342	23013138036165	133	1151	delivered	2023-01-31 01:42:27.131759+00	16435	1299	0	17734	USD	usps_first_class	USPS	9400144201297450376664	mastercard	6168	5	2026	WELCOME20	\N
41343	23111745620986	133	1150	delivered	2023-11-17 09:05:01.128448+00	3999	399	289	4687	USD	ups_ground	UPS	1Z7B7AE50314714954	mastercard	6168	5	2026	\N	\N
41344	22081870404134	133	1151	delivered	2022-08-18 01:43:15.302298+00	6999	1299	419	8717	USD	usps_first_class	USPS	9400177772651772203229	mastercard	6168	5	2026	\N	\N
41345	24040798488285	133	1151	delivered	2024-04-07 20:57:51.962948+00	12397	899	1084	14380	USD	ups_ground	UPS	1ZA7267D0376697349	mastercard	6168	5	2026	FREESHIP49	\N
41346	23062740103907	133	1150	delivered	2023-06-27 11:20:01.142439+00	20344	0	1220	21564	USD	store_pickup	\N	\N	mastercard	6168	5	2026	\N	\N
41347	22100507443185	133	1150	delivered	2022-10-05 18:12:51.079891+00	3999	599	289	4887	USD	usps_priority	USPS	9400133354021802663080	mastercard	6168	5	2026	\N	\N
41348	23053128806916	133	1151	delivered	2023-05-31 01:57:44.987619+00	10586	0	926	11512	USD	store_pickup	\N	\N	mastercard	6168	5	2026	\N	\N
41349	23042859042493	133	1150	delivered	2023-04-28 20:36:01.093154+00	30843	399	2236	33478	USD	usps_first_class	USPS	9400132609025267707471	mastercard	6168	5	2026	\N	\N
41350	23102004472703	134	1153	delivered	2023-10-20 16:27:34.211707+00	3998	0	0	3998	USD	store_pickup	\N	\N	visa	4905	6	2028	\N	Happy birthday Nana! Love, Brandon
41351	24091792965357	134	1152	delivered	2024-09-17 08:55:11.046158+00	15137	1299	1097	17533	USD	usps_priority	USPS	9400114492974069176634	visa	4905	6	2028	\N	\N
41352	23120725945221	135	1154	delivered	2023-12-07 22:48:37.392365+00	11897	1299	981	14177	USD	fedex_2day	FedEx	798970684655	mastercard	7449	1	2030	\N	\N
41353	24100794904734	135	1154	delivered	2024-10-07 08:37:09.247064+00	3999	599	0	4598	USD	usps_priority	USPS	9400164167496094533814	mastercard	7449	1	2030	\N	\N
41354	24041127479919	135	1154	delivered	2024-04-11 21:57:06.911409+00	28092	1299	2036	31427	USD	usps_first_class	USPS	9400174519945990547138	mastercard	7449	1	2030	\N	\N
41355	23121901883746	135	1154	delivered	2023-12-19 22:37:02.319819+00	7497	399	449	8345	USD	fedex_2day	FedEx	164274936404	mastercard	7449	1	2030	\N	\N
41356	24103064040959	135	1154	delivered	2024-10-30 04:42:17.131975+00	2999	599	179	3777	USD	usps_first_class	USPS	9400109753810609547028	mastercard	7449	1	2030	\N	\N
41357	23102482056844	136	1155	refunded	2023-10-24 08:29:17.474564+00	28293	0	2475	30768	USD	store_pickup	\N	\N	amex	5091	2	2029	\N	\N
41358	23101294211966	136	1155	delivered	2023-10-12 01:19:28.711146+00	2900	1299	174	4373	USD	usps_first_class	USPS	9400123405942915569639	amex	5091	2	2029	HOLIDAY40	\N
41359	23122431452717	136	1155	delivered	2023-12-24 05:10:36.209246+00	12595	599	913	14107	USD	usps_first_class	USPS	9400161077563862230033	amex	5091	2	2029	FREESHIP49	\N
41360	22090152873195	136	1155	delivered	2022-09-01 21:37:45.502492+00	3387	599	296	4282	USD	usps_priority	USPS	9400120261902660100034	amex	5091	2	2029	\N	\N
41361	22072382352187	136	1155	delivered	2022-07-23 23:33:26.150448+00	7846	599	568	9013	USD	usps_priority	USPS	9400175398123017742889	amex	5091	2	2029	\N	\N
41362	22020536459849	138	1158	delivered	2022-02-05 14:25:06.898568+00	14097	0	1022	15119	CAD	store_pickup	\N	\N	mastercard	8591	4	2030	\N	\N
41363	23121621467553	140	1160	delivered	2023-12-16 17:44:35.168959+00	9694	0	848	10542	USD	store_pickup	\N	\N	visa	0502	2	2029	\N	\N
41364	23010283378501	140	1160	delivered	2023-01-02 19:07:55.142705+00	13597	899	0	14496	USD	ups_ground	UPS	1Z4383D20326516468	visa	0502	2	2029	FREESHIP49	\N
41365	23021653228144	142	1165	cancelled	2023-02-16 02:43:27.169089+00	7950	399	0	8349	USD	usps_priority	USPS	\N	amex	3657	1	2029	\N	\N
41366	23040486189814	142	1165	delivered	2023-04-04 07:58:26.766837+00	15398	0	0	15398	USD	store_pickup	\N	\N	amex	3657	1	2029	\N	Happy anniversary! - Camila
41367	23022719869304	142	1165	refunded	2023-02-27 01:02:25.698459+00	12496	0	0	12496	USD	store_pickup	\N	\N	amex	3657	1	2029	\N	\N
41368	22092948522261	143	1167	delivered	2022-09-29 07:29:23.630035+00	15997	399	1399	17795	GBP	ups_ground	UPS	1Z23DEEB0307320319	visa	3626	7	2028	\N	\N
41369	22012836194879	143	1167	delivered	2022-01-28 16:34:52.087712+00	399	1299	23	1721	GBP	usps_first_class	USPS	9400162340464512579826	visa	3626	7	2028	\N	\N
41370	24071524789831	144	1169	delivered	2024-07-15 14:01:28.605195+00	4640	1299	406	6345	USD	usps_priority	USPS	9400102292741989095586	visa	4306	2	2025	WELCOME20	\N
41371	24043028882245	144	1168	delivered	2024-04-30 04:57:51.354875+00	10797	599	0	11396	USD	usps_first_class	USPS	9400120974326647152071	visa	4306	2	2025	\N	\N
41372	24030462448499	144	1169	delivered	2024-03-04 23:02:25.147101+00	5999	1299	494	7792	USD	usps_priority	USPS	9400199816030122176706	visa	4306	2	2025	BOOKS50	\N
41373	24072459702517	145	1170	delivered	2024-07-24 04:40:42.759617+00	10044	399	878	11321	USD	usps_first_class	USPS	9400157812935430560534	visa	0428	9	2029	\N	\N
41374	24083115588139	145	1171	delivered	2024-08-31 20:45:59.541104+00	1599	0	139	1738	USD	store_pickup	\N	\N	visa	0428	9	2029	\N	\N
41375	23071847992848	147	1173	delivered	2023-07-18 13:29:52.576189+00	4797	399	419	5615	USD	fedex_2day	FedEx	712918566304	amex	0487	10	2029	HOLIDAY40	\N
41376	24011485700657	147	1173	delivered	2024-01-14 12:31:01.797499+00	21094	899	1265	23258	USD	usps_first_class	USPS	9400119118913582346755	amex	0487	10	2029	BOOKS50	\N
41377	22080418909178	147	1173	delivered	2022-08-04 17:06:19.226432+00	10641	0	638	11279	USD	store_pickup	\N	\N	amex	0487	10	2029	\N	\N
41378	24031820750271	147	1173	delivered	2024-03-18 12:48:07.527849+00	1599	899	115	2613	USD	usps_priority	USPS	9400158939319496454304	amex	0487	10	2029	\N	\N
41379	22060994111121	147	1173	delivered	2022-06-09 20:20:14.136599+00	15392	599	1269	17260	USD	fedex_2day	FedEx	907037970749	amex	0487	10	2029	\N	\N
41380	24080192740064	148	1174	delivered	2024-08-01 08:59:44.217362+00	30794	599	0	31393	USD	usps_priority	USPS	9400121107585166678162	visa	7415	2	2025	FREESHIP49	\N
41381	23042292334410	148	1174	delivered	2023-04-22 19:25:04.364539+00	3999	399	239	4637	USD	usps_priority	USPS	9400178492550225678543	visa	7415	2	2025	\N	\N
41382	24061816764477	148	1174	delivered	2024-06-18 20:45:44.601362+00	4797	399	287	5483	USD	ups_ground	UPS	1ZE35E810394214211	visa	7415	2	2025	\N	\N
41383	23092094078021	149	1175	delivered	2023-09-20 14:03:07.087716+00	1599	899	139	2637	USD	usps_first_class	USPS	9400190000597340866658	amex	5962	8	2025	\N	\N
41384	22100562633948	150	1177	delivered	2022-10-05 14:03:17.894696+00	1599	1299	139	3037	USD	fedex_2day	FedEx	669732262569	visa	7925	5	2029	\N	\N
41385	22042613068220	150	1177	delivered	2022-04-26 10:34:06.397344+00	10698	399	0	11097	USD	ups_ground	UPS	1ZD5983A0393077417	visa	7925	5	2029	\N	\N
41386	24042709634452	150	1177	delivered	2024-04-27 14:55:56.409601+00	18395	599	1609	20603	USD	ups_ground	UPS	1ZD096530328260253	visa	7925	5	2029	\N	\N
41387	23100146824202	151	1178	delivered	2023-10-01 21:56:48.712530+00	21494	399	1558	23451	CAD	fedex_2day	FedEx	434527647099	mastercard	7030	6	2025	FREESHIP49	\N
41388	24020298226726	151	1178	delivered	2024-02-02 11:07:35.207131+00	12496	1299	905	14700	CAD	usps_priority	USPS	9400124767325927534552	mastercard	7030	6	2025	HOLIDAY40	\N
41389	24062198379580	152	1180	delivered	2024-06-21 14:35:17.421773+00	5998	1299	0	7297	USD	usps_priority	USPS	9400144061598522659628	visa	0347	7	2025	BOOKS50	\N
41390	22080257123639	152	1180	delivered	2022-08-02 02:28:11.048223+00	2199	399	0	2598	USD	usps_first_class	USPS	9400103493716429504854	visa	0347	7	2025	\N	\N
41391	23052031455635	153	1182	cancelled	2023-05-20 20:19:14.117191+00	2900	599	0	3499	USD	ups_ground	UPS	\N	visa	6977	11	2027	\N	Merry Christmas! Love always, Ashley & the kids
41392	24101925446549	153	1181	delivered	2024-10-19 18:35:04.684641+00	1599	599	131	2329	USD	usps_priority	USPS	9400154888002826713835	visa	6977	11	2027	BOOKS50	\N
41393	24102460012162	153	1181	delivered	2024-10-24 18:43:29.864789+00	5498	899	329	6726	USD	ups_ground	UPS	1ZEA05B50376990637	visa	6977	11	2027	HOLIDAY40	\N
41394	24091556492613	153	1182	delivered	2024-09-15 20:59:38.084788+00	34343	1299	0	35642	USD	fedex_2day	FedEx	471960914977	visa	6977	11	2027	HOLIDAY40	\N
41395	23040987003975	153	1182	delivered	2023-04-09 02:30:31.226423+00	9896	0	717	10613	USD	store_pickup	\N	\N	visa	6977	11	2027	BOOKS50	Merry Christmas! Love always, Ashley & the kids
41396	22092297873693	154	1184	delivered	2022-09-22 14:20:27.756252+00	5276	0	461	5737	CAD	store_pickup	\N	\N	visa	4961	8	2030	\N	\N
41397	22121907152015	154	1183	delivered	2022-12-19 11:51:19.180181+00	9038	1299	655	10992	CAD	fedex_2day	FedEx	432101248009	visa	4961	8	2030	\N	\N
41398	22122817194073	154	1184	delivered	2022-12-28 07:43:25.716209+00	13497	599	978	15074	CAD	fedex_2day	FedEx	139526198892	visa	4961	8	2030	\N	\N
41399	24071973752601	155	1185	delivered	2024-07-19 06:03:47.265006+00	6999	399	612	8010	USD	usps_first_class	USPS	9400159176281897097786	discover	6593	1	2029	\N	\N
41400	24062765356921	155	1185	delivered	2024-06-27 08:38:42.889218+00	9497	599	688	10784	USD	fedex_2day	FedEx	342600926551	discover	6593	1	2029	\N	\N
41401	24042308923657	155	1185	delivered	2024-04-23 01:02:19.578388+00	11998	899	0	12897	USD	usps_first_class	USPS	9400119022759853849365	discover	6593	1	2029	FREESHIP49	Happy anniversary! - Jennifer
41402	23121124032254	156	1186	delivered	2023-12-11 17:29:53.860719+00	7652	399	669	8720	GBP	usps_first_class	USPS	9400168035427738986390	mastercard	1776	3	2025	\N	\N
41403	24090503033187	156	1186	delivered	2024-09-05 01:26:32.157875+00	34491	599	0	35090	GBP	usps_first_class	USPS	9400140086810737072483	mastercard	1776	3	2025	\N	\N
41404	24020766197895	156	1186	delivered	2024-02-07 21:11:25.249595+00	10497	599	629	11725	GBP	usps_priority	USPS	9400102224883429043203	mastercard	1776	3	2025	FREESHIP49	\N
41405	24092382492035	156	1186	delivered	2024-09-23 22:08:32.438321+00	10788	1299	0	12087	GBP	ups_ground	UPS	1Z74A7640350816609	mastercard	1776	3	2025	\N	\N
41406	24042178318428	156	1186	delivered	2024-04-21 08:28:51.365504+00	3499	1299	0	4798	GBP	usps_first_class	USPS	9400146090133618240760	mastercard	1776	3	2025	\N	\N
41407	24100443997900	156	1186	delivered	2024-10-04 03:08:11.029853+00	747	599	61	1407	GBP	usps_first_class	USPS	9400125012914850056091	mastercard	1776	3	2025	FREESHIP49	\N
41408	24071485724037	156	1186	delivered	2024-07-14 21:41:11.606362+00	5998	399	434	6831	GBP	ups_ground	UPS	1Z4897A10393214743	mastercard	1776	3	2025	FREESHIP49	\N
41409	23123190935942	157	1187	delivered	2023-12-31 09:13:00.850699+00	6999	899	419	8317	USD	fedex_2day	FedEx	182816115100	visa	9041	5	2030	\N	\N
41410	24030797849452	157	1187	delivered	2024-03-07 11:48:13.288847+00	3999	1299	329	5627	USD	usps_first_class	USPS	9400110475678541347530	visa	9041	5	2030	BOOKS50	\N
41411	23020209797414	157	1187	delivered	2023-02-02 17:42:41.110020+00	3999	1299	289	5587	USD	usps_first_class	USPS	9400161568998450382936	visa	9041	5	2030	\N	\N
41412	24042012550435	159	1189	delivered	2024-04-20 21:54:12.923829+00	5999	0	359	6358	USD	store_pickup	\N	\N	visa	1991	10	2028	\N	\N
41413	22043064543039	159	1189	delivered	2022-04-30 15:42:01.176833+00	14196	0	1171	15367	USD	store_pickup	\N	\N	visa	1991	10	2028	FREESHIP49	\N
41414	24091916279693	160	1190	delivered	2024-09-19 23:35:38.764538+00	7989	899	659	9547	USD	usps_priority	USPS	9400103302710771266520	amex	8373	9	2026	HOLIDAY40	\N
41415	24100639158908	160	1190	delivered	2024-10-06 00:37:35.624764+00	18792	899	1362	21053	USD	ups_ground	UPS	1ZE52C860363299871	amex	8373	9	2026	FREESHIP49	Happy anniversary! - Stephanie
41416	24092028871153	160	1190	cancelled	2024-09-20 10:19:38.403153+00	12396	1299	743	14438	USD	ups_ground	UPS	\N	amex	8373	9	2026	FREESHIP49	\N
41417	24111116560499	160	1190	shipped	2024-11-11 05:26:10.756029+00	21996	599	1319	23914	USD	usps_first_class	USPS	9400157331535559913664	amex	8373	9	2026	\N	\N
41418	24111326835253	160	1190	cancelled	2024-11-13 22:27:09.985462+00	6999	599	507	8105	USD	usps_priority	USPS	\N	amex	8373	9	2026	\N	\N
\.


--
-- Data for Name: order_items; Type: TABLE DATA; Schema: public; Owner: snapwell_app
--

COPY public.order_items (id, order_id, sku, product_name, quantity, unit_price_cents, photo_id) FROM stdin;
300001	41001	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	\N
300002	41002	CV-11X14	11x14 Canvas Print	1	4499	\N
300003	41003	AC-8X12	8x12 Metal Print	3	3999	880005
300004	41003	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	880003
300005	41003	PB-11X8-LF	11x8 Layflat Photo Book	2	5499	880003
300006	41004	PR-8X10-LU	8x10 Lustre Print	3	399	880001
300007	41004	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	880004
300008	41004	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	880003
300009	41004	CV-16X20	16x20 Canvas Print	1	6999	880001
300010	41005	PR-8X10-LU	8x10 Lustre Print	1	399	880004
300011	41005	PR-8X10-LU	8x10 Lustre Print	1	399	880004
300012	41006	CV-11X14	11x14 Canvas Print	1	4499	\N
300013	41007	CV-11X14	11x14 Canvas Print	1	4499	\N
300014	41007	PR-5X7-GL	5x7 Glossy Print	48	99	\N
300015	41008	PZ-252	252-piece Photo Puzzle	3	2799	880060
300016	41009	PR-4X6-GL	4x6 Glossy Print	24	29	880084
300017	41009	MT-8X10-BLK	8x10 Black Frame + Mat	2	2499	880095
300018	41009	PZ-252	252-piece Photo Puzzle	3	2799	880091
300019	41009	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	880069
300020	41010	PR-4X6-GL	4x6 Glossy Print	60	29	880070
300021	41010	PR-8X10-LU	8x10 Lustre Print	2	399	880095
300022	41011	MG-11OZ-W	11oz White Photo Mug	3	1499	880102
300023	41012	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	880102
300024	41012	PR-4X6-MT	4x6 Matte Print	36	29	880101
300025	41013	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	\N
300026	41014	PR-4X6-GL	4x6 Glossy Print	48	29	\N
300027	41014	PR-8X10-LU	8x10 Lustre Print	3	399	\N
300028	41014	PZ-252	252-piece Photo Puzzle	1	2799	\N
300029	41014	PR-8X10-LU	8x10 Lustre Print	3	399	\N
300030	41015	CV-16X20	16x20 Canvas Print	2	6999	880144
300031	41015	CV-11X14	11x14 Canvas Print	1	4499	880142
300032	41016	PR-5X7-GL	5x7 Glossy Print	36	99	880144
300033	41016	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	880144
300034	41016	CV-16X20	16x20 Canvas Print	1	6999	880142
300035	41016	CV-16X20	16x20 Canvas Print	1	6999	880143
300036	41017	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	880143
300037	41017	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	880144
300038	41017	BL-50X60	50x60 Fleece Photo Blanket	1	5999	880144
300039	41017	PR-4X6-MT	4x6 Matte Print	24	29	880144
300040	41018	MT-8X10-BLK	8x10 Black Frame + Mat	2	2499	880200
300041	41018	BL-50X60	50x60 Fleece Photo Blanket	1	5999	880207
300042	41018	PR-5X7-GL	5x7 Glossy Print	24	99	880187
300043	41019	CAL-WALL-24	2025 Wall Calendar	2	2199	880210
300044	41019	PR-8X10-LU	8x10 Lustre Print	3	399	880187
300045	41019	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	880201
300046	41019	PR-5X7-GL	5x7 Glossy Print	24	99	880198
300047	41020	MG-11OZ-W	11oz White Photo Mug	1	1499	880184
300048	41020	PR-4X6-MT	4x6 Matte Print	24	29	880185
300049	41021	MAG-3X3-9	3x3 Photo Magnets (9 pack)	2	1599	880194
300050	41021	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	880190
300051	41021	PR-5X7-GL	5x7 Glossy Print	12	99	880199
300052	41022	BL-50X60	50x60 Fleece Photo Blanket	3	5999	880196
300053	41022	PR-8X10-LU	8x10 Lustre Print	2	399	880194
300054	41022	BL-50X60	50x60 Fleece Photo Blanket	1	5999	880209
300055	41023	CV-11X14	11x14 Canvas Print	3	4499	880251
300056	41023	PB-8X8-HC	8x8 Hardcover Photo Book	2	2999	880235
300057	41024	PR-4X6-GL	4x6 Glossy Print	36	29	880253
300058	41024	PZ-252	252-piece Photo Puzzle	1	2799	880252
300059	41024	PR-4X6-GL	4x6 Glossy Print	12	29	880253
300060	41024	BL-50X60	50x60 Fleece Photo Blanket	3	5999	880254
300061	41025	CV-16X20	16x20 Canvas Print	1	6999	880252
300062	41026	AC-8X12	8x12 Metal Print	3	3999	880254
300063	41026	PR-5X7-GL	5x7 Glossy Print	48	99	880254
300064	41026	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	880253
300065	41026	MT-8X10-BLK	8x10 Black Frame + Mat	2	2499	880254
300066	41027	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	880253
300067	41028	MG-11OZ-W	11oz White Photo Mug	1	1499	880255
300068	41028	BL-50X60	50x60 Fleece Photo Blanket	1	5999	880252
300069	41029	PR-4X6-MT	4x6 Matte Print	12	29	880254
300070	41030	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	880254
300071	41030	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	880253
300072	41031	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	880257
300073	41032	PR-8X10-LU	8x10 Lustre Print	2	399	880271
300074	41032	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	880269
300075	41033	CV-16X20	16x20 Canvas Print	2	6999	880263
300076	41033	AC-8X12	8x12 Metal Print	2	3999	880276
300077	41033	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	2	3499	880271
300078	41033	PR-4X6-GL	4x6 Glossy Print	12	29	880279
300079	41034	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	880264
300080	41034	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	880274
300081	41034	CAL-WALL-24	2025 Wall Calendar	1	2199	880267
300082	41035	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	880288
300083	41036	PR-5X7-GL	5x7 Glossy Print	60	99	880297
300084	41037	CV-11X14	11x14 Canvas Print	2	4499	880285
300085	41037	PR-4X6-GL	4x6 Glossy Print	36	29	880301
300086	41037	PR-5X7-GL	5x7 Glossy Print	12	99	880296
300087	41037	MG-11OZ-W	11oz White Photo Mug	1	1499	880313
300088	41038	CV-16X20	16x20 Canvas Print	1	6999	880331
300089	41039	BL-50X60	50x60 Fleece Photo Blanket	2	5999	880351
300090	41040	CV-16X20	16x20 Canvas Print	3	6999	880329
300091	41040	AC-8X12	8x12 Metal Print	3	3999	880316
300092	41041	PB-8X8-HC	8x8 Hardcover Photo Book	3	2999	880330
300093	41041	CAL-WALL-24	2025 Wall Calendar	1	2199	880336
300094	41041	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	880325
300095	41042	CV-11X14	11x14 Canvas Print	1	4499	880354
300096	41042	BL-50X60	50x60 Fleece Photo Blanket	3	5999	880358
300097	41043	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	880352
300098	41043	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	880354
300099	41044	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	880353
300100	41044	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	3	3499	880359
300101	41045	AC-8X12	8x12 Metal Print	2	3999	880356
300102	41045	AC-8X12	8x12 Metal Print	2	3999	880355
300103	41046	PR-4X6-GL	4x6 Glossy Print	60	29	880360
300104	41046	MG-11OZ-W	11oz White Photo Mug	1	1499	880355
300105	41047	PB-8X8-HC	8x8 Hardcover Photo Book	3	2999	880366
300106	41048	PR-4X6-MT	4x6 Matte Print	12	29	880362
300107	41048	MAG-3X3-9	3x3 Photo Magnets (9 pack)	3	1599	880379
300108	41048	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	880374
300109	41048	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	880364
300110	41049	MAG-3X3-9	3x3 Photo Magnets (9 pack)	2	1599	\N
300111	41050	PR-8X10-LU	8x10 Lustre Print	1	399	\N
300112	41050	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	\N
300113	41050	CV-11X14	11x14 Canvas Print	2	4499	\N
300114	41050	CV-16X20	16x20 Canvas Print	3	6999	\N
300115	41051	AC-8X12	8x12 Metal Print	3	3999	\N
300116	41051	AC-8X12	8x12 Metal Print	3	3999	\N
300117	41052	CAL-WALL-24	2025 Wall Calendar	3	2199	\N
300118	41052	PZ-252	252-piece Photo Puzzle	1	2799	\N
300119	41053	CAL-WALL-24	2025 Wall Calendar	3	2199	\N
300120	41053	BL-50X60	50x60 Fleece Photo Blanket	1	5999	\N
300121	41053	PR-5X7-GL	5x7 Glossy Print	36	99	\N
300122	41053	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	\N
300123	41054	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	\N
300124	41055	BL-50X60	50x60 Fleece Photo Blanket	2	5999	\N
300125	41056	PB-11X8-LF	11x8 Layflat Photo Book	3	5499	\N
300126	41056	CAL-WALL-24	2025 Wall Calendar	3	2199	\N
300127	41057	PR-4X6-GL	4x6 Glossy Print	60	29	\N
300128	41057	AC-8X12	8x12 Metal Print	1	3999	\N
300129	41057	CV-11X14	11x14 Canvas Print	1	4499	\N
300130	41058	MG-11OZ-W	11oz White Photo Mug	3	1499	880512
300131	41059	CAL-WALL-24	2025 Wall Calendar	1	2199	880500
300132	41059	BL-50X60	50x60 Fleece Photo Blanket	1	5999	880497
300133	41060	CAL-WALL-24	2025 Wall Calendar	3	2199	880521
300134	41060	CV-11X14	11x14 Canvas Print	2	4499	880508
300135	41060	MG-11OZ-W	11oz White Photo Mug	3	1499	880508
300136	41061	MT-8X10-BLK	8x10 Black Frame + Mat	3	2499	880514
300137	41062	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	880520
300138	41062	PR-4X6-MT	4x6 Matte Print	36	29	880503
300139	41062	MG-11OZ-W	11oz White Photo Mug	3	1499	880513
300140	41063	CV-11X14	11x14 Canvas Print	3	4499	880516
300141	41063	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	880500
300142	41064	PB-8X8-HC	8x8 Hardcover Photo Book	3	2999	880523
300143	41065	CV-16X20	16x20 Canvas Print	1	6999	880522
300144	41065	PR-8X10-LU	8x10 Lustre Print	1	399	880495
300145	41066	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	880515
300146	41066	PB-11X8-LF	11x8 Layflat Photo Book	3	5499	880508
300147	41066	BL-50X60	50x60 Fleece Photo Blanket	3	5999	880495
300148	41067	PR-5X7-GL	5x7 Glossy Print	24	99	\N
300149	41067	PZ-252	252-piece Photo Puzzle	1	2799	\N
300150	41068	MAG-3X3-9	3x3 Photo Magnets (9 pack)	3	1599	\N
300151	41069	CV-11X14	11x14 Canvas Print	1	4499	\N
300152	41069	CAL-WALL-24	2025 Wall Calendar	1	2199	\N
300153	41070	PR-8X10-LU	8x10 Lustre Print	1	399	\N
300154	41070	CAL-WALL-24	2025 Wall Calendar	1	2199	\N
300155	41071	PR-4X6-GL	4x6 Glossy Print	24	29	\N
300156	41072	MT-8X10-BLK	8x10 Black Frame + Mat	2	2499	\N
300157	41072	PB-11X8-LF	11x8 Layflat Photo Book	3	5499	\N
300158	41073	PR-5X7-GL	5x7 Glossy Print	36	99	\N
300159	41073	CV-16X20	16x20 Canvas Print	1	6999	\N
300160	41073	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	\N
300161	41074	CV-11X14	11x14 Canvas Print	1	4499	\N
300162	41074	PR-8X10-LU	8x10 Lustre Print	1	399	\N
300163	41075	CV-16X20	16x20 Canvas Print	3	6999	\N
300164	41076	AC-8X12	8x12 Metal Print	1	3999	880534
300165	41076	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	880539
300166	41076	PZ-252	252-piece Photo Puzzle	1	2799	880535
300167	41076	PR-4X6-MT	4x6 Matte Print	36	29	880540
300168	41077	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	880539
300169	41077	PZ-252	252-piece Photo Puzzle	2	2799	880538
300170	41078	MG-11OZ-W	11oz White Photo Mug	3	1499	880535
300171	41078	CV-11X14	11x14 Canvas Print	3	4499	880540
300172	41078	MT-8X10-BLK	8x10 Black Frame + Mat	3	2499	880540
300173	41079	CV-16X20	16x20 Canvas Print	2	6999	880544
300174	41080	CV-11X14	11x14 Canvas Print	2	4499	880543
300175	41080	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	880543
300176	41081	AC-8X12	8x12 Metal Print	1	3999	880545
300177	41082	MAG-3X3-9	3x3 Photo Magnets (9 pack)	2	1599	880545
300178	41083	PR-8X10-LU	8x10 Lustre Print	2	399	880545
300179	41083	AC-8X12	8x12 Metal Print	1	3999	880543
300180	41083	CV-16X20	16x20 Canvas Print	1	6999	880544
300181	41083	PR-4X6-MT	4x6 Matte Print	24	29	880544
300182	41084	BL-50X60	50x60 Fleece Photo Blanket	2	5999	880544
300183	41084	PZ-252	252-piece Photo Puzzle	3	2799	880544
300184	41085	PR-4X6-MT	4x6 Matte Print	48	29	880543
300185	41085	MG-11OZ-W	11oz White Photo Mug	1	1499	880543
300186	41085	PR-5X7-GL	5x7 Glossy Print	24	99	880543
300187	41085	PZ-252	252-piece Photo Puzzle	1	2799	880545
300188	41086	MT-8X10-BLK	8x10 Black Frame + Mat	2	2499	880581
300189	41087	PR-4X6-GL	4x6 Glossy Print	48	29	880581
300190	41087	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	880581
300191	41088	BL-50X60	50x60 Fleece Photo Blanket	1	5999	880583
300192	41088	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	880583
300193	41088	BL-50X60	50x60 Fleece Photo Blanket	3	5999	880582
300194	41089	PR-5X7-GL	5x7 Glossy Print	60	99	880581
300195	41090	BL-50X60	50x60 Fleece Photo Blanket	1	5999	880583
300196	41091	PR-8X10-LU	8x10 Lustre Print	3	399	880582
300197	41091	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	2	3499	880583
300198	41092	CAL-WALL-24	2025 Wall Calendar	2	2199	880583
300199	41092	BL-50X60	50x60 Fleece Photo Blanket	1	5999	880583
300200	41093	MT-8X10-BLK	8x10 Black Frame + Mat	2	2499	880582
300201	41094	PR-8X10-LU	8x10 Lustre Print	1	399	880581
300202	41094	CV-11X14	11x14 Canvas Print	1	4499	880582
300203	41094	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	880583
300204	41095	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	880593
300205	41095	MG-11OZ-W	11oz White Photo Mug	2	1499	880594
300206	41096	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	3	3499	880585
300207	41096	AC-8X12	8x12 Metal Print	2	3999	880587
300208	41097	CV-16X20	16x20 Canvas Print	2	6999	880589
300209	41098	CV-16X20	16x20 Canvas Print	1	6999	880590
300210	41099	MG-11OZ-W	11oz White Photo Mug	3	1499	880590
300211	41099	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	880588
300212	41100	CV-11X14	11x14 Canvas Print	2	4499	\N
300213	41100	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	\N
300214	41100	MG-11OZ-W	11oz White Photo Mug	1	1499	\N
300215	41101	CAL-WALL-24	2025 Wall Calendar	2	2199	880596
300216	41102	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	880602
300217	41102	MG-11OZ-W	11oz White Photo Mug	2	1499	880601
300218	41103	CV-11X14	11x14 Canvas Print	2	4499	880631
300219	41104	BL-50X60	50x60 Fleece Photo Blanket	1	5999	880646
300220	41104	PZ-252	252-piece Photo Puzzle	1	2799	880636
300221	41105	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	880661
300222	41106	PZ-252	252-piece Photo Puzzle	1	2799	880660
300223	41107	PB-11X8-LF	11x8 Layflat Photo Book	3	5499	880678
300224	41107	CV-11X14	11x14 Canvas Print	2	4499	880691
300225	41108	AC-8X12	8x12 Metal Print	1	3999	880684
300226	41109	CV-11X14	11x14 Canvas Print	1	4499	880706
300227	41110	PZ-252	252-piece Photo Puzzle	2	2799	880710
300228	41110	MT-8X10-BLK	8x10 Black Frame + Mat	3	2499	880714
300229	41110	CAL-WALL-24	2025 Wall Calendar	3	2199	880706
300230	41110	BL-50X60	50x60 Fleece Photo Blanket	3	5999	880706
300231	41111	PR-8X10-LU	8x10 Lustre Print	1	399	880717
300232	41111	CV-16X20	16x20 Canvas Print	1	6999	880713
300233	41111	PR-4X6-MT	4x6 Matte Print	60	29	880706
300234	41112	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	880732
300235	41112	PR-4X6-GL	4x6 Glossy Print	12	29	880731
300236	41112	PR-8X10-LU	8x10 Lustre Print	3	399	880735
300237	41112	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	880732
300238	41113	MG-11OZ-W	11oz White Photo Mug	3	1499	880732
300239	41113	PR-8X10-LU	8x10 Lustre Print	1	399	880723
300240	41114	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	880728
300241	41115	PR-5X7-GL	5x7 Glossy Print	12	99	880726
300242	41116	MT-8X10-BLK	8x10 Black Frame + Mat	3	2499	880740
300243	41116	PZ-252	252-piece Photo Puzzle	1	2799	880729
300244	41117	PR-5X7-GL	5x7 Glossy Print	60	99	880743
300245	41117	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	2	3499	880750
300246	41117	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	880743
300247	41117	BL-50X60	50x60 Fleece Photo Blanket	1	5999	880766
300248	41118	PR-4X6-MT	4x6 Matte Print	100	29	\N
300249	41119	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	\N
300250	41120	MAG-3X3-9	3x3 Photo Magnets (9 pack)	3	1599	\N
300251	41120	MAG-3X3-9	3x3 Photo Magnets (9 pack)	2	1599	\N
300252	41120	PR-4X6-GL	4x6 Glossy Print	24	29	\N
300253	41121	PZ-252	252-piece Photo Puzzle	2	2799	\N
300254	41121	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	\N
300255	41122	MG-11OZ-W	11oz White Photo Mug	1	1499	\N
300256	41122	PR-8X10-LU	8x10 Lustre Print	2	399	\N
300257	41123	MG-11OZ-W	11oz White Photo Mug	1	1499	\N
300258	41123	PZ-252	252-piece Photo Puzzle	1	2799	\N
300259	41123	PR-5X7-GL	5x7 Glossy Print	60	99	\N
300260	41123	CAL-WALL-24	2025 Wall Calendar	2	2199	\N
300261	41124	PR-5X7-GL	5x7 Glossy Print	12	99	\N
300262	41125	CV-16X20	16x20 Canvas Print	1	6999	\N
300263	41125	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	\N
300264	41125	PR-4X6-MT	4x6 Matte Print	100	29	\N
300265	41126	CAL-WALL-24	2025 Wall Calendar	1	2199	\N
300266	41126	PB-11X8-LF	11x8 Layflat Photo Book	3	5499	\N
300267	41127	BL-50X60	50x60 Fleece Photo Blanket	2	5999	880790
300268	41127	MT-8X10-BLK	8x10 Black Frame + Mat	2	2499	880789
300269	41128	MG-11OZ-W	11oz White Photo Mug	3	1499	880801
300270	41128	PR-5X7-GL	5x7 Glossy Print	60	99	880784
300271	41129	CV-16X20	16x20 Canvas Print	3	6999	880785
300272	41130	AC-8X12	8x12 Metal Print	1	3999	880788
300273	41130	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	3	3499	880798
300274	41130	CV-16X20	16x20 Canvas Print	2	6999	880799
300275	41130	CV-11X14	11x14 Canvas Print	2	4499	880799
300276	41131	PB-11X8-LF	11x8 Layflat Photo Book	3	5499	880784
300277	41131	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	880793
300278	41132	BL-50X60	50x60 Fleece Photo Blanket	1	5999	880788
300279	41132	PR-4X6-MT	4x6 Matte Print	36	29	880791
300280	41132	BL-50X60	50x60 Fleece Photo Blanket	1	5999	880793
300281	41133	PR-8X10-LU	8x10 Lustre Print	1	399	880786
300282	41133	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	880794
300283	41133	MG-11OZ-W	11oz White Photo Mug	3	1499	880784
300284	41133	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	880789
300285	41134	CV-16X20	16x20 Canvas Print	1	6999	880786
300286	41134	PR-4X6-GL	4x6 Glossy Print	24	29	880800
300287	41135	MAG-3X3-9	3x3 Photo Magnets (9 pack)	2	1599	880792
300288	41135	PZ-252	252-piece Photo Puzzle	3	2799	880787
300289	41136	BL-50X60	50x60 Fleece Photo Blanket	2	5999	880853
300290	41136	PR-4X6-MT	4x6 Matte Print	100	29	880850
300291	41137	CAL-WALL-24	2025 Wall Calendar	1	2199	880843
300292	41137	PR-4X6-MT	4x6 Matte Print	36	29	880846
300293	41138	AC-8X12	8x12 Metal Print	1	3999	880844
300294	41138	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	880853
300295	41138	CAL-WALL-24	2025 Wall Calendar	1	2199	880850
300296	41139	MG-11OZ-W	11oz White Photo Mug	1	1499	880847
300297	41139	CV-16X20	16x20 Canvas Print	3	6999	880846
300298	41140	AC-8X12	8x12 Metal Print	1	3999	880853
300299	41140	MG-11OZ-W	11oz White Photo Mug	3	1499	880839
300300	41140	BL-50X60	50x60 Fleece Photo Blanket	3	5999	880842
300301	41140	PR-5X7-GL	5x7 Glossy Print	24	99	880856
300302	41141	MG-11OZ-W	11oz White Photo Mug	1	1499	880875
300303	41142	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	880877
300304	41143	MT-8X10-BLK	8x10 Black Frame + Mat	3	2499	880865
300305	41143	PR-8X10-LU	8x10 Lustre Print	1	399	880878
300306	41143	AC-8X12	8x12 Metal Print	3	3999	880859
300307	41143	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	880875
300308	41144	PR-8X10-LU	8x10 Lustre Print	1	399	880862
300309	41144	CV-11X14	11x14 Canvas Print	1	4499	880860
300310	41145	PR-5X7-GL	5x7 Glossy Print	36	99	880867
300311	41145	PR-8X10-LU	8x10 Lustre Print	1	399	880871
300312	41146	CV-11X14	11x14 Canvas Print	3	4499	880858
300313	41147	CV-11X14	11x14 Canvas Print	1	4499	880859
300314	41147	PR-4X6-GL	4x6 Glossy Print	100	29	880862
300315	41148	PR-5X7-GL	5x7 Glossy Print	36	99	880883
300316	41148	AC-8X12	8x12 Metal Print	3	3999	880883
300317	41149	PR-5X7-GL	5x7 Glossy Print	60	99	880879
300318	41149	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	880882
300319	41149	CV-11X14	11x14 Canvas Print	3	4499	880879
300320	41149	PR-8X10-LU	8x10 Lustre Print	2	399	880879
300321	41150	PR-5X7-GL	5x7 Glossy Print	24	99	880880
300322	41150	PR-4X6-GL	4x6 Glossy Print	24	29	880883
300323	41150	PR-8X10-LU	8x10 Lustre Print	1	399	880879
300324	41151	PZ-252	252-piece Photo Puzzle	1	2799	880879
300325	41151	AC-8X12	8x12 Metal Print	1	3999	880880
300326	41151	CV-11X14	11x14 Canvas Print	2	4499	880881
300327	41151	PR-8X10-LU	8x10 Lustre Print	2	399	880882
300328	41152	PZ-252	252-piece Photo Puzzle	1	2799	880882
300329	41152	CV-16X20	16x20 Canvas Print	1	6999	880883
300330	41153	PZ-252	252-piece Photo Puzzle	1	2799	880909
300331	41153	AC-8X12	8x12 Metal Print	2	3999	880901
300332	41154	BL-50X60	50x60 Fleece Photo Blanket	1	5999	880899
300333	41155	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	880905
300334	41155	CV-11X14	11x14 Canvas Print	1	4499	880904
300335	41156	CV-11X14	11x14 Canvas Print	1	4499	880910
300336	41157	PR-8X10-LU	8x10 Lustre Print	2	399	880916
300337	41157	PR-4X6-GL	4x6 Glossy Print	36	29	880916
300338	41158	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	880911
300339	41159	AC-8X12	8x12 Metal Print	1	3999	880915
300340	41160	MG-11OZ-W	11oz White Photo Mug	1	1499	880914
300341	41160	PR-5X7-GL	5x7 Glossy Print	36	99	880912
300342	41160	PR-4X6-MT	4x6 Matte Print	60	29	880913
300343	41160	PR-5X7-GL	5x7 Glossy Print	36	99	880912
300344	41161	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	880915
300345	41161	PR-5X7-GL	5x7 Glossy Print	60	99	880912
300346	41162	PR-8X10-LU	8x10 Lustre Print	2	399	880914
300347	41163	PR-5X7-GL	5x7 Glossy Print	24	99	880959
300348	41163	PR-5X7-GL	5x7 Glossy Print	48	99	880974
300349	41163	BL-50X60	50x60 Fleece Photo Blanket	3	5999	880988
300350	41163	AC-8X12	8x12 Metal Print	1	3999	880967
300351	41164	PR-4X6-MT	4x6 Matte Print	36	29	880969
300352	41165	CV-11X14	11x14 Canvas Print	1	4499	880975
300353	41165	CV-11X14	11x14 Canvas Print	1	4499	880978
300354	41166	MAG-3X3-9	3x3 Photo Magnets (9 pack)	3	1599	880961
300355	41166	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	880973
300356	41166	PR-5X7-GL	5x7 Glossy Print	48	99	880971
300357	41166	PR-5X7-GL	5x7 Glossy Print	36	99	880983
300358	41167	PB-11X8-LF	11x8 Layflat Photo Book	2	5499	880964
300359	41167	PR-4X6-MT	4x6 Matte Print	24	29	880978
300360	41167	PZ-252	252-piece Photo Puzzle	1	2799	880966
300361	41168	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	881027
300362	41169	PR-5X7-GL	5x7 Glossy Print	48	99	881029
300363	41169	CV-11X14	11x14 Canvas Print	1	4499	881032
300364	41169	PR-4X6-GL	4x6 Glossy Print	24	29	881027
300365	41170	BL-50X60	50x60 Fleece Photo Blanket	3	5999	881031
300366	41171	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	2	3499	\N
300367	41171	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	\N
300368	41171	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	\N
300369	41171	CV-16X20	16x20 Canvas Print	1	6999	\N
300370	41172	PR-4X6-GL	4x6 Glossy Print	12	29	\N
300371	41173	MT-8X10-BLK	8x10 Black Frame + Mat	3	2499	\N
300372	41173	PR-5X7-GL	5x7 Glossy Print	36	99	\N
300373	41173	MG-11OZ-W	11oz White Photo Mug	3	1499	\N
300374	41173	PZ-252	252-piece Photo Puzzle	2	2799	\N
300375	41174	PR-5X7-GL	5x7 Glossy Print	100	99	\N
300376	41174	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	\N
300377	41174	MAG-3X3-9	3x3 Photo Magnets (9 pack)	3	1599	\N
300378	41175	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	\N
300379	41175	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	\N
300380	41175	PB-11X8-LF	11x8 Layflat Photo Book	2	5499	\N
300381	41176	BL-50X60	50x60 Fleece Photo Blanket	3	5999	881048
300382	41176	CAL-WALL-24	2025 Wall Calendar	1	2199	881045
300383	41177	BL-50X60	50x60 Fleece Photo Blanket	1	5999	881056
300384	41177	MG-11OZ-W	11oz White Photo Mug	2	1499	881056
300385	41177	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	881055
300386	41177	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	881055
300387	41178	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	2	3499	881055
300388	41178	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	881058
300389	41178	PR-8X10-LU	8x10 Lustre Print	1	399	881055
300390	41178	PR-4X6-MT	4x6 Matte Print	60	29	881058
300391	41179	BL-50X60	50x60 Fleece Photo Blanket	1	5999	881057
300392	41179	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	881058
300393	41179	CV-11X14	11x14 Canvas Print	1	4499	881058
300394	41180	PZ-252	252-piece Photo Puzzle	3	2799	881058
300395	41180	PZ-252	252-piece Photo Puzzle	1	2799	881058
300396	41180	PR-5X7-GL	5x7 Glossy Print	100	99	881057
300397	41180	PR-4X6-GL	4x6 Glossy Print	100	29	881058
300398	41181	CV-11X14	11x14 Canvas Print	3	4499	881114
300399	41181	CAL-WALL-24	2025 Wall Calendar	1	2199	881111
300400	41182	CV-16X20	16x20 Canvas Print	1	6999	\N
300401	41183	PR-5X7-GL	5x7 Glossy Print	60	99	\N
300402	41184	CV-16X20	16x20 Canvas Print	2	6999	\N
300403	41184	CV-16X20	16x20 Canvas Print	3	6999	\N
300404	41185	CV-11X14	11x14 Canvas Print	1	4499	\N
300405	41185	PB-11X8-LF	11x8 Layflat Photo Book	2	5499	\N
300406	41185	PB-8X8-HC	8x8 Hardcover Photo Book	3	2999	\N
300407	41185	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	\N
300408	41186	MAG-3X3-9	3x3 Photo Magnets (9 pack)	3	1599	\N
300409	41186	CAL-WALL-24	2025 Wall Calendar	1	2199	\N
300410	41187	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	\N
300411	41187	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	3	3499	\N
300412	41187	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	\N
300413	41188	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	\N
300414	41189	PR-4X6-MT	4x6 Matte Print	24	29	\N
300415	41189	PR-8X10-LU	8x10 Lustre Print	2	399	\N
300416	41190	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	\N
300417	41190	PR-4X6-MT	4x6 Matte Print	60	29	\N
300418	41191	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	881155
300419	41192	PR-5X7-GL	5x7 Glossy Print	36	99	881132
300420	41192	PR-5X7-GL	5x7 Glossy Print	48	99	881147
300421	41192	PR-4X6-MT	4x6 Matte Print	12	29	881131
300422	41192	PR-5X7-GL	5x7 Glossy Print	12	99	881134
300423	41193	AC-8X12	8x12 Metal Print	3	3999	881147
300424	41193	AC-8X12	8x12 Metal Print	1	3999	881153
300425	41194	CV-11X14	11x14 Canvas Print	2	4499	881182
300426	41194	PZ-252	252-piece Photo Puzzle	1	2799	881177
300427	41194	CV-11X14	11x14 Canvas Print	1	4499	881176
300428	41195	PR-4X6-GL	4x6 Glossy Print	48	29	881160
300429	41196	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	881191
300430	41196	CV-16X20	16x20 Canvas Print	1	6999	881187
300431	41196	PR-4X6-GL	4x6 Glossy Print	12	29	881175
300432	41197	PR-8X10-LU	8x10 Lustre Print	1	399	881200
300433	41198	CV-11X14	11x14 Canvas Print	1	4499	881203
300434	41198	CAL-WALL-24	2025 Wall Calendar	1	2199	881198
300435	41198	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	881205
300436	41198	MG-11OZ-W	11oz White Photo Mug	2	1499	881205
300437	41199	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	3	3499	881203
300438	41199	PR-8X10-LU	8x10 Lustre Print	1	399	881200
300439	41199	MG-11OZ-W	11oz White Photo Mug	1	1499	881198
300440	41199	CAL-WALL-24	2025 Wall Calendar	1	2199	881206
300441	41200	MAG-3X3-9	3x3 Photo Magnets (9 pack)	3	1599	881203
300442	41201	PR-5X7-GL	5x7 Glossy Print	60	99	881204
300443	41201	CV-11X14	11x14 Canvas Print	1	4499	881209
300444	41201	PR-4X6-GL	4x6 Glossy Print	60	29	881200
300445	41202	PR-4X6-GL	4x6 Glossy Print	48	29	881222
300446	41202	PR-4X6-MT	4x6 Matte Print	36	29	881222
300447	41202	MG-11OZ-W	11oz White Photo Mug	1	1499	881211
300448	41203	MAG-3X3-9	3x3 Photo Magnets (9 pack)	3	1599	881212
300449	41203	PR-4X6-GL	4x6 Glossy Print	12	29	881214
300450	41203	PR-5X7-GL	5x7 Glossy Print	24	99	881219
300451	41203	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	881212
300452	41204	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	881217
300453	41204	AC-8X12	8x12 Metal Print	3	3999	881220
300454	41205	PB-11X8-LF	11x8 Layflat Photo Book	3	5499	881239
300455	41205	MG-11OZ-W	11oz White Photo Mug	2	1499	881240
300456	41206	MG-11OZ-W	11oz White Photo Mug	3	1499	881237
300457	41206	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	881230
300458	41206	PR-4X6-MT	4x6 Matte Print	60	29	881234
300459	41206	PR-4X6-GL	4x6 Glossy Print	12	29	881232
300460	41207	PR-4X6-GL	4x6 Glossy Print	100	29	881238
300461	41208	CAL-WALL-24	2025 Wall Calendar	2	2199	881239
300462	41208	PR-4X6-MT	4x6 Matte Print	60	29	881231
300463	41209	PZ-252	252-piece Photo Puzzle	2	2799	881229
300464	41209	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	881234
300465	41210	PR-8X10-LU	8x10 Lustre Print	2	399	881239
300466	41210	MG-11OZ-W	11oz White Photo Mug	1	1499	881241
300467	41211	PR-4X6-MT	4x6 Matte Print	12	29	881228
300468	41211	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	881238
300469	41212	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	\N
300470	41212	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	\N
300471	41212	AC-8X12	8x12 Metal Print	1	3999	\N
300472	41212	PR-5X7-GL	5x7 Glossy Print	48	99	\N
300473	41213	PR-8X10-LU	8x10 Lustre Print	2	399	\N
300474	41213	CV-11X14	11x14 Canvas Print	3	4499	\N
300475	41214	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	\N
300476	41214	CV-16X20	16x20 Canvas Print	1	6999	\N
300477	41214	PB-8X8-HC	8x8 Hardcover Photo Book	3	2999	\N
300478	41215	MT-8X10-BLK	8x10 Black Frame + Mat	3	2499	\N
300479	41216	PZ-252	252-piece Photo Puzzle	3	2799	881298
300480	41216	AC-8X12	8x12 Metal Print	1	3999	881286
300481	41216	CV-11X14	11x14 Canvas Print	2	4499	881292
300482	41216	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	881295
300483	41217	CV-11X14	11x14 Canvas Print	1	4499	881338
300484	41218	PR-5X7-GL	5x7 Glossy Print	100	99	881303
300485	41218	BL-50X60	50x60 Fleece Photo Blanket	3	5999	881328
300486	41218	BL-50X60	50x60 Fleece Photo Blanket	1	5999	881343
300487	41219	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	881350
300488	41220	MG-11OZ-W	11oz White Photo Mug	1	1499	881343
300489	41220	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	881331
300490	41221	PR-8X10-LU	8x10 Lustre Print	1	399	881353
300491	41221	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	881354
300492	41222	PR-5X7-GL	5x7 Glossy Print	48	99	881387
300493	41222	CAL-WALL-24	2025 Wall Calendar	3	2199	881389
300494	41222	PR-5X7-GL	5x7 Glossy Print	24	99	881381
300495	41222	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	881393
300496	41223	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	881380
300497	41223	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	2	3499	881384
300498	41224	AC-8X12	8x12 Metal Print	3	3999	881385
300499	41224	MT-8X10-BLK	8x10 Black Frame + Mat	2	2499	881393
300500	41224	CAL-WALL-24	2025 Wall Calendar	3	2199	881384
300501	41224	PZ-252	252-piece Photo Puzzle	2	2799	881390
300502	41225	CV-16X20	16x20 Canvas Print	3	6999	881387
300503	41225	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	881385
300504	41226	MAG-3X3-9	3x3 Photo Magnets (9 pack)	2	1599	881396
300505	41226	MG-11OZ-W	11oz White Photo Mug	1	1499	881396
300506	41227	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	881394
300507	41228	PR-5X7-GL	5x7 Glossy Print	100	99	881394
300508	41229	MG-11OZ-W	11oz White Photo Mug	1	1499	881412
300509	41230	CV-16X20	16x20 Canvas Print	2	6999	881408
300510	41230	PR-4X6-GL	4x6 Glossy Print	12	29	881418
300511	41230	PR-8X10-LU	8x10 Lustre Print	2	399	881423
300512	41231	PR-4X6-MT	4x6 Matte Print	36	29	881411
300513	41231	PR-4X6-GL	4x6 Glossy Print	12	29	881404
300514	41232	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	881418
300515	41232	PR-5X7-GL	5x7 Glossy Print	36	99	881405
300516	41233	BL-50X60	50x60 Fleece Photo Blanket	1	5999	881436
300517	41234	MG-11OZ-W	11oz White Photo Mug	1	1499	881431
300518	41235	PZ-252	252-piece Photo Puzzle	3	2799	881413
300519	41236	CAL-WALL-24	2025 Wall Calendar	1	2199	881425
300520	41236	BL-50X60	50x60 Fleece Photo Blanket	1	5999	881436
300521	41236	PR-4X6-GL	4x6 Glossy Print	36	29	881407
300522	41236	PR-4X6-GL	4x6 Glossy Print	12	29	881430
300523	41237	PR-4X6-GL	4x6 Glossy Print	12	29	881406
300524	41237	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	881405
300525	41237	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	881434
300526	41237	PR-8X10-LU	8x10 Lustre Print	2	399	881436
300527	41238	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	2	3499	881437
300528	41239	MG-11OZ-W	11oz White Photo Mug	1	1499	881439
300529	41239	BL-50X60	50x60 Fleece Photo Blanket	1	5999	881439
300530	41240	CV-11X14	11x14 Canvas Print	3	4499	881442
300531	41240	AC-8X12	8x12 Metal Print	2	3999	881442
300532	41240	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	881439
300533	41241	CV-11X14	11x14 Canvas Print	1	4499	881438
300534	41242	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	881438
300535	41243	CV-11X14	11x14 Canvas Print	2	4499	881437
300536	41243	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	881439
300537	41244	AC-8X12	8x12 Metal Print	2	3999	881442
300538	41244	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	881442
300539	41245	PR-4X6-GL	4x6 Glossy Print	24	29	881455
300540	41246	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	881446
300541	41246	CV-16X20	16x20 Canvas Print	1	6999	881448
300542	41246	MG-11OZ-W	11oz White Photo Mug	1	1499	881445
300543	41247	CAL-WALL-24	2025 Wall Calendar	2	2199	881444
300544	41247	CV-11X14	11x14 Canvas Print	1	4499	881457
300545	41248	PZ-252	252-piece Photo Puzzle	2	2799	881452
300546	41249	MG-11OZ-W	11oz White Photo Mug	1	1499	881445
300547	41250	PR-4X6-MT	4x6 Matte Print	48	29	881493
300548	41250	PB-8X8-HC	8x8 Hardcover Photo Book	2	2999	881489
300549	41250	MG-11OZ-W	11oz White Photo Mug	1	1499	881489
300550	41250	PR-4X6-GL	4x6 Glossy Print	12	29	881458
300551	41251	CAL-WALL-24	2025 Wall Calendar	1	2199	881465
300552	41251	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	881467
300553	41252	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	881541
300554	41252	AC-8X12	8x12 Metal Print	1	3999	881509
300555	41252	MT-8X10-BLK	8x10 Black Frame + Mat	3	2499	881519
300556	41252	PR-8X10-LU	8x10 Lustre Print	3	399	881531
300557	41253	CV-16X20	16x20 Canvas Print	2	6999	881553
300558	41253	BL-50X60	50x60 Fleece Photo Blanket	2	5999	881556
300559	41254	PR-5X7-GL	5x7 Glossy Print	24	99	881567
300560	41255	AC-8X12	8x12 Metal Print	2	3999	881585
300561	41255	AC-8X12	8x12 Metal Print	3	3999	881575
300562	41256	PR-8X10-LU	8x10 Lustre Print	1	399	881573
300563	41257	MT-8X10-BLK	8x10 Black Frame + Mat	2	2499	881581
300564	41258	PZ-252	252-piece Photo Puzzle	2	2799	881589
300565	41258	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	881574
300566	41259	BL-50X60	50x60 Fleece Photo Blanket	2	5999	881572
300567	41260	PR-8X10-LU	8x10 Lustre Print	1	399	881629
300568	41260	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	881591
300569	41260	PR-4X6-MT	4x6 Matte Print	24	29	881606
300570	41260	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	881595
300571	41261	PR-5X7-GL	5x7 Glossy Print	100	99	881626
300572	41261	PR-4X6-GL	4x6 Glossy Print	48	29	881608
300573	41262	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	881616
300574	41262	CV-11X14	11x14 Canvas Print	1	4499	881591
300575	41262	BL-50X60	50x60 Fleece Photo Blanket	1	5999	881608
300576	41263	CV-16X20	16x20 Canvas Print	3	6999	881616
300577	41263	BL-50X60	50x60 Fleece Photo Blanket	1	5999	881623
300578	41263	PR-8X10-LU	8x10 Lustre Print	2	399	881603
300579	41263	PZ-252	252-piece Photo Puzzle	3	2799	881591
300580	41264	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	881616
300581	41264	MT-8X10-BLK	8x10 Black Frame + Mat	3	2499	881600
300582	41265	PR-4X6-MT	4x6 Matte Print	100	29	881593
300583	41265	MT-8X10-BLK	8x10 Black Frame + Mat	3	2499	881629
300584	41265	PB-8X8-HC	8x8 Hardcover Photo Book	3	2999	881620
300585	41266	PB-11X8-LF	11x8 Layflat Photo Book	2	5499	881628
300586	41266	CV-16X20	16x20 Canvas Print	1	6999	881603
300587	41267	BL-50X60	50x60 Fleece Photo Blanket	1	5999	881607
300588	41267	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	881598
300589	41267	CV-16X20	16x20 Canvas Print	1	6999	881594
300590	41268	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	881626
300591	41268	MG-11OZ-W	11oz White Photo Mug	1	1499	881611
300592	41268	AC-8X12	8x12 Metal Print	1	3999	881599
300593	41269	MT-8X10-BLK	8x10 Black Frame + Mat	2	2499	881684
300594	41270	PR-8X10-LU	8x10 Lustre Print	1	399	881683
300595	41270	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	2	3499	881685
300596	41271	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	881692
300597	41272	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	881692
300598	41272	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	881710
300599	41273	CAL-WALL-24	2025 Wall Calendar	3	2199	881702
300600	41273	CAL-WALL-24	2025 Wall Calendar	1	2199	881694
300601	41274	PR-4X6-GL	4x6 Glossy Print	24	29	881705
300602	41274	PR-4X6-GL	4x6 Glossy Print	48	29	881687
300603	41274	BL-50X60	50x60 Fleece Photo Blanket	1	5999	881706
300604	41274	MAG-3X3-9	3x3 Photo Magnets (9 pack)	3	1599	881707
300605	41275	PR-5X7-GL	5x7 Glossy Print	36	99	881714
300606	41275	PZ-252	252-piece Photo Puzzle	1	2799	881716
300607	41276	PZ-252	252-piece Photo Puzzle	2	2799	881713
300608	41276	BL-50X60	50x60 Fleece Photo Blanket	3	5999	881720
300609	41276	PR-4X6-MT	4x6 Matte Print	60	29	881723
300610	41276	CV-16X20	16x20 Canvas Print	1	6999	881719
300611	41277	PB-8X8-HC	8x8 Hardcover Photo Book	2	2999	881736
300612	41277	PR-4X6-GL	4x6 Glossy Print	60	29	881742
300613	41277	CV-16X20	16x20 Canvas Print	3	6999	881743
300614	41278	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	881738
300615	41278	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	881730
300616	41278	CAL-WALL-24	2025 Wall Calendar	1	2199	881738
300617	41278	PR-5X7-GL	5x7 Glossy Print	100	99	881740
300618	41279	BL-50X60	50x60 Fleece Photo Blanket	1	5999	881738
300619	41279	PZ-252	252-piece Photo Puzzle	3	2799	881738
300620	41280	PR-8X10-LU	8x10 Lustre Print	1	399	881729
300621	41280	BL-50X60	50x60 Fleece Photo Blanket	1	5999	881736
300622	41281	PR-4X6-MT	4x6 Matte Print	60	29	881740
300623	41281	CV-11X14	11x14 Canvas Print	2	4499	881737
300624	41281	MG-11OZ-W	11oz White Photo Mug	2	1499	881738
300625	41281	PB-8X8-HC	8x8 Hardcover Photo Book	2	2999	881730
300626	41282	BL-50X60	50x60 Fleece Photo Blanket	3	5999	\N
300627	41282	PR-4X6-GL	4x6 Glossy Print	60	29	\N
300628	41283	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	\N
300629	41283	PR-4X6-GL	4x6 Glossy Print	12	29	\N
300630	41284	BL-50X60	50x60 Fleece Photo Blanket	1	5999	\N
300631	41284	BL-50X60	50x60 Fleece Photo Blanket	2	5999	\N
300632	41285	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	\N
300633	41285	MG-11OZ-W	11oz White Photo Mug	1	1499	\N
300634	41285	CV-16X20	16x20 Canvas Print	1	6999	\N
300635	41286	MAG-3X3-9	3x3 Photo Magnets (9 pack)	2	1599	\N
300636	41287	BL-50X60	50x60 Fleece Photo Blanket	2	5999	\N
300637	41288	PB-8X8-HC	8x8 Hardcover Photo Book	3	2999	\N
300638	41289	CV-11X14	11x14 Canvas Print	1	4499	\N
300639	41290	CV-11X14	11x14 Canvas Print	1	4499	\N
300640	41290	AC-8X12	8x12 Metal Print	1	3999	\N
300641	41290	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	3	3499	\N
300642	41290	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	\N
300643	41291	AC-8X12	8x12 Metal Print	1	3999	881795
300644	41291	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	881795
300645	41292	CV-11X14	11x14 Canvas Print	1	4499	881795
300646	41292	PR-4X6-GL	4x6 Glossy Print	24	29	881797
300647	41292	AC-8X12	8x12 Metal Print	3	3999	881798
300648	41293	MAG-3X3-9	3x3 Photo Magnets (9 pack)	3	1599	881801
300649	41293	PZ-252	252-piece Photo Puzzle	2	2799	881795
300650	41294	AC-8X12	8x12 Metal Print	1	3999	881799
300651	41294	BL-50X60	50x60 Fleece Photo Blanket	1	5999	881795
300652	41295	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	881801
300653	41295	CAL-WALL-24	2025 Wall Calendar	1	2199	881797
300654	41295	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	2	3499	881798
300655	41295	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	881801
300656	41296	AC-8X12	8x12 Metal Print	1	3999	881796
300657	41296	MAG-3X3-9	3x3 Photo Magnets (9 pack)	2	1599	881796
300658	41296	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	881799
300659	41296	MG-11OZ-W	11oz White Photo Mug	1	1499	881795
300660	41297	PB-8X8-HC	8x8 Hardcover Photo Book	3	2999	881796
300661	41297	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	881798
300662	41297	PR-5X7-GL	5x7 Glossy Print	12	99	881799
300663	41297	CV-16X20	16x20 Canvas Print	3	6999	881800
300664	41298	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	881805
300665	41298	PR-4X6-MT	4x6 Matte Print	60	29	881835
300666	41298	PR-5X7-GL	5x7 Glossy Print	12	99	881806
300667	41299	BL-50X60	50x60 Fleece Photo Blanket	3	5999	881810
300668	41300	CAL-WALL-24	2025 Wall Calendar	2	2199	881830
300669	41301	CAL-WALL-24	2025 Wall Calendar	3	2199	881861
300670	41302	MG-11OZ-W	11oz White Photo Mug	1	1499	881852
300671	41303	CV-16X20	16x20 Canvas Print	1	6999	881857
300672	41304	CV-11X14	11x14 Canvas Print	1	4499	881862
300673	41304	PB-11X8-LF	11x8 Layflat Photo Book	3	5499	881856
300674	41304	PB-8X8-HC	8x8 Hardcover Photo Book	3	2999	881859
300675	41305	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	881872
300676	41305	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	881872
300677	41306	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	881883
300678	41307	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	881892
300679	41308	CV-16X20	16x20 Canvas Print	2	6999	881879
300680	41309	PZ-252	252-piece Photo Puzzle	1	2799	881892
300681	41309	CAL-WALL-24	2025 Wall Calendar	1	2199	881887
300682	41310	PR-5X7-GL	5x7 Glossy Print	24	99	881878
300683	41311	PB-11X8-LF	11x8 Layflat Photo Book	2	5499	881888
300684	41311	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	881886
300685	41311	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	881889
300686	41311	PZ-252	252-piece Photo Puzzle	2	2799	881886
300687	41312	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	881887
300688	41313	PZ-252	252-piece Photo Puzzle	3	2799	881878
300689	41313	CV-11X14	11x14 Canvas Print	1	4499	881888
300690	41314	CV-11X14	11x14 Canvas Print	1	4499	881892
300691	41315	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	881911
300692	41316	PR-8X10-LU	8x10 Lustre Print	2	399	881918
300693	41316	AC-8X12	8x12 Metal Print	1	3999	881903
300694	41316	MG-11OZ-W	11oz White Photo Mug	1	1499	881905
300695	41317	PR-4X6-GL	4x6 Glossy Print	100	29	881904
300696	41317	PR-5X7-GL	5x7 Glossy Print	36	99	881911
300697	41317	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	881905
300698	41317	PZ-252	252-piece Photo Puzzle	2	2799	881909
300699	41318	PR-4X6-MT	4x6 Matte Print	100	29	881931
300700	41319	CV-16X20	16x20 Canvas Print	1	6999	881959
300701	41319	PR-8X10-LU	8x10 Lustre Print	1	399	881948
300702	41319	PZ-252	252-piece Photo Puzzle	1	2799	881958
300703	41319	PZ-252	252-piece Photo Puzzle	1	2799	881953
300704	41320	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	\N
300705	41321	CAL-WALL-24	2025 Wall Calendar	3	2199	\N
300706	41321	PR-5X7-GL	5x7 Glossy Print	12	99	\N
300707	41321	CAL-WALL-24	2025 Wall Calendar	2	2199	\N
300708	41321	BL-50X60	50x60 Fleece Photo Blanket	2	5999	\N
300709	41322	CV-16X20	16x20 Canvas Print	3	6999	881967
300710	41323	PZ-252	252-piece Photo Puzzle	2	2799	881966
300711	41324	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	881963
300712	41324	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	881965
300713	41325	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	\N
300714	41325	PR-4X6-GL	4x6 Glossy Print	48	29	\N
300715	41325	CV-11X14	11x14 Canvas Print	1	4499	\N
300716	41325	CV-16X20	16x20 Canvas Print	1	6999	\N
300717	41326	PR-4X6-MT	4x6 Matte Print	48	29	881973
300718	41326	CAL-WALL-24	2025 Wall Calendar	2	2199	881977
300719	41327	PB-8X8-HC	8x8 Hardcover Photo Book	2	2999	881980
300720	41327	AC-8X12	8x12 Metal Print	3	3999	881980
300721	41328	MG-11OZ-W	11oz White Photo Mug	1	1499	881979
300722	41328	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	881986
300723	41329	MAG-3X3-9	3x3 Photo Magnets (9 pack)	3	1599	881987
300724	41329	PB-11X8-LF	11x8 Layflat Photo Book	2	5499	881988
300725	41330	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	881983
300726	41330	PR-4X6-MT	4x6 Matte Print	12	29	881982
300727	41331	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	881979
300728	41332	CV-16X20	16x20 Canvas Print	1	6999	881983
300729	41333	CV-16X20	16x20 Canvas Print	1	6999	881980
300730	41333	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	881988
300731	41333	PR-8X10-LU	8x10 Lustre Print	1	399	881982
300732	41333	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	881984
300733	41334	PB-11X8-LF	11x8 Layflat Photo Book	3	5499	881983
300734	41335	MG-11OZ-W	11oz White Photo Mug	2	1499	881985
300735	41336	PR-4X6-GL	4x6 Glossy Print	100	29	881998
300736	41337	PR-4X6-GL	4x6 Glossy Print	24	29	881995
300737	41337	MG-11OZ-W	11oz White Photo Mug	1	1499	881991
300738	41337	PZ-252	252-piece Photo Puzzle	1	2799	881997
300739	41337	CAL-WALL-24	2025 Wall Calendar	2	2199	881991
300740	41338	PZ-252	252-piece Photo Puzzle	3	2799	881990
300741	41338	MG-11OZ-W	11oz White Photo Mug	1	1499	882004
300742	41338	AC-8X12	8x12 Metal Print	1	3999	881993
300743	41339	PZ-252	252-piece Photo Puzzle	1	2799	881993
300744	41340	PR-8X10-LU	8x10 Lustre Print	1	399	882005
300745	41340	PR-5X7-GL	5x7 Glossy Print	12	99	882003
300746	41341	CV-16X20	16x20 Canvas Print	1	6999	882019
300747	41341	PR-5X7-GL	5x7 Glossy Print	48	99	882017
300748	41342	PR-5X7-GL	5x7 Glossy Print	60	99	882008
300749	41342	MG-11OZ-W	11oz White Photo Mug	1	1499	882019
300750	41342	CV-11X14	11x14 Canvas Print	1	4499	882008
300751	41342	MG-11OZ-W	11oz White Photo Mug	3	1499	882013
300752	41343	AC-8X12	8x12 Metal Print	1	3999	882020
300753	41344	CV-16X20	16x20 Canvas Print	1	6999	882020
300754	41345	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	882016
300755	41345	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	882008
300756	41345	PR-4X6-MT	4x6 Matte Print	100	29	882020
300757	41345	CV-11X14	11x14 Canvas Print	1	4499	882009
300758	41346	BL-50X60	50x60 Fleece Photo Blanket	1	5999	882021
300759	41346	AC-8X12	8x12 Metal Print	2	3999	882019
300760	41346	PR-4X6-MT	4x6 Matte Print	12	29	882007
300761	41346	BL-50X60	50x60 Fleece Photo Blanket	1	5999	882019
300762	41347	AC-8X12	8x12 Metal Print	1	3999	882007
300763	41348	BL-50X60	50x60 Fleece Photo Blanket	1	5999	882007
300764	41348	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	882013
300765	41348	PR-4X6-GL	4x6 Glossy Print	60	29	882019
300766	41348	PR-4X6-GL	4x6 Glossy Print	12	29	882013
300767	41349	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	882020
300768	41349	PR-4X6-MT	4x6 Matte Print	12	29	882016
300769	41349	CV-16X20	16x20 Canvas Print	1	6999	882010
300770	41349	BL-50X60	50x60 Fleece Photo Blanket	3	5999	882013
300771	41350	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	882023
300772	41350	MG-11OZ-W	11oz White Photo Mug	1	1499	882027
300773	41351	PR-4X6-MT	4x6 Matte Print	100	29	882029
300774	41351	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	3	3499	882029
300775	41351	PR-4X6-MT	4x6 Matte Print	60	29	882026
300776	41352	CV-16X20	16x20 Canvas Print	1	6999	882031
300777	41352	CV-11X14	11x14 Canvas Print	1	4499	882030
300778	41352	PR-8X10-LU	8x10 Lustre Print	1	399	882030
300779	41353	AC-8X12	8x12 Metal Print	1	3999	882030
300780	41354	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	882031
300781	41354	CV-11X14	11x14 Canvas Print	3	4499	882031
300782	41354	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	2	3499	882031
300783	41354	PB-8X8-HC	8x8 Hardcover Photo Book	2	2999	882030
300784	41355	MT-8X10-BLK	8x10 Black Frame + Mat	3	2499	882031
300785	41356	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	882030
300786	41357	PZ-252	252-piece Photo Puzzle	1	2799	882041
300787	41357	AC-8X12	8x12 Metal Print	1	3999	882042
300788	41357	MT-8X10-BLK	8x10 Black Frame + Mat	2	2499	882033
300789	41357	PB-11X8-LF	11x8 Layflat Photo Book	3	5499	882036
300790	41358	PR-4X6-MT	4x6 Matte Print	100	29	882044
300791	41359	CAL-WALL-24	2025 Wall Calendar	1	2199	882032
300792	41359	CAL-WALL-24	2025 Wall Calendar	2	2199	882035
300793	41359	PB-8X8-HC	8x8 Hardcover Photo Book	2	2999	882043
300794	41360	CAL-WALL-24	2025 Wall Calendar	1	2199	882039
300795	41360	PR-5X7-GL	5x7 Glossy Print	12	99	882041
300796	41361	PR-4X6-GL	4x6 Glossy Print	12	29	882041
300797	41361	MG-11OZ-W	11oz White Photo Mug	1	1499	882040
300798	41361	BL-50X60	50x60 Fleece Photo Blanket	1	5999	882041
300799	41362	CV-16X20	16x20 Canvas Print	1	6999	882064
300800	41362	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	882063
300801	41362	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	882064
300802	41363	CV-11X14	11x14 Canvas Print	1	4499	882097
300803	41363	PR-4X6-GL	4x6 Glossy Print	12	29	882092
300804	41363	PR-4X6-GL	4x6 Glossy Print	12	29	882098
300805	41363	CV-11X14	11x14 Canvas Print	1	4499	882097
300806	41364	BL-50X60	50x60 Fleece Photo Blanket	2	5999	882097
300807	41364	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	882095
300808	41365	PR-5X7-GL	5x7 Glossy Print	48	99	882123
300809	41365	MAG-3X3-9	3x3 Photo Magnets (9 pack)	2	1599	882123
300810	41366	CV-16X20	16x20 Canvas Print	1	6999	882123
300811	41366	PR-4X6-MT	4x6 Matte Print	100	29	882125
300812	41366	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	882125
300813	41367	CAL-WALL-24	2025 Wall Calendar	1	2199	882124
300814	41367	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	2	3499	882125
300815	41367	PR-8X10-LU	8x10 Lustre Print	1	399	882124
300816	41367	PR-4X6-MT	4x6 Matte Print	100	29	882124
300817	41368	BL-50X60	50x60 Fleece Photo Blanket	1	5999	882127
300818	41368	CV-11X14	11x14 Canvas Print	1	4499	882126
300819	41368	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	882126
300820	41369	PR-8X10-LU	8x10 Lustre Print	1	399	882126
300821	41370	PR-4X6-GL	4x6 Glossy Print	100	29	882154
300822	41370	PR-4X6-GL	4x6 Glossy Print	60	29	882137
300823	41371	PZ-252	252-piece Photo Puzzle	1	2799	882143
300824	41371	AC-8X12	8x12 Metal Print	2	3999	882136
300825	41372	BL-50X60	50x60 Fleece Photo Blanket	1	5999	882148
300826	41373	MT-8X10-BLK	8x10 Black Frame + Mat	2	2499	\N
300827	41373	CAL-WALL-24	2025 Wall Calendar	1	2199	\N
300828	41373	PR-4X6-MT	4x6 Matte Print	12	29	\N
300829	41373	MT-8X10-BLK	8x10 Black Frame + Mat	1	2499	\N
300830	41374	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	\N
300831	41375	MAG-3X3-9	3x3 Photo Magnets (9 pack)	3	1599	882209
300832	41376	BL-50X60	50x60 Fleece Photo Blanket	1	5999	882209
300833	41376	CV-11X14	11x14 Canvas Print	1	4499	882210
300834	41376	PR-4X6-GL	4x6 Glossy Print	24	29	882211
300835	41376	PR-5X7-GL	5x7 Glossy Print	100	99	882203
300836	41377	PZ-252	252-piece Photo Puzzle	2	2799	882211
300837	41377	PR-4X6-MT	4x6 Matte Print	36	29	882204
300838	41377	AC-8X12	8x12 Metal Print	1	3999	882213
300839	41378	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	882203
300840	41379	PR-4X6-GL	4x6 Glossy Print	100	29	882204
300841	41379	PR-4X6-MT	4x6 Matte Print	24	29	882205
300842	41379	PB-8X8-HC	8x8 Hardcover Photo Book	3	2999	882208
300843	41379	PZ-252	252-piece Photo Puzzle	1	2799	882211
300844	41380	CV-16X20	16x20 Canvas Print	3	6999	882236
300845	41380	PZ-252	252-piece Photo Puzzle	1	2799	882219
300846	41380	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	2	3499	882220
300847	41381	AC-8X12	8x12 Metal Print	1	3999	882231
300848	41382	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	882222
300849	41382	PR-8X10-LU	8x10 Lustre Print	1	399	882236
300850	41382	PZ-252	252-piece Photo Puzzle	1	2799	882238
300851	41383	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	882259
300852	41384	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	882271
300853	41385	PR-8X10-LU	8x10 Lustre Print	2	399	882268
300854	41385	PR-5X7-GL	5x7 Glossy Print	100	99	882271
300855	41386	AC-8X12	8x12 Metal Print	3	3999	882282
300856	41386	PR-8X10-LU	8x10 Lustre Print	1	399	882272
300857	41386	BL-50X60	50x60 Fleece Photo Blanket	1	5999	882282
300858	41387	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	882301
300859	41387	PB-8X8-HC	8x8 Hardcover Photo Book	3	2999	882296
300860	41387	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	2	3499	882289
300861	41388	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	882307
300862	41388	PB-8X8-HC	8x8 Hardcover Photo Book	3	2999	882303
300863	41389	PB-8X8-HC	8x8 Hardcover Photo Book	2	2999	882324
300864	41390	CAL-WALL-24	2025 Wall Calendar	1	2199	882315
300865	41391	PR-4X6-GL	4x6 Glossy Print	100	29	882343
300866	41392	MAG-3X3-9	3x3 Photo Magnets (9 pack)	1	1599	882331
300867	41393	MG-11OZ-W	11oz White Photo Mug	1	1499	882344
300868	41393	AC-8X12	8x12 Metal Print	1	3999	882339
300869	41394	PR-4X6-GL	4x6 Glossy Print	12	29	882339
300870	41394	BL-50X60	50x60 Fleece Photo Blanket	1	5999	882333
300871	41394	CV-16X20	16x20 Canvas Print	3	6999	882338
300872	41394	CV-16X20	16x20 Canvas Print	1	6999	882339
300873	41395	MG-11OZ-W	11oz White Photo Mug	1	1499	882345
300874	41395	PZ-252	252-piece Photo Puzzle	3	2799	882340
300875	41396	PR-5X7-GL	5x7 Glossy Print	24	99	882348
300876	41396	PR-4X6-GL	4x6 Glossy Print	100	29	882352
300877	41397	PR-4X6-GL	4x6 Glossy Print	60	29	882357
300878	41397	CV-11X14	11x14 Canvas Print	1	4499	882352
300879	41397	PZ-252	252-piece Photo Puzzle	1	2799	882352
300880	41398	CV-11X14	11x14 Canvas Print	3	4499	882349
300881	41399	CV-16X20	16x20 Canvas Print	1	6999	882363
300882	41400	CV-11X14	11x14 Canvas Print	1	4499	882362
300883	41400	MT-8X10-BLK	8x10 Black Frame + Mat	2	2499	882364
300884	41401	BL-50X60	50x60 Fleece Photo Blanket	1	5999	882362
300885	41401	BL-50X60	50x60 Fleece Photo Blanket	1	5999	882360
300886	41402	PR-5X7-GL	5x7 Glossy Print	48	99	882381
300887	41402	PR-4X6-MT	4x6 Matte Print	100	29	882374
300888	41403	AC-8X12	8x12 Metal Print	3	3999	882379
300889	41403	PB-8X8-HC	8x8 Hardcover Photo Book	3	2999	882378
300890	41403	CV-11X14	11x14 Canvas Print	3	4499	882376
300891	41404	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	3	3499	882367
300892	41405	PR-4X6-MT	4x6 Matte Print	48	29	882374
300893	41405	PB-8X8-HC	8x8 Hardcover Photo Book	2	2999	882377
300894	41405	PB-8X8-HC	8x8 Hardcover Photo Book	1	2999	882368
300895	41405	PR-8X10-LU	8x10 Lustre Print	1	399	882372
300896	41406	CD-5X7-HOL	5x7 Holiday Card (pack of 25)	1	3499	882367
300897	41407	PR-4X6-GL	4x6 Glossy Print	12	29	882372
300898	41407	PR-8X10-LU	8x10 Lustre Print	1	399	882382
300899	41408	CV-11X14	11x14 Canvas Print	1	4499	882369
300900	41408	MG-11OZ-W	11oz White Photo Mug	1	1499	882371
300901	41409	CV-16X20	16x20 Canvas Print	1	6999	882387
300902	41410	AC-8X12	8x12 Metal Print	1	3999	882387
300903	41411	AC-8X12	8x12 Metal Print	1	3999	882389
300904	41412	BL-50X60	50x60 Fleece Photo Blanket	1	5999	882446
300905	41413	AC-8X12	8x12 Metal Print	3	3999	882433
300906	41413	CAL-WALL-24	2025 Wall Calendar	1	2199	882452
300907	41414	CAL-WALL-24	2025 Wall Calendar	3	2199	882461
300908	41414	PR-4X6-GL	4x6 Glossy Print	48	29	882468
300909	41415	PZ-252	252-piece Photo Puzzle	3	2799	882468
300910	41415	MAG-3X3-9	3x3 Photo Magnets (9 pack)	3	1599	882466
300911	41415	PZ-252	252-piece Photo Puzzle	2	2799	882462
300912	41416	PZ-252	252-piece Photo Puzzle	3	2799	882465
300913	41416	AC-8X12	8x12 Metal Print	1	3999	882457
300914	41417	PB-11X8-LF	11x8 Layflat Photo Book	3	5499	882459
300915	41417	PB-11X8-LF	11x8 Layflat Photo Book	1	5499	882463
300916	41418	CV-16X20	16x20 Canvas Print	1	6999	882459
\.


--
-- Name: users_id_seq; Type: SEQUENCE SET; Schema: public; Owner: snapwell_app
--

SELECT pg_catalog.setval('public.users_id_seq', 160, true);


--
-- Name: shipping_addresses_id_seq; Type: SEQUENCE SET; Schema: public; Owner: snapwell_app
--

SELECT pg_catalog.setval('public.shipping_addresses_id_seq', 1190, true);


--
-- Name: albums_id_seq; Type: SEQUENCE SET; Schema: public; Owner: snapwell_app
--

SELECT pg_catalog.setval('public.albums_id_seq', 5277, true);


--
-- Name: photos_id_seq; Type: SEQUENCE SET; Schema: public; Owner: snapwell_app
--

SELECT pg_catalog.setval('public.photos_id_seq', 882470, true);


--
-- Name: orders_id_seq; Type: SEQUENCE SET; Schema: public; Owner: snapwell_app
--

SELECT pg_catalog.setval('public.orders_id_seq', 41418, true);


--
-- Name: order_items_id_seq; Type: SEQUENCE SET; Schema: public; Owner: snapwell_app
--

SELECT pg_catalog.setval('public.order_items_id_seq', 300916, true);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: snapwell_app
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: shipping_addresses shipping_addresses_pkey; Type: CONSTRAINT; Schema: public; Owner: snapwell_app
--

ALTER TABLE ONLY public.shipping_addresses
    ADD CONSTRAINT shipping_addresses_pkey PRIMARY KEY (id);


--
-- Name: albums albums_pkey; Type: CONSTRAINT; Schema: public; Owner: snapwell_app
--

ALTER TABLE ONLY public.albums
    ADD CONSTRAINT albums_pkey PRIMARY KEY (id);


--
-- Name: photos photos_pkey; Type: CONSTRAINT; Schema: public; Owner: snapwell_app
--

ALTER TABLE ONLY public.photos
    ADD CONSTRAINT photos_pkey PRIMARY KEY (id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: snapwell_app
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: order_items order_items_pkey; Type: CONSTRAINT; Schema: public; Owner: snapwell_app
--

ALTER TABLE ONLY public.order_items
    ADD CONSTRAINT order_items_pkey PRIMARY KEY (id);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: public; Owner: snapwell_app
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_username_key; Type: CONSTRAINT; Schema: public; Owner: snapwell_app
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_username_key UNIQUE (username);


--
-- Name: orders_order_number_idx; Type: INDEX; Schema: public; Owner: snapwell_app
--

CREATE UNIQUE INDEX orders_order_number_idx ON public.orders USING btree (order_number);


--
-- Name: shipping_addresses shipping_addresses_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: snapwell_app
--

ALTER TABLE ONLY public.shipping_addresses
    ADD CONSTRAINT shipping_addresses_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: albums albums_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: snapwell_app
--

ALTER TABLE ONLY public.albums
    ADD CONSTRAINT albums_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: photos photos_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: snapwell_app
--

ALTER TABLE ONLY public.photos
    ADD CONSTRAINT photos_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: photos photos_album_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: snapwell_app
--

ALTER TABLE ONLY public.photos
    ADD CONSTRAINT photos_album_id_fkey FOREIGN KEY (album_id) REFERENCES public.albums(id) ON DELETE CASCADE;


--
-- Name: orders orders_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: snapwell_app
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: orders orders_shipping_address_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: snapwell_app
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_shipping_address_id_fkey FOREIGN KEY (shipping_address_id) REFERENCES public.shipping_addresses(id);


--
-- Name: order_items order_items_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: snapwell_app
--

ALTER TABLE ONLY public.order_items
    ADD CONSTRAINT order_items_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id);


--
-- Name: order_items order_items_photo_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: snapwell_app
--

ALTER TABLE ONLY public.order_items
    ADD CONSTRAINT order_items_photo_id_fkey FOREIGN KEY (photo_id) REFERENCES public.photos(id);


--
-- PostgreSQL database dump complete
--

