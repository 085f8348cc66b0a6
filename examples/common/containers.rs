//! Container fixtures: each member's text is generated with the same value
//! makers (and truth records, under `container!member` paths) as the plain
//! fixtures, then wrapped — gzip, zstd, bzip2, xz, tar, zip, nested — or
//! written through the format's own library (SQLite, Parquet, EXIF). The
//! hostile ones (truncated, corrupt, encrypted, bomb) are built here too,
//! with the truth of what a scan can still read computed from the bytes.

use super::*;
use std::collections::BTreeMap;
use std::io::{Read, Write};

type Files = BTreeMap<String, Vec<u8>>;

fn users_csv(g: &mut Gen, f: &str, n: usize) -> Vec<u8> {
    let mut s = String::from("id,email,first_name,last_name,phone,city\n");
    for i in 0..n {
        g.t.at(Some("email"));
        let email = g.email(f);
        let (first, last) = (*g.r.pick(FIRST), *g.r.pick(LAST));
        g.t.at(Some("first_name"));
        g.t.add(f, "name", first);
        g.t.at(Some("last_name"));
        g.t.add(f, "name", last);
        g.t.at(Some("phone"));
        let phone = g.phone_us(f);
        let city = *g.r.pick(CITIES);
        g.t.at(Some("city"));
        g.t.add(f, "location", city);
        g.t.at(None);
        writeln!(s, "{},{email},{first},{last},{phone},{city}", 100 + i).unwrap();
    }
    s.into_bytes()
}

fn access_log(g: &mut Gen, f: &str, n: usize) -> Vec<u8> {
    let mut s = String::new();
    for i in 0..n {
        g.t.at(Some("remote_addr"));
        let ip = g.ipv4(f);
        g.t.at(Some("time_local"));
        g.t.add(f, "activity", format!("{f}#{i}"));
        g.t.at(Some("http_user_agent"));
        g.t.add(f, "device", "curl/8.4.0");
        g.t.at(None);
        writeln!(
            s,
            "{ip} - - [0{}/Nov/2024:08:1{}:00 +0000] \"GET /photos/{} HTTP/1.1\" 200 512 \"-\" \"curl/8.4.0\"",
            1 + i % 9,
            i % 10,
            900 + i
        )
        .unwrap();
    }
    s.into_bytes()
}

fn sql_dump(g: &mut Gen, f: &str, n: usize) -> Vec<u8> {
    let mut s = String::from("-- MySQL dump 10.13\n\nINSERT INTO `members` (`id`, `email`, `last_login_ip`) VALUES ");
    let rows: Vec<String> = (0..n)
        .map(|i| {
            g.t.at(Some("members.email"));
            let email = g.email(f);
            g.t.at(Some("members.last_login_ip"));
            let ip = g.ipv4(f);
            g.t.at(None);
            format!("({},'{email}','{ip}')", i + 1)
        })
        .collect();
    s += &rows.join(",");
    s += ";\n";
    s.into_bytes()
}

fn events_ndjson(g: &mut Gen, f: &str, n: usize) -> Vec<u8> {
    let mut s = String::new();
    for i in 0..n {
        g.t.at(Some("user.email"));
        let email = g.email(f);
        g.t.at(Some("ip"));
        let ip = g.ipv6(f);
        g.t.at(Some("ts"));
        g.t.add(f, "activity", format!("{f}#{i}"));
        g.t.at(None);
        writeln!(
            s,
            "{{\"ts\":\"2024-06-{:02}T09:00:00Z\",\"user\":{{\"email\":\"{email}\"}},\"ip\":\"{ip}\",\"action\":\"upload\"}}",
            1 + i % 28
        )
        .unwrap();
    }
    s.into_bytes()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn tar(members: &[(&str, &[u8])]) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    for (name, bytes) in members {
        let mut h = tar::Header::new_ustar();
        h.set_size(bytes.len() as u64);
        h.set_mode(0o644);
        h.set_mtime(0);
        h.set_cksum();
        b.append_data(&mut h, name, *bytes).unwrap();
    }
    b.into_inner().unwrap()
}

