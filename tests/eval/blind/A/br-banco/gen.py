#!/usr/bin/env python3
"""Blind test dump A/br-banco: Brazilian bank, call-centre vendor export (Portuguese).

Writes data/ and truth.json. Seeded and deterministic; standard library only.
"""
import csv
import io
import json
import os
import random
import shutil
import zipfile
from datetime import date, datetime, timedelta

SEED = 5511987
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
N_CLIENTES = 160
N_AGENTES = 24

NOMES_F = ["Maria", "Ana", "Francisca", "Antônia", "Adriana", "Juliana", "Márcia", "Fernanda", "Patrícia",
           "Aline", "Sandra", "Camila", "Luciana", "Vanessa", "Beatriz", "Larissa", "Letícia", "Tatiane",
           "Rosângela", "Cláudia", "Simone", "Débora", "Renata", "Jéssica"]
NOMES_M = ["José", "João", "Antônio", "Francisco", "Carlos", "Paulo", "Pedro", "Lucas", "Luiz", "Marcos",
           "Gabriel", "Rafael", "Daniel", "Marcelo", "Bruno", "Eduardo", "Felipe", "Rodrigo", "Sebastião",
           "Raimundo", "Thiago", "Leandro", "Fábio", "Gustavo"]
MEIOS_F = ["Aparecida", "de Fátima", "Cristina", "Helena", "Luiza", "Eduarda", "Vitória"]
MEIOS_M = ["Carlos", "Henrique", "Augusto", "Eduardo", "Roberto", "Luiz", "Paulo"]
SOBRENOMES = ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima",
              "Gomes", "Costa", "Ribeiro", "Martins", "Carvalho", "Almeida", "Lopes", "Soares", "Fernandes",
              "Vieira", "Barbosa", "Rocha", "Dias", "Nascimento", "Andrade", "Moreira", "Nunes", "Marques",
              "Machado", "Mendes", "Freitas", "Cardoso", "Ramos", "Gonçalves", "Santana", "Teixeira", "Araújo",
              "Pinto", "Cavalcanti", "Monteiro", "Moura"]
DDDS = ["11"] * 6 + ["21"] * 3 + ["31", "31", "41", "51", "61", "71", "81", "85", "62", "19", "27", "48"]
FILAS = ["cartões", "cartões", "cartões", "empréstimos", "empréstimos", "conta corrente", "pix", "cobrança"]
MOTIVOS = {
    "cartões": ["Contestação de compra", "Bloqueio por perda/roubo", "Segunda via de fatura", "Aumento de limite",
                "Cartão não recebido", "Anuidade"],
    "empréstimos": ["Simulação de consignado", "Quitação antecipada", "Portabilidade", "Renegociação de parcelas",
                    "Segunda via de boleto"],
    "conta corrente": ["Encerramento de conta", "Tarifas", "Atualização cadastral", "Extrato"],
    "pix": ["Pix não recebido", "Devolução (MED)", "Cadastro de chave", "Limite noturno"],
    "cobrança": ["Acordo de dívida", "Negativação", "Segunda via de boleto"],
}
STATUS = ["resolvido"] * 6 + ["pendente", "transferido", "abandonado", "reaberto"]


def cpf_digits():
    base = [rng.randint(0, 9) for _ in range(9)]
    if len(set(base)) == 1:
        base[0] = (base[0] + 1) % 10
    s = sum(d * (10 - i) for i, d in enumerate(base))
    d1 = 0 if s % 11 < 2 else 11 - s % 11
    s = sum(d * (11 - i) for i, d in enumerate(base + [d1]))
    d2 = 0 if s % 11 < 2 else 11 - s % 11
    return "".join(map(str, base + [d1, d2]))


