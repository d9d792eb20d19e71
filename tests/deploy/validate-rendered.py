"""Validates what `helm template` rendered, object by object, offline (run by tests/deploy/helm-chart.test.ts
with the Python of the kubernetes-validate virtualenv that scripts/deploy/tools.sh makes):

- Kubernetes objects against Kubernetes' own OpenAPI schemas (kubernetes-validate, strict: an unknown field is
  an error, as the API server's strict field validation makes it), for each version given;
- Dapr objects (apiVersion dapr.io/...) against the openAPIV3Schema of Dapr's CustomResourceDefinitions (the
  YAMLs in the Dapr Go module's charts/dapr/crds/), strict too: a field the schema does not declare is an
  error unless the schema keeps unknown fields (x-kubernetes-preserve-unknown-fields), as the API server's
  strict validation of custom resources does.

usage: validate-rendered.py --crds DIR --k8s 1.27.0,1.36.0 RENDERED.yaml
prints {"objects": [every object, parsed], "errors": ["Kind/name: message", ...], "checked": {...}}
"""
import argparse
import copy
import glob
import json
import os
import sys

import jsonschema
import kubernetes_validate
import yaml


def load_crd_schemas(crd_dir):
    """(group, version, kind) -> openAPIV3Schema of every CRD in the folder."""
    schemas = {}
    for path in sorted(glob.glob(os.path.join(crd_dir, "*.yaml"))):
        with open(path, encoding="utf-8") as f:
            for doc in yaml.safe_load_all(f):
                if not doc or doc.get("kind") != "CustomResourceDefinition":
                    continue
                spec = doc["spec"]
                for version in spec["versions"]:
                    schema = version.get("schema", {}).get("openAPIV3Schema")
                    if schema is not None:
                        schemas[(spec["group"], version["name"], spec["names"]["kind"])] = schema
    return schemas


def structural(schema):
    """The CRD schema as JSON Schema, with the API server's rules: unknown fields refused, int-or-string, nullable."""
    s = copy.deepcopy(schema)

    def walk(node):
        if not isinstance(node, dict):
            return node
        for key in ("properties", "patternProperties"):
            if isinstance(node.get(key), dict):
                node[key] = {k: walk(v) for k, v in node[key].items()}
        for key in ("items", "additionalProperties", "not"):
            if isinstance(node.get(key), dict):
                node[key] = walk(node[key])
        for key in ("allOf", "anyOf", "oneOf"):
            if isinstance(node.get(key), list):
                node[key] = [walk(v) for v in node[key]]
        if node.pop("x-kubernetes-int-or-string", False):
            node.pop("type", None)
            node["anyOf"] = node.get("anyOf", []) + [{"type": "integer"}, {"type": "string"}]
        if node.pop("nullable", False) and "type" in node:
            node["type"] = [node["type"], "null"] if isinstance(node["type"], str) else node["type"] + ["null"]
        keep_unknown = node.pop("x-kubernetes-preserve-unknown-fields", False)
        if "properties" in node and "additionalProperties" not in node and not keep_unknown:
            node["additionalProperties"] = False
        for key in list(node):
            if key.startswith("x-kubernetes-"):
                node.pop(key)
        return node

    return walk(s)


def name_of(doc):
    return f"{doc.get('kind')}/{(doc.get('metadata') or {}).get('name')}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--crds", required=True)
    ap.add_argument("--k8s", required=True, help="comma-separated Kubernetes versions")
    ap.add_argument("rendered")
    args = ap.parse_args()

    crds = load_crd_schemas(args.crds)
    if not crds:
        print(json.dumps({"objects": [], "errors": [f"no CRD schema found in {args.crds}"], "checked": {}}))
        return
    versions = [v for v in args.k8s.split(",") if v]
    with open(args.rendered, encoding="utf-8") as f:
        objects = [d for d in yaml.safe_load_all(f) if d]

    errors = []
    checked = {"kubernetes": 0, "dapr": 0, "k8sVersions": versions, "crdKinds": sorted({k[2] for k in crds})}
    for doc in objects:
        api = doc.get("apiVersion", "")
        if api.startswith("dapr.io/"):
            group, _, version = api.partition("/")
            schema = crds.get((group, version, doc.get("kind")))
            if schema is None:
                errors.append(f"{name_of(doc)}: no Dapr CRD schema for {api} {doc.get('kind')}")
                continue
            validator = jsonschema.Draft7Validator(structural(schema))
            for e in sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path)):
                where = "/".join(str(p) for p in e.absolute_path) or "(root)"
                errors.append(f"{name_of(doc)} (Dapr CRD): {where}: {e.message}")
            checked["dapr"] += 1
        else:
            for v in versions:
                try:
                    kubernetes_validate.validate(doc, v, strict=True)
                except Exception as e:  # ValidationError, SchemaNotFoundError, InvalidSchemaError, …
                    path = "/".join(str(p) for p in getattr(e, "path", []) or [])
                    msg = getattr(e, "message", None) or str(e)
                    errors.append(f"{name_of(doc)} (Kubernetes {v}): {path or '(root)'}: {msg}")
            checked["kubernetes"] += 1
    print(json.dumps({"objects": objects, "errors": errors, "checked": checked}))


if __name__ == "__main__":
    sys.exit(main())
