-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: hms-db01    Database: hms_live
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
-- Table structure for table `teams`
--

DROP TABLE IF EXISTS `teams`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `teams` (
  `id` tinyint unsigned NOT NULL AUTO_INCREMENT,
  `team_name` varchar(80) NOT NULL,
  `office` varchar(80) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `teams`
--

LOCK TABLES `teams` WRITE;
/*!40000 ALTER TABLE `teams` DISABLE KEYS */;
INSERT INTO `teams` VALUES (1,'North Manchester Neighbourhoods','Harpurhey Office'),(2,'South Manchester Neighbourhoods','Wythenshawe Office'),(3,'Salford Neighbourhoods','Pendleton Office'),(4,'Repairs Hub','Head Office'),(5,'Income & Rents','Head Office');
/*!40000 ALTER TABLE `teams` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `staff`
--

DROP TABLE IF EXISTS `staff`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `staff` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(32) NOT NULL,
  `name` varchar(120) NOT NULL,
  `email` varchar(190) NOT NULL,
  `role` enum('Housing Officer','Repairs Coordinator','Income Officer','Team Leader','System Administrator','Read Only') NOT NULL DEFAULT 'Read Only',
  `team_id` tinyint unsigned DEFAULT NULL,
  `password` char(60) NOT NULL,
  `last_login` datetime DEFAULT NULL,
  `password_changed_at` datetime DEFAULT NULL,
  `is_active` tinyint(1) NOT NULL DEFAULT '1',
  `failed_login_count` smallint unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_staff_username` (`username`),
  UNIQUE KEY `uq_staff_email` (`email`),
  KEY `fk_staff_team` (`team_id`),
  CONSTRAINT `fk_staff_team` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=23 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `staff`
--

LOCK TABLES `staff` WRITE;
/*!40000 ALTER TABLE `staff` DISABLE KEYS */;
INSERT INTO `staff` VALUES (1,'ahughes','Amina Hughes','amina.hughes@northvalehousing.org.uk','System Administrator',3,'$2y$10$u1.TupEymmPmOf07K6wZsUO1ZaXIn4McJddMQYklLduOoIiPo/1YP','2024-09-13 21:56:47','2024-06-26 04:01:18',1,0),(2,'ckershaw','Craig Kershaw','craig.kershaw@northvalehousing.org.uk','Housing Officer',3,'$2y$10$bxis61wjFyl3SQqXxnNgdoFM1Ww/4ztC1IY9jLnMz3AH7LRk4ulYJ','2024-09-13 21:20:57','2024-06-06 23:42:41',1,2),(3,'noneill','Nicola O\'Neill','nicola.oneill@northvalehousing.org.uk','Housing Officer',2,'$2y$10$sZ8HGKlSuJ8k4L5LJyIoImVr5p5vl/64GPc1ouJlrIlRuudnhtyTT','2024-09-11 10:10:48','2024-05-05 05:22:45',1,0),(4,'zclarke','Zoe Clarke','zoe.clarke@northvalehousing.org.uk','Repairs Coordinator',2,'$2y$10$XP0bBqPPufsw3K.akyfzm49gIXxASyUHa9seaKfjpumHehbcfiCj8','2024-09-08 02:38:59','2024-07-31 02:44:49',1,0),(5,'mbrown','Margaret Brown','margaret.brown@northvalehousing.org.uk','Repairs Coordinator',3,'$2y$10$Py0VmzXu51FT09LJrtoFsaxCpHtE5y7RmWVwAo3FAC1pM/V6ziZfK','2024-09-18 22:54:42','2024-01-09 16:13:01',1,0),(6,'aroberts','Adebayo Roberts','adebayo.roberts@northvalehousing.org.uk','Income Officer',3,'$2y$10$GJpwNCO89tE6CUC77Xs1JbPDgDHNQUAf4HzWd/2slpEKG3LtmmwL4','2024-09-18 22:14:02','2024-08-25 16:09:39',1,1),(7,'robrien','Ryan O\'Brien','ryan.obrien@northvalehousing.org.uk','Income Officer',1,'$2y$10$6nTF70L2w77FXCwUNU.OWLI81TJnyKqq0kaO238YnFjlb2Obkydki','2024-09-20 06:40:21','2024-07-22 02:01:55',1,5),(8,'jwood','Joanne Wood','joanne.wood@northvalehousing.org.uk','Team Leader',5,'$2y$10$y.yJbkbRu8WTifZkq4ewDAK4cSytQ.f7/l1i0lL6kgKg4Rw70pjHq','2024-09-14 05:03:03','2024-08-15 17:43:37',1,0),(9,'smurphy','Susan Murphy','susan.murphy@northvalehousing.org.uk','System Administrator',4,'$2y$10$AG1ztRiylqtBa5XTVQVfyA8XGoyuF12WV..W6LDYj4P/ojrkEcWWo','2024-09-01 17:56:24','2024-07-31 08:38:23',1,1),(10,'tholt','Tracey Holt','tracey.holt@northvalehousing.org.uk','Read Only',3,'$2y$10$5FCQ8l2koHN4xGROnf3HMdGZCytHyeQEQpL9YOoQx4r/wGYwUx0Ir','2024-09-17 12:24:45','2024-02-20 11:53:50',1,2),(11,'staylor','Shannon Taylor','shannon.taylor@northvalehousing.org.uk','Housing Officer',1,'$2y$10$qiofzzMWdbF8DlwZRszL/uIwb.MMowEwT8cRNpiAhYvAQaym5NgoK','2024-09-05 16:00:18','2024-07-06 14:42:24',1,1),(12,'lhill','Laura Hill','laura.hill@northvalehousing.org.uk','Housing Officer',4,'$2y$10$4jU5IdkG.PK/Uau.b9j.95NQZCAOjBulKXQQFDSFqIhEWs7g1SWBT',NULL,'2024-03-16 07:47:45',1,5),(13,'fevans','Fatima Evans','fatima.evans@northvalehousing.org.uk','Housing Officer',3,'$2y$10$P5y251ELGZenc5J/xnkGRTprquUfCWNnOvRPDw1Wumif5U77s90ju','2024-09-19 15:20:23','2024-06-07 04:09:07',1,0),(14,'brobinson','Blessing Robinson','blessing.robinson@northvalehousing.org.uk','Repairs Coordinator',1,'$2y$10$7xYTSopvA9.Oh33g8hZ.xqoseQPFm3dTUlQXLPHbr4zsZKyHaQb.y','2024-09-12 21:52:02','2024-02-09 19:09:02',1,5),(15,'jokafor','Julie Okafor','julie.okafor@northvalehousing.org.uk','Repairs Coordinator',1,'$2y$10$x3FE2yzaTHn.e/E/WTiU4gHeMHgrTolJYoL3OIfih6Lc0QCK5Ac7N','2024-09-04 09:27:22','2024-02-23 08:28:27',1,5),(16,'poneill','Peter O\'Neill','peter.oneill@northvalehousing.org.uk','Income Officer',3,'$2y$10$g7rfP8bkgy8DrwPky5HtJS9WlgacsU8A3FLlIIRL6NnMcUoIw9av8','2024-09-14 14:32:34','2024-06-18 17:29:56',1,0),(17,'jhussain','Jade Hussain','jade.hussain@northvalehousing.org.uk','Income Officer',1,'$2y$10$KLrIzX/VbAZtDD6IG0Bn0QA7A0uXPq7EmOw8nPz2ckOBpF4JGrEH.','2024-09-09 06:22:28','2024-07-24 21:23:32',1,1),(18,'cali','Claire Ali','claire.ali@northvalehousing.org.uk','Team Leader',5,'$2y$10$RGqq6ZmQd6D0/npM114aQwfA3zVE6ETSjN35K2JxDnSy2zByCFR2v','2024-09-10 06:05:05','2024-05-30 13:15:38',0,0),(19,'cmurphy','Craig Murphy','craig.murphy@northvalehousing.org.uk','System Administrator',1,'$2y$10$9G8ecE8nw5qVq.1vfH34qPeykoZCuo3Y.VE0Gcae7pCCEJWWCAfZp','2024-09-15 06:51:36','2024-01-07 13:08:35',1,5),(20,'smoore','Sarah Moore','sarah.moore@northvalehousing.org.uk','Read Only',3,'$2y$10$rgLNBFHSa6IaAaF94rOTzflzZmG8SWSz4PfnWWKEbKwyscANj42fr','2024-09-19 00:16:08','2024-02-17 09:20:13',1,0),(21,'lwood','Leanne Wood','leanne.wood@northvalehousing.org.uk','Housing Officer',2,'$2y$10$ULdW324CNJvBslYMKHmGAyOEpIMLTBxFI6et48Bgt6k.DkQSFbJgW','2024-09-13 04:59:03','2024-05-21 23:57:55',1,0),(22,'abarker','Agnieszka Barker','agnieszka.barker@northvalehousing.org.uk','Housing Officer',4,'$2y$10$.b67MFsszvG8uhWTeGkUZYmIziyzCii.zj3Ttu2CV2VBPxNrA9BO2','2024-09-09 20:25:44','2024-04-18 06:16:29',1,1);
/*!40000 ALTER TABLE `staff` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2024-09-21  2:00:04
