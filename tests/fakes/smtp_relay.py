"""A real SMTP relay for the tests: aiosmtpd (PyPI) on 127.0.0.1, in one of three modes.

    smtp_relay.py '{"mode": "starttls"|"tls"|"none", "cert": PEM, "key": PEM,
                    "user": ..., "password": ..., "out": FILE}'

Prints {"port": N} once it accepts connections. Every message it receives is appended to
`out` as one JSON line: envelope sender and recipients, the text, whether the session was TLS
and whether it signed in. With a user, AUTH is required (and only over TLS); "starttls"
requires STARTTLS before anything else; "tls" is TLS from the first byte; "none" offers no TLS.
"""
import json
import socket
import ssl
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

cfg = json.loads(sys.argv[1])
mode = cfg["mode"]


class Handler:
    async def handle_DATA(self, server, session, envelope):
        with open(cfg["out"], "a", encoding="utf-8") as f:
            f.write(json.dumps({
                "from": envelope.mail_from, "to": envelope.rcpt_tos,
                "data": envelope.content.decode("utf-8", "replace"),
                "tls": session.ssl is not None, "auth": bool(session.authenticated),
            }) + "\n")
        return "250 2.0.0 queued"


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = (isinstance(auth_data, LoginPassword)
          and auth_data.login.decode() == cfg.get("user")
          and auth_data.password.decode() == cfg.get("password"))
    # handled=False: aiosmtpd answers the failure itself (535).
    return AuthResult(success=ok, handled=ok)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


kwargs = {"hostname": "127.0.0.1", "port": free_port()}
if cfg.get("user"):
    # In "tls" mode the whole connection is TLS, but aiosmtpd only knows of STARTTLS: it would
    # hide AUTH; the requirement holds by construction there.
    kwargs.update(authenticator=authenticator, auth_required=True, auth_require_tls=mode != "tls")
if mode in ("starttls", "tls"):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cfg["cert"], cfg["key"])
    if mode == "starttls":
        kwargs.update(tls_context=ctx, require_starttls=True)
    else:
        kwargs.update(ssl_context=ctx)
controller = Controller(Handler(), **kwargs)
controller.start()
print(json.dumps({"port": kwargs["port"]}), flush=True)
try:
    while True:
        time.sleep(3600)
except KeyboardInterrupt:
    pass
finally:
    controller.stop()
