//! The Vault API client library: transport, typed errors, the response envelope and
//! the endpoints vaultctl uses. It knows nothing of clap, the process environment or
//! child processes; the command line builds a [`ClientConfig`] and calls in.

pub mod auth;
pub mod client;
pub mod consistency;
pub mod database;
pub mod error;
pub mod kv;
pub mod number;
pub mod resolver;
pub mod response;
pub mod sys;
pub mod tls;
pub mod token;
pub mod tree;
mod wire;

pub use client::{Client, ClientConfig};
pub use error::Error;
pub use response::Response;
