import type { GroupRule, Tool } from "./types.js";

/**
 * HRESULT groups for the component headers of the SDK other than winerror.h
 * and the media, update, licensing and search headers that other tables own.
 * Mostly one group per header (priority 0); a few headers that mix subjects
 * get a narrower group at priority 10. Guidance is ours; refs are the pages
 * it was checked against.
 */

/** Tools this table names that the common table does not hold. */
export const HRESULT_HEADERS_TOOLS: readonly Tool[] = [
  {
    id: "get-deliveryoptimizationlog",
    name: "Get-DeliveryOptimizationLog (PowerShell)",
    what: "Reads the Delivery Optimization service's logs and returns their entries as objects you can filter in PowerShell.",
    doc: "https://learn.microsoft.com/powershell/module/deliveryoptimization/get-deliveryoptimizationlog",
  },
  {
    id: "fsrm-cmdlets",
    name: "FileServerResourceManager PowerShell module (Get-FsrmQuota, Get-FsrmFileScreen, ...)",
    what: "Cmdlets that list and change File Server Resource Manager quotas, file screens, classification rules, file management jobs and settings.",
    doc: "https://learn.microsoft.com/en-us/powershell/module/fileserverresourcemanager",
  },
  {
    id: "wdsutil",
    name: "WDSUTIL (wdsutil.exe)",
    what: "Command-line tool that configures a Windows Deployment Services server, including its Transport Server role service, namespaces and multicast transmissions.",
    doc: "https://learn.microsoft.com/nb-no/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/cc794731(v=ws.10)",
  },
];

