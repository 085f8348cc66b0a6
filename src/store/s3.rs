//! Object storage by URL: `s3://bucket/prefix`, on AWS or any
//! S3-compatible server, through the `object_store` crate. Owns reaching
//! the bucket (credentials, region and endpoint from the usual `AWS_*`
//! environment variables, `--s3-endpoint` over them), listing the objects
//! under the prefix, and reading one object as a blocking byte stream the
//! scanner reads like a file it cannot map. Every request has a timeout
//! and is retried on transient failures; a listing that cannot start is an
//! error for the run, an object that cannot be read is the caller's
//! `skipped` entry.
//!
//! The async client runs on a small runtime of its own; the scanner's
//! threads wait on it one read at a time (`block_on`), so the rest of the
//! pipeline stays synchronous.

use super::{Bucket, Contents, Object, ObjectRead, Store, StoreOptions, Target};
use futures::StreamExt;
use object_store::aws::{AmazonS3, AmazonS3Builder};
use object_store::path::Path as Key;
use object_store::{ClientOptions, ObjectStore, ObjectStoreExt, RetryConfig};
use std::io::{self, Read};
use std::sync::Arc;
use std::time::Duration;

/// S3 or an S3-compatible object store, named by `s3://bucket/prefix`.
pub struct S3;

impl Store for S3 {
    fn schemes(&self) -> &'static [&'static str] {
        &["s3"]
    }

    fn list(&self, t: &Target, opts: &StoreOptions) -> Result<Contents, String> {
        let bucket = open(t, opts)?;
        let objects = bucket.list()?;
        Ok(Contents::Objects(Box::new(bucket), objects))
    }
}

/// A bucket, reachable.
pub struct S3Bucket {
    store: AmazonS3,
    rt: Arc<tokio::runtime::Runtime>,
    /// `s3://bucket`: what object labels start with.
    pub base: String,
    prefix: String,
}

/// `s3://bucket/a/b` → (`bucket`, `a/b`).
fn split(url: &str) -> Option<(&str, &str)> {
    let rest = url.split_once("://")?.1;
    let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
    (!bucket.is_empty()).then_some((bucket, prefix.trim_matches('/')))
}

/// The bucket `t` names, with the endpoint `opts` gives (else the
/// environment's). Nothing is requested yet.
pub fn open(t: &Target, opts: &StoreOptions) -> Result<S3Bucket, String> {
    let (bucket, prefix) = split(t.secret()).ok_or_else(|| format!("{}: no bucket in the URL", t.label))?;
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let endpoint = opts
        .s3_endpoint
        .clone()
        .or_else(|| env("AWS_ENDPOINT_URL_S3"))
        .or_else(|| env("AWS_ENDPOINT_URL"))
        .or_else(|| env("AWS_ENDPOINT"));
    // Client options replace the builder's (allow_http among them): set
    // them first, then what the endpoint needs.
    let client = ClientOptions::new()
        .with_connect_timeout(Duration::from_secs(15))
        .with_timeout(opts.statement_timeout);
    let retry = RetryConfig {
        max_retries: 3,
        retry_timeout: Duration::from_secs(120),
        ..Default::default()
    };
    let mut b = AmazonS3Builder::from_env()
        .with_bucket_name(bucket)
        .with_client_options(client)
        .with_retry(retry);
    if let Some(e) = &endpoint {
        // A custom endpoint is a path-style server (MinIO, SeaweedFS, Ceph).
        b = b
            .with_endpoint(e.as_str())
            .with_allow_http(e.starts_with("http://"))
            .with_virtual_hosted_style_request(false);
    }
    if env("AWS_REGION").is_none() && env("AWS_DEFAULT_REGION").is_none() {
        b = b.with_region("us-east-1");
    }
    let store = b.build().map_err(|e| format!("{}: {}", t.label, reason(&e)))?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("pii-scan-s3")
        .enable_all()
        .build()
        .map_err(|e| format!("{}: cannot start the S3 client: {e}", t.label))?;
    Ok(S3Bucket {
        store,
        rt: Arc::new(rt),
        base: format!("s3://{bucket}"),
        prefix: prefix.to_string(),
    })
}

/// The client's message without its wrapping, never a credential (the
/// client does not put them in errors; a signed URL's query is cut).
fn reason(e: &object_store::Error) -> String {
    let text = match e {
        object_store::Error::Generic { source, .. } => source.to_string(),
        object_store::Error::NotFound { .. } => "not found".to_string(),
        e => e.to_string(),
    };
    match text.find("X-Amz-") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

impl S3Bucket {
    /// Every object under the prefix, in key order. A listing that cannot
    /// start or fails part way (no such bucket, access denied, the server
    /// unreachable) is an error: a partial listing would look complete.
    pub fn list(&self) -> Result<Vec<Object>, String> {
        let prefix = (!self.prefix.is_empty()).then(|| Key::from(self.prefix.as_str()));
        let mut stream = self.store.list(prefix.as_ref());
        let mut objects = Vec::new();
        self.rt.block_on(async {
            while let Some(item) = stream.next().await {
                let meta = item.map_err(|e| format!("{}: cannot list objects: {}", self.base, reason(&e)))?;
                objects.push(Object {
                    key: meta.location.to_string(),
                    size: meta.size,
                });
            }
            Ok::<_, String>(())
        })?;
        objects.sort_by(|a, b| a.key.cmp(&b.key));
        Ok(objects)
    }

}

impl Bucket for S3Bucket {
    /// `s3://bucket/key`.
    fn label(&self, o: &Object) -> String {
        format!("{}/{}", self.base, o.key)
    }

    /// The object's bytes as a stream, or why its read could not start
    /// (an archive-tier object is refused here: `InvalidObjectState`).
    fn reader(&self, o: &Object) -> Result<Box<dyn ObjectRead>, String> {
        let key = Key::from(o.key.as_str());
        let got = self.rt.block_on(self.store.get(&key)).map_err(|e| reason(&e))?;
        Ok(Box::new(ObjectReader {
            rt: self.rt.clone(),
            stream: got.into_stream(),
            current: bytes::Bytes::new(),
            read: 0,
            error: None,
        }))
    }
}

/// An object's body, read synchronously. An error part way ends the stream
/// (the bytes before it are scanned) and is kept for the caller to list.
pub struct ObjectReader {
    rt: Arc<tokio::runtime::Runtime>,
    stream: futures::stream::BoxStream<'static, object_store::Result<bytes::Bytes>>,
    current: bytes::Bytes,
    /// Bytes handed out so far.
    pub read: u64,
    /// Why the body stopped early, if it did.
    pub error: Option<String>,
}

impl ObjectRead for ObjectReader {
    fn bytes_read(&self) -> u64 {
        self.read
    }

    fn stopped(&mut self) -> Option<String> {
        self.error.take()
    }
}

impl Read for ObjectReader {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        while self.current.is_empty() {
            if self.error.is_some() {
                return Ok(0);
            }
            match self.rt.block_on(self.stream.next()) {
                Some(Ok(b)) => self.current = b,
                Some(Err(e)) => {
                    self.error = Some(reason(&e));
                    return Ok(0);
                }
                None => return Ok(0),
            }
        }
        let n = out.len().min(self.current.len());
        out[..n].copy_from_slice(&self.current.split_to(n));
        self.read += n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_split_into_bucket_and_prefix() {
        assert_eq!(split("s3://dump/exports/2024/"), Some(("dump", "exports/2024")));
        assert_eq!(split("s3://dump"), Some(("dump", "")));
        assert_eq!(split("s3://dump/"), Some(("dump", "")));
        assert_eq!(split("s3:///x"), None);
    }
}
