// swift-tools-version: 6.1
import PackageDescription

let strictSwift: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Heed",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "heed", targets: ["heed"]),
        .library(name: "HeedCore", targets: ["HeedCore"]),
        .library(name: "HeedLanguage", targets: ["HeedLanguage"]),
        .library(name: "HeedKnowledge", targets: ["HeedKnowledge"]),
        .library(name: "HeedStore", targets: ["HeedStore"]),
        .library(name: "HeedConversation", targets: ["HeedConversation"]),
        .library(name: "HeedNetwork", targets: ["HeedNetwork"]),
        .library(name: "HeedActions", targets: ["HeedActions"]),
        .library(name: "HeedAutomation", targets: ["HeedAutomation"]),
        .library(name: "HeedInsights", targets: ["HeedInsights"]),
        .library(name: "HeedServer", targets: ["HeedServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket.git", from: "2.8.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.3.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/vapor/sqlite-nio.git", from: "1.13.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
    ],
    targets: [
        // Domain values and pure policies: no I/O.
        .target(name: "HeedCore", swiftSettings: strictSwift),
        // Language understanding: pure Swift, no HTTP, no database. Always optimised: the sentence encoder's
        // forward pass is over 50× slower at -Onone, too slow for `swift run heed serve --demo` and the tests.
        .target(
            name: "HeedLanguage",
            resources: [.copy("Resources")],
            swiftSettings: strictSwift + [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        // Knowledge ingestion, retrieval, answer engines.
        .target(
            name: "HeedKnowledge",
            dependencies: [
                "HeedLanguage",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSwift
        ),
        // Storage: one protocol, SQLite and PostgreSQL engines.
        .target(
            name: "HeedStore",
            dependencies: [
                "HeedCore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strictSwift
        ),
        // Everything inside one conversation: the turn pipeline (record, understand, decide, act, answer, respond),
        // the one path that records messages, the desk, feedback, hand-off packages, events, model providers.
        .target(
            name: "HeedConversation",
            dependencies: [
                "HeedCore", "HeedStore", "HeedLanguage", "HeedKnowledge",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSwift
        ),
        // Tools the AI may call on the customer's own data (home of the "act" step's tool calls).
        // The guard of outgoing calls to addresses admins name (declared tools, webhooks).
        .target(
            name: "HeedNetwork",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strictSwift
        ),
        .target(
            name: "HeedActions",
            dependencies: [
                "HeedConversation", "HeedCore", "HeedStore", "HeedKnowledge", "HeedLanguage", "HeedNetwork",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSwift
        ),
        // What happens on events and on time: rules, timers (follow-ups, auto-resolve, SLA warnings), the SLA monitor.
        .target(
            name: "HeedAutomation",
            dependencies: [
                "HeedConversation", "HeedCore", "HeedStore", "HeedNetwork",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSwift
        ),
        // KPIs, reports, exports, AI-vs-human comparison, quality review.
        .target(name: "HeedInsights", dependencies: ["HeedConversation", "HeedCore", "HeedLanguage", "HeedStore"], swiftSettings: strictSwift),
        // HTTP API, auth, error mapping, OpenAPI document.
        .target(
            name: "HeedServer",
            dependencies: [
                "HeedCore",
                "HeedStore",
                "HeedConversation",
                "HeedActions",
                "HeedAutomation",
                "HeedInsights",
                "HeedNetwork",
                "HeedKnowledge",
                "HeedLanguage",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: strictSwift
        ),
        .executableTarget(
            name: "heed",
            dependencies: [
                "HeedServer",
                "HeedConversation",
                "HeedActions",
                "HeedAutomation",
                "HeedInsights",
                "HeedCore",
                "HeedStore",
                "HeedLanguage",
                "HeedKnowledge",
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: strictSwift
        ),
        // Helpers shared by the test targets: temporary stores on both engines, a scripted model provider.
        .target(
            name: "HeedTestSupport",
            dependencies: [
                "HeedStore", "HeedCore", "HeedLanguage",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            path: "Tests/HeedTestSupport"
        ),
        .testTarget(name: "HeedCoreTests", dependencies: ["HeedCore"]),
        .testTarget(name: "HeedNetworkTests", dependencies: ["HeedNetwork"]),
        .testTarget(
            name: "HeedInsightsTests",
            dependencies: ["HeedInsights", "HeedCore", "HeedStore", "HeedTestSupport"]
        ),
        .testTarget(
            name: "HeedConversationTests",
            dependencies: [
                "HeedConversation", "HeedCore", "HeedStore", "HeedLanguage", "HeedKnowledge", "HeedTestSupport",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "HeedLanguageTests", dependencies: ["HeedLanguage", "HeedTestSupport"], resources: [.copy("Encoder/Fixtures")]),
        .testTarget(
            name: "HeedActionsTests",
            dependencies: [
                "HeedActions", "HeedConversation", "HeedCore", "HeedStore", "HeedTestSupport", "HeedKnowledge",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "HeedAutomationTests",
            dependencies: [
                "HeedAutomation", "HeedConversation", "HeedCore", "HeedStore", "HeedTestSupport", "HeedNetwork",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .testTarget(
            name: "HeedKnowledgeTests",
            dependencies: [
                "HeedKnowledge", "HeedLanguage", "HeedTestSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
        .testTarget(
            name: "HeedStoreTests",
            dependencies: [
                "HeedStore", "HeedCore", "HeedTestSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SQLKit", package: "sql-kit"),
            ]
        ),
        .testTarget(
            name: "HeedServerTests",
            dependencies: [
                "HeedServer", "HeedConversation", "HeedStore", "HeedCore", "HeedTestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdWSClient", package: "hummingbird-websocket"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
