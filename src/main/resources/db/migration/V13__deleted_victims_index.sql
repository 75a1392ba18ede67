-- Issue 17, the victims list over a million records: the deleted records, few, indexed apart, so that
-- counting them (the fingerprint that keeps the list's count without COUNT(*) over every record, see
-- LiveRecords) and listing the latest deleted for admins read them alone instead of every record.
CREATE INDEX victim_deleted ON victim(id) WHERE deleted_at IS NOT NULL;
