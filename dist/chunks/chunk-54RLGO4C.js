var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
)), __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  Client: () => Client,
  StreamableHTTPClientTransport: () => StreamableHTTPClientTransport
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_J34AVT42 = require("./chunk-J34AVT42.js"), import_chunk_RXVTIGQ6 = require("./chunk-RXVTIGQ6.js"), import_chunk_BQUIEBUU = require("./chunk-BQUIEBUU.js"), import_chunk_CLN36EFS = require("./chunk-CLN36EFS.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
(0, import_chunk_WE6FURZE.init_web_globals)(), (0, import_chunk_WE6FURZE.init_web_globals)();
var ExperimentalClientTasks = class {
  constructor(_client) {
    this._client = _client;
  }
  /**
   * Calls a tool and returns an AsyncGenerator that yields response messages.
   * The generator is guaranteed to end with either a 'result' or 'error' message.
   *
   * This method provides streaming access to tool execution, allowing you to
   * observe intermediate task status updates for long-running tool calls.
   * Automatically validates structured output if the tool has an outputSchema.
   *
   * @example
   * ```typescript
   * const stream = client.experimental.tasks.callToolStream({ name: 'myTool', arguments: {} });
   * for await (const message of stream) {
   *   switch (message.type) {
   *     case 'taskCreated':
   *       console.log('Tool execution started:', message.task.taskId);
   *       break;
   *     case 'taskStatus':
   *       console.log('Tool status:', message.task.status);
   *       break;
   *     case 'result':
   *       console.log('Tool result:', message.result);
   *       break;
   *     case 'error':
   *       console.error('Tool error:', message.error);
   *       break;
   *   }
   * }
   * ```
   *
   * @param params - Tool call parameters (name and arguments)
   * @param resultSchema - Zod schema for validating the result (defaults to CallToolResultSchema)
   * @param options - Optional request options (timeout, signal, task creation params, etc.)
   * @returns AsyncGenerator that yields ResponseMessage objects
   *
   * @experimental
   */
  async *callToolStream(params, resultSchema = import_chunk_BQUIEBUU.CallToolResultSchema, options) {
    let clientInternal = this._client, optionsWithTask = {
      ...options,
      // We check if the tool is known to be a task during auto-configuration, but assume
      // the caller knows what they're doing if they pass this explicitly
      task: options?.task ?? (clientInternal.isToolTask(params.name) ? {} : void 0)
    }, stream = clientInternal.requestStream({ method: "tools/call", params }, resultSchema, optionsWithTask), validator = clientInternal.getToolOutputValidator(params.name);
    for await (let message of stream) {
      if (message.type === "result" && validator) {
        let result = message.result;
        if (!result.structuredContent && !result.isError) {
          yield {
            type: "error",
            error: new import_chunk_BQUIEBUU.McpError(import_chunk_BQUIEBUU.ErrorCode.InvalidRequest, `Tool ${params.name} has an output schema but did not return structured content`)
          };
          return;
        }
        if (result.structuredContent)
          try {
            let validationResult = validator(result.structuredContent);
            if (!validationResult.valid) {
              yield {
                type: "error",
                error: new import_chunk_BQUIEBUU.McpError(import_chunk_BQUIEBUU.ErrorCode.InvalidParams, `Structured content does not match the tool's output schema: ${validationResult.errorMessage}`)
              };
              return;
            }
          } catch (error) {
            if (error instanceof import_chunk_BQUIEBUU.McpError) {
              yield { type: "error", error };
              return;
            }
            yield {
              type: "error",
              error: new import_chunk_BQUIEBUU.McpError(import_chunk_BQUIEBUU.ErrorCode.InvalidParams, `Failed to validate structured content: ${error instanceof Error ? error.message : String(error)}`)
            };
            return;
          }
      }
      yield message;
    }
  }
  /**
   * Gets the current status of a task.
   *
   * @param taskId - The task identifier
   * @param options - Optional request options
   * @returns The task status
   *
   * @experimental
   */
  async getTask(taskId, options) {
    return this._client.getTask({ taskId }, options);
  }
  /**
   * Retrieves the result of a completed task.
   *
   * @param taskId - The task identifier
   * @param resultSchema - Zod schema for validating the result
   * @param options - Optional request options
   * @returns The task result
   *
   * @experimental
   */
  async getTaskResult(taskId, resultSchema, options) {
    return this._client.getTaskResult({ taskId }, resultSchema, options);
  }
  /**
   * Lists tasks with optional pagination.
   *
   * @param cursor - Optional pagination cursor
   * @param options - Optional request options
   * @returns List of tasks with optional next cursor
   *
   * @experimental
   */
  async listTasks(cursor, options) {
    return this._client.listTasks(cursor ? { cursor } : void 0, options);
  }
  /**
   * Cancels a running task.
   *
   * @param taskId - The task identifier
   * @param options - Optional request options
   *
   * @experimental
   */
  async cancelTask(taskId, options) {
    return this._client.cancelTask({ taskId }, options);
  }
  /**
   * Sends a request and returns an AsyncGenerator that yields response messages.
   * The generator is guaranteed to end with either a 'result' or 'error' message.
   *
   * This method provides streaming access to request processing, allowing you to
   * observe intermediate task status updates for task-augmented requests.
   *
   * @param request - The request to send
   * @param resultSchema - Zod schema for validating the result
   * @param options - Optional request options (timeout, signal, task creation params, etc.)
   * @returns AsyncGenerator that yields ResponseMessage objects
   *
   * @experimental
   */
  requestStream(request, resultSchema, options) {
    return this._client.requestStream(request, resultSchema, options);
  }
};
function applyElicitationDefaults(schema, data) {
  if (!(!schema || data === null || typeof data != "object")) {
    if (schema.type === "object" && schema.properties && typeof schema.properties == "object") {
      let obj = data, props = schema.properties;
      for (let key of Object.keys(props)) {
        let propSchema = props[key];
        obj[key] === void 0 && Object.prototype.hasOwnProperty.call(propSchema, "default") && (obj[key] = propSchema.default), obj[key] !== void 0 && applyElicitationDefaults(propSchema, obj[key]);
      }
    }
    if (Array.isArray(schema.anyOf))
      for (let sub of schema.anyOf)
        typeof sub != "boolean" && applyElicitationDefaults(sub, data);
    if (Array.isArray(schema.oneOf))
      for (let sub of schema.oneOf)
        typeof sub != "boolean" && applyElicitationDefaults(sub, data);
  }
}
function getSupportedElicitationModes(capabilities) {
  if (!capabilities)
    return { supportsFormMode: !1, supportsUrlMode: !1 };
  let hasFormCapability = capabilities.form !== void 0, hasUrlCapability = capabilities.url !== void 0;
  return { supportsFormMode: hasFormCapability || !hasFormCapability && !hasUrlCapability, supportsUrlMode: hasUrlCapability };
}
var Client = class extends import_chunk_RXVTIGQ6.Protocol {
  /**
   * Initializes this client with the given name and version information.
   */
  constructor(_clientInfo, options) {
    super(options), this._clientInfo = _clientInfo, this._cachedToolOutputValidators = /* @__PURE__ */ new Map(), this._cachedKnownTaskTools = /* @__PURE__ */ new Set(), this._cachedRequiredTaskTools = /* @__PURE__ */ new Set(), this._listChangedDebounceTimers = /* @__PURE__ */ new Map(), this._capabilities = options?.capabilities ?? {}, this._jsonSchemaValidator = options?.jsonSchemaValidator ?? new import_chunk_RXVTIGQ6.AjvJsonSchemaValidator(), options?.listChanged && (this._pendingListChangedConfig = options.listChanged);
  }
  /**
   * Set up handlers for list changed notifications based on config and server capabilities.
   * This should only be called after initialization when server capabilities are known.
   * Handlers are silently skipped if the server doesn't advertise the corresponding listChanged capability.
   * @internal
   */
  _setupListChangedHandlers(config) {
    config.tools && this._serverCapabilities?.tools?.listChanged && this._setupListChangedHandler("tools", import_chunk_BQUIEBUU.ToolListChangedNotificationSchema, config.tools, async () => (await this.listTools()).tools), config.prompts && this._serverCapabilities?.prompts?.listChanged && this._setupListChangedHandler("prompts", import_chunk_BQUIEBUU.PromptListChangedNotificationSchema, config.prompts, async () => (await this.listPrompts()).prompts), config.resources && this._serverCapabilities?.resources?.listChanged && this._setupListChangedHandler("resources", import_chunk_BQUIEBUU.ResourceListChangedNotificationSchema, config.resources, async () => (await this.listResources()).resources);
  }
  /**
   * Access experimental features.
   *
   * WARNING: These APIs are experimental and may change without notice.
   *
   * @experimental
   */
  get experimental() {
    return this._experimental || (this._experimental = {
      tasks: new ExperimentalClientTasks(this)
    }), this._experimental;
  }
  /**
   * Registers new capabilities. This can only be called before connecting to a transport.
   *
   * The new capabilities will be merged with any existing capabilities previously given (e.g., at initialization).
   */
  registerCapabilities(capabilities) {
    if (this.transport)
      throw new Error("Cannot register capabilities after connecting to transport");
    this._capabilities = (0, import_chunk_RXVTIGQ6.mergeCapabilities)(this._capabilities, capabilities);
  }
  /**
   * Override request handler registration to enforce client-side validation for elicitation.
   */
  setRequestHandler(requestSchema, handler) {
    let methodSchema = (0, import_chunk_RXVTIGQ6.getObjectShape)(requestSchema)?.method;
    if (!methodSchema)
      throw new Error("Schema is missing a method literal");
    let methodValue = (0, import_chunk_RXVTIGQ6.getLiteralValue)(methodSchema);
    if (typeof methodValue != "string")
      throw new Error("Schema method literal must be a string");
    let method = methodValue;
    if (method === "elicitation/create") {
      let wrappedHandler = async (request, extra) => {
        let validatedRequest = (0, import_chunk_RXVTIGQ6.safeParse)(import_chunk_BQUIEBUU.ElicitRequestSchema, request);
        if (!validatedRequest.success) {
          let errorMessage = validatedRequest.error instanceof Error ? validatedRequest.error.message : String(validatedRequest.error);
          throw new import_chunk_BQUIEBUU.McpError(import_chunk_BQUIEBUU.ErrorCode.InvalidParams, `Invalid elicitation request: ${errorMessage}`);
        }
        let { params } = validatedRequest.data;
        params.mode = params.mode ?? "form";
        let { supportsFormMode, supportsUrlMode } = getSupportedElicitationModes(this._capabilities.elicitation);
        if (params.mode === "form" && !supportsFormMode)
          throw new import_chunk_BQUIEBUU.McpError(import_chunk_BQUIEBUU.ErrorCode.InvalidParams, "Client does not support form-mode elicitation requests");
        if (params.mode === "url" && !supportsUrlMode)
          throw new import_chunk_BQUIEBUU.McpError(import_chunk_BQUIEBUU.ErrorCode.InvalidParams, "Client does not support URL-mode elicitation requests");
        let result = await Promise.resolve(handler(request, extra));
        if (params.task) {
          let taskValidationResult = (0, import_chunk_RXVTIGQ6.safeParse)(import_chunk_BQUIEBUU.CreateTaskResultSchema, result);
          if (!taskValidationResult.success) {
            let errorMessage = taskValidationResult.error instanceof Error ? taskValidationResult.error.message : String(taskValidationResult.error);
            throw new import_chunk_BQUIEBUU.McpError(import_chunk_BQUIEBUU.ErrorCode.InvalidParams, `Invalid task creation result: ${errorMessage}`);
          }
          return taskValidationResult.data;
        }
        let validationResult = (0, import_chunk_RXVTIGQ6.safeParse)(import_chunk_BQUIEBUU.ElicitResultSchema, result);
        if (!validationResult.success) {
          let errorMessage = validationResult.error instanceof Error ? validationResult.error.message : String(validationResult.error);
          throw new import_chunk_BQUIEBUU.McpError(import_chunk_BQUIEBUU.ErrorCode.InvalidParams, `Invalid elicitation result: ${errorMessage}`);
        }
        let validatedResult = validationResult.data, requestedSchema = params.mode === "form" ? params.requestedSchema : void 0;
        if (params.mode === "form" && validatedResult.action === "accept" && validatedResult.content && requestedSchema && this._capabilities.elicitation?.form?.applyDefaults)
          try {
            applyElicitationDefaults(requestedSchema, validatedResult.content);
          } catch {
          }
        return validatedResult;
      };
      return super.setRequestHandler(requestSchema, wrappedHandler);
    }
    if (method === "sampling/createMessage") {
      let wrappedHandler = async (request, extra) => {
        let validatedRequest = (0, import_chunk_RXVTIGQ6.safeParse)(import_chunk_BQUIEBUU.CreateMessageRequestSchema, request);
        if (!validatedRequest.success) {
          let errorMessage = validatedRequest.error instanceof Error ? validatedRequest.error.message : String(validatedRequest.error);
          throw new import_chunk_BQUIEBUU.McpError(import_chunk_BQUIEBUU.ErrorCode.InvalidParams, `Invalid sampling request: ${errorMessage}`);
        }
        let { params } = validatedRequest.data, result = await Promise.resolve(handler(request, extra));
        if (params.task) {
          let taskValidationResult = (0, import_chunk_RXVTIGQ6.safeParse)(import_chunk_BQUIEBUU.CreateTaskResultSchema, result);
          if (!taskValidationResult.success) {
            let errorMessage = taskValidationResult.error instanceof Error ? taskValidationResult.error.message : String(taskValidationResult.error);
            throw new import_chunk_BQUIEBUU.McpError(import_chunk_BQUIEBUU.ErrorCode.InvalidParams, `Invalid task creation result: ${errorMessage}`);
          }
          return taskValidationResult.data;
        }
        let resultSchema = params.tools || params.toolChoice ? import_chunk_BQUIEBUU.CreateMessageResultWithToolsSchema : import_chunk_BQUIEBUU.CreateMessageResultSchema, validationResult = (0, import_chunk_RXVTIGQ6.safeParse)(resultSchema, result);
        if (!validationResult.success) {
          let errorMessage = validationResult.error instanceof Error ? validationResult.error.message : String(validationResult.error);
          throw new import_chunk_BQUIEBUU.McpError(import_chunk_BQUIEBUU.ErrorCode.InvalidParams, `Invalid sampling result: ${errorMessage}`);
        }
        return validationResult.data;
      };
      return super.setRequestHandler(requestSchema, wrappedHandler);
    }
    return super.setRequestHandler(requestSchema, handler);
  }
  assertCapability(capability, method) {
    if (!this._serverCapabilities?.[capability])
      throw new Error(`Server does not support ${capability} (required for ${method})`);
  }
  async connect(transport, options) {
    if (await super.connect(transport), transport.sessionId === void 0)
      try {
        let result = await this.request({
          method: "initialize",
          params: {
            protocolVersion: import_chunk_BQUIEBUU.LATEST_PROTOCOL_VERSION,
            capabilities: this._capabilities,
            clientInfo: this._clientInfo
          }
        }, import_chunk_BQUIEBUU.InitializeResultSchema, options);
        if (result === void 0)
          throw new Error(`Server sent invalid initialize result: ${result}`);
        if (!import_chunk_BQUIEBUU.SUPPORTED_PROTOCOL_VERSIONS.includes(result.protocolVersion))
          throw new Error(`Server's protocol version is not supported: ${result.protocolVersion}`);
        this._serverCapabilities = result.capabilities, this._serverVersion = result.serverInfo, transport.setProtocolVersion && transport.setProtocolVersion(result.protocolVersion), this._instructions = result.instructions, await this.notification({
          method: "notifications/initialized"
        }), this._pendingListChangedConfig && (this._setupListChangedHandlers(this._pendingListChangedConfig), this._pendingListChangedConfig = void 0);
      } catch (error) {
        throw this.close(), error;
      }
  }
  /**
   * After initialization has completed, this will be populated with the server's reported capabilities.
   */
  getServerCapabilities() {
    return this._serverCapabilities;
  }
  /**
   * After initialization has completed, this will be populated with information about the server's name and version.
   */
  getServerVersion() {
    return this._serverVersion;
  }
  /**
   * After initialization has completed, this may be populated with information about the server's instructions.
   */
  getInstructions() {
    return this._instructions;
  }
  assertCapabilityForMethod(method) {
    switch (method) {
      case "logging/setLevel":
        if (!this._serverCapabilities?.logging)
          throw new Error(`Server does not support logging (required for ${method})`);
        break;
      case "prompts/get":
      case "prompts/list":
        if (!this._serverCapabilities?.prompts)
          throw new Error(`Server does not support prompts (required for ${method})`);
        break;
      case "resources/list":
      case "resources/templates/list":
      case "resources/read":
      case "resources/subscribe":
      case "resources/unsubscribe":
        if (!this._serverCapabilities?.resources)
          throw new Error(`Server does not support resources (required for ${method})`);
        if (method === "resources/subscribe" && !this._serverCapabilities.resources.subscribe)
          throw new Error(`Server does not support resource subscriptions (required for ${method})`);
        break;
      case "tools/call":
      case "tools/list":
        if (!this._serverCapabilities?.tools)
          throw new Error(`Server does not support tools (required for ${method})`);
        break;
      case "completion/complete":
        if (!this._serverCapabilities?.completions)
          throw new Error(`Server does not support completions (required for ${method})`);
        break;
      case "initialize":
        break;
      case "ping":
        break;
    }
  }
  assertNotificationCapability(method) {
    switch (method) {
      case "notifications/roots/list_changed":
        if (!this._capabilities.roots?.listChanged)
          throw new Error(`Client does not support roots list changed notifications (required for ${method})`);
        break;
      case "notifications/initialized":
        break;
      case "notifications/cancelled":
        break;
      case "notifications/progress":
        break;
    }
  }
  assertRequestHandlerCapability(method) {
    if (this._capabilities)
      switch (method) {
        case "sampling/createMessage":
          if (!this._capabilities.sampling)
            throw new Error(`Client does not support sampling capability (required for ${method})`);
          break;
        case "elicitation/create":
          if (!this._capabilities.elicitation)
            throw new Error(`Client does not support elicitation capability (required for ${method})`);
          break;
        case "roots/list":
          if (!this._capabilities.roots)
            throw new Error(`Client does not support roots capability (required for ${method})`);
          break;
        case "tasks/get":
        case "tasks/list":
        case "tasks/result":
        case "tasks/cancel":
          if (!this._capabilities.tasks)
            throw new Error(`Client does not support tasks capability (required for ${method})`);
          break;
        case "ping":
          break;
      }
  }
  assertTaskCapability(method) {
    (0, import_chunk_RXVTIGQ6.assertToolsCallTaskCapability)(this._serverCapabilities?.tasks?.requests, method, "Server");
  }
  assertTaskHandlerCapability(method) {
    this._capabilities && (0, import_chunk_RXVTIGQ6.assertClientRequestTaskCapability)(this._capabilities.tasks?.requests, method, "Client");
  }
  async ping(options) {
    return this.request({ method: "ping" }, import_chunk_BQUIEBUU.EmptyResultSchema, options);
  }
  async complete(params, options) {
    return this.request({ method: "completion/complete", params }, import_chunk_BQUIEBUU.CompleteResultSchema, options);
  }
  async setLoggingLevel(level, options) {
    return this.request({ method: "logging/setLevel", params: { level } }, import_chunk_BQUIEBUU.EmptyResultSchema, options);
  }
  async getPrompt(params, options) {
    return this.request({ method: "prompts/get", params }, import_chunk_BQUIEBUU.GetPromptResultSchema, options);
  }
  async listPrompts(params, options) {
    return this.request({ method: "prompts/list", params }, import_chunk_BQUIEBUU.ListPromptsResultSchema, options);
  }
  async listResources(params, options) {
    return this.request({ method: "resources/list", params }, import_chunk_BQUIEBUU.ListResourcesResultSchema, options);
  }
  async listResourceTemplates(params, options) {
    return this.request({ method: "resources/templates/list", params }, import_chunk_BQUIEBUU.ListResourceTemplatesResultSchema, options);
  }
  async readResource(params, options) {
    return this.request({ method: "resources/read", params }, import_chunk_BQUIEBUU.ReadResourceResultSchema, options);
  }
  async subscribeResource(params, options) {
    return this.request({ method: "resources/subscribe", params }, import_chunk_BQUIEBUU.EmptyResultSchema, options);
  }
  async unsubscribeResource(params, options) {
    return this.request({ method: "resources/unsubscribe", params }, import_chunk_BQUIEBUU.EmptyResultSchema, options);
  }
  /**
   * Calls a tool and waits for the result. Automatically validates structured output if the tool has an outputSchema.
   *
   * For task-based execution with streaming behavior, use client.experimental.tasks.callToolStream() instead.
   */
  async callTool(params, resultSchema = import_chunk_BQUIEBUU.CallToolResultSchema, options) {
    if (this.isToolTaskRequired(params.name))
      throw new import_chunk_BQUIEBUU.McpError(import_chunk_BQUIEBUU.ErrorCode.InvalidRequest, `Tool "${params.name}" requires task-based execution. Use client.experimental.tasks.callToolStream() instead.`);
    let result = await this.request({ method: "tools/call", params }, resultSchema, options), validator = this.getToolOutputValidator(params.name);
    if (validator) {
      if (!result.structuredContent && !result.isError)
        throw new import_chunk_BQUIEBUU.McpError(import_chunk_BQUIEBUU.ErrorCode.InvalidRequest, `Tool ${params.name} has an output schema but did not return structured content`);
      if (result.structuredContent)
        try {
          let validationResult = validator(result.structuredContent);
          if (!validationResult.valid)
            throw new import_chunk_BQUIEBUU.McpError(import_chunk_BQUIEBUU.ErrorCode.InvalidParams, `Structured content does not match the tool's output schema: ${validationResult.errorMessage}`);
        } catch (error) {
          throw error instanceof import_chunk_BQUIEBUU.McpError ? error : new import_chunk_BQUIEBUU.McpError(import_chunk_BQUIEBUU.ErrorCode.InvalidParams, `Failed to validate structured content: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    return result;
  }
  isToolTask(toolName) {
    return this._serverCapabilities?.tasks?.requests?.tools?.call ? this._cachedKnownTaskTools.has(toolName) : !1;
  }
  /**
   * Check if a tool requires task-based execution.
   * Unlike isToolTask which includes 'optional' tools, this only checks for 'required'.
   */
  isToolTaskRequired(toolName) {
    return this._cachedRequiredTaskTools.has(toolName);
  }
  /**
   * Cache validators for tool output schemas.
   * Called after listTools() to pre-compile validators for better performance.
   */
  cacheToolMetadata(tools) {
    this._cachedToolOutputValidators.clear(), this._cachedKnownTaskTools.clear(), this._cachedRequiredTaskTools.clear();
    for (let tool of tools) {
      if (tool.outputSchema) {
        let toolValidator = this._jsonSchemaValidator.getValidator(tool.outputSchema);
        this._cachedToolOutputValidators.set(tool.name, toolValidator);
      }
      let taskSupport = tool.execution?.taskSupport;
      (taskSupport === "required" || taskSupport === "optional") && this._cachedKnownTaskTools.add(tool.name), taskSupport === "required" && this._cachedRequiredTaskTools.add(tool.name);
    }
  }
  /**
   * Get cached validator for a tool
   */
  getToolOutputValidator(toolName) {
    return this._cachedToolOutputValidators.get(toolName);
  }
  async listTools(params, options) {
    let result = await this.request({ method: "tools/list", params }, import_chunk_BQUIEBUU.ListToolsResultSchema, options);
    return this.cacheToolMetadata(result.tools), result;
  }
  /**
   * Set up a single list changed handler.
   * @internal
   */
  _setupListChangedHandler(listType, notificationSchema, options, fetcher) {
    let parseResult = import_chunk_BQUIEBUU.ListChangedOptionsBaseSchema.safeParse(options);
    if (!parseResult.success)
      throw new Error(`Invalid ${listType} listChanged options: ${parseResult.error.message}`);
    if (typeof options.onChanged != "function")
      throw new Error(`Invalid ${listType} listChanged options: onChanged must be a function`);
    let { autoRefresh, debounceMs } = parseResult.data, { onChanged } = options, refresh = async () => {
      if (!autoRefresh) {
        onChanged(null, null);
        return;
      }
      try {
        let items = await fetcher();
        onChanged(null, items);
      } catch (e) {
        let error = e instanceof Error ? e : new Error(String(e));
        onChanged(error, null);
      }
    }, handler = () => {
      if (debounceMs) {
        let existingTimer = this._listChangedDebounceTimers.get(listType);
        existingTimer && clearTimeout(existingTimer);
        let timer = setTimeout(refresh, debounceMs);
        this._listChangedDebounceTimers.set(listType, timer);
      } else
        refresh();
    };
    this.setNotificationHandler(notificationSchema, handler);
  }
  async sendRootsListChanged() {
    return this.notification({ method: "notifications/roots/list_changed" });
  }
};
(0, import_chunk_WE6FURZE.init_web_globals)(), (0, import_chunk_WE6FURZE.init_web_globals)();
function normalizeHeaders(headers) {
  return headers ? headers instanceof import_chunk_WE6FURZE.LightHeaders ? Object.fromEntries(headers.entries()) : Array.isArray(headers) ? Object.fromEntries(headers) : { ...headers } : {};
}
function createFetchWithInit(baseFetch = fetch, baseInit) {
  return baseInit ? async (url2, init) => {
    let mergedInit = {
      ...baseInit,
      ...init,
      // Headers need special handling - merge instead of replace
      headers: init?.headers ? { ...normalizeHeaders(baseInit.headers), ...normalizeHeaders(init.headers) } : baseInit.headers
    };
    return baseFetch(url2, mergedInit);
  } : baseFetch;
}
var MAX_REDIRECTS = 5, REDIRECT_STATUSES = [301, 302, 303, 307, 308];
function isWithinOrigin(from, to) {
  return from.protocol === to.protocol && from.hostname === to.hostname && from.port === to.port ? !0 : from.hostname === to.hostname && from.protocol === "http:" && from.port === "" && to.protocol === "https:" && to.port === "";
}
function redirectTarget(response, requestUrl) {
  let location = REDIRECT_STATUSES.includes(response.status) ? response.headers.get("location") : null;
  try {
    return location ? new URL(location, requestUrl) : void 0;
  } catch {
    return;
  }
}
function followWithinOrigin(baseFetch, url2, init, response, followed = 0) {
  let target = redirectTarget(response, url2), keepsMethod = response.status === 307 || response.status === 308 || (init?.method ?? "GET").toUpperCase() === "GET";
  if (!target || followed === MAX_REDIRECTS || !keepsMethod)
    return;
  let from = new URL(url2);
  if (!((target.username || target.password) && (target.username !== from.username || target.password !== from.password) || !isWithinOrigin(from, target)))
    return Promise.resolve(response.body?.cancel()).then(() => baseFetch(target, { ...init, redirect: "manual" })).then((next) => followWithinOrigin(baseFetch, target, init, next, followed + 1) ?? next);
}
var followingFetches = /* @__PURE__ */ new WeakSet();
function fetchLeavingRedirects(baseFetch) {
  let following = (url2, init) => (baseFetch ?? fetch)(url2, init);
  return followingFetches.add(following), following;
}
function fetchWithinOrigin(baseFetch = fetch) {
  return followingFetches.has(baseFetch) ? baseFetch : (url2, init) => init?.redirect === "error" || init?.redirect === "manual" ? baseFetch(url2, init) : Promise.resolve(baseFetch(url2, { ...init, redirect: "manual" })).then((response) => followWithinOrigin(baseFetch, url2, init, response) ?? response);
}
function unfollowedRedirect(response, requestUrl) {
  if (response.type === "opaqueredirect")
    return "Redirect not followed: this runtime does not expose the redirect target";
  let from = response.url || requestUrl, target = redirectTarget(response, from);
  if (target)
    return target.username = target.password = target.search = target.hash = "", target.protocol === "http:" && new URL(from).protocol === "https:" ? (target.protocol = "https:", `Redirect to plain http not followed; try ${target.href} instead`) : `Redirect to ${target.href} not followed`;
}
(0, import_chunk_WE6FURZE.init_web_globals)(), (0, import_chunk_WE6FURZE.init_web_globals)();
var crypto;
crypto = globalThis.crypto?.webcrypto ?? // Node.js [18-16] REPL
globalThis.crypto ?? // Node.js >18
Promise.resolve().then(() => __toESM(require("node:crypto"))).then((m) => m.webcrypto);
async function getRandomValues(size) {
  return (await crypto).getRandomValues(new Uint8Array(size));
}
async function random(size) {
  let mask = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~", evenDistCutoff = Math.pow(2, 8) - Math.pow(2, 8) % mask.length, result = "";
  for (; result.length < size; ) {
    let randomBytes = await getRandomValues(size - result.length);
    for (let randomByte of randomBytes)
      randomByte < evenDistCutoff && (result += mask[randomByte % mask.length]);
  }
  return result;
}
async function generateVerifier(length) {
  return await random(length);
}
async function generateChallenge(code_verifier) {
  let buffer = await (await crypto).subtle.digest("SHA-256", new TextEncoder().encode(code_verifier));
  return btoa(String.fromCharCode(...new Uint8Array(buffer))).replace(/\//g, "_").replace(/\+/g, "-").replace(/=/g, "");
}
async function pkceChallenge(length) {
  if (length || (length = 43), length < 43 || length > 128)
    throw `Expected a length between 43 and 128. Received ${length}.`;
  let verifier = await generateVerifier(length), challenge = await generateChallenge(verifier);
  return {
    code_verifier: verifier,
    code_challenge: challenge
  };
}
(0, import_chunk_WE6FURZE.init_web_globals)();
var SafeUrlSchema = (0, import_chunk_CLN36EFS.url)().superRefine((val, ctx) => {
  if (!URL.canParse(val))
    return ctx.addIssue({
      code: import_chunk_BQUIEBUU.ZodIssueCode.custom,
      message: "URL must be parseable",
      fatal: !0
    }), import_chunk_CLN36EFS.NEVER;
}).refine((url2) => {
  let u = new URL(url2);
  return u.protocol !== "javascript:" && u.protocol !== "data:" && u.protocol !== "vbscript:";
}, { message: "URL cannot use javascript:, data:, or vbscript: scheme" }), OAuthProtectedResourceMetadataSchema = (0, import_chunk_CLN36EFS.looseObject)({
  resource: (0, import_chunk_CLN36EFS.string)().url(),
  authorization_servers: (0, import_chunk_CLN36EFS.array)(SafeUrlSchema).optional(),
  jwks_uri: (0, import_chunk_CLN36EFS.string)().url().optional(),
  scopes_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  bearer_methods_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  resource_signing_alg_values_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  resource_name: (0, import_chunk_CLN36EFS.string)().optional(),
  resource_documentation: (0, import_chunk_CLN36EFS.string)().optional(),
  resource_policy_uri: (0, import_chunk_CLN36EFS.string)().url().optional(),
  resource_tos_uri: (0, import_chunk_CLN36EFS.string)().url().optional(),
  tls_client_certificate_bound_access_tokens: (0, import_chunk_CLN36EFS.boolean)().optional(),
  authorization_details_types_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  dpop_signing_alg_values_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  dpop_bound_access_tokens_required: (0, import_chunk_CLN36EFS.boolean)().optional()
}), OAuthMetadataSchema = (0, import_chunk_CLN36EFS.looseObject)({
  issuer: (0, import_chunk_CLN36EFS.string)(),
  authorization_endpoint: SafeUrlSchema,
  token_endpoint: SafeUrlSchema,
  registration_endpoint: SafeUrlSchema.optional(),
  scopes_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  response_types_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()),
  response_modes_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  grant_types_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  token_endpoint_auth_methods_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  token_endpoint_auth_signing_alg_values_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  service_documentation: SafeUrlSchema.optional(),
  revocation_endpoint: SafeUrlSchema.optional(),
  revocation_endpoint_auth_methods_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  revocation_endpoint_auth_signing_alg_values_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  introspection_endpoint: (0, import_chunk_CLN36EFS.string)().optional(),
  introspection_endpoint_auth_methods_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  introspection_endpoint_auth_signing_alg_values_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  code_challenge_methods_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  client_id_metadata_document_supported: (0, import_chunk_CLN36EFS.boolean)().optional()
}), OpenIdProviderMetadataSchema = (0, import_chunk_CLN36EFS.looseObject)({
  issuer: (0, import_chunk_CLN36EFS.string)(),
  authorization_endpoint: SafeUrlSchema,
  token_endpoint: SafeUrlSchema,
  userinfo_endpoint: SafeUrlSchema.optional(),
  jwks_uri: SafeUrlSchema,
  registration_endpoint: SafeUrlSchema.optional(),
  scopes_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  response_types_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()),
  response_modes_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  grant_types_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  acr_values_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  subject_types_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()),
  id_token_signing_alg_values_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()),
  id_token_encryption_alg_values_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  id_token_encryption_enc_values_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  userinfo_signing_alg_values_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  userinfo_encryption_alg_values_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  userinfo_encryption_enc_values_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  request_object_signing_alg_values_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  request_object_encryption_alg_values_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  request_object_encryption_enc_values_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  token_endpoint_auth_methods_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  token_endpoint_auth_signing_alg_values_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  display_values_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  claim_types_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  claims_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  service_documentation: (0, import_chunk_CLN36EFS.string)().optional(),
  claims_locales_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  ui_locales_supported: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  claims_parameter_supported: (0, import_chunk_CLN36EFS.boolean)().optional(),
  request_parameter_supported: (0, import_chunk_CLN36EFS.boolean)().optional(),
  request_uri_parameter_supported: (0, import_chunk_CLN36EFS.boolean)().optional(),
  require_request_uri_registration: (0, import_chunk_CLN36EFS.boolean)().optional(),
  op_policy_uri: SafeUrlSchema.optional(),
  op_tos_uri: SafeUrlSchema.optional(),
  client_id_metadata_document_supported: (0, import_chunk_CLN36EFS.boolean)().optional()
}), OpenIdProviderDiscoveryMetadataSchema = (0, import_chunk_CLN36EFS.object)({
  ...OpenIdProviderMetadataSchema.shape,
  ...OAuthMetadataSchema.pick({
    code_challenge_methods_supported: !0
  }).shape
}), OAuthTokensSchema = (0, import_chunk_CLN36EFS.object)({
  access_token: (0, import_chunk_CLN36EFS.string)(),
  id_token: (0, import_chunk_CLN36EFS.string)().optional(),
  // Optional for OAuth 2.1, but necessary in OpenID Connect
  token_type: (0, import_chunk_CLN36EFS.string)(),
  expires_in: import_chunk_BQUIEBUU.coerce_exports.number().optional(),
  scope: (0, import_chunk_CLN36EFS.string)().optional(),
  refresh_token: (0, import_chunk_CLN36EFS.string)().optional(),
  /**
   * Not part of the wire format: the authorization server this value was obtained from, added by
   * the client's `auth()` before it is stored and compared when it is read back.
   */
  issuer: (0, import_chunk_CLN36EFS.string)().optional().catch(void 0)
}).strip(), OAuthErrorResponseSchema = (0, import_chunk_CLN36EFS.object)({
  error: (0, import_chunk_CLN36EFS.string)(),
  error_description: (0, import_chunk_CLN36EFS.string)().optional(),
  error_uri: (0, import_chunk_CLN36EFS.string)().optional()
}), OptionalSafeUrlSchema = SafeUrlSchema.optional().or((0, import_chunk_CLN36EFS.literal)("").transform(() => {
})), OAuthClientMetadataSchema = (0, import_chunk_CLN36EFS.object)({
  redirect_uris: (0, import_chunk_CLN36EFS.array)(SafeUrlSchema),
  token_endpoint_auth_method: (0, import_chunk_CLN36EFS.string)().optional(),
  grant_types: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  response_types: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  client_name: (0, import_chunk_CLN36EFS.string)().optional(),
  client_uri: SafeUrlSchema.optional(),
  logo_uri: OptionalSafeUrlSchema,
  scope: (0, import_chunk_CLN36EFS.string)().optional(),
  contacts: (0, import_chunk_CLN36EFS.array)((0, import_chunk_CLN36EFS.string)()).optional(),
  tos_uri: OptionalSafeUrlSchema,
  policy_uri: (0, import_chunk_CLN36EFS.string)().optional(),
  jwks_uri: SafeUrlSchema.optional(),
  jwks: (0, import_chunk_CLN36EFS.any)().optional(),
  software_id: (0, import_chunk_CLN36EFS.string)().optional(),
  software_version: (0, import_chunk_CLN36EFS.string)().optional(),
  software_statement: (0, import_chunk_CLN36EFS.string)().optional()
}).strip(), OAuthClientInformationSchema = (0, import_chunk_CLN36EFS.object)({
  client_id: (0, import_chunk_CLN36EFS.string)(),
  client_secret: (0, import_chunk_CLN36EFS.string)().optional(),
  client_id_issued_at: (0, import_chunk_CLN36EFS.number)().optional(),
  client_secret_expires_at: (0, import_chunk_CLN36EFS.number)().optional(),
  /**
   * Not part of the wire format: the authorization server this value was obtained from, added by
   * the client's `auth()` before it is stored and compared when it is read back.
   */
  issuer: (0, import_chunk_CLN36EFS.string)().optional().catch(void 0)
}).strip(), OAuthClientInformationFullSchema = OAuthClientMetadataSchema.merge(OAuthClientInformationSchema), OAuthClientRegistrationErrorSchema = (0, import_chunk_CLN36EFS.object)({
  error: (0, import_chunk_CLN36EFS.string)(),
  error_description: (0, import_chunk_CLN36EFS.string)().optional()
}).strip(), OAuthTokenRevocationRequestSchema = (0, import_chunk_CLN36EFS.object)({
  token: (0, import_chunk_CLN36EFS.string)(),
  token_type_hint: (0, import_chunk_CLN36EFS.string)().optional()
}).strip();
(0, import_chunk_WE6FURZE.init_web_globals)();
function resourceUrlFromServerUrl(url2) {
  let resourceURL = typeof url2 == "string" ? new URL(url2) : new URL(url2.href);
  return resourceURL.hash = "", resourceURL;
}
function checkResourceAllowed({ requestedResource, configuredResource }) {
  let requested = typeof requestedResource == "string" ? new URL(requestedResource) : new URL(requestedResource.href), configured = typeof configuredResource == "string" ? new URL(configuredResource) : new URL(configuredResource.href);
  if (requested.origin !== configured.origin || requested.pathname.length < configured.pathname.length)
    return !1;
  let requestedPath = requested.pathname.endsWith("/") ? requested.pathname : requested.pathname + "/", configuredPath = configured.pathname.endsWith("/") ? configured.pathname : configured.pathname + "/";
  return requestedPath.startsWith(configuredPath);
}
(0, import_chunk_WE6FURZE.init_web_globals)();
var OAuthError = class extends Error {
  constructor(message, errorUri) {
    super(message), this.errorUri = errorUri, this.name = this.constructor.name;
  }
  /**
   * Converts the error to a standard OAuth error response object
   */
  toResponseObject() {
    let response = {
      error: this.errorCode,
      error_description: this.message
    };
    return this.errorUri && (response.error_uri = this.errorUri), response;
  }
  get errorCode() {
    return this.constructor.errorCode;
  }
}, InvalidRequestError = class extends OAuthError {
};
InvalidRequestError.errorCode = "invalid_request";
var InvalidClientError = class extends OAuthError {
};
InvalidClientError.errorCode = "invalid_client";
var InvalidGrantError = class extends OAuthError {
};
InvalidGrantError.errorCode = "invalid_grant";
var UnauthorizedClientError = class extends OAuthError {
};
UnauthorizedClientError.errorCode = "unauthorized_client";
var UnsupportedGrantTypeError = class extends OAuthError {
};
UnsupportedGrantTypeError.errorCode = "unsupported_grant_type";
var InvalidScopeError = class extends OAuthError {
};
InvalidScopeError.errorCode = "invalid_scope";
var AccessDeniedError = class extends OAuthError {
};
AccessDeniedError.errorCode = "access_denied";
var ServerError = class extends OAuthError {
};
ServerError.errorCode = "server_error";
var TemporarilyUnavailableError = class extends OAuthError {
};
TemporarilyUnavailableError.errorCode = "temporarily_unavailable";
var UnsupportedResponseTypeError = class extends OAuthError {
};
UnsupportedResponseTypeError.errorCode = "unsupported_response_type";
var UnsupportedTokenTypeError = class extends OAuthError {
};
UnsupportedTokenTypeError.errorCode = "unsupported_token_type";
var InvalidTokenError = class extends OAuthError {
};
InvalidTokenError.errorCode = "invalid_token";
var MethodNotAllowedError = class extends OAuthError {
};
MethodNotAllowedError.errorCode = "method_not_allowed";
var TooManyRequestsError = class extends OAuthError {
};
TooManyRequestsError.errorCode = "too_many_requests";
var InvalidClientMetadataError = class extends OAuthError {
};
InvalidClientMetadataError.errorCode = "invalid_client_metadata";
var InsufficientScopeError = class extends OAuthError {
};
InsufficientScopeError.errorCode = "insufficient_scope";
var InvalidTargetError = class extends OAuthError {
};
InvalidTargetError.errorCode = "invalid_target";
var OAUTH_ERRORS = {
  [InvalidRequestError.errorCode]: InvalidRequestError,
  [InvalidClientError.errorCode]: InvalidClientError,
  [InvalidGrantError.errorCode]: InvalidGrantError,
  [UnauthorizedClientError.errorCode]: UnauthorizedClientError,
  [UnsupportedGrantTypeError.errorCode]: UnsupportedGrantTypeError,
  [InvalidScopeError.errorCode]: InvalidScopeError,
  [AccessDeniedError.errorCode]: AccessDeniedError,
  [ServerError.errorCode]: ServerError,
  [TemporarilyUnavailableError.errorCode]: TemporarilyUnavailableError,
  [UnsupportedResponseTypeError.errorCode]: UnsupportedResponseTypeError,
  [UnsupportedTokenTypeError.errorCode]: UnsupportedTokenTypeError,
  [InvalidTokenError.errorCode]: InvalidTokenError,
  [MethodNotAllowedError.errorCode]: MethodNotAllowedError,
  [TooManyRequestsError.errorCode]: TooManyRequestsError,
  [InvalidClientMetadataError.errorCode]: InvalidClientMetadataError,
  [InsufficientScopeError.errorCode]: InsufficientScopeError,
  [InvalidTargetError.errorCode]: InvalidTargetError
}, UnauthorizedError = class extends Error {
  constructor(message) {
    super(message ?? "Unauthorized");
  }
};
function isClientAuthMethod(method) {
  return ["client_secret_basic", "client_secret_post", "none"].includes(method);
}
var AUTHORIZATION_CODE_RESPONSE_TYPE = "code", AUTHORIZATION_CODE_CHALLENGE_METHOD = "S256";
function selectClientAuthMethod(clientInformation, supportedMethods) {
  let hasClientSecret = clientInformation.client_secret !== void 0;
  return "token_endpoint_auth_method" in clientInformation && clientInformation.token_endpoint_auth_method && isClientAuthMethod(clientInformation.token_endpoint_auth_method) && (supportedMethods.length === 0 || supportedMethods.includes(clientInformation.token_endpoint_auth_method)) ? clientInformation.token_endpoint_auth_method : supportedMethods.length === 0 ? hasClientSecret ? "client_secret_basic" : "none" : hasClientSecret && supportedMethods.includes("client_secret_basic") ? "client_secret_basic" : hasClientSecret && supportedMethods.includes("client_secret_post") ? "client_secret_post" : supportedMethods.includes("none") ? "none" : hasClientSecret ? "client_secret_post" : "none";
}
function applyClientAuthentication(method, clientInformation, headers, params) {
  let { client_id, client_secret } = clientInformation;
  switch (method) {
    case "client_secret_basic":
      applyBasicAuth(client_id, client_secret, headers);
      return;
    case "client_secret_post":
      applyPostAuth(client_id, client_secret, params);
      return;
    case "none":
      applyPublicAuth(client_id, params);
      return;
    default:
      throw new Error(`Unsupported client authentication method: ${method}`);
  }
}
function applyBasicAuth(clientId, clientSecret, headers) {
  if (!clientSecret)
    throw new Error("client_secret_basic authentication requires a client_secret");
  let credentials = btoa(`${clientId}:${clientSecret}`);
  headers.set("Authorization", `Basic ${credentials}`);
}
function applyPostAuth(clientId, clientSecret, params) {
  params.set("client_id", clientId), clientSecret && params.set("client_secret", clientSecret);
}
function applyPublicAuth(clientId, params) {
  params.set("client_id", clientId);
}
async function parseErrorResponse(input) {
  let statusCode = input instanceof import_chunk_WE6FURZE.LightResponse ? input.status : void 0, body = input instanceof import_chunk_WE6FURZE.LightResponse ? await input.text() : input;
  try {
    let result = OAuthErrorResponseSchema.parse(JSON.parse(body)), { error, error_description, error_uri } = result, errorClass = OAUTH_ERRORS[error] || ServerError;
    return new errorClass(error_description || "", error_uri);
  } catch (error) {
    let redirect = input instanceof import_chunk_WE6FURZE.LightResponse ? unfollowedRedirect(input, input.url) : void 0, errorMessage = `${statusCode ? `HTTP ${statusCode}: ` : ""}${redirect ?? `Invalid OAuth error response: ${error}. Raw body: ${body}`}`;
    return new ServerError(errorMessage);
  }
}
function issuersMatch(a, b) {
  let [x, y] = [a, b];
  try {
    [x, y] = [new URL(a).href, new URL(b).href];
  } catch {
  }
  return x === y || x.endsWith("/") && x.slice(0, -1) === y || y.endsWith("/") && y.slice(0, -1) === x;
}
function discardIfIssuerMismatch(stored, issuer) {
  if (stored)
    return typeof stored.issuer != "string" ? stored.issuer == null ? stored : { ...stored, issuer: void 0 } : issuersMatch(stored.issuer, issuer) ? stored : void 0;
}
var TokenResponseSchema = OAuthTokensSchema.omit({ issuer: !0 }), RegistrationResponseSchema = OAuthClientInformationFullSchema.omit({ issuer: !0 });
function boundElsewhereError(stored, issuer) {
  return new Error(`OAuth client information is bound to authorization server ${stored.issuer} and is not presented to ${issuer}. Clear the stored client information, or correct \`expectedIssuer\`, if the authorization server has moved.`);
}
async function auth(provider, options) {
  try {
    return await authInternal(provider, options);
  } catch (error) {
    if (error instanceof InvalidClientError || error instanceof UnauthorizedClientError)
      return await provider.invalidateCredentials?.("all"), await authInternal(provider, options);
    if (error instanceof InvalidGrantError)
      return await provider.invalidateCredentials?.("tokens"), await authInternal(provider, options);
    throw error;
  }
}
async function authInternal(provider, { serverUrl, authorizationCode, scope, resourceMetadataUrl, fetchFn }) {
  let cachedState = await provider.discoveryState?.(), resourceMetadata, authorizationServerUrl, metadata, effectiveResourceMetadataUrl = resourceMetadataUrl;
  if (!effectiveResourceMetadataUrl && cachedState?.resourceMetadataUrl && (effectiveResourceMetadataUrl = new URL(cachedState.resourceMetadataUrl)), cachedState?.authorizationServerUrl) {
    if (authorizationServerUrl = cachedState.authorizationServerUrl, resourceMetadata = cachedState.resourceMetadata, metadata = cachedState.authorizationServerMetadata ?? await discoverAuthorizationServerMetadata(authorizationServerUrl, { fetchFn }), !resourceMetadata)
      try {
        resourceMetadata = await discoverOAuthProtectedResourceMetadata(serverUrl, { resourceMetadataUrl: effectiveResourceMetadataUrl }, fetchFn);
      } catch {
      }
    (metadata !== cachedState.authorizationServerMetadata || resourceMetadata !== cachedState.resourceMetadata) && await provider.saveDiscoveryState?.({
      authorizationServerUrl: String(authorizationServerUrl),
      resourceMetadataUrl: effectiveResourceMetadataUrl?.toString(),
      resourceMetadata,
      authorizationServerMetadata: metadata
    });
  } else {
    let serverInfo = await discoverOAuthServerInfo(serverUrl, { resourceMetadataUrl: effectiveResourceMetadataUrl, fetchFn });
    authorizationServerUrl = serverInfo.authorizationServerUrl, metadata = serverInfo.authorizationServerMetadata, resourceMetadata = serverInfo.resourceMetadata, await provider.saveDiscoveryState?.({
      authorizationServerUrl: String(authorizationServerUrl),
      resourceMetadataUrl: effectiveResourceMetadataUrl?.toString(),
      resourceMetadata,
      authorizationServerMetadata: metadata
    });
  }
  let issuer = String(authorizationServerUrl), selectedResource = await selectResourceURL(serverUrl, provider, resourceMetadata), resource = selectedResource && resourceMetadata && !provider.validateResourceURL ? resourceMetadata.resource : selectedResource, resolvedScope = scope || resourceMetadata?.scopes_supported?.join(" ") || provider.clientMetadata.scope, storedClientInformation = await Promise.resolve(provider.clientInformation()), clientInformation = discardIfIssuerMismatch(storedClientInformation, issuer), canRegisterAgain = provider.saveClientInformation !== void 0 && !!provider.redirectUrl;
  if (storedClientInformation && !clientInformation && !canRegisterAgain)
    throw boundElsewhereError(storedClientInformation, issuer);
  let unstampedClientInformation = clientInformation?.issuer == null ? clientInformation : void 0, bindClientInformation = async () => {
    try {
      unstampedClientInformation && await provider.saveClientInformation?.({ ...unstampedClientInformation, issuer });
    } catch {
    }
  };
  if (!clientInformation) {
    if (authorizationCode !== void 0)
      throw new Error("Existing OAuth client information is required when exchanging an authorization code");
    let supportsUrlBasedClientId = metadata?.client_id_metadata_document_supported === !0, clientMetadataUrl = provider.clientMetadataUrl;
    if (clientMetadataUrl && !isHttpsUrl(clientMetadataUrl))
      throw new InvalidClientMetadataError(`clientMetadataUrl must be a valid HTTPS URL with a non-root pathname, got: ${clientMetadataUrl}`);
    if (supportsUrlBasedClientId && clientMetadataUrl)
      clientInformation = { client_id: clientMetadataUrl, issuer }, await provider.saveClientInformation?.(clientInformation);
    else {
      if (!provider.saveClientInformation)
        throw new Error("OAuth client information must be saveable for dynamic registration");
      clientInformation = { ...await registerClient(authorizationServerUrl, {
        metadata,
        clientMetadata: provider.clientMetadata,
        scope: resolvedScope,
        fetchFn
      }), issuer }, await provider.saveClientInformation(clientInformation);
    }
  }
  let nonInteractiveFlow = !provider.redirectUrl;
  if (authorizationCode !== void 0 || nonInteractiveFlow) {
    let tokens2 = await fetchToken(provider, authorizationServerUrl, {
      metadata,
      resource,
      authorizationCode,
      fetchFn
    });
    return await bindClientInformation(), await provider.saveTokens({ ...tokens2, issuer }), "AUTHORIZED";
  }
  let tokens = discardIfIssuerMismatch(await provider.tokens(), issuer);
  if (tokens?.refresh_token && tokens.issuer == null && console.warn("[mcp-sdk] stored OAuth tokens have no 'issuer' property (saved by an earlier version, or by a provider that does not keep it) and are used as-is; make sure your OAuthClientProvider stores what saveTokens() and saveClientInformation() receive unchanged."), tokens?.refresh_token)
    try {
      let newTokens = await refreshAuthorization(authorizationServerUrl, {
        metadata,
        clientInformation,
        refreshToken: tokens.refresh_token,
        resource,
        addClientAuthentication: provider.addClientAuthentication,
        fetchFn
      });
      return await bindClientInformation(), await provider.saveTokens({ ...newTokens, issuer }), "AUTHORIZED";
    } catch (error) {
      if (!(!(error instanceof OAuthError) || error instanceof ServerError))
        throw error;
    }
  let state = provider.state ? await provider.state() : void 0, { authorizationUrl, codeVerifier } = await startAuthorization(authorizationServerUrl, {
    metadata,
    clientInformation,
    state,
    redirectUrl: provider.redirectUrl,
    scope: resolvedScope,
    resource
  });
  return await provider.saveCodeVerifier(codeVerifier), await provider.redirectToAuthorization(authorizationUrl), "REDIRECT";
}
function isHttpsUrl(value) {
  if (!value)
    return !1;
  try {
    let url2 = new URL(value);
    return url2.protocol === "https:" && url2.pathname !== "/";
  } catch {
    return !1;
  }
}
async function selectResourceURL(serverUrl, provider, resourceMetadata) {
  let defaultResource = resourceUrlFromServerUrl(serverUrl);
  if (provider.validateResourceURL)
    return await provider.validateResourceURL(defaultResource, resourceMetadata?.resource);
  if (resourceMetadata) {
    if (!checkResourceAllowed({ requestedResource: defaultResource, configuredResource: resourceMetadata.resource }))
      throw new Error(`Protected resource ${resourceMetadata.resource} does not match expected ${defaultResource} (or origin)`);
    return new URL(resourceMetadata.resource);
  }
}
function extractWWWAuthenticateParams(res) {
  let authenticateHeader = res.headers.get("WWW-Authenticate");
  if (!authenticateHeader)
    return {};
  let [type, scheme] = authenticateHeader.split(" ");
  if (type.toLowerCase() !== "bearer" || !scheme)
    return {};
  let resourceMetadataMatch = extractFieldFromWwwAuth(res, "resource_metadata") || void 0, resourceMetadataUrl;
  if (resourceMetadataMatch)
    try {
      resourceMetadataUrl = new URL(resourceMetadataMatch);
    } catch {
    }
  let scope = extractFieldFromWwwAuth(res, "scope") || void 0, error = extractFieldFromWwwAuth(res, "error") || void 0;
  return {
    resourceMetadataUrl,
    scope,
    error
  };
}
function extractFieldFromWwwAuth(response, fieldName) {
  let wwwAuthHeader = response.headers.get("WWW-Authenticate");
  if (!wwwAuthHeader)
    return null;
  let pattern = new RegExp(`${fieldName}=(?:"([^"]+)"|([^\\s,]+))`), match = wwwAuthHeader.match(pattern);
  return match ? match[1] || match[2] : null;
}
async function discoverOAuthProtectedResourceMetadata(serverUrl, opts, fetchFn = fetch) {
  let response = await discoverMetadataWithFallback(serverUrl, "oauth-protected-resource", fetchFn, {
    protocolVersion: opts?.protocolVersion,
    metadataUrl: opts?.resourceMetadataUrl
  });
  if (!response || response.status === 404)
    throw await response?.body?.cancel(), new Error("Resource server does not implement OAuth 2.0 Protected Resource Metadata.");
  if (!response.ok)
    throw await response.body?.cancel(), new Error(`HTTP ${response.status} trying to load well-known OAuth protected resource metadata.`);
  return OAuthProtectedResourceMetadataSchema.parse(await response.json());
}
async function fetchWithCorsRetry(url2, headers, fetchFn = fetch) {
  try {
    return await fetchWithinOrigin(fetchFn)(url2, { headers });
  } catch (error) {
    if (error instanceof TypeError)
      return headers ? fetchWithCorsRetry(url2, void 0, fetchFn) : void 0;
    throw error;
  }
}
function buildWellKnownPath(wellKnownPrefix, pathname = "", options = {}) {
  return pathname.endsWith("/") && (pathname = pathname.slice(0, -1)), options.prependPathname ? `${pathname}/.well-known/${wellKnownPrefix}` : `/.well-known/${wellKnownPrefix}${pathname}`;
}
async function tryMetadataDiscovery(url2, protocolVersion, fetchFn = fetch) {
  return await fetchWithCorsRetry(url2, {
    "MCP-Protocol-Version": protocolVersion
  }, fetchFn);
}
function shouldAttemptFallback(response, pathname) {
  return !response || !response.ok && response.status < 500 && pathname !== "/";
}
async function discoverMetadataWithFallback(serverUrl, wellKnownType, fetchFn, opts) {
  let issuer = new URL(serverUrl), protocolVersion = opts?.protocolVersion ?? import_chunk_BQUIEBUU.LATEST_PROTOCOL_VERSION, url2;
  if (opts?.metadataUrl)
    url2 = new URL(opts.metadataUrl);
  else {
    let wellKnownPath = buildWellKnownPath(wellKnownType, issuer.pathname);
    url2 = new URL(wellKnownPath, opts?.metadataServerUrl ?? issuer), url2.search = issuer.search;
  }
  let response = await tryMetadataDiscovery(url2, protocolVersion, fetchFn);
  if (!opts?.metadataUrl && shouldAttemptFallback(response, issuer.pathname)) {
    let rootUrl = new URL(`/.well-known/${wellKnownType}`, issuer);
    response = await tryMetadataDiscovery(rootUrl, protocolVersion, fetchFn);
  }
  return response;
}
function buildDiscoveryUrls(authorizationServerUrl) {
  let url2 = typeof authorizationServerUrl == "string" ? new URL(authorizationServerUrl) : authorizationServerUrl, hasPath = url2.pathname !== "/", urlsToTry = [];
  if (!hasPath)
    return urlsToTry.push({
      url: new URL("/.well-known/oauth-authorization-server", url2.origin),
      type: "oauth"
    }), urlsToTry.push({
      url: new URL("/.well-known/openid-configuration", url2.origin),
      type: "oidc"
    }), urlsToTry;
  let pathname = url2.pathname;
  return pathname.endsWith("/") && (pathname = pathname.slice(0, -1)), urlsToTry.push({
    url: new URL(`/.well-known/oauth-authorization-server${pathname}`, url2.origin),
    type: "oauth"
  }), urlsToTry.push({
    url: new URL(`/.well-known/openid-configuration${pathname}`, url2.origin),
    type: "oidc"
  }), urlsToTry.push({
    url: new URL(`${pathname}/.well-known/openid-configuration`, url2.origin),
    type: "oidc"
  }), urlsToTry;
}
async function discoverAuthorizationServerMetadata(authorizationServerUrl, { fetchFn = fetch, protocolVersion = import_chunk_BQUIEBUU.LATEST_PROTOCOL_VERSION } = {}) {
  let headers = {
    "MCP-Protocol-Version": protocolVersion,
    Accept: "application/json"
  }, urlsToTry = buildDiscoveryUrls(authorizationServerUrl);
  for (let { url: endpointUrl, type } of urlsToTry) {
    let response = await fetchWithCorsRetry(endpointUrl, headers, fetchFn);
    if (response) {
      if (!response.ok) {
        if (await response.body?.cancel(), response.status < 500)
          continue;
        throw new Error(`HTTP ${response.status} trying to load ${type === "oauth" ? "OAuth" : "OpenID provider"} metadata from ${endpointUrl}`);
      }
      return type === "oauth" ? OAuthMetadataSchema.parse(await response.json()) : OpenIdProviderDiscoveryMetadataSchema.parse(await response.json());
    }
  }
}
async function discoverOAuthServerInfo(serverUrl, opts) {
  let resourceMetadata, authorizationServerUrl;
  try {
    resourceMetadata = await discoverOAuthProtectedResourceMetadata(serverUrl, { resourceMetadataUrl: opts?.resourceMetadataUrl }, opts?.fetchFn), resourceMetadata.authorization_servers && resourceMetadata.authorization_servers.length > 0 && (authorizationServerUrl = resourceMetadata.authorization_servers[0]);
  } catch {
  }
  authorizationServerUrl || (authorizationServerUrl = String(new URL("/", serverUrl)));
  let authorizationServerMetadata = await discoverAuthorizationServerMetadata(authorizationServerUrl, { fetchFn: opts?.fetchFn });
  return {
    authorizationServerUrl,
    authorizationServerMetadata,
    resourceMetadata
  };
}
function resourceIndicatorToString(resource) {
  return typeof resource == "string" ? resource : resource.href;
}
async function startAuthorization(authorizationServerUrl, { metadata, clientInformation, redirectUrl, scope, state, resource }) {
  let authorizationUrl;
  if (metadata) {
    if (authorizationUrl = new URL(metadata.authorization_endpoint), !metadata.response_types_supported.includes(AUTHORIZATION_CODE_RESPONSE_TYPE))
      throw new Error(`Incompatible auth server: does not support response type ${AUTHORIZATION_CODE_RESPONSE_TYPE}`);
    if (metadata.code_challenge_methods_supported && !metadata.code_challenge_methods_supported.includes(AUTHORIZATION_CODE_CHALLENGE_METHOD))
      throw new Error(`Incompatible auth server: does not support code challenge method ${AUTHORIZATION_CODE_CHALLENGE_METHOD}`);
  } else
    authorizationUrl = new URL("/authorize", authorizationServerUrl);
  let challenge = await pkceChallenge(), codeVerifier = challenge.code_verifier, codeChallenge = challenge.code_challenge;
  return authorizationUrl.searchParams.set("response_type", AUTHORIZATION_CODE_RESPONSE_TYPE), authorizationUrl.searchParams.set("client_id", clientInformation.client_id), authorizationUrl.searchParams.set("code_challenge", codeChallenge), authorizationUrl.searchParams.set("code_challenge_method", AUTHORIZATION_CODE_CHALLENGE_METHOD), authorizationUrl.searchParams.set("redirect_uri", String(redirectUrl)), state && authorizationUrl.searchParams.set("state", state), scope && authorizationUrl.searchParams.set("scope", scope), scope?.includes("offline_access") && authorizationUrl.searchParams.append("prompt", "consent"), resource && authorizationUrl.searchParams.set("resource", resourceIndicatorToString(resource)), { authorizationUrl, codeVerifier };
}
function prepareAuthorizationCodeRequest(authorizationCode, codeVerifier, redirectUri) {
  return new URLSearchParams({
    grant_type: "authorization_code",
    code: authorizationCode,
    code_verifier: codeVerifier,
    redirect_uri: String(redirectUri)
  });
}
async function executeTokenRequest(authorizationServerUrl, { metadata, tokenRequestParams, clientInformation, addClientAuthentication, resource, fetchFn }) {
  let tokenUrl = metadata?.token_endpoint ? new URL(metadata.token_endpoint) : new URL("/token", authorizationServerUrl), headers = new import_chunk_WE6FURZE.LightHeaders({
    "Content-Type": "application/x-www-form-urlencoded",
    Accept: "application/json"
  });
  if (resource && tokenRequestParams.set("resource", resourceIndicatorToString(resource)), addClientAuthentication)
    await addClientAuthentication(headers, tokenRequestParams, tokenUrl, metadata);
  else if (clientInformation) {
    let supportedMethods = metadata?.token_endpoint_auth_methods_supported ?? [], authMethod = selectClientAuthMethod(clientInformation, supportedMethods);
    applyClientAuthentication(authMethod, clientInformation, headers, tokenRequestParams);
  }
  let response = await fetchWithinOrigin(fetchFn ?? fetch)(tokenUrl, {
    method: "POST",
    headers,
    body: tokenRequestParams
  });
  if (!response.ok)
    throw await parseErrorResponse(response);
  return TokenResponseSchema.parse(await response.json());
}
async function refreshAuthorization(authorizationServerUrl, { metadata, clientInformation, refreshToken, resource, addClientAuthentication, fetchFn }) {
  let tokenRequestParams = new URLSearchParams({
    grant_type: "refresh_token",
    refresh_token: refreshToken
  }), tokens = await executeTokenRequest(authorizationServerUrl, {
    metadata,
    tokenRequestParams,
    clientInformation,
    addClientAuthentication,
    resource,
    fetchFn
  });
  return { refresh_token: refreshToken, ...tokens };
}
async function fetchToken(provider, authorizationServerUrl, { metadata, resource, authorizationCode, fetchFn } = {}) {
  let readClientInformation = async () => {
    let storedClientInformation = await provider.clientInformation(), checked = discardIfIssuerMismatch(storedClientInformation, String(authorizationServerUrl));
    if (storedClientInformation && !checked)
      throw boundElsewhereError(storedClientInformation, String(authorizationServerUrl));
    return checked;
  }, clientInformation = await readClientInformation(), scope = provider.clientMetadata.scope, tokenRequestParams;
  if (provider.prepareTokenRequest && (tokenRequestParams = await provider.prepareTokenRequest(scope)), !tokenRequestParams) {
    if (!authorizationCode)
      throw new Error("Either provider.prepareTokenRequest() or authorizationCode is required");
    if (!provider.redirectUrl)
      throw new Error("redirectUrl is required for authorization_code flow");
    let codeVerifier = await provider.codeVerifier();
    tokenRequestParams = prepareAuthorizationCodeRequest(authorizationCode, codeVerifier, provider.redirectUrl);
  }
  return clientInformation ?? (clientInformation = await readClientInformation()), executeTokenRequest(authorizationServerUrl, {
    metadata,
    tokenRequestParams,
    clientInformation,
    addClientAuthentication: provider.addClientAuthentication,
    resource,
    fetchFn
  });
}
async function registerClient(authorizationServerUrl, { metadata, clientMetadata, scope, fetchFn }) {
  let registrationUrl;
  if (metadata) {
    if (!metadata.registration_endpoint)
      throw new Error("Incompatible auth server: does not support dynamic client registration");
    registrationUrl = new URL(metadata.registration_endpoint);
  } else
    registrationUrl = new URL("/register", authorizationServerUrl);
  let response = await fetchWithinOrigin(fetchFn ?? fetch)(registrationUrl, {
    method: "POST",
    headers: {
      "Content-Type": "application/json"
    },
    body: JSON.stringify({
      ...clientMetadata,
      ...scope !== void 0 ? { scope } : {}
    })
  });
  if (!response.ok)
    throw await parseErrorResponse(response);
  return RegistrationResponseSchema.parse(await response.json());
}
(0, import_chunk_WE6FURZE.init_web_globals)(), (0, import_chunk_WE6FURZE.init_web_globals)();
var ParseError = class extends Error {
  constructor(message, options) {
    super(message), this.name = "ParseError", this.type = options.type, this.field = options.field, this.value = options.value, this.line = options.line;
  }
}, LF = 10, CR = 13, SPACE = 32;
function noop(_arg) {
}
function createParser(config) {
  if (typeof config == "function")
    throw new TypeError(
      "`config` must be an object, got a function instead. Did you mean `createParser({onEvent: fn})`?"
    );
  let { onEvent = noop, onError = noop, onRetry = noop, onComment, maxBufferSize } = config, pendingFragments = [], pendingFragmentsLength = 0, isFirstChunk = !0, id, data = "", dataLines = 0, eventType, terminated = !1;
  function feed(chunk) {
    if (terminated)
      throw new Error(
        "Cannot feed parser: it was terminated after exceeding the configured max buffer size. Call `reset()` to resume parsing."
      );
    if (isFirstChunk && (isFirstChunk = !1, chunk.charCodeAt(0) === 239 && chunk.charCodeAt(1) === 187 && chunk.charCodeAt(2) === 191 && (chunk = chunk.slice(3))), pendingFragments.length === 0) {
      let trailing2 = processLines(chunk);
      trailing2 !== "" && (pendingFragments.push(trailing2), pendingFragmentsLength = trailing2.length), checkBufferSize();
      return;
    }
    if (chunk.indexOf(`
`) === -1 && chunk.indexOf("\r") === -1) {
      pendingFragments.push(chunk), pendingFragmentsLength += chunk.length, checkBufferSize();
      return;
    }
    pendingFragments.push(chunk);
    let input = pendingFragments.join("");
    pendingFragments.length = 0, pendingFragmentsLength = 0;
    let trailing = processLines(input);
    trailing !== "" && (pendingFragments.push(trailing), pendingFragmentsLength = trailing.length), checkBufferSize();
  }
  function checkBufferSize() {
    maxBufferSize !== void 0 && (pendingFragmentsLength + data.length <= maxBufferSize || (terminated = !0, pendingFragments.length = 0, pendingFragmentsLength = 0, id = void 0, data = "", dataLines = 0, eventType = void 0, onError(
      new ParseError(`Buffered data exceeded max buffer size of ${maxBufferSize} characters`, {
        type: "max-buffer-size-exceeded"
      })
    )));
  }
  function processLines(chunk) {
    let searchIndex = 0;
    if (chunk.indexOf("\r") === -1) {
      let lfIndex = chunk.indexOf(`
`, searchIndex);
      for (; lfIndex !== -1; ) {
        if (searchIndex === lfIndex) {
          dataLines > 0 && onEvent({ id, event: eventType, data }), id = void 0, data = "", dataLines = 0, eventType = void 0, searchIndex = lfIndex + 1, lfIndex = chunk.indexOf(`
`, searchIndex);
          continue;
        }
        let firstCharCode = chunk.charCodeAt(searchIndex);
        if (isDataPrefix(chunk, searchIndex, firstCharCode)) {
          let valueStart = chunk.charCodeAt(searchIndex + 5) === SPACE ? searchIndex + 6 : searchIndex + 5, value = chunk.slice(valueStart, lfIndex);
          if (dataLines === 0 && chunk.charCodeAt(lfIndex + 1) === LF) {
            onEvent({ id, event: eventType, data: value }), id = void 0, data = "", eventType = void 0, searchIndex = lfIndex + 2, lfIndex = chunk.indexOf(`
`, searchIndex);
            continue;
          }
          data = dataLines === 0 ? value : `${data}
${value}`, dataLines++;
        } else isEventPrefix(chunk, searchIndex, firstCharCode) ? eventType = chunk.slice(
          chunk.charCodeAt(searchIndex + 6) === SPACE ? searchIndex + 7 : searchIndex + 6,
          lfIndex
        ) || void 0 : parseLine(chunk, searchIndex, lfIndex);
        searchIndex = lfIndex + 1, lfIndex = chunk.indexOf(`
`, searchIndex);
      }
      return chunk.slice(searchIndex);
    }
    for (; searchIndex < chunk.length; ) {
      let crIndex = chunk.indexOf("\r", searchIndex), lfIndex = chunk.indexOf(`
`, searchIndex), lineEnd = -1;
      if (crIndex !== -1 && lfIndex !== -1 ? lineEnd = crIndex < lfIndex ? crIndex : lfIndex : crIndex !== -1 ? crIndex === chunk.length - 1 ? lineEnd = -1 : lineEnd = crIndex : lfIndex !== -1 && (lineEnd = lfIndex), lineEnd === -1)
        break;
      parseLine(chunk, searchIndex, lineEnd), searchIndex = lineEnd + 1, chunk.charCodeAt(searchIndex - 1) === CR && chunk.charCodeAt(searchIndex) === LF && searchIndex++;
    }
    return chunk.slice(searchIndex);
  }
  function parseLine(chunk, start, end) {
    if (start === end) {
      dispatchEvent();
      return;
    }
    let firstCharCode = chunk.charCodeAt(start);
    if (isDataPrefix(chunk, start, firstCharCode)) {
      let valueStart = chunk.charCodeAt(start + 5) === SPACE ? start + 6 : start + 5, value2 = chunk.slice(valueStart, end);
      data = dataLines === 0 ? value2 : `${data}
${value2}`, dataLines++;
      return;
    }
    if (isEventPrefix(chunk, start, firstCharCode)) {
      eventType = chunk.slice(chunk.charCodeAt(start + 6) === SPACE ? start + 7 : start + 6, end) || void 0;
      return;
    }
    if (firstCharCode === 105 && chunk.charCodeAt(start + 1) === 100 && chunk.charCodeAt(start + 2) === 58) {
      let value2 = chunk.slice(chunk.charCodeAt(start + 3) === SPACE ? start + 4 : start + 3, end);
      value2.includes("\0") || (id = value2);
      return;
    }
    if (firstCharCode === 58) {
      if (onComment) {
        let line2 = chunk.slice(start, end);
        onComment(line2.slice(chunk.charCodeAt(start + 1) === SPACE ? 2 : 1));
      }
      return;
    }
    let line = chunk.slice(start, end), fieldSeparatorIndex = line.indexOf(":");
    if (fieldSeparatorIndex === -1) {
      processField(line, "", line);
      return;
    }
    let field = line.slice(0, fieldSeparatorIndex), offset = line.charCodeAt(fieldSeparatorIndex + 1) === SPACE ? 2 : 1, value = line.slice(fieldSeparatorIndex + offset);
    processField(field, value, line);
  }
  function processField(field, value, line) {
    switch (field) {
      case "event":
        eventType = value || void 0;
        break;
      case "data":
        data = dataLines === 0 ? value : `${data}
${value}`, dataLines++;
        break;
      case "id":
        value.includes("\0") || (id = value);
        break;
      case "retry":
        /^\d+$/.test(value) ? onRetry(parseInt(value, 10)) : onError(
          new ParseError(`Invalid \`retry\` value: "${value}"`, {
            type: "invalid-retry",
            value,
            line
          })
        );
        break;
      default:
        onError(
          new ParseError(
            `Unknown field "${field.length > 20 ? `${field.slice(0, 20)}\u2026` : field}"`,
            { type: "unknown-field", field, value, line }
          )
        );
        break;
    }
  }
  function dispatchEvent() {
    dataLines > 0 && onEvent({
      id,
      event: eventType,
      data
    }), id = void 0, data = "", dataLines = 0, eventType = void 0;
  }
  function reset(options = {}) {
    if (options.consume && pendingFragments.length > 0) {
      let incompleteLine = pendingFragments.join("");
      parseLine(incompleteLine, 0, incompleteLine.length);
    }
    isFirstChunk = !0, id = void 0, data = "", dataLines = 0, eventType = void 0, pendingFragments.length = 0, pendingFragmentsLength = 0, terminated = !1;
  }
  return { feed, reset };
}
function isDataPrefix(chunk, i, firstCharCode) {
  return firstCharCode === 100 && chunk.charCodeAt(i + 1) === 97 && chunk.charCodeAt(i + 2) === 116 && chunk.charCodeAt(i + 3) === 97 && chunk.charCodeAt(i + 4) === 58;
}
function isEventPrefix(chunk, i, firstCharCode) {
  return firstCharCode === 101 && chunk.charCodeAt(i + 1) === 118 && chunk.charCodeAt(i + 2) === 101 && chunk.charCodeAt(i + 3) === 110 && chunk.charCodeAt(i + 4) === 116 && chunk.charCodeAt(i + 5) === 58;
}
var EventSourceParserStream = class extends TransformStream {
  constructor({ onError, onRetry, onComment, maxBufferSize } = {}) {
    let parser;
    super({
      start(controller) {
        parser = createParser({
          onEvent: (event) => {
            controller.enqueue(event);
          },
          onError(error) {
            typeof onError == "function" && onError(error), (onError === "terminate" || error.type === "max-buffer-size-exceeded") && controller.error(error);
          },
          onRetry,
          onComment,
          maxBufferSize
        });
      },
      transform(chunk) {
        parser.feed(chunk);
      }
    });
  }
}, DEFAULT_STREAMABLE_HTTP_RECONNECTION_OPTIONS = {
  initialReconnectionDelay: 1e3,
  maxReconnectionDelay: 3e4,
  reconnectionDelayGrowFactor: 1.5,
  maxRetries: 2
}, StreamableHTTPError = class extends Error {
  constructor(code, message) {
    super(`Streamable HTTP error: ${message}`), this.code = code;
  }
}, StreamableHTTPClientTransport = class {
  constructor(url2, opts) {
    this._hasCompletedAuthFlow = !1, this._url = url2, this._resourceMetadataUrl = void 0, this._scope = void 0, this._requestInit = opts?.requestInit, this._authProvider = opts?.authProvider, this._fetch = opts?.fetch, this._fetchWithInit = createFetchWithInit(opts?.fetch, opts?.requestInit), this._followRedirects = opts?.redirectPolicy === "follow", this._followRedirects && (this._fetch = fetchLeavingRedirects(this._fetch), this._fetchWithInit = fetchLeavingRedirects(this._fetchWithInit)), this._sessionId = opts?.sessionId, this._reconnectionOptions = opts?.reconnectionOptions ?? DEFAULT_STREAMABLE_HTTP_RECONNECTION_OPTIONS;
  }
  /** Error text for a redirect `response` that was not followed, or `undefined` for any other response. */
  _unfollowedRedirect(response, url2) {
    let text = unfollowedRedirect(response, url2);
    return text && !this._followRedirects ? `${text} (redirectPolicy: 'same-origin')` : text;
  }
  async _authThenStart() {
    if (!this._authProvider)
      throw new UnauthorizedError("No auth provider");
    let result;
    try {
      result = await auth(this._authProvider, {
        serverUrl: this._url,
        resourceMetadataUrl: this._resourceMetadataUrl,
        scope: this._scope,
        fetchFn: this._fetchWithInit
      });
    } catch (error) {
      throw this.onerror?.(error), error;
    }
    if (result !== "AUTHORIZED")
      throw new UnauthorizedError();
    return await this._startOrAuthSse({ resumptionToken: void 0 });
  }
  async _commonHeaders() {
    let headers = {};
    if (this._authProvider) {
      let tokens = await this._authProvider.tokens();
      tokens && (headers.Authorization = `Bearer ${tokens.access_token}`);
    }
    this._sessionId && (headers["mcp-session-id"] = this._sessionId), this._protocolVersion && (headers["mcp-protocol-version"] = this._protocolVersion);
    let extraHeaders = normalizeHeaders(this._requestInit?.headers);
    return new import_chunk_WE6FURZE.LightHeaders({
      ...headers,
      ...extraHeaders
    });
  }
  async _startOrAuthSse(options) {
    let { resumptionToken } = options;
    try {
      let headers = await this._commonHeaders();
      headers.set("Accept", "text/event-stream"), resumptionToken && headers.set("last-event-id", resumptionToken);
      let fetchFn = this._fetch ?? fetch, init = { method: "GET", headers, signal: this._abortController?.signal }, response = await fetchFn(this._url, this._followRedirects ? init : { ...init, redirect: "manual" }), followed = this._followRedirects ? void 0 : followWithinOrigin(fetchFn, this._url, init, response);
      if (followed && (response = await followed), !response.ok) {
        if (await response.body?.cancel(), response.status === 401 && this._authProvider)
          return await this._authThenStart();
        if (response.status === 405)
          return;
        throw new StreamableHTTPError(response.status, `Failed to open SSE stream: ${this._unfollowedRedirect(response, this._url) ?? response.statusText}`);
      }
      this._handleSseStream(response.body, options, !0);
    } catch (error) {
      throw this.onerror?.(error), error;
    }
  }
  /**
   * Calculates the next reconnection delay using  backoff algorithm
   *
   * @param attempt Current reconnection attempt count for the specific stream
   * @returns Time to wait in milliseconds before next reconnection attempt
   */
  _getNextReconnectionDelay(attempt) {
    if (this._serverRetryMs !== void 0)
      return this._serverRetryMs;
    let initialDelay = this._reconnectionOptions.initialReconnectionDelay, growFactor = this._reconnectionOptions.reconnectionDelayGrowFactor, maxDelay = this._reconnectionOptions.maxReconnectionDelay;
    return Math.min(initialDelay * Math.pow(growFactor, attempt), maxDelay);
  }
  /**
   * Schedule a reconnection attempt using server-provided retry interval or backoff
   *
   * @param lastEventId The ID of the last received event for resumability
   * @param attemptCount Current reconnection attempt count for this specific stream
   */
  _scheduleReconnection(options, attemptCount = 0) {
    let maxRetries = this._reconnectionOptions.maxRetries;
    if (attemptCount >= maxRetries) {
      this.onerror?.(new Error(`Maximum reconnection attempts (${maxRetries}) exceeded.`));
      return;
    }
    let delay = this._getNextReconnectionDelay(attemptCount);
    this._reconnectionTimeout = setTimeout(() => {
      this._startOrAuthSse(options).catch((error) => {
        this.onerror?.(new Error(`Failed to reconnect SSE stream: ${error instanceof Error ? error.message : String(error)}`)), this._scheduleReconnection(options, attemptCount + 1);
      });
    }, delay);
  }
  _handleSseStream(stream, options, isReconnectable) {
    if (!stream)
      return;
    let { onresumptiontoken, replayMessageId } = options, lastEventId, hasPrimingEvent = !1, receivedResponse = !1;
    (async () => {
      try {
        let reader = stream.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream({
          onRetry: (retryMs) => {
            this._serverRetryMs = retryMs;
          }
        })).getReader();
        for (; ; ) {
          let { value: event, done } = await reader.read();
          if (done)
            break;
          if (event.id && (lastEventId = event.id, hasPrimingEvent = !0, onresumptiontoken?.(event.id)), !!event.data && (!event.event || event.event === "message"))
            try {
              let message = import_chunk_BQUIEBUU.JSONRPCMessageSchema.parse(JSON.parse(event.data));
              (0, import_chunk_BQUIEBUU.isJSONRPCResultResponse)(message) && (receivedResponse = !0, replayMessageId !== void 0 && (message.id = replayMessageId)), this.onmessage?.(message);
            } catch (error) {
              this.onerror?.(error);
            }
        }
        (isReconnectable || hasPrimingEvent) && !receivedResponse && this._abortController && !this._abortController.signal.aborted && this._scheduleReconnection({
          resumptionToken: lastEventId,
          onresumptiontoken,
          replayMessageId
        }, 0);
      } catch (error) {
        if (this.onerror?.(new Error(`SSE stream disconnected: ${error}`)), (isReconnectable || hasPrimingEvent) && !receivedResponse && this._abortController && !this._abortController.signal.aborted)
          try {
            this._scheduleReconnection({
              resumptionToken: lastEventId,
              onresumptiontoken,
              replayMessageId
            }, 0);
          } catch (error2) {
            this.onerror?.(new Error(`Failed to reconnect: ${error2 instanceof Error ? error2.message : String(error2)}`));
          }
      }
    })();
  }
  async start() {
    if (this._abortController)
      throw new Error("StreamableHTTPClientTransport already started! If using Client class, note that connect() calls start() automatically.");
    this._abortController = new AbortController();
  }
  /**
   * Call this method after the user has finished authorizing via their user agent and is redirected back to the MCP client application. This will exchange the authorization code for an access token, enabling the next connection attempt to successfully auth.
   */
  async finishAuth(authorizationCode) {
    if (!this._authProvider)
      throw new UnauthorizedError("No auth provider");
    if (await auth(this._authProvider, {
      serverUrl: this._url,
      authorizationCode,
      resourceMetadataUrl: this._resourceMetadataUrl,
      scope: this._scope,
      fetchFn: this._fetchWithInit
    }) !== "AUTHORIZED")
      throw new UnauthorizedError("Failed to authorize");
  }
  async close() {
    this._reconnectionTimeout && (clearTimeout(this._reconnectionTimeout), this._reconnectionTimeout = void 0), this._abortController?.abort(), this.onclose?.();
  }
  async send(message, options) {
    try {
      let { resumptionToken, onresumptiontoken } = options || {};
      if (resumptionToken) {
        this._startOrAuthSse({ resumptionToken, replayMessageId: (0, import_chunk_BQUIEBUU.isJSONRPCRequest)(message) ? message.id : void 0 }).catch((err) => this.onerror?.(err));
        return;
      }
      let headers = await this._commonHeaders();
      headers.set("content-type", "application/json"), headers.set("accept", "application/json, text/event-stream");
      let init = {
        ...this._requestInit,
        method: "POST",
        headers,
        body: JSON.stringify(message),
        signal: this._abortController?.signal
      }, response = await fetchWithinOrigin(this._fetch ?? fetch)(this._url, init), sessionId = response.headers.get("mcp-session-id");
      if (sessionId && (this._sessionId = sessionId), !response.ok) {
        let text = await response.text().catch(() => null);
        if (response.status === 401 && this._authProvider) {
          if (this._hasCompletedAuthFlow)
            throw new StreamableHTTPError(401, "Server returned 401 after successful authentication");
          let { resourceMetadataUrl, scope } = extractWWWAuthenticateParams(response);
          if (this._resourceMetadataUrl = resourceMetadataUrl, this._scope = scope, await auth(this._authProvider, {
            serverUrl: this._url,
            resourceMetadataUrl: this._resourceMetadataUrl,
            scope: this._scope,
            fetchFn: this._fetchWithInit
          }) !== "AUTHORIZED")
            throw new UnauthorizedError();
          return this._hasCompletedAuthFlow = !0, this.send(message);
        }
        if (response.status === 403 && this._authProvider) {
          let { resourceMetadataUrl, scope, error } = extractWWWAuthenticateParams(response);
          if (error === "insufficient_scope") {
            let wwwAuthHeader = response.headers.get("WWW-Authenticate");
            if (this._lastUpscopingHeader === wwwAuthHeader)
              throw new StreamableHTTPError(403, "Server returned 403 after trying upscoping");
            if (scope && (this._scope = scope), resourceMetadataUrl && (this._resourceMetadataUrl = resourceMetadataUrl), this._lastUpscopingHeader = wwwAuthHeader ?? void 0, await auth(this._authProvider, {
              serverUrl: this._url,
              resourceMetadataUrl: this._resourceMetadataUrl,
              scope: this._scope,
              fetchFn: this._fetch
            }) !== "AUTHORIZED")
              throw new UnauthorizedError();
            return this.send(message);
          }
        }
        throw new StreamableHTTPError(response.status, `Error POSTing to endpoint: ${this._unfollowedRedirect(response, this._url) ?? text}`);
      }
      if (this._hasCompletedAuthFlow = !1, this._lastUpscopingHeader = void 0, response.status === 202) {
        await response.body?.cancel(), (0, import_chunk_BQUIEBUU.isInitializedNotification)(message) && this._startOrAuthSse({ resumptionToken: void 0 }).catch((err) => this.onerror?.(err));
        return;
      }
      let hasRequests = (Array.isArray(message) ? message : [message]).filter((msg) => "method" in msg && "id" in msg && msg.id !== void 0).length > 0, contentType = response.headers.get("content-type"), responseMediaType = (0, import_chunk_J34AVT42.mediaTypeEssence)(contentType);
      if (hasRequests)
        if (responseMediaType === "text/event-stream")
          this._handleSseStream(response.body, { onresumptiontoken }, !1);
        else if (responseMediaType === "application/json") {
          let data = await response.json(), responseMessages = Array.isArray(data) ? data.map((msg) => import_chunk_BQUIEBUU.JSONRPCMessageSchema.parse(msg)) : [import_chunk_BQUIEBUU.JSONRPCMessageSchema.parse(data)];
          for (let msg of responseMessages)
            this.onmessage?.(msg);
        } else
          throw await response.body?.cancel(), new StreamableHTTPError(-1, `Unexpected content type: ${contentType}`);
      else
        await response.body?.cancel();
    } catch (error) {
      throw this.onerror?.(error), error;
    }
  }
  get sessionId() {
    return this._sessionId;
  }
  /**
   * Terminates the current session by sending a DELETE request to the server.
   *
   * Clients that no longer need a particular session
   * (e.g., because the user is leaving the client application) SHOULD send an
   * HTTP DELETE to the MCP endpoint with the Mcp-Session-Id header to explicitly
   * terminate the session.
   *
   * The server MAY respond with HTTP 405 Method Not Allowed, indicating that
   * the server does not allow clients to terminate sessions.
   */
  async terminateSession() {
    if (this._sessionId)
      try {
        let headers = await this._commonHeaders(), init = {
          ...this._requestInit,
          method: "DELETE",
          headers,
          signal: this._abortController?.signal
        }, response = await fetchWithinOrigin(this._fetch ?? fetch)(this._url, init);
        if (await response.body?.cancel(), !response.ok && response.status !== 405)
          throw new StreamableHTTPError(response.status, `Failed to terminate session: ${this._unfollowedRedirect(response, this._url) ?? response.statusText}`);
        this._sessionId = void 0;
      } catch (error) {
        throw this.onerror?.(error), error;
      }
  }
  setProtocolVersion(version) {
    this._protocolVersion = version;
  }
  get protocolVersion() {
    return this._protocolVersion;
  }
  /**
   * Resume an SSE stream from a previous event ID.
   * Opens a GET SSE connection with Last-Event-ID header to replay missed events.
   *
   * @param lastEventId The event ID to resume from
   * @param options Optional callback to receive new resumption tokens
   */
  async resumeStream(lastEventId, options) {
    await this._startOrAuthSse({
      resumptionToken: lastEventId,
      onresumptiontoken: options?.onresumptiontoken
    });
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  Client,
  StreamableHTTPClientTransport
});
