{{/*
The Deployment of one of the three Node processes (one image, three entry points), each with its Dapr
sidecar. Called with (dict "ctx" $ "component" "api" "appId" "dmh-api" "entry" "api/dist/main.js"
"live" "/healthz" "ready" "/readyz" "sidecarHealthPath" "/healthz" "env" <list> "wechatpayKeys" bool
"apiOnlyEnv" bool).
*/}}
{{- define "dmh.nodeDeployment" -}}
{{- $ := .ctx -}}
{{- $c := index $.Values .component -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "dmh.fullname" $ }}-{{ .component }}
  labels:
    {{- include "dmh.componentLabels" (dict "ctx" $ "component" .component) | nindent 4 }}
spec:
  {{- if not .autoscaled }}
  replicas: {{ $c.replicaCount }}
  {{- end }}
  revisionHistoryLimit: 5
  strategy:
    type: RollingUpdate
    rollingUpdate: { maxUnavailable: 0, maxSurge: 1 }
  selector:
    matchLabels:
      {{- include "dmh.selectorLabels" (dict "ctx" $ "component" .component) | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "dmh.selectorLabels" (dict "ctx" $ "component" .component) | nindent 8 }}
      annotations:
        checksum/config: {{ include (print $.Template.BasePath "/configmap.yaml") $ | sha256sum }}
        {{- include "dmh.daprAnnotations" (dict "ctx" $ "component" .component "appId" .appId "port" $c.port "healthPath" .sidecarHealthPath) | nindent 8 }}
    spec:
      serviceAccountName: {{ include "dmh.serviceAccountName" $ }}
      {{- with $.Values.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .terminationGracePeriodSeconds }}
      terminationGracePeriodSeconds: {{ . }}
      {{- end }}
      securityContext:
        {{- toYaml $.Values.podSecurityContext | nindent 8 }}
      {{- /* Spread the replicas over nodes and zones: a node going away takes one replica, not all. */}}
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              {{- include "dmh.selectorLabels" (dict "ctx" $ "component" .component) | nindent 14 }}
        - maxSkew: 1
          topologyKey: topology.kubernetes.io/zone
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              {{- include "dmh.selectorLabels" (dict "ctx" $ "component" .component) | nindent 14 }}
      containers:
        - name: {{ .component }}
          image: {{ include "dmh.image" (dict "ctx" $ "image" $.Values.image) | quote }}
          imagePullPolicy: {{ $.Values.image.pullPolicy }}
          command: ["node", "--enable-source-maps", {{ .entry | quote }}]
          ports:
            - name: http
              containerPort: {{ $c.port }}
              protocol: TCP
          envFrom:
            - configMapRef:
                name: {{ include "dmh.fullname" $ }}-env
          env:
            - name: PORT
              value: {{ $c.port | quote }}
            {{- include "dmh.appEnv" $ | nindent 12 }}
            {{- if .apiOnlyEnv }}
            {{- include "dmh.apiOnlyEnv" $ | nindent 12 }}
            {{- end }}
            {{- with .env }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
            {{- with $c.extraEnv }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          {{- include "dmh.probes" (dict "port" "http" "live" .live "ready" .ready) | nindent 10 }}
          resources:
            {{- toYaml $c.resources | nindent 12 }}
          securityContext:
            {{- toYaml $.Values.containerSecurityContext | nindent 12 }}
          volumeMounts:
            {{- include "dmh.tmpVolumeMount" $ | nindent 12 }}
            {{- if and .wechatpayKeys $.Values.wechatpay.keysSecret }}
            - name: wechatpay-keys
              mountPath: /etc/dmh/wechatpay
              readOnly: true
            {{- end }}
      volumes:
        - name: tmp
          emptyDir: { sizeLimit: 256Mi }
        {{- if and .wechatpayKeys $.Values.wechatpay.keysSecret }}
        - name: wechatpay-keys
          secret:
            secretName: {{ $.Values.wechatpay.keysSecret }}
            defaultMode: 0440
        {{- end }}
      {{- with $c.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $c.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $c.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
{{- end -}}

{{/* A ClusterIP Service in front of a component's pods: (dict "ctx" $ "component" "api" "port" 8889) */}}
{{- define "dmh.service" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "dmh.fullname" .ctx }}-{{ .component }}
  labels:
    {{- include "dmh.componentLabels" (dict "ctx" .ctx "component" .component) | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "dmh.selectorLabels" (dict "ctx" .ctx "component" .component) | nindent 4 }}
  ports:
    - name: http
      port: {{ .port }}
      targetPort: http
      protocol: TCP
{{- end -}}

{{/* A PodDisruptionBudget: (dict "ctx" $ "component" "actors" "minAvailable" 1) */}}
{{- define "dmh.pdb" -}}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "dmh.fullname" .ctx }}-{{ .component }}
  labels:
    {{- include "dmh.componentLabels" (dict "ctx" .ctx "component" .component) | nindent 4 }}
spec:
  minAvailable: {{ .minAvailable }}
  selector:
    matchLabels:
      {{- include "dmh.selectorLabels" (dict "ctx" .ctx "component" .component) | nindent 6 }}
{{- end -}}
