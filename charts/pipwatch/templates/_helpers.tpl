{{/* Names and labels shared by every object. */}}
{{- define "pipwatch.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "pipwatch.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "pipwatch.labels" -}}
{{ include "pipwatch.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{- define "pipwatch.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) -}}
{{- end -}}

{{/* Several replicas share work only through PostgreSQL; SQLite is a single file on one pod. */}}
{{- define "pipwatch.validate" -}}
{{- if and (gt (int .Values.replicaCount) 1) (not .Values.database.existingSecret) -}}
{{- fail "replicaCount > 1 needs PostgreSQL: set database.existingSecret to a Secret with the connection string (the embedded SQLite storage serves a single replica only)" -}}
{{- end -}}
{{- end -}}

{{/* Secret-backed environment shared by the worker and the migration Job. */}}
{{- define "pipwatch.secretEnv" -}}
{{- if .Values.database.existingSecret }}
- name: PIPWATCH_DATABASE_CONNECTION
  valueFrom:
    secretKeyRef:
      name: {{ .Values.database.existingSecret }}
      key: {{ .Values.database.key }}
- name: PIPWATCH__Storage__PostgresConnectionString__Env
  value: PIPWATCH_DATABASE_CONNECTION
{{- end }}
{{- if .Values.smtp.existingSecret }}
- name: PIPWATCH_SMTP_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .Values.smtp.existingSecret }}
      key: {{ .Values.smtp.key }}
{{- end }}
{{- if .Values.dashboard.existingSecret }}
- name: PIPWATCH_DASHBOARD_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .Values.dashboard.existingSecret }}
      key: {{ .Values.dashboard.key }}
{{- end }}
{{- end -}}

{{- define "pipwatch.securityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
runAsNonRoot: true
capabilities:
  drop: ["ALL"]
{{- end -}}
