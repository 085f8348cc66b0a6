-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.40.2.17    Database: oms_marketplace
-- ------------------------------------------------------
-- Server version	8.0.36-0ubuntu0.22.04.1

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `sellers`
--

DROP TABLE IF EXISTS `sellers`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `sellers` (
  `seller_id` int unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` varchar(16) DEFAULT NULL,
  `business_name` varchar(120) NOT NULL,
  `proprietor_name` varchar(100) NOT NULL,
  `email` varchar(150) NOT NULL,
  `mobile` varchar(15) NOT NULL,
  `gstin` char(15) DEFAULT NULL,
  `pan` char(10) NOT NULL,
  `pickup_address` varchar(255) DEFAULT NULL,
  `pickup_city` varchar(60) DEFAULT NULL,
  `pickup_state` varchar(60) DEFAULT NULL,
  `pickup_pincode` char(6) DEFAULT NULL,
  `status` enum('active','on_hold','suspended') NOT NULL DEFAULT 'active',
  `commission_pct` decimal(5,2) NOT NULL DEFAULT '10.00',
  `onboarded_at` datetime NOT NULL,
  PRIMARY KEY (`seller_id`),
  UNIQUE KEY `uk_sellers_gstin` (`gstin`),
  KEY `idx_sellers_customer` (`customer_id`)
) ENGINE=InnoDB AUTO_INCREMENT=119 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `sellers`
--

LOCK TABLES `sellers` WRITE;
/*!40000 ALTER TABLE `sellers` DISABLE KEYS */;
INSERT INTO `sellers` VALUES (101,'CUS-10004212','Shree Ganesh Textiles','Vivek Mishra','vivek.mishra@gmail.com','8201434542','09NOBPM1215T2Z7','NOBPM1215T','Shop No. 16, Sector 18','Noida','Uttar Pradesh','201361','active','8.50','2023-06-16 12:53:32'),(102,'CUS-10004251','Maa Durga Handicrafts','Swati Saxena','swati.saxena@hotmail.com','8110468685','06RAOPS4455H2ZS','RAOPS4455H','Shop No. 51, Sector 56','Gurugram','Haryana','122014','active','10.00','2023-05-29 09:10:01'),(103,'CUS-10004291','Krishna Kitchenware','Arjun Agarwal','arjun.agarwal@gmail.com','6721792582','23GTSPA2091J2ZH','GTSPA2091J','Shop No. 24, MP Nagar Zone 2','Bhopal','Madhya Pradesh','462074','active','12.00','2022-07-29 05:16:33'),(104,'CUS-10004330','Balaji Mobile Accessories','Rohan Nair','rohan_n@rediffmail.com','8852652864','29IEQPN4410L1ZT','IEQPN4410L','Shop No. 42, Indiranagar','Bengaluru','Karnataka','560048','active','15.00','2021-09-15 10:02:35'),(105,'CUS-10004376','Laxmi Saree Centre','Vivek Verma','vivek.verma@gmail.com','9828148876','10BPUPV0393S2ZV','BPUPV0393S','Shop No. 47, Boring Road','Patna','Bihar','800038','active','15.00','2023-11-07 22:28:19'),(106,'CUS-10004395','Om Sai Electronics','Karthik Nair','karthik1977@yahoo.com','6871814201','27CHUPN6341E2ZX','CHUPN6341E','Shop No. 49, Dadar','Mumbai','Maharashtra','400028','active','10.00','2020-11-12 19:01:49'),(107,'CUS-10004437','Annapurna Spices','Rajesh Jain','rajeshjain72@yahoo.co.in','9059736661','09WVLPJ7650C1ZU','WVLPJ7650C','Shop No. 18, Hazratganj','Lucknow','Uttar Pradesh','226049','on_hold','12.00','2021-11-29 11:27:31'),(108,'CUS-10004490','Royal Leather Works','Sourav Reddy','sourav_r@rediffmail.com','9626825487','24YJKPR0696F2ZA','YJKPR0696F','Shop No. 16, Bopal','Ahmedabad','Gujarat','380055','active','8.50','2022-01-02 15:32:52'),(109,'CUS-10004517','Jai Hind Toys','Subhash Naidu','snaidu@gmail.com','9899777817','24KBXPN6760X1ZV','KBXPN6760X','Shop No. 10, Satellite','Ahmedabad','Gujarat','380010','active','12.00','2021-04-12 10:12:38'),(110,'CUS-10004554','Kaveri Silks','Ritu Singh','ritusingh76@gmail.com','9725275892','23UCQPS9879I2ZY','UCQPS9879I','Shop No. 60, Rau','Indore','Madhya Pradesh','452025','active','8.50','2023-04-09 15:09:54'),(111,'CUS-10004597','Nilgiri Tea Traders','Sneha Iyer','sneha.iyer@gmail.com','9425245248','33IAUPI2903O2Z4','IAUPI2903O','Shop No. 13, Anna Nagar West','Chennai','Tamil Nadu','600096','active','8.50','2020-07-07 17:36:19'),(112,'CUS-10004625','Sagar Footwear','Rahul Dubey','rahul.dubey@gmail.com','8249721246','23LFAPD2224K2ZR','LFAPD2224K','Shop No. 51, MP Nagar Zone 2','Bhopal','Madhya Pradesh','462035','active','15.00','2020-01-26 08:07:12'),(113,NULL,'Vedic Herbals','Harish Mishra','harish.mishra27@gmail.com','9254287051','09FDLPM3177D2Z8','FDLPM3177D','Shop No. 14, Indira Nagar','Lucknow','Uttar Pradesh','226015','suspended','15.00','2023-04-19 08:28:19'),(114,NULL,'Patel Brass Emporium','Sanjay Chauhan','patelbrass.gurugram@gmail.com','6884335333','06WZXPC4928A2ZR','WZXPC4928A','Shop No. 31, Sohna Road','Gurugram','Haryana','122095','active','8.50','2020-12-04 23:55:20'),(115,NULL,'Chennai Cotton House','Nikhil Shah','nikhil.shah7@gmail.com','7683281056','32OZBPS6935Z2ZS','OZBPS6935Z','Shop No. 49, Kakkanad','Kochi','Kerala','682040','active','10.00','2023-11-19 05:53:39'),(116,NULL,'Sunrise Stationers','Joseph Naidu','joseph.naidu7@gmail.com','8859186415','36MVCPN7548L2ZN','MVCPN7548L','Shop No. 37, Gachibowli','Hyderabad','Telangana','500088','on_hold','12.00','2021-03-26 11:04:10'),(117,NULL,'Aarav Home Decor','Sreeja Naidu','aaravhome.bengaluru@gmail.com','9312614929','29KQIPN0839I2Z6','KQIPN0839I','Shop No. 33, Whitefield','Bengaluru','Karnataka','560064','active','8.50','2021-03-06 01:36:17'),(118,NULL,'Kashi Carpets','Kavita Chauhan','kashicarpets.bhopal@gmail.com','9985837454','23YMZPC3591Z2Z1','YMZPC3591Z','Shop No. 58, Arera Colony','Bhopal','Madhya Pradesh','462066','active','15.00','2020-01-18 00:34:22');
/*!40000 ALTER TABLE `sellers` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `seller_bank_accounts`
--

DROP TABLE IF EXISTS `seller_bank_accounts`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `seller_bank_accounts` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `seller_id` int unsigned NOT NULL,
  `account_holder_name` varchar(100) NOT NULL,
  `account_number` varchar(20) NOT NULL,
  `ifsc` char(11) NOT NULL,
  `bank_name` varchar(60) DEFAULT NULL,
  `branch` varchar(100) DEFAULT NULL,
  `penny_drop_ref` varchar(20) DEFAULT NULL,
  `is_verified` tinyint(1) NOT NULL DEFAULT '0',
  `created_at` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `fk_sba_seller` (`seller_id`),
  CONSTRAINT `fk_sba_seller` FOREIGN KEY (`seller_id`) REFERENCES `sellers` (`seller_id`)
) ENGINE=InnoDB AUTO_INCREMENT=41 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `seller_bank_accounts`
--

LOCK TABLES `seller_bank_accounts` WRITE;
/*!40000 ALTER TABLE `seller_bank_accounts` DISABLE KEYS */;
INSERT INTO `seller_bank_accounts` VALUES (21,101,'VIVEK MISHRA','41831512864931','HDFC0024032','HDFC Bank','Noida - Sector 62','449944521691',1,'2023-06-16 12:23:32'),(22,102,'SWATI SAXENA','3495814036','KKBK0JFZ762','Kotak Mahindra Bank','Gurugram - Sohna Road','882541532215',1,'2023-05-30 07:40:01'),(23,103,'ARJUN AGARWAL','9842699140','KKBK0099989','Kotak Mahindra Bank','Bhopal - Arera Colony','512913820125',1,'2022-07-31 14:46:33'),(24,104,'ROHAN NAIR','353717679297','ICIC0064813','ICICI Bank','Bengaluru - Indiranagar','828910558866',1,'2021-09-18 09:32:35'),(25,105,'VIVEK VERMA','247852864995','ICIC0065901','ICICI Bank','Patna - Boring Road','546496718301',1,'2023-11-09 07:58:19'),(26,106,'KARTHIK NAIR','8529439001','KKBK0021627','Kotak Mahindra Bank','Mumbai - Powai','136962339500',1,'2020-11-15 02:31:49'),(27,107,'RAJESH JAIN','7226315882942664','PUNB0005968','Punjab National Bank','Lucknow - Aliganj','736955118399',1,'2021-12-01 08:57:31'),(28,108,'SOURAV REDDY','3682694191215905','PUNB0099966','Punjab National Bank','Ahmedabad - Satellite','394213005577',1,'2022-01-04 11:02:52'),(29,109,'SUBHASH NAIDU','385320222405','ICIC0015318','ICICI Bank','Ahmedabad - Maninagar','239570087882',1,'2021-04-15 13:42:38'),(30,110,'RITU SINGH','15081860252','SBIN0050526','State Bank of India','Indore - Palasia','475044607078',1,'2023-04-10 19:39:54'),(31,111,'SNEHA IYER','78781969901283','HDFC0028342','HDFC Bank','Chennai - Anna Nagar West','256205828764',1,'2020-07-07 23:06:19'),(32,112,'RAHUL DUBEY','4829391721','KKBK0043676','Kotak Mahindra Bank','Bhopal - Kolar Road','648778656643',1,'2020-01-29 19:37:12'),(33,113,'HARISH MISHRA','68800200757','SBIN0059409','State Bank of India','Lucknow - Hazratganj','773774978922',1,'2023-04-22 22:58:19'),(34,114,'SANJAY CHAUHAN','10235655705642','HDFC0048854','HDFC Bank','Gurugram - DLF Phase 3','405843204727',1,'2020-12-08 08:25:20'),(35,115,'NIKHIL SHAH','14470377864515','BARB0NJK157','Bank of Baroda','Kochi - Edappally','607031209702',1,'2023-11-22 13:23:39'),(36,116,'JOSEPH NAIDU','462710611869202','UTIB0JFB192','Axis Bank','Hyderabad - Madhapur','368968342434',1,'2021-03-28 00:34:10'),(37,117,'SREEJA NAIDU','65996852158489','HDFC0YPA310','HDFC Bank','Bengaluru - HSR Layout','419037767268',1,'2021-03-07 03:06:17'),(38,118,'KAVITA CHAUHAN','1239821800879090','PUNB0MBN950','Punjab National Bank','Bhopal - Arera Colony','631419336359',1,'2020-01-20 15:04:22');
/*!40000 ALTER TABLE `seller_bank_accounts` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2024-03-15  2:10:44