def cpf_valid(c):
    d = [int(x) for x in c if x.isdigit()]
    if len(d) != 11:
        return False
    s = sum(v * (10 - i) for i, v in enumerate(d[:9]))
    d1 = 0 if s % 11 < 2 else 11 - s % 11
    s = sum(v * (11 - i) for i, v in enumerate(d[:10]))
    d2 = 0 if s % 11 < 2 else 11 - s % 11
    return d[9] == d1 and d[10] == d2


def cpf_fmt(c):
    return "%s.%s.%s-%s" % (c[:3], c[3:6], c[6:9], c[9:])


def luhn_ok(num):
    d = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def make_pan(prefix, length):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def rand_dt(start, end):
    return start + timedelta(seconds=rng.randint(0, int((end - start).total_seconds())))


def mod11_dv(num):
    s = sum(int(c) * w for c, w in zip(reversed(num), [2, 3, 4, 5, 6, 7, 8, 9] * 3))
    r = 11 - s % 11
    return "0" if r >= 10 else str(r)


def person_name(female):
    first = rng.choice(NOMES_F if female else NOMES_M)
    parts = [first]
    if rng.random() < 0.4:
        parts.append(rng.choice(MEIOS_F if female else MEIOS_M))
    s1, s2 = rng.sample(SOBRENOMES, 2)
    if rng.random() < 0.5:
        part = {"Santos": "dos", "Silva": "da", "Costa": "da", "Rocha": "da", "Oliveira": "de", "Souza": "de",
                "Almeida": "de", "Nascimento": "do", "Carvalho": "de"}.get(s1, "")
        parts += [part if rng.random() < 0.6 else "", s1, s2]
    else:
        parts += [s1]
    return " ".join(p for p in parts if p), first


def strip_accents(s):
    tbl = str.maketrans("áàâãéêíóôõúçÁÂÃÉÍÓÚÇ", "aaaaeeiooouc" + "AAAEIOUC")
    return s.translate(tbl)


# ---------------------------------------------------------------- customers
clientes = []
for i in range(N_CLIENTES):
    fem = rng.random() < 0.52
    nome, first = person_name(fem)
    dob = date(1945, 1, 1) + timedelta(days=rng.randint(0, (date(2005, 6, 30) - date(1945, 1, 1)).days))
    ddd = rng.choice(DDDS)
    if rng.random() < 0.88:
        tel = "(%s) 9%04d-%04d" % (ddd, rng.randint(6000, 9999), rng.randint(0, 9999))
    else:
        tel = "(%s) %d%03d-%04d" % (ddd, rng.randint(2, 5), rng.randint(0, 999), rng.randint(0, 9999))
    ag = "%04d" % rng.randint(1, 9999)
    cc = "%07d" % rng.randint(10000, 9999999)
    conta = "%s/%s-%s" % (ag, cc, mod11_dv(ag + cc))
    card_prefix = rng.choice(["4", "4", "5", "5", "636368"])  # Visa, Mastercard, Elo
    pan = make_pan(card_prefix if card_prefix != "5" else "5" + str(rng.randint(1, 5)), 16)
    clientes.append(dict(nome=nome, first=first, fem=fem, cpf=cpf_digits(), dob=dob, tel=tel, ddd=ddd,
                         conta=conta, pan=pan))

