-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.40.3.21    Database: contactcenter
-- ------------------------------------------------------
-- Server version	8.0.36

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
-- Table structure for table `agentes`
--

DROP TABLE IF EXISTS `agentes`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `agentes` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `matricula` varchar(10) NOT NULL,
  `nome` varchar(120) NOT NULL,
  `email_corporativo` varchar(150) NOT NULL,
  `ramal` char(4) DEFAULT NULL,
  `equipe` varchar(40) DEFAULT NULL,
  `perfil` enum('operador','supervisor','qualidade','admin') NOT NULL DEFAULT 'operador',
  `senha_hash` varchar(60) NOT NULL,
  `data_admissao` date DEFAULT NULL,
  `ultimo_login` datetime DEFAULT NULL,
  `ativo` tinyint(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_matricula` (`matricula`),
  UNIQUE KEY `uk_email` (`email_corporativo`)
) ENGINE=InnoDB AUTO_INCREMENT=25 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `agentes`
--

LOCK TABLES `agentes` WRITE;
/*!40000 ALTER TABLE `agentes` DISABLE KEYS */;
INSERT INTO `agentes` VALUES (1,'F169513','Simone Pereira','simone.pereira@bancohorizonte.com.br','4101','Retenção','supervisor','$2b$12$Q/iG8fx.sql1Dz7Gj0W2kdNJIfLR7OUmLt59RHu9VQL6t9WzMuEyp','2019-01-27','2025-03-12 10:38:22',1),(2,'F215181','Bruno Monteiro','bruno.monteiro@bancohorizonte.com.br','4104','Retenção','operador','$2b$12$fU0O.EgPsd8Z33MdawYcX8yuxeWDxQwTI3U916kH3Ynt1/LIlWbLT','2023-03-29','2025-03-14 10:43:06',1),(3,'F147505','Antônia Pereira Lima','antonia.lima@bancohorizonte.com.br','4108','Cartões B','operador','$2b$12$/IsAvEVgvaX12SpdijPlxdJJzgjoK8hrsk125ASgEi17jjcIFPHm8','2016-05-06','2025-03-12 22:47:31',1),(4,'F380144','Sandra Fernandes','sandra.fernandes@bancohorizonte.com.br','4109','Cobrança','operador','$2b$12$BSfm/7OZaHsKti9i7SzWHMoMXY84uVxEOTSeZO/hvFmQ7rE7IIqCW','2024-05-17','2025-03-11 02:37:33',1),(5,'F368610','Aline Vitória de Oliveira Vieira','aline.vieira@bancohorizonte.com.br','4112','Retenção','operador','$2b$12$grngGwytRdRQPqf6tUYvs0qy0gSNFIH4fqkeMC0MqtUyTYfY9ZUTh','2017-01-09','2025-03-10 08:54:31',0),(6,'F208581','Antônia Aparecida Alves','antonia.alves@bancohorizonte.com.br','4116','Retenção','qualidade','$2b$12$rc9TqS/ZjAoeub1rgs9IvJk/TBCDgB/xbe9etB0EvRIfF/K.hScNP','2023-05-26','2025-03-11 15:02:14',1),(7,'F122276','Larissa Eduarda Vieira','larissa.vieira@bancohorizonte.com.br','4118','Cartões A','operador','$2b$12$WaA5K/qlHuOJZ6tuKiiMLv6cb./cG1st4Oq524FfPxenD4WyMjGbX','2018-03-07','2025-03-11 13:23:35',1),(8,'F300434','João Eduardo Marques Barbosa','joao.barbosa@bancohorizonte.com.br','4123','Cartões A','operador','$2b$12$EdE5U7m9XumEWH3B6Vl9MGsKUFMceCKPCZ0GZCvZ.k5vzuJMbrDJ2','2016-01-23','2025-03-14 00:16:24',1),(9,'F318991','Eduardo Carlos Moura Gonçalves','eduardo.goncalves@bancohorizonte.com.br','4125','Cartões A','supervisor','$2b$12$7n5plc.PkZ/lMXXAQ4GANHfuaJ1JCXTcGMpR7X6EISpXSTDV36O4U','2023-10-23','2025-03-12 17:15:35',1),(10,'F387095','Beatriz Vitória Ramos Dias','beatriz.dias@bancohorizonte.com.br','4127','Retenção','operador','$2b$12$VUe9mZgeh2zQzUtfPuTexFcvhIEzsUvrEZkslwTEro1cSVZkZJwz5','2016-08-10','2025-03-10 11:17:09',1),(11,'F355664','Jéssica Mendes','jessica.mendes@bancohorizonte.com.br','4131','Cartões A','operador','$2b$12$qFNpxvlN0R2iq6iXdfN.z8nHBDDGuq3Im//qXI4UAw8G/7vUQF8Fo','2021-08-08','2025-03-15 10:50:09',1),(12,'F320971','Aline Vitória Dias','aline.dias@bancohorizonte.com.br','4134','Cartões A','operador','$2b$12$i6qUby2hJwBewwI9jCzGPe8cUscPnLb5rWs7Y6vyYgaTJtbMZp2Wy','2019-01-21','2025-03-11 05:47:58',1),(13,'F316933','Francisco Roberto Moura','francisco.moura@bancohorizonte.com.br','4136','Crédito','operador','$2b$12$D3wCT6LEVInUojl9XK.i/mgmLwngvRcGLToRJNtTQzdzW9s15MPek','2020-10-31','2025-03-12 06:17:44',0),(14,'F167341','Luciana Aparecida Vieira','luciana.vieira@bancohorizonte.com.br','4141','Cartões A','operador','$2b$12$4INIOtyOd83WfkMIrAE7PnwV/RiXQzyAaE2jWwTD76zAoKwrdNlC/','2018-03-13','2025-03-12 12:57:05',1),(15,'F194325','Renata Costa','renata.costa@bancohorizonte.com.br','4143','Cobrança','operador','$2b$12$aak0aFyLNPSGUWJZPlLiogE73gTi9H5PMl9fwLd2UN/Dk.8U./uuy','2016-12-29','2025-03-12 02:51:35',0),(16,'F130206','Antônia Eduarda Machado Fernandes','antonia.fernandes@bancohorizonte.com.br','4146','Crédito','operador','$2b$12$TaaQDCrs0PxJLa7gbIQyCLTkR3LmFOQPaqppl97TR5/MWxwVP6R.K','2023-03-31','2025-03-12 01:22:39',1),(17,'F279454','Débora Marques','debora.marques@bancohorizonte.com.br','4150','Cartões A','supervisor','$2b$12$cbVfuyd1cmbv8Kp9.20QMZb.8YlP.JjniGZ5rZArB8oh0zCytTq7M','2016-08-28','2025-03-12 14:05:44',1),(18,'F225820','Fernanda Vitória Alves','fernanda.alves@bancohorizonte.com.br','4153','Cobrança','operador','$2b$12$pahgVE4WLjxU82XQQEH1hd7Wv18UedRbS80yyAmclFAjF3mteNJ6d','2023-10-04','2025-03-10 20:53:23',0),(19,'F279980','Tatiane de Almeida Alves','tatiane.alves@bancohorizonte.com.br','4156','Cartões A','operador','$2b$12$p9vO9eSYQzzOmia9P2LYkqRmfzqcL3IjZsWOMpJswRkhaf8WQnVPb','2020-02-21','2025-03-11 19:23:15',1),(20,'F396630','Camila Ramos Pereira','camila.pereira@bancohorizonte.com.br','4158','Cartões B','operador','$2b$12$rGAGkYpW8jcziyEURu8BRKnB40gBKKGaTwDNTQamR2WHjoYUIdu/F','2020-08-24','2025-03-15 11:46:10',1),(21,'F147912','Rosângela Pereira','rosangela.pereira@bancohorizonte.com.br','4162','Crédito','operador','$2b$12$.yLOKLfaxriUYVjd/pQlgRrzWjlkkHr.T.I7godlGC6PM4BvLwIi.','2019-05-13','2025-03-13 21:42:33',1),(22,'F324780','Paulo Teixeira','paulo.teixeira@bancohorizonte.com.br','4164','Cartões B','operador','$2b$12$gtc8TwjrHnj8JVTBGvDA357r9YWabZAKwyDBjtDvV7sS9WaIV14Kw','2019-09-02','2025-03-14 16:28:21',1),(23,'F173171','Maria Santana','maria.santana@bancohorizonte.com.br','4167','Cobrança','operador','$2b$12$ZTchc.xQI6LJyZDgE.7/16yHRM3LgcWzu1PeSw7Jgec3Ab5EdBhgh','2019-04-15','2025-03-10 08:40:24',1),(24,'F282541','Francisca Aparecida Almeida','francisca.almeida@bancohorizonte.com.br','4169','Crédito','operador','$2b$12$o7K7sSXHyqdXyLDwpmLZ20POSDM65BaEipBLMTQXotT8uHEhS5a3X','2018-10-18','2025-03-13 07:44:18',1);
/*!40000 ALTER TABLE `agentes` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `agentes_pausas`
--

DROP TABLE IF EXISTS `agentes_pausas`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `agentes_pausas` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `matricula` varchar(10) NOT NULL,
  `inicio` datetime NOT NULL,
  `fim` datetime DEFAULT NULL,
  `motivo` varchar(40) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_matricula_inicio` (`matricula`,`inicio`)
) ENGINE=InnoDB AUTO_INCREMENT=75 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `agentes_pausas`
--

