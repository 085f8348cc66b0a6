#!/usr/bin/env python3
"""Mercasur Hogar S.L. (Spanish home-goods retailer) -- a pile of operational files that
hold NO personal data. All files are controls. Writes data/ and truth.json. Seeded."""
import json, os, random, io, tarfile, gzip, shutil, hashlib, datetime as dt

R = random.Random(34_2024)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
if os.path.exists(DATA):
    shutil.rmtree(DATA)
os.makedirs(DATA)

def ean13(body12):
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)

def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0

# ------------------------------------------------------------------ catalogue CSV
CATS = {
    "Cocina": ["Sartén antiadherente 28 cm", "Olla a presión 6 L", "Juego de cuchillos 5 piezas", "Tabla de cortar bambú",
               "Cafetera italiana 6 tazas", "Batidora de vaso 1,5 L", "Tostadora 2 ranuras", "Escurreplatos inox",
               "Fiambrera de vidrio 1 L", "Paellera esmaltada 40 cm"],
    "Baño": ["Toalla de ducha algodón 70x140", "Alfombrilla de baño antideslizante", "Cortina de ducha poliéster",
             "Dispensador de jabón cerámica", "Cesto para ropa sucia", "Espejo de aumento x5"],
    "Dormitorio": ["Juego de sábanas 150 cm", "Almohada viscoelástica", "Edredón nórdico 300 g", "Funda nórdica 135",
                   "Manta polar 130x170", "Protector de colchón impermeable"],
    "Iluminación": ["Bombilla LED E27 9W", "Lámpara de pie arco", "Tira LED 5 m RGB", "Flexo de escritorio",
                    "Aplique de pared exterior", "Bombilla LED GU10 5W pack 3"],
    "Ordenación": ["Caja de almacenaje 30 L", "Perchas de madera pack 10", "Estantería metálica 5 baldas",
                   "Organizador de cajones", "Zapatero 3 niveles"],
    "Limpieza": ["Fregona microfibra", "Cubo con escurridor", "Escoba de exterior", "Recogedor con mango",
                 "Bayetas multiusos pack 6", "Aspirador de mano sin cable"],
    "Jardín": ["Manguera extensible 15 m", "Maceta de barro 30 cm", "Tijeras de podar", "Silla plegable de terraza",
               "Regadera 10 L", "Guirnalda solar 20 LED"],
}
MARCAS = ["Mercasur", "Mercasur", "Casa Viva", "Lumenta", "Cocinex", "Verdeluz", "Textil Mar"]
rows = ["sku;ean13;descripcion;marca;familia;precio_pvp;iva;stock_total;peso_kg;fecha_alta;activo"]
skus = []
for fam, items in CATS.items():
    for it in items:
        for var in R.sample(["", " blanco", " gris", " negro", " azul", " pack 2", " XL"], R.randint(1, 3)):
            sku = f"{R.choice(['1', '2', '3', '4', '5', '6'])}{R.randint(0, 10**15 - 1):015d}"
            skus.append(sku)
            ean = ean13("84" + f"{R.randint(10000, 99999)}" + f"{R.randint(0, 99999):05d}")
            price = round(R.uniform(1.95, 189.0), 2)
            price = int(price) + R.choice([0.95, 0.99, 0.5, 0.0])
            rows.append(";".join([sku, ean, (it + var).strip(), R.choice(MARCAS), fam,
                                  f"{price:.2f}".replace(".", ","), "21", str(R.randint(0, 4200)),
                                  f"{R.uniform(0.05, 18):.3f}".replace(".", ","),
                                  (dt.date(2018, 1, 1) + dt.timedelta(days=R.randint(0, 2300))).strftime("%d/%m/%Y"),
                                  R.choice(["S", "S", "S", "N"])]))
with open(os.path.join(DATA, "catalogo_productos.csv"), "w", encoding="cp1252", newline="") as f:
    f.write("\r\n".join(rows) + "\r\n")
