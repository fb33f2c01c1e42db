import Foundation
import HeedCore
import HeedInsights
import Hummingbird

/// `/api/v1/reports/…`: the KPIs of a period (see `docs/reports.md`), for everyone signed in.
struct ReportController {
    let reports: Reports
    let clock: any WallClock

    /// The routes any signed-in caller may use.
    var endpoints: RouteCollection<SignedInContext> {
        let routes = RouteCollection(context: SignedInContext.self)
        routes.get("reports/summary", use: summary)
        routes.get("reports/breakdown", use: breakdown)
        routes.get("reports/timeseries", use: timeSeries)
        routes.get("reports/conversations", use: conversations)
        routes.get("reports/conversations.csv", use: export)
        return routes
    }

    @Sendable func summary(_ request: Request, context: SignedInContext) async throws -> Response {
        let workspaceID = context.principal.workspaceID
        let period = try await period(of: request, workspaceID: workspaceID)
        let reports = try await measured(request, workspaceID: workspaceID)
        return try JSONResponse.make(try await reports.summary(workspaceID: workspaceID, period: period))
    }

    @Sendable func breakdown(_ request: Request, context: SignedInContext) async throws -> Response {
        let workspaceID = context.principal.workspaceID
        let dimension = try request.requiredQueryEnum("by", as: ReportDimension.self)
        let period = try await period(of: request, workspaceID: workspaceID)
        let reports = try await measured(request, workspaceID: workspaceID)
        return try JSONResponse.make(try await reports.breakdown(workspaceID: workspaceID, period: period, by: dimension))
    }

    @Sendable func timeSeries(_ request: Request, context: SignedInContext) async throws -> Response {
        let workspaceID = context.principal.workspaceID
        let metric = try request.requiredQueryEnum("metric", as: KPIMetric.self)
        let interval = try request.queryEnum("interval", as: SeriesInterval.self) ?? .day
        let period = try await period(of: request, workspaceID: workspaceID)
        let reports = try await measured(request, workspaceID: workspaceID)
        return try JSONResponse.make(
            try await reports.timeSeries(workspaceID: workspaceID, period: period, metric: metric, interval: interval))
    }

    /// Most conversations one drill-down lists.
    static let conversationsLimit = 1...500

    @Sendable func conversations(_ request: Request, context: SignedInContext) async throws -> Response {
        let workspaceID = context.principal.workspaceID
        let dimension = try request.queryEnum("by", as: ReportDimension.self)
        let value = request.uri.queryParameters.get("value")
        if value != nil, dimension == nil {
            throw HeedError(.badRequest, code: .invalidQuery, message: "Query 'value' needs 'by' (the dimension it is a value of).")
        }
        let limit = try request.queryInt("limit", in: Self.conversationsLimit) ?? 50
        let period = try await period(of: request, workspaceID: workspaceID)
        let reports = try await measured(request, workspaceID: workspaceID)
        return try JSONResponse.make(
            try await reports.conversations(
                workspaceID: workspaceID, period: period, by: dimension, value: value, limit: limit))
    }

    @Sendable func export(_ request: Request, context: SignedInContext) async throws -> Response {
        let workspaceID = context.principal.workspaceID
        let period = try await period(of: request, workspaceID: workspaceID)
        let text = try await measured(request, workspaceID: workspaceID).export(workspaceID: workspaceID, period: period)
        var headers = HTTPFields()
        headers[.contentType] = "text/csv; charset=utf-8"
        headers[.contentDisposition] = "attachment; filename=\"heed-conversations.csv\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// The reports measured on the clock `?time=` names: calendar time (the default), or the workspace's business
    /// hours, which must then be set.
    private func measured(_ request: Request, workspaceID: UUID) async throws -> Reports {
        guard try request.queryEnum("time", as: ReportTime.self) == .business else { return reports }
        guard let hours = try await reports.businessHours(workspaceID: workspaceID) else {
            throw HeedError(
                .badRequest, code: .invalidQuery,
                message: "Query parameter 'time=business' needs the workspace's business hours (policy business_hours); none are set.")
        }
        return reports.measuring(in: BusinessTime(hours: hours))
    }

    /// The request's period, days cut in the workspace's time zone.
    private func period(of request: Request, workspaceID: UUID) async throws -> ReportPeriod {
        let zone = try await reports.policy(workspaceID: workspaceID).zone
        return try request.reportPeriod(zone: zone, now: clock.now())
    }
}