# ---------------------------------------------------------------- agents
agentes = []
used_mail = set()
for i in range(N_AGENTES):
    fem = rng.random() < 0.6
    nome, first = person_name(fem)
    parts = [p for p in nome.split() if p not in ("de", "dos", "da", "do")]
    local = strip_accents("%s.%s" % (parts[0], parts[-1])).lower()
    if local in used_mail:
        local += str(i)
    used_mail.add(local)
    perfil = "supervisor" if i % 8 == 0 else ("qualidade" if i == 5 else "operador")
    agentes.append(dict(id=i + 1, matricula="F%06d" % rng.randint(100000, 399999), nome=nome, first=first,
                        email=local + "@bancohorizonte.com.br", ramal="%04d" % (4100 + i * 3 + rng.randint(0, 2)),
                        equipe=rng.choice(["Cartões A", "Cartões B", "Crédito", "Retenção", "Cobrança"]),
                        perfil=perfil, senha="$2b$12$" + "".join(rng.choice("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(53)),
                        admissao=date(2016, 1, 4) + timedelta(days=rng.randint(0, 3200)),
                        ultimo_login=rand_dt(datetime(2025, 3, 10, 7), datetime(2025, 3, 15, 21)),
                        ativo=1 if rng.random() < 0.9 else 0))
operadores = [a for a in agentes if a["perfil"] == "operador"]

# ---------------------------------------------------------------- calls
chamadas = []
for _ in range(420):
    c = rng.choice(clientes)
    ag = rng.choice(operadores)
    t = rand_dt(datetime(2025, 2, 1, 8), datetime(2025, 3, 14, 20))
    if t.hour < 8 or t.hour > 21:
        t = t.replace(hour=rng.randint(8, 20))
    fila = rng.choice(FILAS)
    ident = rng.random() < 0.93
    chamadas.append(dict(protocolo=t.strftime("%Y") + "%016d" % rng.randint(0, 10**16 - 1), t=t, cli=c, ag=ag,
                         fila=fila, motivo=rng.choice(MOTIVOS[fila]), status=rng.choice(STATUS),
                         dur=rng.randint(25, 1500), ident=ident, nota=rng.choice(["", "", "1", "3", "4", "5", "5"]),
                         cpf_fmt=rng.random() < 0.55))
chamadas.sort(key=lambda x: x["t"])

if os.path.isdir(DATA):
    shutil.rmtree(DATA)
os.makedirs(DATA)

# atendimentos.csv — Windows-1252, ';' (Excel pt-BR)
with open(os.path.join(DATA, "atendimentos_2025-02_2025-03.csv"), "w", encoding="cp1252", newline="") as f:
    w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["protocolo", "data_hora", "cpf", "nome_cliente", "telefone", "agencia_conta", "fila", "motivo",
                "status", "matricula_agente", "duracao_seg", "nota_pesquisa"])
    for ch in chamadas:
        c = ch["cli"]
        cpf = (cpf_fmt(c["cpf"]) if ch["cpf_fmt"] else c["cpf"]) if ch["ident"] else ""
        w.writerow([ch["protocolo"], ch["t"].strftime("%d/%m/%Y %H:%M:%S"), cpf,
                    c["nome"].upper() if rng.random() < 0.3 else c["nome"], c["tel"],
                    c["conta"] if ch["ident"] else "", ch["fila"], ch["motivo"], ch["status"],
                    ch["ag"]["matricula"], ch["dur"], ch["nota"]])

# transcripts JSON — free text with spoken identifiers
MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
         "novembro", "dezembro"]


def spoken_pan(pan):
    k = rng.random()
    if k < 0.6:
        return " ".join(pan[i:i + 4] for i in range(0, 16, 4))
    if k < 0.8:
        return pan
    return " ".join(pan)


def spoken_cpf(cpf):
    k = rng.random()
    if k < 0.4:
        return cpf_fmt(cpf)
    if k < 0.7:
        return cpf
    return "%s %s %s %s" % (cpf[:3], cpf[3:6], cpf[6:9], cpf[9:])


