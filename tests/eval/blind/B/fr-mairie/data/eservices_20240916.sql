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

--
-- Name: usagers; Type: TABLE; Schema: public; Owner: eserv_app
--

CREATE TABLE public.usagers (
    id_usager integer NOT NULL,
    civilite character varying(4),
    nom character varying(80) NOT NULL,
    prenom character varying(80) NOT NULL,
    nom_naissance character varying(80),
    date_naissance date,
    lieu_naissance character varying(120),
    nir character varying(21),
    adresse character varying(200),
    complement_adresse character varying(120),
    code_postal character(5),
    commune character varying(80),
    telephone_mobile character varying(20),
    telephone_fixe character varying(20),
    courriel character varying(150),
    identifiant character varying(150) NOT NULL,
    mot_de_passe character varying(72),
    mdp_modifie_le timestamp with time zone,
    statut_compte character varying(30) DEFAULT 'en attente de validation'::character varying,
    date_inscription timestamp with time zone DEFAULT now() NOT NULL,
    derniere_connexion timestamp with time zone
);


ALTER TABLE public.usagers OWNER TO eserv_app;

--
-- Name: demandes; Type: TABLE; Schema: public; Owner: eserv_app
--

CREATE TABLE public.demandes (
    id_demande integer NOT NULL,
    numero_dossier character(14) NOT NULL,
    id_usager integer NOT NULL,
    type_demande character varying(80) NOT NULL,
    canal character varying(12),
    personne_concernee character varying(160),
    lien_demandeur character varying(20),
    statut character varying(12) DEFAULT 'déposée'::character varying NOT NULL,
    date_depot timestamp with time zone NOT NULL,
    date_traitement timestamp with time zone,
    observations text,
    CONSTRAINT demandes_statut_check CHECK (((statut)::text = ANY ((ARRAY['déposée'::character varying, 'instruite'::character varying, 'refusée'::character varying])::text[])))
);


ALTER TABLE public.demandes OWNER TO eserv_app;

--
-- Name: paiements; Type: TABLE; Schema: public; Owner: eserv_app
--

CREATE TABLE public.paiements (
    id_paiement integer NOT NULL,
    id_demande integer NOT NULL,
    reference_transaction character varying(19) NOT NULL,
    id_psp uuid,
    montant numeric(8,2) NOT NULL,
    moyen_paiement character varying(20) NOT NULL,
    iban character varying(34),
    bic character varying(11),
    titulaire_compte character varying(120),
    carte_4_derniers character(4),
    date_paiement timestamp with time zone NOT NULL,
    statut_paiement character varying(10)
);


ALTER TABLE public.paiements OWNER TO eserv_app;

--
-- Data for Name: usagers; Type: TABLE DATA; Schema: public; Owner: eserv_app
--

