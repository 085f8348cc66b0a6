--
-- PostgreSQL database dump
--

-- Dumped from database version 14.11 (Ubuntu 14.11-1.pgdg22.04+1)
-- Dumped by pg_dump version 14.11 (Ubuntu 14.11-1.pgdg22.04+1)

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

CREATE SCHEMA care;

ALTER SCHEMA care OWNER TO care_app;

--
-- Name: subscribers; Type: TABLE; Schema: care; Owner: care_app
--

CREATE TABLE care.subscribers (
    subscriber_id integer NOT NULL,
    msisdn character varying(15) NOT NULL,
    full_name character varying(120) NOT NULL,
    gender character(1),
    date_of_birth date,
    id_type character varying(10) NOT NULL,
    id_number character varying(20) NOT NULL,
    id_issue_date date,
    id_issue_place character varying(80),
    address character varying(200),
    ward character varying(80),
    district character varying(80),
    province character varying(60),
    email character varying(150),
    subscriber_type character varying(10) NOT NULL,
    plan_code character varying(12) NOT NULL,
    status character varying(20) NOT NULL,
    activated_at timestamp with time zone NOT NULL,
    kyc_verified_at timestamp with time zone,
    loyalty_points integer DEFAULT 0 NOT NULL,
    store_code character varying(8)
);


ALTER TABLE care.subscribers OWNER TO care_app;

--
-- Name: subscribers_subscriber_id_seq; Type: SEQUENCE; Schema: care; Owner: care_app
--

CREATE SEQUENCE care.subscribers_subscriber_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER TABLE care.subscribers_subscriber_id_seq OWNER TO care_app;

ALTER SEQUENCE care.subscribers_subscriber_id_seq OWNED BY care.subscribers.subscriber_id;

--
-- Name: sim_cards; Type: TABLE; Schema: care; Owner: care_app
--

CREATE TABLE care.sim_cards (
    sim_id integer NOT NULL,
    subscriber_id integer NOT NULL,
    iccid character varying(20) NOT NULL,
    imsi character varying(15) NOT NULL,
    sim_type character varying(6) NOT NULL,
    issued_at timestamp with time zone NOT NULL,
    status character varying(10) NOT NULL
);


ALTER TABLE care.sim_cards OWNER TO care_app;

--
-- Name: sim_cards_sim_id_seq; Type: SEQUENCE; Schema: care; Owner: care_app
--

CREATE SEQUENCE care.sim_cards_sim_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER TABLE care.sim_cards_sim_id_seq OWNER TO care_app;

ALTER SEQUENCE care.sim_cards_sim_id_seq OWNED BY care.sim_cards.sim_id;

--
-- Name: devices; Type: TABLE; Schema: care; Owner: care_app
--

CREATE TABLE care.devices (
    device_id integer NOT NULL,
    subscriber_id integer NOT NULL,
    imei character varying(16) NOT NULL,
    brand character varying(30),
    model character varying(60),
    detected_at timestamp with time zone NOT NULL,
    volte boolean DEFAULT false NOT NULL
);


ALTER TABLE care.devices OWNER TO care_app;

--
-- Name: devices_device_id_seq; Type: SEQUENCE; Schema: care; Owner: care_app
--

CREATE SEQUENCE care.devices_device_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER TABLE care.devices_device_id_seq OWNER TO care_app;

ALTER SEQUENCE care.devices_device_id_seq OWNED BY care.devices.device_id;

--
-- Name: topups; Type: TABLE; Schema: care; Owner: care_app
--

CREATE TABLE care.topups (
    topup_id integer NOT NULL,
    subscriber_id integer NOT NULL,
    msisdn character varying(15) NOT NULL,
    amount_vnd integer NOT NULL,
    channel character varying(12) NOT NULL,
    card_serial character varying(20),
    bank_code character varying(8),
    bank_txn_ref character varying(20),
    wallet_txn_id character varying(24),
    created_at timestamp with time zone NOT NULL,
    status character varying(8) NOT NULL
);


ALTER TABLE care.topups OWNER TO care_app;

--
-- Name: topups_topup_id_seq; Type: SEQUENCE; Schema: care; Owner: care_app
--

CREATE SEQUENCE care.topups_topup_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER TABLE care.topups_topup_id_seq OWNER TO care_app;

ALTER SEQUENCE care.topups_topup_id_seq OWNED BY care.topups.topup_id;

--
-- Name: care_agents; Type: TABLE; Schema: care; Owner: care_app
--

CREATE TABLE care.care_agents (
    agent_id integer NOT NULL,
    username character varying(40) NOT NULL,
    full_name character varying(120) NOT NULL,
    email character varying(150) NOT NULL,
    team character varying(30),
    role character varying(12) NOT NULL,
    password_sha256 character(64) NOT NULL,
    hired_on date,
    active boolean DEFAULT true NOT NULL
);


ALTER TABLE care.care_agents OWNER TO care_app;

--
-- Name: care_agents_agent_id_seq; Type: SEQUENCE; Schema: care; Owner: care_app
--

CREATE SEQUENCE care.care_agents_agent_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER TABLE care.care_agents_agent_id_seq OWNER TO care_app;

ALTER SEQUENCE care.care_agents_agent_id_seq OWNED BY care.care_agents.agent_id;


--
-- Data for Name: subscribers; Type: TABLE DATA; Schema: care; Owner: care_app
--