transc = []
trans_cats = set()
for ch in [x for x in chamadas if x["ident"]][::3]:
    c, ag = ch["cli"], ch["ag"]
    trat = "senhora" if c["fem"] else "senhor"
    parts = ["Agente: Banco Horizonte, %s, meu nome é %s, com quem eu falo?" % (
        "bom dia" if ch["t"].hour < 12 else "boa tarde" if ch["t"].hour < 18 else "boa noite", ag["first"])]
    cats = {"name"}
    if rng.random() < 0.8:
        parts.append("Cliente: Oi, aqui é %s." % c["nome"])
    else:
        parts.append("Cliente: É %s %s." % ("a" if c["fem"] else "o", c["first"]))
    parts.append("Agente: Obrigado, %s %s. Para sua segurança, pode me confirmar o seu CPF?" % (trat, c["first"]))
    parts.append("Cliente: Claro, é %s." % spoken_cpf(c["cpf"]))
    cats.add("government_id")
    if rng.random() < 0.45:
        d = c["dob"]
        if rng.random() < 0.5:
            dtxt = "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)
        else:
            dtxt = d.strftime("%d/%m/%Y")
        parts.append("Agente: E a data de nascimento? Cliente: %s." % dtxt)
        cats.add("date_of_birth")
    if ch["fila"] == "cartões":
        if rng.random() < 0.65:
            parts.append("Agente: Qual cartão o(a) %s quer %s? Cliente: Deixa eu pegar aqui... o número do cartão é %s." % (
                trat, "contestar" if "Contest" in ch["motivo"] else "consultar", spoken_pan(c["pan"])))
            cats.add("payment_card")
        else:
            brand = {"4": "Visa", "5": "Mastercard", "6": "Elo"}[c["pan"][0]]
            parts.append("Cliente: É o cartão de final %s, o %s." % (c["pan"][-4:], brand))
        parts.append("Agente: Certo, localizei. %s" % rng.choice([
            "Vou abrir a contestação e o prazo é de até 10 dias úteis.",
            "O cartão foi bloqueado e um novo será enviado em até 7 dias úteis.",
            "A segunda via da fatura foi enviada para o e-mail cadastrado."]))
    elif ch["fila"] == "empréstimos":
        parts.append("Cliente: Eu queria ver a %s do contrato que termina em %s." % (
            rng.choice(["quitação", "renegociação", "portabilidade"]), "%04d" % rng.randint(0, 9999)))
        parts.append("Agente: Perfeito, o saldo devedor hoje é de R$ %d,%02d." % (rng.randint(800, 48000), rng.randint(0, 99)))
    else:
        parts.append("Cliente: %s" % rng.choice(["Fiz um Pix ontem e não caiu.", "Quero entender essa tarifa.",
                                                  "Preciso atualizar meu endereço.", "Recebi uma cobrança que não reconheço."]))
    if rng.random() < 0.3:
        parts.append("Agente: Qual o melhor telefone para retorno? Cliente: Pode ligar no %s." % (
            c["tel"] if rng.random() < 0.5 else c["tel"].replace("(", "").replace(")", "")))
        cats.add("phone")
    parts.append("Agente: Posso ajudar em algo mais? Cliente: Não, obrigado. Agente: O protocolo é %s. O Banco Horizonte agradece." % ch["protocolo"])
    trans_cats |= cats
    transc.append({
        "protocolo": ch["protocolo"],
        "inicio": ch["t"].strftime("%Y-%m-%dT%H:%M:%S-03:00"),
        "duracao_seg": ch["dur"],
        "fila": ch["fila"],
        "agente": {"matricula": ch["ag"]["matricula"], "nome": ch["ag"]["nome"]},
        "cliente": {"cpf_mascarado": "***.%s.%s-**" % (c["cpf"][3:6], c["cpf"][6:9])},
        "analise": {"sentimento": rng.choice(["positivo", "neutro", "negativo"]),
                    "palavras_chave": rng.sample(["fatura", "contestação", "limite", "bloqueio", "juros", "boleto",
                                                  "pix", "tarifa", "cancelamento"], 3),
                    "silencio_pct": round(rng.uniform(2, 30), 1), "confianca_asr": round(rng.uniform(0.78, 0.97), 3)},
        "transcricao": " ".join(parts),
    })
with open(os.path.join(DATA, "transcricoes_speech_analytics.json"), "w", encoding="utf-8") as f:
    json.dump({"exportado_em": "2025-03-15T02:00:11-03:00", "sistema": "SpeechMiner BR 4.2",
               "total": len(transc), "chamadas": transc}, f, ensure_ascii=False, indent=2)