LOCK TABLES `agentes_pausas` WRITE;
/*!40000 ALTER TABLE `agentes_pausas` DISABLE KEYS */;
INSERT INTO `agentes_pausas` VALUES (1,'F380144','2025-03-10 12:23:23','2025-03-10 13:11:23','lanche'),(2,'F173171','2025-03-10 12:37:27','2025-03-10 13:25:27','banheiro'),(3,'F368610','2025-03-10 12:47:34','2025-03-10 12:52:34','lanche'),(4,'F225820','2025-03-10 14:00:56','2025-03-10 14:07:56','feedback'),(5,'F320971','2025-03-10 14:13:40','2025-03-10 15:02:40','lanche'),(6,'F194325','2025-03-10 17:03:38','2025-03-10 17:46:38','almoço'),(7,'F279980','2025-03-10 20:12:05','2025-03-10 21:04:05','ginástica laboral'),(8,'F380144','2025-03-10 20:56:40','2025-03-10 21:08:40','almoço'),(9,'F130206','2025-03-10 21:21:41','2025-03-10 22:09:41','lanche'),(10,'F300434','2025-03-10 23:40:54','2025-03-10 23:45:54','banheiro'),(11,'F387095','2025-03-11 00:29:31','2025-03-11 00:56:31','almoço'),(12,'F387095','2025-03-11 02:36:42','2025-03-11 03:09:42','treinamento'),(13,'F355664','2025-03-11 07:51:41','2025-03-11 08:29:41','treinamento'),(14,'F167341','2025-03-11 10:39:44','2025-03-11 11:36:44','banheiro'),(15,'F194325','2025-03-11 10:59:00','2025-03-11 11:59:00','banheiro'),(16,'F167341','2025-03-11 14:05:57','2025-03-11 14:13:57','feedback'),(17,'F380144','2025-03-11 15:39:11','2025-03-11 15:57:11','feedback'),(18,'F300434','2025-03-11 17:09:09','2025-03-11 17:23:09','lanche'),(19,'F282541','2025-03-11 17:27:48','2025-03-11 17:51:48','feedback'),(20,'F355664','2025-03-11 19:04:50','2025-03-11 19:17:50','treinamento'),(21,'F194325','2025-03-11 19:35:40','2025-03-11 19:52:40','banheiro'),(22,'F147912','2025-03-11 21:51:27','2025-03-11 22:07:27','lanche'),(23,'F380144','2025-03-11 22:03:51','2025-03-11 22:33:51','treinamento'),(24,'F396630','2025-03-11 22:37:21','2025-03-11 23:07:21','banheiro'),(25,'F396630','2025-03-11 23:43:03','2025-03-12 00:28:03','lanche'),(26,'F215181','2025-03-11 23:57:09','2025-03-12 00:48:09','treinamento'),(27,'F225820','2025-03-12 01:08:43','2025-03-12 01:51:43','treinamento'),(28,'F355664','2025-03-12 01:11:57','2025-03-12 01:27:57','almoço'),(29,'F396630','2025-03-12 03:04:55','2025-03-12 03:24:55','treinamento'),(30,'F279980','2025-03-12 03:28:20','2025-03-12 04:25:20','feedback'),(31,'F396630','2025-03-12 03:49:23','2025-03-12 04:46:23','lanche'),(32,'F167341','2025-03-12 06:22:36','2025-03-12 06:46:36','lanche'),(33,'F122276','2025-03-12 08:18:07','2025-03-12 09:11:07','treinamento'),(34,'F316933','2025-03-12 11:26:05','2025-03-12 12:07:05','banheiro'),(35,'F324780','2025-03-12 13:38:37','2025-03-12 14:30:37','lanche'),(36,'F282541','2025-03-12 14:15:00','2025-03-12 15:03:00','almoço'),(37,'F225820','2025-03-12 16:59:02','2025-03-12 17:21:02','banheiro'),(38,'F282541','2025-03-12 17:27:59','2025-03-12 18:10:59','almoço'),(39,'F279980','2025-03-12 18:57:26','2025-03-12 19:51:26','treinamento'),(40,'F215181','2025-03-12 19:11:54','2025-03-12 19:16:54','feedback'),(41,'F173171','2025-03-12 20:50:37','2025-03-12 21:27:37','banheiro'),(42,'F320971','2025-03-12 21:28:38','2025-03-12 22:00:38','banheiro'),(43,'F122276','2025-03-12 23:35:04','2025-03-12 23:40:04','ginástica laboral'),(44,'F167341','2025-03-13 00:41:44','2025-03-13 01:40:44','lanche'),(45,'F320971','2025-03-13 02:35:41','2025-03-13 03:25:41','treinamento'),(46,'F130206','2025-03-13 05:11:54','2025-03-13 05:51:54','ginástica laboral'),(47,'F279980','2025-03-13 05:28:39','2025-03-13 06:14:39','lanche'),(48,'F396630','2025-03-13 05:35:45','2025-03-13 05:58:45','treinamento'),(49,'F300434','2025-03-13 06:26:55','2025-03-13 06:48:55','treinamento'),(50,'F355664','2025-03-13 06:59:47','2025-03-13 07:16:47','ginástica laboral'),(51,'F147505','2025-03-13 08:59:15','2025-03-13 09:13:15','treinamento'),(52,'F147505','2025-03-13 10:30:02','2025-03-13 11:01:02','banheiro'),(53,'F173171','2025-03-13 10:50:59','2025-03-13 11:05:59','feedback'),(54,'F173171','2025-03-13 11:28:40','2025-03-13 11:48:40','feedback'),(55,'F316933','2025-03-13 12:40:01','2025-03-13 13:17:01','ginástica laboral'),(56,'F380144','2025-03-13 14:07:24','2025-03-13 14:53:24','banheiro'),(57,'F130206','2025-03-13 15:02:42','2025-03-13 15:53:42','feedback'),(58,'F396630','2025-03-13 17:04:30','2025-03-13 17:41:30','almoço'),(59,'F147912','2025-03-13 18:45:38','2025-03-13 19:33:38','ginástica laboral'),(60,'F122276','2025-03-13 19:33:57','2025-03-13 19:39:57','lanche'),(61,'F300434','2025-03-13 22:26:02','2025-03-13 22:57:02','treinamento'),(62,'F130206','2025-03-13 22:56:17','2025-03-13 23:54:17','banheiro'),(63,'F368610','2025-03-13 23:23:13','2025-03-13 23:36:13','almoço'),(64,'F316933','2025-03-14 01:40:12','2025-03-14 02:22:12','treinamento'),(65,'F324780','2025-03-14 03:25:52','2025-03-14 04:25:52','almoço'),(66,'F316933','2025-03-14 08:54:51','2025-03-14 09:28:51','banheiro'),(67,'F282541','2025-03-14 09:10:16','2025-03-14 09:22:16','feedback'),(68,'F320971','2025-03-14 09:34:34','2025-03-14 10:33:34','treinamento'),(69,'F147912','2025-03-14 12:23:10','2025-03-14 13:04:10','ginástica laboral'),(70,'F147505','2025-03-14 12:48:21','2025-03-14 13:19:21','feedback'),(71,'F194325','2025-03-14 14:03:20','2025-03-14 14:57:20','ginástica laboral'),(72,'F122276','2025-03-14 17:57:32','2025-03-14 18:24:32','lanche'),(73,'F225820','2025-03-14 18:01:18','2025-03-14 18:50:18','banheiro'),(74,'F215181','2025-03-14 18:12:35','2025-03-14 18:55:35','banheiro');
/*!40000 ALTER TABLE `agentes_pausas` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2025-03-15  3:00:02
