/// The frame around every model file's payload: magic bytes, format version, payload length, checksum.
enum ModelFileFrame {
    /// `payload` framed as a file of this kind and version.
    static func wrap(_ payload: [UInt8], magic: [UInt8], version: UInt32) -> [UInt8] {
        var file = ModelFileWriter()
        file.append(magic)
        file.write(version)
        file.write(UInt64(payload.count))
        file.write(ModelChecksum.of(payload[...]))
        file.append(payload)
        return file.bytes
    }

    /// The file's format version and where its payload starts, once magic, version, length and checksum hold.
    /// - Throws: ``ModelFileError`` naming what is wrong (`kind` names the expected model in the message).
    static func open(_ bytes: [UInt8], magic: [UInt8], kind: String, versions: ClosedRange<UInt32>) throws
        -> (version: UInt32, offset: Int) {
        guard bytes.count >= magic.count, Array(bytes.prefix(magic.count)) == magic else {
            throw ModelFileError.notAModelFile(expected: kind)
        }
        var header = ModelFileReader(bytes: bytes, offset: magic.count)
        let version = try header.read(UInt32.self)
        guard versions.contains(version) else {
            throw ModelFileError.unsupportedVersion(found: version, supported: versions.upperBound)
        }
        let length = try header.read(UInt64.self)
        let checksum = try header.read(UInt64.self)
        guard length <= UInt64(header.remaining) else { throw ModelFileError.truncated }
        guard length == UInt64(header.remaining) else { throw ModelFileError.malformed("unexpected bytes after the model") }
        guard ModelChecksum.of(bytes[header.offset...]) == checksum else { throw ModelFileError.checksumMismatch }
        return (version, header.offset)
    }
}
