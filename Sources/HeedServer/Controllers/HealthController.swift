import HeedStore
import Hummingbird

/// `/healthz` (the process answers) and `/readyz` (the store answers too).
struct HealthController {
    let store: any SupportStore

    struct Status: Encodable {
        let status: String
    }

    func addRoutes(to router: Router<HeedRequestContext>) {
        router.get("healthz") { _, _ in try JSONResponse.make(Status(status: "ok")) }
        router.get("readyz") { _, context in
            do {
                try await store.ping()
                return try JSONResponse.make(Status(status: "ready"))
            } catch {
                context.logger.warning("Store not reachable", metadata: ["error.type": "\(type(of: error))"])
                return try JSONResponse.make(Status(status: "store unavailable"), status: .serviceUnavailable)
            }
        }
    }
}