sku_luhn = sum(luhn_ok(s) for s in skus)
sku_4 = sum(1 for s in skus if s[0] in "45")

# ------------------------------------------------------------------ Prometheus metrics
m = []
def H(name, typ, help_):
    m.append(f"# HELP {name} {help_}")
    m.append(f"# TYPE {name} {typ}")
H("go_gc_duration_seconds", "summary", "A summary of the pause duration of garbage collection cycles.")
for qv, val in zip(["0", "0.25", "0.5", "0.75", "1"], sorted(R.uniform(1e-5, 4e-3) for _ in range(5))):
    m.append(f'go_gc_duration_seconds{{quantile="{qv}"}} {val:.9g}')
m.append(f"go_gc_duration_seconds_sum {R.uniform(10, 90):.6f}")
m.append(f"go_gc_duration_seconds_count {R.randint(10000, 90000)}")
H("go_goroutines", "gauge", "Number of goroutines that currently exist.")
m.append(f"go_goroutines {R.randint(40, 400)}")
H("process_resident_memory_bytes", "gauge", "Resident memory size in bytes.")
m.append(f"process_resident_memory_bytes {R.randint(80, 600) * 1048576}")
H("process_start_time_seconds", "gauge", "Start time of the process since unix epoch in seconds.")
m.append(f"process_start_time_seconds {1714521600 + R.randint(0, 86400)}.{R.randint(10, 99)}")
H("http_requests_total", "counter", "Total number of HTTP requests by handler, method and status.")
HANDLERS = ["/api/v1/productos", "/api/v1/productos/{sku}", "/api/v1/stock/{tienda}", "/api/v1/tiendas",
            "/api/v1/carrito", "/api/v1/pedidos", "/healthz", "/metrics"]
for inst in ["10.20.1.14:8080", "10.20.1.15:8080", "10.20.1.16:8080"]:
    for h in HANDLERS:
        for meth, code in [("GET", "200"), ("GET", "404"), ("POST", "201"), ("GET", "500")]:
            if meth == "POST" and h not in ("/api/v1/carrito", "/api/v1/pedidos"):
                continue
            m.append(f'http_requests_total{{code="{code}",handler="{h}",instance="{inst}",job="catalogo-api",method="{meth}"}} '
                     f'{R.randint(0, 3_000_000) if code in ("200", "201") else R.randint(0, 4000)}')