COPY public.usagers (id_usager, civilite, nom, prenom, nom_naissance, date_naissance, lieu_naissance, nir, adresse, complement_adresse, code_postal, commune, telephone_mobile, telephone_fixe, courriel, identifiant, mot_de_passe, mdp_modifie_le, statut_compte, date_inscription, derniere_connexion) FROM stdin;
1000	M.	GUÉRIN	François	\N	1958-02-12	Orléans	158024523487855	114 bis rue Émile Zola	2e étage gauche	93100	Montreuil	0730528020	\N	francois.guerin13@hotmail.fr	fguerin58	$2y$10$kJf0XH1HKPQY2u/fNPVF/HsG9nCfCuNzmTA1oEGb64CvP26TfxUTG	\N	actif	2023-09-24 09:53:15+02	2024-08-16 21:10:02+02
1001	M.	PEREIRA	Christophe	\N	1956-03-15	Ajaccio	156032A00447328	86 rue Lenain de Tillemont	\N	93100	Montreuil	07 54 10 90 77	\N	christophe.pereira16@gmail.com	christophe.pereira16@gmail.com	$2y$10$3hhioffSMZ5ePhG6ag/Nt7gjSjdomUQs.dQO4BjrLAemSIvABCdyu	\N	actif	2019-06-22 14:19:34+02	2024-08-21 13:26:05+02
1002	Mme	LOPEZ	Samia	LEMAIRE	1991-11-06	Bamako (Mali)	2 91 11 99 335 286 68	23 bis rue Voltaire	\N	93100	Montreuil	07 54 78 07 53	09 81 86 78 96	samia.lopez51@sfr.fr	slopez91	$2y$10$qWWH9o36WOmxkm2AGz057aVu6010rxeKLT21X73rqeejsEcqH5XXI	\N	actif	2022-11-18 21:36:01+01	2024-08-20 16:36:56+02
1003	Mme	MERCIER	Samia	\N	1956-10-11	Alger (Algérie)	256109935284123	177 boulevard Chanzy	\N	93100	Montreuil	0749890346	\N	samia.mercier56@wanadoo.fr	smercier56	$2y$10$tWSOrb2/RR/STjvFHEX.RxV1waxEEUhmy5W.qLQluimMI1RP/92d.	\N	actif	2020-04-14 09:25:11+02	2024-07-16 16:20:00+02
1004	M.	MASSON	Sébastien	\N	1973-06-09	Saint-Denis	173069306628238	86 bis rue des Blancs Vilains	\N	93100	Montreuil	07.85.39.52.22	01.49.33.21.37	sebastien.masson73@hotmail.fr	smasson73	$2y$10$MccdSs/WbezrBtwI.e/uvQB7b84w771aK4EHkyqaCz635PXmzt2X7	2024-07-19 09:44:37+02	actif	2023-11-29 07:34:37+01	2024-09-01 12:00:01+02
1005	M.	LEMAIRE	Nicolas	\N	1975-08-25	Rennes	175083523815002	124 avenue Pasteur	Appt 14	93100	Montreuil	07 88 03 46 26	01.48.82.02.23	nicolas.lemaire75@free.fr	nlemaire75	$2y$10$xaZL.B2kC7/sfIkPvA4xkn/QcK4X2DmYUal5oRr1jsMT9/7uqm3px	\N	actif	2020-09-21 08:28:35+02	2024-08-23 23:20:18+02
1006	M.	NGUYEN	Joël	\N	2002-08-12	Tunis (Tunisie)	102089935160840	92 bis rue de la République	Esc. 2, 3e étage	94300	Vincennes	07 66 01 03 41	\N	joel.nguyen60@wanadoo.fr	jnguyen2	$2y$10$XUk45CLWQJF23hF1ZV7jcVgSNPfJ9iZ4eeW3YwTDKitFbc2v1pjty	2023-06-06 04:36:28+02	actif	2022-12-15 22:11:28+01	2024-09-07 09:29:24+02
1007	Mme	ARNAUD	Agnès	\N	1994-08-24	Montreuil	2 94 08 93 048 759 24	129 rue du Capitaine Dreyfus	\N	93170	Bagnolet	06.95.85.77.10	\N	agnes.arnaud@hotmail.fr	agnes.arnaud@hotmail.fr	$2y$10$uQhfth4BeToR.VCM0gTBz8BZlFoAYkJovVawuR6RUR1p7JCwfAQ7N	2024-01-19 04:58:45+01	actif	2023-02-01 23:35:45+01	2024-08-14 14:28:09+02
1008	M.	CLÉMENT	Sébastien	\N	1945-01-09	Nantes	145014410995115	161 avenue de la Résistance	\N	93100	Montreuil	0619906101	\N	sebastien.clement2@yahoo.fr	sclement45	$2y$10$N4nxKYFOAVgWanLtwwepY3DrTPdQ4MXDVWvwHQMDGxH8L72vsipMW	2021-07-19 17:16:17+02	en attente de validation	2020-11-18 13:14:17+01	2024-07-13 09:51:16+02
1009	M.	PERRIN	Benoît	\N	1972-04-22	Montreuil	172049304864439	67 bis rue de Paris	Bât. A, porte 21	94120	Fontenay-sous-Bois	07 33 69 59 41	01 42 19 64 72	benoit.perrin@icloud.com	bperrin72	$2y$10$DpqdksEfwumGHlirT2oPetr1TWYvIcMekkqTtisPy4keLALEKVJWn	2024-08-08 12:40:30+02	actif	2024-06-25 09:50:20+02	2024-08-08 12:52:30+02
1010	M.	MARTINEZ	Frédéric	\N	1996-07-29	Ajaccio	1 96 07 2A 004 306 45	103 rue Arsène Chéreau	\N	93100	Montreuil	07.47.09.47.49	01 41 71 83 00	frederic.martinez@laposte.net	fmartinez96	$2y$10$gO4ay8UWMS.Ja1MKemHlQLKHWKhpqoA6dTc89b335JajsfgbKVFzV	\N	actif	2023-08-07 14:35:26+02	2024-07-29 21:59:11+02
1011	Mme	LOPEZ	Aurélie	\N	1993-04-09	Saint-Denis	2 93 04 93 066 262 63	158 rue Pierre de Montreuil	\N	93100	Montreuil	06 86 78 82 08	01 48 51 59 93	aurelie.lopez@gmail.com	alopez93	$2y$10$jyRpOVjAlRSIqt6YgN2d7sQs3x2WFPr5./gtKbOri8DLGCnl0fQip	\N	actif	2019-03-21 17:11:46+01	2024-08-28 08:29:24+02
1012	Mme	HADDAD	Claire	\N	1965-10-22	Orléans	265104523446707	41 rue Franklin	Résidence Les Acacias	93100	Montreuil	07 50 79 91 23	\N	claire.haddad@free.fr	chaddad65	$2y$10$Q34qACuA5T1vvn3SO2/VPuH/Dr6kw0JwU8tPlAJpnpJLmt6I.aRle	\N	actif	2020-04-25 19:13:22+02	2024-07-18 10:45:46+02
1013	Mme	BOUCHER	Nathalie	\N	1997-11-10	Tunis (Tunisie)	2 97 11 99 351 560 87	6 ter rue Marceau	\N	93100	Montreuil	0733461350	01 49 35 08 58	nathalie.boucher22@outlook.fr	nathalie.boucher22@outlook.fr	$2y$10$FjmOxdYlHD4Eos2D49Q4DvdaTy0UtQZ5hGCNWMgDqY7VR/mzS6EgF	2022-05-12 23:10:41+02	en attente de validation	2022-04-18 15:29:41+02	2024-08-23 08:56:30+02
1014	Mme	TRAORÉ	Nadia	\N	1961-10-16	Casablanca (Maroc)	261109935051666	34 avenue de la Résistance	2e étage gauche	93100	Montreuil	0736125383	\N	nadia.traore61@yahoo.fr	ntraore61	$2y$10$mZmQvF0MzHiJ4Bh3DYZJgw/1yL5SEzqqj4I.5Bz1J0di8B1jxpcKh	2021-08-08 17:53:43+02	en attente de validation	2021-04-25 09:10:43+02	2024-07-24 18:42:39+02
1015	Mme	FRANÇOIS	Aurélie	\N	1945-06-17	Bamako (Mali)	245069933556721	112 bis rue Édouard Vaillant	\N	93100	Montreuil	07 59 75 43 36	01.49.15.09.98	aurelie.francois@laposte.net	aurelie.francois@laposte.net	$2y$10$/gFjmA84qcppGWXDVVKRHpN0Wx86BuiAAay//blVI6QtM3tTDRJ2Y	2020-03-01 14:48:20+01	actif	2019-10-14 14:12:20+02	2024-07-20 14:58:32+02
1016	M.	VINCENT	Cédric	\N	1941-06-29	Paris 20e Arrondissement	141067512087672	180 rue Étienne Marcel	Résidence Les Acacias	93100	Montreuil	06.40.33.37.88	\N	cedric.vincent41@gmail.com	cvincent41	$2y$10$aIu5fUs3WnXV.KCjOR6WBcmhZUbkecSdl5tp41KYwFXgTejrD6eLf	2021-04-22 20:39:45+02	actif	2021-04-06 20:24:45+02	2024-08-10 14:22:40+02
1017	Mme	MATHIEU	Camille	FAURE	1949-04-20	Créteil	249049402818514	18 ter rue Édouard Vaillant	Esc. 2, 3e étage	93100	Montreuil	06 87 20 64 67	\N	camille.mathieu2@yahoo.fr	camille.mathieu2@yahoo.fr	$2y$10$AsKFjI05g0MfLcnhKqdR3GwToQwpAmgulzBTOB2chBr4CVzNkC03O	\N	actif	2019-09-28 10:44:13+02	2024-07-24 18:56:07+02
1018	M.	HAMON	Pierre	\N	1979-11-02	Paris 12e Arrondissement	179117511287286	51 ter rue Lenain de Tillemont	\N	93100	Montreuil	07 40 65 04 93	\N	pierre.hamon8@outlook.fr	pierre.hamon8@outlook.fr	$2y$10$H7u2v2hezyZd1C3B8oK4t1TZSi7ATfwPfkhFmklGvZ0SaYPMeLPXD	\N	suspendu	2019-08-08 19:19:15+02	2024-08-19 22:26:25+02
1019	M.	HENRY	Patrick	\N	1958-11-09	Ajaccio	1 58 11 2A 004 240 97	57 rue de Vincennes	\N	93100	Montreuil	07 47 92 02 51	01 49 57 58 56	patrick.henry@icloud.com	patrick.henry@icloud.com	$2y$10$vnLxTO4XBQgi9Pnwq5ckJ/jw4A/BSNq.zBPRpNnX7JjD966V0Gs9H	2024-07-16 08:50:24+02	suspendu	2024-05-19 10:05:28+02	2024-07-16 09:09:24+02
1020	Mme	DAVID	Noémie	MULLER	1992-08-18	Brest	292082901964917	174 rue Lenain de Tillemont	\N	93100	Montreuil	07 46 20 30 46	\N	noemie.david48@outlook.fr	noemie.david48@outlook.fr	$2y$10$C4o/73p7B5IM6RE86GHjWdPHeKzO2GW7XkwCPhpeGW4avQmw1Z8sw	\N	actif	2021-02-05 10:43:03+01	2024-08-19 22:52:43+02
1021	Mme	BOUCHER	Julie	\N	1969-06-07	Montreuil	2 69 06 93 048 521 97	127 ter rue Hoche	\N	93100	Montreuil	07 62 01 50 92	\N	julie.boucher58@icloud.com	julie.boucher58@icloud.com	$2y$10$ppvYPkwHmWmdI/oIUMTbG99jBrvJGEgimEOIx5DYvyHuHYZq235fw	2023-10-20 11:11:01+02	suspendu	2022-12-30 08:36:01+01	2024-07-17 13:19:34+02
1022	M.	HENRY	Laurent	\N	1950-10-27	Paris 11e Arrondissement	150107511101154	150 rue Pierre de Montreuil	Bât. B	93170	Bagnolet	0603383461	01.42.26.40.24	laurent.henry50@orange.fr	lhenry50	$2y$10$XIqaDl0klrzVfzeY6T7JrUPzVCDz3SEfvbqEUY2DrNUmZj/3jYVh6	2024-05-16 18:16:06+02	actif	2024-04-06 14:31:06+02	2024-09-09 09:46:48+02
1023	Mme	DURAND	Claire	\N	1961-07-03	Fort-de-France	261079720919366	165 rue Robespierre	\N	93100	Montreuil	06 75 58 66 23	\N	claire.durand61@laposte.net	cdurand61	$2y$10$yozsozxhQ0WdVAs1Ky.6mPbXI8K5mJ8txDJWHjE7QJdll.YiH3lS/	2024-08-21 12:22:26+02	actif	2024-03-30 12:46:55+01	2024-08-21 12:23:26+02
1024	Mme	MATHIEU	Aminata	\N	1988-07-05	Orléans	288074523442439	162 rue Parmentier	Esc. 2, 3e étage	93100	Montreuil	06.99.58.46.38	0981298478	aminata.mathieu@sfr.fr	amathieu88	$2y$10$xc/S/Yltp6em4QXE2ZIX9NLT85Gm3eRw.175z9GRt1Dn1uf1CEf/J	2021-10-27 03:37:48+02	actif	2021-03-16 23:57:48+01	2024-08-15 18:01:03+02
1025	Mme	LAMBERT	Noémie	\N	1966-02-11	Alger (Algérie)	266029935239347	16 rue de Bagnolet	\N	93100	Montreuil	07 78 62 48 67	\N	noemie.lambert@sfr.fr	nlambert66	$2y$10$hh/PKhSc72V.a9LZmF3VIeAWIMRLzP3M9wsxH4z4iFMq9X2FfB0HK	2023-09-21 21:37:52+02	actif	2022-09-10 17:05:52+02	2024-07-30 10:10:26+02
1026	M.	MATHIEU	Alain	\N	1996-11-04	Alger (Algérie)	196119935231612	21 ter rue Gaston Lauriau	Bât. A, porte 21	93100	Montreuil	06 05 36 27 92	\N	alain.mathieu96@sfr.fr	amathieu96	$2y$10$4wIqaFA4FdgwcQhoWhs7fQlzXvZCwt9lnanDPjXmrQ.AHGQFDLbMS	\N	actif	2021-07-17 20:13:46+02	2024-08-19 15:12:06+02
1027	M.	MATHIEU	Cédric	\N	2002-09-06	Casablanca (Maroc)	102099935005755	156 ter rue Arsène Chéreau	Bât. B	93230	Romainville	06 18 23 67 78	\N	cedric.mathieu@yahoo.fr	cedric.mathieu@yahoo.fr	$2y$10$AqkgbZnSFxqF1g2LXEnaAW5tfD9zHqQQyX/sp730gWPOjBPfR8//h	2022-02-26 15:47:34+01	actif	2021-06-16 07:54:34+02	2024-07-01 08:46:09+02
1028	M.	BONNET	Lucas	\N	1963-09-10	Alger (Algérie)	163099935213829	124 boulevard Paul Vaillant-Couturier	\N	94300	Vincennes	06.38.44.24.94	\N	lucas.bonnet64@hotmail.fr	lbonnet63	$2y$10$ZAd5ZhK36U8O/ISrOPO5WJCt9./K9QBVhzO2OIWFVFcDvQ8OWBNKh	2021-08-27 00:36:53+02	en attente de validation	2020-08-01 21:19:53+02	2024-08-26 17:12:01+02
1029	Mme	BLANC	Aminata	\N	1943-06-04	Bamako (Mali)	243069933518120	1 rue Hoche	\N	93100	Montreuil	06 24 52 16 89	0953103321	aminata.blanc@orange.fr	ablanc43	$2y$10$IOB6EBLMYjtdf5yCHs6hci3Tp5Bt6sDGegh2QhsfFPwcDxmleRae1	\N	actif	2022-06-28 13:07:19+02	2024-07-18 12:40:23+02
1030	Mme	COLIN	Awa	\N	1960-10-05	Ajaccio	260102A00421159	21 rue de Paris	\N	93100	Montreuil	06 99 32 01 44	\N	awa.colin@outlook.fr	acolin60	$2y$10$ToK3Q7IxKLQgWPVe1kMP87YztlhKE9j3NaeNHyC6BjJj1cZq7RW0x	2023-10-30 14:52:03+02	actif	2023-07-04 08:26:03+02	2024-07-26 13:52:19+02
1031	Mme	LEFEBVRE	Nadia	\N	1984-04-10	Saint-Denis	284049306674422	174 rue de Rosny	Esc. 2, 3e étage	93110	Rosny-sous-Bois	07 36 87 37 57	\N	nadia.lefebvre@gmail.com	nlefebvre84	$2y$10$aUsIqZSdS21ssunmmb1jGTa0EMJKXzM7.Zl6XaR931Adc7cnkiTcp	\N	actif	2021-04-18 14:01:58+02	2024-08-02 09:50:29+02
1032	Mme	DUPONT	Agnès	FAURE	1978-05-17	Paris 11e Arrondissement	2 78 05 75 111 372 34	112 rue Carnot	\N	93100	Montreuil	06 03 26 74 47	01 43 81 76 59	agnes.dupont@gmail.com	adupont78	$2y$10$fAAXXlsyLe419bv1U3rYmOFsrpz1tAqrvY05H23FQLsBzTewqP3e1	\N	actif	2021-11-26 21:19:07+01	2024-08-15 20:09:50+02
1033	M.	NICOLAS	Sébastien	\N	1976-06-05	Lille	176065935042701	159 rue des Blancs Vilains	\N	93100	Montreuil	06 06 98 06 96	01 43 58 31 01	sebastien.nicolas76@wanadoo.fr	sebastien.nicolas76@wanadoo.fr	$2y$10$lqEdBWG9UDPTCfilZBBsz7cKHsTjOtQMCB7biBKoU5DKJmst8Ly8s	2024-08-04 01:08:53+02	en attente de validation	2024-05-15 23:38:53+02	2024-08-26 10:34:17+02
1034	M.	ANDRÉ	Julien	\N	1988-05-31	Ajaccio	1 88 05 2A 004 814 91	25 boulevard Chanzy	\N	93100	Montreuil	06 76 02 64 85	\N	julien.andre71@gmail.com	jandre88	$2y$10$dR2NWDVFVLeq7iopUw60KGpSxRq6tZBGN7P8UtOH7RU0.rSce.Xm0	\N	actif	2020-07-05 10:13:28+02	2024-08-20 22:11:01+02
1035	Mme	BLANC	Julie	AUBERT	1980-09-10	Saint-Denis	2 80 09 93 066 509 48	126 bis rue de Bagnolet	\N	93100	Montreuil	07 80 67 20 67	01 48 36 57 19	julie.blanc@orange.fr	jblanc80	$2y$10$W9PPLjZcFdI/NO5bg6mcgSmPq/So0Pzwu6ZsU2T7M7SjCo/hsw3t/	2023-07-14 22:40:58+02	actif	2023-01-14 13:27:58+01	2024-09-02 12:05:45+02
1036	Mme	GUÉRIN	Leïla	LE GOFF	1943-12-04	Toulouse	243123155561757	77 rue Kléber	\N	93100	Montreuil	06 88 53 43 84	\N	leila.guerin43@icloud.com	lguerin43	$2y$10$ZaTe1l1YjdXSfpGU2jH4yGqO1ad94yeQcITd9LpqITyZrNfTdwC7b	2020-06-04 20:33:08+02	actif	2019-07-06 10:50:08+02	2024-08-23 10:14:58+02
1037	M.	FAURE	Grégoire	\N	1954-02-05	Paris 11e Arrondissement	1 54 02 75 111 657 54	52 rue Lenain de Tillemont	\N	93100	Montreuil	06.58.13.66.39	\N	gregoire.faure22@outlook.fr	gfaure54	$2y$10$OmbPECVStkaH4ISfeKdc2AGlTWtrNNxpvYOMqfoksg0jPWW34unEz	2020-04-10 20:25:44+02	actif	2019-07-11 11:39:44+02	2024-08-17 23:39:17+02
1038	Mme	MOREL	Anne	\N	1996-01-12	Lille	296015935031471	25 rue de Vincennes	Chez M. et Mme BENALI	93100	Montreuil	+33 6 99 28 79 23	09 53 63 71 71	anne.morel@gmail.com	amorel96	$2y$10$Si0325g.c.jdVLoKeUZzeA2nMxb.I4On9NTfdhX9dBKWeAHPul9Jz	\N	suspendu	2020-08-04 07:32:26+02	2024-07-23 23:30:36+02
1039	Mme	BONNET	Julie	\N	1997-07-08	Marseille 5e Arrondissement	2 97 07 13 205 677 12	89 boulevard Chanzy	\N	93230	Romainville	06 50 13 56 46	\N	julie.bonnet@wanadoo.fr	jbonnet97	$2y$10$Ss28C0sapeqY9A/7QM3MBIcii7HBejOD.Wq9T3Cow.m1zAvbMKfSI	2022-06-15 11:48:49+02	actif	2022-05-13 08:34:49+02	2024-09-04 23:53:44+02
1040	Mme	MARTINEZ	Sarah	\N	2000-09-24	Paris 12e Arrondissement	200097511250670	114 rue d'Avron	Chez M. et Mme MEUNIER	75020	Paris	0736202821	\N	sarah.martinez83@wanadoo.fr	sarah.martinez83@wanadoo.fr	$2y$10$UrOHnlj0LzucPGJn2nj67meIhhfitJoqGpmXkGZ4h0LsrjR0b2IKj	2021-03-22 03:22:54+01	actif	2020-03-19 19:49:54+01	2024-07-24 23:01:13+02
1041	Mme	HAMON	Julie	\N	2003-11-21	Nantes	203114410964663	171 ter avenue du Président Wilson	\N	93100	Montreuil	06 39 72 64 12	\N	julie.hamon3@orange.fr	jhamon3	$2y$10$.kYBp7f/i9yyHyvbxBOgHbfYbiDT5/FV9hMLFj9A5fXgxhPgMi3o9	\N	actif	2023-10-20 15:17:39+02	2024-07-06 15:33:11+02
1042	Mme	MICHEL	Isabelle	\N	1985-08-23	Saint-Denis	285089306647416	92 rue de Paris	\N	93100	Montreuil	07 73 66 67 14	01 49 33 37 58	isabelle.michel42@wanadoo.fr	imichel85	$2y$10$9am7hsg/nuTjljV7MiM0ImfyNyF.DdncKZf2qzD.8Ifz.fLtMTWQD	2021-09-10 18:21:57+02	actif	2020-09-04 12:27:57+02	2024-07-27 11:12:40+02
1043	Mme	HAMON	Isabelle	\N	1966-12-02	Marseille 5e Arrondissement	2 66 12 13 205 742 91	130 rue Carnot	\N	93100	Montreuil	07 74 23 71 52	\N	isabelle.hamon66@outlook.fr	ihamon66	$2y$10$PaXh0Pv5oNNMfGPvSWri4.t0o4/EFmWgIrY7Sw1wwXNMsGpF5lnZA	\N	actif	2022-04-01 18:40:25+02	2024-08-21 19:47:25+02
1044	Mme	NICOLAS	Sylvie	\N	1967-02-20	Ajaccio	267022A00476405	105 bis rue Robespierre	\N	93100	Montreuil	+33 6 72 79 84 68	\N	sylvie.nicolas31@wanadoo.fr	snicolas67	$2y$10$DTILLHVVV1/xNLydizNN60hWTXIpgv30NSkhJ5/W2SaXHdb.lEG6B	2021-08-31 18:41:55+02	suspendu	2020-11-13 16:49:55+01	2024-08-21 10:24:35+02
1045	Mme	MEUNIER	Claire	\N	1974-05-30	Fort-de-France	274059720975596	139 rue du Sergent Bobillot	\N	93100	Montreuil	07 36 23 86 81	\N	claire.meunier@outlook.fr	cmeunier74	$2y$10$S2r6vkSY5vi6wOHKCLIYyKWhBBs3d5jugIRG1ICmCSFpK/Eel.Vwn	\N	actif	2020-07-31 08:08:51+02	2024-07-29 12:59:55+02
1046	M.	MEUNIER	Laurent	\N	1971-08-15	Fort-de-France	171089720953675	171 avenue de la Résistance	\N	93100	Montreuil	+33 6 87 64 97 60	09.53.64.66.83	laurent.meunier@hotmail.fr	lmeunier71	$2y$10$besgGPXHznUFtoTCbvCHdQA/DwnbPF7UF57bwhfDTl/jXDugxhSWr	\N	actif	2022-01-20 17:36:17+01	2024-08-25 13:01:03+02
1047	Mme	NICOLAS	Élodie	DUVAL	1972-10-12	Montreuil	2 72 10 93 048 842 81	2 rue Carnot	\N	93230	Romainville	+33 7 30 59 02 17	\N	elodie.nicolas39@yahoo.fr	elodie.nicolas39@yahoo.fr	$2y$10$/u13IEP//r5dlV/zWrL9okIHUtTyrwUjDGN4iUhe9VUemhJ6anMsA	2024-08-02 09:30:16+02	suspendu	2024-03-01 19:24:36+01	2024-08-02 09:38:16+02
1048	Mme	LOPEZ	Aurélie	\N	1983-08-08	Toulouse	283083155532076	146 bis rue du Sergent Bobillot	Appt 14	93100	Montreuil	0735627894	\N	aurelie.lopez@sfr.fr	aurelie.lopez@sfr.fr	$2y$10$NEpP4CEUafyayjoVtN2JyKAzMgXbwbzm.erd6fPeZSEbQhZ8M6fdv	2021-12-08 16:41:26+01	actif	2021-11-01 14:37:26+01	2024-07-12 23:28:49+02
1049	Mme	DENIS	Céline	\N	1945-10-30	Lille	245105935081777	71 rue de Vincennes	\N	93100	Montreuil	+33 7 80 19 38 98	\N	celine.denis67@icloud.com	cdenis45	$2y$10$hvjnPTxw/jdsaX/h0WMcMaAEBpnDqrL7gU6pLq7un0BLPsEnTMq/6	2024-07-26 12:01:04+02	actif	2023-09-30 20:21:14+02	2024-07-26 12:07:04+02
1050	M.	BENOÎT	Pierre	\N	2000-03-30	Saint-Denis	1 00 03 93 066 732 13	78 rue des Blancs Vilains	\N	93100	Montreuil	06 18 63 15 90	09 53 35 36 24	pierre.benoit87@hotmail.fr	pbenoit0	$2y$10$y78JQJaDpzeyA0h9zR85djXLvtrFqLOAdmauMwjaQfRXDOwD7tbtr	2024-06-14 12:58:26+02	actif	2024-01-20 09:43:26+01	2024-08-19 21:55:10+02
1051	Mme	HENRY	Christine	\N	1960-12-27	Paris 11e Arrondissement	2 60 12 75 111 144 92	122 rue Arsène Chéreau	\N	93100	Montreuil	0647218335	01 42 17 93 82	christine.henry@outlook.fr	christine.henry@outlook.fr	$2y$10$nVlQWqfS0U/hqALaP.IXXNdBbSdYwUT0ybHe9pMbIE0vdmhQYghnx	2019-07-03 00:54:49+02	actif	2019-05-05 14:55:49+02	2024-08-20 21:07:28+02
1052	Mme	BENOÎT	Léa	\N	1995-02-06	Orléans	295024523470514	28 rue Kléber	\N	93100	Montreuil	06 11 31 23 85	01 41 51 15 81	lea.benoit58@gmail.com	lea.benoit58@gmail.com	$2y$10$5uHxvnm2dGIBrtOicEyMMnQ42t63jbkpcjmHwNsmyW7Go6DiZ7046	2020-04-27 19:18:21+02	actif	2020-01-23 15:33:21+01	2024-08-18 21:23:12+02
1053	M.	REY	Vincent	\N	1990-08-09	Bamako (Mali)	190089933581575	155 bis rue Pierre de Montreuil	Appt 14	93100	Montreuil	06 73 88 35 64	01 41 62 27 07	vincent.rey@hotmail.fr	vrey90	$2y$10$Cvrqu4ZEB3tyWKAWAnXESs4g9UrNtnMw2Ol3.cP5Hd3BZhp8ZeNXI	\N	actif	2020-04-29 17:45:01+02	2024-09-08 18:32:13+02
1054	Mme	ROUX	Julie	\N	1956-06-21	Limoges	256068708546734	79 rue des Roches	Résidence Les Acacias	93100	Montreuil	07.56.85.17.18	\N	julie.roux@gmail.com	jroux56	$2y$10$1P94nxIX7cmweQS8ILTbbkmFKKO7A7DC24lWNNOogoQ9HPhv8f6g5	\N	actif	2023-04-27 07:53:34+02	2024-08-29 23:40:37+02
1055	Mme	PERRIN	Nathalie	\N	1998-11-03	Créteil	298119402889027	91 boulevard Paul Vaillant-Couturier	\N	93100	Montreuil	07 81 10 44 18	01 42 78 97 14	nathalie.perrin@icloud.com	nperrin98	$2y$10$TnUipFoGtf9NJ7.WzNAJYtnI89Q3Rtm5Gotc.9v6aEDUXv8rtIAPj	\N	suspendu	2019-03-03 18:17:03+01	2024-09-07 08:38:28+02
1056	M.	MASSON	Yann	\N	2003-04-16	Casablanca (Maroc)	103049935057290	28 bis rue du Sergent Bobillot	\N	93230	Romainville	06.28.39.71.93	01 43 87 45 06	yann.masson@gmail.com	yann.masson@gmail.com	$2y$10$dHIFHE9iWTt/M2tXTz1CDcuz0RRlpUul.oFTWR15sYRJda2IklaWv	2022-12-12 10:24:56+01	actif	2022-10-09 09:51:56+02	2024-07-13 20:43:55+02
1057	Mme	CARPENTIER	Awa	\N	1971-12-01	Lille	2 71 12 59 350 607 15	82 boulevard Rouget de Lisle	\N	93100	Montreuil	06 35 24 32 48	\N	awa.carpentier@free.fr	awa.carpentier@free.fr	$2y$10$l0jvqBhEVIFHRKVEip2TB7fpW6T/QReJrMrIPGmwC/EKQqIJ9TNG1	2024-02-11 18:24:21+01	actif	2023-03-24 15:29:21+01	2024-08-19 19:45:22+02
1058	Mme	BOUCHER	Céline	\N	1970-09-24	Limoges	270098708510846	26 rue Gaston Lauriau	\N	93100	Montreuil	07.44.66.04.83	09 53 61 02 00	celine.boucher70@hotmail.fr	cboucher70	$2y$10$Wq6FbuH1jwyCYsv9TtvSncijFy4Fmp0l8MVzFY89dABa7llkmz.hx	2020-06-13 10:47:16+02	suspendu	2019-07-10 08:17:16+02	2024-09-06 19:20:49+02
1059	Mme	BOUCHER	Agnès	\N	1984-04-02	Montreuil	2 84 04 93 048 557 70	148 rue Barbès	\N	93100	Montreuil	06 02 12 39 16	\N	agnes.boucher@free.fr	aboucher84	$2y$10$P9.CeVtXF8L7Vo2R.F.qF9DQyTGSELApsDmUMFMP7iEFUf8cT0r49	\N	actif	2020-04-08 18:49:23+02	2024-07-08 08:16:14+02
1060	M.	BRUN	Olivier	\N	1957-05-02	Alger (Algérie)	1 57 05 99 352 590 01	58 ter rue Gaston Lauriau	\N	93100	Montreuil	07.62.22.41.63	\N	olivier.brun@icloud.com	olivier.brun@icloud.com	$2y$10$Px8Zg7Vw0apFnLoJ8ot12P70x5B3rWfcm93BmTIY4.zPnOc7jF24h	2020-09-02 11:56:06+02	suspendu	2020-07-02 10:07:06+02	2024-08-30 12:07:31+02
1061	M.	MOREL	Christophe	\N	2000-08-05	Strasbourg	100086748236036	63 rue de Paris	\N	93100	Montreuil	07 63 47 36 27	\N	christophe.morel88@sfr.fr	cmorel0	$2y$10$uYgZnkELuKD5XkK7w5riazYlEWdY9eHo5I66GuweSxOjhcBMACcS4	2019-12-08 14:56:20+01	actif	2019-12-02 10:46:20+01	2024-07-05 17:31:25+02
1062	Mme	KONE	Agnès	CARPENTIER	1965-03-13	Paris 12e Arrondissement	265037511281569	135 rue Danton	\N	94120	Fontenay-sous-Bois	06 94 85 07 00	09 81 47 82 65	agnes.kone42@icloud.com	agnes.kone42@icloud.com	$2y$10$C6qtPh/gO1C6Ib83TWqhOUy6FfQ3wz3J5UvnBa3NaFkLi.LukIxjH	\N	actif	2021-10-18 09:58:28+02	2024-07-04 20:10:41+02
1063	Mme	MULLER	Christine	\N	1995-05-28	Nantes	2 95 05 44 109 072 10	43 rue Voltaire	\N	93100	Montreuil	06 74 03 22 02	\N	christine.muller@wanadoo.fr	cmuller95	$2y$10$ORLaRt.MebWznPsix8I2ZP3WNi03DWlA2RKfP9CH1vK.xoON1F6/e	2021-04-24 03:13:21+02	actif	2020-07-05 23:28:21+02	2024-08-25 09:22:28+02
1064	Mme	DENIS	Leïla	\N	1970-10-24	Bobigny	2 70 10 93 008 657 12	42 rue des Roches	\N	93100	Montreuil	07 65 21 24 11	\N	leila.denis66@hotmail.fr	ldenis70	$2y$10$6RcKHLviyldy4wvB05179qKx7QvnTVw1Cs4SFLwTdlW7mLFrhZTr2	2021-01-16 01:17:53+01	suspendu	2020-09-23 20:29:53+02	2024-09-05 12:47:28+02
1065	Mme	DAVID	Julie	\N	1994-09-18	Montreuil	294099304890093	112 rue du Capitaine Dreyfus	Bât. A, porte 21	93110	Rosny-sous-Bois	06 23 51 33 03	01 49 29 78 32	julie.david@free.fr	jdavid94	$2y$10$ou3xdIxXcr/8lZTJGsm/Cc04A1GgfIHDpficJ5qwrxfRbAuTv.LS/	2024-01-04 14:38:04+01	actif	2023-06-10 09:10:04+02	2024-08-15 22:56:59+02
1066	M.	BARBIER	Benoît	\N	1952-06-17	Bamako (Mali)	1 52 06 99 335 773 07	164 avenue Pasteur	\N	93100	Montreuil	07.53.58.07.46	\N	benoit.barbier52@icloud.com	bbarbier52	$2y$10$c.gKbU71Ijaj4Jcqcz26AZ1ol910qGBWg3kkrk.0QY7Q9fr3n8TNb	2024-03-24 10:57:20+01	actif	2024-03-08 08:18:20+01	2024-08-31 12:55:30+02
1067	M.	MASSON	Maxime	\N	1967-05-30	Bobigny	167059300846827	94 rue Gaston Lauriau	Bât. A, porte 21	93100	Montreuil	07 64 76 29 10	\N	maxime.masson@yahoo.fr	maxime.masson@yahoo.fr	$2y$10$rMvuYf/rizCJpKxLx88t3MNgKLQGqdpAK2Mejk8kMAQDL6XpHTzk5	2023-10-27 15:23:40+02	actif	2023-06-14 09:09:40+02	2024-08-13 14:53:25+02
1068	M.	COLIN	Michel	\N	1999-12-29	Lyon 3e Arrondissement	199126938362633	150 boulevard Rouget de Lisle	\N	93100	Montreuil	07.72.81.49.06	\N	michel.colin47@sfr.fr	mcolin99	$2y$10$XD0eqCF7wagN9G4fLFU.O6nWHgXNDq59gA/yGUUg6URjKKhWwPa5D	2021-05-24 05:59:49+02	actif	2021-01-15 22:38:49+01	2024-07-26 15:56:55+02
1069	M.	BONNET	Frédéric	\N	1971-10-30	Nantes	171104410999307	173 rue Gaston Lauriau	Appt 14	93100	Montreuil	0659048623	01 43 65 40 78	frederic.bonnet@icloud.com	fbonnet71	$2y$10$3MREP9BhrtQNvzALwdMVRC.MB8uJV08/8UBFJNNDyS00/NVsmRTTS	2021-10-04 19:07:31+02	en attente de validation	2020-11-18 17:59:31+01	2024-08-12 13:20:41+02
1070	M.	LEFÈVRE	Rachid	\N	1976-01-02	Montreuil	176019304844789	91 bis rue Gaston Lauriau	\N	93170	Bagnolet	06.87.46.27.62	\N	rachid.lefevre76@wanadoo.fr	rachid.lefevre76@wanadoo.fr	$2y$10$m3q6vZ0ERWi2y3tZlsRhxgM7iLrY7MZvRWHYOVIKivI.2g3yzySTY	2022-03-15 03:57:18+01	en attente de validation	2021-06-25 22:37:18+02	2024-08-13 20:04:17+02
1071	M.	REY	Philippe	\N	1947-02-11	Paris 12e Arrondissement	147027511231431	97 rue Carnot	\N	93100	Montreuil	+33 6 48 45 55 27	\N	philippe.rey47@sfr.fr	philippe.rey47@sfr.fr	$2y$10$cc76/JENQmie4Pkvk/naSZgDvFbxl1D8BJhzQZczCXYQJagWbfkD5	2021-01-25 15:56:34+01	actif	2020-02-18 12:17:34+01	2024-08-22 20:37:39+02
1072	Mme	DIALLO	Mélanie	\N	1992-02-26	Limoges	2 92 02 87 085 661 49	168 bis rue de Paris	\N	93100	Montreuil	+33 6 53 57 05 49	\N	melanie.diallo23@sfr.fr	mdiallo92	$2y$10$dizXkVFir02HzZ95MNXDZGkHJwbTMK7n51t7scfj4Tpjg/bICPslX	2022-06-26 22:33:52+02	actif	2022-03-04 19:01:52+01	2024-09-12 14:40:13+02
1073	Mme	ANDRÉ	Fatima	\N	1995-08-11	Limoges	295088708574016	6 ter avenue de la Résistance	\N	93170	Bagnolet	0664277098	\N	fatima.andre@laposte.net	fandre95	$2y$10$7wZODmbypxx0MkTI1J8s0JiI20oPWXiyOug8G3C0h5PsiIFjoM0Hv	2023-06-06 01:50:14+02	actif	2022-10-11 17:02:14+02	2024-08-13 07:57:09+02
1074	Mme	CARPENTIER	Inès	\N	1956-10-14	Toulouse	256103155565628	34 rue des Blancs Vilains	\N	93100	Montreuil	06 70 73 68 00	09 53 07 76 19	ines.carpentier@wanadoo.fr	icarpentier56	$2y$10$.Ten/g0ieZKPTSt4cLK42Zgh8JG/yERVHycU52AxwExHjiQM/M47W	2024-08-24 10:44:10+02	actif	2023-12-20 09:00:50+01	2024-08-24 11:09:10+02
1075	M.	VINCENT	François	\N	2002-01-21	Paris 12e Arrondissement	102017511275335	45 bis rue Hoche	2e étage gauche	93100	Montreuil	+33 6 80 31 01 95	01 42 87 42 01	francois.vincent73@gmail.com	francois.vincent73@gmail.com	$2y$10$W8KXvXpwAjAuUkNIJtzVabzQ5hyAcqbPNWtj/UA1Gk7fvFs.vwrrX	2024-08-29 22:11:03+02	actif	2024-04-29 19:05:41+02	2024-08-29 22:37:03+02
1076	Mme	MEUNIER	Sophie	\N	1985-10-09	Porto (Portugal)	2 85 10 99 139 252 52	52 rue Carnot	\N	94120	Fontenay-sous-Bois	06 14 11 13 54	\N	sophie.meunier19@laposte.net	smeunier85	$2y$10$TLPOvqDz7XVoi7wfUuhJsHB4A1b.gaKe2kcA4V2uGdzoLWAbGg9nJ	2022-03-19 18:04:05+01	actif	2021-12-15 18:03:05+01	2024-09-07 07:47:06+02
1077	Mme	LOPEZ	Sandrine	\N	1962-09-12	Paris 11e Arrondissement	2 62 09 75 111 981 79	95 rue Arsène Chéreau	\N	93100	Montreuil	06 06 05 23 66	\N	sandrine.lopez@icloud.com	sandrine.lopez@icloud.com	$2y$10$0z1A.AO.x8YTJ.aw9ESdczELUXbgjQKdSApcjfUrSciAfgt4ROq9s	\N	actif	2023-08-13 10:18:10+02	2024-08-12 12:26:58+02
1078	Mme	LAURENT	Nadia	\N	1951-12-21	Paris 20e Arrondissement	2 51 12 75 120 680 18	52 rue Arsène Chéreau	\N	93100	Montreuil	07 78 88 20 82	\N	nadia.laurent@hotmail.fr	nlaurent51	$2y$10$GeQLgw2c/W8yGW.T5bLyltoPdtpZs9rR0AF6loCkEfsFV2nYrh1bV	2021-06-20 20:00:38+02	suspendu	2021-03-11 13:18:38+01	2024-07-01 17:41:49+02
1079	M.	FAURE	Youssef	\N	1985-05-20	Orléans	185054523427166	72 bis rue Robespierre	\N	93100	Montreuil	07 87 02 53 38	0142066582	youssef.faure8@yahoo.fr	youssef.faure8@yahoo.fr	$2y$10$VSnwLwNwRguA6iQX0c.zyEs5F0YjLLlQdXw6gDQpqgFUQG3v2TmAt	2021-10-10 17:05:38+02	actif	2021-03-01 12:35:38+01	2024-08-17 23:44:08+02
1080	Mme	LEFEBVRE	Camille	\N	2004-12-01	Montreuil	204129304827832	165 ter rue de Romainville	Bât. B	93170	Bagnolet	06.39.36.19.04	\N	camille.lefebvre@sfr.fr	clefebvre4	$2y$10$C1BKACyAmkfr.o1xxkWPOaARxdJ4BaazTyzTNVzIDIkvkC9a0zlxz	2021-03-21 20:25:04+01	suspendu	2020-08-09 12:38:04+02	2024-08-27 20:20:54+02
1081	Mme	LE GOFF	Aurélie	GAUTHIER	1979-12-13	Limoges	279128708579632	47 ter rue Étienne Marcel	\N	93100	Montreuil	06 64 14 23 67	09.81.52.67.01	aurelie.legoff@hotmail.fr	alegoff79	$2y$10$CVbCgdhswags11thNN5TnX44C.XEAiSXL//8veuQu/2WTgiD1hNHi	\N	actif	2021-03-02 15:47:29+01	2024-08-14 17:29:34+02
1082	M.	MOREAU	Nicolas	\N	1993-06-29	Nantes	193064410920838	155 ter rue Étienne Marcel	\N	93170	Bagnolet	07.37.15.96.12	\N	nicolas.moreau@free.fr	nmoreau93	$2y$10$KXtdNwF1j1pd2z03cIAK1BunmpNCMxkMYOfg3irkB4zNeVF8S9VVS	2022-05-23 14:59:20+02	suspendu	2021-08-31 14:36:20+02	2024-08-05 22:11:19+02
1083	M.	LOPEZ	Michel	\N	2002-04-03	Bobigny	102049300864809	53 ter rue de Bagnolet	\N	93170	Bagnolet	+33 6 02 38 87 70	\N	michel.lopez@free.fr	mlopez2	$2y$10$Pe1B77yyM6p1W40ziqoA5Trugl7EZGbRslaTh0ghz.p/g9Xqle3VF	\N	actif	2022-01-30 12:27:14+01	2024-07-11 15:07:19+02
1084	M.	FOURNIER	Théo	\N	2004-11-26	Créteil	104119402876159	28 rue des Blancs Vilains	\N	93100	Montreuil	06 00 32 79 27	\N	theo.fournier4@gmail.com	tfournier4	$2y$10$NBt/N7jYmHElAXVGKT4FqmL6u0gTASndy8I6RrmRYzLrULf7Acf2j	2023-05-05 19:31:42+02	actif	2022-12-10 15:44:42+01	2024-08-31 20:44:22+02
1085	Mme	DENIS	Isabelle	\N	1951-09-10	Dakar (Sénégal)	251099934129066	144 rue du Sergent Bobillot	\N	93100	Montreuil	0658004584	09 53 84 31 45	isabelle.denis51@sfr.fr	idenis51	$2y$10$y9HAK6CcVBE5xFPjlfnU05MsaGUuLD76sk8bbjNe5xOELfF1NMDqL	\N	actif	2024-02-25 17:18:22+01	2024-08-30 10:45:29+02
1086	M.	GAUTHIER	Philippe	\N	1991-10-23	Saint-Denis	191109306617902	137 rue Carnot	\N	93230	Romainville	07 63 48 97 12	\N	philippe.gauthier44@orange.fr	pgauthier91	$2y$10$MeGJV22sZvkGlGCVcgRiDyTkuSs/8SA.OHvVj3n9wIhM.XAbVroIZ	\N	en attente de validation	2020-09-16 11:45:26+02	2024-09-06 19:40:58+02
1087	Mme	MARTINEZ	Virginie	\N	1988-07-18	Dakar (Sénégal)	2 88 07 99 341 941 92	53 boulevard Rouget de Lisle	\N	93100	Montreuil	07.89.91.19.52	\N	virginie.martinez@laposte.net	virginie.martinez@laposte.net	$2y$10$HJlmwOuTk6/qUYu4gK2FJ.NPbsktbsl3PRpMGD4YYsuHYE95/U8NP	\N	suspendu	2022-05-28 17:57:37+02	2024-08-10 11:33:53+02
1088	M.	LE GOFF	Christophe	\N	1992-07-13	Orléans	192074523486237	61 ter rue de Vincennes	\N	93100	Montreuil	06 32 51 80 30	\N	christophe.legoff92@hotmail.fr	clegoff92	$2y$10$1Ee/ZUk82aBODUCGnlo2izCu1afioyovddmSxFWYZrcUaVhYLAog1	\N	actif	2022-05-20 17:51:20+02	2024-07-05 09:42:41+02
1089	Mme	CARPENTIER	Catherine	\N	1985-02-15	Bobigny	285029300895119	144 rue Émile Zola	Chez M. et Mme REY	93100	Montreuil	+33 6 82 75 19 36	\N	catherine.carpentier37@free.fr	ccarpentier85	$2y$10$pKg6EV1gOg.fgSGdMzdLzvvwHYOL42WL2TajI2wbhD81VDUdSblUx	2021-12-20 23:10:31+01	actif	2021-08-23 17:29:31+02	2024-08-16 23:43:16+02
1090	Mme	ROBIN	Martine	\N	1961-03-25	Nantes	261034410981528	90 ter rue des Roches	Appt 14	94300	Vincennes	06 99 96 03 23	09 81 04 20 65	martine.robin@orange.fr	mrobin61	$2y$10$WOtnBszGoaPgsFFhGA6b364dBViMVuM1ogegLJq42xzQ/kJsiC248	\N	actif	2023-10-02 21:56:10+02	2024-08-07 12:00:01+02
1091	M.	MARTIN	Michel	\N	1970-10-12	Limoges	170108708597917	2 rue de Vincennes	Bât. A, porte 21	93100	Montreuil	0749072189	01 49 28 33 82	michel.martin@outlook.fr	michel.martin@outlook.fr	$2y$10$yKLp0cqVOKG9dpsZQQ8eiWsTK8dOExJsy8vpo9kud1eBZJXHzs.3h	2022-03-18 19:02:42+01	actif	2021-02-18 09:35:42+01	2024-08-22 20:55:36+02
1092	M.	RICHARD	Sébastien	\N	1996-03-22	Bobigny	196039300872563	40 rue Franklin	\N	93100	Montreuil	06 06 36 08 89	\N	sebastien.richard53@laposte.net	srichard96	$2y$10$vYb6kBeDlWpPKydwrQhSOpxg5/oW8CwG6OKeMEe.WcYsKAxe2P.M2	\N	actif	2020-07-16 18:38:34+02	2024-08-14 16:49:07+02
1093	Mme	ROBIN	Chloé	\N	1975-02-24	Bobigny	275029300805250	148 boulevard Chanzy	\N	93100	Montreuil	+33 6 20 72 54 73	\N	chloe.robin@outlook.fr	chloe.robin@outlook.fr	$2y$10$N45Jh7T46qaG5vE7RBF3AMJLz0j5JZWRzcHlaczhhnsMZQ4WDW3Uj	\N	actif	2022-01-10 21:12:20+01	2024-07-15 14:41:17+02
1094	Mme	PETIT	Laure	\N	1942-09-13	Brest	242092901951397	104 rue Lenain de Tillemont	Bât. B	93100	Montreuil	06 47 28 19 28	\N	laure.petit1@icloud.com	laure.petit1@icloud.com	$2y$10$HxP/MxypUyL7krBMJWbf48r3mniL.NKYCe/0PWUJQoMNcLP588QTU	\N	actif	2022-10-14 22:33:28+02	2024-09-01 10:59:32+02
1095	M.	DUMONT	Mehdi	\N	1987-05-05	Montreuil	187059304812335	12 rue Émile Zola	\N	93100	Montreuil	07 63 00 49 41	\N	mehdi.dumont87@laposte.net	mehdi.dumont87@laposte.net	$2y$10$mQ5ZPCHSvQ6NonRuakG9soYyclq1RrwgMsw3n1wC1ByDikzY.pqRZ	\N	en attente de validation	2022-12-14 12:33:54+01	2024-07-14 16:15:49+02
1096	Mme	BLANC	Anne	\N	1996-01-10	Créteil	296019402882431	49 rue de Paris	Bât. B	93100	Montreuil	06 53 64 94 67	\N	anne.blanc39@laposte.net	anne.blanc39@laposte.net	$2y$10$rr4p51z8St559jIu66oBmaAIL4qjrjkFprwmqYewoqr/jQmfY6OKg	2020-05-28 04:46:57+02	actif	2019-09-06 19:35:57+02	2024-07-04 15:20:27+02
1097	Mme	GUÉRIN	Gaëlle	\N	1952-12-30	Saint-Denis	252129306665759	117 rue de Romainville	\N	93100	Montreuil	07 80 55 22 28	\N	gaelle.guerin@hotmail.fr	gguerin52	$2y$10$l.pptIDQYrEy/RbbH.IpMuHqmiARXAJdJsyzDkhRCr0zfDGeNrId8	2020-11-24 21:01:26+01	actif	2019-10-29 18:29:26+02	2024-07-18 23:50:14+02
1098	Mme	VINCENT	Aurélie	\N	1992-12-22	Dakar (Sénégal)	292129934168637	178 rue Édouard Vaillant	Chez M. et Mme BOUVIER	93100	Montreuil	06 04 11 88 08	\N	aurelie.vincent27@hotmail.fr	avincent92	$2y$10$aQHEwEg2cAwv.vyG4TXjQivfNcIdoTaZtIlsOM.tkiFkgPO3RE9tV	2021-08-23 17:48:59+02	actif	2021-03-03 12:46:59+01	2024-07-16 23:42:21+02
1099	Mme	LE GALL	Hélène	\N	1987-01-13	Saint-Denis	287019306616122	32 villa Mozart	\N	93230	Romainville	07 60 50 29 95	01 49 99 72 87	helene.legall@yahoo.fr	hlegall87	$2y$10$CT..XCXlTOBMSBT7plOggVCz9dGJlXh4EEUTERlrWbKtYHd2d3thZ	\N	actif	2023-03-23 13:12:36+01	2024-08-16 12:42:03+02
1100	Mme	FOURNIER	Martine	BENOÎT	1970-06-07	Marseille 5e Arrondissement	270061320556078	84 rue Gaston Lauriau	\N	93100	Montreuil	07 39 81 18 93	\N	martine.fournier23@yahoo.fr	martine.fournier23@yahoo.fr	$2y$10$Ap2zwx95A/1LidvT2OTrz/rMFSKoonHDlo56vt4HvqiN1nyL7nM56	2020-06-30 22:15:30+02	actif	2019-07-08 14:36:30+02	2024-07-26 17:17:03+02
1101	M.	CARPENTIER	Christophe	\N	1955-06-24	Lyon 3e Arrondissement	1 55 06 69 383 757 22	8 rue Voltaire	\N	93100	Montreuil	06 19 44 22 59	\N	christophe.carpentier@sfr.fr	christophe.carpentier@sfr.fr	$2y$10$itrxQWZKqZX7yzSTogWCXH/5WUaBhl1GIjdHJRO6UsjNs8d/NnCA.	\N	suspendu	2020-12-01 11:21:57+01	2024-08-10 19:16:40+02
1102	M.	DURAND	Nicolas	\N	1974-12-08	Tunis (Tunisie)	174129935185317	109 ter rue Pierre de Montreuil	Bât. A, porte 21	93100	Montreuil	0770198393	\N	nicolas.durand91@yahoo.fr	ndurand74	$2y$10$FDCn9zwbaBeGOlPo8dO46hPTRvJMuzlcqkkTo8EJgFo.fQwQLtJea	2020-06-03 13:10:06+02	actif	2019-08-27 07:35:06+02	2024-07-11 22:01:52+02
1103	Mme	FAURE	Camille	\N	1987-12-21	Bastia	2 87 12 2B 033 508 53	113 ter rue Carnot	\N	93100	Montreuil	06 41 21 30 15	\N	camille.faure@laposte.net	cfaure87	$2y$10$TXe1eMbkLMKcm5KoyWIvCN6R3MranaP8ll.Jdti/Vf36LBqo1EM59	2022-07-25 00:32:11+02	actif	2021-12-29 23:53:11+01	2024-07-18 12:02:46+02
1104	M.	CLÉMENT	Rachid	\N	1953-05-04	Montreuil	153059304826507	118 rue Lenain de Tillemont	Esc. 2, 3e étage	93100	Montreuil	06 46 97 59 24	\N	rachid.clement53@sfr.fr	rachid.clement53@sfr.fr	$2y$10$Z0avge5NGV7fNzhyyp4ko5LNf3vNNdU5Pzmsc8291Bdcewl0Zl0aK	\N	actif	2022-02-05 22:29:05+01	2024-07-13 17:28:10+02
1105	M.	VINCENT	Samir	\N	1955-10-07	Montreuil	155109304801050	83 bis boulevard Paul Vaillant-Couturier	\N	93100	Montreuil	06 04 60 30 92	01 42 74 27 33	samir.vincent@orange.fr	svincent55	$2y$10$Q7IsahF.yufqBhnReAXj.t3qN2exJVSHMNyYoY4a4tju4KZyWJ0tp	2021-12-30 09:59:27+01	actif	2021-04-19 07:57:27+02	2024-09-12 13:38:05+02
1106	M.	RENAUD	Julien	\N	1979-02-07	Orléans	1 79 02 45 234 326 63	59 rue Kléber	\N	93100	Montreuil	+33 6 41 12 80 30	\N	julien.renaud@sfr.fr	julien.renaud@sfr.fr	$2y$10$9GqpXg8cVK7bSeZy8MTQppUHriBa5X5SEa9pOxabTdFF/10/zs8HY	\N	actif	2021-11-09 13:06:30+01	2024-08-14 12:41:55+02
1107	M.	MARTIN	Karim	\N	1955-09-16	Rennes	1 55 09 35 238 474 92	91 rue de Vincennes	\N	93100	Montreuil	0671410578	01 43 99 57 89	karim.martin55@icloud.com	kmartin55	$2y$10$sIWKvIJZbFCzn9VGPBFJDQcV4nF1qmmlic7YjYfCZBLLVHES7g4EZ	2024-07-13 21:53:59+02	suspendu	2024-03-03 11:28:11+01	2024-07-13 22:18:59+02
1108	M.	ROBERT	Laurent	\N	1972-02-09	Bamako (Mali)	172029933549022	175 impasse Gobétue	\N	93100	Montreuil	06.32.95.51.35	01.41.64.10.42	laurent.robert@gmail.com	laurent.robert@gmail.com	$2y$10$nGsQbFzQ0EsHE9rTzbW1wwmCkRiRkiQppmdtjLak45stS7zbYstP7	\N	actif	2021-11-23 12:40:05+01	2024-07-24 21:56:46+02
1109	M.	CARPENTIER	Sébastien	\N	1991-09-07	Lille	1 91 09 59 350 608 06	10 rue de Paris	2e étage gauche	93100	Montreuil	+33 7 47 45 01 50	\N	sebastien.carpentier@orange.fr	sebastien.carpentier@orange.fr	$2y$10$puy.cfXuarC4aMDyZNDQoPT0zIka56ImBtS2kKHcnu/UDU7dKg34A	2022-07-29 20:01:06+02	actif	2022-03-11 10:27:06+01	2024-08-28 19:02:27+02
1110	M.	MARTIN	Cédric	\N	1958-02-10	Montreuil	1 58 02 93 048 500 61	132 rue Franklin	\N	93100	Montreuil	0621178228	\N	cedric.martin@sfr.fr	cmartin58	$2y$10$OrPAFVhuPm/0yedOV.RjeBpG5oOu81xVJpDxzyZIaPdBfjoEDxDHL	2023-12-17 00:23:26+01	actif	2023-06-12 21:29:26+02	2024-08-20 21:21:26+02
1111	Mme	MATHIEU	Virginie	\N	1946-12-11	Montreuil	246129304854040	24 bis impasse Gobétue	\N	93100	Montreuil	06.51.83.78.93	\N	virginie.mathieu46@outlook.fr	vmathieu46	$2y$10$ekyX9ORAAofzSVMEQh3yeuVeYQjl9zU1J/HzA3ZGiXOKpRizRaexZ	2021-09-08 10:02:37+02	actif	2020-09-23 08:24:37+02	2024-07-27 13:00:10+02
1112	M.	RICHARD	Karim	\N	1960-01-24	Dakar (Sénégal)	160019934120223	85 avenue du Président Wilson	\N	93100	Montreuil	07.53.11.84.46	01 41 38 59 38	karim.richard28@yahoo.fr	karim.richard28@yahoo.fr	$2y$10$i/ReLRh/1ftELkk/I8PtB.NjSF8bA2SjA2x8TgqoxXoq0ovKt7gaB	\N	actif	2021-08-23 14:46:10+02	2024-07-05 18:45:27+02
1113	M.	BENALI	Frédéric	\N	1975-10-22	Toulouse	175103155527612	180 rue Lenain de Tillemont	Esc. 2, 3e étage	93100	Montreuil	07 52 77 47 91	\N	frederic.benali75@gmail.com	frederic.benali75@gmail.com	$2y$10$RPiJxylDCHe.rnZ84R.FA7TpSdHRNgCtlRdCyHgOCel4ud.RjlnZj	\N	actif	2020-08-10 09:02:03+02	2024-07-19 19:50:35+02
1114	M.	NICOLAS	Mathieu	\N	1982-07-17	Marseille 5e Arrondissement	182071320597613	154 rue Kléber	\N	93170	Bagnolet	07 39 23 11 83	\N	mathieu.nicolas@hotmail.fr	mathieu.nicolas@hotmail.fr	$2y$10$00DAdDlktt73lUouNSAi50MEBYrDnmxMm1pMUUk1Tsu/G/5WYyy/9	\N	actif	2024-05-27 23:41:33+02	2024-08-09 15:26:50+02
1115	Mme	CARON	Françoise	\N	1948-08-10	Bordeaux	248083306370015	67 bis boulevard Chanzy	\N	93100	Montreuil	07 47 64 37 02	\N	francoise.caron81@sfr.fr	francoise.caron81@sfr.fr	$2y$10$eHCb0icuqsXERGfIvgpZ0VR2DOpkAb.5KFFNhVPhGwjB4woQw24O7	2023-02-23 21:41:02+01	actif	2022-02-15 14:18:02+01	2024-09-05 13:36:56+02
1116	M.	MATHIEU	Bruno	\N	1967-11-11	Montreuil	167119304888162	160 rue Lenain de Tillemont	\N	93100	Montreuil	07 36 70 93 46	\N	bruno.mathieu@free.fr	bmathieu67	$2y$10$hvy9BDUCJ04NvFgwaoHk5pPj90878.y/HVR5e7kdRkEADco4L4zNW	2024-04-03 03:11:46+02	actif	2023-12-27 22:51:46+01	2024-07-05 22:13:09+02
1117	Mme	DAVID	Agnès	BRUN	1964-09-30	Strasbourg	264096748268038	126 bis villa Mozart	\N	93100	Montreuil	0608981520	\N	agnes.david64@wanadoo.fr	adavid64	$2y$10$ChoOcb8plC0W/U9/IvjgfaDTMmDTOivzjbfqm89xzUphps61MAVLY	2020-05-15 20:49:11+02	en attente de validation	2019-09-30 11:40:11+02	2024-09-06 12:59:59+02
1118	Mme	KONE	Nathalie	\N	1998-09-05	Limoges	298098708512515	139 rue du Capitaine Dreyfus	\N	93100	Montreuil	06 94 97 73 93	\N	nathalie.kone@hotmail.fr	nathalie.kone@hotmail.fr	$2y$10$WJYMm.XGH0oLu0J8DJI1M/hjoNza5FGlsZ6DE8.iRv.ZjqmPeE0Ea	2023-12-04 23:50:12+01	actif	2023-01-11 19:44:12+01	2024-08-28 17:25:02+02
1119	Mme	LEGRAND	Sandrine	\N	1989-11-23	Pointe-à-Pitre	289119712078263	26 avenue du Président Wilson	\N	93100	Montreuil	06 47 22 95 73	\N	sandrine.legrand48@orange.fr	slegrand89	$2y$10$QwlFjVq9JV3ag.uWLDr.vGzX2freDNsBW/gGpDgjdaMutPs2Vxm7p	\N	actif	2024-01-17 21:21:53+01	2024-07-05 08:25:01+02
1120	Mme	GIRARD	Émilie	\N	1993-01-08	Casablanca (Maroc)	293019935080901	104 boulevard Chanzy	Bât. B	93170	Bagnolet	0747837494	\N	emilie.girard93@hotmail.fr	emilie.girard93@hotmail.fr	$2y$10$2vYmRCvGogV.cZ4DTAwMxahC7GXWiMHHXgOtSFs6pI8fji1RYvQTt	\N	actif	2020-12-18 20:03:34+01	2024-07-24 19:50:13+02
1121	Mme	MEUNIER	Brigitte	\N	1954-02-16	Marseille 5e Arrondissement	2 54 02 13 205 153 41	113 rue de la République	2e étage gauche	93100	Montreuil	07.42.18.02.59	\N	brigitte.meunier@orange.fr	bmeunier54	$2y$10$eUYNLlWVSrh.CcTgPjknqmpHAw8.yhSxtDsLRWIjUpxDW1Uwc0b/P	\N	actif	2020-03-09 11:56:29+01	2024-07-07 22:06:30+02
1122	M.	CISSÉ	Lucas	\N	1961-06-16	Brest	1 61 06 29 019 817 28	59 rue Voltaire	\N	93100	Montreuil	+33 7 47 91 95 43	01.49.14.30.88	lucas.cisse@orange.fr	lcisse61	$2y$10$b//XneDxQZmVbJXcj7L.LAWJ2nKkVGgmgG1prHWnZjx8jOCranqJo	2023-01-17 13:11:12+01	actif	2022-10-19 10:25:12+02	2024-07-05 08:14:11+02
1123	M.	JOLY	Michel	\N	1951-08-16	Montreuil	151089304882182	45 rue de Vincennes	\N	93100	Montreuil	0621288447	\N	michel.joly64@gmail.com	mjoly51	$2y$10$9NgeDDfxnmZne7r9eUfwU/WHIzp2iMBpp52D0qolZEr5MCCAj0rn3	\N	suspendu	2023-07-16 07:56:46+02	2024-07-12 11:18:28+02
1124	Mme	LE GOFF	Françoise	\N	1978-12-27	Montreuil	278129304899554	24 rue Édouard Vaillant	Bât. A, porte 21	93100	Montreuil	+33 7 51 71 88 04	\N	francoise.legoff78@wanadoo.fr	flegoff78	$2y$10$qxIp.WaIBdh7/XY/PN6GnFwnQ/HYrW70CFpwjIEq0tTrl.LcXjQgE	\N	actif	2020-03-21 23:29:05+01	2024-07-04 09:59:10+02
1125	M.	KONE	Alain	\N	1980-04-20	Montreuil	180049304830781	74 rue de Rosny	\N	93230	Romainville	07 64 54 67 97	\N	alain.kone@free.fr	alain.kone@free.fr	$2y$10$exAtvWB5N/GLj5q4QUC7OQEyqZ5ahcOprDandYpR76TwVAaktSiCF	\N	actif	2020-08-07 20:53:00+02	2024-07-18 15:45:06+02
1126	M.	BENALI	Samir	\N	1977-07-31	Dakar (Sénégal)	1 77 07 99 341 375 83	122 villa Mozart	\N	93100	Montreuil	06 19 34 17 50	\N	samir.benali77@icloud.com	sbenali77	$2y$10$GF4XGP2xM1WEMjiPm447MzjRgm.gxIgfi4R9rzEIBdtC2MCmgW8Ev	2023-12-19 04:00:38+01	actif	2023-07-29 19:39:38+02	2024-07-21 19:01:16+02
1127	M.	MARTINEZ	Mehdi	\N	1969-03-04	Porto (Portugal)	169039913999333	67 impasse Gobétue	\N	93230	Romainville	07 40 19 69 01	01 49 92 77 98	mehdi.martinez@laposte.net	mehdi.martinez@laposte.net	$2y$10$mG5Ltn9rDkMjqc8d.XfLapyIHNf33Dd7CwtmS3Pc8KsW69AdyQ46Z	2020-02-08 16:24:29+01	actif	2019-05-06 10:00:29+02	2024-07-19 21:23:00+02
1128	M.	ROUX	Frédéric	\N	1975-12-02	Paris 12e Arrondissement	175127511257909	125 bis rue Parmentier	Résidence Les Acacias	93100	Montreuil	07 58 04 85 72	01 48 66 54 12	frederic.roux75@gmail.com	froux75	$2y$10$pqV5EklSDESyn0FIkV2hyUNpN7uwSw9scd8YCoeS0HTip65qb7mfd	2020-01-10 01:49:29+01	actif	2019-06-09 17:44:29+02	2024-09-13 17:57:33+02
1129	M.	LEMAIRE	Youssef	\N	1979-04-23	Rennes	179043523892039	44 rue de Vincennes	\N	93100	Montreuil	06 74 20 72 35	\N	youssef.lemaire79@laposte.net	youssef.lemaire79@laposte.net	$2y$10$uh9ogNxqUDtBAnJYnh1ufq4nzaihcrpSixPfXsPoSVMz.EsJg3Jt2	\N	actif	2020-11-28 12:22:26+01	2024-08-02 17:21:32+02
1130	M.	LEGRAND	Frédéric	\N	1984-05-24	Montreuil	1 84 05 93 048 994 87	22 rue Barbès	\N	93100	Montreuil	06 59 29 05 60	\N	frederic.legrand30@laposte.net	flegrand84	$2y$10$Z3lBK.veLymfISmbLzRiKxwmnxx0WiA4aa8fsjddzHUyBik8H1JCv	2021-04-23 09:15:25+02	actif	2021-02-17 08:29:25+01	2024-09-04 10:13:53+02
1131	M.	RICHARD	Julien	\N	1962-04-20	Lille	162045935072071	20 rue de Vincennes	2e étage gauche	93100	Montreuil	07 76 03 96 99	\N	julien.richard@yahoo.fr	julien.richard@yahoo.fr	$2y$10$BDW/3WEUEzMuf8lmpJGNBHFnkW26vVp1J12W3P/S3mE6QlaNUwD9A	\N	actif	2023-11-12 14:58:50+01	2024-08-01 16:50:02+02
\.