fn zip(members: &[(&str, &[u8], zip::CompressionMethod)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes, method) in members {
        let opts = zip::write::SimpleFileOptions::default().compression_method(*method);
        w.start_file(*name, opts).unwrap();
        w.write_all(bytes).unwrap();
    }
    w.finish().unwrap().into_inner()
}

const DEFLATE: zip::CompressionMethod = zip::CompressionMethod::Deflated;
const STORED: zip::CompressionMethod = zip::CompressionMethod::Stored;

fn sqlite(g: &mut Gen, f: &str, n: usize) -> Vec<u8> {
    let c = rusqlite::Connection::open_in_memory().unwrap();
    c.execute_batch("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT, username TEXT, full_name TEXT, city TEXT, signup_ip TEXT); CREATE TABLE photos (id INTEGER PRIMARY KEY, title TEXT);").unwrap();
    for i in 0..n {
        g.t.at(Some("users.email"));
        let email = g.email(f);
        let username = format!(
            "{}_{}{}",
            g.r.pick(FIRST).to_lowercase(),
            g.r.pick(&["snap", "lens", "pix"]),
            i
        );
        g.t.at(Some("users.username"));
        g.t.add(f, "username", username.clone());
        let name = format!("{} {}", g.r.pick(FIRST), g.r.pick(LAST));
        g.t.at(Some("users.full_name"));
        g.t.add(f, "name", name.clone());
        let city = *g.r.pick(CITIES);
        g.t.at(Some("users.city"));
        g.t.add(f, "location", city);
        g.t.at(Some("users.signup_ip"));
        let ip = g.ipv4(f);
        g.t.at(None);
        c.execute(
            "INSERT INTO users VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            rusqlite::params![i as i64 + 1, email, username, name, city, ip],
        )
        .unwrap();
        c.execute("INSERT INTO photos (title) VALUES (?1)", [format!("Sunset {i}")])
            .unwrap();
    }
    c.serialize(rusqlite::MAIN_DB).unwrap().to_vec()
}

fn xlsx(g: &mut Gen, f: &str, n: usize) -> Vec<u8> {
    let cell = |r: usize, c: usize, v: &str| {
        format!(
            "<c r=\"{}{r}\" t=\"inlineStr\"><is><t>{v}</t></is></c>",
            (b'A' + c as u8) as char
        )
    };
    let mut rows = format!(
        "<row r=\"1\">{}{}{}</row>",
        cell(1, 0, "Email Address"),
        cell(1, 1, "Full Name"),
        cell(1, 2, "Phone")
    );
    for i in 0..n {
        let r = i + 2;
        g.t.at(Some("Customers.Email Address"));
        let email = g.email(f);
        let name = format!("{} {}", g.r.pick(FIRST), g.r.pick(LAST));
        g.t.at(Some("Customers.Full Name"));
        g.t.add(f, "name", name.clone());
        g.t.at(Some("Customers.Phone"));
        let phone = g.phone_intl(f);
        g.t.at(None);
        rows += &format!(
            "<row r=\"{r}\">{}{}{}</row>",
            cell(r, 0, &email),
            cell(r, 1, &name),
            cell(r, 2, &phone)
        );
    }
    const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const RELS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
    const DOC: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let parts = [
        ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>".to_string()),
        ("_rels/.rels", format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"{RELS}\"><Relationship Id=\"rId1\" Type=\"{DOC}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")),
        ("xl/workbook.xml", format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{MAIN}\" xmlns:r=\"{DOC}\"><sheets><sheet name=\"Customers\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")),
        ("xl/_rels/workbook.xml.rels", format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"{RELS}\"><Relationship Id=\"rId1\" Type=\"{DOC}/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>")),
        ("xl/worksheets/sheet1.xml", format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{MAIN}\"><sheetData>{rows}</sheetData></worksheet>")),
    ];
    let members: Vec<(&str, &[u8], zip::CompressionMethod)> =
        parts.iter().map(|(n, x)| (*n, x.as_bytes(), DEFLATE)).collect();
    zip(&members)
}

