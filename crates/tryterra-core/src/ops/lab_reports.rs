//! Lab reports: upload a report file, then list, read and delete the
//! sessions Terra extracts from it.

use std::fmt::Write as _;

use http::Method;
use sha2::{Digest, Sha256};

use super::{parse_empty, path_segment, require_non_empty};
use crate::config::{Config, Credentials};
use crate::dates::CalendarDate;
use crate::error::Error;
use crate::models::{
    LabReportDeliveriesResponse, LabReportFilesResponse, LabReportListResponse, LabReportSession,
    LabReportUploadResponse,
};
use crate::operation::{Operation, RequestBuilder, Response, parse_json};

/// `POST /lab-reports`: uploads one lab report file (PDF, PNG, JPEG, GIF or
/// WebP) as `multipart/form-data`.
///
/// Terra answers `202 Accepted` with an `upload_id`; the sessions extracted
/// from the file arrive as webhook events or through [`ListLabReports`]
/// filtered by that id.
#[derive(Clone, PartialEq, Eq)]
pub struct UploadLabReport {
    filename: String,
    content_type: String,
    bytes: Vec<u8>,
    reference_id: Option<String>,
    extra: Vec<(String, String)>,
}

impl std::fmt::Debug for UploadLabReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UploadLabReport")
            .field("filename", &self.filename)
            .field("content_type", &self.content_type)
            .field("len", &self.bytes.len())
            .field("reference_id", &self.reference_id)
            .field("extra", &self.extra)
            .finish()
    }
}

impl UploadLabReport {
    /// Uploads `bytes` as a file named `filename` of type `content_type`
    /// (for example `application/pdf`, `image/png`).
    pub fn new(
        filename: impl Into<String>,
        content_type: impl Into<String>,
        bytes: impl Into<Vec<u8>>,
    ) -> Self {
        Self {
            filename: filename.into(),
            content_type: content_type.into(),
            bytes: bytes.into(),
            reference_id: None,
            extra: Vec::new(),
        }
    }

    /// Your own identifier for this report or patient.
    pub fn reference_id(mut self, reference_id: impl Into<String>) -> Self {
        self.reference_id = Some(reference_id.into());
        self
    }

    /// Adds a query parameter the SDK does not model.
    pub fn extra(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extra.push((name.into(), value.into()));
        self
    }

    /// The multipart boundary used for this file: derived from a hash of
    /// the content and checked not to occur in it.
    fn boundary(&self) -> String {
        let mut hasher = Sha256::new();
        hasher.update(self.filename.as_bytes());
        hasher.update([0]);
        hasher.update(self.content_type.as_bytes());
        hasher.update([0]);
        hasher.update(&self.bytes);
        let digest = hasher.finalize();
        let mut base = String::from("terra-rs-");
        for b in &digest[..16] {
            let _ = write!(base, "{b:02x}");
        }
        let filename = escape_filename(&self.filename);
        pick_boundary(
            &base,
            &[
                &self.bytes,
                filename.as_bytes(),
                self.content_type.as_bytes(),
            ],
        )
    }

    /// The multipart body and its boundary.
    fn multipart(&self) -> Result<(String, Vec<u8>), Error> {
        require_non_empty("filename", &self.filename)?;
        if self.bytes.is_empty() {
            return Err(Error::invalid("file", "the file is empty"));
        }
        let ct = self.content_type.trim();
        if ct.is_empty()
            || !ct.contains('/')
            || ct.bytes().any(|b| b.is_ascii_control() || b >= 0x80)
        {
            return Err(Error::invalid(
                "content_type",
                format!("`{}` is not a media type", self.content_type.escape_debug()),
            ));
        }
        let boundary = self.boundary();
        let mut body = Vec::with_capacity(self.bytes.len() + 256);
        body.extend_from_slice(b"--");
        body.extend_from_slice(boundary.as_bytes());
        body.extend_from_slice(b"\r\nContent-Disposition: form-data; name=\"file\"; filename=\"");
        body.extend_from_slice(escape_filename(&self.filename).as_bytes());
        body.extend_from_slice(b"\"\r\nContent-Type: ");
        body.extend_from_slice(ct.as_bytes());
        body.extend_from_slice(b"\r\n\r\n");
        body.extend_from_slice(&self.bytes);
        body.extend_from_slice(b"\r\n--");
        body.extend_from_slice(boundary.as_bytes());
        body.extend_from_slice(b"--\r\n");
        Ok((boundary, body))
    }
}