export const HRESULT_HEADERS_GROUPS: readonly GroupRule[] = [
  // ---------------------------------------------------------------- rtcerr.h
  {
    id: "hresult-rtc-client",
    title: "RTC client API (SIP sessions and presence)",
    kind: "hresult",
    headers: ["rtcerr.h"],
    priority: 0,
    guidance: {
      component: "The Real-Time Communications (RTC) client API, a legacy COM API for SIP-based calls, instant messaging and presence.",
      meaning: "The RTC client rejected a call or could not complete it: the client or profile is not set up, the SIP signalling or media negotiation failed, or a transport, TLS or authentication step broke.",
      when: "While initialising the client, registering a provisioning profile with a SIP server, or starting, holding or transferring a session.",
      check: "Check the profile (server address, transport, authentication method) and that the SIP server is reachable over the chosen transport and port; TLS problems point at the server certificate.",
      tools: ["test-netconnection", "resolve-dnsname", "certutil", "pktmon"],
      refs: ["https://learn.microsoft.com/en-us/previous-versions/aa922951(v=msdn.10)"],
    },
  },
  {
    id: "hresult-rtc-sip-status",
    title: "RTC: SIP and PINT response status",
    kind: "hresult",
    headers: ["rtcerr.h"],
    prefixes: ["RTC_E_STATUS_", "RTC_E_PINT_"],
    priority: 10,
    guidance: {
      component: "The RTC client API, which passes on the status code of a SIP response (its own facility) or of a PINT telephony request (another facility) as an HRESULT.",
      meaning: "The remote SIP party, proxy or gateway answered with a provisional, redirect, client-error, server-error or global-failure response; the low word is the SIP or PINT status number.",
      when: "When a call, registration or message goes out and the far end or a proxy answers with something other than success.",
      check: "Read the low word as a SIP status code and act on it at the far end: authentication and forbidden answers point at credentials or policy, not-found at the address, server errors at the proxy or registrar.",
      tools: ["pktmon", "test-netconnection"],
      refs: ["https://learn.microsoft.com/en-us/previous-versions/aa922951(v=msdn.10)"],
    },
  },
  // -------------------------------------------------------------- NtDsBMsg.h
  {
    id: "hresult-ntds-database",
    title: "Directory database engine (NTDS backup and restore)",
    kind: "hresult",
    headers: ["NtDsBMsg.h"],
    priority: 0,
    guidance: {
      component: "The Active Directory database engine behind the legacy directory backup and restore functions; the low word of most of these codes is the number of the matching Extensible Storage Engine (ESE) error in esent.h.",
      meaning: "The database, its transaction logs or its checkpoint were found missing, damaged, inconsistent or out of sequence, or a table, index, column or resource limit was hit.",
      when: "During an online backup or a restore of the directory database, or when the restored files and logs do not belong together.",
      check: "Look in the event logs for the database engine's own entries, make sure the full set of database and log files comes from one backup, and check disk space and file permissions on the database and log folders.",
      tools: ["event-viewer", "get-winevent", "chkdsk"],
      refs: [
        "https://learn.microsoft.com/en-us/windows/win32/ad/directory-backup-functions",
        "https://learn.microsoft.com/nb-no/windows/win32/extensible-storage-engine/extensible-storage-engine-errors",
      ],
    },
  },
  {
    id: "hresult-ntds-backup-api",
    title: "Directory backup and restore functions",
    kind: "hresult",
    headers: ["NtDsBMsg.h"],
    facility: 0x7ff,
    priority: 10,
    guidance: {
      component: "The legacy directory backup and restore functions (Ntdsbcli), which Microsoft replaced with the Volume Shadow Copy Service starting with Windows Vista.",
      meaning: "The backup or restore request itself failed: the server could not be reached or is not a domain controller, a restore is already running, the log chain or backup type does not allow the operation, or the backup has expired.",
      when: "When a backup application prepares, reads or ends a directory backup, or registers and completes a restore.",
      check: "Run the backup on the domain controller itself with an account that has backup rights, check circular logging and that a full backup exists before incremental steps, and prefer a VSS-based backup on current Windows.",
      tools: ["event-viewer", "vssadmin", "dcdiag"],
      refs: [
        "https://learn.microsoft.com/en-us/windows/win32/ad/dsbackupprepare",
        "https://learn.microsoft.com/en-us/windows/win32/ad/directory-backup-functions",
      ],
    },
  },
  // -------------------------------------------------------------- oledberr.h
  {
    id: "hresult-oledb",
    title: "OLE DB providers and consumers",
    kind: "hresult",
    headers: ["oledberr.h"],
    priority: 0,
    guidance: {
      component: "OLE DB, the COM data-access interfaces between consumers (such as ADO) and data providers; the standard codes are defined in oledberr.h and each provider adds its own error records.",
      meaning: "Success codes warn of partial results; error codes mean the call did no useful work, most often because of a programming error such as a bad accessor, binding, row handle or command, or because the provider refused the conversion, schema or permission.",
      when: "When opening a data source, executing a command, binding columns or parameters, or fetching and updating rows.",
      check: "Read the provider's error records (IErrorInfo) for the detailed text, then check the connection string, command text, parameter and column bindings and the account's rights on the data source.",
      tools: ["event-viewer", "process-monitor"],
      refs: ["https://learn.microsoft.com/en-us/previous-versions/windows/desktop/ms725451(v=vs.85)"],
    },
  },
  // -------------------------------------------------------------- vfwmsgs.h
  {
    id: "hresult-directshow",
    title: "DirectShow filter graphs",
    kind: "hresult",
    headers: ["vfwmsgs.h"],
    priority: 0,
    guidance: {
      component: "DirectShow, the legacy filter-graph media framework; its codes are defined in vfwmsgs.h and Microsoft recommends MediaPlayer, IMFMediaEngine or Media Foundation capture for new code.",
      meaning: "The graph could not be built or run: pins would not connect, no filter combination renders the stream, a media type or format is unsupported, an allocator or clock is missing, or a filter is in the wrong state.",
      when: "While building a graph (rendering a file or connecting pins), changing its state, or playing, seeking and capturing.",
      check: "Check that a codec or filter for the stream's format is installed and registered, that the capture device is present, and that pins are connected before the graph runs.",
      tools: ["dxdiag", "device-manager", "process-monitor"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/directshow/error-and-success-codes"],
    },
  },
  {
    id: "hresult-directshow-dvd",
    title: "DirectShow DVD navigation",
    kind: "hresult",
    headers: ["vfwmsgs.h"],
    prefixes: ["VFW_E_DVD_", "VFW_S_DVD_"],
    priority: 10,
    guidance: {
      component: "The DirectShow DVD Navigator and DVD graph builder, part of the legacy DirectShow framework.",
      meaning: "A DVD-Video operation was refused or failed: the disc blocks the user operation in the current domain, the region or parental level does not allow it, saved state belongs to another disc, or the playback graph could not be built.",
      when: "When building a DVD playback graph or navigating menus, titles, chapters and streams.",
      check: "Check the disc and drive region, the parental level, that a DVD-capable decoder is installed, and that the requested operation is allowed at that point of the disc.",
      tools: ["dxdiag", "device-manager"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/directshow/error-and-success-codes"],
    },
  },
  // ------------------------------------------------------------------- Mq.h
  {
    id: "hresult-msmq",
    title: "Message Queuing (MSMQ)",
    kind: "hresult",
    headers: ["Mq.h"],
    priority: 0,
    guidance: {
      component: "Message Queuing (MSMQ): its API functions and COM methods return these codes, and property-level problems are reported in the status arrays of the property structures.",
      meaning: "The queue, message, computer or property request failed: a queue or computer was not found, a property or format name is invalid, access was denied, the service or directory is unavailable, or a transaction, certificate or buffer was wrong.",
      when: "When creating, opening or deleting queues, sending and receiving messages, or looking up queues and computers in Active Directory.",
      check: "Check that the Message Queuing service runs, the queue path or format name and the queue's permissions, and, for public queues, that the computer can reach a domain controller.",
      tools: ["services-msc", "event-viewer", "nltest", "test-netconnection"],
      refs: [
        "https://learn.microsoft.com/en-us/previous-versions/windows/desktop/msmq/ms699793(v=vs.85)",
        "https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-mqmq/d82d3639-1b64-44dd-88d7-9a104e8b2c58",
      ],
    },
  },
  // -------------------------------------------------------------- BitsMsg.h
  {
    id: "hresult-bits",
    title: "Background Intelligent Transfer Service (BITS)",
    kind: "hresult",
    headers: ["BitsMsg.h"],
    priority: 0,
    guidance: {
      component: "The Background Intelligent Transfer Service (BITS), which runs download and upload jobs for applications and for Windows itself.",
      meaning: "A BITS method call or a job failed: the job is in the wrong state or was not found, the server lacks the HTTP features BITS needs, the network is gone, a local file or volume problem occurred, or a policy, cost or power setting blocked the transfer.",
      when: "When creating, resuming or completing a job, or when a job moves to an error or transient-error state during transfer.",
      check: "Get the job's error and its error context to see whether the local file, the remote file or the transport failed, then check the URL, proxy and credentials, and the policies that limit BITS.",
      tools: ["get-bitstransfer", "event-viewer", "test-netconnection"],
      refs: [
        "https://learn.microsoft.com/en-us/windows/win32/Bits/handling-errors",
        "https://learn.microsoft.com/zh-cn/windows/win32/bits/bits-return-values",
      ],
    },
  },
  {
    id: "hresult-bits-http",
    title: "BITS: HTTP status from the server",
    kind: "hresult",
    headers: ["BitsMsg.h"],
    prefixes: ["BG_E_HTTP_ERROR_"],
    priority: 10,
    guidance: {
      component: "The Background Intelligent Transfer Service, which reports the HTTP status a web server returned for a job's file as an HRESULT.",
      meaning: "The server answered with a non-success HTTP status; the last three decimal digits of the name and of the low word give the status number (for example 404 for not found, 407 for proxy authentication).",
      when: "While a download or upload job contacts the remote server.",
      check: "Open the same URL with the same account and proxy outside BITS, and fix the server-side cause: the path, the credentials, the proxy or the server's range support.",
      tools: ["get-bitstransfer", "test-netconnection", "resolve-dnsname"],
      refs: [
        "https://learn.microsoft.com/zh-cn/windows/win32/bits/bits-return-values",
        "https://learn.microsoft.com/en-us/windows/win32/Bits/handling-errors",
      ],
    },
  },
  // --------------------------------------------------------------- CiError.h
  {
    id: "hresult-content-index",
    title: "Content indexing (Indexing Service)",
    kind: "hresult",
    headers: ["CiError.h"],
    priority: 0,
    guidance: {
      component: "The content-indexing engine of the Indexing Service: filtering, word breaking, the content index catalog and its helper functions. Microsoft no longer supports Indexing Service as of Windows XP and it is unavailable as of Windows 8; Windows Search replaces it.",
      meaning: "The catalog or index is corrupt, missing, full or not running, filtering or a word breaker failed, or a helper function was called in the wrong state.",
      when: "While documents are filtered and indexed, or when an application opens a catalog.",
      check: "Check disk space and the catalog location, that the indexing service runs, and whether a filter for the document type is installed; on current Windows use Windows Search instead.",
      tools: ["services-msc", "event-viewer"],
      refs: [
        "https://learn.microsoft.com/en-us/previous-versions/windows/desktop/indexsrv/return-values",
        "https://learn.microsoft.com/en-us/previous-versions/windows/desktop/indexsrv/helper-function-values",
      ],
    },
  },
  {
    id: "hresult-content-index-query",
    title: "Content indexing: query execution and parsing",
    kind: "hresult",
    headers: ["CiError.h"],
    prefixes: ["QUERY_", "QPLIST_", "QPARSE_", "QUTIL_"],
    priority: 10,
    guidance: {
      component: "The query side of the Indexing Service content index: resolving a query against the catalog's indexes and parsing the query text and property lists.",
      meaning: "The query was rejected or did not finish: its syntax, restriction, sort, grouping or output columns are invalid, a property is unknown, it contained only ignored words, or it was too complex or timed out.",
      when: "When an application or web page submits a query to a catalog.",
      check: "Simplify and correct the query text and property names, check the scope directory, and raise time or complexity limits only if the query is otherwise valid.",
      tools: ["event-viewer"],
      refs: ["https://learn.microsoft.com/en-us/previous-versions/windows/desktop/indexsrv/query-execution-values"],
    },
  },
  // --------------------------------------------------------------- fsrmerr.h
  {
    id: "hresult-fsrm",
    title: "File Server Resource Manager (FSRM)",
    kind: "hresult",
    headers: ["fsrmerr.h"],
    priority: 0,
    guidance: {
      component: "File Server Resource Manager (FSRM) on Windows Server: quotas, file screens, storage reports, classification and file management jobs, managed through its COM API, WMI classes and PowerShell cmdlets.",
      meaning: "An FSRM object or operation was rejected: an object was not found or already exists, a path, name, limit or schedule is invalid, classification or a file management job failed, or e-mail notification or report generation could not complete.",
      when: "When creating or changing quotas, screens, reports, classification rules or file management jobs, and while scheduled classification and jobs run.",
      check: "Check the object's path and settings with the FSRM cmdlets, the SMTP server setting for notifications, and the event log entries FSRM writes for the failed job or scan.",
      tools: ["fsrm-cmdlets", "event-viewer", "task-scheduler"],
      refs: [
        "https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-fsrm/2e43ed63-c771-495c-98d8-58d078d9b978",
        "https://learn.microsoft.com/en-us/previous-versions/windows/desktop/fsrm/fsrm-wmi-classes",
        "https://learn.microsoft.com/en-us/powershell/module/fileserverresourcemanager",
      ],
    },
  },
  // -------------------------------------------------------------- sherrors.h
  {
    id: "hresult-shell",
    title: "Windows Shell components",
    kind: "hresult",
    headers: ["sherrors.h"],
    priority: 0,
    guidance: {
      component: "Windows Shell (Explorer) components that share the shell facility: besides the copy engine, libraries, account pictures, cloud-file placeholders, app activation and shell extensions.",
      meaning: "A shell feature refused the operation, for example a library has no save location, an account picture file is unsuitable, a cloud placeholder or its storage provider is not ready, or the shell could not activate an app.",
      when: "During Explorer and shell API operations on those features.",
      check: "Check the library locations, the picture file's type and size, that the cloud storage provider (sync client) is running, and whether policy blocks the shell extension or change.",
      tools: ["event-viewer", "gpresult", "process-monitor"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/api/shobjidl_core/nn-shobjidl_core-ifileoperation"],
    },
  },
  {
    id: "hresult-shell-copy-engine",
    title: "Shell copy engine (file operations)",
    kind: "hresult",
    headers: ["sherrors.h"],
    prefixes: ["COPYENGINE_"],
    priority: 10,
    guidance: {
      component: "The Shell copy engine behind IFileOperation (which replaces SHFileOperation) and Explorer's copy, move, rename, delete and recycle operations.",
      meaning: "Success codes report a user choice or a deferred step; error codes say why an item could not be processed: access denied, sharing violation, path too deep, disk or removable media full, read-only optical media, lost streams or attributes, recycle bin limits or a data-protection policy.",
      when: "While a file operation runs, either in Explorer or through IFileOperation in an application.",
      check: "Check permissions and locks on the source and destination, free space, path length and the target file system, and whether an information-protection policy blocks the copy.",
      tools: ["process-monitor", "icacls", "fsutil"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/api/shobjidl_core/nn-shobjidl_core-ifileoperation"],
    },
  },
  // --------------------------------------------------------------- iscsierr.h
  {
    id: "hresult-iscsi",
    title: "iSCSI initiator and discovery",
    kind: "hresult",
    headers: ["iscsierr.h"],
    priority: 0,
    guidance: {
      component: "The Microsoft iSCSI initiator (service, discovery API and miniport drivers that manage iSCSI HBAs), which reports these status values.",
      meaning: "Logging on to or discovering an iSCSI target failed: connection or login failure, CHAP authentication or authorization failure, a target or portal that does not exist or moved, IPsec or iSNS problems, or a session, path or load-balance setting that is invalid.",
      when: "When adding target portals, discovering targets, logging on (including persistent logons at boot) or changing MPIO paths.",
      check: "Check network reachability of the portal on the iSCSI port, the target name, CHAP secrets on both sides and the target's access list, and the iSCSI initiator events in the System log.",
      tools: ["event-viewer", "test-netconnection", "services-msc"],
      refs: [
        "https://learn.microsoft.com/windows-hardware/drivers/storage/iscsi-status-qualifiers",
        "https://learn.microsoft.com/en-us/archive/blogs/storwdk/iscsi-error-codes-and-descriptions-from-iscsierr-h",
      ],
    },
  },
  // ------------------------------------------------------------------ msopc.h
  {
    id: "hresult-opc",
    title: "Packaging API (Open Packaging Conventions)",
    kind: "hresult",
    headers: ["msopc.h"],
    priority: 0,
    guidance: {
      component: "The Windows Packaging API, which reads and writes packages that follow the Open Packaging Conventions (OPC), the ZIP-based container used by Office documents and XPS.",
      meaning: "The package does not conform to OPC or a call broke its rules: bad part or relationship URIs, invalid content types or relationships XML, duplicate parts, markup-compatibility errors, or an earlier failure that leaves the package unrecoverable.",
      when: "When loading a package from a stream, enumerating parts and relationships, or saving a package.",
      check: "Validate the package contents ([Content_Types].xml, .rels parts and part names) against the OPC rules, and after an unrecoverable-state error discard the package object and start again.",
      tools: ["process-monitor"],
      refs: ["https://learn.microsoft.com/de-de/previous-versions/windows/desktop/opc/package-consumption-error-group"],
    },
  },
  {
    id: "hresult-opc-signatures",
    title: "Packaging API: digital signatures",
    kind: "hresult",
    headers: ["msopc.h"],
    prefixes: ["OPC_E_DS_"],
    priority: 10,
    guidance: {
      component: "The digital-signature part of the Windows Packaging API (the OPC signature manager).",
      meaning: "Signing or validating a package failed: the signature markup or its origin and certificate relationships are missing, duplicated or invalid, a reference is external or lacks a content type, or a digest or signing method is not set.",
      when: "When signing a package or validating the signatures of one you opened.",
      check: "Check the signature options (digest and signature methods, certificate) before signing, and for received packages whether the signature parts were altered or stripped after signing.",
      tools: ["certutil"],
      refs: ["https://learn.microsoft.com/de-de/previous-versions/windows/desktop/opc/package-consumption-error-group"],
    },
  },
  {
    id: "hresult-opc-zip",
    title: "Packaging API: ZIP container",
    kind: "hresult",
    headers: ["msopc.h"],
    prefixes: ["OPC_E_ZIP_"],
    priority: 10,
    guidance: {
      component: "The ZIP layer of the Windows Packaging API, which stores OPC packages as ZIP archives.",
      meaning: "The ZIP archive behind the package is corrupt, inconsistent, too large for the format, needs 64-bit ZIP extensions, or could not be compressed or decompressed.",
      when: "When opening or saving a package file.",
      check: "Test the file with another ZIP tool, re-download or re-create it, and check that it was not truncated or modified by a transfer or antivirus product.",
      tools: ["process-monitor"],
      refs: ["https://learn.microsoft.com/de-de/previous-versions/windows/desktop/opc/package-consumption-error-group"],
    },
  },
  // ---------------------------------------------------------- imapi2error.h
  {
    id: "hresult-imapi2",
    title: "IMAPI2 disc recording",
    kind: "hresult",
    headers: ["imapi2error.h"],
    priority: 0,
    guidance: {
      component: "Image Mastering API v2 (IMAPI2), which drives CD, DVD and Blu-ray recorders for burning, erasing and raw-image writing.",
      meaning: "The recorder or media could not do what was asked: no media or incompatible media, media not blank or write protected, the drive is busy or locked, a write is already in progress, the drive answered unexpectedly, or verification after burning failed.",
      when: "When selecting a recorder, preparing media, writing data, audio or raw images, or erasing rewritable discs.",
      check: "Check that the disc type suits the drive and the write mode, that no other program holds the recorder, and the drive's state in Device Manager; retry verification failures with new media or a lower speed.",
      tools: ["device-manager", "event-viewer"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/imapi/imapi-return-values"],
    },
  },
  {
    id: "hresult-imapi2-fs",
    title: "IMAPI2 file system images",
    kind: "hresult",
    headers: ["imapi2fserror.h"],
    priority: 0,
    guidance: {
      component: "The IMAPI2 file system image object (IMAPI2FS), which builds ISO 9660, Joliet and UDF images for disc recording.",
      meaning: "The image could not be built: invalid or duplicate names and paths, too many directories or files too large for the chosen file systems, a previous session that cannot be imported, or the working (stash) file could not be written.",
      when: "When adding files and folders to an image, importing a previous session for multisession discs, or creating the result stream.",
      check: "Check file names and sizes against the chosen file system limits, free space in the working directory, and that the previous session on the disc is compatible.",
      tools: ["process-monitor", "fsutil"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/imapi/imapi-return-values"],
    },
  },
  // ------------------------------------------------------------- Tapi3Err.h
  {
    id: "hresult-tapi3",
    title: "TAPI 3 telephony",
    kind: "hresult",
    headers: ["Tapi3Err.h"],
    priority: 0,
    guidance: {
      component: "Telephony API version 3 (TAPI 3.x), the COM telephony interfaces; its methods and functions return these constants.",
      meaning: "A telephony request failed: the address, device or terminal is invalid or in use, the call is in the wrong state, a parameter is not supported by the service provider, the destination is busy or did not answer, or the telephony service is not running.",
      when: "When enumerating addresses, creating and connecting calls, selecting terminals and streams, or using call-center features.",
      check: "Check that the Telephony service runs, that the line device and its service provider are installed, and that the address format and media types match what the address supports.",
      tools: ["services-msc", "device-manager", "event-viewer"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/tapi/tapi-e--constants"],
    },
  },
  // ------------------------------------------------------------ winbio_err.h
  {
    id: "hresult-winbio",
    title: "Windows Biometric Framework",
    kind: "hresult",
    headers: ["winbio_err.h"],
    priority: 0,
    guidance: {
      component: "The Windows Biometric Framework (WBF): the Windows Biometric Service, its sensor adapters, engine and storage adapters, and the WinBio API used by Windows Hello and applications.",
      meaning: "A biometric operation failed: no match or a bad capture, the sensor is busy, unavailable or failed, the template database cannot be opened or is corrupt, a session is in the wrong state, or biometrics are disabled by policy.",
      when: "When enrolling, identifying or verifying a user, or opening a biometric session.",
      check: "Check that the Windows Biometric Service runs, the sensor and its driver in Device Manager, and the policies that allow biometrics; repeat enrollment if templates are damaged.",
      tools: ["services-msc", "device-manager", "event-viewer", "gpresult"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/secbiomet/biometric-framework-overview?redirectedfrom=MSDN"],
    },
  },
  // -------------------------------------------- deliveryoptimizationerrors.h
  {
    id: "hresult-delivery-optimization",
    title: "Delivery Optimization",
    kind: "hresult",
    headers: ["deliveryoptimizationerrors.h"],
    priority: 0,
    guidance: {
      component: "Delivery Optimization, the Windows service that downloads Windows updates, Store apps and other content from HTTP sources and peers.",
      meaning: "A download job failed or peering was refused: no progress, HTTP or range problems, blocked by cost, cellular, power, VPN or memory policy, content metadata that did not verify, or peer-to-peer protocol failures with other devices.",
      when: "While Windows Update, the Store or another caller downloads content through Delivery Optimization.",
      check: "Read the Delivery Optimization log, check the download mode and other settings set by Group Policy or MDM, and that the Delivery Optimization service and content endpoints are allowed through firewalls and proxies.",
      tools: ["get-deliveryoptimizationlog", "services-msc", "gpresult", "test-netconnection"],
      refs: [
        "https://learn.microsoft.com/en-us/windows/deployment/do/waas-delivery-optimization-setup",
        "https://learn.microsoft.com/powershell/module/deliveryoptimization/get-deliveryoptimizationlog",
      ],
    },
  },
  // -------------------------------------------------------------- vsserror.h
  {
    id: "hresult-vss",
    title: "Volume Shadow Copy Service (VSS)",
    kind: "hresult",
    headers: ["vsserror.h"],
    priority: 0,
    guidance: {
      component: "The Volume Shadow Copy Service (VSS): the requester interfaces that backup applications call, the providers that make shadow copies, and recovery steps that use them.",
      meaning: "Creating, importing or reverting a shadow copy failed: a provider vetoed or is not registered, a volume is not supported, storage or shadow-copy limits were reached, writes could not be flushed or held in time, or the operation is in the wrong state.",
      when: "During a backup, a restore, a System Restore point, or shadow-copy administration.",
      check: "List writers, providers and shadow storage with vssadmin, free space or enlarge the shadow storage, and read the VSS and provider entries in the Application log.",
      tools: ["vssadmin", "event-viewer", "get-winevent", "services-msc"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/vss/event-and-error-handling-under-vss"],
    },
  },
  {
    id: "hresult-vss-writer",
    title: "VSS writer failures",
    kind: "hresult",
    headers: ["vsserror.h"],
    prefixes: ["VSS_E_WRITERERROR_", "VSS_E_WRITER_"],
    priority: 10,
    guidance: {
      component: "VSS writers, the application components (databases, registry, system state and others) that prepare their data for a shadow copy and report their status to the requester.",
      meaning: "A writer did not take part cleanly: it ran out of resources, timed out between freeze and thaw, reported a retryable or non-retryable error or a partial failure, is not responding, or its status is not available.",
      when: "During the freeze, thaw and post-snapshot phases of a backup or restore.",
      check: "Run vssadmin list writers to see which writer failed and its last error; for retryable, resource and timeout failures wait about ten minutes and retry up to three times, otherwise fix the application behind the writer.",
      tools: ["vssadmin", "event-viewer", "services-msc"],
      refs: [
        "https://learn.microsoft.com/en-us/windows/desktop/api/VsWriter/nf-vswriter-cvsswriterex2-setwriterfailureex",
        "https://learn.microsoft.com/en-us/windows/win32/vss/event-and-error-handling-under-vss",
      ],
    },
  },
  // ------------------------------------------------------- xpsobjectmodel.h
  {
    id: "hresult-xps",
    title: "XPS Document API",
    kind: "hresult",
    headers: ["xpsobjectmodel.h", "xpsobjectmodel_1.h", "xpsdigitalsignature.h"],
    priority: 0,
    guidance: {
      component: "The XPS Document API (the XPS object model and the XPS digital signature API), which reads, builds and writes XPS documents.",
      meaning: "The XPS markup or package structure is invalid or incomplete, objects were used against the model's ownership rules, a package writer was used in the wrong order, or a signature or signature request is invalid; some severe errors leave the object model unrecoverable.",
      when: "When loading or writing XPS packages, adding pages and resources, or signing documents.",
      check: "Check the call order of the package writer (start a document before adding pages), the resources and relationships the markup refers to, and validate received documents before processing them.",
      tools: ["process-monitor"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/api/xpsobjectmodel/nf-xpsobjectmodel-ixpsompackagewriter-addpage"],
    },
  },
  // --------------------------------------------------------------- infotech.h
  {
    id: "hresult-infotech",
    title: "InfoTech (HTML Help search and storage)",
    kind: "hresult",
    headers: ["infotech.h"],
    priority: 0,
    guidance: {
      component: "The InfoTech interfaces used by HTML Help for its databases, full-text search, word wheels (keyword indexes) and stemming.",
      meaning: "A help database, word wheel or result set could not be opened or processed: a file is missing, damaged or of the wrong version, a query is malformed, or a build limit was exceeded.",
      when: "When building compiled help content or searching it at run time; ordinary use of HTML Help does not need this API.",
      check: "Check that the help file is complete and was built with a matching version, and the query text for unbalanced parentheses, quotes and wildcards.",
      tools: ["process-monitor"],
      refs: ["https://learn.microsoft.com/en-us/previous-versions/windows/desktop/htmlhelp/infotech-api-reference"],
    },
  },
  // -------------------------------------------------------------- CDOSysErr.h
  {
    id: "hresult-cdosys",
    title: "CDO for Windows (CDOSYS) messaging",
    kind: "hresult",
    headers: ["CDOSysErr.h"],
    priority: 0,
    guidance: {
      component: "Collaboration Data Objects for Windows 2000 (CDOSYS, Cdosys.dll), which builds and sends Internet messages over SMTP and NNTP or through a local pickup directory.",
      meaning: "A message could not be built or sent: no SMTP or NNTP server or pickup directory is configured, the server rejected the sender or recipients, authentication failed, the connection dropped, or a property or content type is invalid.",
      when: "When a script or application calls Send or Post on a CDO message.",
      check: "Check the configuration fields (server, port, authentication, send method), that the SMTP server accepts relay or authentication from this host, and that From and To are set.",
      tools: ["test-netconnection", "resolve-dnsname", "event-viewer"],
      refs: [
        "https://learn.microsoft.com/en-us/previous-versions/exchange-server/exchange-10/ms526287(v=exchg.10)",
        "https://learn.microsoft.com/en-us/previous-versions/exchange-server/exchange-10/ms527525(v=exchg.10)?redirectedfrom=MSDN",
      ],
    },
  },
  // ------------------------------------------------------------ msoledbsql.h
  {
    id: "hresult-sql-localdb",
    title: "SQL Server Express LocalDB",
    kind: "hresult",
    headers: ["msoledbsql.h"],
    priority: 0,
    guidance: {
      component: "The SQL Server Express LocalDB instance API, declared with the OLE DB Driver for SQL Server, which creates, starts, stops and shares per-user LocalDB instances.",
      meaning: "LocalDB is not installed or the requested version is missing, the instance folder under the user profile or its registry settings cannot be created or accessed, the instance is busy or corrupt, or the SQL Server process failed to start.",
      when: "When an application or tool creates or starts a LocalDB instance, often automatically on first connection.",
      check: "Check that the requested LocalDB version is installed, the user profile folders are writable, and the Windows Application log for the SQL Server Local Database Runtime entries.",
      tools: ["event-viewer", "get-winevent", "process-monitor"],
      refs: [
        "https://learn.microsoft.com/en-us/previous-versions/sql/sql-server-2012/hh214784(v=sql.110)",
        "https://github.com/MicrosoftDocs/sql-docs/blob/live/docs/relational-databases/express-localdb-error-messages/localdb-error-auto-instance-create-failed.md",
      ],
    },
  },
  // -------------------------------------------------------------- wcmerrors.h
  {
    id: "hresult-settings-management",
    title: "Settings Management Infrastructure (Windows configuration)",
    kind: "hresult",
    headers: ["wcmerrors.h"],
    priority: 0,
    guidance: {
      component: "The Settings Management Infrastructure (SMI, the settings engine in wcmconfig.h), which reads and writes Windows component settings through namespaces described by manifests.",
      meaning: "A settings namespace, key or value could not be used: not found or not registered, an invalid value, type, path or expression, a failed validation or restriction, a manifest that did not compile, or a corrupt settings store.",
      when: "When a tool or setup step opens a settings namespace, applies a settings context or registers a namespace, including offline servicing targets.",
      check: "Ask the engine for the error text (GetErrorDescription) and check the setting names and values against the component's manifest; some results appear only inside a settings result object, not as return values.",
      tools: ["cbs-log", "event-viewer"],
      refs: [
        "https://learn.microsoft.com/en-us/windows/win32/api/wcmconfig",
        "https://learn.microsoft.com/en-us/windows/win32/api/wcmconfig/nn-wcmconfig-isettingsengine",
      ],
    },
  },
  // -------------------------------------------------- synchronizationerrors.h
  {
    id: "hresult-sync-framework",
    title: "Microsoft Sync Framework",
    kind: "hresult",
    headers: ["synchronizationerrors.h", "syncregistrationerrors.h"],
    priority: 0,
    guidance: {
      component: "Microsoft Sync Framework (the synchronization runtime and its provider interfaces) and the registration store for synchronization providers.",
      meaning: "A synchronization session or provider broke the framework's rules: replica or item IDs do not match the ID format, knowledge or change batches are inconsistent, an item or replica key was not found, data changed concurrently, or a provider registration already exists, is missing or is damaged.",
      when: "While providers enumerate and apply changes in a sync session, or when sync providers are registered.",
      check: "Read the error description through IErrorInfo, then check the provider's ID formats, knowledge handling and change-batch construction; for registration codes check what is already registered.",
      tools: ["event-viewer"],
      refs: ["https://learn.microsoft.com/en-us/previous-versions/sql/sql-server-2012/bb903322(v=sql.110)"],
    },
  },
  // ----------------------------------------------------------------- asferr.h
  {
    id: "hresult-asf",
    title: "Windows Media ASF files",
    kind: "hresult",
    headers: ["asferr.h"],
    priority: 0,
    guidance: {
      component: "The Advanced Systems Format (ASF) layer of the legacy Windows Media Format SDK, which Microsoft superseded with the Media Foundation Source Reader and Sink Writer.",
      meaning: "An ASF file or stream is malformed or incomplete (header, data, index, stream or file properties missing or invalid), a buffer or object size limit was exceeded, or an object was used in the wrong state.",
      when: "When reading, indexing or writing Windows Media (ASF) files.",
      check: "Check whether the file is truncated or damaged by opening it in another player, re-create or re-index it, and move new code to Media Foundation.",
      tools: ["process-monitor"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/wmformat/error-codes"],
    },
  },
  // -------------------------------------------------------------------- drt.h
  {
    id: "hresult-drt",
    title: "Distributed Routing Table (peer-to-peer)",
    kind: "hresult",
    headers: ["drt.h"],
    priority: 0,
    guidance: {
      component: "The Distributed Routing Table (DRT) API, which lets peers publish and resolve numeric keys in a mesh over UDP/IPv6, with pluggable transport, security and bootstrap providers.",
      meaning: "A DRT instance or search failed: invalid keys, settings or providers, a provider that is missing or already in use, a certificate chain that did not validate, no addresses available, a transport problem, or a timeout.",
      when: "When opening a DRT, registering keys or searching for keys.",
      check: "Check the providers passed in the settings, IPv6 connectivity and the firewall for the chosen UDP port, and the certificates used by the security provider.",
      tools: ["netsh", "ipconfig", "test-netconnection"],
      refs: [
        "https://learn.microsoft.com/en-us/windows/win32/p2psdk/about-distributed-routing-tables",
        "https://docs.microsoft.com/en-us/windows/desktop/P2PSdk/distributed-routing-table-api",
      ],
    },
  },
  // ---------------------------------------------------------- WdsTptMgmtMsg.h
  {
    id: "hresult-wds-transport-management",
    title: "WDS transport server management",
    kind: "hresult",
    headers: ["WdsTptMgmtMsg.h"],
    priority: 0,
    guidance: {
      component: "The Windows Deployment Services (WDS) transport management API, which configures a WDS Transport Server: content providers, namespaces, multicast address and port ranges, and TFTP settings.",
      meaning: "A management request was rejected: the Transport Server role is not configured or unavailable, a content provider or namespace is not registered or already exists, or an IP address, port range, multicast or TFTP setting is invalid or unsupported.",
      when: "When scripts, WDSUTIL or the WDS console create namespaces, register content providers or change transport settings.",
      check: "Check that the Transport Server role service is installed and running, register the content provider before creating namespaces, and review the address and port ranges.",
      tools: ["wdsutil", "services-msc", "event-viewer"],
      refs: [
        "https://learn.microsoft.com/en-us/windows/win32/api/wdstptmgmt",
        "https://learn.microsoft.com/nb-no/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/cc794731(v=ws.10)",
      ],
    },
  },
  {
    id: "hresult-wds-multicast",
    title: "WDS multicast transport",
    kind: "hresult",
    headers: ["wdsmcerr.h", "WdsCpMsg.h"],
    priority: 0,
    guidance: {
      component: "Windows Deployment Services multicast: the multicast server and content providers on the server side and the multicast client that receives images.",
      meaning: "A multicast session, namespace or client failed: namespace or content not found, start conditions not met, packet signing or checksums missing, a client removed from the session by policy, or no IPv4 interface on the client.",
      when: "While deploying images by multicast transmission, on the server or on the client.",
      check: "Check the multicast transmission and namespace on the server, the content provider configuration, and that the network passes multicast traffic between server and clients; turn on WDS diagnostics to log to the event log.",
      tools: ["wdsutil", "event-viewer", "services-msc"],
      refs: [
        "https://learn.microsoft.com/en-us/windows/win32/api/_wds",
        "https://learn.microsoft.com/nb-no/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/cc742090(v=ws.10)",
        "https://learn.microsoft.com/en-us/windows/win32/api/wdstptmgmt/ne-wdstptmgmt-wdstransport_diagnostics_component_flags",
      ],
    },
  },
  // --------------------------------------------------------------- infocard.h
  {
    id: "hresult-cardspace",
    title: "Windows CardSpace (information cards)",
    kind: "hresult",
    headers: ["infocard.h"],
    priority: 0,
    guidance: {
      component: "Windows CardSpace, the identity selector of .NET Framework 3.0 and 3.5 that managed information cards and ran its UI on a private desktop.",
      meaning: "A card request, import, export or token creation failed, the user cancelled, the relying party's policy or certificate was not trusted, or the CardSpace service was busy or shutting down; the informational codes are audit events for card and store changes.",
      when: "When a web site or application requests an information card, or when cards and the card store are managed.",
      check: "Read the CardSpace entries in the Application event log, check whether another CardSpace instance is still running, and check the relying party's certificate and policy.",
      tools: ["event-viewer", "services-msc"],
      refs: [
        "https://blogs.msdn.microsoft.com/card/2008/02/28/what-happens-when-applications-dont-get-along-with-cardspace/",
        "https://learn.microsoft.com/en-us/previous-versions/aa663323(v=msdn.10)",
        "https://channel9.msdn.com/Forums/Coffeehouse/252090-Windows-Cardspace-Control-Panel-WTF/a8bfe1ef1be04cfc8fbb9dec0054ed7b",
      ],
    },
  },
  // ----------------------------------------------------------------- urlmon.h
  {
    id: "hresult-url-moniker-bind",
    title: "URL monikers and pluggable protocols",
    kind: "hresult",
    headers: ["urlmon.h"],
    priority: 0,
    guidance: {
      component: "URL monikers and asynchronous pluggable protocols in Urlmon.dll, used by Internet Explorer, the WebBrowser control and applications to bind and download URLs.",
      meaning: "A bind was redirected, terminated or handed back to the default handler, or a download or component installation was declined, suppressed or blocked by policy (hash rules, protected mode, architecture, content security policy).",
      when: "When an application binds to a URL, a pluggable protocol handler runs, or a page tries to download and install an ActiveX component.",
      check: "Check the security zone and ActiveX policies that apply to the URL, the registered protocol handlers, and whether the component matches the browser's bitness.",
      tools: ["gpresult", "process-monitor"],
      refs: [
        "https://learn.microsoft.com/en-us/previous-versions/windows/internet-explorer/ie-developer/platform-apis/ms775145(v=vs.85)",
        "https://learn.microsoft.com/en-us/previous-versions/windows/internet-explorer/ie-developer/platform-apis/ee318402(v=vs.85)",
      ],
    },
  },
  // ----------------------------------------------------------------- WiaDef.h
  {
    id: "hresult-wia",
    title: "Windows Image Acquisition (scanners and cameras)",
    kind: "hresult",
    headers: ["WiaDef.h", "stierr.h"],
    priority: 0,
    guidance: {
      component: "Windows Image Acquisition (WIA) and the Still Image (STI) interfaces, through which applications and drivers talk to scanners and cameras.",
      meaning: "The device or its driver reported a problem: paper jam, empty feeder or cover open, device offline, busy, locked or warming up, a communication failure, or an exception or invalid response in the driver; status codes report progress such as warming up or calibrating.",
      when: "While scanning or transferring images, or when an application opens the device.",
      check: "Fix the physical condition the code names, close other programs that use the device, make sure the device is powered and connected, and check it and its driver in Device Manager.",
      tools: ["device-manager", "services-msc", "event-viewer"],
      refs: [
        "https://learn.microsoft.com/windows/win32/wia/-wia-error-codes",
        "https://learn.microsoft.com/en-us/windows-hardware/drivers/image/wia-device-messages",
      ],
    },
  },
  // ------------------------------------------------------------- ehstormsg.h
  {
    id: "hresult-enhanced-storage",
    title: "Enhanced Storage (IEEE 1667 devices)",
    kind: "hresult",
    headers: ["ehstormsg.h"],
    priority: 0,
    guidance: {
      component: "Enhanced Storage, the Windows support for IEEE 1667 storage devices, whose silos (such as password or certificate authentication) are reached through the Enhanced Storage API.",
      meaning: "The device or silo rejected a command: unsupported or unprovisioned hardware, an invalid silo, capability or parameter, a challenge or authorization mismatch, or use blocked by Group Policy.",
      when: "When provisioning, authenticating to or managing an Enhanced Storage device.",
      check: "Check that the device is IEEE 1667 compliant and provisioned, the Enhanced Storage policies that apply, and the device in Device Manager.",
      tools: ["device-manager", "gpresult", "event-viewer"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/api/ehstorapi/"],
    },
  },
  // ----------------------------------------------------------------- pstore.h
  {
    id: "hresult-pstore",
    title: "Protected Storage (Pstore)",
    kind: "hresult",
    headers: ["pstore.h"],
    priority: 0,
    guidance: {
      component: "Protected Storage (Pstore), an old data-protection store: usable on Windows XP and Server 2003, read-only on Vista and Server 2008, and possibly absent later.",
      meaning: "A Pstore provider, type, subtype or item could not be found, created or read, the caller was not verified or lacks permission, or the service is unavailable.",
      when: "When legacy applications read or write secrets through Pstore.",
      check: "Move the application to CryptProtectData and CryptUnprotectData; on current Windows do not expect Pstore writes to work.",
      tools: ["event-viewer"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/devnotes/ipstore"],
    },
  },
  // --------------------------------------------------------------- FhErrors.h
  {
    id: "hresult-file-history",
    title: "File History",
    kind: "hresult",
    headers: ["FhErrors.h"],
    priority: 0,
    guidance: {
      component: "File History: its configuration manager API (deprecated) and the File History service that copies user files to a backup target.",
      meaning: "The user's File History configuration is missing, corrupt or already loaded, the backup target is not connected, not usable or out of space, or backups are blocked or disabled by configuration or Group Policy.",
      when: "When File History is set up or changed, or when a scheduled backup cannot run.",
      check: "Check that the target drive or share is connected and has free space, the File History policy, and reconfigure File History if its configuration is damaged.",
      tools: ["gpresult", "services-msc", "event-viewer"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/api/fhcfg/nf-fhcfg-ifhconfigmgr-loadconfiguration"],
    },
  },
  // ----------------------------------------------------------------- msctf.h
  {
    id: "hresult-text-services-framework",
    title: "Text Services Framework (TSF)",
    kind: "hresult",
    headers: ["msctf.h", "TextStor.h", "ctffunc.h"],
    priority: 0,
    guidance: {
      component: "The Text Services Framework (TSF, Msctf.dll), which connects text services such as input methods and handwriting to applications through text stores and document locks.",
      meaning: "A text store or text service call broke the locking or position rules: no or the wrong document lock, an invalid position, range or view, a read-only or disconnected context, or a synchronous lock that cannot be granted now.",
      when: "When the TSF manager or a text service reads or edits an application's document, or when an application implements a text store.",
      check: "Access the document only inside a granted lock of the right type, do not change the document from inside the lock request, and validate positions and ranges against the current text.",
      tools: ["windbg"],
      refs: [
        "https://learn.microsoft.com/en-us/windows/desktop/api/textstor/nf-textstor-itextstoreacp-requestlock",
        "https://learn.microsoft.com/en-us/windows/win32/api/textstor/nf-textstor-itextstoreacpsink-onlockgranted",
      ],
    },
  },
  // ----------------------------------------------------------------- AdsErr.h
  {
    id: "hresult-adsi",
    title: "Active Directory Service Interfaces (ADSI)",
    kind: "hresult",
    headers: ["AdsErr.h"],
    priority: 0,
    guidance: {
      component: "Active Directory Service Interfaces (ADSI), the COM directory interfaces whose system providers (LDAP, WinNT and others) return these generic codes.",
      meaning: "A directory object or property could not be used: a malformed ADsPath, an unknown object, a property that is not in the cache, not supported or not set, a data type that cannot be converted, an object that already exists, or a schema violation; the success codes report the end of search rows and columns.",
      when: "When binding with GetObject or ADsGetObject, reading and writing properties, or running directory searches.",
      check: "Verify the ADsPath spelling and that the object exists on the directory server, call GetInfo before reading properties of new objects, and check the account's rights on the object.",
      tools: ["nltest", "dcdiag", "whoami"],
      refs: [
        "https://learn.microsoft.com/en-us/windows/win32/adsi/generic-adsi-error-codes",
        "https://learn.microsoft.com/en-us/windows/win32/adsi/common-errors",
      ],
    },
  },
  // ------------------------------------------------------------- dlnaerror.h
  {
    id: "hresult-dlna",
    title: "DLNA media streaming",
    kind: "hresult",
    headers: ["dlnaerror.h"],
    priority: 0,
    guidance: {
      component: "The legacy Windows Media Streaming API, which controls DLNA media servers and digital media renderers (DMR) on the local network; Microsoft recommends Media Casting instead.",
      meaning: "A DLNA device or service could not be used: the device, server, renderer or service was not found or is unavailable, its response or DIDL-Lite metadata was invalid, no compatible format was offered, or playback failed, including for protected content.",
      when: "When discovering media devices, browsing a server or sending media to a renderer.",
      check: "Check that the device is on the same network and discoverable, that network discovery is allowed by the firewall, and that the renderer supports the media format.",
      tools: ["test-netconnection", "netsh"],
      refs: ["https://learn.microsoft.com/en-us/Windows/Win32/mediastreaming/imediarendererfactory-createmediarendererasync"],
    },
  },
  // -------------------------------------------------------------------- UPnP.h
  {
    id: "hresult-upnp-control-point",
    title: "UPnP control point API",
    kind: "hresult",
    headers: ["UPnP.h"],
    priority: 0,
    guidance: {
      component: "The UPnP Control Point API, which finds UPnP devices, loads their description documents and invokes actions on their services.",
      meaning: "A device description was invalid or incomplete, an action or its arguments were not accepted, the device returned an error or did not answer within its time-out, or the HTTP or UPnP control protocol failed.",
      when: "When loading a device description, invoking a service action or subscribing to events.",
      check: "For transport errors read the service's last HTTP status, check the action name and arguments against the service description, and check that the device is reachable and the firewall allows UPnP traffic.",
      tools: ["test-netconnection", "pktmon", "netsh"],
      refs: [
        "https://learn.microsoft.com/en-us/windows/win32/api/upnp/nf-upnp-iupnpservice-invokeaction",
        "https://learn.microsoft.com/en-us/windows/win32/upnp/control-point-api-with-upnp-technology-reference",
      ],
    },
  },
  {
    id: "hresult-upnp-device-host",
    title: "UPnP device host",
    kind: "hresult",
    headers: ["upnphost.h"],
    priority: 0,
    guidance: {
      component: "The UPnP Device Host API, through which applications register devices and device providers that the device host publishes on the network.",
      meaning: "Registering or running a hosted device failed: the device description XML is invalid or misses required elements, service IDs or names are duplicated, a value is too long, or the device is already running or not registered.",
      when: "When registering, re-registering or unregistering a device with the device host.",
      check: "Validate the device and service description documents, make the service IDs unique, and check that the device host service runs.",
      tools: ["services-msc", "event-viewer"],
      refs: [
        "https://learn.microsoft.com/en-us/windows/win32/upnp/device-host-api-with-upnp-technology-reference",
        "https://learn.microsoft.com/en-us/windows/win32/upnp/using-the-device-host-api-with-upnp-technology",
      ],
    },
  },
  // ------------------------------------------------------- MDMRegistration.h
  {
    id: "hresult-mdm-registration",
    title: "MDM enrollment and registration",
    kind: "hresult",
    headers: ["MDMRegistration.h"],
    priority: 0,
    guidance: {
      component: "Mobile Device Management (MDM) enrollment and registration on Windows: discovery of the enrollment endpoint, certificate installation and provisioning of the device management client.",
      meaning: "The MDM server rejected or failed the enrollment: malformed messages, authentication or authorization failure, a certificate request that the template or CA refused, a server-side error, or a device that is already or not yet registered.",
      when: "When a user or device enrolls in MDM, for example through Settings or automatic enrollment.",
      check: "Check the user's MDM license and enrollment rights, the enrollment server's certificate template and CA, and the device-management event logs on the client.",
      tools: ["event-viewer", "get-winevent", "certutil"],
      refs: [
        "https://learn.microsoft.com/en-us/windows/client-management/mobile-device-enrollment",
        "https://learn.microsoft.com/es-es/windows/win32/mdmreg/mdm-registration-constants",
      ],
    },
  },
  // --------------------------------------------------------------- cryptxml.h
  {
    id: "hresult-cryptxml",
    title: "XML digital signatures (CryptXML)",
    kind: "hresult",
    headers: ["cryptxml.h"],
    priority: 0,
    guidance: {
      component: "The Cryptographic XML API (Cryptxml.dll), which creates and verifies XML digital signatures.",
      meaning: "Signing or verifying failed: a digest or signature did not match, a reference could not be resolved, an algorithm or transform is unsupported, the XML is unexpected or too large, or IDs are not unique.",
      when: "When signing XML or verifying a received signature.",
      check: "Check whether the signed XML changed after signing, that every reference resolves, that the algorithms are supported, and the signer's certificate and key.",
      tools: ["certutil"],
      refs: [
        "https://learn.microsoft.com/vi-vn/windows/win32/api/cryptxml/nf-cryptxml-cryptxmlverifysignature",
        "https://learn.microsoft.com/en-us/windows/win32/api/cryptxml/nc-cryptxml-cryptxmldllverifysignature",
      ],
    },
  },
  // --------------------------------------------------------------- d3dx9xof.h
  {
    id: "hresult-directx-x-files",
    title: "DirectX .x file API (legacy)",
    kind: "hresult",
    headers: ["d3dx9xof.h"],
    priority: 0,
    guidance: {
      component: "The legacy D3DX .x file interfaces, which read and write template-based DirectX (.x) model files in text or binary form.",
      meaning: "A .x file or its templates could not be parsed or found: bad file type, version or float size, parse errors, unknown objects or types, or data references that do not resolve.",
      when: "When loading meshes, frames and animations from .x files or resources.",
      check: "Check the file's header and format, register the templates the file needs if it does not contain them, and re-export the model if the file is damaged.",
      tools: ["process-monitor"],
      refs: [
        "https://learn.microsoft.com/en-us/windows/win32/direct3d9/x-files--legacy-",
        "https://library.thedatadungeon.com/msdn-2000-04/dxfound/dxmedia/foundation/d3drm/oview/xfileref.content.htm",
      ],
    },
  },
  // ------------------------------------------------------------------ dinput.h
  {
    id: "hresult-directinput",
    title: "DirectInput",
    kind: "hresult",
    headers: ["dinput.h", "dinputd.h"],
    priority: 0,
    guidance: {
      component: "DirectInput, the legacy input API for keyboards, mice, joysticks and force-feedback devices; most of its error codes reuse Win32-based HRESULT values.",
      meaning: "A device could not be used: it is not acquired or input was lost because another application took the focus, it was not initialised or already was, the driver or DirectInput version is wrong, or an object was not found.",
      when: "When acquiring devices or reading their state or buffered data, typically after the application loses the foreground.",
      check: "Set the data format before acquiring, reacquire after input is lost (but not in a loop on a not-acquired result), and check the device and driver in Device Manager.",
      tools: ["device-manager", "dxdiag"],
      refs: [
        "https://learn.microsoft.com/en-us/previous-versions/windows/desktop/ee416312(v=vs.85)",
        "https://msdn.microsoft.com/en-us/library/windows/desktop/microsoft.directx_sdk.idirectinputdevice8.idirectinputdevice8.acquire(v=vs.85)",
      ],
    },
  },
  // ------------------------------------------------------------------ msime.h
  {
    id: "hresult-ime-dictionary",
    title: "Microsoft IME dictionaries",
    kind: "hresult",
    headers: ["msime.h"],
    priority: 0,
    guidance: {
      component: "The Microsoft IME dictionary interface (IFEDictionary), which gives applications access to Microsoft IME system and user dictionaries.",
      meaning: "A dictionary could not be opened, read or written, a word entry was not found or could not be registered, or the file is not a user dictionary or has the wrong format; success codes report more entries, an empty dictionary or an existing word.",
      when: "When opening or creating user dictionaries and looking up or registering words.",
      check: "Check the dictionary file path, that it is a Microsoft IME user dictionary of the right version, and that the user can write to it.",
      tools: ["process-monitor"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/api/msime/nn-msime-ifedictionary"],
    },
  },
  // ---------------------------------------------------------------- netcfgx.h
  {
    id: "hresult-netcfg",
    title: "Network configuration (INetCfg)",
    kind: "hresult",
    headers: ["netcfgx.h"],
    priority: 0,
    guidance: {
      component: "The network configuration interfaces (INetCfg, Netcfgx.dll) that install, remove and bind network adapters, protocols, services and filters.",
      meaning: "The configuration could not be changed: the system-wide write lock is held by another client or needs a reboot, the object is initialised in the wrong order, a component or adapter was not found or is pending removal, or a filter or binding limit was reached.",
      when: "When an installer or tool installs or removes network components or changes bindings.",
      check: "Run the tool as an administrator, find which client holds the write lock and let it finish, and restart Windows when a reboot is pending.",
      tools: ["setupapi-dev-log", "device-manager", "event-viewer"],
      refs: ["https://learn.microsoft.com/en-us/previous-versions/windows/hardware/network/ff547914(v=vs.85)?redirectedfrom=MSDN"],
    },
  },
  // ---------------------------------------------------------------- Filterr.h
  {
    id: "hresult-ifilter",
    title: "IFilter content filters",
    kind: "hresult",
    headers: ["Filterr.h"],
    priority: 0,
    guidance: {
      component: "IFilter, the interface that content filters implement so that indexers can extract text and properties from documents.",
      meaning: "Some results are normal ends of data (no more chunks, text or values); the others mean an embedded object or link has no filter, the document is password protected or access failed, or the format is unknown.",
      when: "While an indexer or application reads a document through a filter.",
      check: "Treat end-of-data results as normal, make sure a filter is registered for the document type, and check file permissions and protection on documents that fail.",
      tools: ["process-monitor"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/api/filter/nf-filter-ifilter-getchunk"],
    },
  },
  // --------------------------------------------------------- PortableDevice.h
  {
    id: "hresult-wpd",
    title: "Windows Portable Devices (WPD)",
    kind: "hresult",
    headers: ["PortableDevice.h"],
    priority: 0,
    guidance: {
      component: "Windows Portable Devices (WPD), the API and driver model for phones, cameras, media players and other portable devices.",
      meaning: "A device or service connection was not opened or was already open, an interface object was used without being attached or after close, an object was created without committing its data, the device stopped responding, or an SMS request was invalid.",
      when: "When opening devices or services and creating, reading or transferring objects.",
      check: "Open the device (or service) before use and keep it open while attached interfaces are used, commit the data stream when creating objects, and reconnect a device that stopped responding.",
      tools: ["device-manager", "event-viewer"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/wpd_sdk/error-constants"],
    },
  },
  // ------------------------------------------------------ audioenginebaseapo.h
  {
    id: "hresult-audio-apo",
    title: "Audio processing objects (APOs)",
    kind: "hresult",
    headers: ["audioenginebaseapo.h"],
    priority: 0,
    guidance: {
      component: "Audio processing objects (APOs), the effect components that the Windows audio engine loads into its graph, including system effects supplied with audio drivers.",
      meaning: "An APO refused the format or configuration offered during format negotiation, was initialised or locked in the wrong order, or got invalid connections, buffers, coefficients or parameters.",
      when: "When the audio engine builds or reconfigures a stream and negotiates formats with the APOs on an endpoint.",
      check: "Check the endpoint's format settings and audio enhancements, update or disable the driver's effects, and, for APO developers, the format negotiation and lock-for-process sequence.",
      tools: ["device-manager", "event-viewer"],
      refs: [
        "https://learn.microsoft.com/en-us/windows-hardware/drivers/audio/format-negotiation",
        "https://learn.microsoft.com/en-us/windows/win32/api/audioenginebaseapo/nf-audioenginebaseapo-iaudioprocessingobject-isoutputformatsupported",
      ],
    },
  },
  // ------------------------------------------------------------------ Mdmsg.h
  {
    id: "hresult-iis-metabase",
    title: "IIS metabase (Admin Base Objects)",
    kind: "hresult",
    headers: ["Mdmsg.h"],
    priority: 0,
    guidance: {
      component: "The IIS Admin Base Object (IMSAdminBase) interface to the IIS metabase, the configuration store of IIS 6.0 and the IIS 6 compatibility layer.",
      meaning: "Metabase data or paths were not found, the metabase file could not be read or its schema loaded, a secure channel to the target server failed, or secure data was handled the wrong way; warnings report partial saves or duplicates.",
      when: "When scripts, setup programs or IIS 6 compatibility tools read or write IIS configuration.",
      check: "Check the event log for the metabase read error, that the IIS Admin and compatibility components are installed, and the key path used.",
      tools: ["event-viewer", "services-msc"],
      refs: [
        "https://learn.microsoft.com/en-us/previous-versions/iis/6.0-sdk/ms525385(v=vs.90)",
        "https://learn.microsoft.com/en-us/previous-versions/iis/6.0-sdk/ms525941(v=vs.90)",
      ],
    },
  },
  // ------------------------------------------------------------------ WinFax.h
  {
    id: "hresult-fax",
    title: "Fax service",
    kind: "hresult",
    headers: ["WinFax.h"],
    priority: 0,
    guidance: {
      component: "The Windows Fax service and its extended COM API (FaxComEx); methods that use RPC can also return RPC errors as HRESULTs.",
      meaning: "The fax server refused a configuration or job request: outbound routing groups or rules not found, in use or misconfigured, archive folders that are not on NTFS or are shared, file access denied, device or recipient limits, or an unsupported edition or version.",
      when: "When configuring the fax server's routing and archives or submitting and managing fax jobs.",
      check: "Check the outbound routing groups and rules, the archive folder locations and permissions, and the Fax service and its event log entries.",
      tools: ["services-msc", "event-viewer", "icacls"],
      refs: ["https://learn.microsoft.com/en-us/previous-versions/windows/desktop/fax/-mfax-fax-error-codes"],
    },
  },
  // ---------------------------------------------------------------- corerror.h
  {
    id: "hresult-clr",
    title: ".NET runtime exceptions (COR errors)",
    kind: "hresult",
    headers: ["corerror.h"],
    priority: 0,
    guidance: {
      component: "The .NET common language runtime, whose exception classes carry an HRESULT; many of them reuse Win32-based values (a file-not-found exception uses the same value as the Win32 file-not-found error).",
      meaning: "Managed code threw the exception the name describes (file or directory not found, bad image format, path too long, arithmetic or divide-by-zero, stack overflow, ambiguous match) and the HRESULT reached native code or a log.",
      when: "When managed code fails and the error crosses into COM or native code, or is logged as a number.",
      check: "Find the managed exception and its stack trace in the application's logs or the Application event log; for bad image format check the 32-bit or 64-bit match of the process and assemblies.",
      tools: ["event-viewer", "process-monitor", "windbg"],
      refs: ["https://learn.microsoft.com/dotnet/api/system.io.filenotfoundexception"],
    },
  },
  // --------------------------------------------------------------------- p2p.h
  {
    id: "hresult-peer-networking",
    title: "Peer networking (PNRP)",
    kind: "hresult",
    headers: ["p2p.h"],
    priority: 0,
    guidance: {
      component: "Windows Peer-to-Peer networking and the Peer Name Resolution Protocol (PNRP) API, which register and resolve peer names in clouds.",
      meaning: "A PNRP cloud was not found, is disabled or has no connection to other nodes, the identity or peer name is invalid or already exists, or the node is too loaded.",
      when: "When starting PNRP, registering a peer name or resolving one.",
      check: "Check IPv6 connectivity, that the PNRP cloud is not disabled, and that a firewall does not stop the node from finding other nodes.",
      tools: ["netsh", "ipconfig", "services-msc"],
      refs: [
        "https://learn.microsoft.com/en-us/windows/desktop/api/Pnrpdef/ne-pnrpdef-pnrp_cloud_state",
        "https://learn.microsoft.com/en-us/windows/win32/p2psdk/pnrp-functions",
      ],
    },
  },
  // ---------------------------------------------------------------- SubsMgr.h
  {
    id: "hresult-ie-subscriptions",
    title: "Internet Explorer subscriptions (legacy)",
    kind: "hresult",
    headers: ["SubsMgr.h"],
    priority: 0,
    guidance: {
      component: "The Internet Explorer subscription manager (Webcheck.dll) and its site-crawling agents, which are obsolete since Internet Explorer 7.",
      meaning: "A subscription update failed or was limited: the agent could not connect, the cache size or download size limit was reached, or scheduled updates are disabled or restricted.",
      when: "When offline web-page subscriptions were updated on a schedule or on demand.",
      check: "Do not rely on this feature on current Windows; for old systems check the connection and the cache and download limits set for the subscription.",
      tools: ["gpresult"],
      refs: ["https://learn.microsoft.com/en-us/previous-versions/windows/internet-explorer/ie-developer/platform-apis/aa741147(v=vs.85)"],
    },
  },
  // ---------------------------------------------------------------- Reconcil.h
  {
    id: "hresult-briefcase-reconciler",
    title: "Briefcase reconciliation (legacy)",
    kind: "hresult",
    headers: ["Reconcil.h"],
    priority: 0,
    guidance: {
      component: "The legacy Briefcase reconciliation interfaces, through which an initiator asks a briefcase reconciler to merge copies of a document.",
      meaning: "A reconciliation was aborted, no callback or residues were available, the versions were too different to merge, or the reconciler needs the initiator to do the updates; success codes report whether the reconciler did the updates itself or finished only partly.",
      when: "When synchronizing files kept in a Briefcase with their originals.",
      check: "For reconciler authors, follow the reconcile flags (residues, updates, user interaction) exactly; for users, copy the newer version by hand when versions are too different.",
      tools: ["process-monitor"],
      refs: [
        "https://learn.microsoft.com/en-us/windows/win32/api/reconcil",
        "https://learn.microsoft.com/en-us/windows/win32/api/reconcil/nn-reconcil-ireconcilableobject",
      ],
    },
  },
  // -------------------------------------------------------------- thumbcache.h
  {
    id: "hresult-thumbnail-cache",
    title: "Shell thumbnail cache",
    kind: "hresult",
    headers: ["thumbcache.h"],
    priority: 0,
    guidance: {
      component: "The Shell thumbnail cache (IThumbnailCache) and the thumbnail handlers it runs, normally in a surrogate process.",
      meaning: "No thumbnail could be produced: the item type does not support thumbnails, extraction timed out, the surrogate process was unavailable, fast extraction was not possible, or extraction is pending or blocked.",
      when: "When Explorer or an application asks for a thumbnail of a file.",
      check: "Check that a thumbnail handler is registered for the file type and works; when developing a handler, ask for in-process extraction to debug it.",
      tools: ["process-monitor", "event-viewer"],
      refs: [
        "https://learn.microsoft.com/en-us/windows/desktop/api/thumbcache/nf-thumbcache-ithumbnailcache-getthumbnail",
        "https://learn.microsoft.com/en-us/windows/desktop/api/thumbcache/ne-thumbcache-wts_flags",
      ],
    },
  },
  // ---------------------------------------------------------------- ndattrib.h
  {
    id: "hresult-network-diagnostics",
    title: "Network Diagnostics Framework (NDF)",
    kind: "hresult",
    headers: ["ndattrib.h"],
    priority: 0,
    guidance: {
      component: "The Network Diagnostics Framework (NDF), which runs helper classes that diagnose and repair network problems, including helper class extensions from other vendors.",
      meaning: "A diagnosis could not run or finish: no helper class was found, diagnostics are disabled, a parameter or validation failed, the session was cancelled, or a problem is still present.",
      when: "When an application or the network troubleshooter starts a diagnosis, or a helper class extension runs.",
      check: "Check that the helper class (extension) is registered and that the diagnostics service is allowed to run.",
      tools: ["event-viewer", "netsh", "ipconfig"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/NDF/using-ndf"],
    },
  },
  // ---------------------------------------------------- functiondiscoveryerror.h
  {
    id: "hresult-function-discovery-pairing",
    title: "Function Discovery device pairing",
    kind: "hresult",
    headers: ["functiondiscoveryerror.h"],
    priority: 0,
    guidance: {
      component: "Function Discovery and PnP-X device association, through which Windows pairs network devices and installs them via the PnP-X IP bus enumerator.",
      meaning: "Pairing a device failed: no connection or a connection time-out, a hardware failure, authentication failed or is not allowed, too many connections, no usable profiles, or the IP bus enumerator is disabled.",
      when: "When a user or application adds (associates) a network device such as a printer or media device.",
      check: "Check that the device is on and reachable, its pairing or authentication settings, and that the services behind network device discovery are running.",
      tools: ["services-msc", "device-manager", "test-netconnection"],
      refs: [
        "https://learn.microsoft.com/en-us/previous-versions/windows/desktop/fundisc/fd-portal",
        "https://learn.microsoft.com/en-us/windows/desktop/api/pnpxassoc/nf-pnpxassoc-ipnpxassociation-associate",
      ],
    },
  },
  // ---------------------------------------------------------------- daogetrw.h
  {
    id: "hresult-dao-getrows",
    title: "DAO GetRows interface (legacy)",
    kind: "hresult",
    headers: ["daogetrw.h"],
    priority: 0,
    guidance: {
      component: "The GetRows interface of Data Access Objects (DAO), the obsolete COM data-access library for the Microsoft Jet database engine; DAO 3.6 is its last version.",
      meaning: "Reading rows in bulk stopped or failed: the buffer was too small, the end of the cursor was reached, a record was deleted, the row was shorter than the bindings, a binding was invalid, or a column was unavailable.",
      when: "When a C or C++ program fetches rows from a DAO recordset into its own buffers.",
      check: "Check the column bindings and buffer sizes against the recordset's fields, and treat end-of-cursor as the normal end of the data.",
      tools: ["process-monitor"],
      refs: [
        "https://learn.microsoft.com/en-us/cpp/mfc/reference/cdaorecordset-class?view=msvc-170",
        "https://learn.microsoft.com/en-us/cpp/mfc/dao-classes",
        "https://library.thedatadungeon.com/msdn-2000-04/vcmfc/HTML/_mfc_cdaorecordset.content.htm",
      ],
    },
  },
  // ---------------------------------------------------------------- xaudio2.h
  {
    id: "hresult-xaudio2",
    title: "XAudio2 and XAPO effects",
    kind: "hresult",
    headers: ["xaudio2.h", "xapo.h"],
    priority: 0,
    guidance: {
      component: "XAudio2, the low-level game audio API, and the XAPO effects it hosts; xaudio2.h also keeps the values of an older XAudio2 version.",
      meaning: "A call was invalid in the engine's current state, an effect could not be created or does not support the format, the XMA decoder failed, or the audio device became unusable, for example because it was unplugged.",
      when: "When creating voices and effects, or while audio plays and the output device changes.",
      check: "After a device-invalidated or other critical error release the XAudio2 object and create a new one; to follow device changes automatically, create the mastering voice on the default device.",
      tools: ["device-manager", "dxdiag"],
      refs: [
        "https://learn.microsoft.com/en-us/windows/win32/xaudio2/xaudio2-error-codes",
        "https://learn.microsoft.com/en-us/windows/win32/api/xaudio2/nf-xaudio2-ixaudio2enginecallback-oncriticalerror",
      ],
    },
  },
  // ---------------------------------------------------------------- Mobsync.h
  {
    id: "hresult-sync-manager-handler",
    title: "Synchronization manager handlers (legacy)",
    kind: "hresult",
    headers: ["Mobsync.h"],
    priority: 0,
    guidance: {
      component: "The legacy synchronization manager (Mobsync.dll) and the handlers that applications register with it; Windows Vista replaced its handler interface with Sync Center's.",
      meaning: "These are success codes a handler returns to tell the synchronization manager what happened: items are missing, a retry is wanted, an item or all items were cancelled, an item was deleted, or items should be enumerated again.",
      when: "While the synchronization manager runs a handler's preparation and synchronization steps.",
      check: "They are not failures; if synchronization misbehaves, check the handler's registration and its use of the progress callback.",
      tools: ["event-viewer"],
      refs: [
        "https://learn.microsoft.com/cs-cz/windows/win32/api/mobsync",
        "https://learn.microsoft.com/zh-cn/windows/win32/api/mobsync/nn-mobsync-isyncmgrsynchronize",
      ],
    },
  },
  // ---------------------------------------------------------------- mediaerr.h
  {
    id: "hresult-dmo",
    title: "DirectX Media Objects (DMOs)",
    kind: "hresult",
    headers: ["mediaerr.h"],
    priority: 0,
    guidance: {
      component: "DirectX Media Objects (DMOs), streaming components such as codecs and effects used by DirectShow and Media Foundation applications.",
      meaning: "A stream index or media type was invalid or not accepted, a stream has no media type yet, the DMO cannot take more input until its output is processed, or a media-type index is out of range.",
      when: "When negotiating media types with a DMO or feeding it input buffers.",
      check: "Set the media types on all streams before processing, and drain output whenever the DMO stops accepting input.",
      tools: ["dxdiag"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/directshow/dmo-error-codes"],
    },
  },
  // ------------------------------------------------------------------ WerApi.h
  {
    id: "hresult-wer-report-api",
    title: "Windows Error Reporting API",
    kind: "hresult",
    headers: ["WerApi.h"],
    priority: 0,
    guidance: {
      component: "The Windows Error Reporting (WER) API, which applications use to create, fill in and submit error reports; its error codes reuse Win32-based values.",
      meaning: "A report operation failed: a report or registered item was not found, a buffer was too small, a length limit was exceeded, a dump was missing, a CAB file could not be built, or the report is in the wrong state.",
      when: "When an application creates a report, adds files and dumps, or submits it.",
      check: "Check the sizes and limits of report parameters and files, that added dumps exist, and the WER settings and policy that decide whether reports are queued or sent.",
      tools: ["reliability-monitor", "event-viewer", "gpresult"],
      refs: [
        "https://learn.microsoft.com/en-us/windows/win32/api/werapi/ne-werapi-wer_submit_result",
        "https://learn.microsoft.com/zh-cn/windows/desktop/api/werapi/nf-werapi-werreportsubmit",
      ],
    },
  },
  // --------------------------------------------------------------- GameInput.h
  {
    id: "hresult-gameinput",
    title: "GameInput",
    kind: "hresult",
    headers: ["GameInput.h"],
    priority: 0,
    guidance: {
      component: "GameInput, the input API of the Microsoft Game Development Kit for gamepads, keyboards, mice and other controllers.",
      meaning: "The device was disconnected or not found, a reading no longer exists or is too old to use as a reference, a timestamp was out of range, or force-feedback resources ran out.",
      when: "When reading input from a device or starting force-feedback effects, especially after devices are plugged or unplugged.",
      check: "Register a device callback and handle disconnection (the device object stays valid but produces no readings), and take fresh readings instead of old references.",
      tools: ["device-manager"],
      refs: [
        "https://learn.microsoft.com/en-us/gaming/gdk/docs/reference/input/gameinput/enums/gameinputdeviceevent",
        "https://learn.microsoft.com/en-us/gaming/gdk/docs/reference/input/gameinput/functions/gameinputdevicecallback",
      ],
    },
  },
  // ---------------------------------------------------------------- WcnTypes.h
  {
    id: "hresult-windows-connect-now",
    title: "Windows Connect Now (WCN)",
    kind: "hresult",
    headers: ["WcnTypes.h"],
    priority: 0,
    guidance: {
      component: "Windows Connect Now (WCN), which lets computers, access points and devices exchange network settings securely.",
      meaning: "A WCN session failed: the peer device was not found, authentication (for example the PIN) failed, the peer rejected the connection, the session timed out, or the protocol failed.",
      when: "When connecting to or configuring a device or access point through WCN.",
      check: "Check the device PIN or push-button step, that the device is in range and in its setup mode, and retry the session.",
      tools: ["netsh", "event-viewer"],
      refs: [
        "https://learn.microsoft.com/en-us/windows/win32/wcn/portal",
        "https://learn.microsoft.com/en-us/windows/win32/api/wcndevice/nf-wcndevice-iwcnconnectnotify-connectfailed",
      ],
    },
  },
  // ---------------------------------------------------------------- strsafe.h
  {
    id: "hresult-strsafe",
    title: "StrSafe string functions",
    kind: "hresult",
    headers: ["strsafe.h"],
    priority: 0,
    guidance: {
      component: "The StrSafe safe string functions (strsafe.h), which return HRESULTs with Win32-based values instead of pointers.",
      meaning: "The destination buffer was too small (the result was truncated but is still null-terminated), a size argument was zero or above the maximum, or the end of the input was reached.",
      when: "When copying, concatenating or formatting strings with the StrSafe functions.",
      check: "Test results with SUCCEEDED and FAILED, pass the real buffer size, and decide whether a truncated result is acceptable for the caller.",
      tools: ["windbg"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/api/strsafe/nf-strsafe-stringcchcopya"],
    },
  },
  // --------------------------------------------------------------- dxva2api.h
  {
    id: "hresult-video-device-manager",
    title: "Video device managers (DXVA2 and DXGI)",
    kind: "hresult",
    headers: ["dxva2api.h", "mfapi.h"],
    priority: 0,
    guidance: {
      component: "The Direct3D 9 device manager of DirectX Video Acceleration 2 (DXVA2) and the matching DXGI device manager codes of Media Foundation, which let components share one video device.",
      meaning: "The device manager has no device yet, the device was replaced so existing handles are invalid, the device is locked by another component, or the video service is not available.",
      when: "When decoders, renderers or processors open, lock or test device handles, typically after the device was reset or replaced.",
      check: "On a new-device result close the handle and open a new one; if the manager was not initialised, the device owner must set the device first; check the graphics driver with dxdiag.",
      tools: ["dxdiag", "device-manager"],
      refs: [
        "https://learn.microsoft.com/en-us/windows/desktop/api/dxva2api/nf-dxva2api-idirect3ddevicemanager9-testdevice",
        "https://learn.microsoft.com/en-us/windows/desktop/api/dxva2api/nn-dxva2api-idirect3ddevicemanager9",
      ],
    },
  },
  // ---------------------------------------------------------- ShObjIdl_core.h
  {
    id: "hresult-preview-handler",
    title: "Shell preview handlers",
    kind: "hresult",
    headers: ["ShObjIdl_core.h"],
    priority: 0,
    guidance: {
      component: "Shell preview handlers, which render file previews in Explorer's preview pane and usually run in the surrogate process prevhost.exe.",
      meaning: "The preview could not be shown because the item is protected by digital rights management, blocked by file permissions, not found, or corrupt.",
      when: "When a preview handler is asked to render a file.",
      check: "Check the file's permissions and whether it is DRM-protected or damaged; handler authors should load data only after the window is set and the handler initialised.",
      tools: ["process-monitor", "icacls"],
      refs: [
        "https://learn.microsoft.com/en-us/windows/win32/api/shobjidl_core/nf-shobjidl_core-ipreviewhandler-dopreview",
        "https://learn.microsoft.com/en-us/windows/desktop/api/shobjidl_core/nn-shobjidl_core-ipreviewhandler",
      ],
    },
  },
  // ------------------------------------------------- WbemCli.h, WbemDisp.h, WbemProv.h
  {
    id: "hresult-wmi",
    title: "WMI (Windows Management Instrumentation)",
    kind: "hresult",
    headers: ["WbemCli.h", "WbemDisp.h", "WbemProv.h"],
    priority: 0,
    guidance: {
      component: "Windows Management Instrumentation: the WMI service, its repository and providers, reached from C++ (WBEM_* names, WbemCli.h) or from scripts (wbemErr* names, WbemDisp.h).",
      meaning: "A WMI call failed or returned a status: the class, namespace, object or query is not valid or not found, access was denied, or a provider failed to load or answer. WMI may also pass on errors that start elsewhere in the system.",
      when: "When a script, PowerShell's CIM cmdlets, an installer or a management tool connects to a namespace, runs a query or calls a method of a WMI class, locally or on a remote computer.",
      check: "Check the namespace and class names in the query, that the user may access the namespace, and for remote calls the DCOM or WinRM connection; do not delete the WMI repository as a first step.",
      tools: ["get-ciminstance", "event-viewer", "test-wsman"],
      refs: [
        "https://learn.microsoft.com/en-us/windows/win32/wmisdk/wmi-error-constants",
        "https://learn.microsoft.com/en-us/windows/win32/wmisdk/wmi-non-error-constants",
        "https://learn.microsoft.com/en-us/windows/win32/api/wbemdisp/ne-wbemdisp-wbemerrorenum",
      ],
    },
  },
  // ------------------------------------------- ComAdmin.h, MtsAdmin.h, MtxAdmin.h, ComSvcs.h
  {
    id: "hresult-complus-headers",
    title: "COM+ administration and services",
    kind: "hresult",
    headers: ["ComAdmin.h", "MtsAdmin.h", "MtxAdmin.h", "ComSvcs.h"],
    priority: 0,
    guidance: {
      component: "COM+ (and its predecessor Microsoft Transaction Server): the catalog of COM+ applications and components, its administration objects, and the runtime services for configured components.",
      meaning: "A COM+ catalog or runtime operation failed: an application, component or role is missing, invalid or already installed, a property cannot be set, or an object context or transaction is not in the state the call needs.",
      when: "While installing, exporting or configuring COM+ applications (Component Services, scripts using the COMAdmin objects, installers), or when a configured component calls the COM+ context and transaction services.",
      check: "Look at the application and component in Component Services and at the Application log for COM+ events; the same codes are in winerror.h with their text.",
      tools: ["event-viewer"],
      refs: ["https://learn.microsoft.com/en-us/windows/win32/cossdk/interpreting-error-codes"],
    },
  },
  // ------------------------- ddraw.h, d3d.h, d3d9.h, d3drm.h, dxfile.h, dsound.h, dmerror.h, dplay*.h
  {
    id: "hresult-directx-legacy",
    title: "Legacy DirectX (DirectDraw, Direct3D 9 and older, DirectSound, DirectMusic, DirectPlay)",
    kind: "hresult",
    headers: ["ddraw.h", "d3d.h", "d3d9.h", "d3drm.h", "dxfile.h", "dsound.h", "dmerror.h", "dplay.h", "dplay8.h", "dpnathlp.h"],
    priority: 0,
    guidance: {
      component: "The DirectX APIs before Direct3D 10: DirectDraw, Direct3D up to version 9, Direct3D Retained Mode, DirectSound, DirectMusic and DirectPlay.",
      meaning: "A call into one of these APIs failed: an argument or call order was not valid, a device, surface, buffer or driver feature is missing or lost, or memory ran out.",
      when: "In older games and multimedia programs, at start-up (creating the device or buffers), while rendering or playing, or after a display mode change, a lost device or a driver update.",
      check: "Update the display or audio driver and check the device in DirectX Diagnostic Tool; for an application, check the arguments of the failing call and the device-lost handling.",
      tools: ["dxdiag", "device-manager"],
      refs: ["https://learn.microsoft.com/en-us/windows-hardware/drivers/display/return-codes-for-direct3d-driver-callbacks"],
    },
  },
];