/// A minimal OpenDocument spreadsheet: `mimetype` stored first, then the
/// content with one table.
fn ods(g: &mut Gen, f: &str, n: usize) -> Vec<u8> {
    let cell =
        |v: &str| format!("<table:table-cell office:value-type=\"string\"><text:p>{v}</text:p></table:table-cell>");
    let mut rows = format!(
        "<table:table-row>{}{}</table:table-row>",
        cell("Nachname"),
        cell("E-Mail")
    );
    for _ in 0..n {
        let last = *g.r.pick(LAST);
        g.t.at(Some("Mitglieder.Nachname"));
        g.t.add(f, "name", last);
        g.t.at(Some("Mitglieder.E-Mail"));
        let email = g.email(f);
        g.t.at(None);
        rows += &format!("<table:table-row>{}{}</table:table-row>", cell(last), cell(&email));
    }
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\"><office:body><office:spreadsheet><table:table table:name=\"Mitglieder\">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"
    );
    let manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>";
    zip(&[
        ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet", STORED),
        ("META-INF/manifest.xml", manifest.as_bytes(), DEFLATE),
        ("content.xml", content.as_bytes(), DEFLATE),
    ])
}

fn parquet(g: &mut Gen, f: &str, n: usize) -> Vec<u8> {
    use parquet::data_type::{ByteArray, ByteArrayType, Int64Type};
    use parquet::file::properties::WriterProperties;
    use parquet::file::writer::SerializedFileWriter;
    use std::sync::Arc;
    let schema = parquet::schema::parser::parse_message_type(
        "message orders { required int64 order_id; required group customer { required binary email (UTF8); required binary name (UTF8); } required binary ip (UTF8); }",
    )
    .unwrap();
    let (mut ids, mut emails, mut names, mut ips) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for i in 0..n {
        ids.push(5000 + i as i64);
        g.t.at(Some("customer.email"));
        emails.push(ByteArray::from(g.email(f).as_str()));
        let name = format!("{} {}", g.r.pick(FIRST), g.r.pick(LAST));
        g.t.at(Some("customer.name"));
        g.t.add(f, "name", name.clone());
        names.push(ByteArray::from(name.as_str()));
        g.t.at(Some("ip"));
        ips.push(ByteArray::from(g.ipv4(f).as_str()));
        g.t.at(None);
    }
    let mut out = Vec::new();
    let props = Arc::new(
        WriterProperties::builder()
            .set_created_by("pii-scan fixtures".into())
            .build(),
    );
    let mut w = SerializedFileWriter::new(&mut out, Arc::new(schema), props).unwrap();
    let mut rg = w.next_row_group().unwrap();
    let mut k = 0;
    while let Some(mut col) = rg.next_column().unwrap() {
        match k {
            0 => {
                col.typed::<Int64Type>().write_batch(&ids, None, None).unwrap();
            }
            1..=3 => {
                let v = [&emails, &names, &ips][k - 1];
                col.typed::<ByteArrayType>().write_batch(v, None, None).unwrap();
            }
            _ => unreachable!(),
        }
        col.close().unwrap();
        k += 1;
    }
    rg.close().unwrap();
    w.close().unwrap();
    out
}