/// Escapes a filename for a quoted `Content-Disposition` parameter the way
/// browsers do (RFC 7578 §4.2 / the HTML form encoding): `"`, CR and LF are
/// percent-encoded; other characters, including UTF-8, pass through.
fn escape_filename(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            '"' => out.push_str("%22"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            c => out.push(c),
        }
    }
    out
}

/// `base`, or `base-N` for the first `N` such that the candidate occurs in
/// none of `parts`.
fn pick_boundary(base: &str, parts: &[&[u8]]) -> String {
    let mut candidate = base.to_owned();
    let mut n: u64 = 0;
    while parts.iter().any(|p| contains(p, candidate.as_bytes())) {
        n += 1;
        candidate = format!("{base}-{n}");
    }
    candidate
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    let Some((&first, _)) = needle.split_first() else {
        return false;
    };
    if haystack.len() < needle.len() {
        return false;
    }
    let last_start = haystack.len() - needle.len();
    let mut i = 0;
    while i <= last_start {
        // Skip quickly to the next candidate start.
        match haystack[i..=last_start].iter().position(|&b| b == first) {
            None => return false,
            Some(p) => i += p,
        }
        if &haystack[i..i + needle.len()] == needle {
            return true;
        }
        i += 1;
    }
    false
}

impl Operation for UploadLabReport {
    type Output = Response<LabReportUploadResponse>;

    fn to_request(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        let (boundary, body) = self.multipart()?;
        RequestBuilder::new(Method::POST, config, "/lab-reports")
            .query_opt("reference_id", self.reference_id.as_deref())
            .query_extra(&self.extra)
            .raw_body("multipart/form-data", body)
            .build_with_content_type(
                config,
                credentials,
                Some(format!("multipart/form-data; boundary={boundary}")),
            )
    }

    fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: http::Response<B>,
    ) -> Result<Self::Output, Error> {
        parse_json(response)
    }
}

/// `GET /lab-reports`: the lab report sessions of your account, optionally
/// filtered (all dates inclusive).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListLabReports {
    reference_id: Option<String>,
    upload_id: Option<String>,
    report_date_from: Option<CalendarDate>,
    report_date_to: Option<CalendarDate>,
    uploaded_at_from: Option<CalendarDate>,
    uploaded_at_to: Option<CalendarDate>,
    extra: Vec<(String, String)>,
}

impl ListLabReports {
    /// Every session.
    pub fn new() -> Self {
        Self::default()
    }

    /// Only sessions with this reference id.
    pub fn reference_id(mut self, reference_id: impl Into<String>) -> Self {
        self.reference_id = Some(reference_id.into());
        self
    }

    /// Only sessions from this upload.
    pub fn upload_id(mut self, upload_id: impl Into<String>) -> Self {
        self.upload_id = Some(upload_id.into());
        self
    }

    /// Only reports dated on or after this day.
    pub fn report_date_from(mut self, date: CalendarDate) -> Self {
        self.report_date_from = Some(date);
        self
    }

    /// Only reports dated on or before this day.
    pub fn report_date_to(mut self, date: CalendarDate) -> Self {
        self.report_date_to = Some(date);
        self
    }

    /// Only reports uploaded on or after this day.
    pub fn uploaded_at_from(mut self, date: CalendarDate) -> Self {
        self.uploaded_at_from = Some(date);
        self
    }