# agents MySQL dump
pausas = []
for a in operadores:
    for _ in range(rng.randint(2, 6)):
        ini = rand_dt(datetime(2025, 3, 10, 8), datetime(2025, 3, 14, 20))
        pausas.append((a["matricula"], ini, ini + timedelta(minutes=rng.randint(5, 60)),
                       rng.choice(["almoço", "lanche", "banheiro", "feedback", "treinamento", "ginástica laboral"])))
pausas.sort(key=lambda p: p[1])


def my(v):
    if v is None:
        return "NULL"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, datetime):
        return "'%s'" % v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, date):
        return "'%s'" % v.isoformat()
    return "'%s'" % str(v).replace("\\", "\\\\").replace("'", "\\'")


with open(os.path.join(DATA, "contactcenter_agentes.sql"), "w", encoding="utf-8", newline="\n") as f:
    f.write("""-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.40.3.21    Database: contactcenter
-- ------------------------------------------------------
-- Server version\t8.0.36

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
) ENGINE=InnoDB AUTO_INCREMENT=%d DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `agentes`
--

LOCK TABLES `agentes` WRITE;
/*!40000 ALTER TABLE `agentes` DISABLE KEYS */;
""" % (len(agentes) + 1))
    f.write("INSERT INTO `agentes` VALUES " + ",".join(
        "(%s)" % ",".join(my(v) for v in (a["id"], a["matricula"], a["nome"], a["email"], a["ramal"], a["equipe"],
                                          a["perfil"], a["senha"], a["admissao"], a["ultimo_login"], a["ativo"]))
        for a in agentes) + ";\n")
    f.write("""/*!40000 ALTER TABLE `agentes` ENABLE KEYS */;
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
) ENGINE=InnoDB AUTO_INCREMENT=%d DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `agentes_pausas`
--

LOCK TABLES `agentes_pausas` WRITE;
/*!40000 ALTER TABLE `agentes_pausas` DISABLE KEYS */;
""" % (len(pausas) + 1))
    f.write("INSERT INTO `agentes_pausas` VALUES " + ",".join(
        "(%s)" % ",".join(my(v) for v in (i + 1,) + p) for i, p in enumerate(pausas)) + ";\n")
    f.write("""/*!40000 ALTER TABLE `agentes_pausas` ENABLE KEYS */;
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
""")

# IVR log key=value
ivr = []
for ch in chamadas:
    c = ch["cli"]
    t0 = ch["t"] - timedelta(seconds=rng.randint(20, 120))
    callid = "%d.%d" % (int((t0 - datetime(1970, 1, 1)).total_seconds()) + 3 * 3600, rng.randint(1000, 99999))
    caller = "+55" + c["tel"].replace("(", "").replace(")", "").replace(" ", "").replace("-", "")
    if rng.random() < 0.04:
        caller = "anonymous"
    menu = {"cartões": 2, "empréstimos": 3, "conta corrente": 1, "pix": 4, "cobrança": 5}[ch["fila"]]
    ivr.append((t0, "%s ura-%02d INFO call_id=%s event=inicio caller=%s did=08007271500 canal=PJSIP/vivo-trunk-%08x" % (
        t0.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % rng.randint(0, 999), rng.randint(1, 4), callid, caller,
        rng.getrandbits(32))))
    t1 = t0 + timedelta(seconds=rng.randint(8, 40))
    cpf = c["cpf"] if ch["ident"] else ""
    ivr.append((t1, "%s ura-%02d INFO call_id=%s event=identificacao caller=%s cpf=%s valid=%s tentativas=%d" % (
        t1.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % rng.randint(0, 999), rng.randint(1, 4), callid, caller,
        cpf if cpf else "NA", "true" if cpf else "false", rng.randint(1, 3))))
    t2 = ch["t"]
    extra = " cartao_final=%s" % c["pan"][-4:] if ch["fila"] == "cartões" and rng.random() < 0.5 else ""
    ivr.append((t2, "%s ura-%02d INFO call_id=%s event=transferencia menu=%d fila=%s dur=%d%s result=%s" % (
        t2.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % rng.randint(0, 999), rng.randint(1, 4), callid, menu,
        strip_accents(ch["fila"]).replace(" ", "_"), int((t2 - t0).total_seconds()), extra,
        "abandono" if ch["status"] == "abandonado" else "transfer")))