COPY care.subscribers (subscriber_id, msisdn, full_name, gender, date_of_birth, id_type, id_number, id_issue_date, id_issue_place, address, ward, district, province, email, subscriber_type, plan_code, status, activated_at, kyc_verified_at, loyalty_points, store_code) FROM stdin;
100201	84779124656	Phạm Thị Nhung	F	1992-02-12	CCCD	040192974656	2017-01-31	Cục Cảnh sát QLHC về TTXH	Số 27 ngõ 122 Lê Lợi	Phường Lê Lợi	TP. Vinh	Nghệ An	\N	postpaid	BIZ499	active	2014-11-11 02:32:49+07	2018-11-04 02:32:49+07	12604	CH047
100202	84784193445	Đinh Kim Hạnh	F	1980-01-04	CCCD	001180996679	2022-01-31	Cục Cảnh sát QLHC về TTXH	Số 48 ngõ 16 Tam Trinh	Phường Hoàng Liệt	Quận Hoàng Mai	Hà Nội	hanh.dinh398@icloud.com	prepaid	D15	suspended_2way	2015-04-27 09:47:57+07	2019-06-30 09:47:57+07	5079	CH046
100203	84908138222	Trần Hoàng Huy	M	1988-09-07	CCCD	040088487373	2018-02-05	Cục Cảnh sát QLHC về TTXH	Số 29 ngõ 173 Lê Lợi	Phường Lê Lợi	TP. Vinh	Nghệ An	huy.tran385@icloud.com	prepaid	MAX90	active	2019-07-13 11:07:04+07	2022-01-25 11:07:04+07	14314	CH035
100204	84770417008	Lê Thu Tâm	F	1975-08-01	CCCD	001175864464	2020-05-29	Cục Cảnh sát QLHC về TTXH	Số 22 ngõ 170 Cầu Giấy	Phường Quan Hoa	Quận Cầu Giấy	Hà Nội	\N	postpaid	PT199	active	2022-02-03 04:38:57+07	2024-05-28 10:14:03+07	19475	CH047
100205	84767794080	Nguyễn Minh Vy	F	2005-06-13	CCCD	092305092630	2023-01-05	Cục Cảnh sát QLHC về TTXH	Số 23 Mậu Thân	Phường Xuân Khánh	Quận Ninh Kiều	Cần Thơ	vynm@yahoo.com.vn	postpaid	PT199	active	2013-08-07 23:02:30+07	2018-06-05 23:02:30+07	23419	CH060
100206	84769779510	Đỗ Thanh Phúc	M	1993-08-25	CCCD	079093803394	2022-01-23	Cục Cảnh sát QLHC về TTXH	198/25 Võ Văn Ngân	Phường Hiệp Bình Chánh	TP. Thủ Đức	TP. Hồ Chí Minh	phucdo93@gmail.com	prepaid	C120	active	2016-02-02 20:46:04+07	2018-02-28 20:46:04+07	7175	CH068
100207	84762709299	Lý Đức Kiên	M	1980-10-26	CCCD	048080338318	2016-09-02	Cục Cảnh sát QLHC về TTXH	Số 78 Hùng Vương	Phường Hải Châu I	Quận Hải Châu	Đà Nẵng	kien.ly715@yahoo.com.vn	prepaid	D15	active	2013-07-21 07:42:55+07	2020-01-20 07:42:55+07	8715	CH079
100208	84895347578	Nguyễn Công Cường	M	1976-07-05	CMND	224029284	2006-03-06	CA Cần Thơ	Số 148 30 Tháng 4	Phường An Hòa	Quận Ninh Kiều	Cần Thơ	cuong.nguyen213@icloud.com	prepaid	C120	active	2020-04-04 21:47:28+07	2024-05-28 10:14:03+07	21956	CH042
100209	84895407836	Vũ Quốc Tuấn	M	1980-03-20	HO_CHIEU	B0274462	2016-04-25	Cục Quản lý XNC	Số 287 Kha Vạn Cân	Phường Thảo Điền	TP. Thủ Đức	TP. Hồ Chí Minh	tuan.vu119@icloud.com	postpaid	PT299	active	2022-10-31 00:20:46+07	2024-05-28 10:14:03+07	20072	CH005
100210	84766835547	Nguyễn Thu Vy	F	1991-12-26	CMND	012488230	2009-06-19	CA Hải Phòng	Số 40 ngõ 83 Trần Nguyên Hãn	Phường Dư Hàng	Quận Lê Chân	Hải Phòng	vy.nguyen49@yahoo.com.vn	postpaid	PT299	active	2015-08-04 11:56:59+07	2017-09-26 11:56:59+07	10187	CH019
100211	84906248507	Trần Thanh Anh	F	1980-05-31	CCCD	092180166809	2017-05-22	Cục Cảnh sát QLHC về TTXH	Số 43 ngõ 200 30 Tháng 4	Phường Xuân Khánh	Quận Ninh Kiều	Cần Thơ	\N	postpaid	PT199	active	2023-09-29 09:54:24+07	2024-05-28 10:14:03+07	3764	CH065
100212	84893993428	Nguyễn Phương Hương	F	1972-02-12	CCCD	031172600467	2022-10-17	Cục Cảnh sát QLHC về TTXH	Số 255 Trần Nguyên Hãn	Phường Dư Hàng	Quận Lê Chân	Hải Phòng	huongnguyen72@outlook.com	prepaid	D15	active	2016-11-23 03:12:01+07	2018-11-22 03:12:01+07	13087	CH001
100213	84765971683	Dương Hải Hương	F	1995-05-13	CCCD	031195412983	2019-12-28	Cục Cảnh sát QLHC về TTXH	Số 55 ngõ 48 Tô Hiệu	Phường Dư Hàng	Quận Lê Chân	Hải Phòng	\N	prepaid	SV50	active	2016-09-09 01:36:27+07	2020-01-07 01:36:27+07	24690	CH097
100214	84934986151	Dương Hải Anh	F	1984-04-29	CCCD	031184480874	2019-01-13	Cục Cảnh sát QLHC về TTXH	Số 9 ngõ 21 Trần Nguyên Hãn	Phường An Biên	Quận Lê Chân	Hải Phòng	duonghaianh1984@gmail.com	prepaid	TK135	suspended_1way	2021-08-25 17:42:45+07	2024-05-28 10:14:03+07	1767	CH024
100215	84897469649	Dương Thị Trang	F	1984-06-08	CCCD	001184993943	2016-11-27	Cục Cảnh sát QLHC về TTXH	Số 109 Giải Phóng	Phường Định Công	Quận Hoàng Mai	Hà Nội	trangdt@gmail.com	prepaid	D15	active	2021-04-24 03:35:50+07	2022-08-23 03:35:50+07	11000	CH043
100216	84768922378	Trần Tuấn Nam	M	1984-09-20	CCCD	040084513326	2019-07-19	Cục Cảnh sát QLHC về TTXH	Số 15 Nguyễn Du	Phường Hưng Bình	TP. Vinh	Nghệ An	namtran84@gmail.com	prepaid	TK135	active	2022-03-14 19:15:59+07	2024-05-28 10:14:03+07	24161	CH045
100217	84761436058	Trần Tuấn Thắng	M	2002-07-08	CCCD	040202162196	2016-01-09	Cục Cảnh sát QLHC về TTXH	144/4 Nguyễn Du	Phường Lê Lợi	TP. Vinh	Nghệ An	thangtran02@yahoo.com.vn	prepaid	MAX90	active	2017-03-30 18:38:03+07	2021-07-24 18:38:03+07	18598	CH016
100218	84799104348	Trần Thị Lan	F	2003-09-12	CMND	329258808	2011-09-17	CA Đà Nẵng	Số 160 Ngô Quyền	Phường Phước Mỹ	Quận Sơn Trà	Đà Nẵng	\N	postpaid	BIZ499	active	2016-12-25 22:47:42+07	2021-11-08 22:47:42+07	12747	CH077
100219	84781096033	Nguyễn Ngọc Lan	F	2004-06-11	CCCD	092304854854	2016-11-26	Cục Cảnh sát QLHC về TTXH	18/15 30 Tháng 4	Phường Xuân Khánh	Quận Ninh Kiều	Cần Thơ	\N	prepaid	SV50	active	2021-09-02 16:44:08+07	2022-04-14 16:44:08+07	6255	CH054
100220	84897755498	Huỳnh Minh Thắng	M	1951-02-25	CCCD	001051282415	2022-12-16	Cục Cảnh sát QLHC về TTXH	Số 10 ngõ 88 Phố Huế	Phường Bạch Mai	Quận Hai Bà Trưng	Hà Nội	\N	prepaid	C120	active	2020-07-11 06:56:04+07	2023-07-02 06:56:04+07	1098	CH010
100221	84703000075	Trần Kim Giang	F	1967-03-04	CCCD	048167829427	2018-03-26	Cục Cảnh sát QLHC về TTXH	Số 84 Võ Nguyên Giáp	Phường An Hải Bắc	Quận Sơn Trà	Đà Nẵng	\N	prepaid	C120	active	2020-10-29 22:05:47+07	\N	1343	CH074
100222	84890541279	Lê Thị Nhung	F	1993-04-13	CCCD	031193731807	2017-01-24	Cục Cảnh sát QLHC về TTXH	Số 112 Trần Nguyên Hãn	Phường Dư Hàng	Quận Lê Chân	Hải Phòng	nhunglt@outlook.com	prepaid	D15	active	2013-03-28 04:21:29+07	2020-09-24 04:21:29+07	8815	CH089
100223	84892114965	Nguyễn Đức Hùng	M	1969-06-20	CCCD	048069430360	2023-04-11	Cục Cảnh sát QLHC về TTXH	232/29 Võ Nguyên Giáp	Phường An Hải Bắc	Quận Sơn Trà	Đà Nẵng	\N	postpaid	BIZ499	active	2015-06-01 18:16:07+07	2017-03-19 18:16:07+07	13755	CH079
100224	84760170502	Nguyễn Xuân An	M	1960-10-15	CCCD	001060746070	2023-09-04	Cục Cảnh sát QLHC về TTXH	10/38 Tam Trinh	Phường Hoàng Liệt	Quận Hoàng Mai	Hà Nội	an.nguyen788@gmail.com	prepaid	C120	active	2019-04-17 03:35:12+07	\N	4694	CH017
100225	84764746366	Lê Quốc Nam	M	1966-06-03	CCCD	048066743501	2017-08-11	Cục Cảnh sát QLHC về TTXH	Số 46 ngõ 20 Võ Nguyên Giáp	Phường An Hải Bắc	Quận Sơn Trà	Đà Nẵng	namle66@gmail.com	prepaid	C120	active	2022-01-28 20:44:05+07	2024-05-28 10:14:03+07	6545	CH092
100226	84901862758	Trần Gia Hiếu	M	1963-06-30	CCCD	079063807357	2022-12-31	Cục Cảnh sát QLHC về TTXH	Số 34 Kha Vạn Cân	Phường Hiệp Bình Chánh	TP. Thủ Đức	TP. Hồ Chí Minh	\N	prepaid	D15	active	2019-11-27 04:18:12+07	\N	13399	CH078
100227	84783181179	Nguyễn Hoàng Nam	M	1971-02-14	CCCD	048071355501	2023-11-11	Cục Cảnh sát QLHC về TTXH	Số 35 Võ Nguyên Giáp	Phường An Hải Bắc	Quận Sơn Trà	Đà Nẵng	\N	postpaid	PT299	active	2021-05-04 08:46:15+07	2023-03-27 08:46:15+07	13948	CH048
100228	84704512749	Nguyễn Thị Hạnh	F	1966-08-02	CCCD	092166878057	2023-12-19	Cục Cảnh sát QLHC về TTXH	Số 233 Nguyễn Văn Cừ	Phường Xuân Khánh	Quận Ninh Kiều	Cần Thơ	\N	prepaid	MAX90	active	2017-02-16 00:49:48+07	2023-04-22 00:49:48+07	7829	CH075
100229	84897956434	Nguyễn Ngọc Giang	F	1995-05-24	CCCD	031195354752	2022-10-11	Cục Cảnh sát QLHC về TTXH	Số 27 Trần Nguyên Hãn	Phường Dư Hàng	Quận Lê Chân	Hải Phòng	\N	prepaid	SV50	active	2021-07-18 15:51:31+07	2024-05-28 10:14:03+07	3674	CH074
100230	84895458630	Đinh Bảo Tâm	F	1992-08-10	CCCD	001192705542	2017-04-27	Cục Cảnh sát QLHC về TTXH	Số 7 ngõ 17 Nguyễn Khánh Toàn	Phường Dịch Vọng	Quận Cầu Giấy	Hà Nội	tamdb@gmail.com	prepaid	D15	active	2020-04-11 00:13:01+07	\N	6952	CH023
100231	84789759826	Phạm Bảo Hương	F	1998-10-05	HO_CHIEU	B8758520	2019-01-03	Cục Quản lý XNC	Số 264 Lê Duẩn	Phường Thạch Thang	Quận Hải Châu	Đà Nẵng	\N	prepaid	D15	active	2017-05-23 21:36:21+07	2018-05-22 21:36:21+07	17909	CH087
100232	84700783125	Lý Công Trung	M	1955-01-03	CCCD	048055708597	2021-04-19	Cục Cảnh sát QLHC về TTXH	Số 169 Trần Phú	Phường Hải Châu I	Quận Hải Châu	Đà Nẵng	\N	prepaid	D15	active	2013-01-24 19:16:30+07	\N	10017	CH085
100233	84939658895	Trần Hải Phương	F	2003-05-08	HO_CHIEU	B6395728	2018-03-02	Cục Quản lý XNC	Số 17 Tô Hiệu	Phường Dư Hàng	Quận Lê Chân	Hải Phòng	\N	prepaid	MAX90	terminated	2016-10-26 01:43:52+07	2017-08-01 01:43:52+07	15191	CH098
100234	84799364301	Vũ Tuấn An	M	1967-03-24	CCCD	031067421534	2016-02-10	Cục Cảnh sát QLHC về TTXH	Số 31 ngõ 197 Trần Nguyên Hãn	Phường An Biên	Quận Lê Chân	Hải Phòng	anvu67@gmail.com	postpaid	PT299	active	2015-10-10 08:06:04+07	2021-04-06 08:06:04+07	18712	CH005
100235	84783918451	Nguyễn Thanh Uyên	F	1957-05-30	CCCD	001157964183	2018-04-30	Cục Cảnh sát QLHC về TTXH	24/11 Lò Đúc	Phường Bạch Mai	Quận Hai Bà Trưng	Hà Nội	\N	postpaid	PT299	suspended_1way	2021-12-14 04:29:43+07	2024-05-28 10:14:03+07	3917	CH045
100236	84901240289	Huỳnh Kim Mai	F	1970-08-21	CCCD	048170002105	2019-09-01	Cục Cảnh sát QLHC về TTXH	Số 23 ngõ 103 Ngô Quyền	Phường Phước Mỹ	Quận Sơn Trà	Đà Nẵng	maihuynh70@gmail.com	prepaid	MAX90	suspended_1way	2021-03-21 08:15:09+07	2021-08-14 08:15:09+07	7691	CH001
100237	84796229810	Trần Ngọc Lan	F	1956-10-24	CCCD	040156840150	2021-10-16	Cục Cảnh sát QLHC về TTXH	Số 15 ngõ 185 Lê Lợi	Phường Hưng Bình	TP. Vinh	Nghệ An	lantn@gmail.com	postpaid	BIZ499	active	2023-08-16 15:09:45+07	2023-08-17 15:09:45+07	18170	CH016
100238	84706792289	Phạm Kim Anh	F	2004-08-30	CCCD	079304750849	2022-11-17	Cục Cảnh sát QLHC về TTXH	Số 4 ngõ 160 Quang Trung	Phường 5	Quận Gò Vấp	TP. Hồ Chí Minh	anh.pham166@gmail.com	prepaid	MAX90	active	2019-09-06 09:17:14+07	2024-05-28 10:14:03+07	808	CH025
100239	84702641196	Nguyễn Minh Nam	M	1957-07-13	CCCD	092057938607	2017-11-17	Cục Cảnh sát QLHC về TTXH	Số 58 ngõ 76 Mậu Thân	Phường Xuân Khánh	Quận Ninh Kiều	Cần Thơ	namnm@outlook.com	prepaid	MAX90	active	2019-09-16 22:37:28+07	2020-05-25 22:37:28+07	12042	CH050
100240	84933274110	Phạm Phương Giang	F	1999-06-22	CCCD	040199224170	2020-02-08	Cục Cảnh sát QLHC về TTXH	223/2 Nguyễn Du	Phường Lê Lợi	TP. Vinh	Nghệ An	\N	prepaid	TK135	active	2016-01-02 08:04:26+07	2023-08-22 08:04:26+07	24759	CH098
100241	84939758007	Võ Thu Thảo	F	1982-05-07	CCCD	079182091219	2022-05-30	Cục Cảnh sát QLHC về TTXH	113/31 Xô Viết Nghệ Tĩnh	Phường 25	Quận Bình Thạnh	TP. Hồ Chí Minh	\N	prepaid	C120	active	2021-08-14 22:02:58+07	2022-04-12 22:02:58+07	7721	CH076
100242	84901583804	Nguyễn Minh Hà	F	2002-12-18	CCCD	031302704751	2021-05-07	Cục Cảnh sát QLHC về TTXH	Số 14 ngõ 21 Trần Nguyên Hãn	Phường Dư Hàng	Quận Lê Chân	Hải Phòng	ha.nguyen145@gmail.com	prepaid	MAX90	active	2023-02-01 11:35:21+07	2024-05-28 10:14:03+07	20640	CH072
100243	84890650321	Trần Thu Tâm	F	1977-10-07	CCCD	001177318544	2022-09-20	Cục Cảnh sát QLHC về TTXH	Số 40 ngõ 89 Bạch Mai	Phường Phạm Đình Hổ	Quận Hai Bà Trưng	Hà Nội	tam.tran704@gmail.com	prepaid	SV50	active	2022-04-15 02:28:54+07	2024-05-28 10:14:03+07	15643	CH086
100244	84709338485	Đặng Hữu Nam	M	1950-06-28	CCCD	079050332812	2019-11-30	Cục Cảnh sát QLHC về TTXH	Số 148 Trần Quốc Thảo	Phường 14	Quận 3	TP. Hồ Chí Minh	\N	prepaid	TK135	active	2015-10-13 15:48:18+07	2016-01-06 15:48:18+07	4315	CH047
100245	84787339852	Phạm Hữu Kiên	M	1966-10-03	CMND	174395941	2008-06-27	CA Đà Nẵng	Số 268 Ngô Quyền	Phường Phước Mỹ	Quận Sơn Trà	Đà Nẵng	kien.pham885@gmail.com	prepaid	SV50	active	2020-04-11 11:20:38+07	2024-05-28 10:14:03+07	23234	CH023
100246	84890202541	Lê Xuân Tài	M	1960-01-25	CMND	315736524	2019-02-24	CA TP. Hồ Chí Minh	69/40 Xô Viết Nghệ Tĩnh	Phường 22	Quận Bình Thạnh	TP. Hồ Chí Minh	\N	prepaid	TK135	active	2023-09-16 15:46:58+07	2024-05-28 10:14:03+07	11274	CH083
100247	84896438184	Lê Hoàng Tuấn	M	1981-07-19	CCCD	040081101366	2016-01-19	Cục Cảnh sát QLHC về TTXH	Số 32 ngõ 119 Quang Trung	Phường Lê Lợi	TP. Vinh	Nghệ An	\N	prepaid	C120	active	2018-01-14 19:18:16+07	2020-10-03 19:18:16+07	2652	CH011
100248	84781303315	Lương Bảo Ngọc	F	1959-01-02	CCCD	048159389612	2021-12-31	Cục Cảnh sát QLHC về TTXH	Số 113 Ngô Quyền	Phường Phước Mỹ	Quận Sơn Trà	Đà Nẵng	\N	postpaid	BIZ499	active	2014-07-04 12:59:48+07	2014-07-17 12:59:48+07	7158	CH046
100249	84774638750	Trần Văn Long	M	1956-05-10	CCCD	079056356790	2017-08-02	Cục Cảnh sát QLHC về TTXH	185/30 Nguyễn Thị Minh Khai	Phường Võ Thị Sáu	Quận 3	TP. Hồ Chí Minh	\N	prepaid	C120	active	2019-09-19 03:32:41+07	2024-05-28 10:14:03+07	23998	CH010
100250	84760610915	Nguyễn Thị Quỳnh	F	1968-10-08	CCCD	031168945087	2020-02-16	Cục Cảnh sát QLHC về TTXH	Số 256 Trần Nguyên Hãn	Phường An Biên	Quận Lê Chân	Hải Phòng	quynh.nguyen862@gmail.com	prepaid	TK135	terminated	2019-04-27 21:25:33+07	2019-10-19 21:25:33+07	18743	CH030
100251	84893244003	Nguyễn Xuân Bình	M	1958-04-16	CMND	257048308	2005-06-19	CA TP. Hồ Chí Minh	Số 117 Nơ Trang Long	Phường 22	Quận Bình Thạnh	TP. Hồ Chí Minh	\N	prepaid	MAX90	active	2020-09-13 03:26:43+07	2024-05-28 10:14:03+07	2573	CH020
100252	84904129846	Đỗ Thị Anh	F	1970-09-19	CMND	214741336	2005-01-02	CA Đà Nẵng	Số 106 Lê Duẩn	Phường Thạch Thang	Quận Hải Châu	Đà Nẵng	anh.do353@outlook.com	postpaid	PT299	active	2016-01-24 01:25:35+07	2016-05-01 01:25:35+07	12575	CH036
100253	84763806188	Trần Thị Hằng	F	1962-09-08	HO_CHIEU	N2319710	2018-04-16	Cục Quản lý XNC	Số 42 ngõ 163 30 Tháng 4	Phường Xuân Khánh	Quận Ninh Kiều	Cần Thơ	\N	prepaid	C120	active	2020-03-05 23:57:50+07	2023-10-15 23:57:50+07	7250	CH083
100254	84770914680	Lê Thu Uyên	F	1999-07-06	CMND	061559416	2014-12-10	CA Hà Nội	Số 60 ngõ 49 Trần Thái Tông	Phường Dịch Vọng	Quận Cầu Giấy	Hà Nội	uyenlt@gmail.com	postpaid	PT199	active	2016-11-03 04:54:30+07	2018-05-21 04:54:30+07	2089	CH094
100255	84707125130	Lê Gia Đạt	M	1995-07-20	CCCD	031095208982	2016-08-12	Cục Cảnh sát QLHC về TTXH	Số 5 ngõ 9 Tô Hiệu	Phường Dư Hàng	Quận Lê Chân	Hải Phòng	\N	prepaid	D15	active	2017-12-18 15:23:11+07	2024-05-28 10:14:03+07	24889	CH079
100256	84795225371	Hồ Thanh An	M	1959-06-15	CCCD	040059468179	2023-07-15	Cục Cảnh sát QLHC về TTXH	196/11 Quang Trung	Phường Lê Lợi	TP. Vinh	Nghệ An	\N	prepaid	SV50	active	2015-07-25 14:58:29+07	2021-08-31 14:58:29+07	16397	CH053
100257	84799387466	Trần Hoàng Tuấn	M	2005-01-26	CCCD	048205821119	2023-06-27	Cục Cảnh sát QLHC về TTXH	Số 106 Ngô Quyền	Phường Phước Mỹ	Quận Sơn Trà	Đà Nẵng	\N	prepaid	D15	active	2024-03-16 09:03:57+07	2024-05-28 10:14:03+07	12899	CH064
100258	84781773583	Phạm Đức Tuấn	M	1966-01-26	CCCD	079066847389	2023-12-31	Cục Cảnh sát QLHC về TTXH	Số 31 ngõ 164 Nơ Trang Long	Phường 25	Quận Bình Thạnh	TP. Hồ Chí Minh	\N	prepaid	SV50	active	2020-11-07 21:31:27+07	2023-03-26 21:31:27+07	17781	CH002
100259	84769342046	Lê Thanh Hương	F	1992-12-19	CCCD	031192781423	2018-12-23	Cục Cảnh sát QLHC về TTXH	Số 35 Tô Hiệu	Phường Dư Hàng	Quận Lê Chân	Hải Phòng	\N	prepaid	C120	active	2019-04-24 05:40:03+07	\N	18586	CH005
100260	84786969032	Nguyễn Phương Tâm	F	1969-07-07	CCCD	048169687080	2023-02-18	Cục Cảnh sát QLHC về TTXH	224/39 Hùng Vương	Phường Hải Châu I	Quận Hải Châu	Đà Nẵng	tamnp@yahoo.com.vn	postpaid	PT299	active	2022-02-10 11:37:22+07	2024-05-28 10:14:03+07	21624	CH081
100261	84770997467	Vũ Minh Lộc	M	1969-08-13	CCCD	092069016702	2023-12-28	Cục Cảnh sát QLHC về TTXH	Số 27 ngõ 156 Nguyễn Văn Cừ	Phường An Hòa	Quận Ninh Kiều	Cần Thơ	loc.vu91@gmail.com	prepaid	TK135	active	2023-12-09 07:26:41+07	2024-05-28 10:14:03+07	984	CH040
100262	84704099460	Nguyễn Thanh Kiên	M	1993-05-09	CCCD	092093858798	2022-03-02	Cục Cảnh sát QLHC về TTXH	149/18 30 Tháng 4	Phường An Hòa	Quận Ninh Kiều	Cần Thơ	kien.nguyen685@icloud.com	postpaid	BIZ499	active	2023-07-05 00:56:25+07	2024-05-28 10:14:03+07	15668	CH047
100263	84794675489	Lương Thị Linh	F	1987-12-23	CCCD	048187094030	2021-04-08	Cục Cảnh sát QLHC về TTXH	47/35 Trần Phú	Phường Thạch Thang	Quận Hải Châu	Đà Nẵng	luongthilinh1987@icloud.com	prepaid	SV50	active	2012-06-16 16:55:05+07	2012-07-09 16:55:05+07	21825	CH075
100264	84893039705	Đỗ Gia Thắng	M	1985-10-22	CCCD	040085754510	2021-01-15	Cục Cảnh sát QLHC về TTXH	Số 271 Lê Lợi	Phường Lê Lợi	TP. Vinh	Nghệ An	dogiathang1985@outlook.com	prepaid	C120	terminated	2012-09-17 02:07:01+07	2015-10-23 02:07:01+07	19183	CH035
100265	84700330333	Nguyễn Thị Mai	F	2003-09-07	CCCD	048303360995	2022-05-01	Cục Cảnh sát QLHC về TTXH	Số 28 ngõ 163 Ngô Quyền	Phường Phước Mỹ	Quận Sơn Trà	Đà Nẵng	\N	postpaid	BIZ499	active	2016-04-15 23:35:24+07	2022-05-29 23:35:24+07	23869	CH064
100266	84708864400	Nguyễn Thanh Phúc	M	1980-05-10	CMND	208204228	2015-06-29	CA Cần Thơ	Số 9 ngõ 127 30 Tháng 4	Phường Xuân Khánh	Quận Ninh Kiều	Cần Thơ	\N	prepaid	SV50	active	2022-02-06 15:16:57+07	2024-05-28 10:14:03+07	16529	CH046
100267	84704726626	Lê Thu Phương	F	1962-03-31	CCCD	040162391686	2021-09-16	Cục Cảnh sát QLHC về TTXH	Số 296 Quang Trung	Phường Lê Lợi	TP. Vinh	Nghệ An	phuongle62@gmail.com	prepaid	TK135	active	2012-01-24 22:13:20+07	2012-06-18 22:13:20+07	7650	CH088
100268	84704425474	Bùi Hữu Bình	M	2001-11-12	CCCD	001201066639	2016-12-25	Cục Cảnh sát QLHC về TTXH	140/9 Tam Trinh	Phường Định Công	Quận Hoàng Mai	Hà Nội	\N	prepaid	MAX90	active	2015-10-21 14:07:30+07	2021-02-07 14:07:30+07	2100	CH083
100269	84760260834	Huỳnh Đức Thắng	M	1950-10-15	CCCD	001050995167	2021-10-09	Cục Cảnh sát QLHC về TTXH	71/15 Cầu Giấy	Phường Dịch Vọng	Quận Cầu Giấy	Hà Nội	\N	prepaid	TK135	suspended_1way	2023-10-03 10:32:58+07	2024-05-28 10:14:03+07	9703	CH083
100270	84794016257	Lê Phương Hương	F	1994-10-03	CCCD	031194875846	2016-08-29	Cục Cảnh sát QLHC về TTXH	29/37 Tô Hiệu	Phường An Biên	Quận Lê Chân	Hải Phòng	\N	prepaid	MAX90	active	2013-10-04 13:54:16+07	2020-01-09 13:54:16+07	22658	CH013
100271	84703088651	Ngô Thu Vy	F	2001-02-22	HO_CHIEU	C0327646	2007-12-11	Cục Quản lý XNC	Số 36 ngõ 65 Giải Phóng	Phường Định Công	Quận Hoàng Mai	Hà Nội	vynt@gmail.com	prepaid	C120	active	2012-11-09 20:55:47+07	2016-02-27 20:55:47+07	7500	CH086
100272	84897917839	Hồ Phương Mai	F	1992-08-04	CCCD	079192633009	2022-07-05	Cục Cảnh sát QLHC về TTXH	Số 298 Quang Trung	Phường 10	Quận Gò Vấp	TP. Hồ Chí Minh	maihp@outlook.com	prepaid	D15	active	2022-09-10 06:24:56+07	2024-05-28 10:14:03+07	2822	CH090
100273	84789551917	Nguyễn Minh Quang	M	1984-09-21	CCCD	092084991721	2022-10-30	Cục Cảnh sát QLHC về TTXH	221/19 Nguyễn Văn Cừ	Phường Xuân Khánh	Quận Ninh Kiều	Cần Thơ	\N	postpaid	BIZ499	suspended_1way	2021-03-18 14:05:11+07	2024-05-28 10:14:03+07	16555	CH064
100274	84785386900	Đặng Đức Tài	M	1950-05-06	CCCD	040050216050	2017-06-01	Cục Cảnh sát QLHC về TTXH	Số 10 ngõ 67 Lê Lợi	Phường Lê Lợi	TP. Vinh	Nghệ An	\N	postpaid	BIZ499	suspended_2way	2024-04-14 13:13:03+07	2024-05-28 10:14:03+07	10784	CH059
100275	84897931836	Trần Phương Vy	F	1962-10-20	CCCD	001162270615	2021-01-30	Cục Cảnh sát QLHC về TTXH	Số 206 Tam Trinh	Phường Định Công	Quận Hoàng Mai	Hà Nội	\N	prepaid	MAX90	suspended_1way	2018-11-20 17:37:23+07	2020-11-23 17:37:23+07	20543	CH081
100276	84783371564	Hoàng Đức Tuấn	M	1990-10-26	CCCD	079090692925	2022-04-28	Cục Cảnh sát QLHC về TTXH	63/17 Võ Văn Ngân	Phường Thảo Điền	TP. Thủ Đức	TP. Hồ Chí Minh	tuan.hoang957@gmail.com	postpaid	PT199	active	2020-12-26 16:39:40+07	2024-05-28 10:14:03+07	7037	CH093
100277	84933826561	Trần Minh Giang	F	1993-04-09	CCCD	079193976782	2019-04-02	Cục Cảnh sát QLHC về TTXH	22/9 Nơ Trang Long	Phường 25	Quận Bình Thạnh	TP. Hồ Chí Minh	giang.tran485@icloud.com	prepaid	MAX90	active	2018-08-16 17:18:09+07	2019-08-28 17:18:09+07	17704	CH019
100278	84798345783	Trần Minh Việt	M	1977-11-11	CMND	163564948	2006-08-31	CA Cần Thơ	Số 36 ngõ 167 Mậu Thân	Phường Xuân Khánh	Quận Ninh Kiều	Cần Thơ	viettm@gmail.com	prepaid	C120	active	2023-04-04 09:19:28+07	2024-05-28 10:14:03+07	10546	CH078
100279	84772720568	Nguyễn Quốc Việt	M	1998-12-21	CCCD	092098267107	2022-08-29	Cục Cảnh sát QLHC về TTXH	130/4 Nguyễn Văn Cừ	Phường Xuân Khánh	Quận Ninh Kiều	Cần Thơ	vietnq@gmail.com	postpaid	PT299	active	2021-12-22 15:53:56+07	2023-08-25 15:53:56+07	15824	CH017
100280	84762595840	Nguyễn Thu Anh	F	1966-06-26	CCCD	079166230569	2022-12-17	Cục Cảnh sát QLHC về TTXH	Số 3 ngõ 76 Nguyễn Oanh	Phường 5	Quận Gò Vấp	TP. Hồ Chí Minh	\N	prepaid	D15	suspended_1way	2023-03-01 20:00:06+07	2024-05-28 10:14:03+07	13176	CH018
100281	84784521103	Lý Minh Long	M	1987-07-19	CCCD	079087247433	2017-09-05	Cục Cảnh sát QLHC về TTXH	Số 44 ngõ 24 Cách Mạng Tháng 8	Phường Võ Thị Sáu	Quận 3	TP. Hồ Chí Minh	long.ly836@yahoo.com.vn	postpaid	BIZ499	active	2018-12-31 19:06:17+07	2020-09-01 19:06:17+07	11512	CH059
100282	84890633072	Nguyễn Hoàng Hiếu	M	1984-05-05	CCCD	040084342850	2016-10-21	Cục Cảnh sát QLHC về TTXH	Số 234 Lê Lợi	Phường Lê Lợi	TP. Vinh	Nghệ An	\N	prepaid	MAX90	active	2018-06-11 14:02:45+07	2023-05-26 14:02:45+07	17013	CH007
100283	84893410557	Nguyễn Đức Dũng	M	1989-08-12	CCCD	092089586628	2023-08-20	Cục Cảnh sát QLHC về TTXH	79/12 Nguyễn Văn Cừ	Phường An Hòa	Quận Ninh Kiều	Cần Thơ	dungnd@outlook.com	prepaid	D15	active	2020-10-21 05:27:46+07	2024-05-28 10:14:03+07	16083	CH038
100284	84792151851	Nguyễn Minh Tài	M	1987-03-02	CCCD	048087856113	2017-06-26	Cục Cảnh sát QLHC về TTXH	Số 164 Võ Nguyên Giáp	Phường Phước Mỹ	Quận Sơn Trà	Đà Nẵng	nguyenminhtai1987@yahoo.com.vn	prepaid	MAX90	active	2018-05-07 11:00:26+07	2022-03-19 11:00:26+07	23293	CH030
100285	84761959460	Phan Thu Hoa	F	1962-09-29	CMND	326213330	2012-06-26	CA Đà Nẵng	43/7 Lê Duẩn	Phường Hải Châu I	Quận Hải Châu	Đà Nẵng	hoaphan62@outlook.com	postpaid	BIZ499	active	2022-11-02 17:39:31+07	2024-05-28 10:14:03+07	22360	CH011
100286	84930886378	Ngô Văn Huy	M	1954-10-03	CCCD	092054237549	2017-09-28	Cục Cảnh sát QLHC về TTXH	236/23 Nguyễn Văn Cừ	Phường Xuân Khánh	Quận Ninh Kiều	Cần Thơ	huynv@icloud.com	prepaid	TK135	active	2017-11-26 23:22:55+07	2020-03-27 23:22:55+07	24928	CH029
100287	84766351391	Hoàng Gia Tài	M	1975-03-11	CCCD	040075697799	2016-12-20	Cục Cảnh sát QLHC về TTXH	Số 298 Quang Trung	Phường Lê Lợi	TP. Vinh	Nghệ An	taihoang75@icloud.com	postpaid	PT199	active	2014-03-07 18:23:08+07	2015-01-05 18:23:08+07	12980	CH096
100288	84784314244	Phạm Xuân Phong	M	2003-06-17	CCCD	048203538436	2018-04-09	Cục Cảnh sát QLHC về TTXH	Số 42 ngõ 118 Hùng Vương	Phường Hải Châu I	Quận Hải Châu	Đà Nẵng	phamxuanphong2003@gmail.com	prepaid	C120	active	2024-02-28 18:15:29+07	2024-05-28 10:14:03+07	891	CH059
100289	84899782018	Nguyễn Ngọc Tâm	F	1990-07-31	CCCD	001190526023	2019-05-09	Cục Cảnh sát QLHC về TTXH	Số 86 Kim Giang	Phường Hoàng Liệt	Quận Hoàng Mai	Hà Nội	tam.nguyen56@icloud.com	prepaid	SV50	active	2017-03-15 08:13:54+07	2019-01-05 08:13:54+07	21996	CH097
100290	84708232069	Phan Minh Đạt	M	1982-04-19	CCCD	040082037875	2023-08-31	Cục Cảnh sát QLHC về TTXH	Số 15 Quang Trung	Phường Hưng Bình	TP. Vinh	Nghệ An	\N	postpaid	BIZ499	active	2014-11-01 01:02:00+07	2016-09-11 01:02:00+07	503	CH013
100291	84798944043	Nguyễn Hải Tâm	F	1996-09-14	CMND	116791645	2007-03-08	CA Đà Nẵng	61/6 Võ Nguyên Giáp	Phường An Hải Bắc	Quận Sơn Trà	Đà Nẵng	\N	postpaid	PT299	active	2013-05-24 02:19:55+07	\N	22507	CH090
100292	84760407801	Trần Thị Yến	F	1979-12-04	CCCD	079179970903	2021-04-07	Cục Cảnh sát QLHC về TTXH	Số 103 Quang Trung	Phường 10	Quận Gò Vấp	TP. Hồ Chí Minh	\N	postpaid	PT299	active	2014-10-25 18:17:42+07	2020-12-12 18:17:42+07	21139	CH014
100293	84930659254	Đinh Tuấn Đạt	M	1955-10-09	CCCD	079055099318	2018-09-07	Cục Cảnh sát QLHC về TTXH	Số 29 ngõ 33 Điện Biên Phủ	Phường 13	Quận Bình Thạnh	TP. Hồ Chí Minh	\N	postpaid	PT299	active	2018-06-24 20:41:45+07	2024-05-28 10:14:03+07	4435	CH059
100294	84909118397	Trần Đức Lộc	M	1987-06-28	CCCD	031087867918	2021-07-02	Cục Cảnh sát QLHC về TTXH	Số 31 ngõ 30 Tô Hiệu	Phường Dư Hàng	Quận Lê Chân	Hải Phòng	\N	prepaid	C120	active	2014-09-06 11:11:30+07	2020-08-10 11:11:30+07	19171	CH021
100295	84701999409	Vũ Tuấn Sơn	M	1965-10-19	CCCD	048065098436	2023-06-27	Cục Cảnh sát QLHC về TTXH	225/13 Trần Phú	Phường Thạch Thang	Quận Hải Châu	Đà Nẵng	son.vu534@gmail.com	prepaid	TK135	active	2012-01-06 16:01:51+07	\N	22414	CH053
100296	84702038674	Trịnh Minh Kiên	M	1985-08-04	CMND	378763994	2018-10-23	CA Cần Thơ	Số 20 ngõ 48 Nguyễn Văn Cừ	Phường Xuân Khánh	Quận Ninh Kiều	Cần Thơ	\N	prepaid	SV50	active	2013-11-21 00:33:16+07	2020-07-24 00:33:16+07	13524	CH047
100297	84939077189	Nguyễn Xuân Tài	M	1999-04-28	CCCD	092099100339	2017-10-09	Cục Cảnh sát QLHC về TTXH	90/19 Mậu Thân	Phường An Hòa	Quận Ninh Kiều	Cần Thơ	\N	postpaid	PT199	active	2021-03-18 17:02:01+07	2024-05-28 10:14:03+07	23711	CH018
100298	84774313783	Phan Quốc Nam	M	2005-10-14	CCCD	079205659089	2019-05-31	Cục Cảnh sát QLHC về TTXH	Số 129 Quang Trung	Phường 10	Quận Gò Vấp	TP. Hồ Chí Minh	namphan05@icloud.com	prepaid	D15	active	2016-03-20 13:57:38+07	2021-10-04 13:57:38+07	16043	CH064
100299	84772711710	Nguyễn Ngọc Thảo	F	2006-04-14	CCCD	031306407815	2023-06-25	Cục Cảnh sát QLHC về TTXH	Số 67 Tô Hiệu	Phường Dư Hàng	Quận Lê Chân	Hải Phòng	\N	prepaid	C120	active	2015-11-14 07:25:43+07	2021-04-16 07:25:43+07	21991	CH035
100300	84790101540	Võ Công Long	M	2005-09-30	CCCD	048205587220	2019-12-10	Cục Cảnh sát QLHC về TTXH	Số 104 Ngô Quyền	Phường Phước Mỹ	Quận Sơn Trà	Đà Nẵng	long.vo302@gmail.com	prepaid	SV50	active	2018-03-27 18:56:01+07	2021-06-26 18:56:01+07	10858	CH079
100301	84902403430	Bùi Minh Quang	M	1965-02-21	CCCD	001065804720	2017-02-11	Cục Cảnh sát QLHC về TTXH	30/19 Phố Huế	Phường Phạm Đình Hổ	Quận Hai Bà Trưng	Hà Nội	quangbm@outlook.com	postpaid	PT299	active	2023-01-28 10:02:39+07	2024-05-28 10:14:03+07	13741	CH066
100302	84902147433	Phạm Ngọc Hà	F	1965-04-11	CCCD	040165569673	2017-08-02	Cục Cảnh sát QLHC về TTXH	Số 7 ngõ 51 Quang Trung	Phường Hưng Bình	TP. Vinh	Nghệ An	hapham65@icloud.com	prepaid	SV50	active	2018-09-02 02:06:31+07	2020-12-28 02:06:31+07	2280	CH087
100303	84789204768	Trần Hoàng Việt	M	1956-05-02	CCCD	040056051530	2016-02-10	Cục Cảnh sát QLHC về TTXH	19/14 Lê Lợi	Phường Lê Lợi	TP. Vinh	Nghệ An	\N	prepaid	D15	active	2021-10-11 16:01:16+07	2023-07-15 16:01:16+07	4090	CH086
100304	84780516668	Phạm Thanh Quang	M	2004-07-20	HO_CHIEU	N8507705	2012-02-09	Cục Quản lý XNC	Số 105 Xuân Thủy	Phường Yên Hòa	Quận Cầu Giấy	Hà Nội	quang.pham457@gmail.com	prepaid	C120	active	2014-11-26 18:11:51+07	2021-11-19 18:11:51+07	21010	CH092
100305	84932095079	Võ Thu Phương	F	1997-09-11	CCCD	001197907624	2017-06-15	Cục Cảnh sát QLHC về TTXH	145/26 Minh Khai	Phường Lê Đại Hành	Quận Hai Bà Trưng	Hà Nội	\N	prepaid	MAX90	active	2020-05-07 06:11:28+07	2020-08-14 06:11:28+07	16543	CH052
100306	84786436616	Võ Xuân Hiếu	M	1955-02-24	CCCD	048055048558	2021-11-06	Cục Cảnh sát QLHC về TTXH	Số 251 Trần Phú	Phường Thạch Thang	Quận Hải Châu	Đà Nẵng	\N	postpaid	PT299	active	2013-04-05 10:00:16+07	2014-11-29 10:00:16+07	5876	CH037
100307	84700327960	Nguyễn Quốc Long	M	1988-11-11	CCCD	079088569378	2023-11-29	Cục Cảnh sát QLHC về TTXH	Số 29 ngõ 75 Điện Biên Phủ	Phường 25	Quận Bình Thạnh	TP. Hồ Chí Minh	longnq@gmail.com	postpaid	BIZ499	active	2014-12-07 20:24:52+07	2022-11-14 20:24:52+07	17871	CH049
100308	84796055204	Bùi Phương Thảo	F	1962-12-23	CCCD	040162682361	2021-06-12	Cục Cảnh sát QLHC về TTXH	Số 60 ngõ 171 Nguyễn Du	Phường Lê Lợi	TP. Vinh	Nghệ An	buiphuongthao1962@yahoo.com.vn	prepaid	C120	active	2015-09-30 17:40:42+07	2023-10-27 17:40:42+07	2623	CH051
100309	84779531340	Phạm Minh Yến	F	1987-11-12	CCCD	079187985069	2017-10-01	Cục Cảnh sát QLHC về TTXH	Số 46 Điện Biên Phủ	Phường 13	Quận Bình Thạnh	TP. Hồ Chí Minh	yenpham87@gmail.com	prepaid	TK135	active	2022-01-26 03:12:47+07	2022-09-21 03:12:47+07	20779	CH068
100310	84790639591	Đinh Quốc An	M	1964-02-19	CCCD	092064397488	2019-02-09	Cục Cảnh sát QLHC về TTXH	Số 140 30 Tháng 4	Phường Xuân Khánh	Quận Ninh Kiều	Cần Thơ	andinh64@gmail.com	postpaid	PT299	terminated	2018-07-15 01:17:33+07	2024-05-28 10:14:03+07	11612	CH096
100311	84701246176	Ngô Văn Cường	M	1960-11-08	CCCD	092060286696	2021-12-31	Cục Cảnh sát QLHC về TTXH	146/37 30 Tháng 4	Phường An Hòa	Quận Ninh Kiều	Cần Thơ	cuongngo60@yahoo.com.vn	prepaid	TK135	active	2014-11-16 17:37:55+07	2021-10-15 17:37:55+07	15802	CH003
100312	84905682872	Phạm Thanh Quang	M	1993-04-12	CCCD	040093363899	2023-02-19	Cục Cảnh sát QLHC về TTXH	Số 30 ngõ 179 Lê Lợi	Phường Hưng Bình	TP. Vinh	Nghệ An	quangpt@gmail.com	prepaid	TK135	active	2023-05-03 21:41:37+07	2024-05-28 10:14:03+07	3119	CH035
100313	84700129742	Nguyễn Phương Hương	F	1997-01-09	CCCD	001197176467	2017-08-15	Cục Cảnh sát QLHC về TTXH	Số 123 Bạch Mai	Phường Bạch Mai	Quận Hai Bà Trưng	Hà Nội	\N	prepaid	C120	active	2023-09-12 01:30:18+07	2024-05-28 10:14:03+07	21029	CH007
100314	84768075574	Hoàng Hữu Quang	M	1978-11-28	CCCD	001078705792	2022-11-21	Cục Cảnh sát QLHC về TTXH	144/13 Kim Giang	Phường Hoàng Liệt	Quận Hoàng Mai	Hà Nội	\N	postpaid	PT299	active	2016-05-12 04:13:30+07	2023-12-10 04:13:30+07	2878	CH085
100315	84899833494	Phạm Gia Thắng	M	1997-08-13	CCCD	092097034900	2021-01-04	Cục Cảnh sát QLHC về TTXH	231/12 30 Tháng 4	Phường An Hòa	Quận Ninh Kiều	Cần Thơ	\N	prepaid	D15	suspended_1way	2014-03-21 13:34:53+07	2020-01-17 13:34:53+07	14313	CH057
100316	84894069297	Nguyễn Thị Ngọc	F	1982-08-15	CCCD	031182839957	2016-12-13	Cục Cảnh sát QLHC về TTXH	Số 39 Trần Nguyên Hãn	Phường An Biên	Quận Lê Chân	Hải Phòng	\N	postpaid	PT199	active	2020-07-07 21:18:21+07	2024-05-28 10:14:03+07	18473	CH001
100317	84939625501	Trần Bảo Linh	F	1955-02-21	CCCD	092155272783	2016-01-08	Cục Cảnh sát QLHC về TTXH	Số 44 ngõ 54 Mậu Thân	Phường Xuân Khánh	Quận Ninh Kiều	Cần Thơ	\N	postpaid	PT299	active	2023-03-11 12:55:59+07	2024-05-28 10:14:03+07	15521	CH087
100318	84705694926	Ngô Xuân Quang	M	1977-10-02	CCCD	079077944284	2023-10-27	Cục Cảnh sát QLHC về TTXH	188/32 Lê Văn Sỹ	Phường Võ Thị Sáu	Quận 3	TP. Hồ Chí Minh	quangnx@icloud.com	prepaid	MAX90	active	2023-08-30 07:25:22+07	2024-05-28 10:14:03+07	15067	CH051
100319	84773948116	Lê Minh Mai	F	2004-04-17	CCCD	031304280332	2022-07-23	Cục Cảnh sát QLHC về TTXH	86/9 Trần Nguyên Hãn	Phường An Biên	Quận Lê Chân	Hải Phòng	maile04@gmail.com	prepaid	TK135	active	2016-09-04 11:48:43+07	2020-02-06 11:48:43+07	139	CH009
100320	84909832025	Đặng Văn Bình	M	1979-12-08	CCCD	092079926442	2016-08-27	Cục Cảnh sát QLHC về TTXH	Số 64 Mậu Thân	Phường Xuân Khánh	Quận Ninh Kiều	Cần Thơ	binhdang79@gmail.com	prepaid	TK135	active	2013-11-21 11:49:24+07	2016-04-29 11:49:24+07	23015	CH060
100321	84894652224	Nguyễn Thu Mai	F	1973-07-01	CCCD	040173216538	2020-06-04	Cục Cảnh sát QLHC về TTXH	Số 132 Nguyễn Du	Phường Lê Lợi	TP. Vinh	Nghệ An	maint@gmail.com	prepaid	TK135	active	2016-01-08 16:01:40+07	2017-10-31 16:01:40+07	14401	CH082
100322	84765977673	Đỗ Minh Kiên	M	1996-02-09	CCCD	079096392653	2017-05-23	Cục Cảnh sát QLHC về TTXH	19/35 Cách Mạng Tháng 8	Phường 14	Quận 3	TP. Hồ Chí Minh	dominhkien1996@icloud.com	postpaid	PT299	active	2014-05-03 16:31:46+07	2020-04-04 16:31:46+07	20515	CH018
100323	84703588492	Trịnh Phương Chi	F	1985-12-08	HO_CHIEU	C3405733	2019-05-27	Cục Quản lý XNC	Số 184 Lê Lợi	Phường Lê Lợi	TP. Vinh	Nghệ An	\N	postpaid	PT299	suspended_1way	2020-12-05 22:05:28+07	2024-05-28 10:14:03+07	19781	CH013
100324	84906133902	Huỳnh Ngọc Trang	F	1982-04-09	CCCD	048182243031	2018-02-12	Cục Cảnh sát QLHC về TTXH	Số 75 Ngô Quyền	Phường An Hải Bắc	Quận Sơn Trà	Đà Nẵng	tranghuynh82@outlook.com	prepaid	SV50	suspended_1way	2013-02-17 13:51:50+07	2014-05-18 13:51:50+07	9071	CH005
100325	84792855019	Hồ Hoàng An	M	1985-01-18	CCCD	092085340263	2022-10-30	Cục Cảnh sát QLHC về TTXH	6/4 Nguyễn Văn Cừ	Phường Xuân Khánh	Quận Ninh Kiều	Cần Thơ	an.ho470@icloud.com	prepaid	TK135	suspended_2way	2016-04-05 05:50:45+07	2020-10-22 05:50:45+07	18754	CH063
100326	84902761096	Nguyễn Ngọc Giang	F	1972-12-30	CCCD	092172235876	2022-04-02	Cục Cảnh sát QLHC về TTXH	Số 35 Nguyễn Văn Cừ	Phường An Hòa	Quận Ninh Kiều	Cần Thơ	\N	postpaid	PT199	active	2018-04-18 09:50:06+07	\N	24553	CH037
100327	84765321774	Đinh Thanh Lan	F	1981-05-02	CCCD	092181407047	2016-05-23	Cục Cảnh sát QLHC về TTXH	Số 50 Nguyễn Văn Cừ	Phường An Hòa	Quận Ninh Kiều	Cần Thơ	\N	postpaid	BIZ499	active	2017-09-03 12:59:57+07	2020-05-19 12:59:57+07	23700	CH031
100328	84767520760	Trần Thị Hương	F	1958-01-24	CCCD	031158471545	2020-07-04	Cục Cảnh sát QLHC về TTXH	46/23 Tô Hiệu	Phường An Biên	Quận Lê Chân	Hải Phòng	huong.tran316@gmail.com	prepaid	TK135	active	2018-07-02 12:33:11+07	2019-11-03 12:33:11+07	10887	CH056
100329	84772764625	Trần Văn Kiên	M	1989-01-08	CCCD	001089342527	2022-01-14	Cục Cảnh sát QLHC về TTXH	Số 61 Xuân Thủy	Phường Quan Hoa	Quận Cầu Giấy	Hà Nội	\N	postpaid	PT299	active	2024-04-21 17:08:28+07	2024-05-28 10:14:03+07	8377	CH027
100330	84769573241	Huỳnh Minh Dũng	M	1954-04-05	CCCD	031054719109	2023-03-22	Cục Cảnh sát QLHC về TTXH	97/36 Trần Nguyên Hãn	Phường An Biên	Quận Lê Chân	Hải Phòng	dunghm@outlook.com	prepaid	D15	active	2022-06-09 06:41:32+07	2024-05-28 10:14:03+07	6794	CH065
100331	84766280918	Trịnh Thị Phương	F	1977-07-03	CMND	122847098	2013-09-15	CA Hải Phòng	Số 27 ngõ 108 Tô Hiệu	Phường Dư Hàng	Quận Lê Chân	Hải Phòng	phuongtt@gmail.com	postpaid	PT299	active	2015-06-04 14:43:57+07	2022-11-20 14:43:57+07	20005	CH034
100332	84937216892	Trần Quốc Phong	M	1986-05-29	CCCD	048086250424	2023-08-14	Cục Cảnh sát QLHC về TTXH	Số 9 ngõ 60 Hùng Vương	Phường Thạch Thang	Quận Hải Châu	Đà Nẵng	phongtran86@yahoo.com.vn	prepaid	TK135	active	2020-05-19 16:54:13+07	2022-12-29 16:54:13+07	24610	CH088
100333	84773454977	Đặng Công Khánh	M	1993-03-15	CCCD	040093043284	2022-04-22	Cục Cảnh sát QLHC về TTXH	Số 18 ngõ 102 Nguyễn Du	Phường Lê Lợi	TP. Vinh	Nghệ An	\N	prepaid	C120	active	2015-10-14 11:57:27+07	2017-04-18 11:57:27+07	13283	CH073
100334	84763968500	Trần Kim Nhung	F	1984-07-27	CCCD	048184442265	2017-12-30	Cục Cảnh sát QLHC về TTXH	Số 49 ngõ 31 Ngô Quyền	Phường Phước Mỹ	Quận Sơn Trà	Đà Nẵng	trankimnhung1984@outlook.com	postpaid	PT199	suspended_1way	2015-03-01 03:48:33+07	2015-05-01 03:48:33+07	19931	CH063
100335	84790084848	Trịnh Thị Dung	F	1993-07-10	CMND	009143340	2017-10-23	CA Đà Nẵng	Số 58 ngõ 155 Võ Nguyên Giáp	Phường Phước Mỹ	Quận Sơn Trà	Đà Nẵng	trinhthidung1993@gmail.com	postpaid	PT299	active	2017-11-28 09:43:08+07	2023-11-22 09:43:08+07	502	CH057
100336	84709337408	Trần Bảo Hà	F	1957-09-04	CCCD	040157006437	2018-06-24	Cục Cảnh sát QLHC về TTXH	25/24 Lê Lợi	Phường Hưng Bình	TP. Vinh	Nghệ An	tranbaoha1957@icloud.com	prepaid	D15	active	2020-05-05 16:58:49+07	2024-05-28 10:14:03+07	675	CH093
100337	84782663690	Bùi Gia Quang	M	1970-01-28	CCCD	040070730805	2024-01-02	Cục Cảnh sát QLHC về TTXH	Số 75 Quang Trung	Phường Lê Lợi	TP. Vinh	Nghệ An	\N	prepaid	D15	active	2021-08-27 15:33:06+07	2024-05-28 10:14:03+07	16614	CH087
100338	84908150484	Lê Thị Hằng	F	1953-02-02	CCCD	048153951546	2016-08-20	Cục Cảnh sát QLHC về TTXH	Số 25 Lê Duẩn	Phường Thạch Thang	Quận Hải Châu	Đà Nẵng	\N	postpaid	PT199	active	2015-01-07 14:37:45+07	2021-09-06 14:37:45+07	2906	CH004
100339	84772201534	Lương Bảo Vy	F	1974-11-06	CCCD	040174193892	2017-02-03	Cục Cảnh sát QLHC về TTXH	Số 278 Nguyễn Du	Phường Hưng Bình	TP. Vinh	Nghệ An	vyluong74@outlook.com	prepaid	C120	active	2022-01-05 11:29:21+07	2024-05-28 10:14:03+07	3721	CH042
100340	84786094934	Lê Đức Phong	M	1976-04-20	CCCD	092076184321	2021-02-09	Cục Cảnh sát QLHC về TTXH	Số 43 ngõ 24 Nguyễn Văn Cừ	Phường An Hòa	Quận Ninh Kiều	Cần Thơ	\N	prepaid	MAX90	active	2014-03-23 11:56:55+07	2020-01-20 11:56:55+07	21811	CH074
100341	84793468759	Vũ Quốc Khánh	M	1971-12-11	CCCD	092071064836	2016-09-29	Cục Cảnh sát QLHC về TTXH	Số 37 Mậu Thân	Phường Xuân Khánh	Quận Ninh Kiều	Cần Thơ	\N	prepaid	SV50	suspended_2way	2024-04-29 19:47:23+07	2024-05-28 10:14:03+07	16117	CH083
100342	84705401674	Hoàng Bảo Vy	F	2005-06-24	CCCD	001305359847	2021-06-01	Cục Cảnh sát QLHC về TTXH	50/18 Minh Khai	Phường Phạm Đình Hổ	Quận Hai Bà Trưng	Hà Nội	\N	prepaid	SV50	suspended_2way	2021-07-11 15:34:10+07	2024-02-23 15:34:10+07	21328	CH040
100343	84780821336	Lý Thanh Nam	M	1965-09-15	CCCD	092065483246	2020-08-15	Cục Cảnh sát QLHC về TTXH	Số 72 Mậu Thân	Phường An Hòa	Quận Ninh Kiều	Cần Thơ	\N	prepaid	TK135	active	2016-02-11 19:46:27+07	2023-06-22 19:46:27+07	22457	CH047
100344	84705672182	Phạm Hoàng Sơn	M	1971-07-22	CCCD	048071449473	2016-02-10	Cục Cảnh sát QLHC về TTXH	Số 36 Trần Phú	Phường Hải Châu I	Quận Hải Châu	Đà Nẵng	sonph@gmail.com	prepaid	C120	active	2022-09-15 14:49:36+07	2024-05-28 10:14:03+07	248	CH019
100345	84892128792	Nguyễn Công Trung	M	1956-05-21	CCCD	001056591470	2020-11-19	Cục Cảnh sát QLHC về TTXH	Số 110 Kim Giang	Phường Hoàng Liệt	Quận Hoàng Mai	Hà Nội	\N	postpaid	PT199	active	2013-02-27 04:29:40+07	2017-02-15 04:29:40+07	15753	CH045
100346	84776584354	Phan Kim Mai	F	1999-01-01	CCCD	001199636135	2023-11-12	Cục Cảnh sát QLHC về TTXH	Số 42 ngõ 56 Cầu Giấy	Phường Yên Hòa	Quận Cầu Giấy	Hà Nội	maiphan99@icloud.com	postpaid	PT299	active	2022-05-22 11:01:21+07	2023-01-17 11:01:21+07	8760	CH056
100347	84792880422	Trần Bảo Dung	F	1960-01-26	CCCD	048160774258	2019-08-12	Cục Cảnh sát QLHC về TTXH	141/25 Ngô Quyền	Phường An Hải Bắc	Quận Sơn Trà	Đà Nẵng	tranbaodung1960@gmail.com	prepaid	C120	suspended_1way	2019-04-21 03:27:52+07	2022-10-29 03:27:52+07	18811	CH039
100348	84894371369	Nguyễn Minh Yến	F	1978-01-15	CCCD	001178318586	2017-01-13	Cục Cảnh sát QLHC về TTXH	Số 16 ngõ 102 Trần Thái Tông	Phường Quan Hoa	Quận Cầu Giấy	Hà Nội	yennguyen78@gmail.com	prepaid	D15	suspended_1way	2022-02-20 17:12:01+07	2024-05-28 10:14:03+07	21574	CH081
100349	84799509171	Nguyễn Hải Giang	F	1958-06-02	CCCD	040158089041	2020-02-15	Cục Cảnh sát QLHC về TTXH	62/34 Quang Trung	Phường Lê Lợi	TP. Vinh	Nghệ An	\N	postpaid	BIZ499	active	2012-11-08 04:41:29+07	2017-10-31 04:41:29+07	7392	CH022
100350	84763023609	Nguyễn Tuấn Lộc	M	2002-06-11	CCCD	079202600596	2016-03-10	Cục Cảnh sát QLHC về TTXH	Số 2 ngõ 49 Nguyễn Oanh	Phường 5	Quận Gò Vấp	TP. Hồ Chí Minh	loc.nguyen254@outlook.com	prepaid	D15	suspended_1way	2016-11-10 03:49:01+07	2021-12-16 03:49:01+07	20314	CH068
100351	84931475593	Nguyễn Thanh Uyên	F	1995-04-23	CCCD	031195087971	2018-05-25	Cục Cảnh sát QLHC về TTXH	Số 50 Tô Hiệu	Phường An Biên	Quận Lê Chân	Hải Phòng	\N	postpaid	PT299	active	2013-07-16 19:03:52+07	2020-12-03 19:03:52+07	10812	CH077
100352	84908467777	Hoàng Quốc Huy	M	1963-02-08	CCCD	079063411038	2023-08-13	Cục Cảnh sát QLHC về TTXH	Số 194 Võ Văn Ngân	Phường Linh Trung	TP. Thủ Đức	TP. Hồ Chí Minh	hoangquochuy1963@icloud.com	postpaid	PT299	active	2022-07-23 05:04:04+07	2022-09-06 05:04:04+07	19026	CH093
100353	84900945699	Vũ Hoàng Lộc	M	2005-02-06	CCCD	048205626245	2020-04-25	Cục Cảnh sát QLHC về TTXH	Số 16 ngõ 45 Ngô Quyền	Phường An Hải Bắc	Quận Sơn Trà	Đà Nẵng	\N	prepaid	TK135	active	2014-11-15 16:44:23+07	2022-03-10 16:44:23+07	19571	CH014
100354	84902509694	Lý Hữu Tài	M	1971-05-18	CCCD	040071910325	2017-12-04	Cục Cảnh sát QLHC về TTXH	Số 35 ngõ 166 Nguyễn Du	Phường Hưng Bình	TP. Vinh	Nghệ An	\N	postpaid	BIZ499	active	2021-12-31 23:45:52+07	2023-09-15 23:45:52+07	7569	CH031
100355	84769140285	Nguyễn Hoàng An	M	1959-10-12	CCCD	048059380390	2016-05-12	Cục Cảnh sát QLHC về TTXH	Số 157 Trần Phú	Phường Hải Châu I	Quận Hải Châu	Đà Nẵng	\N	prepaid	D15	active	2014-03-27 18:21:29+07	2020-07-07 18:21:29+07	18706	CH044
100356	84789539508	Trần Hữu Lộc	M	1968-02-26	CCCD	031068536243	2022-05-14	Cục Cảnh sát QLHC về TTXH	Số 122 Tô Hiệu	Phường An Biên	Quận Lê Chân	Hải Phòng	\N	postpaid	PT299	active	2016-10-22 00:53:54+07	2017-01-07 00:53:54+07	11004	CH039
100357	84774045672	Trần Kim Uyên	F	1994-07-23	CCCD	031194738589	2019-11-26	Cục Cảnh sát QLHC về TTXH	Số 287 Tô Hiệu	Phường An Biên	Quận Lê Chân	Hải Phòng	\N	prepaid	C120	active	2020-09-09 00:00:20+07	2022-03-07 00:00:20+07	5775	CH017
100358	84934125399	Trần Thu Mai	F	1957-04-15	CCCD	092157073553	2016-01-12	Cục Cảnh sát QLHC về TTXH	161/36 Nguyễn Văn Cừ	Phường An Hòa	Quận Ninh Kiều	Cần Thơ	\N	postpaid	PT299	active	2022-12-20 02:28:55+07	2022-12-27 02:28:55+07	10217	CH052
100359	84776691734	Nguyễn Kim Hà	F	2002-04-10	CCCD	048302092315	2020-11-03	Cục Cảnh sát QLHC về TTXH	Số 284 Ngô Quyền	Phường An Hải Bắc	Quận Sơn Trà	Đà Nẵng	\N	postpaid	PT299	active	2012-01-10 21:04:45+07	2015-01-28 21:04:45+07	10534	CH015
100360	84704511931	Nguyễn Xuân Tuấn	M	1988-04-04	CCCD	092088777667	2022-11-14	Cục Cảnh sát QLHC về TTXH	242/12 Mậu Thân	Phường Xuân Khánh	Quận Ninh Kiều	Cần Thơ	\N	prepaid	TK135	active	2014-03-30 11:17:23+07	2020-10-07 11:17:23+07	10745	CH062
100361	84781181049	Lê Đức Sơn	M	1999-10-20	CCCD	040099447385	2023-07-18	Cục Cảnh sát QLHC về TTXH	Số 22 ngõ 71 Lê Lợi	Phường Hưng Bình	TP. Vinh	Nghệ An	\N	prepaid	D15	suspended_2way	2012-04-10 18:46:32+07	2018-07-01 18:46:32+07	6855	CH010
100362	84779839275	Bùi Phương Quỳnh	F	2003-04-12	CMND	117291078	2011-11-10	CA Đà Nẵng	Số 42 ngõ 97 Trần Phú	Phường Thạch Thang	Quận Hải Châu	Đà Nẵng	buiphuongquynh2003@yahoo.com.vn	postpaid	PT199	active	2022-09-17 22:32:19+07	\N	16548	CH018
100363	84908880828	Huỳnh Hải Trang	F	1977-08-08	CCCD	048177956814	2017-03-21	Cục Cảnh sát QLHC về TTXH	69/10 Hùng Vương	Phường Hải Châu I	Quận Hải Châu	Đà Nẵng	trang.huynh597@gmail.com	prepaid	C120	active	2023-07-22 12:31:40+07	2024-05-28 10:14:03+07	18917	CH061
100364	84907609903	Nguyễn Thị Tâm	F	1987-01-30	CMND	366590704	2010-11-10	CA Cần Thơ	173/28 Mậu Thân	Phường An Hòa	Quận Ninh Kiều	Cần Thơ	\N	postpaid	PT199	active	2019-07-07 01:04:26+07	2023-10-03 01:04:26+07	12549	CH006
100365	84769472097	Phạm Thanh Thắng	M	1999-06-26	CCCD	001099462143	2017-12-18	Cục Cảnh sát QLHC về TTXH	Số 19 ngõ 119 Tam Trinh	Phường Hoàng Liệt	Quận Hoàng Mai	Hà Nội	\N	prepaid	TK135	suspended_1way	2018-06-13 12:09:37+07	2022-03-19 12:09:37+07	7481	CH042
100366	84797586401	Đỗ Ngọc Lan	F	1981-06-08	CCCD	001181716524	2023-06-17	Cục Cảnh sát QLHC về TTXH	Số 29 ngõ 176 Giải Phóng	Phường Hoàng Liệt	Quận Hoàng Mai	Hà Nội	dongoclan1981@gmail.com	prepaid	TK135	active	2022-10-18 21:31:06+07	2024-05-28 10:14:03+07	15149	CH096
100367	84906754105	Đặng Minh Quỳnh	F	1987-03-17	CCCD	048187729733	2018-04-22	Cục Cảnh sát QLHC về TTXH	Số 223 Võ Nguyên Giáp	Phường An Hải Bắc	Quận Sơn Trà	Đà Nẵng	dangminhquynh1987@yahoo.com.vn	postpaid	BIZ499	active	2023-08-29 10:41:33+07	\N	8480	CH076
100368	84798237177	Hoàng Hoàng Đạt	M	1956-02-05	CMND	103756911	2018-12-19	CA Nghệ An	Số 298 Quang Trung	Phường Lê Lợi	TP. Vinh	Nghệ An	dathoang56@gmail.com	prepaid	TK135	active	2024-02-27 19:03:11+07	2024-05-28 10:14:03+07	3417	CH057
100369	84773927896	Nguyễn Gia Phúc	M	2000-11-08	CCCD	092200596388	2019-12-21	Cục Cảnh sát QLHC về TTXH	Số 32 Mậu Thân	Phường An Hòa	Quận Ninh Kiều	Cần Thơ	phucnguyen00@yahoo.com.vn	postpaid	PT199	active	2015-05-09 11:09:49+07	\N	20842	CH021
100370	84798272656	Phạm Xuân Tuấn	M	1995-07-16	CCCD	040095322072	2016-09-16	Cục Cảnh sát QLHC về TTXH	31/29 Lê Lợi	Phường Hưng Bình	TP. Vinh	Nghệ An	phamxuantuan1995@gmail.com	postpaid	BIZ499	suspended_1way	2014-09-28 17:01:50+07	2018-07-15 17:01:50+07	21921	CH031
100371	84707028670	Trần Minh Hà	F	1959-10-17	CCCD	079159597733	2017-03-20	Cục Cảnh sát QLHC về TTXH	Số 116 Quốc Hương	Phường Linh Trung	TP. Thủ Đức	TP. Hồ Chí Minh	\N	prepaid	MAX90	active	2016-11-29 08:39:27+07	2020-12-20 08:39:27+07	7413	CH035
100372	84705022635	Ngô Bảo Yến	F	1993-07-10	CCCD	031193535106	2018-01-04	Cục Cảnh sát QLHC về TTXH	Số 28 ngõ 118 Tô Hiệu	Phường Dư Hàng	Quận Lê Chân	Hải Phòng	ngobaoyen1993@gmail.com	postpaid	BIZ499	active	2019-05-11 21:21:40+07	2024-05-28 10:14:03+07	13305	CH087
100373	84774761478	Phan Thanh Tài	M	1973-10-19	CCCD	031073038667	2018-06-15	Cục Cảnh sát QLHC về TTXH	Số 261 Tô Hiệu	Phường Dư Hàng	Quận Lê Chân	Hải Phòng	taiphan73@outlook.com	prepaid	MAX90	suspended_1way	2020-08-27 17:28:39+07	2021-06-12 17:28:39+07	17464	CH006
100374	84775866240	Phạm Minh Trang	F	1984-01-30	CCCD	092184276103	2023-01-31	Cục Cảnh sát QLHC về TTXH	Số 17 ngõ 122 30 Tháng 4	Phường Xuân Khánh	Quận Ninh Kiều	Cần Thơ	trang.pham350@gmail.com	prepaid	D15	suspended_1way	2013-01-13 23:33:26+07	2016-07-25 23:33:26+07	23943	CH065
100375	84934266868	Lê Xuân Bình	M	1981-04-09	CCCD	079081195047	2018-07-16	Cục Cảnh sát QLHC về TTXH	Số 16 ngõ 8 Nơ Trang Long	Phường 13	Quận Bình Thạnh	TP. Hồ Chí Minh	\N	postpaid	PT199	active	2017-02-27 18:59:40+07	2024-05-28 10:14:03+07	17451	CH082
100376	84939671530	Hồ Đức Khánh	M	1984-05-13	CCCD	048084565711	2022-06-01	Cục Cảnh sát QLHC về TTXH	Số 123 Võ Nguyên Giáp	Phường An Hải Bắc	Quận Sơn Trà	Đà Nẵng	\N	prepaid	TK135	active	2013-12-23 20:46:38+07	2020-09-12 20:46:38+07	2675	CH061
100377	84763855783	Đỗ Kim Phương	F	1951-10-08	CCCD	048151021860	2016-11-26	Cục Cảnh sát QLHC về TTXH	145/7 Lê Duẩn	Phường Thạch Thang	Quận Hải Châu	Đà Nẵng	phuongdo51@yahoo.com.vn	postpaid	PT299	active	2013-01-06 03:18:30+07	2019-09-23 03:18:30+07	17969	CH045
100378	84790637591	Hoàng Thu Hằng	F	1966-12-14	CCCD	040166258330	2022-01-06	Cục Cảnh sát QLHC về TTXH	Số 135 Nguyễn Du	Phường Hưng Bình	TP. Vinh	Nghệ An	hoangthuhang1966@gmail.com	prepaid	D15	suspended_2way	2015-04-01 14:35:49+07	2021-02-21 14:35:49+07	7527	CH031
100379	84773886663	Lê Phương Anh	F	1987-11-03	CCCD	048187469520	2016-10-10	Cục Cảnh sát QLHC về TTXH	Số 272 Ngô Quyền	Phường Phước Mỹ	Quận Sơn Trà	Đà Nẵng	lephuonganh1987@gmail.com	prepaid	D15	active	2013-09-17 07:01:11+07	2015-06-18 07:01:11+07	1839	CH030
100380	84902731771	Trịnh Thu Hà	F	1976-03-02	CCCD	040176701829	2019-02-02	Cục Cảnh sát QLHC về TTXH	Số 6 ngõ 174 Lê Lợi	Phường Lê Lợi	TP. Vinh	Nghệ An	\N	prepaid	D15	active	2016-09-24 19:50:19+07	2024-05-28 10:14:03+07	18922	CH095
100381	84787021720	Trịnh Hoàng Hiếu	M	2001-12-23	CCCD	040201039408	2019-11-28	Cục Cảnh sát QLHC về TTXH	Số 67 Nguyễn Du	Phường Lê Lợi	TP. Vinh	Nghệ An	hieuth@gmail.com	prepaid	C120	active	2021-12-31 01:19:26+07	2022-06-14 01:19:26+07	3659	CH094
100382	84793199241	Nguyễn Gia Trung	M	1971-06-18	HO_CHIEU	B5687070	2019-08-24	Cục Quản lý XNC	Số 47 ngõ 107 Nguyễn Văn Cừ	Phường An Hòa	Quận Ninh Kiều	Cần Thơ	trungnguyen71@yahoo.com.vn	postpaid	BIZ499	active	2013-08-29 16:33:30+07	2015-04-20 16:33:30+07	24214	CH099
100383	84799310928	Nguyễn Hải Nhung	F	1972-06-16	CCCD	031172021731	2017-09-21	Cục Cảnh sát QLHC về TTXH	Số 253 Trần Nguyên Hãn	Phường Dư Hàng	Quận Lê Chân	Hải Phòng	nguyenhainhung1972@gmail.com	prepaid	D15	suspended_1way	2023-04-03 07:36:26+07	2023-07-28 07:36:26+07	2569	CH083
100384	84783887921	Trần Thị Lan	F	1981-08-08	CCCD	092181598735	2022-10-08	Cục Cảnh sát QLHC về TTXH	128/38 Nguyễn Văn Cừ	Phường An Hòa	Quận Ninh Kiều	Cần Thơ	tranthilan1981@gmail.com	postpaid	PT299	terminated	2018-03-22 00:43:50+07	2024-05-28 10:14:03+07	8966	CH082
100385	84933773854	Nguyễn Bảo Hoa	F	1996-12-05	CCCD	040196295981	2021-03-20	Cục Cảnh sát QLHC về TTXH	19/15 Quang Trung	Phường Hưng Bình	TP. Vinh	Nghệ An	hoanb@outlook.com	postpaid	PT299	terminated	2015-01-30 11:01:05+07	2017-03-25 11:01:05+07	17785	CH009
100386	84791547679	Huỳnh Minh Việt	M	1992-09-29	CCCD	079092109390	2020-08-13	Cục Cảnh sát QLHC về TTXH	211/27 Nơ Trang Long	Phường 22	Quận Bình Thạnh	TP. Hồ Chí Minh	viethm@icloud.com	prepaid	C120	active	2021-08-21 05:06:35+07	2024-05-28 10:14:03+07	14141	CH089
100387	84763795457	Phạm Kim Ngọc	F	1974-01-03	CMND	166331583	2017-10-30	CA Đà Nẵng	Số 60 ngõ 116 Võ Nguyên Giáp	Phường An Hải Bắc	Quận Sơn Trà	Đà Nẵng	phamkimngoc1974@yahoo.com.vn	prepaid	MAX90	active	2013-02-02 04:28:11+07	2021-03-23 04:28:11+07	21468	CH022
100388	84783326607	Nguyễn Hải Vy	F	2004-08-19	CCCD	001304695744	2017-08-25	Cục Cảnh sát QLHC về TTXH	Số 33 ngõ 121 Nguyễn Khánh Toàn	Phường Dịch Vọng	Quận Cầu Giấy	Hà Nội	\N	prepaid	D15	active	2022-09-16 22:55:00+07	2023-12-05 22:55:00+07	8870	CH054
100389	84764435559	Nguyễn Quốc Phong	M	1976-06-16	CCCD	079076324108	2017-03-20	Cục Cảnh sát QLHC về TTXH	Số 46 Phan Văn Trị	Phường 10	Quận Gò Vấp	TP. Hồ Chí Minh	phongnq@outlook.com	postpaid	PT299	suspended_1way	2014-12-10 21:06:38+07	2022-03-13 21:06:38+07	14461	CH032
100390	84768089067	Lê Hoàng Quang	M	1998-06-05	CCCD	040098232826	2023-03-02	Cục Cảnh sát QLHC về TTXH	Số 40 Lê Lợi	Phường Lê Lợi	TP. Vinh	Nghệ An	\N	prepaid	MAX90	active	2020-01-17 06:51:01+07	2024-05-28 10:14:03+07	8388	CH008
\.


