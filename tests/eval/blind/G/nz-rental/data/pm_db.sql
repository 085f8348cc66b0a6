--
-- PostgreSQL database dump
--

-- Dumped from database version 15.6
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

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: staff; Type: TABLE; Schema: public; Owner: harbourlets
--

CREATE TABLE public.staff (
    staff_id integer NOT NULL,
    first_name text NOT NULL,
    last_name text NOT NULL,
    email text NOT NULL,
    mobile text,
    username text NOT NULL,
    password_hash text NOT NULL,
    portal_role text DEFAULT 'manager'::text NOT NULL,
    last_login_at timestamp with time zone
);


ALTER TABLE public.staff OWNER TO harbourlets;

--
-- Name: owners; Type: TABLE; Schema: public; Owner: harbourlets
--

CREATE TABLE public.owners (
    owner_id integer NOT NULL,
    owner_type text NOT NULL,
    legal_name text NOT NULL,
    contact_first_name text,
    contact_last_name text,
    email text,
    phone text,
    postal_address text,
    disbursement_account text,
    ird_number text,
    gst_registered boolean DEFAULT false NOT NULL,
    management_fee_pct numeric(4,2) NOT NULL,
    created_at timestamp with time zone NOT NULL
);


ALTER TABLE public.owners OWNER TO harbourlets;

--
-- Name: properties; Type: TABLE; Schema: public; Owner: harbourlets
--

CREATE TABLE public.properties (
    property_id integer NOT NULL,
    property_ref text NOT NULL,
    owner_id integer NOT NULL,
    manager_id integer,
    street_address text NOT NULL,
    suburb text NOT NULL,
    city text NOT NULL,
    postcode character(4) NOT NULL,
    bedrooms smallint,
    bathrooms smallint,
    advertised_rent_weekly numeric(8,2),
    healthy_homes_compliant boolean DEFAULT false NOT NULL
);


ALTER TABLE public.properties OWNER TO harbourlets;

--
-- Name: tenancies; Type: TABLE; Schema: public; Owner: harbourlets
--

CREATE TABLE public.tenancies (
    tenancy_id integer NOT NULL,
    property_id integer NOT NULL,
    start_date date NOT NULL,
    end_date date,
    rent_weekly numeric(8,2) NOT NULL,
    bond_amount numeric(8,2) NOT NULL,
    bond_lodgement_no text,
    status text NOT NULL
);


ALTER TABLE public.tenancies OWNER TO harbourlets;

--
-- Name: tenants; Type: TABLE; Schema: public; Owner: harbourlets
--

CREATE TABLE public.tenants (
    tenant_id integer NOT NULL,
    first_name text NOT NULL,
    last_name text NOT NULL,
    preferred_name text,
    email text,
    mobile text,
    date_of_birth date,
    drivers_licence_no text,
    drivers_licence_version text,
    passport_no text,
    previous_address text,
    bond_refund_account text,
    emergency_contact_name text,
    emergency_contact_phone text,
    emergency_contact_relationship text,
    created_at timestamp with time zone NOT NULL
);


ALTER TABLE public.tenants OWNER TO harbourlets;

--
-- Name: tenancy_tenants; Type: TABLE; Schema: public; Owner: harbourlets
--

CREATE TABLE public.tenancy_tenants (
    tenancy_id integer NOT NULL,
    tenant_id integer NOT NULL,
    is_primary boolean DEFAULT false NOT NULL
);


ALTER TABLE public.tenancy_tenants OWNER TO harbourlets;

--
-- Name: guarantors; Type: TABLE; Schema: public; Owner: harbourlets
--

CREATE TABLE public.guarantors (
    guarantor_id integer NOT NULL,
    tenancy_id integer NOT NULL,
    tenant_id integer NOT NULL,
    full_name text NOT NULL,
    relationship text,
    email text,
    phone text,
    address text,
    date_of_birth date,
    drivers_licence_no text,
    employer text
);


ALTER TABLE public.guarantors OWNER TO harbourlets;

--
-- Name: rent_ledger; Type: TABLE; Schema: public; Owner: harbourlets
--

CREATE TABLE public.rent_ledger (
    entry_id bigint NOT NULL,
    tenancy_id integer NOT NULL,
    entry_date date NOT NULL,
    entry_type text NOT NULL,
    description text,
    debit numeric(10,2),
    credit numeric(10,2),
    balance numeric(10,2) NOT NULL,
    payer_name text,
    bank_reference text
);


ALTER TABLE public.rent_ledger OWNER TO harbourlets;

--
-- Data for Name: staff; Type: TABLE DATA; Schema: public; Owner: harbourlets
--

COPY public.staff (staff_id, first_name, last_name, email, mobile, username, password_hash, portal_role, last_login_at) FROM stdin;
1	Mikaere	Leota	mikaere.leota@harbourlets.co.nz	027 885 8818	mleota	$argon2id$v=19$m=65536,t=3,p=4$Y1m8Ke6OGMZh9hcmQWh1sc$wlm1CQG1J3PEoltyAM6vU5whTbxiC8JxKQp95chWSJq	admin	2024-06-21 21:06:30+12
2	Wiremu	Campbell	wiremu.campbell@harbourlets.co.nz	027 580 3275	wcampbell	$argon2id$v=19$m=65536,t=3,p=4$tGGYdsQI8qB38urKsbweAw$FT2k8gsHpuRF8IfmBEiGmPjZEXNYisNhEPZEZQ3xyc0	manager	2024-06-27 17:51:50+12
3	Lachlan	Wang	lachlan.wang@harbourlets.co.nz	022 856 0134	lwang	$argon2id$v=19$m=65536,t=3,p=4$oTVUhrI4bXjFB7qoV0uK1Y$7JKUHRCvVX5nqwt4XgexW0xX2OnNdTF2VTejVYh8UJ8	manager	2024-06-25 08:23:47+12
4	Ruby	Tipene	ruby.tipene@harbourlets.co.nz	0295061899	rtipene	$argon2id$v=19$m=65536,t=3,p=4$lzxu6Ba7m20zQvdNie1d6j$GDeFTQYz7eHH6sOZAcVrhF3LNDDLAeGm2hrXfODGYZW	manager	2024-06-03 22:50:15+12
5	Ngaio	Fa'amausili	ngaio.faamausili@harbourlets.co.nz	+64 21 585 5111	nfaamausili	$argon2id$v=19$m=65536,t=3,p=4$hBXL6Km4Yw11F77govPSQT$2FqhoZkGr0xXO3VXLdZteUM3ZBdWZbszsgpbrsaPH18	manager	2024-06-21 03:27:39+12
\.


--
-- Data for Name: owners; Type: TABLE DATA; Schema: public; Owner: harbourlets
--

COPY public.owners (owner_id, owner_type, legal_name, contact_first_name, contact_last_name, email, phone, postal_address, disbursement_account, ird_number, gst_registered, management_fee_pct, created_at) FROM stdin;
200	individual	Karen Clarke	Karen	Clarke	kclarke@xtra.co.nz	+64 21 715 1039	175 Kamo Road, Kensington, Whangārei 0112	01-0102-1740384-00	112-804-900	f	8.50	2017-09-18 21:07:37+12
201	company	Tōtara Rentals Ltd	Karen	Smith	accounts@totara.co.nz	022 667 6210	93 Te Okuroa Drive, Pāpāmoa, Tauranga 3118	06-0249-5965772-00	\N	t	8.00	2023-02-16 09:46:08+12
202	individual	George Li	George	Li	george75@yahoo.co.nz	027 266 7617	97 Aro Street, Te Aro, Wellington 6011	12-3233-4271227-50	113-891-513	t	8.50	2018-11-23 18:09:29+12
203	company	Bluefin Estates Ltd	Hemi	Tamihana	accounts@bluefin.co.nz	021 790 7262	129 Kāpiti Road, Paraparaumu, Kāpiti Coast 5032	03-0311-2073717-50	\N	t	9.00	2020-04-16 16:10:32+12
204	individual	Ngaio Chen	Ngaio	Chen	ngaio.chen@slingshot.co.nz	+64 27 644 0152	28 St George Street, Papatoetoe, Auckland 2025	12-3139-7366297-50	15-906-200	f	9.00	2019-02-21 12:41:05+12
205	individual	Anahera Kaur	Anahera	Kaur	anahera.kaur@xtra.co.nz	021 472 7465	1/65 Aro Street, Te Aro, Wellington 6011	06-0101-0321989-25	32-587-674	f	8.50	2022-01-22 12:13:19+12
206	individual	Wiremu Harris	Wiremu	Harris	wiremu.harris@gmail.com	027 239 3443	9/28 Clarence Street, Riccarton, Christchurch 8011	06-0193-4747126-50	142-114-895	t	9.00	2020-04-01 03:25:29+12
207	individual	Ana de Vries	Ana	de Vries	ana.devries@hotmail.com	022 359 1968	109 Surrey Crescent, Grey Lynn, Auckland 1021	03-0518-0471608-00	33-281-919	f	7.50	2019-12-21 06:23:48+12
208	individual	Lachlan Rāwiri	Lachlan	Rāwiri	lrawiri@gmail.com	0275184688	8/197 Dominion Road, Mount Eden, Auckland 1024	01-0242-2523533-02	39-738-562	f	8.00	2019-03-14 13:20:52+12
209	individual	Ying Stewart	Ying	Stewart	ying95@slingshot.co.nz	+64 22 618 5028	177 Rata Street, Henderson, Auckland 0612	03-0518-0583263-00	46-526-740	f	9.00	2021-08-20 15:22:01+12
210	company	Bluefin Estates Ltd	Daniel	Ngata	accounts@bluefin.co.nz	+64 21 258 8380	142 Tuarangi Road, Grey Lynn, Auckland 1021	01-0183-0969606-00	\N	t	9.00	2022-05-19 01:34:55+12
211	individual	Mele Singh	Mele	Singh	mele.singh@slingshot.co.nz	021 332 6150	87B Buick Street, Petone, Lower Hutt 5012	01-0813-4252803-00	50-927-792	t	8.00	2016-06-13 13:27:07+12
212	individual	Mele Tamihana	Mele	Tamihana	meletamihana@xtra.co.nz	+64 29 649 7610	148 Jackson Street, Petone, Lower Hutt 5012	03-0104-9366197-25	21-299-820	f	8.00	2016-09-17 09:55:17+12
213	individual	Sione Te Kani	Sione	Te Kani	stekani@slingshot.co.nz	+64 21 256 7375	70 Willis Street, Te Aro, Wellington 6011	12-3011-7954129-01	110-772-955	t	9.00	2021-02-12 01:11:23+12
214	individual	Ben Sharma	Ben	Sharma	ben.sharma25@slingshot.co.nz	029 461 3743	2 Taui Street, Ngongotahā, Rotorua 3010	12-3066-5270058-00	40-036-857	f	8.00	2022-12-07 23:06:18+12
215	individual	Tui Sharma	Tui	Sharma	tui82@xtra.co.nz	027 865 5093	5 North Road, North East Valley, Dunedin 9010	06-0985-3062651-01	98-026-258	t	8.50	2017-07-24 14:10:24+12
216	individual	Wei Tuilagi	Wei	Tuilagi	wtuilagi@gmail.com	0222347546	197 Te Atatū Road, Te Atatū Peninsula, Auckland 0610	02-0100-7373429-01	115-286-889	f	8.00	2018-09-23 23:03:49+12
217	individual	Kiri Fa'amausili	Kiri	Fa'amausili	kiri.faamausili58@slingshot.co.nz	021 246 0243	4/187 Kamo Road, Kensington, Whangārei 0112	06-0501-2278879-00	26-819-873	f	9.00	2020-05-24 06:28:46+12
218	individual	Craig Rāwiri	Craig	Rāwiri	crawiri@gmail.com	0298510915	100 Maunganui Road, Mount Maunganui, Tauranga 3116	03-0104-3562972-25	96-679-300	f	8.50	2021-02-06 20:41:47+12
219	individual	Tama Ngata	Tama	Ngata	tama96@orcon.net.nz	0216680985	145 Ghuznee Street, Te Aro, Wellington 6011	02-0528-6348507-00	72-115-716	f	8.50	2023-03-18 19:49:34+12
220	individual	Wiremu Walker	Wiremu	Walker	wiremu.walker@outlook.com	+64 27 851 3660	122 Te Okuroa Drive, Pāpāmoa, Tauranga 3118	06-0249-6549488-01	104-578-535	f	9.00	2022-04-05 10:56:56+12
221	company	Bluefin Estates Ltd	Mikaere	Fifita	accounts@bluefin.co.nz	029 127 3977	49 Riccarton Road, Riccarton, Christchurch 8011	02-0248-2862851-00	\N	t	9.00	2016-02-26 12:37:31+12
\.


--
-- Data for Name: properties; Type: TABLE DATA; Schema: public; Owner: harbourlets
--

COPY public.properties (property_id, property_ref, owner_id, manager_id, street_address, suburb, city, postcode, bedrooms, bathrooms, advertised_rent_weekly, healthy_homes_compliant) FROM stdin;
1	P0011	200	4	164 Kope Drive	Whakatāne	Whakatāne	3120	3	1	720.00	f
2	P0014	201	1	69C Shirley Road	Papatoetoe	Auckland	2025	4	1	600.00	t
3	P0017	202	4	83B Station Road	Ōtāhuhu	Auckland	1062	3	2	770.00	t
4	P0020	203	2	16 Karori Road	Karori	Wellington	6012	4	1	565.00	t
5	P0023	204	1	1/91 Wakefield Avenue	Sumner	Christchurch	8081	2	2	675.00	t
6	P0026	205	4	146C Kāpiti Road	Paraparaumu	Kāpiti Coast	5032	1	2	695.00	t
7	P0029	206	4	153 Karori Road	Karori	Wellington	6012	2	1	790.00	f
8	P0032	207	1	3/184 Kāpiti Road	Paraparaumu	Kāpiti Coast	5032	1	2	510.00	f
9	P0035	208	2	9/135 Maunganui Road	Mount Maunganui	Tauranga	3116	3	1	575.00	t
10	P0038	209	5	107 Karori Road	Karori	Wellington	6012	3	1	675.00	t
11	P0041	210	1	7/124 Tui Street	Māngere	Auckland	2022	5	1	845.00	t
12	P0044	211	4	5/192 Grey Street	Onehunga	Auckland	1061	3	2	790.00	f
13	P0047	212	1	137 Rewa Road	Te Atatū Peninsula	Auckland	0610	5	2	620.00	t
14	P0050	213	1	76B Esplanade	Sumner	Christchurch	8081	1	1	955.00	f
15	P0053	214	2	28 Station Road	Ōtāhuhu	Auckland	1062	4	1	935.00	t
16	P0056	215	5	7/142 Richmond Road	Grey Lynn	Auckland	1021	3	2	770.00	t
17	P0059	216	4	4/175 Bader Drive	Māngere	Auckland	2022	2	1	865.00	t
18	P0062	217	2	3/57 Kāpiti Road	Paraparaumu	Kāpiti Coast	5032	2	1	540.00	t
19	P0065	218	4	194 Bellwood Avenue	Mount Eden	Auckland	1024	3	2	470.00	t
20	P0068	219	1	110 Maunganui Road	Mount Maunganui	Tauranga	3116	2	2	580.00	t
21	P0071	220	4	13 Marine Parade	Mount Maunganui	Tauranga	3116	5	1	940.00	t
22	P0074	221	3	124 Taui Street	Ngongotahā	Rotorua	3010	3	1	530.00	t
23	P0077	205	3	121 Cuba Street	Te Aro	Wellington	6011	2	1	870.00	t
24	P0080	218	5	88 Domain Road	Pāpāmoa	Tauranga	3118	1	1	850.00	t
25	P0083	204	2	111 Rewa Road	Te Atatū Peninsula	Auckland	0610	3	2	925.00	f
26	P0086	206	4	12 Lincoln Road	Henderson	Auckland	0612	3	1	935.00	t
27	P0089	200	4	30C Esplanade	Sumner	Christchurch	8081	3	1	620.00	t
28	P0092	219	1	129 Mill Road	Kensington	Whangārei	0112	3	2	780.00	t
29	P0095	203	2	62 Selwyn Street	North East Valley	Dunedin	9010	4	1	890.00	t
30	P0098	216	3	164 Atkinson Avenue	Ōtāhuhu	Auckland	1062	1	1	710.00	f
\.


--
-- Data for Name: tenancies; Type: TABLE DATA; Schema: public; Owner: harbourlets
--

COPY public.tenancies (tenancy_id, property_id, start_date, end_date, rent_weekly, bond_amount, bond_lodgement_no, status) FROM stdin;
3001	1	2022-04-13	\N	720.00	2880.00	13773600	active
3002	2	2021-02-10	2023-08-16	540.00	2160.00	10817134	ended
3003	2	2023-09-24	\N	600.00	2400.00	14423266	active
3004	3	2021-07-25	2023-08-30	710.00	2840.00	23347932	ended
3005	3	2023-09-16	\N	770.00	3080.00	14574739	active
3006	4	2022-03-02	\N	565.00	2260.00	27627809	active
3007	5	2020-10-11	2023-09-29	635.00	2540.00	12985306	ended
3008	6	2022-01-05	2023-08-05	695.00	2780.00	16534524	ended
3009	7	2020-04-29	2022-12-29	790.00	3160.00	23474756	ended
3010	7	2023-02-03	\N	770.00	3080.00	23079375	active
3011	8	2021-11-16	2024-01-05	470.00	1880.00	13721553	ended
3012	9	2020-12-24	2022-03-18	535.00	2140.00	23557879	ended
3013	9	2022-04-12	\N	555.00	2220.00	10880511	active
3014	10	2021-04-09	2023-01-28	675.00	2700.00	12081509	ended
3015	11	2020-08-20	2022-01-22	845.00	3380.00	12591591	ended
3016	12	2021-08-23	2022-12-10	730.00	2920.00	10176336	ended
3017	13	2021-10-13	2024-03-14	580.00	2320.00	16360825	ended
3018	14	2020-08-27	2023-02-14	955.00	3820.00	12632472	ended
3019	14	2023-03-11	\N	955.00	3820.00	14304636	active
3020	15	2022-02-10	\N	915.00	3660.00	23866056	active
3021	16	2020-11-11	2022-12-14	770.00	3080.00	16041279	ended
3022	17	2022-01-27	2024-03-02	865.00	3460.00	10247498	ended
3023	18	2022-01-09	2023-01-04	500.00	2000.00	21148088	ended
3024	19	2021-08-12	2023-12-02	450.00	1800.00	21781493	ended
3025	20	2020-12-27	2022-01-22	560.00	2240.00	27727995	ended
3026	20	2022-02-09	\N	540.00	2160.00	12006740	active
3027	21	2021-08-19	2023-12-09	940.00	3760.00	28259469	ended
3028	22	2021-10-12	2023-11-24	490.00	1960.00	15511294	ended
3029	23	2021-08-29	2022-11-05	850.00	3400.00	16072455	ended
3030	23	2022-12-01	\N	830.00	3320.00	12187804	active
3031	24	2020-11-21	2022-10-28	850.00	3400.00	10148652	ended
3032	24	2022-11-06	\N	850.00	3400.00	27153139	active
3033	25	2020-10-22	2022-01-08	905.00	3620.00	29739043	ended
3034	26	2020-07-07	2023-02-14	915.00	3660.00	20306265	ended
3035	26	2023-03-06	\N	875.00	3500.00	15472359	active
3036	27	2022-02-27	2024-03-27	620.00	2480.00	23471613	ended
3037	28	2021-10-19	2023-11-06	740.00	2960.00	14680317	ended
3038	29	2020-05-04	2022-04-05	870.00	3480.00	25068324	ended
3039	29	2022-04-27	\N	850.00	3400.00	22022120	active
3040	30	2021-10-20	2023-03-05	650.00	2600.00	25994016	ended
\.


--
-- Data for Name: tenants; Type: TABLE DATA; Schema: public; Owner: harbourlets
--

COPY public.tenants (tenant_id, first_name, last_name, preferred_name, email, mobile, date_of_birth, drivers_licence_no, drivers_licence_version, passport_no, previous_address, bond_refund_account, emergency_contact_name, emergency_contact_phone, emergency_contact_relationship, created_at) FROM stdin;
5001	Moana	Rāwiri	\N	moana.rawiri21@orcon.net.nz	0215419613	2001-01-09	BS872855	305	\N	8/130 Landing Road, Whakatāne, Whakatāne 3120	03-0162-4314993-02	\N	\N	\N	2022-03-24 22:11:50+12
5002	Tui	Robinson	\N	trobinson@hotmail.com	+64 21 169 4252	1981-11-01	KS971041	234	\N	95 Western Road, Ngongotahā, Rotorua 3010	\N	Mikaere Robinson	027 282 5507	sister	2021-01-28 04:20:37+12
5003	Kiri	Robinson	\N	krobinson@hotmail.com	027 642 3821	1987-04-13	LM201193	169	\N	160 Maunganui Road, Mount Maunganui, Tauranga 3116	06-0101-3856369-25	Tane Sharma	+64 21 834 6106	friend	2021-01-29 04:50:15+12
5004	Isla	Sharma	\N	islasharma@gmail.com	021 445 1460	1997-01-20	WB207624	210	\N	184 Great South Road, Ōtāhuhu, Auckland 1062	06-0101-9446124-01	Sione Walker	0294996876	friend	2021-01-31 21:43:19+12
5005	William	Tamihana	\N	william.tamihana63@outlook.com	027 375 8297	1982-03-25	\N	\N	LC274623	200 Selwyn Street, North East Valley, Dunedin 9010	01-0102-7486603-00	James Harris	027 534 6825	brother	2023-08-31 00:49:58+12
5006	Jessica	Tamihana	\N	jtamihana@hotmail.com	021 171 6964	1967-02-06	DF066557	333	\N	23 Station Road, Ōtāhuhu, Auckland 1062	01-0242-0870033-01	\N	\N	\N	2023-09-04 01:36:13+12
5007	Jack	Ngata	\N	jack75@slingshot.co.nz	0299392225	1986-03-18	\N	\N	LB829553	74 Naylor Street, Hamilton East, Hamilton 3216	\N	Charlotte Clarke	0218667284	sister	2021-07-05 17:19:13+12
5008	Michelle	Patel	Mic	michellepatel@orcon.net.nz	022 726 5555	1966-09-08	PD667006	016	\N	20C Hall Road, Ngongotahā, Rotorua 3010	\N	\N	\N	\N	2023-09-06 03:29:54+12
5009	Ngaio	Thompson	\N	ngaio.thompson@outlook.com	+64 21 758 0210	1982-01-06	HD353344	053	\N	126 Coates Avenue, Ōrākei, Auckland 1071	12-3040-9959527-25	Isla Thompson	021 194 8757	sister	2022-02-07 23:13:45+12
5010	Rangi	Walker	\N	rangiwalker@icloud.com	0279798675	1982-09-26	CB455955	074	\N	35 Landing Road, Whakatāne, Whakatāne 3120	12-3233-3555836-00	\N	\N	\N	2020-09-22 12:09:13+12
5011	Fiona	Anderson	\N	fiona.anderson@gmail.com	0274669483	1961-01-13	SK190881	115	\N	142 Nayland Street, Sumner, Christchurch 8081	06-0101-6042533-00	William Anderson	027 940 3012	partner	2021-12-24 20:56:52+12
5012	George	Thompson	\N	george.thompson@hotmail.com	0216200721	1987-03-17	PF817991	074	\N	53 Maunganui Road, Mount Maunganui, Tauranga 3116	\N	Anahera Thompson	027 875 7058	father	2020-03-29 22:44:02+12
5013	Tane	Thompson	\N	tane.thompson22@orcon.net.nz	027 504 4692	1962-11-27	FM259767	242	\N	6/19 Rimu Road, Paraparaumu, Kāpiti Coast 5032	12-3040-7335087-01	\N	\N	\N	2020-04-01 07:04:57+12
5014	Amelia	Chen	\N	amelia.chen43@outlook.com	021 912 4716	1988-03-18	GK061463	098	\N	7 Nayland Street, Sumner, Christchurch 8081	\N	\N	\N	\N	2020-04-05 07:53:01+12
5015	Oliver	Wang	\N	oliver.wang@slingshot.co.nz	027 348 8936	1967-10-18	LP823591	195	\N	169 Dominion Road, Mount Eden, Auckland 1024	12-3191-6157038-50	Karen Chen	027 466 5821	sister	2023-01-22 21:57:15+12
5016	Mei	Wang	\N	mwang@yahoo.co.nz	0278410880	1968-04-20	NK488944	254	\N	48 Summer Street, Ponsonby, Auckland 1011	02-0192-6347307-02	\N	\N	\N	2023-01-18 19:49:28+12
5017	Wei	Harris	\N	wharris@gmail.com	+64 21 901 2060	1977-02-13	EA428098	260	\N	84 Jackson Street, Petone, Lower Hutt 5012	06-0101-2617368-50	\N	\N	\N	2021-11-09 00:57:15+12
5018	Jack	Harris	\N	jack6@icloud.com	+64 29 914 3661	2003-04-23	HG797850	300	\N	10/192 Grey Street, Onehunga, Auckland 1061	\N	\N	\N	\N	2021-11-03 01:29:16+12
5019	Karen	Tipene	\N	karentipene@gmail.com	027 681 0664	1962-12-29	MK455385	263	\N	11/66 Constable Street, Newtown, Wellington 6021	03-1702-3577386-01	\N	\N	\N	2020-12-06 19:11:21+12
5020	Tevita	Campbell	\N	tcampbell@gmail.com	027 682 3155	1984-05-12	DH838126	382	\N	12/28 Norwood Street, North East Valley, Dunedin 9010	03-1702-3172928-25	\N	\N	\N	2020-12-07 02:27:58+12
5021	Jack	Rāwiri	\N	jack54@gmail.com	027 635 2039	1993-05-17	JT789690	102	\N	73B Kāpiti Road, Paraparaumu, Kāpiti Coast 5032	\N	\N	\N	\N	2022-03-24 18:29:58+12
5022	Hine	Zhang	\N	hine.zhang@yahoo.co.nz	027 204 5847	1988-05-21	PS257871	171	\N	8/87 Marine Parade, Mount Maunganui, Tauranga 3116	12-3191-2739257-00	Rajesh Zhang	+64 27 729 9515	partner	2022-03-29 13:52:44+12
5023	Wiremu	Walker	Wir	wiremu.walker93@icloud.com	+64 29 196 1632	1992-12-21	\N	\N	LC098525	58 Daniell Street, Newtown, Wellington 6021	\N	Mikaere Walker	029 596 7883	sister	2022-03-25 15:29:02+12
5024	Tama	Tuilagi	\N	tama.tuilagi@gmail.com	+64 27 176 5744	1984-09-30	NM345094	288	\N	41 Lincoln Road, Henderson, Auckland 0612	\N	Ying Tuilagi	027 401 7898	friend	2021-03-19 09:24:58+12
5025	Charlotte	Thompson	Cha	charlottethompson@outlook.com	+64 22 362 3688	1993-01-28	\N	\N	RA066513	11/58 Mill Road, Kensington, Whangārei 0112	12-3139-0942696-00	\N	\N	\N	2021-03-19 07:56:01+12
5026	Lachlan	de Vries	\N	lachlan.devries80@yahoo.co.nz	+64 29 345 0240	1987-04-22	NA171828	148	\N	80 Mazengarb Road, Paraparaumu, Kāpiti Coast 5032	\N	\N	\N	\N	2020-08-01 14:46:05+12
5027	Priya	Stewart	\N	priya.stewart89@orcon.net.nz	+64 27 906 3987	1980-11-02	FC272376	205	\N	7 Te Atatū Road, Te Atatū Peninsula, Auckland 0610	02-0528-3163377-02	\N	\N	\N	2021-08-20 22:46:22+12
5028	Lachlan	Horomona	Lac	lachlan39@slingshot.co.nz	021 725 7020	1961-04-07	JB541377	258	\N	168B Willis Street, Te Aro, Wellington 6011	\N	Oliver Campbell	0277703605	friend	2021-08-18 21:32:53+12
5029	Oliver	Havili	\N	oliver.havili@yahoo.co.nz	021 267 8479	1966-06-23	MT503423	133	\N	139 Ōtuataua Road, Māngere, Auckland 2022	02-0528-0895471-00	Jessica Havili	021 243 9713	father	2021-08-15 18:05:48+12
5030	Noah	Leota	\N	noah97@hotmail.com	021 201 7857	2003-11-13	\N	\N	LA072399	1/40 St George Street, Papatoetoe, Auckland 2025	06-0193-3741621-50	\N	\N	\N	2021-10-04 01:32:54+12
5031	Michelle	Sharma	\N	michellesharma@xtra.co.nz	027 637 0521	1963-09-07	EF649226	210	\N	188 Ponsonby Road, Ponsonby, Auckland 1011	03-0162-4853436-25	Ngaio Van der Merwe	0218825740	partner	2021-10-09 17:00:27+12
5032	Ying	Brown	\N	ybrown@xtra.co.nz	027 327 4724	1973-06-07	\N	\N	LC478720	174 Grey Street, Onehunga, Auckland 1061	12-3191-0088714-00	Sione Brown	022 434 4144	sister	2021-10-05 19:36:39+12
5033	Kiri	Robinson	\N	krobinson@slingshot.co.nz	021 683 5829	1979-02-07	JG962108	160	\N	2/103 Daniell Street, Newtown, Wellington 6021	\N	Tane Kaur	0275374561	partner	2020-07-26 13:09:06+12
5034	Moana	Li	Moa	moana.li68@gmail.com	0273372350	1977-12-09	\N	\N	LA336008	148 Matai Street East, Riccarton, Christchurch 8011	01-0242-0225755-02	\N	\N	\N	2020-07-31 15:49:51+12
5035	Rajesh	Kim	\N	rajesh.kim47@orcon.net.nz	0213891855	1987-02-20	AD313151	152	\N	2/135 Clarence Street, Riccarton, Christchurch 8011	\N	\N	\N	\N	2023-02-14 01:14:03+12
5036	Ying	Kim	\N	ykim@gmail.com	+64 22 142 5535	1995-11-10	KJ255509	171	\N	6B Rewa Road, Te Atatū Peninsula, Auckland 0610	01-0154-9994394-02	\N	\N	\N	2023-02-20 00:10:33+12
5037	Charlotte	Pōmare	\N	charlotte19@yahoo.co.nz	029 430 1253	1984-09-19	HA280127	237	\N	162 Jackson Street, Petone, Lower Hutt 5012	02-0528-8163705-50	Emma McDonald	0216232666	mother	2022-02-03 11:25:28+12
5038	Mele	Zhang	\N	mele.zhang58@hotmail.com	027 103 8807	1982-02-26	\N	\N	LA495602	195C Daniell Street, Newtown, Wellington 6021	02-0100-5201459-00	Harpreet Zhang	+64 27 832 9969	partner	2020-10-23 02:17:36+12
5039	Sophie	Horomona	\N	shoromona@xtra.co.nz	022 813 7355	2004-06-16	\N	\N	LC109461	1 Rewa Road, Te Atatū Peninsula, Auckland 0610	\N	Ben Mackenzie	027 567 6322	mother	2021-12-29 15:19:45+12
5040	Hemi	Horomona	\N	hemi.horomona@gmail.com	+64 29 781 3986	1971-06-25	SE208022	141	\N	59 Atkinson Avenue, Ōtāhuhu, Auckland 1062	\N	\N	\N	\N	2021-12-27 16:02:23+12
5041	Rajesh	Chen	Raj	rajesh98@orcon.net.nz	021 419 3279	1974-06-23	\N	\N	LB874812	7/166 Clarence Street, Riccarton, Christchurch 8011	02-0108-0876506-00	\N	\N	\N	2021-12-25 01:34:26+12
5042	Jessica	Chen	\N	jessica43@hotmail.com	+64 22 812 9881	1984-02-09	RJ864385	048	\N	7/42 Norwood Street, North East Valley, Dunedin 9010	\N	\N	\N	\N	2021-12-23 01:02:50+12
5043	Sophie	Williams	\N	sophie.williams52@hotmail.com	029 238 0993	1999-12-06	HS647597	127	\N	112 Riccarton Road, Riccarton, Christchurch 8011	12-3040-1350287-02	Arjun Williams	027 110 1428	sister	2021-12-27 00:36:23+12
5044	Stephen	Walker	\N	stephen78@gmail.com	029 141 4275	1988-04-12	BT798330	376	\N	197 Marine Parade, Mount Maunganui, Tauranga 3116	\N	Tevita Kaur	021 354 8911	father	2021-07-13 06:43:55+12
5045	Fiona	Walker	Fio	fionawalker@outlook.com	0297272274	1988-11-13	RF583714	393	\N	7/31 North Road, North East Valley, Dunedin 9010	01-0183-0312962-25	Sophie Nguyen	0216202789	mother	2021-07-18 00:01:37+12
5046	Isla	Kaur	\N	isla.kaur@gmail.com	021 147 9630	1983-10-07	\N	\N	LB693613	76A Hall Road, Ngongotahā, Rotorua 3010	01-0295-3888552-00	Emma Brown	027 751 3259	mother	2020-12-05 07:37:13+12
5047	Karen	Kaur	Kar	karenkaur@gmail.com	022 312 1710	1966-06-19	EW809138	213	\N	89 Te Okuroa Drive, Pāpāmoa, Tauranga 3118	12-3040-9245137-50	\N	\N	\N	2020-11-30 07:21:09+12
5048	Noah	Singh	\N	noah53@slingshot.co.nz	+64 29 433 1600	1966-03-11	ED852305	209	\N	214 Rewa Road, Te Atatū Peninsula, Auckland 0610	06-0193-7116340-00	Mere Rāwiri	027 974 0224	aunty	2022-01-14 22:33:50+12
5049	Rawiri	Singh	Raw	rawirisingh@gmail.com	+64 27 549 2042	1993-07-20	DE424158	079	\N	116 Kensington Avenue, Kensington, Whangārei 0112	06-0101-3814636-02	\N	\N	\N	2022-01-15 22:03:10+12
5050	Manaia	Nguyen	\N	mnguyen@gmail.com	021 323 9426	1977-02-12	WD425043	016	\N	12/114 Britannia Street, Petone, Lower Hutt 5012	12-3233-1401044-25	\N	\N	\N	2021-08-09 17:42:12+12
5051	William	Herewini	\N	william.herewini63@yahoo.co.nz	021 451 9849	1978-02-02	PL248027	231	\N	123 Kamo Road, Kensington, Whangārei 0112	\N	Aroha Herewini	027 208 0675	brother	2021-09-12 22:03:37+12
5052	Tevita	Herewini	\N	tevita69@xtra.co.nz	+64 29 524 4124	1999-11-11	RE603806	158	\N	27 Marine Parade, Mount Maunganui, Tauranga 3116	03-0252-3719572-50	\N	\N	\N	2021-09-18 16:56:31+12
5053	Hannah	Fifita	Han	hannah18@yahoo.co.nz	027 570 4459	2000-04-14	BJ754740	165	\N	11/188 Riccarton Road, Riccarton, Christchurch 8011	\N	Jack Fraser	0278184371	mother	2021-08-12 22:02:44+12
5054	Isla	Nguyen	\N	isla.nguyen@icloud.com	029 152 5673	1985-02-07	FK493785	305	\N	12/127 Hall Road, Ngongotahā, Rotorua 3010	02-0528-2074614-01	\N	\N	\N	2021-08-11 20:00:56+12
5055	Ruby	Kim	\N	ruby.kim77@orcon.net.nz	+64 29 343 4556	1959-02-20	RM422907	292	\N	6/105 Coates Avenue, Ōrākei, Auckland 1071	03-0311-9190219-00	Kahu Parata	+64 22 279 1914	mother	2022-11-25 11:41:27+12
5056	Tui	Fa'amausili	\N	tui.faamausili48@gmail.com	021 299 9705	1983-10-21	CA523858	199	\N	191 Grey Street, Hamilton East, Hamilton 3216	\N	Mark Fa'amausili	029 815 9051	sister	2022-11-23 14:42:42+12
5057	Craig	Tipene	\N	craig.tipene@yahoo.co.nz	027 827 1902	2000-03-09	\N	\N	LC932150	67 North Road, North East Valley, Dunedin 9010	06-0985-7844338-00	James Tipene	027 900 6221	brother	2020-10-24 01:56:37+12
5058	Aroha	Horomona	\N	arohahoromona@slingshot.co.nz	0212155671	1987-11-22	\N	\N	LB274296	13 Arthur Street, Onehunga, Auckland 1061	01-0242-1496002-02	Tevita Horomona	021 787 7729	brother	2020-10-23 05:51:27+12
5059	Lachlan	Smith	\N	lachlansmith@yahoo.co.nz	029 688 8600	1974-12-03	DF511852	174	\N	146 Lincoln Road, Henderson, Auckland 0612	\N	\N	\N	\N	2022-10-23 15:10:23+12
5060	Olivia	Pōmare	\N	olivia.pomare@outlook.com	0279307263	1983-09-25	MC389791	252	\N	143B St George Street, Papatoetoe, Auckland 2025	03-0311-3689781-00	Mei Pōmare	021 496 3513	aunty	2020-10-09 14:37:22+12
5061	Jack	Kim	\N	jack.kim@hotmail.com	0271549495	1973-09-21	FJ006573	323	\N	2/87 Onehunga Mall, Onehunga, Auckland 1061	12-3107-9003563-01	\N	\N	\N	2020-10-12 17:06:42+12
5062	Jack	Wang	\N	jwang@outlook.com	0292196872	2004-09-19	FT960992	049	\N	5/76 Matai Street East, Riccarton, Christchurch 8011	12-3040-0225718-25	Anahera Wang	021 294 4032	friend	2020-06-19 12:46:19+12
5063	Liam	Wang	\N	liamwang@icloud.com	021 573 7014	1979-11-03	TK514173	117	\N	106B Lincoln Road, Henderson, Auckland 0612	06-0249-9276942-00	Kaia Smith	+64 27 594 2762	mother	2020-06-22 15:09:40+12
5064	Mark	Herewini	\N	mherewini@gmail.com	029 562 2622	1978-08-03	TS336036	209	\N	10 Richmond Road, Grey Lynn, Auckland 1021	12-3233-9598502-00	Liam Campbell	021 419 8667	brother	2023-02-19 03:49:38+12
5065	Anahera	O'Connor	\N	anaheraoconnor@outlook.com	021 913 2863	1979-06-18	\N	\N	LC781675	128 Wakefield Avenue, Sumner, Christchurch 8081	03-0252-0702746-25	\N	\N	\N	2023-02-15 23:05:17+12
5066	George	Walker	\N	george.walker@outlook.com	029 953 0203	1984-02-24	FM077218	245	\N	120 Franklin Road, Ponsonby, Auckland 1011	01-0154-5438347-00	Rebecca Walker	021 671 9180	aunty	2023-02-18 02:16:34+12
5067	Grace	Van der Merwe	Gra	grace14@xtra.co.nz	+64 21 119 4532	1974-12-08	\N	\N	LA560900	8/196 Dominion Road, Mount Eden, Auckland 1024	06-0249-3266189-01	\N	\N	\N	2022-02-01 19:37:49+12
5068	Mikaere	Smith	\N	mikaere95@yahoo.co.nz	0275956306	1995-02-27	CK852332	386	\N	105 Nayland Street, Sumner, Christchurch 8081	02-0108-5473408-25	Sione Clarke	029 283 4124	mother	2021-10-02 18:15:48+12
5069	Kaia	Patel	\N	kaia.patel@xtra.co.nz	022 699 5250	1995-05-15	\N	\N	LB386276	74A Franklin Road, Ponsonby, Auckland 1011	12-3040-2963972-25	Olivia Tuilagi	021 137 3106	sister	2020-04-30 08:20:11+12
5070	Jessica	O'Connor	\N	jessica4@orcon.net.nz	0215989554	1967-07-07	\N	\N	LA445302	153 Great North Road, Grey Lynn, Auckland 1021	12-3139-5988379-02	Rawiri Horomona	029 988 6388	partner	2022-04-09 01:33:47+12
5071	Grace	Te Kani	\N	grace.tekani58@outlook.com	+64 27 628 7632	1996-08-10	WD510441	088	\N	17 Mill Road, Kensington, Whangārei 0112	01-0506-0232132-01	\N	\N	\N	2022-04-11 04:43:13+12
5072	Tui	Singh	\N	tuisingh@outlook.com	029 351 8589	1977-10-15	BE118633	253	\N	54 Rathgar Road, Henderson, Auckland 0612	\N	Harpreet Van der Merwe	027 980 0076	brother	2021-10-05 15:40:27+12
5073	Tevita	Singh	\N	tevita55@slingshot.co.nz	022 475 1343	1962-02-21	DH635028	138	\N	165 Station Road, Ōtāhuhu, Auckland 1062	\N	Hannah Walker	029 445 8692	sister	2021-10-02 10:57:26+12
\.


