import Foundation
import HTTPTypes
import HeedCore
import HeedTestSupport
import Testing

@testable import HeedServer

/// `GET /metrics`: requests by route and status, turn durations and live gauges in Prometheus' text format; served
/// to this machine only unless a metrics token is set.
@Suite("Metrics endpoint")
struct MetricsAPITests {
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    @Test("Requests, a customer turn and the gauges are in the text a loopback scraper gets")
    func countsRequestsAndTurns() async throws {
        try await withTestApp(over: .live, configure: { $0.seedDemo = true }) { api in
            let opened = try await api.call(
                .post, "/api/v1/widget/sessions",
                json: ["workspace_key": "pk_demo_voltra", "visitor_id": "visitor-metrics-000001", "language": "en"])
            let token = try #require(opened["token"]?.stringValue)
            let turn = try await api.call(
                .post, "/api/v1/widget/messages", key: token,
                json: ["body": "How long does delivery take?", "client_message_id": "m-1"])
            #expect(turn.status.code < 300, "\(turn.raw)")
            #expect(try await api.call(.get, "/api/v1/no-such-route").status == .notFound)

            let scraped = try await api.call(.get, "/metrics")
            #expect(scraped.status == .ok)
            #expect(scraped.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
            let lines = scraped.raw.split(separator: "\n").map(String.init)
            let messageLine = lines.first {
                $0.hasPrefix("heed_http_requests_total{") && $0.contains(#"route="/api/v1/widget/messages""#)
                    && $0.contains(#"method="POST""#) && $0.contains(#"status="\#(turn.status.code)""#)
            }
            #expect(messageLine?.hasSuffix(" 1") == true, "\(scraped.raw)")
            // An unknown path is counted under one label, never its own.
            #expect(lines.contains { $0.hasPrefix("heed_http_requests_total{") && $0.contains(#"status="404""#) }, "\(scraped.raw)")
            #expect(!scraped.raw.contains("no-such-route"))
            #expect(lines.contains { $0.hasPrefix("heed_http_request_duration_seconds_bucket{") && $0.contains(#"route="/api/v1/widget/sessions""#) })
            #expect(lines.contains("heed_turn_duration_seconds_count 1"), "\(scraped.raw)")
            #expect(lines.contains { $0.hasPrefix(#"heed_open_streams{audience="agents"}"#) })
            #expect(lines.contains { $0.hasPrefix("heed_conversations_in_turn ") })
            // A raw conversation id never becomes a label: routes are the matched patterns.
            #expect(!scraped.raw.contains(try #require(turn["conversation"]?["id"]?.stringValue)))
        }
    }

    @Test("Without a token a caller from elsewhere is refused with a JSON error")
    func remoteRefusedWithoutToken() async throws {
        try await withTestApp(over: .live, configure: { $0.trustedProxies = try! TrustedProxies(["127.0.0.1", "::1"]) }) { api in
            var remote = HTTPFields()
            remote[Self.forwardedFor] = "203.0.113.10"
            let refused = try await api.call(.get, "/metrics", headers: remote)
            #expect(refused.status == .forbidden)
            #expect(refused.errorCode == "forbidden")
            #expect(refused["error"]?["message"]?.stringValue?.contains("HEED_METRICS_TOKEN") == true)
        }
    }

    @Test("With a token only a scraper that sends it gets the metrics, from anywhere")
    func tokenRequired() async throws {
        try await withTestApp(over: .live, configure: {
            $0.metricsToken = "scrape-secret-0123456789"
            $0.trustedProxies = try! TrustedProxies(["127.0.0.1", "::1"])
        }) { api in
            var remote = HTTPFields()
            remote[Self.forwardedFor] = "203.0.113.10"
            #expect(try await api.call(.get, "/metrics", headers: remote).status == .unauthorized)
            #expect(try await api.call(.get, "/metrics", key: "wrong-secret").errorCode == "unauthorized")
            remote[.authorization] = "Bearer scrape-secret-0123456789"
            let scraped = try await api.call(.get, "/metrics", headers: remote)
            #expect(scraped.status == .ok)
            #expect(scraped.raw.contains("# TYPE heed_http_requests_total counter"))
        }
    }
}
