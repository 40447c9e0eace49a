//! TLS as a default build has it: rustls with graviola (pure Rust), no C compiler.
//!
//! A local HTTPS server (tokio-rustls, certificate signed by the test CA in
//! `tests/fixtures/tls/`) answers one call; the client trusts the CA through
//! `ClientBuilder::root_certificate`. And the default dependency tree has no C build.

use std::process::Command;
use std::sync::Arc;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::ServerConfig;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};

const MODELS: &str = r#"{"object":"list","data":[{"id":"gpt-tls","object":"model","created":1,"owned_by":"tests"}]}"#;

fn fixture(name: &str) -> std::path::PathBuf {
    tests::workspace_root().join("tests/fixtures/tls").join(name)
}

/// The test server's TLS: the `localhost` certificate the test CA signed.
fn acceptor() -> TlsAcceptor {
    let certs: Vec<CertificateDer<'static>> =
        CertificateDer::pem_file_iter(fixture("cert.pem")).unwrap().map(Result::unwrap).collect();
    let key = PrivateKeyDer::from_pem_file(fixture("key.pem")).unwrap();
    let provider = Arc::new(rustls_graviola::default_provider());
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    TlsAcceptor::from(Arc::new(config))
}

/// Serves one HTTPS connection: reads the request head, answers `MODELS`.
async fn serve_once(listener: TcpListener) {
    let (tcp, _) = listener.accept().await.unwrap();
    let mut tls = acceptor().accept(tcp).await.unwrap();
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = tls.read(&mut buf).await.unwrap();
        assert!(n > 0, "the client closed before sending a request");
        head.extend_from_slice(&buf[..n]);
    }
    assert!(head.starts_with(b"GET /v1/models "), "{}", String::from_utf8_lossy(&head));
    let response = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{MODELS}",
        MODELS.len()
    );
    tls.write_all(response.as_bytes()).await.unwrap();
    tls.shutdown().await.unwrap();
}

#[tokio::test]
async fn a_call_over_https_with_the_default_crypto_provider() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = tokio::spawn(serve_once(listener));
    let ca = std::fs::read(fixture("ca.pem")).unwrap();
    let client = openai_client::Client::builder()
        .api_key("sk-test")
        .base_url(format!("https://localhost:{port}/v1"))
        .root_certificate(reqwest::Certificate::from_pem(&ca).unwrap())
        .max_retries(0)
        .build()
        .unwrap();
    let models = client.models().list().await.unwrap();
    assert_eq!(models.data[0].id, "gpt-tls");
    server.await.unwrap();
    // Building the client installed graviola for the process (nothing else did).
    let installed = tokio_rustls::rustls::crypto::CryptoProvider::get_default().expect("a provider is installed");
    let graviola = rustls_graviola::default_provider();
    let names = |p: &tokio_rustls::rustls::crypto::CryptoProvider| {
        p.cipher_suites.iter().map(|s| format!("{:?}", s.suite())).collect::<Vec<_>>()
    };
    assert_eq!(names(installed), names(&graviola));
}

#[test]
fn a_server_the_client_does_not_trust_is_a_transport_error() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        // The handshake fails: the client does not know the test CA.
        let server = tokio::spawn(async move {
            let (tcp, _) = listener.accept().await.unwrap();
            assert!(acceptor().accept(tcp).await.is_err());
        });
        let client = openai_client::Client::builder()
            .api_key("sk-test")
            .base_url(format!("https://localhost:{port}/v1"))
            .max_retries(0)
            .build()
            .unwrap();
        let error = client.models().list().await.unwrap_err();
        assert!(matches!(error, openai_client::Error::Transport(_)), "{error:?}");
        server.await.unwrap();
    });
}

/// The default build of the generated crate compiles no C: no `cc`, `cmake`, `aws-lc-sys`
/// or `ring` anywhere in its dependency tree, build dependencies included.
#[test]
fn the_default_dependency_tree_has_no_c_build() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    for features in [&[][..], &["--features", "realtime"][..]] {
        let output = Command::new(&cargo)
            .args(["tree", "--offline", "-p", "openai-client", "-e", "normal,build", "--prefix", "none"])
            .args(features)
            .current_dir(tests::workspace_root())
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let tree = String::from_utf8(output.stdout).unwrap();
        let crates: Vec<&str> = tree.lines().filter_map(|line| line.split_whitespace().next()).collect();
        assert!(crates.contains(&"rustls-graviola"), "{tree}");
        for c_build in ["cc", "cmake", "aws-lc-sys", "aws-lc-rs", "ring"] {
            assert!(!crates.contains(&c_build), "{c_build} is in the tree of {features:?}:\n{tree}");
        }
    }
}
