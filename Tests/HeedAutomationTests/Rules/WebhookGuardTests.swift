import AsyncHTTPClient
import Foundation
import HeedCore
import HeedNetwork
import HeedTestSupport
import Testing

@testable import HeedAutomation

/// Rules' webhooks go through the declared tools' network guard: inside addresses only when the workspace allows.
@Suite("Webhook network guard")
struct WebhookGuardTests {
    @Test(
        "A webhook to a loopback, private, link-local or cloud-metadata address is refused before anything is sent",
        arguments: [
            "http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/hooks", "http://192.168.1.20:8080/hooks",
            "http://[::1]:9/hooks", "http://localhost:9/hooks", "http://[::ffff:127.0.0.1]:9/hooks",
        ])
    func refused(url: String) async throws {
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let sender = HTTPWebhookSender(client: client, network: NetworkGuard(ownAddresses: []))
        await #expect(throws: WebhookBlocked.self) {
            _ = try await sender.send(Data("{}".utf8), to: url, secret: "s", allowPrivateNetwork: false)
        }
        try await client.shutdown()
    }

    @Test("A webhook to a host that does not resolve is refused with the reason")
    func unresolvable() async throws {
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        let sender = HTTPWebhookSender(client: client, network: NetworkGuard(ownAddresses: []))
        let error = await #expect(throws: WebhookBlocked.self) {
            _ = try await sender.send(Data("{}".utf8), to: "https://no-such-host.invalid/h", secret: "s", allowPrivateNetwork: true)
        }
        #expect(error?.reason == "the webhook's host 'no-such-host.invalid' does not resolve")
        try await client.shutdown()
    }

    @Test("A rule's webhook to 127.0.0.1 fails, audited with the reason, unless the workspace allows private networks", arguments: TestStores.engines)
    func workspaceAllowance(engine: StoreEngineKind) async throws {
        let receiver = ScriptedWebhookReceiver()
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        try await receiver.serve { url in
            try await TestStores.withStore(engine) { store in
                for allowed in [false, true] {
                    let fixture = try await RuleFixture.make(
                        store, rules: { workspace, _, _ in
                            [RuleFixture.rule(workspace, .messageCreated, nil, [.callWebhook(url: url, secret: "0123456789abcdef")])]
                        }, webhooks: HTTPWebhookSender(client: client), allowPrivateWebhooks: allowed)
                    try await fixture.customerSays("Xin chào", language: "vi")
                    let outcome = try #require(try await fixture.runs().first?.details["actions"]?.arrayValue?.first)
                    if allowed {
                        #expect(outcome == .object(["type": .string("call_webhook"), "outcome": .string("done")]))
                        #expect(await receiver.deliveries.count == 1)
                    } else {
                        #expect(outcome["outcome"] == .string("failed"))
                        #expect(outcome["reason"]?.stringValue?.contains("resolves to 127.0.0.1, a private, loopback") == true)
                        #expect(await receiver.deliveries.isEmpty, "nothing reached the receiver")
                    }
                }
            }
        }
        try await client.shutdown()
    }
}