/// A JPEG holding only an EXIF block (and no pixels: the scan never reads them).
fn jpeg(exif: Option<Vec<u8>>) -> Vec<u8> {
    let mut j = vec![0xFF, 0xD8];
    match exif {
        Some(tiff) => {
            let len = (2 + 6 + tiff.len()) as u16;
            j.extend_from_slice(&[0xFF, 0xE1]);
            j.extend_from_slice(&len.to_be_bytes());
            j.extend_from_slice(b"Exif\0\0");
            j.extend_from_slice(&tiff);
        }
        None => {
            // A JFIF APP0 segment, as a camera-less export has.
            j.extend_from_slice(&[0xFF, 0xE0, 0, 16]);
            j.extend_from_slice(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
        }
    }
    j.extend_from_slice(&[0xFF, 0xD9]);
    j
}

/// A PNG of a 1×1 grey pixel with an `eXIf` chunk.
fn png(exif: &[u8]) -> Vec<u8> {
    let mut p = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut chunk = |kind: &[u8], data: &[u8]| {
        p.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut crc = flate2::Crc::new();
        crc.update(kind);
        crc.update(data);
        p.extend_from_slice(kind);
        p.extend_from_slice(data);
        p.extend_from_slice(&crc.sum().to_be_bytes());
    };
    chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
    chunk(b"eXIf", exif);
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(&[0, 0x80]).unwrap();
    chunk(b"IDAT", &z.finish().unwrap());
    chunk(b"IEND", &[]);
    p
}

fn exif_block(g: &mut Gen, f: &str) -> Vec<u8> {
    use exif::{Field, In, Rational, Tag, Value};
    let (lat_d, lat_m, lat_s) = (g.r.range(1, 60) as u32, g.r.below(60) as u32, g.r.below(6000) as u32);
    let (lon_d, lon_m, lon_s) = (g.r.range(1, 170) as u32, g.r.below(60) as u32, g.r.below(6000) as u32);
    let lat = f64::from(lat_d) + f64::from(lat_m) / 60.0 + f64::from(lat_s) / 100.0 / 3600.0;
    let lon = -(f64::from(lon_d) + f64::from(lon_m) / 60.0 + f64::from(lon_s) / 100.0 / 3600.0);
    g.t.at(Some("exif.gps"));
    g.t.add(f, "location", format!("{lat:.6},{lon:.6}"));
    let artist = format!("{} {}", g.r.pick(FIRST), g.r.pick(LAST));
    g.t.at(Some("exif.artist"));
    g.t.add(f, "name", artist.clone());
    g.t.at(None);
    let r = |n: u32, d: u32| Rational::from((n, d));
    let fields = [
        Field {
            tag: Tag::Artist,
            ifd_num: In::PRIMARY,
            value: Value::Ascii(vec![artist.into_bytes()]),
        },
        Field {
            tag: Tag::GPSLatitudeRef,
            ifd_num: In::PRIMARY,
            value: Value::Ascii(vec![b"N".to_vec()]),
        },
        Field {
            tag: Tag::GPSLatitude,
            ifd_num: In::PRIMARY,
            value: Value::Rational(vec![r(lat_d, 1), r(lat_m, 1), r(lat_s, 100)]),
        },
        Field {
            tag: Tag::GPSLongitudeRef,
            ifd_num: In::PRIMARY,
            value: Value::Ascii(vec![b"W".to_vec()]),
        },
        Field {
            tag: Tag::GPSLongitude,
            ifd_num: In::PRIMARY,
            value: Value::Rational(vec![r(lon_d, 1), r(lon_m, 1), r(lon_s, 100)]),
        },
    ];
    let mut w = exif::experimental::Writer::new();
    for f in &fields {
        w.push_field(f);
    }
    let mut out = std::io::Cursor::new(Vec::new());
    w.write(&mut out, false).unwrap();
    out.into_inner()
}

/// Bytes a gzip stream yields before its error (what a scan can still read).
fn gunzip_prefix(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let _ = flate2::read::MultiGzDecoder::new(bytes).read_to_end(&mut out);
    out
}

pub fn containers(g: &mut Gen, files: &mut Files) {
    let d = "containers";
    // A zip export: a users CSV and a log, deflated.
    let p = format!("{d}/export.zip");
    let users = users_csv(g, &format!("{p}!users.csv"), 25);
    let log = access_log(g, &format!("{p}!logs/access.log"), 20);
    files.insert(
        p,
        zip(&[("users.csv", &users, DEFLATE), ("logs/access.log", &log, DEFLATE)]),
    );

    // A tar.gz of logs: nginx and auth.
    let p = format!("{d}/logs.tar.gz");
    let nginx = access_log(g, &format!("{p}!var/log/nginx/access.log"), 20);
    files.insert(p, gzip(&tar(&[("var/log/nginx/access.log", &nginx)])));

    // A gzip'd SQL dump, a zstd NDJSON, a bzip2 CSV, an xz log.
    let p = format!("{d}/db.sql.gz");
    let sql = sql_dump(g, &format!("{p}!"), 30);
    files.insert(p, gzip(&sql));
    let p = format!("{d}/events.ndjson.zst");
    let ev = events_ndjson(g, &format!("{p}!"), 20);
    files.insert(p, zstd::stream::encode_all(&ev[..], 3).unwrap());
    let p = format!("{d}/contacts.csv.bz2");
    let contacts = users_csv(g, &format!("{p}!"), 20);
    let mut bz = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::default());
    bz.write_all(&contacts).unwrap();
    files.insert(p, bz.finish().unwrap());
    let p = format!("{d}/access.log.xz");
    let xlog = access_log(g, &format!("{p}!"), 20);
    let mut xz = lzma_rust2::XzWriter::new(Vec::new(), lzma_rust2::XzOptions::default()).unwrap();
    xz.write_all(&xlog).unwrap();
    files.insert(p, xz.finish().unwrap());

    // A zip nested in a tar.
    let p = format!("{d}/backup.tar");
    let inner = users_csv(g, &format!("{p}!inner.zip!customers.csv"), 20);
    let inner_zip = zip(&[("customers.csv", &inner, DEFLATE)]);
    files.insert(p, tar(&[("inner.zip", &inner_zip)]));

    // A database, a spreadsheet, a Parquet extract.
    let p = format!("{d}/app.sqlite3");
    let db = sqlite(g, &p, 30);
    files.insert(p, db);
    let p = format!("{d}/customers.xlsx");
    let x = xlsx(g, &p, 20);
    files.insert(p, x);
    let p = format!("{d}/members.ods");
    let o = ods(g, &p, 20);
    files.insert(p, o);
    let p = format!("{d}/orders.parquet");
    let pq = parquet(g, &p, 20);
    files.insert(p, pq);

    // Photos: one with GPS and an artist, one without EXIF; a PNG with an
    // eXIf chunk and a TIFF (the EXIF block is a TIFF itself).
    let p = "photos/IMG_2041.jpg".to_string();
    let exif = exif_block(g, &p);
    files.insert(p, jpeg(Some(exif)));
    files.insert("photos/IMG_2042.jpg".into(), jpeg(None));
    let p = "photos/screenshot.png".to_string();
    let exif = exif_block(g, &p);
    files.insert(p, png(&exif));
    let p = "photos/scan.tiff".to_string();
    let exif = exif_block(g, &p);
    files.insert(p, exif);

    hostile(g, files);

    // A HEIC photo (ISOBMFF: ftyp, and a meta box whose Exif item lives in
    // its idat); made last so the fixtures above keep their values.
    let p = "photos/IMG_2043.heic".to_string();
    let exif = exif_block(g, &p);
    files.insert(p, heic(&exif));
}

