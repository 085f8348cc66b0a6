"""Name, place and identifier pools + helpers for the Fotovia export (seeded, no Faker)."""
import random
import unicodedata

FIRST = {
    "PT": (["João", "Pedro", "Tiago", "Gonçalo", "Rui", "Miguel", "Duarte", "Francisco", "Afonso",
            "Rodrigo", "Diogo", "Bruno", "Nuno", "André", "Ricardo", "Hugo", "Vasco", "Henrique"],
           ["Ana", "Maria", "Inês", "Beatriz", "Mariana", "Catarina", "Sofia", "Joana", "Rita", "Leonor",
            "Matilde", "Carolina", "Margarida", "Filipa", "Teresa", "Sara", "Mafalda", "Raquel"]),
    "ES": (["Alejandro", "Pablo", "Javier", "Daniel", "Adrián", "Álvaro", "Sergio", "Carlos", "Manuel",
            "Íñigo", "Jorge", "Rubén", "Iván"],
           ["Lucía", "María", "Paula", "Laura", "Marta", "Alba", "Carmen", "Elena", "Irene", "Nerea",
            "Claudia", "Andrea", "Cristina", "Begoña", "Noelia"]),
    "BR": (["Lucas", "Gabriel", "Matheus", "Rafael", "Guilherme", "Felipe", "Gustavo", "Thiago",
            "Leonardo", "Vinícius", "Caio", "Otávio", "Renan"],
           ["Júlia", "Larissa", "Fernanda", "Camila", "Letícia", "Amanda", "Bruna", "Vitória", "Luana",
            "Giovanna", "Isabela", "Yasmin", "Thaís", "Débora"]),
    "FR": (["Lucas", "Hugo", "Louis", "Arthur", "Jules", "Nathan", "Théo", "Antoine", "Mathis"],
           ["Camille", "Léa", "Manon", "Chloé", "Juliette", "Élodie", "Clémence", "Amélie", "Margaux"]),
    "US": (["James", "Michael", "Brian", "Kevin", "Tyler", "Ethan", "Jordan", "Austin"],
           ["Emily", "Sarah", "Jessica", "Ashley", "Megan", "Rachel", "Olivia", "Hannah", "Madison"]),
}

LAST = {
    "PT": ["Silva", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa",
           "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida", "Ribeiro", "Pinto",
           "Carvalho", "Teixeira", "Moreira", "Correia", "Mendes", "Nunes", "Soares", "Vieira",
           "Monteiro", "Cardoso", "Rocha", "Raposo", "Neves", "Coelho", "Cunha", "Pires", "Simões",
           "Antunes", "Matos", "Fonseca", "Machado", "Araújo", "Barbosa", "Tavares", "Lourenço",
           "Figueiredo", "Azevedo", "Freitas", "Baptista", "Magalhães", "Brito", "Quintela", "Valente"],
    "ES": ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez",
           "Gómez", "Jiménez", "Hernández", "Ruiz", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero",
           "Navarro", "Torres", "Domínguez", "Vázquez", "Serrano", "Blanco", "Molina", "Castillo",
           "Ortega", "Delgado", "Iglesias", "Medina", "Garrido", "Cortés", "Echeverría", "Zubiri"],
    "BR": ["da Silva", "dos Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira",
           "Lima", "Gomes", "Ribeiro", "Carvalho", "Almeida", "Lopes", "Soares", "Fernandes", "Vieira",
           "Barbosa", "Rocha", "Dias", "Nascimento", "Andrade", "Moreira", "Nunes", "Marques",
           "Machado", "Mendes", "Freitas", "Cardoso", "Gonçalves", "Santana", "Teixeira", "Araújo",
           "Cavalcanti", "Monteiro", "Bezerra", "Prado"],
    "FR": ["Bernard", "Dubois", "Durand", "Leroy", "Moreau", "Laurent", "Lefèvre", "Bertrand",
           "Fournier", "Morel", "Girard", "Lefebvre", "Mercier", "Dupont", "Lambert", "Bonnet",
           "Faure", "Rousseau", "Chevalier", "Gauthier"],
    "US": ["Johnson", "Williams", "Miller", "Wilson", "Anderson", "Taylor", "Jackson", "Harris",
           "Thompson", "Walker", "Mitchell", "O'Connor", "Sullivan", "Hughes", "Bennett", "Reynolds"],
}