ivr.sort(key=lambda x: x[0])
with open(os.path.join(DATA, "ura_ivr.log"), "w", encoding="utf-8", newline="\n") as f:
    for _, line in ivr:
        f.write(line + "\n")

# telephony integration YAML
resp = rng.choice([a for a in agentes if a["perfil"] == "supervisor"])
resp_tel = "+55 11 9%04d-%04d" % (rng.randint(6000, 9999), rng.randint(0, 9999))
api_token = "bhz_live_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(40))
sip_pw1 = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789#@!") for _ in range(18))
sip_pw2 = "".join(rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789#@!") for _ in range(18))
akid = "AKIA" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))
sak = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/") for _ in range(40))
ami_pw = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16))
yaml_txt = """# Integração de telefonia — URA / discador / gravação
# Banco Horizonte S.A. — ambiente de produção
# NÃO versionar este arquivo (segredos)
ambiente: producao
versao_config: 37
responsavel_tecnico:
  nome: "%s"
  email: %s
  celular: "%s"
pabx:
  host: sip-core01.bancohorizonte.local
  ip: 10.40.2.11
  porta: 5061
  transporte: tls
  codecs: [g722, alaw, ulaw]
  ami:
    usuario: integracao_crm
    senha: "%s"
    porta: 5038
sip:
  trunks:
    - nome: vivo-empresas-01
      registrar: sip.vivoempresas.com.br
      usuario: "1130045500"
      senha: "%s"
      canais_max: 120
      did: "08007271500"
    - nome: claro-backup-01
      registrar: sbc.claroempresas.com.br
      usuario: "1130045501"
      senha: "%s"
      canais_max: 60
      did: "1130045500"
ura:
  arvore: ura_cartoes_v12.xml
  timeout_digito_ms: 4000
  max_tentativas_cpf: 3
  mascarar_cpf_em_log: false   # TODO: ativar (chamado INC-20931)
crm:
  base_url: https://crm-api.bancohorizonte.com.br/v2
  api_token: "%s"
  timeout_s: 8
  retry: 3
gravacao:
  provedor: s3
  bucket: bh-gravacoes-contactcenter-prd
  regiao: sa-east-1
  access_key_id: %s
  secret_access_key: "%s"
  retencao_dias: 1825
filas:
  cartoes: {id: 201, sla_seg: 60, musica: espera_padrao.wav}
  emprestimos: {id: 301, sla_seg: 90, musica: espera_padrao.wav}
  conta_corrente: {id: 101, sla_seg: 90, musica: espera_padrao.wav}
  pix: {id: 401, sla_seg: 45, musica: espera_pix.wav}
  cobranca: {id: 501, sla_seg: 120, musica: espera_padrao.wav}
""" % (resp["nome"], resp["email"], resp_tel, ami_pw, sip_pw1, sip_pw2, api_token, akid, sak)
with open(os.path.join(DATA, "telefonia_integracao.yaml"), "w", encoding="utf-8", newline="\n") as f:
    f.write(yaml_txt)