/// An ISOBMFF box: size, type, body.
fn isobox(kind: &[u8; 4], body: &[u8]) -> Vec<u8> {
    let mut b = ((body.len() + 8) as u32).to_be_bytes().to_vec();
    b.extend_from_slice(kind);
    b.extend_from_slice(body);
    b
}

/// A minimal HEIF file holding one Exif item (construction method 1: the
/// item's bytes are in the meta box's idat).
fn heic(tiff: &[u8]) -> Vec<u8> {
    let mut item = vec![0, 0, 0, 0]; // offset of the TIFF header in the item
    item.extend_from_slice(tiff);
    let mut iloc = vec![1, 0, 0, 0, 0x44, 0x00, 0, 1, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0];
    iloc.extend_from_slice(&(item.len() as u32).to_be_bytes());
    let infe = isobox(b"infe", &[2, 0, 0, 0, 0, 1, 0, 0, b'E', b'x', b'i', b'f', 0]);
    let mut iinf = vec![0, 0, 0, 0, 0, 1];
    iinf.extend_from_slice(&infe);
    let mut meta = vec![0, 0, 0, 0];
    meta.extend(isobox(b"iloc", &iloc));
    meta.extend(isobox(b"iinf", &iinf));
    meta.extend(isobox(b"idat", &item));
    let mut f = isobox(b"ftyp", b"heic\0\0\0\0mif1heic");
    f.extend(isobox(b"meta", &meta));
    f
}