CITIES = {
    "PT": [("Lisboa", 0.45), ("Porto", 0.2), ("Braga", 0.06), ("Coimbra", 0.06), ("Setúbal", 0.05),
           ("Cascais", 0.06), ("Almada", 0.06), ("Faro", 0.06)],
    "ES": [("Madrid", 0.4), ("Barcelona", 0.3), ("Sevilla", 0.15), ("Valencia", 0.1), ("Vigo", 0.05)],
    "BR": [("São Paulo", 0.45), ("Rio de Janeiro", 0.3), ("Belo Horizonte", 0.1), ("Curitiba", 0.08),
           ("Porto Alegre", 0.07)],
    "FR": [("Paris", 0.6), ("Lyon", 0.25), ("Bordeaux", 0.15)],
    "US": [("New York", 0.35), ("San Francisco", 0.3), ("Boston", 0.2), ("Chicago", 0.15)],
}

PT_POSTAL = {"Lisboa": ["1000", "1050", "1069", "1100", "1150", "1170", "1200", "1250", "1300", "1350",
                        "1500", "1600", "1700", "1900"],
             "Porto": ["4000", "4050", "4100", "4150", "4200", "4250", "4300"],
             "Braga": ["4700", "4710", "4715"], "Coimbra": ["3000", "3030"], "Setúbal": ["2900", "2910"],
             "Cascais": ["2750", "2765"], "Almada": ["2800", "2805"], "Faro": ["8000", "8005"]}
PT_STREETS = {"Lisboa": ["Rua da Madalena", "Rua dos Fanqueiros", "Avenida de Roma", "Rua Morais Soares",
                         "Avenida Almirante Reis", "Rua do Carmo", "Travessa do Possolo",
                         "Rua Sampaio e Pina", "Avenida Guerra Junqueiro", "Rua de Campolide",
                         "Rua Actor Vale", "Calçada do Combro", "Rua da Graça", "Rua de Arroios"],
              "Porto": ["Rua de Cedofeita", "Rua de Santa Catarina", "Rua do Almada", "Avenida da Boavista",
                        "Rua Ferreira Borges", "Rua do Breiner", "Rua de Costa Cabral"]}
PT_FLOORS = ["1º Esq.", "2º Dto.", "3º Esq.", "R/C Dto.", "4º Frente", "5º B", "2º Esq.", "1º Dto.", "6º A"]
ES_POSTAL = {"Madrid": (28001, 28053), "Barcelona": (8001, 8042), "Sevilla": (41001, 41020),
             "Valencia": (46001, 46026), "Vigo": (36201, 36216)}
ES_STREETS = {"Madrid": ["Calle de Alcalá", "Calle de Toledo", "Calle de Bravo Murillo",
                         "Calle de Embajadores", "Calle de Fuencarral", "Paseo de las Delicias"],
              "Barcelona": ["Carrer de Mallorca", "Carrer de Provença", "Carrer del Consell de Cent",
                            "Carrer de Sants", "Carrer de Verdi"],
              "Sevilla": ["Calle Feria", "Avenida de la Constitución", "Calle Betis"],
              "Valencia": ["Calle Colón", "Avenida del Puerto", "Calle de Cuba"],
              "Vigo": ["Calle Urzaiz", "Rúa do Príncipe"]}
ES_FLOORS = ["2º B", "3º A", "1º D", "4º izq.", "Bajo", "5º dcha.", "2º C"]
BR_CEP = {"São Paulo": "0", "Rio de Janeiro": "2", "Belo Horizonte": "3", "Curitiba": "8",
          "Porto Alegre": "9"}
BR_STREETS = {"São Paulo": ["Rua Augusta", "Avenida Paulista", "Rua Oscar Freire", "Rua Haddock Lobo",
                            "Rua Harmonia", "Rua Cardeal Arcoverde"],
              "Rio de Janeiro": ["Rua Visconde de Pirajá", "Rua Barata Ribeiro", "Rua Voluntários da Pátria",
                                 "Rua Farme de Amoedo"],
              "Belo Horizonte": ["Rua da Bahia", "Avenida Afonso Pena", "Rua Pernambuco"],
              "Curitiba": ["Rua XV de Novembro", "Avenida Sete de Setembro"],
              "Porto Alegre": ["Rua dos Andradas", "Avenida Ipiranga"]}