--
-- Data for Name: sim_cards; Type: TABLE DATA; Schema: care; Owner: care_app
--

COPY care.sim_cards (sim_id, subscriber_id, iccid, imsi, sim_type, issued_at, status) FROM stdin;
1	100201	8984011962093084205	452019493243237	USIM	2014-11-11 02:32:49+07	active
2	100201	8984011904481536677	452013314094253	USIM	2017-07-20 02:32:49+07	replaced
3	100202	8984012326766895918	452013136912623	USIM	2015-04-27 09:47:57+07	active
4	100203	8984012269758067304	452017475612452	USIM	2019-07-13 11:07:04+07	active
5	100204	8984011971266466362	452010138485697	USIM	2022-02-03 04:38:57+07	active
6	100204	8984012213355398548	452019395221560	eSIM	2027-06-12 04:38:57+07	replaced
7	100205	8984012101342926291	452017566711297	USIM	2013-08-07 23:02:30+07	active
8	100206	8984012317162942255	452017384286035	USIM	2016-02-02 20:46:04+07	active
9	100207	8984011964799444972	452017689936081	USIM	2013-07-21 07:42:55+07	active
10	100208	8984012256698061414	452018658722910	USIM	2020-04-04 21:47:28+07	active
11	100209	8984012195920860096	452011947270564	USIM	2022-10-31 00:20:46+07	active
12	100210	8984012170651991022	452015542221221	USIM	2015-08-04 11:56:59+07	active
13	100211	8984012285965096936	452013210395599	USIM	2023-09-29 09:54:24+07	active
14	100212	8984011976901368741	452018779938153	USIM	2016-11-23 03:12:01+07	active
15	100212	8984012175190767304	452013192425015	USIM	2021-11-18 03:12:01+07	replaced
16	100213	8984012169274137963	452010243499576	eSIM	2016-09-09 01:36:27+07	active
17	100213	8984012107958730901	452015311512191	USIM	2017-01-04 01:36:27+07	replaced
18	100214	8984012230980916296	452018077620934	USIM	2021-08-25 17:42:45+07	active
19	100214	8984012373933696969	452015159677979	USIM	2026-09-18 17:42:45+07	replaced
20	100215	8984012155179521260	452014939130593	eSIM	2021-04-24 03:35:50+07	active
21	100215	8984012181950863440	452018546827889	USIM	2021-06-24 03:35:50+07	replaced
22	100216	8984012240873579937	452013562043493	USIM	2022-03-14 19:15:59+07	active
23	100217	8984012246378232666	452016807662468	USIM	2017-03-30 18:38:03+07	active
24	100218	8984012198190094776	452017530051459	USIM	2016-12-25 22:47:42+07	active
25	100219	8984012293630232159	452013120009059	eSIM	2021-09-02 16:44:08+07	active
26	100220	8984012139332732014	452013034814407	USIM	2020-07-11 06:56:04+07	active
27	100220	8984012346069085355	452015373701738	USIM	2025-12-30 06:56:04+07	replaced
28	100221	8984012221274947410	452015361133668	USIM	2020-10-29 22:05:47+07	active
29	100222	8984012103622841554	452014388571518	USIM	2013-03-28 04:21:29+07	active
30	100223	8984012325526790252	452015311823162	USIM	2015-06-01 18:16:07+07	active
31	100224	8984012360241767038	452018248473673	eSIM	2019-04-17 03:35:12+07	active
32	100225	8984011935101717305	452010217065896	USIM	2022-01-28 20:44:05+07	active
33	100225	8984012327243599552	452010391998247	eSIM	2024-03-27 20:44:05+07	replaced
34	100226	8984012338421707586	452012307369134	USIM	2019-11-27 04:18:12+07	active
35	100227	8984012387212489458	452010986292719	USIM	2021-05-04 08:46:15+07	active
36	100228	8984012121367086706	452012239080800	USIM	2017-02-16 00:49:48+07	active
37	100229	8984011999588132669	452011676728446	USIM	2021-07-18 15:51:31+07	active
38	100230	8984012304189705741	452014425848090	USIM	2020-04-11 00:13:01+07	active
39	100230	8984012242299627985	452017178971273	eSIM	2025-07-04 00:13:01+07	replaced
40	100231	8984012217095157015	452012930606243	eSIM	2017-05-23 21:36:21+07	active
41	100232	8984012357612791225	452016323725988	USIM	2013-01-24 19:16:30+07	active
42	100233	8984012367748619836	452011937874124	eSIM	2016-10-26 01:43:52+07	active
43	100233	8984012212845658255	452019358385810	USIM	2022-02-10 01:43:52+07	replaced
44	100234	8984011923852921839	452013055514499	USIM	2015-10-10 08:06:04+07	active
45	100234	8984012222420808811	452016104055296	USIM	2020-02-11 08:06:04+07	replaced
46	100235	8984012260449324980	452010778389850	USIM	2021-12-14 04:29:43+07	active
47	100236	8984011999801466423	452010687605662	USIM	2021-03-21 08:15:09+07	active
48	100236	8984012257604810456	452013821020406	USIM	2023-12-12 08:15:09+07	replaced
49	100237	8984012253930740822	452016956964535	USIM	2023-08-16 15:09:45+07	active
50	100238	8984012254461993657	452015489843213	USIM	2019-09-06 09:17:14+07	active
51	100239	8984012268225854203	452011377474534	USIM	2019-09-16 22:37:28+07	active
52	100240	8984012165181529250	452019778179196	eSIM	2016-01-02 08:04:26+07	active
53	100241	8984011920104817377	452017622512970	USIM	2021-08-14 22:02:58+07	active
54	100241	8984012161628742622	452014836254729	USIM	2024-09-22 22:02:58+07	replaced
55	100242	8984012147528795513	452019118487844	USIM	2023-02-01 11:35:21+07	active
56	100242	8984012167422064204	452016472907965	eSIM	2025-08-10 11:35:21+07	replaced
57	100243	8984011990579748639	452018956671552	USIM	2022-04-15 02:28:54+07	active
58	100244	8984011923462848596	452013754238885	eSIM	2015-10-13 15:48:18+07	active
59	100245	8984011976562517867	452011112772120	USIM	2020-04-11 11:20:38+07	active
60	100246	8984011971273847232	452011347074385	eSIM	2023-09-16 15:46:58+07	active
61	100247	8984012316566667310	452012635650411	USIM	2018-01-14 19:18:16+07	active
62	100248	8984012156670960965	452010705854356	eSIM	2014-07-04 12:59:48+07	active
63	100249	8984012274293319905	452012622266218	USIM	2019-09-19 03:32:41+07	active
64	100250	8984012392190321541	452019734746538	eSIM	2019-04-27 21:25:33+07	active
65	100251	8984011924318896912	452014187111142	USIM	2020-09-13 03:26:43+07	active
66	100252	8984011996590826866	452013803733085	USIM	2016-01-24 01:25:35+07	active
67	100253	8984012132675422574	452013878860359	USIM	2020-03-05 23:57:50+07	active
68	100254	8984012122369910463	452012868184459	USIM	2016-11-03 04:54:30+07	active
69	100255	8984011969129559555	452010852616306	USIM	2017-12-18 15:23:11+07	active
70	100256	8984012390382641296	452017526065181	eSIM	2015-07-25 14:58:29+07	active
71	100257	8984012293511413589	452016133317518	USIM	2024-03-16 09:03:57+07	active
72	100258	8984011969246630503	452013397296120	eSIM	2020-11-07 21:31:27+07	active
73	100259	8984012378939258748	452016325765827	USIM	2019-04-24 05:40:03+07	active
74	100260	8984012352198525071	452019989056527	USIM	2022-02-10 11:37:22+07	active
75	100261	8984012370865632632	452015886250123	USIM	2023-12-09 07:26:41+07	active
76	100261	8984012187894631397	452012845618612	USIM	2027-05-17 07:26:41+07	replaced
77	100262	8984012226900399654	452018963151043	eSIM	2023-07-05 00:56:25+07	active
78	100263	8984012180914009959	452017467799747	USIM	2012-06-16 16:55:05+07	active
79	100264	8984012117749800558	452014412684026	eSIM	2012-09-17 02:07:01+07	active
80	100265	8984012177153347322	452018595484371	eSIM	2016-04-15 23:35:24+07	active
81	100266	8984012207915221422	452011972764661	USIM	2022-02-06 15:16:57+07	active
82	100267	8984011926549869790	452017363280945	USIM	2012-01-24 22:13:20+07	active
83	100268	8984012341091442831	452015948107618	USIM	2015-10-21 14:07:30+07	active
84	100269	8984012237407484618	452013451254209	USIM	2023-10-03 10:32:58+07	active
85	100270	8984012206067037107	452018428952432	USIM	2013-10-04 13:54:16+07	active
86	100271	8984012343581209688	452015658801919	USIM	2012-11-09 20:55:47+07	active
87	100271	8984012124294076683	452011756629949	USIM	2013-02-27 20:55:47+07	replaced
88	100272	8984012215893771797	452011429111495	eSIM	2022-09-10 06:24:56+07	active
89	100273	8984012266329251920	452013143043426	eSIM	2021-03-18 14:05:11+07	active
90	100273	8984011989410096364	452016632464762	USIM	2025-10-27 14:05:11+07	replaced
91	100274	8984012291773591753	452017111490014	USIM	2024-04-14 13:13:03+07	active
92	100275	8984012398975629222	452018250530501	USIM	2018-11-20 17:37:23+07	active
93	100276	8984012260508841205	452016800096673	USIM	2020-12-26 16:39:40+07	active
94	100277	8984012357319979719	452017931864776	USIM	2018-08-16 17:18:09+07	active
95	100278	8984011950240066845	452016094694255	USIM	2023-04-04 09:19:28+07	active
96	100279	8984012371777447002	452014255518459	USIM	2021-12-22 15:53:56+07	active
97	100279	8984012358359282147	452015228455784	USIM	2026-11-25 15:53:56+07	replaced
98	100280	8984012177331549468	452010637703217	USIM	2023-03-01 20:00:06+07	active
99	100281	8984012179156394525	452012431045643	USIM	2018-12-31 19:06:17+07	active
100	100282	8984012134584029631	452017793937421	USIM	2018-06-11 14:02:45+07	active
101	100283	8984012232120727070	452014605701946	USIM	2020-10-21 05:27:46+07	active
102	100284	8984012160405131397	452018162925062	USIM	2018-05-07 11:00:26+07	active
103	100285	8984012272251228910	452018891942037	USIM	2022-11-02 17:39:31+07	active
104	100286	8984012115030030521	452013437107956	USIM	2017-11-26 23:22:55+07	active
105	100287	8984012282734535450	452017682051964	USIM	2014-03-07 18:23:08+07	active
106	100287	8984012113390690687	452016719958515	eSIM	2018-09-02 18:23:08+07	replaced
107	100288	8984012235079200601	452012566525526	USIM	2024-02-28 18:15:29+07	active
108	100288	8984012296451476359	452017477653258	eSIM	2026-02-20 18:15:29+07	replaced
109	100289	8984012119119811553	452013494085814	eSIM	2017-03-15 08:13:54+07	active
110	100290	8984012355845468173	452016592883975	eSIM	2014-11-01 01:02:00+07	active
111	100291	8984012374586574529	452015575136713	USIM	2013-05-24 02:19:55+07	active
112	100291	8984012390650257510	452018799707782	USIM	2015-11-04 02:19:55+07	replaced
113	100292	8984012352992793156	452016574970218	USIM	2014-10-25 18:17:42+07	active
114	100293	8984011968753246885	452016009973949	USIM	2018-06-24 20:41:45+07	active
115	100294	8984011952543840132	452011103245930	USIM	2014-09-06 11:11:30+07	active
116	100295	8984011917689938925	452018439641564	USIM	2012-01-06 16:01:51+07	active
117	100295	8984012144449416022	452010781848268	USIM	2014-06-21 16:01:51+07	replaced
118	100296	8984012163735414871	452014175804103	USIM	2013-11-21 00:33:16+07	active
119	100297	8984011918763556872	452013190694963	USIM	2021-03-18 17:02:01+07	active
120	100297	8984011967308912553	452015609126197	USIM	2023-03-15 17:02:01+07	replaced
121	100298	8984012219627355349	452014006190348	eSIM	2016-03-20 13:57:38+07	active
122	100299	8984012106977945151	452018008278100	USIM	2015-11-14 07:25:43+07	active
123	100300	8984012113667456127	452013691020545	eSIM	2018-03-27 18:56:01+07	active
124	100300	8984012224429029449	452011389602381	USIM	2022-03-01 18:56:01+07	replaced
125	100301	8984011909448763553	452014548848407	USIM	2023-01-28 10:02:39+07	active
126	100302	8984012181880397600	452016777572265	USIM	2018-09-02 02:06:31+07	active
127	100303	8984012358081049962	452011793695277	eSIM	2021-10-11 16:01:16+07	active
128	100303	8984011967035417348	452016665566171	USIM	2024-10-05 16:01:16+07	replaced
129	100304	8984012282078100192	452012065116614	eSIM	2014-11-26 18:11:51+07	active
130	100305	8984012112266502547	452010144878428	USIM	2020-05-07 06:11:28+07	active
131	100305	8984012359368804756	452018105792160	USIM	2023-11-26 06:11:28+07	replaced
132	100306	8984012174648324289	452010770316524	eSIM	2013-04-05 10:00:16+07	active
133	100306	8984012287797208317	452015546240433	USIM	2017-08-15 10:00:16+07	replaced
134	100307	8984012269505255715	452010309361570	USIM	2014-12-07 20:24:52+07	active
135	100307	8984012375416107737	452014320606242	USIM	2018-05-03 20:24:52+07	replaced
136	100308	8984012177316452365	452017056059699	USIM	2015-09-30 17:40:42+07	active
137	100309	8984012386843749728	452017547987960	USIM	2022-01-26 03:12:47+07	active
138	100310	8984011920325837964	452013298639934	USIM	2018-07-15 01:17:33+07	active
139	100311	8984012171454400062	452015648697007	USIM	2014-11-16 17:37:55+07	active
140	100312	8984012114277015253	452016262098141	eSIM	2023-05-03 21:41:37+07	active
141	100312	8984012210454630268	452011405894777	USIM	2027-12-17 21:41:37+07	replaced
142	100313	8984012186423296953	452010002768804	USIM	2023-09-12 01:30:18+07	active
143	100314	8984011903711620012	452015301978466	USIM	2016-05-12 04:13:30+07	active
144	100315	8984012241872554137	452012658899238	USIM	2014-03-21 13:34:53+07	active
145	100316	8984011908292228101	452017787639907	eSIM	2020-07-07 21:18:21+07	active
146	100317	8984011974202741104	452012798737229	USIM	2023-03-11 12:55:59+07	active
147	100318	8984012362254751792	452015704721604	USIM	2023-08-30 07:25:22+07	active
148	100319	8984012226526469311	452011810159307	USIM	2016-09-04 11:48:43+07	active
149	100319	8984012302723962737	452014291386507	USIM	2020-12-01 11:48:43+07	replaced
150	100320	8984012239921439821	452015660120585	USIM	2013-11-21 11:49:24+07	active
151	100320	8984012185142423732	452018204079546	USIM	2016-02-10 11:49:24+07	replaced
152	100321	8984012240460566701	452017878287307	USIM	2016-01-08 16:01:40+07	active
153	100322	8984012303357912303	452013140127464	USIM	2014-05-03 16:31:46+07	active
154	100323	8984012161500351898	452011990885524	USIM	2020-12-05 22:05:28+07	active
155	100324	8984011987299584435	452010478927885	USIM	2013-02-17 13:51:50+07	active
156	100325	8984012218536609440	452012181391732	eSIM	2016-04-05 05:50:45+07	active
157	100326	8984012179584701010	452010927407240	USIM	2018-04-18 09:50:06+07	active
158	100326	8984012255485217817	452018407570981	USIM	2019-11-21 09:50:06+07	replaced
159	100327	8984012346178188868	452019979987466	USIM	2017-09-03 12:59:57+07	active
160	100327	8984011918372023264	452014537848784	USIM	2018-07-11 12:59:57+07	replaced
161	100328	8984012297387703940	452019456246563	eSIM	2018-07-02 12:33:11+07	active
162	100329	8984011984908139305	452016912134577	eSIM	2024-04-21 17:08:28+07	active
163	100330	8984012134378198923	452010694639534	USIM	2022-06-09 06:41:32+07	active
164	100331	8984012148299570325	452018430228008	USIM	2015-06-04 14:43:57+07	active
165	100332	8984012399518165427	452017849816743	eSIM	2020-05-19 16:54:13+07	active
166	100333	8984012353225317136	452017859532301	USIM	2015-10-14 11:57:27+07	active
167	100334	8984012180655362617	452011335632919	USIM	2015-03-01 03:48:33+07	active
168	100335	8984012145755859119	452010259596914	USIM	2017-11-28 09:43:08+07	active
169	100336	8984012139116308478	452014770041201	eSIM	2020-05-05 16:58:49+07	active
170	100337	8984012370186560819	452010371516215	USIM	2021-08-27 15:33:06+07	active
171	100338	8984012160540665523	452019529429250	USIM	2015-01-07 14:37:45+07	active
172	100339	8984012151451341725	452014314455674	eSIM	2022-01-05 11:29:21+07	active
173	100340	8984012186629845306	452016493214139	eSIM	2014-03-23 11:56:55+07	active
174	100341	8984012294036958595	452012742438722	eSIM	2024-04-29 19:47:23+07	active
175	100342	8984012266532661907	452014292471076	USIM	2021-07-11 15:34:10+07	active
176	100343	8984012152620468936	452018605962298	USIM	2016-02-11 19:46:27+07	active
177	100344	8984012189280976303	452013161565163	USIM	2022-09-15 14:49:36+07	active
178	100345	8984012343008223767	452010913306318	USIM	2013-02-27 04:29:40+07	active
179	100346	8984012354375815515	452011187788099	USIM	2022-05-22 11:01:21+07	active
180	100347	8984011950529272981	452018754508537	USIM	2019-04-21 03:27:52+07	active
181	100347	8984011971303120584	452017933179654	USIM	2019-07-01 03:27:52+07	replaced
182	100348	8984012102643388108	452017689242710	USIM	2022-02-20 17:12:01+07	active
183	100348	8984012179035038491	452017624319023	eSIM	2027-05-31 17:12:01+07	replaced
184	100349	8984012251662212572	452010008406013	USIM	2012-11-08 04:41:29+07	active
185	100350	8984012237529588494	452014591750992	eSIM	2016-11-10 03:49:01+07	active
186	100351	8984012159418227655	452017420635172	USIM	2013-07-16 19:03:52+07	active
187	100351	8984011949026313553	452018970453443	USIM	2014-10-24 19:03:52+07	replaced
188	100352	8984012193381772827	452013618710228	eSIM	2022-07-23 05:04:04+07	active
189	100353	8984012195002595792	452011364099687	USIM	2014-11-15 16:44:23+07	active
190	100354	8984011910727233045	452014896265181	eSIM	2021-12-31 23:45:52+07	active
191	100355	8984012226145378687	452012430109414	USIM	2014-03-27 18:21:29+07	active
192	100356	8984012197839712541	452016694389493	USIM	2016-10-22 00:53:54+07	active
193	100357	8984012265468685997	452019199454370	USIM	2020-09-09 00:00:20+07	active
194	100358	8984012276951347821	452017127577193	USIM	2022-12-20 02:28:55+07	active
195	100359	8984012298303099983	452013326706327	USIM	2012-01-10 21:04:45+07	active
196	100359	8984012362298876191	452019120996107	eSIM	2012-11-16 21:04:45+07	replaced
197	100360	8984012124241654467	452010635186202	eSIM	2014-03-30 11:17:23+07	active
198	100360	8984012139314632711	452011137683581	USIM	2015-11-09 11:17:23+07	replaced
199	100361	8984012320948807446	452017625748844	USIM	2012-04-10 18:46:32+07	active
200	100361	8984012138205947022	452017831726549	USIM	2013-07-09 18:46:32+07	replaced
201	100362	8984011926642115877	452011110054465	USIM	2022-09-17 22:32:19+07	active
202	100363	8984011971428397133	452017245016429	eSIM	2023-07-22 12:31:40+07	active
203	100364	8984012143648182435	452011130940991	eSIM	2019-07-07 01:04:26+07	active
204	100365	8984011989792304477	452018799563600	eSIM	2018-06-13 12:09:37+07	active
205	100366	8984012193759927326	452019082235058	USIM	2022-10-18 21:31:06+07	active
206	100367	8984012308758478556	452015354721430	USIM	2023-08-29 10:41:33+07	active
207	100367	8984012132991006218	452013818076829	USIM	2028-06-06 10:41:33+07	replaced
208	100368	8984012181071323464	452016969817039	USIM	2024-02-27 19:03:11+07	active
209	100369	8984011930765867181	452019252595594	eSIM	2015-05-09 11:09:49+07	active
210	100369	8984012376680336416	452010619239534	USIM	2017-07-22 11:09:49+07	replaced
211	100370	8984012340589538530	452012259288245	USIM	2014-09-28 17:01:50+07	active
212	100371	8984012300248156496	452011648949312	USIM	2016-11-29 08:39:27+07	active
213	100372	8984012211481633622	452012122934932	USIM	2019-05-11 21:21:40+07	active
214	100373	8984011914278372624	452011290381098	USIM	2020-08-27 17:28:39+07	active
215	100374	8984011970442875116	452015674732358	USIM	2013-01-13 23:33:26+07	active
216	100375	8984011981190948898	452013719835877	eSIM	2017-02-27 18:59:40+07	active
217	100376	8984012246610829246	452013566576878	USIM	2013-12-23 20:46:38+07	active
218	100376	8984012246297853022	452015174105413	eSIM	2014-05-22 20:46:38+07	replaced
219	100377	8984011981243910895	452013720142054	USIM	2013-01-06 03:18:30+07	active
220	100377	8984012215516614630	452016536638551	USIM	2016-12-26 03:18:30+07	replaced
221	100378	8984012346394272454	452016225379533	USIM	2015-04-01 14:35:49+07	active
222	100379	8984012336648633387	452017704081127	eSIM	2013-09-17 07:01:11+07	active
223	100379	8984012157294534780	452018073129235	USIM	2017-02-21 07:01:11+07	replaced
224	100380	8984012163727200106	452019519463027	eSIM	2016-09-24 19:50:19+07	active
225	100381	8984012223173303745	452015687645647	USIM	2021-12-31 01:19:26+07	active
226	100381	8984012191879325827	452011011339212	USIM	2024-07-11 01:19:26+07	replaced
227	100382	8984012250503543765	452015171116298	USIM	2013-08-29 16:33:30+07	active
228	100382	8984011987551392865	452010380451911	eSIM	2018-06-25 16:33:30+07	replaced
229	100383	8984012356018278571	452016494209924	eSIM	2023-04-03 07:36:26+07	active
230	100384	8984012305288332816	452018880407639	USIM	2018-03-22 00:43:50+07	active
231	100385	8984012297377158105	452013869278151	USIM	2015-01-30 11:01:05+07	active
232	100385	8984011949838474288	452019591939632	USIM	2016-01-23 11:01:05+07	replaced
233	100386	8984011999582978620	452010563856232	USIM	2021-08-21 05:06:35+07	active
234	100387	8984012368983413091	452018294028925	eSIM	2013-02-02 04:28:11+07	active
235	100388	8984012364189128435	452015552481853	USIM	2022-09-16 22:55:00+07	active
236	100389	8984012241785673065	452011143548237	USIM	2014-12-10 21:06:38+07	active
237	100390	8984012351054372008	452014095334837	USIM	2020-01-17 06:51:01+07	active
\.


--
-- Data for Name: devices; Type: TABLE DATA; Schema: care; Owner: care_app
--