# monthly reports zip
def csv_bytes(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode("cp1252")


members = []
for mes, (ini, fim) in [("2025-01", (datetime(2025, 1, 1), datetime(2025, 2, 1))),
                        ("2025-02", (datetime(2025, 2, 1), datetime(2025, 3, 1)))]:
    rows = []
    for fila in ["cartões", "empréstimos", "conta corrente", "pix", "cobrança"]:
        n = rng.randint(4000, 30000)
        rows.append([fila, n, int(n * rng.uniform(0.02, 0.09)), "%d" % rng.randint(180, 540),
                     ("%.1f" % rng.uniform(72, 96)).replace(".", ","), ("%.2f" % rng.uniform(3.4, 4.7)).replace(".", ",")])
    members.append(("resumo_filas_%s.csv" % mes, csv_bytes(
        ["fila", "atendimentos", "abandonos", "tma_seg", "nivel_servico_pct", "nota_media"], rows)))
rows = []
for a in operadores:
    n = rng.randint(300, 1200)
    rows.append([a["matricula"], a["nome"], a["equipe"], n, rng.randint(150, 600),
                 ("%.2f" % rng.uniform(3.2, 4.9)).replace(".", ","), ("%.1f" % rng.uniform(80, 99)).replace(".", ",")])
members.append(("desempenho_agentes_2025-02.csv", csv_bytes(
    ["matricula", "agente", "equipe", "atendimentos", "tma_seg", "nota_media", "aderencia_escala_pct"], rows)))
# complaints escalated to the ombudsman in February (customer-level)
rows = []
for ch in [x for x in chamadas if x["t"].month == 2 and x["ident"]][:: 9]:
    c = ch["cli"]
    rows.append([ch["protocolo"], ch["t"].strftime("%d/%m/%Y"), cpf_fmt(c["cpf"]), c["nome"], ch["fila"],
                 ch["motivo"], rng.choice(["Procedente", "Improcedente", "Em análise"])])
members.append(("ouvidoria_reclamacoes_2025-02.csv", csv_bytes(
    ["protocolo", "data_abertura", "cpf_cliente", "nome_cliente", "fila", "motivo", "parecer"], rows)))
with zipfile.ZipFile(os.path.join(DATA, "relatorios_mensais_2025.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    for name, b in members:
        zi = zipfile.ZipInfo("relatorios/" + name, date_time=(2025, 3, 3, 6, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, b)

# ---------------------------------------------------------------- checks and truth
assert all(cpf_valid(c["cpf"]) for c in clientes)
assert all(luhn_ok(c["pan"]) for c in clientes)
assert trans_cats == {"name", "government_id", "payment_card", "date_of_birth", "phone"}, trans_cats
n_prot_luhn = sum(1 for ch in chamadas if luhn_ok(ch["protocolo"]))
CSV = "atendimentos_2025-02_2025-03.csv"
TR = "transcricoes_speech_analytics.json"
SQL = "contactcenter_agentes.sql"
YML = "telefonia_integracao.yaml"
ZIP = "relatorios_mensais_2025.zip!relatorios/"
truth = {
    "brief": "Brazilian retail bank (Banco Horizonte), call-centre vendor export in Portuguese: CSV of atendimentos "
             "(Windows-1252, ';'), speech-analytics JSON of call transcripts, MySQL dump of the contact-centre agents "
             "and their pauses, IVR (URA) key=value log, YAML config of the telephony integration, and a zip of monthly "
             "reports (queue summaries, agent performance, ombudsman complaints).",
    "people": len(clientes) + len(agentes),
    "fields": {
        CSV: {
            "data_hora": "activity",
            "cpf": "government_id",
            "nome_cliente": "name",
            "telefone": "phone",
            "agencia_conta": "bank_account",
        },
        TR: {
            "chamadas.inicio": "activity",
            "chamadas.agente.nome": "name",
            "chamadas.transcricao": sorted(trans_cats),
        },
        SQL: {
            "agentes.nome": "name",
            "agentes.email_corporativo": "email",
            "agentes.perfil": "account_type",
            "agentes.senha_hash": "password",
            "agentes.ultimo_login": "activity",
            "agentes_pausas.inicio": "activity",
            "agentes_pausas.fim": "activity",
        },
        YML: {
            "responsavel_tecnico.nome": "name",
            "responsavel_tecnico.email": "email",
            "responsavel_tecnico.celular": "phone",
            "pabx.ami.senha": "secret",
            "sip.trunks.senha": "secret",
            "crm.api_token": "secret",
            "gravacao.access_key_id": "secret",
            "gravacao.secret_access_key": "secret",
        },
        ZIP + "desempenho_agentes_2025-02.csv": {"agente": "name"},
        ZIP + "ouvidoria_reclamacoes_2025-02.csv": {
            "cpf_cliente": "government_id",
            "nome_cliente": "name",
            "data_abertura": "activity",
        },
    },
    "text": {
        "ura_ivr.log": ["phone", "government_id", "activity"],
    },
    "controls": [ZIP + "resumo_filas_2025-01.csv", ZIP + "resumo_filas_2025-02.csv"],
    "ambiguous": {
        SQL: ["agentes.ativo"],
    },
    "lookalikes": {
        CSV: {"protocolo": "20-digit call protocol numbers (YYYY + 16 digits); %d of %d pass Luhn by chance" % (n_prot_luhn, len(chamadas)),
              "fila": "queue names", "motivo": "contact reason", "status": "ticket status, not account status",
              "matricula_agente": "employee numbers (F + 6 digits)", "nota_pesquisa": "survey score 1-5"},
        TR: {"chamadas.protocolo": "20-digit protocol numbers", "chamadas.cliente.cpf_mascarado": "CPF masked to 6 middle digits (***.456.789-**) — not a full id",
             "chamadas.agente.matricula": "employee number", "chamadas.analise.palavras_chave": "keywords"},
        SQL: {"agentes.ramal": "4-digit internal PBX extensions (4100-4170). Decided: NOT phone — an extension is a seat on "
                               "the internal PBX, not dialable from outside and reassigned between shifts",
              "agentes.data_admissao": "hire date, not birth date", "agentes.matricula": "employee number",
              "agentes.equipe": "team name", "agentes_pausas.motivo": "pause reason"},
        YML: {"pabx.ip": "server IP in 10.0.0.0/8, not a person's", "sip.trunks.usuario": "SIP trunk account ids (look like phone numbers, are the bank's trunk numbers)",
              "sip.trunks.did": "the bank's own 0800 / DID numbers"},
        "ura_ivr.log": {"(text)": "did=08007271500 is the bank's toll-free number; cartao_final= is a card last-four; call_id is epoch.seq"},
    },
    "notes": "CPFs are valid (both check digits); in the CSV about half are formatted 123.456.789-09 and half bare 11 digits "
             "(leading zeros kept); empty when the caller was not identified. Names are sometimes in upper case. "
             "agencia_conta is agência/conta-DV (e.g. 0341/4582107-3). Transcripts (every 3rd identified call) hold the "
             "customer's full name, the agent's first name, the CPF spoken in three styles, sometimes the birth date "
             "(spelled out or dd/mm/yyyy), sometimes a phone, and in most card-queue calls a full Luhn-valid 16-digit PAN "
             "(Visa/Mastercard/Elo, grouped 4-4-4-4, bare, or digit by digit); other card calls only mention the last four. "
             "IVR log: caller=+55DDDNNNNNNNNN (or anonymous), cpf= bare 11 digits or NA, timestamps of calls. "
             "agentes.perfil is the role of the agent's account (operador/supervisor/qualidade). agentes.ativo is a 0/1 "
             "active flag (ambiguous as account status). Zip member CSVs are Windows-1252 with ';'. People = %d customers + "
             "%d agents." % (len(clientes), len(agentes)),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("clientes", len(clientes), "agentes", len(agentes), "chamadas", len(chamadas), "transcricoes", len(transc),
      "pausas", len(pausas), "cats", sorted(trans_cats))
