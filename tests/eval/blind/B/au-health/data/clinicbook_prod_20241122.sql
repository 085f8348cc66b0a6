--
-- PostgreSQL database dump
--

-- Dumped from database version 15.7 (Debian 15.7-1.pgdg120+1)
-- Dumped by pg_dump version 15.7 (Debian 15.7-1.pgdg120+1)

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
-- Name: appointments; Type: TABLE; Schema: public; Owner: booking
--

CREATE TABLE public.appointments (
    id integer NOT NULL,
    patient_id integer NOT NULL,
    practitioner_id integer NOT NULL,
    clinic_code character(3) NOT NULL,
    appointment_type character varying(40) NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    status character varying(12) DEFAULT 'booked'::character varying NOT NULL,
    room character varying(20),
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT appointments_status_check CHECK (((status)::text = ANY ((ARRAY['booked'::character varying, 'attended'::character varying, 'no-show'::character varying, 'cancelled'::character varying])::text[])))
);


ALTER TABLE public.appointments OWNER TO booking;

--
-- Name: appointments_id_seq; Type: SEQUENCE; Schema: public; Owner: booking
--

CREATE SEQUENCE public.appointments_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.appointments_id_seq OWNER TO booking;

ALTER SEQUENCE public.appointments_id_seq OWNED BY public.appointments.id;


--
-- Name: invoices; Type: TABLE; Schema: public; Owner: booking
--

CREATE TABLE public.invoices (
    invoice_no character(12) NOT NULL,
    appointment_id integer NOT NULL,
    patient_id integer NOT NULL,
    issued_at timestamp with time zone NOT NULL,
    amount numeric(8,2) NOT NULL,
    gst numeric(8,2) DEFAULT 0.00 NOT NULL,
    paid_at timestamp with time zone,
    payment_method character varying(10),
    card_brand character varying(12),
    card_last4 character(4),
    stripe_payment_intent character varying(40)
);


ALTER TABLE public.invoices OWNER TO booking;

--
-- Name: patients; Type: TABLE; Schema: public; Owner: booking
--