COPY care.devices (device_id, subscriber_id, imei, brand, model, detected_at, volte) FROM stdin;
1	100201	860377097705967	OPPO	A58	2022-12-31 14:06:00+07	f
2	100202	352419173286838	Nokia	105 4G	2021-10-03 20:54:03+07	t
3	100202	860377912036564	OPPO	A58	2023-12-24 11:14:52+07	t
4	100202	860377017483976	OPPO	A58	2021-01-06 10:21:18+07	t
5	100203	867713727598609	realme	C53	2023-07-04 21:37:22+07	f
6	100204	356447437268215	Apple	iPhone 15 Pro Max	2021-11-23 06:35:00+07	t
7	100205	353883289194443	Apple	iPhone 13	2023-08-03 09:34:25+07	t
8	100205	865102537605725	vivo	Y17s	2022-09-22 14:00:39+07	f
9	100206	861234141408222	Xiaomi	Redmi Note 13	2023-11-01 06:54:48+07	f
10	100206	865102609650021	vivo	Y17s	2024-02-11 18:48:56+07	t
11	100207	861234930560894	Xiaomi	Redmi Note 13	2022-01-30 23:43:22+07	t
12	100207	353883680237171	Apple	iPhone 13	2022-08-16 14:12:56+07	t
13	100207	353883106841119	Apple	iPhone 13	2022-06-01 14:18:03+07	t
14	100208	350981205722181	Samsung	Galaxy A15	2021-04-30 17:18:14+07	t
15	100208	861234663442849	Xiaomi	Redmi Note 13	2022-02-22 00:22:56+07	t
16	100209	351675745425813	Samsung	Galaxy S23	2022-06-03 06:10:15+07	t
17	100209	861234097807369	Xiaomi	Redmi Note 13	2023-01-25 15:21:29+07	t
18	100209	350981980574633	Samsung	Galaxy A15	2021-10-02 23:38:23+07	t
19	100210	865102747143269	vivo	Y17s	2024-05-14 16:46:44+07	t
20	100211	861234663863010	Xiaomi	Redmi Note 13	2021-12-22 00:50:51+07	t
21	100212	861234608077353	Xiaomi	Redmi Note 13	2024-04-14 05:23:42+07	t
22	100212	860377535921788	OPPO	A58	2021-02-15 09:52:41+07	t
23	100213	867713864383690	realme	C53	2021-12-17 21:41:22+07	t
24	100214	350981164830165	Samsung	Galaxy A15	2024-04-15 20:33:11+07	t
25	100215	350981735571827	Samsung	Galaxy A15	2022-09-03 18:34:14+07	t
26	100216	353883090705122	Apple	iPhone 13	2024-01-18 16:29:49+07	t
27	100217	351675226789950	Samsung	Galaxy S23	2021-03-05 12:11:53+07	t
28	100217	865102664511944	vivo	Y17s	2023-03-29 13:06:01+07	t
29	100217	356447277650076	Apple	iPhone 15 Pro Max	2021-05-21 11:27:14+07	t
30	100218	865102438285817	vivo	Y17s	2021-12-13 07:23:45+07	t
31	100218	351675798686170	Samsung	Galaxy S23	2021-06-21 18:42:35+07	t
32	100218	860377264592917	OPPO	A58	2021-12-21 13:00:32+07	f
33	100219	865102017969773	vivo	Y17s	2021-09-29 23:04:44+07	t
34	100219	865102217249950	vivo	Y17s	2022-12-25 21:16:30+07	t
35	100219	867713670439579	realme	C53	2021-09-04 16:28:06+07	t
36	100220	353883464331612	Apple	iPhone 13	2022-04-08 22:21:38+07	f
37	100220	865102773697550	vivo	Y17s	2022-01-13 09:45:30+07	t
38	100221	865102758524936	vivo	Y17s	2021-03-11 10:47:51+07	t
39	100221	860377451078407	OPPO	A58	2022-09-17 05:38:58+07	t
40	100221	356447976268204	Apple	iPhone 15 Pro Max	2021-01-02 12:41:09+07	f
41	100222	861234578751029	Xiaomi	Redmi Note 13	2023-04-22 06:56:33+07	t
42	100222	353883225634007	Apple	iPhone 13	2023-06-16 16:20:59+07	t
43	100223	865102101467163	vivo	Y17s	2022-01-25 21:36:56+07	f
44	100224	353883432239251	Apple	iPhone 13	2024-03-11 08:05:03+07	t
45	100224	867713931279160	realme	C53	2021-01-30 21:14:36+07	t
46	100224	352419699042673	Nokia	105 4G	2023-02-20 15:28:06+07	t
47	100225	860377417521532	OPPO	A58	2023-10-23 03:11:56+07	t
48	100225	860377795265850	OPPO	A58	2022-04-06 17:46:06+07	t
49	100225	352419780508764	Nokia	105 4G	2022-04-22 01:59:33+07	f
50	100226	860377352929724	OPPO	A58	2024-04-16 22:02:19+07	t
51	100226	351675258691587	Samsung	Galaxy S23	2024-04-21 19:07:58+07	t
52	100227	351675055479988	Samsung	Galaxy S23	2021-11-04 08:34:16+07	t
53	100227	867713921626834	realme	C53	2021-06-05 01:53:14+07	t
54	100227	865102427059496	vivo	Y17s	2023-07-21 21:38:36+07	t
55	100228	861234934865000	Xiaomi	Redmi Note 13	2022-12-25 05:13:09+07	t
56	100228	860377540474278	OPPO	A58	2023-09-14 09:41:09+07	f
57	100228	351675750166039	Samsung	Galaxy S23	2024-01-06 00:26:43+07	t
58	100229	867713189411812	realme	C53	2023-07-10 13:59:56+07	t
59	100229	865102500381502	vivo	Y17s	2023-03-02 12:14:27+07	f
60	100230	350981414919636	Samsung	Galaxy A15	2024-04-09 06:09:51+07	f
61	100231	867713414490433	realme	C53	2022-10-08 22:57:53+07	t
62	100232	353883504038011	Apple	iPhone 13	2022-12-22 06:21:07+07	f
63	100233	356447559301349	Apple	iPhone 15 Pro Max	2023-05-13 20:12:33+07	t
64	100233	861234701605258	Xiaomi	Redmi Note 13	2023-04-08 07:12:42+07	t
65	100233	865102169577556	vivo	Y17s	2022-10-09 05:31:40+07	t
66	100234	352419055679944	Nokia	105 4G	2023-05-12 03:12:14+07	t
67	100235	861234222775671	Xiaomi	Redmi Note 13	2023-12-14 05:27:57+07	f
68	100236	353883608055259	Apple	iPhone 13	2021-03-10 16:48:02+07	t
69	100237	351675363629621	Samsung	Galaxy S23	2021-01-17 03:13:58+07	t
70	100238	860377558975224	OPPO	A58	2023-01-01 06:29:11+07	t
71	100239	351675514801541	Samsung	Galaxy S23	2024-04-06 12:57:12+07	t
72	100240	860377932303556	OPPO	A58	2021-04-02 09:48:52+07	t
73	100240	860377529887300	OPPO	A58	2021-01-16 01:43:35+07	t
74	100241	860377247387294	OPPO	A58	2022-06-26 16:27:33+07	t
75	100242	867713674860721	realme	C53	2024-01-27 14:17:10+07	t
76	100243	860377791161491	OPPO	A58	2023-12-15 20:00:30+07	t
77	100243	356447446687678	Apple	iPhone 15 Pro Max	2021-03-18 21:43:38+07	t
78	100244	350981858795195	Samsung	Galaxy A15	2024-02-11 21:09:07+07	t
79	100244	356447418343185	Apple	iPhone 15 Pro Max	2022-07-17 14:53:33+07	t
80	100245	861234814705987	Xiaomi	Redmi Note 13	2023-06-08 13:41:38+07	t
81	100245	865102273531978	vivo	Y17s	2021-05-17 01:11:43+07	f
82	100246	350981987876866	Samsung	Galaxy A15	2021-06-19 09:22:39+07	t
83	100246	353883944114943	Apple	iPhone 13	2022-01-19 12:26:00+07	t
84	100247	351675443635903	Samsung	Galaxy S23	2023-01-13 09:54:18+07	t
85	100247	861234136367516	Xiaomi	Redmi Note 13	2024-01-22 00:48:49+07	t
86	100247	867713573314077	realme	C53	2022-09-18 04:47:44+07	f
87	100248	351675962427609	Samsung	Galaxy S23	2023-05-19 08:39:23+07	f
88	100248	860377552831829	OPPO	A58	2022-11-26 13:34:17+07	t
89	100248	350981101646591	Samsung	Galaxy A15	2022-04-19 08:46:27+07	t
90	100249	353883526646452	Apple	iPhone 13	2023-01-15 18:58:16+07	t
91	100250	353883232639379	Apple	iPhone 13	2023-05-17 09:10:25+07	f
92	100250	356447354924626	Apple	iPhone 15 Pro Max	2022-06-20 22:15:41+07	t
93	100251	860377444615448	OPPO	A58	2021-12-02 19:47:35+07	f
94	100252	865102797770813	vivo	Y17s	2023-10-31 18:31:02+07	t
95	100252	861234712042327	Xiaomi	Redmi Note 13	2022-05-26 07:29:17+07	t
96	100252	350981486019828	Samsung	Galaxy A15	2023-03-23 19:51:01+07	t
97	100253	353883315114316	Apple	iPhone 13	2021-03-06 04:29:35+07	t
98	100253	356447483191998	Apple	iPhone 15 Pro Max	2021-03-31 04:25:10+07	t
99	100253	867713560778987	realme	C53	2023-07-02 12:49:21+07	t
100	100254	867713320218274	realme	C53	2022-01-04 04:53:19+07	f
101	100254	352419264809225	Nokia	105 4G	2022-11-11 04:05:37+07	t
102	100255	351675145816942	Samsung	Galaxy S23	2022-01-27 16:06:24+07	f
103	100256	350981677158880	Samsung	Galaxy A15	2023-03-20 22:51:05+07	t
104	100256	350981293245152	Samsung	Galaxy A15	2022-08-07 18:18:24+07	t
105	100257	860377867174329	OPPO	A58	2021-11-30 14:23:20+07	t
106	100258	860377301447182	OPPO	A58	2022-02-21 06:54:40+07	t
107	100259	352419739447981	Nokia	105 4G	2024-02-04 21:11:13+07	f
108	100259	350981055061649	Samsung	Galaxy A15	2021-01-09 02:41:44+07	t
109	100259	860377726479893	OPPO	A58	2022-09-06 17:49:58+07	t
110	100260	865102118994761	vivo	Y17s	2024-06-13 17:00:24+07	t
111	100260	351675109163182	Samsung	Galaxy S23	2021-11-22 02:00:03+07	t
112	100261	860377813518405	OPPO	A58	2023-06-17 20:06:06+07	t
113	100261	861234684156220	Xiaomi	Redmi Note 13	2022-08-06 00:22:18+07	f
114	100262	351675854670951	Samsung	Galaxy S23	2023-02-16 18:47:58+07	t
115	100262	865102727436048	vivo	Y17s	2023-08-17 09:56:58+07	t
116	100263	867713238172027	realme	C53	2023-10-19 01:18:21+07	t
117	100263	353883243802727	Apple	iPhone 13	2023-04-14 02:13:28+07	t
118	100264	352419023879766	Nokia	105 4G	2023-10-23 13:07:48+07	f
119	100265	865102670306891	vivo	Y17s	2023-11-29 18:23:56+07	t
120	100265	352419681311300	Nokia	105 4G	2021-02-28 20:28:15+07	t
121	100266	351675410013217	Samsung	Galaxy S23	2021-01-06 09:53:03+07	t
122	100267	867713331099820	realme	C53	2023-02-09 12:37:06+07	t
123	100267	860377483250370	OPPO	A58	2023-01-29 19:23:22+07	t
124	100268	352419538841038	Nokia	105 4G	2021-11-20 01:00:21+07	t
125	100269	860377741768346	OPPO	A58	2022-07-15 04:20:40+07	t
126	100270	352419997558354	Nokia	105 4G	2023-02-21 12:05:11+07	f
127	100270	352419548137302	Nokia	105 4G	2022-07-07 11:43:32+07	t
128	100271	352419008126852	Nokia	105 4G	2021-09-29 16:41:35+07	t
129	100272	861234477425311	Xiaomi	Redmi Note 13	2024-05-13 05:11:48+07	t
130	100273	353883379106851	Apple	iPhone 13	2023-01-15 18:06:45+07	t
131	100273	353883175911744	Apple	iPhone 13	2024-04-13 04:10:45+07	t
132	100274	350981932923409	Samsung	Galaxy A15	2022-06-23 00:04:35+07	t
133	100274	351675974374161	Samsung	Galaxy S23	2021-04-08 17:52:53+07	f
134	100275	352419428125153	Nokia	105 4G	2023-08-04 21:41:41+07	t
135	100275	353883605644519	Apple	iPhone 13	2024-04-30 20:33:04+07	f
136	100276	352419070334319	Nokia	105 4G	2023-03-28 00:19:57+07	t
137	100276	350981975615086	Samsung	Galaxy A15	2021-05-30 07:55:37+07	t
138	100277	350981816881087	Samsung	Galaxy A15	2021-03-11 17:23:54+07	t
139	100277	860377065141971	OPPO	A58	2023-09-09 01:24:22+07	t
140	100278	353883863333490	Apple	iPhone 13	2021-03-26 13:46:10+07	t
141	100278	351675432338402	Samsung	Galaxy S23	2021-12-28 07:26:05+07	f
142	100279	867713142030014	realme	C53	2022-09-07 12:33:59+07	t
143	100280	351675628949293	Samsung	Galaxy S23	2021-10-02 09:37:22+07	f
144	100281	352419231313491	Nokia	105 4G	2022-08-31 18:30:24+07	t
145	100281	351675256238993	Samsung	Galaxy S23	2022-09-06 03:49:48+07	t
146	100281	351675533632307	Samsung	Galaxy S23	2024-03-20 17:11:54+07	f
147	100282	861234615117499	Xiaomi	Redmi Note 13	2022-05-04 17:39:39+07	f
148	100282	350981405263002	Samsung	Galaxy A15	2021-04-07 22:09:47+07	t
149	100283	352419160671109	Nokia	105 4G	2022-12-19 02:28:06+07	t
150	100283	865102715643936	vivo	Y17s	2023-03-25 10:26:29+07	t
151	100284	867713270424799	realme	C53	2021-07-19 15:54:21+07	t
152	100285	860377889657699	OPPO	A58	2024-03-29 03:52:15+07	t
153	100285	865102080538372	vivo	Y17s	2021-05-12 04:22:07+07	t
154	100286	353883365649948	Apple	iPhone 13	2022-06-27 10:30:23+07	t
155	100286	861234646559628	Xiaomi	Redmi Note 13	2023-04-14 21:26:33+07	t
156	100286	353883211572369	Apple	iPhone 13	2021-10-19 06:41:01+07	t
157	100287	867713828804302	realme	C53	2022-09-28 13:49:33+07	t
158	100287	860377499163252	OPPO	A58	2024-05-30 14:47:31+07	t
159	100287	351675703875785	Samsung	Galaxy S23	2023-12-20 12:08:24+07	t
160	100288	350981522139101	Samsung	Galaxy A15	2023-06-01 06:04:53+07	t
161	100288	867713338899495	realme	C53	2022-02-04 20:20:07+07	t
162	100289	861234483464908	Xiaomi	Redmi Note 13	2022-03-25 13:11:36+07	t
163	100289	356447743155171	Apple	iPhone 15 Pro Max	2022-11-04 07:53:14+07	t
164	100289	867713973880198	realme	C53	2022-07-19 14:48:50+07	t
165	100290	351675465535965	Samsung	Galaxy S23	2023-12-23 17:53:23+07	t
166	100290	350981757930653	Samsung	Galaxy A15	2023-01-11 21:46:28+07	f
167	100290	861234169521948	Xiaomi	Redmi Note 13	2022-11-24 05:28:30+07	t
168	100291	865102627234394	vivo	Y17s	2021-01-09 10:36:10+07	f
169	100291	867713973046824	realme	C53	2022-07-17 16:48:10+07	t
170	100291	352419056481332	Nokia	105 4G	2021-01-17 10:02:42+07	f
171	100292	861234857465127	Xiaomi	Redmi Note 13	2021-05-29 17:34:33+07	t
172	100293	351675881548170	Samsung	Galaxy S23	2023-03-03 23:40:32+07	f
173	100293	861234569832028	Xiaomi	Redmi Note 13	2023-08-01 04:02:08+07	t
174	100293	867713181816919	realme	C53	2021-11-23 08:43:32+07	t
175	100294	867713840855258	realme	C53	2022-11-28 07:25:53+07	t
176	100294	352419064603612	Nokia	105 4G	2021-08-15 05:23:27+07	t
177	100295	351675987430430	Samsung	Galaxy S23	2022-11-11 07:09:44+07	t
178	100295	356447069361346	Apple	iPhone 15 Pro Max	2022-02-23 11:06:34+07	t
179	100295	860377726497051	OPPO	A58	2024-04-24 13:50:52+07	t
180	100296	867713919166009	realme	C53	2023-08-10 05:00:29+07	f
181	100296	356447492983732	Apple	iPhone 15 Pro Max	2024-04-08 10:30:36+07	t
182	100296	350981584105529	Samsung	Galaxy A15	2023-03-14 14:18:43+07	t
183	100297	350981771749550	Samsung	Galaxy A15	2021-07-24 18:38:01+07	f
184	100298	860377918689952	OPPO	A58	2023-05-10 22:15:14+07	t
185	100299	867713156666810	realme	C53	2021-07-17 18:55:17+07	t
186	100299	867713671204113	realme	C53	2023-06-23 20:34:50+07	t
187	100300	356447071796935	Apple	iPhone 15 Pro Max	2021-09-25 22:17:04+07	t
188	100300	351675794852180	Samsung	Galaxy S23	2022-01-21 20:03:16+07	t
189	100301	353883787691627	Apple	iPhone 13	2021-11-26 06:17:07+07	t
190	100301	356447984370992	Apple	iPhone 15 Pro Max	2022-08-16 13:21:33+07	t
191	100302	860377447388621	OPPO	A58	2022-06-15 06:57:58+07	t
192	100302	350981500725491	Samsung	Galaxy A15	2021-07-04 03:31:04+07	t
193	100302	353883234672360	Apple	iPhone 13	2022-10-30 12:43:48+07	t
194	100303	353883611028244	Apple	iPhone 13	2021-04-03 20:31:56+07	t
195	100304	352419378839811	Nokia	105 4G	2023-12-11 05:31:53+07	t
196	100304	860377161122222	OPPO	A58	2022-05-07 14:39:32+07	t
197	100305	350981486831172	Samsung	Galaxy A15	2021-12-13 03:22:47+07	f
198	100305	861234484583011	Xiaomi	Redmi Note 13	2021-06-13 04:16:30+07	f
199	100306	865102634468225	vivo	Y17s	2024-06-17 14:43:27+07	t
200	100307	353883485617775	Apple	iPhone 13	2023-06-09 13:32:32+07	t
201	100307	356447780545888	Apple	iPhone 15 Pro Max	2023-03-15 14:06:40+07	t
202	100307	351675857321594	Samsung	Galaxy S23	2021-05-19 13:38:50+07	t
203	100308	867713278762505	realme	C53	2021-06-15 08:01:01+07	t
204	100308	867713082043316	realme	C53	2021-11-03 10:56:16+07	t
205	100309	865102843742162	vivo	Y17s	2023-04-04 06:52:07+07	t
206	100309	860377515310994	OPPO	A58	2022-09-21 00:47:43+07	t
207	100309	861234789532580	Xiaomi	Redmi Note 13	2023-07-06 05:57:47+07	f
208	100310	351675368758250	Samsung	Galaxy S23	2023-01-24 14:27:04+07	t
209	100311	351675698156035	Samsung	Galaxy S23	2024-05-26 14:16:00+07	t
210	100312	356447294605111	Apple	iPhone 15 Pro Max	2023-08-13 13:27:08+07	t
211	100313	867713210845582	realme	C53	2022-11-10 13:12:27+07	t
212	100313	867713042346791	realme	C53	2021-03-12 21:43:22+07	t
213	100314	860377586746670	OPPO	A58	2021-08-23 14:17:38+07	t
214	100314	865102291884821	vivo	Y17s	2021-12-30 19:08:33+07	t
215	100315	351675031566122	Samsung	Galaxy S23	2023-09-20 00:47:55+07	t
216	100316	351675946294018	Samsung	Galaxy S23	2022-03-25 11:23:32+07	t
217	100316	350981090549046	Samsung	Galaxy A15	2022-01-18 06:57:05+07	f
218	100316	867713433991106	realme	C53	2021-07-18 16:34:57+07	t
219	100317	356447037759910	Apple	iPhone 15 Pro Max	2021-08-23 05:02:47+07	t
220	100318	350981664270219	Samsung	Galaxy A15	2021-04-18 14:12:15+07	t
221	100319	352419501942623	Nokia	105 4G	2024-05-12 14:21:09+07	f
222	100320	350981601274829	Samsung	Galaxy A15	2024-02-26 10:22:30+07	t
223	100321	353883743775175	Apple	iPhone 13	2021-08-03 10:44:52+07	f
224	100322	351675594729992	Samsung	Galaxy S23	2022-03-11 07:10:09+07	t
225	100322	351675234888554	Samsung	Galaxy S23	2021-11-02 08:28:51+07	t
226	100323	356447573551788	Apple	iPhone 15 Pro Max	2021-06-06 16:18:08+07	t
227	100323	865102551591272	vivo	Y17s	2022-07-26 13:35:42+07	t
228	100324	865102096101470	vivo	Y17s	2023-05-05 06:23:55+07	f
229	100325	861234420221775	Xiaomi	Redmi Note 13	2021-03-13 03:41:37+07	t
230	100325	861234446821681	Xiaomi	Redmi Note 13	2021-04-05 17:30:11+07	t
231	100326	351675068887524	Samsung	Galaxy S23	2021-09-22 07:10:09+07	f
232	100326	350981825002782	Samsung	Galaxy A15	2021-09-30 07:29:33+07	t
233	100326	860377496488124	OPPO	A58	2022-06-19 09:09:37+07	t
234	100327	865102004798375	vivo	Y17s	2024-01-18 18:14:40+07	t
235	100327	865102153139850	vivo	Y17s	2021-05-22 23:59:47+07	t
236	100327	860377134880971	OPPO	A58	2022-11-15 09:14:25+07	f
237	100328	353883397824451	Apple	iPhone 13	2023-08-13 18:33:49+07	t
238	100328	860377676255434	OPPO	A58	2021-09-17 07:06:37+07	t
239	100329	867713575623145	realme	C53	2024-05-10 12:17:28+07	f
240	100329	352419269669517	Nokia	105 4G	2024-03-14 08:25:51+07	f
241	100330	350981931579988	Samsung	Galaxy A15	2023-10-19 06:53:00+07	t
242	100331	351675238741015	Samsung	Galaxy S23	2023-04-06 05:35:07+07	t
243	100332	861234709007382	Xiaomi	Redmi Note 13	2021-01-22 23:03:38+07	f
244	100333	860377666280087	OPPO	A58	2023-02-08 11:41:09+07	f
245	100333	860377048861869	OPPO	A58	2023-04-02 06:30:23+07	t
246	100334	861234318256537	Xiaomi	Redmi Note 13	2024-04-21 07:57:55+07	t
247	100335	353883302926292	Apple	iPhone 13	2023-09-09 07:32:30+07	t
248	100335	350981396853373	Samsung	Galaxy A15	2023-07-15 04:11:42+07	t
249	100336	867713840452007	realme	C53	2023-11-02 00:52:41+07	f
250	100337	353883498956178	Apple	iPhone 13	2023-09-12 22:09:38+07	t
251	100337	867713518710835	realme	C53	2022-04-26 18:17:56+07	f
252	100337	860377996291366	OPPO	A58	2021-07-09 19:41:39+07	t
253	100338	353883895137968	Apple	iPhone 13	2021-06-25 14:49:24+07	t
254	100338	350981724297897	Samsung	Galaxy A15	2021-07-29 13:10:35+07	t
255	100339	860377793723561	OPPO	A58	2022-12-31 08:57:32+07	f
256	100339	865102123381285	vivo	Y17s	2023-06-25 10:25:00+07	t
257	100340	861234973256129	Xiaomi	Redmi Note 13	2022-04-24 07:46:27+07	t
258	100340	865102917499558	vivo	Y17s	2023-04-13 05:58:50+07	t
259	100341	860377097255070	OPPO	A58	2022-10-05 22:44:05+07	t
260	100342	356447483413541	Apple	iPhone 15 Pro Max	2021-12-28 15:07:43+07	t
261	100343	351675252216779	Samsung	Galaxy S23	2021-05-10 15:53:06+07	t
262	100343	861234524093450	Xiaomi	Redmi Note 13	2023-08-21 05:06:54+07	t
263	100344	352419921580417	Nokia	105 4G	2021-07-28 20:38:34+07	f
264	100344	351675511728358	Samsung	Galaxy S23	2024-06-11 08:01:15+07	t
265	100344	356447080853941	Apple	iPhone 15 Pro Max	2022-10-28 15:37:05+07	t
266	100345	867713308361690	realme	C53	2023-05-13 03:55:12+07	t
267	100345	353883479047559	Apple	iPhone 13	2023-11-10 02:19:00+07	t
268	100345	350981610980994	Samsung	Galaxy A15	2023-12-01 20:45:41+07	f
269	100346	356447421535694	Apple	iPhone 15 Pro Max	2022-02-04 06:55:07+07	t
270	100346	353883171195607	Apple	iPhone 13	2022-11-25 23:19:49+07	t
271	100347	351675227466574	Samsung	Galaxy S23	2022-02-06 11:36:36+07	f
272	100348	356447547101280	Apple	iPhone 15 Pro Max	2022-04-10 02:38:11+07	f
273	100349	353883801901960	Apple	iPhone 13	2021-12-01 21:28:47+07	f
274	100349	861234203767523	Xiaomi	Redmi Note 13	2022-07-03 04:58:02+07	f
275	100350	860377180924103	OPPO	A58	2021-12-24 02:15:30+07	t
276	100351	867713126365642	realme	C53	2021-12-23 16:33:41+07	f
277	100352	860377953288827	OPPO	A58	2021-05-31 18:21:21+07	t
278	100352	861234711275779	Xiaomi	Redmi Note 13	2021-11-10 01:36:59+07	t
279	100353	353883438609986	Apple	iPhone 13	2024-05-07 15:49:02+07	t
280	100354	865102690611387	vivo	Y17s	2021-06-15 23:55:20+07	t
281	100355	865102664015185	vivo	Y17s	2021-09-07 23:01:53+07	t
282	100356	350981474242945	Samsung	Galaxy A15	2023-08-30 05:17:16+07	f
283	100357	867713145437273	realme	C53	2023-07-29 00:31:04+07	t
284	100358	350981850268514	Samsung	Galaxy A15	2021-11-25 13:20:18+07	t
285	100358	860377590989001	OPPO	A58	2022-10-24 09:14:14+07	t
286	100359	867713154829212	realme	C53	2023-03-11 11:48:35+07	t
287	100359	860377288471262	OPPO	A58	2021-07-13 02:15:56+07	t
288	100360	867713168126811	realme	C53	2022-10-30 08:06:07+07	t
289	100360	356447034901721	Apple	iPhone 15 Pro Max	2023-04-08 19:16:57+07	t
290	100361	867713766769087	realme	C53	2023-06-07 15:18:29+07	t
291	100362	860377992691569	OPPO	A58	2022-07-08 05:26:40+07	t
292	100362	861234382341363	Xiaomi	Redmi Note 13	2024-03-16 10:04:46+07	t
293	100363	865102004290209	vivo	Y17s	2022-09-04 07:49:45+07	t
294	100364	351675231842232	Samsung	Galaxy S23	2021-10-06 16:28:39+07	t
295	100364	350981331337128	Samsung	Galaxy A15	2021-03-20 07:08:37+07	t
296	100365	860377337602362	OPPO	A58	2021-07-24 18:36:17+07	t
297	100365	352419024595544	Nokia	105 4G	2023-03-20 02:14:57+07	t
298	100366	865102716094436	vivo	Y17s	2023-09-18 06:28:20+07	t
299	100367	861234174240609	Xiaomi	Redmi Note 13	2022-06-30 06:06:27+07	t
300	100367	861234458239061	Xiaomi	Redmi Note 13	2021-05-22 09:35:50+07	t
301	100367	356447588122971	Apple	iPhone 15 Pro Max	2024-03-28 23:34:36+07	t
302	100368	351675097086791	Samsung	Galaxy S23	2021-04-22 09:37:14+07	f
303	100368	350981527189705	Samsung	Galaxy A15	2021-03-20 13:30:15+07	f
304	100369	351675410351260	Samsung	Galaxy S23	2023-08-13 13:09:38+07	t
305	100369	867713570483636	realme	C53	2021-12-25 06:21:13+07	t
306	100370	861234098352761	Xiaomi	Redmi Note 13	2023-03-06 20:35:14+07	f
307	100371	867713294931837	realme	C53	2022-08-06 19:25:16+07	f
308	100371	356447185308361	Apple	iPhone 15 Pro Max	2021-03-13 17:53:15+07	f
309	100372	860377360941224	OPPO	A58	2023-02-14 19:10:01+07	f
310	100372	353883922357845	Apple	iPhone 13	2022-03-12 16:44:11+07	t
311	100372	350981017128734	Samsung	Galaxy A15	2021-05-02 02:59:09+07	f
312	100373	867713665498168	realme	C53	2023-10-02 02:33:06+07	t
313	100374	860377475533221	OPPO	A58	2023-06-01 05:41:42+07	t
314	100374	356447630070616	Apple	iPhone 15 Pro Max	2024-04-02 10:20:10+07	t
315	100375	351675934447206	Samsung	Galaxy S23	2021-04-17 05:45:44+07	t
316	100376	860377248360951	OPPO	A58	2022-07-07 08:27:25+07	t
317	100376	353883767132733	Apple	iPhone 13	2022-02-11 10:49:27+07	t
318	100376	352419114012228	Nokia	105 4G	2023-04-22 05:43:33+07	t
319	100377	867713876970062	realme	C53	2022-06-26 21:08:03+07	f
320	100378	867713163460413	realme	C53	2022-11-10 00:05:16+07	t
321	100379	860377690327581	OPPO	A58	2022-06-23 17:43:34+07	f
322	100380	350981313606870	Samsung	Galaxy A15	2024-02-18 21:59:56+07	f
323	100381	860377095304144	OPPO	A58	2021-07-23 01:17:54+07	t
324	100382	861234037802496	Xiaomi	Redmi Note 13	2021-02-21 04:25:37+07	t
325	100382	356447908686499	Apple	iPhone 15 Pro Max	2022-06-18 18:57:11+07	t
326	100382	861234155224655	Xiaomi	Redmi Note 13	2023-12-07 09:43:51+07	t
327	100383	867713800651788	realme	C53	2022-05-16 19:33:03+07	t
328	100383	860377123441421	OPPO	A58	2023-09-06 00:47:24+07	t
329	100383	861234691742319	Xiaomi	Redmi Note 13	2024-06-09 19:40:02+07	t
330	100384	350981689178710	Samsung	Galaxy A15	2023-03-07 17:30:25+07	t
331	100384	865102265985208	vivo	Y17s	2023-06-27 00:43:37+07	t
332	100385	350981963808156	Samsung	Galaxy A15	2023-11-22 21:38:56+07	f
333	100385	356447882560512	Apple	iPhone 15 Pro Max	2022-12-16 17:47:21+07	t
334	100386	860377742191522	OPPO	A58	2024-05-22 04:47:10+07	t
335	100386	352419455867263	Nokia	105 4G	2021-01-31 06:48:15+07	t
336	100387	861234381628869	Xiaomi	Redmi Note 13	2023-12-02 18:08:07+07	t
337	100387	353883595069743	Apple	iPhone 13	2022-10-12 02:26:37+07	t
338	100387	860377471005570	OPPO	A58	2022-09-05 15:35:08+07	t
339	100388	865102562076677	vivo	Y17s	2023-08-12 17:33:00+07	t
340	100388	860377681291275	OPPO	A58	2023-12-05 12:03:54+07	t
341	100388	356447978692591	Apple	iPhone 15 Pro Max	2021-03-25 21:56:56+07	t
342	100389	865102342203989	vivo	Y17s	2024-04-08 02:26:33+07	t
343	100389	352419833614841	Nokia	105 4G	2022-12-01 20:09:34+07	t
344	100389	867713177320272	realme	C53	2023-08-11 21:36:49+07	t
345	100390	356447123561790	Apple	iPhone 15 Pro Max	2024-06-15 07:43:51+07	t
\.


--
-- Data for Name: topups; Type: TABLE DATA; Schema: care; Owner: care_app
--

