//! Hookbench's integration tests: one binary, a module per feature.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test, with its location

mod api;
mod bindings;
mod catalog;
mod check;
mod cli;
mod cli_relay;
mod cli_send;
mod cli_sender;
mod content;
mod durability;
mod export;
mod forward;
mod forward_failures;
mod hostile;
mod hostile_limits;
mod inboxes;
mod openapi;
mod providers;
mod raw_head;
mod receiver;
mod receiver_settings;
mod relay_support;
mod replay;
mod scripted;
mod secrets;
mod sender_delivery;
mod sender_http;
mod sender_http_failures;
mod sender_keepalive;
mod sender_kill;
mod sender_outbox;
mod sender_policy;
mod sender_redirects;
mod sender_retry;
mod sender_support;
mod sender_webhooks;
mod signing;
mod store;
mod support;
mod target;
