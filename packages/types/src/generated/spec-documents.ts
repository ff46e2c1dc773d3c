/**
 * GENERATED from specs/: the bundled documents, for runtime validators and docs.
 * Do not edit by hand: change the spec, then run `pnpm generate`.
 */

/** A JSON document: an OpenAPI document or a JSON Schema. */
export type JsonDocument = { readonly [key: string]: unknown };

/** specs/partner-api.yaml, bundled into one self-contained OpenAPI 3.1 document. */
export const partnerApiDocument: JsonDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "CCaaS Partner API",
    "version": "0.1.0",
    "description": "The CCaaS platform's partner API and the agent-facing call endpoints the softphone uses.\n\n**Partner resources** (`/partners/{partnerId}/...`, Basic credentials): register a voice provider with your voice adapter's URLs, associate it with a toll-free number, create a channel and receive conversation webhooks on it (see `webhooks`).\n\n**Agent endpoints** (`/api/v2/...`, agent bearer token): place a call (`startSoftphoneSession`), read the agent's conversations, control a participant (hold, mute, hang up) and read or change the agent's station (Line Appearance, persistent connection).\n\nEvery request carries the `x-resource-template-version` header. Source documents: `byo-voice-adapter.txt` and `webrtc-softphone-sdk.txt`; anything beyond them is marked `x-ccaas-extension`.",
    "contact": {
      "name": "CCaaS SDK maintainers",
      "url": "https://github.com/ccaas-dev/ccaas-sdk"
    }
  },
  "servers": [
    {
      "url": "http://127.0.0.1:4700",
      "description": "Local sandbox (`@ccaas/sandbox`, default port 4700).",
      "x-ccaas-extension": "The SDK's local sandbox platform; not part of the seeds."
    },
    {
      "url": "{baseUrl}",
      "description": "The platform (the seed's `{{BASE_URL}}`).",
      "variables": {
        "baseUrl": {
          "default": "https://api.ccaas.dev",
          "description": "The platform's base URL, without a trailing slash."
        }
      }
    }
  ],
  "security": [
    {
      "basicAuth": []
    }
  ],
  "tags": [
    {
      "name": "Voice providers",
      "description": "A partner's voice adapter registration (seed step 1)."
    },
    {
      "name": "Phone numbers",
      "description": "Toll-free numbers and the voice provider handling their calls (seed step 2)."
    },
    {
      "name": "Channels",
      "description": "Application clients that receive conversation events on a webhook (seed steps 3 and 4)."
    },
    {
      "name": "Conversation webhooks",
      "description": "Conversation events the platform POSTs to a channel's `webhook_url` (seed step 4)."
    },
    {
      "name": "Calls",
      "description": "Agent-facing conversation endpoints the softphone uses (place a call, read conversations, control participants)."
    },
    {
      "name": "Stations",
      "description": "The agent's softphone station (Line Appearance, persistent connection)."
    },
    {
      "name": "Agents",
      "description": "Agent sign-in and the keys that verify agent tokens.",
      "x-ccaas-extension": "The seeds give the softphone no way to obtain an agent token; adapters need the keys to verify it."
    }
  ],
  "paths": {
    "/partners/{partnerId}/voiceproviders": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PartnerId"
        },
        {
          "$ref": "#/components/parameters/ResourceTemplateVersion"
        }
      ],
      "post": {
        "operationId": "createVoiceProvider",
        "summary": "Create a voice provider",
        "description": "Registers a voice provider with the URLs of your voice adapter under your partner id (seed step 1). The softphone calls these URLs to accept, end, hold, resume, mute and unmute calls and to get a token for the voice provider client. `name` is unique per partner (409 otherwise).",
        "tags": [
          "Voice providers"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateVoiceProviderRequest"
              },
              "examples": {
                "voiceProvider": {
                  "summary": "Register a voice adapter",
                  "value": {
                    "name": "acme-voice",
                    "accept_call_url": "https://adapter.acme.example/calls/accept",
                    "end_call_url": "https://adapter.acme.example/calls/end",
                    "hold_call_url": "https://adapter.acme.example/calls/hold",
                    "resume_call_url": "https://adapter.acme.example/calls/resume",
                    "mute_call_url": "https://adapter.acme.example/calls/mute",
                    "unmute_call_url": "https://adapter.acme.example/calls/unmute",
                    "access_token_url": "https://adapter.acme.example/token"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Created. The body carries the new voice provider's id, exactly as in the seed.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/XRequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/VoiceProviderCreated"
                },
                "examples": {
                  "created": {
                    "summary": "The seed's response",
                    "value": {
                      "id": "394e3814-7562-4f25-a854-2b74e91ad15a"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "get": {
        "operationId": "listVoiceProviders",
        "summary": "List voice providers",
        "description": "Lists the partner's voice providers.",
        "x-ccaas-extension": "The seed only creates voice providers; partners need to find, audit and clean up what they registered.",
        "tags": [
          "Voice providers"
        ],
        "responses": {
          "200": {
            "description": "The partner's voice providers.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/XRequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/VoiceProviderList"
                },
                "examples": {
                  "voiceProviders": {
                    "summary": "One voice provider",
                    "value": {
                      "items": [
                        {
                          "id": "394e3814-7562-4f25-a854-2b74e91ad15a",
                          "name": "acme-voice",
                          "accept_call_url": "https://adapter.acme.example/calls/accept",
                          "end_call_url": "https://adapter.acme.example/calls/end",
                          "hold_call_url": "https://adapter.acme.example/calls/hold",
                          "resume_call_url": "https://adapter.acme.example/calls/resume",
                          "mute_call_url": "https://adapter.acme.example/calls/mute",
                          "unmute_call_url": "https://adapter.acme.example/calls/unmute",
                          "access_token_url": "https://adapter.acme.example/token"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/partners/{partnerId}/voiceproviders/{voiceProviderId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PartnerId"
        },
        {
          "$ref": "#/components/parameters/VoiceProviderId"
        },
        {
          "$ref": "#/components/parameters/ResourceTemplateVersion"
        }
      ],
      "get": {
        "operationId": "getVoiceProvider",
        "summary": "Get a voice provider",
        "description": "Returns one voice provider with its adapter URLs.",
        "x-ccaas-extension": "The seed only creates voice providers; reading one back is needed to verify a registration.",
        "tags": [
          "Voice providers"
        ],
        "responses": {
          "200": {
            "description": "The voice provider.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/XRequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/VoiceProvider"
                },
                "examples": {
                  "voiceProvider": {
                    "summary": "A registered voice provider",
                    "value": {
                      "id": "394e3814-7562-4f25-a854-2b74e91ad15a",
                      "name": "acme-voice",
                      "accept_call_url": "https://adapter.acme.example/calls/accept",
                      "end_call_url": "https://adapter.acme.example/calls/end",
                      "hold_call_url": "https://adapter.acme.example/calls/hold",
                      "resume_call_url": "https://adapter.acme.example/calls/resume",
                      "mute_call_url": "https://adapter.acme.example/calls/mute",
                      "unmute_call_url": "https://adapter.acme.example/calls/unmute",
                      "access_token_url": "https://adapter.acme.example/token"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "patch": {
        "operationId": "updateVoiceProvider",
        "summary": "Update a voice provider",
        "description": "Changes any subset of the voice provider's fields (for example, after moving the adapter). Fields left out keep their value. Renaming to a name another voice provider of the partner uses is a 409.",
        "x-ccaas-extension": "The seed has no update; adapters move and partners must not have to re-associate numbers to change a URL.",
        "tags": [
          "Voice providers"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateVoiceProviderRequest"
              },
              "examples": {
                "moveAdapter": {
                  "summary": "Point accept and end at a new host",
                  "value": {
                    "accept_call_url": "https://adapter-eu.acme.example/calls/accept",
                    "end_call_url": "https://adapter-eu.acme.example/calls/end"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated voice provider.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/XRequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/VoiceProvider"
                },
                "examples": {
                  "updated": {
                    "summary": "After moving accept and end",
                    "value": {
                      "id": "394e3814-7562-4f25-a854-2b74e91ad15a",
                      "name": "acme-voice",
                      "accept_call_url": "https://adapter-eu.acme.example/calls/accept",
                      "end_call_url": "https://adapter-eu.acme.example/calls/end",
                      "hold_call_url": "https://adapter.acme.example/calls/hold",
                      "resume_call_url": "https://adapter.acme.example/calls/resume",
                      "mute_call_url": "https://adapter.acme.example/calls/mute",
                      "unmute_call_url": "https://adapter.acme.example/calls/unmute",
                      "access_token_url": "https://adapter.acme.example/token"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "deleteVoiceProvider",
        "summary": "Delete a voice provider",
        "description": "Deletes the voice provider. A voice provider still associated with a phone number cannot be deleted (409): associate the number with another voice provider first.",
        "x-ccaas-extension": "The seed has no delete; partners must be able to retire an adapter registration.",
        "tags": [
          "Voice providers"
        ],
        "responses": {
          "204": {
            "description": "Deleted.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/XRequestId"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/partners/{partnerId}/phonenumbers": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PartnerId"
        },
        {
          "$ref": "#/components/parameters/ResourceTemplateVersion"
        }
      ],
      "get": {
        "operationId": "listPhoneNumbers",
        "summary": "List phone numbers",
        "description": "Lists the partner's toll-free numbers and the voice provider each one is associated with.",
        "x-ccaas-extension": "The seed associates an existing number by id but never says how a partner learns that id.",
        "tags": [
          "Phone numbers"
        ],
        "responses": {
          "200": {
            "description": "The partner's phone numbers.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/XRequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PhoneNumberList"
                },
                "examples": {
                  "phoneNumbers": {
                    "summary": "One associated number, one not yet associated",
                    "value": {
                      "items": [
                        {
                          "id": "7c0f9a52-3d1e-4b8a-9f6e-2a5d8c4b1e07",
                          "phone_number": "+18005550199",
                          "type": "toll_free",
                          "voice_provider_id_resource_uri": "/partners/215fd887-39be-4935-981f-2670d6afeaa7/voiceproviders/394e3814-7562-4f25-a854-2b74e91ad15a"
                        },
                        {
                          "id": "0b6e2f84-91c7-4d35-a8e2-6f1d3c9b7a45",
                          "phone_number": "+18885550142",
                          "type": "toll_free",
                          "voice_provider_id_resource_uri": null
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/partners/{partnerId}/phonenumbers/{phoneNumberId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PartnerId"
        },
        {
          "$ref": "#/components/parameters/PhoneNumberId"
        },
        {
          "$ref": "#/components/parameters/ResourceTemplateVersion"
        }
      ],
      "get": {
        "operationId": "getPhoneNumber",
        "summary": "Get a phone number",
        "description": "Returns one of the partner's toll-free numbers and its voice provider association.",
        "x-ccaas-extension": "The seed only writes the association; reading it back is needed to verify it.",
        "tags": [
          "Phone numbers"
        ],
        "responses": {
          "200": {
            "description": "The phone number.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/XRequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PhoneNumber"
                },
                "examples": {
                  "phoneNumber": {
                    "summary": "An associated toll-free number",
                    "value": {
                      "id": "7c0f9a52-3d1e-4b8a-9f6e-2a5d8c4b1e07",
                      "phone_number": "+18005550199",
                      "type": "toll_free",
                      "voice_provider_id_resource_uri": "/partners/215fd887-39be-4935-981f-2670d6afeaa7/voiceproviders/394e3814-7562-4f25-a854-2b74e91ad15a"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "post": {
        "operationId": "associatePhoneNumber",
        "summary": "Associate a voice provider with a phone number",
        "description": "Associates an existing toll-free number (TFN) with a voice provider (seed step 2), so the platform knows which voice adapter handles the calls the number receives. Posting again replaces the association. The voice provider must belong to the same partner (a voice provider that does not exist is a 404 naming the field).",
        "tags": [
          "Phone numbers"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AssociatePhoneNumberRequest"
              },
              "examples": {
                "associate": {
                  "summary": "The seed's body, placeholders filled in",
                  "value": {
                    "voice_provider_id_resource_uri": "/partners/215fd887-39be-4935-981f-2670d6afeaa7/voiceproviders/394e3814-7562-4f25-a854-2b74e91ad15a"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The phone number with its new association.",
            "x-ccaas-extension": "The seed shows no response body for the association; returning the resource lets the client confirm it.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/XRequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PhoneNumber"
                },
                "examples": {
                  "associated": {
                    "summary": "The number now routes to the voice provider",
                    "value": {
                      "id": "7c0f9a52-3d1e-4b8a-9f6e-2a5d8c4b1e07",
                      "phone_number": "+18005550199",
                      "type": "toll_free",
                      "voice_provider_id_resource_uri": "/partners/215fd887-39be-4935-981f-2670d6afeaa7/voiceproviders/394e3814-7562-4f25-a854-2b74e91ad15a"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/partners/{partnerId}/channels": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PartnerId"
        },
        {
          "$ref": "#/components/parameters/ResourceTemplateVersion"
        }
      ],
      "post": {
        "operationId": "createChannel",
        "summary": "Create a channel",
        "description": "Creates a channel (seed step 3): an application client that receives conversation events on `webhook_url`. The response carries `webhook_secret`, the Standard Webhooks signing secret, exactly once: store it, it is never returned again. `events` limits the subscription; left out, the channel receives every conversation event.",
        "x-ccaas-extension": "The seed names channels and defers their body to a tutorial that is not among the seeds; name, webhook_url, events and the secret are ours.",
        "tags": [
          "Channels"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateChannelRequest"
              },
              "examples": {
                "allEvents": {
                  "summary": "Receive every conversation event",
                  "value": {
                    "name": "acme-events",
                    "webhook_url": "https://adapter.acme.example/webhooks/conversations"
                  }
                },
                "participantsOnly": {
                  "summary": "Receive participant events only",
                  "value": {
                    "name": "acme-participants",
                    "webhook_url": "https://adapter.acme.example/webhooks/participants",
                    "events": [
                      "conversation.participant.joined",
                      "conversation.participant.left"
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Created. `webhook_secret` appears in this response only.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/XRequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChannelCreated"
                },
                "examples": {
                  "created": {
                    "summary": "A new channel and its signing secret",
                    "value": {
                      "id": "c3b1d2e4-5f60-4a7b-8c9d-0e1f2a3b4c5d",
                      "name": "acme-events",
                      "webhook_url": "https://adapter.acme.example/webhooks/conversations",
                      "events": [
                        "conversation.participant.joined",
                        "conversation.participant.left",
                        "conversation.message.sent",
                        "conversation.closed"
                      ],
                      "webhook_secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "get": {
        "operationId": "listChannels",
        "summary": "List channels",
        "description": "Lists the partner's channels (without their secrets).",
        "x-ccaas-extension": "The seed names channels without an API; partners need to find and clean up what they created.",
        "tags": [
          "Channels"
        ],
        "responses": {
          "200": {
            "description": "The partner's channels.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/XRequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChannelList"
                },
                "examples": {
                  "channels": {
                    "summary": "One channel",
                    "value": {
                      "items": [
                        {
                          "id": "c3b1d2e4-5f60-4a7b-8c9d-0e1f2a3b4c5d",
                          "name": "acme-events",
                          "webhook_url": "https://adapter.acme.example/webhooks/conversations",
                          "events": [
                            "conversation.participant.joined",
                            "conversation.participant.left",
                            "conversation.message.sent",
                            "conversation.closed"
                          ]
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/partners/{partnerId}/channels/{channelId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/PartnerId"
        },
        {
          "$ref": "#/components/parameters/ChannelId"
        },
        {
          "$ref": "#/components/parameters/ResourceTemplateVersion"
        }
      ],
      "get": {
        "operationId": "getChannel",
        "summary": "Get a channel",
        "description": "Returns one channel (without its secret).",
        "x-ccaas-extension": "The seed names channels without an API; reading one back is needed to verify a subscription.",
        "tags": [
          "Channels"
        ],
        "responses": {
          "200": {
            "description": "The channel.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/XRequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Channel"
                },
                "examples": {
                  "channel": {
                    "summary": "A channel subscribed to participant events",
                    "value": {
                      "id": "c3b1d2e4-5f60-4a7b-8c9d-0e1f2a3b4c5d",
                      "name": "acme-participants",
                      "webhook_url": "https://adapter.acme.example/webhooks/participants",
                      "events": [
                        "conversation.participant.joined",
                        "conversation.participant.left"
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "delete": {
        "operationId": "deleteChannel",
        "summary": "Delete a channel",
        "description": "Deletes the channel; the platform stops delivering its webhooks (deliveries already retrying are dropped).",
        "x-ccaas-extension": "The seed names channels without an API; partners must be able to unsubscribe.",
        "tags": [
          "Channels"
        ],
        "responses": {
          "204": {
            "description": "Deleted.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/XRequestId"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v2/conversations/calls": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ResourceTemplateVersion"
        }
      ],
      "post": {
        "operationId": "placeCall",
        "summary": "Place a call",
        "description": "Places an outbound call from the agent's softphone (the seed's \"make new call\", what `startSoftphoneSession(params)` sends). The body is the seed's `IStartSoftphoneSessionParams`; at least one target is required (`phoneNumber`, `callUserId`, `callQueueId`, `participants` or `conversationIds`). The response carries the new conversation's `id` and `selfUri`; the matching `pendingSession` reaches the softphone asynchronously, before or after this response, and is correlated by conversation id. The seed writes the path once as `api/v2/conversation/calls` and once as `conversations/calls`; this is the latter.",
        "tags": [
          "Calls"
        ],
        "security": [
          {
            "agentBearer": []
          }
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/IdempotencyKey"
          },
          {
            "$ref": "#/components/parameters/SoftphoneClientId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/StartSoftphoneSessionParams"
              },
              "examples": {
                "dialNumber": {
                  "summary": "The seed's example, startSoftphoneSession({ phoneNumber })",
                  "value": {
                    "phoneNumber": "15555555555"
                  }
                },
                "queueCallWithCallerId": {
                  "summary": "Dial on behalf of a queue with a caller id",
                  "value": {
                    "phoneNumber": "+15555550123",
                    "callerId": "+18005550199",
                    "callerIdName": "Acme Support",
                    "callFromQueueId": "3f8a1c6d-2b4e-4f7a-8c1d-9e5b2a6f0c34",
                    "priority": 5,
                    "uuiData": "ticket=48151623"
                  }
                },
                "conference": {
                  "summary": "Ad-hoc conference with several destinations",
                  "value": {
                    "participants": [
                      {
                        "address": "+15555550123",
                        "name": "Pat Customer"
                      },
                      {
                        "address": "supervisor1",
                        "name": "Sam Supervisor",
                        "userId": "8e4c2a7f-5b1d-4e93-a6c8-1f7d3b9e2a50"
                      }
                    ],
                    "conversationIds": [
                      "5a974dd7-475a-41c0-a027-bfdf09627b13"
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The call was placed. The body names the new conversation.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/XRequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConversationRef"
                },
                "examples": {
                  "placed": {
                    "summary": "The new conversation",
                    "value": {
                      "id": "5a974dd7-475a-41c0-a027-bfdf09627b13",
                      "selfUri": "/api/v2/conversations/calls/5a974dd7-475a-41c0-a027-bfdf09627b13"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      },
      "get": {
        "operationId": "listConversationCalls",
        "summary": "List the agent's active calls",
        "description": "Lists the calling agent's active conversations (those with a participant for the agent that is not disconnected). The softphone uses it to re-synchronise after a reconnect, when conversation events may have been missed.",
        "x-ccaas-extension": "The seeds have no listing; a softphone that reconnects (or uses Line Appearance 1) must rebuild its state.",
        "tags": [
          "Calls"
        ],
        "security": [
          {
            "agentBearer": []
          }
        ],
        "responses": {
          "200": {
            "description": "The agent's active conversations, oldest first.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/XRequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConversationList"
                },
                "examples": {
                  "oneCall": {
                    "summary": "One active inbound call",
                    "value": {
                      "items": [
                        {
                          "id": "5a974dd7-475a-41c0-a027-bfdf09627b13",
                          "direction": "inbound",
                          "startTime": "2025-06-02T15:04:05.123Z",
                          "fromAddress": "+15555550123",
                          "toAddress": "+18005550199",
                          "selfUri": "/api/v2/conversations/calls/5a974dd7-475a-41c0-a027-bfdf09627b13",
                          "participants": [
                            {
                              "id": "6e312815-2d32-409b-9c57-f9e79e7baf49",
                              "purpose": "customer",
                              "state": "connected",
                              "muted": false,
                              "held": false,
                              "address": "+15555550123",
                              "connectedTime": "2025-06-02T15:04:05.123Z"
                            },
                            {
                              "id": "4a70a876-bf90-4360-92c3-0edd7463c691",
                              "purpose": "agent",
                              "state": "connected",
                              "muted": false,
                              "held": false,
                              "name": "Test Agent",
                              "address": "testAgent",
                              "userId": "b2d5f8a1-6c3e-4f7a-9d2b-5e8c1a4f7b30",
                              "userName": "testAgent",
                              "connectedTime": "2025-06-02T15:04:09.640Z"
                            }
                          ]
                        }
                      ]
                    }
                  },
                  "none": {
                    "summary": "No active calls",
                    "value": {
                      "items": []
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v2/conversations/calls/{conversationId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ConversationId"
        },
        {
          "$ref": "#/components/parameters/ResourceTemplateVersion"
        }
      ],
      "get": {
        "operationId": "getConversationCall",
        "summary": "Get a call",
        "description": "Returns a conversation with all its participants (the seed's \"optional API usage outside of the SDK to get complete conversation details\"). The agent must be or have been a participant.",
        "tags": [
          "Calls"
        ],
        "security": [
          {
            "agentBearer": []
          }
        ],
        "responses": {
          "200": {
            "description": "The conversation.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/XRequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Conversation"
                },
                "examples": {
                  "customerOnHold": {
                    "summary": "An inbound call with the customer on hold",
                    "value": {
                      "id": "5a974dd7-475a-41c0-a027-bfdf09627b13",
                      "direction": "inbound",
                      "startTime": "2025-06-02T15:04:05.123Z",
                      "fromAddress": "+15555550123",
                      "toAddress": "+18005550199",
                      "selfUri": "/api/v2/conversations/calls/5a974dd7-475a-41c0-a027-bfdf09627b13",
                      "participants": [
                        {
                          "id": "6e312815-2d32-409b-9c57-f9e79e7baf49",
                          "purpose": "customer",
                          "state": "held",
                          "muted": false,
                          "held": true,
                          "address": "+15555550123",
                          "connectedTime": "2025-06-02T15:04:05.123Z"
                        },
                        {
                          "id": "4a70a876-bf90-4360-92c3-0edd7463c691",
                          "purpose": "agent",
                          "state": "connected",
                          "muted": false,
                          "held": false,
                          "name": "Test Agent",
                          "address": "testAgent",
                          "userId": "b2d5f8a1-6c3e-4f7a-9d2b-5e8c1a4f7b30",
                          "userName": "testAgent",
                          "connectedTime": "2025-06-02T15:04:09.640Z"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v2/conversations/calls/{conversationId}/participants/{participantId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ConversationId"
        },
        {
          "$ref": "#/components/parameters/ParticipantId"
        },
        {
          "$ref": "#/components/parameters/ResourceTemplateVersion"
        }
      ],
      "patch": {
        "operationId": "updateConversationParticipant",
        "summary": "Hold, mute or disconnect a participant",
        "description": "Platform-side call control: hold or resume (`held`), mute or unmute (`muted`), or hang up (`state: disconnected`) a participant. With a partner voice provider (BYO voice), the softphone calls the voice adapter's URLs instead; `@ccaas/softphone` hides the difference behind one call-control interface. Changing a participant that is already disconnected is a 409.",
        "x-ccaas-extension": "The seed says call control goes through the public API but names no endpoint; Genesys Cloud's participant PATCH shape.",
        "tags": [
          "Calls"
        ],
        "security": [
          {
            "agentBearer": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateParticipantRequest"
              },
              "examples": {
                "hold": {
                  "summary": "Put the customer on hold",
                  "value": {
                    "held": true
                  }
                },
                "unmute": {
                  "summary": "Unmute",
                  "value": {
                    "muted": false
                  }
                },
                "hangUp": {
                  "summary": "Hang up",
                  "value": {
                    "state": "disconnected"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Applied. The body is the participant's new state.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/XRequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Participant"
                },
                "examples": {
                  "held": {
                    "summary": "The customer is on hold",
                    "value": {
                      "id": "6e312815-2d32-409b-9c57-f9e79e7baf49",
                      "purpose": "customer",
                      "state": "held",
                      "muted": false,
                      "held": true,
                      "address": "+15555550123",
                      "connectedTime": "2025-06-02T15:04:05.123Z"
                    }
                  }
                }
              }
            }
          },
          "202": {
            "description": "Accepted; the change is applied asynchronously and arrives as a conversation event (the softphone's `conversationUpdate`). No body.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/XRequestId"
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v2/users/me/station": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ResourceTemplateVersion"
        }
      ],
      "get": {
        "operationId": "getMyStation",
        "summary": "Get the agent's station",
        "description": "Returns the calling agent's associated station, with its Line Appearance (`webRtcCallAppearances`) and persistent connection (`webRtcPersistentEnabled`) settings, which decide how the softphone maps calls to WebRTC sessions. 404 when the agent has no station associated.",
        "x-ccaas-extension": "The seed's SDK reads the station's Line Appearance without naming the endpoint; Genesys Cloud's path.",
        "tags": [
          "Stations"
        ],
        "security": [
          {
            "agentBearer": []
          }
        ],
        "responses": {
          "200": {
            "description": "The agent's station.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/XRequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Station"
                },
                "examples": {
                  "lineAppearance100": {
                    "summary": "Line Appearance 100 (one session per call), the current default",
                    "value": {
                      "id": "9d1f3c5e-7a2b-4c8d-b6e4-0f2a8c1d5e73",
                      "name": "WebRTC - testAgent",
                      "userId": "b2d5f8a1-6c3e-4f7a-9d2b-5e8c1a4f7b30",
                      "type": "inin_webrtc_softphone",
                      "status": "ASSOCIATED",
                      "webRtcCallAppearances": 100,
                      "webRtcPersistentEnabled": false
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v2/stations/{stationId}": {
      "parameters": [
        {
          "$ref": "#/components/parameters/StationId"
        },
        {
          "$ref": "#/components/parameters/ResourceTemplateVersion"
        }
      ],
      "patch": {
        "operationId": "updateStation",
        "summary": "Change a station's Line Appearance or persistent connection",
        "description": "Changes the station's Line Appearance (`webRtcCallAppearances`: 1 or 100) and/or persistent connection (`webRtcPersistentEnabled`). Takes effect for the softphone's next session; the agent may only change their own station (404 otherwise).",
        "x-ccaas-extension": "The seed describes migrating stations to Line Appearance 1 but names no endpoint; needed by tests and the sandbox.",
        "tags": [
          "Stations"
        ],
        "security": [
          {
            "agentBearer": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateStationRequest"
              },
              "examples": {
                "lineAppearance1": {
                  "summary": "Move to Line Appearance 1 with persistent connection",
                  "value": {
                    "webRtcCallAppearances": 1,
                    "webRtcPersistentEnabled": true
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated station.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/XRequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Station"
                },
                "examples": {
                  "lineAppearance1": {
                    "summary": "Line Appearance 1, persistent connection on",
                    "value": {
                      "id": "9d1f3c5e-7a2b-4c8d-b6e4-0f2a8c1d5e73",
                      "name": "WebRTC - testAgent",
                      "userId": "b2d5f8a1-6c3e-4f7a-9d2b-5e8c1a4f7b30",
                      "type": "inin_webrtc_softphone",
                      "status": "ASSOCIATED",
                      "webRtcCallAppearances": 1,
                      "webRtcPersistentEnabled": true
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/api/v2/agents/login": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ResourceTemplateVersion"
        }
      ],
      "post": {
        "operationId": "loginAgent",
        "summary": "Sign an agent in",
        "description": "Trades an agent's user name and password for an access token (a signed JWT, `token_type: Bearer`) that the softphone sends as `Authorization: Bearer <access_token>` to the `/api/v2/...` endpoints and to the signaling WebSocket. Voice adapters verify the token with the keys at `/.well-known/jwks.json`. Wrong credentials are a 401 that does not say which of the two was wrong.",
        "x-ccaas-extension": "The seeds assume a signed-in agent without saying how; an OAuth-style password grant returning a JWT.",
        "tags": [
          "Agents"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AgentLoginRequest"
              },
              "examples": {
                "testAgent": {
                  "summary": "The sandbox's first demo agent",
                  "value": {
                    "userName": "testAgent",
                    "password": "agent-password"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Signed in. `expires_in` is the token's lifetime in seconds.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/XRequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AgentLoginResponse"
                },
                "examples": {
                  "signedIn": {
                    "summary": "A token for testAgent",
                    "value": {
                      "access_token": "eyJhbGciOiJFZERTQSIsImtpZCI6IjNmMmEiLCJ0eXAiOiJKV1QifQ.eyJzdWIiOiJiMmQ1ZjhhMSJ9.c2lnbmF0dXJl",
                      "token_type": "Bearer",
                      "expires_in": 28800,
                      "agent": {
                        "id": "b2d5f8a1-6c3e-4f7a-9d2b-5e8c1a4f7b30",
                        "userName": "testAgent",
                        "name": "Test Agent"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    },
    "/.well-known/jwks.json": {
      "get": {
        "operationId": "getJwks",
        "summary": "Get the keys that sign agent tokens",
        "description": "The JSON Web Key Set (RFC 7517) whose public keys verify agent access tokens (match a token's `kid` header to a key). Served without credentials and without the `x-resource-template-version` header, so generic JWT libraries (for example `jose`'s `createRemoteJWKSet`) can fetch it as they fetch any JWKS.",
        "x-ccaas-extension": "Voice adapters must verify agent tokens as they would against the platform; the seeds name no key endpoint.",
        "tags": [
          "Agents"
        ],
        "security": [],
        "responses": {
          "200": {
            "description": "The key set.",
            "headers": {
              "x-request-id": {
                "$ref": "#/components/headers/XRequestId"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/JsonWebKeySet"
                },
                "examples": {
                  "ed25519": {
                    "summary": "One Ed25519 signing key",
                    "value": {
                      "keys": [
                        {
                          "kty": "OKP",
                          "crv": "Ed25519",
                          "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",
                          "kid": "3f2a9c1e-7b4d-4e8a-9f60-2c1d5e8b7a43",
                          "alg": "EdDSA",
                          "use": "sig"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          }
        }
      }
    }
  },
  "webhooks": {
    "conversation.participant.joined": {
      "post": {
        "operationId": "conversationParticipantJoined",
        "summary": "A participant joined a conversation",
        "description": "Sent to each channel subscribed to `conversation.participant.joined` when a participant joins a conversation (the customer's call arrives, an agent answers). Signed per Standard Webhooks; answer 2xx quickly, any other answer (or a timeout) is retried with exponential backoff.",
        "x-ccaas-extension": "The seed names the event (a Participant joined a Conversation) but no wire format; the type name and envelope are ours.",
        "tags": [
          "Conversation webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookId"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          },
          {
            "$ref": "#/components/parameters/WebhookSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ConversationParticipantJoinedEvent"
              },
              "examples": {
                "agentJoined": {
                  "summary": "The agent answered (signed in the WebhookSignature parameter example)",
                  "value": {
                    "id": "e1c4a7d2-8b3f-4c6e-9a15-3d7f2b8c6e91",
                    "type": "conversation.participant.joined",
                    "timestamp": "2025-06-02T15:04:09.871Z",
                    "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
                    "data": {
                      "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
                      "participant": {
                        "id": "4a70a876-bf90-4360-92c3-0edd7463c691",
                        "purpose": "agent",
                        "state": "connected",
                        "muted": false,
                        "held": false,
                        "name": "Test Agent",
                        "address": "testAgent",
                        "userId": "b2d5f8a1-6c3e-4f7a-9d2b-5e8c1a4f7b30",
                        "userName": "testAgent",
                        "connectedTime": "2025-06-02T15:04:09.640Z"
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "2XX": {
            "$ref": "#/components/responses/WebhookAcknowledged"
          },
          "4XX": {
            "$ref": "#/components/responses/WebhookRejected"
          }
        }
      }
    },
    "conversation.participant.left": {
      "post": {
        "operationId": "conversationParticipantLeft",
        "summary": "A participant left a conversation",
        "description": "Sent when a participant leaves a conversation (hung up, removed or ended); `data.participant.state` is `disconnected`. Signed per Standard Webhooks; non-2xx answers are retried with exponential backoff.",
        "x-ccaas-extension": "The seed names the event (a Participant left a Conversation) but no wire format; the type name and envelope are ours.",
        "tags": [
          "Conversation webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookId"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          },
          {
            "$ref": "#/components/parameters/WebhookSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ConversationParticipantLeftEvent"
              },
              "examples": {
                "customerLeft": {
                  "summary": "The customer hung up",
                  "value": {
                    "id": "2f7b9e41-6a3c-4d58-8e1f-7c2a5b9d3e60",
                    "type": "conversation.participant.left",
                    "timestamp": "2025-06-02T15:11:42.305Z",
                    "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
                    "data": {
                      "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
                      "participant": {
                        "id": "6e312815-2d32-409b-9c57-f9e79e7baf49",
                        "purpose": "customer",
                        "state": "disconnected",
                        "muted": false,
                        "held": false,
                        "address": "+15555550123",
                        "connectedTime": "2025-06-02T15:04:05.123Z",
                        "endTime": "2025-06-02T15:11:42.190Z"
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "2XX": {
            "$ref": "#/components/responses/WebhookAcknowledged"
          },
          "4XX": {
            "$ref": "#/components/responses/WebhookRejected"
          }
        }
      }
    },
    "conversation.message.sent": {
      "post": {
        "operationId": "conversationMessageSent",
        "summary": "A participant sent a conversation message",
        "description": "Sent when a participant sends a conversation message. Signed per Standard Webhooks; non-2xx answers are retried with exponential backoff.",
        "x-ccaas-extension": "The seed names the event (a Participant sent a Conversation Message) but no wire format; the type name, envelope and message shape are ours.",
        "tags": [
          "Conversation webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookId"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          },
          {
            "$ref": "#/components/parameters/WebhookSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ConversationMessageSentEvent"
              },
              "examples": {
                "agentNote": {
                  "summary": "The agent sent a message",
                  "value": {
                    "id": "8a3d6f12-4c9e-4b7a-9d05-1e6b3f8c2a47",
                    "type": "conversation.message.sent",
                    "timestamp": "2025-06-02T15:06:30.004Z",
                    "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
                    "data": {
                      "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
                      "message": {
                        "id": "5d2e8b70-1f4a-4c63-a9b8-6e0d7c3f1a29",
                        "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691",
                        "text": "Your ticket number is 48151623."
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "2XX": {
            "$ref": "#/components/responses/WebhookAcknowledged"
          },
          "4XX": {
            "$ref": "#/components/responses/WebhookRejected"
          }
        }
      }
    },
    "conversation.closed": {
      "post": {
        "operationId": "conversationClosed",
        "summary": "A conversation was closed",
        "description": "Sent when a conversation is closed (its last participant disconnected); `data.conversation` is its final state, with `endTime` set. Signed per Standard Webhooks; non-2xx answers are retried with exponential backoff.",
        "x-ccaas-extension": "The seed names the event (a Participant closed a Conversation) but no wire format; the type name and envelope are ours.",
        "tags": [
          "Conversation webhooks"
        ],
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebhookId"
          },
          {
            "$ref": "#/components/parameters/WebhookTimestamp"
          },
          {
            "$ref": "#/components/parameters/WebhookSignature"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ConversationClosedEvent"
              },
              "examples": {
                "closed": {
                  "summary": "The call ended",
                  "value": {
                    "id": "0c5e9a37-2d8b-4f16-b4a3-9e7f1c6d2b58",
                    "type": "conversation.closed",
                    "timestamp": "2025-06-02T15:11:43.012Z",
                    "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
                    "data": {
                      "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
                      "conversation": {
                        "id": "5a974dd7-475a-41c0-a027-bfdf09627b13",
                        "direction": "inbound",
                        "startTime": "2025-06-02T15:04:05.123Z",
                        "endTime": "2025-06-02T15:11:42.870Z",
                        "fromAddress": "+15555550123",
                        "toAddress": "+18005550199",
                        "selfUri": "/api/v2/conversations/calls/5a974dd7-475a-41c0-a027-bfdf09627b13",
                        "participants": [
                          {
                            "id": "6e312815-2d32-409b-9c57-f9e79e7baf49",
                            "purpose": "customer",
                            "state": "disconnected",
                            "muted": false,
                            "held": false,
                            "address": "+15555550123",
                            "connectedTime": "2025-06-02T15:04:05.123Z",
                            "endTime": "2025-06-02T15:11:42.190Z"
                          },
                          {
                            "id": "4a70a876-bf90-4360-92c3-0edd7463c691",
                            "purpose": "agent",
                            "state": "disconnected",
                            "muted": false,
                            "held": false,
                            "name": "Test Agent",
                            "address": "testAgent",
                            "userId": "b2d5f8a1-6c3e-4f7a-9d2b-5e8c1a4f7b30",
                            "userName": "testAgent",
                            "connectedTime": "2025-06-02T15:04:09.640Z",
                            "endTime": "2025-06-02T15:11:42.870Z"
                          }
                        ]
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "2XX": {
            "$ref": "#/components/responses/WebhookAcknowledged"
          },
          "4XX": {
            "$ref": "#/components/responses/WebhookRejected"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "basicAuth": {
        "type": "http",
        "scheme": "basic",
        "description": "Partner credentials: `Authorization: Basic <credentials>` where `<credentials>` is the base64 encoding of `{Client-ID}:{Secret}` (RFC 7617). The seed writes the header as `Basic {{Client-ID}}:{{Secret}}`, unencoded; real clients encode it per RFC 7617. Used for the `/partners/{partnerId}/...` resources."
      },
      "agentBearer": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT",
        "description": "An agent's access token (JWT) for the agent-facing `/api/v2/...` endpoints the softphone calls. A browser softphone cannot hold partner secrets, so it authenticates as the agent.",
        "x-ccaas-extension": "The seeds give no auth for the public API the softphone calls; Basic partner secrets must not reach a browser."
      }
    },
    "parameters": {
      "PartnerId": {
        "name": "partnerId",
        "in": "path",
        "required": true,
        "description": "The partner's id (the seed's `{{CCaaS-Partner-ID}}`).",
        "schema": {
          "type": "string",
          "format": "uuid"
        },
        "example": "215fd887-39be-4935-981f-2670d6afeaa7"
      },
      "ResourceTemplateVersion": {
        "name": "x-resource-template-version",
        "in": "header",
        "required": true,
        "description": "The resource template version the request is written against (the seed's `{{template-version}}`); required on every call.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "1"
      },
      "IdempotencyKey": {
        "name": "Idempotency-Key",
        "in": "header",
        "required": false,
        "description": "A client-chosen unique key (a UUID is a good choice) that makes a retried create safe: a repeat with the same key and the same body within 24 hours returns the first response instead of creating a second resource; the same key with a different body is a 409.",
        "x-ccaas-extension": "Makes a create retried after a timeout or network error safe (no duplicate voice provider, channel or call).",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255
        },
        "example": "0f8c2d4e-6a1b-4c3d-9e5f-7a8b9c0d1e2f"
      },
      "SoftphoneClientId": {
        "name": "x-softphone-client-id",
        "in": "header",
        "required": false,
        "description": "The `clientId` the placing softphone sent in its signaling `authenticate` message (one per browser tab or device). The call's `propose` then reaches that client with `autoAnswer: true` (the seed: \"automatically accepted on the client that requested the outbound call\"); without it, no client auto-answers.",
        "x-ccaas-extension": "Correlates the REST request with the signaling connection that placed it; the seed leaves it to the SDK.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255
        },
        "example": "tab-7f3c2a"
      },
      "VoiceProviderId": {
        "name": "voiceProviderId",
        "in": "path",
        "required": true,
        "description": "The voice provider's id (the seed's `{{Voice-Provider-ID}}`), as returned by createVoiceProvider.",
        "schema": {
          "type": "string",
          "format": "uuid"
        },
        "example": "394e3814-7562-4f25-a854-2b74e91ad15a"
      },
      "PhoneNumberId": {
        "name": "phoneNumberId",
        "in": "path",
        "required": true,
        "description": "The phone number's id (the seed's `{{Phone-Number-ID}}`).",
        "schema": {
          "type": "string",
          "format": "uuid"
        },
        "example": "7c0f9a52-3d1e-4b8a-9f6e-2a5d8c4b1e07"
      },
      "ChannelId": {
        "name": "channelId",
        "in": "path",
        "required": true,
        "description": "The channel's id.",
        "x-ccaas-extension": "Channel resources are ours (the seed names channels without an API).",
        "schema": {
          "type": "string",
          "format": "uuid"
        },
        "example": "c3b1d2e4-5f60-4a7b-8c9d-0e1f2a3b4c5d"
      },
      "ConversationId": {
        "name": "conversationId",
        "in": "path",
        "required": true,
        "description": "The conversation id (the seed's `conversationId`).",
        "schema": {
          "type": "string",
          "format": "uuid"
        },
        "example": "5a974dd7-475a-41c0-a027-bfdf09627b13"
      },
      "ParticipantId": {
        "name": "participantId",
        "in": "path",
        "required": true,
        "description": "The participant id (the seed's `participantId`).",
        "schema": {
          "type": "string",
          "format": "uuid"
        },
        "example": "6e312815-2d32-409b-9c57-f9e79e7baf49"
      },
      "StationId": {
        "name": "stationId",
        "in": "path",
        "required": true,
        "description": "The station id.",
        "schema": {
          "type": "string",
          "format": "uuid"
        },
        "example": "9d1f3c5e-7a2b-4c8d-b6e4-0f2a8c1d5e73"
      },
      "WebhookId": {
        "name": "webhook-id",
        "in": "header",
        "required": true,
        "description": "Standard Webhooks message id: equals the body's `id` and stays the same when a delivery is retried, so receivers use it to drop duplicates.",
        "x-ccaas-extension": "Standard Webhooks signing; the seed does not say how webhooks are authenticated.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "e1c4a7d2-8b3f-4c6e-9a15-3d7f2b8c6e91"
      },
      "WebhookTimestamp": {
        "name": "webhook-timestamp",
        "in": "header",
        "required": true,
        "description": "Standard Webhooks timestamp: when this delivery attempt was signed, in integer seconds since the Unix epoch. Receivers reject timestamps too far from their clock (replay protection; 5 minutes is usual).",
        "x-ccaas-extension": "Standard Webhooks signing; the seed does not say how webhooks are authenticated.",
        "schema": {
          "type": "string",
          "pattern": "^[0-9]+$"
        },
        "example": "1748876649"
      },
      "WebhookSignature": {
        "name": "webhook-signature",
        "in": "header",
        "required": true,
        "description": "Standard Webhooks signature: `v1,<base64 HMAC-SHA256>` of `{webhook-id}.{webhook-timestamp}.{raw body}`, keyed with the base64-decoded part of the channel's `webhook_secret` after `whsec_`. During key rotation it is a space-separated list of signatures; a delivery is valid if any `v1` entry matches. Receivers ignore versions they do not know. The example signs the participant-joined example (serialized compactly, with `JSON.stringify`) with the createChannel example's secret.",
        "x-ccaas-extension": "Standard Webhooks signing; the seed does not say how webhooks are authenticated.",
        "schema": {
          "type": "string",
          "pattern": "^v[0-9a-z]+,[A-Za-z0-9+/=]+( v[0-9a-z]+,[A-Za-z0-9+/=]+)*$"
        },
        "example": "v1,nGx/wwvnqxg6/2RGJm1XVm9SlWGQrtWU48eCgjbYum0="
      }
    },
    "headers": {
      "XRequestId": {
        "description": "The platform's id for this request; quote it when reporting a problem. Also in error bodies as `request_id`.",
        "x-ccaas-extension": "Request correlation for support and logs; not in the seeds.",
        "schema": {
          "type": "string"
        },
        "example": "req_01JX3K9T6YQ4V8N2M5B7C0D1EF"
      },
      "RetryAfter": {
        "description": "Seconds to wait before retrying.",
        "schema": {
          "type": "integer",
          "minimum": 0
        },
        "example": 2
      }
    },
    "responses": {
      "BadRequest": {
        "description": "The request is invalid: malformed JSON, a missing or misspelled field (request bodies reject unknown fields), a value of the wrong form, or a missing `x-resource-template-version` header. `details` names each offending field.",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/XRequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "validationFailed": {
                "summary": "A URL that is not a URL",
                "value": {
                  "code": "validation_failed",
                  "message": "The request body is invalid: accept_call_url must be an absolute URL.",
                  "request_id": "req_01JX3K9T6YQ4V8N2M5B7C0D1EF",
                  "details": [
                    {
                      "field": "/accept_call_url",
                      "message": "must match format \"uri\""
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Missing or invalid credentials (Basic client id and secret for partner resources, the agent's bearer token for `/api/v2/...`).",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/XRequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "unauthorized": {
                "summary": "Bad credentials",
                "value": {
                  "code": "unauthorized",
                  "message": "The credentials are missing or invalid. Check the client id and secret.",
                  "request_id": "req_01JX3KA2H8ZP5W3R6C9D1E2F3G"
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "The resource does not exist, or belongs to another partner or agent.",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/XRequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "notFound": {
                "summary": "Unknown voice provider",
                "value": {
                  "code": "not_found",
                  "message": "No voice provider 394e3814-7562-4f25-a854-2b74e91ad15a for this partner.",
                  "request_id": "req_01JX3KB7Q2VN8T4M1X6Y9Z0A1B"
                }
              }
            }
          }
        }
      },
      "Conflict": {
        "description": "The request conflicts with the resource's state: a duplicate voice provider name, deleting a voice provider that a phone number still uses, changing a disconnected participant, or an `Idempotency-Key` reused with a different body.",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/XRequestId"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "duplicateName": {
                "summary": "Duplicate voice provider name",
                "value": {
                  "code": "conflict",
                  "message": "A voice provider named \"acme-voice\" already exists for this partner. Choose another name or update it.",
                  "request_id": "req_01JX3KC4D5E6F7G8H9J0K1M2N3",
                  "details": [
                    {
                      "field": "/name",
                      "message": "already in use"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "TooManyRequests": {
        "description": "Rate limited. Wait `Retry-After` seconds before retrying.",
        "x-ccaas-extension": "Rate limiting is not in the seeds; clients need the signal to back off.",
        "headers": {
          "x-request-id": {
            "$ref": "#/components/headers/XRequestId"
          },
          "Retry-After": {
            "$ref": "#/components/headers/RetryAfter"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "rateLimited": {
                "summary": "Too many requests",
                "value": {
                  "code": "rate_limited",
                  "message": "Too many requests. Retry after 2 seconds.",
                  "request_id": "req_01JX3KD8P9Q0R1S2T3V4W5X6Y7"
                }
              }
            }
          }
        }
      },
      "WebhookAcknowledged": {
        "description": "Acknowledged: any 2xx answer within 15 seconds. The body is ignored. Anything else (a non-2xx status, a timeout, a network error) is retried with exponential backoff, with the same `webhook-id`.",
        "x-ccaas-extension": "Standard Webhooks delivery semantics; the seed does not describe delivery."
      },
      "WebhookRejected": {
        "description": "Rejected by the receiver (for example 401 for a bad signature or a stale timestamp). The platform ignores the body and retries with exponential backoff like any non-2xx answer; `@ccaas/adapter-kit/webhooks` answers with an ErrorBody.",
        "x-ccaas-extension": "Standard Webhooks delivery semantics; the seed does not describe delivery.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "badSignature": {
                "summary": "Signature did not verify",
                "value": {
                  "code": "unauthorized",
                  "message": "No webhook-signature entry matches. Check the channel's webhook_secret."
                }
              }
            }
          }
        }
      }
    },
    "schemas": {
      "ErrorBody": {
        "description": "The body of every error response. `code` is a stable machine-readable string (branch on it, not on `message`). Known values: `validation_failed` (400), `unauthorized` (401), `forbidden` (403), `not_found` (404), `conflict` (409), `payload_too_large` (413), `unsupported_media_type` (415), `rate_limited` (429), `internal_error` (5xx). The set is open: treat unknown codes by their HTTP status.",
        "x-ccaas-extension": "The seeds show no error format; clients need one stable shape for every failure.",
        "type": "object",
        "required": [
          "code",
          "message"
        ],
        "properties": {
          "code": {
            "description": "Machine-readable error code, snake_case; see the schema description for the known values.",
            "type": "string",
            "pattern": "^[a-z][a-z0-9_]*$",
            "examples": [
              "validation_failed"
            ]
          },
          "message": {
            "description": "What was wrong and what to do, for humans. Never contains credentials.",
            "type": "string"
          },
          "request_id": {
            "description": "The request's id (the `x-request-id` response header).",
            "type": "string"
          },
          "details": {
            "description": "One entry per offending field, for `validation_failed` and some `conflict` errors.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ErrorDetail"
            }
          }
        }
      },
      "ErrorDetail": {
        "description": "One problem with one field of the request.",
        "x-ccaas-extension": "Part of ErrorBody; the seeds show no error format.",
        "type": "object",
        "required": [
          "field",
          "message"
        ],
        "properties": {
          "field": {
            "description": "JSON Pointer (RFC 6901) to the offending field in the request body, e.g. `/accept_call_url`.",
            "type": "string",
            "pattern": "^(/([^~/]|~[01])*)*$"
          },
          "message": {
            "description": "What is wrong with the field.",
            "type": "string"
          }
        }
      },
      "VoiceProviderName": {
        "description": "Unique name of the voice provider within the partner.",
        "type": "string",
        "minLength": 1,
        "maxLength": 255
      },
      "AdapterUrl": {
        "description": "An absolute URL the voice adapter serves.",
        "type": "string",
        "format": "uri"
      },
      "CreateVoiceProviderRequest": {
        "description": "A voice provider registration: a unique name and the voice adapter's URLs (seed step 1). All fields are required.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name",
          "accept_call_url",
          "end_call_url",
          "hold_call_url",
          "resume_call_url",
          "mute_call_url",
          "unmute_call_url",
          "access_token_url"
        ],
        "properties": {
          "name": {
            "$ref": "#/components/schemas/VoiceProviderName"
          },
          "accept_call_url": {
            "$ref": "#/components/schemas/AdapterUrl",
            "description": "Adapter URL to accept a call from the softphone."
          },
          "end_call_url": {
            "$ref": "#/components/schemas/AdapterUrl",
            "description": "Adapter URL to end a call from the softphone."
          },
          "hold_call_url": {
            "$ref": "#/components/schemas/AdapterUrl",
            "description": "Adapter URL to hold a call from the softphone."
          },
          "resume_call_url": {
            "$ref": "#/components/schemas/AdapterUrl",
            "description": "Adapter URL to resume a call from the softphone."
          },
          "mute_call_url": {
            "$ref": "#/components/schemas/AdapterUrl",
            "description": "Adapter URL to mute a call from the softphone."
          },
          "unmute_call_url": {
            "$ref": "#/components/schemas/AdapterUrl",
            "description": "Adapter URL to unmute a call from the softphone."
          },
          "access_token_url": {
            "$ref": "#/components/schemas/AdapterUrl",
            "description": "Adapter URL to generate a token for the voice provider client."
          }
        }
      },
      "VoiceProviderCreated": {
        "description": "The response to createVoiceProvider, exactly as in the seed.",
        "type": "object",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "description": "The new voice provider's id.",
            "type": "string",
            "format": "uuid"
          }
        }
      },
      "VoiceProvider": {
        "description": "A registered voice provider with its adapter URLs.",
        "x-ccaas-extension": "The seed returns only the id; reading a voice provider back returns its fields.",
        "type": "object",
        "required": [
          "id",
          "name",
          "accept_call_url",
          "end_call_url",
          "hold_call_url",
          "resume_call_url",
          "mute_call_url",
          "unmute_call_url",
          "access_token_url"
        ],
        "properties": {
          "id": {
            "description": "The voice provider's id.",
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "$ref": "#/components/schemas/VoiceProviderName"
          },
          "accept_call_url": {
            "$ref": "#/components/schemas/AdapterUrl",
            "description": "Adapter URL to accept a call from the softphone."
          },
          "end_call_url": {
            "$ref": "#/components/schemas/AdapterUrl",
            "description": "Adapter URL to end a call from the softphone."
          },
          "hold_call_url": {
            "$ref": "#/components/schemas/AdapterUrl",
            "description": "Adapter URL to hold a call from the softphone."
          },
          "resume_call_url": {
            "$ref": "#/components/schemas/AdapterUrl",
            "description": "Adapter URL to resume a call from the softphone."
          },
          "mute_call_url": {
            "$ref": "#/components/schemas/AdapterUrl",
            "description": "Adapter URL to mute a call from the softphone."
          },
          "unmute_call_url": {
            "$ref": "#/components/schemas/AdapterUrl",
            "description": "Adapter URL to unmute a call from the softphone."
          },
          "access_token_url": {
            "$ref": "#/components/schemas/AdapterUrl",
            "description": "Adapter URL to generate a token for the voice provider client."
          }
        }
      },
      "UpdateVoiceProviderRequest": {
        "description": "Any non-empty subset of the voice provider's fields; fields left out keep their value.",
        "x-ccaas-extension": "Body of updateVoiceProvider, which the seed does not have.",
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "name": {
            "$ref": "#/components/schemas/VoiceProviderName"
          },
          "accept_call_url": {
            "$ref": "#/components/schemas/AdapterUrl",
            "description": "Adapter URL to accept a call from the softphone."
          },
          "end_call_url": {
            "$ref": "#/components/schemas/AdapterUrl",
            "description": "Adapter URL to end a call from the softphone."
          },
          "hold_call_url": {
            "$ref": "#/components/schemas/AdapterUrl",
            "description": "Adapter URL to hold a call from the softphone."
          },
          "resume_call_url": {
            "$ref": "#/components/schemas/AdapterUrl",
            "description": "Adapter URL to resume a call from the softphone."
          },
          "mute_call_url": {
            "$ref": "#/components/schemas/AdapterUrl",
            "description": "Adapter URL to mute a call from the softphone."
          },
          "unmute_call_url": {
            "$ref": "#/components/schemas/AdapterUrl",
            "description": "Adapter URL to unmute a call from the softphone."
          },
          "access_token_url": {
            "$ref": "#/components/schemas/AdapterUrl",
            "description": "Adapter URL to generate a token for the voice provider client."
          }
        }
      },
      "VoiceProviderList": {
        "description": "The partner's voice providers.",
        "x-ccaas-extension": "List envelope for listVoiceProviders, which the seed does not have.",
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "description": "The voice providers, oldest first.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/VoiceProvider"
            }
          }
        }
      },
      "VoiceProviderResourceUri": {
        "description": "A voice provider's resource path, `/partners/{partnerId}/voiceproviders/{voiceProviderId}` (the seed's `/partners/{{CCaaS-Partner-ID}}/voiceproviders/{{Voice-Provider-ID}}`), relative to the server.",
        "type": "string",
        "pattern": "^/partners/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/voiceproviders/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
      },
      "AssociatePhoneNumberRequest": {
        "description": "Associates a phone number with a voice provider (seed step 2).",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "voice_provider_id_resource_uri"
        ],
        "properties": {
          "voice_provider_id_resource_uri": {
            "$ref": "#/components/schemas/VoiceProviderResourceUri"
          }
        }
      },
      "PhoneNumber": {
        "description": "A partner's toll-free number (TFN) and the voice provider that handles its calls.",
        "x-ccaas-extension": "The seed only posts an association to a number by id; the number's representation is ours.",
        "type": "object",
        "required": [
          "id",
          "phone_number",
          "type",
          "voice_provider_id_resource_uri"
        ],
        "properties": {
          "id": {
            "description": "The phone number's id (the seed's `{{Phone-Number-ID}}`).",
            "type": "string",
            "format": "uuid"
          },
          "phone_number": {
            "description": "The number in E.164 form.",
            "type": "string",
            "pattern": "^\\+[1-9][0-9]{1,14}$"
          },
          "type": {
            "description": "The kind of number; the seed associates toll-free numbers only.",
            "type": "string",
            "enum": [
              "toll_free"
            ]
          },
          "voice_provider_id_resource_uri": {
            "description": "The associated voice provider's resource path, or null when the number is not associated yet.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/VoiceProviderResourceUri"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "PhoneNumberList": {
        "description": "The partner's phone numbers.",
        "x-ccaas-extension": "List envelope for listPhoneNumbers, which the seed does not have.",
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "description": "The phone numbers.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PhoneNumber"
            }
          }
        }
      },
      "WebhookEventType": {
        "description": "A conversation event type, as in the webhook body's `type` and a channel's `events`. The seed names the events (a participant joined or left, sent a message, closed the conversation); the dotted names are ours.",
        "x-ccaas-extension": "The seed names the events in prose only; these dotted type names are ours.",
        "type": "string",
        "enum": [
          "conversation.participant.joined",
          "conversation.participant.left",
          "conversation.message.sent",
          "conversation.closed"
        ]
      },
      "WebhookSecret": {
        "description": "The channel's Standard Webhooks signing secret: `whsec_` followed by the base64 key. Returned once, by createChannel.",
        "x-ccaas-extension": "Standard Webhooks signing; the seed does not say how webhooks are authenticated.",
        "type": "string",
        "pattern": "^whsec_[A-Za-z0-9+/]+={0,2}$"
      },
      "CreateChannelRequest": {
        "description": "A channel to create.",
        "x-ccaas-extension": "The seed defers the channel body to a tutorial that is not among the seeds.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name",
          "webhook_url"
        ],
        "properties": {
          "name": {
            "description": "The channel's name, for people.",
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "webhook_url": {
            "description": "The HTTPS endpoint that receives conversation events (http is accepted for loopback only).",
            "type": "string",
            "format": "uri"
          },
          "events": {
            "description": "The event types to deliver; left out, every conversation event.",
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/WebhookEventType"
            }
          }
        }
      },
      "Channel": {
        "description": "A channel that receives conversation events on its webhook. Never carries the secret.",
        "x-ccaas-extension": "The seed names channels without a wire format.",
        "type": "object",
        "required": [
          "id",
          "name",
          "webhook_url",
          "events"
        ],
        "properties": {
          "id": {
            "description": "The channel's id.",
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "description": "The channel's name.",
            "type": "string"
          },
          "webhook_url": {
            "description": "The endpoint that receives conversation events.",
            "type": "string",
            "format": "uri"
          },
          "events": {
            "description": "The event types delivered to the webhook (every type when the channel was created without `events`).",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WebhookEventType"
            }
          }
        }
      },
      "ChannelCreated": {
        "description": "The response to createChannel; the only place `webhook_secret` appears.",
        "x-ccaas-extension": "The seed names channels without a wire format.",
        "type": "object",
        "required": [
          "id",
          "name",
          "webhook_url",
          "events",
          "webhook_secret"
        ],
        "properties": {
          "id": {
            "description": "The channel's id.",
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "description": "The channel's name.",
            "type": "string"
          },
          "webhook_url": {
            "description": "The endpoint that receives conversation events.",
            "type": "string",
            "format": "uri"
          },
          "events": {
            "description": "The event types delivered to the webhook.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WebhookEventType"
            }
          },
          "webhook_secret": {
            "$ref": "#/components/schemas/WebhookSecret"
          }
        }
      },
      "ChannelList": {
        "description": "The partner's channels.",
        "x-ccaas-extension": "List envelope for listChannels, which the seed does not have.",
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "description": "The channels.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Channel"
            }
          }
        }
      },
      "ConversationParticipantJoinedEvent": {
        "description": "Webhook body: a participant joined a conversation.",
        "x-ccaas-extension": "The seed names the event without a wire format.",
        "type": "object",
        "required": [
          "id",
          "type",
          "timestamp",
          "partnerId",
          "data"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/WebhookEventId"
          },
          "type": {
            "description": "The event type.",
            "type": "string",
            "const": "conversation.participant.joined"
          },
          "timestamp": {
            "$ref": "#/components/schemas/WebhookEventTimestamp"
          },
          "partnerId": {
            "$ref": "#/components/schemas/WebhookPartnerId"
          },
          "data": {
            "description": "The conversation and the participant who joined.",
            "type": "object",
            "required": [
              "conversationId",
              "participant"
            ],
            "properties": {
              "conversationId": {
                "description": "The conversation id.",
                "type": "string",
                "format": "uuid"
              },
              "participant": {
                "$ref": "#/components/schemas/Participant"
              }
            }
          }
        }
      },
      "ConversationParticipantLeftEvent": {
        "description": "Webhook body: a participant left a conversation (its `state` is `disconnected`).",
        "x-ccaas-extension": "The seed names the event without a wire format.",
        "type": "object",
        "required": [
          "id",
          "type",
          "timestamp",
          "partnerId",
          "data"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/WebhookEventId"
          },
          "type": {
            "description": "The event type.",
            "type": "string",
            "const": "conversation.participant.left"
          },
          "timestamp": {
            "$ref": "#/components/schemas/WebhookEventTimestamp"
          },
          "partnerId": {
            "$ref": "#/components/schemas/WebhookPartnerId"
          },
          "data": {
            "description": "The conversation and the participant who left.",
            "type": "object",
            "required": [
              "conversationId",
              "participant"
            ],
            "properties": {
              "conversationId": {
                "description": "The conversation id.",
                "type": "string",
                "format": "uuid"
              },
              "participant": {
                "$ref": "#/components/schemas/Participant"
              }
            }
          }
        }
      },
      "ConversationMessageSentEvent": {
        "description": "Webhook body: a participant sent a conversation message.",
        "x-ccaas-extension": "The seed names the event without a wire format.",
        "type": "object",
        "required": [
          "id",
          "type",
          "timestamp",
          "partnerId",
          "data"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/WebhookEventId"
          },
          "type": {
            "description": "The event type.",
            "type": "string",
            "const": "conversation.message.sent"
          },
          "timestamp": {
            "$ref": "#/components/schemas/WebhookEventTimestamp"
          },
          "partnerId": {
            "$ref": "#/components/schemas/WebhookPartnerId"
          },
          "data": {
            "description": "The conversation and the message.",
            "type": "object",
            "required": [
              "conversationId",
              "message"
            ],
            "properties": {
              "conversationId": {
                "description": "The conversation id.",
                "type": "string",
                "format": "uuid"
              },
              "message": {
                "$ref": "#/components/schemas/ConversationMessage"
              }
            }
          }
        }
      },
      "ConversationClosedEvent": {
        "description": "Webhook body: a conversation was closed; `data.conversation` is its final state.",
        "x-ccaas-extension": "The seed names the event without a wire format.",
        "type": "object",
        "required": [
          "id",
          "type",
          "timestamp",
          "partnerId",
          "data"
        ],
        "properties": {
          "id": {
            "$ref": "#/components/schemas/WebhookEventId"
          },
          "type": {
            "description": "The event type.",
            "type": "string",
            "const": "conversation.closed"
          },
          "timestamp": {
            "$ref": "#/components/schemas/WebhookEventTimestamp"
          },
          "partnerId": {
            "$ref": "#/components/schemas/WebhookPartnerId"
          },
          "data": {
            "description": "The closed conversation.",
            "type": "object",
            "required": [
              "conversationId",
              "conversation"
            ],
            "properties": {
              "conversationId": {
                "description": "The conversation id.",
                "type": "string",
                "format": "uuid"
              },
              "conversation": {
                "$ref": "#/components/schemas/Conversation"
              }
            }
          }
        }
      },
      "WebhookEventId": {
        "description": "The event's id; equals the `webhook-id` header and stays the same across delivery retries.",
        "x-ccaas-extension": "Webhook envelope; the seed has no wire format.",
        "type": "string",
        "format": "uuid"
      },
      "WebhookEventTimestamp": {
        "description": "When the event happened (not when it was delivered).",
        "x-ccaas-extension": "Webhook envelope; the seed has no wire format.",
        "type": "string",
        "format": "date-time"
      },
      "WebhookPartnerId": {
        "description": "The partner whose channel receives the event.",
        "x-ccaas-extension": "Webhook envelope; the seed has no wire format.",
        "type": "string",
        "format": "uuid"
      },
      "ConversationMessage": {
        "description": "A message a participant sent in a conversation.",
        "x-ccaas-extension": "The seed names conversation messages without a wire format.",
        "type": "object",
        "required": [
          "id",
          "participantId",
          "text"
        ],
        "properties": {
          "id": {
            "description": "The message id.",
            "type": "string",
            "format": "uuid"
          },
          "participantId": {
            "description": "The id of the participant who sent it.",
            "type": "string",
            "format": "uuid"
          },
          "text": {
            "description": "The message text.",
            "type": "string"
          }
        }
      },
      "StartSoftphoneSessionParams": {
        "description": "The seed's `IStartSoftphoneSessionParams`: who to call. Every field is optional, as in the seed, but at least one target is required: `phoneNumber`, `callUserId`, `callQueueId`, `participants` or `conversationIds`.",
        "x-ccaas-extension": "Only the at-least-one-target rule (anyOf) and minItems on the arrays are ours; every field is verbatim from the seed.",
        "type": "object",
        "additionalProperties": false,
        "allOf": [
          {
            "anyOf": [
              {
                "required": [
                  "phoneNumber"
                ]
              },
              {
                "required": [
                  "callUserId"
                ]
              },
              {
                "required": [
                  "callQueueId"
                ]
              },
              {
                "required": [
                  "participants"
                ]
              },
              {
                "required": [
                  "conversationIds"
                ]
              }
            ]
          }
        ],
        "properties": {
          "phoneNumber": {
            "description": "The phone number to dial.",
            "type": "string",
            "minLength": 1
          },
          "callerId": {
            "description": "The caller id phone number for the outbound call.",
            "type": "string"
          },
          "callerIdName": {
            "description": "The caller id name for the outbound call.",
            "type": "string"
          },
          "callFromQueueId": {
            "description": "The queue id to place the call on behalf of.",
            "type": "string"
          },
          "callQueueId": {
            "description": "The queue id to call.",
            "type": "string"
          },
          "callUserId": {
            "description": "The user id to call.",
            "type": "string"
          },
          "priority": {
            "description": "The priority of the call.",
            "type": "number"
          },
          "languageId": {
            "description": "The language skill id to use for routing the call if calling a queue.",
            "type": "string"
          },
          "routingSkillsIds": {
            "description": "The routing skill ids to use for routing the call if calling a queue.",
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "conversationIds": {
            "description": "Existing conversations to merge into a new ad-hoc conference.",
            "type": "array",
            "minItems": 1,
            "items": {
              "type": "string"
            }
          },
          "participants": {
            "description": "Participants to add to the call when starting a conference call.",
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/components/schemas/SdkSoftphoneDestination"
            }
          },
          "uuiData": {
            "description": "User-to-user information managed by the SIP session app.",
            "type": "string"
          }
        }
      },
      "SdkSoftphoneDestination": {
        "description": "The seed's `ISdkSoftphoneDestination`, one destination of a conference call.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "address"
        ],
        "properties": {
          "address": {
            "description": "The address or phone number to dial.",
            "type": "string",
            "minLength": 1
          },
          "name": {
            "description": "The destination's display name.",
            "type": "string"
          },
          "userId": {
            "description": "The user id of the destination.",
            "type": "string"
          },
          "queueId": {
            "description": "The queue id of the destination.",
            "type": "string"
          }
        }
      },
      "ConversationRef": {
        "description": "What placing a call returns: \"an object containing the id and selfUri for the conversation\" (seed). The softphone matches `id` against the `pendingSession`'s conversationId.",
        "type": "object",
        "required": [
          "id",
          "selfUri"
        ],
        "properties": {
          "id": {
            "description": "The new conversation's id.",
            "type": "string",
            "format": "uuid"
          },
          "selfUri": {
            "description": "The conversation's URI (relative to the server).",
            "type": "string",
            "format": "uri-reference"
          }
        }
      },
      "ConversationList": {
        "description": "The agent's active conversations.",
        "x-ccaas-extension": "List envelope for listConversationCalls, which the seeds do not have.",
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "description": "The conversations, oldest first.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Conversation"
            }
          }
        }
      },
      "UpdateParticipantRequest": {
        "description": "Any non-empty subset of: `held` (hold or resume), `muted` (mute or unmute), `state: disconnected` (hang up).",
        "x-ccaas-extension": "Platform-side call control body; the seed names the actions but no endpoint (Genesys Cloud's shape).",
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "state": {
            "description": "`disconnected` hangs the participant up; no other state can be set.",
            "type": "string",
            "enum": [
              "disconnected"
            ]
          },
          "held": {
            "description": "`true` holds the participant, `false` resumes.",
            "type": "boolean"
          },
          "muted": {
            "description": "`true` mutes the participant, `false` unmutes.",
            "type": "boolean"
          }
        }
      },
      "UpdateStationRequest": {
        "description": "Any non-empty subset of the station's Line Appearance and persistent connection settings.",
        "x-ccaas-extension": "Body of updateStation, which the seed does not have.",
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "webRtcCallAppearances": {
            "$ref": "#/components/schemas/LineAppearance"
          },
          "webRtcPersistentEnabled": {
            "description": "Keep the WebRTC session alive between calls (persistent connection).",
            "type": "boolean"
          }
        }
      },
      "Conversation": {
        "title": "Conversation",
        "description": "A voice conversation and its participants: what the platform returns for `GET /api/v2/conversations/calls/{conversationId}`, what conversation webhooks carry, and what the softphone's `conversationUpdate` is built from. `id` is the seed's `conversationId`; `id` and `selfUri` are what placing a call returns.",
        "type": "object",
        "required": [
          "id",
          "direction",
          "participants",
          "startTime",
          "selfUri"
        ],
        "examples": [
          {
            "id": "5a974dd7-475a-41c0-a027-bfdf09627b13",
            "direction": "inbound",
            "startTime": "2026-11-22T13:40:00Z",
            "fromAddress": "+15555550100",
            "toAddress": "+18883973342",
            "selfUri": "/api/v2/conversations/calls/5a974dd7-475a-41c0-a027-bfdf09627b13",
            "participants": [
              {
                "id": "6e312815-2d32-409b-9c57-f9e79e7baf49",
                "purpose": "customer",
                "state": "connected",
                "muted": false,
                "held": false,
                "address": "+15555550100"
              },
              {
                "id": "4a70a876-bf90-4360-92c3-0edd7463c691",
                "purpose": "agent",
                "state": "connected",
                "muted": false,
                "held": false,
                "userName": "testAgent"
              }
            ]
          }
        ],
        "properties": {
          "id": {
            "description": "The conversation id (the seed's `conversationId`).",
            "type": "string",
            "format": "uuid"
          },
          "direction": {
            "$ref": "#/components/schemas/ConversationDirection"
          },
          "participants": {
            "description": "Everyone who is or was in the conversation, disconnected participants included.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Participant"
            }
          },
          "startTime": {
            "description": "When the conversation started.",
            "x-ccaas-extension": "Call timing for UIs and reporting; the seeds carry no timestamps.",
            "type": "string",
            "format": "date-time"
          },
          "endTime": {
            "description": "When the last participant disconnected; absent while the conversation is active.",
            "x-ccaas-extension": "Call timing for UIs and reporting; the seeds carry no timestamps.",
            "type": "string",
            "format": "date-time"
          },
          "fromAddress": {
            "description": "The calling address (the customer's number for inbound calls, the caller id for outbound ones).",
            "x-ccaas-extension": "Shown by softphone and CRM UIs; the seeds carry addresses only on participants.",
            "type": "string"
          },
          "toAddress": {
            "description": "The called address (the partner's toll-free number for inbound calls, the dialed number for outbound ones).",
            "x-ccaas-extension": "Shown by softphone and CRM UIs; the seeds carry addresses only on participants.",
            "type": "string"
          },
          "selfUri": {
            "description": "The conversation's URI in the public API (relative to the server), as returned with `id` when a call is placed.",
            "type": "string",
            "format": "uri-reference"
          }
        }
      },
      "Participant": {
        "title": "Participant",
        "description": "One party of a conversation: the customer or an agent. Its `id` is the `participantId` that the voice adapter requests carry (`participantId`, `author.participantId`).",
        "type": "object",
        "required": [
          "id",
          "purpose",
          "state",
          "muted",
          "held"
        ],
        "properties": {
          "id": {
            "description": "The participant id (the seed's `participantId`).",
            "x-ccaas-extension": "Genesys-style `id` for the resource; the seed only shows it as `participantId` in adapter requests.",
            "type": "string",
            "format": "uuid"
          },
          "purpose": {
            "$ref": "#/components/schemas/ParticipantPurpose"
          },
          "state": {
            "$ref": "#/components/schemas/ParticipantState"
          },
          "muted": {
            "description": "Whether the participant's audio is muted.",
            "x-ccaas-extension": "The seed has mute/unmute adapter URLs but no field that reports the result.",
            "type": "boolean"
          },
          "held": {
            "description": "Whether the participant is on hold.",
            "x-ccaas-extension": "The seed has hold/resume adapter URLs but no field that reports the result.",
            "type": "boolean"
          },
          "name": {
            "description": "Display name (as in the seed's ISdkSoftphoneDestination `name`).",
            "type": "string"
          },
          "address": {
            "description": "The participant's address: a phone number for a customer (as dialed, e.g. `15555555555` or E.164), the agent's logon name for an agent (as in the seed's ISdkSoftphoneDestination `address`).",
            "type": "string"
          },
          "userId": {
            "description": "The agent's user id; present for agent participants (the seed's ISdkSoftphoneDestination `userId`).",
            "type": "string"
          },
          "userName": {
            "description": "The agent's logon name (the seed's `author.userName` / `agentLogonName`); present for agent participants.",
            "type": "string"
          },
          "connectedTime": {
            "description": "When the participant connected (answered); absent while alerting.",
            "x-ccaas-extension": "Call timing for UIs and reporting; the seeds carry no timestamps.",
            "type": "string",
            "format": "date-time"
          },
          "endTime": {
            "description": "When the participant disconnected; present once `state` is `disconnected`.",
            "x-ccaas-extension": "Call timing for UIs and reporting; the seeds carry no timestamps.",
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "Station": {
        "title": "Station",
        "description": "The agent's station (a WebRTC softphone), which holds the seed's Line Appearance and persistent connection settings. Field names are Genesys Cloud's (`webRtcCallAppearances`, `webRtcPersistentEnabled`), which the seed's SDK reads.",
        "x-ccaas-extension": "The seed refers to the station's Line Appearance and persistent connection settings without a wire format; Genesys Cloud naming.",
        "type": "object",
        "required": [
          "id",
          "name",
          "userId",
          "webRtcCallAppearances",
          "webRtcPersistentEnabled"
        ],
        "examples": [
          {
            "id": "0f2b6c1e-8a43-4c1f-9d7e-2b1f5c3a9e10",
            "name": "testAgent's WebRTC phone",
            "userId": "9b1d2c3e-4f50-4a6b-8c7d-0e1f2a3b4c5d",
            "type": "inin_webrtc_softphone",
            "status": "ASSOCIATED",
            "webRtcCallAppearances": 1,
            "webRtcPersistentEnabled": true
          }
        ],
        "properties": {
          "id": {
            "description": "The station id.",
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "description": "The station's display name.",
            "type": "string"
          },
          "userId": {
            "description": "The id of the agent the station is associated with.",
            "type": "string"
          },
          "type": {
            "description": "The station type; `inin_webrtc_softphone` for a WebRTC softphone (open set).",
            "type": "string"
          },
          "status": {
            "description": "`ASSOCIATED` while a user is associated with the station, `AVAILABLE` otherwise.",
            "type": "string",
            "enum": [
              "AVAILABLE",
              "ASSOCIATED"
            ]
          },
          "webRtcCallAppearances": {
            "$ref": "#/components/schemas/LineAppearance"
          },
          "webRtcPersistentEnabled": {
            "description": "Persistent connection: keep the WebRTC session alive after a call ends so the next call connects without a new session.",
            "type": "boolean"
          }
        }
      },
      "LineAppearance": {
        "title": "LineAppearance",
        "description": "Line Appearance: how many concurrent active WebRTC sessions the user's station allows. `1`: every conversation is multiplexed on one session; answering or placing another call holds the active one, and session events are synthesised from conversation events. `100`: one WebRTC session per call (the current default). The seed says the value is \"usually\" 1 or 100; these are the only values the platform sends.",
        "type": "integer",
        "enum": [
          1,
          100
        ]
      },
      "AgentLoginRequest": {
        "description": "An agent's credentials.",
        "x-ccaas-extension": "Body of loginAgent, which the seeds do not have; `userName` is the seed's agent logon name.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "userName",
          "password"
        ],
        "properties": {
          "userName": {
            "description": "The agent's logon name (the seed's `author.userName` / `agentLogonName`).",
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "password": {
            "description": "The agent's password. Never logged.",
            "type": "string",
            "format": "password",
            "minLength": 1,
            "maxLength": 1024
          }
        }
      },
      "AgentLoginResponse": {
        "description": "An agent access token and who it belongs to.",
        "x-ccaas-extension": "Response of loginAgent (OAuth 2.0 token response field names, RFC 6749).",
        "type": "object",
        "required": [
          "access_token",
          "token_type",
          "expires_in",
          "agent"
        ],
        "properties": {
          "access_token": {
            "description": "The agent's access token, a JWT signed with a key from `/.well-known/jwks.json`. A secret.",
            "type": "string",
            "minLength": 1
          },
          "token_type": {
            "description": "Always `Bearer`.",
            "type": "string",
            "const": "Bearer"
          },
          "expires_in": {
            "description": "Seconds until the token expires.",
            "type": "integer",
            "minimum": 1
          },
          "agent": {
            "$ref": "#/components/schemas/AgentIdentity"
          }
        }
      },
      "AgentIdentity": {
        "description": "The signed-in agent.",
        "x-ccaas-extension": "Part of loginAgent's response; the seeds carry agents only as `userName` / `userId`.",
        "type": "object",
        "required": [
          "id",
          "userName",
          "name"
        ],
        "properties": {
          "id": {
            "description": "The agent's user id (the token's `sub`, a participant's `userId`).",
            "type": "string"
          },
          "userName": {
            "description": "The agent's logon name.",
            "type": "string"
          },
          "name": {
            "description": "The agent's display name.",
            "type": "string"
          }
        }
      },
      "JsonWebKeySet": {
        "description": "A JSON Web Key Set (RFC 7517) of public keys that verify agent access tokens.",
        "x-ccaas-extension": "Served at /.well-known/jwks.json so voice adapters verify agent tokens; not in the seeds.",
        "type": "object",
        "required": [
          "keys"
        ],
        "properties": {
          "keys": {
            "description": "The public keys; a token's `kid` header names the one that signed it.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/JsonWebKey"
            }
          }
        }
      },
      "JsonWebKey": {
        "description": "One public JSON Web Key (RFC 7517); Ed25519 keys are `kty: OKP` (RFC 8037).",
        "x-ccaas-extension": "Part of the JWKS; not in the seeds.",
        "type": "object",
        "required": [
          "kty",
          "kid"
        ],
        "properties": {
          "kty": {
            "description": "Key type (`OKP` for Ed25519, `RSA`, `EC`).",
            "type": "string"
          },
          "kid": {
            "description": "Key id, matched against a token's `kid` header.",
            "type": "string"
          },
          "alg": {
            "description": "The algorithm the key signs with (`EdDSA`, `RS256`, ...).",
            "type": "string"
          },
          "use": {
            "description": "Public key use; `sig` for signing keys.",
            "type": "string"
          },
          "crv": {
            "description": "Curve of an OKP or EC key (`Ed25519`).",
            "type": "string"
          },
          "x": {
            "description": "Public key (base64url) of an OKP or EC key.",
            "type": "string"
          },
          "y": {
            "description": "Second coordinate (base64url) of an EC key.",
            "type": "string"
          },
          "n": {
            "description": "Modulus (base64url) of an RSA key.",
            "type": "string"
          },
          "e": {
            "description": "Exponent (base64url) of an RSA key.",
            "type": "string"
          }
        }
      },
      "ConversationDirection": {
        "title": "ConversationDirection",
        "description": "Who started the conversation: `inbound` (a customer dialed in, e.g. to the partner's toll-free number) or `outbound` (an agent placed the call with `startSoftphoneSession` / `POST /api/v2/conversations/calls`). The seed speaks of inbound and outbound softphone sessions.",
        "x-ccaas-extension": "The seed distinguishes inbound and outbound sessions in prose only; the softphone auto-accepts outbound ones.",
        "type": "string",
        "enum": [
          "inbound",
          "outbound"
        ]
      },
      "ParticipantPurpose": {
        "title": "ParticipantPurpose",
        "description": "Why a participant is in the conversation: `customer` is the external party, `agent` a user of the softphone.",
        "x-ccaas-extension": "The seeds tell customers and agents apart only in prose; the softphone needs a field to find its own participant.",
        "type": "string",
        "enum": [
          "customer",
          "agent"
        ]
      },
      "ParticipantState": {
        "title": "ParticipantState",
        "description": "The participant's call state. `alerting`: ringing, not answered yet. `connected`: talking. `held`: on hold (takes precedence over muted). `muted`: connected with the microphone muted. `disconnected`: gone (hung up, removed or ended); terminal. The `held` and `muted` booleans on Participant carry both toggles independently of this summary.",
        "x-ccaas-extension": "The seeds name hold/resume/mute/unmute/end operations but no state field; softphone UIs and conversationUpdate need one.",
        "type": "string",
        "enum": [
          "alerting",
          "connected",
          "held",
          "muted",
          "disconnected"
        ]
      }
    }
  }
};

/** specs/voice-adapter.yaml, bundled into one self-contained OpenAPI 3.1 document. */
export const voiceAdapterDocument: JsonDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "CCaaS Voice Adapter API",
    "version": "0.1.0",
    "description": "The HTTP contract a partner's voice adapter serves. The softphone is its client: it calls these\nroutes when the agent accepts an inbound call, ends, holds, resumes, mutes or unmutes a participant,\nand when the voice provider client needs a token.\n\nSource: `byo-voice-adapter.txt` (\"4. APIs\"). Request bodies are camelCase exactly as the seed shows\nthem; the seed's examples carry trailing commas, real clients send valid JSON. Success responses are\n`{ \"status\": \"Success\" }`, or `{ \"token\": ... }` for the token route.\n\nAfter a successful accept the adapter publishes the Kafka event `PARTICIPANTCALLINITIATED` for the\nagent participant; after a successful end, `PARTICIPANTCALLCOMPLETED`.\n\nWhere the adapter lives: the partner registers one URL per action on its voice provider resource\n(`accept_call_url`, `end_call_url`, `hold_call_url`, `resume_call_url`, `mute_call_url`,\n`unmute_call_url`, `access_token_url`) and the softphone calls exactly those URLs. The server and\npaths below are the defaults of `@ccaas/adapter-kit`; an adapter may serve the same operations\nanywhere.\n\nAnything the seed does not show (authentication, the error body, mute/unmute bodies, `/health`)\nis marked with `x-ccaas-extension`.\n"
  },
  "servers": [
    {
      "url": "{adapterBaseUrl}",
      "description": "The adapter's base URL. The real URLs are whatever the partner registered on the voice provider\n(`accept_call_url`, `end_call_url`, `hold_call_url`, `resume_call_url`, `mute_call_url`,\n`unmute_call_url`, `access_token_url`); `/calls/accept`, `/calls/end`, `/calls/hold`,\n`/calls/resume`, `/calls/mute`, `/calls/unmute` and `/token` under this base are the adapter kit's\ndefaults.\n",
      "x-ccaas-extension": "The seed names no host or paths (only the registered *_url fields); these are the adapter kit's defaults.",
      "variables": {
        "adapterBaseUrl": {
          "default": "http://127.0.0.1:4800",
          "description": "Scheme, host and port (and optional path prefix) of the voice adapter, without a trailing slash."
        }
      }
    }
  ],
  "tags": [
    {
      "name": "Call control",
      "description": "Actions the softphone asks the adapter to perform on a conversation's call (accept, end, hold, resume, mute, unmute)."
    },
    {
      "name": "Token",
      "description": "Tokens for the voice provider client that runs inside the softphone."
    },
    {
      "name": "Health",
      "description": "Liveness of the adapter process."
    }
  ],
  "paths": {
    "/calls/accept": {
      "post": {
        "operationId": "acceptCall",
        "summary": "Accept an inbound call",
        "description": "The softphone calls this when the agent accepts an inbound call. On success the adapter\npublishes the Kafka event `PARTICIPANTCALLINITIATED` for the agent participant (`author`).\n",
        "tags": [
          "Call control"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AcceptCallRequest"
              },
              "examples": {
                "seed": {
                  "summary": "The seed's accept request",
                  "value": {
                    "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
                    "author": {
                      "userName": "testAgent",
                      "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/Success"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/UpstreamFailed"
          }
        }
      }
    },
    "/calls/end": {
      "post": {
        "operationId": "endCall",
        "summary": "End a call for one participant or for everyone",
        "description": "The softphone calls this when the agent clicks end call, either to terminate the call of all\nparticipants (`removeAllParticipants: true`) or to end only the participant `participantId`.\nOn success the adapter publishes the Kafka event `PARTICIPANTCALLCOMPLETED` for the agent\nparticipant.\n",
        "tags": [
          "Call control"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/EndCallRequest"
              },
              "examples": {
                "seed": {
                  "summary": "The seed's end request (end this participant only)",
                  "value": {
                    "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
                    "removeAllParticipants": false,
                    "participantId": "6e312815-2d32-409b-9c57-f9e79e7baf49",
                    "author": {
                      "userName": "testAgent",
                      "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
                    }
                  }
                },
                "endForEveryone": {
                  "summary": "End the call for all participants",
                  "value": {
                    "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
                    "removeAllParticipants": true,
                    "participantId": "6e312815-2d32-409b-9c57-f9e79e7baf49",
                    "author": {
                      "userName": "testAgent",
                      "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/Success"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/UpstreamFailed"
          }
        }
      }
    },
    "/calls/hold": {
      "post": {
        "operationId": "holdCall",
        "summary": "Put a participant on hold",
        "description": "The softphone calls this when the agent clicks hold on one of the call's active participants (`participantId`).",
        "tags": [
          "Call control"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ParticipantCallRequest"
              },
              "examples": {
                "seed": {
                  "summary": "The seed's hold request",
                  "value": {
                    "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
                    "participantId": "6e312815-2d32-409b-9c57-f9e79e7baf49",
                    "author": {
                      "userName": "testAgent",
                      "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/Success"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/UpstreamFailed"
          }
        }
      }
    },
    "/calls/resume": {
      "post": {
        "operationId": "resumeCall",
        "summary": "Resume a participant who is on hold",
        "description": "The softphone calls this when the agent clicks resume on a participant who is already on hold (`participantId`).",
        "tags": [
          "Call control"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ParticipantCallRequest"
              },
              "examples": {
                "seed": {
                  "summary": "The seed's resume request",
                  "value": {
                    "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
                    "participantId": "6e312815-2d32-409b-9c57-f9e79e7baf49",
                    "author": {
                      "userName": "testAgent",
                      "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/Success"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/UpstreamFailed"
          }
        }
      }
    },
    "/calls/mute": {
      "post": {
        "operationId": "muteCall",
        "summary": "Mute a participant",
        "description": "The softphone calls this (at the registered `mute_call_url`) when the agent mutes a participant\n(`participantId`). The seed registers the URL but shows no body; this contract uses the\nhold/resume body.\n",
        "x-ccaas-extension": "The seed registers mute_call_url but shows no request or response; body and response assumed from hold/resume.",
        "tags": [
          "Call control"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ParticipantCallRequest"
              },
              "examples": {
                "muteAgent": {
                  "summary": "The agent mutes their own line",
                  "value": {
                    "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
                    "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691",
                    "author": {
                      "userName": "testAgent",
                      "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/Success"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/UpstreamFailed"
          }
        }
      }
    },
    "/calls/unmute": {
      "post": {
        "operationId": "unmuteCall",
        "summary": "Unmute a participant",
        "description": "The softphone calls this (at the registered `unmute_call_url`) when the agent unmutes a\nparticipant (`participantId`). The seed registers the URL but shows no body; this contract uses\nthe hold/resume body.\n",
        "x-ccaas-extension": "The seed registers unmute_call_url but shows no request or response; body and response assumed from hold/resume.",
        "tags": [
          "Call control"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ParticipantCallRequest"
              },
              "examples": {
                "unmuteAgent": {
                  "summary": "The agent unmutes their own line",
                  "value": {
                    "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
                    "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691",
                    "author": {
                      "userName": "testAgent",
                      "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/Success"
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/UpstreamFailed"
          }
        }
      }
    },
    "/token": {
      "post": {
        "operationId": "createToken",
        "summary": "Generate a token for the voice provider client",
        "description": "The voice provider client inside the softphone needs a JWT to authenticate and authorize the\nsoftphone with the voice provider; the softphone asks the adapter (at the registered\n`access_token_url`) for one on behalf of `agentLogonName`.\n\nAuthentication: the caller sends the platform's agent JWT as a bearer token. The adapter\nverifies it against the platform's JWKS and answers 403 when `agentLogonName` is not the agent\nthe JWT was issued to. The token returned here may then be used as the bearer token on the\ncall-control routes.\n",
        "x-ccaas-extension": "The seed shows no authentication on the token route; without one anybody could mint a token for any agent, so it takes the platform's agent JWT (verified against the platform JWKS).",
        "tags": [
          "Token"
        ],
        "security": [
          {
            "bearerAuth": []
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TokenRequest"
              },
              "examples": {
                "seed": {
                  "summary": "The seed's token request",
                  "value": {
                    "agentLogonName": "testAgent"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The token for the voice provider client.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TokenResponse"
                },
                "examples": {
                  "seed": {
                    "summary": "The seed's token response",
                    "value": {
                      "token": "dasdgdfhfhgjnguhk"
                    }
                  },
                  "jwtWithLifetime": {
                    "summary": "A JWT with its lifetime (expiresIn is an extension)",
                    "value": {
                      "token": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ0ZXN0QWdlbnQiLCJleHAiOjE3MzI4MDAwMDB9.c2lnbmF0dXJl",
                      "expiresIn": 3600
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/ForbiddenToken"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          },
          "415": {
            "$ref": "#/components/responses/UnsupportedMediaType"
          },
          "500": {
            "$ref": "#/components/responses/InternalError"
          },
          "502": {
            "$ref": "#/components/responses/UpstreamFailed"
          }
        }
      }
    },
    "/health": {
      "get": {
        "operationId": "getHealth",
        "summary": "Check that the adapter is up",
        "description": "Liveness probe for load balancers, orchestrators and the sandbox. No authentication.",
        "x-ccaas-extension": "Not in the seed; deployments and tests need a cheap unauthenticated liveness probe.",
        "tags": [
          "Health"
        ],
        "security": [],
        "responses": {
          "200": {
            "description": "The adapter is running.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HealthResponse"
                },
                "examples": {
                  "ok": {
                    "summary": "Healthy",
                    "value": {
                      "status": "ok"
                    }
                  }
                }
              }
            }
          },
          "4XX": {
            "description": "Client error in the adapter's error format. The health route itself does not fail; a\nmisrouted request (for example another method than GET) gets this body.\n",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AdapterError"
                },
                "examples": {
                  "methodNotAllowed": {
                    "summary": "POST /health",
                    "value": {
                      "status": "Error",
                      "code": "method_not_allowed",
                      "message": "POST is not allowed on /health; use GET.",
                      "requestId": "01JD4Q6ZJ6T0V6W3M9QF3N2B7K"
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT",
        "description": "`Authorization: Bearer <JWT>`. On the call-control routes either the token returned by\n`POST /token` or the platform's agent JWT is accepted. On `POST /token` the platform's agent JWT\nis required; the adapter verifies it against the platform's JWKS.\n",
        "x-ccaas-extension": "The seed shows no authentication on the adapter routes; an adapter reachable from browsers must not let anybody control calls."
      }
    },
    "schemas": {
      "Author": {
        "type": "object",
        "description": "The agent who performs the action.",
        "additionalProperties": false,
        "required": [
          "userName",
          "participantId"
        ],
        "properties": {
          "userName": {
            "type": "string",
            "minLength": 1,
            "description": "The agent's logon name.",
            "examples": [
              "testAgent"
            ]
          },
          "participantId": {
            "type": "string",
            "format": "uuid",
            "description": "The agent's participant id in the conversation.",
            "examples": [
              "4a70a876-bf90-4360-92c3-0edd7463c691"
            ]
          }
        }
      },
      "AcceptCallRequest": {
        "type": "object",
        "description": "Body of `acceptCall` (`accept_call_url`).",
        "additionalProperties": false,
        "required": [
          "conversationId",
          "author"
        ],
        "properties": {
          "conversationId": {
            "type": "string",
            "format": "uuid",
            "description": "The conversation whose inbound call the agent accepts.",
            "examples": [
              "5a974dd7-475a-41c0-a027-bfdf09627b13"
            ]
          },
          "author": {
            "$ref": "#/components/schemas/Author"
          }
        }
      },
      "EndCallRequest": {
        "type": "object",
        "description": "Body of `endCall` (`end_call_url`).",
        "additionalProperties": false,
        "required": [
          "conversationId",
          "removeAllParticipants",
          "participantId",
          "author"
        ],
        "properties": {
          "conversationId": {
            "type": "string",
            "format": "uuid",
            "description": "The conversation whose call ends.",
            "examples": [
              "5a974dd7-475a-41c0-a027-bfdf09627b13"
            ]
          },
          "removeAllParticipants": {
            "type": "boolean",
            "description": "`true` terminates the call for all participants; `false` ends only the call of `participantId`."
          },
          "participantId": {
            "type": "string",
            "format": "uuid",
            "description": "The participant whose call ends (when `removeAllParticipants` is `false`).",
            "examples": [
              "6e312815-2d32-409b-9c57-f9e79e7baf49"
            ]
          },
          "author": {
            "$ref": "#/components/schemas/Author"
          }
        }
      },
      "ParticipantCallRequest": {
        "type": "object",
        "description": "Body of `holdCall`, `resumeCall`, `muteCall` and `unmuteCall`; an action on one participant of a conversation's call.",
        "additionalProperties": false,
        "required": [
          "conversationId",
          "participantId",
          "author"
        ],
        "properties": {
          "conversationId": {
            "type": "string",
            "format": "uuid",
            "description": "The conversation the participant belongs to.",
            "examples": [
              "5a974dd7-475a-41c0-a027-bfdf09627b13"
            ]
          },
          "participantId": {
            "type": "string",
            "format": "uuid",
            "description": "The participant to hold, resume, mute or unmute.",
            "examples": [
              "6e312815-2d32-409b-9c57-f9e79e7baf49"
            ]
          },
          "author": {
            "$ref": "#/components/schemas/Author"
          }
        }
      },
      "TokenRequest": {
        "type": "object",
        "description": "Body of `createToken` (`access_token_url`).",
        "additionalProperties": false,
        "required": [
          "agentLogonName"
        ],
        "properties": {
          "agentLogonName": {
            "type": "string",
            "minLength": 1,
            "description": "Logon name of the agent the token is for.",
            "examples": [
              "testAgent"
            ]
          }
        }
      },
      "SuccessResponse": {
        "type": "object",
        "description": "The adapter performed the action.",
        "required": [
          "status"
        ],
        "properties": {
          "status": {
            "type": "string",
            "const": "Success",
            "description": "Always `Success`."
          }
        }
      },
      "TokenResponse": {
        "type": "object",
        "description": "A token for the voice provider client.",
        "required": [
          "token"
        ],
        "properties": {
          "token": {
            "type": "string",
            "minLength": 1,
            "description": "Token (a JWT) that authenticates and authorizes the softphone with the voice provider."
          },
          "expiresIn": {
            "type": "integer",
            "minimum": 1,
            "description": "Seconds until `token` expires, so the softphone can refresh it before then.",
            "x-ccaas-extension": "Not in the seed; lets the softphone refresh the token before it expires instead of after a failure."
          }
        }
      },
      "HealthResponse": {
        "type": "object",
        "description": "Liveness of the adapter.",
        "x-ccaas-extension": "Not in the seed; body of the health probe.",
        "required": [
          "status"
        ],
        "properties": {
          "status": {
            "type": "string",
            "const": "ok",
            "description": "Always `ok` while the adapter is running."
          }
        }
      },
      "AdapterError": {
        "type": "object",
        "description": "Error body of every adapter route. `status` is `Error`, mirroring the success body's\n`status: \"Success\"`; `code` is stable and machine-readable; `message` says what was wrong and\nwhat to do, and never contains a token or other secret.\n",
        "x-ccaas-extension": "The seed shows only success bodies; clients need one machine-readable error shape.",
        "required": [
          "status",
          "code",
          "message"
        ],
        "properties": {
          "status": {
            "type": "string",
            "const": "Error",
            "description": "Always `Error`."
          },
          "code": {
            "type": "string",
            "description": "`validation_failed` (400), `unauthorized` (401), `forbidden` (403), `not_found` (404),\n`method_not_allowed` (405), `payload_too_large` (413), `unsupported_media_type` (415),\n`internal_error` (500), `upstream_failed` (502: the telephony system or the partner's handler failed).\n",
            "enum": [
              "validation_failed",
              "unauthorized",
              "forbidden",
              "not_found",
              "unsupported_media_type",
              "payload_too_large",
              "method_not_allowed",
              "upstream_failed",
              "internal_error"
            ]
          },
          "message": {
            "type": "string",
            "description": "Human-readable explanation and what to do about it."
          },
          "requestId": {
            "type": "string",
            "description": "Identifier of the request in the adapter's logs; quote it when reporting a problem."
          },
          "details": {
            "type": "array",
            "description": "One entry per invalid field (for `validation_failed`).",
            "items": {
              "type": "object",
              "required": [
                "field",
                "message"
              ],
              "properties": {
                "field": {
                  "type": "string",
                  "description": "JSON Pointer (RFC 6901) to the invalid field in the request body, e.g. `/author/userName`.",
                  "examples": [
                    "/author/userName"
                  ]
                },
                "message": {
                  "type": "string",
                  "description": "What is wrong with the field."
                }
              }
            }
          }
        }
      }
    },
    "responses": {
      "Success": {
        "description": "The adapter performed the action.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/SuccessResponse"
            },
            "examples": {
              "seed": {
                "summary": "The seed's response",
                "value": {
                  "status": "Success"
                }
              }
            }
          }
        }
      },
      "BadRequest": {
        "description": "The body is not valid JSON or does not match the operation's schema (missing, mistyped or unknown fields).",
        "x-ccaas-extension": "The seed shows no error responses.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AdapterError"
            },
            "examples": {
              "missingUserName": {
                "summary": "author.userName missing",
                "value": {
                  "status": "Error",
                  "code": "validation_failed",
                  "message": "The request body is invalid: /author/userName is required.",
                  "requestId": "01JD4Q6ZJ6T0V6W3M9QF3N2B7K",
                  "details": [
                    {
                      "field": "/author/userName",
                      "message": "is required"
                    }
                  ]
                }
              },
              "badConversationId": {
                "summary": "conversationId is not a UUID",
                "value": {
                  "status": "Error",
                  "code": "validation_failed",
                  "message": "The request body is invalid: /conversationId must be a UUID.",
                  "requestId": "01JD4Q7B2Y9E4C5W8H1R6S3T0V",
                  "details": [
                    {
                      "field": "/conversationId",
                      "message": "must match format \"uuid\""
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "The `Authorization` header is missing, or its bearer token is invalid or expired.",
        "x-ccaas-extension": "The seed shows no authentication.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AdapterError"
            },
            "examples": {
              "missingToken": {
                "summary": "No bearer token",
                "value": {
                  "status": "Error",
                  "code": "unauthorized",
                  "message": "Missing bearer token. Send Authorization Bearer with the token from POST /token or the platform's agent JWT.",
                  "requestId": "01JD4Q8C3Z0F5D6X9J2S7T4U1W"
                }
              },
              "expiredToken": {
                "summary": "Expired bearer token",
                "value": {
                  "status": "Error",
                  "code": "unauthorized",
                  "message": "The bearer token has expired. Request a new one and retry.",
                  "requestId": "01JD4Q8M4A1G6E7Y0K3T8U5V2X"
                }
              }
            }
          }
        }
      },
      "Forbidden": {
        "description": "The bearer token is valid but belongs to another agent than `author`.",
        "x-ccaas-extension": "The seed shows no authorization.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AdapterError"
            },
            "examples": {
              "otherAgent": {
                "summary": "author is not the token's agent",
                "value": {
                  "status": "Error",
                  "code": "forbidden",
                  "message": "The bearer token was issued to another agent than author.userName \"testAgent\".",
                  "requestId": "01JD4Q9D5B2H7F8Z1M4V9W6X3Y"
                }
              }
            }
          }
        }
      },
      "ForbiddenToken": {
        "description": "The platform's agent JWT is valid but was issued to another agent than `agentLogonName`.",
        "x-ccaas-extension": "The seed shows no authorization on the token route.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AdapterError"
            },
            "examples": {
              "otherAgent": {
                "summary": "Token requested for another agent",
                "value": {
                  "status": "Error",
                  "code": "forbidden",
                  "message": "The agent JWT was issued to another agent than agentLogonName \"testAgent\"; an agent can only request its own token.",
                  "requestId": "01JD4QA06C3J8G9A2N5W0X7Y4Z"
                }
              }
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "The request body is larger than the adapter's configured limit.",
        "x-ccaas-extension": "The seed shows no error responses.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AdapterError"
            },
            "examples": {
              "tooLarge": {
                "summary": "Body over the limit",
                "value": {
                  "status": "Error",
                  "code": "payload_too_large",
                  "message": "The request body exceeds the adapter's body size limit. Send only the documented fields.",
                  "requestId": "01JD4QAR7D4K9H0B3P6X1Y8Z5A"
                }
              }
            }
          }
        }
      },
      "UnsupportedMediaType": {
        "description": "The request's `Content-Type` is not `application/json`.",
        "x-ccaas-extension": "The seed shows no error responses.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AdapterError"
            },
            "examples": {
              "notJson": {
                "summary": "Form-encoded body",
                "value": {
                  "status": "Error",
                  "code": "unsupported_media_type",
                  "message": "Content-Type application/x-www-form-urlencoded is not supported; send application/json.",
                  "requestId": "01JD4QBH8E5M0J1C4Q7Y2Z9A6B"
                }
              }
            }
          }
        }
      },
      "InternalError": {
        "description": "The adapter failed unexpectedly.",
        "x-ccaas-extension": "The seed shows no error responses.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AdapterError"
            },
            "examples": {
              "internal": {
                "summary": "Unexpected failure",
                "value": {
                  "status": "Error",
                  "code": "internal_error",
                  "message": "The adapter failed unexpectedly. Retry later and quote the requestId if it persists.",
                  "requestId": "01JD4QC89F6N1K2D5R8Z3A0B7C"
                }
              }
            }
          }
        }
      },
      "UpstreamFailed": {
        "description": "The telephony system, the voice provider or the partner's handler failed to perform the action.",
        "x-ccaas-extension": "The seed shows no error responses.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/AdapterError"
            },
            "examples": {
              "telephonyFailed": {
                "summary": "Telephony rejected the action",
                "value": {
                  "status": "Error",
                  "code": "upstream_failed",
                  "message": "The telephony system did not put participant 6e312815-2d32-409b-9c57-f9e79e7baf49 on hold. Retry.",
                  "requestId": "01JD4QCZAG7P2M3E6S9A4B1C8D"
                }
              }
            }
          }
        }
      }
    }
  }
};

/** specs/voice-api.yaml, bundled into one self-contained OpenAPI 3.1 document. */
export const voiceApiDocument: JsonDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Voice API",
    "version": "0.1.0",
    "description": "The Voice API controls voice communication: log in once per token lifetime, fetch the WebRTC\nsettings of the web phone (`Call/Server`), create a call (`Call/Create`) and follow its status\n(`Call/Status`). Source: `voice-api.txt` (Portuguese, last updated 2019-09-18). Field names are kept\nexactly as the seed writes them (Portuguese and mixed case included); descriptions are translated.\n\n**Authentication.** `POST /Login` trades a login and password (issued by the provider's IT team)\nfor an access token. The token lives at most 6 hours; after that, log in again. Every other POST\nrequest must carry the token as the **first field of the JSON object** (`token`), and GET requests\ncarry it in the URL (the seed documents no GET route). No OpenAPI security scheme can express \"a\ntoken in the first field of the body\", so the document declares `security: []` and each request\nschema lists `token` first; clients must serialise it first (for example by building the object\nwith `token` as its first key).\n\n**Responses.** Every response body is a JSON array holding exactly one object.\n\n**Before creating a call** the WebRTC web phone must be configured with the `Call/Server` settings\nand online; otherwise `Call/Create` fails with `NO_ENDPOINT_REGISTERED`.\n\nAnything the seed does not show (the Login response, error bodies and status codes, the local\nsandbox server) is marked with `x-ccaas-extension`.\n"
  },
  "servers": [
    {
      "url": "https://api.flexcontact.com.br/Voice",
      "description": "External URL (from the seed)."
    },
    {
      "url": "https://10.10.2.164/Voice",
      "description": "Internal URL (from the seed); reachable only inside the provider's network."
    },
    {
      "url": "http://127.0.0.1:4700/Voice",
      "description": "Local sandbox (`@ccaas/sandbox`).",
      "x-ccaas-extension": "Not in the seed; the SDK's sandbox serves the Voice API on the laptop."
    }
  ],
  "security": [],
  "tags": [
    {
      "name": "Login",
      "description": "Access tokens."
    },
    {
      "name": "Call",
      "description": "Web-phone settings, call creation and call status."
    }
  ],
  "paths": {
    "/Login": {
      "post": {
        "operationId": "login",
        "summary": "Log in and get an access token",
        "description": "Validates the login and password provided by the IT team and, on success, generates an access\ntoken usable for every micro-service the login has access to. The token is valid for at most\n6 hours; log in again after that. This is the only request without `token` in its body\n(`security: []`: authentication is the body itself).\n",
        "tags": [
          "Login"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/LoginRequest"
              },
              "examples": {
                "seed": {
                  "summary": "The seed's Login request",
                  "value": {
                    "login": "flex",
                    "password": "12345678"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The access token. The seed does not show this response; this contract models it in the\nAPI's array-of-one-object convention.\n",
            "x-ccaas-extension": "The seed does not show the Login response; modelled as an array of one { token, expires_in } object.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LoginResponse"
                },
                "examples": {
                  "token": {
                    "summary": "A token valid for 6 hours",
                    "value": [
                      {
                        "token": "9f3c2b7e5d1a4c6e8b0f2a4d6c8e0b1d",
                        "expires_in": 21600
                      }
                    ]
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/InvalidCredentials"
          }
        }
      }
    },
    "/Call/Server": {
      "post": {
        "operationId": "getCallServer",
        "summary": "Get the web phone's WebRTC server settings",
        "description": "Returns the WebRTC server settings to configure in the web phone before dialling.\n\nAuthentication: `token` (from Login) must be the FIRST field of the JSON object; the schema's\nproperty order mirrors this. No OpenAPI security scheme can express it, hence `security: []`.\n",
        "tags": [
          "Call"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CallServerRequest"
              },
              "examples": {
                "seed": {
                  "summary": "The seed's Call/Server request",
                  "value": {
                    "token": "123456",
                    "codCampaign": "0"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The web phone's WebRTC/SIP settings, in an array of one object.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CallServerResponse"
                },
                "examples": {
                  "seed": {
                    "summary": "The seed's Call/Server response",
                    "value": [
                      {
                        "rtcSignalingServer": "rtc1.inov8.cloud",
                        "rtcMediaServer": "rtc1.inov8.cloud",
                        "rtcSignalingPort": "5060",
                        "rtcWsServer": "wss://rtc1.inov8.cloud:8089/ws",
                        "rtcURIAddr": "sip:5d67e9cce687049f9866d55c@rtc1.inov8.cloud",
                        "rtcUAUsername": "5d67e9cce687049f98000000c",
                        "rtcUAPassword": "123456",
                        "api_key": "OMN-04-2908-000-000000",
                        "caller_ident_external": "554800037656",
                        "agent_id": "5d67e9cce687049f9866d000"
                      }
                    ]
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/InvalidToken"
          }
        }
      }
    },
    "/Call/Create": {
      "post": {
        "operationId": "createCall",
        "summary": "Create a voice call",
        "description": "Places a call once the web phone is configured. The WebRTC web phone must be configured with the\ndata from `Call/Server` and online; otherwise the API answers `NO_ENDPOINT_REGISTERED`.\n\nAuthentication: `token` (from Login) must be the FIRST field of the JSON object; the schema's\nproperty order mirrors this. No OpenAPI security scheme can express it, hence `security: []`.\n",
        "tags": [
          "Call"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CallCreateRequest"
              },
              "examples": {
                "seed": {
                  "summary": "The seed's Call/Create request",
                  "value": {
                    "token": "12345",
                    "codCampaign": "0",
                    "api_key": "OMN-04-2908-000-000000",
                    "call_destination": "5511980121511",
                    "call_type": "external",
                    "call_cid": "554830037656",
                    "call_recorder": "1"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The created call's id, in an array of one object.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CallCreateResponse"
                },
                "examples": {
                  "seed": {
                    "summary": "The seed's Call/Create response",
                    "value": [
                      {
                        "_id": "5d7bd7d87b2e3252147f8be4"
                      }
                    ]
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/InvalidToken"
          },
          "409": {
            "$ref": "#/components/responses/NoEndpointRegistered"
          }
        }
      }
    },
    "/Call/Status": {
      "post": {
        "operationId": "getCallStatus",
        "summary": "Get a call's status",
        "description": "Follows a call's progress and status on the platform.\n\nThe seed describes the response fields as `status`, `isdn_code` and `isdn_reason`, but its\nexample response carries `voice_status`, `voice_code_result` and `voice_text_result` (with a\n`voice_status` that looks like an id). Both forms are accepted; clients normalise them.\n\nAuthentication: `token` (from Login) must be the FIRST field of the JSON object; the schema's\nproperty order mirrors this. No OpenAPI security scheme can express it, hence `security: []`.\n",
        "tags": [
          "Call"
        ],
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CallStatusRequest"
              },
              "examples": {
                "seed": {
                  "summary": "The seed's Call/Status request",
                  "value": {
                    "token": "12345",
                    "codCampaign": "0",
                    "_id": "5d7bd5df7b2e3252147f8bd2"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The call's status, in an array of one object, in either of the seed's two forms.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CallStatusResponse"
                },
                "examples": {
                  "seedExample": {
                    "summary": "The form the seed's example shows (voice_*)",
                    "value": [
                      {
                        "_id": "5d7bd7d87b2e3252147f8be4",
                        "voice_status": "5d7bd7d87b2e3252147f8be4",
                        "voice_code_result": "2",
                        "voice_text_result": "No route"
                      }
                    ]
                  },
                  "seedText": {
                    "summary": "The form the seed's text describes (status / isdn_*)",
                    "value": [
                      {
                        "_id": "5d7bd7d87b2e3252147f8be4",
                        "status": "Finished",
                        "isdn_code": "2",
                        "isdn_reason": "No route"
                      }
                    ]
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/InvalidToken"
          },
          "404": {
            "$ref": "#/components/responses/CallNotFound"
          }
        }
      }
    }
  },
  "components": {
    "schemas": {
      "LoginRequest": {
        "type": "object",
        "description": "Body of `Login`. The only POST body without `token`.",
        "additionalProperties": false,
        "required": [
          "login",
          "password"
        ],
        "properties": {
          "login": {
            "type": "string",
            "minLength": 1,
            "description": "Login provided by the IT team.",
            "examples": [
              "flex"
            ]
          },
          "password": {
            "type": "string",
            "format": "password",
            "minLength": 1,
            "description": "Password of the login. Never logged."
          }
        }
      },
      "LoginResponse": {
        "type": "array",
        "description": "Login response; an array holding exactly one object.",
        "x-ccaas-extension": "The seed does not show the Login response; modelled as an array of one object like every other response.",
        "minItems": 1,
        "maxItems": 1,
        "items": {
          "$ref": "#/components/schemas/LoginResult"
        }
      },
      "LoginResult": {
        "type": "object",
        "description": "The access token generated by Login.",
        "x-ccaas-extension": "The seed does not show the Login response; field `token` is the name the other requests use for it.",
        "required": [
          "token"
        ],
        "properties": {
          "token": {
            "type": "string",
            "minLength": 1,
            "description": "Access token; send it as the first field of every other POST body. Valid for at most 6 hours."
          },
          "expires_in": {
            "type": "integer",
            "minimum": 1,
            "maximum": 21600,
            "description": "Seconds until the token expires (at most 21600, the seed's 6-hour limit). When absent, assume 6 hours from login.",
            "x-ccaas-extension": "The seed only states the 6-hour maximum; lets clients refresh on time when the server says so."
          }
        }
      },
      "CallServerRequest": {
        "type": "object",
        "description": "Body of `Call/Server`. The seed requires `token` as the FIRST field of the JSON object; the\nproperty order in this schema mirrors it.\n",
        "additionalProperties": false,
        "required": [
          "token",
          "codCampaign"
        ],
        "properties": {
          "token": {
            "$ref": "#/components/schemas/Token"
          },
          "codCampaign": {
            "$ref": "#/components/schemas/CodCampaign"
          }
        }
      },
      "CallServerResponse": {
        "type": "array",
        "description": "`Call/Server` response; an array holding exactly one object.",
        "minItems": 1,
        "maxItems": 1,
        "items": {
          "$ref": "#/components/schemas/CallServerInfo"
        }
      },
      "CallServerInfo": {
        "type": "object",
        "description": "WebRTC server settings to configure in the web phone.",
        "required": [
          "rtcSignalingServer",
          "rtcMediaServer",
          "rtcSignalingPort",
          "rtcWsServer",
          "rtcURIAddr",
          "rtcUAUsername",
          "rtcUAPassword",
          "api_key",
          "caller_ident_external",
          "agent_id"
        ],
        "properties": {
          "rtcSignalingServer": {
            "type": "string",
            "description": "SIP signaling server host.",
            "examples": [
              "rtc1.inov8.cloud"
            ]
          },
          "rtcMediaServer": {
            "type": "string",
            "description": "Media server host.",
            "examples": [
              "rtc1.inov8.cloud"
            ]
          },
          "rtcSignalingPort": {
            "type": "string",
            "description": "SIP signaling port. A string of digits in the seed (kept as a string).",
            "examples": [
              "5060"
            ]
          },
          "rtcWsServer": {
            "type": "string",
            "description": "WebSocket (WSS) URL of the SIP-over-WebSocket server the web phone connects to.",
            "examples": [
              "wss://rtc1.inov8.cloud:8089/ws"
            ]
          },
          "rtcURIAddr": {
            "type": "string",
            "description": "SIP URI of the web phone's user agent.",
            "examples": [
              "sip:5d67e9cce687049f9866d55c@rtc1.inov8.cloud"
            ]
          },
          "rtcUAUsername": {
            "type": "string",
            "description": "SIP user agent username.",
            "examples": [
              "5d67e9cce687049f98000000c"
            ]
          },
          "rtcUAPassword": {
            "type": "string",
            "description": "SIP user agent password. A secret; never logged."
          },
          "api_key": {
            "type": "string",
            "description": "Key that binds calls to this web phone; send it as `api_key` in `Call/Create`.",
            "examples": [
              "OMN-04-2908-000-000000"
            ]
          },
          "caller_ident_external": {
            "type": "string",
            "description": "Caller identification (caller ID) used on external calls, format DDI+DDD+number.",
            "examples": [
              "554800037656"
            ]
          },
          "agent_id": {
            "type": "string",
            "description": "The agent's id on the platform.",
            "examples": [
              "5d67e9cce687049f9866d000"
            ]
          }
        }
      },
      "CallCreateRequest": {
        "type": "object",
        "description": "Body of `Call/Create`. The seed requires `token` as the FIRST field of the JSON object; the\nproperty order in this schema mirrors it.\n",
        "additionalProperties": false,
        "required": [
          "token",
          "codCampaign",
          "api_key",
          "call_destination",
          "call_type",
          "call_cid",
          "call_recorder"
        ],
        "properties": {
          "token": {
            "$ref": "#/components/schemas/Token"
          },
          "codCampaign": {
            "$ref": "#/components/schemas/CodCampaign"
          },
          "api_key": {
            "type": "string",
            "minLength": 1,
            "description": "Value provided by `Call/Server` (`api_key`) to bind the call.",
            "examples": [
              "OMN-04-2908-000-000000"
            ]
          },
          "call_destination": {
            "type": "string",
            "minLength": 1,
            "description": "Number to call, in the format DDI+DDD+number (country code, area code, number), or an internal extension.",
            "examples": [
              "5511980121511"
            ]
          },
          "call_type": {
            "type": "string",
            "enum": [
              "external",
              "internal"
            ],
            "description": "Call type: `external` (a number outside the platform) or `internal` (a number that exists on the platform, e.g. registered extensions)."
          },
          "call_cid": {
            "type": "string",
            "minLength": 1,
            "description": "Number sent to the destination as caller ID (\"Bina\"). Must be registered and authorised on the platform. Format DDI+DDD+number.",
            "examples": [
              "554830037656"
            ]
          },
          "call_recorder": {
            "type": "string",
            "enum": [
              "0",
              "1",
              "2"
            ],
            "description": "Recording: `0` do not record; `1` record after the call is answered; `2` record from the moment the destination phone starts ringing. A string."
          }
        }
      },
      "CallCreateResponse": {
        "type": "array",
        "description": "`Call/Create` response; an array holding exactly one object.",
        "minItems": 1,
        "maxItems": 1,
        "items": {
          "$ref": "#/components/schemas/CreatedCall"
        }
      },
      "CreatedCall": {
        "type": "object",
        "description": "The created call.",
        "required": [
          "_id"
        ],
        "properties": {
          "_id": {
            "type": "string",
            "description": "The call's id; pass it as `_id` to `Call/Status`.",
            "examples": [
              "5d7bd7d87b2e3252147f8be4"
            ]
          }
        }
      },
      "CallStatusRequest": {
        "type": "object",
        "description": "Body of `Call/Status`. The seed requires `token` as the FIRST field of the JSON object; the\nproperty order in this schema mirrors it.\n",
        "additionalProperties": false,
        "required": [
          "token",
          "codCampaign",
          "_id"
        ],
        "properties": {
          "token": {
            "$ref": "#/components/schemas/Token"
          },
          "codCampaign": {
            "$ref": "#/components/schemas/CodCampaign"
          },
          "_id": {
            "type": "string",
            "minLength": 1,
            "description": "The id obtained when the call was created (`Call/Create`).",
            "examples": [
              "5d7bd5df7b2e3252147f8bd2"
            ]
          }
        }
      },
      "CallStatusResponse": {
        "type": "array",
        "description": "`Call/Status` response; an array holding exactly one object.",
        "minItems": 1,
        "maxItems": 1,
        "items": {
          "$ref": "#/components/schemas/CallStatus"
        }
      },
      "CallStatus": {
        "description": "A call's status in either of the seed's forms: the one its text describes\n(`CallStatusIsdnForm`: `status`, `isdn_code`, `isdn_reason`) or the one its example shows\n(`CallStatusVoiceForm`: `voice_status`, `voice_code_result`, `voice_text_result`). Clients accept\nboth and normalise them (`voice_status` -> `status`, `voice_code_result` -> `isdn_code`,\n`voice_text_result` -> `isdn_reason`).\n",
        "anyOf": [
          {
            "$ref": "#/components/schemas/CallStatusIsdnForm"
          },
          {
            "$ref": "#/components/schemas/CallStatusVoiceForm"
          }
        ]
      },
      "CallStatusIsdnForm": {
        "type": "object",
        "description": "The call status as the seed's text describes it.",
        "required": [
          "_id",
          "status",
          "isdn_code",
          "isdn_reason"
        ],
        "properties": {
          "_id": {
            "type": "string",
            "description": "The call's id.",
            "examples": [
              "5d7bd7d87b2e3252147f8be4"
            ]
          },
          "status": {
            "type": "string",
            "enum": [
              "Setup",
              "Dialing",
              "Answered",
              "Finished"
            ],
            "description": "Status of the call on the platform: `Setup` (contacting the originating extension),\n`Dialing` (dialling the destination), `Answered` (call in progress), `Finished` (call ended).\n"
          },
          "isdn_code": {
            "type": "string",
            "description": "ISDN (Integrated Services Digital Network) cause code.",
            "examples": [
              "2"
            ]
          },
          "isdn_reason": {
            "type": "string",
            "description": "ISDN cause as text.",
            "examples": [
              "No route"
            ]
          }
        }
      },
      "CallStatusVoiceForm": {
        "type": "object",
        "description": "The call status as the seed's example shows it. In that example `voice_status` holds the same\nvalue as `_id` (it looks like an id rather than one of Setup, Dialing, Answered, Finished);\nclients treat a value outside those four as an unknown status.\n",
        "required": [
          "_id",
          "voice_status",
          "voice_code_result",
          "voice_text_result"
        ],
        "properties": {
          "_id": {
            "type": "string",
            "description": "The call's id.",
            "examples": [
              "5d7bd7d87b2e3252147f8be4"
            ]
          },
          "voice_status": {
            "type": "string",
            "description": "Status of the call (expected Setup, Dialing, Answered or Finished; the seed's example shows an id-like value).",
            "examples": [
              "5d7bd7d87b2e3252147f8be4"
            ]
          },
          "voice_code_result": {
            "type": "string",
            "description": "ISDN cause code (counterpart of `isdn_code`).",
            "examples": [
              "2"
            ]
          },
          "voice_text_result": {
            "type": "string",
            "description": "ISDN cause as text (counterpart of `isdn_reason`).",
            "examples": [
              "No route"
            ]
          }
        }
      },
      "Token": {
        "type": "string",
        "minLength": 1,
        "description": "Access token returned by `Login`. Must be the FIRST field of the JSON object.",
        "examples": [
          "12345"
        ]
      },
      "CodCampaign": {
        "type": "string",
        "minLength": 1,
        "description": "Code of the Voice campaign, registered beforehand by the API team.",
        "examples": [
          "0"
        ]
      },
      "VoiceApiErrorResponse": {
        "type": "array",
        "description": "Error response; an array holding exactly one error object, like every other response.",
        "x-ccaas-extension": "The seed shows no error body (it only names NO_ENDPOINT_REGISTERED); clients need one error shape.",
        "minItems": 1,
        "maxItems": 1,
        "items": {
          "$ref": "#/components/schemas/VoiceApiError"
        }
      },
      "VoiceApiError": {
        "type": "object",
        "description": "An error. `message` never contains the token or the password.",
        "x-ccaas-extension": "The seed shows no error body; only the code NO_ENDPOINT_REGISTERED is from the seed.",
        "required": [
          "error",
          "message"
        ],
        "properties": {
          "error": {
            "type": "string",
            "enum": [
              "NO_ENDPOINT_REGISTERED",
              "INVALID_CREDENTIALS",
              "INVALID_TOKEN",
              "TOKEN_EXPIRED",
              "VALIDATION_ERROR",
              "CALL_NOT_FOUND"
            ],
            "description": "Machine-readable code. `NO_ENDPOINT_REGISTERED` (from the seed): the web phone is not online.\n`INVALID_CREDENTIALS`: wrong login or password. `INVALID_TOKEN`: the token is unknown or not the\nfirst field. `TOKEN_EXPIRED`: the token is older than its lifetime (at most 6 hours); log in again.\n`VALIDATION_ERROR`: the body is malformed. `CALL_NOT_FOUND`: no call with that `_id`.\n"
          },
          "message": {
            "type": "string",
            "description": "Human-readable explanation and what to do about it."
          }
        }
      }
    },
    "responses": {
      "ValidationError": {
        "description": "The body is not valid JSON or does not match the request schema.",
        "x-ccaas-extension": "The seed documents no status codes or error bodies.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/VoiceApiErrorResponse"
            },
            "examples": {
              "invalidCallType": {
                "summary": "call_type is not external or internal",
                "value": [
                  {
                    "error": "VALIDATION_ERROR",
                    "message": "call_type must be \"external\" or \"internal\"."
                  }
                ]
              },
              "missingField": {
                "summary": "A required field is missing",
                "value": [
                  {
                    "error": "VALIDATION_ERROR",
                    "message": "codCampaign is required."
                  }
                ]
              }
            }
          }
        }
      },
      "InvalidCredentials": {
        "description": "The login or password is wrong.",
        "x-ccaas-extension": "The seed documents no status codes or error bodies.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/VoiceApiErrorResponse"
            },
            "examples": {
              "invalidCredentials": {
                "summary": "Wrong login or password",
                "value": [
                  {
                    "error": "INVALID_CREDENTIALS",
                    "message": "Login or password is invalid. Check the credentials provided by the IT team."
                  }
                ]
              }
            }
          }
        }
      },
      "InvalidToken": {
        "description": "The token is missing, unknown, not the first field of the body, or expired.",
        "x-ccaas-extension": "The seed documents no status codes or error bodies.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/VoiceApiErrorResponse"
            },
            "examples": {
              "invalidToken": {
                "summary": "Unknown token, or token not the first field",
                "value": [
                  {
                    "error": "INVALID_TOKEN",
                    "message": "The token is invalid. Send the token from Login as the first field of the JSON body."
                  }
                ]
              },
              "tokenExpired": {
                "summary": "Token older than its lifetime",
                "value": [
                  {
                    "error": "TOKEN_EXPIRED",
                    "message": "The token has expired (tokens last at most 6 hours). Log in again to get a new token."
                  }
                ]
              }
            }
          }
        }
      },
      "CallNotFound": {
        "description": "No call has the given `_id`.",
        "x-ccaas-extension": "The seed documents no status codes or error bodies.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/VoiceApiErrorResponse"
            },
            "examples": {
              "callNotFound": {
                "summary": "Unknown call id",
                "value": [
                  {
                    "error": "CALL_NOT_FOUND",
                    "message": "No call with _id 5d7bd5df7b2e3252147f8bd2. Use the _id returned by Call/Create."
                  }
                ]
              }
            }
          }
        }
      },
      "NoEndpointRegistered": {
        "description": "The web phone is not online: the WebRTC service must be configured with the data from\n`Call/Server` and online before `Call/Create`.\n",
        "x-ccaas-extension": "The seed names NO_ENDPOINT_REGISTERED but no status code or body; 409 because the request conflicts with the web phone's state.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/VoiceApiErrorResponse"
            },
            "examples": {
              "noEndpoint": {
                "summary": "Web phone offline",
                "value": [
                  {
                    "error": "NO_ENDPOINT_REGISTERED",
                    "message": "No web phone is registered. Configure the WebRTC web phone with the data from Call/Server and bring it online, then create the call again."
                  }
                ]
              }
            }
          }
        }
      }
    }
  }
};

/** specs/sandbox.yaml, bundled into one self-contained OpenAPI 3.1 document. */
export const sandboxDocument: JsonDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "CCaaS Sandbox control API",
    "version": "0.1.0",
    "description": "The API that only the local sandbox (`@ccaas/sandbox`) serves: what tests, demos and people use to drive the platform on a laptop. Read the demo credentials and URLs (`/control/info`), ring an agent as a customer would, read the audio a call carries, hang the customer up, change an agent's station, mark the Voice API web phone online, read the conversation webhooks the sandbox delivered, and publish the participant events a voice adapter would publish to Kafka (`/ingest/participant-events`, the topic's stand-in in development).\n\nNo credentials: the sandbox listens on loopback and every value it hands out is a demo value. The real platform has none of these endpoints. Errors use the partner API's `ErrorBody`.",
    "x-ccaas-extension": "The sandbox's own API for tests and demos; the real platform has no such endpoints.",
    "contact": {
      "name": "CCaaS SDK maintainers",
      "url": "https://github.com/ccaas-dev/ccaas-sdk"
    }
  },
  "servers": [
    {
      "url": "http://127.0.0.1:4700",
      "description": "Local sandbox (`@ccaas/sandbox`, default port 4700).",
      "x-ccaas-extension": "The SDK's local sandbox platform; not part of the seeds."
    }
  ],
  "security": [],
  "tags": [
    {
      "name": "Sandbox control",
      "description": "Demo credentials and URLs, simulated customers, media statistics, stations, web phones, webhook deliveries.",
      "x-ccaas-extension": "Sandbox-only; not part of the platform."
    },
    {
      "name": "Participant event ingest",
      "description": "The HTTP stand-in for the Kafka `participant-events` topic a voice adapter publishes to.",
      "x-ccaas-extension": "Sandbox-only; in production the platform consumes these events from Kafka."
    }
  ],
  "paths": {
    "/control/info": {
      "get": {
        "operationId": "getSandboxInfo",
        "summary": "Get the sandbox's URLs and demo credentials",
        "description": "Everything a client needs to talk to this sandbox: the partner API base URL with the partner id, client id, client secret and template version; the partner's toll-free numbers with their ids; the Voice API base URL with its login, password and campaign code; the agents with their logins and stations; the signaling, JWKS and participant-event URLs. Every credential here is a demo value.",
        "x-ccaas-extension": "Sandbox-only discovery endpoint.",
        "tags": [
          "Sandbox control"
        ],
        "responses": {
          "200": {
            "description": "The sandbox's URLs and demo credentials.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SandboxInfo"
                },
                "examples": {
                  "defaults": {
                    "summary": "A sandbox started with the defaults on port 4700",
                    "value": {
                      "baseUrl": "http://127.0.0.1:4700",
                      "partnerApi": {
                        "baseUrl": "http://127.0.0.1:4700",
                        "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
                        "clientId": "sandbox-client",
                        "clientSecret": "sandbox-secret",
                        "templateVersion": "1"
                      },
                      "phoneNumbers": [
                        {
                          "id": "7c0f9a52-3d1e-4b8a-9f6e-2a5d8c4b1e07",
                          "phone_number": "+18883973342",
                          "type": "toll_free",
                          "voice_provider_id_resource_uri": null
                        }
                      ],
                      "voiceApi": {
                        "baseUrl": "http://127.0.0.1:4700/Voice",
                        "login": "flex",
                        "password": "12345678",
                        "codCampaign": "0",
                        "legacyCodCampaign": "legacy"
                      },
                      "agents": [
                        {
                          "id": "b2d5f8a1-6c3e-4f7a-9d2b-5e8c1a4f7b30",
                          "userName": "testAgent",
                          "password": "agent-password",
                          "name": "Test Agent",
                          "station": {
                            "id": "9d1f3c5e-7a2b-4c8d-b6e4-0f2a8c1d5e73",
                            "name": "testAgent's WebRTC phone",
                            "userId": "b2d5f8a1-6c3e-4f7a-9d2b-5e8c1a4f7b30",
                            "type": "inin_webrtc_softphone",
                            "status": "ASSOCIATED",
                            "webRtcCallAppearances": 100,
                            "webRtcPersistentEnabled": false
                          },
                          "softphoneConnections": 0,
                          "webPhoneOnline": false
                        }
                      ],
                      "signalingUrl": "ws://127.0.0.1:4700/signaling",
                      "jwksUrl": "http://127.0.0.1:4700/.well-known/jwks.json",
                      "controlUrl": "http://127.0.0.1:4700/control",
                      "participantEventsUrl": "http://127.0.0.1:4700/ingest/participant-events"
                    }
                  }
                }
              }
            }
          },
          "4XX": {
            "$ref": "#/components/responses/ClientError"
          }
        }
      }
    },
    "/control/calls/inbound": {
      "post": {
        "operationId": "simulateInboundCall",
        "summary": "Ring an agent as a customer",
        "description": "A customer calls one of the partner's toll-free numbers (`to`) from `from`: the sandbox routes the call to an online agent (one with a connected softphone), whose softphone then receives the conversation and a `propose`. 404 when `to` is not one of the partner's numbers, 409 when no agent is online.",
        "x-ccaas-extension": "Sandbox-only: stands in for the telephone network.",
        "tags": [
          "Sandbox control"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SimulateInboundCallRequest"
              },
              "examples": {
                "customerCalls": {
                  "summary": "A customer dials the first demo number",
                  "value": {
                    "to": "+18883973342",
                    "from": "+15555550100"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The call was routed; the body is the new conversation (customer connected, agent alerting).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Conversation"
                },
                "examples": {
                  "ringing": {
                    "summary": "The agent's softphone is ringing",
                    "value": {
                      "id": "5a974dd7-475a-41c0-a027-bfdf09627b13",
                      "direction": "inbound",
                      "startTime": "2026-11-22T13:40:00Z",
                      "fromAddress": "+15555550100",
                      "toAddress": "+18883973342",
                      "selfUri": "/api/v2/conversations/calls/5a974dd7-475a-41c0-a027-bfdf09627b13",
                      "participants": [
                        {
                          "id": "6e312815-2d32-409b-9c57-f9e79e7baf49",
                          "purpose": "customer",
                          "state": "connected",
                          "muted": false,
                          "held": false,
                          "name": "Customer",
                          "address": "+15555550100",
                          "connectedTime": "2026-11-22T13:40:00Z"
                        },
                        {
                          "id": "4a70a876-bf90-4360-92c3-0edd7463c691",
                          "purpose": "agent",
                          "state": "alerting",
                          "muted": false,
                          "held": false,
                          "name": "Test Agent",
                          "address": "testAgent",
                          "userId": "b2d5f8a1-6c3e-4f7a-9d2b-5e8c1a4f7b30",
                          "userName": "testAgent"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      }
    },
    "/control/calls/{conversationId}/media": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ConversationId"
        }
      ],
      "get": {
        "operationId": "getCallMedia",
        "summary": "Read a call's media statistics",
        "description": "What the sandbox's media endpoint measured for the call, from the customer's side: the test tone sent to the agent and what came back (packets, bytes, the last audio level). Read it twice to see whether audio is flowing; a held or muted leg shows no new audio. All zeros with `active: false` until a peer connection carries the call. 409 when media is not running (an in-process sandbox, for example the msw bridge, has no sockets and so no media).",
        "x-ccaas-extension": "Sandbox-only: lets tests assert that audio really flows both ways.",
        "tags": [
          "Sandbox control"
        ],
        "responses": {
          "200": {
            "description": "The call's media statistics.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MediaStats"
                },
                "examples": {
                  "flowing": {
                    "summary": "Audio flowing both ways",
                    "value": {
                      "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
                      "active": true,
                      "toAgent": {
                        "packets": 250,
                        "bytes": 40000
                      },
                      "sessionId": "c0b1a7de-5c55-4d3e-9e53-0a4f1f6c2b11",
                      "fromAgent": {
                        "packets": 248,
                        "bytes": 39680,
                        "audioLevel": 0.31,
                        "audiblePackets": 240
                      },
                      "digits": ""
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      }
    },
    "/control/calls/{conversationId}/hangup": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ConversationId"
        }
      ],
      "post": {
        "operationId": "hangUpCustomer",
        "summary": "Hang up the customer",
        "description": "The customer hangs up: their participant disconnects, which ends the call (the agent leaves too and the conversation closes). 409 when the customer has already left.",
        "x-ccaas-extension": "Sandbox-only: stands in for the customer's phone.",
        "tags": [
          "Sandbox control"
        ],
        "responses": {
          "204": {
            "description": "The customer hung up."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      }
    },
    "/control/calls/{conversationId}/media/break": {
      "parameters": [
        {
          "$ref": "#/components/parameters/ConversationId"
        }
      ],
      "post": {
        "operationId": "breakCallMedia",
        "summary": "Break the network path of a call's media",
        "description": "The network path under the peer connection that carries the call dies, as a NAT binding that expires or a laptop that changes networks would: from now on the media endpoint drops every packet to and from the ICE address the browser is using (STUN consent checks, DTLS, RTP), in both directions. Both sides stop hearing each other and ICE goes `disconnected`, then `failed`. Those addresses stay dead: only an ICE restart (new credentials and candidates, which the softphone asks for with `iceRestart`; Chromium gathers them on new ports) finds a path that works and brings the audio back on the same call. The conversation itself is untouched. 409 when no peer connection carries the call or media is not running.",
        "x-ccaas-extension": "Sandbox-only: lets tests break media for real and watch the softphone recover with an ICE restart.",
        "tags": [
          "Sandbox control"
        ],
        "responses": {
          "204": {
            "description": "The path is broken; the call's media stops until an ICE restart."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      }
    },
    "/control/agents/{agentId}/station": {
      "parameters": [
        {
          "$ref": "#/components/parameters/AgentId"
        }
      ],
      "patch": {
        "operationId": "setAgentStation",
        "summary": "Change an agent's station",
        "description": "Sets the agent's Line Appearance (`webRtcCallAppearances`, 1 or 100) and/or persistent connection (`webRtcPersistentEnabled`) without the agent's token, like an administrator would. Connected softphones are told (a station event).",
        "x-ccaas-extension": "Sandbox-only: the administrator's station settings, for tests.",
        "tags": [
          "Sandbox control"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateStationRequest"
              },
              "examples": {
                "lineAppearance1": {
                  "summary": "Line Appearance 1 with persistent connection",
                  "value": {
                    "webRtcCallAppearances": 1,
                    "webRtcPersistentEnabled": true
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated station.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Station"
                },
                "examples": {
                  "lineAppearance1": {
                    "summary": "Line Appearance 1, persistent connection on",
                    "value": {
                      "id": "9d1f3c5e-7a2b-4c8d-b6e4-0f2a8c1d5e73",
                      "name": "testAgent's WebRTC phone",
                      "userId": "b2d5f8a1-6c3e-4f7a-9d2b-5e8c1a4f7b30",
                      "type": "inin_webrtc_softphone",
                      "status": "ASSOCIATED",
                      "webRtcCallAppearances": 1,
                      "webRtcPersistentEnabled": true
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/control/agents/{agentId}/web-phone": {
      "parameters": [
        {
          "$ref": "#/components/parameters/AgentId"
        }
      ],
      "put": {
        "operationId": "setWebPhoneOnline",
        "summary": "Mark an agent's Voice API web phone online or offline",
        "description": "The Voice API's `Call/Create` answers `NO_ENDPOINT_REGISTERED` unless the agent's web phone is online: a connected softphone, or this switch. `online: true` marks it online without a softphone; `online: false` clears the switch (a connected softphone still counts).",
        "x-ccaas-extension": "Sandbox-only: tests the Voice API without a browser.",
        "tags": [
          "Sandbox control"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SetWebPhoneRequest"
              },
              "examples": {
                "online": {
                  "summary": "Mark the web phone online",
                  "value": {
                    "online": true
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The web phone's state after the change.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebPhoneState"
                },
                "examples": {
                  "online": {
                    "summary": "Online by the switch, no softphone connected",
                    "value": {
                      "agentId": "b2d5f8a1-6c3e-4f7a-9d2b-5e8c1a4f7b30",
                      "online": true,
                      "markedOnline": true,
                      "softphoneConnections": 0
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/control/webhooks/deliveries": {
      "get": {
        "operationId": "listWebhookDeliveries",
        "summary": "List conversation webhook delivery attempts",
        "description": "Every attempt the sandbox made to deliver a conversation webhook, oldest first: which channel and URL, the event, the attempt number, the receiver's status (or the network error) and whether it will be retried. Retries keep the event's `webhookId` (the `webhook-id` header).",
        "x-ccaas-extension": "Sandbox-only: shows what was delivered, and how often, without a receiver of one's own.",
        "tags": [
          "Sandbox control"
        ],
        "parameters": [
          {
            "name": "channelId",
            "in": "query",
            "required": false,
            "description": "Only the attempts for this channel.",
            "schema": {
              "type": "string",
              "format": "uuid"
            },
            "example": "c3b1d2e4-5f60-4a7b-8c9d-0e1f2a3b4c5d"
          }
        ],
        "responses": {
          "200": {
            "description": "The delivery attempts, oldest first.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookDeliveryList"
                },
                "examples": {
                  "retried": {
                    "summary": "A first attempt that failed and a retry that succeeded",
                    "value": {
                      "items": [
                        {
                          "id": "1f0e2d3c-4b5a-4968-8776-a5b4c3d2e1f0",
                          "webhookId": "e1c4a7d2-8b3f-4c6e-9a15-3d7f2b8c6e91",
                          "channelId": "c3b1d2e4-5f60-4a7b-8c9d-0e1f2a3b4c5d",
                          "eventType": "conversation.participant.joined",
                          "url": "http://127.0.0.1:8080/webhooks",
                          "attempt": 1,
                          "attemptedAt": "2026-11-22T13:40:01.000Z",
                          "outcome": "failed",
                          "responseStatus": 503,
                          "durationMs": 4,
                          "willRetry": true
                        },
                        {
                          "id": "2a1b0c9d-8e7f-4a6b-9c5d-4e3f2a1b0c9d",
                          "webhookId": "e1c4a7d2-8b3f-4c6e-9a15-3d7f2b8c6e91",
                          "channelId": "c3b1d2e4-5f60-4a7b-8c9d-0e1f2a3b4c5d",
                          "eventType": "conversation.participant.joined",
                          "url": "http://127.0.0.1:8080/webhooks",
                          "attempt": 2,
                          "attemptedAt": "2026-11-22T13:40:01.510Z",
                          "outcome": "delivered",
                          "responseStatus": 204,
                          "durationMs": 3,
                          "willRetry": false
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/ingest/participant-events": {
      "post": {
        "operationId": "ingestParticipantEvent",
        "summary": "Publish a participant event",
        "description": "What a voice adapter publishes to the Kafka `participant-events` topic, posted over HTTP in development: the sandbox validates it against the message schema and applies it to the conversation (`PARTICIPANTCALLINITIATED` connects the participant, `PARTICIPANTCALLCOMPLETED` disconnects it, or ends the call when `removeAllParticipants` is true; held, resumed, muted and unmuted toggle the participant). Delivery is at least once, as on Kafka: an `eventId` already applied is acknowledged again (`outcome: duplicate`) and not applied twice. 404 for an unknown conversation or participant, 409 when the participant has already left.",
        "x-ccaas-extension": "Sandbox-only stand-in for the Kafka topic, so adapters run without a broker.",
        "tags": [
          "Participant event ingest"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ParticipantEventMessage"
              },
              "examples": {
                "agentAccepted": {
                  "summary": "The agent accepted the call (after accept_call_url)",
                  "value": {
                    "eventId": "0b7c6d0e-3c1a-4a51-9d0e-8f6f2f1c2a01",
                    "eventType": "PARTICIPANTCALLINITIATED",
                    "eventTime": "2025-01-15T10:00:05Z",
                    "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
                    "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
                    "participant": {
                      "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691",
                      "userName": "testAgent",
                      "purpose": "agent"
                    },
                    "author": {
                      "userName": "testAgent",
                      "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
                    }
                  }
                },
                "callEnded": {
                  "summary": "The agent ended the call for everyone (after end_call_url)",
                  "value": {
                    "eventId": "6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8",
                    "eventType": "PARTICIPANTCALLCOMPLETED",
                    "eventTime": "2025-01-15T10:04:41Z",
                    "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
                    "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
                    "participant": {
                      "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691",
                      "userName": "testAgent",
                      "purpose": "agent"
                    },
                    "removeAllParticipants": true
                  }
                }
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "Accepted and applied (or already applied earlier).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IngestAccepted"
                },
                "examples": {
                  "applied": {
                    "summary": "Applied to the conversation",
                    "value": {
                      "eventId": "0b7c6d0e-3c1a-4a51-9d0e-8f6f2f1c2a01",
                      "outcome": "applied"
                    }
                  },
                  "duplicate": {
                    "summary": "Seen before; not applied again",
                    "value": {
                      "eventId": "0b7c6d0e-3c1a-4a51-9d0e-8f6f2f1c2a01",
                      "outcome": "duplicate"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          }
        }
      }
    }
  },
  "components": {
    "parameters": {
      "ConversationId": {
        "name": "conversationId",
        "in": "path",
        "required": true,
        "description": "The conversation id.",
        "schema": {
          "type": "string",
          "format": "uuid"
        },
        "example": "5a974dd7-475a-41c0-a027-bfdf09627b13"
      },
      "AgentId": {
        "name": "agentId",
        "in": "path",
        "required": true,
        "description": "The agent's user id (`agents[].id` in `/control/info`).",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "b2d5f8a1-6c3e-4f7a-9d2b-5e8c1a4f7b30"
      }
    },
    "responses": {
      "BadRequest": {
        "description": "The request breaks this spec (malformed JSON, a missing, unknown or ill-formed field); the message names it.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "validationFailed": {
                "summary": "A missing field",
                "value": {
                  "code": "validation_failed",
                  "message": "The request breaks the spec of simulateInboundCall: /from is required",
                  "request_id": "req_5b0c8d1e-2f3a-4b5c-8d6e-7f8a9b0c1d2e",
                  "details": [
                    {
                      "field": "/from",
                      "message": "is required"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "No such conversation, agent or phone number.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "unknownNumber": {
                "summary": "Not one of the partner's numbers",
                "value": {
                  "code": "not_found",
                  "message": "+15550000000 is not one of the partner's numbers; GET /control/info lists them.",
                  "request_id": "req_0d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a",
                  "details": [
                    {
                      "field": "/to",
                      "message": "is not one of the partner's numbers"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "Conflict": {
        "description": "The request conflicts with the sandbox's state (no agent online, media not running, a participant already gone).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "noAgentOnline": {
                "summary": "Nobody to ring",
                "value": {
                  "code": "no_agent_online",
                  "message": "No agent is online to take the call: connect a softphone first (sign in an agent and open signaling).",
                  "request_id": "req_3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d"
                }
              }
            }
          }
        }
      },
      "ClientError": {
        "description": "The request was not understood (for example a body on a request that takes none).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorBody"
            },
            "examples": {
              "unsupportedMediaType": {
                "summary": "A body that is not JSON",
                "value": {
                  "code": "unsupported_media_type",
                  "message": "Send the body as JSON with \"Content-Type: application/json\" (got \"text/plain\").",
                  "request_id": "req_6d7e8f9a-0b1c-4d2e-9f3a-4b5c6d7e8f9a"
                }
              }
            }
          }
        }
      }
    },
    "schemas": {
      "ErrorBody": {
        "description": "The body of every error response. `code` is a stable machine-readable string (branch on it, not on `message`). Known values: `validation_failed` (400), `unauthorized` (401), `forbidden` (403), `not_found` (404), `conflict` (409), `payload_too_large` (413), `unsupported_media_type` (415), `rate_limited` (429), `internal_error` (5xx). The set is open: treat unknown codes by their HTTP status.",
        "x-ccaas-extension": "The seeds show no error format; clients need one stable shape for every failure.",
        "type": "object",
        "required": [
          "code",
          "message"
        ],
        "properties": {
          "code": {
            "description": "Machine-readable error code, snake_case; see the schema description for the known values.",
            "type": "string",
            "pattern": "^[a-z][a-z0-9_]*$",
            "examples": [
              "validation_failed"
            ]
          },
          "message": {
            "description": "What was wrong and what to do, for humans. Never contains credentials.",
            "type": "string"
          },
          "request_id": {
            "description": "The request's id (the `x-request-id` response header).",
            "type": "string"
          },
          "details": {
            "description": "One entry per offending field, for `validation_failed` and some `conflict` errors.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ErrorDetail"
            }
          }
        }
      },
      "Conversation": {
        "title": "Conversation",
        "description": "A voice conversation and its participants: what the platform returns for `GET /api/v2/conversations/calls/{conversationId}`, what conversation webhooks carry, and what the softphone's `conversationUpdate` is built from. `id` is the seed's `conversationId`; `id` and `selfUri` are what placing a call returns.",
        "type": "object",
        "required": [
          "id",
          "direction",
          "participants",
          "startTime",
          "selfUri"
        ],
        "examples": [
          {
            "id": "5a974dd7-475a-41c0-a027-bfdf09627b13",
            "direction": "inbound",
            "startTime": "2026-11-22T13:40:00Z",
            "fromAddress": "+15555550100",
            "toAddress": "+18883973342",
            "selfUri": "/api/v2/conversations/calls/5a974dd7-475a-41c0-a027-bfdf09627b13",
            "participants": [
              {
                "id": "6e312815-2d32-409b-9c57-f9e79e7baf49",
                "purpose": "customer",
                "state": "connected",
                "muted": false,
                "held": false,
                "address": "+15555550100"
              },
              {
                "id": "4a70a876-bf90-4360-92c3-0edd7463c691",
                "purpose": "agent",
                "state": "connected",
                "muted": false,
                "held": false,
                "userName": "testAgent"
              }
            ]
          }
        ],
        "properties": {
          "id": {
            "description": "The conversation id (the seed's `conversationId`).",
            "type": "string",
            "format": "uuid"
          },
          "direction": {
            "$ref": "#/components/schemas/ConversationDirection"
          },
          "participants": {
            "description": "Everyone who is or was in the conversation, disconnected participants included.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Participant"
            }
          },
          "startTime": {
            "description": "When the conversation started.",
            "x-ccaas-extension": "Call timing for UIs and reporting; the seeds carry no timestamps.",
            "type": "string",
            "format": "date-time"
          },
          "endTime": {
            "description": "When the last participant disconnected; absent while the conversation is active.",
            "x-ccaas-extension": "Call timing for UIs and reporting; the seeds carry no timestamps.",
            "type": "string",
            "format": "date-time"
          },
          "fromAddress": {
            "description": "The calling address (the customer's number for inbound calls, the caller id for outbound ones).",
            "x-ccaas-extension": "Shown by softphone and CRM UIs; the seeds carry addresses only on participants.",
            "type": "string"
          },
          "toAddress": {
            "description": "The called address (the partner's toll-free number for inbound calls, the dialed number for outbound ones).",
            "x-ccaas-extension": "Shown by softphone and CRM UIs; the seeds carry addresses only on participants.",
            "type": "string"
          },
          "selfUri": {
            "description": "The conversation's URI in the public API (relative to the server), as returned with `id` when a call is placed.",
            "type": "string",
            "format": "uri-reference"
          }
        }
      },
      "Station": {
        "title": "Station",
        "description": "The agent's station (a WebRTC softphone), which holds the seed's Line Appearance and persistent connection settings. Field names are Genesys Cloud's (`webRtcCallAppearances`, `webRtcPersistentEnabled`), which the seed's SDK reads.",
        "x-ccaas-extension": "The seed refers to the station's Line Appearance and persistent connection settings without a wire format; Genesys Cloud naming.",
        "type": "object",
        "required": [
          "id",
          "name",
          "userId",
          "webRtcCallAppearances",
          "webRtcPersistentEnabled"
        ],
        "examples": [
          {
            "id": "0f2b6c1e-8a43-4c1f-9d7e-2b1f5c3a9e10",
            "name": "testAgent's WebRTC phone",
            "userId": "9b1d2c3e-4f50-4a6b-8c7d-0e1f2a3b4c5d",
            "type": "inin_webrtc_softphone",
            "status": "ASSOCIATED",
            "webRtcCallAppearances": 1,
            "webRtcPersistentEnabled": true
          }
        ],
        "properties": {
          "id": {
            "description": "The station id.",
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "description": "The station's display name.",
            "type": "string"
          },
          "userId": {
            "description": "The id of the agent the station is associated with.",
            "type": "string"
          },
          "type": {
            "description": "The station type; `inin_webrtc_softphone` for a WebRTC softphone (open set).",
            "type": "string"
          },
          "status": {
            "description": "`ASSOCIATED` while a user is associated with the station, `AVAILABLE` otherwise.",
            "type": "string",
            "enum": [
              "AVAILABLE",
              "ASSOCIATED"
            ]
          },
          "webRtcCallAppearances": {
            "$ref": "#/components/schemas/LineAppearance"
          },
          "webRtcPersistentEnabled": {
            "description": "Persistent connection: keep the WebRTC session alive after a call ends so the next call connects without a new session.",
            "type": "boolean"
          }
        }
      },
      "UpdateStationRequest": {
        "description": "Any non-empty subset of the station's Line Appearance and persistent connection settings.",
        "x-ccaas-extension": "Body of updateStation, which the seed does not have.",
        "type": "object",
        "additionalProperties": false,
        "minProperties": 1,
        "properties": {
          "webRtcCallAppearances": {
            "$ref": "#/components/schemas/LineAppearance-2"
          },
          "webRtcPersistentEnabled": {
            "description": "Keep the WebRTC session alive between calls (persistent connection).",
            "type": "boolean"
          }
        }
      },
      "PhoneNumber": {
        "description": "A partner's toll-free number (TFN) and the voice provider that handles its calls.",
        "x-ccaas-extension": "The seed only posts an association to a number by id; the number's representation is ours.",
        "type": "object",
        "required": [
          "id",
          "phone_number",
          "type",
          "voice_provider_id_resource_uri"
        ],
        "properties": {
          "id": {
            "description": "The phone number's id (the seed's `{{Phone-Number-ID}}`).",
            "type": "string",
            "format": "uuid"
          },
          "phone_number": {
            "description": "The number in E.164 form.",
            "type": "string",
            "pattern": "^\\+[1-9][0-9]{1,14}$"
          },
          "type": {
            "description": "The kind of number; the seed associates toll-free numbers only.",
            "type": "string",
            "enum": [
              "toll_free"
            ]
          },
          "voice_provider_id_resource_uri": {
            "description": "The associated voice provider's resource path, or null when the number is not associated yet.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/VoiceProviderResourceUri"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "WebhookEventType": {
        "description": "A conversation event type, as in the webhook body's `type` and a channel's `events`. The seed names the events (a participant joined or left, sent a message, closed the conversation); the dotted names are ours.",
        "x-ccaas-extension": "The seed names the events in prose only; these dotted type names are ours.",
        "type": "string",
        "enum": [
          "conversation.participant.joined",
          "conversation.participant.left",
          "conversation.message.sent",
          "conversation.closed"
        ]
      },
      "SandboxInfo": {
        "description": "The sandbox's URLs and demo credentials. Every value is a demo value, safe to print.",
        "x-ccaas-extension": "Sandbox-only.",
        "type": "object",
        "required": [
          "baseUrl",
          "partnerApi",
          "phoneNumbers",
          "voiceApi",
          "agents",
          "signalingUrl",
          "jwksUrl",
          "controlUrl",
          "participantEventsUrl"
        ],
        "properties": {
          "baseUrl": {
            "description": "The sandbox's base URL; every HTTP API lives under it.",
            "type": "string",
            "format": "uri"
          },
          "partnerApi": {
            "$ref": "#/components/schemas/SandboxPartnerApiInfo"
          },
          "phoneNumbers": {
            "description": "The partner's pre-seeded toll-free numbers, with their ids and associations.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PhoneNumber"
            }
          },
          "voiceApi": {
            "$ref": "#/components/schemas/SandboxVoiceApiInfo"
          },
          "agents": {
            "description": "The pre-seeded agents.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SandboxAgent"
            }
          },
          "signalingUrl": {
            "description": "The softphone signaling WebSocket URL (`specs/messages/softphone-signaling.yaml`).",
            "type": "string",
            "format": "uri"
          },
          "jwksUrl": {
            "description": "The JWKS that verifies agent tokens.",
            "type": "string",
            "format": "uri"
          },
          "controlUrl": {
            "description": "The base URL of this control API.",
            "type": "string",
            "format": "uri"
          },
          "participantEventsUrl": {
            "description": "Where to POST participant events (the Kafka topic's stand-in).",
            "type": "string",
            "format": "uri"
          }
        }
      },
      "SandboxPartnerApiInfo": {
        "description": "Where the partner API lives and the partner's demo credentials (Basic `clientId:clientSecret`).",
        "x-ccaas-extension": "Sandbox-only.",
        "type": "object",
        "required": [
          "baseUrl",
          "partnerId",
          "clientId",
          "clientSecret",
          "templateVersion"
        ],
        "properties": {
          "baseUrl": {
            "description": "The partner API base URL (the seed's `{{BASE_URL}}`).",
            "type": "string",
            "format": "uri"
          },
          "partnerId": {
            "description": "The partner id (the seed's `{{CCaaS-Partner-ID}}`).",
            "type": "string",
            "format": "uuid"
          },
          "clientId": {
            "description": "The Basic auth client id (the seed's `{{Client-ID}}`).",
            "type": "string"
          },
          "clientSecret": {
            "description": "The Basic auth secret (the seed's `{{Secret}}`); a demo value.",
            "type": "string"
          },
          "templateVersion": {
            "description": "The value the `x-resource-template-version` header must carry.",
            "type": "string"
          }
        }
      },
      "SandboxVoiceApiInfo": {
        "description": "Where the Voice API lives and its demo login.",
        "x-ccaas-extension": "Sandbox-only.",
        "type": "object",
        "required": [
          "baseUrl",
          "login",
          "password",
          "codCampaign",
          "legacyCodCampaign"
        ],
        "properties": {
          "baseUrl": {
            "description": "The Voice API base URL (`<base>/Voice`).",
            "type": "string",
            "format": "uri"
          },
          "login": {
            "description": "The Voice API login.",
            "type": "string"
          },
          "password": {
            "description": "The Voice API password; a demo value.",
            "type": "string"
          },
          "codCampaign": {
            "description": "The campaign code to send as `codCampaign`.",
            "type": "string"
          },
          "legacyCodCampaign": {
            "description": "A campaign code that makes `Call/Status` answer in the form of the seed's example (`voice_status`, `voice_code_result`, `voice_text_result`) instead of the documented `status`, `isdn_code`, `isdn_reason`, so clients can test both.",
            "type": "string"
          }
        }
      },
      "SandboxAgent": {
        "description": "A pre-seeded agent, with its demo password and station.",
        "x-ccaas-extension": "Sandbox-only.",
        "type": "object",
        "required": [
          "id",
          "userName",
          "password",
          "name",
          "station",
          "softphoneConnections",
          "webPhoneOnline"
        ],
        "properties": {
          "id": {
            "description": "The agent's user id.",
            "type": "string"
          },
          "userName": {
            "description": "The agent's logon name (for loginAgent).",
            "type": "string"
          },
          "password": {
            "description": "The agent's password (for loginAgent); a demo value.",
            "type": "string"
          },
          "name": {
            "description": "The agent's display name.",
            "type": "string"
          },
          "station": {
            "$ref": "#/components/schemas/Station"
          },
          "softphoneConnections": {
            "description": "Signaling connections currently open for the agent; inbound calls ring agents with at least one.",
            "type": "integer",
            "minimum": 0
          },
          "webPhoneOnline": {
            "description": "Whether the Voice API counts the agent's web phone online (a connected softphone or setWebPhoneOnline).",
            "type": "boolean"
          }
        }
      },
      "SimulateInboundCallRequest": {
        "description": "A customer's call to one of the partner's numbers.",
        "x-ccaas-extension": "Sandbox-only.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "to",
          "from"
        ],
        "properties": {
          "to": {
            "description": "The number dialled; one of the partner's toll-free numbers (E.164).",
            "type": "string",
            "minLength": 1
          },
          "from": {
            "description": "The customer's number (the caller id), e.g. `+15555550100`.",
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          }
        }
      },
      "MediaStats": {
        "description": "What the sandbox's media endpoint measured for one call, from the customer's side: the test tone it sends to the agent and what it hears back.",
        "x-ccaas-extension": "Sandbox-only.",
        "type": "object",
        "required": [
          "conversationId",
          "active",
          "toAgent",
          "fromAgent",
          "digits"
        ],
        "properties": {
          "conversationId": {
            "description": "The conversation id.",
            "type": "string",
            "format": "uuid"
          },
          "active": {
            "description": "True while a peer connection carries this call.",
            "type": "boolean"
          },
          "sessionId": {
            "description": "The signaling session (peer connection) carrying the call; with Line Appearance 1 several calls share one.",
            "type": "string"
          },
          "toAgent": {
            "description": "Customer -> agent: the audible test signal (a 440 Hz tone, G.711 µ-law). Only sent while the call is connected on both sides and neither side is held nor the customer muted, so the counters stop on hold.",
            "type": "object",
            "required": [
              "packets",
              "bytes"
            ],
            "properties": {
              "packets": {
                "description": "RTP packets sent.",
                "type": "integer",
                "minimum": 0
              },
              "bytes": {
                "description": "Payload bytes sent.",
                "type": "integer",
                "minimum": 0
              }
            }
          },
          "fromAgent": {
            "description": "Agent -> customer: what came back while the customer could hear the agent (not held, agent not muted); packets on a held or muted leg are dropped.",
            "type": "object",
            "required": [
              "packets",
              "bytes",
              "audioLevel",
              "audiblePackets"
            ],
            "properties": {
              "packets": {
                "description": "RTP packets received.",
                "type": "integer",
                "minimum": 0
              },
              "bytes": {
                "description": "Payload bytes received.",
                "type": "integer",
                "minimum": 0
              },
              "audioLevel": {
                "description": "RMS level (0..1) of the last second of received audio; 0 when nothing arrived for half a second.",
                "type": "number",
                "minimum": 0,
                "maximum": 1
              },
              "audiblePackets": {
                "description": "Packets whose own RMS is above 0.01 (about -40 dBFS): a sender that keeps sending silence (a disabled browser track) shows packets without audible packets.",
                "type": "integer",
                "minimum": 0
              }
            }
          },
          "digits": {
            "description": "DTMF digits the softphone sent for this call, in order.",
            "type": "string"
          }
        }
      },
      "SetWebPhoneRequest": {
        "description": "Marks the agent's Voice API web phone online or clears the mark.",
        "x-ccaas-extension": "Sandbox-only.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "online"
        ],
        "properties": {
          "online": {
            "description": "True marks the web phone online; false clears the mark.",
            "type": "boolean"
          }
        }
      },
      "WebPhoneState": {
        "description": "Whether the Voice API counts the agent's web phone online, and why.",
        "x-ccaas-extension": "Sandbox-only.",
        "type": "object",
        "required": [
          "agentId",
          "online",
          "markedOnline",
          "softphoneConnections"
        ],
        "properties": {
          "agentId": {
            "description": "The agent's user id.",
            "type": "string"
          },
          "online": {
            "description": "What `Call/Create` sees (marked online, or a softphone connected).",
            "type": "boolean"
          },
          "markedOnline": {
            "description": "The switch setWebPhoneOnline sets.",
            "type": "boolean"
          },
          "softphoneConnections": {
            "description": "Signaling connections currently open for the agent.",
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "WebhookDeliveryList": {
        "description": "Conversation webhook delivery attempts, oldest first.",
        "x-ccaas-extension": "Sandbox-only.",
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "description": "The attempts.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WebhookDelivery"
            }
          }
        }
      },
      "WebhookDelivery": {
        "description": "One attempt to deliver one conversation webhook to one channel.",
        "x-ccaas-extension": "Sandbox-only.",
        "type": "object",
        "required": [
          "id",
          "webhookId",
          "channelId",
          "eventType",
          "url",
          "attempt",
          "attemptedAt",
          "outcome",
          "responseStatus",
          "durationMs",
          "willRetry"
        ],
        "properties": {
          "id": {
            "description": "The attempt's id.",
            "type": "string",
            "format": "uuid"
          },
          "webhookId": {
            "description": "The event's id, sent as `webhook-id` (the same on every attempt).",
            "type": "string",
            "format": "uuid"
          },
          "channelId": {
            "description": "The channel delivered to.",
            "type": "string",
            "format": "uuid"
          },
          "eventType": {
            "$ref": "#/components/schemas/WebhookEventType"
          },
          "url": {
            "description": "The channel's `webhook_url`.",
            "type": "string",
            "format": "uri"
          },
          "attempt": {
            "description": "1 for the first attempt, 2 for the first retry, ...",
            "type": "integer",
            "minimum": 1
          },
          "attemptedAt": {
            "description": "When the attempt was sent.",
            "type": "string",
            "format": "date-time"
          },
          "outcome": {
            "description": "`delivered`: the receiver answered 2xx. `failed`: any other answer, a timeout or a network error.",
            "type": "string",
            "enum": [
              "delivered",
              "failed"
            ]
          },
          "responseStatus": {
            "description": "The receiver's HTTP status, or null when there was no answer.",
            "type": [
              "integer",
              "null"
            ]
          },
          "error": {
            "description": "Why an attempt without an answer failed (timeout, connection refused, ...).",
            "type": "string"
          },
          "durationMs": {
            "description": "How long the attempt took, in milliseconds.",
            "type": "number",
            "minimum": 0
          },
          "willRetry": {
            "description": "Whether another attempt follows this failed one (false once the attempts are used up).",
            "type": "boolean"
          }
        }
      },
      "ParticipantEventMessage": {
        "description": "A participant event as a voice adapter publishes it (`messages/participant-events.yaml`).",
        "x-ccaas-extension": "The Kafka message body, posted over HTTP to the sandbox.",
        "oneOf": [
          {
            "$ref": "#/components/schemas/ParticipantCallInitiatedEvent"
          },
          {
            "$ref": "#/components/schemas/ParticipantCallCompletedEvent"
          },
          {
            "$ref": "#/components/schemas/ParticipantCallHeldEvent"
          },
          {
            "$ref": "#/components/schemas/ParticipantCallResumedEvent"
          },
          {
            "$ref": "#/components/schemas/ParticipantCallMutedEvent"
          },
          {
            "$ref": "#/components/schemas/ParticipantCallUnmutedEvent"
          }
        ]
      },
      "IngestAccepted": {
        "description": "The acknowledgement of a participant event.",
        "x-ccaas-extension": "Sandbox-only.",
        "type": "object",
        "required": [
          "eventId",
          "outcome"
        ],
        "properties": {
          "eventId": {
            "description": "The event's `eventId`.",
            "type": "string",
            "format": "uuid"
          },
          "outcome": {
            "description": "`applied` the first time an `eventId` arrives, `duplicate` after that (not applied again).",
            "type": "string",
            "enum": [
              "applied",
              "duplicate"
            ]
          }
        }
      },
      "VoiceProviderResourceUri": {
        "description": "A voice provider's resource path, `/partners/{partnerId}/voiceproviders/{voiceProviderId}` (the seed's `/partners/{{CCaaS-Partner-ID}}/voiceproviders/{{Voice-Provider-ID}}`), relative to the server.",
        "type": "string",
        "pattern": "^/partners/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/voiceproviders/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
      },
      "LineAppearance": {
        "title": "LineAppearance",
        "description": "Line Appearance: how many concurrent active WebRTC sessions the user's station allows. `1`: every conversation is multiplexed on one session; answering or placing another call holds the active one, and session events are synthesised from conversation events. `100`: one WebRTC session per call (the current default). The seed says the value is \"usually\" 1 or 100; these are the only values the platform sends.",
        "type": "integer",
        "enum": [
          1,
          100
        ]
      },
      "ErrorDetail": {
        "description": "One problem with one field of the request.",
        "x-ccaas-extension": "Part of ErrorBody; the seeds show no error format.",
        "type": "object",
        "required": [
          "field",
          "message"
        ],
        "properties": {
          "field": {
            "description": "JSON Pointer (RFC 6901) to the offending field in the request body, e.g. `/accept_call_url`.",
            "type": "string",
            "pattern": "^(/([^~/]|~[01])*)*$"
          },
          "message": {
            "description": "What is wrong with the field.",
            "type": "string"
          }
        }
      },
      "ConversationDirection": {
        "title": "ConversationDirection",
        "description": "Who started the conversation: `inbound` (a customer dialed in, e.g. to the partner's toll-free number) or `outbound` (an agent placed the call with `startSoftphoneSession` / `POST /api/v2/conversations/calls`). The seed speaks of inbound and outbound softphone sessions.",
        "x-ccaas-extension": "The seed distinguishes inbound and outbound sessions in prose only; the softphone auto-accepts outbound ones.",
        "type": "string",
        "enum": [
          "inbound",
          "outbound"
        ]
      },
      "ParticipantPurpose": {
        "title": "ParticipantPurpose",
        "description": "Why a participant is in the conversation: `customer` is the external party, `agent` a user of the softphone.",
        "x-ccaas-extension": "The seeds tell customers and agents apart only in prose; the softphone needs a field to find its own participant.",
        "type": "string",
        "enum": [
          "customer",
          "agent"
        ]
      },
      "ParticipantState": {
        "title": "ParticipantState",
        "description": "The participant's call state. `alerting`: ringing, not answered yet. `connected`: talking. `held`: on hold (takes precedence over muted). `muted`: connected with the microphone muted. `disconnected`: gone (hung up, removed or ended); terminal. The `held` and `muted` booleans on Participant carry both toggles independently of this summary.",
        "x-ccaas-extension": "The seeds name hold/resume/mute/unmute/end operations but no state field; softphone UIs and conversationUpdate need one.",
        "type": "string",
        "enum": [
          "alerting",
          "connected",
          "held",
          "muted",
          "disconnected"
        ]
      },
      "Participant": {
        "title": "Participant",
        "description": "One party of a conversation: the customer or an agent. Its `id` is the `participantId` that the voice adapter requests carry (`participantId`, `author.participantId`).",
        "type": "object",
        "required": [
          "id",
          "purpose",
          "state",
          "muted",
          "held"
        ],
        "properties": {
          "id": {
            "description": "The participant id (the seed's `participantId`).",
            "x-ccaas-extension": "Genesys-style `id` for the resource; the seed only shows it as `participantId` in adapter requests.",
            "type": "string",
            "format": "uuid"
          },
          "purpose": {
            "$ref": "#/components/schemas/ParticipantPurpose"
          },
          "state": {
            "$ref": "#/components/schemas/ParticipantState"
          },
          "muted": {
            "description": "Whether the participant's audio is muted.",
            "x-ccaas-extension": "The seed has mute/unmute adapter URLs but no field that reports the result.",
            "type": "boolean"
          },
          "held": {
            "description": "Whether the participant is on hold.",
            "x-ccaas-extension": "The seed has hold/resume adapter URLs but no field that reports the result.",
            "type": "boolean"
          },
          "name": {
            "description": "Display name (as in the seed's ISdkSoftphoneDestination `name`).",
            "type": "string"
          },
          "address": {
            "description": "The participant's address: a phone number for a customer (as dialed, e.g. `15555555555` or E.164), the agent's logon name for an agent (as in the seed's ISdkSoftphoneDestination `address`).",
            "type": "string"
          },
          "userId": {
            "description": "The agent's user id; present for agent participants (the seed's ISdkSoftphoneDestination `userId`).",
            "type": "string"
          },
          "userName": {
            "description": "The agent's logon name (the seed's `author.userName` / `agentLogonName`); present for agent participants.",
            "type": "string"
          },
          "connectedTime": {
            "description": "When the participant connected (answered); absent while alerting.",
            "x-ccaas-extension": "Call timing for UIs and reporting; the seeds carry no timestamps.",
            "type": "string",
            "format": "date-time"
          },
          "endTime": {
            "description": "When the participant disconnected; present once `state` is `disconnected`.",
            "x-ccaas-extension": "Call timing for UIs and reporting; the seeds carry no timestamps.",
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "LineAppearance-2": {
        "$ref": "#/components/schemas/LineAppearance",
        "description": "Line Appearance, 1 or 100 (shared model, `messages/conversation.yaml`)."
      },
      "eventId": {
        "description": "Unique id of this event (UUID), also the `eventId` record header. Consumers deduplicate on it.",
        "type": "string",
        "format": "uuid"
      },
      "eventTime": {
        "description": "When the change happened on the adapter (RFC 3339 date-time, UTC recommended).",
        "type": "string",
        "format": "date-time"
      },
      "partnerId": {
        "description": "The CCaaS partner id the adapter is registered under (the `{partnerId}` of its voice provider).",
        "type": "string",
        "format": "uuid"
      },
      "conversationId": {
        "description": "The conversation the participant belongs to; also the Kafka record key.",
        "type": "string",
        "format": "uuid"
      },
      "EventParticipant": {
        "title": "EventParticipant",
        "description": "The participant whose call changed. For `PARTICIPANTCALLINITIATED` / `PARTICIPANTCALLCOMPLETED` this is the agent\nparticipant (seed); for hold, resume, mute and unmute it is the `participantId` of the adapter request.\n",
        "x-ccaas-extension": "The seed says \"for agent participant\" without naming the fields; these reuse the adapter request's names.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "participantId"
        ],
        "properties": {
          "participantId": {
            "description": "The participant's id, as in the adapter request's `participantId` / `author.participantId`.",
            "type": "string",
            "format": "uuid"
          },
          "userName": {
            "description": "The agent's user name (`author.userName` in the adapter request) when the participant is an agent.",
            "type": "string",
            "minLength": 1
          },
          "purpose": {
            "$ref": "#/components/schemas/ParticipantPurpose"
          }
        }
      },
      "EventAuthor": {
        "title": "EventAuthor",
        "description": "Who asked for the change, copied from the adapter request's `author` (seed field names).",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "userName",
          "participantId"
        ],
        "properties": {
          "userName": {
            "description": "The acting agent's user name (`author.userName`).",
            "type": "string",
            "minLength": 1
          },
          "participantId": {
            "description": "The acting agent's participant id (`author.participantId`).",
            "type": "string",
            "format": "uuid"
          }
        }
      },
      "ParticipantCallInitiatedEvent": {
        "title": "ParticipantCallInitiatedEvent",
        "description": "Published by the voice adapter once the agent accepted an inbound call through `accept_call_url` (seed):\nthe agent participant is now connected.\n",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "eventId",
          "eventType",
          "eventTime",
          "partnerId",
          "conversationId",
          "participant"
        ],
        "properties": {
          "eventId": {
            "$ref": "#/components/schemas/eventId"
          },
          "eventType": {
            "const": "PARTICIPANTCALLINITIATED"
          },
          "eventTime": {
            "$ref": "#/components/schemas/eventTime"
          },
          "partnerId": {
            "$ref": "#/components/schemas/partnerId"
          },
          "conversationId": {
            "$ref": "#/components/schemas/conversationId"
          },
          "participant": {
            "$ref": "#/components/schemas/EventParticipant"
          },
          "author": {
            "$ref": "#/components/schemas/EventAuthor"
          }
        },
        "examples": [
          {
            "eventId": "0b7c6d0e-3c1a-4a51-9d0e-8f6f2f1c2a01",
            "eventType": "PARTICIPANTCALLINITIATED",
            "eventTime": "2025-01-15T10:00:05Z",
            "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
            "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
            "participant": {
              "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691",
              "userName": "testAgent",
              "purpose": "agent"
            },
            "author": {
              "userName": "testAgent",
              "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
            }
          }
        ]
      },
      "ParticipantCallCompletedEvent": {
        "title": "ParticipantCallCompletedEvent",
        "description": "Published by the voice adapter once `end_call_url` succeeded (seed): the agent participant's call ended.\n`removeAllParticipants` repeats the end-call request's flag so consumers know whether the whole conversation\nended or only the agent left.\n",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "eventId",
          "eventType",
          "eventTime",
          "partnerId",
          "conversationId",
          "participant"
        ],
        "properties": {
          "eventId": {
            "$ref": "#/components/schemas/eventId"
          },
          "eventType": {
            "const": "PARTICIPANTCALLCOMPLETED"
          },
          "eventTime": {
            "$ref": "#/components/schemas/eventTime"
          },
          "partnerId": {
            "$ref": "#/components/schemas/partnerId"
          },
          "conversationId": {
            "$ref": "#/components/schemas/conversationId"
          },
          "participant": {
            "$ref": "#/components/schemas/EventParticipant"
          },
          "author": {
            "$ref": "#/components/schemas/EventAuthor"
          },
          "removeAllParticipants": {
            "description": "The `removeAllParticipants` of the end-call request: true when every participant's call was ended, false\n(or absent) when only this participant left. Only this event carries it.\n",
            "x-ccaas-extension": "Copied from the end-call request (seed field name) so consumers need not correlate the request.",
            "type": "boolean",
            "default": false
          }
        },
        "examples": [
          {
            "eventId": "6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8",
            "eventType": "PARTICIPANTCALLCOMPLETED",
            "eventTime": "2025-01-15T10:04:41Z",
            "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
            "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
            "participant": {
              "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691",
              "userName": "testAgent",
              "purpose": "agent"
            },
            "author": {
              "userName": "testAgent",
              "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
            },
            "removeAllParticipants": false
          }
        ]
      },
      "ParticipantCallHeldEvent": {
        "title": "ParticipantCallHeldEvent",
        "description": "Published by the voice adapter once `hold_call_url` succeeded; `participant` is the participant put on hold.",
        "x-ccaas-extension": "The seed defines hold_call_url but no event; this keeps the platform's participant state (held) in step.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "eventId",
          "eventType",
          "eventTime",
          "partnerId",
          "conversationId",
          "participant"
        ],
        "properties": {
          "eventId": {
            "$ref": "#/components/schemas/eventId"
          },
          "eventType": {
            "const": "PARTICIPANTCALLHELD"
          },
          "eventTime": {
            "$ref": "#/components/schemas/eventTime"
          },
          "partnerId": {
            "$ref": "#/components/schemas/partnerId"
          },
          "conversationId": {
            "$ref": "#/components/schemas/conversationId"
          },
          "participant": {
            "$ref": "#/components/schemas/EventParticipant"
          },
          "author": {
            "$ref": "#/components/schemas/EventAuthor"
          }
        },
        "examples": [
          {
            "eventId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
            "eventType": "PARTICIPANTCALLHELD",
            "eventTime": "2025-01-15T10:02:00Z",
            "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
            "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
            "participant": {
              "participantId": "6e312815-2d32-409b-9c57-f9e79e7baf49",
              "purpose": "customer"
            },
            "author": {
              "userName": "testAgent",
              "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
            }
          }
        ]
      },
      "ParticipantCallResumedEvent": {
        "title": "ParticipantCallResumedEvent",
        "description": "Published by the voice adapter once `resume_call_url` succeeded; `participant` is the participant taken off hold.",
        "x-ccaas-extension": "The seed defines resume_call_url but no event; this keeps the platform's participant state (connected) in step.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "eventId",
          "eventType",
          "eventTime",
          "partnerId",
          "conversationId",
          "participant"
        ],
        "properties": {
          "eventId": {
            "$ref": "#/components/schemas/eventId"
          },
          "eventType": {
            "const": "PARTICIPANTCALLRESUMED"
          },
          "eventTime": {
            "$ref": "#/components/schemas/eventTime"
          },
          "partnerId": {
            "$ref": "#/components/schemas/partnerId"
          },
          "conversationId": {
            "$ref": "#/components/schemas/conversationId"
          },
          "participant": {
            "$ref": "#/components/schemas/EventParticipant"
          },
          "author": {
            "$ref": "#/components/schemas/EventAuthor"
          }
        },
        "examples": [
          {
            "eventId": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
            "eventType": "PARTICIPANTCALLRESUMED",
            "eventTime": "2025-01-15T10:03:00Z",
            "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
            "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
            "participant": {
              "participantId": "6e312815-2d32-409b-9c57-f9e79e7baf49",
              "purpose": "customer"
            },
            "author": {
              "userName": "testAgent",
              "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
            }
          }
        ]
      },
      "ParticipantCallMutedEvent": {
        "title": "ParticipantCallMutedEvent",
        "description": "Published by the voice adapter once `mute_call_url` succeeded; `participant` is the participant muted.",
        "x-ccaas-extension": "The seed defines mute_call_url but no event; this keeps the platform's participant state (muted) in step.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "eventId",
          "eventType",
          "eventTime",
          "partnerId",
          "conversationId",
          "participant"
        ],
        "properties": {
          "eventId": {
            "$ref": "#/components/schemas/eventId"
          },
          "eventType": {
            "const": "PARTICIPANTCALLMUTED"
          },
          "eventTime": {
            "$ref": "#/components/schemas/eventTime"
          },
          "partnerId": {
            "$ref": "#/components/schemas/partnerId"
          },
          "conversationId": {
            "$ref": "#/components/schemas/conversationId"
          },
          "participant": {
            "$ref": "#/components/schemas/EventParticipant"
          },
          "author": {
            "$ref": "#/components/schemas/EventAuthor"
          }
        },
        "examples": [
          {
            "eventId": "3c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f",
            "eventType": "PARTICIPANTCALLMUTED",
            "eventTime": "2025-01-15T10:03:30Z",
            "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
            "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
            "participant": {
              "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691",
              "userName": "testAgent",
              "purpose": "agent"
            },
            "author": {
              "userName": "testAgent",
              "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
            }
          }
        ]
      },
      "ParticipantCallUnmutedEvent": {
        "title": "ParticipantCallUnmutedEvent",
        "description": "Published by the voice adapter once `unmute_call_url` succeeded; `participant` is the participant unmuted.",
        "x-ccaas-extension": "The seed defines unmute_call_url but no event; this keeps the platform's participant state (connected) in step.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "eventId",
          "eventType",
          "eventTime",
          "partnerId",
          "conversationId",
          "participant"
        ],
        "properties": {
          "eventId": {
            "$ref": "#/components/schemas/eventId"
          },
          "eventType": {
            "const": "PARTICIPANTCALLUNMUTED"
          },
          "eventTime": {
            "$ref": "#/components/schemas/eventTime"
          },
          "partnerId": {
            "$ref": "#/components/schemas/partnerId"
          },
          "conversationId": {
            "$ref": "#/components/schemas/conversationId"
          },
          "participant": {
            "$ref": "#/components/schemas/EventParticipant"
          },
          "author": {
            "$ref": "#/components/schemas/EventAuthor"
          }
        },
        "examples": [
          {
            "eventId": "4d5e6f7a-8b9c-4d0e-9f1a-3b4c5d6e7f80",
            "eventType": "PARTICIPANTCALLUNMUTED",
            "eventTime": "2025-01-15T10:03:45Z",
            "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
            "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
            "participant": {
              "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691",
              "userName": "testAgent",
              "purpose": "agent"
            },
            "author": {
              "userName": "testAgent",
              "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
            }
          }
        ]
      }
    }
  }
};

/** specs/messages/*.yaml as JSON Schema 2020-12 documents; relative `$ref`s resolve by `$id`. */
export const messageSchemas: readonly JsonDocument[] = [
  {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://schemas.ccaas.dev/messages/conversation.yaml",
    "title": "ConversationModel",
    "description": "The shared conversation model: a conversation, its participants and the agent's station. The partner API (`../partner-api.yaml`), the conversation webhooks and the softphone signaling messages all reference these `$defs`, so a conversation has one shape everywhere. Field names follow Genesys Cloud, which softphone users know (the WebRTC softphone seed is written against it); names beyond the seeds carry `x-ccaas-extension`. This file holds no messages of its own: the root `oneOf` lists the top-level models so every def is reachable for code generators.",
    "oneOf": [
      {
        "$ref": "#/$defs/Conversation"
      },
      {
        "$ref": "#/$defs/Participant"
      },
      {
        "$ref": "#/$defs/Station"
      }
    ],
    "$defs": {
      "ConversationDirection": {
        "title": "ConversationDirection",
        "description": "Who started the conversation: `inbound` (a customer dialed in, e.g. to the partner's toll-free number) or `outbound` (an agent placed the call with `startSoftphoneSession` / `POST /api/v2/conversations/calls`). The seed speaks of inbound and outbound softphone sessions.",
        "x-ccaas-extension": "The seed distinguishes inbound and outbound sessions in prose only; the softphone auto-accepts outbound ones.",
        "type": "string",
        "enum": [
          "inbound",
          "outbound"
        ]
      },
      "ParticipantPurpose": {
        "title": "ParticipantPurpose",
        "description": "Why a participant is in the conversation: `customer` is the external party, `agent` a user of the softphone.",
        "x-ccaas-extension": "The seeds tell customers and agents apart only in prose; the softphone needs a field to find its own participant.",
        "type": "string",
        "enum": [
          "customer",
          "agent"
        ]
      },
      "ParticipantState": {
        "title": "ParticipantState",
        "description": "The participant's call state. `alerting`: ringing, not answered yet. `connected`: talking. `held`: on hold (takes precedence over muted). `muted`: connected with the microphone muted. `disconnected`: gone (hung up, removed or ended); terminal. The `held` and `muted` booleans on Participant carry both toggles independently of this summary.",
        "x-ccaas-extension": "The seeds name hold/resume/mute/unmute/end operations but no state field; softphone UIs and conversationUpdate need one.",
        "type": "string",
        "enum": [
          "alerting",
          "connected",
          "held",
          "muted",
          "disconnected"
        ]
      },
      "LineAppearance": {
        "title": "LineAppearance",
        "description": "Line Appearance: how many concurrent active WebRTC sessions the user's station allows. `1`: every conversation is multiplexed on one session; answering or placing another call holds the active one, and session events are synthesised from conversation events. `100`: one WebRTC session per call (the current default). The seed says the value is \"usually\" 1 or 100; these are the only values the platform sends.",
        "type": "integer",
        "enum": [
          1,
          100
        ]
      },
      "Participant": {
        "title": "Participant",
        "description": "One party of a conversation: the customer or an agent. Its `id` is the `participantId` that the voice adapter requests carry (`participantId`, `author.participantId`).",
        "type": "object",
        "required": [
          "id",
          "purpose",
          "state",
          "muted",
          "held"
        ],
        "properties": {
          "id": {
            "description": "The participant id (the seed's `participantId`).",
            "x-ccaas-extension": "Genesys-style `id` for the resource; the seed only shows it as `participantId` in adapter requests.",
            "type": "string",
            "format": "uuid"
          },
          "purpose": {
            "$ref": "#/$defs/ParticipantPurpose"
          },
          "state": {
            "$ref": "#/$defs/ParticipantState"
          },
          "muted": {
            "description": "Whether the participant's audio is muted.",
            "x-ccaas-extension": "The seed has mute/unmute adapter URLs but no field that reports the result.",
            "type": "boolean"
          },
          "held": {
            "description": "Whether the participant is on hold.",
            "x-ccaas-extension": "The seed has hold/resume adapter URLs but no field that reports the result.",
            "type": "boolean"
          },
          "name": {
            "description": "Display name (as in the seed's ISdkSoftphoneDestination `name`).",
            "type": "string"
          },
          "address": {
            "description": "The participant's address: a phone number for a customer (as dialed, e.g. `15555555555` or E.164), the agent's logon name for an agent (as in the seed's ISdkSoftphoneDestination `address`).",
            "type": "string"
          },
          "userId": {
            "description": "The agent's user id; present for agent participants (the seed's ISdkSoftphoneDestination `userId`).",
            "type": "string"
          },
          "userName": {
            "description": "The agent's logon name (the seed's `author.userName` / `agentLogonName`); present for agent participants.",
            "type": "string"
          },
          "connectedTime": {
            "description": "When the participant connected (answered); absent while alerting.",
            "x-ccaas-extension": "Call timing for UIs and reporting; the seeds carry no timestamps.",
            "type": "string",
            "format": "date-time"
          },
          "endTime": {
            "description": "When the participant disconnected; present once `state` is `disconnected`.",
            "x-ccaas-extension": "Call timing for UIs and reporting; the seeds carry no timestamps.",
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "Conversation": {
        "title": "Conversation",
        "description": "A voice conversation and its participants: what the platform returns for `GET /api/v2/conversations/calls/{conversationId}`, what conversation webhooks carry, and what the softphone's `conversationUpdate` is built from. `id` is the seed's `conversationId`; `id` and `selfUri` are what placing a call returns.",
        "type": "object",
        "required": [
          "id",
          "direction",
          "participants",
          "startTime",
          "selfUri"
        ],
        "examples": [
          {
            "id": "5a974dd7-475a-41c0-a027-bfdf09627b13",
            "direction": "inbound",
            "startTime": "2026-11-22T13:40:00Z",
            "fromAddress": "+15555550100",
            "toAddress": "+18883973342",
            "selfUri": "/api/v2/conversations/calls/5a974dd7-475a-41c0-a027-bfdf09627b13",
            "participants": [
              {
                "id": "6e312815-2d32-409b-9c57-f9e79e7baf49",
                "purpose": "customer",
                "state": "connected",
                "muted": false,
                "held": false,
                "address": "+15555550100"
              },
              {
                "id": "4a70a876-bf90-4360-92c3-0edd7463c691",
                "purpose": "agent",
                "state": "connected",
                "muted": false,
                "held": false,
                "userName": "testAgent"
              }
            ]
          }
        ],
        "properties": {
          "id": {
            "description": "The conversation id (the seed's `conversationId`).",
            "type": "string",
            "format": "uuid"
          },
          "direction": {
            "$ref": "#/$defs/ConversationDirection"
          },
          "participants": {
            "description": "Everyone who is or was in the conversation, disconnected participants included.",
            "type": "array",
            "items": {
              "$ref": "#/$defs/Participant"
            }
          },
          "startTime": {
            "description": "When the conversation started.",
            "x-ccaas-extension": "Call timing for UIs and reporting; the seeds carry no timestamps.",
            "type": "string",
            "format": "date-time"
          },
          "endTime": {
            "description": "When the last participant disconnected; absent while the conversation is active.",
            "x-ccaas-extension": "Call timing for UIs and reporting; the seeds carry no timestamps.",
            "type": "string",
            "format": "date-time"
          },
          "fromAddress": {
            "description": "The calling address (the customer's number for inbound calls, the caller id for outbound ones).",
            "x-ccaas-extension": "Shown by softphone and CRM UIs; the seeds carry addresses only on participants.",
            "type": "string"
          },
          "toAddress": {
            "description": "The called address (the partner's toll-free number for inbound calls, the dialed number for outbound ones).",
            "x-ccaas-extension": "Shown by softphone and CRM UIs; the seeds carry addresses only on participants.",
            "type": "string"
          },
          "selfUri": {
            "description": "The conversation's URI in the public API (relative to the server), as returned with `id` when a call is placed.",
            "type": "string",
            "format": "uri-reference"
          }
        }
      },
      "Station": {
        "title": "Station",
        "description": "The agent's station (a WebRTC softphone), which holds the seed's Line Appearance and persistent connection settings. Field names are Genesys Cloud's (`webRtcCallAppearances`, `webRtcPersistentEnabled`), which the seed's SDK reads.",
        "x-ccaas-extension": "The seed refers to the station's Line Appearance and persistent connection settings without a wire format; Genesys Cloud naming.",
        "type": "object",
        "required": [
          "id",
          "name",
          "userId",
          "webRtcCallAppearances",
          "webRtcPersistentEnabled"
        ],
        "examples": [
          {
            "id": "0f2b6c1e-8a43-4c1f-9d7e-2b1f5c3a9e10",
            "name": "testAgent's WebRTC phone",
            "userId": "9b1d2c3e-4f50-4a6b-8c7d-0e1f2a3b4c5d",
            "type": "inin_webrtc_softphone",
            "status": "ASSOCIATED",
            "webRtcCallAppearances": 1,
            "webRtcPersistentEnabled": true
          }
        ],
        "properties": {
          "id": {
            "description": "The station id.",
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "description": "The station's display name.",
            "type": "string"
          },
          "userId": {
            "description": "The id of the agent the station is associated with.",
            "type": "string"
          },
          "type": {
            "description": "The station type; `inin_webrtc_softphone` for a WebRTC softphone (open set).",
            "type": "string"
          },
          "status": {
            "description": "`ASSOCIATED` while a user is associated with the station, `AVAILABLE` otherwise.",
            "type": "string",
            "enum": [
              "AVAILABLE",
              "ASSOCIATED"
            ]
          },
          "webRtcCallAppearances": {
            "$ref": "#/$defs/LineAppearance"
          },
          "webRtcPersistentEnabled": {
            "description": "Persistent connection: keep the WebRTC session alive after a call ends so the next call connects without a new session.",
            "type": "boolean"
          }
        }
      }
    }
  },
  {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://schemas.ccaas.dev/messages/crm-contract.yaml",
    "title": "CrmContractMessage",
    "description": "The contract between the softphone and a CRM wrapper library (seed: crm-softphone-contract.txt). The wrapper is\nloaded from a remote, allow-listed origin and implements `load(callback)` plus one function per softphone event.\n\nTwo directions, seed names kept exactly:\n- wrapper -> softphone: `callback(eventType, payload)` with event types `disposition`, `partner_config`,\n  `get_presence`, `update_presence`, `start_call`. Modelled as `{ eventType, payload }` messages (`...Callback`);\n- softphone -> wrapper: `incomingCall`, `callAccepted`, `callRejected`, `callEnded`, `callNotesSubmitted`,\n  `outboundCallInitiated`, `statusChanged`, each called with one JSON object (`...Params`). Across a window\n  boundary the call travels as `{ method, params }` (`...Message`). The seed shows `incomingCall()` with a\n  \"Parameters\" table rather than `(JSONparams)`; the softphone passes one object to it like to the others.\n\nTransports: when the wrapper script runs in the softphone's page, these are direct function calls. When the\nsoftphone is an iframe inside the CRM page, the two sides run the `crm.hello` / `crm.welcome` handshake over\n`window.postMessage` and then exchange the same messages over the transferred MessagePort.\n\nRequired fields: `partnerId` and `conversationId` are always required on call params; beyond them only the field\nthat gives an event its meaning is required (`callerANI` on incoming/accepted calls, `reason` on rejections,\n`duration` and `callType` on ended calls, `disposition` on submitted notes, `dialledTo` on outbound calls,\n`softphoneId` on status changes). The rest are optional because the softphone does not always know them (for\nexample `reservationStartDate` exists only when the virtual agent identified a booking). Callback payloads\nrequire every field of the seed's samples except `dialFrom` and `participantType` (the platform defaults them).\nThe softphone validates what the wrapper sends, so callbacks are closed (`additionalProperties: false`); the\nwrapper should tolerate new fields in call params, which are open.\n",
    "oneOf": [
      {
        "$ref": "#/$defs/DispositionCallback"
      },
      {
        "$ref": "#/$defs/PartnerConfigCallback"
      },
      {
        "$ref": "#/$defs/GetPresenceCallback"
      },
      {
        "$ref": "#/$defs/UpdatePresenceCallback"
      },
      {
        "$ref": "#/$defs/StartCallCallback"
      },
      {
        "$ref": "#/$defs/IncomingCallMessage"
      },
      {
        "$ref": "#/$defs/CallAcceptedMessage"
      },
      {
        "$ref": "#/$defs/CallRejectedMessage"
      },
      {
        "$ref": "#/$defs/CallEndedMessage"
      },
      {
        "$ref": "#/$defs/CallNotesSubmittedMessage"
      },
      {
        "$ref": "#/$defs/OutboundCallInitiatedMessage"
      },
      {
        "$ref": "#/$defs/StatusChangedMessage"
      },
      {
        "$ref": "#/$defs/CrmHelloMessage"
      },
      {
        "$ref": "#/$defs/CrmWelcomeMessage"
      }
    ],
    "$defs": {
      "PartnerId": {
        "title": "PartnerId",
        "description": "Unique guid to identify partner in platform (seed).",
        "type": "string",
        "format": "uuid",
        "examples": [
          "215fd887-39be-4935-981f-2670d6afeaa7"
        ]
      },
      "CrmConversationId": {
        "title": "CrmConversationId",
        "description": "Unique guid to identify conversation (seed).",
        "type": "string",
        "format": "uuid",
        "examples": [
          "5a974dd7-475a-41c0-a027-bfdf09627b13"
        ]
      },
      "CrmCallbackEventType": {
        "title": "CrmCallbackEventType",
        "description": "The `eventType` argument of `callback(eventType, payload)` (seed).",
        "type": "string",
        "enum": [
          "disposition",
          "partner_config",
          "get_presence",
          "update_presence",
          "start_call"
        ]
      },
      "CrmMethod": {
        "title": "CrmMethod",
        "description": "The wrapper functions the softphone calls (seed).",
        "type": "string",
        "enum": [
          "incomingCall",
          "callAccepted",
          "callRejected",
          "callEnded",
          "callNotesSubmitted",
          "outboundCallInitiated",
          "statusChanged"
        ]
      },
      "DispositionPayload": {
        "title": "DispositionPayload",
        "description": "Array of strings that will be displayed as drop down in softphone (seed); the agent picks one as `disposition`.",
        "type": "array",
        "items": {
          "type": "string",
          "minLength": 1
        },
        "examples": [
          [
            "code1",
            "code2"
          ]
        ]
      },
      "PartnerConfigPayload": {
        "title": "PartnerConfigPayload",
        "description": "Required to allow agent to use dialpad to initiate independent outbound call (seed).",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "partnerId",
          "businessSegmentId",
          "channelOriginId"
        ],
        "properties": {
          "partnerId": {
            "$ref": "#/$defs/PartnerId"
          },
          "businessSegmentId": {
            "description": "The partner's business segment the outbound calls belong to.",
            "type": "string",
            "minLength": 1
          },
          "channelOriginId": {
            "description": "The channel the outbound calls originate from.",
            "type": "string",
            "minLength": 1
          }
        },
        "examples": [
          {
            "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
            "businessSegmentId": "d6afeaa7-39be-4935-981f-2670215fd887",
            "channelOriginId": "57053e21-0440-4689-a27a-513d7dceebde"
          }
        ]
      },
      "UpdatePresencePayload": {
        "title": "UpdatePresencePayload",
        "description": "The application asks the softphone to change the agent's presence to this status (seed).",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "softphoneId"
        ],
        "properties": {
          "softphoneId": {
            "description": "Unique guid of status on softphone (the same id `statusChanged` reports).",
            "type": "string",
            "format": "uuid"
          }
        },
        "examples": [
          {
            "softphoneId": "d6afeaa7-39be-4935-981f-2670215fd887"
          }
        ]
      },
      "StartCallPayload": {
        "title": "StartCallPayload",
        "description": "The application asks the softphone to initiate an outbound call (seed).",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "partnerId",
          "businessSegmentId",
          "channelOriginId",
          "dialTo"
        ],
        "properties": {
          "partnerId": {
            "$ref": "#/$defs/PartnerId"
          },
          "businessSegmentId": {
            "description": "The partner's business segment the call belongs to.",
            "type": "string",
            "minLength": 1
          },
          "channelOriginId": {
            "description": "The channel the call originates from.",
            "type": "string",
            "minLength": 1
          },
          "dialTo": {
            "description": "The number to call.",
            "type": "string",
            "minLength": 1,
            "examples": [
              "+18883973342"
            ]
          },
          "dialFrom": {
            "description": "The caller id to present; the platform's default when absent.",
            "type": "string",
            "examples": [
              "+18449401117"
            ]
          },
          "participantType": {
            "description": "Who is being called. The seed's sample is the literal `Traveler/Supplier/Agent`, read as one of `Traveler`,\n`Supplier`, `Agent`; kept an open string so the sample itself stays valid.\n",
            "type": "string",
            "examples": [
              "Traveler",
              "Supplier",
              "Agent"
            ]
          }
        },
        "examples": [
          {
            "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
            "businessSegmentId": "d6afeaa7-39be-4935-981f-2670215fd887",
            "channelOriginId": "57053e21-0440-4689-a27a-513d7dceebde",
            "dialTo": "+18883973342",
            "dialFrom": "+18449401117",
            "participantType": "Traveler/Supplier/Agent"
          }
        ]
      },
      "DispositionCallback": {
        "title": "DispositionCallback",
        "description": "Wrapper -> softphone, `callback(\"disposition\", [...])`. Sets the disposition codes the softphone offers.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "eventType",
          "payload"
        ],
        "properties": {
          "eventType": {
            "const": "disposition"
          },
          "payload": {
            "$ref": "#/$defs/DispositionPayload"
          }
        },
        "examples": [
          {
            "eventType": "disposition",
            "payload": [
              "code1",
              "code2"
            ]
          }
        ]
      },
      "PartnerConfigCallback": {
        "title": "PartnerConfigCallback",
        "description": "Wrapper -> softphone, `callback(\"partner_config\", {...})`. Enables the dialpad for independent outbound calls.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "eventType",
          "payload"
        ],
        "properties": {
          "eventType": {
            "const": "partner_config"
          },
          "payload": {
            "$ref": "#/$defs/PartnerConfigPayload"
          }
        },
        "examples": [
          {
            "eventType": "partner_config",
            "payload": {
              "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
              "businessSegmentId": "d6afeaa7-39be-4935-981f-2670215fd887",
              "channelOriginId": "57053e21-0440-4689-a27a-513d7dceebde"
            }
          }
        ]
      },
      "GetPresenceCallback": {
        "title": "GetPresenceCallback",
        "description": "Wrapper -> softphone, `callback(\"get_presence\")`. The application wants the current status; the softphone answers\nby calling `statusChanged`. No payload is expected (seed): a host drops any payload passed\nwith it before validating.\n",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "eventType"
        ],
        "properties": {
          "eventType": {
            "const": "get_presence"
          },
          "payload": {
            "description": "No payload is expected (seed); absent or null.",
            "type": "null"
          }
        },
        "examples": [
          {
            "eventType": "get_presence"
          }
        ]
      },
      "UpdatePresenceCallback": {
        "title": "UpdatePresenceCallback",
        "description": "Wrapper -> softphone, `callback(\"update_presence\", {...})`. Changes the agent's presence on the softphone.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "eventType",
          "payload"
        ],
        "properties": {
          "eventType": {
            "const": "update_presence"
          },
          "payload": {
            "$ref": "#/$defs/UpdatePresencePayload"
          }
        },
        "examples": [
          {
            "eventType": "update_presence",
            "payload": {
              "softphoneId": "d6afeaa7-39be-4935-981f-2670215fd887"
            }
          }
        ]
      },
      "StartCallCallback": {
        "title": "StartCallCallback",
        "description": "Wrapper -> softphone, `callback(\"start_call\", {...})`. Starts an outbound call; the softphone then calls `outboundCallInitiated`.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "eventType",
          "payload"
        ],
        "properties": {
          "eventType": {
            "const": "start_call"
          },
          "payload": {
            "$ref": "#/$defs/StartCallPayload"
          }
        },
        "examples": [
          {
            "eventType": "start_call",
            "payload": {
              "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
              "businessSegmentId": "d6afeaa7-39be-4935-981f-2670215fd887",
              "channelOriginId": "57053e21-0440-4689-a27a-513d7dceebde",
              "dialTo": "+18883973342",
              "dialFrom": "+18449401117",
              "participantType": "Traveler"
            }
          }
        ]
      },
      "IncomingCallParams": {
        "title": "IncomingCallParams",
        "description": "`incomingCall(params)`: executed by softphone when an incoming call is routed to the agent (seed).",
        "type": "object",
        "required": [
          "partnerId",
          "conversationId",
          "callerANI"
        ],
        "properties": {
          "partnerId": {
            "$ref": "#/$defs/PartnerId"
          },
          "conversationId": {
            "$ref": "#/$defs/CrmConversationId"
          },
          "callerANI": {
            "description": "Phone Number of caller (seed).",
            "type": "string"
          },
          "language": {
            "description": "Language selected by caller (seed). Default en_US.",
            "type": "string",
            "default": "en_US"
          }
        },
        "examples": [
          {
            "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
            "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
            "callerANI": "+18883973342",
            "language": "en_US"
          }
        ]
      },
      "CallAcceptedParams": {
        "title": "CallAcceptedParams",
        "description": "`callAccepted(JSONparams)`: executed by softphone when call is accepted by agent (seed).",
        "type": "object",
        "required": [
          "partnerId",
          "conversationId",
          "callerANI"
        ],
        "properties": {
          "partnerId": {
            "$ref": "#/$defs/PartnerId"
          },
          "conversationId": {
            "$ref": "#/$defs/CrmConversationId"
          },
          "callerANI": {
            "description": "Phone Number of caller (seed).",
            "type": "string"
          },
          "language": {
            "description": "Language selected by caller (seed). Default en_US.",
            "type": "string",
            "default": "en_US"
          },
          "ivrExitPath": {
            "description": "Intent (seed): how the caller left the IVR / virtual agent.",
            "type": "string"
          },
          "channelName": {
            "description": "The channel the call came through (no purpose given in the seed).",
            "type": "string"
          },
          "reservationStartDate": {
            "description": "Booking start date if booking was identified during interaction with Virtual Agent (seed); a string as sent.",
            "type": "string"
          },
          "specialEvent": {
            "description": "Special event flagged for the call (no purpose given in the seed).",
            "type": "string"
          },
          "escalationType": {
            "description": "How the call was escalated to an agent (no purpose given in the seed).",
            "type": "string"
          },
          "recordingStatus": {
            "description": "ON or OFF (seed).",
            "type": "string",
            "enum": [
              "ON",
              "OFF"
            ]
          }
        },
        "examples": [
          {
            "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
            "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
            "callerANI": "+18883973342",
            "language": "en_US",
            "ivrExitPath": "ChangeBooking",
            "channelName": "Voice",
            "reservationStartDate": "2025-02-01",
            "specialEvent": "",
            "escalationType": "VirtualAgentTransfer",
            "recordingStatus": "ON"
          }
        ]
      },
      "CallRejectedParams": {
        "title": "CallRejectedParams",
        "description": "`callRejected(JSONparams)`: executed by softphone when call is rejected actively or passively (seed).",
        "type": "object",
        "required": [
          "partnerId",
          "conversationId",
          "reason"
        ],
        "properties": {
          "partnerId": {
            "$ref": "#/$defs/PartnerId"
          },
          "conversationId": {
            "$ref": "#/$defs/CrmConversationId"
          },
          "reason": {
            "description": "`active` (the agent rejected) or `passive` (the offer timed out or was answered elsewhere).",
            "type": "string",
            "enum": [
              "active",
              "passive"
            ]
          }
        },
        "examples": [
          {
            "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
            "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
            "reason": "active"
          }
        ]
      },
      "CallEndedParams": {
        "title": "CallEndedParams",
        "description": "`callEnded(JSONparams)`: executed by softphone when the call ends. (The seed repeats callRejected's sentence,\n\"when call is rejected actively or passively\", here; the properties say it is the end of an accepted call.)\n",
        "type": "object",
        "required": [
          "partnerId",
          "conversationId",
          "duration",
          "callType"
        ],
        "properties": {
          "partnerId": {
            "$ref": "#/$defs/PartnerId"
          },
          "conversationId": {
            "$ref": "#/$defs/CrmConversationId"
          },
          "duration": {
            "description": "Call duration in seconds (seed).",
            "type": "number",
            "minimum": 0
          },
          "disposition": {
            "description": "Disposition code selected by agent (seed), one of the `disposition` callback's codes.",
            "type": "string"
          },
          "notes": {
            "description": "Call Notes entered by agent (seed).",
            "type": "string"
          },
          "callType": {
            "description": "inbound/outbound (seed).",
            "type": "string",
            "enum": [
              "inbound",
              "outbound"
            ]
          }
        },
        "examples": [
          {
            "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
            "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
            "duration": 276,
            "disposition": "code1",
            "notes": "Customer changed the booking date.",
            "callType": "inbound"
          }
        ]
      },
      "CallNotesSubmittedParams": {
        "title": "CallNotesSubmittedParams",
        "description": "`callNotesSubmitted(JSONparams)`: executed by softphone when agent submits disposition and notes (seed).",
        "type": "object",
        "required": [
          "partnerId",
          "conversationId",
          "disposition"
        ],
        "properties": {
          "partnerId": {
            "$ref": "#/$defs/PartnerId"
          },
          "conversationId": {
            "$ref": "#/$defs/CrmConversationId"
          },
          "disposition": {
            "description": "Disposition code selected by agent (seed).",
            "type": "string"
          },
          "notes": {
            "description": "Call Notes entered by agent (seed).",
            "type": "string"
          }
        },
        "examples": [
          {
            "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
            "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
            "disposition": "code2",
            "notes": "Follow up by email."
          }
        ]
      },
      "OutboundCallInitiatedParams": {
        "title": "OutboundCallInitiatedParams",
        "description": "`outboundCallInitiated(JSONparams)`: executed by softphone when agent starts independent outbound call (seed).",
        "type": "object",
        "required": [
          "partnerId",
          "conversationId",
          "dialledTo"
        ],
        "properties": {
          "partnerId": {
            "$ref": "#/$defs/PartnerId"
          },
          "conversationId": {
            "$ref": "#/$defs/CrmConversationId"
          },
          "dialledTo": {
            "description": "The number the agent dialled (spelled `dialledTo`, unlike `start_call`'s `dialTo`). The seed's table\ndescribes it as \"Disposition code selected by agent\", a copy-paste slip.\n",
            "type": "string"
          }
        },
        "examples": [
          {
            "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
            "conversationId": "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
            "dialledTo": "+18883973342"
          }
        ]
      },
      "StatusChangedParams": {
        "title": "StatusChangedParams",
        "description": "`statusChanged(JSONparams)`: executed by softphone when agent changes status, and in answer to `get_presence` (seed).",
        "type": "object",
        "required": [
          "softphoneId"
        ],
        "properties": {
          "softphoneId": {
            "description": "Unique guid of status on softphone (seed).",
            "type": "string",
            "format": "uuid"
          }
        },
        "examples": [
          {
            "softphoneId": "d6afeaa7-39be-4935-981f-2670215fd887"
          }
        ]
      },
      "IncomingCallMessage": {
        "title": "IncomingCallMessage",
        "description": "Softphone -> wrapper. `incomingCall(params)` as a message.",
        "x-ccaas-extension": "The seed calls wrapper functions directly; a {method, params} message carries the call across a window boundary.",
        "type": "object",
        "required": [
          "method",
          "params"
        ],
        "properties": {
          "method": {
            "const": "incomingCall"
          },
          "params": {
            "$ref": "#/$defs/IncomingCallParams"
          }
        },
        "examples": [
          {
            "method": "incomingCall",
            "params": {
              "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
              "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
              "callerANI": "+18883973342",
              "language": "en_US"
            }
          }
        ]
      },
      "CallAcceptedMessage": {
        "title": "CallAcceptedMessage",
        "description": "Softphone -> wrapper. `callAccepted(params)` as a message.",
        "x-ccaas-extension": "The seed calls wrapper functions directly; a {method, params} message carries the call across a window boundary.",
        "type": "object",
        "required": [
          "method",
          "params"
        ],
        "properties": {
          "method": {
            "const": "callAccepted"
          },
          "params": {
            "$ref": "#/$defs/CallAcceptedParams"
          }
        },
        "examples": [
          {
            "method": "callAccepted",
            "params": {
              "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
              "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
              "callerANI": "+18883973342",
              "language": "en_US",
              "recordingStatus": "OFF"
            }
          }
        ]
      },
      "CallRejectedMessage": {
        "title": "CallRejectedMessage",
        "description": "Softphone -> wrapper. `callRejected(params)` as a message.",
        "x-ccaas-extension": "The seed calls wrapper functions directly; a {method, params} message carries the call across a window boundary.",
        "type": "object",
        "required": [
          "method",
          "params"
        ],
        "properties": {
          "method": {
            "const": "callRejected"
          },
          "params": {
            "$ref": "#/$defs/CallRejectedParams"
          }
        },
        "examples": [
          {
            "method": "callRejected",
            "params": {
              "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
              "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
              "reason": "passive"
            }
          }
        ]
      },
      "CallEndedMessage": {
        "title": "CallEndedMessage",
        "description": "Softphone -> wrapper. `callEnded(params)` as a message.",
        "x-ccaas-extension": "The seed calls wrapper functions directly; a {method, params} message carries the call across a window boundary.",
        "type": "object",
        "required": [
          "method",
          "params"
        ],
        "properties": {
          "method": {
            "const": "callEnded"
          },
          "params": {
            "$ref": "#/$defs/CallEndedParams"
          }
        },
        "examples": [
          {
            "method": "callEnded",
            "params": {
              "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
              "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
              "duration": 276.4,
              "callType": "inbound"
            }
          }
        ]
      },
      "CallNotesSubmittedMessage": {
        "title": "CallNotesSubmittedMessage",
        "description": "Softphone -> wrapper. `callNotesSubmitted(params)` as a message.",
        "x-ccaas-extension": "The seed calls wrapper functions directly; a {method, params} message carries the call across a window boundary.",
        "type": "object",
        "required": [
          "method",
          "params"
        ],
        "properties": {
          "method": {
            "const": "callNotesSubmitted"
          },
          "params": {
            "$ref": "#/$defs/CallNotesSubmittedParams"
          }
        },
        "examples": [
          {
            "method": "callNotesSubmitted",
            "params": {
              "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
              "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
              "disposition": "code1",
              "notes": "Customer changed the booking date."
            }
          }
        ]
      },
      "OutboundCallInitiatedMessage": {
        "title": "OutboundCallInitiatedMessage",
        "description": "Softphone -> wrapper. `outboundCallInitiated(params)` as a message.",
        "x-ccaas-extension": "The seed calls wrapper functions directly; a {method, params} message carries the call across a window boundary.",
        "type": "object",
        "required": [
          "method",
          "params"
        ],
        "properties": {
          "method": {
            "const": "outboundCallInitiated"
          },
          "params": {
            "$ref": "#/$defs/OutboundCallInitiatedParams"
          }
        },
        "examples": [
          {
            "method": "outboundCallInitiated",
            "params": {
              "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
              "conversationId": "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
              "dialledTo": "+18883973342"
            }
          }
        ]
      },
      "StatusChangedMessage": {
        "title": "StatusChangedMessage",
        "description": "Softphone -> wrapper. `statusChanged(params)` as a message.",
        "x-ccaas-extension": "The seed calls wrapper functions directly; a {method, params} message carries the call across a window boundary.",
        "type": "object",
        "required": [
          "method",
          "params"
        ],
        "properties": {
          "method": {
            "const": "statusChanged"
          },
          "params": {
            "$ref": "#/$defs/StatusChangedParams"
          }
        },
        "examples": [
          {
            "method": "statusChanged",
            "params": {
              "softphoneId": "d6afeaa7-39be-4935-981f-2670215fd887"
            }
          }
        ]
      },
      "CrmHelloMessage": {
        "title": "CrmHelloMessage",
        "description": "Softphone iframe -> CRM page, `window.parent.postMessage(hello, crmOrigin)` once the wrapper has loaded, with the\nCRM's exact origin as target (never `\"*\"`, which would announce the softphone to any page framing it); the\nwrapper knows it, being served from it. The CRM page must check `event.origin` (not the `origin` field) against\nthe softphone origin it configured AND `event.source` against its iframe's `contentWindow`, then answer\n`crm.welcome`. Sent again every second until welcomed, since the page may not be listening yet; every hello\nanswered gets a fresh port (a reloaded softphone has lost the old one).\n",
        "x-ccaas-extension": "The seed's wrapper runs as a cross-domain script; an iframe needs an origin-checked handshake instead.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "protocol",
          "origin"
        ],
        "properties": {
          "type": {
            "const": "crm.hello"
          },
          "protocol": {
            "description": "Protocol name and major version; a CRM page ignores a protocol it does not speak.",
            "const": "ccaas-crm/1"
          },
          "origin": {
            "description": "The softphone's own origin, informational (the receiver trusts `event.origin`).",
            "type": "string",
            "format": "uri"
          }
        },
        "examples": [
          {
            "type": "crm.hello",
            "protocol": "ccaas-crm/1",
            "origin": "https://softphone.example.com"
          }
        ]
      },
      "CrmWelcomeMessage": {
        "title": "CrmWelcomeMessage",
        "description": "CRM page -> softphone iframe, `iframe.contentWindow.postMessage(welcome, softphoneOrigin, [port2])` with a\nMessageChannel port transferred. The softphone accepts it only from the CRM's `event.origin` (an allow-listed one:\nthe seed's list of allowed domains) with `event.source === window.parent`; afterwards both sides exchange the\n`...Message` and `...Callback` messages of this file on the newest port, never on `window`.\n",
        "x-ccaas-extension": "Completes the handshake and hands over a private MessagePort so no other frame can listen in.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "protocol",
          "origin"
        ],
        "properties": {
          "type": {
            "const": "crm.welcome"
          },
          "protocol": {
            "description": "The protocol the CRM page speaks; must equal the hello's.",
            "const": "ccaas-crm/1"
          },
          "origin": {
            "description": "The CRM page's own origin, informational (the receiver trusts `event.origin`).",
            "type": "string",
            "format": "uri"
          }
        },
        "examples": [
          {
            "type": "crm.welcome",
            "protocol": "ccaas-crm/1",
            "origin": "https://crm.example.com"
          }
        ]
      }
    }
  },
  {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://schemas.ccaas.dev/messages/interaction-processor.yaml",
    "title": "InteractionProcessorMessage",
    "description": "The protocol of an Interaction Processor type network service (seed: interaction-processor.txt): a service that\nmanages agent sessions and gives access to its CTI. Each frame on the socket is one UTF-8 JSON object. A client\nsends a request `{ command, data }`; the service answers with the same `command` and a `result` of `confirm`,\n`success` or `failure`. Confirm and failure responses echo the request under `original`.\n\n`prepareSession` with `override: false` may be answered `confirm` when the agent already has a session; the client\nasks the user (showing `message`) and, if they agree to destroy it, repeats the request with `override: true`.\n\nThe seed's getCapabilities responses show `\"command\": \" getCapabilities \"` with spaces around the name: that is a\nformatting artefact of the document. Services send `\"getCapabilities\"`; clients trim the command before matching so\nboth forms are accepted.\n\nRequests are closed (`additionalProperties: false`, as every request body in specs/): a misspelled field is a\nfailure, not a silently ignored option. Responses and events are open: the seed lets services \"expand on the\nstructures of those messages\", and clients must tolerate fields they do not know. A service that adds request\nfields extends these schemas. Requests carry no `result`, which is how they are told apart from responses.\n\n`agent.password` travels in `prepareSession` and is echoed in every response that contains the request or its data\n(`original`, `resource.data`): never log these messages unredacted.\n",
    "oneOf": [
      {
        "$ref": "#/$defs/PrepareSessionRequest"
      },
      {
        "$ref": "#/$defs/GetCapabilitiesRequest"
      },
      {
        "$ref": "#/$defs/GetServiceInfoRequest"
      },
      {
        "$ref": "#/$defs/PrepareSessionConfirm"
      },
      {
        "$ref": "#/$defs/PrepareSessionSuccess"
      },
      {
        "$ref": "#/$defs/GetCapabilitiesSuccess"
      },
      {
        "$ref": "#/$defs/CommandFailure"
      },
      {
        "$ref": "#/$defs/ServiceInfoEvent"
      }
    ],
    "$defs": {
      "ServiceInfo": {
        "title": "ServiceInfo",
        "description": "The information every Interaction Processor service must provide (seed). `instance-domain` identifies a group of\ninteraction processors, on separate integration platforms, that serve the same pool of clients; clients spread\ntheir connections across the instances hosting the right domain.\n",
        "type": "object",
        "required": [
          "vendor",
          "version",
          "cti-vendor",
          "cti-version",
          "instance-domain"
        ],
        "properties": {
          "vendor": {
            "description": "Vendor of the service.",
            "type": "string"
          },
          "version": {
            "description": "Current version of the service.",
            "type": "string"
          },
          "cti-vendor": {
            "description": "Vendor of the underlying CTI.",
            "type": "string"
          },
          "cti-version": {
            "description": "Version of the underlying CTI.",
            "type": "string"
          },
          "instance-domain": {
            "description": "The domain this instance serves (see the schema description).",
            "type": "string"
          }
        },
        "examples": [
          {
            "vendor": "ccaas-sandbox",
            "version": "0.1.0",
            "cti-vendor": "ccaas-sandbox-cti",
            "cti-version": "0.1.0",
            "instance-domain": "local"
          }
        ]
      },
      "RequestId": {
        "title": "RequestId",
        "description": "Optional correlation id chosen by the client. A service echoes it on every response to that request, so several\nrequests can be in flight on one socket (the seed correlates only by `command`).\n",
        "x-ccaas-extension": "Correlates concurrent requests on one socket; the seed has none.",
        "type": "string",
        "minLength": 1,
        "maxLength": 128
      },
      "PrepareSessionAgent": {
        "title": "PrepareSessionAgent",
        "description": "The agent whose session is prepared (seed).",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "password"
        ],
        "properties": {
          "id": {
            "description": "The agent id on the CTI.",
            "type": "string"
          },
          "password": {
            "description": "The agent's CTI password. Secret; must never be logged or put into an error message.",
            "type": "string",
            "format": "password",
            "writeOnly": true
          }
        }
      },
      "PrepareSessionData": {
        "title": "PrepareSessionData",
        "description": "The `data` of a prepareSession request (seed); echoed as `resource.data` on success.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "model",
          "override",
          "agent"
        ],
        "properties": {
          "model": {
            "description": "Name of the call model to use.",
            "type": "string"
          },
          "override": {
            "description": "Whether to destroy an existing session of the agent. Clients should start with false and let the user decide\n(after a `confirm` response) whether to retry with true (seed).\n",
            "type": "boolean"
          },
          "agent": {
            "$ref": "#/$defs/PrepareSessionAgent"
          }
        }
      },
      "PrepareSessionResource": {
        "title": "PrepareSessionResource",
        "description": "The resource a successful prepareSession created (seed).",
        "type": "object",
        "required": [
          "id",
          "data"
        ],
        "properties": {
          "id": {
            "description": "Id of the prepared session resource.",
            "type": "string"
          },
          "data": {
            "$ref": "#/$defs/PrepareSessionData"
          }
        }
      },
      "Capabilities": {
        "title": "Capabilities",
        "description": "Key value pairs of capabilities (seed); keys and values are service-defined.",
        "type": "object",
        "additionalProperties": true
      },
      "UnrecognizedRequest": {
        "title": "UnrecognizedRequest",
        "description": "A request this schema does not know (an unknown command), as echoed in a failure's `original`.",
        "x-ccaas-extension": "Gives UNKNOWN_COMMAND failures a typed `original`.",
        "type": "object",
        "required": [
          "command"
        ],
        "properties": {
          "command": {
            "description": "The command as sent.",
            "type": "string"
          },
          "data": {
            "description": "The data as sent.",
            "type": "object",
            "additionalProperties": true
          },
          "requestId": {
            "$ref": "#/$defs/RequestId"
          }
        }
      },
      "KnownFailureCode": {
        "title": "KnownFailureCode",
        "description": "Failure codes every service built with the SDK uses for protocol errors: `UNKNOWN_COMMAND` (no such command),\n`MALFORMED_REQUEST` (not JSON, not an object, or missing `command` / `data`). Other codes are service-defined.\n",
        "x-ccaas-extension": "The seed leaves failure codes to the service; protocol errors need fixed codes clients can test.",
        "type": "string",
        "enum": [
          "UNKNOWN_COMMAND",
          "MALFORMED_REQUEST"
        ]
      },
      "CommandFailureDetail": {
        "title": "CommandFailureDetail",
        "description": "What went wrong (seed).",
        "type": "object",
        "required": [
          "code",
          "message"
        ],
        "properties": {
          "code": {
            "description": "Error code for the failure (a KnownFailureCode, or service-defined).",
            "anyOf": [
              {
                "$ref": "#/$defs/KnownFailureCode"
              },
              {
                "type": "string"
              }
            ],
            "examples": [
              "UNKNOWN_COMMAND",
              "MALFORMED_REQUEST",
              "INVALID_CREDENTIALS"
            ]
          },
          "message": {
            "description": "Error message for a person.",
            "type": "string"
          },
          "context": {
            "description": "Stack trace if applicable (seed). Never contains the request's password.",
            "type": "string"
          }
        }
      },
      "InteractionProcessorRequest": {
        "title": "InteractionProcessorRequest",
        "description": "Every request a client sends.",
        "oneOf": [
          {
            "$ref": "#/$defs/PrepareSessionRequest"
          },
          {
            "$ref": "#/$defs/GetCapabilitiesRequest"
          },
          {
            "$ref": "#/$defs/GetServiceInfoRequest"
          }
        ]
      },
      "InteractionProcessorResponse": {
        "title": "InteractionProcessorResponse",
        "description": "Every message a service sends (responses and the serviceInfo event).",
        "oneOf": [
          {
            "$ref": "#/$defs/PrepareSessionConfirm"
          },
          {
            "$ref": "#/$defs/PrepareSessionSuccess"
          },
          {
            "$ref": "#/$defs/GetCapabilitiesSuccess"
          },
          {
            "$ref": "#/$defs/CommandFailure"
          },
          {
            "$ref": "#/$defs/ServiceInfoEvent"
          }
        ]
      },
      "PrepareSessionRequest": {
        "title": "PrepareSessionRequest",
        "description": "Client -> service. Prepares (logs in) an agent session on the CTI (seed).",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "command",
          "data"
        ],
        "properties": {
          "command": {
            "const": "prepareSession"
          },
          "data": {
            "$ref": "#/$defs/PrepareSessionData"
          },
          "requestId": {
            "$ref": "#/$defs/RequestId"
          }
        },
        "examples": [
          {
            "command": "prepareSession",
            "data": {
              "model": "default",
              "override": false,
              "agent": {
                "id": "agent-1001",
                "password": "example-password"
              }
            }
          }
        ]
      },
      "GetCapabilitiesRequest": {
        "title": "GetCapabilitiesRequest",
        "description": "Client -> service. Discovers the capabilities of this interaction processor (seed). `data` is empty.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "command",
          "data"
        ],
        "properties": {
          "command": {
            "const": "getCapabilities"
          },
          "data": {
            "description": "Empty object (seed).",
            "type": "object",
            "additionalProperties": false
          },
          "requestId": {
            "$ref": "#/$defs/RequestId"
          }
        },
        "examples": [
          {
            "command": "getCapabilities",
            "data": {}
          }
        ]
      },
      "GetServiceInfoRequest": {
        "title": "GetServiceInfoRequest",
        "description": "Client -> service. Asks for the ServiceInfo again; the service answers with a `serviceInfo` event.",
        "x-ccaas-extension": "The seed says the service must provide ServiceInfo but not how; this asks for it on an open socket.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "command"
        ],
        "properties": {
          "command": {
            "const": "getServiceInfo"
          },
          "data": {
            "description": "Empty object, optional.",
            "type": "object",
            "additionalProperties": false
          },
          "requestId": {
            "$ref": "#/$defs/RequestId"
          }
        },
        "examples": [
          {
            "command": "getServiceInfo",
            "data": {},
            "requestId": "req-1"
          }
        ]
      },
      "PrepareSessionConfirm": {
        "title": "PrepareSessionConfirm",
        "description": "Service -> client. The agent already has a session: ask the user `message` and, if they agree, resend the request\nwith `override: true` (seed).\n",
        "type": "object",
        "required": [
          "command",
          "result",
          "message",
          "original"
        ],
        "properties": {
          "command": {
            "const": "prepareSession"
          },
          "result": {
            "const": "confirm"
          },
          "message": {
            "description": "Confirmation prompt text to show the user.",
            "type": "string"
          },
          "original": {
            "$ref": "#/$defs/PrepareSessionRequest"
          },
          "requestId": {
            "$ref": "#/$defs/RequestId"
          }
        },
        "examples": [
          {
            "command": "prepareSession",
            "result": "confirm",
            "message": "Agent agent-1001 already has a session. Destroy it and continue?",
            "original": {
              "command": "prepareSession",
              "data": {
                "model": "default",
                "override": false,
                "agent": {
                  "id": "agent-1001",
                  "password": "example-password"
                }
              }
            }
          }
        ]
      },
      "PrepareSessionSuccess": {
        "title": "PrepareSessionSuccess",
        "description": "Service -> client. The session is prepared; `resource.data` is the request's `data` (seed).",
        "type": "object",
        "required": [
          "command",
          "result",
          "resource"
        ],
        "properties": {
          "command": {
            "const": "prepareSession"
          },
          "result": {
            "const": "success"
          },
          "resource": {
            "$ref": "#/$defs/PrepareSessionResource"
          },
          "requestId": {
            "$ref": "#/$defs/RequestId"
          }
        },
        "examples": [
          {
            "command": "prepareSession",
            "result": "success",
            "resource": {
              "id": "session-42",
              "data": {
                "model": "default",
                "override": true,
                "agent": {
                  "id": "agent-1001",
                  "password": "example-password"
                }
              }
            }
          }
        ]
      },
      "GetCapabilitiesSuccess": {
        "title": "GetCapabilitiesSuccess",
        "description": "Service -> client. The capabilities as key value pairs (seed). The command is `getCapabilities`, without the seed's spaces.",
        "type": "object",
        "required": [
          "command",
          "result",
          "data"
        ],
        "properties": {
          "command": {
            "const": "getCapabilities"
          },
          "result": {
            "const": "success"
          },
          "data": {
            "$ref": "#/$defs/Capabilities"
          },
          "requestId": {
            "$ref": "#/$defs/RequestId"
          }
        },
        "examples": [
          {
            "command": "getCapabilities",
            "result": "success",
            "data": {
              "callControl": true,
              "conference": false,
              "multimedia": false
            }
          }
        ]
      },
      "CommandFailure": {
        "title": "CommandFailure",
        "description": "Service -> client. A request failed (seed), for any command. `original` echoes the request; it is absent only\nfor `MALFORMED_REQUEST`, when there was no JSON object to echo, in which case `command` is the empty string.\n",
        "type": "object",
        "required": [
          "command",
          "result",
          "failure"
        ],
        "properties": {
          "command": {
            "description": "The command that failed, as sent (trimmed).",
            "type": "string"
          },
          "result": {
            "const": "failure"
          },
          "failure": {
            "$ref": "#/$defs/CommandFailureDetail"
          },
          "original": {
            "description": "The original request.",
            "anyOf": [
              {
                "$ref": "#/$defs/PrepareSessionRequest"
              },
              {
                "$ref": "#/$defs/GetCapabilitiesRequest"
              },
              {
                "$ref": "#/$defs/GetServiceInfoRequest"
              },
              {
                "$ref": "#/$defs/UnrecognizedRequest"
              }
            ]
          },
          "requestId": {
            "$ref": "#/$defs/RequestId"
          }
        },
        "examples": [
          {
            "command": "prepareSession",
            "result": "failure",
            "failure": {
              "code": "INVALID_CREDENTIALS",
              "message": "The CTI refused the agent's credentials."
            },
            "original": {
              "command": "prepareSession",
              "data": {
                "model": "default",
                "override": false,
                "agent": {
                  "id": "agent-1001",
                  "password": "example-password"
                }
              }
            }
          },
          {
            "command": "reboot",
            "result": "failure",
            "failure": {
              "code": "UNKNOWN_COMMAND",
              "message": "Unknown command \"reboot\"; this service supports prepareSession, getCapabilities and getServiceInfo."
            },
            "original": {
              "command": "reboot",
              "data": {}
            },
            "requestId": "req-7"
          }
        ]
      },
      "ServiceInfoEvent": {
        "title": "ServiceInfoEvent",
        "description": "Service -> client. Carries the ServiceInfo; sent unprompted as the first message on every new connection and in\nanswer to `getServiceInfo` (with its `requestId`).\n",
        "x-ccaas-extension": "The seed requires the ServiceInfo but gives no message for it; sending it on connect lets clients pick an instance-domain.",
        "type": "object",
        "required": [
          "command",
          "data"
        ],
        "properties": {
          "command": {
            "const": "serviceInfo"
          },
          "data": {
            "$ref": "#/$defs/ServiceInfo"
          },
          "requestId": {
            "$ref": "#/$defs/RequestId"
          }
        },
        "not": {
          "description": "An event never has a `result` (that is what tells it from a response).",
          "type": "object",
          "properties": {
            "result": true
          },
          "required": [
            "result"
          ]
        },
        "examples": [
          {
            "command": "serviceInfo",
            "data": {
              "vendor": "ccaas-sandbox",
              "version": "0.1.0",
              "cti-vendor": "ccaas-sandbox-cti",
              "cti-version": "0.1.0",
              "instance-domain": "local"
            }
          }
        ]
      }
    }
  },
  {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://schemas.ccaas.dev/messages/participant-events.yaml",
    "title": "ParticipantEventMessage",
    "description": "Kafka participant events a voice adapter publishes to the platform (seed: byo-voice-adapter.txt). After the\nsoftphone calls the adapter's `accept_call_url` the adapter publishes `PARTICIPANTCALLINITIATED` for the agent\nparticipant; after `end_call_url`, `PARTICIPANTCALLCOMPLETED`. The hold, resume, mute and unmute events are\nextensions so the platform's participant state follows the other adapter URLs too.\n\nKafka record conventions (extension, the seed names the events only):\n- topic: `participant-events`;\n- record key: the event's `conversationId` (UTF-8), so every event of one conversation lands on one partition\n  and is consumed in order;\n- record headers: `eventType` (same value as the body's `eventType`) and `eventId` (same value as the body's\n  `eventId`), UTF-8 strings, so a consumer can route or deduplicate without parsing the value;\n- record value: one of the messages below as UTF-8 JSON.\n\nConsumers switch on `eventType`; `eventId` is unique per event and is the deduplication key (delivery is at\nleast once). The adapter is the producer and the platform validates what it consumes, so every event is closed\n(`additionalProperties: false`): a misspelled field is rejected like a typo in a request body.\n",
    "x-ccaas-extension": "The seed names PARTICIPANTCALLINITIATED and PARTICIPANTCALLCOMPLETED but not their body or record layout.",
    "oneOf": [
      {
        "$ref": "#/$defs/ParticipantCallInitiatedEvent"
      },
      {
        "$ref": "#/$defs/ParticipantCallCompletedEvent"
      },
      {
        "$ref": "#/$defs/ParticipantCallHeldEvent"
      },
      {
        "$ref": "#/$defs/ParticipantCallResumedEvent"
      },
      {
        "$ref": "#/$defs/ParticipantCallMutedEvent"
      },
      {
        "$ref": "#/$defs/ParticipantCallUnmutedEvent"
      }
    ],
    "$defs": {
      "ParticipantEventType": {
        "title": "ParticipantEventType",
        "description": "The event type, also sent as the `eventType` record header. `PARTICIPANTCALLINITIATED` and\n`PARTICIPANTCALLCOMPLETED` come from the seed; the others are extensions (see each event).\n",
        "type": "string",
        "enum": [
          "PARTICIPANTCALLINITIATED",
          "PARTICIPANTCALLCOMPLETED",
          "PARTICIPANTCALLHELD",
          "PARTICIPANTCALLRESUMED",
          "PARTICIPANTCALLMUTED",
          "PARTICIPANTCALLUNMUTED"
        ]
      },
      "ParticipantEvent": {
        "title": "ParticipantEvent",
        "description": "The envelope every participant event shares. Each concrete event below reuses these properties (by reference),\nnarrows `eventType` to one value and is closed (`additionalProperties: false`). Validate a known event against\nits own schema; this open base is for consumers that must pass on event types they do not know yet.\n",
        "x-ccaas-extension": "The issue asks for an envelope with event id, type, time, partner, conversation and participant; the seed gives no field names.",
        "type": "object",
        "required": [
          "eventId",
          "eventType",
          "eventTime",
          "partnerId",
          "conversationId",
          "participant"
        ],
        "properties": {
          "eventId": {
            "description": "Unique id of this event (UUID), also the `eventId` record header. Consumers deduplicate on it.",
            "type": "string",
            "format": "uuid"
          },
          "eventType": {
            "$ref": "#/$defs/ParticipantEventType"
          },
          "eventTime": {
            "description": "When the change happened on the adapter (RFC 3339 date-time, UTC recommended).",
            "type": "string",
            "format": "date-time"
          },
          "partnerId": {
            "description": "The CCaaS partner id the adapter is registered under (the `{partnerId}` of its voice provider).",
            "type": "string",
            "format": "uuid"
          },
          "conversationId": {
            "description": "The conversation the participant belongs to; also the Kafka record key.",
            "type": "string",
            "format": "uuid"
          },
          "participant": {
            "$ref": "#/$defs/EventParticipant"
          },
          "author": {
            "$ref": "#/$defs/EventAuthor"
          }
        }
      },
      "EventParticipant": {
        "title": "EventParticipant",
        "description": "The participant whose call changed. For `PARTICIPANTCALLINITIATED` / `PARTICIPANTCALLCOMPLETED` this is the agent\nparticipant (seed); for hold, resume, mute and unmute it is the `participantId` of the adapter request.\n",
        "x-ccaas-extension": "The seed says \"for agent participant\" without naming the fields; these reuse the adapter request's names.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "participantId"
        ],
        "properties": {
          "participantId": {
            "description": "The participant's id, as in the adapter request's `participantId` / `author.participantId`.",
            "type": "string",
            "format": "uuid"
          },
          "userName": {
            "description": "The agent's user name (`author.userName` in the adapter request) when the participant is an agent.",
            "type": "string",
            "minLength": 1
          },
          "purpose": {
            "$ref": "./conversation.yaml#/$defs/ParticipantPurpose"
          }
        }
      },
      "EventAuthor": {
        "title": "EventAuthor",
        "description": "Who asked for the change, copied from the adapter request's `author` (seed field names).",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "userName",
          "participantId"
        ],
        "properties": {
          "userName": {
            "description": "The acting agent's user name (`author.userName`).",
            "type": "string",
            "minLength": 1
          },
          "participantId": {
            "description": "The acting agent's participant id (`author.participantId`).",
            "type": "string",
            "format": "uuid"
          }
        }
      },
      "ParticipantEventHeaders": {
        "title": "ParticipantEventHeaders",
        "description": "Kafka record headers of a participant event (UTF-8 string values). The record key is the `conversationId`.",
        "x-ccaas-extension": "Lets consumers route and deduplicate without parsing the record value; the seed defines no headers.",
        "type": "object",
        "required": [
          "eventType",
          "eventId"
        ],
        "properties": {
          "eventType": {
            "$ref": "#/$defs/ParticipantEventType"
          },
          "eventId": {
            "description": "Same value as the body's `eventId`.",
            "type": "string",
            "format": "uuid"
          }
        }
      },
      "ParticipantCallInitiatedEvent": {
        "title": "ParticipantCallInitiatedEvent",
        "description": "Published by the voice adapter once the agent accepted an inbound call through `accept_call_url` (seed):\nthe agent participant is now connected.\n",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "eventId",
          "eventType",
          "eventTime",
          "partnerId",
          "conversationId",
          "participant"
        ],
        "properties": {
          "eventId": {
            "$ref": "#/$defs/ParticipantEvent/properties/eventId"
          },
          "eventType": {
            "const": "PARTICIPANTCALLINITIATED"
          },
          "eventTime": {
            "$ref": "#/$defs/ParticipantEvent/properties/eventTime"
          },
          "partnerId": {
            "$ref": "#/$defs/ParticipantEvent/properties/partnerId"
          },
          "conversationId": {
            "$ref": "#/$defs/ParticipantEvent/properties/conversationId"
          },
          "participant": {
            "$ref": "#/$defs/ParticipantEvent/properties/participant"
          },
          "author": {
            "$ref": "#/$defs/ParticipantEvent/properties/author"
          }
        },
        "examples": [
          {
            "eventId": "0b7c6d0e-3c1a-4a51-9d0e-8f6f2f1c2a01",
            "eventType": "PARTICIPANTCALLINITIATED",
            "eventTime": "2025-01-15T10:00:05Z",
            "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
            "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
            "participant": {
              "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691",
              "userName": "testAgent",
              "purpose": "agent"
            },
            "author": {
              "userName": "testAgent",
              "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
            }
          }
        ]
      },
      "ParticipantCallCompletedEvent": {
        "title": "ParticipantCallCompletedEvent",
        "description": "Published by the voice adapter once `end_call_url` succeeded (seed): the agent participant's call ended.\n`removeAllParticipants` repeats the end-call request's flag so consumers know whether the whole conversation\nended or only the agent left.\n",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "eventId",
          "eventType",
          "eventTime",
          "partnerId",
          "conversationId",
          "participant"
        ],
        "properties": {
          "eventId": {
            "$ref": "#/$defs/ParticipantEvent/properties/eventId"
          },
          "eventType": {
            "const": "PARTICIPANTCALLCOMPLETED"
          },
          "eventTime": {
            "$ref": "#/$defs/ParticipantEvent/properties/eventTime"
          },
          "partnerId": {
            "$ref": "#/$defs/ParticipantEvent/properties/partnerId"
          },
          "conversationId": {
            "$ref": "#/$defs/ParticipantEvent/properties/conversationId"
          },
          "participant": {
            "$ref": "#/$defs/ParticipantEvent/properties/participant"
          },
          "author": {
            "$ref": "#/$defs/ParticipantEvent/properties/author"
          },
          "removeAllParticipants": {
            "description": "The `removeAllParticipants` of the end-call request: true when every participant's call was ended, false\n(or absent) when only this participant left. Only this event carries it.\n",
            "x-ccaas-extension": "Copied from the end-call request (seed field name) so consumers need not correlate the request.",
            "type": "boolean",
            "default": false
          }
        },
        "examples": [
          {
            "eventId": "6f1d2c3b-8a9e-4f70-b1c2-d3e4f5a6b7c8",
            "eventType": "PARTICIPANTCALLCOMPLETED",
            "eventTime": "2025-01-15T10:04:41Z",
            "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
            "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
            "participant": {
              "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691",
              "userName": "testAgent",
              "purpose": "agent"
            },
            "author": {
              "userName": "testAgent",
              "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
            },
            "removeAllParticipants": false
          }
        ]
      },
      "ParticipantCallHeldEvent": {
        "title": "ParticipantCallHeldEvent",
        "description": "Published by the voice adapter once `hold_call_url` succeeded; `participant` is the participant put on hold.",
        "x-ccaas-extension": "The seed defines hold_call_url but no event; this keeps the platform's participant state (held) in step.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "eventId",
          "eventType",
          "eventTime",
          "partnerId",
          "conversationId",
          "participant"
        ],
        "properties": {
          "eventId": {
            "$ref": "#/$defs/ParticipantEvent/properties/eventId"
          },
          "eventType": {
            "const": "PARTICIPANTCALLHELD"
          },
          "eventTime": {
            "$ref": "#/$defs/ParticipantEvent/properties/eventTime"
          },
          "partnerId": {
            "$ref": "#/$defs/ParticipantEvent/properties/partnerId"
          },
          "conversationId": {
            "$ref": "#/$defs/ParticipantEvent/properties/conversationId"
          },
          "participant": {
            "$ref": "#/$defs/ParticipantEvent/properties/participant"
          },
          "author": {
            "$ref": "#/$defs/ParticipantEvent/properties/author"
          }
        },
        "examples": [
          {
            "eventId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
            "eventType": "PARTICIPANTCALLHELD",
            "eventTime": "2025-01-15T10:02:00Z",
            "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
            "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
            "participant": {
              "participantId": "6e312815-2d32-409b-9c57-f9e79e7baf49",
              "purpose": "customer"
            },
            "author": {
              "userName": "testAgent",
              "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
            }
          }
        ]
      },
      "ParticipantCallResumedEvent": {
        "title": "ParticipantCallResumedEvent",
        "description": "Published by the voice adapter once `resume_call_url` succeeded; `participant` is the participant taken off hold.",
        "x-ccaas-extension": "The seed defines resume_call_url but no event; this keeps the platform's participant state (connected) in step.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "eventId",
          "eventType",
          "eventTime",
          "partnerId",
          "conversationId",
          "participant"
        ],
        "properties": {
          "eventId": {
            "$ref": "#/$defs/ParticipantEvent/properties/eventId"
          },
          "eventType": {
            "const": "PARTICIPANTCALLRESUMED"
          },
          "eventTime": {
            "$ref": "#/$defs/ParticipantEvent/properties/eventTime"
          },
          "partnerId": {
            "$ref": "#/$defs/ParticipantEvent/properties/partnerId"
          },
          "conversationId": {
            "$ref": "#/$defs/ParticipantEvent/properties/conversationId"
          },
          "participant": {
            "$ref": "#/$defs/ParticipantEvent/properties/participant"
          },
          "author": {
            "$ref": "#/$defs/ParticipantEvent/properties/author"
          }
        },
        "examples": [
          {
            "eventId": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
            "eventType": "PARTICIPANTCALLRESUMED",
            "eventTime": "2025-01-15T10:03:00Z",
            "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
            "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
            "participant": {
              "participantId": "6e312815-2d32-409b-9c57-f9e79e7baf49",
              "purpose": "customer"
            },
            "author": {
              "userName": "testAgent",
              "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
            }
          }
        ]
      },
      "ParticipantCallMutedEvent": {
        "title": "ParticipantCallMutedEvent",
        "description": "Published by the voice adapter once `mute_call_url` succeeded; `participant` is the participant muted.",
        "x-ccaas-extension": "The seed defines mute_call_url but no event; this keeps the platform's participant state (muted) in step.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "eventId",
          "eventType",
          "eventTime",
          "partnerId",
          "conversationId",
          "participant"
        ],
        "properties": {
          "eventId": {
            "$ref": "#/$defs/ParticipantEvent/properties/eventId"
          },
          "eventType": {
            "const": "PARTICIPANTCALLMUTED"
          },
          "eventTime": {
            "$ref": "#/$defs/ParticipantEvent/properties/eventTime"
          },
          "partnerId": {
            "$ref": "#/$defs/ParticipantEvent/properties/partnerId"
          },
          "conversationId": {
            "$ref": "#/$defs/ParticipantEvent/properties/conversationId"
          },
          "participant": {
            "$ref": "#/$defs/ParticipantEvent/properties/participant"
          },
          "author": {
            "$ref": "#/$defs/ParticipantEvent/properties/author"
          }
        },
        "examples": [
          {
            "eventId": "3c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f",
            "eventType": "PARTICIPANTCALLMUTED",
            "eventTime": "2025-01-15T10:03:30Z",
            "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
            "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
            "participant": {
              "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691",
              "userName": "testAgent",
              "purpose": "agent"
            },
            "author": {
              "userName": "testAgent",
              "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
            }
          }
        ]
      },
      "ParticipantCallUnmutedEvent": {
        "title": "ParticipantCallUnmutedEvent",
        "description": "Published by the voice adapter once `unmute_call_url` succeeded; `participant` is the participant unmuted.",
        "x-ccaas-extension": "The seed defines unmute_call_url but no event; this keeps the platform's participant state (connected) in step.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "eventId",
          "eventType",
          "eventTime",
          "partnerId",
          "conversationId",
          "participant"
        ],
        "properties": {
          "eventId": {
            "$ref": "#/$defs/ParticipantEvent/properties/eventId"
          },
          "eventType": {
            "const": "PARTICIPANTCALLUNMUTED"
          },
          "eventTime": {
            "$ref": "#/$defs/ParticipantEvent/properties/eventTime"
          },
          "partnerId": {
            "$ref": "#/$defs/ParticipantEvent/properties/partnerId"
          },
          "conversationId": {
            "$ref": "#/$defs/ParticipantEvent/properties/conversationId"
          },
          "participant": {
            "$ref": "#/$defs/ParticipantEvent/properties/participant"
          },
          "author": {
            "$ref": "#/$defs/ParticipantEvent/properties/author"
          }
        },
        "examples": [
          {
            "eventId": "4d5e6f7a-8b9c-4d0e-9f1a-3b4c5d6e7f80",
            "eventType": "PARTICIPANTCALLUNMUTED",
            "eventTime": "2025-01-15T10:03:45Z",
            "partnerId": "215fd887-39be-4935-981f-2670d6afeaa7",
            "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
            "participant": {
              "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691",
              "userName": "testAgent",
              "purpose": "agent"
            },
            "author": {
              "userName": "testAgent",
              "participantId": "4a70a876-bf90-4360-92c3-0edd7463c691"
            }
          }
        ]
      }
    }
  },
  {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://schemas.ccaas.dev/messages/softphone-signaling.yaml",
    "title": "SoftphoneSignalingMessage",
    "description": "The WebSocket protocol between the platform (the sandbox serves it at `/signaling`) and the WebRTC softphone\n(`@ccaas/softphone`). Every frame is one UTF-8 JSON text message with a `type` discriminator (camelCase).\n\nIt carries the seed's (webrtc-softphone-sdk.txt) discovery flow before any media is set up, so the user can pick\nwhich client (device or tab) takes the call:\n- inbound: conversation notification (`conversationEvent`) -> `propose` -> `proceed` -> `initiate` (SDP offer)\n  -> `accept` (SDP answer);\n- outbound: the app places the call over REST (public API, returns the conversationId) -> `propose` (with\n  `autoAnswer` on the client that placed it) -> `proceed` -> `initiate` -> `accept`. The REST response and\n  `propose` arrive in no guaranteed order; correlate them by `conversationId`.\nThe connection starts with `authenticate` (client) -> `ready` (server). After a reconnect the client sends `sync`\nand gets a `snapshot`.\n\n`sessionId` vs `conversationId`: a session is one WebRTC peer connection (one SDP offer/answer and its ICE); a\nconversation is a call on the platform. With line appearance 100 every conversation gets its own session, so the\ntwo map one to one. With line appearance 1 the station keeps one persistent session that carries every\nconversation in turn (answering or placing a second call holds the first): later conversations arrive as\n`conversationEvent` on the same session, without a new `propose` / `initiate`, and the `conversationId` a session\nwas proposed with says nothing about which conversation it carries now. `conversationEvent` is the source of\ntruth (the SDK's `conversationUpdate`).\n\nDirection: messages the client sends are closed (`additionalProperties: false`, the server rejects a typo with an\n`error`); messages the server sends are open, so an older client tolerates new fields.\n",
    "x-ccaas-extension": "The seed names the flow steps (propose, proceed, initiate, accept) but not a wire format; this is the sandbox's.",
    "oneOf": [
      {
        "$ref": "#/$defs/AuthenticateMessage"
      },
      {
        "$ref": "#/$defs/ReadyMessage"
      },
      {
        "$ref": "#/$defs/ProposeMessage"
      },
      {
        "$ref": "#/$defs/ProceedMessage"
      },
      {
        "$ref": "#/$defs/RejectMessage"
      },
      {
        "$ref": "#/$defs/RetractMessage"
      },
      {
        "$ref": "#/$defs/InitiateMessage"
      },
      {
        "$ref": "#/$defs/AcceptMessage"
      },
      {
        "$ref": "#/$defs/IceCandidateMessage"
      },
      {
        "$ref": "#/$defs/TerminateMessage"
      },
      {
        "$ref": "#/$defs/SendDigitsMessage"
      },
      {
        "$ref": "#/$defs/SyncMessage"
      },
      {
        "$ref": "#/$defs/IceRestartMessage"
      },
      {
        "$ref": "#/$defs/SnapshotMessage"
      },
      {
        "$ref": "#/$defs/ConversationEventMessage"
      },
      {
        "$ref": "#/$defs/StationEventMessage"
      },
      {
        "$ref": "#/$defs/SignalingErrorMessage"
      }
    ],
    "$defs": {
      "SessionId": {
        "title": "SessionId",
        "description": "Id of one WebRTC session (one peer connection), chosen by the server in `propose`. Not a conversation id: with\nline appearance 1 one session carries many conversations.\n",
        "type": "string",
        "minLength": 1,
        "examples": [
          "c0b1a7de-5c55-4d3e-9e53-0a4f1f6c2b11"
        ]
      },
      "SignalingConversationId": {
        "title": "SignalingConversationId",
        "description": "Id of a conversation on the platform (`Conversation.id`, the `conversationId` the public API returns).",
        "type": "string",
        "format": "uuid",
        "examples": [
          "5a974dd7-475a-41c0-a027-bfdf09627b13"
        ]
      },
      "SessionDescription": {
        "title": "SessionDescription",
        "description": "An SDP body (RFC 8866) as the `sdp` of an RTCSessionDescription: the offer in `initiate`, the answer in `accept`.\nIt carries ICE credentials, so it must never be logged.\n",
        "type": "string",
        "minLength": 1
      },
      "IceCandidate": {
        "title": "IceCandidate",
        "description": "An ICE candidate attribute as in RTCIceCandidateInit.candidate (`candidate:...`). The empty string signals the\nend of candidates for that media section.\n",
        "type": "string"
      },
      "SignalingAgent": {
        "title": "SignalingAgent",
        "description": "The authenticated agent, as the server knows it from the token.",
        "type": "object",
        "required": [
          "id",
          "userName"
        ],
        "properties": {
          "id": {
            "description": "The agent's user id (matches `Station.userId`).",
            "type": "string",
            "minLength": 1
          },
          "userName": {
            "description": "The agent's logon name (the `author.userName` the softphone sends to a voice adapter).",
            "type": "string",
            "minLength": 1
          }
        }
      },
      "RetractReason": {
        "title": "RetractReason",
        "description": "Why a pending session was cancelled: `answeredElsewhere` (another client of the same agent proceeded),\n`timeout` (nobody proceeded in time), `callerHungUp` (the customer left before the agent answered),\n`rejected` (this or another client of the agent sent `reject`).\n",
        "type": "string",
        "enum": [
          "answeredElsewhere",
          "timeout",
          "callerHungUp",
          "rejected"
        ]
      },
      "SoftphoneClientMessage": {
        "title": "SoftphoneClientMessage",
        "description": "Every message a softphone client sends to the server.",
        "oneOf": [
          {
            "$ref": "#/$defs/AuthenticateMessage"
          },
          {
            "$ref": "#/$defs/ProceedMessage"
          },
          {
            "$ref": "#/$defs/RejectMessage"
          },
          {
            "$ref": "#/$defs/AcceptMessage"
          },
          {
            "$ref": "#/$defs/IceCandidateMessage"
          },
          {
            "$ref": "#/$defs/TerminateMessage"
          },
          {
            "$ref": "#/$defs/SendDigitsMessage"
          },
          {
            "$ref": "#/$defs/SyncMessage"
          },
          {
            "$ref": "#/$defs/IceRestartMessage"
          }
        ]
      },
      "SoftphoneServerMessage": {
        "title": "SoftphoneServerMessage",
        "description": "Every message the server sends to a softphone client.",
        "oneOf": [
          {
            "$ref": "#/$defs/ReadyMessage"
          },
          {
            "$ref": "#/$defs/ProposeMessage"
          },
          {
            "$ref": "#/$defs/RetractMessage"
          },
          {
            "$ref": "#/$defs/InitiateMessage"
          },
          {
            "$ref": "#/$defs/IceCandidateMessage"
          },
          {
            "$ref": "#/$defs/TerminateMessage"
          },
          {
            "$ref": "#/$defs/SnapshotMessage"
          },
          {
            "$ref": "#/$defs/ConversationEventMessage"
          },
          {
            "$ref": "#/$defs/StationEventMessage"
          },
          {
            "$ref": "#/$defs/SignalingErrorMessage"
          }
        ]
      },
      "AuthenticateMessage": {
        "title": "AuthenticateMessage",
        "description": "Client -> server. The first message on a new connection; carries the agent's JWT so it never appears in a URL\n(URLs end up in proxy and server logs). The server answers `ready`, or `error` (`UNAUTHENTICATED`) and closes the\nsocket. Any other message before `ready` is an error.\n",
        "x-ccaas-extension": "The seed's SDK authenticates out of band; a token-in-first-message handshake keeps it out of URLs.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "token"
        ],
        "properties": {
          "type": {
            "const": "authenticate"
          },
          "token": {
            "description": "The agent's JWT (the token the softphone already holds). Never logged.",
            "type": "string",
            "minLength": 1
          },
          "clientId": {
            "description": "A stable id of this client instance (one per browser tab or device). An outbound call placed with the same\nclient id is proposed to this connection with `autoAnswer: true`; absent, the client never auto-answers.\n",
            "x-ccaas-extension": "The seed auto-accepts outbound calls \"on the client that requested\" them; this tells the server which client that is.",
            "type": "string",
            "minLength": 1
          }
        },
        "examples": [
          {
            "type": "authenticate",
            "token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZ2VudC0xIn0.c2lnbmF0dXJl",
            "clientId": "tab-7f3c2a"
          }
        ]
      },
      "ProceedMessage": {
        "title": "ProceedMessage",
        "description": "Client -> server. Step 3 of the seed flow: this client takes the proposed session. The server retracts the\nproposal on the agent's other clients (`answeredElsewhere`) and sends `initiate` to this one.\n\n`conversationId` names the call to take. With line appearance 1 every later call rings on the one persistent\nsession, so two calls can ring under the same `sessionId` at once: the named one is answered, the others keep\nringing. Absent, the server takes the oldest call ringing on the session.\n",
        "x-ccaas-extension": "`conversationId` is an extension: the seed's SDK cannot say which of two calls ringing on a line appearance 1 session it answers (its conversationId there is unreliable).",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "sessionId"
        ],
        "properties": {
          "type": {
            "const": "proceed"
          },
          "sessionId": {
            "$ref": "#/$defs/SessionId"
          },
          "conversationId": {
            "$ref": "#/$defs/SignalingConversationId"
          }
        },
        "examples": [
          {
            "type": "proceed",
            "sessionId": "c0b1a7de-5c55-4d3e-9e53-0a4f1f6c2b11"
          },
          {
            "type": "proceed",
            "sessionId": "c0b1a7de-5c55-4d3e-9e53-0a4f1f6c2b11",
            "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13"
          }
        ]
      },
      "RejectMessage": {
        "title": "RejectMessage",
        "description": "Client -> server. Declines a proposed session (the agent rejects the call on this client). `conversationId` names\nthe call to decline when several ring on the same session (line appearance 1); the others keep ringing. Absent,\nthe server declines the oldest call ringing on the session.\n",
        "x-ccaas-extension": "The seed only shows accepting a proposal; a client also needs to decline one, and under line appearance 1 to say which call.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "sessionId"
        ],
        "properties": {
          "type": {
            "const": "reject"
          },
          "sessionId": {
            "$ref": "#/$defs/SessionId"
          },
          "conversationId": {
            "$ref": "#/$defs/SignalingConversationId"
          }
        },
        "examples": [
          {
            "type": "reject",
            "sessionId": "c0b1a7de-5c55-4d3e-9e53-0a4f1f6c2b11"
          },
          {
            "type": "reject",
            "sessionId": "c0b1a7de-5c55-4d3e-9e53-0a4f1f6c2b11",
            "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13"
          }
        ]
      },
      "AcceptMessage": {
        "title": "AcceptMessage",
        "description": "Client -> server. Step 5 of the seed flow, the answer to `initiate`; media flows after it.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "sessionId",
          "sdp"
        ],
        "properties": {
          "type": {
            "const": "accept"
          },
          "sessionId": {
            "$ref": "#/$defs/SessionId"
          },
          "sdp": {
            "$ref": "#/$defs/SessionDescription"
          }
        },
        "examples": [
          {
            "type": "accept",
            "sessionId": "c0b1a7de-5c55-4d3e-9e53-0a4f1f6c2b11",
            "sdp": "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\na=rtpmap:111 opus/48000/2\r\na=sendrecv\r\n"
          }
        ]
      },
      "IceCandidateMessage": {
        "title": "IceCandidateMessage",
        "description": "Both directions. One trickled ICE candidate of a session (RTCIceCandidateInit fields).",
        "x-ccaas-extension": "Trickle ICE is not in the seed; without it the offer and answer must wait for ICE gathering.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "sessionId",
          "candidate"
        ],
        "properties": {
          "type": {
            "const": "iceCandidate"
          },
          "sessionId": {
            "$ref": "#/$defs/SessionId"
          },
          "candidate": {
            "$ref": "#/$defs/IceCandidate"
          },
          "sdpMid": {
            "description": "The media stream identification tag the candidate belongs to.",
            "type": [
              "string",
              "null"
            ]
          },
          "sdpMLineIndex": {
            "description": "Index (from 0) of the m-line the candidate belongs to.",
            "type": [
              "integer",
              "null"
            ],
            "minimum": 0
          }
        },
        "examples": [
          {
            "type": "iceCandidate",
            "sessionId": "c0b1a7de-5c55-4d3e-9e53-0a4f1f6c2b11",
            "candidate": "candidate:842163049 1 udp 1677729535 203.0.113.7 50123 typ srflx raddr 0.0.0.0 rport 0 generation 0",
            "sdpMid": "0",
            "sdpMLineIndex": 0
          }
        ]
      },
      "TerminateMessage": {
        "title": "TerminateMessage",
        "description": "Both directions. Ends a session (its media). Client -> server: the softphone tears the session down; server ->\nclient: the platform ended it. With line appearance 1 and a persistent connection, ending a conversation does\nnot terminate the session: only this message does. To end a call, use call control (voice adapter or public API).\n",
        "x-ccaas-extension": "The seed's SDK emits sessionEnded / terminated; this is the wire message behind them.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "sessionId"
        ],
        "properties": {
          "type": {
            "const": "terminate"
          },
          "sessionId": {
            "$ref": "#/$defs/SessionId"
          },
          "reason": {
            "description": "Free text for the logs and the `sessionEnded` event, for example `hangup`, `mediaFailed`, `persistentConnectionClosed`.",
            "type": "string"
          }
        },
        "examples": [
          {
            "type": "terminate",
            "sessionId": "c0b1a7de-5c55-4d3e-9e53-0a4f1f6c2b11",
            "reason": "hangup"
          }
        ]
      },
      "SendDigitsMessage": {
        "title": "SendDigitsMessage",
        "description": "Client -> server. Sends DTMF digits on a session; with line appearance 1 `conversationId` says which conversation\n(default: the active one).\n",
        "x-ccaas-extension": "The seed's SDK sends DTMF from the client; the sandbox's media endpoint plays it out of band.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "sessionId",
          "digits"
        ],
        "properties": {
          "type": {
            "const": "sendDigits"
          },
          "sessionId": {
            "$ref": "#/$defs/SessionId"
          },
          "conversationId": {
            "$ref": "#/$defs/SignalingConversationId"
          },
          "digits": {
            "description": "DTMF digits, sent in order.",
            "type": "string",
            "pattern": "^[0-9*#A-D]+$",
            "maxLength": 64
          }
        },
        "examples": [
          {
            "type": "sendDigits",
            "sessionId": "c0b1a7de-5c55-4d3e-9e53-0a4f1f6c2b11",
            "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
            "digits": "1234#"
          }
        ]
      },
      "SyncMessage": {
        "title": "SyncMessage",
        "description": "Client -> server. Asks for a `snapshot` of the station and the agent's conversations, after a reconnect (events\nsent while the socket was down are not replayed).\n",
        "x-ccaas-extension": "Recovers state after a reconnect; the seed's SDK reads it from the public API.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "const": "sync"
          }
        },
        "examples": [
          {
            "type": "sync"
          }
        ]
      },
      "IceRestartMessage": {
        "title": "IceRestartMessage",
        "description": "Client -> server. The session's peer connection failed (or stayed disconnected): the client asks the platform,\nwhich is always the offerer, for an ICE restart. The server answers `initiate` with `reinvite: true` and a fresh\nSDP offer carrying new ICE credentials on the same `sessionId`; the client answers it with `accept` as usual,\nand the calls the session carries continue without being ended. Ignored (`SESSION_STATE` error) while the\nsession has no answer yet or a restart is already under way.\n",
        "x-ccaas-extension": "The seed's SDK restarts ICE on a failed connection, but the platform makes every offer; the client needs a way to ask it for one.",
        "type": "object",
        "additionalProperties": false,
        "required": [
          "type",
          "sessionId"
        ],
        "properties": {
          "type": {
            "const": "iceRestart"
          },
          "sessionId": {
            "$ref": "#/$defs/SessionId"
          }
        },
        "examples": [
          {
            "type": "iceRestart",
            "sessionId": "c0b1a7de-5c55-4d3e-9e53-0a4f1f6c2b11"
          }
        ]
      },
      "ReadyMessage": {
        "title": "ReadyMessage",
        "description": "Server -> client. The answer to a valid `authenticate`: who the agent is, their station (line appearance,\npersistent connection) and their current conversations.\n",
        "x-ccaas-extension": "The handshake's answer; the seed's SDK fetches the same facts from the public API.",
        "type": "object",
        "required": [
          "type",
          "agent",
          "station",
          "conversations"
        ],
        "properties": {
          "type": {
            "const": "ready"
          },
          "agent": {
            "$ref": "#/$defs/SignalingAgent"
          },
          "station": {
            "$ref": "./conversation.yaml#/$defs/Station"
          },
          "conversations": {
            "description": "The agent's conversations that are not disconnected.",
            "type": "array",
            "items": {
              "$ref": "./conversation.yaml#/$defs/Conversation"
            }
          }
        },
        "examples": [
          {
            "type": "ready",
            "agent": {
              "id": "0d8c3a53-3b7d-4f0e-9f1e-6f2a7b8c9d10",
              "userName": "testAgent"
            },
            "station": {
              "id": "7a1e4c2d-5b6f-4a8e-9c0d-1e2f3a4b5c6d",
              "name": "testAgent WebRTC phone",
              "userId": "0d8c3a53-3b7d-4f0e-9f1e-6f2a7b8c9d10",
              "webRtcCallAppearances": 1,
              "webRtcPersistentEnabled": true
            },
            "conversations": []
          }
        ]
      },
      "ProposeMessage": {
        "title": "ProposeMessage",
        "description": "Server -> client. Step 2 of the seed flow (the SDK's `pendingSession`), sent to every connected client of the\nagent: a session is offered before any media exists. The client answers `proceed` or `reject`; the server may\ncancel it with `retract`. With line appearance 1 and an established persistent session, later conversations do\nnot get a `propose` (see the file description).\n",
        "type": "object",
        "required": [
          "type",
          "sessionId",
          "conversationId",
          "direction",
          "fromAddress",
          "toAddress",
          "autoAnswer"
        ],
        "properties": {
          "type": {
            "const": "propose"
          },
          "sessionId": {
            "$ref": "#/$defs/SessionId"
          },
          "conversationId": {
            "$ref": "#/$defs/SignalingConversationId"
          },
          "direction": {
            "$ref": "./conversation.yaml#/$defs/ConversationDirection"
          },
          "fromAddress": {
            "description": "The calling address (the customer's number inbound, the station's caller id outbound).",
            "x-ccaas-extension": "Lets the UI show who is calling before proceeding; the seed's propose carries only the conversationId.",
            "type": "string"
          },
          "toAddress": {
            "description": "The called address (the dialled number outbound).",
            "x-ccaas-extension": "Lets the UI show the dialled or called number before proceeding.",
            "type": "string"
          },
          "autoAnswer": {
            "description": "True when this client should proceed without asking the agent: an outbound call placed with this\nconnection's `clientId` (the seed: \"automatically accepted on the client that requested the outbound call\").\n",
            "x-ccaas-extension": "The seed leaves the auto-accept decision to the app; the server states it so every client agrees.",
            "type": "boolean"
          },
          "originatingClientId": {
            "description": "The `clientId` the outbound call was placed with, when known.",
            "x-ccaas-extension": "Lets a client that handles all outbound calls see which client placed one.",
            "type": "string"
          },
          "persistentConnectionId": {
            "description": "Set when this session becomes the station's persistent connection (line appearance 1 or `webRtcPersistentEnabled`).",
            "x-ccaas-extension": "Names the persistent session the seed describes, so later conversations can be matched to it.",
            "type": "string"
          }
        },
        "examples": [
          {
            "type": "propose",
            "sessionId": "c0b1a7de-5c55-4d3e-9e53-0a4f1f6c2b11",
            "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
            "direction": "inbound",
            "fromAddress": "+18883973342",
            "toAddress": "+18449401117",
            "autoAnswer": false,
            "persistentConnectionId": "c0b1a7de-5c55-4d3e-9e53-0a4f1f6c2b11"
          },
          {
            "type": "propose",
            "sessionId": "1f0e9d8c-7b6a-4594-8372-6150f4e3d2c1",
            "conversationId": "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
            "direction": "outbound",
            "fromAddress": "+18449401117",
            "toAddress": "+15555555555",
            "autoAnswer": true,
            "originatingClientId": "tab-7f3c2a"
          }
        ]
      },
      "RetractMessage": {
        "title": "RetractMessage",
        "description": "Server -> client. Cancels a pending (proposed, not yet initiated) session, so no client keeps a zombie\n`pendingSession`. Sent to every client the session was proposed to, except the one that proceeded.\n",
        "x-ccaas-extension": "The seed gives no way to withdraw a proposal; without it other tabs keep ringing.",
        "type": "object",
        "required": [
          "type",
          "sessionId",
          "conversationId",
          "reason"
        ],
        "properties": {
          "type": {
            "const": "retract"
          },
          "sessionId": {
            "$ref": "#/$defs/SessionId"
          },
          "conversationId": {
            "$ref": "#/$defs/SignalingConversationId"
          },
          "reason": {
            "$ref": "#/$defs/RetractReason"
          }
        },
        "examples": [
          {
            "type": "retract",
            "sessionId": "c0b1a7de-5c55-4d3e-9e53-0a4f1f6c2b11",
            "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
            "reason": "answeredElsewhere"
          }
        ]
      },
      "InitiateMessage": {
        "title": "InitiateMessage",
        "description": "Server -> client. Step 4 of the seed flow: the full session with the server's SDP offer, sent only to the client\nthat proceeded. The client answers `accept` (the SDK's `sessionStarted` follows). `reinvite: true` renegotiates\nan existing session (same `sessionId`) instead of starting one.\n",
        "type": "object",
        "required": [
          "type",
          "sessionId",
          "conversationId",
          "sdp"
        ],
        "properties": {
          "type": {
            "const": "initiate"
          },
          "sessionId": {
            "$ref": "#/$defs/SessionId"
          },
          "conversationId": {
            "$ref": "#/$defs/SignalingConversationId"
          },
          "sdp": {
            "$ref": "#/$defs/SessionDescription"
          },
          "reinvite": {
            "description": "True when this offer renegotiates an established session (for example the answer to `iceRestart`).",
            "x-ccaas-extension": "Lets the server renegotiate a persistent session without a new propose.",
            "type": "boolean",
            "default": false
          }
        },
        "examples": [
          {
            "type": "initiate",
            "sessionId": "c0b1a7de-5c55-4d3e-9e53-0a4f1f6c2b11",
            "conversationId": "5a974dd7-475a-41c0-a027-bfdf09627b13",
            "sdp": "v=0\r\no=- 20518 0 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\na=rtpmap:111 opus/48000/2\r\na=sendrecv\r\n",
            "reinvite": false
          }
        ]
      },
      "ConversationEventMessage": {
        "title": "ConversationEventMessage",
        "description": "Server -> client. The current state of one of the agent's conversations, sent on every change (the seed's\npushed conversation notification). It is the source of truth behind the SDK's `conversationUpdate`: with line\nappearance 1 several conversations share one session and the SDK synthesises session events from these.\n",
        "x-ccaas-extension": "The seed's SDK subscribes to conversation notifications over a separate API; here they share the socket.",
        "type": "object",
        "required": [
          "type",
          "conversation"
        ],
        "properties": {
          "type": {
            "const": "conversationEvent"
          },
          "conversation": {
            "$ref": "./conversation.yaml#/$defs/Conversation"
          }
        },
        "examples": [
          {
            "type": "conversationEvent",
            "conversation": {
              "id": "5a974dd7-475a-41c0-a027-bfdf09627b13",
              "direction": "inbound",
              "startTime": "2025-01-15T10:00:00Z",
              "selfUri": "/api/v2/conversations/calls/5a974dd7-475a-41c0-a027-bfdf09627b13",
              "fromAddress": "+18883973342",
              "toAddress": "+18449401117",
              "participants": [
                {
                  "id": "6e312815-2d32-409b-9c57-f9e79e7baf49",
                  "purpose": "customer",
                  "state": "connected",
                  "muted": false,
                  "held": false,
                  "address": "+18883973342",
                  "connectedTime": "2025-01-15T10:00:00Z"
                },
                {
                  "id": "4a70a876-bf90-4360-92c3-0edd7463c691",
                  "purpose": "agent",
                  "state": "connected",
                  "muted": false,
                  "held": false,
                  "userId": "0d8c3a53-3b7d-4f0e-9f1e-6f2a7b8c9d10",
                  "userName": "testAgent",
                  "address": "testAgent",
                  "connectedTime": "2025-01-15T10:00:05Z"
                }
              ]
            }
          }
        ]
      },
      "StationEventMessage": {
        "title": "StationEventMessage",
        "description": "Server -> client. The agent's station changed (for example its line appearance or persistent connection setting).",
        "x-ccaas-extension": "Line appearance can change while connected (the seed's migration to 1); the client must follow.",
        "type": "object",
        "required": [
          "type",
          "station"
        ],
        "properties": {
          "type": {
            "const": "stationEvent"
          },
          "station": {
            "$ref": "./conversation.yaml#/$defs/Station"
          }
        },
        "examples": [
          {
            "type": "stationEvent",
            "station": {
              "id": "7a1e4c2d-5b6f-4a8e-9c0d-1e2f3a4b5c6d",
              "name": "testAgent WebRTC phone",
              "userId": "0d8c3a53-3b7d-4f0e-9f1e-6f2a7b8c9d10",
              "webRtcCallAppearances": 100,
              "webRtcPersistentEnabled": false
            }
          }
        ]
      },
      "SnapshotMessage": {
        "title": "SnapshotMessage",
        "description": "Server -> client. The answer to `sync`; replaces whatever the client knew about the station and conversations.",
        "x-ccaas-extension": "Answer to sync (an extension).",
        "type": "object",
        "required": [
          "type",
          "station",
          "conversations"
        ],
        "properties": {
          "type": {
            "const": "snapshot"
          },
          "station": {
            "$ref": "./conversation.yaml#/$defs/Station"
          },
          "conversations": {
            "description": "The agent's conversations that are not disconnected.",
            "type": "array",
            "items": {
              "$ref": "./conversation.yaml#/$defs/Conversation"
            }
          }
        },
        "examples": [
          {
            "type": "snapshot",
            "station": {
              "id": "7a1e4c2d-5b6f-4a8e-9c0d-1e2f3a4b5c6d",
              "name": "testAgent WebRTC phone",
              "userId": "0d8c3a53-3b7d-4f0e-9f1e-6f2a7b8c9d10",
              "webRtcCallAppearances": 1,
              "webRtcPersistentEnabled": true
            },
            "conversations": []
          }
        ]
      },
      "SignalingErrorMessage": {
        "title": "SignalingErrorMessage",
        "description": "Server -> client. A client message was refused. Known codes: `UNAUTHENTICATED` (no, bad or expired token; the\nsocket closes), `INVALID_MESSAGE` (not JSON or not valid against this schema), `UNKNOWN_SESSION`,\n`SESSION_STATE` (for example `accept` before `initiate`), `PROPOSAL_RETRACTED` (too late to proceed). The\nmessage never contains the token or SDP.\n",
        "x-ccaas-extension": "The seed gives no error format for this protocol.",
        "type": "object",
        "required": [
          "type",
          "code",
          "message"
        ],
        "properties": {
          "type": {
            "const": "error"
          },
          "code": {
            "description": "Machine-readable error code (see the message description for the known ones).",
            "type": "string",
            "examples": [
              "UNAUTHENTICATED",
              "INVALID_MESSAGE",
              "UNKNOWN_SESSION",
              "SESSION_STATE",
              "PROPOSAL_RETRACTED"
            ]
          },
          "message": {
            "description": "What was wrong and what to do, for a developer.",
            "type": "string"
          },
          "sessionId": {
            "$ref": "#/$defs/SessionId"
          }
        },
        "examples": [
          {
            "type": "error",
            "code": "UNKNOWN_SESSION",
            "message": "No session c0b1a7de-5c55-4d3e-9e53-0a4f1f6c2b11 on this connection; send sync to refresh your sessions.",
            "sessionId": "c0b1a7de-5c55-4d3e-9e53-0a4f1f6c2b11"
          }
        ]
      }
    }
  }
];
