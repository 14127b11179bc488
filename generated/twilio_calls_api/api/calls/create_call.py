# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.call import Call
from ...models.create_call_form import CreateCallForm
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    account_sid: str,
    *,
    body: CreateCallForm,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2010-04-01/Accounts/{account_sid}/Calls.json".format(
            account_sid=quote(str(account_sid), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Call | Error:
    if response.status_code == 200:
        response_200 = Call.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Call.from_dict(response.json())

        return response_201

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Call | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCallForm,
) -> Response[Call | Error]:
    """Place a new outbound call

     Dials `To` from `From` and runs the TwiML given by exactly one of `Url`, `Twiml` or `ApplicationSid`
    once the call connects. The call is created in the queued state.

    Args:
        account_sid (str):
        body (CreateCallForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Call | Error]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCallForm,
) -> Call | Error | None:
    """Place a new outbound call

     Dials `To` from `From` and runs the TwiML given by exactly one of `Url`, `Twiml` or `ApplicationSid`
    once the call connects. The call is created in the queued state.

    Args:
        account_sid (str):
        body (CreateCallForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Call | Error
    """

    return sync_detailed(
        account_sid=account_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCallForm,
) -> Response[Call | Error]:
    """Place a new outbound call

     Dials `To` from `From` and runs the TwiML given by exactly one of `Url`, `Twiml` or `ApplicationSid`
    once the call connects. The call is created in the queued state.

    Args:
        account_sid (str):
        body (CreateCallForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Call | Error]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCallForm,
) -> Call | Error | None:
    """Place a new outbound call

     Dials `To` from `From` and runs the TwiML given by exactly one of `Url`, `Twiml` or `ApplicationSid`
    once the call connects. The call is created in the queued state.

    Args:
        account_sid (str):
        body (CreateCallForm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Call | Error
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            client=client,
            body=body,
        )
    ).parsed
