//! A stand-in for the Kubernetes API's TokenReview endpoint, served on loopback, so
//! OpenBao's kubernetes auth can be tested for real. It approves the service account it
//! was started for and remembers the tokens it reviewed.

use std::io::Write;
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

/// A running TokenReview endpoint.
pub struct TokenReviewServer {
    /// `http://127.0.0.1:PORT`.
    pub addr: String,
    reviewed: Arc<Mutex<Vec<String>>>,
}

impl TokenReviewServer {
    /// Approves every token as `system:serviceaccount:NAMESPACE:NAME`.
    pub fn start(namespace: &str, name: &str) -> TokenReviewServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let addr = format!("http://{}", listener.local_addr().expect("addr"));
        let reviewed = Arc::new(Mutex::new(Vec::new()));
        let seen = reviewed.clone();
        let user = format!("system:serviceaccount:{namespace}:{name}");
        std::thread::spawn(move || {
            for mut stream in listener.incoming().flatten() {
                let Some((_head, body)) = crate::proxy::read_request(&mut stream) else {
                    continue;
                };
                let request: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
                let token = request["spec"]["token"]
                    .as_str()
                    .unwrap_or_default()
                    .to_string();
                seen.lock().expect("seen").push(token);
                let answer = serde_json::json!({
                    "apiVersion": "authentication.k8s.io/v1",
                    "kind": "TokenReview",
                    "status": {
                        "authenticated": true,
                        "user": { "username": user, "uid": "uid-1234", "groups": ["system:serviceaccounts"] }
                    }
                })
                .to_string();
                let _ = write!(
                    stream,
                    "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{answer}",
                    answer.len()
                );
            }
        });
        TokenReviewServer { addr, reviewed }
    }

    /// Whether `token` was sent for review.
    pub fn reviewed(&self, token: &str) -> bool {
        self.reviewed
            .lock()
            .expect("seen")
            .iter()
            .any(|t| t == token)
    }
}

/// The claims of a (legacy) Kubernetes service-account token.
pub fn service_account_claims(namespace: &str, name: &str) -> serde_json::Value {
    serde_json::json!({
        "iss": "kubernetes/serviceaccount",
        "kubernetes.io/serviceaccount/namespace": namespace,
        "kubernetes.io/serviceaccount/secret.name": format!("{name}-token"),
        "kubernetes.io/serviceaccount/service-account.name": name,
        "kubernetes.io/serviceaccount/service-account.uid": "uid-1234",
        "sub": format!("system:serviceaccount:{namespace}:{name}")
    })
}

/// A kubernetes auth mount of its own that asks `review` about every token; returns
/// the mount.
pub fn kubernetes_mount(review: &TokenReviewServer) -> String {
    let bao = crate::servers::bao();
    let mount = crate::servers::unique("kubernetes");
    bao.ok(&["auth", "enable", &format!("-path={mount}"), "kubernetes"]);
    let dir = tempfile::tempdir().expect("temp");
    // OpenBao insists on a CA for the API server; over plain http it is never used.
    let (api_ca, _, _) = crate::pki::client_cert(dir.path());
    bao.ok(&[
        "write",
        &format!("auth/{mount}/config"),
        &format!("kubernetes_host={}", review.addr),
        &format!("kubernetes_ca_cert=@{}", api_ca.display()),
        "disable_local_ca_jwt=true",
        "token_reviewer_jwt=reviewer-token",
    ]);
    mount
}