FR_STREETS = {"Paris": ["rue de la Roquette", "rue Oberkampf", "boulevard Voltaire", "rue des Martyrs",
                        "rue de Charonne", "rue du Faubourg Saint-Denis"],
              "Lyon": ["rue Mercière", "cours Gambetta", "rue de la Charité"],
              "Bordeaux": ["cours de l'Intendance", "rue Sainte-Catherine"]}
FR_POSTAL = {"Paris": ["75003", "75010", "75011", "75018", "75020"], "Lyon": ["69002", "69007"],
             "Bordeaux": ["33000", "33800"]}
US_STREETS = {"New York": (["Bedford Ave", "Atlantic Ave", "W 104th St", "Court St"], "NY", ["11211", "11217", "10025", "11201"]),
              "San Francisco": (["Mission St", "Valencia St", "Haight St", "Divisadero St"], "CA", ["94103", "94110", "94117"]),
              "Boston": (["Commonwealth Ave", "Tremont St", "Hanover St"], "MA", ["02215", "02116", "02113"]),
              "Chicago": (["N Milwaukee Ave", "W Armitage Ave", "N Clark St"], "IL", ["60622", "60614", "60610"])}

EMAIL_DOMAINS = {
    "PT": [("gmail.com", 0.45), ("sapo.pt", 0.25), ("hotmail.com", 0.15), ("outlook.pt", 0.1), ("iol.pt", 0.05)],
    "ES": [("gmail.com", 0.5), ("hotmail.es", 0.3), ("yahoo.es", 0.1), ("outlook.es", 0.1)],
    "BR": [("gmail.com", 0.5), ("uol.com.br", 0.2), ("hotmail.com", 0.15), ("bol.com.br", 0.1), ("terra.com.br", 0.05)],
    "FR": [("orange.fr", 0.35), ("gmail.com", 0.35), ("free.fr", 0.15), ("laposte.net", 0.15)],
    "US": [("gmail.com", 0.6), ("yahoo.com", 0.2), ("outlook.com", 0.2)],
}

IP4_PREFIX = {"PT": [(85, 240, 247), (188, 80, 83), (94, 60, 63), (2, 80, 83), (89, 152, 155)],
              "ES": [(83, 32, 63), (79, 144, 159), (88, 0, 31), (81, 36, 47)],
              "BR": [(177, 32, 207), (179, 96, 223), (189, 0, 127), (201, 0, 95)],
              "FR": [(90, 0, 127), (82, 64, 127), (78, 192, 255)],
              "US": [(73, 0, 255), (24, 0, 30), (98, 0, 50)]}
IP6_PREFIX = {"PT": "2001:8a0", "ES": "2a0c:5a80", "BR": "2804:14c", "FR": "2a01:cb1c", "US": "2601:647"}

BR_DDD = {"São Paulo": "11", "Rio de Janeiro": "21", "Belo Horizonte": "31", "Curitiba": "41",
          "Porto Alegre": "51"}
US_AREA = {"New York": ["718", "347", "917"], "San Francisco": ["415", "628"], "Boston": ["617", "857"],
           "Chicago": ["312", "773"]}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def wpick(rng, pairs):
    r = rng.random() * sum(w for _, w in pairs)
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]


# ---------- national ids ----------
def nif(rng):
    d = [rng.choice([1, 2, 2, 2, 3])] + [rng.randint(0, 9) for _ in range(7)]
    s = sum(x * (9 - i) for i, x in enumerate(d))
    r = s % 11
    c = 0 if r < 2 else 11 - r
    return "".join(map(str, d + [c]))


def dni(rng):
    n = rng.randint(10_000_000, 79_999_999)
    return f"{n:08d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]


def cpf(rng):
    d = [rng.randint(0, 9) for _ in range(9)]
    if len(set(d)) == 1:
        d[0] = (d[0] + 1) % 10
    for k in (10, 11):
        s = sum(x * (k - i) for i, x in enumerate(d))
        d.append((s * 10 % 11) % 10)
    s = "".join(map(str, d))
    return s, f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def nif_ok(s):
    d = list(map(int, s))
    r = sum(x * (9 - i) for i, x in enumerate(d[:8])) % 11
    return d[8] == (0 if r < 2 else 11 - r)


def cpf_ok(s):
    d = list(map(int, s))
    for k in (9, 10):
        if d[k] != (sum(x * (k + 1 - i) for i, x in enumerate(d[:k])) * 10 % 11) % 10:
            return False
    return True