--
-- Data for Name: tenancy_tenants; Type: TABLE DATA; Schema: public; Owner: harbourlets
--

COPY public.tenancy_tenants (tenancy_id, tenant_id, is_primary) FROM stdin;
3001	5001	t
3002	5002	t
3002	5003	f
3002	5004	f
3003	5005	t
3003	5006	f
3004	5007	t
3005	5008	t
3006	5009	t
3007	5010	t
3008	5011	t
3009	5012	t
3009	5013	f
3009	5014	f
3010	5015	t
3010	5016	f
3011	5017	t
3011	5018	f
3012	5019	t
3012	5020	f
3013	5021	t
3013	5022	f
3013	5023	f
3014	5024	t
3014	5025	f
3015	5026	t
3016	5027	t
3016	5028	f
3016	5029	f
3017	5030	t
3017	5031	f
3017	5032	f
3018	5033	t
3018	5034	f
3019	5035	t
3019	5036	f
3020	5037	t
3021	5038	t
3022	5039	t
3022	5040	f
3023	5041	t
3023	5042	f
3023	5043	f
3024	5044	t
3024	5045	f
3025	5046	t
3025	5047	f
3026	5048	t
3026	5049	f
3027	5050	t
3028	5051	t
3028	5052	f
3029	5053	t
3029	5054	f
3030	5055	t
3030	5056	f
3031	5057	t
3031	5058	f
3032	5059	t
3033	5060	t
3033	5061	f
3034	5062	t
3034	5063	f
3035	5064	t
3035	5065	f
3035	5066	f
3036	5067	t
3037	5068	t
3038	5069	t
3039	5070	t
3039	5071	f
3040	5072	t
3040	5073	f
\.


--
-- Data for Name: guarantors; Type: TABLE DATA; Schema: public; Owner: harbourlets
--

COPY public.guarantors (guarantor_id, tenancy_id, tenant_id, full_name, relationship, email, phone, address, date_of_birth, drivers_licence_no, employer) FROM stdin;
1	3007	5010	Moana Wilson	employer	moana57@slingshot.co.nz	027 659 2540	123 Mazengarb Road, Paraparaumu, Kāpiti Coast 5032	1971-01-26	WT902239	Spark
2	3008	5011	Fiona Anderson	parent	fiona54@hotmail.com	021 139 1442	11/128 Kōwhai Street, Ōtāhuhu, Auckland 1062	1977-01-21	TA707617	University of Auckland
3	3009	5012	Daniel Thompson	parent	danielcampbell@gmail.com	021 913 6866	173 Lincoln Road, Henderson, Auckland 0612	1966-05-10	MD785193	Downer NZ
4	3011	5017	Craig Harris	friend	craig49@gmail.com	0225489038	11/124 Campbell Street, Karori, Wellington 6012	1973-01-08	FH742062	Mitre 10
5	3013	5021	Liam Walker	employer	liamwalker@gmail.com	021 145 6099	182 Hall Road, Ngongotahā, Rotorua 3010	1956-11-08	SJ143961	self-employed
6	3018	5033	Tevita Robinson	parent	tevitafifita@yahoo.co.nz	021 911 7919	103 Kepa Road, Ōrākei, Auckland 1071	1973-08-06	CH666157	Fonterra
7	3023	5041	Tama Chen	parent	tama73@outlook.com	029 710 2504	3/50 Naylor Street, Hamilton East, Hamilton 3216	1966-06-21	FS349798	Te Whatu Ora
8	3024	5044	Liam Walker	employer	liam.devries84@outlook.com	021 270 5215	11/214 Rewa Road, Te Atatū Peninsula, Auckland 0610	1977-02-21	TD536115	self-employed
9	3025	5046	Tevita Kaur	relative	tevita.devries@gmail.com	027 455 7439	140 Kōwhai Street, Ōtāhuhu, Auckland 1062	1972-11-15	WM532123	Mitre 10
10	3026	5048	Mei Wilson	relative	meiwilson@yahoo.co.nz	021 477 3293	20 Donald Street, Karori, Wellington 6012	1961-09-06	JK830151	Air New Zealand
11	3030	5055	Ngaio Kim	parent	nrawiri@gmail.com	021 876 4562	91 Jackson Street, Petone, Lower Hutt 5012	1961-02-26	TH613788	Spark
12	3031	5057	Michelle Tipene	friend	michelle90@orcon.net.nz	021 888 8182	137 Jackson Street, Petone, Lower Hutt 5012	1966-01-27	WK934211	Mitre 10
13	3034	5062	Olivia Wang	friend	ovandermerwe@hotmail.com	021 119 5360	9/72 Matai Street East, Riccarton, Christchurch 8011	1955-09-14	GC919327	Fletcher Building
14	3036	5067	Rawiri Van der Merwe	relative	rawirismith@orcon.net.nz	+64 29 218 3932	81C Surrey Crescent, Grey Lynn, Auckland 1021	1977-02-10	NS570098	Fonterra
15	3037	5068	Noah Smith	parent	noah15@yahoo.co.nz	029 340 2136	87 Constable Street, Newtown, Wellington 6021	1980-03-31	DR266724	University of Auckland
16	3040	5072	George Patel	employer	george60@icloud.com	0299371222	60 Ghuznee Street, Te Aro, Wellington 6011	1983-08-25	MJ566796	Countdown
\.


--
-- Data for Name: rent_ledger; Type: TABLE DATA; Schema: public; Owner: harbourlets
--