/// Broken containers: what is readable counts, the rest is `skipped`.
fn hostile(g: &mut Gen, files: &mut Files) {
    let d = "containers/broken";
    // A gzip cut off mid-stream: the truth is what the decoder still yields,
    // cut back to whole lines.
    let p = format!("{d}/truncated.csv.gz");
    let seed = g.r.next();
    let mut scratch = Gen {
        r: Rng(seed),
        t: Truth::default(),
    };
    let full = users_csv(&mut scratch, "x", 60);
    // Each line is flushed (a deflate sync point), so the cut after line 30
    // decodes to exactly the header and 30 rows.
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let mut ends = Vec::new();
    for line in full.split_inclusive(|&b| b == b'\n') {
        e.write_all(line).unwrap();
        e.flush().unwrap();
        ends.push(e.get_ref().len());
    }
    let rows = 30;
    let cut = ends[rows];
    let gz = e.finish().unwrap();
    let kept = gunzip_prefix(&gz[..cut]);
    let lines: usize = full
        .split_inclusive(|&b| b == b'\n')
        .take(rows + 1)
        .map(<[u8]>::len)
        .sum();
    assert_eq!(kept, full[..lines], "the cut decodes to whole lines");
    // Replay the same values for exactly the rows that survive.
    let mut replay = Gen {
        r: Rng(seed),
        t: std::mem::take(&mut g.t),
    };
    let again = users_csv(&mut replay, &format!("{p}!"), rows);
    assert!(full.starts_with(&again), "the replay matches the original rows");
    g.t = replay.t;
    g.t.skipped.push((
        p.clone(),
        format!(
            "corrupt gzip stream at byte {cut}: truncated (incomplete deflate stream); the {} bytes before it were scanned",
            kept.len()
        ),
    ));
    files.insert(p, gz[..cut].to_vec());

    // A zip whose second (stored) member fails its CRC: a byte outside any
    // value is flipped. Both members' values are read; the CRC is reported.
    let p = format!("{d}/corrupt.zip");
    let first = users_csv(g, &format!("{p}!first.csv"), 10);
    let second = users_csv(g, &format!("{p}!second.csv"), 10);
    let mut z = zip(&[("first.csv", &first, DEFLATE), ("second.csv", &second, STORED)]);
    // The stored member is the only plain text in the zip; its first id
    // `100` becomes `200`: a CRC error, every value intact.
    let at = memchr::memmem::find(&z, b"\n100,").expect("the stored member's first row");
    z[at + 1] = b'2';
    g.t.skipped.push((
        format!("{p}!second.csv"),
        format!(
            "corrupt zip member at byte {0}: Invalid checksum; the {0} bytes before it were scanned",
            second.len()
        ),
    ));
    files.insert(p, z);

    // An encrypted member: listed, never guessed at.
    let p = format!("{d}/encrypted.zip");
    // (ZipCrypto's header is random; setting the encryption flag on a stored
    // member keeps the fixture deterministic, and is what a reader sees.)
    let mut z = zip(&[("secret.csv", b"cipher text stands here", STORED)]);
    for (sig, flags) in [(&b"PK\x03\x04"[..], 6), (&b"PK\x01\x02"[..], 8)] {
        let i = memchr::memmem::find(&z, sig).expect("zip header");
        z[i + flags] |= 1;
    }
    g.t.skipped.push((
        format!("{p}!secret.csv"),
        "encrypted zip member; not scanned (no password)".into(),
    ));
    files.insert(p, z);

    // A zip bomb: 100 MiB of one repeated byte behind one real email, about
    // 100 KB deflated; the ratio limit stops it.
    let p = format!("{d}/bomb.zip");
    let f = format!("{p}!filler.txt");
    let mut filler = format!("owner: {}\n", g.email(&f)).into_bytes();
    let mut line = vec![b'a'; 4095];
    line.push(b'\n');
    while filler.len() < 100 << 20 {
        filler.extend_from_slice(&line);
    }
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(DEFLATE)
        .compression_level(Some(9));
    w.start_file("filler.txt", opts).unwrap();
    w.write_all(&filler).unwrap();
    files.insert(p.clone(), w.finish().unwrap().into_inner());
    // Where the ratio limit stops depends on the decoder's read sizes: the
    // reason's start is fixed.
    g.t.skipped.push((
        format!("{p}!filler.txt"),
        "expansion ratio over 250:1 (33554432 bytes from ".into(),
    ));
}
