var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  AnnotationsSchema: () => AnnotationsSchema,
  AudioContentSchema: () => AudioContentSchema,
  BaseMetadataSchema: () => BaseMetadataSchema,
  BlobResourceContentsSchema: () => BlobResourceContentsSchema,
  BooleanSchemaSchema: () => BooleanSchemaSchema,
  CallToolRequestParamsSchema: () => CallToolRequestParamsSchema,
  CallToolRequestSchema: () => CallToolRequestSchema,
  CallToolResultSchema: () => CallToolResultSchema,
  CancelTaskRequestSchema: () => CancelTaskRequestSchema,
  CancelTaskResultSchema: () => CancelTaskResultSchema,
  CancelledNotificationParamsSchema: () => CancelledNotificationParamsSchema,
  CancelledNotificationSchema: () => CancelledNotificationSchema,
  ClientCapabilitiesSchema: () => ClientCapabilitiesSchema,
  ClientNotificationSchema: () => ClientNotificationSchema,
  ClientRequestSchema: () => ClientRequestSchema,
  ClientResultSchema: () => ClientResultSchema,
  ClientTasksCapabilitySchema: () => ClientTasksCapabilitySchema,
  CompatibilityCallToolResultSchema: () => CompatibilityCallToolResultSchema,
  CompleteRequestParamsSchema: () => CompleteRequestParamsSchema,
  CompleteRequestSchema: () => CompleteRequestSchema,
  CompleteResultSchema: () => CompleteResultSchema,
  ContentBlockSchema: () => ContentBlockSchema,
  CreateMessageRequestParamsSchema: () => CreateMessageRequestParamsSchema,
  CreateMessageRequestSchema: () => CreateMessageRequestSchema,
  CreateMessageResultSchema: () => CreateMessageResultSchema,
  CreateMessageResultWithToolsSchema: () => CreateMessageResultWithToolsSchema,
  CreateTaskResultSchema: () => CreateTaskResultSchema,
  CursorSchema: () => CursorSchema,
  DEFAULT_NEGOTIATED_PROTOCOL_VERSION: () => DEFAULT_NEGOTIATED_PROTOCOL_VERSION,
  ElicitRequestFormParamsSchema: () => ElicitRequestFormParamsSchema,
  ElicitRequestParamsSchema: () => ElicitRequestParamsSchema,
  ElicitRequestSchema: () => ElicitRequestSchema,
  ElicitRequestURLParamsSchema: () => ElicitRequestURLParamsSchema,
  ElicitResultSchema: () => ElicitResultSchema,
  ElicitationCompleteNotificationParamsSchema: () => ElicitationCompleteNotificationParamsSchema,
  ElicitationCompleteNotificationSchema: () => ElicitationCompleteNotificationSchema,
  EmbeddedResourceSchema: () => EmbeddedResourceSchema,
  EmptyResultSchema: () => EmptyResultSchema,
  EnumSchemaSchema: () => EnumSchemaSchema,
  ErrorCode: () => ErrorCode,
  GetPromptRequestParamsSchema: () => GetPromptRequestParamsSchema,
  GetPromptRequestSchema: () => GetPromptRequestSchema,
  GetPromptResultSchema: () => GetPromptResultSchema,
  GetTaskPayloadRequestSchema: () => GetTaskPayloadRequestSchema,
  GetTaskPayloadResultSchema: () => GetTaskPayloadResultSchema,
  GetTaskRequestSchema: () => GetTaskRequestSchema,
  GetTaskResultSchema: () => GetTaskResultSchema,
  IconSchema: () => IconSchema,
  IconsSchema: () => IconsSchema,
  ImageContentSchema: () => ImageContentSchema,
  ImplementationSchema: () => ImplementationSchema,
  InitializeRequestParamsSchema: () => InitializeRequestParamsSchema,
  InitializeRequestSchema: () => InitializeRequestSchema,
  InitializeResultSchema: () => InitializeResultSchema,
  InitializedNotificationSchema: () => InitializedNotificationSchema,
  JSONRPCErrorResponseSchema: () => JSONRPCErrorResponseSchema,
  JSONRPCErrorSchema: () => JSONRPCErrorSchema,
  JSONRPCMessageSchema: () => JSONRPCMessageSchema,
  JSONRPCNotificationSchema: () => JSONRPCNotificationSchema,
  JSONRPCRequestSchema: () => JSONRPCRequestSchema,
  JSONRPCResponseSchema: () => JSONRPCResponseSchema,
  JSONRPCResultResponseSchema: () => JSONRPCResultResponseSchema,
  JSONRPC_VERSION: () => JSONRPC_VERSION,
  LATEST_PROTOCOL_VERSION: () => LATEST_PROTOCOL_VERSION,
  LegacyTitledEnumSchemaSchema: () => LegacyTitledEnumSchemaSchema,
  ListChangedOptionsBaseSchema: () => ListChangedOptionsBaseSchema,
  ListPromptsRequestSchema: () => ListPromptsRequestSchema,
  ListPromptsResultSchema: () => ListPromptsResultSchema,
  ListResourceTemplatesRequestSchema: () => ListResourceTemplatesRequestSchema,
  ListResourceTemplatesResultSchema: () => ListResourceTemplatesResultSchema,
  ListResourcesRequestSchema: () => ListResourcesRequestSchema,
  ListResourcesResultSchema: () => ListResourcesResultSchema,
  ListRootsRequestSchema: () => ListRootsRequestSchema,
  ListRootsResultSchema: () => ListRootsResultSchema,
  ListTasksRequestSchema: () => ListTasksRequestSchema,
  ListTasksResultSchema: () => ListTasksResultSchema,
  ListToolsRequestSchema: () => ListToolsRequestSchema,
  ListToolsResultSchema: () => ListToolsResultSchema,
  LoggingLevelSchema: () => LoggingLevelSchema,
  LoggingMessageNotificationParamsSchema: () => LoggingMessageNotificationParamsSchema,
  LoggingMessageNotificationSchema: () => LoggingMessageNotificationSchema,
  McpError: () => McpError,
  ModelHintSchema: () => ModelHintSchema,
  ModelPreferencesSchema: () => ModelPreferencesSchema,
  MultiSelectEnumSchemaSchema: () => MultiSelectEnumSchemaSchema,
  NotificationSchema: () => NotificationSchema,
  NumberSchemaSchema: () => NumberSchemaSchema,
  PaginatedRequestParamsSchema: () => PaginatedRequestParamsSchema,
  PaginatedRequestSchema: () => PaginatedRequestSchema,
  PaginatedResultSchema: () => PaginatedResultSchema,
  PingRequestSchema: () => PingRequestSchema,
  PrimitiveSchemaDefinitionSchema: () => PrimitiveSchemaDefinitionSchema,
  ProgressNotificationParamsSchema: () => ProgressNotificationParamsSchema,
  ProgressNotificationSchema: () => ProgressNotificationSchema,
  ProgressSchema: () => ProgressSchema,
  ProgressTokenSchema: () => ProgressTokenSchema,
  PromptArgumentSchema: () => PromptArgumentSchema,
  PromptListChangedNotificationSchema: () => PromptListChangedNotificationSchema,
  PromptMessageSchema: () => PromptMessageSchema,
  PromptReferenceSchema: () => PromptReferenceSchema,
  PromptSchema: () => PromptSchema,
  RELATED_TASK_META_KEY: () => RELATED_TASK_META_KEY,
  ReadResourceRequestParamsSchema: () => ReadResourceRequestParamsSchema,
  ReadResourceRequestSchema: () => ReadResourceRequestSchema,
  ReadResourceResultSchema: () => ReadResourceResultSchema,
  RelatedTaskMetadataSchema: () => RelatedTaskMetadataSchema,
  RequestIdSchema: () => RequestIdSchema,
  RequestSchema: () => RequestSchema,
  ResourceContentsSchema: () => ResourceContentsSchema,
  ResourceLinkSchema: () => ResourceLinkSchema,
  ResourceListChangedNotificationSchema: () => ResourceListChangedNotificationSchema,
  ResourceReferenceSchema: () => ResourceReferenceSchema,
  ResourceRequestParamsSchema: () => ResourceRequestParamsSchema,
  ResourceSchema: () => ResourceSchema,
  ResourceTemplateReferenceSchema: () => ResourceTemplateReferenceSchema,
  ResourceTemplateSchema: () => ResourceTemplateSchema,
  ResourceUpdatedNotificationParamsSchema: () => ResourceUpdatedNotificationParamsSchema,
  ResourceUpdatedNotificationSchema: () => ResourceUpdatedNotificationSchema,
  ResultSchema: () => ResultSchema,
  RoleSchema: () => RoleSchema,
  RootSchema: () => RootSchema,
  RootsListChangedNotificationSchema: () => RootsListChangedNotificationSchema,
  SUPPORTED_PROTOCOL_VERSIONS: () => SUPPORTED_PROTOCOL_VERSIONS,
  SamplingContentSchema: () => SamplingContentSchema,
  SamplingMessageContentBlockSchema: () => SamplingMessageContentBlockSchema,
  SamplingMessageSchema: () => SamplingMessageSchema,
  ServerCapabilitiesSchema: () => ServerCapabilitiesSchema,
  ServerNotificationSchema: () => ServerNotificationSchema,
  ServerRequestSchema: () => ServerRequestSchema,
  ServerResultSchema: () => ServerResultSchema,
  ServerTasksCapabilitySchema: () => ServerTasksCapabilitySchema,
  SetLevelRequestParamsSchema: () => SetLevelRequestParamsSchema,
  SetLevelRequestSchema: () => SetLevelRequestSchema,
  SingleSelectEnumSchemaSchema: () => SingleSelectEnumSchemaSchema,
  StringSchemaSchema: () => StringSchemaSchema,
  SubscribeRequestParamsSchema: () => SubscribeRequestParamsSchema,
  SubscribeRequestSchema: () => SubscribeRequestSchema,
  TaskAugmentedRequestParamsSchema: () => TaskAugmentedRequestParamsSchema,
  TaskCreationParamsSchema: () => TaskCreationParamsSchema,
  TaskMetadataSchema: () => TaskMetadataSchema,
  TaskSchema: () => TaskSchema,
  TaskStatusNotificationParamsSchema: () => TaskStatusNotificationParamsSchema,
  TaskStatusNotificationSchema: () => TaskStatusNotificationSchema,
  TaskStatusSchema: () => TaskStatusSchema,
  TextContentSchema: () => TextContentSchema,
  TextResourceContentsSchema: () => TextResourceContentsSchema,
  TitledMultiSelectEnumSchemaSchema: () => TitledMultiSelectEnumSchemaSchema,
  TitledSingleSelectEnumSchemaSchema: () => TitledSingleSelectEnumSchemaSchema,
  ToolAnnotationsSchema: () => ToolAnnotationsSchema,
  ToolChoiceSchema: () => ToolChoiceSchema,
  ToolExecutionSchema: () => ToolExecutionSchema,
  ToolListChangedNotificationSchema: () => ToolListChangedNotificationSchema,
  ToolResultContentSchema: () => ToolResultContentSchema,
  ToolSchema: () => ToolSchema,
  ToolUseContentSchema: () => ToolUseContentSchema,
  UnsubscribeRequestParamsSchema: () => UnsubscribeRequestParamsSchema,
  UnsubscribeRequestSchema: () => UnsubscribeRequestSchema,
  UntitledMultiSelectEnumSchemaSchema: () => UntitledMultiSelectEnumSchemaSchema,
  UntitledSingleSelectEnumSchemaSchema: () => UntitledSingleSelectEnumSchemaSchema,
  UrlElicitationRequiredError: () => UrlElicitationRequiredError,
  ZodIssueCode: () => ZodIssueCode,
  assertCompleteRequestPrompt: () => assertCompleteRequestPrompt,
  assertCompleteRequestResourceTemplate: () => assertCompleteRequestResourceTemplate,
  coerce_exports: () => coerce_exports,
  isInitializeRequest: () => isInitializeRequest,
  isInitializedNotification: () => isInitializedNotification,
  isJSONRPCError: () => isJSONRPCError,
  isJSONRPCErrorResponse: () => isJSONRPCErrorResponse,
  isJSONRPCNotification: () => isJSONRPCNotification,
  isJSONRPCRequest: () => isJSONRPCRequest,
  isJSONRPCResponse: () => isJSONRPCResponse,
  isJSONRPCResultResponse: () => isJSONRPCResultResponse,
  isTaskAugmentedRequestParams: () => isTaskAugmentedRequestParams
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_CLN36EFS = require("./chunk-CLN36EFS.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
(0, import_chunk_WE6FURZE.init_web_globals)(), (0, import_chunk_WE6FURZE.init_web_globals)(), (0, import_chunk_WE6FURZE.init_web_globals)();
var ZodIssueCode = {
  invalid_type: "invalid_type",
  too_big: "too_big",
  too_small: "too_small",
  invalid_format: "invalid_format",
  not_multiple_of: "not_multiple_of",
  unrecognized_keys: "unrecognized_keys",
  invalid_union: "invalid_union",
  invalid_key: "invalid_key",
  invalid_element: "invalid_element",
  invalid_value: "invalid_value",
  custom: "custom"
}, ZodFirstPartyTypeKind;
ZodFirstPartyTypeKind || (ZodFirstPartyTypeKind = {});
var iso_exports = {};
(0, import_chunk_WE6FURZE.__export)(iso_exports, {
  ZodISODate: () => import_chunk_CLN36EFS.ZodISODate,
  ZodISODateTime: () => import_chunk_CLN36EFS.ZodISODateTime,
  ZodISODuration: () => import_chunk_CLN36EFS.ZodISODuration,
  ZodISOTime: () => import_chunk_CLN36EFS.ZodISOTime,
  date: () => date,
  datetime: () => datetime,
  duration: () => duration,
  time: () => time
}), (0, import_chunk_WE6FURZE.init_web_globals)();
function datetime(params) {
  return (0, import_chunk_CLN36EFS._isoDateTime)(import_chunk_CLN36EFS.ZodISODateTime, params);
}
function date(params) {
  return (0, import_chunk_CLN36EFS._isoDate)(import_chunk_CLN36EFS.ZodISODate, params);
}
function time(params) {
  return (0, import_chunk_CLN36EFS._isoTime)(import_chunk_CLN36EFS.ZodISOTime, params);
}
function duration(params) {
  return (0, import_chunk_CLN36EFS._isoDuration)(import_chunk_CLN36EFS.ZodISODuration, params);
}
var coerce_exports = {};
(0, import_chunk_WE6FURZE.__export)(coerce_exports, {
  bigint: () => bigint,
  boolean: () => boolean2,
  date: () => date2,
  number: () => number2,
  string: () => string2
}), (0, import_chunk_WE6FURZE.init_web_globals)();
function string2(params) {
  return (0, import_chunk_CLN36EFS._coercedString)(import_chunk_CLN36EFS.ZodString, params);
}
function number2(params) {
  return (0, import_chunk_CLN36EFS._coercedNumber)(import_chunk_CLN36EFS.ZodNumber, params);
}
function boolean2(params) {
  return (0, import_chunk_CLN36EFS._coercedBoolean)(import_chunk_CLN36EFS.ZodBoolean, params);
}
function bigint(params) {
  return (0, import_chunk_CLN36EFS._coercedBigint)(import_chunk_CLN36EFS.ZodBigInt, params);
}
function date2(params) {
  return (0, import_chunk_CLN36EFS._coercedDate)(import_chunk_CLN36EFS.ZodDate, params);
}
var LATEST_PROTOCOL_VERSION = "2025-11-25", DEFAULT_NEGOTIATED_PROTOCOL_VERSION = "2025-03-26", SUPPORTED_PROTOCOL_VERSIONS = [LATEST_PROTOCOL_VERSION, "2025-06-18", "2025-03-26", "2024-11-05", "2024-10-07"], RELATED_TASK_META_KEY = "io.modelcontextprotocol/related-task", JSONRPC_VERSION = "2.0", AssertObjectSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.custom)((v) => v !== null && (typeof v == "object" || typeof v == "function")), ProgressTokenSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.union)([/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), /* @__PURE__ */ (0, import_chunk_CLN36EFS.number)().int()]), CursorSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), TaskCreationParamsSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.looseObject)({
  /**
   * Requested duration in milliseconds to retain task from creation.
   */
  ttl: /* @__PURE__ */ (0, import_chunk_CLN36EFS.number)().optional(),
  /**
   * Time in milliseconds to wait between task status requests.
   */
  pollInterval: /* @__PURE__ */ (0, import_chunk_CLN36EFS.number)().optional()
}), TaskMetadataSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  ttl: /* @__PURE__ */ (0, import_chunk_CLN36EFS.number)().optional()
}), RelatedTaskMetadataSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  taskId: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()
}), RequestMetaSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.looseObject)({
  /**
   * If specified, the caller is requesting out-of-band progress notifications for this request (as represented by notifications/progress). The value of this parameter is an opaque token that will be attached to any subsequent notifications. The receiver is not obligated to provide these notifications.
   */
  progressToken: /* @__PURE__ */ ProgressTokenSchema.optional(),
  /**
   * If specified, this request is related to the provided task.
   */
  [RELATED_TASK_META_KEY]: /* @__PURE__ */ RelatedTaskMetadataSchema.optional()
}), BaseRequestParamsSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  /**
   * See [General fields: `_meta`](/specification/draft/basic/index#meta) for notes on `_meta` usage.
   */
  _meta: /* @__PURE__ */ RequestMetaSchema.optional()
}), TaskAugmentedRequestParamsSchema = /* @__PURE__ */ BaseRequestParamsSchema.extend({
  /**
   * If specified, the caller is requesting task-augmented execution for this request.
   * The request will return a CreateTaskResult immediately, and the actual result can be
   * retrieved later via tasks/result.
   *
   * Task augmentation is subject to capability negotiation - receivers MUST declare support
   * for task augmentation of specific request types in their capabilities.
   */
  task: /* @__PURE__ */ TaskMetadataSchema.optional()
}), isTaskAugmentedRequestParams = (value) => TaskAugmentedRequestParamsSchema.safeParse(value).success, RequestSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  params: /* @__PURE__ */ BaseRequestParamsSchema.loose().optional()
}), NotificationsParamsSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  /**
   * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
   * for notes on _meta usage.
   */
  _meta: /* @__PURE__ */ RequestMetaSchema.optional()
}), NotificationSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  params: /* @__PURE__ */ NotificationsParamsSchema.loose().optional()
}), ResultSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.looseObject)({
  /**
   * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
   * for notes on _meta usage.
   */
  _meta: /* @__PURE__ */ RequestMetaSchema.optional()
}), RequestIdSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.union)([/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), /* @__PURE__ */ (0, import_chunk_CLN36EFS.number)().int()]), JSONRPCRequestSchema = (0, import_chunk_CLN36EFS.object)({
  jsonrpc: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)(JSONRPC_VERSION),
  id: RequestIdSchema,
  ...RequestSchema.shape
}).strict(), isJSONRPCRequest = (value) => JSONRPCRequestSchema.safeParse(value).success, JSONRPCNotificationSchema = (0, import_chunk_CLN36EFS.object)({
  jsonrpc: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)(JSONRPC_VERSION),
  ...NotificationSchema.shape
}).strict(), isJSONRPCNotification = (value) => JSONRPCNotificationSchema.safeParse(value).success, JSONRPCResultResponseSchema = (0, import_chunk_CLN36EFS.object)({
  jsonrpc: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)(JSONRPC_VERSION),
  id: RequestIdSchema,
  result: ResultSchema
}).strict(), isJSONRPCResultResponse = (value) => JSONRPCResultResponseSchema.safeParse(value).success, isJSONRPCResponse = isJSONRPCResultResponse, ErrorCode;
(function(ErrorCode2) {
  ErrorCode2[ErrorCode2.ConnectionClosed = -32e3] = "ConnectionClosed", ErrorCode2[ErrorCode2.RequestTimeout = -32001] = "RequestTimeout", ErrorCode2[ErrorCode2.ParseError = -32700] = "ParseError", ErrorCode2[ErrorCode2.InvalidRequest = -32600] = "InvalidRequest", ErrorCode2[ErrorCode2.MethodNotFound = -32601] = "MethodNotFound", ErrorCode2[ErrorCode2.InvalidParams = -32602] = "InvalidParams", ErrorCode2[ErrorCode2.InternalError = -32603] = "InternalError", ErrorCode2[ErrorCode2.UrlElicitationRequired = -32042] = "UrlElicitationRequired";
})(ErrorCode || (ErrorCode = {}));
var JSONRPCErrorResponseSchema = (0, import_chunk_CLN36EFS.object)({
  jsonrpc: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)(JSONRPC_VERSION),
  id: /* @__PURE__ */ RequestIdSchema.optional(),
  error: /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
    /**
     * The error type that occurred.
     */
    code: /* @__PURE__ */ (0, import_chunk_CLN36EFS.number)().int(),
    /**
     * A short description of the error. The message SHOULD be limited to a concise single sentence.
     */
    message: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
    /**
     * Additional information about the error. The value of this member is defined by the sender (e.g. detailed error information, nested errors etc.).
     */
    data: /* @__PURE__ */ (0, import_chunk_CLN36EFS.unknown)().optional()
  })
}).strict(), JSONRPCErrorSchema = JSONRPCErrorResponseSchema, isJSONRPCErrorResponse = (value) => JSONRPCErrorResponseSchema.safeParse(value).success, isJSONRPCError = isJSONRPCErrorResponse, JSONRPCMessageSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.union)([
  JSONRPCRequestSchema,
  JSONRPCNotificationSchema,
  JSONRPCResultResponseSchema,
  JSONRPCErrorResponseSchema
]), JSONRPCResponseSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.union)([JSONRPCResultResponseSchema, JSONRPCErrorResponseSchema]), EmptyResultSchema = /* @__PURE__ */ ResultSchema.strict(), CancelledNotificationParamsSchema = /* @__PURE__ */ NotificationsParamsSchema.extend({
  /**
   * The ID of the request to cancel.
   *
   * This MUST correspond to the ID of a request previously issued in the same direction.
   */
  requestId: /* @__PURE__ */ RequestIdSchema.optional(),
  /**
   * An optional string describing the reason for the cancellation. This MAY be logged or presented to the user.
   */
  reason: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional()
}), CancelledNotificationSchema = /* @__PURE__ */ NotificationSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("notifications/cancelled"),
  params: CancelledNotificationParamsSchema
}), IconSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  /**
   * URL or data URI for the icon.
   */
  src: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  /**
   * Optional MIME type for the icon.
   */
  mimeType: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional(),
  /**
   * Optional array of strings that specify sizes at which the icon can be used.
   * Each string should be in WxH format (e.g., `"48x48"`, `"96x96"`) or `"any"` for scalable formats like SVG.
   *
   * If not provided, the client should assume that the icon can be used at any size.
   */
  sizes: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()).optional(),
  /**
   * Optional specifier for the theme this icon is designed for. `light` indicates
   * the icon is designed to be used with a light background, and `dark` indicates
   * the icon is designed to be used with a dark background.
   *
   * If not provided, the client should assume the icon can be used with any theme.
   */
  theme: /* @__PURE__ */ (0, import_chunk_CLN36EFS._enum)(["light", "dark"]).optional()
}), IconsSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  /**
   * Optional set of sized icons that the client can display in a user interface.
   *
   * Clients that support rendering icons MUST support at least the following MIME types:
   * - `image/png` - PNG images (safe, universal compatibility)
   * - `image/jpeg` (and `image/jpg`) - JPEG images (safe, universal compatibility)
   *
   * Clients that support rendering icons SHOULD also support:
   * - `image/svg+xml` - SVG images (scalable but requires security precautions)
   * - `image/webp` - WebP images (modern, efficient format)
   */
  icons: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(IconSchema).optional()
}), BaseMetadataSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  /** Intended for programmatic or logical use, but used as a display name in past specs or fallback */
  name: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  /**
   * Intended for UI and end-user contexts — optimized to be human-readable and easily understood,
   * even by those unfamiliar with domain-specific terminology.
   *
   * If not provided, the name should be used for display (except for Tool,
   * where `annotations.title` should be given precedence over using `name`,
   * if present).
   */
  title: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional()
}), ImplementationSchema = /* @__PURE__ */ BaseMetadataSchema.extend({
  ...BaseMetadataSchema.shape,
  ...IconsSchema.shape,
  version: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  /**
   * An optional URL of the website for this implementation.
   */
  websiteUrl: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional(),
  /**
   * An optional human-readable description of what this implementation does.
   *
   * This can be used by clients or servers to provide context about their purpose
   * and capabilities. For example, a server might describe the types of resources
   * or tools it provides, while a client might describe its intended use case.
   */
  description: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional()
}), FormElicitationCapabilitySchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.intersection)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  applyDefaults: /* @__PURE__ */ (0, import_chunk_CLN36EFS.boolean)().optional()
}), /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), /* @__PURE__ */ (0, import_chunk_CLN36EFS.unknown)())), ElicitationCapabilitySchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.preprocess)((value) => value && typeof value == "object" && !Array.isArray(value) && Object.keys(value).length === 0 ? { form: {} } : value, /* @__PURE__ */ (0, import_chunk_CLN36EFS.intersection)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  form: /* @__PURE__ */ FormElicitationCapabilitySchema.optional(),
  url: /* @__PURE__ */ AssertObjectSchema.optional()
}), /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), /* @__PURE__ */ (0, import_chunk_CLN36EFS.unknown)()).optional())), ClientTasksCapabilitySchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.looseObject)({
  /**
   * Present if the client supports listing tasks.
   */
  list: /* @__PURE__ */ AssertObjectSchema.optional(),
  /**
   * Present if the client supports cancelling tasks.
   */
  cancel: /* @__PURE__ */ AssertObjectSchema.optional(),
  /**
   * Capabilities for task creation on specific request types.
   */
  requests: (0, import_chunk_CLN36EFS.looseObject)({
    /**
     * Task support for sampling requests.
     */
    sampling: (0, import_chunk_CLN36EFS.looseObject)({
      createMessage: /* @__PURE__ */ AssertObjectSchema.optional()
    }).optional(),
    /**
     * Task support for elicitation requests.
     */
    elicitation: (0, import_chunk_CLN36EFS.looseObject)({
      create: /* @__PURE__ */ AssertObjectSchema.optional()
    }).optional()
  }).optional()
}), ServerTasksCapabilitySchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.looseObject)({
  /**
   * Present if the server supports listing tasks.
   */
  list: /* @__PURE__ */ AssertObjectSchema.optional(),
  /**
   * Present if the server supports cancelling tasks.
   */
  cancel: /* @__PURE__ */ AssertObjectSchema.optional(),
  /**
   * Capabilities for task creation on specific request types.
   */
  requests: (0, import_chunk_CLN36EFS.looseObject)({
    /**
     * Task support for tool requests.
     */
    tools: (0, import_chunk_CLN36EFS.looseObject)({
      call: /* @__PURE__ */ AssertObjectSchema.optional()
    }).optional()
  }).optional()
}), ClientCapabilitiesSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  /**
   * Experimental, non-standard capabilities that the client supports.
   */
  experimental: /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), AssertObjectSchema).optional(),
  /**
   * Present if the client supports sampling from an LLM.
   */
  sampling: (0, import_chunk_CLN36EFS.object)({
    /**
     * Present if the client supports context inclusion via includeContext parameter.
     * If not declared, servers SHOULD only use `includeContext: "none"` (or omit it).
     */
    context: /* @__PURE__ */ AssertObjectSchema.optional(),
    /**
     * Present if the client supports tool use via tools and toolChoice parameters.
     */
    tools: /* @__PURE__ */ AssertObjectSchema.optional()
  }).optional(),
  /**
   * Present if the client supports eliciting user input.
   */
  elicitation: /* @__PURE__ */ ElicitationCapabilitySchema.optional(),
  /**
   * Present if the client supports listing roots.
   */
  roots: (0, import_chunk_CLN36EFS.object)({
    /**
     * Whether the client supports issuing notifications for changes to the roots list.
     */
    listChanged: /* @__PURE__ */ (0, import_chunk_CLN36EFS.boolean)().optional()
  }).optional(),
  /**
   * Present if the client supports task creation.
   */
  tasks: /* @__PURE__ */ ClientTasksCapabilitySchema.optional(),
  /**
   * Extensions that the client supports. Keys are extension identifiers (vendor-prefix/extension-name).
   */
  extensions: /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), AssertObjectSchema).optional()
}), InitializeRequestParamsSchema = /* @__PURE__ */ BaseRequestParamsSchema.extend({
  /**
   * The latest version of the Model Context Protocol that the client supports. The client MAY decide to support older versions as well.
   */
  protocolVersion: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  capabilities: ClientCapabilitiesSchema,
  clientInfo: ImplementationSchema
}), InitializeRequestSchema = /* @__PURE__ */ RequestSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("initialize"),
  params: InitializeRequestParamsSchema
}), isInitializeRequest = (value) => InitializeRequestSchema.safeParse(value).success, ServerCapabilitiesSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  /**
   * Experimental, non-standard capabilities that the server supports.
   */
  experimental: /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), AssertObjectSchema).optional(),
  /**
   * Present if the server supports sending log messages to the client.
   */
  logging: /* @__PURE__ */ AssertObjectSchema.optional(),
  /**
   * Present if the server supports sending completions to the client.
   */
  completions: /* @__PURE__ */ AssertObjectSchema.optional(),
  /**
   * Present if the server offers any prompt templates.
   */
  prompts: (0, import_chunk_CLN36EFS.object)({
    /**
     * Whether this server supports issuing notifications for changes to the prompt list.
     */
    listChanged: /* @__PURE__ */ (0, import_chunk_CLN36EFS.boolean)().optional()
  }).optional(),
  /**
   * Present if the server offers any resources to read.
   */
  resources: (0, import_chunk_CLN36EFS.object)({
    /**
     * Whether this server supports clients subscribing to resource updates.
     */
    subscribe: /* @__PURE__ */ (0, import_chunk_CLN36EFS.boolean)().optional(),
    /**
     * Whether this server supports issuing notifications for changes to the resource list.
     */
    listChanged: /* @__PURE__ */ (0, import_chunk_CLN36EFS.boolean)().optional()
  }).optional(),
  /**
   * Present if the server offers any tools to call.
   */
  tools: (0, import_chunk_CLN36EFS.object)({
    /**
     * Whether this server supports issuing notifications for changes to the tool list.
     */
    listChanged: /* @__PURE__ */ (0, import_chunk_CLN36EFS.boolean)().optional()
  }).optional(),
  /**
   * Present if the server supports task creation.
   */
  tasks: /* @__PURE__ */ ServerTasksCapabilitySchema.optional(),
  /**
   * Extensions that the server supports. Keys are extension identifiers (vendor-prefix/extension-name).
   */
  extensions: /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), AssertObjectSchema).optional()
}), InitializeResultSchema = /* @__PURE__ */ ResultSchema.extend({
  /**
   * The version of the Model Context Protocol that the server wants to use. This may not match the version that the client requested. If the client cannot support this version, it MUST disconnect.
   */
  protocolVersion: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  capabilities: ServerCapabilitiesSchema,
  serverInfo: ImplementationSchema,
  /**
   * Instructions describing how to use the server and its features.
   *
   * This can be used by clients to improve the LLM's understanding of available tools, resources, etc. It can be thought of like a "hint" to the model. For example, this information MAY be added to the system prompt.
   */
  instructions: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional()
}), InitializedNotificationSchema = /* @__PURE__ */ NotificationSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("notifications/initialized"),
  params: /* @__PURE__ */ NotificationsParamsSchema.optional()
}), isInitializedNotification = (value) => InitializedNotificationSchema.safeParse(value).success, PingRequestSchema = /* @__PURE__ */ RequestSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("ping"),
  params: /* @__PURE__ */ BaseRequestParamsSchema.optional()
}), ProgressSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  /**
   * The progress thus far. This should increase every time progress is made, even if the total is unknown.
   */
  progress: /* @__PURE__ */ (0, import_chunk_CLN36EFS.number)(),
  /**
   * Total number of items to process (or total progress required), if known.
   */
  total: /* @__PURE__ */ (0, import_chunk_CLN36EFS.optional)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.number)()),
  /**
   * An optional message describing the current progress.
   */
  message: /* @__PURE__ */ (0, import_chunk_CLN36EFS.optional)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)())
}), ProgressNotificationParamsSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  ...NotificationsParamsSchema.shape,
  ...ProgressSchema.shape,
  /**
   * The progress token which was given in the initial request, used to associate this notification with the request that is proceeding.
   */
  progressToken: ProgressTokenSchema
}), ProgressNotificationSchema = /* @__PURE__ */ NotificationSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("notifications/progress"),
  params: ProgressNotificationParamsSchema
}), PaginatedRequestParamsSchema = /* @__PURE__ */ BaseRequestParamsSchema.extend({
  /**
   * An opaque token representing the current pagination position.
   * If provided, the server should return results starting after this cursor.
   */
  cursor: /* @__PURE__ */ CursorSchema.optional()
}), PaginatedRequestSchema = /* @__PURE__ */ RequestSchema.extend({
  params: /* @__PURE__ */ PaginatedRequestParamsSchema.optional()
}), PaginatedResultSchema = /* @__PURE__ */ ResultSchema.extend({
  /**
   * An opaque token representing the pagination position after the last returned result.
   * If present, there may be more results available.
   */
  nextCursor: /* @__PURE__ */ CursorSchema.optional()
}), TaskStatusSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS._enum)(["working", "input_required", "completed", "failed", "cancelled"]), TaskSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  taskId: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  status: TaskStatusSchema,
  /**
   * Time in milliseconds to keep task results available after completion.
   * If null, the task has unlimited lifetime until manually cleaned up.
   */
  ttl: /* @__PURE__ */ (0, import_chunk_CLN36EFS.union)([/* @__PURE__ */ (0, import_chunk_CLN36EFS.number)(), /* @__PURE__ */ (0, import_chunk_CLN36EFS._null)()]),
  /**
   * ISO 8601 timestamp when the task was created.
   */
  createdAt: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  /**
   * ISO 8601 timestamp when the task was last updated.
   */
  lastUpdatedAt: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  pollInterval: /* @__PURE__ */ (0, import_chunk_CLN36EFS.optional)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.number)()),
  /**
   * Optional diagnostic message for failed tasks or other status information.
   */
  statusMessage: /* @__PURE__ */ (0, import_chunk_CLN36EFS.optional)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)())
}), CreateTaskResultSchema = /* @__PURE__ */ ResultSchema.extend({
  task: TaskSchema
}), TaskStatusNotificationParamsSchema = /* @__PURE__ */ NotificationsParamsSchema.merge(TaskSchema), TaskStatusNotificationSchema = /* @__PURE__ */ NotificationSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("notifications/tasks/status"),
  params: TaskStatusNotificationParamsSchema
}), GetTaskRequestSchema = /* @__PURE__ */ RequestSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("tasks/get"),
  params: /* @__PURE__ */ BaseRequestParamsSchema.extend({
    taskId: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()
  })
}), GetTaskResultSchema = /* @__PURE__ */ ResultSchema.merge(TaskSchema), GetTaskPayloadRequestSchema = /* @__PURE__ */ RequestSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("tasks/result"),
  params: /* @__PURE__ */ BaseRequestParamsSchema.extend({
    taskId: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()
  })
}), GetTaskPayloadResultSchema = /* @__PURE__ */ ResultSchema.loose(), ListTasksRequestSchema = /* @__PURE__ */ PaginatedRequestSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("tasks/list")
}), ListTasksResultSchema = /* @__PURE__ */ PaginatedResultSchema.extend({
  tasks: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(TaskSchema)
}), CancelTaskRequestSchema = /* @__PURE__ */ RequestSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("tasks/cancel"),
  params: /* @__PURE__ */ BaseRequestParamsSchema.extend({
    taskId: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()
  })
}), CancelTaskResultSchema = /* @__PURE__ */ ResultSchema.merge(TaskSchema), ResourceContentsSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  /**
   * The URI of this resource.
   */
  uri: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  /**
   * The MIME type of this resource, if known.
   */
  mimeType: /* @__PURE__ */ (0, import_chunk_CLN36EFS.optional)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()),
  /**
   * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
   * for notes on _meta usage.
   */
  _meta: /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), /* @__PURE__ */ (0, import_chunk_CLN36EFS.unknown)()).optional()
}), TextResourceContentsSchema = /* @__PURE__ */ ResourceContentsSchema.extend({
  /**
   * The text of the item. This must only be set if the item can actually be represented as text (not binary data).
   */
  text: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()
}), Base64Schema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().refine((val) => {
  try {
    return atob(val), !0;
  } catch {
    return !1;
  }
}, { message: "Invalid Base64 string" }), BlobResourceContentsSchema = /* @__PURE__ */ ResourceContentsSchema.extend({
  /**
   * A base64-encoded string representing the binary data of the item.
   */
  blob: Base64Schema
}), RoleSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS._enum)(["user", "assistant"]), AnnotationsSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  /**
   * Intended audience(s) for the resource.
   */
  audience: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(RoleSchema).optional(),
  /**
   * Importance hint for the resource, from 0 (least) to 1 (most).
   */
  priority: /* @__PURE__ */ (0, import_chunk_CLN36EFS.number)().min(0).max(1).optional(),
  /**
   * ISO 8601 timestamp for the most recent modification.
   */
  lastModified: iso_exports.datetime({ offset: !0 }).optional()
}), ResourceSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  ...BaseMetadataSchema.shape,
  ...IconsSchema.shape,
  /**
   * The URI of this resource.
   */
  uri: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  /**
   * A description of what this resource represents.
   *
   * This can be used by clients to improve the LLM's understanding of available resources. It can be thought of like a "hint" to the model.
   */
  description: /* @__PURE__ */ (0, import_chunk_CLN36EFS.optional)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()),
  /**
   * The MIME type of this resource, if known.
   */
  mimeType: /* @__PURE__ */ (0, import_chunk_CLN36EFS.optional)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()),
  /**
   * The size of the raw resource content, in bytes (i.e., before base64 encoding or any tokenization), if known.
   *
   * This can be used by Hosts to display file sizes and estimate context window usage.
   */
  size: /* @__PURE__ */ (0, import_chunk_CLN36EFS.optional)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.number)()),
  /**
   * Optional annotations for the client.
   */
  annotations: /* @__PURE__ */ AnnotationsSchema.optional(),
  /**
   * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
   * for notes on _meta usage.
   */
  _meta: /* @__PURE__ */ (0, import_chunk_CLN36EFS.optional)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.looseObject)({}))
}), ResourceTemplateSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  ...BaseMetadataSchema.shape,
  ...IconsSchema.shape,
  /**
   * A URI template (according to RFC 6570) that can be used to construct resource URIs.
   */
  uriTemplate: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  /**
   * A description of what this template is for.
   *
   * This can be used by clients to improve the LLM's understanding of available resources. It can be thought of like a "hint" to the model.
   */
  description: /* @__PURE__ */ (0, import_chunk_CLN36EFS.optional)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()),
  /**
   * The MIME type for all resources that match this template. This should only be included if all resources matching this template have the same type.
   */
  mimeType: /* @__PURE__ */ (0, import_chunk_CLN36EFS.optional)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()),
  /**
   * Optional annotations for the client.
   */
  annotations: /* @__PURE__ */ AnnotationsSchema.optional(),
  /**
   * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
   * for notes on _meta usage.
   */
  _meta: /* @__PURE__ */ (0, import_chunk_CLN36EFS.optional)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.looseObject)({}))
}), ListResourcesRequestSchema = /* @__PURE__ */ PaginatedRequestSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("resources/list")
}), ListResourcesResultSchema = /* @__PURE__ */ PaginatedResultSchema.extend({
  resources: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(ResourceSchema)
}), ListResourceTemplatesRequestSchema = /* @__PURE__ */ PaginatedRequestSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("resources/templates/list")
}), ListResourceTemplatesResultSchema = /* @__PURE__ */ PaginatedResultSchema.extend({
  resourceTemplates: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(ResourceTemplateSchema)
}), ResourceRequestParamsSchema = /* @__PURE__ */ BaseRequestParamsSchema.extend({
  /**
   * The URI of the resource to read. The URI can use any protocol; it is up to the server how to interpret it.
   *
   * @format uri
   */
  uri: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()
}), ReadResourceRequestParamsSchema = ResourceRequestParamsSchema, ReadResourceRequestSchema = /* @__PURE__ */ RequestSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("resources/read"),
  params: ReadResourceRequestParamsSchema
}), ReadResourceResultSchema = /* @__PURE__ */ ResultSchema.extend({
  contents: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.union)([TextResourceContentsSchema, BlobResourceContentsSchema]))
}), ResourceListChangedNotificationSchema = /* @__PURE__ */ NotificationSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("notifications/resources/list_changed"),
  params: /* @__PURE__ */ NotificationsParamsSchema.optional()
}), SubscribeRequestParamsSchema = ResourceRequestParamsSchema, SubscribeRequestSchema = /* @__PURE__ */ RequestSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("resources/subscribe"),
  params: SubscribeRequestParamsSchema
}), UnsubscribeRequestParamsSchema = ResourceRequestParamsSchema, UnsubscribeRequestSchema = /* @__PURE__ */ RequestSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("resources/unsubscribe"),
  params: UnsubscribeRequestParamsSchema
}), ResourceUpdatedNotificationParamsSchema = /* @__PURE__ */ NotificationsParamsSchema.extend({
  /**
   * The URI of the resource that has been updated. This might be a sub-resource of the one that the client actually subscribed to.
   */
  uri: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()
}), ResourceUpdatedNotificationSchema = /* @__PURE__ */ NotificationSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("notifications/resources/updated"),
  params: ResourceUpdatedNotificationParamsSchema
}), PromptArgumentSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  /**
   * The name of the argument.
   */
  name: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  /**
   * A human-readable description of the argument.
   */
  description: /* @__PURE__ */ (0, import_chunk_CLN36EFS.optional)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()),
  /**
   * Whether this argument must be provided.
   */
  required: /* @__PURE__ */ (0, import_chunk_CLN36EFS.optional)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.boolean)())
}), PromptSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  ...BaseMetadataSchema.shape,
  ...IconsSchema.shape,
  /**
   * An optional description of what this prompt provides
   */
  description: /* @__PURE__ */ (0, import_chunk_CLN36EFS.optional)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()),
  /**
   * A list of arguments to use for templating the prompt.
   */
  arguments: /* @__PURE__ */ (0, import_chunk_CLN36EFS.optional)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(PromptArgumentSchema)),
  /**
   * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
   * for notes on _meta usage.
   */
  _meta: /* @__PURE__ */ (0, import_chunk_CLN36EFS.optional)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.looseObject)({}))
}), ListPromptsRequestSchema = /* @__PURE__ */ PaginatedRequestSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("prompts/list")
}), ListPromptsResultSchema = /* @__PURE__ */ PaginatedResultSchema.extend({
  prompts: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(PromptSchema)
}), GetPromptRequestParamsSchema = /* @__PURE__ */ BaseRequestParamsSchema.extend({
  /**
   * The name of the prompt or prompt template.
   */
  name: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  /**
   * Arguments to use for templating the prompt.
   */
  arguments: /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()).optional()
}), GetPromptRequestSchema = /* @__PURE__ */ RequestSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("prompts/get"),
  params: GetPromptRequestParamsSchema
}), TextContentSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  type: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("text"),
  /**
   * The text content of the message.
   */
  text: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  /**
   * Optional annotations for the client.
   */
  annotations: /* @__PURE__ */ AnnotationsSchema.optional(),
  /**
   * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
   * for notes on _meta usage.
   */
  _meta: /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), /* @__PURE__ */ (0, import_chunk_CLN36EFS.unknown)()).optional()
}), ImageContentSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  type: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("image"),
  /**
   * The base64-encoded image data.
   */
  data: Base64Schema,
  /**
   * The MIME type of the image. Different providers may support different image types.
   */
  mimeType: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  /**
   * Optional annotations for the client.
   */
  annotations: /* @__PURE__ */ AnnotationsSchema.optional(),
  /**
   * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
   * for notes on _meta usage.
   */
  _meta: /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), /* @__PURE__ */ (0, import_chunk_CLN36EFS.unknown)()).optional()
}), AudioContentSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  type: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("audio"),
  /**
   * The base64-encoded audio data.
   */
  data: Base64Schema,
  /**
   * The MIME type of the audio. Different providers may support different audio types.
   */
  mimeType: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  /**
   * Optional annotations for the client.
   */
  annotations: /* @__PURE__ */ AnnotationsSchema.optional(),
  /**
   * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
   * for notes on _meta usage.
   */
  _meta: /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), /* @__PURE__ */ (0, import_chunk_CLN36EFS.unknown)()).optional()
}), ToolUseContentSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  type: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("tool_use"),
  /**
   * The name of the tool to invoke.
   * Must match a tool name from the request's tools array.
   */
  name: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  /**
   * Unique identifier for this tool call.
   * Used to correlate with ToolResultContent in subsequent messages.
   */
  id: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  /**
   * Arguments to pass to the tool.
   * Must conform to the tool's inputSchema.
   */
  input: /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), /* @__PURE__ */ (0, import_chunk_CLN36EFS.unknown)()),
  /**
   * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
   * for notes on _meta usage.
   */
  _meta: /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), /* @__PURE__ */ (0, import_chunk_CLN36EFS.unknown)()).optional()
}), EmbeddedResourceSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  type: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("resource"),
  resource: /* @__PURE__ */ (0, import_chunk_CLN36EFS.union)([TextResourceContentsSchema, BlobResourceContentsSchema]),
  /**
   * Optional annotations for the client.
   */
  annotations: /* @__PURE__ */ AnnotationsSchema.optional(),
  /**
   * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
   * for notes on _meta usage.
   */
  _meta: /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), /* @__PURE__ */ (0, import_chunk_CLN36EFS.unknown)()).optional()
}), ResourceLinkSchema = /* @__PURE__ */ ResourceSchema.extend({
  type: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("resource_link")
}), ContentBlockSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.union)([
  TextContentSchema,
  ImageContentSchema,
  AudioContentSchema,
  ResourceLinkSchema,
  EmbeddedResourceSchema
]), PromptMessageSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  role: RoleSchema,
  content: ContentBlockSchema
}), GetPromptResultSchema = /* @__PURE__ */ ResultSchema.extend({
  /**
   * An optional description for the prompt.
   */
  description: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional(),
  messages: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(PromptMessageSchema)
}), PromptListChangedNotificationSchema = /* @__PURE__ */ NotificationSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("notifications/prompts/list_changed"),
  params: /* @__PURE__ */ NotificationsParamsSchema.optional()
}), ToolAnnotationsSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  /**
   * A human-readable title for the tool.
   */
  title: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional(),
  /**
   * If true, the tool does not modify its environment.
   *
   * Default: false
   */
  readOnlyHint: /* @__PURE__ */ (0, import_chunk_CLN36EFS.boolean)().optional(),
  /**
   * If true, the tool may perform destructive updates to its environment.
   * If false, the tool performs only additive updates.
   *
   * (This property is meaningful only when `readOnlyHint == false`)
   *
   * Default: true
   */
  destructiveHint: /* @__PURE__ */ (0, import_chunk_CLN36EFS.boolean)().optional(),
  /**
   * If true, calling the tool repeatedly with the same arguments
   * will have no additional effect on the its environment.
   *
   * (This property is meaningful only when `readOnlyHint == false`)
   *
   * Default: false
   */
  idempotentHint: /* @__PURE__ */ (0, import_chunk_CLN36EFS.boolean)().optional(),
  /**
   * If true, this tool may interact with an "open world" of external
   * entities. If false, the tool's domain of interaction is closed.
   * For example, the world of a web search tool is open, whereas that
   * of a memory tool is not.
   *
   * Default: true
   */
  openWorldHint: /* @__PURE__ */ (0, import_chunk_CLN36EFS.boolean)().optional()
}), ToolExecutionSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  /**
   * Indicates the tool's preference for task-augmented execution.
   * - "required": Clients MUST invoke the tool as a task
   * - "optional": Clients MAY invoke the tool as a task or normal request
   * - "forbidden": Clients MUST NOT attempt to invoke the tool as a task
   *
   * If not present, defaults to "forbidden".
   */
  taskSupport: /* @__PURE__ */ (0, import_chunk_CLN36EFS._enum)(["required", "optional", "forbidden"]).optional()
}), ToolSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  ...BaseMetadataSchema.shape,
  ...IconsSchema.shape,
  /**
   * A human-readable description of the tool.
   */
  description: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional(),
  /**
   * A JSON Schema 2020-12 object defining the expected parameters for the tool.
   * Must have type: 'object' at the root level per MCP spec.
   */
  inputSchema: (0, import_chunk_CLN36EFS.object)({
    type: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("object"),
    properties: /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), AssertObjectSchema).optional(),
    required: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()).optional()
  }).catchall(/* @__PURE__ */ (0, import_chunk_CLN36EFS.unknown)()),
  /**
   * An optional JSON Schema 2020-12 object defining the structure of the tool's output
   * returned in the structuredContent field of a CallToolResult.
   * Must have type: 'object' at the root level per MCP spec.
   */
  outputSchema: (0, import_chunk_CLN36EFS.object)({
    type: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("object"),
    properties: /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), AssertObjectSchema).optional(),
    required: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()).optional()
  }).catchall(/* @__PURE__ */ (0, import_chunk_CLN36EFS.unknown)()).optional(),
  /**
   * Optional additional tool information.
   */
  annotations: /* @__PURE__ */ ToolAnnotationsSchema.optional(),
  /**
   * Execution-related properties for this tool.
   */
  execution: /* @__PURE__ */ ToolExecutionSchema.optional(),
  /**
   * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
   * for notes on _meta usage.
   */
  _meta: /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), /* @__PURE__ */ (0, import_chunk_CLN36EFS.unknown)()).optional()
}), ListToolsRequestSchema = /* @__PURE__ */ PaginatedRequestSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("tools/list")
}), ListToolsResultSchema = /* @__PURE__ */ PaginatedResultSchema.extend({
  tools: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(ToolSchema)
}), CallToolResultSchema = /* @__PURE__ */ ResultSchema.extend({
  /**
   * A list of content objects that represent the result of the tool call.
   *
   * If the Tool does not define an outputSchema, this field MUST be present in the result.
   * For backwards compatibility, this field is always present, but it may be empty.
   */
  content: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(ContentBlockSchema).default([]),
  /**
   * An object containing structured tool output.
   *
   * If the Tool defines an outputSchema, this field MUST be present in the result, and contain a JSON object that matches the schema.
   */
  structuredContent: /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), /* @__PURE__ */ (0, import_chunk_CLN36EFS.unknown)()).optional(),
  /**
   * Whether the tool call ended in an error.
   *
   * If not set, this is assumed to be false (the call was successful).
   *
   * Any errors that originate from the tool SHOULD be reported inside the result
   * object, with `isError` set to true, _not_ as an MCP protocol-level error
   * response. Otherwise, the LLM would not be able to see that an error occurred
   * and self-correct.
   *
   * However, any errors in _finding_ the tool, an error indicating that the
   * server does not support tool calls, or any other exceptional conditions,
   * should be reported as an MCP error response.
   */
  isError: /* @__PURE__ */ (0, import_chunk_CLN36EFS.boolean)().optional()
}), CompatibilityCallToolResultSchema = /* @__PURE__ */ CallToolResultSchema.or(/* @__PURE__ */ ResultSchema.extend({
  toolResult: /* @__PURE__ */ (0, import_chunk_CLN36EFS.unknown)()
})), CallToolRequestParamsSchema = /* @__PURE__ */ TaskAugmentedRequestParamsSchema.extend({
  /**
   * The name of the tool to call.
   */
  name: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  /**
   * Arguments to pass to the tool.
   */
  arguments: /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), /* @__PURE__ */ (0, import_chunk_CLN36EFS.unknown)()).optional()
}), CallToolRequestSchema = /* @__PURE__ */ RequestSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("tools/call"),
  params: CallToolRequestParamsSchema
}), ToolListChangedNotificationSchema = /* @__PURE__ */ NotificationSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("notifications/tools/list_changed"),
  params: /* @__PURE__ */ NotificationsParamsSchema.optional()
}), ListChangedOptionsBaseSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  /**
   * If true, the list will be refreshed automatically when a list changed notification is received.
   * The callback will be called with the updated list.
   *
   * If false, the callback will be called with null items, allowing manual refresh.
   *
   * @default true
   */
  autoRefresh: /* @__PURE__ */ (0, import_chunk_CLN36EFS.boolean)().default(!0),
  /**
   * Debounce time in milliseconds for list changed notification processing.
   *
   * Multiple notifications received within this timeframe will only trigger one refresh.
   * Set to 0 to disable debouncing.
   *
   * @default 300
   */
  debounceMs: /* @__PURE__ */ (0, import_chunk_CLN36EFS.number)().int().nonnegative().default(300)
}), LoggingLevelSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS._enum)(["debug", "info", "notice", "warning", "error", "critical", "alert", "emergency"]), SetLevelRequestParamsSchema = /* @__PURE__ */ BaseRequestParamsSchema.extend({
  /**
   * The level of logging that the client wants to receive from the server. The server should send all logs at this level and higher (i.e., more severe) to the client as notifications/logging/message.
   */
  level: LoggingLevelSchema
}), SetLevelRequestSchema = /* @__PURE__ */ RequestSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("logging/setLevel"),
  params: SetLevelRequestParamsSchema
}), LoggingMessageNotificationParamsSchema = /* @__PURE__ */ NotificationsParamsSchema.extend({
  /**
   * The severity of this log message.
   */
  level: LoggingLevelSchema,
  /**
   * An optional name of the logger issuing this message.
   */
  logger: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional(),
  /**
   * The data to be logged, such as a string message or an object. Any JSON serializable type is allowed here.
   */
  data: /* @__PURE__ */ (0, import_chunk_CLN36EFS.unknown)()
}), LoggingMessageNotificationSchema = /* @__PURE__ */ NotificationSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("notifications/message"),
  params: LoggingMessageNotificationParamsSchema
}), ModelHintSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  /**
   * A hint for a model name.
   */
  name: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional()
}), ModelPreferencesSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  /**
   * Optional hints to use for model selection.
   */
  hints: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(ModelHintSchema).optional(),
  /**
   * How much to prioritize cost when selecting a model.
   */
  costPriority: /* @__PURE__ */ (0, import_chunk_CLN36EFS.number)().min(0).max(1).optional(),
  /**
   * How much to prioritize sampling speed (latency) when selecting a model.
   */
  speedPriority: /* @__PURE__ */ (0, import_chunk_CLN36EFS.number)().min(0).max(1).optional(),
  /**
   * How much to prioritize intelligence and capabilities when selecting a model.
   */
  intelligencePriority: /* @__PURE__ */ (0, import_chunk_CLN36EFS.number)().min(0).max(1).optional()
}), ToolChoiceSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  /**
   * Controls when tools are used:
   * - "auto": Model decides whether to use tools (default)
   * - "required": Model MUST use at least one tool before completing
   * - "none": Model MUST NOT use any tools
   */
  mode: /* @__PURE__ */ (0, import_chunk_CLN36EFS._enum)(["auto", "required", "none"]).optional()
}), ToolResultContentSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  type: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("tool_result"),
  toolUseId: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().describe("The unique identifier for the corresponding tool call."),
  content: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(ContentBlockSchema).default([]),
  structuredContent: /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({}).loose().optional(),
  isError: /* @__PURE__ */ (0, import_chunk_CLN36EFS.boolean)().optional(),
  /**
   * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
   * for notes on _meta usage.
   */
  _meta: /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), /* @__PURE__ */ (0, import_chunk_CLN36EFS.unknown)()).optional()
}), SamplingContentSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.discriminatedUnion)("type", [TextContentSchema, ImageContentSchema, AudioContentSchema]), SamplingMessageContentBlockSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.discriminatedUnion)("type", [
  TextContentSchema,
  ImageContentSchema,
  AudioContentSchema,
  ToolUseContentSchema,
  ToolResultContentSchema
]), SamplingMessageSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  role: RoleSchema,
  content: /* @__PURE__ */ (0, import_chunk_CLN36EFS.union)([SamplingMessageContentBlockSchema, /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(SamplingMessageContentBlockSchema)]),
  /**
   * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
   * for notes on _meta usage.
   */
  _meta: /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), /* @__PURE__ */ (0, import_chunk_CLN36EFS.unknown)()).optional()
}), CreateMessageRequestParamsSchema = /* @__PURE__ */ TaskAugmentedRequestParamsSchema.extend({
  messages: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(SamplingMessageSchema),
  /**
   * The server's preferences for which model to select. The client MAY modify or omit this request.
   */
  modelPreferences: /* @__PURE__ */ ModelPreferencesSchema.optional(),
  /**
   * An optional system prompt the server wants to use for sampling. The client MAY modify or omit this prompt.
   */
  systemPrompt: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional(),
  /**
   * A request to include context from one or more MCP servers (including the caller), to be attached to the prompt.
   * The client MAY ignore this request.
   *
   * Default is "none". Values "thisServer" and "allServers" are soft-deprecated. Servers SHOULD only use these values if the client
   * declares ClientCapabilities.sampling.context. These values may be removed in future spec releases.
   */
  includeContext: /* @__PURE__ */ (0, import_chunk_CLN36EFS._enum)(["none", "thisServer", "allServers"]).optional(),
  temperature: /* @__PURE__ */ (0, import_chunk_CLN36EFS.number)().optional(),
  /**
   * The requested maximum number of tokens to sample (to prevent runaway completions).
   *
   * The client MAY choose to sample fewer tokens than the requested maximum.
   */
  maxTokens: /* @__PURE__ */ (0, import_chunk_CLN36EFS.number)().int(),
  stopSequences: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()).optional(),
  /**
   * Optional metadata to pass through to the LLM provider. The format of this metadata is provider-specific.
   */
  metadata: /* @__PURE__ */ AssertObjectSchema.optional(),
  /**
   * Tools that the model may use during generation.
   * The client MUST return an error if this field is provided but ClientCapabilities.sampling.tools is not declared.
   */
  tools: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(ToolSchema).optional(),
  /**
   * Controls how the model uses tools.
   * The client MUST return an error if this field is provided but ClientCapabilities.sampling.tools is not declared.
   * Default is `{ mode: "auto" }`.
   */
  toolChoice: /* @__PURE__ */ ToolChoiceSchema.optional()
}), CreateMessageRequestSchema = /* @__PURE__ */ RequestSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("sampling/createMessage"),
  params: CreateMessageRequestParamsSchema
}), CreateMessageResultSchema = /* @__PURE__ */ ResultSchema.extend({
  /**
   * The name of the model that generated the message.
   */
  model: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  /**
   * The reason why sampling stopped, if known.
   *
   * Standard values:
   * - "endTurn": Natural end of the assistant's turn
   * - "stopSequence": A stop sequence was encountered
   * - "maxTokens": Maximum token limit was reached
   *
   * This field is an open string to allow for provider-specific stop reasons.
   */
  stopReason: /* @__PURE__ */ (0, import_chunk_CLN36EFS.optional)(/* @__PURE__ */ (0, import_chunk_CLN36EFS._enum)(["endTurn", "stopSequence", "maxTokens"]).or(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)())),
  role: RoleSchema,
  /**
   * Response content. Single content block (text, image, or audio).
   */
  content: SamplingContentSchema
}), CreateMessageResultWithToolsSchema = /* @__PURE__ */ ResultSchema.extend({
  /**
   * The name of the model that generated the message.
   */
  model: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  /**
   * The reason why sampling stopped, if known.
   *
   * Standard values:
   * - "endTurn": Natural end of the assistant's turn
   * - "stopSequence": A stop sequence was encountered
   * - "maxTokens": Maximum token limit was reached
   * - "toolUse": The model wants to use one or more tools
   *
   * This field is an open string to allow for provider-specific stop reasons.
   */
  stopReason: /* @__PURE__ */ (0, import_chunk_CLN36EFS.optional)(/* @__PURE__ */ (0, import_chunk_CLN36EFS._enum)(["endTurn", "stopSequence", "maxTokens", "toolUse"]).or(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)())),
  role: RoleSchema,
  /**
   * Response content. May be a single block or array. May include ToolUseContent if stopReason is "toolUse".
   */
  content: /* @__PURE__ */ (0, import_chunk_CLN36EFS.union)([SamplingMessageContentBlockSchema, /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(SamplingMessageContentBlockSchema)])
}), BooleanSchemaSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  type: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("boolean"),
  title: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional(),
  description: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional(),
  default: /* @__PURE__ */ (0, import_chunk_CLN36EFS.boolean)().optional()
}), StringSchemaSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  type: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("string"),
  title: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional(),
  description: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional(),
  minLength: /* @__PURE__ */ (0, import_chunk_CLN36EFS.number)().optional(),
  maxLength: /* @__PURE__ */ (0, import_chunk_CLN36EFS.number)().optional(),
  format: /* @__PURE__ */ (0, import_chunk_CLN36EFS._enum)(["email", "uri", "date", "date-time"]).optional(),
  default: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional()
}), NumberSchemaSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  type: /* @__PURE__ */ (0, import_chunk_CLN36EFS._enum)(["number", "integer"]),
  title: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional(),
  description: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional(),
  minimum: /* @__PURE__ */ (0, import_chunk_CLN36EFS.number)().optional(),
  maximum: /* @__PURE__ */ (0, import_chunk_CLN36EFS.number)().optional(),
  default: /* @__PURE__ */ (0, import_chunk_CLN36EFS.number)().optional()
}), UntitledSingleSelectEnumSchemaSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  type: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("string"),
  title: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional(),
  description: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional(),
  enum: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()),
  default: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional()
}), TitledSingleSelectEnumSchemaSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  type: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("string"),
  title: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional(),
  description: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional(),
  oneOf: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
    const: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
    title: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()
  })),
  default: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional()
}), LegacyTitledEnumSchemaSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  type: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("string"),
  title: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional(),
  description: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional(),
  enum: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()),
  enumNames: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()).optional(),
  default: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional()
}), SingleSelectEnumSchemaSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.union)([UntitledSingleSelectEnumSchemaSchema, TitledSingleSelectEnumSchemaSchema]), UntitledMultiSelectEnumSchemaSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  type: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("array"),
  title: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional(),
  description: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional(),
  minItems: /* @__PURE__ */ (0, import_chunk_CLN36EFS.number)().optional(),
  maxItems: /* @__PURE__ */ (0, import_chunk_CLN36EFS.number)().optional(),
  items: /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
    type: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("string"),
    enum: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)())
  }),
  default: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()).optional()
}), TitledMultiSelectEnumSchemaSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  type: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("array"),
  title: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional(),
  description: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional(),
  minItems: /* @__PURE__ */ (0, import_chunk_CLN36EFS.number)().optional(),
  maxItems: /* @__PURE__ */ (0, import_chunk_CLN36EFS.number)().optional(),
  items: /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
    anyOf: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
      const: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
      title: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()
    }))
  }),
  default: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()).optional()
}), MultiSelectEnumSchemaSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.union)([UntitledMultiSelectEnumSchemaSchema, TitledMultiSelectEnumSchemaSchema]), EnumSchemaSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.union)([LegacyTitledEnumSchemaSchema, SingleSelectEnumSchemaSchema, MultiSelectEnumSchemaSchema]), PrimitiveSchemaDefinitionSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.union)([EnumSchemaSchema, BooleanSchemaSchema, StringSchemaSchema, NumberSchemaSchema]), ElicitRequestFormParamsSchema = /* @__PURE__ */ TaskAugmentedRequestParamsSchema.extend({
  /**
   * The elicitation mode.
   *
   * Optional for backward compatibility. Clients MUST treat missing mode as "form".
   */
  mode: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("form").optional(),
  /**
   * The message to present to the user describing what information is being requested.
   */
  message: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  /**
   * A restricted subset of JSON Schema.
   * Only top-level properties are allowed, without nesting.
   */
  requestedSchema: /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
    type: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("object"),
    properties: /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), PrimitiveSchemaDefinitionSchema),
    required: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()).optional()
  })
}), ElicitRequestURLParamsSchema = /* @__PURE__ */ TaskAugmentedRequestParamsSchema.extend({
  /**
   * The elicitation mode.
   */
  mode: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("url"),
  /**
   * The message to present to the user explaining why the interaction is needed.
   */
  message: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  /**
   * The ID of the elicitation, which must be unique within the context of the server.
   * The client MUST treat this ID as an opaque value.
   */
  elicitationId: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
  /**
   * The URL that the user should navigate to.
   */
  url: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().url()
}), ElicitRequestParamsSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.union)([ElicitRequestFormParamsSchema, ElicitRequestURLParamsSchema]), ElicitRequestSchema = /* @__PURE__ */ RequestSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("elicitation/create"),
  params: ElicitRequestParamsSchema
}), ElicitationCompleteNotificationParamsSchema = /* @__PURE__ */ NotificationsParamsSchema.extend({
  /**
   * The ID of the elicitation that completed.
   */
  elicitationId: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()
}), ElicitationCompleteNotificationSchema = /* @__PURE__ */ NotificationSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("notifications/elicitation/complete"),
  params: ElicitationCompleteNotificationParamsSchema
}), ElicitResultSchema = /* @__PURE__ */ ResultSchema.extend({
  /**
   * The user action in response to the elicitation.
   * - "accept": User submitted the form/confirmed the action
   * - "decline": User explicitly decline the action
   * - "cancel": User dismissed without making an explicit choice
   */
  action: /* @__PURE__ */ (0, import_chunk_CLN36EFS._enum)(["accept", "decline", "cancel"]),
  /**
   * The submitted form data, only present when action is "accept".
   * Contains values matching the requested schema.
   * Per MCP spec, content is "typically omitted" for decline/cancel actions.
   * We normalize null to undefined for leniency while maintaining type compatibility.
   */
  content: /* @__PURE__ */ (0, import_chunk_CLN36EFS.preprocess)((val) => val === null ? void 0 : val, /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), /* @__PURE__ */ (0, import_chunk_CLN36EFS.union)([/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), /* @__PURE__ */ (0, import_chunk_CLN36EFS.number)(), /* @__PURE__ */ (0, import_chunk_CLN36EFS.boolean)(), /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)())])).optional())
}), ResourceTemplateReferenceSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  type: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("ref/resource"),
  /**
   * The URI or URI template of the resource.
   */
  uri: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()
}), ResourceReferenceSchema = ResourceTemplateReferenceSchema, PromptReferenceSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  type: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("ref/prompt"),
  /**
   * The name of the prompt or prompt template
   */
  name: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()
}), CompleteRequestParamsSchema = /* @__PURE__ */ BaseRequestParamsSchema.extend({
  ref: /* @__PURE__ */ (0, import_chunk_CLN36EFS.union)([PromptReferenceSchema, ResourceTemplateReferenceSchema]),
  /**
   * The argument's information
   */
  argument: /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
    /**
     * The name of the argument
     */
    name: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(),
    /**
     * The value of the argument to use for completion matching.
     */
    value: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()
  }),
  context: (0, import_chunk_CLN36EFS.object)({
    /**
     * Previously-resolved variables in a URI template or prompt.
     */
    arguments: /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()).optional()
  }).optional()
}), CompleteRequestSchema = /* @__PURE__ */ RequestSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("completion/complete"),
  params: CompleteRequestParamsSchema
});
function assertCompleteRequestPrompt(request) {
  if (request.params.ref.type !== "ref/prompt")
    throw new TypeError(`Expected CompleteRequestPrompt, but got ${request.params.ref.type}`);
}
function assertCompleteRequestResourceTemplate(request) {
  if (request.params.ref.type !== "ref/resource")
    throw new TypeError(`Expected CompleteRequestResourceTemplate, but got ${request.params.ref.type}`);
}
var CompleteResultSchema = /* @__PURE__ */ ResultSchema.extend({
  completion: /* @__PURE__ */ (0, import_chunk_CLN36EFS.looseObject)({
    /**
     * An array of completion values. Must not exceed 100 items.
     */
    values: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)()).max(100),
    /**
     * The total number of completion options available. This can exceed the number of values actually sent in the response.
     */
    total: /* @__PURE__ */ (0, import_chunk_CLN36EFS.optional)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.number)().int()),
    /**
     * Indicates whether there are additional completion options beyond those provided in the current response, even if the exact total is unknown.
     */
    hasMore: /* @__PURE__ */ (0, import_chunk_CLN36EFS.optional)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.boolean)())
  })
}), RootSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.object)({
  /**
   * The URI identifying the root. This *must* start with file:// for now.
   */
  uri: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().startsWith("file://"),
  /**
   * An optional name for the root.
   */
  name: /* @__PURE__ */ (0, import_chunk_CLN36EFS.string)().optional(),
  /**
   * See [MCP specification](https://github.com/modelcontextprotocol/modelcontextprotocol/blob/47339c03c143bb4ec01a26e721a1b8fe66634ebe/docs/specification/draft/basic/index.mdx#general-fields)
   * for notes on _meta usage.
   */
  _meta: /* @__PURE__ */ (0, import_chunk_CLN36EFS.record)(/* @__PURE__ */ (0, import_chunk_CLN36EFS.string)(), /* @__PURE__ */ (0, import_chunk_CLN36EFS.unknown)()).optional()
}), ListRootsRequestSchema = /* @__PURE__ */ RequestSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("roots/list"),
  params: /* @__PURE__ */ BaseRequestParamsSchema.optional()
}), ListRootsResultSchema = /* @__PURE__ */ ResultSchema.extend({
  roots: /* @__PURE__ */ (0, import_chunk_CLN36EFS.array)(RootSchema)
}), RootsListChangedNotificationSchema = /* @__PURE__ */ NotificationSchema.extend({
  method: /* @__PURE__ */ (0, import_chunk_CLN36EFS.literal)("notifications/roots/list_changed"),
  params: /* @__PURE__ */ NotificationsParamsSchema.optional()
}), ClientRequestSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.union)([
  PingRequestSchema,
  InitializeRequestSchema,
  CompleteRequestSchema,
  SetLevelRequestSchema,
  GetPromptRequestSchema,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ReadResourceRequestSchema,
  SubscribeRequestSchema,
  UnsubscribeRequestSchema,
  CallToolRequestSchema,
  ListToolsRequestSchema,
  GetTaskRequestSchema,
  GetTaskPayloadRequestSchema,
  ListTasksRequestSchema,
  CancelTaskRequestSchema
]), ClientNotificationSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.union)([
  CancelledNotificationSchema,
  ProgressNotificationSchema,
  InitializedNotificationSchema,
  RootsListChangedNotificationSchema,
  TaskStatusNotificationSchema
]), ClientResultSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.union)([
  EmptyResultSchema,
  CreateMessageResultSchema,
  CreateMessageResultWithToolsSchema,
  ElicitResultSchema,
  ListRootsResultSchema,
  GetTaskResultSchema,
  ListTasksResultSchema,
  CreateTaskResultSchema
]), ServerRequestSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.union)([
  PingRequestSchema,
  CreateMessageRequestSchema,
  ElicitRequestSchema,
  ListRootsRequestSchema,
  GetTaskRequestSchema,
  GetTaskPayloadRequestSchema,
  ListTasksRequestSchema,
  CancelTaskRequestSchema
]), ServerNotificationSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.union)([
  CancelledNotificationSchema,
  ProgressNotificationSchema,
  LoggingMessageNotificationSchema,
  ResourceUpdatedNotificationSchema,
  ResourceListChangedNotificationSchema,
  ToolListChangedNotificationSchema,
  PromptListChangedNotificationSchema,
  TaskStatusNotificationSchema,
  ElicitationCompleteNotificationSchema
]), ServerResultSchema = /* @__PURE__ */ (0, import_chunk_CLN36EFS.union)([
  EmptyResultSchema,
  InitializeResultSchema,
  CompleteResultSchema,
  GetPromptResultSchema,
  ListPromptsResultSchema,
  ListResourcesResultSchema,
  ListResourceTemplatesResultSchema,
  ReadResourceResultSchema,
  CallToolResultSchema,
  ListToolsResultSchema,
  GetTaskResultSchema,
  ListTasksResultSchema,
  CreateTaskResultSchema
]), McpError = class _McpError extends Error {
  constructor(code, message, data) {
    super(`MCP error ${code}: ${message}`), this.code = code, this.data = data, this.name = "McpError";
  }
  /**
   * Factory method to create the appropriate error type based on the error code and data
   */
  static fromError(code, message, data) {
    if (code === ErrorCode.UrlElicitationRequired && data) {
      let errorData = data;
      if (errorData.elicitations)
        return new UrlElicitationRequiredError(errorData.elicitations, message);
    }
    return new _McpError(code, message, data);
  }
}, UrlElicitationRequiredError = class extends McpError {
  constructor(elicitations, message = `URL elicitation${elicitations.length > 1 ? "s" : ""} required`) {
    super(ErrorCode.UrlElicitationRequired, message, {
      elicitations
    });
  }
  get elicitations() {
    return this.data?.elicitations ?? [];
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  AnnotationsSchema,
  AudioContentSchema,
  BaseMetadataSchema,
  BlobResourceContentsSchema,
  BooleanSchemaSchema,
  CallToolRequestParamsSchema,
  CallToolRequestSchema,
  CallToolResultSchema,
  CancelTaskRequestSchema,
  CancelTaskResultSchema,
  CancelledNotificationParamsSchema,
  CancelledNotificationSchema,
  ClientCapabilitiesSchema,
  ClientNotificationSchema,
  ClientRequestSchema,
  ClientResultSchema,
  ClientTasksCapabilitySchema,
  CompatibilityCallToolResultSchema,
  CompleteRequestParamsSchema,
  CompleteRequestSchema,
  CompleteResultSchema,
  ContentBlockSchema,
  CreateMessageRequestParamsSchema,
  CreateMessageRequestSchema,
  CreateMessageResultSchema,
  CreateMessageResultWithToolsSchema,
  CreateTaskResultSchema,
  CursorSchema,
  DEFAULT_NEGOTIATED_PROTOCOL_VERSION,
  ElicitRequestFormParamsSchema,
  ElicitRequestParamsSchema,
  ElicitRequestSchema,
  ElicitRequestURLParamsSchema,
  ElicitResultSchema,
  ElicitationCompleteNotificationParamsSchema,
  ElicitationCompleteNotificationSchema,
  EmbeddedResourceSchema,
  EmptyResultSchema,
  EnumSchemaSchema,
  ErrorCode,
  GetPromptRequestParamsSchema,
  GetPromptRequestSchema,
  GetPromptResultSchema,
  GetTaskPayloadRequestSchema,
  GetTaskPayloadResultSchema,
  GetTaskRequestSchema,
  GetTaskResultSchema,
  IconSchema,
  IconsSchema,
  ImageContentSchema,
  ImplementationSchema,
  InitializeRequestParamsSchema,
  InitializeRequestSchema,
  InitializeResultSchema,
  InitializedNotificationSchema,
  JSONRPCErrorResponseSchema,
  JSONRPCErrorSchema,
  JSONRPCMessageSchema,
  JSONRPCNotificationSchema,
  JSONRPCRequestSchema,
  JSONRPCResponseSchema,
  JSONRPCResultResponseSchema,
  JSONRPC_VERSION,
  LATEST_PROTOCOL_VERSION,
  LegacyTitledEnumSchemaSchema,
  ListChangedOptionsBaseSchema,
  ListPromptsRequestSchema,
  ListPromptsResultSchema,
  ListResourceTemplatesRequestSchema,
  ListResourceTemplatesResultSchema,
  ListResourcesRequestSchema,
  ListResourcesResultSchema,
  ListRootsRequestSchema,
  ListRootsResultSchema,
  ListTasksRequestSchema,
  ListTasksResultSchema,
  ListToolsRequestSchema,
  ListToolsResultSchema,
  LoggingLevelSchema,
  LoggingMessageNotificationParamsSchema,
  LoggingMessageNotificationSchema,
  McpError,
  ModelHintSchema,
  ModelPreferencesSchema,
  MultiSelectEnumSchemaSchema,
  NotificationSchema,
  NumberSchemaSchema,
  PaginatedRequestParamsSchema,
  PaginatedRequestSchema,
  PaginatedResultSchema,
  PingRequestSchema,
  PrimitiveSchemaDefinitionSchema,
  ProgressNotificationParamsSchema,
  ProgressNotificationSchema,
  ProgressSchema,
  ProgressTokenSchema,
  PromptArgumentSchema,
  PromptListChangedNotificationSchema,
  PromptMessageSchema,
  PromptReferenceSchema,
  PromptSchema,
  RELATED_TASK_META_KEY,
  ReadResourceRequestParamsSchema,
  ReadResourceRequestSchema,
  ReadResourceResultSchema,
  RelatedTaskMetadataSchema,
  RequestIdSchema,
  RequestSchema,
  ResourceContentsSchema,
  ResourceLinkSchema,
  ResourceListChangedNotificationSchema,
  ResourceReferenceSchema,
  ResourceRequestParamsSchema,
  ResourceSchema,
  ResourceTemplateReferenceSchema,
  ResourceTemplateSchema,
  ResourceUpdatedNotificationParamsSchema,
  ResourceUpdatedNotificationSchema,
  ResultSchema,
  RoleSchema,
  RootSchema,
  RootsListChangedNotificationSchema,
  SUPPORTED_PROTOCOL_VERSIONS,
  SamplingContentSchema,
  SamplingMessageContentBlockSchema,
  SamplingMessageSchema,
  ServerCapabilitiesSchema,
  ServerNotificationSchema,
  ServerRequestSchema,
  ServerResultSchema,
  ServerTasksCapabilitySchema,
  SetLevelRequestParamsSchema,
  SetLevelRequestSchema,
  SingleSelectEnumSchemaSchema,
  StringSchemaSchema,
  SubscribeRequestParamsSchema,
  SubscribeRequestSchema,
  TaskAugmentedRequestParamsSchema,
  TaskCreationParamsSchema,
  TaskMetadataSchema,
  TaskSchema,
  TaskStatusNotificationParamsSchema,
  TaskStatusNotificationSchema,
  TaskStatusSchema,
  TextContentSchema,
  TextResourceContentsSchema,
  TitledMultiSelectEnumSchemaSchema,
  TitledSingleSelectEnumSchemaSchema,
  ToolAnnotationsSchema,
  ToolChoiceSchema,
  ToolExecutionSchema,
  ToolListChangedNotificationSchema,
  ToolResultContentSchema,
  ToolSchema,
  ToolUseContentSchema,
  UnsubscribeRequestParamsSchema,
  UnsubscribeRequestSchema,
  UntitledMultiSelectEnumSchemaSchema,
  UntitledSingleSelectEnumSchemaSchema,
  UrlElicitationRequiredError,
  ZodIssueCode,
  assertCompleteRequestPrompt,
  assertCompleteRequestResourceTemplate,
  coerce_exports,
  isInitializeRequest,
  isInitializedNotification,
  isJSONRPCError,
  isJSONRPCErrorResponse,
  isJSONRPCNotification,
  isJSONRPCRequest,
  isJSONRPCResponse,
  isJSONRPCResultResponse,
  isTaskAugmentedRequestParams
});
