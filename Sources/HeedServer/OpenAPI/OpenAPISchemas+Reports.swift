import HeedCore
import HeedInsights

extension OpenAPISchemas {
    /// The reports' bodies (`/api/v1/reports/…`); the KPI names come from ``KPIMetric``, so the document follows
    /// the code.
    static var reports: [String: JSONValue] {
        var kpis: [String: JSONValue] = [:]
        for metric in KPIMetric.allCases { kpis[metric.rawValue] = nullable(number) }
        for count in ["conversations", "resolved", "handed_off", "ai_resolved", "csat_responses", "nps_responses"] {
            kpis[count] = integer
        }
        kpis["total_cost"] = number
        let period: [String: JSONValue] = ["from": dateTime, "to": dateTime]
        return [
            "KPISummary": object(kpis),
            "SummaryReport": object(
                period.merging([
                    "time_zone": string, "current": ref("KPISummary"), "previous": ref("KPISummary"),
                    "comparison": object(["ai": ref("KPISummary"), "human": ref("KPISummary")]),
                ]) { $1 }),
            "BreakdownReport": object(
                period.merging([
                    "by": enumeration(ReportDimension.self),
                    "rows": array(
                        object([
                            "key": nullable(string), "label": nullable(string), "current": ref("KPISummary"),
                            "previous": ref("KPISummary"),
                        ])),
                ]) { $1 }),
            "ConversationsReport": object(
                period.merging([
                    "by": nullable(enumeration(ReportDimension.self)), "value": nullable(string), "total": integer,
                    "rows": array(
                        object([
                            "conversation_id": string, "created_at": dateTime, "channel": nullable(string),
                            "language": nullable(string), "intent": nullable(string), "team_id": nullable(string),
                            "priority": nullable(string), "handed_off": boolean, "ai_resolved": boolean,
                            "resolved": boolean, "csat": nullable(integer),
                            "first_response_seconds": nullable(number), "full_resolution_seconds": nullable(number),
                        ])),
                ]) { $1 }),
            "QualityReview": object([
                "conversation_id": uuid, "agent_id": nullable(uuid), "scores": object([:]), "embedded": object([:]),
                "total": number, "overridden": boolean, "note": nullable(string),
            ]),
            "QualityReport": object(
                period.merging([
                    "reviewed": integer,
                    "agents": array(
                        object([
                            "agent_id": nullable(uuid), "conversations": integer, "total": number,
                            "criteria": object([:]),
                        ])),
                ]) { $1 }),
            "QualityOverrideRequest": object(["scores": object([:]), "note": string], required: ["scores"]),
            "TimeSeriesReport": object(
                period.merging([
                    "metric": enumeration(KPIMetric.self), "interval": enumeration(SeriesInterval.self),
                    "points": array(object(["start": dateTime, "conversations": integer, "value": nullable(number)])),
                ]) { $1 }),
        ]
    }
}