COPY public.rent_ledger (entry_id, tenancy_id, entry_date, entry_type, description, debit, credit, balance, payer_name, bank_reference) FROM stdin;
900001	3001	2023-07-01	RENT_DUE	Rent 01/07 to 07/07	720.00	\N	-720.00	\N	\N
900002	3001	2023-07-01	PAYMENT	Automatic payment received	\N	720.00	0.00	M RĀWIRI	RENT P0011
900003	3001	2023-07-08	RENT_DUE	Rent 08/07 to 14/07	720.00	\N	-720.00	\N	\N
900004	3001	2023-07-11	PAYMENT	Automatic payment received	\N	720.00	0.00	M RĀWIRI	RENT P0011
900005	3001	2023-07-15	RENT_DUE	Rent 15/07 to 21/07	720.00	\N	-720.00	\N	\N
900006	3001	2023-07-18	PAYMENT	Automatic payment received	\N	720.00	0.00	M RĀWIRI	RENT P0011
900007	3001	2023-07-22	RENT_DUE	Rent 22/07 to 28/07	720.00	\N	-720.00	\N	\N
900008	3001	2023-07-24	PAYMENT	Automatic payment received	\N	720.00	0.00	M RĀWIRI	RENT P0011
900009	3001	2023-07-29	RENT_DUE	Rent 29/07 to 04/08	720.00	\N	-720.00	\N	\N
900010	3001	2023-08-01	PAYMENT	Automatic payment received	\N	720.00	0.00	M RĀWIRI	RENT P0011
900011	3001	2023-08-05	RENT_DUE	Rent 05/08 to 11/08	720.00	\N	-720.00	\N	\N
900012	3001	2023-08-07	PAYMENT	Automatic payment received	\N	720.00	0.00	M RĀWIRI	RENT P0011
900013	3001	2023-08-12	RENT_DUE	Rent 12/08 to 18/08	720.00	\N	-720.00	\N	\N
900014	3001	2023-08-14	PAYMENT	Automatic payment received	\N	720.00	0.00	M RĀWIRI	RENT P0011
900015	3001	2023-08-19	RENT_DUE	Rent 19/08 to 25/08	720.00	\N	-720.00	\N	\N
900016	3001	2023-08-20	PAYMENT	Automatic payment received	\N	720.00	0.00	M RĀWIRI	RENT P0011
900017	3001	2023-08-26	RENT_DUE	Rent 26/08 to 01/09	720.00	\N	-720.00	\N	\N
900018	3001	2023-08-26	PAYMENT	Automatic payment received	\N	720.00	0.00	M RĀWIRI	RENT P0011
900019	3001	2023-09-02	RENT_DUE	Rent 02/09 to 08/09	720.00	\N	-720.00	\N	\N
900020	3001	2023-09-02	PAYMENT	Automatic payment received	\N	720.00	0.00	M RĀWIRI	RENT P0011
900021	3001	2023-09-09	RENT_DUE	Rent 09/09 to 15/09	720.00	\N	-720.00	\N	\N
900022	3001	2023-09-12	PAYMENT	Automatic payment received	\N	720.00	0.00	M RĀWIRI	RENT P0011
900023	3001	2023-09-16	RENT_DUE	Rent 16/09 to 22/09	720.00	\N	-720.00	\N	\N
900024	3001	2023-09-16	PAYMENT	Automatic payment received	\N	720.00	0.00	M RĀWIRI	RENT P0011
900025	3001	2023-09-23	RENT_DUE	Rent 23/09 to 29/09	720.00	\N	-720.00	\N	\N
900026	3001	2023-09-24	PAYMENT	Automatic payment received	\N	720.00	0.00	M RĀWIRI	RENT P0011
900027	3001	2023-09-30	RENT_DUE	Rent 30/09 to 06/10	720.00	\N	-720.00	\N	\N
900028	3001	2023-09-30	PAYMENT	Automatic payment received	\N	720.00	0.00	M RĀWIRI	RENT P0011
900029	3001	2023-10-07	RENT_DUE	Rent 07/10 to 13/10	720.00	\N	-720.00	\N	\N
900030	3001	2023-10-07	PAYMENT	Automatic payment received	\N	620.00	-100.00	M RĀWIRI	RENT P0011
900031	3001	2023-10-14	RENT_DUE	Rent 14/10 to 20/10	720.00	\N	-820.00	\N	\N
900032	3001	2023-10-16	PAYMENT	Automatic payment received	\N	720.00	-100.00	M RĀWIRI	RENT P0011
900033	3001	2023-10-21	RENT_DUE	Rent 21/10 to 27/10	720.00	\N	-820.00	\N	\N
900034	3001	2023-10-21	PAYMENT	Automatic payment received	\N	720.00	-100.00	M RĀWIRI	RENT P0011
900035	3001	2023-10-28	RENT_DUE	Rent 28/10 to 03/11	720.00	\N	-820.00	\N	\N
900036	3001	2023-10-30	PAYMENT	Automatic payment received	\N	720.00	-100.00	M RĀWIRI	RENT P0011
900037	3001	2023-11-04	RENT_DUE	Rent 04/11 to 10/11	720.00	\N	-820.00	\N	\N
900038	3001	2023-11-06	PAYMENT	Automatic payment received	\N	720.00	-100.00	M RĀWIRI	RENT P0011
900039	3001	2023-11-11	RENT_DUE	Rent 11/11 to 17/11	720.00	\N	-820.00	\N	\N
900040	3001	2023-11-14	PAYMENT	Automatic payment received	\N	720.00	-100.00	M RĀWIRI	RENT P0011
900041	3001	2023-11-18	RENT_DUE	Rent 18/11 to 24/11	720.00	\N	-820.00	\N	\N
900042	3001	2023-11-21	PAYMENT	Automatic payment received	\N	720.00	-100.00	M RĀWIRI	RENT P0011
900043	3001	2023-11-25	RENT_DUE	Rent 25/11 to 01/12	720.00	\N	-820.00	\N	\N
900044	3001	2023-11-26	PAYMENT	Automatic payment received	\N	720.00	-100.00	M RĀWIRI	RENT P0011
900045	3001	2023-12-02	RENT_DUE	Rent 02/12 to 08/12	720.00	\N	-820.00	\N	\N
900046	3001	2023-12-05	PAYMENT	Automatic payment received	\N	720.00	-100.00	M RĀWIRI	RENT P0011
900047	3001	2023-12-09	RENT_DUE	Rent 09/12 to 15/12	720.00	\N	-820.00	\N	\N
900048	3001	2023-12-12	PAYMENT	Automatic payment received	\N	720.00	-100.00	M RĀWIRI	RENT P0011
900049	3001	2023-12-16	RENT_DUE	Rent 16/12 to 22/12	720.00	\N	-820.00	\N	\N
900050	3001	2023-12-16	PAYMENT	Automatic payment received	\N	720.00	-100.00	M RĀWIRI	RENT P0011
900051	3001	2023-12-23	RENT_DUE	Rent 23/12 to 29/12	720.00	\N	-820.00	\N	\N
900052	3001	2023-12-30	RENT_DUE	Rent 30/12 to 05/01	720.00	\N	-1540.00	\N	\N
900053	3001	2024-01-01	PAYMENT	Automatic payment received	\N	720.00	-820.00	M RĀWIRI	RENT P0011
900054	3001	2024-01-06	RENT_DUE	Rent 06/01 to 12/01	720.00	\N	-1540.00	\N	\N
900055	3001	2024-01-06	PAYMENT	Automatic payment received	\N	720.00	-820.00	M RĀWIRI	RENT P0011
900056	3001	2024-01-13	RENT_DUE	Rent 13/01 to 19/01	720.00	\N	-1540.00	\N	\N
900057	3001	2024-01-16	PAYMENT	Automatic payment received	\N	720.00	-820.00	M RĀWIRI	RENT P0011
900058	3001	2024-01-20	RENT_DUE	Rent 20/01 to 26/01	720.00	\N	-1540.00	\N	\N
900059	3001	2024-01-22	PAYMENT	Automatic payment received	\N	720.00	-820.00	M RĀWIRI	RENT P0011
900060	3001	2024-01-27	RENT_DUE	Rent 27/01 to 02/02	720.00	\N	-1540.00	\N	\N
900061	3001	2024-01-28	PAYMENT	Automatic payment received	\N	620.00	-920.00	M RĀWIRI	RENT P0011
900062	3001	2024-02-03	RENT_DUE	Rent 03/02 to 09/02	720.00	\N	-1640.00	\N	\N
900063	3001	2024-02-06	PAYMENT	Automatic payment received	\N	720.00	-920.00	M RĀWIRI	RENT P0011
900064	3001	2024-02-10	RENT_DUE	Rent 10/02 to 16/02	720.00	\N	-1640.00	\N	\N
900065	3001	2024-02-10	PAYMENT	Automatic payment received	\N	720.00	-920.00	M RĀWIRI	RENT P0011
900066	3001	2024-02-17	RENT_DUE	Rent 17/02 to 23/02	720.00	\N	-1640.00	\N	\N
900067	3001	2024-02-24	RENT_DUE	Rent 24/02 to 01/03	720.00	\N	-2360.00	\N	\N
900068	3001	2024-03-02	RENT_DUE	Rent 02/03 to 08/03	720.00	\N	-3080.00	\N	\N
900069	3001	2024-03-02	PAYMENT	Automatic payment received	\N	670.00	-2410.00	M RĀWIRI	RENT P0011
900070	3001	2024-03-09	RENT_DUE	Rent 09/03 to 15/03	720.00	\N	-3130.00	\N	\N
900071	3001	2024-03-12	PAYMENT	Automatic payment received	\N	620.00	-2510.00	M RĀWIRI	RENT P0011
900072	3001	2024-03-16	RENT_DUE	Rent 16/03 to 22/03	720.00	\N	-3230.00	\N	\N
900073	3001	2024-03-17	PAYMENT	Automatic payment received	\N	720.00	-2510.00	M RĀWIRI	RENT P0011
900074	3001	2024-03-23	RENT_DUE	Rent 23/03 to 29/03	720.00	\N	-3230.00	\N	\N
900075	3001	2024-03-23	PAYMENT	Automatic payment received	\N	720.00	-2510.00	M RĀWIRI	RENT P0011
900076	3001	2024-03-30	RENT_DUE	Rent 30/03 to 05/04	720.00	\N	-3230.00	\N	\N
900077	3001	2024-03-31	PAYMENT	Automatic payment received	\N	720.00	-2510.00	M RĀWIRI	RENT P0011
900078	3001	2024-04-06	RENT_DUE	Rent 06/04 to 12/04	720.00	\N	-3230.00	\N	\N
900079	3001	2024-04-06	PAYMENT	Automatic payment received	\N	720.00	-2510.00	M RĀWIRI	RENT P0011
900080	3001	2024-04-13	RENT_DUE	Rent 13/04 to 19/04	720.00	\N	-3230.00	\N	\N
900081	3001	2024-04-13	PAYMENT	Automatic payment received	\N	720.00	-2510.00	M RĀWIRI	RENT P0011
900082	3001	2024-04-20	RENT_DUE	Rent 20/04 to 26/04	720.00	\N	-3230.00	\N	\N
900083	3001	2024-04-22	PAYMENT	Automatic payment received	\N	720.00	-2510.00	M RĀWIRI	RENT P0011
900084	3001	2024-04-27	RENT_DUE	Rent 27/04 to 03/05	720.00	\N	-3230.00	\N	\N
900085	3001	2024-04-30	PAYMENT	Automatic payment received	\N	720.00	-2510.00	M RĀWIRI	RENT P0011
900086	3001	2024-05-04	RENT_DUE	Rent 04/05 to 10/05	720.00	\N	-3230.00	\N	\N
900087	3001	2024-05-04	PAYMENT	Automatic payment received	\N	720.00	-2510.00	M RĀWIRI	RENT P0011
900088	3001	2024-05-11	RENT_DUE	Rent 11/05 to 17/05	720.00	\N	-3230.00	\N	\N
900089	3001	2024-05-12	PAYMENT	Automatic payment received	\N	720.00	-2510.00	M RĀWIRI	RENT P0011
900090	3001	2024-05-18	RENT_DUE	Rent 18/05 to 24/05	720.00	\N	-3230.00	\N	\N
900091	3001	2024-05-19	PAYMENT	Automatic payment received	\N	720.00	-2510.00	M RĀWIRI	RENT P0011
900092	3001	2024-05-25	RENT_DUE	Rent 25/05 to 31/05	720.00	\N	-3230.00	\N	\N
900093	3001	2024-05-25	PAYMENT	Automatic payment received	\N	720.00	-2510.00	M RĀWIRI	RENT P0011
900094	3001	2024-06-01	RENT_DUE	Rent 01/06 to 07/06	720.00	\N	-3230.00	\N	\N
900095	3001	2024-06-02	PAYMENT	Automatic payment received	\N	720.00	-2510.00	M RĀWIRI	RENT P0011
900096	3001	2024-06-08	RENT_DUE	Rent 08/06 to 14/06	720.00	\N	-3230.00	\N	\N
900097	3001	2024-06-11	PAYMENT	Automatic payment received	\N	720.00	-2510.00	M RĀWIRI	RENT P0011
900098	3001	2024-06-15	RENT_DUE	Rent 15/06 to 21/06	720.00	\N	-3230.00	\N	\N
900099	3001	2024-06-17	PAYMENT	Automatic payment received	\N	720.00	-2510.00	M RĀWIRI	RENT P0011
900100	3001	2024-06-22	RENT_DUE	Rent 22/06 to 28/06	720.00	\N	-3230.00	\N	\N
900101	3001	2024-06-24	PAYMENT	Automatic payment received	\N	720.00	-2510.00	M RĀWIRI	RENT P0011
900102	3002	2023-07-01	RENT_DUE	Rent 01/07 to 07/07	540.00	\N	-540.00	\N	\N
900103	3002	2023-07-01	PAYMENT	Automatic payment received	\N	540.00	0.00	T ROBINSON	RENT P0014
900104	3002	2023-07-08	RENT_DUE	Rent 08/07 to 14/07	540.00	\N	-540.00	\N	\N
900105	3002	2023-07-09	PAYMENT	Automatic payment received	\N	490.00	-50.00	T ROBINSON	RENT P0014
900106	3002	2023-07-15	RENT_DUE	Rent 15/07 to 21/07	540.00	\N	-590.00	\N	\N
900107	3002	2023-07-17	PAYMENT	Automatic payment received	\N	440.00	-150.00	T ROBINSON	RENT P0014
900108	3002	2023-07-22	RENT_DUE	Rent 22/07 to 28/07	540.00	\N	-690.00	\N	\N
900109	3002	2023-07-22	PAYMENT	Automatic payment received	\N	540.00	-150.00	T ROBINSON	RENT P0014
900110	3002	2023-07-29	RENT_DUE	Rent 29/07 to 04/08	540.00	\N	-690.00	\N	\N
900111	3002	2023-07-30	PAYMENT	Automatic payment received	\N	540.00	-150.00	T ROBINSON	RENT P0014
900112	3002	2023-08-05	RENT_DUE	Rent 05/08 to 11/08	540.00	\N	-690.00	\N	\N
900113	3002	2023-08-08	PAYMENT	Automatic payment received	\N	540.00	-150.00	T ROBINSON	RENT P0014
900114	3002	2023-08-12	RENT_DUE	Rent 12/08 to 18/08	540.00	\N	-690.00	\N	\N
900115	3002	2023-08-15	PAYMENT	Automatic payment received	\N	440.00	-250.00	T ROBINSON	RENT P0014
900116	3003	2023-09-24	BOND	Bond lodged with Tenancy Services (14423266)	\N	2400.00	0.00	\N	\N
900117	3003	2023-09-24	RENT_DUE	Rent 24/09 to 30/09	600.00	\N	-600.00	\N	\N
900118	3003	2023-09-26	PAYMENT	Automatic payment received	\N	600.00	0.00	MSD/WINZ	RENT P0014
900119	3003	2023-10-01	RENT_DUE	Rent 01/10 to 07/10	600.00	\N	-600.00	\N	\N
900120	3003	2023-10-03	PAYMENT	Automatic payment received	\N	600.00	0.00	MSD/WINZ	RENT P0014
900121	3003	2023-10-08	RENT_DUE	Rent 08/10 to 14/10	600.00	\N	-600.00	\N	\N
900122	3003	2023-10-11	PAYMENT	Automatic payment received	\N	600.00	0.00	MSD/WINZ	RENT P0014
900123	3003	2023-10-15	RENT_DUE	Rent 15/10 to 21/10	600.00	\N	-600.00	\N	\N
900124	3003	2023-10-17	PAYMENT	Automatic payment received	\N	500.00	-100.00	MSD/WINZ	RENT P0014
900125	3003	2023-10-22	RENT_DUE	Rent 22/10 to 28/10	600.00	\N	-700.00	\N	\N
900126	3003	2023-10-24	PAYMENT	Automatic payment received	\N	600.00	-100.00	MSD/WINZ	RENT P0014
900127	3003	2023-10-29	RENT_DUE	Rent 29/10 to 04/11	600.00	\N	-700.00	\N	\N
900128	3003	2023-10-29	PAYMENT	Automatic payment received	\N	600.00	-100.00	MSD/WINZ	RENT P0014
900129	3003	2023-11-05	RENT_DUE	Rent 05/11 to 11/11	600.00	\N	-700.00	\N	\N
900130	3003	2023-11-08	PAYMENT	Automatic payment received	\N	550.00	-150.00	MSD/WINZ	RENT P0014
900131	3003	2023-11-12	RENT_DUE	Rent 12/11 to 18/11	600.00	\N	-750.00	\N	\N
900132	3003	2023-11-19	RENT_DUE	Rent 19/11 to 25/11	600.00	\N	-1350.00	\N	\N
900133	3003	2023-11-22	PAYMENT	Automatic payment received	\N	600.00	-750.00	MSD/WINZ	RENT P0014
900134	3003	2023-11-26	RENT_DUE	Rent 26/11 to 02/12	600.00	\N	-1350.00	\N	\N
900135	3003	2023-11-27	PAYMENT	Automatic payment received	\N	600.00	-750.00	MSD/WINZ	RENT P0014
900136	3003	2023-12-03	RENT_DUE	Rent 03/12 to 09/12	600.00	\N	-1350.00	\N	\N
900137	3003	2023-12-04	PAYMENT	Automatic payment received	\N	600.00	-750.00	MSD/WINZ	RENT P0014
900138	3003	2023-12-10	RENT_DUE	Rent 10/12 to 16/12	600.00	\N	-1350.00	\N	\N
900139	3003	2023-12-11	PAYMENT	Automatic payment received	\N	500.00	-850.00	MSD/WINZ	RENT P0014
900140	3003	2023-12-17	RENT_DUE	Rent 17/12 to 23/12	600.00	\N	-1450.00	\N	\N
900141	3003	2023-12-17	PAYMENT	Automatic payment received	\N	500.00	-950.00	MSD/WINZ	RENT P0014
900142	3003	2023-12-24	RENT_DUE	Rent 24/12 to 30/12	600.00	\N	-1550.00	\N	\N
900143	3003	2023-12-24	PAYMENT	Automatic payment received	\N	600.00	-950.00	MSD/WINZ	RENT P0014
900144	3003	2023-12-31	RENT_DUE	Rent 31/12 to 06/01	600.00	\N	-1550.00	\N	\N
900145	3003	2023-12-31	PAYMENT	Automatic payment received	\N	600.00	-950.00	MSD/WINZ	RENT P0014
900146	3003	2024-01-07	RENT_DUE	Rent 07/01 to 13/01	600.00	\N	-1550.00	\N	\N
900147	3003	2024-01-07	PAYMENT	Automatic payment received	\N	600.00	-950.00	MSD/WINZ	RENT P0014
900148	3003	2024-01-14	RENT_DUE	Rent 14/01 to 20/01	600.00	\N	-1550.00	\N	\N
900149	3003	2024-01-14	PAYMENT	Automatic payment received	\N	550.00	-1000.00	MSD/WINZ	RENT P0014
900150	3003	2024-01-21	RENT_DUE	Rent 21/01 to 27/01	600.00	\N	-1600.00	\N	\N
900151	3003	2024-01-23	PAYMENT	Automatic payment received	\N	600.00	-1000.00	MSD/WINZ	RENT P0014
900152	3003	2024-01-28	RENT_DUE	Rent 28/01 to 03/02	600.00	\N	-1600.00	\N	\N
900153	3003	2024-01-28	PAYMENT	Automatic payment received	\N	600.00	-1000.00	MSD/WINZ	RENT P0014
900154	3003	2024-02-04	RENT_DUE	Rent 04/02 to 10/02	600.00	\N	-1600.00	\N	\N
900155	3003	2024-02-06	PAYMENT	Automatic payment received	\N	600.00	-1000.00	MSD/WINZ	RENT P0014
900156	3003	2024-02-11	RENT_DUE	Rent 11/02 to 17/02	600.00	\N	-1600.00	\N	\N
900157	3003	2024-02-13	PAYMENT	Automatic payment received	\N	600.00	-1000.00	MSD/WINZ	RENT P0014
900158	3003	2024-02-18	RENT_DUE	Rent 18/02 to 24/02	600.00	\N	-1600.00	\N	\N
900159	3003	2024-02-19	PAYMENT	Automatic payment received	\N	600.00	-1000.00	MSD/WINZ	RENT P0014
900160	3003	2024-02-25	RENT_DUE	Rent 25/02 to 02/03	600.00	\N	-1600.00	\N	\N
900161	3003	2024-02-27	PAYMENT	Automatic payment received	\N	600.00	-1000.00	MSD/WINZ	RENT P0014
900162	3003	2024-03-03	RENT_DUE	Rent 03/03 to 09/03	600.00	\N	-1600.00	\N	\N
900163	3003	2024-03-03	PAYMENT	Automatic payment received	\N	600.00	-1000.00	MSD/WINZ	RENT P0014
900164	3003	2024-03-10	RENT_DUE	Rent 10/03 to 16/03	600.00	\N	-1600.00	\N	\N
900165	3003	2024-03-10	PAYMENT	Automatic payment received	\N	600.00	-1000.00	MSD/WINZ	RENT P0014
900166	3003	2024-03-17	RENT_DUE	Rent 17/03 to 23/03	600.00	\N	-1600.00	\N	\N
900167	3003	2024-03-17	PAYMENT	Automatic payment received	\N	600.00	-1000.00	MSD/WINZ	RENT P0014
900168	3003	2024-03-24	RENT_DUE	Rent 24/03 to 30/03	600.00	\N	-1600.00	\N	\N
900169	3003	2024-03-25	PAYMENT	Automatic payment received	\N	600.00	-1000.00	MSD/WINZ	RENT P0014
900170	3003	2024-03-31	RENT_DUE	Rent 31/03 to 06/04	600.00	\N	-1600.00	\N	\N
900171	3003	2024-04-01	PAYMENT	Automatic payment received	\N	600.00	-1000.00	MSD/WINZ	RENT P0014
900172	3003	2024-04-07	RENT_DUE	Rent 07/04 to 13/04	600.00	\N	-1600.00	\N	\N
900173	3003	2024-04-10	PAYMENT	Automatic payment received	\N	600.00	-1000.00	MSD/WINZ	RENT P0014
900174	3003	2024-04-14	RENT_DUE	Rent 14/04 to 20/04	600.00	\N	-1600.00	\N	\N
900175	3003	2024-04-15	PAYMENT	Automatic payment received	\N	600.00	-1000.00	MSD/WINZ	RENT P0014
900176	3003	2024-04-21	RENT_DUE	Rent 21/04 to 27/04	600.00	\N	-1600.00	\N	\N
900177	3003	2024-04-24	PAYMENT	Automatic payment received	\N	600.00	-1000.00	MSD/WINZ	RENT P0014
900178	3003	2024-04-28	RENT_DUE	Rent 28/04 to 04/05	600.00	\N	-1600.00	\N	\N
900179	3003	2024-04-29	PAYMENT	Automatic payment received	\N	600.00	-1000.00	MSD/WINZ	RENT P0014
900180	3003	2024-05-05	RENT_DUE	Rent 05/05 to 11/05	600.00	\N	-1600.00	\N	\N
900181	3003	2024-05-05	PAYMENT	Automatic payment received	\N	600.00	-1000.00	MSD/WINZ	RENT P0014
900182	3003	2024-05-12	RENT_DUE	Rent 12/05 to 18/05	600.00	\N	-1600.00	\N	\N
900183	3003	2024-05-13	PAYMENT	Automatic payment received	\N	600.00	-1000.00	MSD/WINZ	RENT P0014
900184	3003	2024-05-19	RENT_DUE	Rent 19/05 to 25/05	600.00	\N	-1600.00	\N	\N
900185	3003	2024-05-19	PAYMENT	Automatic payment received	\N	600.00	-1000.00	MSD/WINZ	RENT P0014
900186	3003	2024-05-26	RENT_DUE	Rent 26/05 to 01/06	600.00	\N	-1600.00	\N	\N
900187	3003	2024-05-29	PAYMENT	Automatic payment received	\N	600.00	-1000.00	MSD/WINZ	RENT P0014
900188	3003	2024-06-02	RENT_DUE	Rent 02/06 to 08/06	600.00	\N	-1600.00	\N	\N
900189	3003	2024-06-04	PAYMENT	Automatic payment received	\N	600.00	-1000.00	MSD/WINZ	RENT P0014
900190	3003	2024-06-09	RENT_DUE	Rent 09/06 to 15/06	600.00	\N	-1600.00	\N	\N
900191	3003	2024-06-11	PAYMENT	Automatic payment received	\N	600.00	-1000.00	MSD/WINZ	RENT P0014
900192	3003	2024-06-16	RENT_DUE	Rent 16/06 to 22/06	600.00	\N	-1600.00	\N	\N
900193	3003	2024-06-16	PAYMENT	Automatic payment received	\N	600.00	-1000.00	MSD/WINZ	RENT P0014
900194	3003	2024-06-23	RENT_DUE	Rent 23/06 to 29/06	600.00	\N	-1600.00	\N	\N
900195	3003	2024-06-23	PAYMENT	Automatic payment received	\N	600.00	-1000.00	MSD/WINZ	RENT P0014
900196	3004	2023-07-01	RENT_DUE	Rent 01/07 to 07/07	710.00	\N	-710.00	\N	\N
900197	3004	2023-07-03	PAYMENT	Automatic payment received	\N	710.00	0.00	J NGATA	RENT P0017
900198	3004	2023-07-08	RENT_DUE	Rent 08/07 to 14/07	710.00	\N	-710.00	\N	\N
900199	3004	2023-07-08	PAYMENT	Automatic payment received	\N	710.00	0.00	J NGATA	RENT P0017
900200	3004	2023-07-15	RENT_DUE	Rent 15/07 to 21/07	710.00	\N	-710.00	\N	\N
900201	3004	2023-07-22	RENT_DUE	Rent 22/07 to 28/07	710.00	\N	-1420.00	\N	\N
900202	3004	2023-07-23	PAYMENT	Automatic payment received	\N	660.00	-760.00	J NGATA	RENT P0017
900203	3004	2023-07-29	RENT_DUE	Rent 29/07 to 04/08	710.00	\N	-1470.00	\N	\N
900204	3004	2023-07-29	PAYMENT	Automatic payment received	\N	710.00	-760.00	J NGATA	RENT P0017
900205	3004	2023-08-05	RENT_DUE	Rent 05/08 to 11/08	710.00	\N	-1470.00	\N	\N
900206	3004	2023-08-08	PAYMENT	Automatic payment received	\N	710.00	-760.00	J NGATA	RENT P0017
900207	3004	2023-08-12	RENT_DUE	Rent 12/08 to 18/08	710.00	\N	-1470.00	\N	\N
900208	3004	2023-08-13	PAYMENT	Automatic payment received	\N	710.00	-760.00	J NGATA	RENT P0017
900209	3004	2023-08-19	RENT_DUE	Rent 19/08 to 25/08	710.00	\N	-1470.00	\N	\N
900210	3004	2023-08-20	PAYMENT	Automatic payment received	\N	710.00	-760.00	J NGATA	RENT P0017
900211	3004	2023-08-26	RENT_DUE	Rent 26/08 to 01/09	710.00	\N	-1470.00	\N	\N
900212	3004	2023-08-29	PAYMENT	Automatic payment received	\N	710.00	-760.00	J NGATA	RENT P0017
900213	3005	2023-09-16	BOND	Bond lodged with Tenancy Services (14574739)	\N	3080.00	0.00	\N	\N
900214	3005	2023-09-16	RENT_DUE	Rent 16/09 to 22/09	770.00	\N	-770.00	\N	\N
900215	3005	2023-09-16	PAYMENT	Automatic payment received	\N	770.00	0.00	M R PATEL	RENT P0017
900216	3005	2023-09-23	RENT_DUE	Rent 23/09 to 29/09	770.00	\N	-770.00	\N	\N
900217	3005	2023-09-26	PAYMENT	Automatic payment received	\N	770.00	0.00	M R PATEL	RENT P0017
900218	3005	2023-09-30	RENT_DUE	Rent 30/09 to 06/10	770.00	\N	-770.00	\N	\N
900219	3005	2023-09-30	PAYMENT	Automatic payment received	\N	770.00	0.00	M R PATEL	RENT P0017
900220	3005	2023-10-07	RENT_DUE	Rent 07/10 to 13/10	770.00	\N	-770.00	\N	\N
900221	3005	2023-10-09	PAYMENT	Automatic payment received	\N	770.00	0.00	M R PATEL	RENT P0017
900222	3005	2023-10-14	RENT_DUE	Rent 14/10 to 20/10	770.00	\N	-770.00	\N	\N
900223	3005	2023-10-14	PAYMENT	Automatic payment received	\N	770.00	0.00	M R PATEL	RENT P0017
900224	3005	2023-10-21	RENT_DUE	Rent 21/10 to 27/10	770.00	\N	-770.00	\N	\N
900225	3005	2023-10-23	PAYMENT	Automatic payment received	\N	770.00	0.00	M R PATEL	RENT P0017
900226	3005	2023-10-28	RENT_DUE	Rent 28/10 to 03/11	770.00	\N	-770.00	\N	\N
900227	3005	2023-10-29	PAYMENT	Automatic payment received	\N	770.00	0.00	M R PATEL	RENT P0017
900228	3005	2023-11-04	RENT_DUE	Rent 04/11 to 10/11	770.00	\N	-770.00	\N	\N
900229	3005	2023-11-04	PAYMENT	Automatic payment received	\N	770.00	0.00	M R PATEL	RENT P0017
900230	3005	2023-11-11	RENT_DUE	Rent 11/11 to 17/11	770.00	\N	-770.00	\N	\N
900231	3005	2023-11-14	PAYMENT	Automatic payment received	\N	770.00	0.00	M R PATEL	RENT P0017
900232	3005	2023-11-18	RENT_DUE	Rent 18/11 to 24/11	770.00	\N	-770.00	\N	\N
900233	3005	2023-11-18	PAYMENT	Automatic payment received	\N	670.00	-100.00	M R PATEL	RENT P0017
900234	3005	2023-11-25	RENT_DUE	Rent 25/11 to 01/12	770.00	\N	-870.00	\N	\N
900235	3005	2023-11-28	PAYMENT	Automatic payment received	\N	770.00	-100.00	M R PATEL	RENT P0017
900236	3005	2023-12-02	RENT_DUE	Rent 02/12 to 08/12	770.00	\N	-870.00	\N	\N
900237	3005	2023-12-02	PAYMENT	Automatic payment received	\N	720.00	-150.00	M R PATEL	RENT P0017
900238	3005	2023-12-09	RENT_DUE	Rent 09/12 to 15/12	770.00	\N	-920.00	\N	\N
900239	3005	2023-12-09	PAYMENT	Automatic payment received	\N	770.00	-150.00	M R PATEL	RENT P0017
900240	3005	2023-12-16	RENT_DUE	Rent 16/12 to 22/12	770.00	\N	-920.00	\N	\N
900241	3005	2023-12-16	PAYMENT	Automatic payment received	\N	770.00	-150.00	M R PATEL	RENT P0017
900242	3005	2023-12-23	RENT_DUE	Rent 23/12 to 29/12	770.00	\N	-920.00	\N	\N
900243	3005	2023-12-25	PAYMENT	Automatic payment received	\N	770.00	-150.00	M R PATEL	RENT P0017
900244	3005	2023-12-30	RENT_DUE	Rent 30/12 to 05/01	770.00	\N	-920.00	\N	\N
900245	3005	2024-01-02	PAYMENT	Automatic payment received	\N	770.00	-150.00	M R PATEL	RENT P0017
900246	3005	2024-01-06	RENT_DUE	Rent 06/01 to 12/01	770.00	\N	-920.00	\N	\N
900247	3005	2024-01-13	RENT_DUE	Rent 13/01 to 19/01	770.00	\N	-1690.00	\N	\N
900248	3005	2024-01-13	PAYMENT	Automatic payment received	\N	770.00	-920.00	M R PATEL	RENT P0017
900249	3005	2024-01-20	RENT_DUE	Rent 20/01 to 26/01	770.00	\N	-1690.00	\N	\N
900250	3005	2024-01-20	PAYMENT	Automatic payment received	\N	770.00	-920.00	M R PATEL	RENT P0017
900251	3005	2024-01-27	RENT_DUE	Rent 27/01 to 02/02	770.00	\N	-1690.00	\N	\N
900252	3005	2024-01-28	PAYMENT	Automatic payment received	\N	770.00	-920.00	M R PATEL	RENT P0017
900253	3005	2024-02-03	RENT_DUE	Rent 03/02 to 09/02	770.00	\N	-1690.00	\N	\N
900254	3005	2024-02-04	PAYMENT	Automatic payment received	\N	770.00	-920.00	M R PATEL	RENT P0017
900255	3005	2024-02-10	RENT_DUE	Rent 10/02 to 16/02	770.00	\N	-1690.00	\N	\N
900256	3005	2024-02-10	PAYMENT	Automatic payment received	\N	670.00	-1020.00	M R PATEL	RENT P0017
900257	3005	2024-02-17	RENT_DUE	Rent 17/02 to 23/02	770.00	\N	-1790.00	\N	\N
900258	3005	2024-02-18	PAYMENT	Automatic payment received	\N	770.00	-1020.00	M R PATEL	RENT P0017
900259	3005	2024-02-24	RENT_DUE	Rent 24/02 to 01/03	770.00	\N	-1790.00	\N	\N
900260	3005	2024-02-24	PAYMENT	Automatic payment received	\N	770.00	-1020.00	M R PATEL	RENT P0017
900261	3005	2024-03-02	RENT_DUE	Rent 02/03 to 08/03	770.00	\N	-1790.00	\N	\N
900262	3005	2024-03-09	RENT_DUE	Rent 09/03 to 15/03	770.00	\N	-2560.00	\N	\N
900263	3005	2024-03-09	PAYMENT	Automatic payment received	\N	770.00	-1790.00	M R PATEL	RENT P0017
900264	3005	2024-03-16	RENT_DUE	Rent 16/03 to 22/03	770.00	\N	-2560.00	\N	\N
900265	3005	2024-03-16	PAYMENT	Automatic payment received	\N	770.00	-1790.00	M R PATEL	RENT P0017
900266	3005	2024-03-23	RENT_DUE	Rent 23/03 to 29/03	770.00	\N	-2560.00	\N	\N
900267	3005	2024-03-30	RENT_DUE	Rent 30/03 to 05/04	770.00	\N	-3330.00	\N	\N
900268	3005	2024-03-31	PAYMENT	Automatic payment received	\N	770.00	-2560.00	M R PATEL	RENT P0017
900269	3005	2024-04-06	RENT_DUE	Rent 06/04 to 12/04	770.00	\N	-3330.00	\N	\N
900270	3005	2024-04-07	PAYMENT	Automatic payment received	\N	770.00	-2560.00	M R PATEL	RENT P0017
900271	3005	2024-04-13	RENT_DUE	Rent 13/04 to 19/04	770.00	\N	-3330.00	\N	\N
900272	3005	2024-04-15	PAYMENT	Automatic payment received	\N	770.00	-2560.00	M R PATEL	RENT P0017
900273	3005	2024-04-20	RENT_DUE	Rent 20/04 to 26/04	770.00	\N	-3330.00	\N	\N
900274	3005	2024-04-22	PAYMENT	Automatic payment received	\N	770.00	-2560.00	M R PATEL	RENT P0017
900275	3005	2024-04-27	RENT_DUE	Rent 27/04 to 03/05	770.00	\N	-3330.00	\N	\N
900276	3005	2024-04-28	PAYMENT	Automatic payment received	\N	770.00	-2560.00	M R PATEL	RENT P0017
900277	3005	2024-05-04	RENT_DUE	Rent 04/05 to 10/05	770.00	\N	-3330.00	\N	\N
900278	3005	2024-05-04	PAYMENT	Automatic payment received	\N	770.00	-2560.00	M R PATEL	RENT P0017
900279	3005	2024-05-11	RENT_DUE	Rent 11/05 to 17/05	770.00	\N	-3330.00	\N	\N
900280	3005	2024-05-13	PAYMENT	Automatic payment received	\N	770.00	-2560.00	M R PATEL	RENT P0017
900281	3005	2024-05-18	RENT_DUE	Rent 18/05 to 24/05	770.00	\N	-3330.00	\N	\N
900282	3005	2024-05-21	PAYMENT	Automatic payment received	\N	770.00	-2560.00	M R PATEL	RENT P0017
900283	3005	2024-05-25	RENT_DUE	Rent 25/05 to 31/05	770.00	\N	-3330.00	\N	\N
900284	3005	2024-06-01	RENT_DUE	Rent 01/06 to 07/06	770.00	\N	-4100.00	\N	\N
900285	3005	2024-06-03	PAYMENT	Automatic payment received	\N	770.00	-3330.00	M R PATEL	RENT P0017
900286	3005	2024-06-08	RENT_DUE	Rent 08/06 to 14/06	770.00	\N	-4100.00	\N	\N
900287	3005	2024-06-10	PAYMENT	Automatic payment received	\N	670.00	-3430.00	M R PATEL	RENT P0017
900288	3005	2024-06-15	RENT_DUE	Rent 15/06 to 21/06	770.00	\N	-4200.00	\N	\N
900289	3005	2024-06-16	PAYMENT	Automatic payment received	\N	770.00	-3430.00	M R PATEL	RENT P0017
900290	3005	2024-06-22	RENT_DUE	Rent 22/06 to 28/06	770.00	\N	-4200.00	\N	\N
900291	3005	2024-06-22	PAYMENT	Automatic payment received	\N	770.00	-3430.00	M R PATEL	RENT P0017
900292	3006	2023-07-01	RENT_DUE	Rent 01/07 to 07/07	565.00	\N	-565.00	\N	\N
900293	3006	2023-07-03	PAYMENT	Automatic payment received	\N	565.00	0.00	N THOMPSON	RENT P0020
900294	3006	2023-07-08	RENT_DUE	Rent 08/07 to 14/07	565.00	\N	-565.00	\N	\N
900295	3006	2023-07-10	PAYMENT	Automatic payment received	\N	565.00	0.00	N THOMPSON	RENT P0020
900296	3006	2023-07-15	RENT_DUE	Rent 15/07 to 21/07	565.00	\N	-565.00	\N	\N
900297	3006	2023-07-17	PAYMENT	Automatic payment received	\N	565.00	0.00	N THOMPSON	RENT P0020
900298	3006	2023-07-22	RENT_DUE	Rent 22/07 to 28/07	565.00	\N	-565.00	\N	\N
900299	3006	2023-07-22	PAYMENT	Automatic payment received	\N	565.00	0.00	N THOMPSON	RENT P0020
900300	3006	2023-07-29	RENT_DUE	Rent 29/07 to 04/08	565.00	\N	-565.00	\N	\N
900301	3006	2023-07-30	PAYMENT	Automatic payment received	\N	565.00	0.00	N THOMPSON	RENT P0020
900302	3006	2023-08-05	RENT_DUE	Rent 05/08 to 11/08	565.00	\N	-565.00	\N	\N
900303	3006	2023-08-08	PAYMENT	Automatic payment received	\N	565.00	0.00	N THOMPSON	RENT P0020
900304	3006	2023-08-12	RENT_DUE	Rent 12/08 to 18/08	565.00	\N	-565.00	\N	\N
900305	3006	2023-08-12	PAYMENT	Automatic payment received	\N	565.00	0.00	N THOMPSON	RENT P0020
900306	3006	2023-08-19	RENT_DUE	Rent 19/08 to 25/08	565.00	\N	-565.00	\N	\N
900307	3006	2023-08-22	PAYMENT	Automatic payment received	\N	565.00	0.00	N THOMPSON	RENT P0020
900308	3006	2023-08-26	RENT_DUE	Rent 26/08 to 01/09	565.00	\N	-565.00	\N	\N
900309	3006	2023-08-26	PAYMENT	Automatic payment received	\N	565.00	0.00	N THOMPSON	RENT P0020
900310	3006	2023-09-02	RENT_DUE	Rent 02/09 to 08/09	565.00	\N	-565.00	\N	\N
900311	3006	2023-09-04	PAYMENT	Automatic payment received	\N	465.00	-100.00	N THOMPSON	RENT P0020
900312	3006	2023-09-09	RENT_DUE	Rent 09/09 to 15/09	565.00	\N	-665.00	\N	\N
900313	3006	2023-09-11	PAYMENT	Automatic payment received	\N	565.00	-100.00	N THOMPSON	RENT P0020
900314	3006	2023-09-16	RENT_DUE	Rent 16/09 to 22/09	565.00	\N	-665.00	\N	\N
900315	3006	2023-09-16	PAYMENT	Automatic payment received	\N	565.00	-100.00	N THOMPSON	RENT P0020
900316	3006	2023-09-23	RENT_DUE	Rent 23/09 to 29/09	565.00	\N	-665.00	\N	\N
900317	3006	2023-09-26	PAYMENT	Automatic payment received	\N	565.00	-100.00	N THOMPSON	RENT P0020
900318	3006	2023-09-30	RENT_DUE	Rent 30/09 to 06/10	565.00	\N	-665.00	\N	\N
900319	3006	2023-10-02	PAYMENT	Automatic payment received	\N	565.00	-100.00	N THOMPSON	RENT P0020
900320	3006	2023-10-07	RENT_DUE	Rent 07/10 to 13/10	565.00	\N	-665.00	\N	\N
900321	3006	2023-10-10	PAYMENT	Automatic payment received	\N	565.00	-100.00	N THOMPSON	RENT P0020
900322	3006	2023-10-14	RENT_DUE	Rent 14/10 to 20/10	565.00	\N	-665.00	\N	\N
900323	3006	2023-10-16	PAYMENT	Automatic payment received	\N	565.00	-100.00	N THOMPSON	RENT P0020
900324	3006	2023-10-21	RENT_DUE	Rent 21/10 to 27/10	565.00	\N	-665.00	\N	\N
900325	3006	2023-10-24	PAYMENT	Automatic payment received	\N	565.00	-100.00	N THOMPSON	RENT P0020
900326	3006	2023-10-28	RENT_DUE	Rent 28/10 to 03/11	565.00	\N	-665.00	\N	\N
900327	3006	2023-10-31	PAYMENT	Automatic payment received	\N	565.00	-100.00	N THOMPSON	RENT P0020
900328	3006	2023-11-04	RENT_DUE	Rent 04/11 to 10/11	565.00	\N	-665.00	\N	\N
900329	3006	2023-11-06	PAYMENT	Automatic payment received	\N	565.00	-100.00	N THOMPSON	RENT P0020
900330	3006	2023-11-11	RENT_DUE	Rent 11/11 to 17/11	565.00	\N	-665.00	\N	\N
900331	3006	2023-11-13	PAYMENT	Automatic payment received	\N	565.00	-100.00	N THOMPSON	RENT P0020
900332	3006	2023-11-18	RENT_DUE	Rent 18/11 to 24/11	565.00	\N	-665.00	\N	\N
900333	3006	2023-11-20	PAYMENT	Automatic payment received	\N	565.00	-100.00	N THOMPSON	RENT P0020
900334	3006	2023-11-25	RENT_DUE	Rent 25/11 to 01/12	565.00	\N	-665.00	\N	\N
900335	3006	2023-11-27	PAYMENT	Automatic payment received	\N	565.00	-100.00	N THOMPSON	RENT P0020
900336	3006	2023-12-02	RENT_DUE	Rent 02/12 to 08/12	565.00	\N	-665.00	\N	\N
900337	3006	2023-12-02	PAYMENT	Automatic payment received	\N	565.00	-100.00	N THOMPSON	RENT P0020
900338	3006	2023-12-09	RENT_DUE	Rent 09/12 to 15/12	565.00	\N	-665.00	\N	\N
900339	3006	2023-12-09	PAYMENT	Automatic payment received	\N	565.00	-100.00	N THOMPSON	RENT P0020
900340	3006	2023-12-16	RENT_DUE	Rent 16/12 to 22/12	565.00	\N	-665.00	\N	\N
900341	3006	2023-12-17	PAYMENT	Automatic payment received	\N	565.00	-100.00	N THOMPSON	RENT P0020
900342	3006	2023-12-23	RENT_DUE	Rent 23/12 to 29/12	565.00	\N	-665.00	\N	\N
900343	3006	2023-12-24	PAYMENT	Automatic payment received	\N	565.00	-100.00	N THOMPSON	RENT P0020
900344	3006	2023-12-30	RENT_DUE	Rent 30/12 to 05/01	565.00	\N	-665.00	\N	\N
900345	3006	2023-12-31	PAYMENT	Automatic payment received	\N	565.00	-100.00	N THOMPSON	RENT P0020
900346	3006	2024-01-06	RENT_DUE	Rent 06/01 to 12/01	565.00	\N	-665.00	\N	\N
900347	3006	2024-01-08	PAYMENT	Automatic payment received	\N	565.00	-100.00	N THOMPSON	RENT P0020
900348	3006	2024-01-13	RENT_DUE	Rent 13/01 to 19/01	565.00	\N	-665.00	\N	\N
900349	3006	2024-01-13	PAYMENT	Automatic payment received	\N	465.00	-200.00	N THOMPSON	RENT P0020
900350	3006	2024-01-20	RENT_DUE	Rent 20/01 to 26/01	565.00	\N	-765.00	\N	\N
900351	3006	2024-01-23	PAYMENT	Automatic payment received	\N	565.00	-200.00	N THOMPSON	RENT P0020
900352	3006	2024-01-27	RENT_DUE	Rent 27/01 to 02/02	565.00	\N	-765.00	\N	\N
900353	3006	2024-01-28	PAYMENT	Automatic payment received	\N	565.00	-200.00	N THOMPSON	RENT P0020
900354	3006	2024-02-03	RENT_DUE	Rent 03/02 to 09/02	565.00	\N	-765.00	\N	\N
900355	3006	2024-02-05	PAYMENT	Automatic payment received	\N	565.00	-200.00	N THOMPSON	RENT P0020
900356	3006	2024-02-10	RENT_DUE	Rent 10/02 to 16/02	565.00	\N	-765.00	\N	\N
900357	3006	2024-02-13	PAYMENT	Automatic payment received	\N	565.00	-200.00	N THOMPSON	RENT P0020
900358	3006	2024-02-17	RENT_DUE	Rent 17/02 to 23/02	565.00	\N	-765.00	\N	\N
900359	3006	2024-02-18	PAYMENT	Automatic payment received	\N	565.00	-200.00	N THOMPSON	RENT P0020
900360	3006	2024-02-24	RENT_DUE	Rent 24/02 to 01/03	565.00	\N	-765.00	\N	\N
900361	3006	2024-02-24	PAYMENT	Automatic payment received	\N	515.00	-250.00	N THOMPSON	RENT P0020
900362	3006	2024-03-02	RENT_DUE	Rent 02/03 to 08/03	565.00	\N	-815.00	\N	\N
900363	3006	2024-03-02	PAYMENT	Automatic payment received	\N	465.00	-350.00	N THOMPSON	RENT P0020
900364	3006	2024-03-09	RENT_DUE	Rent 09/03 to 15/03	565.00	\N	-915.00	\N	\N
900365	3006	2024-03-09	PAYMENT	Automatic payment received	\N	565.00	-350.00	N THOMPSON	RENT P0020
900366	3006	2024-03-16	RENT_DUE	Rent 16/03 to 22/03	565.00	\N	-915.00	\N	\N
900367	3006	2024-03-23	RENT_DUE	Rent 23/03 to 29/03	565.00	\N	-1480.00	\N	\N
900368	3006	2024-03-26	PAYMENT	Automatic payment received	\N	565.00	-915.00	N THOMPSON	RENT P0020
900369	3006	2024-03-30	RENT_DUE	Rent 30/03 to 05/04	565.00	\N	-1480.00	\N	\N
900370	3006	2024-03-30	PAYMENT	Automatic payment received	\N	565.00	-915.00	N THOMPSON	RENT P0020
900371	3006	2024-04-06	RENT_DUE	Rent 06/04 to 12/04	565.00	\N	-1480.00	\N	\N
900372	3006	2024-04-09	PAYMENT	Automatic payment received	\N	565.00	-915.00	N THOMPSON	RENT P0020
900373	3006	2024-04-13	RENT_DUE	Rent 13/04 to 19/04	565.00	\N	-1480.00	\N	\N
900374	3006	2024-04-20	RENT_DUE	Rent 20/04 to 26/04	565.00	\N	-2045.00	\N	\N
900375	3006	2024-04-22	PAYMENT	Automatic payment received	\N	565.00	-1480.00	N THOMPSON	RENT P0020
900376	3006	2024-04-27	RENT_DUE	Rent 27/04 to 03/05	565.00	\N	-2045.00	\N	\N
900377	3006	2024-04-30	PAYMENT	Automatic payment received	\N	565.00	-1480.00	N THOMPSON	RENT P0020
900378	3006	2024-05-04	RENT_DUE	Rent 04/05 to 10/05	565.00	\N	-2045.00	\N	\N
900379	3006	2024-05-07	PAYMENT	Automatic payment received	\N	565.00	-1480.00	N THOMPSON	RENT P0020
900380	3006	2024-05-11	RENT_DUE	Rent 11/05 to 17/05	565.00	\N	-2045.00	\N	\N
900381	3006	2024-05-11	PAYMENT	Automatic payment received	\N	465.00	-1580.00	N THOMPSON	RENT P0020
900382	3006	2024-05-18	RENT_DUE	Rent 18/05 to 24/05	565.00	\N	-2145.00	\N	\N
900383	3006	2024-05-18	PAYMENT	Automatic payment received	\N	565.00	-1580.00	N THOMPSON	RENT P0020
900384	3006	2024-05-25	RENT_DUE	Rent 25/05 to 31/05	565.00	\N	-2145.00	\N	\N
900385	3006	2024-05-26	PAYMENT	Automatic payment received	\N	565.00	-1580.00	N THOMPSON	RENT P0020
900386	3006	2024-06-01	RENT_DUE	Rent 01/06 to 07/06	565.00	\N	-2145.00	\N	\N
900387	3006	2024-06-04	PAYMENT	Automatic payment received	\N	565.00	-1580.00	N THOMPSON	RENT P0020
900388	3006	2024-06-08	RENT_DUE	Rent 08/06 to 14/06	565.00	\N	-2145.00	\N	\N
900389	3006	2024-06-15	RENT_DUE	Rent 15/06 to 21/06	565.00	\N	-2710.00	\N	\N
900390	3006	2024-06-15	PAYMENT	Automatic payment received	\N	565.00	-2145.00	N THOMPSON	RENT P0020
900391	3006	2024-06-22	RENT_DUE	Rent 22/06 to 28/06	565.00	\N	-2710.00	\N	\N
900392	3007	2023-07-01	RENT_DUE	Rent 01/07 to 07/07	635.00	\N	-635.00	\N	\N
900393	3007	2023-07-01	PAYMENT	Automatic payment received	\N	585.00	-50.00	R WALKER	RENT P0023
900394	3007	2023-07-08	RENT_DUE	Rent 08/07 to 14/07	635.00	\N	-685.00	\N	\N
900395	3007	2023-07-08	PAYMENT	Automatic payment received	\N	635.00	-50.00	R WALKER	RENT P0023
900396	3007	2023-07-15	RENT_DUE	Rent 15/07 to 21/07	635.00	\N	-685.00	\N	\N
900397	3007	2023-07-17	PAYMENT	Automatic payment received	\N	635.00	-50.00	R WALKER	RENT P0023
900398	3007	2023-07-22	RENT_DUE	Rent 22/07 to 28/07	635.00	\N	-685.00	\N	\N
900399	3007	2023-07-22	PAYMENT	Automatic payment received	\N	585.00	-100.00	R WALKER	RENT P0023
900400	3007	2023-07-29	RENT_DUE	Rent 29/07 to 04/08	635.00	\N	-735.00	\N	\N
900401	3007	2023-08-01	PAYMENT	Automatic payment received	\N	635.00	-100.00	R WALKER	RENT P0023
900402	3007	2023-08-05	RENT_DUE	Rent 05/08 to 11/08	635.00	\N	-735.00	\N	\N
900403	3007	2023-08-05	PAYMENT	Automatic payment received	\N	635.00	-100.00	R WALKER	RENT P0023
900404	3007	2023-08-12	RENT_DUE	Rent 12/08 to 18/08	635.00	\N	-735.00	\N	\N
900405	3007	2023-08-12	PAYMENT	Automatic payment received	\N	635.00	-100.00	R WALKER	RENT P0023
900406	3007	2023-08-19	RENT_DUE	Rent 19/08 to 25/08	635.00	\N	-735.00	\N	\N
900407	3007	2023-08-21	PAYMENT	Automatic payment received	\N	635.00	-100.00	R WALKER	RENT P0023
900408	3007	2023-08-26	RENT_DUE	Rent 26/08 to 01/09	635.00	\N	-735.00	\N	\N
900409	3007	2023-09-02	RENT_DUE	Rent 02/09 to 08/09	635.00	\N	-1370.00	\N	\N
900410	3007	2023-09-03	PAYMENT	Automatic payment received	\N	535.00	-835.00	R WALKER	RENT P0023
900411	3007	2023-09-09	RENT_DUE	Rent 09/09 to 15/09	635.00	\N	-1470.00	\N	\N
900412	3007	2023-09-09	PAYMENT	Automatic payment received	\N	635.00	-835.00	R WALKER	RENT P0023
900413	3007	2023-09-16	RENT_DUE	Rent 16/09 to 22/09	635.00	\N	-1470.00	\N	\N
900414	3007	2023-09-16	PAYMENT	Automatic payment received	\N	535.00	-935.00	R WALKER	RENT P0023
900415	3007	2023-09-23	RENT_DUE	Rent 23/09 to 29/09	635.00	\N	-1570.00	\N	\N
900416	3008	2023-07-01	RENT_DUE	Rent 01/07 to 07/07	695.00	\N	-695.00	\N	\N
900417	3008	2023-07-04	PAYMENT	Automatic payment received	\N	695.00	0.00	F M ANDERSON	RENT P0026
900418	3008	2023-07-08	RENT_DUE	Rent 08/07 to 14/07	695.00	\N	-695.00	\N	\N
900419	3008	2023-07-08	PAYMENT	Automatic payment received	\N	695.00	0.00	F M ANDERSON	RENT P0026
900420	3008	2023-07-15	RENT_DUE	Rent 15/07 to 21/07	695.00	\N	-695.00	\N	\N
900421	3008	2023-07-16	PAYMENT	Automatic payment received	\N	695.00	0.00	F M ANDERSON	RENT P0026
900422	3008	2023-07-22	RENT_DUE	Rent 22/07 to 28/07	695.00	\N	-695.00	\N	\N
900423	3008	2023-07-23	PAYMENT	Automatic payment received	\N	695.00	0.00	F M ANDERSON	RENT P0026
900424	3008	2023-07-29	RENT_DUE	Rent 29/07 to 04/08	695.00	\N	-695.00	\N	\N
900425	3008	2023-07-31	PAYMENT	Automatic payment received	\N	645.00	-50.00	F M ANDERSON	RENT P0026
900426	3008	2023-08-05	RENT_DUE	Rent 05/08 to 11/08	695.00	\N	-745.00	\N	\N
900427	3008	2023-08-08	PAYMENT	Automatic payment received	\N	695.00	-50.00	F M ANDERSON	RENT P0026
900428	3010	2023-07-01	RENT_DUE	Rent 01/07 to 07/07	770.00	\N	-770.00	\N	\N
900429	3010	2023-07-04	PAYMENT	Automatic payment received	\N	770.00	0.00	O J WANG	RENT P0029
900430	3010	2023-07-08	RENT_DUE	Rent 08/07 to 14/07	770.00	\N	-770.00	\N	\N
900431	3010	2023-07-09	PAYMENT	Automatic payment received	\N	670.00	-100.00	O J WANG	RENT P0029
900432	3010	2023-07-15	RENT_DUE	Rent 15/07 to 21/07	770.00	\N	-870.00	\N	\N
900433	3010	2023-07-15	PAYMENT	Automatic payment received	\N	770.00	-100.00	O J WANG	RENT P0029
900434	3010	2023-07-22	RENT_DUE	Rent 22/07 to 28/07	770.00	\N	-870.00	\N	\N
900435	3010	2023-07-23	PAYMENT	Automatic payment received	\N	770.00	-100.00	O J WANG	RENT P0029
900436	3010	2023-07-29	RENT_DUE	Rent 29/07 to 04/08	770.00	\N	-870.00	\N	\N
900437	3010	2023-07-30	PAYMENT	Automatic payment received	\N	770.00	-100.00	O J WANG	RENT P0029
900438	3010	2023-08-05	RENT_DUE	Rent 05/08 to 11/08	770.00	\N	-870.00	\N	\N
900439	3010	2023-08-05	PAYMENT	Automatic payment received	\N	770.00	-100.00	O J WANG	RENT P0029
900440	3010	2023-08-12	RENT_DUE	Rent 12/08 to 18/08	770.00	\N	-870.00	\N	\N
900441	3010	2023-08-13	PAYMENT	Automatic payment received	\N	770.00	-100.00	O J WANG	RENT P0029
900442	3010	2023-08-19	RENT_DUE	Rent 19/08 to 25/08	770.00	\N	-870.00	\N	\N
900443	3010	2023-08-26	RENT_DUE	Rent 26/08 to 01/09	770.00	\N	-1640.00	\N	\N
900444	3010	2023-08-26	PAYMENT	Automatic payment received	\N	770.00	-870.00	O J WANG	RENT P0029
900445	3010	2023-09-02	RENT_DUE	Rent 02/09 to 08/09	770.00	\N	-1640.00	\N	\N
900446	3010	2023-09-05	PAYMENT	Automatic payment received	\N	770.00	-870.00	O J WANG	RENT P0029
900447	3010	2023-09-09	RENT_DUE	Rent 09/09 to 15/09	770.00	\N	-1640.00	\N	\N
900448	3010	2023-09-09	PAYMENT	Automatic payment received	\N	770.00	-870.00	O J WANG	RENT P0029
900449	3010	2023-09-16	RENT_DUE	Rent 16/09 to 22/09	770.00	\N	-1640.00	\N	\N
900450	3010	2023-09-17	PAYMENT	Automatic payment received	\N	770.00	-870.00	O J WANG	RENT P0029
900451	3010	2023-09-23	RENT_DUE	Rent 23/09 to 29/09	770.00	\N	-1640.00	\N	\N
900452	3010	2023-09-24	PAYMENT	Automatic payment received	\N	770.00	-870.00	O J WANG	RENT P0029
900453	3010	2023-09-30	RENT_DUE	Rent 30/09 to 06/10	770.00	\N	-1640.00	\N	\N
900454	3010	2023-09-30	PAYMENT	Automatic payment received	\N	770.00	-870.00	O J WANG	RENT P0029
900455	3010	2023-10-07	RENT_DUE	Rent 07/10 to 13/10	770.00	\N	-1640.00	\N	\N
900456	3010	2023-10-08	PAYMENT	Automatic payment received	\N	770.00	-870.00	O J WANG	RENT P0029
900457	3010	2023-10-14	RENT_DUE	Rent 14/10 to 20/10	770.00	\N	-1640.00	\N	\N
900458	3010	2023-10-17	PAYMENT	Automatic payment received	\N	720.00	-920.00	O J WANG	RENT P0029
900459	3010	2023-10-21	RENT_DUE	Rent 21/10 to 27/10	770.00	\N	-1690.00	\N	\N
900460	3010	2023-10-22	PAYMENT	Automatic payment received	\N	770.00	-920.00	O J WANG	RENT P0029
900461	3010	2023-10-28	RENT_DUE	Rent 28/10 to 03/11	770.00	\N	-1690.00	\N	\N
900462	3010	2023-11-04	RENT_DUE	Rent 04/11 to 10/11	770.00	\N	-2460.00	\N	\N
900463	3010	2023-11-04	PAYMENT	Automatic payment received	\N	770.00	-1690.00	O J WANG	RENT P0029
900464	3010	2023-11-11	RENT_DUE	Rent 11/11 to 17/11	770.00	\N	-2460.00	\N	\N
900465	3010	2023-11-13	PAYMENT	Automatic payment received	\N	770.00	-1690.00	O J WANG	RENT P0029
900466	3010	2023-11-18	RENT_DUE	Rent 18/11 to 24/11	770.00	\N	-2460.00	\N	\N
900467	3010	2023-11-18	PAYMENT	Automatic payment received	\N	770.00	-1690.00	O J WANG	RENT P0029
900468	3010	2023-11-25	RENT_DUE	Rent 25/11 to 01/12	770.00	\N	-2460.00	\N	\N
900469	3010	2023-11-26	PAYMENT	Automatic payment received	\N	670.00	-1790.00	O J WANG	RENT P0029
900470	3010	2023-12-02	RENT_DUE	Rent 02/12 to 08/12	770.00	\N	-2560.00	\N	\N
900471	3010	2023-12-05	PAYMENT	Automatic payment received	\N	770.00	-1790.00	O J WANG	RENT P0029
900472	3010	2023-12-09	RENT_DUE	Rent 09/12 to 15/12	770.00	\N	-2560.00	\N	\N
900473	3010	2023-12-12	PAYMENT	Automatic payment received	\N	670.00	-1890.00	O J WANG	RENT P0029
900474	3010	2023-12-16	RENT_DUE	Rent 16/12 to 22/12	770.00	\N	-2660.00	\N	\N
900475	3010	2023-12-17	PAYMENT	Automatic payment received	\N	770.00	-1890.00	O J WANG	RENT P0029
900476	3010	2023-12-23	RENT_DUE	Rent 23/12 to 29/12	770.00	\N	-2660.00	\N	\N
900477	3010	2023-12-24	PAYMENT	Automatic payment received	\N	770.00	-1890.00	O J WANG	RENT P0029
900478	3010	2023-12-30	RENT_DUE	Rent 30/12 to 05/01	770.00	\N	-2660.00	\N	\N
900479	3010	2024-01-02	PAYMENT	Automatic payment received	\N	770.00	-1890.00	O J WANG	RENT P0029
900480	3010	2024-01-06	RENT_DUE	Rent 06/01 to 12/01	770.00	\N	-2660.00	\N	\N
900481	3010	2024-01-09	PAYMENT	Automatic payment received	\N	770.00	-1890.00	O J WANG	RENT P0029
900482	3010	2024-01-13	RENT_DUE	Rent 13/01 to 19/01	770.00	\N	-2660.00	\N	\N
900483	3010	2024-01-13	PAYMENT	Automatic payment received	\N	770.00	-1890.00	O J WANG	RENT P0029
900484	3010	2024-01-20	RENT_DUE	Rent 20/01 to 26/01	770.00	\N	-2660.00	\N	\N
900485	3010	2024-01-27	RENT_DUE	Rent 27/01 to 02/02	770.00	\N	-3430.00	\N	\N
900486	3010	2024-01-29	PAYMENT	Automatic payment received	\N	770.00	-2660.00	O J WANG	RENT P0029
900487	3010	2024-02-03	RENT_DUE	Rent 03/02 to 09/02	770.00	\N	-3430.00	\N	\N
900488	3010	2024-02-04	PAYMENT	Automatic payment received	\N	770.00	-2660.00	O J WANG	RENT P0029
900489	3010	2024-02-10	RENT_DUE	Rent 10/02 to 16/02	770.00	\N	-3430.00	\N	\N
900490	3010	2024-02-10	PAYMENT	Automatic payment received	\N	770.00	-2660.00	O J WANG	RENT P0029
900491	3010	2024-02-17	RENT_DUE	Rent 17/02 to 23/02	770.00	\N	-3430.00	\N	\N
900492	3010	2024-02-17	PAYMENT	Automatic payment received	\N	770.00	-2660.00	O J WANG	RENT P0029
900493	3010	2024-02-24	RENT_DUE	Rent 24/02 to 01/03	770.00	\N	-3430.00	\N	\N
900494	3010	2024-02-26	PAYMENT	Automatic payment received	\N	770.00	-2660.00	O J WANG	RENT P0029
900495	3010	2024-03-02	RENT_DUE	Rent 02/03 to 08/03	770.00	\N	-3430.00	\N	\N
900496	3010	2024-03-03	PAYMENT	Automatic payment received	\N	770.00	-2660.00	O J WANG	RENT P0029
900497	3010	2024-03-09	RENT_DUE	Rent 09/03 to 15/03	770.00	\N	-3430.00	\N	\N
900498	3010	2024-03-09	PAYMENT	Automatic payment received	\N	770.00	-2660.00	O J WANG	RENT P0029
900499	3010	2024-03-16	RENT_DUE	Rent 16/03 to 22/03	770.00	\N	-3430.00	\N	\N
900500	3010	2024-03-18	PAYMENT	Automatic payment received	\N	770.00	-2660.00	O J WANG	RENT P0029
900501	3010	2024-03-23	RENT_DUE	Rent 23/03 to 29/03	770.00	\N	-3430.00	\N	\N
900502	3010	2024-03-23	PAYMENT	Automatic payment received	\N	720.00	-2710.00	O J WANG	RENT P0029
900503	3010	2024-03-30	RENT_DUE	Rent 30/03 to 05/04	770.00	\N	-3480.00	\N	\N
900504	3010	2024-03-30	PAYMENT	Automatic payment received	\N	770.00	-2710.00	O J WANG	RENT P0029
900505	3010	2024-04-06	RENT_DUE	Rent 06/04 to 12/04	770.00	\N	-3480.00	\N	\N
900506	3010	2024-04-06	PAYMENT	Automatic payment received	\N	770.00	-2710.00	O J WANG	RENT P0029
900507	3010	2024-04-13	RENT_DUE	Rent 13/04 to 19/04	770.00	\N	-3480.00	\N	\N
900508	3010	2024-04-15	PAYMENT	Automatic payment received	\N	770.00	-2710.00	O J WANG	RENT P0029
900509	3010	2024-04-20	RENT_DUE	Rent 20/04 to 26/04	770.00	\N	-3480.00	\N	\N
900510	3010	2024-04-20	PAYMENT	Automatic payment received	\N	770.00	-2710.00	O J WANG	RENT P0029
900511	3010	2024-04-27	RENT_DUE	Rent 27/04 to 03/05	770.00	\N	-3480.00	\N	\N
900512	3010	2024-04-28	PAYMENT	Automatic payment received	\N	720.00	-2760.00	O J WANG	RENT P0029
900513	3010	2024-05-04	RENT_DUE	Rent 04/05 to 10/05	770.00	\N	-3530.00	\N	\N
900514	3010	2024-05-05	PAYMENT	Automatic payment received	\N	770.00	-2760.00	O J WANG	RENT P0029
900515	3010	2024-05-11	RENT_DUE	Rent 11/05 to 17/05	770.00	\N	-3530.00	\N	\N
900516	3010	2024-05-14	PAYMENT	Automatic payment received	\N	770.00	-2760.00	O J WANG	RENT P0029
900517	3010	2024-05-18	RENT_DUE	Rent 18/05 to 24/05	770.00	\N	-3530.00	\N	\N
900518	3010	2024-05-18	PAYMENT	Automatic payment received	\N	770.00	-2760.00	O J WANG	RENT P0029
900519	3010	2024-05-25	RENT_DUE	Rent 25/05 to 31/05	770.00	\N	-3530.00	\N	\N
900520	3010	2024-05-27	PAYMENT	Automatic payment received	\N	720.00	-2810.00	O J WANG	RENT P0029
900521	3010	2024-06-01	RENT_DUE	Rent 01/06 to 07/06	770.00	\N	-3580.00	\N	\N
900522	3010	2024-06-04	PAYMENT	Automatic payment received	\N	770.00	-2810.00	O J WANG	RENT P0029
900523	3010	2024-06-08	RENT_DUE	Rent 08/06 to 14/06	770.00	\N	-3580.00	\N	\N
900524	3010	2024-06-08	PAYMENT	Automatic payment received	\N	770.00	-2810.00	O J WANG	RENT P0029
900525	3010	2024-06-15	RENT_DUE	Rent 15/06 to 21/06	770.00	\N	-3580.00	\N	\N
900526	3010	2024-06-15	PAYMENT	Automatic payment received	\N	770.00	-2810.00	O J WANG	RENT P0029
900527	3010	2024-06-22	RENT_DUE	Rent 22/06 to 28/06	770.00	\N	-3580.00	\N	\N
900528	3010	2024-06-22	PAYMENT	Automatic payment received	\N	770.00	-2810.00	O J WANG	RENT P0029
900529	3011	2023-07-01	RENT_DUE	Rent 01/07 to 07/07	470.00	\N	-470.00	\N	\N
900530	3011	2023-07-01	PAYMENT	Automatic payment received	\N	470.00	0.00	MSD/WINZ	RENT P0032
900531	3011	2023-07-08	RENT_DUE	Rent 08/07 to 14/07	470.00	\N	-470.00	\N	\N
900532	3011	2023-07-09	PAYMENT	Automatic payment received	\N	470.00	0.00	MSD/WINZ	RENT P0032
900533	3011	2023-07-15	RENT_DUE	Rent 15/07 to 21/07	470.00	\N	-470.00	\N	\N
900534	3011	2023-07-15	PAYMENT	Automatic payment received	\N	470.00	0.00	MSD/WINZ	RENT P0032
900535	3011	2023-07-22	RENT_DUE	Rent 22/07 to 28/07	470.00	\N	-470.00	\N	\N
900536	3011	2023-07-22	PAYMENT	Automatic payment received	\N	470.00	0.00	MSD/WINZ	RENT P0032
900537	3011	2023-07-29	RENT_DUE	Rent 29/07 to 04/08	470.00	\N	-470.00	\N	\N
900538	3011	2023-07-29	PAYMENT	Automatic payment received	\N	470.00	0.00	MSD/WINZ	RENT P0032
900539	3011	2023-08-05	RENT_DUE	Rent 05/08 to 11/08	470.00	\N	-470.00	\N	\N
900540	3011	2023-08-06	PAYMENT	Automatic payment received	\N	470.00	0.00	MSD/WINZ	RENT P0032
900541	3011	2023-08-12	RENT_DUE	Rent 12/08 to 18/08	470.00	\N	-470.00	\N	\N
900542	3011	2023-08-12	PAYMENT	Automatic payment received	\N	470.00	0.00	MSD/WINZ	RENT P0032
900543	3011	2023-08-19	RENT_DUE	Rent 19/08 to 25/08	470.00	\N	-470.00	\N	\N
900544	3011	2023-08-22	PAYMENT	Automatic payment received	\N	470.00	0.00	MSD/WINZ	RENT P0032
900545	3011	2023-08-26	RENT_DUE	Rent 26/08 to 01/09	470.00	\N	-470.00	\N	\N
900546	3011	2023-08-26	PAYMENT	Automatic payment received	\N	420.00	-50.00	MSD/WINZ	RENT P0032
900547	3011	2023-09-02	RENT_DUE	Rent 02/09 to 08/09	470.00	\N	-520.00	\N	\N
900548	3011	2023-09-09	RENT_DUE	Rent 09/09 to 15/09	470.00	\N	-990.00	\N	\N
900549	3011	2023-09-10	PAYMENT	Automatic payment received	\N	470.00	-520.00	MSD/WINZ	RENT P0032
900550	3011	2023-09-16	RENT_DUE	Rent 16/09 to 22/09	470.00	\N	-990.00	\N	\N
900551	3011	2023-09-16	PAYMENT	Automatic payment received	\N	420.00	-570.00	MSD/WINZ	RENT P0032
900552	3011	2023-09-23	RENT_DUE	Rent 23/09 to 29/09	470.00	\N	-1040.00	\N	\N
900553	3011	2023-09-24	PAYMENT	Automatic payment received	\N	420.00	-620.00	MSD/WINZ	RENT P0032
900554	3011	2023-09-30	RENT_DUE	Rent 30/09 to 06/10	470.00	\N	-1090.00	\N	\N
900555	3011	2023-09-30	PAYMENT	Automatic payment received	\N	470.00	-620.00	MSD/WINZ	RENT P0032
900556	3011	2023-10-07	RENT_DUE	Rent 07/10 to 13/10	470.00	\N	-1090.00	\N	\N
900557	3011	2023-10-09	PAYMENT	Automatic payment received	\N	470.00	-620.00	MSD/WINZ	RENT P0032
900558	3011	2023-10-14	RENT_DUE	Rent 14/10 to 20/10	470.00	\N	-1090.00	\N	\N
900559	3011	2023-10-14	PAYMENT	Automatic payment received	\N	470.00	-620.00	MSD/WINZ	RENT P0032
900560	3011	2023-10-21	RENT_DUE	Rent 21/10 to 27/10	470.00	\N	-1090.00	\N	\N
900561	3011	2023-10-21	PAYMENT	Automatic payment received	\N	470.00	-620.00	MSD/WINZ	RENT P0032
900562	3011	2023-10-28	RENT_DUE	Rent 28/10 to 03/11	470.00	\N	-1090.00	\N	\N
900563	3011	2023-10-28	PAYMENT	Automatic payment received	\N	370.00	-720.00	MSD/WINZ	RENT P0032
900564	3011	2023-11-04	RENT_DUE	Rent 04/11 to 10/11	470.00	\N	-1190.00	\N	\N
900565	3011	2023-11-05	PAYMENT	Automatic payment received	\N	470.00	-720.00	MSD/WINZ	RENT P0032
900566	3011	2023-11-11	RENT_DUE	Rent 11/11 to 17/11	470.00	\N	-1190.00	\N	\N
900567	3011	2023-11-11	PAYMENT	Automatic payment received	\N	470.00	-720.00	MSD/WINZ	RENT P0032
900568	3011	2023-11-18	RENT_DUE	Rent 18/11 to 24/11	470.00	\N	-1190.00	\N	\N
900569	3011	2023-11-18	PAYMENT	Automatic payment received	\N	470.00	-720.00	MSD/WINZ	RENT P0032
900570	3011	2023-11-25	RENT_DUE	Rent 25/11 to 01/12	470.00	\N	-1190.00	\N	\N
900571	3011	2023-11-25	PAYMENT	Automatic payment received	\N	420.00	-770.00	MSD/WINZ	RENT P0032
900572	3011	2023-12-02	RENT_DUE	Rent 02/12 to 08/12	470.00	\N	-1240.00	\N	\N
900573	3011	2023-12-04	PAYMENT	Automatic payment received	\N	470.00	-770.00	MSD/WINZ	RENT P0032
900574	3011	2023-12-09	RENT_DUE	Rent 09/12 to 15/12	470.00	\N	-1240.00	\N	\N
900575	3011	2023-12-12	PAYMENT	Automatic payment received	\N	470.00	-770.00	MSD/WINZ	RENT P0032
900576	3011	2023-12-16	RENT_DUE	Rent 16/12 to 22/12	470.00	\N	-1240.00	\N	\N
900577	3011	2023-12-16	PAYMENT	Automatic payment received	\N	470.00	-770.00	MSD/WINZ	RENT P0032
900578	3011	2023-12-23	RENT_DUE	Rent 23/12 to 29/12	470.00	\N	-1240.00	\N	\N
900579	3011	2023-12-25	PAYMENT	Automatic payment received	\N	470.00	-770.00	MSD/WINZ	RENT P0032
900580	3011	2023-12-30	RENT_DUE	Rent 30/12 to 05/01	470.00	\N	-1240.00	\N	\N
900581	3011	2023-12-30	PAYMENT	Automatic payment received	\N	470.00	-770.00	MSD/WINZ	RENT P0032
900582	3013	2023-07-01	RENT_DUE	Rent 01/07 to 07/07	555.00	\N	-555.00	\N	\N
900583	3013	2023-07-03	PAYMENT	Automatic payment received	\N	555.00	0.00	J RĀWIRI	RENT P0035
900584	3013	2023-07-08	RENT_DUE	Rent 08/07 to 14/07	555.00	\N	-555.00	\N	\N
900585	3013	2023-07-08	PAYMENT	Automatic payment received	\N	555.00	0.00	J RĀWIRI	RENT P0035
900586	3013	2023-07-15	RENT_DUE	Rent 15/07 to 21/07	555.00	\N	-555.00	\N	\N
900587	3013	2023-07-16	PAYMENT	Automatic payment received	\N	555.00	0.00	J RĀWIRI	RENT P0035
900588	3013	2023-07-22	RENT_DUE	Rent 22/07 to 28/07	555.00	\N	-555.00	\N	\N
900589	3013	2023-07-24	PAYMENT	Automatic payment received	\N	555.00	0.00	J RĀWIRI	RENT P0035
900590	3013	2023-07-29	RENT_DUE	Rent 29/07 to 04/08	555.00	\N	-555.00	\N	\N
900591	3013	2023-07-29	PAYMENT	Automatic payment received	\N	555.00	0.00	J RĀWIRI	RENT P0035
900592	3013	2023-08-05	RENT_DUE	Rent 05/08 to 11/08	555.00	\N	-555.00	\N	\N
900593	3013	2023-08-12	RENT_DUE	Rent 12/08 to 18/08	555.00	\N	-1110.00	\N	\N
900594	3013	2023-08-15	PAYMENT	Automatic payment received	\N	555.00	-555.00	J RĀWIRI	RENT P0035
900595	3013	2023-08-19	RENT_DUE	Rent 19/08 to 25/08	555.00	\N	-1110.00	\N	\N
900596	3013	2023-08-20	PAYMENT	Automatic payment received	\N	555.00	-555.00	J RĀWIRI	RENT P0035
900597	3013	2023-08-26	RENT_DUE	Rent 26/08 to 01/09	555.00	\N	-1110.00	\N	\N
900598	3013	2023-08-28	PAYMENT	Automatic payment received	\N	555.00	-555.00	J RĀWIRI	RENT P0035
900599	3013	2023-09-02	RENT_DUE	Rent 02/09 to 08/09	555.00	\N	-1110.00	\N	\N
900600	3013	2023-09-02	PAYMENT	Automatic payment received	\N	555.00	-555.00	J RĀWIRI	RENT P0035
900601	3013	2023-09-09	RENT_DUE	Rent 09/09 to 15/09	555.00	\N	-1110.00	\N	\N
900602	3013	2023-09-09	PAYMENT	Automatic payment received	\N	555.00	-555.00	J RĀWIRI	RENT P0035
900603	3013	2023-09-16	RENT_DUE	Rent 16/09 to 22/09	555.00	\N	-1110.00	\N	\N
900604	3013	2023-09-19	PAYMENT	Automatic payment received	\N	455.00	-655.00	J RĀWIRI	RENT P0035
900605	3013	2023-09-23	RENT_DUE	Rent 23/09 to 29/09	555.00	\N	-1210.00	\N	\N
900606	3013	2023-09-23	PAYMENT	Automatic payment received	\N	555.00	-655.00	J RĀWIRI	RENT P0035
900607	3013	2023-09-30	RENT_DUE	Rent 30/09 to 06/10	555.00	\N	-1210.00	\N	\N
900608	3013	2023-10-02	PAYMENT	Automatic payment received	\N	555.00	-655.00	J RĀWIRI	RENT P0035
900609	3013	2023-10-07	RENT_DUE	Rent 07/10 to 13/10	555.00	\N	-1210.00	\N	\N
900610	3013	2023-10-09	PAYMENT	Automatic payment received	\N	555.00	-655.00	J RĀWIRI	RENT P0035
900611	3013	2023-10-14	RENT_DUE	Rent 14/10 to 20/10	555.00	\N	-1210.00	\N	\N
900612	3013	2023-10-21	RENT_DUE	Rent 21/10 to 27/10	555.00	\N	-1765.00	\N	\N
900613	3013	2023-10-28	RENT_DUE	Rent 28/10 to 03/11	555.00	\N	-2320.00	\N	\N
900614	3013	2023-10-28	PAYMENT	Automatic payment received	\N	555.00	-1765.00	J RĀWIRI	RENT P0035
900615	3013	2023-11-04	RENT_DUE	Rent 04/11 to 10/11	555.00	\N	-2320.00	\N	\N
900616	3013	2023-11-07	PAYMENT	Automatic payment received	\N	555.00	-1765.00	J RĀWIRI	RENT P0035
900617	3013	2023-11-11	RENT_DUE	Rent 11/11 to 17/11	555.00	\N	-2320.00	\N	\N
900618	3013	2023-11-12	PAYMENT	Automatic payment received	\N	505.00	-1815.00	J RĀWIRI	RENT P0035
900619	3013	2023-11-18	RENT_DUE	Rent 18/11 to 24/11	555.00	\N	-2370.00	\N	\N
900620	3013	2023-11-19	PAYMENT	Automatic payment received	\N	555.00	-1815.00	J RĀWIRI	RENT P0035
900621	3013	2023-11-25	RENT_DUE	Rent 25/11 to 01/12	555.00	\N	-2370.00	\N	\N
900622	3013	2023-12-02	RENT_DUE	Rent 02/12 to 08/12	555.00	\N	-2925.00	\N	\N
900623	3013	2023-12-03	PAYMENT	Automatic payment received	\N	555.00	-2370.00	J RĀWIRI	RENT P0035
900624	3013	2023-12-09	RENT_DUE	Rent 09/12 to 15/12	555.00	\N	-2925.00	\N	\N
900625	3013	2023-12-09	PAYMENT	Automatic payment received	\N	555.00	-2370.00	J RĀWIRI	RENT P0035
900626	3013	2023-12-16	RENT_DUE	Rent 16/12 to 22/12	555.00	\N	-2925.00	\N	\N
900627	3013	2023-12-17	PAYMENT	Automatic payment received	\N	555.00	-2370.00	J RĀWIRI	RENT P0035
900628	3013	2023-12-23	RENT_DUE	Rent 23/12 to 29/12	555.00	\N	-2925.00	\N	\N
900629	3013	2023-12-25	PAYMENT	Automatic payment received	\N	555.00	-2370.00	J RĀWIRI	RENT P0035
900630	3013	2023-12-30	RENT_DUE	Rent 30/12 to 05/01	555.00	\N	-2925.00	\N	\N
900631	3013	2024-01-02	PAYMENT	Automatic payment received	\N	555.00	-2370.00	J RĀWIRI	RENT P0035
900632	3013	2024-01-06	RENT_DUE	Rent 06/01 to 12/01	555.00	\N	-2925.00	\N	\N
900633	3013	2024-01-07	PAYMENT	Automatic payment received	\N	555.00	-2370.00	J RĀWIRI	RENT P0035
900634	3013	2024-01-13	RENT_DUE	Rent 13/01 to 19/01	555.00	\N	-2925.00	\N	\N
900635	3013	2024-01-20	RENT_DUE	Rent 20/01 to 26/01	555.00	\N	-3480.00	\N	\N
900636	3013	2024-01-20	PAYMENT	Automatic payment received	\N	555.00	-2925.00	J RĀWIRI	RENT P0035
900637	3013	2024-01-27	RENT_DUE	Rent 27/01 to 02/02	555.00	\N	-3480.00	\N	\N
900638	3013	2024-01-28	PAYMENT	Automatic payment received	\N	555.00	-2925.00	J RĀWIRI	RENT P0035
900639	3013	2024-02-03	RENT_DUE	Rent 03/02 to 09/02	555.00	\N	-3480.00	\N	\N
900640	3013	2024-02-04	PAYMENT	Automatic payment received	\N	555.00	-2925.00	J RĀWIRI	RENT P0035
900641	3013	2024-02-10	RENT_DUE	Rent 10/02 to 16/02	555.00	\N	-3480.00	\N	\N
900642	3013	2024-02-13	PAYMENT	Automatic payment received	\N	555.00	-2925.00	J RĀWIRI	RENT P0035
900643	3013	2024-02-17	RENT_DUE	Rent 17/02 to 23/02	555.00	\N	-3480.00	\N	\N
900644	3013	2024-02-19	PAYMENT	Automatic payment received	\N	555.00	-2925.00	J RĀWIRI	RENT P0035
900645	3013	2024-02-24	RENT_DUE	Rent 24/02 to 01/03	555.00	\N	-3480.00	\N	\N
900646	3013	2024-02-24	PAYMENT	Automatic payment received	\N	555.00	-2925.00	J RĀWIRI	RENT P0035
900647	3013	2024-03-02	RENT_DUE	Rent 02/03 to 08/03	555.00	\N	-3480.00	\N	\N
900648	3013	2024-03-03	PAYMENT	Automatic payment received	\N	555.00	-2925.00	J RĀWIRI	RENT P0035
900649	3013	2024-03-09	RENT_DUE	Rent 09/03 to 15/03	555.00	\N	-3480.00	\N	\N
900650	3013	2024-03-11	PAYMENT	Automatic payment received	\N	555.00	-2925.00	J RĀWIRI	RENT P0035
900651	3013	2024-03-16	RENT_DUE	Rent 16/03 to 22/03	555.00	\N	-3480.00	\N	\N
900652	3013	2024-03-17	PAYMENT	Automatic payment received	\N	505.00	-2975.00	J RĀWIRI	RENT P0035
900653	3013	2024-03-23	RENT_DUE	Rent 23/03 to 29/03	555.00	\N	-3530.00	\N	\N
900654	3013	2024-03-26	PAYMENT	Automatic payment received	\N	555.00	-2975.00	J RĀWIRI	RENT P0035
900655	3013	2024-03-30	RENT_DUE	Rent 30/03 to 05/04	555.00	\N	-3530.00	\N	\N
900656	3013	2024-03-30	PAYMENT	Automatic payment received	\N	555.00	-2975.00	J RĀWIRI	RENT P0035
900657	3013	2024-04-06	RENT_DUE	Rent 06/04 to 12/04	555.00	\N	-3530.00	\N	\N
900658	3013	2024-04-06	PAYMENT	Automatic payment received	\N	555.00	-2975.00	J RĀWIRI	RENT P0035
900659	3013	2024-04-13	RENT_DUE	Rent 13/04 to 19/04	555.00	\N	-3530.00	\N	\N
900660	3013	2024-04-13	PAYMENT	Automatic payment received	\N	555.00	-2975.00	J RĀWIRI	RENT P0035
900661	3013	2024-04-20	RENT_DUE	Rent 20/04 to 26/04	555.00	\N	-3530.00	\N	\N
900662	3013	2024-04-20	PAYMENT	Automatic payment received	\N	555.00	-2975.00	J RĀWIRI	RENT P0035
900663	3013	2024-04-27	RENT_DUE	Rent 27/04 to 03/05	555.00	\N	-3530.00	\N	\N
900664	3013	2024-04-27	PAYMENT	Automatic payment received	\N	555.00	-2975.00	J RĀWIRI	RENT P0035
900665	3013	2024-05-04	RENT_DUE	Rent 04/05 to 10/05	555.00	\N	-3530.00	\N	\N
900666	3013	2024-05-07	PAYMENT	Automatic payment received	\N	555.00	-2975.00	J RĀWIRI	RENT P0035
900667	3013	2024-05-11	RENT_DUE	Rent 11/05 to 17/05	555.00	\N	-3530.00	\N	\N
900668	3013	2024-05-13	PAYMENT	Automatic payment received	\N	555.00	-2975.00	J RĀWIRI	RENT P0035
900669	3013	2024-05-18	RENT_DUE	Rent 18/05 to 24/05	555.00	\N	-3530.00	\N	\N
900670	3013	2024-05-19	PAYMENT	Automatic payment received	\N	555.00	-2975.00	J RĀWIRI	RENT P0035
900671	3013	2024-05-25	RENT_DUE	Rent 25/05 to 31/05	555.00	\N	-3530.00	\N	\N
900672	3013	2024-05-25	PAYMENT	Automatic payment received	\N	555.00	-2975.00	J RĀWIRI	RENT P0035
900673	3013	2024-06-01	RENT_DUE	Rent 01/06 to 07/06	555.00	\N	-3530.00	\N	\N
900674	3013	2024-06-02	PAYMENT	Automatic payment received	\N	555.00	-2975.00	J RĀWIRI	RENT P0035
900675	3013	2024-06-08	RENT_DUE	Rent 08/06 to 14/06	555.00	\N	-3530.00	\N	\N
900676	3013	2024-06-09	PAYMENT	Automatic payment received	\N	455.00	-3075.00	J RĀWIRI	RENT P0035
900677	3013	2024-06-15	RENT_DUE	Rent 15/06 to 21/06	555.00	\N	-3630.00	\N	\N
900678	3013	2024-06-15	PAYMENT	Automatic payment received	\N	555.00	-3075.00	J RĀWIRI	RENT P0035
900679	3013	2024-06-22	RENT_DUE	Rent 22/06 to 28/06	555.00	\N	-3630.00	\N	\N
900680	3013	2024-06-23	PAYMENT	Automatic payment received	\N	455.00	-3175.00	J RĀWIRI	RENT P0035
900681	3017	2023-07-01	RENT_DUE	Rent 01/07 to 07/07	580.00	\N	-580.00	\N	\N
900682	3017	2023-07-04	PAYMENT	Automatic payment received	\N	580.00	0.00	N S LEOTA	RENT P0047
900683	3017	2023-07-08	RENT_DUE	Rent 08/07 to 14/07	580.00	\N	-580.00	\N	\N
900684	3017	2023-07-10	PAYMENT	Automatic payment received	\N	580.00	0.00	N S LEOTA	RENT P0047
900685	3017	2023-07-15	RENT_DUE	Rent 15/07 to 21/07	580.00	\N	-580.00	\N	\N
900686	3017	2023-07-16	PAYMENT	Automatic payment received	\N	580.00	0.00	N S LEOTA	RENT P0047
900687	3017	2023-07-22	RENT_DUE	Rent 22/07 to 28/07	580.00	\N	-580.00	\N	\N
900688	3017	2023-07-22	PAYMENT	Automatic payment received	\N	580.00	0.00	N S LEOTA	RENT P0047
900689	3017	2023-07-29	RENT_DUE	Rent 29/07 to 04/08	580.00	\N	-580.00	\N	\N
900690	3017	2023-07-29	PAYMENT	Automatic payment received	\N	580.00	0.00	N S LEOTA	RENT P0047
900691	3017	2023-08-05	RENT_DUE	Rent 05/08 to 11/08	580.00	\N	-580.00	\N	\N
900692	3017	2023-08-07	PAYMENT	Automatic payment received	\N	580.00	0.00	N S LEOTA	RENT P0047
900693	3017	2023-08-12	RENT_DUE	Rent 12/08 to 18/08	580.00	\N	-580.00	\N	\N
900694	3017	2023-08-12	PAYMENT	Automatic payment received	\N	580.00	0.00	N S LEOTA	RENT P0047
900695	3017	2023-08-19	RENT_DUE	Rent 19/08 to 25/08	580.00	\N	-580.00	\N	\N
900696	3017	2023-08-19	PAYMENT	Automatic payment received	\N	580.00	0.00	N S LEOTA	RENT P0047
900697	3017	2023-08-26	RENT_DUE	Rent 26/08 to 01/09	580.00	\N	-580.00	\N	\N
900698	3017	2023-08-28	PAYMENT	Automatic payment received	\N	580.00	0.00	N S LEOTA	RENT P0047
900699	3017	2023-09-02	RENT_DUE	Rent 02/09 to 08/09	580.00	\N	-580.00	\N	\N
900700	3017	2023-09-02	PAYMENT	Automatic payment received	\N	580.00	0.00	N S LEOTA	RENT P0047
900701	3017	2023-09-09	RENT_DUE	Rent 09/09 to 15/09	580.00	\N	-580.00	\N	\N
900702	3017	2023-09-12	PAYMENT	Automatic payment received	\N	580.00	0.00	N S LEOTA	RENT P0047
900703	3017	2023-09-16	RENT_DUE	Rent 16/09 to 22/09	580.00	\N	-580.00	\N	\N
900704	3017	2023-09-19	PAYMENT	Automatic payment received	\N	580.00	0.00	N S LEOTA	RENT P0047
900705	3017	2023-09-23	RENT_DUE	Rent 23/09 to 29/09	580.00	\N	-580.00	\N	\N
900706	3017	2023-09-25	PAYMENT	Automatic payment received	\N	580.00	0.00	N S LEOTA	RENT P0047
900707	3017	2023-09-30	RENT_DUE	Rent 30/09 to 06/10	580.00	\N	-580.00	\N	\N
900708	3017	2023-10-02	PAYMENT	Automatic payment received	\N	580.00	0.00	N S LEOTA	RENT P0047
900709	3017	2023-10-07	RENT_DUE	Rent 07/10 to 13/10	580.00	\N	-580.00	\N	\N
900710	3017	2023-10-07	PAYMENT	Automatic payment received	\N	580.00	0.00	N S LEOTA	RENT P0047
900711	3017	2023-10-14	RENT_DUE	Rent 14/10 to 20/10	580.00	\N	-580.00	\N	\N
900712	3017	2023-10-16	PAYMENT	Automatic payment received	\N	580.00	0.00	N S LEOTA	RENT P0047
900713	3017	2023-10-21	RENT_DUE	Rent 21/10 to 27/10	580.00	\N	-580.00	\N	\N
900714	3017	2023-10-24	PAYMENT	Automatic payment received	\N	480.00	-100.00	N S LEOTA	RENT P0047
900715	3017	2023-10-28	RENT_DUE	Rent 28/10 to 03/11	580.00	\N	-680.00	\N	\N
900716	3017	2023-10-28	PAYMENT	Automatic payment received	\N	580.00	-100.00	N S LEOTA	RENT P0047
900717	3017	2023-11-04	RENT_DUE	Rent 04/11 to 10/11	580.00	\N	-680.00	\N	\N
900718	3017	2023-11-06	PAYMENT	Automatic payment received	\N	580.00	-100.00	N S LEOTA	RENT P0047
900719	3017	2023-11-11	RENT_DUE	Rent 11/11 to 17/11	580.00	\N	-680.00	\N	\N
900720	3017	2023-11-18	RENT_DUE	Rent 18/11 to 24/11	580.00	\N	-1260.00	\N	\N
900721	3017	2023-11-19	PAYMENT	Automatic payment received	\N	580.00	-680.00	N S LEOTA	RENT P0047
900722	3017	2023-11-25	RENT_DUE	Rent 25/11 to 01/12	580.00	\N	-1260.00	\N	\N
900723	3017	2023-11-28	PAYMENT	Automatic payment received	\N	580.00	-680.00	N S LEOTA	RENT P0047
900724	3017	2023-12-02	RENT_DUE	Rent 02/12 to 08/12	580.00	\N	-1260.00	\N	\N
900725	3017	2023-12-02	PAYMENT	Automatic payment received	\N	580.00	-680.00	N S LEOTA	RENT P0047
900726	3017	2023-12-09	RENT_DUE	Rent 09/12 to 15/12	580.00	\N	-1260.00	\N	\N
900727	3017	2023-12-09	PAYMENT	Automatic payment received	\N	530.00	-730.00	N S LEOTA	RENT P0047
900728	3017	2023-12-16	RENT_DUE	Rent 16/12 to 22/12	580.00	\N	-1310.00	\N	\N
900729	3017	2023-12-19	PAYMENT	Automatic payment received	\N	580.00	-730.00	N S LEOTA	RENT P0047
900730	3017	2023-12-23	RENT_DUE	Rent 23/12 to 29/12	580.00	\N	-1310.00	\N	\N
900731	3017	2023-12-25	PAYMENT	Automatic payment received	\N	480.00	-830.00	N S LEOTA	RENT P0047
900732	3017	2023-12-30	RENT_DUE	Rent 30/12 to 05/01	580.00	\N	-1410.00	\N	\N
900733	3017	2023-12-30	PAYMENT	Automatic payment received	\N	580.00	-830.00	N S LEOTA	RENT P0047
900734	3017	2024-01-06	RENT_DUE	Rent 06/01 to 12/01	580.00	\N	-1410.00	\N	\N
900735	3017	2024-01-07	PAYMENT	Automatic payment received	\N	580.00	-830.00	N S LEOTA	RENT P0047
900736	3017	2024-01-13	RENT_DUE	Rent 13/01 to 19/01	580.00	\N	-1410.00	\N	\N
900737	3017	2024-01-15	PAYMENT	Automatic payment received	\N	580.00	-830.00	N S LEOTA	RENT P0047
900738	3017	2024-01-20	RENT_DUE	Rent 20/01 to 26/01	580.00	\N	-1410.00	\N	\N
900739	3017	2024-01-20	PAYMENT	Automatic payment received	\N	580.00	-830.00	N S LEOTA	RENT P0047
900740	3017	2024-01-27	RENT_DUE	Rent 27/01 to 02/02	580.00	\N	-1410.00	\N	\N
900741	3017	2024-01-30	PAYMENT	Automatic payment received	\N	580.00	-830.00	N S LEOTA	RENT P0047
900742	3017	2024-02-03	RENT_DUE	Rent 03/02 to 09/02	580.00	\N	-1410.00	\N	\N
900743	3017	2024-02-05	PAYMENT	Automatic payment received	\N	580.00	-830.00	N S LEOTA	RENT P0047
900744	3017	2024-02-10	RENT_DUE	Rent 10/02 to 16/02	580.00	\N	-1410.00	\N	\N
900745	3017	2024-02-12	PAYMENT	Automatic payment received	\N	580.00	-830.00	N S LEOTA	RENT P0047
900746	3017	2024-02-17	RENT_DUE	Rent 17/02 to 23/02	580.00	\N	-1410.00	\N	\N
900747	3017	2024-02-18	PAYMENT	Automatic payment received	\N	580.00	-830.00	N S LEOTA	RENT P0047
900748	3017	2024-02-24	RENT_DUE	Rent 24/02 to 01/03	580.00	\N	-1410.00	\N	\N
900749	3017	2024-02-27	PAYMENT	Automatic payment received	\N	580.00	-830.00	N S LEOTA	RENT P0047
900750	3017	2024-03-02	RENT_DUE	Rent 02/03 to 08/03	580.00	\N	-1410.00	\N	\N
900751	3017	2024-03-05	PAYMENT	Automatic payment received	\N	580.00	-830.00	N S LEOTA	RENT P0047
900752	3017	2024-03-09	RENT_DUE	Rent 09/03 to 15/03	580.00	\N	-1410.00	\N	\N
900753	3017	2024-03-11	PAYMENT	Automatic payment received	\N	580.00	-830.00	N S LEOTA	RENT P0047
900754	3019	2023-07-01	RENT_DUE	Rent 01/07 to 07/07	955.00	\N	-955.00	\N	\N
900755	3019	2023-07-02	PAYMENT	Automatic payment received	\N	955.00	0.00	R KIM	RENT P0050
900756	3019	2023-07-08	RENT_DUE	Rent 08/07 to 14/07	955.00	\N	-955.00	\N	\N
900757	3019	2023-07-11	PAYMENT	Automatic payment received	\N	955.00	0.00	R KIM	RENT P0050
900758	3019	2023-07-15	RENT_DUE	Rent 15/07 to 21/07	955.00	\N	-955.00	\N	\N
900759	3019	2023-07-16	PAYMENT	Automatic payment received	\N	955.00	0.00	R KIM	RENT P0050
900760	3019	2023-07-22	RENT_DUE	Rent 22/07 to 28/07	955.00	\N	-955.00	\N	\N
900761	3019	2023-07-22	PAYMENT	Automatic payment received	\N	955.00	0.00	R KIM	RENT P0050
900762	3019	2023-07-29	RENT_DUE	Rent 29/07 to 04/08	955.00	\N	-955.00	\N	\N
900763	3019	2023-07-29	PAYMENT	Automatic payment received	\N	955.00	0.00	R KIM	RENT P0050
900764	3019	2023-08-05	RENT_DUE	Rent 05/08 to 11/08	955.00	\N	-955.00	\N	\N
900765	3019	2023-08-08	PAYMENT	Automatic payment received	\N	855.00	-100.00	R KIM	RENT P0050
900766	3019	2023-08-12	RENT_DUE	Rent 12/08 to 18/08	955.00	\N	-1055.00	\N	\N
900767	3019	2023-08-12	PAYMENT	Automatic payment received	\N	955.00	-100.00	R KIM	RENT P0050
900768	3019	2023-08-19	RENT_DUE	Rent 19/08 to 25/08	955.00	\N	-1055.00	\N	\N
900769	3019	2023-08-21	PAYMENT	Automatic payment received	\N	955.00	-100.00	R KIM	RENT P0050
900770	3019	2023-08-26	RENT_DUE	Rent 26/08 to 01/09	955.00	\N	-1055.00	\N	\N
900771	3019	2023-08-29	PAYMENT	Automatic payment received	\N	955.00	-100.00	R KIM	RENT P0050
900772	3019	2023-09-02	RENT_DUE	Rent 02/09 to 08/09	955.00	\N	-1055.00	\N	\N
900773	3019	2023-09-02	PAYMENT	Automatic payment received	\N	955.00	-100.00	R KIM	RENT P0050
900774	3019	2023-09-09	RENT_DUE	Rent 09/09 to 15/09	955.00	\N	-1055.00	\N	\N
900775	3019	2023-09-10	PAYMENT	Automatic payment received	\N	955.00	-100.00	R KIM	RENT P0050
900776	3019	2023-09-16	RENT_DUE	Rent 16/09 to 22/09	955.00	\N	-1055.00	\N	\N
900777	3019	2023-09-19	PAYMENT	Automatic payment received	\N	955.00	-100.00	R KIM	RENT P0050
900778	3019	2023-09-23	RENT_DUE	Rent 23/09 to 29/09	955.00	\N	-1055.00	\N	\N
900779	3019	2023-09-25	PAYMENT	Automatic payment received	\N	955.00	-100.00	R KIM	RENT P0050
900780	3019	2023-09-30	RENT_DUE	Rent 30/09 to 06/10	955.00	\N	-1055.00	\N	\N
900781	3019	2023-09-30	PAYMENT	Automatic payment received	\N	955.00	-100.00	R KIM	RENT P0050
900782	3019	2023-10-07	RENT_DUE	Rent 07/10 to 13/10	955.00	\N	-1055.00	\N	\N
900783	3019	2023-10-07	PAYMENT	Automatic payment received	\N	955.00	-100.00	R KIM	RENT P0050
900784	3019	2023-10-14	RENT_DUE	Rent 14/10 to 20/10	955.00	\N	-1055.00	\N	\N
900785	3019	2023-10-15	PAYMENT	Automatic payment received	\N	955.00	-100.00	R KIM	RENT P0050
900786	3019	2023-10-21	RENT_DUE	Rent 21/10 to 27/10	955.00	\N	-1055.00	\N	\N
900787	3019	2023-10-22	PAYMENT	Automatic payment received	\N	905.00	-150.00	R KIM	RENT P0050
900788	3019	2023-10-28	RENT_DUE	Rent 28/10 to 03/11	955.00	\N	-1105.00	\N	\N
900789	3019	2023-10-29	PAYMENT	Automatic payment received	\N	955.00	-150.00	R KIM	RENT P0050
900790	3019	2023-11-04	RENT_DUE	Rent 04/11 to 10/11	955.00	\N	-1105.00	\N	\N
900791	3019	2023-11-04	PAYMENT	Automatic payment received	\N	955.00	-150.00	R KIM	RENT P0050
900792	3019	2023-11-11	RENT_DUE	Rent 11/11 to 17/11	955.00	\N	-1105.00	\N	\N
900793	3019	2023-11-11	PAYMENT	Automatic payment received	\N	955.00	-150.00	R KIM	RENT P0050
900794	3019	2023-11-18	RENT_DUE	Rent 18/11 to 24/11	955.00	\N	-1105.00	\N	\N
900795	3019	2023-11-18	PAYMENT	Automatic payment received	\N	955.00	-150.00	R KIM	RENT P0050
900796	3019	2023-11-25	RENT_DUE	Rent 25/11 to 01/12	955.00	\N	-1105.00	\N	\N
900797	3019	2023-11-28	PAYMENT	Automatic payment received	\N	855.00	-250.00	R KIM	RENT P0050
900798	3019	2023-12-02	RENT_DUE	Rent 02/12 to 08/12	955.00	\N	-1205.00	\N	\N
900799	3019	2023-12-03	PAYMENT	Automatic payment received	\N	955.00	-250.00	R KIM	RENT P0050
900800	3019	2023-12-09	RENT_DUE	Rent 09/12 to 15/12	955.00	\N	-1205.00	\N	\N
900801	3019	2023-12-10	PAYMENT	Automatic payment received	\N	955.00	-250.00	R KIM	RENT P0050
900802	3019	2023-12-16	RENT_DUE	Rent 16/12 to 22/12	955.00	\N	-1205.00	\N	\N
900803	3019	2023-12-17	PAYMENT	Automatic payment received	\N	955.00	-250.00	R KIM	RENT P0050
900804	3019	2023-12-23	RENT_DUE	Rent 23/12 to 29/12	955.00	\N	-1205.00	\N	\N
900805	3019	2023-12-30	RENT_DUE	Rent 30/12 to 05/01	955.00	\N	-2160.00	\N	\N
900806	3019	2024-01-01	PAYMENT	Automatic payment received	\N	855.00	-1305.00	R KIM	RENT P0050
900807	3019	2024-01-06	RENT_DUE	Rent 06/01 to 12/01	955.00	\N	-2260.00	\N	\N
900808	3019	2024-01-06	PAYMENT	Automatic payment received	\N	955.00	-1305.00	R KIM	RENT P0050
900809	3019	2024-01-13	RENT_DUE	Rent 13/01 to 19/01	955.00	\N	-2260.00	\N	\N
900810	3019	2024-01-13	PAYMENT	Automatic payment received	\N	955.00	-1305.00	R KIM	RENT P0050
900811	3019	2024-01-20	RENT_DUE	Rent 20/01 to 26/01	955.00	\N	-2260.00	\N	\N
900812	3019	2024-01-20	PAYMENT	Automatic payment received	\N	955.00	-1305.00	R KIM	RENT P0050
900813	3019	2024-01-27	RENT_DUE	Rent 27/01 to 02/02	955.00	\N	-2260.00	\N	\N
900814	3019	2024-01-29	PAYMENT	Automatic payment received	\N	955.00	-1305.00	R KIM	RENT P0050
900815	3019	2024-02-03	RENT_DUE	Rent 03/02 to 09/02	955.00	\N	-2260.00	\N	\N
900816	3019	2024-02-04	PAYMENT	Automatic payment received	\N	955.00	-1305.00	R KIM	RENT P0050
900817	3019	2024-02-10	RENT_DUE	Rent 10/02 to 16/02	955.00	\N	-2260.00	\N	\N
900818	3019	2024-02-11	PAYMENT	Automatic payment received	\N	955.00	-1305.00	R KIM	RENT P0050
900819	3019	2024-02-17	RENT_DUE	Rent 17/02 to 23/02	955.00	\N	-2260.00	\N	\N
900820	3019	2024-02-20	PAYMENT	Automatic payment received	\N	955.00	-1305.00	R KIM	RENT P0050
900821	3019	2024-02-24	RENT_DUE	Rent 24/02 to 01/03	955.00	\N	-2260.00	\N	\N
900822	3019	2024-02-24	PAYMENT	Automatic payment received	\N	955.00	-1305.00	R KIM	RENT P0050
900823	3019	2024-03-02	RENT_DUE	Rent 02/03 to 08/03	955.00	\N	-2260.00	\N	\N
900824	3019	2024-03-04	PAYMENT	Automatic payment received	\N	955.00	-1305.00	R KIM	RENT P0050
900825	3019	2024-03-09	RENT_DUE	Rent 09/03 to 15/03	955.00	\N	-2260.00	\N	\N
900826	3019	2024-03-10	PAYMENT	Automatic payment received	\N	955.00	-1305.00	R KIM	RENT P0050
900827	3019	2024-03-16	RENT_DUE	Rent 16/03 to 22/03	955.00	\N	-2260.00	\N	\N
900828	3019	2024-03-16	PAYMENT	Automatic payment received	\N	955.00	-1305.00	R KIM	RENT P0050
900829	3019	2024-03-23	RENT_DUE	Rent 23/03 to 29/03	955.00	\N	-2260.00	\N	\N
900830	3019	2024-03-23	PAYMENT	Automatic payment received	\N	955.00	-1305.00	R KIM	RENT P0050
900831	3019	2024-03-30	RENT_DUE	Rent 30/03 to 05/04	955.00	\N	-2260.00	\N	\N
900832	3019	2024-03-30	PAYMENT	Automatic payment received	\N	955.00	-1305.00	R KIM	RENT P0050
900833	3019	2024-04-06	RENT_DUE	Rent 06/04 to 12/04	955.00	\N	-2260.00	\N	\N
900834	3019	2024-04-06	PAYMENT	Automatic payment received	\N	955.00	-1305.00	R KIM	RENT P0050
900835	3019	2024-04-13	RENT_DUE	Rent 13/04 to 19/04	955.00	\N	-2260.00	\N	\N
900836	3019	2024-04-14	PAYMENT	Automatic payment received	\N	955.00	-1305.00	R KIM	RENT P0050
900837	3019	2024-04-20	RENT_DUE	Rent 20/04 to 26/04	955.00	\N	-2260.00	\N	\N
900838	3019	2024-04-21	PAYMENT	Automatic payment received	\N	955.00	-1305.00	R KIM	RENT P0050
900839	3019	2024-04-27	RENT_DUE	Rent 27/04 to 03/05	955.00	\N	-2260.00	\N	\N
900840	3019	2024-05-04	RENT_DUE	Rent 04/05 to 10/05	955.00	\N	-3215.00	\N	\N
900841	3019	2024-05-11	RENT_DUE	Rent 11/05 to 17/05	955.00	\N	-4170.00	\N	\N
900842	3019	2024-05-14	PAYMENT	Automatic payment received	\N	955.00	-3215.00	R KIM	RENT P0050
900843	3019	2024-05-18	RENT_DUE	Rent 18/05 to 24/05	955.00	\N	-4170.00	\N	\N
900844	3019	2024-05-20	PAYMENT	Automatic payment received	\N	955.00	-3215.00	R KIM	RENT P0050
900845	3019	2024-05-25	RENT_DUE	Rent 25/05 to 31/05	955.00	\N	-4170.00	\N	\N
900846	3019	2024-05-26	PAYMENT	Automatic payment received	\N	955.00	-3215.00	R KIM	RENT P0050
900847	3019	2024-06-01	RENT_DUE	Rent 01/06 to 07/06	955.00	\N	-4170.00	\N	\N
900848	3019	2024-06-04	PAYMENT	Automatic payment received	\N	955.00	-3215.00	R KIM	RENT P0050
900849	3019	2024-06-08	RENT_DUE	Rent 08/06 to 14/06	955.00	\N	-4170.00	\N	\N
900850	3019	2024-06-08	PAYMENT	Automatic payment received	\N	955.00	-3215.00	R KIM	RENT P0050
900851	3019	2024-06-15	RENT_DUE	Rent 15/06 to 21/06	955.00	\N	-4170.00	\N	\N
900852	3019	2024-06-22	RENT_DUE	Rent 22/06 to 28/06	955.00	\N	-5125.00	\N	\N
900853	3019	2024-06-22	PAYMENT	Automatic payment received	\N	955.00	-4170.00	R KIM	RENT P0050
900854	3020	2023-07-01	RENT_DUE	Rent 01/07 to 07/07	915.00	\N	-915.00	\N	\N
900855	3020	2023-07-04	PAYMENT	Automatic payment received	\N	915.00	0.00	C PŌMARE	RENT P0053
900856	3020	2023-07-08	RENT_DUE	Rent 08/07 to 14/07	915.00	\N	-915.00	\N	\N
900857	3020	2023-07-11	PAYMENT	Automatic payment received	\N	915.00	0.00	C PŌMARE	RENT P0053
900858	3020	2023-07-15	RENT_DUE	Rent 15/07 to 21/07	915.00	\N	-915.00	\N	\N
900859	3020	2023-07-15	PAYMENT	Automatic payment received	\N	915.00	0.00	C PŌMARE	RENT P0053
900860	3020	2023-07-22	RENT_DUE	Rent 22/07 to 28/07	915.00	\N	-915.00	\N	\N
900861	3020	2023-07-29	RENT_DUE	Rent 29/07 to 04/08	915.00	\N	-1830.00	\N	\N
900862	3020	2023-07-29	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900863	3020	2023-08-05	RENT_DUE	Rent 05/08 to 11/08	915.00	\N	-1830.00	\N	\N
900864	3020	2023-08-07	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900865	3020	2023-08-12	RENT_DUE	Rent 12/08 to 18/08	915.00	\N	-1830.00	\N	\N
900866	3020	2023-08-15	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900867	3020	2023-08-19	RENT_DUE	Rent 19/08 to 25/08	915.00	\N	-1830.00	\N	\N
900868	3020	2023-08-19	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900869	3020	2023-08-26	RENT_DUE	Rent 26/08 to 01/09	915.00	\N	-1830.00	\N	\N
900870	3020	2023-08-27	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900871	3020	2023-09-02	RENT_DUE	Rent 02/09 to 08/09	915.00	\N	-1830.00	\N	\N
900872	3020	2023-09-03	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900873	3020	2023-09-09	RENT_DUE	Rent 09/09 to 15/09	915.00	\N	-1830.00	\N	\N
900874	3020	2023-09-09	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900875	3020	2023-09-16	RENT_DUE	Rent 16/09 to 22/09	915.00	\N	-1830.00	\N	\N
900876	3020	2023-09-17	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900877	3020	2023-09-23	RENT_DUE	Rent 23/09 to 29/09	915.00	\N	-1830.00	\N	\N
900878	3020	2023-09-23	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900879	3020	2023-09-30	RENT_DUE	Rent 30/09 to 06/10	915.00	\N	-1830.00	\N	\N
900880	3020	2023-10-01	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900881	3020	2023-10-07	RENT_DUE	Rent 07/10 to 13/10	915.00	\N	-1830.00	\N	\N
900882	3020	2023-10-10	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900883	3020	2023-10-14	RENT_DUE	Rent 14/10 to 20/10	915.00	\N	-1830.00	\N	\N
900884	3020	2023-10-14	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900885	3020	2023-10-21	RENT_DUE	Rent 21/10 to 27/10	915.00	\N	-1830.00	\N	\N
900886	3020	2023-10-23	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900887	3020	2023-10-28	RENT_DUE	Rent 28/10 to 03/11	915.00	\N	-1830.00	\N	\N
900888	3020	2023-10-28	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900889	3020	2023-11-04	RENT_DUE	Rent 04/11 to 10/11	915.00	\N	-1830.00	\N	\N
900890	3020	2023-11-04	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900891	3020	2023-11-11	RENT_DUE	Rent 11/11 to 17/11	915.00	\N	-1830.00	\N	\N
900892	3020	2023-11-11	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900893	3020	2023-11-18	RENT_DUE	Rent 18/11 to 24/11	915.00	\N	-1830.00	\N	\N
900894	3020	2023-11-20	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900895	3020	2023-11-25	RENT_DUE	Rent 25/11 to 01/12	915.00	\N	-1830.00	\N	\N
900896	3020	2023-11-26	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900897	3020	2023-12-02	RENT_DUE	Rent 02/12 to 08/12	915.00	\N	-1830.00	\N	\N
900898	3020	2023-12-02	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900899	3020	2023-12-09	RENT_DUE	Rent 09/12 to 15/12	915.00	\N	-1830.00	\N	\N
900900	3020	2023-12-09	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900901	3020	2023-12-16	RENT_DUE	Rent 16/12 to 22/12	915.00	\N	-1830.00	\N	\N
900902	3020	2023-12-17	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900903	3020	2023-12-23	RENT_DUE	Rent 23/12 to 29/12	915.00	\N	-1830.00	\N	\N
900904	3020	2023-12-23	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900905	3020	2023-12-30	RENT_DUE	Rent 30/12 to 05/01	915.00	\N	-1830.00	\N	\N
900906	3020	2023-12-30	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900907	3020	2024-01-06	RENT_DUE	Rent 06/01 to 12/01	915.00	\N	-1830.00	\N	\N
900908	3020	2024-01-08	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900909	3020	2024-01-13	RENT_DUE	Rent 13/01 to 19/01	915.00	\N	-1830.00	\N	\N
900910	3020	2024-01-15	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900911	3020	2024-01-20	RENT_DUE	Rent 20/01 to 26/01	915.00	\N	-1830.00	\N	\N
900912	3020	2024-01-21	PAYMENT	Automatic payment received	\N	915.00	-915.00	C PŌMARE	RENT P0053
900913	3020	2024-01-27	RENT_DUE	Rent 27/01 to 02/02	915.00	\N	-1830.00	\N	\N
900914	3020	2024-02-03	RENT_DUE	Rent 03/02 to 09/02	915.00	\N	-2745.00	\N	\N
900915	3020	2024-02-06	PAYMENT	Automatic payment received	\N	915.00	-1830.00	C PŌMARE	RENT P0053
900916	3020	2024-02-10	RENT_DUE	Rent 10/02 to 16/02	915.00	\N	-2745.00	\N	\N
900917	3020	2024-02-11	PAYMENT	Automatic payment received	\N	915.00	-1830.00	C PŌMARE	RENT P0053
900918	3020	2024-02-17	RENT_DUE	Rent 17/02 to 23/02	915.00	\N	-2745.00	\N	\N
900919	3020	2024-02-19	PAYMENT	Automatic payment received	\N	915.00	-1830.00	C PŌMARE	RENT P0053
900920	3020	2024-02-24	RENT_DUE	Rent 24/02 to 01/03	915.00	\N	-2745.00	\N	\N
900921	3020	2024-02-27	PAYMENT	Automatic payment received	\N	915.00	-1830.00	C PŌMARE	RENT P0053
900922	3020	2024-03-02	RENT_DUE	Rent 02/03 to 08/03	915.00	\N	-2745.00	\N	\N
900923	3020	2024-03-04	PAYMENT	Automatic payment received	\N	915.00	-1830.00	C PŌMARE	RENT P0053
900924	3020	2024-03-09	RENT_DUE	Rent 09/03 to 15/03	915.00	\N	-2745.00	\N	\N
900925	3020	2024-03-09	PAYMENT	Automatic payment received	\N	915.00	-1830.00	C PŌMARE	RENT P0053
900926	3020	2024-03-16	RENT_DUE	Rent 16/03 to 22/03	915.00	\N	-2745.00	\N	\N
900927	3020	2024-03-18	PAYMENT	Automatic payment received	\N	915.00	-1830.00	C PŌMARE	RENT P0053
900928	3020	2024-03-23	RENT_DUE	Rent 23/03 to 29/03	915.00	\N	-2745.00	\N	\N
900929	3020	2024-03-23	PAYMENT	Automatic payment received	\N	915.00	-1830.00	C PŌMARE	RENT P0053
900930	3020	2024-03-30	RENT_DUE	Rent 30/03 to 05/04	915.00	\N	-2745.00	\N	\N
900931	3020	2024-04-01	PAYMENT	Automatic payment received	\N	915.00	-1830.00	C PŌMARE	RENT P0053
900932	3020	2024-04-06	RENT_DUE	Rent 06/04 to 12/04	915.00	\N	-2745.00	\N	\N
900933	3020	2024-04-09	PAYMENT	Automatic payment received	\N	915.00	-1830.00	C PŌMARE	RENT P0053
900934	3020	2024-04-13	RENT_DUE	Rent 13/04 to 19/04	915.00	\N	-2745.00	\N	\N
900935	3020	2024-04-14	PAYMENT	Automatic payment received	\N	915.00	-1830.00	C PŌMARE	RENT P0053
900936	3020	2024-04-20	RENT_DUE	Rent 20/04 to 26/04	915.00	\N	-2745.00	\N	\N
900937	3020	2024-04-20	PAYMENT	Automatic payment received	\N	915.00	-1830.00	C PŌMARE	RENT P0053
900938	3020	2024-04-27	RENT_DUE	Rent 27/04 to 03/05	915.00	\N	-2745.00	\N	\N
900939	3020	2024-05-04	RENT_DUE	Rent 04/05 to 10/05	915.00	\N	-3660.00	\N	\N
900940	3020	2024-05-11	RENT_DUE	Rent 11/05 to 17/05	915.00	\N	-4575.00	\N	\N
900941	3020	2024-05-14	PAYMENT	Automatic payment received	\N	915.00	-3660.00	C PŌMARE	RENT P0053
900942	3020	2024-05-18	RENT_DUE	Rent 18/05 to 24/05	915.00	\N	-4575.00	\N	\N
900943	3020	2024-05-18	PAYMENT	Automatic payment received	\N	915.00	-3660.00	C PŌMARE	RENT P0053
900944	3020	2024-05-25	RENT_DUE	Rent 25/05 to 31/05	915.00	\N	-4575.00	\N	\N
900945	3020	2024-05-25	PAYMENT	Automatic payment received	\N	915.00	-3660.00	C PŌMARE	RENT P0053
900946	3020	2024-06-01	RENT_DUE	Rent 01/06 to 07/06	915.00	\N	-4575.00	\N	\N
900947	3020	2024-06-01	PAYMENT	Automatic payment received	\N	915.00	-3660.00	C PŌMARE	RENT P0053
900948	3020	2024-06-08	RENT_DUE	Rent 08/06 to 14/06	915.00	\N	-4575.00	\N	\N
900949	3020	2024-06-09	PAYMENT	Automatic payment received	\N	915.00	-3660.00	C PŌMARE	RENT P0053
900950	3020	2024-06-15	RENT_DUE	Rent 15/06 to 21/06	915.00	\N	-4575.00	\N	\N
900951	3020	2024-06-15	PAYMENT	Automatic payment received	\N	915.00	-3660.00	C PŌMARE	RENT P0053
900952	3020	2024-06-22	RENT_DUE	Rent 22/06 to 28/06	915.00	\N	-4575.00	\N	\N
900953	3020	2024-06-25	PAYMENT	Automatic payment received	\N	915.00	-3660.00	C PŌMARE	RENT P0053
900954	3022	2023-07-01	RENT_DUE	Rent 01/07 to 07/07	865.00	\N	-865.00	\N	\N
900955	3022	2023-07-04	PAYMENT	Automatic payment received	\N	865.00	0.00	S J HOROMONA	RENT P0059
900956	3022	2023-07-08	RENT_DUE	Rent 08/07 to 14/07	865.00	\N	-865.00	\N	\N
900957	3022	2023-07-08	PAYMENT	Automatic payment received	\N	765.00	-100.00	S J HOROMONA	RENT P0059
900958	3022	2023-07-15	RENT_DUE	Rent 15/07 to 21/07	865.00	\N	-965.00	\N	\N
900959	3022	2023-07-15	PAYMENT	Automatic payment received	\N	865.00	-100.00	S J HOROMONA	RENT P0059
900960	3022	2023-07-22	RENT_DUE	Rent 22/07 to 28/07	865.00	\N	-965.00	\N	\N
900961	3022	2023-07-22	PAYMENT	Automatic payment received	\N	865.00	-100.00	S J HOROMONA	RENT P0059
900962	3022	2023-07-29	RENT_DUE	Rent 29/07 to 04/08	865.00	\N	-965.00	\N	\N
900963	3022	2023-08-05	RENT_DUE	Rent 05/08 to 11/08	865.00	\N	-1830.00	\N	\N
900964	3022	2023-08-06	PAYMENT	Automatic payment received	\N	865.00	-965.00	S J HOROMONA	RENT P0059
900965	3022	2023-08-12	RENT_DUE	Rent 12/08 to 18/08	865.00	\N	-1830.00	\N	\N
900966	3022	2023-08-12	PAYMENT	Automatic payment received	\N	865.00	-965.00	S J HOROMONA	RENT P0059
900967	3022	2023-08-19	RENT_DUE	Rent 19/08 to 25/08	865.00	\N	-1830.00	\N	\N
900968	3022	2023-08-21	PAYMENT	Automatic payment received	\N	765.00	-1065.00	S J HOROMONA	RENT P0059
900969	3022	2023-08-26	RENT_DUE	Rent 26/08 to 01/09	865.00	\N	-1930.00	\N	\N
900970	3022	2023-08-27	PAYMENT	Automatic payment received	\N	865.00	-1065.00	S J HOROMONA	RENT P0059
900971	3022	2023-09-02	RENT_DUE	Rent 02/09 to 08/09	865.00	\N	-1930.00	\N	\N
900972	3022	2023-09-04	PAYMENT	Automatic payment received	\N	865.00	-1065.00	S J HOROMONA	RENT P0059
900973	3022	2023-09-09	RENT_DUE	Rent 09/09 to 15/09	865.00	\N	-1930.00	\N	\N
900974	3022	2023-09-09	PAYMENT	Automatic payment received	\N	865.00	-1065.00	S J HOROMONA	RENT P0059
900975	3022	2023-09-16	RENT_DUE	Rent 16/09 to 22/09	865.00	\N	-1930.00	\N	\N
900976	3022	2023-09-16	PAYMENT	Automatic payment received	\N	865.00	-1065.00	S J HOROMONA	RENT P0059
900977	3022	2023-09-23	RENT_DUE	Rent 23/09 to 29/09	865.00	\N	-1930.00	\N	\N
900978	3022	2023-09-26	PAYMENT	Automatic payment received	\N	865.00	-1065.00	S J HOROMONA	RENT P0059
900979	3022	2023-09-30	RENT_DUE	Rent 30/09 to 06/10	865.00	\N	-1930.00	\N	\N
900980	3022	2023-09-30	PAYMENT	Automatic payment received	\N	865.00	-1065.00	S J HOROMONA	RENT P0059
900981	3022	2023-10-07	RENT_DUE	Rent 07/10 to 13/10	865.00	\N	-1930.00	\N	\N
900982	3022	2023-10-09	PAYMENT	Automatic payment received	\N	865.00	-1065.00	S J HOROMONA	RENT P0059
900983	3022	2023-10-14	RENT_DUE	Rent 14/10 to 20/10	865.00	\N	-1930.00	\N	\N
900984	3022	2023-10-14	PAYMENT	Automatic payment received	\N	865.00	-1065.00	S J HOROMONA	RENT P0059
900985	3022	2023-10-21	RENT_DUE	Rent 21/10 to 27/10	865.00	\N	-1930.00	\N	\N
900986	3022	2023-10-21	PAYMENT	Automatic payment received	\N	815.00	-1115.00	S J HOROMONA	RENT P0059
900987	3022	2023-10-28	RENT_DUE	Rent 28/10 to 03/11	865.00	\N	-1980.00	\N	\N
900988	3022	2023-11-04	RENT_DUE	Rent 04/11 to 10/11	865.00	\N	-2845.00	\N	\N
900989	3022	2023-11-04	PAYMENT	Automatic payment received	\N	865.00	-1980.00	S J HOROMONA	RENT P0059
900990	3022	2023-11-11	RENT_DUE	Rent 11/11 to 17/11	865.00	\N	-2845.00	\N	\N
900991	3022	2023-11-14	PAYMENT	Automatic payment received	\N	865.00	-1980.00	S J HOROMONA	RENT P0059
900992	3022	2023-11-18	RENT_DUE	Rent 18/11 to 24/11	865.00	\N	-2845.00	\N	\N
900993	3022	2023-11-21	PAYMENT	Automatic payment received	\N	865.00	-1980.00	S J HOROMONA	RENT P0059
900994	3022	2023-11-25	RENT_DUE	Rent 25/11 to 01/12	865.00	\N	-2845.00	\N	\N
900995	3022	2023-11-28	PAYMENT	Automatic payment received	\N	865.00	-1980.00	S J HOROMONA	RENT P0059
900996	3022	2023-12-02	RENT_DUE	Rent 02/12 to 08/12	865.00	\N	-2845.00	\N	\N
900997	3022	2023-12-02	PAYMENT	Automatic payment received	\N	865.00	-1980.00	S J HOROMONA	RENT P0059
900998	3022	2023-12-09	RENT_DUE	Rent 09/12 to 15/12	865.00	\N	-2845.00	\N	\N
900999	3022	2023-12-12	PAYMENT	Automatic payment received	\N	865.00	-1980.00	S J HOROMONA	RENT P0059
901000	3022	2023-12-16	RENT_DUE	Rent 16/12 to 22/12	865.00	\N	-2845.00	\N	\N
901001	3022	2023-12-19	PAYMENT	Automatic payment received	\N	865.00	-1980.00	S J HOROMONA	RENT P0059
901002	3022	2023-12-23	RENT_DUE	Rent 23/12 to 29/12	865.00	\N	-2845.00	\N	\N
901003	3022	2023-12-23	PAYMENT	Automatic payment received	\N	865.00	-1980.00	S J HOROMONA	RENT P0059
901004	3022	2023-12-30	RENT_DUE	Rent 30/12 to 05/01	865.00	\N	-2845.00	\N	\N
901005	3022	2023-12-30	PAYMENT	Automatic payment received	\N	865.00	-1980.00	S J HOROMONA	RENT P0059
901006	3022	2024-01-06	RENT_DUE	Rent 06/01 to 12/01	865.00	\N	-2845.00	\N	\N
901007	3022	2024-01-07	PAYMENT	Automatic payment received	\N	865.00	-1980.00	S J HOROMONA	RENT P0059
901008	3022	2024-01-13	RENT_DUE	Rent 13/01 to 19/01	865.00	\N	-2845.00	\N	\N
901009	3022	2024-01-15	PAYMENT	Automatic payment received	\N	865.00	-1980.00	S J HOROMONA	RENT P0059
901010	3022	2024-01-20	RENT_DUE	Rent 20/01 to 26/01	865.00	\N	-2845.00	\N	\N
901011	3022	2024-01-20	PAYMENT	Automatic payment received	\N	865.00	-1980.00	S J HOROMONA	RENT P0059
901012	3022	2024-01-27	RENT_DUE	Rent 27/01 to 02/02	865.00	\N	-2845.00	\N	\N
901013	3022	2024-01-29	PAYMENT	Automatic payment received	\N	865.00	-1980.00	S J HOROMONA	RENT P0059
901014	3022	2024-02-03	RENT_DUE	Rent 03/02 to 09/02	865.00	\N	-2845.00	\N	\N
901015	3022	2024-02-04	PAYMENT	Automatic payment received	\N	865.00	-1980.00	S J HOROMONA	RENT P0059
901016	3022	2024-02-10	RENT_DUE	Rent 10/02 to 16/02	865.00	\N	-2845.00	\N	\N
901017	3022	2024-02-11	PAYMENT	Automatic payment received	\N	865.00	-1980.00	S J HOROMONA	RENT P0059
901018	3022	2024-02-17	RENT_DUE	Rent 17/02 to 23/02	865.00	\N	-2845.00	\N	\N
901019	3022	2024-02-17	PAYMENT	Automatic payment received	\N	865.00	-1980.00	S J HOROMONA	RENT P0059
901020	3022	2024-02-24	RENT_DUE	Rent 24/02 to 01/03	865.00	\N	-2845.00	\N	\N
901021	3022	2024-02-24	PAYMENT	Automatic payment received	\N	865.00	-1980.00	S J HOROMONA	RENT P0059
901022	3022	2024-03-02	RENT_DUE	Rent 02/03 to 08/03	865.00	\N	-2845.00	\N	\N
901023	3022	2024-03-04	PAYMENT	Automatic payment received	\N	865.00	-1980.00	S J HOROMONA	RENT P0059
901024	3024	2023-07-01	RENT_DUE	Rent 01/07 to 07/07	450.00	\N	-450.00	\N	\N
901025	3024	2023-07-04	PAYMENT	Automatic payment received	\N	450.00	0.00	MSD/WINZ	RENT P0065
901026	3024	2023-07-08	RENT_DUE	Rent 08/07 to 14/07	450.00	\N	-450.00	\N	\N
901027	3024	2023-07-08	PAYMENT	Automatic payment received	\N	450.00	0.00	MSD/WINZ	RENT P0065
901028	3024	2023-07-15	RENT_DUE	Rent 15/07 to 21/07	450.00	\N	-450.00	\N	\N
901029	3024	2023-07-17	PAYMENT	Automatic payment received	\N	450.00	0.00	MSD/WINZ	RENT P0065
901030	3024	2023-07-22	RENT_DUE	Rent 22/07 to 28/07	450.00	\N	-450.00	\N	\N
901031	3024	2023-07-24	PAYMENT	Automatic payment received	\N	450.00	0.00	MSD/WINZ	RENT P0065
901032	3024	2023-07-29	RENT_DUE	Rent 29/07 to 04/08	450.00	\N	-450.00	\N	\N
901033	3024	2023-07-29	PAYMENT	Automatic payment received	\N	450.00	0.00	MSD/WINZ	RENT P0065
901034	3024	2023-08-05	RENT_DUE	Rent 05/08 to 11/08	450.00	\N	-450.00	\N	\N
901035	3024	2023-08-07	PAYMENT	Automatic payment received	\N	450.00	0.00	MSD/WINZ	RENT P0065
901036	3024	2023-08-12	RENT_DUE	Rent 12/08 to 18/08	450.00	\N	-450.00	\N	\N
901037	3024	2023-08-14	PAYMENT	Automatic payment received	\N	450.00	0.00	MSD/WINZ	RENT P0065
901038	3024	2023-08-19	RENT_DUE	Rent 19/08 to 25/08	450.00	\N	-450.00	\N	\N
901039	3024	2023-08-20	PAYMENT	Automatic payment received	\N	450.00	0.00	MSD/WINZ	RENT P0065
901040	3024	2023-08-26	RENT_DUE	Rent 26/08 to 01/09	450.00	\N	-450.00	\N	\N
901041	3024	2023-08-28	PAYMENT	Automatic payment received	\N	450.00	0.00	MSD/WINZ	RENT P0065
901042	3024	2023-09-02	RENT_DUE	Rent 02/09 to 08/09	450.00	\N	-450.00	\N	\N
901043	3024	2023-09-09	RENT_DUE	Rent 09/09 to 15/09	450.00	\N	-900.00	\N	\N
901044	3024	2023-09-09	PAYMENT	Automatic payment received	\N	450.00	-450.00	MSD/WINZ	RENT P0065
901045	3024	2023-09-16	RENT_DUE	Rent 16/09 to 22/09	450.00	\N	-900.00	\N	\N
901046	3024	2023-09-16	PAYMENT	Automatic payment received	\N	450.00	-450.00	MSD/WINZ	RENT P0065
901047	3024	2023-09-23	RENT_DUE	Rent 23/09 to 29/09	450.00	\N	-900.00	\N	\N
901048	3024	2023-09-23	PAYMENT	Automatic payment received	\N	450.00	-450.00	MSD/WINZ	RENT P0065
901049	3024	2023-09-30	RENT_DUE	Rent 30/09 to 06/10	450.00	\N	-900.00	\N	\N
901050	3024	2023-10-01	PAYMENT	Automatic payment received	\N	450.00	-450.00	MSD/WINZ	RENT P0065
901051	3024	2023-10-07	RENT_DUE	Rent 07/10 to 13/10	450.00	\N	-900.00	\N	\N
901052	3024	2023-10-09	PAYMENT	Automatic payment received	\N	450.00	-450.00	MSD/WINZ	RENT P0065
901053	3024	2023-10-14	RENT_DUE	Rent 14/10 to 20/10	450.00	\N	-900.00	\N	\N
901054	3024	2023-10-15	PAYMENT	Automatic payment received	\N	450.00	-450.00	MSD/WINZ	RENT P0065
901055	3024	2023-10-21	RENT_DUE	Rent 21/10 to 27/10	450.00	\N	-900.00	\N	\N
901056	3024	2023-10-24	PAYMENT	Automatic payment received	\N	450.00	-450.00	MSD/WINZ	RENT P0065
901057	3024	2023-10-28	RENT_DUE	Rent 28/10 to 03/11	450.00	\N	-900.00	\N	\N
901058	3024	2023-10-31	PAYMENT	Automatic payment received	\N	450.00	-450.00	MSD/WINZ	RENT P0065
901059	3024	2023-11-04	RENT_DUE	Rent 04/11 to 10/11	450.00	\N	-900.00	\N	\N
901060	3024	2023-11-04	PAYMENT	Automatic payment received	\N	450.00	-450.00	MSD/WINZ	RENT P0065
901061	3024	2023-11-11	RENT_DUE	Rent 11/11 to 17/11	450.00	\N	-900.00	\N	\N
901062	3024	2023-11-18	RENT_DUE	Rent 18/11 to 24/11	450.00	\N	-1350.00	\N	\N
901063	3024	2023-11-18	PAYMENT	Automatic payment received	\N	450.00	-900.00	MSD/WINZ	RENT P0065
901064	3024	2023-11-25	RENT_DUE	Rent 25/11 to 01/12	450.00	\N	-1350.00	\N	\N
901065	3024	2023-11-25	PAYMENT	Automatic payment received	\N	450.00	-900.00	MSD/WINZ	RENT P0065
901066	3024	2023-12-02	RENT_DUE	Rent 02/12 to 08/12	450.00	\N	-1350.00	\N	\N
901067	3024	2023-12-02	PAYMENT	Automatic payment received	\N	450.00	-900.00	MSD/WINZ	RENT P0065
901068	3026	2023-07-01	RENT_DUE	Rent 01/07 to 07/07	540.00	\N	-540.00	\N	\N
901069	3026	2023-07-01	PAYMENT	Automatic payment received	\N	540.00	0.00	N M SINGH	RENT P0068
901070	3026	2023-07-08	RENT_DUE	Rent 08/07 to 14/07	540.00	\N	-540.00	\N	\N
901071	3026	2023-07-09	PAYMENT	Automatic payment received	\N	540.00	0.00	N M SINGH	RENT P0068
901072	3026	2023-07-15	RENT_DUE	Rent 15/07 to 21/07	540.00	\N	-540.00	\N	\N
901073	3026	2023-07-16	PAYMENT	Automatic payment received	\N	540.00	0.00	N M SINGH	RENT P0068
901074	3026	2023-07-22	RENT_DUE	Rent 22/07 to 28/07	540.00	\N	-540.00	\N	\N
901075	3026	2023-07-23	PAYMENT	Automatic payment received	\N	540.00	0.00	N M SINGH	RENT P0068
901076	3026	2023-07-29	RENT_DUE	Rent 29/07 to 04/08	540.00	\N	-540.00	\N	\N
901077	3026	2023-08-05	RENT_DUE	Rent 05/08 to 11/08	540.00	\N	-1080.00	\N	\N
901078	3026	2023-08-07	PAYMENT	Automatic payment received	\N	540.00	-540.00	N M SINGH	RENT P0068
901079	3026	2023-08-12	RENT_DUE	Rent 12/08 to 18/08	540.00	\N	-1080.00	\N	\N
901080	3026	2023-08-14	PAYMENT	Automatic payment received	\N	540.00	-540.00	N M SINGH	RENT P0068
901081	3026	2023-08-19	RENT_DUE	Rent 19/08 to 25/08	540.00	\N	-1080.00	\N	\N
901082	3026	2023-08-22	PAYMENT	Automatic payment received	\N	540.00	-540.00	N M SINGH	RENT P0068
901083	3026	2023-08-26	RENT_DUE	Rent 26/08 to 01/09	540.00	\N	-1080.00	\N	\N
901084	3026	2023-08-26	PAYMENT	Automatic payment received	\N	540.00	-540.00	N M SINGH	RENT P0068
901085	3026	2023-09-02	RENT_DUE	Rent 02/09 to 08/09	540.00	\N	-1080.00	\N	\N
901086	3026	2023-09-02	PAYMENT	Automatic payment received	\N	540.00	-540.00	N M SINGH	RENT P0068
901087	3026	2023-09-09	RENT_DUE	Rent 09/09 to 15/09	540.00	\N	-1080.00	\N	\N
901088	3026	2023-09-12	PAYMENT	Automatic payment received	\N	440.00	-640.00	N M SINGH	RENT P0068
901089	3026	2023-09-16	RENT_DUE	Rent 16/09 to 22/09	540.00	\N	-1180.00	\N	\N
901090	3026	2023-09-16	PAYMENT	Automatic payment received	\N	540.00	-640.00	N M SINGH	RENT P0068
901091	3026	2023-09-23	RENT_DUE	Rent 23/09 to 29/09	540.00	\N	-1180.00	\N	\N
901092	3026	2023-09-25	PAYMENT	Automatic payment received	\N	540.00	-640.00	N M SINGH	RENT P0068
901093	3026	2023-09-30	RENT_DUE	Rent 30/09 to 06/10	540.00	\N	-1180.00	\N	\N
901094	3026	2023-10-01	PAYMENT	Automatic payment received	\N	540.00	-640.00	N M SINGH	RENT P0068
901095	3026	2023-10-07	RENT_DUE	Rent 07/10 to 13/10	540.00	\N	-1180.00	\N	\N
901096	3026	2023-10-07	PAYMENT	Automatic payment received	\N	540.00	-640.00	N M SINGH	RENT P0068
901097	3026	2023-10-14	RENT_DUE	Rent 14/10 to 20/10	540.00	\N	-1180.00	\N	\N
901098	3026	2023-10-14	PAYMENT	Automatic payment received	\N	540.00	-640.00	N M SINGH	RENT P0068
901099	3026	2023-10-21	RENT_DUE	Rent 21/10 to 27/10	540.00	\N	-1180.00	\N	\N
901100	3026	2023-10-22	PAYMENT	Automatic payment received	\N	540.00	-640.00	N M SINGH	RENT P0068
901101	3026	2023-10-28	RENT_DUE	Rent 28/10 to 03/11	540.00	\N	-1180.00	\N	\N
901102	3026	2023-10-28	PAYMENT	Automatic payment received	\N	540.00	-640.00	N M SINGH	RENT P0068
901103	3026	2023-11-04	RENT_DUE	Rent 04/11 to 10/11	540.00	\N	-1180.00	\N	\N
901104	3026	2023-11-11	RENT_DUE	Rent 11/11 to 17/11	540.00	\N	-1720.00	\N	\N
901105	3026	2023-11-12	PAYMENT	Automatic payment received	\N	540.00	-1180.00	N M SINGH	RENT P0068
901106	3026	2023-11-18	RENT_DUE	Rent 18/11 to 24/11	540.00	\N	-1720.00	\N	\N
901107	3026	2023-11-25	RENT_DUE	Rent 25/11 to 01/12	540.00	\N	-2260.00	\N	\N
901108	3026	2023-11-25	PAYMENT	Automatic payment received	\N	540.00	-1720.00	N M SINGH	RENT P0068
901109	3026	2023-12-02	RENT_DUE	Rent 02/12 to 08/12	540.00	\N	-2260.00	\N	\N
901110	3026	2023-12-03	PAYMENT	Automatic payment received	\N	540.00	-1720.00	N M SINGH	RENT P0068
901111	3026	2023-12-09	RENT_DUE	Rent 09/12 to 15/12	540.00	\N	-2260.00	\N	\N
901112	3026	2023-12-10	PAYMENT	Automatic payment received	\N	540.00	-1720.00	N M SINGH	RENT P0068
901113	3026	2023-12-16	RENT_DUE	Rent 16/12 to 22/12	540.00	\N	-2260.00	\N	\N
901114	3026	2023-12-16	PAYMENT	Automatic payment received	\N	540.00	-1720.00	N M SINGH	RENT P0068
901115	3026	2023-12-23	RENT_DUE	Rent 23/12 to 29/12	540.00	\N	-2260.00	\N	\N
901116	3026	2023-12-26	PAYMENT	Automatic payment received	\N	540.00	-1720.00	N M SINGH	RENT P0068
901117	3026	2023-12-30	RENT_DUE	Rent 30/12 to 05/01	540.00	\N	-2260.00	\N	\N
901118	3026	2024-01-01	PAYMENT	Automatic payment received	\N	540.00	-1720.00	N M SINGH	RENT P0068
901119	3026	2024-01-06	RENT_DUE	Rent 06/01 to 12/01	540.00	\N	-2260.00	\N	\N
901120	3026	2024-01-07	PAYMENT	Automatic payment received	\N	540.00	-1720.00	N M SINGH	RENT P0068
901121	3026	2024-01-13	RENT_DUE	Rent 13/01 to 19/01	540.00	\N	-2260.00	\N	\N
901122	3026	2024-01-16	PAYMENT	Automatic payment received	\N	540.00	-1720.00	N M SINGH	RENT P0068
901123	3026	2024-01-20	RENT_DUE	Rent 20/01 to 26/01	540.00	\N	-2260.00	\N	\N
901124	3026	2024-01-21	PAYMENT	Automatic payment received	\N	540.00	-1720.00	N M SINGH	RENT P0068
901125	3026	2024-01-27	RENT_DUE	Rent 27/01 to 02/02	540.00	\N	-2260.00	\N	\N
901126	3026	2024-01-27	PAYMENT	Automatic payment received	\N	540.00	-1720.00	N M SINGH	RENT P0068
901127	3026	2024-02-03	RENT_DUE	Rent 03/02 to 09/02	540.00	\N	-2260.00	\N	\N
901128	3026	2024-02-10	RENT_DUE	Rent 10/02 to 16/02	540.00	\N	-2800.00	\N	\N
901129	3026	2024-02-10	PAYMENT	Automatic payment received	\N	540.00	-2260.00	N M SINGH	RENT P0068
901130	3026	2024-02-17	RENT_DUE	Rent 17/02 to 23/02	540.00	\N	-2800.00	\N	\N
901131	3026	2024-02-24	RENT_DUE	Rent 24/02 to 01/03	540.00	\N	-3340.00	\N	\N
901132	3026	2024-02-27	PAYMENT	Automatic payment received	\N	540.00	-2800.00	N M SINGH	RENT P0068
901133	3026	2024-03-02	RENT_DUE	Rent 02/03 to 08/03	540.00	\N	-3340.00	\N	\N
901134	3026	2024-03-03	PAYMENT	Automatic payment received	\N	540.00	-2800.00	N M SINGH	RENT P0068
901135	3026	2024-03-09	RENT_DUE	Rent 09/03 to 15/03	540.00	\N	-3340.00	\N	\N
901136	3026	2024-03-12	PAYMENT	Automatic payment received	\N	540.00	-2800.00	N M SINGH	RENT P0068
901137	3026	2024-03-16	RENT_DUE	Rent 16/03 to 22/03	540.00	\N	-3340.00	\N	\N
901138	3026	2024-03-23	RENT_DUE	Rent 23/03 to 29/03	540.00	\N	-3880.00	\N	\N
901139	3026	2024-03-26	PAYMENT	Automatic payment received	\N	540.00	-3340.00	N M SINGH	RENT P0068
901140	3026	2024-03-30	RENT_DUE	Rent 30/03 to 05/04	540.00	\N	-3880.00	\N	\N
901141	3026	2024-04-02	PAYMENT	Automatic payment received	\N	540.00	-3340.00	N M SINGH	RENT P0068
901142	3026	2024-04-06	RENT_DUE	Rent 06/04 to 12/04	540.00	\N	-3880.00	\N	\N
901143	3026	2024-04-13	RENT_DUE	Rent 13/04 to 19/04	540.00	\N	-4420.00	\N	\N
901144	3026	2024-04-15	PAYMENT	Automatic payment received	\N	540.00	-3880.00	N M SINGH	RENT P0068
901145	3026	2024-04-20	RENT_DUE	Rent 20/04 to 26/04	540.00	\N	-4420.00	\N	\N
901146	3026	2024-04-20	PAYMENT	Automatic payment received	\N	540.00	-3880.00	N M SINGH	RENT P0068
901147	3026	2024-04-27	RENT_DUE	Rent 27/04 to 03/05	540.00	\N	-4420.00	\N	\N
901148	3026	2024-04-28	PAYMENT	Automatic payment received	\N	540.00	-3880.00	N M SINGH	RENT P0068
901149	3026	2024-05-04	RENT_DUE	Rent 04/05 to 10/05	540.00	\N	-4420.00	\N	\N
901150	3026	2024-05-06	PAYMENT	Automatic payment received	\N	540.00	-3880.00	N M SINGH	RENT P0068
901151	3026	2024-05-11	RENT_DUE	Rent 11/05 to 17/05	540.00	\N	-4420.00	\N	\N
901152	3026	2024-05-11	PAYMENT	Automatic payment received	\N	540.00	-3880.00	N M SINGH	RENT P0068
901153	3026	2024-05-18	RENT_DUE	Rent 18/05 to 24/05	540.00	\N	-4420.00	\N	\N
901154	3026	2024-05-18	PAYMENT	Automatic payment received	\N	540.00	-3880.00	N M SINGH	RENT P0068
901155	3026	2024-05-25	RENT_DUE	Rent 25/05 to 31/05	540.00	\N	-4420.00	\N	\N
901156	3026	2024-06-01	RENT_DUE	Rent 01/06 to 07/06	540.00	\N	-4960.00	\N	\N
901157	3026	2024-06-01	PAYMENT	Automatic payment received	\N	490.00	-4470.00	N M SINGH	RENT P0068
901158	3026	2024-06-08	RENT_DUE	Rent 08/06 to 14/06	540.00	\N	-5010.00	\N	\N
901159	3026	2024-06-11	PAYMENT	Automatic payment received	\N	540.00	-4470.00	N M SINGH	RENT P0068
901160	3026	2024-06-15	RENT_DUE	Rent 15/06 to 21/06	540.00	\N	-5010.00	\N	\N
901161	3026	2024-06-16	PAYMENT	Automatic payment received	\N	540.00	-4470.00	N M SINGH	RENT P0068
901162	3026	2024-06-22	RENT_DUE	Rent 22/06 to 28/06	540.00	\N	-5010.00	\N	\N
901163	3026	2024-06-24	PAYMENT	Automatic payment received	\N	540.00	-4470.00	N M SINGH	RENT P0068
901164	3027	2023-07-01	RENT_DUE	Rent 01/07 to 07/07	940.00	\N	-940.00	\N	\N
901165	3027	2023-07-01	PAYMENT	Automatic payment received	\N	890.00	-50.00	M NGUYEN	RENT P0071
901166	3027	2023-07-08	RENT_DUE	Rent 08/07 to 14/07	940.00	\N	-990.00	\N	\N
901167	3027	2023-07-11	PAYMENT	Automatic payment received	\N	940.00	-50.00	M NGUYEN	RENT P0071
901168	3027	2023-07-15	RENT_DUE	Rent 15/07 to 21/07	940.00	\N	-990.00	\N	\N
901169	3027	2023-07-15	PAYMENT	Automatic payment received	\N	940.00	-50.00	M NGUYEN	RENT P0071
901170	3027	2023-07-22	RENT_DUE	Rent 22/07 to 28/07	940.00	\N	-990.00	\N	\N
901171	3027	2023-07-22	PAYMENT	Automatic payment received	\N	940.00	-50.00	M NGUYEN	RENT P0071
901172	3027	2023-07-29	RENT_DUE	Rent 29/07 to 04/08	940.00	\N	-990.00	\N	\N
901173	3027	2023-08-01	PAYMENT	Automatic payment received	\N	840.00	-150.00	M NGUYEN	RENT P0071
901174	3027	2023-08-05	RENT_DUE	Rent 05/08 to 11/08	940.00	\N	-1090.00	\N	\N
901175	3027	2023-08-05	PAYMENT	Automatic payment received	\N	940.00	-150.00	M NGUYEN	RENT P0071
901176	3027	2023-08-12	RENT_DUE	Rent 12/08 to 18/08	940.00	\N	-1090.00	\N	\N
901177	3027	2023-08-13	PAYMENT	Automatic payment received	\N	940.00	-150.00	M NGUYEN	RENT P0071
901178	3027	2023-08-19	RENT_DUE	Rent 19/08 to 25/08	940.00	\N	-1090.00	\N	\N
901179	3027	2023-08-19	PAYMENT	Automatic payment received	\N	940.00	-150.00	M NGUYEN	RENT P0071
901180	3027	2023-08-26	RENT_DUE	Rent 26/08 to 01/09	940.00	\N	-1090.00	\N	\N
901181	3027	2023-08-28	PAYMENT	Automatic payment received	\N	940.00	-150.00	M NGUYEN	RENT P0071
901182	3027	2023-09-02	RENT_DUE	Rent 02/09 to 08/09	940.00	\N	-1090.00	\N	\N
901183	3027	2023-09-04	PAYMENT	Automatic payment received	\N	940.00	-150.00	M NGUYEN	RENT P0071
901184	3027	2023-09-09	RENT_DUE	Rent 09/09 to 15/09	940.00	\N	-1090.00	\N	\N
901185	3027	2023-09-10	PAYMENT	Automatic payment received	\N	940.00	-150.00	M NGUYEN	RENT P0071
901186	3027	2023-09-16	RENT_DUE	Rent 16/09 to 22/09	940.00	\N	-1090.00	\N	\N
901187	3027	2023-09-19	PAYMENT	Automatic payment received	\N	940.00	-150.00	M NGUYEN	RENT P0071
901188	3027	2023-09-23	RENT_DUE	Rent 23/09 to 29/09	940.00	\N	-1090.00	\N	\N
901189	3027	2023-09-26	PAYMENT	Automatic payment received	\N	940.00	-150.00	M NGUYEN	RENT P0071
901190	3027	2023-09-30	RENT_DUE	Rent 30/09 to 06/10	940.00	\N	-1090.00	\N	\N
901191	3027	2023-10-01	PAYMENT	Automatic payment received	\N	940.00	-150.00	M NGUYEN	RENT P0071
901192	3027	2023-10-07	RENT_DUE	Rent 07/10 to 13/10	940.00	\N	-1090.00	\N	\N
901193	3027	2023-10-10	PAYMENT	Automatic payment received	\N	940.00	-150.00	M NGUYEN	RENT P0071
901194	3027	2023-10-14	RENT_DUE	Rent 14/10 to 20/10	940.00	\N	-1090.00	\N	\N
901195	3027	2023-10-15	PAYMENT	Automatic payment received	\N	940.00	-150.00	M NGUYEN	RENT P0071
901196	3027	2023-10-21	RENT_DUE	Rent 21/10 to 27/10	940.00	\N	-1090.00	\N	\N
901197	3027	2023-10-21	PAYMENT	Automatic payment received	\N	940.00	-150.00	M NGUYEN	RENT P0071
901198	3027	2023-10-28	RENT_DUE	Rent 28/10 to 03/11	940.00	\N	-1090.00	\N	\N
901199	3027	2023-10-29	PAYMENT	Automatic payment received	\N	940.00	-150.00	M NGUYEN	RENT P0071
901200	3027	2023-11-04	RENT_DUE	Rent 04/11 to 10/11	940.00	\N	-1090.00	\N	\N
901201	3027	2023-11-06	PAYMENT	Automatic payment received	\N	940.00	-150.00	M NGUYEN	RENT P0071
901202	3027	2023-11-11	RENT_DUE	Rent 11/11 to 17/11	940.00	\N	-1090.00	\N	\N
901203	3027	2023-11-12	PAYMENT	Automatic payment received	\N	940.00	-150.00	M NGUYEN	RENT P0071
901204	3027	2023-11-18	RENT_DUE	Rent 18/11 to 24/11	940.00	\N	-1090.00	\N	\N
901205	3027	2023-11-20	PAYMENT	Automatic payment received	\N	940.00	-150.00	M NGUYEN	RENT P0071
901206	3027	2023-11-25	RENT_DUE	Rent 25/11 to 01/12	940.00	\N	-1090.00	\N	\N
901207	3027	2023-11-25	PAYMENT	Automatic payment received	\N	940.00	-150.00	M NGUYEN	RENT P0071
901208	3027	2023-12-02	RENT_DUE	Rent 02/12 to 08/12	940.00	\N	-1090.00	\N	\N
901209	3027	2023-12-03	PAYMENT	Automatic payment received	\N	940.00	-150.00	M NGUYEN	RENT P0071
901210	3027	2023-12-09	RENT_DUE	Rent 09/12 to 15/12	940.00	\N	-1090.00	\N	\N
901211	3027	2023-12-10	PAYMENT	Automatic payment received	\N	940.00	-150.00	M NGUYEN	RENT P0071
901212	3028	2023-07-01	RENT_DUE	Rent 01/07 to 07/07	490.00	\N	-490.00	\N	\N
901213	3028	2023-07-01	PAYMENT	Automatic payment received	\N	490.00	0.00	W HEREWINI	RENT P0074
901214	3028	2023-07-08	RENT_DUE	Rent 08/07 to 14/07	490.00	\N	-490.00	\N	\N
901215	3028	2023-07-09	PAYMENT	Automatic payment received	\N	490.00	0.00	W HEREWINI	RENT P0074
901216	3028	2023-07-15	RENT_DUE	Rent 15/07 to 21/07	490.00	\N	-490.00	\N	\N
901217	3028	2023-07-16	PAYMENT	Automatic payment received	\N	490.00	0.00	W HEREWINI	RENT P0074
901218	3028	2023-07-22	RENT_DUE	Rent 22/07 to 28/07	490.00	\N	-490.00	\N	\N
901219	3028	2023-07-24	PAYMENT	Automatic payment received	\N	490.00	0.00	W HEREWINI	RENT P0074
901220	3028	2023-07-29	RENT_DUE	Rent 29/07 to 04/08	490.00	\N	-490.00	\N	\N
901221	3028	2023-07-31	PAYMENT	Automatic payment received	\N	490.00	0.00	W HEREWINI	RENT P0074
901222	3028	2023-08-05	RENT_DUE	Rent 05/08 to 11/08	490.00	\N	-490.00	\N	\N
901223	3028	2023-08-06	PAYMENT	Automatic payment received	\N	490.00	0.00	W HEREWINI	RENT P0074
901224	3028	2023-08-12	RENT_DUE	Rent 12/08 to 18/08	490.00	\N	-490.00	\N	\N
901225	3028	2023-08-12	PAYMENT	Automatic payment received	\N	490.00	0.00	W HEREWINI	RENT P0074
901226	3028	2023-08-19	RENT_DUE	Rent 19/08 to 25/08	490.00	\N	-490.00	\N	\N
901227	3028	2023-08-19	PAYMENT	Automatic payment received	\N	490.00	0.00	W HEREWINI	RENT P0074
901228	3028	2023-08-26	RENT_DUE	Rent 26/08 to 01/09	490.00	\N	-490.00	\N	\N
901229	3028	2023-08-26	PAYMENT	Automatic payment received	\N	490.00	0.00	W HEREWINI	RENT P0074
901230	3028	2023-09-02	RENT_DUE	Rent 02/09 to 08/09	490.00	\N	-490.00	\N	\N
901231	3028	2023-09-02	PAYMENT	Automatic payment received	\N	440.00	-50.00	W HEREWINI	RENT P0074
901232	3028	2023-09-09	RENT_DUE	Rent 09/09 to 15/09	490.00	\N	-540.00	\N	\N
901233	3028	2023-09-10	PAYMENT	Automatic payment received	\N	490.00	-50.00	W HEREWINI	RENT P0074
901234	3028	2023-09-16	RENT_DUE	Rent 16/09 to 22/09	490.00	\N	-540.00	\N	\N
901235	3028	2023-09-23	RENT_DUE	Rent 23/09 to 29/09	490.00	\N	-1030.00	\N	\N
901236	3028	2023-09-26	PAYMENT	Automatic payment received	\N	490.00	-540.00	W HEREWINI	RENT P0074
901237	3028	2023-09-30	RENT_DUE	Rent 30/09 to 06/10	490.00	\N	-1030.00	\N	\N
901238	3028	2023-10-01	PAYMENT	Automatic payment received	\N	490.00	-540.00	W HEREWINI	RENT P0074
901239	3028	2023-10-07	RENT_DUE	Rent 07/10 to 13/10	490.00	\N	-1030.00	\N	\N
901240	3028	2023-10-14	RENT_DUE	Rent 14/10 to 20/10	490.00	\N	-1520.00	\N	\N
901241	3028	2023-10-21	RENT_DUE	Rent 21/10 to 27/10	490.00	\N	-2010.00	\N	\N
901242	3028	2023-10-22	PAYMENT	Automatic payment received	\N	490.00	-1520.00	W HEREWINI	RENT P0074
901243	3028	2023-10-28	RENT_DUE	Rent 28/10 to 03/11	490.00	\N	-2010.00	\N	\N
901244	3028	2023-10-29	PAYMENT	Automatic payment received	\N	490.00	-1520.00	W HEREWINI	RENT P0074
901245	3028	2023-11-04	RENT_DUE	Rent 04/11 to 10/11	490.00	\N	-2010.00	\N	\N
901246	3028	2023-11-04	PAYMENT	Automatic payment received	\N	390.00	-1620.00	W HEREWINI	RENT P0074
901247	3028	2023-11-11	RENT_DUE	Rent 11/11 to 17/11	490.00	\N	-2110.00	\N	\N
901248	3028	2023-11-12	PAYMENT	Automatic payment received	\N	490.00	-1620.00	W HEREWINI	RENT P0074
901249	3028	2023-11-18	RENT_DUE	Rent 18/11 to 24/11	490.00	\N	-2110.00	\N	\N
901250	3028	2023-11-21	PAYMENT	Automatic payment received	\N	490.00	-1620.00	W HEREWINI	RENT P0074
901251	3030	2023-07-01	RENT_DUE	Rent 01/07 to 07/07	830.00	\N	-830.00	\N	\N
901252	3030	2023-07-02	PAYMENT	Automatic payment received	\N	830.00	0.00	R KIM	RENT P0077
901253	3030	2023-07-08	RENT_DUE	Rent 08/07 to 14/07	830.00	\N	-830.00	\N	\N
901254	3030	2023-07-09	PAYMENT	Automatic payment received	\N	830.00	0.00	R KIM	RENT P0077
901255	3030	2023-07-15	RENT_DUE	Rent 15/07 to 21/07	830.00	\N	-830.00	\N	\N
901256	3030	2023-07-15	PAYMENT	Automatic payment received	\N	780.00	-50.00	R KIM	RENT P0077
901257	3030	2023-07-22	RENT_DUE	Rent 22/07 to 28/07	830.00	\N	-880.00	\N	\N
901258	3030	2023-07-22	PAYMENT	Automatic payment received	\N	830.00	-50.00	R KIM	RENT P0077
901259	3030	2023-07-29	RENT_DUE	Rent 29/07 to 04/08	830.00	\N	-880.00	\N	\N
901260	3030	2023-07-29	PAYMENT	Automatic payment received	\N	830.00	-50.00	R KIM	RENT P0077
901261	3030	2023-08-05	RENT_DUE	Rent 05/08 to 11/08	830.00	\N	-880.00	\N	\N
901262	3030	2023-08-05	PAYMENT	Automatic payment received	\N	830.00	-50.00	R KIM	RENT P0077
901263	3030	2023-08-12	RENT_DUE	Rent 12/08 to 18/08	830.00	\N	-880.00	\N	\N
901264	3030	2023-08-13	PAYMENT	Automatic payment received	\N	830.00	-50.00	R KIM	RENT P0077
901265	3030	2023-08-19	RENT_DUE	Rent 19/08 to 25/08	830.00	\N	-880.00	\N	\N
901266	3030	2023-08-19	PAYMENT	Automatic payment received	\N	830.00	-50.00	R KIM	RENT P0077
901267	3030	2023-08-26	RENT_DUE	Rent 26/08 to 01/09	830.00	\N	-880.00	\N	\N
901268	3030	2023-08-29	PAYMENT	Automatic payment received	\N	830.00	-50.00	R KIM	RENT P0077
901269	3030	2023-09-02	RENT_DUE	Rent 02/09 to 08/09	830.00	\N	-880.00	\N	\N
901270	3030	2023-09-02	PAYMENT	Automatic payment received	\N	780.00	-100.00	R KIM	RENT P0077
901271	3030	2023-09-09	RENT_DUE	Rent 09/09 to 15/09	830.00	\N	-930.00	\N	\N
901272	3030	2023-09-09	PAYMENT	Automatic payment received	\N	830.00	-100.00	R KIM	RENT P0077
901273	3030	2023-09-16	RENT_DUE	Rent 16/09 to 22/09	830.00	\N	-930.00	\N	\N
901274	3030	2023-09-17	PAYMENT	Automatic payment received	\N	830.00	-100.00	R KIM	RENT P0077
901275	3030	2023-09-23	RENT_DUE	Rent 23/09 to 29/09	830.00	\N	-930.00	\N	\N
901276	3030	2023-09-26	PAYMENT	Automatic payment received	\N	830.00	-100.00	R KIM	RENT P0077
901277	3030	2023-09-30	RENT_DUE	Rent 30/09 to 06/10	830.00	\N	-930.00	\N	\N
901278	3030	2023-10-03	PAYMENT	Automatic payment received	\N	830.00	-100.00	R KIM	RENT P0077
901279	3030	2023-10-07	RENT_DUE	Rent 07/10 to 13/10	830.00	\N	-930.00	\N	\N
901280	3030	2023-10-10	PAYMENT	Automatic payment received	\N	830.00	-100.00	R KIM	RENT P0077
901281	3030	2023-10-14	RENT_DUE	Rent 14/10 to 20/10	830.00	\N	-930.00	\N	\N
901282	3030	2023-10-16	PAYMENT	Automatic payment received	\N	830.00	-100.00	R KIM	RENT P0077
901283	3030	2023-10-21	RENT_DUE	Rent 21/10 to 27/10	830.00	\N	-930.00	\N	\N
901284	3030	2023-10-22	PAYMENT	Automatic payment received	\N	830.00	-100.00	R KIM	RENT P0077
901285	3030	2023-10-28	RENT_DUE	Rent 28/10 to 03/11	830.00	\N	-930.00	\N	\N
901286	3030	2023-10-30	PAYMENT	Automatic payment received	\N	830.00	-100.00	R KIM	RENT P0077
901287	3030	2023-11-04	RENT_DUE	Rent 04/11 to 10/11	830.00	\N	-930.00	\N	\N
901288	3030	2023-11-07	PAYMENT	Automatic payment received	\N	830.00	-100.00	R KIM	RENT P0077
901289	3030	2023-11-11	RENT_DUE	Rent 11/11 to 17/11	830.00	\N	-930.00	\N	\N
901290	3030	2023-11-13	PAYMENT	Automatic payment received	\N	830.00	-100.00	R KIM	RENT P0077
901291	3030	2023-11-18	RENT_DUE	Rent 18/11 to 24/11	830.00	\N	-930.00	\N	\N
901292	3030	2023-11-21	PAYMENT	Automatic payment received	\N	830.00	-100.00	R KIM	RENT P0077
901293	3030	2023-11-25	RENT_DUE	Rent 25/11 to 01/12	830.00	\N	-930.00	\N	\N
901294	3030	2023-11-27	PAYMENT	Automatic payment received	\N	830.00	-100.00	R KIM	RENT P0077
901295	3030	2023-12-02	RENT_DUE	Rent 02/12 to 08/12	830.00	\N	-930.00	\N	\N
901296	3030	2023-12-02	PAYMENT	Automatic payment received	\N	830.00	-100.00	R KIM	RENT P0077
901297	3030	2023-12-09	RENT_DUE	Rent 09/12 to 15/12	830.00	\N	-930.00	\N	\N
901298	3030	2023-12-16	RENT_DUE	Rent 16/12 to 22/12	830.00	\N	-1760.00	\N	\N
901299	3030	2023-12-16	PAYMENT	Automatic payment received	\N	830.00	-930.00	R KIM	RENT P0077
901300	3030	2023-12-23	RENT_DUE	Rent 23/12 to 29/12	830.00	\N	-1760.00	\N	\N
901301	3030	2023-12-25	PAYMENT	Automatic payment received	\N	830.00	-930.00	R KIM	RENT P0077
901302	3030	2023-12-30	RENT_DUE	Rent 30/12 to 05/01	830.00	\N	-1760.00	\N	\N
901303	3030	2023-12-31	PAYMENT	Automatic payment received	\N	830.00	-930.00	R KIM	RENT P0077
901304	3030	2024-01-06	RENT_DUE	Rent 06/01 to 12/01	830.00	\N	-1760.00	\N	\N
901305	3030	2024-01-09	PAYMENT	Automatic payment received	\N	830.00	-930.00	R KIM	RENT P0077
901306	3030	2024-01-13	RENT_DUE	Rent 13/01 to 19/01	830.00	\N	-1760.00	\N	\N
901307	3030	2024-01-13	PAYMENT	Automatic payment received	\N	830.00	-930.00	R KIM	RENT P0077
901308	3030	2024-01-20	RENT_DUE	Rent 20/01 to 26/01	830.00	\N	-1760.00	\N	\N
901309	3030	2024-01-20	PAYMENT	Automatic payment received	\N	830.00	-930.00	R KIM	RENT P0077
901310	3030	2024-01-27	RENT_DUE	Rent 27/01 to 02/02	830.00	\N	-1760.00	\N	\N
901311	3030	2024-01-28	PAYMENT	Automatic payment received	\N	780.00	-980.00	R KIM	RENT P0077
901312	3030	2024-02-03	RENT_DUE	Rent 03/02 to 09/02	830.00	\N	-1810.00	\N	\N
901313	3030	2024-02-03	PAYMENT	Automatic payment received	\N	830.00	-980.00	R KIM	RENT P0077
901314	3030	2024-02-10	RENT_DUE	Rent 10/02 to 16/02	830.00	\N	-1810.00	\N	\N
901315	3030	2024-02-11	PAYMENT	Automatic payment received	\N	830.00	-980.00	R KIM	RENT P0077
901316	3030	2024-02-17	RENT_DUE	Rent 17/02 to 23/02	830.00	\N	-1810.00	\N	\N
901317	3030	2024-02-19	PAYMENT	Automatic payment received	\N	830.00	-980.00	R KIM	RENT P0077
901318	3030	2024-02-24	RENT_DUE	Rent 24/02 to 01/03	830.00	\N	-1810.00	\N	\N
901319	3030	2024-02-24	PAYMENT	Automatic payment received	\N	830.00	-980.00	R KIM	RENT P0077
901320	3030	2024-03-02	RENT_DUE	Rent 02/03 to 08/03	830.00	\N	-1810.00	\N	\N
901321	3030	2024-03-02	PAYMENT	Automatic payment received	\N	830.00	-980.00	R KIM	RENT P0077
901322	3030	2024-03-09	RENT_DUE	Rent 09/03 to 15/03	830.00	\N	-1810.00	\N	\N
901323	3030	2024-03-10	PAYMENT	Automatic payment received	\N	830.00	-980.00	R KIM	RENT P0077
901324	3030	2024-03-16	RENT_DUE	Rent 16/03 to 22/03	830.00	\N	-1810.00	\N	\N
901325	3030	2024-03-23	RENT_DUE	Rent 23/03 to 29/03	830.00	\N	-2640.00	\N	\N
901326	3030	2024-03-23	PAYMENT	Automatic payment received	\N	830.00	-1810.00	R KIM	RENT P0077
901327	3030	2024-03-30	RENT_DUE	Rent 30/03 to 05/04	830.00	\N	-2640.00	\N	\N
901328	3030	2024-03-30	PAYMENT	Automatic payment received	\N	830.00	-1810.00	R KIM	RENT P0077
901329	3030	2024-04-06	RENT_DUE	Rent 06/04 to 12/04	830.00	\N	-2640.00	\N	\N
901330	3030	2024-04-09	PAYMENT	Automatic payment received	\N	830.00	-1810.00	R KIM	RENT P0077
901331	3030	2024-04-13	RENT_DUE	Rent 13/04 to 19/04	830.00	\N	-2640.00	\N	\N
901332	3030	2024-04-13	PAYMENT	Automatic payment received	\N	830.00	-1810.00	R KIM	RENT P0077
901333	3030	2024-04-20	RENT_DUE	Rent 20/04 to 26/04	830.00	\N	-2640.00	\N	\N
901334	3030	2024-04-23	PAYMENT	Automatic payment received	\N	830.00	-1810.00	R KIM	RENT P0077
901335	3030	2024-04-27	RENT_DUE	Rent 27/04 to 03/05	830.00	\N	-2640.00	\N	\N
901336	3030	2024-05-04	RENT_DUE	Rent 04/05 to 10/05	830.00	\N	-3470.00	\N	\N
901337	3030	2024-05-07	PAYMENT	Automatic payment received	\N	730.00	-2740.00	R KIM	RENT P0077
901338	3030	2024-05-11	RENT_DUE	Rent 11/05 to 17/05	830.00	\N	-3570.00	\N	\N
901339	3030	2024-05-11	PAYMENT	Automatic payment received	\N	830.00	-2740.00	R KIM	RENT P0077
901340	3030	2024-05-18	RENT_DUE	Rent 18/05 to 24/05	830.00	\N	-3570.00	\N	\N
901341	3030	2024-05-19	PAYMENT	Automatic payment received	\N	830.00	-2740.00	R KIM	RENT P0077
901342	3030	2024-05-25	RENT_DUE	Rent 25/05 to 31/05	830.00	\N	-3570.00	\N	\N
901343	3030	2024-05-25	PAYMENT	Automatic payment received	\N	830.00	-2740.00	R KIM	RENT P0077
901344	3030	2024-06-01	RENT_DUE	Rent 01/06 to 07/06	830.00	\N	-3570.00	\N	\N
901345	3030	2024-06-08	RENT_DUE	Rent 08/06 to 14/06	830.00	\N	-4400.00	\N	\N
901346	3030	2024-06-08	PAYMENT	Automatic payment received	\N	830.00	-3570.00	R KIM	RENT P0077
901347	3030	2024-06-15	RENT_DUE	Rent 15/06 to 21/06	830.00	\N	-4400.00	\N	\N
901348	3030	2024-06-15	PAYMENT	Automatic payment received	\N	830.00	-3570.00	R KIM	RENT P0077
901349	3030	2024-06-22	RENT_DUE	Rent 22/06 to 28/06	830.00	\N	-4400.00	\N	\N
901350	3030	2024-06-25	PAYMENT	Automatic payment received	\N	830.00	-3570.00	R KIM	RENT P0077
901351	3032	2023-07-01	RENT_DUE	Rent 01/07 to 07/07	850.00	\N	-850.00	\N	\N
901352	3032	2023-07-04	PAYMENT	Automatic payment received	\N	750.00	-100.00	L SMITH	RENT P0080
901353	3032	2023-07-08	RENT_DUE	Rent 08/07 to 14/07	850.00	\N	-950.00	\N	\N
901354	3032	2023-07-08	PAYMENT	Automatic payment received	\N	850.00	-100.00	L SMITH	RENT P0080
901355	3032	2023-07-15	RENT_DUE	Rent 15/07 to 21/07	850.00	\N	-950.00	\N	\N
901356	3032	2023-07-18	PAYMENT	Automatic payment received	\N	800.00	-150.00	L SMITH	RENT P0080
901357	3032	2023-07-22	RENT_DUE	Rent 22/07 to 28/07	850.00	\N	-1000.00	\N	\N
901358	3032	2023-07-22	PAYMENT	Automatic payment received	\N	850.00	-150.00	L SMITH	RENT P0080
901359	3032	2023-07-29	RENT_DUE	Rent 29/07 to 04/08	850.00	\N	-1000.00	\N	\N
901360	3032	2023-08-01	PAYMENT	Automatic payment received	\N	850.00	-150.00	L SMITH	RENT P0080
901361	3032	2023-08-05	RENT_DUE	Rent 05/08 to 11/08	850.00	\N	-1000.00	\N	\N
901362	3032	2023-08-05	PAYMENT	Automatic payment received	\N	850.00	-150.00	L SMITH	RENT P0080
901363	3032	2023-08-12	RENT_DUE	Rent 12/08 to 18/08	850.00	\N	-1000.00	\N	\N
901364	3032	2023-08-12	PAYMENT	Automatic payment received	\N	850.00	-150.00	L SMITH	RENT P0080
901365	3032	2023-08-19	RENT_DUE	Rent 19/08 to 25/08	850.00	\N	-1000.00	\N	\N
901366	3032	2023-08-21	PAYMENT	Automatic payment received	\N	850.00	-150.00	L SMITH	RENT P0080
901367	3032	2023-08-26	RENT_DUE	Rent 26/08 to 01/09	850.00	\N	-1000.00	\N	\N
901368	3032	2023-08-27	PAYMENT	Automatic payment received	\N	850.00	-150.00	L SMITH	RENT P0080
901369	3032	2023-09-02	RENT_DUE	Rent 02/09 to 08/09	850.00	\N	-1000.00	\N	\N
901370	3032	2023-09-04	PAYMENT	Automatic payment received	\N	850.00	-150.00	L SMITH	RENT P0080
901371	3032	2023-09-09	RENT_DUE	Rent 09/09 to 15/09	850.00	\N	-1000.00	\N	\N
901372	3032	2023-09-16	RENT_DUE	Rent 16/09 to 22/09	850.00	\N	-1850.00	\N	\N
901373	3032	2023-09-16	PAYMENT	Automatic payment received	\N	850.00	-1000.00	L SMITH	RENT P0080
901374	3032	2023-09-23	RENT_DUE	Rent 23/09 to 29/09	850.00	\N	-1850.00	\N	\N
901375	3032	2023-09-23	PAYMENT	Automatic payment received	\N	850.00	-1000.00	L SMITH	RENT P0080
901376	3032	2023-09-30	RENT_DUE	Rent 30/09 to 06/10	850.00	\N	-1850.00	\N	\N
901377	3032	2023-10-01	PAYMENT	Automatic payment received	\N	850.00	-1000.00	L SMITH	RENT P0080
901378	3032	2023-10-07	RENT_DUE	Rent 07/10 to 13/10	850.00	\N	-1850.00	\N	\N
901379	3032	2023-10-07	PAYMENT	Automatic payment received	\N	850.00	-1000.00	L SMITH	RENT P0080
901380	3032	2023-10-14	RENT_DUE	Rent 14/10 to 20/10	850.00	\N	-1850.00	\N	\N
901381	3032	2023-10-14	PAYMENT	Automatic payment received	\N	850.00	-1000.00	L SMITH	RENT P0080
901382	3032	2023-10-21	RENT_DUE	Rent 21/10 to 27/10	850.00	\N	-1850.00	\N	\N
901383	3032	2023-10-23	PAYMENT	Automatic payment received	\N	850.00	-1000.00	L SMITH	RENT P0080
901384	3032	2023-10-28	RENT_DUE	Rent 28/10 to 03/11	850.00	\N	-1850.00	\N	\N
901385	3032	2023-10-28	PAYMENT	Automatic payment received	\N	850.00	-1000.00	L SMITH	RENT P0080
901386	3032	2023-11-04	RENT_DUE	Rent 04/11 to 10/11	850.00	\N	-1850.00	\N	\N
901387	3032	2023-11-07	PAYMENT	Automatic payment received	\N	850.00	-1000.00	L SMITH	RENT P0080
901388	3032	2023-11-11	RENT_DUE	Rent 11/11 to 17/11	850.00	\N	-1850.00	\N	\N
901389	3032	2023-11-12	PAYMENT	Automatic payment received	\N	850.00	-1000.00	L SMITH	RENT P0080
901390	3032	2023-11-18	RENT_DUE	Rent 18/11 to 24/11	850.00	\N	-1850.00	\N	\N
901391	3032	2023-11-21	PAYMENT	Automatic payment received	\N	850.00	-1000.00	L SMITH	RENT P0080
901392	3032	2023-11-25	RENT_DUE	Rent 25/11 to 01/12	850.00	\N	-1850.00	\N	\N
901393	3032	2023-11-27	PAYMENT	Automatic payment received	\N	850.00	-1000.00	L SMITH	RENT P0080
901394	3032	2023-12-02	RENT_DUE	Rent 02/12 to 08/12	850.00	\N	-1850.00	\N	\N
901395	3032	2023-12-09	RENT_DUE	Rent 09/12 to 15/12	850.00	\N	-2700.00	\N	\N
901396	3032	2023-12-09	PAYMENT	Automatic payment received	\N	850.00	-1850.00	L SMITH	RENT P0080
901397	3032	2023-12-16	RENT_DUE	Rent 16/12 to 22/12	850.00	\N	-2700.00	\N	\N
901398	3032	2023-12-17	PAYMENT	Automatic payment received	\N	850.00	-1850.00	L SMITH	RENT P0080
901399	3032	2023-12-23	RENT_DUE	Rent 23/12 to 29/12	850.00	\N	-2700.00	\N	\N
901400	3032	2023-12-26	PAYMENT	Automatic payment received	\N	850.00	-1850.00	L SMITH	RENT P0080
901401	3032	2023-12-30	RENT_DUE	Rent 30/12 to 05/01	850.00	\N	-2700.00	\N	\N
901402	3032	2023-12-30	PAYMENT	Automatic payment received	\N	850.00	-1850.00	L SMITH	RENT P0080
901403	3032	2024-01-06	RENT_DUE	Rent 06/01 to 12/01	850.00	\N	-2700.00	\N	\N
901404	3032	2024-01-07	PAYMENT	Automatic payment received	\N	850.00	-1850.00	L SMITH	RENT P0080
901405	3032	2024-01-13	RENT_DUE	Rent 13/01 to 19/01	850.00	\N	-2700.00	\N	\N
901406	3032	2024-01-13	PAYMENT	Automatic payment received	\N	850.00	-1850.00	L SMITH	RENT P0080
901407	3032	2024-01-20	RENT_DUE	Rent 20/01 to 26/01	850.00	\N	-2700.00	\N	\N
901408	3032	2024-01-20	PAYMENT	Automatic payment received	\N	850.00	-1850.00	L SMITH	RENT P0080
901409	3032	2024-01-27	RENT_DUE	Rent 27/01 to 02/02	850.00	\N	-2700.00	\N	\N
901410	3032	2024-01-27	PAYMENT	Automatic payment received	\N	850.00	-1850.00	L SMITH	RENT P0080
901411	3032	2024-02-03	RENT_DUE	Rent 03/02 to 09/02	850.00	\N	-2700.00	\N	\N
901412	3032	2024-02-05	PAYMENT	Automatic payment received	\N	850.00	-1850.00	L SMITH	RENT P0080
901413	3032	2024-02-10	RENT_DUE	Rent 10/02 to 16/02	850.00	\N	-2700.00	\N	\N
901414	3032	2024-02-11	PAYMENT	Automatic payment received	\N	850.00	-1850.00	L SMITH	RENT P0080
901415	3032	2024-02-17	RENT_DUE	Rent 17/02 to 23/02	850.00	\N	-2700.00	\N	\N
901416	3032	2024-02-17	PAYMENT	Automatic payment received	\N	800.00	-1900.00	L SMITH	RENT P0080
901417	3032	2024-02-24	RENT_DUE	Rent 24/02 to 01/03	850.00	\N	-2750.00	\N	\N
901418	3032	2024-03-02	RENT_DUE	Rent 02/03 to 08/03	850.00	\N	-3600.00	\N	\N
901419	3032	2024-03-05	PAYMENT	Automatic payment received	\N	850.00	-2750.00	L SMITH	RENT P0080
901420	3032	2024-03-09	RENT_DUE	Rent 09/03 to 15/03	850.00	\N	-3600.00	\N	\N
901421	3032	2024-03-16	RENT_DUE	Rent 16/03 to 22/03	850.00	\N	-4450.00	\N	\N
901422	3032	2024-03-19	PAYMENT	Automatic payment received	\N	850.00	-3600.00	L SMITH	RENT P0080
901423	3032	2024-03-23	RENT_DUE	Rent 23/03 to 29/03	850.00	\N	-4450.00	\N	\N
901424	3032	2024-03-25	PAYMENT	Automatic payment received	\N	850.00	-3600.00	L SMITH	RENT P0080
901425	3032	2024-03-30	RENT_DUE	Rent 30/03 to 05/04	850.00	\N	-4450.00	\N	\N
901426	3032	2024-03-30	PAYMENT	Automatic payment received	\N	750.00	-3700.00	L SMITH	RENT P0080
901427	3032	2024-04-06	RENT_DUE	Rent 06/04 to 12/04	850.00	\N	-4550.00	\N	\N
901428	3032	2024-04-06	PAYMENT	Automatic payment received	\N	800.00	-3750.00	L SMITH	RENT P0080
901429	3032	2024-04-13	RENT_DUE	Rent 13/04 to 19/04	850.00	\N	-4600.00	\N	\N
901430	3032	2024-04-13	PAYMENT	Automatic payment received	\N	850.00	-3750.00	L SMITH	RENT P0080
901431	3032	2024-04-20	RENT_DUE	Rent 20/04 to 26/04	850.00	\N	-4600.00	\N	\N
901432	3032	2024-04-23	PAYMENT	Automatic payment received	\N	850.00	-3750.00	L SMITH	RENT P0080
901433	3032	2024-04-27	RENT_DUE	Rent 27/04 to 03/05	850.00	\N	-4600.00	\N	\N
901434	3032	2024-04-29	PAYMENT	Automatic payment received	\N	850.00	-3750.00	L SMITH	RENT P0080
901435	3032	2024-05-04	RENT_DUE	Rent 04/05 to 10/05	850.00	\N	-4600.00	\N	\N
901436	3032	2024-05-06	PAYMENT	Automatic payment received	\N	850.00	-3750.00	L SMITH	RENT P0080
901437	3032	2024-05-11	RENT_DUE	Rent 11/05 to 17/05	850.00	\N	-4600.00	\N	\N
901438	3032	2024-05-11	PAYMENT	Automatic payment received	\N	850.00	-3750.00	L SMITH	RENT P0080
901439	3032	2024-05-18	RENT_DUE	Rent 18/05 to 24/05	850.00	\N	-4600.00	\N	\N
901440	3032	2024-05-21	PAYMENT	Automatic payment received	\N	850.00	-3750.00	L SMITH	RENT P0080
901441	3032	2024-05-25	RENT_DUE	Rent 25/05 to 31/05	850.00	\N	-4600.00	\N	\N
901442	3032	2024-05-25	PAYMENT	Automatic payment received	\N	850.00	-3750.00	L SMITH	RENT P0080
901443	3032	2024-06-01	RENT_DUE	Rent 01/06 to 07/06	850.00	\N	-4600.00	\N	\N
901444	3032	2024-06-03	PAYMENT	Automatic payment received	\N	800.00	-3800.00	L SMITH	RENT P0080
901445	3032	2024-06-08	RENT_DUE	Rent 08/06 to 14/06	850.00	\N	-4650.00	\N	\N
901446	3032	2024-06-08	PAYMENT	Automatic payment received	\N	750.00	-3900.00	L SMITH	RENT P0080
901447	3032	2024-06-15	RENT_DUE	Rent 15/06 to 21/06	850.00	\N	-4750.00	\N	\N
901448	3032	2024-06-16	PAYMENT	Automatic payment received	\N	750.00	-4000.00	L SMITH	RENT P0080
901449	3032	2024-06-22	RENT_DUE	Rent 22/06 to 28/06	850.00	\N	-4850.00	\N	\N
901450	3032	2024-06-22	PAYMENT	Automatic payment received	\N	850.00	-4000.00	L SMITH	RENT P0080
901451	3035	2023-07-01	RENT_DUE	Rent 01/07 to 07/07	875.00	\N	-875.00	\N	\N
901452	3035	2023-07-01	PAYMENT	Automatic payment received	\N	875.00	0.00	M HEREWINI	RENT P0086
901453	3035	2023-07-08	RENT_DUE	Rent 08/07 to 14/07	875.00	\N	-875.00	\N	\N
901454	3035	2023-07-11	PAYMENT	Automatic payment received	\N	875.00	0.00	M HEREWINI	RENT P0086
901455	3035	2023-07-15	RENT_DUE	Rent 15/07 to 21/07	875.00	\N	-875.00	\N	\N
901456	3035	2023-07-15	PAYMENT	Automatic payment received	\N	875.00	0.00	M HEREWINI	RENT P0086
901457	3035	2023-07-22	RENT_DUE	Rent 22/07 to 28/07	875.00	\N	-875.00	\N	\N
901458	3035	2023-07-24	PAYMENT	Automatic payment received	\N	825.00	-50.00	M HEREWINI	RENT P0086
901459	3035	2023-07-29	RENT_DUE	Rent 29/07 to 04/08	875.00	\N	-925.00	\N	\N
901460	3035	2023-08-01	PAYMENT	Automatic payment received	\N	875.00	-50.00	M HEREWINI	RENT P0086
901461	3035	2023-08-05	RENT_DUE	Rent 05/08 to 11/08	875.00	\N	-925.00	\N	\N
901462	3035	2023-08-08	PAYMENT	Automatic payment received	\N	875.00	-50.00	M HEREWINI	RENT P0086
901463	3035	2023-08-12	RENT_DUE	Rent 12/08 to 18/08	875.00	\N	-925.00	\N	\N
901464	3035	2023-08-12	PAYMENT	Automatic payment received	\N	875.00	-50.00	M HEREWINI	RENT P0086
901465	3035	2023-08-19	RENT_DUE	Rent 19/08 to 25/08	875.00	\N	-925.00	\N	\N
901466	3035	2023-08-26	RENT_DUE	Rent 26/08 to 01/09	875.00	\N	-1800.00	\N	\N
901467	3035	2023-08-29	PAYMENT	Automatic payment received	\N	875.00	-925.00	M HEREWINI	RENT P0086
901468	3035	2023-09-02	RENT_DUE	Rent 02/09 to 08/09	875.00	\N	-1800.00	\N	\N
901469	3035	2023-09-05	PAYMENT	Automatic payment received	\N	875.00	-925.00	M HEREWINI	RENT P0086
901470	3035	2023-09-09	RENT_DUE	Rent 09/09 to 15/09	875.00	\N	-1800.00	\N	\N
901471	3035	2023-09-12	PAYMENT	Automatic payment received	\N	875.00	-925.00	M HEREWINI	RENT P0086
901472	3035	2023-09-16	RENT_DUE	Rent 16/09 to 22/09	875.00	\N	-1800.00	\N	\N
901473	3035	2023-09-16	PAYMENT	Automatic payment received	\N	875.00	-925.00	M HEREWINI	RENT P0086
901474	3035	2023-09-23	RENT_DUE	Rent 23/09 to 29/09	875.00	\N	-1800.00	\N	\N
901475	3035	2023-09-23	PAYMENT	Automatic payment received	\N	875.00	-925.00	M HEREWINI	RENT P0086
901476	3035	2023-09-30	RENT_DUE	Rent 30/09 to 06/10	875.00	\N	-1800.00	\N	\N
901477	3035	2023-10-07	RENT_DUE	Rent 07/10 to 13/10	875.00	\N	-2675.00	\N	\N
901478	3035	2023-10-07	PAYMENT	Automatic payment received	\N	875.00	-1800.00	M HEREWINI	RENT P0086
901479	3035	2023-10-14	RENT_DUE	Rent 14/10 to 20/10	875.00	\N	-2675.00	\N	\N
901480	3035	2023-10-16	PAYMENT	Automatic payment received	\N	775.00	-1900.00	M HEREWINI	RENT P0086
901481	3035	2023-10-21	RENT_DUE	Rent 21/10 to 27/10	875.00	\N	-2775.00	\N	\N
901482	3035	2023-10-24	PAYMENT	Automatic payment received	\N	875.00	-1900.00	M HEREWINI	RENT P0086
901483	3035	2023-10-28	RENT_DUE	Rent 28/10 to 03/11	875.00	\N	-2775.00	\N	\N
901484	3035	2023-10-30	PAYMENT	Automatic payment received	\N	875.00	-1900.00	M HEREWINI	RENT P0086
901485	3035	2023-11-04	RENT_DUE	Rent 04/11 to 10/11	875.00	\N	-2775.00	\N	\N
901486	3035	2023-11-07	PAYMENT	Automatic payment received	\N	875.00	-1900.00	M HEREWINI	RENT P0086
901487	3035	2023-11-11	RENT_DUE	Rent 11/11 to 17/11	875.00	\N	-2775.00	\N	\N
901488	3035	2023-11-13	PAYMENT	Automatic payment received	\N	875.00	-1900.00	M HEREWINI	RENT P0086
901489	3035	2023-11-18	RENT_DUE	Rent 18/11 to 24/11	875.00	\N	-2775.00	\N	\N
901490	3035	2023-11-18	PAYMENT	Automatic payment received	\N	875.00	-1900.00	M HEREWINI	RENT P0086
901491	3035	2023-11-25	RENT_DUE	Rent 25/11 to 01/12	875.00	\N	-2775.00	\N	\N
901492	3035	2023-11-25	PAYMENT	Automatic payment received	\N	875.00	-1900.00	M HEREWINI	RENT P0086
901493	3035	2023-12-02	RENT_DUE	Rent 02/12 to 08/12	875.00	\N	-2775.00	\N	\N
901494	3035	2023-12-02	PAYMENT	Automatic payment received	\N	875.00	-1900.00	M HEREWINI	RENT P0086
901495	3035	2023-12-09	RENT_DUE	Rent 09/12 to 15/12	875.00	\N	-2775.00	\N	\N
901496	3035	2023-12-12	PAYMENT	Automatic payment received	\N	875.00	-1900.00	M HEREWINI	RENT P0086
901497	3035	2023-12-16	RENT_DUE	Rent 16/12 to 22/12	875.00	\N	-2775.00	\N	\N
901498	3035	2023-12-17	PAYMENT	Automatic payment received	\N	875.00	-1900.00	M HEREWINI	RENT P0086
901499	3035	2023-12-23	RENT_DUE	Rent 23/12 to 29/12	875.00	\N	-2775.00	\N	\N
901500	3035	2023-12-23	PAYMENT	Automatic payment received	\N	875.00	-1900.00	M HEREWINI	RENT P0086
901501	3035	2023-12-30	RENT_DUE	Rent 30/12 to 05/01	875.00	\N	-2775.00	\N	\N
901502	3035	2024-01-02	PAYMENT	Automatic payment received	\N	875.00	-1900.00	M HEREWINI	RENT P0086
901503	3035	2024-01-06	RENT_DUE	Rent 06/01 to 12/01	875.00	\N	-2775.00	\N	\N
901504	3035	2024-01-09	PAYMENT	Automatic payment received	\N	875.00	-1900.00	M HEREWINI	RENT P0086
901505	3035	2024-01-13	RENT_DUE	Rent 13/01 to 19/01	875.00	\N	-2775.00	\N	\N
901506	3035	2024-01-14	PAYMENT	Automatic payment received	\N	875.00	-1900.00	M HEREWINI	RENT P0086
901507	3035	2024-01-20	RENT_DUE	Rent 20/01 to 26/01	875.00	\N	-2775.00	\N	\N
901508	3035	2024-01-21	PAYMENT	Automatic payment received	\N	875.00	-1900.00	M HEREWINI	RENT P0086
901509	3035	2024-01-27	RENT_DUE	Rent 27/01 to 02/02	875.00	\N	-2775.00	\N	\N
901510	3035	2024-01-29	PAYMENT	Automatic payment received	\N	875.00	-1900.00	M HEREWINI	RENT P0086
901511	3035	2024-02-03	RENT_DUE	Rent 03/02 to 09/02	875.00	\N	-2775.00	\N	\N
901512	3035	2024-02-03	PAYMENT	Automatic payment received	\N	875.00	-1900.00	M HEREWINI	RENT P0086
901513	3035	2024-02-10	RENT_DUE	Rent 10/02 to 16/02	875.00	\N	-2775.00	\N	\N
901514	3035	2024-02-10	PAYMENT	Automatic payment received	\N	875.00	-1900.00	M HEREWINI	RENT P0086
901515	3035	2024-02-17	RENT_DUE	Rent 17/02 to 23/02	875.00	\N	-2775.00	\N	\N
901516	3035	2024-02-20	PAYMENT	Automatic payment received	\N	875.00	-1900.00	M HEREWINI	RENT P0086
901517	3035	2024-02-24	RENT_DUE	Rent 24/02 to 01/03	875.00	\N	-2775.00	\N	\N
901518	3035	2024-02-26	PAYMENT	Automatic payment received	\N	875.00	-1900.00	M HEREWINI	RENT P0086
901519	3035	2024-03-02	RENT_DUE	Rent 02/03 to 08/03	875.00	\N	-2775.00	\N	\N
901520	3035	2024-03-02	PAYMENT	Automatic payment received	\N	875.00	-1900.00	M HEREWINI	RENT P0086
901521	3035	2024-03-09	RENT_DUE	Rent 09/03 to 15/03	875.00	\N	-2775.00	\N	\N
901522	3035	2024-03-11	PAYMENT	Automatic payment received	\N	775.00	-2000.00	M HEREWINI	RENT P0086
901523	3035	2024-03-16	RENT_DUE	Rent 16/03 to 22/03	875.00	\N	-2875.00	\N	\N
901524	3035	2024-03-18	PAYMENT	Automatic payment received	\N	875.00	-2000.00	M HEREWINI	RENT P0086
901525	3035	2024-03-23	RENT_DUE	Rent 23/03 to 29/03	875.00	\N	-2875.00	\N	\N
901526	3035	2024-03-24	PAYMENT	Automatic payment received	\N	875.00	-2000.00	M HEREWINI	RENT P0086
901527	3035	2024-03-30	RENT_DUE	Rent 30/03 to 05/04	875.00	\N	-2875.00	\N	\N
901528	3035	2024-04-02	PAYMENT	Automatic payment received	\N	875.00	-2000.00	M HEREWINI	RENT P0086
901529	3035	2024-04-06	RENT_DUE	Rent 06/04 to 12/04	875.00	\N	-2875.00	\N	\N
901530	3035	2024-04-13	RENT_DUE	Rent 13/04 to 19/04	875.00	\N	-3750.00	\N	\N
901531	3035	2024-04-14	PAYMENT	Automatic payment received	\N	875.00	-2875.00	M HEREWINI	RENT P0086
901532	3035	2024-04-20	RENT_DUE	Rent 20/04 to 26/04	875.00	\N	-3750.00	\N	\N
901533	3035	2024-04-20	PAYMENT	Automatic payment received	\N	875.00	-2875.00	M HEREWINI	RENT P0086
901534	3035	2024-04-27	RENT_DUE	Rent 27/04 to 03/05	875.00	\N	-3750.00	\N	\N
901535	3035	2024-04-27	PAYMENT	Automatic payment received	\N	875.00	-2875.00	M HEREWINI	RENT P0086
901536	3035	2024-05-04	RENT_DUE	Rent 04/05 to 10/05	875.00	\N	-3750.00	\N	\N
901537	3035	2024-05-04	PAYMENT	Automatic payment received	\N	875.00	-2875.00	M HEREWINI	RENT P0086
901538	3035	2024-05-11	RENT_DUE	Rent 11/05 to 17/05	875.00	\N	-3750.00	\N	\N
901539	3035	2024-05-11	PAYMENT	Automatic payment received	\N	875.00	-2875.00	M HEREWINI	RENT P0086
901540	3035	2024-05-18	RENT_DUE	Rent 18/05 to 24/05	875.00	\N	-3750.00	\N	\N
901541	3035	2024-05-19	PAYMENT	Automatic payment received	\N	775.00	-2975.00	M HEREWINI	RENT P0086
901542	3035	2024-05-25	RENT_DUE	Rent 25/05 to 31/05	875.00	\N	-3850.00	\N	\N
901543	3035	2024-05-25	PAYMENT	Automatic payment received	\N	875.00	-2975.00	M HEREWINI	RENT P0086
901544	3035	2024-06-01	RENT_DUE	Rent 01/06 to 07/06	875.00	\N	-3850.00	\N	\N
901545	3035	2024-06-01	PAYMENT	Automatic payment received	\N	875.00	-2975.00	M HEREWINI	RENT P0086
901546	3035	2024-06-08	RENT_DUE	Rent 08/06 to 14/06	875.00	\N	-3850.00	\N	\N
901547	3035	2024-06-11	PAYMENT	Automatic payment received	\N	875.00	-2975.00	M HEREWINI	RENT P0086
901548	3035	2024-06-15	RENT_DUE	Rent 15/06 to 21/06	875.00	\N	-3850.00	\N	\N
901549	3035	2024-06-17	PAYMENT	Automatic payment received	\N	875.00	-2975.00	M HEREWINI	RENT P0086
901550	3035	2024-06-22	RENT_DUE	Rent 22/06 to 28/06	875.00	\N	-3850.00	\N	\N
901551	3035	2024-06-22	PAYMENT	Automatic payment received	\N	875.00	-2975.00	M HEREWINI	RENT P0086
901552	3036	2023-07-01	RENT_DUE	Rent 01/07 to 07/07	620.00	\N	-620.00	\N	\N
901553	3036	2023-07-02	PAYMENT	Automatic payment received	\N	570.00	-50.00	G J VAN DER MERWE	RENT P0089
901554	3036	2023-07-08	RENT_DUE	Rent 08/07 to 14/07	620.00	\N	-670.00	\N	\N
901555	3036	2023-07-08	PAYMENT	Automatic payment received	\N	570.00	-100.00	G J VAN DER MERWE	RENT P0089
901556	3036	2023-07-15	RENT_DUE	Rent 15/07 to 21/07	620.00	\N	-720.00	\N	\N
901557	3036	2023-07-18	PAYMENT	Automatic payment received	\N	620.00	-100.00	G J VAN DER MERWE	RENT P0089
901558	3036	2023-07-22	RENT_DUE	Rent 22/07 to 28/07	620.00	\N	-720.00	\N	\N
901559	3036	2023-07-22	PAYMENT	Automatic payment received	\N	620.00	-100.00	G J VAN DER MERWE	RENT P0089
901560	3036	2023-07-29	RENT_DUE	Rent 29/07 to 04/08	620.00	\N	-720.00	\N	\N
901561	3036	2023-07-29	PAYMENT	Automatic payment received	\N	620.00	-100.00	G J VAN DER MERWE	RENT P0089
901562	3036	2023-08-05	RENT_DUE	Rent 05/08 to 11/08	620.00	\N	-720.00	\N	\N
901563	3036	2023-08-05	PAYMENT	Automatic payment received	\N	620.00	-100.00	G J VAN DER MERWE	RENT P0089
901564	3036	2023-08-12	RENT_DUE	Rent 12/08 to 18/08	620.00	\N	-720.00	\N	\N
901565	3036	2023-08-12	PAYMENT	Automatic payment received	\N	620.00	-100.00	G J VAN DER MERWE	RENT P0089
901566	3036	2023-08-19	RENT_DUE	Rent 19/08 to 25/08	620.00	\N	-720.00	\N	\N
901567	3036	2023-08-19	PAYMENT	Automatic payment received	\N	620.00	-100.00	G J VAN DER MERWE	RENT P0089
901568	3036	2023-08-26	RENT_DUE	Rent 26/08 to 01/09	620.00	\N	-720.00	\N	\N
901569	3036	2023-08-26	PAYMENT	Automatic payment received	\N	620.00	-100.00	G J VAN DER MERWE	RENT P0089
901570	3036	2023-09-02	RENT_DUE	Rent 02/09 to 08/09	620.00	\N	-720.00	\N	\N
901571	3036	2023-09-03	PAYMENT	Automatic payment received	\N	620.00	-100.00	G J VAN DER MERWE	RENT P0089
901572	3036	2023-09-09	RENT_DUE	Rent 09/09 to 15/09	620.00	\N	-720.00	\N	\N
901573	3036	2023-09-10	PAYMENT	Automatic payment received	\N	620.00	-100.00	G J VAN DER MERWE	RENT P0089
901574	3036	2023-09-16	RENT_DUE	Rent 16/09 to 22/09	620.00	\N	-720.00	\N	\N
901575	3036	2023-09-16	PAYMENT	Automatic payment received	\N	620.00	-100.00	G J VAN DER MERWE	RENT P0089
901576	3036	2023-09-23	RENT_DUE	Rent 23/09 to 29/09	620.00	\N	-720.00	\N	\N
901577	3036	2023-09-25	PAYMENT	Automatic payment received	\N	620.00	-100.00	G J VAN DER MERWE	RENT P0089
901578	3036	2023-09-30	RENT_DUE	Rent 30/09 to 06/10	620.00	\N	-720.00	\N	\N
901579	3036	2023-10-02	PAYMENT	Automatic payment received	\N	620.00	-100.00	G J VAN DER MERWE	RENT P0089
901580	3036	2023-10-07	RENT_DUE	Rent 07/10 to 13/10	620.00	\N	-720.00	\N	\N
901581	3036	2023-10-09	PAYMENT	Automatic payment received	\N	570.00	-150.00	G J VAN DER MERWE	RENT P0089
901582	3036	2023-10-14	RENT_DUE	Rent 14/10 to 20/10	620.00	\N	-770.00	\N	\N
901583	3036	2023-10-21	RENT_DUE	Rent 21/10 to 27/10	620.00	\N	-1390.00	\N	\N
901584	3036	2023-10-21	PAYMENT	Automatic payment received	\N	570.00	-820.00	G J VAN DER MERWE	RENT P0089
901585	3036	2023-10-28	RENT_DUE	Rent 28/10 to 03/11	620.00	\N	-1440.00	\N	\N
901586	3036	2023-10-30	PAYMENT	Automatic payment received	\N	620.00	-820.00	G J VAN DER MERWE	RENT P0089
901587	3036	2023-11-04	RENT_DUE	Rent 04/11 to 10/11	620.00	\N	-1440.00	\N	\N
901588	3036	2023-11-04	PAYMENT	Automatic payment received	\N	620.00	-820.00	G J VAN DER MERWE	RENT P0089
901589	3036	2023-11-11	RENT_DUE	Rent 11/11 to 17/11	620.00	\N	-1440.00	\N	\N
901590	3036	2023-11-13	PAYMENT	Automatic payment received	\N	620.00	-820.00	G J VAN DER MERWE	RENT P0089
901591	3036	2023-11-18	RENT_DUE	Rent 18/11 to 24/11	620.00	\N	-1440.00	\N	\N
901592	3036	2023-11-20	PAYMENT	Automatic payment received	\N	620.00	-820.00	G J VAN DER MERWE	RENT P0089
901593	3036	2023-11-25	RENT_DUE	Rent 25/11 to 01/12	620.00	\N	-1440.00	\N	\N
901594	3036	2023-11-25	PAYMENT	Automatic payment received	\N	620.00	-820.00	G J VAN DER MERWE	RENT P0089
901595	3036	2023-12-02	RENT_DUE	Rent 02/12 to 08/12	620.00	\N	-1440.00	\N	\N
901596	3036	2023-12-02	PAYMENT	Automatic payment received	\N	620.00	-820.00	G J VAN DER MERWE	RENT P0089
901597	3036	2023-12-09	RENT_DUE	Rent 09/12 to 15/12	620.00	\N	-1440.00	\N	\N
901598	3036	2023-12-10	PAYMENT	Automatic payment received	\N	620.00	-820.00	G J VAN DER MERWE	RENT P0089
901599	3036	2023-12-16	RENT_DUE	Rent 16/12 to 22/12	620.00	\N	-1440.00	\N	\N
901600	3036	2023-12-18	PAYMENT	Automatic payment received	\N	620.00	-820.00	G J VAN DER MERWE	RENT P0089
901601	3036	2023-12-23	RENT_DUE	Rent 23/12 to 29/12	620.00	\N	-1440.00	\N	\N
901602	3036	2023-12-24	PAYMENT	Automatic payment received	\N	620.00	-820.00	G J VAN DER MERWE	RENT P0089
901603	3036	2023-12-30	RENT_DUE	Rent 30/12 to 05/01	620.00	\N	-1440.00	\N	\N
901604	3036	2024-01-01	PAYMENT	Automatic payment received	\N	620.00	-820.00	G J VAN DER MERWE	RENT P0089
901605	3036	2024-01-06	RENT_DUE	Rent 06/01 to 12/01	620.00	\N	-1440.00	\N	\N
901606	3036	2024-01-08	PAYMENT	Automatic payment received	\N	570.00	-870.00	G J VAN DER MERWE	RENT P0089
901607	3036	2024-01-13	RENT_DUE	Rent 13/01 to 19/01	620.00	\N	-1490.00	\N	\N
901608	3036	2024-01-16	PAYMENT	Automatic payment received	\N	620.00	-870.00	G J VAN DER MERWE	RENT P0089
901609	3036	2024-01-20	RENT_DUE	Rent 20/01 to 26/01	620.00	\N	-1490.00	\N	\N
901610	3036	2024-01-20	PAYMENT	Automatic payment received	\N	620.00	-870.00	G J VAN DER MERWE	RENT P0089
901611	3036	2024-01-27	RENT_DUE	Rent 27/01 to 02/02	620.00	\N	-1490.00	\N	\N
901612	3036	2024-01-27	PAYMENT	Automatic payment received	\N	620.00	-870.00	G J VAN DER MERWE	RENT P0089
901613	3036	2024-02-03	RENT_DUE	Rent 03/02 to 09/02	620.00	\N	-1490.00	\N	\N
901614	3036	2024-02-04	PAYMENT	Automatic payment received	\N	620.00	-870.00	G J VAN DER MERWE	RENT P0089
901615	3036	2024-02-10	RENT_DUE	Rent 10/02 to 16/02	620.00	\N	-1490.00	\N	\N
901616	3036	2024-02-11	PAYMENT	Automatic payment received	\N	620.00	-870.00	G J VAN DER MERWE	RENT P0089
901617	3036	2024-02-17	RENT_DUE	Rent 17/02 to 23/02	620.00	\N	-1490.00	\N	\N
901618	3036	2024-02-24	RENT_DUE	Rent 24/02 to 01/03	620.00	\N	-2110.00	\N	\N
901619	3036	2024-02-25	PAYMENT	Automatic payment received	\N	620.00	-1490.00	G J VAN DER MERWE	RENT P0089
901620	3036	2024-03-02	RENT_DUE	Rent 02/03 to 08/03	620.00	\N	-2110.00	\N	\N
901621	3036	2024-03-02	PAYMENT	Automatic payment received	\N	620.00	-1490.00	G J VAN DER MERWE	RENT P0089
901622	3036	2024-03-09	RENT_DUE	Rent 09/03 to 15/03	620.00	\N	-2110.00	\N	\N
901623	3036	2024-03-12	PAYMENT	Automatic payment received	\N	620.00	-1490.00	G J VAN DER MERWE	RENT P0089
901624	3036	2024-03-16	RENT_DUE	Rent 16/03 to 22/03	620.00	\N	-2110.00	\N	\N
901625	3036	2024-03-17	PAYMENT	Automatic payment received	\N	620.00	-1490.00	G J VAN DER MERWE	RENT P0089
901626	3036	2024-03-23	RENT_DUE	Rent 23/03 to 29/03	620.00	\N	-2110.00	\N	\N
901627	3037	2023-07-01	RENT_DUE	Rent 01/07 to 07/07	740.00	\N	-740.00	\N	\N
901628	3037	2023-07-04	PAYMENT	Automatic payment received	\N	740.00	0.00	M SMITH	RENT P0092
901629	3037	2023-07-08	RENT_DUE	Rent 08/07 to 14/07	740.00	\N	-740.00	\N	\N
901630	3037	2023-07-09	PAYMENT	Automatic payment received	\N	740.00	0.00	M SMITH	RENT P0092
901631	3037	2023-07-15	RENT_DUE	Rent 15/07 to 21/07	740.00	\N	-740.00	\N	\N
901632	3037	2023-07-17	PAYMENT	Automatic payment received	\N	740.00	0.00	M SMITH	RENT P0092
901633	3037	2023-07-22	RENT_DUE	Rent 22/07 to 28/07	740.00	\N	-740.00	\N	\N
901634	3037	2023-07-23	PAYMENT	Automatic payment received	\N	640.00	-100.00	M SMITH	RENT P0092
901635	3037	2023-07-29	RENT_DUE	Rent 29/07 to 04/08	740.00	\N	-840.00	\N	\N
901636	3037	2023-08-01	PAYMENT	Automatic payment received	\N	740.00	-100.00	M SMITH	RENT P0092
901637	3037	2023-08-05	RENT_DUE	Rent 05/08 to 11/08	740.00	\N	-840.00	\N	\N
901638	3037	2023-08-05	PAYMENT	Automatic payment received	\N	740.00	-100.00	M SMITH	RENT P0092
901639	3037	2023-08-12	RENT_DUE	Rent 12/08 to 18/08	740.00	\N	-840.00	\N	\N
901640	3037	2023-08-15	PAYMENT	Automatic payment received	\N	740.00	-100.00	M SMITH	RENT P0092
901641	3037	2023-08-19	RENT_DUE	Rent 19/08 to 25/08	740.00	\N	-840.00	\N	\N
901642	3037	2023-08-19	PAYMENT	Automatic payment received	\N	690.00	-150.00	M SMITH	RENT P0092
901643	3037	2023-08-26	RENT_DUE	Rent 26/08 to 01/09	740.00	\N	-890.00	\N	\N
901644	3037	2023-08-27	PAYMENT	Automatic payment received	\N	740.00	-150.00	M SMITH	RENT P0092
901645	3037	2023-09-02	RENT_DUE	Rent 02/09 to 08/09	740.00	\N	-890.00	\N	\N
901646	3037	2023-09-05	PAYMENT	Automatic payment received	\N	740.00	-150.00	M SMITH	RENT P0092
901647	3037	2023-09-09	RENT_DUE	Rent 09/09 to 15/09	740.00	\N	-890.00	\N	\N
901648	3037	2023-09-09	PAYMENT	Automatic payment received	\N	740.00	-150.00	M SMITH	RENT P0092
901649	3037	2023-09-16	RENT_DUE	Rent 16/09 to 22/09	740.00	\N	-890.00	\N	\N
901650	3037	2023-09-17	PAYMENT	Automatic payment received	\N	740.00	-150.00	M SMITH	RENT P0092
901651	3037	2023-09-23	RENT_DUE	Rent 23/09 to 29/09	740.00	\N	-890.00	\N	\N
901652	3037	2023-09-23	PAYMENT	Automatic payment received	\N	740.00	-150.00	M SMITH	RENT P0092
901653	3037	2023-09-30	RENT_DUE	Rent 30/09 to 06/10	740.00	\N	-890.00	\N	\N
901654	3037	2023-09-30	PAYMENT	Automatic payment received	\N	740.00	-150.00	M SMITH	RENT P0092
901655	3037	2023-10-07	RENT_DUE	Rent 07/10 to 13/10	740.00	\N	-890.00	\N	\N
901656	3037	2023-10-09	PAYMENT	Automatic payment received	\N	740.00	-150.00	M SMITH	RENT P0092
901657	3037	2023-10-14	RENT_DUE	Rent 14/10 to 20/10	740.00	\N	-890.00	\N	\N
901658	3037	2023-10-14	PAYMENT	Automatic payment received	\N	740.00	-150.00	M SMITH	RENT P0092
901659	3037	2023-10-21	RENT_DUE	Rent 21/10 to 27/10	740.00	\N	-890.00	\N	\N
901660	3037	2023-10-24	PAYMENT	Automatic payment received	\N	740.00	-150.00	M SMITH	RENT P0092
901661	3037	2023-10-28	RENT_DUE	Rent 28/10 to 03/11	740.00	\N	-890.00	\N	\N
901662	3037	2023-10-28	PAYMENT	Automatic payment received	\N	740.00	-150.00	M SMITH	RENT P0092
901663	3037	2023-11-04	RENT_DUE	Rent 04/11 to 10/11	740.00	\N	-890.00	\N	\N
901664	3037	2023-11-04	PAYMENT	Automatic payment received	\N	740.00	-150.00	M SMITH	RENT P0092
901665	3039	2023-07-01	RENT_DUE	Rent 01/07 to 07/07	850.00	\N	-850.00	\N	\N
901666	3039	2023-07-02	PAYMENT	Automatic payment received	\N	850.00	0.00	J O'CONNOR	RENT P0095
901667	3039	2023-07-08	RENT_DUE	Rent 08/07 to 14/07	850.00	\N	-850.00	\N	\N
901668	3039	2023-07-10	PAYMENT	Automatic payment received	\N	850.00	0.00	J O'CONNOR	RENT P0095
901669	3039	2023-07-15	RENT_DUE	Rent 15/07 to 21/07	850.00	\N	-850.00	\N	\N
901670	3039	2023-07-17	PAYMENT	Automatic payment received	\N	750.00	-100.00	J O'CONNOR	RENT P0095
901671	3039	2023-07-22	RENT_DUE	Rent 22/07 to 28/07	850.00	\N	-950.00	\N	\N
901672	3039	2023-07-25	PAYMENT	Automatic payment received	\N	850.00	-100.00	J O'CONNOR	RENT P0095
901673	3039	2023-07-29	RENT_DUE	Rent 29/07 to 04/08	850.00	\N	-950.00	\N	\N
901674	3039	2023-07-29	PAYMENT	Automatic payment received	\N	850.00	-100.00	J O'CONNOR	RENT P0095
901675	3039	2023-08-05	RENT_DUE	Rent 05/08 to 11/08	850.00	\N	-950.00	\N	\N
901676	3039	2023-08-07	PAYMENT	Automatic payment received	\N	800.00	-150.00	J O'CONNOR	RENT P0095
901677	3039	2023-08-12	RENT_DUE	Rent 12/08 to 18/08	850.00	\N	-1000.00	\N	\N
901678	3039	2023-08-12	PAYMENT	Automatic payment received	\N	850.00	-150.00	J O'CONNOR	RENT P0095
901679	3039	2023-08-19	RENT_DUE	Rent 19/08 to 25/08	850.00	\N	-1000.00	\N	\N
901680	3039	2023-08-19	PAYMENT	Automatic payment received	\N	850.00	-150.00	J O'CONNOR	RENT P0095
901681	3039	2023-08-26	RENT_DUE	Rent 26/08 to 01/09	850.00	\N	-1000.00	\N	\N
901682	3039	2023-08-26	PAYMENT	Automatic payment received	\N	850.00	-150.00	J O'CONNOR	RENT P0095
901683	3039	2023-09-02	RENT_DUE	Rent 02/09 to 08/09	850.00	\N	-1000.00	\N	\N
901684	3039	2023-09-02	PAYMENT	Automatic payment received	\N	800.00	-200.00	J O'CONNOR	RENT P0095
901685	3039	2023-09-09	RENT_DUE	Rent 09/09 to 15/09	850.00	\N	-1050.00	\N	\N
901686	3039	2023-09-16	RENT_DUE	Rent 16/09 to 22/09	850.00	\N	-1900.00	\N	\N
901687	3039	2023-09-19	PAYMENT	Automatic payment received	\N	850.00	-1050.00	J O'CONNOR	RENT P0095
901688	3039	2023-09-23	RENT_DUE	Rent 23/09 to 29/09	850.00	\N	-1900.00	\N	\N
901689	3039	2023-09-24	PAYMENT	Automatic payment received	\N	850.00	-1050.00	J O'CONNOR	RENT P0095
901690	3039	2023-09-30	RENT_DUE	Rent 30/09 to 06/10	850.00	\N	-1900.00	\N	\N
901691	3039	2023-09-30	PAYMENT	Automatic payment received	\N	850.00	-1050.00	J O'CONNOR	RENT P0095
901692	3039	2023-10-07	RENT_DUE	Rent 07/10 to 13/10	850.00	\N	-1900.00	\N	\N
901693	3039	2023-10-09	PAYMENT	Automatic payment received	\N	850.00	-1050.00	J O'CONNOR	RENT P0095
901694	3039	2023-10-14	RENT_DUE	Rent 14/10 to 20/10	850.00	\N	-1900.00	\N	\N
901695	3039	2023-10-16	PAYMENT	Automatic payment received	\N	850.00	-1050.00	J O'CONNOR	RENT P0095
901696	3039	2023-10-21	RENT_DUE	Rent 21/10 to 27/10	850.00	\N	-1900.00	\N	\N
901697	3039	2023-10-21	PAYMENT	Automatic payment received	\N	850.00	-1050.00	J O'CONNOR	RENT P0095
901698	3039	2023-10-28	RENT_DUE	Rent 28/10 to 03/11	850.00	\N	-1900.00	\N	\N
901699	3039	2023-10-31	PAYMENT	Automatic payment received	\N	850.00	-1050.00	J O'CONNOR	RENT P0095
901700	3039	2023-11-04	RENT_DUE	Rent 04/11 to 10/11	850.00	\N	-1900.00	\N	\N
901701	3039	2023-11-07	PAYMENT	Automatic payment received	\N	850.00	-1050.00	J O'CONNOR	RENT P0095
901702	3039	2023-11-11	RENT_DUE	Rent 11/11 to 17/11	850.00	\N	-1900.00	\N	\N
901703	3039	2023-11-12	PAYMENT	Automatic payment received	\N	800.00	-1100.00	J O'CONNOR	RENT P0095
901704	3039	2023-11-18	RENT_DUE	Rent 18/11 to 24/11	850.00	\N	-1950.00	\N	\N
901705	3039	2023-11-19	PAYMENT	Automatic payment received	\N	850.00	-1100.00	J O'CONNOR	RENT P0095
901706	3039	2023-11-25	RENT_DUE	Rent 25/11 to 01/12	850.00	\N	-1950.00	\N	\N
901707	3039	2023-11-25	PAYMENT	Automatic payment received	\N	800.00	-1150.00	J O'CONNOR	RENT P0095
901708	3039	2023-12-02	RENT_DUE	Rent 02/12 to 08/12	850.00	\N	-2000.00	\N	\N
901709	3039	2023-12-03	PAYMENT	Automatic payment received	\N	850.00	-1150.00	J O'CONNOR	RENT P0095
901710	3039	2023-12-09	RENT_DUE	Rent 09/12 to 15/12	850.00	\N	-2000.00	\N	\N
901711	3039	2023-12-09	PAYMENT	Automatic payment received	\N	850.00	-1150.00	J O'CONNOR	RENT P0095
901712	3039	2023-12-16	RENT_DUE	Rent 16/12 to 22/12	850.00	\N	-2000.00	\N	\N
901713	3039	2023-12-16	PAYMENT	Automatic payment received	\N	850.00	-1150.00	J O'CONNOR	RENT P0095
901714	3039	2023-12-23	RENT_DUE	Rent 23/12 to 29/12	850.00	\N	-2000.00	\N	\N
901715	3039	2023-12-25	PAYMENT	Automatic payment received	\N	850.00	-1150.00	J O'CONNOR	RENT P0095
901716	3039	2023-12-30	RENT_DUE	Rent 30/12 to 05/01	850.00	\N	-2000.00	\N	\N
901717	3039	2024-01-02	PAYMENT	Automatic payment received	\N	750.00	-1250.00	J O'CONNOR	RENT P0095
901718	3039	2024-01-06	RENT_DUE	Rent 06/01 to 12/01	850.00	\N	-2100.00	\N	\N
901719	3039	2024-01-07	PAYMENT	Automatic payment received	\N	850.00	-1250.00	J O'CONNOR	RENT P0095
901720	3039	2024-01-13	RENT_DUE	Rent 13/01 to 19/01	850.00	\N	-2100.00	\N	\N
901721	3039	2024-01-16	PAYMENT	Automatic payment received	\N	850.00	-1250.00	J O'CONNOR	RENT P0095
901722	3039	2024-01-20	RENT_DUE	Rent 20/01 to 26/01	850.00	\N	-2100.00	\N	\N
901723	3039	2024-01-22	PAYMENT	Automatic payment received	\N	850.00	-1250.00	J O'CONNOR	RENT P0095
901724	3039	2024-01-27	RENT_DUE	Rent 27/01 to 02/02	850.00	\N	-2100.00	\N	\N
901725	3039	2024-01-30	PAYMENT	Automatic payment received	\N	750.00	-1350.00	J O'CONNOR	RENT P0095
901726	3039	2024-02-03	RENT_DUE	Rent 03/02 to 09/02	850.00	\N	-2200.00	\N	\N
901727	3039	2024-02-10	RENT_DUE	Rent 10/02 to 16/02	850.00	\N	-3050.00	\N	\N
901728	3039	2024-02-12	PAYMENT	Automatic payment received	\N	850.00	-2200.00	J O'CONNOR	RENT P0095
901729	3039	2024-02-17	RENT_DUE	Rent 17/02 to 23/02	850.00	\N	-3050.00	\N	\N
901730	3039	2024-02-20	PAYMENT	Automatic payment received	\N	850.00	-2200.00	J O'CONNOR	RENT P0095
901731	3039	2024-02-24	RENT_DUE	Rent 24/02 to 01/03	850.00	\N	-3050.00	\N	\N
901732	3039	2024-02-24	PAYMENT	Automatic payment received	\N	800.00	-2250.00	J O'CONNOR	RENT P0095
901733	3039	2024-03-02	RENT_DUE	Rent 02/03 to 08/03	850.00	\N	-3100.00	\N	\N
901734	3039	2024-03-02	PAYMENT	Automatic payment received	\N	750.00	-2350.00	J O'CONNOR	RENT P0095
901735	3039	2024-03-09	RENT_DUE	Rent 09/03 to 15/03	850.00	\N	-3200.00	\N	\N
901736	3039	2024-03-09	PAYMENT	Automatic payment received	\N	850.00	-2350.00	J O'CONNOR	RENT P0095
901737	3039	2024-03-16	RENT_DUE	Rent 16/03 to 22/03	850.00	\N	-3200.00	\N	\N
901738	3039	2024-03-23	RENT_DUE	Rent 23/03 to 29/03	850.00	\N	-4050.00	\N	\N
901739	3039	2024-03-30	RENT_DUE	Rent 30/03 to 05/04	850.00	\N	-4900.00	\N	\N
901740	3039	2024-04-02	PAYMENT	Automatic payment received	\N	850.00	-4050.00	J O'CONNOR	RENT P0095
901741	3039	2024-04-06	RENT_DUE	Rent 06/04 to 12/04	850.00	\N	-4900.00	\N	\N
901742	3039	2024-04-07	PAYMENT	Automatic payment received	\N	850.00	-4050.00	J O'CONNOR	RENT P0095
901743	3039	2024-04-13	RENT_DUE	Rent 13/04 to 19/04	850.00	\N	-4900.00	\N	\N
901744	3039	2024-04-15	PAYMENT	Automatic payment received	\N	850.00	-4050.00	J O'CONNOR	RENT P0095
901745	3039	2024-04-20	RENT_DUE	Rent 20/04 to 26/04	850.00	\N	-4900.00	\N	\N
901746	3039	2024-04-20	PAYMENT	Automatic payment received	\N	850.00	-4050.00	J O'CONNOR	RENT P0095
901747	3039	2024-04-27	RENT_DUE	Rent 27/04 to 03/05	850.00	\N	-4900.00	\N	\N
901748	3039	2024-04-30	PAYMENT	Automatic payment received	\N	850.00	-4050.00	J O'CONNOR	RENT P0095
901749	3039	2024-05-04	RENT_DUE	Rent 04/05 to 10/05	850.00	\N	-4900.00	\N	\N
901750	3039	2024-05-04	PAYMENT	Automatic payment received	\N	850.00	-4050.00	J O'CONNOR	RENT P0095
901751	3039	2024-05-11	RENT_DUE	Rent 11/05 to 17/05	850.00	\N	-4900.00	\N	\N
901752	3039	2024-05-13	PAYMENT	Automatic payment received	\N	850.00	-4050.00	J O'CONNOR	RENT P0095
901753	3039	2024-05-18	RENT_DUE	Rent 18/05 to 24/05	850.00	\N	-4900.00	\N	\N
901754	3039	2024-05-19	PAYMENT	Automatic payment received	\N	850.00	-4050.00	J O'CONNOR	RENT P0095
901755	3039	2024-05-25	RENT_DUE	Rent 25/05 to 31/05	850.00	\N	-4900.00	\N	\N
901756	3039	2024-05-25	PAYMENT	Automatic payment received	\N	850.00	-4050.00	J O'CONNOR	RENT P0095
901757	3039	2024-06-01	RENT_DUE	Rent 01/06 to 07/06	850.00	\N	-4900.00	\N	\N
901758	3039	2024-06-01	PAYMENT	Automatic payment received	\N	850.00	-4050.00	J O'CONNOR	RENT P0095
901759	3039	2024-06-08	RENT_DUE	Rent 08/06 to 14/06	850.00	\N	-4900.00	\N	\N
901760	3039	2024-06-15	RENT_DUE	Rent 15/06 to 21/06	850.00	\N	-5750.00	\N	\N
901761	3039	2024-06-16	PAYMENT	Automatic payment received	\N	850.00	-4900.00	J O'CONNOR	RENT P0095
901762	3039	2024-06-22	RENT_DUE	Rent 22/06 to 28/06	850.00	\N	-5750.00	\N	\N
901763	3039	2024-06-25	PAYMENT	Automatic payment received	\N	850.00	-4900.00	J O'CONNOR	RENT P0095
\.