COPY care.topups (topup_id, subscriber_id, msisdn, amount_vnd, channel, card_serial, bank_code, bank_txn_ref, wallet_txn_id, created_at, status) FROM stdin;
1	100201	84779124656	20000	BANK_APP	\N	VCB	FT240130488368	\N	2024-01-13 12:03:48+07	SUCCESS
2	100202	84784193445	20000	BANK_APP	\N	VPB	FT240691928019	\N	2024-03-09 15:19:19+07	SUCCESS
3	100202	84784193445	10000	BANK_APP	\N	VPB	FT241185433536	\N	2024-04-27 20:26:32+07	SUCCESS
4	100202	84784193445	10000	THE_CAO	100058727857992	\N	\N	\N	2024-04-20 18:11:07+07	SUCCESS
5	100202	84784193445	10000	MOMO	\N	\N	\N	09241648905	2024-06-28 13:07:15+07	SUCCESS
6	100202	84784193445	100000	MOMO	\N	\N	\N	37415432915	2024-05-01 09:47:27+07	SUCCESS
7	100202	84784193445	50000	MOMO	\N	\N	\N	91409791554	2024-03-17 21:51:11+07	SUCCESS
8	100202	84784193445	50000	MOMO	\N	\N	\N	53429057200	2024-01-17 10:40:35+07	SUCCESS
9	100202	84784193445	30000	MOMO	\N	\N	\N	69049623458	2024-03-28 04:39:51+07	SUCCESS
10	100202	84784193445	200000	MOMO	\N	\N	\N	15388926121	2024-02-27 05:58:27+07	SUCCESS
11	100202	84784193445	200000	THE_CAO	100095473109405	\N	\N	\N	2024-02-03 17:27:30+07	SUCCESS
12	100202	84784193445	10000	THE_CAO	100081317713698	\N	\N	\N	2024-06-19 00:07:03+07	SUCCESS
13	100202	84784193445	100000	MOMO	\N	\N	\N	00326661777	2024-04-17 21:49:26+07	SUCCESS
14	100202	84784193445	500000	MOMO	\N	\N	\N	16597591086	2024-05-28 20:10:49+07	SUCCESS
15	100203	84908138222	10000	BANK_APP	\N	VCB	FT240897738533	\N	2024-03-29 15:33:35+07	SUCCESS
16	100203	84908138222	100000	MY_APP	\N	\N	\N	\N	2024-04-27 20:01:10+07	SUCCESS
17	100203	84908138222	50000	MOMO	\N	\N	\N	35944787109	2024-02-18 22:58:52+07	SUCCESS
18	100203	84908138222	50000	ZALOPAY	\N	\N	\N	240307_965705052	2024-03-07 12:43:36+07	SUCCESS
19	100203	84908138222	100000	BANK_APP	\N	VPB	FT240632225479	\N	2024-03-03 16:32:49+07	SUCCESS
20	100203	84908138222	50000	THE_CAO	330093934215568	\N	\N	\N	2024-03-25 00:39:17+07	SUCCESS
21	100203	84908138222	200000	BANK_APP	\N	BIDV	FT241657453161	\N	2024-06-13 21:01:13+07	SUCCESS
22	100203	84908138222	200000	MOMO	\N	\N	\N	24659915316	2024-04-22 04:58:36+07	SUCCESS
23	100203	84908138222	10000	MOMO	\N	\N	\N	62695177915	2024-06-01 15:30:21+07	SUCCESS
24	100203	84908138222	500000	THE_CAO	200053751364746	\N	\N	\N	2024-04-17 00:07:51+07	FAILED
25	100203	84908138222	200000	BANK_APP	\N	BIDV	FT241642046994	\N	2024-06-12 06:05:27+07	SUCCESS
26	100203	84908138222	100000	BANK_APP	\N	MB	FT241002489259	\N	2024-04-09 17:25:57+07	SUCCESS
27	100203	84908138222	30000	BANK_APP	\N	VPB	FT241550219316	\N	2024-06-03 20:54:04+07	SUCCESS
28	100203	84908138222	10000	MOMO	\N	\N	\N	67883551756	2024-04-28 00:20:42+07	SUCCESS
29	100204	84770417008	50000	THE_CAO	330082046325092	\N	\N	\N	2024-01-01 08:34:56+07	SUCCESS
30	100204	84770417008	50000	THE_CAO	200034820349615	\N	\N	\N	2024-02-11 21:54:47+07	SUCCESS
31	100206	84769779510	30000	MOMO	\N	\N	\N	13629699507	2024-06-16 18:25:45+07	FAILED
32	100206	84769779510	20000	THE_CAO	100053647362398	\N	\N	\N	2024-01-23 01:06:36+07	SUCCESS
33	100206	84769779510	10000	MOMO	\N	\N	\N	52166314718	2024-02-13 02:26:37+07	SUCCESS
34	100206	84769779510	50000	MOMO	\N	\N	\N	23109952888	2024-04-03 20:51:36+07	SUCCESS
35	100206	84769779510	50000	BANK_APP	\N	VCB	FT240517374871	\N	2024-02-20 22:22:29+07	SUCCESS
36	100206	84769779510	10000	THE_CAO	330063671543898	\N	\N	\N	2024-03-03 03:59:40+07	SUCCESS
37	100206	84769779510	30000	MOMO	\N	\N	\N	01557835718	2024-05-22 04:30:16+07	SUCCESS
38	100206	84769779510	50000	MOMO	\N	\N	\N	76696286622	2024-05-20 07:00:50+07	FAILED
39	100207	84762709299	500000	ZALOPAY	\N	\N	\N	240205_516842793	2024-02-05 04:06:47+07	SUCCESS
40	100207	84762709299	20000	BANK_APP	\N	ACB	FT240775515802	\N	2024-03-17 09:12:56+07	FAILED
41	100207	84762709299	200000	BANK_APP	\N	BIDV	FT241556244022	\N	2024-06-03 14:40:51+07	SUCCESS
42	100207	84762709299	200000	BANK_APP	\N	VPB	FT240557102582	\N	2024-02-24 01:08:53+07	SUCCESS
43	100207	84762709299	100000	MOMO	\N	\N	\N	66560530817	2024-06-01 19:58:36+07	SUCCESS
44	100207	84762709299	30000	THE_CAO	200022703049840	\N	\N	\N	2024-06-23 20:59:58+07	SUCCESS
45	100207	84762709299	200000	ZALOPAY	\N	\N	\N	240602_492902859	2024-06-02 14:04:48+07	SUCCESS
46	100207	84762709299	100000	THE_CAO	200084560480965	\N	\N	\N	2024-05-01 23:33:38+07	SUCCESS
47	100207	84762709299	50000	BANK_APP	\N	ACB	FT240759048391	\N	2024-03-15 21:53:18+07	SUCCESS
48	100207	84762709299	10000	BANK_APP	\N	BIDV	FT241443187369	\N	2024-05-23 07:03:49+07	SUCCESS
49	100207	84762709299	100000	BANK_APP	\N	MB	FT240648388857	\N	2024-03-04 07:55:33+07	SUCCESS
50	100207	84762709299	10000	ZALOPAY	\N	\N	\N	240523_045309243	2024-05-23 17:30:44+07	SUCCESS
51	100207	84762709299	10000	ZALOPAY	\N	\N	\N	240214_775936371	2024-02-14 12:35:56+07	SUCCESS
52	100208	84895347578	10000	MY_APP	\N	\N	\N	\N	2024-05-23 03:27:55+07	SUCCESS
53	100208	84895347578	50000	BANK_APP	\N	VPB	FT241220785985	\N	2024-05-01 12:38:01+07	SUCCESS
54	100208	84895347578	500000	MOMO	\N	\N	\N	48682517806	2024-03-06 04:48:46+07	SUCCESS
55	100208	84895347578	200000	ZALOPAY	\N	\N	\N	240309_174583184	2024-03-09 16:22:17+07	SUCCESS
56	100208	84895347578	20000	MY_APP	\N	\N	\N	\N	2024-06-22 03:26:47+07	SUCCESS
57	100208	84895347578	500000	MOMO	\N	\N	\N	47495108936	2024-01-02 21:34:58+07	SUCCESS
58	100208	84895347578	30000	MOMO	\N	\N	\N	14169046670	2024-06-21 14:37:34+07	SUCCESS
59	100209	84895407836	30000	BANK_APP	\N	VCB	FT241144448227	\N	2024-04-23 14:35:56+07	SUCCESS
60	100209	84895407836	10000	ZALOPAY	\N	\N	\N	240212_890375370	2024-02-12 23:20:45+07	SUCCESS
61	100210	84766835547	30000	BANK_APP	\N	VPB	FT241677076059	\N	2024-06-15 22:19:38+07	SUCCESS
62	100210	84766835547	100000	BANK_APP	\N	VCB	FT240143366608	\N	2024-01-14 22:17:11+07	SUCCESS
63	100211	84906248507	10000	BANK_APP	\N	BIDV	FT240017298804	\N	2024-01-01 14:13:19+07	SUCCESS
64	100212	84893993428	10000	THE_CAO	100007586576250	\N	\N	\N	2024-04-04 10:48:39+07	SUCCESS
65	100212	84893993428	500000	ZALOPAY	\N	\N	\N	240529_197786395	2024-05-29 11:57:55+07	SUCCESS
66	100212	84893993428	50000	THE_CAO	200041149114719	\N	\N	\N	2024-01-04 08:20:37+07	SUCCESS
67	100212	84893993428	100000	BANK_APP	\N	VCB	FT240723114821	\N	2024-03-12 13:49:55+07	SUCCESS
68	100212	84893993428	100000	THE_CAO	330096532140521	\N	\N	\N	2024-02-08 12:20:59+07	SUCCESS
69	100212	84893993428	200000	BANK_APP	\N	ACB	FT241131669364	\N	2024-04-22 19:05:19+07	SUCCESS
70	100212	84893993428	200000	BANK_APP	\N	TCB	FT240705006959	\N	2024-03-10 23:10:34+07	SUCCESS
71	100212	84893993428	500000	THE_CAO	200093236314902	\N	\N	\N	2024-05-26 13:37:08+07	SUCCESS
72	100212	84893993428	50000	MOMO	\N	\N	\N	31745545520	2024-06-28 14:34:39+07	SUCCESS
73	100212	84893993428	200000	MOMO	\N	\N	\N	32918201392	2024-04-01 07:15:56+07	SUCCESS
74	100212	84893993428	500000	MOMO	\N	\N	\N	47009119418	2024-02-10 07:16:56+07	SUCCESS
75	100213	84765971683	30000	MOMO	\N	\N	\N	74248841033	2024-04-09 00:26:14+07	SUCCESS
76	100213	84765971683	50000	THE_CAO	200098287079233	\N	\N	\N	2024-01-22 11:32:16+07	SUCCESS
77	100213	84765971683	30000	MOMO	\N	\N	\N	16951701901	2024-01-22 06:26:26+07	SUCCESS
78	100213	84765971683	100000	BANK_APP	\N	VCB	FT240927738994	\N	2024-04-01 03:12:27+07	SUCCESS
79	100213	84765971683	50000	THE_CAO	100037318363770	\N	\N	\N	2024-04-25 14:08:16+07	SUCCESS
80	100213	84765971683	500000	BANK_APP	\N	MB	FT240070496802	\N	2024-01-07 01:45:15+07	SUCCESS
81	100213	84765971683	30000	BANK_APP	\N	BIDV	FT240096195417	\N	2024-01-09 19:42:41+07	SUCCESS
82	100213	84765971683	200000	THE_CAO	330097828480257	\N	\N	\N	2024-04-23 18:40:00+07	SUCCESS
83	100213	84765971683	10000	ZALOPAY	\N	\N	\N	240211_657145179	2024-02-11 07:24:30+07	SUCCESS
84	100213	84765971683	10000	BANK_APP	\N	BIDV	FT240792532367	\N	2024-03-19 08:07:11+07	SUCCESS
85	100213	84765971683	50000	BANK_APP	\N	ACB	FT240180041944	\N	2024-01-18 09:21:02+07	SUCCESS
86	100213	84765971683	10000	THE_CAO	200056456698242	\N	\N	\N	2024-04-07 04:32:25+07	SUCCESS
87	100213	84765971683	100000	THE_CAO	100062521632973	\N	\N	\N	2024-04-14 01:33:08+07	FAILED
88	100213	84765971683	30000	THE_CAO	330076189590450	\N	\N	\N	2024-03-20 17:36:38+07	SUCCESS
89	100214	84934986151	100000	BANK_APP	\N	MB	FT240921978482	\N	2024-04-01 21:22:25+07	SUCCESS
90	100214	84934986151	20000	THE_CAO	200059898210878	\N	\N	\N	2024-06-18 18:41:29+07	SUCCESS
91	100215	84897469649	20000	ZALOPAY	\N	\N	\N	240616_712045445	2024-06-16 00:26:56+07	SUCCESS
92	100215	84897469649	500000	BANK_APP	\N	BIDV	FT241153673130	\N	2024-04-24 02:49:39+07	SUCCESS
93	100215	84897469649	10000	MOMO	\N	\N	\N	42216394896	2024-02-20 11:48:17+07	SUCCESS
94	100215	84897469649	30000	THE_CAO	200024726376713	\N	\N	\N	2024-03-17 23:38:23+07	SUCCESS
95	100215	84897469649	10000	MOMO	\N	\N	\N	12886079302	2024-01-13 23:19:56+07	SUCCESS
96	100216	84768922378	30000	MOMO	\N	\N	\N	81230122428	2024-05-26 10:45:38+07	SUCCESS
97	100216	84768922378	20000	THE_CAO	330042114347713	\N	\N	\N	2024-05-16 02:42:04+07	SUCCESS
98	100216	84768922378	100000	BANK_APP	\N	VPB	FT240894488761	\N	2024-03-29 04:34:01+07	SUCCESS
99	100216	84768922378	500000	MY_APP	\N	\N	\N	\N	2024-05-30 11:32:21+07	SUCCESS
100	100216	84768922378	10000	ZALOPAY	\N	\N	\N	240306_241921778	2024-03-06 02:14:09+07	SUCCESS
101	100216	84768922378	10000	BANK_APP	\N	BIDV	FT240146421559	\N	2024-01-14 05:10:37+07	SUCCESS
102	100216	84768922378	10000	THE_CAO	100068085867248	\N	\N	\N	2024-01-14 17:17:36+07	SUCCESS
103	100216	84768922378	30000	MOMO	\N	\N	\N	59956326692	2024-01-10 20:03:22+07	SUCCESS
104	100216	84768922378	500000	BANK_APP	\N	BIDV	FT240362891834	\N	2024-02-05 21:01:51+07	SUCCESS
105	100217	84761436058	500000	BANK_APP	\N	BIDV	FT241284645505	\N	2024-05-07 06:15:11+07	SUCCESS
106	100217	84761436058	10000	MY_APP	\N	\N	\N	\N	2024-02-24 02:56:01+07	SUCCESS
107	100217	84761436058	20000	THE_CAO	100097155588067	\N	\N	\N	2024-02-07 21:07:21+07	SUCCESS
108	100217	84761436058	30000	THE_CAO	100069461772571	\N	\N	\N	2024-02-28 13:35:32+07	SUCCESS
109	100217	84761436058	100000	BANK_APP	\N	BIDV	FT240205888820	\N	2024-01-20 22:43:12+07	SUCCESS
110	100217	84761436058	50000	THE_CAO	330088528628590	\N	\N	\N	2024-01-12 21:31:54+07	SUCCESS
111	100217	84761436058	500000	BANK_APP	\N	TCB	FT240025824264	\N	2024-01-02 01:22:47+07	SUCCESS
112	100217	84761436058	20000	MOMO	\N	\N	\N	37275212021	2024-06-26 05:10:11+07	SUCCESS
113	100217	84761436058	30000	MY_APP	\N	\N	\N	\N	2024-02-28 01:14:15+07	SUCCESS
114	100217	84761436058	10000	BANK_APP	\N	VPB	FT241203127888	\N	2024-04-29 16:32:31+07	SUCCESS
115	100217	84761436058	10000	MOMO	\N	\N	\N	73827436143	2024-01-19 21:06:19+07	SUCCESS
116	100217	84761436058	50000	BANK_APP	\N	TCB	FT240666604431	\N	2024-03-06 04:06:15+07	SUCCESS
117	100217	84761436058	10000	MOMO	\N	\N	\N	98128924488	2024-01-24 10:27:26+07	SUCCESS
118	100218	84799104348	100000	BANK_APP	\N	MB	FT240238540652	\N	2024-01-23 06:09:00+07	SUCCESS
119	100219	84781096033	20000	THE_CAO	200034938347282	\N	\N	\N	2024-01-06 11:47:43+07	SUCCESS
120	100219	84781096033	10000	THE_CAO	100042352803014	\N	\N	\N	2024-01-03 02:16:24+07	SUCCESS
121	100219	84781096033	200000	THE_CAO	200028837367113	\N	\N	\N	2024-02-29 15:19:50+07	SUCCESS
122	100219	84781096033	200000	ZALOPAY	\N	\N	\N	240516_184584864	2024-05-16 21:26:11+07	SUCCESS
123	100219	84781096033	20000	MOMO	\N	\N	\N	00361170555	2024-03-30 12:08:30+07	SUCCESS
124	100219	84781096033	200000	MOMO	\N	\N	\N	70111029036	2024-02-23 04:37:17+07	SUCCESS
125	100219	84781096033	200000	BANK_APP	\N	BIDV	FT240028575177	\N	2024-01-02 05:58:17+07	SUCCESS
126	100219	84781096033	500000	MOMO	\N	\N	\N	55196698706	2024-02-14 07:41:57+07	SUCCESS
127	100219	84781096033	50000	BANK_APP	\N	VPB	FT241303772034	\N	2024-05-09 21:07:31+07	SUCCESS
128	100219	84781096033	100000	ZALOPAY	\N	\N	\N	240217_348694741	2024-02-17 18:46:03+07	SUCCESS
129	100219	84781096033	200000	THE_CAO	330073467231834	\N	\N	\N	2024-02-04 07:04:12+07	SUCCESS
130	100219	84781096033	20000	MOMO	\N	\N	\N	07476780704	2024-02-01 06:37:21+07	SUCCESS
131	100219	84781096033	50000	MOMO	\N	\N	\N	19044471900	2024-03-12 20:11:16+07	SUCCESS
132	100220	84897755498	30000	MY_APP	\N	\N	\N	\N	2024-01-10 01:40:01+07	FAILED
133	100220	84897755498	50000	MOMO	\N	\N	\N	30010066234	2024-03-04 03:46:27+07	SUCCESS
134	100220	84897755498	500000	BANK_APP	\N	VCB	FT241490368369	\N	2024-05-28 18:42:16+07	SUCCESS
135	100220	84897755498	200000	MOMO	\N	\N	\N	65190238618	2024-06-13 15:11:38+07	SUCCESS
136	100220	84897755498	20000	THE_CAO	200092236650747	\N	\N	\N	2024-01-01 03:23:27+07	SUCCESS
137	100220	84897755498	10000	THE_CAO	200041367233027	\N	\N	\N	2024-05-03 01:38:39+07	SUCCESS
138	100220	84897755498	200000	THE_CAO	100099396870549	\N	\N	\N	2024-04-07 16:00:43+07	SUCCESS
139	100220	84897755498	100000	BANK_APP	\N	VCB	FT241757688580	\N	2024-06-23 02:15:58+07	SUCCESS
140	100220	84897755498	10000	MOMO	\N	\N	\N	15420439753	2024-03-28 11:18:01+07	FAILED
141	100220	84897755498	100000	THE_CAO	100014438635415	\N	\N	\N	2024-02-02 08:02:51+07	SUCCESS
142	100220	84897755498	30000	BANK_APP	\N	BIDV	FT241313758162	\N	2024-05-10 21:36:17+07	SUCCESS
143	100220	84897755498	100000	ZALOPAY	\N	\N	\N	240103_296124642	2024-01-03 21:18:02+07	SUCCESS
144	100221	84703000075	30000	BANK_APP	\N	VPB	FT240618134246	\N	2024-03-01 19:08:38+07	SUCCESS
145	100221	84703000075	50000	MY_APP	\N	\N	\N	\N	2024-01-15 12:02:11+07	FAILED
146	100221	84703000075	500000	BANK_APP	\N	VPB	FT240124395898	\N	2024-01-12 16:15:55+07	SUCCESS
147	100221	84703000075	30000	THE_CAO	100089393698237	\N	\N	\N	2024-03-27 20:09:43+07	SUCCESS
148	100221	84703000075	100000	MY_APP	\N	\N	\N	\N	2024-06-14 23:01:46+07	SUCCESS
149	100221	84703000075	200000	THE_CAO	100056327246451	\N	\N	\N	2024-02-04 23:39:36+07	SUCCESS
150	100221	84703000075	100000	MOMO	\N	\N	\N	39230930127	2024-01-19 18:54:42+07	SUCCESS
151	100221	84703000075	100000	BANK_APP	\N	TCB	FT240886797419	\N	2024-03-28 09:10:59+07	SUCCESS
152	100222	84890541279	200000	ZALOPAY	\N	\N	\N	240226_159899488	2024-02-26 14:56:23+07	SUCCESS
153	100222	84890541279	200000	MOMO	\N	\N	\N	66079991228	2024-03-30 08:14:10+07	SUCCESS
154	100222	84890541279	50000	BANK_APP	\N	VCB	FT240101759213	\N	2024-01-10 09:39:09+07	SUCCESS
155	100223	84892114965	200000	BANK_APP	\N	VPB	FT240819721576	\N	2024-03-21 14:59:16+07	SUCCESS
156	100224	84760170502	50000	MOMO	\N	\N	\N	78080301067	2024-05-11 04:26:58+07	SUCCESS
157	100224	84760170502	10000	MY_APP	\N	\N	\N	\N	2024-04-17 06:55:59+07	SUCCESS
158	100224	84760170502	50000	THE_CAO	200038041971497	\N	\N	\N	2024-05-08 01:06:40+07	SUCCESS
159	100225	84764746366	10000	MY_APP	\N	\N	\N	\N	2024-01-16 13:26:19+07	SUCCESS
160	100225	84764746366	10000	MOMO	\N	\N	\N	10797277147	2024-03-24 23:46:07+07	SUCCESS
161	100225	84764746366	30000	BANK_APP	\N	MB	FT240297525204	\N	2024-01-29 17:59:50+07	SUCCESS
162	100225	84764746366	200000	THE_CAO	100090509556864	\N	\N	\N	2024-03-17 12:50:55+07	SUCCESS
163	100225	84764746366	50000	BANK_APP	\N	VPB	FT240165351356	\N	2024-01-16 15:43:47+07	SUCCESS
164	100225	84764746366	30000	MY_APP	\N	\N	\N	\N	2024-05-19 06:23:12+07	SUCCESS
165	100225	84764746366	200000	THE_CAO	200008933135003	\N	\N	\N	2024-02-16 05:43:16+07	SUCCESS
166	100225	84764746366	50000	THE_CAO	100029815949688	\N	\N	\N	2024-04-06 00:07:49+07	SUCCESS
167	100225	84764746366	50000	BANK_APP	\N	TCB	FT240493073077	\N	2024-02-18 20:19:00+07	SUCCESS
168	100225	84764746366	500000	THE_CAO	200013583167278	\N	\N	\N	2024-06-10 08:49:21+07	SUCCESS
169	100225	84764746366	10000	MOMO	\N	\N	\N	21657436477	2024-04-08 17:57:44+07	SUCCESS
170	100225	84764746366	500000	THE_CAO	200071296513195	\N	\N	\N	2024-06-12 21:14:21+07	SUCCESS
171	100226	84901862758	10000	BANK_APP	\N	VCB	FT241076787955	\N	2024-04-16 07:06:54+07	SUCCESS
172	100226	84901862758	500000	THE_CAO	200031341658719	\N	\N	\N	2024-06-16 06:06:01+07	SUCCESS
173	100226	84901862758	30000	MOMO	\N	\N	\N	52175567213	2024-02-04 13:59:40+07	SUCCESS
174	100226	84901862758	100000	BANK_APP	\N	VCB	FT241123117720	\N	2024-04-21 00:01:46+07	SUCCESS
175	100226	84901862758	50000	MY_APP	\N	\N	\N	\N	2024-01-06 23:40:45+07	SUCCESS
176	100226	84901862758	30000	THE_CAO	100019048519837	\N	\N	\N	2024-03-09 05:32:45+07	SUCCESS
177	100226	84901862758	500000	MY_APP	\N	\N	\N	\N	2024-02-05 17:11:14+07	SUCCESS
178	100226	84901862758	20000	THE_CAO	100050934146254	\N	\N	\N	2024-03-05 13:42:58+07	SUCCESS
179	100226	84901862758	10000	MOMO	\N	\N	\N	70420156613	2024-02-29 13:39:52+07	SUCCESS
180	100226	84901862758	50000	THE_CAO	200008590134761	\N	\N	\N	2024-05-30 15:16:59+07	SUCCESS
181	100226	84901862758	100000	THE_CAO	330049012942439	\N	\N	\N	2024-03-19 21:53:19+07	SUCCESS
182	100226	84901862758	50000	THE_CAO	200077397478370	\N	\N	\N	2024-02-11 08:50:24+07	SUCCESS
183	100227	84783181179	100000	THE_CAO	200076378796491	\N	\N	\N	2024-04-13 23:36:45+07	SUCCESS
184	100227	84783181179	50000	BANK_APP	\N	VCB	FT241028792954	\N	2024-04-11 01:01:28+07	SUCCESS
185	100228	84704512749	10000	ZALOPAY	\N	\N	\N	240524_643863670	2024-05-24 18:39:05+07	SUCCESS
186	100228	84704512749	20000	THE_CAO	200089036794482	\N	\N	\N	2024-04-20 15:38:44+07	SUCCESS
187	100228	84704512749	100000	THE_CAO	330078352729926	\N	\N	\N	2024-04-15 18:44:38+07	SUCCESS
188	100228	84704512749	30000	MOMO	\N	\N	\N	68240685445	2024-03-23 08:20:16+07	SUCCESS
189	100228	84704512749	200000	MOMO	\N	\N	\N	20356355296	2024-06-20 09:44:41+07	SUCCESS
190	100228	84704512749	100000	BANK_APP	\N	VCB	FT240827442299	\N	2024-03-22 15:25:25+07	SUCCESS
191	100228	84704512749	50000	THE_CAO	330009686278042	\N	\N	\N	2024-06-15 14:26:16+07	SUCCESS
192	100228	84704512749	50000	BANK_APP	\N	MB	FT240798255954	\N	2024-03-19 00:56:35+07	SUCCESS
193	100228	84704512749	200000	MOMO	\N	\N	\N	50110038333	2024-05-28 10:31:55+07	SUCCESS
194	100228	84704512749	10000	ZALOPAY	\N	\N	\N	240623_549451125	2024-06-23 10:10:01+07	SUCCESS
195	100228	84704512749	200000	MY_APP	\N	\N	\N	\N	2024-05-16 15:38:18+07	SUCCESS
196	100228	84704512749	50000	THE_CAO	100082731090108	\N	\N	\N	2024-02-16 03:40:40+07	SUCCESS
197	100228	84704512749	50000	BANK_APP	\N	VCB	FT240666566876	\N	2024-03-06 18:39:13+07	SUCCESS
198	100229	84897956434	500000	MOMO	\N	\N	\N	75947891050	2024-04-25 18:07:38+07	SUCCESS
199	100229	84897956434	50000	THE_CAO	200032470518803	\N	\N	\N	2024-05-11 13:06:14+07	SUCCESS
200	100229	84897956434	200000	ZALOPAY	\N	\N	\N	240306_004484834	2024-03-06 07:58:34+07	SUCCESS
201	100229	84897956434	10000	MY_APP	\N	\N	\N	\N	2024-06-03 17:58:08+07	SUCCESS
202	100229	84897956434	50000	THE_CAO	100092248502038	\N	\N	\N	2024-04-17 02:12:46+07	SUCCESS
203	100229	84897956434	50000	THE_CAO	200076873715969	\N	\N	\N	2024-05-08 06:09:08+07	SUCCESS
204	100229	84897956434	200000	MY_APP	\N	\N	\N	\N	2024-01-20 04:49:10+07	SUCCESS
205	100229	84897956434	10000	THE_CAO	100098241403527	\N	\N	\N	2024-05-09 23:19:18+07	SUCCESS
206	100229	84897956434	500000	MOMO	\N	\N	\N	40545810024	2024-06-23 03:19:24+07	SUCCESS
207	100230	84895458630	200000	MOMO	\N	\N	\N	46619822340	2024-01-14 11:57:08+07	SUCCESS
208	100230	84895458630	30000	BANK_APP	\N	VPB	FT240868963420	\N	2024-03-26 15:54:20+07	SUCCESS
209	100230	84895458630	30000	THE_CAO	100092775663291	\N	\N	\N	2024-03-24 09:59:16+07	SUCCESS
210	100230	84895458630	100000	BANK_APP	\N	ACB	FT241667683410	\N	2024-06-14 21:22:13+07	SUCCESS
211	100230	84895458630	10000	BANK_APP	\N	VCB	FT240900817951	\N	2024-03-30 14:27:23+07	SUCCESS
212	100230	84895458630	500000	THE_CAO	200050957239012	\N	\N	\N	2024-04-18 16:12:42+07	SUCCESS
213	100230	84895458630	20000	MY_APP	\N	\N	\N	\N	2024-01-13 03:44:24+07	SUCCESS
214	100230	84895458630	50000	MOMO	\N	\N	\N	86574840996	2024-01-18 05:36:44+07	SUCCESS
215	100230	84895458630	500000	MOMO	\N	\N	\N	57288727891	2024-02-16 09:24:55+07	SUCCESS
216	100230	84895458630	50000	ZALOPAY	\N	\N	\N	240601_774723428	2024-06-01 09:29:53+07	SUCCESS
217	100231	84789759826	100000	THE_CAO	200020187986051	\N	\N	\N	2024-05-07 12:28:33+07	SUCCESS
218	100231	84789759826	10000	THE_CAO	200020628259794	\N	\N	\N	2024-06-21 21:15:36+07	SUCCESS
219	100231	84789759826	30000	THE_CAO	100038354167361	\N	\N	\N	2024-02-03 14:26:24+07	SUCCESS
220	100231	84789759826	20000	THE_CAO	100020754196246	\N	\N	\N	2024-01-25 21:09:25+07	SUCCESS
221	100231	84789759826	200000	THE_CAO	330007632792896	\N	\N	\N	2024-03-01 07:44:42+07	SUCCESS
222	100231	84789759826	20000	MOMO	\N	\N	\N	42060316557	2024-01-19 09:47:13+07	SUCCESS
223	100231	84789759826	10000	MOMO	\N	\N	\N	73984136589	2024-02-08 15:49:51+07	SUCCESS
224	100231	84789759826	20000	ZALOPAY	\N	\N	\N	240501_871046725	2024-05-01 00:46:44+07	SUCCESS
225	100231	84789759826	50000	MOMO	\N	\N	\N	29881348728	2024-06-02 08:44:52+07	SUCCESS
226	100231	84789759826	500000	BANK_APP	\N	BIDV	FT241744573468	\N	2024-06-22 09:04:52+07	SUCCESS
227	100232	84700783125	50000	MOMO	\N	\N	\N	34555168184	2024-03-04 02:03:32+07	SUCCESS
228	100232	84700783125	100000	MOMO	\N	\N	\N	85281997630	2024-02-27 17:02:04+07	SUCCESS
229	100232	84700783125	200000	ZALOPAY	\N	\N	\N	240419_098607685	2024-04-19 12:30:27+07	SUCCESS
230	100232	84700783125	100000	THE_CAO	200042668448203	\N	\N	\N	2024-04-05 09:57:00+07	SUCCESS
231	100233	84939658895	100000	MOMO	\N	\N	\N	75178166660	2024-05-04 22:40:31+07	SUCCESS
232	100233	84939658895	10000	THE_CAO	330054134431263	\N	\N	\N	2024-01-30 17:54:56+07	SUCCESS
233	100233	84939658895	30000	MOMO	\N	\N	\N	35421387966	2024-02-10 18:24:27+07	SUCCESS
234	100233	84939658895	50000	BANK_APP	\N	MB	FT241781459215	\N	2024-06-26 01:45:14+07	SUCCESS
235	100233	84939658895	200000	ZALOPAY	\N	\N	\N	240614_809278542	2024-06-14 14:42:51+07	SUCCESS
236	100233	84939658895	20000	BANK_APP	\N	VCB	FT241289087166	\N	2024-05-07 19:50:39+07	SUCCESS
237	100233	84939658895	200000	BANK_APP	\N	VPB	FT241151626420	\N	2024-04-24 04:48:56+07	SUCCESS
238	100233	84939658895	200000	ZALOPAY	\N	\N	\N	240131_648503318	2024-01-31 17:51:00+07	SUCCESS
239	100233	84939658895	500000	BANK_APP	\N	TCB	FT241578238085	\N	2024-06-05 11:23:39+07	SUCCESS
240	100233	84939658895	50000	BANK_APP	\N	BIDV	FT240415121314	\N	2024-02-10 12:33:57+07	SUCCESS
241	100233	84939658895	20000	BANK_APP	\N	TCB	FT241311766990	\N	2024-05-10 16:41:43+07	FAILED
242	100233	84939658895	500000	THE_CAO	200029948007831	\N	\N	\N	2024-04-09 03:42:48+07	SUCCESS
243	100233	84939658895	20000	MY_APP	\N	\N	\N	\N	2024-04-02 04:59:36+07	SUCCESS
244	100234	84799364301	100000	THE_CAO	200065318782715	\N	\N	\N	2024-02-27 10:30:45+07	SUCCESS
245	100235	84783918451	500000	THE_CAO	330076585658030	\N	\N	\N	2024-05-07 04:04:51+07	SUCCESS
246	100236	84901240289	100000	BANK_APP	\N	TCB	FT241567469490	\N	2024-06-04 07:50:49+07	SUCCESS
247	100236	84901240289	50000	ZALOPAY	\N	\N	\N	240227_616088363	2024-02-27 00:02:19+07	SUCCESS
248	100236	84901240289	10000	MOMO	\N	\N	\N	54426231297	2024-05-06 12:43:47+07	SUCCESS
249	100236	84901240289	20000	MOMO	\N	\N	\N	25022052680	2024-01-12 02:40:43+07	SUCCESS
250	100237	84796229810	20000	BANK_APP	\N	TCB	FT240362915845	\N	2024-02-05 18:05:31+07	SUCCESS
251	100238	84706792289	10000	ZALOPAY	\N	\N	\N	240126_087698399	2024-01-26 13:13:18+07	SUCCESS
252	100238	84706792289	10000	MOMO	\N	\N	\N	89867669010	2024-03-10 10:05:40+07	SUCCESS
253	100238	84706792289	30000	BANK_APP	\N	VPB	FT240977006369	\N	2024-04-06 21:46:24+07	SUCCESS
254	100238	84706792289	30000	ZALOPAY	\N	\N	\N	240424_694811458	2024-04-24 16:02:39+07	SUCCESS
255	100238	84706792289	200000	THE_CAO	200059360953446	\N	\N	\N	2024-03-25 08:20:11+07	SUCCESS
256	100238	84706792289	10000	BANK_APP	\N	VPB	FT240899774508	\N	2024-03-29 12:02:21+07	SUCCESS
257	100238	84706792289	30000	THE_CAO	200075587870389	\N	\N	\N	2024-06-15 06:56:31+07	SUCCESS
258	100238	84706792289	500000	THE_CAO	200086010450205	\N	\N	\N	2024-02-12 00:10:00+07	SUCCESS
259	100238	84706792289	200000	ZALOPAY	\N	\N	\N	240326_148106755	2024-03-26 15:33:43+07	SUCCESS
260	100238	84706792289	50000	BANK_APP	\N	VPB	FT240744742840	\N	2024-03-14 23:17:31+07	SUCCESS
261	100238	84706792289	500000	BANK_APP	\N	BIDV	FT240812333813	\N	2024-03-21 18:22:31+07	SUCCESS
262	100238	84706792289	200000	BANK_APP	\N	VCB	FT240723840966	\N	2024-03-12 09:32:38+07	SUCCESS
263	100238	84706792289	200000	BANK_APP	\N	VCB	FT240893926892	\N	2024-03-29 23:13:13+07	SUCCESS
264	100238	84706792289	50000	THE_CAO	330062659925840	\N	\N	\N	2024-03-10 19:17:54+07	SUCCESS
265	100239	84702641196	30000	MOMO	\N	\N	\N	38854071927	2024-05-17 12:20:41+07	SUCCESS
266	100239	84702641196	30000	BANK_APP	\N	VCB	FT241130373547	\N	2024-04-22 18:57:45+07	SUCCESS
267	100239	84702641196	10000	MY_APP	\N	\N	\N	\N	2024-03-13 06:46:11+07	SUCCESS
268	100239	84702641196	30000	MOMO	\N	\N	\N	12499418620	2024-05-29 10:55:10+07	SUCCESS
269	100239	84702641196	50000	THE_CAO	100073525946628	\N	\N	\N	2024-06-01 08:55:18+07	SUCCESS
270	100239	84702641196	30000	MOMO	\N	\N	\N	05192713197	2024-05-07 20:07:04+07	FAILED
271	100239	84702641196	10000	BANK_APP	\N	VPB	FT240715864194	\N	2024-03-11 21:44:03+07	SUCCESS
272	100239	84702641196	50000	BANK_APP	\N	VPB	FT240243329485	\N	2024-01-24 02:11:39+07	SUCCESS
273	100239	84702641196	50000	MY_APP	\N	\N	\N	\N	2024-01-14 16:29:11+07	SUCCESS
274	100239	84702641196	30000	THE_CAO	100024999278662	\N	\N	\N	2024-05-28 21:17:50+07	SUCCESS
275	100239	84702641196	20000	BANK_APP	\N	TCB	FT241278757681	\N	2024-05-06 12:18:55+07	SUCCESS
276	100239	84702641196	500000	MOMO	\N	\N	\N	96639830247	2024-04-23 06:15:13+07	SUCCESS
277	100240	84933274110	10000	ZALOPAY	\N	\N	\N	240512_090524054	2024-05-12 06:30:47+07	SUCCESS
278	100240	84933274110	100000	MOMO	\N	\N	\N	61806137158	2024-06-28 14:15:46+07	SUCCESS
279	100240	84933274110	30000	ZALOPAY	\N	\N	\N	240504_193484545	2024-05-04 17:10:56+07	SUCCESS
280	100240	84933274110	200000	MOMO	\N	\N	\N	47561357614	2024-03-22 07:11:08+07	SUCCESS
281	100240	84933274110	500000	MY_APP	\N	\N	\N	\N	2024-04-19 15:31:19+07	SUCCESS
282	100240	84933274110	200000	MY_APP	\N	\N	\N	\N	2024-04-22 23:29:47+07	SUCCESS
283	100240	84933274110	50000	THE_CAO	330065700925324	\N	\N	\N	2024-01-12 02:36:33+07	SUCCESS
284	100240	84933274110	50000	MOMO	\N	\N	\N	32607589364	2024-06-04 16:58:43+07	FAILED
285	100240	84933274110	200000	ZALOPAY	\N	\N	\N	240418_979708954	2024-04-18 04:41:13+07	FAILED
286	100241	84939758007	50000	BANK_APP	\N	VCB	FT240876889723	\N	2024-03-27 09:55:27+07	SUCCESS
287	100241	84939758007	20000	BANK_APP	\N	ACB	FT241232823855	\N	2024-05-02 10:27:47+07	SUCCESS
288	100241	84939758007	50000	MY_APP	\N	\N	\N	\N	2024-03-20 05:56:54+07	SUCCESS
289	100241	84939758007	10000	BANK_APP	\N	VCB	FT240034009298	\N	2024-01-03 18:44:51+07	SUCCESS
290	100241	84939758007	20000	ZALOPAY	\N	\N	\N	240308_251594397	2024-03-08 22:00:43+07	SUCCESS
291	100241	84939758007	30000	THE_CAO	330087405108774	\N	\N	\N	2024-03-24 05:48:42+07	SUCCESS
292	100241	84939758007	10000	MOMO	\N	\N	\N	19382142137	2024-01-03 03:50:46+07	SUCCESS
293	100241	84939758007	50000	MY_APP	\N	\N	\N	\N	2024-03-14 21:06:26+07	SUCCESS
294	100241	84939758007	500000	ZALOPAY	\N	\N	\N	240525_266248046	2024-05-25 04:49:11+07	SUCCESS
295	100241	84939758007	500000	MOMO	\N	\N	\N	46968459821	2024-05-13 09:35:50+07	SUCCESS
296	100241	84939758007	200000	BANK_APP	\N	VPB	FT240369855122	\N	2024-02-05 00:02:46+07	SUCCESS
297	100242	84901583804	100000	BANK_APP	\N	VPB	FT240479167488	\N	2024-02-16 19:41:31+07	SUCCESS
298	100242	84901583804	20000	THE_CAO	200078629924361	\N	\N	\N	2024-02-13 20:53:37+07	SUCCESS
299	100242	84901583804	10000	ZALOPAY	\N	\N	\N	240224_047555281	2024-02-24 08:44:02+07	SUCCESS
300	100242	84901583804	500000	BANK_APP	\N	VPB	FT240168901811	\N	2024-01-16 07:32:31+07	SUCCESS
301	100242	84901583804	500000	BANK_APP	\N	TCB	FT240360077254	\N	2024-02-05 09:12:11+07	FAILED
302	100242	84901583804	20000	THE_CAO	100034376475698	\N	\N	\N	2024-06-08 04:30:12+07	SUCCESS
303	100242	84901583804	500000	THE_CAO	330031734979911	\N	\N	\N	2024-02-22 17:35:18+07	SUCCESS
304	100242	84901583804	20000	THE_CAO	330009597084693	\N	\N	\N	2024-05-20 08:23:44+07	SUCCESS
305	100242	84901583804	50000	MOMO	\N	\N	\N	99664856819	2024-03-13 21:08:15+07	SUCCESS
306	100242	84901583804	100000	MY_APP	\N	\N	\N	\N	2024-01-01 09:55:25+07	SUCCESS
307	100242	84901583804	200000	BANK_APP	\N	MB	FT241485550633	\N	2024-05-27 17:17:19+07	SUCCESS
308	100242	84901583804	30000	ZALOPAY	\N	\N	\N	240203_907732624	2024-02-03 12:08:32+07	SUCCESS
309	100242	84901583804	10000	THE_CAO	100006751790603	\N	\N	\N	2024-03-04 00:36:23+07	SUCCESS
310	100243	84890650321	50000	MY_APP	\N	\N	\N	\N	2024-01-24 14:04:44+07	SUCCESS
311	100243	84890650321	10000	MOMO	\N	\N	\N	11901972383	2024-04-05 07:45:32+07	SUCCESS
312	100244	84709338485	200000	THE_CAO	330079441913877	\N	\N	\N	2024-04-21 12:39:31+07	SUCCESS
313	100244	84709338485	500000	THE_CAO	330043387312385	\N	\N	\N	2024-03-10 18:22:14+07	SUCCESS
314	100244	84709338485	10000	MY_APP	\N	\N	\N	\N	2024-05-14 04:07:24+07	SUCCESS
315	100244	84709338485	20000	BANK_APP	\N	MB	FT241442212353	\N	2024-05-23 16:34:25+07	SUCCESS
316	100244	84709338485	30000	MOMO	\N	\N	\N	42570674430	2024-01-13 02:17:13+07	SUCCESS
317	100245	84787339852	100000	THE_CAO	200019659960309	\N	\N	\N	2024-04-02 13:16:19+07	SUCCESS
318	100245	84787339852	500000	THE_CAO	200041358352842	\N	\N	\N	2024-04-05 07:57:35+07	SUCCESS
319	100245	84787339852	50000	MOMO	\N	\N	\N	55506698587	2024-03-19 19:05:31+07	SUCCESS
320	100245	84787339852	50000	BANK_APP	\N	ACB	FT240735758738	\N	2024-03-13 13:48:01+07	SUCCESS
321	100245	84787339852	200000	ZALOPAY	\N	\N	\N	240217_589226469	2024-02-17 21:14:19+07	SUCCESS
322	100245	84787339852	100000	THE_CAO	200066380263013	\N	\N	\N	2024-05-04 09:10:41+07	SUCCESS
323	100245	84787339852	100000	MOMO	\N	\N	\N	19077954702	2024-01-07 10:56:37+07	SUCCESS
324	100245	84787339852	200000	BANK_APP	\N	VPB	FT240135237012	\N	2024-01-13 16:23:12+07	SUCCESS
325	100245	84787339852	20000	ZALOPAY	\N	\N	\N	240229_947498690	2024-02-29 22:04:50+07	SUCCESS
326	100245	84787339852	30000	THE_CAO	200067130856173	\N	\N	\N	2024-01-27 16:31:57+07	SUCCESS
327	100245	84787339852	10000	BANK_APP	\N	VCB	FT241132510746	\N	2024-04-22 21:55:30+07	SUCCESS
328	100245	84787339852	100000	BANK_APP	\N	TCB	FT241654313398	\N	2024-06-13 13:55:46+07	SUCCESS
329	100245	84787339852	10000	THE_CAO	200027201303660	\N	\N	\N	2024-05-24 23:14:09+07	SUCCESS
330	100245	84787339852	50000	MOMO	\N	\N	\N	17096301619	2024-02-01 16:35:02+07	SUCCESS
331	100246	84890202541	20000	MOMO	\N	\N	\N	56939738721	2024-03-24 01:47:32+07	SUCCESS
332	100246	84890202541	500000	MY_APP	\N	\N	\N	\N	2024-01-11 18:34:05+07	SUCCESS
333	100246	84890202541	20000	ZALOPAY	\N	\N	\N	240403_569340142	2024-04-03 01:54:26+07	SUCCESS
334	100246	84890202541	20000	BANK_APP	\N	ACB	FT240338398330	\N	2024-02-02 03:42:36+07	SUCCESS
335	100246	84890202541	500000	MOMO	\N	\N	\N	90974438207	2024-01-31 21:41:15+07	SUCCESS
336	100246	84890202541	50000	THE_CAO	200063146970893	\N	\N	\N	2024-03-15 20:23:06+07	SUCCESS
337	100246	84890202541	500000	BANK_APP	\N	VPB	FT240405219579	\N	2024-02-09 19:17:49+07	SUCCESS
338	100246	84890202541	100000	BANK_APP	\N	ACB	FT240836008219	\N	2024-03-23 02:13:19+07	SUCCESS
339	100246	84890202541	10000	BANK_APP	\N	ACB	FT240979305979	\N	2024-04-06 17:38:35+07	SUCCESS
340	100247	84896438184	50000	BANK_APP	\N	ACB	FT240766613926	\N	2024-03-16 03:21:24+07	SUCCESS
341	100247	84896438184	50000	THE_CAO	200096986925298	\N	\N	\N	2024-04-08 05:12:03+07	SUCCESS
342	100247	84896438184	500000	ZALOPAY	\N	\N	\N	240621_516992401	2024-06-21 12:49:24+07	SUCCESS
343	100247	84896438184	50000	THE_CAO	200016602554813	\N	\N	\N	2024-02-29 14:42:17+07	SUCCESS
344	100247	84896438184	30000	BANK_APP	\N	VCB	FT240771785160	\N	2024-03-17 03:46:48+07	SUCCESS
345	100247	84896438184	500000	MOMO	\N	\N	\N	43516388634	2024-02-20 04:42:14+07	SUCCESS
346	100247	84896438184	30000	MY_APP	\N	\N	\N	\N	2024-04-12 00:04:46+07	SUCCESS
347	100247	84896438184	200000	THE_CAO	330088298867623	\N	\N	\N	2024-02-04 09:15:35+07	SUCCESS
348	100247	84896438184	20000	BANK_APP	\N	MB	FT240882607516	\N	2024-03-28 16:07:13+07	SUCCESS
349	100247	84896438184	20000	THE_CAO	100011122792267	\N	\N	\N	2024-01-25 17:26:02+07	SUCCESS
350	100247	84896438184	200000	MY_APP	\N	\N	\N	\N	2024-06-03 20:50:52+07	SUCCESS
351	100247	84896438184	10000	MY_APP	\N	\N	\N	\N	2024-02-22 11:09:30+07	SUCCESS
352	100248	84781303315	20000	THE_CAO	100006993076989	\N	\N	\N	2024-04-27 00:10:27+07	SUCCESS
353	100248	84781303315	20000	BANK_APP	\N	VCB	FT240678589257	\N	2024-03-07 12:45:14+07	SUCCESS
354	100249	84774638750	20000	BANK_APP	\N	TCB	FT241684866326	\N	2024-06-16 12:31:22+07	SUCCESS
355	100249	84774638750	10000	ZALOPAY	\N	\N	\N	240308_210210902	2024-03-08 13:57:45+07	SUCCESS
356	100249	84774638750	500000	ZALOPAY	\N	\N	\N	240403_061618141	2024-04-03 14:25:23+07	SUCCESS
357	100249	84774638750	500000	MOMO	\N	\N	\N	36589592983	2024-03-19 20:53:21+07	SUCCESS
358	100249	84774638750	20000	MY_APP	\N	\N	\N	\N	2024-05-30 02:17:00+07	SUCCESS
359	100249	84774638750	10000	THE_CAO	200019460269771	\N	\N	\N	2024-04-11 18:34:56+07	SUCCESS
360	100249	84774638750	200000	BANK_APP	\N	MB	FT241522955857	\N	2024-05-31 06:46:12+07	SUCCESS
361	100249	84774638750	20000	THE_CAO	100045577290138	\N	\N	\N	2024-06-27 03:35:34+07	SUCCESS
362	100249	84774638750	20000	THE_CAO	330018635523068	\N	\N	\N	2024-02-14 16:05:20+07	SUCCESS
363	100249	84774638750	50000	THE_CAO	200036746986531	\N	\N	\N	2024-06-22 20:11:21+07	SUCCESS
364	100249	84774638750	500000	MOMO	\N	\N	\N	12452099471	2024-04-09 04:58:47+07	SUCCESS
365	100250	84760610915	100000	THE_CAO	330093353182636	\N	\N	\N	2024-03-22 09:51:58+07	SUCCESS
366	100250	84760610915	10000	THE_CAO	200085238776976	\N	\N	\N	2024-05-06 06:52:48+07	SUCCESS
367	100250	84760610915	50000	THE_CAO	330079763574268	\N	\N	\N	2024-01-25 13:40:25+07	SUCCESS
368	100250	84760610915	50000	THE_CAO	100047306181066	\N	\N	\N	2024-05-27 22:01:24+07	SUCCESS
369	100250	84760610915	200000	THE_CAO	200046044350029	\N	\N	\N	2024-02-27 21:37:59+07	SUCCESS
370	100250	84760610915	200000	BANK_APP	\N	BIDV	FT240654120878	\N	2024-03-05 16:08:04+07	SUCCESS
371	100250	84760610915	200000	ZALOPAY	\N	\N	\N	240215_984540891	2024-02-15 14:25:09+07	SUCCESS
372	100250	84760610915	200000	ZALOPAY	\N	\N	\N	240509_529047179	2024-05-09 12:50:47+07	SUCCESS
373	100250	84760610915	200000	BANK_APP	\N	BIDV	FT241144712141	\N	2024-04-23 19:51:44+07	SUCCESS
374	100250	84760610915	50000	BANK_APP	\N	BIDV	FT241789439954	\N	2024-06-26 06:36:07+07	SUCCESS
375	100250	84760610915	30000	ZALOPAY	\N	\N	\N	240316_780181929	2024-03-16 05:04:52+07	SUCCESS
376	100251	84893244003	20000	BANK_APP	\N	VCB	FT240675839952	\N	2024-03-07 22:14:54+07	SUCCESS
377	100251	84893244003	10000	BANK_APP	\N	BIDV	FT241419049531	\N	2024-05-20 06:15:22+07	SUCCESS
378	100251	84893244003	50000	THE_CAO	330040596716505	\N	\N	\N	2024-05-11 12:11:42+07	SUCCESS
379	100251	84893244003	20000	THE_CAO	100081323343917	\N	\N	\N	2024-03-08 23:04:55+07	SUCCESS
380	100252	84904129846	10000	ZALOPAY	\N	\N	\N	240608_377689683	2024-06-08 18:23:26+07	SUCCESS
381	100252	84904129846	200000	BANK_APP	\N	VPB	FT241376743557	\N	2024-05-16 05:18:36+07	SUCCESS
382	100253	84763806188	100000	BANK_APP	\N	MB	FT240626236143	\N	2024-03-02 00:42:20+07	SUCCESS
383	100253	84763806188	500000	MOMO	\N	\N	\N	34893189541	2024-05-28 16:40:15+07	SUCCESS
384	100253	84763806188	200000	THE_CAO	330060093429174	\N	\N	\N	2024-06-21 18:27:30+07	SUCCESS
385	100253	84763806188	30000	THE_CAO	330089587973875	\N	\N	\N	2024-01-24 03:33:55+07	SUCCESS
386	100253	84763806188	200000	BANK_APP	\N	TCB	FT241353453490	\N	2024-05-14 19:08:33+07	SUCCESS
387	100254	84770914680	200000	BANK_APP	\N	ACB	FT240627376017	\N	2024-03-02 19:53:34+07	SUCCESS
388	100254	84770914680	10000	BANK_APP	\N	TCB	FT240875537084	\N	2024-03-27 07:40:34+07	SUCCESS
389	100255	84707125130	10000	ZALOPAY	\N	\N	\N	240301_685134572	2024-03-01 11:54:49+07	SUCCESS
390	100255	84707125130	30000	THE_CAO	200032308530642	\N	\N	\N	2024-05-11 02:18:28+07	SUCCESS
391	100256	84795225371	100000	MOMO	\N	\N	\N	11386733594	2024-03-03 04:34:01+07	SUCCESS
392	100256	84795225371	50000	THE_CAO	330093274735264	\N	\N	\N	2024-03-16 12:23:49+07	SUCCESS
393	100256	84795225371	30000	THE_CAO	330060233755358	\N	\N	\N	2024-05-25 04:01:59+07	SUCCESS
394	100257	84799387466	500000	THE_CAO	330027345041984	\N	\N	\N	2024-01-09 23:06:06+07	SUCCESS
395	100257	84799387466	500000	THE_CAO	100005920277454	\N	\N	\N	2024-02-04 11:38:26+07	SUCCESS
396	100258	84781773583	100000	MY_APP	\N	\N	\N	\N	2024-03-14 05:25:27+07	SUCCESS
397	100258	84781773583	200000	THE_CAO	200048786560547	\N	\N	\N	2024-05-19 15:18:23+07	SUCCESS
398	100258	84781773583	100000	ZALOPAY	\N	\N	\N	240611_650291544	2024-06-11 14:55:18+07	SUCCESS
399	100258	84781773583	30000	BANK_APP	\N	BIDV	FT241515298600	\N	2024-05-30 05:16:48+07	SUCCESS
400	100258	84781773583	200000	THE_CAO	330077737634787	\N	\N	\N	2024-05-09 03:47:34+07	SUCCESS
401	100258	84781773583	10000	ZALOPAY	\N	\N	\N	240616_262044291	2024-06-16 10:26:01+07	SUCCESS
402	100258	84781773583	30000	ZALOPAY	\N	\N	\N	240617_513609590	2024-06-17 02:20:43+07	SUCCESS
403	100258	84781773583	20000	BANK_APP	\N	BIDV	FT241017357624	\N	2024-04-10 07:43:39+07	SUCCESS
404	100259	84769342046	20000	MOMO	\N	\N	\N	14182806788	2024-01-11 12:47:07+07	SUCCESS
405	100259	84769342046	500000	BANK_APP	\N	VPB	FT240898539368	\N	2024-03-29 17:48:59+07	SUCCESS
406	100259	84769342046	20000	MOMO	\N	\N	\N	77716730097	2024-03-14 08:28:41+07	SUCCESS
407	100259	84769342046	10000	MOMO	\N	\N	\N	83113043758	2024-03-16 00:40:44+07	FAILED
408	100259	84769342046	50000	MOMO	\N	\N	\N	40147896165	2024-04-15 03:41:46+07	SUCCESS
409	100259	84769342046	100000	MY_APP	\N	\N	\N	\N	2024-06-11 17:58:34+07	SUCCESS
410	100259	84769342046	200000	THE_CAO	100077373543387	\N	\N	\N	2024-03-15 13:36:43+07	SUCCESS
411	100259	84769342046	10000	BANK_APP	\N	VCB	FT241109931826	\N	2024-04-19 17:30:20+07	SUCCESS
412	100259	84769342046	50000	THE_CAO	200031433449750	\N	\N	\N	2024-06-26 11:53:58+07	SUCCESS
413	100261	84770997467	10000	THE_CAO	200053090171539	\N	\N	\N	2024-01-28 22:09:00+07	SUCCESS
414	100261	84770997467	10000	BANK_APP	\N	VPB	FT241012497994	\N	2024-04-10 20:41:34+07	SUCCESS
415	100262	84704099460	200000	BANK_APP	\N	MB	FT241138282718	\N	2024-04-22 12:41:11+07	SUCCESS
416	100263	84794675489	500000	ZALOPAY	\N	\N	\N	240304_359968749	2024-03-04 22:50:19+07	SUCCESS
417	100263	84794675489	200000	BANK_APP	\N	BIDV	FT240750304019	\N	2024-03-15 05:12:48+07	SUCCESS
418	100263	84794675489	30000	MOMO	\N	\N	\N	97079942479	2024-04-10 03:24:57+07	SUCCESS
419	100263	84794675489	500000	BANK_APP	\N	VPB	FT241790633551	\N	2024-06-27 04:38:17+07	SUCCESS
420	100263	84794675489	500000	MOMO	\N	\N	\N	28655158840	2024-01-22 05:03:52+07	SUCCESS
421	100263	84794675489	10000	THE_CAO	100090772819176	\N	\N	\N	2024-04-16 14:30:30+07	SUCCESS
422	100263	84794675489	20000	THE_CAO	200007472455587	\N	\N	\N	2024-06-17 19:38:25+07	SUCCESS
423	100263	84794675489	50000	MOMO	\N	\N	\N	28769674816	2024-04-27 21:37:51+07	SUCCESS
424	100263	84794675489	30000	ZALOPAY	\N	\N	\N	240415_172828691	2024-04-15 18:03:15+07	SUCCESS
425	100263	84794675489	20000	MOMO	\N	\N	\N	43951786986	2024-01-05 21:18:02+07	SUCCESS
426	100263	84794675489	50000	MY_APP	\N	\N	\N	\N	2024-06-26 01:12:36+07	SUCCESS
427	100264	84893039705	100000	THE_CAO	100085934319445	\N	\N	\N	2024-06-28 10:07:48+07	SUCCESS
428	100264	84893039705	10000	THE_CAO	100041063454871	\N	\N	\N	2024-04-26 02:13:50+07	SUCCESS
429	100264	84893039705	20000	BANK_APP	\N	MB	FT241763834052	\N	2024-06-24 15:21:14+07	SUCCESS
430	100264	84893039705	50000	BANK_APP	\N	ACB	FT240839110132	\N	2024-03-23 06:01:40+07	SUCCESS
431	100264	84893039705	30000	BANK_APP	\N	TCB	FT240451393968	\N	2024-02-14 01:38:12+07	SUCCESS
432	100264	84893039705	500000	MY_APP	\N	\N	\N	\N	2024-06-24 11:02:06+07	SUCCESS
433	100264	84893039705	50000	MOMO	\N	\N	\N	01382961873	2024-04-01 01:28:59+07	SUCCESS
434	100264	84893039705	200000	THE_CAO	330009099943404	\N	\N	\N	2024-02-28 09:01:09+07	SUCCESS
435	100264	84893039705	30000	MOMO	\N	\N	\N	44357783503	2024-02-07 22:37:23+07	SUCCESS
436	100264	84893039705	10000	ZALOPAY	\N	\N	\N	240423_134986267	2024-04-23 18:18:46+07	SUCCESS
437	100264	84893039705	500000	MY_APP	\N	\N	\N	\N	2024-01-28 01:32:59+07	SUCCESS
438	100265	84700330333	100000	MY_APP	\N	\N	\N	\N	2024-05-15 16:26:31+07	SUCCESS
439	100265	84700330333	10000	ZALOPAY	\N	\N	\N	240201_250232672	2024-02-01 23:30:32+07	SUCCESS
440	100266	84708864400	100000	THE_CAO	330006327755573	\N	\N	\N	2024-02-03 15:52:19+07	SUCCESS
441	100266	84708864400	10000	BANK_APP	\N	VPB	FT241504840487	\N	2024-05-29 01:12:09+07	SUCCESS
442	100266	84708864400	20000	BANK_APP	\N	TCB	FT241438498944	\N	2024-05-22 11:04:41+07	SUCCESS
443	100266	84708864400	20000	MY_APP	\N	\N	\N	\N	2024-05-28 13:50:41+07	SUCCESS
444	100266	84708864400	100000	ZALOPAY	\N	\N	\N	240130_970207079	2024-01-30 09:31:20+07	SUCCESS
445	100267	84704726626	500000	MOMO	\N	\N	\N	82905429940	2024-01-08 05:48:11+07	SUCCESS
446	100267	84704726626	10000	MY_APP	\N	\N	\N	\N	2024-02-08 09:16:55+07	SUCCESS
447	100268	84704425474	20000	THE_CAO	200095558849045	\N	\N	\N	2024-06-05 09:40:14+07	SUCCESS
448	100268	84704425474	100000	BANK_APP	\N	MB	FT241725920070	\N	2024-06-20 23:57:11+07	FAILED
449	100268	84704425474	200000	THE_CAO	200084369886971	\N	\N	\N	2024-02-29 09:34:03+07	SUCCESS
450	100268	84704425474	500000	THE_CAO	200052055533496	\N	\N	\N	2024-01-06 17:21:57+07	SUCCESS
451	100268	84704425474	200000	BANK_APP	\N	MB	FT240246703122	\N	2024-01-24 02:23:37+07	SUCCESS
452	100268	84704425474	20000	MOMO	\N	\N	\N	36377148814	2024-05-11 01:01:56+07	SUCCESS
453	100268	84704425474	20000	BANK_APP	\N	ACB	FT240916878337	\N	2024-03-31 11:48:21+07	SUCCESS
454	100268	84704425474	200000	THE_CAO	330080413212899	\N	\N	\N	2024-06-24 15:12:15+07	SUCCESS
455	100269	84760260834	20000	MY_APP	\N	\N	\N	\N	2024-02-13 07:09:53+07	SUCCESS
456	100269	84760260834	100000	BANK_APP	\N	VCB	FT241338811522	\N	2024-05-12 18:50:24+07	SUCCESS
457	100269	84760260834	20000	THE_CAO	330003011670175	\N	\N	\N	2024-05-25 08:34:26+07	SUCCESS
458	100269	84760260834	200000	MOMO	\N	\N	\N	93657149795	2024-01-17 04:20:23+07	FAILED
459	100269	84760260834	20000	BANK_APP	\N	BIDV	FT240365572233	\N	2024-02-05 07:09:50+07	SUCCESS
460	100269	84760260834	500000	ZALOPAY	\N	\N	\N	240602_760075794	2024-06-02 14:23:54+07	SUCCESS
461	100269	84760260834	30000	THE_CAO	200008939583748	\N	\N	\N	2024-01-06 04:39:26+07	FAILED
462	100269	84760260834	20000	ZALOPAY	\N	\N	\N	240421_448362930	2024-04-21 01:41:40+07	SUCCESS
463	100270	84794016257	50000	THE_CAO	200064033463970	\N	\N	\N	2024-05-16 10:36:41+07	SUCCESS
464	100270	84794016257	100000	MY_APP	\N	\N	\N	\N	2024-02-01 11:14:02+07	SUCCESS
465	100270	84794016257	20000	MOMO	\N	\N	\N	39972210672	2024-03-25 22:08:09+07	SUCCESS
466	100270	84794016257	500000	ZALOPAY	\N	\N	\N	240316_599415167	2024-03-16 22:53:25+07	SUCCESS
467	100270	84794016257	500000	THE_CAO	330057237731741	\N	\N	\N	2024-05-04 08:14:11+07	SUCCESS
468	100270	84794016257	10000	MY_APP	\N	\N	\N	\N	2024-04-10 06:34:54+07	SUCCESS
469	100270	84794016257	500000	THE_CAO	330063749616273	\N	\N	\N	2024-05-17 22:55:11+07	SUCCESS
470	100270	84794016257	10000	ZALOPAY	\N	\N	\N	240523_058108929	2024-05-23 18:56:21+07	SUCCESS
471	100270	84794016257	50000	BANK_APP	\N	VCB	FT241400695836	\N	2024-05-19 00:34:55+07	SUCCESS
472	100270	84794016257	100000	BANK_APP	\N	MB	FT241704007160	\N	2024-06-18 22:35:52+07	FAILED
473	100271	84703088651	500000	ZALOPAY	\N	\N	\N	240429_044964161	2024-04-29 19:46:05+07	SUCCESS
474	100271	84703088651	50000	BANK_APP	\N	VPB	FT240337125324	\N	2024-02-02 08:50:36+07	SUCCESS
475	100271	84703088651	10000	ZALOPAY	\N	\N	\N	240125_986035427	2024-01-25 02:33:34+07	SUCCESS
476	100271	84703088651	50000	ZALOPAY	\N	\N	\N	240116_770687445	2024-01-16 16:05:10+07	FAILED
477	100271	84703088651	100000	MOMO	\N	\N	\N	49363710608	2024-05-25 15:51:59+07	SUCCESS
478	100272	84897917839	500000	ZALOPAY	\N	\N	\N	240225_940723752	2024-02-25 17:14:05+07	SUCCESS
479	100272	84897917839	200000	MOMO	\N	\N	\N	18913166924	2024-05-31 01:27:31+07	SUCCESS
480	100272	84897917839	100000	MOMO	\N	\N	\N	52917007001	2024-06-11 05:46:41+07	SUCCESS
481	100272	84897917839	500000	THE_CAO	100051060861754	\N	\N	\N	2024-03-25 03:51:59+07	FAILED
482	100272	84897917839	10000	BANK_APP	\N	TCB	FT240299397500	\N	2024-01-29 05:44:17+07	SUCCESS
483	100272	84897917839	100000	THE_CAO	100033635816730	\N	\N	\N	2024-03-26 14:37:07+07	SUCCESS
484	100272	84897917839	30000	BANK_APP	\N	ACB	FT240368909078	\N	2024-02-05 12:13:17+07	SUCCESS
485	100272	84897917839	100000	THE_CAO	330092180642819	\N	\N	\N	2024-06-12 12:30:55+07	SUCCESS
486	100272	84897917839	500000	THE_CAO	330074815972299	\N	\N	\N	2024-01-05 08:49:54+07	SUCCESS
487	100272	84897917839	500000	THE_CAO	100032896661699	\N	\N	\N	2024-03-17 16:58:31+07	SUCCESS
488	100272	84897917839	20000	ZALOPAY	\N	\N	\N	240209_601910095	2024-02-09 05:00:30+07	SUCCESS
489	100272	84897917839	200000	MOMO	\N	\N	\N	00367842913	2024-01-05 20:27:23+07	SUCCESS
490	100272	84897917839	30000	MOMO	\N	\N	\N	16934359872	2024-05-04 23:28:02+07	SUCCESS
491	100273	84789551917	20000	BANK_APP	\N	MB	FT241740021420	\N	2024-06-22 12:12:49+07	FAILED
492	100273	84789551917	10000	MOMO	\N	\N	\N	80223373278	2024-02-03 11:05:05+07	SUCCESS
493	100274	84785386900	200000	BANK_APP	\N	MB	FT240800579623	\N	2024-03-20 04:03:50+07	SUCCESS
494	100274	84785386900	50000	BANK_APP	\N	TCB	FT241055673696	\N	2024-04-14 15:15:04+07	SUCCESS
495	100275	84897931836	50000	THE_CAO	100021949043563	\N	\N	\N	2024-01-05 19:49:40+07	SUCCESS
496	100275	84897931836	200000	MY_APP	\N	\N	\N	\N	2024-06-10 05:29:31+07	SUCCESS
497	100275	84897931836	500000	MY_APP	\N	\N	\N	\N	2024-01-23 12:18:46+07	SUCCESS
498	100275	84897931836	20000	MOMO	\N	\N	\N	98353835429	2024-06-09 13:47:49+07	SUCCESS
499	100275	84897931836	20000	BANK_APP	\N	ACB	FT241652628759	\N	2024-06-13 18:23:01+07	SUCCESS
500	100275	84897931836	30000	THE_CAO	100089799690722	\N	\N	\N	2024-04-24 08:13:35+07	SUCCESS
501	100275	84897931836	20000	ZALOPAY	\N	\N	\N	240213_313732862	2024-02-13 18:16:03+07	SUCCESS
502	100275	84897931836	20000	ZALOPAY	\N	\N	\N	240422_830705250	2024-04-22 22:47:24+07	SUCCESS
503	100276	84783371564	500000	BANK_APP	\N	TCB	FT241163608744	\N	2024-04-25 04:47:02+07	SUCCESS
504	100277	84933826561	500000	THE_CAO	100037469923922	\N	\N	\N	2024-06-22 06:48:37+07	SUCCESS
505	100277	84933826561	10000	BANK_APP	\N	MB	FT241404601468	\N	2024-05-19 16:21:23+07	SUCCESS
506	100277	84933826561	50000	MY_APP	\N	\N	\N	\N	2024-06-16 00:14:04+07	SUCCESS
507	100277	84933826561	10000	BANK_APP	\N	ACB	FT240571485556	\N	2024-02-26 23:46:31+07	SUCCESS
508	100277	84933826561	20000	THE_CAO	200005973244964	\N	\N	\N	2024-04-01 15:03:03+07	SUCCESS
509	100277	84933826561	50000	THE_CAO	200078644275745	\N	\N	\N	2024-05-08 05:04:05+07	SUCCESS
510	100277	84933826561	30000	BANK_APP	\N	BIDV	FT240602996074	\N	2024-02-29 14:08:49+07	SUCCESS
511	100277	84933826561	30000	MOMO	\N	\N	\N	55935542508	2024-05-01 06:08:27+07	SUCCESS
512	100278	84798345783	200000	MY_APP	\N	\N	\N	\N	2024-06-11 14:01:47+07	SUCCESS
513	100278	84798345783	50000	THE_CAO	330019396108241	\N	\N	\N	2024-03-13 09:58:40+07	SUCCESS
514	100278	84798345783	30000	MY_APP	\N	\N	\N	\N	2024-03-20 12:28:24+07	SUCCESS
515	100278	84798345783	10000	THE_CAO	200074157803234	\N	\N	\N	2024-03-15 05:03:22+07	SUCCESS
516	100278	84798345783	100000	ZALOPAY	\N	\N	\N	240329_907016731	2024-03-29 11:57:50+07	SUCCESS
517	100278	84798345783	500000	MOMO	\N	\N	\N	84034155068	2024-01-23 06:53:05+07	SUCCESS
518	100278	84798345783	50000	THE_CAO	100013103679022	\N	\N	\N	2024-01-18 16:02:24+07	SUCCESS
519	100278	84798345783	200000	MOMO	\N	\N	\N	05628009917	2024-01-05 14:06:46+07	SUCCESS
520	100278	84798345783	50000	BANK_APP	\N	ACB	FT241418138856	\N	2024-05-20 19:18:15+07	SUCCESS
521	100278	84798345783	50000	BANK_APP	\N	MB	FT240836881947	\N	2024-03-23 13:10:56+07	SUCCESS
522	100278	84798345783	500000	THE_CAO	330029228343408	\N	\N	\N	2024-06-26 08:39:42+07	SUCCESS
523	100278	84798345783	100000	MOMO	\N	\N	\N	95691161043	2024-04-28 23:54:03+07	SUCCESS
524	100278	84798345783	30000	MY_APP	\N	\N	\N	\N	2024-05-15 05:51:48+07	FAILED
525	100279	84772720568	20000	THE_CAO	330052228982644	\N	\N	\N	2024-05-09 21:55:23+07	SUCCESS
526	100280	84762595840	20000	ZALOPAY	\N	\N	\N	240421_038555564	2024-04-21 17:52:44+07	SUCCESS
527	100280	84762595840	30000	ZALOPAY	\N	\N	\N	240615_668794580	2024-06-15 18:36:44+07	SUCCESS
528	100280	84762595840	100000	THE_CAO	200095181292997	\N	\N	\N	2024-02-08 22:07:57+07	SUCCESS
529	100280	84762595840	100000	THE_CAO	330007638306935	\N	\N	\N	2024-04-01 14:13:47+07	SUCCESS
530	100280	84762595840	200000	THE_CAO	200004948145502	\N	\N	\N	2024-03-20 07:38:56+07	SUCCESS
531	100282	84890633072	100000	THE_CAO	100022377123417	\N	\N	\N	2024-01-09 18:19:26+07	SUCCESS
532	100282	84890633072	20000	MOMO	\N	\N	\N	50807742633	2024-05-18 06:03:28+07	SUCCESS
533	100282	84890633072	30000	THE_CAO	100064385534159	\N	\N	\N	2024-04-16 07:31:11+07	SUCCESS
534	100282	84890633072	20000	MY_APP	\N	\N	\N	\N	2024-05-16 12:40:41+07	SUCCESS
535	100282	84890633072	500000	MY_APP	\N	\N	\N	\N	2024-05-16 16:20:38+07	SUCCESS
536	100282	84890633072	100000	MOMO	\N	\N	\N	65000897940	2024-06-13 09:15:57+07	SUCCESS
537	100282	84890633072	10000	ZALOPAY	\N	\N	\N	240127_351951210	2024-01-27 19:11:46+07	SUCCESS
538	100282	84890633072	500000	BANK_APP	\N	BIDV	FT241516603269	\N	2024-05-30 07:27:56+07	SUCCESS
539	100282	84890633072	50000	MOMO	\N	\N	\N	58309162777	2024-04-02 10:13:21+07	SUCCESS
540	100283	84893410557	100000	BANK_APP	\N	BIDV	FT241509210662	\N	2024-05-29 16:52:22+07	SUCCESS
541	100283	84893410557	500000	THE_CAO	200029216246819	\N	\N	\N	2024-05-18 14:29:08+07	SUCCESS
542	100283	84893410557	100000	THE_CAO	200093015354574	\N	\N	\N	2024-03-17 21:09:54+07	SUCCESS
543	100284	84792151851	20000	ZALOPAY	\N	\N	\N	240601_464025120	2024-06-01 10:59:45+07	SUCCESS
544	100284	84792151851	10000	MOMO	\N	\N	\N	14728870591	2024-01-17 22:19:33+07	SUCCESS
545	100284	84792151851	10000	MOMO	\N	\N	\N	41379257499	2024-04-14 19:19:11+07	SUCCESS
546	100284	84792151851	200000	MOMO	\N	\N	\N	62318931393	2024-03-14 22:50:30+07	SUCCESS
547	100285	84761959460	30000	MY_APP	\N	\N	\N	\N	2024-04-23 06:33:35+07	SUCCESS
548	100285	84761959460	100000	BANK_APP	\N	ACB	FT240033935076	\N	2024-01-03 01:13:08+07	SUCCESS
549	100286	84930886378	200000	MOMO	\N	\N	\N	74803989770	2024-04-02 02:58:14+07	SUCCESS
550	100286	84930886378	500000	BANK_APP	\N	ACB	FT241359050889	\N	2024-05-14 21:28:35+07	SUCCESS
551	100286	84930886378	30000	MOMO	\N	\N	\N	33077405309	2024-04-18 03:47:10+07	SUCCESS
552	100288	84784314244	200000	ZALOPAY	\N	\N	\N	240216_094197725	2024-02-16 04:46:29+07	SUCCESS
553	100288	84784314244	20000	MY_APP	\N	\N	\N	\N	2024-03-14 08:25:26+07	SUCCESS
554	100288	84784314244	200000	BANK_APP	\N	ACB	FT240820556096	\N	2024-03-22 13:30:31+07	SUCCESS
555	100288	84784314244	50000	BANK_APP	\N	VPB	FT241794434871	\N	2024-06-27 19:35:57+07	SUCCESS
556	100288	84784314244	30000	MOMO	\N	\N	\N	29801065416	2024-03-28 10:54:05+07	SUCCESS
557	100288	84784314244	30000	BANK_APP	\N	BIDV	FT240052834597	\N	2024-01-05 12:12:48+07	SUCCESS
558	100288	84784314244	100000	MOMO	\N	\N	\N	69223609982	2024-05-29 19:17:40+07	SUCCESS
559	100288	84784314244	10000	BANK_APP	\N	VPB	FT240265622436	\N	2024-01-26 17:51:56+07	SUCCESS
560	100288	84784314244	20000	MOMO	\N	\N	\N	81143106763	2024-06-23 10:07:30+07	SUCCESS
561	100289	84899782018	100000	BANK_APP	\N	BIDV	FT240714688676	\N	2024-03-11 21:38:58+07	SUCCESS
562	100289	84899782018	500000	THE_CAO	200067402655772	\N	\N	\N	2024-02-15 21:06:21+07	FAILED
563	100289	84899782018	500000	BANK_APP	\N	BIDV	FT241609012598	\N	2024-06-08 15:06:36+07	SUCCESS
564	100289	84899782018	500000	THE_CAO	200089275023004	\N	\N	\N	2024-04-08 16:33:58+07	SUCCESS
565	100289	84899782018	200000	BANK_APP	\N	TCB	FT241141860430	\N	2024-04-23 23:40:52+07	SUCCESS
566	100289	84899782018	500000	MOMO	\N	\N	\N	75361347804	2024-04-06 11:53:18+07	SUCCESS
567	100289	84899782018	200000	MY_APP	\N	\N	\N	\N	2024-02-05 06:35:59+07	SUCCESS
568	100289	84899782018	50000	THE_CAO	330096395985839	\N	\N	\N	2024-06-17 06:37:49+07	SUCCESS
569	100291	84798944043	30000	ZALOPAY	\N	\N	\N	240404_827344167	2024-04-04 10:20:36+07	SUCCESS
570	100293	84930659254	100000	MY_APP	\N	\N	\N	\N	2024-02-04 04:48:34+07	SUCCESS
571	100293	84930659254	100000	MOMO	\N	\N	\N	31035130357	2024-06-14 21:00:49+07	SUCCESS
572	100294	84909118397	30000	BANK_APP	\N	VPB	FT240287848328	\N	2024-01-28 08:23:04+07	SUCCESS
573	100294	84909118397	500000	BANK_APP	\N	ACB	FT241073450169	\N	2024-04-16 16:40:43+07	SUCCESS
574	100294	84909118397	20000	MOMO	\N	\N	\N	74183653672	2024-01-17 19:56:43+07	SUCCESS
575	100294	84909118397	100000	THE_CAO	200014370742913	\N	\N	\N	2024-03-12 04:13:16+07	SUCCESS
576	100294	84909118397	10000	BANK_APP	\N	VPB	FT240903016588	\N	2024-03-30 03:10:00+07	SUCCESS
577	100294	84909118397	30000	ZALOPAY	\N	\N	\N	240222_700234990	2024-02-22 05:16:16+07	SUCCESS
578	100294	84909118397	30000	MOMO	\N	\N	\N	93983615022	2024-06-05 12:40:09+07	SUCCESS
579	100294	84909118397	20000	MOMO	\N	\N	\N	39151711012	2024-05-10 04:12:00+07	SUCCESS
580	100294	84909118397	20000	MOMO	\N	\N	\N	46984175633	2024-06-13 04:52:47+07	SUCCESS
581	100294	84909118397	20000	BANK_APP	\N	BIDV	FT241568698505	\N	2024-06-04 19:55:11+07	SUCCESS
582	100294	84909118397	50000	MOMO	\N	\N	\N	54171270269	2024-04-08 13:47:51+07	SUCCESS
583	100294	84909118397	30000	MOMO	\N	\N	\N	69251577631	2024-01-16 07:29:07+07	SUCCESS
584	100295	84701999409	10000	BANK_APP	\N	ACB	FT240459491031	\N	2024-02-14 18:59:12+07	SUCCESS
585	100295	84701999409	500000	MOMO	\N	\N	\N	91119349174	2024-04-18 07:57:23+07	SUCCESS
586	100295	84701999409	20000	MOMO	\N	\N	\N	56569791880	2024-01-06 01:44:53+07	SUCCESS
587	100295	84701999409	10000	ZALOPAY	\N	\N	\N	240606_880086701	2024-06-06 20:47:19+07	SUCCESS
588	100295	84701999409	30000	BANK_APP	\N	BIDV	FT240437235584	\N	2024-02-12 12:54:36+07	SUCCESS
589	100295	84701999409	50000	MOMO	\N	\N	\N	45660962450	2024-02-10 09:42:57+07	FAILED
590	100295	84701999409	50000	BANK_APP	\N	VPB	FT240960956654	\N	2024-04-05 08:17:38+07	SUCCESS
591	100295	84701999409	10000	ZALOPAY	\N	\N	\N	240513_554677799	2024-05-13 20:16:34+07	SUCCESS
592	100295	84701999409	30000	BANK_APP	\N	ACB	FT240245269707	\N	2024-01-24 15:51:25+07	SUCCESS
593	100296	84702038674	50000	THE_CAO	330041788338556	\N	\N	\N	2024-05-03 15:49:34+07	FAILED
594	100296	84702038674	20000	BANK_APP	\N	VPB	FT240196460048	\N	2024-01-19 16:21:32+07	SUCCESS
595	100296	84702038674	20000	ZALOPAY	\N	\N	\N	240307_629214051	2024-03-07 13:18:33+07	SUCCESS
596	100296	84702038674	20000	BANK_APP	\N	ACB	FT240037078654	\N	2024-01-03 20:52:16+07	SUCCESS
597	100296	84702038674	100000	MY_APP	\N	\N	\N	\N	2024-05-08 01:21:00+07	SUCCESS
598	100296	84702038674	10000	MOMO	\N	\N	\N	82714325934	2024-05-19 10:54:17+07	SUCCESS
599	100296	84702038674	10000	BANK_APP	\N	BIDV	FT240776304550	\N	2024-03-17 17:03:05+07	SUCCESS
600	100296	84702038674	50000	BANK_APP	\N	VPB	FT241628473828	\N	2024-06-10 20:52:01+07	SUCCESS
601	100296	84702038674	100000	ZALOPAY	\N	\N	\N	240325_436591277	2024-03-25 02:21:59+07	SUCCESS
602	100296	84702038674	30000	BANK_APP	\N	MB	FT240635540804	\N	2024-03-03 11:30:37+07	SUCCESS
603	100296	84702038674	50000	THE_CAO	200004397898179	\N	\N	\N	2024-04-26 21:09:19+07	SUCCESS
604	100298	84774313783	200000	THE_CAO	330027947103570	\N	\N	\N	2024-04-27 03:15:17+07	SUCCESS
605	100298	84774313783	500000	BANK_APP	\N	TCB	FT240011104613	\N	2024-01-01 06:47:55+07	SUCCESS
606	100298	84774313783	10000	MOMO	\N	\N	\N	22312196237	2024-05-25 04:24:20+07	SUCCESS
607	100299	84772711710	200000	BANK_APP	\N	MB	FT241694071710	\N	2024-06-17 19:16:42+07	SUCCESS
608	100299	84772711710	10000	MY_APP	\N	\N	\N	\N	2024-05-31 04:38:41+07	SUCCESS
609	100299	84772711710	200000	ZALOPAY	\N	\N	\N	240620_235383840	2024-06-20 23:59:52+07	SUCCESS
610	100299	84772711710	10000	MY_APP	\N	\N	\N	\N	2024-04-23 06:02:46+07	SUCCESS
611	100299	84772711710	100000	BANK_APP	\N	TCB	FT241659993064	\N	2024-06-13 15:50:36+07	SUCCESS
612	100299	84772711710	200000	THE_CAO	100095112031985	\N	\N	\N	2024-03-14 14:18:12+07	SUCCESS
613	100299	84772711710	200000	MOMO	\N	\N	\N	53612487018	2024-02-20 10:30:00+07	SUCCESS
614	100299	84772711710	500000	BANK_APP	\N	VCB	FT240464353363	\N	2024-02-15 14:41:35+07	SUCCESS
615	100299	84772711710	100000	BANK_APP	\N	ACB	FT240822236722	\N	2024-03-22 21:33:12+07	SUCCESS
616	100299	84772711710	200000	MY_APP	\N	\N	\N	\N	2024-01-09 06:47:08+07	SUCCESS
617	100299	84772711710	200000	THE_CAO	200044397242900	\N	\N	\N	2024-04-15 04:09:12+07	FAILED
618	100299	84772711710	100000	ZALOPAY	\N	\N	\N	240527_665490966	2024-05-27 16:46:56+07	SUCCESS
619	100299	84772711710	200000	THE_CAO	330008869861566	\N	\N	\N	2024-01-06 17:30:17+07	SUCCESS
620	100299	84772711710	200000	BANK_APP	\N	MB	FT240420224531	\N	2024-02-11 16:02:59+07	FAILED
621	100300	84790101540	50000	BANK_APP	\N	VPB	FT240056533357	\N	2024-01-05 05:58:58+07	SUCCESS
622	100300	84790101540	500000	BANK_APP	\N	MB	FT241236391533	\N	2024-05-02 07:16:47+07	SUCCESS
623	100300	84790101540	50000	BANK_APP	\N	VCB	FT241476445953	\N	2024-05-26 01:57:22+07	SUCCESS
624	100300	84790101540	50000	MOMO	\N	\N	\N	45471444293	2024-01-25 16:31:33+07	SUCCESS
625	100300	84790101540	30000	ZALOPAY	\N	\N	\N	240612_962619053	2024-06-12 02:51:55+07	SUCCESS
626	100300	84790101540	20000	BANK_APP	\N	VPB	FT240479327449	\N	2024-02-16 08:59:05+07	FAILED
627	100300	84790101540	20000	MOMO	\N	\N	\N	75183330086	2024-01-27 03:48:21+07	SUCCESS
628	100300	84790101540	100000	ZALOPAY	\N	\N	\N	240407_268300143	2024-04-07 03:56:03+07	SUCCESS
629	100300	84790101540	100000	BANK_APP	\N	BIDV	FT241601027140	\N	2024-06-08 01:28:03+07	SUCCESS
630	100300	84790101540	200000	ZALOPAY	\N	\N	\N	240331_176504667	2024-03-31 08:56:04+07	SUCCESS
631	100300	84790101540	30000	MY_APP	\N	\N	\N	\N	2024-03-22 02:23:01+07	SUCCESS
632	100300	84790101540	200000	THE_CAO	330082856108501	\N	\N	\N	2024-02-11 04:45:51+07	SUCCESS
633	100301	84902403430	100000	BANK_APP	\N	BIDV	FT240184842845	\N	2024-01-18 12:37:14+07	SUCCESS
634	100302	84902147433	100000	MOMO	\N	\N	\N	61575979516	2024-01-05 18:15:54+07	SUCCESS
635	100302	84902147433	30000	BANK_APP	\N	ACB	FT240876341052	\N	2024-03-27 10:56:42+07	SUCCESS
636	100302	84902147433	200000	BANK_APP	\N	MB	FT241735565731	\N	2024-06-21 19:16:31+07	SUCCESS
637	100302	84902147433	100000	MY_APP	\N	\N	\N	\N	2024-04-13 16:56:35+07	SUCCESS
638	100302	84902147433	30000	ZALOPAY	\N	\N	\N	240305_691503097	2024-03-05 02:45:18+07	SUCCESS
639	100302	84902147433	30000	BANK_APP	\N	MB	FT240955724829	\N	2024-04-04 08:55:44+07	SUCCESS
640	100302	84902147433	10000	BANK_APP	\N	VCB	FT240045600815	\N	2024-01-04 07:48:22+07	SUCCESS
641	100302	84902147433	200000	MOMO	\N	\N	\N	33207005412	2024-05-31 13:14:57+07	SUCCESS
642	100302	84902147433	10000	THE_CAO	330040763984097	\N	\N	\N	2024-02-12 16:36:38+07	SUCCESS
643	100303	84789204768	200000	BANK_APP	\N	BIDV	FT240281565678	\N	2024-01-28 03:33:48+07	SUCCESS
644	100303	84789204768	30000	BANK_APP	\N	MB	FT240241434447	\N	2024-01-24 17:35:19+07	FAILED
645	100303	84789204768	30000	THE_CAO	330077966315659	\N	\N	\N	2024-04-07 19:26:15+07	SUCCESS
646	100304	84780516668	10000	THE_CAO	200066925240676	\N	\N	\N	2024-06-25 06:14:14+07	SUCCESS
647	100304	84780516668	200000	MOMO	\N	\N	\N	28631469659	2024-02-23 00:12:26+07	SUCCESS
648	100304	84780516668	10000	BANK_APP	\N	MB	FT241204456419	\N	2024-04-29 21:17:07+07	FAILED
649	100304	84780516668	10000	MOMO	\N	\N	\N	51203520820	2024-04-03 21:18:52+07	SUCCESS
650	100304	84780516668	30000	BANK_APP	\N	TCB	FT240828648764	\N	2024-03-22 01:14:31+07	SUCCESS
651	100304	84780516668	200000	BANK_APP	\N	MB	FT240197747849	\N	2024-01-19 01:37:44+07	SUCCESS
652	100304	84780516668	30000	BANK_APP	\N	VPB	FT240017633097	\N	2024-01-01 22:18:03+07	SUCCESS
653	100304	84780516668	200000	BANK_APP	\N	VPB	FT240296966608	\N	2024-01-29 06:34:05+07	SUCCESS
654	100304	84780516668	10000	ZALOPAY	\N	\N	\N	240407_285352440	2024-04-07 04:09:59+07	SUCCESS
655	100304	84780516668	200000	MOMO	\N	\N	\N	60382141799	2024-03-08 08:58:31+07	SUCCESS
656	100304	84780516668	100000	MY_APP	\N	\N	\N	\N	2024-02-06 05:14:36+07	SUCCESS
657	100304	84780516668	30000	THE_CAO	330005541477513	\N	\N	\N	2024-01-03 18:59:23+07	SUCCESS
658	100304	84780516668	30000	MY_APP	\N	\N	\N	\N	2024-02-28 20:48:29+07	SUCCESS
659	100305	84932095079	500000	MOMO	\N	\N	\N	01840764701	2024-01-07 19:22:42+07	SUCCESS
660	100305	84932095079	100000	THE_CAO	330019262457987	\N	\N	\N	2024-06-23 14:09:31+07	FAILED
661	100305	84932095079	500000	MOMO	\N	\N	\N	86878891923	2024-06-18 19:08:49+07	SUCCESS
662	100305	84932095079	30000	THE_CAO	330020052673052	\N	\N	\N	2024-02-28 10:00:21+07	SUCCESS
663	100305	84932095079	20000	MY_APP	\N	\N	\N	\N	2024-04-27 22:16:58+07	FAILED
664	100305	84932095079	30000	MOMO	\N	\N	\N	32104807909	2024-01-19 19:39:44+07	SUCCESS
665	100305	84932095079	500000	THE_CAO	100073215776343	\N	\N	\N	2024-03-10 13:27:49+07	SUCCESS
666	100307	84700327960	20000	BANK_APP	\N	BIDV	FT240529642454	\N	2024-02-21 05:52:49+07	SUCCESS
667	100307	84700327960	20000	THE_CAO	330083029660519	\N	\N	\N	2024-04-03 16:35:52+07	SUCCESS
668	100308	84796055204	20000	MOMO	\N	\N	\N	81388259222	2024-03-13 11:10:39+07	SUCCESS
669	100308	84796055204	50000	BANK_APP	\N	MB	FT240752363865	\N	2024-03-15 20:18:20+07	SUCCESS
670	100308	84796055204	50000	THE_CAO	100048366623334	\N	\N	\N	2024-05-14 00:50:59+07	SUCCESS
671	100308	84796055204	100000	THE_CAO	100031178909169	\N	\N	\N	2024-01-19 13:37:53+07	FAILED
672	100308	84796055204	10000	MOMO	\N	\N	\N	99297433567	2024-02-27 22:51:04+07	SUCCESS
673	100308	84796055204	10000	ZALOPAY	\N	\N	\N	240613_536380378	2024-06-13 07:08:41+07	FAILED
674	100309	84779531340	100000	BANK_APP	\N	TCB	FT240913483452	\N	2024-03-31 06:54:13+07	SUCCESS
675	100309	84779531340	10000	BANK_APP	\N	ACB	FT240148816516	\N	2024-01-14 10:16:09+07	FAILED
676	100309	84779531340	10000	MOMO	\N	\N	\N	59020000727	2024-04-14 10:23:29+07	SUCCESS
677	100309	84779531340	200000	MY_APP	\N	\N	\N	\N	2024-02-20 23:29:04+07	SUCCESS
678	100309	84779531340	20000	MOMO	\N	\N	\N	55133432566	2024-04-10 21:17:03+07	SUCCESS
679	100309	84779531340	500000	THE_CAO	100030231712379	\N	\N	\N	2024-04-25 14:34:01+07	SUCCESS
680	100309	84779531340	10000	THE_CAO	330026278734391	\N	\N	\N	2024-05-12 23:42:24+07	SUCCESS
681	100309	84779531340	50000	BANK_APP	\N	ACB	FT241101330601	\N	2024-04-19 17:21:57+07	SUCCESS
682	100309	84779531340	100000	BANK_APP	\N	ACB	FT240444764606	\N	2024-02-13 13:42:21+07	SUCCESS
683	100309	84779531340	30000	ZALOPAY	\N	\N	\N	240519_193874665	2024-05-19 07:19:13+07	SUCCESS
684	100309	84779531340	100000	MOMO	\N	\N	\N	62010479741	2024-06-25 04:41:09+07	FAILED
685	100311	84701246176	100000	MOMO	\N	\N	\N	64636324749	2024-01-08 14:21:54+07	SUCCESS
686	100311	84701246176	10000	BANK_APP	\N	ACB	FT240805593365	\N	2024-03-20 15:57:10+07	SUCCESS
687	100311	84701246176	20000	BANK_APP	\N	VCB	FT241394118622	\N	2024-05-18 22:04:10+07	SUCCESS
688	100311	84701246176	30000	MOMO	\N	\N	\N	57691516960	2024-06-25 11:20:17+07	SUCCESS
689	100311	84701246176	200000	MOMO	\N	\N	\N	82022050577	2024-05-28 12:56:01+07	SUCCESS
690	100311	84701246176	50000	THE_CAO	330005785091773	\N	\N	\N	2024-02-24 11:36:43+07	SUCCESS
691	100311	84701246176	30000	BANK_APP	\N	MB	FT240026828425	\N	2024-01-02 03:25:41+07	SUCCESS
692	100311	84701246176	200000	BANK_APP	\N	VCB	FT240036363553	\N	2024-01-03 07:07:13+07	SUCCESS
693	100311	84701246176	10000	BANK_APP	\N	VCB	FT240636912341	\N	2024-03-03 03:59:14+07	SUCCESS
694	100312	84905682872	30000	ZALOPAY	\N	\N	\N	240318_489766786	2024-03-18 13:14:34+07	SUCCESS
695	100312	84905682872	200000	MY_APP	\N	\N	\N	\N	2024-01-28 17:43:53+07	SUCCESS
696	100312	84905682872	50000	BANK_APP	\N	VPB	FT240864731594	\N	2024-03-26 09:11:45+07	SUCCESS
697	100312	84905682872	500000	BANK_APP	\N	BIDV	FT240186438301	\N	2024-01-18 06:52:46+07	SUCCESS
698	100312	84905682872	200000	MOMO	\N	\N	\N	58524785884	2024-02-18 12:32:45+07	SUCCESS
699	100312	84905682872	30000	ZALOPAY	\N	\N	\N	240607_243194521	2024-06-07 06:08:30+07	SUCCESS
700	100312	84905682872	500000	MOMO	\N	\N	\N	24015532705	2024-05-10 09:26:00+07	SUCCESS
701	100312	84905682872	20000	THE_CAO	330032536809996	\N	\N	\N	2024-06-07 01:04:53+07	SUCCESS
702	100312	84905682872	500000	THE_CAO	330002824038227	\N	\N	\N	2024-03-14 02:31:44+07	SUCCESS
703	100312	84905682872	100000	ZALOPAY	\N	\N	\N	240213_684946759	2024-02-13 06:38:13+07	SUCCESS
704	100312	84905682872	500000	MOMO	\N	\N	\N	75965454724	2024-05-09 00:36:21+07	SUCCESS
705	100312	84905682872	20000	BANK_APP	\N	VPB	FT241045669730	\N	2024-04-13 03:05:15+07	SUCCESS
706	100313	84700129742	500000	MY_APP	\N	\N	\N	\N	2024-06-07 16:19:19+07	SUCCESS
707	100313	84700129742	50000	THE_CAO	100064644253252	\N	\N	\N	2024-01-21 11:59:17+07	SUCCESS
708	100313	84700129742	500000	THE_CAO	100011206204669	\N	\N	\N	2024-01-29 14:09:29+07	SUCCESS
709	100313	84700129742	500000	BANK_APP	\N	VCB	FT241095776460	\N	2024-04-18 11:54:59+07	SUCCESS
710	100315	84899833494	500000	MOMO	\N	\N	\N	44508551899	2024-05-18 00:55:36+07	SUCCESS
711	100315	84899833494	100000	BANK_APP	\N	ACB	FT240939247651	\N	2024-04-02 14:20:16+07	SUCCESS
712	100315	84899833494	20000	MOMO	\N	\N	\N	97701772221	2024-04-28 03:36:49+07	SUCCESS
713	100315	84899833494	10000	MOMO	\N	\N	\N	71962108843	2024-03-27 23:05:48+07	SUCCESS
714	100315	84899833494	10000	ZALOPAY	\N	\N	\N	240303_341686932	2024-03-03 01:16:03+07	SUCCESS
715	100316	84894069297	30000	ZALOPAY	\N	\N	\N	240304_624987211	2024-03-04 22:54:53+07	SUCCESS
716	100316	84894069297	200000	THE_CAO	100038187633664	\N	\N	\N	2024-01-03 10:46:33+07	SUCCESS
717	100318	84705694926	200000	BANK_APP	\N	ACB	FT241383050551	\N	2024-05-17 15:08:24+07	SUCCESS
718	100318	84705694926	50000	MY_APP	\N	\N	\N	\N	2024-05-26 03:29:42+07	SUCCESS
719	100318	84705694926	10000	MOMO	\N	\N	\N	72798125810	2024-05-22 13:41:21+07	SUCCESS
720	100318	84705694926	200000	BANK_APP	\N	TCB	FT240551386494	\N	2024-02-24 04:36:15+07	SUCCESS
721	100318	84705694926	50000	THE_CAO	100015469908962	\N	\N	\N	2024-03-26 14:15:51+07	SUCCESS
722	100318	84705694926	50000	BANK_APP	\N	ACB	FT241333262638	\N	2024-05-12 05:14:30+07	SUCCESS
723	100318	84705694926	30000	THE_CAO	200098445099167	\N	\N	\N	2024-02-12 19:27:20+07	SUCCESS
724	100318	84705694926	10000	ZALOPAY	\N	\N	\N	240215_473664605	2024-02-15 20:54:41+07	SUCCESS
725	100318	84705694926	500000	MOMO	\N	\N	\N	04979215835	2024-03-03 06:06:08+07	SUCCESS
726	100318	84705694926	500000	THE_CAO	200030154396655	\N	\N	\N	2024-01-28 02:49:17+07	FAILED
727	100318	84705694926	30000	MY_APP	\N	\N	\N	\N	2024-01-31 10:20:22+07	SUCCESS
728	100318	84705694926	100000	MOMO	\N	\N	\N	04171578656	2024-02-23 23:17:05+07	SUCCESS
729	100318	84705694926	50000	MY_APP	\N	\N	\N	\N	2024-04-29 19:10:06+07	SUCCESS
730	100318	84705694926	30000	MOMO	\N	\N	\N	29230740353	2024-05-15 12:02:26+07	SUCCESS
731	100319	84773948116	200000	THE_CAO	200085931045495	\N	\N	\N	2024-03-18 22:27:17+07	SUCCESS
732	100319	84773948116	500000	MOMO	\N	\N	\N	78662947533	2024-05-10 01:39:39+07	SUCCESS
733	100319	84773948116	200000	MOMO	\N	\N	\N	72410069201	2024-05-02 20:47:11+07	SUCCESS
734	100319	84773948116	50000	MOMO	\N	\N	\N	33660059026	2024-02-29 14:39:48+07	SUCCESS
735	100319	84773948116	100000	BANK_APP	\N	VCB	FT241473442631	\N	2024-05-26 16:51:40+07	SUCCESS
736	100319	84773948116	500000	BANK_APP	\N	VPB	FT240286928412	\N	2024-01-28 10:34:22+07	SUCCESS
737	100319	84773948116	200000	MOMO	\N	\N	\N	97045768675	2024-06-12 07:24:47+07	SUCCESS
738	100319	84773948116	100000	THE_CAO	330095978319202	\N	\N	\N	2024-05-26 09:29:39+07	SUCCESS
739	100320	84909832025	100000	MY_APP	\N	\N	\N	\N	2024-02-24 01:52:55+07	SUCCESS
740	100320	84909832025	50000	MY_APP	\N	\N	\N	\N	2024-06-03 07:56:59+07	SUCCESS
741	100320	84909832025	20000	BANK_APP	\N	MB	FT241358180449	\N	2024-05-14 16:46:43+07	SUCCESS
742	100320	84909832025	200000	BANK_APP	\N	BIDV	FT240623989602	\N	2024-03-02 04:19:10+07	SUCCESS
743	100320	84909832025	200000	BANK_APP	\N	MB	FT241676408910	\N	2024-06-15 05:18:31+07	SUCCESS
744	100320	84909832025	30000	BANK_APP	\N	VCB	FT241314397262	\N	2024-05-10 13:58:12+07	SUCCESS
745	100320	84909832025	10000	MOMO	\N	\N	\N	13119605815	2024-05-07 11:08:01+07	SUCCESS
746	100320	84909832025	200000	BANK_APP	\N	MB	FT241114450445	\N	2024-04-20 07:56:11+07	FAILED
747	100320	84909832025	50000	BANK_APP	\N	BIDV	FT241562011913	\N	2024-06-04 12:56:28+07	SUCCESS
748	100320	84909832025	50000	THE_CAO	100044903217668	\N	\N	\N	2024-02-26 10:18:45+07	SUCCESS
749	100320	84909832025	20000	THE_CAO	330088924931978	\N	\N	\N	2024-05-30 04:57:19+07	SUCCESS
750	100320	84909832025	200000	THE_CAO	330000001623968	\N	\N	\N	2024-05-16 22:39:08+07	SUCCESS
751	100320	84909832025	100000	THE_CAO	330032615627667	\N	\N	\N	2024-06-28 08:22:12+07	SUCCESS
752	100321	84894652224	20000	THE_CAO	330026762311227	\N	\N	\N	2024-05-10 06:45:15+07	SUCCESS
753	100321	84894652224	10000	MOMO	\N	\N	\N	78613651227	2024-03-31 16:23:47+07	SUCCESS
754	100321	84894652224	500000	MOMO	\N	\N	\N	29570337406	2024-03-16 08:52:08+07	SUCCESS
755	100321	84894652224	200000	BANK_APP	\N	MB	FT240911150802	\N	2024-03-31 04:28:06+07	SUCCESS
756	100321	84894652224	100000	THE_CAO	100011383642097	\N	\N	\N	2024-03-10 00:09:08+07	SUCCESS
757	100321	84894652224	50000	MY_APP	\N	\N	\N	\N	2024-01-10 19:45:40+07	SUCCESS
758	100321	84894652224	30000	MOMO	\N	\N	\N	94992362808	2024-01-30 22:38:18+07	SUCCESS
759	100321	84894652224	10000	BANK_APP	\N	VPB	FT241478449238	\N	2024-05-26 21:05:56+07	SUCCESS
760	100321	84894652224	500000	MY_APP	\N	\N	\N	\N	2024-05-13 12:27:06+07	SUCCESS
761	100321	84894652224	200000	BANK_APP	\N	VPB	FT240290096888	\N	2024-01-29 17:47:40+07	SUCCESS
762	100321	84894652224	200000	THE_CAO	100011810186085	\N	\N	\N	2024-01-25 06:44:53+07	SUCCESS
763	100321	84894652224	500000	MY_APP	\N	\N	\N	\N	2024-04-04 09:26:21+07	SUCCESS
764	100321	84894652224	10000	MOMO	\N	\N	\N	65976421469	2024-03-07 18:42:31+07	SUCCESS
765	100321	84894652224	100000	BANK_APP	\N	ACB	FT240949758428	\N	2024-04-03 19:21:51+07	SUCCESS
766	100322	84765977673	200000	MY_APP	\N	\N	\N	\N	2024-02-26 06:11:36+07	SUCCESS
767	100324	84906133902	100000	BANK_APP	\N	TCB	FT240116132753	\N	2024-01-11 07:16:03+07	SUCCESS
768	100324	84906133902	10000	ZALOPAY	\N	\N	\N	240111_990477019	2024-01-11 20:28:30+07	SUCCESS
769	100324	84906133902	30000	THE_CAO	200055301865078	\N	\N	\N	2024-01-09 18:44:28+07	SUCCESS
770	100324	84906133902	10000	BANK_APP	\N	ACB	FT241077080761	\N	2024-04-16 23:43:36+07	SUCCESS
771	100324	84906133902	30000	MOMO	\N	\N	\N	16557532699	2024-06-07 13:29:20+07	SUCCESS
772	100324	84906133902	100000	MY_APP	\N	\N	\N	\N	2024-03-28 17:01:38+07	SUCCESS
773	100324	84906133902	50000	THE_CAO	100081670187062	\N	\N	\N	2024-06-10 16:28:46+07	SUCCESS
774	100324	84906133902	10000	MOMO	\N	\N	\N	23395661107	2024-05-30 16:15:40+07	SUCCESS
775	100324	84906133902	200000	MOMO	\N	\N	\N	57829369121	2024-02-28 19:23:34+07	SUCCESS
776	100324	84906133902	20000	MOMO	\N	\N	\N	28372498238	2024-04-18 02:00:47+07	FAILED
777	100325	84792855019	100000	BANK_APP	\N	TCB	FT240553494830	\N	2024-02-24 19:47:22+07	FAILED
778	100325	84792855019	10000	THE_CAO	330090663849576	\N	\N	\N	2024-01-28 04:24:38+07	SUCCESS
779	100325	84792855019	50000	THE_CAO	100039038120610	\N	\N	\N	2024-03-27 21:04:40+07	SUCCESS
780	100325	84792855019	50000	ZALOPAY	\N	\N	\N	240328_103698693	2024-03-28 22:03:33+07	SUCCESS
781	100326	84902761096	50000	THE_CAO	100029429363013	\N	\N	\N	2024-06-02 16:29:48+07	SUCCESS
782	100326	84902761096	30000	MY_APP	\N	\N	\N	\N	2024-06-19 04:20:14+07	SUCCESS
783	100327	84765321774	50000	MY_APP	\N	\N	\N	\N	2024-04-15 21:26:57+07	SUCCESS
784	100327	84765321774	10000	MOMO	\N	\N	\N	77367135381	2024-06-28 01:18:55+07	SUCCESS
785	100328	84767520760	10000	MOMO	\N	\N	\N	19202545762	2024-02-22 05:24:01+07	SUCCESS
786	100328	84767520760	20000	THE_CAO	330039206850428	\N	\N	\N	2024-02-25 23:49:20+07	SUCCESS
787	100330	84769573241	500000	MOMO	\N	\N	\N	91196550855	2024-02-28 11:41:21+07	SUCCESS
788	100330	84769573241	50000	MOMO	\N	\N	\N	89413586644	2024-01-17 16:16:47+07	SUCCESS
789	100330	84769573241	20000	MOMO	\N	\N	\N	95101327110	2024-03-02 17:13:22+07	SUCCESS
790	100330	84769573241	100000	THE_CAO	100063908585936	\N	\N	\N	2024-04-10 20:36:15+07	SUCCESS
791	100330	84769573241	200000	MOMO	\N	\N	\N	56660197741	2024-06-03 20:48:40+07	SUCCESS
792	100330	84769573241	10000	MOMO	\N	\N	\N	59684073557	2024-05-21 23:07:09+07	SUCCESS
793	100331	84766280918	10000	THE_CAO	330068020337936	\N	\N	\N	2024-04-05 23:35:32+07	SUCCESS
794	100332	84937216892	30000	MOMO	\N	\N	\N	67840553004	2024-03-26 23:56:41+07	SUCCESS
795	100332	84937216892	200000	THE_CAO	330020244056498	\N	\N	\N	2024-03-22 20:36:50+07	SUCCESS
796	100332	84937216892	500000	THE_CAO	200029370260028	\N	\N	\N	2024-03-17 20:48:35+07	SUCCESS
797	100332	84937216892	20000	MY_APP	\N	\N	\N	\N	2024-01-04 12:44:45+07	SUCCESS
798	100332	84937216892	10000	ZALOPAY	\N	\N	\N	240611_843110763	2024-06-11 16:53:09+07	SUCCESS
799	100332	84937216892	500000	MOMO	\N	\N	\N	75330942316	2024-02-14 18:04:14+07	SUCCESS
800	100332	84937216892	200000	BANK_APP	\N	BIDV	FT241606448346	\N	2024-06-08 05:45:19+07	SUCCESS
801	100332	84937216892	20000	THE_CAO	200006670174178	\N	\N	\N	2024-05-04 18:01:44+07	SUCCESS
802	100332	84937216892	200000	ZALOPAY	\N	\N	\N	240627_465089673	2024-06-27 13:10:20+07	SUCCESS
803	100332	84937216892	200000	MY_APP	\N	\N	\N	\N	2024-04-15 13:25:26+07	SUCCESS
804	100332	84937216892	200000	BANK_APP	\N	TCB	FT240335965301	\N	2024-02-02 19:10:47+07	FAILED
805	100332	84937216892	200000	BANK_APP	\N	VCB	FT240991656808	\N	2024-04-08 08:28:47+07	SUCCESS
806	100333	84773454977	20000	BANK_APP	\N	MB	FT240434267902	\N	2024-02-12 13:00:14+07	SUCCESS
807	100333	84773454977	100000	THE_CAO	100051578057260	\N	\N	\N	2024-02-19 08:54:40+07	SUCCESS
808	100333	84773454977	10000	THE_CAO	200063571855523	\N	\N	\N	2024-05-13 13:52:04+07	SUCCESS
809	100333	84773454977	500000	THE_CAO	200007057285866	\N	\N	\N	2024-01-14 13:48:05+07	SUCCESS
810	100333	84773454977	200000	THE_CAO	200066213987024	\N	\N	\N	2024-02-29 23:41:06+07	SUCCESS
811	100333	84773454977	30000	THE_CAO	100019169994604	\N	\N	\N	2024-04-11 14:15:09+07	SUCCESS
812	100333	84773454977	20000	THE_CAO	330000864142624	\N	\N	\N	2024-02-21 17:52:36+07	SUCCESS
813	100333	84773454977	200000	THE_CAO	100091628635245	\N	\N	\N	2024-03-06 06:59:07+07	SUCCESS
814	100333	84773454977	200000	BANK_APP	\N	MB	FT240714130623	\N	2024-03-11 15:54:54+07	SUCCESS
815	100334	84763968500	500000	MOMO	\N	\N	\N	48227990521	2024-05-12 11:23:30+07	FAILED
816	100334	84763968500	50000	BANK_APP	\N	VPB	FT240122902370	\N	2024-01-12 00:53:18+07	SUCCESS
817	100335	84790084848	50000	BANK_APP	\N	VPB	FT240294227141	\N	2024-01-29 13:14:39+07	SUCCESS
818	100335	84790084848	10000	THE_CAO	100043648247700	\N	\N	\N	2024-02-13 19:29:54+07	SUCCESS
819	100336	84709337408	100000	MOMO	\N	\N	\N	66596303141	2024-02-10 09:13:41+07	FAILED
820	100336	84709337408	20000	MOMO	\N	\N	\N	14531974657	2024-05-24 05:58:17+07	SUCCESS
821	100336	84709337408	200000	ZALOPAY	\N	\N	\N	240514_491685091	2024-05-14 11:23:51+07	SUCCESS
822	100336	84709337408	100000	THE_CAO	330094649481569	\N	\N	\N	2024-05-01 07:52:36+07	SUCCESS
823	100336	84709337408	30000	MOMO	\N	\N	\N	76833667870	2024-01-03 20:41:14+07	SUCCESS
824	100336	84709337408	500000	ZALOPAY	\N	\N	\N	240218_220351620	2024-02-18 13:03:56+07	SUCCESS
825	100336	84709337408	50000	BANK_APP	\N	TCB	FT240036006307	\N	2024-01-03 23:14:12+07	SUCCESS
826	100336	84709337408	100000	ZALOPAY	\N	\N	\N	240402_999501396	2024-04-02 06:10:15+07	SUCCESS
827	100337	84782663690	100000	BANK_APP	\N	MB	FT241738584732	\N	2024-06-21 06:54:22+07	SUCCESS
828	100337	84782663690	50000	BANK_APP	\N	MB	FT241532725994	\N	2024-06-01 02:33:38+07	SUCCESS
829	100339	84772201534	100000	THE_CAO	100021436547134	\N	\N	\N	2024-03-19 15:28:33+07	SUCCESS
830	100339	84772201534	20000	MY_APP	\N	\N	\N	\N	2024-03-05 21:04:40+07	SUCCESS
831	100339	84772201534	100000	MOMO	\N	\N	\N	01522736911	2024-05-27 22:14:52+07	SUCCESS
832	100339	84772201534	500000	MOMO	\N	\N	\N	22924574222	2024-04-08 17:57:00+07	SUCCESS
833	100339	84772201534	20000	MY_APP	\N	\N	\N	\N	2024-06-25 10:43:23+07	SUCCESS
834	100339	84772201534	100000	ZALOPAY	\N	\N	\N	240626_086745677	2024-06-26 04:37:46+07	SUCCESS
835	100339	84772201534	50000	BANK_APP	\N	ACB	FT241428228823	\N	2024-05-21 01:50:37+07	SUCCESS
836	100339	84772201534	20000	ZALOPAY	\N	\N	\N	240117_094760625	2024-01-17 00:16:00+07	SUCCESS
837	100339	84772201534	10000	MOMO	\N	\N	\N	24500307294	2024-02-09 02:56:53+07	SUCCESS
838	100339	84772201534	10000	MOMO	\N	\N	\N	63629599347	2024-03-18 14:21:58+07	SUCCESS
839	100339	84772201534	20000	THE_CAO	330002902376276	\N	\N	\N	2024-03-23 13:54:09+07	SUCCESS
840	100339	84772201534	500000	MOMO	\N	\N	\N	21110153542	2024-03-18 01:46:14+07	SUCCESS
841	100339	84772201534	200000	MOMO	\N	\N	\N	42058042953	2024-01-18 10:38:24+07	SUCCESS
842	100339	84772201534	30000	BANK_APP	\N	TCB	FT241275860014	\N	2024-05-06 20:59:42+07	SUCCESS
843	100340	84786094934	20000	THE_CAO	330033470747513	\N	\N	\N	2024-06-26 13:45:39+07	SUCCESS
844	100340	84786094934	50000	ZALOPAY	\N	\N	\N	240606_838771861	2024-06-06 05:32:51+07	SUCCESS
845	100340	84786094934	30000	MY_APP	\N	\N	\N	\N	2024-05-19 21:15:47+07	SUCCESS
846	100340	84786094934	200000	BANK_APP	\N	BIDV	FT240864083544	\N	2024-03-26 20:35:04+07	SUCCESS
847	100340	84786094934	20000	THE_CAO	100013749468736	\N	\N	\N	2024-06-17 19:27:07+07	SUCCESS
848	100340	84786094934	30000	BANK_APP	\N	MB	FT240933312231	\N	2024-04-02 04:24:59+07	SUCCESS
849	100341	84793468759	20000	BANK_APP	\N	TCB	FT240283889084	\N	2024-01-28 12:30:56+07	SUCCESS
850	100341	84793468759	100000	BANK_APP	\N	VPB	FT241711721257	\N	2024-06-19 12:03:35+07	SUCCESS
851	100341	84793468759	500000	THE_CAO	100034423030943	\N	\N	\N	2024-01-05 06:36:53+07	SUCCESS
852	100342	84705401674	500000	THE_CAO	330061641386200	\N	\N	\N	2024-01-28 05:56:48+07	SUCCESS
853	100342	84705401674	200000	MOMO	\N	\N	\N	90153806119	2024-01-29 12:49:58+07	SUCCESS
854	100342	84705401674	50000	MOMO	\N	\N	\N	14451243242	2024-01-17 01:52:16+07	SUCCESS
855	100342	84705401674	30000	THE_CAO	200048564665829	\N	\N	\N	2024-02-26 07:11:08+07	SUCCESS
856	100342	84705401674	200000	BANK_APP	\N	BIDV	FT240012124825	\N	2024-01-01 17:57:02+07	SUCCESS
857	100342	84705401674	200000	ZALOPAY	\N	\N	\N	240302_986895009	2024-03-02 21:50:22+07	SUCCESS
858	100342	84705401674	20000	THE_CAO	200011660262083	\N	\N	\N	2024-03-06 19:09:25+07	SUCCESS
859	100342	84705401674	500000	MOMO	\N	\N	\N	24982013618	2024-01-16 15:25:09+07	SUCCESS
860	100343	84780821336	30000	MOMO	\N	\N	\N	26547234875	2024-06-16 12:29:26+07	SUCCESS
861	100343	84780821336	500000	MOMO	\N	\N	\N	81406786361	2024-04-20 08:25:15+07	SUCCESS
862	100343	84780821336	20000	MOMO	\N	\N	\N	96217877513	2024-06-15 19:40:26+07	SUCCESS
863	100343	84780821336	20000	MOMO	\N	\N	\N	38968246505	2024-06-28 10:27:29+07	SUCCESS
864	100343	84780821336	200000	BANK_APP	\N	ACB	FT240512466604	\N	2024-02-20 21:56:18+07	SUCCESS
865	100343	84780821336	500000	MOMO	\N	\N	\N	15044517228	2024-06-22 03:58:43+07	FAILED
866	100343	84780821336	20000	MY_APP	\N	\N	\N	\N	2024-05-24 10:23:44+07	SUCCESS
867	100343	84780821336	100000	MOMO	\N	\N	\N	76764192384	2024-06-09 01:09:36+07	SUCCESS
868	100343	84780821336	10000	MOMO	\N	\N	\N	27635144122	2024-01-13 15:29:14+07	SUCCESS
869	100343	84780821336	30000	MY_APP	\N	\N	\N	\N	2024-05-01 05:47:46+07	SUCCESS
870	100344	84705672182	50000	MOMO	\N	\N	\N	84782406602	2024-01-23 21:51:49+07	SUCCESS
871	100344	84705672182	200000	MOMO	\N	\N	\N	64949727810	2024-05-05 20:34:07+07	SUCCESS
872	100345	84892128792	10000	THE_CAO	330012645250782	\N	\N	\N	2024-03-05 18:38:00+07	SUCCESS
873	100347	84792880422	10000	MY_APP	\N	\N	\N	\N	2024-06-27 01:50:45+07	SUCCESS
874	100347	84792880422	30000	BANK_APP	\N	VPB	FT240148352639	\N	2024-01-14 13:45:24+07	SUCCESS
875	100347	84792880422	200000	THE_CAO	200026099856824	\N	\N	\N	2024-03-13 10:04:16+07	SUCCESS
876	100347	84792880422	30000	MOMO	\N	\N	\N	58288523402	2024-03-04 04:45:33+07	SUCCESS
877	100347	84792880422	50000	MOMO	\N	\N	\N	86389958914	2024-05-03 14:48:29+07	SUCCESS
878	100347	84792880422	10000	ZALOPAY	\N	\N	\N	240519_493739994	2024-05-19 16:59:29+07	SUCCESS
879	100347	84792880422	10000	MOMO	\N	\N	\N	46359224688	2024-04-14 05:22:19+07	SUCCESS
880	100347	84792880422	30000	MOMO	\N	\N	\N	92493473705	2024-05-06 08:58:36+07	SUCCESS
881	100347	84792880422	500000	THE_CAO	100031465884809	\N	\N	\N	2024-04-09 10:24:40+07	SUCCESS
882	100347	84792880422	20000	THE_CAO	200037478269227	\N	\N	\N	2024-05-03 21:49:31+07	SUCCESS
883	100347	84792880422	30000	THE_CAO	200090883087828	\N	\N	\N	2024-01-07 11:26:08+07	SUCCESS
884	100347	84792880422	30000	MOMO	\N	\N	\N	17524689676	2024-01-31 03:26:03+07	SUCCESS
885	100347	84792880422	50000	BANK_APP	\N	MB	FT241609179075	\N	2024-06-08 01:29:11+07	SUCCESS
886	100348	84894371369	100000	BANK_APP	\N	TCB	FT240857196661	\N	2024-03-25 20:43:53+07	SUCCESS
887	100348	84894371369	500000	ZALOPAY	\N	\N	\N	240206_360420239	2024-02-06 20:58:50+07	SUCCESS
888	100348	84894371369	20000	THE_CAO	330081230395203	\N	\N	\N	2024-01-14 03:03:16+07	SUCCESS
889	100348	84894371369	20000	MOMO	\N	\N	\N	91099984447	2024-03-05 16:14:47+07	SUCCESS
890	100349	84799509171	30000	MOMO	\N	\N	\N	77108531948	2024-02-05 10:42:01+07	SUCCESS
891	100349	84799509171	50000	MOMO	\N	\N	\N	16629903517	2024-05-12 07:41:32+07	SUCCESS
892	100350	84763023609	50000	THE_CAO	200017671344096	\N	\N	\N	2024-02-02 06:32:50+07	SUCCESS
893	100350	84763023609	500000	BANK_APP	\N	BIDV	FT241808830159	\N	2024-06-28 05:27:20+07	FAILED
894	100350	84763023609	20000	MOMO	\N	\N	\N	09684716018	2024-04-02 20:55:45+07	SUCCESS
895	100350	84763023609	10000	MOMO	\N	\N	\N	07913728052	2024-06-02 15:58:48+07	SUCCESS
896	100350	84763023609	200000	THE_CAO	330015754449659	\N	\N	\N	2024-02-01 02:01:29+07	SUCCESS
897	100351	84931475593	200000	ZALOPAY	\N	\N	\N	240313_788042356	2024-03-13 19:37:00+07	SUCCESS
898	100352	84908467777	500000	ZALOPAY	\N	\N	\N	240527_825921755	2024-05-27 10:17:09+07	FAILED
899	100352	84908467777	500000	BANK_APP	\N	MB	FT240497792590	\N	2024-02-18 10:00:25+07	FAILED
900	100353	84900945699	500000	BANK_APP	\N	BIDV	FT240810655849	\N	2024-03-21 12:25:09+07	SUCCESS
901	100353	84900945699	30000	THE_CAO	200026117558232	\N	\N	\N	2024-02-28 02:33:47+07	SUCCESS
902	100353	84900945699	20000	ZALOPAY	\N	\N	\N	240626_284361706	2024-06-26 14:33:56+07	SUCCESS
903	100353	84900945699	50000	MOMO	\N	\N	\N	64609192119	2024-05-05 14:16:11+07	SUCCESS
904	100353	84900945699	100000	BANK_APP	\N	ACB	FT241678276939	\N	2024-06-15 05:36:27+07	SUCCESS
905	100353	84900945699	10000	ZALOPAY	\N	\N	\N	240121_535057797	2024-01-21 00:05:00+07	SUCCESS
906	100355	84769140285	50000	MOMO	\N	\N	\N	28171034488	2024-02-22 07:27:55+07	SUCCESS
907	100355	84769140285	100000	MY_APP	\N	\N	\N	\N	2024-06-18 06:12:22+07	SUCCESS
908	100355	84769140285	50000	BANK_APP	\N	BIDV	FT240854969833	\N	2024-03-25 15:11:43+07	SUCCESS
909	100355	84769140285	100000	ZALOPAY	\N	\N	\N	240218_434819918	2024-02-18 15:38:46+07	SUCCESS
910	100355	84769140285	100000	MOMO	\N	\N	\N	77235776255	2024-01-08 08:18:34+07	SUCCESS
911	100355	84769140285	30000	MOMO	\N	\N	\N	61049263809	2024-01-09 08:40:07+07	FAILED
912	100356	84789539508	20000	BANK_APP	\N	BIDV	FT241607312500	\N	2024-06-08 01:00:40+07	SUCCESS
913	100357	84774045672	30000	THE_CAO	200002791958157	\N	\N	\N	2024-04-12 07:40:40+07	SUCCESS
914	100357	84774045672	50000	MOMO	\N	\N	\N	61147313192	2024-06-15 23:47:21+07	SUCCESS
915	100357	84774045672	30000	MOMO	\N	\N	\N	71310123164	2024-01-16 19:54:00+07	SUCCESS
916	100357	84774045672	50000	ZALOPAY	\N	\N	\N	240530_146435531	2024-05-30 15:45:55+07	SUCCESS
917	100357	84774045672	500000	MOMO	\N	\N	\N	05983632660	2024-03-12 06:03:31+07	SUCCESS
918	100358	84934125399	20000	THE_CAO	100013600554284	\N	\N	\N	2024-03-10 06:47:49+07	SUCCESS
919	100359	84776691734	10000	BANK_APP	\N	ACB	FT240859790267	\N	2024-03-25 03:30:45+07	SUCCESS
920	100360	84704511931	100000	MOMO	\N	\N	\N	62507080540	2024-01-24 17:26:05+07	SUCCESS
921	100360	84704511931	50000	BANK_APP	\N	VPB	FT240273977770	\N	2024-01-27 08:57:01+07	SUCCESS
922	100360	84704511931	20000	BANK_APP	\N	ACB	FT241350381794	\N	2024-05-14 03:47:15+07	SUCCESS
923	100360	84704511931	50000	THE_CAO	100075402975340	\N	\N	\N	2024-05-31 11:27:33+07	FAILED
924	100360	84704511931	20000	BANK_APP	\N	TCB	FT240354010565	\N	2024-02-04 09:13:17+07	SUCCESS
925	100360	84704511931	10000	ZALOPAY	\N	\N	\N	240118_463029530	2024-01-18 07:51:53+07	SUCCESS
926	100361	84781181049	100000	MY_APP	\N	\N	\N	\N	2024-05-03 22:24:03+07	SUCCESS
927	100361	84781181049	200000	BANK_APP	\N	ACB	FT241765897570	\N	2024-06-24 08:27:48+07	SUCCESS
928	100361	84781181049	500000	MY_APP	\N	\N	\N	\N	2024-04-11 18:12:46+07	SUCCESS
929	100361	84781181049	50000	BANK_APP	\N	BIDV	FT241119808417	\N	2024-04-20 03:33:11+07	SUCCESS
930	100362	84779839275	500000	BANK_APP	\N	VCB	FT241069719950	\N	2024-04-15 06:37:33+07	SUCCESS
931	100362	84779839275	30000	BANK_APP	\N	VPB	FT241063360378	\N	2024-04-15 05:00:32+07	SUCCESS
932	100363	84908880828	50000	BANK_APP	\N	MB	FT240565435998	\N	2024-02-25 11:48:36+07	SUCCESS
933	100363	84908880828	200000	MOMO	\N	\N	\N	25032138649	2024-04-03 22:27:51+07	SUCCESS
934	100363	84908880828	200000	BANK_APP	\N	ACB	FT241545511485	\N	2024-06-02 12:37:29+07	SUCCESS
935	100363	84908880828	200000	MOMO	\N	\N	\N	42889837347	2024-02-19 11:46:57+07	SUCCESS
936	100363	84908880828	10000	BANK_APP	\N	VPB	FT240228759917	\N	2024-01-22 01:43:24+07	SUCCESS
937	100363	84908880828	30000	BANK_APP	\N	BIDV	FT240718214525	\N	2024-03-11 00:28:41+07	SUCCESS
938	100363	84908880828	100000	BANK_APP	\N	BIDV	FT240273702974	\N	2024-01-27 12:34:12+07	SUCCESS
939	100363	84908880828	50000	THE_CAO	330029881934626	\N	\N	\N	2024-06-22 14:40:55+07	SUCCESS
940	100363	84908880828	100000	THE_CAO	100074769525982	\N	\N	\N	2024-05-14 20:01:46+07	SUCCESS
941	100363	84908880828	100000	BANK_APP	\N	VCB	FT240434432673	\N	2024-02-12 16:19:56+07	SUCCESS
942	100363	84908880828	500000	THE_CAO	330018321309180	\N	\N	\N	2024-01-24 01:33:49+07	SUCCESS
943	100364	84907609903	200000	MOMO	\N	\N	\N	00431403270	2024-06-02 19:25:52+07	FAILED
944	100365	84769472097	10000	MY_APP	\N	\N	\N	\N	2024-06-27 18:35:46+07	SUCCESS
945	100365	84769472097	10000	MOMO	\N	\N	\N	54521776197	2024-04-10 06:14:25+07	FAILED
946	100365	84769472097	10000	THE_CAO	100074098090892	\N	\N	\N	2024-03-31 03:47:50+07	SUCCESS
947	100365	84769472097	10000	BANK_APP	\N	VPB	FT241130677749	\N	2024-04-22 02:33:40+07	SUCCESS
948	100365	84769472097	30000	THE_CAO	100047205340819	\N	\N	\N	2024-06-22 18:06:51+07	SUCCESS
949	100365	84769472097	50000	MOMO	\N	\N	\N	30226080461	2024-05-16 17:30:47+07	SUCCESS
950	100366	84797586401	200000	MY_APP	\N	\N	\N	\N	2024-06-27 12:51:43+07	SUCCESS
951	100366	84797586401	10000	ZALOPAY	\N	\N	\N	240319_092228472	2024-03-19 19:24:53+07	SUCCESS
952	100366	84797586401	20000	BANK_APP	\N	VCB	FT240056223179	\N	2024-01-05 14:20:48+07	SUCCESS
953	100366	84797586401	500000	THE_CAO	330033161976224	\N	\N	\N	2024-01-17 04:30:00+07	SUCCESS
954	100366	84797586401	100000	BANK_APP	\N	VPB	FT241707559737	\N	2024-06-18 02:27:09+07	SUCCESS
955	100366	84797586401	500000	MY_APP	\N	\N	\N	\N	2024-04-20 05:18:51+07	SUCCESS
956	100366	84797586401	200000	ZALOPAY	\N	\N	\N	240607_724164326	2024-06-07 10:27:27+07	SUCCESS
957	100366	84797586401	10000	THE_CAO	200007906316895	\N	\N	\N	2024-01-06 12:49:22+07	SUCCESS
958	100366	84797586401	20000	BANK_APP	\N	VPB	FT240535811337	\N	2024-02-22 04:19:38+07	FAILED
959	100366	84797586401	10000	BANK_APP	\N	TCB	FT240429794973	\N	2024-02-11 05:19:49+07	SUCCESS
960	100366	84797586401	10000	MOMO	\N	\N	\N	48040767632	2024-05-15 04:54:37+07	SUCCESS
961	100366	84797586401	30000	THE_CAO	330030378676160	\N	\N	\N	2024-03-13 11:59:35+07	SUCCESS
962	100367	84906754105	30000	THE_CAO	100053383173683	\N	\N	\N	2024-01-25 13:33:09+07	FAILED
963	100368	84798237177	200000	MOMO	\N	\N	\N	66993415421	2024-02-12 06:08:47+07	SUCCESS
964	100368	84798237177	100000	THE_CAO	100060889463143	\N	\N	\N	2024-02-07 08:07:12+07	SUCCESS
965	100368	84798237177	10000	BANK_APP	\N	VPB	FT241106602095	\N	2024-04-19 18:30:23+07	SUCCESS
966	100368	84798237177	200000	ZALOPAY	\N	\N	\N	240519_117625460	2024-05-19 08:01:32+07	SUCCESS
967	100368	84798237177	30000	THE_CAO	100047380070127	\N	\N	\N	2024-01-04 17:59:54+07	SUCCESS
968	100368	84798237177	20000	BANK_APP	\N	VCB	FT241335667339	\N	2024-05-12 11:05:46+07	SUCCESS
969	100368	84798237177	10000	MY_APP	\N	\N	\N	\N	2024-06-24 12:56:19+07	SUCCESS
970	100368	84798237177	10000	MOMO	\N	\N	\N	90166382354	2024-03-20 12:06:02+07	FAILED
971	100368	84798237177	50000	MOMO	\N	\N	\N	10177150701	2024-01-27 05:31:49+07	SUCCESS
972	100368	84798237177	200000	MOMO	\N	\N	\N	88372358645	2024-03-07 01:06:03+07	FAILED
973	100368	84798237177	200000	BANK_APP	\N	ACB	FT240078302243	\N	2024-01-07 10:14:34+07	SUCCESS
974	100368	84798237177	200000	BANK_APP	\N	VPB	FT241126040708	\N	2024-04-21 12:18:45+07	SUCCESS
975	100369	84773927896	500000	THE_CAO	200056619361850	\N	\N	\N	2024-04-20 15:20:25+07	SUCCESS
976	100369	84773927896	200000	BANK_APP	\N	VCB	FT240863221849	\N	2024-03-26 09:53:40+07	SUCCESS
977	100370	84798272656	500000	BANK_APP	\N	VPB	FT240142904510	\N	2024-01-14 19:28:11+07	SUCCESS
978	100371	84707028670	10000	THE_CAO	330026377109811	\N	\N	\N	2024-03-27 13:16:40+07	SUCCESS
979	100371	84707028670	30000	ZALOPAY	\N	\N	\N	240126_843194571	2024-01-26 12:28:24+07	SUCCESS
980	100371	84707028670	50000	THE_CAO	200030543167927	\N	\N	\N	2024-05-21 02:53:21+07	SUCCESS
981	100371	84707028670	200000	BANK_APP	\N	VPB	FT240105635431	\N	2024-01-10 08:43:56+07	SUCCESS
982	100371	84707028670	20000	MY_APP	\N	\N	\N	\N	2024-04-25 17:02:40+07	SUCCESS
983	100371	84707028670	10000	THE_CAO	330001966534881	\N	\N	\N	2024-04-23 14:14:56+07	SUCCESS
984	100371	84707028670	500000	BANK_APP	\N	ACB	FT240842124752	\N	2024-03-24 13:26:26+07	SUCCESS
985	100371	84707028670	10000	ZALOPAY	\N	\N	\N	240625_317022800	2024-06-25 19:46:51+07	SUCCESS
986	100371	84707028670	100000	THE_CAO	200054937316831	\N	\N	\N	2024-04-12 17:45:29+07	SUCCESS
987	100371	84707028670	50000	THE_CAO	100061109294223	\N	\N	\N	2024-03-07 13:07:33+07	SUCCESS
988	100371	84707028670	200000	BANK_APP	\N	TCB	FT241123131155	\N	2024-04-21 10:08:00+07	SUCCESS
989	100371	84707028670	20000	BANK_APP	\N	TCB	FT240198547272	\N	2024-01-19 15:52:00+07	SUCCESS
990	100372	84705022635	200000	MOMO	\N	\N	\N	33049630477	2024-02-22 11:21:33+07	SUCCESS
991	100372	84705022635	50000	ZALOPAY	\N	\N	\N	240508_517733828	2024-05-08 17:32:34+07	SUCCESS
992	100373	84774761478	50000	MOMO	\N	\N	\N	64119403440	2024-04-19 01:28:30+07	SUCCESS
993	100373	84774761478	30000	THE_CAO	330070439536427	\N	\N	\N	2024-06-24 21:46:32+07	FAILED
994	100373	84774761478	200000	MOMO	\N	\N	\N	54884634497	2024-01-11 12:34:35+07	SUCCESS
995	100373	84774761478	10000	ZALOPAY	\N	\N	\N	240207_411575306	2024-02-07 05:19:50+07	SUCCESS
996	100373	84774761478	100000	MOMO	\N	\N	\N	03474651557	2024-06-25 05:46:33+07	SUCCESS
997	100373	84774761478	500000	BANK_APP	\N	VPB	FT241095275858	\N	2024-04-18 04:00:34+07	SUCCESS
998	100373	84774761478	500000	BANK_APP	\N	VPB	FT240962717695	\N	2024-04-05 21:59:35+07	SUCCESS
999	100373	84774761478	10000	MOMO	\N	\N	\N	70514169966	2024-03-29 07:11:30+07	SUCCESS
1000	100373	84774761478	20000	MOMO	\N	\N	\N	47689708211	2024-01-19 19:10:12+07	SUCCESS
1001	100373	84774761478	100000	MY_APP	\N	\N	\N	\N	2024-03-24 21:18:56+07	SUCCESS
1002	100373	84774761478	200000	MOMO	\N	\N	\N	12282153953	2024-04-25 23:12:43+07	SUCCESS
1003	100374	84775866240	10000	ZALOPAY	\N	\N	\N	240621_891201281	2024-06-21 01:30:03+07	SUCCESS
1004	100374	84775866240	200000	MOMO	\N	\N	\N	71575813870	2024-03-22 06:51:53+07	SUCCESS
1005	100374	84775866240	10000	MOMO	\N	\N	\N	89600907470	2024-01-21 23:02:17+07	SUCCESS
1006	100374	84775866240	20000	MOMO	\N	\N	\N	27743269953	2024-05-04 15:27:05+07	SUCCESS
1007	100374	84775866240	30000	BANK_APP	\N	TCB	FT240623630022	\N	2024-03-02 01:40:38+07	SUCCESS
1008	100374	84775866240	50000	MOMO	\N	\N	\N	40371110159	2024-03-31 16:46:00+07	SUCCESS
1009	100374	84775866240	30000	THE_CAO	100013827801086	\N	\N	\N	2024-04-12 19:52:19+07	FAILED
1010	100374	84775866240	10000	THE_CAO	330066166461667	\N	\N	\N	2024-01-19 07:18:20+07	SUCCESS
1011	100375	84934266868	500000	BANK_APP	\N	VPB	FT241165783072	\N	2024-04-25 17:43:45+07	SUCCESS
1012	100376	84939671530	200000	ZALOPAY	\N	\N	\N	240228_500513522	2024-02-28 23:38:11+07	SUCCESS
1013	100376	84939671530	10000	THE_CAO	330034203441921	\N	\N	\N	2024-02-23 18:08:05+07	SUCCESS
1014	100376	84939671530	50000	THE_CAO	330027630044612	\N	\N	\N	2024-02-20 19:23:38+07	SUCCESS
1015	100376	84939671530	100000	BANK_APP	\N	TCB	FT241424934953	\N	2024-05-21 19:59:06+07	FAILED
1016	100376	84939671530	10000	BANK_APP	\N	VCB	FT240224282946	\N	2024-01-22 07:12:09+07	SUCCESS
1017	100376	84939671530	200000	BANK_APP	\N	MB	FT241452080406	\N	2024-05-24 19:10:22+07	SUCCESS
1018	100376	84939671530	50000	MOMO	\N	\N	\N	91116151164	2024-05-26 06:56:21+07	SUCCESS
1019	100377	84763855783	30000	MOMO	\N	\N	\N	96269369407	2024-06-24 13:49:47+07	SUCCESS
1020	100378	84790637591	20000	BANK_APP	\N	BIDV	FT240038053023	\N	2024-01-03 05:13:14+07	SUCCESS
1021	100378	84790637591	50000	ZALOPAY	\N	\N	\N	240317_578125360	2024-03-17 20:19:05+07	SUCCESS
1022	100378	84790637591	20000	ZALOPAY	\N	\N	\N	240120_416227778	2024-01-20 22:26:00+07	SUCCESS
1023	100378	84790637591	200000	THE_CAO	200091680548591	\N	\N	\N	2024-03-30 16:16:12+07	SUCCESS
1024	100378	84790637591	20000	MOMO	\N	\N	\N	11387858844	2024-01-14 07:32:02+07	SUCCESS
1025	100379	84773886663	500000	MOMO	\N	\N	\N	42256595570	2024-03-11 06:14:04+07	SUCCESS
1026	100379	84773886663	500000	BANK_APP	\N	TCB	FT241564819098	\N	2024-06-04 20:43:36+07	SUCCESS
1027	100379	84773886663	100000	MY_APP	\N	\N	\N	\N	2024-02-04 04:39:43+07	FAILED
1028	100379	84773886663	20000	BANK_APP	\N	TCB	FT241062410291	\N	2024-04-15 21:46:01+07	SUCCESS
1029	100379	84773886663	500000	MY_APP	\N	\N	\N	\N	2024-06-08 10:25:16+07	SUCCESS
1030	100379	84773886663	30000	THE_CAO	100006303112812	\N	\N	\N	2024-02-06 00:25:22+07	SUCCESS
1031	100380	84902731771	50000	MOMO	\N	\N	\N	83056426536	2024-03-26 15:56:48+07	SUCCESS
1032	100380	84902731771	200000	ZALOPAY	\N	\N	\N	240508_809667813	2024-05-08 15:30:06+07	SUCCESS
1033	100380	84902731771	20000	THE_CAO	330032099469154	\N	\N	\N	2024-04-12 23:37:08+07	SUCCESS
1034	100380	84902731771	10000	MOMO	\N	\N	\N	00672023494	2024-03-18 14:13:30+07	SUCCESS
1035	100380	84902731771	20000	MY_APP	\N	\N	\N	\N	2024-03-12 09:49:56+07	SUCCESS
1036	100380	84902731771	200000	THE_CAO	200076760023519	\N	\N	\N	2024-04-21 10:31:27+07	SUCCESS
1037	100380	84902731771	100000	MOMO	\N	\N	\N	85364355421	2024-03-16 11:36:30+07	SUCCESS
1038	100380	84902731771	30000	THE_CAO	200017339143011	\N	\N	\N	2024-05-09 20:56:24+07	SUCCESS
1039	100381	84787021720	50000	THE_CAO	330027983094272	\N	\N	\N	2024-05-28 13:09:32+07	SUCCESS
1040	100381	84787021720	30000	BANK_APP	\N	VCB	FT241729543352	\N	2024-06-20 05:13:51+07	FAILED
1041	100381	84787021720	20000	THE_CAO	200027235892358	\N	\N	\N	2024-06-20 14:48:09+07	SUCCESS
1042	100381	84787021720	500000	MOMO	\N	\N	\N	61687326130	2024-05-08 09:57:22+07	SUCCESS
1043	100381	84787021720	20000	BANK_APP	\N	ACB	FT241238184447	\N	2024-05-02 13:30:56+07	SUCCESS
1044	100381	84787021720	10000	MOMO	\N	\N	\N	91294251657	2024-03-11 02:48:51+07	SUCCESS
1045	100381	84787021720	100000	BANK_APP	\N	TCB	FT241037341526	\N	2024-04-12 13:27:35+07	SUCCESS
1046	100381	84787021720	500000	BANK_APP	\N	MB	FT240629561797	\N	2024-03-02 10:37:36+07	SUCCESS
1047	100383	84799310928	30000	MOMO	\N	\N	\N	06636370663	2024-06-26 18:55:54+07	SUCCESS
1048	100383	84799310928	500000	MY_APP	\N	\N	\N	\N	2024-01-11 06:29:19+07	SUCCESS
1049	100383	84799310928	30000	MOMO	\N	\N	\N	95859395201	2024-02-05 15:15:24+07	SUCCESS
1050	100383	84799310928	50000	BANK_APP	\N	ACB	FT240251599370	\N	2024-01-25 10:42:44+07	SUCCESS
1051	100383	84799310928	20000	BANK_APP	\N	TCB	FT241076920074	\N	2024-04-16 10:41:40+07	SUCCESS
1052	100383	84799310928	200000	MY_APP	\N	\N	\N	\N	2024-04-17 04:54:00+07	SUCCESS
1053	100383	84799310928	50000	MY_APP	\N	\N	\N	\N	2024-03-24 21:22:51+07	SUCCESS
1054	100383	84799310928	200000	MOMO	\N	\N	\N	22985726655	2024-02-07 02:56:59+07	SUCCESS
1055	100383	84799310928	500000	ZALOPAY	\N	\N	\N	240602_048467851	2024-06-02 03:53:48+07	SUCCESS
1056	100383	84799310928	200000	MOMO	\N	\N	\N	79015690549	2024-06-10 15:03:12+07	SUCCESS
1057	100383	84799310928	200000	THE_CAO	100024086826478	\N	\N	\N	2024-05-19 07:35:49+07	SUCCESS
1058	100383	84799310928	50000	MOMO	\N	\N	\N	84595665580	2024-03-29 10:23:54+07	FAILED
1059	100384	84783887921	200000	MOMO	\N	\N	\N	44844344219	2024-04-26 02:10:54+07	SUCCESS
1060	100384	84783887921	10000	MOMO	\N	\N	\N	36896099348	2024-06-27 03:50:07+07	FAILED
1061	100385	84933773854	20000	MOMO	\N	\N	\N	48060042527	2024-04-06 06:40:47+07	SUCCESS
1062	100385	84933773854	200000	THE_CAO	200060142760344	\N	\N	\N	2024-05-31 22:52:47+07	SUCCESS
1063	100386	84791547679	30000	MOMO	\N	\N	\N	83856693961	2024-01-16 07:34:55+07	SUCCESS
1064	100386	84791547679	20000	ZALOPAY	\N	\N	\N	240327_944729489	2024-03-27 04:07:11+07	SUCCESS
1065	100386	84791547679	200000	BANK_APP	\N	BIDV	FT241584816782	\N	2024-06-06 05:14:14+07	SUCCESS
1066	100386	84791547679	200000	THE_CAO	100005815721022	\N	\N	\N	2024-02-25 09:03:01+07	SUCCESS
1067	100386	84791547679	50000	THE_CAO	100085026981676	\N	\N	\N	2024-03-04 22:12:59+07	SUCCESS
1068	100386	84791547679	200000	MOMO	\N	\N	\N	70035557003	2024-03-30 01:05:40+07	SUCCESS
1069	100387	84763795457	50000	MOMO	\N	\N	\N	90917054820	2024-06-15 14:09:16+07	SUCCESS
1070	100387	84763795457	20000	MOMO	\N	\N	\N	73348670764	2024-06-03 00:28:56+07	SUCCESS
1071	100387	84763795457	200000	THE_CAO	200062644802506	\N	\N	\N	2024-03-05 21:54:44+07	SUCCESS
1072	100387	84763795457	10000	MOMO	\N	\N	\N	16741793930	2024-03-08 23:46:23+07	SUCCESS
1073	100387	84763795457	500000	THE_CAO	100028754223414	\N	\N	\N	2024-05-12 17:16:33+07	SUCCESS
1074	100387	84763795457	100000	MOMO	\N	\N	\N	43897663499	2024-02-14 19:09:18+07	SUCCESS
1075	100387	84763795457	10000	MOMO	\N	\N	\N	64427899941	2024-03-05 06:46:48+07	SUCCESS
1076	100387	84763795457	20000	MOMO	\N	\N	\N	59668405855	2024-04-10 03:48:51+07	SUCCESS
1077	100387	84763795457	50000	THE_CAO	100070859084906	\N	\N	\N	2024-04-25 05:21:25+07	SUCCESS
1078	100388	84783326607	30000	MY_APP	\N	\N	\N	\N	2024-05-29 10:53:35+07	SUCCESS
1079	100388	84783326607	50000	THE_CAO	330033906506934	\N	\N	\N	2024-06-23 13:30:27+07	SUCCESS
1080	100389	84764435559	50000	ZALOPAY	\N	\N	\N	240522_911076364	2024-05-22 08:52:10+07	SUCCESS
1081	100390	84768089067	50000	BANK_APP	\N	VPB	FT241547633617	\N	2024-06-02 10:12:00+07	SUCCESS
1082	100390	84768089067	200000	MY_APP	\N	\N	\N	\N	2024-03-17 12:42:12+07	SUCCESS
1083	100390	84768089067	50000	THE_CAO	200049806482665	\N	\N	\N	2024-03-03 18:56:46+07	SUCCESS
1084	100390	84768089067	50000	MY_APP	\N	\N	\N	\N	2024-03-06 16:37:51+07	SUCCESS
1085	100390	84768089067	30000	ZALOPAY	\N	\N	\N	240512_582278521	2024-05-12 04:02:43+07	SUCCESS
\.


