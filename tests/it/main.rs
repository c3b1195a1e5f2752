//! One integration-test binary. Every test starts the real `rulebook` binary with a temporary
//! data dir (servers on 127.0.0.1:0) and talks to it over HTTP or through its CLI; every test
//! that touches a database ends by running `rulebook db verify` on it.

mod harness;

mod accounts;
mod agent_policy;
mod ai;
mod archives;
mod audit;
mod authz;
mod backup;
mod cli;
mod cli_daily;
mod connections;
mod content_gate;
mod dashboard;
mod deploy;
mod distribution;
mod durability;
mod egress;
mod fakes;
mod gitfakes;
mod hardening;
mod inbound;
mod install_global;
mod install_policy;
mod ldap;
mod lint;
mod lint_ci;
mod lint_reports;
mod lint_server;
mod mail;
mod markdown;
mod mcp;
mod mcp_inspector;
mod mcp_org_servers;
mod metrics;
mod migrations;
mod openapi_contract;
mod orgs;
mod playbook;
mod privacy;
mod render;
mod scan;
mod scim;
mod service;
mod signing;
mod sso;
mod store;
mod supply_chain;
mod tls;
mod upgrade;
mod web;
mod zero_egress;