--
-- Data for Name: demandes; Type: TABLE DATA; Schema: public; Owner: eserv_app
--

COPY public.demandes (id_demande, numero_dossier, id_usager, type_demande, canal, personne_concernee, lien_demandeur, statut, date_depot, date_traitement, observations) FROM stdin;
1	93048202400007	1000	Inscription restauration scolaire	guichet	\N	\N	instruite	2024-07-30 08:52:47+02	2024-08-05 16:20:50+02	\N
2	93048202400020	1001	Extrait d'acte de mariage	web	Julien PEREIRA	enfant	refusée	2024-08-12 12:15:00+02	2024-08-28 16:57:29+02	\N
3	93048202400025	1002	Inscription restauration scolaire	guichet	\N	\N	déposée	2024-09-03 17:53:48+02	\N	\N
4	93048202400030	1004	Copie intégrale d'acte de naissance	web	Christophe MASSON	conjoint	instruite	2024-07-28 18:39:57+02	2024-08-16 14:36:07+02	Pièce justificative ajoutée le lendemain
5	93048202400037	1004	Copie d'acte de décès	guichet	Claire MASSON	conjoint	instruite	2024-04-03 15:38:02+02	2024-04-23 13:53:15+02	Merci d'envoyer l'acte par courrier au 86 bis rue des Blancs Vilains, 93100 Montreuil
6	93048202400043	1004	Inscription restauration scolaire	courrier	\N	\N	instruite	2024-02-07 14:13:52+01	2024-02-25 16:19:26+01	Justificatif de domicile illisible, renvoyé
7	93048202200053	1005	Macaron stationnement résident	web	\N	\N	instruite	2022-08-01 12:10:27+02	2022-08-21 12:41:43+02	\N
8	93048202300062	1005	Extrait d'acte de naissance avec filiation	guichet	Frédéric LEMAIRE	enfant	refusée	2023-03-15 08:21:21+01	2023-03-22 17:10:10+01	\N
9	93048202300066	1005	Copie intégrale d'acte de naissance	guichet	Adam LOPEZ	conjoint	instruite	2023-11-04 14:11:31+01	2023-11-19 14:51:02+01	\N
10	93048202400071	1006	Extrait d'acte de mariage	courrier	Hugo NGUYEN	parent	déposée	2024-02-26 17:53:42+01	\N	\N
11	93048202300082	1007	Extrait d'acte de mariage	courrier	Agnès ARNAUD	lui-même	instruite	2023-07-20 09:11:23+02	2023-07-28 15:45:46+02	Justificatif de domicile illisible, renvoyé
12	93048202300089	1007	Extrait d'acte de mariage	web	Agnès ARNAUD	lui-même	refusée	2023-08-30 22:46:21+02	2023-08-31 11:40:14+02	\N
13	93048202300092	1007	Copie intégrale d'acte de naissance	guichet	Lou ARNAUD	parent	instruite	2023-03-05 09:50:53+01	2023-03-08 15:48:20+01	Joignable en journée au 06.95.85.77.10
14	93048202400098	1008	Copie intégrale d'acte de naissance	courrier	Sébastien CLÉMENT	lui-même	instruite	2024-04-14 22:34:31+02	2024-04-18 14:36:30+02	Merci d'envoyer l'acte par courrier au 161 avenue de la Résistance, 93100 Montreuil
15	93048202400105	1009	Inscription restauration scolaire	guichet	\N	\N	instruite	2024-08-26 20:51:12+02	2024-08-27 15:06:48+02	Urgent : dossier de mariage en cours
16	93048202400112	1010	Extrait d'acte de naissance avec filiation	web	Frédéric MARTINEZ	lui-même	instruite	2024-04-16 17:04:05+02	2024-04-19 09:04:40+02	\N
17	93048202400125	1010	Inscription périscolaire	guichet	\N	\N	instruite	2024-07-19 17:56:46+02	2024-08-07 09:37:30+02	\N
18	93048202200131	1011	Inscription périscolaire	web	\N	\N	instruite	2022-11-15 16:39:45+01	2022-11-25 12:35:10+01	Justificatif de domicile illisible, renvoyé
19	93048202400135	1011	Copie d'acte de décès	web	Aurélie LOPEZ	lui-même	refusée	2024-05-27 07:09:05+02	2024-06-13 08:36:38+02	Demande faite pour ma mère, Mme Camille Lopez, qui ne peut pas se déplacer
20	93048202200142	1012	Extrait d'acte de mariage	web	Inès HADDAD	parent	instruite	2022-04-17 11:25:58+02	2022-04-27 17:04:56+02	\N
21	93048202400151	1013	Copie intégrale d'acte de naissance	web	Leïla BOUCHER	parent	refusée	2024-05-25 10:15:44+02	2024-06-08 15:13:06+02	\N
22	93048202300158	1014	Inscription restauration scolaire	guichet	\N	\N	refusée	2023-10-09 23:23:29+02	2023-10-12 10:09:57+02	Demande faite pour ma mère, Mme Nathalie Traoré, qui ne peut pas se déplacer
23	93048202400163	1014	Extrait d'acte de naissance avec filiation	web	Nadia TRAORÉ	lui-même	déposée	2024-08-28 18:08:44+02	\N	\N
24	93048202400174	1015	Extrait d'acte de mariage	guichet	Ayoub FRANÇOIS	enfant	instruite	2024-01-03 15:43:18+01	2024-01-06 11:57:24+01	\N
25	93048202300179	1016	Copie d'acte de décès	guichet	Maëlys VINCENT	parent	instruite	2023-10-08 10:23:48+02	2023-10-12 17:08:32+02	Demande faite pour ma mère, Mme Fatima Vincent, qui ne peut pas se déplacer
26	93048202200182	1016	Inscription périscolaire	web	\N	\N	instruite	2022-04-06 08:42:43+02	2022-04-15 10:12:23+02	\N
27	93048202300193	1016	Extrait d'acte de naissance avec filiation	web	Marie VINCENT	conjoint	instruite	2023-05-02 18:39:26+02	2023-05-05 08:08:20+02	\N
28	93048202300196	1017	Extrait d'acte de mariage	web	Zoé MATHIEU	parent	déposée	2023-09-03 13:16:10+02	\N	\N
29	93048202200204	1018	Inscription restauration scolaire	guichet	\N	\N	déposée	2022-11-12 13:23:20+01	\N	Demande faite pour ma mère, Mme Aurélie Hamon, qui ne peut pas se déplacer
30	93048202400212	1019	Copie d'acte de décès	courrier	Patrick HENRY	lui-même	instruite	2024-06-08 17:11:23+02	2024-06-28 17:03:03+02	Joignable en journée au 07 47 92 02 51
31	93048202400218	1020	Extrait d'acte de mariage	courrier	Noémie DAVID	lui-même	refusée	2024-06-02 08:04:18+02	2024-06-11 08:17:08+02	Merci d'envoyer l'acte par courrier au 174 rue Lenain de Tillemont, 93100 Montreuil
32	93048202300226	1021	Extrait d'acte de naissance avec filiation	web	Julie BOUCHER	lui-même	instruite	2023-11-27 23:01:33+01	2023-12-13 10:04:45+01	\N
33	93048202400234	1021	Inscription restauration scolaire	courrier	\N	\N	instruite	2024-02-29 22:10:22+01	2024-03-08 17:27:51+01	Acte demandé pour renouvellement de passeport
34	93048202300241	1021	Copie d'acte de décès	courrier	Julie BOUCHER	lui-même	instruite	2023-08-31 14:51:26+02	2023-09-10 14:19:34+02	\N
35	93048202400248	1022	Inscription périscolaire	web	\N	\N	instruite	2024-05-26 13:27:07+02	2024-06-14 15:03:15+02	\N
36	93048202400252	1022	Inscription restauration scolaire	courrier	\N	\N	déposée	2024-09-05 10:03:10+02	\N	\N
37	93048202300259	1024	Extrait d'acte de mariage	web	Julien MATHIEU	parent	instruite	2023-12-18 21:45:29+01	2023-12-19 12:59:04+01	Pour dossier retraite
38	93048202300269	1025	Inscription restauration scolaire	courrier	\N	\N	instruite	2023-07-15 10:06:50+02	2023-07-16 13:20:51+02	\N
39	93048202400275	1025	Inscription restauration scolaire	web	\N	\N	refusée	2024-02-13 14:03:21+01	2024-02-19 17:35:23+01	\N
40	93048202300281	1025	Extrait d'acte de naissance avec filiation	web	Louise LAMBERT	parent	instruite	2023-02-28 08:01:24+01	2023-03-07 17:05:43+01	\N
41	93048202400291	1026	Copie intégrale d'acte de naissance	web	Alain MATHIEU	lui-même	instruite	2024-05-19 18:41:40+02	2024-05-29 15:34:00+02	\N
42	93048202200299	1026	Extrait d'acte de mariage	web	Capucine MATHIEU	conjoint	instruite	2022-08-16 21:11:35+02	2022-08-25 12:47:41+02	Merci d'envoyer l'acte par courrier au 21 ter rue Gaston Lauriau, 93100 Montreuil
43	93048202400304	1026	Inscription restauration scolaire	courrier	\N	\N	instruite	2024-05-19 09:38:11+02	2024-05-28 08:39:03+02	\N
44	93048202400314	1028	Extrait d'acte de mariage	web	Pierre GUÉRIN	conjoint	instruite	2024-01-22 18:30:57+01	2024-01-27 09:01:16+01	Demande faite pour ma mère, Mme Laure Bonnet, qui ne peut pas se déplacer
45	93048202300316	1028	Inscription restauration scolaire	guichet	\N	\N	instruite	2023-01-11 13:08:51+01	2023-01-21 14:25:18+01	Acte demandé pour renouvellement de passeport
46	93048202400326	1029	Extrait d'acte de naissance avec filiation	courrier	Nathalie BLANC	enfant	déposée	2024-06-02 22:22:36+02	\N	\N
47	93048202300329	1030	Extrait d'acte de naissance avec filiation	courrier	Awa COLIN	lui-même	instruite	2023-11-20 15:42:06+01	2023-12-08 13:36:09+01	\N
48	93048202400341	1030	Extrait d'acte de mariage	courrier	Mélanie COLIN	parent	refusée	2024-03-28 14:07:45+01	2024-04-09 14:26:24+02	\N
49	93048202200346	1031	Extrait d'acte de naissance avec filiation	web	Mathieu LEFEBVRE	parent	instruite	2022-04-12 19:55:12+02	2022-04-16 10:58:53+02	\N
50	93048202400356	1032	Copie intégrale d'acte de naissance	web	Agnès DUPONT	lui-même	instruite	2024-08-20 10:12:48+02	2024-09-09 17:06:14+02	\N
51	93048202400361	1033	Macaron stationnement résident	web	\N	\N	déposée	2024-07-13 11:14:56+02	\N	Merci d'envoyer l'acte par courrier au 159 rue des Blancs Vilains, 93100 Montreuil
52	93048202400364	1035	Copie intégrale d'acte de naissance	web	Julie BLANC	lui-même	refusée	2024-03-25 19:52:29+01	2024-03-26 16:01:52+01	\N
53	93048202200371	1037	Extrait d'acte de naissance avec filiation	courrier	Eden FAURE	parent	instruite	2022-09-11 21:49:07+02	2022-09-25 11:20:12+02	\N
54	93048202400383	1037	Extrait d'acte de naissance avec filiation	courrier	Leïla THOMAS	conjoint	instruite	2024-07-24 13:16:42+02	2024-08-02 08:42:04+02	\N
55	93048202200391	1038	Inscription périscolaire	web	\N	\N	instruite	2022-07-23 17:59:08+02	2022-07-24 15:47:23+02	\N
56	93048202200394	1038	Inscription périscolaire	courrier	\N	\N	instruite	2022-07-06 15:00:38+02	2022-07-12 13:06:37+02	\N
57	93048202300399	1039	Copie intégrale d'acte de naissance	web	Julie BONNET	lui-même	instruite	2023-03-19 14:38:23+01	2023-03-31 11:26:45+01	\N
58	93048202200408	1040	Extrait d'acte de naissance avec filiation	courrier	Sarah MARTINEZ	lui-même	instruite	2022-07-19 12:04:13+02	2022-08-08 10:01:57+02	Urgent : dossier de mariage en cours
59	93048202300418	1040	Copie intégrale d'acte de naissance	web	Lucas DENIS	conjoint	instruite	2023-08-13 12:01:30+02	2023-08-18 12:58:10+02	Joignable en journée au 0736202821
60	93048202400420	1041	Copie d'acte de décès	web	Yann HAMON	enfant	déposée	2024-04-12 17:05:12+02	\N	Demande faite pour ma mère, Mme Fatima Hamon, qui ne peut pas se déplacer
61	93048202400432	1042	Extrait d'acte de naissance avec filiation	web	Isabelle MICHEL	lui-même	déposée	2024-02-14 15:17:17+01	\N	\N
62	93048202200434	1042	Inscription périscolaire	web	\N	\N	instruite	2022-07-14 07:08:57+02	2022-08-03 10:00:59+02	\N
63	93048202400441	1043	Copie d'acte de décès	web	Valérie HAMON	parent	instruite	2024-06-08 14:23:48+02	2024-06-14 08:57:45+02	\N
64	93048202200454	1043	Copie d'acte de décès	web	Isabelle HAMON	lui-même	instruite	2022-08-04 22:18:28+02	2022-08-21 13:59:49+02	Demande faite pour ma mère, Mme Françoise Hamon, qui ne peut pas se déplacer
65	93048202200457	1044	Macaron stationnement résident	web	\N	\N	déposée	2022-02-06 10:41:34+01	\N	Demande faite pour ma mère, Mme Marie Nicolas, qui ne peut pas se déplacer
66	93048202200463	1045	Extrait d'acte de naissance avec filiation	web	Lucas DURAND	conjoint	refusée	2022-06-03 19:38:30+02	2022-06-04 10:52:40+02	\N
67	93048202200469	1046	Copie d'acte de décès	web	Laurent MEUNIER	lui-même	refusée	2022-04-28 17:24:59+02	2022-05-04 08:27:39+02	\N
68	93048202300481	1046	Extrait d'acte de naissance avec filiation	courrier	Ayoub MEUNIER	enfant	instruite	2023-05-26 13:41:43+02	2023-05-31 12:06:26+02	\N
69	93048202400489	1047	Extrait d'acte de naissance avec filiation	courrier	Zoé NICOLAS	enfant	instruite	2024-05-30 20:07:06+02	2024-05-31 12:39:07+02	\N
70	93048202400494	1047	Macaron stationnement résident	web	\N	\N	refusée	2024-04-28 09:51:10+02	2024-05-04 09:43:57+02	Merci d'envoyer l'acte par courrier au 2 rue Carnot, 93230 Romainville
71	93048202400497	1047	Extrait d'acte de mariage	web	Élodie NICOLAS	lui-même	déposée	2024-05-30 23:25:02+02	\N	\N
72	93048202300509	1048	Extrait d'acte de naissance avec filiation	web	Mia LOPEZ	enfant	déposée	2023-10-19 08:27:46+02	\N	\N
73	93048202200516	1048	Copie d'acte de décès	web	Émilie LOPEZ	enfant	déposée	2022-05-26 16:01:25+02	\N	Merci d'envoyer l'acte par courrier au 146 bis rue du Sergent Bobillot, 93100 Montreuil
74	93048202400523	1049	Extrait d'acte de naissance avec filiation	web	Brigitte DENIS	conjoint	instruite	2024-02-26 16:50:47+01	2024-03-03 11:46:04+01	\N
75	93048202400531	1050	Extrait d'acte de naissance avec filiation	courrier	Adam BENOÎT	enfant	déposée	2024-05-02 07:47:15+02	\N	Demande faite pour ma mère, Mme Séverine Benoît, qui ne peut pas se déplacer
76	93048202400534	1050	Extrait d'acte de mariage	web	Pierre BENOÎT	lui-même	déposée	2024-05-03 18:26:10+02	\N	\N
77	93048202400540	1051	Extrait d'acte de mariage	guichet	Eden HENRY	enfant	instruite	2024-01-25 14:08:00+01	2024-02-07 15:25:25+01	\N
78	93048202300549	1051	Extrait d'acte de mariage	courrier	Rose HENRY	parent	déposée	2023-12-05 16:39:53+01	\N	\N
79	93048202400556	1051	Extrait d'acte de naissance avec filiation	web	Laurent HENRY	enfant	déposée	2024-09-02 16:25:18+02	\N	Acte demandé pour renouvellement de passeport
80	93048202200560	1052	Inscription périscolaire	web	\N	\N	instruite	2022-06-20 09:15:28+02	2022-07-03 09:12:42+02	\N
81	93048202300570	1053	Inscription restauration scolaire	web	\N	\N	instruite	2023-02-11 18:25:40+01	2023-02-22 12:52:26+01	\N
82	93048202400578	1053	Extrait d'acte de mariage	web	Zoé REY	conjoint	instruite	2024-06-20 11:53:21+02	2024-07-07 13:13:25+02	\N
83	93048202300586	1054	Extrait d'acte de mariage	web	Ibrahim ROUX	parent	refusée	2023-12-25 21:55:48+01	2023-12-31 08:32:05+01	\N
84	93048202400590	1054	Extrait d'acte de naissance avec filiation	guichet	Éric ROUX	enfant	refusée	2024-07-13 08:17:31+02	2024-07-22 16:49:33+02	\N
85	93048202400597	1054	Macaron stationnement résident	web	\N	\N	refusée	2024-03-21 22:15:30+01	2024-04-01 14:07:40+02	\N
86	93048202200603	1055	Inscription périscolaire	guichet	\N	\N	refusée	2022-05-06 08:30:24+02	2022-05-17 09:08:54+02	\N
87	93048202300612	1055	Macaron stationnement résident	courrier	\N	\N	déposée	2023-01-18 13:32:02+01	\N	Urgent : dossier de mariage en cours
88	93048202400620	1056	Extrait d'acte de naissance avec filiation	web	Chloé MASSON	parent	instruite	2024-03-22 15:24:26+01	2024-03-27 15:37:59+01	Joignable en journée au 06.28.39.71.93
89	93048202300625	1057	Extrait d'acte de naissance avec filiation	courrier	Awa CARPENTIER	lui-même	instruite	2023-07-06 14:36:08+02	2023-07-11 12:54:19+02	Demande faite pour ma mère, Mme Marie Carpentier, qui ne peut pas se déplacer
90	93048202300631	1058	Inscription périscolaire	web	\N	\N	instruite	2023-03-28 17:11:31+01	2023-03-30 17:41:53+01	Acte demandé pour renouvellement de passeport
91	93048202300638	1059	Extrait d'acte de mariage	web	Laure BOUCHER	enfant	déposée	2023-03-18 20:38:04+01	\N	\N
92	93048202200644	1060	Extrait d'acte de naissance avec filiation	web	Olivier BRUN	lui-même	instruite	2022-03-08 09:43:17+01	2022-03-28 14:36:46+01	\N
93	93048202400657	1060	Macaron stationnement résident	web	\N	\N	déposée	2024-08-05 16:31:13+02	\N	\N
94	93048202300661	1061	Copie intégrale d'acte de naissance	web	Yann MOREL	conjoint	instruite	2023-10-18 14:24:06+02	2023-11-01 08:05:48+01	\N
95	93048202200665	1062	Copie intégrale d'acte de naissance	guichet	Alice KONE	enfant	instruite	2022-06-13 10:33:14+02	2022-06-15 09:33:51+02	\N
96	93048202200672	1062	Extrait d'acte de mariage	web	Benoît LOPEZ	conjoint	instruite	2022-04-26 15:42:45+02	2022-05-12 10:02:25+02	\N
97	93048202200682	1064	Copie intégrale d'acte de naissance	web	Inès DENIS	enfant	refusée	2022-06-08 19:10:04+02	2022-06-17 14:41:13+02	\N
98	93048202200687	1064	Extrait d'acte de naissance avec filiation	courrier	Leïla DENIS	lui-même	instruite	2022-09-14 10:36:48+02	2022-10-03 15:19:01+02	\N
99	93048202400693	1066	Extrait d'acte de mariage	web	Benoît BARBIER	lui-même	instruite	2024-03-31 18:49:51+01	2024-04-15 17:36:31+02	Demande faite pour ma mère, Mme Marie Barbier, qui ne peut pas se déplacer
100	93048202400704	1066	Extrait d'acte de naissance avec filiation	courrier	Sacha FAURE	conjoint	instruite	2024-05-26 22:09:04+02	2024-06-15 08:46:39+02	\N
101	93048202400710	1066	Extrait d'acte de naissance avec filiation	web	Catherine BARBIER	conjoint	instruite	2024-08-14 15:04:28+02	2024-08-23 17:07:28+02	\N
102	93048202400717	1067	Macaron stationnement résident	guichet	\N	\N	instruite	2024-08-06 11:46:20+02	2024-08-19 12:57:45+02	\N
103	93048202300723	1067	Inscription périscolaire	web	\N	\N	déposée	2023-10-05 14:11:05+02	\N	\N
104	93048202300730	1067	Extrait d'acte de naissance avec filiation	web	Anne MASSON	parent	instruite	2023-06-28 17:14:20+02	2023-07-04 15:39:07+02	\N
105	93048202400736	1068	Macaron stationnement résident	web	\N	\N	déposée	2024-07-25 23:35:11+02	\N	Joignable en journée au 07.72.81.49.06
106	93048202200746	1068	Inscription périscolaire	guichet	\N	\N	refusée	2022-06-01 23:09:44+02	2022-06-10 13:33:18+02	Merci d'envoyer l'acte par courrier au 150 boulevard Rouget de Lisle, 93100 Montreuil
107	93048202300752	1068	Copie intégrale d'acte de naissance	web	Sacha COLIN	enfant	instruite	2023-12-20 10:54:35+01	2023-12-29 16:32:07+01	\N
108	93048202300762	1069	Inscription périscolaire	web	\N	\N	instruite	2023-09-11 21:13:59+02	2023-09-13 15:01:09+02	Urgent : dossier de mariage en cours
109	93048202200767	1070	Inscription restauration scolaire	web	\N	\N	déposée	2022-08-05 13:24:43+02	\N	Joignable en journée au 06.87.46.27.62
110	93048202200776	1071	Extrait d'acte de naissance avec filiation	web	Philippe REY	lui-même	refusée	2022-03-09 19:06:22+01	2022-03-12 10:47:37+01	\N
111	93048202200780	1071	Inscription restauration scolaire	web	\N	\N	refusée	2022-01-17 09:53:25+01	2022-01-22 10:16:53+01	\N
112	93048202400786	1072	Inscription périscolaire	web	\N	\N	instruite	2024-01-27 11:23:57+01	2024-01-29 09:53:31+01	\N
113	93048202200792	1072	Inscription périscolaire	web	\N	\N	refusée	2022-03-11 08:28:34+01	2022-03-26 12:36:53+01	\N
114	93048202300800	1072	Macaron stationnement résident	guichet	\N	\N	instruite	2023-02-02 19:03:45+01	2023-02-19 13:32:34+01	\N
115	93048202400806	1073	Extrait d'acte de mariage	guichet	Laurent CISSÉ	conjoint	instruite	2024-02-12 14:01:56+01	2024-03-02 13:31:06+01	\N
116	93048202400816	1074	Extrait d'acte de naissance avec filiation	web	Pierre CARPENTIER	enfant	déposée	2024-06-28 09:43:12+02	\N	\N
117	93048202400824	1074	Inscription périscolaire	web	\N	\N	déposée	2024-08-04 14:40:10+02	\N	Joignable en journée au 06 70 73 68 00
118	93048202400832	1075	Inscription périscolaire	web	\N	\N	instruite	2024-08-26 13:34:37+02	2024-09-13 15:23:16+02	\N
119	93048202400838	1076	Copie d'acte de décès	web	Sophie MEUNIER	lui-même	instruite	2024-04-04 22:47:06+02	2024-04-22 16:02:23+02	Demande faite pour ma mère, Mme Hélène Meunier, qui ne peut pas se déplacer
120	93048202400843	1076	Extrait d'acte de mariage	guichet	Patrick MEUNIER	enfant	instruite	2024-05-18 08:46:36+02	2024-06-04 13:22:00+02	Acte demandé pour renouvellement de passeport
121	93048202200848	1078	Extrait d'acte de mariage	guichet	Ibrahim LAURENT	conjoint	instruite	2022-10-18 17:37:12+02	2022-10-22 15:53:51+02	Justificatif de domicile illisible, renvoyé
122	93048202300854	1078	Extrait d'acte de naissance avec filiation	web	Nadia LAURENT	lui-même	instruite	2023-09-11 19:25:07+02	2023-09-21 08:05:16+02	Pièce justificative ajoutée le lendemain
123	93048202300867	1078	Copie d'acte de décès	guichet	Adam LAURENT	enfant	refusée	2023-09-01 22:24:38+02	2023-09-04 12:13:41+02	\N
124	93048202200871	1079	Copie d'acte de décès	web	Karine BLANC	conjoint	refusée	2022-06-12 11:54:21+02	2022-07-02 08:33:04+02	Merci d'envoyer l'acte par courrier au 72 bis rue Robespierre, 93100 Montreuil
125	93048202400877	1080	Inscription restauration scolaire	web	\N	\N	instruite	2024-01-09 20:24:56+01	2024-01-24 11:06:43+01	\N
126	93048202300887	1082	Copie d'acte de décès	web	Élodie MOREAU	enfant	instruite	2023-03-04 15:15:53+01	2023-03-19 09:13:41+01	\N
127	93048202400889	1082	Inscription périscolaire	web	\N	\N	déposée	2024-07-23 10:04:13+02	\N	Merci d'envoyer l'acte par courrier au 155 ter rue Étienne Marcel, 93170 Bagnolet
128	93048202300901	1083	Inscription restauration scolaire	courrier	\N	\N	instruite	2023-04-21 16:48:12+02	2023-04-24 10:19:45+02	\N
129	93048202300905	1084	Extrait d'acte de naissance avec filiation	guichet	Théo FOURNIER	lui-même	déposée	2023-05-04 18:22:05+02	\N	\N
130	93048202400914	1085	Copie d'acte de décès	courrier	Isabelle DENIS	lui-même	déposée	2024-05-17 23:52:00+02	\N	\N
131	93048202400919	1087	Macaron stationnement résident	web	\N	\N	déposée	2024-08-23 16:25:13+02	\N	\N
132	93048202200926	1088	Extrait d'acte de mariage	guichet	Hélène LE GOFF	parent	refusée	2022-06-04 21:56:28+02	2022-06-10 12:57:52+02	\N
133	93048202200936	1088	Extrait d'acte de mariage	web	Christophe LE GOFF	lui-même	instruite	2022-08-30 21:06:12+02	2022-08-31 17:56:53+02	\N
134	93048202300943	1088	Extrait d'acte de naissance avec filiation	courrier	Amadou LE GOFF	enfant	instruite	2023-06-03 07:25:06+02	2023-06-14 12:19:32+02	\N
135	93048202200948	1089	Extrait d'acte de mariage	guichet	Catherine CARPENTIER	lui-même	refusée	2022-04-27 07:45:25+02	2022-05-10 11:48:14+02	\N
136	93048202300958	1090	Macaron stationnement résident	web	\N	\N	déposée	2023-11-21 22:21:53+01	\N	\N
137	93048202400960	1090	Inscription périscolaire	web	\N	\N	instruite	2024-07-23 21:57:29+02	2024-08-06 17:36:39+02	Merci d'envoyer l'acte par courrier au 90 ter rue des Roches, 94300 Vincennes
138	93048202400966	1090	Copie intégrale d'acte de naissance	web	Louise ROBIN	parent	instruite	2024-08-18 20:52:56+02	2024-09-07 15:42:38+02	Merci d'envoyer l'acte par courrier au 90 ter rue des Roches, 94300 Vincennes
139	93048202400975	1091	Copie intégrale d'acte de naissance	courrier	Michel MARTIN	lui-même	instruite	2024-04-08 15:02:39+02	2024-04-14 14:11:02+02	\N
140	93048202300986	1091	Copie d'acte de décès	web	Inès MARTIN	conjoint	déposée	2023-03-02 19:55:45+01	\N	\N
141	93048202300993	1092	Copie intégrale d'acte de naissance	courrier	Yann RICHARD	parent	refusée	2023-02-14 09:26:08+01	2023-02-22 09:52:31+01	Merci d'envoyer l'acte par courrier au 40 rue Franklin, 93100 Montreuil
142	93048202400996	1092	Macaron stationnement résident	web	\N	\N	instruite	2024-06-02 09:11:48+02	2024-06-03 17:35:43+02	\N
143	93048202401005	1093	Copie intégrale d'acte de naissance	web	Chloé ROBIN	lui-même	instruite	2024-05-14 18:27:34+02	2024-05-16 15:53:04+02	Joignable en journée au +33 6 20 72 54 73
144	93048202201014	1093	Macaron stationnement résident	web	\N	\N	instruite	2022-01-14 10:58:34+01	2022-01-21 08:37:39+01	\N
145	93048202401015	1093	Inscription restauration scolaire	courrier	\N	\N	instruite	2024-01-06 18:41:16+01	2024-01-24 17:37:23+01	\N
146	93048202201028	1096	Macaron stationnement résident	courrier	\N	\N	instruite	2022-07-22 14:40:03+02	2022-07-29 12:16:42+02	\N
147	93048202201029	1096	Copie d'acte de décès	web	Anne BLANC	lui-même	déposée	2022-10-31 11:27:00+02	\N	Acte demandé pour renouvellement de passeport
148	93048202201039	1096	Copie intégrale d'acte de naissance	guichet	Isabelle BLANC	parent	refusée	2022-08-11 17:06:14+02	2022-08-26 14:02:58+02	\N
149	93048202401043	1097	Copie d'acte de décès	web	Gaëlle GUÉRIN	lui-même	instruite	2024-07-30 15:44:07+02	2024-08-07 13:29:04+02	Merci d'envoyer l'acte par courrier au 117 rue de Romainville, 93100 Montreuil
150	93048202301052	1098	Copie intégrale d'acte de naissance	web	Hélène VINCENT	parent	instruite	2023-03-26 08:42:15+01	2023-04-11 16:31:12+02	\N
151	93048202401060	1099	Extrait d'acte de naissance avec filiation	courrier	Hélène LE GALL	lui-même	déposée	2024-05-16 13:15:26+02	\N	\N
152	93048202301064	1099	Inscription restauration scolaire	web	\N	\N	instruite	2023-11-02 13:36:23+01	2023-11-12 12:57:40+01	\N
153	93048202201074	1101	Copie d'acte de décès	web	Samia CARPENTIER	parent	déposée	2022-06-20 14:49:16+02	\N	Acte demandé pour renouvellement de passeport
154	93048202401080	1102	Macaron stationnement résident	courrier	\N	\N	instruite	2024-04-21 14:24:51+02	2024-05-07 12:41:00+02	\N
155	93048202401085	1102	Macaron stationnement résident	guichet	\N	\N	instruite	2024-06-29 08:59:13+02	2024-07-01 10:26:56+02	\N
156	93048202201098	1103	Extrait d'acte de mariage	courrier	Michel FAURE	parent	déposée	2022-12-08 15:18:10+01	\N	\N
157	93048202401102	1104	Inscription périscolaire	guichet	\N	\N	instruite	2024-01-23 21:50:01+01	2024-02-03 10:56:35+01	\N
158	93048202301106	1105	Macaron stationnement résident	web	\N	\N	refusée	2023-12-17 08:27:40+01	2023-12-27 17:25:23+01	\N
159	93048202401115	1105	Copie d'acte de décès	web	Jean VINCENT	conjoint	déposée	2024-09-06 09:15:21+02	\N	\N
160	93048202401121	1107	Inscription périscolaire	web	\N	\N	instruite	2024-07-04 19:41:01+02	2024-07-11 09:50:13+02	Joignable en journée au 0671410578
161	93048202401129	1107	Inscription restauration scolaire	guichet	\N	\N	déposée	2024-06-24 15:45:09+02	\N	\N
162	93048202401135	1107	Copie d'acte de décès	guichet	Karim MARTIN	lui-même	instruite	2024-03-29 22:47:57+01	2024-04-02 14:16:57+02	\N
163	93048202301147	1108	Extrait d'acte de mariage	guichet	Nicolas ROBERT	parent	instruite	2023-12-03 11:01:04+01	2023-12-04 11:25:50+01	Demande faite pour ma mère, Mme Fatima Robert, qui ne peut pas se déplacer
164	93048202201152	1108	Inscription restauration scolaire	web	\N	\N	instruite	2022-02-04 12:17:57+01	2022-02-14 16:18:23+01	Joignable en journée au 06.32.95.51.35
165	93048202201157	1109	Extrait d'acte de mariage	web	Claire CARPENTIER	enfant	instruite	2022-09-28 18:35:47+02	2022-10-07 14:08:37+02	Acte demandé pour renouvellement de passeport
166	93048202301168	1110	Macaron stationnement résident	guichet	\N	\N	déposée	2023-11-10 21:44:43+01	\N	Merci d'envoyer l'acte par courrier au 132 rue Franklin, 93100 Montreuil
167	93048202401171	1110	Inscription restauration scolaire	web	\N	\N	déposée	2024-06-18 08:33:56+02	\N	\N
168	93048202401181	1110	Inscription périscolaire	web	\N	\N	instruite	2024-08-22 09:57:54+02	2024-09-09 14:28:06+02	Merci d'envoyer l'acte par courrier au 132 rue Franklin, 93100 Montreuil
169	93048202201183	1111	Copie intégrale d'acte de naissance	guichet	Sébastien LE GALL	conjoint	instruite	2022-09-07 19:44:53+02	2022-09-24 11:25:51+02	\N
170	93048202201190	1111	Inscription périscolaire	courrier	\N	\N	instruite	2022-02-27 19:46:35+01	2022-03-12 16:43:59+01	\N
171	93048202201197	1112	Inscription périscolaire	web	\N	\N	déposée	2022-03-09 18:18:37+01	\N	\N
172	93048202401205	1112	Copie d'acte de décès	courrier	Karim RICHARD	lui-même	instruite	2024-06-30 21:31:58+02	2024-07-12 13:48:09+02	Pour dossier retraite
173	93048202401216	1114	Extrait d'acte de mariage	web	David NICOLAS	conjoint	déposée	2024-08-31 09:58:47+02	\N	Joignable en journée au 07 39 23 11 83
174	93048202401223	1114	Macaron stationnement résident	web	\N	\N	déposée	2024-08-23 15:56:44+02	\N	Acte demandé pour renouvellement de passeport
175	93048202401231	1114	Inscription restauration scolaire	web	\N	\N	refusée	2024-06-24 09:04:20+02	2024-06-30 15:24:47+02	Demande faite pour ma mère, Mme Brigitte Nicolas, qui ne peut pas se déplacer
176	93048202401232	1115	Inscription périscolaire	web	\N	\N	instruite	2024-07-30 15:50:18+02	2024-08-14 09:33:08+02	Joignable en journée au 07 47 64 37 02
177	93048202401243	1117	Macaron stationnement résident	web	\N	\N	instruite	2024-06-10 08:29:07+02	2024-06-30 14:15:46+02	\N
178	93048202301247	1118	Inscription périscolaire	courrier	\N	\N	instruite	2023-03-16 17:32:47+01	2023-04-05 15:25:49+02	\N
179	93048202401256	1118	Extrait d'acte de naissance avec filiation	web	Malo KONE	parent	instruite	2024-05-08 16:27:04+02	2024-05-20 15:13:05+02	Merci d'envoyer l'acte par courrier au 139 rue du Capitaine Dreyfus, 93100 Montreuil
180	93048202401264	1119	Copie intégrale d'acte de naissance	web	François LEGRAND	enfant	instruite	2024-06-12 08:46:36+02	2024-06-15 09:49:56+02	\N
181	93048202401269	1120	Extrait d'acte de mariage	web	Éric GIRARD	parent	instruite	2024-02-17 22:13:32+01	2024-03-04 08:24:41+01	Urgent : dossier de mariage en cours
182	93048202401279	1121	Inscription restauration scolaire	courrier	\N	\N	déposée	2024-09-10 13:56:17+02	\N	Joignable en journée au 07.42.18.02.59
183	93048202201284	1122	Extrait d'acte de mariage	web	David CISSÉ	conjoint	déposée	2022-11-21 11:25:54+01	\N	Merci d'envoyer l'acte par courrier au 59 rue Voltaire, 93100 Montreuil
184	93048202401293	1122	Copie d'acte de décès	web	Marie CISSÉ	enfant	refusée	2024-07-10 13:05:24+02	2024-07-28 09:13:22+02	\N
185	93048202301298	1123	Copie intégrale d'acte de naissance	courrier	Aurélie JOLY	conjoint	instruite	2023-12-08 16:24:38+01	2023-12-22 17:38:53+01	\N
186	93048202301306	1123	Copie intégrale d'acte de naissance	web	Sylvie JOLY	parent	refusée	2023-08-15 18:01:14+02	2023-08-22 16:38:10+02	Demande faite pour ma mère, Mme Mélanie Joly, qui ne peut pas se déplacer
187	93048202301313	1124	Copie d'acte de décès	web	Françoise LE GOFF	lui-même	refusée	2023-06-08 12:26:27+02	2023-06-10 11:41:26+02	Merci d'envoyer l'acte par courrier au 24 rue Édouard Vaillant, 93100 Montreuil
188	93048202201318	1125	Macaron stationnement résident	web	\N	\N	instruite	2022-06-30 12:58:52+02	2022-07-16 14:06:43+02	\N
189	93048202401327	1126	Copie intégrale d'acte de naissance	guichet	Samir BENALI	lui-même	refusée	2024-01-21 09:17:23+01	2024-01-28 17:16:15+01	Demande faite pour ma mère, Mme Françoise Benali, qui ne peut pas se déplacer
190	93048202301333	1126	Macaron stationnement résident	guichet	\N	\N	déposée	2023-10-12 16:24:36+02	\N	Joignable en journée au 06 19 34 17 50
191	93048202401343	1127	Inscription périscolaire	guichet	\N	\N	instruite	2024-08-05 20:28:44+02	2024-08-06 08:07:44+02	Acte demandé pour renouvellement de passeport
192	93048202401348	1128	Inscription restauration scolaire	web	\N	\N	instruite	2024-01-18 13:07:23+01	2024-01-26 08:44:56+01	\N
193	93048202301354	1128	Inscription périscolaire	web	\N	\N	instruite	2023-09-08 23:59:32+02	2023-09-10 15:50:26+02	\N
194	93048202201363	1128	Extrait d'acte de mariage	web	Isabelle ROUX	enfant	déposée	2022-08-23 12:05:42+02	\N	\N
195	93048202201366	1129	Inscription périscolaire	web	\N	\N	instruite	2022-12-27 14:12:42+01	2023-01-16 13:20:09+01	\N
196	93048202201372	1129	Inscription périscolaire	web	\N	\N	refusée	2022-08-12 21:28:41+02	2022-08-19 15:59:13+02	\N
197	93048202201381	1130	Macaron stationnement résident	web	\N	\N	refusée	2022-10-03 11:42:16+02	2022-10-23 14:25:51+02	\N
198	93048202201389	1130	Macaron stationnement résident	guichet	\N	\N	instruite	2022-12-27 19:42:28+01	2023-01-14 15:38:55+01	\N
199	93048202201394	1130	Extrait d'acte de naissance avec filiation	web	Brigitte LEGRAND	parent	instruite	2022-06-15 21:41:33+02	2022-06-24 15:32:22+02	\N
200	93048202401403	1131	Copie intégrale d'acte de naissance	web	Julien RICHARD	lui-même	instruite	2024-01-03 18:57:53+01	2024-01-06 13:00:27+01	Merci d'envoyer l'acte par courrier au 20 rue de Vincennes, 93100 Montreuil
\.