--
-- Data for Name: care_agents; Type: TABLE DATA; Schema: care; Owner: care_app
--

COPY care.care_agents (agent_id, username, full_name, email, team, role, password_sha256, hired_on, active) FROM stdin;
501	dung.nt	Ngô Thanh Dung	dung.nt@care.saovietmobile.vn	Hotline HCM	supervisor	175d9a0fb3022b152d6e3cf67e4be8dd745c1bded4e63a1d3c9d019f7c2c9ad4	2021-11-08	t
502	nam.tx	Trần Xuân Nam	nam.tx@care.saovietmobile.vn	Back office	agent	1a10e4f54aea173a2c443f4055fecc2a571330ac03573d74dd6494f2037ec520	2017-11-25	t
503	phuc.nx	Nguyễn Xuân Phúc	phuc.nx@care.saovietmobile.vn	Zalo OA	agent	30dcaea192c732cda715ba8b32fe5d68ad50a18bc1c1a650603d8bd9c32cb22d	2020-03-03	t
504	quang.nt	Nguyễn Tuấn Quang	quang.nt@care.saovietmobile.vn	Back office	agent	a199792aad6417f0118a6fcf2219190fa2b16db58cc85084f3113e85ada40377	2019-10-26	t
505	nam.hx	Huỳnh Xuân Nam	nam.hx@care.saovietmobile.vn	Zalo OA	agent	07ab40997927399daf21cc8ba94b988810481b7aab6b8dfeefed54195d093a9f	2019-05-31	t
506	hang.nm	Nguyễn Minh Hằng	hang.nm@care.saovietmobile.vn	Hotline HN	agent	447db5138c16066f2f7cbe34cc332846c0ee780af0d0b33d5151553224737ec6	2019-12-16	t
507	trung.nd	Nguyễn Đức Trung	trung.nd@care.saovietmobile.vn	Back office	agent	b237cc8000182ffa2bb59afc8c819d2390c728c320bcacc37368e69b5350798b	2021-04-10	t
508	dung.vm	Võ Minh Dũng	dung.vm@care.saovietmobile.vn	Back office	supervisor	144ff4489564f1b2c84557d11d48cf052a43da186653c2b40ffdf7fe14358eca	2017-02-14	f
509	nam.nc	Nguyễn Công Nam	nam.nc@care.saovietmobile.vn	Zalo OA	agent	2c587a25bf7d311bfa27348183486761b32e9882f27d3ee7ec4d87f51a1b26dc	2019-12-20	t
510	hanh.np	Nguyễn Phương Hạnh	hanh.np@care.saovietmobile.vn	Back office	agent	35093ab0ac1a6809d9222fcd3a7d05fb604fe07cc0ef5700166c0ee397b6fc00	2017-05-19	f
511	dung.pp	Phạm Phương Dung	dung.pp@care.saovietmobile.vn	Back office	agent	8a2c111152b3ec7ec2c408ec76dee4b72e8fdeabe3cd3a2922f595ea304d77ef	2020-05-05	t
512	dung.nb	Nguyễn Bảo Dung	dung.nb@care.saovietmobile.vn	Zalo OA	agent	2ec3496cd12adc0e75e25408cf063af3a9dc654779d35d97900e141c727629ce	2020-07-15	t
513	phuong.nb	Nguyễn Bảo Phương	phuong.nb@care.saovietmobile.vn	Zalo OA	agent	fc53df2620b133df1508d4119c8917935ede6a1595b1b643fadcd2e0fc34ae11	2021-10-05	t
514	huong.lp	Lý Phương Hương	huong.lp@care.saovietmobile.vn	Hotline HCM	qa	01908a85ef9bbcd5f859c0a060acda85aa6cc28acb7aa7f9d715554df620f070	2019-05-30	f
\.