    /// Only reports uploaded on or before this day.
    pub fn uploaded_at_to(mut self, date: CalendarDate) -> Self {
        self.uploaded_at_to = Some(date);
        self
    }

    /// Adds a query parameter the SDK does not model.
    pub fn extra(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extra.push((name.into(), value.into()));
        self
    }
}

impl Operation for ListLabReports {
    type Output = Response<LabReportListResponse>;

    fn to_request(
        &self,
        config: &Config,
        credentials: &Credentials,
    ) -> Result<http::Request<Vec<u8>>, Error> {
        for (field, from, to) in [
            (
                "report_date_from",
                self.report_date_from,
                self.report_date_to,
            ),
            (
                "uploaded_at_from",
                self.uploaded_at_from,
                self.uploaded_at_to,
            ),
        ] {
            if let (Some(f), Some(t)) = (from, to)
                && f > t
            {
                return Err(Error::invalid(field, format!("{f} is after {t}")));
            }
        }
        let date = |d: Option<CalendarDate>| d.map(|d| d.to_string());
        let (rf, rt, uf, ut) = (
            date(self.report_date_from),
            date(self.report_date_to),
            date(self.uploaded_at_from),
            date(self.uploaded_at_to),
        );
        RequestBuilder::new(Method::GET, config, "/lab-reports")
            .query_opt("reference_id", self.reference_id.as_deref())
            .query_opt("upload_id", self.upload_id.as_deref())
            .query_opt("report_date_from", rf.as_deref())
            .query_opt("report_date_to", rt.as_deref())
            .query_opt("uploaded_at_from", uf.as_deref())
            .query_opt("uploaded_at_to", ut.as_deref())
            .query_extra(&self.extra)
            .build(config, credentials)
    }

    fn parse_response<B: AsRef<[u8]>>(
        &self,
        response: http::Response<B>,
    ) -> Result<Self::Output, Error> {
        parse_json(response)
    }
}

macro_rules! session_op {
    ($(#[$doc:meta])* $name:ident, $method:ident, $suffix:literal, $out:ty, $parse:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub struct $name {
            session_id: String,
            extra: Vec<(String, String)>,
        }

        impl $name {
            /// For the session with this id (a snowflake such as
            /// `297405620317847552`).
            pub fn new(session_id: impl Into<String>) -> Self {
                Self {
                    session_id: session_id.into(),
                    extra: Vec::new(),
                }
            }

            /// Adds a query parameter the SDK does not model.
            pub fn extra(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
                self.extra.push((name.into(), value.into()));
                self
            }
        }

        impl Operation for $name {
            type Output = Response<$out>;

            fn to_request(
                &self,
                config: &Config,
                credentials: &Credentials,
            ) -> Result<http::Request<Vec<u8>>, Error> {
                require_non_empty("session_id", &self.session_id)?;
                let path = format!("/lab-reports/{}{}", path_segment(&self.session_id), $suffix);
                RequestBuilder::new(Method::$method, config, &path)
                    .query_extra(&self.extra)
                    .build(config, credentials)
            }

            fn parse_response<B: AsRef<[u8]>>(
                &self,
                response: http::Response<B>,
            ) -> Result<Self::Output, Error> {
                $parse(response)
            }
        }
    };
}

