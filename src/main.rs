#[cfg(feature = "csr")]
fn main() {
    ready_to_lead::ui::start();
}

#[cfg(not(feature = "csr"))]
fn main() {
    eprintln!("Ready to Lead runs in the browser: `make serve` builds it and serves it on http://127.0.0.1:8080");
}