# ---------- IBAN ----------
def _iban_check(cc, bban):
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban_pt(rng):
    bank = rng.choice(["0035", "0033", "0007", "0010", "0018", "0036", "0045", "0269"])
    branch = f"{rng.randint(1, 999):04d}"
    acct = "".join(str(rng.randint(0, 9)) for _ in range(11))
    base = bank + branch + acct
    nib = f"{98 - (int(base) * 100) % 97:02d}"
    bban = base + nib
    return "PT" + _iban_check("PT", bban) + bban


def iban_es(rng):
    bank = rng.choice(["2100", "0049", "0182", "0081", "2085", "0128", "1465"])
    branch = f"{rng.randint(1, 9999):04d}"
    acct = "".join(str(rng.randint(0, 9)) for _ in range(10))
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(digits):
        s = sum(int(c) * w[i] for i, c in enumerate(digits))
        r = 11 - s % 11
        return 0 if r == 11 else (1 if r == 10 else r)
    bban = bank + branch + f"{dc('00' + bank + branch)}{dc(acct)}" + acct
    return "ES" + _iban_check("ES", bban) + bban


def iban_fr(rng):
    bank = rng.choice(["30004", "30003", "20041", "10278", "30002", "18206"])
    guichet = f"{rng.randint(1, 99999):05d}"
    acct = "".join(str(rng.randint(0, 9)) for _ in range(11))
    key = 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(acct)) % 97
    bban = bank + guichet + acct + f"{key:02d}"
    return "FR" + _iban_check("FR", bban) + bban


def iban_br(rng):
    ispb = rng.choice(["00000000", "00360305", "60701190", "60746948", "90400888", "18236120"])
    agency = f"{rng.randint(1, 9999):05d}"
    acct = "".join(str(rng.randint(0, 9)) for _ in range(10))
    bban = ispb + agency + acct + "C1"
    return "BR" + _iban_check("BR", bban) + bban


IBAN = {"PT": iban_pt, "ES": iban_es, "FR": iban_fr, "BR": iban_br}


def iban_spaced(iban):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


# ---------- phones ----------
def new_phone(rng, cc, city):
    if cc == "PT":
        nsn = rng.choice(["91", "92", "93", "96"]) + "".join(str(rng.randint(0, 9)) for _ in range(7))
    elif cc == "ES":
        nsn = rng.choice(["6", "6", "6", "7"]) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    elif cc == "BR":
        nsn = BR_DDD.get(city, "11") + "9" + str(rng.randint(6, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
    elif cc == "FR":
        nsn = rng.choice(["6", "6", "7"]) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    else:
        nsn = rng.choice(US_AREA.get(city, ["312"])) + str(rng.randint(2, 9)) + "".join(
            str(rng.randint(0, 9)) for _ in range(2)) + "".join(str(rng.randint(0, 9)) for _ in range(4))
        if nsn[3:6] == "555":
            nsn = nsn[:3] + "556" + nsn[6:]
    return Phone(cc, nsn)


class Phone:
    CODES = {"PT": "351", "ES": "34", "BR": "55", "FR": "33", "US": "1"}

    def __init__(self, cc, nsn):
        self.cc, self.nsn = cc, nsn
        self.code = self.CODES[cc]

    @property
    def e164(self):
        return "+" + self.code + self.nsn

    @property
    def digits(self):  # as stored in a bigint / JSON number
        return self.code + self.nsn

    @property
    def intl(self):
        n = self.nsn
        if self.cc == "PT":
            return f"+351 {n[:3]} {n[3:6]} {n[6:]}"
        if self.cc == "ES":
            return f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"
        if self.cc == "BR":
            return f"+55 {n[:2]} {n[2:7]}-{n[7:]}"
        if self.cc == "FR":
            return f"+33 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}"
        return f"+1 {n[:3]}-{n[3:6]}-{n[6:]}"

    @property
    def national(self):
        n = self.nsn
        if self.cc == "PT":
            return f"{n[:3]} {n[3:6]} {n[6:]}"
        if self.cc == "ES":
            return f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"
        if self.cc == "BR":
            return f"({n[:2]}) {n[2:7]}-{n[7:]}"
        if self.cc == "FR":
            return f"0{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}"
        return f"({n[:3]}) {n[3:6]}-{n[6:]}"

    @property
    def mbway(self):
        return "351#" + self.nsn