H("http_request_duration_seconds", "histogram", "Latency of HTTP requests.")
acc = 0
for le in ["0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "+Inf"]:
    acc += R.randint(1000, 400000)
    m.append(f'http_request_duration_seconds_bucket{{handler="/api/v1/productos",job="catalogo-api",le="{le}"}} {acc}')
m.append(f'http_request_duration_seconds_sum{{handler="/api/v1/productos",job="catalogo-api"}} {acc * 0.031:.3f}')
m.append(f'http_request_duration_seconds_count{{handler="/api/v1/productos",job="catalogo-api"}} {acc}')
H("node_network_receive_bytes_total", "counter", "Network device statistic receive_bytes.")
for inst in ["10.20.1.14:9100", "10.20.1.15:9100", "10.20.1.16:9100", "10.20.2.30:9100"]:
    for dev in ["eth0", "lo"]:
        m.append(f'node_network_receive_bytes_total{{device="{dev}",instance="{inst}",job="node"}} {R.randint(10**8, 10**12):.6e}')
H("node_filesystem_avail_bytes", "gauge", "Filesystem space available to non-root users in bytes.")
for inst in ["10.20.1.14:9100", "10.20.2.30:9100"]:
    m.append(f'node_filesystem_avail_bytes{{device="/dev/nvme0n1p1",fstype="ext4",instance="{inst}",job="node",mountpoint="/"}} {R.randint(10**9, 10**11)}')
H("pedidos_procesados_total", "counter", "Pedidos procesados por canal y tienda.")
for t in ["MAD-01", "MAD-02", "BCN-01", "VLC-01", "SVQ-01", "BIO-01", "ZAZ-01", "AGP-01", "ONLINE"]:
    for canal in ["tienda", "click_collect", "web"]:
        m.append(f'pedidos_procesados_total{{canal="{canal}",tienda="{t}"}} {R.randint(0, 90000)}')
H("stock_sync_last_success_timestamp_seconds", "gauge", "Unix time of the last successful stock sync.")
m.append(f"stock_sync_last_success_timestamp_seconds {1714640000 + R.randint(0, 3600)}")
H("up", "gauge", "1 if the target is reachable.")
for inst in ["10.20.1.14:8080", "10.20.1.15:8080", "10.20.1.16:8080"]:
    m.append(f'up{{instance="{inst}",job="catalogo-api"}} 1')
with open(os.path.join(DATA, "metrics_catalogo-api.prom"), "w", encoding="utf-8") as f:
    f.write("\n".join(m) + "\n")

# ------------------------------------------------------------------ CI build log (GitLab runner style)
sha = hashlib.sha1(b"mercasur-catalogo-v4.8.2").hexdigest()
t0 = dt.datetime(2024, 5, 2, 7, 41, 3)
def ts(sec):
    return (t0 + dt.timedelta(seconds=sec)).strftime("%Y-%m-%dT%H:%M:%S.") + f"{R.randint(0, 999999):06d}Z"
ci = [
    f"{ts(0)} 00O Running with gitlab-runner 16.10.0 (81ab07f6)",
    f"{ts(0)} 00O   on ci-runner-docker-02 Xq7sKzB1, system ID: s_5e1f0a2b9c44",
    f"{ts(0)} 00O Preparing the \"docker\" executor",
    f"{ts(1)} 00O Using Docker executor with image node:20.12-bookworm ...",
    f"{ts(6)} 00O Pulling docker image node:20.12-bookworm ...",
    f"{ts(14)} 00O Using docker image sha256:{hashlib.sha256(b'node20').hexdigest()} for node:20.12-bookworm with digest node@sha256:{hashlib.sha256(b'node20d').hexdigest()} ...",
    f"{ts(15)} 00O Preparing environment",
    f"{ts(16)} 00O Running on runner-xq7skzb1-project-112-concurrent-0 via ci-runner-docker-02...",
    f"{ts(17)} 00O Getting source from Git repository",
    f"{ts(17)} 00O Fetching changes with git depth set to 20...",
    f"{ts(18)} 00O Initialized empty Git repository in /builds/plataforma/catalogo-api/.git/",
    f"{ts(18)} 00O Created fresh repository.",
    f"{ts(19)} 00O Checking out {sha[:8]} as detached HEAD (ref is v4.8.2)...",
    f"{ts(20)} 00O Restoring cache",
    f"{ts(20)} 00O Checking cache for node-modules-{hashlib.md5(b'lock').hexdigest()[:16]}-protected...",
    f"{ts(22)} 00O Successfully extracted cache",
    f"{ts(22)} 00O Executing \"step_script\" stage of the job script",
    f"{ts(22)} 00O $ npm ci --prefer-offline",
    f"{ts(47)} 00O added 1184 packages, and audited 1185 packages in 24s",
    f"{ts(47)} 00O 162 packages are looking for funding",
    f"{ts(47)} 00O   run `npm fund` for details",
    f"{ts(47)} 00O 2 moderate severity vulnerabilities",
    f"{ts(48)} 00O $ npm run lint",
    f"{ts(48)} 00O > catalogo-api@4.8.2 lint",
    f"{ts(48)} 00O > eslint src --max-warnings 0",
    f"{ts(61)} 00O $ npm test -- --ci --reporters=default --reporters=jest-junit",
    f"{ts(61)} 00O > catalogo-api@4.8.2 test",
]
suites = ["productos.service", "stock.controller", "precios.util", "ean.validator", "tiendas.repository",
          "pedidos.service", "import-catalogo.job", "metrics.middleware"]
sec = 62
for su in suites:
    sec += R.randint(1, 6)
    ci.append(f"{ts(sec)} 00O PASS src/{su.split('.')[0]}/{su}.spec.ts ({R.uniform(0.8, 9.5):.3f} s)")
ci += [
    f"{ts(sec + 1)} 00O Test Suites: {len(suites)} passed, {len(suites)} total",
    f"{ts(sec + 1)} 00O Tests:       {R.randint(180, 320)} passed, {R.randint(180, 320) + 3} total",
    f"{ts(sec + 1)} 00O Snapshots:   0 total",
    f"{ts(sec + 1)} 00O Time:        {sec - 60:.3f} s",
    f"{ts(sec + 2)} 00O $ docker build -t registry.mercasur.internal/plataforma/catalogo-api:4.8.2 .",
    f"{ts(sec + 3)} 00O #1 [internal] load build definition from Dockerfile",
    f"{ts(sec + 9)} 00O #7 [build 3/6] RUN npm ci --omit=dev",
    f"{ts(sec + 31)} 00O #11 exporting to image",
    f"{ts(sec + 33)} 00O #11 writing image sha256:{hashlib.sha256(b'img482').hexdigest()} done",
    f"{ts(sec + 34)} 00O $ docker push registry.mercasur.internal/plataforma/catalogo-api:4.8.2",
    f"{ts(sec + 41)} 00O 4.8.2: digest: sha256:{hashlib.sha256(b'dig482').hexdigest()} size: 2415",
    f"{ts(sec + 42)} 00O Saving cache for successful job",
    f"{ts(sec + 45)} 00O Uploading artifacts for successful job",
    f"{ts(sec + 45)} 00O Uploading artifacts...",
    f"{ts(sec + 46)} 00O junit.xml: found 1 matching artifact files and directories",
    f"{ts(sec + 47)} 00O Uploading artifacts as \"junit\" to coordinator... 201 Created  id=48213 responseStatus=201 Created",
    f"{ts(sec + 48)} 00O Cleaning up project directory and file based variables",
    f"{ts(sec + 49)} 00O Job succeeded",
]
with open(os.path.join(DATA, "ci_job_48213.log"), "w", encoding="utf-8") as f:
    f.write("\n".join(ci) + "\n")

# ------------------------------------------------------------------ CHANGELOG.md (no author handles)
cl = ["# Changelog", "", "Todos los cambios relevantes de `catalogo-api` se documentan en este fichero.", "",
      "El formato sigue [Keep a Changelog](https://keepachangelog.com/es-ES/1.1.0/) y el proyecto usa "
      "[Versionado Semántico](https://semver.org/lang/es/).", ""]
entries = [
    ("4.8.2", "2024-05-02", {"Corregido": ["El validador de EAN-13 aceptaba códigos de 12 dígitos (#412).",
                                           "Timeout al sincronizar stock de la tienda ZAZ-01."]}),
    ("4.8.1", "2024-04-18", {"Corregido": ["Redondeo del IVA en precios con 3 decimales (#405)."]}),
    ("4.8.0", "2024-04-09", {"Añadido": ["Endpoint `/api/v1/tiendas/{id}/horario`.",
                                         "Métrica `pedidos_procesados_total` por canal."],
                             "Cambiado": ["Node.js 20 LTS como imagen base."]}),
    ("4.7.3", "2024-03-12", {"Seguridad": ["Actualizado `express` a 4.19.2."]}),
    ("4.7.0", "2024-02-20", {"Añadido": ["Importación nocturna del catálogo desde el ERP (job `import-catalogo`)."],
                             "Eliminado": ["Soporte de la API v0 (deprecada desde 3.2.0)."]}),
    ("4.6.0", "2024-01-15", {"Cambiado": ["Los SKU pasan a 16 dígitos; los antiguos de 13 se rellenan con ceros."]}),
    ("4.5.4", "2023-12-01", {"Corregido": ["Stock negativo en devoluciones click & collect (#371)."]}),
]
for v, d, secs in entries:
    cl.append(f"## [{v}] - {d}")
    cl.append("")
    for k, items in secs.items():
        cl.append(f"### {k}")
        cl.append("")
        cl += [f"- {i}" for i in items]
        cl.append("")
cl.append("[4.8.2]: https://git.mercasur.internal/plataforma/catalogo-api/-/compare/v4.8.1...v4.8.2")
cl.append("[4.8.1]: https://git.mercasur.internal/plataforma/catalogo-api/-/compare/v4.8.0...v4.8.1")
with open(os.path.join(DATA, "CHANGELOG.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(cl) + "\n")

# ------------------------------------------------------------------ INE municipalities gazetteer
MUN = [("28079", "Madrid", "Madrid", "Comunidad de Madrid", 40.4168, -3.7038, 3332035),
       ("08019", "Barcelona", "Barcelona", "Cataluña", 41.3874, 2.1686, 1660122),
       ("46250", "València", "Valencia/València", "Comunitat Valenciana", 39.4699, -0.3763, 807693),
       ("41091", "Sevilla", "Sevilla", "Andalucía", 37.3891, -5.9845, 681998),
       ("50297", "Zaragoza", "Zaragoza", "Aragón", 41.6488, -0.8891, 682513),
       ("29067", "Málaga", "Málaga", "Andalucía", 36.7213, -4.4214, 586384),
       ("30030", "Murcia", "Murcia", "Región de Murcia", 37.9922, -1.1307, 470939),
       ("07040", "Palma", "Illes Balears", "Illes Balears", 39.5696, 2.6502, 423350),
       ("35016", "Las Palmas de Gran Canaria", "Las Palmas", "Canarias", 28.1235, -15.4363, 379925),
       ("48020", "Bilbao", "Bizkaia", "País Vasco", 43.2630, -2.9350, 345110),
       ("03014", "Alicante/Alacant", "Alicante/Alacant", "Comunitat Valenciana", 38.3452, -0.4810, 349282),
       ("14021", "Córdoba", "Córdoba", "Andalucía", 37.8882, -4.7794, 322811),
       ("47186", "Valladolid", "Valladolid", "Castilla y León", 41.6523, -4.7245, 297459),
       ("36057", "Vigo", "Pontevedra", "Galicia", 42.2406, -8.7207, 293837),
       ("33024", "Gijón", "Asturias", "Principado de Asturias", 43.5322, -5.6611, 268313),
       ("08101", "L'Hospitalet de Llobregat", "Barcelona", "Cataluña", 41.3597, 2.1000, 274455),
       ("15030", "A Coruña", "A Coruña", "Galicia", 43.3623, -8.4115, 247376),
       ("01059", "Vitoria-Gasteiz", "Araba/Álava", "País Vasco", 42.8467, -2.6716, 255886),
       ("18087", "Granada", "Granada", "Andalucía", 37.1773, -3.5986, 230595),
       ("03065", "Elche/Elx", "Alicante/Alacant", "Comunitat Valenciana", 38.2669, -0.6983, 235580),
       ("33044", "Oviedo", "Asturias", "Principado de Asturias", 43.3614, -5.8494, 219910),
       ("28014", "Alcorcón", "Madrid", "Comunidad de Madrid", 40.3459, -3.8249, 171772),
       ("28065", "Getafe", "Madrid", "Comunidad de Madrid", 40.3057, -3.7329, 185180),
       ("31201", "Pamplona/Iruña", "Navarra", "Comunidad Foral de Navarra", 42.8125, -1.6458, 203418),
       ("39075", "Santander", "Cantabria", "Cantabria", 43.4623, -3.8099, 172221),
       ("37274", "Salamanca", "Salamanca", "Castilla y León", 40.9701, -5.6635, 142412),
       ("24089", "León", "León", "Castilla y León", 42.5987, -5.5671, 120951),
       ("20069", "Donostia/San Sebastián", "Gipuzkoa", "País Vasco", 43.3183, -1.9812, 188102),
       ("12040", "Castelló de la Plana", "Castellón/Castelló", "Comunitat Valenciana", 39.9864, -0.0513, 174264),
       ("45168", "Toledo", "Toledo", "Castilla-La Mancha", 39.8628, -4.0273, 86160),
       ("10037", "Cáceres", "Cáceres", "Extremadura", 39.4753, -6.3724, 95617),
       ("06015", "Badajoz", "Badajoz", "Extremadura", 38.8794, -6.9707, 150146),
       ("26089", "Logroño", "La Rioja", "La Rioja", 42.4627, -2.4450, 152485),
       ("22125", "Huesca", "Huesca", "Aragón", 42.1401, -0.4089, 53956),
       ("44216", "Teruel", "Teruel", "Aragón", 40.3456, -1.1065, 35994)]
g = ["codigo_ine,municipio,provincia,comunidad_autonoma,latitud,longitud,poblacion_2023"]
for row in MUN:
    cells = [row[0], row[1], row[2], row[3], f"{row[4]:.4f}", f"{row[5]:.4f}", str(row[6])]
    g.append(",".join('"' + c + '"' if "," in c else c for c in cells))
with open(os.path.join(DATA, "municipios_ine.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("\n".join(g) + "\n")

# ------------------------------------------------------------------ stores.json (businesses)
STORES = [("MAD-01", "Mercasur Madrid Chamberí", "Calle de Fuencarral, 118", "28010", "Madrid", 40.4299, -3.7022, "91"),
          ("MAD-02", "Mercasur Getafe Centro", "Calle Madrid, 54", "28901", "Getafe", 40.3080, -3.7310, "91"),
          ("BCN-01", "Mercasur Barcelona Sants", "Carrer de Sants, 212", "08028", "Barcelona", 41.3756, 2.1354, "93"),
          ("VLC-01", "Mercasur València Russafa", "Carrer de Sueca, 31", "46006", "València", 39.4620, -0.3731, "96"),
          ("SVQ-01", "Mercasur Sevilla Nervión", "Avenida Luis de Morales, 20", "41018", "Sevilla", 37.3830, -5.9737, "95"),
          ("BIO-01", "Mercasur Bilbao Indautxu", "Alameda de Urquijo, 61", "48011", "Bilbao", 43.2626, -2.9434, "94"),
          ("ZAZ-01", "Mercasur Zaragoza Delicias", "Avenida de Madrid, 170", "50017", "Zaragoza", 41.6497, -0.9125, "976"),
          ("AGP-01", "Mercasur Málaga Teatinos", "Avenida Plutarco, 38", "29010", "Málaga", 36.7205, -4.4665, "95")]
stores = []
FREEPHONE = f"900 {R.randint(100, 999)} {R.randint(100, 999)}"
_cb = f"{R.randint(1000000, 9999999)}"
_s = sum(int(_cb[i]) for i in (1, 3, 5)) + sum(sum(divmod(int(_cb[i]) * 2, 10)) for i in (0, 2, 4, 6))
CIF = "B" + _cb + str((10 - _s % 10) % 10)
for code, name, street, cp, city, lat, lon, pfx in STORES:
    if len(pfx) == 3:
        rest = f"{R.randint(100000, 999999)}"
        tel = f"{pfx} {rest[:2]} {rest[2:4]} {rest[4:]}"
    else:
        rest = f"{R.randint(1000000, 9999999)}"
        tel = f"{pfx}{rest[0]} {rest[1:3]} {rest[3:5]} {rest[5:]}"
    stores.append({"codigo": code, "nombre": name,
                   "direccion": {"calle": street, "codigo_postal": cp, "municipio": city, "pais": "ES"},
                   "contacto": {"telefono": f"+34 {tel}", "telefono_pedidos": FREEPHONE},
                   "geo": {"lat": lat, "lon": lon},
                   "horario": [{"dias": "L-V", "apertura": "09:30", "cierre": "21:30"},
                               {"dias": "S", "apertura": "10:00", "cierre": "21:00"},
                               {"dias": "D", "apertura": None, "cierre": None}],
                   "servicios": R.sample(["click_collect", "parking", "montaje", "envio_domicilio", "devoluciones"], 3),
                   "superficie_m2": R.randint(900, 4200), "apertura": f"{R.randint(2009, 2022)}-0{R.randint(1, 9)}-01"})
with open(os.path.join(DATA, "stores.json"), "w", encoding="utf-8") as f:
    json.dump({"version": "2024-05-01", "empresa": "Mercasur Hogar S.L.", "cif": CIF, "tiendas": stores},
              f, ensure_ascii=False, indent=2)

# ------------------------------------------------------------------ warehouse sensor NDJSON
ALM = [("ALM-GET-01", "Getafe"), ("ALM-RIB-02", "Riba-roja de Túria")]
devices = []
for alm, _ in ALM:
    for k in range(6):
        kind = R.choice(["termohigrometro", "termohigrometro", "carretilla", "puerta_muelle"])
        mac = "00:1B:44:" + ":".join(f"{R.randint(0, 255):02X}" for _ in range(3)) if kind == "termohigrometro" \
            else "B8:27:EB:" + ":".join(f"{R.randint(0, 255):02X}" for _ in range(3))
        serial = {"termohigrometro": f"SHT45-{R.randint(1000, 9999)}-{R.randint(10000, 99999)}",
                  "carretilla": f"LND-E20-{R.randint(100000, 999999)}",
                  "puerta_muelle": f"HRM-DK{R.randint(10, 99)}-{R.randint(1000, 9999)}"}[kind]
        devices.append(dict(alm=alm, kind=kind, serial=serial, mac=mac, zona=R.choice(
            ["camara-frio-1", "camara-frio-2", "pasillo-A", "pasillo-C", "muelle-3", "muelle-5", "picking"]),
            fw=R.choice(["2.4.1", "2.4.3", "3.0.0"])))
lines = []
start = dt.datetime(2024, 5, 2, 0, 0)
for step in range(0, 24 * 60, 10):
    t = start + dt.timedelta(minutes=step)
    for d in devices:
        rec = {"ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "almacen": d["alm"],
               "device": {"serial": d["serial"], "tipo": d["kind"], "mac": d["mac"], "firmware": d["fw"]},
               "zona": d["zona"]}
        if d["kind"] == "termohigrometro":
            base = 3.5 if "frio" in d["zona"] else 19.0
            rec["lectura"] = {"temperatura_c": round(base + R.uniform(-1.2, 1.5), 2),
                              "humedad_pct": round(R.uniform(40, 75), 1), "bateria_pct": R.randint(40, 100)}
        elif d["kind"] == "carretilla":
            rec["lectura"] = {"bateria_pct": R.randint(15, 100), "horas_motor": round(1200 + step / 60 + R.random(), 1),
                              "impactos": R.choice([0, 0, 0, 0, 1])}
        else:
            rec["lectura"] = {"estado": R.choice(["cerrada", "cerrada", "abierta"]), "ciclos": R.randint(20000, 90000)}
        lines.append(json.dumps(rec, ensure_ascii=False, separators=(",", ":")))
with open(os.path.join(DATA, "sensores_almacen_2024-05-02.ndjson"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")

# ------------------------------------------------------------------ tar.gz: monthly sales report
vr = ["tienda;mes;ventas_eur;tickets;ticket_medio_eur;devoluciones"]
for code, *_ in STORES:
    for mth in range(1, 5):
        v = R.randint(180000, 950000); tk = R.randint(9000, 40000)
        vr.append(f"{code};2024-{mth:02d};{v},{R.randint(0, 99):02d};{tk};{v / tk:.2f}".replace(".", ",") + f";{R.randint(50, 900)}")
buf = ("\n".join(vr) + "\n").encode("utf-8")
with open(os.path.join(DATA, "informes_ventas_2024.tar.gz"), "wb") as _raw, gzip.GzipFile(filename="", mode="wb", fileobj=_raw, mtime=1710468000) as _gz, tarfile.open(fileobj=_gz, mode="w") as tf:
    ti = tarfile.TarInfo("informes/ventas_mensuales_tienda.csv")
    ti.size = len(buf); ti.mtime = 1714600000; ti.mode = 0o644; ti.uname = ti.gname = "bi"
    tf.addfile(ti, io.BytesIO(buf))

# ------------------------------------------------------------------ truth
files = sorted(os.listdir(DATA))
controls = [f for f in files if f != "informes_ventas_2024.tar.gz"] + ["informes_ventas_2024.tar.gz!informes/ventas_mensuales_tienda.csv"]
truth = {
    "brief": ("Mercasur Hogar S.L., a Spanish home-goods retailer: operational files with no personal data. "
              "Product catalogue CSV (cp1252, ';', EAN-13 + 16-digit SKU), Prometheus metrics of the catalogue API, "
              "a GitLab CI job log, CHANGELOG.md without author handles, an INE gazetteer of municipalities with "
              "coordinates, stores.json with shop addresses and shop phone numbers, warehouse sensor NDJSON keyed "
              "by machine serials/MACs, and a tar.gz with monthly sales per store. Spanish headers."),
    "people": 0,
    "fields": {},
    "text": {},
    "controls": controls,
    "ambiguous": {},
    "lookalikes": {
        "catalogo_productos.csv": {
            "ean13": "EAN-13 barcodes (valid check digit, 84 prefix)",
            "sku": f"16-digit SKUs; {sku_luhn} of {len(skus)} pass Luhn by chance, {sku_4} start with 4 or 5",
            "fecha_alta": "product listing date", "precio_pvp": "decimal-comma prices"},
        "stores.json": {
            "tiendas.contacto.telefono": "the shops' public landline numbers (a business's, not a person's)",
            "tiendas.contacto.telefono_pedidos": "900 freephone number of the company",
            "tiendas.direccion.calle": "shop street addresses", "tiendas.direccion.codigo_postal": "shop postcodes",
            "tiendas.direccion.municipio": "shop town", "tiendas.geo.lat": "shop coordinates",
            "tiendas.geo.lon": "shop coordinates", "tiendas.nombre": "shop names",
            "cif": "company tax id (CIF of a S.L., valid control digit, not a person)"},
        "municipios_ine.csv": {"latitud": "town centroids", "longitud": "town centroids",
                               "codigo_ine": "5-digit INE municipality codes", "municipio": "place names"},
        "sensores_almacen_2024-05-02.ndjson": {
            "device.serial": "serial numbers of sensors/forklifts/dock doors (machines, not persons)",
            "device.mac": "MAC addresses of warehouse sensors (machines, not persons)", "ts": "machine reading times"},
        "metrics_catalogo-api.prom": {"instance": "private 10.20.x.x IPs of servers, not persons"},
        "ci_job_48213.log": {"sha256": "image digests and commit hashes", "timestamps": "build step times"},
    },
    "notes": ("people = 0; every file is a control. Store phones, addresses and coordinates belong to shops "
              "(businesses) and are lookalikes, as are the company CIF, machine MACs/serials and server IPs in "
              "metrics. No person names, emails, handles or authors anywhere (CHANGELOG has no author handles)."),
}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print("files", files, "skus", len(skus), "luhn", sku_luhn, "devices", len(devices), "sensor lines", len(lines))