session_op!(
    /// `GET /lab-reports/{session_id}`: one session with its results,
    /// reference ranges and status history.
    GetLabReport, GET, "", LabReportSession, parse_json
);
session_op!(
    /// `DELETE /lab-reports/{session_id}`: soft-deletes a session (`204`).
    DeleteLabReport, DELETE, "", (), parse_empty
);
session_op!(
    /// `GET /lab-reports/{session_id}/deliveries`: the delivery state of a
    /// session for each of your destinations.
    ListLabReportDeliveries, GET, "/deliveries", LabReportDeliveriesResponse, parse_json
);
session_op!(
    /// `GET /lab-reports/{session_id}/files`: the uploaded files and
    /// thumbnail, with short-lived download URLs.
    ListLabReportFiles, GET, "/files", LabReportFilesResponse, parse_json
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::test_support::*;
    use serde_json::json;

    fn d(s: &str) -> CalendarDate {
        CalendarDate::parse(s).unwrap()
    }

    fn split_multipart(req: &http::Request<Vec<u8>>) -> (String, Vec<u8>) {
        let ct = req.headers()["content-type"].to_str().unwrap();
        let boundary = ct
            .strip_prefix("multipart/form-data; boundary=")
            .unwrap()
            .to_owned();
        (boundary, req.body().clone())
    }

    #[test]
    fn upload_request() {
        let pdf = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n".to_vec();
        let op = UploadLabReport::new("blood panel.pdf", "application/pdf", pdf.clone())
            .reference_id("patient_456");
        let req = request(&op);
        assert_eq!(req.method(), Method::POST);
        assert_eq!(
            path_and_query(&req),
            "/lab-reports?reference_id=patient_456"
        );
        assert_eq!(req.headers()["x-api-key"], "key-abc");
        assert_eq!(req.headers()["dev-id"], "dev-123");
        let (boundary, body) = split_multipart(&req);
        assert!(boundary.starts_with("terra-rs-"));
        assert!(boundary.len() <= 70, "RFC 2046 caps boundaries at 70");
        let mut expected = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; \
             filename=\"blood panel.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
        )
        .into_bytes();
        expected.extend_from_slice(&pdf);
        expected.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        assert_eq!(body, expected);
        // Deterministic.
        assert_eq!(request(&op).body(), req.body());

        let op = UploadLabReport::new("r.png", "image/png", vec![0x89, b'P', b'N', b'G']);
        assert_eq!(path_and_query(&request(&op)), "/lab-reports");
        assert!(
            format!("{op:?}").contains("len: 4"),
            "Debug shows the size, not the bytes"
        );
    }

    #[test]
    fn upload_boundary_never_in_content() {
        assert_eq!(pick_boundary("b", &[b"xyz"]), "b");
        assert_eq!(pick_boundary("b", &[b"xbz"]), "b-1");
        assert_eq!(
            pick_boundary("bnd", &[b"..bnd..bnd-1..", b"bnd-2"]),
            "bnd-3"
        );
        assert!(!contains(b"", b"a"));
        assert!(!contains(b"abc", b""));
        assert!(contains(b"abc", b"bc"));
        assert!(contains(b"abc", b"abc"));
        assert!(contains(b"aab", b"ab"));
        assert!(!contains(b"ab", b"abc"));
        assert!(!contains(b"abac", b"abc"));
        assert!(contains(b"xxabac", b"ac"));

        // A file that embeds delimiter lines of other uploads still gets a
        // boundary that appears exactly twice in the body: opening and
        // closing.
        let mut content = b"--terra-rs-\r\n".to_vec();
        for _ in 0..3 {
            let op = UploadLabReport::new("a.pdf", "application/pdf", content.clone());
            let (boundary, body) = split_multipart(&request(&op));
            assert!(!contains(&content, boundary.as_bytes()));
            let delim = format!("--{boundary}");
            let n = body
                .windows(delim.len())
                .filter(|w| *w == delim.as_bytes())
                .count();
            assert_eq!(n, 2);
            content.extend_from_slice(delim.as_bytes());
        }
    }

    proptest::proptest! {
        #[test]
        fn contains_matches_a_naive_search(
            hay in proptest::collection::vec(0u8..3, 0..40),
            needle in proptest::collection::vec(0u8..3, 0..5),
        ) {
            let naive = !needle.is_empty()
                && hay.len() >= needle.len()
                && hay.windows(needle.len()).any(|w| w == needle.as_slice());
            proptest::prop_assert_eq!(contains(&hay, &needle), naive);
        }

        #[test]
        fn boundary_is_absent_from_random_files(
            bytes in proptest::collection::vec(proptest::num::u8::ANY, 1..512),
        ) {
            let op = UploadLabReport::new("f.bin", "application/octet-stream", bytes.clone());
            let (boundary, body) = split_multipart(&request(&op));
            proptest::prop_assert!(!contains(&bytes, boundary.as_bytes()));
            let closing = format!("\r\n--{boundary}--\r\n");
            proptest::prop_assert!(body.ends_with(closing.as_bytes()));
        }
    }

    #[test]
    fn upload_escapes_and_refuses() {
        let op = UploadLabReport::new("we\"ird\r\nname é.pdf", "application/pdf", b"x".to_vec());
        let body = request(&op).into_body();
        let text = String::from_utf8_lossy(&body);
        assert!(
            text.contains("filename=\"we%22ird%0D%0Aname é.pdf\""),
            "{text}"
        );
        invalid(
            &UploadLabReport::new("", "application/pdf", b"x".to_vec()),
            "filename",
        );
        invalid(
            &UploadLabReport::new("a.pdf", "application/pdf", Vec::new()),
            "file",
        );
        invalid(
            &UploadLabReport::new("a.pdf", "application/pdf\r\nX-Evil: 1", b"x".to_vec()),
            "content_type",
        );
        invalid(
            &UploadLabReport::new("a.pdf", "pdf", b"x".to_vec()),
            "content_type",
        );
    }

    #[test]
    fn upload_response() {
        let op = UploadLabReport::new("a.pdf", "application/pdf", b"x".to_vec());
        let r = op
            .parse_response(answer(
                202,
                r#"{"upload_id":"upl_4a2b8c1d","current_status":"processing"}"#,
            ))
            .unwrap();
        assert_eq!(r.status(), 202);
        let v = serde_json::to_value(r.value()).unwrap();
        assert_eq!(v["upload_id"], "upl_4a2b8c1d");
        assert_eq!(v["current_status"], "processing");
        let e = op
            .parse_response(answer(
                413,
                r#"{"type":"about:blank","title":"Payload Too Large","instance":"/v2/lab-reports","detail":"max 20 MB"}"#,
            ))
            .unwrap_err();
        assert_eq!(e.status(), Some(http::StatusCode::PAYLOAD_TOO_LARGE));
        assert!(e.to_string().contains("max 20 MB"));
        assert_error_shapes(&op);
        assert_malformed_bodies(&op, 202);
    }

    #[test]
    fn list_lab_reports() {
        let op = ListLabReports::new();
        assert_request(&request(&op), Method::GET, "/lab-reports", true, None);
        let op2 = ListLabReports::new()
            .reference_id("patient 456")
            .upload_id("upl_1")
            .report_date_from(d("2026-01-01"))
            .report_date_to(d("2026-01-31"))
            .uploaded_at_from(d("2026-02-01"))
            .uploaded_at_to(d("2026-02-02"))
            .extra("z", "9");
        assert_eq!(
            path_and_query(&request(&op2)),
            "/lab-reports?reference_id=patient%20456&upload_id=upl_1&report_date_from=2026-01-01\
             &report_date_to=2026-01-31&uploaded_at_from=2026-02-01&uploaded_at_to=2026-02-02&z=9"
        );
        assert_eq!(
            path_and_query(&request(
                &ListLabReports::new().uploaded_at_to(d("2026-02-02"))
            )),
            "/lab-reports?uploaded_at_to=2026-02-02"
        );
        invalid(
            &ListLabReports::new()
                .report_date_from(d("2026-02-01"))
                .report_date_to(d("2026-01-31")),
            "report_date_from",
        );
        invalid(
            &ListLabReports::new()
                .uploaded_at_from(d("2026-02-01"))
                .uploaded_at_to(d("2026-01-31")),
            "uploaded_at_from",
        );
        let body = r#"{"sessions":[{"session_id":"297405620317847552","upload_id":"upl_1",
            "report_type":"blood_panel","current_status":"completed","uploaded_at":"2026-02-01T09:00:00Z",
            "lab_name":"Example Labs","results_count":42}]}"#;
        let r = op.parse_response(answer(200, body)).unwrap();
        let v = serde_json::to_value(r.value()).unwrap();
        assert_eq!(v["sessions"][0]["session_id"], "297405620317847552");
        assert_eq!(v["sessions"][0]["results_count"], 42);
        assert_error_shapes(&op);
        assert_malformed_bodies(&op, 200);
    }

    #[test]
    fn session_operations() {
        let id = "297405620317847552";
        let session = json!({"session_id": id, "report_type": "blood_panel",
            "current_status": "completed", "report_date": "2026-01-15", "patient_sex": "female",
            "status_history": [{"status": "processing", "at": "2026-02-01T09:00:00Z"}]});

        let op = GetLabReport::new(id);
        assert_request(
            &request(&op),
            Method::GET,
            &format!("/lab-reports/{id}"),
            true,
            None,
        );
        let r = op
            .parse_response(answer(200, &session.to_string()))
            .unwrap();
        assert_eq!(serde_json::to_value(r.value()).unwrap()["session_id"], id);
        assert_error_shapes(&op);
        assert_malformed_bodies(&op, 200);

        let op = DeleteLabReport::new(id);
        assert_request(
            &request(&op),
            Method::DELETE,
            &format!("/lab-reports/{id}"),
            true,
            None,
        );
        assert_eq!(
            op.parse_response(answer_with(204, &[], b""))
                .unwrap()
                .status(),
            204
        );
        assert_error_shapes(&op);

        let op = ListLabReportDeliveries::new(id);
        assert_request(
            &request(&op),
            Method::GET,
            &format!("/lab-reports/{id}/deliveries"),
            true,
            None,
        );
        let body = r#"{"deliveries":[{"destination_id":"dest-1","destination_type":"webhook",
            "status":"sent","attempt_count":1},{"destination_id":"dest-2","status":"failed",
            "attempt_count":3,"last_error":"HTTP 500"}]}"#;
        let r = op.parse_response(answer(200, body)).unwrap();
        let v = serde_json::to_value(r.value()).unwrap();
        assert_eq!(v["deliveries"][1]["attempt_count"], 3);
        assert_eq!(v["deliveries"][1]["last_error"], "HTTP 500");
        assert_error_shapes(&op);
        assert_malformed_bodies(&op, 200);

        let op = ListLabReportFiles::new(id).extra("a", "b");
        assert_request(
            &request(&op),
            Method::GET,
            &format!("/lab-reports/{id}/files?a=b"),
            true,
            None,
        );
        let body = r#"{"files":[{"filename":"panel.pdf","presigned_url":"https://files.example/p?sig=1"}],
            "thumbnail":{"presigned_url":"https://files.example/t?sig=2"},"expires_at":"2026-02-01T10:00:00Z"}"#;
        let r = op.parse_response(answer(200, body)).unwrap();
        let v = serde_json::to_value(r.value()).unwrap();
        assert_eq!(v["files"][0]["filename"], "panel.pdf");
        assert_eq!(
            v["thumbnail"]["presigned_url"],
            "https://files.example/t?sig=2"
        );
        assert_error_shapes(&op);
        assert_malformed_bodies(&op, 200);

        // Ids are path-encoded; empty ones refused.
        assert_eq!(
            path_and_query(&request(&GetLabReport::new("a/b?c"))),
            "/lab-reports/a%2Fb%3Fc"
        );
        invalid(&GetLabReport::new(""), "session_id");
        invalid(&DeleteLabReport::new(" "), "session_id");
    }
}