--
-- Data for Name: paiements; Type: TABLE DATA; Schema: public; Owner: eserv_app
--

COPY public.paiements (id_paiement, id_demande, reference_transaction, id_psp, montant, moyen_paiement, iban, bic, titulaire_compte, carte_4_derniers, date_paiement, statut_paiement) FROM stdin;
1	1	2024073156202729	e5efffea-5378-410a-8c2b-5100a2827edd	82.80	CB	\N	\N	\N	0482	2024-07-31 09:02:47+02	validé
2	1	2024083127321502	a6f0a2d6-93dc-ddf5-fb80-cb3ac507de4c	55.20	CB	\N	\N	\N	3206	2024-08-31 09:05:47+02	validé
3	3	202409037207272873	e716f9e8-adea-7737-0619-f0a34e806295	55.80	CB	\N	\N	\N	8327	2024-09-03 18:32:48+02	validé
4	6	202402100592363040	a56ea67f-4d75-62af-825e-fe05d2dc61af	57.20	CB	\N	\N	\N	2813	2024-02-10 14:59:52+01	validé
5	6	2024031053521394537	817d6f87-2f47-dc06-d69e-9fc220738d77	64.40	CB	\N	\N	\N	2454	2024-03-10 15:01:52+01	rejeté
6	6	2024040822687676502	56038d07-1c13-5969-b7d8-bf59064345ae	49.60	CB	\N	\N	\N	5853	2024-04-08 14:22:52+02	validé
7	7	2022080174722164285	e7b6a5f1-c14c-7c88-623e-21bd21605d71	45.00	CB	\N	\N	\N	8290	2022-08-01 12:22:27+02	validé
8	15	2024082736864029	1e8f5800-78fa-6cd0-43b8-d45058607bd9	38.50	CB	\N	\N	\N	1023	2024-08-27 21:31:12+02	validé
9	17	2024072060863508	94395d8a-0c00-5bfe-1186-2491e2a3d4e3	69.00	prélèvement	FR76 3006 6080 8960 9269 1844 881	CMCIFRPPXXX	M. ou Mme MARTINEZ Frédéric	\N	2024-07-20 18:30:46+02	validé
10	17	20240820635558166	e8aa2b80-3fc6-8565-2028-132337a9a9ea	61.60	prélèvement	FR76 3006 6080 8960 9269 1844 881	CMCIFRPPXXX	M. ou Mme MARTINEZ Frédéric	\N	2024-08-20 18:43:46+02	validé
11	18	2022111522031712164	fd06bf83-73e7-989f-935d-8b1276374530	69.00	CB	\N	\N	\N	3399	2022-11-15 16:47:45+01	validé
12	18	202212187634885924	209d4c2b-3193-e307-267d-f31db207509d	69.00	CB	\N	\N	\N	3918	2022-12-18 17:25:45+01	validé
13	18	202301142812896578	ead1c44b-41fc-9719-153c-0907a3641186	46.50	CB	\N	\N	\N	2643	2023-01-14 17:29:45+01	validé
14	18	2023021685088049279	70efd335-e962-111a-9a87-2c163121ecf9	82.80	CB	\N	\N	\N	8073	2023-02-16 17:25:45+01	validé
15	26	20220406271008554	b8a009f7-2479-dd70-75ce-78bfd44ddde9	64.40	CB	\N	\N	\N	1603	2022-04-06 09:10:43+02	rejeté
16	26	20220508093673417	0fe861ee-c49e-6ea9-bdcb-d7871a6324d5	46.50	CB	\N	\N	\N	7794	2022-05-08 08:48:43+02	validé
17	26	202206055166251223	44f61bd1-7e2e-3338-d1d1-3ea07abfa81f	37.20	CB	\N	\N	\N	1460	2022-06-05 08:56:43+02	validé
18	29	202211128950503072	5d35531a-8b9b-a090-c6cd-5c0349cddeba	61.60	CB	\N	\N	\N	8001	2022-11-12 13:51:20+01	rejeté
19	29	202212133787767998	cf7dd6b8-feec-c437-8467-eff128694294	46.20	CB	\N	\N	\N	2490	2022-12-13 13:40:20+01	validé
20	33	2024030385552271116	afc13a7b-0fa0-ee43-a3dd-a39c536c05cd	42.35	CB	\N	\N	\N	7801	2024-03-03 22:56:22+01	validé
21	35	2024052705726817	22df79e4-805f-7bef-9116-eff91b090667	65.45	prélèvement	FR76 1660 7045 9677 3321 3054 621	CCBPFRPPMTG	M. HENRY Laurent	\N	2024-05-27 14:15:07+02	validé
22	35	20240626939860401	ffe61952-a004-cec0-a004-3f3b7affe344	27.90	prélèvement	FR76 1660 7045 9677 3321 3054 621	CCBPFRPPMTG	M. ou Mme HENRY Laurent	\N	2024-06-26 13:29:07+02	validé
23	35	20240728918474319	32a8ea15-ec9e-ac1b-712a-2dbcba217e7e	88.40	prélèvement	FR76 1660 7045 9677 3321 3054 621	CCBPFRPPMTG	M. HENRY Laurent	\N	2024-07-28 14:03:07+02	validé
24	35	2024082632465699054	42437764-efc0-c511-6ef3-bb1883a007ff	42.35	prélèvement	FR76 1660 7045 9677 3321 3054 621	CCBPFRPPMTG	M. HENRY Laurent	\N	2024-08-26 13:59:07+02	validé
25	36	202409067319008926	499de78a-a0ed-a8f8-9bd9-aa7f3a05e733	88.40	prélèvement	FR76 1660 7045 9677 3321 3054 621	CCBPFRPPMTG	M. HENRY Laurent	\N	2024-09-06 10:12:10+02	validé
26	38	202307189923340202	6f2330f5-7b66-f06e-7f49-7077144e6406	50.05	CB	\N	\N	\N	3513	2023-07-18 10:30:50+02	validé
27	43	202405201770370184	d82b398d-1da3-4c9a-02c5-7e0277b6c3fd	82.80	prélèvement	FR7620041031965906061099960	PSSTFRPPPAR	M. MATHIEU Alain	\N	2024-05-20 09:45:11+02	validé
28	45	2023011126579603	358a93f4-bd6a-2fce-adf1-92ac90618251	30.80	CB	\N	\N	\N	8914	2023-01-11 13:34:51+01	validé
29	45	2023021165525561	fc6efc5d-1c6a-9f4e-a19b-9fcbd8bcc928	65.45	CB	\N	\N	\N	2693	2023-02-11 13:34:51+01	validé
30	45	202303131514449717	5d66f7e5-bcb2-aa01-0996-27ce39a4a2de	52.00	CB	\N	\N	\N	8856	2023-03-13 13:18:51+01	validé
31	51	2024071416290172030	8a57aa0c-011e-cab5-3988-237f6d9784b3	45.00	CB	\N	\N	\N	8026	2024-07-14 11:24:56+02	validé
32	55	202207250251000154	1fe85f1e-a17c-21d9-82d9-b6cea2d0e33e	46.50	prélèvement	FR76 2004 1037 9652 7037 2263 752	PSSTFRPPPAR	M. ou Mme MOREL Anne	\N	2022-07-25 18:06:08+02	validé
33	55	20220823059002120	18ef1dcb-6ebd-d061-d7b1-11ccf4ebf2d6	52.70	prélèvement	FR76 2004 1037 9652 7037 2263 752	PSSTFRPPPAR	M. ou Mme MOREL Anne	\N	2022-08-23 18:30:08+02	validé
34	55	202209243147533583	17d449c7-82d2-8e09-8185-c9456d57b4fb	55.20	prélèvement	FR76 2004 1037 9652 7037 2263 752	PSSTFRPPPAR	M. ou Mme MOREL Anne	\N	2022-09-24 18:37:08+02	validé
35	56	2022070797444930241	ab67db15-8ce1-6433-4123-6aeb6bdea670	62.40	prélèvement	FR76 2004 1037 9652 7037 2263 752	PSSTFRPPPAR	Mme MOREL Anne	\N	2022-07-07 15:18:38+02	validé
36	56	202208050306571298	4360ea54-fda8-42a9-2383-b21db695338e	78.20	prélèvement	FR76 2004 1037 9652 7037 2263 752	PSSTFRPPPAR	Mme MOREL Anne	\N	2022-08-05 15:40:38+02	validé
37	56	2022090446363600060	60e11796-19c5-4eaf-a8f5-0670e4a35fb0	53.90	prélèvement	FR76 2004 1037 9652 7037 2263 752	PSSTFRPPPAR	Mme MOREL Anne	\N	2022-09-04 15:25:38+02	validé
38	56	2022100502612245677	aa24666a-d3d8-ed0e-84f5-9857f0b878ca	49.60	prélèvement	FR76 2004 1037 9652 7037 2263 752	PSSTFRPPPAR	Mme MOREL Anne	\N	2022-10-05 15:39:38+02	validé
39	62	202207165817712091	81b0cba4-b8dc-1422-c926-a8c329533004	61.60	prélèvement	FR7618206033433154830637485	AGRIFRPP882	M. ou Mme MICHEL Isabelle	\N	2022-07-16 07:30:57+02	validé
40	62	202208153773706019	1ec2778f-3c0f-8906-fd46-d333a9151d2e	40.30	prélèvement	FR7618206033433154830637485	AGRIFRPP882	M. ou Mme MICHEL Isabelle	\N	2022-08-15 07:45:57+02	validé
41	62	2022091574214964891	46bbff25-a1e7-ec04-1937-9ca5824900ec	61.60	prélèvement	FR7618206033433154830637485	AGRIFRPP882	Mme MICHEL Isabelle	\N	2022-09-15 07:15:57+02	validé
42	62	2022101459251035	e2f8686f-4083-c5d8-6eb8-edd43b2d417a	65.45	prélèvement	FR7618206033433154830637485	AGRIFRPP882	Mme MICHEL Isabelle	\N	2022-10-14 07:58:57+02	validé
43	65	202202096839845309	1af6363f-c079-06e2-4263-6dcc7b6e8418	45.00	CB	\N	\N	\N	8665	2022-02-09 11:26:34+01	validé
44	80	2022062187472084	0c2b393e-7be3-27d7-c37f-ccea64fedd39	78.20	prélèvement	FR76 4255 9033 9295 0782 7980 082	CCOPFRPPXXX	Mme BENOÎT Léa	\N	2022-06-21 09:58:28+02	validé
45	80	202207204369304943	9376f531-313b-4aa2-38e2-e01881fc4e9d	41.60	prélèvement	FR76 4255 9033 9295 0782 7980 082	CCOPFRPPXXX	Mme BENOÎT Léa	\N	2022-07-20 09:51:28+02	validé
46	81	2023021277621892017	53bb3a88-b95e-0103-daf1-6f0756d45b5e	93.60	CB	\N	\N	\N	9173	2023-02-12 19:04:40+01	validé
47	87	202301218597960126	320fb1b9-d871-8788-82af-65a968574774	45.00	CB	\N	\N	\N	8950	2023-01-21 14:07:02+01	validé
48	90	2023032960732798	0575a757-2b9e-43f2-26f5-6cc6d8d0c57d	59.80	CB	\N	\N	\N	0500	2023-03-29 17:57:31+01	rejeté
49	90	20230427379611807	90099b57-52ff-fd76-e65b-1f91026810fd	65.45	CB	\N	\N	\N	9385	2023-04-27 17:39:31+02	validé
50	90	202305270764562950	47bb0d94-7f76-174d-ffca-69f1b09bef52	55.20	CB	\N	\N	\N	2014	2023-05-27 17:18:31+02	validé
51	90	20230628375595290	c8d85b1a-1a52-030f-24e4-855ef4b09694	31.00	CB	\N	\N	\N	8843	2023-06-28 17:33:31+02	validé
52	93	2024080874437533216	d74958e3-6142-1335-bc3b-4755d105666b	45.00	CB	\N	\N	\N	3322	2024-08-08 16:42:13+02	validé
53	102	2024080890026794601	1b7f7518-e7fb-9aa7-c782-88d790d805d5	45.00	CB	\N	\N	\N	1338	2024-08-08 12:22:20+02	validé
54	103	20231007709535370	b17c3f53-95de-9e8c-8887-219d7c829617	34.10	CB	\N	\N	\N	5396	2023-10-07 14:46:05+02	validé
55	105	20240726972867409	fe22a506-53fe-7d7e-dd95-1f6be38f6977	45.00	CB	\N	\N	\N	7156	2024-07-26 00:10:11+02	validé
56	108	2023091160775425	7faac027-7316-354c-66f8-37df2eb4c081	50.60	CB	\N	\N	\N	1405	2023-09-11 21:46:59+02	validé
57	108	202310119842710739	1efb79fa-ec29-ea7b-7593-090d6b5b5f49	46.80	CB	\N	\N	\N	2005	2023-10-11 21:15:59+02	validé
58	108	20231112088142551	5ec0d612-fd9b-d8a6-b179-58d0a0b3ba53	73.60	CB	\N	\N	\N	2070	2023-11-12 21:29:59+01	validé
59	108	2023121195340209609	eb183946-2b0f-379a-4a36-acea1857bc65	57.75	CB	\N	\N	\N	3369	2023-12-11 21:50:59+01	validé
60	109	2022080507093901	76913ab6-e5b4-719f-704f-144f6ec61623	50.60	prélèvement	FR7642559046858263822042915	CCOPFRPPXXX	M. LEFÈVRE Rachid	\N	2022-08-05 14:09:43+02	validé
61	109	202209070693378586	efa39b1a-9300-eab3-811e-ce788ab3ecd7	55.20	prélèvement	FR7642559046858263822042915	CCOPFRPPXXX	M. ou Mme LEFÈVRE Rachid	\N	2022-09-07 13:54:43+02	rejeté
62	109	2022100635727546	17dc39a9-8656-db1e-3b57-b70903f5f7e8	69.30	prélèvement	FR7642559046858263822042915	CCOPFRPPXXX	M. LEFÈVRE Rachid	\N	2022-10-06 13:43:43+02	validé
63	109	20221105259149282	85e9587a-f782-7913-4946-3aef508ff937	82.80	prélèvement	FR7642559046858263822042915	CCOPFRPPXXX	M. LEFÈVRE Rachid	\N	2022-11-05 14:03:43+01	validé
64	112	2024013028661382844	107d4401-2385-2686-868e-ea302fd43d80	50.60	prélèvement	FR76 3000 2082 6642 8055 2488 811	CRLYFRPPXXX	M. ou Mme DIALLO Mélanie	\N	2024-01-30 12:08:57+01	validé
65	112	20240227536146752	dd1215fb-c269-cd21-afc7-81bc4b7a583c	65.45	prélèvement	FR76 3000 2082 6642 8055 2488 811	CRLYFRPPXXX	Mme DIALLO Mélanie	\N	2024-02-27 11:54:57+01	validé
66	112	20240327742110304	418aa274-f21f-2932-c227-8e1f000d6f2e	46.50	prélèvement	FR76 3000 2082 6642 8055 2488 811	CRLYFRPPXXX	Mme DIALLO Mélanie	\N	2024-03-27 12:10:57+01	validé
67	112	2024042986485190090	a73b4d54-df4a-465e-01bd-4f4a840890b8	50.05	prélèvement	FR76 3000 2082 6642 8055 2488 811	CRLYFRPPXXX	Mme DIALLO Mélanie	\N	2024-04-29 11:50:57+02	validé
68	114	202302041105330912	3d589ffd-3d72-fafa-2f69-dec58cf2ea34	45.00	CB	\N	\N	\N	1574	2023-02-04 19:07:45+01	validé
69	117	2024080448437173987	830f5568-fbda-8c96-7c33-cdfc1b8238d0	61.60	CB	\N	\N	\N	1836	2024-08-04 15:11:10+02	validé
70	117	20240904365654911	dd79fd4d-6001-5758-3830-17221f42b95f	27.90	CB	\N	\N	\N	2683	2024-09-04 15:13:10+02	validé
71	118	2024082945601382	fa542cad-b514-0ad2-3f10-4e3c3252a32b	78.00	CB	\N	\N	\N	1074	2024-08-29 13:35:37+02	validé
72	125	202401098131499875	d6ac7f04-3672-540d-fde7-8bd7cf7fb6f3	41.40	prélèvement	FR76 2004 1071 0624 2499 1095 885	PSSTFRPPPAR	M. ou Mme LEFEBVRE Camille	\N	2024-01-09 21:10:56+01	validé
73	127	2024072315203780415	59af6d11-6124-7ca2-26e5-1dc9b7890030	49.60	CB	\N	\N	\N	0432	2024-07-23 10:05:13+02	validé
74	127	202408227434162278	1b5bccc1-c0e9-cb24-bcbb-a2cfd691c83c	53.90	CB	\N	\N	\N	7044	2024-08-22 10:34:13+02	validé
75	128	202304249663572209	eb5be2f8-97de-61b0-20e5-4c5255da13b9	34.65	prélèvement	FR7610278065839603735769122	CMCIFR2AXXX	M. LOPEZ Michel	\N	2023-04-24 16:56:12+02	validé
76	128	202305228423527713	6258dbb5-f57a-32e6-8681-26899d441efc	41.60	prélèvement	FR7610278065839603735769122	CMCIFR2AXXX	M. LOPEZ Michel	\N	2023-05-22 17:34:12+02	validé
77	131	20240826689803650	fec32e83-2222-ae9c-e4e8-b54a32f76646	45.00	CB	\N	\N	\N	9391	2024-08-26 16:31:13+02	validé
78	136	2023112335671533916	69da1f08-a74f-e276-7129-279ada0d7f7d	45.00	CB	\N	\N	\N	9359	2023-11-23 22:59:53+01	rejeté
79	137	202407266747510763	fac361a9-4f5a-32fe-a973-32c497c5ce56	78.20	CB	\N	\N	\N	5616	2024-07-26 22:14:29+02	validé
80	137	2024082368642437	81c471fd-42ea-13e7-5331-dab2a4e0c9d6	73.60	CB	\N	\N	\N	9121	2024-08-23 22:00:29+02	validé
81	142	2024060394446064404	978b53b5-1849-a7d0-8331-57576bc82a28	45.00	CB	\N	\N	\N	2582	2024-06-03 09:33:48+02	rejeté
82	144	2022011713409702510	54b7860c-78ca-68ef-0ad8-b2b1a41a4b17	45.00	CB	\N	\N	\N	3576	2022-01-17 11:11:34+01	validé
83	145	2024010870656212	ebeb76da-529d-1e1a-8fb4-2278c6b59b16	43.40	prélèvement	FR7642559062139539320693512	CCOPFRPPXXX	Mme ROBIN Chloé	\N	2024-01-08 19:08:16+01	validé
84	145	2024020520534950	33fc5e7b-f688-0220-3383-80012e48d455	69.30	prélèvement	FR7642559062139539320693512	CCOPFRPPXXX	Mme ROBIN Chloé	\N	2024-02-05 18:56:16+01	validé
85	145	20240306340193085	2eef44cf-6ef4-9a4e-eab7-8cb05d568612	83.20	prélèvement	FR7642559062139539320693512	CCOPFRPPXXX	M. ou Mme ROBIN Chloé	\N	2024-03-06 19:05:16+01	validé
86	145	2024040728421996494	d6c6fa4d-d12c-00d9-57bd-608d360f8d2e	46.80	prélèvement	FR7642559062139539320693512	CCOPFRPPXXX	M. ou Mme ROBIN Chloé	\N	2024-04-07 19:13:16+02	validé
87	146	2022072493685769	563382b0-6063-3174-1ded-369f737cd698	45.00	CB	\N	\N	\N	5362	2022-07-24 14:48:03+02	validé
88	152	20231103072050761	0a91e56b-b734-c226-3125-9bea7e84cfa1	61.60	prélèvement	FR7618206079845277706874038	AGRIFRPP882	M. ou Mme LE GALL Hélène	\N	2023-11-03 14:15:23+01	validé
89	152	2023120537209455088	76b9252b-607a-e9aa-0cff-aac759325839	34.65	prélèvement	FR7618206079845277706874038	AGRIFRPP882	M. ou Mme LE GALL Hélène	\N	2023-12-05 14:12:23+01	validé
90	154	2024042325427350242	32142b94-2512-b018-de47-f914ff12beea	45.00	CB	\N	\N	\N	6704	2024-04-23 14:27:51+02	rejeté
91	155	2024070235935838194	4a77f401-b586-4017-c5e4-82cdf4f2e288	45.00	CB	\N	\N	\N	8696	2024-07-02 09:49:13+02	validé
92	157	202401249261824246	0bf1f1c4-7d93-b54c-c11d-906ade26b206	30.80	CB	\N	\N	\N	5470	2024-01-24 22:06:01+01	validé
93	160	2024070411739311060	66bf1dc8-a8ef-bb89-d24a-9828bbe1b1a3	31.00	prélèvement	FR7610278088669728333613732	CMCIFR2AXXX	M. MARTIN Karim	\N	2024-07-04 20:31:01+02	validé
94	160	2024080487550191	4cbaaa13-ff7e-c688-ba1b-f7102950e012	82.80	prélèvement	FR7610278088669728333613732	CMCIFR2AXXX	M. MARTIN Karim	\N	2024-08-04 20:11:01+02	validé
95	161	2024062412227542061	7e66594d-8b5e-00f3-2fbd-19d78d91d01a	69.00	prélèvement	FR7610278088669728333613732	CMCIFR2AXXX	M. ou Mme MARTIN Karim	\N	2024-06-24 15:46:09+02	validé
96	161	20240725836598348	dcb0bb09-b77f-8bef-9532-e0e42c37ff8e	82.80	prélèvement	FR7610278088669728333613732	CMCIFR2AXXX	M. MARTIN Karim	\N	2024-07-25 16:29:09+02	validé
97	161	20240826950064070	c5a7fdd1-0614-dcb4-ca97-7a05b6ca734c	78.20	prélèvement	FR7610278088669728333613732	CMCIFR2AXXX	M. MARTIN Karim	\N	2024-08-26 15:55:09+02	validé
98	164	202202045108058329	6d09b212-a5f9-46f5-3a9c-706880b3edb5	36.80	prélèvement	FR76 1660 7011 7826 1633 4163 888	CCBPFRPPMTG	M. ROBERT Laurent	\N	2022-02-04 12:33:57+01	validé
99	166	20231112028107929	7250d6fa-d8bf-3acf-7c74-29727e76c818	45.00	CB	\N	\N	\N	4357	2023-11-12 21:53:43+01	validé
100	167	2024061997390785	4dfafc1f-bd0d-fa78-4f62-ada647da73f9	83.20	prélèvement	FR7630004047322974357116109	BNPAFRPPXXX	M. ou Mme MARTIN Cédric	\N	2024-06-19 08:36:56+02	validé
101	167	2024071869085566	4052cdee-8d26-65b2-6e12-b93d3c8e8fcb	49.60	prélèvement	FR7630004047322974357116109	BNPAFRPPXXX	M. MARTIN Cédric	\N	2024-07-18 09:08:56+02	validé
102	167	202408192523789077	df9f16a3-c221-3020-8adc-79826b3fc9c6	55.80	prélèvement	FR7630004047322974357116109	BNPAFRPPXXX	M. ou Mme MARTIN Cédric	\N	2024-08-19 09:11:56+02	validé
103	168	202408255808255757	f04e9a9d-43dc-4d4b-77b6-b809570d83f6	38.50	CB	\N	\N	\N	4671	2024-08-25 10:16:54+02	validé
104	170	20220302780480700	a65a7963-4b8b-7b9d-0648-cdb919e71488	83.20	CB	\N	\N	\N	4741	2022-03-02 20:07:35+01	validé
105	170	202204012956753754	dfdbad07-60d4-bbc6-74f3-0bfd83da0714	57.75	CB	\N	\N	\N	4274	2022-04-01 20:02:35+02	validé
106	171	202203106532218502	647a0f83-be62-de92-a332-3c2ac11d9839	27.90	prélèvement	FR76 3000 3092 3725 1817 1232 303	SOGEFRPPXXX	M. RICHARD Karim	\N	2022-03-10 18:30:37+01	validé
107	171	20220410976500573	8c24715a-a255-9e00-6282-29ddb35caaf0	31.00	prélèvement	FR76 3000 3092 3725 1817 1232 303	SOGEFRPPXXX	M. ou Mme RICHARD Karim	\N	2022-04-10 18:51:37+02	validé
108	174	202408264271942567	6607a623-91ec-e80a-168c-4b470e66efd8	45.00	CB	\N	\N	\N	4771	2024-08-26 16:03:44+02	rejeté
109	176	202407304760382879	4b7c6a52-8554-cf08-847b-d3e724c6096d	64.40	CB	\N	\N	\N	7757	2024-07-30 16:23:18+02	validé
110	176	20240829416324322	d29ae34b-eeb9-e7d4-93a6-0477db654874	62.40	CB	\N	\N	\N	1686	2024-08-29 15:55:18+02	validé
111	177	2024061134472368607	39288349-2caa-1dc9-d531-889911bc0e6f	45.00	CB	\N	\N	\N	9014	2024-06-11 09:10:07+02	validé
112	178	20230319871285077	d31daa19-72c8-c84b-9520-da9df617555a	41.60	CB	\N	\N	\N	5346	2023-03-19 17:47:47+01	validé
113	178	2023041538772465458	7b824a9c-2686-18d7-dfc9-1bf13eb6a8e4	42.35	CB	\N	\N	\N	1223	2023-04-15 17:53:47+02	rejeté
114	182	2024091177285042683	c1816aa5-89c0-df12-088b-14e7347815cd	24.80	prélèvement	FR76 2004 1085 7619 3892 3523 845	PSSTFRPPPAR	Mme MEUNIER Brigitte	\N	2024-09-11 14:46:17+02	rejeté
115	188	2022070177618282	cc32efde-1a69-1a28-016b-a2a25cc8accd	45.00	CB	\N	\N	\N	7990	2022-07-01 13:26:52+02	rejeté
116	190	2023101474396684	61335cf8-cd61-aa33-cd55-6c009ce5a8b1	45.00	CB	\N	\N	\N	2452	2023-10-14 17:14:36+02	validé
117	191	2024080709989810296	8b9eeb1c-dc2b-f102-60b1-5ef9021e4aec	27.90	prélèvement	FR7642559053701484392859355	CCOPFRPPXXX	M. MARTINEZ Mehdi	\N	2024-08-07 20:36:44+02	validé
118	191	2024090797919589145	07423d2b-348b-be7a-d0ce-2de2fd8a11ba	42.35	prélèvement	FR7642559053701484392859355	CCOPFRPPXXX	M. ou Mme MARTINEZ Mehdi	\N	2024-09-07 21:14:44+02	validé
119	192	20240118304959115	c3f9651a-915a-1327-0977-5d5af2d40dae	34.10	CB	\N	\N	\N	6576	2024-01-18 13:48:23+01	validé
120	192	2024021869407769	6594b84c-8ef2-f61d-7874-73067b4694af	57.75	CB	\N	\N	\N	8240	2024-02-18 13:56:23+01	validé
121	193	202309100257090927	033a0856-ec4a-8c00-e85e-a47565c7a5a8	62.40	CB	\N	\N	\N	6573	2023-09-10 00:14:32+02	validé
122	193	2023101150689786445	52c9a289-e785-32e9-ed1f-648b9bab9ffb	57.75	CB	\N	\N	\N	4523	2023-10-11 00:43:32+02	validé
123	193	20231111870152946	7f611abe-ca82-ae64-4727-c6cb68402e34	38.50	CB	\N	\N	\N	4418	2023-11-11 00:24:32+01	validé
124	195	20221227792843991	c8409537-22ee-f6f2-d2eb-33811507dda4	30.80	prélèvement	FR7618206010207952860037259	AGRIFRPP882	M. LEMAIRE Youssef	\N	2022-12-27 14:54:42+01	validé
125	198	20221228724759656	4cead9ed-110b-ada3-199a-7882b5e17d52	45.00	CB	\N	\N	\N	8243	2022-12-28 20:08:28+01	validé
\.


