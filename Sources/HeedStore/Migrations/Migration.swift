/// One versioned schema change, written in SQL both engines accept (or, where they differ, once per engine).
struct Migration: Sendable {
    let version: Int
    let name: String
    let statements: [String]
    /// PostgreSQL's own statements, when its SQL must differ from SQLite's (e.g. a sequence column).
    let postgresStatements: [String]?

    init(version: Int, name: String, statements: [String], postgresStatements: [String]? = nil) {
        self.version = version
        self.name = name
        self.statements = statements
        self.postgresStatements = postgresStatements
    }

    /// The statements to run on `dialect`.
    func statements(for dialect: SQLDialectKind) -> [String] {
        dialect == .postgres ? postgresStatements ?? statements : statements
    }
}
