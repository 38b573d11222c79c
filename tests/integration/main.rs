//! Integration tests: the vaultctl binary against a real OpenBao (and PostgreSQL), with
//! a fault-injecting proxy of our own for faults a real server cannot produce.

mod cmd;
mod k8s;
mod pki;
mod proxy;
mod servers;

mod admin;
mod cli;
mod cluster;
mod completion;
mod db;
mod dist;
mod docs;
mod exec;
mod fallback;
mod faults;
mod harness;
mod health;
mod hygiene;
mod kv;
mod lifecycle;
mod login;
mod masking;
mod numbers;
mod plan;
mod profiles;
mod quoting;
mod read;
mod recipes;
mod render;
mod rotation;
mod runtime;
mod settings;
mod status;
mod templates;
mod tls;
mod transport;
mod trees;
mod trust;