--
-- Name: usagers usagers_pkey; Type: CONSTRAINT; Schema: public; Owner: eserv_app
--

ALTER TABLE ONLY public.usagers
    ADD CONSTRAINT usagers_pkey PRIMARY KEY (id_usager);


--
-- Name: demandes demandes_pkey; Type: CONSTRAINT; Schema: public; Owner: eserv_app
--

ALTER TABLE ONLY public.demandes
    ADD CONSTRAINT demandes_pkey PRIMARY KEY (id_demande);


--
-- Name: paiements paiements_pkey; Type: CONSTRAINT; Schema: public; Owner: eserv_app
--

ALTER TABLE ONLY public.paiements
    ADD CONSTRAINT paiements_pkey PRIMARY KEY (id_paiement);


--
-- Name: demandes demandes_id_usager_fkey; Type: FK CONSTRAINT; Schema: public; Owner: eserv_app
--

ALTER TABLE ONLY public.demandes
    ADD CONSTRAINT demandes_id_usager_fkey FOREIGN KEY (id_usager) REFERENCES public.usagers(id_usager);


--
-- Name: paiements paiements_id_demande_fkey; Type: FK CONSTRAINT; Schema: public; Owner: eserv_app
--

ALTER TABLE ONLY public.paiements
    ADD CONSTRAINT paiements_id_demande_fkey FOREIGN KEY (id_demande) REFERENCES public.demandes(id_demande);


--
-- PostgreSQL database dump complete
--

