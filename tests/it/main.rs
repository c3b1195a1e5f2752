//! One integration-test binary. Every test starts the real `rulebook` binary with a temporary
//! data dir (servers on 127.0.0.1:0) and talks to it over HTTP or through its CLI; every test
//! that touches a database ends by running `rulebook db verify` on it.

mod harness;

mod accounts;
mod archives;
mod audit;
mod authz;
mod backup;
mod cli;
mod connections;
mod distribution;
mod durability;
mod egress;
mod fakes;
mod gitfakes;
mod hardening;
mod inbound;
mod mcp;
mod mcp_inspector;
mod metrics;
mod migrations;
mod playbook;
mod privacy;
mod render;
mod service;
mod store;
mod tls;
mod upgrade;
mod web;
mod zero_egress;
