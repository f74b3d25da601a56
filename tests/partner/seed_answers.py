"""The seeds' example answers (shared/seeds), copied verbatim as text."""

from __future__ import annotations

SEED_FILES = {
    "create": "000_6a32d53a6cb28f39.txt",
    "delete": "004_cbe97499d8b24511.txt",
}

CREATE_SUCCESS = """\
{
  "success": true,
  "message": "Products processed",
  "requestId": "57e21bea-d7f8-4ff1-8d6b-022e9fe302d8",
  "meta": {
    "timestamp": "2026-02-04T20:36:22.887Z",
    "durationMs": 28,
    "dispatch": true
  },
  "data": {
    "batchId": "pb_c4c90be3-de55-4fb5-aeac-6b064a1cb9dd",
    "summary": {
      "total": 2,
      "failed": 1,
      "pending": 1
    },
    "acceptedRows": [
      {
        "rowIndex": 1,
        "externalId": "52a3bcfb-62ea-4711-a4c1-b6847a981256",
        "sku": "480167"
      }
    ],
    "errors": [
      {
        "code": "PRD_002",
        "message": "Product with this external ID already exists",
        "rowIndex": 0,
        "externalId": "bace66be-47c4-4f72-868c-ad792da8b210",
        "sku": "480166",
        "details": {
          "retryable": false
        }
      }
    ]
  }
}"""

CREATE_AUTH_003 = """\
{
  "success": false,
  "error": {
    "code": "AUTH_003",
    "message": "Expired or invalid timestamp",
    "details": {
      "timestamp": "2025-08-23T21:24:48.113Z",
      "hint": "Request timestamp must be within 300 seconds",
      "context": {
        "providedTimestamp": 1755983140094,
        "currentTime": 1755984288112,
        "ageSeconds": 1148
      }
    }
  },
  "requestId": "bffa45ac-6fd4-4f05-b607-2011f03c7f22"
}"""

CREATE_AUTH_014 = """\
{
  "success": false,
  "error": {
    "code": "AUTH_014",
    "message": "Access forbidden",
    "details": {
      "timestamp": "2025-08-23T21:06:04.345Z",
      "hint": "Store not found, access blocked, or invalid token",
      "context": {
        "storeClientId": "str_TGIxyboe7-Rz"
      }
    }
  },
  "requestId": "ad531908-7fa9-41ea-bcf8-76b6b9c95a05"
}"""

DELETE_SUCCESS = """\
{
  "success": true,
  "message": "Products deleted successfully",
  "requestId": "3f00381d-8c8a-4b7b-94b7-a7b076a9f8b2",
  "meta": {
    "timestamp": "2026-02-04T22:27:44.587Z",
    "durationMs": 1450,
    "dispatch": false
  },
  "data": {
    "summary": {
      "total": 2,
      "succeeded": 1,
      "failed": 1
    },
    "successItems": [
      {
        "id": "66721951-5f60-47fa-828c-29040fd3595f",
        "externalId": "bace66be-47c4-4f72-868c-ad792da8b210"
      }
    ],
    "errors": [
      {
        "code": "PRD_014",
        "message": "Product ID not found",
        "rowIndex": 0,
        "id": "946b3ffa-5f9e-412e-acf4-eea306736e63"
      }
    ]
  }
}"""

DELETE_AUTH_003 = """\
{
  "success": false,
  "error": {
    "code": "AUTH_003",
    "message": "Expired or invalid timestamp",
    "details": {
      "timestamp": "2026-02-04T22:27:05.126Z",
      "hint": "Request timestamp must be within 300 seconds",
      "context": {
        "providedTimestamp": 1770240839135,
        "currentTime": 1770244025126,
        "ageSeconds": 3185
      }
    }
  },
  "requestId": "69c34ce5-9f97-4a02-ae5d-0fc771f3c57a"
}"""

DELETE_VAL_001 = """\
{
  "success": false,
  "error": {
    "code": "VAL_001",
    "message": "Validation failed",
    "details": {
      "timestamp": "2025-09-10T07:19:39.755Z",
      "hint": "Please check your request data and try again",
      "context": {
        "validationErrors": {
          "externalIds": "At least one external ID is required"
        }
      }
    }
  },
  "requestId": "6f6ad07d-eef5-449e-8d3d-c840e2bfa1b7"
}"""

CREATE_ANSWERS = [CREATE_SUCCESS, CREATE_AUTH_003, CREATE_AUTH_014]
DELETE_ANSWERS = [DELETE_SUCCESS, DELETE_AUTH_003, DELETE_VAL_001]
