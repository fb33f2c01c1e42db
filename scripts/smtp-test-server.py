#!/usr/bin/env python3
"""A real SMTP server for Heed's e-mail tests (aiosmtpd): listens on 127.0.0.1 on a free port, prints
"PORT <n>", and writes every message it accepts to OUT_DIR as JSON (envelope, login, whether TLS was on, the
headers decoded, the text body decoded, the raw message). Stops when its standard input closes (the test ended).

  smtp-test-server.py OUT_DIR [--login USER:PASSWORD] [--exclude-auth PLAIN] [--tls CERT KEY] [--require-starttls]
"""
import argparse, asyncio, json, os, socket, ssl, sys, threading, uuid
from email import message_from_bytes, policy
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Recorder:
    def __init__(self, folder):
        self.folder = folder

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.original_content, policy=policy.default)
        part = message.get_body(preferencelist=("plain",))
        record = {
            "mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
            "login": session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else None,
            "tls": session.ssl is not None,
            "headers": [[name, str(value)] for name, value in message.items()],
            "body": part.get_content() if part is not None else "",
            "raw": envelope.original_content.decode("utf-8", "replace"),
        }
        name = os.path.join(self.folder, uuid.uuid4().hex + ".json")
        with open(name + ".tmp", "w") as out:
            json.dump(record, out)
        os.rename(name + ".tmp", name)
        return "250 Message accepted"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--login")
    parser.add_argument("--exclude-auth", action="append", default=[])
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--require-starttls", action="store_true")
    args = parser.parse_args()

    def authenticator(server, session, envelope, mechanism, auth_data):
        expected = args.login.split(":", 1)
        ok = isinstance(auth_data, LoginPassword) and [auth_data.login.decode(), auth_data.password.decode()] == expected
        return AuthResult(success=ok, handled=False, auth_data=auth_data)

    context = None
    if args.tls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.tls[0], args.tls[1])
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    controller = Controller(
        Recorder(args.folder), hostname="127.0.0.1", port=port, tls_context=context,
        require_starttls=args.require_starttls, auth_required=bool(args.login), auth_require_tls=False,
        authenticator=authenticator if args.login else None, auth_exclude_mechanism=args.exclude_auth)
    controller.start()
    print(f"PORT {port}", flush=True)
    sys.stdin.read()
    controller.stop()


if __name__ == "__main__":
    main()