CREATE TABLE public.patients (
    id integer NOT NULL,
    given_name character varying(60) NOT NULL,
    family_name character varying(60) NOT NULL,
    dob date NOT NULL,
    medicare_number character(10),
    medicare_irn smallint,
    phone character varying(20),
    email character varying(254),
    street character varying(120),
    suburb character varying(60),
    state character varying(3),
    postcode character(4),
    home_clinic character(3),
    health_fund character varying(40),
    emergency_contact_name character varying(120),
    emergency_contact_phone character varying(20),
    sms_reminders boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.patients OWNER TO booking;

--
-- Name: patients_id_seq; Type: SEQUENCE; Schema: public; Owner: booking
--

CREATE SEQUENCE public.patients_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.patients_id_seq OWNER TO booking;

ALTER SEQUENCE public.patients_id_seq OWNED BY public.patients.id;


--
-- Name: practitioners; Type: TABLE; Schema: public; Owner: booking
--

CREATE TABLE public.practitioners (
    id integer NOT NULL,
    name character varying(120) NOT NULL,
    ahpra_registration character varying(13),
    email character varying(254) NOT NULL,
    system_role character varying(24) DEFAULT 'practitioner'::character varying NOT NULL,
    clinic_code character(3),
    started_on date
);


ALTER TABLE public.practitioners OWNER TO booking;

--
-- Name: practitioners_id_seq; Type: SEQUENCE; Schema: public; Owner: booking
--

CREATE SEQUENCE public.practitioners_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.practitioners_id_seq OWNER TO booking;

ALTER SEQUENCE public.practitioners_id_seq OWNED BY public.practitioners.id;


--
-- Name: appointments id; Type: DEFAULT; Schema: public; Owner: booking
--

ALTER TABLE ONLY public.appointments ALTER COLUMN id SET DEFAULT nextval('public.appointments_id_seq'::regclass);


--
-- Name: patients id; Type: DEFAULT; Schema: public; Owner: booking
--

ALTER TABLE ONLY public.patients ALTER COLUMN id SET DEFAULT nextval('public.patients_id_seq'::regclass);


--
-- Name: practitioners id; Type: DEFAULT; Schema: public; Owner: booking
--

ALTER TABLE ONLY public.practitioners ALTER COLUMN id SET DEFAULT nextval('public.practitioners_id_seq'::regclass);


--
-- Data for Name: appointments; Type: TABLE DATA; Schema: public; Owner: booking
--

COPY public.appointments (id, patient_id, practitioner_id, clinic_code, appointment_type, starts_at, ends_at, status, room, created_at) FROM stdin;
5001	1	8	CHA	Initial Consultation	2024-07-12 12:00:00+10	2024-07-12 12:45:00+10	cancelled	Room 3	2024-07-02 00:31:00+10
5002	1	8	CHA	Standard Consultation	2024-07-22 16:00:00+10	2024-07-22 16:30:00+10	attended	Room 1	2024-07-04 02:26:00+10
5003	1	2	CHA	Extended Consultation	2024-07-29 13:30:00+10	2024-07-29 14:15:00+10	attended	Room 1	2024-07-19 09:26:00+10
5004	2	1	PAR	Initial Consultation	2024-10-22 12:15:00+11	2024-10-22 13:00:00+11	cancelled	Room 4	2024-10-13 08:40:00+11
5005	3	9	BJN	Initial Consultation	2024-10-21 14:30:00+11	2024-10-21 15:15:00+11	attended	Room 1	2024-10-13 06:14:00+11
5006	3	9	BJN	Extended Consultation	2024-11-11 09:30:00+11	2024-11-11 10:15:00+11	cancelled	Room 1	2024-11-05 23:26:00+11
5007	3	9	BJN	Dry Needling	2024-11-21 14:00:00+11	2024-11-21 14:30:00+11	attended	Room 1	2024-11-03 03:29:00+11
5008	3	9	BJN	Dry Needling	2024-11-27 11:15:00+11	2024-11-27 11:45:00+11	booked	Room 3	2024-11-08 10:24:00+11
5009	3	9	BJN	Clinical Pilates	2024-12-09 16:15:00+11	2024-12-09 17:10:00+11	booked	Gym	2024-11-30 10:23:00+11
5010	3	3	BJN	Standard Consultation	2024-12-26 13:45:00+11	2024-12-26 14:15:00+11	booked	Room 1	2024-12-24 10:24:00+11
5011	4	7	PAR	Initial Consultation	2024-10-21 13:45:00+11	2024-10-21 14:30:00+11	attended	Room 3	2024-10-11 12:16:00+11
5012	4	7	PAR	Clinical Pilates	2024-11-02 08:45:00+11	2024-11-02 09:40:00+11	attended	Hydro Pool	2024-10-30 18:27:00+11
5013	4	1	PAR	Dry Needling	2024-11-08 13:00:00+11	2024-11-08 13:30:00+11	attended	Room 2	2024-10-26 04:01:00+11
5014	4	1	PAR	Dry Needling	2024-11-29 18:15:00+11	2024-11-29 18:45:00+11	booked	Room 2	2024-11-25 06:17:00+11
5015	4	7	PAR	Extended Consultation	2024-12-16 09:45:00+11	2024-12-16 10:30:00+11	booked	Room 3	2024-12-09 05:58:00+11
5016	4	7	PAR	Clinical Pilates	2024-12-30 09:00:00+11	2024-12-30 09:55:00+11	booked	Hydro Pool	2024-12-15 07:19:00+11
5017	5	7	PAR	Initial Consultation	2024-07-09 07:15:00+10	2024-07-09 08:00:00+10	attended	Room 3	2024-06-30 01:34:00+10
5018	6	3	BJN	Initial Consultation	2024-08-08 10:45:00+10	2024-08-08 11:30:00+10	attended	Room 2	2024-08-07 00:31:00+10
5019	6	3	BJN	Clinical Pilates	2024-08-26 15:00:00+10	2024-08-26 15:55:00+10	attended	Gym	2024-08-10 00:11:00+10
5020	6	9	BJN	Clinical Pilates	2024-09-12 12:15:00+10	2024-09-12 13:10:00+10	attended	Hydro Pool	2024-08-22 01:22:00+10
5021	7	1	PAR	Initial Consultation	2024-09-23 11:00:00+10	2024-09-23 11:45:00+10	attended	Room 3	2024-09-12 04:47:00+10
5022	8	9	BJN	Initial Consultation	2024-09-09 11:45:00+10	2024-09-09 12:30:00+10	attended	Room 2	2024-08-29 01:58:00+10
5023	8	3	BJN	Extended Consultation	2024-09-25 16:30:00+10	2024-09-25 17:15:00+10	attended	Room 2	2024-09-18 01:45:00+10
5024	8	3	BJN	Clinical Pilates	2024-09-30 16:00:00+10	2024-09-30 16:55:00+10	attended	Gym	2024-09-18 04:44:00+10
5025	9	10	RIC	Initial Consultation	2024-08-06 12:00:00+10	2024-08-06 12:45:00+10	attended	Room 1	2024-07-26 21:39:00+10
5026	9	4	RIC	Standard Consultation	2024-08-12 15:30:00+10	2024-08-12 16:00:00+10	attended	Room 1	2024-08-07 08:38:00+10
5027	9	10	RIC	Standard Consultation	2024-08-22 18:00:00+10	2024-08-22 18:30:00+10	attended	Room 3	2024-08-06 11:44:00+10
5028	9	4	RIC	Dry Needling	2024-08-30 15:00:00+10	2024-08-30 15:30:00+10	attended	Room 3	2024-08-26 04:45:00+10
5029	9	4	RIC	Extended Consultation	2024-09-10 12:45:00+10	2024-09-10 13:30:00+10	attended	Room 3	2024-09-05 04:41:00+10
5030	9	4	RIC	Extended Consultation	2024-09-25 13:00:00+10	2024-09-25 13:45:00+10	attended	Room 2	2024-09-11 05:53:00+10
5031	10	8	CHA	Initial Consultation	2024-10-19 10:00:00+11	2024-10-19 10:45:00+11	attended	Room 3	2024-10-01 09:59:00+10
5032	10	8	CHA	Standard Consultation	2024-10-29 17:15:00+11	2024-10-29 17:45:00+11	attended	Room 2	2024-10-18 12:19:00+11
5033	10	8	CHA	Extended Consultation	2024-11-13 15:15:00+11	2024-11-13 16:00:00+11	attended	Room 4	2024-11-07 09:17:00+11
5034	10	2	CHA	Extended Consultation	2024-12-04 13:00:00+11	2024-12-04 13:45:00+11	booked	Room 2	2024-11-18 06:33:00+11
5035	11	4	RIC	Initial Consultation	2024-08-05 16:30:00+10	2024-08-05 17:15:00+10	attended	Room 2	2024-07-24 11:32:00+10
5036	11	4	RIC	Clinical Pilates	2024-08-22 11:45:00+10	2024-08-22 12:40:00+10	attended	Hydro Pool	2024-08-02 00:20:00+10
5037	12	8	CHA	Initial Consultation	2024-08-30 18:30:00+10	2024-08-30 19:15:00+10	attended	Room 2	2024-08-12 05:41:00+10
5038	12	8	CHA	Dry Needling	2024-09-18 17:45:00+10	2024-09-18 18:15:00+10	attended	Room 1	2024-08-31 02:52:00+10
5039	13	1	PAR	Initial Consultation	2024-09-16 15:30:00+10	2024-09-16 16:15:00+10	attended	Room 4	2024-08-28 04:50:00+10
5040	14	6	BOX	Initial Consultation	2024-07-22 11:00:00+10	2024-07-22 11:45:00+10	attended	Room 4	2024-07-17 04:26:00+10
5041	14	6	BOX	Standard Consultation	2024-08-09 15:30:00+10	2024-08-09 16:00:00+10	attended	Room 4	2024-08-08 14:32:00+10
5042	14	6	BOX	Extended Consultation	2024-08-16 08:45:00+10	2024-08-16 09:30:00+10	cancelled	Room 2	2024-08-02 08:11:00+10
5043	14	6	BOX	Dry Needling	2024-09-04 13:45:00+10	2024-09-04 14:15:00+10	attended	Room 4	2024-08-20 06:08:00+10
5044	14	6	BOX	Standard Consultation	2024-09-16 17:30:00+10	2024-09-16 18:00:00+10	attended	Room 4	2024-09-13 04:09:00+10
5045	14	6	BOX	Standard Consultation	2024-09-25 10:45:00+10	2024-09-25 11:15:00+10	attended	Room 1	2024-09-07 05:59:00+10
5046	15	5	BRU	Initial Consultation	2024-10-24 14:00:00+11	2024-10-24 14:45:00+11	attended	Room 2	2024-10-06 07:02:00+11
5047	16	10	RIC	Initial Consultation	2024-07-22 07:45:00+10	2024-07-22 08:30:00+10	attended	Room 4	2024-07-17 06:29:00+10
5048	16	10	RIC	Extended Consultation	2024-08-02 12:00:00+10	2024-08-02 12:45:00+10	attended	Room 3	2024-08-01 07:38:00+10
5049	16	10	RIC	Clinical Pilates	2024-08-20 10:00:00+10	2024-08-20 10:55:00+10	attended	Gym	2024-08-15 08:27:00+10
5050	16	4	RIC	Dry Needling	2024-09-09 16:00:00+10	2024-09-09 16:30:00+10	attended	Room 1	2024-08-24 14:33:00+10
5051	17	2	CHA	Initial Consultation	2024-07-12 08:45:00+10	2024-07-12 09:30:00+10	attended	Room 3	2024-06-26 23:49:00+10
5052	17	8	CHA	Dry Needling	2024-07-25 12:45:00+10	2024-07-25 13:15:00+10	attended	Room 3	2024-07-21 03:36:00+10
5053	17	2	CHA	Standard Consultation	2024-08-14 14:30:00+10	2024-08-14 15:00:00+10	attended	Room 4	2024-07-28 01:00:00+10
5054	18	2	CHA	Initial Consultation	2024-11-12 07:45:00+11	2024-11-12 08:30:00+11	attended	Room 1	2024-10-27 04:37:00+11
5055	18	2	CHA	Standard Consultation	2024-11-30 11:30:00+11	2024-11-30 12:00:00+11	booked	Room 2	2024-11-22 03:47:00+11
5056	18	2	CHA	Extended Consultation	2024-12-06 09:30:00+11	2024-12-06 10:15:00+11	booked	Room 3	2024-11-17 09:19:00+11
5057	19	4	RIC	Initial Consultation	2024-09-02 16:45:00+10	2024-09-02 17:30:00+10	attended	Room 3	2024-08-20 08:04:00+10
5058	20	7	PAR	Initial Consultation	2024-10-21 07:00:00+11	2024-10-21 07:45:00+11	attended	Room 4	2024-10-14 05:42:00+11
5059	20	7	PAR	Dry Needling	2024-10-26 11:15:00+11	2024-10-26 11:45:00+11	attended	Room 4	2024-10-23 10:10:00+11
5060	20	7	PAR	Standard Consultation	2024-11-13 10:00:00+11	2024-11-13 10:30:00+11	attended	Room 2	2024-11-01 23:06:00+11
5061	21	5	BRU	Initial Consultation	2024-11-01 08:15:00+11	2024-11-01 09:00:00+11	attended	Room 4	2024-10-19 19:54:00+11
5062	22	7	PAR	Initial Consultation	2024-09-25 11:30:00+10	2024-09-25 12:15:00+10	attended	Room 4	2024-09-19 04:27:00+10
5063	22	7	PAR	Clinical Pilates	2024-10-15 17:30:00+11	2024-10-15 18:25:00+11	no-show	Gym	2024-10-13 06:19:00+11
5064	22	7	PAR	Extended Consultation	2024-10-24 18:45:00+11	2024-10-24 19:30:00+11	attended	Room 2	2024-10-22 06:24:00+11
5065	23	4	RIC	Initial Consultation	2024-08-21 11:00:00+10	2024-08-21 11:45:00+10	attended	Room 4	2024-08-08 09:02:00+10
5066	23	4	RIC	Dry Needling	2024-09-09 13:00:00+10	2024-09-09 13:30:00+10	attended	Room 1	2024-08-25 12:10:00+10
5067	23	4	RIC	Clinical Pilates	2024-09-23 10:30:00+10	2024-09-23 11:25:00+10	attended	Hydro Pool	2024-09-08 10:07:00+10
5068	24	11	BRU	Initial Consultation	2024-08-20 10:45:00+10	2024-08-20 11:30:00+10	attended	Room 2	2024-07-30 06:21:00+10
5069	24	11	BRU	Clinical Pilates	2024-09-04 07:45:00+10	2024-09-04 08:40:00+10	attended	Gym	2024-08-14 22:45:00+10
5070	24	5	BRU	Extended Consultation	2024-09-19 17:30:00+10	2024-09-19 18:15:00+10	attended	Room 3	2024-09-14 07:11:00+10
5071	25	11	BRU	Initial Consultation	2024-09-23 16:45:00+10	2024-09-23 17:30:00+10	attended	Room 2	2024-09-20 12:26:00+10
5072	25	5	BRU	Extended Consultation	2024-10-08 18:45:00+11	2024-10-08 19:30:00+11	attended	Room 3	2024-09-27 13:01:00+10
5073	26	3	BJN	Initial Consultation	2024-08-15 09:45:00+10	2024-08-15 10:30:00+10	attended	Room 1	2024-08-13 23:19:00+10
5074	26	3	BJN	Clinical Pilates	2024-08-23 17:45:00+10	2024-08-23 18:40:00+10	no-show	Gym	2024-08-18 07:11:00+10
5075	27	5	BRU	Initial Consultation	2024-10-29 11:30:00+11	2024-10-29 12:15:00+11	attended	Room 2	2024-10-24 00:12:00+11
5076	27	11	BRU	Standard Consultation	2024-11-18 10:45:00+11	2024-11-18 11:15:00+11	cancelled	Room 2	2024-11-10 06:08:00+11
5077	27	5	BRU	Extended Consultation	2024-12-07 10:00:00+11	2024-12-07 10:45:00+11	booked	Room 2	2024-11-26 21:51:00+11
5078	28	3	BJN	Initial Consultation	2024-09-16 18:00:00+10	2024-09-16 18:45:00+10	attended	Room 3	2024-08-31 13:33:00+10
5079	28	3	BJN	Clinical Pilates	2024-09-24 17:30:00+10	2024-09-24 18:25:00+10	attended	Gym	2024-09-03 11:10:00+10
5080	29	2	CHA	Initial Consultation	2024-07-22 14:00:00+10	2024-07-22 14:45:00+10	attended	Room 4	2024-07-11 07:19:00+10
5081	29	2	CHA	Extended Consultation	2024-08-06 09:00:00+10	2024-08-06 09:45:00+10	attended	Room 3	2024-07-27 21:30:00+10
5082	29	8	CHA	Dry Needling	2024-08-27 16:45:00+10	2024-08-27 17:15:00+10	attended	Room 3	2024-08-15 04:50:00+10
5083	29	8	CHA	Standard Consultation	2024-09-03 16:30:00+10	2024-09-03 17:00:00+10	attended	Room 3	2024-08-14 07:42:00+10
5084	29	2	CHA	Clinical Pilates	2024-09-17 13:15:00+10	2024-09-17 14:10:00+10	attended	Hydro Pool	2024-09-02 07:35:00+10
5085	29	8	CHA	Standard Consultation	2024-10-01 13:15:00+10	2024-10-01 13:45:00+10	attended	Room 2	2024-09-30 05:42:00+10
5086	30	11	BRU	Initial Consultation	2024-10-19 09:45:00+11	2024-10-19 10:30:00+11	attended	Room 2	2024-10-15 02:21:00+11
5087	30	5	BRU	Standard Consultation	2024-11-04 17:00:00+11	2024-11-04 17:30:00+11	attended	Room 3	2024-10-25 10:50:00+11
5088	30	11	BRU	Extended Consultation	2024-11-16 11:00:00+11	2024-11-16 11:45:00+11	attended	Room 2	2024-11-14 23:08:00+11
5089	30	11	BRU	Extended Consultation	2024-11-28 09:15:00+11	2024-11-28 10:00:00+11	booked	Room 1	2024-11-11 00:29:00+11
5090	30	5	BRU	Standard Consultation	2024-12-05 18:45:00+11	2024-12-05 19:15:00+11	booked	Room 3	2024-12-04 08:04:00+11
5091	30	11	BRU	Extended Consultation	2024-12-12 13:45:00+11	2024-12-12 14:30:00+11	booked	Room 1	2024-12-06 03:46:00+11
5092	31	2	CHA	Initial Consultation	2024-07-31 10:45:00+10	2024-07-31 11:30:00+10	attended	Room 2	2024-07-11 21:01:00+10
5093	31	2	CHA	Extended Consultation	2024-08-12 16:15:00+10	2024-08-12 17:00:00+10	attended	Room 2	2024-07-29 11:07:00+10
5094	31	8	CHA	Extended Consultation	2024-09-02 14:30:00+10	2024-09-02 15:15:00+10	attended	Room 3	2024-08-29 02:41:00+10
5095	32	9	BJN	Initial Consultation	2024-08-26 15:00:00+10	2024-08-26 15:45:00+10	attended	Room 4	2024-08-05 12:10:00+10
5096	32	9	BJN	Extended Consultation	2024-09-16 13:45:00+10	2024-09-16 14:30:00+10	no-show	Room 2	2024-08-30 06:13:00+10
5097	32	9	BJN	Dry Needling	2024-09-21 08:30:00+10	2024-09-21 09:00:00+10	attended	Room 2	2024-09-15 00:12:00+10
5098	32	3	BJN	Extended Consultation	2024-10-03 08:15:00+10	2024-10-03 09:00:00+10	attended	Room 1	2024-09-27 04:55:00+10
5099	32	3	BJN	Standard Consultation	2024-10-08 11:15:00+11	2024-10-08 11:45:00+11	no-show	Room 3	2024-09-21 21:41:00+10
5100	32	3	BJN	Extended Consultation	2024-10-21 10:15:00+11	2024-10-21 11:00:00+11	attended	Room 2	2024-10-12 20:55:00+11
5101	32	9	BJN	Extended Consultation	2024-11-05 14:30:00+11	2024-11-05 15:15:00+11	attended	Room 4	2024-10-21 05:46:00+11
5102	32	3	BJN	Clinical Pilates	2024-11-26 08:00:00+11	2024-11-26 08:55:00+11	booked	Hydro Pool	2024-11-09 06:08:00+11
5103	33	8	CHA	Initial Consultation	2024-09-10 16:00:00+10	2024-09-10 16:45:00+10	attended	Room 1	2024-09-08 02:39:00+10
5104	33	2	CHA	Extended Consultation	2024-10-01 09:15:00+10	2024-10-01 10:00:00+10	attended	Room 2	2024-09-17 04:02:00+10
5105	33	2	CHA	Dry Needling	2024-10-14 13:45:00+11	2024-10-14 14:15:00+11	attended	Room 4	2024-10-05 01:35:00+10
5106	33	8	CHA	Dry Needling	2024-10-29 14:00:00+11	2024-10-29 14:30:00+11	attended	Room 3	2024-10-26 02:16:00+11
5107	33	8	CHA	Clinical Pilates	2024-11-14 07:00:00+11	2024-11-14 07:55:00+11	attended	Hydro Pool	2024-10-23 18:03:00+11
5108	33	8	CHA	Extended Consultation	2024-11-23 11:30:00+11	2024-11-23 12:15:00+11	booked	Room 4	2024-11-05 07:48:00+11
5109	34	5	BRU	Initial Consultation	2024-11-07 13:45:00+11	2024-11-07 14:30:00+11	no-show	Room 1	2024-10-30 12:42:00+11
5110	34	11	BRU	Clinical Pilates	2024-11-19 09:30:00+11	2024-11-19 10:25:00+11	attended	Hydro Pool	2024-11-07 09:29:00+11
5111	34	5	BRU	Standard Consultation	2024-12-10 09:30:00+11	2024-12-10 10:00:00+11	booked	Room 4	2024-11-19 09:09:00+11
5112	35	4	RIC	Initial Consultation	2024-08-19 12:30:00+10	2024-08-19 13:15:00+10	attended	Room 1	2024-08-17 02:11:00+10
5113	35	10	RIC	Clinical Pilates	2024-09-02 07:15:00+10	2024-09-02 08:10:00+10	attended	Hydro Pool	2024-08-18 17:57:00+10
5114	35	4	RIC	Standard Consultation	2024-09-20 09:30:00+10	2024-09-20 10:00:00+10	attended	Room 1	2024-09-05 07:01:00+10
5115	35	10	RIC	Standard Consultation	2024-09-30 08:30:00+10	2024-09-30 09:00:00+10	attended	Room 2	2024-09-10 22:27:00+10
5116	36	2	CHA	Initial Consultation	2024-08-29 13:00:00+10	2024-08-29 13:45:00+10	no-show	Room 4	2024-08-12 23:06:00+10
5117	36	8	CHA	Dry Needling	2024-09-06 15:15:00+10	2024-09-06 15:45:00+10	attended	Room 4	2024-08-28 05:32:00+10
5118	36	8	CHA	Extended Consultation	2024-09-11 12:00:00+10	2024-09-11 12:45:00+10	attended	Room 4	2024-08-30 10:49:00+10
5119	37	9	BJN	Initial Consultation	2024-08-30 10:45:00+10	2024-08-30 11:30:00+10	attended	Room 4	2024-08-10 06:17:00+10
5120	38	1	PAR	Initial Consultation	2024-10-29 16:30:00+11	2024-10-29 17:15:00+11	attended	Room 1	2024-10-26 10:44:00+11
5121	38	1	PAR	Clinical Pilates	2024-11-12 10:00:00+11	2024-11-12 10:55:00+11	attended	Hydro Pool	2024-10-27 02:02:00+11
5122	39	2	CHA	Initial Consultation	2024-07-10 12:45:00+10	2024-07-10 13:30:00+10	no-show	Room 1	2024-06-25 02:27:00+10
5123	39	8	CHA	Clinical Pilates	2024-07-25 16:30:00+10	2024-07-25 17:25:00+10	attended	Gym	2024-07-24 05:52:00+10
5124	40	10	RIC	Initial Consultation	2024-08-05 13:45:00+10	2024-08-05 14:30:00+10	attended	Room 2	2024-07-24 03:32:00+10
5125	40	10	RIC	Standard Consultation	2024-08-12 07:15:00+10	2024-08-12 07:45:00+10	attended	Room 1	2024-07-28 17:13:00+10
5126	41	7	PAR	Initial Consultation	2024-08-01 17:30:00+10	2024-08-01 18:15:00+10	attended	Room 1	2024-07-11 06:22:00+10
5127	41	1	PAR	Standard Consultation	2024-08-19 14:30:00+10	2024-08-19 15:00:00+10	attended	Room 2	2024-08-12 06:57:00+10
5128	41	1	PAR	Extended Consultation	2024-08-27 12:45:00+10	2024-08-27 13:30:00+10	attended	Room 1	2024-08-21 04:17:00+10
5129	41	1	PAR	Extended Consultation	2024-09-07 09:15:00+10	2024-09-07 10:00:00+10	no-show	Room 1	2024-09-06 07:00:00+10
5130	41	1	PAR	Extended Consultation	2024-09-16 14:45:00+10	2024-09-16 15:30:00+10	attended	Room 1	2024-09-02 01:33:00+10
5131	41	7	PAR	Dry Needling	2024-09-27 13:45:00+10	2024-09-27 14:15:00+10	attended	Room 1	2024-09-20 23:01:00+10
5132	42	11	BRU	Initial Consultation	2024-07-10 13:30:00+10	2024-07-10 14:15:00+10	attended	Room 3	2024-07-06 00:11:00+10
5133	42	11	BRU	Clinical Pilates	2024-07-16 14:45:00+10	2024-07-16 15:40:00+10	cancelled	Gym	2024-06-27 14:11:00+10
5134	42	5	BRU	Clinical Pilates	2024-07-30 15:15:00+10	2024-07-30 16:10:00+10	cancelled	Gym	2024-07-22 11:51:00+10
5135	42	11	BRU	Clinical Pilates	2024-08-14 07:15:00+10	2024-08-14 08:10:00+10	attended	Hydro Pool	2024-07-30 00:12:00+10
5136	43	6	BOX	Initial Consultation	2024-07-04 14:15:00+10	2024-07-04 15:00:00+10	attended	Room 2	2024-06-22 08:03:00+10
5137	44	11	BRU	Initial Consultation	2024-08-01 17:45:00+10	2024-08-01 18:30:00+10	attended	Room 3	2024-07-25 15:36:00+10
5138	44	5	BRU	Clinical Pilates	2024-08-15 07:45:00+10	2024-08-15 08:40:00+10	attended	Gym	2024-07-27 00:18:00+10
5139	44	5	BRU	Standard Consultation	2024-08-29 13:30:00+10	2024-08-29 14:00:00+10	attended	Room 1	2024-08-12 23:17:00+10
5140	45	5	BRU	Initial Consultation	2024-07-01 12:45:00+10	2024-07-01 13:30:00+10	attended	Room 3	2024-06-15 08:50:00+10
5141	46	3	BJN	Initial Consultation	2024-09-05 07:45:00+10	2024-09-05 08:30:00+10	attended	Room 3	2024-08-16 02:53:00+10
5142	46	3	BJN	Extended Consultation	2024-09-14 08:00:00+10	2024-09-14 08:45:00+10	attended	Room 2	2024-09-13 02:30:00+10
5143	47	11	BRU	Initial Consultation	2024-08-28 13:00:00+10	2024-08-28 13:45:00+10	attended	Room 2	2024-08-12 11:19:00+10
5144	48	6	BOX	Initial Consultation	2024-10-15 15:15:00+11	2024-10-15 16:00:00+11	attended	Room 1	2024-09-25 02:21:00+10
5145	48	6	BOX	Standard Consultation	2024-10-28 11:45:00+11	2024-10-28 12:15:00+11	attended	Room 2	2024-10-16 21:20:00+11
5146	49	10	RIC	Initial Consultation	2024-08-26 17:30:00+10	2024-08-26 18:15:00+10	attended	Room 3	2024-08-09 11:31:00+10
5147	49	10	RIC	Dry Needling	2024-09-06 07:00:00+10	2024-09-06 07:30:00+10	attended	Room 1	2024-08-15 19:05:00+10
5148	50	9	BJN	Initial Consultation	2024-07-22 11:30:00+10	2024-07-22 12:15:00+10	attended	Room 4	2024-07-07 07:43:00+10
5149	50	3	BJN	Clinical Pilates	2024-08-01 16:45:00+10	2024-08-01 17:40:00+10	attended	Hydro Pool	2024-07-15 06:48:00+10
5150	50	9	BJN	Standard Consultation	2024-08-22 11:45:00+10	2024-08-22 12:15:00+10	attended	Room 2	2024-08-20 07:32:00+10
5151	50	9	BJN	Standard Consultation	2024-09-04 12:30:00+10	2024-09-04 13:00:00+10	attended	Room 3	2024-08-18 08:35:00+10
5152	50	9	BJN	Dry Needling	2024-09-16 10:00:00+10	2024-09-16 10:30:00+10	attended	Room 3	2024-09-09 19:31:00+10
5153	50	9	BJN	Extended Consultation	2024-09-28 10:45:00+10	2024-09-28 11:30:00+10	attended	Room 1	2024-09-22 09:41:00+10
5154	50	9	BJN	Extended Consultation	2024-10-14 12:00:00+11	2024-10-14 12:45:00+11	no-show	Room 4	2024-10-13 03:42:00+11
5155	50	3	BJN	Dry Needling	2024-11-02 10:00:00+11	2024-11-02 10:30:00+11	cancelled	Room 1	2024-11-01 06:17:00+11
5156	51	9	BJN	Initial Consultation	2024-09-25 17:30:00+10	2024-09-25 18:15:00+10	attended	Room 4	2024-09-20 17:00:00+10
5157	51	9	BJN	Dry Needling	2024-10-05 10:00:00+10	2024-10-05 10:30:00+10	attended	Room 1	2024-09-17 08:36:00+10
5158	52	9	BJN	Initial Consultation	2024-07-25 10:45:00+10	2024-07-25 11:30:00+10	attended	Room 4	2024-07-13 06:31:00+10
5159	52	9	BJN	Clinical Pilates	2024-08-09 18:30:00+10	2024-08-09 19:25:00+10	attended	Hydro Pool	2024-07-31 18:22:00+10
5160	53	4	RIC	Initial Consultation	2024-09-20 13:15:00+10	2024-09-20 14:00:00+10	cancelled	Room 3	2024-09-10 04:36:00+10
5161	54	6	BOX	Initial Consultation	2024-11-13 08:00:00+11	2024-11-13 08:45:00+11	attended	Room 2	2024-10-24 07:15:00+11
5162	54	12	BOX	Dry Needling	2024-11-27 10:30:00+11	2024-11-27 11:00:00+11	booked	Room 2	2024-11-18 02:29:00+11
5163	54	6	BOX	Extended Consultation	2024-12-06 18:45:00+11	2024-12-06 19:30:00+11	booked	Room 1	2024-12-05 07:48:00+11
5164	54	6	BOX	Extended Consultation	2024-12-23 14:30:00+11	2024-12-23 15:15:00+11	booked	Room 1	2024-12-16 06:01:00+11
5165	54	12	BOX	Extended Consultation	2025-01-04 11:45:00+11	2025-01-04 12:30:00+11	booked	Room 1	2024-12-28 04:07:00+11
5166	54	12	BOX	Standard Consultation	2025-01-17 12:45:00+11	2025-01-17 13:15:00+11	booked	Room 2	2025-01-10 08:32:00+11
5167	54	12	BOX	Clinical Pilates	2025-01-30 18:15:00+11	2025-01-30 19:10:00+11	booked	Hydro Pool	2025-01-20 15:56:00+11
5168	54	12	BOX	Extended Consultation	2025-02-14 15:45:00+11	2025-02-14 16:30:00+11	booked	Room 4	2025-01-27 15:09:00+11
5169	55	9	BJN	Initial Consultation	2024-07-30 12:00:00+10	2024-07-30 12:45:00+10	attended	Room 2	2024-07-15 06:56:00+10
5170	55	9	BJN	Dry Needling	2024-08-13 14:00:00+10	2024-08-13 14:30:00+10	attended	Room 1	2024-08-06 03:38:00+10
5171	55	3	BJN	Clinical Pilates	2024-08-23 15:45:00+10	2024-08-23 16:40:00+10	attended	Hydro Pool	2024-08-13 12:12:00+10
5172	56	12	BOX	Initial Consultation	2024-09-30 07:45:00+10	2024-09-30 08:30:00+10	attended	Room 1	2024-09-19 05:54:00+10
5173	56	6	BOX	Clinical Pilates	2024-10-15 08:00:00+11	2024-10-15 08:55:00+11	attended	Gym	2024-10-06 03:15:00+11
5174	56	12	BOX	Extended Consultation	2024-10-23 08:45:00+11	2024-10-23 09:30:00+11	attended	Room 1	2024-10-08 05:57:00+11
5175	56	6	BOX	Clinical Pilates	2024-11-12 13:15:00+11	2024-11-12 14:10:00+11	attended	Gym	2024-11-09 05:45:00+11
5176	57	9	BJN	Initial Consultation	2024-10-31 10:00:00+11	2024-10-31 10:45:00+11	attended	Room 3	2024-10-21 21:05:00+11
5177	57	9	BJN	Dry Needling	2024-11-15 15:00:00+11	2024-11-15 15:30:00+11	attended	Room 4	2024-11-10 00:06:00+11
5178	58	9	BJN	Initial Consultation	2024-07-20 08:30:00+10	2024-07-20 09:15:00+10	attended	Room 3	2024-07-10 01:59:00+10
5179	58	3	BJN	Clinical Pilates	2024-08-06 14:00:00+10	2024-08-06 14:55:00+10	attended	Gym	2024-07-29 06:09:00+10
5180	59	12	BOX	Initial Consultation	2024-08-02 10:00:00+10	2024-08-02 10:45:00+10	attended	Room 2	2024-07-29 21:49:00+10
5181	59	12	BOX	Standard Consultation	2024-08-10 10:00:00+10	2024-08-10 10:30:00+10	attended	Room 2	2024-07-29 19:09:00+10
5182	59	12	BOX	Standard Consultation	2024-08-16 08:00:00+10	2024-08-16 08:30:00+10	cancelled	Room 2	2024-07-28 18:47:00+10
5183	60	8	CHA	Initial Consultation	2024-08-30 16:30:00+10	2024-08-30 17:15:00+10	attended	Room 1	2024-08-12 03:27:00+10
5184	60	2	CHA	Standard Consultation	2024-09-06 11:30:00+10	2024-09-06 12:00:00+10	attended	Room 3	2024-08-18 20:58:00+10
5185	60	8	CHA	Standard Consultation	2024-09-11 11:45:00+10	2024-09-11 12:15:00+10	attended	Room 2	2024-08-25 02:14:00+10
5186	60	8	CHA	Dry Needling	2024-09-23 10:00:00+10	2024-09-23 10:30:00+10	attended	Room 4	2024-09-21 05:56:00+10
5187	61	5	BRU	Initial Consultation	2024-08-28 17:00:00+10	2024-08-28 17:45:00+10	cancelled	Room 4	2024-08-20 06:58:00+10
5188	62	10	RIC	Initial Consultation	2024-11-11 09:15:00+11	2024-11-11 10:00:00+11	attended	Room 4	2024-11-07 07:27:00+11
5189	62	10	RIC	Dry Needling	2024-11-20 15:15:00+11	2024-11-20 15:45:00+11	attended	Room 4	2024-11-08 08:42:00+11
5190	63	1	PAR	Initial Consultation	2024-08-12 12:00:00+10	2024-08-12 12:45:00+10	attended	Room 2	2024-08-07 06:18:00+10
5191	63	7	PAR	Extended Consultation	2024-08-28 18:15:00+10	2024-08-28 19:00:00+10	attended	Room 1	2024-08-08 09:06:00+10
5192	64	8	CHA	Initial Consultation	2024-10-30 07:00:00+11	2024-10-30 07:45:00+11	attended	Room 3	2024-10-14 03:35:00+11
5193	64	2	CHA	Standard Consultation	2024-11-13 14:15:00+11	2024-11-13 14:45:00+11	attended	Room 2	2024-10-29 03:23:00+11
5194	65	3	BJN	Initial Consultation	2024-07-11 16:45:00+10	2024-07-11 17:30:00+10	attended	Room 1	2024-07-08 03:46:00+10
5195	65	3	BJN	Clinical Pilates	2024-07-24 17:30:00+10	2024-07-24 18:25:00+10	attended	Gym	2024-07-08 06:26:00+10
5196	65	3	BJN	Standard Consultation	2024-08-07 18:15:00+10	2024-08-07 18:45:00+10	attended	Room 4	2024-07-31 04:56:00+10
5197	65	3	BJN	Extended Consultation	2024-08-15 11:45:00+10	2024-08-15 12:30:00+10	attended	Room 2	2024-08-01 09:03:00+10
5198	66	3	BJN	Initial Consultation	2024-07-30 15:30:00+10	2024-07-30 16:15:00+10	attended	Room 2	2024-07-16 05:39:00+10
5199	66	9	BJN	Clinical Pilates	2024-08-17 09:30:00+10	2024-08-17 10:25:00+10	cancelled	Gym	2024-08-07 03:45:00+10
5200	67	5	BRU	Initial Consultation	2024-08-20 11:30:00+10	2024-08-20 12:15:00+10	attended	Room 1	2024-08-03 07:26:00+10
5201	67	5	BRU	Dry Needling	2024-09-03 18:45:00+10	2024-09-03 19:15:00+10	cancelled	Room 1	2024-09-01 16:28:00+10
5202	67	11	BRU	Clinical Pilates	2024-09-10 07:30:00+10	2024-09-10 08:25:00+10	attended	Hydro Pool	2024-09-01 20:56:00+10
5203	67	5	BRU	Standard Consultation	2024-09-21 12:00:00+10	2024-09-21 12:30:00+10	attended	Room 2	2024-09-01 21:03:00+10
5204	68	4	RIC	Initial Consultation	2024-09-23 14:15:00+10	2024-09-23 15:00:00+10	attended	Room 4	2024-09-12 12:26:00+10
5205	68	10	RIC	Clinical Pilates	2024-09-30 17:45:00+10	2024-09-30 18:40:00+10	attended	Gym	2024-09-10 06:17:00+10
5206	68	4	RIC	Standard Consultation	2024-10-08 13:45:00+11	2024-10-08 14:15:00+11	attended	Room 2	2024-09-24 12:44:00+10
5207	69	3	BJN	Initial Consultation	2024-11-11 15:00:00+11	2024-11-11 15:45:00+11	attended	Room 3	2024-11-05 02:36:00+11
5208	69	3	BJN	Standard Consultation	2024-11-23 11:45:00+11	2024-11-23 12:15:00+11	booked	Room 4	2024-11-06 07:04:00+11
5209	69	9	BJN	Clinical Pilates	2024-11-30 11:30:00+11	2024-11-30 12:25:00+11	booked	Hydro Pool	2024-11-24 02:56:00+11
5210	70	3	BJN	Initial Consultation	2024-10-02 09:45:00+10	2024-10-02 10:30:00+10	no-show	Room 2	2024-09-13 22:51:00+10
5211	71	5	BRU	Initial Consultation	2024-07-11 07:15:00+10	2024-07-11 08:00:00+10	no-show	Room 1	2024-06-27 20:40:00+10
5212	71	5	BRU	Dry Needling	2024-08-01 11:45:00+10	2024-08-01 12:15:00+10	attended	Room 3	2024-07-25 08:06:00+10
5213	71	11	BRU	Clinical Pilates	2024-08-12 12:45:00+10	2024-08-12 13:40:00+10	attended	Hydro Pool	2024-08-03 00:01:00+10
5214	71	5	BRU	Clinical Pilates	2024-08-17 12:30:00+10	2024-08-17 13:25:00+10	attended	Gym	2024-08-15 22:27:00+10
5215	72	2	CHA	Initial Consultation	2024-09-05 12:15:00+10	2024-09-05 13:00:00+10	attended	Room 3	2024-08-17 04:20:00+10
5216	72	2	CHA	Dry Needling	2024-09-24 07:00:00+10	2024-09-24 07:30:00+10	attended	Room 3	2024-09-03 19:49:00+10
5217	73	1	PAR	Initial Consultation	2024-10-03 11:15:00+10	2024-10-03 12:00:00+10	no-show	Room 2	2024-09-12 22:40:00+10
5218	73	7	PAR	Clinical Pilates	2024-10-18 17:15:00+11	2024-10-18 18:10:00+11	attended	Gym	2024-10-10 14:43:00+11
5219	73	1	PAR	Dry Needling	2024-11-04 12:00:00+11	2024-11-04 12:30:00+11	attended	Room 4	2024-10-29 03:38:00+11
5220	73	7	PAR	Extended Consultation	2024-11-21 07:00:00+11	2024-11-21 07:45:00+11	attended	Room 1	2024-11-10 05:20:00+11
5221	73	7	PAR	Standard Consultation	2024-12-06 18:30:00+11	2024-12-06 19:00:00+11	booked	Room 2	2024-11-15 17:41:00+11
5222	73	7	PAR	Extended Consultation	2024-12-23 18:00:00+11	2024-12-23 18:45:00+11	booked	Room 2	2024-12-15 14:10:00+11
5223	73	1	PAR	Clinical Pilates	2025-01-04 10:45:00+11	2025-01-04 11:40:00+11	booked	Gym	2024-12-29 06:42:00+11
5224	73	7	PAR	Standard Consultation	2025-01-16 12:30:00+11	2025-01-16 13:00:00+11	booked	Room 4	2025-01-08 22:52:00+11
5225	74	8	CHA	Initial Consultation	2024-10-09 10:30:00+11	2024-10-09 11:15:00+11	attended	Room 1	2024-09-20 02:53:00+10
5226	74	2	CHA	Extended Consultation	2024-10-19 08:30:00+11	2024-10-19 09:15:00+11	attended	Room 3	2024-10-13 07:15:00+11
5227	74	8	CHA	Standard Consultation	2024-11-07 12:45:00+11	2024-11-07 13:15:00+11	attended	Room 1	2024-10-18 06:29:00+11
5228	74	2	CHA	Standard Consultation	2024-11-16 12:45:00+11	2024-11-16 13:15:00+11	attended	Room 2	2024-11-04 01:37:00+11
5229	74	8	CHA	Dry Needling	2024-12-04 11:15:00+11	2024-12-04 11:45:00+11	booked	Room 3	2024-11-29 06:14:00+11
5230	74	8	CHA	Extended Consultation	2024-12-17 08:00:00+11	2024-12-17 08:45:00+11	booked	Room 1	2024-12-14 20:09:00+11
5231	74	2	CHA	Extended Consultation	2025-01-01 08:45:00+11	2025-01-01 09:30:00+11	booked	Room 3	2024-12-14 00:04:00+11
5232	74	8	CHA	Dry Needling	2025-01-09 14:15:00+11	2025-01-09 14:45:00+11	booked	Room 1	2024-12-27 03:52:00+11
5233	75	6	BOX	Initial Consultation	2024-08-26 08:00:00+10	2024-08-26 08:45:00+10	attended	Room 3	2024-08-07 21:17:00+10
5234	75	6	BOX	Clinical Pilates	2024-09-07 09:30:00+10	2024-09-07 10:25:00+10	cancelled	Hydro Pool	2024-08-28 01:45:00+10
5235	75	12	BOX	Extended Consultation	2024-09-24 07:00:00+10	2024-09-24 07:45:00+10	attended	Room 2	2024-09-14 18:44:00+10
5236	76	1	PAR	Initial Consultation	2024-09-13 10:00:00+10	2024-09-13 10:45:00+10	attended	Room 1	2024-08-23 20:51:00+10
5237	76	1	PAR	Dry Needling	2024-09-25 16:45:00+10	2024-09-25 17:15:00+10	attended	Room 2	2024-09-07 04:57:00+10
5238	76	1	PAR	Extended Consultation	2024-10-14 12:15:00+11	2024-10-14 13:00:00+11	attended	Room 3	2024-10-05 09:06:00+10
5239	76	7	PAR	Dry Needling	2024-11-04 10:45:00+11	2024-11-04 11:15:00+11	attended	Room 1	2024-10-24 08:22:00+11
5240	76	7	PAR	Dry Needling	2024-11-25 11:00:00+11	2024-11-25 11:30:00+11	booked	Room 1	2024-11-21 09:59:00+11
5241	76	7	PAR	Dry Needling	2024-12-13 11:15:00+11	2024-12-13 11:45:00+11	booked	Room 2	2024-12-04 10:35:00+11
5242	76	1	PAR	Extended Consultation	2024-12-18 18:45:00+11	2024-12-18 19:30:00+11	booked	Room 2	2024-12-15 12:02:00+11
5243	76	1	PAR	Extended Consultation	2025-01-01 07:15:00+11	2025-01-01 08:00:00+11	booked	Room 3	2024-12-21 01:07:00+11
5244	77	3	BJN	Initial Consultation	2024-09-18 15:15:00+10	2024-09-18 16:00:00+10	attended	Room 3	2024-09-16 10:35:00+10
5245	77	9	BJN	Dry Needling	2024-10-04 13:15:00+10	2024-10-04 13:45:00+10	attended	Room 1	2024-09-18 13:08:00+10
5246	78	2	CHA	Initial Consultation	2024-07-04 07:30:00+10	2024-07-04 08:15:00+10	attended	Room 2	2024-06-30 17:44:00+10
5247	78	2	CHA	Clinical Pilates	2024-07-11 08:45:00+10	2024-07-11 09:40:00+10	attended	Gym	2024-07-08 21:38:00+10
5248	78	2	CHA	Standard Consultation	2024-07-24 08:00:00+10	2024-07-24 08:30:00+10	attended	Room 2	2024-07-16 17:04:00+10
5249	79	5	BRU	Initial Consultation	2024-08-06 11:30:00+10	2024-08-06 12:15:00+10	attended	Room 3	2024-07-30 06:59:00+10
5250	79	11	BRU	Dry Needling	2024-08-19 07:15:00+10	2024-08-19 07:45:00+10	attended	Room 1	2024-08-17 22:03:00+10
5251	79	11	BRU	Clinical Pilates	2024-09-09 12:30:00+10	2024-09-09 13:25:00+10	attended	Gym	2024-08-19 21:41:00+10
5252	80	7	PAR	Initial Consultation	2024-10-04 14:45:00+10	2024-10-04 15:30:00+10	attended	Room 4	2024-09-14 14:42:00+10
5253	80	1	PAR	Dry Needling	2024-10-24 11:45:00+11	2024-10-24 12:15:00+11	attended	Room 2	2024-10-05 02:52:00+10
5254	80	7	PAR	Clinical Pilates	2024-10-30 17:15:00+11	2024-10-30 18:10:00+11	no-show	Hydro Pool	2024-10-09 14:34:00+11
5255	80	7	PAR	Extended Consultation	2024-11-09 08:15:00+11	2024-11-09 09:00:00+11	attended	Room 1	2024-10-20 08:08:00+11
5256	80	7	PAR	Extended Consultation	2024-11-20 11:15:00+11	2024-11-20 12:00:00+11	attended	Room 2	2024-11-06 04:22:00+11
5257	80	7	PAR	Extended Consultation	2024-12-05 12:15:00+11	2024-12-05 13:00:00+11	booked	Room 1	2024-12-01 01:05:00+11
5258	80	1	PAR	Extended Consultation	2024-12-25 08:30:00+11	2024-12-25 09:15:00+11	booked	Room 2	2024-12-04 03:02:00+11
5259	80	7	PAR	Standard Consultation	2025-01-08 07:45:00+11	2025-01-08 08:15:00+11	booked	Room 4	2025-01-05 03:54:00+11
5260	81	10	RIC	Initial Consultation	2024-10-28 07:00:00+11	2024-10-28 07:45:00+11	attended	Room 2	2024-10-11 23:21:00+11
5261	81	10	RIC	Extended Consultation	2024-11-11 11:45:00+11	2024-11-11 12:30:00+11	attended	Room 1	2024-10-25 03:22:00+11
5262	81	4	RIC	Dry Needling	2024-11-18 17:00:00+11	2024-11-18 17:30:00+11	attended	Room 3	2024-11-01 05:40:00+11
5263	82	12	BOX	Initial Consultation	2024-08-31 12:30:00+10	2024-08-31 13:15:00+10	attended	Room 2	2024-08-27 03:56:00+10
5264	82	6	BOX	Extended Consultation	2024-09-06 12:00:00+10	2024-09-06 12:45:00+10	attended	Room 4	2024-08-19 23:37:00+10
5265	82	12	BOX	Dry Needling	2024-09-12 07:45:00+10	2024-09-12 08:15:00+10	attended	Room 1	2024-08-25 20:00:00+10
5266	82	6	BOX	Clinical Pilates	2024-09-20 11:00:00+10	2024-09-20 11:55:00+10	attended	Hydro Pool	2024-09-13 03:08:00+10
5267	83	12	BOX	Initial Consultation	2024-08-16 14:30:00+10	2024-08-16 15:15:00+10	attended	Room 4	2024-08-07 04:55:00+10
5268	84	4	RIC	Initial Consultation	2024-09-07 11:15:00+10	2024-09-07 12:00:00+10	attended	Room 2	2024-08-28 00:51:00+10
5269	85	2	CHA	Initial Consultation	2024-10-11 15:00:00+11	2024-10-11 15:45:00+11	attended	Room 2	2024-10-01 12:26:00+10
5270	85	2	CHA	Extended Consultation	2024-10-16 12:30:00+11	2024-10-16 13:15:00+11	attended	Room 3	2024-10-14 04:04:00+11
5271	85	8	CHA	Clinical Pilates	2024-10-26 12:15:00+11	2024-10-26 13:10:00+11	attended	Gym	2024-10-16 09:59:00+11
5272	86	8	CHA	Initial Consultation	2024-10-18 16:45:00+11	2024-10-18 17:30:00+11	attended	Room 4	2024-10-02 14:40:00+10
5273	86	8	CHA	Clinical Pilates	2024-10-24 11:15:00+11	2024-10-24 12:10:00+11	no-show	Hydro Pool	2024-10-10 00:22:00+11
5274	87	8	CHA	Initial Consultation	2024-07-09 09:30:00+10	2024-07-09 10:15:00+10	attended	Room 3	2024-07-08 05:15:00+10
5275	87	2	CHA	Dry Needling	2024-07-27 12:30:00+10	2024-07-27 13:00:00+10	attended	Room 3	2024-07-15 06:09:00+10
5276	87	8	CHA	Extended Consultation	2024-08-03 09:30:00+10	2024-08-03 10:15:00+10	attended	Room 4	2024-07-31 04:55:00+10
5277	88	4	RIC	Initial Consultation	2024-09-02 09:00:00+10	2024-09-02 09:45:00+10	attended	Room 4	2024-08-26 19:44:00+10
5278	88	4	RIC	Dry Needling	2024-09-16 18:30:00+10	2024-09-16 19:00:00+10	attended	Room 2	2024-09-02 10:14:00+10
5279	88	10	RIC	Extended Consultation	2024-09-28 12:15:00+10	2024-09-28 13:00:00+10	attended	Room 1	2024-09-19 10:45:00+10
5280	89	10	RIC	Initial Consultation	2024-09-30 18:15:00+10	2024-09-30 19:00:00+10	attended	Room 3	2024-09-23 14:01:00+10
5281	89	10	RIC	Standard Consultation	2024-10-14 11:15:00+11	2024-10-14 11:45:00+11	no-show	Room 1	2024-10-13 03:43:00+11
5282	89	4	RIC	Dry Needling	2024-10-23 16:45:00+11	2024-10-23 17:15:00+11	attended	Room 1	2024-10-05 02:48:00+10
5283	89	4	RIC	Dry Needling	2024-10-29 12:45:00+11	2024-10-29 13:15:00+11	attended	Room 1	2024-10-13 10:16:00+11
5284	90	5	BRU	Initial Consultation	2024-07-29 07:15:00+10	2024-07-29 08:00:00+10	attended	Room 2	2024-07-26 01:10:00+10
5285	90	5	BRU	Standard Consultation	2024-08-17 10:15:00+10	2024-08-17 10:45:00+10	attended	Room 1	2024-08-11 09:13:00+10
5286	90	11	BRU	Standard Consultation	2024-08-29 17:15:00+10	2024-08-29 17:45:00+10	attended	Room 1	2024-08-21 13:02:00+10
5287	90	11	BRU	Clinical Pilates	2024-09-07 11:00:00+10	2024-09-07 11:55:00+10	attended	Gym	2024-08-24 08:55:00+10
5288	91	12	BOX	Initial Consultation	2024-09-16 12:30:00+10	2024-09-16 13:15:00+10	attended	Room 4	2024-09-05 12:00:00+10
5289	91	6	BOX	Clinical Pilates	2024-10-02 17:30:00+10	2024-10-02 18:25:00+10	cancelled	Hydro Pool	2024-09-15 08:58:00+10
5290	91	12	BOX	Extended Consultation	2024-10-10 11:15:00+11	2024-10-10 12:00:00+11	attended	Room 3	2024-09-30 02:03:00+10
5291	92	2	CHA	Initial Consultation	2024-07-15 15:00:00+10	2024-07-15 15:45:00+10	no-show	Room 1	2024-07-04 10:00:00+10
5292	92	8	CHA	Dry Needling	2024-07-30 07:15:00+10	2024-07-30 07:45:00+10	attended	Room 2	2024-07-24 00:44:00+10
5293	92	2	CHA	Clinical Pilates	2024-08-12 16:30:00+10	2024-08-12 17:25:00+10	attended	Hydro Pool	2024-07-27 04:36:00+10
5294	92	2	CHA	Standard Consultation	2024-08-27 15:45:00+10	2024-08-27 16:15:00+10	attended	Room 2	2024-08-14 01:09:00+10
5295	93	11	BRU	Initial Consultation	2024-11-07 13:45:00+11	2024-11-07 14:30:00+11	no-show	Room 3	2024-11-06 03:47:00+11
5296	93	11	BRU	Dry Needling	2024-11-22 08:15:00+11	2024-11-22 08:45:00+11	attended	Room 4	2024-11-01 18:52:00+11
5297	93	5	BRU	Dry Needling	2024-12-02 16:00:00+11	2024-12-02 16:30:00+11	booked	Room 4	2024-11-20 02:06:00+11
5298	93	5	BRU	Dry Needling	2024-12-18 08:00:00+11	2024-12-18 08:30:00+11	booked	Room 1	2024-12-10 23:43:00+11
5299	94	5	BRU	Initial Consultation	2024-10-28 11:00:00+11	2024-10-28 11:45:00+11	attended	Room 3	2024-10-09 20:18:00+11
5300	94	5	BRU	Dry Needling	2024-11-11 08:30:00+11	2024-11-11 09:00:00+11	attended	Room 3	2024-10-21 02:27:00+11
5301	94	5	BRU	Dry Needling	2024-12-02 15:15:00+11	2024-12-02 15:45:00+11	booked	Room 3	2024-11-11 09:02:00+11
5302	94	11	BRU	Dry Needling	2024-12-07 12:15:00+11	2024-12-07 12:45:00+11	booked	Room 2	2024-11-19 08:17:00+11
5303	94	5	BRU	Dry Needling	2024-12-17 07:00:00+11	2024-12-17 07:30:00+11	booked	Room 1	2024-12-09 16:03:00+11
5304	94	11	BRU	Clinical Pilates	2024-12-24 13:30:00+11	2024-12-24 14:25:00+11	booked	Hydro Pool	2024-12-11 22:58:00+11
5305	95	7	PAR	Initial Consultation	2024-10-15 16:45:00+11	2024-10-15 17:30:00+11	attended	Room 4	2024-10-07 06:03:00+11
5306	96	2	CHA	Initial Consultation	2024-09-16 14:00:00+10	2024-09-16 14:45:00+10	attended	Room 3	2024-09-01 04:18:00+10
5307	96	8	CHA	Clinical Pilates	2024-10-04 12:15:00+10	2024-10-04 13:10:00+10	attended	Gym	2024-10-02 04:30:00+10
5308	97	9	BJN	Initial Consultation	2024-08-26 12:30:00+10	2024-08-26 13:15:00+10	attended	Room 4	2024-08-24 22:10:00+10
5309	97	9	BJN	Extended Consultation	2024-09-09 15:15:00+10	2024-09-09 16:00:00+10	cancelled	Room 4	2024-08-20 08:31:00+10
5310	98	7	PAR	Initial Consultation	2024-08-01 09:45:00+10	2024-08-01 10:30:00+10	no-show	Room 2	2024-07-19 01:29:00+10
5311	98	7	PAR	Clinical Pilates	2024-08-10 12:00:00+10	2024-08-10 12:55:00+10	attended	Gym	2024-07-24 07:35:00+10
5312	98	1	PAR	Extended Consultation	2024-08-27 18:45:00+10	2024-08-27 19:30:00+10	attended	Room 4	2024-08-13 15:11:00+10
5313	98	7	PAR	Extended Consultation	2024-09-02 12:00:00+10	2024-09-02 12:45:00+10	attended	Room 3	2024-08-23 21:53:00+10
5314	98	7	PAR	Clinical Pilates	2024-09-07 09:30:00+10	2024-09-07 10:25:00+10	attended	Hydro Pool	2024-08-23 01:40:00+10
5315	98	1	PAR	Standard Consultation	2024-09-21 12:00:00+10	2024-09-21 12:30:00+10	attended	Room 3	2024-09-04 23:26:00+10
5316	99	7	PAR	Initial Consultation	2024-08-12 11:30:00+10	2024-08-12 12:15:00+10	attended	Room 2	2024-07-28 04:55:00+10
5317	99	1	PAR	Extended Consultation	2024-08-27 17:00:00+10	2024-08-27 17:45:00+10	attended	Room 4	2024-08-16 06:17:00+10
5318	99	1	PAR	Standard Consultation	2024-09-09 12:00:00+10	2024-09-09 12:30:00+10	attended	Room 3	2024-09-03 21:29:00+10
5319	99	7	PAR	Standard Consultation	2024-09-27 14:45:00+10	2024-09-27 15:15:00+10	attended	Room 4	2024-09-15 07:50:00+10
5320	99	7	PAR	Clinical Pilates	2024-10-08 12:30:00+11	2024-10-08 13:25:00+11	attended	Hydro Pool	2024-09-29 07:21:00+10
5321	99	1	PAR	Dry Needling	2024-10-26 12:30:00+11	2024-10-26 13:00:00+11	attended	Room 2	2024-10-25 10:50:00+11
5322	100	2	CHA	Initial Consultation	2024-09-04 15:15:00+10	2024-09-04 16:00:00+10	attended	Room 1	2024-08-17 07:15:00+10
5323	100	8	CHA	Standard Consultation	2024-09-23 15:00:00+10	2024-09-23 15:30:00+10	attended	Room 1	2024-09-02 00:27:00+10
5324	101	1	PAR	Initial Consultation	2024-08-19 17:30:00+10	2024-08-19 18:15:00+10	attended	Room 3	2024-08-03 13:27:00+10
5325	102	2	CHA	Initial Consultation	2024-09-16 09:00:00+10	2024-09-16 09:45:00+10	attended	Room 2	2024-09-05 23:28:00+10
5326	102	8	CHA	Extended Consultation	2024-09-30 17:00:00+10	2024-09-30 17:45:00+10	attended	Room 1	2024-09-10 07:09:00+10
5327	102	8	CHA	Extended Consultation	2024-10-14 18:15:00+11	2024-10-14 19:00:00+11	attended	Room 3	2024-10-06 15:52:00+11
5328	102	8	CHA	Extended Consultation	2024-11-02 09:15:00+11	2024-11-02 10:00:00+11	attended	Room 3	2024-10-13 18:21:00+11
5329	103	2	CHA	Initial Consultation	2024-08-24 09:15:00+10	2024-08-24 10:00:00+10	attended	Room 1	2024-08-18 18:49:00+10
5330	104	2	CHA	Initial Consultation	2024-09-02 10:45:00+10	2024-09-02 11:30:00+10	attended	Room 1	2024-08-13 03:13:00+10
5331	105	10	RIC	Initial Consultation	2024-10-11 09:15:00+11	2024-10-11 10:00:00+11	attended	Room 2	2024-09-24 08:19:00+10
5332	105	10	RIC	Extended Consultation	2024-10-28 08:30:00+11	2024-10-28 09:15:00+11	attended	Room 2	2024-10-08 05:58:00+11
5333	105	4	RIC	Clinical Pilates	2024-11-15 09:15:00+11	2024-11-15 10:10:00+11	attended	Gym	2024-11-02 03:19:00+11
5334	105	4	RIC	Extended Consultation	2024-11-27 07:15:00+11	2024-11-27 08:00:00+11	booked	Room 1	2024-11-19 19:48:00+11
5335	106	5	BRU	Initial Consultation	2024-07-17 08:15:00+10	2024-07-17 09:00:00+10	attended	Room 2	2024-06-26 05:17:00+10
5336	106	11	BRU	Standard Consultation	2024-07-29 17:00:00+10	2024-07-29 17:30:00+10	cancelled	Room 2	2024-07-25 06:40:00+10
5337	107	1	PAR	Initial Consultation	2024-10-01 10:30:00+10	2024-10-01 11:15:00+10	attended	Room 1	2024-09-22 08:31:00+10
5338	108	4	RIC	Initial Consultation	2024-08-29 10:00:00+10	2024-08-29 10:45:00+10	cancelled	Room 2	2024-08-21 03:40:00+10
5339	108	4	RIC	Extended Consultation	2024-09-13 07:45:00+10	2024-09-13 08:30:00+10	attended	Room 3	2024-08-30 07:13:00+10
5340	108	4	RIC	Standard Consultation	2024-10-04 13:45:00+10	2024-10-04 14:15:00+10	attended	Room 3	2024-09-22 06:48:00+10
5341	108	10	RIC	Standard Consultation	2024-10-10 07:30:00+11	2024-10-10 08:00:00+11	attended	Room 3	2024-09-30 20:05:00+10
5342	109	4	RIC	Initial Consultation	2024-07-15 15:30:00+10	2024-07-15 16:15:00+10	no-show	Room 1	2024-07-09 06:47:00+10
5343	109	10	RIC	Dry Needling	2024-08-02 07:45:00+10	2024-08-02 08:15:00+10	attended	Room 3	2024-07-12 02:18:00+10
5344	109	10	RIC	Extended Consultation	2024-08-09 15:45:00+10	2024-08-09 16:30:00+10	attended	Room 2	2024-08-04 02:15:00+10
5345	109	4	RIC	Clinical Pilates	2024-08-19 10:30:00+10	2024-08-19 11:25:00+10	attended	Hydro Pool	2024-08-18 00:02:00+10
5346	110	12	BOX	Initial Consultation	2024-07-31 14:00:00+10	2024-07-31 14:45:00+10	cancelled	Room 3	2024-07-18 11:12:00+10
5347	111	3	BJN	Initial Consultation	2024-10-10 12:30:00+11	2024-10-10 13:15:00+11	attended	Room 3	2024-10-01 05:09:00+10
5348	112	11	BRU	Initial Consultation	2024-08-29 12:00:00+10	2024-08-29 12:45:00+10	attended	Room 4	2024-08-27 01:04:00+10
5349	112	11	BRU	Clinical Pilates	2024-09-03 14:00:00+10	2024-09-03 14:55:00+10	attended	Hydro Pool	2024-09-02 07:59:00+10
5350	112	11	BRU	Standard Consultation	2024-09-20 08:45:00+10	2024-09-20 09:15:00+10	attended	Room 1	2024-09-10 23:57:00+10
5351	112	5	BRU	Extended Consultation	2024-10-03 09:30:00+10	2024-10-03 10:15:00+10	attended	Room 2	2024-09-30 19:35:00+10
5352	113	8	CHA	Initial Consultation	2024-08-28 12:15:00+10	2024-08-28 13:00:00+10	attended	Room 1	2024-08-22 03:19:00+10
5353	113	8	CHA	Extended Consultation	2024-09-14 08:00:00+10	2024-09-14 08:45:00+10	attended	Room 2	2024-08-30 05:12:00+10
5354	114	11	BRU	Initial Consultation	2024-07-08 13:30:00+10	2024-07-08 14:15:00+10	attended	Room 4	2024-06-26 06:20:00+10
5355	114	5	BRU	Extended Consultation	2024-07-29 09:00:00+10	2024-07-29 09:45:00+10	attended	Room 2	2024-07-27 02:42:00+10
5356	114	5	BRU	Standard Consultation	2024-08-08 17:15:00+10	2024-08-08 17:45:00+10	attended	Room 4	2024-08-03 04:56:00+10
5357	114	5	BRU	Dry Needling	2024-08-15 12:30:00+10	2024-08-15 13:00:00+10	attended	Room 3	2024-07-27 22:07:00+10
5358	115	5	BRU	Initial Consultation	2024-07-30 09:15:00+10	2024-07-30 10:00:00+10	cancelled	Room 1	2024-07-20 04:58:00+10
5359	115	11	BRU	Dry Needling	2024-08-05 15:00:00+10	2024-08-05 15:30:00+10	attended	Room 1	2024-07-16 08:27:00+10
5360	115	5	BRU	Standard Consultation	2024-08-24 12:30:00+10	2024-08-24 13:00:00+10	attended	Room 3	2024-08-23 05:26:00+10
5361	115	11	BRU	Extended Consultation	2024-08-29 11:15:00+10	2024-08-29 12:00:00+10	attended	Room 2	2024-08-08 06:31:00+10
5362	115	5	BRU	Dry Needling	2024-09-18 16:30:00+10	2024-09-18 17:00:00+10	attended	Room 4	2024-09-03 05:19:00+10
5363	115	5	BRU	Clinical Pilates	2024-10-02 11:00:00+10	2024-10-02 11:55:00+10	cancelled	Hydro Pool	2024-09-13 20:35:00+10
5364	115	11	BRU	Standard Consultation	2024-10-08 16:15:00+11	2024-10-08 16:45:00+11	attended	Room 4	2024-09-19 10:16:00+10
5365	115	5	BRU	Dry Needling	2024-10-25 14:30:00+11	2024-10-25 15:00:00+11	attended	Room 2	2024-10-19 10:07:00+11
5366	116	10	RIC	Initial Consultation	2024-10-28 11:00:00+11	2024-10-28 11:45:00+11	attended	Room 3	2024-10-10 07:09:00+11
5367	116	10	RIC	Dry Needling	2024-11-18 18:15:00+11	2024-11-18 18:45:00+11	attended	Room 3	2024-11-13 12:58:00+11
5368	116	4	RIC	Standard Consultation	2024-12-03 13:45:00+11	2024-12-03 14:15:00+11	booked	Room 2	2024-11-20 11:50:00+11
5369	116	10	RIC	Dry Needling	2024-12-09 18:15:00+11	2024-12-09 18:45:00+11	booked	Room 3	2024-11-23 15:09:00+11
5370	117	2	CHA	Initial Consultation	2024-08-24 09:00:00+10	2024-08-24 09:45:00+10	attended	Room 4	2024-08-23 04:27:00+10
5371	117	8	CHA	Extended Consultation	2024-09-13 18:00:00+10	2024-09-13 18:45:00+10	attended	Room 1	2024-09-10 17:31:00+10
5372	117	8	CHA	Dry Needling	2024-09-27 11:30:00+10	2024-09-27 12:00:00+10	attended	Room 3	2024-09-10 23:16:00+10
5373	117	8	CHA	Standard Consultation	2024-10-14 13:45:00+11	2024-10-14 14:15:00+11	attended	Room 3	2024-10-04 00:40:00+10
5374	118	3	BJN	Initial Consultation	2024-09-14 12:30:00+10	2024-09-14 13:15:00+10	attended	Room 2	2024-08-25 10:16:00+10
5375	118	9	BJN	Dry Needling	2024-09-26 10:45:00+10	2024-09-26 11:15:00+10	attended	Room 1	2024-09-11 09:05:00+10
5376	118	3	BJN	Dry Needling	2024-10-09 08:15:00+11	2024-10-09 08:45:00+11	attended	Room 3	2024-09-19 21:06:00+10
5377	119	6	BOX	Initial Consultation	2024-09-28 09:30:00+10	2024-09-28 10:15:00+10	attended	Room 3	2024-09-17 06:17:00+10
5378	119	12	BOX	Dry Needling	2024-10-04 09:30:00+10	2024-10-04 10:00:00+10	cancelled	Room 3	2024-10-01 21:24:00+10
5379	120	6	BOX	Initial Consultation	2024-08-08 16:45:00+10	2024-08-08 17:30:00+10	attended	Room 3	2024-08-04 09:43:00+10
5380	121	2	CHA	Initial Consultation	2024-08-19 08:15:00+10	2024-08-19 09:00:00+10	attended	Room 1	2024-07-30 07:51:00+10
5381	121	8	CHA	Clinical Pilates	2024-09-06 17:15:00+10	2024-09-06 18:10:00+10	attended	Hydro Pool	2024-08-22 11:26:00+10
5382	121	8	CHA	Extended Consultation	2024-09-21 12:45:00+10	2024-09-21 13:30:00+10	attended	Room 2	2024-09-08 06:55:00+10
5383	121	8	CHA	Standard Consultation	2024-10-03 09:15:00+10	2024-10-03 09:45:00+10	cancelled	Room 2	2024-09-14 04:22:00+10
5384	121	8	CHA	Extended Consultation	2024-10-21 15:30:00+11	2024-10-21 16:15:00+11	attended	Room 3	2024-10-19 02:26:00+11
5385	121	2	CHA	Clinical Pilates	2024-11-04 09:15:00+11	2024-11-04 10:10:00+11	attended	Hydro Pool	2024-10-19 06:19:00+11
5386	122	2	CHA	Initial Consultation	2024-07-27 09:00:00+10	2024-07-27 09:45:00+10	attended	Room 4	2024-07-19 18:35:00+10
5387	122	8	CHA	Extended Consultation	2024-08-12 18:15:00+10	2024-08-12 19:00:00+10	attended	Room 3	2024-08-11 12:35:00+10
5388	122	2	CHA	Dry Needling	2024-08-21 14:15:00+10	2024-08-21 14:45:00+10	attended	Room 4	2024-08-20 10:52:00+10
5389	122	8	CHA	Extended Consultation	2024-09-05 08:45:00+10	2024-09-05 09:30:00+10	cancelled	Room 3	2024-08-14 20:02:00+10
5390	122	2	CHA	Clinical Pilates	2024-09-11 07:00:00+10	2024-09-11 07:55:00+10	attended	Gym	2024-08-28 04:28:00+10
5391	122	8	CHA	Dry Needling	2024-09-21 12:45:00+10	2024-09-21 13:15:00+10	attended	Room 1	2024-09-18 03:05:00+10
5392	123	6	BOX	Initial Consultation	2024-10-24 17:15:00+11	2024-10-24 18:00:00+11	attended	Room 3	2024-10-14 03:23:00+11
5393	123	12	BOX	Clinical Pilates	2024-11-01 15:00:00+11	2024-11-01 15:55:00+11	attended	Gym	2024-10-19 14:14:00+11
5394	123	6	BOX	Extended Consultation	2024-11-06 14:15:00+11	2024-11-06 15:00:00+11	attended	Room 2	2024-10-16 00:16:00+11
5395	124	12	BOX	Initial Consultation	2024-08-29 17:00:00+10	2024-08-29 17:45:00+10	attended	Room 2	2024-08-26 08:35:00+10
5396	124	6	BOX	Extended Consultation	2024-09-06 15:45:00+10	2024-09-06 16:30:00+10	attended	Room 2	2024-08-17 04:32:00+10
5397	124	6	BOX	Dry Needling	2024-09-11 13:30:00+10	2024-09-11 14:00:00+10	attended	Room 2	2024-08-26 06:33:00+10
5398	125	11	BRU	Initial Consultation	2024-09-24 16:30:00+10	2024-09-24 17:15:00+10	attended	Room 1	2024-09-03 06:53:00+10
5399	125	5	BRU	Extended Consultation	2024-10-08 14:45:00+11	2024-10-08 15:30:00+11	attended	Room 1	2024-09-19 07:09:00+10
5400	125	5	BRU	Standard Consultation	2024-10-17 15:30:00+11	2024-10-17 16:00:00+11	attended	Room 4	2024-10-03 09:21:00+10
5401	126	5	BRU	Initial Consultation	2024-07-26 09:15:00+10	2024-07-26 10:00:00+10	attended	Room 1	2024-07-11 09:06:00+10
5402	126	11	BRU	Clinical Pilates	2024-08-07 09:00:00+10	2024-08-07 09:55:00+10	attended	Hydro Pool	2024-07-25 02:18:00+10
5403	127	1	PAR	Initial Consultation	2024-08-20 16:30:00+10	2024-08-20 17:15:00+10	attended	Room 2	2024-08-09 13:50:00+10
5404	128	9	BJN	Initial Consultation	2024-10-31 13:15:00+11	2024-10-31 14:00:00+11	attended	Room 1	2024-10-18 23:12:00+11
5405	129	12	BOX	Initial Consultation	2024-08-13 13:30:00+10	2024-08-13 14:15:00+10	attended	Room 2	2024-07-27 11:20:00+10
5406	129	12	BOX	Standard Consultation	2024-08-26 13:45:00+10	2024-08-26 14:15:00+10	attended	Room 2	2024-08-08 03:10:00+10
5407	129	12	BOX	Clinical Pilates	2024-09-16 09:45:00+10	2024-09-16 10:40:00+10	attended	Gym	2024-09-06 22:23:00+10
5408	130	8	CHA	Initial Consultation	2024-08-19 15:00:00+10	2024-08-19 15:45:00+10	attended	Room 3	2024-08-14 03:19:00+10
5409	131	10	RIC	Initial Consultation	2024-09-30 16:00:00+10	2024-09-30 16:45:00+10	attended	Room 2	2024-09-19 09:02:00+10
5410	131	10	RIC	Dry Needling	2024-10-17 12:00:00+11	2024-10-17 12:30:00+11	attended	Room 4	2024-10-08 02:52:00+11
5411	132	11	BRU	Initial Consultation	2024-09-02 07:30:00+10	2024-09-02 08:15:00+10	attended	Room 4	2024-08-13 04:16:00+10
5412	132	11	BRU	Dry Needling	2024-09-14 12:00:00+10	2024-09-14 12:30:00+10	attended	Room 1	2024-09-02 22:18:00+10
5413	132	11	BRU	Dry Needling	2024-09-19 17:45:00+10	2024-09-19 18:15:00+10	attended	Room 1	2024-09-11 16:55:00+10
5414	133	6	BOX	Initial Consultation	2024-08-03 09:45:00+10	2024-08-03 10:30:00+10	attended	Room 1	2024-07-26 03:37:00+10
5415	133	12	BOX	Dry Needling	2024-08-22 14:00:00+10	2024-08-22 14:30:00+10	attended	Room 2	2024-08-21 03:32:00+10
5416	133	6	BOX	Extended Consultation	2024-08-29 14:30:00+10	2024-08-29 15:15:00+10	attended	Room 4	2024-08-15 09:03:00+10
5417	133	6	BOX	Dry Needling	2024-09-16 18:15:00+10	2024-09-16 18:45:00+10	attended	Room 4	2024-09-05 15:41:00+10
5418	133	12	BOX	Standard Consultation	2024-09-27 08:15:00+10	2024-09-27 08:45:00+10	no-show	Room 3	2024-09-07 18:27:00+10
5419	133	6	BOX	Clinical Pilates	2024-10-17 14:15:00+11	2024-10-17 15:10:00+11	attended	Gym	2024-10-06 00:31:00+10
5420	134	10	RIC	Initial Consultation	2024-08-30 18:00:00+10	2024-08-30 18:45:00+10	attended	Room 4	2024-08-27 16:57:00+10
5421	134	10	RIC	Standard Consultation	2024-09-17 08:15:00+10	2024-09-17 08:45:00+10	attended	Room 3	2024-09-04 21:15:00+10
5422	134	10	RIC	Extended Consultation	2024-09-26 16:00:00+10	2024-09-26 16:45:00+10	attended	Room 2	2024-09-19 14:08:00+10
5423	134	4	RIC	Standard Consultation	2024-10-12 08:00:00+11	2024-10-12 08:30:00+11	attended	Room 1	2024-09-26 20:51:00+10
5424	134	4	RIC	Standard Consultation	2024-10-21 12:30:00+11	2024-10-21 13:00:00+11	attended	Room 4	2024-10-20 06:03:00+11
5425	134	4	RIC	Clinical Pilates	2024-11-09 12:00:00+11	2024-11-09 12:55:00+11	attended	Hydro Pool	2024-10-24 12:00:00+11
5426	134	10	RIC	Extended Consultation	2024-11-30 11:00:00+11	2024-11-30 11:45:00+11	booked	Room 4	2024-11-20 22:38:00+11
5427	134	10	RIC	Extended Consultation	2024-12-06 16:00:00+11	2024-12-06 16:45:00+11	booked	Room 1	2024-12-02 04:35:00+11
5428	135	4	RIC	Initial Consultation	2024-10-08 08:00:00+11	2024-10-08 08:45:00+11	attended	Room 1	2024-09-22 17:07:00+10
5429	135	10	RIC	Standard Consultation	2024-10-14 13:45:00+11	2024-10-14 14:15:00+11	attended	Room 2	2024-09-23 07:20:00+10
5430	136	7	PAR	Initial Consultation	2024-10-10 08:00:00+11	2024-10-10 08:45:00+11	cancelled	Room 2	2024-09-23 00:44:00+10
5431	136	7	PAR	Clinical Pilates	2024-10-30 16:45:00+11	2024-10-30 17:40:00+11	attended	Gym	2024-10-10 02:59:00+11
5432	136	7	PAR	Extended Consultation	2024-11-18 11:00:00+11	2024-11-18 11:45:00+11	attended	Room 1	2024-11-04 06:13:00+11
5433	136	7	PAR	Dry Needling	2024-11-29 11:45:00+11	2024-11-29 12:15:00+11	booked	Room 2	2024-11-23 02:13:00+11
5434	136	7	PAR	Standard Consultation	2024-12-17 07:15:00+11	2024-12-17 07:45:00+11	booked	Room 3	2024-12-02 19:36:00+11
5435	136	1	PAR	Clinical Pilates	2024-12-26 08:30:00+11	2024-12-26 09:25:00+11	booked	Gym	2024-12-14 22:46:00+11
5436	136	1	PAR	Extended Consultation	2025-01-01 07:45:00+11	2025-01-01 08:30:00+11	booked	Room 1	2024-12-12 20:35:00+11
5437	136	7	PAR	Dry Needling	2025-01-16 16:30:00+11	2025-01-16 17:00:00+11	booked	Room 2	2025-01-05 07:26:00+11
5438	137	9	BJN	Initial Consultation	2024-07-08 10:00:00+10	2024-07-08 10:45:00+10	attended	Room 4	2024-06-23 05:45:00+10
5439	137	9	BJN	Dry Needling	2024-07-16 15:30:00+10	2024-07-16 16:00:00+10	attended	Room 1	2024-06-29 06:56:00+10
5440	137	9	BJN	Clinical Pilates	2024-07-27 10:45:00+10	2024-07-27 11:40:00+10	attended	Gym	2024-07-08 21:12:00+10
5441	138	9	BJN	Initial Consultation	2024-08-05 09:45:00+10	2024-08-05 10:30:00+10	attended	Room 1	2024-07-17 19:51:00+10
5442	138	3	BJN	Dry Needling	2024-08-19 13:00:00+10	2024-08-19 13:30:00+10	attended	Room 2	2024-07-31 02:12:00+10
5443	139	7	PAR	Initial Consultation	2024-07-05 09:30:00+10	2024-07-05 10:15:00+10	attended	Room 3	2024-06-17 06:14:00+10
5444	139	7	PAR	Standard Consultation	2024-07-10 08:30:00+10	2024-07-10 09:00:00+10	cancelled	Room 2	2024-06-28 02:07:00+10
5445	139	1	PAR	Standard Consultation	2024-07-15 15:00:00+10	2024-07-15 15:30:00+10	attended	Room 2	2024-07-02 11:48:00+10
5446	139	1	PAR	Standard Consultation	2024-07-27 08:15:00+10	2024-07-27 08:45:00+10	no-show	Room 2	2024-07-14 20:08:00+10
5447	140	5	BRU	Initial Consultation	2024-08-19 10:30:00+10	2024-08-19 11:15:00+10	attended	Room 4	2024-08-16 06:22:00+10
5448	140	11	BRU	Extended Consultation	2024-08-30 08:00:00+10	2024-08-30 08:45:00+10	no-show	Room 3	2024-08-12 19:18:00+10
5449	140	5	BRU	Clinical Pilates	2024-09-09 07:15:00+10	2024-09-09 08:10:00+10	attended	Hydro Pool	2024-08-27 02:47:00+10
5450	141	11	BRU	Initial Consultation	2024-07-12 09:15:00+10	2024-07-12 10:00:00+10	no-show	Room 3	2024-06-22 00:39:00+10
5451	141	11	BRU	Extended Consultation	2024-07-19 17:00:00+10	2024-07-19 17:45:00+10	attended	Room 3	2024-07-16 04:22:00+10
5452	142	8	CHA	Initial Consultation	2024-07-09 15:15:00+10	2024-07-09 16:00:00+10	attended	Room 3	2024-06-28 02:48:00+10
5453	142	2	CHA	Extended Consultation	2024-07-16 12:30:00+10	2024-07-16 13:15:00+10	attended	Room 1	2024-06-30 09:15:00+10
5454	142	8	CHA	Clinical Pilates	2024-07-27 09:00:00+10	2024-07-27 09:55:00+10	attended	Hydro Pool	2024-07-14 07:54:00+10
5455	143	5	BRU	Initial Consultation	2024-10-07 11:00:00+11	2024-10-07 11:45:00+11	attended	Room 1	2024-09-17 08:29:00+10
5456	143	5	BRU	Standard Consultation	2024-10-28 12:30:00+11	2024-10-28 13:00:00+11	attended	Room 3	2024-10-14 23:23:00+11
5457	143	5	BRU	Clinical Pilates	2024-11-05 07:45:00+11	2024-11-05 08:40:00+11	attended	Gym	2024-11-03 17:27:00+11
5458	144	9	BJN	Initial Consultation	2024-08-14 18:30:00+10	2024-08-14 19:15:00+10	attended	Room 3	2024-08-07 04:24:00+10
5459	144	9	BJN	Standard Consultation	2024-09-02 10:15:00+10	2024-09-02 10:45:00+10	cancelled	Room 4	2024-08-25 20:12:00+10
5460	144	3	BJN	Standard Consultation	2024-09-17 13:00:00+10	2024-09-17 13:30:00+10	attended	Room 2	2024-09-16 05:34:00+10
5461	145	5	BRU	Initial Consultation	2024-10-14 14:00:00+11	2024-10-14 14:45:00+11	no-show	Room 4	2024-09-29 23:53:00+10
5462	145	11	BRU	Clinical Pilates	2024-10-23 12:15:00+11	2024-10-23 13:10:00+11	attended	Gym	2024-10-19 08:42:00+11
5463	145	5	BRU	Clinical Pilates	2024-11-11 15:30:00+11	2024-11-11 16:25:00+11	attended	Hydro Pool	2024-11-10 06:54:00+11
5464	145	11	BRU	Dry Needling	2024-11-27 17:30:00+11	2024-11-27 18:00:00+11	booked	Room 4	2024-11-07 08:00:00+11
5465	146	9	BJN	Initial Consultation	2024-08-24 09:45:00+10	2024-08-24 10:30:00+10	attended	Room 4	2024-08-20 09:15:00+10
5466	146	9	BJN	Extended Consultation	2024-09-11 16:45:00+10	2024-09-11 17:30:00+10	cancelled	Room 3	2024-08-22 07:40:00+10
5467	146	9	BJN	Dry Needling	2024-09-30 07:45:00+10	2024-09-30 08:15:00+10	attended	Room 4	2024-09-17 23:24:00+10
5468	147	9	BJN	Initial Consultation	2024-08-05 16:15:00+10	2024-08-05 17:00:00+10	no-show	Room 4	2024-07-26 10:58:00+10
5469	147	9	BJN	Dry Needling	2024-08-26 14:00:00+10	2024-08-26 14:30:00+10	attended	Room 4	2024-08-06 01:06:00+10
5470	147	9	BJN	Extended Consultation	2024-09-16 10:15:00+10	2024-09-16 11:00:00+10	attended	Room 2	2024-09-01 00:55:00+10
5471	148	1	PAR	Initial Consultation	2024-10-08 17:00:00+11	2024-10-08 17:45:00+11	attended	Room 4	2024-09-29 06:48:00+10
5472	148	1	PAR	Standard Consultation	2024-10-21 10:30:00+11	2024-10-21 11:00:00+11	attended	Room 3	2024-10-05 04:35:00+10
5473	148	7	PAR	Clinical Pilates	2024-11-05 16:00:00+11	2024-11-05 16:55:00+11	attended	Hydro Pool	2024-10-22 06:47:00+11
5474	148	1	PAR	Extended Consultation	2024-11-23 11:00:00+11	2024-11-23 11:45:00+11	booked	Room 2	2024-11-04 21:01:00+11
5475	148	1	PAR	Extended Consultation	2024-12-12 12:30:00+11	2024-12-12 13:15:00+11	booked	Room 4	2024-12-11 04:25:00+11
5476	148	7	PAR	Extended Consultation	2024-12-24 11:45:00+11	2024-12-24 12:30:00+11	booked	Room 4	2024-12-18 04:52:00+11
5477	149	3	BJN	Initial Consultation	2024-10-26 10:15:00+11	2024-10-26 11:00:00+11	attended	Room 2	2024-10-15 22:28:00+11
5478	150	11	BRU	Initial Consultation	2024-10-12 09:00:00+11	2024-10-12 09:45:00+11	attended	Room 1	2024-10-09 08:06:00+11
5479	150	11	BRU	Dry Needling	2024-10-28 16:15:00+11	2024-10-28 16:45:00+11	attended	Room 4	2024-10-22 07:35:00+11
5480	150	11	BRU	Standard Consultation	2024-11-11 12:30:00+11	2024-11-11 13:00:00+11	attended	Room 4	2024-10-24 08:46:00+11
5481	150	5	BRU	Extended Consultation	2024-12-02 15:30:00+11	2024-12-02 16:15:00+11	booked	Room 3	2024-11-14 06:50:00+11
5482	150	11	BRU	Standard Consultation	2024-12-09 08:15:00+11	2024-12-09 08:45:00+11	booked	Room 3	2024-11-19 22:37:00+11
5483	150	5	BRU	Dry Needling	2024-12-18 12:00:00+11	2024-12-18 12:30:00+11	booked	Room 2	2024-12-06 06:46:00+11
5484	151	8	CHA	Initial Consultation	2024-10-12 11:45:00+11	2024-10-12 12:30:00+11	attended	Room 4	2024-10-06 01:33:00+10
5485	151	2	CHA	Clinical Pilates	2024-10-29 15:15:00+11	2024-10-29 16:10:00+11	attended	Hydro Pool	2024-10-13 03:06:00+11
5486	151	2	CHA	Dry Needling	2024-11-18 16:45:00+11	2024-11-18 17:15:00+11	attended	Room 2	2024-11-05 05:19:00+11
5487	151	8	CHA	Extended Consultation	2024-12-05 13:30:00+11	2024-12-05 14:15:00+11	booked	Room 4	2024-11-18 09:55:00+11
5488	151	2	CHA	Clinical Pilates	2024-12-25 17:15:00+11	2024-12-25 18:10:00+11	booked	Gym	2024-12-17 03:52:00+11
5489	151	8	CHA	Extended Consultation	2025-01-02 14:15:00+11	2025-01-02 15:00:00+11	booked	Room 2	2024-12-28 07:11:00+11
5490	151	2	CHA	Extended Consultation	2025-01-16 16:15:00+11	2025-01-16 17:00:00+11	booked	Room 2	2025-01-07 01:40:00+11
5491	151	2	CHA	Clinical Pilates	2025-01-27 14:30:00+11	2025-01-27 15:25:00+11	booked	Gym	2025-01-16 08:23:00+11
5492	152	7	PAR	Initial Consultation	2024-10-26 11:30:00+11	2024-10-26 12:15:00+11	attended	Room 2	2024-10-24 03:02:00+11
5493	152	1	PAR	Standard Consultation	2024-11-13 12:30:00+11	2024-11-13 13:00:00+11	cancelled	Room 2	2024-11-05 10:07:00+11
5494	152	7	PAR	Dry Needling	2024-11-21 09:30:00+11	2024-11-21 10:00:00+11	cancelled	Room 4	2024-11-03 07:00:00+11
5495	153	11	BRU	Initial Consultation	2024-09-16 07:30:00+10	2024-09-16 08:15:00+10	attended	Room 1	2024-09-10 23:28:00+10
5496	153	11	BRU	Dry Needling	2024-09-23 08:45:00+10	2024-09-23 09:15:00+10	attended	Room 4	2024-09-15 00:53:00+10
5497	153	11	BRU	Extended Consultation	2024-10-05 11:00:00+10	2024-10-05 11:45:00+10	attended	Room 1	2024-09-19 00:53:00+10
5498	153	11	BRU	Dry Needling	2024-10-25 12:30:00+11	2024-10-25 13:00:00+11	cancelled	Room 1	2024-10-17 05:20:00+11
5499	154	3	BJN	Initial Consultation	2024-10-23 13:15:00+11	2024-10-23 14:00:00+11	attended	Room 4	2024-10-06 02:30:00+11
5500	154	3	BJN	Extended Consultation	2024-10-29 08:45:00+11	2024-10-29 09:30:00+11	attended	Room 2	2024-10-16 07:45:00+11
5501	154	9	BJN	Extended Consultation	2024-11-04 18:00:00+11	2024-11-04 18:45:00+11	attended	Room 1	2024-10-26 16:36:00+11
5502	155	1	PAR	Initial Consultation	2024-09-16 09:30:00+10	2024-09-16 10:15:00+10	cancelled	Room 3	2024-08-30 04:47:00+10
5503	155	1	PAR	Standard Consultation	2024-10-07 09:45:00+11	2024-10-07 10:15:00+11	attended	Room 2	2024-09-21 08:45:00+10
5504	155	1	PAR	Extended Consultation	2024-10-14 08:00:00+11	2024-10-14 08:45:00+11	attended	Room 2	2024-10-08 21:20:00+11
5505	156	7	PAR	Initial Consultation	2024-08-21 17:45:00+10	2024-08-21 18:30:00+10	attended	Room 1	2024-08-13 11:52:00+10
5506	156	7	PAR	Extended Consultation	2024-09-07 10:30:00+10	2024-09-07 11:15:00+10	no-show	Room 3	2024-08-30 08:34:00+10
5507	156	1	PAR	Extended Consultation	2024-09-12 13:30:00+10	2024-09-12 14:15:00+10	cancelled	Room 4	2024-08-24 02:11:00+10
5508	157	4	RIC	Initial Consultation	2024-11-11 07:30:00+11	2024-11-11 08:15:00+11	attended	Room 1	2024-10-23 17:58:00+11
5509	157	10	RIC	Clinical Pilates	2024-11-18 12:45:00+11	2024-11-18 13:40:00+11	attended	Hydro Pool	2024-11-02 09:54:00+11
5510	157	4	RIC	Extended Consultation	2024-12-09 12:00:00+11	2024-12-09 12:45:00+11	booked	Room 1	2024-11-23 05:26:00+11
5511	157	4	RIC	Standard Consultation	2024-12-30 17:30:00+11	2024-12-30 18:00:00+11	booked	Room 2	2024-12-16 15:01:00+11
5512	157	10	RIC	Extended Consultation	2025-01-13 07:30:00+11	2025-01-13 08:15:00+11	booked	Room 1	2024-12-31 00:03:00+11
5513	157	4	RIC	Extended Consultation	2025-01-20 14:30:00+11	2025-01-20 15:15:00+11	booked	Room 3	2025-01-11 06:29:00+11
5514	157	10	RIC	Extended Consultation	2025-02-07 13:15:00+11	2025-02-07 14:00:00+11	booked	Room 3	2025-01-26 12:32:00+11
5515	157	4	RIC	Clinical Pilates	2025-02-25 14:45:00+11	2025-02-25 15:40:00+11	booked	Gym	2025-02-09 07:44:00+11
5516	158	1	PAR	Initial Consultation	2024-09-03 07:15:00+10	2024-09-03 08:00:00+10	attended	Room 3	2024-09-02 03:04:00+10
5517	158	7	PAR	Dry Needling	2024-09-09 16:30:00+10	2024-09-09 17:00:00+10	attended	Room 3	2024-09-05 07:10:00+10
5518	159	4	RIC	Initial Consultation	2024-09-19 08:45:00+10	2024-09-19 09:30:00+10	attended	Room 1	2024-09-04 08:34:00+10
5519	159	4	RIC	Standard Consultation	2024-10-02 13:45:00+10	2024-10-02 14:15:00+10	cancelled	Room 3	2024-09-27 05:39:00+10
5520	159	10	RIC	Standard Consultation	2024-10-22 12:15:00+11	2024-10-22 12:45:00+11	attended	Room 4	2024-10-04 05:55:00+10
5521	159	4	RIC	Clinical Pilates	2024-10-28 08:45:00+11	2024-10-28 09:40:00+11	attended	Hydro Pool	2024-10-22 08:26:00+11
5522	159	10	RIC	Clinical Pilates	2024-11-04 07:15:00+11	2024-11-04 08:10:00+11	attended	Hydro Pool	2024-10-29 18:31:00+11
5523	159	10	RIC	Clinical Pilates	2024-11-18 15:00:00+11	2024-11-18 15:55:00+11	attended	Hydro Pool	2024-10-30 01:16:00+11
5524	159	10	RIC	Clinical Pilates	2024-12-09 15:00:00+11	2024-12-09 15:55:00+11	booked	Hydro Pool	2024-11-21 07:46:00+11
5525	159	10	RIC	Clinical Pilates	2024-12-18 13:30:00+11	2024-12-18 14:25:00+11	booked	Gym	2024-12-07 22:43:00+11
5526	160	8	CHA	Initial Consultation	2024-10-23 18:45:00+11	2024-10-23 19:30:00+11	attended	Room 2	2024-10-19 15:03:00+11
5527	161	5	BRU	Initial Consultation	2024-09-10 16:15:00+10	2024-09-10 17:00:00+10	attended	Room 1	2024-08-20 09:22:00+10
5528	161	5	BRU	Dry Needling	2024-09-30 14:00:00+10	2024-09-30 14:30:00+10	attended	Room 1	2024-09-12 13:56:00+10
5529	161	11	BRU	Standard Consultation	2024-10-18 11:30:00+11	2024-10-18 12:00:00+11	attended	Room 2	2024-09-29 02:45:00+10
5530	161	5	BRU	Clinical Pilates	2024-10-23 13:15:00+11	2024-10-23 14:10:00+11	no-show	Hydro Pool	2024-10-21 03:38:00+11
5531	161	5	BRU	Dry Needling	2024-11-13 13:00:00+11	2024-11-13 13:30:00+11	attended	Room 4	2024-11-08 11:37:00+11
5532	161	11	BRU	Clinical Pilates	2024-12-02 11:00:00+11	2024-12-02 11:55:00+11	booked	Hydro Pool	2024-11-17 22:01:00+11
5533	161	5	BRU	Clinical Pilates	2024-12-18 15:45:00+11	2024-12-18 16:40:00+11	booked	Gym	2024-12-08 10:24:00+11
5534	161	11	BRU	Extended Consultation	2024-12-23 16:30:00+11	2024-12-23 17:15:00+11	booked	Room 1	2024-12-11 14:27:00+11
5535	162	6	BOX	Initial Consultation	2024-09-07 09:00:00+10	2024-09-07 09:45:00+10	attended	Room 3	2024-08-25 05:56:00+10
5536	163	9	BJN	Initial Consultation	2024-09-02 14:45:00+10	2024-09-02 15:30:00+10	attended	Room 4	2024-08-23 13:40:00+10
5537	164	1	PAR	Initial Consultation	2024-11-04 16:45:00+11	2024-11-04 17:30:00+11	cancelled	Room 1	2024-10-29 03:29:00+11
5538	164	1	PAR	Extended Consultation	2024-11-25 17:00:00+11	2024-11-25 17:45:00+11	booked	Room 3	2024-11-08 09:41:00+11
5539	164	7	PAR	Clinical Pilates	2024-12-02 14:30:00+11	2024-12-02 15:25:00+11	booked	Hydro Pool	2024-11-22 05:35:00+11
5540	165	4	RIC	Initial Consultation	2024-09-30 13:00:00+10	2024-09-30 13:45:00+10	attended	Room 1	2024-09-24 23:53:00+10
5541	165	10	RIC	Dry Needling	2024-10-12 09:30:00+11	2024-10-12 10:00:00+11	attended	Room 2	2024-10-05 23:08:00+10
5542	165	4	RIC	Clinical Pilates	2024-11-02 08:45:00+11	2024-11-02 09:40:00+11	attended	Hydro Pool	2024-10-31 02:48:00+11
5543	165	10	RIC	Standard Consultation	2024-11-14 10:00:00+11	2024-11-14 10:30:00+11	attended	Room 4	2024-11-07 08:28:00+11
5544	165	10	RIC	Extended Consultation	2024-12-02 18:45:00+11	2024-12-02 19:30:00+11	booked	Room 3	2024-11-21 11:29:00+11
5545	165	4	RIC	Clinical Pilates	2024-12-09 08:30:00+11	2024-12-09 09:25:00+11	booked	Hydro Pool	2024-12-06 04:20:00+11
5546	165	10	RIC	Standard Consultation	2024-12-25 14:00:00+11	2024-12-25 14:30:00+11	booked	Room 2	2024-12-19 08:01:00+11
5547	165	4	RIC	Dry Needling	2024-12-31 15:00:00+11	2024-12-31 15:30:00+11	booked	Room 1	2024-12-24 00:33:00+11
5548	166	5	BRU	Initial Consultation	2024-08-27 07:00:00+10	2024-08-27 07:45:00+10	attended	Room 2	2024-08-23 19:23:00+10
5549	166	11	BRU	Dry Needling	2024-09-16 16:00:00+10	2024-09-16 16:30:00+10	cancelled	Room 4	2024-09-01 13:16:00+10
5550	166	11	BRU	Dry Needling	2024-10-01 14:30:00+10	2024-10-01 15:00:00+10	attended	Room 1	2024-09-24 05:15:00+10
5551	166	11	BRU	Extended Consultation	2024-10-14 14:45:00+11	2024-10-14 15:30:00+11	attended	Room 2	2024-10-09 00:54:00+11
5552	166	5	BRU	Extended Consultation	2024-10-21 12:30:00+11	2024-10-21 13:15:00+11	attended	Room 4	2024-09-30 12:17:00+10
5553	166	5	BRU	Standard Consultation	2024-11-11 11:15:00+11	2024-11-11 11:45:00+11	attended	Room 4	2024-10-21 22:13:00+11
5554	166	5	BRU	Standard Consultation	2024-11-21 17:00:00+11	2024-11-21 17:30:00+11	attended	Room 4	2024-10-31 13:53:00+11
5555	166	11	BRU	Clinical Pilates	2024-11-30 09:15:00+11	2024-11-30 10:10:00+11	booked	Hydro Pool	2024-11-13 19:51:00+11
5556	167	2	CHA	Initial Consultation	2024-07-08 14:30:00+10	2024-07-08 15:15:00+10	attended	Room 3	2024-06-24 14:27:00+10
5557	167	8	CHA	Standard Consultation	2024-07-15 16:15:00+10	2024-07-15 16:45:00+10	attended	Room 1	2024-07-13 06:34:00+10
5558	168	4	RIC	Initial Consultation	2024-08-12 18:00:00+10	2024-08-12 18:45:00+10	attended	Room 1	2024-08-07 13:28:00+10
5559	169	5	BRU	Initial Consultation	2024-09-23 10:45:00+10	2024-09-23 11:30:00+10	attended	Room 1	2024-09-13 09:18:00+10
5560	169	11	BRU	Standard Consultation	2024-10-07 07:15:00+11	2024-10-07 07:45:00+11	attended	Room 4	2024-10-01 06:46:00+10
5561	169	5	BRU	Clinical Pilates	2024-10-21 11:45:00+11	2024-10-21 12:40:00+11	attended	Gym	2024-10-11 01:09:00+11
5562	170	8	CHA	Initial Consultation	2024-07-15 17:15:00+10	2024-07-15 18:00:00+10	attended	Room 2	2024-06-24 06:08:00+10
5563	170	2	CHA	Extended Consultation	2024-08-02 16:30:00+10	2024-08-02 17:15:00+10	attended	Room 4	2024-07-13 07:43:00+10
5564	171	11	BRU	Initial Consultation	2024-11-09 12:15:00+11	2024-11-09 13:00:00+11	attended	Room 1	2024-11-06 21:52:00+11
5565	171	11	BRU	Extended Consultation	2024-11-15 14:15:00+11	2024-11-15 15:00:00+11	attended	Room 2	2024-10-31 05:49:00+11
5566	171	5	BRU	Dry Needling	2024-11-30 08:00:00+11	2024-11-30 08:30:00+11	booked	Room 2	2024-11-14 02:45:00+11
5567	172	10	RIC	Initial Consultation	2024-08-30 10:00:00+10	2024-08-30 10:45:00+10	attended	Room 2	2024-08-11 01:18:00+10
5568	172	4	RIC	Standard Consultation	2024-09-04 07:00:00+10	2024-09-04 07:30:00+10	attended	Room 1	2024-09-02 02:27:00+10
5569	172	10	RIC	Dry Needling	2024-09-19 12:00:00+10	2024-09-19 12:30:00+10	attended	Room 4	2024-09-10 04:47:00+10
5570	172	4	RIC	Standard Consultation	2024-09-26 17:45:00+10	2024-09-26 18:15:00+10	attended	Room 4	2024-09-23 03:33:00+10
5571	173	6	BOX	Initial Consultation	2024-07-19 12:00:00+10	2024-07-19 12:45:00+10	attended	Room 2	2024-07-13 09:44:00+10
5572	173	12	BOX	Extended Consultation	2024-08-03 09:00:00+10	2024-08-03 09:45:00+10	attended	Room 1	2024-07-13 07:07:00+10
5573	173	12	BOX	Extended Consultation	2024-08-24 12:30:00+10	2024-08-24 13:15:00+10	attended	Room 3	2024-08-10 00:07:00+10
5574	173	12	BOX	Extended Consultation	2024-09-03 08:15:00+10	2024-09-03 09:00:00+10	attended	Room 3	2024-08-13 17:36:00+10
5575	173	6	BOX	Standard Consultation	2024-09-11 12:30:00+10	2024-09-11 13:00:00+10	attended	Room 3	2024-09-04 00:04:00+10
5576	173	6	BOX	Extended Consultation	2024-09-21 12:45:00+10	2024-09-21 13:30:00+10	attended	Room 4	2024-09-05 22:54:00+10
5577	174	1	PAR	Initial Consultation	2024-09-21 08:15:00+10	2024-09-21 09:00:00+10	attended	Room 4	2024-09-09 21:24:00+10
5578	174	7	PAR	Clinical Pilates	2024-09-30 16:00:00+10	2024-09-30 16:55:00+10	attended	Hydro Pool	2024-09-23 02:00:00+10
5579	174	1	PAR	Dry Needling	2024-10-21 12:00:00+11	2024-10-21 12:30:00+11	attended	Room 4	2024-10-02 22:36:00+10
5580	174	1	PAR	Clinical Pilates	2024-10-30 14:15:00+11	2024-10-30 15:10:00+11	attended	Hydro Pool	2024-10-29 04:37:00+11
5581	174	7	PAR	Standard Consultation	2024-11-07 16:00:00+11	2024-11-07 16:30:00+11	attended	Room 2	2024-10-29 03:41:00+11
5582	174	1	PAR	Dry Needling	2024-11-18 14:45:00+11	2024-11-18 15:15:00+11	attended	Room 4	2024-11-16 02:26:00+11
5583	175	2	CHA	Initial Consultation	2024-10-01 14:00:00+10	2024-10-01 14:45:00+10	cancelled	Room 1	2024-09-21 02:36:00+10
5584	176	7	PAR	Initial Consultation	2024-08-05 18:15:00+10	2024-08-05 19:00:00+10	attended	Room 2	2024-07-27 08:59:00+10
5585	176	1	PAR	Dry Needling	2024-08-13 11:15:00+10	2024-08-13 11:45:00+10	attended	Room 2	2024-07-25 20:48:00+10
5586	176	1	PAR	Clinical Pilates	2024-09-03 08:45:00+10	2024-09-03 09:40:00+10	attended	Hydro Pool	2024-08-14 00:27:00+10
5587	176	1	PAR	Dry Needling	2024-09-20 14:45:00+10	2024-09-20 15:15:00+10	attended	Room 4	2024-09-06 10:51:00+10
5588	176	1	PAR	Extended Consultation	2024-10-07 16:45:00+11	2024-10-07 17:30:00+11	attended	Room 4	2024-09-22 10:25:00+10
5589	176	1	PAR	Dry Needling	2024-10-23 10:45:00+11	2024-10-23 11:15:00+11	attended	Room 3	2024-10-16 04:30:00+11
5590	177	7	PAR	Initial Consultation	2024-09-23 12:15:00+10	2024-09-23 13:00:00+10	attended	Room 2	2024-09-08 01:29:00+10
5591	177	7	PAR	Dry Needling	2024-10-07 07:30:00+11	2024-10-07 08:00:00+11	cancelled	Room 2	2024-09-17 17:42:00+10
5592	178	11	BRU	Initial Consultation	2024-08-09 11:30:00+10	2024-08-09 12:15:00+10	attended	Room 3	2024-07-30 10:24:00+10
5593	178	11	BRU	Dry Needling	2024-08-15 07:15:00+10	2024-08-15 07:45:00+10	attended	Room 1	2024-08-12 01:15:00+10
5594	178	5	BRU	Dry Needling	2024-09-04 17:45:00+10	2024-09-04 18:15:00+10	cancelled	Room 3	2024-08-15 11:42:00+10
5595	178	5	BRU	Clinical Pilates	2024-09-24 08:45:00+10	2024-09-24 09:40:00+10	attended	Hydro Pool	2024-09-10 08:41:00+10
5596	178	5	BRU	Extended Consultation	2024-10-07 14:00:00+11	2024-10-07 14:45:00+11	cancelled	Room 1	2024-09-21 04:26:00+10
5597	178	5	BRU	Clinical Pilates	2024-10-23 16:30:00+11	2024-10-23 17:25:00+11	attended	Gym	2024-10-18 14:38:00+11
5598	179	12	BOX	Initial Consultation	2024-10-28 16:30:00+11	2024-10-28 17:15:00+11	attended	Room 1	2024-10-27 07:27:00+11
5599	179	12	BOX	Extended Consultation	2024-11-12 10:15:00+11	2024-11-12 11:00:00+11	no-show	Room 4	2024-10-25 07:00:00+11
5600	179	12	BOX	Clinical Pilates	2024-11-19 14:45:00+11	2024-11-19 15:40:00+11	attended	Hydro Pool	2024-11-09 07:02:00+11
5601	179	12	BOX	Clinical Pilates	2024-11-29 17:15:00+11	2024-11-29 18:10:00+11	booked	Gym	2024-11-20 13:15:00+11
5602	179	6	BOX	Dry Needling	2024-12-18 10:30:00+11	2024-12-18 11:00:00+11	booked	Room 1	2024-12-04 23:53:00+11
5603	179	12	BOX	Dry Needling	2025-01-01 15:45:00+11	2025-01-01 16:15:00+11	booked	Room 3	2024-12-15 06:18:00+11
5604	179	12	BOX	Standard Consultation	2025-01-14 09:15:00+11	2025-01-14 09:45:00+11	booked	Room 1	2025-01-05 00:47:00+11
5605	179	6	BOX	Dry Needling	2025-02-01 11:45:00+11	2025-02-01 12:15:00+11	booked	Room 1	2025-01-29 10:23:00+11
5606	180	7	PAR	Initial Consultation	2024-10-07 18:45:00+11	2024-10-07 19:30:00+11	attended	Room 1	2024-09-20 08:23:00+10
5607	180	7	PAR	Dry Needling	2024-10-22 13:45:00+11	2024-10-22 14:15:00+11	attended	Room 4	2024-10-11 11:47:00+11
5608	180	7	PAR	Extended Consultation	2024-11-07 11:15:00+11	2024-11-07 12:00:00+11	attended	Room 2	2024-11-02 03:10:00+11
5609	180	1	PAR	Standard Consultation	2024-11-25 16:00:00+11	2024-11-25 16:30:00+11	booked	Room 1	2024-11-22 06:39:00+11
5610	180	1	PAR	Extended Consultation	2024-12-13 17:45:00+11	2024-12-13 18:30:00+11	booked	Room 3	2024-11-23 08:39:00+11
5611	180	1	PAR	Standard Consultation	2024-12-26 12:30:00+11	2024-12-26 13:00:00+11	booked	Room 1	2024-12-08 07:34:00+11
\.


--
-- Data for Name: invoices; Type: TABLE DATA; Schema: public; Owner: booking
--

COPY public.invoices (invoice_no, appointment_id, patient_id, issued_at, amount, gst, paid_at, payment_method, card_brand, card_last4, stripe_payment_intent) FROM stdin;
299747367326	5002	1	2024-07-22 16:30:00+10	95.00	0.00	2024-07-22 16:31:00+10	card	visa	7172	pi_3YBcddIHEOCKAJ82aRumguWG
435883299159	5003	1	2024-07-29 14:15:00+10	130.00	0.00	2024-07-29 14:19:00+10	hicaps	visa	0023	\N
899343536709	5005	3	2024-10-21 15:15:00+11	115.00	0.00	2024-10-21 15:32:00+11	hicaps	mastercard	5386	\N
228538134063	5007	3	2024-11-21 14:30:00+11	95.00	0.00	2024-11-21 14:45:00+11	card	visa	2638	pi_3TJ8lALqE03tSRQBAIPTFMGd
990343401083	5011	4	2024-10-21 14:30:00+11	115.00	0.00	2024-10-21 14:44:00+11	hicaps	visa	8430	\N
162744183906	5012	4	2024-11-02 09:40:00+11	75.00	0.00	2024-11-02 09:50:00+11	cash	\N	\N	\N
420311575798	5013	4	2024-11-08 13:30:00+11	95.00	0.00	\N	card	mastercard	3124	pi_3ot1Vh8jUguJ95TTCTlCHEAY
575426577908	5017	5	2024-07-09 08:00:00+10	115.00	0.00	2024-07-09 08:14:00+10	card	visa	1443	pi_3B4xpsvL4RmlI5QWXLEzIKON
608488539507	5018	6	2024-08-08 11:30:00+10	115.00	0.00	2024-08-08 11:31:00+10	card	visa	9851	pi_3ufSnhEEqU4NpO4dshDiNzIO
449394329457	5019	6	2024-08-26 15:55:00+10	75.00	0.00	2024-08-26 16:07:00+10	hicaps	visa	5991	\N
597941630040	5020	6	2024-09-12 13:10:00+10	75.00	0.00	2024-09-12 13:19:00+10	card	amex	1543	pi_3y4dyuZARQk3HKe3Jg7393IP
645791998415	5021	7	2024-09-23 11:45:00+10	115.00	0.00	\N	hicaps	visa	8718	\N
310974693914	5022	8	2024-09-09 12:30:00+10	115.00	0.00	\N	hicaps	mastercard	7772	\N
174585648384	5023	8	2024-09-25 17:15:00+10	130.00	0.00	2024-09-25 17:34:00+10	card	mastercard	2919	pi_3UOID46w8ayzDDkFnJ4aQSGM
631613396696	5024	8	2024-09-30 16:55:00+10	75.00	0.00	2024-09-30 17:01:00+10	hicaps	mastercard	6785	\N
653382686398	5025	9	2024-08-06 12:45:00+10	115.00	0.00	2024-08-06 12:48:00+10	card	amex	2277	pi_3cpbSI7m7NhumiMybabc2AAn
120847834548	5026	9	2024-08-12 16:00:00+10	95.00	0.00	2024-08-12 16:11:00+10	card	mastercard	1403	pi_3o9OH2YL8IIjWLQOThbZVVNb
541013394870	5027	9	2024-08-22 18:30:00+10	95.00	0.00	2024-08-22 18:42:00+10	card	visa	3125	pi_3XwuUMsUZ1qCGwO6oJezwOhV
209817360608	5028	9	2024-08-30 15:30:00+10	95.00	0.00	2024-08-30 15:47:00+10	hicaps	mastercard	0205	\N
214110514545	5029	9	2024-09-10 13:30:00+10	130.00	0.00	2024-09-10 13:31:00+10	cash	\N	\N	\N
661311719471	5030	9	2024-09-25 13:45:00+10	130.00	0.00	2024-09-25 13:56:00+10	hicaps	mastercard	2827	\N
603635058838	5031	10	2024-10-19 10:45:00+11	115.00	0.00	2024-10-19 10:56:00+11	card	mastercard	8549	pi_38ITKgNkDLeMt9zAGx2WYqj1
499673142154	5032	10	2024-10-29 17:45:00+11	95.00	0.00	2024-10-29 17:49:00+11	eftpos	mastercard	5301	\N
665614433189	5033	10	2024-11-13 16:00:00+11	130.00	0.00	2024-11-13 16:09:00+11	card	visa	9571	pi_3sKikUNFiezMK50tQfCHf36k
859257560894	5035	11	2024-08-05 17:15:00+10	115.00	0.00	2024-08-05 17:24:00+10	hicaps	visa	6639	\N
588365032435	5036	11	2024-08-22 12:40:00+10	75.00	0.00	2024-08-22 12:43:00+10	card	visa	9671	pi_3JlV7ixis7J7C7oU2z3vhu9p
870611628827	5037	12	2024-08-30 19:15:00+10	115.00	0.00	2024-08-30 19:21:00+10	cash	\N	\N	\N
832558125048	5038	12	2024-09-18 18:15:00+10	95.00	0.00	2024-09-18 18:28:00+10	hicaps	mastercard	9457	\N
849741406171	5039	13	2024-09-16 16:15:00+10	115.00	0.00	2024-09-16 16:19:00+10	card	mastercard	2240	pi_3meXnJyX13fPhFlTLvYSZYsS
478934851624	5040	14	2024-07-22 11:45:00+10	115.00	0.00	2024-07-22 12:05:00+10	hicaps	mastercard	8759	\N
255609070498	5041	14	2024-08-09 16:00:00+10	95.00	0.00	2024-08-09 16:09:00+10	hicaps	mastercard	7247	\N
909567926911	5043	14	2024-09-04 14:15:00+10	95.00	0.00	2024-09-04 14:22:00+10	eftpos	mastercard	7807	\N
785570403418	5044	14	2024-09-16 18:00:00+10	95.00	0.00	2024-09-16 18:11:00+10	hicaps	visa	4879	\N
403060654608	5045	14	2024-09-25 11:15:00+10	95.00	0.00	2024-09-25 11:24:00+10	card	visa	8909	pi_3c3v74I19fzI1LawOUAC1N8b
714371527311	5046	15	2024-10-24 14:45:00+11	115.00	0.00	2024-10-24 15:00:00+11	card	visa	3321	pi_30pJAgtKOkQt8D9rKIDm7A1p
434033068669	5047	16	2024-07-22 08:30:00+10	115.00	0.00	2024-07-22 08:48:00+10	card	mastercard	3944	pi_3D6T5rG1JBLVvlo1epTw9BPu
136930001558	5048	16	2024-08-02 12:45:00+10	130.00	0.00	2024-08-02 12:48:00+10	card	mastercard	5306	pi_3YWdZOhVFhASEkHlaejkJpQJ
472869904446	5049	16	2024-08-20 10:55:00+10	75.00	0.00	\N	card	visa	5960	pi_3XA4w1rRU8Ukpg1z1i2E3qe2
799886713001	5050	16	2024-09-09 16:30:00+10	95.00	0.00	2024-09-09 16:34:00+10	hicaps	mastercard	8387	\N
796268469104	5051	17	2024-07-12 09:30:00+10	115.00	0.00	2024-07-12 09:42:00+10	card	visa	4184	pi_33uJZiX66mUVZsRnKvf5ugTx
714775478991	5052	17	2024-07-25 13:15:00+10	95.00	0.00	2024-07-25 13:27:00+10	card	visa	8503	pi_3hUy9eHjJiUG0ltK7uJOYOBE
273711833485	5053	17	2024-08-14 15:00:00+10	95.00	0.00	2024-08-14 15:14:00+10	card	visa	7447	pi_3CI8tkxUorYd2gqZ1xMDbvRN
441293495468	5054	18	2024-11-12 08:30:00+11	115.00	0.00	2024-11-12 08:35:00+11	card	visa	7295	pi_3CrpA7WtzfoXHed9DrdpADpP
155873687245	5057	19	2024-09-02 17:30:00+10	115.00	0.00	2024-09-02 17:43:00+10	eftpos	visa	2702	\N
271978114422	5058	20	2024-10-21 07:45:00+11	115.00	0.00	2024-10-21 07:52:00+11	card	visa	8110	pi_3oP3oEWn2bmDBl8gHqokonIy
724126631218	5059	20	2024-10-26 11:45:00+11	95.00	0.00	2024-10-26 12:03:00+11	hicaps	visa	3226	\N
789384812392	5060	20	2024-11-13 10:30:00+11	95.00	0.00	2024-11-13 10:46:00+11	hicaps	visa	0923	\N
450065639872	5061	21	2024-11-01 09:00:00+11	115.00	0.00	2024-11-01 09:19:00+11	eftpos	mastercard	3327	\N
647048103743	5062	22	2024-09-25 12:15:00+10	115.00	0.00	2024-09-25 12:21:00+10	card	visa	5024	pi_3NhygfHE9xwIzKu9kCZcarKp
529399617131	5063	22	2024-10-15 18:25:00+11	60.00	0.00	2024-10-15 18:26:00+11	card	mastercard	9411	pi_3kaVzMboOeNFF4muV1MmrWgk
562059630105	5064	22	2024-10-24 19:30:00+11	130.00	0.00	2024-10-24 19:39:00+11	card	visa	9489	pi_3l94tghAjnH7VaULcP1Bjzgj
605881832311	5065	23	2024-08-21 11:45:00+10	115.00	0.00	2024-08-21 11:50:00+10	hicaps	mastercard	0588	\N
995584178958	5066	23	2024-09-09 13:30:00+10	95.00	0.00	\N	card	mastercard	2808	pi_30kCBlDeH0hsFKowJmgAmcFk
283331167498	5067	23	2024-09-23 11:25:00+10	75.00	0.00	2024-09-23 11:26:00+10	hicaps	amex	3750	\N
895053727492	5068	24	2024-08-20 11:30:00+10	115.00	0.00	2024-08-20 11:43:00+10	card	visa	9125	pi_3GqIf4TMKGnK1jf7iwu409Xs
417675208057	5069	24	2024-09-04 08:40:00+10	75.00	0.00	2024-09-04 08:48:00+10	card	visa	1965	pi_3a42Q3dqZw8gEPs7NvQjP0yR
639674642592	5070	24	2024-09-19 18:15:00+10	130.00	0.00	2024-09-19 18:28:00+10	card	mastercard	4976	pi_3XwTELLpygPUZ3hccd9WSiDu
241039326146	5071	25	2024-09-23 17:30:00+10	115.00	0.00	2024-09-23 17:34:00+10	card	visa	5106	pi_3Fa72wOEVkEBnnVBzEPItbvx
941023774597	5072	25	2024-10-08 19:30:00+11	130.00	0.00	2024-10-08 19:36:00+11	card	visa	5033	pi_3fKShKto6du2NJxnhTvQVelH
732388699098	5073	26	2024-08-15 10:30:00+10	115.00	0.00	2024-08-15 10:49:00+10	card	visa	1611	pi_3zWM6h4TWG5x8I2AjK9avMzk
266565130698	5074	26	2024-08-23 18:40:00+10	60.00	0.00	2024-08-23 18:50:00+10	hicaps	visa	9634	\N
762665398106	5075	27	2024-10-29 12:15:00+11	115.00	0.00	2024-10-29 12:25:00+11	eftpos	amex	4598	\N
613545745132	5078	28	2024-09-16 18:45:00+10	115.00	0.00	2024-09-16 18:52:00+10	card	mastercard	4604	pi_37d2AXvERRsWuPejQ9QHQPVh
864407561060	5079	28	2024-09-24 18:25:00+10	75.00	0.00	2024-09-24 18:39:00+10	card	mastercard	6988	pi_3MKhpy3mllprIV5HgDGwiJRz
918689624800	5080	29	2024-07-22 14:45:00+10	115.00	0.00	2024-07-22 15:00:00+10	hicaps	mastercard	3373	\N
940421669908	5081	29	2024-08-06 09:45:00+10	130.00	0.00	2024-08-06 09:46:00+10	card	mastercard	5619	pi_34i9379lc3vRTLW8MQ1e0FsV
866131905031	5082	29	2024-08-27 17:15:00+10	95.00	0.00	2024-08-27 17:31:00+10	hicaps	mastercard	1359	\N
439560324822	5083	29	2024-09-03 17:00:00+10	95.00	0.00	2024-09-03 17:16:00+10	eftpos	visa	2910	\N
378190313782	5084	29	2024-09-17 14:10:00+10	75.00	0.00	2024-09-17 14:28:00+10	card	visa	1618	pi_32sRWtQICKMi13sbcz1BHT9V
767160688486	5085	29	2024-10-01 13:45:00+10	95.00	0.00	2024-10-01 13:49:00+10	card	visa	8053	pi_3PxmDfSGa08y0XQ9PvKK1woa
934140228812	5086	30	2024-10-19 10:30:00+11	115.00	0.00	\N	card	visa	7577	pi_3ly06LctseA56gInpc2tTaw1
864839475844	5087	30	2024-11-04 17:30:00+11	95.00	0.00	2024-11-04 17:39:00+11	hicaps	visa	7750	\N
556230979860	5088	30	2024-11-16 11:45:00+11	130.00	0.00	2024-11-16 12:05:00+11	card	mastercard	4963	pi_31kkgkKIWYCxijz8RpYHtFYo
415256642238	5092	31	2024-07-31 11:30:00+10	115.00	0.00	2024-07-31 11:46:00+10	cash	\N	\N	\N
531878152496	5093	31	2024-08-12 17:00:00+10	130.00	0.00	2024-08-12 17:20:00+10	card	visa	3513	pi_3DaNYaexFfc8oUio8wBUGP9n
293333624234	5094	31	2024-09-02 15:15:00+10	130.00	0.00	2024-09-02 15:24:00+10	card	mastercard	8396	pi_3g5KgT2rigD7fvC0PlnPQELj
409744589125	5095	32	2024-08-26 15:45:00+10	115.00	0.00	2024-08-26 15:47:00+10	hicaps	mastercard	7448	\N
582879433957	5096	32	2024-09-16 14:30:00+10	60.00	0.00	2024-09-16 14:34:00+10	card	amex	5641	pi_33MFyx4aHKmVys7elcloRFT9
425051979792	5097	32	2024-09-21 09:00:00+10	95.00	0.00	2024-09-21 09:14:00+10	card	mastercard	4210	pi_3Q9HfsuILQ9hriRINSu5UfCR
672731914141	5098	32	2024-10-03 09:00:00+10	130.00	0.00	\N	card	visa	6418	pi_3aN79vFc9Bwfo9OidsLzkHPl
401355607316	5099	32	2024-10-08 11:45:00+11	60.00	0.00	2024-10-08 12:02:00+11	card	visa	3938	pi_3RJdjgqc5s1Zb9e5h2fGSZYg
518642477567	5100	32	2024-10-21 11:00:00+11	130.00	0.00	\N	eftpos	visa	8291	\N
788751595546	5101	32	2024-11-05 15:15:00+11	130.00	0.00	2024-11-05 15:20:00+11	card	visa	1289	pi_3sRhyCT2NhztG3Inxy4p6VdR
172176210260	5103	33	2024-09-10 16:45:00+10	115.00	0.00	2024-09-10 16:49:00+10	card	visa	3546	pi_32biKcSAE2DOSHJghLGQeAhJ
413585697188	5104	33	2024-10-01 10:00:00+10	130.00	0.00	2024-10-01 10:08:00+10	card	visa	4215	pi_3gw4zL9GBhAwEN8l3bmVs9Dd
834905744181	5105	33	2024-10-14 14:15:00+11	95.00	0.00	2024-10-14 14:34:00+11	hicaps	visa	8524	\N
654333266873	5106	33	2024-10-29 14:30:00+11	95.00	0.00	2024-10-29 14:49:00+11	card	visa	8676	pi_386tOR1lRJ3zNBR1TTGLfTvC
713482295127	5107	33	2024-11-14 07:55:00+11	75.00	0.00	2024-11-14 08:05:00+11	card	visa	8328	pi_3QBlJZSi23obRT8qOcMZyap8
440924820954	5109	34	2024-11-07 14:30:00+11	60.00	0.00	2024-11-07 14:41:00+11	card	mastercard	1694	pi_39a0Knj4zNVVcrbu0nZKEmIm
111095068016	5110	34	2024-11-19 10:25:00+11	75.00	0.00	2024-11-19 10:39:00+11	card	mastercard	4960	pi_359fDZHPOJwCyXjZIgA4aJpK
526370059136	5112	35	2024-08-19 13:15:00+10	115.00	0.00	2024-08-19 13:33:00+10	eftpos	visa	6769	\N
973757195100	5113	35	2024-09-02 08:10:00+10	75.00	0.00	2024-09-02 08:16:00+10	hicaps	visa	6497	\N
184954683701	5114	35	2024-09-20 10:00:00+10	95.00	0.00	2024-09-20 10:19:00+10	card	visa	6645	pi_3IjD73fyGhRU8iaf6Klq8GyW
278441926825	5115	35	2024-09-30 09:00:00+10	95.00	0.00	2024-09-30 09:01:00+10	card	visa	3381	pi_3CSSMgAVEEOe56OV7mAHCm2U
984417176244	5116	36	2024-08-29 13:45:00+10	60.00	0.00	2024-08-29 13:58:00+10	card	visa	3675	pi_3XxjPTe2zhL2w4ulYfWjq4pw
802786472313	5117	36	2024-09-06 15:45:00+10	95.00	0.00	2024-09-06 15:57:00+10	eftpos	visa	7061	\N
774119310536	5118	36	2024-09-11 12:45:00+10	130.00	0.00	2024-09-11 12:55:00+10	eftpos	mastercard	3266	\N
630788808141	5119	37	2024-08-30 11:30:00+10	115.00	0.00	2024-08-30 11:43:00+10	hicaps	visa	4997	\N
860696992556	5120	38	2024-10-29 17:15:00+11	115.00	0.00	2024-10-29 17:33:00+11	hicaps	mastercard	7342	\N
188224793653	5121	38	2024-11-12 10:55:00+11	75.00	0.00	2024-11-12 11:05:00+11	card	visa	9443	pi_3byK1Pr0RkVO235YN5zCPVy7
741543287404	5122	39	2024-07-10 13:30:00+10	60.00	0.00	2024-07-10 13:43:00+10	card	visa	0314	pi_36f3oU6kBVTe8oLNSBwzPrvs
793699362105	5123	39	2024-07-25 17:25:00+10	75.00	0.00	2024-07-25 17:41:00+10	cash	\N	\N	\N
784323942198	5124	40	2024-08-05 14:30:00+10	115.00	0.00	2024-08-05 14:47:00+10	card	amex	4134	pi_3wI277HKBToRGRAqMlW3aZp8
927401538450	5125	40	2024-08-12 07:45:00+10	95.00	0.00	2024-08-12 07:57:00+10	hicaps	visa	2730	\N
291661068811	5126	41	2024-08-01 18:15:00+10	115.00	0.00	2024-08-01 18:18:00+10	card	visa	8514	pi_3fiRqbt4ul4VruBSZ3a79Wi6
377063221138	5127	41	2024-08-19 15:00:00+10	95.00	0.00	2024-08-19 15:19:00+10	card	visa	0657	pi_31Qs8JqU6cttBhojU67pxrJ9
230172796429	5128	41	2024-08-27 13:30:00+10	130.00	0.00	2024-08-27 13:47:00+10	card	mastercard	7782	pi_3ist2M1TMfR3hafJhJ1yLDnW
152781522913	5129	41	2024-09-07 10:00:00+10	60.00	0.00	2024-09-07 10:06:00+10	cash	\N	\N	\N
400422604481	5130	41	2024-09-16 15:30:00+10	130.00	0.00	2024-09-16 15:36:00+10	card	mastercard	8083	pi_3Gxz2tqh9Lsoizoz5uSp9qNW
752739310073	5131	41	2024-09-27 14:15:00+10	95.00	0.00	2024-09-27 14:19:00+10	hicaps	mastercard	8781	\N
607914417469	5132	42	2024-07-10 14:15:00+10	115.00	0.00	2024-07-10 14:26:00+10	hicaps	visa	3094	\N
800560066947	5135	42	2024-08-14 08:10:00+10	75.00	0.00	2024-08-14 08:20:00+10	card	visa	7078	pi_3fRw1647oFNbioWaJC0HmVR3
519575781058	5136	43	2024-07-04 15:00:00+10	115.00	0.00	2024-07-04 15:03:00+10	hicaps	mastercard	8466	\N
126087471164	5137	44	2024-08-01 18:30:00+10	115.00	0.00	2024-08-01 18:47:00+10	card	mastercard	9279	pi_33vfDXQBHeaDc3hMhd1uWGtG
179772687123	5138	44	2024-08-15 08:40:00+10	75.00	0.00	2024-08-15 08:56:00+10	card	amex	1774	pi_3CjW0nOw7fgv7hezkjnzDZAw
814442548901	5139	44	2024-08-29 14:00:00+10	95.00	0.00	2024-08-29 14:13:00+10	eftpos	visa	8755	\N
167652696027	5140	45	2024-07-01 13:30:00+10	115.00	0.00	2024-07-01 13:46:00+10	hicaps	mastercard	2816	\N
799221440884	5141	46	2024-09-05 08:30:00+10	115.00	0.00	2024-09-05 08:50:00+10	card	visa	1411	pi_3iAtaGApTsMKKLBfqNonc1BH
601424718175	5142	46	2024-09-14 08:45:00+10	130.00	0.00	2024-09-14 08:57:00+10	card	mastercard	5454	pi_3b8NlPta3HIBMm3QBiY1oAjE
411180821712	5143	47	2024-08-28 13:45:00+10	115.00	0.00	2024-08-28 13:52:00+10	hicaps	amex	1933	\N
269144925383	5144	48	2024-10-15 16:00:00+11	115.00	0.00	2024-10-15 16:08:00+11	card	visa	4345	pi_3U7RIZCEO55l7XtWDCZxJBK7
474778727066	5145	48	2024-10-28 12:15:00+11	95.00	0.00	2024-10-28 12:24:00+11	eftpos	mastercard	7416	\N
879457957567	5146	49	2024-08-26 18:15:00+10	115.00	0.00	2024-08-26 18:23:00+10	card	visa	6183	pi_3VglCLVxJVoNkQmMSONJvF6X
656195116394	5147	49	2024-09-06 07:30:00+10	95.00	0.00	2024-09-06 07:47:00+10	card	mastercard	3748	pi_3CuSte2AZkSHA1neKn0lVJBi
155903086628	5148	50	2024-07-22 12:15:00+10	115.00	0.00	2024-07-22 12:27:00+10	hicaps	mastercard	0262	\N
666900537204	5149	50	2024-08-01 17:40:00+10	75.00	0.00	2024-08-01 17:57:00+10	hicaps	amex	7597	\N
941991148584	5150	50	2024-08-22 12:15:00+10	95.00	0.00	2024-08-22 12:26:00+10	eftpos	mastercard	8998	\N
759380646727	5151	50	2024-09-04 13:00:00+10	95.00	0.00	2024-09-04 13:17:00+10	card	mastercard	7026	pi_3oygtPURHwM8g1COOPFFVJWq
856321441642	5152	50	2024-09-16 10:30:00+10	95.00	0.00	2024-09-16 10:31:00+10	card	visa	9062	pi_3GfxmLJlUVwl5RewglQaRIAT
943522126682	5153	50	2024-09-28 11:30:00+10	130.00	0.00	2024-09-28 11:32:00+10	card	mastercard	2565	pi_3nfUzhjfvoAIhOyADmR14vQu
589493081112	5154	50	2024-10-14 12:45:00+11	60.00	0.00	2024-10-14 13:02:00+11	hicaps	mastercard	1707	\N
430275440948	5156	51	2024-09-25 18:15:00+10	115.00	0.00	2024-09-25 18:32:00+10	card	visa	4111	pi_3RkErwLUFEBXfZAFfasxbZ1c
809508438135	5157	51	2024-10-05 10:30:00+10	95.00	0.00	2024-10-05 10:39:00+10	card	visa	5975	pi_3luYC2hM65JIqY0ZfxjPEgGk
320241721461	5158	52	2024-07-25 11:30:00+10	115.00	0.00	2024-07-25 11:48:00+10	card	visa	1847	pi_388oASCXrZbd1o3OD4hm4x5v
653844267606	5159	52	2024-08-09 19:25:00+10	75.00	0.00	2024-08-09 19:41:00+10	hicaps	mastercard	8128	\N
300617734138	5161	54	2024-11-13 08:45:00+11	115.00	0.00	2024-11-13 08:51:00+11	cash	\N	\N	\N
134705610440	5169	55	2024-07-30 12:45:00+10	115.00	0.00	2024-07-30 12:52:00+10	hicaps	mastercard	7754	\N
638151938696	5170	55	2024-08-13 14:30:00+10	95.00	0.00	2024-08-13 14:45:00+10	card	mastercard	5249	pi_38A9JwOGnHHDvTlu4Eg79boj
486180150637	5171	55	2024-08-23 16:40:00+10	75.00	0.00	2024-08-23 16:51:00+10	eftpos	mastercard	9680	\N
549425584399	5172	56	2024-09-30 08:30:00+10	115.00	0.00	2024-09-30 08:49:00+10	cash	\N	\N	\N
538306837065	5173	56	2024-10-15 08:55:00+11	75.00	0.00	2024-10-15 09:00:00+11	card	visa	0753	pi_3kTa04qivHxYJ4XFcFHXWzRT
167614281126	5174	56	2024-10-23 09:30:00+11	130.00	0.00	2024-10-23 09:33:00+11	card	visa	4210	pi_3qTDeYOPRS3bRKwDoUPY7sOd
738589606070	5175	56	2024-11-12 14:10:00+11	75.00	0.00	2024-11-12 14:20:00+11	card	visa	2719	pi_3XYnUbbug1X5vprqcDITl4Yj
292940587656	5176	57	2024-10-31 10:45:00+11	115.00	0.00	2024-10-31 10:47:00+11	card	visa	8808	pi_3WYjk22QQTft0Kt3p9RjNz1a
380115349172	5177	57	2024-11-15 15:30:00+11	95.00	0.00	2024-11-15 15:47:00+11	eftpos	mastercard	1570	\N
582674800106	5178	58	2024-07-20 09:15:00+10	115.00	0.00	2024-07-20 09:16:00+10	hicaps	mastercard	5228	\N
211767304736	5179	58	2024-08-06 14:55:00+10	75.00	0.00	2024-08-06 14:56:00+10	eftpos	mastercard	7533	\N
242189357593	5180	59	2024-08-02 10:45:00+10	115.00	0.00	2024-08-02 10:51:00+10	card	mastercard	6674	pi_315JurojBnRvUDmXQzUIIPQ0
997691174917	5181	59	2024-08-10 10:30:00+10	95.00	0.00	2024-08-10 10:47:00+10	card	visa	8192	pi_3N2WiGFG4UoVZtfwKcaa2MH9
993068872756	5183	60	2024-08-30 17:15:00+10	115.00	0.00	2024-08-30 17:30:00+10	hicaps	visa	4094	\N
250744217041	5184	60	2024-09-06 12:00:00+10	95.00	0.00	\N	cash	\N	\N	\N
744457405413	5185	60	2024-09-11 12:15:00+10	95.00	0.00	2024-09-11 12:26:00+10	hicaps	visa	2180	\N
400025589885	5186	60	2024-09-23 10:30:00+10	95.00	0.00	\N	card	visa	8942	pi_3hLzzvePWFfMHn3gyKSOkNG8
977686417886	5188	62	2024-11-11 10:00:00+11	115.00	0.00	2024-11-11 10:02:00+11	hicaps	visa	6256	\N
858037099729	5189	62	2024-11-20 15:45:00+11	95.00	0.00	2024-11-20 15:48:00+11	hicaps	mastercard	5778	\N
342341645425	5190	63	2024-08-12 12:45:00+10	115.00	0.00	2024-08-12 13:04:00+10	card	mastercard	4906	pi_3dXlSFVc9Gfp5oTjfrVtiVCB
638697724979	5191	63	2024-08-28 19:00:00+10	130.00	0.00	2024-08-28 19:03:00+10	card	mastercard	6948	pi_3B539b40y1P8WTXlP97KIRhF
696143777758	5192	64	2024-10-30 07:45:00+11	115.00	0.00	2024-10-30 07:46:00+11	hicaps	mastercard	3152	\N
808848998868	5193	64	2024-11-13 14:45:00+11	95.00	0.00	2024-11-13 14:56:00+11	card	visa	7029	pi_3qLNL9Rg9rQDV8JgOfFAatSE
790637105803	5194	65	2024-07-11 17:30:00+10	115.00	0.00	2024-07-11 17:49:00+10	hicaps	visa	1288	\N
298349443256	5195	65	2024-07-24 18:25:00+10	75.00	0.00	\N	card	visa	3436	pi_3QuyhBx0RAjsRTE63qnyKsdV
471746085472	5196	65	2024-08-07 18:45:00+10	95.00	0.00	2024-08-07 18:46:00+10	card	mastercard	1694	pi_30VQRiwc0PeReynNJRfMQj58
274348984009	5197	65	2024-08-15 12:30:00+10	130.00	0.00	2024-08-15 12:31:00+10	card	mastercard	3469	pi_3RsgW0vITMnG2vRdYQO8eUlB
289390586191	5198	66	2024-07-30 16:15:00+10	115.00	0.00	2024-07-30 16:27:00+10	card	visa	3214	pi_3BmPIKKPlyOPhpO9XLUdBE9l
185881416447	5200	67	2024-08-20 12:15:00+10	115.00	0.00	2024-08-20 12:23:00+10	cash	\N	\N	\N
569965524625	5202	67	2024-09-10 08:25:00+10	75.00	0.00	2024-09-10 08:31:00+10	card	visa	5914	pi_3oyWpFXcWBpZVdPY6ze2N4nu
823625765811	5203	67	2024-09-21 12:30:00+10	95.00	0.00	2024-09-21 12:43:00+10	card	visa	7221	pi_3LE2PDBXqOaqoHxmzmSI88c2
766210789687	5204	68	2024-09-23 15:00:00+10	115.00	0.00	2024-09-23 15:13:00+10	hicaps	visa	4143	\N
168472025810	5205	68	2024-09-30 18:40:00+10	75.00	0.00	2024-09-30 18:52:00+10	eftpos	visa	0278	\N
206721190434	5206	68	2024-10-08 14:15:00+11	95.00	0.00	2024-10-08 14:32:00+11	card	mastercard	6070	pi_3P1eIfeW7enKdrxesUrkyw5r
855438113964	5207	69	2024-11-11 15:45:00+11	115.00	0.00	2024-11-11 15:54:00+11	card	visa	9379	pi_3pqsgXafDLSi448n3GKK2AOJ
945402872781	5210	70	2024-10-02 10:30:00+10	60.00	0.00	2024-10-02 10:33:00+10	hicaps	mastercard	6312	\N
182255041541	5211	71	2024-07-11 08:00:00+10	60.00	0.00	2024-07-11 08:18:00+10	cash	\N	\N	\N
131971621936	5212	71	2024-08-01 12:15:00+10	95.00	0.00	2024-08-01 12:35:00+10	card	visa	8686	pi_38MrdIOulczakV4iKegChaDO
719839346933	5213	71	2024-08-12 13:40:00+10	75.00	0.00	2024-08-12 13:53:00+10	card	mastercard	0307	pi_3pfEap1cJudyOL1kttVGDxJg
812802242244	5214	71	2024-08-17 13:25:00+10	75.00	0.00	2024-08-17 13:38:00+10	card	amex	6414	pi_3ezQEwrkPnwUJaS1VoKnvKs3
699411514770	5215	72	2024-09-05 13:00:00+10	115.00	0.00	2024-09-05 13:06:00+10	hicaps	amex	4753	\N
373629137528	5216	72	2024-09-24 07:30:00+10	95.00	0.00	2024-09-24 07:49:00+10	cash	\N	\N	\N
765163627092	5217	73	2024-10-03 12:00:00+10	60.00	0.00	2024-10-03 12:10:00+10	hicaps	visa	4393	\N
732306808607	5218	73	2024-10-18 18:10:00+11	75.00	0.00	2024-10-18 18:17:00+11	hicaps	visa	3260	\N
770487937054	5219	73	2024-11-04 12:30:00+11	95.00	0.00	\N	card	visa	9095	pi_3cxVSvIoiCwE1WqlDmlWlawv
414341200412	5220	73	2024-11-21 07:45:00+11	130.00	0.00	2024-11-21 08:01:00+11	hicaps	mastercard	1458	\N
453402778461	5225	74	2024-10-09 11:15:00+11	115.00	0.00	2024-10-09 11:32:00+11	card	visa	0398	pi_3hwImLV9kuwZYIyVKKV4u7J5
513219916752	5226	74	2024-10-19 09:15:00+11	130.00	0.00	2024-10-19 09:31:00+11	card	visa	1052	pi_3dEhw9j6GNss8VxiLfkVwkQt
880387776173	5227	74	2024-11-07 13:15:00+11	95.00	0.00	2024-11-07 13:17:00+11	card	amex	8270	pi_3eqv44NPkYMxQHxekMUq657P
619809674129	5228	74	2024-11-16 13:15:00+11	95.00	0.00	2024-11-16 13:20:00+11	cash	\N	\N	\N
798058761641	5233	75	2024-08-26 08:45:00+10	115.00	0.00	2024-08-26 09:02:00+10	card	mastercard	3170	pi_3Y7lEDfe6O15xz1yfsJ2t6Ve
276894917015	5235	75	2024-09-24 07:45:00+10	130.00	0.00	2024-09-24 07:46:00+10	card	visa	2648	pi_3tFZc641D61hlFkBa2kQkq86
581458391898	5236	76	2024-09-13 10:45:00+10	115.00	0.00	2024-09-13 11:01:00+10	card	visa	2865	pi_3j2EwutPFx9icSKwc9gI6sHK
710662463911	5237	76	2024-09-25 17:15:00+10	95.00	0.00	2024-09-25 17:34:00+10	card	mastercard	5687	pi_3tqJYF0Ya5CDtyg3QZtpBcKc
338545981782	5238	76	2024-10-14 13:00:00+11	130.00	0.00	2024-10-14 13:10:00+11	card	visa	9541	pi_3iA47XLFh60f2h5Z8MUUfoEP
376359534085	5239	76	2024-11-04 11:15:00+11	95.00	0.00	2024-11-04 11:16:00+11	cash	\N	\N	\N
767614825495	5244	77	2024-09-18 16:00:00+10	115.00	0.00	2024-09-18 16:07:00+10	card	visa	3073	pi_3qUObxdhcB6Xua3ieZjJZI1Q
200760646933	5245	77	2024-10-04 13:45:00+10	95.00	0.00	2024-10-04 13:49:00+10	hicaps	mastercard	3582	\N
279428535776	5246	78	2024-07-04 08:15:00+10	115.00	0.00	2024-07-04 08:18:00+10	eftpos	mastercard	7856	\N
870027493847	5247	78	2024-07-11 09:40:00+10	75.00	0.00	2024-07-11 10:00:00+10	eftpos	mastercard	2493	\N
593424296086	5248	78	2024-07-24 08:30:00+10	95.00	0.00	2024-07-24 08:47:00+10	card	mastercard	7196	pi_3wvICqwkTqCZA1bMBtjBBe2h
418077770610	5249	79	2024-08-06 12:15:00+10	115.00	0.00	2024-08-06 12:22:00+10	card	mastercard	4473	pi_3M9lR3kExwSrV4elb2xnSiOU
771455342976	5250	79	2024-08-19 07:45:00+10	95.00	0.00	2024-08-19 08:01:00+10	card	mastercard	4570	pi_3dF0KQTwMAd76sLju3rlxU85
797801499540	5251	79	2024-09-09 13:25:00+10	75.00	0.00	2024-09-09 13:36:00+10	card	mastercard	5313	pi_3tI1dBemDAK8Wnj6yPyXhcfQ
940194024045	5252	80	2024-10-04 15:30:00+10	115.00	0.00	2024-10-04 15:34:00+10	card	mastercard	1159	pi_37f1ubfVmowGhuta1R2mPGbM
617373029256	5253	80	2024-10-24 12:15:00+11	95.00	0.00	2024-10-24 12:18:00+11	card	mastercard	4400	pi_3FBkbjg5HxIrt49n4bcBbKAR
494059745125	5254	80	2024-10-30 18:10:00+11	60.00	0.00	2024-10-30 18:25:00+11	hicaps	visa	0608	\N
974308279429	5255	80	2024-11-09 09:00:00+11	130.00	0.00	\N	card	mastercard	0933	pi_3xGLhcZ1YqlpFaDeDlnMh0ol
984684995657	5256	80	2024-11-20 12:00:00+11	130.00	0.00	\N	card	visa	1419	pi_32pHcHpLQ6po5e4yqSdmhf62
103980990576	5260	81	2024-10-28 07:45:00+11	115.00	0.00	\N	card	mastercard	8203	pi_3w7htqso2A82MIMILPAiPEQS
866804272968	5261	81	2024-11-11 12:30:00+11	130.00	0.00	2024-11-11 12:40:00+11	card	visa	2512	pi_3hU705NOj4Jq7ZidTBuYweN7
180570533797	5262	81	2024-11-18 17:30:00+11	95.00	0.00	2024-11-18 17:41:00+11	card	amex	3310	pi_3v6GZL94a2rpGTtc1Px3b8C7
181988774756	5263	82	2024-08-31 13:15:00+10	115.00	0.00	2024-08-31 13:26:00+10	card	visa	0192	pi_3B27kEXhGQMUAYblTqOPBLGb
807961096455	5264	82	2024-09-06 12:45:00+10	130.00	0.00	2024-09-06 12:54:00+10	cash	\N	\N	\N
380025841728	5265	82	2024-09-12 08:15:00+10	95.00	0.00	2024-09-12 08:30:00+10	eftpos	mastercard	6042	\N
424180730104	5266	82	2024-09-20 11:55:00+10	75.00	0.00	2024-09-20 11:57:00+10	card	mastercard	3687	pi_3GGgbD81lWqUwzkmePyFxhU7
956149570011	5267	83	2024-08-16 15:15:00+10	115.00	0.00	2024-08-16 15:27:00+10	card	visa	5517	pi_3XuydLfvSZChh8U3oRwU9bjk
582506928695	5268	84	2024-09-07 12:00:00+10	115.00	0.00	2024-09-07 12:14:00+10	hicaps	mastercard	9033	\N
931785765233	5269	85	2024-10-11 15:45:00+11	115.00	0.00	2024-10-11 15:54:00+11	hicaps	visa	2255	\N
714136632904	5270	85	2024-10-16 13:15:00+11	130.00	0.00	2024-10-16 13:34:00+11	card	mastercard	8680	pi_3MXaLS7ci36mHBlULZE6DCuV
928454801225	5271	85	2024-10-26 13:10:00+11	75.00	0.00	2024-10-26 13:11:00+11	cash	\N	\N	\N
343602617384	5272	86	2024-10-18 17:30:00+11	115.00	0.00	2024-10-18 17:39:00+11	eftpos	mastercard	0957	\N
474828620928	5273	86	2024-10-24 12:10:00+11	60.00	0.00	2024-10-24 12:11:00+11	card	visa	3364	pi_33XisJpMFBsqDZuaometpixx
804364845320	5274	87	2024-07-09 10:15:00+10	115.00	0.00	2024-07-09 10:18:00+10	card	visa	9002	pi_36DdDV6ACTHktapDN1zI59w4
189522877728	5275	87	2024-07-27 13:00:00+10	95.00	0.00	2024-07-27 13:18:00+10	hicaps	visa	2248	\N
759346056266	5276	87	2024-08-03 10:15:00+10	130.00	0.00	2024-08-03 10:19:00+10	eftpos	mastercard	6955	\N
380730790665	5277	88	2024-09-02 09:45:00+10	115.00	0.00	2024-09-02 10:04:00+10	card	visa	4690	pi_3Ho3RlFtSJG9Xi5A7DfCRXib
334000478590	5278	88	2024-09-16 19:00:00+10	95.00	0.00	2024-09-16 19:12:00+10	card	mastercard	9745	pi_3Ko46ntVyoE1sww1EKbIqDS7
944427195314	5279	88	2024-09-28 13:00:00+10	130.00	0.00	2024-09-28 13:05:00+10	card	mastercard	8743	pi_35HEUb7X8MkJ601dspqCtk4C
848129943689	5280	89	2024-09-30 19:00:00+10	115.00	0.00	2024-09-30 19:14:00+10	card	mastercard	6111	pi_3tmEAgeOura597CJdahfKqTH
303564330516	5281	89	2024-10-14 11:45:00+11	60.00	0.00	2024-10-14 12:02:00+11	hicaps	mastercard	6006	\N
454099905954	5282	89	2024-10-23 17:15:00+11	95.00	0.00	2024-10-23 17:22:00+11	card	mastercard	4629	pi_3DMkJtMONZ6Q9fvL3DkAjHlf
478469722794	5283	89	2024-10-29 13:15:00+11	95.00	0.00	2024-10-29 13:35:00+11	eftpos	amex	4754	\N
683707404545	5284	90	2024-07-29 08:00:00+10	115.00	0.00	2024-07-29 08:16:00+10	cash	\N	\N	\N
447960308220	5285	90	2024-08-17 10:45:00+10	95.00	0.00	2024-08-17 10:55:00+10	card	mastercard	5960	pi_3zrvDvZBqI5wABy99625HArW
487405801778	5286	90	2024-08-29 17:45:00+10	95.00	0.00	2024-08-29 17:55:00+10	card	visa	1951	pi_3gacnMEtiZ1YCTTWWKjgbrG8
882044023329	5287	90	2024-09-07 11:55:00+10	75.00	0.00	2024-09-07 12:13:00+10	card	visa	0568	pi_3FrIZSRQAK3GZ6KiuNrWDCRR
727130614576	5288	91	2024-09-16 13:15:00+10	115.00	0.00	2024-09-16 13:26:00+10	card	amex	8561	pi_3x5LRtCZeIXdeCcjrMjp8U8t
333249029629	5290	91	2024-10-10 12:00:00+11	130.00	0.00	2024-10-10 12:08:00+11	card	mastercard	1487	pi_3XO0QFtsvGUaxBYN8qjXhdAW
563134811088	5291	92	2024-07-15 15:45:00+10	60.00	0.00	\N	card	visa	3589	pi_3hKMCkJ7U6fgCwUOT7x8jrI7
961359351804	5292	92	2024-07-30 07:45:00+10	95.00	0.00	2024-07-30 07:49:00+10	card	mastercard	1692	pi_3CcUDKzLTgSHPEYIdX0CMXwr
928027792646	5293	92	2024-08-12 17:25:00+10	75.00	0.00	2024-08-12 17:30:00+10	cash	\N	\N	\N
127668402299	5294	92	2024-08-27 16:15:00+10	95.00	0.00	2024-08-27 16:33:00+10	hicaps	visa	0138	\N
273124754986	5295	93	2024-11-07 14:30:00+11	60.00	0.00	2024-11-07 14:42:00+11	cash	\N	\N	\N
856666087340	5296	93	2024-11-22 08:45:00+11	95.00	0.00	2024-11-22 08:53:00+11	hicaps	visa	1258	\N
113890806235	5299	94	2024-10-28 11:45:00+11	115.00	0.00	2024-10-28 12:02:00+11	hicaps	mastercard	2350	\N
303349344321	5300	94	2024-11-11 09:00:00+11	95.00	0.00	2024-11-11 09:18:00+11	eftpos	visa	2165	\N
166163560104	5305	95	2024-10-15 17:30:00+11	115.00	0.00	2024-10-15 17:48:00+11	card	visa	2377	pi_3t6S3S5u7Gbte0EoLjSlf8nT
811045733878	5306	96	2024-09-16 14:45:00+10	115.00	0.00	2024-09-16 14:55:00+10	card	mastercard	2197	pi_3G0SCN237MdrGxKGmV6RSbVA
876805303134	5307	96	2024-10-04 13:10:00+10	75.00	0.00	2024-10-04 13:20:00+10	card	visa	1449	pi_3pgsi77tUZdRWLiqTNuEs3wt
591934678035	5308	97	2024-08-26 13:15:00+10	115.00	0.00	2024-08-26 13:27:00+10	card	visa	5206	pi_3iREFausJGRSil9ctDXNeCkN
821666011022	5310	98	2024-08-01 10:30:00+10	60.00	0.00	2024-08-01 10:41:00+10	card	visa	9494	pi_3WwjXEeu5vqkJYJMfUSZYh4y
791265915496	5311	98	2024-08-10 12:55:00+10	75.00	0.00	2024-08-10 13:09:00+10	eftpos	visa	7712	\N
100080312005	5312	98	2024-08-27 19:30:00+10	130.00	0.00	2024-08-27 19:40:00+10	card	mastercard	6034	pi_3QlvoB6xN2se5x38CS3omaIb
146118854465	5313	98	2024-09-02 12:45:00+10	130.00	0.00	2024-09-02 12:58:00+10	cash	\N	\N	\N
646580007341	5314	98	2024-09-07 10:25:00+10	75.00	0.00	2024-09-07 10:27:00+10	card	visa	6434	pi_3pvHAtShv0c7ogJptXGu7atQ
124416332574	5315	98	2024-09-21 12:30:00+10	95.00	0.00	2024-09-21 12:31:00+10	hicaps	visa	7254	\N
771250754529	5316	99	2024-08-12 12:15:00+10	115.00	0.00	2024-08-12 12:30:00+10	hicaps	mastercard	4862	\N
443376035217	5317	99	2024-08-27 17:45:00+10	130.00	0.00	2024-08-27 17:50:00+10	card	mastercard	6559	pi_3aatY2WuNU8EyUfSSdGvZEW3
472843218776	5318	99	2024-09-09 12:30:00+10	95.00	0.00	2024-09-09 12:47:00+10	hicaps	amex	0406	\N
136762711967	5319	99	2024-09-27 15:15:00+10	95.00	0.00	2024-09-27 15:23:00+10	eftpos	mastercard	6013	\N
975088065923	5320	99	2024-10-08 13:25:00+11	75.00	0.00	2024-10-08 13:45:00+11	card	visa	8460	pi_3loXeJsEgCFgdOSyhq6XbF23
246519015963	5321	99	2024-10-26 13:00:00+11	95.00	0.00	2024-10-26 13:04:00+11	eftpos	mastercard	4745	\N
320587748680	5322	100	2024-09-04 16:00:00+10	115.00	0.00	2024-09-04 16:19:00+10	hicaps	visa	9468	\N
666773055652	5323	100	2024-09-23 15:30:00+10	95.00	0.00	2024-09-23 15:36:00+10	card	mastercard	5077	pi_3OjxJ3xdfVVS3xXq0MHqhlsr
715259405024	5324	101	2024-08-19 18:15:00+10	115.00	0.00	2024-08-19 18:31:00+10	card	mastercard	9907	pi_3VxusWcJSYBIEuqvmRCayED1
984779626883	5325	102	2024-09-16 09:45:00+10	115.00	0.00	2024-09-16 09:56:00+10	card	visa	6591	pi_35MDTqXUFZ6auv5r3RAzZrEg
551440353629	5326	102	2024-09-30 17:45:00+10	130.00	0.00	2024-09-30 17:51:00+10	cash	\N	\N	\N
346666195451	5327	102	2024-10-14 19:00:00+11	130.00	0.00	2024-10-14 19:16:00+11	hicaps	visa	6940	\N
546638817748	5328	102	2024-11-02 10:00:00+11	130.00	0.00	2024-11-02 10:17:00+11	card	visa	3186	pi_3Su90Am0h1QwBA8gxfjfXWEU
607627023720	5329	103	2024-08-24 10:00:00+10	115.00	0.00	\N	card	visa	1012	pi_3xRpdvPlSUmUhMK2TgY1Tjaj
633036504905	5330	104	2024-09-02 11:30:00+10	115.00	0.00	2024-09-02 11:39:00+10	card	visa	3544	pi_3400kxAFw1kVnFFuc9Erux0M
627568211777	5331	105	2024-10-11 10:00:00+11	115.00	0.00	2024-10-11 10:11:00+11	card	visa	0203	pi_3mgsMjgm2KFBmRnG8a2miYwa
637984601067	5332	105	2024-10-28 09:15:00+11	130.00	0.00	2024-10-28 09:33:00+11	hicaps	visa	6151	\N
260999366639	5333	105	2024-11-15 10:10:00+11	75.00	0.00	\N	card	visa	5689	pi_3chzGdFKNsFajcQySwmlmVWp
378384462938	5335	106	2024-07-17 09:00:00+10	115.00	0.00	2024-07-17 09:10:00+10	hicaps	visa	3121	\N
167689090278	5337	107	2024-10-01 11:15:00+10	115.00	0.00	2024-10-01 11:16:00+10	card	visa	5064	pi_32gc21DQcTd9MIFf2zFM0Mip
718594301601	5339	108	2024-09-13 08:30:00+10	130.00	0.00	2024-09-13 08:31:00+10	hicaps	visa	8273	\N
560957766220	5340	108	2024-10-04 14:15:00+10	95.00	0.00	2024-10-04 14:18:00+10	card	visa	4773	pi_32f5rPXrjYyw0pscKiyHwf1g
418553891465	5341	108	2024-10-10 08:00:00+11	95.00	0.00	2024-10-10 08:01:00+11	hicaps	mastercard	7550	\N
791831514488	5342	109	2024-07-15 16:15:00+10	60.00	0.00	2024-07-15 16:25:00+10	eftpos	visa	0970	\N
335497576757	5343	109	2024-08-02 08:15:00+10	95.00	0.00	2024-08-02 08:26:00+10	card	visa	3727	pi_30pidMXDmzRNLh4vZVFLIlvG
356130413356	5344	109	2024-08-09 16:30:00+10	130.00	0.00	2024-08-09 16:44:00+10	card	visa	2116	pi_3u5vnQXlwYqriWGLxdc6EjS7
388967635230	5345	109	2024-08-19 11:25:00+10	75.00	0.00	2024-08-19 11:36:00+10	card	amex	8499	pi_3CIVtAoj5yt5IFt8sX2UQmZt
809861042980	5347	111	2024-10-10 13:15:00+11	115.00	0.00	2024-10-10 13:32:00+11	card	mastercard	0934	pi_3gx652iBYZW7N9Z7lyEoksLN
451565235895	5348	112	2024-08-29 12:45:00+10	115.00	0.00	2024-08-29 13:04:00+10	card	visa	6630	pi_3kBk1tYiBAhp78GA5h1Z5J1A
350842869827	5349	112	2024-09-03 14:55:00+10	75.00	0.00	\N	card	mastercard	3954	pi_3FelMi6T8fWrNBPTW9tAHy2U
329934477535	5350	112	2024-09-20 09:15:00+10	95.00	0.00	2024-09-20 09:33:00+10	hicaps	mastercard	6898	\N
494123450054	5351	112	2024-10-03 10:15:00+10	130.00	0.00	2024-10-03 10:32:00+10	hicaps	visa	1936	\N
246017739663	5352	113	2024-08-28 13:00:00+10	115.00	0.00	2024-08-28 13:18:00+10	card	amex	1126	pi_3NcWmp6s7cyyyIJTBnUDqtX2
367036792171	5353	113	2024-09-14 08:45:00+10	130.00	0.00	2024-09-14 08:48:00+10	card	visa	3263	pi_32eT4Pp2tYoPLJo4uRWAC1US
446389715064	5354	114	2024-07-08 14:15:00+10	115.00	0.00	2024-07-08 14:21:00+10	hicaps	visa	1795	\N
493363441213	5355	114	2024-07-29 09:45:00+10	130.00	0.00	2024-07-29 09:48:00+10	hicaps	amex	0461	\N
674932452722	5356	114	2024-08-08 17:45:00+10	95.00	0.00	2024-08-08 17:50:00+10	card	mastercard	0393	pi_3nAP0zGhnTTIdRoN06weat82
258964574964	5357	114	2024-08-15 13:00:00+10	95.00	0.00	2024-08-15 13:09:00+10	card	visa	6449	pi_37px5BHspeSgTR4kAr68qHCA
832692082103	5359	115	2024-08-05 15:30:00+10	95.00	0.00	2024-08-05 15:33:00+10	card	visa	9990	pi_3RG84fObpCZovv1KvE4xTSmo
794194713198	5360	115	2024-08-24 13:00:00+10	95.00	0.00	2024-08-24 13:16:00+10	card	visa	2546	pi_3s1XvyTeeA69mXBtj6HMCJeA
279981118648	5361	115	2024-08-29 12:00:00+10	130.00	0.00	2024-08-29 12:01:00+10	cash	\N	\N	\N
200996449698	5362	115	2024-09-18 17:00:00+10	95.00	0.00	2024-09-18 17:19:00+10	cash	\N	\N	\N
661644995257	5364	115	2024-10-08 16:45:00+11	95.00	0.00	2024-10-08 16:57:00+11	hicaps	mastercard	8582	\N
654615444889	5365	115	2024-10-25 15:00:00+11	95.00	0.00	2024-10-25 15:09:00+11	hicaps	mastercard	3256	\N
762840100921	5366	116	2024-10-28 11:45:00+11	115.00	0.00	\N	card	mastercard	6450	pi_376lFS6PutbuPTc2pfeHLz3T
238638782694	5367	116	2024-11-18 18:45:00+11	95.00	0.00	2024-11-18 18:52:00+11	card	visa	6044	pi_3URemLaG05l0JriVUS8oRSyf
934864087796	5370	117	2024-08-24 09:45:00+10	115.00	0.00	2024-08-24 09:57:00+10	card	visa	3315	pi_3qVGS9JzZWGEmqyaSDCwDI8v
505874488120	5371	117	2024-09-13 18:45:00+10	130.00	0.00	2024-09-13 18:50:00+10	card	visa	4831	pi_3Yx4rSRc2CoOZ46sub969poa
662653647116	5372	117	2024-09-27 12:00:00+10	95.00	0.00	2024-09-27 12:20:00+10	card	visa	6332	pi_3Onb5mZTm3weRys3zjrKs55e
456721029070	5373	117	2024-10-14 14:15:00+11	95.00	0.00	2024-10-14 14:31:00+11	hicaps	mastercard	1671	\N
935290945687	5374	118	2024-09-14 13:15:00+10	115.00	0.00	\N	card	mastercard	2027	pi_3UXPKgs2vhHJFBvTUUyKW3rO
763047218396	5375	118	2024-09-26 11:15:00+10	95.00	0.00	2024-09-26 11:33:00+10	card	visa	3503	pi_3UbUyy3vZA3BqxWp8w4zhPXW
413171127256	5376	118	2024-10-09 08:45:00+11	95.00	0.00	2024-10-09 09:05:00+11	eftpos	mastercard	7821	\N
880359633492	5377	119	2024-09-28 10:15:00+10	115.00	0.00	2024-09-28 10:18:00+10	card	visa	0683	pi_3mLHCUNL1BjU3QWzKd2Xxq8t
268082184182	5379	120	2024-08-08 17:30:00+10	115.00	0.00	2024-08-08 17:43:00+10	card	mastercard	4951	pi_3XNwrNh899yvo5pwZVhB6kYB
544240915201	5380	121	2024-08-19 09:00:00+10	115.00	0.00	2024-08-19 09:15:00+10	card	mastercard	6495	pi_3zIxnxB3b5UhTUxOtI3gpqW0
643059000832	5381	121	2024-09-06 18:10:00+10	75.00	0.00	2024-09-06 18:13:00+10	eftpos	visa	5024	\N
608174534508	5382	121	2024-09-21 13:30:00+10	130.00	0.00	2024-09-21 13:35:00+10	card	visa	0858	pi_3rtfkI1A2QUp26Gz9AUUeYSp
794346537359	5384	121	2024-10-21 16:15:00+11	130.00	0.00	2024-10-21 16:24:00+11	card	visa	4690	pi_3PwAPNzBUQInmfZTuoK5cgIE
558597387650	5385	121	2024-11-04 10:10:00+11	75.00	0.00	2024-11-04 10:29:00+11	eftpos	visa	3461	\N
885161303122	5386	122	2024-07-27 09:45:00+10	115.00	0.00	2024-07-27 09:58:00+10	card	visa	7725	pi_3AFMeb2LuKxyywUQiukiA4b6
955375762029	5387	122	2024-08-12 19:00:00+10	130.00	0.00	2024-08-12 19:02:00+10	card	visa	0970	pi_3ChecWs21OJLkoHPIwXTprDo
654242054447	5388	122	2024-08-21 14:45:00+10	95.00	0.00	2024-08-21 15:02:00+10	hicaps	visa	1856	\N
671871030155	5390	122	2024-09-11 07:55:00+10	75.00	0.00	2024-09-11 07:56:00+10	eftpos	amex	1015	\N
760906555226	5391	122	2024-09-21 13:15:00+10	95.00	0.00	2024-09-21 13:26:00+10	hicaps	visa	9433	\N
539961587086	5392	123	2024-10-24 18:00:00+11	115.00	0.00	2024-10-24 18:01:00+11	card	visa	0373	pi_3CfPH7eP2JyY8anN7G47HwbZ
602508145404	5393	123	2024-11-01 15:55:00+11	75.00	0.00	2024-11-01 16:06:00+11	card	visa	6492	pi_3JnTn5D6xmPyulxlK5NRc2aU
553476672017	5394	123	2024-11-06 15:00:00+11	130.00	0.00	2024-11-06 15:09:00+11	hicaps	mastercard	0752	\N
640445306239	5395	124	2024-08-29 17:45:00+10	115.00	0.00	\N	card	visa	5111	pi_3j4uXgGmJDqm7hlJoMk7kEJi
139435830204	5396	124	2024-09-06 16:30:00+10	130.00	0.00	2024-09-06 16:45:00+10	hicaps	mastercard	5424	\N
842624064189	5397	124	2024-09-11 14:00:00+10	95.00	0.00	2024-09-11 14:12:00+10	card	visa	0305	pi_326ALyK4LDfduU7JN0531ZPd
548147033474	5398	125	2024-09-24 17:15:00+10	115.00	0.00	2024-09-24 17:32:00+10	card	visa	4250	pi_3MHkbrADSEUdbPOEFLtoIbSu
333094688408	5399	125	2024-10-08 15:30:00+11	130.00	0.00	2024-10-08 15:41:00+11	card	visa	4000	pi_3Nmd1r6SvFXg29tpfF5Ust1J
614057775561	5400	125	2024-10-17 16:00:00+11	95.00	0.00	2024-10-17 16:07:00+11	card	visa	9363	pi_3h3RbdikTkYNP5iU5S7nXTtL
193679991449	5401	126	2024-07-26 10:00:00+10	115.00	0.00	2024-07-26 10:11:00+10	hicaps	mastercard	6567	\N
974807912382	5402	126	2024-08-07 09:55:00+10	75.00	0.00	2024-08-07 10:02:00+10	card	mastercard	9002	pi_3kQ3B1AfdM8WvnyeQZIP5OTL
446692728634	5403	127	2024-08-20 17:15:00+10	115.00	0.00	2024-08-20 17:30:00+10	card	visa	0514	pi_3Zm4uKHzzyoH0fD3lGSRleGo
693552243986	5404	128	2024-10-31 14:00:00+11	115.00	0.00	2024-10-31 14:01:00+11	card	visa	9098	pi_3qiQeRX7uMieVzFetiOYckk0
409781555942	5405	129	2024-08-13 14:15:00+10	115.00	0.00	2024-08-13 14:23:00+10	card	visa	4450	pi_3jeKN4tZFl3XyIUJwBoRGNuh
333836951954	5406	129	2024-08-26 14:15:00+10	95.00	0.00	2024-08-26 14:21:00+10	hicaps	mastercard	7320	\N
979239603001	5407	129	2024-09-16 10:40:00+10	75.00	0.00	2024-09-16 10:48:00+10	card	visa	1942	pi_3RfFVnYCsIBqsBROnxwM8B5V
677274561451	5408	130	2024-08-19 15:45:00+10	115.00	0.00	\N	card	visa	4792	pi_3kN154c91LKIQVWLGjXr8bjY
127786817905	5409	131	2024-09-30 16:45:00+10	115.00	0.00	\N	card	mastercard	6084	pi_3tORKpLIk1ca3hFrWGvHf7bn
854506765748	5410	131	2024-10-17 12:30:00+11	95.00	0.00	2024-10-17 12:44:00+11	hicaps	visa	8497	\N
817546468859	5411	132	2024-09-02 08:15:00+10	115.00	0.00	2024-09-02 08:31:00+10	card	visa	0875	pi_3b4ASAiWbzXYAp33wfrP3Sj5
924066323106	5412	132	2024-09-14 12:30:00+10	95.00	0.00	2024-09-14 12:41:00+10	hicaps	mastercard	3195	\N
250487210618	5413	132	2024-09-19 18:15:00+10	95.00	0.00	2024-09-19 18:28:00+10	card	mastercard	9247	pi_3v9mnf1VqWk2NkTzp1em2Akn
896865157681	5414	133	2024-08-03 10:30:00+10	115.00	0.00	2024-08-03 10:41:00+10	card	visa	7434	pi_3qsZXnh2zsdEohIT3KbBIL0Q
186770879537	5415	133	2024-08-22 14:30:00+10	95.00	0.00	2024-08-22 14:41:00+10	card	visa	4812	pi_3f3VHgW7mzu07681W4ZYd4DX
649687456859	5416	133	2024-08-29 15:15:00+10	130.00	0.00	2024-08-29 15:19:00+10	hicaps	visa	3410	\N
273053003733	5417	133	2024-09-16 18:45:00+10	95.00	0.00	2024-09-16 19:02:00+10	card	visa	3261	pi_3s4zch9pbRS2drBPQsL106Yj
565721917796	5418	133	2024-09-27 08:45:00+10	60.00	0.00	2024-09-27 08:57:00+10	card	visa	1023	pi_3WrtlnkIrpwic113SGqu4iJy
314927002587	5419	133	2024-10-17 15:10:00+11	75.00	0.00	2024-10-17 15:28:00+11	card	visa	7828	pi_3oahVaPvaArXVHUkWAP03n5v
317255402859	5420	134	2024-08-30 18:45:00+10	115.00	0.00	2024-08-30 18:54:00+10	hicaps	visa	2451	\N
504401083629	5421	134	2024-09-17 08:45:00+10	95.00	0.00	\N	hicaps	visa	6913	\N
368217859499	5422	134	2024-09-26 16:45:00+10	130.00	0.00	\N	hicaps	visa	9744	\N
278033713648	5423	134	2024-10-12 08:30:00+11	95.00	0.00	\N	card	visa	6873	pi_3a89KWKTU6PWwFsU1JnpMGW7
729542580652	5424	134	2024-10-21 13:00:00+11	95.00	0.00	2024-10-21 13:19:00+11	card	visa	2194	pi_30QSuAfnWmBEjGrYaYPhV4qw
892121200947	5425	134	2024-11-09 12:55:00+11	75.00	0.00	2024-11-09 13:06:00+11	hicaps	visa	1557	\N
424414436983	5428	135	2024-10-08 08:45:00+11	115.00	0.00	2024-10-08 09:02:00+11	card	visa	6347	pi_3YqKiMXd1TRND7cQb0OPWo2J
600065043840	5429	135	2024-10-14 14:15:00+11	95.00	0.00	2024-10-14 14:17:00+11	hicaps	visa	6609	\N
392200955194	5431	136	2024-10-30 17:40:00+11	75.00	0.00	2024-10-30 17:57:00+11	hicaps	visa	4534	\N
625222229142	5432	136	2024-11-18 11:45:00+11	130.00	0.00	2024-11-18 11:46:00+11	card	mastercard	9722	pi_3UjkKjJfr1tC224R6r3oVAKw
435501830558	5438	137	2024-07-08 10:45:00+10	115.00	0.00	2024-07-08 10:46:00+10	card	mastercard	3357	pi_3PX0MUmqSIPLjT0QLziwnJEK
992034026263	5439	137	2024-07-16 16:00:00+10	95.00	0.00	2024-07-16 16:10:00+10	card	visa	0710	pi_3odb9E6HUeOyT3U34UzgJiRg
722608277614	5440	137	2024-07-27 11:40:00+10	75.00	0.00	2024-07-27 11:58:00+10	hicaps	visa	2293	\N
407324057314	5441	138	2024-08-05 10:30:00+10	115.00	0.00	2024-08-05 10:40:00+10	hicaps	visa	5756	\N
680978076019	5442	138	2024-08-19 13:30:00+10	95.00	0.00	2024-08-19 13:33:00+10	card	visa	0546	pi_3FGbCPmdFKpeuFJxeUpXpqV0
255540711957	5443	139	2024-07-05 10:15:00+10	115.00	0.00	2024-07-05 10:27:00+10	card	visa	6758	pi_39CcOcsN1oWg4w3AB9r54DDe
959424164295	5445	139	2024-07-15 15:30:00+10	95.00	0.00	2024-07-15 15:33:00+10	cash	\N	\N	\N
102926029059	5446	139	2024-07-27 08:45:00+10	60.00	0.00	2024-07-27 09:01:00+10	card	mastercard	8829	pi_3PBGQBgQPhEZ44Oj5Bo3xYIc
409618085380	5447	140	2024-08-19 11:15:00+10	115.00	0.00	2024-08-19 11:27:00+10	card	mastercard	0816	pi_3FGF1MDME9AnOvOX2RSlSMb1
206944698743	5448	140	2024-08-30 08:45:00+10	60.00	0.00	\N	card	mastercard	5672	pi_3KPu7vREODIKVmm3P1dC0jYZ
302315269857	5449	140	2024-09-09 08:10:00+10	75.00	0.00	2024-09-09 08:13:00+10	card	mastercard	3667	pi_3NdRM6GxPJxsYUp3YUK3d6sb
649995580229	5450	141	2024-07-12 10:00:00+10	60.00	0.00	2024-07-12 10:15:00+10	hicaps	visa	4459	\N
840619351177	5451	141	2024-07-19 17:45:00+10	130.00	0.00	2024-07-19 17:55:00+10	card	visa	9266	pi_3kiVsYZ3Yvts9NrIVEGtrnAt
973720109010	5452	142	2024-07-09 16:00:00+10	115.00	0.00	2024-07-09 16:01:00+10	card	visa	9645	pi_3fyRoXmP06ywCrjuMq2OtXAb
657533396510	5453	142	2024-07-16 13:15:00+10	130.00	0.00	2024-07-16 13:16:00+10	card	visa	0166	pi_3abmzkQY4pg60sPgVofzKpll
296623375000	5454	142	2024-07-27 09:55:00+10	75.00	0.00	2024-07-27 09:59:00+10	card	visa	7261	pi_377PVbS62iTfpMAylyNu82rj
179245690303	5455	143	2024-10-07 11:45:00+11	115.00	0.00	2024-10-07 11:49:00+11	hicaps	visa	9504	\N
919738224828	5456	143	2024-10-28 13:00:00+11	95.00	0.00	2024-10-28 13:02:00+11	card	mastercard	1128	pi_34cyFsZwVXgw0pV2agdPMGtc
470980827715	5457	143	2024-11-05 08:40:00+11	75.00	0.00	2024-11-05 08:52:00+11	hicaps	visa	5650	\N
330780015808	5458	144	2024-08-14 19:15:00+10	115.00	0.00	2024-08-14 19:32:00+10	card	visa	3928	pi_3BVbV7SjeQNAhdqz8FNL2tm1
420444926391	5460	144	2024-09-17 13:30:00+10	95.00	0.00	2024-09-17 13:34:00+10	card	mastercard	4040	pi_3rhvRIVuoHP41puyELcxt7se
575677265227	5461	145	2024-10-14 14:45:00+11	60.00	0.00	2024-10-14 15:02:00+11	cash	\N	\N	\N
197155624174	5462	145	2024-10-23 13:10:00+11	75.00	0.00	2024-10-23 13:29:00+11	hicaps	mastercard	3522	\N
511037042309	5463	145	2024-11-11 16:25:00+11	75.00	0.00	2024-11-11 16:44:00+11	eftpos	mastercard	9163	\N
899654842580	5465	146	2024-08-24 10:30:00+10	115.00	0.00	2024-08-24 10:31:00+10	eftpos	visa	4504	\N
186150683169	5467	146	2024-09-30 08:15:00+10	95.00	0.00	2024-09-30 08:24:00+10	card	visa	6029	pi_3NLFazwNbEwCbUArqefQvGIQ
257745944917	5468	147	2024-08-05 17:00:00+10	60.00	0.00	2024-08-05 17:06:00+10	card	mastercard	1850	pi_3uTxOn2RD7LDL8DeqTa47FYP
146665406801	5469	147	2024-08-26 14:30:00+10	95.00	0.00	2024-08-26 14:31:00+10	eftpos	mastercard	6067	\N
914962147611	5470	147	2024-09-16 11:00:00+10	130.00	0.00	2024-09-16 11:15:00+10	card	visa	3663	pi_3iUQ0ikyqezcl6FATocs0UNs
698080656838	5471	148	2024-10-08 17:45:00+11	115.00	0.00	2024-10-08 18:02:00+11	card	mastercard	9374	pi_3HY1ZB6BOYtiPjaBK5UqzO9u
595341995316	5472	148	2024-10-21 11:00:00+11	95.00	0.00	2024-10-21 11:18:00+11	hicaps	visa	8144	\N
615700478657	5473	148	2024-11-05 16:55:00+11	75.00	0.00	2024-11-05 17:11:00+11	hicaps	visa	8796	\N
789000908664	5477	149	2024-10-26 11:00:00+11	115.00	0.00	\N	card	mastercard	5464	pi_37jQrhQxTfro75Vz2NJz5pbT
556933766054	5478	150	2024-10-12 09:45:00+11	115.00	0.00	\N	cash	\N	\N	\N
484673775110	5479	150	2024-10-28 16:45:00+11	95.00	0.00	\N	card	amex	3803	pi_3OwsVyg1iLpGTi4NU1jHUYbg
462239634264	5480	150	2024-11-11 13:00:00+11	95.00	0.00	2024-11-11 13:16:00+11	hicaps	visa	1209	\N
830991037593	5484	151	2024-10-12 12:30:00+11	115.00	0.00	2024-10-12 12:43:00+11	card	mastercard	7554	pi_3pgGwK8ztL2HIExNKBlRTCYl
802131897074	5485	151	2024-10-29 16:10:00+11	75.00	0.00	2024-10-29 16:17:00+11	card	mastercard	6943	pi_3wO0etsBYDRS8OIqxnaai4tu
647383172138	5486	151	2024-11-18 17:15:00+11	95.00	0.00	2024-11-18 17:25:00+11	card	mastercard	5541	pi_3qBB7vHI5zV3H5XFfO2xnlPs
247784459334	5492	152	2024-10-26 12:15:00+11	115.00	0.00	2024-10-26 12:30:00+11	card	mastercard	4696	pi_3FVG1bqa0Z8DHJ3V1o3sBVdw
918081850894	5495	153	2024-09-16 08:15:00+10	115.00	0.00	\N	card	amex	4277	pi_3aDQS7FTwuu2mX7hcGvcLNhF
252464467795	5496	153	2024-09-23 09:15:00+10	95.00	0.00	\N	card	mastercard	6123	pi_3yejWAHNk71HxvONmqtAYoOj
490331578991	5497	153	2024-10-05 11:45:00+10	130.00	0.00	2024-10-05 11:46:00+10	cash	\N	\N	\N
732197471716	5499	154	2024-10-23 14:00:00+11	115.00	0.00	2024-10-23 14:12:00+11	card	visa	0979	pi_3XAcJ2RzFznNV0gDyGedTc0G
151139474682	5500	154	2024-10-29 09:30:00+11	130.00	0.00	2024-10-29 09:47:00+11	hicaps	visa	8496	\N
136186767284	5501	154	2024-11-04 18:45:00+11	130.00	0.00	2024-11-04 18:53:00+11	eftpos	mastercard	2432	\N
158187307444	5503	155	2024-10-07 10:15:00+11	95.00	0.00	2024-10-07 10:19:00+11	hicaps	mastercard	3196	\N
206871787183	5504	155	2024-10-14 08:45:00+11	130.00	0.00	2024-10-14 08:49:00+11	eftpos	visa	9967	\N
812294950733	5505	156	2024-08-21 18:30:00+10	115.00	0.00	2024-08-21 18:31:00+10	card	mastercard	4308	pi_3TXR9UUCybRtwxFrqMrf9Ydo
776458156954	5506	156	2024-09-07 11:15:00+10	60.00	0.00	2024-09-07 11:16:00+10	hicaps	visa	9302	\N
120408355455	5508	157	2024-11-11 08:15:00+11	115.00	0.00	2024-11-11 08:20:00+11	card	visa	3639	pi_37fmc8sLdPjnO4PeW2RwmQ7v
899633885507	5509	157	2024-11-18 13:40:00+11	75.00	0.00	2024-11-18 13:46:00+11	card	visa	7586	pi_3PAqh0c6bx6P9C8nLH8Hmiuk
747817158310	5516	158	2024-09-03 08:00:00+10	115.00	0.00	2024-09-03 08:19:00+10	cash	\N	\N	\N
233828155270	5517	158	2024-09-09 17:00:00+10	95.00	0.00	2024-09-09 17:13:00+10	eftpos	mastercard	9618	\N
608513295624	5518	159	2024-09-19 09:30:00+10	115.00	0.00	2024-09-19 09:41:00+10	card	mastercard	7413	pi_3T8d6ndeNNoFWsvXyifTupY1
447314091954	5520	159	2024-10-22 12:45:00+11	95.00	0.00	2024-10-22 12:59:00+11	card	visa	0692	pi_3pBXdUe01HCHCH57p6GBl8Mu
484002910747	5521	159	2024-10-28 09:40:00+11	75.00	0.00	2024-10-28 09:59:00+11	card	visa	2157	pi_3SvD7tMNsaFFFpm9NUNU3lwV
591604499668	5522	159	2024-11-04 08:10:00+11	75.00	0.00	2024-11-04 08:14:00+11	hicaps	visa	8891	\N
180779135962	5523	159	2024-11-18 15:55:00+11	75.00	0.00	2024-11-18 16:06:00+11	card	visa	5174	pi_3Eoc1SK8EuG254mpGUe9Q2TI
692467831333	5526	160	2024-10-23 19:30:00+11	115.00	0.00	2024-10-23 19:41:00+11	card	visa	6514	pi_349d2FFCFIZbLTnMkdzvqO4i
122075143455	5527	161	2024-09-10 17:00:00+10	115.00	0.00	2024-09-10 17:12:00+10	hicaps	mastercard	1581	\N
654146839776	5528	161	2024-09-30 14:30:00+10	95.00	0.00	2024-09-30 14:32:00+10	card	visa	7277	pi_36POFkocSGSh8sTBzoCPBTey
562493191549	5529	161	2024-10-18 12:00:00+11	95.00	0.00	2024-10-18 12:05:00+11	eftpos	mastercard	7283	\N
131660587019	5530	161	2024-10-23 14:10:00+11	60.00	0.00	\N	hicaps	visa	0713	\N
303401195744	5531	161	2024-11-13 13:30:00+11	95.00	0.00	2024-11-13 13:31:00+11	card	amex	2488	pi_36EMM7RxDqTCkuQrEECcVbnl
157681774075	5535	162	2024-09-07 09:45:00+10	115.00	0.00	2024-09-07 09:46:00+10	hicaps	visa	9515	\N
246488891413	5536	163	2024-09-02 15:30:00+10	115.00	0.00	\N	card	mastercard	5549	pi_3k4eFmpdBs4Wn8pS6aflEorS
194244080113	5540	165	2024-09-30 13:45:00+10	115.00	0.00	2024-09-30 13:57:00+10	card	visa	1451	pi_3zjEHci1J15YKb7UfL8oz6GT
408256560735	5541	165	2024-10-12 10:00:00+11	95.00	0.00	2024-10-12 10:20:00+11	card	visa	1913	pi_3mYOCh1lcm5JrCL5jSttEDO5
695852672596	5542	165	2024-11-02 09:40:00+11	75.00	0.00	\N	card	visa	3468	pi_3g2Bs6fOhSGWOVZ4kknWa07C
513389681679	5543	165	2024-11-14 10:30:00+11	95.00	0.00	2024-11-14 10:35:00+11	card	mastercard	5396	pi_3gNteniRukpjVchJwSzUYdk9
480268540134	5548	166	2024-08-27 07:45:00+10	115.00	0.00	2024-08-27 07:52:00+10	card	visa	7494	pi_3hvlUOKNAcJebo4cE9Cq9MsC
520850530732	5550	166	2024-10-01 15:00:00+10	95.00	0.00	2024-10-01 15:13:00+10	card	visa	8410	pi_3yWgtQ0UVoZeYvaE3fpzMZyu
802121414131	5551	166	2024-10-14 15:30:00+11	130.00	0.00	2024-10-14 15:31:00+11	hicaps	mastercard	8645	\N
889590536822	5552	166	2024-10-21 13:15:00+11	130.00	0.00	2024-10-21 13:29:00+11	cash	\N	\N	\N
883684909457	5553	166	2024-11-11 11:45:00+11	95.00	0.00	2024-11-11 12:00:00+11	hicaps	visa	2435	\N
664130357939	5554	166	2024-11-21 17:30:00+11	95.00	0.00	2024-11-21 17:35:00+11	hicaps	visa	1403	\N
984928751978	5556	167	2024-07-08 15:15:00+10	115.00	0.00	2024-07-08 15:32:00+10	hicaps	visa	8184	\N
924435819373	5557	167	2024-07-15 16:45:00+10	95.00	0.00	\N	card	mastercard	2092	pi_3b9lj1YnMyC1Z2aRCOWzsJ8w
367614108308	5558	168	2024-08-12 18:45:00+10	115.00	0.00	2024-08-12 19:02:00+10	card	visa	4358	pi_3hFCOCljU3zteBjdBg8ArrFm
497229390702	5559	169	2024-09-23 11:30:00+10	115.00	0.00	2024-09-23 11:48:00+10	card	mastercard	4574	pi_3TgAzeds9ROKZt4AnlGfeTa7
194171532865	5560	169	2024-10-07 07:45:00+11	95.00	0.00	2024-10-07 07:55:00+11	card	visa	5764	pi_3hj26WxRTb0ySZPNSppscqy0
898653470229	5561	169	2024-10-21 12:40:00+11	75.00	0.00	2024-10-21 12:58:00+11	hicaps	visa	7555	\N
895196830412	5562	170	2024-07-15 18:00:00+10	115.00	0.00	2024-07-15 18:18:00+10	cash	\N	\N	\N
360231358409	5563	170	2024-08-02 17:15:00+10	130.00	0.00	2024-08-02 17:20:00+10	cash	\N	\N	\N
365191796890	5564	171	2024-11-09 13:00:00+11	115.00	0.00	2024-11-09 13:11:00+11	eftpos	visa	3877	\N
788346842228	5565	171	2024-11-15 15:00:00+11	130.00	0.00	2024-11-15 15:12:00+11	hicaps	visa	3217	\N
451027654791	5567	172	2024-08-30 10:45:00+10	115.00	0.00	2024-08-30 10:58:00+10	hicaps	mastercard	8853	\N
902227303448	5568	172	2024-09-04 07:30:00+10	95.00	0.00	2024-09-04 07:37:00+10	card	visa	6885	pi_3iadkJvfO1sZxoOOwDDBXBm2
839897447324	5569	172	2024-09-19 12:30:00+10	95.00	0.00	2024-09-19 12:38:00+10	card	visa	0810	pi_3aFQpFfZ4Jcuja3j5VM8aH0u
203292658882	5570	172	2024-09-26 18:15:00+10	95.00	0.00	\N	card	mastercard	0435	pi_3guNea9hBeSllJZLDkojYLkB
486783806440	5571	173	2024-07-19 12:45:00+10	115.00	0.00	2024-07-19 12:48:00+10	card	visa	5495	pi_3BGbOY9pb2PYREWCwPbM9miD
418333955852	5572	173	2024-08-03 09:45:00+10	130.00	0.00	2024-08-03 10:05:00+10	hicaps	amex	9214	\N
792436946227	5573	173	2024-08-24 13:15:00+10	130.00	0.00	2024-08-24 13:22:00+10	card	visa	4180	pi_3KGImZFCVhpOc0kjcpJAS4nA
547779846217	5574	173	2024-09-03 09:00:00+10	130.00	0.00	2024-09-03 09:02:00+10	card	visa	1264	pi_3zBp3zVb8DL9HMgbn4zfvZxW
719562296214	5575	173	2024-09-11 13:00:00+10	95.00	0.00	2024-09-11 13:10:00+10	card	amex	4212	pi_3hXJZyxMuBHVpglHQRbl8tEv
994041015056	5576	173	2024-09-21 13:30:00+10	130.00	0.00	2024-09-21 13:33:00+10	card	visa	2220	pi_33bPt4Wd4u8Be13Cu1kUqW66
621581309585	5577	174	2024-09-21 09:00:00+10	115.00	0.00	\N	card	visa	2350	pi_3mFlxfhmSvbJaA8KgOWoaz7z
511188052667	5578	174	2024-09-30 16:55:00+10	75.00	0.00	2024-09-30 16:56:00+10	hicaps	mastercard	9874	\N
475846301884	5579	174	2024-10-21 12:30:00+11	95.00	0.00	2024-10-21 12:38:00+11	card	mastercard	6416	pi_3nD7lUu42F15sq8CB9msCnni
775418976797	5580	174	2024-10-30 15:10:00+11	75.00	0.00	2024-10-30 15:28:00+11	hicaps	mastercard	8385	\N
222419716027	5581	174	2024-11-07 16:30:00+11	95.00	0.00	2024-11-07 16:47:00+11	card	mastercard	6405	pi_3dhOOqGSBmjqNBJYgmVOEMhV
475982600027	5582	174	2024-11-18 15:15:00+11	95.00	0.00	2024-11-18 15:33:00+11	card	amex	0630	pi_3dYAcZkFUpaNtPq86h8YiYee
438921884888	5584	176	2024-08-05 19:00:00+10	115.00	0.00	2024-08-05 19:04:00+10	hicaps	mastercard	6962	\N
324375654283	5585	176	2024-08-13 11:45:00+10	95.00	0.00	2024-08-13 11:53:00+10	card	amex	9354	pi_3NrMc8G0v33XFC18p502MARz
834924093312	5586	176	2024-09-03 09:40:00+10	75.00	0.00	2024-09-03 09:57:00+10	card	mastercard	1027	pi_3hNjuON2z4PVhXHwJiwOPgSn
334806109483	5587	176	2024-09-20 15:15:00+10	95.00	0.00	2024-09-20 15:28:00+10	hicaps	visa	3075	\N
647832422266	5588	176	2024-10-07 17:30:00+11	130.00	0.00	2024-10-07 17:49:00+11	hicaps	visa	0838	\N
688487537443	5589	176	2024-10-23 11:15:00+11	95.00	0.00	2024-10-23 11:18:00+11	eftpos	visa	9769	\N
104744709323	5590	177	2024-09-23 13:00:00+10	115.00	0.00	2024-09-23 13:17:00+10	card	visa	9969	pi_36LPq6tlT6uq71iiwtQn8uCL
507046599410	5592	178	2024-08-09 12:15:00+10	115.00	0.00	2024-08-09 12:17:00+10	hicaps	visa	9472	\N
585015815586	5593	178	2024-08-15 07:45:00+10	95.00	0.00	2024-08-15 07:54:00+10	card	mastercard	4754	pi_3aP9zGABsWgynwZkrfWfOyUY
916180097947	5595	178	2024-09-24 09:40:00+10	75.00	0.00	2024-09-24 09:45:00+10	hicaps	mastercard	8442	\N
473031861219	5597	178	2024-10-23 17:25:00+11	75.00	0.00	\N	hicaps	mastercard	7180	\N
647319245449	5598	179	2024-10-28 17:15:00+11	115.00	0.00	2024-10-28 17:25:00+11	eftpos	mastercard	9749	\N
598932346794	5599	179	2024-11-12 11:00:00+11	60.00	0.00	2024-11-12 11:18:00+11	card	visa	5215	pi_3f0tYxDUmOTaRgRhE0EEsvde
392712938731	5600	179	2024-11-19 15:40:00+11	75.00	0.00	2024-11-19 15:57:00+11	card	mastercard	3561	pi_3sYyJdeLFyRNLaQVaQw2YBed
649350389957	5606	180	2024-10-07 19:30:00+11	115.00	0.00	2024-10-07 19:33:00+11	card	amex	4385	pi_32zW89TQsyAzW9HOxt7XmfF0
159215961413	5607	180	2024-10-22 14:15:00+11	95.00	0.00	2024-10-22 14:27:00+11	eftpos	mastercard	8947	\N
106226569348	5608	180	2024-11-07 12:00:00+11	130.00	0.00	2024-11-07 12:10:00+11	card	visa	5145	pi_3UEl80EyZnX2ZnzYvsiIJois
\.


--
-- Data for Name: patients; Type: TABLE DATA; Schema: public; Owner: booking
--

COPY public.patients (id, given_name, family_name, dob, medicare_number, medicare_irn, phone, email, street, suburb, state, postcode, home_clinic, health_fund, emergency_contact_name, emergency_contact_phone, sms_reminders, created_at) FROM stdin;
1	Leanne	Baxter	1991-11-23	2943627501	2	0471 426 776	leannebaxter91@outlook.com	228 Wattle Ave	Epping	NSW	2121	CHA	ahm	Riley Smith	0483 439 179	t	2019-03-13 00:23:01+11
2	Matthew	Singh	1955-12-15	3064402093	5	0403 052 186	msingh908@iinet.net.au	17/216 Union St	North Parramatta	NSW	2151	PAR	nib	Mohammed Russo	0418 241 717	f	2023-07-25 10:04:03+10
3	Hannah	Mitchell	1982-04-17	2059065563	5	0479 945 707	hmitchell812@outlook.com	141 Bronte Rd	Randwick	NSW	2031	BJN	\N	Emily Mitchell	0494 210 843	t	2021-09-27 23:21:49+10
4	Arjun	Bianchi	1977-01-02	2663622871	4	0460 201 299	arjun.bianchi@icloud.com	37/62 Station St	Parramatta	NSW	2150	PAR	Medibank	Jack Ryan	0456 148 009	t	2022-07-05 04:56:46+10
5	Lachlan	Baxter	2006-04-20	2930185914	2	0430 606 784	lbaxter87@icloud.com	111 George St	North Parramatta	NSW	2151	PAR	nib	Graham Baxter	0484 108 364	t	2019-04-19 02:31:45+10
6	Deborah	Ryan	1980-04-02	4159140884	3	0493 536 310	\N	185 Marsden St	Bondi Junction	NSW	2022	BJN	HCF	Mei Lee	0493 484 931	f	2021-06-09 17:43:14+10
7	Lachlan	Singh	2003-08-25	4311092191	4	0453 088 196	lachlan_sing2003@optusnet.com.au	12/249 Jacaranda Pl	North Parramatta	NSW	2151	PAR	HBF	Leanne Singh	0494 897 464	t	2022-05-23 16:44:01+10
8	Michelle	Ahmed	1990-11-18	6836330891	1	0486 673 344	michelleahmed90@gmail.com	146 Bronte Rd	Bondi	NSW	2026	BJN	Australian Unity	Liam Ahmed	0499 781 411	t	2021-12-12 05:17:28+11
9	Craig	Stewart	1944-02-27	2799766682	4	0459 917 775	craigstewart44@hotmail.com	211 High St	Cremorne	VIC	3121	RIC	Teachers Health	Kylie Thompson	0412 073 921	t	2020-08-02 15:20:52+10
10	Stephen	Thompson	1945-04-01	6182086092	2	0437 459 265	sthompson313@gmail.com	111 Swan St	Artarmon	NSW	2064	CHA	Teachers Health	Liam Patel	0454 960 097	t	2019-07-19 05:19:18+10
11	Leanne	Brown	2001-06-12	5303788441	5	0424 879 848	leannebrown86@bigpond.net.au	182 Carrington Rd	Abbotsford	VIC	3067	RIC	HCF	Ruby Stewart	0497 347 144	t	2023-03-14 02:10:25+11
12	Fatima	Williams	1971-06-26	2065766603	5	0490 559 501	fatimawilliams71@gmail.com	164 Banksia Cres	Chatswood	NSW	2067	CHA	HCF	Kylie Williams	0479 777 432	t	2024-08-12 06:53:01+10
13	Peter	Singh	1958-05-18	6786728884	3	0497 267 469	petersingh44@optusnet.com.au	185 Union St	Westmead	NSW	2145	PAR	ahm	Linh Costa	0452 745 752	t	2021-04-29 04:14:42+10
14	Hannah	Brown	1952-04-03	5078974222	5	0481 109 639	hannahbrown27@gmail.com	2/99 Pacific Hwy	Burwood	VIC	3125	BOX	HBF	Darren Doyle	0458 244 221	t	2020-10-10 08:43:28+11
15	Henry	O'Brien	1993-04-23	5248025022	5	0473 305 419	henry_obri1993@tpg.com.au	95 Rutland St	Fitzroy North	VIC	3068	BRU	Bupa	Nikos Pham	0404 359 718	t	2022-03-29 23:59:25+11
16	Hannah	Kelly	1947-10-18	5571271084	3	0415 482 415	hkelly377@iinet.net.au	248 George St	Hawthorn	VIC	3122	RIC	Medibank	Charlotte Robinson	0400 901 283	t	2022-03-31 04:21:55+11
17	Samuel	Doyle	1997-07-04	5656521912	4	(02) 8268 4789	sdoyle880@gmail.com	92 Lygon St	Lane Cove	NSW	2066	CHA	Bupa	Graham Costa	0450 984 454	f	2023-02-14 03:26:41+11
18	Riley	Evans	1982-03-20	6905998553	3	(02) 8313 9629	riley.evans@icloud.com	28/130 Union St	Artarmon	NSW	2064	CHA	HBF	Priya Wang	0494 978 065	f	2021-07-21 23:14:24+10
19	Daniel	Ahmed	1947-11-09	3266345142	5	0480 225 185	danielahmed93@yahoo.com.au	37/183 Burke Rd	Richmond	VIC	3121	RIC	Australian Unity	Marco Ahmed	0423 493 918	t	2023-04-26 19:32:00+10
20	Georgia	Thompson	1959-01-08	2968639562	1	0475 662 302	georgia.thompson@optusnet.com.au	18/213 Boundary Rd	Westmead	NSW	2145	PAR	ahm	Giulia Thompson	0409 258 095	t	2022-02-10 13:07:08+11
21	Chloe	Johnson	1945-05-07	3719363681	4	0472 389 440	cjohnson161@icloud.com	247 Whitehorse Rd	Brunswick	VIC	3056	BRU	\N	Leanne Evans	0493 714 287	t	2020-07-17 23:35:42+10
22	Hannah	Nguyen	1964-03-28	4080011552	5	0408 159 034	hannahnguyen64@yahoo.com.au	41 Wattle Ave	Merrylands	NSW	2160	PAR	Medibank	Patricia Nguyen	0443 219 326	t	2022-03-20 03:35:00+11
23	Lucas	Chen	1974-12-02	\N	\N	0451 364 580	lucas.chen@bigpond.net.au	16/49 Glenferrie Rd	Richmond	VIC	3121	RIC	HCF	Noah Jones	0442 735 429	f	2021-08-28 20:12:00+10
24	William	Singh	1944-02-11	5001206171	5	0470 892 772	williamsingh39@gmail.com	1 Lygon St	Coburg	VIC	3058	BRU	\N	Leanne Singh	0457 453 658	t	2024-08-10 07:00:46+10
25	Matthew	Hughes	1975-10-15	6306594633	3	0443 196 219	mhughes823@outlook.com	164 Boundary Rd	Coburg	VIC	3058	BRU	ahm	Eleni Hughes	0480 539 728	t	2021-11-28 12:57:03+11
26	Lily	Morrison	1999-09-22	4787553692	1	(02) 8529 8569	lily_morr1999@tpg.com.au	26/152 Grey St	Bondi	NSW	2026	BJN	nib	Ava Robinson	0449 227 526	f	2023-06-02 01:54:24+10
27	Leanne	Nikolaidis	1964-02-11	4269674261	2	0484 104 577	lnikolaidis169@gmail.com	112 Pacific Hwy	Fitzroy North	VIC	3068	BRU	Australian Unity	Michelle Nikolaidis	0474 860 764	t	2021-06-13 04:18:39+10
28	Zoe	Pham	2003-10-21	\N	\N	0421 332 049	zoe.pham@gmail.com	21 Victoria St	Waverley	NSW	2024	BJN	\N	Deborah Pham	0415 042 375	t	2020-03-08 07:35:25+11
29	Nikos	Baxter	1967-08-05	4255734221	2	0491 765 920	nikos.baxter@gmail.com	142 Rutland St	Lane Cove	NSW	2066	CHA	Australian Unity	Mohammed Baxter	0454 941 624	t	2024-05-15 23:41:39+10
30	Fatima	Bianchi	1986-03-24	4832608901	1	0423 665 060	fatimabianchi86@gmail.com	204 Bronte Rd	Coburg	VIC	3058	BRU	Australian Unity	Sophie Jones	0426 483 693	t	2020-07-27 23:43:55+10
31	Wei	Russo	2009-05-23	5416577851	3	0467 547 050	wei.russo@gmail.com	75 Nelson Rd	Chatswood	NSW	2067	CHA	HCF	Mia Russo	0434 089 722	t	2020-02-07 12:53:31+11
32	Lily	Russo	1982-10-19	3669499351	5	0480 721 892	lily.russo@gmail.com	203 Church St	Bondi	NSW	2026	BJN	Teachers Health	Oliver Russo	0454 627 493	f	2024-04-16 08:38:38+10
33	Priya	Ryan	1970-12-08	5512036883	3	(02) 8417 1424	priya.ryan@iinet.net.au	99 Carrington Rd	Chatswood	NSW	2067	CHA	\N	Charlotte Hughes	0448 196 806	f	2020-04-16 03:40:13+10
34	Lily	Wang	1940-09-11	6683023863	1	0413 820 502	lilywang40@optusnet.com.au	36/172 Burke Rd	Fitzroy North	VIC	3068	BRU	HCF	Peter Wang	0422 359 355	t	2024-08-31 17:06:18+10
35	Oliver	Wang	1984-08-02	5830221691	5	0439 197 631	\N	168 Rutland St	Abbotsford	VIC	3067	RIC	HCF	Priya Johnson	0404 988 840	t	2022-08-14 00:58:02+10
36	Aisha	Fraser	1968-06-26	\N	\N	0439 013 097	aisha_fras1968@gmail.com	231 Victoria Rd	Willoughby	NSW	2068	CHA	\N	Oliver Fraser	0458 231 707	t	2020-08-18 07:12:47+10
37	Margaret	Papadopoulos	1941-02-25	4982618464	2	0438 261 469	margaret.papadopoulos@outlook.com	66 Grey St	Bondi Junction	NSW	2022	BJN	Teachers Health	Charlotte Sullivan	0413 564 402	t	2021-05-14 19:30:38+10
38	Shane	Sullivan	1961-08-02	4152228314	4	0474 711 156	ssullivan167@gmail.com	30/158 Kent St	North Parramatta	NSW	2151	PAR	ahm	Lily Pham	0464 245 839	f	2019-03-11 01:57:54+11
39	Matthew	Baxter	1963-11-11	6390921464	5	0472 249 627	matthew_baxt1963@hotmail.com	186 Bellevue Ave	Lane Cove	NSW	2066	CHA	nib	Peter Baxter	0402 376 292	f	2020-01-20 07:37:07+11
40	Henry	McDonald	1949-06-25	6235877061	1	0450 267 399	henry_mcdo1949@gmail.com	39 Oxford St	Abbotsford	VIC	3067	RIC	nib	Mei McDonald	0487 561 496	t	2020-09-05 17:09:30+10
41	Benjamin	Brown	1940-03-23	6900858113	4	(02) 8252 0927	benjamin_brow1940@optusnet.com.au	28/218 Help St	North Parramatta	NSW	2151	PAR	nib	Sarah Brown	0412 195 252	f	2023-12-19 04:56:18+11
42	Chloe	Doyle	1967-03-13	4355676202	4	(03) 8024 5657	cdoyle236@iinet.net.au	73 Union St	Fitzroy North	VIC	3068	BRU	\N	Matilda Huang	0419 224 266	f	2023-09-30 17:36:23+10
43	Chloe	Murphy	1980-10-15	2987418652	3	(03) 8429 7763	chloe.murphy@hotmail.com	50 Church St	Mont Albert	VIC	3127	BOX	\N	James Murphy	0485 579 093	f	2020-12-27 17:13:36+11
44	Mei	Wilson	1985-02-24	6976336194	3	0482 586 715	mei_wils1985@hotmail.com	67 Boundary Rd	Brunswick	VIC	3056	BRU	Bupa	Brett Wilson	0456 894 993	t	2022-10-02 19:02:00+11
45	Samuel	Nguyen	2000-10-01	2803475943	1	0492 721 791	samuelnguyen39@gmail.com	199 Victoria St	Coburg	VIC	3058	BRU	nib	Graham Nguyen	0407 787 726	t	2022-12-18 05:26:11+11
46	Craig	Kelly	1980-11-05	5525402704	2	0489 127 706	ckelly693@outlook.com	68 Whitehorse Rd	Randwick	NSW	2031	BJN	Australian Unity	Marco Kelly	0448 183 772	t	2019-02-13 04:14:55+11
47	Shane	Campbell	1971-11-05	2412475271	1	0432 609 981	shane.campbell@bigpond.com	42 Macquarie St	Northcote	VIC	3070	BRU	\N	Ruby Campbell	0429 077 189	t	2021-03-31 09:46:24+11
48	Deborah	Campbell	2009-09-28	3577476523	2	(03) 9573 5892	\N	2/105 Glenferrie Rd	Surrey Hills	VIC	3127	BOX	Bupa	Nikos Campbell	0476 595 850	f	2021-04-07 05:13:15+10
49	Marco	Pham	2001-06-07	6873192261	5	0433 495 200	marco.pham@gmail.com	36/85 Sydney Rd	Abbotsford	VIC	3067	RIC	Teachers Health	Cooper Pham	0470 929 074	t	2019-08-12 13:48:21+10
50	Ethan	King	1948-07-30	3638706124	4	0422 344 768	ethanking48@gmail.com	216 Jacaranda Pl	Coogee	NSW	2034	BJN	nib	Karen King	0495 948 849	t	2022-05-15 08:02:26+10
51	Daniel	Patel	1997-08-18	6519800612	5	0415 159 190	dpatel74@gmail.com	28/241 Lennox St	Randwick	NSW	2031	BJN	nib	Fatima Robinson	0426 944 654	t	2021-04-20 11:50:09+10
52	Leanne	Jones	1969-11-04	2389715121	5	(02) 9848 6940	leanne.jones@gmail.com	101 Whitehorse Rd	Bondi	NSW	2026	BJN	nib	Samuel Jones	0449 353 903	f	2019-06-02 16:26:54+10
53	Oliver	Hughes	1953-05-04	3879520993	4	0405 537 504	oliver_hugh1953@iinet.net.au	206 Union St	Cremorne	VIC	3121	RIC	HBF	Hannah Hughes	0494 149 244	t	2020-02-25 01:59:39+11
54	Marco	Doyle	1993-07-25	2353757131	1	0452 155 732	marcodoyle93@hotmail.com	20 Victoria Rd	Mont Albert	VIC	3127	BOX	Australian Unity	Darren Sullivan	0459 493 101	t	2020-08-12 01:48:41+10
55	Mia	Le	1949-02-17	2211452703	2	0458 115 168	mia.le@gmail.com	24/29 Rutland St	Bondi Junction	NSW	2022	BJN	Bupa	Fatima Le	0483 541 389	t	2021-12-18 18:03:42+11
56	Isla	Bianchi	2004-05-01	4187555651	2	0491 557 316	isla.bianchi@yahoo.com.au	211 Lygon St	Camberwell	VIC	3124	BOX	Medibank	Leanne Bianchi	0404 021 877	t	2020-03-05 00:52:51+11
57	Lachlan	Jones	1945-09-27	4699603213	4	0468 807 770	lachlan_jone1945@optusnet.com.au	38/196 Bronte Rd	Randwick	NSW	2031	BJN	Medibank	Linh Jones	0443 345 786	t	2021-06-07 19:45:50+10
58	Lucas	Papadopoulos	2009-10-13	3240137972	2	0444 301 212	lucaspapadopoulos09@gmail.com	222 Help St	Bondi Junction	NSW	2022	BJN	Australian Unity	Linh Papadopoulos	0435 587 507	t	2024-04-03 22:16:18+11
59	Eleni	O'Brien	1938-02-18	\N	\N	0450 907 065	eleni_obri1938@outlook.com	230 Rutland St	Box Hill	VIC	3128	BOX	Australian Unity	Lucas O'Brien	0403 045 657	t	2020-02-09 21:27:50+11
60	Linh	Harris	1945-11-19	5571208422	4	0488 203 228	linh.harris@gmail.com	27 Jacaranda Pl	Artarmon	NSW	2064	CHA	\N	Georgia Harris	0484 196 764	t	2024-04-10 14:32:35+10
61	Benjamin	O'Connor	1999-10-27	6408244661	5	0449 722 593	benjaminoconnor99@gmail.com	25/64 Wattle Ave	Coburg	VIC	3058	BRU	\N	Kylie O'Connor	0416 641 802	t	2022-03-26 20:18:01+11
62	Hannah	Papadopoulos	1966-06-16	6187940451	4	0489 717 508	hannah_papa1966@gmail.com	166 Sydney Rd	Abbotsford	VIC	3067	RIC	ahm	Liam Papadopoulos	0405 768 444	f	2022-02-08 22:46:10+11
63	Brett	Murphy	1960-03-05	5315204241	4	0417 244 312	brettmurphy60@bigpond.com	177 Carrington Rd	Parramatta	NSW	2150	PAR	ahm	Hannah Murphy	0429 279 693	t	2023-01-26 22:45:46+11
64	Lucas	White	1958-10-09	3823597182	5	0421 001 324	lucas.white@icloud.com	137 Glenferrie Rd	Chatswood	NSW	2067	CHA	HCF	Lily White	0478 058 346	t	2021-10-27 17:58:39+11
65	Matilda	O'Brien	1968-02-21	4376714402	2	0406 345 077	matilda.obrien@iinet.net.au	33/146 Victoria St	Coogee	NSW	2034	BJN	\N	Benjamin O'Brien	0401 377 820	t	2023-05-08 19:52:49+10
66	Amelia	Kaur	1989-02-12	2974663091	1	0420 427 055	ameliakaur89@bigpond.com	17/183 Victoria St	Bondi	NSW	2026	BJN	Medibank	Patricia Kaur	0468 458 144	t	2019-03-28 09:24:45+11
67	Graham	Nikolaidis	1955-07-26	4966995084	3	0433 862 973	graham_niko1955@outlook.com	9/116 Lennox St	Northcote	VIC	3070	BRU	ahm	Arjun Nikolaidis	0458 137 886	t	2021-10-28 06:12:30+11
68	Aisha	Jones	1970-08-24	2602806082	1	(03) 8576 4530	aisha_jone1970@gmail.com	88 Whitehorse Rd	Richmond	VIC	3121	RIC	Teachers Health	Georgia Jones	0470 308 016	f	2021-07-08 23:58:42+10
69	Sarah	Nguyen	2000-10-13	2014750701	2	0482 011 686	sarah.nguyen@outlook.com	25/127 Mary St	Coogee	NSW	2034	BJN	Medibank	Charlotte Walker	0474 537 743	t	2021-02-08 03:02:05+11
70	Grace	Huang	1979-03-11	6160155751	3	0408 848 946	grace.huang@gmail.com	22/166 High St	Waverley	NSW	2024	BJN	\N	Harrison O'Connor	0461 503 713	t	2020-06-12 20:07:20+10
71	Hannah	Le	1951-02-23	6495485184	4	0474 554 063	hannah.le@bigpond.net.au	228 Bridge Rd	Coburg	VIC	3058	BRU	ahm	Olivia Le	0417 867 701	t	2020-11-10 00:02:55+11
72	Graham	Williams	1965-11-02	4839086971	5	(02) 8624 6290	gwilliams232@gmail.com	76 Union St	Chatswood	NSW	2067	CHA	Teachers Health	Graham Williams	0493 814 866	f	2022-05-26 08:29:40+10
73	Liam	Jones	1984-10-03	4562429841	3	0416 535 277	ljones812@bigpond.net.au	40 Grey St	Merrylands	NSW	2160	PAR	Bupa	Lily Jones	0455 041 691	t	2022-01-14 02:31:33+11
74	Ruby	Nikolaidis	1944-03-12	\N	\N	0442 841 208	rubynikolaidis11@iinet.net.au	28 Mary St	Lane Cove	NSW	2066	CHA	\N	Ruby Nikolaidis	0465 099 277	t	2020-10-21 18:46:45+11
75	Eleni	Campbell	1944-12-25	4904894191	2	0437 709 117	eleni.campbell@gmail.com	219 Macquarie St	Doncaster	VIC	3108	BOX	Bupa	Georgia Singh	0435 460 315	t	2021-12-28 21:29:47+11
76	Craig	Murphy	1974-07-28	4385638414	4	0418 220 634	craig_murp1974@gmail.com	23/177 Elgar Rd	Epping	NSW	2121	PAR	Teachers Health	Leanne Murphy	0484 093 281	t	2023-10-25 10:35:50+11
77	Samuel	Wilson	1957-04-16	3307686431	3	0480 284 028	samuel.wilson@iinet.net.au	185 Bellevue Ave	Bondi Junction	NSW	2022	BJN	Bupa	Stephen Wilson	0492 537 739	t	2020-08-15 05:42:03+10
78	Georgia	Thompson	1947-09-02	\N	\N	0454 981 952	gthompson27@gmail.com	29/177 Rutland St	Lane Cove	NSW	2066	CHA	ahm	Michelle Singh	0479 996 049	t	2021-10-23 10:00:34+11
79	Arjun	Williams	1979-05-01	6505277624	5	0422 062 020	awilliams883@iinet.net.au	178 Oxford St	Coburg	VIC	3058	BRU	Bupa	Chloe Williams	0487 243 714	t	2022-01-09 18:48:47+11
80	Grace	Henderson	1962-06-30	4212435671	5	0406 689 555	\N	208 Ebley St	Parramatta	NSW	2150	PAR	Australian Unity	Fatima Henderson	0404 544 163	t	2021-02-15 09:34:07+11
81	Peter	Murphy	1958-08-07	\N	\N	0491 804 126	peter_murp1958@gmail.com	30 Elgar Rd	Hawthorn	VIC	3122	RIC	Bupa	Michelle Singh	0437 988 816	t	2024-07-30 07:41:50+10
82	Craig	O'Brien	1952-05-20	3111956533	4	0464 282 725	cobrien578@optusnet.com.au	206 Carrington Rd	Burwood	VIC	3125	BOX	Australian Unity	Margaret O'Brien	0434 709 168	t	2023-08-17 04:24:57+10
83	Rahul	Hughes	1994-10-30	4111425084	3	(03) 8247 4054	rahulhughes28@bigpond.com	191 Union St	Mont Albert	VIC	3127	BOX	Bupa	Grace Hughes	0441 734 583	f	2023-07-30 10:06:05+10
84	Olivia	O'Brien	1941-12-22	5638896214	3	0487 670 305	olivia.obrien@gmail.com	36/154 Kent St	Abbotsford	VIC	3067	RIC	Medibank	Lily Lee	0432 977 358	t	2020-07-19 12:11:30+10
85	Kylie	Martin	1990-02-15	2766683001	5	0420 344 995	kylie.martin@bigpond.net.au	213 Lennox St	Willoughby	NSW	2068	CHA	HCF	Mei Martin	0488 716 411	t	2024-04-19 02:30:27+10
86	Deborah	Pham	2002-03-20	4153891922	3	0415 008 380	deborah.pham@yahoo.com.au	1/129 Mary St	Chatswood	NSW	2067	CHA	Medibank	Thomas O'Connor	0497 449 799	t	2023-03-18 04:28:58+11
87	Benjamin	Walker	1998-12-07	2442021491	2	0459 275 282	benjaminwalker98@hotmail.com	82 Boundary Rd	Artarmon	NSW	2064	CHA	Bupa	Shane Walker	0455 882 959	t	2023-10-03 10:26:31+11
88	Minh	Pham	1991-06-04	6649383384	4	(03) 9106 5401	mpham665@hotmail.com	188 Lygon St	Richmond	VIC	3121	RIC	Teachers Health	Lachlan Robinson	0440 246 147	f	2019-05-13 12:55:21+10
89	Benjamin	Tran	1953-01-09	5682823022	1	0460 870 598	benjamin.tran@gmail.com	163 Burke Rd	Abbotsford	VIC	3067	RIC	\N	Noah Tran	0466 481 360	t	2022-06-11 20:56:30+10
90	Kylie	Sullivan	1960-01-17	6434226502	1	0426 070 748	kylie_sull1960@gmail.com	131 Help St	Coburg	VIC	3058	BRU	Teachers Health	Michelle Taylor	0489 218 598	f	2020-01-02 00:54:41+11
91	Lily	Ahmed	1969-07-05	2533375952	1	0469 408 133	lily.ahmed@bigpond.com	15 Ebley St	Blackburn	VIC	3130	BOX	HBF	Thomas Ahmed	0443 593 090	t	2022-03-05 21:59:28+11
92	Stephen	Walker	1962-12-21	4807439702	1	0407 849 722	stephen.walker@bigpond.net.au	160 Oxford St	Lane Cove	NSW	2066	CHA	Bupa	Daniel Walker	0423 993 702	t	2020-02-02 11:07:03+11
93	Emily	Russo	1999-02-11	5852469161	3	0447 275 886	emilyrusso99@bigpond.com	1/193 Lennox St	Fitzroy North	VIC	3068	BRU	\N	Karen Russo	0498 153 113	t	2023-11-08 01:22:35+11
94	Matilda	Brown	1950-08-25	4284875794	1	0478 814 716	matilda.brown@icloud.com	165 Marsden St	Fitzroy North	VIC	3068	BRU	Bupa	Graham Campbell	0463 028 879	t	2024-09-04 10:56:13+10
95	Michelle	Nguyen	1968-03-12	4684561864	5	0429 657 870	michellenguyen88@gmail.com	1 Ebley St	Merrylands	NSW	2160	PAR	ahm	Jack Nguyen	0437 378 942	t	2021-10-15 00:36:18+11
96	Sophie	Martin	1998-02-11	3639974381	1	0402 328 013	sophie.martin@tpg.com.au	13/71 Elgar Rd	Epping	NSW	2121	CHA	ahm	Liam Martin	0468 543 916	t	2021-06-21 08:06:07+10
97	Jessica	Papadopoulos	1997-06-17	4639379292	4	0469 748 174	jessica.papadopoulos@optusnet.com.au	17/97 Mary St	Bondi Junction	NSW	2022	BJN	Bupa	Thomas Papadopoulos	0439 194 966	t	2023-12-12 17:05:22+11
98	Ethan	Anderson	2008-05-11	3300346632	3	0443 230 931	eanderson934@gmail.com	5/158 Macquarie St	North Parramatta	NSW	2151	PAR	HCF	Patricia Anderson	0449 404 772	t	2023-07-28 21:50:31+10
99	Minh	Sullivan	1949-10-02	3296331501	3	0457 817 734	minh.sullivan@yahoo.com.au	22/60 Marsden St	Westmead	NSW	2145	PAR	Teachers Health	Mohammed Morrison	0447 187 817	t	2024-01-25 19:03:06+11
100	Liam	Hughes	1997-07-16	3237056733	2	0487 493 556	liamhughes93@optusnet.com.au	26 Grey St	Epping	NSW	2121	CHA	HBF	Benjamin Kaur	0417 711 619	t	2020-01-06 15:50:31+11
101	Matthew	Fraser	1981-09-01	\N	\N	0421 764 430	matthew.fraser@gmail.com	9 Park Rd	Merrylands	NSW	2160	PAR	nib	Patricia Fraser	0493 142 101	t	2024-08-18 19:48:51+10
102	Charlotte	Brown	2000-01-23	3314851693	3	0428 635 601	charlottebrown00@gmail.com	173 Bridge Rd	Lane Cove	NSW	2066	CHA	Teachers Health	Grace Brown	0442 493 190	t	2022-12-21 16:26:22+11
103	Olivia	Patel	1960-07-31	3652671993	4	0408 782 777	olivia_pate1960@bigpond.net.au	12/132 Union St	Epping	NSW	2121	CHA	Medibank	Giulia Lee	0468 081 075	t	2020-09-03 17:46:17+10
104	Grace	Campbell	1976-05-18	2747406912	1	0422 943 242	grace_camp1976@gmail.com	25/64 Park Rd	Lane Cove	NSW	2066	CHA	Bupa	Grace Campbell	0418 290 859	f	2024-07-28 10:14:24+10
105	Riley	Ahmed	1959-11-20	6664442393	2	0419 913 530	riley.ahmed@gmail.com	111 Rutland St	Cremorne	VIC	3121	RIC	Bupa	Graham Ahmed	0478 296 439	t	2022-11-30 18:03:05+11
106	Liam	Robinson	1997-07-18	5830956334	1	0433 350 730	liam.robinson@gmail.com	76 Park Rd	Brunswick West	VIC	3055	BRU	HCF	Oliver Robinson	0469 834 749	t	2021-11-03 20:30:53+11
107	Marco	Clarke	1962-01-18	2114247014	5	0420 542 917	marcoclarke30@hotmail.com	5/212 Victoria Rd	Westmead	NSW	2145	PAR	Medibank	Amelia Clarke	0487 929 964	t	2022-12-16 13:32:08+11
108	Sarah	Robinson	1941-07-31	2294946461	2	0474 536 404	sarah.robinson@optusnet.com.au	43 Whitehorse Rd	Cremorne	VIC	3121	RIC	HCF	Daniel Hughes	0456 097 917	t	2019-08-28 17:10:34+10
109	Darren	O'Brien	1987-05-31	3983893721	4	0492 557 667	darren.obrien@gmail.com	79 Victoria St	Richmond	VIC	3121	RIC	HCF	Minh O'Brien	0453 748 414	t	2022-11-12 15:53:46+11
110	Grace	Huang	1966-02-03	5071766281	2	0409 102 831	gracehuang60@gmail.com	65 Whitehorse Rd	Doncaster	VIC	3108	BOX	HBF	Daniel Huang	0415 065 846	t	2020-04-01 05:02:52+10
111	Patricia	Le	1967-02-26	4246291351	5	0406 067 243	patriciale31@gmail.com	2/60 Kent St	Randwick	NSW	2031	BJN	ahm	Georgia Le	0451 523 773	t	2021-07-11 23:40:42+10
112	Mei	Taylor	1966-07-27	4070048743	3	(03) 9528 1991	mei_tayl1966@gmail.com	208 Park Rd	Fitzroy North	VIC	3068	BRU	Australian Unity	Minh Taylor	0418 092 268	f	2021-04-01 14:19:07+10
113	Grace	Campbell	1982-04-24	3072036292	2	0499 369 708	grace_camp1982@outlook.com	20 Bronte Rd	Chatswood	NSW	2067	CHA	ahm	Stephen Campbell	0410 699 751	t	2020-10-26 11:22:49+11
114	Olivia	Evans	1980-10-23	6356505132	4	0466 678 898	oevans162@gmail.com	134 Sydney Rd	Brunswick	VIC	3056	BRU	HBF	Ethan Evans	0478 720 021	t	2020-02-05 21:01:54+11
115	Cooper	Stewart	2005-11-28	2522860322	1	0481 361 351	cooper_stew2005@gmail.com	250 Pacific Hwy	Brunswick	VIC	3056	BRU	Australian Unity	Craig Stewart	0402 556 808	t	2021-09-23 10:04:03+10
116	Henry	Sullivan	1941-03-04	3763308661	1	0477 158 303	henry.sullivan@outlook.com	6 Elgar Rd	Richmond	VIC	3121	RIC	\N	Georgia Thompson	0404 866 921	f	2021-09-16 14:05:49+10
117	Hannah	Ahmed	1979-05-27	3677682892	4	(02) 8734 8448	hannahahmed39@yahoo.com.au	115 Banksia Cres	Willoughby	NSW	2068	CHA	\N	Lily King	0479 200 143	f	2019-08-28 12:52:45+10
118	Matilda	Lee	1999-02-10	6243570122	4	0427 522 246	matildalee99@gmail.com	178 Church St	Coogee	NSW	2034	BJN	Medibank	Lucas Lee	0465 234 563	t	2022-10-18 21:01:40+11
119	Arjun	Kaur	2009-06-16	4666508094	4	0433 686 996	arjunkaur09@gmail.com	62 Ebley St	Mont Albert	VIC	3127	BOX	nib	Cooper Kaur	0446 883 479	t	2024-05-23 12:34:32+10
120	Minh	Harris	2008-11-21	3743495692	3	(03) 8408 4025	minh.harris@hotmail.com	190 Victoria St	Camberwell	VIC	3124	BOX	HCF	Mohammed Harris	0427 310 441	f	2024-05-04 00:04:15+10
121	Graham	Henderson	1940-01-15	2416710232	2	0440 430 664	grahamhenderson40@gmail.com	6/28 Grey St	Chatswood	NSW	2067	CHA	Medibank	Brett Jones	0430 087 448	t	2023-05-07 17:14:39+10
122	Chloe	Kelly	1961-07-07	5962350641	2	0435 440 518	chloe.kelly@outlook.com	28/193 Park Rd	Chatswood	NSW	2067	CHA	HCF	Wei Kelly	0418 245 028	t	2024-04-24 15:30:21+10
123	Linh	Mitchell	1942-06-10	5797973851	5	(03) 9150 3548	lmitchell526@gmail.com	6/165 Sydney Rd	Burwood	VIC	3125	BOX	Bupa	Noah Mitchell	0416 388 669	f	2021-10-30 09:29:26+11
124	Mei	Martin	1964-07-08	2386041461	4	0473 220 498	mei.martin@tpg.com.au	4/130 George St	Blackburn	VIC	3130	BOX	nib	William McDonald	0410 928 657	t	2022-09-13 16:17:20+10
125	Lucas	White	1977-10-01	2918782301	4	0436 697 523	lwhite114@hotmail.com	14/35 Banksia Cres	Northcote	VIC	3070	BRU	Teachers Health	Harrison White	0466 790 906	t	2019-06-12 18:59:21+10
126	Marco	Taylor	1998-10-21	6314889582	2	0492 653 149	marcotaylor98@bigpond.net.au	17/159 Union St	Northcote	VIC	3070	BRU	HBF	Jessica Taylor	0415 607 858	t	2022-06-25 03:43:07+10
127	Zoe	Jones	2003-04-20	2540664071	3	0409 957 160	zoe_jone2003@icloud.com	12/148 Ebley St	North Parramatta	NSW	2151	PAR	\N	Ava Jones	0406 330 784	t	2020-05-02 06:00:51+10
128	Leanne	Evans	1945-03-12	3098425491	1	0492 269 812	levans400@optusnet.com.au	186 George St	Coogee	NSW	2034	BJN	Bupa	Amelia Evans	0460 391 269	t	2024-04-14 22:24:46+10
129	Liam	Jones	1996-12-17	6287608121	4	0449 980 091	liamjones96@iinet.net.au	21 Park Rd	Blackburn	VIC	3130	BOX	ahm	James Jones	0467 723 391	t	2020-06-27 02:34:41+10
130	Nikos	Ryan	1960-03-05	4190233484	2	0491 127 824	nikos.ryan@gmail.com	39/61 Marsden St	Willoughby	NSW	2068	CHA	HBF	Brett Ryan	0437 599 433	t	2019-05-02 15:00:56+10
131	Stephen	Papadopoulos	1956-08-30	4414125104	2	0467 632 219	spapadopoulos394@bigpond.com	214 Macquarie St	Abbotsford	VIC	3067	RIC	\N	Riley Papadopoulos	0445 471 624	t	2024-08-13 12:55:11+10
132	Peter	Doyle	1995-09-02	6942101521	2	0403 964 280	peter.doyle@optusnet.com.au	240 Macquarie St	Brunswick West	VIC	3055	BRU	\N	Jack Smith	0445 469 552	t	2020-04-10 07:52:17+10
133	Karen	Martin	1948-09-15	5139503331	3	0473 097 645	karen.martin@gmail.com	6/73 Macquarie St	Camberwell	VIC	3124	BOX	HBF	Stephen Martin	0402 744 214	t	2023-08-22 23:02:28+10
134	Giulia	Walker	1960-05-10	3109470392	3	0456 729 702	giulia.walker@gmail.com	221 Oxford St	Hawthorn	VIC	3122	RIC	nib	Thomas Walker	0471 501 135	t	2024-03-26 02:01:01+11
135	Deborah	Williams	1993-05-21	6030892424	2	0424 922 387	dwilliams733@outlook.com	28/17 Church St	Abbotsford	VIC	3067	RIC	Medibank	Priya Williams	0432 165 710	t	2019-02-04 14:00:11+11
136	Olivia	Nguyen	1972-03-19	4752042771	2	0432 267 074	onguyen382@icloud.com	21/249 Glenferrie Rd	Epping	NSW	2121	PAR	ahm	Thomas Nguyen	0441 125 908	t	2019-05-06 00:47:45+10
137	Fatima	Costa	1981-12-11	3966551761	3	0496 789 554	fatima.costa@yahoo.com.au	40 Marsden St	Randwick	NSW	2031	BJN	ahm	Wei Costa	0410 347 079	t	2020-12-29 06:03:06+11
138	Amelia	Wang	1955-04-10	6924880141	3	0418 105 874	ameliawang55@outlook.com	235 Elgar Rd	Coogee	NSW	2034	BJN	Teachers Health	Chloe Wang	0425 103 248	t	2020-05-21 08:42:22+10
139	Ruby	Ryan	1988-03-29	6378385711	5	0491 003 885	rubyryan88@yahoo.com.au	4/77 Whitehorse Rd	Harris Park	NSW	2150	PAR	Medibank	Priya Ryan	0483 445 578	t	2023-03-29 21:54:12+11
140	Grace	Campbell	1978-07-30	2853872561	5	0414 121 963	gracecampbell78@tpg.com.au	58 Station St	Brunswick West	VIC	3055	BRU	Australian Unity	Grace Campbell	0426 603 558	t	2022-05-29 09:03:32+10
141	Oliver	White	1942-09-04	3157982921	3	0421 094 001	owhite325@bigpond.com	25/43 Mary St	Brunswick West	VIC	3055	BRU	Australian Unity	Patricia White	0465 641 865	t	2023-01-23 20:24:27+11
142	Stephen	Williams	1944-02-03	2406159522	4	0457 582 627	stephenwilliams58@tpg.com.au	183 Lennox St	Artarmon	NSW	2064	CHA	Medibank	Stephen Williams	0421 257 841	t	2023-11-08 19:36:42+11
143	Wei	Johnson	1967-03-08	2159250172	5	(03) 9285 2717	weijohnson67@bigpond.com	12/117 Whitehorse Rd	Coburg	VIC	3058	BRU	\N	Kylie King	0460 458 692	f	2023-03-31 07:53:09+11
144	Lily	Smith	1976-01-24	6782122483	5	0469 879 716	lilysmith76@optusnet.com.au	157 Ebley St	Bondi	NSW	2026	BJN	nib	Jessica Smith	0464 254 554	t	2021-05-02 18:55:48+10
145	Daniel	Anderson	1989-08-09	3095966282	1	0413 386 707	danielanderson89@optusnet.com.au	201 Victoria Rd	Coburg	VIC	3058	BRU	Teachers Health	Matilda Anderson	0408 846 036	t	2020-06-23 01:50:38+10
146	Stephen	Russo	1985-12-04	5523715331	5	0482 431 495	stephenrusso85@gmail.com	168 Union St	Coogee	NSW	2034	BJN	Australian Unity	Michelle Russo	0483 880 593	t	2020-08-31 18:04:41+10
147	Minh	Clarke	1966-05-09	2598289741	3	0430 596 691	minh.clarke@icloud.com	95 Sydney Rd	Coogee	NSW	2034	BJN	HCF	Deborah Clarke	0497 945 003	f	2021-01-22 00:02:59+11
148	Nikos	McDonald	1971-10-05	5837293492	3	(02) 9060 6287	nikos.mcdonald@yahoo.com.au	20/168 Station St	Epping	NSW	2121	PAR	\N	Leanne Costa	0409 850 693	f	2020-11-30 06:34:00+11
149	Stephen	Bianchi	1947-03-09	5432682551	2	0407 771 260	sbianchi7@yahoo.com.au	29/244 Park Rd	Bondi	NSW	2026	BJN	\N	Ruby Sullivan	0463 786 769	t	2020-01-29 22:48:35+11
150	Liam	Nguyen	1967-04-18	2329619442	2	0477 469 657	lnguyen921@optusnet.com.au	225 Marsden St	Fitzroy North	VIC	3068	BRU	HBF	Shane Nguyen	0436 723 314	t	2022-11-20 03:25:00+11
151	Amelia	Costa	1952-06-08	5395775691	5	0486 092 894	amelia.costa@hotmail.com	1/37 Park Rd	Artarmon	NSW	2064	CHA	Medibank	Nikos Costa	0486 266 038	t	2022-10-06 21:46:17+11
152	Hannah	Williams	2001-07-06	5479974501	5	0405 342 767	hannahwilliams01@tpg.com.au	214 Oxford St	Epping	NSW	2121	PAR	Teachers Health	Isla Williams	0432 772 121	t	2021-06-19 14:41:36+10
153	Deborah	Morrison	1941-11-04	4181996192	3	0455 738 405	deborahmorrison41@hotmail.com	189 Bridge Rd	Brunswick	VIC	3056	BRU	Teachers Health	Sarah Morrison	0482 632 002	t	2021-09-21 11:53:13+10
154	Deborah	Harris	1946-11-21	3417444632	3	0444 178 279	deborah_harr1946@outlook.com	119 Victoria St	Bondi	NSW	2026	BJN	Medibank	Arjun Kaur	0444 342 742	t	2023-10-28 19:13:34+11
155	Priya	Martin	1960-02-02	\N	\N	0471 442 943	pmartin650@bigpond.net.au	9/38 Bronte Rd	Harris Park	NSW	2150	PAR	Australian Unity	Matthew Martin	0430 785 368	f	2019-09-18 13:21:57+10
156	Marco	Robinson	2001-02-05	5693335821	2	(02) 9151 4636	mrobinson835@outlook.com	8/2 Bronte Rd	Parramatta	NSW	2150	PAR	nib	Patricia Robinson	0402 652 819	f	2022-03-19 09:49:26+11
157	Lachlan	Kaur	1990-09-02	3286773801	5	(03) 9619 7298	lachlan.kaur@bigpond.com	219 High St	Hawthorn	VIC	3122	RIC	ahm	Samuel Kaur	0471 007 532	f	2023-09-07 22:49:11+10
158	Aisha	Walker	2008-10-09	3571700762	3	0479 774 523	aisha.walker@yahoo.com.au	16/3 Banksia Cres	Westmead	NSW	2145	PAR	\N	Matthew Walker	0410 965 426	t	2024-04-16 05:21:31+10
159	Benjamin	King	1995-09-11	2617722521	4	0403 967 395	benjamin_king1995@gmail.com	146 Elgar Rd	Abbotsford	VIC	3067	RIC	\N	Jack King	0492 110 668	t	2022-05-29 09:42:16+10
160	Isla	Tran	1991-05-26	3654066572	4	0492 730 873	isla.tran@gmail.com	223 Marsden St	Willoughby	NSW	2068	CHA	\N	Liam Tran	0434 310 883	t	2022-08-09 08:50:54+10
161	Harrison	White	1957-03-09	6863425402	1	0401 969 729	\N	10/192 Ebley St	Brunswick West	VIC	3055	BRU	\N	Sarah White	0433 165 961	t	2020-10-18 23:24:28+11
162	Olivia	Singh	1991-01-04	3874722451	5	(03) 8850 7428	osingh25@bigpond.net.au	165 Kent St	Mont Albert	VIC	3127	BOX	HBF	Fatima Singh	0426 243 283	f	2021-02-25 14:02:43+11
163	Georgia	Sullivan	1940-11-09	5244395911	3	(02) 9467 2174	georgia.sullivan@tpg.com.au	174 Kent St	Coogee	NSW	2034	BJN	nib	Chloe Sullivan	0469 833 797	f	2024-01-11 18:59:44+11
164	Grace	Johnson	1938-09-20	3265085322	2	0468 065 300	grace.johnson@hotmail.com	12 Boundary Rd	North Parramatta	NSW	2151	PAR	nib	Ava Kelly	0477 849 271	t	2022-09-09 00:52:38+10
165	Lachlan	Thompson	1940-05-03	4798600331	5	0479 134 854	lachlanthompson40@gmail.com	19 Carrington Rd	Cremorne	VIC	3121	RIC	Australian Unity	Ethan Chen	0482 952 199	t	2020-04-17 05:58:11+10
166	Ruby	Singh	1992-10-07	6817856503	1	0409 984 734	ruby.singh@bigpond.com	250 Grey St	Northcote	VIC	3070	BRU	Australian Unity	Harrison Campbell	0428 333 387	f	2021-08-19 16:13:01+10
167	Zoe	O'Connor	2003-01-11	5896293154	3	0498 387 909	zoe.oconnor@optusnet.com.au	106 Wattle Ave	Chatswood	NSW	2067	CHA	HCF	Marco Wilson	0441 903 233	f	2020-10-19 17:32:59+11
168	Grace	Mitchell	1969-12-09	5831964311	1	0464 102 160	grace.mitchell@icloud.com	232 High St	Abbotsford	VIC	3067	RIC	Teachers Health	Lily Mitchell	0411 275 933	t	2020-07-04 09:21:31+10
169	Emily	Baxter	1976-06-13	6209262891	4	0423 812 517	emilybaxter89@gmail.com	64 Swan St	Brunswick West	VIC	3055	BRU	nib	Charlotte Baxter	0408 279 250	t	2023-01-28 07:36:54+11
170	Stephen	Hughes	1993-01-05	3747062704	3	0462 178 827	shughes333@bigpond.com	21/107 Union St	Chatswood	NSW	2067	CHA	Medibank	Minh Hughes	0461 345 670	t	2021-02-09 12:44:10+11
171	Riley	Kaur	1984-10-06	5110612171	4	0488 663 739	riley_kaur1984@gmail.com	96 Boundary Rd	Brunswick West	VIC	3055	BRU	Medibank	Samuel Bianchi	0415 199 181	t	2020-10-21 07:25:56+11
172	Deborah	Morrison	1942-10-18	5924984671	1	(03) 9963 8089	\N	6/58 Victoria Rd	Abbotsford	VIC	3067	RIC	\N	Arjun Morrison	0478 871 080	f	2020-06-25 13:42:50+10
173	Hannah	Stewart	1962-05-13	3007780612	3	0474 661 138	hstewart528@gmail.com	114 Bronte Rd	Surrey Hills	VIC	3127	BOX	\N	Minh Ahmed	0451 531 440	t	2023-09-24 03:43:42+10
174	Eleni	McDonald	1977-03-26	6663253011	3	(02) 8588 1774	elenimcdonald77@gmail.com	207 Whitehorse Rd	Epping	NSW	2121	PAR	Teachers Health	Charlotte McDonald	0403 042 559	f	2023-02-15 08:20:58+11
175	Nikos	Evans	1951-02-14	4199823512	1	0469 512 473	nikos_evan1951@iinet.net.au	19/171 Wattle Ave	Lane Cove	NSW	2066	CHA	\N	Craig Evans	0429 193 984	t	2021-07-03 01:20:06+10
176	James	Sullivan	2003-09-06	2922789321	4	0483 358 040	james.sullivan@bigpond.net.au	31/214 Rutland St	Epping	NSW	2121	PAR	Australian Unity	Chloe Sullivan	0464 476 429	f	2020-10-12 14:44:03+11
177	Ava	Robinson	1964-10-03	6212334612	2	0415 527 692	avarobinson64@bigpond.net.au	103 Bellevue Ave	Epping	NSW	2121	PAR	Bupa	Fatima Robinson	0472 677 358	t	2019-12-17 00:46:06+11
178	Arjun	O'Brien	1986-11-14	6184649204	2	0499 550 565	aobrien657@optusnet.com.au	142 Help St	Fitzroy North	VIC	3068	BRU	HCF	Eleni O'Brien	0481 600 321	t	2022-09-18 00:48:02+10
179	Nikos	White	1990-02-11	6566237891	5	0445 816 666	nwhite90@gmail.com	40 Bronte Rd	Surrey Hills	VIC	3127	BOX	Teachers Health	Benjamin Baxter	0444 620 660	t	2019-10-17 21:33:27+11
180	Shane	Jones	1974-05-28	3195913981	4	0481 077 335	shane_jone1974@optusnet.com.au	168 Union St	Parramatta	NSW	2150	PAR	Australian Unity	James Evans	0451 760 241	t	2024-08-08 04:11:11+10
\.


--
-- Data for Name: practitioners; Type: TABLE DATA; Schema: public; Owner: booking
--

COPY public.practitioners (id, name, ahpra_registration, email, system_role, clinic_code, started_on) FROM stdin;
1	Leanne Tran	PHY0002194260	leanne.tran@movewellphysio.com.au	practitioner	PAR	2017-07-21
2	Nikos Sullivan	PHY0002163334	nikos.sullivan@movewellphysio.com.au	senior_practitioner	CHA	2015-01-08
3	Ethan Ahmed	PHY0001105480	ethan.ahmed@movewellphysio.com.au	practitioner	BJN	2015-10-28
4	Oliver Pham	PHY0001051503	oliver.pham@movewellphysio.com.au	practitioner	RIC	2021-06-04
5	Peter Harris	PHY0001978931	peter.harris@movewellphysio.com.au	practitioner	BRU	2017-05-13
6	Craig Smith	PHY0001991258	craig.smith@movewellphysio.com.au	senior_practitioner	BOX	2016-05-14
7	Emily Wang	PHY0001649569	emily.wang@movewellphysio.com.au	practitioner	PAR	2022-10-22
8	Jack Smith	PHY0002017219	jack.smith@movewellphysio.com.au	practitioner	CHA	2016-03-03
9	Craig Baxter	PHY0002139598	craig.baxter@movewellphysio.com.au	senior_practitioner	BJN	2022-11-11
10	Samuel Walker	PHY0001915538	samuel.walker@movewellphysio.com.au	practitioner	RIC	2016-01-06
11	Thomas Hughes	PHY0001774594	thomas.hughes@movewellphysio.com.au	senior_practitioner	BRU	2017-01-26
12	James Stewart	PHY0001514740	james.stewart@movewellphysio.com.au	practitioner	BOX	2016-11-07
13	Liam Stewart	PHY0001405372	liam.stewart@movewellphysio.com.au	clinic_admin	\N	2020-01-07
14	Deborah Smith	PHY0001014673	deborah.smith@movewellphysio.com.au	clinic_admin	\N	2016-03-15
\.


--
-- Name: appointments_id_seq; Type: SEQUENCE SET; Schema: public; Owner: booking
--

SELECT pg_catalog.setval('public.appointments_id_seq', 5611, true);


--
-- Name: patients_id_seq; Type: SEQUENCE SET; Schema: public; Owner: booking
--

SELECT pg_catalog.setval('public.patients_id_seq', 180, true);


--
-- Name: practitioners_id_seq; Type: SEQUENCE SET; Schema: public; Owner: booking
--

SELECT pg_catalog.setval('public.practitioners_id_seq', 14, true);


--
-- Name: appointments appointments_pkey; Type: CONSTRAINT; Schema: public; Owner: booking
--

ALTER TABLE ONLY public.appointments
    ADD CONSTRAINT appointments_pkey PRIMARY KEY (id);


--
-- Name: invoices invoices_pkey; Type: CONSTRAINT; Schema: public; Owner: booking
--

ALTER TABLE ONLY public.invoices
    ADD CONSTRAINT invoices_pkey PRIMARY KEY (invoice_no);


--
-- Name: patients patients_pkey; Type: CONSTRAINT; Schema: public; Owner: booking
--

ALTER TABLE ONLY public.patients
    ADD CONSTRAINT patients_pkey PRIMARY KEY (id);


--
-- Name: practitioners practitioners_pkey; Type: CONSTRAINT; Schema: public; Owner: booking
--

ALTER TABLE ONLY public.practitioners
    ADD CONSTRAINT practitioners_pkey PRIMARY KEY (id);


--
-- Name: appointments_patient_starts_idx; Type: INDEX; Schema: public; Owner: booking
--

CREATE INDEX appointments_patient_starts_idx ON public.appointments USING btree (patient_id, starts_at);


--
-- Name: appointments appointments_patient_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: booking
--

ALTER TABLE ONLY public.appointments
    ADD CONSTRAINT appointments_patient_id_fkey FOREIGN KEY (patient_id) REFERENCES public.patients(id);


--
-- Name: appointments appointments_practitioner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: booking
--

ALTER TABLE ONLY public.appointments
    ADD CONSTRAINT appointments_practitioner_id_fkey FOREIGN KEY (practitioner_id) REFERENCES public.practitioners(id);


--
-- Name: invoices invoices_appointment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: booking
--

ALTER TABLE ONLY public.invoices
    ADD CONSTRAINT invoices_appointment_id_fkey FOREIGN KEY (appointment_id) REFERENCES public.appointments(id);


--
-- PostgreSQL database dump complete
--