ALTER TABLE ONLY public.staff
    ADD CONSTRAINT staff_pkey PRIMARY KEY (staff_id);


ALTER TABLE ONLY public.owners
    ADD CONSTRAINT owners_pkey PRIMARY KEY (owner_id);


ALTER TABLE ONLY public.properties
    ADD CONSTRAINT properties_pkey PRIMARY KEY (property_id);


ALTER TABLE ONLY public.tenancies
    ADD CONSTRAINT tenancies_pkey PRIMARY KEY (tenancy_id);


ALTER TABLE ONLY public.tenants
    ADD CONSTRAINT tenants_pkey PRIMARY KEY (tenant_id);


ALTER TABLE ONLY public.guarantors
    ADD CONSTRAINT guarantors_pkey PRIMARY KEY (guarantor_id);


ALTER TABLE ONLY public.rent_ledger
    ADD CONSTRAINT rent_ledger_pkey PRIMARY KEY (entry_id);


ALTER TABLE ONLY public.properties
    ADD CONSTRAINT properties_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.owners(owner_id);


ALTER TABLE ONLY public.properties
    ADD CONSTRAINT properties_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES public.staff(staff_id);


ALTER TABLE ONLY public.tenancies
    ADD CONSTRAINT tenancies_property_id_fkey FOREIGN KEY (property_id) REFERENCES public.properties(property_id);


ALTER TABLE ONLY public.tenancy_tenants
    ADD CONSTRAINT tenancy_tenants_tenancy_id_fkey FOREIGN KEY (tenancy_id) REFERENCES public.tenancies(tenancy_id);


ALTER TABLE ONLY public.tenancy_tenants
    ADD CONSTRAINT tenancy_tenants_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(tenant_id);


ALTER TABLE ONLY public.guarantors
    ADD CONSTRAINT guarantors_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES public.tenants(tenant_id);


ALTER TABLE ONLY public.rent_ledger
    ADD CONSTRAINT rent_ledger_tenancy_id_fkey FOREIGN KEY (tenancy_id) REFERENCES public.tenancies(tenancy_id);


--
-- PostgreSQL database dump complete
--