--
-- Name: subscribers_subscriber_id_seq; Type: SEQUENCE SET; Schema: care; Owner: care_app
--

SELECT pg_catalog.setval('care.subscribers_subscriber_id_seq', 100390, true);

--
-- Name: sim_cards_sim_id_seq; Type: SEQUENCE SET; Schema: care; Owner: care_app
--

SELECT pg_catalog.setval('care.sim_cards_sim_id_seq', 237, true);

--
-- Name: devices_device_id_seq; Type: SEQUENCE SET; Schema: care; Owner: care_app
--

SELECT pg_catalog.setval('care.devices_device_id_seq', 345, true);

--
-- Name: topups_topup_id_seq; Type: SEQUENCE SET; Schema: care; Owner: care_app
--

SELECT pg_catalog.setval('care.topups_topup_id_seq', 1085, true);

--
-- Name: care_agents_agent_id_seq; Type: SEQUENCE SET; Schema: care; Owner: care_app
--

SELECT pg_catalog.setval('care.care_agents_agent_id_seq', 514, true);

--
-- Name: subscribers subscribers_pkey; Type: CONSTRAINT; Schema: care; Owner: care_app
--

ALTER TABLE ONLY care.subscribers
    ADD CONSTRAINT subscribers_pkey PRIMARY KEY (subscriber_id);

