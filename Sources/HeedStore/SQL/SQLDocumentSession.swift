import Foundation
import HeedCore
import PostgresNIO
import SQLKit
import SQLiteNIO

/// Generic document operations on one SQL session, shared by every record type and both engines.
struct SQLDocumentSession: Sendable {
    let database: any SQLDatabase
    let dialect: SQLDialectKind

    func encode(_ value: some Encodable) throws -> String {
        String(decoding: try HeedJSON.makeEncoder().encode(value), as: UTF8.self)
    }

    func decode<R: Decodable>(_ type: R.Type, from row: any SQLRow) throws -> R {
        let text = try row.decode(column: "doc", as: String.self)
        return try HeedJSON.makeDecoder().decode(type, from: Data(text.utf8))
    }

    func expression(_ value: ColumnValue) -> any SQLExpression {
        switch value {
        case .text(let text): text.map { SQLBind($0) } ?? SQLLiteral.null
        case .integer(let number): number.map { SQLBind($0) } ?? SQLLiteral.null
        }
    }

    /// `column = value`, or `column IS NULL` for a nil value.
    func condition(_ column: String, _ value: ColumnValue) -> any SQLExpression {
        switch value {
        case .text(nil), .integer(nil):
            SQLBinaryExpression(SQLIdentifier(column), SQLBinaryOperator.is, SQLLiteral.null)
        default:
            SQLBinaryExpression(SQLIdentifier(column), SQLBinaryOperator.equal, expression(value))
        }
    }

    func insert<R: StoredRecord>(_ record: R) async throws {
        var columns = ["id", "workspace_id", R.orderColumn, "doc"]
        var values: [any SQLExpression] = [
            SQLBind(record.id.uuidString), SQLBind(record.workspaceID.uuidString), SQLBind(record.orderValue),
            SQLBind(try encode(record)),
        ]
        for (column, value) in record.queryColumns {
            columns.append(column)
            values.append(expression(value))
        }
        try await mappingConflicts(R.displayName) {
            try await database.insert(into: R.table).columns(columns).values(values).run()
        }
    }

    func update<R: StoredRecord>(_ record: R) async throws {
        var query = database.update(R.table)
            .set("doc", to: SQLBind(try encode(record)))
            .set(SQLIdentifier(R.orderColumn), to: SQLBind(record.orderValue))
        for (column, value) in record.queryColumns {
            query = query.set(SQLIdentifier(column), to: expression(value))
        }
        let finalQuery = query.where("id", .equal, SQLBind(record.id.uuidString))
            .where("workspace_id", .equal, SQLBind(record.workspaceID.uuidString))
        try await mappingConflicts(R.displayName) { try await finalQuery.run() }
    }

    func delete<R: StoredRecord>(_ type: R.Type, id: UUID, workspaceID: UUID) async throws {
        guard try await fetch(type, id: id, workspaceID: workspaceID) != nil else {
            throw HeedError.notFound(R.displayName)
        }
        try await database.delete(from: R.table)
            .where("id", .equal, SQLBind(id.uuidString))
            .where("workspace_id", .equal, SQLBind(workspaceID.uuidString))
            .run()
    }

    func fetch<R: StoredRecord>(_ type: R.Type, id: UUID, workspaceID: UUID) async throws -> R? {
        try await fetchOne(type, workspaceID: workspaceID, where: [("id", .text(id.uuidString))])
    }

    func fetchOne<R: StoredRecord>(_ type: R.Type, workspaceID: UUID?, where conditions: [(String, ColumnValue)])
        async throws -> R?
    {
        var query = database.select().column("doc").from(R.table)
        if let workspaceID {
            query = query.where("workspace_id", .equal, SQLBind(workspaceID.uuidString))
        }
        for (column, value) in conditions {
            query = query.where(condition(column, value))
        }
        guard let row = try await query.limit(1).first() else { return nil }
        return try decode(type, from: row)
    }

    /// Up to `limit` records matching all `conditions` (in one workspace, or any when nil), oldest first.
    func fetchAll<R: StoredRecord>(
        _ type: R.Type, workspaceID: UUID?, where conditions: [(String, ColumnValue)], limit: Int
    ) async throws -> [R] {
        var query = database.select().column("doc").from(R.table)
        if let workspaceID {
            query = query.where("workspace_id", .equal, SQLBind(workspaceID.uuidString))
        }
        for (column, value) in conditions {
            query = query.where(condition(column, value))
        }
        return try await query.orderBy(SQLIdentifier(R.orderColumn)).orderBy("id").limit(limit).all()
            .map { try decode(type, from: $0) }
    }

    /// Lists records of a workspace matching all `conditions`, newest first (or oldest first), a page at a time.
    func list<R: StoredRecord>(
        _ type: R.Type, workspaceID: UUID, where conditions: [(String, ColumnValue)], page: PageRequest,
        newestFirst: Bool = true
    ) async throws -> Page<R> {
        let order = R.orderColumn
        var query = database.select().column("doc").column("id").column(SQLIdentifier(order)).from(R.table)
            .where("workspace_id", .equal, SQLBind(workspaceID.uuidString))
        for (column, value) in conditions {
            query = query.where(condition(column, value))
        }
        if let encoded = page.cursor {
            let cursor = try PageCursor(encoded: encoded)
            let comparison = newestFirst ? "<" : ">"
            query = query.where(
                SQLQueryString(
                    "(\(ident: order) \(unsafeRaw: comparison) \(bind: cursor.orderValue) OR (\(ident: order) = \(bind: cursor.orderValue) AND id \(unsafeRaw: comparison) \(bind: cursor.id)))"
                ))
        }
        let direction: SQLDirection = newestFirst ? .descending : .ascending
        let rows = try await query.orderBy(SQLIdentifier(order), direction).orderBy("id", direction)
            .limit(page.limit + 1).all()
        let items = try rows.prefix(page.limit).map { try decode(type, from: $0) }
        var next: String?
        if rows.count > page.limit, let last = rows.prefix(page.limit).last {
            next = PageCursor(
                orderValue: try last.decode(column: order, as: Int64.self),
                id: try last.decode(column: "id", as: String.self)
            ).encoded
        }
        return Page(items: items, nextCursor: next)
    }

    /// Runs a write, turning a unique-constraint violation into a `conflict` error.
    func mappingConflicts(_ resource: String, _ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as SQLiteError
            where error.reason == .constraintUniqueFailed || error.reason == .constraintPrimaryKeyFailed
            || (error.reason == .constraint && error.message.contains("UNIQUE"))
        {
            throw HeedError.conflict("\(resource) conflicts with an existing one (a unique value is already taken).")
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == "23505" {
            throw HeedError.conflict("\(resource) conflicts with an existing one (a unique value is already taken).")
        }
    }
}
