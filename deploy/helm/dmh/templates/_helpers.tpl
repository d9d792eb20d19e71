{{/* Names, labels and the pieces every DMH pod shares. */}}

{{- define "dmh.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 50 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 50 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "dmh.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: dmh
{{- end -}}

{{/* Selector labels of one component: (dict "ctx" $ "component" "api") */}}
{{- define "dmh.selectorLabels" -}}
app.kubernetes.io/name: {{ .ctx.Chart.Name }}
app.kubernetes.io/instance: {{ .ctx.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "dmh.componentLabels" -}}
{{ include "dmh.labels" .ctx }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "dmh.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "dmh.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* The Secret every secret comes from: an existing one, or the one this chart renders. */}}
{{- define "dmh.secretName" -}}
{{- default (include "dmh.fullname" .) .Values.secrets.existingSecret -}}
{{- end -}}

{{/* The Dapr Configuration of one app (each app has its own: its access-control list): (dict "ctx" $ "component" "api") */}}
{{- define "dmh.daprConfigName" -}}
{{- printf "%s-dapr-%s" (include "dmh.fullname" .ctx) .component -}}
{{- end -}}

{{- define "dmh.secretStoreName" -}}
dmh-secretstore
{{- end -}}

{{- define "dmh.image" -}}
{{- printf "%s:%s" .image.repository (default .ctx.Chart.AppVersion .image.tag) -}}
{{- end -}}

{{- define "dmh.publicBaseUrl" -}}
{{- default (printf "https://%s" .Values.ingress.console.host) .Values.publicBaseUrl -}}
{{- end -}}

{{- define "dmh.h5PublicUrl" -}}
{{- default (printf "https://%s" .Values.ingress.h5.host) .Values.h5PublicUrl -}}
{{- end -}}

{{/*
Dapr sidecar annotations of an app pod: (dict "ctx" $ "component" "api" "appId" "dmh-api" "port" 8889 "healthPath" "/healthz")
healthPath empty: no app health check by the sidecar.
*/}}
{{- define "dmh.daprAnnotations" -}}
{{- $d := .ctx.Values.dapr -}}
dapr.io/enabled: "true"
dapr.io/app-id: {{ .appId | quote }}
dapr.io/app-port: {{ .port | quote }}
dapr.io/app-protocol: "http"
dapr.io/config: {{ include "dmh.daprConfigName" (dict "ctx" .ctx "component" .component) | quote }}
dapr.io/log-level: {{ $d.logLevel | quote }}
dapr.io/log-as-json: {{ $d.logAsJson | quote }}
dapr.io/enable-metrics: {{ $d.metrics.enabled | quote }}
dapr.io/metrics-port: {{ $d.metrics.port | quote }}
dapr.io/graceful-shutdown-seconds: {{ $d.gracefulShutdownSeconds | quote }}
{{- /* Secrets reach the components through dmh-secretstore only; the built-in store would read any Secret the service account may. */}}
dapr.io/disable-builtin-k8s-secret-store: "true"
{{- if .healthPath }}
dapr.io/enable-app-health-check: "true"
dapr.io/app-health-check-path: {{ .healthPath | quote }}
dapr.io/app-health-probe-interval: {{ $d.appHealthCheck.probeInterval | quote }}
dapr.io/app-health-threshold: {{ $d.appHealthCheck.threshold | quote }}
{{- end }}
{{- with $d.sidecar.cpuRequest }}
dapr.io/sidecar-cpu-request: {{ . | quote }}
{{- end }}
{{- with $d.sidecar.memoryRequest }}
dapr.io/sidecar-memory-request: {{ . | quote }}
{{- end }}
{{- with $d.sidecar.cpuLimit }}
dapr.io/sidecar-cpu-limit: {{ . | quote }}
{{- end }}
{{- with $d.sidecar.memoryLimit }}
dapr.io/sidecar-memory-limit: {{ . | quote }}
{{- end }}
{{- end -}}

{{/* A secretKeyRef env var: (dict "ctx" $ "name" "JWT_SECRET" "key" "jwtSecret") */}}
{{- define "dmh.secretEnv" -}}
- name: {{ .name }}
  valueFrom:
    secretKeyRef:
      name: {{ include "dmh.secretName" .ctx }}
      key: {{ index .ctx.Values.secrets.keys .key }}
{{- end -}}

{{/*
The environment the three Node processes share (docker-compose.yml's x-app-env, less what only the API reads):
plain settings come from the ConfigMap, the database password by reference.
*/}}
{{- define "dmh.appEnv" -}}
- name: NODE_ENV
  value: production
- name: HOST
  value: "0.0.0.0"
- name: DAPR_HOST
  value: "127.0.0.1"
- name: DAPR_HTTP_PORT
  value: {{ .Values.dapr.httpPort | quote }}
{{- /* The root filesystem is read-only: fontconfig (posters, canvas) keeps its cache under the writable /tmp. */}}
- name: XDG_CACHE_HOME
  value: /tmp/.cache
{{ include "dmh.secretEnv" (dict "ctx" . "name" "DB_PASSWORD" "key" "dbPassword") }}
{{- with include "dmh.appSpansUrl" . }}
- name: ZIPKIN_SPANS_URL
  value: {{ . | quote }}
{{- end }}
{{- with .Values.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/*
What only the API reads (api/src/config.ts): the token key, WeChat's app secret and Redis, and the key it signs
actor calls with (the actor host gets it too, actors.yaml) (the actor host and
the sync worker reach Redis through their sidecars' pub/sub only), so the other pods do not hold them.
*/}}
{{- define "dmh.apiOnlyEnv" -}}
{{ include "dmh.secretEnv" (dict "ctx" . "name" "JWT_SECRET" "key" "jwtSecret") }}
{{ include "dmh.secretEnv" (dict "ctx" . "name" "ACTOR_CALL_SECRET" "key" "actorCallSecret") }}
{{ include "dmh.secretEnv" (dict "ctx" . "name" "WECHAT_APP_SECRET" "key" "wechatAppSecret") }}
- name: WECHATPAY_APIV3_KEY
  valueFrom:
    secretKeyRef:
      name: {{ include "dmh.secretName" . }}
      key: {{ .Values.secrets.keys.wechatpayApiV3Key }}
      optional: true
{{- if .Values.redis.auth }}
{{ include "dmh.secretEnv" (dict "ctx" . "name" "REDIS_PASSWORD" "key" "redisPassword") }}
- name: REDIS_URL
  value: {{ printf "%s://:$(REDIS_PASSWORD)@%s:%v" (ternary "rediss" "redis" .Values.redis.tls) .Values.redis.host .Values.redis.port | quote }}
{{- else }}
- name: REDIS_URL
  value: {{ printf "%s://%s:%v" (ternary "rediss" "redis" .Values.redis.tls) .Values.redis.host .Values.redis.port | quote }}
{{- end }}
{{- end -}}

{{/* Probes on an app's own health endpoints: (dict "port" "http" "live" "/healthz" "ready" "/readyz") */}}
{{- define "dmh.probes" -}}
startupProbe:
  httpGet: { path: {{ .live }}, port: {{ .port }} }
  periodSeconds: 2
  failureThreshold: 60
livenessProbe:
  httpGet: { path: {{ .live }}, port: {{ .port }} }
  periodSeconds: 10
  timeoutSeconds: 3
  failureThreshold: 3
readinessProbe:
  httpGet: { path: {{ .ready }}, port: {{ .port }} }
  periodSeconds: 5
  timeoutSeconds: 3
  failureThreshold: 2
{{- end -}}

{{/* The writable /tmp every read-only-root container gets. */}}
{{- define "dmh.tmpVolumeMount" -}}
- name: tmp
  mountPath: /tmp
{{- end -}}

{{/*
Hook annotations of the Dapr resources: created before the first sidecar starts (and before the migration
job), re-applied before an upgrade rolls the pods. Hot reload is off (dapr/config.yaml), so a sidecar reads
its components, configuration and resiliency once, at start.
*/}}
{{- define "dmh.daprHook" -}}
helm.sh/hook: pre-install,pre-upgrade
helm.sh/hook-weight: "-10"
helm.sh/hook-delete-policy: before-hook-creation
{{- end }}

{{/*
The runtime settings every DMH sidecar shares (dapr/config.yaml for Kubernetes): tracing, metrics, features and
secret scopes, identical in each app's Configuration (dapr-configuration.yaml adds the access-control list).
*/}}
{{- define "dmh.daprConfigSpec" -}}
tracing:
  samplingRate: {{ .Values.dapr.tracing.samplingRate | quote }}
  {{- with .Values.dapr.tracing.zipkinEndpoint }}
  zipkin:
    endpointAddress: {{ . | quote }}
  {{- end }}
  {{- with .Values.dapr.tracing.otelEndpoint }}
  otel:
    endpointAddress: {{ . | quote }}
    isSecure: false
    protocol: grpc
  {{- end }}
metrics:
  enabled: {{ .Values.dapr.metrics.enabled }}
  http:
    increasedCardinality: false # one series per route template, not per URL (ids in paths)
# mTLS between sidecars is the control plane's (Sentry, the dapr-system Configuration "daprsystem"), not this one's.
features:
  # Off as locally (dapr/config.yaml says why): components change with a rollout, not in place.
  - name: HotReload
    enabled: false
secrets:
  scopes:
    # Components resolve their secretKeyRefs regardless; apps get no secret through the Dapr API.
    - storeName: {{ include "dmh.secretStoreName" . }}
      defaultAccess: deny
{{- end -}}

{{/*
ZIPKIN_SPANS_URL for the apps: the sidecars' Zipkin endpoint, when they export to it (a rate above "0"), so the
apps' spans and the sidecars' land in the same store. Empty otherwise (the apps then make no span).
*/}}
{{- define "dmh.appSpansUrl" -}}
{{- $t := .Values.dapr.tracing -}}
{{- if and $t.zipkinEndpoint (ne (toString $t.samplingRate) "0") -}}
{{- $t.zipkinEndpoint -}}
{{- end -}}
{{- end -}}