--
-- Name: sim_cards sim_cards_pkey; Type: CONSTRAINT; Schema: care; Owner: care_app
--

ALTER TABLE ONLY care.sim_cards
    ADD CONSTRAINT sim_cards_pkey PRIMARY KEY (sim_id);

--
-- Name: devices devices_pkey; Type: CONSTRAINT; Schema: care; Owner: care_app
--

ALTER TABLE ONLY care.devices
    ADD CONSTRAINT devices_pkey PRIMARY KEY (device_id);

--
-- Name: topups topups_pkey; Type: CONSTRAINT; Schema: care; Owner: care_app
--

ALTER TABLE ONLY care.topups
    ADD CONSTRAINT topups_pkey PRIMARY KEY (topup_id);

--
-- Name: care_agents care_agents_pkey; Type: CONSTRAINT; Schema: care; Owner: care_app
--

ALTER TABLE ONLY care.care_agents
    ADD CONSTRAINT care_agents_pkey PRIMARY KEY (agent_id);

CREATE UNIQUE INDEX subscribers_msisdn_key ON care.subscribers USING btree (msisdn);

CREATE INDEX topups_created_at_idx ON care.topups USING btree (created_at);

--
-- Name: sim_cards sim_cards_subscriber_id_fkey; Type: FK CONSTRAINT; Schema: care; Owner: care_app
--

ALTER TABLE ONLY care.sim_cards
    ADD CONSTRAINT sim_cards_subscriber_id_fkey FOREIGN KEY (subscriber_id) REFERENCES care.subscribers(subscriber_id);

--
-- Name: devices devices_subscriber_id_fkey; Type: FK CONSTRAINT; Schema: care; Owner: care_app
--

ALTER TABLE ONLY care.devices
    ADD CONSTRAINT devices_subscriber_id_fkey FOREIGN KEY (subscriber_id) REFERENCES care.subscribers(subscriber_id);

--
-- Name: topups topups_subscriber_id_fkey; Type: FK CONSTRAINT; Schema: care; Owner: care_app
--

ALTER TABLE ONLY care.topups
    ADD CONSTRAINT topups_subscriber_id_fkey FOREIGN KEY (subscriber_id) REFERENCES care.subscribers(subscriber_id);

--
-- PostgreSQL database dump complete
--
